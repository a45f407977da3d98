"""The command line: click commands that parse options and call the library; no business logic here.

`app` holds the `scraper` group, `options` the option types, callbacks and flag decorators the commands share,
`runtime` logging, Ctrl-C and exit-code handling; each command has its own module. Importing them here is what
registers the commands on the group.
"""

from . import batch, crawl, discover, scrape
from .app import DEFAULT_OUTPUT_DIR, fail, main
from .batch import url_line
from .crawl import scrapy_overrides
from .options import default_output, fetch_options

__all__ = ["DEFAULT_OUTPUT_DIR", "batch", "crawl", "default_output", "discover", "fail", "fetch_options", "main",
           "scrape", "scrapy_overrides", "url_line"]
