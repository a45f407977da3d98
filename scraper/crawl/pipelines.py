"""The item pipeline: our `extract` on each response's raw bytes, and the same output files as `scraper batch`.

Spiders yield two kinds of items (plain dicts):

- ``{"page": Page, "input_url": str}`` for a response: extracted here, written as a record line or, when
  extraction fails, as an error record at stage "extract";
- ``{"result": Result}`` for a URL that ended before extraction (stages "input", "robots", "fetch").

Records go to ``SCRAPER_OUTPUT`` and error records to ``<stem>.errors.jsonl`` beside it, each line appended
and fsynced as it is made. ``SCRAPER_APPEND`` keeps what the files already hold (distributed workers restart
and go on); otherwise both start empty.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from ..batch.run import Result, article_record, extract_result
from ..batch.state import OutputLog, Status, state_paths
from ..errors import WriteError
from .inflight import InflightTracker, inflight_key

log = logging.getLogger(__name__)


def error_line(result: Result) -> dict[str, Any]:
    """The errors-file line of a failed or skipped Result, with the keys of `scraper batch`'s errors file."""
    return {
        **result.error_record(),
        "skipped": result.status == Status.SKIPPED,
        "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def open_log(path: Path, append: bool) -> OutputLog:
    """Open a JSON Lines file for appending: after its current end, or emptied first."""
    end = path.stat().st_size if append and path.exists() else 0
    return OutputLog(path, end)


class RecordPipeline:
    """Extract each page and write its record or error record; count outcomes in the crawl stats."""

    def __init__(self, output: Path, append: bool, crawler: Crawler) -> None:
        self.output = output
        self.errors_path = state_paths(output)[0]
        self.append = append
        self.crawler = crawler
        self._records: OutputLog | None = None
        self._errors: OutputLog | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RecordPipeline:
        """Build from the ``SCRAPER_OUTPUT`` and ``SCRAPER_APPEND`` settings."""
        settings = crawler.settings
        return cls(Path(settings.get("SCRAPER_OUTPUT")), settings.getbool("SCRAPER_APPEND"), crawler)

    # `spider` is optional: Scrapy 2.14 stops passing it (and warns about methods that require it).
    def open_spider(self, spider: Spider | None = None) -> None:
        """Open the output and the errors file."""
        self._records = open_log(self.output, self.append)
        self._errors = open_log(self.errors_path, self.append)

    def close_spider(self, spider: Spider | None = None) -> None:
        """Close both files."""
        for log in (self._records, self._errors):
            if log is not None:
                log.close()

    def process_item(self, item: Any, spider: Spider | None = None) -> dict[str, Any]:
        """Write one outcome; return what was written (that is what Scrapy logs and counts as scraped)."""
        if not isinstance(item, dict) or not ({"page", "result"} & item.keys()):
            raise DropItem(f"not an item of scraper.crawl: {type(item).__name__}")
        result: Result = item["result"] if "result" in item else extract_result(item["input_url"], item["page"])
        assert self._records is not None and self._errors is not None, "open_spider was not called"
        stats = self.crawler.stats
        try:
            if result.article is not None:
                line = article_record(result)
                self._records.append(line)
            else:
                line = error_line(result)
                self._errors.append(line)
        except WriteError as exc:
            # As in `scraper batch`, a full disk or an unwritable file is no URL's failure: stop the crawl
            # (the exit status says so) rather than go on fetching pages that cannot be kept.
            spider = spider or self.crawler.spider
            log.error("%s: stopping the crawl", exc)
            if self.crawler.engine is not None and spider is not None:
                self.crawler.engine.close_spider(spider, "write_error")
            raise DropItem(str(exc)) from exc
        if stats is not None:
            stats.inc_value(f"scraper/{result.status}")
        # Written and flushed: a distributed worker releases the URL it took from the shared queue.
        tracker: InflightTracker | None = getattr(spider or self.crawler.spider, "inflight", None)
        if tracker is not None:
            tracker.done(inflight_key(result.input_url))
        mark = getattr(self.crawler.spider, "mark_finished", None)
        if mark is not None:
            mark(result.input_url)
        return line


__all__ = ["RecordPipeline", "error_line", "open_log"]
