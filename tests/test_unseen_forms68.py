"""Page forms the fifty-ninth round's build data showed misread, each a class: the fifty-fourth written round's half
A and the fifty-third's pages, landed this round. Every line here is fictional, written for the test."""

from __future__ import annotations

import pytest

import scraper
from scraper.extract.labels import closing_author, credited_writer, label_value

from .test_unseen_forms29 import LINES
from .test_unseen_forms67 import _row_page

_URL = "https://www.example.cn/article/000001"


def _page(title: str, head: str, top: str, tail: str = "") -> bytes:
    # A page of LINES under an h1: `head` inside <head>, `top` between the h1 and the text, `tail` after the text.
    body = "".join(f"<p>{line}</p>" for line in LINES)
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title>{head}</head><body><div class='wp'>"
        f"<h1>清川夜间共享车位开放</h1>{top}<div class='content'>{body}{tail}</div></div>"
        "<div class='foot'>清川网版权所有</div></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("row", "kind", "value"),
    [
        ("2021-04-06 09:12来源：清川网作者：林述秋责任编辑：石秋雯浏览：0", "editor", "石秋雯"),
        ("来源：清川网 作者：林述秋阅读量：1200", "author", "林述秋"),
        ("来源：清川网 责任编辑：石秋雯点击数：36", "editor", "石秋雯"),
        ("责任编辑：石秋雯人气：88", "editor", "石秋雯"),
    ],
)
def test_a_counts_label_run_into_the_value_before_it_ends_the_value(row: str, kind: str, value: str) -> None:
    # <span>责任编辑：某某</span><span>浏览：<em>0</em></span>: the spans glued, the count's label is the next field.
    assert label_value(row, kind) == value


def test_a_row_of_glued_spans_ending_in_a_views_count_gives_the_editor_alone() -> None:
    row = ("<span>2021-04-06 09:12</span><span>来源：清川网</span><span>作者：林述秋</span>"
           "<span>责任编辑：石秋雯</span><span>浏览：<em>0</em></span>")
    article = scraper.extract(_row_page(row), url=_URL, rules=False)
    assert (article.author, article.editor) == ("林述秋", "石秋雯")
    assert article.paragraphs == LINES


@pytest.mark.parametrize(
    "row",
    [
        "2009年11月23日07:48　来源：清川晚报　作者：　网友评论(3)",
        "2009-6-15 8:42:17　来源：清川晚报　作者：　【字体：大 中 小】",
        "2013年06月18日 08:50　来源：清川日报　作者：　《清川日报》2013年06月18日",
    ],
)
def test_an_empty_authors_label_before_the_rows_next_widget_names_no_one(row: str) -> None:
    # 作者：&nbsp; then the comment link, the text-size control or the link to the day's issue: the label is empty.
    assert label_value(row, "author") is None


def test_the_next_fields_bracket_run_into_the_value_is_no_part_of_it() -> None:
    # 【来源：清川日报】【作者：林述秋】【时间：…】: the spans glued, 林述秋】【 is read to the next label.
    row = "【来源：清川日报】【作者：林述秋】【时间：2005-9-12 10:26:37】【点击：36】"
    assert (label_value(row, "author"), label_value(row, "source")) == ("林述秋", "清川日报")


@pytest.mark.parametrize(
    ("row", "author"),
    [
        ("作者：本报通讯员 石秋雯 本报记者 林述秋", "林述秋"),
        ("作者：本报通讯员 石秋雯 本报记者 林述秋 遥辇清 实习生 迭剌霁", "林述秋 遥辇清"),
        ("作者：本报记者 林述秋 通讯员 石秋雯", "林述秋"),
        ("作者：本报通讯员 石秋雯 摄影 林述秋", "石秋雯"),
        ("作者：通讯员 石秋雯", "石秋雯"),
    ],
)
def test_a_reporter_credited_after_the_correspondent_is_the_writer(row: str, author: str) -> None:
    # The correspondent printed first (本报通讯员 某某 本报记者 某某): the reporter writes, as in a closing credit; a
    # photographer after him is no writer, and a correspondent alone is the writer.
    assert label_value(row, "author") == author


@pytest.mark.parametrize(
    ("row", "author"),
    [("作者：清川营养师 林述秋", "林述秋"), ("作者：执业律师 林述秋", "林述秋"), ("作者：清川大学教授 林述秋", "林述秋")],
)
def test_the_trade_the_writer_writes_from_before_the_name_is_no_name(row: str, author: str) -> None:
    # 作者：某某营养师 王五: the writer's trade, as 科普作者 is his kind; the name after it is the writer.
    assert label_value(row, "author") == author


def test_a_community_portals_original_writer_outranks_the_account_that_posted() -> None:
    # 发布者: <a href="space-uid-…">某账号</a> | 原作者: 王五 | 来自: 某报 — the account reposted a paper's text.
    row = ("<span>2013-6-8 21:14</span><span>发布者: <a href='space-uid-0.html'>清川小编zz</a></span>"
           "<span>查看: 2356</span><span>原作者: 林述秋</span>")
    assert label_value("发布者: 清川小编zz | 查看: 2356 | 原作者: 林述秋 | 来自: 清川晚报", "author") == "林述秋"
    page = _page("清川夜间共享车位开放 - 清川社区", "", f"<p class='xg1'>{row}</p>")
    article = scraper.extract(page, url=_URL, rules=False)
    assert (article.author, article.paragraphs) == ("林述秋", LINES)


@pytest.mark.parametrize("outlet", ["总台", "本台", "本报"])
def test_a_closing_credit_of_an_outlet_named_short_names_the_reporter(outlet: str) -> None:
    # （总台记者 王五）, （本报记者 王五）: the outlet by one character and its kind, then the role and the name.
    assert closing_author([f"清川湿地公园夜游活动将持续到十月底。（{outlet}记者 林述秋）"]) == "林述秋"


def test_an_attribute_printed_where_a_value_should_be_names_nothing() -> None:
    # A broken template prints its markup as text: 作者： size="20"  来源： size="20".
    row = '作者： size="20"\u3000来源： size="20"\u3000发布日期： 7/5/2005 9:23:57 PM'
    assert (label_value(row, "author"), label_value(row, "source")) == (None, None)


@pytest.mark.parametrize(
    ("authors", "names"),
    [
        ('[{"@type":"Person","name":"林述秋"},{"@type":"Person","name":"石秋雯"}]', "林述秋 石秋雯"),
        ('[{"@type":"Organization","name":"清川网"},{"@type":"Person","name":"林述秋"}]', "林述秋"),
        ('[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chen"}]', "Ann Lee, Bo Chen"),
        ('{"@type":"Person","name":"林述秋"}', "林述秋"),
    ],
)
def test_every_person_of_a_json_ld_authors_list_is_a_writer(authors: str, names: str) -> None:
    # "author": [{Person 王五}, {Person 李四}]: both wrote it, as a byline's two names do; an organization is the outlet.
    data = f'{{"@context":"https://schema.org","@type":"NewsArticle","headline":"清川夜间共享车位开放","author":{authors}}}'
    page = _page("清川夜间共享车位开放", f"<script type='application/ld+json'>{data}</script>", "")
    assert scraper.extract(page, url=_URL, rules=False).author == names


@pytest.mark.parametrize(
    ("credit", "writer"),
    [("（撰稿：林述秋 编辑：石秋雯）", "林述秋"), ("（撰稿：林述秋）", "林述秋"), ("(文字：林述秋 摄影：石秋雯)", "林述秋")],
)
def test_staff_credits_in_brackets_closing_the_text_name_the_writer(credit: str, writer: str) -> None:
    # <p style="text-align: right">（撰稿：王五 编辑：李四）</p>: the writer's role in brackets, as on a line of its own.
    assert credited_writer([credit]) == writer


def test_a_bracketed_credit_line_closing_a_page_gives_its_writer() -> None:
    page = _page("清川夜间共享车位开放_清川网", "", "", "<p style='text-align: right'>（撰稿：林述秋 编辑：石秋雯）</p>")
    article = scraper.extract(page, url=_URL, rules=False)
    assert (article.author, article.paragraphs) == ("林述秋", LINES)
