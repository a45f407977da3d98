"""One politeness domain shared by every request of a run: a Session per thread, one HostLimiter, one RobotsCache.

A batch's article fetches and a discovery's feed, sitemap and list fetches go through the same `Fetcher`,
so a host sees one pace (the per-host delay counts discovery requests too) and robots.txt is read once.
"""

from __future__ import annotations

import threading
from types import TracebackType

import requests

from ..model import Page
from ..settings import Settings
from .capture import Recorder
from .client import fetch, make_session, robots_getter
from .deadline import StopSignal
from .politeness import HostLimiter
from .robots import RobotsCache


class Fetcher:
    """Fetch pages politely with state shared across threads and calls. Use as a context manager or close()."""

    def __init__(self, settings: Settings | None = None) -> None:
        """Create the shared limiter and robots cache for `settings` (per-host delay, robots on or off)."""
        self.settings = settings or Settings()
        # Set when the run stops (Ctrl-C): every politeness wait ends and every request in flight is cut.
        self.stop = StopSignal()
        self.limiter = HostLimiter(self.settings.per_host_concurrency, self.settings.per_host_delay,
                                   sleep=self.stop.sleep)
        self.robots = RobotsCache(self._get_robots, self.settings.user_agent) if self.settings.obey_robots else None
        self._local = threading.local()
        self._sessions: list[requests.Session] = []
        self._lock = threading.Lock()

    def session(self) -> requests.Session:
        """The calling thread's Session (made on first use; requests Sessions are not thread-safe)."""
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            session = make_session(self.settings)
            self._local.session = session
            with self._lock:
                self._sessions.append(session)
        return session

    def fetch(self, url: str, settings: Settings | None = None, *, record: Recorder | None = None) -> Page:
        """Fetch `url` (see `scraper.fetch.fetch`), with `settings` for this request if given (e.g. wider
        content types); the pace and robots.txt stay the shared ones. `record` gets every exchange (WARC).

        Raises:
            InputError, RobotsError, BlockedError, FetchError: as `scraper.fetch.fetch`.
            Stopped: `stop` was set.
        """
        return fetch(url, settings or self.settings, session=self.session(), limiter=self.limiter,
                     robots=self.robots, record=record, stop=self.stop)

    def _get_robots(self, url: str) -> tuple[int, bytes]:
        return robots_getter(self.settings, self.session(), self.limiter, self.stop)(url)

    def close(self) -> None:
        """Close every Session made."""
        with self._lock:
            for session in self._sessions:
                session.close()
            self._sessions.clear()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


__all__ = ["Fetcher"]
