"""Many URLs: threads across hosts, per-host politeness, one `Result` per URL as it finishes.

`scrape_many` is the library entry point (no files, no state). `run_batch` is what `scraper batch` runs:
a URL file in, JSON Lines out, with a resumable SQLite state (see `scraper.batch.state` for the exactly-once design).

Threads fetch and extract; with `--workers N` they hand extraction (CPU-bound) to `pool.ExtractionPool`.
"""

from __future__ import annotations

import contextlib
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
from ..extract.rules.netease import first_page_url, identity_key
from ..fetch import redact_url
from ..fetch.capture import Exchange, Recorder
from ..fetch.fetcher import Fetcher
from ..follow import follow_pages, is_paged
from ..inputs import FILE, URL, Source, looks_like_host, resolve
from ..model import Article, Page
from ..settings import Settings
from ..warc.write import WarcLog, exchange_records
from ..write import dumps, write_article
from .pool import ExtractionPool, extract_one, page_input
from .state import (
    BatchState,
    OutputLock,
    OutputLog,
    Stage,
    Status,
    open_warc,
    prepare_outputs,
    state_paths,
    write_errors,
)

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




# --- `scraper batch`: a URL file in, JSON Lines out, resumable ---------------------------------------------


@dataclass(frozen=True, slots=True)
class BatchSummary:
    """Counts over the whole state of one output (this run and earlier ones), and the files written."""

    ok: int
    failed: int
    skipped: int
    pending: int
    duplicates: int
    output: Path
    errors_path: Path
    state_path: Path

    @property
    def exit_code(self) -> int:
        """0 when every URL succeeded or was skipped by robots.txt, 1 otherwise."""
        return 0 if self.failed == 0 and self.pending == 0 else 1

    def line(self) -> str:
        """The one-line summary: "N ok, M failed, K skipped (robots)"."""
        text = f"{self.ok} ok, {self.failed} failed, {self.skipped} skipped (robots)"
        if self.duplicates:
            text += f", {self.duplicates} duplicate(s) ignored"
        if self.pending:
            text += f", {self.pending} not done (run the same command again to resume)"
        return text


def read_url_lines(
    lines: Iterable[str], *, local_files: bool = False
) -> Iterator[tuple[str, str, dict[str, Any] | None]]:
    """Parse a URL list: yield (key, url, error-or-None) per URL line; blank lines and # comments skipped.

    An unusable line is yielded with an error record (stage "input") rather than raised. The user-info of a
    line (user:password@) is replaced by ``***@`` here, before the line is stored, printed or logged anywhere.
    With `local_files`, a line may also name a saved page on disk (keyed by its absolute path) or a host and
    path without a scheme (read as https://), as `scraper.inputs.resolve` decides.
    """
    for raw in lines:
        line = redact_url(raw.strip().lstrip("\ufeff"))
        if not line or line.startswith("#"):
            continue
        try:
            yield _input_key(line, local_files), line, None
        except InputError as exc:
            yield f"input:{line}", line, {"error": type(exc).__name__, "message": exc.message}


def _input_key(line: str, local_files: bool) -> str:
    if not local_files:
        return identity_key(line)
    source = resolve(line)
    if source.is_file:
        return f"file:{Path(source.target).resolve()}"
    try:
        return identity_key(source.target)
    except InputError as exc:
        if source.kind == URL:
            raise
        raise InputError(f"read as {source.target}: {exc.message}", url=source.target) from exc


class _Distinct:
    """The entries of a URL list, each identity once; `duplicates` counts the lines left out."""

    def __init__(self, lines: Iterable[str], *, local_files: bool) -> None:
        self.lines = lines
        self.local_files = local_files
        self.duplicates = 0

    def __iter__(self) -> Iterator[tuple[str, str, dict[str, Any] | None]]:
        seen: set[str] = set()
        for key, url, error in read_url_lines(self.lines, local_files=self.local_files):
            if key in seen:
                self.duplicates += 1
                continue
            seen.add(key)
            yield key, url, error


def run_batch(
    lines: Iterable[str],
    output: Path,
    settings: Settings,
    *,
    fresh: bool = False,
    retry_failed: bool = False,
    split_dir: Path | None = None,
    split_format: str = "json",
    warc: Path | None = None,
    on_start: Callable[[int], None] | None = None,
    on_result: Callable[[Result], None] | None = None,
    fetcher: Fetcher | None = None,
    on_counts: Callable[[dict[str, int]], None] | None = None,
) -> BatchSummary:
    """Run a URL list into `output` (JSON Lines), resuming from `<output>.state.sqlite` if present.

    Args:
        lines: the input lines (URLs, saved pages, hosts without a scheme, blank lines, # comments).
        output: the JSON Lines file of records; beside it `<stem>.errors.jsonl` and `<name>.state.sqlite`.
        settings: fetch settings.
        fresh: forget earlier runs of this output and start over.
        retry_failed: run the URLs that failed before again (and robots skips, when robots are ignored).
        split_dir, split_format: also write one file per article there (named as `scraper.write.file_name`
            says), as "json", "txt" or "md".
        warc: also write every request and response to this WARC, consistent with the state (docs/warc.md).
        on_start, on_result: called with the number of URLs to do in this run / with each Result as recorded.
        fetcher: a shared `Fetcher` (politeness, robots cache) to fetch through; its owner closes it.
        on_counts: called before `on_start` with the "ok", "failed" and "skipped" counts the state holds
            already (earlier runs, unusable lines), so a progress display counts what the summary counts.

    Returns:
        The summary over the whole state.

    Raises:
        WriteError / ConfigError: an output or the state cannot be written / no longer match / is in use.
    """
    errors_path, state_path = state_paths(output)
    with OutputLock(output):  # before --fresh removes anything: a run under way keeps its files
        prepare_outputs(output, fresh=fresh, warc=warc)
        state = BatchState(state_path)
        try:
            state.add(entries := _Distinct(lines, local_files=not settings.block_private))
            if retry_failed:
                state.retry_failed(skipped_too=not settings.obey_robots)
            records = OutputLog(output, state.committed_end())
            archive = _open_archive(state, warc, settings)
            try:
                sinks = (state, records, errors_path, (split_dir, split_format), archive)
                _run_pending(sinks, settings, fetcher, (on_counts, on_start, on_result))
            except BaseException:
                # The error under way (often a full disk) is the one to report, not a second failure to write here.
                with contextlib.suppress(ScraperError):
                    _finish(records, archive, errors_path, state)
                raise
            _finish(records, archive, errors_path, state)
            return _summary(state, entries.duplicates, output, errors_path, state_path)
        finally:
            state.close()


def _summary(state: BatchState, duplicates: int, output: Path, errors_path: Path, state_path: Path) -> BatchSummary:
    """The run's summary over the whole state."""
    counts = state.counts()
    return BatchSummary(counts[Status.OK], counts[Status.FAILED], counts[Status.SKIPPED], counts[Status.PENDING],
                        duplicates, output, errors_path, state_path)


def _done_counts(state: BatchState) -> dict[str, int]:
    """What earlier runs already settled: ok, failed and skipped URLs by their stored status value."""
    counts = state.counts()
    return {status.value: counts[status] for status in (Status.OK, Status.FAILED, Status.SKIPPED)}


def _run_pending(
    sinks: tuple[BatchState, OutputLog, Path, tuple[Path | None, str], WarcLog | None],
    settings: Settings,
    fetcher: Fetcher | None,
    callbacks: tuple[
        Callable[[dict[str, int]], None] | None, Callable[[int], None] | None, Callable[[Result], None] | None
    ],
) -> None:
    """Fetch and record every URL the state still holds as pending, telling the callbacks as it goes."""
    state, _records, errors_path, _split, archive = sinks
    on_counts, on_start, on_result = callbacks
    write_errors(errors_path, state.errors())
    if on_counts is not None:
        on_counts(_done_counts(state))
    todo = state.pending()
    if on_start is not None:
        on_start(len(todo))
    jobs = run_jobs(todo, settings, fetcher, archive=archive is not None, local_files=True)
    _record_all(jobs, sinks, on_result)


def _record_all(
    jobs: Iterable[tuple[str, Result]],
    sinks: tuple[BatchState, OutputLog, Path, tuple[Path | None, str], WarcLog | None],
    on_result: Callable[[Result], None] | None,
) -> None:
    """Record each finished job in the state and the outputs, in the order the jobs finish."""
    state, records, errors_path, split, archive = sinks
    for key, result in jobs:
        recorded = _record(result, key, state, records, errors_path, split, archive)
        if on_result is not None:
            on_result(recorded)


def _finish(records: OutputLog, archive: WarcLog | None, errors_path: Path, state: BatchState) -> None:
    """Close the output and the archive, then rewrite the errors file from the state."""
    records.close()
    if archive is not None:
        archive.close()
    write_errors(errors_path, state.errors())


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


def _open_archive(state: BatchState, warc: Path | None, settings: Settings) -> WarcLog | None:
    if warc is None:
        known = state.get_meta("warc_path")
        if known is not None:
            log.warning("earlier runs of this batch wrote a WARC (%s); this run's pages are not archived "
                        "(pass --warc %s)", known, known)
        return None
    from .. import __version__

    info = {"software": f"scraper/{__version__} (warcio)", "format": "WARC File Format 1.1",
            "conformsTo": "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/",
            "robots": "obey" if settings.obey_robots else "ignore", "http-header-user-agent": settings.user_agent}
    return open_warc(state, warc, info)


def _record(result: Result, key: str, state: BatchState, records: OutputLog, errors_path: Path,
            split: tuple[Path | None, str], archive: WarcLog | None = None) -> Result:
    """Write one result where it belongs, in the order that keeps output and state exactly-once."""
    # The WARC records first: past the state's committed end until the commit below, so cut on resume if
    # the commit never happens (and the URL is fetched, and archived, again).
    warc_end = archive.append(result.warc) if archive is not None and result.warc else None
    if result.article is not None:
        record = article_record(result)
        stamp = record["scraped_at"]
        # A WriteError (full disk, unwritable directory) is not this URL's failure: it propagates and stops the
        # batch with the URL still pending, so a rerun once there is space does it (exactly once).
        split_dir, split_format = split
        if split_dir is not None:
            write_article(result.article, split_dir, extra={"input_url": result.input_url, "scraped_at": stamp},
                          output_format=split_format)
        end = records.append(record)
        state.mark_ok(key, result.url, result.attempts, end, warc_end)
        return result
    error = result.error_record()
    state.mark_error(key, result.status, error, warc_end)
    # Appended as it happens for whoever watches the file; rewritten from the state at the end anyway.
    try:
        with open(errors_path, "a", encoding="utf-8") as handle:
            handle.write(dumps({**error, "skipped": result.status == Status.SKIPPED}, compact=True) + "\n")
    except OSError as exc:
        log.warning("cannot append to %s: %s", errors_path, exc)
    return result


__all__ = [
    "BatchSummary",
    "Result",
    "article_record",
    "extract_result",
    "process",
    "read_result",
    "read_url_lines",
    "run_batch",
    "run_jobs",
    "scrape_many",
]
