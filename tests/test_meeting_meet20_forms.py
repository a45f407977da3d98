"""Meeting reports in forms a folder of real news texts (kept outside the project) showed the stage misreading,
each a class of wording. Every text here is fictional, written for the test."""

from __future__ import annotations

from .test_meeting import check, cues


def test_an_attended_meeting_held_somewhere_has_its_place_before_its_name() -> None:
    # "出席在…举行的…论坛，并发表…讲话": the clause before the name says where the meeting is held; the place is
    # read from it and the name starts after its 的.
    for verb in ("举行", "召开", "举办"):
        meetings = check([
            f"市长王明当地时间8日出席在北岭国青河市{verb}的东方养蜂合作论坛，并发表重要讲话，强调各方要加强合作。",
        ])
        assert [(m["name"], m["place"]) for m in meetings] == [("东方养蜂合作论坛", "北岭国青河市")], verb
        assert cues(meetings)[0][1] == "各方要加强合作。", verb


def test_a_decision_inside_the_opening_sentence_is_no_point() -> None:
    # "…会议日前举行，通过《…》": the meeting's own clause says it was held (a time before the verb, not only a
    # place); the adoption runs inside the opening with no subject of its own, so the meeting has no point.
    for time in ("日前", "16日", "近日在青河"):
        meetings = check([
            f"第三次东方养蜂部长会议{time}举行，通过《东方养蜂合作联合声明》，内容涉及蜂种保护等方面。",
        ])
        assert [(m["name"], m["points"]) for m in meetings] == [("第三次东方养蜂部长会议", [])], time


def test_a_meeting_held_on_the_day_the_lead_prints_is_reported_without_a_point() -> None:
    # "…峰会16日在…举行。", "…会议日前举行，…": held on the day of the news, as a meeting convened (召开) is; a
    # meeting held in a history ("2019年举行的…论坛", no day before the verb) is not the report's.
    for day in ("16日在青河", "日前", "昨天上午在北岭"):
        meetings = check([f"东方养蜂合作论坛{day}举行。来自十多个国家的代表围绕蜂种保护等话题交流经验。"])
        assert [(m["name"], m["points"]) for m in meetings] == [("东方养蜂合作论坛", [])], day
    assert check(["东方养蜂合作论坛曾在青河举行。如今，这里的蜂农已有三百多户。"]) == []


def test_a_transliterated_arabic_name_after_a_title_speaks() -> None:
    # "…联盟主席优素拉呼吁…": the characters of Arabic names in the transliteration table make a name after a title.
    meetings = check([
        "东方养蜂合作峰会16日在青河举行。东岭联盟主席优素拉呼吁各成员国加强协作，共同保护蜂种。",
    ])
    assert cues(meetings) == [("东岭联盟主席优素拉呼吁", "各成员国加强协作，共同保护蜂种。")]
    assert meetings[0]["points"][0]["speaker"] == "优素拉"


def test_a_message_in_the_lead_conveyed_at_a_later_meeting_is_that_meetings_report() -> None:
    # "王明近日对…作出重要指示指出，… 王明强调，… …工作会议17日在…召开。会上传达了王明重要指示。": the lead states the
    # written message; the meeting opened after the lead conveys it, so the text reports that meeting, its points
    # the message's and the speeches after.
    body = (
        "本台消息：市委书记王明近日对做好养蜂协作工作作出重要指示指出，养蜂协作开展十年来，在助农增收方面发挥了"
        "重要作用，成效明显，群众认可，各方面都给予了积极评价。王明强调，今年是新一轮协作的第一年，要总结经验，"
        "完善机制，拓展领域。各级各部门要认真落实责任，推动协作取得新成效，让更多蜂农分享发展成果，过上更好的日子。"
        "全市养蜂协作工作会议17日在青河召开。会上传达了王明重要指示。副市长李华出席会议并讲话。他强调，要深入学习"
        "领会重要指示精神。"
    )
    meetings = check([body])
    assert [(m["name"], m["place"]) for m in meetings] == [("全市养蜂协作工作会议", "青河")]
    assert [cue for cue, _ in cues(meetings)] == [
        "市委书记王明近日对做好养蜂协作工作作出重要指示指出", "王明强调", "他强调",
    ]



def test_an_attended_meetings_day_and_host_clause_are_no_part_of_its_name() -> None:
    # "出席当天在…召开的…会议", "出席由…主办的…论坛": the day and the host clause before the name qualify it.
    for clause, place in (("当天在青河召开的", "青河"), ("由青河市政府主办的", None), ("今天上午举行的", None)):
        meetings = check([f"市长王明8日出席{clause}全市养蜂工作会议并讲话。他强调，要加强合作。"])
        assert [(m["name"], m["place"]) for m in meetings] == [("全市养蜂工作会议", place)], clause


def test_a_relative_day_with_its_date_in_brackets_is_the_day_of_the_news() -> None:
    # "…论坛今天（15日）在京举行。": the relative day with its date bracketed after it is still the news's day.
    meetings = check(["东方养蜂论坛今天（15日）在青河举行。来自十多个国家的代表参加论坛。"])
    assert [(m["name"], m["place"], m["points"]) for m in meetings] == [("东方养蜂论坛", "青河", [])]


def test_a_manner_between_the_day_and_the_verb_keeps_the_news_day() -> None:
    # "…会议16日以视频方式举行，…": the manner stands between the day and the verb; the meeting is held now.
    meetings = check(["东方养蜂部长会议16日以视频方式举行，各国部长围绕蜂种保护交换意见。"])
    assert [(m["name"], m["points"]) for m in meetings] == [("东方养蜂部长会议", [])]
