"""Meeting reports in forms the fifty-fifth folder of real news texts (kept outside the project; its first half built
on in the fifty-fifth round) showed the stage misreading, each a class of wording. Every text here is fictional,
written for the test."""

from __future__ import annotations

from .test_meeting import check


def test_a_person_joined_by_并_to_the_clause_before_puts_uncounted_requirements_before_the_items() -> None:
    # The sentence opens on the meeting's procedure; the person opens the clause before, and 并对…提出要求： carries
    # on from it: the items after the colon are the point, its cue printed from the name.
    paragraphs = [
        "5月6日，清川学院招生工作例会在行政楼召开。",
        "会议对招生宣传进行了部署，副院长王明听取了各系工作进展情况，并对下一步工作提出要求：第一，加强沟通协调，"
        "统一宣传口径；第二，提高工作效率，按时完成任务。",
    ]
    (meeting,) = check(paragraphs)
    (point,) = meeting["points"]
    assert point["cue"] == "副院长王明听取了各系工作进展情况，并对下一步工作提出要求"
    assert [item["marker"] for item in point["items"]] == ["第一", "第二"]

