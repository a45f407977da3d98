"""One vocabulary: the shared word tables and the patterns built from them."""

from __future__ import annotations

import re

import pytest

import scraper
from scraper.extract.generic import choose_body
from scraper.extract.labels import byline_author, label_value, read_channel
from scraper.extract.terms import EDITOR_TAG_LINE, META_LINE, alternation
from scraper.extract.tree import parse


@pytest.mark.parametrize("line", ["来源：新华社", "本文来源: 人民日报", "（本文来源：央视新闻）", "责任编辑 ：王五", "编辑：李四"])
def test_metadata_lines_are_recognised(line: str) -> None:
    assert META_LINE.match(line)


@pytest.mark.parametrize("line", ["作者：张三", "来源于基层的声音很重要。", "编辑部的同志们辛苦了。"])
def test_body_lines_are_not_metadata_lines(line: str) -> None:
    assert not META_LINE.match(line)


@pytest.mark.parametrize(
    "line", ["【编辑:陈海峰】", "(责编：胡永秋、杨光宇)", "责任编辑：王五", "[责任编辑：朱家浒 PN054]", "本文编辑：王五_NF041"]
)
def test_editor_tags_are_one_pattern(line: str) -> None:
    assert EDITOR_TAG_LINE.match(line)


def test_an_alternation_prefers_the_longest_word() -> None:
    match = re.match(alternation(["来源", "本文来源"]), "本文来源")
    assert match is not None and match.group(0) == "本文来源"
    assert alternation(["a.b"]) == r"(?:a\.b)"


def test_every_reader_drops_the_same_crumb_words() -> None:
    root = parse("<div class='crumb'><a>首页</a> &gt; <a>国内</a> &gt; 当前位置</div>")
    assert read_channel([root.find(".//div")]) == ["首页", "国内"]
    dump = "首页 > 国内 > 正文内容\n县里召开教育工作会议\n会议指出，要办好人民满意的教育。\n"
    assert scraper.extract_text(dump).channel == ["首页", "国内"]


def test_a_text_dump_stops_at_every_list_heading_kind() -> None:
    for heading in ("相关推荐", "热门新闻", "网友评论", "头条要闻", "无障碍浏览"):
        dump = f"县里召开教育工作会议\n会议指出，要办好人民满意的教育。\n{heading}\n别的文章 2025-01-01\n"
        assert scraper.extract_text(dump).paragraphs == ["会议指出，要办好人民满意的教育。"], heading


def test_choose_body_names_its_cases() -> None:
    article = [f"第{i}段，会议指出要把教育摆在优先发展的战略位置，办好人民满意的教育。" for i in range(10)]
    boilerplate = [f"推荐文章标题第{i}条，点击查看更多精彩内容和相关新闻报道。" for i in range(10)]
    # trafilatura took the page's lists as well: the density reading wins.
    assert choose_body(article, article + boilerplate) == article
    # The density container swallowed a list: trafilatura's reading wins.
    assert choose_body(article + boilerplate[:3], article) == article
    # Agreement keeps the density reading; disagreement takes trafilatura's.
    assert choose_body(article, boilerplate) == boilerplate


def test_the_responsible_editor_wins_over_the_editor_printed_before_it() -> None:
    # <span>编辑：张晓</span><span>责任编辑：李东</span> reads as one run of text.
    assert label_value("编辑：张晓责任编辑：李东", "editor") == "李东"
    # A bare 编辑 names no responsible editor (test_labels: a staff line's 编辑 gives none).
    assert label_value("编辑：张晓", "editor") is None
    assert label_value("本文编辑：张晓", "editor") == "张晓"
    assert label_value("来源：大众新闻作者：李四", "source") == "大众新闻"


def test_a_byline_names_the_reporter_not_where_the_report_was_filed() -> None:
    assert byline_author(["大众新闻记者 赵一鸣 潍坊报道"]) == "赵一鸣"
    assert byline_author(["新京报记者 李春平"]) == "李春平"


def test_a_byline_for_the_words_and_the_pictures_names_its_author() -> None:
    # One hand wrote the text and took the pictures: the line is a byline, not the article's first paragraph.
    assert byline_author(["文、图/林一苇"]) == "林一苇"
    assert byline_author(["图文｜王五"]) == "王五"
    assert byline_author(["文·摄影/李四"]) == "李四"
    # A word that opens with 文 is no byline label.
    assert byline_author(["文化/李四"]) is None
