"""Page forms the forty-eighth round's build data showed misread, each a class: the forty-second written round's
pages (landed, built on whole) and the forty-third's half A. Every line here is fictional, written for the test."""

from __future__ import annotations

import pytest

import scraper
from scraper.extract.notices import is_credit_line

from .test_unseen_forms29 import ARTICLE, LINES, _both_readings
from .test_unseen_forms56 import _goes_from_between

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


@pytest.mark.parametrize(
    "card",
    [
        # A tips card the template floats beside the text: a bracketed label over a few short lines, each its <p>.
        "<div class='card' style='float:right;width:200px;border:1px solid #cfe3c4'><p class='t'>【赏花小常识】</p>"
        "<p>花期选晴天上午为宜</p><p>穿着避免浓烈香水</p><p>切勿攀折枝条</p></div>",
        "<div style='FLOAT: left; WIDTH: 180px'><div><strong>出行提示</strong></div><div>地铁2号线湿地站下</div>"
        "<div>周一闭园</div><div>夜游需预约</div></div>",
    ],
)
def test_a_floated_card_of_short_lines_among_the_paragraphs_goes(card: str) -> None:
    _goes_from_between(card)



@pytest.mark.parametrize(
    "line",
    [
        # An earlier report's headline under its label, set between the paragraphs as where to read on.
        "<p class='link'>【此前报道】<a href='http://news.163.com/16/1027/08/0000000000000001.html'>"
        "清川湿地夜游线路陆续亮灯 周末游客翻倍&gt;&gt;</a></p>",
        "<p>相关报道：<a href='https://www.example.cn/a/0000000001.html'>清川湿地观鸟季启动 志愿者招募开始</a></p>",
        # A page tool's link on a line of its own (to report an error in the article).
        "<p style='text-align:right'><a href='http://news.163.com/special/jiucuo/'>我要纠错</a></p>",
    ],
)
def test_a_line_that_is_a_link_to_read_on_or_a_tool_goes_from_between_the_paragraphs(line: str) -> None:
    _goes_from_between(line)


@pytest.mark.parametrize("line", ["（首圖來源：Shutterstock）", "首图来源：视觉中国", "头图来自：某某图库", "（本文圖片來源：CFP）"])
def test_the_title_pictures_credit_in_either_script_is_no_paragraph(line: str) -> None:
    # The picture over the text (首图, 头图) credited on a line of its own, simplified or traditional: a standing
    # credit, not a caption.
    for paragraphs in _both_readings(f"{ARTICLE}<p>{line}</p>"):
        assert paragraphs == LINES, line
    assert is_credit_line(line)


def test_a_tips_card_whose_heading_asks_what_its_term_means_goes() -> None:
    card = (
        "<div class='tips-card'><div class='tips-hd'>小贴士｜什么是“夜游慢行线”？</div>"
        "<div class='tips-bd'>指在夜间开放、配有低照度照明和导向标识，供市民步行或骑行游览的专用线路。</div></div>"
    )
    _goes_from_between(card)
