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


def test_a_turn_of_the_argument_before_a_speaker_opens_the_speakers_point() -> None:
    # "但他指出，…", "不过李华表示，…": the speaker's new point starts at the conjunction, printed with the cue.
    for turn in ("但", "但是", "不过", "然而"):
        meetings = check([
            "养蜂业发展研讨会昨天在青河召开。王明表示，蜂蜜价格还会上涨。"
            f"{turn}他指出，价格上涨要有节制。{turn}李华表示，蜂农收入要稳。",
        ])
        assert cues(meetings) == [
            ("王明表示", "蜂蜜价格还会上涨。"), (f"{turn}他指出", "价格上涨要有节制。"), (f"{turn}李华表示", "蜂农收入要稳。"),
        ], turn
    # A conjunction before something that is no speaker opens nothing.
    meetings = check(["养蜂业发展研讨会昨天在青河召开。王明表示，蜂蜜价格还会上涨。但价格指出了方向。"])
    assert cues(meetings) == [("王明表示", "蜂蜜价格还会上涨。但价格指出了方向。")]
