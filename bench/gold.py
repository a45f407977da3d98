"""The corpus pages with their gold, and the split-half assignment that measures generalisation.

Gold: ../shared/corpus/<set>/<id>.gold.json, overlaid by the project's own annotations in
tests/data/gold/<set>/<id>.json (pages read by hand for titles, publish times and boilerplate snippets the
source datasets do not give). An overlay value that is not null replaces the corpus gold's; a null in the
overlay leaves the corpus value standing (null means "the gold does not say", never "erase").

Split-half: the pages fall into two halves with a fixed seed, so a change tuned while looking at one half
can be checked on the other. 163.com pages are split page by page within each NetEase template
(`ne_layout`); every other page is split by site, so that no site sits in both halves (a rule or a
heuristic written from one page of a site would otherwise score on its twin). Half "A" is the half to
tune on; half "B" is only ever reported as a number.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
OVERLAY = ROOT / "tests" / "data" / "gold"
SEED = 13
HALVES = ("A", "B")
# Keys of an overlay file that describe the file, not the page's gold.
_OWN_KEYS = frozenset({"set", "id"})


def manifest(corpus: Path = CORPUS) -> list[dict[str, Any]]:
    """Every manifest entry of the corpus, in manifest order."""
    lines = (corpus / "MANIFEST.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def overlay_gold(gold: dict[str, Any], overlay: dict[str, Any]) -> dict[str, Any]:
    """The corpus gold with the overlay's non-null fields laid over it (a new dict).

    Args:
        gold: the corpus gold record (may be empty when the corpus has none for the page).
        overlay: the project's annotation of the same page.

    Returns:
        The merged record; `overlaid` lists the fields the overlay supplied.
    """
    merged = dict(gold)
    supplied = []
    for key, value in overlay.items():
        if key in _OWN_KEYS or value is None:
            continue
        merged[key] = value
        supplied.append(key)
    merged["overlaid"] = supplied
    return merged


def load_gold(entry: dict[str, Any], corpus: Path = CORPUS, overlay: Path = OVERLAY) -> dict[str, Any] | None:
    """The gold of one manifest entry (corpus gold with the project's overlay), or None when neither exists."""
    base_path = corpus / entry["set"] / f"{entry['id']}.gold.json"
    extra_path = overlay / entry["set"] / f"{entry['id']}.json"
    base = json.loads(base_path.read_text(encoding="utf-8")) if base_path.exists() else None
    if not extra_path.exists():
        return base
    return overlay_gold(base or {"set": entry["set"], "id": entry["id"]}, json.loads(extra_path.read_text("utf-8")))


def page_key(entry: dict[str, Any]) -> str:
    """'set/id' of a manifest entry."""
    return f"{entry['set']}/{entry['id']}"


def _stratum(entry: dict[str, Any]) -> tuple[str, str]:
    """(kind, name): 163.com pages by template, the rest by site (a page without a site is its own).

    The kind separates English sites from Chinese ones, so each language is dealt into both halves evenly.
    """
    if entry.get("site") == "163.com":
        return "163", str(entry.get("ne_layout") or "unknown")
    kind = "en" if entry["set"].endswith("_en") else "zh"
    return kind, str(entry.get("site") or page_key(entry))


def split_halves(entries: list[dict[str, Any]], seed: int = SEED) -> dict[str, str]:
    """Assign every entry to half 'A' or 'B', reproducibly.

    163.com pages: within each template the pages are shuffled and dealt alternately, starting from a
    random half, so each template sits in both halves. Other pages: the sites are shuffled and dealt
    alternately, so all pages of a site land in one half.

    Args:
        entries: manifest entries.
        seed: the shuffle seed (fixed by default, so the halves never move between runs).

    Returns:
        {'set/id': 'A' or 'B'} for every entry.
    """
    rng = random.Random(seed)
    strata: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for entry in entries:
        kind, name = _stratum(entry)
        strata[kind][name].append(page_key(entry))
    halves: dict[str, str] = {}
    for name in sorted(strata["163"]):
        keys = sorted(strata["163"][name])
        rng.shuffle(keys)
        start = rng.randrange(2)
        for index, key in enumerate(keys):
            halves[key] = HALVES[(start + index) % 2]
    for kind in ("zh", "en"):
        names = sorted(strata[kind])
        rng.shuffle(names)
        for index, name in enumerate(names):
            for key in strata[kind][name]:
                halves[key] = HALVES[index % 2]
    return halves
