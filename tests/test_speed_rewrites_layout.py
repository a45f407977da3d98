"""`layout.is_short` refusing a text by its count of characters that are not XPath's whitespace, before any
substitution, answers what the substitution alone answered: on made-up texts around the limit (runs of every
kind of whitespace, XPath's and not, at the edges and inside) and on every element's text of every fixture page.
The picture chrome's text runs read from each element's text and tail are the search's, and give the same
holders. The blocks around a list heading told short by their text's opening are the ones squashing told.
Under three seconds."""

from __future__ import annotations

import random
import re

from lxml import etree

from scraper.decode import decode
from scraper.extract import inserts, widgets
from scraper.extract.layout import holders_below, is_short, short_texts, squash, text_of, text_owner
from scraper.extract.tree import parse
from tests.conftest import FIXTURES

_OLD_SPACES = re.compile(r"[ \t\r\n]+")
# XPath's four whitespace characters and others it does not collapse (no-break and ideographic spaces).
_PIECES = [" ", "\t", "\r", "\n", "  \n\t", "\u00a0", "\u3000", "字", "ab", "，", "2024"]


def _old_is_short(text: str, limit: int) -> bool:
    return len(text) < limit or len(_OLD_SPACES.sub(" ", text).strip(" \t\r\n")) < limit


def test_is_short_is_the_substitution_on_made_up_texts() -> None:
    rng = random.Random(5)
    short = 0
    for _ in range(20_000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 40)))
        limit = rng.randint(1, 40)
        assert is_short(text, limit) == _old_is_short(text, limit), (text, limit)
        short += is_short(text, limit)
    # Both answers, and texts long by their length but short once squashed, are among them.
    assert 2_000 < short < 18_000


def test_short_texts_of_the_fixture_pages_are_the_substitutions() -> None:
    elements = 0
    for source in sorted(FIXTURES.glob("*/source.html")):
        root = parse(decode(source.read_bytes())[0])
        for limit in (20, 120):
            texts = short_texts(root, limit)
            for node, text in texts.items():
                whole = text_of(node)
                assert (text is not None) == _old_is_short(whole, limit)
                assert text is None or text == whole
                elements += 1
    assert elements > 5000


_LAST = "substring(normalize-space(.), string-length(normalize-space(.)))"
_CHROME_TEXTS = etree.XPath(
    ".//text()[contains(., '图') or contains(., '/') or contains(., '播放') or contains(., '滑')"
    f" or (string-length(normalize-space(.)) <= 7 and ({_LAST} = '前' or {_LAST} = '后'))]"
)
MADE_UP = """<html><body><div>组图<!-- 注释里的图 -->注释后 1/4<?pi 指令/里?>指令后的图</div>
<p>文字<b>粗体里的图</b>尾巴 2/3<span>无</span>无<a href="/x">链接</a>，尾巴里的图</p><i>/</i><em>播放</em>尾巴里播放
<span>左右滑动查看更多</span>尾巴里滑动<span> 改造前 </span> <span>改造\n后</span><i>很久很久很久以前</i>之后</body></html>"""


def _long(node: etree._Element) -> bool:
    return len(text_of(node)) > 30


def test_picture_chrome_runs_are_the_searchs_and_give_the_same_holders() -> None:
    roots = [parse(MADE_UP)] + [parse(decode(source.read_bytes())[0]) for source in sorted(FIXTURES.glob("*/source.html"))]
    owners = 0
    for page in roots:
        for root in [page, *page.iter("div", "p", "body")]:
            original = list(map(text_owner, _CHROME_TEXTS(root)))
            rewritten = widgets._chrome_text_owners(root)
            assert set(rewritten) == set(original)
            # Each run once: as many owners, each as often.
            assert sorted(map(id, rewritten)) == sorted(map(id, original))
            tags = frozenset(widgets._CHROME_TAGS)
            assert holders_below(root, rewritten, tags, _long) == holders_below(root, original, tags, _long)
            owners += len(original)
    assert owners > 200


def _old_heading_blocks(root: etree._Element) -> list[etree._Element]:
    found: dict[etree._Element, None] = {}
    lengths: dict[etree._Element, int] = {}

    def short(element: etree._Element) -> bool:
        if element not in lengths:
            lengths[element] = len(squash(text_of(element)))
        return lengths[element] <= inserts.HEADING_CHARS

    for node in root.iter():
        text = node.text
        if not text or len(text) > 4 * inserts.HEADING_CHARS or not isinstance(node.tag, str) or node.tag in inserts._NOT_TEXT:
            continue
        if not inserts._HEADING_HINT.search(text) or len(squash(text)) > inserts.HEADING_CHARS:
            continue
        block = node
        while block.getparent() is not None and block.getparent() is not root and short(block.getparent()):
            block = block.getparent()
        found[block] = None
    return list(found)


# Headings in blocks whose squashed text is just under, at and just over the limit, padded with whitespace.
HEADINGS_PAGE = """<html><body><div><div><p><strong>相关新闻</strong></p></div><p>正文第一段，很长很长的一段文字。</p></div>
<div>  <span>推荐阅读</span>\n\n\t  </div><div><b>相关阅读</b>一二三四五六七八九十一二三四五六七八九十</div>
<section><h3>延伸阅读</h3>\n<i>一二</i>   \u3000  </section></body></html>"""


def test_heading_blocks_told_by_their_opening_are_the_squashed_ones() -> None:
    found = 0
    for source in [HEADINGS_PAGE, *(decode(path.read_bytes())[0] for path in sorted(FIXTURES.glob("*/source.html")))]:
        for root in (parse(source), parse(source).find("body")):
            if root is None:
                continue
            blocks = inserts._heading_blocks(root)
            assert blocks == _old_heading_blocks(root)
            found += len(blocks)
    assert found > 20
