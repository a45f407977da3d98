"""Per-host politeness shared by every worker of a crawl: one schedule per host, kept in Redis.

Scrapy's DOWNLOAD_DELAY holds within one process; N workers on one queue would reach a host N times as often.
So every download (pages, retries, redirect hops, robots.txt) first reserves a start time in a schedule that all
workers share: the start is the later of now and the host's "next free" time, which moves `delay` past it, in
one atomic step on the Redis server and by its clock (workers on several machines need not agree on the time).
The download then waits until its start. The reservation is made by the download handler, as the request leaves
Scrapy's per-host slot, so no time passes between the reservation and the download's own queueing.

A host is known by its name and by every address the name resolves to: ``127.0.0.2`` and ``2130706434`` (the
same address written as a number), or two names of one server, share one schedule. Without Redis (one
process) the same schedule is kept in memory.
"""

from __future__ import annotations

import socket
import threading
import time
from functools import lru_cache
from typing import Any, Protocol
from urllib.parse import urlsplit

from scrapy import Request, Spider
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.settings import BaseSettings
from twisted.internet.defer import Deferred
from twisted.internet.task import deferLater
from twisted.internet.threads import deferToThread

SCHEDULE_PREFIX = "scraper-redis:polite:"

# Reserve the next start on every key of a host; return the wait, in seconds (as text: Lua numbers are cut to
# integers in replies). The keys expire once the schedule is long past.
_RESERVE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local start = now
for _, key in ipairs(KEYS) do
  local nxt = tonumber(redis.call('GET', key) or '0')
  if nxt > start then start = nxt end
end
local after = start + tonumber(ARGV[1])
for _, key in ipairs(KEYS) do
  redis.call('SET', key, string.format('%.6f', after), 'EX', tonumber(ARGV[2]))
end
return string.format('%.6f', start - now)
"""


class Schedule(Protocol):
    """Reserves request starts per host."""

    def reserve(self, keys: list[str], delay: float) -> float:
        """Reserve the next start for a host known by `keys`; return how long to wait for it (seconds)."""


class RedisSchedule:
    """The schedule in Redis, shared by every worker that uses the same server."""

    def __init__(self, redis_url: str) -> None:
        import redis

        self._client = redis.Redis.from_url(redis_url, socket_connect_timeout=10, socket_timeout=30)
        self._reserve = self._client.register_script(_RESERVE)

    def reserve(self, keys: list[str], delay: float) -> float:
        """Reserve atomically on the Redis server, by its clock."""
        ttl = max(60, int(delay * 10) + 1)
        return float(self._reserve(keys=[SCHEDULE_PREFIX + key for key in keys], args=[delay, ttl]))


class LocalSchedule:
    """The same schedule in this process (a crawl on one machine)."""

    def __init__(self) -> None:
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def reserve(self, keys: list[str], delay: float) -> float:
        """Reserve under a lock, by the monotonic clock."""
        with self._lock:
            now = time.monotonic()
            start = max([now, *(self._next.get(key, 0.0) for key in keys)])
            for key in keys:
                self._next[key] = start + delay
            return start - now


def host_keys(url: str) -> list[str]:
    """The schedule keys of a URL's host: its name and each address it resolves to."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    return [f"host:{host}", *(f"addr:{address}" for address in _addresses(host, parts.port))]


@lru_cache(maxsize=4096)
def _addresses(host: str, port: int | None) -> tuple[str, ...]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return ()  # the download reports the failure; the name alone keys the schedule
    return tuple(sorted({str(info[4][0]) for info in infos}))


class PoliteDownloadHandler(HTTP11DownloadHandler):
    """Scrapy's HTTP handler, each download started at a time reserved in the shared schedule."""

    def __init__(self, settings: BaseSettings, crawler: Crawler) -> None:
        super().__init__(settings, crawler)
        self._delay = settings.getfloat("DOWNLOAD_DELAY")
        redis_url = settings.get("REDIS_URL") if settings.get("SCRAPER_SCHEDULE") == "redis" else None
        self._schedule: Schedule = RedisSchedule(redis_url) if redis_url else LocalSchedule()

    def download_request(self, request: Request, spider: Spider) -> Deferred[Response]:
        """Reserve a start for the request's host (in a thread: name lookup and Redis block), wait, download."""
        if self._delay <= 0:
            return super().download_request(request, spider)
        reserved: Deferred[float] = deferToThread(  # type: ignore[no-untyped-call]  # Twisted leaves it untyped
            self._schedule.reserve, host_keys(request.url), self._delay)

        from twisted.internet import reactor  # the one Scrapy installed (imported late, never before it)

        def start(wait: float) -> Deferred[Any]:
            download = HTTP11DownloadHandler.download_request
            return deferLater(reactor, max(0.0, wait), download, self, request, spider)  # type: ignore[arg-type]

        reserved.addCallback(start)
        return reserved  # type: ignore[return-value]  # the chain fires with the download's Response


__all__ = ["LocalSchedule", "PoliteDownloadHandler", "RedisSchedule", "Schedule", "host_keys"]
