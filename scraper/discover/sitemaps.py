"""XML sitemaps, sitemap indexes and gzipped sitemaps, parsed by ultimate-sitemap-parser (usp).

usp fetches the children of an index itself, through a web client we give it: `_PoliteClient` sends every
request through our `Fetcher`, so robots.txt, the per-host delay, retries, `--block-private` and the byte cap
hold for sitemaps as for pages. usp's expat parser refuses DOCTYPE and ENTITY declarations (no entity
expansion). usp gunzips `.gz` bodies itself with a 100 MB cap; the client first checks that a gzipped body
expands to no more than our `max_bytes`, so a gzip bomb is refused before usp sees it.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Callable
from datetime import datetime

from usp.fetch_parse import SitemapFetcher
from usp.objects.sitemap import AbstractSitemap, InvalidSitemap
from usp.web_client.abstract_client import (
    AbstractWebClient,
    AbstractWebClientResponse,
    AbstractWebClientSuccessResponse,
    WebClientErrorResponse,
)

from ..errors import FetchError, ScraperError
from ..model import Page
from .model import Link

GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 64 * 1024


def gunzip(data: bytes, cap: int, url: str) -> bytes:
    """Decompress gzip bytes, refusing more than `cap` bytes of output.

    Raises:
        FetchError: kind "too-large" past the cap, kind "decoding" for bytes that are not gzip.
    """
    out = bytearray()
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            while chunk := stream.read(_CHUNK):
                out += chunk
                if len(out) > cap:
                    raise FetchError(f"gzipped body expands past {cap} bytes", url=url, kind="too-large")
    except (OSError, EOFError, zlib.error) as exc:
        raise FetchError(f"cannot gunzip the body: {exc}", url=url, kind="decoding") from exc
    return bytes(out)


class _Response(AbstractWebClientSuccessResponse):
    """A fetched Page as usp sees a response."""

    def __init__(self, page: Page) -> None:
        self._page = page

    def status_code(self) -> int:
        return self._page.status

    def status_message(self) -> str:
        return "OK"

    def header(self, case_insensitive_name: str) -> str | None:
        return self._page.headers.get(case_insensitive_name.lower())

    def raw_data(self) -> bytes:
        return self._page.content

    def url(self) -> str:
        return self._page.final_url


class _PoliteClient(AbstractWebClient):
    """usp's web client over our fetcher; failures become usp error responses and are kept in `errors`."""

    def __init__(self, get: Callable[[str], Page], cap: int) -> None:
        self._get = get
        self._cap = cap
        self.errors: list[ScraperError] = []

    def set_max_response_data_length(self, max_response_data_length: int | None) -> None:
        # usp asks for 100 MB; our own max_bytes (enforced by the fetcher and gunzip below) is the cap.
        return None

    def get(self, url: str) -> AbstractWebClientResponse:
        try:
            page = self._get(url)
            if page.content.startswith(GZIP_MAGIC):
                gunzip(page.content, self._cap, page.final_url)  # the size check; usp decompresses again
        except ScraperError as exc:
            self.errors.append(exc)
            # Not retryable: the fetcher has already retried what deserved it.
            return WebClientErrorResponse(str(exc), retryable=False)
        return _Response(page)


class _Fetched(SitemapFetcher):
    """usp's fetcher for a sitemap we have already fetched (its children still go through the client)."""

    def __init__(self, page: Page, client: _PoliteClient) -> None:
        super().__init__(url=page.final_url, recursion_level=0, web_client=client)
        self._page = page

    def _fetch(self) -> AbstractWebClientResponse:
        return _Response(self._page)


def sitemap_links(page: Page, get: Callable[[str], Page], cap: int) -> tuple[list[Link], list[ScraperError]]:
    """The page URLs of a fetched sitemap (an index: of all its children, fetched with `get`).

    Args:
        page: the fetched sitemap, index or gzipped sitemap.
        get: fetches a child sitemap politely (raises ScraperError).
        cap: the largest decompressed body, bytes.

    Returns:
        The links (dated by the news:publication_date or lastmod), and the errors of children that could not
        be fetched or parsed.
    """
    client = _PoliteClient(get, cap)
    try:
        tree = _Fetched(page, client).sitemap()
    except Exception as exc:  # usp raises plain exceptions (recursion, bad URLs): one boundary translates them
        raise FetchError(f"cannot read the sitemap: {exc}", url=page.final_url, kind="sitemap") from exc
    links = [Link(p.url, _date(p)) for p in tree.all_pages()]
    errors: list[ScraperError] = list(client.errors)
    fetch_failed = {e.url for e in client.errors}
    for sitemap in _all(tree):
        if isinstance(sitemap, InvalidSitemap) and sitemap.url not in fetch_failed:
            errors.append(FetchError(f"unreadable sitemap: {sitemap.reason}", url=sitemap.url, kind="sitemap"))
    return links, errors


def _all(tree: AbstractSitemap) -> list[AbstractSitemap]:
    return [tree, *tree.all_sitemaps()]


def _date(page: object) -> datetime | None:
    story = getattr(page, "news_story", None)
    when = getattr(story, "publish_date", None) or getattr(page, "last_modified", None)
    return when if isinstance(when, datetime) else None


__all__ = ["GZIP_MAGIC", "gunzip", "sitemap_links"]
