"""Spiders: `UrlListSpider` ("scraper") reads a URL file; the distributed one lives in `scraper.crawl.distributed`.

Both turn a response into a `Page` of raw bytes (``response.body``, its Content-Type header, its URL; never
``response.text``, which would decode with Scrapy's rules instead of ours) and a failure into a `Result`
with the stage and error type `scraper batch` records. The pipeline does the rest.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scrapy import Request, Spider
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import error as net
from twisted.python.failure import Failure

from ..batch.run import Result, extract_result, read_url_lines
from ..batch.state import Stage, Status
from ..errors import ConfigError, FetchError, InputError, RobotsError, ScraperError
from ..extract.pages import PageJoiner
from ..extract.rules.netease import first_page_url
from ..fetch import normalise_url
from ..follow import extract_later_page, is_paged
from ..model import Page
from .archive import FETCHED_AT
from .guard import BlockedRequest

_TIMEOUTS = (net.TimeoutError, net.TCPTimedOutError)


def attempts_of(request: Request) -> int:
    """HTTP requests sent for this URL so far: 1, plus retries, plus redirect hops (as `scraper batch` counts)."""
    meta = request.meta
    return 1 + int(meta.get("retry_times", 0)) + len(meta.get("redirect_urls", ()))


def page_of(response: Response) -> Page:
    """The fetched page as our extractor takes it: raw bytes, headers, final URL, attempts."""
    request = response.request
    content_type = response.headers.get("Content-Type")
    headers = {"Content-Type": content_type.decode("latin-1")} if content_type else {}
    input_url = request.meta.get("input_url", request.url) if request is not None else response.url
    return Page(
        url=input_url,
        final_url=response.url,
        status=response.status,
        content=response.body,
        headers=headers,
        # With --warc, the time the archive gave the response: re-extraction then uses the same `now`.
        fetched_at=(request.meta.get(FETCHED_AT) if request is not None else None) or datetime.now(UTC),
        attempts=attempts_of(request) if request is not None else 1,
    )


def failure_result(failure: Failure) -> Result:
    """The Result of a request that ended without a usable response (robots skip or fetch failure)."""
    request: Request = failure.request  # type: ignore[attr-defined]  # set by Scrapy on errback failures
    input_url = str(request.meta.get("input_url", request.url))
    exc = failure.value
    if isinstance(exc, BlockedRequest):  # --block-private refused the URL or a hop of it
        return Result(input_url, None, None, exc.error, Stage.FETCH, Status.FAILED, attempts_of(request))
    if isinstance(exc, IgnoreRequest) and "robots.txt" in str(exc):
        skip = RobotsError("robots.txt disallows this URL", url=request.url, attempts=0, kind="robots")
        return Result(input_url, request.url, None, skip, Stage.ROBOTS, Status.SKIPPED, 0, None)
    attempts = attempts_of(request)
    if isinstance(exc, HttpError):
        response = exc.response
        error = FetchError(f"HTTP {response.status}", url=response.url, status=response.status, attempts=attempts,
                           kind="http")
        return Result(input_url, None, None, error, Stage.FETCH, Status.FAILED, attempts, response.status)
    if isinstance(exc, _TIMEOUTS):
        error = FetchError("timed out", url=request.url, attempts=attempts, kind="timeout")
    elif isinstance(exc, net.ConnectError | net.DNSLookupError | net.ConnectionLost | net.ConnectionDone):
        error = FetchError(f"connection failed: {exc}", url=request.url, attempts=attempts, kind="connection")
    else:  # e.g. a body over DOWNLOAD_MAXSIZE (the download is cancelled), a broken response
        error = FetchError(f"request failed: {type(exc).__name__}: {exc}", url=request.url, attempts=attempts)
    return Result(input_url, None, None, error, Stage.FETCH, Status.FAILED, attempts)


class PageSpiderMixin:
    """Request building, the response callbacks and the errbacks shared by both spiders.

    A paged article (``SCRAPER_FOLLOW_PAGES``, on by default) is joined here, as `scraper batch` joins it:
    its first page is extracted, `extract.pages.PageJoiner` names the next URL (the one-page form, else the
    pager's next page), and each one is a Scrapy request of its own (download delay, robots.txt, retries),
    exempt from the duplicate filter (it shares the article's identity key); the joined record goes to the
    pipeline once the joiner is done.
    """

    settings: Any  # Scrapy's settings, set on the spider by from_crawler
    logger: Any

    def _follows_pages(self) -> bool:
        return bool(self.settings.getbool("SCRAPER_FOLLOW_PAGES", True))

    _finished: set[str]  # input URLs with a record or error line written, made on first use

    def mark_finished(self, input_url: str) -> None:
        """The pipeline wrote this input's record or error line (see `UrlListSpider.unfinished`)."""
        if not hasattr(self, "_finished"):
            self._finished = set()
        self._finished.add(input_url)

    def page_request(self, url: str, input_url: str) -> Request:
        """A GET for `url` (already normalised) remembering the line it came from; a later page of a paged
        article (<ID>_2.html) is asked for as its first page when pages are followed."""
        if self._follows_pages():
            url = first_page_url(url)
        return Request(url, callback=self.parse_page, errback=self.record_failure, meta={"input_url": input_url})

    def parse_page(self, response: Response) -> Iterator[Any]:
        """Hand the raw response to the pipeline, or, for a paged article, start reading its other pages."""
        page = page_of(response)
        if not self._follows_pages():
            yield {"page": page, "input_url": page.url}
            return
        result = extract_result(page.url, page)
        if result.article is None or not is_paged(result.article):
            yield {"result": result}
            return
        limit = self.settings.getint("SCRAPER_MAX_ARTICLE_PAGES", 50)
        yield from self._read_on(PageJoiner(result.article, limit=limit), result)

    def _read_on(self, joiner: PageJoiner, result: Result) -> Iterator[Any]:
        """The request for the joiner's next URL, or the joined record when it has none."""
        url = joiner.next_url()
        if url is None:
            for note in joiner.notes:
                self.logger.warning("%s: %s", joiner.first.url, note)
            yield {"result": replace(result, article=joiner.article())}
            return
        # Higher priority: an article under way is finished before new ones start.
        yield Request(url, callback=self.parse_later_page, errback=self.later_page_failed, dont_filter=True,
                      priority=1, meta={"joiner": joiner, "first_result": result, "page_url": url})

    def parse_later_page(self, response: Response) -> Iterator[Any]:
        """A later page (or the one-page form) of a paged article: join it, go on."""
        joiner: PageJoiner = response.meta["joiner"]
        url: str = response.meta["page_url"]
        try:
            joiner.add(url, extract_later_page(page_of(response)))
        except ScraperError as exc:
            joiner.fail(url, f"{type(exc).__name__}: {exc}")
        yield from self._read_on(joiner, response.meta["first_result"])

    def later_page_failed(self, failure: Failure) -> Iterator[Any]:
        """A later page could not be fetched (or robots.txt disallows it): the joiner falls back or stops."""
        request: Request = failure.request  # type: ignore[attr-defined]  # set by Scrapy on errback failures
        joiner: PageJoiner = request.meta["joiner"]
        error = failure_result(failure).error
        joiner.fail(request.meta["page_url"], f"{type(error).__name__}: {error}")
        yield from self._read_on(joiner, request.meta["first_result"])

    def record_failure(self, failure: Failure) -> Iterator[dict[str, Any]]:
        """Hand a fetch failure or a robots skip to the pipeline."""
        yield {"result": failure_result(failure)}


def input_error(line: str, error: dict[str, Any]) -> Result:
    """The Result of an unusable input line (stage "input"), as `scraper batch` records it."""
    exc = InputError(str(error["message"]))
    return Result(line, None, None, exc, Stage.INPUT, Status.FAILED, 0)


class UrlListSpider(PageSpiderMixin, Spider):
    """Fetch every URL of a list once (NetEase articles under several hosts count once, as in the batch).

    Arguments (``-a`` on the ``scrapy crawl`` command line): ``urls``, the path of the URL file; or, from
    Python, ``lines``, an iterable of lines.
    """

    name = "scraper"

    def __init__(self, urls: str | None = None, lines: Iterable[str] | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        if urls is None and lines is None:
            raise ConfigError("the scraper spider needs a URL file: -a urls=FILE")
        self.urls_path = urls
        self.lines = lines

    async def start(self) -> AsyncIterator[Any]:
        """Yield a request per distinct URL, and an error item per unusable line."""
        seen: set[str] = set()
        for key, line, error in read_url_lines(self._lines()):
            if key in seen:
                if self.crawler.stats is not None:
                    self.crawler.stats.inc_value("scraper/duplicates")
                continue
            seen.add(key)
            if error is not None:
                yield {"result": input_error(line, error)}
                continue
            yield self.page_request(normalise_url(line), line)

    def unfinished(self) -> list[str]:
        """The list's URLs (once each, unusable lines left out) that have no record or error line yet."""
        finished: set[str] = getattr(self, "_finished", set())
        seen: set[str] = set()
        left: list[str] = []
        for key, line, error in read_url_lines(self._lines()):
            if error is None and key not in seen and line not in finished:
                left.append(line)
            seen.add(key)
        return left

    def _lines(self) -> Iterator[str]:
        if self.lines is not None:
            yield from self.lines
            return
        assert self.urls_path is not None
        try:
            with Path(self.urls_path).open(encoding="utf-8-sig") as handle:
                yield from handle
        except OSError as exc:
            raise ConfigError(f"cannot read {self.urls_path}: {exc.strerror or exc}") from exc


__all__ = ["PageSpiderMixin", "UrlListSpider", "attempts_of", "failure_result", "input_error", "page_of"]
