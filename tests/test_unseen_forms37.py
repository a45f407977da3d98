"""Page forms the twenty-eighth round's build data showed misread, each a class: the twenty-second written round
landed whole (its half B held out last round included) and the twenty-third round's half A. Every line here is
fictional, written for the test."""

from __future__ import annotations

import scraper

from .test_unseen_forms29 import ARTICLE, LINES, _both_readings
from .test_unseen_forms30 import _assert_insert_goes
from .test_unseen_forms33 import _portal


def test_a_quiz_with_its_lettered_options_and_its_tally_goes() -> None:
    # A science channel's quiz: its question, lettered options, the tally of its players (a thousands comma in it)
    # and its button; no option's share is printed, as a poll's would be.
    _assert_insert_goes(
        "<div class='k7'><div class='k8'>涨知识·小测验</div><p>下面哪种鸟不会游泳？</p><ul><li>A. 鸬鹚</li>"
        "<li>B. 鸳鸯</li><li>C. 麻雀</li></ul><p>已有4,862人参与</p><a href='javascript:;'>提交答案</a></div>"
    )


def test_a_headed_card_of_fields_with_its_items_name_goes() -> None:
    # Under its heading, a card's name line and its fields, one of which holds a comma (票价：免费，需预约), or a
    # code longer than a word (DOI：…).
    _assert_insert_goes(
        "<div class='k7'><div class='k8'>展览信息</div><p class='k9'>清川老码头旧物展</p>"
        "<p>展期：2024年5月2日—6月30日</p><p>地点：码头仓库二层</p><p>票价：免费，需预约</p></div>"
    )
    _assert_insert_goes(
        "<div class='k7'><div class='k8'>论文信息</div><p>论文：湿地候鸟夜间迁飞路线观测</p><p>期刊：《清川生态学报》</p>"
        "<p>发表时间：2024-03-30</p><p>DOI：10.0000/qcst.2024.0330</p></div>"
    )


def test_a_broadcasts_bracketed_label_over_its_text_is_no_paragraph() -> None:
    assert _portal(f"<p>【节目文稿】</p>{ARTICLE}").paragraphs == LINES


def test_a_universitys_closing_credits_of_words_pictures_and_editing_are_no_paragraph() -> None:
    assert _portal(f"{ARTICLE}<p style='text-align:right'>文字：隋明远　摄影：柏舟行　编辑：安若溪</p>").paragraphs == LINES


def test_a_closing_reference_list_with_spaced_fields_and_its_reprint_ban_go() -> None:
    closing = ("<p>参考文献：</p><p>[1] 清川医学会老年分会. 老年人晨练指南. 清川医学杂志.</p>"
               "<p>本文系清川健康原创整理，转载需授权！</p>")
    assert _portal(f"{ARTICLE}{closing}").paragraphs == LINES


def test_a_closing_credit_of_a_channels_reporter_names_the_author() -> None:
    # The channel's name runs into the reporter's role inside the brackets, as a paper's does (（某某日报记者 王五）).
    for outlet in ("都市频道", "清川日报", "清川网"):
        last = f"{LINES[-1]}（{outlet}记者 姜亦舟）"
        article = _portal("".join(f"<p>{line}</p>" for line in [*LINES[:-1], last]))
        assert (article.paragraphs[-1], article.author) == (last, "姜亦舟"), outlet


def test_a_desks_closing_staff_lines_with_their_telephones_go() -> None:
    closing = "<p>　　资讯编辑：裘芷远　021-5550186<br>　　资讯监制：闵望川　021-5550102</p>"
    for paragraphs in _both_readings(f"{ARTICLE}{closing}"):
        assert paragraphs == LINES


def test_a_closing_label_before_another_pages_title_is_no_paragraph() -> None:
    # Where to read on, under the text: a label, then a link to another page as the rest of the line.
    for label in ("【政策原文】", "相关链接："):
        closing = f"<p>{label}<a href='https://www.163.com/dy/article/J0AB12CD0599ABCD.html'>清川市湿地保护办法（试行）</a></p>"
        for paragraphs in _both_readings(f"{ARTICLE}{closing}"):
            assert paragraphs == LINES, label


def test_a_code_card_with_its_service_and_hotline_goes() -> None:
    # The code's picture, the service's name, a one-sentence prompt to scan it and a short hotline.
    _assert_insert_goes(
        "<div class='k7'><img src='https://img.example.cn/qr.png' alt=''>清川检察服务中心<br>"
        "扫码关注“清川检察”微信公众号，在线提交控告申诉、查询案件信息。<br>服务热线：12309</div>"
    )


def test_a_row_of_hash_tags_and_a_call_to_add_the_outlet_on_line_go() -> None:
    closing = ("<p><strong>最HOT話題在這！想跟上時事，快點我加入清川新聞LINE好友！</strong></p>"
               "<div class='k9'>#馬拉松　#路跑　#清川</div>")
    assert _portal(f"{ARTICLE}{closing}").paragraphs == LINES


def test_the_rows_date_run_into_the_source_is_no_part_of_it() -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>清川湿地夜游记_清川网</title></head><body><h1>清川湿地夜游记</h1>"
        "<div class='info'><span>来源：清川钢铁网</span><span>2018-07-16 17:28</span></div>"
        f"<div class='text'>{ARTICLE}</div></body></html>"
    ).encode()
    article = scraper.extract(page, url="https://news.example.cn/a/1.html", rules=False)
    assert (article.source, article.published_at) == ("清川钢铁网", "2018-07-16T17:28+08:00")
