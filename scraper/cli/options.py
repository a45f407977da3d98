"""Option callbacks, types and flag decorators shared by the commands, and the fetch settings they give."""

from __future__ import annotations

import math
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

from ..errors import ConfigError, InputError
from ..inputs import list_lines
from ..render import FORMATS
from .app import DEFAULT_OUTPUT_DIR

if TYPE_CHECKING:
    from ..settings import Settings

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
    from ..settings import parse_header

    try:
        return tuple(parse_header(value) for value in values)
    except ConfigError as error:
        raise click.BadParameter(error.message) from None


def _proxy_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    from ..settings import check_proxy

    try:
        if value is not None:
            check_proxy(value)
    except ConfigError as error:
        raise click.BadParameter(error.message) from None
    return value


def _cookies_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    from ..fetch.session import load_cookies

    try:
        if value is not None:
            load_cookies(value)  # read once here, so a bad file is a usage error before anything is fetched
    except ConfigError as error:
        raise click.BadParameter(error.message) from None
    return value


def page_url_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """--url as given, once it reads as an http(s) URL: site rules, the doc id and relative links key on it, so a
    mistyped one would give a record that names no page."""
    from ..fetch import normalise_url

    try:
        if value is not None:
            value.encode("utf-8")  # an argument in another encoding than the terminal's is no text
            normalise_url(value)
    except (InputError, UnicodeEncodeError) as error:
        reason = error.message if isinstance(error, InputError) else "not valid text in this terminal's encoding"
        raise click.BadParameter(reason) from None
    return value


def user_agent_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """--user-agent as given, once it is a header value that can be sent."""
    from ..settings import check_header

    try:
        if value is not None:
            check_header("User-Agent", value)
    except ConfigError as error:
        raise click.BadParameter(error.message) from None
    return value


class Seconds(click.FloatRange):
    """click.FloatRange for a time in seconds, refusing nan and infinity: nan passes every range check (a
    delay of nan kept none, a timeout of nan failed every fetch at once) and infinity waits for ever."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        """The number, or a usage error when it is not finite."""
        seconds = super().convert(value, param, ctx)
        if not math.isfinite(seconds):
            self.fail(f"{seconds} is not a finite number of seconds", param, ctx)
        return seconds


def fetch_flags(command: Any) -> Any:
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


TIMEOUT_HELP = ("Give up on a URL after this many seconds, retries included [no limit; 10 s to connect and "
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


class OutPath(click.Path):
    """click.Path for a path the command writes, refusing an empty one: '' (an unset shell variable) would be
    read as the current folder, where a file cannot be made and a folder was not meant."""

    def __init__(self, **options: Any) -> None:
        super().__init__(path_type=Path, **options)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        """The path, or a usage error for an empty one."""
        if isinstance(value, str) and not value.strip():
            self.fail("an empty path names nothing to write", param, ctx)
        return super().convert(value, param, ctx)


def is_dash(path: Path | None) -> bool:
    """Whether a path option was given as "-" (stdout or stdin)."""
    return path is not None and str(path) == "-"


format_option = click.option(
    "--format", "output_format", type=click.Choice(FORMATS), default=None,
    help="json (default), txt or md: the record as JSON, or title, date, source and paragraphs as plain text or "
         "Markdown (meetings as a nested list). Under -o DIR the file extension follows it.",
)


def follow_pages_flag(command: Any) -> Any:
    """--no-follow-pages, shared by scrape, batch and crawl (docs/paged.md)."""
    return click.option(
        "--no-follow-pages", is_flag=True, default=False,
        help="Take a paged article's page as it is: do not fetch its other pages (or its one-page form) "
             "and join them into one record.")(command)


def discover_options(since: str | None, any_site: bool, limit: int | None, max_pages: int) -> Any:
    """The `DiscoverOptions` of the discovery filters a command was given (`discover_flags`)."""
    from ..discover import DiscoverOptions, parse_since

    return DiscoverOptions(since=parse_since(since) if since else None, any_site=any_site, limit=limit,
                           max_pages=max_pages)


def discover_flags(command: Any) -> Any:
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


def fetch_settings(**given: Any) -> Settings:
    """Settings from the fetch options a command was given (see `fetch_options`).

    Raises:
        ConfigError: an option has a value the settings refuse.
    """
    from ..settings import Settings

    return Settings().with_options(**fetch_options(given))


def open_list(name: str) -> IO[str]:
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


class UrlListFile(click.File):
    """A URL list argument (- for stdin), read as `inputs.list_lines` reads one rather than as strict UTF-8."""

    def __init__(self) -> None:
        super().__init__("rb")

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        """The opened list as text lines."""
        try:
            return list_lines(super().convert(value, param, ctx))
        except InputError as error:
            self.fail(f"{value}: {error.message}", param, ctx)
