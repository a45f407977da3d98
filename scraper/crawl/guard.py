"""`scraper crawl --block-private`: the guard of `scraper batch --block-private`, on Scrapy.

Two checks, as in `scraper.fetch.addresses`:

1. `BlockPrivateMiddleware` (a downloader middleware, ahead of robots.txt) resolves the host of every request
   Scrapy sends (pages, retries, redirect hops, robots.txt) and refuses it, with the batch's `BlockedError`,
   when any address the name resolves to is loopback, private, link-local or otherwise not public;
2. `GuardedResolver` (Scrapy's DNS_RESOLVER) vets the address each connection is actually made to, so a name
   that answers a public address to the check and 127.0.0.1 to the connection (DNS rebinding) is refused too.

Proxies from the environment are off while blocking (`crawl_settings`): a proxy would resolve names unseen.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.resolver import CachingThreadedResolver
from twisted.internet.defer import Deferred
from twisted.internet.error import DNSLookupError
from twisted.internet.threads import deferToThread
from twisted.python.failure import Failure

from ..errors import BlockedError
from ..fetch.addresses import blocked_reason, check_host


class BlockedRequest(IgnoreRequest):
    """A request refused by the guard; `error` is the BlockedError the batch would record."""

    def __init__(self, error: BlockedError) -> None:
        super().__init__(str(error))
        self.error = error


class BlockPrivateMiddleware:
    """Refuse every request whose host resolves to a non-public address (when SCRAPER_BLOCK_PRIVATE is set)."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BlockPrivateMiddleware:
        """Enabled by the SCRAPER_BLOCK_PRIVATE setting (`scraper crawl --block-private`)."""
        if not crawler.settings.getbool("SCRAPER_BLOCK_PRIVATE"):
            raise NotConfigured
        return cls()

    def process_request(self, request: Request, spider: Spider | None = None) -> Deferred[None]:
        """Resolve and vet the host in a thread; fail the request with BlockedRequest if it is refused."""
        parts = urlsplit(request.url)
        checked: Deferred[Any] = deferToThread(  # type: ignore[no-untyped-call]  # Twisted leaves it untyped
            check_host, parts.hostname or "", parts.port, url=request.url)

        def refuse(failure: Failure) -> None:
            if isinstance(failure.value, BlockedError):
                raise BlockedRequest(failure.value)
            if isinstance(failure.value, OSError):  # no such name: the download fails on it and says so
                return None
            failure.raiseException()
            return None

        checked.addCallbacks(lambda _: None, refuse)
        return checked


class GuardedResolver(CachingThreadedResolver):
    """Scrapy's resolver, refusing a name whose address (the one connected to) is not public."""

    def getHostByName(self, name: str, timeout: Sequence[int] = ()) -> Deferred[str]:
        """Resolve `name`; fail as a DNS lookup error when the address is blocked."""

        def vet(address: str) -> str:
            reason = blocked_reason(address)
            if reason is not None:
                raise DNSLookupError(f"{name} resolves to a {reason} address {address} (blocked)")
            return address

        return super().getHostByName(name, timeout).addCallback(vet)


__all__ = ["BlockPrivateMiddleware", "BlockedRequest", "GuardedResolver"]
