"""Page forms the fiftieth round's build data showed misread, each a class: the forty-fourth written round's pages
(landed, built on whole) and the forty-fifth's half A. Every line here is fictional, written for the test."""

from __future__ import annotations

import pytest

import scraper

from .test_unseen_forms29 import LINES, _both_readings
from .test_unseen_forms56 import _goes_from_between


@pytest.mark.parametrize(
    "caption",
    [
        # A chart's caption crediting its data and the time it covers: two labels, but under a figure's number.
        "图1：全天各时段外卖订单占比（数据来源：某外卖平台抽样数据，统计时间：2014年1月-6月）",
        "表2 各区公园客流（数据来源：市园林局，统计时间：2023年）",
    ],
)
def test_a_figures_caption_with_its_data_credit_and_period_stays(caption: str) -> None:
    html = "".join(f"<p>{line}</p>" for line in LINES[:3]) + f"<p>{caption}</p>" + "".join(
        f"<p>{line}</p>" for line in LINES[3:])
    for paragraphs in _both_readings(html):
        assert paragraphs == [*LINES[:3], caption, *LINES[3:]]


def _overseas_page(stated: str) -> str:
    """A paper abroad's article: the info row prints its local clock with no zone, a meta tag states the moment."""
    return (
        "<html><head><meta charset='utf-8'><title>华人志愿者开讲座 - 某某华侨报网</title>"
        f"<meta property='article:published_time' content='{stated}'></head><body>"
        "<h1>华人志愿者开讲座</h1><div class='info'>发布时间：2015/11/8 16:20:35　来源：某某华侨报</div>"
        f"<div class='text'>{''.join(f'<p>{line}</p>' for line in LINES)}</div></body></html>"
    )


@pytest.mark.parametrize(
    ("stated", "beijing"),
    [
        # Tokyo's clock, as the tag states it: the printed 16:20:35 is that clock, 15:20:35 in Beijing.
        ("2015-11-08T16:20:35+09:00", "2015-11-08T15:20:35+08:00"),
        # Paris in winter.
        ("2015-11-08T16:20:35+01:00", "2015-11-08T23:20:35+08:00"),
        # A tag to the minute: the row's seconds are the row's.
        ("2015-11-08T16:20+09:00", "2015-11-08T15:20:35+08:00"),
    ],
)
def test_a_printed_clock_a_tag_states_in_a_zone_abroad_is_that_zones(stated: str, beijing: str) -> None:
    page = _overseas_page(stated)
    assert scraper.extract(page, "http://www.example.jp/news/show.aspx?id=00000", rules=False).published_at == beijing


def test_a_tip_cards_call_after_its_question_goes() -> None:
    # The newsroom's call for readers' pictures: a question, then the call to open its app and send them.
    _goes_from_between(
        "<div class='report-card'><img src='/static/img/qr_report.png' alt=''>"
        "<div><b>随手拍</b>发现路灯不亮？打开客户端“随手拍”上传照片，我们将转交相关部门处理。</div></div>"
    )


def test_a_pictures_caption_naming_what_the_page_links_elsewhere_stays() -> None:
    # A tech portal names the product under its picture; the product card links the product's name and the channel
    # menu the kind of product, so the caption is all link texts, yet printed under the picture it is the article's.
    caption = "崧岑JC-S64固态硬盘"
    html = (
        "<html><head><meta charset='utf-8'><title>崧岑发布首款固态硬盘 - 某某存储</title></head><body>"
        "<div class='nav'><a href='/ssd/'>固态硬盘</a> <a href='/hdd/'>机械硬盘</a> <a href='/nas/'>网络存储</a></div>"
        "<h1>崧岑发布首款固态硬盘</h1><div class='info'>2009-06-17 10:28　出处：某某网</div><div class='text'>"
        + "".join(f"<p>{line}</p>" for line in LINES[:3])
        + f"<p align='center'><img src='/2009/6/17/0000_01.jpg' alt=''></p><p align='center'>{caption}</p>"
        + "".join(f"<p>{line}</p>" for line in LINES[3:])
        + "</div><div class='card'><a href='/product/000000.shtml'><b>崧岑 JC-S64</b></a> 参考价格：1599元</div>"
        "</body></html>"
    )
    assert scraper.extract(html, "http://storage.example.com/a/0000.shtml", rules=False).paragraphs == [
        *LINES[:3], caption, *LINES[3:]]


@pytest.mark.parametrize(
    "row",
    [
        "2023-06-12　来源：清川青年报",
        # The row may print no label: the site's address, the date and its time, the page's tools.
        "<a href='http://www.example.org.cn'>http://www.example.org.cn</a>　2023-06-12 09:41:52　【打印】",
    ],
)
def test_a_centred_line_over_the_date_row_is_the_headline_where_the_title_names_the_site(row: str) -> None:
    # A table-era page whose <title> is the site's name: the headline is the centred cell over the date row,
    # however its class is named.
    page = (
        "<html><head><meta charset='utf-8'><title>清川青年网</title></head><body>"
        "<table><tr><td><img src='/images/top.jpg' alt='清川青年网'></td></tr>"
        "<tr><td class='c1'><a href='/'>首页</a> | <a href='/news/'>新闻中心</a> | <a href='/notice/'>通知公告</a></td></tr>"
        "</table><table>"
        "<tr><td class='c2' align='center'>各地团组织启动暑期社会实践 岗位向大学生开放</td></tr>"
        f"<tr><td class='c3' align='center'>{row}</td></tr>"
        f"<tr><td class='c4'>{''.join(f'<p>{line}</p>' for line in LINES)}</td></tr></table></body></html>"
    )
    article = scraper.extract(page, "http://www.example.org.cn/news/202306/t20230612_000000.htm", rules=False)
    assert article.title == "各地团组织启动暑期社会实践 岗位向大学生开放"


def test_an_article_set_in_divs_is_read_where_the_other_reading_finds_only_the_chrome_in_paragraphs() -> None:
    # The article's paragraphs are <div>s and only the page's chrome is set in <p>: trafilatura reads the chrome
    # alone, which holds no sentence of prose; the density reading holds the article.
    page = (
        "<html><head><meta charset='utf-8'><title>清川县人民政府</title></head><body>"
        "<div class='a1'><a href='/'>首页</a> <a href='/zwgk/'>政务公开</a> <a href='/hdjl/'>互动交流</a></div>"
        "<div class='a2'><div class='a3'>清川县启动秋季学期交通安全专项行动</div>"
        "<div class='a4'><span>发布时间：2023-08-15</span> <span>来源：清川县公安局</span></div>"
        "<div class='a5'><div class='a6'>" + "<div><br></div>".join(f"<div>{line}</div>" for line in LINES) + "</div></div>"
        "<div class='a7'><p>上一篇：<a href='/zwgk/1.html'>县市场监管局开展中秋月饼质量安全抽检</a></p>"
        "<p>下一篇：<a href='/zwgk/2.html'>县人社局举办高校毕业生专场招聘会</a></p></div></div>"
        "<div class='a8'><p><a href='/wzdt/'>网站地图</a> | <a href='/lxwm/'>联系我们</a></p>"
        "<p>主办：清川县人民政府办公室 承办：清川县政务服务数据管理局</p><p>Copyright © 2023 All Rights Reserved</p></div>"
        "</body></html>"
    )
    assert scraper.extract(page, "http://www.example.gov.cn/zwgk/post_0000000.html", rules=False).paragraphs == LINES


def test_a_comment_row_with_the_posters_masked_address_is_no_paragraph() -> None:
    # A board's comment row: the poster, the address the site masks, the full time, then the comment.
    from scraper.extract.line_kinds import Kind, kind_by_words

    for row in ("阳光网友 61.145.*.* 2005-11-08 10:12:45 我们厂也有队，上周刚赢了电子厂，下周打决赛资格！",
                "网友 [219.131.*.*] 2005-11-08 11:30:02 这种活动好，希望别的镇也学学。"):
        assert kind_by_words(row) is Kind.META


@pytest.mark.parametrize(
    "call",
    [
        # A call to subscribe to the outlet's channel, then what subscribing gets you, as a follow call has it.
        "<p>订阅清川日报Telegram频道，第一时间掌握新闻动态</p>",
        "<p>欢迎订阅清川财经公众号，获取更多市场资讯</p>",
    ],
)
def test_a_call_to_subscribe_to_the_outlets_channel_goes(call: str) -> None:
    _goes_from_between(call)


def test_a_posters_signature_under_a_rule_line_at_the_posts_end_goes() -> None:
    # A board prints the poster's signature under a rule of dashes, after the post's last line (a page no rule
    # knows: a NetEase article is no board's post).
    for signature in ("<p>―――――――――――――</p><p>人在旅途，车在路上。</p>", "<p>----------</p><p>清川老驴 · 骑行十年</p>"):
        body = "".join(f"<p>{line}</p>" for line in LINES) + signature
        assert _both_readings(body)[0] == LINES


@pytest.mark.parametrize(
    "line",
    [
        # The outlet forbids reprinting, in the piece's own words.
        "本文禁止转载或摘编",
        "本站内容严禁转载",
        # A board's rating log under a post: who gave what, and why.
        "hezhou_zz099 金币 +5 感谢分享",
        "jiyu_zz099 红花 +1",
    ],
)
def test_a_reprint_ban_and_a_boards_rating_row_are_chrome(line: str) -> None:
    from scraper.extract.line_kinds import CHROME, kind_by_words

    assert kind_by_words(line) in CHROME
