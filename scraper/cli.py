"""The command line: click commands that parse options and call the library; no business logic here."""

from __future__ import annotations

import logging
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import NoReturn

import click

from . import __version__
from .api import scrape as scrape_page
from .errors import ScraperError
from .write import dumps, write_article

DEFAULT_OUTPUT_DIR = Path("output")


def fail(error: ScraperError | str) -> NoReturn:
    """Print one `Error: …` line on stderr and exit 1."""
    click.echo(f"Error: {error}", err=True)
    sys.exit(1)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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
@click.option("-v", "--verbose", count=True, help="Log what happens on stderr (-vv for debug).")
def scrape_command(
    url_or_file: str,
    output: Path | None,
    text_mode: bool,
    page_url: str | None,
    compact: bool,
    timeout: float | None,
    user_agent: str | None,
    verbose: int,
) -> None:
    """Extract one page (a URL or a saved file) and print its JSON record.

    \b
    Examples:
      scraper scrape https://www.163.com/dy/article/HTU1M7QK0514BE2Q.html
      scraper scrape saved.html --url https://news.163.com/19/0907/13/EP1HJ1GS0001899O.html
      scraper scrape page.txt --text -o output/
    """
    _configure_logging(verbose)
    try:
        article = scrape_page(
            url_or_file,
            text=True if text_mode else None,
            url=page_url,
            read_timeout=timeout,
            user_agent=user_agent,
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


if __name__ == "__main__":  # pragma: no cover
    main()
