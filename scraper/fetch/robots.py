"""robots.txt: fetched once per origin, parsed with protego, cached for the life of the cache object."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from urllib.parse import urlsplit

from protego import Protego

from ..errors import FetchError

log = logging.getLogger(__name__)

# How robots.txt is fetched: URL -> (HTTP status, body bytes). Raises FetchError when unreachable.
RobotsGetter = Callable[[str], tuple[int, bytes]]


def origin(url: str) -> str:
    """Return `scheme://host[:port]` of an absolute URL, lowercased: the scope of one robots.txt."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


class RobotsCache:
    """Answer "may this URL be fetched?" per origin, fetching each robots.txt once.

    Thread-safe: threads asking about the same origin wait for one fetch instead of each making their own.
    """

    def __init__(self, get: RobotsGetter, user_agent: str) -> None:
        """Create a cache.

        Args:
            get: fetches a robots.txt URL and returns (status, body); the fetcher supplies it so the request
                goes through the same session, timeouts and per-host politeness as every other request.
            user_agent: the User-Agent matched against the robots.txt groups.
        """
        self._get = get
        self._user_agent = user_agent
        self._parsers: dict[str, Protego | None] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def allowed(self, url: str) -> bool:
        """Return whether robots.txt of the URL's origin lets our user agent fetch it."""
        parser = self._parser(origin(url))
        if parser is None:
            return True
        return bool(parser.can_fetch(url, self._user_agent))

    def sitemaps(self, url: str) -> list[str]:
        """Return the `Sitemap:` URLs of the robots.txt of the URL's origin (read once, from the cache)."""
        parser = self._parser(origin(url))
        return list(parser.sitemaps) if parser is not None else []

    def _parser(self, key: str) -> Protego | None:
        with self._lock:
            if key in self._parsers:
                return self._parsers[key]
            origin_lock = self._locks.setdefault(key, threading.Lock())
        with origin_lock:
            with self._lock:
                if key in self._parsers:
                    return self._parsers[key]
            parser = self._load(key)
            with self._lock:
                self._parsers[key] = parser
            return parser

    def _load(self, key: str) -> Protego | None:
        robots_url = f"{key}/robots.txt"
        try:
            status, body = self._get(robots_url)
        except FetchError as exc:
            # Unreachable robots.txt: we choose to allow (RFC 9309 would have crawlers assume a full
            # disallow); a single-page tool that refused every host with a flaky robots.txt would be useless.
            log.info("robots.txt unreachable, allowing all: %s (%s)", robots_url, exc)
            return None
        if 400 <= status < 500:
            # 4xx: no robots.txt, everything is allowed (RFC 9309 2.3.1.3).
            return None
        if status >= 500 or not 200 <= status < 300:
            # 5xx: allowed here too, by the same choice as for an unreachable robots.txt above.
            log.info("robots.txt answered %s, allowing all: %s", status, robots_url)
            return None
        return Protego.parse(body.decode("utf-8", errors="replace"))


__all__ = ["RobotsCache", "RobotsGetter", "origin"]
