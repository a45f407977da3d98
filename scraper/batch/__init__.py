"""The batch side: many URLs with resume state.

`run` schedules fetches and extraction and records outcomes; `state` is the SQLite resume state and the
output files; `pool` runs extraction in worker processes.
"""

from .run import Result, scrape_many

__all__ = ["Result", "scrape_many"]
