"""Extraction speed: our extractor against trafilatura, gne, readability-lxml and the lxml parse floor.

Run from the repository root:

    .venv/bin/python -m bench.speed                                  # corpus + 2000 synthetic pages
    .venv/bin/python -m bench.speed --synthetic 500 --repeat 3 --json bench/results/speed.json
    .venv/bin/python -m bench.speed --only scraper,floor --group 163 --slowest 10 --profile /tmp/scraper.prof

Groups: `163` (163.com pages of ../shared/corpus), `zh` (other Chinese pages), `en` (English pages),
`syn` (synthetic NetEase pages of every era, bench/synth.py). Without the corpus only `syn` runs.

Fairness: with `--input bytes` (the default) our extractor, trafilatura and the floor all get the page bytes
and decode them themselves; gne and readability only take text, so they get the string our decoder made
(decoding is then outside their time, to their advantage). With `--input str` every extractor, and the
floor, gets that same string. Each page is timed `--repeat` times per extractor and the fastest run kept;
a group's pages/s is its page count over the summed per-page times. The floor is
`lxml.html.document_fromstring` of the same input alone: no extractor that parses with lxml can beat it.

Clock: `--clock wall` (the default) times elapsed time; `--clock cpu` times the CPU time of this process, which
other processes on a shared, loaded machine do not inflate (every extractor here runs on one thread, so the two
agree on an idle machine).
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import json
import math
import pstats
import signal
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # allow `python bench/speed.py` as well as `python -m bench.speed`
    sys.path.insert(0, str(ROOT))

from bench.eval import disable_network, group_of  # noqa: E402
from bench.extra import modules_for, require  # noqa: E402
from bench.gold import add_corpus_option  # noqa: E402
from bench.synth import netease_pages  # noqa: E402

GROUPS = {"163": "163.com", "zh": "other Chinese", "en": "English", "syn": "synthetic-163"}
EXTRACTORS = ("scraper", "trafilatura", "gne", "readability", "floor")


@dataclass(frozen=True, slots=True)
class BenchPage:
    """One page to time: its key, group, bytes, decoded text and URL."""

    key: str
    group: str
    data: bytes
    text: str
    url: str | None


@dataclass
class Timings:
    """Per-page times (ms) of one extractor over one group, and how many pages raised."""

    ms: list[float] = field(default_factory=list)
    failures: int = 0

    def summary(self) -> dict[str, Any]:
        """pages, failures, pages/s, median/p95 ms per page, total seconds."""
        total = sum(self.ms) / 1000
        return {
            "pages": len(self.ms),
            "failures": self.failures,
            "pages_per_s": len(self.ms) / total if total else None,
            "median_ms": statistics.median(self.ms) if self.ms else None,
            "p95_ms": percentile(self.ms, 95),
            "total_s": total,
        }


class PageTimeout(BaseException):
    """One extractor took too long on one page (a BaseException so `except Exception` in a library cannot eat it)."""


def _alarm(_signum: int, _frame: FrameType | None) -> None:
    raise PageTimeout


def percentile(values: list[float], pct: float) -> float | None:
    """The nearest-rank percentile of `values`."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def make_runners(names: list[str], use_bytes: bool) -> dict[str, Callable[[BenchPage], object]]:
    """name -> a callable that runs that extractor on one page with default settings."""
    import lxml.html
    import trafilatura

    import scraper

    runners: dict[str, Callable[[BenchPage], object]] = {}
    for name in names:
        if name == "scraper":
            runners[name] = lambda p: scraper.extract(p.data if use_bytes else p.text, p.url)
        elif name == "trafilatura":
            runners[name] = lambda p: trafilatura.extract(p.data if use_bytes else p.text, url=p.url)
        elif name == "gne":
            from gne import GeneralNewsExtractor

            runners[name] = lambda p: GeneralNewsExtractor().extract(p.text)
        elif name == "readability":
            from readability import Document

            runners[name] = lambda p: Document(p.text, url=p.url).summary()
        elif name == "floor":
            runners[name] = lambda p: lxml.html.document_fromstring(p.data if use_bytes else p.text)
        else:
            raise SystemExit(f"unknown extractor {name!r}; choose from {', '.join(EXTRACTORS)}")
    return runners


def _decode(data: bytes) -> str:
    from scraper.decode import decode

    return decode(data)[0]


def corpus_pages(corpus: Path, groups: set[str]) -> Iterator[BenchPage]:
    """Every manifest page of the selected groups, read and decoded once."""
    for line in (corpus / "MANIFEST.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        entry = json.loads(line)
        group = group_of(entry)
        if group is None or group not in groups:
            continue
        data = (corpus / entry["file"]).read_bytes()
        yield BenchPage(f"{entry['set']}/{entry['id']}", group, data, _decode(data), entry.get("url") or None)


def synthetic_pages(count: int, seed: int) -> Iterator[BenchPage]:
    """The synthetic NetEase set, generated one page at a time."""
    for index, page in enumerate(netease_pages(count, seed)):
        yield BenchPage(f"syn/{index:05d}-{page.era}", "syn", page.content, _decode(page.content), page.url)


CLOCKS: dict[str, Callable[[], float]] = {"wall": time.perf_counter, "cpu": time.process_time}


def time_page(
    page: BenchPage,
    runners: dict[str, Callable[[BenchPage], object]],
    repeat: int,
    timeout: float,
    clock: Callable[[], float] = time.perf_counter,
) -> dict[str, tuple[float, bool]]:
    """extractor -> (fastest of `repeat` runs in ms by `clock`, ok) for one page."""
    out: dict[str, tuple[float, bool]] = {}
    for name, run in runners.items():
        best = math.inf
        ok = True
        for _ in range(repeat):
            signal.setitimer(signal.ITIMER_REAL, timeout)
            start = clock()
            try:
                run(page)
            except (PageTimeout, Exception):
                ok = False
            finally:
                elapsed = (clock() - start) * 1000
                signal.setitimer(signal.ITIMER_REAL, 0)
            best = min(best, elapsed)
            if not ok:
                break  # a failure is timed once; repeating it measures nothing new
        out[name] = (best, ok)
    return out


def ratios(extractors: dict[str, dict[str, Any]]) -> dict[str, float | None]:
    """scraper/trafilatura and scraper/parse-floor, as ratios of total time (lower is better)."""

    def ratio(other: str) -> float | None:
        mine = extractors.get("scraper", {}).get("total_s")
        theirs = extractors.get(other, {}).get("total_s")
        return mine / theirs if mine is not None and theirs else None

    return {"scraper/trafilatura": ratio("trafilatura"), "scraper/parse-floor": ratio("floor")}


def _fmt(value: float | None, spec: str) -> str:
    return "-" if value is None else format(value, spec)


def format_group(group: str, result: dict[str, Any], input_kind: str) -> str:
    """One group's table and ratios."""
    lines = [
        f"\n{GROUPS[group]} ({result['pages']} pages, input: {input_kind})",
        f"{'extractor':<12} {'pages':>6} {'fail':>5} {'pages/s':>9} {'median ms':>10} {'p95 ms':>9} {'total s':>8}",
    ]
    for name, stats in result["extractors"].items():
        label = "lxml parse" if name == "floor" else name
        lines.append(
            f"{label:<12} {stats['pages']:>6} {stats['failures']:>5} {_fmt(stats['pages_per_s'], '9.1f')} "
            f"{_fmt(stats['median_ms'], '10.2f')} {_fmt(stats['p95_ms'], '9.2f')} {_fmt(stats['total_s'], '8.2f')}"
        )
    parts = [f"{k} = {_fmt(v, '.2f')}" for k, v in result["ratios"].items() if v is not None]
    if parts:
        lines.append("ratios (total time): " + ", ".join(parts))
    return "\n".join(lines)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", help=f"comma-separated extractors (default: all): {','.join(EXTRACTORS)}")
    parser.add_argument("--group", dest="groups", help="comma-separated groups (default: all): 163,zh,en,syn")
    parser.add_argument("--synthetic", type=int, default=2000, metavar="N", help="synthetic pages (default 2000)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic set (default 0)")
    parser.add_argument("--repeat", type=int, default=1, metavar="N", help="runs per page, fastest kept (default 1)")
    parser.add_argument("--input", choices=("bytes", "str"), default="bytes", help="what the extractors get")
    parser.add_argument("--clock", choices=tuple(CLOCKS), default="wall",
                        help="wall: elapsed time (default); cpu: this process's CPU time, for a loaded machine")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per extractor per page (default 60)")
    add_corpus_option(parser)
    parser.add_argument("--json", type=Path, metavar="PATH", help="write the results (with per-page times) here")
    parser.add_argument("--slowest", type=int, default=0, metavar="N", help="list our N slowest pages per group")
    parser.add_argument("--profile", type=Path, metavar="PATH", help="also profile scraper.extract; write pstats here")
    return parser.parse_args(argv)


def _page_sources(args: argparse.Namespace, groups: set[str]) -> list[Iterator[BenchPage]]:
    """The page streams to time: the corpus groups asked for (when the corpus is there), then synthetic pages."""
    sources: list[Iterator[BenchPage]] = []
    corpus_groups = groups - {"syn"}
    if corpus_groups:
        if (args.corpus / "MANIFEST.jsonl").exists():
            sources.append(corpus_pages(args.corpus, corpus_groups))
        else:
            print(f"corpus skipped: no {args.corpus}/MANIFEST.jsonl (expected ../shared/corpus); synthetic only")
    if "syn" in groups and args.synthetic > 0:
        sources.append(synthetic_pages(args.synthetic, args.seed))
    return sources


def _time_all(
    sources: list[Iterator[BenchPage]],
    runners: dict[str, Callable[[BenchPage], object]],
    names: list[str],
    args: argparse.Namespace,
) -> tuple[dict[str, dict[str, Timings]], dict[str, dict[str, float]], list[BenchPage]]:
    """Time every runner on every page: per-group timings, per-page milliseconds, and the pages to profile."""
    timings: dict[str, dict[str, Timings]] = {}
    per_page: dict[str, dict[str, float]] = {}
    profile_pages: list[BenchPage] = []
    for source in sources:
        for page in source:
            page_times = time_page(page, runners, args.repeat, args.timeout, CLOCKS[args.clock])
            group_timings = timings.setdefault(page.group, {name: Timings() for name in names})
            for name, (ms, ok) in page_times.items():
                group_timings[name].ms.append(ms)
                group_timings[name].failures += 0 if ok else 1
            per_page[page.key] = {name: round(ms, 3) for name, (ms, _ok) in page_times.items()}
            if args.profile and page.group != "syn":
                profile_pages.append(page)
    return timings, per_page, profile_pages


def _report_groups(
    report: dict[str, Any],
    timings: dict[str, dict[str, Timings]],
    per_page: dict[str, dict[str, float]],
    names: list[str],
    args: argparse.Namespace,
) -> None:
    """Print each group's table (and its slowest pages when asked) and add the group to the report."""
    for group in (g for g in GROUPS if g in timings):
        extractors = {name: t.summary() for name, t in timings[group].items()}
        result = {"pages": len(next(iter(timings[group].values())).ms), "extractors": extractors}
        result["ratios"] = ratios(extractors)
        report["groups"][group] = result
        print(format_group(group, result, args.input if args.clock == "wall" else f"{args.input}, clock: cpu"))
        if args.slowest and "scraper" in names:
            keys = [k for k in per_page if k.startswith("syn/") == (group == "syn")]
            keys = [k for k in keys if group == "syn" or _group_of_key(k, args.corpus) == group]
            for key in sorted(keys, key=lambda k: -per_page[k]["scraper"])[: args.slowest]:
                print(f"  slow: {key} " + " ".join(f"{n}={ms:.1f}ms" for n, ms in per_page[key].items()))


def main(argv: list[str] | None = None) -> int:
    """Time every selected extractor over every selected page; print tables; optionally write JSON."""
    args = parse_args(argv)
    names = args.only.split(",") if args.only else list(EXTRACTORS)
    groups = set(args.groups.split(",")) if args.groups else set(GROUPS)
    use_bytes = args.input == "bytes"
    require("bench.speed", modules_for(names))
    disable_network()
    signal.signal(signal.SIGALRM, _alarm)
    runners = make_runners(names, use_bytes)

    sources = _page_sources(args, groups)
    timings, per_page, profile_pages = _time_all(sources, runners, names, args)

    report: dict[str, Any] = {
        "input": args.input,
        "clock": args.clock,
        "repeat": args.repeat,
        "synthetic": args.synthetic,
        "seed": args.seed,
        "groups": {},
    }
    _report_groups(report, timings, per_page, names, args)
    if args.json:
        report["pages"] = per_page
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
        print(f"\nresults -> {args.json}")
    if args.profile and profile_pages:
        profile(profile_pages, args.profile, use_bytes)
    return 0


_KEY_GROUPS: dict[str, str] = {}


def _group_of_key(key: str, corpus: Path) -> str | None:
    if not _KEY_GROUPS:
        for line in (corpus / "MANIFEST.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                entry = json.loads(line)
                _KEY_GROUPS[f"{entry['set']}/{entry['id']}"] = group_of(entry) or ""
    return _KEY_GROUPS.get(key)


def profile(pages: list[BenchPage], out: Path, use_bytes: bool) -> None:
    """Profile scraper.extract over `pages` (5 passes), write pstats to `out`, print the top functions."""
    import scraper

    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(5):
        for page in pages:
            with contextlib.suppress(scraper.ScraperError):
                scraper.extract(page.data if use_bytes else page.text, page.url)
    profiler.disable()
    profiler.dump_stats(str(out))
    print(f"\nprofile of scraper.extract over {len(pages)} pages x5 -> {out}")
    stats = pstats.Stats(profiler)
    stats.sort_stats("tottime").print_stats(25)


if __name__ == "__main__":
    raise SystemExit(main())
