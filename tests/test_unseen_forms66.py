"""Page forms the fifty-seventh round's build data showed misread, each a class: the fifty-second written round's half
A and the fifty-first's pages, landed this round. Every line here is fictional, written for the test."""

from __future__ import annotations

import pytest

import scraper
from scraper.extract.labels import byline_names, credited_writer, dispatch_author, label_value

from .test_unseen_forms29 import LINES, NETEASE_URL, _both_readings, _netease_page
from .test_unseen_forms56 import _goes_from_between


@pytest.mark.parametrize("count", ["评论(12)", "评论（3）", "跟贴[1,024]", "阅读(876)"])
def test_a_comment_links_word_and_bracketed_count_run_into_a_name_are_no_part_of_it(count: str) -> None:
    # <span>责任编辑：某某</span><span><a href="#comment">评论(12)</a></span>: the row's spans meet with no space.
    assert label_value(f"2013-11-12 10:05:42来源：清川车讯　责任编辑：石秋雯{count}", "editor") == "石秋雯"
    assert label_value(f"作者：林述秋{count}", "author") == "林述秋"


def test_a_bordered_tips_card_of_standing_rules_under_its_bracketed_label_goes() -> None:
    # 【安全提示】 heads the lab's standing rules, a few words a line, set inside the text by its template.
    _goes_from_between(
        "<div class='tishi' style='border:1px solid #c7b299;margin:10px 40px'><p><b>【安全提示】</b></p>"
        "<p>进入实验室须穿实验服、戴护目镜</p><p>试剂用后及时放回原位</p><p>废液分类倒入指定收集桶</p></div>"
    )


def test_a_cross_head_named_a_tip_over_the_articles_sentences_stays() -> None:
    # The article's own cross-head may name a tip: the sentences under it are the article's, not a card's lines.
    body = ("<p>" + "</p><p>".join(LINES[:2]) + "</p><div class='part'><p><b>■提示</b></p>"
            + "".join(f"<p>{line}</p>" for line in LINES[2:]) + "</div>")
    for paragraphs in _both_readings(body):
        assert paragraphs[2:] == ["■提示", *LINES[2:]] or paragraphs == [*LINES[:2], "■提示", *LINES[2:]]


def test_a_service_card_whose_label_names_a_tip_goes_whole() -> None:
    # 【…消费提示】 opening the card's first line heads a complaints channel: its hotline and its link go with it.
    _goes_from_between(
        "<div class='tip' style='border:1px solid #e6b8b8'><p><strong>【节日消费提示】</strong>清川消费维权机构开通节日投诉通道</p>"
        "<p>投诉热线：020-5550 6127　受理时间：9:00-18:00　受理截止：9月30日</p>"
        "<p><a href='/special/tousu/'>点击在线投诉&gt;&gt;</a></p></div>"
    )


def _portal_page(closing: str, info: str = "2024-04-18 07:21") -> bytes:
    body = "".join(f"<p>{line}</p>" for line in LINES)
    return (
        "<html><head><meta charset='utf-8'><title>清川湿地夜游记_清川网</title></head><body><h1>清川湿地夜游记</h1>"
        f"<div class='info'>{info}</div><div class='text'>{body}{closing}</div><div class='foot'>清川网版权所有</div>"
        "</body></html>"
    ).encode()


@pytest.mark.parametrize(
    "closing",
    [
        "<p>（本文来源：清川日报　作者：林述秋）</p>",
        "<p>　　（本文来源：<a href='/paper/'>清川日报</a>&#12288;作者：林述秋）</p>",
        "<div class='post_author'>本文来源：清川日报 作者：林述秋 责任编辑：石秋雯_NB0001</div>",
    ],
)
def test_the_closing_origin_line_names_the_writer_where_nothing_else_does(closing: str) -> None:
    # The template's origin line under the text credits the writer after the outlet; the line is no paragraph.
    article = scraper.extract(_portal_page(closing), url="https://www.example.cn/a/1.html", rules=False)
    assert article.author == "林述秋"
    assert article.paragraphs == LINES


def test_a_byline_over_the_text_outranks_the_closing_origin_line() -> None:
    # The info row's 作者 is the page's own credit of the writer; the origin line's is read only without one.
    page = _portal_page("<p>（本文来源：清川日报　作者：林述秋）</p>", info="2024-04-18 07:21　作者：王清川")
    assert scraper.extract(page, url="https://www.example.cn/a/1.html", rules=False).author == "王清川"


@pytest.mark.parametrize("line", ["（原标题：公园地书 一写十年）", "（原标题：一杯热水 一次充电 一份温暖）", "记者手记", "记者观察", "记者 调查"])
def test_an_original_titles_note_or_a_reporters_column_head_names_no_one(line: str) -> None:
    # A label's colon inside the bracket makes a note of the line; 手记 and 观察 after 记者 head the reporter's notes.
    assert byline_names(line) is None


def test_a_reporters_byline_in_brackets_still_names_the_reporter() -> None:
    assert byline_names("（记者 王五、李四）") == "王五 李四"
    assert byline_names("（网易财经 张艳）") == "张艳"
    assert byline_names("记者 王观察") == "王观察"


@pytest.mark.parametrize(
    ("lead", "names"),
    [
        ("本报讯（见习记者 林述秋）晚上七点多，清川河边的步道上已经坐满了乘凉的市民。", "林述秋"),
        ("网易体育8月19日雅典报道（特派记者 林述秋）在雅典奥运村的运动员餐厅里，中国队的队员们正在吃早饭。", "林述秋"),
        ("【清川网讯 清川台记者 林述秋 王清川】11月7日，清川河口的湿地迎来了今年第一批越冬候鸟。", "林述秋 王清川"),
        ("本报清川6月20日电 特派记者 林述秋 小组赛进入最后一轮，清川队必须取胜才能出线。", "林述秋"),
    ],
)
def test_a_dispatch_marks_reporter_is_named_after_his_kind_or_his_stations_name(lead: str, names: str) -> None:
    # 见习记者 and 特派记者 are the reporter's role, a station's name may stand before it, 电 may close the dateline.
    assert dispatch_author([lead]) == names


@pytest.mark.parametrize(
    ("closing", "writer"),
    [
        ("<p class='credit'>作者 | 林述秋　设计 | 石一帆</p>", "林述秋"),
        ("<p class='credit'>文字：林述秋　摄影：柏舟行　编辑：安清</p>", "林述秋"),
        ("<p class='credit'>撰稿：林述秋 摄影：盛一帆 审核：梁清川</p>", "林述秋"),
    ],
)
def test_the_writer_in_the_staff_credits_under_the_text_is_the_author(closing: str, writer: str) -> None:
    # The credit line closing the text names each hand by its role; the writer's is the one under 作者, 文字 or 撰稿.
    article = scraper.extract(_portal_page(closing), url="https://www.example.cn/a/1.html", rules=False)
    assert article.author == writer
    assert article.paragraphs == LINES


def test_a_credit_lines_other_roles_name_no_writer() -> None:
    assert credited_writer(["作者 | 林述秋　设计 | 石一帆"]) == "林述秋"
    assert credited_writer(["作者：林述秋 编辑 石一帆"]) == "林述秋"
    assert credited_writer(["编辑：林述秋　审核：石一帆"]) is None


def test_a_navigation_link_to_the_writers_section_names_no_author() -> None:
    # <a href="/author/">作家</a> in the channel bar is the section of writers; a writer's own page sits under it.
    nav = "<table><tr><td>清川读书</td><td><a href='/author/'>作家</a></td></tr></table>"
    page = _portal_page("<p>（本文来源：清川日报　作者：林述秋）</p>").replace(b"<body>", f"<body>{nav}".encode())
    assert scraper.extract(page, url="https://www.example.cn/a/1.html", rules=False).author == "林述秋"
    own = page.replace(b"<div class='foot'>", "<a href='/author/10086.html'>王清川</a><div class='foot'>".encode())
    assert scraper.extract(own, url="https://www.example.cn/a/1.html", rules=False).author == "王清川"


def test_the_writer_in_a_netease_pages_closing_credits_is_the_author() -> None:
    # A data channel's credit line under the text (作者：某某　设计：某某　数据：某某): the rule leaves it out of the body.
    body = "".join(f"<p>{line}</p>" for line in LINES) + "<p class='data_credit'>作者：林述秋　设计：阮溪　数据：孟小满</p>"
    article = scraper.extract(_netease_page(body), url=NETEASE_URL)
    assert article.author == "林述秋"
    assert "作者：林述秋　设计：阮溪　数据：孟小满" not in article.paragraphs


@pytest.mark.parametrize(("line", "names"), [("报导：林述秋", "林述秋"), ("報導：龔沁妍", "龔沁妍"), ("报道：林述秋", "林述秋")])
def test_a_reports_writer_under_its_word_in_either_spelling_is_a_byline(line: str, names: str) -> None:
    # 报导 (報導), as Taiwanese and Malaysian papers write 报道, credits the report's writer as 报道： does.
    assert byline_names(line) == names


@pytest.mark.parametrize(
    ("row", "author"),
    [
        ("作者：清川日报 林述秋", "林述秋"),
        ("撰文：网易女人 林述秋", "林述秋"),
        ("作者：本报记者 林述秋 清川网讯", "林述秋"),
        ("作者：林述秋 摘要", "林述秋"),
        ("作者：林述秋 王清川", "林述秋 王清川"),
    ],
)
def test_an_outlet_before_the_writer_or_the_texts_mark_after_him_is_no_name(row: str, author: str) -> None:
    # The outlet gives way to the name as a role does; the dispatch mark and a box's label run into the row end it.
    assert label_value(row, "author") == author
