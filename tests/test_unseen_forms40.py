"""Page forms the thirty-first round's build data showed misread, each a class: the twenty-fifth written round
landed whole (its half B held out last round included) and the twenty-sixth round's half A. Every line here is
fictional, written for the test."""

from __future__ import annotations

from scraper.extract.labels import label_value

from .test_unseen_forms29 import ARTICLE, LINES, _both_readings
from .test_unseen_forms30 import _assert_insert_goes, between


def test_a_live_answer_box_whose_button_is_printed_in_brackets_goes() -> None:
    # The event's name, its guest and its hour, and a button 【我要提问】: the channel's box, no sentence.
    _assert_insert_goes(
        "<div class='qa'><table><tr><td>清川教育在线答疑</td></tr><tr><td>主题：新生入学那些事　嘉宾：高校辅导员</td></tr>"
        "<tr><td>时间：08-21 15:00-16:00　<a href='https://edu.example.cn/zhibo/'>【我要提问】</a></td></tr></table></div>"
    )


def test_a_pull_quote_signed_with_its_speakers_name_goes() -> None:
    # The quotation repeats a sentence of the article, set off with a large opening mark and the speaker after a dash.
    for quote in ("<span class='mark'>“</span>“我刻的不是风景，是一个地方慢慢变老的样子。”<span>——殳望川</span>",
                  "“我刻的不是风景，是一个地方慢慢变老的样子。”—— 殳望川"):
        _assert_insert_goes(f"<div class='pull-quote'>{quote}</div>")


def test_a_quoted_paragraph_signed_with_a_name_stays() -> None:
    # A paragraph is the article's own, quotation and name alike (an epigraph, a motto the article quotes).
    line = "“我刻的不是风景，是一个地方慢慢变老的样子。”——殳望川"
    for paragraphs in _both_readings(between(f"<p>{line}</p>")):
        assert line in paragraphs


def test_a_closing_call_to_follow_the_outlet_for_more_goes() -> None:
    for call in ("关注清川新闻，看见更多清川人的故事。", "更多冬奥报道，请关注清川体育冬奥专题。",
                 "更多精彩内容，敬请锁定清川新闻频道。"):
        for paragraphs in _both_readings(ARTICLE + f"<p>{call}</p>"):
            assert paragraphs == LINES, call


def test_a_call_for_more_among_the_paragraphs_stays() -> None:
    # Before the article's last paragraph, a line about following is the article's words, left to the other tests.
    call = "更多冬奥报道，请关注清川体育冬奥专题。"
    for paragraphs in _both_readings(between(f"<p>{call}</p>")):
        assert call in paragraphs


def test_a_time_labelled_by_its_kind_after_the_source_is_no_part_of_it() -> None:
    # Spans joined with no space: the source runs into the air time's label (播出时间：).
    for kind in ("播出", "首播", "更新"):
        assert label_value(f"来源：北京卫视{kind}时间：2020-06-12 17:25", "source") == "北京卫视", kind
