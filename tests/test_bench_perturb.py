"""bench/perturb.py: the page's markup or encoding re-written, what a browser shows kept."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import html as lxml_html

from bench.perturb import TRANSFORMS, minify, newlines, perturb, wrap

from .conftest import REWRITE_PAGE_IDS, REWRITE_PAGES

_RAW_OR_COMMENT = re.compile(rb"(?is)<(script|style|pre|textarea)\b.*?</\1\s*>|<!--.*?-->")


def _shown(data: bytes) -> str:
    """The body's text as a browser lays it out, white space collapsed (script, style, comments removed)."""
    from scraper.decode import decode

    root = lxml_html.document_fromstring(decode(data)[0])
    for hidden in root.xpath("//script|//style|//comment()"):
        hidden.drop_tree()
    return re.sub(r"\s+", " ", root.text_content()).strip()


@pytest.mark.parametrize("name", ["minify", "newlines", "wrap", "gbk"])
@pytest.mark.parametrize("path", REWRITE_PAGES, ids=REWRITE_PAGE_IDS)
def test_a_transform_keeps_the_text_a_browser_shows(path: Path, name: str) -> None:
    data = path.read_bytes()
    after = perturb(name, data)
    # generic_commentary is laid out in tables: its paragraphs sit in a td, so wrap finds no div to wrap.
    assert (after == data) == (name == "wrap" and path.parent.name == "generic_commentary")
    # minify drops white space between block tags that a browser never showed: compare without spaces.
    assert _shown(after).replace(" ", "") == _shown(data).replace(" ", "")


@pytest.mark.parametrize("path", REWRITE_PAGES, ids=REWRITE_PAGE_IDS)
def test_minify_leaves_no_line_break_outside_raw_text(path: Path) -> None:
    assert b"\n" not in _RAW_OR_COMMENT.sub(b"", perturb("minify", path.read_bytes()))


def test_minify_drops_space_between_blocks_and_keeps_one_between_inlines() -> None:
    page = "<div>\n  <p>甲 <b>乙</b>\n  <i>丙</i></p>\n</div>\n<pre>\n 原样\n</pre>"
    assert minify(page) == "<div><p>甲 <b>乙</b> <i>丙</i></p></div><pre>\n 原样\n</pre>"


def test_newlines_break_before_blocks_and_line_starts_only() -> None:
    page = "<html><body><div><span>甲</span><a>乙</a>丙<b>丁</b></div><p>戊</p></body></html>"
    expected = "<html><body>\n<div>\n<span>甲</span><a>乙</a>丙<b>丁</b></div>\n<p>戊</p></body></html>"
    assert newlines(page) == expected


def test_newlines_leave_the_head_alone() -> None:
    page = "<html><head><title>题</title><meta charset='utf-8'></head><body><p>文</p></body></html>"
    assert newlines(page).startswith("<html><head><title>题</title><meta charset='utf-8'></head><body>\n<p>")


def test_wrap_adds_one_plain_div_around_each_div_holding_paragraphs() -> None:
    page = '<div class="a"><div class="b"><p>一</p><p>二</p></div><ul><li>三</li></ul></div>'
    expected = '<div class="a"><div><div class="b"><p>一</p><p>二</p></div></div><ul><li>三</li></ul></div>'
    assert wrap(page) == expected


def test_gbk_relabels_and_reencodes_and_the_lie_keeps_utf8_label() -> None:
    page = '<html><head><meta charset="utf-8"><title>标题</title></head><body><p>正文镕</p></body></html>'
    honest = perturb("gbk", page.encode("utf-8"))
    lying = perturb("gbk-lie", page.encode("utf-8"))
    assert honest == page.replace("utf-8", "gb18030").encode("gb18030")
    assert lying == page.encode("gb18030")


def test_a_page_without_a_label_gains_one() -> None:
    page = "<html><head><title>标题</title></head><body><p>正文</p></body></html>"
    assert perturb("gbk", page.encode("utf-8")).startswith(b'<html><head><meta charset="gb18030"><title>')


def test_every_transform_is_named() -> None:
    assert sorted(TRANSFORMS) == ["gbk", "gbk-lie", "minify", "newlines", "wrap"]
