"""Page forms the thirty-fifth round's build data showed misread, each a class: the twenty-ninth written round
landed whole (its half B held out last round included) and the thirtieth round's half A. Every line here is
fictional, written for the test."""

from __future__ import annotations

import lxml.html
import pytest

import scraper
from scraper.extract.script_dates import script_date

from .test_unseen_forms29 import LINES, _both_readings
from .test_unseen_forms30 import _assert_insert_goes, between

HEADLINE = "清川港口岸货物吞吐量前五月同比增长一成"


def _script_stamped_page(stamps: str) -> bytes:
    # A finance portal's page of 2023: no meta tags, an info row of the site's badge and a time with no label,
    # and a script config that stamps the record's creation, its publishing and its last change.
    return (
        f"<html><head><title>{HEADLINE}_清川财经</title>"
        f"<script>window.articleConfig = {{{stamps}}};</script></head><body>"
        f"<div class='nav'><a href='/'>首页</a> <a href='#'>市场</a></div><h1>{HEADLINE}</h1>"
        "<div class='detail-info'><span class='source'>清川财经</span><span class='time'>2023-07-12 15:21:07</span></div>"
        "<div class='detail-content'>" + "".join(f"<p>{line}</p>" for line in LINES) + "</div></body></html>"
    ).encode("utf-8")


@pytest.mark.parametrize(("created", "published"), [
    ('"createTime":"2023-07-12 15:20:44"', '"publishTime":"2023-07-12 15:21:07"'),
    ('"ctime":1689146444', '"ptime":1689146467'),
    ('"created_at":"2023-07-12T15:20:44+08:00"', '"published_at":"2023-07-12T15:21:07+08:00"'),
])
def test_the_publishing_key_outranks_the_records_creation_written_before_it(created: str, published: str) -> None:
    # A CMS stamps a record when the draft is made, minutes or days before it runs: the script's own publishing
    # key is the publish time, wherever the creation stands in the object.
    stamps = f'"docId":"3907751",{created},{published},"modifyTime":"2023-07-12 16:05:30"'
    root = lxml.html.fromstring(f"<html><body><script>var c = {{{stamps}}};</script></body></html>")
    assert script_date(root) == "2023-07-12T15:21:07+08:00"
    article = scraper.extract(_script_stamped_page(stamps), rules=False)
    assert article.published_at == "2023-07-12T15:21:07+08:00"
    assert article.paragraphs == LINES


def test_the_records_creation_is_read_where_no_publishing_key_stands_beside_it() -> None:
    root = lxml.html.fromstring('<html><body><script>var c = {"createTime":"2023-07-12 15:20:44",'
                                '"modifyTime":"2023-07-12 16:05:30"};</script></body></html>')
    assert script_date(root) == "2023-07-12T15:20:44+08:00"


@pytest.mark.parametrize("button", ["开始测试&gt;&gt;", "【立即报名】", "我要参与 »"])
def test_a_quiz_or_sign_up_box_goes_with_the_one_sentence_it_states(button: str) -> None:
    # A channel's quiz box between the paragraphs: its title, one sentence on what it tests, its button with the
    # arrows after it and a count of takers.
    _assert_insert_goes(
        "<div class='testBox'><table><tr><td class='testTitle'>情感测试：你是哪种恋爱性格？</td></tr>"
        "<tr><td>只需回答12道题，测出你在感情里是“付出型”还是“计较型”。</td></tr>"
        f"<tr><td><a href='https://lady.example.cn/test.html'>{button}</a>　已有28,416人参加</td></tr></table></div>"
    )


def test_a_paragraph_of_two_sentences_beside_a_button_stays() -> None:
    # The box may state one sentence; an article's paragraph that states two is no button's box.
    told = "报名通道已于本周一开放。截至目前，已有三百余名市民报名参加。"
    for paragraphs in _both_readings(between(f"<div><p>{told}</p><p><a href='https://example.cn/s'>立即报名</a></p></div>")):
        assert told in paragraphs
