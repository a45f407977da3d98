"""Meeting reports in forms the forty-second and forty-third folders of real news texts (kept outside the project; the
forty-second built on whole and the forty-third's first half in the forty-third round) showed the stage misreading, each
a class of wording. Every text here is fictional, written for the test."""

from __future__ import annotations

import pytest

from .test_meeting import check, cues

OPENING = ("10月28日下午，清川中学高一年级组召开了新进教师座谈会。会议由年级组长宓小舟、郗明川主持，"
           "副校长卞一苇参加了会议。")


@pytest.mark.parametrize("manner", ["亲切地", "语重心长地", "动情地"])
def test_a_speakers_manner_before_the_verb_leaves_the_title_to_the_name(manner: str) -> None:
    (meeting,) = check([OPENING, f"郗老师{manner}指出，作为新教师，要尽快站稳讲台。"])
    assert cues([meeting]) == [(f"郗老师{manner}指出", "作为新教师，要尽快站稳讲台。")]


def test_a_manner_without_a_speaker_before_it_opens_no_point() -> None:
    (meeting,) = check([OPENING, "卞一苇指出，要多听课。大家都亲切地指出彼此教案中的不足。"])
    assert [cue for cue, _ in cues([meeting])] == ["卞一苇指出"]


BRIEFING = "清川市政府今天召开全市食品安全电视电话会议。"


def test_a_meetings_briefing_with_its_comma_states_a_point() -> None:
    (meeting,) = check([BRIEFING + "会议通报，目前抽检整改工作已取得阶段性成效。会议强调，各地要压实监管责任。"])
    assert [cue for cue, _ in cues([meeting])] == ["会议通报", "会议强调"]


def test_a_briefing_of_a_matter_is_procedure() -> None:
    (meeting,) = check([BRIEFING + "会议通报了上半年全市食品抽检情况。会议强调，各地要压实监管责任。"])
    assert [cue for cue, _ in cues([meeting])] == ["会议强调"]


CONGRESS = "2010年12月8日，清川果品行业协会第三届会员大会在清川宾馆召开。"


@pytest.mark.parametrize("act", ["就协会新阶段的工作思路做了专题报告，得到了与会会员的一致认可",
                                 "作了重要讲话，对协会过去一年的工作给予了高度评价"])
def test_a_report_or_a_speech_given_at_the_meeting_is_procedure(act: str) -> None:
    (meeting,) = check([CONGRESS + "大会选举产生了新一届理事会。", f"会上，新当选的宓小舟会长{act}。"])
    assert [cue for cue, _ in cues([meeting])] == ["大会选举产生了"]


def test_a_speech_given_and_its_statement_after_a_verb_of_its_own_is_a_point() -> None:
    (meeting,) = check([CONGRESS, "会上，会长宓小舟作了重要讲话，强调要加快品牌建设。"])
    assert cues([meeting]) == [("会长宓小舟作了重要讲话，强调", "要加快品牌建设。")]


@pytest.mark.parametrize("noun", ["外长会", "防长会"])
def test_a_meeting_of_ministers_named_by_their_offices_short_name_is_reported(noun: str) -> None:
    (meeting,) = check([
        f"外交部长郗明川21号出席了在清川市举行的清川湾（10+1）{noun}。郗明川表示，各方已就合作文件案文达成一致。"
        "与会各国外长也认为，这显示各方有能力管控分歧。"
    ])
    assert meeting["name"] == f"清川湾（10+1）{noun}"
    assert [cue for cue, _ in cues([meeting])] == ["郗明川表示", "与会各国外长也认为"]


def test_an_initiative_issued_at_the_meeting_states_as_a_document() -> None:
    (meeting,) = check([
        "清川市文明委今天召开文明旅游电视电话会议，会上，清川旅行社代表业界发出文明出游倡议。",
        "倡议说，去年全市出境旅游人数超过80万人次。",
        "倡议号召，旅游从业者履职尽责，引导游客文明出行。",
    ])
    assert [cue for cue, _ in cues([meeting])] == ["会上", "倡议说", "倡议号召"]


def test_a_person_proposing_something_is_no_document() -> None:
    (meeting,) = check([
        "清川市文明委今天召开文明旅游电视电话会议。宓小舟指出，要引导游客文明出行。",
        "他倡议建立文明旅游志愿者队伍。",
    ])
    assert [cue for cue, _ in cues([meeting])] == ["宓小舟指出"]
