"""Meeting reports in forms the fifty-eighth and fifty-ninth folders of real news texts (kept outside the project; the
fifty-eighth built on whole in the fifty-ninth round, its second half after the fifty-eighth held it out, and the
fifty-ninth's first half) showed the stage misreading, each a class of wording. Every text here is fictional, written
for the test."""

from __future__ import annotations

import pytest

from .test_meeting import check

_OPENING = "3月2日上午，清川市水务局召开党组扩大会议，传达学习全市工作会议精神。局长王明主持会议并讲话。"


@pytest.mark.parametrize("comma", ["，", ","])
def test_a_topic_set_off_by_a_comma_before_the_addressee_keeps_the_object_cue(comma: str) -> None:
    # 王明就学习贯彻会议精神，向全市水务系统提出三点要求：… — the 就 topic is a clause of its own, the speaker still its subject.
    paragraphs = [_OPENING, f"王明就学习贯彻会议精神{comma}向全市水务系统提出三点要求：严守防汛底线；抓好河道治理；改进工作作风。"]
    (meeting,) = check(paragraphs)
    assert [(point["cue"], point["text"][:6]) for point in meeting["points"]] == [
        (f"王明就学习贯彻会议精神{comma}向全市水务系统提出三点要求", "严守防汛底线")
    ]


def test_a_clause_with_its_own_verb_before_the_object_is_no_topic() -> None:
    # 王明对此表示赞同，向…提出要求：the first clause states on its own; the object verb is not read through it.
    paragraphs = [_OPENING, "王明对此表示赞同，向全市水务系统提出三点要求：严守防汛底线；抓好河道治理。"]
    (meeting,) = check(paragraphs)
    assert all("提出三点要求" not in point["cue"] for point in meeting["points"])


def test_a_speech_named_for_its_spirit_is_no_meeting_of_the_report() -> None:
    # 学习贯彻…在…大会上重要讲话精神: the speech and its assembly are mentioned; a circular's 通知指出 is a document's.
    paragraphs = [
        "经批准，清川市委办公室发出通知，对全市学习宣传贯彻王明同志在全市创新大会上重要讲话精神作出部署。",
        "通知指出，重要讲话立意高远、内涵丰富，具有很强的指导性。",
        "通知要求，各级要把学习宣传贯彻重要讲话精神作为当前一项重大政治任务。",
    ]
    assert check(paragraphs) == []


@pytest.mark.parametrize("acts", ["分析、研判和通报", "梳理和通报", "分析研判和通报"])
def test_units_presenting_at_the_meeting_under_a_list_of_acts_is_procedure(acts: str) -> None:
    # 会上，市气象局、市水务局对…进行了分析、研判和通报: what was presented, no point of the meeting.
    paragraphs = [
        "5月10日上午，清川市召开防汛工作会议，安排部署今年防汛工作。副市长王明出席会议并讲话。",
        "王明强调，各级各部门必须高度重视防汛工作，压紧压实责任。",
        f"会上，市气象局、市水务局对今年汛期天气形势及防汛准备情况进行了{acts}。",
    ]
    (meeting,) = check(paragraphs)
    assert [point["cue"] for point in meeting["points"]] == ["王明强调"]


@pytest.mark.parametrize(("subject", "verb"), [("本次会议", "推举"), ("此次会议", "选举"), ("会议", "推举")])
def test_a_meeting_referred_back_to_that_puts_someone_forward_to_an_office_decides(subject: str, verb: str) -> None:
    # 本次会议推举某某为第一书记: the sitting reported, named by a referring word, elects as its bare noun does.
    paragraphs = [
        "清川党11日召开的第二次代表会议通过了新党章。",
        f"{subject}{verb}王明为清川党第一书记。{subject}还决定，增补李华为中央委员。",
    ]
    (meeting,) = check(paragraphs)
    assert [point["cue"] for point in meeting["points"]][-2:] == [f"{subject}{verb}", f"{subject}还决定"]


def test_a_meeting_named_in_full_that_elected_someone_is_still_background() -> None:
    # 清川省第八次党代会选举王明为…: a meeting named in full, not the one reported, gives no point of this one.
    paragraphs = [
        "3月2日，清川市人民法院召开全院干警大会，宣布市委关于院长任职的决定。",
        "清川市第八届人民代表大会第三次会议选举王明为清川市人民法院院长。王明表示，将恪尽职守。",
    ]
    (meeting,) = check(paragraphs)
    assert all("选举" not in point["cue"] for point in meeting["points"])
