"""The accuracy floor on real NetEase pages: every 163.com page of ../shared/corpus that has gold.

Per page and per field the gold gives: title, publish time (at the gold's precision), source, author,
editor, a body without boilerplate paragraphs or the gold's `without` snippets, and body precision and
recall (4-gram shingles, bench.score) of at least 0.85; over all pages, mean precision and recall of
at least 0.97. A null gold field means the gold does not say, so it is not scored.

The gold is the corpus gold overlaid by the project's own annotations in tests/data/gold (bench/gold.py).
The corpus is read in place and never copied into the repository; without it these tests skip.
"""

from __future__ import annotations

import statistics
from functools import cache
from typing import Any

import pytest

import scraper
from bench.gold import CORPUS, load_gold, manifest, page_key
from bench.score import body_scores, date_matches, gold_body, leaks
from scraper.model import Article

PAGE_FLOOR = 0.85
MEAN_FLOOR = 0.97
# Lines that only ever belong to NetEase's chrome around the article, never to its body.
BOILERPLATE_MARKERS = ("相关推荐", "热点推荐", "责任编辑", "原标题", "分享至", "重点推荐", "特别声明")

pytestmark = pytest.mark.corpus
if not (CORPUS / "MANIFEST.jsonl").exists():
    pytest.skip("../shared/corpus not found beside the repository: corpus tests skipped", allow_module_level=True)


def _load_pages() -> dict[str, tuple[dict[str, Any], dict[str, Any]]]:
    """163.com manifest entries that have gold, keyed 'set/id'."""
    pages: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}
    for entry in manifest():
        gold = load_gold(entry) if entry.get("site") == "163.com" else None
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
