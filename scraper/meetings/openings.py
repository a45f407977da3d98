"""The opening sentence of a meeting ("2月11日,2023年全省教育工作会议在沈阳召开", "市政府召开第25次常务会议",
"李克强出席…峰会"): whether it opens a meeting held now, and the meeting's name, place, organizer and day as
printed. Every string returned is a slice of the sentence it was read from."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import DATE, DAY_TEXT, LEADING_DATE, SPOKEN_DAY, TRAILING_DAY, read_day
from .people import is_han, parse_people
from .symposia import symposium_place
from .terms import (
    AHEAD_WORDS,
    ATTENDING_FOLLOWERS,
    ATTENDING_VERBS,
    BARE_NAMES,
    CEREMONIES,
    CEREMONY_TAILS,
    CEREMONY_VERBS,
    CONGRATULATING,
    EACH_ADVERBS,
    FUTURE_MARKS,
    HABIT_MARKS,
    MEETING_NOUNS,
    NOT_CONVENED,
    NOT_MEETINGS,
    NOT_OPENING_AFTER,
    OPENING_VERBS,
    ORG_SUFFIXES,
    PLACE_TRAILERS,
    PRESS_AUDIENCES,
    PURPOSE_STARTS,
    REFERRING_WORDS,
    SCHEDULED,
    SPEECH_MAKING,
    SPEECH_QUALIFIERS,
    SPEECH_VERBS,
    SPEECH_WORDS,
    TOUR_ACTS,
    UNIT_LEADER_LEVELS,
    VENUES,
)

_WINDOW = 200
# The referring words that start a meeting's name referred back to (这次会晤); 该 and 这一 also stand inside words.
_REFERRING = tuple(word for word in REFERRING_WORDS if len(word) == 2 and word != "这一")
# Only meetings are convened or held: what 召开 / 举行 opens is a meeting by any name ending in 会 (`_convened`), shows
# and fairs (NOT_CONVENED) aside.
CONVENE = "召开"
CONVENERS = (CONVENE, "举行")
# Characters after a noun ending in 会 that make it another word or a longer name: "…会议", "…暨…", "常委会会议",
# and words 会 starts ("举行工作会谈" is talks, not a 工作会; 会见, 会面, 会晤, 会员, 会长, 会场, 会期 …).
_NAME_GOES_ON = frozenset("议暨会谈见面晤员长场所址标徽期务")
_SITTING = re.compile(r"第[一二三四五六七八九十百\d]{1,4}次(?:全体|扩大|主任|常务)?会议")
# A meeting whose 精神 (what it decided) a later meeting studies: "召开省委…全会精神专题学习会" names the 学习会.
_STUDIED = re.compile(r"精神[^，,。；;：:]{0,10}?(?:学习会|座谈会|宣讲会|报告会|研讨会|会议)")
# A meeting whose work a later meeting deploys or prepares, or for which it gathers opinions: "召开村民大会工作部署会",
# "召开村民代表大会筹备工作会议", "召开…年度工作会议筹备座谈会", "召开…民主生活会征求意见座谈会" name the 部署会, the
# 会议 and the 座谈会.
_ITS_WORK = re.compile(rf"[^\W\d_]{{0,4}}?(?:工作|筹备|征求意见)[^\W\d_]{{0,6}}?(?:{'|'.join(MEETING_NOUNS)})")
# A meeting of those who run a session for it: "召开县政协九届三次会议召集人会议" names the 召集人会议 (its conveners'),
# as "…大会主席团会议" names the presidium's.
_ITS_RUNNERS = re.compile(rf"(?:召集人|主席团|执行主席|秘书长|组长|团长)(?:{'|'.join(MEETING_NOUNS)})")
_ORGANIZER_MAX = 30
_CLAUSE_BREAK = "，,；;：:。！？!?"
# A dateline after a glued headline: "中新网7月11日电 ", "中广网北京7月10日消息（记者 聂巧）", "本报讯(记者 张三)".
_DATELINE = re.compile(
    r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日(?:电|消息)|本报讯|本台讯)"
    r"[：:]?\s*(?:[（(](?:记者|通讯员)[^）)]{0,40}[）)])?\s*"
)
# A headline glued before a body that starts with its day: "…召开一季度经营形势分析会 锚定全年目标不松劲4月9日，…" (the
# headline's words end at a space; no clause break before the day).
_GLUED_DAY = re.compile(rf"[ \u3000][^，,。；;：:！？!?]{{0,40}}?(?P<day>{DAY_TEXT})")
_PRESS_TAIL = 3  # 通气会, 见面会: two characters and 会 after the audience
_MANNER = re.compile(r"(?:以|通过)[^\W_]{1,8}(?:方式|形式)$")
# How long a meeting lasts, before its name: "为期3天的", "为期两周的", "为期一个月的".
_DURATION = re.compile(r"为期[一二两三四五六七八九十半几多\d]+个?(?:天|日|周|星期|月|年)的")
_COUNT = re.compile(r"[一二两三四五六七八九十几多\d]+[次场]")
# A clause before the name that qualifies it: who holds it ("由…主办的") or its theme ("以“…”为主题的").
_HOSTED_BY = re.compile(
    r"^(?:由[^，。]{1,40}?(?:联合|共同)?(?:主办|承办|举办|发起|主持)|以[^，。]{1,40}?为(?:主题|题)"
    # The last of several hosts' clauses, after the comma that joins it to the first ("由…主办，…承办的"): no 由.
    r"|[^，。]{1,40}?(?:承办|协办))的"
)
# Who attends, before the name a verb opens ("召开有各科室主任参加的院长办公会"): no part of the name.
_ATTENDED_BY = re.compile(r"^有[^，,。；;：:]{1,40}?(?:参加|出席|列席|参与)的")
# Where an attended meeting is held, before its name: "出席在北岭国青河市举行的…论坛" (the place, no part of the name).
# Its day may come first ("出席当天在青河召开的…会议"), and a host clause is no part of the name either (由…主办的).
_HELD_AT = re.compile(rf"^{SPOKEN_DAY}(?:在(?P<place>[^，,。；;：:的在]{{1,30}}?))?(?:召开|举行|举办)的")
# A qualifier inside a name after its meeting noun, unbracketed: "院长办公会扩大会议", as "常委会（扩大）会议".
_ENLARGED = "扩大"
_OPENING_QUOTES, _CLOSING_QUOTES = ("“", "「"), ("”", "」")
# The issue of a meeting held in a series, bracketed after its name at the clause's end: "（第一期）", "(第3次)".
_ISSUE = re.compile(r"(?P<issue>[（(]第[一二三四五六七八九十百\d]{1,4}[期次届场轮][）)])(?:[，,；;：:。！？!?\s]|$)")
# A clock's colon between its hour and minutes: "4:30", "14：30".
_CLOCK_COLON = re.compile(r"\d[:：]\d{2}")
# An hour opening the subject after its day is struck (16:00, 9时30分, 9点).
_LEADING_CLOCK = re.compile(r"^\s*\d{1,2}(?:[:：]\d{2}|[时点](?:\d{1,2}分)?)\s*")
# How long a meeting runs, before its name (为期两天的, 为期3天的).
_LASTING = re.compile(r"^为期[\d一二两三四五六七八九十半]+(?:个)?[天日周月]的")
# The moment of its act after its name (…论坛在圆满完成各项议程后, …大会在…之际).
# Without 在, the agenda done (…会议圆满完成各项议程后，今天下午在北京闭幕): only those words, so that no part of the name
# before them is taken for the moment.
_MOMENT = re.compile(
    r"在[^在，,。；;]{2,20}(?:后|之后|之际|前夕)$"
    r"|(?:圆满|顺利)?完成了?(?:各项|全部|所有|既定|预定)*(?:议程|议题|任务)(?:之)?后$"
    # the theme a meeting takes, printed after its name ("某某论坛以“…”为主题，15日在杭州举办…")
    r"|以[“\"「『][^”\"」』]{1,40}[”\"」』]为(?:年度)?(?:主题|题|主线)$"
)
# A clause between the subject and its act that says who holds it ("…论坛以“…”为年度主题，由中宣部和北京市委共同主办，
# 当日在北京开幕"): the subject stands before it too.
_HOSTS_TAIL = re.compile(r"[，,]由[^，,。；;：:]{2,40}?(?:联合|共同)?(?:主办|承办|举办|发起)$")
# A clause after the subject's comma that opens on the day, the time of day or the place of the act ("…议程后，今天
# 下午在北京闭幕", "…全体会议，于…在北京举行"): the subject stands before the comma.
# The day may be a span ("12月8日至9日在中央党校举行").
_ACT_SETTING = re.compile(rf"(?:于|在|{SPOKEN_DAY}(?:[至到—-](?:\d{{1,2}}月)?\d{{1,2}}[日号])?在)")
# The writer's own body named as 我 or 本 and its kind (我院, 本院, 我校, 我市, 我公司: a unit's level as a group of
# leaders names it, or a firm's, an office's) before a meeting's name, as subject or as object (召开了本院…会议).
_OUR_UNIT = re.compile(rf"^[我本](?:[{UNIT_LEADER_LEVELS}司所]|公司|中心)(?=\S{{2}})")
# A speech addressed to a meeting from afar, made or given: "向在庆州举行的…峰会发表题为《…》的书面演讲",
# "向大会发表视频致辞", "向论坛视频致辞". The meeting is the object of 向, its place in a clause before its name.
_ADDRESSED = re.compile(
    rf"向(?P<venue>[^，,。；;：:！？!?“”]{{2,60}}?)"
    rf"(?:(?:{'|'.join(SPEECH_MAKING)})了?(?:题为《[^《》]{{1,60}}》的)?|(?:{'|'.join(SPEECH_QUALIFIERS)}))"
    rf"(?:{'|'.join(SPEECH_QUALIFIERS)})?(?:讲话|演讲|致辞)"
)
# An address is the meeting's news when the lead's sentence opens on it, within its first characters.
_ADDRESSED_WITHIN = 60
# A session deliberating in groups as the setting of what its members say ("…常委会第二十七次会议分组审议…报告时，与会
# 人员…呼吁…"): the session is the meeting reported, held now, with no opening verb.
_DAY_ALONE = re.compile(rf"^{SPOKEN_DAY}$")
_DELIBERATING = re.compile(
    r"^(?P<name>[^，,。；;：:]{4,40}?(?:会议|全会|大会))(?:分组|联组)?(?:审议|讨论)[^，,。；;]{2,60}?时[，,]"
)
# ... or its day printed after its name, the deliberation the whole sentence ("…常委会第二次会议24日上午分组审议…草案。"),
# or what it adopted ("…高级别会议26号通过成果文件。": the document's points follow as its own).
_SITTING_ON_ITS_DAY = re.compile(
    rf"^(?P<name>[^，,。；;：:]{{4,40}}?(?:会议|全会|大会))(?P<day>{SPOKEN_DAY})(?:(?:分组|联组)?(?:审议|讨论)|通过)"
    r"[^，,。；;]{2,60}?(?:时[，,]|。|$)"
)


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
    held_as_verb: bool = False  # "…与辅导员进行了座谈": a symposium held as a verb (symposia.py), no name read
    labelled: bool = False  # minutes' labels ("会议时间:…", "会议地点:…"): the record of a meeting held
    toured: bool = False  # the place is a tour's the meeting was held on ("在海南省调研并主持召开…"), maybe wider


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
    if name and any(name in (match.group("name"), match.group(0)) for match in _COUNTED_MEETINGS.finditer(sentence)):
        return None
    opening = Opening(start, None if not name or name in BARE_NAMES else name, place or None, organizer or None)
    opening.day, opening.relative, opening.same_day = read_day(sentence, body)
    opening.toured = bool(place) and re.search(f"在{re.escape(place)}{_TOUR}", sentence) is not None
    # Only the symposium read as a verb comes with an empty name (an opening verb's name has characters).
    opening.held_as_verb = name == ""
    return opening


# Minutes printed as labelled lines at their head ("会议时间:2024年4月19日", "会议地点:松山村会议室", "会议名称:…"): the
# record of a meeting held, its day and place (and name, where one is printed) in the labels, no sentence opening it.
# A line of who chaired or took the record, or of what was discussed, tells minutes from a notice of a meeting ahead,
# which prints the same day and place labels.
_MINUTES_LINE = re.compile(r"[ \u3000]*会议(?P<label>名称|时间|日期|地点)[ \u3000]*[:：][ \u3000]*(?P<value>\S[^\n]{0,59})")
_MINUTES_RECORD = re.compile(r"[ \u3000]*(?:主持人|记录人|记录员|会议内容|会议记录)[ \u3000]*[:：]")
_MINUTES_HEAD = 8  # lines
_MINUTES_FIRST = 2  # the line the labels start on at the latest (a headline line may stand first)


def minutes_heading(text: str, title: str | None = None) -> Opening | None:
    """The meeting a record in minutes' form opens by its labels: a day's, a place's and a record's line among its
    first lines, the labels starting at its head (or in the line a plain text's reader took for its title); None
    otherwise."""
    labels: dict[str, str] = {}
    lines = text.split("\n", _MINUTES_HEAD)[:_MINUTES_HEAD]
    heads = [title, *lines] if title else lines
    start, offset, recorded = -1, -len(title) - 1 if title else 0, False
    for number, line in enumerate(heads):
        match = _MINUTES_LINE.fullmatch(line.rstrip())
        if match is not None and (start >= 0 or number <= _MINUTES_FIRST):
            labels.setdefault(match.group("label"), match.group("value"))
            start = offset if start < 0 else start
        recorded = recorded or _MINUTES_RECORD.match(line) is not None
        offset += len(line) + 1
    day = labels.get("时间") or labels.get("日期")
    if day is None or "地点" not in labels or not recorded:
        return None
    opening = Opening(max(start, 0), labels.get("名称"), labels["地点"], labelled=True)
    opening.day, opening.relative, opening.same_day = read_day(day, 0)
    return opening


# Meetings counted (同期举办25场论坛, 举办了多场座谈会, 每天要参加近3个会议): several held beside the event reported or
# in general, none of them reported; a numbered one (第3场座谈会) is one meeting.
_COUNTED_MEETINGS = re.compile(
    r"(?<!第)(?:[近约逾]|超过)?(?:\d+|[两几多数若干十百]+)[场个](?P<name>[^\W\d_]{0,12}?(?:论坛|座谈会|会议|研讨会|报告会|分论坛))"
)


def not_a_meeting(name: str) -> bool:
    """A press conference (发布会, 记者会, any 会 held for the press: 新闻通气会) or bilateral talks (双边会晤)."""
    if name.endswith(NOT_MEETINGS):
        return True
    for audience in PRESS_AUDIENCES:
        tail = name[name.rfind(audience) + len(audience) :] if audience in name else ""
        if tail.endswith("会") and len(tail) <= _PRESS_TAIL and tail not in MEETING_NOUNS:
            return True
    return False


# The mark joining two events held as one (…大会暨…启动仪式).
_JOINED = "暨"


# A board counted by its sittings is one of them (第七届第七次常务理事会, 第三次董事会): the count of times makes the
# body's name a meeting's.
_SITTING_OF_BOARD = re.compile(r"第[\d一二三四五六七八九十百零〇]{1,4}次(?:常务|全体)?(?:理事会|董事会|监事会)$")


def _ends_with_noun(name: str) -> bool:
    """A name that ends in a meeting noun, unless a body's name is the longer ending ("…红十字会") and no count of
    sittings makes it one of the body's meetings ("第七次常务理事会"); "协商会" is a meeting though it ends like "商会"."""
    if _SITTING_OF_BOARD.search(name):
        return True
    noun = max((len(word) for word in MEETING_NOUNS if name.endswith(word)), default=0)
    body = max((len(word) for word in ORG_SUFFIXES if name.endswith(word)), default=0)
    return noun > body


def _joint_name(text: str, end: int) -> bool:
    """Whether text[:end], ending where its clause does (or before 并), joins a meeting and another event
    ("…纪念大会暨…启动仪式", "…会议暨…精神宣讲"): named by both, the other holding no meeting of its own (whose
    ceremony would be another matter: …大会暨…大会闭幕式)."""
    if text[end : end + 1] not in ("", "并", *_CLAUSE_BREAK) and not text[end : end + 1].isspace():
        return False
    head, joined, tail = text[:end].rpartition(_JOINED)
    return (bool(joined and tail) and "并" not in tail and not any(word in tail for word in MEETING_NOUNS)
            and _ends_with_noun(head))


def _convened(name: str) -> bool:
    """What 召开 opens: only meetings are convened, so any name ending in 会 is one ("…中心组学习会",
    "…情况通报会"), not only the nouns of the table; a body (…委员会, …协会) or a show (运动会) is not."""
    return (
        len(name) >= 3 and name.endswith("会") and not name.endswith(ORG_SUFFIXES) and not name.endswith(NOT_CONVENED)
    )


# The year of a yearly meeting printed after its noun ("中国马克思主义论坛2009", "某某论坛（2019）").
_EDITION_YEAR = re.compile(r"\s*[（(]?(?:19|20)\d{2}(?:年)?[）)]?$")


def _names_meeting(head: str, convened: bool = False) -> bool:
    """A meeting's name as an opening's subject, also a joint one whose first part is a meeting
    ("…会员代表大会暨五届一次理事会", "…工作会议暨…启动仪式") or one with its edition's year after the noun
    ("中国马克思主义论坛2009"); with `convened` any name 召开 may open."""
    first = head.split("暨", 1)[0]
    names = [_unquoted(name) for name in (head, first, _SUMMIT_TALKS.sub("", head))]
    names.append(_EDITION_YEAR.sub("", names[0]))
    return any(_ends_with_noun(name) or (convened and _convened(name)) for name in names)


# A summit's talks in their narrow or wide format, named after the meeting they are part of (…元首理事会第十八次会议的
# 小范围会谈): a session of that meeting, where talks named alone are no meeting.
_SUMMIT_TALKS = re.compile(r"的?(?:小范围|大范围)会谈$")


def _unquoted(name: str) -> str:
    """A quoted name keeps its closing mark as printed ("“第三届…论坛”在…召开", "召开“民营经济圆桌会”"), also after
    an edition printed outside the marks ("第五届“丝路数字经济论坛”"): the name without it, whose noun stands before it."""
    return name[:-1] if name.endswith(_CLOSING_QUOTES) and any(mark in name for mark in _OPENING_QUOTES) else name


def _strip_trailers(text: str) -> str:
    stripped = True
    while stripped:
        stripped = False
        for word in PLACE_TRAILERS:
            if text.endswith(word) and len(text) > len(word):
                text, stripped = text[: -len(word)], True
    return text


# Adverbs after the day, before 在 and the place: several meetings held each somewhere ("…大会今天分别在北京闭幕"), or
# a meeting held on after its first day ("…一般性辩论25号继续在纽约…举行").
_EACH = re.compile(f"(?:{'|'.join((*EACH_ADVERBS, '继续'))})$")


# Leaders as a group partnering the subject ("各国领导人", "中东欧16国领导人"), or the guests the subject holds it with
# ("同出席…论坛的国际工商企业界代表举行对话会", "与参加…的青年企业家座谈").
_PARTNER_GROUPS = ("领导人", "领导人们", "代表", "代表们", "嘉宾", "专家", "学者", "人士", "企业家", "青年", "学生")


def _without_partner(place: str) -> str:
    """The place before a partner who holds the meeting with the subject ("在杭州同俄罗斯总理米舒斯京共同主持…" ->
    "杭州"), or before the leaders or guests who attend it with the subject ("在杭州与中东欧16国领导人共同出席…",
    "在大连同出席…论坛的…代表举行对话会"); a place with
    同 or 与 in its own name stays whole ("在上海同济大学"). Of several partners the first tells (a foreign name
    of two characters after the next one's title is no listed name: "…同欧洲理事会主席图斯克、欧盟委员会主席容克")."""
    for at, char in enumerate(place):
        if char not in "同与" or at < 2:
            continue
        partner = place[at + 1 :]
        if parse_people(partner) or parse_people(partner.split("、")[0]) or partner.endswith(_PARTNER_GROUPS):
            return place[:at]
    return place


def _dateline_end(sentence: str) -> int:
    """Where the body starts after a headline and dateline glued before it ("…(全文)中新网7月11日电 第五届…"), or
    after a headline glued before a body that starts with its day ("…分析会 锚定全年目标不松劲4月9日，…"), or 0."""
    ends = [match.end() for match in _DATELINE.finditer(sentence)]
    if ends:
        return ends[-1]
    glued = _GLUED_DAY.search(sentence)
    return glued.start("day") if glued is not None else 0


def _without_count(name: str) -> str:
    """The name without a count before it ("两次经济形势座谈会" -> "经济形势座谈会"; "第二次…" is a name) or its
    length ("为期三天的…大会" -> "…大会")."""
    span = _DURATION.match(name)
    if span is not None and _ends_with_noun(name[span.end() :]):
        name = name[span.end() :]
    match = _COUNT.match(name)
    return name[match.end() :] if match and _ends_with_noun(name[match.end() :]) else name


def announces(text: str, start: int, end: int) -> bool:
    """Whether the sentence at text[start:end] puts a meeting ahead: an opening verb after 将 / 将于 / 定于 …
    ("…第二十四次会议定于7月28日至29日在县行政中心召开")."""
    sentence = text[start : min(end, start + _WINDOW)]
    for verb_at, _ in _opening_verbs(sentence):
        before = sentence[:verb_at]
        if before.endswith(FUTURE_MARKS) or any(word in before for word in SCHEDULED):
            return True
    return False


def _name_and_place(sentence: str) -> tuple[str, str, str] | None:
    for verb_at, verb in _opening_verbs(sentence):
        found = _opened_by(sentence, verb_at, verb)
        if found is not None:
            return found
    speech = _speech_venue(sentence)
    if speech is not None:
        return speech
    addressed = _addressed_venue(sentence) or _deliberating(sentence)
    if addressed is not None:
        return addressed
    place = symposium_place(sentence)
    return ("", place, "") if place is not None else None


def _opened_by(sentence: str, verb_at: int, verb: str) -> tuple[str, str, str] | None:
    """(name, place, organizer) when the verb at `verb_at` opens a meeting held now, else None."""
    # A blank after the verb ("组织召开 会议传达…", where a name was left out) is no part of the object.
    after = sentence[verb_at + len(verb) :].lstrip()
    before = sentence[:verb_at]
    subject = _subject_and_place(before) if _held_now(before, after) else None
    if subject is None:
        return None
    head, place, clause = subject
    if verb == _PROCEEDS and not _NUMBERED_STUDY.match(after):
        return _proceeds(head, place, after)
    if verb == _CARRIED:
        # "林场开展了“…”大讨论动员部署会": 开展 opens a meeting only when its object is one by its noun.
        carried = _object_name(after.removeprefix("了"))
        return None if carried is None or not_a_meeting(carried) else (carried, place, _organizer(head))
    # "2023年全省教育工作会议在沈阳召开": a subject that is a meeting held somewhere is the name.
    # "市人大常委会召开第十二次会议": otherwise the object names the meeting and the subject called it.
    named = _OUR_UNIT.sub("", _ATTENDED_BY.sub("", after.removeprefix("了"), count=1))
    name = _object_name(named, convened=verb in CONVENERS)
    if name is not None and named[len(name) :].startswith("的"):
        # "倡议召开亚洲文明对话大会的一个具体行动": the meeting qualifies a noun, it is not opened here.
        return None
    if name is not None and (issue := _ISSUE.match(named, len(name))) is not None:
        # "召开“民营经济圆桌会”(第一期)": the issue of a meeting held in a series belongs to its name, as printed.
        name = named[: issue.end("issue")]
    name = name and _without_count(name)
    bare = name is None or name in BARE_NAMES
    if verb in ATTENDING_VERBS:
        return _attended(clause, after, place)
    if name is not None and _for_the_press(named, name):
        return None
    # "省委常委会3月18日召开会议": a body named like its sittings (常委会) convenes the bare 会议 it prints; only a
    # subject with no object printed is the meeting held ("…工作会议在沈阳召开").
    convened_bare = name is not None and bare and verb in CONVENERS
    if _names_meeting(head, verb in CONVENERS) and (place or head.endswith("会议") or bare) and not convened_bare:
        return None if not_a_meeting(head) else (head, place, "")
    if name is not None:
        return None if not_a_meeting(name) or _bilateral(clause, name) else (name, place, _organizer(head))
    return None


def _for_the_press(named: str, name: str) -> bool:
    """Whether the object `named`, whose shortest meeting's name is `name`, is a press conference: "…五次会议今天举行
    记者会" opens one whatever holds it, and "举行党的十八届六中全会新闻发布会" one on a meeting, not the meeting."""
    return not_a_meeting(name) or not_a_meeting(_object_name(named, longest=True) or name)


def _subject_and_place(before: str) -> tuple[str, str, str] | None:
    """The subject of the clause before an opening verb, the place after its 在 (`_head_and_place`) and the clause;
    None when the clause states a purpose (为…召开)."""
    cut = _last_break(before, len(before))
    if before[cut + 1 :].lstrip().startswith(PURPOSE_STARTS):
        return None
    subject = _HOSTS_TAIL.sub("", before[:cut].rstrip()) if cut > 0 else ""
    if _ACT_SETTING.match(before, cut + 1) and _names_meeting(_MOMENT.sub("", subject.strip())):
        # "…第四次全体会议，于2019年10月28日至31日在北京举行": the subject stands before the comma.
        cut = _last_break(before, len(subject))
    head, place = _head_and_place(before[cut + 1 :])
    # "…大会开幕式在…举行": the meeting's ceremony held is the meeting opened (its name without the ceremony).
    return _meeting_of_pair(_without_ceremony(_named_part(head))), place or _toured_place(before, cut), before[cut + 1 :]


def _proceeds(head: str, place: str, after: str) -> tuple[str, str, str] | None:
    """(name, place, "") when the subject `head` is a meeting that goes on at `place` (…在纽约联合国总部进行。), a
    place and not a manner ("在热烈的气氛中进行"); else None."""
    where = bool(place) and "的" not in place and not place.endswith("中")
    held = where and after.startswith(tuple(_CLAUSE_BREAK)) and _names_meeting(head, False)
    return (head, place, "") if held and not not_a_meeting(head) else None


# The place of a tour the holder's act is joined to ("…在天津滨海新区调研，并主持召开…座谈会").
_TOUR = rf"(?:{'|'.join(TOUR_ACTS)})(?:工作)?"
_TOURED_AT = re.compile(rf"在(?P<place>[^，,。；;在]{{2,20}}?){_TOUR}$")
# A tour joined to the holder's act at the end of the place after 在 ("湖南省调研并").
_TOUR_JOINED = re.compile(rf"(?<=[^\W\d_]{{2}}){_TOUR}并$")


def _toured_place(before: str, cut: int) -> str:
    """The place of the tour in the clause before `cut` when the opening verb's clause joins it (并主持召开…), else ""."""
    if not before[cut + 1 :].lstrip().startswith("并"):
        return ""
    toured = _TOURED_AT.search(before[:cut])
    return toured.group("place") if toured is not None else ""


# A meeting held together with an event that is none, joined by 和 / 及 / 与 ("…座谈会和成果展今天在京举办").
_PAIRED = re.compile(r"^(?P<meeting>.{2,60}?)(?:和|及|与)(?P<other>[^\W_]{1,8})$")


def _meeting_of_pair(head: str) -> str:
    """The meeting of a subject that pairs it with an event that is no meeting ("…30周年座谈会和成果展" -> "…30周年
    座谈会"); the subject as it is otherwise (two meetings joined, or no meeting)."""
    pair = _PAIRED.match(head)
    if pair is None or not _ends_with_noun(pair.group("meeting")) or _ends_with_noun(pair.group("other")):
        return head
    return pair.group("meeting")


def _named_part(head: str) -> str:
    """The part of the subject before an opening verb that may name the meeting: what others do before the name
    is no part of it ("…领导人在讲话中祝贺这次峰会在三亚举行": a referring word starts the name, whatever acts
    before it; so does the word after someone's congratulation, "李华在致辞中祝贺第三届…博览会在青河开幕", whose
    object the meeting is; at the name's start, "庆祝…大会" is the name's own, and it starts the name after the
    body holding it, "中华全国总工会庆祝…大会": a celebration is someone's act only in a speech, "在讲话中庆祝")."""
    head = head[max(0, *(head.rfind(word) for word in _REFERRING)) :]
    # The word right before the meeting's noun is the name's own ("…成立60周年庆祝大会"): nothing is its object.
    ends = [
        at if word == _CELEBRATING and head[at - 1] != "中" else at + len(word)
        for word in CONGRATULATING
        if (at := head.rfind(word)) > 0 and len(head) - at - len(word) > _NOUN_ONLY
    ]
    return head[max(ends, default=0) :]


# Celebrating names a meeting's kind ("庆祝…大会") unless someone does it in a speech.
_CELEBRATING = "庆祝"
# A meeting's noun after the word is this long at most (大会, 座谈会): the word has no object of its own.
_NOUN_ONLY = 3


# One partner after 同 / 与 before the verb: "钟文华…同萨瓦纳共和国总统马塔伊举行视频会晤" (several partners, listed
# with 、, hold a multilateral one: "…同北溪国总理张伟、南岭国总统赵敏…举行…集体会晤").
_ONE_PARTNER = re.compile(r"(?<!共)[同与](?!会)[^、，,。；;]{2,40}$")


def _bilateral(clause: str, name: str) -> bool:
    """Whether a 会晤 is held with one partner, named in the verb's clause: talks between two sides, like a 会谈,
    not a meeting."""
    return name.endswith("会晤") and _ONE_PARTNER.search(clause) is not None


def _held_now(before: str, after: str) -> bool:
    """Whether the opening verb between `before` and `after` reports a meeting held now: not one referred to
    ("会议召开以来"), put ahead or scheduled ("将于…召开"), or held as a habit."""
    if after.startswith(NOT_OPENING_AFTER) or before.endswith(FUTURE_MARKS) or any(
        word in before for word in SCHEDULED
    ):
        return False
    # "多次召开理事会", "每季度召开一次座谈会": a habit or a history, not the meeting reported.
    return not before.removesuffix("组织").endswith(HABIT_MARKS)


def _last_break(text: str, end: int) -> int:
    """Where the last clause break before `end` stands, or -1; a clock's colon ("下午 4:30在…召开") breaks none."""
    cut = max(text.rfind(mark, 0, end) for mark in _CLAUSE_BREAK)
    while cut > 0 and ((text[cut] in ":：" and _CLOCK_COLON.match(text, cut - 1)) or _quoted_at(text, cut, end)):
        cut = max(text.rfind(mark, 0, cut) for mark in _CLAUSE_BREAK)
    return cut


def _quoted_at(text: str, at: int, end: int) -> bool:
    """Whether the mark at `at` stands inside a quoted title that closes before `end` ("第三届“民主：…”国际论坛")."""
    closing = sum(text.count(mark, at, end) for mark in _CLOSING_QUOTES)
    opening = sum(text.count(mark, at, end) for mark in _OPENING_QUOTES)
    return closing > opening


def _attended(clause: str, after: str, place: str) -> tuple[str, str, str] | None:
    """A named meeting someone attends now ("李克强…出席第21次…领导人会议，"), as (name, place, "")."""
    after = after.removeprefix("了")
    held_at = _HELD_AT.match(after)
    if held_at is not None and not place:
        # "出席在青河举行的工商论坛": the place the meeting is held is printed before its name.
        place, after = held_at.group("place") or "", after[held_at.end() :]
    # "出席由青河市政府主办的…论坛": the host clause is no part of the name, as before an opening verb.
    after = _HOSTED_BY.sub("", after, count=1)
    name = _object_name(after, longest=True)
    if name is not None and _holds_an_act(name):
        # "出席…峰会的各国领导人及企业家代表出席大会": the longest name ran across another act; a meeting's
        # name holds none ("主持召开…会议" is opened by its 召开).
        name = _object_name(after)
    follows = after[len(name) :] if name is not None else ""
    if name is not None:
        # "出席…领导人非正式会议东道主交接环节", "出席…峰会第二及第三阶段会议": a segment or session of the
        # meeting is attended; the meeting is the one reported.
        follows = _SEGMENT.sub("", follows, count=1)
        name = _without_session(name)
    if after.startswith(OPENING_VERBS):
        # "主持召开…会议": the opening verb that follows reads the meeting.
        return None
    if name is None or name in BARE_NAMES or name in MEETING_NOUNS or not_a_meeting(name) or (
        name.startswith(REFERRING_WORDS)
    ):
        # "王沪宁出席会议", "…参加座谈会", "参加这次峰会": attendance at a meeting named elsewhere.
        return None
    # "参加…会议新闻报道工作的…", "出席…年会期间": the meeting only qualifies something else;
    # "欢迎李克强出席…", "将出席…": a meeting ahead.
    if not follows.startswith(ATTENDING_FOLLOWERS) or _AHEAD.search(clause) is not None:
        return None
    # "会见来华出席…年会开幕式的俄罗斯总统": the ceremony attended qualifies a person met, as "出席…会议的代表" does.
    if follows.removeprefix(next((c for c in CEREMONIES if follows.startswith(c)), "")).startswith("的"):
        return None
    return name, place, ""


# A named segment of a meeting after its name ("…会议东道主交接环节", "…峰会领导人对话环节"), and a numbered session
# at its end ("…峰会第二及第三阶段会议", "…峰会第一阶段会议").
_SEGMENT = re.compile(r"^[^\W_]{1,8}环节")
_SESSION_OF = re.compile(r"第[^\W_]{1,8}阶段(?:会议)?$")


def _without_session(name: str) -> str:
    session = _SESSION_OF.search(name)
    if session is None or not _ends_with_noun(name[: session.start()]):
        return name
    return name[: session.start()]


def _holds_an_act(name: str) -> bool:
    return any(verb in name for verb in (*ATTENDING_VERBS, *OPENING_VERBS))


# Words that put an attended meeting ahead; the 将 of a rank (上将, 少将) or of 将领 / 将军 / 将士 is a noun's.
_AHEAD = re.compile("|".join(word if word != "将" else "(?<![上中少大])将(?![军领士])" for word in AHEAD_WORDS))
# What a meeting opens amid, not where: a sound or a mood (在雄壮的国歌声中, 在热烈的气氛中).
_AMID = re.compile(r"(?:声|氛围|气氛)中$")


# Who called the meeting, after its place ("…会议室由某某组织召开"): 由 and its agent (not 自由 of a street's name).
_CALLED_BY = re.compile(r"(?<!自)由[^，,。；;]{2,30}$")


# A place named by its kind of room or building, closing the words after 于 ("行政楼会议室", "市民中心报告厅").
_VENUE = re.compile(rf"[^\W_]{{1,20}}?(?:{'|'.join(VENUES)})$")


def _head_and_place(clause: str) -> tuple[str, str]:
    """The subject before an opening verb and the place after its 在, dates and manner words stripped."""
    head, place = clause, ""
    at = clause.rfind("在")
    if at >= 0:
        head, place = clause[:at], _without_partner(_strip_trailers(clause[at + 1 :].split("以", 1)[0]))
        # "在湖南省调研并主持召开…座谈会": the tour joined to the holder's act is no part of the place, nor who
        # called it ("在办公楼会议室由场党总支书记某某组织召开").
        place = _CALLED_BY.sub("", _TOUR_JOINED.sub("", place))
        if place in PLACE_TRAILERS or _AMID.search(place) or _DAY_ALONE.match(place):
            # "在主持召开…时": the holder's act alone, no place; "在庄严的国歌声中开幕": what it opened amid; "我司在今天
            # 上午召开…": when, not where.
            place = ""
    on = head.rfind("于")
    # "…会议于3月5日在…", "…论坛于十四日上午在…": 于 and the day after it are no part of the name.
    if on >= 0 and (DATE.search(head[on:]) or TRAILING_DAY.match(head[on + 1 :])):
        head = head[:on]
    elif at < 0 and on > 0 and (_ends_with_noun(head[:on]) or _VENUE.search(head, on + 1) is not None):
        # "…组织生活会于教2-138教室召开": 于 before the place, where 在 would stand; after the body that called the
        # meeting only a place by its kind of room or building ("学校党委于行政楼会议室召开…").
        head, place = head[:on], _strip_trailers(head[on + 1 :])
    # "…会议今天以视频方式召开", "…座谈会通过视频连线方式举行": the manner is no part of the name.
    # "…大会今天（6月28日）分别在北京闭幕": an adverb of several meetings after the day goes first (a holder's act,
    # "李克强6月1日主持", stays: the subject is a person, no body that called the meeting).
    head = TRAILING_DAY.sub("", LEADING_DATE.sub("", _EACH.sub("", _MANNER.sub("", head.strip().rstrip("，,")))))
    # "…14日下午16:00共青团…代表会议在…举行": the hour after the day is no part of the name either, nor the
    # writer's word for the body that holds it ("我院四届一次教代会", "我校…会议"): the meeting's name follows it.
    head = _OUR_UNIT.sub("", _LEADING_CLOCK.sub("", head))
    # "为期两天的…论坛在圆满完成各项议程后在乌鲁木齐胜利闭幕": how long it ran and the moment of its act are no part
    # of the name.
    head = _LASTING.sub("", _MOMENT.sub("", _HOSTS_TAIL.sub("", head.rstrip("，, "))))
    # "由两岸企业家峰会主办的2013…峰会": the host clause is no part of the name.
    head = _HOSTED_BY.sub("", head)
    return _without_count(_strip_trailers(head)), place


def _organizer(head: str) -> str:
    """The body that called the meeting ("市政府召开…"); "" when the subject is a person chairing it."""
    if len(head) < 2 or len(head) > _ORGANIZER_MAX or head.endswith(("主持", "主持召开")) or head in BARE_NAMES:
        # One character is a joining word left by the holder's act ("…，并主持召开座谈会" -> "并"), no body.
        return ""
    if not all(is_han(char) or char in "、（）()" for char in head):
        return ""
    return head


# A meeting named as the subject goes on somewhere ("…一般性辩论25号继续在纽约…进行"): held, as by 举行; any other
# subject 进行 (进行了讨论) opens nothing.
_PROCEEDS = "进行"
# ... but a body carrying out its numbered collective or thematic study ("政治局…就…进行第十八次集体学习",
# "国务院…进行第八次专题学习") holds it, as by 举行.
_NUMBERED_STUDY = re.compile(r"了?第[^\W_]{1,4}次(?:集体|专题)学习")
# A verb of carrying out an activity, which opens a meeting when what it carries out is named as one (开展…部署会).
_CARRIED = "开展"


def _opening_verbs(sentence: str) -> list[tuple[int, str]]:
    found = []
    for verb in (*OPENING_VERBS, *ATTENDING_VERBS, _PROCEEDS, _CARRIED):
        at = sentence.find(verb)
        while at >= 0:
            # "开幕式", "闭幕会": a ceremony's name, not the verb.
            if verb not in CEREMONY_VERBS or not sentence.startswith(CEREMONY_TAILS, at + len(verb)):
                found.append((at, verb))
            at = sentence.find(verb, at + 1)
    return sorted(found)


def _object_name(text: str, *, longest: bool = False, convened: bool = False) -> str | None:
    """The meeting named right after an opening verb: "召开党组会议,…" -> "党组会议".

    The shortest such name, or with `longest` the longest one before the clause ends
    ("世界经济论坛2015年年会", not "世界经济论坛").
    """
    limit = min(len(text), 60)
    quoted = 0
    bracketed = 0
    found: str | None = None
    # A name ending in 会 that only 召开 makes a meeting gives way to a table noun later in the clause:
    # "召开第十五届执委会第三次会议" names the 会议, not the body that holds it.
    convened_only: str | None = None
    # A title whose marks are printed the wrong way round ("召开”同心庆双节 奋进建新功“中秋国庆座谈会") opens on its
    # closing mark: that mark opens it.
    opens, closes = ("”《", "“》") if text.startswith("”") else ("“《", "”》")
    # From the first character: "，期间将举行…会议" is a later clause, not the name of what was just opened.
    for end in range(1, limit + 1):
        char = text[end - 1]
        # A quoted title may hold commas: "召开“深入学习…，完善…”座谈会".
        quoted += (char in opens) - (char in closes)
        bracketed += (char in "（(") - (char in "）)")
        if quoted <= 0 and (char in _CLAUSE_BREAK or (char.isspace() and not _spaced_after_title(text, end))):
            break
        name = text[:end]
        # "第三轮(第二次工作会)工作汇报会议": a name never ends inside its own brackets.
        if bracketed > 0 or text[end : end + 1] in _NAME_GOES_ON or _SITTING.match(text, end) or (
            _STUDIED.match(text, end) or _ITS_WORK.match(text, end) or _ITS_RUNNERS.match(text, end)
        ) or text.startswith(MEETING_NOUNS, end):
            # "…教职工代表大会第二次会议": a numbered sitting of the body named before it is the meeting; so is its
            # kind of sitting glued after it ("常委会例会").
            continue
        if (text[end : end + 1] in "（(" or text.startswith(_ENLARGED, end)) and _ends_with_noun(name):
            # "区委常委会（扩大）会议": a bracketed qualifier inside the name; the name alone if no noun follows.
            convened_only = convened_only or name
            continue
        if not (_ends_with_noun(name) and not _noun_runs_on(text, end)) and not _joint_name(text, end):
            # Inside a quoted title only the table's nouns end a name: "…中国特色社会主义…" holds 社会.
            if convened and quoted <= 0 and _convened(_unquoted(name)):
                convened_only = name if longest or convened_only is None else convened_only
            continue
        closed = _closed_name(text, end, quoted)
        if closed is None:
            continue
        if not longest:
            return closed
        found = closed
    if found is not None and convened_only is not None and len(convened_only) > len(found):
        return convened_only
    return found or convened_only


def _spaced_after_title(text: str, end: int) -> bool:
    """Whether the space at `end - 1` is one a name holds after a closing title mark ("出席贯彻落实《…规划》 推进会", as
    printed): a single space between the title and the rest of the name, which goes on after it."""
    return text[end - 2 : end - 1] == "》" and text[end : end + 1] not in ("", " ", "\u3000", *_CLAUSE_BREAK)


def _closed_name(text: str, end: int, quoted: int) -> str | None:
    """The name that ends at `end`, `quoted` marks still open: with its closing mark where the quoted title closes
    right after it ("举办了“亚洲文明对话会”", as printed), none inside a title that goes on ("召开《…工作会议纪要》编写
    研讨会": the meeting noun names the title's subject)."""
    name = text[:end]
    if text[end : end + 1] in "”》" and name.count("“") + name.count("《") > name.count("”") + name.count("》"):
        return text[: end + 1]
    return None if quoted > 0 else name


def _noun_runs_on(text: str, end: int) -> bool:
    """Whether a meeting noun that starts inside the name's last characters runs on past its end: "…部省工作会|商会议"
    ends in 工作会 where 会商会 and then 会议 go on, so the name is the 会商会议."""
    return any(
        text.startswith(noun, start) for noun in MEETING_NOUNS for start in range(max(0, end - len(noun) + 1), end)
    )


def _speech_venue(sentence: str) -> tuple[str, str, str] | None:
    """(name, place, "") of "在2023年全省教育工作会议上强调": the name between 在 (or 召开的) and 上, and the place
    printed before 召开的 / 举行的 ("在华盛顿举行的…春季会议上表示": 华盛顿)."""
    at = sentence.find("在")
    while 0 <= at < 60:
        close = _venue_end(sentence, at)
        venue = sentence[at + 1 : close] if close > at else ""
        place = ""
        if venue and not any(mark in venue for mark in _CLAUSE_BREAK):
            for lead in ("召开的", "举行的"):
                if lead in venue:
                    before, venue = venue.split(lead, 1)
                    place = _venue_place(before)
            venue = LEADING_DATE.sub("", venue)
            venue = _without_ceremony(venue)
            if not_a_meeting(venue):
                # "在发布会上表示": answers at a press conference open no meeting.
                return None
            if _ends_with_noun(venue) and _speaks_after(sentence, close + 1) and not _ahead_before(sentence, at):
                return venue, place, ""
        at = sentence.find("在", at + 1)
    return None


def _without_ceremony(venue: str) -> str:
    """The meeting whose ceremony is the venue ("…年会闭幕式" -> "…年会"); a plenary sitting of a body that is no
    meeting's name itself ("…纪律检查委员会第四次全体会议") is the meeting, and stays whole."""
    for ceremony in CEREMONIES:
        bare = venue.removesuffix(ceremony)
        if bare != venue and (ceremony != "全体会议" or _ends_with_noun(bare)):
            return bare
    return venue


# A place before 举行的 is a few characters of a name: a day (27日举行的, 当天举行的) or a clause is none.
_VENUE_PLACE = re.compile(r"[^\W\d_]{2,12}")


def _venue_place(before: str) -> str:
    """The place of "在华盛顿举行的…" (华盛顿), or "" when what stands before 举行的 is a day or no place."""
    # A time word ends in one of these (当天, 同日, 近期, 上午, 此前, 晚间): the meeting's time, not its place.
    return before if _VENUE_PLACE.fullmatch(before) and not before.endswith(tuple("的日号天期午晚间前后时")) else ""


def _venue_end(sentence: str, at: int) -> int:
    """Where the 上 closing the venue after 在 stands: the first one after a meeting's noun, as a name may hold 上
    itself ("在…海上安全问题高级别公开辩论会上"); the first 上 when none follows a noun in the clause."""
    first = close = sentence.find("上", at)
    while close > at and not any(mark in sentence[at:close] for mark in _CLAUSE_BREAK):
        if _ends_with_noun(sentence[at + 1 : close]):
            return close
        close = sentence.find("上", close + 1)
    return first


def _addressed_venue(sentence: str) -> tuple[str, str, str] | None:
    """(name, place, "") of the meeting a speech is addressed to from afar (`_ADDRESSED`): "…向在庆州举行的工商
    领导人峰会发表…书面演讲" -> ("工商领导人峰会", "庆州", ""). Not a bare noun (向大会致辞 names the meeting
    elsewhere), nor an address put ahead."""
    match = _ADDRESSED.search(sentence, 0, _WINDOW)
    if match is None or match.start() > _ADDRESSED_WITHIN or _ahead_before(sentence, match.start()):
        return None
    venue, place = match.group("venue"), ""
    held_at = _HELD_AT.match(venue)
    if held_at is not None:
        place, venue = held_at.group("place") or "", venue[held_at.end() :]
    venue = _HOSTED_BY.sub("", LEADING_DATE.sub("", venue), count=1)
    if not _ends_with_noun(venue) or venue in BARE_NAMES or venue in MEETING_NOUNS or not_a_meeting(venue):
        return None
    return venue, place, ""


def _deliberating(sentence: str) -> tuple[str, str, str] | None:
    """(name, "", "") of a session deliberating as the setting of its members' words (`_DELIBERATING`), its day
    printed before it: "２８日，…第二十七次会议分组审议…时，" -> ("…第二十七次会议", "", ""); or after its name, the
    sentence opening on it (`_SITTING_ON_ITS_DAY`)."""
    start = _last_break(sentence, len(sentence[: sentence.find("审议")])) + 1 if "审议" in sentence else 0
    match = _DELIBERATING.match(LEADING_DATE.sub("", sentence[start:].lstrip()))
    if match is None or not _held_on_a_day(sentence[:start]):
        match = _SITTING_ON_ITS_DAY.match(sentence[start:].lstrip())
        if match is None or not match.group("day") or sentence[:start].strip(" ，,"):
            return None
    return (match.group("name"), "", "") if _names_meeting(match.group("name")) else None


def _held_on_a_day(before: str) -> bool:
    """Whether the clause before a session's name prints the day of the news (２８日，, 昨天上午，) and no more."""
    day = before.strip(" ，,")
    return bool(day) and _DAY_ALONE.match(day) is not None


def _ahead_before(sentence: str, at: int) -> bool:
    """Whether the clause before `at` puts what follows ahead ("期待李克强在论坛开幕式上发表…")."""
    start = max(sentence.rfind(mark, 0, at) for mark in _CLAUSE_BREAK) + 1
    return _AHEAD.search(sentence, start, at) is not None


# A position stated at the meeting ("…会上，某某就…问题阐明了中方立场"): the speaker speaks there, though what he
# said comes later, under its own cue.
_STANCE_VERBS = ("阐明", "阐述")
# What follows a speech named as a thing of its own, not given here: its qualifier's 的, its spirit (讲话精神).
_SPEECH_NAMED = ("的", "精神")


def _speaks_after(sentence: str, at: int) -> bool:
    """Whether the clause from `at` (or the next one, when the place ends its clause) reports speaking
    ("…会议上强调", "…大会上发表重要讲话", "…座谈会上，张强指出"), or a later clause opens on a speech verb
    ("…大会上向代表们通报…，强调…"); not a mere mention ("在…会议上，一位人士透露")."""
    clauses = re.split(f"[{_CLAUSE_BREAK}]", sentence[at:]) if at < len(sentence) else [""]
    clause = clauses[0]
    if not clause.strip() and len(clauses) > 1:
        # "在随后召开的座谈会上，张强指出": the place stands alone, the speaker follows in the next clause.
        clause = clauses[1]
    # "…大会上向院士们通报…形势，…，强调…": a later clause of the sentence opens on the same speaker's verb.
    if any(later.lstrip().startswith(SPEECH_VERBS) for later in clauses[1:]):
        return True
    for word in (*SPEECH_VERBS, *SPEECH_WORDS, *_STANCE_VERBS):
        at_word = clause.find(word)
        # "在座谈会上的讲话引起…反响", "在座谈会上发言的…", "在座谈会上提出的…措施": the speech qualifies a noun,
        # the sentence is about something else; so does its spirit, studied later ("学习贯彻…在…大会上重要讲话精神").
        if at_word >= 0 and not clause.startswith("的") and not clause.startswith(_SPEECH_NAMED, at_word + len(word)):
            return True
    return False
