"""Page forms the forty-seventh round's build data showed misread, each a class: the forty-first written round's
pages (landed, built on whole) and the forty-second's half A. Every line here is fictional, written for the test."""

from __future__ import annotations

import pytest

import scraper

from .test_unseen_forms29 import ARTICLE, LINES, NETEASE_URL, _both_readings, _netease_page

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


def _half(lines: list[str]) -> tuple[str, str]:
    """The article's paragraphs split in two, to set a box between them."""
    paragraphs = [f"<p>{line}</p>" for line in lines]
    return "".join(paragraphs[:3]), "".join(paragraphs[3:])


def _goes_from_between(box: str) -> None:
    """Assert that `box`, set between the article's paragraphs, is no part of either reading's body."""
    first, rest = _half(LINES)
    for paragraphs in _both_readings(first + box + rest):
        assert paragraphs == LINES


@pytest.mark.parametrize(
    "box",
    [
        # The site's name as its <title> gives it (清川网, 网易订阅), a middle dot and the service's name, with its
        # event and its buttons, or its hotline and board.
        "<div class='club' style='border:1px solid #ddd'><p><strong>{site}·书友会</strong></p>"
        "<p>旧书交流会　时间：11月21日（周六）14:00　地点：书友会活动室</p>"
        "<p><a href='/baoming/'>我要报名</a> | <a href='/bbs/'>进入书友会论坛</a></p></div>",
        "<div class='live'><span class='tag'>{site}·专家在线</span> <a href='/live/'>高温天如何防中暑？医生在线答疑</a>"
        " <span>时间：7月5日 15:00-16:00</span> <a href='/live/'>提前提问</a></div>",
        "<div class='service'><p>{site}·维权通道：遇到消费纠纷？<a href='/tousu/'>点击在线投诉</a>，我们帮你反映。</p></div>",
    ],
)
def test_the_sites_own_service_box_among_the_paragraphs_goes(box: str) -> None:
    _service_box_goes(box)


def _service_box_goes(box: str) -> None:
    """Assert that `box`, its {site} the page's own site's name as its <title> gives it, set between the article's
    paragraphs, is no part of the body on a portal page read without rules nor on a NetEase page with its rule."""
    first, rest = _half(LINES)
    portal = (
        "<html><head><meta charset='utf-8'><title>清川湿地夜游记_清川网</title></head><body><h1>清川湿地夜游记</h1>"
        "<div class='info'>2024-04-18 07:21　来源：清川日报</div>"
        f"<div class='text'>{first}{box.format(site='清川网')}{rest}</div></body></html>"
    )
    assert scraper.extract(portal, url="https://www.example.cn/a/1.html", rules=False).paragraphs == LINES
    netease = _netease_page(first + box.format(site="网易订阅") + rest)
    assert scraper.extract(netease, url=NETEASE_URL).paragraphs == LINES


def test_a_paragraph_opening_on_a_sites_name_and_a_dot_stays() -> None:
    # Another site's name before a dot is the article's; so is a paragraph of the text opening on the page's own
    # site's (no box of its own, no call).
    first, rest = _half(LINES)
    for site in ("北岸报", "清川网"):
        line = f"{site}·湿地观鸟季今天开幕，首批游客在栈道上看到了白鹭。"
        for paragraphs in _both_readings(f"{first}<p>{line}</p>{rest}"):
            assert line in paragraphs, site
    boxed = "北岸报·维权通道：遇到消费纠纷？<a href='/tousu/'>点击在线投诉</a>，我们帮你反映。"
    assert "北岸报·维权通道：遇到消费纠纷？点击在线投诉，我们帮你反映。" in _both_readings(
        f"{first}<div class='box'><p>{boxed}</p></div>{rest}"
    )[0]


def test_a_reference_card_with_two_notes_and_a_closing_link_goes() -> None:
    card = ("<div class='know' style='float:right;width:190px'><p><strong>【小人书小知识】</strong></p>"
            "<p>连环画俗称“小人书”，多为64开本，一页一图。</p><p>上世纪五六十年代起，街头常见出租连环画的书摊。</p>"
            "<p><a href='/special/lianhuanhua/'>连环画专题&gt;&gt;</a></p></div>")
    _goes_from_between(card)


def test_a_tips_card_of_short_lines_goes() -> None:
    card = ("<div class='card' style='float:right;width:200px'><p class='title'>【观鸟小贴士】</p>"
            "<p>最佳时段：09:30-11:30</p><p>观鸟点：湖东门、湖北门</p><p>请勿投喂面包、薯片等零食</p></div>")
    _goes_from_between(card)


@pytest.mark.parametrize(
    "line",
    [
        "你家里还留着小时候的小人书吗？欢迎到清川论坛“晒书”版块发帖，和书友们一起晒晒。",
        "（文中租金仅供参考，以实际成交为准）",
        "喜欢这篇文章？去 App 商店搜 清川日报 ，每天看点不一样的。",
    ],
)
def test_the_outlets_closing_call_or_caveat_goes(line: str) -> None:
    for paragraphs in _both_readings(f"{ARTICLE}<p>{line}</p>"):
        assert paragraphs == LINES, line


def test_a_sentence_reporting_a_board_or_a_price_stays() -> None:
    # The article's own sentences about a forum or a price go on past such a call or caveat.
    lines = ["版主说，欢迎到论坛发帖的新人越来越多，去年注册的用户比前年多了一倍，其中不少是退休的老人。",
             "中介表示，挂牌价仅供参考，以实际成交为准，但今年成交价普遍比挂牌价低一成左右，议价空间明显变大。"]
    for paragraphs in _both_readings(ARTICLE + "".join(f"<p>{line}</p>" for line in lines)):
        assert paragraphs == LINES + lines


def test_a_pictures_caption_telling_how_people_scan_a_code_stays() -> None:
    first, rest = _half(LINES)
    caption = "一家按次收费的小型健身房，会员用手机扫码进门。"
    figure = f"<figure><img src='https://img.example.cn/gym.jpg' alt=''><figcaption>{caption}</figcaption></figure>"
    for paragraphs in _both_readings(first + figure + rest):
        assert caption in paragraphs
    # A code's card asking the reader to scan it still goes.
    _goes_from_between("<div class='qr'><img src='https://img.example.cn/qr.png' alt=''><p>微信扫一扫，关注清川日报</p></div>")


def test_a_closing_linked_line_holding_its_label_goes_from_a_rules_body() -> None:
    link = "<p><a href='https://www.163.com/dy/article/J0AB12CD0512ABCE.html'>【延伸阅读】湿地夜游需要注意什么？这份清单请收好</a></p>"
    assert scraper.extract(_netease_page(ARTICLE + link), url=NETEASE_URL).paragraphs == LINES


def test_a_blogs_post_row_clock_labelled_as_posted_at_gives_the_time() -> None:
    # The day in a date block above the post, the clock in its row under it (发布于 22:14).
    page = (
        "<html><head><title>外婆的老缝纫机 - 某某的点滴</title></head><body><div class='post'>"
        "<div class='date'><span>20</span><span>May</span><span>2012</span></div><h2>外婆的老缝纫机</h2>"
        f"<div class='body'>{ARTICLE}</div><div class='meta'><a href='/post/2012-05-20/0'>发布于 22:14</a></div>"
        "</div><div class='comments'><span>05-20 23:07</span></div></body></html>"
    )
    url = "https://example.blog.cn/post/2012-05-20/0"
    assert scraper.extract(page, url, rules=False).published_at == "2012-05-20T22:14+08:00"


def test_an_ad_box_told_by_its_label_goes_whatever_its_class() -> None:
    ad = ("<div class='k8812' style='display:block;margin:15px 0'><a href='https://ad.example.cn/c?id=9'>"
          "<img src='https://ad.example.cn/loan.jpg' alt=''></a><span class='k3301'>广告</span>"
          "<span class='k7710'>小微商户经营贷 最快当天到账</span></div>")
    _goes_from_between(ad)
    # An article's paragraph about advertising keeps its words.
    line = "今年以来，县市场监管局查处虚假广告案件十二起，罚没款共计八万余元，其中多数涉及保健食品。"
    first, rest = _half(LINES)
    for paragraphs in _both_readings(f"{first}<p>{line}</p>{rest}"):
        assert line in paragraphs


def _discuz_post(after_post: str) -> str:
    """A forum thread's first post in a Discuz layout with opaque class names, `after_post` under its text."""
    body = "<br />\n".join(LINES)
    return (
        "<html><head><title>给老机箱做了一次静音改造 - 硬件区 - 某某论坛</title></head><body>"
        "<div class='k1'><a href='/'>论坛</a> › <a href='/f/2'>硬件区</a></div><h1 class='k2'>给老机箱做了一次静音改造</h1>"
        "<div class='k3'><table class='k4'><tr><td class='k5'><a href='/u/9999001'>冰镇橘子zz</a></td>"
        "<td class='k6'><div class='k7'><em>发表于 2020-4-12 21:37</em></div>"
        f"<table><tr><td class='k8'>{body}</td></tr></table>{after_post}</td></tr></table></div></body></html>"
    )


def test_a_forum_posts_signature_goes_by_its_boxs_style() -> None:
    # Discuz's signature box carries its IE-only height property in its inline style, whatever its class.
    page = _discuz_post("<div class='k9' style='max-height:100px;maxHeightIE:100px;'>装机六年，钱包瘦了，机箱胖了。</div>")
    assert scraper.extract(page, "https://bbs.example.cn/thread-0-1-1.html", rules=False).paragraphs == LINES


def test_a_rating_logs_heading_goes_with_the_log() -> None:
    log = ("<h3 class='k10'>评分</h3><dl class='k11'><dd><table class='k12'><tr><th>参与人数 <span>3</span></th>"
           "<th>性能 +3</th><th>收起 理由</th></tr><tr><td><a href='/u/2'>夜航船</a></td><td>+ 1</td><td>用心了</td></tr>"
           "</table></dd></dl>")
    page = _discuz_post(log)
    assert scraper.extract(page, "https://bbs.example.cn/thread-0-1-1.html", rules=False).paragraphs == LINES
