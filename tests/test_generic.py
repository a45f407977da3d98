"""The generic path on its own: pages read with every site rule off, and its general signals."""

from __future__ import annotations

from pathlib import Path

import scraper
from scraper.extract.clean import clean_lines

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_rules_off_reads_a_netease_page_with_the_generic_path() -> None:
    source = (FIXTURES / "netease_2019" / "source.html").read_bytes()
    url = "https://news.163.com/19/0907/13/EP0M4R9S0001899O.html"
    assert scraper.extract(source, url).extractor == "netease-2019"
    article = scraper.extract(source, url, rules=False)
    assert article.extractor == "generic"
    assert article.title and article.paragraphs


PROSE = [
    "国务院常务会议2日召开，会议部署进一步稳定市场预期，推动经济平稳运行。",
    "会议指出，要继续实施积极的财政政策和稳健的货币政策，保持流动性合理充裕。",
    "会议要求，各地区各部门要抓好政策落实，及时回应社会关切。",
]
OTHER_HEADLINES = frozenset({"沪指3周重挫近30%券商大佬齐聚证监会", "证监会又出五大招救市千亿资金输血市场"})


def test_clean_drops_a_recommendation_block_after_the_article() -> None:
    lines = [*PROSE, "重点推荐", "沪指3周重挫近30% 券商大佬齐聚证监会", "- 证监会又出五大招救市 千亿资金输血市场 2015/07/04"]
    assert clean_lines(lines, OTHER_HEADLINES) == PROSE


def test_clean_drops_comment_widgets_and_their_disclaimer() -> None:
    lines = [*PROSE, "0", "人参与", "跟贴热词：", "网友评论仅供其表达个人看法，并不表明本站立场。"]
    assert clean_lines(lines, frozenset()) == PROSE


def test_clean_drops_the_headline_and_date_row_above_the_body() -> None:
    lines = ["国务院部署稳定市场预期", "2015-07-02 23:15:34 来源: 某某日报", *PROSE]
    assert clean_lines(lines, frozenset(), title="国务院部署稳定市场预期") == PROSE


def test_clean_keeps_a_closing_signature_and_date() -> None:
    lines = [*PROSE, "中国某某协会", "2015年7月4日"]
    assert clean_lines(lines, frozenset()) == lines


def test_clean_keeps_a_keyword_link_inside_the_article() -> None:
    lines = [PROSE[0], "证券业", PROSE[1], PROSE[2]]
    assert clean_lines(lines, frozenset({"证券业"})) == lines


def test_clean_leaves_a_page_without_prose_alone() -> None:
    verse = ["床前明月光", "疑是地上霜", "举头望明月", "低头思故乡"]
    assert clean_lines(verse, frozenset({"床前明月光"})) == verse


def test_clean_drops_the_original_headline_and_reprint_note() -> None:
    lines = ["（原标题：某某事件始末）", *PROSE, "本文为某某授权本站发布，转载请注明出处。"]
    assert clean_lines(lines, frozenset()) == PROSE
