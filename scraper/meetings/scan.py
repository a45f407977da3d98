"""Linear-time scanning of a body for the meeting stage: sentences, enumeration markers and cues.

The body's paragraphs are joined with "\\n" into one text, so every span the stage returns is a slice of
that text (and of `Article.text`). One left-to-right pass per paragraph tracks quotation depth, records
sentence starts and the enumeration markers that stand at a clause boundary outside quotes. Regular
expressions run only on bounded windows anchored at a sentence start, so no input can make them backtrack
for long.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from .terms import (
    CIRCLED,
    CN_DIGITS,
    CUE_ADVERBS,
    MARKER_SEPARATORS,
    MEETING_NOUNS,
    MEETING_VERBS,
    ORDINAL_FOLLOWERS,
    ORDINAL_WORDS,
    SPEECH_CONTEXTS,
    SPEECH_VERBS,
)

_OPEN_QUOTES = "“‘「『《"
_CLOSE_QUOTES = "”’」』》"
_TERMINAL = "。！？!?"
# A marker counts only after one of these (or at the start of a paragraph): "。二要", "；二是", "，三是".
_BOUNDARY = "，,。；;：:！？!?"
_WINDOW = 160


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


_ADV = f"(?:{_alt(CUE_ADVERBS)})*"
_MEETING_CUE = re.compile(
    rf"(?P<subj>[^\W_]{{0,24}}?(?:{_alt(MEETING_NOUNS)}))(?P<adv>{_ADV})(?P<verb>{_alt(MEETING_VERBS)})"
    r"(?P<le>了)?(?P<sep>[，,：:]\s*)?"
)
_AT_CUE = re.compile(
    rf"(?P<subj>在?(?:[^\W_]{{0,20}}?(?:{_alt(MEETING_NOUNS)})|会))上(?P<adv>还|也|同时)?(?P<sep>[，,：:]\s*)?"
)
_NOT_IN_NAME = r"，,。；;：:！？!?“”\"《》\s"
_SPEECH_CUE = re.compile(
    rf"(?P<who>[^\W\d_][^{_NOT_IN_NAME}]{{0,29}}?)(?P<ctx>在[^{_NOT_IN_NAME}]{{0,40}}?"
    rf"(?:{_alt(SPEECH_CONTEXTS)})(?:中|时)?)(?P<adv>{_ADV})(?P<verb>{_alt(SPEECH_VERBS)})(?P<sep>[，,：:]\s*)?"
)
# Lead-ins a cue may follow within its sentence: "9月20日上午，省委书记…在…会议上强调", "同时，会议要求".
_LEAD_IN = re.compile(
    r"(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚间|晚|早上)?|近日|日前|近期|今天|今日|昨天|昨日|前天"
    r"|当天|当日|同日|随后|同时|此外|另外|最后)[，,]\s*"
)
_NAMED_CUE_TAIL = re.compile(rf"(?:同志)?(?P<adv>{_ADV})(?P<verb>{_alt(SPEECH_VERBS)})(?P<sep>[，,：:]\s*)?")


@dataclass(frozen=True, slots=True)
class Marker:
    """An enumeration marker ("二要", "（三）", "2.") at a clause boundary, outside quotes."""

    start: int
    end: int
    text_start: int
    family: str
    number: int  # -1: a closing word (最后) that ends its sequence
    para: int
    at_para_start: bool


@dataclass(frozen=True, slots=True)
class Cue:
    """The phrase that opens a point ("会议指出,", "王庆东在讲话中强调,")."""

    start: int
    end: int
    text_start: int
    para: int
    who: str | None  # the speaker as written, for speech cues
    sentence: int  # start of the sentence; before `start` when a lead-in ("9月20日，") comes first


@dataclass(slots=True)
class Layout:
    """The joined body text with its paragraphs, sentences and markers."""

    text: str
    starts: list[int]
    ends: list[int]
    sentences: list[tuple[int, int, int]]  # (start, end, paragraph) of sentences that start outside quotes
    markers: list[Marker]
    marker_starts: list[int] = field(default_factory=list)

    def markers_in(self, start: int, end: int) -> list[Marker]:
        """The markers whose start lies in [start, end), in order."""
        return self.markers[bisect.bisect_left(self.marker_starts, start) : bisect.bisect_left(self.marker_starts, end)]

    def para_of(self, pos: int) -> int:
        """Index of the paragraph holding offset `pos` (binary search)."""
        lo, hi = 0, len(self.starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.starts[mid] <= pos:
                lo = mid
            else:
                hi = mid - 1
        return lo


def scan(paragraphs: Sequence[str]) -> Layout:
    """Join `paragraphs` with newlines and scan each one once."""
    text = "\n".join(paragraphs)
    layout = Layout(text, [], [], [], [])
    pos = 0
    for index, para in enumerate(paragraphs):
        layout.starts.append(pos)
        layout.ends.append(pos + len(para))
        _scan_paragraph(layout, index, pos, pos + len(para))
        pos += len(para) + 1
    layout.marker_starts = [marker.start for marker in layout.markers]
    return layout


def _scan_paragraph(layout: Layout, para: int, start: int, end: int) -> None:
    text = layout.text
    depth = 0
    ascii_quoted = False
    boundary = True
    pending = True  # the next visible character starts a sentence
    first = True
    sentence_starts: list[int] = []
    for i in range(start, end):
        char = text[i]
        if char.isspace():
            continue
        quoted = depth > 0 or ascii_quoted
        if pending and char not in _CLOSE_QUOTES and char not in _TERMINAL:
            pending = False
            if not quoted:
                sentence_starts.append(i)
        if boundary and not quoted:
            found = match_marker(text, i, end, first)
            if found is not None:
                family, number, marker_end, text_start = found
                layout.markers.append(Marker(i, marker_end, text_start, family, number, para, first))
        first = False
        if char in _OPEN_QUOTES:
            depth += 1
        elif char in _CLOSE_QUOTES:
            depth = max(0, depth - 1)
        elif char == '"':
            ascii_quoted = not ascii_quoted
        if char in _TERMINAL:
            pending = True
        # A closing quote after "。" keeps the boundary: "…。”三是…".
        boundary = char in _BOUNDARY or (boundary and char in _CLOSE_QUOTES)
    for n, sentence_start in enumerate(sentence_starts):
        sentence_end = sentence_starts[n + 1] if n + 1 < len(sentence_starts) else end
        layout.sentences.append((sentence_start, sentence_end, para))


def _cn_number(text: str, i: int, end: int) -> tuple[int, int] | None:
    """Parse 一…九十九 at `i`; return (value, end) or None."""
    j = i
    while j < end and j - i < 3 and (text[j] in CN_DIGITS or text[j] == "十"):
        j += 1
    word = text[i:j]
    if not word:
        return None
    if "十" not in word:
        return (CN_DIGITS[word], j) if len(word) == 1 else None
    tens, _, ones = word.partition("十")
    if len(tens) > 1 or len(ones) > 1 or "十" in ones:
        return None
    return (CN_DIGITS[tens] if tens else 1) * 10 + (CN_DIGITS[ones] if ones else 0), j


def _digit_number(text: str, i: int, end: int) -> tuple[int, int] | None:
    j = i
    while j < end and j - i < 3 and text[j].isdecimal():
        j += 1
    if j == i:
        return None
    try:
        return int(text[i:j]), j
    except ValueError:  # other scripts' decimal digits
        return None


def match_marker(text: str, i: int, end: int, para_start: bool) -> tuple[str, int, int, int] | None:
    """The marker at `i`, as (family, number, marker end, item text start), or None."""
    found = _match_marker_token(text, i, end, para_start)
    if found is None:
        return None
    family, number, marker_end = found
    text_start = marker_end
    if text_start < end and text[text_start] in MARKER_SEPARATORS:
        text_start += 1
    while text_start < end and text[text_start].isspace():
        text_start += 1
    return family, number, marker_end, text_start


def _match_marker_token(text: str, i: int, end: int, para_start: bool) -> tuple[str, int, int] | None:
    char = text[i]
    nxt = text[i + 1] if i + 1 < end else ""
    if char in "（(":
        inner = _cn_number(text, i + 1, end)
        family = "（一）"
        if inner is None:
            inner, family = _digit_number(text, i + 1, end), "（1）"
        if inner is not None and inner[1] < end and text[inner[1]] in "）)":
            return family, inner[0], inner[1] + 1
        return None
    if char == "第":
        number = _cn_number(text, i + 1, end)
        if number is not None and number[1] < end and text[number[1]] in MARKER_SEPARATORS:
            return "第一", number[0], number[1]
        return None
    if char in CN_DIGITS or char == "十":
        number = _cn_number(text, i, end)
        if number is None or number[1] >= end:
            return None
        follower = text[number[1]]
        if follower in "是要":
            return "一" + follower, number[0], number[1] + 1
        if follower == "、" and para_start:
            return "一、", number[0], number[1] + 1
        return None
    if char.isdecimal():
        number = _digit_number(text, i, end)
        if number is None or number[1] >= end:
            return None
        follower = text[number[1]]
        after = text[number[1] + 1] if number[1] + 1 < end else ""
        if follower in ".．" and not after.isdecimal():
            return "1.", number[0], number[1] + 1
        if follower == "、":
            return "1、", number[0], number[1] + 1
        return None
    if char in CIRCLED:
        return "①", CIRCLED.index(char) + 1, i + 1
    word = char + nxt
    if word in ORDINAL_WORDS:
        follower = text[i + 2] if i + 2 < end else ""
        if follower and follower in ORDINAL_FOLLOWERS:
            return "首先", ORDINAL_WORDS[word], i + 2
    return None


def match_cue(text: str, pos: int, end: int, para: int, known: Mapping[str, Sequence[str]]) -> Cue | None:
    """The cue that opens the sentence at `pos`, or None.

    `known` maps a first character to the speaker names (and pronouns) starting with it that may open a speech
    cue without "在讲话中" ("王庆东强调,"), longest first.
    """
    cue = _match_cue_at(text, pos, end, para, known, pos)
    if cue is None:
        lead = _LEAD_IN.match(text, pos, min(end, pos + 24))
        if lead is not None:
            cue = _match_cue_at(text, lead.end(), end, para, known, pos)
    return cue


def _match_cue_at(
    text: str, pos: int, end: int, para: int, known: Mapping[str, Sequence[str]], sentence: int
) -> Cue | None:
    stop = min(end, pos + _WINDOW)
    match = _MEETING_CUE.match(text, pos, stop)
    if match is not None and _verb_ok(text, match, stop):
        return Cue(pos, match.end("le") if match.group("le") else match.end("verb"), match.end(), para, None, sentence)
    match = _AT_CUE.match(text, pos, stop)
    if match is not None and (match.group("sep") or match.group("adv")):
        return Cue(pos, match.end("adv") if match.group("adv") else match.end("subj") + 1, match.end(), para, None, sentence)
    match = _SPEECH_CUE.match(text, pos, stop)
    if match is not None:
        return Cue(pos, match.end("verb"), match.end(), para, match.group("who"), sentence)
    for who in known.get(text[pos], ()) if pos < end else ():
        if text.startswith(who, pos, stop):
            tail = _NAMED_CUE_TAIL.match(text, pos + len(who), stop)
            if tail is not None:
                return Cue(pos, tail.end("verb"), tail.end(), para, who, sentence)
    return None


def _verb_ok(text: str, match: re.Match[str], stop: int) -> bool:
    # "会议通过视频形式召开" uses 通过 as "by means of": only "通过了" / "通过《…》" / "通过," state a decision.
    if match.group("verb") != "通过" or match.group("le") or match.group("sep"):
        return True
    after = match.end("verb")
    return after < stop and text[after] == "《"
