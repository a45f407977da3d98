"""Page forms the fifty-seventh round's build data showed misread, each a class: the fifty-second written round's half
A and the fifty-first's pages, landed this round. Every line here is fictional, written for the test."""

from __future__ import annotations

import pytest

from scraper.extract.labels import label_value

from .test_unseen_forms29 import LINES, _both_readings
from .test_unseen_forms56 import _goes_from_between


@pytest.mark.parametrize("count", ["评论(12)", "评论（3）", "跟贴[1,024]", "阅读(876)"])
def test_a_comment_links_word_and_bracketed_count_run_into_a_name_are_no_part_of_it(count: str) -> None:
    # <span>责任编辑：某某</span><span><a href="#comment">评论(12)</a></span>: the row's spans meet with no space.
    assert label_value(f"2013-11-12 10:05:42来源：清川车讯　责任编辑：石秋雯{count}", "editor") == "石秋雯"
    assert label_value(f"作者：林述秋{count}", "author") == "林述秋"


def test_a_bordered_tips_card_of_standing_rules_under_its_bracketed_label_goes() -> None:
    # 【安全提示】 heads the lab's standing rules, a few words a line, set inside the text by its template.
    _goes_from_between(
        "<div class='tishi' style='border:1px solid #c7b299;margin:10px 40px'><p><b>【安全提示】</b></p>"
        "<p>进入实验室须穿实验服、戴护目镜</p><p>试剂用后及时放回原位</p><p>废液分类倒入指定收集桶</p></div>"
    )


def test_a_cross_head_named_a_tip_over_the_articles_sentences_stays() -> None:
    # The article's own cross-head may name a tip: the sentences under it are the article's, not a card's lines.
    body = ("<p>" + "</p><p>".join(LINES[:2]) + "</p><div class='part'><p><b>■提示</b></p>"
            + "".join(f"<p>{line}</p>" for line in LINES[2:]) + "</div>")
    for paragraphs in _both_readings(body):
        assert paragraphs[2:] == ["■提示", *LINES[2:]] or paragraphs == [*LINES[:2], "■提示", *LINES[2:]]


def test_a_service_card_whose_label_names_a_tip_goes_whole() -> None:
    # 【…消费提示】 opening the card's first line heads a complaints channel: its hotline and its link go with it.
    _goes_from_between(
        "<div class='tip' style='border:1px solid #e6b8b8'><p><strong>【节日消费提示】</strong>清川消费维权机构开通节日投诉通道</p>"
        "<p>投诉热线：020-5550 6127　受理时间：9:00-18:00　受理截止：9月30日</p>"
        "<p><a href='/special/tousu/'>点击在线投诉&gt;&gt;</a></p></div>"
    )
