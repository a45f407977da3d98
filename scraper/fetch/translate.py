"""The one place where requests / urllib3 / socket / ssl exceptions become our `FetchError`, in user words.

requests nests what went wrong a few levels down (``ConnectionError(MaxRetryError(… NewConnectionError(…
ConnectionRefusedError(111, 'Connection refused'))))``); the user wants ``cannot connect to 127.0.0.1:9:
connection refused``. `translate` walks the nested exceptions, finds the root cause and names it with the
address involved: the target's host:port, or the proxy's when the failure was on the way to the proxy.
A proxy is only ever named by host:port, so a password in a proxy URL never reaches a message.
"""

from __future__ import annotations

import http.client
import re
import socket
import ssl
from collections.abc import Iterator
from urllib.parse import urlsplit

import requests
import urllib3

from ..errors import FetchError

__all__ = ["Retryable", "timed_out", "translate"]

_CHAIN_LIMIT = 12
# getaddrinfo failures that will not change on a retry: the name does not exist (or has no address).
_PERMANENT_DNS = frozenset(
    code for code in (getattr(socket, "EAI_NONAME", None), getattr(socket, "EAI_NODATA", None)) if code is not None
)


class Retryable(Exception):
    """Internal to the fetcher: a failure worth another attempt. Never leaves the fetch package."""

    def __init__(self, error: FetchError, retry_after: float | None = None) -> None:
        super().__init__(str(error))
        self.error = error
        self.retry_after = retry_after


def timed_out(url: str, attempts: int, within: str) -> Retryable:
    """The error of an attempt cut at its deadline; `within` says which ("120 s", "the 5 s timeout")."""
    return Retryable(FetchError(f"no complete response from {_address(url)} within {within}", url=url,
                                attempts=attempts, kind="timeout"))


def translate(exc: BaseException, url: str, attempts: int, within: str | None = None) -> FetchError | Retryable:
    """Map a requests/urllib3/socket/ssl exception to a FetchError in user words; retryable ones are wrapped.

    Args:
        exc: what requests (or a body read) raised.
        url: the URL requested.
        attempts: the attempt count so far.
        within: the read timeout of the attempt as a timeout message names it ("30 s", "the 5 s timeout").
    """
    chain = list(_causes(exc))
    via_proxy = any(isinstance(e, requests.exceptions.ProxyError | urllib3.exceptions.ProxyError) for e in chain)
    where = _where(chain, url, via_proxy)
    kind, message, retry = _describe(chain, where, within)
    error = FetchError(message, url=url, attempts=attempts, kind=kind)
    return Retryable(error) if retry else error


def _describe(chain: list[BaseException], where: str, within: str | None) -> tuple[str, str, bool]:
    """(kind, message, retryable) for the exceptions of one failure, most specific first."""
    for exc in chain:
        found = _describe_one(exc, where, within)
        if found is not None:
            return found
    root = chain[-1]
    text = str(root) or type(root).__name__
    return "connection", f"request to {where} failed: {_short(text)}", True


def _describe_one(exc: BaseException, where: str, within: str | None) -> tuple[str, str, bool] | None:
    """The description of one exception of the chain, when it is one we know."""
    return _describe_dns_tls(exc, where) or _describe_connection(exc, where) or _describe_timeout(exc, where, within)


def _describe_dns_tls(exc: BaseException, where: str) -> tuple[str, str, bool] | None:
    """Name resolution, TLS and body decoding failures: none of them is worth a retry except a DNS hiccup."""
    if isinstance(exc, socket.gaierror):
        host = where.rsplit(":", 1)[0]
        reason = (exc.strerror or str(exc)).lower()
        return "dns", f"cannot resolve host {host}: {reason}", exc.errno not in _PERMANENT_DNS
    if isinstance(exc, ssl.SSLCertVerificationError):
        reason = exc.verify_message or exc.reason or str(exc)
        return "tls", f"TLS certificate of {where} not accepted: {reason}", False
    if isinstance(exc, ssl.SSLError):
        return "tls", f"TLS handshake with {where} failed: {_ssl_reason(exc)}", False
    if isinstance(exc, requests.exceptions.ContentDecodingError | urllib3.exceptions.DecodeError):
        return "decoding", f"cannot decompress the body from {where}: it does not match its Content-Encoding", False
    return None


def _describe_connection(exc: BaseException, where: str) -> tuple[str, str, bool] | None:
    """Connections refused, dropped, reset or broken, and a proxy refusing its tunnel."""
    if isinstance(exc, ConnectionRefusedError):
        return "connection", f"cannot connect to {where}: connection refused", True
    if isinstance(exc, http.client.RemoteDisconnected):
        return "connection", f"{where} closed the connection without a response", True
    if isinstance(exc, ConnectionResetError):
        return "connection", f"connection reset by {where}", True
    if isinstance(exc, BrokenPipeError | ConnectionAbortedError):
        return "connection", f"connection to {where} broken", True
    if isinstance(exc, http.client.IncompleteRead | urllib3.exceptions.IncompleteRead):
        return "connection", f"{where} closed the connection before the whole response arrived", True
    return None


def _describe_timeout(exc: BaseException, where: str, within: str | None) -> tuple[str, str, bool] | None:
    """Timeouts, then any other OS-level error with a reason (checked last: timeouts are OSErrors too)."""
    if isinstance(exc, urllib3.exceptions.ConnectTimeoutError) and not isinstance(
        exc, urllib3.exceptions.NewConnectionError
    ):
        return "timeout", f"cannot connect to {where}: timed out", True
    if isinstance(exc, urllib3.exceptions.ReadTimeoutError | requests.exceptions.ReadTimeout | TimeoutError):
        limit = f" within {within}" if within is not None else ""
        return "timeout", f"no answer from {where}{limit} (read timed out)", True
    if isinstance(exc, OSError) and exc.errno is not None and exc.strerror:
        return "connection", f"cannot connect to {where}: {exc.strerror.lower()}", True
    if isinstance(exc, OSError) and str(exc).startswith("Tunnel connection failed"):
        status = str(exc).partition(":")[2].strip()
        return "proxy", f"the proxy refused to open a tunnel: {status}", False
    return None


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """The exception and every exception nested in it (args, reason, cause, context), outermost first."""
    queue = [exc]
    seen: set[int] = set()
    while queue and len(seen) < _CHAIN_LIMIT:
        current = queue.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        nested = [arg for arg in current.args if isinstance(arg, BaseException)]
        reason = getattr(current, "reason", None)
        if isinstance(reason, BaseException):
            nested.append(reason)
        nested += [e for e in (current.__cause__, current.__context__) if e is not None]
        queue.extend(nested)


def _where(chain: list[BaseException], url: str, via_proxy: bool) -> str:
    """host:port of the peer that failed: the proxy's when the failure was on the way to it."""
    if via_proxy:
        for exc in chain:
            conn = getattr(exc, "conn", None)
            host, port = getattr(conn, "host", None), getattr(conn, "port", None)
            if host:
                return f"the proxy {_host_port(host, port)}"
        return "the proxy"
    return _address(url)


def _address(url: str) -> str:
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return _host_port(parts.hostname or "?", port)


def _host_port(host: str, port: int | None) -> str:
    shown = f"[{host}]" if ":" in host else host
    return shown if port is None else f"{shown}:{port}"


def _ssl_reason(exc: ssl.SSLError) -> str:
    reason = (exc.reason or str(exc)).replace("_", " ").lower()
    if exc.reason == "WRONG_VERSION_NUMBER":  # what OpenSSL says when the other side does not speak TLS
        return f"{reason} (the server does not speak TLS on this port; try http://)"
    return reason


def _short(text: str) -> str:
    """A library's message as one short line: it may quote what the server sent (a banner that is no HTTP,
    with its line breaks and NULs), and an error is one line on stderr and in the errors file."""
    text = " ".join(_CONTROL.sub(" ", text).split())
    return text if len(text) < 300 else text[:300] + "…"


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")

