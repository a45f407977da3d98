"""Page forms the forty-second round's build data showed misread, each a class: the thirty-sixth written round's
pages (landed, built on whole) and the thirty-seventh's half A. Every line here is fictional, written for the test."""

from __future__ import annotations

import pytest

import scraper
from scraper.extract.notices import is_credit_line, is_notice, is_prompt_line, is_repost_note

from .test_unseen_forms29 import LINES, _both_readings

URL = "https://news.example.com/2024/0418/a.html"


def _between(box: str) -> str:
    """The test's article with `box` between its second and third paragraphs."""
    return ("".join(f"<p>{text}</p>" for text in LINES[:2]) + box
            + "".join(f"<p>{text}</p>" for text in LINES[2:]))


def _page(head: str, body: str) -> bytes:
    """A portal page: the headline, `head` (an info row) and `body` inside the text's box."""
    return (
        "<html><head><meta charset='utf-8'><title>清川湿地夜游记_清川网</title></head><body><h1>清川湿地夜游记</h1>"
        f"{head}<div class='text'>{body}</div></body></html>"
    ).encode()


def test_an_app_prompt_with_a_spaced_latin_name_goes_with_its_picture() -> None:
    box = "<div class='promo'><img src='/img/app_qr.png' alt=''/><p>下载QCX APP，实时掌握清川物价</p></div>"
    assert is_prompt_line("下载QCX APP，实时掌握清川物价")
    for paragraphs in _both_readings(_between(box)):
        assert paragraphs == LINES
    # A sentence that downloads something else is no prompt.
    assert not is_prompt_line("他下载了一份清川物价表，实时掌握菜价变化")


@pytest.mark.parametrize("line", [
    "（分析师：宓小舟　电话：0571-5550123　邮箱：pp@example.com）",
    "（记者：卞一苇　联系电话：0571-5550188）",
])
def test_a_credit_with_the_staffers_contact_fields_is_a_credit_line(line: str) -> None:
    assert is_credit_line(line)
    paragraphs = scraper.extract(_page("", "".join(f"<p>{t}</p>" for t in LINES) + f"<p>{line}</p>"), URL,
                                 rules=False).paragraphs
    assert paragraphs == LINES


def test_a_contact_field_alone_is_no_credit() -> None:
    # A notice's own contact line names no staffer: it stays for the other tests to judge.
    assert not is_credit_line("（咨询电话：0571-5550123）")


@pytest.mark.parametrize("line", [
    "民生热线　节目热线：0591-5559999　短信平台：99999999",
    "欢迎观众拨打热线反映身边的民生问题",
    "欢迎广大听众朋友拨打本台热线",
])
def test_a_programmes_hotline_and_its_call_are_notices(line: str) -> None:
    assert is_prompt_line(line)


def test_a_report_asking_residents_to_call_a_service_line_stays() -> None:
    for line in ("欢迎市民拨打12345热线反映问题，相关部门将在三个工作日内答复。",
                 "他说，节目热线开通以来，已经接到了三百多个求助电话。"):
        assert not is_prompt_line(line), line


@pytest.mark.parametrize("line", ["（根据节目录音整理，有删节）", "（本文根据节目内容整理）", "（据现场录音整理，未经本人审阅）"])
def test_a_note_that_the_text_was_set_down_from_a_recording_is_no_paragraph(line: str) -> None:
    assert is_repost_note(line)
    for paragraphs in _both_readings("".join(f"<p>{t}</p>" for t in LINES) + f"<p>{line}</p>"):
        assert paragraphs == LINES


def test_a_bracketed_aside_about_recordings_stays() -> None:
    assert not is_repost_note("（录音由当事人提供）")


def test_a_transcript_setters_label_gives_the_author() -> None:
    head = "<div class='info'>2014-03-12 09:05　来源：经济生活频道　文字整理：宓小舟</div>"
    article = scraper.extract(_page(head, "".join(f"<p>{t}</p>" for t in LINES)), URL, rules=False)
    assert article.author == "宓小舟"


def test_a_table_headed_by_a_row_across_it_above_the_text_goes() -> None:
    board = ("<table><tr><td colspan='5'><b>决赛比分</b></td></tr><tr><td>球队</td><td>一</td><td>二</td><td>三</td>"
             "<td>四</td></tr><tr><td>清川队</td><td>16</td><td>19</td><td>17</td><td>26</td></tr>"
             "<tr><td>白沙队</td><td>20</td><td>18</td><td>21</td><td>12</td></tr></table>")
    for paragraphs in _both_readings(board + "".join(f"<p>{t}</p>" for t in LINES)):
        assert paragraphs == LINES


def test_a_table_the_text_announces_stays() -> None:
    table = ("<table><tr><td colspan='3'>各组成绩</td></tr><tr><td>组别</td><td>人数</td><td>成绩</td></tr>"
             "<tr><td>一组</td><td>12</td><td>86</td></tr></table>")
    body = "".join(f"<p>{t}</p>" for t in LINES[:2]) + "<p>本届比赛各组成绩如下：</p>" + table
    paragraphs = scraper.extract(_page("", body + "".join(f"<p>{t}</p>" for t in LINES[2:])), URL, rules=False).paragraphs
    assert "组别人数成绩" in "".join("".join(p.split()) for p in paragraphs)


@pytest.mark.parametrize("label", ["責任編輯", "责任编辑"])
def test_an_editor_label_in_an_element_of_its_own_names_the_element_after_it(label: str) -> None:
    head = (f"<div class='meta'><div>2023/10/24</div><div><span>文字</span><a href='/authors/1'>宓小舟</a></div>"
            f"<div><span>{label}</span><a href='/authors/4'>卞一苇</a></div></div>")
    article = scraper.extract(_page(head, "".join(f"<p>{t}</p>" for t in LINES)), URL, rules=False)
    assert article.editor == "卞一苇"


def test_an_editor_label_before_a_sentence_names_no_one() -> None:
    head = "<div class='meta'><span>责任编辑</span><a href='/about'>欢迎投稿，请写信给我们。</a></div>"
    article = scraper.extract(_page(head, "".join(f"<p>{t}</p>" for t in LINES)), URL, rules=False)
    assert article.editor is None


@pytest.mark.parametrize("line", [
    "本文依 CC 創用姓名標示-非商業性-禁止改作 3.0 台灣授權條款釋出",
    "本文采用知识共享署名 4.0 国际许可协议进行许可",
])
def test_an_outlets_licence_line_is_a_notice(line: str) -> None:
    assert is_prompt_line(line)
    for paragraphs in _both_readings("".join(f"<p>{t}</p>" for t in LINES) + f"<p>{line}</p>"):
        assert paragraphs == LINES


def test_a_sentence_about_licences_stays() -> None:
    line = "这批作品采用知识共享协议发布，任何人都可以在注明出处后转载。"
    assert not is_notice(line, len(line))


def test_a_forum_rating_log_goes_whatever_its_class() -> None:
    # The class names say nothing (as on a page whose names are opaque): the header row tells the log.
    log = ("<div class='q7'><table><tr><th>参与人数 <span>3</span></th><th>清币 <i>+12</i></th>"
           "<th><a href='javascript:;'>收起</a><i>理由</i></th></tr>"
           "<tr><td><a href='/space/1'>半山听雨</a></td><td> + 5</td><td>很给力!</td></tr>"
           "<tr><td><a href='/space/2'>北窗</a></td><td> + 2</td><td>赞一个!</td></tr></table></div>")
    for paragraphs in _both_readings("".join(f"<p>{t}</p>" for t in LINES) + log):
        assert paragraphs == LINES


def test_a_table_counting_participants_stays() -> None:
    table = ("<table><tr><td>参与人数</td><td>完成率</td></tr><tr><td>120</td><td>98%</td></tr></table>")
    body = "".join(f"<p>{t}</p>" for t in LINES[:2]) + "<p>本次活动参与情况如下：</p>" + table
    page = _page("", body + "".join(f"<p>{t}</p>" for t in LINES[2:]))
    assert "参与人数完成率" in "".join("".join(p.split()) for p in scraper.extract(page, URL, rules=False).paragraphs)


def test_the_paragraph_after_an_ad_slot_between_paragraphs_stays() -> None:
    # No class names tell the ad: only its label. The article's closing notes after the last paragraph do not
    # make the ad the article's end.
    ad = "<div><a href='//ad.example.com/c?id=9999'><img src='//img.example.com/ad/640x90.jpg' alt=''/></a><span>广告</span></div>"
    closing = "<p>本文为清川网原创，转载请注明出处。</p><p>[责任编辑：宓小舟]</p>"
    body = "".join(f"<p>{t}</p>" for t in LINES[:-1]) + ad + f"<p>{LINES[-1]}</p>" + closing
    assert scraper.extract(_page("", body), URL, rules=False).paragraphs == LINES
