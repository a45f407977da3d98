"""Page forms the fourteenth written round (landed in the twenty-first round) showed the generic reading
misreading, each a class. Every line here is fictional, written for the test."""

from __future__ import annotations

import scraper

from .test_unseen_forms27 import PROSE

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
