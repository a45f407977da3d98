"""A small forward HTTP proxy on loopback for the proxy tests: absolute-URI GETs, relayed or answered itself.

It relays `GET http://host:port/path` to the target with http.client and sends back status, headers and body.
For a host in `canned` it answers itself (so a test can "reach" a public address without a network). It logs
every request it got, with its headers, and with `credentials` set it wants them (407 otherwise).
"""

from __future__ import annotations

import base64
import http.client
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from .httpserver import running

_HOP_BY_HOP = {"connection", "keep-alive", "proxy-authorization", "proxy-connection", "te", "trailer",
               "transfer-encoding", "upgrade"}


@dataclass(frozen=True)
class ProxyHit:
    """One request the proxy got: the request target as sent (an absolute URI) and its headers."""

    target: str
    headers: dict[str, str] = field(default_factory=dict)


class _ProxyHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: ForwardProxy

    def do_GET(self) -> None:
        headers = {k.lower(): v for k, v in self.headers.items()}
        self.server.record(ProxyHit(self.path, headers))
        if not self._authorised(headers):
            self._answer(407, b"proxy credentials wanted", {"Proxy-Authenticate": 'Basic realm="test"'})
            return
        parts = urlsplit(self.path)
        if parts.scheme != "http" or not parts.hostname:
            self._answer(400, b"absolute http:// URI expected")
            return
        canned = self.server.canned.get(parts.hostname)
        if canned is not None:
            self._answer(200, canned, {"Content-Type": "text/html; charset=utf-8"})
            return
        self._relay(parts.hostname, parts.port or 80, parts.path + (f"?{parts.query}" if parts.query else ""),
                    headers)

    def do_CONNECT(self) -> None:
        self.server.record(ProxyHit(f"CONNECT {self.path}", {k.lower(): v for k, v in self.headers.items()}))
        self._answer(405, b"no tunnels here")

    def _authorised(self, headers: dict[str, str]) -> bool:
        if self.server.credentials is None:
            return True
        expected = "Basic " + base64.b64encode(self.server.credentials.encode()).decode()
        return headers.get("proxy-authorization") == expected

    def _relay(self, host: str, port: int, path: str, headers: dict[str, str]) -> None:
        upstream = http.client.HTTPConnection(host, port, timeout=10)
        try:
            upstream.request("GET", path, headers={k: v for k, v in headers.items() if k not in _HOP_BY_HOP})
            response = upstream.getresponse()
            body = response.read()
            kept = {k: v for k, v in response.getheaders() if k.lower() not in _HOP_BY_HOP | {"content-length"}}
            self._answer(response.status, body, kept)
        except OSError as exc:
            self._answer(502, f"upstream failed: {exc}".encode())
        finally:
            upstream.close()

    def _answer(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        if "Content-Type" not in (headers or {}):
            self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


class ForwardProxy(ThreadingHTTPServer):
    """The proxy server: a request log, canned answers per host name, optional user:password."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, credentials: str | None = None) -> None:
        super().__init__(("127.0.0.1", 0), _ProxyHandler)
        self.credentials = credentials
        self.canned: dict[str, bytes] = {}
        self.hits: list[ProxyHit] = []
        self._lock = threading.Lock()

    def record(self, hit: ProxyHit) -> None:
        with self._lock:
            self.hits.append(hit)

    @property
    def address(self) -> str:
        host, port = self.server_address[:2]
        return f"{host!s}:{port}"

    def url(self, credentials: str | None = None) -> str:
        """The proxy URL, with user:password@ when given."""
        return f"http://{credentials + '@' if credentials else ''}{self.address}"


@contextmanager
def forward_proxy(credentials: str | None = None) -> Iterator[ForwardProxy]:
    """Run a forward proxy on 127.0.0.1 for the block."""
    with running(ForwardProxy(credentials)) as proxy:
        yield proxy
