"""The meeting stage on real texts (issue 14): ../shared/meetings/texts against tests/data/meetings_gold.

The targets hold on half "B" of the fixed-seed split (bench/meetings_eval.py), the half the stage was not
built on; half "A" is reported by the bench, not held here. The floors hold on the first round's 45 held-out texts
(what they were measured on); the targets on the whole held-out half (first and third rounds, 85 texts). Every one of the 200 texts extracts without an
error. Without ../shared/meetings these tests skip (they fail under SCRAPER_REQUIRE_SHARED=1, see
conftest.shared). The written set (tests/data/meetings_written, split by the same coin over its own ids) has its
own floors and targets on its half B; it lives in the repository, so those always run.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

import pytest

import scraper
from bench.meetings_eval import (
    BUILD_ONLY,
    GOLD,
    ROUNDS,
    THIRD_ROUND,
    WRITTEN,
    WRITTEN_FIRST_ROUND,
    WRITTEN_RANGES,
    Summary,
    coin_halves,
    evaluate,
    load_gold,
    select,
    select_written,
    split_halves,
    summarise,
    written_halves,
)

from .conftest import shared

HELD_OUT = "B"
# Issue 14's targets on the held-out half.
DETECTION_F1 = 0.95
POINT_F1 = 0.90
ITEM_F1 = 0.90
EXACT_SHARE = 0.75
TARGETS = {"detection": DETECTION_F1, "points": POINT_F1, "items": ITEM_F1, "exact_share": EXACT_SHARE}


def below(summary: Summary, bounds: dict[str, float]) -> dict[str, float]:
    """The measures of `summary` that fall below their bound, by name (empty when all hold)."""
    measured = {
        "detection": summary.detection[2],
        "points": summary.points[2],
        "items": summary.items[2],
        "exact_share": summary.exact_share,
    }
    return {name: value for name, value in measured.items() if value < bounds[name]}


@cache
def held_out(rounds: Sequence[str] = ROUNDS) -> Summary:
    """The held-out half's measures over the gold of the given annotation rounds."""
    texts = shared("meetings", "texts")
    gold = load_gold()
    return summarise(evaluate(select(gold, HELD_OUT, rounds), gold, texts))


def test_every_text_extracts_without_an_error() -> None:
    texts = sorted(shared("meetings", "texts").glob("*.txt"))
    assert len(texts) == 200
    for path in texts:
        article = scraper.extract_text(path.read_text("utf-8"))
        assert article.paragraphs, path.name


@pytest.mark.parametrize("path", sorted(GOLD.glob("*.json")), ids=lambda p: p.stem)
def test_gold_prefixes_occur_in_their_text_in_order(path: Path) -> None:
    gold = load_gold()[path.stem]
    text = (shared("meetings", "texts") / f"{path.stem}.txt").read_text("utf-8")
    at = 0
    for meeting in gold["meetings"]:
        for point in meeting["points"]:
            # Two points may start alike (t156 repeats a statement): each is looked for from the last one found.
            found = text.find(point["text_prefix"], at)
            assert found >= 0, point["text_prefix"]
            at = found
            for item in point["items"]:
                assert text.find(item["marker"], at) >= 0, item["marker"]
                found = text.find(item["text_prefix"], at)
                assert found >= 0, item["text_prefix"]
                at = found


def test_second_round_gold_is_build_data_and_first_round_halves_stay() -> None:
    halves = split_halves()
    assert {halves[text_id] for text_id in BUILD_ONLY} == {"A"}
    assert set(load_gold()) >= BUILD_ONLY
    # The first round's held-out ids (fixed by the seeded coin) are still held out.
    first_round = set(load_gold()) - BUILD_ONLY - THIRD_ROUND
    assert len(first_round) == 90
    assert sum(halves[text_id] == HELD_OUT for text_id in first_round) == 45
    assert first_round == set(select(load_gold(), "A", ("1",))) | set(select(load_gold(), HELD_OUT, ("1",)))


def test_third_round_ids_keep_the_coins_half() -> None:
    halves, coin = split_halves(), coin_halves()
    # The third round is every id neither earlier round annotated; none of it is forced into the build half.
    assert THIRD_ROUND.isdisjoint(BUILD_ONLY)
    assert len(THIRD_ROUND) == 80
    assert {text_id: halves[text_id] for text_id in THIRD_ROUND} == {text_id: coin[text_id] for text_id in THIRD_ROUND}
    assert sum(coin[text_id] == HELD_OUT for text_id in THIRD_ROUND) == 40
    assert set(halves) - set(load_gold()) <= THIRD_ROUND


def test_written_set_splits_each_writers_range_in_pairs() -> None:
    halves = written_halves()
    assert len(halves) == 280
    # Each pair of ids (w001/w002, …) has one text in each half, so each writer's range is split evenly.
    for first in range(1, 281, 2):
        assert {halves[f"w{first:03d}"], halves[f"w{first + 1:03d}"]} == {"A", "B"}
    assert halves == written_halves(), "the coin is seeded"
    # Appending a writer's range moves no earlier text: the first round keeps the halves it was measured in.
    first_round = coin_halves(14, WRITTEN_RANGES[:2])
    assert set(first_round) == WRITTEN_FIRST_ROUND
    assert {text_id: halves[text_id] for text_id in first_round} == first_round
    # Every written text with gold has a half (an id outside the writers' ranges would be measured nowhere).
    assert set(load_gold(WRITTEN / "gold")) <= set(halves)


def test_held_out_half_is_big_enough_to_measure() -> None:
    summary = held_out()
    assert summary.texts >= 40
    assert summary.meeting_texts >= 20


# Floors: what the held-out half measures today (rounded down), so a change cannot quietly lose ground.
FLOORS = {"detection": 0.97, "points": 0.89, "items": 0.85, "exact_share": 0.66}


def test_held_out_half_holds_its_floors() -> None:
    # The floors were measured on the first round's held-out texts: they stay on exactly those 45.
    summary = held_out(("1",))
    assert summary.texts == 45
    assert below(summary, FLOORS) == {}, summary
    assert summary.raised == 0, summary


@pytest.mark.xfail(strict=True, reason="issue 14's targets are not met yet on the held-out half (see the bench)")
def test_held_out_half_meets_the_issue_targets() -> None:
    summary = held_out()
    assert below(summary, TARGETS) == {}, summary


# The written set (tests/data/meetings_written, in the repository, so these always run): its held-out half B.
# Floors: what the stage measured on written B before anyone built on the written texts (the code as it stood
# when the first texts landed: .964 / .888 / .810, 63 % on the 40 B texts), less a margin. They stay on exactly
# those 40 (the first writing round, w001-w080); later rounds' texts count toward the targets only.
WRITTEN_FLOORS = {"detection": 0.93, "points": 0.86, "items": 0.77, "exact_share": 0.60}


# The targets were met on the texts up to this id; a later writing round joins them once its own held-out half has
# been measured as it landed (its texts are new to the stage, so that first number is the honest one).
TARGETS_MET_THROUGH = "w280"


@cache
def written_held_out(first_round_only: bool = False, last: str = "w999") -> Summary:
    """The written set's held-out half's measures: all of it up to `last`, or the first writing round's texts only."""
    gold = load_gold(WRITTEN / "gold")
    ids = [
        text_id
        for text_id in select_written(gold, HELD_OUT)
        if (text_id in WRITTEN_FIRST_ROUND or not first_round_only) and text_id <= last
    ]
    return summarise(evaluate(ids, gold, WRITTEN / "texts"))


def test_written_held_out_half_holds_its_floors() -> None:
    summary = written_held_out(first_round_only=True)
    assert summary.texts >= 30 and summary.meeting_texts >= 20, summary
    assert below(summary, WRITTEN_FLOORS) == {}, summary
    assert summary.raised == 0, summary


# Met since the third writing round (w001-w200's half B: .965 / .935 / .930, 52 of 69 exact); the fourth round's
# half B, measured as it landed and read a second time blind, kept them (w001-w240: .965 / .936 / .938, 64 of 83),
# and so did the fifth's (w241-w280's B as landed: 1.000 / .992 / 1.000, 16 of 17; w001-w280 at the end of that
# round: .976 / .949 / .956, 80 of 100).
def test_written_held_out_half_meets_the_issue_targets() -> None:
    summary = written_held_out(last=TARGETS_MET_THROUGH)
    assert summary.meeting_texts == 100, summary
    assert below(summary, TARGETS) == {}, summary
