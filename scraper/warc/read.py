"""Read the HTML responses of any WARC (ours or another tool's) as Pages, with no network.

`read_warc` walks the records with warcio's `ArchiveIterator` (gzip per record or uncompressed, WARC or ARC)
and yields, for every response record, either a `Page` ready for `extract` or a `Skip` saying why not:

- a revisit record (its payload lives in another record);
- a truncated record (``WARC-Truncated``: the body is not whole);
- a response that is not HTTP, not 2xx, or not HTML (the fetcher's own rule: text/html, application/xhtml+xml,
  or unlabelled);
- a body over `max_bytes` once decompressed, or one that does not decompress.

The Page carries what the online run had: the body after Content-Encoding and chunking are undone
(warcio's `content_stream()`), the stored Content-Type (charset included), the WARC-Target-URI as the
final URL, and the WARC-Date as `fetched_at`, which extraction uses as `now` for relative dates.
Request, warcinfo and metadata records are passed over silently.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import BufferedReader

from ..errors import InputError
from ..model import Page
from .write import INPUT_URL_HEADER

__all__ = ["Damaged", "Skip", "WarcPage", "read_warc"]

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_READ = 1 << 16
_GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True, slots=True)
class WarcPage:
    """An HTML response of the WARC: the page and the input URL stored with it (None for other tools')."""

    page: Page
    input_url: str | None
    offset: int


@dataclass(frozen=True, slots=True)
class Skip:
    """A response record that is not re-extracted: `reason` is one word ("revisit", "truncated", "status",
    "not-html", "not-http", "too-large", "undecodable"), `detail` says more."""

    url: str | None
    reason: str
    detail: str
    offset: int


@dataclass(frozen=True, slots=True)
class Damaged:
    """The WARC cannot be read past `offset` (a torn or corrupt record); reading stops there."""

    offset: int
    detail: str


def read_warc(path: Path, *, max_bytes: int) -> Iterator[WarcPage | Skip | Damaged]:
    """Yield a WarcPage or a Skip per response or revisit record of the WARC at `path`, in file order.

    A record that cannot be parsed ends the walk with one `Damaged` item (never an exception).

    Raises:
        InputError: the file cannot be opened.
    """
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}", url=str(path)) from exc
    with handle:
        gzipped = handle.read(2) == _GZIP_MAGIC
        handle.seek(0)
        records = ArchiveIterator(handle, arc2warc=True)
        try:
            for record in records:
                if gzipped and records.reader.decompressor is None:
                    # warcio reads a gzip member that fails at its first byte as plain bytes from there on; what
                    # it parses next is the compressed data of the records after it (read as an ARC header
                    # whenever its first line happens to hold four spaces), so the walk ends here.
                    yield Damaged(records.offset, "a gzip member does not decompress")
                    return
                if record.rec_type in {"response", "revisit"}:
                    yield _page_or_skip(record, records.offset, max_bytes)
        except Exception as exc:  # warcio raises its own, zlib's and parse errors alike on a damaged file
            # records.offset: where the record that failed begins (the last one read ended there)
            yield Damaged(records.offset, _one_line(f"{type(exc).__name__}: {exc}"))


# The most of a reader's message shown: it may quote the bytes it could not read.
_DETAIL_CHARS = 200


def _one_line(text: str) -> str:
    """A reader's message as one short line of printable text: warcio quotes the first line of a file it
    cannot read (for a file that is no WARC, a few hundred bytes of anything, line breaks and NULs included),
    and an error is one line on stderr and in the errors file."""
    shown = " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())
    return shown if len(shown) <= _DETAIL_CHARS else shown[:_DETAIL_CHARS] + "…"


def _page_or_skip(record: Any, offset: int, max_bytes: int) -> WarcPage | Skip:
    headers = record.rec_headers
    url = headers.get_header("WARC-Target-URI")
    if record.rec_type == "revisit":
        profile = headers.get_header("WARC-Profile") or ""
        return Skip(url, "revisit", f"revisit record ({profile.rsplit('/', 1)[-1] or 'no profile'})", offset)
    http = record.http_headers
    if http is None or not http.protocol.upper().startswith("HTTP"):
        return Skip(url, "not-http", "no HTTP response in the record", offset)
    status = http.get_statuscode()
    # Three ASCII digits: str.isdigit() admits '²', which int() refuses, and the error would end the walk here
    # as a damaged file, losing every record after this one.
    if not (len(status) == 3 and status.isascii() and status.isdigit()) or not 200 <= int(status) < 300:
        return Skip(url, "status", f"HTTP {status[:16]}", offset)
    content_type = http.get_header("Content-Type")
    mime = (content_type or "").split(";", 1)[0].strip().lower()
    if mime and mime not in _HTML_TYPES:
        return Skip(url, "not-html", f"Content-Type {mime}", offset)
    truncated = headers.get_header("WARC-Truncated")
    if truncated:
        return Skip(url, "truncated", f"WARC-Truncated: {truncated}", offset)
    encoding = (http.get_header("Content-Encoding") or "").strip().lower()
    if encoding and encoding != "identity" and encoding not in BufferedReader.get_supported_decompressors():
        return Skip(url, "undecodable", f"Content-Encoding {encoding} cannot be decoded here", offset)
    try:
        body = _read_capped(record.content_stream(), max_bytes)
    except ValueError as exc:
        return Skip(url, "too-large", str(exc), offset)
    except Exception as exc:  # zlib.error, brotli.error, a broken chunk: the body cannot be read
        return Skip(url, "undecodable", f"{type(exc).__name__}: {exc}", offset)
    fetched_at = _warc_date(headers.get_header("WARC-Date"))
    page = Page(url=url, final_url=url, status=int(status), content=body,
                headers={"content-type": content_type} if content_type else {}, fetched_at=fetched_at)
    return WarcPage(page, headers.get_header(INPUT_URL_HEADER), offset)


def _read_capped(stream: Any, cap: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = stream.read(_READ)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > cap:
            raise ValueError(f"body larger than {cap} bytes")
        chunks.append(chunk)


def _warc_date(value: str | None) -> datetime | None:
    """WARC-Date (``2024-05-01T08:00:00Z``, fractional seconds in WARC/1.1) as an aware UTC datetime."""
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)
