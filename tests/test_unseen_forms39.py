"""Page forms the thirtieth round's build data showed misread, each a class: the twenty-fourth written round
landed whole (its half B held out last round included) and the twenty-fifth round's half A. Every line here is
fictional, written for the test."""

from __future__ import annotations

import scraper
from scraper.extract.labels import byline_names
from scraper.extract.notices import is_prompt_line

from .test_unseen_forms29 import ARTICLE, LINES, _both_readings
from .test_unseen_forms30 import _assert_insert_goes, between


def test_the_author_as_a_sentences_subject_among_the_paragraphs_stays() -> None:
    # 作者 glued to a verb opens a sentence about the book's author, not an author box with a bio.
    line = "作者写道，这几行字里没有一个字提到“信任”，但每一句都在托付。"
    for paragraphs in _both_readings(between(f"<p>{line}</p>")):
        assert paragraphs == [*LINES[:2], line, *LINES[2:]]


def test_an_author_box_glued_to_its_name_closing_the_text_goes() -> None:
    box = "<p><font face='楷体'>作者郁青禾，资深行业观察者，长期关注本地生活服务。</font></p>"
    for paragraphs in _both_readings(ARTICLE + box):
        assert paragraphs == LINES


def test_two_comments_signed_with_the_posters_address_close_no_article() -> None:
    # Two readers' comments after the article, each under its poster's row with a masked address: a thread,
    # though two entries alone do not repeat and no heading is read over them.
    comments = ("<p>清川网友 [222.89.*.*] 2011-08-16 10:21<br>这个好，我家老人也想去，不知道外社区的能不能去吃？</p>"
                "<p>望平网友 [60.165.*.*] 2011-08-16 12:05<br>五块钱两荤一素，比我们单位食堂还便宜。</p>")
    for paragraphs in _both_readings(ARTICLE + comments):
        assert paragraphs == LINES


def test_dated_updates_under_a_name_without_an_address_stay() -> None:
    # A name and a time over a line, twice, without an address: an article's dated entries as well as a thread.
    updates = "<p>清川站 2011-08-16 10:21<br>水位回落到警戒线以下。</p><p>望平站 2011-08-16 12:05<br>水位继续回落。</p>"
    for paragraphs in _both_readings(ARTICLE + updates):
        assert paragraphs[:len(LINES)] == LINES
        assert {"水位回落到警戒线以下。", "水位继续回落。"} <= set(paragraphs)


def test_a_code_card_calling_to_follow_the_account_goes_with_its_tagline() -> None:
    # The code's picture, the call to follow the account and a tagline of what it offers: the site's card.
    _assert_insert_goes(
        "<div class='wx-card'><img src='https://static.example.cn/wx_qr.png' alt=''><div><b>关注清川日报微信公众号</b>"
        "<p>每天一条健康干货，权威专家为您答疑</p></div></div>"
    )


def test_a_pictures_caption_naming_an_account_as_its_source_stays() -> None:
    figure = "<div class='pic'><img src='https://img.example.cn/1.jpg' alt=''><p>图为湿地夜景。图片来源：清川日报公众号</p></div>"
    for paragraphs in _both_readings(between(figure)):
        assert "图为湿地夜景。图片来源：清川日报公众号" in paragraphs


def test_the_text_after_an_ad_box_between_a_posts_lines_stays() -> None:
    # An ad box set between a post's <br> lines: the line after the box is the post's, not the box's.
    post = ("<div class='post_content'>" + "<br>".join(LINES[:2])
            + "<br><div class='inner_ad'>【推荐】<a href='https://game.example.cn/'>暑期热门网游 新服开启 登录就送坐骑</a></div>"
            + "<br>".join(LINES[2:]) + "<br></div>")
    for paragraphs in _both_readings(post):
        assert paragraphs == LINES


def test_a_posts_signature_under_a_rule_of_dashes_goes() -> None:
    signature = "<div class='signature'>----------------------------<br>我骑着单车，路过你的城市</div>"
    for paragraphs in _both_readings(ARTICLE + signature):
        assert paragraphs == LINES


def test_a_service_card_with_a_link_and_a_call_to_follow_goes() -> None:
    # No picture: the service's name, its hotline with a link to file online, and a call to follow its account.
    _assert_insert_goes(
        "<div class='k9'><strong>清川法院诉讼服务</strong><br>诉讼服务热线：12368　网上立案："
        "<a href='http://www.example.gov.cn/wsla/'>www.example.gov.cn/wsla</a><br>关注“清川法院”微信公众号，随时查询案件进度</div>"
    )


def test_an_outlets_byline_with_where_its_reporter_filed_opens_no_paragraph() -> None:
    # The outlet, a slash, the reporter and where the report was filed (民視新聞／王五 新北報導): a byline without a role.
    for paragraphs in _both_readings("<p>清川新聞／郁青禾 新北報導</p>" + ARTICLE):
        assert paragraphs == LINES
    assert byline_names("清川新聞／郁青禾 新北報導") == "郁青禾"
    # Without the filing mark an outlet and a name are no byline: a headline may pair two words so.
    assert byline_names("清川新聞／郁青禾") is None


def test_a_paywalls_prompt_and_its_button_go() -> None:
    _assert_insert_goes("<div class='k5 hint'><p>订阅清川日报，阅读全部新闻与评论。</p><a href='/subscribe'>立即订阅</a></div>")
    assert is_prompt_line("登录后即可查看全文")
    # An article's sentence about subscribers names them as its subject.
    assert not is_prompt_line("订阅量一年增长了三成，读者可在线阅读全部往期。")


def _author(header: str, tail: str = "") -> str | None:
    page = ("<html><head><meta charset='utf-8'><title>清川湿地夜游记</title></head><body><h1>清川湿地夜游记</h1>"
            f"<div class='byline'>{header}<span class='pubtime'>2024-04-18 07:21</span></div>"
            f"<div class='text'>{ARTICLE}</div>{tail}</body></html>").encode()
    return scraper.extract(page, url="https://news.example.cn/a/1.html", rules=False).author


def test_the_author_an_element_names_by_its_class_is_read_where_nothing_else_says() -> None:
    assert _author("<span class='author'>郁青禾</span>") == "郁青禾"
    assert _author("<span class='k1 author'>记者 郁青禾</span>") == "郁青禾"
    # A class that only holds the word (author-list), or a text that is no name, gives none.
    assert _author("<span class='author-list'>郁青禾</span>") is None
    assert _author("<span class='author'>选稿：郁青禾</span>") is None
