"""Which enumeration markers of a point are its items.

A point's markers (scan.Marker, at clause boundaries outside quotes) form sequences by family: a sequence
starts at a 1 (or at a —— bullet) and takes each next number (最后 closes a sequence of at least two). Speakers
nest and restart sequences of one family ("第一个…，第一，它是…第二是…第三是…。第二，…第三，…"), so each family
keeps a stack of open sequences: a number continues the innermost sequence it follows, closing the ones opened
inside it, and a 1 opens a new one. A family's items are the markers of all its sequences of two or more, in
text order, and so are the sequences of other families nested in an item ("（一）…一是…二是…（二）…"): the gold
flattens nested enumerations in text order. A lone 1 ("首先，我代表…"), or a number that follows nothing, is no item.
Writers mix forms inside one run, so a few markers carry on the run they follow whatever their family: 首先 /
其次 before 第N ("首先是…，其次是…，第三是…"), 是 and 要 after two markers of one of them ("一是…；二是…；三要…"), and
a bare 第N glued to its item ("…；第二要…；第三全院要…"), which never opens a run.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from .marker_terms import KIN_FAMILIES
from .scan import Marker

# Open sequences kept per family: deeper nesting is not written, and a bound keeps adversarial input linear.
_DEPTH = 4
_CLOSING = -1  # 最后: ends its sequence
_BULLET = 0  # ——: unnumbered, every bullet follows the one before
_FIRST_WORD = "首先"  # the family of 首先 / 其次 / 最后 (markers.py)
_ORDINAL = "第一"  # the family of 第一 / 第二点 / 第三方面 (markers.py)
_BARE = "一"  # the family of bare numerals glued to their items' words (一提高…。二围绕…)


def continues(last: int, number: int) -> bool:
    """Whether `number` follows `last` in a sequence: the next number, or 最后 after at least two."""
    return last != _CLOSING and (number == last + 1 or (number == _CLOSING and last >= 2))


def _follows(last: Marker, marker: Marker) -> bool:
    if marker.number == _BULLET:
        return last.number == _BULLET
    return continues(last.number, marker.number)


def _opens(marker: Marker) -> bool:
    return marker.number in (1, _BULLET)


@dataclass(slots=True)
class Enumerations:
    """The marker sequences of one point, fed in text order."""

    sequences: dict[str, list[list[Marker]]] = field(default_factory=dict)
    open: dict[str, list[list[Marker]]] = field(default_factory=dict)
    last: list[Marker] | None = None  # the sequence the last marker joined or opened
    seen: list[Marker] = field(default_factory=list)  # the numerals glued to their items' words, in text order

    def continues(self, marker: Marker) -> bool:
        """Whether `marker` carries an open sequence of its family on, or opens the family's first."""
        stack = self.open.get(marker.family)
        if not stack:
            return _opens(marker) or self._lone_first(marker) is not None or self._closes_last(marker)
        return any(_follows(sequence[-1], marker) for sequence in stack) or self._closes_last(marker)

    def _closes_last(self, marker: Marker) -> bool:
        """Whether `marker` is 最后 closing the run of another family it follows ("第一，…第二，…最后，…"), not the
        speaker's closing words ("最后，本人…", "最后，祝…": `marker.closing_words`). A run held in one paragraph
        ("1、…2、…3、…") is not closed by a 最后 opening a later one, which moves the report on."""
        last = self.last
        return (
            marker.number == _CLOSING
            and not marker.closing_words
            and last is not None
            and last[-1].family != marker.family
            and len(last) >= 2
            and last[-1].number != _CLOSING
            and not (last[0].para == last[-1].para != marker.para)
        )

    def _kin_continues(self, marker: Marker) -> bool:
        """Whether `marker` carries on, in the same paragraph, the run of a kin family it follows ("一是…；二是…；
        三要…"): the run must hold two markers of its own family, so "一是…。二要…" stays no run."""
        last = self.last
        if last is None or marker.family not in KIN_FAMILIES or last[0].family == marker.family:
            return False
        own = sum(1 for member in last if member.family == last[0].family)
        return (
            last[0].family in KIN_FAMILIES
            and own >= 2
            and last[-1].para == marker.para
            and continues(last[-1].number, marker.number)
        )

    def _headed(self, marker: Marker, stack: list[list[Marker]]) -> bool:
        """Open the run of `marker` (its family's open `stack`) headed by a lone first marker of another family, when
        one heads it: a 首先 (`_lone_first`) or a kin family's 1 (`_after_lone_kin`). False when none does."""
        head: list[Marker] | None = None
        lone = None if stack else self._lone_first(marker)
        if lone is not None:
            # The 首先 run moves to this family's new run: each marker is counted once, in the run it began.
            self.open[_FIRST_WORD].pop()
            self.sequences[_FIRST_WORD].remove(lone)
            head = lone
        elif self._after_lone_kin(marker):
            # "一是…。二要…；三要…": the lone 一是 heads the 要 run, which counts once it runs on to a third.
            head = self.last
        if head is None:
            return False
        sequence = [*head, marker]
        stack.append(sequence)
        self.sequences.setdefault(marker.family, []).append(sequence)
        self.last = sequence
        return True

    def _after_lone_kin(self, marker: Marker) -> bool:
        """Whether `marker` is a 2 of a kin family right after a lone 1 of another, in its paragraph (一是…。二要…)."""
        last = self.last
        return (
            last is not None
            and len(last) == 1
            and marker.number == 2
            and marker.family in KIN_FAMILIES
            and last[0].family in KIN_FAMILIES
            and last[0].family != marker.family
            and last[0].number == 1
            and last[0].para == marker.para
        )

    def _lone_first(self, marker: Marker) -> list[Marker] | None:
        """The open 首先 sequence a numbered marker of another family carries on: a 2 of any family after a lone
        首先 ("首先，…；第二，…；第三，…"), since 首先 is the first of any ordinal run, and the next 第N after 其次 /
        再次 ("首先是…，其次是…，第三是…"), the ordinal words and 第N being one way of counting."""
        if marker.family == _FIRST_WORD:
            return None
        stack = self.open.get(_FIRST_WORD)
        if not stack:
            return None
        run = stack[-1]
        if len(run) == 1:
            return run if marker.number == 2 else None
        return run if marker.family == _ORDINAL and continues(run[-1].number, marker.number) else None

    def feed(self, markers: Iterable[Marker]) -> None:
        """Add markers in text order."""
        for marker in markers:
            self._add(marker)

    def _add(self, marker: Marker) -> None:
        if marker.glued:
            self.seen.append(marker)
        if marker.bare:
            # "…；第二要…；第三全院要…": a glued ordinal only carries on the run it follows in its paragraph.
            last = self.last
            if last is not None and len(last) >= 2 and last[-1].para == marker.para and _follows(last[-1], marker):
                last.append(marker)
            return
        stack = self.open.setdefault(marker.family, [])
        for depth in range(len(stack) - 1, -1, -1):
            if _follows(stack[depth][-1], marker):
                # The sequences opened inside this one are over.
                del stack[depth + 1 :]
                stack[depth].append(marker)
                self.last = stack[depth]
                return
        if self.last is not None and (self._closes_last(marker) or self._kin_continues(marker)):
            self.last.append(marker)
            return
        if self._headed(marker, stack):
            return
        if _opens(marker):
            sequence = [marker]
            stack.append(sequence)
            if len(stack) > _DEPTH:
                del stack[0]
            self.sequences.setdefault(marker.family, []).append(sequence)
            self.last = sequence

    def items(self) -> list[Marker]:
        """The item markers, in text order: every sequence of two or more, of every family (an enumeration nested
        in another's item, "（一）…一是…二是…（二）…", is flattened in text order as the gold reads it), and a run of
        bare numerals (`_bare_numerals`) among the markers no sequence holds."""
        runs = [sequence for sequences in self.sequences.values() for sequence in sequences if _counts(sequence)]
        found = [marker for run in runs for marker in run]
        held = {marker.start for marker in found}
        found += _bare_numerals([marker for marker in self.seen if marker.start not in held])
        return sorted(found, key=lambda marker: marker.start)


# A run a lone 1 of a kin family heads counts from this many markers: "一是…。二要…" alone stays no run.
_KIN_HEADED_RUN = 3


def _counts(sequence: list[Marker]) -> bool:
    """Whether a sequence enumerates: two markers or more, three where a lone 1 of another family than its 2 heads
    it and is no 首先 (`Enumerations._after_lone_kin`: 一是…。二要…；三要…). Only such a head sets the first two
    markers' families apart; a kin family carrying a run on (一是…；二是…；三要…) joins after two of one."""
    if len(sequence) < 2:
        return False
    kin_headed = sequence[0].family != sequence[1].family and sequence[0].family != _FIRST_WORD
    return len(sequence) >= (_KIN_HEADED_RUN if kin_headed else 2)
# A run of bare numerals is told by its length: two glued numerals in order are as often words (一边…二者).
_BARE_RUN = 3


def _bare_numerals(glued: list[Marker]) -> list[Marker]:
    """The markers of a run of bare numerals, each glued to its item's first word where a list may start
    ("提出三点要求：一提高思想认识…。二围绕目标…。三完善机制…"): 一, 二, 三 … in order, three or more, whose words
    differ, so no family of a numeral and its word made a run (一是 / 一要 are such families). Each marker is the
    numeral alone; its item's text starts at the word."""
    run: list[Marker] = []
    found: list[Marker] = []
    for marker in glued:
        if marker.family in KIN_FAMILIES:
            continue
        if run and marker.number == run[-1].number + 1:
            run.append(marker)
            continue
        found += run if len(run) >= _BARE_RUN else []
        run = [marker] if marker.number == 1 else []
    found += run if len(run) >= _BARE_RUN else []
    return [replace(marker, end=marker.start + 1, text_start=marker.start + 1, family=_BARE) for marker in found]
