"""The fetch options a user expects, through `Settings`: a proxy (given or from the environment), extra
headers, a cookies.txt, a timeout on the whole fetch, and no politeness wait before a host's first page.
Everything against real loopback servers, the forward proxy included.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path

import pytest

from scraper.errors import BlockedError, ConfigError, FetchError
from scraper.fetch import fetch
from scraper.fetch.politeness import HostLimiter
from scraper.settings import Settings, parse_header, proxy_shown

from .httpserver import LoopbackServer, page, sequence, serve, slow, status
from .proxyserver import ForwardProxy, forward_proxy
from .test_network_errors import closed_port

BASE = Settings(obey_robots=False, retries=0, per_host_delay=0.0, connect_timeout=2.0, read_timeout=2.0)
HTML = b"<html><body><p>hello</p></body></html>"


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with serve() as srv:
        srv.routes["/page"] = page(HTML)
        yield srv


@pytest.fixture
def proxy() -> Iterator[ForwardProxy]:
    with forward_proxy() as running:
        yield running


@pytest.fixture
def no_proxy_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No proxy settings from the environment running the tests."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


# --- proxy ----------------------------------------------------------------------------------------------


@pytest.mark.usefixtures("no_proxy_env")
def test_a_proxy_carries_the_request(server: LoopbackServer, proxy: ForwardProxy) -> None:
    got = fetch(server.url("/page"), BASE.with_options(proxy=proxy.url()))
    assert got.content == HTML
    assert [hit.target for hit in proxy.hits] == [server.url("/page")]  # the absolute URI: a proxy request
    assert len(server.hits) == 1


@pytest.mark.usefixtures("no_proxy_env")
def test_proxy_credentials_are_sent_to_the_proxy_only(server: LoopbackServer) -> None:
    with forward_proxy("alice:s3cret") as proxy:
        fetch(server.url("/page"), BASE.with_options(proxy=proxy.url("alice:s3cret")))
    expected = "Basic " + base64.b64encode(b"alice:s3cret").decode()
    assert proxy.hits[0].headers["proxy-authorization"] == expected
    assert "proxy-authorization" not in server.hits[0].headers


@pytest.mark.usefixtures("no_proxy_env")
def test_a_proxy_refusing_credentials_is_an_http_error_without_them(server: LoopbackServer) -> None:
    with forward_proxy("alice:s3cret") as proxy, pytest.raises(FetchError) as caught:
        fetch(server.url("/page"), BASE.with_options(proxy=proxy.url("alice:wrong")))
    assert caught.value.status == 407
    assert "wrong" not in str(caught.value) and "alice" not in str(caught.value)


@pytest.mark.parametrize(("no_proxy", "proxied"), [("", True), ("127.0.0.1", False)])
def test_the_proxy_environment_is_honoured_with_no_proxy(server: LoopbackServer, proxy: ForwardProxy,
                                                         monkeypatch: pytest.MonkeyPatch, no_proxy: str,
                                                         proxied: bool) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url())
    monkeypatch.setenv("NO_PROXY", no_proxy)
    monkeypatch.delenv("no_proxy", raising=False)
    fetch(server.url("/page"), BASE)
    assert [hit.target for hit in proxy.hits] == ([server.url("/page")] if proxied else [])
    assert len(server.hits) == 1


def test_a_given_proxy_wins_over_the_environment(server: LoopbackServer, proxy: ForwardProxy,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{closed_port()}")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    fetch(server.url("/page"), BASE.with_options(proxy=proxy.url()))
    assert len(proxy.hits) == 1


@pytest.mark.usefixtures("no_proxy_env")
def test_block_private_vets_the_target_behind_a_proxy(server: LoopbackServer, proxy: ForwardProxy) -> None:
    with pytest.raises(BlockedError):
        fetch(server.url("/page"), BASE.with_options(proxy=proxy.url(), block_private=True))
    assert proxy.hits == []  # refused before anything was sent, to the proxy or anywhere


@pytest.mark.usefixtures("no_proxy_env")
def test_block_private_allows_a_loopback_proxy_to_a_public_target(proxy: ForwardProxy) -> None:
    # 8.8.8.8 is a public address; the proxy answers for it itself, so nothing leaves the machine.
    proxy.canned["8.8.8.8"] = HTML
    got = fetch("http://8.8.8.8/news.html", BASE.with_options(proxy=proxy.url(), block_private=True))
    assert got.content == HTML
    assert [hit.target for hit in proxy.hits] == ["http://8.8.8.8/news.html"]


@pytest.mark.usefixtures("no_proxy_env")
def test_a_proxy_reaches_robots_txt_too(server: LoopbackServer, proxy: ForwardProxy) -> None:
    server.routes["/robots.txt"] = page(b"User-agent: *\nDisallow:\n", "text/plain")
    fetch(server.url("/page"), BASE.with_options(proxy=proxy.url(), obey_robots=True))
    assert [hit.target for hit in proxy.hits] == [server.url("/robots.txt"), server.url("/page")]


@pytest.mark.parametrize("bad", ["socks5://127.0.0.1:1080", "127.0.0.1:3128", "http://", "http://host:port"])
def test_an_unusable_proxy_is_a_config_error(bad: str) -> None:
    with pytest.raises(ConfigError):
        Settings(proxy=bad)


def test_a_proxy_password_is_not_in_errors_or_repr() -> None:
    with pytest.raises(ConfigError) as caught:
        Settings(proxy="ftp://alice:s3cret@proxy:21")
    assert "s3cret" not in str(caught.value)
    assert "s3cret" not in repr(Settings(proxy="http://alice:s3cret@proxy:3128"))
    assert proxy_shown("http://alice:s3cret@proxy:3128/x") == "http://***@proxy:3128"


# --- headers and cookies ----------------------------------------------------------------------------------


def test_extra_headers_are_sent_and_replace_defaults(server: LoopbackServer) -> None:
    headers = (parse_header("X-Token: abc 123"), parse_header("Accept-Language: en"))
    fetch(server.url("/page"), BASE.with_options(headers=headers))
    sent = server.hits[0].headers
    assert sent["x-token"] == "abc 123"
    assert sent["accept-language"] == "en"


@pytest.mark.parametrize("bad", ["NoColon", "Bad Name: x", ": empty name"])
def test_a_malformed_header_is_a_config_error(bad: str) -> None:
    with pytest.raises(ConfigError):
        parse_header(bad)


def test_a_header_value_cannot_smuggle_a_line() -> None:
    with pytest.raises(ConfigError):
        Settings(headers=(("X-A", "1\r\nX-B: 2"),))


def cookies_file(tmp_path: Path, *lines: str) -> str:
    path = tmp_path / "cookies.txt"
    path.write_text("# Netscape HTTP Cookie File\n" + "".join(line + "\n" for line in lines), encoding="utf-8")
    return str(path)


def test_cookies_are_sent_to_their_host(server: LoopbackServer, tmp_path: Path) -> None:
    jar = cookies_file(
        tmp_path,
        "127.0.0.1\tFALSE\t/\tFALSE\t0\tsession\tabc",  # expiry 0: a session cookie (curl, browser exports)
        "#HttpOnly_127.0.0.1\tFALSE\t/\tFALSE\t4102444800\tlong\tlived",
        "127.0.0.1\tFALSE\t/\tFALSE\t1000000000\told\tgone",  # expired in 2001
        "other.example\tFALSE\t/\tFALSE\t0\tforeign\tno",
    )
    fetch(server.url("/page"), BASE.with_options(cookies=jar))
    sent = sorted(server.hits[0].headers["cookie"].split("; "))
    assert sent == ["long=lived", "session=abc"]


def test_a_file_that_is_not_cookies_txt_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "cookies.json"
    path.write_text('{"session": "abc"}', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"not a Netscape cookies\.txt"):
        fetch("http://127.0.0.1:1/", BASE.with_options(cookies=str(path)))


def test_a_missing_cookies_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read the cookies file"):
        fetch("http://127.0.0.1:1/", BASE.with_options(cookies=str(tmp_path / "absent.txt")))


# --- the whole fetch under one timeout ---------------------------------------------------------------------


def test_the_timeout_covers_every_attempt(server: LoopbackServer) -> None:
    server.routes["/stall"] = slow(5, page(HTML))
    settings = BASE.with_options(retries=3, backoff_base=1.0, fetch_timeout=0.5)
    with pytest.raises(FetchError) as caught:
        fetch(server.url("/stall"), settings)
    # The first attempt used the half second; no retry fits in what is left.
    assert caught.value.kind == "timeout"
    assert caught.value.attempts == 1
    assert server.count("/stall") == 1


def test_retries_stop_when_the_timeout_has_no_room_for_another(server: LoopbackServer) -> None:
    server.routes["/500"] = status(500)
    settings = BASE.with_options(retries=20, backoff_base=0.05, backoff_max=0.4, fetch_timeout=1.0)
    with pytest.raises(FetchError) as caught:
        fetch(server.url("/500"), settings)
    assert caught.value.status == 500
    assert "no time left for another attempt within the 1 s timeout" in caught.value.message
    assert 2 <= caught.value.attempts < 21


def test_without_a_timeout_every_retry_is_made(server: LoopbackServer) -> None:
    server.routes["/flaky"] = sequence(status(500), status(500), page(HTML))
    got = fetch(server.url("/flaky"), BASE.with_options(retries=2, backoff_base=0.01))
    assert got.attempts == 3


# --- politeness: the first request to a host never waits ---------------------------------------------------


class _Clock:
    """A clock that moves only when slept on, recording every sleep."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def test_robots_txt_does_not_delay_the_first_page() -> None:
    clock = _Clock()
    limiter = HostLimiter(1, 1.0, clock=clock.time, sleep=clock.sleep)
    with limiter.slot("example.com", paced=False):  # robots.txt
        pass
    with limiter.slot("example.com"):  # the first page
        pass
    assert clock.sleeps == []
    with limiter.slot("example.com"):  # the second page keeps the pace
        pass
    assert clock.sleeps == [1.0]


def test_one_page_is_one_request_after_robots_txt(server: LoopbackServer) -> None:
    server.routes["/robots.txt"] = page(b"User-agent: *\nDisallow:\n", "text/plain")
    settings = BASE.with_options(obey_robots=True, per_host_delay=30.0)
    fetch(server.url("/page"), settings)  # with a 30 s delay, a wait after robots.txt would hang here
    assert [hit.path for hit in server.hits] == ["/robots.txt", "/page"]
