"""One report worded the ways real reports vary (issue 14): the same meeting, the same points, other words.

tests/reprints.py prints a text again without touching its words. The forms here change words the structure does
not depend on, and move the gold with them: a source tag before the first sentence (本台消息：), a cue verb swapped
for its kin (会议强调 for 会议指出), the speaker named by title and name or, when named just before, by a pronoun,
dates and item markers in the other kind of numerals (三月五日 for 3月5日, （1） for （一）), the meeting's name
moved to the end of its opening sentence (在北京召开…会议 for …会议在北京召开), a sentence of background between
the opening and the first cue, and a speaker's statement quoted after a colon (王明强调：“…”). Each form finds the gold's cues and markers in the text, in order, and leaves a text
whose gold it cannot find as it is.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any

from .reprints import DATELINE_START, split_head

Gold = dict[str, Any]
Reword = Callable[[str, Gold, int], tuple[str, Gold]]

# Tags of a broadcast or agency item before its first sentence.
SOURCE_TAGS = ("本台消息：", "本台消息\u3000", "新华社北京3月5日电（记者王明）")
# Cue verbs and a kin each can be swapped for without changing what follows ("会议强调，…" / "会议指出，…").
KIN_VERBS = {"指出": "强调", "强调": "指出", "要求": "强调", "提出": "指出", "认为": "指出", "表示": "指出"}
# Titles printed before a speaker's name (the gold leaves them out of the cue).
TITLES = ("市长", "党委书记", "主任")
# Neutral sentences of background: no meeting, no person, no cue verb, no enumeration.
BACKGROUND = ("今年以来，各项工作总体平稳、稳中有进。", "此前，有关部门已就相关议题开展了调研。", "近年来，相关领域改革持续深化，成效逐步显现。")
CN_NUMBERS = "〇一二三四五六七八九十"
_STARTS = "。！？；，：\n\u3000 "
_SURNAME_START = re.compile(r"[\u4e00-\u9fff]{2,3}")
_DATE = re.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})日")


def _points(gold: Gold) -> list[dict[str, Any]]:
    return [point for meeting in gold["meetings"] for point in meeting["points"]]


def _cue_spans(text: str, gold: Gold) -> list[int] | None:
    """Where each gold point's cue starts in the text, in order; None when one is not found."""
    spans, at = [], 0
    for point in _points(gold):
        found = text.find(point["cue"], at)
        if found < 0:
            return None
        spans.append(found)
        at = found + len(point["cue"])
    return spans


def _cn(number: int) -> str:
    """A day or month number (1-31) in Chinese numerals (十四, 二十一)."""
    tens, ones = divmod(number, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else CN_NUMBERS[tens] + "十")
    return head + (CN_NUMBERS[ones] if ones else "") if number >= 10 else CN_NUMBERS[ones]


def tagged(text: str, gold: Gold, pick: int = 0) -> tuple[str, Gold]:
    """A source tag before the first body sentence (a broadcast's 本台消息：, an agency's dateline)."""
    head, body = split_head(text)
    if (not head and len(body) < 2) or DATELINE_START.match(body[0]):
        return text, gold
    body = [SOURCE_TAGS[pick % len(SOURCE_TAGS)] + body[0], *body[1:]]
    return "\n".join([*head, *body]) + "\n", gold


def kin_verbs(text: str, gold: Gold, pick: int = 0) -> tuple[str, Gold]:
    """Every cue whose verb has a kin, printed with the kin (its comma or colon after it kept)."""
    spans = _cue_spans(text, gold)
    if spans is None:
        return text, gold
    new = copy.deepcopy(gold)
    pieces, last = [], 0
    for point, start in zip(_points(new), spans, strict=True):
        cue, end = point["cue"], start + len(point["cue"])
        verb = next((verb for verb in KIN_VERBS if cue.endswith(verb)), None)
        if verb is None or text[end : end + 1] not in ("，", "：", ",") or _AN_OBJECT.search(cue[: -len(verb)]):
            continue
        point["cue"] = cue[: -len(verb)] + KIN_VERBS[verb]
        pieces += [text[last : end - len(verb)], KIN_VERBS[verb]]
        last = end
    return "".join([*pieces, text[last:]]), new


# What makes a cue's last word an object, not its verb: 提出要求, 提出三点要求, 提出明确要求.
_AN_OBJECT = re.compile(r"(?:出|了|[点项条]|明确|具体|殷切|严格|重要)$")


def _is_named(text: str, start: int, cue: str) -> bool:
    """A cue that opens with a person's name at a sentence or clause start (no title printed before it)."""
    from scraper.meetings.terms import SURNAMES

    return cue[:1] in SURNAMES and (start == 0 or text[start - 1] in _STARTS) and bool(_SURNAME_START.match(cue))


def titled(text: str, gold: Gold, pick: int = 0) -> tuple[str, Gold]:
    """A title before every speaker named bare at the start of a cue (the gold's cue leaves titles out)."""
    spans = _cue_spans(text, gold)
    if spans is None:
        return text, gold
    title = TITLES[pick % len(TITLES)]
    pieces, last = [], 0
    for point, start in zip(_points(gold), spans, strict=True):
        if _is_named(text, start, point["cue"]):
            pieces += [text[last:start], title]
            last = start
    return "".join([*pieces, text[last:]]), gold


def _shared_name(first: str, second: str) -> int:
    """The length of the name two cues open with (two or three characters up to where they part), or 0."""
    size = 0
    while size < min(len(first), len(second), 4) and first[size] == second[size]:
        size += 1
    return size if 2 <= size <= 3 and size < len(second) else 0


def pronouns(text: str, gold: Gold, pick: int = 0) -> tuple[str, Gold]:
    """A speaker named again at a sentence start, right after his own cue, named by 他 instead."""
    spans = _cue_spans(text, gold)
    if spans is None:
        return text, gold
    new = copy.deepcopy(gold)
    points = _points(new)
    pieces, last = [], 0
    for index in range(1, len(points)):
        before, point, start = points[index - 1], points[index], spans[index]
        size = _shared_name(before["cue"], point["cue"])
        if not size or not _is_named(text, spans[index - 1], before["cue"]) or text[start - 1 : start] not in ("。", "\n"):
            continue
        if text.count("\n", spans[index - 1], start) > 1:  # paragraphs between may name someone else
            continue
        point["cue"] = "他" + point["cue"][size:]
        pieces += [text[last:start], "他"]
        last = start + size
    return "".join([*pieces, text[last:]]), new


def numerals(text: str, gold: Gold, pick: int = 0) -> tuple[str, Gold]:
    """The opening's dates in Chinese numerals (3月5日 -> 三月五日), up to the first cue, which no gold prefix
    reaches; and each point's markers （一） / 一、 in Arabic numerals and （1） / 1、 in Chinese ones."""
    spans = _cue_spans(text, gold)
    if spans is None:
        return text, gold
    cut = spans[0] if spans else len(text)
    opening = _DATE.sub(lambda m: f"{_cn(int(m[1]))}月{_cn(int(m[2]))}日", text[:cut])
    new = copy.deepcopy(gold)
    rest, at = text[cut:], 0
    for point in _points(new):
        for item in point["items"]:
            swapped, found = _swap_marker(item["marker"]), _marker_at(rest, item, at)
            if found < 0:
                return text, gold
            if swapped is None:
                at = found + len(item["marker"])
                continue
            rest = rest[:found] + swapped + rest[found + len(item["marker"]) :]
            if point["text_prefix"].startswith(item["marker"]):  # a point that starts with its first item
                point["text_prefix"] = swapped + point["text_prefix"][len(item["marker"]) :]
            item["marker"] = swapped
            at = found + len(swapped)
    return opening + rest, new


def _marker_at(text: str, item: dict[str, Any], at: int) -> int:
    """Where the item's marker stands in the text from `at`: right before its text (a separator between)."""
    found = text.find(item["marker"], at)
    while found >= 0:
        after = found + len(item["marker"])
        if text[after : after + 1 + len(item["text_prefix"])].lstrip("，,：:、. ").startswith(item["text_prefix"][:4]):
            return found
        found = text.find(item["marker"], after)
    return -1


def _swap_marker(marker: str) -> str | None:
    """（一） <-> （1）, 一、 <-> 1、 for numbers up to nine; other markers stay."""
    match = re.fullmatch(r"([（(]?)([一二三四五六七八九]|[1-9])([）)、])", marker)
    if not match:
        return None
    open_, number, close = match.groups()
    swapped = str(CN_NUMBERS.index(number)) if number in CN_NUMBERS else CN_NUMBERS[int(number)]
    return open_ + swapped + close


# What may stand between a meeting's name and the verb that opens it: a day, a place, a manner (日前在京隆重).
_OPENED = re.compile(r"(?P<mid>[^，。；：、“”《》的主]{0,20}?)(?P<verb>召开|举行)(?=[。，])")


def name_last(text: str, gold: Gold, pick: int = 0) -> tuple[str, Gold]:
    """The first meeting's opening …NAME在沈阳召开 printed as …在沈阳召开NAME, its name the object at the end."""
    name = gold["meetings"][0]["name"] if gold["meetings"] else None
    spans = _cue_spans(text, gold)
    if not name or spans is None:
        return text, gold
    at = text.find(name)
    match = _OPENED.match(text, at + len(name)) if at >= 0 else None
    if match is None or (spans and match.end() > spans[0]):
        return text, gold
    moved = match["mid"] + match["verb"] + name
    return text[:at] + moved + text[match.end() :], gold


def background(text: str, gold: Gold, pick: int = 0) -> tuple[str, Gold]:
    """A sentence of background after the opening sentence, when the first cue comes after that sentence."""
    spans = _cue_spans(text, gold)
    body = split_head(text)[1]
    if spans is None or not body:
        return text, gold
    body_at = text.find(body[0])
    stop = text.find("。", body_at)
    if stop < 0 or (spans and spans[0] <= stop):
        return text, gold
    sentence = BACKGROUND[pick % len(BACKGROUND)]
    return text[: stop + 1] + sentence + text[stop + 1 :], gold


def quoted(text: str, gold: Gold, pick: int = 0) -> tuple[str, Gold]:
    """A named speaker's statement that fills the rest of its paragraph, printed in quotation marks after a colon
    (王明强调：“…。”), when no other cue stands in it."""
    spans = _cue_spans(text, gold)
    if spans is None:
        return text, gold
    new = copy.deepcopy(gold)
    pieces, last = [], 0
    for index, (point, start) in enumerate(zip(_points(new), spans, strict=True)):
        end = start + len(point["cue"])
        stop = text.find("\n", end) if "\n" in text[end:] else len(text)
        following = spans[index + 1] if index + 1 < len(spans) else len(text)
        statement = text[end + 1 : stop]
        if not _is_named(text, start, point["cue"]) or text[end : end + 1] != "，" or following < stop:
            continue
        if not statement.endswith("。") or "“" in statement or "”" in statement:
            continue
        pieces += [text[last:end], "：“", statement, "”"]
        last = stop
        point["text_prefix"] = "“" + point["text_prefix"]
    return "".join([*pieces, text[last:]]), new


REWORDINGS: dict[str, Reword] = {
    "tagged": tagged,
    "kin_verbs": kin_verbs,
    "titled": titled,
    "pronouns": pronouns,
    "numerals": numerals,
    "name_last": name_last,
    "background": background,
    "quoted": quoted,
}
