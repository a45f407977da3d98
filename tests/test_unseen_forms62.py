"""Page forms the fifty-third round's build data showed misread, each a class: the forty-seventh written round's pages
(landed, built on whole) and the forty-eighth's half A. Every line here is fictional, written for the test."""

from __future__ import annotations

import pytest

import scraper

from .test_unseen_forms29 import LINES, _both_readings
from .test_unseen_forms56 import _goes_from_between

# The opening post runs past the reach of the date under a headline.
POST = [*LINES, "入夏以后每天早晚各浇一次水，阳台朝南，光照足，果子挂得比去年多了一倍还多，邻居们都来讨种子。",
        "有朋友问用的什么土，其实就是小区绿化带边上挖的园土掺了些草木灰和发酵过的淘米水，没有什么特别的秘方。"]


def _forum_thread(opening_time: str, notice: str = "", card: str = "", post: tuple[str, ...] = tuple(POST)) -> str:
    """A forum thread: the board's notice bar over it, the poster's card beside the opening post, the opening post's
    head printing its time as `opening_time`, then replies whose heads label their times 发表于. The opening post's
    blocks carry ids of their own (t5_tpc) where the replies' carry numbers."""
    reply = (
        "<div class='t5' id='t5_{n}'><table class='floot'><tr class='tr1'><th class='r_two'>回帖人{n}</th>"
        "<th class='r_one'><div class='tiptop'><span class='fl'>{n}楼</span> <span class='fl gray'>发表于: "
        "2011-06-02 2{n}:05</span></div><div class='tpc_content'>谢谢分享，收藏了。</div></th></tr></table></div>"
    )
    return (
        "<html><head><meta charset='utf-8'><title>自家阳台种的小番茄熟了|园艺天地 - 某某社区</title></head><body>"
        f"<div class='wrap'>{notice}<div class='t3'><a href='index.php'>某某社区</a> » <a href='thread-htm-fid-9.html'>"
        "园艺天地</a></div><div class='t5' id='t5_tpc'><table class='floot'><tr class='tr1'>"
        f"<th class='r_two'><div class='readName b'><a href='u.php?uid=1'>阳台园丁</a></div>{card}</th>"
        "<th class='r_one' id='td_tpc'><div class='tiptop'><span class='fl'>楼主</span> "
        f"<span class='fl gray'>{opening_time}</span></div>"
        "<h1 id='subject_tpc'>自家阳台种的小番茄熟了</h1>"
        f"<div class='tpc_content'>{'<br />'.join(post)}</div></th></tr></table></div>"
        f"{''.join(reply.format(n=n) for n in (1, 2))}</div></body></html>"
    )


@pytest.mark.parametrize("opening_time", ["2011年6月2日 20:41:00", "2011-06-02 20:41"])
def test_a_forum_threads_opening_post_time_unlabelled_is_not_outrun_by_a_replys_labelled_one(opening_time: str) -> None:
    # The replies' heads stand where the opening post's does, in blocks of the same class names whose ids number
    # them: each is the same slot again, whatever label its time carries.
    record = scraper.extract(_forum_thread(opening_time), "http://bbs.example.com/read-htm-tid-0000000.html", rules=False)
    assert record.published_at is not None and record.published_at.startswith("2011-06-02T20:41")


def test_a_short_opening_posts_first_reply_is_no_date_under_the_headline() -> None:
    # A short post: the first reply's head is the first date after the headline, in the slot the opening post's head
    # printed over the headline, so it is the same slot again, no row of the headline's.
    page = _forum_thread("2011年6月2日 20:41:00", post=tuple(LINES[:2]))
    record = scraper.extract(page, "http://bbs.example.com/read-htm-tid-0000000.html", rules=False)
    assert record.published_at is not None and record.published_at.startswith("2011-06-02T20:41")


@pytest.mark.parametrize("line", ["最后登录: 2011-06-05", "上次访问：2011-06-04", "最后登录时间：2011年6月5日"])
def test_the_posters_last_login_on_the_card_beside_the_post_is_no_publish_time(line: str) -> None:
    card = f"<div class='user-info'><span>注册时间: 2009-03-08</span><br /><span>{line}</span></div>"
    page = _forum_thread("2011年6月2日 20:41:00", card=card)
    record = scraper.extract(page, "http://bbs.example.com/read-htm-tid-0000000.html", rules=False)
    assert record.published_at is not None and record.published_at.startswith("2011-06-02T20:41")


@pytest.mark.parametrize(
    "notice",
    [
        "<div id='notice'><b>[公告]</b> <a href='notice.php#0001'>关于清理违规广告帖的通知</a> (2011-05-30)</div>",
        "<div class='notice'>【通知】<a href='/thread-0000001-1-1.html'>本版五月优秀帖评选结果揭晓</a> 2011-05-28</div>",
    ],
)
def test_a_notice_bars_dated_link_over_the_thread_is_no_publish_time(notice: str) -> None:
    page = _forum_thread("2011年6月2日 20:41:00", notice=notice)
    record = scraper.extract(page, "http://bbs.example.com/read-htm-tid-0000000.html", rules=False)
    assert record.published_at is not None and record.published_at.startswith("2011-06-02T20:41")


def test_a_byline_row_linking_its_source_still_dates_the_article() -> None:
    # A row that prints a label beside its one link is a byline's, not a notice's: its date stays the page's.
    page = (
        "<html><head><meta charset='utf-8'><title>小番茄丰收_某某网</title></head><body><h1>小番茄丰收</h1>"
        "<div>2011-06-02 20:41 来源：<a href='http://www.example.com/paper/20110602/0001.html'>某某都市报农业周刊</a></div>"
        f"<div class='text'>{''.join(f'<p>{line}</p>' for line in LINES)}</div></body></html>"
    )
    record = scraper.extract(page, "http://www.example.com/news/0000.html", rules=False)
    assert record.published_at is not None and record.published_at.startswith("2011-06-02T20:41")


def test_a_title_joining_the_headline_and_the_start_of_its_subtitle_gives_the_printed_headline() -> None:
    # An old city paper's page: the headline in a cell named in pinyin, the subtitle in the next, and a <title> that
    # runs the headline and the subtitle's first half together with a space, then the site's name.
    page = (
        "<html><head><meta charset='gb2312'><title>社区食堂开进老小区 街道助餐点试运行--某某城市网</title></head><body>"
        "<table><tr><td class='biaoti'><strong>社区食堂开进老小区</strong></td></tr>"
        "<tr><td class='fubiao'>街道助餐点试运行 首周接待老人八百多人次</td></tr>"
        "<tr><td class='xinxi'>2006-03-14 10:25:36　来源：某某晚报</td></tr></table>"
        f"<table><tr><td>{''.join(f'<p>{line}</p>' for line in LINES)}</td></tr></table></body></html>"
    )
    assert scraper.extract(page, "http://www.example.cn/news/2006-03/14/content_0000000.htm", rules=False).title == (
        "社区食堂开进老小区"
    )


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # The report's word glued to the name set off after 記者, in Traditional characters (報導) or simplified.
        ("某某環境新聞網記者 裴青禾報導", "裴青禾"),
        ("本报记者 裴青禾报道", "裴青禾"),
        ("记者 裴青禾报导", "裴青禾"),
    ],
)
def test_a_byline_line_with_the_reports_word_glued_to_the_name_names_the_author(line: str, author: str) -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>綠鬣蜥沿河岸擴散_某某網</title></head><body><h1>綠鬣蜥沿河岸擴散</h1>"
        f"<div class='submitted'>2016年10月06日</div><div class='text'><p>{line}</p>"
        f"{''.join(f'<p>{text}</p>' for text in LINES)}</div></body></html>"
    )
    record = scraper.extract(page, "https://www.example.org.tw/node/000000", rules=False)
    assert (record.author, record.paragraphs) == (author, LINES)


def test_a_byline_line_with_a_name_and_a_place_run_together_is_not_read_as_a_longer_name() -> None:
    # Four characters before 报道 may be a name and a place (王五北京): the line is left as it is.
    assert _both_readings(f"<p>本报记者 裴青禾北京报道</p>{''.join(f'<p>{line}</p>' for line in LINES)}")[0][0] == (
        "本报记者 裴青禾北京报道"
    )


@pytest.mark.parametrize(
    "box",
    [
        # A donation plea under its heading, its button closing the plea's line.
        "<div class='donate-inline' style='border:1px solid #7ab55c'><p><strong>支持某某环境新闻网　成为我们的定期定额"
        "捐款人</strong></p><p>独立的环境报道需要你的支持。<a href='https://www.example.org/donate'>我要捐款 »</a></p></div>",
        # A person card: the writer's 名片 or 简介 over one line of who she is.
        "<div class='renwu' style='border:1px solid #d9c8a9'><p><strong>【作家名片】</strong></p>"
        "<p>某某，女，上世纪八十年代生于江南小镇，出版小说集三部，现居杭州。</p></div>",
        "<div class='card'><p><b>人物简介</b></p><p>某某，1962年生，退休教师，二十年来坚持义务辅导留守儿童。</p></div>",
    ],
)
def test_a_plea_box_with_its_button_closing_a_line_and_a_person_card_go_from_between_the_paragraphs(box: str) -> None:
    _goes_from_between(box)


def test_a_papers_bracketed_link_card_drawn_as_a_one_cell_table_goes_from_between_the_paragraphs() -> None:
    # An old paper's page draws its 【新闻链接】 insert as a bordered one-cell table, the label in bold at the start of
    # the cell and two sentences of background after it.
    _goes_from_between(
        "<table width='92%' cellpadding='6' cellspacing='1' bgcolor='#C9C9C9'><tr><td bgcolor='#FFF8EE'>"
        "<b>【新闻链接】</b>路名牌是地名标志的一种，由地名管理部门统一设置。路名牌一般设在道路的起点、终点和交叉路口，"
        "蓝底白字。</td></tr></table>"
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # A public body's name before an unspaced hyphen, the printed headline after it.
        ("某某市气象局-山西完成八十个自动气象站和十口观测井升级改造", "山西完成八十个自动气象站和十口观测井升级改造"),
        ("某某日报-山西完成八十个自动气象站和十口观测井升级改造", "山西完成八十个自动气象站和十口观测井升级改造"),
        # A kicker or a main title before the printed line names no site: the <title> is the whole headline.
        ("气象服务再升级-山西完成八十个自动气象站和十口观测井升级改造", "气象服务再升级-山西完成八十个自动气象站和十口观测井升级改造"),
    ],
)
def test_a_site_or_bodys_name_before_an_unspaced_hyphen_is_no_part_of_the_headline(title: str, expected: str) -> None:
    # The headline printed in a div with no class name that says so and no style: only the <title> and the line.
    page = (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><div>首页 &gt; 工作动态</div>"
        "<div>山西完成八十个自动气象站和十口观测井升级改造</div><div>发布时间：2024-05-09</div>"
        f"<div>{''.join(f'<p>{line}</p>' for line in LINES)}</div></body></html>"
    )
    assert scraper.extract(page, "http://www.example.gov.cn/gzdt/202405/t20240509_000000.html", rules=False).title == (
        expected
    )


def _paper_edition_page(own: str) -> str:
    """A paper's digital edition: the page's headlines listed in a box beside the article, each a link (the article's
    own to its address `own`), the <title> the paper's name alone, the headline a plain centred cell."""
    listed = "".join(
        f"<a href='{href}'>{text}</a><br>"
        for href, text in (("content_0000001.htm", "中学生科技创新大赛在京闭幕"), (own, "毕业生离校前的最后一课：学会看劳动合同"))
    )
    return (
        "<html><head><meta charset='utf-8'><title>某某青年报</title></head><body><table><tr><td>"
        f"<table><tr><td><strong>本版标题导航</strong></td></tr><tr><td>{listed}</td></tr></table></td><td><table>"
        "<tr><td align='center'>毕业生离校前的最后一课：学会看劳动合同</td></tr>"
        "<tr><td align='center'>本报记者 裴青禾</td></tr>"
        f"<tr><td>{''.join(f'<p>{line}</p>' for line in LINES)}</td></tr></table></td></tr></table></body></html>"
    )


def test_a_paper_editions_line_its_own_link_names_is_the_headline() -> None:
    url = "http://paper.example.com/content/2010-06/18/content_0000002.htm"
    record = scraper.extract(_paper_edition_page("content_0000002.htm"), url, rules=False)
    assert record.title == "毕业生离校前的最后一课：学会看劳动合同"
