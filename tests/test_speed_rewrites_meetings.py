"""The meeting stage's rewrites for speed give what the code first written gave: the scan that skips from mark to
mark lays out every text as the scan of every character did, and the precheck read from the text alone refuses
only bodies whose lead the scanned precheck refuses too."""

from __future__ import annotations

import random
from collections.abc import Iterator

from scraper.meetings import scan
from scraper.meetings.detect import LEAD_SENTENCES, lead_may_name_a_meeting, text_may_name_a_meeting
from scraper.meetings.scan import Layout
from tests.conftest import ROOT, shared


def _original_scan_paragraph(layout: Layout, para: int, start: int, end: int) -> None:
    text = layout.text
    quotes = scan._Quotes()
    boundary = True
    pending = scan._SENTENCE
    first = True
    previous = ""
    sentence_starts: list[int] = []
    for i in range(start, end):
        char = text[i]
        if char.isspace():
            continue
        if pending != scan._NONE and char not in scan._CLOSE_QUOTES and char not in scan._BOUNDARY:
            if not quotes.inside:
                (sentence_starts if pending == scan._SENTENCE else layout.clauses).append(i)
            pending = scan._NONE
        if boundary and not quotes.others:
            scan._add_marker(layout, para, i, end, first)
        first = False
        if char in scan._MARKS:
            quotes.feed(char, previous)
            pending = scan._after(char, pending)
            # A glued headline's title closing right before the meeting's cue (…《…》会议认为，) opens a clause.
            if char == scan._TITLE_CLOSE and not quotes.inside and scan._GLUED_CUE.match(text, i + 1, end):
                layout.clauses.append(i + 1)
        previous = char
        boundary = char in scan._BOUNDARY or (boundary and char in scan._CLOSE_QUOTES)
    scan._add_sentences(layout, para, start, end, sentence_starts)


def _original_scan(paragraphs: list[str]) -> Layout:
    text = "\n".join(paragraphs)
    layout = Layout(text, [], [], [], [])
    pos = 0
    for index, para in enumerate(paragraphs):
        layout.starts.append(pos)
        layout.ends.append(pos + len(para))
        _original_scan_paragraph(layout, index, pos, pos + len(para))
        pos += len(para) + 1
    layout.marker_starts = [marker.start for marker in layout.markers]
    return layout


# Marks, quotes, spaces of several kinds, enumeration markers, cue and meeting words, source tags.
_PIECES = [
    "，", ",", "。", "；", ";", "：", ":", "！", "？", "!", "?", "“", "”", "‘", "’", "「", "」", "『", "』", "《", "》",
    '"', " ", "\u3000", "\u00a0", "\t", "一要", "二要", "三是", "（一）", "（二）", "1.", "2、", "①", "②", "——",
    "最后", "首先", "第一", "第二", "会议强调", "会议指出", "会议认为，", "他说", "王明强调", "本报讯", "新华社北京3月5日电",
    "（记者 周明）", "召开", "座谈会", "会上", "讲话", "推动高质量发展", "要", "十", "二十一",
]


def _made_up(rng: random.Random) -> list[str]:
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 40))) for _ in range(rng.randint(1, 5))]


def _texts() -> Iterator[list[str]]:
    rng = random.Random(13)
    for _ in range(3000):
        yield _made_up(rng)
    folders = [ROOT / "tests" / "data" / "meetings_written" / "texts", shared("meetings", "texts")]
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            yield path.read_text("utf-8").splitlines()


def test_scan_skipping_to_the_marks_lays_out_as_the_scan_of_every_character() -> None:
    # The skip rests on this: only a mark opens a boundary or keeps one open.
    assert set(scan._BOUNDARY + scan._CLOSE_QUOTES) <= scan._MARKS
    markers = 0
    for paragraphs in _texts():
        layout = scan.scan(paragraphs)
        assert layout == _original_scan(paragraphs), paragraphs
        markers += len(layout.markers)
    assert markers > 1000


def test_precheck_on_the_text_refuses_only_what_the_lead_refuses() -> None:
    refused = 0
    for paragraphs in _texts():
        text = "\n".join(paragraphs)
        for title in (None, "", "全省经济工作会议召开", paragraphs[0][:20]):
            if not text_may_name_a_meeting(text, title):
                refused += 1
                assert not lead_may_name_a_meeting(scan.scan(paragraphs), title), (paragraphs, title)
    assert refused > 500


def test_the_lead_scanned_alone_answers_as_the_whole_scan() -> None:
    stopped = 0
    for paragraphs in _texts():
        whole_scan = scan.scan(paragraphs)
        lead, whole = scan.scan_lead(paragraphs, LEAD_SENTENCES)
        assert (lead.text, lead.starts, lead.ends) == (whole_scan.text, whole_scan.starts, whole_scan.ends)
        assert lead.sentences == whole_scan.sentences[: len(lead.sentences)]
        assert lead.markers == whole_scan.markers[: len(lead.markers)]
        if whole:
            assert lead == whole_scan
        else:
            stopped += 1
            assert len(lead.sentences) > LEAD_SENTENCES
        for title in (None, "全省经济工作会议召开", paragraphs[0][:20]):
            assert lead_may_name_a_meeting(lead, title) == lead_may_name_a_meeting(whole_scan, title)
    assert stopped > 200
