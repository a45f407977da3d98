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
