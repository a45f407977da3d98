"""Meeting reports in forms a folder of real news texts (kept outside the project) showed the stage misreading,
each a class of wording. Every text here is fictional, written for the test."""

from __future__ import annotations

from .test_meeting import check, cues


def test_courtesy_addressed_to_a_plural_is_no_crowds_reaction() -> None:
    # "…会见会议代表，向他们表示热烈祝贺": the clause opens on a preposition, so its plural is whom the courtesy is
    # addressed to; no crowd reacts in the lead, and the meeting opened before it is reported.
    for lead in ("向他们表示热烈祝贺", "对代表们表示慰问", "给志愿者们表示感谢"):
        meetings = check([
            f"全市养蜂能手表彰大会10日上午在青河举行。市委书记王明会见会议代表，{lead}。",
            "副市长李华参加会见并在表彰大会上讲话。他指出，要把养蜂产业做大做强。",
        ])
        assert [m["name"] for m in meetings] == ["全市养蜂能手表彰大会"], lead
        assert cues(meetings) == [("他指出", "要把养蜂产业做大做强。")], lead
