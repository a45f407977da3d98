"""Network failures come out in user words, each produced for real on loopback: a closed port, a name that
cannot resolve, TLS spoken to a plain-HTTP port, a server that resets, one that stalls, a proxy that is down.
"""

from __future__ import annotations

import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator

import pytest

from scraper.errors import FetchError
from scraper.fetch import fetch
from scraper.settings import Settings

from .httpserver import LoopbackServer, page, reset, serve, slow

ONE_TRY = Settings(obey_robots=False, retries=0, per_host_delay=0.0, connect_timeout=2.0, read_timeout=2.0)
# What urllib3/requests reprs look like; none of it may reach a user.
LIBRARY_WORDS = ("Pool", "Max retries", "NewConnectionError", "Caused by", "urllib3", "object at 0x")


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with serve() as srv:
        yield srv


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def raw_server(answer: Callable[[socket.socket], None]) -> int:
    """A bare TCP server on loopback whose every connection is handled by `answer`; returns its port."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()

    def accept() -> None:
        while True:
            conn, _ = listener.accept()
            threading.Thread(target=answer, args=(conn,), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    return int(listener.getsockname()[1])


def failure(url: str, settings: Settings = ONE_TRY) -> FetchError:
    with pytest.raises(FetchError) as caught:
        fetch(url, settings)
    message = str(caught.value)
    assert not any(word in message for word in LIBRARY_WORDS), message
    return caught.value


def test_a_closed_port_is_connection_refused() -> None:
    port = closed_port()
    error = failure(f"http://127.0.0.1:{port}/")
    assert error.message == f"cannot connect to 127.0.0.1:{port}: connection refused"
    assert error.kind == "connection"


def test_an_unresolvable_name_says_so() -> None:
    error = failure("http://no-such-host.invalid/page.html")
    assert error.message.startswith("cannot resolve host no-such-host.invalid: ")
    assert error.kind == "dns"


def test_a_name_that_does_not_exist_is_not_retried() -> None:
    # .invalid never resolves (RFC 6761); when the resolver says so (not "try again"), retrying cannot help.
    error = failure("http://no-such-host.invalid/", ONE_TRY.with_options(retries=3, backoff_base=0.01))
    try:
        socket.getaddrinfo("no-such-host.invalid", 80)
    except socket.gaierror as exc:
        permanent = exc.errno == socket.EAI_NONAME
    else:  # pragma: no cover - a resolver that answers for .invalid
        pytest.skip("this resolver answers for .invalid")
    assert error.attempts == (1 if permanent else 4)


def test_tls_to_a_plain_http_port_names_the_handshake(server: LoopbackServer) -> None:
    server.routes["/"] = page(b"<html>plain</html>")
    port = server.server_address[1]
    error = failure(f"https://127.0.0.1:{port}/")
    assert error.message.startswith(f"TLS handshake with 127.0.0.1:{port} failed: ")
    assert "does not speak TLS" in error.message
    assert error.kind == "tls"


def test_a_reset_is_a_reset(server: LoopbackServer) -> None:
    server.routes["/reset"] = reset
    port = server.server_address[1]
    error = failure(server.url("/reset"))
    assert error.message == f"connection reset by 127.0.0.1:{port}"


def test_a_server_that_hangs_up_without_answering() -> None:
    def hang_up(conn: socket.socket) -> None:
        conn.recv(4096)
        conn.close()

    port = raw_server(hang_up)
    error = failure(f"http://127.0.0.1:{port}/")
    assert error.message == f"127.0.0.1:{port} closed the connection without a response"


def test_a_stalling_server_is_a_read_timeout(server: LoopbackServer) -> None:
    server.routes["/stall"] = slow(5, page(b"late"))
    port = server.server_address[1]
    error = failure(server.url("/stall"), ONE_TRY.with_options(read_timeout=0.3))
    assert error.message == f"no answer from 127.0.0.1:{port} within 0.3 s (read timed out)"
    assert error.kind == "timeout"


def test_a_reset_mid_body_says_the_response_was_cut() -> None:
    def cut(conn: socket.socket) -> None:
        conn.recv(4096)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1000\r\n\r\n<html>")
        time.sleep(0.1)
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        conn.close()

    port = raw_server(cut)
    error = failure(f"http://127.0.0.1:{port}/")
    assert error.message == f"connection reset by 127.0.0.1:{port}"
    assert error.kind == "connection"


def test_a_body_shorter_than_its_length_says_it_was_cut_short() -> None:
    def short(conn: socket.socket) -> None:
        conn.recv(4096)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1000\r\n\r\n<html>")
        conn.close()

    port = raw_server(short)
    error = failure(f"http://127.0.0.1:{port}/")
    assert error.message == f"127.0.0.1:{port} closed the connection before the whole response arrived"


def test_a_proxy_that_is_down_is_named_without_its_password() -> None:
    port = closed_port()
    error = failure("http://127.0.0.1:1/page", ONE_TRY.with_options(proxy=f"http://alice:s3cret@127.0.0.1:{port}"))
    assert error.message == f"cannot connect to the proxy 127.0.0.1:{port}: connection refused"
    assert "s3cret" not in str(error) and "alice" not in str(error)
