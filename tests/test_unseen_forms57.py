"""Page forms the forty-eighth round's build data showed misread, each a class: the forty-second written round's
pages (landed, built on whole) and the forty-third's half A. Every line here is fictional, written for the test."""

from __future__ import annotations

import pytest

import scraper

from .test_unseen_forms29 import ARTICLE

_PAPER_URL = "http://www.example.cn/wenhua/201306/t20130618_000000.htm"


def _hot_box() -> str:
    """A box of other articles, each a link with its own date and time, as a template sets it above the headline."""
    rows = "".join(
        f"<li><a href='/news/2013061{n}/100{n}.html'>地铁新线第{n}段开通试运营</a><span>2013-06-1{n} 0{n}:33</span></li>"
        for n in (4, 5, 6, 7)
    )
    return f"<div class='box'><div class='hd'>热点新闻</div><ul>{rows}</ul></div>"


@pytest.mark.parametrize("above", ["", _hot_box()])
def test_a_byline_row_linking_the_papers_edition_keeps_its_time_beside_a_box_of_other_articles(above: str) -> None:
    # The row prints the page's time and links the paper's edition of the day with its date (two dates, one link);
    # a box of several dated links beside it is a list's whole box, not a row like it.
    page = (
        "<html><head><meta charset='utf-8'><title>绣娘走进课堂 技艺培训班开班</title></head><body>"
        f"<div class='main'>{above}<h1 class='title'>绣娘走进课堂 技艺培训班开班</h1>"
        "<div class='info'>2013年06月18日 08:50　来源：某某文化报　作者：　"
        "<a href='http://epaper.example.cn/html/2013-06/18/content_000000.htm'>《某某文化报》2013年06月18日 第2版</a></div>"
        f"<div class='text'>{ARTICLE}</div></div></body></html>"
    )
    assert scraper.extract(page, _PAPER_URL, rules=False).published_at == "2013-06-18T08:50+08:00"
