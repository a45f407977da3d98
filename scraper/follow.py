"""Paged articles, fetched: the one place that chains fetch and extraction across the pages of one article.

`scrape` and the batch fetch an article's first page, extract it, and hand it here with their own fetch
function, so every extra page goes through the same politeness slot, robots.txt cache and retries as the
first. What to read next and how the pages join is `extract.pages.PageJoiner`'s (pure); this module only
fetches what it asks for and logs why a joining ended early.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from .errors import ScraperError
from .extract import extract
from .extract.pages import PageJoiner
from .model import Article, Page
from .settings import Settings

__all__ = ["extract_later_page", "follow_pages", "is_paged"]

log = logging.getLogger(__name__)


def is_paged(article: Article) -> bool:
    """True when the page links more of its article (a next page or the one-page form)."""
    return article.pager is not None and (article.pager.next is not None or article.pager.all is not None)


def extract_later_page(page: Page) -> Article:
    """Extract a page after the first: its meetings are not derived (the joined record's are)."""
    return extract(page.content, page.final_url, now=page.fetched_at, content_type=page.content_type,
                   meetings=False)


def follow_pages(
    first: Article,
    fetch: Callable[[str], Page],
    settings: Settings,
    extract_page: Callable[[Page], Article] = extract_later_page,
) -> Article:
    """Read the rest of a paged article and return the joined record (the first page's when it is whole).

    Args:
        first: the first page's Article (`extract` of it).
        fetch: fetches one URL (the caller's fetcher, so politeness and robots.txt hold for every page).
        settings: `max_article_pages` caps the pages read.
        extract_page: extracts one later page.

    Returns:
        The joined Article; `pages` says how many pages it joins. Never raises for a later page: a failure
        ends the joining with what was read, logged with the reason.
    """
    if not is_paged(first):
        return first
    joiner = PageJoiner(first, limit=settings.max_article_pages)
    while (url := joiner.next_url()) is not None:
        try:
            joiner.add(url, extract_page(fetch(url)))
        except ScraperError as exc:
            joiner.fail(url, f"{type(exc).__name__}: {exc}")
    for note in joiner.notes:
        log.warning("%s: %s", first.url, note)
    return joiner.article()
