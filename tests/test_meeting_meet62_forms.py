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


def test_whom_a_speaker_asks_before_the_colon_the_items_follow_is_printed_with_the_cue() -> None:
    paragraphs = [
        "10月16日上午，清川中学召开期中考试质量分析会。",
        "王校长要求全体教师：一是要把教学当作事业来做，精益求精。二是注重个人与集体协调；三是明确目标。",
    ]
    (meeting,) = check(paragraphs)
    assert [cue for cue, _ in cues([meeting])] == ["王校长要求全体教师"]
    # A statement before the colon (要…) is what was said, not whom it was asked of.
    (other,) = check([paragraphs[0], "王校长强调要做到三点：一是备课充分。二是批改及时；三是辅导耐心。"])
    assert [cue for cue, _ in cues([other])] == ["王校长强调"]


def test_a_lone_first_marker_heads_the_run_of_a_kin_family_that_runs_on_to_a_third() -> None:
    # 一是 then 二要, 三要, 四要: the writer switched the numeral's follower after the first item.
    paragraphs = [
        "10月16日上午，清川中学召开期中考试质量分析会。",
        "王校长要求全体教师：一是要把教学当作事业来做，精益求精。二要注重个人与集体协调；三要明确目标；四要减少低分率。",
    ]
    (meeting,) = check(paragraphs)
    (point,) = meeting["points"]
    assert [item["marker"] for item in point["items"]] == ["一是", "二要", "三要", "四要"]
    # 一是 and a lone 二要 stay no run.
    (other,) = check([paragraphs[0], "王校长强调：一是要把教学当作事业来做，精益求精。二要注重个人与集体协调。"])
    assert other["points"][0]["items"] == []


def test_what_a_leader_says_at_a_stop_of_the_tour_is_no_point_of_the_meeting_he_chaired_on_it() -> None:
    # The meeting was held during the tour; at a factory the tour stopped at he spoke too: the tour's words, which go
    # on as the text of the point before. Back at the meeting (在座谈会上) his words are its points again.
    paragraphs = [
        "5日至6日，王明在清川调研并主持召开民营经济发展座谈会。他强调，要坚定不移支持民营经济发展壮大。"
        "在东港，王明考察了清川机床、东港电子等企业，详细询问生产经营情况。他说，创新是企业发展的根本动力。"
        "在座谈会上，6家企业负责人谈了情况和建议。王明指出，要持续优化营商环境。"
    ]
    (meeting,) = check(paragraphs)
    assert [cue for cue, _ in cues([meeting])] == ["他强调", "在座谈会上", "王明指出"]
