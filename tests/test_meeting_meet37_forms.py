"""Meeting reports in forms the twenty-eighth folder of real news texts (kept outside the project; its first half
built on in the twenty-eighth round) and the twenty-seventh folder, built on whole, showed the stage misreading, each
a class of wording. Every text here is fictional, written for the test."""

from __future__ import annotations

from .test_meeting import check, cues


def test_a_programmes_performance_after_the_place_cue_is_no_point() -> None:
    text = ["全国政协今天上午在京举行新年茶话会。王明在茶话会上发表讲话。他强调，新的一年要凝心聚力。",
            "茶话会上，政协委员和文艺工作者表演了精彩的节目。"]
    assert [c for c, _ in cues(check(text))] == ["他强调"]


def test_a_report_presented_under_its_title_after_the_place_cue_is_no_point() -> None:
    text = ["青河公司昨天召开2013年工作会议。会议要求，全体员工要提振信心。",
            "会上，王明总经理作了题为《攻坚克难促改革 稳中求进谋发展》的工作报告。"]
    assert [c for c, _ in cues(check(text))] == ["会议要求"]


def test_an_adverb_after_the_speakers_setting_at_the_meeting_keeps_the_cue() -> None:
    for adverb in ("明确", "还", "再次"):
        text = [f"青河市法院院长王明在21日召开的全市法院院长会议上{adverb}提出，法官要提高庭审驾驭能力。"]
        assert [c for c, _ in cues(check(text))] == [f"青河市法院院长王明在21日召开的全市法院院长会议上{adverb}提出"], adverb
