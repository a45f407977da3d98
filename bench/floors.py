"""Write the per-page accuracy floors that tests/test_corpus.py holds: today's scores minus a small margin.

For every corpus page with gold (all three groups of bench/eval.py; the corpus gold with the project's overlay,
bench/gold.py), our extractor is scored exactly as
bench/eval.py scores it, and the floor file records:

- `f1`: the page's body F1 minus MARGIN (rounded down to 0.001, never below 0);
- `title`: true where the title equals the gold's today (then it must keep doing so);
- `date`: the finest precision ("minute" or "day") at which the publish time matches the gold's today;
- `no_leak`: true where the gold lists boilerplate snippets and none is in the body today;

and per group the mean body precision, recall and F1 minus GROUP_MARGIN. A floor only ever says "no
worse than when it was written": regenerate it after a change that makes pages better, and read the diff
(a lowered number is a regression someone has to justify in the commit message).

    .venv/bin/python -m bench.floors            # rewrites tests/corpus_floors.json
    .venv/bin/python -m bench.floors --check    # prints what the current extractor would write; exit 1 if it differs
    .venv/bin/python -m bench.floors --written  # rewrites tests/written_floors.json (the written pages)

The written pages (tests/data/written_pages, bench/gold.py) get a file of their own, held by
tests/test_written.py, so the corpus file stays what the corpus gives (and the written floors hold where the
corpus is absent).
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # allow `python bench/floors.py` as well as `python -m bench.floors`
    sys.path.insert(0, str(ROOT))

from bench.competitors import Extraction  # noqa: E402
from bench.eval import GROUPS, PageResult, group_of, load_pages, score_page  # noqa: E402
from bench.gold import WRITTEN, add_corpus_option, page_key  # noqa: E402

FLOORS = ROOT / "tests" / "corpus_floors.json"
WRITTEN_FLOORS = ROOT / "tests" / "written_floors.json"
MARGIN = 0.03
GROUP_MARGIN = 0.01


def measure(corpus: Path, entry: dict[str, Any], gold: dict[str, Any]) -> PageResult:
    """Score our extractor on one page, as bench/eval.py does (the body is the paragraphs, one a line).

    The page's bytes are read from the entry's `file_path` (bench.eval.load_pages), else from `corpus`.
    """
    import scraper

    path = Path(entry["file_path"]) if entry.get("file_path") else corpus / entry["file"]
    article = scraper.extract(path.read_bytes(), entry.get("url") or None)
    result = PageResult(set=entry["set"], id=entry["id"], group=group_of(entry) or "?", extractor="scraper",
                        ms=0.0, failed=False)
    got = Extraction(article.title, article.published_at, "\n".join(article.paragraphs))
    score_page(result, got, gold, gives_date=True)
    result.title, result.published_at = got.title, got.published_at
    return result


def _down(value: float, margin: float) -> float:
    return max(0.0, math.floor((value - margin) * 1000 + 1e-9) / 1000)


def page_floor(result: PageResult) -> dict[str, Any]:
    """The floor one page's scores set today."""
    floor: dict[str, Any] = {"group": result.group}
    if result.f1 is not None:
        floor["f1"] = _down(result.f1, MARGIN)
    if result.title_ok:
        floor["title"] = True
    if result.date_minute:
        floor["date"] = "minute"
    elif result.date_day:
        floor["date"] = "day"
    if result.leak_scored and not result.leaked:
        floor["no_leak"] = True
    return floor


def missed(floor: dict[str, Any], result: PageResult) -> list[str]:
    """What a page's scores today no longer reach of the floor recorded for it (empty: it holds)."""
    failures = []
    if "f1" in floor and (result.f1 or 0.0) < floor["f1"]:
        failures.append(f"body F1 {result.f1:.3f} < {floor['f1']} (P={result.precision:.3f} R={result.recall:.3f})")
    if floor.get("title") and not result.title_ok:
        failures.append(f"title {result.title!r} no longer the gold's")
    date_ok = {"minute": result.date_minute, "day": result.date_day}
    if "date" in floor and not date_ok[floor["date"]]:
        failures.append(f"published_at {result.published_at!r} no longer the gold's at {floor['date']} precision")
    if floor.get("no_leak") and result.leaked:
        failures.append(f"boilerplate leaks into the body: {result.leaked[:3]}")
    return failures


def means_below(floor: dict[str, float], results: list[PageResult]) -> dict[str, float]:
    """The group means (body precision, recall, F1 over the scored pages) that fall below a group's floor."""
    scored = [r for r in results if r.f1 is not None]
    means = {key: statistics.fmean(float(getattr(r, key)) for r in scored) for key in ("precision", "recall", "f1")}
    return {key: round(means[key], 4) for key in means if means[key] < floor[key]}


def group_floors(results: list[PageResult]) -> dict[str, dict[str, float]]:
    """Per group, the mean body precision, recall and F1 minus GROUP_MARGIN."""
    floors: dict[str, dict[str, float]] = {}
    for group in GROUPS:
        scored = [r for r in results if r.group == group and r.f1 is not None]
        if scored:
            floors[group] = {
                key: _down(statistics.fmean(float(getattr(r, key)) for r in scored), GROUP_MARGIN)
                for key in ("precision", "recall", "f1")
            }
    return floors


def build(corpus: Path | None, written: Path | None = None) -> dict[str, Any]:
    """The whole floor file for the corpus at `corpus`, or with `corpus` None for the written pages at `written`."""
    pages = load_pages(corpus, None, None, written=written)
    results = [measure(corpus or ROOT, entry, gold) for entry, gold in pages]
    return {
        "margin": MARGIN,
        "group_margin": GROUP_MARGIN,
        "groups": group_floors(results),
        "pages": {page_key({"set": r.set, "id": r.id}): page_floor(r) for r in results},
    }


def main(argv: list[str] | None = None) -> int:
    """Write (or with --check, compare) the floor file; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_corpus_option(parser)
    parser.add_argument("--out", type=Path, help="floor file (default: tests/corpus_floors.json, or with --written "
                        "tests/written_floors.json)")
    parser.add_argument("--written", action="store_true", help="the written pages' floors instead of the corpus's")
    parser.add_argument("--check", action="store_true", help="only say whether the file would change")
    args = parser.parse_args(argv)
    args.out = args.out or (WRITTEN_FLOORS if args.written else FLOORS)
    if args.written:
        floors = build(None, WRITTEN)
    elif (args.corpus / "MANIFEST.jsonl").exists():
        floors = build(args.corpus)
    else:
        print(f"corpus not found at {args.corpus} (expected ../shared/corpus beside the repository)", file=sys.stderr)
        return 1
    text = json.dumps(floors, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == text
        print(f"{args.out}: {'unchanged' if same else 'would change'}")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"floors -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
