"""Meeting reports in forms the fifth and sixth folders' second halves of real news texts (kept outside the
project, built on in the eighteenth round) showed the stage misreading, each a class of wording. Every text here is
fictional, written for the test."""

from __future__ import annotations

from .test_meeting import check, cues


def test_a_segment_or_session_of_an_attended_meeting_reports_the_meeting() -> None:
    # "出席…会议东道主交接环节，", "出席…峰会第二及第三阶段会议并发言": the segment or the numbered session is part of
    # the meeting attended; the meeting is named without it.
    for attended, tail in (
        ("东方养蜂合作组织第八次领导人会议东道主交接环节", "，宣布明年将在南岭举办下一次会议。"),
        ("东方养蜂合作组织第八次领导人会议对话环节", "并发言。"),
        ("东方养蜂合作组织第八次领导人会议第二及第三阶段会议", "并发言。"),
    ):
        meetings = check([f"当地时间11月1日上午，市长王明在青河出席{attended}{tail}王明强调，养蜂合作要造福蜂农。"])
        assert [(m["name"], m["place"]) for m in meetings] == [("东方养蜂合作组织第八次领导人会议", "青河")], attended
        assert cues(meetings) == [("王明强调", "养蜂合作要造福蜂农。")]
    # A segment of something that is no meeting opens none.
    assert check(["11月1日，市长王明出席东方养蜂博物馆剪彩环节。王明强调，养蜂合作要造福蜂农。"]) == []


def test_a_turn_of_the_argument_before_a_pronoun_opens_the_speakers_point() -> None:
    # "但他指出，…": the speaker's new point starts at the conjunction, printed with the cue.
    for turn in ("但", "但是", "不过", "然而"):
        meetings = check([
            "养蜂业发展研讨会昨天在青河召开。王明表示，蜂蜜价格还会上涨。"
            f"{turn}他指出，价格上涨要有节制。{turn}蜂农李先生则表示，蜂价不宜再涨。",
        ])
        # A name after the turn is more often someone outside the meeting, asked by the reporter: no cue.
        assert cues(meetings) == [
            ("王明表示", "蜂蜜价格还会上涨。"), (f"{turn}他指出", f"价格上涨要有节制。{turn}蜂农李先生则表示，蜂价不宜再涨。"),
        ], turn


def test_a_partner_holding_the_meeting_with_the_subject_is_no_part_of_its_place() -> None:
    # "在杭州同俄罗斯总理…共同主持…会晤": the place ends before the partner; a place whose own name holds 同 stays whole.
    for partner in ("同北岭国总理赵敏共同", "与北岭国总理赵敏一道"):
        meetings = check([f"3日，市长王明在青河{partner}主持东西两市第三次定期会晤。王明表示，两市要深化养蜂合作。"])
        assert [(m["name"], m["place"]) for m in meetings] == [("东西两市第三次定期会晤", "青河")], partner
    meetings = check(["3日，养蜂工作会议在上海同济大学召开。王明表示，两市要深化养蜂合作。"])
    assert [(m["name"], m["place"]) for m in meetings] == [("养蜂工作会议", "上海同济大学")]


def test_a_speaker_answering_with_ze_speaks() -> None:
    # "李华则表示，…": 则 between the name and the verb, as 也 / 还.
    meetings = check(["养蜂工作会议昨天在青河召开。王明表示，蜂价会涨。李华则认为，蜂价会跌。"])
    assert cues(meetings) == [("王明表示", "蜂价会涨。"), ("李华则认为", "蜂价会跌。")]
