"""What discovery hands around: a link read off a source, a URL found, and the options of a run."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Link:
    """A URL a source lists, with the date the source gives it (aware), if any."""

    url: str
    published: datetime | None = None


@dataclass(frozen=True, slots=True)
class Found:
    """A discovered article URL.

    Attributes:
        url: the article URL (for a NetEase article form: without query or fragment).
        key: the identity key `scraper batch` does it once under (`163:<DOCID>` or the normalised URL).
        published: the date the source or the URL gives it, if any (aware).
        source: the source URL it was found through (a sitemap child, a list page, or the source given).
    """

    url: str
    key: str
    published: datetime | None
    source: str


@dataclass(frozen=True, slots=True)
class DiscoverOptions:
    """The filters of a discovery run.

    Attributes:
        since: keep URLs dated at or after this (aware); URLs with no date anywhere are kept.
        any_site: keep URLs of every site, not only the source's own (by registrable domain).
        limit: stop after this many URLs (None: no limit).
        max_pages: pages of a paged channel list to read (page 1 included).
    """

    since: datetime | None = None
    any_site: bool = False
    limit: int | None = None
    max_pages: int = 10


__all__ = ["DiscoverOptions", "Found", "Link"]
