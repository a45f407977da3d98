"""Exchanges -> WARC records, and the WARC file they are appended to without ever leaving it torn.

Every record is its own gzip member (warcio's writer does that), so a WARC reader can start at any record.
The records of one URL (its request/response pairs: redirect hops and retried attempts) are serialised in
the fetching thread and appended by the one thread that writes outputs, in one write followed by an fsync.

Torn tails. A `kill -9` or a power cut during that write can leave part of a member at the end of the file.
`WarcLog` never lets that stand:

- in a batch, the state records the WARC's end after each URL, in the same commit as the URL's outcome
  (`batch.state`), and on resume the file is cut back to that end: everything past it (a torn member, or
  whole records of a URL whose outcome was not committed and which is therefore fetched again) goes, so
  each URL done has its records once;
- without a state (`scraper scrape --warc`), opening the file walks its gzip members and cuts it after the
  last whole one.
"""

from __future__ import annotations

import os
import socket
import zlib
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import BinaryIO

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from ..errors import WriteError
from ..fetch.capture import Exchange
from ..write import append_whole

__all__ = ["INPUT_URL_HEADER", "WarcLog", "exchange_records", "warc_date", "warcinfo_record", "whole_end", "worker_path"]

_READ = 1 << 16
_OUT = 1 << 20
WARC_VERSION = "WARC/1.1"  # 1.1 allows fractional seconds in WARC-Date: re-extraction gets the exact `now`
#: Our extension header on a response record: the input line the URL came from (the record's `input_url`).
INPUT_URL_HEADER = "Scraper-Input-URL"


def warc_date(when: datetime) -> str:
    """WARC-Date of an instant: UTC, microseconds, ``Z`` (WARC/1.1)."""
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def warcinfo_record(filename: str, info: Mapping[str, str]) -> bytes:
    """A warcinfo record (one gzip member) describing the file and the software that wrote it."""
    out = BytesIO()
    writer = WARCWriter(out, gzip=True, warc_version=WARC_VERSION)
    writer.write_record(writer.create_warcinfo_record(filename, dict(info)))
    return out.getvalue()


def exchange_records(exchanges: Iterable[Exchange], *, input_url: str | None = None,
                     final_at: datetime | None = None) -> bytes:
    """The request and response records of a URL's exchanges, each record one gzip member.

    Args:
        exchanges: in the order they happened; the last is the final response.
        input_url: the input line; stored on the final response (`Scraper-Input-URL`).
        final_at: the WARC-Date of the final response: the page's `fetched_at`, so re-extraction reads
            relative dates against the very `now` the online run used.
    """
    items = list(exchanges)
    out = BytesIO()
    writer = WARCWriter(out, gzip=True, warc_version=WARC_VERSION)
    for index, exchange in enumerate(items):
        last = index == len(items) - 1
        when = final_at if last and final_at is not None else exchange.fetched_at
        date = warc_date(when)
        response_fields = {"WARC-Date": date}
        if exchange.truncated:
            response_fields["WARC-Truncated"] = exchange.truncated
        if last and input_url is not None:
            response_fields[INPUT_URL_HEADER] = input_url
        response = writer.create_warc_record(
            exchange.url, "response", payload=BytesIO(exchange.body), length=len(exchange.body),
            warc_headers_dict=response_fields,
            http_headers=StatusAndHeaders(_status_of(exchange.status_line), list(exchange.headers),
                                          protocol=exchange.status_line.split(" ", 1)[0]),
        )
        request_fields = {"WARC-Date": date,
                          "WARC-Concurrent-To": response.rec_headers.get_header("WARC-Record-ID")}
        request = writer.create_warc_record(
            exchange.url, "request", payload=BytesIO(b""), length=0, warc_headers_dict=request_fields,
            http_headers=StatusAndHeaders(exchange.request_line, list(exchange.request_headers),
                                          is_http_request=True),
        )
        writer.write_record(request)
        writer.write_record(response)
    return out.getvalue()


def _status_of(status_line: str) -> str:
    return status_line.split(" ", 1)[1] if " " in status_line else status_line


def worker_path(path: Path) -> Path:
    """The WARC of one crawl worker: `<stem>-<UTC timestamp>-<host>-<pid>.warc.gz` beside `path`.

    Several processes (workers of a distributed crawl, or a restarted one) never append to one file.
    """
    name = path.name
    stem, suffix = name, ""
    for ending in (".warc.gz", ".warc"):
        if name.endswith(ending):
            stem, suffix = name[: -len(ending)], ending
            break
    stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
    host = "".join(ch if ch.isalnum() or ch in "-." else "_" for ch in socket.gethostname()) or "host"
    return path.with_name(f"{stem}-{stamp}-{host}-{os.getpid()}{suffix or '.warc.gz'}")


def whole_end(path: Path) -> int:
    """The offset just past the last whole gzip member of a WARC (0 when not even the first is whole).

    Written by hand because warcio reads a torn last member without complaint (it yields a short record), so
    it cannot tell a torn tail. zlib can: a member is whole when its decompressor reaches the end of the
    stream, which includes the gzip trailer's CRC and length check.

    Raises:
        WriteError: the file is not a gzip WARC (we only append gzip members, and never cut what we did not write).
    """
    end = 0
    with path.open("rb") as handle:
        while True:
            handle.seek(end)
            head = handle.read(2)
            if not head:
                return end
            if head != b"\x1f\x8b":
                if end == 0:
                    raise WriteError(f"{path} is not a gzip-compressed WARC: cannot append to it")
                return end  # something after the whole members that is not one: cut it
            handle.seek(end)
            length = _member_length(handle)
            if length is None:
                return end
            end += length


def _member_length(handle: BinaryIO) -> int | None:
    """Length of the gzip member starting at the handle's position, or None when it is torn or damaged."""
    decoder = zlib.decompressobj(zlib.MAX_WBITS | 16)
    consumed = 0
    try:
        while not decoder.eof:
            chunk = handle.read(_READ)
            if not chunk:
                return None  # the file ends inside this member
            decoder.decompress(chunk, _OUT)  # the output is not needed; bounded so a bomb costs no memory
            while decoder.unconsumed_tail and not decoder.eof:
                decoder.decompress(decoder.unconsumed_tail, _OUT)
            consumed += len(chunk)
    except zlib.error:
        return None
    return consumed - len(decoder.unused_data)


class WarcLog:
    """A WARC file open for appending whole records, after being cut back to a known good end."""

    def __init__(self, path: Path, good_end: int | None = None) -> None:
        """Open `path` (created if absent) and cut it at `good_end`, or after its last whole record if None.

        Raises:
            WriteError: the file cannot be opened, or (with `good_end` None) is not a gzip WARC.
        """
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            end = whole_end(path) if good_end is None and path.exists() else (good_end or 0)
            # Unbuffered: after a failed write nothing may linger in a buffer to be flushed past the cut.
            self._handle = open(path, "ab", buffering=0)  # noqa: SIM115 - held open while the run lasts
            size = self._handle.seek(0, os.SEEK_END)
            end = min(end, size)  # the caller checks a state's end against the size (batch.state.open_warc)
            if size > end:
                self._handle.truncate(end)
                os.fsync(self._handle.fileno())
        except OSError as exc:
            raise WriteError(f"cannot open {path}: {exc.strerror or exc}") from exc
        self.end = end

    def append(self, data: bytes) -> int:
        """Append whole records (gzip members), fsync, and return the offset just past them."""
        if not data:
            return self.end
        self.end = append_whole(self._handle, data, self.end, self.path)  # cut back on failure: no torn member
        return self.end

    def close(self) -> None:
        """Close the file."""
        self._handle.close()
