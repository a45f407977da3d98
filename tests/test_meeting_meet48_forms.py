"""Meeting reports in forms the thirty-ninth folder of real news texts (kept outside the project; its first half
built on in the thirty-ninth round) and the thirty-eighth folder (built on whole) showed the stage misreading, each a
class of wording. Every text here is fictional, written for the test."""

from __future__ import annotations

import pytest

from .test_meeting import check, cues

OPENING = "5月8日，清川区法院召开全院干警大会，副院长宁远舟主持会议，全体干警参加了会议。"


@pytest.mark.parametrize(("seen", "named"), [
    ("院长汤慕白作重要讲话。", "汤院长"),
    ("院长汤慕白作重要讲话。", "院长汤慕白"),
    ("", "副院长宁远舟"),
    ("", "宁院长"),
])
def test_an_order_word_before_a_speaker_the_report_has_seen(seen: str, named: str) -> None:
    # 最后， alone as the sentence's first clause places it; the speaker after it goes on speaking.
    (meeting,) = check([OPENING, f"{seen}最后，{named}要求全体干警要守住廉洁底线。"])
    assert cues([meeting]) == [(f"{named}要求", "全体干警要守住廉洁底线。")]


def test_a_speaker_after_an_order_word_ends_the_point_before() -> None:
    (meeting,) = check([OPENING, "会议指出，审判质效稳中有升。随后，副院长宁远舟强调，要抓好案件评查。"])
    assert cues([meeting]) == [("会议指出", "审判质效稳中有升。"), ("副院长宁远舟强调", "要抓好案件评查。")]


@pytest.mark.parametrize("named", ["庭长甘若愚", "甘庭长"])
def test_a_name_not_seen_after_an_order_word_stays_unread(named: str) -> None:
    # Someone the report has not seen, after an order word alone, is as often narrated as speaking.
    assert check([OPENING, f"最后，{named}要求各庭把积案清理到位。"])[0]["points"] == []


def test_a_meeting_carried_out_is_opened_by_its_name() -> None:
    # 开展 opens what it carries out when that is named as a meeting.
    (meeting,) = check([
        "2021年3月2日，清川林场开展了“比学赶超”大讨论动员部署会，场长覃望川主持会议。",
        "会议要求，全体职工要把思想统一到上级部署上来。",
    ])
    assert meeting["name"] == "“比学赶超”大讨论动员部署会"
    assert meeting["date"] == "2021-03-02"


def test_an_activity_carried_out_is_no_meeting() -> None:
    assert check(["3月2日，清川林场开展了春季植树活动，全体职工参加，共栽下树苗两千余株。"]) == []


def test_a_broadcast_handing_over_to_its_commentator_reports_no_meeting() -> None:
    # The segment after the hand-over is the commentator's analysis of the summit, not its report.
    assert check([
        "东亚合作峰会在清川落幕，与会领导人通过了联合声明。相关分析有请本台特约评论员宓远。宓先生，这次峰会释放了什么信号？"
        "在这次峰会上，各方就贸易便利化达成共识，这为区域经济注入了新的动力。",
    ]) == []


def test_a_summit_report_that_quotes_a_commentator_later_stays_one() -> None:
    (meeting,) = check([
        "东亚合作峰会今天在清川开幕。会议强调，各方要推进贸易便利化。",
        "本台特约评论员宓远认为，这次峰会释放了积极信号。",
    ])
    assert cues([meeting])[0] == ("会议强调", "各方要推进贸易便利化。")


@pytest.mark.parametrize("manner", ["深入浅出的", "系统的", "详细"])
def test_a_lecture_given_in_a_manner_is_procedure(manner: str) -> None:
    (meeting,) = check([
        OPENING,
        f"会上，审判管理办公室负责人首先对《案件质量评查办法》进行了{manner}讲解，全院干警认真记录。",
        "最后，副院长宁远舟要求，全院干警要把评查标准落实到每一件案件。",
    ])
    assert cues([meeting]) == [("副院长宁远舟要求", "全院干警要把评查标准落实到每一件案件。")]


def test_a_statement_after_the_place_still_reads_when_no_lecture_is_given() -> None:
    (meeting,) = check([OPENING, "会上，副院长宁远舟强调，全院干警要把评查标准落实到每一件案件。"])
    assert cues([meeting]) == [("副院长宁远舟强调", "全院干警要把评查标准落实到每一件案件。")]


def test_bare_numerals_glued_to_their_items_make_a_run() -> None:
    (meeting,) = check([
        OPENING,
        "最后，副院长宁远舟提出三点要求：一提高思想认识。全院要统一思想。二抓紧整改落实。各庭要立行立改。"
        "三完善工作机制。审管办要每月通报。",
    ])
    (point,) = meeting["points"]
    assert [(item["marker"], item["text"][:6]) for item in point["items"]] == [
        ("一", "提高思想认识"), ("二", "抓紧整改落实"), ("三", "完善工作机制"),
    ]


def test_two_bare_numerals_are_no_run() -> None:
    # 一 and 二 glued to words at sentence starts are as often words of the sentence.
    (meeting,) = check([OPENING, "最后，副院长宁远舟提出要求：一线干警要守住底线。二审案件要提高质效。"])
    assert [item for point in meeting["points"] for item in point["items"]] == []


def test_an_oral_family_stays_its_own_run() -> None:
    (meeting,) = check([OPENING, "最后，副院长宁远舟要求：一要提高认识。二要抓好整改。三要完善机制。"])
    (point,) = meeting["points"]
    assert [item["marker"] for item in point["items"]] == ["一要", "二要", "三要"]
