"""The meeting stage's pre-check (detect.lead_may_name_a_meeting) never refuses a text the stage would report.

The pre-check spares most articles the cue search; it must be a proof, not a guess: whenever it says no,
`reports_meeting` over the cues and openings the stage finds says no too. That is held here against the full
steps (run without the pre-check) on drawn texts built from the stage's own words, and on the real meeting texts.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scraper.extract.text import parse_dump
from scraper.meetings.detect import MAY_REPORT, lead_may_name_a_meeting, reports_meeting
from scraper.meetings.openings import parse_opening
from scraper.meetings.people import scan_people
from scraper.meetings.report import _find_cues, extract_meetings
from scraper.meetings.scan import scan
from scraper.meetings.terms import MEETING_NOUNS, SPEECH_CONTEXTS

from .conftest import shared


def full_verdict(paragraphs: list[str], title: str | None) -> bool:
    """`reports_meeting` over what the stage finds, with no pre-check in front of it."""
    layout = scan(paragraphs)
    people = [event for start, end, para in layout.sentences for event in scan_people(layout.text, start, end, para)]
    cues = _find_cues(layout, people)
    openings = [o for start, end, _ in layout.sentences if (o := parse_opening(layout.text, start, end)) is not None]
    return reports_meeting(layout, title, cues, openings)


def precheck(paragraphs: list[str], title: str | None) -> bool:
    return lead_may_name_a_meeting(scan(paragraphs), title)


# Pieces of meeting reports and of articles that are none: openings, cues, speakers, places and filler.
PIECES = [
    *MEETING_NOUNS[:12], *SPEECH_CONTEXTS, "会", "上", "在", "召开", "举行", "出席", "主持", "并讲话", "指出",
    "强调", "表示", "要求", "会议指出，", "会上，", "王明", "省委书记李华", "他说，", "2月11日，", "全省",
    "在沈阳", "教育工作", "中心组学习会", "经济发展稳中向好", "一要", "二要", "。", "，", "：", "“", "”",
]
FILLER = "今年以来全市经济运行总体平稳，消费市场持续回暖，新兴产业加快发展。"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lead=st.lists(st.lists(st.sampled_from(PIECES), max_size=12).map("".join), min_size=1, max_size=3),
    padding=st.integers(min_value=0, max_value=8),
    tail=st.lists(st.lists(st.sampled_from(PIECES), max_size=12).map("".join), max_size=3),
    title=st.none() | st.lists(st.sampled_from(PIECES), max_size=5).map("".join),
)
def test_a_refused_text_is_one_the_stage_refuses(
    lead: list[str], padding: int, tail: list[str], title: str | None
) -> None:
    # Filler paragraphs push the tail past the lead, so both sides of the lead's end are drawn.
    paragraphs = [*lead, *[FILLER] * padding, *tail]
    if not precheck(paragraphs, title):
        assert not full_verdict(paragraphs, title)


def test_a_speech_word_without_a_meeting_in_the_lead_is_refused() -> None:
    paragraphs = [FILLER * 3, "王明在讲话中强调，要稳住经济大盘。", FILLER * 8, "此前召开的全省经济工作会议提出了目标。"]
    assert MAY_REPORT.search("\n".join(paragraphs))  # the old test let this text through to the cue search
    assert not precheck(paragraphs, None)
    assert extract_meetings(paragraphs) == []


def test_a_meeting_in_the_lead_passes() -> None:
    paragraphs = ["2月11日，2023年全省教育工作会议在沈阳召开。", "会议指出，一要坚持党建引领。二要深化改革。"]
    assert precheck(paragraphs, None)
    assert extract_meetings(paragraphs) != []


def test_a_meeting_named_only_in_the_title_passes() -> None:
    paragraphs = [FILLER * 4, "王明强调，一要稳增长。二要惠民生。"]
    assert not precheck(paragraphs, None)
    assert precheck(paragraphs, "全省经济工作座谈会召开")


def test_the_lead_reaches_to_the_end_of_its_paragraph() -> None:
    # The opening sentence starts inside the lead (its first 200 characters) and names its meeting after it.
    lead = "经济运行总体平稳。" * 21 + "2023年全省教育工作会议在沈阳召开，会议指出，一要坚持党建引领。二要深化改革。"
    paragraphs = [lead, FILLER * 4]
    assert lead.index("会议") >= 200
    assert precheck(paragraphs, None)
    assert extract_meetings(paragraphs) != []


def test_real_meeting_texts_are_refused_only_when_the_stage_refuses_them() -> None:
    texts = sorted(Path(shared("meetings", "texts")).glob("*.txt"))
    assert len(texts) >= 100
    refused = 0
    for path in texts:
        _stated, paragraphs = parse_dump(path.read_text(encoding="utf-8"), ())
        if not precheck(paragraphs, None):
            refused += 1
            assert not full_verdict(paragraphs, None), path.name
    assert refused > 0  # the implication was exercised, not vacuous


def test_a_title_opening_a_meeting_by_a_name_ending_in_hui_passes_the_precheck() -> None:
    # "召开讲话会" holds no meeting noun of the table, yet a title that opens a meeting lets step 2 hold: the
    # pre-check may not refuse a text whose only word of a meeting is a cue past the lead.
    paragraphs = ["", *[FILLER] * 6, "会议指出，"]
    assert full_verdict(paragraphs, "召开讲话会")
    assert precheck(paragraphs, "召开讲话会")
