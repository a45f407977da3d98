"""The request options of `scraper crawl` (--proxy, -H, --cookies) as Scrapy downloader middlewares.

- `RequestOptionsMiddleware` sets the proxy on each request (``meta["proxy"]``: Scrapy's HttpProxyMiddleware,
  which runs after it, turns its user:password into a Proxy-Authorization header and keeps it off the URL) and
  the extra headers (before Scrapy's User-Agent and default-headers middlewares, which only fill in what is
  missing, so ours win). Without --proxy, HttpProxyMiddleware reads HTTP(S)_PROXY / NO_PROXY itself.
- `CookiesFileMiddleware` is Scrapy's cookies middleware with a Netscape cookies.txt loaded into its jar, read
  by the same function the thread fetcher uses.
"""

from __future__ import annotations

from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.cookies import CookiesMiddleware
from scrapy.exceptions import NotConfigured

from ..fetch.session import load_cookies

__all__ = ["CookiesFileMiddleware", "RequestOptionsMiddleware"]


class RequestOptionsMiddleware:
    """Proxy and extra headers from the SCRAPER_PROXY and SCRAPER_HEADERS settings."""

    def __init__(self, proxy: str | None, headers: tuple[tuple[str, str], ...]) -> None:
        self.proxy = proxy
        self.headers = headers

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RequestOptionsMiddleware:
        """Build from the crawler's settings; not configured when neither option is set."""
        proxy = crawler.settings.get("SCRAPER_PROXY")
        headers = tuple(crawler.settings.get("SCRAPER_HEADERS") or ())
        if not proxy and not headers:
            raise NotConfigured
        return cls(proxy or None, headers)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        """Put the proxy and headers on the request (a proxy already set on it stays)."""
        if self.proxy is not None:
            request.meta.setdefault("proxy", self.proxy)
        for name, value in self.headers:
            request.headers[name] = value


class CookiesFileMiddleware(CookiesMiddleware):
    """Scrapy's cookies middleware, its default jar filled from SCRAPER_COOKIES (a cookies.txt path)."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Any:
        """Scrapy's middleware (cookies must be enabled), with the file's cookies in the default jar."""
        path = crawler.settings.get("SCRAPER_COOKIES")
        if not path:
            raise NotConfigured
        middleware = super().from_crawler(crawler)
        for cookie in load_cookies(str(path)):
            middleware.jars[None].set_cookie(cookie)
        return middleware
