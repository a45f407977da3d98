"""Dump `scraper.extract(...).to_dict()` for every corpus page, and diff two dumps.

A speed change must not change a record. Take a snapshot before, change the code, take one after, diff:

    .venv/bin/python -m bench.snapshot --out /tmp/before.json
    # … edit …
    .venv/bin/python -m bench.snapshot --out /tmp/after.json --diff /tmp/before.json

Pages that raise are recorded as {"error": "<ExceptionClass>: <message>"}, so a new failure is a diff too.
Exit status 1 when --diff finds a difference. Skips (exit 0) when ../shared/corpus is absent.
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

CORPUS = ROOT.parent / "shared" / "corpus"


def corpus_entries(corpus: Path) -> list[dict[str, Any]]:
    """Every manifest entry of the corpus, in manifest order."""
    lines = (corpus / "MANIFEST.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def snapshot(corpus: Path) -> dict[str, Any]:
    """page key (set/id) -> the record as a dict, or {"error": …}."""
    out: dict[str, Any] = {}
    for entry in corpus_entries(corpus):
        data = (corpus / entry["file"]).read_bytes()
        key = f"{entry['set']}/{entry['id']}"
        try:
            out[key] = scraper.extract(data, entry.get("url") or None).to_dict()
        except scraper.ScraperError as exc:
            out[key] = {"error": f"{type(exc).__name__}: {exc}"}
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
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="corpus folder (default: ../shared/corpus)")
    args = parser.parse_args(argv)
    if not (args.corpus / "MANIFEST.jsonl").exists():
        print(f"skipped: no corpus at {args.corpus} (expected ../shared/corpus)")
        return 0
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
