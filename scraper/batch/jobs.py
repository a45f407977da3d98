"""Many URLs: threads across hosts, per-host politeness, one `Result` per URL as it finishes.

`process` fetches and extracts one URL into a `Result` (never raising for the URL's own failure); `run_jobs`
runs many on threads, starting a job only when its host has a free politeness slot; `scrape_many` is the library
entry point (no files, no state). `scraper.batch.run` records these Results into a resumable output.

Threads fetch and extract; with `--workers N` they hand extraction (CPU-bound) to `pool.ExtractionPool`.
"""

from __future__ import annotations

import logging
import os
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

from ..api import extract_saved, read_local
from ..errors import ConfigError, ExtractError, FetchError, InputError, RobotsError, ScraperError
from ..extract.rules.netease import first_page_url
from ..fetch import redact_url
from ..fetch.capture import Exchange, Recorder
from ..fetch.fetcher import Fetcher
from ..follow import follow_pages, is_paged
from ..inputs import FILE, URL, Source, looks_like_host, resolve
from ..model import Article, Page
from ..settings import Settings
from ..warc.write import exchange_records
from .pool import ExtractionPool, extract_one, page_input
from .state import Stage, Status

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Result:
    """What became of one URL.

    Attributes:
        input_url: the URL as given.
        url: the final URL after redirects (None when never fetched).
        article: the record, when `status` is "ok".
        error: the ScraperError, when `status` is "failed" or "skipped".
        stage: where it ended: "done", or "input" / "robots" / "fetch" / "extract" / "write".
        status: "ok", "failed", or "skipped" (robots.txt disallows it).
        attempts: HTTP attempts (1 plus retries); 0 when nothing was sent.
        http_status: the last HTTP status, when there was one.
        fetched_at: when the response arrived (aware UTC).
        warc: the URL's WARC records (request/response pairs, gzip members) when the batch archives, else b"".
        input_kind: what the input was: "url", "file" (a saved page read from disk) or "https-assumed" (a host
            and path without a scheme, fetched as https://).
        size: bytes of the page body (decompressed) when one was fetched or read.
        elapsed: seconds this URL took in the batch, fetch (retries included) and extraction.
    """

    input_url: str
    url: str | None
    article: Article | None
    error: ScraperError | None
    stage: Stage
    status: Status
    attempts: int = 0
    http_status: int | None = None
    fetched_at: datetime | None = None
    warc: bytes = b""
    input_kind: str = URL
    size: int | None = None
    elapsed: float | None = None

    @property
    def ok(self) -> bool:
        """True when the article was extracted."""
        return self.status == Status.OK

    def error_record(self) -> dict[str, Any]:
        """The errors-file record: input_url, url, stage, error type, message, HTTP status, attempts."""
        error = self.error
        return {
            "input_url": redact_url(self.input_url),
            "url": self.url or (error.url if error else None),
            "stage": self.stage,
            "error": type(error).__name__ if error else None,
            "message": error.message if error else None,
            "status": self.http_status,
            "attempts": self.attempts,
        }


class _Context:
    """What the threads of one batch share: a `Fetcher` (Sessions, politeness, robots cache, stop signal) and
    the extraction processes."""

    def __init__(
        self, settings: Settings, fetcher: Fetcher | None = None, archive: bool = False, *, local_files: bool = False
    ) -> None:
        self.settings = settings
        # Inputs may name saved pages on disk (a user's own URL list), never when URLs come from others.
        self.local_files = local_files and not settings.block_private
        self.archive = archive  # keep each URL's exchanges as WARC records (scraper.warc)
        # A fetcher handed in (discovery ran through it first) is shared and closed by its owner.
        self._own_fetcher = fetcher is None
        self.fetcher = fetcher or Fetcher(settings)
        # With --workers N, extraction (CPU-bound) runs in N processes; the fetch threads hand each page over
        # and wait for its record, so fetching stays polite and extraction gets the cores.
        self._pool = ExtractionPool(settings.workers) if settings.workers > 1 else None

    def extract(self, page: Page) -> Article | ScraperError:
        """Extract a fetched page, in a worker process when the batch has them."""
        if self._pool is None:
            return extract_one(page_input(page))
        return self._pool.extract(page_input(page))

    def close(self, *, stopping: bool) -> None:
        """Release the Sessions and the worker processes; when `stopping` (Ctrl-C, the consumer broke off),
        first end every wait and every request in flight: what they were doing is never recorded, so those
        URLs stay pending."""
        if stopping:
            self.fetcher.stop.set()
        if self._pool is not None:
            self._pool.close()
        if self._own_fetcher:
            self.fetcher.close()


def process(input_url: str, context: _Context) -> Result:
    """Fetch and extract one URL; every outcome is a Result (timed), with its WARC records if archiving.

    Raises:
        Stopped: the batch is stopping; the URL has no outcome (and stays pending in a resumable batch).
    """
    started = time.monotonic()
    result = _archived(input_url, context)
    return replace(result, elapsed=time.monotonic() - started)


def _archived(input_url: str, context: _Context) -> Result:
    if not context.archive:
        return _process(input_url, context)
    exchanges: list[Exchange] = []
    later: list[Exchange] = []  # the other pages of a paged article, archived after the first page's
    result = _process(input_url, context, exchanges.append, later.append)
    if not exchanges:
        return result
    # The final response is dated with the page's fetched_at: re-extraction then uses the very same `now`.
    warc = exchange_records(exchanges, input_url=input_url, final_at=result.fetched_at)
    return replace(result, warc=warc + exchange_records(later) if later else warc)


def _process(input_url: str, context: _Context, record: Recorder | None = None,
             record_later: Recorder | None = None) -> Result:
    """Fetch and extract one URL (or, when the context allows, read a saved page); never raises."""
    source = Source(input_url, URL, input_url)
    if context.local_files:
        try:
            source = resolve(input_url)
        except InputError as exc:
            return Result(input_url, None, None, exc, Stage.INPUT, Status.FAILED)
        if source.is_file:
            return read_result(source)
    result = _fetch_result(source.target, context, record, record_later)
    return replace(result, input_url=input_url, input_kind=source.kind) if source.kind != URL else result


def _fetch_result(input_url: str, context: _Context, record: Recorder | None = None,
                  record_later: Recorder | None = None) -> Result:
    follow = context.settings.follow_pages
    try:
        # A later page of a paged article (<ID>_2.html) is scraped as its first page, whole.
        page = context.fetcher.fetch(first_page_url(input_url) if follow else input_url, context.settings,
                                     record=record)
    except InputError as exc:
        return Result(input_url, None, None, exc, Stage.INPUT, Status.FAILED)
    except RobotsError as exc:
        return Result(input_url, exc.url, None, exc, Stage.ROBOTS, Status.SKIPPED, exc.attempts, exc.status)
    except FetchError as exc:
        return Result(input_url, None, None, exc, Stage.FETCH, Status.FAILED, exc.attempts, exc.status)
    except ScraperError as exc:
        return Result(input_url, None, None, exc, Stage.FETCH, Status.FAILED)
    result = extract_result(input_url, page, context.extract)
    if follow and result.article is not None and is_paged(result.article):
        article = follow_pages(result.article,
                               lambda url: context.fetcher.fetch(url, context.settings, record=record_later),
                               context.settings)
        result = replace(result, article=article)
    return result


def extract_result(
    input_url: str, page: Page, extractor: Callable[[Page], Article | ScraperError] | None = None
) -> Result:
    """Extract a fetched page into a Result (stage "done", or "extract" with the error).

    Shared by the thread batch and the Scrapy pipeline (`scraper.crawl`), so both record the same outcomes.
    `extractor` defaults to `pool.extract_one` in this thread, where extraction errors are translated.
    """
    outcome = extractor(page) if extractor is not None else extract_one(page_input(page))
    if isinstance(outcome, ScraperError):
        if outcome.__cause__ is not None:  # a bug in extraction, recorded as an ExtractError: log its traceback
            log.error("extraction crashed on %s", page.final_url, exc_info=outcome.__cause__)
        return Result(input_url, page.final_url, None, outcome, Stage.EXTRACT, Status.FAILED, page.attempts,
                      page.status, page.fetched_at, size=len(page.content))
    return Result(input_url, page.final_url, outcome, None, Stage.DONE, Status.OK, page.attempts, page.status,
                  page.fetched_at, size=len(page.content))


def read_result(source: Source) -> Result:
    """Read and extract a saved page named in the input (stage "input" or "extract" on failure); never raises."""
    try:
        article = extract_saved(read_local(Path(source.target)))
    except InputError as exc:
        return Result(source.given, None, None, exc, Stage.INPUT, Status.FAILED, input_kind=FILE)
    except ScraperError as exc:
        return Result(source.given, None, None, exc, Stage.EXTRACT, Status.FAILED, input_kind=FILE)
    except Exception as exc:  # as in extract_result: a bug in extraction must not end the batch
        log.exception("extraction crashed on %s", source.target)
        error = ExtractError(f"internal error: {type(exc).__name__}: {exc}", url=source.target)
        error.__cause__ = exc
        return Result(source.given, None, None, error, Stage.EXTRACT, Status.FAILED, input_kind=FILE)
    return Result(source.given, article.url, article, None, Stage.DONE, Status.OK, input_kind=FILE)


def run_jobs(
    jobs: Iterable[tuple[T, str]],
    settings: Settings,
    fetcher: Fetcher | None = None,
    *,
    archive: bool = False,
    local_files: bool = False,
) -> Iterator[tuple[T, Result]]:
    """Process (tag, url) jobs on `settings.concurrency` threads; yield (tag, Result) as each finishes.

    A job is started only when its host has a free politeness slot, so threads are not all parked
    behind one slow host while others wait. Input is read lazily, a bounded window ahead. A `fetcher`
    given shares its pace and robots cache with earlier requests (discovery); the caller closes it. With
    `archive`, each Result carries its URL's WARC records (`Result.warc`). With `local_files` (and not
    `block_private`), a job may name a saved page on disk or a host without a scheme (see `scraper.inputs`).
    """
    context = _Context(settings, fetcher, archive, local_files=local_files)
    try:
        yield from _schedule(iter(jobs), settings, lambda url: process(url, context))
    except BaseException:  # Ctrl-C, a failed write, or the consumer broke off (GeneratorExit)
        context.close(stopping=True)
        raise
    context.close(stopping=False)


def _schedule(
    jobs: Iterator[tuple[T, str]], settings: Settings, work: Callable[[str], Result]
) -> Iterator[tuple[T, Result]]:
    window = max(64, settings.concurrency * 8)
    waiting: deque[tuple[T, str, str]] = deque()
    busy: Counter[str] = Counter()
    running: dict[Future[Result], tuple[T, str]] = {}
    exhausted = False
    pool = ThreadPoolExecutor(max_workers=max(1, settings.concurrency), thread_name_prefix="scraper")
    try:
        while True:
            while not exhausted and len(waiting) < window:
                try:
                    tag, url = next(jobs)
                except StopIteration:
                    exhausted = True
                    break
                waiting.append((tag, url, _bucket(url)))
            while waiting and len(running) < settings.concurrency:
                index = next((i for i, item in enumerate(waiting) if busy[item[2]] < settings.per_host_concurrency),
                             None)
                if index is None:
                    break
                tag, url, host = waiting[index]
                del waiting[index]
                busy[host] += 1
                running[pool.submit(work, url)] = (tag, host)
            if not running:
                if exhausted and not waiting:
                    return
                continue
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                tag, host = running.pop(future)
                busy[host] -= 1
                yield tag, future.result()
    finally:
        # Stopped early (Ctrl-C, the consumer broke off): drop queued work; run_jobs stops the running fetches.
        pool.shutdown(wait=False, cancel_futures=True)


def _bucket(url: str) -> str:
    """The politeness slot of a job: its host (also for a host without a scheme); a saved page has its own."""
    if "://" in url:
        return (urlsplit(url).hostname or "").lower()
    first = url.split("/", 1)[0]
    return first.split(":", 1)[0].lower() if looks_like_host(first) else f"file:{url}"


def scrape_many(urls: Iterable[str], *, settings: Settings | None = None, **options: Any) -> Iterator[Result]:
    """Fetch and extract many URLs concurrently, politely; yield one Result per URL as it finishes.

    Every URL given gets a Result (a bad URL is a failed Result at stage "input", not an exception);
    results come in completion order, not input order. Duplicates are not removed here (`run_batch` does).

    Args:
        urls: http(s) URLs (read lazily).
        settings: base settings; `Settings()` when None.
        **options: Settings fields to override, e.g. concurrency=4, per_host_delay=0.5, obey_robots=False.

    Returns:
        An iterator of Result.

    Raises:
        ConfigError: an unknown option, or `urls` given as one string (its characters would be the URLs).
    """
    if isinstance(urls, str | bytes):
        raise ConfigError("scrape_many takes an iterable of URLs, not one string: use scrape, or [url]")
    try:
        items = iter(urls)
    except TypeError:
        raise ConfigError(f"scrape_many takes an iterable of URLs, got {type(urls).__name__}") from None
    settings = (settings or Settings()).with_options(**options)
    for _, result in run_jobs(((url, url) for url in map(_as_text, items)), settings):
        yield result


def _as_text(url: object) -> str:
    """An item of `scrape_many`'s iterable as text: a path as its path, anything else not text as what it
    prints (None, a number), which then fails as an input of its own instead of ending the whole run."""
    if isinstance(url, str):
        return url
    if isinstance(url, os.PathLike):
        return os.fsdecode(url)  # a path object may give bytes, which str() would spell as "b'...'"
    return str(url)


def article_record(result: Result) -> dict[str, Any]:
    """The output line of a successful Result: the article record with `url` the final URL, `input_url` and
    `input_kind` after it, and `scraped_at` (when the response arrived, UTC) last.

    Raises:
        ValueError: the Result holds no article.
    """
    if result.article is None:
        raise ValueError("article_record needs a Result with an article")
    record = result.article.to_dict()
    stamp = (result.fetched_at or datetime.now(UTC)).isoformat(timespec="seconds")
    return {"url": result.url, "input_url": result.input_url, "input_kind": result.input_kind,
            **{k: v for k, v in record.items() if k != "url"}, "scraped_at": stamp}


__all__ = [
    "Result",
    "article_record",
    "extract_result",
    "process",
    "read_result",
    "run_jobs",
    "scrape_many",
]
