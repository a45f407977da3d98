"""The generic path on its own: pages read with every site rule off, and its general signals."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

import scraper
from scraper.extract.body import without_trailing_widget
from scraper.extract.clean import clean_lines
from scraper.extract.dom import dom_date, forum_author
from scraper.extract.generic import (
    CHINESE_CHARS,
    _at_least,
    _may_be_chinese,
    choose_body,
    trafilatura_paragraphs,
)
from scraper.extract.lead_titles import lead_title
from scraper.extract.notices import is_prompt_line
from scraper.extract.published import headline_date, refine
from scraper.extract.script_dates import script_date
from scraper.extract.titles import shared_title, split_title
from scraper.extract.tree import Element, parse
from scraper.hanzi import CJK

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_rules_off_reads_a_netease_page_with_the_generic_path() -> None:
    source = (FIXTURES / "netease_2019" / "source.html").read_bytes()
    url = "https://news.163.com/19/0907/13/EP0M4R9S0001899O.html"
    assert scraper.extract(source, url).extractor == "netease-2019"
    article = scraper.extract(source, url, rules=False)
    assert article.extractor == "generic"
    assert article.title and article.paragraphs


PROSE = [
    "国务院常务会议2日召开，会议部署进一步稳定市场预期，推动经济平稳运行。",
    "会议指出，要持续改进窗口服务和办事流程，保持群众办事顺畅便捷。",
    "会议要求，各地区各部门要抓好政策落实，及时回应社会关切。",
]
OTHER_HEADLINES = frozenset({"沪指3周重挫近30%券商大佬齐聚证监会", "证监会又出五大招救市千亿资金输血市场"})


def test_clean_drops_a_recommendation_block_after_the_article() -> None:
    lines = [*PROSE, "重点推荐", "沪指3周重挫近30% 券商大佬齐聚证监会", "- 证监会又出五大招救市 千亿资金输血市场 2015/07/04"]
    assert clean_lines(lines, OTHER_HEADLINES) == PROSE


def test_clean_drops_comment_widgets_and_their_disclaimer() -> None:
    lines = [*PROSE, "0", "人参与", "跟贴热词：", "网友评论仅供其表达个人看法，并不表明本站立场。"]
    assert clean_lines(lines, frozenset()) == PROSE


def test_clean_drops_the_headline_and_date_row_above_the_body() -> None:
    lines = ["国务院部署稳定市场预期", "2015-07-02 23:15:34 来源: 某某日报", *PROSE]
    assert clean_lines(lines, frozenset(), title="国务院部署稳定市场预期") == PROSE


def test_clean_keeps_a_closing_signature_and_date() -> None:
    lines = [*PROSE, "中国某某协会", "2015年7月4日"]
    assert clean_lines(lines, frozenset()) == lines


def test_clean_keeps_a_keyword_link_inside_the_article() -> None:
    lines = [PROSE[0], "证券业", PROSE[1], PROSE[2]]
    assert clean_lines(lines, frozenset({"证券业"})) == lines


def test_clean_leaves_a_page_without_prose_alone() -> None:
    verse = ["床前明月光", "疑是地上霜", "举头望明月", "低头思故乡"]
    assert clean_lines(verse, frozenset({"床前明月光"})) == verse


def test_clean_drops_the_original_headline_and_reprint_note() -> None:
    lines = ["（原标题：某某事件始末）", *PROSE, "本文为某某授权本站发布，转载请注明出处。"]
    assert clean_lines(lines, frozenset()) == PROSE


def test_clean_keeps_the_numbers_of_the_articles_sections() -> None:
    # An article in numbered parts prints each part's number on a line of its own (1, 2, 3; a number printed twice
    # as pages slip is still the count). A bare number that does not count up from 1 is a widget's count.
    opening, one, two, three = PROSE[0], PROSE[1], LONG_PROSE[3], LONG_PROSE[4]
    assert clean_lines([opening, "1", one, "2", two, "2", three], frozenset()) == [opening, "1", one, "2", two, "2", three]
    assert clean_lines([opening, "3", one, "5", two], frozenset()) == [opening, one, two]
    assert clean_lines([opening, "1", one, "3", two], frozenset()) == [opening, one, two]


def test_clean_drops_a_reprints_note_of_its_origin_and_writer() -> None:
    # A reprint opens with where it first ran and who wrote it, as a 本文来源：… 作者：… line does: no body. A
    # sentence that starts the same way and says more is the article's.
    note = "本文来自某某专栏：城市观察，作者：林舟"
    assert clean_lines([note, *PROSE], frozenset()) == PROSE
    assert clean_lines(["本文转载自微信公众号“某某观察”，作者：周文", *PROSE], frozenset()) == PROSE
    told = "本文来自一位读者的投稿，作者说他在这条街上住了整整十年。"
    assert clean_lines([told, *PROSE], frozenset()) == [told, *PROSE]


def _tree(html: str) -> Element:
    return parse(html)


def test_split_title_keeps_the_headline_part_of_a_title_with_site_and_channel() -> None:
    assert split_title("2024年4月全国CPI同比上涨0.3%_数据_宏观频道首页_财经网 - CAIJING.COM.CN") == "2024年4月全国CPI同比上涨0.3%"
    assert split_title("关注青少年心理健康服务项目启动--健康·生活--人民网") == "关注青少年心理健康服务项目启动"


def test_split_title_leaves_a_title_whose_parts_are_all_long() -> None:
    assert split_title("改革开放四十年的经验 - 新时代中国经济发展的新路径") is None
    assert split_title("只有一个部分的标题") is None


def test_shared_title_is_the_heading_inside_the_title_not_the_site_name() -> None:
    root = _tree(
        "<html><head><title>美联储维持利率不变_财经频道_某某网</title></head><body>"
        "<h1>某某网</h1><div class='nav'><h2>财经频道</h2></div><h2>美联储维持利率不变</h2><p>正文。</p></body></html>"
    )
    assert shared_title(root, ["美联储维持利率不变_财经频道_某某网"]) == "美联储维持利率不变"


def test_shared_title_ignores_headlines_of_other_articles() -> None:
    root = _tree(
        "<html><body><ul class='related'><li><h3>美联储维持利率不变</h3></li></ul><p>正文。</p></body></html>"
    )
    assert shared_title(root, ["美联储维持利率不变_某某网"]) is None


def test_headline_date_is_the_bare_date_under_the_headline() -> None:
    root = _tree(
        "<html><body><div class='list_con'><h1>某地召开工作会议</h1><div class='info'>2024-05-09 22:27:02</div>"
        "<p>正文。</p><ul class='related'><li>2025-01-01 08:00 另一篇</li></ul></div></body></html>"
    )
    assert headline_date(root) == "2024-05-09T22:27:02+08:00"


def test_headline_date_skips_a_list_of_other_articles() -> None:
    root = _tree(
        "<html><body><h1>某地召开工作会议</h1><ul class='related'><li>另一篇 2025-01-01 08:00</li></ul></body></html>"
    )
    assert headline_date(root) is None


def test_script_date_reads_a_json_key_and_wechat_unix_seconds() -> None:
    json_page = _tree('<html><body><script>var data = {"pubtime": "2023-02-11 09:12:00"};</script></body></html>')
    assert script_date(json_page) == "2023-02-11T09:12:00+08:00"
    wechat = _tree('<html><body><script>var ct = "1676078100";</script></body></html>')
    assert script_date(wechat) == "2023-02-11T09:15:00+08:00"


@pytest.mark.parametrize("key", ["createTimestamp", "publish_time", "postedAt", "releaseDate", "created_at", "ctime"])
def test_script_date_reads_any_spelling_of_a_publish_key_and_never_an_update_time(key: str) -> None:
    page = _tree(f'<html><body><script>window.__S={{updateTime:1717466880,{key}:1717464015}};</script></body></html>')
    assert script_date(page) == "2024-06-04T09:20:15+08:00"
    updated_only = _tree("<html><body><script>var s = {updateTime: 1717466880, modifyDate: 1717466880};</script></body></html>")
    assert script_date(updated_only) is None


def test_a_modify_time_by_its_initial_and_a_category_are_no_publish_keys() -> None:
    page = _tree('<html><body><script>var s = {mtime: "1717466880", cat: "20240604"};</script></body></html>')
    assert script_date(page) is None


def test_script_date_prefers_a_key_with_the_time_to_an_earlier_day_only_one() -> None:
    page = _tree(
        '<html><body><script>var p = {"publishedDate": "2019-11-14"};</script>'
        '<script>{"@type": "NewsArticle", "datePublished": "2019-11-14T08:00:00.000Z"}</script></body></html>'
    )
    assert script_date(page) == "2019-11-14T08:00:00+00:00"
    day_only = _tree('<html><body><script>var p = {"publishedDate": "2019-11-14"};</script></body></html>')
    assert script_date(day_only) == "2019-11-14"


def test_refine_gives_a_date_only_value_the_time_of_the_same_day() -> None:
    assert refine("2024-05-10", None, "2024-05-09T06:58+08:00", "2024-05-10T06:58+08:00") == "2024-05-10T06:58+08:00"
    assert refine("2024-05-10T01:00+08:00", "2024-05-10T06:58+08:00") == "2024-05-10T01:00+08:00"


OLD_PAGE = (
    "<html><head><title>欢迎光临本站</title></head><body><div>首页 | 论坛 | 留言</div>"
    "<p align='center'><font size='4'><b>比赛革命的革命</b></font></p><p>作者：某某</p>"
    "<p>革命常常是有利可图的，而不革命则必定要付出代价；这是一个值得讨论的问题。</p></body></html>"
)


def test_lead_title_is_the_emphasised_line_above_the_first_paragraph() -> None:
    assert lead_title(_tree(OLD_PAGE), "欢迎光临本站") == "比赛革命的革命"


def test_lead_title_gives_way_to_a_title_printed_above_the_article() -> None:
    page = OLD_PAGE.replace("<p>作者：某某</p>", "<p>作者：某某 欢迎光临本站</p>")
    assert lead_title(_tree(page), "欢迎光临本站") is None


def test_lead_title_is_never_a_call_to_action() -> None:
    page = OLD_PAGE.replace("比赛革命的革命", "点击阅读更多精彩新闻")
    assert lead_title(_tree(page)) is None


def test_lead_title_is_never_a_byline_a_credit_or_a_dispatch_mark() -> None:
    # Set in bold above the first paragraph, a byline, the staff credits or a dispatch's opening mark say who wrote
    # the article or where it was filed, not what it reports, and the original headline and a picture's caption
    # are notes beside it: the page's <title> names the headline instead.
    for line in ("某某新闻记者 王小明 李华", "执笔/老周、小林", "某某网南昌讯", "新华社北京5月1日电", "原标题：暴雨过后的城西",
                 "图为雨后恢复通行的城西主干道（李华摄）"):
        page = OLD_PAGE.replace("比赛革命的革命", line).replace("<p>作者：某某</p>", "")
        assert lead_title(_tree(page)) is None, line
        titled = page.replace("欢迎光临本站", "城西三条主干道积水已排除_某某网")
        assert scraper.extract(titled.encode(), rules=False).title == "城西三条主干道积水已排除", line


def test_a_headline_that_ends_in_the_word_of_a_dispatch_mark_is_still_a_lead_title() -> None:
    # A dispatch mark is an outlet's (本报讯, 某某网南昌讯, 新华社电); a headline may end in 电 or 讯 as well.
    for headline in ("冬季电动汽车怎样充电", "我校运动队再传喜讯"):
        assert lead_title(_tree(OLD_PAGE.replace("比赛革命的革命", headline)), "欢迎光临本站") == headline
    for mark in ("本报讯", "新华社电", "某某网上海讯", "某某社北京3月5日电"):
        assert lead_title(_tree(OLD_PAGE.replace("比赛革命的革命", mark)), "欢迎光临本站") is None, mark


def test_a_page_that_prints_no_date_takes_none_from_its_list_of_other_articles() -> None:
    # The page prints no publish time (a script would fill it in); the only dates are those of other articles
    # in a list or a card under it. None of them is this page's: no date is better than a wrong one.
    items = "".join(
        f"<li><a href='//news.example.com/a/2025031{n}A0{n}.html'>{headline}</a><span class='t'>2025-03-1{n}</span></li>"
        for n, headline in enumerate(("城西新建的社区图书馆本周开放借阅", "老旧小区加装电梯试点扩大到六个街道"), start=1)
    )
    card = ("<a href='https://news.example.com/p/2779855'><span>钠离子电池量产元年，车企和储能谁先买单</span>"
            "<span>2024-05-31</span></a>")
    page = ("<html><head><title>跨河步行桥下月通行_某某网</title></head><body><h1>跨河步行桥下月通行</h1>"
            "<div class='m'><span id='t'></span></div><div class='c'>" + ARTICLE_HTML + "</div>"
            f"<h3>相关阅读</h3><ul>{items}</ul><div>{card}</div></body></html>")
    assert scraper.extract(page.encode(), "https://news.example.com/a/bridge.html", rules=False).published_at is None


def test_a_page_that_names_no_title_takes_the_heading_above_its_article() -> None:
    # No <title> and no og:title (a saved page without its head): the heading right above the article is the
    # headline, an <h1> or a block named title, even when it is long and has a comma, as a line of prose does; the
    # site's logo and a list's heading are not.
    for heading in ("<h1>暴雨过后，城西三条主干道经过一夜抢修全部恢复通行，早高峰未现明显拥堵</h1>",
                    "<div class='news-title'>暴雨过后，城西三条主干道经过一夜抢修全部恢复通行，早高峰未现明显拥堵</div>"):
        page = ("<html><body><div class='logo'><a href='/'><img src='/logo.png'>某某网</a></div>"
                "<div class='side'><h3>热门排行</h3><ul><li><a href='/1.html'>另一篇文章的标题</a></li></ul></div>"
                f"<div class='main'>{heading}<div class='info'>来源：某某日报</div>{ARTICLE_HTML}</div></body></html>")
        expected = heading.split(">", 1)[1].rsplit("<", 1)[0]
        assert scraper.extract(page.encode(), rules=False).title == expected, heading


def test_a_page_with_heavy_inline_css_is_still_read_as_chinese() -> None:
    style = "<style>" + ".a{font:12px Arial;}" * 8000 + "</style>"
    body = "".join(f"<p>{PROSE[i % 3]}</p>" for i in range(12))
    disclaimer = "<p>网友评论仅供其表达个人看法，并不表明本站立场。</p>"
    page = f"<html><head>{style}</head><body><div>{body}{disclaimer}</div></body></html>"
    article = scraper.extract(page, "https://example.cn/a.html", rules=False)
    # Read as Chinese, the body goes through the line cleaning, which drops the comment disclaimer.
    assert article.paragraphs[0] == PROSE[0]
    assert not any("网友评论" in line for line in article.paragraphs)


def test_clean_reads_traditional_chinese_chrome() -> None:
    lines = [*PROSE, "相關推薦", "另一篇新聞的標題在這裏", "網友評論僅供其表達個人看法，並不代表本站立場。"]
    assert clean_lines(lines, frozenset({"另一篇新聞的標題在這裏"})) == PROSE


def test_an_h1_with_no_title_to_agree_with_must_head_the_article() -> None:
    sidebar = "<div class='box'><h1>本站统计</h1><p>访问：1234</p></div>"
    article = "<h1>某地召开工作会议</h1><p>会议指出，要继续做好各项工作，确保各项任务落到实处。会议要求，各部门抓好落实。</p>"
    assert scraper.extract(f"<html><body>{article}{sidebar}</body></html>", rules=False).title == "某地召开工作会议"
    page = f"<html><body>{sidebar}<div>{'导航 ' * 400}</div>{article.replace('h1', 'p', 2)}</body></html>"
    assert scraper.extract(page, rules=False).title != "本站统计"


def test_clean_ends_the_article_at_an_end_mark_and_a_past_posts_list() -> None:
    lines = [*PROSE, "- END -", "往期推荐", "山城最后一家手工面馆，六十年只卖一碗小面", "点击关注，第一时间看山城故事"]
    assert clean_lines(lines, frozenset({"山城最后一家手工面馆，六十年只卖一碗小面"})) == PROSE


def test_clean_drops_a_comment_thread_longer_than_the_article() -> None:
    # Each comment: the poster (a link) and the time, the comment as a sentence, reply and vote widgets.
    thread = []
    for poster, minute in (("老街坊", "09:12"), ("江南客二号", "09:40"), ("路人甲乙丙", "10:05"), ("晨跑的人", "11:26")):
        thread += [
            f"{poster} 2012-03-15 {minute}",
            "文章说得在理，城市规划就该多听听住在这里的人怎么说，而不是等拆完了才来征求意见，过程要公开，账目也要公开。",
            "回复 支持(23) 反对(2)",
        ]
    lines = [*PROSE, "网友评论（共4条）", *thread]
    assert clean_lines(lines, frozenset({"江南客二号", "路人甲乙丙", "晨跑的人"})) == PROSE


def test_clean_drops_cards_of_other_articles_with_their_teasers() -> None:
    cards = []
    for headline, teaser, day in (
        ("港股通南向資金連續五日淨流入", "內地投資者本周持續透過港股通買入本地銀行及公用股，分析員認為高息股仍受追捧……", "9日 18:02"),
        ("本地住宅租金連升四個月", "差餉物業估價署最新數據顯示，住宅租金指數按月再升……", "9日 16:45"),
        ("零售業總銷貨價值按年跌幅收窄", "統計處公布上月零售業總銷貨價值，按年跌幅較前月收窄……", "8日 16:30"),
    ):
        cards += [headline, teaser, f"2024年5月{day}"]
    headlines = frozenset({"港股通南向資金連續五日淨流入", "本地住宅租金連升四個月", "零售業總銷貨價值按年跌幅收窄"})
    assert clean_lines([*PROSE, "相關新聞", *cards], headlines) == PROSE


def test_clean_keeps_paragraphs_that_follow_one_another_after_an_in_body_link() -> None:
    lines = [PROSE[0], "国务院常务会议部署稳定市场预期", PROSE[1], PROSE[2], PROSE[0]]
    assert clean_lines(lines, frozenset({"国务院常务会议部署稳定市场预期"})) == [PROSE[0], PROSE[1], PROSE[2], PROSE[0]]


def test_clean_drops_a_trailing_run_of_short_captions() -> None:
    lines = [*PROSE, "前任系列最终完结", "辽沈战役经典还原", "抗战经典淮海战役", "战斗场面气势恢宏"]
    assert clean_lines(lines, frozenset()) == PROSE


def test_clean_drops_rolling_news_rows_and_the_location_bar() -> None:
    lines = ["您现在的位置：首页 - 股票 - 正文", *PROSE, "14:22 某某股份发布年度分红预案", "13:58 两市成交额连续三日破万亿"]
    assert clean_lines(lines, frozenset()) == PROSE


def test_clean_starts_the_article_after_a_listing_of_cards_above_it() -> None:
    cards = []
    for headline, teaser in (
        ("沪指三周重挫近三成券商齐聚", "证监会当晚召集二十余家券商开会，商讨稳定市场的办法，据悉已有多家公司表态……"),
        ("千亿资金输血市场救市五招", "多部门联合出台政策，从资金、融券、新股发行等方面稳定市场，分析人士认为……"),
        ("两市成交额连续三日破万亿", "沪深两市成交额连续第三个交易日突破万亿元，北向资金全天净买入，市场情绪回暖……"),
    ):
        cards += [headline, teaser, "2015-07-04 21:30"]
    headlines = frozenset({"沪指三周重挫近三成券商齐聚", "千亿资金输血市场救市五招", "两市成交额连续三日破万亿"})
    assert clean_lines([*cards, *PROSE], headlines) == PROSE


def _density(html: str) -> list[str]:
    from scraper.extract.density import density_paragraphs

    return density_paragraphs(parse(html))[0]


# Six paragraphs, none printed twice: a run printed again in order is a second copy of the article and goes.
LONG_PROSE = [*PROSE, *(f"{p[:-1]}，记者从有关部门获悉。" for p in PROSE)]
ARTICLE_HTML = "".join(f"<p>{p}</p>" for p in LONG_PROSE)
COMMENT = "<p>这篇文章说得在理，政策要落实到位，还要及时公开进展，让大家心里有数，也欢迎更多人参与讨论。</p>"


def test_density_drops_a_comment_area_named_in_camel_case_or_pinyin() -> None:
    for name in ("commentList", "pinglun-box", "replyArea"):
        page = f"<html><body><div class='main'>{ARTICLE_HTML}<div class='{name}'>{COMMENT * 4}</div></div></body></html>"
        assert _density(page) == LONG_PROSE, name


def test_density_drops_a_traditional_chinese_heading_and_its_list() -> None:
    related = "<ul>" + "".join(f"<li>{p}</li>" for p in ("港股通南向資金連續五日淨流入，分析員認為高息股仍受追捧。",) * 3) + "</ul>"
    page = f"<html><body><div class='main'>{ARTICLE_HTML}<h3>相關新聞</h3>{related}</div></body></html>"
    assert _density(page) == LONG_PROSE


def test_density_keeps_a_link_named_like_boilerplate_inside_a_sentence() -> None:
    # A keyword link (class "s_tag") in mid-sentence is part of the sentence: the words after it stay too.
    sentence = "消息称，<a class='s_tag' href='/tag/x/'>Note 12 Pro</a> 将于 4 月 18 日晚 7 点正式发布，首发 1 英寸主摄。"
    page = f"<html><body><div class='main'><p>{sentence}</p>{ARTICLE_HTML}</div></body></html>"
    assert _density(page) == ["消息称，Note 12 Pro 将于 4 月 18 日晚 7 点正式发布，首发 1 英寸主摄。", *LONG_PROSE]


def test_density_keeps_a_link_named_like_boilerplate_opening_the_paragraphs_sentence() -> None:
    # The site's tag link opening a dispatch line (<a class="s_tag">某某之家</a> 6 月 24 日消息，…): the sentence runs on
    # after it, so the link and its words stay.
    sentence = "<a class='s_tag' href='/'>某某之家</a> 6 月 24 日消息，某芯片厂今天宣布推出新一代安全芯片，面向手机厂商。"
    page = f"<html><body><div class='main'><p>{sentence}</p>{ARTICLE_HTML}</div></body></html>"
    assert _density(page) == ["某某之家 6 月 24 日消息，某芯片厂今天宣布推出新一代安全芯片，面向手机厂商。", *LONG_PROSE]


def test_density_drops_a_boilerplate_element_that_is_a_block_of_its_own_with_its_tail() -> None:
    # A share label opening its row has no prose before it: the row is the widget, and goes whole.
    for row in ("<p><span class='share'>分享到：</span>微信朋友圈 新浪微博 QQ空间</p>", "<div class='tags'>标签：启明</div>其他文章"):
        page = f"<html><body><div class='main'>{ARTICLE_HTML}{row}</div></body></html>"
        assert _density(page) == LONG_PROSE, row


def test_density_reads_an_article_split_over_sibling_blocks() -> None:
    # An article printed in two blocks side by side (sections, or text / picture / text): the larger block wins
    # the density reading and its sibling, as dense with prose, is the same article going on.
    more = [f"{p[:-1]}，各方对此反响积极。" for p in PROSE]
    part = "<div class='sec'>" + "".join(f"<p>{p}</p>" for p in LONG_PROSE) + "</div>"
    rest = "<div class='pic'><img src='/a.jpg'></div><div class='sec'>" + "".join(f"<p>{p}</p>" for p in more) + "</div>"
    page = f"<html><body><div class='nav'><a href='/'>首页</a></div><div class='main'>{part}{rest}</div></body></html>"
    assert _density(page) == [*LONG_PROSE, *more]


def test_density_reads_the_caption_of_a_picture_right_above_the_article_block() -> None:
    # The lead picture sits in its own block before the paragraphs' block: its caption is the article's. An ad's
    # label under a picture and a linked card of another article are not captions.
    figure = "<div><figure><img src='/a.jpg'><figcaption>中环一带甲级写字楼租金持续受压。（资料图片）</figcaption></figure></div>"
    for before, kept in ((figure, ["中环一带甲级写字楼租金持续受压。（资料图片）"]),
                         ("<div><img src='/ad.jpg'><span>广告</span></div>", []),
                         ("<div><img src='/b.jpg'><a href='/2.htm'>另一篇文章的标题在这里显示</a></div>", [])):
        page = f"<html><body><div class='main'>{before}<div class='text'>{ARTICLE_HTML}</div></div></body></html>"
        assert _density(page) == [*kept, *LONG_PROSE], before
    # Below the article, a captioned picture in a box of its own is a follow prompt's QR code.
    promo = "<div><img src='/qr.png'><p>关注某某科技微信（tech_1），看有态度的科技资讯</p></div>"
    page = f"<html><body><div class='main'><div class='text'>{ARTICLE_HTML}</div>{promo}</div></body></html>"
    assert _density(page) == LONG_PROSE


def test_density_takes_the_opening_paragraph_printed_above_the_article_block() -> None:
    # The template prints the article's first paragraph as a <p> of its own and the rest in a block under it:
    # the opening is the article's. A byline, a date row, a linked teaser or a paragraph named as the summary
    # above the block is not.
    opening = "本报讯 经过两年施工，横跨清水河的新大桥于本周一正式通车，两岸居民往来不必再绕行二十多公里。"
    for before, kept in ((f"<p>{opening}</p>", [opening]),
                         ("<p>记者 王小明 通讯员 李强</p>", []),
                         ("<p>2024-03-05 10:20</p>", []),
                         (f"<p><a href='/2.htm'>{opening}</a></p>", []),
                         (f"<p class='art-summary'>{opening}</p>", []),
                         (f"<p class='k9'>{opening}</p>", [])):
        page = f"<html><body><div class='main'><h1>新大桥通车</h1>{before}<div class='text'>{ARTICLE_HTML}</div></div></body></html>"
        assert _density(page) == [*kept, *LONG_PROSE], before
    # Styled as the block's own paragraphs are (one class for all), the opening is the article's again.
    styled = ARTICLE_HTML.replace("<p>", "<p class='k2'>")
    page = f"<html><body><div class='main'><p class='k2'>{opening}</p><div class='text'>{styled}</div></div></body></html>"
    assert _density(page) == [opening, *LONG_PROSE]


CLIPPED_PROSE = [
    "傍晚六点，河堤边的旧货市场陆续亮起了灯，摊主们把自行车零件、旧收音机和搪瓷缸子一样样摆上塑料布。",
    "卖旧书的老李在这里摆了十几年摊。他说，以前来淘书的多是退休老人，这两年年轻人越来越多，有人专门来找小时候读过的连环画。",
    "市场管理员介绍，每到周末，摊位要比平时多出一倍，附近几个小区的居民都会推着小车来逛，一逛就是一个晚上。",
    "一位常来的中学老师说，她在这里给学生淘到过不少绝版的课外读物，价格只有新书的零头，孩子们都很喜欢。",
    "九点以后，人流渐渐散去。老李把没卖掉的书重新装回纸箱，说下周还要再带些新收的旧杂志过来。",
]


def test_an_article_clipped_under_a_show_all_button_is_read_whole() -> None:
    # A mobile template shows the article clipped to a height (overflow:hidden) under 展开全文, in blocks whose names
    # say nothing. The clip is not hiding: the article is read, the account row, notice and comments are not.
    related = "".join(f"<li><a href='/b/{n}.html'>{title}</a><span>2023-06-0{n}</span></li>" for n, title in enumerate((
        "多地夜间消费升温，夜市营业时间延长至凌晨两点", "旧物回收成为年轻人的新爱好，二手交易平台用户数增长",
        "周末去哪儿：城市周边十个适合散步的好去处推荐", "老物件里的城市记忆：一位收藏者和他的三千台收音机")))
    comments = "".join(f"<div><p>{who}</p><p>{said}</p><span>{votes}赞</span></div>" for who, said, votes in (
        ("江苏南京网友", "小时候常去这种市场，现在很少见了", 56), ("浙江杭州网友", "连环画现在还能淘到吗", 12)))
    page = (
        "<html><head><meta charset='utf-8'><title>河堤边的旧货夜市_某某网</title></head><body>"
        "<div class='k1'><a href='/'>首页</a> <a href='/app'>打开APP</a></div><div class='k2'><h1>河堤边的旧货夜市</h1>"
        "<div class='k4'><p>城市漫步</p><p><span>2023-07-01 20:10</span> <span>IP属地：江苏</span></p></div>"
        "<p>记录城市角落 · 粉丝 1203 · 文章 88</p>"
        "<div class='k8' style='max-height:900px;overflow:hidden'>" + "".join(f"<p>{p}</p>" for p in CLIPPED_PROSE) + "</div>"
        "<div class='k9'><span>展开全文</span><p>打开客户端，阅读体验更佳</p></div></div>"
        "<div class='k11'><p>声明：以上内容为平台用户上传并发布，本平台仅提供信息存储服务。</p><p>Statement: the text and pictures"
        " above were posted by a registered user of this platform, which only stores the information and does not take"
        " any position on it.</p></div>"
        f"<div class='k12'><h2>热门跟贴</h2>{comments}</div><div class='k14'><h2>相关推荐</h2><ul>{related}</ul></div>"
        "<div class='k10'><p>版权所有 某某网</p></div></body></html>"
    )
    article = scraper.extract(page.encode(), "https://m.example.com/article/20230701/77.html")
    assert article.paragraphs == CLIPPED_PROSE


def test_a_pictures_caption_in_a_layout_table_among_the_paragraphs_is_read() -> None:
    # Table-era pages lay a picture out in a table of its own among the paragraphs, its caption in the next row.
    # The caption is the article's, in the body and as the picture's caption; a table of links stays out.
    caption = "新修的跨河步行桥在傍晚亮起了灯。"
    figure = (f"<table align='center'><tr><td><img src='/p/bridge.jpg' width='400'></td></tr>"
              f"<tr><td align='center'><font color='#333333'>{caption}</font></td></tr></table>")
    links = "<table><tr><td><a href='/1.html'>上一篇：老城墙修缮完工</a></td></tr><tr><td><a href='/2.html'>下一篇：公园开放</a></td></tr></table>"
    first, rest = LONG_PROSE[:3], LONG_PROSE[3:]
    page = ("<html><body><div class='nav'><a href='/'>首页</a></div><div class='main'><h1>跨河步行桥通行</h1>"
            + "".join(f"<p>{p}</p>" for p in first) + figure + "".join(f"<p>{p}</p>" for p in rest) + links
            + "</div></body></html>")
    article = scraper.extract(page.encode(), "http://www.example.cn/news/2006/0315/12.html", rules=False)
    assert article.paragraphs == [*first, caption, *rest]
    assert [image.caption for image in article.images] == [caption]


def test_density_leaves_sibling_links_notes_and_comment_rows_out() -> None:
    # Beside the article: other articles' links; a one-paragraph statement about the platform; a comment box
    # (poster rows around a few sentences). None of them reads as the article going on.
    links = "<ul>" + "".join(f"<li><a href='/{n}.htm'>{p}</a></li>" for n, p in enumerate(PROSE)) + "</ul>"
    note = "<p>特别声明：以上内容为自媒体平台用户上传并发布，本平台仅提供信息存储服务。</p><p>Notice: uploaded by a user.</p>"
    rows = "".join(f"<p>网友{n} 04-08 08:1{n}</p><p>说得好，支持，希望早日落实。</p><p>回复</p>" for n in range(3))
    for box in (links, note, rows):
        page = f"<html><body><div class='main'><div>{ARTICLE_HTML}</div><div>{box}</div></div></body></html>"
        assert _density(page) == LONG_PROSE, box


def test_script_body_reads_an_escaped_article_from_js_and_json_data() -> None:
    from scraper.extract.scripted import script_body

    paragraph = "记者从市交通部门获悉，城区首条跨江步行桥将于本月底开放，只供行人和自行车通行。" * 6
    js = f"<script>var BASE_DATA = {{articleInfo: {{content: '&lt;div&gt;&lt;p&gt;{paragraph}&lt;/p&gt;&lt;/div&gt;'}}}};</script>"
    as_json = '<script>window.__STATE__ = {"article": {"content": "\\u003cp class=\\"a\\"\\u003e' + paragraph + '\\u003c/p\\u003e"}};</script>'
    for script in (js, as_json):
        held = script_body(parse(f"<html><head>{script}</head><body><div id='app'></div></body></html>"))
        assert held is not None and held.text_content() == paragraph, script[:40]


def test_script_body_reads_an_article_held_as_markdown() -> None:
    from scraper.extract.scripted import script_body

    first = "记者从市交通部门获悉，城区首条跨江步行桥将于本月底开放，只供行人和自行车通行。" * 3
    second = "据介绍，步行桥全长约八百米，桥面设有观景平台，两端与滨江绿道相连，夜间开放至二十二点。" * 3
    markdown = f"{first}\\n\\n## 桥上有什么\\n\\n{second}\\n\\n![](https://img.example.com/1.jpg)"
    brief = "城区首条跨江步行桥将于本月底开放。"
    for script in (f"window.__NUXT__={{article:{{brief_content:\"{brief}\",mark_content:\"{markdown}\"}}}}",
                   f'window.__STATE__ = {{"post": {{"markdown": "{markdown}"}}}};'):
        held = script_body(parse(f"<html><head><script>{script}</script></head><body><div id='app'></div></body></html>"))
        assert held is not None and [p.text for p in held.iter("p")] == [first, "桥上有什么", second], script[:30]


def test_script_body_reads_no_markdown_from_a_single_block_or_a_template() -> None:
    from scraper.extract.scripted import script_body

    one = "城区首条跨江步行桥将于本月底开放，只供行人和自行车通行。" * 10
    lines = "\\n\\n".join(["加载中", "登录", "注册"] * 30)
    for value in (one, lines):
        page = f"<html><head><script>var data = {{content: '{value}'}};</script></head><body><p>正文</p></body></html>"
        assert script_body(parse(page)) is None, value[:10]


def test_script_body_ignores_script_text_without_paragraphs() -> None:
    from scraper.extract.scripted import script_body

    summary = "城区首条跨江步行桥将于本月底开放。" * 20
    page = f"<html><head><script>var data = {{content: '{summary}'}};</script></head><body><p>正文</p></body></html>"
    assert script_body(parse(page)) is None


def test_clean_keeps_a_sentence_whose_words_around_a_link_make_it() -> None:
    # The paragraph cites a document by a link that is most of its text; the words outside the link are a
    # sentence of their own. A linked headline behind a label (延伸阅读：) is still link text.
    notice = "国务院办公厅关于优化调整稳就业政策措施的通知"
    headline = "稳就业政策持续发力，多地出台举措"
    lines = [*PROSE, f"据悉，详见{notice}。", PROSE[0], f"延伸阅读：{headline}"]
    assert clean_lines(lines, frozenset({notice, headline})) == [*PROSE, f"据悉，详见{notice}。", PROSE[0]]


def test_density_keeps_a_paragraph_div_that_cites_a_link() -> None:
    # Paragraphs printed as <div>s: one that is mostly a link's text but a sentence by its own words stays; a
    # box of links does not.
    cited = "据悉，详见<a href='/zc/1.htm'>国务院办公厅关于优化调整稳就业政策措施的通知</a>。"
    box = "<div><a href='/1.htm'>稳就业政策持续发力</a> <a href='/2.htm'>多地出台稳岗举措，</a></div>"
    page = "<html><body><div class='main'>" + "".join(f"<div>{p}</div>" for p in LONG_PROSE[:3])
    page += f"<div>{cited}</div>{box}" + "".join(f"<div>{p}</div>" for p in LONG_PROSE[3:]) + "</div></body></html>"
    assert _density(page) == [*LONG_PROSE[:3], "据悉，详见国务院办公厅关于优化调整稳就业政策措施的通知。", *LONG_PROSE[3:]]


def test_clean_keeps_a_closing_code_block_of_short_lines() -> None:
    lines = [*PROSE, "附：查看当前日志模式的命令", "sqlite3 records.db", "PRAGMA journal_mode;", ".quit"]
    assert clean_lines(lines, frozenset()) == lines


def test_dom_date_skips_a_short_box_of_other_articles() -> None:
    # The box itself is short enough to be a date candidate: its name and its list item say what it is.
    named = _tree(
        "<html><body><h1>某地召开工作会议</h1><p>正文。</p>"
        "<div class='relatedNews'><h3>相关新闻</h3><a href='/a/1.html'>深海探测取得新进展</a>"
        "<span>2024-05-08</span></div></body></html>"
    )
    listed = _tree(
        "<html><body><h1>某地召开工作会议</h1><p>正文。</p>"
        "<div class='box'><h3>相关新闻</h3><ul><li><a href='/a/1.html'>深海探测</a> 2024-05-08</li></ul></div></body></html>"
    )
    assert dom_date(named) is None and dom_date(listed) is None


def test_dom_date_reads_the_date_row_in_the_articles_own_footer() -> None:
    # Blog and CMS themes print the date after the text, in a <footer> of the <article>; the site's footer,
    # outside it, holds no date of this page.
    row = "<footer class='entry-footer'><span>发布日期：2021-09-26 10:15:30 分类：<a href='/c/'>本地</a></span></footer>"
    text = "<h1>某县举办秋季农产品展销会</h1><p>展销会为期三天，今年首次开设了线上直播专区。</p>"
    own = _tree(f"<html><body><article class='post'>{text}{row}</article></body></html>")
    site = _tree(f"<html><body><article class='post'>{text}</article>{row}</body></html>")
    assert dom_date(own) == "2021-09-26T10:15:30+08:00" and dom_date(site) is None


def test_a_date_row_without_its_year_takes_it_from_the_update_time_not_from_a_served_time() -> None:
    # The row prints month and day only; the script's bare time is when the page was served, months later.
    page = (
        "<html><head><title>山区小学有了新操场</title><meta itemprop='dateModified' content='2019-10-08 12:00:57'>"
        "<script>var ad = {\"page\": \"article\", \"time\": \"2020-01-05 21:00:03\"};</script></head><body>"
        "<div class='article-title'><h2>山区小学有了新操场</h2></div><div class='author'><p>某某教育观察</p>"
        "<span class='date'>发布时间：10-08</span><span class='time'>12:00</span></div>"
        "<div class='article-content'><p>开学第一天，山区小学的孩子们在新铺的塑胶操场上上了第一节体育课。</p>"
        "<p>这片操场由当地企业捐建，工期两个月，可同时容纳三个班级上课。</p>"
        "<p>校长说，过去下雨天只能在教室里活动，今后孩子们的体育课再也不用停了。</p></div></body></html>"
    )
    assert scraper.extract(page, "https://example.cn/s?id=1", rules=False).published_at == "2019-10-08T12:00+08:00"


@pytest.mark.parametrize(
    ("stamped", "expected"),
    [
        ("2022-04-18T09:47:31+08:00", "2022-04-18T09:15+08:00"),  # another minute: the printed one
        ("2022-04-18T09:15:42+08:00", "2022-04-18T09:15:42+08:00"),  # the same minute: the tag's seconds
        ("2022-04-17T23:50:00+08:00", "2022-04-17T23:50:00+08:00"),  # another day: not the same statement
    ],
)
def test_a_meta_time_gives_way_to_the_minute_printed_under_the_headline(stamped: str, expected: str) -> None:
    page = (
        f"<html><head><meta property='article:published_time' content='{stamped}'></head><body>"
        "<h1>城郊公园新增十公里绿道</h1><div class='meta'><span>2022年04月18日 09:15</span> <a href='/'>某某晚报</a></div>"
        "<div class='content'><p>记者从市园林部门获悉，城郊公园新建的十公里绿道本周末起向市民开放。</p>"
        "<p>绿道沿河而建，沿途设有六处驿站，提供饮水和休息座椅，夜间有照明。</p></div></body></html>"
    )
    assert scraper.extract(page, "https://example.cn/a/2.html", rules=False).published_at == expected


def test_a_meta_time_stands_beside_a_row_that_prints_the_update_time() -> None:
    page = (
        "<html><head><meta property='article:published_time' content='2022-04-18T09:47:31+08:00'></head><body>"
        "<h1>城郊公园新增十公里绿道</h1><div class='meta'><span>更新时间：2022年04月18日 16:20</span></div>"
        "<div class='content'><p>记者从市园林部门获悉，城郊公园新建的十公里绿道本周末起向市民开放。</p>"
        "<p>绿道沿河而建，沿途设有六处驿站，提供饮水和休息座椅，夜间有照明。</p></div></body></html>"
    )
    assert scraper.extract(page, "https://example.cn/a/4.html", rules=False).published_at == "2022-04-18T09:47:31+08:00"


def test_a_row_that_prints_the_publish_time_before_the_update_time_is_the_printed_minute() -> None:
    # The row labels its first time as the publish time and only a later one as the update: the printed publish
    # minute is what the reader sees, and the meta tag's other minute of that day gives way to it.
    page = (
        "<html><head><meta property='article:published_time' content='2022-04-18T09:47:31+08:00'></head><body>"
        "<h1>城郊公园新增十公里绿道</h1><div class='meta'><span>本台记者／城郊报道</span>"
        "<span>發布時間：<time>2022-04-18 09:12</time></span><span>更新時間：<time>2022-04-18 16:20</time></span></div>"
        "<div class='content'><p>记者从市园林部门获悉，城郊公园新建的十公里绿道本周末起向市民开放。</p>"
        "<p>绿道沿河而建，沿途设有六处驿站，提供饮水和休息座椅，夜间有照明。</p></div></body></html>"
    )
    assert scraper.extract(page, "https://example.cn/a/5.html", rules=False).published_at == "2022-04-18T09:12+08:00"


def test_headline_date_reads_a_date_printed_in_pieces_under_the_headline() -> None:
    # Year, month/day and time each in a block of its own, in a tool column under the headline that no class
    # names for the time; the meta tag's later time is not what the page prints.
    page = (
        "<html><head><meta name='pubtime' content='2021-03-12 23:05:40'></head><body>"
        "<h1>老旧小区加装电梯提速</h1><div class='tool'><div class='y'>2021</div><div class='d'>03/12</div>"
        "<div class='c'>20:18</div><div class='s'>分享</div></div>"
        "<div class='content'><p>今年以来，全市已有四十多个老旧小区启动加装电梯工程，比去年同期翻了一番。</p>"
        "<p>街道工作人员介绍，审批环节由原来的六个压缩为三个，居民从申请到开工平均只需两个月。</p></div></body></html>"
    )
    assert headline_date(_tree(page)) == "2021-03-12T20:18+08:00"
    assert scraper.extract(page, "https://example.cn/a/3.html", rules=False).published_at == "2021-03-12T20:18+08:00"


def test_dom_date_reads_a_date_printed_in_pieces() -> None:
    # Year, month/day and time each in an element of their own, in a container named for the time.
    root = _tree(
        "<html><body><div class='header-time'><span class='year'><em> 2024</em></span>"
        "<span class='day'><em> 05</em>/<em>09</em></span><span class='time'> 22:27:02</span></div>"
        "<h1>我国首艘大洋钻探船完成海试</h1><p>正文。</p></body></html>"
    )
    assert dom_date(root) == "2024-05-09T22:27:02+08:00"


def test_dom_date_reads_a_unix_time_only_where_the_element_is_named_for_it() -> None:
    # A hidden field the page's script renders the date from; an unnamed number is a counter, not a time.
    named = _tree("<html><body><h1>标题</h1><textarea class='article-time'>1715264820000</textarea></body></html>")
    unnamed = _tree("<html><body><h1>标题</h1><span class='count'>1715264820</span></body></html>")
    assert dom_date(named) == "2024-05-09T22:27:00+08:00" and dom_date(unnamed) is None


def test_clean_drops_an_info_row_of_two_labels_above_the_body() -> None:
    lines = ["作者：周益帆　　　责编：王晓宇", *PROSE]
    assert clean_lines(lines, frozenset()) == PROSE
    # A labelled value that is no byline stays: it may be the article's lead.
    assert clean_lines(["来自：某某研究院", *PROSE], frozenset()) == ["来自：某某研究院", *PROSE]


def test_clean_drops_a_comment_thread_without_a_heading_after_the_article() -> None:
    # Readers' comments under the article with no heading over them: each under its poster's row (a name and
    # the time of the post). Three of them make the thread; an article's dated updates print no name.
    thread = []
    for number, comment in enumerate(("这场雪下得真大，出门要小心。", "早上等了半小时公交，还是挤不上去。", "环卫工人辛苦了，为他们点赞。")):
        thread += [f"网友{number + 1}号 2024-01-12 09:0{number}", comment]
    assert clean_lines([*PROSE, *thread], frozenset()) == PROSE
    updates = ["2024-01-12 09:00", "会议第二阶段开始，各组分别讨论。", "2024-01-12 10:00", "讨论结束，各组汇报意见。",
               "2024-01-12 11:00", "会议闭幕，下次会议定于下月召开。"]
    assert clean_lines([*PROSE, *updates], frozenset()) == [*PROSE, *updates[1::2]]
    # Nor does a label before the time (更新于, 北京时间, 發佈時間): it names when, not who.
    for label in ("更新于", "北京时间", "發佈時間", "最后更新"):
        labelled = [f"{label} {line}" if index % 2 == 0 else line for index, line in enumerate(updates)]
        assert clean_lines([*PROSE, *labelled], frozenset()) == [*PROSE, *labelled[1::2]], label


def test_clean_drops_a_thread_of_posts_each_with_its_time_on_a_line_of_its_own() -> None:
    # Under the article, posts of one shape: the poster's name, the post, the time alone on the next line. No
    # line is chrome by itself; the shape, repeated, is the thread. A sidebar's short call after it goes too.
    thread = ["网易浙江省某市网友", "看完这篇我决定先去收拾冰箱", "09-13 19:02", "某某用户2024", "这个方法真的有用", "09-13 18:55", "关注我们"]
    assert clean_lines([*PROSE, *thread], frozenset()) == PROSE
    # A programme whose times open its entries, under a heading ending in a colon, stays the article's.
    programme = ["日程安排：", "5月1日 09:00", "开幕式", "5月2日 09:00", "分组讨论"]
    kept = clean_lines([*PROSE, *programme], frozenset())[len(PROSE):]
    assert "开幕式" in kept and "分组讨论" in kept
    # Nor does a programme whose times close its entries (an entry and its time: two lines, no post's three).
    pairs = ["开幕式", "5月1日 09:00", "分组讨论", "5月2日 09:00"]
    assert [line for line in pairs if line in clean_lines([*PROSE, *pairs], frozenset())] == ["开幕式", "分组讨论"]
    # Nor a programme of three lines an entry whose first line is a clause, no poster's name.
    sessions = ["第一场：开幕式，主会场", "王明主持", "5月1日 09:00", "第二场：分组讨论，各分会场", "李华主持", "5月2日 09:00"]
    kept = clean_lines([*PROSE, *sessions], frozenset())
    assert "第一场：开幕式，主会场" in kept and "第二场：分组讨论，各分会场" in kept
    # A post's time printed with 日 and no space (9月13日19:02) is a post's time too.
    dated = [line.replace("09-13 19:02", "9月13日19:02").replace("09-13 18:55", "9月13日18:55") for line in thread]
    assert clean_lines([*PROSE, *dated], frozenset()) == PROSE


def test_clean_drops_a_comment_boxs_prompt_and_rule_an_ad_label_and_a_newsletter_call() -> None:
    # A comment box under the article: its prompt (發表意見) and the site's rule over readers' posts (the right to
    # edit or remove them); an ad slot's label alone between paragraphs; a call to subscribe to the newsletter.
    board = ["發表意見", "本網對留言系統使用者發布的文字、圖片或檔案保有片面修改或移除的權利。"]
    assert clean_lines([*PROSE, *board], frozenset()) == PROSE
    assert clean_lines([PROSE[0], "廣告", *PROSE[1:]], frozenset()) == PROSE
    assert clean_lines([*PROSE, "訂閱電子報，每天掌握重要新聞"], frozenset()) == PROSE
    # An article's sentence about advertising is prose.
    ad = "广告主表示，今年投放预算将增加三成。"
    assert clean_lines([*PROSE, ad], frozenset()) == [*PROSE, ad]
    # A subheading about giving views (市民可对草案发表意见) is the article's: only the prompt alone is the box's.
    heading = "市民可对草案发表意见"
    assert clean_lines([PROSE[0], heading, *PROSE[1:]], frozenset()) == [PROSE[0], heading, *PROSE[1:]]


def test_clean_drops_a_poll_with_its_counts_and_a_count_of_readers() -> None:
    # A helpfulness poll asks a question, but its two buttons carry their counts; a count of readers under its label.
    for row in ("这篇文章对您有帮助吗？ 有用(12) 没用(1)", "阅读量：12345", "瀏覽次數：3.2万"):
        assert clean_lines([PROSE[0], row, *PROSE[1:]], frozenset()) == PROSE, row
    # A sentence that reports a count is prose.
    count = "截至昨日，该文章阅读量已超过十万次。"
    assert clean_lines([*PROSE, count], frozenset()) == [*PROSE, count]


def test_clean_drops_the_articles_tag_row() -> None:
    # The tags or keywords an outlet files the article under, after their label (标签：, 關鍵詞：, Tags:), are
    # the page's navigation, not a line of the article; a sentence that opens with the word stays.
    for row in ("标签：降雪 交通 天气", "關鍵詞：降雪、交通", "Tags: 降雪 交通"):
        assert clean_lines([*PROSE, row], frozenset()) == PROSE, row
    kept = "关键词：绿色发展。会议提出，要坚持绿色发展，推动产业转型升级。"
    assert clean_lines([*PROSE, kept], frozenset()) == [*PROSE, kept]


def test_clean_drops_a_summary_box_above_the_article() -> None:
    # The box's label stands on a line of its own, its summary on the next: both above the article.
    lines = ["摘要", "部分外贸企业二季度订单排期已满，但也有企业对下半年需求持谨慎态度。", *PROSE]
    assert clean_lines(lines, frozenset()) == PROSE
    # A summary printed after its label in the article's first line is the article's own, as printed.
    inline = ["[摘要：这两天一家投资机构发布分析，京东股价连日下跌与这份报告也有一定关系。]", *PROSE]
    assert clean_lines(inline, frozenset()) == inline


def test_clean_drops_long_copyright_and_investment_notices() -> None:
    notices = [
        "此内容为某某财经原创，著作权归某某财经所有。未经某某财经书面授权，不得以任何方式加以使用，包括转载、摘编、复制"
        "或建立镜像。某某财经保留追究侵权者法律责任的权利。如需获得授权请联系某某财经版权部。",
        "某某网声明：股市资讯来源于合作媒体及机构，属作者个人观点，仅供投资者参考，并不构成投资建议。投资者据此操作，风险自担。",
    ]
    assert clean_lines([*PROSE, *notices], frozenset()) == PROSE


def test_a_forums_poster_is_read_from_a_rewritten_profile_address() -> None:
    root = _tree(
        "<html><body><table><tr><td class='pls'><a href='space-uid-1.html' class='xw1'>老王</a></td>"
        "<td class='plc'><em>发表于 2024-2-15 21:03</em><p>正文。</p></td></tr></table></body></html>"
    )
    assert forum_author(root) == "老王"


def test_a_byline_line_above_the_article_is_no_body_but_names_the_author() -> None:
    byline = "大众新闻记者 赵一鸣 潍坊报道"
    assert clean_lines([byline, *PROSE], frozenset()) == PROSE
    assert clean_lines(["作者：周益帆", *PROSE], frozenset()) == PROSE
    page = (
        "<html><head><title>潍坊马拉松鸣枪开跑_某某网</title></head><body><h2>潍坊马拉松鸣枪开跑</h2>"
        f"<div class='time'>2025-04-13 11:48</div><div class='content'><p>{byline}</p>"
        + "".join(f"<p>{line}</p>" for line in PROSE * 3)
        + "</div></body></html>"
    )
    article = scraper.extract(page, rules=False)
    assert article.author == "赵一鸣" and byline not in article.paragraphs


def test_at_least_counts_matches_up_to_the_count() -> None:
    text = "网" * 200 + "abc"
    assert _at_least(CJK, text, 200)
    assert not _at_least(CJK, text, 201)
    assert _at_least(CJK, text + "易", 201)
    assert _at_least(CJK, "", 0) and not _at_least(CJK, "", 1)


def test_the_utf8_length_passes_every_text_with_enough_chinese_to_the_count() -> None:
    # A necessary condition only: what decides is _at_least, which it must never cut short.
    enough = "网" * (CHINESE_CHARS + 1)
    assert _may_be_chinese(enough) and _may_be_chinese("Latin text " * 100 + enough)
    assert not _may_be_chinese("网" * CHINESE_CHARS + "Latin text " * 100)
    # Other characters beyond ASCII lengthen the UTF-8 too: the count decides (curly quotes, no Chinese).
    quoted = "\u201cquoted\u201d " * 300
    assert _may_be_chinese(quoted) and not _at_least(CJK, quoted, CHINESE_CHARS + 1)


def test_trafilatura_reading_leaves_the_tree_as_it_was() -> None:
    # The Chinese generic path runs the density reading, which prunes, on the same tree after trafilatura's.
    root = parse((FIXTURES / "netease_2019" / "source.html").read_text(encoding="utf-8"), None)
    before = etree.tostring(root)
    for fast in (True, False):
        assert trafilatura_paragraphs(root, None, tables=not fast, fast=fast)
        assert etree.tostring(root) == before


def test_clean_drops_a_follow_prompt_written_as_a_sentence() -> None:
    prompt = "关注某某财经（abc518），获取更多投资机会"
    assert clean_lines([*PROSE, prompt], frozenset()) == PROSE
    # An article's sentence may open with 关注 without being a prompt.
    own = "关注政策变化的投资者认为，市场仍有结构性机会。"
    assert clean_lines([*PROSE, own], frozenset()) == [*PROSE, own]


def test_clean_drops_a_comment_printed_as_one_row_after_its_poster_and_time() -> None:
    row = "某某省某某市网友 2013-05-20 16:20:41 看完预告就想去影院，画面太美了"
    assert clean_lines([*PROSE, "（本文系独家稿件，未经授权请勿转载）", row], frozenset()) == PROSE
    # A time printed inside a sentence, no poster before it, is the article's own.
    own = "截至2024-05-09 15:00收盘，沪指报3100点，两市成交额较前一交易日有所放大。"
    assert clean_lines([*PROSE, own], frozenset()) == [*PROSE, own]


REPLIES = ["军衔：中士", "去过，确实热闹，就是人多。", "军衔：上士", "楼主能多发几张照片吗？", "军衔：下士", "回复2楼：过几天单独发帖。"]


def test_choose_body_leaves_what_trafilatura_reads_on_past_the_density_containers_end() -> None:
    # A forum thread: the density container is the first post; trafilatura reads on into the replies (short ones:
    # under half as long again as the post, so the reading is not simply padded).
    assert choose_body(PROSE, [*PROSE, *REPLIES]) == PROSE
    # Lines of its own between the article's paragraphs are a disagreement, not a tail: trafilatura's reading.
    inside = [PROSE[0], "会议还研究了其他事项，决定进一步加大对中小微企业的支持力度，减轻企业负担。", PROSE[1], PROSE[2]]
    assert choose_body(PROSE, inside) == inside


POST = [
    "元宵节前去了一趟老街，赶上街口的旧照片展，前前后后看了一个多小时，说几点感受，跟大家交流。",
    "第一，老街的变化比想象的大。展板上三十年前的照片和眼前的街景放在一起，很多铺面已经认不出来了。",
    "第二，老手艺还在。街尾那家做竹编的店开了四十多年，店主说现在年轻人来学的反而多了，周末常有人排队。",
    "第三，这样的展览值得多办。照片不会说话，但比任何介绍都有说服力，留言本上写满了附近居民的回忆。",
    "最后提醒一句，展览免费参观，周一闭馆，打算去的朋友可以留出半天时间慢慢看。",
]


def test_a_forum_threads_replies_are_no_part_of_the_first_post() -> None:
    floors = "".join(
        f'<div class="f"><div class="u"><p><a href="/user/{n}.html">坛友{n}号</a></p><p>{rank}</p></div>'
        f'<div class="r"><div class="i"><span>{n}楼</span> 发表于：2024-01-18 1{n}:05</div>'
        f'<div class="c"><p>{reply}</p></div></div></div>'
        for n, (rank, reply) in enumerate(zip(REPLIES[::2], REPLIES[1::2], strict=True), start=2)
    )
    first = (
        '<div class="f"><div class="u"><p><a href="/user/1.html">楼主本人</a></p><p>军衔：少校</p></div>'
        '<div class="r"><div class="i"><span>楼主</span> 发表于：2024-01-18 09:05</div>'
        f'<div class="c">{"".join(f"<p>{line}</p>" for line in POST)}</div></div></div>'
    )
    page = (
        "<html><head><title>老街见闻_某某论坛</title></head><body><h1>老街见闻</h1>"
        f'<div class="floors">{first}{floors}</div><div><p>快速回复</p></div></body></html>'
    )
    assert scraper.extract(page, "https://bbs.example.com/t/1.html").paragraphs == POST


def test_clean_drops_a_health_disclaimer_written_as_a_sentence() -> None:
    notice = "温馨提示：本文仅供参考，不能作为诊断及治疗的依据"
    assert clean_lines([*PROSE, notice], frozenset()) == PROSE


def test_clean_drops_a_reprint_notice_without_its_please() -> None:
    # 转载注明来源 (or 转载时注明出处) with the address: the request to credit on reprint, worded without 请.
    for notice in ("转载注明来源：http://www.example.com/315/52627.html", "转载时注明出处：某某生活网"):
        assert clean_lines([*PROSE, notice], frozenset()) == PROSE


def test_a_link_to_more_trailing_a_paragraph_is_no_body_on_the_generic_path() -> None:
    # A rule's body reading strips it; a page no rule knows prints the same widget.
    more = "<a href='https://example.cn/more.html'>详情&gt;&gt;</a>"
    lines = [f"第{index + 1}段，{PROSE[index % 3]}" for index in range(9)]
    body = "".join(f"<p>{line}{more if index % 4 == 1 else ''}</p>" for index, line in enumerate(lines))
    page = f"<html><body><div class='main'>{body}</div></body></html>"
    assert scraper.extract(page, "https://example.cn/a.html", rules=False).paragraphs == lines


def test_clean_drops_a_labelled_notice_and_the_site_addressing_its_contributors() -> None:
    # Named blocks (ad-tips, copyright) drop them on a page whose names say so; on one whose names say nothing
    # the words of the line are what is left: a notice under its own label, the site asking owners of works
    # to contact it.
    notices = [
        "广告声明：文内含有的对外跳转链接用于传递更多信息，结果仅供参考，某某网所有文章均包含本声明。",
        "版权声明：本文为作者原创，转载时请保留出处。",
        "特别提醒：如果我们使用了您的图片，请作者与本站联系索取稿酬。如您不希望作品出现在本站，可联系我们撤下。",
    ]
    assert clean_lines([*PROSE, *notices], frozenset()) == PROSE
    # A statement an article reports on stays: the word is no label there.
    quoted = "该公司当晚发布声明称，将全力配合调查，并向受影响的用户致歉。"
    assert clean_lines([*PROSE, quoted], frozenset()) == [*PROSE, quoted]


def test_clean_drops_a_thread_of_two_comments_under_their_count() -> None:
    # Named blocks (comments) drop it where the names say so; by shape, a count of comments heads it and each
    # comment stands between its poster's row (a linked name and the day) and the next.
    posters = frozenset({"夜猫看片", "小白学调色"})
    thread = ["12 条评论", "夜猫看片01-16", "去年看了修复版的老片，颗粒感保留得很好。", "小白学调色01-15", "请问用的是什么软件？想试试。"]
    assert clean_lines([*PROSE, *thread], posters) == PROSE
    # Two paragraphs after a heading that no poster's row encloses are the article going on.
    going_on = ["评论", "这是文章的下一段，它接着上文说下去，说得很长很长。", "这是文章的最后一段，它把话说完，也说得很长很长。"]
    assert clean_lines([*PROSE, *going_on], posters) == [*PROSE, *going_on[1:]]


def test_clean_drops_a_models_summary_above_the_article_and_the_byline_under_it() -> None:
    # The summary box's name said so on a page that names it; by its words, the label of a summary a model
    # wrote opens the line, above the author's first line, and the byline under it is above the article too.
    summary = "AI速读首批动力电池进入退役高峰，政策密集出台，上市公司加码回收产能。"
    assert clean_lines([summary, "本报记者 王思远", *PROSE], frozenset()) == PROSE
    # An article's own line that speaks of AI stays.
    own = "AI摘要功能上线后，用户的阅读时长提高了两成，平台称将继续改进。"
    assert clean_lines([PROSE[0], own, *PROSE[1:]], frozenset()) == [PROSE[0], own, *PROSE[1:]]


@pytest.mark.parametrize("line", ["校对 陶善工", "编辑 李四 校对 王五", "审核：赵六", "编辑丨郑可书", "监制 王明 统筹 李华"])
def test_clean_drops_a_line_of_staff_credits(line: str) -> None:
    assert clean_lines([*PROSE, line], frozenset()) == PROSE


def test_clean_keeps_a_paragraph_that_opens_with_a_role_word() -> None:
    # A sentence about the work of a role is body: only a line of roles and names is a credit.
    line = "统筹推进各项工作，监制部门要加强检查。"
    assert clean_lines([*PROSE, line], frozenset()) == [*PROSE, line]


def test_clean_drops_a_players_loading_prompt() -> None:
    lines = [PROSE[0], "视频加载中，请稍候……", *PROSE[1:]]
    assert clean_lines(lines, frozenset()) == PROSE


def test_clean_drops_an_accounts_call_to_tap_zaikan() -> None:
    assert clean_lines([*PROSE, "点个“在看”，让更多人看到"], frozenset()) == PROSE


@pytest.mark.parametrize(
    "line", ["执笔/老周、小林&阿木", "校办宣传组供稿 摄影/刘一 编辑/陈二", "撰稿/江小舟 图/梁一帆", "撰稿｜北岸"]
)
def test_clean_drops_a_line_of_credits_with_pen_names_and_units(line: str) -> None:
    # Credits with marks between role and names: pen names of any length and a unit that sent the text in.
    assert clean_lines([*PROSE, line], frozenset()) == PROSE
    assert clean_lines([line, *PROSE], frozenset()) == PROSE


def test_clean_keeps_a_lone_picture_credit_a_list_entry_after_a_colon_and_the_writers_byline() -> None:
    # A lone 图/… is a caption under a picture; a role before a colon may open an entry of the article's list;
    # the writer's byline is the article's, as printed.
    lines = [PROSE[0], "图/视觉中国", *PROSE[1:], "统筹：各部门协同", "文 | 江小舟 图 | 受访者提供"]
    assert clean_lines(lines, frozenset()) == lines


def test_clean_ends_the_article_at_a_the_end_mark_before_prose_promotion() -> None:
    promo = ["1985年，某厂试制出第一台国产微型计算机，比国外晚了不到十年。", "看最新数码资讯", "- 微博：某某科技官方"]
    assert clean_lines([*PROSE, "- THE END -", *promo], frozenset()) == PROSE


def test_clean_keeps_what_follows_an_end_mark_when_it_outweighs_the_text_above() -> None:
    # A mark closing a short first part is no article's end.
    lines = [PROSE[0], "—— END ——", *PROSE[1:], *PROSE]
    assert clean_lines(lines, frozenset()) == [PROSE[0], *PROSE[1:], *PROSE]


def test_clean_drops_breadcrumb_levels_on_lines_of_their_own_and_a_for_you_heading() -> None:
    lines = ["首页 >", "财经 >", *PROSE, "为你推荐"]
    assert clean_lines(lines, frozenset()) == PROSE


def test_clean_drops_a_key_points_box_and_the_byline_under_it() -> None:
    box = ["划重点：", "政策密集出台，市场预期趋稳。", "各部门将抓好落实，回应社会关切。", "《观潮》作者 林晓"]
    assert clean_lines([*box, *PROSE], frozenset()) == PROSE


def test_a_link_back_to_the_front_page_glued_to_the_last_paragraph_is_no_text() -> None:
    assert without_trailing_widget("整顿仍将持续。返回某某网首页>>") == "整顿仍将持续。"


def test_a_long_notice_that_says_so_twice_is_a_prompt_line() -> None:
    notice = (
        "免责声明：本栏目内容均由合作方提供，版权归原作者所有，转载请联系原作者并取得许可。文中观点仅代表作者本人，"
        "不代表本平台立场，所涉内容仅供读者了解，不作为任何决策的依据，据此操作，风险自担。"
    )
    assert is_prompt_line(notice)
    assert not is_prompt_line("声明称，" + PROSE[0] * 3)


def test_clean_drops_cards_whose_fields_are_printed_one_to_a_bulleted_line() -> None:
    cards = []
    for headline, day, clock, byline, views in (
        ("某地老街改造完成 居民：出门就是公园", "2021年05月06日", "08:15", "周一鸣", "12,406"),
        ("新款耳机续航翻倍 价格却没有变化", "2021年05月07日", "19:40", "数码频道", "3,915"),
        ("小城夜市重开，摊主们有了新的盼头！", "2021年05月08日", "21:02", "林可", "860"),
    ):
        cards += [headline, f"- {day}", f"- {clock}", "- 独家", f"- {byline}", f"- {views}"]
    assert clean_lines([*PROSE, *cards], frozenset()) == PROSE


def test_clean_keeps_the_articles_last_line_above_cards_that_print_no_headline() -> None:
    # A related list read without its headlines (they are links): each card is its summary and its time. The line
    # above the first card is the article's own last line, not that card's headline.
    slogan = "一起努力！明天会更好！"
    cards = [
        "某地老街改造完成，居民出门就是公园，街坊们纷纷点赞，认为改造让老街焕发了新的...",
        "2018-10-20 16:54:00",
        "新款耳机续航翻倍，价格却没有变化，这在业内引发了不少讨论和关注。",
        "2018-10-20 16:52:00",
        "小城夜市重开，摊主们有了新的盼头，夜经济正在一点点回暖，人气也越来越旺...",
        "2018-10-20 14:38:00",
    ]
    assert clean_lines([*PROSE, slogan, *cards], frozenset()) == [*PROSE, slogan]
    # With a headline above each card's fields, the line above the first card's fields is its headline.
    headed = ["某地老街改造完成 居民点赞", cards[0], cards[1], "新款耳机续航翻倍 价格未变", cards[2], cards[3]]
    assert clean_lines([*PROSE, *headed], frozenset()) == PROSE


def test_clean_keeps_an_articles_bulleted_list_without_a_bare_value() -> None:
    items = ["- 早餐：豆浆油条", "- 午餐：米饭两荤一素", "- 晚餐：面条"]
    assert clean_lines([*PROSE, *items], frozenset()) == [*PROSE, *items]


def test_clean_drops_a_promo_box_with_a_bracketed_call_to_act() -> None:
    promo = "“好作品值得被看见”，一份名单记录一年的城市表情！“年度街景摄影评选”正在进行！【点击报名】晒出你的作品"
    assert clean_lines([promo, *PROSE], frozenset()) == PROSE


def test_clean_drops_the_original_posts_byline_over_a_repost() -> None:
    assert clean_lines(["原创： 江小舟编译 城市观察研究", *PROSE], frozenset()) == PROSE


SESSION_PROSE = [
    *PROSE,
    "会议强调，要坚持稳中求进工作总基调，统筹发展和安全，守住不发生系统性风险的底线。",
    "会议还研究了其他事项，要求各地结合实际抓好贯彻落实，确保政策措施尽快落地见效。",
    "与会同志表示，将认真贯彻会议精神，扎实做好各项工作，以实际行动推动经济持续回升向好。",
]


def test_hidden_addresses_between_a_footers_links_do_not_hold_it_in_the_body() -> None:
    # The article and a list of links to other offices in one block, each link with its address printed hidden
    # beside it: the visible links read as a menu after the article, the addresses in between would not.
    offices = ["省教育研究所", "省交通规划院", "省水文勘测局", "省气象服务站", "省档案管理馆", "省地质调查院",
               "省林业科学院", "省海洋监测站", "省旅游服务中心", "省粮食储备库", "省文物保护所", "省体育训练馆"]  # fmt: skip
    items = "".join(
        f"<span style='Display: None'>https://office{n}.example.gov</span><br>"
        f"<a href='https://office{n}.example.gov'>{name}</a><br>"
        for n, name in enumerate(offices)
    )
    body = "".join(f"{line}<br>" for line in SESSION_PROSE)
    page = f"<html><body><h1>某地召开工作会议</h1><div>{body}{items}</div></body></html>"
    assert scraper.extract(page, rules=False).paragraphs == SESSION_PROSE


def test_a_hidden_rest_of_the_article_stays() -> None:
    # The rest of a long article, hidden until the reader asks for it (展开全文), is the article's.
    rest = "".join(f"<p>{line}</p>" for line in SESSION_PROSE[1:])
    page = (
        f"<html><body><h1>某地召开工作会议</h1><div><p>{SESSION_PROSE[0]}</p>"
        f"<div style='display:none'>{rest}</div></div></body></html>"
    )
    paragraphs = scraper.extract(page, rules=False).paragraphs
    assert paragraphs[-len(SESSION_PROSE) + 1 :] == SESSION_PROSE[1:]


def test_clean_drops_a_long_disclaimer_under_a_bracketed_label() -> None:
    notice = (
        "【免责声明】本文仅代表作者本人观点，与本站无关。本站对文中陈述、观点判断保持中立，不对所包含内容的准确性、"
        "可靠性或完整性提供任何明示或暗示的保证。请读者仅作参考，并请自行承担全部责任。"
    )
    assert clean_lines([*PROSE, notice], frozenset()) == PROSE
    # A quoted statement in the article's own words stays.
    quoted = "他在发布会上表示，这一判断仅代表个人看法，并称公司将在下月公布详细方案。"
    assert clean_lines([*PROSE, quoted], frozenset()) == [*PROSE, quoted]
