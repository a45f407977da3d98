"""Meeting reports in forms the thirty-first folder of real news texts (kept outside the project; its first half
built on in the thirty-first round) and the thirtieth folder, built on whole, showed the stage misreading, each a
class of wording. Every text here is fictional, written for the test."""

from __future__ import annotations

from .test_meeting import check, cues


def test_a_generals_rank_does_not_put_the_meeting_he_attends_ahead() -> None:
    # The 将 of 上将 / 少将 is a rank's, not "will": the minister attended the meeting reported.
    for rank in ("上将", "中将", "少将"):
        text = [f"国防部长王明{rank}今天率团出席了在青河市举行的北岭国防部长会议。",
                "王明在发言中说，各方要加强防务合作。"]
        assert [(m["name"], m["place"]) for m in check(text)] == [("北岭国防部长会议", "青河市")], rank
        assert [c for c, _ in cues(check(text))] == ["王明在发言中说"], rank


def test_a_minister_who_will_attend_a_meeting_reports_none() -> None:
    text = ["国防部长王明将率团出席在青河市举行的北岭国防部长会议。",
            "王明在行前表示，各方要加强防务合作。"]
    assert check(text) == []
