"""Page forms the sixtieth round's build data showed misread, each a class: the fifty-fifth written round's half A.
Every line here is fictional, written for the test."""

from __future__ import annotations

import lxml.html
import pytest

import scraper
from scraper.extract.labels import byline_names, dispatch_author, label_value
from scraper.extract.published import stats_row, stats_row_date

from .test_unseen_forms29 import LINES
from .test_unseen_forms68 import _page

_URL = "https://www.example.cn/article/000001"
_HEADLINE = "清川夜间共享车位开放"


def test_a_title_naming_the_deck_under_the_headline_leaves_the_headline_the_title() -> None:
    # <h1>主标题</h1><h2 class="fubiao">——副标题</h2>, the <title> the deck's words: the <h1> is still the headline.
    page = _page("交通局开放机关车位 - 城市 - 清川网", "", "<h2 class='fubiao'>——清川市交通局开放机关车位</h2>")
    article = scraper.extract(page, url=_URL, rules=False)
    assert article.title == _HEADLINE
    assert article.paragraphs == LINES


def test_a_title_naming_a_line_under_the_headline_that_is_no_deck_is_the_title() -> None:
    # The contrast: a line under the <h1> without a deck's dash is no deck, and the <h1> disagrees with the <title>.
    page = _page("交通局开放机关车位 - 城市 - 清川网", "", "<h2>清川市交通局开放机关车位</h2>")
    assert scraper.extract(page, url=_URL, rules=False).title != _HEADLINE


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("【記者林述秋／清川報導】清川市交通局今天宣布，機關停車位夜間開放給附近居民使用。", "林述秋"),
        ("〔記者林述秋、石秋雯／清川報導〕清川市交通局今天宣布，機關停車位夜間開放。", "林述秋 石秋雯"),
        ("【记者 林述秋/清川报道】清川市交通局今天宣布，机关停车位夜间开放。", "林述秋"),
        ("〔本報記者林述秋／綜合報導〕清川市交通局今天宣布，機關停車位夜間開放。", "林述秋"),
    ],
)
def test_a_bracket_of_the_reporter_and_where_he_filed_from_opening_the_text_names_the_author(
    line: str, names: str
) -> None:
    # 〔記者王五／台北報導〕, the way Taiwanese papers open a report: the role, the names, the slash, the filing place.
    assert dispatch_author([line]) == names


def test_a_reporters_bracket_and_his_picture_credit_give_his_name_alone() -> None:
    # The caption's （記者某某攝） credits the same reporter's picture: the author is his name, without 攝.
    lead = "【記者林述秋／清川報導】清川市交通局今天宣布，機關停車位夜間開放給附近居民使用，首批共三百個車位。"
    figure = "<figure><img src='/a.jpg' alt=''><figcaption>居民夜間停車。（記者林述秋攝）</figcaption></figure>"
    text = "".join(f"<p>{line}</p>" for line in LINES)
    page = (
        f"<html><head><meta charset='utf-8'><title>{_HEADLINE}</title></head><body><h1>{_HEADLINE}</h1>"
        f"<div class='content'><p>{lead}</p>{figure}{text}</div></body></html>"
    ).encode()
    article = scraper.extract(page, url=_URL, rules=False)
    assert article.author == "林述秋"
    assert article.paragraphs[0] == lead


_DEFINITION = "<p>错峰停车是指在不同时段共享同一车位。它能提高车位的利用率。</p>"
_TIP_LINE = "<p>身边事、烦心事，欢迎拨打新闻热线</p><p>0510-55550000（24小时）</p>"


@pytest.mark.parametrize(
    "card",
    [
        # <div class="gloss"><p><strong>【什么是“隔写”】</strong></p><p>one definition</p></div>: a reference card
        # headed by the question of what its term is.
        *(f"<div class='gloss'><p><strong>【{question}】</strong></p>{_DEFINITION}</div>"
          for question in ("什么是“错峰停车”", "什么是“错峰停车”？", "何为错峰停车")),
        # 【新闻热线】 / 身边事、烦心事，欢迎拨打新闻热线 / 0510-55550000（24小时）: the outlet's tip line as a card, its
        # number on a line of its own.
        *(f"<div class='hotline-box'><p><b>{label}</b></p>{_TIP_LINE}</div>" for label in ("【新闻热线】", "报料热线", "【爆料电话】")),
    ],
)
def test_a_term_card_or_the_outlets_tip_line_card_in_the_text_goes(card: str) -> None:
    article = scraper.extract(_page(_HEADLINE, "", "", card), url=_URL, rules=False)
    assert article.paragraphs == LINES


def test_an_article_paragraph_asking_what_a_term_is_stays() -> None:
    # The contrast: the question opening a paragraph of the article's own text, with its answer in the same line.
    line = "什么是错峰停车？就是让机关车位在夜间空闲时段向周边居民开放，白天再恢复机关使用，居民需提前登记车牌。"
    article = scraper.extract(_page(_HEADLINE, "", "", f"<p>{line}</p>"), url=_URL, rules=False)
    assert article.paragraphs == [*LINES, line]


@pytest.mark.parametrize(
    ("row", "name"),
    [
        ("撰文：林述秋 發佈於 2021年3月16日 18:30", "林述秋"),
        ("作者：林述秋 發表於 2021年3月16日", "林述秋"),
        ("作者：林述秋 石秋雯 发布于 2021-03-16", "林述秋 石秋雯"),
    ],
)
def test_the_times_label_after_the_names_in_any_spelling_ends_them(row: str, name: str) -> None:
    # <span>撰文：某某</span><span>發佈於 …</span>: 發佈於 is 发布于 in traditional characters, the time's label.
    assert label_value(row, "author") == name


@pytest.mark.parametrize("channel", ["行情分析", "市场动态", "要闻"])
def test_a_channels_name_linked_after_the_writers_is_no_second_name(channel: str) -> None:
    # 作者：暨某某&nbsp;&nbsp;<a href="/news/list-14.html">行情分析</a>: the link is the channel's, not a reporter's.
    assert label_value(f"2014年06月12日 16:45  来源：清川社  作者：林述秋  {channel}", "author") == "林述秋"


def test_a_reporters_role_glued_to_a_later_name_in_the_dispatch_mark_is_no_part_of_it() -> None:
    # 本报讯 （实习记者 樊某 张某 记者惠某）: the three are the writers; 记者 is the last one's role.
    line = "本报讯 （实习记者 林述秋 石秋雯 记者谷梁悦）清川市交通局今天宣布，机关停车位夜间开放。"
    assert dispatch_author([line]) == "林述秋 石秋雯 谷梁悦"


@pytest.mark.parametrize("role", ["审读", "审稿"])
def test_a_reviewers_credit_closing_the_text_is_a_staff_line(role: str) -> None:
    # <p class="du-staff">审读：某某</p> under the last paragraph: one more staff role, as 审核 and 校对 are.
    article = scraper.extract(_page(_HEADLINE, "", "", f"<p>{role}：石秋雯</p>"), url=_URL, rules=False)
    assert article.paragraphs == LINES


def test_a_reporters_line_padded_between_characters_names_the_writer_unpadded() -> None:
    # 县融媒体中心记者：吴 晓 敏 over 编　辑：叶 婷 in a right-aligned staff block: the writer named without the padding.
    block = "".join(
        f"<p style='text-align:right'>{line}</p>" for line in ("清川融媒体中心记者：林 述 秋", "编　辑：石 雯")
    )
    article = scraper.extract(_page(_HEADLINE, "", "", block), url=_URL, rules=False)
    assert article.author == "林述秋"
    assert article.paragraphs[: len(LINES)] == LINES


@pytest.mark.parametrize("marker", ["con1_author", "article-author", "post_author", "nfzm-content__author"])
def test_an_element_whose_class_names_the_author_after_a_prefix_names_the_writer(marker: str) -> None:
    # <span class="con1_author">王五</span> under the headline, as a 2015 NetEase column template prints it.
    page = _page(_HEADLINE, "", f"<span class='{marker}'>林述秋</span><span class='date'>2015-06-21 11:39:55</span>")
    assert scraper.extract(page, url=_URL, rules=False).author == "林述秋"


def test_a_comments_author_class_names_no_writer() -> None:
    # The contrast: <span class="comment-author">…</span> under the text is a poster's.
    page = _page(_HEADLINE, "", "", "<div class='c'><span class='comment-author'>石秋雯</span><p>说得好。</p></div>")
    assert scraper.extract(page, url=_URL, rules=False).author != "石秋雯"


def test_the_account_a_column_line_names_before_the_writer_is_no_writer() -> None:
    # <a class="a-author">科技观察</a> over 本文来自某某专栏：科技观察，作者：林某: the account posted the column.
    top = "<a class='a-author' href='/user/1'><span class='name'>清川观察</span></a>"
    tail = "<p>本文来自清川网专栏：清川观察，作者：林述秋</p>"
    assert scraper.extract(_page(_HEADLINE, "", top, tail), url=_URL, rules=False).author != "清川观察"


def test_a_call_to_follow_a_quoted_account_with_two_slogans_closing_the_text_goes() -> None:
    # 关注“网易数读”，用数据说话，让新闻更有料。 under the last paragraph: the channel's promo, one slogan or two.
    tail = "<p>关注“清川数读”，用数据说话，让新闻更有料。</p>"
    assert scraper.extract(_page(_HEADLINE, "", "", tail), url=_URL, rules=False).paragraphs == LINES


@pytest.mark.parametrize(("line", "names"), [("□ 林述秋", "林述秋"), ("□林述秋 石秋雯", "林述秋 石秋雯"), ("□本报记者 林述秋", "林述秋")])
def test_a_white_box_before_names_marks_a_byline(line: str, names: str) -> None:
    # #endText opening on □ 某某: the paper's byline box, with or without the reporter's role.
    assert byline_names(line) == names


def test_a_black_box_before_a_word_is_a_section_head() -> None:
    # The contrast: ■ 背景 heads a section of the text; it names no one.
    assert byline_names("■ 背景") is None


def test_the_authors_element_holding_the_writer_and_a_trainee_named_by_the_paper_gives_the_writer() -> None:
    # <div class="nfzm-content__author"><span>南方周末记者 某某</span><span>南方周末实习生 某某</span></div>.
    top = "<div class='nfzm-content__author'><span>清川周末记者 林述秋</span><span>清川周末实习生 石秋雯</span></div>"
    assert scraper.extract(_page(_HEADLINE, "", top), url=_URL, rules=False).author == "林述秋"


@pytest.mark.parametrize("role", ["清川周末实习生", "清川日报通讯员", "本报通讯员", "实习生"])
def test_a_role_credited_after_the_writer_under_the_papers_name_is_no_second_writer(role: str) -> None:
    assert byline_names(f"清川周末记者 林述秋 {role} 石秋雯") == "林述秋"


@pytest.mark.parametrize(
    "line",
    ["责任编辑 石秋雯", "编辑 谷梁悦 责编 石秋雯", "译者/谷梁悦 责任编辑/石秋雯", "責任編輯／石秋雯", "编辑 谷梁悦　责编 石秋雯　审核 林述秋"],
)
def test_the_responsible_editor_after_a_space_or_a_slash_is_the_editor(line: str) -> None:
    # <p class="nfzm-content__editor">责任编辑 某某</p>, 責任編輯／某某: the staff line's responsible editor, no colon.
    article = scraper.extract(_page(_HEADLINE, "", "", f"<p class='editor'>{line}</p>"), url=_URL, rules=False)
    assert article.editor == "石秋雯"
    assert article.paragraphs == LINES


def test_a_source_cut_short_at_the_end_of_the_row_under_the_headline_is_not_read() -> None:
    # A government info table under the headline fills the row's length (120 characters): 来源：长 of 来源：长沙市…
    # is no source; the meta tag names it whole.
    cells = "".join(f"<td>{label}：</td><td>{value}</td>" for label, value in [
        ("发文字号", "清政办函〔2021〕99号"), ("发布日期", "2021-06-15"), ("有效性", "有效"), ("公开方式", "主动公开"),
        ("主题分类", "城乡建设、环境保护"), ("发文机关", "清川市人民政府办公厅"),
    ])
    top = f"<table><tr>{cells}</tr></table><div class='row'><span>发布时间：2021-06-15 16:32</span><span>来源：清川市人民政府办公厅</span></div>"
    page = _page(_HEADLINE, "<meta name='ContentSource' content='清川市人民政府办公厅'>", top)
    assert scraper.extract(page, url=_URL, rules=False).source == "清川市人民政府办公厅"


def test_a_source_element_printing_from_before_the_outlet_gives_the_outlet() -> None:
    # <div class="index_sourceTitle"><span>来自</span><a>新京报</a></div>: an app feed's credit.
    top = "<div class='index_sourceTitle_1RJ1h'><span>来自</span><a href='https://www.example.com/'>清川晚报</a></div>"
    assert scraper.extract(_page(_HEADLINE, "", top), url=_URL, rules=False).source == "清川晚报"


@pytest.mark.parametrize("button", ["收聽新聞", "播放新闻"])
def test_a_players_button_after_the_rows_date_is_no_source(button: str) -> None:
    # 時間：2020-07-08 14:37 | <span>收聽新聞</span><audio …> | 01:48: the button is named for what it plays.
    top = (f"<div class='news-info'><div class='date'>時間：2020-07-08 14:37</div></div>"
           f"<div class='audio-box'><span>{button}</span><audio src='/a.mp3'></audio><span>01:48</span></div>")
    assert scraper.extract(_page(_HEADLINE, "", top), url=_URL, rules=False).source is None



_STATS_ROW = "<div class='blog_bottom'><ul><li>2012-03-08 21:47</li><li>浏览 1523</li><li><a href='#c'>评论(3)</a></li></ul></div>"


def test_the_time_of_the_posts_one_stats_row_under_it_is_the_publish_time() -> None:
    # <li>2012-03-08 21:47</li><li>浏览 1523</li><li>评论(3)</li> under a blog post that prints its time nowhere else.
    article = scraper.extract(_page(_HEADLINE, "", "", _STATS_ROW), url="https://blog.example.com/blog/1443210",
                              rules=False)
    assert article.published_at == "2012-03-08T21:47+08:00"


def test_stats_rows_of_several_posts_give_no_time() -> None:
    # The contrast: a list of posts, each with its own stats row, is no post's.
    rows = _STATS_ROW + _STATS_ROW.replace("2012-03-08 21:47", "2012-03-01 08:15")
    one = stats_row(lxml.html.fromstring(f"<html><body>{_STATS_ROW}</body></html>"))
    assert stats_row_date(one) == "2012-03-08T21:47+08:00"
    assert stats_row_date(stats_row(lxml.html.fromstring(f"<html><body>{rows}</body></html>"))) is None


def test_the_writer_labelled_in_the_posts_one_stats_row_is_the_author() -> None:
    # <div class="rightcom">作者:某账号 阅读(1660) 评论(5) 编辑 发表于:2005-07-31 12:30</div> under a reposted report
    # whose dispatch names the paper's reporters: the blog's poster is the page's writer.
    lead = "本报讯 （记者 谷梁悦）清川市交通局今天宣布，机关停车位夜间开放给附近居民使用，首批共三百个车位。"
    row = "<div class='rightcom'>作者:qingchuan99 阅读(1660) <a href='#p'>评论(5)</a> 编辑 发表于:2005-07-31 12:30</div>"
    text = "".join(f"<p>{line}</p>" for line in [lead, *LINES])
    page = (f"<html><head><meta charset='utf-8'><title>{_HEADLINE}</title></head><body><h1>{_HEADLINE}</h1>"
            f"<div class='post'>{text}</div>{row}</body></html>").encode()
    article = scraper.extract(page, url="https://blog.example.com/qingchuan99/255509.html", rules=False)
    assert (article.author, article.published_at) == ("qingchuan99", "2005-07-31T12:30+08:00")


def test_a_rows_labelled_fields_closed_by_its_bar_a_line_each_are_no_paragraphs() -> None:
    # <p class="xg1">2013-6-8 21:14<span class="pipe">|</span>\\n发布者: <a>某账号</a><span class="pipe">|</span>\\n查看: …
    row = ("<p class='xg1'>2013-6-8 21:14<span class='pipe'>|</span>\n发布者: <a href='/u/1'>清川小编</a>"
           "<span class='pipe'>|</span>\n查看: <em>2356</em><span class='pipe'>|</span>\n评论: 3<span class='pipe'>|"
           "</span>原作者: 林述秋<span class='pipe'>|</span>来自: 清川晚报</p>")
    text = "".join(f"<p>{line}</p>" for line in LINES)
    page = (f"<html><head><meta charset='utf-8'><title>{_HEADLINE}</title></head><body><h1>{_HEADLINE}</h1>"
            f"<div class='content'>{row}{text}</div></body></html>").encode()
    article = scraper.extract(page, url=_URL, rules=False)
    assert article.paragraphs == LINES
    assert article.author == "林述秋"
