"""Meeting reports worded the ways real reports vary (issue 14, tests/rewordings.py): dates in Chinese numerals,
a title before a speaker after a lead-in clause."""

from __future__ import annotations

import pytest

from scraper.meetings.dates import number

from .test_meeting import check


@pytest.mark.parametrize(
    ("opening", "published_at", "date"),
    [
        ("3月5日，全省会议在沈阳召开。", "2024-04-01", "2024-03-05"),
        ("三月五日，全省会议在沈阳召开。", "2024-04-01", "2024-03-05"),
        ("十一月二十一日，全省会议在沈阳召开。", "2024-12-01", "2024-11-21"),
        ("二〇二三年十月十日，全省会议在沈阳召开。", None, "2023-10-10"),
    ],
)
def test_a_date_in_either_numerals_is_the_meetings_day(opening: str, published_at: str | None, date: str) -> None:
    (meeting,) = check([opening, "会议指出，要稳就业。"], published_at=published_at)
    assert (meeting["name"], meeting["date"], meeting["place"]) == ("全省会议", date, "沈阳")


@pytest.mark.parametrize("day", ["于11月1日", "于十一月一日", "于14日上午", "于十四日"])
def test_a_day_after_yu_is_no_part_of_the_name(day: str) -> None:
    # "…论坛于十一月一日在北京开幕": the meeting opens whatever numerals its day is printed in.
    (meeting,) = check([f"改革开放与扶贫国际论坛{day}在北京开幕，主席王明致信祝贺。会议指出，要稳就业。"])
    assert (meeting["name"], meeting["place"]) == ("改革开放与扶贫国际论坛", "北京")


def test_numbers_in_either_numerals() -> None:
    assert [number(text) for text in ("14", "十", "十四", "二十一", "三十", "二〇二三", "二零二四")] == [
        14, 10, 14, 21, 30, 2023, 2024,
    ]


@pytest.mark.parametrize(
    ("speaking", "again"),
    [
        ("中共中央政治局常委、全国政协主席俞正声出席并讲话。", "全国政协主席俞正声指出"),
        ("王明指出，要保民生。", "省长王明指出"),
    ],
)
def test_a_known_speaker_with_a_title_after_a_lead_in_clause_opens_a_point(speaking: str, again: str) -> None:
    # "在认真听取大家发言后，省长王明指出": after a clause of the sentence, a name opens a point when it spoke
    # before; with other titles printed before it, it is the same speaker.
    (meeting,) = check([f"3月5日，全省座谈会在沈阳召开。{speaking}在认真听取大家发言后，{again}，要稳就业。"])
    assert [(p["cue"], p["text"]) for p in meeting["points"]][-1] == (again, "要稳就业。")


@pytest.mark.parametrize("day", ["5日", "3月5日", "5日上午", "十五日", "今天上午", "上午"])
def test_a_day_and_time_between_a_speaker_and_the_setting_keep_the_cue(day: str) -> None:
    # "省长王明3月5日上午在会上指出": the day may carry its month and a time of day, in either numerals.
    (meeting,) = check(["全省座谈会在沈阳召开。", f"省长王明{day}在会上指出，要稳就业。"])
    assert [(p["cue"], p["speaker"], p["text"]) for p in meeting["points"]] == [
        (f"省长王明{day}在会上指出", "王明", "要稳就业。")
    ]
