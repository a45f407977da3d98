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
