"""Texts printed in traditional characters (Hong Kong, Taiwan and overseas pages, mirrors of old portals): the
stage's word tables are simplified (会议强调, 一要, 召开), so such a text is read through a simplified copy, made
character for character by OpenCC, and every string the stage finds in the copy is given back as printed.

The copy keeps every character's position (one character for one), so a slice of the copy is the same slice of
the printed text: the stage's rule that every string is a slice of the body holds for the printed body.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..hanzi import has_traditional, simplified, t2s


def simplified_copy(text: str) -> str | None:
    """`text` in simplified characters, one for one; None when it has no traditional character to change.

    The whole text is converted at once, so OpenCC's phrases choose a character by its word (乾隆 keeps 乾 where
    乾淨 gives 干净); where a phrase changes the length, each character is written as it is alone (hanzi.simplified).
    """
    if not has_traditional(text):
        return None
    copy = t2s().convert(text)
    if copy == text:
        return None
    return copy if len(copy) == len(text) else simplified(text)


@dataclass(frozen=True)
class Reading:
    """A text's simplified copy beside it as printed: the stage reads `paragraphs` and `title`, and its output
    is given back as printed with `as_printed`."""

    paragraphs: list[str]
    title: str | None
    _pairs: tuple[tuple[str, str], ...]

    def as_printed(self, found: Any) -> Any:
        """`found` (the stage's JSON-ready output) with every string that is a slice of the copy written as
        printed; a string the copy does not hold (a date the stage wrote) is left as it is."""
        if isinstance(found, str):
            return self._printed(found)
        if isinstance(found, list):
            return [self.as_printed(value) for value in found]
        if isinstance(found, dict):
            return {key: self.as_printed(value) for key, value in found.items()}
        return found

    def _printed(self, text: str) -> str:
        for copy, printed in self._pairs:
            at = copy.find(text) if text else -1
            if at >= 0:
                return printed[at : at + len(text)]
        return text


def simplified_reading(paragraphs: list[str], title: str | None) -> Reading | None:
    """The simplified copy of a body's paragraphs and its title, or None when none holds a traditional character."""
    copies = [simplified_copy(para) for para in paragraphs]
    title_copy = simplified_copy(title) if title else None
    if title_copy is None and all(copy is None for copy in copies):
        return None
    body = [para if copy is None else copy for para, copy in zip(paragraphs, copies, strict=True)]
    pairs = [("\n".join(body), "\n".join(paragraphs))]
    if title:
        pairs.append((title_copy or title, title))
    return Reading(body, title_copy or title, tuple(pairs))
