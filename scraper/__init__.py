"""scraper: NetEase-style (163.com) Chinese news pages -> one clean JSON record.

>>> import scraper
>>> article = scraper.extract(page_bytes, "https://www.163.com/dy/article/HTU1M7QK0514BE2Q.html")
>>> article.title, article.published_at, article.paragraphs[:2]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .api import scrape
from .errors import (
    BlockedError,
    ConfigError,
    DecodeError,
    ExtractError,
    FetchError,
    InputError,
    RobotsError,
    ScraperError,
    WriteError,
)
from .extract import extract, extract_text
from .model import Article, Image, Page
from .settings import Settings
from .write import write_article

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .batch import Result, scrape_many


def __getattr__(name: str) -> Any:
    # The batch pulls in requests, threads and sqlite; load it on first use, as `scrape` does its fetcher.
    if name in {"Result", "scrape_many"}:
        from . import batch

        return getattr(batch, name)
    raise AttributeError(f"module 'scraper' has no attribute {name!r}")


__all__ = [
    "Article",
    "BlockedError",
    "ConfigError",
    "DecodeError",
    "ExtractError",
    "FetchError",
    "Image",
    "InputError",
    "Page",
    "Result",
    "RobotsError",
    "ScraperError",
    "Settings",
    "WriteError",
    "__version__",
    "extract",
    "extract_text",
    "scrape",
    "scrape_many",
    "write_article",
]
