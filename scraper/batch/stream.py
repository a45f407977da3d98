"""`scraper batch -o -`: a URL list in, JSON Lines on a stream out, as each page finishes.

No state and no errors file: what would resume a run lives beside an output file, and a stream has no
"beside". Duplicates are still done once; failures go to the caller (`on_result`) as they happen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..render import dumps
from ..settings import Settings
from ..write import write_article
from .run import DistinctLines, Result, article_record, run_jobs
from .state import Stage, Status, counts_line


@dataclass(slots=True)
class StreamSummary:
    """Counts of one streamed run."""

    ok: int = 0
    failed: int = 0
    skipped: int = 0
    duplicates: int = 0

    @property
    def exit_code(self) -> int:
        """0 when every URL succeeded or was skipped by robots.txt, 1 otherwise."""
        return 0 if self.failed == 0 else 1

    def line(self) -> str:
        """The one-line summary, as `scraper batch` prints it."""
        return counts_line(self.ok, self.failed, self.skipped, self.duplicates)


def stream_batch(
    lines: Iterable[str],
    write_line: Callable[[str], None],
    settings: Settings,
    *,
    split_dir: Path | None = None,
    split_format: str = "json",
    on_result: Callable[[Result], None] | None = None,
) -> StreamSummary:
    """Run a URL list and hand each record to `write_line` as one JSON line (no trailing newline).

    Args:
        lines: the input lines (URLs, saved pages, blank lines, # comments), as for `run_batch`.
        write_line: called with each record's JSON text, in completion order.
        settings: fetch settings.
        split_dir: also write one file per article there.
        split_format: the format of those files: "json", "txt" or "md".
        on_result: called with every Result, failures and skips included.

    Returns:
        The counts.

    Raises:
        WriteError: a `--split` file cannot be written.
    """
    summary = StreamSummary()

    def finish(result: Result) -> None:
        setattr(summary, result.status, getattr(summary, result.status) + 1)
        if on_result is not None:
            on_result(result)

    entries = DistinctLines(lines, local_files=not settings.block_private)

    def jobs() -> Iterator[tuple[str, str]]:  # pulled by run_jobs on this thread
        for key, line, error in entries:
            if error is None:
                yield key, line
            else:
                finish(Result(line, None, None, InputError(str(error["message"])), Stage.INPUT, Status.FAILED))

    for _, result in run_jobs(jobs(), settings, local_files=True):
        if result.article is not None:
            record = article_record(result)
            if split_dir is not None:
                extra = {"input_url": result.input_url, "scraped_at": record["scraped_at"]}
                write_article(result.article, split_dir, extra=extra, output_format=split_format)
            write_line(dumps(record, compact=True))
        finish(result)
    summary.duplicates = entries.duplicates
    return summary


__all__ = ["StreamSummary", "stream_batch"]
