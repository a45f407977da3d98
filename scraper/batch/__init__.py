"""The batch side: many URLs with resume state.

`jobs` schedules fetches and extraction, one `Result` per URL; `run` records outcomes into a resumable output;
`state` is the SQLite resume state, `outputs` the files beside it; `pool` runs extraction in worker processes.
"""

from .jobs import Result, scrape_many

__all__ = ["Result", "scrape_many"]
