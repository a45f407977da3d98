"""bench/blind.py: class and id names become opaque tokens; structure, text and encoding stay."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from lxml import html as lxml_html

import scraper
from bench.blind import blind, token

from .conftest import FIXTURES, REWRITE_PAGE_IDS, REWRITE_PAGES


def _names(root: lxml_html.HtmlElement) -> list[tuple[str, str]]:
    """(attribute, name) for every class name and id of the tree, in document order."""
    names = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        names += [("class", name) for name in (element.get("class") or "").split()]
        if element.get("id"):
            names.append(("id", element.get("id", "").strip()))
    return names


def _parse(data: bytes) -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring(data.decode("gb18030", "replace"))


@pytest.mark.parametrize("path", REWRITE_PAGES, ids=REWRITE_PAGE_IDS)
def test_every_name_becomes_its_token_and_nothing_else_changes(path: Path) -> None:
    data = path.read_bytes()
    before, after = _parse(data), _parse(blind(data))
    names = _names(before)
    assert names, "the page should carry class or id names"
    # Same elements, same text, and each name replaced by exactly its token, in place.
    assert [e.tag for e in before.iter()] == [e.tag for e in after.iter()]
    assert before.text_content() == after.text_content()
    assert _names(after) == [(kind, token(name)) for kind, name in names]


def test_repeated_names_stay_repeated_and_distinct_names_distinct() -> None:
    data = (FIXTURES / "generic_commentary" / "source.html").read_bytes()
    names = Counter(name for _, name in _names(_parse(data)))
    tokens = Counter(name for _, name in _names(_parse(blind(data))))
    assert sorted(names.values()) == sorted(tokens.values())
    assert not set(names) & set(tokens)


def test_text_that_looks_like_an_attribute_is_left_alone() -> None:
    data = '<p class="x" title="a class=b > c">代码 class="y" id=z</p>'.encode("gb18030")
    expected = f'<p class="{token("x")}" title="a class=b > c">代码 class="y" id=z</p>'.encode("gb18030")
    assert blind(data) == expected


def test_tokens_spell_no_word() -> None:
    assert all(re.fullmatch(r"k\d+", token(name)) for name in ("comment", "related", "xiangguan", "nav", "ad"))


def test_a_blind_page_loses_its_site_rule_but_keeps_its_article() -> None:
    case = FIXTURES / "netease_2015_gbk"
    url = "http://news.163.com/15/0713/08/AUE7H1RM00014AED.html"
    seen = scraper.extract((case / "source.html").read_bytes(), url)
    unseen = scraper.extract(blind((case / "source.html").read_bytes()), url)
    assert seen.extractor.startswith("netease")
    assert unseen.extractor == "generic"
    assert unseen.paragraphs[0] == seen.paragraphs[0]
