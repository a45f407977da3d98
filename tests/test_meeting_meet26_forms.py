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
