"""A deadline on a whole HTTP exchange: connect, request, response headers and body.

Socket timeouts bound each read, not their sum: a server sending one byte a second never trips a 30 s read
timeout, and `http.client` reads headers line by line with no overall limit. So each request attempt runs
inside `watching(seconds)`; the connections it uses register with it (`DeadlineAdapter`'s connections do so
when they send a request; the body's connection is attached after the headers arrive), and one watchdog
thread shuts their sockets down when the time is up. The blocked read then returns at once, and the caller
sees `Deadline.expired` and reports a timeout whatever exception (or short body) the cut produced.

Shutting a socket down (not closing it) is safe from another thread: the owner still closes it, and a socket
already closed by its owner has no descriptor left to hit.
"""

from __future__ import annotations

import heapq
import itertools
import signal
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

__all__ = ["Deadline", "DeadlineAdapter", "DeadlineConnectionMixin", "StopSignal", "Stopped", "budget",
           "budget_left", "current", "watching"]


class Deadline:
    """The end of one request attempt and the connections to cut when it comes."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        # The whole fetch's timeout when that (not the per-attempt limit) set this deadline, else None.
        self.whole: float | None = None
        self.at = time.monotonic() + seconds
        self.expired = False
        self._done = False
        self._connections: list[Any] = []
        self._lock = threading.Lock()

    def remaining(self) -> float:
        """Seconds left (0 when past)."""
        return max(0.0, self.at - time.monotonic())

    def attach(self, connection: Any) -> None:
        """Cut `connection` (anything with a `.sock`) at the deadline; at once if it has passed."""
        with self._lock:
            if self._done:
                return
            if connection not in self._connections:
                self._connections.append(connection)
            if self.expired:
                _cut(connection)

    def expire(self) -> None:
        """Mark the deadline passed and cut every attached connection (the watchdog calls this)."""
        with self._lock:
            if self._done:
                return
            self.expired = True
            for connection in self._connections:
                _cut(connection)

    def close(self) -> None:
        """The attempt is over: its connections go back to the pool for other requests and must not be cut."""
        with self._lock:
            self._done = True
            self._connections.clear()


def _cut(connection: Any) -> None:
    sock = getattr(connection, "sock", None)
    if isinstance(sock, socket.socket):
        # socket.socket.shutdown, not SSLSocket.shutdown: the latter also drops the TLS state under the reader.
        with suppress(OSError):
            socket.socket.shutdown(sock, socket.SHUT_RDWR)


class _Watchdog:
    """One daemon thread that expires deadlines in time order."""

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, Deadline]] = []
        self._live: set[int] = set()
        self._ids = itertools.count()
        self._wake = threading.Condition()
        self._thread: threading.Thread | None = None

    def add(self, deadline: Deadline) -> int:
        with self._wake:
            ident = next(self._ids)
            self._live.add(ident)
            heapq.heappush(self._heap, (deadline.at, ident, deadline))
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="scraper-deadlines", daemon=True)
                self._thread.start()
            self._wake.notify()
            return ident

    def cancel(self, ident: int) -> None:
        with self._wake:
            self._live.discard(ident)

    def _run(self) -> None:
        # Ctrl-C and termination are the main thread's to handle. The kernel hands a process's signal to any
        # thread that does not block it: delivered here, Python only flags it for the main thread, which then
        # stays blocked in its socket read until the server answers or the read times out.
        if hasattr(signal, "pthread_sigmask"):
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
        while True:
            with self._wake:
                while self._heap and self._heap[0][1] not in self._live:
                    heapq.heappop(self._heap)
                if not self._heap:
                    self._wake.wait()
                    continue
                at, ident, deadline = self._heap[0]
                wait = at - time.monotonic()
                if wait > 0:
                    self._wake.wait(wait)
                    continue
                heapq.heappop(self._heap)
                self._live.discard(ident)
            deadline.expire()  # a no-op if the attempt ended meanwhile (Deadline.close)


_WATCHDOG = _Watchdog()
_LOCAL = threading.local()


class Stopped(Exception):
    """The caller is stopping (Ctrl-C, the consumer broke off): the request attempt was abandoned.

    Not a ScraperError on purpose: it is no outcome of the URL, and nothing records it.
    """


class StopSignal:
    """Stops every request of a batch at once: waits end, and the connections of attempts in flight are cut.

    The fetcher checks it before each attempt and sleeps through it (`sleep` raises `Stopped` when it is
    set), and every attempt's deadline registers with it, so `set()` needs no help from the threads.
    """

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._deadlines: set[Deadline] = set()

    def is_set(self) -> bool:
        """True once `set` was called."""
        return self._event.is_set()

    def set(self) -> None:
        """Stop: wake every sleeper and cut every attempt in flight."""
        self._event.set()
        with self._lock:
            deadlines = list(self._deadlines)
        for deadline in deadlines:
            deadline.expire()

    def check(self) -> None:
        """Raise Stopped if set."""
        if self._event.is_set():
            raise Stopped

    def sleep(self, seconds: float) -> None:
        """Sleep `seconds`, or raise Stopped as soon as the signal is set."""
        if self._event.wait(seconds):
            raise Stopped

    def _register(self, deadline: Deadline) -> None:
        with self._lock:
            self._deadlines.add(deadline)
        if self._event.is_set():
            deadline.expire()
            raise Stopped

    def _unregister(self, deadline: Deadline) -> None:
        with self._lock:
            self._deadlines.discard(deadline)


def current() -> Deadline | None:
    """The deadline of the request attempt running on this thread, if any."""
    return getattr(_LOCAL, "deadline", None)


class _Budget:
    """The time a whole fetch may take (attempts, waits, redirects, robots.txt); it starts with the first
    request, so time spent queued for a host's turn before it does not count."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.ends: float | None = None

    def left(self) -> float:
        if self.ends is None:
            return self.seconds
        return max(0.0, self.ends - time.monotonic())

    def start(self) -> None:
        if self.ends is None:
            self.ends = time.monotonic() + self.seconds


@contextmanager
def budget(seconds: float | None) -> Iterator[None]:
    """Bound the request attempts `watching` runs on this thread in the block to `seconds` in all (None: no bound)."""
    outer = getattr(_LOCAL, "budget", None)
    _LOCAL.budget = _Budget(seconds) if seconds is not None else None
    try:
        yield
    finally:
        _LOCAL.budget = outer


def budget_left() -> float | None:
    """Seconds left of this thread's `budget`, None when there is none."""
    current_budget: _Budget | None = getattr(_LOCAL, "budget", None)
    return None if current_budget is None else current_budget.left()


def _within_budget(seconds: float) -> tuple[float, float | None]:
    """(seconds for this attempt, the whole timeout when that is what bounds it)."""
    current_budget: _Budget | None = getattr(_LOCAL, "budget", None)
    if current_budget is None:
        return seconds, None
    current_budget.start()
    left = current_budget.left()
    return (left, current_budget.seconds) if left < seconds else (seconds, None)


@contextmanager
def watching(seconds: float, stop: StopSignal | None = None) -> Iterator[Deadline]:
    """Run a request attempt on this thread under a deadline `seconds` from now, or sooner when the thread's
    `budget` has less left (and under `stop`).

    Raises:
        Stopped: `stop` is set (on entry, or meanwhile: the attempt's error is then replaced by this).
    """
    seconds, whole = _within_budget(seconds)
    deadline = Deadline(seconds)
    deadline.whole = whole
    if stop is not None:
        stop._register(deadline)
    outer = current()
    _LOCAL.deadline = deadline
    ident = _WATCHDOG.add(deadline)
    try:
        yield deadline
    except Exception:
        if stop is not None and stop.is_set():
            raise Stopped from None
        raise
    finally:
        _WATCHDOG.cancel(ident)
        deadline.close()
        _LOCAL.deadline = outer
        if stop is not None:
            stop._unregister(deadline)


class DeadlineConnectionMixin:
    """A urllib3 connection that registers with the running attempt's deadline when it connects or sends."""

    def connect(self) -> None:
        """Connect, then let the deadline cut this connection (at once if it passed while connecting)."""
        super().connect()  # type: ignore[misc]
        _attach(self)

    def request(self, *args: Any, **kwargs: Any) -> None:
        """Send a request on this (possibly reused) connection under the running attempt's deadline."""
        _attach(self)
        super().request(*args, **kwargs)  # type: ignore[misc]


def _attach(connection: object) -> None:
    deadline = current()
    if deadline is not None:
        deadline.attach(connection)


class _HTTPConnection(DeadlineConnectionMixin, HTTPConnection):
    pass


class _HTTPSConnection(DeadlineConnectionMixin, HTTPSConnection):
    pass


class _HTTPPool(HTTPConnectionPool):
    ConnectionCls = _HTTPConnection


class _HTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _HTTPSConnection


_POOLS = {"http": _HTTPPool, "https": _HTTPSPool}


class DeadlineAdapter(HTTPAdapter):
    """An HTTPAdapter whose connections obey `watching` deadlines, through a proxy too."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        """Build the pool manager with connection pools whose connections register with the deadline."""
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = dict(_POOLS)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        """The proxy's pool manager, with the same deadline-aware connections (to the proxy)."""
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        manager.pool_classes_by_scheme = dict(_POOLS)
        return manager
