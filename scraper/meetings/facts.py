"""Facts about a meeting outside its points: the opening sentence (name, date, place) and the people
(host, speakers, attendees). Every string returned is a slice of the text it was read from."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from .terms import (
    AHEAD_WORDS,
    ATTENDING_FOLLOWERS,
    ATTENDING_VERBS,
    BARE_NAMES,
    CEREMONIES,
    CEREMONY_TAILS,
    CEREMONY_VERBS,
    COMPOUND_SURNAMES,
    FOREIGN_NAME_CHARS,
    FUTURE_MARKS,
    HOST_ACTS,
    HOST_BY,
    HOST_INFIX,
    HOST_SPEAKER_ACTS,
    MEETING_NOUNS,
    NOT_MEETINGS,
    NOT_OPENING_AFTER,
    OPENING_VERBS,
    ORG_SUFFIXES,
    PLACE_TRAILERS,
    REFERRING_WORDS,
    RELATIVE_DAYS,
    SAME_DAY,
    SPEAKER_ACTS,
    SPEECH_VERBS,
    SPEECH_WORDS,
    SURNAMES,
    TITLE_SUFFIXES,
)

_WINDOW = 200
_ACT_WINDOW = 40
_NOUN_ALT = "|".join(MEETING_NOUNS)
# "…出席会议", "…参加座谈会", "…列席".
_ATTENDEE_ACT = re.compile(rf"(?:(?:出席|参加|列席)(?:[^\W_]{{0,16}}?(?:{_NOUN_ALT}))?|参会)$")
# "出席会议并讲话", "出席座谈会并作重要讲话", "在会上讲话", "在全省…会议上发言", "作工作报告", "致辞".
_SPEAKER_ACT = re.compile(
    rf"(?:(?:出席(?:[^\W_]{{0,16}}?(?:{_NOUN_ALT}))?并|在(?:[^\W_]{{0,16}}?(?:{_NOUN_ALT})|会)上)"
    rf"(?:作|发表)?(?:重要|总结)?(?:讲话|致辞|发言)|(?:{'|'.join(SPEAKER_ACTS)}))$"
)
_ORGANIZER_MAX = 30
_NAME_MAX = 5
_CLAUSE_BREAK = "，,；;：:。！？!?"
_DATE = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")
_LEADING_DATE = re.compile(r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|近日|日前|近期|今天|今日|昨天|昨日|前天|当天|当日|同日)"
                           r"(?:上午|下午|晚上|晚间|晚|早上)?")
# A day or time printed after the meeting's name: "…会议12月3日", "…大会今天（15日）", "…论坛11日上午9时",
# "…论坛5日至7日" (a span that starts now, "今日起至10日", announces the meeting: it opens none).
_TRAILING_PLACE = re.compile(r"在[^\W_]{1,12}$")
_TRAILING_DAY = re.compile(
    r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[月号日](?:至|到|—|－|-)?|今天|今日|昨天|昨日|日前|近日|近期|当地时间|"
    r"上午|下午|晚上|晚间|早上|"
    r"\d{1,2}时|\d{1,2}点|[（(]\d{1,2}日[）)])+$"
)
# A dateline after a glued headline: "中新网7月11日电 ", "中广网北京7月10日消息（记者 聂巧）", "本报讯(记者 张三)".
_DATELINE = re.compile(
    r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日(?:电|消息)|本报讯|本台讯)"
    r"[：:]?\s*(?:[（(](?:记者|通讯员)[^）)]{0,40}[）)])?\s*"
)
_MANNER = re.compile(r"(?:以|通过)[^\W_]{1,8}(?:方式|形式)$")
_COUNT = re.compile(r"[一二两三四五六七八九十几多\d]+[次场]")
_HOSTED_BY = re.compile(r"^由[^，。]{1,40}?(?:联合|共同)?(?:主办|承办|举办|发起|主持)的")
_YEAR = re.compile(r"((?:19|20)\d{2})年")
_STRIP_TAIL = " \t\r\n\u3000。！？!?；;，,、"


@dataclass(slots=True)
class Opening:
    """What an opening sentence ("2月11日,2023年全省教育工作会议在沈阳召开") says about its meeting."""

    start: int
    name: str | None
    place: str | None
    organizer: str | None = None  # "省财政厅党组" of "省财政厅党组召开会议"
    day: tuple[int | None, int, int] | None = None  # (year or None, month, day)
    relative: int | None = None  # days from the publish date ("昨天" = -1)
    same_day: bool = False  # "当天": the day of the meeting reported before


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


def _ends_with_noun(name: str) -> bool:
    return name.endswith(MEETING_NOUNS) and not name.endswith(ORG_SUFFIXES)


def _names_meeting(head: str) -> bool:
    """A meeting's name as an opening's subject, also a joint one whose first part is a meeting
    ("…会员代表大会暨五届一次理事会", "…工作会议暨…启动仪式")."""
    return _ends_with_noun(head) or ("暨" in head and _ends_with_noun(head.split("暨", 1)[0]))


def _strip_trailers(text: str) -> str:
    stripped = True
    while stripped:
        stripped = False
        for word in PLACE_TRAILERS:
            if text.endswith(word) and len(text) > len(word):
                text, stripped = text[: -len(word)], True
    return text


def _dateline_end(sentence: str) -> int:
    """Where the body starts after a headline and dateline glued before it ("…(全文)中新网7月11日电 第五届…"),
    or 0."""
    ends = [match.end() for match in _DATELINE.finditer(sentence)]
    return ends[-1] if ends else 0


def _without_count(name: str) -> str:
    """The name without a count before it ("两次经济形势座谈会" -> "经济形势座谈会"); "第二次…" is a name."""
    match = _COUNT.match(name)
    return name[match.end() :] if match and _ends_with_noun(name[match.end() :]) else name


def parse_opening(text: str, start: int, end: int) -> Opening | None:
    """Read an opening sentence at text[start:end]; None when it opens no meeting."""
    sentence = text[start : min(end, start + _WINDOW)]
    # A glued headline may open the meeting too ("…在京闭幕人民网北京7月23日电 …7月23日上午在北京闭幕"): the body
    # after the dateline is read first, and its name and place do not run back into the headline.
    body = _dateline_end(sentence)
    found = (_name_and_place(sentence[body:]) if body else None) or _name_and_place(sentence)
    if found is None:
        return None
    name, place, organizer = found
    opening = Opening(start, None if name in BARE_NAMES else name, place or None, organizer or None)
    match = _DATE.search(sentence, body) or _DATE.search(sentence)
    if match is not None:
        opening.day = (int(match.group(1)) if match.group(1) else None, int(match.group(2)), int(match.group(3)))
    else:
        for word, offset in RELATIVE_DAYS.items():
            if word in sentence:
                opening.relative = offset
                break
        opening.same_day = any(word in sentence for word in SAME_DAY)
    return opening


def _name_and_place(sentence: str) -> tuple[str, str, str] | None:
    for verb_at, verb in _opening_verbs(sentence):
        found = _opened_by(sentence, verb_at, verb)
        if found is not None:
            return found
    speech = _speech_venue(sentence)
    return (speech, "", "") if speech is not None else None


def _opened_by(sentence: str, verb_at: int, verb: str) -> tuple[str, str, str] | None:
    """(name, place, organizer) when the verb at `verb_at` opens a meeting held now, else None."""
    after = sentence[verb_at + len(verb) :]
    before = sentence[:verb_at]
    if after.startswith(NOT_OPENING_AFTER) or before.endswith(FUTURE_MARKS) or "将于" in before:
        return None
    cut = max(before.rfind(mark) for mark in _CLAUSE_BREAK)
    if cut > 0 and before[cut + 1 :].startswith(("于", "在")) and _names_meeting(before[:cut].strip()):
        # "…第四次全体会议，于2019年10月28日至31日在北京举行": the subject stands before the comma.
        cut = max(before.rfind(mark, 0, cut) for mark in _CLAUSE_BREAK)
    head, place = _head_and_place(before[cut + 1 :])
    # "2023年全省教育工作会议在沈阳召开": a subject that is a meeting held somewhere is the name.
    # "市人大常委会召开第十二次会议": otherwise the object names the meeting and the subject called it.
    name = _object_name(after.removeprefix("了"))
    if name is not None and after.removeprefix("了")[len(name) :].startswith("的"):
        # "倡议召开亚洲文明对话大会的一个具体行动": the meeting qualifies a noun, it is not opened here.
        return None
    name = name and _without_count(name)
    bare = name is None or name in BARE_NAMES
    if verb in ATTENDING_VERBS:
        return _attended(before[cut + 1 :], after, place)
    if _names_meeting(head) and (place or head.endswith("会议") or bare):
        return None if head.endswith(NOT_MEETINGS) else (head, place, "")
    if name is not None:
        return None if name.endswith(NOT_MEETINGS) else (name, place, _organizer(head))
    return None


def _attended(clause: str, after: str, place: str) -> tuple[str, str, str] | None:
    """A named meeting someone attends now ("李克强…出席第21次…领导人会议，"), as (name, place, "")."""
    after = after.removeprefix("了")
    name = _object_name(after, longest=True)
    if name is not None and _holds_an_act(name):
        # "出席…峰会的各国领导人及企业家代表出席大会": the longest name ran across another act; a meeting's
        # name holds none ("主持召开…会议" is opened by its 召开).
        name = _object_name(after)
    if after.startswith(OPENING_VERBS):
        # "主持召开…会议": the opening verb that follows reads the meeting.
        return None
    if name is None or name in BARE_NAMES or name in MEETING_NOUNS or name.endswith(NOT_MEETINGS) or (
        name.startswith(REFERRING_WORDS)
    ):
        # "王沪宁出席会议", "…参加座谈会", "参加这次峰会": attendance at a meeting named elsewhere.
        return None
    # "参加…会议新闻报道工作的…", "出席…年会期间": the meeting only qualifies something else;
    # "欢迎李克强出席…", "将出席…": a meeting ahead.
    if not after[len(name) :].startswith(ATTENDING_FOLLOWERS) or any(word in clause for word in AHEAD_WORDS):
        return None
    return name, place, ""


def _holds_an_act(name: str) -> bool:
    return any(verb in name for verb in (*ATTENDING_VERBS, *OPENING_VERBS))


def _head_and_place(clause: str) -> tuple[str, str]:
    """The subject before an opening verb and the place after its 在, dates and manner words stripped."""
    head, place = clause, ""
    at = clause.rfind("在")
    if at >= 0:
        head, place = clause[:at], _strip_trailers(clause[at + 1 :].split("以", 1)[0])
    on = head.rfind("于")
    if on >= 0 and _DATE.search(head[on:]):
        head = head[:on]
    # "…会议今天以视频方式召开", "…座谈会通过视频连线方式举行": the manner is no part of the name.
    head = _TRAILING_DAY.sub("", _LEADING_DATE.sub("", _MANNER.sub("", head.strip().rstrip("，,"))))
    # "由两岸企业家峰会主办的2013…峰会": the host clause is no part of the name.
    head = _HOSTED_BY.sub("", head)
    return _without_count(_strip_trailers(head)), place


def _organizer(head: str) -> str:
    """The body that called the meeting ("市政府召开…"); "" when the subject is a person chairing it."""
    if not head or len(head) > _ORGANIZER_MAX or head.endswith(("主持", "主持召开")) or head in BARE_NAMES:
        return ""
    if not all(is_han(char) or char in "、（）()" for char in head):
        return ""
    return head


def _opening_verbs(sentence: str) -> list[tuple[int, str]]:
    found = []
    for verb in (*OPENING_VERBS, *ATTENDING_VERBS):
        at = sentence.find(verb)
        while at >= 0:
            # "开幕式", "闭幕会": a ceremony's name, not the verb.
            if verb not in CEREMONY_VERBS or not sentence.startswith(CEREMONY_TAILS, at + len(verb)):
                found.append((at, verb))
            at = sentence.find(verb, at + 1)
    return sorted(found)


def _object_name(text: str, *, longest: bool = False) -> str | None:
    """The meeting named right after an opening verb: "召开党组会议,…" -> "党组会议".

    The shortest such name, or with `longest` the longest one before the clause ends
    ("世界经济论坛2015年年会", not "世界经济论坛").
    """
    limit = min(len(text), 60)
    quoted = 0
    found: str | None = None
    # From the first character: "，期间将举行…会议" is a later clause, not the name of what was just opened.
    for end in range(1, limit + 1):
        char = text[end - 1]
        # A quoted title may hold commas: "召开“深入学习…，完善…”座谈会".
        quoted += (char in "“《") - (char in "”》")
        if quoted <= 0 and (char in _CLAUSE_BREAK or char.isspace()):
            return found
        name = text[:end]
        if not _ends_with_noun(name) or text[end : end + 1] in ("议", "暨"):
            continue
        if text[end : end + 1] in "”》" and name.count("“") + name.count("《") > name.count("”") + name.count("》"):
            # "举办了“亚洲文明对话会”": a quoted name keeps its closing mark, as printed.
            name = text[: end + 1]
        if not longest:
            return name
        found = name
    return found


def _speech_venue(sentence: str) -> str | None:
    """The meeting of "在2023年全省教育工作会议上强调": the name between 在 (or 召开的) and 上."""
    at = sentence.find("在")
    while 0 <= at < 60:
        close = sentence.find("上", at)
        venue = sentence[at + 1 : close] if close > at else ""
        if venue and not any(mark in venue for mark in _CLAUSE_BREAK):
            for lead in ("召开的", "举行的"):
                if lead in venue:
                    venue = venue.split(lead, 1)[1]
            venue = _LEADING_DATE.sub("", venue)
            for ceremony in CEREMONIES:
                venue = venue.removesuffix(ceremony)
            if _ends_with_noun(venue) and _speaks_after(sentence, close + 1) and not _ahead_before(sentence, at):
                return venue
        at = sentence.find("在", at + 1)
    return None


def _ahead_before(sentence: str, at: int) -> bool:
    """Whether the clause before `at` puts what follows ahead ("期待李克强在论坛开幕式上发表…")."""
    start = max(sentence.rfind(mark, 0, at) for mark in _CLAUSE_BREAK) + 1
    return any(word in sentence[start:at] for word in AHEAD_WORDS)


def _speaks_after(sentence: str, at: int) -> bool:
    """Whether the clause from `at` reports speaking ("…会议上强调", "…大会上发表重要讲话"), not a mere mention
    ("在…会议上，一位人士透露")."""
    clause = re.split(f"[{_CLAUSE_BREAK}]", sentence[at:], maxsplit=1)[0] if at < len(sentence) else ""
    for word in (*SPEECH_VERBS, *SPEECH_WORDS):
        at_word = clause.find(word)
        # "在座谈会上的讲话引起…反响", "在座谈会上发言的…", "在座谈会上提出的…措施": the speech qualifies a noun,
        # the sentence is about something else.
        if at_word >= 0 and not clause.startswith("的") and not clause.startswith("的", at_word + len(word)):
            return True
    return False


def resolve_date(opening: Opening, published_at: str | None, title: str | None,
                 previous: str | None) -> str | None:
    """The meeting day as YYYY-MM-DD, the year taken from the sentence, else the publish date, else the title."""
    published = _published_day(published_at)
    if opening.same_day:
        return previous
    if opening.relative is not None:
        return (published + timedelta(days=opening.relative)).isoformat() if published else None
    if opening.day is None:
        return None
    year, month, day = opening.day
    if year is None and published is not None:
        # A report follows its meeting: a day later in the year than the publish date is last year's.
        year = published.year - 1 if (month, day) > (published.month, published.day) else published.year
    if year is None and title:
        match = _YEAR.search(title)
        year = int(match.group(1)) if match else None
    if year is None:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _published_day(published_at: str | None) -> date | None:
    if not published_at:
        return None
    try:
        return date.fromisoformat(published_at[:10])
    except ValueError:
        return None


def scan_people(text: str, start: int, end: int, para: int) -> list[PersonEvent]:
    """Host, speakers and attendees named in the sentence text[start:end], in order."""
    events: list[PersonEvent] = []
    run_start = start
    clause_start = start
    for i in range(start, end + 1):
        if i < end and text[i] not in _CLAUSE_BREAK:
            continue
        a, b = _trim(text, clause_start, i)
        clause_start = i + 1
        if a >= b:
            continue
        kind = _clause_people(text, a, b, events, para)
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
    by, hosted = HOST_BY
    if clause.startswith(by) and clause.endswith(hosted):
        return _add(events, text, a + len(by), b - len(hosted), "host", para)
    infix = clause.find(HOST_INFIX)
    if infix > 0:
        # "…主任习近平9月9日下午主持召开…", "习近平1日上午在京主持召开…": the day and the place between the
        # name and the act are not part of the name.
        head = _TRAILING_DAY.sub("", _TRAILING_PLACE.sub("", clause[:infix]))
        return _add(events, text, a, a + len(head), "host", para)
    for act in HOST_SPEAKER_ACTS:
        if clause.endswith(act):
            kind = _add(events, text, a, b - len(act), "host", para)
            return _add(events, text, a, b - len(act), "speaker", para) if kind else None
    tail = _SPEAKER_ACT.search(clause[-_ACT_WINDOW:])
    if tail is not None and tail.start() + max(0, len(clause) - _ACT_WINDOW) > 0:
        return _add(events, text, a, b - len(tail.group()), "speaker", para)
    for act in HOST_ACTS:
        if clause.endswith(act) and len(clause) > len(act):
            return _add(events, text, a, b - len(act), "host", para)
    if _ATTENDEE_ACT.search(clause[-_ACT_WINDOW:]) and not clause.startswith(("会议", "会上")):
        return "attendees"
    return None


def _add(events: list[PersonEvent], text: str, a: int, b: int, kind: str, para: int) -> str | None:
    people = parse_people(text[a:b])
    for person in people:
        events.append(PersonEvent(a, kind, person=person, para=para))
    return kind if people else None


def parse_people(text: str) -> list[dict[str, Any]]:
    """Split "省委书记张三、省长李四" into people {name, role, text}; [] when any part is not a person."""
    people: list[dict[str, Any]] = []
    pending: int | None = None
    seg_start = 0
    for i in range(len(text) + 1):
        if i < len(text) and text[i] not in "、和及与":
            continue
        seg_end = i - 2 if text[seg_start:i].endswith("同志") else i
        if seg_end - seg_start < 2:
            return []
        split = _split_name(text, seg_start, seg_end, bare=pending is None)
        if split is not None:
            role_start = seg_start if pending is None else pending
            people.append({
                "name": text[split:seg_end],
                "role": text[role_start:split] or None,
                "text": text[role_start:seg_end],
            })
            pending = None
        elif text[seg_start:seg_end].endswith(TITLE_SUFFIXES):
            pending = seg_start if pending is None else pending
        else:
            return []
        seg_start = i + 1
    return people if pending is None else []


def _split_name(text: str, a: int, b: int, *, bare: bool) -> int | None:
    """Where the name starts in text[a:b] ("厅长王庆东" -> at 王), or None."""
    for length in range(2, _NAME_MAX + 1):
        k = b - length
        if k < a or not all(is_han(char) for char in text[k:b]):
            return None
        # A transliterated name of two characters ("祖马") is a name only after a title ("南非总统祖马").
        if not _is_name(text[k:b]) and not (k > a and length == 2 and _is_foreign(text[k:b])):
            continue
        if k == a:
            if bare and not text[a:b].endswith(TITLE_SUFFIXES):
                return k
            continue
        if text[a:k].endswith(TITLE_SUFFIXES):
            return k
    return None


def _is_name(word: str) -> bool:
    """A Chinese name (a surname and one to three characters) or a transliterated one (瓦塔拉)."""
    if word[0] in SURNAMES and len(word) <= 3:
        return True
    if len(word) == 4 and (word[:2] in COMPOUND_SURNAMES or (word[0] in SURNAMES and word[1] in SURNAMES)):
        # Four characters: a compound surname (欧阳…) or two surnames (陈冯富珍); "包括中国" is no name.
        return True
    return len(word) >= 3 and _is_foreign(word)


def _is_foreign(word: str) -> bool:
    return all(char in FOREIGN_NAME_CHARS for char in word)
