"""WARC in and out: keep the raw pages a fetch saw, and read any WARC back for extraction without the network.

`write` turns the fetcher's exchanges (`scraper.fetch.capture`) into request/response records, one gzip member
each, and appends them so a kill never leaves the file torn; `read` yields the HTML responses of a WARC as
Pages (and says why it skips the others). See docs/warc.md.
"""

from .read import Damaged, Skip, WarcPage, read_warc
from .write import INPUT_URL_HEADER, WarcLog, exchange_records, warc_date, warcinfo_record, whole_end, worker_path

__all__ = [
    "INPUT_URL_HEADER",
    "Damaged",
    "Skip",
    "WarcLog",
    "WarcPage",
    "exchange_records",
    "read_warc",
    "warc_date",
    "warcinfo_record",
    "whole_end",
    "worker_path",
]
