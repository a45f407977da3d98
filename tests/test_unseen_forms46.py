"""Page forms the thirty-seventh round's build data showed misread, each a class: the thirty-first written round landed
whole and the thirty-second round's half A. Every line here is fictional, written for the test."""

from __future__ import annotations

import pytest

import scraper
from scraper.extract.labels import element_source, label_value
from scraper.extract.notices import is_follow_call, is_prompt_line
from scraper.extract.tree import parse

from .test_unseen_forms29 import LINES, _both_readings
from .test_unseen_forms30 import _assert_insert_goes

HEADLINE = "为什么有的人总是被蚊子盯上"


def _credited_page(opening: str, closing: str) -> bytes:
    # A magazine's article: its credits as bar-separated lines above the text, its layout editor's line under it.
    return (
        f"<html><head><meta charset='utf-8'><title>{HEADLINE} - 清川知识</title></head><body>"
        f"<article><h1>{HEADLINE}</h1><div class='meta'><span>2023.07.19</span></div><div class='content'>{opening}"
        + "".join(f"<p>{line}</p>" for line in LINES) + f"{closing}</div></article></body></html>"
    ).encode("utf-8")


@pytest.mark.parametrize("rules", [True, False])
def test_credits_set_off_by_a_bar_give_the_writer_and_the_editor(rules: bool) -> None:
    page = _credited_page("<p>撰文 | 鄢澄宇</p><p>责编 | 闕沛岑</p>", "<p>制版编辑 | 柚岚</p>")
    article = scraper.extract(page, url="https://www.example-zs.cn/article/1", rules=rules)
    assert (article.author, article.editor) == ("鄢澄宇", "闕沛岑")
    assert article.paragraphs == LINES


def test_a_bar_after_a_bare_word_is_no_label() -> None:
    # 文 and 编辑 alone are too common in a channel's bar of links to be read as labels there.
    assert label_value("图 | 文 | 视频", "author") is None
    assert label_value("首页 | 编辑 | 推荐", "editor") is None


def test_a_count_run_into_the_writers_name_is_the_next_fields() -> None:
    assert label_value("2023-08-21 22:16 作者：鄢澄宇1.8万阅读", "author") == "鄢澄宇"
    assert label_value("作者：鄢澄宇 2.3万次浏览", "author") == "鄢澄宇"


def test_the_source_linked_inside_its_own_element_of_the_row() -> None:
    # The row's time and its source label are elements of their own, printed with no space between them.
    root = parse("<html><body><p class='time'><span>2019-08-21 19:06:41</span><span class='source'>来源: "
                 "<a href='https://www.example.cn/u/1'>旧物新生工坊</a></span></p></body></html>")
    assert element_source(list(root.iter("p"))) == "旧物新生工坊"


def test_a_service_card_with_its_enter_button_goes() -> None:
    _assert_insert_goes(
        "<div class='inner-card'><img src='/static/images/12309.png' alt=''><p>清川检察服务中心 一站式受理控告申诉</p>"
        "<a href='/jbzx/'>点击进入</a></div>"
    )


def test_a_score_card_with_a_script_button_goes() -> None:
    # Its button has no address: the page's script opens the full statistics.
    _assert_insert_goes(
        "<div class='n-card'><div class='c-hd'>比赛数据</div><div class='c-bd'><span>清川 2 - 1 泉州</span>"
        "<span>控球率 56% : 44%</span><span>射门 14 : 7</span></div><a class='c-more'>查看完整数据</a></div>"
    )


def test_a_sentence_with_a_view_link_in_it_stays() -> None:
    told = "赛后，技术统计显示清川队控球率达到56%，射门14次，明显占优。"
    for paragraphs in _both_readings(
        "".join(f"<p>{line}</p>" for line in LINES) + f"<div><p>{told}</p><a href='javascript:;'>查看完整数据</a></div>"
    ):
        assert told in paragraphs


@pytest.mark.parametrize("line", ["关注网易清川，看见八闽大地上的普通人。", "关注清川新闻APP，了解身边事"])
def test_a_channels_slogan_asking_to_follow_it_goes(line: str) -> None:
    assert is_follow_call(line)
    for paragraphs in _both_readings("".join(f"<p>{text}</p>" for text in LINES) + f"<p>{line}</p>"):
        assert paragraphs == LINES


def test_a_sentence_on_paying_attention_stays() -> None:
    assert not is_follow_call("关注孩子的心理变化，了解他们真实的需求。")


def test_a_video_descriptions_label_is_no_paragraph() -> None:
    for paragraphs in _both_readings("<div class='video_desc_title'>视频简介</div>" + "".join(f"<p>{line}</p>" for line in LINES)):
        assert paragraphs == LINES


def test_an_events_promo_under_a_table_ends_the_table() -> None:
    rows = ["城市 新增端口（万个） 新覆盖小区（个）", "清川 24.6 310", "泉州 6.8 92"]
    table = "<table>" + "".join(
        "<tr>" + "".join(f"<td>{cell}</td>" for cell in row.split()) + "</tr>" for row in rows
    ) + "</table>"
    promo = ("<table class='inad' align='right'><tr><td><a href='https://www.example.cn/topic/ftth/'>"
             "<img src='https://img.example.cn/ad/ftth.gif' alt=''></a><br>5月19日 清川光接入技术研讨会 在线报名中</td></tr></table>")
    lead = "据介绍，今年一季度全省新增端口情况如下："
    body = f"<p>{LINES[0]}</p><p>{lead}</p>{table}{promo}" + "".join(f"<p>{line}</p>" for line in LINES[1:])
    for paragraphs in _both_readings(body):
        assert paragraphs == [LINES[0], lead, *rows, *LINES[1:]]


def test_a_sentence_about_registration_is_no_promo() -> None:
    assert is_prompt_line("5月19日 清川研讨会 在线报名中")
    assert not is_prompt_line("目前，比赛正在报名中，截止日期为5月30日。")


def test_a_quote_boards_delay_note_and_day_first_stamp_close_its_box() -> None:
    _assert_insert_goes(
        "<div class='QuoteBox'><div class='qb-title'>相關指數</div><table><tr><td>恒生指數</td><td>19,408.42</td>"
        "<td>+0.97%</td></tr></table><div class='qb-note'>報價延遲最少15分鐘\u3000數據更新：14/06/2023 16:09</div></div>"
    )


def test_an_embedded_microblog_post_goes() -> None:
    _assert_insert_goes(
        "<div class='t163-card'><div class='t163-user'><a href='https://t.example.com/qy'>鄢澄宇</a> 的网易微博</div>"
        "<p class='t163-text'>首映结束，谢谢每一位走进影院的朋友，十一天的雨没有白淋。</p>"
        "<p class='t163-info'>7月19日 23:41 来自网易微博\u3000转发(326)\u3000评论(518)</p></div>"
    )


def test_a_paragraph_quoting_a_post_stays() -> None:
    told = "她在微博上写道：“首映结束，谢谢每一位走进影院的朋友。”这条微博很快被转发了三百多次。"
    for paragraphs in _both_readings("".join(f"<p>{line}</p>" for line in LINES) + f"<div><p>{told}</p></div>"):
        assert told in paragraphs
