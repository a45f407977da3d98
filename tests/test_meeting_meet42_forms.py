"""Meeting reports in forms the thirty-third folder of real news texts (kept outside the project; its first half
built on in the thirty-third round) and the thirty-second folder, built on whole, showed the stage misreading, each
a class of wording. Every text here is fictional, written for the test."""

from __future__ import annotations

from .test_meeting import check, cues


def test_a_seminar_held_as_a_meeting_is_one() -> None:
    (meeting,) = check([
        "5日，全省检察长研讨班在清川举行。省检察院检察长王明出席开班式并讲话。",
        "会议指出，全省检察机关要把学习贯彻全会精神作为当前的重大政治任务。",
    ])
    assert (meeting["name"], meeting["place"]) == ("全省检察长研讨班", "清川")
    assert [c for c, _ in cues([meeting])] == ["会议指出"]


def test_the_writers_own_body_before_a_meetings_name_is_no_part_of_it() -> None:
    for unit in ("我院", "我校", "我公司"):
        (meeting,) = check([f"2022年3月30日，{unit}四届一次教代会在学术交流中心召开。会议由工会主席李炬主持。",
                            "大会审议并以举手表决的方式通过了《“十四五”事业发展规划》。"])
        assert meeting["name"] == "四届一次教代会", unit


def test_how_long_a_meeting_ran_and_the_moment_of_its_act_are_no_part_of_its_name() -> None:
    (meeting,) = check([
        "为期两天的2015·清川发展论坛在圆满完成各项议程后在青河胜利闭幕。",
        "在清川举办这样的论坛尚属首次。赵明说，本次论坛就是一次交流与互鉴的盛会。",
    ])
    assert (meeting["name"], meeting["place"]) == ("2015·清川发展论坛", "青河")
    assert cues([meeting]) == [("赵明说", "本次论坛就是一次交流与互鉴的盛会。")]


def test_a_kind_of_meeting_names_none() -> None:
    # 这样的论坛 is what kind of forum was held, not its name.
    meetings = check(["8月19日，清川发展论坛闭幕式上，赵明对论坛给出了评价。",
                      "在清川举办这样的论坛尚属首次。赵明说，本次论坛就是一次交流与互鉴的盛会。"])
    assert [meeting["name"] for meeting in meetings] != ["这样的论坛"]


def test_the_leaders_of_all_the_economies_speak_as_a_group() -> None:
    (meeting,) = check([
        "亚太经合组织第九十次领导人非正式会议11日在清川举行。王明主持会议并发表讲话。",
        "王明强调，开展互联互通合作是各方的共同利益。各经济体领导人一致认为，要加快区域自由贸易区建设。",
    ])
    assert [c for c, _ in cues([meeting])] == ["王明强调", "各经济体领导人一致认为"]
