"""Code rewritten for speed selects the same nodes, in the same order, as the code first written.

Each rewrite is an exact one (a union by element name for a filter on `self::`, a cheap test moved before dear
ones); these tests hold it to the original on every fixture and corpus page.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from lxml import etree

from scraper.decode import decode
from scraper.errors import ExtractError
from scraper.extract import density, published
from scraper.extract.tree import Element, parse, squash
from tests.conftest import FIXTURES, shared

ORIGINAL_HEADLINE = etree.XPath(
    "(//h1 | //*[contains(@class, 'title') or contains(@id, 'title')][self::div or self::h2 or self::td])"
)
ORIGINAL_TEXTS = etree.XPath(
    "//body//text()[string-length(normalize-space(.)) >= 4][string-length(normalize-space(.)) < 200]"
)
HTML_TITLE = etree.XPath("string(//title)")


def pages() -> Iterator[Element]:
    for source in sorted(FIXTURES.glob("*/source.html")):
        yield parse(decode(source.read_bytes())[0])
    corpus = shared("corpus", "MANIFEST.jsonl").parent
    for line in (corpus / "MANIFEST.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            try:
                yield parse(decode((corpus / json.loads(line)["file"]).read_bytes())[0])
            except ExtractError:
                continue


def test_headline_candidates_are_the_original_ones() -> None:
    found = 0
    for root in pages():
        assert published._HEADLINE(root) == ORIGINAL_HEADLINE(root)
        found += len(ORIGINAL_HEADLINE(root))
    assert found > 100


def test_texts_holding_an_opening_are_the_original_ones() -> None:
    found = 0
    for root in pages():
        title = squash(str(HTML_TITLE(root)))
        for opening in {title[:2], title[2:4], "的", "'\""}:
            wanted = [str(t) for t in ORIGINAL_TEXTS(root) if opening in t]
            assert [str(t) for t in published._TEXTS_WITH(root, opening=opening)] == wanted
            found += len(wanted)
    assert found > 1000


def test_boilerplate_blocks_are_the_original_ones() -> None:
    # drop_boilerplate passes over elements without a class, an id or a boilerplate tag before testing them.
    found = 0
    for root in pages():
        wanted = [n for n in root.iter() if density._is_boilerplate_block(n)]
        assert density._boilerplate_blocks(root) == wanted
        found += len(wanted)
    assert found > 100
