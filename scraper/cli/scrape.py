"""`scraper scrape`: extract pages, URLs or saved files, and print or write their records."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from ..api import scrape as scrape_page
from ..errors import InputError, ScraperError
from ..inputs import is_folder
from ..model import Article
from ..render import render
from ..write import file_name, format_of, is_file_target, write_article
from .app import fail, main
from .options import (
    TIMEOUT_HELP,
    OutPath,
    Seconds,
    fetch_flags,
    fetch_options,
    follow_pages_flag,
    format_option,
    is_dash,
    page_url_option,
    user_agent_option,
)
from .runtime import configure_logging, now_stamp, show_retries


@main.command("scrape")
@click.argument("inputs", nargs=-1, required=True, metavar="URL_OR_FILE...")
@click.option(
    "-o",
    "--output",
    "output",
    type=OutPath(allow_dash=True),
    default=None,
    help="Write the record to this file (.json, .txt or .md) or into this directory (created if missing; one file "
         "per article, named after its doc id, URL or text) instead of stdout; - is stdout.",
)
@format_option
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
    callback=page_url_option,
    help="For a local file or -: the URL the page was saved from (site rules key on it).",
)
@click.option("--compact", is_flag=True, default=False, help="One-line JSON instead of indented.")
@click.option("--timeout", type=Seconds(min=0.1), default=None, help=TIMEOUT_HELP)
@click.option("--retries", type=click.IntRange(min=0), default=None, help="Retries on 429, 5xx, timeouts, resets [3].")
@click.option("--user-agent", default=None, callback=user_agent_option, help="User-Agent header for a URL (a browser-like default otherwise).")
@fetch_flags
@click.option("--ignore-robots", is_flag=True, default=False,
              help="Do not read or obey robots.txt (obeyed by default, as in batch).")
@click.option("--block-private", is_flag=True, default=False,
              help="Refuse URLs (and redirects) that resolve to private, loopback or link-local addresses.")
@click.option("--warc", "warc", type=OutPath(dir_okay=False), default=None, metavar="FILE",
              help="For a URL: also append the requests and responses to this WARC (.warc.gz; docs/warc.md).")
@follow_pages_flag
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
    configure_logging(verbose)
    if not verbose and sys.stderr.isatty():
        show_retries()
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


def _is_folder(item: str) -> bool:
    """Whether an input names a folder of saved pages. An empty argument ('' from an unset shell variable) is
    no input at all, not the current folder that Path('') stands for."""
    return item != "-" and bool(item.strip()) and is_folder(item)


def _expand(inputs: tuple[str, ...]) -> Iterator[tuple[str, ScraperError | None]]:
    """Each input, with a folder replaced by its saved pages (an empty or unreadable folder is a failure)."""
    from ..inputs import page_files

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
    from ..api import MAX_LOCAL_BYTES, extract_saved

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
        target = None if output is None or is_dash(output) else output
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
                extra["scraped_at"] = now_stamp()
            compact = self.compact or (self.several and self.fmt == "json")
            click.echo(render(article, self.fmt, compact=compact, extra=extra), nl=False)
            return
        extra["scraped_at"] = now_stamp()
        path = write_article(article, self.target, compact=self.compact, extra=extra, output_format=self.fmt)
        if not is_file_target(self.target) and path.name != file_name(article, self.fmt):
            click.echo(f"note: {self.target / file_name(article, self.fmt)} holds another article; "
                       f"wrote {item} to {path}", err=True)
        elif not self.several:
            click.echo(f"wrote {path}", err=True)
        if self.several:
            logging.getLogger(__package__).info("wrote %s", path)  # the "scraper.cli" logger, as before the split
