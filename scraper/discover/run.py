"""Discovery: fetch each source, tell what it serves, read its links, filter, dedupe, yield article URLs.

Steps for `discover(sources)`:

1. Fetch the source through the shared `Fetcher` (robots.txt, per-host delay, retries, byte cap), accepting
   feed, sitemap and script content types; a `…/robots.txt` source is read from the robots cache instead.
2. Tell the kind from the bytes, not from a flag: gzip (decompressed, capped, then sniffed again),
   robots.txt (its `Sitemap:` lines become sitemap sources), a JSONP channel list (its numbered pages follow,
   up to `max_pages`), an XML sitemap or index, an RSS / Atom feed, or an HTML page.
3. Keep a link when it is the source's site (unless `any_site`), is no photo set, video or special, has an
   article form when it is on NetEase's own hosts (or comes from an HTML page), is not older than `since`,
   and its document id (or identity key) has not been seen, nor is already done (`skip`); stop at `limit`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from urllib.parse import urlsplit

from protego import Protego

from ..decode import decode
from ..errors import DecodeError, FetchError, InputError, ScraperError
from ..extract.dates import BEIJING
from ..extract.rules.netease import article_url, identity_key, is_not_article
from ..extract.urls import site_of
from ..fetch.fetcher import Fetcher
from ..model import Page
from ..settings import Settings
from .feeds import feed_links
from .links import page_links, strip_query
from .lists import is_list, list_links, page_urls
from .model import DiscoverOptions, Found, Link
from .sitemaps import GZIP_MAGIC, gunzip, sitemap_links

log = logging.getLogger(__name__)

# What a discovery source may be served as (an unlabelled body is always read).
DISCOVERY_TYPES = (
    "text/html", "application/xhtml+xml", "text/xml", "application/xml", "application/rss+xml",
    "application/atom+xml", "application/rdf+xml", "application/x-gzip", "application/gzip",
    "application/octet-stream", "application/javascript", "application/x-javascript", "text/javascript",
    "application/json", "text/plain",
)
_ROOT = re.compile(rb"<(?![?!])([A-Za-z_][\w:.-]*)")
_SITEMAP_ROOTS = frozenset({b"urlset", b"sitemapindex"})
_FEED_ROOTS = frozenset({b"rss", b"feed", b"rdf:rdf", b"rdf"})

ErrorHandler = Callable[[ScraperError], None]


def discover(
    sources: Iterable[str],
    options: DiscoverOptions | None = None,
    *,
    fetcher: Fetcher | None = None,
    skip: Callable[[str], bool] | None = None,
    on_error: ErrorHandler | None = None,
) -> Iterator[Found]:
    """Yield the article URLs of feeds, sitemaps, channel lists and pages, once per article.

    Args:
        sources: URLs of feeds, sitemaps (indexes, gzipped), robots.txt files, JSONP lists or HTML pages.
        options: filters (since, any_site, limit, max_pages); defaults when None.
        fetcher: the shared fetcher (politeness, robots cache); a private one (default settings) otherwise.
        skip: called with a URL's batch identity key; True leaves the URL out (done in an earlier run), and
            it does not count for `limit`.
        on_error: called with each source (or sitemap child, list page) that could not be read, and discovery
            goes on; None raises the first such error.

    Raises:
        ScraperError: a source could not be read and `on_error` is None.
    """
    options = options or DiscoverOptions()
    own = fetcher is None
    fetcher = fetcher or Fetcher()
    walk = _Walk(fetcher, options, skip, on_error)
    try:
        for source in sources:
            for link, origin in walk.links(source):
                found = walk.keep(link, origin)
                if found is not None:
                    yield found
                    if options.limit is not None and walk.count >= options.limit:
                        return
    finally:
        if own:
            fetcher.close()


class _Walk:
    """The state of one discovery run: what was seen, how many were kept."""

    def __init__(self, fetcher: Fetcher, options: DiscoverOptions, skip: Callable[[str], bool] | None,
                 on_error: ErrorHandler | None) -> None:
        self.fetcher = fetcher
        self.options = options
        self.settings: Settings = fetcher.settings.with_options(content_types=DISCOVERY_TYPES)
        self.skip = skip
        self.on_error = on_error
        self.seen: set[str] = set()
        self.count = 0

    def fail(self, error: ScraperError) -> None:
        if self.on_error is None:
            raise error
        self.on_error(error)

    def get(self, url: str) -> Page:
        return self.fetcher.fetch(url, self.settings)

    def links(self, source: str) -> Iterator[tuple[Link, str]]:
        """(link, the site it must share) for every link of a source, whatever kind it is."""
        try:
            if urlsplit(source.strip()).path == "/robots.txt":
                yield from self._robots(source.strip())
                return
            page = self.get(source)
            yield from self._read(page, source)
        except ScraperError as exc:
            self.fail(exc)

    def _read(self, page: Page, source: str, *, paged: bool = True) -> Iterator[tuple[Link, str]]:
        data = page.content
        if data.startswith(GZIP_MAGIC) and not page.headers.get("content-encoding"):
            data = gunzip(data, self.settings.max_bytes, page.final_url)
        kind = sniff(data, page.final_url)
        log.info("%s: %s", page.final_url, kind)
        if kind == "sitemap":
            links, errors = sitemap_links(page, self.get, self.settings.max_bytes)
            for error in errors:
                self.fail(error)
            yield from ((link, page.final_url) for link in links)
        elif kind == "feed":
            yield from ((link, page.final_url) for link in feed_links(data, page.final_url))
        elif kind == "list":
            yield from self._list(page, data, paged=paged)
        elif kind == "robots":
            yield from self._sitemaps(Protego.parse(data.decode("utf-8", "replace")).sitemaps, page.final_url)
        else:
            yield from ((link, page.final_url) for link in page_links(data, page.final_url, page.content_type))

    def _list(self, page: Page, data: bytes, *, paged: bool) -> Iterator[tuple[Link, str]]:
        text, _ = decode(data, page.content_type)
        yield from ((link, page.final_url) for link in list_links(text, page.final_url))
        if not paged:
            return
        for url in page_urls(page.final_url, self.options.max_pages):
            try:
                next_page = self.get(url)
            except FetchError as exc:
                if exc.status == 404:  # the list has no more pages
                    log.info("channel list ends before %s", url)
                    return
                self.fail(exc)
                return
            try:
                yield from ((link, next_page.final_url) for link in
                            list_links(decode(next_page.content, next_page.content_type)[0], next_page.final_url))
            except ScraperError as exc:
                self.fail(exc)
                return

    def _robots(self, source: str) -> Iterator[tuple[Link, str]]:
        if self.fetcher.robots is not None:  # already read (or to be read once) by the robots cache
            yield from self._sitemaps(self.fetcher.robots.sitemaps(source), source)
            return
        yield from self._read(self.get(source), source)

    def _sitemaps(self, urls: Iterable[str], robots_url: str) -> Iterator[tuple[Link, str]]:
        urls = list(urls)
        if not urls:
            self.fail(InputError("robots.txt names no Sitemap", url=robots_url))
        for url in urls:
            try:
                yield from self._read(self.get(url), url, paged=False)
            except ScraperError as exc:
                self.fail(exc)

    def keep(self, link: Link, origin: str) -> Found | None:
        """The Found for a link that passes every filter, or None."""
        url = link.url
        form = article_url(url)
        if form is not None:
            url = strip_query(url)
        elif is_not_article(url) or site_of(url) == "163.com":
            return None  # a photo set, video or special; on NetEase's own hosts, only article forms
        if not self.options.any_site and _site(url) != _site(origin):
            return None
        try:
            key = identity_key(url)
        except InputError:
            return None
        seen_key = f"163:{form.doc_id}" if form is not None else key
        if seen_key in self.seen or key in self.seen:
            return None
        self.seen.update((seen_key, key))
        published = link.published or (form.dated if form is not None else None)
        if self.options.since is not None and published is not None and published < self.options.since:
            return None
        if self.skip is not None and self.skip(key):
            return None
        self.count += 1
        return Found(url, key, published, origin)


def sniff(data: bytes, url: str) -> str:
    """What a source serves: "sitemap", "feed", "list", "robots" or "html", from its bytes.

    Raises:
        DecodeError: the bytes are none of these (an image, an empty body).
    """
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head:
        raise DecodeError("empty response", url=url)
    if head.startswith(b"<"):
        for match in _ROOT.finditer(head):
            name = match.group(1).lower()
            local = name.rpartition(b":")[2]
            if local in _SITEMAP_ROOTS:
                return "sitemap"
            if name in _FEED_ROOTS or local in _FEED_ROOTS:
                return "feed"
            return "html"
        return "html"
    text = head.decode("utf-8", "replace")
    if is_list(text):
        return "list"
    if urlsplit(url).path.endswith("/robots.txt") or re.match(r"(?im)^\s*(user-agent|sitemap|disallow)\s*:", text):
        return "robots"
    if b"<a " in data[:65536].lower() or b"<html" in data[:65536].lower():
        return "html"
    raise DecodeError("not a feed, sitemap, channel list or HTML page", url=url)


def _site(url: str) -> str:
    """The registrable domain, or the host where there is none (an IP address, localhost)."""
    return site_of(url) or (urlsplit(url).hostname or "").lower()


def parse_since(value: str) -> datetime:
    """A --since value (2025-10-16, 2025-10-16 08:00, ISO 8601 with offset) as an aware datetime; a value
    without an offset is Beijing time (NetEase's clock).

    Raises:
        InputError: the value is no date.
    """
    try:
        when = datetime.fromisoformat(value.strip())
    except ValueError as exc:
        raise InputError(f"not a date: {value!r} (use YYYY-MM-DD or YYYY-MM-DDTHH:MM[+08:00])") from exc
    return when if when.tzinfo else when.replace(tzinfo=BEIJING)


__all__ = ["DISCOVERY_TYPES", "discover", "parse_since", "sniff"]
