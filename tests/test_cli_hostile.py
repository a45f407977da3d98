"""The command line on hostile input, run as a user runs it (a subprocess of `python -m scraper`): each case
here ended in a Python traceback before the fix its test names. Saved pages stand in for URLs: a list line
may name one, so no network is needed.
"""

from __future__ import annotations

import json
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
