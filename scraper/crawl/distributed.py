"""Distributed mode on scrapy-redis: URLs in a Redis list, any number of workers sharing its request queue
and its duplicate filter.

- `push_urls` puts a URL file on the list ``scraper-redis:start_urls`` (duplicates by NetEase identity and
  unusable lines are left out and counted).
- `RedisUrlSpider` ("scraper-redis") takes URLs from the list in batches, schedules them through the
  scrapy-redis scheduler (queue ``scraper-redis:requests``) and filters them with `RedisIdentityDupeFilter`
  (set ``scraper-redis:dupefilter``), so each article is fetched by one worker only. A worker stops once the
  list and the shared queue have stayed empty for ``MAX_IDLE_TIME_BEFORE_CLOSE`` seconds (checked at
  Scrapy's idle heartbeat, every 5 s).

The queue and the filter persist (``SCHEDULER_PERSIST``): a worker that stops first must not clear them
under the others, and pushing a list again fetches only what was never fetched. ``push_urls(fresh=True)``
forgets them.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider
from twisted.internet.task import LoopingCall

from ..batch.run import read_url_lines
from ..errors import ConfigError, InputError, UnavailableError
from ..fetch import normalise_url, redact_url
from .dupefilter import IdentityKeyMixin
from .inflight import InflightTracker
from .spiders import PageSpiderMixin

try:
    import redis
    from scrapy_redis.dupefilter import RFPDupeFilter as RedisDupeFilter
    from scrapy_redis.spiders import RedisSpider
except ImportError as exc:  # part of the same extra; a partial install gets the same advice
    raise UnavailableError(
        "scrapy-redis is not installed: install the scrapy extra of netease-news-scraper (from its checkout: pip install -e '.[scrapy]')"
    ) from exc

SPIDER_NAME = "scraper-redis"
START_KEY = f"{SPIDER_NAME}:start_urls"
QUEUE_KEY = f"{SPIDER_NAME}:requests"
DUPEFILTER_KEY = f"{SPIDER_NAME}:dupefilter"


class RedisIdentityDupeFilter(IdentityKeyMixin, RedisDupeFilter):  # type: ignore[misc]  # scrapy-redis is untyped
    """scrapy-redis's shared filter (seen by every worker) with our identity key instead of its fingerprint."""


class RedisUrlSpider(PageSpiderMixin, RedisSpider):  # type: ignore[misc]  # scrapy-redis is untyped
    """A worker of a distributed crawl: URLs from the Redis list, requests through the shared queue."""

    name = SPIDER_NAME
    redis_key = START_KEY
    custom_settings: ClassVar[dict[str, Any]] = {
        "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
        "SCHEDULER_QUEUE_CLASS": "scraper.crawl.inflight.TrackedFifoQueue",
        "SCRAPER_SCHEDULE": "redis",
        "SCHEDULER_QUEUE_KEY": QUEUE_KEY,
        "SCHEDULER_DUPEFILTER_KEY": DUPEFILTER_KEY,
        "DUPEFILTER_CLASS": "scraper.crawl.distributed.RedisIdentityDupeFilter",
        "SCHEDULER_PERSIST": True,
        "SCRAPER_APPEND": True,
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._idle_since: float | None = None
        self.inflight: InflightTracker | None = None
        self._heartbeat: LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> RedisUrlSpider:
        """Create the spider; a response anywhere resets its idle clock."""
        spider: RedisUrlSpider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider._busy, signal=signals.response_received)
        # Before the scheduler's first pop: requests taken from the queue are tracked from the start.
        spider.inflight = InflightTracker(spider.server, QUEUE_KEY, crawler.settings.getfloat("SCRAPER_HEARTBEAT"))
        spider.inflight.beat()
        crawler.signals.connect(spider._start_heartbeat, signal=signals.spider_opened)
        crawler.signals.connect(spider._stop_tracking, signal=signals.spider_closed)
        return spider

    def _start_heartbeat(self, **_: Any) -> None:
        assert self.inflight is not None
        self._heartbeat = LoopingCall(self._beat)
        self._heartbeat.start(max(0.2, self.inflight.heartbeat / 3), now=False)

    def _beat(self) -> None:
        assert self.inflight is not None
        requeued = self.inflight.beat()
        if requeued:
            self.logger.warning("put %d request(s) of a worker that stopped heart-beating back on the queue", requeued)

    def _stop_tracking(self, **_: Any) -> None:
        if self._heartbeat is not None and self._heartbeat.running:
            self._heartbeat.stop()
        if self.inflight is not None:
            self.inflight.close()

    async def start(self) -> AsyncIterator[Any]:
        """The first batch from the list (Scrapy 2.13's start(); scrapy-redis 0.9 only has start_requests())."""
        for request in self.next_requests():
            yield request

    def make_request_from_data(self, data: bytes | str) -> Request | list[Request]:
        """A request for one list entry (a URL line); an unusable one is logged and dropped."""
        line = (data.decode(self.redis_encoding) if isinstance(data, bytes) else data).strip()
        try:
            url = normalise_url(line)
        except InputError as exc:
            self.logger.warning("dropped from %s: %s", self.redis_key, exc)
            return []
        return self.page_request(url, line)

    def spider_idle(self) -> None:
        """Take the next batch from the list, or stop after the idle time with nothing to do."""
        requests = list(self.next_requests())
        for request in requests:
            self.crawler.engine.crawl(request)
        now = time.monotonic()
        if requests:
            self._idle_since = None
            raise DontCloseSpider
        if self.inflight is not None and self.inflight.others_busy():
            # Another worker holds requests; if it died they come back to the queue when its heartbeat expires.
            self._idle_since = None
            raise DontCloseSpider
        if self._idle_since is None:
            self._idle_since = now
        if self.max_idle_time and now - self._idle_since >= self.max_idle_time:
            self.logger.info("queue empty for %.0f s: stopping", now - self._idle_since)
            return
        raise DontCloseSpider

    def _busy(self, **_: Any) -> None:
        self._idle_since = None


@dataclass
class PushSummary:
    """What `push_urls` did."""

    pushed: int = 0
    duplicates: int = 0
    invalid: list[tuple[str, str]] = field(default_factory=list)  # (line, why)
    queued: int = 0  # length of the list after the push


def connect(redis_url: str) -> redis.Redis:
    """A Redis client for `redis_url`, checked with a PING.

    Raises:
        ConfigError: the URL is not a Redis URL.
        UnavailableError: the server does not answer (or refuses our password).
    """
    shown = redact_url(redis_url)  # redis://:password@host: the password stays out of every message
    try:
        client = redis.Redis.from_url(redis_url, socket_connect_timeout=10, socket_timeout=30)
        client.ping()
    except ValueError as exc:
        raise ConfigError(f"not a Redis URL: {shown} ({exc})") from exc
    except redis.RedisError as exc:
        raise UnavailableError(f"cannot reach Redis at {shown}: {_redis_reason(exc)}") from exc
    return client


def _redis_reason(exc: redis.RedisError) -> str:
    """What went wrong, in words: redis-py's connection errors read 'Error 111 connecting to host:6379.
    Connection refused.'"""
    text = str(exc).strip().rstrip(".")
    if isinstance(exc, redis.ConnectionError) and "connecting to" in text:
        return text.rsplit(". ", 1)[-1].lower() if ". " in text else text
    return text


def push_urls(redis_url: str, lines: Iterable[str], *, fresh: bool = False) -> PushSummary:
    """Append the URLs of `lines` to the shared list, once per identity, in input order.

    Args:
        redis_url: e.g. ``redis://host:6379/0``.
        lines: URL lines (blank lines and # comments skipped).
        fresh: first delete the list, the shared request queue and the duplicate filter (a new crawl).

    Returns:
        The counts, and the unusable lines with the reason.

    Raises:
        ConfigError: not a Redis URL.
        UnavailableError: Redis cannot be reached.
    """
    client = connect(redis_url)
    summary = PushSummary()
    seen: set[str] = set()
    batch: list[str] = []
    try:
        if fresh:
            client.delete(START_KEY, QUEUE_KEY, DUPEFILTER_KEY)
        for key, line, error in read_url_lines(lines):
            if error is not None:
                summary.invalid.append((line, str(error["message"])))
                continue
            if key in seen:
                summary.duplicates += 1
                continue
            seen.add(key)
            batch.append(line)
            if len(batch) >= 1000:
                client.rpush(START_KEY, *batch)
                summary.pushed += len(batch)
                batch.clear()
        if batch:
            client.rpush(START_KEY, *batch)
            summary.pushed += len(batch)
        summary.queued = int(client.llen(START_KEY))
    except redis.RedisError as exc:
        raise UnavailableError(f"Redis at {redact_url(redis_url)}: {_redis_reason(exc)}") from exc
    finally:
        client.close()
    return summary


__all__ = ["DUPEFILTER_KEY", "QUEUE_KEY", "START_KEY", "PushSummary", "RedisIdentityDupeFilter", "RedisUrlSpider",
           "connect", "push_urls"]
