"""The command line on hostile input, run as a user runs it (a subprocess of `python -m scraper`): each case
here ended in a Python traceback before the fix its test names. Saved pages stand in for URLs: a list line
may name one, so no network is needed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import FIXTURES, ROOT

SEED_PAGE = FIXTURES / "seed_page" / "source.html"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "scraper", *args], input=stdin, capture_output=True, cwd=ROOT,
                          timeout=120, check=False)


def lines_of(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_a_url_list_saved_with_a_byte_order_mark_is_read(tmp_path: Path, encoding: str) -> None:
    # Before: a UTF-16 or UTF-32 list (Windows' "Unicode" save) ended the batch with a UnicodeDecodeError.
    bom = {"utf-16-be": b"\xfe\xff"}.get(encoding, b"")
    text = f"# saved pages\r\n{SEED_PAGE}\r\n\r\n{SEED_PAGE}\r\n"
    listing = tmp_path / "urls.txt"
    listing.write_bytes(bom + text.encode(encoding))
    out = tmp_path / "news.jsonl"
    result = run("batch", str(listing), "-o", str(out))
    assert result.returncode == 0, result.stderr.decode()
    assert b"Traceback" not in result.stderr
    [record] = lines_of(out)
    assert record["input_url"] == str(SEED_PAGE)
    assert b"1 duplicate(s) ignored" in result.stderr


def test_a_url_list_on_stdin_in_utf_16_is_read() -> None:
    result = run("batch", "-", "-o", "-", "--quiet", stdin=f"{SEED_PAGE}\n".encode("utf-16"))
    assert result.returncode == 0, result.stderr.decode()
    [record] = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert record["input_url"] == str(SEED_PAGE)


def test_a_line_that_is_not_utf_8_fails_alone_and_the_batch_goes_on(tmp_path: Path) -> None:
    # A list saved as GBK: its line fails as an input, recorded with the reason, and the next line is done.
    listing = tmp_path / "urls.txt"
    listing.write_bytes("标题\n".encode("gbk") + f"{SEED_PAGE}\n".encode())
    out = tmp_path / "news.jsonl"
    result = run("batch", str(listing), "-o", str(out))
    assert result.returncode == 1, result.stderr.decode()
    assert b"Traceback" not in result.stderr
    assert [record["input_url"] for record in lines_of(out)] == [str(SEED_PAGE)]
    [error] = lines_of(tmp_path / "news.errors.jsonl")
    assert error["stage"] == "input" and error["error"] == "InputError"
    assert "\ufffd" in str(error["input_url"])
    assert b"1 ok, 1 failed" in result.stderr


def test_a_crawl_list_in_utf_16_is_read(tmp_path: Path) -> None:
    # The crawl command read its list as strict UTF-8 too; an unusable line is recorded as an input error.
    pytest.importorskip("scrapy", reason="needs the scrapy extra: pip install -e '.[scrapy]'")
    listing = tmp_path / "urls.txt"
    listing.write_bytes("not-a-url\n".encode("utf-16"))
    out = tmp_path / "crawl.jsonl"
    result = run("crawl", str(listing), "-o", str(out))
    assert b"Traceback" not in result.stderr, result.stderr.decode()
    [error] = lines_of(tmp_path / "crawl.errors.jsonl")
    assert error["input_url"] == "not-a-url" and error["stage"] == "input"


def warc_response(url: str, status: bytes, body: bytes) -> bytes:
    """One uncompressed WARC response record, its HTTP status line as given."""
    http = b"HTTP/1.1 " + status + b"\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"
            f"WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{len(status):012d}>\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


def test_a_warc_record_whose_status_int_refuses_is_skipped_and_the_rest_read(tmp_path: Path) -> None:
    # Before: '²' (isdigit() true) raised in int() and the walk ended as a damaged file: every record after it
    # was lost and the command failed with "not a readable WARC".
    page = SEED_PAGE.read_bytes()
    url = "https://www.163.com/dy/article/HTLMQ0KD05129QAF.html"
    warc = tmp_path / "news.warc"
    warc.write_bytes(warc_response(url + "?a", b"\xb2 OK", page) + warc_response(url + "?b", b"9" * 5000 + b" OK", page)
                     + warc_response(url, b"200 OK", page))
    out = tmp_path / "again.jsonl"
    result = run("batch", "--from-warc", str(warc), "-o", str(out))
    assert result.returncode == 0, result.stderr.decode()
    assert [record["url"] for record in lines_of(out)] == [url]
    assert b"2 record(s) skipped (2 status)" in result.stderr


def test_an_empty_argument_is_no_input_not_the_current_folder(tmp_path: Path) -> None:
    # Before: Path('') is the current folder, so `scraper scrape "$UNSET"` scraped every saved page there.
    (tmp_path / "a.html").write_bytes(SEED_PAGE.read_bytes())
    result = subprocess.run([sys.executable, "-m", "scraper", "scrape", ""], capture_output=True, text=True,
                            cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120, check=False)
    assert result.returncode == 1, result.stderr
    assert "no URL or path given" in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""
