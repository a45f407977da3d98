"""The record types: `Page` (a fetched response) and `Article` (the extracted record)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class Image:
    """An image of the article body."""

    src: str
    caption: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form."""
        return {"src": self.src, "caption": self.caption}


@dataclass(frozen=True, slots=True)
class Pager:
    """The pager of one page of a paged article (NetEase `div.ep-pages`), as far as it links the same article.

    Attributes:
        next: the next page (`<ID>_3.html` on page 2), None on the last page.
        all: the whole article on one page (`<ID>_all.html`), when the pager offers it.
        count: the highest page number the pager lists (0 when it lists none).
    """

    next: str | None = None
    all: str | None = None
    count: int = 0


@dataclass(frozen=True, slots=True)
class Article:
    """One extracted article. Missing optional fields are None, never ''."""

    url: str | None = None
    canonical_url: str | None = None
    site: str | None = None
    doc_id: str | None = None
    title: str | None = None
    published_at: str | None = None
    source: str | None = None
    author: str | None = None
    editor: str | None = None
    channel: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    meetings: list[dict[str, Any]] = field(default_factory=list)
    extractor: str = "generic"
    # How many pages of a paged article the record joins (1 for a single page).
    pages: int = 1
    # Not in the record: how to reach the rest of the article, for whoever fetches (see `next_page`).
    pager: Pager | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready record, keys in the documented order."""
        return {
            "url": self.url,
            "canonical_url": self.canonical_url,
            "site": self.site,
            "doc_id": self.doc_id,
            "title": self.title,
            "published_at": self.published_at,
            "source": self.source,
            "author": self.author,
            "editor": self.editor,
            "channel": list(self.channel),
            "paragraphs": list(self.paragraphs),
            "images": [image.to_dict() for image in self.images],
            "meetings": [dict(m) for m in self.meetings],
            "pages": self.pages,
            "extractor": self.extractor,
        }

    @property
    def next_page(self) -> str | None:
        """The URL of the article's next page (same host, same doc id) when this page is one of several and
        the page after it was not joined; None otherwise. `extract` never fetches it; `scrape` does."""
        return self.pager.next if self.pager is not None else None

    @property
    def text(self) -> str:
        """The body as one text, paragraphs separated by newlines."""
        return "\n".join(self.paragraphs)


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched response: what the fetcher hands to `extract`."""

    url: str
    final_url: str
    status: int
    content: bytes
    headers: dict[str, str] = field(default_factory=dict)
    fetched_at: datetime | None = None
    attempts: int = 1

    @property
    def content_type(self) -> str | None:
        """The Content-Type header, if any."""
        for key, value in self.headers.items():
            if key.lower() == "content-type":
                return value
        return None
