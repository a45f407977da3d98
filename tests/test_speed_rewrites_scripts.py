"""`script_dates.script_source` skipping the scripts that hold neither "source" nor "media" names the outlet the
full search named: on made-up pages (source keys of every spelling the pattern has, in capitals it does not
match, beside publish times or not, printed in the body or not) and on every fixture page. Under a second."""

from __future__ import annotations

import random

from scraper.decode import decode
from scraper.extract import script_dates
from scraper.extract.layout import squash, text_of
from scraper.extract.tree import Element, parse
from scraper.hanzi import CJK
from tests.conftest import FIXTURES

_KEYS = ["source", "media", "mediaName", "media_name", "sourceName", "source_name", "SOURCE", "Media", "src", "author"]
_VALUES = ["新华日报", "某某晚报", "Daily", "大众网"]
_TIMES = ['"pubtime": "2024-03-05 10:20"', '"publishTime": "2024-03-05 10:20:00"', '"time": "10:20"', ""]


def _old_script_source(root: Element) -> str | None:
    printed: str | None = None
    for script in script_dates._SCRIPTS(root):
        names = {
            match["value"].strip()
            for match in script_dates._SOURCE_KEY.finditer(str(script))
            if CJK.search(match["value"])
        }
        if len(names) != 1 or not script_dates._script_value(str(script), named=True):
            continue
        name = names.pop()
        body = root.find(".//body")
        printed = printed if printed is not None else (squash(text_of(body)) if body is not None else "")
        if name in printed:
            return name
    return None


def _page(rng: random.Random) -> str:
    scripts = []
    for _ in range(rng.randint(1, 4)):
        pairs = [f'"{rng.choice(_KEYS)}": "{rng.choice(_VALUES)}"' for _ in range(rng.randint(0, 2))]
        scripts.append("<script>var d = {" + ", ".join([*pairs, rng.choice(_TIMES)]) + "};</script>")
    printed = "".join(rng.sample(_VALUES, 2))
    return f"<html><head>{''.join(scripts)}</head><body><p>来源：{printed}</p></body></html>"


def test_script_source_skipping_scripts_without_the_words_is_the_full_search() -> None:
    rng = random.Random(3)
    named = 0
    pages = [_page(rng) for _ in range(400)]
    pages += [decode(source.read_bytes())[0] for source in sorted(FIXTURES.glob("*/source.html"))]
    for page in pages:
        root = parse(page)
        found = script_dates.script_source(root)
        assert found == _old_script_source(root)
        named += found is not None
    # Some pages name an outlet and most do not.
    assert 20 < named < 380
