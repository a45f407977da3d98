"""Page forms the twenty-fifth round's build data showed misread, each a class: the nineteenth written round landed
whole, the twentieth round's half A, and the landed pages read class-blind (bench.eval --blind: names that say
nothing, as hashed names of many real templates do). Every line here is fictional, written for the test."""

from __future__ import annotations

import scraper

from .test_unseen_forms29 import ARTICLE

URL = "https://bbs.example.cn/post-free-1.shtml"


def _thread_page(title: str, printed: str) -> bytes:
    """A forum thread whose headline is a bold line in a box whose names say nothing, beside its tools."""
    return (
        f"<html><head><meta charset='utf-8'><title>{title}_清川杂谈_清川社区</title></head><body>"
        "<div class='k1'><a href='/'>首页</a> &gt; <a href='/f'>清川杂谈</a></div>"
        f"<div class='k2'><span class='k3'><b>{printed}</b></span> <span class='k4'>[<a href='#'>只看楼主</a>]"
        " [<a href='#'>打印</a>]</span></div><div class='k5'>作者：北岸听潮　提交日期：2011-8-14 10:22:00</div>"
        f"<div class='k6'>{ARTICLE}</div><div>清ICP备12345678号</div></body></html>"
    ).encode()


def test_a_note_the_title_adds_after_the_headline_is_no_part_of_it() -> None:
    # A forum's reprint request (转载请注明作者) or a gallery's (组图) after the headline in the <title>; the page
    # prints the headline without it.
    for note in ("(转载请注明作者)", "（组图）"):
        page = _thread_page("聊聊县城那家开了三十年的修表铺" + note, "聊聊县城那家开了三十年的修表铺")
        assert scraper.extract(page, url=URL, rules=False).title == "聊聊县城那家开了三十年的修表铺", note
    # A note the page prints with the headline is the headline's own.
    page = _thread_page("清川老街口述史(上)", "清川老街口述史(上)")
    assert scraper.extract(page, url=URL, rules=False).title == "清川老街口述史(上)"
