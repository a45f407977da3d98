"""Meeting reports as structure: the meeting and the points it made (会议指出 / 会议强调 … 一要 … 二要 …).

`extract_meetings` runs over an article's paragraphs after the body is extracted. The steps:

1. Join the paragraphs with "\\n" and scan them once (scan): sentence starts and enumeration markers
   at clause boundaries, both outside quotation marks.
2. Read people's acts in every sentence (people): 主持会议 (host), 出席会议并讲话 (speakers),
   …出席会议 / …参加会议 (attendees). Their names let "王庆东强调," open a point.
3. Find the cues that open points at sentence and clause starts (clause_cues.py): 会议指出 / 全会强调 / 会上, /
   XX在讲话中强调.
   Decide whether the text reports a meeting at all, or only names one (detect.py), from the cues and the
   opening sentences (openings.py, the day in dates.py).
4. Give each cue its region (regions.py): the rest of its paragraph up to the next cue, plus the following paragraphs
   that carry on its enumeration (a paragraph starting with the next marker, and the body paragraphs of
   heading-style items such as "（一）坚持党建引领"). A sentence that no cue opens and no region holds is a point too
   when its counted verb announces a list ("最后，王明要求各村：一要…；二要…", listed.py).
5. Split a region into the point's text and items (regions.py, items.py): the enumeration is the longest-standing marker family
   (一要, 一是, 第一, （一）, 一、, 1., 1、, （1）, ①, 首先) whose markers run 1, 2, 3 … in order.
6. Group points under the opening sentences (assemble.py) ("2月11日,2023年全省教育工作会议在沈阳召开") that precede
   them; a page with cues but no opening sentence gives one meeting whose name may come from the title.

Every text in the result is a slice of the joined paragraphs; nothing is rewritten or normalised.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from .assemble import assemble
from .clause_cues import after_procedure, cue_at, known_from
from .cues import OWN_NOUN_LENGTH, Cue
from .dates import MONTH_OR_DAY, YEAR
from .detect import (
    AT_THE_MEETING,
    DELEGATES_MET,
    LEAD_SENTENCES,
    MAY_REPORT,
    SPOKE_AT_MEETING,
    lead_may_name_a_meeting,
    reports_meeting,
    text_may_name_a_meeting,
    title_opens_a_meeting,
    tour_meeting_start,
)
from .listed import with_listed_cues
from .meeting_cues import judges_only, quotes_another_meeting
from .openings import Opening, minutes_heading, parse_opening
from .people import PersonEvent, scan_people
from .regions import alone_on_its_line
from .regions import regions as find_regions
from .scan import Layout, scan, scan_lead
from .speakers import Speakers, heard_reporters, is_group
from .symposia import SYMPOSIUM
from .terms import (
    MEETING_NOUNS,
    PRONOUNS,
    REFERRING_WORDS,
    RELATIVE_DAYS,
    SAME_DAY,
    SEQUENCE_LEADS,
    TALKS_ACTS,
    TOUR_ACTS,
)
from .traditional import simplified_reading

__all__ = ["extract_meetings"]

# The setting of talks at a sentence start: "在同新方领导人会见时，", "会谈中，", "在与…举行会谈时", the one met
# after the act ("会见古特雷斯时，"); or a sentence whose first clause is a meeting with someone ("韩正还会见了…卡利勒，
# 表示…").
_TALKS_SETTING = re.compile(
    rf"在?[^，。；]{{0,30}}?(?:{'|'.join(TALKS_ACTS)})(?:[^，。；]{{1,20}}?)?(?:时|中|期间)[，,]"
    rf"|[^，。；]{{1,12}}?(?:还|又|也|随后|此外)?(?:{'|'.join(TALKS_ACTS)})了[^，。；]{{1,40}}[，,]"
)
# A visit the subject goes on to after the meeting opened, a sentence of its own ("赵乐际来到和平区…调研，与…交流。他强
# 调，…"), or one set before or after the meeting by its own words ("会后，某某一行还来到…村，检查指导…", "峰会开始前，
# 某某一起视察…展馆"): what is said there is said on another occasion.
_VISIT_ACTS = rf"(?:{'|'.join(TOUR_ACTS)}|看望|走访|检查)"
# ... and talks held before the meeting opens (论坛开幕前，某某集体会见了…): another occasion too.
_BEFORE_OR_AFTER = r"(?:会前|会后|[^，,。；;]{1,8}?(?:开始前|结束后|开幕前|闭幕后))[，,]"
# ... or the follow-up a unit arranges after a conference it joined ("会后，我县对森林防火工作进行安排部署，要求…"):
# its own arrangements, not the conference's points.
_FOLLOW_UP = r"安排部署|作出部署|进行部署"
# The visit may be set by the stay it falls in ("在四川期间，赵乐际还到…县调研"); a bare 到 is a visit only after 还 / 又
# (an order "要求干部到一线检查" sends others).
_VISIT_SETTING = re.compile(
    r"(?:在[^，,。；;]{1,10}?期间[，,])?"
    rf"[^，,。；;]{{1,12}}?(?:(?:还|又|随后|此外)?(?:来到|前往|走进|深入)|(?:还|又)到)[^，。；;]{{1,40}}?{_VISIT_ACTS}"
    rf"|{_BEFORE_OR_AFTER}[^。；;]{{1,40}}?(?:{_VISIT_ACTS}|{'|'.join(TALKS_ACTS)}|{_FOLLOW_UP})"
)
# The stage reads at most this much of a body. The longest real article bodies of the corpus and the meeting
# texts run to about 40,000 characters (a full plenum communiqué, a work report); a body far beyond this is
# generated or repeated text, where reading every sentence for cues would cost minutes and find nothing new.
MAX_CHARS = 200_000
# What joins two meetings opened in one sentence ("…座谈会和企业家代表座谈会").
_JOINERS = "和及、与"
# A sentence that starts with its day and a comma: "20日，", "3月5日上午，", and the day of the meeting before or a
# day counted from the report's: "当天下午，", "次日，", "昨天上午，"; or with an adverb of sequence: "随后，".
_DAY_LEAD = re.compile(
    rf"(?:(?:(?:{YEAR}年)?{MONTH_OR_DAY}月)?{MONTH_OR_DAY}日|{'|'.join((*SAME_DAY, *RELATIVE_DAYS, '次日', *SEQUENCE_LEADS))})"
    r"(?:上午|下午|晚上|晚间|晚|早上)?[，,]"
)
_PROSE_ENDS = ("。", "！", "？", "!", "?", "”")
# A broadcast's or an agency's dateline closing a headline glued before the body, no sentence before it
# ("…出席会议央视网消息（新闻联播）：…", "…座谈会本报讯："): what stands before it is the headline.
_GLUED_DATELINE = re.compile(
    r"[^，,。！？!?；;：:]{0,12}?(?:消息|讯|电)(?:[（(][^（）()，。]{1,20}[）)])?[：:]"
    # ... or the page's time row, or the lead's day opening its first clause (…常务会议发布时间：…, …年会1月16日晚，)
    r"|(?:发布时间|发表时间)[：:]|(?<![\d年])\d{1,2}月\d{1,2}日(?:上午|下午|晚上?|早上?|凌晨|中午)?[，,]"
)


def extract_meetings(
    paragraphs: Sequence[str], *, title: str | None = None, published_at: str | None = None
) -> list[dict[str, Any]]:
    """Return the meetings an article reports, each with its points.

    Args:
        paragraphs: The article body, one string per paragraph, in reading order.
        title: The headline; its meeting name or year is used when the body has no opening sentence.
        published_at: ISO 8601 publish time; supplies the year of "2月11日" and the day of "昨天".

    Returns:
        JSON-ready dicts {name, date, place, host, speakers, attendees, points}; [] when no sentence of the
        body opens a meeting point and none of its first two convenes a meeting (then that meeting comes with no
        points). See docs/meetings.md for every field.
    """
    paras = _bounded([p if isinstance(p, str) else "" for p in paragraphs], MAX_CHARS)
    reading = simplified_reading(paras, title)
    if reading is None:
        return _meetings(paras, title, published_at)
    return list(reading.as_printed(_meetings(reading.paragraphs, reading.title, published_at)))


def _meetings(paras: list[str], title: str | None, published_at: str | None) -> list[dict[str, Any]]:
    """`extract_meetings` of a text in simplified characters."""
    layout = _scanned(paras, title)
    if layout is None:
        return []
    # Where a headline glued before the lead's dateline ends: the openings, the cues and the headline's own opening
    # are each read against it.
    glued = _glued_headline_end(layout)
    people, openings = _sentence_events(layout, glued, title)
    cues = _report_cues(layout, people, openings, glued)
    if not reports_meeting(layout, title, cues, openings):
        # People speaking with no meeting named (talks, a visit, an interview), a meeting only mentioned or
        # the occasion of something else the lead reports: detect.py.
        return []
    cues = _off_tour_stops(layout, _after_the_tour(layout, cues, openings), openings)
    cues = _outside_items(layout, _unquoted(layout, cues, openings))
    # An opening that starts with its day ("20日，李华和王明共同主持…会议。") begins a new scene of the report even
    # inside a paragraph (a text stored as one line): it ends the region of the statement before it.
    scenes = [o.start for o in openings if _DAY_LEAD.match(layout.text, o.start)]
    regions = find_regions(layout, cues, {o.start for o in openings}, {e.pos for e in people}, scenes)
    # "座谈会上，王明对…表示了充分肯定。": the place told detection a meeting is reported; the judgement is no point.
    kept = [(cue, end) for cue, end in zip(cues, regions, strict=True) if not judges_only(layout.text, cue, end)]
    cues, regions = [cue for cue, _ in kept], [end for _, end in kept]
    # A speaker's cue, or a place's or the meeting's after the clause that opens it ("…召开安全保障会议，会上决定…"),
    # states its point after the opening in its sentence.
    stated = {cue.sentence: cue.text_start for cue in cues if cue.who is not None or cue.start > cue.sentence}
    # A place cue opening its sentence names the meeting it sets the sentence at ("在15日召开的座谈会上，…").
    placed = {cue.sentence for cue in cues if cue.place and cue.start == cue.sentence}
    inside = _Spans([(cue.sentence, end) for cue, end in zip(cues, regions, strict=True)])
    # An opening in a speaker's sentence counts when it opens the meeting before his statement starts ("…在…会议上
    # 强调，…"); one inside the statement ("…纷纷表示，…召开…峰会具有特殊意义") is a meeting he mentions.
    openings = [
        o
        for o in openings
        if (o.start in placed and o.name is not None)
        or (_opened_before(layout, o, stated.get(o.start))
            and (o.start in stated or not inside.covers(o.start) or _names_itself(layout, o)))
    ]
    openings = _with_joint_meetings(layout, _past_the_headline(layout, openings, glued), cues)
    people = [e for e in people if not inside.covers(e.pos)]
    stops = {o.start for o in openings}
    # A sentence that names no meeting, place or day sets its speaker at the one opened ("王明在会议上提出“四要”：一要…"):
    # it may announce a list all the same.
    named = {o.start for o in openings if o.name or o.place or o.day}
    cues, regions = with_listed_cues(
        layout, cues, regions, named, lambda found: find_regions(layout, found, stops, {e.pos for e in people}, scenes)
    )
    # What is said at talks the report also covers ("在同…会见时，…。李华说，…") is no point of the meeting.
    talks = _talks_spans(layout, [o.start for o in openings])
    kept = [(cue, end) for cue, end in zip(cues, regions, strict=True) if not talks.covers(cue.start)]
    return assemble(layout, [c for c, _ in kept], [e for _, e in kept], openings, people, title, published_at)


def _after_the_tour(layout: Layout, cues: list[Cue], openings: list[Opening]) -> list[Cue]:
    """The cues but those before the first opening sentence when the text's first sentence reports an inspection
    tour and opens no meeting ("…近日在青河调研。他强调，…" before "…并主持召开座谈会。他指出，…"): what was said of
    the tour before the meeting it held is no point of that meeting."""
    if not openings or not layout.sentences:
        return cues
    start, end, _ = layout.sentences[0]
    if openings[0].start == start or not any(act in layout.text[start:end] for act in TOUR_ACTS):
        return cues
    held = tour_meeting_start(layout, cues, openings)
    return [cue for cue in cues if cue.start >= (openings[0].start if held is None else held)]


# A scene the report sets at a stop of the leader's tour, its sentence opening on the place and the visit ("在株洲，
# 李强考察了…", "在长沙考察时，"), against one it sets at the meeting ("在座谈会上，…").
_SCENE = re.compile(r"在[^，,。；;：:]{1,30}?[，,]")
_STOP_SCENE = re.compile(rf"在[^。；;：:]{{1,40}}?(?:{_VISIT_ACTS}|察看|来到|走进)")


def _off_tour_stops(layout: Layout, cues: list[Cue], openings: list[Opening]) -> list[Cue]:
    """The cues but a speaker's at a stop of the tour during which the meeting was held ("…在湖南调研并主持召开…座谈会。
    …在株洲，李强考察了…企业。他说，…"): what he said there is the tour's, no point of the meeting; it goes on as the
    text of the point before."""
    if not openings or not layout.sentences:
        return cues
    opening = next((s for s in layout.sentences if s[0] == openings[0].start), None)
    if opening is None or not any(act in layout.text[opening[0] : opening[1]] for act in TOUR_ACTS):
        return cues
    return [cue for cue in cues if cue.who is None or not _at_tour_stop(layout, cue, opening[1])]


def _at_tour_stop(layout: Layout, cue: Cue, after: int) -> bool:
    """Whether the nearest scene-setting sentence at or before `cue`'s, in its paragraph and past `after` (the
    opening's end), sets it at a stop of the tour (`_STOP_SCENE`), not at the meeting."""
    for start, end, para in reversed(layout.sentences):
        if start > cue.sentence or para != cue.para:
            continue
        if start < after:
            return False
        sentence = layout.text[start:end]
        if _SCENE.match(sentence):
            return _STOP_SCENE.match(sentence) is not None
    return False


def _unquoted(layout: Layout, cues: list[Cue], openings: list[Opening]) -> list[Cue]:
    """The cues but those of another meeting a speaker quotes (meeting_cues.quotes_another_meeting), and those of
    another meeting a sentence dated in full recalls (`_recalled`)."""
    names = [o.name for o in openings if o.name]
    return [
        cue
        for i, cue in enumerate(cues)
        if not quotes_another_meeting(layout.text, cue, cues[i - 1] if i else None, names)
        and not _recalled(layout.text, cue, names)
    ]


# A meeting named by more than its bare noun (国务院常务会议, not 会议).
_MEETING_NOUN_IN = re.compile(rf"[^\W\d_]{{2,}}(?:{'|'.join(MEETING_NOUNS)})")
# A sentence that opens with a full date, its year printed ("2006年6月20日，"): a date of its own, not the report's day.
_YEAR_DATED = re.compile(rf"{YEAR}年{MONTH_OR_DAY}月(?:{MONTH_OR_DAY}日)?[，,]")


def _recalled(text: str, cue: Cue, names: list[str]) -> bool:
    """Whether a meeting's cue speaks for a meeting named by its own name, none the report opens, in a sentence that
    opens with a full date ("2006年6月20日，国务院常务会议决定成立…"): background the report recalls, not a point."""
    if cue.who is not None or cue.place or cue.start == cue.sentence:
        return False
    said = text[cue.start : cue.end]
    if not _MEETING_NOUN_IN.search(said) or any(name in said for name in names):
        return False
    return _YEAR_DATED.fullmatch(text, cue.sentence, cue.start) is not None


def _outside_items(layout: Layout, cues: list[Cue]) -> list[Cue]:
    """The cues but a pronoun's inside an item of the statement before it: "…提出四点要求：一要高度重视。他指出，…。二要
    精心策划。…" — the speaker goes on explaining his first item, and the series his statement opened runs on past
    the pronoun (一要 before it, 二要 after it, both after that statement's start)."""
    kept: list[Cue] = []
    for cue in cues:
        before = kept[-1].text_start if kept else None
        if before is not None and cue.who in PRONOUNS and layout.between_items(before, cue.start):
            continue
        kept.append(cue)
    return kept


def _sentence_events(layout: Layout, glued: int, title: str | None) -> tuple[list[PersonEvent], list[Opening]]:
    """The people each sentence of the text names (speakers, hosts, attendees) and the meetings it opens (or its
    labels open, with the `title`'s line: minutes)."""
    people: list[PersonEvent] = []
    for start, end, para in layout.sentences:
        people.extend(scan_people(layout.text, start, end, para))
    openings = [
        opening
        for start, end, _ in layout.sentences
        if (opening := parse_opening(layout.text, start, end)) is not None
    ]
    if glued and layout.sentences and (body := parse_opening(layout.text, glued, layout.sentences[0][1])) is not None:
        # A headline glued before the lead's dateline (one line: "…举行2026年度年会1月16日晚，…年会在苏州…举行"): the
        # lead's own sentence opens the meeting after the dateline, by its full name.
        openings = [body, *(opening for opening in openings if opening.start != layout.sentences[0][0])]
    if not openings:
        heading = minutes_heading(layout.text, title)
        openings = [heading] if heading is not None else _attended_symposium(layout)
    # A symposium held as a verb is the report's meeting only where the text calls it one (座谈会上, 出席座谈会); a
    # talk with staff during an inspection ("考察…，与医护人员进行了座谈") is a stop of the visit, not a meeting.
    named = SYMPOSIUM in layout.text
    lead = layout.sentences[0] if layout.sentences else (0, 0, 0)
    return people, [
        opening for opening in openings if named or not opening.held_as_verb or _symposium_is_the_news(layout, opening, lead)
    ]


# A symposium its hosts attend under its bare noun, as a visit's stop ("…调研。学院领导班子成员、全体教授参加了座谈会。").
_ATTENDED_SYMPOSIUM = re.compile(rf"(?:参加|出席)了?{SYMPOSIUM}(?=[。，,；;])")
# ... at which the text then sets its statements (座谈会上，…).
_AT_SYMPOSIUM = SYMPOSIUM + "上"
# A lead sentence set at a visit's symposium by its name (在调研座谈会上，…汇报了…。他表示，…): the visit's meeting.
_SET_AT_SYMPOSIUM = re.compile(rf"在(?P<name>[^，,。；;：:“”\s]{{0,8}}{SYMPOSIUM})上[，,]")


def _attended_symposium(layout: Layout) -> list[Opening]:
    """The symposium a lead sentence has people attend under its bare noun, or sets itself at by its name (在调研座谈会
    上，…), when no sentence opens a meeting and the text sets its statements at it (座谈会上，…, or that sentence
    itself): the text's one meeting, named as printed."""
    for start, end, _ in layout.sentences[:LEAD_SENTENCES]:
        found = _ATTENDED_SYMPOSIUM.search(layout.text, start, end)
        if found is not None and _AT_SYMPOSIUM in layout.text[found.end() :]:
            return [Opening(start, SYMPOSIUM, None)]
        at = _SET_AT_SYMPOSIUM.match(layout.text, start)
        if at is not None:
            return [Opening(start, at["name"], None)]
    return []


def _symposium_is_the_news(layout: Layout, opening: Opening, lead: tuple[int, int, int]) -> bool:
    """Whether a symposium held as a verb is the lead's own act ("习近平在索契同…代表团座谈，"): the text's first
    sentence, no tour before it whose stop it would be ("考察…，与医护人员进行了座谈")."""
    return opening.start == lead[0] and not any(act in layout.text[lead[0] : lead[1]] for act in TOUR_ACTS)


def _report_cues(layout: Layout, people: list[PersonEvent], openings: list[Opening], glued: int) -> list[Cue]:
    """The cues that may state the report's points: every cue of the text but a headline's deck."""
    cues = _find_cues(layout, people, _own_nouns(openings))
    begins = _report_begins(layout, openings)
    if begins is None:
        return cues
    # A cue alone on its line before the report's first opening sentence is a headline's deck
    # ("市政府常务会议强调" over "咬定目标…"), printed before the report begins: no point; so is a cue in a headline
    # glued before the dateline (it ends at `glued`).
    return [cue for cue in cues if (cue.start > begins or not alone_on_its_line(layout, cue)) and cue.start >= glued]


def _past_the_headline(layout: Layout, openings: list[Opening], glued: int) -> list[Opening]:
    """The openings, less one in a headline glued before the dateline whose meeting the body opens again by the
    same name, and less those in headline lines above the report's first sentence that opens a meeting by a name
    ("…会长会议在深圳召开" over "9月20日，…在深圳观澜召开了第六届理事会会长会议，…"): the body's sentence prints its
    name, day and place."""
    body = [o.name for o in openings if o.start >= glued and o.name]
    # The headline may print the name short (第38次常务会议 for 省政府第38次常务会议): the same meeting.
    openings = [o for o in openings if o.start >= glued or not any(o.name and name.endswith(o.name) for name in body)]
    begins = _report_begins(layout, [o for o in openings if o.name is not None])
    return openings if begins is None else [o for o in openings if o.start >= begins or _in_prose(layout, o)]


def _glued_headline_end(layout: Layout) -> int:
    """Where a headline glued before the first paragraph's dateline ends (0 when there is none): the dateline
    (…消息（新闻联播）：) follows the headline's words with no sentence's end or clause break before it."""
    end = layout.ends[0] if layout.ends else 0
    dateline = _GLUED_DATELINE.search(layout.text, 0, end)
    # A headline has no sentence's end or clause break; a lead's "…要确保供电：" follows one.
    if dateline is None or any(mark in layout.text[: dateline.start()] for mark in (*_PROSE_ENDS, *"，,；;")):
        return 0
    # A day opening the text's first clause after a few words is the subject's ("镇长鲁平4月1日上午，主持召开…"): a
    # headline runs longer.
    if dateline.group().endswith(("，", ",")) and dateline.start() < _HEADLINE_CHARS:
        return 0
    return dateline.start()


# A headline glued before the lead's day is at least this long.
_HEADLINE_CHARS = 10


def _report_begins(layout: Layout, openings: list[Opening]) -> int | None:
    """Where the first opening sentence of the report's prose starts: one in a paragraph that ends as prose
    does (。！？), not a headline line ("周明主持召开市政府常务会议")."""
    return next((opening.start for opening in openings if _in_prose(layout, opening)), None)


def _in_prose(layout: Layout, opening: Opening) -> bool:
    """Whether the opening stands in a paragraph that ends as prose does (。！？), not in a headline line."""
    para = bisect.bisect_right(layout.starts, opening.start) - 1
    return layout.text[layout.starts[para] : layout.ends[para]].rstrip().endswith(_PROSE_ENDS)


def _with_joint_meetings(layout: Layout, openings: list[Opening], cues: list[Cue]) -> list[Opening]:
    """The openings, and a meeting opened together with another ("先后主持召开专家学者座谈会和企业家代表座谈会") where a
    place cue names it in full ("16日上午的企业家代表座谈会上，"): that cue begins its own meeting's report."""
    names = {o.name for o in openings}
    added: list[Opening] = []
    for cue in cues:
        if not cue.place:
            continue
        name = layout.text[cue.start : cue.end].removesuffix("上").rsplit("的", 1)[-1].removeprefix("在")
        noun = next((noun for noun in MEETING_NOUNS if name.endswith(noun)), "")
        if not noun or len(name) <= len(noun) + 1 or name in names or name.startswith(REFERRING_WORDS):
            continue
        if any(_joined_in(layout.text, o.start, cue.start, name) for o in openings if o.start < cue.start):
            added.append(Opening(cue.start, name, None))
            names.add(name)
    return sorted([*openings, *added], key=lambda o: o.start) if added else openings


def _joined_in(text: str, start: int, before: int, name: str) -> bool:
    """Whether the sentence at `start` names `name` joined to another meeting ("…座谈会和企业家代表座谈会")."""
    end = text.find("。", start, before)
    sentence = text[start : before if end < 0 else end]
    return any(joiner + name in sentence or name + joiner in sentence for joiner in _JOINERS)


def _talks_spans(layout: Layout, openings: list[int]) -> _Spans:
    """Spans of the text set at talks, or on a visit after the meeting opened: from a sentence that opens with their
    setting ("在同新方领导人会见时，", "…来到…调研") to the next opening sentence or the end of the text; and from a
    leader's 会见 of the delegates to where others speak at the meeting itself."""
    spans: list[tuple[int, int]] = []
    for start, end, _ in layout.sentences:
        if spans and start < spans[-1][1]:
            continue
        if DELEGATES_MET.search(layout.text, start, end) is not None:
            # "…会前亲切会见与会代表。他强调，…。李某…参加了会见并在会议上讲话。": what the leader said at the 会见 runs
            # to the sentence where the others speak at the meeting itself.
            spoke = SPOKE_AT_MEETING.search(layout.text, end)
            if spoke is not None:
                spans.append((start, spoke.start()))
                continue
        visit = bool(openings) and start > openings[0] and _VISIT_SETTING.match(layout.text, start) is not None
        if visit or _TALKS_SETTING.match(layout.text, start) is not None:
            after = bisect.bisect_right(openings, start)
            end = openings[after] if after < len(openings) else len(layout.text)
            spans.append((start, _back_at_the_meeting(layout, start, end) if visit else end))
    return _Spans(spans)


def _back_at_the_meeting(layout: Layout, start: int, end: int) -> int:
    """Where a visit's span that starts at `start` ends before `end`: at the first later sentence set at the
    meeting again ("会前，…深入小区开展调研。会上，…"), or at `end`."""
    return next((s for s, _, _ in layout.sentences if start < s < end and AT_THE_MEETING.match(layout.text, s)), end)


def _names_itself(layout: Layout, opening: Opening) -> bool:
    """Whether the opening's sentence starts with the meeting's name ("第十五次全国民政会议12日在京召开"): a report's
    own sentence, not a meeting mentioned inside the statement before it."""
    return opening.name is not None and layout.text.startswith(opening.name, opening.start)


def _opened_before(layout: Layout, opening: Opening, statement: int | None) -> bool:
    """Whether the opening's sentence opens its meeting before the statement starting at `statement` (if any)."""
    return statement is None or parse_opening(layout.text, opening.start, statement) is not None


class _Spans:
    """Sorted, disjoint [start, end) spans with a membership test."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]

    def covers(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


def _own_nouns(openings: list[Opening]) -> frozenset[str]:
    """The nouns of the meetings the report opens, by any name ending in 会 ("全市招商项目对接会" -> "对接会"), and of
    the committees that convene them ("…财政经济委员会召开全体会议" -> "委员会"): a committee states what its sitting
    concluded ("财政经济委员会认为，…") as the meeting does."""
    names = [name for o in openings for name in (o.name, o.organizer)]
    return frozenset(
        name[-OWN_NOUN_LENGTH:] for name in names if name and name.endswith("会") and len(name) > OWN_NOUN_LENGTH
    )


def _scanned(paras: list[str], title: str | None) -> Layout | None:
    """The body scanned, or None where no meeting can be reported: the prechecks, cheapest first."""
    # Every cue needs a meeting noun or a speech context somewhere in the text; most articles have none,
    # and one C-level search spares them the scan. A text with no meeting noun, 会上 or 召开 anywhere would
    # be refused by the lead's precheck after the scan: one more search spares those the scan too.
    may_report = any(MAY_REPORT.search(p) for p in paras) or (
        # A headline that opens the meeting ("…召开…大会") is the cue's meeting when the body names none.
        title is not None and MAY_REPORT.search(title) is not None and title_opens_a_meeting(title)
    )
    if not may_report or not text_may_name_a_meeting("\n".join(paras), title):
        return None
    # The lead is scanned first: a body whose lead names no meeting is refused before the rest is scanned.
    lead, whole = scan_lead(paras, LEAD_SENTENCES)
    if not lead.sentences or not lead_may_name_a_meeting(lead, title):
        # No meeting noun where the lead could name one: detect.py would refuse whatever cues were found.
        return None
    return lead if whole else scan(paras)


def _bounded(paras: list[str], budget: int) -> list[str]:
    """The leading paragraphs that fit in `budget` characters, the one that crosses it cut at the budget."""
    kept: list[str] = []
    for para in paras:
        if len(para) >= budget:
            if budget > 0:
                kept.append(para[:budget])
            break
        kept.append(para)
        budget -= len(para) + 1  # the "\n" that joins it to the next
    return kept


def _find_cues(layout: Layout, people: list[PersonEvent], meetings: frozenset[str] = frozenset()) -> list[Cue]:
    known = known_from(people)
    acts = after_procedure(layout.text, people)
    reporters = heard_reporters(layout.text)
    cues: list[Cue] = []
    before = 0
    for start, end, para in layout.sentences:
        for pos in [start, *_after_agenda_number(layout, start, end), *layout.clauses_in(start, end)]:
            first = not cues or cues[-1].start < start
            speakers = Speakers(known.by_char, meetings, reporters)
            cue = cue_at(layout, (start, before), pos, para, speakers, cues[-1] if cues else None, pos in acts)
            if cue is None or _crowd_in_statement(layout.text, cue, cues[-1] if cues else None):
                continue
            if cues and cues[-1].text_start == cue.start:
                # A cue right after another's comma is the statement itself ("栗战书表示，习近平主席强调，…"),
                # except after a place: "在座谈会上，温家宝指出，…" is his point, the place its lead-in.
                if not (cues[-1].place and cue.who is not None):
                    continue
                cue = replace(cue, sentence=cues.pop().sentence)
            if pos != start and first:
                # The first cue of a sentence owns the clauses before it ("9月20日，省委书记…强调").
                cue = replace(cue, sentence=start)
            cues.append(cue)
            if cue.who is not None:
                known.learn_speaker(cue.who)
        before = start
    return cues


def _after_agenda_number(layout: Layout, start: int, end: int) -> list[int]:
    """Where a sentence's text starts after the number of an agenda's line that opens its paragraph (四、杨处就…提出
    工作要求：): minutes number what was done in order, and a speaker may open the line after the number."""
    return [m.text_start for m in layout.markers_in(start, start + 1)
            if m.at_para_start and m.number > 0 and m.text_start < end and layout.text[m.end - 1] in _AGENDA_MARKS]


# The marks that close an agenda line's number (四、, 4．, （四）): a bare numeral opens a word (三国领导人).
_AGENDA_MARKS = "、.．)）"


# Everyone present, as a speaker's statement reports them.
_CROWD = "大家"


# Agreeing as one (大家一致认为): everyone present concluding together, the report's words, not a speaker's.
_AS_ONE = "一致"


# A sentence that reports others speaking ("12位全国政协委员…通过视频连线等方式发言。"): the report's narration, past
# the statement before it.
_OTHERS_SPOKE = re.compile(r"发言[。；;]")


def _crowd_in_statement(text: str, cue: Cue, previous: Cue | None) -> bool:
    """"吴邦国说，…常委会组成人员审议了…报告。大家强调，…": everyone (大家) in the paragraph of one named speaker's
    statement is whom he reports on, inside his statement; the members speaking for themselves open their own
    paragraph ("座谈会上，大家认为…"), agree as one (…表示祝贺。大家一致认为，…), or follow a sentence that reports
    them speaking (…委员…发言。大家建议，…)."""
    return (
        cue.who == _CROWD
        and _AS_ONE not in text[cue.start : cue.end]
        and previous is not None
        and previous.para == cue.para
        and previous.who is not None
        and not is_group(previous.who)
        and _OTHERS_SPOKE.search(text, previous.text_start, cue.start) is None
    )

