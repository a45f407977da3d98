"""Meeting reports in forms the fortieth folder of real news texts (kept outside the project; its first half built on
in the fortieth round) and the thirty-ninth folder (built on whole) showed the stage misreading, each a class of
wording. Every text here is fictional, written for the test."""

from __future__ import annotations

import pytest

from .test_meeting import check, cues


@pytest.mark.parametrize("verb", ["审议通过了", "通过了", "批准了"])
def test_a_document_adopted_before_a_colon_is_the_points_text(verb: str) -> None:
    # The adopted document's title opens the text, whatever its colon introduces.
    (meeting,) = check([
        "清川市政协常委会第九次会议今天上午闭幕。",
        f"会议{verb}关于召开清川市政协第五次会议的决定：清川市政协第五次会议于1月8日召开。",
    ])
    assert cues([meeting]) == [(f"会议{verb}", "关于召开清川市政协第五次会议的决定：清川市政协第五次会议于1月8日召开。")]


def test_words_announcing_the_adopted_documents_stay_the_cues() -> None:
    (meeting,) = check(["清川市政协常委会第九次会议今天上午闭幕。", "会议审议通过了以下议案：《清川市河道保护办法》。"])
    assert cues([meeting]) == [("会议审议通过了以下议案", "《清川市河道保护办法》。")]


@pytest.mark.parametrize("moment", ["圆满完成各项议程后", "在圆满完成各项议程后", "顺利完成全部议程后"])
def test_a_meeting_named_before_its_agenda_done_and_a_comma(moment: str) -> None:
    (meeting,) = check([f"清川市政协第五届常务委员会第九次会议{moment}，今天下午在清川会堂闭幕。会议指出，要抓好落实。"])
    assert (meeting["name"], meeting["place"]) == ("清川市政协第五届常务委员会第九次会议", "清川会堂")


def test_words_of_the_name_before_the_agenda_are_kept() -> None:
    # Only the agenda's words are the moment: the name before them is not cut short.
    (meeting,) = check(["清川大学第三届教职工代表大会完成议程后，今天在清川大学闭幕。会议指出，要办好学校。"])
    assert meeting["name"] == "清川大学第三届教职工代表大会"


@pytest.mark.parametrize("when", ["今天上午", "3月5日下午", "昨天"])
def test_a_time_after_zai_is_no_place(when: str) -> None:
    (meeting,) = check([f"我司在{when}召开2025年度述职工作会议。会议指出，要抓好落实。"])
    assert (meeting["name"], meeting["place"]) == ("2025年度述职工作会议", None)


def test_a_place_after_zai_stays_the_place() -> None:
    (meeting,) = check(["清川公司在三楼会议室召开2025年度述职工作会议。会议指出，要抓好落实。"])
    assert meeting["place"] == "三楼会议室"
