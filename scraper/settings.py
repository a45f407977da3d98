"""The defaults of fetching and batches (timeouts, politeness, size caps, robots.txt, workers), in one place.

Extraction takes no settings: `extract(html, url)` is pure, and its few limits are constants beside the code
they bound (`scraper.extract.tree.MAX_DEPTH`, `scraper.extract.MIN_GENERIC_CHARS`; `scraper.api.MAX_LOCAL_BYTES`
for a saved page read from disk).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from .errors import ConfigError

DEFAULT_USER_AGENT = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0 Safari/537.36 scraper/0.1"
)


@dataclass(frozen=True, slots=True)
class Settings:
    """Fetching and batch defaults. Build a variant with `Settings().with_options(**kw)`."""

    user_agent: str = DEFAULT_USER_AGENT
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    # A server trickling bytes never trips the per-read timeout; this caps each request attempt as a whole
    # (connect, headers, body), robots.txt included.
    total_timeout: float = 120.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 10
    retries: int = 3
    backoff_base: float = 1.0
    backoff_max: float = 60.0
    retry_statuses: tuple[int, ...] = (429, 500, 502, 503, 504, 522, 524)
    per_host_concurrency: int = 1
    per_host_delay: float = 1.0
    concurrency: int = 8
    obey_robots: bool = True
    robots_timeout: float = 10.0
    robots_max_bytes: int = 512 * 1024
    block_private: bool = False
    workers: int = 1
    max_url_length: int = 8192
    # Content-Types a 2xx body may have (an unlabelled body is always read). Pages are HTML; discovery
    # widens this to feeds, sitemaps and script lists (scraper.discover).
    content_types: tuple[str, ...] = ("text/html", "application/xhtml+xml")

    def with_options(self, **options: Any) -> Settings:
        """Return a copy with `options` applied; unknown names raise ConfigError."""
        if "ignore_robots" in options:  # the user-facing name (CLI --ignore-robots) of obey_robots=False
            ignore = options.pop("ignore_robots")
            if ignore is not None:
                options["obey_robots"] = not ignore
        known = set(self.__dataclass_fields__)
        unknown = sorted(set(options) - known)
        if unknown:
            raise ConfigError(f"unknown option(s): {', '.join(unknown)}")
        return replace(self, **{k: v for k, v in options.items() if v is not None})
