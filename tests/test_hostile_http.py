"""Hostile response headers from a real server on 127.0.0.1: each raised a ValueError (or UnicodeDecodeError)
out of `scrape` before the fix its test names. A header byte arrives as latin-1, so b'\\xb2' is '²', a digit to
str.isdigit() that int() and float() refuse.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path
from typing import Any

import pytest

import scraper

from .conftest import ROOT
from .httpserver import Handler, LoopbackServer, Responder, held, netease_page, page, sequence, serve

FAST: dict[str, Any] = {"per_host_delay": 0.0, "read_timeout": 5.0, "connect_timeout": 5.0, "backoff_base": 0.01,
                        "retries": 1, "ignore_robots": True}
BODY = netease_page("EO6L7P0F00000001", title="教育工作会议召开")


def raw(headers: bytes, status: bytes = b"200 OK") -> Responder:
    """A response with `headers` written as bytes, as a careless or hostile server sends them."""

    def respond(handler: Handler) -> None:
        handler.close_connection = True
        with suppress(OSError):
            handler.wfile.write(b"HTTP/1.1 " + status + b"\r\nContent-Type: text/html; charset=utf-8\r\n" + headers
                                + b"Connection: close\r\n\r\n" + BODY)
            handler.wfile.flush()

    return respond


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with serve() as running:
        yield running


def test_a_content_length_int_refuses_reads_the_body(server: LoopbackServer) -> None:
    server.routes["/a.html"] = raw(b"Content-Length: \xb2\r\n")
    assert scraper.scrape(server.url("/a.html"), **FAST).title == "教育工作会议召开"


def test_a_content_length_of_5000_digits_is_too_large(server: LoopbackServer) -> None:
    server.routes["/a.html"] = raw(b"Content-Length: " + b"9" * 5000 + b"\r\n")
    with pytest.raises(scraper.FetchError, match="body larger than") as caught:
        scraper.scrape(server.url("/a.html"), **FAST)
    assert caught.value.kind == "too-large"


def test_a_retry_after_float_refuses_is_no_wait(server: LoopbackServer) -> None:
    server.routes["/a.html"] = sequence(raw(b"Retry-After: \xb2\r\n", b"503 Busy"), raw(b""))
    assert scraper.scrape(server.url("/a.html"), **FAST).title == "教育工作会议召开"
    assert len(server.hits) == 2


@pytest.mark.parametrize("location", [b"http://[x/a.html", b"\xff\xfe/a.html"])
def test_a_redirect_to_no_usable_url_is_a_fetch_error(server: LoopbackServer, location: bytes) -> None:
    # requests reads the Location before it returns: a malformed or non-UTF-8 one raised ValueError there.
    server.routes["/a.html"] = raw(b"Location: " + location + b"\r\n", b"302 Found")
    with pytest.raises(scraper.FetchError, match="unreadable response") as caught:
        scraper.scrape(server.url("/a.html"), **FAST)
    assert caught.value.url == server.url("/a.html")
    assert len(server.hits) == 1  # the same header would come again: no retry


def test_a_batch_records_such_a_url_with_its_reason_and_goes_on(server: LoopbackServer, tmp_path: Path) -> None:
    server.routes["/bad.html"] = raw(b"Location: http://[x/a.html\r\n", b"302 Found")
    server.routes["/19/0907/13/EO6L7P0F00000001.html"] = raw(b"Content-Length: \xb2\r\n")
    listing = tmp_path / "urls.txt"
    listing.write_text(f"{server.url('/bad.html')}\n{server.url('/19/0907/13/EO6L7P0F00000001.html')}\n",
                       encoding="utf-8")
    out = tmp_path / "news.jsonl"
    result = subprocess.run([sys.executable, "-m", "scraper", "batch", str(listing), "-o", str(out), "--delay", "0",
                             "--ignore-robots"], capture_output=True, text=True, cwd=ROOT, timeout=120, check=False)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 1, result.stderr
    assert [json.loads(line)["title"] for line in out.read_text(encoding="utf-8").splitlines()] == ["教育工作会议召开"]
    [error] = [json.loads(line) for line in (tmp_path / "news.errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert error["input_url"] == server.url("/bad.html")
    assert "unreadable response" in error["message"]


def test_a_second_batch_on_the_same_output_at_once_is_refused(server: LoopbackServer, tmp_path: Path) -> None:
    # Before: both ran, each fetching and appending what the other had not committed yet (58 records for 30
    # URLs in one trial). Now the second is refused, --fresh too (it would delete the first run's files), and
    # the first writes every URL once.
    # The first run's pages are held until the second has been tried: with a fixed delay instead, a loaded
    # machine could let the first finish before the second started, and the second would rightly run.
    release = threading.Event()
    urls = []
    for n in range(12):
        path = f"/19/0907/13/EO6L7P0F{n:08d}.html"
        server.routes[path] = held(release, page(netease_page(f"EO6L7P0F{n:08d}", title=f"第{n}号文章")))
        urls.append(server.url(path))
    listing = tmp_path / "urls.txt"
    listing.write_text("\n".join(urls) + "\n", encoding="utf-8")
    out = tmp_path / "news.jsonl"
    command = [sys.executable, "-m", "scraper", "batch", str(listing), "-o", str(out), "--delay", "0", "--ignore-robots"]
    first = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        deadline = time.monotonic() + 60
        while not server.hits and time.monotonic() < deadline:  # the first run holds its output once it fetches
            time.sleep(0.05)
        for extra in ([], ["--fresh"]):
            second = subprocess.run(command + extra, capture_output=True, text=True, cwd=ROOT, timeout=120,
                                    check=False)
            assert second.returncode == 2, second.stderr
            assert "another run is writing" in second.stderr and "Traceback" not in second.stderr
    finally:
        release.set()
        _, errors = first.communicate(timeout=120)
    assert first.returncode == 0, errors
    done = [json.loads(line)["input_url"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(done) == sorted(urls)
    assert len(server.hits) == len(urls)
    # The lock goes with the run: the same command after it resumes (nothing left to do).
    again = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=120, check=False)
    assert again.returncode == 0, again.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(urls)
