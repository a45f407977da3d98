"""The author each extractor names on the written pages, against the gold, side by side: ours with its rules, without
them and class-blind, and the competitors that name an author (trafilatura, GNE, newspaper4k).

    .venv/bin/python -m bench.credits                         # the landed written pages
    .venv/bin/python -m bench.credits --written bench/heldout/written55 --half A

One row per extractor and reading: pages whose gold names an author, how many it names exactly (names compared
with their separators made one space: 王五、李四 is 王五 李四), how many it names wrongly, how many it leaves empty,
and how many pages whose gold names no one it gives a name all the same.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import scraper
from scraper.decode import decode

from .blind import blind
from .competitors import gne_result, newspaper_article, trafilatura_record
from .gold import WRITTEN, page_key, written_halves, written_pages

# Separators between names as extractors and pages print them: 、 ， , ; / and runs of spaces.
_SEPARATORS = re.compile(r"[\s、，,;；/]+")


def same_names(found: str | None, gold: str | None) -> bool:
    """Whether `found` names the gold's people, separators aside."""
    return bool(found) and bool(gold) and _SEPARATORS.sub(" ", found or "").strip() == _SEPARATORS.sub(" ", gold or "").strip()


def _ours(rules: bool, blinded: bool) -> Callable[[bytes, str, str | None], str | None]:
    def run(data: bytes, text: str, url: str | None) -> str | None:
        return scraper.extract(blind(data) if blinded else data, url, rules=rules).author

    return run


def _trafilatura(data: bytes, text: str, url: str | None) -> str | None:
    return trafilatura_record(text, url).get("author") or None


def _gne(data: bytes, text: str, url: str | None) -> str | None:
    return gne_result(text).get("author") or None


def _newspaper(data: bytes, text: str, url: str | None) -> str | None:
    return " ".join(newspaper_article(text, url, chinese=True).authors) or None


READERS: dict[str, Callable[[bytes, str, str | None], str | None]] = {
    "scraper": _ours(True, False),
    "scraper-norules": _ours(False, False),
    "scraper-blind": _ours(False, True),
    "trafilatura": _trafilatura,
    "gne": _gne,
    "newspaper4k": _newspaper,
}


@dataclass
class Tally:
    """One extractor's counts over the pages read."""

    named: int = 0  # pages whose gold names an author
    right: int = 0
    wrong: int = 0
    empty: int = 0
    invented: int = 0  # a name where the gold has none
    failed: int = 0

    def add(self, found: str | None, gold: str | None) -> None:
        if gold:
            self.named += 1
            if same_names(found, gold):
                self.right += 1
            elif found:
                self.wrong += 1
            else:
                self.empty += 1
        elif found:
            self.invented += 1


def tally(pages: list[tuple[dict[str, Any], dict[str, Any]]], folder: Path, names: list[str]) -> dict[str, Tally]:
    """Each reader's tally over `pages` (entries and gold of `written_pages(folder)`)."""
    tallies = {name: Tally() for name in names}
    for entry, gold in pages:
        data = (folder / entry["file"]).read_bytes()
        text, _ = decode(data)
        for name in names:
            try:
                found = READERS[name](data, text, entry.get("url") or None)
            except Exception:  # a competitor's crash is a failure on that page, as in bench.eval
                tallies[name].failed += 1
                found = None
            tallies[name].add(found, gold.get("author"))
    return tallies


def table(tallies: dict[str, Tally], title: str) -> str:
    """The tallies as a markdown table."""
    lines = [f"### {title}", "", "| extractor | pages with an author | right | wrong | empty | name where none | fail |",
             "|---|---|---|---|---|---|---|"]
    for name, t in tallies.items():
        share = f"{t.right / t.named:.3f}" if t.named else "-"
        lines.append(f"| {name} | {t.named} | {t.right} ({share}) | {t.wrong} | {t.empty} | {t.invented} | {t.failed} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print one table per group of written pages (other portals, 163.com)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--written", type=Path, default=WRITTEN, help="a folder of written pages")
    parser.add_argument("--half", choices=("A", "B"), help="only the pages of one half")
    parser.add_argument("--only", default=",".join(READERS), help="readers, comma-separated")
    args = parser.parse_args(argv)
    names = [name for name in args.only.split(",") if name]
    unknown = [name for name in names if name not in READERS]
    if unknown or not names:
        parser.error(f"unknown reader: {', '.join(unknown)}; known: {', '.join(READERS)}")
    pages = written_pages(args.written)
    if not pages:
        parser.error(f"no written pages in {args.written}")
    halves = written_halves([entry for entry, _ in pages])
    if args.half:
        pages = [(entry, gold) for entry, gold in pages if halves[page_key(entry)] == args.half]
    for group, label in (("zh", "other portals"), ("163", "163.com")):
        chosen = [(entry, gold) for entry, gold in pages if entry.get("group") == group]
        if chosen:
            half = f", half {args.half}" if args.half else ""
            print(table(tally(chosen, args.written, names), f"authors, written pages, {label}{half} ({len(chosen)} pages)"))
            print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
