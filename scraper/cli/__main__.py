"""`python -m scraper.cli`, as it ran when the command line was one module."""

from . import main

main()
