"""Meeting reports in forms the twentieth and twenty-first folders of real news texts (kept outside the project,
built on whole in the twenty-fourth round) and the twenty-second and twenty-third folders' first halves showed the
stage misreading, each a class of wording. Every text here is fictional, written for the test."""

from __future__ import annotations

from .test_meeting import check, cues


def test_a_law_passed_by_vote_is_the_object_of_the_cue_that_passed_it() -> None:
    # 会议经表决，通过了…: the vote and the passing are one verb; the text starts with the law.
    meetings = check([
        "青河省十四届人大常委会第九次会议6日在临江闭幕。会议经表决，通过了青河省湿地保护条例、青河省养蜂管理办法。"
        "会议经表决，任命王明为青河省人民政府秘书长。",
    ])
    assert cues(meetings) == [("会议经表决，通过了", "青河省湿地保护条例、青河省养蜂管理办法。"),
                              ("会议经表决", "任命王明为青河省人民政府秘书长。")]


def test_meetings_counted_beside_an_event_are_no_meeting_reported() -> None:
    # An exhibition opens; 25 forums are held beside it: none of them is reported, and the address is the event's.
    text = ("2026年青河信息通信展览会9月23日在临江开幕，会期3天；同期举办25场论坛，集中发布20余项研究报告。"
            "青河省工业和信息化厅副厅长王明在致辞中表示，要把握新一代通信网建设的战略机遇。")
    assert check([text]) == []
    # A numbered one is one meeting.
    assert len(check(["青河学院9月23日举办第3场论坛，校长王明在论坛上强调，要把握新一代通信网建设的战略机遇。"])) == 1
