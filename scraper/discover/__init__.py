"""Discovery: article URLs from feeds, sitemaps, NetEase channel lists and pages, for `scraper discover` and
`scraper batch --discover` (see docs/discover.md).

`discover` yields `Found` URLs; `discover_batch` discovers and scrapes into a batch output, leaving out the
articles that output's state already holds, so a daily run fetches only new ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..batch.run import BatchSummary, run_batch
from ..batch.state import known_keys
from ..fetch.fetcher import Fetcher
from ..settings import Settings
from .model import DiscoverOptions, Found, Link
from .run import ErrorHandler, discover, parse_since, sniff


def discover_batch(
    sources: Iterable[str],
    output: Path,
    settings: Settings,
    options: DiscoverOptions | None = None,
    *,
    on_error: ErrorHandler | None = None,
    fresh: bool = False,
    **batch: Any,
) -> tuple[int, BatchSummary]:
    """Discover the article URLs of `sources` and scrape the new ones into `output` (see `run_batch`).

    A URL whose identity key the output's state already holds is left out without a request (and does not
    count for `options.limit`). Discovery and scraping share one `Fetcher`: one per-host pace, one robots.txt
    read per origin.

    Args:
        sources: feed, sitemap, robots.txt, channel list or page URLs.
        output: the batch's JSON Lines output (its state file sits beside it).
        settings: fetch and batch settings.
        options: discovery filters.
        on_error: called for each source that could not be read (None raises the first).
        fresh: forget earlier runs of this output first (every discovered URL is new).
        **batch: further `run_batch` keywords (retry_failed, split_dir, on_start, on_result).

    Returns:
        (how many new URLs discovery found, the batch summary).

    Raises:
        ScraperError: as `run_batch`; a source's error when `on_error` is None.
    """
    known = set() if fresh else known_keys(output)
    with Fetcher(settings) as fetcher:
        found = [f.url for f in discover(sources, options, fetcher=fetcher, skip=known.__contains__,
                                         on_error=on_error)]
        summary = run_batch(found, output, settings, fresh=fresh, fetcher=fetcher, **batch)
    return len(found), summary


__all__ = ["DiscoverOptions", "ErrorHandler", "Found", "Link", "discover", "discover_batch", "parse_since", "sniff"]
