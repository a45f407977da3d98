"""The written meeting set (issue 14): tests/data/meetings_written, texts the project wrote with their gold.

These texts are fictional news reports written for the project (not copies of real ones), annotated by the
rules of tests/data/meetings_gold/README.md plus the decisions in tests/data/meetings_written/README.md. Unlike
the real texts of ../shared/meetings they live in the repository, so these checks always run: every text has
its gold and the reverse, the gold has the shared gold's shape, and every name, date, place, cue, prefix and
marker is printed in its text, in the order the gold lists them, and every prefix keeps the shared rules'
length (10-15 characters, a shorter item whole) and stops before the next cue or marker.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

WRITTEN = Path(__file__).resolve().parent / "data" / "meetings_written"
TEXTS = WRITTEN / "texts"
GOLD = WRITTEN / "gold"
ID = re.compile(r"w\d{3}")
# What the brief asks of a text: a short news report, not a page.
SHORTEST, LONGEST = 150, 1500


def load(path: Path) -> dict[str, Any]:
    """One gold file."""
    gold: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return gold


GOLD_FILES = sorted(GOLD.glob("*.json"))


def test_every_text_has_its_gold_and_every_gold_its_text() -> None:
    texts = {path.stem for path in TEXTS.glob("*.txt")}
    golds = {path.stem for path in GOLD_FILES}
    assert texts == golds
    assert all(ID.fullmatch(text_id) for text_id in texts), sorted(texts)
    assert texts, "no written texts"


@pytest.mark.parametrize("path", sorted(TEXTS.glob("*.txt")), ids=lambda p: p.stem)
def test_text_is_a_short_report(path: Path) -> None:
    text = path.read_text("utf-8")
    assert SHORTEST <= len(text.strip()) <= LONGEST, len(text.strip())


def check_shape(gold: dict[str, Any], stem: str) -> None:
    """The shared gold's shape: keys, types, a meeting text has meetings and a text that is none has none."""
    assert list(gold) == ["id", "is_meeting", "meetings", "notes"]
    assert gold["id"] == stem
    assert isinstance(gold["notes"], str)
    assert gold["is_meeting"] is bool(gold["meetings"])
    for meeting in gold["meetings"]:
        assert list(meeting) == ["name", "date", "place", "points"]
        for point in meeting["points"]:
            assert list(point) == ["cue", "text_prefix", "items"]
            assert point["cue"] and point["text_prefix"]
            # An enumeration needs two markers or more.
            assert len(point["items"]) != 1, point["cue"]
            for item in point["items"]:
                assert list(item) == ["marker", "text_prefix"]
                assert item["marker"] and item["text_prefix"]


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_has_the_shared_gold_shape(path: Path) -> None:
    check_shape(load(path), path.stem)


def find(text: str, what: str, at: int) -> int:
    """Where `what` is printed in `text` from `at` on; fails naming it when it is not."""
    found = text.find(what, at)
    assert found >= 0, f"{what!r} not printed after position {at}"
    return found


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_is_printed_in_its_text_in_order(path: Path) -> None:
    gold = load(path)
    text = (TEXTS / f"{path.stem}.txt").read_text("utf-8")
    at = 0
    for meeting in gold["meetings"]:
        for key in ("name", "date", "place"):
            # As printed, or null.
            assert meeting[key] is None or meeting[key] in text, meeting[key]
        for point in meeting["points"]:
            # The cue comes before its text (a point's cue may be the last words of the opening sentence).
            cue = find(text, point["cue"], at)
            at = find(text, point["text_prefix"], cue + len(point["cue"]))
            for item in point["items"]:
                marker = find(text, item["marker"], at)
                at = find(text, item["text_prefix"], marker + len(item["marker"]))


# The shared rules give a prefix its first 10-15 characters; an item shorter than ten gives all of it, its
# closing punctuation left out, so its prefix stops right before the next marker or cue or at its line's end.
SHORTEST_PREFIX, LONGEST_PREFIX = 10, 15
CLOSING = "。；，、：;,:.　 "


def spans(gold: dict[str, Any], text: str) -> list[tuple[str, int, int]]:
    """Where the gold's cues, markers and prefixes are printed, in its order: (kind, start, end)."""
    found: list[tuple[str, int, int]] = []
    at = 0
    for meeting in gold["meetings"]:
        for point in meeting["points"]:
            cue = find(text, point["cue"], at)
            at = find(text, point["text_prefix"], cue + len(point["cue"]))
            found += [("cue", cue, cue + len(point["cue"])), ("point", at, at + len(point["text_prefix"]))]
            for item in point["items"]:
                marker = find(text, item["marker"], at)
                at = find(text, item["text_prefix"], marker + len(item["marker"]))
                found += [("marker", marker, marker + len(item["marker"])), ("item", at, at + len(item["text_prefix"]))]
    return found


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_prefixes_have_the_shared_rules_length(path: Path) -> None:
    text = (TEXTS / f"{path.stem}.txt").read_text("utf-8")
    found = spans(load(path), text)
    for k, (kind, start, end) in enumerate(found):
        prefix = text[start:end]
        if kind == "point":
            assert SHORTEST_PREFIX <= len(prefix) <= LONGEST_PREFIX, prefix
        elif kind == "item":
            assert len(prefix) <= LONGEST_PREFIX, prefix
            if len(prefix) < SHORTEST_PREFIX:
                # The whole item: after its closing marks comes the next cue or marker, or a line break.
                rest = end
                while rest < len(text) and text[rest] in CLOSING:
                    rest += 1
                starts = [s for _, s, _ in found[k + 1 : k + 2]]
                assert rest == len(text) or text[rest] == "\n" or starts == [rest], prefix


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_a_prefix_stops_before_the_next_cue_or_marker(path: Path) -> None:
    text = (TEXTS / f"{path.stem}.txt").read_text("utf-8")
    found = spans(load(path), text)
    for k, (kind, start, end) in enumerate(found):
        if kind not in ("point", "item"):
            continue
        for later, later_start, _ in found[k + 1 :]:
            # A point that starts with its first item holds that item's marker at its own start.
            starts_with_it = kind == "point" and later == "marker" and later_start == start
            if later in ("cue", "marker") and not starts_with_it:
                assert later_start >= end, (text[start:end], text[later_start : later_start + 6])
                break
