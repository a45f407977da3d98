"""Titles and publish dates of pages without a site rule: the headline the page prints, and its own date."""

from __future__ import annotations

import random
import re

import pytest

import scraper
from scraper.extract import read_fields
from scraper.extract.article_top import first_paragraph
from scraper.extract.clean import clean_lines
from scraper.extract.layout import node_text
from scraper.extract.lead_titles import lead_title
from scraper.extract.meta import published_meta
from scraper.extract.script_dates import script_date
from scraper.extract.titles import cut_start, printed_title, reprinted_headline, split_title
from scraper.extract.tree import Element, parse

LINES = [
    "一九九八年春天，我在县城的中学教书，每天往返于家和学校之间，日子过得平静。",
    "那一年学校新修了图书馆，同事们常常在傍晚聚在那里读报，谈论各地的新闻。",
    "后来我调到省城工作，才知道外面的世界比我想象的要大得多，也复杂得多。",
]


def _tree(html: str) -> Element:
    return parse(html)


def _table_page(headline_cell: str) -> str:
    """An old table-layout page: a site greeting for <title>, every line of the article in one <font size=3>."""
    body = "".join(f"<p>{line}" for line in LINES)
    return (
        "<html><head><title>欢迎访问本站</title></head><body><table>"
        "<tr><td><a href='/'>首页</a> <a href='/a'>栏目一</a> <a href='/b'>栏目二</a></td></tr>"
        f"<tr><td align='center'>{headline_cell}</td></tr>"
        "<tr><td><font size='3' color='#008000'>作者： 某某  来源：  发布日期： 3/9/2004 8:05:11 PM</font></td></tr>"
        f"<tr><td><font size='3'><p>回忆那些年<p>某某{body}</font></td></tr>"
        "</table></body></html>"
    )


def test_the_articles_own_font_is_no_emphasis() -> None:
    # The article repeats a shortened headline as its first line, in the font of every paragraph: the bold
    # line above the byline is the headline, author prefix and all.
    page = _table_page("<b><br><font size='3' color='blue'>某某：回忆那些年</b></font>")
    assert lead_title(_tree(page), "欢迎访问本站") == "某某：回忆那些年"


def test_a_labelled_month_first_date_is_the_publish_time() -> None:
    page = _table_page("<b><font size='3'>某某：回忆那些年</font></b>").replace("<p>某某", "<p>某某<p>【本报2004年03月07日讯】")
    article = scraper.extract(page, rules=False)
    assert article.published_at == "2004-03-09T20:05:11+08:00"


def test_a_big_line_above_the_article_is_its_headline() -> None:
    page = _table_page("<p align='center'><big><font color='#0000FF'>飞行的常识</font></big></p>")
    assert scraper.extract(page, rules=False).title == "飞行的常识"


BLOG = (
    "<html><body><div id='header'><a id='Header1_HeaderTitle' href='http://blog.example.cn/someone/'>某人的博客</a>"
    "<br>我在想些什么，我在做些什么（纯属个人观点）</div>"
    "<div id='menu'><ul><li><a href='/someone/archive/2005/08.aspx'>2005年08月(15)</a></li></ul></div>"
    "<div id='main'><div class='post'><div class='postTitle'>"
    "<a href='http://blog.example.cn/someone/archive/2005/09/07/543698.aspx'>做最好的还是最酷的东西？</a></div>"
    "<div class='postText'>"
    + "".join(f"<p>{line}</p>" for line in LINES)
    + "</div><div class='postFoot'>发表于2005年09月07日 11:57 AM</div></div></div></body></html>"
)


def test_a_blog_headline_is_the_link_to_the_post_itself() -> None:
    assert lead_title(_tree(BLOG)) == "做最好的还是最酷的东西？"
    article = scraper.extract(BLOG, rules=False)
    assert article.title == "做最好的还是最酷的东西？"
    assert article.published_at == "2005-09-07T11:57+08:00"


def test_a_lone_sentence_in_the_header_is_not_where_the_article_starts() -> None:
    first = first_paragraph(_tree(BLOG))
    assert first is not None and node_text(first) == LINES[0]


def test_a_link_in_a_bold_line_is_no_headline() -> None:
    # Bold links above an article are navigation; only a heading's or a title block's single link is a headline.
    page = BLOG.replace("<div class='postTitle'>", "<div><b>").replace("</a></div><div class='postText'>", "</a></b></div><div class='postText'>")
    assert lead_title(_tree(page)) is None


ARTICLE = "".join(f"<p>{line}</p>" for line in LINES)


def _portal(title: str, top: str, headline: str) -> str:
    return (
        f"<html><head><title>{title}</title></head><body><div class='top'>{top}</div>"
        "<div class='nav'><a href='/news/'>新闻</a> <a href='/finance/'>财经</a></div>"
        f"<div class='main'>{headline}<div class='info'>2024-05-09 22:27 某某日报</div>{ARTICLE}</div></body></html>"
    )


def _under_styled_headline(between: str) -> str:
    """A page whose headline is a styled <div>, `between` it and the article, and a site greeting for <title>."""
    body = "".join(f"<p>{line}</p>" for line in LINES)
    return (
        "<html><head><title>欢迎访问本站</title></head><body><div class='article-title'>"
        "<div style='font-size:24px;font-weight:bold'>县城中学的新图书馆今天开放</div>"
        f"{between}<div class='info'>2024-05-09 22:27</div></div><div class='text'>{body}</div></body></html>"
    )


@pytest.mark.parametrize(
    "between",
    [
        "<p><strong>（原标题：新图书馆开放了）</strong></p>",
        "<p><strong>【县城教育观察】</strong></p>",
        "<span>阅读 1.2万</span>",
        "<span>阅读量：--</span>",
        "<p><strong>一、清晨的阅览室</strong></p>",
        "<span><span>·</span>3小时前</span>",
        "<div><span class='au-title'>收听本期语音版</span><a href='javascript:;'>播放</a><span>时长 04:12</span></div>",
        "<div><b>试听完整版节目内容</b></div>",
    ],
)
def test_a_note_a_counter_a_section_or_an_age_above_the_article_is_no_headline(between: str) -> None:
    # Emphasised or under a block named title, each of these lines sits between the headline and the article
    # (the last an audio box's label, a call to listen).
    assert lead_title(_tree(_under_styled_headline(between)), "欢迎访问本站") == "县城中学的新图书馆今天开放"


def test_a_headline_that_reports_a_listening_figure_is_a_headline() -> None:
    # 收听 asks the reader to listen; 收听率 is a figure the headline reports.
    page = _under_styled_headline("").replace("县城中学的新图书馆今天开放", "县城广播电台的收听率创下新高")
    assert lead_title(_tree(page), "欢迎访问本站") == "县城广播电台的收听率创下新高"


def _account_page(between: str) -> str:
    """A page whose <title> is its headline, printed in a styled <div>, with a row of tags, author and account
    under it, then `between`, then the article."""
    return (
        "<html><head><title>凌晨两点，夜班公交还在跑</title></head><body>"
        "<div style='font-size:22px;font-weight:bold'>凌晨两点，夜班公交还在跑</div>"
        "<div><span>原创</span> <span>某某</span> <a href='#'>城市观察</a> <em>2024-05-09 22:27</em></div>"
        f"{between}<div class='text'>{ARTICLE}</div></body></html>"
    )


@pytest.mark.parametrize(
    "between",
    [
        # The account's card under the article's own row: its name emphasised, its labels.
        "<div><strong>城市观察笔记</strong><label>微信号</label><span>chengshi</span></div>",
        # A clip's title in its player's box, under the row.
        "<div><video src='/clip.mp4'></video><div class='t'><b>医生教你正确使用空调</b></div></div>",
    ],
)
def test_a_line_under_the_headline_the_title_names_is_no_headline(between: str) -> None:
    page = _account_page(between)
    assert lead_title(_tree(page), "凌晨两点，夜班公交还在跑") is None
    assert read_fields(page, rules=False).title == "凌晨两点，夜班公交还在跑"


def test_a_clips_title_in_its_players_box_is_no_headline() -> None:
    # No <title> names the headline (a site greeting): the clip's title in the player's box is still no headline.
    between = "<div><video src='/clip.mp4'></video><b>医生教你正确使用空调</b><span>02:13</span></div>"
    assert lead_title(_tree(_under_styled_headline(between)), "欢迎访问本站") == "县城中学的新图书馆今天开放"


def test_a_link_to_a_sites_home_on_a_host_with_a_number_is_no_headline() -> None:
    # The app's link sits in the headline's block; its host holds a number, its path names no article.
    between = "<div><a href='https://m.21example.com/'>某某财经APP</a></div>"
    assert lead_title(_tree(_under_styled_headline(between)), "欢迎访问本站") == "县城中学的新图书馆今天开放"


def test_the_sites_logo_in_an_h1_is_not_the_headline() -> None:
    # The logo's name is inside the <title> but is not one of its parts: only the logo's shape tells.
    page = _portal(
        "县城中学的新图书馆_青山新闻网新闻中心",
        "<h1><a href='https://www.example.cn/'>青山新闻网</a></h1>",
        "<div class='hd'><strong>县城中学的新图书馆</strong></div>",
    )
    assert scraper.extract(page, rules=False).title == "县城中学的新图书馆"


def test_an_h1_holding_the_channel_named_in_the_title_is_not_the_headline() -> None:
    page = _portal("县城中学的新图书馆_新闻中心_某某网", "<h1>新闻中心</h1>", "<h2>县城中学的新图书馆</h2>")
    assert scraper.extract(page, rules=False).title == "县城中学的新图书馆"


def test_a_heading_holding_the_site_named_first_in_the_title_is_not_the_headline() -> None:
    # The site's name leads the <title>: it is one of the site's parts all the same, not the headline part.
    page = _portal(
        "青山新闻网 | 要闻 | 县城中学的新图书馆今天开放",
        "<h1 style='font-size:28px'>青山新闻网</h1>",
        "<div style='font-size:24px;font-weight:bold'>县城中学的新图书馆今天开放</div>",
    )
    assert scraper.extract(page, rules=False).title == "县城中学的新图书馆今天开放"


def test_the_headline_part_of_a_site_first_title_is_the_part_the_page_prints() -> None:
    # Three parts of like length: only the page's own lines tell which one is the headline.
    page = _portal("某某省某某市新闻网站 | 图书馆开放 | 新闻中心频道", "", "<div class='hd'>图书馆开放</div>")
    assert scraper.extract(page, rules=False).title == "图书馆开放"


def test_a_headline_in_a_plain_cell_under_a_title_with_unspaced_dashes() -> None:
    # No heading: the headline is a table cell's text, and holds a space; the <title> sets the channel and the
    # site off with dashes no separator splits at (a headline prints such dashes too). The printed line is read.
    page = (
        "<html><head><title>社区法官工作室开到菜市场旁 小纠纷不出街道就化解—财经—城市晨报</title></head><body><table>"
        "<tr><td class='f22'>社区法官工作室开到菜市场旁 小纠纷不出街道就化解</td></tr>"
        f"<tr><td>2015-06-12 07:45 来源：某某日报</td></tr><tr><td>{ARTICLE}</td></tr></table></body></html>"
    )
    assert read_fields(page, rules=False).title == "社区法官工作室开到菜市场旁 小纠纷不出街道就化解"
    # A channel's name the page prints is no headline, though the <title> holds it with names around it.
    channel = page.replace("社区法官工作室开到菜市场旁 小纠纷不出街道就化解</td>", "财经频道</td>").replace(
        "—财经—城市晨报", "—财经频道—城市晨报")
    assert read_fields(channel, rules=False).title != "财经频道"
    # A headline whose main title the page prints on a line of its own as well stays whole: one name around a
    # line is a subtitle or a speaker's colon, not a channel and a site.
    whole = "国家统计局：前三季度经济运行稳中向好"
    both = (
        f"<html><head><title>{whole}</title></head><body><table><tr><td class='f22'>{whole}</td></tr>"
        f"<tr><td>前三季度经济运行稳中向好</td></tr><tr><td>{ARTICLE}</td></tr></table></body></html>"
    )
    assert read_fields(both, rules=False).title == whole
    assert printed_title(_tree(both), [whole]) is None
    # A <title> the page prints whole is the headline as it stands, though a line inside it is printed too.
    framed = "两会特稿—代表委员热议民生实事—现场直击"
    page = f"<html><body><h2>{framed}</h2><p>代表委员热议民生实事</p>{ARTICLE}</body></html>"
    assert printed_title(_tree(page), [framed]) is None
    # Printed only in its parts, with one name before the line, it is not cut either.
    assert printed_title(_tree(both.replace(f"<td class='f22'>{whole}</td>", "<td>国家统计局</td>")), [whole]) is None


def test_title_separators_of_chinese_portals() -> None:
    assert split_title("县城中学的新图书馆-新闻频道-某某网") == "县城中学的新图书馆"
    assert split_title("县城中学的新图书馆丨某某网") == "县城中学的新图书馆"
    assert split_title("某某网_县城中学的新图书馆今天开放") == "县城中学的新图书馆今天开放"
    # A hyphen inside a name with a number is no separator.
    assert split_title("新冠COVID-19疫苗接种进展-某某网") == "新冠COVID-19疫苗接种进展"


def test_a_bare_date_under_the_printed_headline_is_the_publish_time() -> None:
    # No <h1> but the logo's, the headline in an unnamed <h2>: the date row is read under the headline the
    # title names, not under the logo; the list of other articles after the body has later dates.
    page = (
        "<html><head><title>县城中学的新图书馆_新闻中心_某某网</title></head><body>"
        "<h1><a href='/'><img src='/logo.png' alt='某某网'></a></h1><div>2024年05月10日 星期五</div>"
        "<div class='main'><h2>县城中学的新图书馆</h2><div><span>2024-05-09 22:27</span> <span>某某日报</span></div>"
        f"{ARTICLE}</div><div class='box'><p><a href='/b.html'>另一篇文章的标题在这里</a> 2024-05-10 08:00</p></div>"
        "</body></html>"
    )
    article = scraper.extract(page, rules=False)
    assert article.title == "县城中学的新图书馆"
    assert article.published_at == "2024-05-09T22:27+08:00"


def test_script_dates_in_unix_milliseconds_and_under_other_keys() -> None:
    assert script_date(_tree("<script>var d = {publishedAt: 1715264820000};</script>")) == "2024-05-09T22:27:00+08:00"
    assert script_date(_tree('<script>window.DATA = {"news_time": "2024-05-09 22:27"}</script>')) == (
        "2024-05-09T22:27+08:00"
    )
    assert script_date(_tree("<script>var ct = 0; var x = {publishTime: 12}</script>")) is None


def test_a_list_of_other_articles_in_script_data_gives_no_date() -> None:
    items = '[{"title": "甲", "time": "2024-05-08 10:00"}, {"title": "乙", "time": "2024-05-07 09:00"}]'
    assert script_date(_tree(f"<script>var list = {items};</script>")) is None
    # One time under the generic key, with its time of day, is the page's own.
    assert script_date(_tree('<script>var article = {"time": "2024-05-09 22:27:02"};</script>')) == (
        "2024-05-09T22:27:02+08:00"
    )


def test_meta_names_in_a_sites_own_spelling_and_an_itemprop_element() -> None:
    page = "<html><head><meta name='Publish-Date' content='2024-05-09 22:27'></head><body></body></html>"
    assert published_meta(_tree(page)) == "2024-05-09 22:27"
    page = "<html><body><p>文 / 某某 <span itemprop='datePublished'>2024年5月9日</span></p></body></html>"
    assert published_meta(_tree(page)) == "2024年5月9日"


def test_meta_names_gne_reads_are_publish_times_too() -> None:
    for name in ("article:publish_time", "_pubtime", "dcterms.date"):
        page = _tree(f"<html><head><meta name='{name}' content='2024-05-09 22:27:02'></head><body></body></html>")
        assert published_meta(page) == "2024-05-09 22:27:02", name


HEADLINE = "发改委介绍一季度经济运行情况和下一步工作安排"
ARTICLE = "".join(f"<p>{line}</p>" for line in LINES)


def test_a_tag_printed_inside_the_h1_is_no_part_of_the_headline() -> None:
    page = (
        f"<html><head><title>{HEADLINE}_某某网</title></head><body>"
        f"<h1>{HEADLINE}<span class='tag'>原创</span></h1><div class='info'>2024-05-09 22:27</div>{ARTICLE}</body></html>"
    )
    assert scraper.extract(page, rules=False).title == HEADLINE


def test_a_deck_under_the_main_title_in_the_same_h1_is_no_part_of_the_headline() -> None:
    # <h1>主标题<br><br>副标题</h1> under a <title> naming the main title alone: the deck is the heading's second line.
    page = (
        f"<html><head><title>某某新闻网-要闻--{HEADLINE}-20240509</title></head><body>"
        f"<h1>{HEADLINE}<br><br>消费回暖 投资稳中有进</h1><div class='info'>2024-05-09 22:27</div>{ARTICLE}</body></html>"
    )
    assert scraper.extract(page, rules=False).title == HEADLINE


def test_a_site_name_in_the_source_line_does_not_pass_for_the_headline() -> None:
    # The <title> names only the site and channel; the site's name printed in 来源：… under the headline is
    # no headline printed there, so the emphasised line above the article is the headline.
    page = (
        "<html><head><title>某某网-新闻中心</title></head><body><h1><a href='/'>某某网</a></h1>"
        f"<h2>{HEADLINE}</h2><div class='info'>2024-05-09 22:27 来源：某某网</div>{ARTICLE}</body></html>"
    )
    assert scraper.extract(page, rules=False).title == HEADLINE


def test_a_page_that_prints_no_date_takes_the_one_its_address_is_filed_under() -> None:
    page = f"<html><head><title>{HEADLINE}_某某网</title></head><body><h1>{HEADLINE}</h1>{ARTICLE}</body></html>"
    url = "http://www.example.cn/politics/2024-05/09/c_1130142345.htm"
    assert scraper.extract(page, url, rules=False).published_at == "2024-05-09"
    assert scraper.extract(page, rules=False).published_at is None


def test_a_block_named_title_in_pinyin_is_a_heading_too() -> None:
    # <td class="biaoti">: the headline cell of old government templates, named in pinyin; the <title> is the
    # site's name alone.
    page = (
        "<html><head><title>某某县人民政府</title></head><body><table>"
        f"<tr><td class='biaoti'>{HEADLINE}</td></tr><tr><td>发布日期：2024-02-15</td></tr>"
        f"<tr><td class='zw'>{ARTICLE}</td></tr></table></body></html>"
    )
    assert scraper.extract(page, rules=False).title == HEADLINE


def test_a_date_only_value_gains_the_time_printed_without_its_year() -> None:
    # 发布时间：10-17 21:48 under the headline; the year only in a meta tag htmldate reads.
    page = (
        f"<html><head><title>{HEADLINE}</title><meta itemprop='dateUpdate' content='2021-10-17 21:48:05'></head>"
        f"<body><div class='article-title'><h2>{HEADLINE}</h2></div><div class='info'><span>某某晨报</span>"
        f"<span class='date'>发布时间：10-17</span><span class='time'>21:48</span></div>{ARTICLE}</body></html>"
    )
    assert scraper.extract(page, rules=False).published_at == "2021-10-17T21:48+08:00"


def test_forum_floor_marks_and_post_tools_are_no_body() -> None:
    lines = [*LINES, "2#", "发表于 2024-2-15 21:02 | 只看该作者", "我们那边也是，路修好了，但是人越来越少了，过年才热闹几天。",
             "3#", "发表于 2024-2-15 21:03 | 只看该作者", "楼主说得对，留守老人的问题确实需要重视，希望政府多想办法。",
             "4#", "发表于 2024-2-15 21:04 | 只看该作者", "高铁真的改变了很多地方，我老家以前坐车要一天，现在三个小时就到了。"]
    assert clean_lines(lines, frozenset()) == LINES


def test_a_script_store_listing_other_articles_gives_the_time_beside_the_pages_title() -> None:
    # One key, several articles (the page's own and related ones): the value next to the page's title wins.
    store = (
        '{"article": {"title": "' + HEADLINE + '", "display_time": 1716363360, "content": "..."},'
        ' "related": [{"title": "另一篇", "display_time": 1716276960}, {"title": "第三篇", "display_time": 1716190560}]}'
    )
    page = f"<html><head><title>{HEADLINE}</title><script>window.__STORE__ = {store};</script></head><body><h1>{HEADLINE}</h1>{ARTICLE}</body></html>"
    assert scraper.extract(page, rules=False).published_at == "2024-05-22T15:36:00+08:00"
    assert script_date(parse(page)) is None  # without the title, a list is not read


def _dated_page(rows: str, key: str = "time") -> str:
    """A page whose headline has no date under it but a list of other articles, marked up as plain rows; its
    script data holds the publish time under `key` (the bare `time` ranks below every printed date)."""
    body = "".join(f"<p>{line}</p>" for line in LINES)
    return (
        "<html><head><title>老街改造完成 居民回迁</title></head><body>"
        f"<div>{rows}</div><h1>老街改造完成 居民回迁</h1><div>{body}</div>"
        f"<script>var info = {{\"{key}\": \"2024-05-09 22:27:02\"}};</script></body></html>"
    )


def test_a_date_in_rows_of_links_to_other_articles_is_not_the_publish_date() -> None:
    rows = "".join(
        f"<p><a href='/news/2024050{day}/{day}.html'>其他地方的一条新闻标题{day}</a> 2024-05-0{day} 08:00</p>"
        for day in (6, 7, 8)
    )
    page = _dated_page(rows).replace("<h1>", "<div><h1>").replace("</h1>", "</h1>" + rows + "</div>")
    assert scraper.extract(page, rules=False).published_at == "2024-05-09T22:27:02+08:00"


def test_a_byline_row_linking_its_source_is_still_the_date_row() -> None:
    row = "<div>2024-05-09 22:27　来源：<a href='http://www.example.cn/'>青山日报社新闻中心</a></div>"
    page = _dated_page("").replace("</h1>", "</h1>" + row + row.replace("2024-05-09 22:27", "2024-05-08 10:00"))
    assert scraper.extract(page, rules=False).published_at == "2024-05-09T22:27+08:00"


def test_a_date_alone_in_a_time_element_gains_the_time_script_data_gives() -> None:
    # Printed above the headline, so it is no date under the headline (which takes a time of the same day too).
    page = _dated_page("<span class='time'>2024年05月09日</span>")
    assert scraper.extract(page, rules=False).published_at == "2024-05-09T22:27:02+08:00"


def test_a_date_inside_a_sentence_of_the_article_is_not_the_publish_date() -> None:
    sentence = "<p>次日清晨，有关部门即表示，原定于2024年5月2日截止的申报时间将顺延一周，请各单位留意。</p>"
    page = _dated_page("").replace("</h1>", "</h1>" + sentence)
    assert scraper.extract(page, rules=False).published_at == "2024-05-09T22:27:02+08:00"


def test_the_sites_stated_name_run_on_after_the_headline_is_no_part_of_it() -> None:
    # No separator to split at: only the name the page states for itself (og:site_name, SiteName) tells.
    page = _portal("县城中学的新图书馆 今天开放 青山市人民政府门户网站", "", "<div class='hd'>县城中学的新图书馆 今天开放</div>")
    named = page.replace("</title>", "</title><meta name='SiteName' content='青山市人民政府门户网站'>")
    assert scraper.extract(named, rules=False).title == "县城中学的新图书馆 今天开放"
    # Run on without a space, the name may be the headline's own last words.
    glued = named.replace("开放 青山", "开放青山")
    assert scraper.extract(glued, rules=False).title == "县城中学的新图书馆 今天开放青山市人民政府门户网站"


def test_a_site_name_before_an_unspaced_hyphen_is_no_part_of_the_headline() -> None:
    page = _portal("青山晚报数字报-县城中学的新图书馆 今天开放", "", "<div class='hd'>县城中学的新图书馆 今天开放</div>")
    assert scraper.extract(page, rules=False).title == "县城中学的新图书馆 今天开放"
    # A hyphened pair at the start of a headline is named like no site.
    pair = _portal("中国-东盟青年交流周 今天开幕", "", "<div class='hd'>中国-东盟青年交流周 今天开幕</div>")
    assert scraper.extract(pair, rules=False).title == "中国-东盟青年交流周 今天开幕"


def test_a_publish_time_named_in_script_data_comes_before_an_unlabelled_printed_date() -> None:
    # A match's start printed under the headline is no publish time; the script's publishTime says which is.
    board = "<div class='board'>半决赛 第2场 <span>2024-05-09 19:35</span> 已结束</div>"
    page = _dated_page("", key="publishTime").replace("</h1>", "</h1>" + board)
    assert scraper.extract(page, rules=False).published_at == "2024-05-09T22:27:02+08:00"
    # A bare `time` names no publishing: the printed date stays first.
    assert scraper.extract(page.replace("publishTime", "time"), rules=False).published_at == "2024-05-09T19:35+08:00"


def test_a_byline_row_named_like_a_list_is_still_the_date_row() -> None:
    # A CSS framework's "horizontal list" holds 来源, 编辑 and the date; the related list below holds other dates.
    body = "".join(f"<p>{line}</p>" for line in LINES)
    related = "".join(
        f"<div class='item'><a href='/news/28{day}'>其他地方的一条新闻标题{day}</a><span class='date'>2024/03/0{day}</span></div>"
        for day in (5, 6)
    )
    page = (
        "<html><head><title>老街改造完成 居民回迁</title></head><body><h1>老街改造完成 居民回迁</h1>"
        "<div class='meta'><div class='ui horizontal list'><div class='item'>来源: <a href='/'>某某网</a></div>"
        "<div class='item'>编辑: <a href='/u/1234567'>值班编辑部张三丰</a></div><div class='item'>2024-04-10 10:12:35</div>"
        "<div class='item'>2.8K</div></div></div>"
        f"<div class='content'>{body}</div><div class='related-news'>{related}</div></body></html>"
    )
    assert scraper.extract(page, rules=False).published_at == "2024-04-10T10:12:35+08:00"


def test_a_time_in_the_hidden_fields_holding_the_title_is_the_publish_time() -> None:
    # The date row is empty until a script fills it from hidden fields; their names (k1, k2 …) say nothing,
    # the field holding the page's headline says which store is the article's.
    headline = "县城中学的新图书馆今天开放"
    store = (
        f"<div style='display:none'><textarea class='k1'>4GqXh3N</textarea><textarea class='k2'>{headline}</textarea>"
        "<textarea class='k3'>1709619720000</textarea><textarea class='k4'>某某网</textarea></div>"
    )
    related = "<ul><li><a href='/a/2.html'>另一篇文章的标题在这里</a><span>2024-03-04 18:06</span></li></ul>"
    page = (
        f"<html><head><title>{headline}_某某网</title></head><body><h3>{headline}</h3><p class='k5'></p>"
        f"{ARTICLE}{related}{store}</body></html>"
    )
    assert scraper.extract(page, rules=False).published_at == "2024-03-05T14:22:00+08:00"
    # A store holding another headline is another article's: its time is not this page's.
    other = page.replace(f"<textarea class='k2'>{headline}</textarea>", "<textarea class='k2'>另一篇文章的标题在这里</textarea>")
    assert scraper.extract(other, rules=False).published_at != "2024-03-05T14:22:00+08:00"


def test_a_column_named_like_a_list_that_holds_the_article_is_no_list() -> None:
    # The article's column is named main-list; the date row under its headline (a styled block, no <h1>)
    # gives the time the meta tag leaves out.
    body = "".join(f"<p>{line}</p>" for line in LINES * 5)
    page = (
        "<html><head><title>老街改造完成 居民回迁</title><meta name='publishdate' content='2024-05-09'></head>"
        "<body><div class='main-list'><div class='main-content'>"
        "<div style='font-size:24px;font-weight:bold'>老街改造完成 居民回迁</div>"
        "<div class='bullet'><span class='timer'>2024-05-09 22:27</span><span>来源：青山日报</span></div>"
        f"<div class='content'>{body}</div></div></div></body></html>"
    )
    assert scraper.extract(page, rules=False).published_at == "2024-05-09T22:27+08:00"


def _styled_headline_page(page_title: str, logo: str) -> str:
    """A page printing its headline in a styled <div> above the article, a logo <h1> at the top, and `page_title`."""
    body = "".join(f"<p>{line}</p>" for line in LINES)
    return (
        f"<html><head><title>{page_title}</title></head><body>{logo}"
        "<div class='nav'><a href='/'>首页</a> <a href='/news/'>新闻</a></div>"
        "<div style='font-size:24px;font-weight:bold'>省城新建图书馆今日向市民开放</div>"
        "<div>2021-04-06 09:30 来源：城市晨报</div>"
        f"<div>{body}</div></body></html>"
    )


@pytest.mark.parametrize(
    "page_title",
    [
        "省城新建图书馆今日向市民开放—要闻—城市晨报",
        "城市晨报：要闻：省城新建图书馆今日向市民开放",
        "城市晨报·省城新建图书馆今日向市民开放",
    ],
)
def test_a_title_that_adds_only_names_around_the_printed_headline_gives_the_printed_line(page_title: str) -> None:
    # Unspaced dashes, colons and dots set the names off here; no split takes them, but the page prints the
    # headline above its article and the <title> adds nothing else.
    html = _styled_headline_page(page_title, "<h1><a href='/'><img src='/logo.png' alt='城市晨报'></a></h1>")
    assert read_fields(html, "https://news.example.cn/a/2021/0406/1.html", rules=False).title == (
        "省城新建图书馆今日向市民开放"
    )


def test_a_logo_h1_of_a_name_the_title_prints_around_the_headline_is_no_headline() -> None:
    html = _styled_headline_page("省城新建图书馆今日向市民开放—要闻—新闻中心", "<h1 style='font-size:28px'>新闻中心</h1>")
    assert read_fields(html, "https://news.example.cn/a/2021/0406/1.html", rules=False).title == (
        "省城新建图书馆今日向市民开放"
    )


def test_a_title_that_runs_on_past_the_line_without_a_mark_stays_the_headline() -> None:
    # The styled line is only the start of the <title>'s headline, with no mark after it: the <title> is the
    # headline's source, as before.
    html = _styled_headline_page("省城新建图书馆今日向市民开放 藏书逾百万册_城市晨报", "").replace(
        ">省城新建图书馆今日向市民开放<", ">省城新建图书馆今日<"
    )
    assert read_fields(html, "https://news.example.cn/a/2021/0406/1.html", rules=False).title == (
        "省城新建图书馆今日向市民开放 藏书逾百万册"
    )


def test_an_h1_over_its_subtitle_stays_the_headline() -> None:
    # The <title> prints the main title and the subtitle (主标题——副标题); the page prints the subtitle in bold
    # right above the article: the <h1> is the headline, not a name around the subtitle.
    body = "".join(f"<p>{line}</p>" for line in LINES)
    html = (
        "<html><head><title>省城新建图书馆开放——藏书逾百万册设座八百_城市晨报</title></head><body>"
        "<h1>省城新建图书馆开放</h1><p><b>藏书逾百万册设座八百</b></p>"
        f"<div>{body}</div></body></html>"
    )
    assert read_fields(html, "https://news.example.cn/a/2021/0406/1.html", rules=False).title == "省城新建图书馆开放"


def test_names_around_a_line() -> None:
    from scraper.extract.titles import names_around

    assert names_around("标题文字-财经-某某网", "标题文字") == ["财经", "某某网"]
    assert names_around("某某晨报:财经:标题文字", "标题文字") == ["某某晨报", "财经"]
    assert names_around("标题文字", "标题文字") is None  # nothing around it
    assert names_around("标题文字续写", "标题文字") is None  # no mark: the line is part of a longer headline
    assert names_around("标题文字:这是一段超过十六个字符的很长的副标题内容", "标题文字") is None  # more than a name


def test_a_subtitle_under_a_styled_headline_is_no_headline() -> None:
    # The headline in a styled block with no heading tag, the subtitle under it in an <h3>: the emphasised line
    # nearest the article is the subtitle, and the <title> names the headline printed right above it.
    body = "".join(f"<p>{line}</p>" for line in LINES)
    html = (
        "<html><head><title>省城新建图书馆今日向市民开放 - 城市晨报</title></head><body>"
        "<div style='font-size:24px;font-weight:bold'>省城新建图书馆今日向市民开放</div>"
        "<h3>藏书逾百万册 设自习座位八百个</h3><div>2021-04-06 09:30</div>"
        f"<div>{body}</div></body></html>"
    )
    assert read_fields(html, "https://news.example.cn/a/2021/0406/1.html", rules=False).title == (
        "省城新建图书馆今日向市民开放"
    )


def _state_page(state_titles: str, printed: str) -> str:
    """An item page rendered from an app's state: the <title> is the site's name, the headline a plain block."""
    body = "".join(f"<p>{line}</p>" for line in LINES)
    return (
        "<html><head><title>某某视频</title><script>window.__STATE__={\"item\":{\"title\":\"" + state_titles
        + "\",\"ctime\":1685071500},\"hot\":[{\"title\":\"城南老街改造完成 居民回迁\"},{\"title\":\"本周天气以晴为主\"}]};"
        "</script></head><body><div class='top'><a href='/'>首页</a></div><div class='box'><video src=''></video></div>"
        f"<div class='hd'><div class='t'>{printed}</div><div class='m'><span>2小时前</span></div></div>"
        f"<div class='bd'>{body}</div><ul class='hot'><li>城南老街改造完成 居民回迁</li><li>本周天气以晴为主</li></ul>"
        "</body></html>"
    )


def test_the_title_a_state_script_holds_and_prints_above_the_article_is_the_headline() -> None:
    page = _state_page("回忆那些年：一位乡村教师的三十年", "回忆那些年：一位乡村教师的三十年")
    fields = read_fields(page, "https://example.cn/item/1")
    # The state's own time beside its title is the publish time (the printed one is relative).
    assert fields.title == "回忆那些年：一位乡村教师的三十年" and fields.published_at == "2023-05-26T11:25:00+08:00"


def test_a_state_title_printed_only_in_a_list_is_no_headline() -> None:
    page = _state_page("城南老街改造完成 居民回迁", "某某视频")
    assert read_fields(page, "https://example.cn/item/1").title == "某某视频"


def test_a_hidden_copy_of_the_title_is_no_headline() -> None:
    # The headline is a styled block named title (no heading tag); a share widget keeps a hidden copy of the whole
    # <title>, site name and all, in another block named title. A reader sees only the first.
    body = "".join(f"<p>{line}</p>" for line in LINES)
    html = (
        "<html><head><title>省城新建图书馆今日向市民开放-城市晨报网</title></head><body>"
        "<div class='head'><div class='head-title'>省城新建图书馆今日向市民开放</div>"
        "<div class='head-info'><span>2021-04-06 09:30:12</span> <span>来源：城市晨报网</span></div></div>"
        f"<div class='main'>{body}</div>"
        "<div style='display: none'><div class='wx-title'>省城新建图书馆今日向市民开放-城市晨报网</div>"
        "<img src='share.png'></div></body></html>"
    )
    assert read_fields(html, "https://news.example.cn/a/2021/0406/1.html", rules=False).title == (
        "省城新建图书馆今日向市民开放"
    )


def test_a_headline_holding_its_toolbar_icons_is_no_logo() -> None:
    # The <h1> holds the headline and a row of icons (print, text size) inside it: it is the headline, not the
    # site's logo, so the time printed under it is found, and it wins over a meta tag that stamps the same
    # clock reading as UTC.
    body = "".join(f"<p>{line}</p>" for line in LINES)
    html = (
        "<html><head><title>省城新建图书馆今日向市民开放 - 文化 - 城市晨报网</title>"
        "<meta name='pubdate' content='2021-04-06T09:30:12Z'></head><body><div class='art'>"
        "<h1>省城新建图书馆今日向市民开放<div class='tools'><a class='size'></a>"
        "<a href='/print/1'><img src='print.svg'></a></div></h1>"
        "<div class='text'><div class='pic'><img src='a.jpg'><p>新馆外景。（资料图）</p></div>"
        f"<span class='t'>2021-04-06 09:30</span>{body}</div></div></body></html>"
    )
    fields = read_fields(html, "https://news.example.cn/a/2021/0406/1.html", rules=False)
    assert (fields.title, fields.published_at) == ("省城新建图书馆今日向市民开放", "2021-04-06T09:30+08:00")


def test_a_meta_time_on_another_day_gives_way_to_the_printed_time_the_script_data_states() -> None:
    # The meta tag holds when the page was pushed out again, the next night; the row under the headline and the
    # page's own script data both state the minute it was published.
    body = "".join(f"<p>{line}</p>" for line in LINES)
    html = (
        "<html><head><title>省城新建图书馆今日向市民开放_城市晨报网</title>"
        "<meta name='apub:time' content='2021-4-7 03:12:40'>"
        "<script>window.DATA = {\"id\": \"a1\", \"title\": \"省城新建图书馆今日向市民开放\", "
        "\"pubtime\": \"2021-04-06 09:30:12\"};</script></head><body>"
        "<h1>省城新建图书馆今日向市民开放</h1><div class='info'><span>2021-04-06 09:30</span></div>"
        f"<div class='text'>{body}</div></body></html>"
    )
    fields = read_fields(html, "https://news.example.cn/a/2021/0406/1.html", rules=False)
    assert fields.published_at == "2021-04-06T09:30+08:00"


def test_the_older_wechat_template_prints_its_headline_in_an_h2() -> None:
    # Before 2019 the platform printed the headline in h2#activity-name; a column's mark before a bar (专栏 |) is
    # part of the headline the account wrote, as the platform's own title variable keeps it.
    body = "".join(f"<p><span>{line}</span></p>" for line in LINES)
    html = (
        "<html><head><title>\n 读书 | 回忆那些年\n</title></head><body><div id='img-content'>"
        "<h2 class='rich_media_title' id='activity-name'>\n   读书 | 回忆那些年\n</h2>"
        "<div class='rich_media_meta_list'><em id='post-date' class='rich_media_meta'>2018-06-20</em>"
        "<a id='post-user' class='rich_media_meta'>山城纪事</a></div>"
        f"<div class='rich_media_content' id='js_content'>{body}</div></div>"
        "<script>var msg_title = \"读书 | 回忆那些年\";</script></body></html>"
    )
    assert scraper.extract(html, "https://mp.weixin.qq.com/s/abc").title == "读书 | 回忆那些年"


def test_the_publish_time_a_date_row_shows_on_hover_is_the_publish_time() -> None:
    # The row prints when the post was last edited; the time it was published is in the row's tooltip.
    body = "".join(f"<p>{line}</p>" for line in LINES)
    html = (
        "<html><head><title>回忆那些年 - 某某专栏</title></head><body><h1>回忆那些年</h1>"
        f"<div class='post'>{body}</div>"
        "<div class='time'><a href='/p/1'><span data-tooltip='发布于 2021-04-06 09:30'>编辑于 2021-04-08</span></a></div>"
        "</body></html>"
    )
    assert read_fields(html, "https://example.cn/p/1", rules=False).published_at == "2021-04-06T09:30+08:00"


@pytest.mark.parametrize(
    ("lines", "count"),
    [
        (["地铁三号线昨日开通试运营", "正文。"], 1),
        (["地铁三号线", "昨日开通试运营", "正文。"], 2),
        (["地铁 三号线", "昨日开通", "试运营", "正文。"], 3),
        # Lines that begin the headline but do not finish it, or go past it, are the article's.
        (["地铁三号线", "正文。"], 0),
        (["地铁三号线昨日开通试运营，首班车六点发出。"], 0),
        ([], 0),
    ],
)
def test_the_headline_printed_again_over_the_text_is_told_whole_or_broken_in_lines(
    lines: list[str], count: int
) -> None:
    assert reprinted_headline(lines, "地铁三号线昨日开通试运营") == count


def test_a_cut_titles_mark_is_found_from_the_end_as_the_expression_finds_it() -> None:
    # The mark a <title> is cut with: an ellipsis or three dots or more at its end, the spaces before it included.
    mark = re.compile(r"\s*(?:…+|\.{3,})$")
    rng = random.Random(7)
    for _ in range(20000):
        text = "".join(rng.choice("题目 .…\u3000a") for _ in range(rng.randrange(0, 9)))
        found = mark.search(text)
        assert cut_start(text) == (found.start() if found else -1), repr(text)
    # A long run of spaces and dots is read once from the end (the expression tried every start: minutes here).
    assert cut_start("标题" + " " * 200_000 + "…") == 2
    assert cut_start("标题" + "." * 200_000 + "x") == -1
