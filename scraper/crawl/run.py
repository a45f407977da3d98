"""Run a crawl in this process: what `scraper crawl` calls (the CLI only parses options)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.settings import Settings as ScrapySettings

from ..batch.state import counts_line, refuse_foreign
from ..write import write_text_atomic
from . import settings as default_settings
from .interrupt import Interrupt, interruptible


@dataclass(frozen=True, slots=True)
class CrawlSummary:
    """Counts of one crawl run (this worker only) and the files written."""

    ok: int
    failed: int
    skipped: int
    duplicates: int
    output: Path
    finish_reason: str | None
    interrupted: bool = False
    # Interrupted on one machine: the list's URLs with no record or error line, and the file listing them.
    unfinished: int = 0
    unfinished_path: Path | None = None
    # Interrupted as a worker: requests put back on the shared queue.
    requeued: int = 0

    @property
    def exit_code(self) -> int:
        """0 when nothing failed and the crawl ended normally, 130 when interrupted, 1 otherwise."""
        if self.interrupted:
            return 130
        return 0 if self.failed == 0 and self.finish_reason in (None, "finished") else 1

    def line(self) -> str:
        """The one-line summary, as `scraper batch` words it (an interrupted crawl's starts with Interrupted)."""
        text = counts_line(self.ok, self.failed, self.skipped, self.duplicates)
        if self.interrupted:
            return f"Interrupted: {text}; {self._left_over()}"
        if self.finish_reason not in (None, "finished"):
            text += f"; stopped: {self.finish_reason}"
        return text

    def _left_over(self) -> str:
        if self.unfinished_path is not None:
            return (f"{self.unfinished} not done, listed in {self.unfinished_path} (to do them: scraper crawl "
                    f"{self.unfinished_path} -o {self.output} --append)")
        if self.unfinished:
            return f"{self.unfinished} not done"
        return f"{self.requeued} in progress put back on the shared queue"


def crawl_settings(output: Path, overrides: Mapping[str, Any] | None = None) -> ScrapySettings:
    """Our Scrapy settings module with the output path and per-run overrides (command-line priority)."""
    settings = ScrapySettings()
    settings.setmodule(default_settings, priority="project")
    settings.set("SCRAPER_OUTPUT", str(output), priority="cmdline")
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    if settings.getbool("SCRAPER_BLOCK_PRIVATE"):
        # The connection goes to the address the resolver vetted; a proxy would resolve names out of sight.
        settings.set("DNS_RESOLVER", "scraper.crawl.guard.GuardedResolver", priority="cmdline")
        settings.set("HTTPPROXY_ENABLED", False, priority="cmdline")
    return settings


def run_crawl(
    output: Path,
    *,
    lines: Iterable[str] | None = None,
    redis_url: str | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> CrawlSummary:
    """Crawl in this process until done: a URL list (`lines`) on plain Scrapy, or, with `redis_url`, as one
    worker of a distributed crawl (until its queue has been empty for MAX_IDLE_TIME_BEFORE_CLOSE seconds).

    Args:
        output: JSON Lines file of records; errors go to `<stem>.errors.jsonl` beside it.
        lines: the URL lines (single-machine mode).
        redis_url: the Redis server of a distributed crawl (worker mode).
        overrides: Scrapy settings to set for this run (e.g. DOWNLOAD_DELAY).

    Returns:
        The counts of this run.
    """
    settings = crawl_settings(output, overrides)
    if not settings.getbool("SCRAPER_APPEND"):
        # A crawl starts its files afresh: never over a file of the user's.
        refuse_foreign(output, "a crawl starts its output afresh", "give -o another file, or remove it first")
    if redis_url is not None:
        from .distributed import RedisUrlSpider, connect

        connect(redis_url).close()  # fail with one clear line before Scrapy starts
        settings.set("REDIS_URL", redis_url, priority="cmdline")
        spider_cls: Any = RedisUrlSpider
        kwargs: dict[str, Any] = {}
    else:
        from .spiders import UrlListSpider

        spider_cls = UrlListSpider
        kwargs = {"lines": list(lines or ())}
    process = CrawlerProcess(settings, install_root_handler=True)
    crawler = process.create_crawler(spider_cls)
    process.crawl(crawler, **kwargs)
    # Our handlers, not Scrapy's: Ctrl-C stops now instead of after the downloads in flight (interrupt.py).
    with interruptible(crawler) as interrupt:
        process.start(install_signal_handlers=False)
    return _summary(crawler, output, interrupt)


def _summary(crawler: Crawler, output: Path, interrupt: Interrupt) -> CrawlSummary:
    """The counts of a finished or interrupted crawl; an interrupted list crawl writes its unfinished URLs."""
    stats = crawler.stats.get_stats() if crawler.stats is not None else {}
    summary = CrawlSummary(
        ok=int(stats.get("scraper/ok", 0)),
        failed=int(stats.get("scraper/failed", 0)),
        skipped=int(stats.get("scraper/skipped", 0)),
        duplicates=int(stats.get("scraper/duplicates", 0)),
        output=output,
        finish_reason=stats.get("finish_reason"),
        interrupted=interrupt.signalled,
        requeued=interrupt.requeued,
    )
    unfinished = getattr(crawler.spider, "unfinished", None)
    if not interrupt.signalled or unfinished is None:
        return summary
    urls: list[str] = unfinished()
    path = output.with_name(f"{output.stem}.unfinished.txt")
    write_text_atomic(path, "".join(f"{url}\n" for url in urls))
    return replace(summary, unfinished=len(urls), unfinished_path=path)


__all__ = ["CrawlSummary", "crawl_settings", "run_crawl"]
