"""Page forms the fortieth round's build data showed misread, each a class: the thirty-fourth written round landed
whole and the thirty-fifth round's half A. Every line here is fictional, written for the test."""

from __future__ import annotations

import pytest

import scraper
from scraper.extract import vote
from scraper.extract.dom import forum_author
from scraper.extract.labels import dispatch_author, label_value
from scraper.extract.line_kinds import Kind, kind_by_words
from scraper.extract.notices import without_references
from scraper.extract.tree import parse

from .test_unseen_forms29 import LINES, _both_readings


def _between(box: str) -> str:
    """The test's article with `box` between its second and third paragraphs."""
    return ("".join(f"<p>{text}</p>" for text in LINES[:2]) + box
            + "".join(f"<p>{text}</p>" for text in LINES[2:]))


REFERENCES = ["參考資料：", "1.衛生福利部某某署：國人膳食營養素參考攝取量", "2.Example Health Agency：Water and Drinks"]


def test_a_numbered_reference_list_under_a_traditional_heading_goes() -> None:
    assert without_references([*LINES, *REFERENCES]) == LINES
    simplified = ["参考资料", "1、某某学会.某某膳食指南（2022）", "2、某某中心：饮水与健康"]
    assert without_references([*LINES, *simplified]) == LINES


def test_numbered_sentences_under_a_references_heading_stay() -> None:
    # Entries are titles: a numbered line that is a sentence of the article's own is no entry.
    told = ["参考资料", "1.专家建议，每天饮水一千五百毫升左右，分多次喝完。", "2.运动前后应适当补充水分，不要一次喝太多。"]
    assert without_references([*LINES, *told]) == [*LINES, *told]


def test_a_reference_list_closing_a_page_goes() -> None:
    box = "".join(f"<p>{line}</p>" for line in REFERENCES)
    for paragraphs in _both_readings("".join(f"<p>{text}</p>" for text in LINES) + box):
        assert paragraphs == LINES


@pytest.mark.parametrize("line", [
    "http://www.example.com 2010-08-17 00:41:52 【打印本頁】【關閉】",
    "www.qingchuan-news.example.cn　2012-03-05 08:10　【打印】【关闭窗口】",
])
def test_a_date_row_holding_the_sites_address_is_no_prose(line: str) -> None:
    assert kind_by_words(line) is not Kind.PROSE


def test_a_paragraph_citing_an_address_is_still_prose() -> None:
    told = "市民可登录www.qingchuan.example.cn查询办理进度，也可拨打服务热线咨询，工作人员将在三个工作日内回复。"
    assert kind_by_words(told) is Kind.PROSE


@pytest.mark.parametrize("line", ["【 第1頁 第2頁 】", "第1页 第2页 第3页", "[第1页 第2页]"])
def test_a_pager_of_page_numbers_is_a_widget(line: str) -> None:
    assert kind_by_words(line) is Kind.WIDGET


def test_the_page_numbers_in_a_sentence_are_not_a_pager() -> None:
    assert kind_by_words("详见报告第12页至第15页。") is not Kind.WIDGET


def test_a_column_id_in_a_navigation_link_names_no_poster() -> None:
    nav = ("<html><body><div><a href='/kindOutline.jsp?coluid=7'>快讯</a>"
           "<a href='/list.jsp?catuid=3'>港澳</a></div><p>正文</p></body></html>")
    assert forum_author(parse(nav)) is None
    user = "<html><body><a href='/home.php?mod=space&uid=9999001'>清川老农</a> 发表于 2020-1-2</body></html>"
    assert forum_author(parse(user)) == "清川老农"


@pytest.mark.parametrize(("line", "names"), [
    ("某評社香港8月17日電（記者　宓思齊）本港一項調查顯示，長者使用網上理財的比例倍增。", "宓思齊"),
    ("清川晚報訊（記者 卞朗汐 通訊員 乔一苇）昨日起，西青區新開通三條接駁公交線路。", "卞朗汐"),
    ("本报讯（记者 靳晚舟）昨日起，三条接驳线路开通。", "靳晚舟"),
])
def test_a_dispatch_in_traditional_characters_names_its_reporter(line: str, names: str) -> None:
    assert dispatch_author([line]) == names


def test_the_title_of_an_outvoted_box_goes_with_it() -> None:
    chosen = ["甲段落。", "今日限行", "尾号限行：2和7", "限行时间：7:00-19:00", "乙段落。"]
    assert vote._titles_of(chosen, {2, 3}) == [1]
    # One outvoted row under a short line: the line may be a cross-head over a single dropped caption.
    assert vote._titles_of(chosen, {2}) == []
    # A line with a sentence in it is no box title.
    assert vote._titles_of(["甲。", "据悉，如下", "x：1", "y：2"], {2, 3}) == []


def test_a_floated_box_between_paragraphs_goes_with_its_title() -> None:
    box = ("<div class='tj-traffic-widget' style='float:right;width:220px'><div class='ttw-title'>今日限行</div>"
           "<p>尾号限行：2和7</p><p>限行时间：7:00-19:00</p><p class='ttw-time'>发布时间：03-23 06:30</p></div>")
    for paragraphs in _both_readings(_between(box)):
        assert paragraphs == LINES


def test_a_traditional_dispatch_gives_the_author_on_a_table_page() -> None:
    body = ("<table><tr><td class='title'>清川長者使用網上理財服務三年倍增</td></tr>"
            "<tr><td><a href='http://www.example.com'>http://www.example.com</a>　2010-08-17 00:41:52　"
            "【<a href='javascript:;'>打印本頁</a>】【<a href='javascript:window.close()'>關閉</a>】</td></tr>"
            "<tr><td class='doc'>　　清評社香港8月17日電（記者　宓思齊）" + "<br><br>　　".join(LINES) + "</td></tr>"
            "<tr><td>【 <b>第1頁</b>　<a href='/doc_2.html'>第2頁</a> 】</td></tr></table>")
    page = ("<html><head><meta charset='utf-8'><title>清評網：清川長者使用網上理財服務三年倍增</title></head><body>"
            "<div><a href='/kindOutline.jsp?coluid=7'>清評快訊</a></div>" + body + "</body></html>").encode()
    article = scraper.extract(page, url="http://www.example.com/doc/1.html", rules=False)
    assert article.author == "宓思齊"
    assert article.paragraphs[0].startswith("清評社香港8月17日電")
    assert not any("打印" in line or "第2頁" in line for line in article.paragraphs)


def test_an_end_tag_printed_before_the_content_does_not_end_the_page() -> None:
    # A header include closing with </html>: a browser reads on, and so does the parser.
    page = ("<html><head><meta charset='utf-8'><title>清川湿地夜游记_清川网</title></head><body>"
            "<div class='header'>清川网 首页</div></body></html><!--end header-->"
            "<h1>清川湿地夜游记</h1><div class='info'>2024-04-18 07:21　来源：清川日报</div><div class='text'>"
            + "".join(f"<p>{line}</p>" for line in LINES) + "</div></body></html>").encode()
    article = scraper.extract(page, url="https://www.example.cn/a/1.html", rules=False)
    assert article.title == "清川湿地夜游记"
    assert article.paragraphs == LINES


@pytest.mark.parametrize("line", [
    "本文原标题：《定了！清川邮轮母港即将开通》",
    "来源|清川发布、清川晚报",
    "\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd",
    "\U0001f447\U0001f447\U0001f447",
    "1、回复【公租房】查看最新消息",
    "看都看完了，点【在看】试试",
    "已输入0字",
    "扫描下方二维码解锁更多技能",
    "澎湃号 > 清川发布",
])
def test_an_accounts_chrome_is_no_body_line(line: str) -> None:
    # The generic reading's kinds; a NetEase rule's body keeps what its editors write but for their prompts.
    assert kind_by_words(line) in {Kind.WIDGET, Kind.META}
    body = "".join(f"<p>{text}</p>" for text in LINES) + f"<p>{line}</p>"
    portal, _ = _both_readings(body)
    assert portal == LINES


def test_the_original_title_labelled_as_the_articles_is_no_body_line() -> None:
    body = "<p>本文原标题：《定了！清川邮轮母港即将开通》</p>" + "".join(f"<p>{text}</p>" for text in LINES)
    for paragraphs in _both_readings(body):
        assert paragraphs == LINES


@pytest.mark.parametrize("line", ["游客扫描铜牌二维码收听街巷故事", "收入 > 支出的局面已经持续了三年，今年终于扭转。"])
def test_a_caption_of_people_scanning_a_code_and_a_comparison_stay(line: str) -> None:
    assert kind_by_words(line) not in {Kind.WIDGET, Kind.META}


def test_the_header_around_the_headline_printed_again_goes() -> None:
    # A reading that starts above the headline: the crumb above it, the outlet and the date row under it.
    body = ("<div>首页</div><div>&gt; 清川</div><h2>清川湿地夜游记</h2><div>清川日报</div>"
            "<div>2024-04-18 07:21</div>" + "".join(f"<p>{line}</p>" for line in LINES))
    portal, _ = _both_readings(body)
    assert portal == LINES


def test_a_short_lead_under_the_date_row_stays() -> None:
    lead = "湿地夜游今晚开放"
    body = ("<h2>清川湿地夜游记</h2><div>2024-04-18 07:21</div>" + f"<p>{lead}</p>"
            + "".join(f"<p>{line}</p>" for line in LINES))
    portal, _ = _both_readings(body)
    assert portal == [lead, *LINES]


def test_the_original_title_as_a_sentence_is_no_body_line() -> None:
    body = "".join(f"<p>{line}</p>" for line in LINES) + "<p>（原题为《清川湿地的夜晚谈了啥？》）</p>"
    for paragraphs in _both_readings(body):
        assert paragraphs == LINES


@pytest.mark.parametrize(("line", "editor"), [("责编：Demi Xia", "Demi Xia"), ("责任编辑：Lin Qiao", "Lin Qiao"),
                                              ("责任编辑：Demi", "Demi"), ("责任编辑：王五 NF042", "王五 NF042")])
def test_an_editor_named_in_latin_letters_keeps_both_words(line: str, editor: str) -> None:
    assert label_value(line, "editor") == editor
