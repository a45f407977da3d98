"""What a running command does around its work: logging, retry lines, Ctrl-C handling and exit codes."""

from __future__ import annotations

import logging
import os
import signal
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, TypeVar

import click

from ..errors import ConfigError, ScraperError

if TYPE_CHECKING:
    from .batch import Progress


class _RetryLines(logging.Filter):
    """Lets through the fetcher's retry records (logged with extra retry=True) and warnings."""

    def filter(self, record: logging.LogRecord) -> bool:
        return bool(getattr(record, "retry", False)) or record.levelno >= logging.WARNING


def show_retries() -> None:
    """On a terminal without -v: one line per retry on stderr, so a slow failure (an HTTP 500 retried for
    seconds) is not a silent one. With -v the log says it anyway."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    handler.addFilter(_RetryLines())
    logger = logging.getLogger("scraper.fetch.client")
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    logger.propagate = False  # the root handler would print the INFO records again, with their level


def now_stamp() -> str:
    """The time now (UTC, to the second) as ISO 8601: the `scraped_at` of a record scraped here."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def interrupt_once(signum: int, frame: object) -> None:
    """The first Ctrl-C stops the batch in order (KeyboardInterrupt); a second one ends the process at once."""
    signal.signal(signal.SIGINT, _exit_at_once)
    raise KeyboardInterrupt


def _exit_at_once(signum: int, frame: object) -> None:
    # Without a traceback, and without waiting for anything: the output and the state are consistent on disk
    # at every instant (see scraper.batch.state), so this is as safe as a kill, and the next run resumes.
    os.write(2, b"\nInterrupted again: stopped at once; run the same command again to resume.\n")
    os._exit(130)


# Libraries we call that warn about pages in their own words ("discarding data: URL"); our error line says it.
_CHATTY = ("trafilatura", "htmldate", "courlan")


def configure_logging(verbose: int) -> None:
    """Log to stderr at WARNING, INFO with -v, DEBUG with -vv; without -v, chatty libraries only at ERROR."""
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    if not verbose:
        for name in _CHATTY:
            logging.getLogger(name).setLevel(logging.ERROR)


T = TypeVar("T")


def guarded(run: Callable[[], T], progress: Progress | None = None, *, resumable: bool = True) -> T:
    """Run a command's work: a ConfigError exits 2, another ScraperError 1, Ctrl-C 130, each with one line."""
    try:
        return run()
    except (ScraperError, KeyboardInterrupt) as error:
        if progress is not None:
            progress.close()
        if isinstance(error, KeyboardInterrupt):
            click.echo("Interrupted: run the same command again to resume." if resumable else "Interrupted.",
                       err=True)
            sys.exit(130)
        click.echo(f"Error: {error}", err=True)
        sys.exit(2 if isinstance(error, ConfigError) else 1)
