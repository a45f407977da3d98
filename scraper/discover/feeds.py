"""RSS and Atom feeds, read with feedparser from bytes we fetched (feedparser never touches the network here)."""

from __future__ import annotations

import io
from calendar import timegm
from datetime import UTC, datetime
from time import struct_time
from typing import Any

import feedparser

from ..extract.urls import absolute
from .model import Link


def feed_links(data: bytes, url: str) -> list[Link]:
    """The entries of a feed as links: each entry's link (made absolute), dated by published or updated.

    Args:
        data: the feed's bytes as served (feedparser reads the encoding from them).
        url: the feed's URL, the base for relative links.
    """
    # A stream, never bytes or str: feedparser would try a str as a URL to fetch, and bytes as a file name.
    parsed = feedparser.parse(io.BytesIO(data), response_headers={"content-location": url})
    links = []
    for entry in parsed.entries:
        href = absolute(_entry_link(entry), url)
        if href:
            links.append(Link(href, _when(entry.get("published_parsed") or entry.get("updated_parsed"))))
    return links


def _entry_link(entry: Any) -> str | None:
    link = entry.get("link")
    if link:
        return str(link)
    for item in entry.get("links") or ():
        if item.get("rel", "alternate") == "alternate" and item.get("href"):
            return str(item["href"])
    return None


def _when(value: struct_time | None) -> datetime | None:
    # feedparser gives dates as UTC struct_time.
    if value is None:
        return None
    try:
        return datetime.fromtimestamp(timegm(value), UTC)
    except (OverflowError, ValueError, OSError):
        return None


__all__ = ["feed_links"]
