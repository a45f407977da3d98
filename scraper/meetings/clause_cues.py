"""The cue at one sentence or clause start of a meeting report, read with the speakers known so far.

`report.py` walks the sentences and their clause starts and asks `cue_at` at each: a cue that opens a sentence
(会议指出, 王明强调, 他说), or one at a clause start (…，指出…), where a new name speaks only after a semicolon, a
place cue, a topic or an attendance clause. Who may speak is learnt as the report goes on (`KnownSpeakers`): the
hosts and speakers of people's acts, and each cue's speaker once found.
"""

from __future__ import annotations

import re

from .cues import ORDER_CLAUSE, Cue, match_bare_verb, match_cue, match_pronoun, match_subjectless
from .people import PersonEvent, parse_people
from .scan import Layout
from .speakers import Speakers, is_group
from .subjects import TIME_LEAD
from .terms import EXAMPLE_WORDS, FUTURE_MARKS, MATTER_LEADS, PRONOUNS, TOPIC_LEADS

_KNOWN_PER_CHAR = 16
_CLAUSE_MARKS = "，,；;：:。！？!?"
# What stands between an attendance or a hosting clause and the next clause of its sentence: its comma.
_ACT_TRAIL = " \t\u3000，,"
_ACT_COMMAS = ("，", ",")


class KnownSpeakers:
    """Speaker names seen so far, by first character, longest first."""

    def __init__(self) -> None:
        self.by_char: dict[str, list[str]] = {}

    def learn(self, name: str) -> None:
        """Learn a name (or a pronoun) that may open a statement."""
        bucket = self.by_char.setdefault(name[0], [])
        # A bounded bucket keeps the per-sentence check constant on adversarial input.
        if name not in bucket and len(bucket) < _KNOWN_PER_CHAR:
            bucket.append(name)
            bucket.sort(key=len, reverse=True)

    def learn_speaker(self, who: str) -> None:
        """A person seen speaking: the name as written, each parsed name, and the pronouns that may follow."""
        if who in PRONOUNS or is_group(who):
            return
        for name in [who, *(person["name"] for person in parse_people(who))]:
            self.learn(name)
        for pronoun in PRONOUNS:
            self.learn(pronoun)


# A sentence's first clause that holds or closes a meeting ("…部长会议16号在布鲁塞尔闭幕，"): a name after it speaks
# at that meeting, as after a clause of who attended.
_HELD_CLAUSE = re.compile(r"[^，,。；;：:]{4,80}(?:召开|举行|开幕|闭幕)[，,]\s*")


# A sentence's first clause that names what the speaker turns to ("就做好今后安保工作，江伟院长指出", "针对当前形势，…"),
# what the act rests on ("依据政协章程的有关规定，会议通过表决方式，同意…") or what it is for ("为把握机遇应对挑战，王院长
# 强调，…"): a preposition and its object, no verb of its own (就是 / 就在 / 就要 … are adverbs, not the preposition;
# 为期 / 为此 / 为何 are no purpose).
_MATTER_LEAD = re.compile(
    rf"(?:就(?![是在此这那要会能算连])|为了?(?![期此何止])|{'|'.join(MATTER_LEADS)})[^，,。；;：:！？!?]{{2,30}}[，,]"
)


def _topic_lead(text: str, start: int, pos: int) -> bool:
    """Whether the clause at `pos` follows a sentence's only clause, a topic ("谈到未来三年的规划，总经理…说"), the
    matter turned to ("就做好今后安保工作，院长王明指出") or a time ("在听取大家的发言后，李华说", "在讨论包容发展问题时，
    李华指出"): the speaker after it is the sentence's subject, as after a place cue."""
    if TIME_LEAD.fullmatch(text, start, pos) is not None or _MATTER_LEAD.fullmatch(text, start, pos) is not None:
        return True
    return text.startswith(TOPIC_LEADS, start) and not any(mark in text[start : pos - 1] for mark in _CLAUSE_MARKS)


_ORDER_CLAUSE = re.compile(ORDER_CLAUSE)
# The title after a surname that names a known speaker by it (胡院长 for 院长胡国林): two to four characters.
_TITLE_AFTER_SURNAME = (2, 3, 4)


def _known_after_order(text: str, start: int, pos: int, speakers: Speakers) -> bool:
    """Whether the clause at `pos` follows an order word that is the sentence's only clause and opens on a speaker
    the report has seen, named by surname and title ("最后，胡院长要求…" after 院长胡国林 spoke): the speaker goes
    on. (A name seen as written is known to the clause's cue already; a name not seen after an order word is as
    often narration of what someone did, and is left to the cues that need more evidence, a list.)"""
    if _ORDER_CLAUSE.fullmatch(text, start, pos) is None or pos >= len(text):
        return False
    # The title stands right before the name where the speaker was seen.
    names = [name for name in speakers.known.get(text[pos], ()) if 2 <= len(name) <= 3]
    return any(
        f"{text[pos + 1 : pos + 1 + length]}{name}" in seen
        for name in names
        for seen in (item for bucket in speakers.known.values() for item in bucket if name in item)
        for length in _TITLE_AFTER_SURNAME
        if pos + 1 + length <= len(text)
    )


def _example(text: str, start: int, pos: int, previous: Cue | None) -> bool:
    """Whether the clause at `pos` gives an example (比如…), or goes on from a cue in the same sentence that did
    ("比如甲建议…,乙建议…"): each speaker named there states a proposal of his own."""
    if text.startswith(EXAMPLE_WORDS, pos):
        return True
    return previous is not None and previous.start >= start and text.endswith(EXAMPLE_WORDS, start, previous.start)


def _after_semicolon(text: str, pos: int) -> bool:
    """Whether the clause at `pos` follows "；": statements in a row ("朱之鑫常委建议…；彭小枫常委提出…")."""
    i = pos - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i >= 0 and text[i] in "；;"


def known_from(people: list[PersonEvent]) -> KnownSpeakers:
    """The hosts and speakers read from people's acts, and the pronouns once there is one."""
    known = KnownSpeakers()
    for event in people:
        if event.person and event.kind in ("host", "speaker"):
            known.learn(event.person["name"])
            known.learn(event.person["text"])
    if known.by_char:
        for pronoun in PRONOUNS:
            known.learn(pronoun)
    return known


# A clause that opens on its agent (由…, 应由…, 须由…): what someone is to do, not what anyone said or decided.
_BY_AGENT = re.compile(r"(?:应|须|需|应当|将|拟|可)?由(?!此|于|衷)")


def cue_at(
    layout: Layout,
    sentence: tuple[int, int],
    pos: int,
    para: int,
    speakers: Speakers,
    previous: Cue | None,
    after_act: bool = False,
) -> Cue | None:
    """The cue at a sentence (`pos` == its start) or clause start; `sentence` is (the sentence's start, the start
    of the sentence before it); `previous` is the last cue found before; `after_act` says the clause before
    reports who attended or chaired (…参加了会议，), which no one says inside a statement: a new name after it
    speaks."""
    start, before = sentence
    if _BY_AGENT.match(layout.text, pos):
        # "…，应由行政长官向常委会提出报告，由常委会依照…确定": who is to act, not anyone speaking or deciding.
        return None
    if pos == start:
        # "王明代表国务院讲话。他说，…": a pronoun opening a sentence may speak for the one the sentence before
        # starts with, before anyone was seen speaking.
        cue = match_cue(layout.text, pos, layout.ends[para], para, speakers)
        cue = cue or match_pronoun(layout.text, before, pos, layout.ends[para], para, speakers)
        # Only once someone has stated a point: the left-out subject is the one speaking before.
        return cue or match_subjectless(layout.text, pos, layout.ends[para], para, first=previous is None)
    first = previous is None or previous.start < start
    # A clause right after a place cue ("座谈会上，温家宝指出") starts the statement: a new name speaks there.
    lead_in = (
        after_act
        or (previous is not None and previous.place and previous.text_start == pos)
        or _topic_lead(layout.text, start, pos)
        or _HELD_CLAUSE.fullmatch(layout.text, start, pos) is not None
        or _known_after_order(layout.text, start, pos, speakers)
    )
    lead_in = lead_in or _example(layout.text, start, pos, previous)
    inner = pos != start and not _after_semicolon(layout.text, pos) and not lead_in
    cue = match_cue(layout.text, pos, layout.ends[para], para, speakers, clause=inner)
    if cue is None and inner and _placed(previous, start):
        # "会上，参会人员积极讨论…，党员周兴水表示：…": in a sentence a place cue opens, a new name whose speech verb
        # a colon follows quotes someone at the meeting, as after a semicolon.
        cue = _quoted(match_cue(layout.text, pos, layout.ends[para], para, speakers), layout.text)
    if cue is None and pos != start and (first or _placed(previous, start)):
        # No cue yet in this sentence: a bare verb or a pronoun may continue its subject's first clause. After a
        # place cue that leads the sentence in, the subject starts after the place ("会上，王明强调了…，指出…").
        subject = previous.text_start if previous is not None and not first else start
        # A lead-in the sentence opens with ("依据…规定，会议通过表决方式，同意…"): the subject follows it, unless
        # what follows is still ahead ("根据会议议程，常委会组成人员将…审议通过…").
        lead = _MATTER_LEAD.match(layout.text, subject, pos)
        if lead is not None and not any(mark in layout.text[lead.end() : pos] for mark in FUTURE_MARKS):
            subject = lead.end()
        cue = _outside_items(layout, match_bare_verb(layout.text, subject, pos, layout.ends[para], para, speakers), pos)
        cue = cue or match_pronoun(layout.text, subject, pos, layout.ends[para], para, speakers)
    return cue


def _quoted(cue: Cue | None, text: str) -> Cue | None:
    """`cue`, when a colon stands between its verb and its text (表示：); else None."""
    return cue if cue is not None and any(mark in text[cue.end : cue.text_start] for mark in "：:") else None


def _outside_items(layout: Layout, cue: Cue | None, pos: int) -> Cue | None:
    """`cue`, unless an item marker stands between its subject and its verb ("李明讲意见：一是代表…表示欢迎，同时
    希望…；二是…"): the verb is the item's text, its subject left out, and the enumeration stays whole. A subject
    never starts with a numbered marker; an order word may lead it ("最后王校长总结了…，强调…")."""
    if cue is None:
        return None
    inside = any(m.start > cue.start or m.number > 0 for m in layout.markers_in(cue.start, pos))
    return None if inside else cue


def after_procedure(text: str, people: list[PersonEvent]) -> frozenset[int]:
    """The starts of the clauses that follow an attendance or a hosting clause after its comma ("…干部参加了会议，
    王明院长希望…", "会议由副院长李华主持，院长王明指出…")."""
    starts = set()
    for event in people:
        if event.kind not in ("attendees", "host") or not event.span[1]:
            continue
        at = event.span[1]
        while at < len(text) and text[at] in _ACT_TRAIL:
            at += 1
        if at > event.span[1] and text[event.span[1] : at].strip() in _ACT_COMMAS:
            starts.add(at)
    return frozenset(starts)


def _placed(previous: Cue | None, start: int) -> bool:
    """Whether the cue before is a place cue opening the sentence at `start` ("会上，"), its statement not yet begun."""
    return previous is not None and previous.place and previous.start == start


__all__ = ["KnownSpeakers", "after_procedure", "cue_at", "known_from"]
