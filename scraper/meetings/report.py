"""Meeting reports as structure: the meeting and the points it made (会议指出 / 会议强调 … 一要 … 二要 …).

`extract_meetings` runs over an article's paragraphs after the body is extracted. The steps:

1. Join the paragraphs with "\\n" and scan them once (scan): sentence starts and enumeration markers
   at clause boundaries, both outside quotation marks.
2. Read people's acts in every sentence (facts): 主持会议 (host), 出席会议并讲话 (speakers),
   …出席会议 / …参加会议 (attendees). Their names let "王庆东强调," open a point.
3. Find the cues that open points at sentence starts: 会议指出 / 全会强调 / 会上, / XX在讲话中强调.
   Decide whether the text reports a meeting at all, or only names one (detect.py).
4. Give each cue its region: the rest of its paragraph up to the next cue, plus the following paragraphs
   that carry on its enumeration (a paragraph starting with the next marker, and the body paragraphs of
   heading-style items such as "（一）坚持党建引领").
5. Split a region into the point's text and items: the enumeration is the longest-standing marker family
   (一要, 一是, 第一, （一）, 一、, 1., 1、, （1）, ①, 首先) whose markers run 1, 2, 3 … in order.
6. Group points under the opening sentences ("2月11日,2023年全省教育工作会议在沈阳召开") that precede
   them; a page with cues but no opening sentence gives one meeting whose name may come from the title.

Every text in the result is a slice of the joined paragraphs; nothing is rewritten or normalised.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from .cues import Cue, Speakers, match_bare_verb, match_cue, match_pronoun
from .detect import MAY_REPORT, lead_may_name_a_meeting, reports_meeting
from .facts import Opening, PersonEvent, parse_opening, parse_people, resolve_date, scan_people
from .items import Enumerations
from .scan import Layout, Marker, scan
from .terms import GROUP_SPEAKERS, MEETING_NOUNS, PRONOUNS, REFERRING_WORDS

__all__ = ["extract_meetings"]

_TRAIL = " \t\r\n\u3000，,、；;"
_HEADING_END = "。！？!?；;…"
_HEADING_MAX = 60
_LOOKAHEAD = 8  # paragraphs searched for the next item of a heading-style list
_COLON_BODY_MAX = 5  # paragraphs that follow a cue paragraph ending in "：" with no markers
_KNOWN_PER_CHAR = 16
_LOOK_BACK = 8  # earlier points with the same cue that a point is compared with


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
        body opens a meeting point. See docs/meetings.md for every field.
    """
    paras = [p if isinstance(p, str) else "" for p in paragraphs]
    # Every cue needs a meeting noun or a speech context somewhere in the text; most articles have none,
    # and one C-level search spares them the scan.
    if not any(MAY_REPORT.search(p) for p in paras):
        return []
    layout = scan(paras)
    if not layout.sentences or not lead_may_name_a_meeting(layout, title):
        # No meeting noun where the lead could name one: detect.py would refuse whatever cues were found.
        return []
    people: list[PersonEvent] = []
    for start, end, para in layout.sentences:
        people.extend(scan_people(layout.text, start, end, para))
    cues = _find_cues(layout, people)
    if not cues:
        return []
    openings = [
        opening
        for start, end, _ in layout.sentences
        if (opening := parse_opening(layout.text, start, end)) is not None
    ]
    if not reports_meeting(layout, title, cues, openings):
        # People speaking with no meeting named (talks, a visit, an interview), a meeting only mentioned or
        # the occasion of something else the lead reports: detect.py.
        return []
    regions = _regions(layout, cues, {o.start for o in openings}, {e.pos for e in people})
    stated = {cue.sentence: cue.text_start for cue in cues if cue.who is not None}
    inside = _Spans([(cue.sentence, end) for cue, end in zip(cues, regions, strict=True)])
    # An opening in a speaker's sentence counts when it opens the meeting before his statement starts ("…在…会议上
    # 强调，…"); one inside the statement ("…纷纷表示，…召开…峰会具有特殊意义") is a meeting he mentions.
    openings = [
        o
        for o in openings
        if _opened_before(layout, o, stated.get(o.start)) and (o.start in stated or not inside.covers(o.start))
    ]
    people = [e for e in people if not inside.covers(e.pos)]
    return _assemble(layout, cues, regions, openings, people, title, published_at)


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


class _Known:
    """Speaker names seen so far, by first character, longest first."""

    def __init__(self) -> None:
        self.by_char: dict[str, list[str]] = {}

    def learn(self, name: str) -> None:
        bucket = self.by_char.setdefault(name[0], [])
        # A bounded bucket keeps the per-sentence check constant on adversarial input.
        if name not in bucket and len(bucket) < _KNOWN_PER_CHAR:
            bucket.append(name)
            bucket.sort(key=len, reverse=True)

    def learn_speaker(self, who: str) -> None:
        """A person seen speaking: the name as written, each parsed name, and the pronouns that may follow."""
        if who in PRONOUNS or who in GROUP_SPEAKERS:
            return
        for name in [who, *(person["name"] for person in parse_people(who))]:
            self.learn(name)
        for pronoun in PRONOUNS:
            self.learn(pronoun)


def _after_semicolon(text: str, pos: int) -> bool:
    """Whether the clause at `pos` follows "；": statements in a row ("朱之鑫常委建议…；彭小枫常委提出…")."""
    i = pos - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i >= 0 and text[i] in "；;"


def _known_from(people: list[PersonEvent]) -> _Known:
    """The hosts and speakers read from people's acts, and the pronouns once there is one."""
    known = _Known()
    for event in people:
        if event.person and event.kind in ("host", "speaker"):
            known.learn(event.person["name"])
            known.learn(event.person["text"])
    if known.by_char:
        for pronoun in PRONOUNS:
            known.learn(pronoun)
    return known


def _cue_at(
    layout: Layout, sentence: tuple[int, int], pos: int, para: int, speakers: Speakers, previous: Cue | None
) -> Cue | None:
    """The cue at a sentence (`pos` == its start) or clause start; `sentence` is (the sentence's start, the start
    of the sentence before it); `previous` is the last cue found before."""
    start, before = sentence
    if pos == start:
        # "王明代表国务院讲话。他说，…": a pronoun opening a sentence may speak for the one the sentence before
        # starts with, before anyone was seen speaking.
        cue = match_cue(layout.text, pos, layout.ends[para], para, speakers)
        return cue or match_pronoun(layout.text, before, pos, layout.ends[para], para, speakers)
    first = previous is None or previous.start < start
    # A clause right after a place cue ("座谈会上，温家宝指出") starts the statement: a new name speaks there.
    lead_in = previous is not None and previous.place and previous.text_start == pos
    inner = pos != start and not _after_semicolon(layout.text, pos) and not lead_in
    cue = match_cue(layout.text, pos, layout.ends[para], para, speakers, clause=inner)
    if cue is None and pos != start and first:
        # No cue yet in this sentence: a bare verb or a pronoun may continue its subject's first clause.
        cue = match_bare_verb(layout.text, start, pos, layout.ends[para], para, speakers) or match_pronoun(
            layout.text, start, pos, layout.ends[para], para, speakers
        )
    return cue


def _find_cues(layout: Layout, people: list[PersonEvent]) -> list[Cue]:
    known = _known_from(people)
    cues: list[Cue] = []
    before = 0
    for start, end, para in layout.sentences:
        for pos in [start, *layout.clauses_in(start, end)]:
            first = not cues or cues[-1].start < start
            cue = _cue_at(layout, (start, before), pos, para, Speakers(known.by_char), cues[-1] if cues else None)
            if cue is None:
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


def _first_markers(layout: Layout) -> dict[int, Marker]:
    return {m.para: m for m in layout.markers if m.at_para_start}


def _regions(layout: Layout, cues: list[Cue], openings: set[int], people: set[int]) -> list[int]:
    """The end offset of each cue's region."""
    firsts = _first_markers(layout)
    stoppers = openings | people | {c.sentence for c in cues}
    markers = layout.markers_in

    def stops(q: int) -> bool:
        # A paragraph ends a region when it starts by opening a meeting, naming people or with a cue.
        start = layout.starts[q]
        return any(pos in stoppers for pos in range(start, min(start + 3, layout.ends[q])))

    ends: list[int] = []
    for n, cue in enumerate(cues):
        limit = cues[n + 1].sentence if n + 1 < len(cues) else len(layout.text)
        para = cue.para
        end = min(layout.ends[para], limit)
        enums = Enumerations()
        enums.feed(markers(cue.text_start, end))
        family: str | None = None
        # A cue ending its paragraph with a colon ("…提出建议：") is followed by its body paragraphs.
        heading = layout.text[cue.start : end].rstrip().endswith(("：", ":"))
        bodies: list[int] = []
        body = 0
        q = para + 1
        while end == layout.ends[q - 1] and q < len(layout.starts) and layout.starts[q] < limit:
            first = firsts.get(q)
            if first is not None and family in (None, first.family) and enums.continues(first):
                family = first.family
                if heading and body:
                    bodies.append(body)
                enums.feed(markers(layout.starts[q], min(layout.ends[q], limit)))
                heading, body = _is_heading(layout.text[layout.starts[q] : layout.ends[q]]), 0
            elif heading and not stops(q) and (first is None or first.family != family):
                if family is None and body >= _COLON_BODY_MAX:
                    break
                if family is not None and not _item_ahead(layout, q, (enums, family), firsts, stops) and (
                    body >= max(bodies, default=1)
                ):
                    break
                body += 1
            else:
                break
            end = min(layout.ends[q], limit)
            q += 1
        ends.append(end)
    return ends


def _item_ahead(
    layout: Layout, q: int, enumeration: tuple[Enumerations, str], firsts: dict[int, Marker], stops: Any
) -> bool:
    """Whether a paragraph within reach starts with the enumeration's next marker before anything stops it."""
    enums, family = enumeration
    for ahead in range(q, min(q + _LOOKAHEAD, len(layout.starts))):
        first = firsts.get(ahead)
        if first is not None and first.family == family:
            return enums.continues(first)
        if stops(ahead):
            return False
    return False


def _is_heading(paragraph: str) -> bool:
    stripped = paragraph.strip()
    if stripped.endswith(("：", ":")):
        return True
    return bool(stripped) and len(stripped) <= _HEADING_MAX and stripped[-1] not in _HEADING_END


def _slice(text: str, a: int, b: int) -> str | None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1] in _TRAIL:
        b -= 1
    return text[a:b] if a < b else None


def _point(layout: Layout, cue: Cue, end: int, speaker: str | None) -> dict[str, Any]:
    text = layout.text
    enums = Enumerations()
    enums.feed(layout.markers_in(cue.text_start, end))
    chain = enums.items()
    items = [
        {"marker": text[m.start : m.end],
         "text": _slice(text, m.text_start, chain[k + 1].start if k + 1 < len(chain) else end)}
        for k, m in enumerate(chain)
    ]
    return {
        "cue": text[cue.start : cue.end],
        "speaker": speaker,
        "text": _slice(text, cue.text_start, chain[0].start if chain else end),
        "items": items,
    }


def _assemble(
    layout: Layout,
    cues: list[Cue],
    regions: list[int],
    openings: list[Opening],
    people: list[PersonEvent],
    title: str | None,
    published_at: str | None,
) -> list[dict[str, Any]]:
    groups: list[list[Opening]] = []
    cue_starts = [cue.start for cue in cues]
    for opening in openings:
        if groups:
            previous = groups[-1][-1].start
            between = bisect.bisect_left(cue_starts, opening.start) - bisect.bisect_left(cue_starts, previous)
            # A report printed twice opens its meeting twice: one meeting, whose points _unique keeps once.
            if opening.name is None or between == 0 or _repeats(opening, groups[-1]) or _refers_back(opening, groups[-1]):
                groups[-1].append(opening)
                continue
        groups.append([opening])
    if not groups:
        from_title = parse_opening(title, 0, len(title)) if title else None
        groups = [[from_title or Opening(0, None, None)]]
    bounds = [group[0].start for group in groups]
    bounds[0] = 0
    members: list[list[tuple[Cue, int]]] = [[] for _ in groups]
    acts: list[list[PersonEvent]] = [[] for _ in groups]
    for cue, end in zip(cues, regions, strict=True):
        members[max(bisect.bisect_right(bounds, cue.start) - 1, 0)].append((cue, end))
    for event in people:
        acts[max(bisect.bisect_right(bounds, event.pos) - 1, 0)].append(event)
    meetings: list[dict[str, Any]] = []
    previous_date: str | None = None
    for index, group in enumerate(groups):
        date = next((d for o in group if (d := resolve_date(o, published_at, title, previous_date))), None)
        previous_date = date or previous_date
        if members[index]:
            meetings.append(_meeting(layout, group, date, acts[index], members[index]))
    return meetings


def _repeats(opening: Opening, group: list[Opening]) -> bool:
    """Whether `opening` names the same meeting on the same day as an opening of `group`."""
    key = (opening.name, opening.place, opening.day, opening.relative)
    return any((o.name, o.place, o.day, o.relative) == key for o in group)


def _refers_back(opening: Opening, group: list[Opening]) -> bool:
    """Whether `opening` names the meeting of `group` again: by its kind alone ("在大会开幕式上讲话"), with a
    determiner ("我们举行这次中非特别峰会") or a shortened name ("…主持双边合作机制会议" after "中新双边合作机制会议")."""
    name = opening.name or ""
    if name in MEETING_NOUNS or name.startswith(REFERRING_WORDS):
        return True
    return any(o.name and name != o.name and o.name.endswith(name) for o in group)


def _unique(points: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The points in order, each once. A repeat has the same cue and items, and the same text where one runs
    on past the other (the last point of a report's first copy runs on into the second copy's headline)."""
    kept: list[dict[str, Any]] = []
    by_cue: dict[str, list[dict[str, Any]]] = {}
    for point in points:
        earlier = by_cue.setdefault(point["cue"], [])
        # A bounded look back keeps adversarial input (a million equal cues) linear.
        if not any(_same_point(point, other) for other in earlier[-_LOOK_BACK:]):
            earlier.append(point)
            kept.append(point)
    return kept


def _same_point(one: dict[str, Any], other: dict[str, Any]) -> bool:
    if [i["marker"] for i in one["items"]] != [i["marker"] for i in other["items"]]:
        return False
    pairs = [(one["text"], other["text"])] + [
        (a["text"], b["text"]) for a, b in zip(one["items"], other["items"], strict=True)
    ]
    return all(_runs_on(a or "", b or "") for a, b in pairs)


def _runs_on(one: str, other: str) -> bool:
    return one.startswith(other) or other.startswith(one)


def _meeting(layout: Layout, group: list[Opening], date: str | None, acts: list[PersonEvent],
             points: list[tuple[Cue, int]]) -> dict[str, Any]:
    speakers: list[dict[str, Any]] = []
    seen: set[str] = set()

    def add_speaker(person: dict[str, Any]) -> None:
        key = person["name"] or person["text"]
        if key not in seen:
            seen.add(key)
            speakers.append(person)

    host = next((e.person for e in acts if e.kind == "host" and e.person), None)
    for event in acts:
        if event.kind == "speaker" and event.person:
            add_speaker(event.person)
    out_points = []
    last_name: str | None = None
    for cue, end in points:
        speaker: str | None = None
        if cue.who in PRONOUNS:
            speaker = last_name or (speakers[-1]["name"] if speakers else None)
        elif cue.who is not None:
            parsed = parse_people(cue.who)
            for person in parsed or [{"name": None, "role": None, "text": cue.who}]:
                add_speaker(person)
            speaker = parsed[0]["name"] if len(parsed) == 1 else cue.who
            last_name = speaker
        out_points.append(_point(layout, cue, end, speaker))
    # A report printed twice gives its points once.
    out_points = _unique(out_points)
    attendees = [e for e in acts if e.kind == "attendees"]
    attendee_text: str | None = None
    if attendees:
        same = [e for e in attendees if e.para == attendees[0].para]
        attendee_text = _slice(layout.text, same[0].span[0], same[-1].span[1])
    return {
        "name": next((o.name for o in group if o.name), None),
        "date": date,
        "place": next((o.place for o in group if o.place), None),
        "organizer": next((o.organizer for o in group if o.organizer), None),
        "host": host,
        "speakers": speakers,
        "attendees": attendee_text,
        "points": out_points,
    }
