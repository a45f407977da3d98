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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from .people import is_han, parse_people
from .terms import (
    ATTENDING_GROUP_ENDS,
    ATTENDING_GROUP_MAX,
    ATTENDING_GROUP_START,
    ATTENDING_VERBS,
    BARE_OBJECT_VERBS,
    CONTEXT_ENDS,
    CONTEXT_SHORT,
    CONTEXT_STARTS,
    COURTESY_WORDS,
    CUE_ADVERBS,
    DOCUMENT_NOT_IN,
    DOCUMENT_NOUNS,
    GROUP_PLURAL,
    GROUP_QUANTIFIERS,
    GROUP_SPEAKERS,
    LEADER_SIDES,
    MEETING_CUE_NOT_AFTER,
    MEETING_NOT_ACTING,
    MEETING_NOUNS,
    MEETING_OBJECT_OF,
    MEETING_VERBS,
    MESSAGE_ACTS,
    MESSAGE_FOLLOWS,
    NOT_MEETINGS,
    OBJECT_NOUNS,
    OBJECT_QUALIFIERS,
    OBJECT_VERBS,
    OPENING_VERBS,
    ORG_SUFFIXES,
    PAST_WORDS,
    POST_NAME_TITLES,
    PROCEDURE_ACTS,
    PRONOUNS,
    ROLE_ENDS,
    SIDE_SUFFIX,
    SPEECH_VERBS,
    SPEECH_WORDS,
    TITLE_SUFFIXES,
    TRANSCRIPT_WORDS,
)

_WINDOW = 160
_WHO_MAX = 40
_LABEL_MAX = 20
_ROLE_MAX = 16
_CLAUSE_BREAKS = "，,。；;：:！？!?"
# What after a speech verb makes it no statement: "强调的是", "要求了", "说明", a stop.
_NOT_A_STATEMENT = "的了着过得明服并、。；;！？!?"
# A word before a speech verb that makes it a noun: "意见建议", "意见要求", "工作要求".
_NOUN_BEFORE = ("意见", "工作", "有关", "相关", "具体", "明确")


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


_ADV = f"(?:{_alt(CUE_ADVERBS)})*"
_SEP = r"(?P<sep>[，,：:]\s*)"
_MEETING_CUE = re.compile(
    rf"(?P<subj>[^\W_]{{0,24}}?(?:{_alt(MEETING_NOUNS)}))(?:在[^\W_]{{1,16}}?的同时)?(?P<adv>{_ADV})"
    rf"(?P<verb>{_alt(MEETING_VERBS)})"
    rf"(?P<le>了)?{_SEP}?"
)
# A meeting as the subject at a sentence start ("会议", "十九届四中全会").
_MEETING_SUBJECT = re.compile(rf"[^\W\d_]{{0,16}}?(?:{_alt(MEETING_NOUNS)})")
_DOCUMENT_CUE = re.compile(
    # "批示指出", "批示中指出" (the document as a setting), "《意见》提出" (a title quoted as the subject; 意见 alone is
    # too often a noun before a verb: "听取意见建议").
    rf"(?P<subj>[^\W_]{{0,16}}?(?:{_alt(DOCUMENT_NOUNS)})》?|《[^》]{{1,40}}》)中?(?P<adv>{_ADV})"
    rf"(?P<verb>{_alt(SPEECH_VERBS)}){_SEP}?"
)
_AT_CUE = re.compile(
    rf"(?P<subj>在?[^\W_]{{0,20}}?(?:{_alt(MEETING_NOUNS)}|会))上(?P<adv>还|也|同时)?{_SEP}?"
)
# A speaker's manner may stand before the verb: "语重心长地说", "坚定地表示".
_VERB = re.compile(rf"(?P<adv>(?:[^\W\d_]{{1,4}}地)?{_ADV})(?P<verb>{_alt(SPEECH_VERBS)})")
_OBJECT_TAIL = re.compile(
    rf"(?:(?:{_alt(OBJECT_VERBS)})了?(?:[一二三四五六七八九十两几\d]+(?:个方面|点|项|条|个|方面))?(?:{_alt(OBJECT_QUALIFIERS)})?(?:{_alt(OBJECT_NOUNS)})"
    rf"|(?:{_alt(TRANSCRIPT_WORDS)}))(?P<sep>[：:。，,]\s*)"
)
_TOPIC_ONLY = re.compile(r"[^\W_]{1,16}?工作[。；;]")
_CONTENT_FREE = re.compile(r"(?:有关|其他|其它|相关)[^\W_]{0,6}?(?:任免案|任免事项|人事事项|事项|议案)[。；;]")
_AFTER_VERB = re.compile(r"[，,：:]\s*")
_MESSAGE_TAIL = re.compile(
    rf"(?P<act>{_alt(MESSAGE_ACTS)})[^\W_]{{0,6}}[，,]?{re.escape(MESSAGE_FOLLOWS)}(?P<sep>[：:]\s*)"
)
# Words one of which an object cue holds: a cheap test before the regular expression.
_OBJECT_HINTS = (*OBJECT_VERBS, *(word[:2] for word in TRANSCRIPT_WORDS))
_DATE = r"(?:\d{1,2}日|[一二三四五六七八九十]{1,3}日|今天|昨天|当天|当日|同日|近日|日前)?"
# Leaders as a group: "领导人呼吁", "外方领导人", "各国领导人" (one side, 方, or 各国 before 领导人).
_LEADERS = re.compile(rf"(?:{_alt(LEADER_SIDES)}|[^\W\d_]方)?领导人们?")
_QUANTITY = re.compile(rf"^(?:{_alt(GROUP_QUANTIFIERS)}|[\d一二三四五六七八九十两几多]+[位名个])")
_CONTEXT = re.compile(rf"(?P<title>{_alt(POST_NAME_TITLES)})?{_DATE}(?P<ctx>(?:{_alt(CONTEXT_STARTS)}).*)?", re.S)


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


@dataclass(frozen=True, slots=True)
class Speakers:
    """What a person cue may name: the speakers seen so far, by first character (longest first)."""

    known: Mapping[str, Sequence[str]]

    def knows(self, who: str) -> bool:
        """Whether `who` was seen speaking (or is a pronoun once someone was)."""
        return bool(who) and who in self.known.get(who[0], ())


def match_cue(text: str, pos: int, end: int, para: int, speakers: Speakers, *, clause: bool = False) -> Cue | None:
    """The cue that opens the sentence (or, with `clause`, the clause) at `pos`, or None."""
    stop = min(end, pos + _WINDOW)
    cue = _meeting_cue(text, pos, stop, para)
    if cue is None:
        cue = _person_cue(text, pos, stop, para, speakers, clause)
    return cue


def match_bare_verb(text: str, sentence: int, pos: int, end: int, para: int, speakers: Speakers) -> Cue | None:
    """"张高丽肯定了…进展，强调…": a speech verb opening the clause at `pos` of a sentence that starts with a
    person (its subject); the cue runs from the name through the verb."""
    stop = min(end, pos + _WINDOW)
    verb = _VERB.match(text, pos, stop)
    if verb is None or verb.end() >= stop or text[verb.end()] in _NOT_A_STATEMENT:
        return None
    # After a comma the verb takes its statement with or without one ("，强调要按照…").
    sep = _AFTER_VERB.match(text, verb.end(), stop)
    text_start = sep.end() if sep else verb.end()
    found = _subject(text, sentence, pos, speakers)
    if found is not None:
        return Cue(found[0], verb.end(), text_start, para, found[1], sentence)
    if pos - sentence <= _WINDOW and _meeting_acts(text, sentence, pos):
        # "会议认真分析了当前形势，认为…": the meeting is the subject; the cue runs from it through the verb.
        return Cue(sentence, verb.end(), text_start, para, None, sentence)
    return None


def _meeting_acts(text: str, sentence: int, pos: int) -> bool:
    """Whether the sentence starts with the meeting acting ("会议听取了汇报，", "会议就…作出部署，"), not with a time
    or a place ("会议期间，", "会议在京召开，")."""
    subject = _MEETING_SUBJECT.match(text, sentence, pos)
    if subject is None or text.startswith(MEETING_NOT_ACTING, subject.end(), pos):
        return False
    # "希望论坛为…", "浙江省委30日召开常委扩大会议，提出": a verb before the noun makes it no subject.
    return not any(verb in subject.group() for verb in (*SPEECH_VERBS, *OPENING_VERBS, *ATTENDING_VERBS))


def _subject(text: str, sentence: int, pos: int, speakers: Speakers) -> tuple[int, str] | None:
    """Where the person the clause at `pos` continues starts, and the person as printed."""
    for subject in _subject_starts(text, sentence, pos):
        who = _subject_name(text[subject : _clause_end(text, subject, pos)], speakers)
        if who is not None and pos - subject <= _WINDOW:
            return subject, who
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
    cue = match_cue(text, pos, end, para, Speakers(known), clause=True)
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
        starts.append(subject)
    starts.append(sentence)
    return starts


def _previous_clause(text: str, sentence: int, pos: int) -> int:
    """The start of the clause before the one at `pos` (the sentence start when there is none)."""
    i = pos - 1
    while i > sentence and (text[i] in _CLAUSE_BREAKS or text[i].isspace()):
        i -= 1
    while i > sentence and text[i - 1] not in _CLAUSE_BREAKS:
        i -= 1
    return i


def _subject_name(clause: str, speakers: Speakers) -> str | None:
    """The person a clause starts with, titles included: a speaker seen before (longest first), else the
    shortest start that ends in a name of three characters (most Chinese names), else of two."""
    if not clause or not is_han(clause[0]):
        return None
    for k in range(min(len(clause), _WHO_MAX), 1, -1):
        if _is_group(clause[:k]):
            return clause[:k]
    for name in speakers.known.get(clause[0], ()):
        if clause.startswith(name) and name not in PRONOUNS:
            return name
    fallback = None
    for k in range(2, min(len(clause) - 1, _WHO_MAX) + 1):
        people = parse_people(clause[:k])
        if len(people) != 1:
            continue
        if len(people[0]["name"]) == 3:
            return clause[:k]
        fallback = fallback or clause[:k]
    return fallback


def _meeting_cue(text: str, pos: int, stop: int, para: int) -> Cue | None:
    match = _MEETING_CUE.match(text, pos, stop)
    if match is not None and _verb_ok(text, match, stop):
        return Cue(pos, match.end("le") if match.group("le") else match.end("verb"), match.end(), para, None, pos)
    match = _DOCUMENT_CUE.match(text, pos, stop)
    if match is not None and not any(word in _unquoted(match.group("subj")) for word in (*DOCUMENT_NOT_IN, "在")):
        # Not "各方应该将…有关决议要求落到实处": there the document is what someone acts on; nor "丁薛祥在报告中指出",
        # a person speaking with the document as the setting.
        return Cue(pos, match.end("verb"), match.end(), para, None, pos)
    match = _AT_CUE.match(text, pos, stop)
    if match is not None and (match.group("sep") or match.group("adv")) and _place_states(text, match, stop):
        end = match.end("adv") if match.group("adv") else match.end("subj") + 1
        return Cue(pos, end, match.end(), para, None, pos, place=True)
    return None


def _place_states(text: str, match: re.Match[str], stop: int) -> bool:
    """Whether a place cue opens a statement: not at a press conference ("在当天的新闻发布会上，"), whose
    answers are no meeting's points, nor before procedure ("会上宣读了…")."""
    return not match.group("subj").endswith(NOT_MEETINGS) and not _procedure(text, match.end(), stop)


def _procedure(text: str, start: int, stop: int) -> bool:
    """Whether the sentence from `start` reports procedure ("…作了汇报", "宣读了…名单"), not a statement."""
    end = text.find("。", start, stop)
    sentence = text[start : stop if end < 0 else end]
    return any(act in sentence for act in PROCEDURE_ACTS)


def _verb_ok(text: str, match: re.Match[str], stop: int) -> bool:
    subject = match.group("subj")
    if subject.startswith(MEETING_CUE_NOT_AFTER) or any(word in subject for word in MEETING_OBJECT_OF):
        # "围绕…常委会部署要求", "与会代表围绕…会议部署": the meeting is a preposition's object, not the subject of a cue.
        return False
    if any(word in subject for word in PAST_WORDS) and any(word in subject for word in ("召开的", "举行的")):
        # "去年底召开的中央经济工作会议强调": an earlier meeting quoted, not the one reported.
        return False
    if _calls_the_meeting(match.group("subj")):
        return False
    if match.group("le") and _TOPIC_ONLY.match(text, match.end(), stop):
        # "会议研究部署了下一步工作。": the meeting went through a topic, it stated nothing.
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
    if not clause and limit < stop and text[limit] in "：:" and _is_label(text[pos:limit], speakers):
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
        if not verb.group("adv") and text[pos : verb.start()].endswith(_NOUN_BEFORE):
            continue
        who = _speaker(text[pos : verb.start()], speakers, clause, verb.group("adv"))
        if who is not None:
            return Cue(pos, verb.end(), text_start, para, who, pos)
    return None


def _object_cue(text: str, pos: int, stop: int, para: int, speakers: Speakers) -> Cue | None:
    """"李克强就…合作提出建议：": the cue runs to the colon (or stop) and the point's text follows it."""
    sentence_end = text.find("。", pos, stop)
    window = text[pos : stop if sentence_end < 0 else sentence_end + 1]
    if not any(word in window for word in _OBJECT_HINTS):
        return None
    tail = _OBJECT_TAIL.search(text, pos, stop if sentence_end < 0 else sentence_end + 1)
    if tail is None or any(mark in text[pos : tail.start()] for mark in "，,；;：:"):
        return None
    subject = text[pos : tail.start()]
    if len(subject) == 2 and subject.endswith(SIDE_SUFFIX) and is_han(subject[0]):
        return Cue(pos, tail.start("sep"), tail.end(), para, subject, pos)
    for k in range(1, min(len(subject), _WHO_MAX) + 1):
        if _is_person(subject[:k], speakers) and _CONTEXT.fullmatch(subject, k) is not None:
            return Cue(pos, tail.start("sep"), tail.end(), para, subject[:k], pos)
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
    return Cue(pos, tail.start("sep"), tail.end(), para, who, pos) if _is_person(who, speakers) else None


def _courtesy(text: str, start: int, end: int) -> bool:
    """"表示诚挚的感谢": thanks or greetings, not a statement."""
    return any(word in text[start:end] for word in COURTESY_WORDS)


def _unquoted(text: str) -> str:
    """`text` without what stands inside 《》 (a title may hold any word)."""
    return re.sub(r"《[^》]*》", "", text)


def _group(subject: str, adv: str) -> str | None:
    """The group at the head of a cue's subject, before an optional setting ("外方领导人在发言中")."""
    for k in range(len(subject), 1, -1):
        if _is_group(subject[:k]):
            rest = _CONTEXT.fullmatch(subject, k)
            return subject[:k] if rest is not None and _context_ok(rest.group("ctx"), adv) else None
    return None


def _is_group(word: str) -> bool:
    return (
        word in GROUP_SPEAKERS
        or _attending_group(word)
        or _some_people(word)
        or _LEADERS.fullmatch(word) is not None
    )


def _some_people(word: str) -> bool:
    """"有的委员", "10位委员", "部分代表", "企业家们": some of the people at the meeting speaking as a group."""
    if len(word) > ATTENDING_GROUP_MAX or not all(is_han(char) or char.isdecimal() for char in word):
        return False
    if word.endswith(GROUP_PLURAL):
        return len(word) > 2 and word[:-1].endswith(ATTENDING_GROUP_ENDS)
    noun = _QUANTITY.sub("", word, count=1)
    return noun != word and len(noun) >= 2 and noun.endswith(ATTENDING_GROUP_ENDS) and is_han(noun[0])


def _speaker(subject: str, speakers: Speakers, clause: bool, adv: str = "") -> str | None:
    """The speaker at the head of a cue's subject, or None when the subject is not a person speaking."""
    if not subject or not (is_han(subject[0]) or subject[0].isdecimal()):
        return None
    group = _group(subject, adv)
    if group is not None:
        return group
    if not is_han(subject[0]):
        return None
    if subject in PRONOUNS:
        # A pronoun speaks only once someone has been seen speaking.
        return subject if speakers.known else None
    for k in range(2, min(len(subject), _WHO_MAX) + 1):
        rest = _CONTEXT.fullmatch(subject, k)
        if rest is None or not _context_ok(rest.group("ctx"), adv) or not _is_person(subject[:k], speakers):
            continue
        if clause and not rest.group("ctx") and not speakers.knows(subject[:k]):
            return None
        return subject[:k]
    return None


def _attending_group(subject: str) -> bool:
    """"与会中非企业家代表": the people at the meeting, named by what they are."""
    return (
        len(subject) <= ATTENDING_GROUP_MAX
        and subject.startswith(ATTENDING_GROUP_START)
        and subject.endswith(ATTENDING_GROUP_ENDS)
        and all(is_han(char) for char in subject)
    )


def _context_ok(ctx: str | None, adv: str) -> bool:
    """A short context ("首先", "对此") or one that ends as a speech's setting does ("在…会议上", "…时", "…并")."""
    return ctx is None or len(ctx) <= CONTEXT_SHORT or (ctx + adv).endswith(CONTEXT_ENDS)


def _is_label(label: str, speakers: Speakers) -> bool:
    """A bare name or titles and a name before a colon, nothing else ("主持人：" and "记者：" are no speakers)."""
    return len(label) <= _LABEL_MAX and label not in PRONOUNS and _is_person(label, speakers) and not _role_only(label)


def _is_person(who: str, speakers: Speakers) -> bool:
    if who in GROUP_SPEAKERS or speakers.knows(who):
        return True
    return who not in PRONOUNS and (bool(parse_people(who)) or _role_only(who))


def _role_only(who: str) -> bool:
    """A person named by role alone: "督导组负责同志", "市应急管理局负责人", "县委书记"."""
    return (
        2 < len(who) <= _ROLE_MAX
        and all(is_han(char) for char in who)
        and who.endswith((*TITLE_SUFFIXES, *ROLE_ENDS))
        and not who.endswith(ORG_SUFFIXES)
    )
