"""Page forms the thirty-fifth round's build data showed misread, each a class: the twenty-ninth written round
landed whole (its half B held out last round included) and the thirtieth round's half A. Every line here is
fictional, written for the test."""

from __future__ import annotations

import lxml.html
import pytest

import scraper
from scraper.extract.clean import clean_lines
from scraper.extract.labels import byline_names
from scraper.extract.line_kinds import CHROME, kind_by_words
from scraper.extract.notices import is_credit_line, is_prompt_line
from scraper.extract.script_dates import script_date

from .test_unseen_forms29 import ARTICLE, LINES, _both_readings
from .test_unseen_forms30 import _assert_insert_goes, between

HEADLINE = "清川港口岸货物吞吐量前五月同比增长一成"


def _script_stamped_page(stamps: str) -> bytes:
    # A finance portal's page of 2023: no meta tags, an info row of the site's badge and a time with no label,
    # and a script config that stamps the record's creation, its publishing and its last change.
    return (
        f"<html><head><title>{HEADLINE}_清川财经</title>"
        f"<script>window.articleConfig = {{{stamps}}};</script></head><body>"
        f"<div class='nav'><a href='/'>首页</a> <a href='#'>市场</a></div><h1>{HEADLINE}</h1>"
        "<div class='detail-info'><span class='source'>清川财经</span><span class='time'>2023-07-12 15:21:07</span></div>"
        "<div class='detail-content'>" + "".join(f"<p>{line}</p>" for line in LINES) + "</div></body></html>"
    ).encode("utf-8")


@pytest.mark.parametrize(("created", "published"), [
    ('"createTime":"2023-07-12 15:20:44"', '"publishTime":"2023-07-12 15:21:07"'),
    ('"ctime":1689146444', '"ptime":1689146467'),
    ('"created_at":"2023-07-12T15:20:44+08:00"', '"published_at":"2023-07-12T15:21:07+08:00"'),
])
def test_the_publishing_key_outranks_the_records_creation_written_before_it(created: str, published: str) -> None:
    # A CMS stamps a record when the draft is made, minutes or days before it runs: the script's own publishing
    # key is the publish time, wherever the creation stands in the object.
    stamps = f'"docId":"3907751",{created},{published},"modifyTime":"2023-07-12 16:05:30"'
    root = lxml.html.fromstring(f"<html><body><script>var c = {{{stamps}}};</script></body></html>")
    assert script_date(root) == "2023-07-12T15:21:07+08:00"
    article = scraper.extract(_script_stamped_page(stamps), rules=False)
    assert article.published_at == "2023-07-12T15:21:07+08:00"
    assert article.paragraphs == LINES


def test_the_records_creation_is_read_where_no_publishing_key_stands_beside_it() -> None:
    root = lxml.html.fromstring('<html><body><script>var c = {"createTime":"2023-07-12 15:20:44",'
                                '"modifyTime":"2023-07-12 16:05:30"};</script></body></html>')
    assert script_date(root) == "2023-07-12T15:20:44+08:00"


@pytest.mark.parametrize("button", ["开始测试&gt;&gt;", "【立即报名】", "我要参与 »"])
def test_a_quiz_or_sign_up_box_goes_with_the_one_sentence_it_states(button: str) -> None:
    # A channel's quiz box between the paragraphs: its title, one sentence on what it tests, its button with the
    # arrows after it and a count of takers.
    _assert_insert_goes(
        "<div class='testBox'><table><tr><td class='testTitle'>情感测试：你是哪种恋爱性格？</td></tr>"
        "<tr><td>只需回答12道题，测出你在感情里是“付出型”还是“计较型”。</td></tr>"
        f"<tr><td><a href='https://lady.example.cn/test.html'>{button}</a>　已有28,416人参加</td></tr></table></div>"
    )


def test_a_paragraph_of_two_sentences_beside_a_button_stays() -> None:
    # The box may state one sentence; an article's paragraph that states two is no button's box.
    told = "报名通道已于本周一开放。截至目前，已有三百余名市民报名参加。"
    for paragraphs in _both_readings(between(f"<div><p>{told}</p><p><a href='https://example.cn/s'>立即报名</a></p></div>")):
        assert told in paragraphs


def test_a_related_box_whose_last_card_closes_on_an_inline_date_goes_whole() -> None:
    # The box's cards are a link and a summary paragraph; the last card's date is a <span>, no block of its own.
    _assert_insert_goes(
        "<div class='related-card'><h4>相关阅读</h4><a href='https://news.example.cn/13/0218/1.html'>"
        "<strong>补给船的春节航线</strong></a><p>春节期间，一艘补给船往返于十余座海岛之间，为驻岛官兵送去年货和信件。</p>"
        "<span class='cDGray'>2013-02-18</span></div>"
    )


@pytest.mark.parametrize(("line", "names"), [
    ("作者：文/通讯员 荀某某 图/邝某某", "荀某某"),
    ("作者：文/荀某某", "荀某某"),
    ("作者：通讯员 荀某某", "荀某某"),
])
def test_the_words_mark_and_the_role_under_an_author_label_open_a_byline(line: str, names: str) -> None:
    assert byline_names(line) == names


def test_a_counters_label_whose_count_a_script_prints_is_no_paragraph() -> None:
    for line in ("点击数：", "浏览次数：", "阅读量:"):
        assert kind_by_words(line) in CHROME, line
    # The bare word with its colon may open the article's own list.
    assert kind_by_words("阅读：") not in CHROME
    row = ("<div class='arti-info'><span>发布时间：2017年11月08日</span><span>作者：文/通讯员 荀某某 图/邝某某</span>"
           "<span>来源：冶金与环境学院</span><span>点击数：<script>_showDynClicks('wbnews', 1571284102, 29561)</script></span></div>")
    page = (f"<html><head><meta charset='utf-8'><title>{HEADLINE}-清川大学新闻网</title></head><body>"
            f"<form name='_newscontent_fromname'><div class='arti-title'>{HEADLINE}</div>{row}"
            "<div id='vsb_content'>" + "".join(f"<p>{line}</p>" for line in LINES) + "</div></form></body></html>")
    article = scraper.extract(page.encode(), rules=False)
    assert article.paragraphs == LINES
    assert article.author == "荀某某"


def _thread_with_tallies(fields: str) -> bytes:
    # A forum of its own software: the poster's cell beside the post holds his rank and the forum's tallies of him,
    # a line each between <br>s, under labels no other forum uses.
    post = "<br />\n".join(f"　　{line}" for line in LINES)
    return (
        "<html><head><meta charset='gbk'><title>清川湿地夜游记 - 游记 - 清川论坛</title></head><body>"
        "<h1>清川湿地夜游记</h1><table class='x1'><tr><td class='x2' width='160'>"
        f"<div><a href='/space.php?uid=1'>巷友甲</a></div><div class='x3'>{fields}</div></td>"
        "<td class='x4'><div>1楼 发表于 2012-9-3 21:47</div>"
        f"<div class='x5'>{post}</div></td></tr></table></body></html>"
    ).encode("gbk")


def test_a_posters_cell_of_the_forums_own_tallies_is_no_paragraph() -> None:
    fields = "巷中名流 (游记达人)<br />金币: 12850.3<br />红花: 86<br />帖子: 4371<br />在线: 1206.5小时<br />性别: GG<br />专业: 地理学"
    assert scraper.extract(_thread_with_tallies(fields), rules=False).paragraphs == LINES


def test_two_figures_under_labels_above_the_text_stay() -> None:
    # Two tallies are a data card's figures as often as a poster's; three make the box.
    card = ["游记达人", "金币: 12850.3", "红花: 86"]
    assert clean_lines([*card, *LINES], frozenset()) == [*card, *LINES]
    assert clean_lines([*card, "帖子: 4371", *LINES], frozenset()) == LINES


def test_a_reference_list_of_numbered_entries_under_its_heading_goes() -> None:
    closing = "<p>参考文献：</p><p>[1] 某某疾病防治相关共识与指南（综合整理）.</p><p>[2] 某某工作组相关指南（综合整理）.</p>"
    for paragraphs in _both_readings(ARTICLE + closing):
        assert paragraphs == LINES


@pytest.mark.parametrize("line", [
    "本文由清川游戏网制作发布，未经允许禁止转载。",
    "本文由“清川夜航船”原创首发，转载请后台联系授权。",
    "如对本稿件有异议或投诉，请联系tougao@example.com",
])
def test_a_reprint_or_objection_notice_closing_the_text_goes(line: str) -> None:
    for paragraphs in _both_readings(ARTICLE + f"<p>{line}</p>"):
        assert paragraphs == LINES, line


def test_a_magazines_edition_block_closing_the_text_goes() -> None:
    # Where the text ran in print, its headline there and its staff, each a line under the article.
    block = ("<p class='m'>发于2022.11.7总第1067期《清川周刊》杂志</p><p class='m'>杂志标题：一份夜游路线的诞生</p>"
             "<p class='m'>记者：方某某</p><p class='m'>编辑：杨某某</p>")
    for paragraphs in _both_readings(ARTICLE + block):
        assert paragraphs == LINES
    # An interview's question after 记者： is the article's line.
    assert not is_credit_line("记者：写了这么多年志书，为什么想给孩子写一本？")


def test_a_tip_off_box_with_its_call_to_ring_the_hotline_goes() -> None:
    _assert_insert_goes(
        "<div class='x8'><p class='t'>清川网爆料</p><p>身边有新鲜事？拨打爆料热线 010-55500000，或发邮件至 tips@example.cn</p>"
        "<a href='https://news.example.cn/baoliao/'>我要爆料</a></div>"
    )
    # A report citing a public hotline is the article's.
    told = "市民如发现占用专用道的车辆，可拨打12345热线反映，交管部门将在三个工作日内答复。"
    assert not is_prompt_line(told)
