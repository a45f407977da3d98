"""`scraper crawl`: the Scrapy / scrapy-redis crawl and its settings."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn

import click

from .app import main
from .options import (
    OutPath,
    Seconds,
    UrlListFile,
    default_output,
    fetch_flags,
    follow_pages_flag,
)
from .runtime import guarded

if TYPE_CHECKING:
    from ..crawl.distributed import PushSummary
    from ..crawl.run import CrawlSummary


@main.command("crawl")
@click.argument("urls_file", type=UrlListFile(), required=False)
@click.option("-o", "--output", type=OutPath(dir_okay=False), default=None,
              help="JSON Lines file of records [output/<input name>.jsonl; output/crawl.jsonl for a worker].")
@click.option("--redis", "redis_url", default=None, metavar="URL",
              help="Distributed mode: the shared Redis, e.g. redis://host:6379/0.")
@click.option("--push", "push_file", type=UrlListFile(), default=None,
              help="With --redis: put the URLs of this file on the shared list and exit.")
@click.option("--fresh", is_flag=True, default=False,
              help="With --push: first forget the list, the shared queue and the seen-URL filter.")
@click.option("--append", is_flag=True, default=False,
              help="Add to the output and errors files instead of starting them afresh (e.g. for the "
                   "<stem>.unfinished.txt an interrupted crawl leaves).")
@click.option("--idle-exit", type=click.IntRange(min=0), default=None,
              help="With --redis: stop after the queue stayed empty this many seconds; 0 = never [60].")
@click.option("--concurrency", type=click.IntRange(min=1), default=None, help="Requests in flight across hosts [8].")
@click.option("--delay", type=Seconds(min=0), default=None,
              help="Seconds between requests to one host, kept by all workers together [1.0].")
@fetch_flags
@click.option("--ignore-robots", is_flag=True, default=False, help="Do not read or obey robots.txt.")
@click.option("--block-private", is_flag=True, default=False,
              help="Refuse URLs (redirects and robots.txt too) that resolve to private, loopback or link-local "
                   "addresses.")
@click.option("--warc", "warc", type=OutPath(dir_okay=False), default=None, metavar="FILE",
              help="Also archive every response; each worker writes <stem>-<time>-<host>-<pid>.warc.gz beside FILE.")
@click.option("-s", "--set", "scrapy_settings", multiple=True, metavar="NAME=VALUE",
              help="Any Scrapy setting for this run, e.g. -s AUTOTHROTTLE_ENABLED=False (repeatable).")
@follow_pages_flag
@click.option("-q", "--quiet", is_flag=True, default=False, help="No summary line.")
@click.option("-v", "--verbose", count=True, help="Scrapy's log on stderr (-v info, -vv debug).")
def crawl_command(
    urls_file: IO[str] | None,
    output: Path | None,
    redis_url: str | None,
    push_file: IO[str] | None,
    fresh: bool,
    append: bool,
    idle_exit: int | None,
    concurrency: int | None,
    delay: float | None,
    ignore_robots: bool,
    block_private: bool,
    warc: Path | None,
    scrapy_settings: tuple[str, ...],
    no_follow_pages: bool,
    quiet: bool,
    verbose: int,
    **requests: Any,
) -> None:
    """Scrape a URL list on Scrapy, on one machine or as workers sharing a Redis queue.

    Writes the same records and errors file as `scraper batch` (not resumable on one machine: use
    `scraper batch` for that). Needs the scrapy extra: pip install -e '.[scrapy]' in a checkout.

    \b
    Examples:
      scraper crawl urls.txt -o news.jsonl
      scraper crawl --redis redis://host:6379/0 --push urls.txt
      scraper crawl --redis redis://host:6379/0 -o worker1.jsonl --idle-exit 10
    """
    # Imported here: Scrapy and Twisted are heavy and optional; the other commands must not need them.
    if push_file is not None:
        if redis_url is None:
            raise click.UsageError("--push needs --redis URL")
        _push(redis_url, push_file, fresh=fresh, quiet=quiet)
    if (urls_file is None) == (redis_url is None):
        raise click.UsageError("give either URLS_FILE (one machine) or --redis URL (a worker)")
    overrides = scrapy_overrides(scrapy_settings, verbose=verbose, concurrency=concurrency, delay=delay,
                                 ignore_robots=ignore_robots, idle_exit=idle_exit, warc=warc,
                                 block_private=block_private or None, append=append or None,
                                 no_follow_pages=no_follow_pages, **requests)
    lines = list(urls_file) if urls_file is not None else None

    def crawl() -> CrawlSummary:
        from ..crawl.run import run_crawl

        return run_crawl(default_output(output, urls_file.name if urls_file else None), lines=lines, redis_url=redis_url, overrides=overrides)

    summary = guarded(crawl)
    if not quiet or summary.interrupted:
        click.echo(summary.line(), err=True)
    sys.exit(summary.exit_code)


def _push(redis_url: str, push_file: IO[str], *, fresh: bool, quiet: bool) -> NoReturn:
    """`scraper crawl --push`: put a URL list on the shared Redis list, report, and exit (1 if lines were invalid)."""

    def push() -> PushSummary:
        from ..crawl.distributed import push_urls

        return push_urls(redis_url, push_file, fresh=fresh)

    pushed = guarded(push)
    for line, why in pushed.invalid:
        click.echo(f"skipped {line!r}: {why}", err=True)
    if not quiet:
        click.echo(f"{pushed.pushed} pushed, {pushed.duplicates} duplicate(s) ignored, "
                   f"{len(pushed.invalid)} invalid; {pushed.queued} queued", err=True)
    sys.exit(1 if pushed.invalid else 0)


# CLI option -> Scrapy setting, for `scraper crawl`.
_SCRAPY_NAMES = {"concurrency": "CONCURRENT_REQUESTS", "delay": "DOWNLOAD_DELAY", "idle_exit": "MAX_IDLE_TIME_BEFORE_CLOSE",
                 "warc": "SCRAPER_WARC", "proxy": "SCRAPER_PROXY", "header": "SCRAPER_HEADERS",
                 "cookies": "SCRAPER_COOKIES", "block_private": "SCRAPER_BLOCK_PRIVATE", "append": "SCRAPER_APPEND"}


def scrapy_overrides(items: tuple[str, ...], *, verbose: int, ignore_robots: bool, no_follow_pages: bool = False,
                     **options: Any) -> dict[str, object]:
    """Scrapy settings for a crawl: the log level, each `-s NAME=VALUE`, then the named options given.

    Raises:
        click.UsageError: an item of `-s` is not NAME=VALUE.
    """
    overrides: dict[str, object] = {"LOG_LEVEL": ("WARNING", "INFO", "DEBUG")[min(verbose, 2)]}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise click.UsageError(f"-s wants NAME=VALUE, got {item!r}")
        overrides[name.strip()] = value
    overrides.update({_SCRAPY_NAMES[name]: str(value) if isinstance(value, Path) else value
                      for name, value in options.items() if value is not None})
    if options.get("delay") is not None:
        overrides["AUTOTHROTTLE_START_DELAY"] = max(options["delay"], 0.1)
    if ignore_robots:
        overrides["ROBOTSTXT_OBEY"] = False
    if options.get("cookies") is not None:
        overrides["COOKIES_ENABLED"] = True
    if no_follow_pages:
        overrides["SCRAPER_FOLLOW_PAGES"] = False
    return overrides
