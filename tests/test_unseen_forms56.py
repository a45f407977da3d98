"""Page forms the forty-seventh round's build data showed misread, each a class: the forty-first written round's
pages (landed, built on whole) and the forty-second's half A. Every line here is fictional, written for the test."""

from __future__ import annotations

import pytest

import scraper

from .test_unseen_forms29 import ARTICLE

_URL = "http://news.example.edu.cn/archives/000000"


def _post(date_link: str) -> str:
    """A blog-theme post whose printed date is a link (`date_link`, an address), with no machine-readable date;
    under it a list of related posts, each a link with its own date."""
    related = "".join(
        f"<li><a href='http://news.example.edu.cn/archives/00000{n}' rel='bookmark'>图书馆第{n}期读书会举行</a>"
        f" <span>2014-05-2{n}</span></li>"
        for n in (1, 2, 3)
    )
    return (
        "<html><head><title>校园书市开张 师生淘书忙 | 某某大学新闻网</title></head><body>"
        "<div class='topbar'><a href='/'>首页</a></div><article class='post hentry'><header class='entry-header'>"
        "<h1 class='entry-title'>校园书市开张 师生淘书忙</h1><div class='entry-meta'><span class='source'>来源：图书馆</span>"
        f"<span class='date'>发布时间：<a href='{date_link}' rel='bookmark'><time class='entry-date'>2014年6月5日 16:20"
        f"</time></a></span></div></header><div class='entry-content'>{ARTICLE}</div></article>"
        f"<div class='related-posts'><h3>相关文章</h3><ul>{related}</ul></div></body></html>"
    )


@pytest.mark.parametrize("date_link", [_URL, "/archives/000000", "https://www.news.example.edu.cn/archives/000000/"])
def test_a_date_linked_to_the_page_itself_is_the_pages(date_link: str) -> None:
    # A blog theme links the post's date to the post's own address (its permalink), written in any of its forms.
    assert scraper.extract(_post(date_link), _URL, rules=False).published_at == "2014-06-05T16:20+08:00"


def test_a_date_linked_to_another_page_is_still_no_date_of_this_one() -> None:
    page = _post("http://news.example.edu.cn/archives/000009")
    assert scraper.extract(page, _URL, rules=False).published_at is None
