"""`scrape`: the one place that chains fetch (or a local read) and extraction for a single page."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .decode import decode
from .errors import InputError, ScraperError
from .extract import extract, extract_text
from .extract.text import looks_like_html
from .inputs import resolve
from .model import Article, Page
from .settings import Settings

if TYPE_CHECKING:
    from .fetch.fetcher import Fetcher

MAX_LOCAL_BYTES = 64 * 1024 * 1024


def read_local(path: Path) -> bytes:
    """The bytes of a saved page, refusing files over `MAX_LOCAL_BYTES`.

    Raises:
        InputError: the file is too large or cannot be read.
    """
    try:
        size = path.stat().st_size
        if size > MAX_LOCAL_BYTES:
            raise InputError(f"file too large: {size} bytes (limit {MAX_LOCAL_BYTES})", url=str(path))
        # Read up to the cap, not to the end: a device or a special file (/dev/zero, /dev/urandom) states no
        # size and never ends, and reading it whole would fill the memory.
        with path.open("rb") as handle:
            data = handle.read(MAX_LOCAL_BYTES + 1)
    except ScraperError:
        raise
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}", url=str(path)) from exc
    if len(data) > MAX_LOCAL_BYTES:
        raise InputError(f"file too large: more than {MAX_LOCAL_BYTES} bytes", url=str(path))
    return data


def extract_saved(data: bytes, *, text: bool | None = None, url: str | None = None) -> Article:
    """Extract a saved page from its bytes: HTML, or a plain-text dump (detected from the content when `text` is None).

    Args:
        data: the file's bytes (standard input's, for `scraper scrape -`).
        text: force text-dump mode (True) or HTML mode (False).
        url: the URL the page was saved from (site rules key on it).

    Raises:
        ExtractError: the page holds no article (DecodeError for bytes that are not a text page).
    """
    if text is False:
        return extract(data, url)
    decoded, _ = decode(data)
    if text or not looks_like_html(decoded):
        return extract_text(decoded, url)
    return extract(data, url)


def _fetch_archived(url: str, fetcher: Fetcher, warc: Path, input_url: str) -> Page:
    """Fetch, and append what was sent and served to `warc` (also when the fetch fails)."""
    from .fetch.capture import Exchange
    from .warc import WarcLog, exchange_records, warcinfo_record

    exchanges: list[Exchange] = []
    archive = WarcLog(warc)
    try:
        if archive.end == 0:
            archive.append(warcinfo_record(warc.name, {"software": f"scraper/{_version()} (warcio)",
                                                        "format": "WARC File Format 1.1"}))
        try:
            page = fetcher.fetch(url, record=exchanges.append)
        except ScraperError:
            archive.append(exchange_records(exchanges, input_url=input_url))
            raise
        archive.append(exchange_records(exchanges, input_url=input_url, final_at=page.fetched_at))
    finally:
        archive.close()
    return page


def _follow_archived(first: Article, fetcher: Fetcher, settings: Settings, warc: Path) -> Article:
    """Read the rest of a paged article, appending its pages' requests and responses to `warc` after the
    first page's (which alone carries the input URL)."""
    from .fetch.capture import Exchange
    from .follow import follow_pages
    from .warc import WarcLog, exchange_records

    exchanges: list[Exchange] = []
    try:
        return follow_pages(first, lambda url: fetcher.fetch(url, record=exchanges.append), settings)
    finally:
        if exchanges:
            archive = WarcLog(warc)
            try:
                archive.append(exchange_records(exchanges))
            finally:
                archive.close()


def _version() -> str:
    from . import __version__

    return __version__


def scrape(
    url_or_path: str | os.PathLike[str],
    *,
    text: bool | None = None,
    url: str | None = None,
    warc: str | os.PathLike[str] | None = None,
    **options: Any,
) -> Article:
    """Fetch a URL (or read a local file) and extract its article.

    Args:
        url_or_path: an http(s) URL, the path of a saved page (HTML bytes or a plain-text dump), or a host and
            path without a scheme (`www.163.com/…`, read as https://); see `scraper.inputs.resolve`.
        text: force text-dump mode (True) or HTML mode (False); detected from the content when None.
        url: for a local file, the URL the page was saved from (site rules key on it).
        warc: for a URL, append its requests and responses (redirect hops included) to this WARC file
            (gzip records; a torn tail left by a killed run is cut first). See docs/warc.md.
        **options: fetch settings (see `scraper.Settings`), e.g. read_timeout=10, user_agent="…",
            follow_pages=False (a paged article's first page alone; by default its pages are joined).

    Returns:
        The Article. For the URL of a paged article (any of its pages), the whole article: its one-page form
        when the pager offers it, else every page joined, under the first page's URL (`pages` says how many).

    Raises:
        InputError: the path cannot be read or the URL cannot be used.
        WriteError: the WARC cannot be written.
        FetchError: the page could not be fetched.
        ExtractError: the page holds no article.
    """
    source = resolve(url_or_path)
    if source.is_file:
        Settings().with_options(**options)  # a mistyped option is an error for a file too, not ignored
        return extract_saved(read_local(Path(source.target)), text=text, url=url)
    return _scrape_url(source.target, text, Path(warc) if warc is not None else None, options)


def _scrape_url(target: str, text: bool | None, warc: Path | None, options: dict[str, Any]) -> Article:
    """Fetch one URL and extract it; a paged article's pages go through the same fetcher and are joined."""
    # The fetcher pulls in requests; local extraction does not need it.
    from .extract.rules.netease import first_page_url
    from .fetch.fetcher import Fetcher
    from .follow import follow_pages

    settings = Settings().with_options(**options)
    follow = settings.follow_pages and not text
    url = first_page_url(target) if follow else target
    with Fetcher(settings) as fetcher:
        page = fetcher.fetch(url) if warc is None else _fetch_archived(url, fetcher, warc, target)
        if text:
            body, _ = decode(page.content, page.content_type)
            return extract_text(body, page.final_url)
        article = extract(page.content, page.final_url, now=page.fetched_at, content_type=page.content_type)
        if not follow:
            return article
        if warc is None:
            return follow_pages(article, fetcher.fetch, settings)
        return _follow_archived(article, fetcher, settings, warc)
