"""Page forms the twenty-eighth round's build data showed misread, each a class: the twenty-second written round
landed whole (its half B held out last round included) and the twenty-third round's half A. Every line here is
fictional, written for the test."""

from __future__ import annotations

from .test_unseen_forms29 import ARTICLE, LINES
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
