"""Ctrl-C (or SIGTERM) during `scraper crawl`: stop within moments and account for what did not finish.

Scrapy's own first Ctrl-C closes the spider gracefully, which means waiting for every download in flight with
its timeouts and retries (half a minute and more on a stalled server); the second one kills it with a traceback.
Someone pressing Ctrl-C wants it to stop. So the crawl handles the signal itself and stops the reactor at once:
every record and error line written so far is already on disk (each is fsync'd as it is appended), and nothing
in flight is recorded as failed because of the interrupt. What did not finish:

- one machine: the URLs of the list with no record and no error line yet; `run_crawl` writes them to
  `<stem>.unfinished.txt`, a URL list for the next run (`scraper crawl <stem>.unfinished.txt --append`);
- a worker of a distributed crawl: the requests it had taken from the shared queue (its in-flight list, see
  inflight.py) go back on it at once, as on a normal stop, so the next worker to run does them.
"""

from __future__ import annotations

import logging
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

from scrapy.crawler import Crawler

log = logging.getLogger(__name__)

__all__ = ["Interrupt", "interruptible"]

_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Interrupt:
    """The stop request of one crawl: set by a signal, acted on in the reactor thread."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.signalled = False
        self.requeued = 0

    def handle(self, signum: int, frame: FrameType | None) -> None:
        """The signal handler: stop once (a second signal while stopping changes nothing)."""
        if self.signalled:
            return
        self.signalled = True
        from twisted.internet import reactor

        reactor.callFromThread(self._stop)  # type: ignore[attr-defined]  # the reactor module is typed loosely

    def _stop(self) -> None:
        from twisted.internet import reactor

        self.requeued = _requeue_in_progress(self.crawler)
        # crash, not stop: stop() runs Scrapy's shutdown trigger, which waits for every download in flight.
        reactor.crash()  # type: ignore[attr-defined]


@contextmanager
def interruptible(crawler: Crawler) -> Iterator[Interrupt]:
    """Handle SIGINT and SIGTERM with an `Interrupt` for the block (the crawl), then restore the handlers."""
    interrupt = Interrupt(crawler)
    previous = {sig: signal.signal(sig, interrupt.handle) for sig in _SIGNALS}
    try:
        yield interrupt
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if interrupt.signalled:
            _stop_thread_pool()


def _stop_thread_pool() -> None:
    """End the reactor's worker threads (name lookups): the shutdown that `crash` skipped would have, and the
    interpreter waits for them before it exits."""
    from twisted.internet import reactor

    pool = getattr(reactor, "threadpool", None)
    if pool is not None:
        pool.stop()


def _requeue_in_progress(crawler: Crawler) -> int:
    """Put back on the shared queue what this worker holds (its `InflightTracker`'s list: the requests taken
    and not yet written); 0 on one machine, which has no tracker."""
    spider: Any = crawler.spider
    tracker = getattr(spider, "inflight", None)
    if tracker is None:
        return 0
    held = int(tracker.server.llen(tracker.list_key))
    tracker.close()  # what a worker's normal stop does: requeue, drop its heartbeat and registration
    if held:
        log.info("put %d request(s) in progress back on the shared queue", held)
    return held
