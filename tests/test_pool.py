"""scraper.batch.pool: extraction in worker processes gives the records one process gives, and survives its
workers dying (real processes, killed with SIGKILL)."""

from __future__ import annotations

import os
import signal
from concurrent.futures import CancelledError, ThreadPoolExecutor
from datetime import datetime
from pathlib import Path

import pytest

import scraper
from scraper.batch.pool import ExtractionPool, PageInput, extract_in_processes, extract_one

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


def killing_extractor(page: PageInput) -> scraper.Article | scraper.ScraperError:
    """Runs in a worker: a page starting with KILL-ALWAYS kills its worker every time, one starting with
    KILL-ONCE:<path> the first time only (the file remembers); any other page is extracted."""
    content = page[0]
    if content.startswith(b"KILL-ALWAYS"):
        os.kill(os.getpid(), signal.SIGKILL)
    if content.startswith(b"KILL-ONCE:"):
        flag = Path(content.split(b"\n", 1)[0][len(b"KILL-ONCE:"):].decode())
        if not flag.exists():
            flag.touch()
            os.kill(os.getpid(), signal.SIGKILL)
    return extract_one(page)


def extract_all(pool: ExtractionPool, pages: list[PageInput]) -> list[scraper.Article | scraper.ScraperError]:
    """What the batch does: several fetch threads each hand a page over and wait for its result."""
    with ThreadPoolExecutor(max_workers=6) as threads:
        return list(threads.map(pool.extract, pages))


@pytest.mark.timeout(120)
def test_processes_give_the_records_of_one_process(pages: list[PageInput]) -> None:
    # chunk=2 so that several chunks go to both workers.
    with ExtractionPool(2, chunk=2) as pool:
        results = extract_all(pool, pages)
    assert _comparable(results) == _one_process(pages)


@pytest.mark.timeout(120)
def test_failures_come_back_as_errors_of_their_page(pages: list[PageInput]) -> None:
    with ExtractionPool(2, chunk=3) as pool:
        results = extract_all(pool, pages)
    assert isinstance(results[1], scraper.DecodeError)
    assert isinstance(results[3], scraper.ExtractError)
    assert isinstance(results[0], scraper.Article)


@pytest.mark.timeout(120)
def test_a_page_whose_worker_dies_once_is_retried_and_the_rest_go_on(pages: list[PageInput], tmp_path: Path) -> None:
    killer = (b"KILL-ONCE:" + str(tmp_path / "died").encode() + b"\n" + pages[0][0], *pages[0][1:])
    batch = [*pages, killer, *pages]
    with ExtractionPool(2, chunk=4, extractor=killing_extractor) as pool:
        results = extract_all(pool, batch)
    assert (tmp_path / "died").exists(), "the worker was killed once"
    # Every page, the one that killed its worker included, has the result one process gives it.
    expected = _one_process(pages)
    assert _comparable(results[: len(pages)]) == expected
    assert _comparable(results[len(pages) + 1:]) == expected
    assert isinstance(results[len(pages)], scraper.Article)


@pytest.mark.timeout(120)
def test_a_page_that_kills_its_worker_twice_fails_alone(pages: list[PageInput]) -> None:
    killer: PageInput = (b"KILL-ALWAYS", "https://example.com/killer.html", None, None)
    batch = [*pages, killer, *pages]
    with ExtractionPool(2, chunk=4, extractor=killing_extractor) as pool:
        results = extract_all(pool, batch)
    error = results[len(pages)]
    assert isinstance(error, scraper.ExtractError)
    assert "the extraction worker process died on this page 2 times" in error.message
    assert error.url == "https://example.com/killer.html"
    expected = _one_process(pages)
    assert _comparable(results[: len(pages)]) == expected
    assert _comparable(results[len(pages) + 1:]) == expected


@pytest.mark.timeout(60)
def test_closing_the_pool_cancels_what_is_left(pages: list[PageInput]) -> None:
    pool = ExtractionPool(1)
    pool.close()
    with pytest.raises(CancelledError):
        pool.extract(pages[0])


@pytest.mark.timeout(120)
def test_extract_in_processes_keeps_the_input_order(pages: list[PageInput]) -> None:
    # chunk=2 so that several chunks are in flight on both workers and the order has to be restored.
    results = list(extract_in_processes(iter(pages), workers=2, chunk=2))
    assert _comparable(results) == _one_process(pages)


def test_extract_in_processes_with_one_worker_runs_here(pages: list[PageInput]) -> None:
    assert _comparable(list(extract_in_processes(pages, workers=1))) == _one_process(pages)
    assert list(extract_in_processes([], workers=2)) == []
