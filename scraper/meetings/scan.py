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
from collections.abc import Sequence
from dataclasses import dataclass, field

from .terms import (
    BARE_ORDINAL_AFTER,
    BARE_ORDINAL_NOT_AFTER,
    CIRCLED,
    CLOSING_WORDS,
    CN_DIGITS,
    MARKER_SEPARATORS,
    NUMBERED_NOT_AFTER,
    ORDINAL_COUNTERS,
    ORDINAL_FOLLOWERS,
    ORDINAL_IS,
    ORDINAL_MODAL,
    ORDINAL_PREFIX,
    ORDINAL_WORDS,
)

_OPEN_QUOTES = "“‘「『《"
_CLOSE_QUOTES = "”’」』》"
_TERMINAL = "。！？!?"
# A marker counts only after one of these (or at the start of a paragraph): "。二要", "；二是", "，三是".
_BOUNDARY = "，,。；;：:！？!?"
# A clause starts after one of these: cues are looked for there too ("…，他强调，…").
_CLAUSE_MARKS = "，,；;：:"
# A "一、" inside a paragraph counts after a stop or a colon ("会议要求：一、…；二、…"), not after a comma.
_LIST_AFTER = _TERMINAL + "：:；;"
_LAST = "最后"
# Marks that introduce a bulleted item ("——推动…。——推动…。").
_DASH = "——"
# A bullet starts a paragraph or follows a sentence or the colon that announces the list ("以下方面：——推动…").
_DASH_AFTER = _TERMINAL + "：:"
# A source tag before a paragraph's first sentence, set off by a space or a colon: "本台消息　", "据新华社消息　",
# "新华社雅加达9月14日电　", "本报讯（记者 周明）", "…日电 （记者 陆远）", "央视网消息（新闻联播）：". It names who reports, so the sentence (its
# subject, the meeting's name) starts after it.
_SOURCE_TAG = re.compile(r"[^\W_]{0,16}?(?:电|讯|消息)(?:[ \u3000]*[（(][^）)\n]{0,20}[）)])?(?:[：:]\s*|[ \u3000]+|(?<=[）)]))")


@dataclass(frozen=True, slots=True)
class Marker:
    """An enumeration marker ("二要", "（三）", "2.") at a clause boundary, outside quotes."""

    start: int
    end: int
    text_start: int
    family: str
    number: int  # -1: a closing word (最后) that ends its sequence; 0: an unnumbered bullet (——)
    para: int
    at_para_start: bool
    closing_words: bool = False  # 最后 before a speaker's closing words ("最后，本人…", "最后，祝…"), not an item
    bare: bool = False  # 第N glued to its item ("；第三全院要…"): it only carries on a run already made


@dataclass(slots=True)
class Layout:
    """The joined body text with its paragraphs, sentences, clause starts and markers."""

    text: str
    starts: list[int]
    ends: list[int]
    sentences: list[tuple[int, int, int]]  # (start, end, paragraph) of sentences that start outside quotes
    markers: list[Marker]
    marker_starts: list[int] = field(default_factory=list)
    clauses: list[int] = field(default_factory=list)  # starts of clauses inside sentences, outside quotes

    def markers_in(self, start: int, end: int) -> list[Marker]:
        """The markers whose start lies in [start, end), in order."""
        return self.markers[bisect.bisect_left(self.marker_starts, start) : bisect.bisect_left(self.marker_starts, end)]

    def clauses_in(self, start: int, end: int) -> list[int]:
        """The clause starts in (start, end), in order."""
        return self.clauses[bisect.bisect_right(self.clauses, start) : bisect.bisect_left(self.clauses, end)]


def scan(paragraphs: Sequence[str]) -> Layout:
    """Join `paragraphs` with newlines and scan each one once."""
    return scan_lead(paragraphs, None)[0]


def scan_lead(paragraphs: Sequence[str], sentences: int | None) -> tuple[Layout, bool]:
    """`scan`, stopped once more than `sentences` sentences are found (None: never), and whether every paragraph
    was scanned.

    The layout holds every paragraph's start and end, and the sentences, markers and clauses of the paragraphs
    scanned. Those of a paragraph depend on its own text alone, so they are the whole scan's: a question about
    the lead (its first sentences) has the same answer, and a body whose lead refuses need not be scanned whole.
    """
    text = "\n".join(paragraphs)
    layout = Layout(text, [], [], [], [])
    pos = 0
    for para in paragraphs:
        layout.starts.append(pos)
        layout.ends.append(pos + len(para))
        pos += len(para) + 1
    scanned = 0
    for start, end in zip(layout.starts, layout.ends, strict=True):
        if sentences is not None and len(layout.sentences) > sentences:
            break
        _scan_paragraph(layout, scanned, start, end)
        scanned += 1
    layout.marker_starts = [marker.start for marker in layout.markers]
    return layout, scanned == len(paragraphs)


@dataclass(slots=True)
class _Quotes:
    """Quotation depth: markers, sentences and clauses inside quotation marks are someone else's."""

    depth: int = 0
    ascii: bool = False
    # The quotation opened right after a colon (王明强调：“…一是…二是…”) prints the statement itself: its own
    # enumeration is the point's, though cues inside it stay someone else's words.
    statement: bool = False

    @property
    def inside(self) -> bool:
        return self.depth > 0 or self.ascii

    @property
    def others(self) -> bool:
        """Inside a quotation that is not the statement after a colon: markers there are someone else's."""
        return self.inside and not (self.statement and self.depth == 1 and not self.ascii)

    def feed(self, char: str, before: str) -> None:
        if char in _OPEN_QUOTES:
            self.statement = self.depth == 0 and not self.ascii and before in _STATEMENT_COLONS and char in _SPEECH_QUOTES
            self.depth += 1
        elif char in _CLOSE_QUOTES:
            self.depth = max(0, self.depth - 1)
            self.statement = self.statement and self.depth > 0
        elif char == '"':
            self.ascii = not self.ascii


# A quotation of speech (not a title in 《》) right after a colon: the statement printed verbatim.
_STATEMENT_COLONS = "：:"
_SPEECH_QUOTES = "“‘「『"
_SENTENCE, _CLAUSE, _NONE = 2, 1, 0
_MARKS = frozenset(_OPEN_QUOTES + _CLOSE_QUOTES + '"' + _TERMINAL + _CLAUSE_MARKS)
# The marks (a boundary and a closing quote are among them) as one class, for `_next_mark`.
_MARK_AT = re.compile(f"[{re.escape(''.join(sorted(_MARKS)))}]")


def _scan_paragraph(layout: Layout, para: int, start: int, end: int) -> None:
    text = layout.text
    quotes = _Quotes()
    boundary = True
    pending = _SENTENCE  # what the next visible character starts
    first = True
    previous = ""
    sentence_starts: list[int] = []
    i = start
    while i < end:
        char = text[i]
        if char.isspace():
            i += 1
            continue
        if pending != _NONE and char not in _CLOSE_QUOTES and char not in _BOUNDARY:
            if not quotes.inside:
                (sentence_starts if pending == _SENTENCE else layout.clauses).append(i)
            pending = _NONE
        if boundary and not quotes.others:
            _add_marker(layout, para, i, end, first)
        first = False
        if char in _MARKS:  # most characters change nothing: spare them the calls
            quotes.feed(char, previous)
            pending = _after(char, pending)
        previous = char
        # A closing quote after "。" keeps the boundary: "…。”三是…".
        boundary = char in _BOUNDARY or (boundary and char in _CLOSE_QUOTES)
        i += 1
        if pending == _NONE and not boundary:
            i, previous = _next_mark(text, i, end, previous)
    _add_sentences(layout, para, start, end, sentence_starts)


def _add_sentences(layout: Layout, para: int, start: int, end: int, sentence_starts: list[int]) -> None:
    """Record the paragraph's sentences from their starts, the first one after a source tag (本报讯…)."""
    text = layout.text
    tag = _SOURCE_TAG.match(text, start, end)
    if tag is not None and sentence_starts and sentence_starts[0] == start and tag.end() < end:
        # The first sentence starts after the tag; a colon's clause start there is that sentence's start.
        sentence_starts[0] = tag.end()
        if layout.clauses and layout.clauses[-1] >= start:
            layout.clauses = [c for c in layout.clauses if not start <= c <= tag.end()]
    for n, sentence_start in enumerate(sentence_starts):
        sentence_end = sentence_starts[n + 1] if n + 1 < len(sentence_starts) else end
        layout.sentences.append((sentence_start, sentence_end, para))


def _next_mark(text: str, i: int, end: int, previous: str) -> tuple[int, str]:
    """Where the scan goes on from `i` when nothing is pending and no boundary is open: the next mark, with the
    last visible character before it.

    Up to a mark, a visible character starts nothing (nothing is pending), stands at no boundary (only a mark
    opens one), leaves the quotes as they are and is only remembered as the character before the next: so the
    scan skips to the mark, a regex search instead of a Python step per character.
    """
    found = _MARK_AT.search(text, i, end)
    mark = end if found is None else found.start()
    last = mark - 1
    while last >= i and text[last].isspace():
        last -= 1
    return mark, text[last] if last >= i else previous


def _after(char: str, pending: int) -> int:
    """What the next visible character starts, after `char`."""
    if char in _TERMINAL:
        return _SENTENCE
    if char in _CLAUSE_MARKS:
        return max(pending, _CLAUSE)
    return pending


def _add_marker(layout: Layout, para: int, i: int, end: int, first: bool) -> None:
    marker = _marker(layout, para, i, end, first)
    if marker is not None:
        layout.markers.append(marker)


def _marker(layout: Layout, para: int, i: int, end: int, first: bool) -> Marker | None:
    found = match_marker(layout.text, i, end, first)
    if found is None:
        return None
    family, number, marker_end, text_start = found
    closing = number == -1 and layout.text.startswith(CLOSING_WORDS, text_start, end)
    bare = (
        family == "第一"
        and layout.text[marker_end - 1] in (*CN_DIGITS, "十")
        and _glued_ordinal(layout.text, marker_end, end)
    )
    return Marker(i, marker_end, text_start, family, number, para, first, closing, bare)


def glued_marker(layout: Layout, para: int, i: int, end: int) -> Marker | None:
    """The marker a point's text starts with when no mark sets it off from the cue's verb ("会议强调一要…"): the
    scan only looks for markers after a boundary, and this one stands right after the verb."""
    return _marker(layout, para, i, end, False)


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
    if _a_range(text, marker_end, end):
        return None
    text_start = marker_end
    if text_start < end and text[text_start] in MARKER_SEPARATORS:
        text_start += 1
    while text_start < end and text[text_start].isspace():
        text_start += 1
    return family, number, marker_end, text_start


def _a_range(text: str, at: int, end: int) -> bool:
    """"第一、二季度", "一、二等奖", "1、2月": numbers listed together, not an enumeration's marker."""
    if text[at - 1] == "、":  # the separator is part of the marker ("一、", "1、")
        at -= 1
    if at + 1 >= end or text[at] != "、":
        return False
    after = text[at + 1]
    before = text[at - 1]
    numerals = (*CN_DIGITS, "十")
    return (after.isdecimal() and before.isdecimal()) or (after in numerals and before in numerals)


def _match_marker_token(text: str, i: int, end: int, para_start: bool) -> tuple[str, int, int] | None:
    char = text[i]
    if char in "（(":
        return _bracketed(text, i, end)
    if char == "第":
        return _ordinal(text, i, end)
    if char in CN_DIGITS or char == "十":
        return _cn_marker(text, i, end, para_start or _after_stop(text, i))
    if char.isdecimal():
        return _digit_marker(text, i, end)
    if char in CIRCLED:
        return "①", CIRCLED.index(char) + 1, i + 1
    if text.startswith(_DASH, i, end) and (para_start or text[i - 1] in _DASH_AFTER):
        return _DASH, 0, i + len(_DASH)
    word = text[i : i + 2]
    follower = text[i + 2 : i + 3] if i + 2 < end else ""
    if word in ORDINAL_WORDS and follower and follower in ORDINAL_FOLLOWERS:
        # 是 belongs to the marker, as after 第N ("首先是…其次是…", "第二是").
        return "首先", ORDINAL_WORDS[word], i + 2 + (follower == ORDINAL_IS)
    if word == _LAST and follower and _after_sentence(text, i):
        # "…。最后从舆论导向来说，…": a sentence that starts with 最后 needs no comma after it (items.py still
        # takes it only to close a run of two or more).
        return "首先", ORDINAL_WORDS[word], i + 2
    if char == ORDINAL_PREFIX:
        return _prefixed(text, i, end)
    return None


def _after_sentence(text: str, i: int) -> bool:
    """Whether the last visible character before `i` ends a sentence (。！？)."""
    j = i - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    return j >= 0 and text[j] in _TERMINAL


def _after_stop(text: str, i: int) -> bool:
    """Whether the last visible character before `i` ends a sentence or announces a list (。；：)."""
    j = i - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    return j >= 0 and text[j] in _LIST_AFTER


def _prefixed(text: str, i: int, end: int) -> tuple[str, int, int] | None:
    """其一， / 其二是: the number after 其 needs a separator or 是 / 要 ("其一" alone may be a pronoun's)."""
    number = _cn_number(text, i + 1, end)
    if number is None or number[1] >= end or text[number[1]] not in MARKER_SEPARATORS + "是要":
        return None
    at = number[1] + (text[number[1]] in "是要")
    return ORDINAL_PREFIX + "一", number[0], at


def _bracketed(text: str, i: int, end: int) -> tuple[str, int, int] | None:
    """（一） / （1） / (1)."""
    inner = _cn_number(text, i + 1, end)
    family = "（一）"
    if inner is None:
        inner, family = _digit_number(text, i + 1, end), "（1）"
    if inner is not None and inner[1] < end and text[inner[1]] in "）)":
        return family, inner[0], inner[1] + 1
    return None


def _ordinal(text: str, i: int, end: int) -> tuple[str, int, int] | None:
    """第一， / 第二点 / 第三方面 / 第二是: without a counter word it needs a separator ("第一次" is no marker)."""
    number = _cn_number(text, i + 1, end)
    if number is None or number[1] >= end:
        return None
    after = number[1]
    for word in ORDINAL_COUNTERS:
        if text.startswith(word, after, end):
            # Any counter may take 是 ("第二点是", "第一步是"), and 是 stands alone too ("第二是").
            after += len(word)
            break
    if text.startswith(ORDINAL_IS, after, end):
        after += len(ORDINAL_IS)
    if after > number[1]:
        return "第一", number[0], after
    if text[after] in MARKER_SEPARATORS or text.startswith(ORDINAL_MODAL, after, end):
        return "第一", number[0], after
    if number[0] >= 2 and i > 0 and text[i - 1] in BARE_ORDINAL_AFTER and _glued_ordinal(text, after, end):
        # "…；第二要…；第三全院要…；第四要…": items.py takes it only to carry on a run of two or more.
        return "第一", number[0], after
    return None


def _glued_ordinal(text: str, at: int, end: int) -> bool:
    """Whether the ordinal ending at `at` runs straight into its item's words: no separator, 要, counter or 是
    after it, and no character it forms a word with (第三方, 第二大, 第三季度)."""
    follower = text[at] if at < end else ""
    return (
        "\u4e00" <= follower <= "\u9fff"
        and follower not in BARE_ORDINAL_NOT_AFTER
        and follower not in NUMBERED_NOT_AFTER
        and follower not in CN_DIGITS
        and follower not in ORDINAL_MODAL + ORDINAL_IS
        and not text.startswith(ORDINAL_COUNTERS, at, end)
    )


def _cn_marker(text: str, i: int, end: int, list_start: bool) -> tuple[str, int, int] | None:
    """一是 / 二要 / 一抓 / 三、 and 三. (only at a paragraph start or after a stop or colon) / 一） ."""
    number = _cn_number(text, i, end)
    if number is None or number[1] >= end:
        return None
    follower = text[number[1]]
    if follower == "、":
        return ("一、", number[0], number[1] + 1) if list_start else None
    if follower in ".．":
        # "一.加强领导" / "二．…": a list's heading as "一、" is, where a list may start.
        return ("一.", number[0], number[1] + 1) if list_start else None
    if follower in "）)":
        return "一）", number[0], number[1] + 1
    if "\u4e00" <= follower <= "\u9fff" and follower not in NUMBERED_NOT_AFTER and follower not in CN_DIGITS:
        # 一是 / 一要 / 一抓 …: the family is the numeral's follower, so only a run of one kind enumerates.
        return "一" + follower, number[0], number[1] + 1
    return None


def _digit_marker(text: str, i: int, end: int) -> tuple[str, int, int] | None:
    """1. / 2、 (not a decimal such as 1.5)."""
    number = _digit_number(text, i, end)
    if number is None or number[1] >= end:
        return None
    follower = text[number[1]]
    after = text[number[1] + 1] if number[1] + 1 < end else ""
    if follower in ".．" and not after.isdecimal():
        return "1.", number[0], number[1] + 1
    if follower == "、":
        return "1、", number[0], number[1] + 1
    if follower in "）)":
        return "1）", number[0], number[1] + 1
    return None
