"""Extraction in worker processes, for batches whose pages arrive faster than one core extracts them.

Extraction is CPU-bound Python (lxml releases little of the GIL on our work), so threads do not add cores;
processes do. Pages go to the workers in chunks (a process round trip per page would cost more than
small pages take to extract), at most a few chunks ahead of the consumer so memory stays bounded, and
the results come back in input order: the same records one process makes.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime
from itertools import islice

from ..errors import ExtractError, ScraperError
from ..extract import extract
from ..model import Article

__all__ = ["PageInput", "extract_in_processes", "extract_one"]

#: One page to extract: (content, url, now, content_type), the arguments of `scraper.extract`.
PageInput = tuple[bytes, str | None, datetime | None, str | None]

DEFAULT_CHUNK = 16


def extract_one(page: PageInput) -> Article | ScraperError:
    """Extract one page; a ScraperError is returned, not raised (it crosses a process boundary)."""
    content, url, now, content_type = page
    try:
        return extract(content, url, now=now, content_type=content_type)
    except ScraperError as exc:
        return exc
    except Exception as exc:  # a bug in extraction must not end a batch: record it, as the thread batch does
        return ExtractError(f"internal error: {type(exc).__name__}: {exc}", url=url)


def _extract_chunk(chunk: list[PageInput]) -> list[Article | ScraperError]:
    return [extract_one(page) for page in chunk]


def extract_in_processes(
    pages: Iterable[PageInput], workers: int, *, chunk: int = DEFAULT_CHUNK
) -> Iterator[Article | ScraperError]:
    """Extract every page, using `workers` processes; yield an Article or the ScraperError per page, in order.

    Args:
        pages: (content, url, now, content_type) per page; read lazily, a bounded window ahead.
        workers: worker processes; 1 or less extracts in this process (no pool at all).
        chunk: pages per task sent to a worker.

    Returns:
        An iterator of results in the order of `pages`. A page whose worker died (killed, out of memory)
        gives an ExtractError; the pool is restarted for the pages after it. Nothing is raised per page:
        a page's ScraperError is its result, as in the thread batch.
    """
    if workers <= 1:
        for page in pages:
            yield extract_one(page)
        return
    size = max(1, chunk)
    source = iter(pages)
    # spawn, not fork: the caller may run threads (the batch does), and a forked child inherits their locks.
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
    pending: deque[tuple[list[PageInput], Future[list[Article | ScraperError]]]] = deque()
    try:
        while True:
            while len(pending) < workers * 2:
                batch = list(islice(source, size))
                if not batch:
                    break
                pending.append((batch, pool.submit(_extract_chunk, batch)))
            if not pending:
                return
            batch, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                # Every queued task of a broken pool fails; redo them on a fresh pool, and count only the
                # chunk that was running when a worker died as failed.
                results = [ExtractError("extraction worker died", url=page[1]) for page in batch]
                pool.shutdown(wait=False, cancel_futures=True)
                pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
                requeued = [(b, pool.submit(_extract_chunk, b)) for b, _ in pending]
                pending = deque(requeued)
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
