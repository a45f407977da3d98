"""The people of a meeting outside its points: who chaired it (host), who spoke (speakers) and who attended
(attendees), read from the acts of every sentence (主持会议, 出席会议并讲话, …出席会议), and the parsing of a
mention ("省委书记张三、省长李四") into people. Every string returned is a slice of the text it was read from."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .dates import TRAILING_DAY
from .symposia import symposium_holders
from .terms import (
    COMPOUND_SURNAMES,
    FOREIGN_NAME_CHARS,
    HOST_ACTS,
    HOST_BY,
    HOST_BY_ADVERBS,
    HOST_INFIX,
    MEETING_NOUNS,
    MESSAGE_ACTS,
    NOT_IN_GIVEN_NAMES,
    SPEECH_MAKING,
    SPEECH_QUALIFIERS,
    SPEECH_WORDS,
    SPEECHES_GIVEN,
    SURNAMES,
    TITLE_SUFFIXES,
    TURN_ADVERBS,
)

_ACT_WINDOW = 40
_NOUN_ALT = "|".join(MEETING_NOUNS)
# "…出席会议", "…参加座谈会", "…列席".
_ATTENDEE_ACT = re.compile(rf"(?:(?:出席|参加|列席)(?:[^\W_]{{0,16}}?(?:{_NOUN_ALT}))?|参会)$")
# A speech made ("作重要讲话", "发表主旨演讲", "作工作报告") or given ("讲话", "致辞"): terms.SPEECH_MAKING. After a
# setting (出席…并, 在…会上) any speech noun is the act ("在会上发言").
_QUALIFIED = rf"(?:{'|'.join(SPEECH_QUALIFIERS)})?"
# A speech made under its title: "发表题为《…》的重要讲话", "作题为《…》的主旨演讲", "以《…》为题进行专题报告".
_TITLE = r"《[^《》]{1,60}》"
_MADE = (
    rf"(?:以{_TITLE}为题)?(?:{'|'.join(SPEECH_MAKING)})了?(?:题为{_TITLE}的)?{_QUALIFIED}(?:{'|'.join(SPEECH_WORDS)})"
)
_SPEECH = rf"(?:{_MADE}|{_QUALIFIED}(?:{'|'.join(SPEECHES_GIVEN)}))"
# "出席会议并讲话", "出席座谈会并作重要讲话", "在会上发言", "在全省…会议上讲话", "作工作报告", "致辞"; by several in turn
# ("习近平和俄罗斯总统普京分别致辞"), or in writing to the meeting ("…分别向会议致贺信"): each sender speaks in the text
# after ("佐科表示，…"), a foreign name of two characters included.
_SPEAKER_ACT = re.compile(
    rf"(?:{'|'.join(TURN_ADVERBS)})?"
    # 出席 anything 并 speaking: "出席会议并讲话", "出席开幕式并致辞", "出席签约仪式并讲话".
    rf"(?:(?:出席[^\W_]{{0,24}}?并|在(?:[^\W_]{{0,16}}?(?:{_NOUN_ALT})|会)上)(?:{_MADE}|{_QUALIFIED}(?:{'|'.join(SPEECH_WORDS)}))"
    rf"|{_SPEECH}|向(?:[^\W_]{{0,16}}?(?:{_NOUN_ALT})|会议)(?:{'|'.join(MESSAGE_ACTS)}))$"
)
# "主持会议并讲话", "主持座谈会并作重要讲话": the host speaks too.
_HOST_SPEAKER_ACT = re.compile(rf"主持(?:[^\W_]{{0,16}}?(?:{_NOUN_ALT}))?并{_SPEECH}$")
# "会议由张三主持", "座谈会分别由张三、李四主持", "由张三主持": the meeting (by any of its nouns, or left out) and an
# adverb before 由.
_HOSTED_BY = re.compile(
    rf"(?:[^\W_]{{0,16}}?(?:{_NOUN_ALT}))?(?:{'|'.join(HOST_BY_ADVERBS)})?{HOST_BY[0]}(?P<who>.+){HOST_BY[1]}$"
)
_NAME_MAX = 5
# Words joining people or roles: none opens a name read after a title.
_JOINING = "和与及同并暨等"
_FOREIGN_NAME_MAX = 7
_CLAUSE_BREAK = "，,；;：:。！？!?"
_TRAILING_PLACE = re.compile(r"在[^\W_]{1,12}$")
# Whom a speaker speaks for, between the name and the act: "主席王明代表常委会作了工作报告" (代表 after a name is
# the verb "on behalf of"; as a title it stands before the name, "人大代表王明").
_ON_BEHALF = re.compile(r"代表[^\W_]{1,24}$")
_STRIP_TAIL = " \t\r\n\u3000。！？!?；;，,、"
# A name written in parts joined by an interpunct ("约翰·史密斯", "拉希德•阿利莫夫"): the mark of a transliterated
# (or minority) full name, whatever its characters. Each part has one to six characters.
_DOTS = "·•‧・"
_DOTTED_NAME = re.compile(rf"(?P<first>[\u4e00-\u9fff]{{1,6}})(?:[{_DOTS}][\u4e00-\u9fff]{{1,6}}){{1,3}}$")
_DOTTED_PART = 6


@dataclass(slots=True)
class PersonEvent:
    """A person's act found at `pos`: kind is "host", "speaker" or "attendees" (then `span` is the text)."""

    pos: int
    kind: str
    person: dict[str, Any] | None = None
    span: tuple[int, int] = (0, 0)
    para: int = 0


def is_han(char: str) -> bool:
    """True for a CJK unified ideograph."""
    return "\u4e00" <= char <= "\u9fff"


def scan_people(text: str, start: int, end: int, para: int) -> list[PersonEvent]:
    """Host, speakers and attendees named in the sentence text[start:end], in order."""
    events: list[PersonEvent] = []
    run_start = start
    clause_start = start
    titled = 0
    for i in range(start, end + 1):
        if i < end:
            # A title's own commas ("以《坚定信仰，严于律己》为题进行专题报告") break no clause.
            titled += (text[i] == "《") - (text[i] == "》" and titled > 0)
        if i < end and (text[i] not in _CLAUSE_BREAK or titled):
            continue
        a, b = _trim(text, clause_start, i)
        clause_start = i + 1
        if a >= b:
            continue
        added = len(events)
        kind = _clause_people(text, a, b, events, para)
        if kind == "host":
            # Where the hosting clause ends: a new name after its comma speaks (clause_cues.after_procedure).
            for event in events[added:]:
                event.span = (a, b)
        if kind == "attendees":
            events.append(PersonEvent(run_start, "attendees", span=(run_start, b), para=para))
            run_start = clause_start
        elif kind is not None:
            run_start = clause_start
    return events


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1] in _STRIP_TAIL:
        b -= 1
    return a, b


def _clause_people(text: str, a: int, b: int, events: list[PersonEvent], para: int) -> str | None:
    clause = text[a:b]
    # A speech's title does not count against the window the act is looked for in.
    window = _ACT_WINDOW + sum(len(title) for title in re.findall(_TITLE, clause))
    hosted_by = _HOSTED_BY.match(clause)
    if hosted_by is not None:
        return _add(events, text, a + hosted_by.start("who"), b - len(HOST_BY[1]), "host", para)
    infix = clause.find(HOST_INFIX)
    if infix > 0:
        # "…主任习近平9月9日下午主持召开…", "习近平1日上午在京主持召开…": the day and the place between the
        # name and the act are not part of the name.
        head = TRAILING_DAY.sub("", _TRAILING_PLACE.sub("", clause[:infix]))
        return _add(events, text, a, a + len(head), "host", para)
    hosting = _HOST_SPEAKER_ACT.search(clause[-window:])
    if hosting is not None:
        cut = b - len(hosting.group())
        kind = _add(events, text, a, cut, "host", para)
        return _add(events, text, a, cut, "speaker", para) if kind else None
    tail = _SPEAKER_ACT.search(clause[-window:])
    if tail is not None and tail.start() + max(0, len(clause) - window) > 0:
        head = clause[: len(clause) - len(tail.group())]
        behalf = _ON_BEHALF.sub("", head)
        # Only when the words before 代表 name people: "王明代表常委会" would otherwise read as 常委会 with the title 代表.
        head = behalf if behalf != head and parse_people(behalf) else head
        return _add(events, text, a, a + len(head), "speaker", para)
    for act in HOST_ACTS:
        if clause.endswith(act) and len(clause) > len(act):
            return _add(events, text, a, b - len(act), "host", para)
    holders = symposium_holders(clause)
    if holders is not None:
        # "校长王明1月17日在三楼会议室与…进行了亲切座谈": who holds a symposium as a verb hosts it; the day goes.
        return _add(events, text, a, a + len(TRAILING_DAY.sub("", holders)), "host", para)
    partners = _PARTNERS.search(clause)
    if partners is not None and _add(events, text, a + partners.start("who"), a + partners.end("who"), "speaker", para):
        # "…出席…会晤，同俄罗斯总统普京、印度总理莫迪就…交换意见": those the subject meets with speak later, by their
        # names alone (普京表示，…), a foreign name of two characters no surname list holds.
        return "speaker"
    if _ATTENDEE_ACT.search(clause[-_ACT_WINDOW:]) and not clause.startswith(("会议", "会上")):
        return "attendees"
    return None


# The people a clause says the subject meets or holds the meeting with (同…就…交换意见, 与…共同主持), after the
# subject too (国家主席习近平同俄罗斯总统普京、蒙古国总统巴特图勒嘎在青岛举行…会晤), where they met between them.
_PARTNERS = re.compile(r"(?:同|与)(?P<who>[^，,。；;：:]{2,60}?)(?:在[^，,。；;：:]{1,12}?)?(?:就|举行|共同|一道|一起)")


def _add(events: list[PersonEvent], text: str, a: int, b: int, kind: str, para: int) -> str | None:
    people = parse_people(text[a:b], unlisted=True)
    for person in people:
        events.append(PersonEvent(a, kind, person=person, para=para))
    return kind if people else None


def parse_people(text: str, *, unlisted: bool = False) -> list[dict[str, Any]]:
    """Split "省委书记张三、省长李四" into people {name, role, text}; [] when any part is not a person.

    With `unlisted`, three characters right after a title are a name even when their surname is not listed
    ("副校长雒文虎", "国家杜马主席沃洛金"): the words before a host's or speaker's act in an opening sentence.

    和 / 及 / 与 join people ("图萨和卡伦巴") or stand inside a role ("工业和信息化部副部长张云岚"): the mention is read
    as one role and name when splitting there leaves a part that is no person.
    """
    return _split_people(text, "、和及与", unlisted) or (
        _split_people(text, "、", unlisted) if any(c in text for c in "和及与") else [])


def _split_people(text: str, separators: str, unlisted: bool) -> list[dict[str, Any]]:
    people: list[dict[str, Any]] = []
    pending: int | None = None
    seg_start = 0
    quoted = _quoted_positions(text)
    for i in range(len(text) + 1):
        if i < len(text) and (text[i] not in separators or i in quoted):
            # A mark inside quotation marks or a title is part of a role's quoted name ("“不忘初心、牢记使命”主题
            # 教育指导组组长"), not a list of people.
            continue
        seg_end = i - 2 if text[seg_start:i].endswith("同志") else i
        if seg_end - seg_start < 2:
            return []
        split = _split_name(text, seg_start, seg_end, bare=pending is None, unlisted=unlisted)
        if split is not None:
            role_start = seg_start if pending is None else pending
            if any(char.isspace() for char in text[role_start:split]):
                # Titles never run across a space: "…举行年会 董事长杨蕾" is a headline's words before a person.
                return []
            people.append({
                "name": text[split:seg_end],
                "role": text[role_start:split] or None,
                "text": text[role_start:seg_end],
            })
            pending = None
        elif i == len(text) and pending is None and (before := _name_before_title(text[seg_start:seg_end])):
            # "省财政厅采购处薛亚省处长": the name before its title, as local reports print it.
            people.append(before)
        elif text[seg_start:seg_end].endswith(TITLE_SUFFIXES):
            pending = seg_start if pending is None else pending
        else:
            return []
        seg_start = i + 1
    return people if pending is None else []


# The last character of a unit's name, before the name of the person who heads it (…采购处薛亚省处长): a
# department, an office, a bureau, a school, a county or a village.
_UNIT_ENDS = "处厅局部委院校司科室所站队办中心市县区镇乡村省"


def _name_before_title(segment: str) -> dict[str, Any] | None:
    """{name, role, text} of "王明处长" / "省农业厅养蜂处王明处长" (a unit, the name, its title), or None."""
    title = max((word for word in TITLE_SUFFIXES if segment.endswith(word)), key=len, default="")
    # A one-character ending takes the character before it: 处长, 科长, 校长, 馆员.
    title = segment[-2:] if len(title) == 1 else title
    head = segment[: len(segment) - len(title)]
    for length in (3, 2):
        name = head[-length:]
        unit = head[:-length]
        if (title and len(head) >= length and all(is_han(char) for char in name) and name[0] in SURNAMES
                and _is_name(name) and (not unit or unit[-1] in _UNIT_ENDS)):
            # The role as printed is the title after the name; the unit before it stays in the mention's text.
            return {"name": name, "role": title, "text": segment}
    return None


_OPENING_QUOTES = "“《「"
_CLOSING_QUOTES = "”》」"


def _quoted_positions(text: str) -> frozenset[int]:
    """The positions of `text` inside paired quotation marks or title marks."""
    if not any(mark in text for mark in _OPENING_QUOTES):
        return frozenset()
    inside: set[int] = set()
    depth = 0
    for i, char in enumerate(text):
        if char in _OPENING_QUOTES:
            depth += 1
        elif char in _CLOSING_QUOTES and depth:
            depth -= 1
        elif depth:
            inside.add(i)
    return frozenset(inside) if depth == 0 else frozenset()


def _split_name(text: str, a: int, b: int, *, bare: bool, unlisted: bool = False) -> int | None:
    """Where the name starts in text[a:b] ("厅长王庆东" -> at 王), or None."""
    dotted = _DOTTED_NAME.search(text, a, b)
    if dotted is not None:
        return _split_dotted(text, a, dotted.start(), dotted.end("first"), bare=bare)
    for length in range(2, _FOREIGN_NAME_MAX + 1):
        k = b - length
        if k < a or not all(is_han(char) for char in text[k:b]):
            return None
        if length > _NAME_MAX and not _is_foreign(text[k:b]):
            # Longer than a Chinese name: only a transliterated one runs on (斯托尔滕贝格).
            return None
        # A transliterated name of two characters ("图萨") is a name only after a title ("南非总统图萨"), and so is a
        # Chinese name of three whose surname is rare ("副校长雒文虎"): the title vouches for what follows it.
        if not _is_name(text[k:b]) and not (k > a and _after_title_only(text[k:b], unlisted)):
            continue
        if k == a:
            if bare and not text[a:b].endswith(TITLE_SUFFIXES):
                return k
            continue
        if _TRAILING_ALIAS.sub("", text[a:k]).endswith(TITLE_SUFFIXES):
            return k
        if length == _NAME_AFTER_UNIT and _unit_before_name(text[a:k]):
            # "广东省外经贸厅郭元强", "浙江中国小商品城集团金方平": the unit a person speaks for, then the name.
            return k
    return None


# The ends of a unit's name printed right before a speaker's name with no title between (…外经贸厅郭元强说): a
# department, a bureau, a group or a company, an association. Only a name of three characters is read after it: two
# characters after a unit are as often the start of a verb (…集团发展).
_UNITS_BEFORE_NAME = ("厅", "局", "集团", "公司", "协会", "商会", "联合会", "研究院", "研究所")
_NAME_AFTER_UNIT = 3
# Words that make the text before a name a clause, not a unit's name (中方将同二十国集团成员…: 成员 is no name).
_CLAUSE_WORDS = re.compile(r"[将同在与和对把被向为从是了]")


def _unit_before_name(text: str) -> bool:
    """Whether `text` is a unit's name that may stand right before its speaker's (`_UNITS_BEFORE_NAME`)."""
    return len(text) > 2 and text.endswith(_UNITS_BEFORE_NAME) and _CLAUSE_WORDS.search(text) is None


# A title's other name in brackets after it (校长（院长）, 主任（局长）): the one person holds both offices.
_TRAILING_ALIAS = re.compile(r"[（(][\u4e00-\u9fff]{1,8}[）)]$")


def _split_dotted(text: str, a: int, start: int, dot: int, *, bare: bool) -> int | None:
    """Where a dotted name starts when its first part begins at or after `start` and ends at `dot`: right
    after titles ("前秘书长安娜·李" -> at 安), else at `a` for a bare name; the shortest first part that works."""
    for k in range(dot - 1, max(a, start) - 1, -1):
        if k > a and text[a:k].endswith(TITLE_SUFFIXES):
            return k
    return a if bare and start == a and dot - a <= _DOTTED_PART else None


# Words for a text whose first character is a surname (文): the subject of a statement cited, never a speaker.
_TEXT_WORDS = frozenset({"文章", "文件", "文中", "文告", "文稿"})


def _is_name(word: str) -> bool:
    """A Chinese name (a surname and one to three characters) or a transliterated one (瓦塔拉); not a word for a text
    that reads like one (文章指出: the article cited, 文件, 文中), nor one that opens with it (文章出处, a page's label)."""
    if word[:2] in _TEXT_WORDS or any(char in NOT_IN_GIVEN_NAMES for char in word[1:]):
        return False
    if word[0] in SURNAMES and len(word) <= 3:
        return True
    if len(word) == 4 and (word[:2] in COMPOUND_SURNAMES or (word[0] in SURNAMES and word[1] in SURNAMES)):
        # Four characters: a compound surname (欧阳…) or two surnames (陈冯富珍); "包括中国" is no name.
        return True
    return len(word) >= 3 and _is_foreign(word)


def _after_title_only(word: str, unlisted: bool) -> bool:
    """A word that is a name when a title stands right before it: two transliterated characters, or (when
    `unlisted`) three characters of a Chinese name whose surname the list lacks."""
    if len(word) == 2:
        return _is_foreign(word)
    # "委员会主任": 会主任 follows the title 委员 but holds a title itself, so it is no name; nor is a word that
    # opens with a joining word ("10位委员和专家在座谈会上发言").
    return (unlisted and len(word) == 3 and word[0] not in _JOINING and not any(
        char in NOT_IN_GIVEN_NAMES for char in word) and not any(title in word for title in TITLE_SUFFIXES))


def _is_foreign(word: str) -> bool:
    return all(char in FOREIGN_NAME_CHARS for char in word)
