"""The meeting stage against the hand-read gold of tests/data/meetings_gold (issue 14).

Every annotated text of ../shared/meetings/texts/ goes through `scraper.extract_text`, as a user's plain
text would, and its meetings are compared with the gold:

- detection: the gold's `is_meeting` against "the tool gives at least one meeting";
- points: the tool's points against the gold's, matched in order (a longest common subsequence) where the
  cues agree (one ends with the other: the gold leaves titles before a name out) and the point's text starts
  with the gold's prefix;
- items: within each pair of matched points, items matched in order by marker and the start of their text;
  the items of an unmatched point count as missed (gold) or spurious (tool);
- structures exactly right: a meeting text whose meeting count, points and items all match, none extra;
- names / places right: each gold meeting's `name` and `place` against the tool's meeting in the same order,
  as printed (null for both is right; a meeting the tool misses has neither);
- raises: texts on which `extract_text` raised.

Split-half: the ids of each id range (x001–x110, x111–x150, t151–t180, t181–t200) are taken in pairs in id
order and a seeded coin sends one of each pair to half "A" (built on) and the other to "B" (only ever reported
as numbers), so the halves stay balanced and no id changes half as more gold lands. The ids of `BUILD_ONLY` were
annotated in a second round to give the build half more texts to learn from: they are read while building, so they
all go to "A" whatever the coin says (the first round's 90 ids keep their halves). The 80 ids of `THIRD_ROUND`
(every text neither round read) were annotated in a third round and follow the coin like the first round: 40 land
in each half, no id changes half, and the held-out half grows from 45 to 85 texts nobody has built on.
`--round` reports one round on its own (1: the first 90 ids, 2: `BUILD_ONLY`, 3: `THIRD_ROUND`), so the fresh
held-out texts can be read apart from the ones measured while the stage was tuned.

`--set` chooses the texts: `shared` (the default, above), `written` or `all` (both, each split its own way). The
written set is tests/data/meetings_written: texts the project wrote itself (texts/<id>.txt, gold/<id>.json, ids
w001–w080), written blind to the stage by two writers, one per id range. It is split by the same coin
(`coin_halves`, seed 14) over its own ranges, w001–w040 and w041–w080, and the second writing round's
w081–w120 and w121–w160: their ids taken in pairs in id order, one of each pair to each half. It has no rounds and no build-only ids; `--round` applies to the shared set only.

    .venv/bin/python -m bench.meetings_eval            # both halves
    .venv/bin/python -m bench.meetings_eval --set written --half A --errors   # the written build half
    .venv/bin/python -m bench.meetings_eval --half B --round 3   # the fresh held-out texts only
    .venv/bin/python -m bench.meetings_eval --half A --errors   # what to fix, on the build half only

`--texts DIR --gold DIR` measures any annotated folder the same way (texts/<id>.txt beside gold/<id>.json, in
the format above): a development set kept outside the project, say. Its ids are split by `folder_halves`: sorted,
taken in consecutive pairs, and a coin seeded by the pair's first id sends one of each pair to each half, so
adding ids at the end moves no earlier id. `--set` and `--round` do not apply to it and are refused beside it.

    .venv/bin/python -m bench.meetings_eval --texts DIR/texts --gold DIR/gold --half A --errors
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.gold import SHARED, folder_holding

ROOT = Path(__file__).resolve().parent.parent
TEXTS = SHARED / "meetings" / "texts"
GOLD = ROOT / "tests" / "data" / "meetings_gold"
SEED = 14
HALVES = ("A", "B")
# The id ranges of ../shared/meetings (its README): each is split on its own.
RANGES: tuple[tuple[str, int, int], ...] = (("x", 1, 110), ("x", 111, 150), ("t", 151, 180), ("t", 181, 200))
# The written set's id ranges: one per writer, each split on its own by the same coin. Ranges are only ever
# appended, so the coin gives every earlier id the half it had. w081-w160 are the second writing round,
# w161-w200 the third.
WRITTEN = ROOT / "tests" / "data" / "meetings_written"
WRITTEN_RANGES: tuple[tuple[str, int, int], ...] = (("w", 1, 40), ("w", 41, 80), ("w", 81, 120), ("w", 121, 160), ("w", 161, 200), ("w", 201, 240), ("w", 241, 280))
WRITTEN_FIRST_ROUND = frozenset(f"w{n:03d}" for n in range(1, 81))
SETS = ("shared", "written")
# Second annotation round (x049–x074, t167–t170): build data, read by whoever works on the stage.
BUILD_ONLY: frozenset[str] = frozenset(
    [f"x{n:03d}" for n in range(49, 75)] + [f"t{n:03d}" for n in range(167, 171)]
)
# Third annotation round (x075–x110, x127–x150, t171–t180, t191–t200): the 80 ids in neither earlier round.
# They keep the coin's half (half B's 40 are texts nobody has built on), unlike BUILD_ONLY.
THIRD_ROUND: frozenset[str] = frozenset(
    [f"x{n:03d}" for n in [*range(75, 111), *range(127, 151)]]
    + [f"t{n:03d}" for n in [*range(171, 181), *range(191, 201)]]
)
ROUNDS = ("1", "2", "3")
# Characters that do not decide whether a text starts with a prefix: the gold skips some of them after a
# cue or marker, the tool may keep or drop them at a slice edge. The semicolon between items is one: a short item's
# prefix runs up to the next marker (the gold's rule) and so holds it, while the tool's item ends before it.
_IGNORED = frozenset(" \t\r\n\u3000，,：:、.；;")


def coin_halves(seed: int = SEED, ranges: Sequence[tuple[str, int, int]] = RANGES) -> dict[str, str]:
    """The seeded coin alone: every text id of every range to half "A" or "B", one of each pair to each."""
    rng = random.Random(seed)
    halves: dict[str, str] = {}
    for letter, first, last in ranges:
        ids = [f"{letter}{n:03d}" for n in range(first, last + 1)]
        for k in range(0, len(ids), 2):
            pair = ids[k : k + 2]
            flip = rng.randrange(2)
            for j, text_id in enumerate(pair):
                halves[text_id] = HALVES[(j + flip) % 2]
    return halves


def split_halves(seed: int = SEED) -> dict[str, str]:
    """Assign every text id to half "A" or "B", reproducibly: the coin, then BUILD_ONLY to "A" (module docstring)."""
    halves = coin_halves(seed)
    # After the coin, so the coin's sequence (and every other id's half) stays what it was.
    halves.update(dict.fromkeys(BUILD_ONLY, "A"))
    return halves


def round_of(text_id: str) -> str:
    """The annotation round a gold id belongs to: "2" (BUILD_ONLY), "3" (THIRD_ROUND), else "1"."""
    if text_id in BUILD_ONLY:
        return "2"
    if text_id in THIRD_ROUND:
        return "3"
    return "1"


def select(gold: dict[str, dict[str, Any]], half: str, rounds: Sequence[str] = ROUNDS) -> list[str]:
    """The gold ids of one half whose annotation round is among `rounds`, sorted."""
    halves = split_halves()
    return [text_id for text_id in sorted(gold) if halves.get(text_id) == half and round_of(text_id) in rounds]


def written_halves(seed: int = SEED) -> dict[str, str]:
    """The written set's ids to half "A" or "B": the coin over `WRITTEN_RANGES` (no build-only ids)."""
    return coin_halves(seed, WRITTEN_RANGES)


def select_written(gold: dict[str, dict[str, Any]], half: str) -> list[str]:
    """The written set's gold ids of one half, sorted."""
    halves = written_halves()
    return [text_id for text_id in sorted(gold) if halves.get(text_id) == half]


def folder_halves(ids: Sequence[str], seed: int = SEED) -> dict[str, str]:
    """A folder's ids to half "A" or "B": sorted, in consecutive pairs, one of each pair to each half by a coin
    seeded with the pair's first id (so appending ids leaves every earlier id's half as it was)."""
    ordered = sorted(ids)
    halves: dict[str, str] = {}
    for k in range(0, len(ordered), 2):
        pair = ordered[k : k + 2]
        flip = random.Random(f"{seed}/{pair[0]}").randrange(2)
        for j, text_id in enumerate(pair):
            halves[text_id] = HALVES[(j + flip) % 2]
    return halves


def load_gold(gold_dir: Path = GOLD) -> dict[str, dict[str, Any]]:
    """Every gold file, by text id."""
    return {path.stem: json.loads(path.read_text("utf-8")) for path in sorted(gold_dir.glob("*.json"))}


def _norm(text: str | None) -> str:
    return "".join(char for char in text or "" if char not in _IGNORED)


def _starts(text: str | None, prefix: str) -> bool:
    want = _norm(prefix)
    return bool(want) and _norm(text).startswith(want)


def _cue_agrees(tool: str, gold: str) -> bool:
    tool, gold = _norm(tool), _norm(gold)
    return bool(tool) and bool(gold) and (tool.endswith(gold) or gold.endswith(tool))


def _point_text(point: dict[str, Any]) -> str:
    """The point's text as printed from its start: its lead text, else its first item with the marker."""
    text = point.get("text") or ""
    items = point.get("items") or []
    rest = "".join(f"{item['marker']}{item.get('text') or ''}" for item in items)
    return text + rest


def _point_matches(tool: dict[str, Any], gold: dict[str, Any]) -> bool:
    return _cue_agrees(tool.get("cue") or "", gold["cue"]) and _starts(_point_text(tool), gold["text_prefix"])


def _item_matches(tool: dict[str, Any], gold: dict[str, Any]) -> bool:
    return _norm(tool["marker"]) == _norm(gold["marker"]) and _starts(tool.get("text"), gold["text_prefix"])


def align(tool: Sequence[Any], gold: Sequence[Any], same: Callable[[Any, Any], bool]) -> list[tuple[int, int]]:
    """The longest in-order matching of `tool` to `gold` under `same`, as (tool index, gold index) pairs."""
    rows, cols = len(tool), len(gold)
    best = [[0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(rows - 1, -1, -1):
        for j in range(cols - 1, -1, -1):
            if same(tool[i], gold[j]):
                best[i][j] = best[i + 1][j + 1] + 1
            else:
                best[i][j] = max(best[i + 1][j], best[i][j + 1])
    pairs: list[tuple[int, int]] = []
    i = j = 0
    while i < rows and j < cols:
        if same(tool[i], gold[j]) and best[i][j] == best[i + 1][j + 1] + 1:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i + 1][j] >= best[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


@dataclass
class Counts:
    """True positives, tool total and gold total of one measure."""

    tp: int = 0
    tool: int = 0
    gold: int = 0

    def add(self, tp: int, tool: int, gold: int) -> None:
        """Add one text's counts."""
        self.tp, self.tool, self.gold = self.tp + tp, self.tool + tool, self.gold + gold

    def prf(self) -> tuple[float, float, float]:
        """(precision, recall, F1); an empty side counts as perfect."""
        precision = self.tp / self.tool if self.tool else 1.0
        recall = self.tp / self.gold if self.gold else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


@dataclass
class TextResult:
    """How one text fared."""

    id: str
    is_meeting: bool
    found: bool
    error: str | None
    points: tuple[int, int, int]
    items: tuple[int, int, int]
    exact: bool
    tool_meetings: list[dict[str, Any]] = field(default_factory=list)
    openings: tuple[int, int, int] = (0, 0, 0)  # names right, places right, gold meetings


def _flat_points(meetings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [point for meeting in meetings for point in meeting.get("points") or []]


def _openings(tool: list[dict[str, Any]], gold: list[dict[str, Any]]) -> tuple[int, int, int]:
    """Names and places right, meeting by meeting in order, and the gold's meeting count. A name or place
    right is the one printed, or null for both; a gold meeting the tool misses has neither right."""
    names = places = 0
    for tool_meeting, gold_meeting in zip(tool, gold, strict=False):
        names += _norm(tool_meeting.get("name")) == _norm(gold_meeting.get("name"))
        places += _norm(tool_meeting.get("place")) == _norm(gold_meeting.get("place"))
    return names, places, len(gold)


def compare(text_id: str, gold: dict[str, Any], meetings: list[dict[str, Any]], error: str | None) -> TextResult:
    """Score one text's meetings (the tool's output) against its gold."""
    tool_points = _flat_points(meetings)
    gold_points = _flat_points(gold["meetings"])
    pairs = align(tool_points, gold_points, _point_matches)
    item_tp = 0
    for i, j in pairs:
        item_tp += len(align(tool_points[i]["items"], gold_points[j]["items"], _item_matches))
    tool_items = sum(len(point["items"]) for point in tool_points)
    gold_items = sum(len(point["items"]) for point in gold_points)
    exact = (
        len(meetings) == len(gold["meetings"])
        and len(pairs) == len(tool_points) == len(gold_points)
        and item_tp == tool_items == gold_items
    )
    return TextResult(
        id=text_id,
        is_meeting=bool(gold["is_meeting"]),
        found=bool(meetings),
        error=error,
        points=(len(pairs), len(tool_points), len(gold_points)),
        items=(item_tp, tool_items, gold_items),
        exact=exact,
        tool_meetings=meetings,
        openings=_openings(meetings, gold["meetings"]),
    )


def run_text(path: Path) -> tuple[list[dict[str, Any]], str | None]:
    """The meetings `scraper.extract_text` gives for one text file, and the error it raised (or None)."""
    import scraper

    try:
        article = scraper.extract_text(path.read_text("utf-8"))
    except Exception as exc:  # a raise is what is being counted
        return [], f"{type(exc).__name__}: {exc}"
    return list(article.meetings), None


def evaluate(ids: Sequence[str], gold: dict[str, dict[str, Any]], texts: Path = TEXTS) -> list[TextResult]:
    """Run and score every id (each must have gold and a text)."""
    results = []
    for text_id in ids:
        meetings, error = run_text(texts / f"{text_id}.txt")
        results.append(compare(text_id, gold[text_id], meetings, error))
    return results


@dataclass
class Summary:
    """The measures of issue 14 over a set of texts."""

    texts: int
    detection: tuple[float, float, float]
    points: tuple[float, float, float]
    items: tuple[float, float, float]
    exact: int
    meeting_texts: int
    raised: int
    openings: tuple[int, int, int] = (0, 0, 0)  # names right, places right, gold meetings

    @property
    def exact_share(self) -> float:
        """Share of meeting texts whose structure is exactly right."""
        return self.exact / self.meeting_texts if self.meeting_texts else 1.0


def summarise(results: Sequence[TextResult]) -> Summary:
    """Add the per-text results up."""
    detection, points, items = Counts(), Counts(), Counts()
    for result in results:
        detection.add(int(result.is_meeting and result.found), int(result.found), int(result.is_meeting))
        points.add(*result.points)
        items.add(*result.items)
    return Summary(
        texts=len(results),
        detection=detection.prf(),
        points=points.prf(),
        items=items.prf(),
        exact=sum(1 for r in results if r.is_meeting and r.exact),
        meeting_texts=sum(1 for r in results if r.is_meeting),
        raised=sum(1 for r in results if r.error),
        openings=(
            sum(r.openings[0] for r in results),
            sum(r.openings[1] for r in results),
            sum(r.openings[2] for r in results),
        ),
    )


def _fmt(prf: tuple[float, float, float]) -> str:
    return f"{prf[2]:.3f} ({prf[0]:.2f} / {prf[1]:.2f})"


def report(name: str, summary: Summary) -> str:
    """One line per measure, as in the issue's table."""
    return "\n".join(
        [
            f"half {name}: {summary.texts} texts, {summary.meeting_texts} meeting texts",
            f"  detection F1 (P / R)   {_fmt(summary.detection)}",
            f"  point F1 (P / R)       {_fmt(summary.points)}",
            f"  item F1 (P / R)        {_fmt(summary.items)}",
            f"  structures exact       {summary.exact} / {summary.meeting_texts} ({summary.exact_share:.0%})",
            f"  names / places right   {summary.openings[0]} / {summary.openings[1]} of {summary.openings[2]} meetings",
            f"  texts that raise       {summary.raised}",
        ]
    )


def _errors(results: Sequence[TextResult], gold: dict[str, dict[str, Any]]) -> str:
    lines = []
    for result in results:
        openings_right = result.openings[0] == result.openings[1] == result.openings[2]
        if result.exact and openings_right and result.found == result.is_meeting and not result.error:
            continue
        lines.append(f"== {result.id} gold={result.is_meeting} found={result.found} points={result.points} "
                     f"items={result.items} error={result.error}")
        for gold_meeting, tool_meeting in zip(gold[result.id]["meetings"], result.tool_meetings, strict=False):
            lines.append(f"   gold opening {gold_meeting.get('name')} @ {gold_meeting.get('place')}; "
                         f"tool {tool_meeting.get('name')} @ {tool_meeting.get('place')}")
        for point in _flat_points(gold[result.id]["meetings"]):
            items = " ".join(f"[{i['marker']}|{i['text_prefix']}]" for i in point["items"])
            lines.append(f"   gold {point['cue']} | {point['text_prefix']} {items}")
        for point in _flat_points(result.tool_meetings):
            items = " ".join(f"[{i['marker']}|{(i.get('text') or '')[:12]}]" for i in point["items"])
            lines.append(f"   tool {point['cue']} | {_point_text(point)[:14]} {items}")
    return "\n".join(lines)


def _run_shared(halves: Sequence[str], rounds: Sequence[str], errors: bool, label: str) -> None:
    if not TEXTS.is_dir():
        print(f"no meeting texts at {TEXTS}: nothing to measure on the shared set")
        return
    gold = load_gold()
    for half in halves:
        results = evaluate(select(gold, half, rounds), gold)
        name = half if len(rounds) == len(ROUNDS) else f"{half}, round {rounds[0]}"
        print(report(f"{label}{name}", summarise(results)))
        if errors:
            print(_errors(results, gold))


def _run_written(halves: Sequence[str], errors: bool, label: str) -> None:
    gold = load_gold(WRITTEN / "gold")
    if not gold:
        print(f"no written gold in {WRITTEN / 'gold'}: nothing to measure on the written set")
        return
    for half in halves:
        results = evaluate(select_written(gold, half), gold, WRITTEN / "texts")
        print(report(f"{label}{half}", summarise(results)))
        if errors:
            print(_errors(results, gold))


def _run_folder(texts: Path, gold_dir: Path, halves: Sequence[str], errors: bool) -> None:
    gold = load_gold(gold_dir)
    if not gold:
        print(f"no gold in {gold_dir}: nothing to measure")
        return
    split = folder_halves(list(gold))
    for half in halves:
        results = evaluate([text_id for text_id in sorted(gold) if split[text_id] == half], gold, texts)
        print(report(f"{half} of the folder", summarise(results)))
        if errors:
            print(_errors(results, gold))


def main(argv: Sequence[str] | None = None) -> int:
    """Print the measures per set and half (and the failures of the chosen half with --errors)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=[*HALVES, "all"], default="all")
    parser.add_argument(
        "--round", choices=[*ROUNDS, "all"], help="only the gold of one annotation round (shared set; default all)"
    )
    parser.add_argument(
        "--set", choices=[*SETS, "all"], dest="set_name",
        help="the real texts of ../shared/meetings (default), the project's written texts, or both",
    )
    parser.add_argument("--errors", action="store_true", help="list the texts that are not exactly right")
    parser.add_argument(
        "--texts", type=folder_holding("*.txt"), dest="folder_texts", help="a folder of <id>.txt to measure instead"
    )
    parser.add_argument(
        "--gold", type=folder_holding("*.json"), dest="folder_gold", help="the folder of <id>.json gold for --texts"
    )
    args = parser.parse_args(argv)
    clash = _option_clash(args)
    if clash is not None:
        parser.error(clash)
    halves = HALVES if args.half == "all" else (args.half,)
    if args.folder_texts is not None:
        _run_folder(args.folder_texts, args.folder_gold, halves, args.errors)
        return 0
    rounds = ROUNDS if args.round in (None, "all") else (args.round,)
    _run_sets(args.set_name or "shared", halves, rounds, args.errors)
    return 0


def _option_clash(args: argparse.Namespace) -> str | None:
    """Why the options cannot go together, or None: a folder is measured whole, so a set or a round given with it
    would be ignored without a word."""
    if (args.folder_texts is None) != (args.folder_gold is None):
        return "--texts and --gold go together"
    if args.folder_texts is not None and (args.set_name is not None or args.round is not None):
        return "--set and --round choose among the project's sets; a --texts folder is measured whole"
    return None


def _run_sets(set_name: str, halves: Sequence[str], rounds: Sequence[str], errors: bool) -> None:
    """Measure the shared texts, the written texts or both (`set_name` "all"), labelled by set when both."""
    if set_name in ("shared", "all"):
        _run_shared(halves, rounds, errors, "shared, " if set_name == "all" else "")
    if set_name in ("written", "all"):
        _run_written(halves, errors, "written, ")


if __name__ == "__main__":
    sys.exit(main())
