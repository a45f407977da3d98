"""The date and the editor line read from one map of the page's short texts (made for the date's limit, tested
again for the editor's) give what each read from its own map: on every fixture page and on made-up pages whose
lines sit around both limits, with whitespace normalize-space() folds. Under a second."""

from __future__ import annotations

import random

from scraper.decode import decode
from scraper.extract import dom
from scraper.extract.layout import is_short, short_texts
from scraper.extract.tree import parse
from tests.conftest import FIXTURES

_SPACES = (" ", "\n", "\t", "\u3000", "\u00a0")


def _made_up(rng: random.Random) -> str:
    rows = []
    for _ in range(12):
        label = rng.choice(("责任编辑：", "责编：", "编辑：", "发布时间：", "来源："))
        value = rng.choice(("王小明", "2024-05-09 10:20", "某某日报"))
        pad = "".join(rng.choice(("字", *_SPACES)) for _ in range(rng.choice((0, 40, 55, 58, 59, 60, 61, 90, 118, 125))))
        tag = rng.choice(("p", "span", "div", "td", "em", "font"))
        rows.append(f"<{tag} class='info'>{pad}{label}{value}<b>{rng.choice(_SPACES)}</b></{tag}>")
    return "<html><body><div>" + "".join(rows) + "</div><table><tr><td>责任编辑：李四<br/>文字</td></tr></table></body></html>"


def test_one_map_of_short_texts_reads_as_a_map_per_limit() -> None:
    rng = random.Random(5)
    pages = [_made_up(rng) for _ in range(40)]
    pages += [decode(source.read_bytes())[0] for source in sorted(FIXTURES.glob("*/source.html"))]
    found = 0
    for page in pages:
        root = parse(page)
        shared = short_texts(root, dom.DATE_CHARS)
        assert dom.editor_line(root, shared) == dom.editor_line(root)
        assert dom.dom_date(root, texts=shared) == dom.dom_date(root)
        found += dom.editor_line(root) is not None
        # The map for the lower limit is the shared one's texts tested again.
        own = short_texts(root, 60)
        assert own == {node: text if text is not None and is_short(text, 60) else None for node, text in shared.items()}
    assert found > 20
