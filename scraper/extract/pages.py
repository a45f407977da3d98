"""Paged articles: read a page's pager, and join the pages of one article into one record. Pure: no fetching.

Older NetEase articles are split over `<ID>.html`, `<ID>_2.html`, `<ID>_3.html` … with a pager under the body
(`div.ep-pages`: page numbers, a next link `>`, and `在本页阅读全文` linking `<ID>_all.html`, the whole article on
one page). `read_pager` reads the links of that pager that stay within the article: same host, same doc id.
`PageJoiner` is the order in which the rest of an article is read and how it is joined; whoever fetches
(`scraper.follow` for scrape and batch, the Scrapy spider for crawl) asks it for the next URL, hands it each
page read or each failure, and takes the joined Article at the end:

1. The `_all` page when the pager offers it (one request instead of N-1): its body, the first page's metadata.
2. If it fails (or there is none), the pager, page after page, until a page has no next link.
3. A pager that loops, a page that fails or is another article, or the page limit ends the joining with what
   was read; `stopped` says why.
4. The meetings are derived once, from the joined paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import urldefrag, urlsplit

from lxml.etree import _Element as Element

from ..meetings import extract_meetings
from ..model import Article, Image, Pager
from .layout import text_of
from .rules.netease import PAGER_ALL_TEXTS, PAGER_BOX, PAGER_MARKER, PAGER_NEXT_TEXTS, doc_id_of_url
from .urls import absolute

__all__ = ["PageJoiner", "read_pager", "same_article"]

_PAGE_NUMBER = re.compile(r"^\d{1,4}$")


def _origin(url: str | None) -> tuple[str, int | None] | None:
    """(host, explicit port) of a URL; None when it has no host."""
    try:
        parts = urlsplit(url or "")
        host = (parts.hostname or "").lower()
        return (host, parts.port) if host else None
    except ValueError:
        return None


def same_article(url: str | None, other: str | None) -> bool:
    """True when both URLs are on one host (and port) and name one document id (`<ID>`, `<ID>_2`, `<ID>_all`)."""
    if not url or not other:
        return False
    doc_id = doc_id_of_url(url)
    origin = _origin(url)
    return doc_id is not None and origin is not None and doc_id == doc_id_of_url(other) and origin == _origin(other)


def read_pager(root: Element, page_url: str | None, text: str | None = None) -> Pager | None:
    """The pager of a page, keeping only links to the same article (same host, same doc id); None without one.

    Args:
        root: the parsed page (read before any stage prunes it).
        page_url: the page's URL; links are resolved against it and must name its doc id.
        text: the page's HTML, if at hand: a page without the pager's class name is not walked at all.

    Returns:
        The Pager (next page, `_all` page, highest page number listed), or None when the page has no pager
        linking its own article.
    """
    if not page_url or doc_id_of_url(page_url) is None or (text is not None and PAGER_MARKER not in text):
        return None
    next_url: str | None = None
    all_url: str | None = None
    count = 0
    for box in root.xpath(PAGER_BOX):
        for link in box.iter("a"):
            href = absolute(link.get("href"), page_url)
            if href is None or not same_article(href, page_url):
                continue
            href = urldefrag(href).url
            text = " ".join(text_of(link).split())
            if text in PAGER_NEXT_TEXTS:
                next_url = next_url or href
            elif any(word in text for word in PAGER_ALL_TEXTS):
                all_url = all_url or href
            elif _PAGE_NUMBER.match(text):
                count = max(count, int(text))
    if next_url is None and all_url is None and count <= 1:
        return None
    return Pager(next_url, all_url, count)


def _key(url: str | None) -> str:
    return urldefrag(url or "").url


class PageJoiner:
    """Reads the rest of one article after its first page, in the order above, and joins what was read.

    Usage: ``while (url := joiner.next_url()) is not None: joiner.add(url, extract(fetch(url)))`` (or
    ``joiner.fail(url, reason)`` when the fetch or extraction fails), then ``joiner.article()``.
    `notes` lists what went wrong (for the log); `stopped` is set when the joining ended early.
    """

    def __init__(self, first: Article, *, limit: int = 50, use_all: bool = True) -> None:
        """Start from the first page's Article; read at most `limit` pages; try the `_all` page if `use_all`."""
        self.first = first
        self.limit = max(1, limit)
        self.read: list[Article] = [first]
        self.notes: list[str] = []
        self.stopped: str | None = None
        self._seen = {_key(first.url)}
        self._all_url = first.pager.all if use_all and first.pager is not None else None
        self._all_page: Article | None = None
        self._unread: str | None = None

    def next_url(self) -> str | None:
        """The URL to read next, or None when the joining is over."""
        if self.stopped is not None or self._all_page is not None:
            return None
        if self._all_url is not None:
            return self._all_url
        following = self.read[-1].next_page
        if following is None:
            return None
        if _key(following) in self._seen:
            self._stop(f"the pager of page {len(self.read)} loops back to {following}", None)
            return None
        if len(self.read) >= self.limit:
            self._stop(f"more than {self.limit} pages (the page limit)", following)
            return None
        return following

    def add(self, url: str, page: Article) -> None:
        """A page read from `url` (its Article's url is where it was fetched from after redirects)."""
        if url == self._all_url:
            self._all_url = None
            if same_article(page.url, self.first.url):
                self._all_page = page
            else:
                self.notes.append(f"the one-page form {url} is another article ({page.url}): following the pager")
            return
        if not same_article(page.url, self.first.url):
            self._stop(f"page {len(self.read) + 1} ({url}) is another article ({page.url})", url)
            return
        self.read.append(page)
        self._seen.update((_key(url), _key(page.url)))

    def fail(self, url: str, reason: str) -> None:
        """Reading `url` failed (fetch, robots.txt or extraction): fall back to the pager, or stop."""
        if url == self._all_url:
            self._all_url = None
            self.notes.append(f"the one-page form {url} failed ({reason}): following the pager")
            return
        self._stop(f"page {len(self.read) + 1} ({url}) failed: {reason}", url)

    def _stop(self, reason: str, unread: str | None) -> None:
        self.stopped = reason
        self._unread = unread
        self.notes.append(f"joined {len(self.read)} page(s) only: {reason}")

    def article(self) -> Article:
        """The joined Article: the first page's metadata and URL, the bodies in page order, `pages` read.

        Its pager's `next` is the page that could not be read (None when the article is whole).
        """
        first = self.first
        pager = first.pager or Pager()
        if self._all_page is not None:
            whole = self._all_page
            count = max(pager.count, 2 if pager.next else 1)
            return self._joined(list(whole.paragraphs), list(whole.images), count, replace(pager, next=None))
        if len(self.read) == 1:
            return first  # nothing joined: the first page's record as extracted (its meetings included)
        paragraphs = [p for page in self.read for p in page.paragraphs]
        images = [image for page in self.read for image in page.images]
        return self._joined(paragraphs, images, len(self.read), replace(pager, next=self._unread))

    def _joined(self, paragraphs: list[str], images: list[Image], pages: int, pager: Pager) -> Article:
        first = self.first
        meetings = extract_meetings(paragraphs, title=first.title, published_at=first.published_at)
        return replace(first, paragraphs=paragraphs, images=images, meetings=meetings, pages=pages, pager=pager)
