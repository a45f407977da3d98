"""Duplicate filters keyed like `scraper batch`: one NetEase article under several hosts is fetched once.

`IdentityDupeFilter` keeps the keys in memory (one Scrapy process); `RedisIdentityDupeFilter` keeps them in a
Redis set that every worker of a distributed crawl shares.
"""

from __future__ import annotations

import hashlib

from scrapy import Request
from scrapy.dupefilters import RFPDupeFilter

from ..errors import InputError
from ..extract.rules.netease import identity_key


def request_key(request: Request) -> str:
    """The duplicate key of a request: a hash of `extract.rules.netease.identity_key` of its URL (`163:<DOCID>` or the URL)."""
    try:
        key = identity_key(request.url)
    except InputError:
        key = request.url
    return hashlib.sha1(key.encode("utf-8")).hexdigest()


def exempt(request: Request) -> bool:
    """True for a redirect hop: its first request passed the filter already, and filtering the hop would lose
    the URL without any record (when the target is also in the list, `scraper batch` fetches both too)."""
    return bool(request.meta.get("redirect_urls"))


class IdentityKeyMixin:
    """A duplicate filter's fingerprint is our identity key, and redirect hops always pass.

    Put before a filter class (Scrapy's in-memory one, scrapy-redis's shared one), whose `request_seen` it wraps.
    """

    def request_fingerprint(self, request: Request) -> str:
        """Return the identity key of the request."""
        return request_key(request)

    def request_seen(self, request: Request) -> bool:
        """True when the request's article was scheduled before (redirect hops always pass)."""
        if exempt(request):
            return False
        return bool(super().request_seen(request))  # type: ignore[misc]  # the filter class mixed in after this


class IdentityDupeFilter(IdentityKeyMixin, RFPDupeFilter):
    """Scrapy's in-memory filter with our identity key instead of the request fingerprint."""


__all__ = ["IdentityDupeFilter", "exempt", "request_key"]
