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

from .marker_terms import CLOSING_WORDS, CN_DIGITS
from .markers import TERMINAL, after_stop, glued_ordinal, match_marker
from .terms import SPEECH_VERBS

_OPEN_QUOTES = "“‘「『《"
_CLOSE_QUOTES = "”’」』》"
# A marker counts only after one of these (or at the start of a paragraph): "。二要", "；二是", "，三是".
_BOUNDARY = "，,。；;：:！？!?"
# A clause starts after one of these: cues are looked for there too ("…，他强调，…").
_CLAUSE_MARKS = "，,；;：:"
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
    # A numeral glued to its item's first word where a list may start ("：一提高…。二围绕…"): its family is the
    # word's first character, so only a run of the numerals alone makes it an item (items.py).
    glued: bool = False


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

    def between_items(self, since: int, pos: int) -> bool:
        """Whether `pos` lies between two consecutive markers of one series (一要 … 二要) the first of which is after
        `since`."""
        earlier = [m for m in self.markers_in(since, pos) if m.number >= 1]
        later = self.markers_in(pos, len(self.text))
        if not earlier or not later:
            return False
        last, following = earlier[-1], later[0]
        return last.family == following.family and following.number == last.number + 1

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


# A headline glued to the body, one item per line, may end on a document's title, and the body open on the
# meeting's cue right after it ("…讨论通过《…法(修订草案)》会议认为，…"): a clause starts there.
_TITLE_CLOSE = "》"
_GLUED_CUE = re.compile(rf"会议(?:{'|'.join(SPEECH_VERBS)})[，,：:]")
# A quotation of speech (not a title in 《》) right after a colon: the statement printed verbatim.
_STATEMENT_COLONS = "：:"
_SPEECH_QUOTES = "“‘「『"
_SENTENCE, _CLAUSE, _NONE = 2, 1, 0
_MARKS = frozenset(_OPEN_QUOTES + _CLOSE_QUOTES + '"' + TERMINAL + _CLAUSE_MARKS)
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
            if char == _TITLE_CLOSE and not quotes.inside and _GLUED_CUE.match(text, i + 1, end):
                layout.clauses.append(i + 1)
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
    if char in TERMINAL:
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
        and glued_ordinal(layout.text, marker_end, end)
    )
    glued = len(family) == 2 and family[0] in CN_DIGITS and (first or after_stop(layout.text, i))
    return Marker(i, marker_end, text_start, family, number, para, first, closing, bare, glued)


def glued_marker(layout: Layout, para: int, i: int, end: int) -> Marker | None:
    """The marker a point's text starts with when no mark sets it off from the cue's verb ("会议强调一要…"): the
    scan only looks for markers after a boundary, and this one stands right after the verb."""
    return _marker(layout, para, i, end, False)
