"""A browser prints the white space between two inline elements as one space, whatever line breaks the source has
there: such a break is no line of the text."""

from __future__ import annotations

from lxml import html

from scraper.extract.layout import block_lines


def test_inline_runs_on_separate_source_lines_are_one_line() -> None:
    node = html.fromstring("<p>\n<b>2019</b>\n<b>年全县蔬菜种植情况通报</b>\n</p>")
    assert block_lines(node) == ["2019 年全县蔬菜种植情况通报"]


def test_a_break_and_a_block_still_end_a_line() -> None:
    node = html.fromstring("<div><b>第一行</b><br>\n<b>第二行</b>\n<p>第三行</p></div>")
    assert block_lines(node) == ["第一行", "第二行", "第三行"]


def test_text_with_its_own_line_breaks_keeps_them() -> None:
    # Text a page prints in a preformatted block or a plain-text paste keeps the lines its source gives it.
    node = html.fromstring("<div>第一段文字。\n第二段文字。</div>")
    assert block_lines(node) == ["第一段文字。", "第二段文字。"]
