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

Written pages: tests/data/written_pages/<id>.html with <id>.gold.json (the corpus gold format plus url, site,
group, encoding, template; its README) are pages the project wrote in other portals' and NetEase's templates,
with gold written independently of the extractor. They are split with the same seed (13) by a seeded coin:
other portals by site, NetEase pages in pairs (`written_halves`).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# The shared material beside the repository; SCRAPER_SHARED names another place for it, as it does for the tests.
SHARED = Path(os.environ.get("SCRAPER_SHARED") or ROOT.parent / "shared")
CORPUS = SHARED / "corpus"
OVERLAY = ROOT / "tests" / "data" / "gold"
SEED = 13
HALVES = ("A", "B")
# Keys of an overlay file that describe the file, not the page's gold.
_OWN_KEYS = frozenset({"set", "id"})


def folder_holding(pattern: str) -> Callable[[str], Path]:
    """An argparse `type` for a folder named on the command line: it must exist and hold a file matching
    `pattern` (a glob), or the option is refused with a usage error (exit 2).

    Why: a mistyped folder would otherwise be measured as an empty one, and the script would print an empty
    result and exit 0 as if all had gone well. A default (a Path, never passed through `type`) is not checked:
    the scripts say for themselves when the shared corpus beside the repository is absent.
    """

    def folder(value: str) -> Path:
        path = Path(value)
        if not path.is_dir():
            raise argparse.ArgumentTypeError(f"no such folder: {value}")
        if next(path.glob(pattern), None) is None:
            raise argparse.ArgumentTypeError(f"{value} holds no {pattern}")
        return path

    return folder


def add_corpus_option(parser: argparse.ArgumentParser) -> None:
    """The --corpus option every benchmark takes: a folder holding MANIFEST.jsonl (`folder_holding`), by
    default ../shared/corpus beside the repository."""
    parser.add_argument(
        "--corpus", type=folder_holding("MANIFEST.jsonl"), default=CORPUS, help="corpus folder (default: ../shared/corpus)"
    )


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


# --- the written pages: the project's own faithful pages of other portals, with independent gold ---------------

WRITTEN = ROOT / "tests" / "data" / "written_pages"
WRITTEN_SET = "written"


def written_pages(folder: Path = WRITTEN) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Every written page with its gold, as (manifest-like entry, gold), sorted by id.

    A page is an `<id>.gold.json` beside its `<id>.html`; the entry has the corpus manifest's keys (`set`
    "written", `id`, `file` relative to the folder, `site`, `url`, `encoding`) and `group` from the gold.
    A gold file without its page is left out (tests/test_written.py fails on it).
    """
    pages = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        page_id = gold_path.name.removesuffix(".gold.json")
        if not (folder / f"{page_id}.html").exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        entry = {
            "set": WRITTEN_SET,
            "id": page_id,
            "file": f"{page_id}.html",
            "site": gold.get("site") or "",
            "url": gold.get("url") or "",
            "encoding": gold.get("encoding") or "",
            "group": gold.get("group") or "",
        }
        pages.append((entry, gold))
    return pages


def _coin(seed: int, name: str) -> str:
    """A fair coin seeded by `seed` and `name`: the same half for the same name on every run and machine.

    random.Random seeded with a str hashes it with SHA-512, so the result does not depend on PYTHONHASHSEED.
    """
    return HALVES[random.Random(f"{seed}/{name}").randrange(2)]


def written_halves(entries: list[dict[str, Any]], seed: int = SEED) -> dict[str, str]:
    """Assign every written page to half 'A' or 'B', reproducibly and stably as pages are added.

    Other portals (group "zh") are split by site, a seeded coin per registrable domain, so no site sits in
    both halves. NetEase pages (group "163", one site) are split page by page in pairs by the number in their
    id: each pair (n01/n02, n03/n04, ...) sends one page to each half by a seeded coin. Unlike
    the corpus split's shuffle-and-deal, a coin per name does not move any page when pages are added (the
    written set grows while it is measured), so a page never changes half.

    Args:
        entries: entries from `written_pages`.
        seed: the coin's seed (13, the corpus split's seed, by default).

    Returns:
        {'written/id': 'A' or 'B'} for every entry.
    """
    halves: dict[str, str] = {}
    for entry in entries:
        number = re.search(r"\d+", str(entry["id"]))
        if entry.get("group") == "163" and number:
            # Pages 1 and 2 are a pair, 3 and 4 the next...: the odd page takes the coin's half, the even the other.
            place = int(number.group()) - 1
            first = _coin(seed, f"163-pair-{place // 2}")
            halves[page_key(entry)] = first if place % 2 == 0 else HALVES[1 - HALVES.index(first)]
        elif entry.get("group") == "163":
            halves[page_key(entry)] = _coin(seed, page_key(entry))
        else:
            halves[page_key(entry)] = _coin(seed, str(entry.get("site") or page_key(entry)))
    return halves
