"""Meeting reports in forms the second reading of a folder of real news texts (kept outside the project) showed
the stage misreading, each a class of wording. Every text here is fictional, written for the test."""

from __future__ import annotations

from .test_meeting import check, cues


def test_a_space_before_the_verbs_separator_keeps_the_cue() -> None:
    # "王明强调 ，…": a typesetter's space (ASCII or full-width) between the verb and its comma or colon; the verb
    # still takes its statement, for a speaker as for the meeting.
    for space in (" ", "\u3000", "  "):
        meetings = check([
            "市政协三届二次会议今天在青河开幕。市长王明出席开幕式并讲话。王明说，今年是关键之年。"
            f"王明强调{space}，要抓好民生工作。会议指出{space}：要团结。",
        ])
        assert cues(meetings) == [
            ("王明说", "今年是关键之年。"),
            ("王明强调", "要抓好民生工作。"),
            ("会议指出", "要团结。"),
        ], repr(space)
