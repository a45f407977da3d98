"""A speech verb with its object (family 4 of cues.py): a speaker's object before a colon or a stop (李克强就…
合作提出建议：, 王明提出三点希望。一是…), a written message (致信祝贺，全文如下：), a later clause whose object
announces the items after it (…，并对下一步工作提出三点要求：一是…), and the objects that only name a topic.
"""

from __future__ import annotations

import re

from .cue_grammar import ADV, AFTER_VERB, CLAUSE_BREAKS, STATEMENT_MODAL, WINDOW, Cue, clause_end, opens_items
from .people import is_han
from .speakers import CONTEXT, POST_TITLE, WHO_MAX, Speakers, alt, is_member, is_person, subject_name
from .subjects import pronoun_subject, sentence_subject, subject_sentence
from .terms import (
    CLAUSE_JOINS,
    COUNTED_OBJECT_VERBS,
    CUE_ADVERBS,
    MESSAGE_ACTS,
    MESSAGE_FOLLOWS,
    OBJECT_NOUNS,
    OBJECT_QUALIFIERS,
    OBJECT_SETTINGS,
    OBJECT_VERBS,
    SIDE_SUFFIX,
    SPEECH_VERBS,
    SPEECH_WORDS,
    TRANSCRIPT_FOLLOWS,
)

_SENTENCE_ENDS = "。；;！？!?\n"
# A count of what follows, as a speaker's object announces its items; it may also count them in 个 ("提出三个要求").
# An object that points at what follows stands where the count would ("提出以下建议。第一，…").
_OBJECT_COUNT = r"(?:[一二三四五六七八九十两几\d]+(?:个方面|点|项|条|个|方面)|以下|下列)"
_COUNTED = re.compile(_OBJECT_COUNT)
# An object verb and its count: "提出三点", "提出了", "提四点" (COUNTED_OBJECT_VERBS only with the count).
_VERB_AND_COUNT = (
    rf"(?:(?:{alt(OBJECT_VERBS)})了?(?:{_OBJECT_COUNT})?|(?:{alt(COUNTED_OBJECT_VERBS)})了?(?:{_OBJECT_COUNT}))"
)
_OBJECT_TAIL = re.compile(
    rf"(?:{_VERB_AND_COUNT}(?:{alt(OBJECT_QUALIFIERS)})?(?:{alt(OBJECT_NOUNS)})"
    rf"|(?:{alt(SPEECH_WORDS)})(?:{alt(TRANSCRIPT_FOLLOWS)}))(?P<sep>[：:。，,]\s*)"
)
# An object verb and the object it sets out, described freely ("提出了具体的指导意见", "提出三点要求"), up to its noun of
# what was said, or only counted ("提出三点：一、…", "提四点要求：…"): read by a speaker's tail and by a later clause
# alike, both only when the first item follows.
_DESCRIBED_OBJECT = (
    rf"(?:{_VERB_AND_COUNT}"
    rf"(?:(?:{alt(OBJECT_QUALIFIERS)})的?)?(?:[^\W\d_]{{1,2}}?)?(?:{alt(OBJECT_NOUNS)})"
    rf"|(?:{alt((*OBJECT_VERBS, *COUNTED_OBJECT_VERBS))})了?(?:{_OBJECT_COUNT})(?:[^\W\d_]{{0,4}}?(?:{alt(OBJECT_NOUNS)}))?)"
)
# A speaker's object described more freely ("提出了具体的指导意见，一要…", "提出几点工作意见：1.…"): counted as an object cue
# only when the first item follows it, as for a later clause's object (_CLAUSE_OBJECT); alone it names a topic.
# With the items after it, the object may be named at more length ("提出全球发展倡议：一是…").
_LISTED_OBJECT = (
    rf"(?:{_VERB_AND_COUNT}(?:(?:{alt(OBJECT_QUALIFIERS)})的?)?(?:[^\W\d_]{{1,6}}?)?(?:{alt(OBJECT_NOUNS)})"
    rf"|{_DESCRIBED_OBJECT})"
)
_LISTED_TAIL = re.compile(rf"{_LISTED_OBJECT}(?P<sep>[：:。，,]\s*)")
# The object verb's own setting after the name, an adverb before it: "对…", "还就…" ("王院长还对…提出了…要求").
# A title printed after the name may stand before them ("王明副县长分别对…提出了要求"): the speaker is the name, as
# "王明副县长强调" gives 王明, so that "最后，王明副县长强调" after it is a known speaker's cue.
_OBJECT_SETTING = re.compile(rf"(?:{POST_TITLE})?{ADV}(?:{alt(OBJECT_SETTINGS)})")
# The conjunction that joins two acts of one subject inside a clause, with no comma between them.
_JOINED_ACT = "并"
# The object offered to the audience after it ("提出三点期望与大家共勉", "提出几点体会和同志们分享"): still the cue's.
_SHARED = r"(?:(?:与|和|同)[^\W\d_]{1,6}?(?:共勉|分享))?"
# A later clause whose verb takes an object that announces the items after it ("…进行部署，并对下一步工作提出
# 三点要求：一是…", "…，就…提出三点意见，一是…", "…，为…提出了具体的指导意见，一要…"). Another act may stand first in
# the clause, joined by 并 ("…，明确了任务并提出了具体要求：一是…"): the first item right after the object still says
# the object announces them.
_CLAUSE_OBJECT = re.compile(
    rf"(?:[^，,。；;：:！？!?\n]{{1,20}}?{_JOINED_ACT})?"
    rf"(?:{alt(CLAUSE_JOINS)})?(?:(?:{alt(OBJECT_SETTINGS)})[^，,。；;：:！？!?\n]{{1,40}}?)?"
    rf"{_DESCRIBED_OBJECT}{_SHARED}(?P<sep>[：:，,。]\s*)"
)
# The object of 提出 / 谈 right after it, ending in a noun of what was said ("指导意见", "具体的建议", "意见建议"), perhaps
# named with its year ("2014年经济工作的总体要求和主要任务").
_NAMED_OBJECT = re.compile(rf"了?(?:{_OBJECT_COUNT})?[^\W_]{{0,24}}?(?:{alt(OBJECT_NOUNS)})")
# Longer than this, an object is a name only as a noun described with 的 ("明年经济工作的主要任务"), without a modal
# ("提出必须把安全生产作为首要任务" states a duty) or a proposal closed by 等 ("提出调整…布局规划等建议" states it).
_SHORT_OBJECT = 10
# A speech verb joined to the clause before it: "并强调", "同时指出", "还要求".
_CHAINED_VERB = re.compile(rf"\s*(?:{alt(CLAUSE_JOINS)})(?:{alt(CUE_ADVERBS)})*(?:{alt(SPEECH_VERBS)})")
_MESSAGE_TAIL = re.compile(
    rf"(?P<act>{alt(MESSAGE_ACTS)})[^\W_]{{0,6}}[，,]?{re.escape(MESSAGE_FOLLOWS)}(?P<sep>[：:]\s*)"
)
# What a speech verb asks done, counted, right before the items ("温家宝要求统筹做好关系全局的几项重点工作：一是…"):
# the cue runs through the counted tasks, as through "提出三点要求", and the point's text starts at the first item.
_COUNTED_TASKS = re.compile(rf"[^，,。；;：:！？!?\n]{{0,30}}?{_OBJECT_COUNT}[^\W\d_]{{0,6}}?(?P<sep>[：:，,。]\s*)")
# What makes a long object a statement rather than a name (`names_object`).
_NOT_A_NAME = re.compile(rf"{STATEMENT_MODAL.pattern}|等(?:{alt(OBJECT_NOUNS)})")
# A speech verb's object spelt out after 即 ("namely"): "…再次强调了“三转一响”要求，即一切为了案子转，…". The
# cue runs through the object, and the point's text starts at 即 as printed.
_NAMELY_TAIL = re.compile(
    rf"(?:{alt(CUE_ADVERBS)})*(?:{alt(SPEECH_VERBS)})了?[^，,。；;：:\n]{{0,16}}?(?:{alt(OBJECT_NOUNS)})(?P<sep>[，,]\s*)(?=即)"
)
# The aspects a speaker's setting counts before the object verb ("习近平从6个方面提出了…重大问题。第一，…"): they announce
# the items as a count after the verb does, and the object may then be described at any length up to its stop.
_ASPECTS = re.compile(rf"从{_OBJECT_COUNT}")
_ASPECTS_TAIL = re.compile(rf"(?:{alt(OBJECT_VERBS)})了?[^，,。；;：:！？!?\n]{{0,30}}?(?P<sep>[：:。]\s*)")
# Words one of which an object cue holds: a cheap test before the regular expression.
_OBJECT_HINTS = (*OBJECT_VERBS, *COUNTED_OBJECT_VERBS, *SPEECH_WORDS, "即")


# Proposals listed right after the verb, closed by 等 and the noun of what was said (提出强化源头管控、落实产业政策、
# 完善体制机制等建议; 提出节能减排优先、推进电力体制改革等5方面建议): what was proposed, stated glued to the verb.
_LISTED_PROPOSALS = re.compile(
    rf"(?:[^，,。；;：:、\n]{{2,24}}、)+[^，,。；;：:、\n]{{2,24}}等(?:{_OBJECT_COUNT})?[^\W\d_]{{0,4}}?(?:{alt(OBJECT_NOUNS)})"
)


def listed_proposals(text: str, verb: re.Match[str], limit: int) -> bool:
    """Whether an object verb ("提出") takes, with no separator, the proposals it lists up to the end of its clause
    (`limit`), closed by 等 and a noun of what was said: a statement, where a bare object names a topic."""
    if verb.group("verb") not in OBJECT_VERBS:
        return False
    found = _LISTED_PROPOSALS.match(text, verb.end(), limit)
    return found is not None and found.end() == limit


def names_object(text: str, verb: re.Match[str], stop: int) -> bool:
    """"…，并提出指导意见。", "…，提出意见建议23条。": an object verb whose object, a noun of what was said, ends the
    sentence names it and states nothing; after a comma or a colon ("提出要求，…", "提出三点希望：…") the statement
    follows."""
    if verb.group("verb") not in OBJECT_VERBS:
        return False
    named = _NAMED_OBJECT.match(text, verb.end(), stop)
    if named is None:
        return False
    if named.end() - verb.end() > _SHORT_OBJECT and (
        "的" not in text[verb.end() : named.end()] or _NOT_A_NAME.search(text, verb.end(), named.end()) is not None
    ):
        return False
    end = clause_end(text, named.end(), stop)
    return end >= len(text) or text[end] in _SENTENCE_ENDS


def counted_tasks(text: str, at: int, stop: int) -> tuple[int, int] | None:
    """(where the cue ends, where the point's text starts) when a speech verb ending at `at`, with no separator,
    takes counted tasks that the first item follows (…要求统筹做好…几项重点工作。一是…); None otherwise."""
    # The stop that ends the clause is the tasks' own, and the first item may open the next sentence.
    found = _COUNTED_TASKS.match(text, at, min(len(text), stop + 1))
    if found is None or not _items_open(text, found, stop):
        return None
    if STATEMENT_MODAL.search(text, at, found.start("sep")) is not None:
        # A modal before the count makes the words a statement of their own ("她强调2018年度党委工作要从以下几方面
        # 进行：一是…"): what was said starts right after the verb.
        return at, at
    return found.start("sep"), found.end()


# Whom a speech verb asks, right before the colon the first item follows ("侯校长要求全体教师：一是要…"): the cue
# runs through them, as through a count, printed whole.
_ADDRESSED_ITEMS = re.compile(r"[^，,。；;：:！？!?\n]{1,12}?(?P<sep>[：:]\s*)")


def addressed_items(text: str, at: int, stop: int) -> tuple[int, int] | None:
    """(where the cue ends, where the point's text starts) when a speech verb ending at `at` names whom it asks
    before a colon that the first item follows (`_ADDRESSED_ITEMS`); None otherwise, and for a statement (要…)."""
    found = _ADDRESSED_ITEMS.match(text, at, min(len(text), stop + 1))
    if found is None or STATEMENT_MODAL.search(text, at, found.start("sep")) is not None:
        return None
    return (found.start("sep"), found.end()) if _items_open(text, found, stop) else None


def _items_open(text: str, found: re.Match[str], stop: int) -> bool:
    """Whether the first item follows an object `found` up to its separator: after a stop it opens the next
    sentence, past the clause's `stop` ("…，并提出三点期望。一是…")."""
    items_stop = min(len(text), found.end() + WINDOW) if found.group("sep")[0] == "。" else stop
    return opens_items(text, found.end(), items_stop)


def stated_next(text: str, pos: int, stop: int) -> bool:
    """"…，指出存在的问题与不足，并强调：一是…": a verb glued to its object names a topic when the next clause joins
    to it a speech verb whose separator the first item follows; the enumeration is that verb's statement."""
    end = clause_end(text, pos, stop)
    if end >= stop or text[end] not in "，,":
        return False
    chained = _CHAINED_VERB.match(text, end + 1, stop)
    sep = AFTER_VERB.match(text, chained.end(), stop) if chained is not None else None
    return sep is not None and opens_items(text, sep.end(), stop)


def clause_object(text: str, sentence: int, pos: int, stop: int, para: int, speakers: Speakers) -> Cue | None:
    """"…进行部署，并对下一步工作提出三点要求：一是…": a later clause whose object announces the items that follow it
    (the first marker right after the object), the sentence's person its subject; the cue runs from the name through
    the object, as a speaker's "提出三点要求：" does. Without the first item after it the object names a topic."""
    match = _CLAUSE_OBJECT.match(text, pos, stop)
    if match is None:
        return None
    if not _items_open(text, match, stop):
        return None
    found = (
        sentence_subject(text, sentence, pos, speakers)
        # "他结合…，并提出三点期望。一是…": a pronoun for someone of the meeting, as before a later speech verb.
        or pronoun_subject(text, sentence, pos, speakers)
    )
    if found is None:
        return None
    return Cue(found[0], match.start("sep"), match.end(), para, found[1], subject_sentence(text, sentence, found[0]))


# The topic set off by a comma between the speaker and the rest of his setting ("吴文立就学习贯彻全会精神，向全市检察
# 机关提出四点要求："): one clause of a name and 就 or 针对, the next opening on another setting of the same verb.
_TOPIC_CLAUSE = re.compile(
    rf"[^，,。；;：:！？!?\n]{{1,12}}?(?:就|针对)[^，,。；;：:！？!?\n]{{1,30}}[，,]\s*(?=(?:{alt(OBJECT_SETTINGS)}))"
)


def _after_topic(text: str, pos: int, end: int) -> int:
    """Where the object verb's clause starts: after a topic clause set off by a comma (`_TOPIC_CLAUSE`), else `pos`."""
    topic = _TOPIC_CLAUSE.match(text, pos, end)
    return pos if topic is None else topic.end()


def object_cue(text: str, pos: int, stop: int, para: int, speakers: Speakers) -> Cue | None:
    """"李克强就…合作提出建议：": the cue runs to the colon (or stop) and the point's text follows it."""
    sentence_end = text.find("。", pos, stop)
    window = text[pos : stop if sentence_end < 0 else sentence_end + 1]
    if not any(word in window for word in _OBJECT_HINTS):
        return None
    end = stop if sentence_end < 0 else sentence_end + 1
    tail = (
        _OBJECT_TAIL.search(text, pos, end)
        or _listed_tail(text, pos, end, stop)
        or _NAMELY_TAIL.search(text, pos, end)
        or _aspects_tail(text, pos, end, stop)
    )
    if tail is None or any(mark in text[_after_topic(text, pos, tail.start()) : tail.start()] for mark in "，,；;：:"):
        return None
    if tail.group("sep")[0] == "。" and not _announces(text, tail, stop):
        # "王明就…提出具体要求。": an uncounted object that ends the sentence names what was asked, as it does in a
        # later clause (names_object); "提出三点希望。一是…" announces what follows.
        return None
    if tail.group("sep")[0] in "，," and (_next_member(text, tail.end(), stop, speakers) or _chained(text, tail.end(), stop)):
        # "委员甲就…提出建议，委员乙…": members in a row, the object named before the next member speaks is a topic;
        # so is one the subject's own chained speech verb follows ("他还就…提出了建议，同时指出，…"), which states.
        return None
    subject = text[pos : tail.start()]
    ends = _restated(text, tail, stop)
    if len(subject) == 2 and subject.endswith(SIDE_SUFFIX) and is_han(subject[0]):
        return Cue(pos, *ends, para, subject, pos)
    for k in range(1, min(len(subject), WHO_MAX) + 1):
        # The object verb's own settings may follow the name ("…为全镇开展好主题教育提出了…意见"), as in a later clause.
        setting = CONTEXT.fullmatch(subject, k) is not None or _OBJECT_SETTING.match(subject, k) is not None
        if setting and is_person(subject[:k], speakers):
            return Cue(pos, *ends, para, subject[:k], pos)
    return None


# The object's hope said again after its comma, taking the statement ("…提出了期望，希望大家…"): the cue runs through
# it. (After 提出了要求，a 要求 opens the requirement's own text, as the earlier readings have it.)
_HOPE_AGAIN = re.compile(r"(?P<hope>希望)(?:[：:，,]\s*)?")
_HOPES = ("希望", "期望")


def _restated(text: str, tail: re.Match[str], stop: int) -> tuple[int, int]:
    """Where an object cue's words end and its point's text starts: at the object's separator, or past the verb
    that says the hope again after a comma (…提出了期望，希望大家…)."""
    again = _HOPE_AGAIN.match(text, tail.end(), stop) if tail.group("sep")[0] in "，," else None
    if again is None or not any(hope in tail.group(0) for hope in _HOPES):
        return tail.start("sep"), tail.end()
    return again.end("hope"), again.end()


def _announces(text: str, tail: re.Match[str], stop: int) -> bool:
    """Whether an object before a stop announces what follows: it is counted, or the first item follows it, in
    its paragraph or opening the next when the object closes its own (…提出了要求与期望。 / 首先,…)."""
    return _COUNTED.search(text, tail.start(), tail.start("sep")) is not None or _items_after(text, tail.end(), stop)


def _items_after(text: str, at: int, stop: int) -> bool:
    """Whether the first item of an enumeration opens at `at`, before its paragraph's `stop`, or, where `at` closes
    the paragraph, at the start of the next (a web page sets each item, or the list, in a paragraph of its own)."""
    if at >= stop and text[stop : stop + 1] == "\n":
        return opens_items(text, stop + 1, min(len(text), stop + 1 + WINDOW))
    return opens_items(text, at, stop)


def _chained(text: str, at: int, stop: int) -> bool:
    """Whether the clause at `at` is a speech verb chained to the one before ("同时指出，", "并强调：") with its separator."""
    chained = _CHAINED_VERB.match(text, at, stop)
    return chained is not None and AFTER_VERB.match(text, chained.end(), stop) is not None


def _next_member(text: str, at: int, stop: int, speakers: Speakers) -> bool:
    """Whether the clause at `at` starts with a member's title and name ("委员王明…"), the next of members in a row."""
    who = subject_name(text[at : clause_end(text, at, stop)], speakers)
    return who is not None and is_member(who)


def _aspects_tail(text: str, pos: int, end: int, stop: int) -> re.Match[str] | None:
    """The object verb and its object up to the stop, after a setting that counts the aspects
    (从6个方面提出了…问题。), when the first item follows."""
    aspects = _ASPECTS.search(text, pos, end)
    if aspects is None:
        return None
    tail = _ASPECTS_TAIL.search(text, aspects.end(), end)
    return tail if tail is not None and _items_open(text, tail, stop) else None


def _listed_tail(text: str, pos: int, end: int, stop: int) -> re.Match[str] | None:
    """The first freely described object before `end` that the first item of an enumeration follows."""
    for tail in _LISTED_TAIL.finditer(text, pos, end):
        if _items_after(text, tail.end(), stop):
            return tail
    return None


def message_cue(text: str, pos: int, stop: int, para: int, speakers: Speakers) -> Cue | None:
    """"国家主席习近平致信祝贺，全文如下：": a person's written message printed after the colon."""
    sentence_end = text.find("。", pos, stop)
    end = stop if sentence_end < 0 else sentence_end
    if text.find(MESSAGE_FOLLOWS, pos, end) < 0:
        return None
    tail = _MESSAGE_TAIL.search(text, pos, end)
    if tail is None or any(mark in text[pos : tail.start()] for mark in CLAUSE_BREAKS):
        return None
    who = text[pos : tail.start()]
    return Cue(pos, tail.start("sep"), tail.end(), para, who, pos) if is_person(who, speakers) else None
