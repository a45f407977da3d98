"""Meeting reports in forms the fifty-second and fifty-third folders of real news texts (kept outside the project; the
fifty-second built on whole and the fifty-third's first half in the fifty-third round) showed the stage misreading,
each a class of wording. Every text here is fictional, written for the test."""

from __future__ import annotations

from .test_meeting import check, cues


def test_a_numbered_collective_study_session_is_a_meeting() -> None:
    # A party body's study session, numbered, is held as a meeting is; its leader's words are its points.
    paragraphs = [
        "清川市委常委会5月8日下午就“推进基层治理现代化”举行第六次集体学习。市委书记王明在主持学习时强调，"
        "基层治理是国家治理的基石。",
        "王明指出，要抓好网格化管理，把服务送到群众家门口。",
    ]
    (meeting,) = check(paragraphs)
    assert meeting["name"] == "第六次集体学习"
    assert [cue for cue, _ in cues([meeting])] == ["市委书记王明在主持学习时强调", "王明指出"]


def test_collective_study_as_a_meetings_procedure_opens_no_second_meeting() -> None:
    paragraphs = [
        "5月8日，清川县召开县长办公会议。会议集体学习了《清川县安全生产条例》。",
        "会议强调，要压实安全生产责任。",
    ]
    (meeting,) = check(paragraphs)
    assert meeting["name"] == "县长办公会议"


def test_a_party_branchs_organisational_meeting_held_at_a_room_after_yu_gives_its_name_and_place() -> None:
    # 生活会 is a meeting's noun (组织生活会, 民主生活会); 于 stands where 在 would, before the room.
    paragraphs = [
        "2019年3月5日下午,清川学院学生第二党支部第一次组织生活会于教3-205教室召开,支书王明同志主持会议。",
        "会议确定了各宿舍的党员联系人。",
    ]
    (meeting,) = check(paragraphs)
    assert (meeting["name"], meeting["place"]) == ("清川学院学生第二党支部第一次组织生活会", "教3-205教室")
    # 于 inside the name's own 关于 places nothing.
    (other,) = check(["关于加强校园安全的座谈会于昨日召开,王明主持会议。", "会议要求,各学院要落实安全责任。"])
    assert (other["name"], other["place"]) == ("关于加强校园安全的座谈会", None)


def test_the_writers_own_unit_as_本院_before_a_convened_meetings_name_is_no_part_of_it() -> None:
    paragraphs = [
        "区法院于10月12日组织召开了本院执行工作推进会议,会议由院长王明主持。",
        "会议强调,要切实解决执行难问题。",
    ]
    (meeting,) = check(paragraphs)
    assert meeting["name"] == "执行工作推进会议"
