"""The command line: click commands that parse options and call the library; no business logic here."""

from __future__ import annotations

import logging
import math
import os
import signal
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from . import __version__
from .api import scrape as scrape_page
from .errors import ConfigError, InputError, ScraperError
from .inputs import is_folder, list_lines
from .model import Article
from .render import FORMATS, render
from .write import file_name, format_of, is_file_target, write_article

if TYPE_CHECKING:
    from .batch.run import BatchSummary, Result
    from .batch.stream import StreamSummary
    from .crawl.distributed import PushSummary
    from .crawl.run import CrawlSummary
    from .discover import DiscoverOptions
    from .settings import Settings

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


# CLI option -> `scraper.Settings` field, for every command that fetches with our fetcher.
_SETTING_NAMES = {
    "concurrency": "concurrency", "delay": "per_host_delay", "per_host": "per_host_concurrency",
    "timeout": "fetch_timeout", "retries": "retries", "user_agent": "user_agent", "max_bytes": "max_bytes",
    "workers": "workers", "ignore_robots": "ignore_robots", "block_private": "block_private",
    "proxy": "proxy", "header": "headers", "cookies": "cookies",
}


def fetch_options(values: dict[str, Any]) -> dict[str, Any]:
    """Map fetch options as given on the command line to `Settings` fields; options not given keep the default.

    `--timeout` bounds the whole fetch of one URL: robots.txt, every attempt and the waits between them.
    """
    values = dict(values)
    follow = not values.pop("no_follow_pages", False)
    # `is`, not `in (None, False)`: 0 == False, and --retries 0 / --delay 0 are values; () is -H not given.
    options = {_SETTING_NAMES[name]: value for name, value in values.items()
               if value is not None and value is not False and value != ()}
    if not follow:
        options["follow_pages"] = False
    return options


def _header_option(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    from .settings import parse_header

    try:
        return tuple(parse_header(value) for value in values)
    except ConfigError as error:
        raise click.BadParameter(error.message) from None


def _proxy_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    from .settings import check_proxy

    try:
        if value is not None:
            check_proxy(value)
    except ConfigError as error:
        raise click.BadParameter(error.message) from None
    return value


def _cookies_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    from .fetch.session import load_cookies

    try:
        if value is not None:
            load_cookies(value)  # read once here, so a bad file is a usage error before anything is fetched
    except ConfigError as error:
        raise click.BadParameter(error.message) from None
    return value


def _page_url_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """--url as given, once it reads as an http(s) URL: site rules, the doc id and relative links key on it, so a
    mistyped one would give a record that names no page."""
    from .fetch import normalise_url

    try:
        if value is not None:
            value.encode("utf-8")  # an argument in another encoding than the terminal's is no text
            normalise_url(value)
    except (InputError, UnicodeEncodeError) as error:
        reason = error.message if isinstance(error, InputError) else "not valid text in this terminal's encoding"
        raise click.BadParameter(reason) from None
    return value


def _user_agent_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    from .settings import check_header

    try:
        if value is not None:
            check_header("User-Agent", value)
    except ConfigError as error:
        raise click.BadParameter(error.message) from None
    return value


class _Seconds(click.FloatRange):
    """click.FloatRange for a time in seconds, refusing nan and infinity: nan passes every range check (a
    delay of nan kept none, a timeout of nan failed every fetch at once) and infinity waits for ever."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        """The number, or a usage error when it is not finite."""
        seconds = super().convert(value, param, ctx)
        if not math.isfinite(seconds):
            self.fail(f"{seconds} is not a finite number of seconds", param, ctx)
        return seconds


def _fetch_flags(command: Any) -> Any:
    """--proxy, -H and --cookies: the request options of every command that fetches."""
    for option in reversed([
        click.option("--proxy", metavar="URL", default=None, callback=_proxy_option,
                     help="Send every request through this HTTP proxy, http://[user:password@]host:port "
                          "[the HTTP_PROXY / HTTPS_PROXY / NO_PROXY environment]."),
        click.option("-H", "--header", "header", multiple=True, metavar="'NAME: VALUE'", callback=_header_option,
                     help="Send this header with every request, e.g. -H 'Referer: https://www.163.com/' (repeatable)."),
        click.option("--cookies", type=click.Path(exists=True, dir_okay=False), default=None,
                     callback=_cookies_option, metavar="FILE",
                     help="Send the cookies of this Netscape cookies.txt file (a browser export, curl -c)."),
    ]):
        command = option(command)
    return command


_TIMEOUT_HELP = ("Give up on a URL after this many seconds, retries included [no limit; 10 s to connect and "
                 "30 s per read still apply].")


def default_output(output: Path | None, list_name: str | None) -> Path:
    """The JSON Lines output of a URL list: `-o` as given, else `output/<list name>.jsonl`
    (`output/stdin.jsonl` for standard input, `output/crawl.jsonl` for a crawl worker without a list).
    """
    if output is not None:
        return output
    if list_name is None:
        return DEFAULT_OUTPUT_DIR / "crawl.jsonl"
    name = "stdin" if list_name in {"-", "<stdin>"} else Path(list_name).stem
    return DEFAULT_OUTPUT_DIR / f"{name}.jsonl"


class _OutPath(click.Path):
    """click.Path for a path the command writes, refusing an empty one: '' (an unset shell variable) would be
    read as the current folder, where a file cannot be made and a folder was not meant."""

    def __init__(self, **options: Any) -> None:
        super().__init__(path_type=Path, **options)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        """The path, or a usage error for an empty one."""
        if isinstance(value, str) and not value.strip():
            self.fail("an empty path names nothing to write", param, ctx)
        return super().convert(value, param, ctx)


def _is_dash(path: Path | None) -> bool:
    return path is not None and str(path) == "-"


_format_option = click.option(
    "--format", "output_format", type=click.Choice(FORMATS), default=None,
    help="json (default), txt or md: the record as JSON, or title, date, source and paragraphs as plain text or "
         "Markdown (meetings as a nested list). Under -o DIR the file extension follows it.",
)


def _follow_pages_flag(command: Any) -> Any:
    """--no-follow-pages, shared by scrape, batch and crawl (docs/paged.md)."""
    return click.option(
        "--no-follow-pages", is_flag=True, default=False,
        help="Take a paged article's page as it is: do not fetch its other pages (or its one-page form) "
             "and join them into one record.")(command)


@main.command("scrape")
@click.argument("inputs", nargs=-1, required=True, metavar="URL_OR_FILE...")
@click.option(
    "-o",
    "--output",
    "output",
    type=_OutPath(allow_dash=True),
    default=None,
    help="Write the record to this file (.json, .txt or .md) or into this directory (created if missing; one file "
         "per article, named after its doc id, URL or text) instead of stdout; - is stdout.",
)
@_format_option
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
    callback=_page_url_option,
    help="For a local file or -: the URL the page was saved from (site rules key on it).",
)
@click.option("--compact", is_flag=True, default=False, help="One-line JSON instead of indented.")
@click.option("--timeout", type=_Seconds(min=0.1), default=None, help=_TIMEOUT_HELP)
@click.option("--retries", type=click.IntRange(min=0), default=None, help="Retries on 429, 5xx, timeouts, resets [3].")
@click.option("--user-agent", default=None, callback=_user_agent_option, help="User-Agent header for a URL (a browser-like default otherwise).")
@_fetch_flags
@click.option("--ignore-robots", is_flag=True, default=False,
              help="Do not read or obey robots.txt (obeyed by default, as in batch).")
@click.option("--block-private", is_flag=True, default=False,
              help="Refuse URLs (and redirects) that resolve to private, loopback or link-local addresses.")
@click.option("--warc", "warc", type=_OutPath(dir_okay=False), default=None, metavar="FILE",
              help="For a URL: also append the requests and responses to this WARC (.warc.gz; docs/warc.md).")
@_follow_pages_flag
@click.option("-v", "--verbose", count=True, help="Log what happens on stderr (-vv for debug).")
def scrape_command(
    inputs: tuple[str, ...],
    output: Path | None,
    output_format: str | None,
    text_mode: bool,
    page_url: str | None,
    compact: bool,
    warc: Path | None,
    verbose: int,
    **fetch: Any,
) -> None:
    """Extract pages (URLs, saved files, folders of them, or - for stdin) and print or write their records.

    One input prints its JSON record (or writes it with -o). Several inputs, or a folder (every .html, .htm and
    .txt in it), give one record each: into the folder given by -o, else as JSON Lines on stdout. A failing
    input is reported with its reason and the rest go on; the exit status is 1 if any failed. A paged article
    (<ID>.html, <ID>_2.html …) is fetched whole and joined into one record.

    \b
    Examples:
      scraper scrape https://www.163.com/dy/article/HTU1M7QK0514BE2Q.html
      scraper scrape saved.html --url https://news.163.com/19/0907/13/EP1HJ1GS0001899O.html
      cat saved.html | scraper scrape - --url https://www.163.com/dy/article/HTU1M7QK0514BE2Q.html
      scraper scrape page.txt --text -o output/
      scraper scrape saved/ -o records/ --format md
      scraper scrape https://www.163.com/dy/article/HTU1M7QK0514BE2Q.html --warc pages.warc.gz
    """
    _configure_logging(verbose)
    if not verbose and sys.stderr.isatty():
        _show_retries()
    several = len(inputs) > 1 or any(_is_folder(item) for item in inputs)
    sink = _Sink.make(output, output_format, several=several, compact=compact)
    if page_url is not None and several:
        raise click.UsageError("--url names the page of one input; give one input with it")
    options = {**fetch_options(fetch), "warc": warc}
    failures = done = 0
    try:
        for item, problem in _expand(inputs):
            try:
                if problem is not None:
                    raise problem
                sink.put(_scrape_one(item, text_mode, page_url, options), item)
                done += 1
            except ScraperError as error:
                if not several:
                    fail(error)
                failures += 1
                click.echo(f"Error: {error}" if item in str(error) else f"Error: {item}: {error}", err=True)
    except KeyboardInterrupt:
        click.echo("Interrupted." + (f" {done} done, {failures} failed before." if several else ""), err=True)
        sys.exit(130)
    if several and (failures or verbose or sink.target is not None):
        where = f"; written to {sink.target}" if sink.target is not None and done else ""
        click.echo(f"{done} done, {failures} failed{where}", err=True)
    sys.exit(1 if failures else 0)


class _RetryLines(logging.Filter):
    """Lets through the fetcher's retry records (logged with extra retry=True) and warnings."""

    def filter(self, record: logging.LogRecord) -> bool:
        return bool(getattr(record, "retry", False)) or record.levelno >= logging.WARNING


def _show_retries() -> None:
    """On a terminal without -v: one line per retry on stderr, so a slow failure (an HTTP 500 retried for
    seconds) is not a silent one. With -v the log says it anyway."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    handler.addFilter(_RetryLines())
    logger = logging.getLogger("scraper.fetch.client")
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    logger.propagate = False  # the root handler would print the INFO records again, with their level


def _is_folder(item: str) -> bool:
    """Whether an input names a folder of saved pages. An empty argument ('' from an unset shell variable) is
    no input at all, not the current folder that Path('') stands for."""
    return item != "-" and bool(item.strip()) and is_folder(item)


def _expand(inputs: tuple[str, ...]) -> Iterator[tuple[str, ScraperError | None]]:
    """Each input, with a folder replaced by its saved pages (an empty or unreadable folder is a failure)."""
    from .inputs import page_files

    for item in inputs:
        if not _is_folder(item):
            yield item, None
            continue
        try:
            yield from ((str(path), None) for path in page_files(Path(item)))
        except InputError as error:
            yield item, error


def _scrape_one(item: str, text_mode: bool, page_url: str | None, options: dict[str, Any]) -> Article:
    text = True if text_mode else None
    if item != "-":
        return scrape_page(item, text=text, url=page_url, **options)
    from .api import MAX_LOCAL_BYTES, extract_saved

    data = sys.stdin.buffer.read(MAX_LOCAL_BYTES + 1)
    if len(data) > MAX_LOCAL_BYTES:
        raise InputError(f"standard input too large: more than {MAX_LOCAL_BYTES} bytes")
    return extract_saved(data, text=text, url=page_url)


@dataclass(frozen=True, slots=True)
class _Sink:
    """Where `scraper scrape` puts records: stdout (None), one file, or a directory."""

    target: Path | None
    fmt: str
    several: bool
    compact: bool

    @classmethod
    def make(cls, output: Path | None, fmt: str | None, *, several: bool, compact: bool) -> _Sink:
        """Check -o and --format against each other and the number of inputs (a usage error otherwise)."""
        target = None if output is None or _is_dash(output) else output
        implied = format_of(target) if target is not None and is_file_target(target) else None
        if fmt and implied and fmt != implied:
            raise click.UsageError(f"-o {target} asks for {implied}, --format for {fmt}")
        if several and implied:
            raise click.UsageError("several inputs give one file each: give -o a folder, or - for stdout")
        return cls(target, fmt or implied or "json", several, compact)

    def put(self, article: Article, item: str) -> None:
        """Print or write one record (several inputs: with the input it came from and when)."""
        extra: dict[str, Any] = {"input_url": item} if self.several else {}
        if self.target is None:
            if self.several:
                extra["scraped_at"] = _now()
            compact = self.compact or (self.several and self.fmt == "json")
            click.echo(render(article, self.fmt, compact=compact, extra=extra), nl=False)
            return
        extra["scraped_at"] = _now()
        path = write_article(article, self.target, compact=self.compact, extra=extra, output_format=self.fmt)
        if not is_file_target(self.target) and path.name != file_name(article, self.fmt):
            click.echo(f"note: {self.target / file_name(article, self.fmt)} holds another article; "
                       f"wrote {item} to {path}", err=True)
        elif not self.several:
            click.echo(f"wrote {path}", err=True)
        if self.several:
            logging.getLogger(__name__).info("wrote %s", path)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _interrupt_once(signum: int, frame: object) -> None:
    """The first Ctrl-C stops the batch in order (KeyboardInterrupt); a second one ends the process at once."""
    signal.signal(signal.SIGINT, _exit_at_once)
    raise KeyboardInterrupt


def _exit_at_once(signum: int, frame: object) -> None:
    # Without a traceback, and without waiting for anything: the output and the state are consistent on disk
    # at every instant (see scraper.batch.state), so this is as safe as a kill, and the next run resumes.
    os.write(2, b"\nInterrupted again: stopped at once; run the same command again to resume.\n")
    os._exit(130)


# Libraries we call that warn about pages in their own words ("discarding data: URL"); our error line says it.
_CHATTY = ("trafilatura", "htmldate", "courlan")


def _configure_logging(verbose: int) -> None:
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    if not verbose:
        for name in _CHATTY:
            logging.getLogger(name).setLevel(logging.ERROR)


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
@click.option("-o", "--output", type=_OutPath(dir_okay=False), default=None,
              help="Write the URLs to this file instead of stdout.")
@_discover_flags
@click.option("--delay", type=_Seconds(min=0), default=None, help="Seconds between requests to one host [1.0].")
@click.option("--timeout", type=_Seconds(min=0.1), default=None, help=_TIMEOUT_HELP)
@click.option("--user-agent", default=None, callback=_user_agent_option, help="User-Agent header (a browser-like default otherwise).")
@_fetch_flags
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
                                   ignore_robots=ignore_robots, block_private=block_private, **requests)
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


def _fetch_settings(**given: Any) -> Settings:
    """Settings from the fetch options a command was given (see `fetch_options`).

    Raises:
        ConfigError: an option has a value the settings refuse.
    """
    from .settings import Settings

    return Settings().with_options(**fetch_options(given))


# --- batch ---------------------------------------------------------------------------------------------


@main.command("batch")
@click.argument("inputs", nargs=-1, required=False, metavar="URLS_FILE | --discover SOURCE...")
@click.option("-o", "--output", type=_OutPath(dir_okay=False, allow_dash=True), default=None,
              help="JSON Lines file of records [output/<input name>.jsonl]; - prints them on stdout (no resume state, "
                   "no errors file: failures are reported on stderr).")
@click.option("--split", "split_dir", type=_OutPath(file_okay=False), default=None,
              help="Also write one file per article into this directory (named after its doc id, URL or text).")
@_format_option
@click.option("--concurrency", type=click.IntRange(min=1), default=None, help="Requests in flight across hosts [8].")
@click.option("--delay", type=_Seconds(min=0), default=None, help="Seconds between requests to one host [1.0].")
@click.option("--per-host", type=click.IntRange(min=1), default=None, help="Requests in flight to one host [1].")
@click.option("--timeout", type=_Seconds(min=0.1), default=None, help=_TIMEOUT_HELP)
@click.option("--retries", type=click.IntRange(min=0), default=None, help="Retries on 429, 5xx, timeouts, resets [3].")
@click.option("--user-agent", default=None, callback=_user_agent_option, help="User-Agent header (a browser-like default otherwise).")
@_fetch_flags
@click.option("--max-bytes", type=click.IntRange(min=1024), default=None, help="Largest page body, decompressed [10 MiB].")
@click.option("--ignore-robots", is_flag=True, default=False, help="Do not read or obey robots.txt.")
@click.option("--block-private", is_flag=True, default=False,
              help="Refuse URLs (and redirects) that resolve to private, loopback or link-local addresses; "
                   "lines must then be http(s) URLs (no local files).")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes for extraction (CPU-bound); 1 extracts in the fetch threads [1].")
@click.option("--warc", "warc", type=_OutPath(dir_okay=False), default=None, metavar="FILE",
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
@_follow_pages_flag
@click.option("-q", "--quiet", is_flag=True, default=False, help="No progress bar and no summary line.")
@click.option("-v", "--verbose", count=True, help="Log what happens on stderr (-vv for debug).")
def batch_command(
    inputs: tuple[str, ...],
    output: Path | None,
    split_dir: Path | None,
    output_format: str | None,
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
    **fetch: Any,
) -> None:
    """Scrape every URL of URLS_FILE (one per line, - for stdin) into JSON Lines, resumably.

    With --discover the arguments are sources instead (feeds, sitemaps, channel lists, pages): their articles
    are discovered and those this output has not done yet are scraped, so the same command run daily (from
    cron) fetches only new articles.

    Blank lines and # comments are ignored, duplicates (also the same NetEase article under another host)
    are done once. A line may also name a saved page on disk, or a host and path without a scheme
    (www.163.com/..., read as https://). Beside the output: <stem>.errors.jsonl (failures and robots skips)
    and <name>.state.sqlite (progress). Run the same command again after an interruption to resume.
    Exit status: 0 all succeeded, 1 some failed, 2 usage error.

    \b
    Examples:
      scraper batch urls.txt
      scraper batch urls.txt -o out/news.jsonl --split out/articles --format md --delay 2
      scraper batch urls.txt --retry-failed
      cat urls.txt | scraper batch - -o - --quiet > news.jsonl
      scraper batch --discover https://news.163.com/special/cm_yaowen20200213/ -o news.jsonl --quiet
      scraper batch urls.txt --warc news.warc.gz
      scraper batch --from-warc news.warc.gz -o again.jsonl
    """
    _configure_logging(verbose)
    split: dict[str, Any] = {"split_dir": split_dir, "split_format": output_format or "json"}
    state = {"fresh": fresh, "retry_failed": retry_failed}
    if from_warc is not None:
        alone = not (inputs or discover_sources or warc is not None or _is_dash(output))
        _batch_from_warc(from_warc, output, fetch, alone=alone, quiet=quiet, **split, **state)
    target = _batch_output(inputs, output, discover_sources=discover_sources, warc=warc, **state)
    with _Progress(quiet, verbose) as progress:
        signal.signal(signal.SIGINT, _interrupt_once)
        settings = _guarded(lambda: _fetch_settings(**fetch), progress)
        options = _guarded(lambda: _discover_options(since, any_site, limit, max_pages), progress) \
            if discover_sources else None
        summary = _run_batch(inputs, target, settings, progress, options, warc=warc, split=split, state=state)
    if not quiet:
        click.echo(summary.line(), err=True)
    sys.exit(max(summary.exit_code, 1 if progress.warnings else 0))


def _run_batch(inputs: tuple[str, ...], target: Path, settings: Settings, progress: _Progress,
               options: DiscoverOptions | None, *, warc: Path | None, split: dict[str, Any],
               state: dict[str, bool]) -> BatchSummary | StreamSummary:
    """Discover then scrape, or scrape a URL list into a file (resumable) or onto stdout (`-o -`)."""
    if options is not None:
        return _guarded(lambda: _discover_into(inputs, target, settings, options, progress, warc=warc, **split,
                                               **state), progress)
    if _is_dash(target):
        return _guarded(lambda: _stream_out(inputs[0], settings, progress, **split), progress, resumable=False)
    return _guarded(lambda: _batch_into(inputs[0], target, settings, progress, warc=warc, **split, **state), progress)


def _batch_output(inputs: tuple[str, ...], output: Path | None, *, discover_sources: bool, warc: Path | None,
                  fresh: bool, retry_failed: bool) -> Path:
    """The output of `scraper batch` (`-` for stdout), after the checks on how its arguments combine."""
    if _is_dash(output) and warc is not None:
        raise click.UsageError("--warc is kept consistent with an output file's state; -o - keeps none")
    if not discover_sources and len(inputs) != 1:
        raise click.UsageError("give one URLS_FILE, or --discover with one or more sources")
    if discover_sources and (output is None or _is_dash(output)):
        raise click.UsageError("--discover needs -o OUTPUT (the same file every run, so it stays incremental)")
    if _is_dash(output) and (fresh or retry_failed):
        raise click.UsageError("--fresh and --retry-failed work on an output file's state; -o - keeps none")
    return default_output(output, inputs[0])


def _open_list(name: str) -> IO[str]:
    """A URL list (- for stdin) as text lines, in whichever Unicode form it was saved (`inputs.list_lines`)."""
    try:
        raw: IO[bytes] = sys.stdin.buffer if name == "-" else open(name, "rb")  # noqa: SIM115 (the caller closes it)
    except OSError as error:
        raise click.BadParameter(f"cannot read {name}: {error.strerror or error}", param_hint="URLS_FILE") from error
    try:
        return list_lines(raw)
    except InputError as error:
        raw.close()
        raise click.BadParameter(f"{name}: {error.message}", param_hint="URLS_FILE") from None


class _UrlListFile(click.File):
    """A URL list argument (- for stdin), read as `inputs.list_lines` reads one rather than as strict UTF-8."""

    def __init__(self) -> None:
        super().__init__("rb")

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        """The opened list as text lines."""
        try:
            return list_lines(super().convert(value, param, ctx))
        except InputError as error:
            self.fail(f"{value}: {error.message}", param, ctx)


def _batch_into(name: str, output: Path, settings: Settings, progress: _Progress, **batch: Any) -> BatchSummary:
    from .batch.run import run_batch  # the batch pulls in requests and sqlite, which `scrape FILE` does not need

    with _open_list(name) as lines:
        return run_batch(lines, output, settings, on_start=progress.start, on_result=progress.update,
                         on_counts=progress.counted, **batch)


def _stream_out(name: str, settings: Settings, progress: _Progress, **batch: Any) -> StreamSummary:
    from .batch.stream import stream_batch

    with _open_list(name) as lines:
        return stream_batch(lines, click.echo, settings, on_result=progress.report_failure, **batch)


def _batch_from_warc(warc: Path, output: Path | None, fetch: dict[str, Any], *, alone: bool, quiet: bool,
                     **batch: Any) -> NoReturn:
    """`scraper batch --from-warc`: no network, so of the fetch options only --max-bytes and --workers apply."""
    from .batch.from_warc import run_from_warc
    from .settings import Settings

    if not alone:
        raise click.UsageError("--from-warc reads one WARC without the network into an output file: give no "
                               "URLS_FILE, --discover, --warc or -o - with it")
    if output is None:
        stem = warc.name.removesuffix(".gz").removesuffix(".warc") or "warc"
        output = DEFAULT_OUTPUT_DIR / f"{stem}.jsonl"
    defaults = Settings()
    summary = _guarded(lambda: run_from_warc(warc, output, max_bytes=fetch.get("max_bytes") or defaults.max_bytes,
                                             workers=fetch.get("workers") or defaults.workers, **batch))
    if not quiet:
        click.echo(summary.line(), err=True)
    sys.exit(summary.exit_code)


def _discover_into(sources: tuple[str, ...], output: Path, settings: Settings, options: DiscoverOptions,
                   progress: _Progress, **batch: Any) -> BatchSummary:
    from .discover import discover_batch

    found, summary = discover_batch(sources, output, settings, options, on_error=progress.warn, on_start=progress.start,
                                    on_result=progress.update, on_counts=progress.counted, **batch)
    if not progress.quiet:
        click.echo(f"{found} new URL(s) discovered", err=True)
    return summary


T = TypeVar("T")


def _guarded(run: Callable[[], T], progress: _Progress | None = None, *, resumable: bool = True) -> T:
    """Run a command's work: a ConfigError exits 2, another ScraperError 1, Ctrl-C 130, each with one line."""
    try:
        return run()
    except (ScraperError, KeyboardInterrupt) as error:
        if progress is not None:
            progress.close()
        if isinstance(error, KeyboardInterrupt):
            click.echo("Interrupted: run the same command again to resume." if resumable else "Interrupted.",
                       err=True)
            sys.exit(130)
        click.echo(f"Error: {error}", err=True)
        sys.exit(2 if isinstance(error, ConfigError) else 1)


class _Progress:
    """The batch's progress bar on stderr (a terminal only, not with --quiet), with ok / failed / skipped counts
    that end equal to the summary line's; with -v, one line per URL as it finishes."""

    def __init__(self, quiet: bool, verbose: int = 0) -> None:
        from tqdm import tqdm

        self.quiet = quiet
        self.verbose = verbose
        show = not quiet and sys.stderr.isatty()
        self.bar = tqdm(total=0, unit="url", file=sys.stderr, disable=not show, dynamic_ncols=True)
        self.tally = {"ok": 0, "failed": 0, "skipped": 0}
        self.before = 0
        self.warnings: list[ScraperError] = []

    def __enter__(self) -> _Progress:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        """Take the bar off the terminal."""
        self.bar.close()

    def counted(self, counts: dict[str, int]) -> None:
        """What the state holds before this run (earlier runs, unusable lines): the summary counts it too."""
        self.tally.update(counts)
        self.before = sum(counts.values())

    def start(self, total: int) -> None:
        """The number of URLs this run does, after those counted before."""
        self.bar.reset(total=self.before + total)
        self.bar.update(self.before)
        self.bar.set_postfix(self.tally, refresh=False)

    def update(self, result: Result) -> None:
        """Count one finished URL (and with -v, say what became of it)."""
        self.tally[result.status] += 1
        self.bar.update(1)
        self.bar.set_postfix(self.tally, refresh=False)
        if self.verbose:
            self.bar.write(url_line(result), file=sys.stderr)

    def warn(self, error: ScraperError) -> None:
        """Say on stderr that a source could not be read (discovery goes on), and remember it for the exit status."""
        self.warnings.append(error)
        self.bar.write(f"Warning: {error}", file=sys.stderr)

    def report_failure(self, result: Result) -> None:
        """Count one finished URL and, with no errors file to hold it, say on stderr why it failed."""
        self.update(result)
        if result.error is not None and not self.quiet:
            self.bar.write(f"{result.status} {result.input_url}: {result.stage}: {result.error}", file=sys.stderr)


def url_line(result: Result) -> str:
    """One finished URL as `-v` shows it: outcome, HTTP status, bytes, time, the URL (user-info already
    redacted as the list was read), then where it ended.

    e.g. ``ok      200  48213 B   312 ms  https://…/x.html  record`` or
    ``failed  404      - B    95 ms  https://…/y.html  fetch: HTTP 404``.
    """
    status = result.http_status if result.http_status is not None else "-"
    size = result.size if result.size is not None else "-"
    ms = f"{result.elapsed * 1000:.0f}" if result.elapsed is not None else "-"
    where = "record" if result.error is None else f"{result.stage}: {result.error.message}"
    return f"{result.status:<7} {status:>3} {size:>8} B {ms:>6} ms  {result.input_url}  {where}"


# --- crawl (Scrapy / scrapy-redis) ---------------------------------------------------------------------


@main.command("crawl")
@click.argument("urls_file", type=_UrlListFile(), required=False)
@click.option("-o", "--output", type=_OutPath(dir_okay=False), default=None,
              help="JSON Lines file of records [output/<input name>.jsonl; output/crawl.jsonl for a worker].")
@click.option("--redis", "redis_url", default=None, metavar="URL",
              help="Distributed mode: the shared Redis, e.g. redis://host:6379/0.")
@click.option("--push", "push_file", type=_UrlListFile(), default=None,
              help="With --redis: put the URLs of this file on the shared list and exit.")
@click.option("--fresh", is_flag=True, default=False,
              help="With --push: first forget the list, the shared queue and the seen-URL filter.")
@click.option("--append", is_flag=True, default=False,
              help="Add to the output and errors files instead of starting them afresh (e.g. for the "
                   "<stem>.unfinished.txt an interrupted crawl leaves).")
@click.option("--idle-exit", type=click.IntRange(min=0), default=None,
              help="With --redis: stop after the queue stayed empty this many seconds; 0 = never [60].")
@click.option("--concurrency", type=click.IntRange(min=1), default=None, help="Requests in flight across hosts [8].")
@click.option("--delay", type=_Seconds(min=0), default=None,
              help="Seconds between requests to one host, kept by all workers together [1.0].")
@_fetch_flags
@click.option("--ignore-robots", is_flag=True, default=False, help="Do not read or obey robots.txt.")
@click.option("--block-private", is_flag=True, default=False,
              help="Refuse URLs (redirects and robots.txt too) that resolve to private, loopback or link-local "
                   "addresses.")
@click.option("--warc", "warc", type=_OutPath(dir_okay=False), default=None, metavar="FILE",
              help="Also archive every response; each worker writes <stem>-<time>-<host>-<pid>.warc.gz beside FILE.")
@click.option("-s", "--set", "scrapy_settings", multiple=True, metavar="NAME=VALUE",
              help="Any Scrapy setting for this run, e.g. -s AUTOTHROTTLE_ENABLED=False (repeatable).")
@_follow_pages_flag
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
        from .crawl.run import run_crawl

        return run_crawl(default_output(output, urls_file.name if urls_file else None), lines=lines, redis_url=redis_url, overrides=overrides)

    summary = _guarded(crawl)
    if not quiet or summary.interrupted:
        click.echo(summary.line(), err=True)
    sys.exit(summary.exit_code)


def _push(redis_url: str, push_file: IO[str], *, fresh: bool, quiet: bool) -> NoReturn:
    """`scraper crawl --push`: put a URL list on the shared Redis list, report, and exit (1 if lines were invalid)."""

    def push() -> PushSummary:
        from .crawl.distributed import push_urls

        return push_urls(redis_url, push_file, fresh=fresh)

    pushed = _guarded(push)
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


if __name__ == "__main__":  # pragma: no cover
    main()
