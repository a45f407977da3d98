"""`scraper discover`: list the article URLs of feeds, sitemaps, channel lists and pages."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from ..errors import ConfigError, ScraperError
from .app import fail, main
from .options import (
    TIMEOUT_HELP,
    OutPath,
    Seconds,
    discover_flags,
    discover_options,
    fetch_flags,
    fetch_settings,
    user_agent_option,
)
from .runtime import configure_logging


@main.command("discover")
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--output", type=OutPath(dir_okay=False), default=None,
              help="Write the URLs to this file instead of stdout.")
@discover_flags
@click.option("--delay", type=Seconds(min=0), default=None, help="Seconds between requests to one host [1.0].")
@click.option("--timeout", type=Seconds(min=0.1), default=None, help=TIMEOUT_HELP)
@click.option("--user-agent", default=None, callback=user_agent_option, help="User-Agent header (a browser-like default otherwise).")
@fetch_flags
@click.option("--ignore-robots", is_flag=True, default=False, help="Do not read or obey robots.txt.")
@click.option("--block-private", is_flag=True, default=False,
              help="Refuse URLs (and redirects) that resolve to private, loopback or link-local addresses.")
@click.option("-v", "--verbose", count=True, help="Log what happens on stderr (-vv for debug).")
def discover_command(
    sources: tuple[str, ...],
    output: Path | None,
    since: str | None,
    any_site: bool,
    limit: int | None,
    max_pages: int,
    delay: float | None,
    timeout: float | None,
    user_agent: str | None,
    ignore_robots: bool,
    block_private: bool,
    verbose: int,
    **requests: Any,
) -> None:
    """Print the article URLs of feeds, sitemaps, NetEase channel lists and pages, one per line.

    What each SOURCE is (RSS/Atom feed, sitemap or sitemap index, gzipped or not, a site's robots.txt,
    a NetEase JSONP channel list, an HTML page) is told from what it serves. Each article is listed once
    (by its NetEase document id). Exit status: 0 every source read, 1 some could not be read, 2 usage error.

    \b
    Examples:
      scraper discover https://news.163.com/special/cm_yaowen20200213/?callback=data_callback
      scraper discover https://www.163.com/robots.txt --since 2025-10-16 --limit 100
      scraper discover https://example.com/feed.xml https://news.163.com/ -o urls.txt
      scraper discover https://news.163.com/ | scraper batch - -o news.jsonl
    """
    from ..discover import discover
    from ..fetch.fetcher import Fetcher

    configure_logging(verbose)
    failures: list[ScraperError] = []

    def warn(error: ScraperError) -> None:
        failures.append(error)
        click.echo(f"Warning: {error}", err=True)

    try:
        options = discover_options(since, any_site, limit, max_pages)
        settings = fetch_settings(delay=delay, timeout=timeout, user_agent=user_agent,
                                   ignore_robots=ignore_robots, block_private=block_private, **requests)
        with Fetcher(settings) as fetcher:
            urls = [found.url for found in discover(sources, options, fetcher=fetcher, on_error=warn)]
        text = "".join(f"{url}\n" for url in urls)
        if output is None:
            click.echo(text, nl=False)
        else:
            from ..write import write_text_atomic

            write_text_atomic(output, text)
    except ConfigError as error:
        click.echo(f"Error: {error}", err=True)
        sys.exit(2)
    except ScraperError as error:
        fail(error)
    if output is not None or verbose:
        click.echo(f"{len(urls)} URL(s) found" + (f", written to {output}" if output else ""), err=True)
    sys.exit(1 if failures else 0)
