"""Page forms the thirty-fourth round's build data showed misread, each a class: the twenty-eighth written round
landed whole (its half B held out last round included) and the twenty-ninth round's half A. Every line here is
fictional, written for the test."""

from __future__ import annotations

import scraper
from scraper.extract.line_kinds import CHROME, kind_by_words

from .test_unseen_forms29 import ARTICLE, LINES, _both_readings
from .test_unseen_forms30 import _assert_insert_goes, between

HEADLINE = "清川学院举办第十二届研究生学术论坛"
FIRST = "本网讯 5月15日至16日，清川学院第十二届研究生学术论坛在化学楼报告厅举行，一百二十余名研究生参加论坛。"
SECOND = "本届论坛分为三个分会场，报告人围绕各自的研究课题介绍了实验思路和阶段性成果，现场讨论十分热烈。"


def _campus_page() -> bytes:
    # A university news site's table layout of 2010: the header's clock (今天是 and the weekday), the headline
    # in a cell, an info row of five labelled fields, the text in a cell with <br>s between its paragraphs.
    return (
        "<html><head><meta http-equiv='Content-Type' content='text/html; charset=gb2312'>"
        f"<title>{HEADLINE} - 清川学院新闻网</title></head><body>"
        "<table><tr><td class='top_date'>今天是：2010年5月19日 星期三</td><td><a href='/'>学院主页</a></td></tr></table>"
        "<table><tr><td width='700'><table>"
        "<tr><td class='weizhi'>您现在的位置：<a href='/'>首页</a> &gt;&gt; <a href='#'>院系动态</a> &gt;&gt; 正文</td></tr>"
        f"<tr><td class='title'><b>{HEADLINE}</b></td></tr>"
        "<tr><td class='info'>作者：文/聂某某　图/卜某某　　来源：化学化工学院　　发布时间：2010-05-18 14:06:33　　"
        "点击数：　　【字体：<a href='#'>大</a> <a href='#'>中</a> <a href='#'>小</a>】</td></tr>"
        "<tr><td class='content'>" + "".join(f"　　{line}<br><br>" for line in LINES) + "</td></tr>"
        "</table></td><td><a href='#'>学院要闻</a></td></tr></table></body></html>"
    ).encode("gbk")


def test_the_headers_clock_and_a_long_row_of_labelled_fields_are_no_paragraphs() -> None:
    article = scraper.extract(_campus_page(), rules=False)
    assert article.paragraphs == LINES
    assert article.published_at == "2010-05-18T14:06:33+08:00"
    # The day of the week is the date's, with or without 今天是 before it; a row of labelled fields holds no
    # sentence however long it runs.
    for line in ("今天是：2010年5月19日 星期三", "2010年5月19日 礼拜三",
                 "作者：文/聂某某 图/卜某某 来源：化学化工学院 发布时间：2010-05-18 14:06:33 点击数：大 中 小】"):
        assert kind_by_words(line) in CHROME, line
    # A sentence naming labels is prose still.
    assert kind_by_words("记者了解到，来源：清川统计局的数据显示，发布时间：每月15日前后，作者：统计处。") not in CHROME


def test_an_ads_link_with_its_label_in_brackets_goes() -> None:
    for label in ("[推广]", "【广告】", "［推廣］"):
        _assert_insert_goes(f"<div class='x7'><a href='#'>{label} 清川婚博会9月15日开幕 免费索票</a></div>")


def test_the_data_credit_under_the_articles_table_stays() -> None:
    # The credit names its source and the day its figures run to: under a table the text announces, it is the
    # article's, however much it looks like a date row with a 来源 label.
    table = ("<p>各类型基金的募集情况具体如下：</p><table><tr><th>基金类型</th><th>成立数量（只）</th></tr>"
             "<tr><td>债券型</td><td>168</td></tr><tr><td>混合型</td><td>187</td></tr></table>")
    for credit in ("数据来源：某某资讯，统计截至2022年5月31日", "（资料来源：清川统计局，截至2022年5月31日）"):
        for paragraphs in _both_readings(between(table + f"<p class='table-note'>{credit}</p>")):
            assert credit in paragraphs, credit
    # A date row's own label is no credit.
    _assert_insert_goes("<div class='x8'>来源：清川日报 2024-04-18 07:21</div>")


def test_a_related_reading_box_goes_with_its_cards_summary_and_date() -> None:
    # The box holds its heading and one card: the headline, its summary and its date under it.
    box = ("<div class='xgyd-card'><h4>相关阅读</h4><p class='t'><a href='https://news.example.cn/a/2.html'>"
           "清川江边设立多处防溺水警示牌</a></p><p class='s'>市区沿江多个路段新设了警示牌和救生圈投放点，提醒市民"
           "不要在非浴场区域游泳。</p><p class='d'>2015-05-28 08:30</p></div>")
    _assert_insert_goes(box)


def test_the_article_after_a_related_heading_at_the_top_of_the_text_stays() -> None:
    # The heading opens the text's block and one card follows, then the article: its paragraphs are more than a
    # card's close, and stay.
    card = ("<p>相关新闻</p><p><a href='https://news.example.cn/a/2.html'>清川江边设立多处防溺水警示牌</a></p>")
    for paragraphs in _both_readings(card + ARTICLE):
        assert paragraphs == LINES


def test_a_papers_staff_mark_before_its_own_reporter_is_a_byline() -> None:
    for mark in ("◎本报记者 邰某某", "○本报记者 邰某某", "◎记者 邰某某"):
        for paragraphs in _both_readings(f"<p>{mark}</p>{ARTICLE}"):
            assert paragraphs == LINES, mark


def _discuz_thread(ad: str) -> bytes:
    post = f"{FIRST}<br />{ad}{SECOND}<br />"
    return (
        "<html><head><meta charset='utf-8'><title>老店片儿川 - 美食 - 清川论坛</title></head><body>"
        "<h1 class='ts'><span id='thread_subject'>老店片儿川</span></h1>"
        "<div id='post_1'><div class='authi'><a class='xw1' href='#'>巷友甲</a></div>"
        "<div class='authi'><em id='authorposton1'>发表于 2012-9-3 21:40</em></div>"
        f"<table><tr><td class='t_f' id='postmessage_1'>{post}</td></tr></table></div></body></html>"
    ).encode()


def test_the_ad_slot_discuz_sets_inside_a_post_goes() -> None:
    # Discuz's in-post slot (div.a_pr) holds an ad with no label of its own.
    article = scraper.extract(_discuz_thread("<div class='a_pr'><a href='#'>清川婚博会9月15日开幕 免费索票</a></div>"))
    assert article.extractor == "discuz"
    assert article.paragraphs == [FIRST, SECOND]


def test_a_text_message_services_call_to_subscribe_goes() -> None:
    # A 2006 sports page's promo, in a table row of its own among the paragraphs.
    for line in ("【清川短信】赛事进球第一时间知道！移动用户发送 WC 到 9999 订阅清川快讯",
                 "发送“QC”至10669999即可订阅清川天气预报"):
        _assert_insert_goes(f"<table class='t9'><tr><td>{line}</td></tr></table>")
    # An article telling how to query a service by message subscribes to nothing: it stays.
    query = "市民可编辑短信“CX”发送至12345查询办理进度，也可拨打热线电话咨询。"
    for paragraphs in _both_readings(between(f"<p>{query}</p>")):
        assert query in paragraphs


def test_a_box_of_readers_comments_among_the_paragraphs_goes() -> None:
    # Its heading in a paragraph of its own, one reader's words signed with the province, a link to the thread.
    box = ("<div class='x9'><p><b>网友热评</b></p><p>“小时候就是坐这种车去镇上读书的，司机师傅都认识我们。”"
           "——清川网友</p><p><a href='https://comment.example.cn/1.html'>查看更多跟贴&gt;&gt;</a></p></div>")
    _assert_insert_goes(box)


def test_a_reporters_byline_crediting_the_pictures_too_names_the_author() -> None:
    for paragraphs in _both_readings(f"<p>□本报记者 仝某某 文/图</p>{ARTICLE}"):
        assert paragraphs == LINES
    portal = (f"<html><head><meta charset='utf-8'><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1>"
              f"<div class='text'><p>□本报记者 仝某某 文/图</p>{ARTICLE}</div></body></html>").encode()
    assert scraper.extract(portal, rules=False).author == "仝某某"


def _forum_thread(ad: str) -> bytes:
    # A Discuz-style thread read without its rule: the poster's box (his counts under their labels, the rank the
    # forum gave him, his money) beside the post, the post's lines between <br>s, a reply under it.
    post = "<br />\n<br />\n".join(LINES[:2]) + f"<br />\n<br />\n{ad}\n" + "<br />\n<br />\n".join(LINES[2:])
    poster = (
        "<td class='pls'><div class='authi'><a href='space-uid-1.html'>巷友甲</a></div><div class='tns'><table><tr>"
        "<th><p>1208</p>主题</th><th><p>6</p>精华</th><td><p>8864</p>积分</td></tr></table></div>"
        "<p><em><a href='#'>巷中名流</a></em></p><dl><dt>金钱</dt><dd>11520</dd><dt>注册时间</dt><dd>2008-3-11</dd></dl></td>"
    )
    reply = ("<div id='post_2'><table class='plhin'><tr><td class='pls'><a href='space-uid-2.html'>巷友乙</a></td>"
             "<td class='plc'><em id='authorposton2'>发表于 2012-9-3 22:05</em>"
             "<table><tr><td class='t_f' id='postmessage_2'>收藏了，周末去试试。</td></tr></table></td></tr></table></div>")
    return (
        "<html><head><meta charset='utf-8'><title>清川湿地夜游记 - 游记 - 清川论坛</title></head><body>"
        "<div id='postlist' class='pl bm'><table><tr><td class='pls'><div class='hm'><span class='xg1'>查看:</span> "
        "<span class='xi1'>3421</span><span class='pipe'>|</span><span class='xg1'>回复:</span> <span class='xi1'>56</span>"
        "</div></td><td class='plc'>"
        "<h1 class='ts'><span id='thread_subject'>清川湿地夜游记</span></h1></td></tr></table>"
        f"<div id='post_1'><table class='plhin'><tr>{poster}"
        "<td class='plc'><div class='authi'><em id='authorposton1'>发表于 2012-9-3 21:47</em></div>"
        f"<div class='pct'><table><tr><td class='t_f' id='postmessage_1'>{post}</td></tr></table></div>"
        f"</td></tr></table></div>{reply}</div></body></html>"
    ).encode()


def test_a_forum_posters_box_beside_the_post_is_no_paragraph() -> None:
    assert scraper.extract(_forum_thread(""), rules=False).paragraphs == LINES


def test_the_post_line_after_an_ad_box_set_between_its_lines_stays() -> None:
    # The box is a block of links among the post's <br>-separated lines: the line after it is the post's.
    ad = "<div class='x5'><a href='#'>清川婚博会9月15日开幕 免费索票</a></div>"
    assert scraper.extract(_forum_thread(ad), rules=False).paragraphs == LINES
