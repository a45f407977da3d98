"""Who speaks in a cue: a person (titles and a name, or a role alone), a pronoun once someone has spoken, or a
group of the people at the meeting (与会…, 有的委员, 10位委员, 企业家们, 领导人 …), with the setting allowed between the
subject and its verb (在讲话中, 出席…会议时). cues.py asks these questions of a cue's subject.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .dates import SPOKEN_DAY
from .people import is_han, parse_people
from .terms import (
    ATTENDING_GROUP_ENDS,
    ATTENDING_GROUP_MAX,
    ATTENDING_GROUP_START,
    BASIS_PREPOSITIONS,
    CONTEXT_ENDS,
    CONTEXT_SHORT,
    CONTEXT_STARTS,
    GOVERNING_BODIES,
    GROUP_PLURAL,
    GROUP_PRONOUNS,
    GROUP_QUANTIFIERS,
    GUESTS_GROUP_STARTS,
    LEADER_UNITS,
    LIGHT_VERBS,
    MEMBER_TITLES,
    OCCASION_TIMES,
    ORG_SUFFIXES,
    POST_NAME_HEAD,
    POST_NAME_TITLES,
    PRONOUNS,
    ROLE_ALONE_ENDS,
    ROLE_ENDS,
    SIDE_COUNTS,
    TOPIC_SETTINGS,
    UNIT_LEADER_LEVELS,
    UNIT_LEADER_UNITS,
)


def alt(words: Iterable[str]) -> str:
    """A regular-expression alternation of `words`, longest first."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


WHO_MAX = 40
_LABEL_MAX = 20
# A page's row of keywords or tags under the text (关键词：法院 教育 队伍): 关 is a surname, but the label names no one.
_TAG_LABELS = frozenset({"关键词", "关键字", "關鍵詞", "關鍵字", "标签", "標籤"})
_ROLE_MAX = 16
# Leaders as a group: "领导人呼吁", "外方领导人", "各国领导人" (one side, 方, or 各国 before 领导人), or the
# countries of a region or a bloc before 国家 ("拉美和加勒比国家领导人纷纷表示", "东盟国家领导人").
_LEADERS = re.compile(
    rf"(?:(?:{ATTENDING_GROUP_START})?[{SIDE_COUNTS}](?:{alt(LEADER_UNITS)})|[^\W\d_]方|[^\W\d_]{{1,10}}?国家)?领导人们?"
)
_UNIT_LEADERS = re.compile(rf"(?:[{UNIT_LEADER_LEVELS}]|{alt(UNIT_LEADER_UNITS)})领导们?")
# Sides speaking together: "双方", "各方", "与会各方".
_LEVEL_BODY = rf"(?:[{UNIT_LEADER_LEVELS}]?(?:{alt(GOVERNING_BODIES)})|[{UNIT_LEADER_LEVELS}]委)"
_BODIES = re.compile(
    rf"我[{UNIT_LEADER_LEVELS}]|(?:我|[^\W\d_]{{0,6}}?)[{UNIT_LEADER_LEVELS}](?:委|{alt(GOVERNING_BODIES)})"
    rf"(?:[、和]{_LEVEL_BODY})*"
)
_SIDES = re.compile(rf"(?:{ATTENDING_GROUP_START})?[{SIDE_COUNTS}]方")
# A working group that reports to the meeting and states its view there ("执法检查组建议，…"), named by what it does.
# (A committee states its view only where it convened the sitting, or where the meeting heard its report:
# "委员会认为" alone opens nothing, cues.py, `heard_reporters` below.)
# Its name qualifies the group's noun, no preposition in it ("王明对督查组一行表示欢迎" is someone else speaking).
_REPORTING_BODY = re.compile(r"[^\W\d_对向和与同为跟给把被及]{0,8}(?:检查组|调研组|督导组|督查组|考察组|评估组|专家组|工作组)")
_QUANTITY = re.compile(rf"^(?:{alt(GROUP_QUANTIFIERS)}|[\d一二三四五六七八九十两几多]+[位名个])")
POST_TITLE = rf"[副总]?(?:{alt(POST_NAME_TITLES)}|[^\W\d_]{POST_NAME_HEAD})"
_LIGHT_SETTING = re.compile(rf"(?:^|并)(?:{alt(TOPIC_SETTINGS)})[^，,。；;：:]*(?:{alt(LIGHT_VERBS)})$")
CONTEXT = re.compile(rf"(?P<title>{POST_TITLE})?{SPOKEN_DAY}(?P<ctx>(?:{alt(CONTEXT_STARTS)}).*)?", re.S)


@dataclass(frozen=True, slots=True)
class Speakers:
    """What a person cue may name: the speakers seen so far, by first character (longest first); and the
    nouns of the meetings the report opens (`meetings`, "对接会" of "…项目对接会"), which may be a cue's subject."""

    known: Mapping[str, Sequence[str]]
    meetings: frozenset[str] = frozenset()
    # The committees whose report the meeting heard ("会议听取了…法律委员会…关于…审议结果的报告"): such a committee
    # states its view in the report ("法律委员会建议…"), as a working group does.
    reporters: frozenset[str] = frozenset()

    def knows(self, who: str) -> bool:
        """Whether `who` was seen speaking (or is a pronoun once someone was)."""
        return bool(who) and who in self.known.get(who[0], ())


def subject_name(clause: str, speakers: Speakers) -> str | None:
    """The person a clause starts with, titles included: a speaker seen before (longest first), else the
    shortest start that ends in a name of three characters (most Chinese names), else of two."""
    if not clause or not is_han(clause[0]):
        return None
    for k in range(min(len(clause), WHO_MAX), 1, -1):
        if is_group(clause[:k]):
            return clause[:k]
    for name in speakers.known.get(clause[0], ()):
        if clause.startswith(name) and name not in PRONOUNS:
            return name
    fallback = None
    for k in range(2, min(len(clause) - 1, WHO_MAX) + 1):
        people = parse_people(clause[:k])
        if len(people) != 1:
            continue
        if len(people[0]["name"]) == 3:
            return clause[:k]
        fallback = fallback or clause[:k]
    return fallback or _body_prefix(clause)


# The first person, which a report prints only inside someone's words (or in a body of its own: 我县, 我市).
_FIRST_PERSON = "我"


def speaker_of(subject: str, speakers: Speakers, clause: bool, adv: str = "") -> str | None:
    """The speaker at the head of a cue's subject, or None when the subject is not a person speaking."""
    if not subject or not (is_han(subject[0]) or subject[0].isdecimal()) or subject.startswith(BASIS_PREPOSITIONS):
        return None
    group = _group(subject, adv) or _reporting_committee(subject, speakers, adv)
    if group is not None:
        return group
    if not is_han(subject[0]):
        return None
    if subject[0] == _FIRST_PERSON:
        # "我同某某总统一致同意，…": the first person is the speaker's own word inside a statement, quoted; only a body
        # the report names its own (我县) may open a subject with it.
        return None if clause else _body(subject, adv)
    if subject[0] in PRONOUNS:
        # A pronoun speaks only once someone has been seen speaking, with a setting as a name does (他在讲话中).
        rest = CONTEXT.fullmatch(subject, 1)
        ok = rest is not None and not rest.group("title") and _context_ok(rest.group("ctx"), adv)
        return subject[0] if ok and speakers.known else None
    for k in range(2, min(len(subject), WHO_MAX) + 1):
        rest = CONTEXT.fullmatch(subject, k)
        if rest is None or not _context_ok(rest.group("ctx"), adv) or not is_person(subject[:k], speakers):
            continue
        if clause and not rest.group("ctx") and not _known(subject[:k], speakers) and not is_member(subject[:k]):
            return None
        if clause and _another_occasion(rest.group("ctx")):
            return None
        return subject[:k]
    return None if clause else _body(subject, adv)


# A committee's name as a cue's subject: a few characters before 委员会 ("法律委员会", "财政经济委员会"), or before the
# 委 that shortens it ("宪法法律委", "监察司法委"; not the 委 of 委员 or 常委会).
_COMMITTEE_END = "(?:委员会|委(?![员会]))"
_COMMITTEE = re.compile(r"[^\W\d_]{1,8}" + _COMMITTEE_END)
# A report the meeting heard, naming the committee that made it (听取了…法律委员会主任委员…作的…审议结果的报告).
_HEARD_REPORT = re.compile(r"(?:听取|审议)(?:和审议)?了?(?P<by>[^。；;]{0,80}?" + _COMMITTEE_END + r")[^。；;]{0,120}?报告")


def heard_reporters(text: str) -> frozenset[str]:
    """The committees whose reports a text says the meeting heard, by their names as printed there."""
    return frozenset(found.group("by") for found in _HEARD_REPORT.finditer(text))


def _reporting_committee(subject: str, speakers: Speakers, adv: str) -> str | None:
    """The committee at the head of a cue's subject whose report the meeting heard (`Speakers.reporters`)."""
    found = _COMMITTEE.match(subject)
    if found is None or not any(body.endswith(found.group()) for body in speakers.reporters):
        return None
    rest = CONTEXT.fullmatch(subject, found.end())
    return found.group() if rest is not None and _context_ok(rest.group("ctx"), adv) else None


def _another_occasion(ctx: str | None) -> bool:
    """"在今年春节期间", "在去年的全市大会上": a setting that opens on a time word is an earlier occasion, so the name
    inside someone's statement is quoted from it, not speaking at this meeting."""
    return ctx is not None and ctx.removeprefix("在").startswith(OCCASION_TIMES)


def is_member(who: str) -> bool:
    """"委员王明": a member's title right before a name, the form of members speaking in a row."""
    people = parse_people(who)
    return len(people) == 1 and people[0]["role"] in MEMBER_TITLES and who == people[0]["role"] + people[0]["name"]


def _body_prefix(clause: str) -> str | None:
    """The body a clause starts with when the report is its own ("我县立即召开会议" -> "我县"), longest first. A body
    named from outside ("浙江省委…召开…会议，提出") leads round-ups of what a meeting set out as often as a report
    of the meeting, so only 我 makes a body the subject of a later clause's verb."""
    if not clause.startswith("我"):
        return None
    for k in range(min(len(clause), WHO_MAX), 1, -1):
        if _BODIES.fullmatch(clause, 0, k):
            return clause[:k]
    return None


def _body(subject: str, adv: str) -> str | None:
    """"镇党委、政府", "我县": the body that governs a place, opening its sentence as one subject. Tried after a person
    (a body's title belongs to the person after it: 县委书记王明), and never inside a clause, where a body more often
    stands in someone's statement than speaks itself."""
    for k in range(min(len(subject), WHO_MAX), 1, -1):
        if _BODIES.fullmatch(subject, 0, k):
            rest = CONTEXT.fullmatch(subject, k)
            return subject[:k] if rest is not None and not rest.group("title") and _context_ok(rest.group("ctx"), adv) else None
    return None


def _known(who: str, speakers: Speakers) -> bool:
    """Whether `who` was seen speaking, as printed or by the name after its titles ("党委书记王明" once
    "王明" spoke): a title printed before a known name names the same speaker."""
    return speakers.knows(who) or any(speakers.knows(person["name"]) for person in parse_people(who))


def _group(subject: str, adv: str) -> str | None:
    """The group at the head of a cue's subject, before an optional setting ("外方领导人在发言中")."""
    for k in range(len(subject), 1, -1):
        if is_group(subject[:k]):
            rest = CONTEXT.fullmatch(subject, k)
            return subject[:k] if rest is not None and _context_ok(rest.group("ctx"), adv) else None
    return None


def is_group(word: str) -> bool:
    """Whether `word` names a group of speakers, not one person: 与会代表, 有的委员, 委员们, 各国领导人, 双方, 大家."""
    return (
        word in GROUP_PRONOUNS
        or _SIDES.fullmatch(word) is not None
        or _attending_group(word)
        or _some_people(word)
        or _LEADERS.fullmatch(word) is not None
        or _UNIT_LEADERS.fullmatch(word) is not None
        or _REPORTING_BODY.fullmatch(word) is not None
    )


def _some_people(word: str) -> bool:
    """"有的委员", "10位委员", "部分代表", "企业家们": some of the people at the meeting speaking as a group."""
    if len(word) > ATTENDING_GROUP_MAX or not all(is_han(char) or char.isdecimal() for char in word):
        return False
    if word.endswith(GROUP_PLURAL):
        return len(word) > 2 and word[:-1].endswith(ATTENDING_GROUP_ENDS)
    noun = _QUANTITY.sub("", word, count=1)
    return noun != word and len(noun) >= 2 and noun.endswith(ATTENDING_GROUP_ENDS) and is_han(noun[0])


def _attending_group(subject: str) -> bool:
    """"与会中非企业家代表", "中外嘉宾": the people at the meeting, named by what they are."""
    return (
        len(subject) <= ATTENDING_GROUP_MAX
        and subject.startswith((ATTENDING_GROUP_START, *GUESTS_GROUP_STARTS))
        and subject.endswith(ATTENDING_GROUP_ENDS)
        and all(is_han(char) for char in subject)
    )


def _context_ok(ctx: str | None, adv: str) -> bool:
    """A short context ("首先", "对此") or one that ends as a speech's setting does ("在…会议上", "…时", "…并"), or a
    topic and a light verb whose object the speech verb is ("就…工作作了强调：")."""
    # The adverbs may follow the setting ("在…会议上明确提出", "在…会议上还强调") or end it ("出席座谈会并").
    if ctx is not None and ctx.startswith(_GIVING):
        # "发表讲话说" gives a speech; "发表文章指出" puts out a text, at no meeting (a 声明 that 表示 is read as a
        # document's cue, in meeting_cues, not here).
        return ctx.endswith(_SPEECHES)
    if ctx is not None and ctx != (bare := _MANNER_ADVERB.sub("", ctx)):
        # "在讲话结尾处充满激情地说": the manner of saying after the setting leaves the setting to be read.
        ctx = bare or None
    return ctx is None or len(ctx) <= CONTEXT_SHORT or ctx.endswith(CONTEXT_ENDS) or (ctx + adv).endswith(CONTEXT_ENDS) or (
        _LIGHT_SETTING.search(ctx + adv) is not None
    ) or _ADDRESSED.fullmatch(ctx) is not None or _ON_BEHALF.fullmatch(ctx) is not None


# How the speaker said it, last in the context: a few words and 地 (充满激情地, 语重心长地).
_MANNER_ADVERB = re.compile(r"[^\W\d_地]{2,8}地$")
# For whom the speaker speaks, between the name and the verb: "张明代表总支部明确提出：", "代表县委县政府强调".
_ON_BEHALF = re.compile(r"代表[^\W_]{1,12}")
# Giving a speech as the setting (CONTEXT_STARTS): only a speech's noun closes it.
_GIVING = "发表"
_SPEECHES = ("讲话", "致辞", "演讲", "发言")
# Whom the speaker addresses, between the name and the verb: "对10位参会企业家", "向在场的年轻干部" (他对…说：); not
# the topic of "对…来说" (for whom something holds).
_ADDRESSED = re.compile(r"[对向][^\W_]{1,16}(?<!来)")


def is_label(label: str, speakers: Speakers) -> bool:
    """A bare name or titles and a name before a colon, nothing else ("主持人：" and "记者：" are no speakers, nor is a
    keyword row's "关键词：")."""
    if len(label) > _LABEL_MAX or label in PRONOUNS or label in _TAG_LABELS:
        return False
    return is_person(label, speakers) and not _role_only(label)


def is_person(who: str, speakers: Speakers) -> bool:
    if is_group(who) or speakers.knows(who):
        return True
    return who not in PRONOUNS and (bool(parse_people(who)) or _role_only(who))


def role_subject(text: str, sentence: int) -> tuple[int, str] | None:
    """The person a sentence opens with when a role alone names it ("集团总经理分析了…，他指出"), longest first: the one
    a later pronoun of the sentence stands for."""
    for k in range(min(len(text) - sentence - 1, _ROLE_MAX), 2, -1):
        if _role_only(text[sentence : sentence + k]) and is_han(text[sentence + k]):
            return sentence, text[sentence : sentence + k]
    return None


def _role_only(who: str) -> bool:
    """A person named by role alone: "督导组负责同志", "市应急管理局负责人", "县委书记"."""
    return (
        2 < len(who) <= _ROLE_MAX
        and all(is_han(char) for char in who)
        and who.endswith((*ROLE_ALONE_ENDS, *ROLE_ENDS))
        and not who.endswith(ORG_SUFFIXES)
    )
