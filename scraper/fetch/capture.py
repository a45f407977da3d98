"""What a WARC needs from a fetch: each request as sent and each response as served, before decoding.

The fetcher reads a body through `decoded_chunks`: without a sink it is requests' own `iter_content`; with one
(a WARC is being written) it reads the bytes as they came off the connection (`decode_content=False`),
keeps them in the sink, and decompresses them with urllib3's decoder for the caller, so the size cap still
counts what a gzip bomb expands to. After each response the fetcher hands an `Exchange` to its `Recorder`.

What "as served" means here: the Content-Encoding is kept (a gzip body stays gzip, and its header stays, so
WARC readers such as warcio's `content_stream()` decode it), while HTTP/1.1 chunked framing is already gone
(urllib3 removes it below anything we can read): the `Transfer-Encoding` header is therefore kept under
Common Crawl's name for it, `X-Crawler-Transfer-Encoding`, so no reader tries to de-chunk a body that is not
chunked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

import requests
from urllib3.response import ContentDecoder, _get_decoder  # urllib3's own Content-Encoding decoders

__all__ = ["Exchange", "Recorder", "capture", "decoded_chunks"]

_RENAMED = {"transfer-encoding": "X-Crawler-Transfer-Encoding"}
_VERSIONS = {9: "HTTP/0.9", 10: "HTTP/1.0", 11: "HTTP/1.1", 20: "HTTP/2"}


@dataclass(frozen=True, slots=True)
class Exchange:
    """One HTTP request and its response, as a WARC keeps them.

    Attributes:
        url: the URL requested (the WARC-Target-URI).
        request_line: e.g. ``GET /a.html?x=1 HTTP/1.1``.
        request_headers: the request headers in order (Host first), as sent.
        status_line: e.g. ``HTTP/1.1 200 OK``.
        headers: the response headers in order, repeated ones repeated, as served (see the module doc).
        body: the body as served: Content-Encoding kept, chunked framing removed.
        fetched_at: when the response was read (aware UTC); the WARC-Date.
        truncated: why the body is not whole (a WARC-Truncated value: "length", "unspecified"), or None.
    """

    url: str
    request_line: str
    request_headers: tuple[tuple[str, str], ...]
    status_line: str
    headers: tuple[tuple[str, str], ...]
    body: bytes
    fetched_at: datetime
    truncated: str | None = None

    @property
    def status(self) -> int:
        """The HTTP status code."""
        return int(self.status_line.split(" ", 2)[1])


#: Called by the fetcher with every exchange (each redirect hop and each retried attempt).
Recorder = Callable[[Exchange], None]


def decoded_chunks(response: requests.Response, size: int, sink: list[bytes] | None) -> Iterator[bytes]:
    """Yield the body decompressed, in chunks; with a `sink`, also collect the bytes as served there.

    Raises:
        requests.exceptions.ContentDecodingError: the body does not decompress (as `iter_content` raises).
    """
    if sink is None:
        yield from response.iter_content(chunk_size=size)
        return
    encoding = response.headers.get("content-encoding", "").strip().lower()
    decoder = _get_decoder(encoding) if encoding and encoding != "identity" else None
    for piece in response.raw.stream(size, decode_content=False):
        sink.append(piece)
        out = _decompress(decoder, piece)
        if out:
            yield out
    tail = _decompress(decoder, None)
    if tail:
        yield tail


def _decompress(decoder: ContentDecoder | None, data: bytes | None) -> bytes:
    """Feed one piece to the decoder (None: flush it)."""
    if decoder is None:
        return data or b""
    try:
        return decoder.decompress(data) if data is not None else decoder.flush()
    except Exception as exc:  # zlib.error, brotli.error…: each codec has its own; all mean a bad body
        raise requests.exceptions.ContentDecodingError(exc) from exc


def capture(response: requests.Response, body: bytes, truncated: str | None = None) -> Exchange:
    """Build the Exchange of a response whose body (as served) has been read.

    Args:
        response: the streamed response (its request is the PreparedRequest that was sent).
        body: the bytes as served (what `decoded_chunks` collected), or b"" when not read.
        truncated: the WARC-Truncated reason when `body` is not the whole body.
    """
    request = response.request
    url = request.url or response.url
    parts = urlsplit(url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    version = _VERSIONS.get(getattr(response.raw, "version", 11), "HTTP/1.1")
    # urllib3 sends Host first, then the request's headers in order.
    sent = (("Host", parts.netloc), *((str(k), str(v)) for k, v in request.headers.items()))
    served = tuple((_RENAMED.get(k.lower(), k), v) for k, v in response.raw.headers.items())
    return Exchange(
        url=url,
        request_line=f"{request.method or 'GET'} {target} {version}",
        request_headers=sent,
        status_line=f"{version} {response.status_code} {response.reason or ''}".rstrip(),
        headers=served,
        body=body,
        fetched_at=datetime.now(UTC),
        truncated=truncated,
    )
