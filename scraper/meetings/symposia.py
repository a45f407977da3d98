"""A symposium held as a verb ("…并同参事、馆员座谈", "…与新入职辅导员进行了亲切座谈"), or a body's meeting on a
matter ("安理会紧急开会讨论…"): the meeting is what the sentence's subject does (with others), not a noun an opening
verb (召开 / 举行) opens, so openings.py reads it apart. It has no name of its own (the text may name it 座谈会 only later); its place is what follows 在 in the sentence."""

from __future__ import annotations

import re

from .terms import FUTURE_MARKS, SCHEDULED

__all__ = ["SYMPOSIUM", "symposium_holders", "symposium_place"]

# The noun a text calls such a symposium by when it reports it as a meeting ("座谈会上，", "出席座谈会").
SYMPOSIUM = "座谈会"

# With whom (与 / 同 / 和 and the party), then the verb: "同参事座谈", "与辅导员进行了亲切座谈", "和大家座谈交流".
# Not "座谈会" (a noun, which an opening verb reads) nor "座谈时" (the occasion of something else said).
_HELD = re.compile(
    r"(?:同|与|和)[^，,。；;：:！？!?\s]{1,30}?(?:进行了?|举行了?)?(?:亲切|集体|深入|面对面)?座谈(?![会时中])"
)
# A body meeting on a matter, the meeting held as a verb too ("联合国安理会紧急开会讨论戈兰高地问题", "市政府专门开会研究…"):
# the verb and what it takes up, never 开会 alone (他正在开会, 开会时).
_MET = re.compile(r"(?:紧急|专门|专题|再次|连夜|当即|立即)?开会(?:讨论|研究|审议|商讨|部署|听取)")
# The same as the setting that opens the sentence ("在同县委书记研修班学员座谈时总书记说，"): a symposium held now,
# what is said at it the sentence's statement.
_SETTING_HELD = re.compile(r"^\s*在(?:同|与|和)[^，,。；;：:！？!?\s]{1,30}?(?:进行)?座谈时")
# The place after 在, up to the preposition or verb that follows it: "在中南海向…颁发聘书" -> "中南海".
_PLACE = re.compile(r"在(?P<place>[^\W_]{2,20}?)(?=向|与|同|和|对|为|召开|举行|主持|[，,]|$)")


def symposium_place(sentence: str) -> str | None:
    """The place of a symposium `sentence` holds as a verb ("" when it prints none), or None when it holds none.

    Args:
        sentence: One sentence of the text.

    Returns:
        The place as printed, "" without one, None when no symposium is held now (none, or one put ahead:
        "将与…座谈", "定于…座谈").
    """
    held = _HELD.search(sentence) or _SETTING_HELD.match(sentence) or _MET.search(sentence)
    if held is None:
        return None
    before = sentence[: held.start()]
    clause = re.split(r"[，,；;：:]", before)[-1]
    if any(mark in clause for mark in FUTURE_MARKS) or any(word in before for word in SCHEDULED):
        return None
    place = _PLACE.search(before)
    return place.group("place") if place is not None else ""


def symposium_holders(clause: str) -> str | None:
    """Who holds the symposium `clause` holds as a verb, as printed before its place or party ("校长王明在三楼会议室
    与…进行了座谈" -> "校长王明"), the day after the name left in; None when the clause holds none now or names no one
    before it ("并同参事座谈").

    Args:
        clause: One clause of a sentence.

    Returns:
        The words before the symposium's place (or its party), or None.
    """
    if symposium_place(clause) is None:
        return None
    held = _HELD.search(clause) or _MET.search(clause)
    head = clause[: held.start()] if held is not None else ""
    at = head.find("在")
    head = head[:at] if at >= 0 else head
    return head or None
