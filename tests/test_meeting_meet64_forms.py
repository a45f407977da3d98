"""Meeting reports in forms the fifty-fifth folder of real news texts (kept outside the project; its first half built
on in the fifty-fifth round) showed the stage misreading, each a class of wording. Every text here is fictional,
written for the test."""

from __future__ import annotations

from .test_meeting import check


def test_a_person_joined_by_并_to_the_clause_before_puts_uncounted_requirements_before_the_items() -> None:
    # The sentence opens on the meeting's procedure; the person opens the clause before, and 并对…提出要求： carries
    # on from it: the items after the colon are the point, its cue printed from the name.
    paragraphs = [
        "5月6日，清川学院招生工作例会在行政楼召开。",
        "会议对招生宣传进行了部署，副院长王明听取了各系工作进展情况，并对下一步工作提出要求：第一，加强沟通协调，"
        "统一宣传口径；第二，提高工作效率，按时完成任务。",
    ]
    (meeting,) = check(paragraphs)
    (point,) = meeting["points"]
    assert point["cue"] == "副院长王明听取了各系工作进展情况，并对下一步工作提出要求"
    assert [item["marker"] for item in point["items"]] == ["第一", "第二"]



def test_a_meeting_of_a_sessions_conveners_is_named_whole() -> None:
    # 召集人会议 after the session's name is the meeting held (its conveners'), not the session it prepares.
    paragraphs = [
        "3月4日下午，清川县政协主席王明主持召开县政协九届三次会议召集人会议。",
        "会议强调，各召集人要强化思想认识，认真履行职责，圆满完成会议各项预定任务。",
    ]
    (meeting,) = check(paragraphs)
    assert meeting["name"] == "县政协九届三次会议召集人会议"


def test_the_first_item_glued_after_members_named_by_their_role_opens_the_run() -> None:
    # 委员一要…；二要…: the members addressed by their role stand between the clause's mark and the first marker.
    paragraphs = [
        "9月1日，清川学院召开学生会全体会议。",
        "王明指出，作为学生骨干，新一届学生会委员一要做表率，在学业上取得优异成绩；二要严律己，起到带头作用；三要做服务，"
        "服务同学成长成才。",
    ]
    (meeting,) = check(paragraphs)
    (point,) = meeting["points"]
    assert [item["marker"] for item in point["items"]] == ["一要", "二要", "三要"]


def test_a_speaker_whose_name_ends_in_a_joining_words_character_speaks() -> None:
    # 和 closing 王爱和 is no conjunction making 指出 a noun (…安排和要求): the name was seen hosting the meeting.
    paragraphs = [
        "9月29日，清川学院召开党外人士座谈会，副院长王爱和主持会议。",
        "王爱和表示，学院将认真研究大家的意见，积极采纳。",
    ]
    (meeting,) = check(paragraphs)
    assert [point["cue"] for point in meeting["points"]] == ["王爱和表示"]


def test_training_given_at_the_meeting_after_a_place_cue_is_procedure() -> None:
    # 会上，某某对…进行培训: a lecture to the meeting, no statement, as 会上宣读了… is.
    paragraphs = [
        "8月12日上午，清川镇召开换届工作动员会。",
        "镇委书记王明在会上作重要讲话。他指出，换届时间紧、任务重，我们要严格遵循合法程序，确保换届质量。",
        "会上，镇人大主席李华对人大代表选举工作进行培训。",
    ]
    (meeting,) = check(paragraphs)
    assert [point["cue"] for point in meeting["points"]] == ["他指出"]
