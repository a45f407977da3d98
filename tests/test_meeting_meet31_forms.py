"""Meeting reports in forms the eighteenth and nineteenth folders of real news texts (kept outside the project,
built on whole in the twenty-third round) and the twentieth and twenty-first folders' first halves showed the
stage misreading, each a class of wording. Every text here is fictional, written for the test."""

from __future__ import annotations

from .test_meeting import check, cues


def test_a_paragraph_stored_on_its_own_that_opens_at_a_meeting_reports_it() -> None:
    # A report's later paragraph kept alone: 会上 places the speaker at the meeting the report opened before.
    text = "会上，校长王明就做好养蜂课程工作提出两点要求，一是要提高认识，守好课程质量。二是要狠抓落实，按时完成教学任务。"
    meetings = check([text])
    assert len(meetings) == 1 and meetings[0]["name"] is None
    assert [item["marker"] for point in meetings[0]["points"] for item in point["items"]] == ["一是", "二是"]
    # The same statement without the place is a person's words, no meeting's.
    assert check([text.removeprefix("会上，")]) == []


def test_a_place_cue_before_a_briefing_done_with_jinxing_is_no_point() -> None:
    # 会上，某某对《通知》进行了梳理和解读: the meeting's programme, no statement; the speech after it is the point.
    meetings = check([
        "5月28日下午，青河学院毕业生离校工作协调会在行政楼会议室召开。",
        "会上，学生处王明首先对《关于做好毕业生离校工作的通知》进行了梳理和解读，并对离校手续作了安排。",
        "副校长李华作总结讲话，他强调，要确保毕业生平安离校。",
    ])
    assert [cue for cue, _ in cues(meetings)] == ["他强调"]


def test_a_sitting_held_at_an_hour_of_the_day_is_reported_without_a_point() -> None:
    # The hour after the day (17日上午9时) and the numbered sitting after 举行: the news of the sitting held.
    meetings = check(["青河县十三届人大一次会议17日上午9时在县会堂举行第五次全体会议，选举新一届县领导。"])
    assert len(meetings) == 1 and meetings[0]["points"] == []
    # A sitting to be held (将于…举行) is a notice.
    assert check(["青河县十三届人大一次会议将于17日上午9时在县会堂举行第五次全体会议，选举新一届县领导。"]) == []


def test_what_is_said_at_talks_held_beside_a_meeting_is_no_point() -> None:
    # A leader's day: talks with someone (会见某某时，…; 某某还会见了…，表示…) and a forum he addresses.
    meetings = check([
        "9月25日，王明在青河会见青河大学校长李华，出席青河养蜂论坛并致辞。",
        "会见李华时，王明表示，愿同青河大学深化合作。",
        "李华感谢王明的支持，表示青河大学愿加强养蜂研究。",
        "在青河养蜂论坛上，王明表示，养蜂业要走绿色发展之路。",
        "王明还会见了青河县县长赵强，表示支持青河县发展养蜂业。",
    ])
    assert cues(meetings) == [("王明表示", "养蜂业要走绿色发展之路。")]


def test_a_plenarys_decision_named_as_what_a_feature_describes_is_no_cue() -> None:
    # A feature about how a plenary's decision was drafted: 全会决定 is the object of 介绍了, a noun.
    text = ("青河日报今天刊发长篇通讯，记录了青河县委全会决定起草的过程。"
            "通讯回顾了起草组的工作；着重介绍了全会决定顺应群众对美好生活的期待，提出了一系列新举措。")
    assert check([text]) == []
    # The plenary as the subject decides.
    meetings = check(["青河县委十五届三次全会8日在青河召开。全会决定，明年召开县第十六次党代会。"])
    assert [cue for cue, _ in cues(meetings)] == ["全会决定"]


def test_a_forum_held_today_with_the_month_in_brackets_is_reported() -> None:
    # 今天（6月18日）: the day of the news with its month, as 今天（18日） is.
    meetings = check(["2025青河论坛今天（6月18日）在青河举行，有关部门负责人发布多项举措。"])
    assert [meeting["name"] for meeting in meetings] == ["2025青河论坛"]


def test_the_hour_after_the_day_is_no_part_of_the_meetings_name() -> None:
    meetings = check(["2008年3月14日下午16:00青河大学团员代表会议在学生活动中心204室隆重举行。会议指出，要办好团员活动。"])
    assert [(meeting["name"], meeting["place"]) for meeting in meetings] == [("青河大学团员代表会议", "学生活动中心204室")]
