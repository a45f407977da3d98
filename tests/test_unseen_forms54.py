"""Page forms the forty-fifth round's build data showed misread, each a class: the thirty-ninth written round's
pages (landed, built on whole) and the fortieth's half A. Every line here is fictional, written for the test."""

from __future__ import annotations

import pytest

import scraper

from .test_unseen_forms29 import LINES, _both_readings
from .test_unseen_forms51 import _between
from .test_unseen_forms52 import _after


def _clip_page(key: str, row: str) -> str:
    """A video news page: its player's script stamps the clip under `key` at 19:02:44, the row under the
    headline prints `row`."""
    body = "".join(f"<p>{line}</p>" for line in LINES)
    return (
        "<html><head><title>老街改造完成 居民回迁 - 城市新闻 - 某某广播电视台</title>"
        f"<script>var videoInfo = {{\"vid\": \"0000000\", \"{key}\": \"2016-04-12 19:02:44\", \"duration\": 156}};</script>"
        "</head><body><div class='nav'><a href='/'>首页</a> <a href='/news/'>新闻</a></div>"
        f"<h1>老街改造完成 居民回迁</h1><div class='info'>{row}　来源：新闻频道</div>"
        f"<div class='text'>{body}</div></body></html>"
    )


@pytest.mark.parametrize("key", ["createTime", "ctime", "created_at"])
def test_a_time_the_row_prints_later_that_day_comes_before_the_records_creation_stamp(key: str) -> None:
    # The store stamps the record when it is made; the page prints when the report ran.
    page = _clip_page(key, "2016-04-12 20:15:36")
    assert scraper.extract(page, rules=False).published_at == "2016-04-12T20:15:36+08:00"


@pytest.mark.parametrize("key", ["publishTime", "pubtime"])
def test_a_publishing_key_still_comes_before_the_row(key: str) -> None:
    # A key that names publishing is the page's own statement (a match's start may sit in the row).
    page = _clip_page(key, "2016-04-12 20:15:36")
    assert scraper.extract(page, rules=False).published_at == "2016-04-12T19:02:44+08:00"


def test_a_creation_stamp_gives_the_time_to_a_row_that_prints_the_day_alone() -> None:
    page = _clip_page("createTime", "2016-04-12")
    assert scraper.extract(page, rules=False).published_at == "2016-04-12T19:02:44+08:00"


def _post(day_row: str, *feet: str) -> str:
    """A blog post of some length: the day heads it, its foot rows under the text print `feet` (too far below the
    headline to be read as its date row); readers' comments the next day follow, each headed by its own labelled
    time."""
    body = "<br>\n".join(LINES + LINES)
    rows = "".join(f"<div class='post_foot'>{foot}</div>" for foot in feet)
    comments = "".join(
        f"<div class='cmt'><div class='cmt_head'>{n}楼 路过的人 发表于 2006-11-04 {hour}:12:33</div>"
        "<div class='cmt_body'>写得真好，下次一起去。</div></div>"
        for n, hour in ((1, "09"), (2, "13"))
    )
    return (
        "<html><head><title>周末去旧书市场淘书 - 某某的博客</title></head><body>"
        "<div id='header'><h1><a href='/'>某某的博客</a></h1></div>"
        f"<div class='post'><div class='post_date'>{day_row}</div><h2 class='post_title'>周末去旧书市场淘书</h2>"
        f"<div class='post_content'>{body}</div>{rows}</div>"
        f"<div class='comments'><h3>网友评论</h3>{comments}</div></body></html>"
    )


@pytest.mark.parametrize(
    "foot",
    [
        "2006年11月03日 22:17| 阅读(<span id='n'>86</span>) | 评论(3) | 引用(0)",
        "2006-11-03 22:17:45 &nbsp;浏览(86)&nbsp;评论(3)",
    ],
)
def test_a_day_heading_a_post_gains_the_clock_its_foot_row_prints(foot: str) -> None:
    published = scraper.extract(_post("2006-11-03 | 星期五", foot), rules=False).published_at
    assert published is not None and published.startswith("2006-11-03T22:17")


def test_foot_rows_printing_two_clocks_that_day_lend_none() -> None:
    # Several posts of a day on one page: the rows are a list's, not this post's.
    page = _post("2006-11-03 | 星期五", "2006年11月03日 22:17| 阅读(86)", "2006年11月03日 09:40| 阅读(12)")
    assert scraper.extract(page, rules=False).published_at == "2006-11-03"


def test_a_foot_row_of_another_day_lends_no_clock() -> None:
    page = _post("2006-11-03 | 星期五", "2006年11月02日 22:17| 阅读(86) | 评论(3)")
    assert scraper.extract(page, rules=False).published_at == "2006-11-03"


@pytest.mark.parametrize(
    "note",
    [
        "【更正】此前版本中“东湖区”误写为“西湖区”，现已更正。（更正时间：2019-09-17 10:20）",
        "更正：本文第三段中的“三千”应为“三万”，特此更正。",
        "【勘误】图片说明中的地点有误，已修改。",
    ],
)
def test_an_editors_correction_note_under_the_text_goes(note: str) -> None:
    for paragraphs in _both_readings(_after(note)):
        assert paragraphs == LINES


def test_a_sentence_reporting_a_correction_stays() -> None:
    line = "更正后的名单于当天下午重新公布，工作人员逐一电话通知了受影响的住户。"
    for paragraphs in _both_readings(_after(line)):
        assert paragraphs == [*LINES, line]


@pytest.mark.parametrize("button", ["我要求助", "立即求助"])
def test_a_help_desk_box_between_paragraphs_goes(button: str) -> None:
    box = ("<div class='help-card'><p class='t'>有困难找清川帮</p><p>遇到消费纠纷、民生难题？点击进入清川帮，记者帮你跑腿。</p>"
           f"<a href='https://www.example.com/help/'>{button}</a></div>")
    for paragraphs in _both_readings(_between(box)):
        assert paragraphs == LINES


def test_a_call_for_pieces_that_pays_for_them_goes() -> None:
    box = ("<div class='zhengao'><p class='t'>清川网湿地频道征稿</p>"
           "<p>您身边有什么湿地故事？欢迎投稿给清川网湿地频道，一经采用即付稿酬。</p></div>")
    for paragraphs in _both_readings(_between(box)):
        assert paragraphs == LINES


def test_a_sentence_about_a_contests_call_for_pieces_stays() -> None:
    line = "主办方介绍，本次征文活动面向全市中小学生，优秀作品将结集出版，截稿日期为六月底。"
    for paragraphs in _both_readings(_between(f"<p>{line}</p>")):
        assert line in paragraphs


def _thread(container: str) -> str:
    """A forum thread whose posts stand in `container`: each post a table, the poster's card (with the day the poster
    joined) beside the post's head (楼主 or its floor, 发表于 and the time)."""
    posts = "".join(
        f"<table class='post'><tr><td class='p_user'><a href='/u_{n}.html' class='uname'>骑车的人{n}</a><br/>"
        f"等级：三级<br/>帖子：1207<br/>注册：2008-05-20</td><td class='p_main'><div class='p_head'>"
        f"<span class='floor'>{floor}</span>　发表于：2012-11-03 {hour}</div><div class='p_content'>{text}</div></td></tr></table>"
        for n, floor, hour, text in (
            (1, "楼主", "22:47", "<br/>".join(LINES)),
            (2, "2楼", "23:05", "楼主好毅力，我从闵行骑到徐家汇就不行了。"),
            (3, "3楼", "23:18", "出汗那个问题真的头疼，我们公司没地方换衣服。"),
        )
    )
    return (
        "<html><head><meta charset='utf-8'><title>实测：骑车上班一个月的真实感受 - 清川论坛</title></head><body>"
        "<div class='crumb'><a href='/'>清川论坛</a> &raquo; 骑行</div><div class='thread_head'><h1>实测：骑车上班一个月的真实感受"
        f"</h1></div><div class='{container}'>{posts}</div></body></html>"
    )


@pytest.mark.parametrize("container", ["post_list", "post-list", "postlist"])
def test_a_threads_date_is_its_first_posts_not_the_day_its_poster_joined(container: str) -> None:
    published = scraper.extract(_thread(container), rules=False).published_at
    assert published == "2012-11-03T22:47+08:00"


@pytest.mark.parametrize("label", ["【导读】", "导读：", "【摘要】"])
def test_a_summary_under_its_label_in_one_line_above_the_text_goes(label: str) -> None:
    box = f"<div class='hb_daodu'>{label}湿地夜游首批开放三条线路，游客需提前一天预约，每晚限流二百人。</div>"
    body = "<p>（原标题：湿地夜游开放了）</p>" + box + "".join(f"<p>{line}</p>" for line in LINES)
    for paragraphs in _both_readings(body):
        assert paragraphs == LINES


def test_a_paragraph_that_cites_a_summary_stays() -> None:
    line = "摘要显示，湿地夜游首批开放三条线路，游客需提前一天预约，每晚限流二百人。"
    body = f"<p>{line}</p>" + "".join(f"<p>{text}</p>" for text in LINES)
    for paragraphs in _both_readings(body):
        assert paragraphs == [line, *LINES]


def test_a_card_of_another_article_between_paragraphs_goes() -> None:
    box = ("<div class='youji' style='border:1px solid #e3e3e3'><span class='tag'>网友游记</span><h3>"
           "<a href='https://bbs.example.com/youji/999973.html'>湿地一夜，在观鸟屋里守到了天亮</a></h3>"
           "<p class='info'>作者：走走停停的猫　2012-04-06　阅读 3,211</p>"
           "<p class='summary'>凌晨四点，第一群白鹭从芦苇荡里飞起来……</p></div>")
    for paragraphs in _both_readings(_between(box)):
        assert paragraphs == LINES


def test_a_box_whose_sentence_links_a_dated_notice_stays() -> None:
    line = "据了解，2012-04-06发布的湿地夜游限流通知全文规定，夜游线路每晚限流二百人。"
    linked = line.replace("湿地夜游限流通知全文", "<a href='https://www.example.com/notice/1.html'>湿地夜游限流通知全文</a>")
    for paragraphs in _both_readings(_between(f"<div class='note'><p>{linked}</p></div>")):
        assert line in paragraphs

