"""Page forms the forty-ninth round's build data showed misread, each a class: the forty-third written round's
pages (landed, built on whole) and the forty-fourth's half A. Every line here is fictional, written for the test."""

from __future__ import annotations

import lxml.html
import pytest

import scraper
from scraper.extract.dates import parse_date
from scraper.extract.dom import dom_date
from scraper.extract.labels import label_value
from scraper.extract.notices import is_credit_line

from .test_unseen_forms29 import ARTICLE, LINES, _both_readings
from .test_unseen_forms56 import _goes_from_between

_SCHOOL_URL = "http://news.example.edu.cn/Article/ShowArticle.asp?ArticleID=00000"


def _school_page(info: str) -> str:
    """A school's news page: a top bar printing the day it was served, the headline, then the info row."""
    return (
        "<html><head><meta charset='utf-8'><title>我校举办校园植物识别大赛 - 综合新闻</title></head><body>"
        "<table><tr><td class='top_date'>2008年10月23日 星期四　第8教学周</td></tr></table>"
        "<table><tr><td class='ArticleTitle'><strong>我校举办校园植物识别大赛</strong></td></tr>"
        f"<tr><td class='Article_tdbgall'>{info}</td></tr><tr><td id='fontzoom'>{ARTICLE}</td></tr></table>"
        "</body></html>"
    )


def test_a_top_bars_served_day_gives_way_to_the_info_rows_day() -> None:
    # The bar's class names a date, but a date beside its weekday with no time of day is the day the page was
    # served; the row under the headline prints the article's only time (labelled as its update, as 动易 does).
    page = _school_page("作者：某某　文章来源：生命科学学院　更新时间：2008-10-22")
    assert scraper.extract(page, _SCHOOL_URL, rules=False).published_at == "2008-10-22"


def test_a_publish_row_printing_its_weekday_keeps_its_label_against_a_top_bars_day() -> None:
    # A row that says it holds the publish time is no served day, weekday or not: of the dates near the headline,
    # the labelled row's is read before the top bar's.
    root = lxml.html.document_fromstring(_school_page("作者：某某　<span class='time'>发布时间：2008年10月22日 星期三</span>"))
    assert dom_date(root) == "2008-10-22"


def test_a_top_bars_served_day_stands_where_the_page_prints_no_other() -> None:
    page = _school_page("作者：某某　文章来源：生命科学学院")
    assert scraper.extract(page, _SCHOOL_URL, rules=False).published_at == "2008-10-23"


@pytest.mark.parametrize(
    ("stamp", "beijing"),
    [
        # New York's summer time is four hours behind UTC, its winter time five: Beijing is 12 or 13 hours ahead.
        ("发信站: BBS 某某空间站 (Mon Sep 14 22:41:07 2009, 美东)", "2009-09-15T10:41:07+08:00"),
        ("发信站: BBS 某某空间站 (Sat Jan 16 22:41:07 2010, 美东)", "2010-01-17T11:41:07+08:00"),
        ("发信站: BBS 某某空间站 (Sat Jan 16 22:41:07 2010, 美西)", "2010-01-17T14:41:07+08:00"),
        # A board at home stamps its posts in Beijing time and names no zone.
        ("发信站: 某某社区 (Sat Jul 17 21:05:32 2010), 站内", "2010-07-17T21:05:32+08:00"),
    ],
)
def test_a_board_abroad_stamps_its_post_in_its_own_zone(stamp: str, beijing: str) -> None:
    assert parse_date(stamp) == beijing


def test_a_board_abroads_post_gives_its_time_in_beijing_time() -> None:
    post = (
        "发信人: gardener (种菜的), 信区: NewYork<br />标  题: 社区菜园种菜记<br />"
        "发信站: BBS 某某空间站 (Mon Sep 14 22:41:07 2009, 美东)<br /><br />"
        + "<br />".join(LINES)
    )
    page = (
        "<html><head><meta charset='utf-8'><title>社区菜园种菜记 - 某某空间</title></head><body>"
        f"<table><tr><td class='wenzhang'>{post}</td></tr></table></body></html>"
    )
    assert scraper.extract(page, "http://bbs.example.com/article_t/NewYork/00000000.html", rules=False).published_at == (
        "2009-09-15T10:41:07+08:00"
    )


@pytest.mark.parametrize(
    "card",
    [
        # A notice the template floats beside the text: its bracketed label, a sentence, the office that issued it.
        "<div class='tip' style='float:right;width:210px;border:1px solid #e3c9a5'><p><b>【安全提示】</b></p>"
        "<p>汛期河道水流湍急，请勿下河游泳、垂钓。</p><p>某某市防汛办 3月14日发布</p></div>",
        "<div style='FLOAT: left; WIDTH: 190px'><div>【出行提醒】</div><div>周末景区实行单向通行，请提前规划路线。</div></div>",
        # A note of a few sentences under its label, with its link to more.
        "<div class='know' style='float:right;width:200px'><p>【你知道吗】</p><p>萤火虫为什么会发光？它腹部末端有发光器，"
        "几乎不产生热量。不同种类闪光的节奏不一样。</p><p><a href='/life/'>查看更多昆虫知识&gt;&gt;</a></p></div>",
    ],
)
def test_a_floated_notice_under_its_bracketed_label_goes(card: str) -> None:
    _goes_from_between(card)


@pytest.mark.parametrize(
    "box",
    [
        # A visit's verdict per category in stars, the heading naming the rating, the shop's hours under it.
        "<div class='score'><p>某某·探店打分</p><p>口味 ★★★★☆　环境 ★★★☆☆　服务 ★★★★☆</p>"
        "<p>人均约25元　营业时间 06:00-13:00</p></div>",
        "<div class='rate'><p><b>编辑打分</b></p><p>画质 ★★★★★　续航 ★★★☆☆</p></div>",
    ],
)
def test_a_verdict_box_of_star_ratings_goes(box: str) -> None:
    _goes_from_between(box)


@pytest.mark.parametrize(
    "line",
    ["（本文图片均为作者拍摄）", "本文图片均由受访者提供", "（文中圖片均為作者拍攝）", "（文中图片均由某某网 王小明 拍摄）"],
)
def test_who_took_or_gave_all_the_articles_pictures_is_a_standing_credit(line: str) -> None:
    for paragraphs in _both_readings(f"{ARTICLE}<p>{line}</p>"):
        assert paragraphs == LINES, line
    assert is_credit_line(line)


def test_a_captions_credit_for_its_own_picture_stays_a_caption() -> None:
    # Under one picture, who took it is that picture's caption.
    assert not is_credit_line("图片由受访者提供")


def test_a_series_note_calling_for_tips_with_its_address_goes() -> None:
    note = "<p class='note'>（【老手艺】系列报道每周二刊发，欢迎提供线索：laoshouyi_tg@example.com）</p>"
    for paragraphs in _both_readings(ARTICLE + note):
        assert paragraphs == LINES


@pytest.mark.parametrize("line", ["本期作者：某某某　设计：某某", "本期作者 | 某某　数据 | 某某某"])
def test_a_columns_credits_for_its_issue_are_credits(line: str) -> None:
    assert is_credit_line(line)
    for paragraphs in _both_readings(f"{ARTICLE}<p>{line}</p>"):
        assert paragraphs == LINES, line


@pytest.mark.parametrize(
    "line",
    [
        # A reporter's crew with two reporters under one role, a translator's and an editor's credit, a paper's
        # reporter and a stringer credited with a space alone after the first credit.
        "记者：王小明　李向远　摄像：张晓澜",
        "译者/程小瑶 责任编辑/邓小予",
        "采写：某某报记者 林小彤 通讯员 何小明",
    ],
)
def test_a_closing_line_of_the_crews_credits_is_no_paragraph(line: str) -> None:
    assert is_credit_line(line)
    for paragraphs in _both_readings(f"{ARTICLE}<p>{line}</p>"):
        assert paragraphs == LINES, line


@pytest.mark.parametrize("line", ["记者：王五　2023年5月12日", "统筹：各部门协同推进"])
def test_a_role_before_other_words_is_no_credit(line: str) -> None:
    # A date after the name, or a list entry's words after the colon, are no names.
    assert not is_credit_line(line)


@pytest.mark.parametrize(
    ("line", "where"),
    [
        # The outlet's standing promo, its reward for tips closing it.
        ("（下载某某新闻，报料有奖！）", "after"),
        # A platform's note of its writing campaign closing the post.
        ("本文参与了 某某社区 写作挑战赛，欢迎正在阅读的你也加入。", "after"),
        # The doctor who checked a health article, above its text.
        ("本文已经 王小明 主任医师 审核", "before"),
    ],
)
def test_a_standing_note_of_the_outlet_or_platform_is_no_paragraph(line: str, where: str) -> None:
    body = f"{ARTICLE}<p>{line}</p>" if where == "after" else f"<p>{line}</p>{ARTICLE}"
    for paragraphs in _both_readings(body):
        assert paragraphs == LINES, line


def test_an_article_about_a_reward_for_tips_keeps_its_sentences() -> None:
    # The reward is the article's subject, reported in a sentence that goes on past it.
    line = "市交通局推出“随手拍违停、爆料有奖”活动，市民上传照片经核实后可获得话费奖励。"
    for paragraphs in _both_readings(f"{ARTICLE}<p>{line}</p>"):
        assert paragraphs == [*LINES, line]


def test_a_reference_card_asking_what_its_term_is_goes() -> None:
    card = (
        "<div class='term'><h4>知识卡片</h4><p>什么是“金镶玉”？</p>"
        "<p>一种古籍修复装帧方法：在书页中衬入比原页稍大的白纸，四周露出白边，故名。</p></div>"
    )
    _goes_from_between(card)


def test_an_expert_card_under_its_heading_goes_without_a_portrait() -> None:
    card = (
        "<div class='expert' style='border:1px dashed #0b6e4f'><p>专家简介</p><p>王小明，主任医师，老年医学中心。"
        "擅长老年综合评估及多重用药管理。</p><p>门诊时间：周一上午、周四下午</p></div>"
    )
    _goes_from_between(card)


def test_an_expert_card_under_a_heading_that_introduces_the_doctor_goes() -> None:
    card = (
        "<div class='expert'><p>医生介绍</p><p>王小明，主任医师，老年医学中心。擅长老年综合评估。</p>"
        "<p>出诊时间：周二全天</p></div>"
    )
    _goes_from_between(card)


def test_an_app_card_with_its_script_button_goes() -> None:
    # The card offers what the app holds, the prompt to open it, and a button the page's script binds.
    card = (
        "<div class='app-card'><div class='info'><p class='t'>古城早市美食地图</p>"
        "<p class='d'>收录36家老街小吃摊，打开某某新闻查看</p></div><a class='btn' href='javascript:;'>打开</a></div>"
    )
    _goes_from_between(card)


def test_an_empty_author_label_before_the_size_control_gives_no_author() -> None:
    # The label's value is missing: what follows is the text-size control's bracket, no name.
    assert label_value("2011-04-13 08:45:19　来源：某某报　作者：　【字号：大 中 小】　打印", "author") is None


def test_a_byline_line_under_the_editors_note_is_no_paragraph() -> None:
    # The editors' note opens the text and stays; the reporters' line under it is the byline, above the first line.
    note = "【编者按】农村垃圾处理是改善农村环境的难点。本报今起推出系列报道，敬请关注。"
    body = f"<p>{note}</p><p>本报记者张晓澜　通讯员李向远</p>{ARTICLE}"
    for paragraphs in _both_readings(body):
        assert paragraphs == [note, *LINES]
