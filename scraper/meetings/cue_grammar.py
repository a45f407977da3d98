"""The Cue record and what every family of cues reads alike: the window a cue is looked for in, clause breaks,
cue adverbs, the separator after a verb, what after a verb makes it no statement, and where a clause ends or an
enumeration opens. cues.py lists the families.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .markers import match_marker
from .speakers import alt
from .terms import CUE_ADVERBS, STATEMENT_MODALS

WINDOW = 160
CLAUSE_BREAKS = "，,。；;：:！？!?"
# What after a speech verb makes it no statement: "强调的是", "要求了", "说明", a stop.
NOT_A_STATEMENT = "的了着过得明服并、。；;！？!?"
ADV = f"(?:{alt(CUE_ADVERBS)})*"
# A typesetter's space may stand before the separator ("强调 ，"): the verb still takes its statement.
SEP = r"(?P<sep>[ \u3000]*[，,：:]\s*)"
AFTER_VERB = re.compile(r"[ \u3000]*[，,：:]\s*")
# A statement's modal (要…), not the noun 要求.
STATEMENT_MODAL = re.compile(rf"(?:{alt(STATEMENT_MODALS)})(?!求)")


@dataclass(frozen=True, slots=True)
class Cue:
    """The phrase that opens a point ("会议指出,", "王庆东在讲话中强调,")."""

    start: int
    end: int
    text_start: int
    para: int
    who: str | None  # the speaker as written, for speech cues
    sentence: int  # start of the sentence; before `start` when a lead-in ("9月20日，") comes first
    place: bool = False  # a place cue ("座谈会上，"): a speaker's cue right after it is the point's own


def clause_end(text: str, pos: int, stop: int) -> int:
    """Where the clause at `pos` ends: the first clause break before `stop`, else `stop`."""
    for i in range(pos, stop):
        if text[i] in CLAUSE_BREAKS:
            return i
    return stop


def opens_items(text: str, at: int, stop: int) -> bool:
    """Whether the first item of an enumeration (一是, 第一, 1.) starts at `at`, before `stop`."""
    first = match_marker(text, at, stop, True) if at < stop else None
    return first is not None and first[1] == 1
