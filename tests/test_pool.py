"""scraper.batch.pool: extraction in worker processes gives the records one process gives, in input order."""

from __future__ import annotations

from datetime import datetime

import pytest

import scraper
from scraper.batch.pool import PageInput, extract_in_processes

from .golden import cases

PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)


def _pages() -> list[PageInput]:
    pages: list[PageInput] = []
    for case in cases():
        if case.source.suffix != ".html":
            continue
        meta = case.meta
        now = datetime.fromisoformat(meta["now"]) if meta.get("now") else None
        pages.append((case.source.read_bytes(), meta.get("url"), now, meta.get("content_type")))
    # Failures travel back too: a binary body and a page without an article, between real pages.
    pages.insert(1, (PNG, "https://www.163.com/dy/article/AAAAAAAAAAAAAAAA.html", None, None))
    pages.insert(3, (b"<html><body><p>hi</p></body></html>", None, None, None))
    return pages


def _one_process(pages: list[PageInput]) -> list[object]:
    out: list[object] = []
    for content, url, now, content_type in pages:
        try:
            out.append(scraper.extract(content, url, now=now, content_type=content_type).to_dict())
        except scraper.ScraperError as exc:
            out.append((type(exc).__name__, str(exc)))
    return out


def _comparable(results: list[scraper.Article | scraper.ScraperError]) -> list[object]:
    return [r.to_dict() if isinstance(r, scraper.Article) else (type(r).__name__, str(r)) for r in results]


@pytest.fixture(scope="module")
def pages() -> list[PageInput]:
    found = _pages()
    assert len(found) >= 6, "expected the golden fixtures under fixtures/"
    return found


def test_processes_give_the_records_of_one_process_in_order(pages: list[PageInput]) -> None:
    # chunk=2 so that several chunks are in flight on both workers and order has to be restored.
    results = list(extract_in_processes(iter(pages), workers=2, chunk=2))
    assert _comparable(results) == _one_process(pages)


def test_failures_come_back_as_errors_at_their_place(pages: list[PageInput]) -> None:
    results = list(extract_in_processes(pages, workers=2, chunk=3))
    assert isinstance(results[1], scraper.DecodeError)
    assert isinstance(results[3], scraper.ExtractError)
    assert isinstance(results[0], scraper.Article)


def test_one_worker_runs_in_this_process(pages: list[PageInput]) -> None:
    assert _comparable(list(extract_in_processes(pages, workers=1))) == _one_process(pages)


def test_no_pages_give_no_results() -> None:
    assert list(extract_in_processes([], workers=2)) == []
