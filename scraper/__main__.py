"""`python -m scraper` runs the command line."""

from .cli import main

main()
