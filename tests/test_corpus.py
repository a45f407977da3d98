"""Accuracy floors on the real pages of ../shared/corpus that have gold.

163.com pages, per page and per field the gold gives: title, publish time (at the gold's precision), source,
author, editor, a body without boilerplate paragraphs or the gold's `without` snippets, and body precision
and recall (4-gram shingles, bench.score) of at least 0.97; over all of them, mean precision and recall of
at least 0.99. The same pages read with every site rule off (the generic path alone) keep a mean F1 of
0.97 and leak at most 3 % of the gold's boilerplate snippets. A null gold field means the gold does not say,
so it is not scored.

Every page with gold (163.com, the other Chinese pages, the English pages) also holds the floor that
tests/corpus_floors.json records for it: today's body F1 minus a small margin, and the title, date and
no-leak results it gets right today; each group holds its mean precision, recall and F1. The file is
written by `python -m bench.floors`, which scores pages exactly as bench/eval.py does.

The gold is the corpus gold overlaid by the project's own annotations in tests/data/gold (bench/gold.py).
The corpus is read in place and never copied into the repository; without it these tests skip (they fail
under SCRAPER_REQUIRE_SHARED=1, see conftest.shared).
"""
from __future__ import annotations

import json
import statistics
from functools import cache
from typing import Any

import pytest

import scraper
from bench.eval import PageResult, load_pages
from bench.floors import FLOORS, means_below, measure, missed
from bench.gold import load_gold, manifest, page_key
from bench.score import body_scores, date_matches, fuzzy_leaks, gold_body, leaks
from scraper.model import Article

from .conftest import shared

# Every 163.com page scores P and R >= .991 today and the means are 1.000; these leave a small margin.
PAGE_FLOOR = 0.97
MEAN_FLOOR = 0.99
# Lines that only ever belong to NetEase's chrome around the article, never to its body.
BOILERPLATE_MARKERS = ("相关推荐", "热点推荐", "责任编辑", "原标题", "分享至", "重点推荐", "特别声明")

pytestmark = pytest.mark.corpus
CORPUS = shared("corpus", "MANIFEST.jsonl").parent


def _load_pages() -> dict[str, tuple[dict[str, Any], dict[str, Any]]]:
    """163.com manifest entries that have gold, keyed 'set/id'."""
    pages: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}
    for entry in manifest(CORPUS):
        gold = load_gold(entry, CORPUS) if entry.get("site") == "163.com" else None
        if gold is not None:
            pages[page_key(entry)] = (entry, gold)
    return pages


PAGES = _load_pages()


def _with_gold(key: str) -> list[str]:
    """Pages whose gold gives the field."""
    return [page for page, (_, gold) in PAGES.items() if gold.get(key)]


@cache
def extracted(page: str) -> Article:
    """Our extraction of one corpus page (once per page for the whole session)."""
    entry, _ = PAGES[page]
    return scraper.extract((CORPUS / entry["file"]).read_bytes(), entry.get("url") or None)


def gold_of(page: str) -> dict[str, Any]:
    return PAGES[page][1]


def test_corpus_has_the_163_pages() -> None:
    # A shrinking selection would quietly lower the floor.
    assert len(PAGES) >= 79


@pytest.mark.parametrize("page", _with_gold("title"))
def test_title(page: str) -> None:
    assert extracted(page).title == gold_of(page)["title"]


@pytest.mark.parametrize("page", _with_gold("published_at"))
def test_published_at(page: str) -> None:
    gold = gold_of(page)
    precision = gold.get("published_precision") or "second"
    got = extracted(page).published_at
    assert date_matches(got, gold["published_at"], precision), f"{got!r} vs gold {gold['published_at']!r} ({precision})"


@pytest.mark.parametrize("page", _with_gold("source"))
def test_source(page: str) -> None:
    assert extracted(page).source == gold_of(page)["source"]


@pytest.mark.parametrize("page", _with_gold("author"))
def test_author(page: str) -> None:
    assert extracted(page).author == gold_of(page)["author"]


@pytest.mark.parametrize("page", _with_gold("editor"))
def test_editor(page: str) -> None:
    assert extracted(page).editor == gold_of(page)["editor"]


@pytest.mark.parametrize("page", list(PAGES))
def test_no_boilerplate_paragraph(page: str) -> None:
    offending = [p for p in extracted(page).paragraphs if any(marker in p for marker in BOILERPLATE_MARKERS)]
    assert offending == []


@pytest.mark.parametrize("page", _with_gold("without"))
def test_no_gold_boilerplate_leaks(page: str) -> None:
    assert leaks(extracted(page).text, gold_of(page)["without"]) == []


@pytest.mark.parametrize("page", [p for p in PAGES if gold_body(gold_of(p)).strip()])
def test_body_precision_and_recall(page: str) -> None:
    precision, recall, _ = body_scores(extracted(page).text, gold_body(gold_of(page)))
    assert precision >= PAGE_FLOOR and recall >= PAGE_FLOOR, f"P={precision:.3f} R={recall:.3f}"


def test_mean_body_precision_and_recall() -> None:
    scores = [
        body_scores(extracted(page).text, gold_body(gold)) for page, (_, gold) in PAGES.items() if gold_body(gold).strip()
    ]
    mean_precision = statistics.fmean(s[0] for s in scores)
    mean_recall = statistics.fmean(s[1] for s in scores)
    assert mean_precision >= MEAN_FLOOR and mean_recall >= MEAN_FLOOR, f"P={mean_precision:.4f} R={mean_recall:.4f}"


# --- the generic path alone on NetEase pages (rules=False): how a template no rule was written for fares ------

# bench.eval's scraper-norules row today (F1 .982, leak .009 of the snippets), less a small margin; the issue's
# bar is F1 >= .95 and leak <= .05.
RULES_OFF_F1 = 0.97
RULES_OFF_LEAK = 0.03


@cache
def extracted_without_rules(page: str) -> Article:
    """Our extraction of one 163.com corpus page with every site rule off."""
    entry, _ = PAGES[page]
    return scraper.extract((CORPUS / entry["file"]).read_bytes(), entry.get("url") or None, rules=False)


def test_generic_path_reads_netease_pages_without_their_rules() -> None:
    with_body = [page for page in PAGES if gold_body(gold_of(page)).strip()]
    f1 = statistics.fmean(
        body_scores(extracted_without_rules(page).text, gold_body(gold_of(page)))[2] for page in with_body
    )
    snippets = [(page, s) for page in PAGES for s in gold_of(page).get("without") or []]
    leaked = [(page, s) for page, s in snippets if fuzzy_leaks(extracted_without_rules(page).text, [s])]
    assert f1 >= RULES_OFF_F1, f"mean F1 {f1:.4f}"
    assert len(leaked) <= RULES_OFF_LEAK * len(snippets), leaked


# --- floors on every page with gold: a regression on any page fails -----------------------------------------

FLOOR_FILE: dict[str, Any] = json.loads(FLOORS.read_text(encoding="utf-8"))
ALL_PAGES = {page_key(entry): (entry, gold) for entry, gold in load_pages(CORPUS, None, None)}


@cache
def measured(page: str) -> PageResult:
    """Our scores on one page, as bench/eval.py computes them (once per page for the whole session)."""
    entry, gold = ALL_PAGES[page]
    return measure(CORPUS, entry, gold)


def test_every_page_with_gold_has_a_floor() -> None:
    # A page without a floor could regress unseen; a floor without its page would never be checked.
    # New gold (a corpus page or an overlay in tests/data/gold): run `python -m bench.floors` and read the diff.
    assert sorted(FLOOR_FILE["pages"]) == sorted(ALL_PAGES)


def test_floors_cover_every_group() -> None:
    counts = {group: sum(1 for f in FLOOR_FILE["pages"].values() if f["group"] == group) for group in ("163", "zh", "en")}
    assert counts["163"] >= 79 and counts["zh"] >= 55 and counts["en"] >= 80, counts


@pytest.mark.parametrize("page", sorted(FLOOR_FILE["pages"]))
def test_page_holds_its_floor(page: str) -> None:
    if page not in ALL_PAGES:
        pytest.fail(f"{page} has a floor but is not in the corpus manifest with gold")
    assert missed(FLOOR_FILE["pages"][page], measured(page)) == []


@pytest.mark.parametrize("group", sorted(FLOOR_FILE["groups"]))
def test_group_means_hold_their_floor(group: str) -> None:
    results = [measured(page) for page, floor in FLOOR_FILE["pages"].items() if floor["group"] == group]
    assert means_below(FLOOR_FILE["groups"][group], results) == {}, FLOOR_FILE["groups"][group]
