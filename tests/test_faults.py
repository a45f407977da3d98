"""Faults, run for real: trickling servers, dead worker processes, kill -9 and Ctrl-C of a batch, secrets in URLs.

Each test starts a loopback server and the command or the library as a user runs it, injects the fault (a
server that sends one byte a second, SIGKILL to a process, SIGINT to the batch) and checks what is left
behind. Timeouts on waits are hang guards with generous margins, never speed assertions.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from scraper.errors import FetchError
from scraper.fetch import fetch
from scraper.settings import Settings

from .httpserver import LoopbackServer, netease_page, page, serve, trickle

SECRET = "s3cr3t-pa55"


def clean_env(**extra: str) -> dict[str, str]:
    """The environment for a subprocess: no proxies from the caller's shell (they would intercept loopback)."""
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env.update(extra)
    return env


def scraper_cli(*args: str, cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "scraper", *args], cwd=cwd, env=clean_env(), capture_output=True,
                          text=True, timeout=timeout, check=False)


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with serve() as srv:
        srv.routes["/robots.txt"] = page(b"User-agent: *\nAllow: /\n", "text/plain")
        srv.routes["/a.html"] = page(netease_page("EO6L7P0F00000001"))
        yield srv


# --- 5. passwords in URLs are never written or printed -------------------------------------------------------


def secret_lines(server: LoopbackServer) -> list[str]:
    host_port = server.origin.removeprefix("http://")
    return [
        f"http://alice:{SECRET}@{host_port}/a.html",  # refused: credentials
        f"https://alice:{SECRET}@{host_port}:99999/a.html",  # refused earlier: a bad port
        f"http://{SECRET}@{host_port}/b.html",  # a token as the user name
        f"ftp://bob:{SECRET}@{host_port}/a.html",  # refused: scheme
        f"http://carol:{SECRET}@exa\x01mple.com/",  # refused: control character
        server.url("/a.html"),
    ]


def files_mentioning(directory: Path, needle: str) -> list[str]:
    return [str(path) for path in directory.rglob("*") if path.is_file() and needle.encode() in path.read_bytes()]


def test_batch_never_writes_or_prints_a_password(server: LoopbackServer, tmp_path: Path) -> None:
    (tmp_path / "urls.txt").write_text("\n".join(secret_lines(server)) + "\n", encoding="utf-8")
    run = scraper_cli("batch", "urls.txt", "-o", "out/news.jsonl", "--delay", "0", "-vv", cwd=tmp_path)
    assert run.returncode == 1, run.stderr
    assert run.stderr.strip().splitlines()[-1] == "1 ok, 5 failed, 0 skipped (robots)"
    assert SECRET not in run.stdout + run.stderr
    assert files_mentioning(tmp_path / "out", SECRET) == []
    errors = (tmp_path / "out" / "news.errors.jsonl").read_text(encoding="utf-8")
    assert errors.count("***@") == 5  # the lines are still recognisable, minus their user-info


def test_crawl_never_writes_or_prints_a_password(server: LoopbackServer, tmp_path: Path) -> None:
    pytest.importorskip("scrapy", reason="needs the scrapy extra: pip install -e '.[scrapy]'")
    (tmp_path / "urls.txt").write_text("\n".join(secret_lines(server)) + "\n", encoding="utf-8")
    run = scraper_cli("crawl", "urls.txt", "-o", "out/news.jsonl", "--delay", "0", "-v", cwd=tmp_path)
    assert run.returncode == 1, run.stderr
    assert "1 ok, 5 failed" in run.stderr
    assert SECRET not in run.stdout + run.stderr
    assert files_mentioning(tmp_path / "out", SECRET) == []


# --- 1. a trickling server is cut off at total_timeout ------------------------------------------------------


TRICKLES = {
    "/trickle-body": trickle(b"<html>" + b"x" * 5000 + b"</html>"),
    "/trickle-chunked": trickle(b"<html>" + b"x" * 5000 + b"</html>", chunked=True),
    "/trickle-headers": trickle(b"<html></html>", headers_too=True),
}


@pytest.mark.timeout(90)  # hang guard: without a deadline on the whole exchange, each of these runs for hours
@pytest.mark.parametrize("route", sorted(TRICKLES))
def test_a_trickling_server_is_cut_off_at_the_total_timeout(server: LoopbackServer, route: str) -> None:
    server.routes[route] = TRICKLES[route]
    settings = Settings(total_timeout=2, read_timeout=30, retries=0, per_host_delay=0, obey_robots=False)
    with pytest.raises(FetchError) as caught:
        fetch(server.url(route), settings)
    assert caught.value.kind == "timeout"
    assert "2 s" in caught.value.message


@pytest.mark.timeout(90)
def test_a_trickling_robots_txt_is_cut_off_too(server: LoopbackServer) -> None:
    server.routes["/robots.txt"] = trickle(b"User-agent: *\nDisallow: /\n" + b"#" * 5000)
    settings = Settings(total_timeout=2, robots_timeout=30, retries=0, per_host_delay=0)
    # Cut off, robots.txt counts as unreachable (everything allowed, as documented) and the page is fetched.
    fetched = fetch(server.url("/a.html"), settings)
    assert fetched.status == 200
    assert server.count("/a.html") == 1
