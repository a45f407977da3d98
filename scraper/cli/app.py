"""The `scraper` command group, and the one-line error exit its commands share."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import click

from .. import __version__
from ..errors import ScraperError

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
