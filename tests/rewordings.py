"""One report worded the ways real reports vary (issue 14): the same meeting, the same points, other words.

tests/reprints.py prints a text again without touching its words. The forms here change words the structure does
not depend on, and move the gold with them: a source tag before the first sentence (本台消息：), a cue verb swapped
for its kin (会议强调 for 会议指出), the speaker named by title and name or, when named just before, by a pronoun,
dates and item markers in the other kind of numerals (三月五日 for 3月5日, （1） for （一）), the meeting's name
moved to the end of its opening sentence (在北京召开…会议 for …会议在北京召开), a sentence of background between
the opening and the first cue, and a speaker's statement quoted after a colon (王明强调：“…”); an enumeration in
another family (一是 / 第一， / 首先，), items regrouped (one to a paragraph <-> run together with ；), a meeting's cue
as its place (会上强调) or its communiqué's (全会公报指出), a second meeting before the last point, a speaker chairing
and speaking then named 他, an adverb before a later cue's verb, a title after a name, 此次会议, a headline left off,
a cue's comma and colon swapped, a date left unsaid (近日). Each form finds the gold's cues and markers in the
text, in order, and leaves a text whose gold it cannot find as it is.
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
SOURCE_TAGS = ("本台消息：", "本台消息\u3000", "新华社北京3月5日电（记者王明）", "央视网消息（新闻联播）：")
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


_NUMBERS = "一二三四五六七八九"
_ORDINAL_WORDS = ("首先", "其次", "再次", "最后")
# An item's marker and the separator printed after it, per family: 一是稳就业 / 第一，稳就业 / 首先，稳就业.
_SEPARATORS = "，,：:、"


def _run(kind: str, count: int) -> list[str]:
    """The markers of one family's run of `count` items: 是 / 要 (一是 …), 第 (第一 …), 首 (首先 … 最后)."""
    if kind == "首":
        return ["首先", *_ORDINAL_WORDS[1 : count - 1], "最后"] if 2 <= count <= 4 else []
    return [("第" + _NUMBERS[k]) if kind == "第" else (_NUMBERS[k] + kind) for k in range(count)]


def _family(markers: list[str]) -> str | None:
    """The family a point's markers are one whole run of, from its first, or None."""
    if not 2 <= len(markers) <= len(_NUMBERS):
        return None
    return next((kind for kind in ("是", "要", "第", "首") if markers == _run(kind, len(markers))), None)


def _item_spans(text: str, point: dict[str, Any], start: int) -> list[tuple[int, int]] | None:
    """Where each item's marker and the separator after it stand, from the point's cue on; None when one is missing."""
    spans, at = [], start
    for item in point["items"]:
        found = _marker_at(text, item, at)
        if found < 0:
            return None
        end = found + len(item["marker"])
        end += text[end : end + 1] in _SEPARATORS and end < len(text)
        spans.append((found, end))
        at = end
    return spans


def families(text: str, gold: Gold, pick: int = 0) -> tuple[str, Gold]:
    """Each point's enumeration in another family: 一是 … 二是 ↔ 第一，… 第二， ↔ 首先，… 其次，… 最后，(up to four
    items), and 一要 … 二要 as 第一，要 … / 首先，要 …; a point whose region already prints the other family stays."""
    spans = _cue_spans(text, gold)
    if spans is None:
        return text, gold
    new = copy.deepcopy(gold)
    pieces, last = [], 0
    for index, (point, start) in enumerate(zip(_points(new), spans, strict=True)):
        kind = _family([item["marker"] for item in point["items"]])
        items = _item_spans(text, point, start) if kind else None
        if kind is None or items is None:
            continue
        targets = [other for other in ("是", "第", "首") if other != kind and _run(other, len(items))]
        target = targets[pick % len(targets)]
        markers = _run(target, len(items))
        region = text[items[0][0] : spans[index + 1] if index + 1 < len(spans) else len(text)]
        if any(marker in region for marker in (*markers, "最后")):
            continue
        had = point["text_prefix"].startswith(point["items"][0]["marker"])
        separator = "" if target == "是" else "，"
        for item, (found, end), marker in zip(point["items"], items, markers, strict=True):
            printed = marker + separator + ("要" if kind == "要" else "")
            pieces += [text[last:found], printed]
            last = end
            item["marker"] = marker
            item["text_prefix"] = ("要" if kind == "要" else "") + item["text_prefix"]
        if had:  # a point that starts with its first item
            point["text_prefix"] = markers[0] + separator + point["items"][0]["text_prefix"]
    return "".join([*pieces, text[last:]]), new


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def run_together(text: str, gold: Gold, pick: int = 0) -> tuple[str, Gold]:
    """Items printed one to a paragraph run into one paragraph, each ending in ；(会议要求：一是…；二是…。); the
    cue's paragraph that ends in its colon joins them. Items whose gold prefix reaches the paragraph's end stay."""
    spans = _cue_spans(text, gold)
    if spans is None:
        return text, gold
    pieces, last = [], 0
    for point, start in zip(_points(gold), spans, strict=True):
        items = _item_spans(text, point, start) if len(point["items"]) >= 2 else None
        if items is None or any(text[found - 1 : found] != "\n" for found, _ in items[1:]):
            continue
        breaks = []
        for (found, end), (after, _), item in zip(items, items[1:], point["items"], strict=False):
            if _line_end(text, found) != after - 1 or text[after - 2] != "。" or after - 2 - end <= len(item["text_prefix"]):
                break
            breaks.append(after - 2)
        else:
            if text[items[0][0] - 2 : items[0][0]] == "：\n":
                pieces += [text[last : items[0][0] - 1]]
                last = items[0][0]
            for stop in breaks:
                pieces += [text[last:stop], "；"]
                last = stop + 2
    return "".join([*pieces, text[last:]]), gold


def split_items(text: str, gold: Gold, pick: int = 0) -> tuple[str, Gold]:
    """Items run in one paragraph and set apart by ；, printed one to a paragraph ending in 。(…一是…；二是… ->
    …一是…。 / 二是…), when the gold prefix of each item stops before its ；."""
    spans = _cue_spans(text, gold)
    if spans is None:
        return text, gold
    pieces, last = [], 0
    for point, start in zip(_points(gold), spans, strict=True):
        items = _item_spans(text, point, start) if len(point["items"]) >= 2 else None
        if items is None:
            continue
        pairs = zip(items, items[1:], point["items"], strict=False)
        if all(text[after - 1] == "；" and after - 1 - end > len(item["text_prefix"]) and "\n" not in text[end:after]
               for (_, end), (after, _), item in pairs):
            for found, _ in items[1:]:
                pieces += [text[last : found - 1], "。\n"]
                last = found
    return "".join([*pieces, text[last:]]), gold


def regrouped(text: str, gold: Gold, pick: int = 0) -> tuple[str, Gold]:
    """Items one to a paragraph run together with ；, or, in a text that prints none that way, items run together
    printed one to a paragraph (run_together, else split_items)."""
    joined, new = run_together(text, gold, pick)
    return (joined, new) if joined != text else split_items(text, gold, pick)


# A meeting's own cue: its noun (会议 / 全会), adverbs, a statement verb, printed before its comma.
_MEETING_SAYS = re.compile(r"(?P<noun>会议|全会)(?P<adv>还|也|同时|并|进一步)?(?P<verb>指出|强调|要求|提出)")


def _swap_meeting_cues(text: str, gold: Gold, swap: Callable[[re.Match[str]], str | None]) -> tuple[str, Gold]:
    """Every meeting cue (会议还强调) followed by its comma, printed as `swap` prints it (None: left as it is)."""
    spans = _cue_spans(text, gold)
    if spans is None:
        return text, gold
    new = copy.deepcopy(gold)
    pieces, last = [], 0
    for point, start in zip(_points(new), spans, strict=True):
        match = _MEETING_SAYS.fullmatch(point["cue"])
        end = start + len(point["cue"])
        printed = swap(match) if match and text[end : end + 1] in ("，", ",") else None
        if printed is None:
            continue
        pieces += [text[last:start], printed]
        last = end
        point["cue"] = printed
    return "".join([*pieces, text[last:]]), new


def place_cues(text: str, gold: Gold, pick: int = 0) -> tuple[str, Gold]:
    """A meeting's own cue printed as where it was said, its subject left out: 会议强调， -> 会上强调，."""
    return _swap_meeting_cues(text, gold, lambda m: "会上" + (m["adv"] or "") + m["verb"] if m["noun"] == "会议" else None)


def document_cues(text: str, gold: Gold, pick: int = 0) -> tuple[str, Gold]:
    """A meeting's own cue printed as its communiqué's: 全会指出， -> 全会公报指出，."""
    return _swap_meeting_cues(text, gold, lambda m: m["noun"] + "公报" + (m["adv"] or "") + m["verb"])


# Openings of a second meeting on the same day, named unlike any meeting of the texts.
SECOND_OPENINGS = ("同日，市政府召开防汛工作专题会议。", "当天下午，省委召开全面深化改革委员会会议。", "随后，县安全生产委员会全体会议召开。")


def second_meeting(text: str, gold: Gold, pick: int = 0) -> tuple[str, Gold]:
    """A second meeting opened before the last point of a one-meeting report, when that point is the meeting's own
    cue opening its paragraph (同日，市政府召开…会议。会议要求，…): the point is then the second meeting's. For every
    other text the opening runs on at the end of the paragraph before."""
    spans = _cue_spans(text, gold)
    points = _points(gold)
    if spans is None or len(gold["meetings"]) != 1 or len(points) < 2:
        return text, gold
    start = spans[-1]
    if not re.fullmatch(r"会议[^\W\d_]{0,6}", points[-1]["cue"]) or text[start - 1 : start] != "\n":
        return text, gold
    opening = SECOND_OPENINGS[pick % len(SECOND_OPENINGS)]
    new = copy.deepcopy(gold)
    first = new["meetings"][0]
    second = {**first, "name": None, "date": None, "place": None, "points": first["points"][-1:]}
    first["points"] = first["points"][:-1]
    new["meetings"].append(second)
    # Every other text prints the second meeting in the paragraph before (a report stored as one line runs on so).
    cut = start - 1 if pick % 2 and text[start - 2 : start - 1] in "。！？" else start
    return text[:cut] + opening + text[start:], new


_SPEAKS = re.compile(r"在|出席|指出|强调|要求|表示|说|认为|提出|希望|呼吁")


def chaired(text: str, gold: Gold, pick: int = 0) -> tuple[str, Gold]:
    """The first speaker named at a sentence start chairs and speaks in the opening sentence (…，王明主持会议并讲话。;
    an opening that names him already stays) and is then 他 in his cue (他强调，…), when the opening sentence ends
    before any cue and no sentence between it and the cue names him."""
    spans = _cue_spans(text, gold)
    body = split_head(text)[1]
    if not spans or not body:
        return text, gold
    stop = text.find("。", text.find(body[0]))
    index = next((k for k, (p, at) in enumerate(zip(_points(gold), spans, strict=True)) if _is_named(text, at, p["cue"])), None)
    if stop < 0 or index is None or spans[0] <= stop:
        return text, gold
    cue, start = _points(gold)[index]["cue"], spans[index]
    size = _name_size(cue)
    name = cue[:size]
    if not size or text.find(name, stop, start) >= 0 or text[start - 1] not in "。\n":
        return text, gold
    new = copy.deepcopy(gold)
    _points(new)[index]["cue"] = "他" + cue[size:]
    chairs = "" if name in text[:stop] else "，" + name + "主持会议并讲话"
    return text[:stop] + chairs + text[stop:start] + "他" + text[start + size :], new


# Adverbs a later cue takes before its verb (会议还强调, 他同时指出, 会议进一步要求).
LATER_ADVERBS = ("还", "同时", "进一步")
# Titles printed after a speaker's name (王明书记指出, 王明市长强调).
TITLES_AFTER = ("书记", "市长", "主席")
_PLAIN_CUE = re.compile(rf"(?P<who>会议|全会|他|她|[\u4e00-\u9fff]{{2,3}}?)(?P<verb>{'|'.join(KIN_VERBS)})")


def _name_size(cue: str) -> int:
    """The length of the name a cue opens with (two or three characters before its setting or verb), or 0."""
    return next((size for size in (2, 3) if _SPEAKS.match(cue, size)), 0)


def adverbs(text: str, gold: Gold, pick: int = 0) -> tuple[str, Gold]:
    """Every cue after the first that is a subject and its verb alone (会议强调, 他指出, 王明要求), its verb
    printed after an adverb of a later statement (会议还强调, 他同时指出)."""
    spans = _cue_spans(text, gold)
    if spans is None:
        return text, gold
    new = copy.deepcopy(gold)
    adverb = LATER_ADVERBS[pick % len(LATER_ADVERBS)]
    pieces, last = [], 0
    for point, start in list(zip(_points(new), spans, strict=True))[1:]:
        match = _PLAIN_CUE.fullmatch(point["cue"])
        end = start + len(point["cue"])
        if match is None or text[end : end + 1] not in ("，", "：", ","):
            continue
        if match["who"] not in ("会议", "全会", "他", "她") and not _is_named(text, start, point["cue"]):
            continue
        at = start + match.start("verb")
        pieces += [text[last:at], adverb]
        last = at
        point["cue"] = match["who"] + adverb + match["verb"]
    return "".join([*pieces, text[last:]]), new


def titled_after(text: str, gold: Gold, pick: int = 0) -> tuple[str, Gold]:
    """A title printed after every speaker named bare at the start of a cue (王明指出 -> 王明书记指出), where the
    title is the cue's: the gold leaves out only titles before a name."""
    spans = _cue_spans(text, gold)
    if spans is None:
        return text, gold
    new = copy.deepcopy(gold)
    title = TITLES_AFTER[pick % len(TITLES_AFTER)]
    pieces, last = [], 0
    for point, start in zip(_points(new), spans, strict=True):
        size = _name_size(point["cue"])
        if not size or not _is_named(text, start, point["cue"]):
            continue
        pieces += [text[last : start + size], title]
        last = start + size
        point["cue"] = point["cue"][:size] + title + point["cue"][size:]
    return "".join([*pieces, text[last:]]), new


def this_meeting(text: str, gold: Gold, pick: int = 0) -> tuple[str, Gold]:
    """A meeting's own cue with a determiner before its noun: 会议指出 -> 此次会议指出 / 本次会议指出."""
    determiner = ("此次", "本次")[pick % 2]
    return _swap_meeting_cues(text, gold, lambda m: determiner + m.group())


def headless(text: str, gold: Gold, pick: int = 0) -> tuple[str, Gold]:
    """A broadcast item's print: no headline or header lines, when the first meeting's name is printed in the
    body's first paragraph (so the body still opens the meeting the headline named)."""
    head, body = split_head(text)
    names = [meeting.get("name") for meeting in gold["meetings"]]
    if not head or not body or not names or not names[0] or names[0] not in body[0]:
        return text, gold
    return "\n".join(body) + "\n", gold


def colons(text: str, gold: Gold, pick: int = 0) -> tuple[str, Gold]:
    """Every cue that ends in its speech verb with its comma printed as a colon, and with its colon as a comma
    when no items follow (会议指出，… <-> 会议指出：…; a colon that announces a list, 会议议定以下事项：一、…, or
    an object's, 会议明确了…目标任务：1.…, stays); the gold's prefixes start after either."""
    spans = _cue_spans(text, gold)
    if spans is None:
        return text, gold
    chars = list(text)
    for point, start in zip(_points(gold), spans, strict=True):
        end = start + len(point["cue"])
        if not point["cue"].endswith(tuple(KIN_VERBS)) or _AN_OBJECT.search(point["cue"][:-2]):
            continue
        swaps = text[end : end + 1] == "，" or (text[end : end + 1] == "：" and not point["items"])
        if swaps and not text[end + 1 : end + 2].startswith(("“", "\n")):
            chars[end] = "：" if text[end] == "，" else "，"
    return "".join(chars), gold


# Days that leave the date unsaid.
VAGUE_DAYS = ("近日", "日前")
_OPENING_DATE = re.compile(rf"(?:\d{{4}}年)?{_DATE.pattern}(?:上午|下午|晚上|晚间)?")


def undated(text: str, gold: Gold, pick: int = 0) -> tuple[str, Gold]:
    """The first date before the first cue (3月5日上午) printed as a day left unsaid (近日, 日前)."""
    spans = _cue_spans(text, gold)
    if not spans:
        return text, gold
    match = _OPENING_DATE.search(text, 0, spans[0])
    if match is None:
        return text, gold
    return text[: match.start()] + VAGUE_DAYS[pick % len(VAGUE_DAYS)] + text[match.end() :], gold


REWORDINGS: dict[str, Reword] = {
    "tagged": tagged,
    "kin_verbs": kin_verbs,
    "titled": titled,
    "pronouns": pronouns,
    "numerals": numerals,
    "name_last": name_last,
    "background": background,
    "quoted": quoted,
    "families": families,
    "regrouped": regrouped,
    "place_cues": place_cues,
    "document_cues": document_cues,
    "second_meeting": second_meeting,
    "chaired": chaired,
    "adverbs": adverbs,
    "titled_after": titled_after,
    "this_meeting": this_meeting,
    "headless": headless,
    "colons": colons,
    "undated": undated,
}
