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

This module holds the entry points and the person's speech-verb cue; the first three families are read in
meeting_cues.py, a speaker's object or message in object_cues.py, the subject a later clause continues in
subjects.py, and the Cue record with what they all share in cue_grammar.py.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .cue_grammar import ADV, AFTER_VERB, NOT_A_STATEMENT, SEP, WINDOW, Cue, clause_end
from .meeting_cues import (
    OWN_NOUN_LENGTH,
    bare_decision,
    continued_decision,
    meeting_acts,
    meeting_cue,
    own_meeting_cue,
)
from .object_cues import (
    addressed_items,
    clause_object,
    counted_tasks,
    listed_proposals,
    message_cue,
    names_object,
    object_cue,
    stated_next,
)
from .openings import not_a_meeting
from .people import is_han
from .speakers import CONTEXT, Speakers, alt, is_label, role_subject, speaker_of
from .subjects import joined_subject, pronoun_subject, sentence_subject, subject_sentence
from .terms import (
    BARE_OBJECT_VERBS,
    COURTESY_WORDS,
    EXAMPLE_WORDS,
    MEETING_NOUNS,
    MEETING_ONLY_VERBS,
    MODAL_OBJECT_VERBS,
    OBJECT_SETTINGS,
    ORDER_LEADS,
    PRONOUNS,
    PROPOSITION_VERBS,
    SEPARATED_VERBS,
    SPEECH_VERBS,
    STATEMENT_MODALS,
    SUBJECTLESS_LEADS,
    SUBJECTLESS_VERBS,
    UNANIMOUS_LEAD,
    UNANIMOUS_VERBS,
    VERB_AS_NOUN_AFTER,
)

__all__ = ["OWN_NOUN_LENGTH", "Cue", "match_bare_verb", "match_cue", "match_pronoun", "match_subjectless"]

# A speaker's manner may stand before the verb: "语重心长地说", "坚定地表示".
_VERB = re.compile(rf"(?P<adv>(?:[^\W\d_]{{1,4}}地)?{ADV})(?P<verb>{alt(SPEECH_VERBS)})")


def match_cue(text: str, pos: int, end: int, para: int, speakers: Speakers, *, clause: bool = False) -> Cue | None:
    """The cue that opens the sentence (or, with `clause`, the clause) at `pos`, or None."""
    stop = min(end, pos + WINDOW)
    cue = meeting_cue(text, pos, stop, para) or own_meeting_cue(text, pos, stop, para, speakers.meetings)
    if cue is not None and _studied_meeting(text, pos):
        return None
    if cue is None and not clause:
        cue = continued_decision(text, pos, stop, para)
    if cue is None:
        # An order word glued before the speaker ("最后刘东书记就…提出要求"): the cue is printed from the name.
        glued = _ORDER_GLUED.match(text, pos, stop)
        cue = _person_cue(text, glued.end() if glued else pos, stop, para, speakers, clause)
    return cue


# The subject of a sentence inside a paragraph that names a meeting studied, not the one reported ("…召开会议，学习贯彻
# 六中全会精神。…会议指出，…。全会充分肯定了…"): the statement reports what that meeting said.
_STUDIED_NOUNS = re.compile(rf"(?:{alt(tuple(noun for noun in MEETING_NOUNS if noun != '会议'))})(?=[^\W\d_])")


def _studied_meeting(text: str, pos: int) -> bool:
    """Whether the sentence at `pos`, inside a paragraph, opens on the noun of a meeting whose 精神 the text studies
    before it."""
    noun = _STUDIED_NOUNS.match(text, pos)
    return noun is not None and pos > 0 and text[pos - 1] != "\n" and f"{noun.group()}精神" in text[:pos]


# A clause right before the verb saying what the subject received from others (受到…的高度关注和积极评价，…): the
# verb after it is theirs.
_RECEIVED = re.compile(r"(?:受到|得到|获得|引起|引发|赢得)[^，,。；;]{0,20}?(?:关注|评价|好评|赞誉|赞扬|称赞|欢迎|热议|反响)[，,]\s*$")


def match_bare_verb(text: str, sentence: int, pos: int, end: int, para: int, speakers: Speakers) -> Cue | None:
    """"张国强肯定了…进展，强调…": a speech verb opening the clause at `pos` of a sentence that starts with a
    person (its subject); the cue runs from the name through the verb."""
    stop = min(end, pos + WINDOW)
    listed = clause_object(text, sentence, pos, stop, para, speakers)
    if listed is not None:
        return listed
    verb = _VERB.match(text, pos, stop)
    if verb is None:
        return _led_tasks(text, sentence, pos, stop, para, speakers) or bare_decision(text, sentence, pos, stop, para)
    if verb.end() >= stop or text[verb.end()] in NOT_A_STATEMENT:
        return _counted_after(text, sentence, pos, verb, stop, para, speakers) or bare_decision(
            text, sentence, pos, stop, para
        )
    # After a comma the verb takes its statement with or without one ("，强调要按照…").
    sep = AFTER_VERB.match(text, verb.end(), stop)
    counted = _counted_after(text, sentence, pos, verb, stop, para, speakers) if sep is None else None
    if counted is not None:
        # "…，并强调两点：一是…": the count glued to the verb announces the items, as after 了.
        return counted
    if sep is None and (
        verb.group("verb") in SEPARATED_VERBS or names_object(text, verb, stop) or stated_next(text, verb.end(), stop)
    ):
        return None
    if _RECEIVED.search(text, sentence, pos) is not None:
        # "…发表的主旨演讲，受到海外各界的高度关注和积极评价，认为…": those who reacted think it, not the speaker.
        return None
    return _subject_verb(text, sentence, pos, verb, sep, para, speakers)


def _subject_verb(
    text: str, sentence: int, pos: int, verb: re.Match[str], sep: re.Match[str] | None, para: int, speakers: Speakers
) -> Cue | None:
    """The cue of `match_bare_verb`'s verb that opens a statement: from the sentence's subject (a person, a pronoun
    for one, or the meeting) through the verb."""
    text_start = sep.end() if sep else verb.end()
    # "最后，王校长总结了…，强调指出，…": the person after an order word is the sentence's subject too.
    found = sentence_subject(text, sentence, pos, speakers)
    if found is None and (sep is not None or verb.group("verb") in PROPOSITION_VERBS or _modal_after(text, verb)):
        # A pronoun's later verb opens a statement when its separator follows ("…，指出，…"), or when its object can
        # only be what was said ("她高度评价…，表示华人已成为…", "…，并指出要加强…"); a chained verb with its addressee
        # ("他还阐述了…，呼吁发达成员…") narrates what he did.
        found = pronoun_subject(text, sentence, pos, speakers)
    if found is not None:
        # A person's 号召 carries his point on; "…。李克强总理作出批示，要求…" inside a speaker's paragraph is quoted.
        if verb.group("verb") in MEETING_ONLY_VERBS or _cited_leader(text, found[0], found[1], speakers):
            return None
        return Cue(found[0], verb.end(), text_start, para, found[1], subject_sentence(text, sentence, found[0]))
    if pos - sentence <= WINDOW and meeting_acts(text, sentence, pos):
        # "会议认真分析了当前形势，认为…": the meeting is the subject; the cue runs from it through the verb.
        return Cue(sentence, verb.end(), text_start, para, None, sentence)
    return None


# A later clause's verb after a short lead-in of what the tasks rest on ("…传达了县委会议精神，结合本镇实际提出四点要
# 求：一是…", "…，并对下一步工作提出要求：第一，…"): read only where its tasks, counted or put before a colon, follow it
# and its first item opens the statement.
_LED_VERB = re.compile(rf"并?(?:结合|围绕|针对|就|对)[^\W\d_]{{1,24}}?{ADV}(?P<verb>{alt(SPEECH_VERBS)})")


def _led_tasks(text: str, sentence: int, pos: int, stop: int, para: int, speakers: Speakers) -> Cue | None:
    """The cue of a clause whose lead-in comes before the verb of its tasks (counted, or put before a colon), its
    subject the sentence's person or the person opening the clause before (`joined_subject`)."""
    led = _LED_VERB.match(text, pos, stop)
    # The tasks counted (提出四点要求：) or not (提出要求：): the items after the colon are what was asked.
    tasks = (counted_tasks(text, led.end(), stop) or addressed_items(text, led.end(), stop)) if led is not None else None
    if tasks is None:
        return None
    found = sentence_subject(text, sentence, pos, speakers) or joined_subject(text, sentence, pos, speakers)
    if found is None:
        return None
    return Cue(found[0], tasks[0], tasks[1], para, found[1], subject_sentence(text, sentence, found[0]))


# How a left-out subject's verb may be qualified ("并进一步强调", "同时特别指出").
_SUBJECTLESS_ADVERBS = ("进一步", "再次", "特别", "着重", "反复", "明确")
_SUBJECTLESS = re.compile(
    rf"(?:{alt(SUBJECTLESS_LEADS)})+(?:{alt(_SUBJECTLESS_ADVERBS)})?(?P<verb>{alt(SUBJECTLESS_VERBS)})(?:{SEP})?"
)


_UNANIMOUS = re.compile(rf"{UNANIMOUS_LEAD}(?P<verb>{alt(UNANIMOUS_VERBS)}){SEP}")
# A sentence that opens on the addressees of the requirements it announces, its speaker left out ("向与会的师生提出
# 要求和希望：假期内要…"): what follows the colon is what the one before put to them.
_ADDRESSED = re.compile(
    r"向[^，,。；;：:！？!?\n]{1,20}?(?P<verb>提出)了?(?:要求|希望|期望)(?:[和与及](?:要求|希望|期望))?(?P<sep>[：:]\s*)"
)


def match_subjectless(text: str, pos: int, end: int, para: int, first: bool = False) -> Cue | None:
    """"同时指出，…": a sentence whose subject is left out, the one of the sentence before speaking anew; with
    `first` (no one has spoken yet), only the people at the meeting speaking as one ("一致认为，…") or requirements
    put to the addressees the sentence opens on (向与会的师生提出要求和希望：…)."""
    patterns = (_UNANIMOUS, _ADDRESSED) if first else (_SUBJECTLESS, _UNANIMOUS, _ADDRESSED)
    match = next((m for p in patterns if (m := p.match(text, pos, min(end, pos + WINDOW))) is not None), None)
    if match is not None and match.re is _ADDRESSED:
        return Cue(pos, match.start("sep"), match.end(), para, None, pos)  # the cue runs through its object
    if match is not None and match.re is _SUBJECTLESS and not match.group("sep"):
        return _glued_statement(text, pos, match.end("verb"), match.group("verb"), para)
    return None if match is None else Cue(pos, match.end("verb"), match.end(), para, None, pos)


def _glued_statement(text: str, pos: int, at: int, verb: str, para: int) -> Cue | None:
    """The left-out subject's verb with its statement glued on: 强调 / 指出 before a modal ("并进一步强调党政领导干部
    首先要…"), or a verb whose glued object is what was said or whom it is put to ("同时要求全村党员干部对…")."""
    if verb in MODAL_OBJECT_VERBS and _MODAL_OPENING.match(text, at) is None:
        return None
    if at >= len(text) or not is_han(text[at]):
        return None
    return Cue(pos, at, at, para, None, pos)


def match_pronoun(text: str, sentence: int, pos: int, end: int, para: int, speakers: Speakers) -> Cue | None:
    """"胡启恒在致辞中回顾了…，她说": a pronoun opening a later clause of a sentence that starts with a person
    speaks for that person, even before anyone was seen speaking."""
    if not text.startswith(PRONOUNS, pos) or speakers.knows(text[pos]):
        return None
    found = sentence_subject(text, sentence, pos, speakers)
    if found is None and not any(mark in text[sentence:pos] for mark in "。！？!?"):
        # "集团总经理分析了…，他指出": a role alone opens the pronoun's own sentence (not "各地代表参加。他说").
        found = role_subject(text, sentence)
    if found is None:
        return None
    known = {**speakers.known, text[pos]: (text[pos],)}
    speaking = Speakers(known, speakers.meetings, speakers.reporters)
    cue = match_cue(text, pos, end, para, speaking, clause=True) or _narrated_modal(text, pos, end, para)
    # The speaker is the person the pronoun stands for.
    return None if cue is None or cue.who not in PRONOUNS else replace(cue, who=found[1])


def _narrated_modal(text: str, pos: int, end: int, para: int) -> Cue | None:
    """"黄校长作了总结并提出要求，他强调广大教师要…": in a sentence that starts with the person, the pronoun's 强调 /
    指出 glued to a statement with its modal states, as a name's does; the sentence narrates, no one quotes in it."""
    verb = _VERB.match(text, pos + 1, min(end, pos + WINDOW))
    if verb is None or not _modal_after(text, verb):
        return None
    return Cue(pos, verb.end(), verb.end(), para, text[pos], pos)


# A sentence that opens on a modal and a preposition ("要对政协委员严格要求，…", "要把…"): a statement's own sentence,
# its subject left out, not a speaker named before a verb.
_MODAL_LEAD = re.compile(rf"(?:{alt(STATEMENT_MODALS)})(?:{alt(OBJECT_SETTINGS)}|把|以|从|将|在)")


def _person_cue(text: str, pos: int, stop: int, para: int, speakers: Speakers, clause: bool) -> Cue | None:
    if _MODAL_LEAD.match(text, pos, stop):
        return None
    cue = object_cue(text, pos, stop, para, speakers) or message_cue(text, pos, stop, para, speakers)
    if cue is not None:
        return cue
    limit = clause_end(text, pos, stop)
    start = pos
    turn = _TURN.match(text, pos, limit)
    if turn is not None:
        # "但他指出，…": the speaker follows a turn of the argument, printed with the cue.
        pos = turn.end()
    timed = _TIMED_SETTING.match(text, pos, limit)
    if timed is not None:
        # "在同…学员座谈时总书记说": the occasion printed before the speaker with no comma is a lead-in, as after one.
        pos = start = timed.end()
    if not clause and limit < stop and text[limit] in "：:" and is_label(text[pos:limit], speakers):
        # A transcript's speaker label ("成思危：各位嘉宾…"): one point per turn.
        sep = AFTER_VERB.match(text, limit, stop)
        return Cue(pos, limit, sep.end() if sep else limit + 1, para, text[pos:limit], pos)
    for verb in _VERB.finditer(text, pos, limit):
        sep = AFTER_VERB.match(text, verb.end(), stop)
        text_start = sep.end() if sep is not None else verb.end()
        # Counted tasks right before the items ("强调三点要求，一要…") are the cue's, whatever the verb.
        tasks = (counted_tasks(text, verb.end(), stop) or addressed_items(text, verb.end(), stop)) if sep is None else None
        named = speakers.knows(text[pos : verb.start()])
        if _states_nothing(text, pos, verb, limit, bare=text_start == verb.end() and tasks is None, named=named):
            continue
        who, verb = _speaker_before(text, pos, verb, speakers, clause)
        if (
            who is not None
            and not _at_no_meeting(text[pos + len(who) : verb.start()])
            and not _recalled(text, pos, who, verb, speakers)
        ):
            if tasks is not None:
                return Cue(start, tasks[0], tasks[1], para, who, start)
            cue = _through_next_verb(text, Cue(start, verb.end(), text_start, para, who, start), verb, stop)
            return _through_attitude(text, cue, verb, stop)
    return None


# A manner adverb's shorter readings, its characters before 地 (亲切地 of 胡老师亲切地指出).
_MANNER_LENGTHS = (2, 3)


def _speaker_before(
    text: str, pos: int, verb: re.Match[str], speakers: Speakers, clause: bool
) -> tuple[str | None, re.Match[str]]:
    """The speaker before `verb` and the verb's match read with it. The search takes the first place a manner
    adverb can start, which may lie inside the name (老师亲切地 of 胡老师亲切地指出): with no speaker before it, the
    adverb is read shorter, two or three characters before its 地, and the name gets the rest."""
    who = speaker_of(text[pos : verb.start()], speakers, clause, verb.group("adv"))
    manner = verb.group("adv").find("地") + 1
    if who is not None or not manner:
        return who, verb
    end = verb.start() + manner - 1
    for length in _MANNER_LENGTHS:
        if length + 1 < manner and (shorter := _VERB.match(text, end - length, verb.end())) is not None:
            who = speaker_of(text[pos : end - length], speakers, clause, shorter.group("adv"))
            if who is not None:
                return who, shorter
    return None, verb


# The verbs that make a speech verb after them its object, a noun: 进行强调, 作了强调, 做了部署.
_NOUN_MAKERS = ("进行", "进行了", "作", "作了", "做", "做了")


def _through_next_verb(text: str, cue: Cue, verb: re.Match[str], stop: int) -> Cue:
    """"…对…进行再次强调，要求…": a speech verb after 进行 (or 作, 做) is its object, a noun; a speech verb opening the
    next clause states, and the cue runs through it. With none there, the statement follows the noun (…进行了强调，…)."""
    if not text.endswith(_NOUN_MAKERS, 0, verb.start()) or cue.text_start == verb.end():
        return cue
    after = _VERB.match(text, cue.text_start, stop)
    return cue if after is None or after.group("adv") else _through(text, cue, after, stop)


def _through(text: str, cue: Cue, after: re.Match[str], stop: int) -> Cue:
    """`cue` run through the speech verb `after` that states, its text after the verb's separator."""
    sep = AFTER_VERB.match(text, after.end(), stop)
    return replace(cue, end=after.end(), text_start=sep.end() if sep is not None else after.end())


# An attitude taken, alone in its clause after 表示 ("对中方主办峰会表示支持，一致同意…").
_ATTITUDE = re.compile(r"了?(?:充分|完全|坚决|大力|积极|一致)?的?(?:支持|赞同|赞成|欢迎|认可)[，,]\s*")


def _through_attitude(text: str, cue: Cue, verb: re.Match[str], stop: int) -> Cue:
    """"与会领导人对…表示支持，一致同意…": an attitude the speaker took states nothing; a speech verb opening the next
    clause does, and the cue runs through it. With none there, the attitude's clause is the text, as before."""
    attitude = _ATTITUDE.match(text, cue.text_start, stop) if verb.group("verb") == "表示" else None
    after = _VERB.match(text, attitude.end(), stop) if attitude is not None else None
    return cue if after is None else _through(text, cue, after, stop)


# Words that make the speech verb after them a noun: 的 (…对高级干部的要求), or a conjunction joining it to the noun
# before (…工作安排和要求作了说明).
_NOUN_JOINS = ("的", "和", "及", "与")


def _counted_after(
    text: str, sentence: int, pos: int, verb: re.Match[str], stop: int, para: int, speakers: Speakers
) -> Cue | None:
    """"吉祥生作了总结讲话，强调了以下几点，一是…": a later clause's verb with 了 whose counted tasks the items follow
    states them; the cue runs from the sentence's subject through the count."""
    tasks = counted_tasks(text, verb.end(), stop) if verb.end() < stop else None
    found = sentence_subject(text, sentence, pos, speakers) if tasks is not None else None
    if tasks is None or found is None or verb.group("verb") in MEETING_ONLY_VERBS:
        return None
    return Cue(found[0], tasks[0], tasks[1], para, found[1], subject_sentence(text, sentence, found[0]))


def _states_nothing(
    text: str, pos: int, verb: re.Match[str], limit: int, *, bare: bool, named: bool = False
) -> bool:
    """Whether a person's speech verb states nothing where it stands: a verb only a meeting states by (王明号召…), a
    verb made a noun by the word before it (工作要求, …对高级干部的要求，, …安排和要求), or, `bare` (no separator and no counted
    tasks after it), one that takes no statement glued to it, or courtesy. `named`: the words before the verb are a
    speaker seen before, whose name may end in a joining word's character (王爱和指出)."""
    if verb.group("verb") in MEETING_ONLY_VERBS:
        return True
    before = text[pos : verb.start()]
    if not verb.group("adv") and not named and before.endswith((*VERB_AS_NOUN_AFTER, *_NOUN_JOINS)):
        return True
    return bare and (
        (
            verb.group("verb") not in BARE_OBJECT_VERBS
            and not _modal_statement(text, pos, verb)
            and not listed_proposals(text, verb, limit)
        )
        or _courtesy(text, verb.end(), limit)
        or text[verb.end() : verb.end() + 1] in tuple(NOT_A_STATEMENT)
    )


# Adverbs of recall: 明确指出, 多次强调, 一再要求 quote what was said before, on another occasion.
_RECALLING = ("明确", "多次", "屡次", "一再")
# A leader's title printed after the name (习近平总书记, 李克强总理) is how a speaker cites the leader's instruction.
_CITED_TITLES = ("总书记", "总理")


def _recalled(text: str, pos: int, who: str, verb: re.Match[str], speakers: Speakers) -> bool:
    """"…。习近平总书记明确指出，…" in the middle of a paragraph once someone has spoken: a name not seen speaking,
    with at most a title and no setting before a verb of recall, or with a leader's title after it whatever the verb
    (`_cited_leader`), quotes an instruction inside the speaker's statement (the gold's attributions inside a
    speaker's reported speech), not someone speaking at the meeting."""
    if any(word in verb.group("adv") for word in _RECALLING):
        rest = CONTEXT.fullmatch(text, pos + len(who), verb.start())
        return _unseen_inside(text, pos, who, speakers) and rest is not None and not rest.group("ctx")
    return _cited_leader(text, pos, who, speakers)


def _cited_leader(text: str, pos: int, who: str, speakers: Speakers) -> bool:
    """"…。习近平总书记强调，…" in the middle of a paragraph once someone has spoken: a name not seen speaking with a
    leader's title printed after it cites the leader's instruction inside the speaker's statement."""
    return text.startswith(_CITED_TITLES, pos + len(who)) and _unseen_inside(text, pos, who, speakers)


def _unseen_inside(text: str, pos: int, who: str, speakers: Speakers) -> bool:
    """Whether `who` at `pos` is a name not seen speaking, inside a paragraph (not at its start), once someone has."""
    return bool(speakers.known) and not speakers.knows(who) and pos > 0 and text[pos - 1] != "\n"


# A conjunction of contrast opening a sentence before a pronoun that speaks ("但他指出"). Before a name it more often
# turns to someone outside the meeting ("但是白领林先生则表示"), so only the pronoun of a speaker seen is read.
_TURN = re.compile(rf"(?:但是|但|不过|然而)(?=[{''.join(PRONOUNS)}])")
# An occasion opening the clause before its speaker, with no comma: 在, the occasion (a few words, no 的 clause that
# would make it a noun's), 时.
_TIMED_SETTING = re.compile(r"在[^\W\d_]{2,30}?时(?=[^\W\d_])")
# An order word glued before the speaker, no comma after it ("最后刘东书记…"); 同时 joins a second speaker's words to
# the first's ("…，同时与会企业家也希望…"); 比如 / 例如 give one of the proposals the clause before sums up ("…提供了丰富
# 的想法和建议,比如卢文华同志建议…").
# An order word alone as a sentence's first clause ("最后，院长王明强调，…", "随后，…").
ORDER_CLAUSE = rf"(?:{alt(ORDER_LEADS)})[，,]\s*"
_ORDER_GLUED = re.compile(rf"(?:{alt((*ORDER_LEADS, '同时', *EXAMPLE_WORDS))})(?=[^\W\d_])")


def _modal_statement(text: str, pos: int, verb: re.Match[str]) -> bool:
    """"王明强调要…": a name's 强调 / 指出 glued to a statement that opens with a modal. Not after a pronoun, whose
    glued verb the stage leaves unread (a pronoun inside a statement quotes more often than it speaks)."""
    return _modal_after(text, verb) and (
        not text.startswith(PRONOUNS, pos) or _SENTENCE_OPENS.search(text, max(0, pos - 8), pos) is not None
    )


# A pronoun after an order word alone as its sentence's first clause ("。之后，他强调该院干警要…") speaks for the one
# before: the order word moves the report on, which no statement quoting him does. Without it, "他强调要…" after a
# point carries that point on (tests/test_meeting_real_forms.py).
_SENTENCE_OPENS = re.compile(rf"(?:^|[。！？!?\n]){ORDER_CLAUSE}$")


# The statement's modal, its own subject maybe before it ("王明强调该院干警要…", "王明指出各单位要…", "王院长强调全院上下
# 必须…"): a few words, no 的 (then the verb's object is a topic: "强调工作的重要性").
_MODAL_OPENING = re.compile(rf"[^\W\d_的]{{0,8}}?(?:{alt((*STATEMENT_MODALS, '必须', '务必'))})")


def _modal_after(text: str, verb: re.Match[str]) -> bool:
    """Whether `verb` is 强调 or 指出 glued to a statement that opens with its modal ("并指出要加强…")."""
    return verb.group("verb") in MODAL_OBJECT_VERBS and _MODAL_OPENING.match(text, verb.end()) is not None


def _at_no_meeting(setting: str) -> bool:
    """"在发布会上", "在新闻发布会上": a speaker's setting that is no meeting of this stage (a press conference
    reports answers, not points), as for a place cue."""
    at = setting.find("上")
    return at > 0 and not_a_meeting(setting[:at])


def _courtesy(text: str, start: int, end: int) -> bool:
    """"表示诚挚的感谢": thanks or greetings, not a statement."""
    return any(word in text[start:end] for word in COURTESY_WORDS)
