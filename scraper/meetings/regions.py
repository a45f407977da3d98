"""The points of a meeting: each cue's region of the text, and the point (cue, text, items) read from it.

A region is the rest of the cue's paragraph up to the next cue, plus the following paragraphs that carry its
enumeration on (a paragraph starting with the next marker, and the body paragraphs of heading-style items such
as "（一）坚持党建引领"); a cue paragraph ending in a colon takes a few body paragraphs. The point splits its
region at the first marker of the enumeration that items.py picks.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import Any

from .cues import Cue
from .items import Enumerations
from .scan import Layout, Marker, glued_marker

_TRAIL = " \t\r\n\u3000，,、；;"
_HEADING_END = "。！？!?；;…"
_HEADING_MAX = 60
_LOOKAHEAD = 8  # paragraphs searched for the next item of a heading-style list
_COLON_BODY_MAX = 5  # paragraphs that follow a cue paragraph ending in "：" with no markers
# Who a run of requirements addresses, before its first marker in the same clause: 各地各部门 / 全县上下 / 同志们.
_CLAUSE_STARTS = "，,。；;：:！？!?\n"
_ADDRESSEES_MAX = 24
_ADDRESSEES_FIRST = ("各", "全")
# ... or a body's members by their role (…研究生会委员一要…, 全体党员干部一要…).
_ADDRESSEES_LAST = ("们", "上下", "大家", "委员", "干部", "党员", "同志", "同学", "代表", "成员", "职工", "员工")


def _first_markers(layout: Layout) -> dict[int, Marker]:
    return {m.para: m for m in layout.markers if m.at_para_start}


def regions(layout: Layout, cues: list[Cue], openings: set[int], people: set[int], scenes: Sequence[int] = ()) -> list[int]:
    """The end offset of each cue's region; a region also ends at a scene (a sentence opening a meeting with its
    day first), sorted offsets, inside its paragraph."""
    firsts = _first_markers(layout)
    stoppers = openings | people | {c.sentence for c in cues}

    def stops(q: int) -> bool:
        # A paragraph ends a region when it starts by opening a meeting, naming people or with a cue.
        start = layout.starts[q]
        return any(pos in stoppers for pos in range(start, min(start + 3, layout.ends[q])))

    ends: list[int] = []
    for n, cue in enumerate(cues):
        limit = cues[n + 1].sentence if n + 1 < len(cues) else len(layout.text)
        scene = bisect.bisect_right(scenes, cue.text_start)
        if scene < len(scenes):
            limit = min(limit, scenes[scene])
        ends.append(_region_end(layout, cue, limit, firsts, stops))
    return ends


def _region_end(
    layout: Layout, cue: Cue, limit: int, firsts: dict[int, Marker], stops: Callable[[int], bool]
) -> int:
    """Where the region of `cue` ends, before `limit`: its paragraph, and the paragraphs after that carry its
    list's items or, after a heading, the body paragraphs under it."""
    markers = layout.markers_in
    end = min(layout.ends[cue.para], limit)
    enums = Enumerations()
    enums.feed(markers(cue.text_start, end))
    family: str | None = None
    # A cue ending its paragraph with a colon ("…提出建议：") is followed by its body paragraphs.
    # So is a cue standing alone on its line ("会议强调" as a heading over its paragraphs).
    heading = layout.text[cue.start : end].rstrip().endswith(("：", ":")) or alone_on_its_line(layout, cue)
    bodies: list[int] = []
    body = 0
    q = cue.para + 1
    while end == layout.ends[q - 1] and q < len(layout.starts) and layout.starts[q] < limit:
        first = firsts.get(q)
        # "邹建国介绍，…重点是：" then 一是… paragraphs: a paragraph with no cue of its own that announces a
        # list carries the point on to it, as a cue paragraph ending in a colon does.
        heading = heading or (family is None and not stops(q) and _announces_list(layout, q, firsts))
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
    return end


def alone_on_its_line(layout: Layout, cue: Cue) -> bool:
    """Whether the cue's paragraph holds the cue and nothing else ("会议强调" as a line of its own)."""
    start, end = layout.starts[cue.para], layout.ends[cue.para]
    return slice_text(layout.text, start, cue.start) is None and slice_text(layout.text, cue.text_start, end) is None


def _item_ahead(
    layout: Layout,
    q: int,
    enumeration: tuple[Enumerations, str],
    firsts: dict[int, Marker],
    stops: Callable[[int], bool],
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


def _announces_list(layout: Layout, q: int, firsts: dict[int, Marker]) -> bool:
    """Whether paragraph `q` ends with a colon and the next one starts an enumeration with its first marker."""
    first = firsts.get(q + 1)
    return first is not None and first.number == 1 and layout.text[layout.starts[q] : layout.ends[q]].rstrip().endswith(("：", ":"))


def _is_heading(paragraph: str) -> bool:
    stripped = paragraph.strip()
    if stripped.endswith(("：", ":")):
        return True
    return bool(stripped) and len(stripped) <= _HEADING_MAX and stripped[-1] not in _HEADING_END


def _with_addressed_first(layout: Layout, cue: Cue, markers: list[Marker], end: int) -> list[Marker]:
    """The markers, and a run's first one that follows its addressees inside their clause ("各单位、各工作组一要
    高度重视。…二要…"): the scan only looks for markers after a mark, and the addressees stand between. Only a
    clause that names addressees (各… / 全… first, or …们 / …上下 / 大家 / a member's role last) counts, so a 一 inside a
    word (统一要求) is never a marker."""
    second = next((m for m in markers if m.number == 2), None)
    if second is None or any(m.family == second.family and m.number == 1 for m in markers if m.start < second.start):
        return markers
    text = layout.text
    at = text.rfind(second.family, cue.text_start, second.start)
    if at <= cue.text_start:
        return markers
    clause_start = max(text.rfind(mark, cue.text_start, at) for mark in _CLAUSE_STARTS) + 1
    addressees = text[max(clause_start, cue.text_start) : at].strip()
    if not (0 < len(addressees) <= _ADDRESSEES_MAX and addressees.startswith(_ADDRESSEES_FIRST)) and not (
        addressees.endswith(_ADDRESSEES_LAST)
    ):
        return markers
    first = glued_marker(layout, cue.para, at, end)
    if first is None or first.family != second.family or first.number != 1:
        return markers
    return sorted([first, *markers], key=lambda marker: marker.start)


def slice_text(text: str, a: int, b: int) -> str | None:
    """text[a:b] without leading space and trailing space or clause marks; None when nothing is left."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1] in _TRAIL:
        b -= 1
    return text[a:b] if a < b else None


def read_point(layout: Layout, cue: Cue, end: int, speaker: str | None) -> dict[str, Any]:
    """The point {cue, speaker, text, items} of a cue whose region ends at `end`."""
    text = layout.text
    enums = Enumerations()
    markers = layout.markers_in(cue.text_start, end)
    if cue.text_start < end and (not markers or markers[0].start != cue.text_start):
        # "会议强调一要…，…。二要…": the first item follows the verb with no mark between.
        glued = glued_marker(layout, cue.para, cue.text_start, end)
        markers = markers if glued is None else [glued, *markers]
    markers = _with_addressed_first(layout, cue, markers, end)
    enums.feed(markers)
    chain = enums.items()
    items = [
        {"marker": text[m.start : m.end],
         "text": slice_text(text, m.text_start, chain[k + 1].start if k + 1 < len(chain) else end)}
        for k, m in enumerate(chain)
    ]
    return {
        "cue": text[cue.start : cue.end],
        "speaker": speaker,
        "text": slice_text(text, cue.text_start, chain[0].start if chain else end),
        "items": items,
    }
