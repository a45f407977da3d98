"""A real threaded HTTP server on loopback for the fetch and batch tests, with scripted faults.

Each route is a responder: a function that gets the request handler and writes a response (or misbehaves).
The server logs every request with its arrival time (on the time.monotonic clock), so tests can check the
pace a client kept from the server's side: `assert_paced` states what such a check can honestly claim.
"""

from __future__ import annotations

import gzip
import itertools
import socket
import socketserver
import struct
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TypeVar
from urllib.parse import urlsplit

Responder = Callable[["Handler"], None]

# Linux's SO_TIMESTAMPNS (the socket module does not name it): the kernel stamps each packet as it arrives.
SO_TIMESTAMPNS = 35 if sys.platform == "linux" else None
# The longest lag allowed between a client's limiter letting a request go and its bytes reaching the server
# (the sending thread waiting for a core or the GIL). Measured on a loaded 2-core machine (two busy loops
# beside the suite): up to 0.07 s. `assert_paced` allows one such lag per gap and per span, never more.
SEND_LAG = 0.15
# A delay the pace tests use: long enough that SEND_LAG is a modest part of one gap and a small part of a span.
PACE_DELAY = 0.5


@dataclass(frozen=True)
class Hit:
    """One request as the server saw it."""

    at: float
    path: str
    headers: dict[str, str]


class Handler(BaseHTTPRequestHandler):
    """Dispatches to the route's responder; unknown paths get 404."""

    protocol_version = "HTTP/1.1"
    server: LoopbackServer

    arrived: float | None = None

    def handle_one_request(self) -> None:
        self.arrived = arrival(self.connection)
        super().handle_one_request()

    def do_GET(self) -> None:
        at = time.monotonic() if self.arrived is None else self.arrived
        self.server.record(Hit(at, self.path, {k.lower(): v for k, v in self.headers.items()}))
        responder = self.server.routes.get(self.path) or self.server.routes.get(urlsplit(self.path).path)
        if responder is None:
            send(self, 404, b"not found", "text/plain")
            return
        responder(self)

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep test output clean


class LoopbackServer(ThreadingHTTPServer):
    """ThreadingHTTPServer with a route table and a request log."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, host: str = "127.0.0.1") -> None:
        super().__init__((host, 0), Handler)
        self.routes: dict[str, Responder] = {}
        self.hits: list[Hit] = []
        self._lock = threading.Lock()

    def server_bind(self) -> None:
        super().server_bind()
        if SO_TIMESTAMPNS is not None:
            # Accepted connections inherit it; see `arrival`.
            with suppress(OSError):
                self.socket.setsockopt(socket.SOL_SOCKET, SO_TIMESTAMPNS, 1)

    def record(self, hit: Hit) -> None:
        with self._lock:
            self.hits.append(hit)

    def count(self, path: str) -> int:
        with self._lock:
            return sum(1 for hit in self.hits if hit.path == path)

    @property
    def origin(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, path: str) -> str:
        return self.origin + path


def arrival(connection: socket.socket) -> float | None:
    """When the next request's first bytes reached `connection`, on the monotonic clock; None where the kernel
    gives no stamp (the handler then uses the time it runs).

    Why: on a loaded machine the handler thread may run tens of milliseconds after the bytes came in, and by a
    different lag for each request, so gaps measured from the handler's wake-up carry the server's scheduling
    jitter rather than the client's pace. The kernel's receive stamp (wall clock) is moved onto the monotonic
    clock by its age. Peeking leaves the bytes for the handler to read (clients here never pipeline requests,
    so nothing of the next request sits unread in the handler's buffer while this waits).
    """
    if SO_TIMESTAMPNS is None:
        return None
    try:
        _, ancillary, _, _ = connection.recvmsg(1, socket.CMSG_SPACE(16), socket.MSG_PEEK)
    except OSError:
        return None
    for level, kind, data in ancillary:
        if level == socket.SOL_SOCKET and kind == SO_TIMESTAMPNS and len(data) >= 16:
            seconds, nanos = struct.unpack("qq", data[:16])
            return _on_monotonic_clock(seconds + nanos / 1e9)
    return None


def _on_monotonic_clock(wall: float) -> float:
    """A wall-clock instant on the monotonic clock, from a pair of readings taken close together (a thread
    preempted between them would misplace the instant by the preemption, so a loose pair is read again)."""
    for _ in range(5):
        before, now, after = time.monotonic(), time.time(), time.monotonic()
        if after - before < 0.001:
            break
    return (before + after) / 2 - (now - wall)


def assert_paced(times: list[float], delay: float) -> None:
    """Assert that requests arriving at `times` kept a client's minimum `delay` between request starts.

    What the server can see honestly: its stamps are taken as the bytes arrive (see `arrival`), but the client's
    thread may send a request a little after its limiter let it go (SEND_LAG at most), which shortens the gap
    before that request and lengthens the one after it. So:
    - every gap is at least `delay - SEND_LAG`: two requests let through together (a reservation race, a host
      keyed wrongly, no delay at all) arrive milliseconds apart and fail;
    - the span from the first to the last arrival is at least (n - 1) delays minus one SEND_LAG: lags do not add
      up over a span (only the first request's lag shortens it), so a limiter keeping any shorter delay on
      average fails, with a slack that is a small part of the span.
    Use a delay of PACE_DELAY or more, so the lag stays a modest part of each gap.
    """
    assert len(times) >= 3, "a pace needs at least three requests (two gaps)"
    assert delay > 2 * SEND_LAG, "the delay must dwarf the lag allowed, or the check proves little"
    ordered = sorted(times)
    gaps = [b - a for a, b in itertools.pairwise(ordered)]
    shown = [round(gap, 3) for gap in gaps]
    span = ordered[-1] - ordered[0]
    assert min(gaps) >= delay - SEND_LAG, f"gaps {shown} s against a delay of {delay} s"
    assert span >= (len(ordered) - 1) * delay - SEND_LAG, f"span {span:.3f} s over gaps {shown} s"


_Server = TypeVar("_Server", bound=socketserver.BaseServer)


@contextmanager
def serve(host: str = "127.0.0.1") -> Iterator[LoopbackServer]:
    """Run a server on `host` (any 127.x.y.z works on Linux loopback) for the block."""
    with running(LoopbackServer(host)) as server:
        yield server


@contextmanager
def running(server: _Server) -> Iterator[_Server]:
    """Serve `server` from a daemon thread for the block, then shut it down and close its socket."""
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def send(handler: BaseHTTPRequestHandler, status: int, body: bytes, content_type: str | None = "text/html",
         headers: dict[str, str] | None = None) -> None:
    """Write a whole response with a Content-Length."""
    handler.send_response(status)
    if content_type is not None:
        handler.send_header("Content-Type", content_type)
    for key, value in (headers or {}).items():
        handler.send_header(key, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    # The client may give up (a cap or a timeout): that is the point of some tests.
    with suppress(BrokenPipeError, ConnectionResetError):
        handler.wfile.write(body)


def page(body: bytes, content_type: str | None = "text/html; charset=utf-8", status: int = 200,
         headers: dict[str, str] | None = None) -> Responder:
    """A fixed response."""
    return lambda h: send(h, status, body, content_type, headers)


def status(code: int, headers: dict[str, str] | None = None) -> Responder:
    """An empty response with a status (and headers)."""
    return page(b"", "text/plain", code, headers)


def redirect(location: str, code: int = 302) -> Responder:
    """A redirect to `location`."""
    return status(code, {"Location": location})


def sequence(*responders: Responder) -> Responder:
    """Answer the n-th request with the n-th responder; the last one repeats."""
    lock = threading.Lock()
    calls = [0]

    def respond(handler: Handler) -> None:
        with lock:
            index = min(calls[0], len(responders) - 1)
            calls[0] += 1
        responders[index](handler)

    return respond


def slow(seconds: float, then: Responder) -> Responder:
    """Wait before answering (a server slower than the client's read timeout)."""

    def respond(handler: Handler) -> None:
        time.sleep(seconds)
        with suppress(OSError):
            then(handler)

    return respond


def held(release: threading.Event, then: Responder, limit: float = 120.0) -> Responder:
    """Answer only once `release` is set (or after `limit` seconds): a client is in mid-fetch for as long as the
    test needs, however slowly the machine runs, where a fixed delay can run out first."""

    def respond(handler: Handler) -> None:
        release.wait(limit)
        with suppress(OSError):
            then(handler)

    return respond


def reset(handler: Handler) -> None:
    """Close the connection with a TCP RST before answering."""
    handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    handler.connection.close()
    handler.close_connection = True


def gzipped(body: bytes, content_type: str = "text/html; charset=utf-8") -> Responder:
    """The body gzip-compressed with Content-Encoding: gzip."""
    data = gzip.compress(body, compresslevel=9)
    return page(data, content_type, headers={"Content-Encoding": "gzip"})


def netease_page(doc_id: str, title: str = "教育工作会议召开", paragraphs: int = 3,
                 charset: str = "utf-8", meta_charset: bool = True) -> bytes:
    """A small Era 2 NetEase article page (news.163.com/19/…/<DOCID>.html markup), encoded in `charset`."""
    body = "".join(
        f"<p>　　第{n}段：会议指出，要坚持立德树人根本任务，推进教育高质量发展，这是本段的正文内容。</p>"
        for n in range(1, paragraphs + 1)
    )
    meta = f'<meta charset="{charset}">' if meta_charset else ""
    html = f"""<!DOCTYPE html>
<html><head>{meta}<title>{title}_网易新闻</title>
<meta property="article:published_time" content="2019-09-07T13:43:45+08:00">
</head><body>
<div class="post_content_main" id="epContentLeft">
<h1>{title}</h1>
<div class="post_time_source">2019-09-07 13:43:45　来源: <a id="ne_article_source" href="#">新华网</a></div>
<div class="post_body"><div class="post_text" id="endText">
{body}
<div class="ep-source cDGray"><span class="ep-editor">责任编辑：张三_NN1234</span></div>
</div></div>
</div>
<div id="contain" data-docid="{doc_id}"></div>
</body></html>"""
    return html.encode(charset)


def trickle(body: bytes, *, headers_too: bool = False, chunked: bool = False, interval: float = 1.0) -> Responder:
    """Send a response one byte per `interval` seconds: the body (with a Content-Length, or chunked), or the
    headers as well. Each byte arrives well within any read timeout; only a deadline on the whole exchange
    ends it. Stops when the client hangs up."""

    def respond(handler: Handler) -> None:
        framing = "Transfer-Encoding: chunked" if chunked else f"Content-Length: {len(body)}"
        head = f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n{framing}\r\n\r\n".encode()
        payload = b"".join(b"1\r\n" + body[i:i + 1] + b"\r\n" for i in range(len(body))) if chunked else body
        slow_part = head + payload if headers_too else payload
        handler.close_connection = True
        with suppress(OSError):
            if not headers_too:
                handler.wfile.write(head)
                handler.wfile.flush()
            for i in range(len(slow_part)):
                handler.wfile.write(slow_part[i:i + 1])
                handler.wfile.flush()
                time.sleep(interval)

    return respond
