"""Statements announced as lists: a sentence whose counted verb announces an enumeration states a point.

The cue grammar (cues.py) reads a point's subject first, and leaves a sentence whose subject it cannot place
unread: an order word before a speaker not yet seen (最后，王明主任要求各部门：一要…), a member named by office
alone (…副主委应邀参加了会议，认为…，建议：一是…), a decision with no subject (今天经过讨论明确了三件事：一是…).
Alone, such a subject is as often narration or another's words as a speaker, which is why the grammar refuses
it. An enumeration is the other half of the evidence: a counted verb (指出, 强调, 要求, 建议 …, or a decision
such as 明确 / 确定) followed in its sentence by a run of two or more items is what was said or decided, so the
sentence is read as a point when nothing else opens it and no point read before already holds it. An uncounted
verb (安排, 部署) announces no statement, as the gold reads it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .cue_grammar import Cue
from .people import parse_people
from .regions import read_point
from .scan import Layout
from .speakers import alt
from .terms import ORDER_LEADS, SEQUENCE_LEADS, SPEECH_VERBS

# Counted verbs that may announce a list: the speech verbs, and the decisions a meeting's own cue reads (通过 is
# left out: 通过讨论 is a manner, "by").
_DECIDED = ("明确", "确定", "决定", "议定")
_VERB = re.compile(alt((*SPEECH_VERBS, *_DECIDED)))
# Words that put the verb in a clause about someone else's words: 按照…要求, 根据…建议, 为落实…提出的.
_NOT_A_SUBJECT = ("按照", "根据", "依据", "依照", "围绕", "为", "对照", "结合", "针对", "关于", "对于", "落实", "贯彻")
# What right after the verb makes it a noun, a topic or another word: 要求者, 强调的是, 说明, 说服; 了 only before
# its object's colon.
_NOT_AFTER_VERB = "的者着过得明服"
# How far the subject and its setting may run before the verb: a name, titles and one attendance clause.
_SUBJECT_MAX = 40
_CLAUSE_MARKS = "，,；;"
_COLONS = ("：", ":")
_LEADS = (*ORDER_LEADS, *SEQUENCE_LEADS)
# The setting printed after the speaker's name, before the verb: 在会议上, 在会上, 在讲话中.
_SETTING = re.compile(r"在[^\W\d_]{0,16}?(?:上|中|时)$")
# The meeting named before its order word: "会议最后，…" is "最后，…" at the meeting.
_MEETING_WORDS = ("会议", "大会", "会上")


def with_listed_cues(
    layout: Layout, cues: list[Cue], regions: list[int], stops: set[int], find: Callable[[list[Cue]], list[int]]
) -> tuple[list[Cue], list[int]]:
    """The cues and their region ends, with the cues of sentences that no cue opens or holds whose counted verb
    announces a run of two or more items.

    Args:
        layout: The scanned body.
        cues: The cues read by the grammar, in order.
        regions: Where each cue's point ends.
        stops: Sentence starts that state nothing (openings of meetings).
        find: The region ends of a list of cues (regions.regions over this body).

    Returns:
        All cues in order and their region ends; the same lists when no sentence announces a list.
    """
    held = sorted(zip((cue.sentence for cue in cues), regions, strict=True))
    found: list[Cue] = []
    # One sweep over the points read before (sorted by start) as the sentences go on: the furthest end of those
    # that start before a sentence ends tells whether one holds it, so a body of many cues stays linear.
    next_held, reach = 0, -1
    for start, end, para in layout.sentences:
        while next_held < len(held) and held[next_held][0] < end:
            reach = max(reach, held[next_held][1])
            next_held += 1
        if start in stops or reach > start or (found and found[-1].para == para):
            continue
        cue = _listed_cue(layout, start, end, para)
        if cue is not None and _first_item_in(layout, cue, end):
            found.append(cue)
    if not found:
        return cues, regions
    merged = sorted([*cues, *found], key=lambda cue: cue.start)
    ends = find(merged)
    new = set(found)
    kept = [
        cue
        for cue, end in zip(merged, ends, strict=True)
        if cue not in new or len(read_point(layout, cue, end, None)["items"]) >= 2
    ]
    if len(kept) == len(cues):
        return cues, regions
    return kept, find(kept)


def _listed_cue(layout: Layout, start: int, end: int, para: int) -> Cue | None:
    """The cue from the sentence's subject through its first counted verb (and the verb's object when a colon
    ends it), or None."""
    text = layout.text
    begin = _after_lead(text, start, end)
    first = layout.markers_in(begin, end)  # an order word that leads (最后，) is a marker of its own
    stop = first[0].start if first else end
    verb = _VERB.search(text, begin, min(stop, begin + _SUBJECT_MAX + 4))
    if verb is None or verb.start() == begin or text.startswith(_NOT_A_SUBJECT, begin):
        return None
    if verb.start() - begin > _SUBJECT_MAX or sum(text.count(m, begin, verb.start()) for m in _CLAUSE_MARKS) > 1:
        return None
    after = text[verb.end()] if verb.end() < end else ""
    if text[verb.start() - 1] == "的" or after in _NOT_AFTER_VERB:
        return None
    cue_end = verb.end()
    clause = _clause_to_colon(text, verb.end(), stop)
    if clause is not None:
        cue_end = clause  # "要求各部门：", "明确了三件事：": the object announces the list
    elif after == "了":
        return None
    text_start = cue_end
    while text_start < end and (text[text_start] in "，,：:" or text[text_start].isspace()):
        text_start += 1
    # The speaker is known when the subject reads as people (公司董事长朱桂玉), the setting after the name aside
    # (镇长王明在会议上); a role alone or a day is nobody.
    subject = text[begin : verb.start()]
    named = subject[: setting.start()] if (setting := _SETTING.search(subject)) else subject
    who = named if parse_people(named) else None
    return Cue(begin, cue_end, text_start, para, who, start)


def _after_lead(text: str, start: int, stop: int) -> int:
    """Where the subject starts: after an order word that stands alone as the first clause (最后，…), the meeting's
    own word maybe before it (会议最后，…), or that puts the agent after it with 由 (最后由场长王明做总结并提出…)."""
    begin = next((start + len(word) for word in _MEETING_WORDS if text.startswith(word, start, stop)), start)
    for lead in _LEADS:
        if text.startswith(lead, begin, stop):
            at = begin + len(lead)
            if at < stop and text[at] in "，,由":
                return at + 1
    return start


def _clause_to_colon(text: str, at: int, stop: int) -> int | None:
    """Where the verb's clause ends when it ends with a colon right before the first item, else None."""
    for i in range(at, stop):
        if text[i] in _CLAUSE_MARKS or text[i] in "。！？":
            return None
        if text[i] in _COLONS:
            rest = text[i + 1 : stop].strip()
            return i if not rest else None
    return None


def _first_item_in(layout: Layout, cue: Cue, end: int) -> bool:
    """Whether a first item (一是, 第一, 1.) stands in the cue's sentence after its verb, or opens the next
    paragraph when the sentence ends its own with a colon."""
    if any(marker.number == 1 for marker in layout.markers_in(cue.text_start, end)):
        return True
    para_end = layout.ends[cue.para]
    colon = layout.text[cue.start : para_end].rstrip().endswith(_COLONS)
    if end < para_end or not colon or cue.para + 1 >= len(layout.starts):
        return False
    following = layout.markers_in(layout.starts[cue.para + 1], layout.starts[cue.para + 1] + 1)
    return bool(following) and following[0].number == 1
