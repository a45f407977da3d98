"""`scraper batch --from-warc`: re-extract every HTML response of a WARC, with no network.

The records are the ones the online batch made: each page is extracted from the stored body with the stored
Content-Type, against the WARC-Date as `now` (and `scraped_at`), under the URL it was fetched from. The
output, errors file and state are a normal batch's (`scraper.batch.state`), keyed by the same identity
(`identity_key`), so a killed run resumes where it stopped and a URL archived twice is extracted once.
Responses that are not HTML pages (and revisit or truncated records) are counted by reason and skipped.
"""

from __future__ import annotations

import contextlib
import logging
from collections import Counter, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError, ScraperError
from ..extract.rules.netease import identity_key
from ..model import Article
from ..warc import Damaged, Skip, WarcPage, read_warc
from .pool import PageInput, extract_in_processes
from .run import BatchSummary, Result, record_result
from .state import (
    BatchState,
    OutputLock,
    OutputLog,
    Stage,
    Status,
    counts_line,
    prepare_outputs,
    state_paths,
    write_errors,
)

log = logging.getLogger(__name__)

__all__ = ["WarcSummary", "run_from_warc"]


@dataclass(frozen=True, slots=True)
class WarcSummary:
    """The batch counts, plus the WARC records not extracted (by reason) and where the WARC broke, if it did."""

    batch: BatchSummary
    skipped: Counter[str] = field(default_factory=Counter)
    damaged: Damaged | None = None

    @property
    def exit_code(self) -> int:
        """0 when every page extracted and the WARC read to its end, 1 otherwise."""
        return 1 if self.damaged is not None else self.batch.exit_code

    def line(self) -> str:
        """"N ok, M failed; K records skipped (a not-html, b revisit, …)"."""
        batch = self.batch
        text = counts_line(batch.ok, batch.failed, None, batch.duplicates, batch.pending)
        total = sum(self.skipped.values())
        if total:
            reasons = ", ".join(f"{count} {reason}" for reason, count in sorted(self.skipped.items()))
            text += f"; {total} record(s) skipped ({reasons})"
        if self.damaged is not None:
            text += f"; the WARC cannot be read past byte {self.damaged.offset}: {self.damaged.detail}"
        return text


def _extracted(run: _Run, workers: int) -> Iterator[tuple[str, Result]]:
    """(identity key, Result) of each usable page of the WARC, extracted in `workers` processes, in WARC order."""
    order: deque[tuple[str, str, WarcPage]] = deque()
    inputs = (_input(item, order) for item in run.pages())
    for outcome in extract_in_processes(inputs, workers):
        key, input_url, item = order.popleft()
        yield key, _result(input_url, item, outcome)


def run_from_warc(
    warc: Path,
    output: Path,
    *,
    max_bytes: int,
    workers: int = 1,
    fresh: bool = False,
    retry_failed: bool = False,
    split_dir: Path | None = None,
    split_format: str = "json",
    on_result: Callable[[Result], None] | None = None,
) -> WarcSummary:
    """Extract every HTML response of `warc` into `output` (JSON Lines), resuming from its state if present.

    Args:
        warc: a WARC file (gzip per record or uncompressed; ours or another tool's).
        output: the JSON Lines file; beside it `<stem>.errors.jsonl` and `<name>.state.sqlite`.
        max_bytes: the largest body, decompressed; a larger one is skipped ("too-large").
        workers: processes for extraction (1: in this process).
        fresh: forget earlier runs of this output and start over.
        retry_failed: extract the pages that failed before again.
        split_dir, split_format: also write one file per article there, as "json", "txt" or "md".
        on_result: called with each Result as it is recorded.

    Returns:
        The summary (counts by reason of the records skipped, and whether the file was damaged).

    Raises:
        InputError: the file cannot be read, or is not a WARC at all.
        WriteError / ConfigError: as `run_batch`.
    """
    errors_path, state_path = state_paths(output)
    with OutputLock(output):  # as in run_batch
        prepare_outputs(output, fresh=fresh)
        state = BatchState(state_path)
        run = _Run(state, warc, max_bytes)
        try:
            if retry_failed:
                state.retry_failed(skipped_too=True)
            records = OutputLog(output, state.committed_end())
            try:
                write_errors(errors_path, state.errors())
                for key, result in _extracted(run, workers):
                    record_result(result, key, state, records, errors_path, (split_dir, split_format))
                    if on_result is not None:
                        on_result(result)
            finally:
                records.close()
                with contextlib.suppress(ScraperError):
                    write_errors(errors_path, state.errors())
            batch = BatchSummary.from_state(state, run.duplicates, (output, errors_path, state_path))
        finally:
            state.close()
    return WarcSummary(batch, run.skipped, run.damaged)


class _Run:
    """The walk over the WARC: what to extract, what was skipped and why."""

    def __init__(self, state: BatchState, warc: Path, max_bytes: int) -> None:
        self.state = state
        self.warc = warc
        self.max_bytes = max_bytes
        self.skipped: Counter[str] = Counter()
        self.damaged: Damaged | None = None
        self.duplicates = 0
        self._seen: set[str] = set()
        self._read = 0

    def pages(self) -> Iterator[tuple[str, str, WarcPage]]:
        """(key, input_url, page) for each HTML response still to extract, in file order."""
        for item in read_warc(self.warc, max_bytes=self.max_bytes):
            if isinstance(item, Damaged):
                if self._read == 0 and item.offset == 0:
                    raise InputError(f"not a readable WARC: {item.detail}", url=str(self.warc))
                log.warning("%s: cannot read past byte %d: %s", self.warc, item.offset, item.detail)
                self.damaged = item
                return
            self._read += 1
            if isinstance(item, Skip):
                self._skip(item.url, item.reason, item.detail)
                continue
            try:
                key = identity_key(item.page.final_url)
            except InputError as exc:
                self._skip(item.page.final_url, "bad-url", exc.message)
                continue
            if key in self._seen:
                self.duplicates += 1
                continue
            self._seen.add(key)
            input_url = item.input_url or item.page.final_url
            self.state.add([(key, input_url, None)])
            if self.state.status(key) == Status.PENDING:  # else done by an earlier run of this output
                yield key, input_url, item

    def _skip(self, url: str | None, reason: str, detail: str) -> None:
        self.skipped[reason] += 1
        log.info("skipped %s (%s): %s", url, reason, detail)


def _input(item: tuple[str, str, WarcPage], order: deque[tuple[str, str, WarcPage]]) -> PageInput:
    # The pool gives results back in input order: remember which page each one is.
    order.append(item)
    page = item[2].page
    return page.content, page.final_url, page.fetched_at, page.content_type


def _result(input_url: str, item: WarcPage, outcome: Article | ScraperError) -> Result:
    # attempts 0: nothing was sent. fetched_at is the WARC-Date, so `scraped_at` is the online run's too.
    page = item.page
    if isinstance(outcome, ScraperError):
        return Result(input_url, page.final_url, None, outcome, Stage.EXTRACT, Status.FAILED, 0, page.status,
                      page.fetched_at)
    return Result(input_url, page.final_url, outcome, None, Stage.DONE, Status.OK, 0, page.status, page.fetched_at)
