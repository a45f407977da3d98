"""Page forms the fourteenth written round (landed in the twenty-first round) showed the generic reading
misreading, each a class. Every line here is fictional, written for the test."""

from __future__ import annotations

import scraper
from scraper.extract.notices import is_credit_line
from scraper.extract.terms import READ_TIME

from .test_unseen_forms27 import MORE_PROSE, PROSE

URL = "https://news.example.cn/a/1.html"
HEADLINE = "清川湿地周边新增三条夜游慢行线"


def _video_page(title: str, headline: str) -> bytes:
    """A page whose headline is a styled block, with a video box between it and the article titled 视频：…"""
    prose = "".join(f"<p>{line}</p>" for line in PROSE)
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<div class='k1'><strong class='k2'>{headline}</strong>"
        "<div class='k3'><span>2024-04-18 07:21:05</span><span>来源：清川日报</span></div>"
        f"<div class='video'><span class='vjs-title'>视频：{HEADLINE}</span><span>02:46</span></div>"
        f"<div class='k4'>{prose}</div></div></body></html>"
    ).encode()


def test_a_video_boxs_title_under_the_headline_the_title_names_with_colons_is_no_headline() -> None:
    # The <title> sets the site's and the channel's names off with colons, which no split takes off: the styled
    # line printing its headline part stands above the video box's title, so that line is the headline.
    html = _video_page(f"清川新闻网：国内新闻：{HEADLINE}", HEADLINE)
    assert scraper.extract(html, url=URL, rules=False).title == HEADLINE


def _notice_page(head: str, insert: str = "") -> bytes:
    """A government notice: the <title> only the site's name, the headline bold in a table cell."""
    prose = "".join(f"<p>{line}</p>" for line in PROSE[:1]) + insert + "".join(f"<p>{line}</p>" for line in PROSE[1:])
    return (
        f"<html><head><meta charset='utf-8'><title>清川市教育考试院</title>{head}</head><body>"
        "<table><tr><td><b>清川市教育考试院关于夜游慢行线开放时段的通知</b></td></tr>"
        "<tr><td>发布日期：2024-04-18</td></tr></table>"
        f"<div class='art_content'>{prose}<p>清川市教育考试院</p></div></body></html>"
    ).encode()


def test_the_government_site_standards_article_title_meta_gives_the_title() -> None:
    # China's government-site metadata (SiteName, ArticleTitle, PubDate, ContentSource): the notice's title is
    # in ArticleTitle while the <title> is the site's name.
    headline = "清川市教育考试院关于夜游慢行线开放时段的通知"
    html = _notice_page(f"<meta name='ArticleTitle' content='{headline}'>")
    record = scraper.extract(html, url=URL, rules=False)
    assert record.title == headline
    # The office signing the notice is no longer taken for the headline repeated: the signature stays.
    assert record.paragraphs[-1] == "清川市教育考试院"
    # A CMS that fills the meta from the headline's markup: the words are the title.
    html = _notice_page("<meta name='ArticleTitle' content='清川湿地新增夜游慢行线<div>——沿线灯光分段控制</div>'>")
    assert scraper.extract(html, url=URL, rules=False).title == "清川湿地新增夜游慢行线——沿线灯光分段控制"


def test_a_schedule_tables_rows_of_dates_stay_in_the_body() -> None:
    # A data table of periods with their start and end times, introduced by the article: its rows are read as
    # "label date date" lines, which no byline, comment or list item prints.
    rows = (("第一时段", "7月1日9:00", "7月3日17:00"), ("第二时段", "2024-07-04", "2024-07-05"))
    table = "<table><tr><td>时段</td><td>开始时间</td><td>截止时间</td></tr>" + "".join(
        "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows
    ) + "</table>"
    html = _notice_page("", f"<p>具体安排如下：</p>{table}")
    paragraphs = scraper.extract(html, url=URL, rules=False).paragraphs
    assert [" ".join(row) for row in rows] == paragraphs[3:5]


NETEASE_URL = "https://www.163.com/dy/article/J0AB12CD0512ABCD.html"


def _netease_page(body: str) -> bytes:
    """A 网易号 article (Era 3 post_main) holding `body` in its post_body."""
    return (
        "<html><head><meta charset='utf-8'><title>清川湿地夜游记_网易订阅</title></head><body><div class='post_main'>"
        "<h1 class='post_title'>清川湿地夜游记</h1><div class='post_info'>2024-04-18 07:21:05　来源: 清川日报</div>"
        f"<div class='post_content'><div class='post_body'>{body}</div></div></div></body></html>"
    ).encode()


def _both_readings(body: str) -> tuple[list[str], list[str]]:
    """The paragraphs of `body` read on a portal page without rules and on a NetEase page with its rule."""
    portal = (
        "<html><head><meta charset='utf-8'><title>清川湿地夜游记_清川网</title></head><body><h1>清川湿地夜游记</h1>"
        f"<div class='info'>2024-04-18 07:21　来源：清川日报</div><div class='text'>{body}</div></body></html>"
    ).encode()
    return (scraper.extract(portal, url=URL, rules=False).paragraphs,
            scraper.extract(_netease_page(body), url=NETEASE_URL).paragraphs)


# Long enough a text to be read as a Chinese page's.
LINES = PROSE[:2] + MORE_PROSE + PROSE[2:]
ARTICLE = "".join(f"<p>{line}</p>" for line in LINES)


def test_a_reading_time_estimate_is_no_paragraph() -> None:
    for line in ("阅读本文大约需要 6 分钟", "全文约3200字，预计阅读时间8分钟", "阅读时长约 4 分钟"):
        for paragraphs in _both_readings(f"<div class='readtime'>{line}</div>{ARTICLE}"):
            assert paragraphs == LINES, line
    # The words of an article that reads for so many minutes a day are no estimate.
    assert not READ_TIME.match("坚持每天阅读30分钟")


def test_a_reward_box_under_the_article_goes() -> None:
    box = ("<div class='reward'><a href='javascript:;'>赞赏</a><p>喜欢这个故事，请作者喝杯咖啡</p>"
           "<p>已有37人赞赏</p></div>")
    for paragraphs in _both_readings(ARTICLE + box):
        assert paragraphs == LINES


def test_a_staff_credit_closing_a_rules_body_goes() -> None:
    # The generic reading leaves a closing 编辑 | 某某 out; a rule's body does too.
    for credit in ("编辑 | 苏迟", "作者 | 葛沉　编辑 | 苏迟"):
        for paragraphs in _both_readings(f"{ARTICLE}<p>{credit}</p>"):
            assert paragraphs == LINES, credit
    # A reporter's byline closing the article is its own, and stays.
    assert _both_readings(f"{ARTICLE}<p>（记者 葛沉）</p>")[1][-1] == "（记者 葛沉）"


def test_an_author_box_gives_the_name_not_the_bio_under_it() -> None:
    # The author's name and a one-line bio in blocks of their own inside an info box: the name is the author.
    box = ("<div class='author_info'><p class='author_name'>作者：程鹿</p>"
           "<p class='author_bio'>前外卖骑手，现在一家物流公司做调度</p></div>")
    html = _notice_page("").replace(b"<div class='art_content'>", f"{box}<div class='art_content'>".encode())
    assert scraper.extract(html, url=URL, rules=False).author == "程鹿"


def test_a_translators_credit_and_the_articles_picture_credit_are_no_paragraphs() -> None:
    for line in ("（编译：唐牧）", "本文图片来源：CFP", "题图来自：视觉中国", "文中图片均来自网络"):
        for paragraphs in _both_readings(f"{ARTICLE}<p>{line}</p>"):
            assert paragraphs == LINES, line
    # A bare credit under one picture may be its only caption: its words alone do not make it a credit line.
    assert not is_credit_line("图片来源：视觉中国")


def test_a_heading_with_a_row_of_short_links_to_other_pages_goes() -> None:
    row = ("<p>相关车型：<a href='https://auto.example.cn/series/1.html'>飞驰</a> | "
           "<a href='https://auto.example.cn/series/2.html'>凌云</a> | <a href='https://auto.example.cn/series/3.html'>骏雅</a></p>")
    for paragraphs in _both_readings(ARTICLE + row):
        assert paragraphs == LINES
    # A sentence of the article linking two names keeps its words: they are no heading.
    own = ("<p>同行的还有<a href='https://auto.example.cn/series/1.html'>飞驰</a>和"
           "<a href='https://auto.example.cn/series/2.html'>凌云</a>两款车型。</p>")
    assert "同行的还有飞驰和凌云两款车型。" in _both_readings(ARTICLE + own)[0]
