"""The command line: click commands that parse options and call the library; no business logic here."""

from __future__ import annotations

import logging
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, NoReturn

import click

from . import __version__
from .api import scrape as scrape_page
from .errors import ConfigError, ScraperError
from .write import dumps, write_article

DEFAULT_OUTPUT_DIR = Path("output")


def fail(error: ScraperError | str) -> NoReturn:
    """Print one `Error: …` line on stderr and exit 1."""
    click.echo(f"Error: {error}", err=True)
    sys.exit(1)


class _Command(click.Command):
    """A command whose summary in `scraper --help` is the first paragraph of its docstring, whole."""

    def get_short_help_str(self, limit: int = 45) -> str:
        # click cuts the summary to fit the terminal ("Scrape every URL of URLS_FILE (one per line, - for
        # stdin) into..."); the help formatter wraps a long one instead.
        if self.short_help or not self.help:
            return super().get_short_help_str(limit)
        return " ".join(self.help.strip().split("\n\n", 1)[0].split())


class _Group(click.Group):
    command_class = _Command


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="scraper")
def main() -> None:
    """Turn NetEase-style (163.com) news pages into clean JSON records.

    \b
    Examples:
      scraper scrape https://www.163.com/dy/article/HTU1M7QK0514BE2Q.html
      scraper scrape fixtures/seed_page/source.html -o output/
      scraper batch urls.txt
    """


@main.command("scrape")
@click.argument("url_or_file")
@click.option(
    "-o",
    "--output",
    "output",
    type=click.Path(path_type=Path),
    default=None,
    help="Write the record to this file (.json) or directory (gets <doc_id or slug>.json) instead of stdout.",
)
@click.option(
    "--text",
    "text_mode",
    is_flag=True,
    default=False,
    help="Treat the input as a plain-text page dump (detected automatically otherwise).",
)
@click.option(
    "--url",
    "page_url",
    default=None,
    metavar="URL",
    help="For a local file: the URL the page was saved from (site rules key on it).",
)
@click.option("--compact", is_flag=True, default=False, help="One-line JSON instead of indented.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=None, help="Read timeout in seconds for a URL [30].")
@click.option("--user-agent", default=None, help="User-Agent header for a URL (a browser-like default otherwise).")
@click.option("--block-private", is_flag=True, default=False,
              help="Refuse URLs (and redirects) that resolve to private, loopback or link-local addresses.")
@click.option("--warc", "warc", type=click.Path(dir_okay=False, path_type=Path), default=None, metavar="FILE",
              help="For a URL: also append the requests and responses to this WARC (.warc.gz; docs/warc.md).")
@click.option("-v", "--verbose", count=True, help="Log what happens on stderr (-vv for debug).")
def scrape_command(
    url_or_file: str,
    output: Path | None,
    text_mode: bool,
    page_url: str | None,
    compact: bool,
    timeout: float | None,
    user_agent: str | None,
    block_private: bool,
    warc: Path | None,
    verbose: int,
) -> None:
    """Extract one page (a URL or a saved file) and print its JSON record.

    \b
    Examples:
      scraper scrape https://www.163.com/dy/article/HTU1M7QK0514BE2Q.html
      scraper scrape saved.html --url https://news.163.com/19/0907/13/EP1HJ1GS0001899O.html
      scraper scrape page.txt --text -o output/
      scraper scrape https://www.163.com/dy/article/HTU1M7QK0514BE2Q.html --warc pages.warc.gz
    """
    _configure_logging(verbose)
    try:
        article = scrape_page(
            url_or_file,
            text=True if text_mode else None,
            url=page_url,
            read_timeout=timeout,
            user_agent=user_agent,
            block_private=block_private or None,
            warc=warc,
        )
        extra = {"scraped_at": datetime.now(UTC).isoformat(timespec="seconds")}
        if output is None:
            record = article.to_dict()
            click.echo(dumps(record, compact=compact))
            return
        path = write_article(article, output, compact=compact, extra=extra)
    except ScraperError as error:
        fail(error)
    if verbose:
        click.echo(f"wrote {path}", err=True)


def _configure_logging(verbose: int) -> None:
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


# --- discover ------------------------------------------------------------------------------------------


def _discover_options(since: str | None, any_site: bool, limit: int | None, max_pages: int) -> Any:
    from .discover import DiscoverOptions, parse_since

    return DiscoverOptions(since=parse_since(since) if since else None, any_site=any_site, limit=limit,
                           max_pages=max_pages)


def _discover_flags(command: Any) -> Any:
    """The filters shared by `discover` and `batch --discover`."""
    for option in reversed([
        click.option("--since", metavar="DATE", default=None,
                     help="Only URLs dated on or after DATE (YYYY-MM-DD or ISO 8601; Beijing time without an "
                          "offset). URLs with no date are kept."),
        click.option("--any-site", is_flag=True, default=False,
                     help="Keep URLs of other sites too (default: only the source's own site)."),
        click.option("--limit", type=click.IntRange(min=1), default=None, help="Stop after N URLs."),
        click.option("--max-pages", type=click.IntRange(min=1), default=10, show_default=True,
                     help="Pages of a numbered channel list to read (page 1 included)."),
    ]):
        command = option(command)
    return command


@main.command("discover")
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the URLs to this file instead of stdout.")
@_discover_flags
@click.option("--delay", type=click.FloatRange(min=0), default=None, help="Seconds between requests to one host [1.0].")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=None, help="Connect and read timeout, seconds [10 / 30].")
@click.option("--user-agent", default=None, help="User-Agent header (a browser-like default otherwise).")
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
    from .discover import discover
    from .fetch.fetcher import Fetcher

    _configure_logging(verbose)
    failures: list[ScraperError] = []

    def warn(error: ScraperError) -> None:
        failures.append(error)
        click.echo(f"Warning: {error}", err=True)

    try:
        options = _discover_options(since, any_site, limit, max_pages)
        settings = _fetch_settings(delay=delay, timeout=timeout, user_agent=user_agent,
                                   ignore_robots=ignore_robots, block_private=block_private)
        with Fetcher(settings) as fetcher:
            urls = [found.url for found in discover(sources, options, fetcher=fetcher, on_error=warn)]
        text = "".join(f"{url}\n" for url in urls)
        if output is None:
            click.echo(text, nl=False)
        else:
            from .write import write_text_atomic

            write_text_atomic(output, text)
    except ConfigError as error:
        click.echo(f"Error: {error}", err=True)
        sys.exit(2)
    except ScraperError as error:
        fail(error)
    if output is not None or verbose:
        click.echo(f"{len(urls)} URL(s) found" + (f", written to {output}" if output else ""), err=True)
    sys.exit(1 if failures else 0)


def _fetch_settings(**given: Any) -> Any:
    """Settings from the fetch options shared by the commands (None means the default)."""
    from .settings import Settings

    options: dict[str, object] = {
        "per_host_delay": given.get("delay"), "read_timeout": given.get("timeout"),
        "user_agent": given.get("user_agent"),
    }
    if given.get("timeout") is not None:
        options["connect_timeout"] = min(given["timeout"], Settings().connect_timeout)
    if given.get("ignore_robots"):
        options["obey_robots"] = False
    if given.get("block_private"):
        options["block_private"] = True
    return Settings().with_options(**options)


# --- batch ---------------------------------------------------------------------------------------------


@main.command("batch")
@click.argument("inputs", nargs=-1, required=False, metavar="URLS_FILE | --discover SOURCE...")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="JSON Lines file of records [output/<input name>.jsonl].")
@click.option("--split", "split_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Also write one <doc_id>.json per article into this directory.")
@click.option("--concurrency", type=click.IntRange(min=1), default=None, help="Requests in flight across hosts [8].")
@click.option("--delay", type=click.FloatRange(min=0), default=None, help="Seconds between requests to one host [1.0].")
@click.option("--per-host", type=click.IntRange(min=1), default=None, help="Requests in flight to one host [1].")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=None, help="Connect and read timeout, seconds [10 / 30].")
@click.option("--retries", type=click.IntRange(min=0), default=None, help="Retries on 429, 5xx, timeouts, resets [3].")
@click.option("--user-agent", default=None, help="User-Agent header (a browser-like default otherwise).")
@click.option("--max-bytes", type=click.IntRange(min=1024), default=None, help="Largest page body, decompressed [10 MiB].")
@click.option("--ignore-robots", is_flag=True, default=False, help="Do not read or obey robots.txt.")
@click.option("--block-private", is_flag=True, default=False,
              help="Refuse URLs (and redirects) that resolve to private, loopback or link-local addresses.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes for extraction (CPU-bound); 1 extracts in the fetch threads [1].")
@click.option("--warc", "warc", type=click.Path(dir_okay=False, path_type=Path), default=None, metavar="FILE",
              help="Also write every request and response to this WARC (.warc.gz), resumable (docs/warc.md).")
@click.option("--from-warc", "from_warc", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, metavar="FILE",
              help="No network: re-extract every HTML response of this WARC (ours or another tool's) instead.")
@click.option("--fresh", is_flag=True, default=False, help="Forget earlier runs of this output and start over.")
@click.option("--retry-failed", is_flag=True, default=False, help="Run the URLs that failed last time again.")
@click.option("--discover", "discover_sources", is_flag=True, default=False,
              help="The arguments are feeds, sitemaps, channel lists or pages: discover their articles and "
                   "scrape those not done yet in this output (see `scraper discover`).")
@_discover_flags
@click.option("-q", "--quiet", is_flag=True, default=False, help="No progress bar and no summary line.")
@click.option("-v", "--verbose", count=True, help="Log what happens on stderr (-vv for debug).")
def batch_command(
    inputs: tuple[str, ...],
    output: Path | None,
    split_dir: Path | None,
    concurrency: int | None,
    delay: float | None,
    per_host: int | None,
    timeout: float | None,
    retries: int | None,
    user_agent: str | None,
    max_bytes: int | None,
    ignore_robots: bool,
    block_private: bool,
    workers: int | None,
    warc: Path | None,
    from_warc: Path | None,
    fresh: bool,
    retry_failed: bool,
    discover_sources: bool,
    since: str | None,
    any_site: bool,
    limit: int | None,
    max_pages: int,
    quiet: bool,
    verbose: int,
) -> None:
    """Scrape every URL of URLS_FILE (one per line, - for stdin) into JSON Lines, resumably.

    With --discover the arguments are sources instead (feeds, sitemaps, channel lists, pages): their articles
    are discovered and those this output has not done yet are scraped, so the same command run daily (from
    cron) fetches only new articles.

    Blank lines and # comments are ignored, duplicates (also the same NetEase article under another host)
    are done once. Beside the output: <stem>.errors.jsonl (failures and robots skips) and
    <name>.state.sqlite (progress). Run the same command again after an interruption to resume.
    Exit status: 0 all succeeded, 1 some failed, 2 usage error.

    \b
    Examples:
      scraper batch urls.txt
      scraper batch urls.txt -o out/news.jsonl --split out/articles --delay 2
      scraper batch urls.txt --retry-failed
      cat urls.txt | scraper batch - -o news.jsonl --quiet
      scraper batch --discover https://news.163.com/special/cm_yaowen20200213/ -o news.jsonl --quiet
      scraper batch urls.txt --warc news.warc.gz
      scraper batch --from-warc news.warc.gz -o again.jsonl
    """
    # Imported here: the batch pulls in requests and sqlite, which `scraper scrape FILE` does not need.
    from tqdm import tqdm

    from .batch.run import Result, run_batch
    from .settings import Settings

    _configure_logging(verbose)
    if from_warc is not None:
        if inputs or discover_sources or warc is not None:
            raise click.UsageError("--from-warc reads one WARC without the network: give no URLS_FILE, "
                                   "--discover or --warc with it")
        _batch_from_warc(from_warc, output, split_dir, max_bytes, workers, fresh, retry_failed, quiet)
    if not discover_sources and len(inputs) != 1:
        raise click.UsageError("give one URLS_FILE, or --discover with one or more sources")
    if output is None:
        if discover_sources:
            raise click.UsageError("--discover needs -o OUTPUT (the same file every run, so it stays incremental)")
        name = "stdin" if inputs[0] == "-" else Path(inputs[0]).stem
        output = DEFAULT_OUTPUT_DIR / f"{name}.jsonl"
    urls_file: IO[str] | None = None
    if not discover_sources:
        try:
            urls_file = click.open_file(inputs[0], "r", encoding="utf-8-sig")
        except OSError as error:
            raise click.BadParameter(f"cannot read {inputs[0]}: {error.strerror or error}",
                                     param_hint="URLS_FILE") from error
    options: dict[str, object] = {
        "concurrency": concurrency, "per_host_delay": delay, "per_host_concurrency": per_host,
        "read_timeout": timeout, "retries": retries, "user_agent": user_agent, "max_bytes": max_bytes,
        "workers": workers,
    }
    if timeout is not None:
        options["connect_timeout"] = min(timeout, Settings().connect_timeout)
    if ignore_robots:
        options["obey_robots"] = False
    if block_private:
        options["block_private"] = True
    show = not quiet and sys.stderr.isatty()
    bar = tqdm(total=0, unit="url", file=sys.stderr, disable=not show, dynamic_ncols=True)
    tally = {"ok": 0, "failed": 0, "skipped": 0}

    def started(total: int) -> None:
        bar.reset(total=total)

    def finished(result: Result) -> None:
        tally[result.status] += 1
        bar.update(1)
        bar.set_postfix(tally, refresh=False)

    failures: list[ScraperError] = []

    def warn(error: ScraperError) -> None:
        failures.append(error)
        bar.write(f"Warning: {error}", file=sys.stderr)

    try:
        settings = Settings().with_options(**options)
        if discover_sources:
            from .discover import discover_batch

            found, summary = discover_batch(
                inputs, output, settings, _discover_options(since, any_site, limit, max_pages), on_error=warn,
                fresh=fresh, retry_failed=retry_failed, split_dir=split_dir, warc=warc, on_start=started,
                on_result=finished)
            if not quiet:
                click.echo(f"{found} new URL(s) discovered", err=True)
        else:
            assert urls_file is not None
            with urls_file:
                summary = run_batch(urls_file, output, settings, fresh=fresh, retry_failed=retry_failed,
                                    split_dir=split_dir, warc=warc, on_start=started, on_result=finished)
    except ConfigError as error:
        bar.close()
        click.echo(f"Error: {error}", err=True)
        sys.exit(2)
    except ScraperError as error:
        bar.close()
        fail(error)
    except KeyboardInterrupt:
        bar.close()
        click.echo("Interrupted: run the same command again to resume.", err=True)
        sys.exit(130)
    bar.close()
    if not quiet:
        click.echo(summary.line(), err=True)
    sys.exit(max(summary.exit_code, 1 if failures else 0))


def _batch_from_warc(warc: Path, output: Path | None, split_dir: Path | None, max_bytes: int | None,
                     workers: int | None, fresh: bool, retry_failed: bool, quiet: bool) -> NoReturn:
    """`scraper batch --from-warc`: no network, so the fetch options do not apply."""
    from .batch.from_warc import run_from_warc
    from .errors import ConfigError
    from .settings import Settings

    if output is None:
        stem = warc.name.removesuffix(".gz").removesuffix(".warc") or "warc"
        output = DEFAULT_OUTPUT_DIR / f"{stem}.jsonl"
    defaults = Settings()
    try:
        summary = run_from_warc(warc, output, max_bytes=max_bytes or defaults.max_bytes,
                                workers=workers or defaults.workers, fresh=fresh, retry_failed=retry_failed,
                                split_dir=split_dir)
    except ConfigError as error:
        click.echo(f"Error: {error}", err=True)
        sys.exit(2)
    except ScraperError as error:
        fail(error)
    except KeyboardInterrupt:
        click.echo("Interrupted: run the same command again to resume.", err=True)
        sys.exit(130)
    if not quiet:
        click.echo(summary.line(), err=True)
    sys.exit(summary.exit_code)


# --- crawl (Scrapy / scrapy-redis) ---------------------------------------------------------------------


@main.command("crawl")
@click.argument("urls_file", type=click.File("r", encoding="utf-8-sig"), required=False)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="JSON Lines file of records [output/<input name>.jsonl; output/crawl.jsonl for a worker].")
@click.option("--redis", "redis_url", default=None, metavar="URL",
              help="Distributed mode: the shared Redis, e.g. redis://host:6379/0.")
@click.option("--push", "push_file", type=click.File("r", encoding="utf-8-sig"), default=None,
              help="With --redis: put the URLs of this file on the shared list and exit.")
@click.option("--fresh", is_flag=True, default=False,
              help="With --push: first forget the list, the shared queue and the seen-URL filter.")
@click.option("--idle-exit", type=click.IntRange(min=0), default=None,
              help="With --redis: stop after the queue stayed empty this many seconds; 0 = never [60].")
@click.option("--concurrency", type=click.IntRange(min=1), default=None, help="Requests in flight across hosts [8].")
@click.option("--delay", type=click.FloatRange(min=0), default=None,
              help="Seconds between requests to one host, per worker [1.0].")
@click.option("--ignore-robots", is_flag=True, default=False, help="Do not read or obey robots.txt.")
@click.option("--warc", "warc", type=click.Path(dir_okay=False, path_type=Path), default=None, metavar="FILE",
              help="Also archive every response; each worker writes <stem>-<time>-<host>-<pid>.warc.gz beside FILE.")
@click.option("-s", "--set", "scrapy_settings", multiple=True, metavar="NAME=VALUE",
              help="Any Scrapy setting for this run, e.g. -s AUTOTHROTTLE_ENABLED=False (repeatable).")
@click.option("-q", "--quiet", is_flag=True, default=False, help="No summary line.")
@click.option("-v", "--verbose", count=True, help="Scrapy's log on stderr (-v info, -vv debug).")
def crawl_command(
    urls_file: IO[str] | None,
    output: Path | None,
    redis_url: str | None,
    push_file: IO[str] | None,
    fresh: bool,
    idle_exit: int | None,
    concurrency: int | None,
    delay: float | None,
    ignore_robots: bool,
    warc: Path | None,
    scrapy_settings: tuple[str, ...],
    quiet: bool,
    verbose: int,
) -> None:
    """Scrape a URL list on Scrapy, on one machine or as workers sharing a Redis queue.

    Writes the same records and errors file as `scraper batch` (not resumable on one machine: use
    `scraper batch` for that). Needs the scrapy extra: pip install 'scraper[scrapy]'.

    \b
    Examples:
      scraper crawl urls.txt -o news.jsonl
      scraper crawl --redis redis://host:6379/0 --push urls.txt
      scraper crawl --redis redis://host:6379/0 -o worker1.jsonl --idle-exit 10
    """
    # Imported here: Scrapy and Twisted are heavy and optional; the other commands must not need them.
    from .errors import ConfigError

    try:
        if push_file is not None:
            if redis_url is None:
                raise click.UsageError("--push needs --redis URL")
            from .crawl.distributed import push_urls

            pushed = push_urls(redis_url, push_file, fresh=fresh)
            for line, why in pushed.invalid:
                click.echo(f"skipped {line!r}: {why}", err=True)
            if not quiet:
                click.echo(f"{pushed.pushed} pushed, {pushed.duplicates} duplicate(s) ignored, "
                           f"{len(pushed.invalid)} invalid; {pushed.queued} queued", err=True)
            sys.exit(1 if pushed.invalid else 0)
        if (urls_file is None) == (redis_url is None):
            raise click.UsageError("give either URLS_FILE (one machine) or --redis URL (a worker)")
        overrides: dict[str, object] = {"LOG_LEVEL": ("WARNING", "INFO", "DEBUG")[min(verbose, 2)]}
        for item in scrapy_settings:
            name, sep, value = item.partition("=")
            if not sep or not name.strip():
                raise click.UsageError(f"-s wants NAME=VALUE, got {item!r}")
            overrides[name.strip()] = value
        if concurrency is not None:
            overrides["CONCURRENT_REQUESTS"] = concurrency
        if delay is not None:
            overrides["DOWNLOAD_DELAY"] = delay
            overrides["AUTOTHROTTLE_START_DELAY"] = max(delay, 0.1)
        if ignore_robots:
            overrides["ROBOTSTXT_OBEY"] = False
        if idle_exit is not None:
            overrides["MAX_IDLE_TIME_BEFORE_CLOSE"] = idle_exit
        if warc is not None:
            overrides["SCRAPER_WARC"] = str(warc)
        from .crawl.run import run_crawl

        if urls_file is not None:
            if output is None:
                name = "stdin" if urls_file.name == "<stdin>" else Path(urls_file.name).stem
                output = DEFAULT_OUTPUT_DIR / f"{name}.jsonl"
            summary = run_crawl(output, lines=list(urls_file), overrides=overrides)
        else:
            summary = run_crawl(output or DEFAULT_OUTPUT_DIR / "crawl.jsonl", redis_url=redis_url, overrides=overrides)
    except ConfigError as error:
        click.echo(f"Error: {error}", err=True)
        sys.exit(2)
    except ScraperError as error:
        fail(error)
    if not quiet:
        click.echo(summary.line(), err=True)
    sys.exit(summary.exit_code)

if __name__ == "__main__":  # pragma: no cover
    main()
