"""Requests a worker has taken from the shared queue, kept in Redis until their record is written.

scrapy-redis removes a request from the queue when a worker takes it, so a worker killed with requests in flight
used to lose them. Here taking is one atomic move from the queue into the worker's own in-flight list
(``scraper-redis:inflight:<worker>``), and the entry leaves that list only when:

- the URL's record or error record has been written (and fsynced) by the pipeline; or
- the worker hands the URL back to the queue itself (a retry, a redirect hop), in one transaction with the push.

Each worker refreshes a heartbeat key (``scraper-redis:alive:<worker>``) that expires after
``SCRAPER_HEARTBEAT`` seconds. Any worker that finds a registered worker without a heartbeat moves that worker's
in-flight list back onto the queue (one Lua script: two live workers never both requeue it). A worker that stops
normally requeues whatever it still holds. So every URL taken ends with a record, at least once: a worker
killed after writing a record but before removing its entry has that URL done again (a duplicate line in
another worker's output).

Entries are keyed by the identity of the input URL, so a retry or a redirect hop of the same input is one entry.
"""

from __future__ import annotations

import uuid
from typing import Any

from scrapy import Request
from scrapy_redis.queue import FifoQueue

from ..errors import InputError
from ..extract.rules.netease import identity_key

PREFIX = "scraper-redis"
WORKERS_KEY = f"{PREFIX}:workers"
INFLIGHT_PREFIX = f"{PREFIX}:inflight:"
ALIVE_PREFIX = f"{PREFIX}:alive:"

# Move the in-flight lists of registered workers whose heartbeat expired back to the queue's pop end.
_REAP = """
local moved = 0
for _, worker in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  if worker ~= ARGV[3] and redis.call('EXISTS', ARGV[1] .. worker) == 0 then
    local list = ARGV[2] .. worker
    while redis.call('LMOVE', list, KEYS[2], 'RIGHT', 'RIGHT') do
      moved = moved + 1
    end
    redis.call('SREM', KEYS[1], worker)
  end
end
return moved
"""


def inflight_key(input_url: str) -> str:
    """The in-flight key of an input URL: its identity (`163:<DOCID>` or the normalised URL)."""
    try:
        return identity_key(input_url)
    except InputError:
        return input_url


def input_key(request: Request) -> str:
    """The in-flight key of a request: that of the input URL it was made for (kept across retries and hops)."""
    return inflight_key(str(request.meta.get("input_url") or request.url))


class InflightTracker:
    """This worker's in-flight list, its heartbeat, and the requeueing of dead workers' lists."""

    def __init__(self, server: Any, queue_key: str, heartbeat: float) -> None:
        self.server = server
        self.queue_key = queue_key
        self.worker = uuid.uuid4().hex
        self.list_key = INFLIGHT_PREFIX + self.worker
        self.heartbeat = heartbeat
        self._taken: dict[str, bytes] = {}  # in-flight key -> the queue entry as taken
        self._reap = server.register_script(_REAP)

    def beat(self) -> int:
        """Refresh this worker's heartbeat and requeue the lists of workers whose heartbeat expired; return
        how many requests were requeued."""
        pipe = self.server.pipeline(transaction=True)
        pipe.set(ALIVE_PREFIX + self.worker, 1, px=int(self.heartbeat * 1000))
        pipe.sadd(WORKERS_KEY, self.worker)
        pipe.execute()
        return int(self._reap(keys=[WORKERS_KEY, self.queue_key], args=[ALIVE_PREFIX, INFLIGHT_PREFIX, self.worker]))

    def take(self) -> bytes | None:
        """Move the next queue entry into this worker's in-flight list and return it (None when empty)."""
        data: bytes | None = self.server.lmove(self.queue_key, self.list_key, "RIGHT", "LEFT")
        return data

    def taken(self, key: str, data: bytes) -> None:
        """Remember which entry stands for the input `key`."""
        self._taken[key] = data

    def give_back(self, key: str, data: bytes) -> bool:
        """Push a follow-up request (retry, redirect hop) of a taken input to the queue, releasing the taken
        entry in the same transaction; False when the input was not taken by this worker."""
        old = self._taken.pop(key, None)
        if old is None:
            return False
        pipe = self.server.pipeline(transaction=True)
        pipe.lpush(self.queue_key, data)
        pipe.lrem(self.list_key, 1, old)
        pipe.execute()
        return True

    def done(self, key: str) -> None:
        """The input's record is written: release its entry."""
        old = self._taken.pop(key, None)
        if old is not None:
            self.server.lrem(self.list_key, 1, old)

    def others_busy(self) -> bool:
        """True while any other registered worker holds requests (alive, or dead and not yet requeued)."""
        for worker in self.server.smembers(WORKERS_KEY):
            name = worker.decode() if isinstance(worker, bytes) else str(worker)
            if name != self.worker and self.server.llen(INFLIGHT_PREFIX + name):
                return True
        return False

    def close(self) -> None:
        """Stop: requeue what this worker still holds, drop its heartbeat and its registration."""
        while self.server.lmove(self.list_key, self.queue_key, "RIGHT", "RIGHT"):
            pass
        self._taken.clear()
        pipe = self.server.pipeline(transaction=True)
        pipe.delete(ALIVE_PREFIX + self.worker, self.list_key)
        pipe.srem(WORKERS_KEY, self.worker)
        pipe.execute()


class TrackedFifoQueue(FifoQueue):  # type: ignore[misc]  # scrapy-redis is untyped
    """scrapy-redis's FIFO queue whose pops go through the spider's `InflightTracker`."""

    def _tracker(self) -> InflightTracker | None:
        tracker: InflightTracker | None = getattr(self.spider, "inflight", None)
        return tracker

    def push(self, request: Request) -> None:
        """Queue a request; a follow-up of an input this worker holds releases the held entry atomically."""
        tracker = self._tracker()
        data = self._encode_request(request)
        if tracker is None or not tracker.give_back(input_key(request), data):
            self.server.lpush(self.key, data)

    def pop(self, timeout: int = 0) -> Request | None:
        """Take the next request into this worker's in-flight list."""
        tracker = self._tracker()
        if tracker is None:
            untracked: Request | None = super().pop(timeout)
            return untracked
        data = tracker.take()
        if data is None:
            return None
        request = self._decode_request(data)
        assert isinstance(request, Request)
        tracker.taken(input_key(request), data)
        return request


__all__ = ["InflightTracker", "TrackedFifoQueue", "inflight_key", "input_key"]
