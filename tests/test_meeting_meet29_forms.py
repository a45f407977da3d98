"""Meeting reports in forms the sixteenth and seventeenth folders of real news texts (kept outside the project,
built on through their first halves in the twenty-first round) and the landed written rounds showed the stage
misreading, each a class of wording. Every text here is fictional, written for the test."""

from __future__ import annotations

from .test_meeting import check, cues


def test_a_lead_on_the_day_of_the_news_chairing_or_addressing_a_meeting_reports_it() -> None:
    # A one-line item: someone chairs a summit, or attends a forum and addresses it, on the day the news tells;
    # no point is reported, and the meeting is still the news.
    for line in (
        "新华社青河6月18日电 6月17日晚，王明在青河主持养蜂合作特别峰会并发表题为《同心守规矩》的主旨讲话。",
        "6月17日上午，王明在青河出席养蜂合作论坛并发表主旨讲话。",
    ):
        meetings = check([line])
        assert [(m["name"], m["place"], m["points"]) for m in meetings] == [
            (line.split("在青河")[1].split("并")[0].removeprefix("主持").removeprefix("出席"), "青河", [])
        ], line
    # Attending alone, or attendance put ahead, reports nothing: the item may be about something else.
    assert check(["6月17日上午，王明在青河出席养蜂合作论坛。"]) == []
    assert check(["6月17日上午，王明将在青河出席养蜂合作论坛并发表主旨讲话。"]) == []


def test_a_place_cue_before_greetings_states_nothing_and_the_greeter_speaks_next() -> None:
    # "会上，王明对…表示欢迎，并对…表示感谢。他表示，…": the welcome and the thanks are courtesy, no point; the pronoun
    # in the next sentence speaks for the greeter, and opens his point.
    meetings = check([
        "4月15日上午，青河县召开养蜂工作会议。",
        "会上，王明远对督查组一行表示欢迎，并对市里给予的大力支持表示感谢。他表示，全县将守好蜂产品质量关。"
        "李华表示，市里将继续支持青河养蜂。",
    ])
    assert cues(meetings) == [("他表示", "全县将守好蜂产品质量关。"), ("李华表示", "市里将继续支持青河养蜂。")]
    assert meetings[0]["points"][0]["speaker"] == "王明远"


def test_the_guests_from_home_and_abroad_speak_as_a_group() -> None:
    for group in ("中外嘉宾认为", "国内外专家表示"):
        meetings = check(["9月13日，2026青河养蜂国际论坛在青河举行。", f"{group}，养蜂业要守规矩，要加强合作。"])
        assert cues(meetings) == [(group, "养蜂业要守规矩，要加强合作。")], group


def test_a_sentence_saying_its_left_out_subject_spoke_as_one_opens_a_point() -> None:
    # "…召开专题会议，传达学习…。一致认为，…。一致表示，…": the people at the meeting, before anyone was seen speaking.
    meetings = check([
        "2月13日，青河县养蜂协会召开专题会议，传达学习有关决定。一致认为，决定十分及时。一致表示，坚决拥护决定。",
        "会议强调，要守规矩。",
    ])
    assert cues(meetings) == [("一致认为", "决定十分及时。"), ("一致表示", "坚决拥护决定。"), ("会议强调", "要守规矩。")]
    # Without 一致, a sentence with its subject left out before anyone spoke stays no point: whose words they are
    # is not told.
    meetings = check(["2月13日，青河县养蜂协会召开专题会议。同时指出，要守规矩。"])
    assert cues(meetings) == []


def test_the_leads_summary_of_a_decision_the_report_tells_later_is_no_point_of_its_own() -> None:
    meetings = check([
        "王明今日主持召开县政府常务会议，同意发布新修订的《青河县养蜂管理办法》，部署蜂产品质量提升工作。",
        "会议同意发布新修订的《青河县养蜂管理办法》。会议要求，要守规矩。",
    ])
    assert [cue for cue, _ in cues(meetings)] == ["会议同意", "会议要求"]
    # A lead whose decision the report does not tell again keeps it.
    meetings = check(["王明今日主持召开县政府常务会议，同意发布新修订的《青河县养蜂管理办法》。", "会议要求，要守规矩。"])
    assert len(cues(meetings)) == 2


def test_a_lead_opening_on_the_worlds_attention_to_a_meeting_reports_reactions() -> None:
    text = [
        "国际社会高度关注第五届青河养蜂大会召开，认为大会展现了青河的开放姿态。",
        "某国电视台报道说，大会主要讨论养蜂业的下一个五年规划。",
    ]
    assert check(text) == []
    # The meeting reported itself, with the world's attention told after it, is a report.
    meetings = check(["第五届青河养蜂大会今天在青河召开。大会指出，要守规矩。", "国际社会高度关注大会召开。"])
    assert cues(meetings) == [("大会指出", "要守规矩。")]
