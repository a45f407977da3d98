"""`scraper batch`: a URL file in, JSON Lines out, with a resumable SQLite state.

`run_batch` reads a URL list (`read_url_lines`), runs what the state still holds as pending through
`jobs.run_jobs`, and records each `Result` in the output, the errors file, the optional WARC and the state
(see `scraper.batch.state` for the exactly-once design). The per-URL names (`Result`, `scrape_many`,
`extract_result`, ...) live in `scraper.batch.jobs` and are importable from here as well.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError, ScraperError
from ..extract.rules.netease import identity_key
from ..fetch import redact_url
from ..fetch.fetcher import Fetcher
from ..inputs import URL, resolve
from ..settings import Settings
from ..warc.write import WarcLog
from ..write import dumps, write_article
from .jobs import Result, article_record, extract_result, process, read_result, run_jobs, scrape_many
from .state import (
    BatchState,
    OutputLock,
    OutputLog,
    Status,
    counts_line,
    open_warc,
    prepare_outputs,
    state_paths,
    write_errors,
)

log = logging.getLogger(__name__)


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

    @classmethod
    def from_state(cls, state: BatchState, duplicates: int, paths: tuple[Path, Path, Path]) -> BatchSummary:
        """The summary over the whole of `state`, with the run's `duplicates` and its (output, errors, state)
        `paths`."""
        counts = state.counts()
        return cls(counts[Status.OK], counts[Status.FAILED], counts[Status.SKIPPED], counts[Status.PENDING],
                   duplicates, *paths)

    @property
    def exit_code(self) -> int:
        """0 when every URL succeeded or was skipped by robots.txt, 1 otherwise."""
        return 0 if self.failed == 0 and self.pending == 0 else 1

    def line(self) -> str:
        """The one-line summary: "N ok, M failed, K skipped (robots)"."""
        return counts_line(self.ok, self.failed, self.skipped, self.duplicates, self.pending)


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


class DistinctLines:
    """The entries of a URL list (`read_url_lines`), each identity once; `duplicates` counts the lines left out.
    A file's run and a streamed run alike do each page once."""

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
            state.add(entries := DistinctLines(lines, local_files=not settings.block_private))
            if retry_failed:
                state.retry_failed(skipped_too=not settings.obey_robots)
            records = OutputLog(output, state.committed_end())
            archive = _open_archive(state, warc, settings)
            sinks = (state, records, errors_path, (split_dir, split_format), archive)
            _run_and_finish(sinks, settings, fetcher, (on_counts, on_start, on_result))
            return BatchSummary.from_state(state, entries.duplicates, (output, errors_path, state_path))
        finally:
            state.close()


def _done_counts(state: BatchState) -> dict[str, int]:
    """What earlier runs already settled: ok, failed and skipped URLs by their stored status value."""
    counts = state.counts()
    return {status.value: counts[status] for status in (Status.OK, Status.FAILED, Status.SKIPPED)}


# Where a run records its results: the state, the records, the errors file, the split files' (directory, format)
# and the archive; and whom it tells: on_counts, on_start and on_result of `run_batch`.
_Sinks = tuple[BatchState, OutputLog, Path, tuple[Path | None, str], WarcLog | None]
_Callbacks = tuple[
    Callable[[dict[str, int]], None] | None, Callable[[int], None] | None, Callable[[Result], None] | None
]


def _run_and_finish(sinks: _Sinks, settings: Settings, fetcher: Fetcher | None, callbacks: _Callbacks) -> None:
    """`_run_pending`, then close the outputs and rewrite the errors file (`_finish`), also when the run fails."""
    state, records, errors_path, _split, archive = sinks
    try:
        _run_pending(sinks, settings, fetcher, callbacks)
    except BaseException:
        # The error under way (often a full disk) is the one to report, not a second failure to write here.
        with contextlib.suppress(ScraperError):
            _finish(records, archive, errors_path, state)
        raise
    _finish(records, archive, errors_path, state)


def _run_pending(sinks: _Sinks, settings: Settings, fetcher: Fetcher | None, callbacks: _Callbacks) -> None:
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
    jobs: Iterable[tuple[str, Result]], sinks: _Sinks, on_result: Callable[[Result], None] | None
) -> None:
    """Record each finished job in the state and the outputs, in the order the jobs finish."""
    state, records, errors_path, split, archive = sinks
    for key, result in jobs:
        recorded = record_result(result, key, state, records, errors_path, split, archive)
        if on_result is not None:
            on_result(recorded)


def _finish(records: OutputLog, archive: WarcLog | None, errors_path: Path, state: BatchState) -> None:
    """Close the output and the archive, then rewrite the errors file from the state."""
    records.close()
    if archive is not None:
        archive.close()
    write_errors(errors_path, state.errors())


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


def record_result(result: Result, key: str, state: BatchState, records: OutputLog, errors_path: Path,
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
    "DistinctLines",
    "Result",
    "article_record",
    "extract_result",
    "process",
    "read_result",
    "read_url_lines",
    "record_result",
    "run_batch",
    "run_jobs",
    "scrape_many",
]
