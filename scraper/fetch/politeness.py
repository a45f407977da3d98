"""Per-host politeness: how many requests may be in flight to one host, and how far apart they start.

Every request to a host goes through `HostLimiter.slot(host)`: article pages, retries, redirect hops and
robots.txt alike, so a server sees the configured pace whatever the fetcher is doing (robots.txt holds a slot
but does not delay the page after it). A server that
asks us to wait (429 / 503 with Retry-After) pushes the host's next start back for every thread.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from ..errors import ConfigError


@dataclass
class _HostState:
    semaphore: threading.BoundedSemaphore
    lock: threading.Lock = field(default_factory=threading.Lock)
    # Earliest time (clock units) the next request may start: last start + delay.
    next_start: float = 0.0
    # Earliest time any request may start, set by Retry-After / backoff; checked again after sleeping.
    not_before: float = 0.0


class HostLimiter:
    """Cap the requests in flight per host and space their starts by at least `delay` seconds.

    Thread-safe; one limiter is shared by every thread of a batch. Hosts are keyed by host name (not port):
    two ports of one machine are one server to be polite to.
    """

    def __init__(
        self,
        per_host: int = 1,
        delay: float = 1.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        """Create a limiter.

        Args:
            per_host: requests allowed in flight at once to one host (at least 1).
            delay: minimum seconds between the starts of two requests to one host.
            clock: monotonic clock (seconds).
            sleep: how to wait.

        Raises:
            ConfigError: per_host < 1 or delay < 0.
        """
        if per_host < 1:
            raise ConfigError(f"per-host concurrency must be at least 1, got {per_host}")
        if delay < 0:
            raise ConfigError(f"per-host delay cannot be negative, got {delay}")
        self.per_host = per_host
        self.delay = delay
        self._clock = clock
        self._sleep = sleep
        self._hosts: dict[str, _HostState] = {}
        self._lock = threading.Lock()

    def _state(self, host: str) -> _HostState:
        key = host.lower()
        with self._lock:
            state = self._hosts.get(key)
            if state is None:
                state = _HostState(semaphore=threading.BoundedSemaphore(self.per_host))
                self._hosts[key] = state
            return state

    @contextmanager
    def slot(self, host: str, *, paced: bool = True) -> Iterator[None]:
        """Hold one of the host's in-flight slots, starting no sooner than the delay allows.

        The slot is held for the whole request, body included, and released on exit. The first request to a
        host never waits. `paced=False` (robots.txt) holds a slot and honours a Retry-After but does not push
        the next request back by the delay: one small file fetched before the first page is what a browser
        does, and a one-page `scrape` should not wait a second for it.
        """
        state = self._state(host)
        state.semaphore.acquire()
        try:
            with state.lock:
                # Reserve a start time under the lock so concurrent threads get distinct, spaced starts.
                start = max(self._clock(), state.next_start, state.not_before)
                if paced:
                    state.next_start = start + self.delay
            self._wait_until(start)
            while True:
                # A Retry-After may have arrived while we slept (per_host > 1): honour it too.
                with state.lock:
                    later = state.not_before
                if later <= self._clock():
                    break
                self._wait_until(later)
                with state.lock:
                    state.next_start = max(state.next_start, self._clock() + self.delay * paced)
            yield
        finally:
            state.semaphore.release()

    def defer(self, host: str, seconds: float) -> None:
        """Let no request to `host` start for `seconds` from now (Retry-After, backoff)."""
        if seconds <= 0:
            return
        state = self._state(host)
        with state.lock:
            state.not_before = max(state.not_before, self._clock() + seconds)

    def _wait_until(self, when: float) -> None:
        remaining = when - self._clock()
        while remaining > 0:
            self._sleep(remaining)
            remaining = when - self._clock()


__all__ = ["HostLimiter"]
