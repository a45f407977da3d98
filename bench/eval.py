"""Side-by-side accuracy of our extractor and its competitors over the shared corpus and the written pages.

Run from the repository root:

    .venv/bin/python -m bench.eval --split               # every extractor, every group, and each half
    .venv/bin/python -m bench.eval --only scraper,scraper-norules --group 163 --worst 10
    .venv/bin/python -m bench.eval --set written --split  # the written pages alone
    .venv/bin/python -m bench.eval --blind --split        # every class and id name made opaque first
    .venv/bin/python -m bench.eval --perturb minify --split  # every page's markup re-written first

Reads ../shared/corpus (MANIFEST.jsonl + <set>/<id>.gold.json, overlaid by tests/data/gold, see
bench/gold.py) and the project's written pages (tests/data/written_pages: pages written in other portals'
and NetEase's templates with independent gold, reported as their own groups `written-zh` and
`written-163`; halves by a seeded coin, seed 13: other portals by site, NetEase pages in pairs),
prints one table per group (with --split, one more per half) and writes per-page results
to bench/results/eval.json. The network is switched off for the whole run: no extractor may fetch
anything (images, NLTK data, public-suffix lists) behind our back.

`scraper-norules` is our extractor with every site rule off (`rules=False`): how a new NetEase template or
a new portal fares. The halves (bench/gold.py) are "A", the half to tune on, and "B", the half only ever
read as a number: `--worst` lists pages of half A only.

`--blind` rewrites every page before any extractor (ours and the competitors) reads it: each class and id
name becomes an opaque token, the same within the page (bench/blind.py). It measures how a reading fares on
pages whose names say nothing, as many real pages' do; the site rules, which locate by name, match nothing.

`--perturb NAME` rewrites every page's bytes the same way before any extractor reads it, keeping what a
browser shows (bench/perturb.py: `minify`, `newlines`, `wrap`, `gbk`, and `gbk-lie`, a lying charset label):
a reading that changes under it depends on how the page's HTML is written, not on the article.

Columns: title equal after removing whitespace; date at day / minute (Beijing time); body P / R / F1 on
multisets of 4-token shingles (bench/score.py); `leak` is the share of the gold's boilerplate snippets of
which at least 60 % of the 4-token shingles are in the body (pooled over the group's snippets);
`leak-pages` the share of pages where a snippet occurs verbatim (whitespace removed).
"""

from __future__ import annotations

import argparse
import json
import signal
import socket
import statistics
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # allow `python bench/eval.py` as well as `python -m bench.eval`
    sys.path.insert(0, str(ROOT))

from bench.blind import blind  # noqa: E402
from bench.competitors import COMPETITORS, Extraction  # noqa: E402
from bench.extra import modules_for, require  # noqa: E402
from bench.gold import (  # noqa: E402
    OVERLAY,
    WRITTEN,
    WRITTEN_SET,
    add_corpus_option,
    folder_holding,
    load_gold,
    manifest,
    page_key,
    split_halves,
    written_halves,
    written_pages,
)
from bench.perturb import TRANSFORMS, perturb  # noqa: E402
from bench.score import body_scores, date_matches, fuzzy_leaks, gold_body, leaks  # noqa: E402

DEFAULT_OUT = ROOT / "bench" / "results" / "eval.json"
GROUPS = {
    "163": "163.com pages",
    "zh": "other Chinese pages",
    "en": "English pages",
    "written-zh": "written pages, other Chinese portals",
    "written-163": "written pages, 163.com",
}
# Groups read as Chinese (goose3 and newspaper4k get their Chinese setup there).
CHINESE_GROUPS = frozenset({"163", "zh", "written-zh", "written-163"})
_ZH_SETS = {"cwced_zh", "magic_html_zh", "gerapy_samples", "nanmicoder_2025"}
_EN_SETS = {"scrapinghub_aeb_en"}


class PageTimeout(BaseException):
    """Raised by the alarm when one extractor takes too long on one page.

    A BaseException so that a library's `except Exception` cannot swallow it.
    """


def _refuse_network(*_args: Any, **_kwargs: Any) -> Any:
    raise OSError("network access is disabled during the benchmark")


def disable_network() -> None:
    """Make every socket connection and name lookup fail, so no extractor reaches the network."""
    socket.socket.connect = _refuse_network  # type: ignore[method-assign]
    socket.socket.connect_ex = _refuse_network  # type: ignore[method-assign]
    socket.getaddrinfo = _refuse_network
    socket.create_connection = _refuse_network


def group_of(entry: dict[str, Any]) -> str | None:
    """The report group of an entry: '163', 'zh', 'en', 'written-zh', 'written-163', or None for none."""
    if entry["set"] == WRITTEN_SET:
        return f"written-{entry['group']}" if entry.get("group") in {"zh", "163"} else None
    if entry.get("site") == "163.com":
        return "163"
    if entry["set"] in _EN_SETS:
        return "en"
    if entry["set"] in _ZH_SETS:
        return "zh"
    return None


def decode_for_competitors(data: bytes) -> str:
    """Bytes -> str once per page, the same string for every competitor (our decoder when present)."""
    try:
        from scraper.decode import decode
    except ImportError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        return str(best) if best is not None else data.decode("utf-8", "replace")
    return decode(data)[0]


@dataclass
class PageResult:
    """One extractor on one page: what it found and how it scored (None: not scored on this page)."""

    set: str
    id: str
    group: str
    extractor: str
    ms: float
    failed: bool
    error: str | None = None
    title: str | None = None
    published_at: str | None = None
    title_ok: bool | None = None
    date_day: bool | None = None
    date_minute: bool | None = None
    precision: float | None = None
    recall: float | None = None
    f1: float | None = None
    leaked: list[str] = field(default_factory=list)
    leak_scored: bool = False
    leaked_fuzzy: list[str] = field(default_factory=list)
    snippets: int = 0
    body_chars: int = 0
    half: str = ""


def _squeeze(text: str | None) -> str:
    return "".join((text or "").split())


def score_page(result: PageResult, got: Extraction, gold: dict[str, Any], gives_date: bool) -> None:
    """Fill the score fields of a result from an extraction and its gold."""
    if gold.get("title"):
        result.title_ok = _squeeze(got.title) == _squeeze(gold["title"])
    published = gold.get("published_at")
    # A few gold records give only a month or a year: those pages are not scored for the date.
    if published and gives_date and len(published) >= 10:
        result.date_day = date_matches(got.published_at, published, "day")
        if len(published) >= 16:
            result.date_minute = date_matches(got.published_at, published, "minute")
    truth = gold_body(gold)
    if truth.strip():
        result.precision, result.recall, result.f1 = body_scores(got.body, truth)
    if gold.get("without"):
        result.leak_scored = True
        result.leaked = leaks(got.body, gold["without"])
        result.leaked_fuzzy = fuzzy_leaks(got.body, gold["without"])
        result.snippets = len(gold["without"])


def _alarm(_signum: int, _frame: FrameType | None) -> None:
    raise PageTimeout()


def run_one(
    name: str, data: bytes, text: str | None, entry: dict[str, Any], gold: dict[str, Any], timeout: float
) -> PageResult:
    """Run one extractor on one page, guarded: an exception, a timeout or an empty body is a failure."""
    competitor = COMPETITORS[name]
    group = group_of(entry) or "?"
    result = PageResult(
        set=entry["set"], id=entry["id"], group=group, extractor=name, ms=0.0, failed=True, half=entry.get("half", "")
    )
    url = entry.get("url") or None
    got = Extraction(None, None, "")
    start = time.perf_counter()
    try:
        if text is None and name != "scraper":
            raise ValueError("page could not be decoded")
        signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            got = competitor.run(data, text or "", url, group in CHINESE_GROUPS)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    except PageTimeout:
        result.error = f"timeout after {timeout:g}s"
    except Exception as exc:  # any crash of any library is a failure of that library on that page
        result.error = f"{type(exc).__name__}: {exc}"[:300]
    result.ms = (time.perf_counter() - start) * 1000
    if result.error is None:
        result.failed = not got.body.strip()
        if result.failed:
            result.error = "empty body"
    result.title, result.published_at, result.body_chars = got.title, got.published_at, len(got.body)
    score_page(result, got, gold, competitor.gives_date)
    return result


def load_pages(
    corpus: Path | None,
    sets: set[str] | None,
    groups: set[str] | None,
    half: str | None = None,
    overlay: Path = OVERLAY,
    written: Path | None = None,
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Entries that have gold and fall in the selected sets, groups and half, with their gold.

    Corpus pages come from `corpus` (None: none), written pages from the folder `written` (None: none).
    `sets` names corpus sets, `corpus` for every corpus set and `written` for the written pages (None: all).
    Each entry gets its half ('A' or 'B', bench/gold.py) under the key `half` and the path of its bytes under
    `file_path`.
    """
    candidates: list[tuple[dict[str, Any], dict[str, Any] | None]] = []
    if corpus is not None:
        entries = manifest(corpus)
        halves = split_halves(entries)
        for entry in entries:
            if sets and "corpus" not in sets and entry["set"] not in sets:
                continue
            entry = {**entry, "half": halves[page_key(entry)], "file_path": str(corpus / entry["file"])}
            candidates.append((entry, None))
    if written is not None and (not sets or WRITTEN_SET in sets):
        pairs = written_pages(written)
        halves = written_halves([entry for entry, _ in pairs])
        for entry, written_gold in pairs:
            entry = {**entry, "half": halves[page_key(entry)], "file_path": str(written / entry["file"])}
            candidates.append((entry, written_gold))
    pages = []
    for entry, gold in candidates:
        group = group_of(entry)
        if (half and entry["half"] != half) or group is None or (groups and group not in groups):
            continue
        if gold is None and corpus is not None:
            gold = load_gold(entry, corpus, overlay)
        if gold is not None:
            pages.append((entry, gold))
    return pages


def _mean(values: list[float]) -> float | None:
    return statistics.fmean(values) if values else None


def summarise(results: list[PageResult]) -> dict[str, Any]:
    """Aggregate one extractor's results over one group (None: nothing to score)."""

    def rate(flags: list[bool | None]) -> float | None:
        return _mean([1.0 if f else 0.0 for f in flags if f is not None])

    snippets = sum(r.snippets for r in results)

    return {
        "pages": len(results),
        "title": rate([r.title_ok for r in results]),
        "date_day": rate([r.date_day for r in results]),
        "date_minute": rate([r.date_minute for r in results]),
        "precision": _mean([r.precision for r in results if r.precision is not None]),
        "recall": _mean([r.recall for r in results if r.recall is not None]),
        "f1": _mean([r.f1 for r in results if r.f1 is not None]),
        "leak": sum(len(r.leaked_fuzzy) for r in results) / snippets if snippets else None,
        "leak_pages": rate([bool(r.leaked) for r in results if r.leak_scored]),
        "fail": sum(r.failed for r in results),
        "ms": _mean([r.ms for r in results]),
    }


_COLUMNS = [
    ("pages", "pages", "{:d}"),
    ("title", "title", "{:.3f}"),
    ("date_day", "date@day", "{:.3f}"),
    ("date_minute", "date@minute", "{:.3f}"),
    ("precision", "P", "{:.3f}"),
    ("recall", "R", "{:.3f}"),
    ("f1", "F1", "{:.3f}"),
    ("leak", "leak", "{:.3f}"),
    ("leak_pages", "leak-pages", "{:.3f}"),
    ("fail", "fail", "{:d}"),
    ("ms", "ms/page", "{:.1f}"),
]


def format_table(title: str, rows: dict[str, dict[str, Any]]) -> str:
    """A Markdown table: one row per extractor, the columns above ('-' where nothing was scored)."""
    header = ["extractor"] + [label for _, label, _ in _COLUMNS]
    lines = [f"### {title}", "", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for name, summary in rows.items():
        cells = [name] + [fmt.format(summary[key]) if summary[key] is not None else "-" for key, _, fmt in _COLUMNS]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def worst_pages(results: list[PageResult], count: int, name: str = "scraper") -> str:
    """The `count` lowest-F1 pages of one of our extractors in half A (the tune half), with what went wrong."""
    ours = sorted(
        (r for r in results if r.extractor == name and r.f1 is not None and r.half == "A"), key=lambda r: r.f1 or 0.0
    )
    lines = [f"### worst {count} pages of half A for {name} (by body F1)", ""]
    for r in ours[:count]:
        notes = [f"P={r.precision:.3f} R={r.recall:.3f} F1={r.f1:.3f}"]
        if r.error:
            notes.append(r.error)
        if r.title_ok is False:
            notes.append(f"title={r.title!r}")
        if r.leaked_fuzzy:
            notes.append(f"leaks={r.leaked_fuzzy[:3]}")
        lines.append(f"- {r.set}/{r.id} ({r.group}): " + "; ".join(notes))
    return "\n".join(lines)


def print_tables(results: list[PageResult], names: list[str], split: bool, mode: str = "") -> None:
    """One table per group, and with `split` one per half of each group after it; `mode` ends each title."""
    for group, label in GROUPS.items():
        in_group = [r for r in results if r.group == group]
        if not in_group:
            continue
        parts = [("", in_group)]
        if split:
            parts += [(f", half {h}", [r for r in in_group if r.half == h]) for h in ("A", "B")]
        for suffix, part in parts:
            if not part:
                continue
            rows = {name: summarise([r for r in part if r.extractor == name]) for name in names}
            print(format_table(f"{label}{suffix} ({len(part) // len(names)} pages){mode}", rows))
            print()


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", help="comma-separated extractors (default: all): " + ",".join(COMPETITORS))
    parser.add_argument(
        "--set",
        dest="sets",
        help="comma-separated: corpus sets (e.g. cwced_zh), 'corpus' (every corpus set), 'written' (the written "
        "pages) or 'all' (default: all)",
    )
    parser.add_argument("--group", dest="groups", help="comma-separated groups: " + ", ".join(GROUPS))
    add_corpus_option(parser)
    parser.add_argument(
        "--written", type=folder_holding("*.gold.json"), default=WRITTEN, help="written pages folder (default: tests/data/written_pages)"
    )
    parser.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help="per-page JSON results (default: bench/results/eval.json)"
    )
    parser.add_argument("--half", choices=("A", "B"), help="only the pages of one half (bench/gold.py)")
    parser.add_argument("--split", action="store_true", help="also print one table per half of each group")
    parser.add_argument(
        "--blind",
        action="store_true",
        help="replace every class and id name by an opaque token (bench/blind.py) before any extractor reads the page",
    )
    parser.add_argument(
        "--perturb",
        choices=sorted(TRANSFORMS),
        help="re-write every page's markup or encoding (bench/perturb.py) before any extractor reads it",
    )
    parser.add_argument(
        "--worst", type=int, default=0, metavar="N", help="list the N worst pages of half A by F1 for our extractor(s)"
    )
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per extractor per page (default 60)")
    return parser.parse_args(argv)


def _unknown_selection(
    names: list[str], sets: set[str] | None, groups: set[str] | None, corpus: Path | None
) -> str | None:
    """What names no extractor, set or group, or None: a mistyped set or group would select nothing, and an
    empty table would read as a measure. Corpus set names are known only where the corpus is."""
    known_sets = {"all", "corpus", WRITTEN_SET} | ({entry["set"] for entry in manifest(corpus)} if corpus else set())
    problems = []
    if set(names) - set(COMPETITORS):
        unknown = [n for n in names if n not in COMPETITORS]
        problems.append(f"unknown extractor(s): {', '.join(unknown)}; choose from {', '.join(COMPETITORS)}")
    if groups and groups - set(GROUPS):
        problems.append(f"unknown group(s): {', '.join(sorted(groups - set(GROUPS)))}; choose from {', '.join(GROUPS)}")
    if sets and sets - known_sets:
        problems.append(f"unknown set(s): {', '.join(sorted(sets - known_sets))}; choose from {', '.join(sorted(known_sets))}")
    return "; ".join(problems) or None


def read_page(path: Path, blinded: bool, transform: str | None) -> bytes:
    """A page's bytes as every extractor gets them: class-blind and re-written as the options say."""
    data = path.read_bytes()
    if blinded:
        data = blind(data)
    return perturb(transform, data) if transform else data


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; returns the process exit status."""
    args = parse_args(argv)
    names = [n.strip() for n in args.only.split(",")] if args.only else list(COMPETITORS)
    corpus: Path | None = args.corpus
    if not (args.corpus / "MANIFEST.jsonl").exists():
        print(f"corpus not found at {args.corpus} (expected ../shared/corpus beside the repository): written pages only")
        corpus = None
    sets = set(args.sets.split(",")) if args.sets else None
    groups = set(args.groups.split(",")) if args.groups else None
    unknown = _unknown_selection(names, sets, groups, corpus)
    if unknown:
        print(unknown, file=sys.stderr)
        return 2
    require("bench.eval", modules_for(names))
    pages = load_pages(corpus, None if sets and "all" in sets else sets, groups, args.half, written=args.written)
    if not pages:
        print("no pages with gold match the selection")
        return 0
    disable_network()
    signal.signal(signal.SIGALRM, _alarm)
    results: list[PageResult] = []
    for entry, gold in pages:
        data = read_page(Path(entry["file_path"]), args.blind, args.perturb)
        try:
            text: str | None = decode_for_competitors(data)
        except Exception:  # an undecodable page fails every competitor; ours decodes for itself
            text = None
        for name in names:
            results.append(run_one(name, data, text, entry, gold, args.timeout))
    mode = (", class-blind" if args.blind else "") + (f", perturbed: {args.perturb}" if args.perturb else "")
    print_tables(results, names, args.split, mode)
    for name in (n for n in names if n.startswith("scraper")):
        if args.worst:
            print(worst_pages(results, args.worst, name))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps([asdict(r) for r in results], ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"per-page results: {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
