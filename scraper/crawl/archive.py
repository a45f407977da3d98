"""`scraper crawl --warc`: a downloader middleware that archives every response as a WARC request/response pair.

It sits next to the downloader (order 890, after the HTTP cache's 900 and before the stats' 850, retries'
550, redirects' 600 and decompression's 590), so it sees each redirect hop and each retried attempt, with
the body as served (Content-Encoding still applied; Twisted has removed any chunked framing, see
`scraper.fetch.capture`). Scrapy runs middlewares on one thread, so appends never interleave.

Each worker process writes its own file (`scraper.warc.worker_path`): workers of a distributed crawl, and a
restarted worker, never append to one file. The final response's time is left in the request's meta
(``scraper_fetched_at``) so the spider dates the page exactly as the WARC does.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from http import HTTPStatus
from pathlib import Path
from urllib.parse import urlsplit

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response

from ..fetch.capture import Exchange
from ..warc import WarcLog, exchange_records, warcinfo_record, worker_path

log = logging.getLogger(__name__)

FETCHED_AT = "scraper_fetched_at"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


def exchange_of(request: Request, response: Response, when: datetime) -> Exchange:
    """The Exchange of a Scrapy response, headers as Scrapy holds them (repeated ones repeated)."""
    parts = urlsplit(request.url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    version = response.protocol or "HTTP/1.1"
    sent = [("Host", parts.netloc), *_pairs(request.headers)]
    served = [("X-Crawler-Transfer-Encoding" if name.lower() == "transfer-encoding" else name, value)
              for name, value in _pairs(response.headers)]
    reason = _phrase(response.status)
    return Exchange(url=request.url, request_line=f"{request.method} {target} {version}",
                    request_headers=tuple(sent), status_line=f"{version} {response.status} {reason}".rstrip(),
                    headers=tuple(served), body=response.body, fetched_at=when)


def _pairs(headers: object) -> list[tuple[str, str]]:
    items = headers.items() if hasattr(headers, "items") else []
    return [(_text(name), _text(value)) for name, values in items for value in values]


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _text(value: bytes | str) -> str:
    return value.decode("latin-1") if isinstance(value, bytes) else str(value)


class WarcMiddleware:
    """Append each response (and its request) to this worker's WARC; enabled by the ``SCRAPER_WARC`` setting."""

    def __init__(self, path: Path, user_agent: str) -> None:
        self.path = worker_path(path)
        self.archive = WarcLog(self.path, 0)
        from .. import __version__

        self.archive.append(warcinfo_record(self.path.name, {
            "software": f"scraper/{__version__} (Scrapy, warcio)", "format": "WARC File Format 1.1",
            "http-header-user-agent": user_agent}))
        log.info("archiving to %s", self.path)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcMiddleware:
        """Build from ``SCRAPER_WARC`` (a path); without it the middleware is off."""
        value = crawler.settings.get("SCRAPER_WARC")
        if not value:
            raise NotConfigured  # no message: Scrapy would print it as a warning on every crawl without --warc
        middleware = cls(Path(value), crawler.settings.get("USER_AGENT"))
        crawler.signals.connect(middleware.close, signal=signals.spider_closed)
        return middleware

    def process_response(self, request: Request, response: Response, spider: Spider | None = None) -> Response:
        """Archive the exchange; the response goes on unchanged."""
        when = datetime.now(UTC)
        final = response.status not in _REDIRECTS
        input_url = request.meta.get("input_url") if final else None
        self.archive.append(exchange_records([exchange_of(request, response, when)], input_url=input_url))
        if final:
            request.meta[FETCHED_AT] = when
        return response

    def close(self) -> None:
        """Close the file when the spider closes."""
        self.archive.close()


__all__ = ["FETCHED_AT", "WarcMiddleware", "exchange_of"]
