"""The subject a later clause continues: the person (or pronoun) its sentence starts with, after a lead-in, an
order word or a day (随后，局长王明… / 3月5日，我县召开…会议，要求…), for cues that open a clause inside a sentence.
"""

from __future__ import annotations

import re

from .cue_grammar import CLAUSE_BREAKS, WINDOW, clause_end
from .dates import DAY_CLAUSE
from .markers import match_marker
from .speakers import Speakers, alt, subject_name
from .terms import OPENING_VERBS, ORDER_LEADS, PLURAL_PRONOUNS, PRONOUNS, SPEECH_WORDS

# An order word as the sentence's whole first clause ("随后，") or glued before its subject ("首先赵院长…"): matched
# by the word, not by a fixed length, so an order word of any length may join the table.
_ORDER_LEAD = re.compile(rf"(?:{alt(ORDER_LEADS)})[，,：:]?\s*")
# Whom the subject acts for, as the sentence's whole first clause ("受市长委托，副市长李华…", "应主办方邀请，…"):
# the person after it is the subject, as after an order word.
_COMMISSION_LEAD = re.compile(r"(?:受|应)[^，,。；;：:！？!?]{1,30}?(?:委托|邀请|之邀)[，,]\s*")
# The meeting as the place of the sentence, named short as its whole first clause ("会上，", "座谈会上，"): the person
# after it is the subject ("会上，王明对…表示欢迎。他表示，…": the pronoun speaks for him). A setting told at length
# ("在今天上午的省委常委会上，") may be another meeting than the report's.
_PLACE_LEAD = re.compile(r"[^\W_的]{0,6}?会上[，,]\s*")
# A sentence's first clause that only times what follows ("在认真听取委员们的发言后，", "听取汇报后，", "在讨论…问题
# 时，"): the name after it is the sentence's subject, as after a topic.
TIME_LEAD = re.compile(
    r"在?[^，,。；;：:！？!?]{2,40}?(?:之后|以后|后)[，,]\s*|在[^，,。；;：:！？!?]{2,40}?(?:时|期间)[，,]\s*"
)


def led_subject(text: str, sentence: int, pos: int, speakers: Speakers) -> tuple[int, str] | None:
    """"随后，局长王明…", "3月5日，我县召开…会议，要求…", "受市长委托，副市长李华…", "听取发言后，镇长王峰…": the person
    (or the body reporting itself) after an order word, a day, whom he acts for, the meeting as the place or a time,
    standing alone as the sentence's first clause."""
    lead = (
        _ORDER_LEAD.match(text, sentence, pos)
        or DAY_CLAUSE.match(text, sentence, pos)
        or _COMMISSION_LEAD.match(text, sentence, pos)
        or _PLACE_LEAD.match(text, sentence, pos)
        or TIME_LEAD.match(text, sentence, pos)
    )
    return None if lead is None else clause_subject(text, lead.end(), pos, speakers)


def sentence_subject(text: str, sentence: int, pos: int, speakers: Speakers) -> tuple[int, str] | None:
    """The person the clause at `pos` continues: the sentence's own subject (`clause_subject`), else the one after a
    lead-in clause (`led_subject`)."""
    return clause_subject(text, sentence, pos, speakers) or led_subject(text, sentence, pos, speakers)


def joined_subject(text: str, sentence: int, pos: int, speakers: Speakers) -> tuple[int, str] | None:
    """"会议对…作了部署，苏蓉副校长听取了…情况，并对…提出要求：": the person opening the clause right before the one
    at `pos`, which carries on from it with 并, inside a sentence that opens on someone else."""
    before = _previous_clause(text, sentence, pos)
    if before <= sentence or not text.startswith("并", pos):
        return None
    return clause_subject(text, before, pos, speakers)


# The honorific a name may carry before its speech ("王芳同志讲话"): no part of the name.
_COMRADE = "同志"


def clause_subject(text: str, sentence: int, pos: int, speakers: Speakers) -> tuple[int, str] | None:
    """Where the person the clause at `pos` continues starts, and the person as printed."""
    for subject in _subject_starts(text, sentence, pos):
        clause = text[subject : clause_end(text, subject, pos)]
        # "县长王芳（同志）讲话，希望…": the speech after the name, and 同志 before it, are no part of the name (王芳讲,
        # 王芳同 would read as names of three); subject_name reads a name only with something after it, so the first
        # character of what is cut stays.
        speech = next((word for word in SPEECH_WORDS if clause.endswith(word)), "")
        if speech:
            cut = clause[: len(clause) - len(speech)]
            cut = cut.removesuffix(_COMRADE) if len(cut) > len(_COMRADE) else cut
            clause = clause[: len(cut) + 1]
        who = subject_name(clause, speakers)
        if who is not None and pos - subject <= WINDOW:
            return subject, who
    return None


def pronoun_subject(text: str, sentence: int, pos: int, speakers: Speakers) -> tuple[int, str] | None:
    """"他在讲话中充分肯定了…，指出": a pronoun that stands for someone seen speaking is the sentence's subject too,
    also after an order word ("此外，他肯定了…，并指出要…")."""
    lead = _ORDER_LEAD.match(text, sentence, pos)
    start = lead.end() if lead is not None else sentence
    if pos - start <= WINDOW and text.startswith(PRONOUNS, start) and speakers.knows(text[start]):
        return start, text[start]
    return None


def _subject_starts(text: str, sentence: int, pos: int) -> list[int]:
    """Where the subject of the clause at `pos` may start, in order: the clause before it when that one ends
    with a speech ("省政协主席周建国出席并讲话，强调"), after a lead-in that ends in a colon ("央视网消息（新闻联播）：
    国家主席…"), the sentence start."""
    starts = []
    # "…等人交流了…，他们对…表示了兴趣，…认为…": a plural pronoun opening a later clause takes up the people named
    # before it as the subject of the clauses after it; the nearest one is the subject.
    restart = _plural_restart(text, sentence, pos)
    if restart is not None:
        starts.append(restart)
    before = _previous_clause(text, sentence, pos)
    if before > sentence and text[before:pos].rstrip("，, ").endswith(SPEECH_WORDS):
        starts.append(before)
    opened = _after_opening(text, sentence, pos)
    if opened is not None:
        starts.append(opened)
    colon = max(text.rfind("：", sentence, pos), text.rfind(":", sentence, pos))
    if colon >= 0 and not any(mark in text[sentence:colon] for mark in "，,；;"):
        subject = colon + 1
        while subject < pos and text[subject].isspace():
            subject += 1
        if _after_marker(text, subject, pos) == subject:
            # "李明讲意见：一是代表…": a list after the colon, not a lead-in before a subject.
            starts.append(subject)
    starts.append(sentence)
    return [_after_marker(text, start, pos) for start in starts]


def _after_opening(text: str, sentence: int, pos: int) -> int | None:
    """"…会议今天在济南召开，副省长王明致信…，强调": when the sentence's first clause opens a meeting (ends with
    召开 / 举行 / 开幕 …), the clause after it starts the person who acts in the rest of the sentence."""
    first = clause_end(text, sentence, pos)
    if first >= pos or text[first] not in "，," or not text[sentence:first].endswith(OPENING_VERBS):
        return None
    second = first + 1
    return second if second < pos and clause_end(text, second, pos) < pos else None


def subject_sentence(text: str, sentence: int, subject: int) -> int:
    """Where the sentence of a cue whose subject starts at `subject` begins: the subject itself when a plural pronoun
    opens a later clause (what came before it is the statement before, "座谈会上，…等人交流了…，他们…认为"), else
    `sentence`."""
    return subject if subject > sentence and text.startswith(PLURAL_PRONOUNS, subject) else sentence


def _plural_restart(text: str, sentence: int, pos: int) -> int | None:
    """The start of the last clause in (sentence, pos] that opens with a plural pronoun (他们, 她们), or None."""
    i = pos
    while i > sentence:
        if text[i - 1] in CLAUSE_BREAKS and text.startswith(PLURAL_PRONOUNS, i):
            return i
        i -= 1
    return None


def _after_marker(text: str, start: int, pos: int) -> int:
    """Where a subject starts when an item's marker opens its clause ("二是县长王明讲话，希望…"): after the marker."""
    marker = match_marker(text, start, pos, True)
    return marker[3] if marker is not None and marker[1] > 0 else start


def _previous_clause(text: str, sentence: int, pos: int) -> int:
    """The start of the clause before the one at `pos` (the sentence start when there is none)."""
    i = pos - 1
    while i > sentence and (text[i] in CLAUSE_BREAKS or text[i].isspace()):
        i -= 1
    while i > sentence and text[i - 1] not in CLAUSE_BREAKS:
        i -= 1
    return i
