"""Meeting reports in forms the thirty-fifth folder of real news texts (kept outside the project; its first half
built on in the thirty-fifth round) showed the stage misreading, each a class of wording. Every text here is
fictional, written for the test."""

from __future__ import annotations

from .test_meeting import check, cues


def test_a_body_meeting_on_a_matter_as_a_verb_is_a_meeting_with_no_name() -> None:
    # No meeting noun: the council meets as a verb (紧急开会讨论…); a side's representative speaks at it.
    (meeting,) = check([
        "清川台消息：27日，清川联合理事会紧急开会讨论北湾水域问题。多数与会国家反对单方面改变现状。",
        "南岸国代表表示，北湾水域的地位并未改变，各方应通过对话解决分歧。",
    ])
    assert meeting["name"] is None
    assert cues([meeting]) == [("南岸国代表表示", "北湾水域的地位并未改变，各方应通过对话解决分歧。")]


def test_meeting_as_a_verb_without_its_matter_or_put_ahead_opens_none() -> None:
    assert check(["王明说，那天他正在开会，没有接到电话。他表示，以后会注意。"]) == []
    assert check(["清川联合理事会将于下周开会讨论北湾水域问题。南岸国代表表示，各方应通过对话解决分歧。"]) == []


def test_hearing_deliberating_and_adopting_in_one_listed_verb_is_a_decision() -> None:
    (meeting,) = check([
        "8月21日，县人大常委会第五次会议召开，王明主持会议。",
        "会议听取、审议并通过了县人民政府关于上半年计划执行情况的报告。",
    ])
    assert cues([meeting]) == [("会议听取、审议并通过了", "县人民政府关于上半年计划执行情况的报告。")]


def test_a_board_counted_by_its_sittings_is_one_of_its_meetings() -> None:
    (meeting,) = check([
        "今天，清川材料工业协会第七届第七次常务理事会在宜昌市隆重召开！会议由王明理事长主持。",
        "会议要求协会秘书处对代表们在本次会议上的意见和建议认真整理、研究、落实。",
    ])
    assert meeting["name"] == "清川材料工业协会第七届第七次常务理事会"
    assert meeting["place"] == "宜昌市"
    assert cues([meeting]) == [("会议要求", "协会秘书处对代表们在本次会议上的意见和建议认真整理、研究、落实。")]
    # The board itself, with no count of its sittings, is a body: it holds meetings, it is none.
    assert check(["清川材料工业协会理事会今天在宜昌成立。王明表示，协会将做好服务。"]) == []
