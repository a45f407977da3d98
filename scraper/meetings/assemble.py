"""Meetings from their parts: the points grouped under the opening sentences that precede them (a later
opening that repeats or refers back to the meeting joins it), each meeting's day, host, speakers and
attendees, and a report printed twice given once.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from .cues import Cue
from .dates import resolve_date
from .openings import Opening, parse_opening
from .people import PersonEvent, parse_people
from .regions import read_point, slice_text
from .scan import Layout
from .terms import BARE_NAMES, MEETING_NOUNS, ORDER_LEADS, PRONOUNS, REFERRING_WORDS, SAYING_MANNERS

# An order word or a place ("在会上", "在座谈会上") glued before the person a cue's subject names.
_LEAD_BEFORE_PERSON = re.compile(rf"(?:{'|'.join(ORDER_LEADS)}|在[^\W_]{{0,20}}?(?:{'|'.join(MEETING_NOUNS)}|会)上)+")

# A meeting called by its kind alone: the noun after a mark or an act of attending, before 上 or a clause break
# ("座谈会上，", "出席座谈会。"); not inside a longer name ("全省工作座谈会上").
_BY_KIND = re.compile(
    rf"(?:(?<![^\W_])|(?<=出席|参加|列席))(?P<kind>{'|'.join(n for n in MEETING_NOUNS if n not in BARE_NAMES)})"
    r"(?=上|[，,。；;])"
)

_LOOK_BACK = 8  # earlier points with the same cue that a point is compared with


def assemble(
    layout: Layout,
    cues: list[Cue],
    regions: list[int],
    openings: list[Opening],
    people: list[PersonEvent],
    title: str | None,
    published_at: str | None,
) -> list[dict[str, Any]]:
    """The meetings: `cues` (with their region ends) and `people` grouped under the openings before them."""
    groups = _grouped(layout.text, openings, [cue.start for cue in cues])
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
        # With no cue at all, detect.py let the report through on its lead convening the first meeting.
        if members[index] or (not cues and index == 0):
            meetings.append(_meeting(layout, group, date, acts[index], members[index]))
    if len(meetings) == 1 and meetings[0]["name"] is None and (kind := _BY_KIND.search(layout.text)) is not None:
        # No opening named the one meeting, the text calls it by its kind alone: the name as printed.
        meetings[0]["name"] = kind.group("kind")
    return meetings


def _grouped(text: str, openings: list[Opening], cue_starts: list[int]) -> list[list[Opening]]:
    """The openings grouped by meeting: an opening with no cue since the one before names the same meeting, or
    none (_repeats, _refers_back), unless it carries the one before out (`_CARRIES_OUT`), which it then replaces."""
    groups: list[list[Opening]] = []
    for opening in openings:
        if groups:
            previous = groups[-1][-1].start
            between = bisect.bisect_left(cue_starts, opening.start) - bisect.bisect_left(cue_starts, previous)
            if between == 0 and opening.name is not None and _CARRIES_OUT.match(text, opening.start):
                # "2月4日,市法院召开了…会。为全面落实上级法院会议精神,…霍山法院召开了…会": the meetings before are
                # what this one carries out; the report is of this one.
                groups[-1] = [opening]
                continue
            # A report printed twice opens its meeting twice: one meeting, whose points _unique keeps once.
            if opening.name is None or between == 0 or _repeats(opening, groups[-1]) or _refers_back(opening, groups[-1]):
                groups[-1].append(opening)
                continue
        groups.append([opening])
    return groups


# A sentence opening on carrying out earlier meetings (为全面落实上级会议精神, 为贯彻…全会精神) before it convenes its own.
_CARRIES_OUT = re.compile(r"为(?:全面|进一步|认真|切实|深入|更好地?)?(?:贯彻|落实|传达)[^。；;]{0,40}?(?:会议|全会|大会)精神")


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
    # The same name again with no day of its own ("…主持了专题协商会。专题协商会上，…", "…祝贺…博览会在青河开幕"):
    # the meeting already opened; with its own day it may be another sitting of a meeting held under one name.
    undated = opening.day is None and opening.relative is None
    return any(o.name and o.name.endswith(name) and (name != o.name or undated) for o in group)


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


# A cue inside the sentence that convenes the meeting ("…主持召开国务院常务会议，同意…"): the lead's summary of what
# the report then tells point by point.
_CONVENING_CUE = re.compile(r"召开|举行|主持")
# The start of a point's text that another point repeats when both tell the same decision.
_SUMMARY_CHARS = 12


def _without_lead_summary(points: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The points without the lead's summary of a later one: a point cued in the convening sentence whose text
    starts as a later point's does ("…常务会议，同意发布…" before "会议同意发布…"): the report tells it there."""
    first = points[0] if points else None
    if first is None or not _CONVENING_CUE.search(first["cue"]) or len(first["text"] or "") < _SUMMARY_CHARS:
        return points
    later = {(point["text"] or "")[:_SUMMARY_CHARS] for point in points[1:]}
    return points[1:] if first["text"][:_SUMMARY_CHARS] in later else points


def _same_point(one: dict[str, Any], other: dict[str, Any]) -> bool:
    if [i["marker"] for i in one["items"]] != [i["marker"] for i in other["items"]]:
        return False
    pairs = [(one["text"], other["text"])] + [
        (a["text"], b["text"]) for a, b in zip(one["items"], other["items"], strict=True)
    ]
    return all(_runs_on(a or "", b or "") for a, b in pairs)


# The dots a page's summary breaks off with (摘要：…张某要求，各村要责任上...): the text cut short, which the page then
# prints whole.
_CUT_SHORT = re.compile(r"(?:\.{3,}|…+)$")


def _runs_on(one: str, other: str) -> bool:
    # A text of dots alone is no text cut short: it stays as it is.
    one, other = _CUT_SHORT.sub("", one) or one, _CUT_SHORT.sub("", other) or other
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
            who = _mention(cue.who)
            parsed = parse_people(who)
            for person in parsed or [{"name": None, "role": None, "text": who}]:
                add_speaker(person)
            speaker = parsed[0]["name"] if len(parsed) == 1 else who
            last_name = speaker
        out_points.append(read_point(layout, cue, end, speaker))
    # A report printed twice gives its points once.
    out_points = _without_lead_summary(_unique(out_points))
    return {
        "name": next((o.name for o in group if o.name), None),
        "date": date,
        # A tour's place ("在海南省调研并主持召开…") gives way to the one the meeting's own sentence prints ("在海口主持
        # 召开…").
        "place": next((o.place for o in group if o.place and not o.toured), None)
        or next((o.place for o in group if o.place), None),
        "organizer": next((o.organizer for o in group if o.organizer), None),
        "host": host,
        "speakers": speakers,
        "attendees": _attendees(layout, acts),
        "points": out_points,
    }


def _mention(who: str) -> str:
    """The person a cue's subject names, without the order word or the place glued before it ("最后王院长",
    "在会上县长王明"): the cue is printed as it stands, the person is not."""
    lead = _LEAD_BEFORE_PERSON.match(who)
    who = who[lead.end() :] if lead is not None and lead.end() < len(who) else who
    # "王明介绍说": the manner of saying follows the name.
    manner = next((m for m in SAYING_MANNERS if who.endswith(m) and len(who) > len(m) + 1), None)
    return who[: -len(manner)] if manner else who


def _attendees(layout: Layout, acts: list[PersonEvent]) -> str | None:
    """The text of the attendance clauses in the paragraph of the first one, from its start to the last one's end."""
    attendees = [e for e in acts if e.kind == "attendees"]
    if not attendees:
        return None
    same = [e for e in attendees if e.para == attendees[0].para]
    return slice_text(layout.text, same[0].span[0], same[-1].span[1])
