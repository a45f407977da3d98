"""scraper: NetEase-style (163.com) Chinese news pages -> one clean JSON record.

>>> import scraper
>>> article = scraper.extract(page_bytes, "https://www.163.com/dy/article/HTU1M7QK0514BE2Q.html")
>>> article.title, article.published_at, article.paragraphs[:2]
"""

from __future__ import annotations

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
    "RobotsError",
    "ScraperError",
    "Settings",
    "WriteError",
    "__version__",
    "extract",
    "extract_text",
    "scrape",
    "write_article",
]
