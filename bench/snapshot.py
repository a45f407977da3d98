"""Dump `scraper.extract(...).to_dict()` for every corpus page, written page and fixture, rules on and off, and
diff two dumps.

A speed change must not change a record, and most of the generic path runs only where no rule reads the page:
so every page is read twice, with the site rules on (key `set/id`) and off (key `set/id norules`). Take a
snapshot before, change the code, take one after, diff:

    .venv/bin/python -m bench.snapshot --out /tmp/before.json
    # … edit …
    .venv/bin/python -m bench.snapshot --out /tmp/after.json --diff /tmp/before.json

Pages that raise are recorded as {"error": "<ExceptionClass>: <message>"}, so a new failure is a diff too.
Exit status 1 when --diff finds a difference. Without ../shared/corpus it says so and dumps the rest.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # allow `python bench/snapshot.py` as well as `python -m bench.snapshot`
    sys.path.insert(0, str(ROOT))

import scraper  # noqa: E402
from bench.gold import WRITTEN, add_corpus_option, written_pages  # noqa: E402

FIXTURES = ROOT / "fixtures"
# The key suffix of a page read with every site rule off.
NORULES = " norules"


def corpus_entries(corpus: Path) -> list[dict[str, Any]]:
    """Every manifest entry of the corpus, in manifest order."""
    lines = (corpus / "MANIFEST.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def pages(corpus: Path, written: Path = WRITTEN, fixtures: Path = FIXTURES) -> list[tuple[str, Path, str | None]]:
    """(key, file, url) of every corpus page (when the corpus is there), written page and fixture page."""
    found: list[tuple[str, Path, str | None]] = []
    if (corpus / "MANIFEST.jsonl").exists():
        found += [(f"{e['set']}/{e['id']}", corpus / e["file"], e.get("url") or None) for e in corpus_entries(corpus)]
    found += [(f"written/{e['id']}", written / e["file"], e["url"] or None) for e, _gold in written_pages(written)]
    for source in sorted(fixtures.glob("*/source.html")):
        case_file = source.with_name("case.json")
        case = json.loads(case_file.read_text(encoding="utf-8")) if case_file.exists() else {}
        found.append((f"fixtures/{source.parent.name}", source, case.get("url") or None))
    return found


def snapshot(corpus: Path, written: Path = WRITTEN, fixtures: Path = FIXTURES) -> dict[str, Any]:
    """page key (set/id, with NORULES appended for the rules-off reading) -> the record as a dict, or {"error": …}."""
    out: dict[str, Any] = {}
    for key, path, url in pages(corpus, written, fixtures):
        data = path.read_bytes()
        for rules, suffix in ((True, ""), (False, NORULES)):
            try:
                out[key + suffix] = scraper.extract(data, url, rules=rules).to_dict()
            except scraper.ScraperError as exc:
                out[key + suffix] = {"error": f"{type(exc).__name__}: {exc}"}
    return out


def diff(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """One line per page and field that differs."""
    lines = []
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        if not isinstance(old, dict) or not isinstance(new, dict):
            lines.append(f"{key}: {old!r} -> {new!r}")
            continue
        for field in sorted(set(old) | set(new)):
            if old.get(field) != new.get(field):
                lines.append(f"{key} {field}: {str(old.get(field))[:160]!r} -> {str(new.get(field))[:160]!r}")
    return lines


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="where to write the snapshot (JSON)")
    parser.add_argument("--diff", type=Path, help="an earlier snapshot to compare with")
    add_corpus_option(parser)
    args = parser.parse_args(argv)
    if not (args.corpus / "MANIFEST.jsonl").exists():
        # Said, not silent: the written pages and fixtures are still compared.
        print(f"no corpus at {args.corpus} (expected ../shared/corpus): written pages and fixtures only")
    records = snapshot(args.corpus)
    args.out.write_text(json.dumps(records, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    print(f"{len(records)} pages -> {args.out}")
    if args.diff:
        changes = diff(json.loads(args.diff.read_text(encoding="utf-8")), records)
        for line in changes:
            print(line)
        print(f"{len(changes)} difference(s)")
        return 1 if changes else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
