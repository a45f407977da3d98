"""Which enumeration markers of a point are its items.

A point's markers (scan.Marker, at clause boundaries outside quotes) form sequences by family: a sequence
starts at a 1 (or at a —— bullet) and takes each next number (最后 closes a sequence of at least two). Speakers
nest and restart sequences of one family ("第一个…，第一，它是…第二是…第三是…。第二，…第三，…"), so each family
keeps a stack of open sequences: a number continues the innermost sequence it follows, closing the ones opened
inside it, and a 1 opens a new one. A family's items are the markers of all its sequences of two or more, in
text order, and so are the sequences of other families nested in an item ("（一）…一是…二是…（二）…"): the gold
flattens nested enumerations in text order. A lone 1 ("首先，我代表…"), or a number that follows nothing, is no item.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .scan import Marker

# Open sequences kept per family: deeper nesting is not written, and a bound keeps adversarial input linear.
_DEPTH = 4
_CLOSING = -1  # 最后: ends its sequence
_BULLET = 0  # ——: unnumbered, every bullet follows the one before


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

    def continues(self, marker: Marker) -> bool:
        """Whether `marker` carries an open sequence of its family on, or opens the family's first."""
        stack = self.open.get(marker.family)
        if not stack:
            return _opens(marker)
        return any(_follows(sequence[-1], marker) for sequence in stack)

    def feed(self, markers: Iterable[Marker]) -> None:
        """Add markers in text order."""
        for marker in markers:
            self._add(marker)

    def _add(self, marker: Marker) -> None:
        stack = self.open.setdefault(marker.family, [])
        for depth in range(len(stack) - 1, -1, -1):
            if _follows(stack[depth][-1], marker):
                # The sequences opened inside this one are over.
                del stack[depth + 1 :]
                stack[depth].append(marker)
                return
        if _opens(marker):
            sequence = [marker]
            stack.append(sequence)
            if len(stack) > _DEPTH:
                del stack[0]
            self.sequences.setdefault(marker.family, []).append(sequence)

    def items(self) -> list[Marker]:
        """The item markers, in text order: every sequence of two or more, of every family (an enumeration nested
        in another's item, "（一）…一是…二是…（二）…", is flattened in text order as the gold reads it)."""
        runs = [sequence for sequences in self.sequences.values() for sequence in sequences if len(sequence) >= 2]
        return sorted((marker for run in runs for marker in run), key=lambda marker: marker.start)
