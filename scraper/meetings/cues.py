"""Cues that open a meeting's points, matched at a sentence or clause start of the joined body text.

Four families, tried in order (the words are tables in terms.py):

1. the meeting as subject: 会议指出 / 全会强调 / 会议一致认为 / 会议审议通过了;
2. a document as subject: 公报指出 / 批示指出 / 会议成果文件说;
3. the place: 会上, / 座谈会上, / 在此次论坛高官会上,;
4. a person (or a pronoun, or a group such as 与会领导人 / 双方) as subject, with an optional context between
   the name and the verb: 他强调 / 李克强在发言中表示 / 陈德铭21日出席…会议时指出 / 栗战书出席座谈会并强调 /
   习近平总书记指出; or a speech verb with its object before a colon or a stop (李克强就…合作提出建议：,
   习近平给…提出三点希望。, 吴伯雄讲话全文如下：).

A clause start inside a sentence (after a comma) admits the first three families, pronouns, groups, names
already seen speaking, and a new name only with a context (…在…会议上指出): a bare "习近平总书记指出" after a
comma is more often a quotation inside someone's speech than a new speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .dates import DAY_CLAUSE
from .openings import not_a_meeting
from .people import is_han
from .scan import match_marker
from .speakers import (
    CONTEXT,
    POST_TITLE,
    WHO_MAX,
    Speakers,
    alt,
    is_label,
    is_member,
    is_person,
    speaker_of,
    subject_name,
)
from .terms import (
    ATTENDING_VERBS,
    BARE_OBJECT_VERBS,
    CLAUSE_JOINS,
    CONGRESS_SHORT,
    COUNTED_OBJECT_VERBS,
    COURTESY_WORDS,
    CUE_ADVERBS,
    DECISIONS,
    DELIBERATIONS,
    DOCUMENT_NOT_IN,
    DOCUMENT_NOUNS,
    MEETING_CUE_NOT_AFTER,
    MEETING_DEPLOYS,
    MEETING_NOT_ACTING,
    MEETING_NOUNS,
    MEETING_OBJECT_OF,
    MEETING_VERBS,
    MESSAGE_ACTS,
    MESSAGE_FOLLOWS,
    OBJECT_NOUNS,
    OBJECT_QUALIFIERS,
    OBJECT_SETTINGS,
    OBJECT_VERBS,
    OPENING_VERBS,
    ORDER_LEADS,
    PASSIVE_AGENT,
    PAST_WORDS,
    PRESENTATIONS,
    PRESENTING_VERBS,
    PRONOUNS,
    SHOWING_VERBS,
    SIDE_SUFFIX,
    SPEECH_CONTENT_LEADS,
    SPEECH_CONTENT_SPANS,
    SPEECH_VERBS,
    SPEECH_WORDS,
    SUBJECTLESS_LEADS,
    SUBJECTLESS_VERBS,
    SUBMITS_TO,
    TRANSCRIPT_FOLLOWS,
    TURN_ADVERBS,
    VERB_AS_NOUN_AFTER,
)

_WINDOW = 160
_CLAUSE_BREAKS = "，,。；;：:！？!?"
_SENTENCE_ENDS = "。；;！？!?\n"
# What after a speech verb makes it no statement: "强调的是", "要求了", "说明", a stop.
_NOT_A_STATEMENT = "的了着过得明服并、。；;！？!?"


_ADV = f"(?:{alt(CUE_ADVERBS)})*"
# The manner of a decision between the meeting and its verb: "会议以现场投票与网络投票相结合的方式审议通过了…"
# (with a comma after it, the verb opens the next clause: _bare_decision).
_MANNER = r"(?:以|通过)[^\W_]{1,24}?(?:方式|形式)"
_SEP = r"(?P<sep>[，,：:]\s*)"
# The same manner inside a deliberated decision: "大会审议并以举手表决的方式通过了…" is one verb, as 审议并通过 is.
_DELIBERATED = rf"(?:{alt(DELIBERATIONS)})并?{_MANNER}(?:{alt(DECISIONS)})"
_DECIDED = rf"{_DELIBERATED}|{alt(MEETING_VERBS)}"
_ADVERBS = re.compile(_ADV)
_MEETING_CUE = re.compile(
    rf"(?P<subj>[^\W_]{{0,24}}?(?:{alt((*MEETING_NOUNS, *CONGRESS_SHORT))}))(?:在[^\W_]{{1,16}}?的同时|{_MANNER})?(?P<adv>{_ADV})"
    rf"(?P<verb>{_DECIDED})"
    rf"(?P<le>了)?{_SEP}?"
)
# The report's own meeting as the subject by its noun, whatever it is ("…对接会在市政府召开。对接会要求，…"): any
# noun ending in 会 the report opened (Speakers.meetings), two characters and 会, so 会 as "will" ("市场会认为")
# is never read as one.
_OWN_MEETING_CUE = re.compile(
    rf"(?P<subj>[^\W_]{{0,24}}?(?P<noun>[^\W\d_]{{2}}会))(?P<adv>{_ADV})(?P<verb>{_DECIDED})(?P<le>了)?{_SEP}?"
)
OWN_NOUN_LENGTH = 3
# The object of a meeting verb with 了 that runs to a colon: "会议明确了今年…工作的目标任务：".
_MEETING_OBJECT = re.compile(r"[^，,。；;：:！？!?\n]{2,40}?(?P<sep>[：:]\s*)")
# A count of what follows ("三项", "五个方面"), as a meeting's object announces its items; a speaker's object may
# also count them in 个 ("提出三个要求").
_COUNT = r"[一二三四五六七八九十两几\d]+(?:个方面|方面|项|条|点)"
_OBJECT_COUNT = r"[一二三四五六七八九十两几\d]+(?:个方面|点|项|条|个|方面)"
# Without 了 the object must announce what follows, by a word of what follows or a count ("会议议定以下事项：",
# "会议确定三项任务："): "会议要求各地：" is the requirement's addressee, and "会议强调要…：" its text.
_ANNOUNCED_OBJECT = re.compile(
    rf"(?:以下|如下|下列|{_COUNT})[^，,。；;：:！？!?\n]{{0,20}}?(?P<sep>[：:]\s*)"
)
# A counted object that ends its sentence when the items follow it ("会议提出了五项具体要求。一是…"): the object is the
# cue's, as before a colon.
_COUNTED_OBJECT = re.compile(
    rf"[^，,。；;：:！？!?\n]{{0,10}}?{_COUNT}[^，,。；;：:！？!?\n]{{0,20}}?"
    r"(?P<sep>[。：:])"
)
# A decision verb (…通过, …决定, …确定, …同意, …批准) opening a clause of the meeting's sentence.
_BARE_DECISION = re.compile(
    rf"(?P<subj>)(?P<adv>{_ADV})(?P<verb>{_DELIBERATED}|{alt(verb for verb in MEETING_VERBS if verb.endswith(DECISIONS))})"
    rf"(?P<le>了)?{_SEP}?"
)
# A meeting as the subject at a sentence start ("会议", "十九届四中全会").
_MEETING_SUBJECT = re.compile(rf"[^\W\d_]{{0,16}}?(?:{alt(MEETING_NOUNS)})")
_DOCUMENT_CUE = re.compile(
    # "批示指出", "批示中指出" (the document as a setting), "《意见》提出" (a title quoted as the subject; 意见 alone is
    # too often a noun before a verb: "听取意见建议").
    rf"(?P<subj>[^\W_]{{0,16}}?(?:{alt(DOCUMENT_NOUNS)})》?|《[^》]{{1,40}}》)中?(?P<adv>{_ADV})"
    rf"(?P<verb>{alt(SPEECH_VERBS)}){_SEP}?"
)
# The place, and a statement verb when the subject is left out ("会上强调，…", "座谈会上还指出，…").
_AT_CUE = re.compile(
    rf"(?P<subj>在?[^\W_]{{0,20}}?(?:{alt(MEETING_NOUNS)}|会))上(?P<adv>还|也|同时)?(?P<verb>{alt(SPEECH_VERBS)})?{_SEP}?"
)
# A speaker's manner may stand before the verb: "语重心长地说", "坚定地表示".
_VERB = re.compile(rf"(?P<adv>(?:[^\W\d_]{{1,4}}地)?{_ADV})(?P<verb>{alt(SPEECH_VERBS)})")
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
_LISTED_TAIL = re.compile(rf"{_DESCRIBED_OBJECT}(?P<sep>[：:。，,]\s*)")
# The object verb's own setting after the name, an adverb before it: "对…", "还就…" ("王院长还对…提出了…要求").
# A title printed after the name may stand before them ("王明副县长分别对…提出了要求"): the speaker is the name, as
# "王明副县长强调" gives 王明, so that "最后，王明副县长强调" after it is a known speaker's cue.
_OBJECT_SETTING = re.compile(rf"(?:{POST_TITLE})?{_ADV}(?:{alt(OBJECT_SETTINGS)})")
# Presenting to the meeting (terms.PRESENTING_VERBS): 宣读了, 通报了, 作了汇报, 作典型发言.
# A presenting verb may take a second verb before its 了 ("汇报交流了", "传达学习了", "听取并审议了").
_PRESENTING = re.compile(
    rf"(?:{alt((*PRESENTING_VERBS, *SHOWING_VERBS))})[^\W\d_]{{0,3}}?了|宣读|作了?[^\W_]{{0,4}}?(?P<kind>{alt(PRESENTATIONS)})"
)
# What a speech drew on or covered, in the clause of its act: "大家结合工作实际作了交流发言", "从…四个方面作了…".
_DESCRIBED_SPEECH = re.compile(
    rf"(?:{alt(SPEECH_CONTENT_LEADS)}|从[^，,。；;]{{1,40}}?(?:{alt(SPEECH_CONTENT_SPANS)}))[^，,。；;]*$"
)
# A later clause whose verb takes an object that announces the items after it ("…进行部署，并对下一步工作提出
# 三点要求：一是…", "…，就…提出三点意见，一是…", "…，为…提出了具体的指导意见，一要…").
_CLAUSE_OBJECT = re.compile(
    rf"(?:{alt(CLAUSE_JOINS)})?(?:(?:{alt(OBJECT_SETTINGS)})[^，,。；;：:！？!?\n]{{1,40}}?)?"
    rf"{_DESCRIBED_OBJECT}(?P<sep>[：:，,]\s*)"
)
# The object of 提出 / 谈 right after it, ending in a noun of what was said ("指导意见", "具体的建议", "意见建议").
_NAMED_OBJECT = re.compile(rf"了?(?:{_OBJECT_COUNT})?[^\W\d_]{{0,6}}?(?:{alt(OBJECT_NOUNS)})")
_TOPIC_ONLY = re.compile(r"[^\W_]{1,16}?工作[。；;]")
# A closing line that names nothing decided: "会议还研究了其他事项", "会议还通过了人事任免事项" (appointments
# that name nobody need no 有关 / 其他 before them).
_CONTENT_FREE = re.compile(
    r"(?:(?:有关|其他|其它|相关)[^\W_]{0,6}?)?(?:人事)?(?:任免|任命)(?:案|事项)[。；;]"
    r"|(?:有关|其他|其它|相关)[^\W_]{0,6}?(?:人事事项|事项|议案)[。；;]"
)
_AFTER_VERB = re.compile(r"[，,：:]\s*")
# A speech verb joined to the clause before it: "并强调", "同时指出", "还要求".
_CHAINED_VERB = re.compile(rf"\s*(?:{alt(CLAUSE_JOINS)})(?:{alt(CUE_ADVERBS)})*(?:{alt(SPEECH_VERBS)})")
_MESSAGE_TAIL = re.compile(
    rf"(?P<act>{alt(MESSAGE_ACTS)})[^\W_]{{0,6}}[，,]?{re.escape(MESSAGE_FOLLOWS)}(?P<sep>[：:]\s*)"
)
# Words one of which an object cue holds: a cheap test before the regular expression.
_OBJECT_HINTS = (*OBJECT_VERBS, *COUNTED_OBJECT_VERBS, *SPEECH_WORDS)


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


def match_cue(text: str, pos: int, end: int, para: int, speakers: Speakers, *, clause: bool = False) -> Cue | None:
    """The cue that opens the sentence (or, with `clause`, the clause) at `pos`, or None."""
    stop = min(end, pos + _WINDOW)
    cue = _meeting_cue(text, pos, stop, para) or _own_meeting_cue(text, pos, stop, para, speakers.meetings)
    if cue is None:
        cue = _person_cue(text, pos, stop, para, speakers, clause)
    return cue


def match_bare_verb(text: str, sentence: int, pos: int, end: int, para: int, speakers: Speakers) -> Cue | None:
    """"张高丽肯定了…进展，强调…": a speech verb opening the clause at `pos` of a sentence that starts with a
    person (its subject); the cue runs from the name through the verb."""
    stop = min(end, pos + _WINDOW)
    listed = _clause_object(text, sentence, pos, stop, para, speakers)
    if listed is not None:
        return listed
    verb = _VERB.match(text, pos, stop)
    if verb is None or verb.end() >= stop or text[verb.end()] in _NOT_A_STATEMENT:
        return _bare_decision(text, sentence, pos, stop, para)
    # After a comma the verb takes its statement with or without one ("，强调要按照…").
    sep = _AFTER_VERB.match(text, verb.end(), stop)
    if sep is None and (_names_object(text, verb, stop) or _stated_next(text, verb.end(), stop)):
        return None
    text_start = sep.end() if sep else verb.end()
    # "最后，王校长总结了…，强调指出，…": the person after an order word is the sentence's subject too.
    found = _subject(text, sentence, pos, speakers) or _led_subject(text, sentence, pos, speakers)
    if found is None and sep is not None:
        # A pronoun's later verb opens a statement when its separator follows ("…，指出，…"); a chained verb
        # with its object ("他还阐述了…，呼吁发达成员…") narrates what he did.
        found = _pronoun_subject(text, sentence, pos, speakers)
    if found is not None:
        return Cue(found[0], verb.end(), text_start, para, found[1], sentence)
    if pos - sentence <= _WINDOW and _meeting_acts(text, sentence, pos):
        # "会议认真分析了当前形势，认为…": the meeting is the subject; the cue runs from it through the verb.
        return Cue(sentence, verb.end(), text_start, para, None, sentence)
    return None


def _names_object(text: str, verb: re.Match[str], stop: int) -> bool:
    """"…，并提出指导意见。", "…，提出意见建议23条。": an object verb whose object, a noun of what was said, ends the
    sentence names it and states nothing; after a comma or a colon ("提出要求，…", "提出三点希望：…") the statement
    follows."""
    if verb.group("verb") not in OBJECT_VERBS:
        return False
    named = _NAMED_OBJECT.match(text, verb.end(), stop)
    if named is None:
        return False
    end = _clause_end(text, named.end(), stop)
    return end >= len(text) or text[end] in _SENTENCE_ENDS


def _stated_next(text: str, pos: int, stop: int) -> bool:
    """"…，指出存在的问题与不足，并强调：一是…": a verb glued to its object names a topic when the next clause joins
    to it a speech verb whose separator the first item follows; the enumeration is that verb's statement."""
    end = _clause_end(text, pos, stop)
    if end >= stop or text[end] not in "，,":
        return False
    chained = _CHAINED_VERB.match(text, end + 1, stop)
    sep = _AFTER_VERB.match(text, chained.end(), stop) if chained is not None else None
    return sep is not None and _opens_items(text, sep.end(), stop)


def _clause_object(text: str, sentence: int, pos: int, stop: int, para: int, speakers: Speakers) -> Cue | None:
    """"…进行部署，并对下一步工作提出三点要求：一是…": a later clause whose object announces the items that follow it
    (the first marker right after the object), the sentence's person its subject; the cue runs from the name through
    the object, as a speaker's "提出三点要求：" does. Without the first item after it the object names a topic."""
    match = _CLAUSE_OBJECT.match(text, pos, stop)
    if match is None or not _opens_items(text, match.end(), stop):
        return None
    found = _subject(text, sentence, pos, speakers) or _led_subject(text, sentence, pos, speakers)
    return None if found is None else Cue(found[0], match.start("sep"), match.end(), para, found[1], sentence)


_SUBJECTLESS = re.compile(rf"(?:{alt(SUBJECTLESS_LEADS)})+(?P<verb>{alt(SUBJECTLESS_VERBS)}){_SEP}")


def match_subjectless(text: str, pos: int, end: int, para: int) -> Cue | None:
    """"同时指出，…": a sentence whose subject is left out, the one of the sentence before speaking anew."""
    match = _SUBJECTLESS.match(text, pos, min(end, pos + _WINDOW))
    return None if match is None else Cue(pos, match.end("verb"), match.end(), para, None, pos)


def _led_subject(text: str, sentence: int, pos: int, speakers: Speakers) -> tuple[int, str] | None:
    """"随后，局长王明…", "3月5日，我县召开…会议，要求…": the person (or the body reporting itself) after an order
    word or a day that stands alone as the sentence's first clause."""
    lead = _ORDER_LEAD.match(text, sentence, pos) or DAY_CLAUSE.match(text, sentence, pos)
    return None if lead is None else _subject(text, lead.end(), pos, speakers)


# An order word as the sentence's whole first clause ("随后，") or glued before its subject ("首先赵院长…"): matched
# by the word, not by a fixed length, so an order word of any length may join the table.
_ORDER_LEAD = re.compile(rf"(?:{alt(ORDER_LEADS)})[，,：:]?\s*")


def _bare_decision(text: str, sentence: int, pos: int, stop: int, para: int) -> Cue | None:
    """"会议以…方式，审议通过了…": a decision verb opening a later clause of a sentence whose subject is the meeting
    acting; the cue runs from the meeting through the verb (and its 了)."""
    match = _BARE_DECISION.match(text, pos, stop)
    if match is None or pos - sentence > _WINDOW or not _meeting_acts(text, sentence, pos):
        return None
    if not _verb_ok(text, match, stop):
        return None
    colon = text[sentence:pos].rstrip()
    if colon.endswith(("：", ":")):
        # "大会形成决议：批准…": the clause before the colon announces the decision, which the verb starts.
        return Cue(sentence, sentence + len(colon) - 1, pos, para, None, sentence)
    return Cue(sentence, match.end("le") if match.group("le") else match.end("verb"), match.end(), para, None, sentence)


def _meeting_acts(text: str, sentence: int, pos: int) -> bool:
    """Whether the sentence starts with the meeting acting ("会议听取了汇报，", "会议就…作出部署，"), not with a time
    or a place ("会议期间，", "会议在京召开，")."""
    subject = _MEETING_SUBJECT.match(text, sentence, pos)
    if subject is None:
        return False
    # An adverb may stand before what makes the meeting no agent: "大会首先由…作了开幕词" is 大会由….
    after = _ADVERBS.match(text, subject.end(), pos)
    after_end = subject.end() if after is None else after.end()
    if text.startswith(MEETING_NOT_ACTING, after_end, pos) and not _deploys(text, after_end, pos):
        return False
    # "希望论坛为…", "浙江省委30日召开常委扩大会议，提出": a verb before the noun makes it no subject.
    return not any(verb in subject.group() for verb in (*SPEECH_VERBS, *OPENING_VERBS, *ATTENDING_VERBS))


def _deploys(text: str, start: int, pos: int) -> bool:
    """"会议对…进行全面部署，": the clause after the meeting noun lays out work (对…部署 / 对…作出安排)."""
    clause = text[start:pos].rstrip("，, ")
    return text.startswith("对", start) and clause.endswith(MEETING_DEPLOYS) and not any(m in clause for m in _CLAUSE_BREAKS)


# The honorific a name may carry before its speech ("王芳同志讲话"): no part of the name.
_COMRADE = "同志"


def _subject(text: str, sentence: int, pos: int, speakers: Speakers) -> tuple[int, str] | None:
    """Where the person the clause at `pos` continues starts, and the person as printed."""
    for subject in _subject_starts(text, sentence, pos):
        clause = text[subject : _clause_end(text, subject, pos)]
        # "县长王芳（同志）讲话，希望…": the speech after the name, and 同志 before it, are no part of the name (王芳讲,
        # 王芳同 would read as names of three); subject_name reads a name only with something after it, so the first
        # character of what is cut stays.
        speech = next((word for word in SPEECH_WORDS if clause.endswith(word)), "")
        if speech:
            cut = clause[: len(clause) - len(speech)]
            cut = cut.removesuffix(_COMRADE) if len(cut) > len(_COMRADE) else cut
            clause = clause[: len(cut) + 1]
        who = subject_name(clause, speakers)
        if who is not None and pos - subject <= _WINDOW:
            return subject, who
    return None


def _pronoun_subject(text: str, sentence: int, pos: int, speakers: Speakers) -> tuple[int, str] | None:
    """"他在讲话中充分肯定了…，指出": a pronoun that stands for someone seen speaking is the sentence's subject too."""
    if pos - sentence <= _WINDOW and text.startswith(PRONOUNS, sentence) and speakers.knows(text[sentence]):
        return sentence, text[sentence]
    return None


def match_pronoun(text: str, sentence: int, pos: int, end: int, para: int, speakers: Speakers) -> Cue | None:
    """"胡启恒在致辞中回顾了…，她说": a pronoun opening a later clause of a sentence that starts with a person
    speaks for that person, even before anyone was seen speaking."""
    if not text.startswith(PRONOUNS, pos) or speakers.knows(text[pos]):
        return None
    found = _subject(text, sentence, pos, speakers)
    if found is None:
        return None
    known = {**speakers.known, text[pos]: (text[pos],)}
    cue = match_cue(text, pos, end, para, Speakers(known, speakers.meetings), clause=True)
    # The speaker is the person the pronoun stands for.
    return None if cue is None or cue.who not in PRONOUNS else replace(cue, who=found[1])


def _subject_starts(text: str, sentence: int, pos: int) -> list[int]:
    """Where the subject of the clause at `pos` may start, in order: the clause before it when that one ends
    with a speech ("全国政协主席俞正声出席并讲话，强调"), after a lead-in that ends in a colon ("央视网消息（新闻联播）：
    国家主席…"), the sentence start."""
    starts = []
    before = _previous_clause(text, sentence, pos)
    if before > sentence and text[before:pos].rstrip("，, ").endswith(SPEECH_WORDS):
        starts.append(before)
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


def _after_marker(text: str, start: int, pos: int) -> int:
    """Where a subject starts when an item's marker opens its clause ("二是县长王明讲话，希望…"): after the marker."""
    marker = match_marker(text, start, pos, True)
    return marker[3] if marker is not None and marker[1] > 0 else start


def _previous_clause(text: str, sentence: int, pos: int) -> int:
    """The start of the clause before the one at `pos` (the sentence start when there is none)."""
    i = pos - 1
    while i > sentence and (text[i] in _CLAUSE_BREAKS or text[i].isspace()):
        i -= 1
    while i > sentence and text[i - 1] not in _CLAUSE_BREAKS:
        i -= 1
    return i


def _meeting_cue(text: str, pos: int, stop: int, para: int) -> Cue | None:
    match = _MEETING_CUE.match(text, pos, stop)
    if match is not None and _verb_ok(text, match, stop):
        obj = None
        if not match.group("sep"):
            obj = (_MEETING_OBJECT if match.group("le") else _ANNOUNCED_OBJECT).match(text, match.end(), stop)
            obj = obj or _items_follow(_COUNTED_OBJECT.match(text, match.end(), stop), text, stop)
        if obj is not None:
            # "会议明确了今年…的目标任务：1.…": the object before the colon is the cue's, as a speaker's
            # "提出三点要求：" is; the point's text follows the colon.
            return Cue(pos, obj.start("sep"), obj.end(), para, None, pos)
        return Cue(pos, match.end("le") if match.group("le") else match.end("verb"), match.end(), para, None, pos)
    match = _DOCUMENT_CUE.match(text, pos, stop)
    if match is not None and not any(word in _unquoted(match.group("subj")) for word in (*DOCUMENT_NOT_IN, "在")):
        # Not "各方应该将…有关决议要求落到实处": there the document is what someone acts on; nor "丁薛祥在报告中指出",
        # a person speaking with the document as the setting.
        return Cue(pos, match.end("verb"), match.end(), para, None, pos)
    match = _AT_CUE.match(text, pos, stop)
    if match is not None and match.group("verb"):
        return _said_at(text, match, stop, para)
    if match is not None and (match.group("sep") or match.group("adv")) and _place_states(text, match, stop):
        end = match.end("adv") if match.group("adv") else match.end("subj") + 1
        return Cue(pos, end, match.end(), para, None, pos, place=True)
    return None


def _items_follow(obj: re.Match[str] | None, text: str, stop: int) -> re.Match[str] | None:
    """`obj` when the first item follows it ("…五项具体要求。一是…"), in its paragraph or at the next one's start
    (past `stop`, the paragraph's end), else None."""
    if obj is None:
        return None
    at = obj.end()
    while at < len(text) and text[at].isspace():
        at += 1
    return obj if _opens_items(text, at, min(len(text), at + _WINDOW)) else None


def _opens_items(text: str, at: int, stop: int) -> bool:
    """Whether the first item of an enumeration (一是, 第一, 1.) starts at `at`, before `stop`."""
    first = match_marker(text, at, stop, True) if at < stop else None
    return first is not None and first[1] == 1


def _own_meeting_cue(text: str, pos: int, stop: int, para: int, nouns: frozenset[str]) -> Cue | None:
    """"对接会要求，…": the noun of a meeting the report opened as the subject of a meeting verb."""
    if not nouns:
        return None
    match = _OWN_MEETING_CUE.match(text, pos, stop)
    if match is None or match.group("noun") not in nouns or not _verb_ok(text, match, stop):
        return None
    return Cue(pos, match.end("le") if match.group("le") else match.end("verb"), match.end(), para, None, pos)


def _said_at(text: str, match: re.Match[str], stop: int, para: int) -> Cue | None:
    """"会上强调，…": the place stands for the meeting as the subject of its statement, which follows the verb
    (its comma may be left out, "会上要求各地…"), as after 会议强调; not at a press conference or an earlier meeting."""
    subject, after = match.group("subj"), text[match.end("verb") : match.end("verb") + 1]
    place = subject.removeprefix("在")
    # Only a place: "省长王明5日在会上指出" is a person's cue with the place as its setting.
    if "在" in place or not (place == "会" or _MEETING_SUBJECT.fullmatch(place)) or not_a_meeting(subject):
        return None
    if _earlier_meeting(subject) or (not match.group("sep") and after in _NOT_A_STATEMENT):
        return None
    return Cue(match.start(), match.end("verb"), match.end(), para, None, match.start())


def _place_states(text: str, match: re.Match[str], stop: int) -> bool:
    """Whether a place cue opens a statement: not at a press conference ("在当天的新闻发布会上，"), whose
    answers are no meeting's points, nor at an earlier meeting ("2023年初召开的村民代表大会上，"), nor before
    procedure ("会上宣读了…")."""
    subject = match.group("subj")
    return not not_a_meeting(subject) and not _earlier_meeting(subject) and not _procedure(text, match.end(), stop)


def _procedure(text: str, start: int, stop: int) -> bool:
    """Whether the sentence from `start` reports procedure ("…作了汇报", "宣读了…名单"), not a statement."""
    end = text.find("。", start, stop)
    sentence = text[start : stop if end < 0 else end]
    return any(_presents(sentence, act) for act in _PRESENTING.finditer(sentence))


def _presents(sentence: str, act: re.Match[str]) -> bool:
    """Whether `act` presents to the meeting: any presenting verb, and a speech (作交流发言) unless given in turn
    (先后作了交流发言: the guests' statements) or described by what it covered (结合工作实际作了交流发言)."""
    if act.group("kind") != "发言":
        return True
    if any(word in sentence[: act.start()] for word in TURN_ADVERBS):
        return False
    return _DESCRIBED_SPEECH.search(sentence, 0, act.start()) is None


def _verb_ok(text: str, match: re.Match[str], stop: int) -> bool:
    subject = match.group("subj")
    if subject.startswith(MEETING_CUE_NOT_AFTER) or any(word in subject for word in MEETING_OBJECT_OF):
        # "围绕…常委会部署要求", "与会代表围绕…会议部署": the meeting is a preposition's object, not the subject of a cue.
        return False
    if _earlier_meeting(subject):
        return False
    if subject.startswith(PASSIVE_AGENT) and not match.group("le") and match.group("verb").endswith(DECISIONS):
        # "经省委常委会会议审议通过，…印发《措施》": 经 makes the meeting the agent of what the sentence's subject
        # issues, a decision verb with no object of its own; it states nothing itself.
        return False
    if _calls_the_meeting(match.group("subj")):
        return False
    if match.group("le") and _TOPIC_ONLY.match(text, match.end(), stop):
        # "会议研究部署了下一步工作。": the meeting went through a topic, it stated nothing.
        return False
    if match.group("verb") == "提出" and _submits(text, match.end(), stop):
        # "会议还提出了…选举办法(草案)，提请全体代表酝酿": drafts put to another sitting, a step of procedure.
        return False
    if _CONTENT_FREE.match(text, match.end(), stop):
        # "会议还表决通过了有关任免案。", "会议还研究了其他事项。": a closing line that names nothing decided.
        return False
    after = match.end("verb")
    if not match.group("le") and not match.group("sep") and after < stop and text[after] == "的":
        # "…全会部署的构建新发展格局": the verb qualifies a noun, it opens no statement.
        return False
    # "会议通过视频形式召开" uses 通过 as "by means of": only "通过了" / "通过《…》" / "通过," state a decision.
    if match.group("verb") != "通过" or match.group("le") or match.group("sep"):
        return True
    return after < stop and text[after] == "《"


def _submits(text: str, start: int, stop: int) -> bool:
    """Whether the sentence from `start` puts what it names to others for deliberation (…，提请…审议)."""
    end = text.find("。", start, stop)
    return SUBMITS_TO in text[start : stop if end < 0 else end]


def _earlier_meeting(subject: str) -> bool:
    """"去年底召开的中央经济工作会议强调", "2023年初召开的村民代表大会上": an earlier meeting quoted or recalled, not the
    one reported."""
    return any(word in subject for word in PAST_WORDS) and any(word in subject for word in ("召开的", "举行的"))


def _calls_the_meeting(subject: str) -> bool:
    """"县委书记李刚主持召开县委常委会会议强调": the meeting is the object of whoever called or attended it, so the verb
    after it is that person's, not the meeting's; "昨天召开的常务会议指出" qualifies the meeting and is its subject."""
    for verb in (*OPENING_VERBS, *ATTENDING_VERBS):
        at = subject.find(verb)
        if at >= 0 and "的" not in subject[at:]:
            return True
    return False


def _clause_end(text: str, pos: int, stop: int) -> int:
    for i in range(pos, stop):
        if text[i] in _CLAUSE_BREAKS:
            return i
    return stop


def _person_cue(text: str, pos: int, stop: int, para: int, speakers: Speakers, clause: bool) -> Cue | None:
    cue = _object_cue(text, pos, stop, para, speakers) or _message_cue(text, pos, stop, para, speakers)
    if cue is not None:
        return cue
    limit = _clause_end(text, pos, stop)
    if not clause and limit < stop and text[limit] in "：:" and is_label(text[pos:limit], speakers):
        # A transcript's speaker label ("成思危：各位嘉宾…"): one point per turn.
        sep = _AFTER_VERB.match(text, limit, stop)
        return Cue(pos, limit, sep.end() if sep else limit + 1, para, text[pos:limit], pos)
    for verb in _VERB.finditer(text, pos, limit):
        sep = _AFTER_VERB.match(text, verb.end(), stop)
        text_start = sep.end() if sep is not None else verb.end()
        if text_start == verb.end() and (
            verb.group("verb") not in BARE_OBJECT_VERBS
            or _courtesy(text, verb.end(), limit)
            or text[verb.end() : verb.end() + 1] in tuple(_NOT_A_STATEMENT)
        ):
            continue
        if not verb.group("adv") and text[pos : verb.start()].endswith(VERB_AS_NOUN_AFTER):
            continue
        who = speaker_of(text[pos : verb.start()], speakers, clause, verb.group("adv"))
        if who is not None and not _at_no_meeting(text[pos + len(who) : verb.start()]):
            return Cue(pos, verb.end(), text_start, para, who, pos)
    return None


def _at_no_meeting(setting: str) -> bool:
    """"在发布会上", "在新闻发布会上": a speaker's setting that is no meeting of this stage (a press conference
    reports answers, not points), as for a place cue."""
    at = setting.find("上")
    return at > 0 and not_a_meeting(setting[:at])


def _object_cue(text: str, pos: int, stop: int, para: int, speakers: Speakers) -> Cue | None:
    """"李克强就…合作提出建议：": the cue runs to the colon (or stop) and the point's text follows it."""
    sentence_end = text.find("。", pos, stop)
    window = text[pos : stop if sentence_end < 0 else sentence_end + 1]
    if not any(word in window for word in _OBJECT_HINTS):
        return None
    end = stop if sentence_end < 0 else sentence_end + 1
    tail = _OBJECT_TAIL.search(text, pos, end) or _listed_tail(text, pos, end, stop)
    if tail is None or any(mark in text[pos : tail.start()] for mark in "，,；;：:"):
        return None
    if tail.group("sep")[0] in "，," and _next_member(text, tail.end(), stop, speakers):
        # "委员甲就…提出建议，委员乙…": members in a row, the object named before the next member speaks is a topic.
        return None
    subject = text[pos : tail.start()]
    if len(subject) == 2 and subject.endswith(SIDE_SUFFIX) and is_han(subject[0]):
        return Cue(pos, tail.start("sep"), tail.end(), para, subject, pos)
    for k in range(1, min(len(subject), WHO_MAX) + 1):
        # The object verb's own settings may follow the name ("…为全镇开展好主题教育提出了…意见"), as in a later clause.
        setting = CONTEXT.fullmatch(subject, k) is not None or _OBJECT_SETTING.match(subject, k) is not None
        if setting and is_person(subject[:k], speakers):
            return Cue(pos, tail.start("sep"), tail.end(), para, subject[:k], pos)
    return None


def _next_member(text: str, at: int, stop: int, speakers: Speakers) -> bool:
    """Whether the clause at `at` starts with a member's title and name ("委员王明…"), the next of members in a row."""
    who = subject_name(text[at : _clause_end(text, at, stop)], speakers)
    return who is not None and is_member(who)


def _listed_tail(text: str, pos: int, end: int, stop: int) -> re.Match[str] | None:
    """The first freely described object before `end` that the first item of an enumeration follows."""
    for tail in _LISTED_TAIL.finditer(text, pos, end):
        if _opens_items(text, tail.end(), stop):
            return tail
    return None


def _message_cue(text: str, pos: int, stop: int, para: int, speakers: Speakers) -> Cue | None:
    """"国家主席习近平致信祝贺，全文如下：": a person's written message printed after the colon."""
    sentence_end = text.find("。", pos, stop)
    end = stop if sentence_end < 0 else sentence_end
    if text.find(MESSAGE_FOLLOWS, pos, end) < 0:
        return None
    tail = _MESSAGE_TAIL.search(text, pos, end)
    if tail is None or any(mark in text[pos : tail.start()] for mark in _CLAUSE_BREAKS):
        return None
    who = text[pos : tail.start()]
    return Cue(pos, tail.start("sep"), tail.end(), para, who, pos) if is_person(who, speakers) else None


def _courtesy(text: str, start: int, end: int) -> bool:
    """"表示诚挚的感谢": thanks or greetings, not a statement."""
    return any(word in text[start:end] for word in COURTESY_WORDS)


def _unquoted(text: str) -> str:
    """`text` without what stands inside 《》 (a title may hold any word)."""
    return re.sub(r"《[^》]*》", "", text)


