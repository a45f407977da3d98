"""Fuzz the extraction stage with mutations of our own fixture pages, for as long as you like.

Run from the repository root:

    .venv/bin/python -m bench.fuzz --hours 2 --seed 1
    .venv/bin/python -m bench.fuzz --iterations 500 --strategy nesting --strategy nul_bytes
    .venv/bin/python -m bench.fuzz --replay bench/results/crashes/<name>.html

Each input goes through `decode`, `extract` (with a NetEase URL, a foreign URL and none), `extract_text` of
the decoded text, and the meeting stage over the paragraphs. The only exceptions allowed out are
`ScraperError`s. Inputs run in a worker process with a per-input time limit, so a hang is caught and
recorded, not waited on. A crashing or hanging input is written to bench/results/crashes/ with its
traceback; bench/results/fuzz.json gets the counts per strategy and outcome.

Iteration i of seed s draws from `random.Random(f"{s}:{i}")`, so a run is reproducible. Workers import the
package from the working tree as it is when they start: fuzz a tree nobody is editing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import random
import re
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # allow `python bench/fuzz.py` as well as `python -m bench.fuzz`
    sys.path.insert(0, str(ROOT))

CRASHES = ROOT / "bench" / "results" / "crashes"
SUMMARY = ROOT / "bench" / "results" / "fuzz.json"
URLS = ("https://www.163.com/dy/article/HTLMQ0KD05129QAF.html", "https://example.com/news/1.html", None)

_SOUP = [
    b"<div>", b"</div>", b"<p", b"</p>", b"<table><tr><td>", b"</td></tr>", b"</table>", b"</html>", b"<html>",
    b"<body>", b"<script>", b"</script>", b"<style>", b"<!--", b"-->", b"<![CDATA[", b"]]>", b"<?xml version='1.0'?>",
    b"<svg><foreignObject>", b"<math><mi>", b"<template>", b"&#x0;", b"&#1114112;", b"&amp", b"<br/>", b"<li>",
    b"<h1>", b"</h1>", b"<a href='javascript:1'>", b"<img src=x onerror=1>", b"<meta charset=big5>", b"<base href=//x>",
    b"<frameset>", b"<noscript>", b"<select><option>", b"<textarea>", b"\xe6\x9d\xa5\xe6\xba\x90\xef\xbc\x9a",
]
_TAGS = ["div", "span", "b", "table", "li", "p", "font", "section", "td", "a"]
_LABELS = [b"gb2312", b"gbk", b"big5", b"utf-16", b"utf-32", b"shift_jis", b"iso-8859-1", b"koi8-r", b"x-unknown",
           b"utf-7", b"hz-gb-2312", b"", b"utf-8", b"windows-1252", b"\"><script>"]
_CHARSET = re.compile(rb"charset\s*=\s*[\"']?[A-Za-z0-9_.:-]*", re.IGNORECASE)


def _insert(data: bytes, rng: random.Random, piece: bytes) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + piece + data[at:]


def byte_flips(data: bytes, rng: random.Random) -> bytes:
    """Flip bits or replace bytes at 1-64 random places."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, 64)):
        if not buf:
            break
        at = rng.randrange(len(buf))
        buf[at] = buf[at] ^ (1 << rng.randrange(8)) if rng.random() < 0.5 else rng.randrange(256)
    return bytes(buf)


def truncation(data: bytes, rng: random.Random) -> bytes:
    """Keep a head, a tail or a middle slice (cuts land inside tags and multi-byte characters)."""
    a, b = sorted(rng.randrange(len(data) + 1) for _ in range(2))
    return rng.choice([data[:b], data[a:], data[a:b]])


def tag_soup(data: bytes, rng: random.Random) -> bytes:
    """Insert 1-200 stray, unbalanced or exotic tags at random places."""
    for _ in range(rng.randint(1, 200)):
        data = _insert(data, rng, rng.choice(_SOUP))
    return data


def nesting(data: bytes, rng: random.Random) -> bytes:
    """Insert a run of nested tags (up to 100,000 levels), balanced or not."""
    tag = rng.choice(_TAGS).encode()
    depth = rng.choice([50, 500, 2100, 5000, 100_000])
    closing = depth if rng.random() < 0.6 else rng.randrange(depth + 1)
    return _insert(data, rng, (b"<" + tag + b">") * depth + (b"</" + tag + b">") * closing)


def charset_swap(data: bytes, rng: random.Random) -> bytes:
    """Lie about the encoding: swap the label, re-encode under another label, or prepend a wrong BOM."""
    choice = rng.randrange(3)
    if choice == 0:
        label = rng.choice(_LABELS)
        return _CHARSET.sub(b"charset=" + label, data, count=rng.randint(1, 3))
    if choice == 1:
        text = data.decode("utf-8", "replace")
        encoding = rng.choice(["gb18030", "big5", "utf-16-le", "shift_jis", "cp1252"])
        return text.encode(encoding, "replace")
    return rng.choice([b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf", b"\x00\x00\xfe\xff"]) + data


def nul_bytes(data: bytes, rng: random.Random) -> bytes:
    """NUL bytes: scattered, in a long run, or after every character."""
    choice = rng.randrange(3)
    if choice == 0:
        for _ in range(rng.randint(1, 100)):
            data = _insert(data, rng, b"\x00")
        return data
    if choice == 1:
        return _insert(data, rng, b"\x00" * rng.choice([10, 4096, 100_000]))
    step = rng.randint(2, 50)
    return b"".join(data[i : i + step] + b"\x00" for i in range(0, len(data), step))


def huge_attributes(data: bytes, rng: random.Random) -> bytes:
    """An attribute of up to 2 MB, or thousands of attributes, on a random tag."""
    size = rng.choice([10_000, 300_000, 2_000_000])
    name = rng.choice([b"class", b"id", b"style", b"data-x", b"href"])
    value = rng.choice([b"a ", b"post_body ", b"x", b"\xe6\x9d\xa5"]) * (size // 2)
    attrs = b" " + name + b"='" + value + b"'"
    if rng.random() < 0.3:
        attrs = b"".join(b" a%d=1" % n for n in range(rng.choice([1000, 20_000])))
    tag = rng.choice(_TAGS).encode()
    return _insert(data, rng, b"<" + tag + attrs + b">\xe6\xad\xa3\xe6\x96\x87</" + tag + b">")


def entities(data: bytes, rng: random.Random) -> bytes:
    """A DOCTYPE with external and recursive entities (XXE, billion laughs) in front of the page."""
    doctypes = [
        b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
        b'<!DOCTYPE x SYSTEM "http://127.0.0.1:9/evil.dtd">',
        b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>',
    ]
    data = _insert(data, rng, rng.choice([b"&e;", b"&c;", b"&xxe;"]))
    return rng.choice([b"<?xml version='1.0'?>", b""]) + rng.choice(doctypes) + data


def repetition(data: bytes, rng: random.Random) -> bytes:
    """A random slice of the page repeated up to a few thousand times in place."""
    a = rng.randrange(len(data) + 1)
    b = min(len(data), a + rng.randint(1, 200))
    return data[:b] + data[a:b] * rng.choice([10, 1000, 5000]) + data[b:]


MUTATORS: dict[str, Callable[[bytes, random.Random], bytes]] = {
    "byte_flips": byte_flips,
    "truncation": truncation,
    "tag_soup": tag_soup,
    "nesting": nesting,
    "charset_swap": charset_swap,
    "nul_bytes": nul_bytes,
    "huge_attributes": huge_attributes,
    "entities": entities,
    "repetition": repetition,
}


def mutate(data: bytes, strategy: str, rng: random.Random) -> bytes:
    """Apply one mutation strategy (a key of MUTATORS) to page bytes."""
    return MUTATORS[strategy](data, rng)


def run_targets(data: bytes) -> str:
    """Run every target on the input; return the outcome name. Non-ScraperError exceptions propagate."""
    from scraper import ScraperError, extract, extract_text
    from scraper.decode import decode
    from scraper.meetings import extract_meetings

    outcomes = []
    for url in URLS:
        try:
            article = extract(data, url)
        except ScraperError as error:
            outcomes.append(type(error).__name__)
            continue
        outcomes.append("article")
        extract_meetings(article.paragraphs, title=article.title, published_at=article.published_at)
    try:
        text, _ = decode(data)
        extract_text(text, URLS[0])
    except ScraperError:
        pass
    return "/".join(sorted(set(outcomes)))


def _record_failure(data: bytes, strategy: str, kind: str, detail: str) -> Path:
    CRASHES.mkdir(parents=True, exist_ok=True)
    name = f"{kind}-{strategy}-{hashlib.sha1(data).hexdigest()[:12]}"
    (CRASHES / f"{name}.html").write_bytes(data)
    (CRASHES / f"{name}.txt").write_text(detail, encoding="utf-8")
    return CRASHES / f"{name}.html"


def _worker(data: bytes) -> tuple[str, str | None]:
    try:
        return run_targets(data), None
    except Exception:
        return "crash", traceback.format_exc()


def fuzz(seeds: list[bytes], strategies: list[str], *, seed: int, hours: float, iterations: int | None,
         hang_seconds: float) -> dict[str, Any]:
    """Run the loop; return the summary (also written to bench/results/fuzz.json)."""
    deadline = time.monotonic() + hours * 3600
    counts: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    failures: list[str] = []
    slowest = (0.0, "")
    context = multiprocessing.get_context("spawn")
    pool = context.Pool(1, maxtasksperchild=200)
    i = 0
    try:
        while (iterations is None or i < iterations) and time.monotonic() < deadline:
            rng = random.Random(f"{seed}:{i}")
            strategy = rng.choice(strategies)
            data = mutate(rng.choice(seeds), strategy, rng)
            started = time.monotonic()
            try:
                outcome, detail = pool.apply_async(_worker, (data,)).get(timeout=hang_seconds)
            except multiprocessing.TimeoutError:
                pool.terminate()
                pool = context.Pool(1, maxtasksperchild=200)
                outcome, detail = "hang", f"no answer within {hang_seconds} s (iteration {i}, seed {seed})"
            elapsed = time.monotonic() - started
            slowest = max(slowest, (elapsed, f"{strategy} #{i}"))
            counts[f"{strategy}: {outcome}"] += 1
            if detail is not None:
                # The same failure seen again (one bug, many inputs) is counted but not saved again.
                signature = f"{outcome}: {detail.strip().splitlines()[-1]}"
                kinds[signature] += 1
                if kinds[signature] <= 3:
                    path = _record_failure(data, strategy, outcome, detail)
                    failures.append(str(path.relative_to(ROOT)))
                    print(f"[{i}] {outcome} with {strategy}: {path}", flush=True)
            i += 1
    finally:
        pool.terminate()
    summary = {
        "seed": seed,
        "iterations": i,
        "strategies": strategies,
        "outcomes": dict(sorted(counts.items())),
        "failures": failures,
        "failure_kinds": dict(kinds),
        "slowest_seconds": round(slowest[0], 2),
        "slowest_input": slowest[1],
    }
    SUMMARY.parent.mkdir(parents=True, exist_ok=True)
    SUMMARY.write_text(json.dumps(summary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return summary


def main(argv: list[str] | None = None) -> int:
    """Command line entry point; exit status 1 when any crash or hang was found."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hours", type=float, default=1.0, help="how long to run [1]")
    parser.add_argument("--iterations", type=int, default=None, help="stop after this many inputs instead")
    parser.add_argument("--seed", type=int, default=0, help="random seed [0]")
    parser.add_argument("--strategy", action="append", choices=sorted(MUTATORS), help="only these (repeatable)")
    parser.add_argument("--hang-seconds", type=float, default=120.0, help="per-input limit that counts as a hang [120]")
    parser.add_argument("--replay", type=Path, default=None, help="run one saved input and show its traceback")
    args = parser.parse_args(argv)
    if args.replay is not None:
        outcome, detail = _worker(args.replay.read_bytes())
        print(detail or outcome)
        return 1 if detail else 0
    seeds = [path.read_bytes() for path in sorted((ROOT / "fixtures").glob("*/source.html"))]
    summary = fuzz(seeds, args.strategy or sorted(MUTATORS), seed=args.seed, hours=args.hours,
                   iterations=args.iterations, hang_seconds=args.hang_seconds)
    print(json.dumps({k: summary[k] for k in ("iterations", "failures", "slowest_seconds", "slowest_input")},
                     ensure_ascii=False))
    return 1 if summary["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
