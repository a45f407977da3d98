"""One response read as the fetch needs it: the body of a 2xx HTML page, decompressed in chunks under the
byte cap and the deadline (and, for a WARC, every body as served); and the error a failed attempt raises.
"""

from __future__ import annotations

import requests
import urllib3

from ..errors import FetchError
from ..settings import Settings
from .capture import Recorder, capture, decoded_chunks
from .deadline import Deadline
from .translate import Retryable, timed_out, translate

_CHUNK = 64 * 1024


def response_body(
    response: requests.Response, headers: dict[str, str], settings: Settings, url: str, attempts: int,
    deadline: Deadline, record: Recorder | None,
) -> bytes:
    """The decompressed body of a 2xx HTML response (b"" for other statuses); with `record`, the exchange
    is handed to it with the body as served (a redirect's or error's body is then read too)."""
    status = response.status_code
    raw: list[bytes] | None = [] if record is not None else None
    truncated = None
    body = b""
    if 200 <= status < 300:
        try:
            _check_content_type(headers.get("content-type"), settings.content_types, url, status, attempts)
        except FetchError:
            if record is not None:  # archived without its body, which is not read
                record(capture(response, b"", truncated="unspecified"))
            raise
        body = _read_body(response, headers, settings, url, attempts, deadline, raw)
    elif raw is not None:
        truncated = _other_body(response, raw)
    if record is not None and raw is not None and not deadline.expired:  # a cut body is a timeout, not archived
        record(capture(response, b"".join(raw), truncated))
    return body


def _other_body(response: requests.Response, sink: list[bytes]) -> str | None:
    """Read a redirect's or an error's body (as served, up to 64 KiB) for the WARC; return a WARC-Truncated
    reason when it is not whole. Only read when recording: it is not needed otherwise."""
    try:
        data = response.raw.read(_CHUNK + 1, decode_content=False) or b""
    except (urllib3.exceptions.HTTPError, OSError):
        return "disconnect"
    sink.append(data[:_CHUNK])
    return "length" if len(data) > _CHUNK else None


def attempt_failure(
    exc: BaseException, url: str, attempts: int, deadline: Deadline, read_timeout: float
) -> FetchError | Retryable:
    """The translated error of a failed attempt. Whatever a connection cut at the deadline raised (a reset,
    an incomplete read), it is a timeout."""
    if deadline.expired:
        return timed_out(url, attempts, within(deadline, deadline.seconds))
    return translate(exc, url, attempts, within(deadline, read_timeout))


def within(deadline: Deadline, seconds: float) -> str:
    """A limit as a message names it: "30 s", or "the 5 s timeout" when the whole fetch's timeout set it."""
    if deadline.whole is not None and seconds >= deadline.seconds:
        return f"the {deadline.whole:g} s timeout"
    return f"{seconds:g} s"


def _check_content_type(value: str | None, accepted: tuple[str, ...], url: str, status: int, attempts: int) -> None:
    if value is None:
        return  # unlabelled: let the decoder look at the bytes
    mime = value.split(";", 1)[0].strip().lower()
    if mime and mime not in accepted:
        what = "an HTML page" if "text/html" in accepted else "a type we read"
        raise FetchError(
            f"not {what} (Content-Type {mime})", url=url, status=status, attempts=attempts,
            kind="content-type",
        )


def _read_body(
    response: requests.Response, headers: dict[str, str], settings: Settings, url: str, attempts: int,
    deadline: Deadline,
    raw: list[bytes] | None = None,
) -> bytes:
    """Read the decompressed body in chunks, refusing more than max_bytes or a read past the deadline."""
    cap = settings.max_bytes
    declared = headers.get("content-length", "")
    # ASCII digits only: isdigit() admits '²' (a latin-1 header byte), which int() refuses; and a length past
    # int()'s 4,300-digit limit is over any cap.
    if ascii_number(declared) and (len(declared) > 18 or int(declared) > cap) and not headers.get("content-encoding"):
        raise _too_large(url, response.status_code, attempts, cap)
    chunks: list[bytes] = []
    size = 0
    # iter_content yields decompressed bytes, so the cap counts what a gzip bomb expands to.
    # With `raw` (a WARC is written) the bytes as served are kept there too.
    for chunk in decoded_chunks(response, _CHUNK, raw):
        size += len(chunk)
        if size > cap:
            raise _too_large(url, response.status_code, attempts, cap)
        if deadline.expired:
            raise timed_out(url, attempts, within(deadline, deadline.seconds))
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(url: str, status: int, attempts: int, cap: int) -> FetchError:
    return FetchError(f"body larger than {cap} bytes", url=url, status=status, attempts=attempts,
                      kind="too-large")


def ascii_number(value: str) -> bool:
    """Whether a header value is a whole number as HTTP writes one: ASCII digits (str.isdigit admits '²')."""
    return value.isascii() and value.isdigit()


def unreadable(exc: ValueError, url: str, attempts: int) -> FetchError:
    """A response requests could not take in. It reads a redirect's Location before it returns (to offer the
    next request), and a Location that is no URL (http://[x) or not UTF-8 raises ValueError there, not one of
    its own exceptions. Not worth a retry: the server sends the same header again."""
    return FetchError(f"unreadable response (a redirect to no usable URL?): {exc}", url=url, attempts=attempts,
                      kind="redirect")


__all__ = ["ascii_number", "attempt_failure", "response_body", "unreadable", "within"]
