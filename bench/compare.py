"""Old code against new in one process: our extractor at a git revision against the working tree, page by page.

On a shared, loaded machine two runs of `bench.speed` minutes apart differ by more than most speed changes. This
imports the package as it was at REV (`git archive`, under another module name) beside the working tree's, and
times both on each page in turn (the order flipped every page), by this process's CPU time, fastest of
`--rounds`. Run from the repository root:

    .venv/bin/python -m bench.compare main                      # working tree against main, corpus groups
    .venv/bin/python -m bench.compare HEAD~3 --group zh --rounds 5
    .venv/bin/python -m bench.compare main --group syn --synthetic 200

It prints, per group, each side's median and total, and new/old as a ratio of medians, of totals and the median of
the per-page ratios (below 1: the working tree is faster).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # allow `python bench/compare.py` as well as `python -m bench.compare`
    sys.path.insert(0, str(ROOT))

from bench.gold import add_corpus_option  # noqa: E402
from bench.speed import BenchPage, _page_sources  # noqa: E402

OLD_NAME = "scraper_at_rev"


def load_revision(rev: str, into: Path) -> ModuleType:
    """The package `scraper` as it was at git revision `rev`, imported as OLD_NAME from a copy under `into`."""
    archive = subprocess.run(["git", "archive", rev, "scraper"], cwd=ROOT, capture_output=True, check=False)
    if archive.returncode != 0:
        raise SystemExit(f"bench.compare: git archive {rev} failed: {archive.stderr.decode(errors='replace').strip()}")
    with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    (into / "scraper").rename(into / OLD_NAME)
    sys.path.insert(0, str(into))
    return importlib.import_module(OLD_NAME)


def cpu_ms(extract: Callable[[bytes, str | None], object], page: BenchPage) -> float:
    """CPU milliseconds of one extraction (a page that raises is timed all the same)."""
    start = time.process_time()
    # Both sides meet the same pages: an error is timed like any other run, not hidden from the comparison.
    with contextlib.suppress(Exception):
        extract(page.data, page.url)
    return (time.process_time() - start) * 1000


def compare(pages: list[BenchPage], old: ModuleType, new: ModuleType, rounds: int) -> dict[str, list[tuple[float, float]]]:
    """group -> (old ms, new ms) per page, fastest of `rounds`, the two sides alternating first."""
    best: dict[int, list[float]] = {}
    for round_ in range(rounds):
        for index, page in enumerate(pages):
            sides = [(0, old), (1, new)] if (index + round_) % 2 == 0 else [(1, new), (0, old)]
            times = best.setdefault(index, [float("inf"), float("inf")])
            for side, module in sides:
                times[side] = min(times[side], cpu_ms(module.extract, page))
    groups: dict[str, list[tuple[float, float]]] = {}
    for index, page in enumerate(pages):
        groups.setdefault(page.group, []).append((best[index][0], best[index][1]))
    return groups


def report(group: str, times: list[tuple[float, float]]) -> str:
    """One line per group."""
    old, new = [t[0] for t in times], [t[1] for t in times]
    per_page = statistics.median(n / o for o, n in times if o > 0) if any(o > 0 for o in old) else float("nan")
    return (
        f"{group:<5} {len(times):>5} pages  old median {statistics.median(old):8.2f} ms total {sum(old) / 1000:7.3f} s  "
        f"new median {statistics.median(new):8.2f} ms total {sum(new) / 1000:7.3f} s  new/old: median "
        f"{statistics.median(new) / statistics.median(old):.3f} total {sum(new) / sum(old):.3f} per page {per_page:.3f}"
    )


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("rev", help="the git revision to compare the working tree with (e.g. main, HEAD~2)")
    parser.add_argument("--group", dest="groups", default="163,zh,en", help="163,zh,en,syn (default 163,zh,en)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds over every page, fastest kept (default 3)")
    parser.add_argument("--synthetic", type=int, default=200, metavar="N", help="synthetic pages for syn (200)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic set (default 0)")
    add_corpus_option(parser)
    args = parser.parse_args(argv)
    groups = set(args.groups.split(","))
    pages = [page for source in _page_sources(args, groups) for page in source]
    if not pages:
        print("bench.compare: no pages to time")
        return 0
    import scraper

    with tempfile.TemporaryDirectory() as folder:
        old = load_revision(args.rev, Path(folder))
        for group, times in sorted(compare(pages, old, scraper, args.rounds).items()):
            print(report(group, times))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
