"""Scale out on Scrapy (one machine) and scrapy-redis (many workers sharing a Redis queue).

Scrapy does the fetching (its politeness, retries, robots.txt); our `extract` turns each response's raw bytes
into the same JSON Lines records and error records as `scraper batch`. Needs the `scrapy` extra of the
`netease-news-scraper` distribution (from a checkout: ``pip install -e '.[scrapy]'``).

Settings module for ``scrapy crawl``: ``SCRAPY_SETTINGS_MODULE=scraper.crawl.settings``.
"""

from __future__ import annotations

from ..errors import UnavailableError

try:
    import scrapy  # noqa: F401 - the import is the check
except ImportError as exc:  # the extra is optional: say how to get it instead of a bare ImportError
    raise UnavailableError(
        "Scrapy is not installed: install the scrapy extra of netease-news-scraper (from its checkout: pip install -e '.[scrapy]')"
    ) from exc

__all__: list[str] = []
