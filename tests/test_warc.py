"""WARC out (`--warc` on scrape and batch) and in (`batch --from-warc`), against loopback servers.

The commands run as a user runs them (subprocesses), including a batch killed with SIGKILL mid-run and
resumed; the files are read back with warcio (its ArchiveIterator and its `warcio index` command) and, for
whole gzip members, with zlib.
"""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
import zlib
from collections import Counter
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from scraper.errors import WriteError
from scraper.warc import WarcLog, whole_end

from .httpserver import LoopbackServer, gzipped, netease_page, page, redirect, serve, slow, status
from .test_batch import clean_env, kill_after_records, read_jsonl

WARCIO = Path(sys.executable).with_name("warcio")


def doc(n: int) -> str:
    return f"EO6L7P0F{n:08d}"


def article(n: int) -> str:
    return f"/19/0907/13/{doc(n)}.html"


@pytest.fixture
def server() -> Any:
    with serve() as srv:
        srv.routes["/robots.txt"] = page(b"User-agent: *\n", "text/plain")
        yield srv


def scraper_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "scraper", *args], cwd=cwd, env=clean_env(),
                          capture_output=True, text=True, timeout=120, check=False)


def records_of(path: Path) -> list[dict[str, Any]]:
    """Every record of a WARC read with warcio: type, URI, HTTP status, headers and payload as stored."""
    found = []
    with path.open("rb") as handle:
        for record in ArchiveIterator(handle):
            http = record.http_headers
            found.append({
                "type": record.rec_type,
                "uri": record.rec_headers.get_header("WARC-Target-URI"),
                "status": http.get_statuscode() if http is not None and record.rec_type == "response" else None,
                "warc": dict(record.rec_headers.headers),
                "http": dict(http.headers) if http is not None else {},
                "stored": record.raw_stream.read(),
            })
    return found


def gzip_members_whole(path: Path) -> bool:
    """True when the file is a sequence of whole gzip members and nothing else (zlib checks each trailer)."""
    data = path.read_bytes()
    position = 0
    while position < len(data):
        decoder = zlib.decompressobj(zlib.MAX_WBITS | 16)
        try:
            decoder.decompress(data[position:])
        except zlib.error:
            return False
        if not decoder.eof:
            return False
        position = len(data) - len(decoder.unused_data)
    return True


def warcio_index(path: Path) -> list[dict[str, str]]:
    done = subprocess.run([str(WARCIO), "index", str(path)], capture_output=True, text=True, timeout=60,
                          check=False)
    assert done.returncode == 0 and not done.stderr.strip(), done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def by_url(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {str(r["url"]): r for r in records}


# --- a batch writes a WARC, and --from-warc gives back the same records ------------------------------------


def site(server: LoopbackServer) -> list[str]:
    server.routes[article(1)] = page(netease_page(doc(1), title="第一篇"))
    server.routes[article(2)] = gzipped(netease_page(doc(2), title="第二篇"))
    server.routes[article(3)] = page(netease_page(doc(3), title="第三篇", charset="gbk"), "text/html; charset=gbk")
    server.routes["/old.html"] = redirect(article(1), 301)
    server.routes["/logo.png"] = page(b"\x89PNG\r\n", "image/png")
    server.routes["/missing.html"] = status(404)
    return [server.url(p) for p in ("/old.html", article(2), article(3), "/logo.png", "/missing.html")]


def test_batch_warc_round_trip_gives_the_same_records(server: LoopbackServer, tmp_path: Path) -> None:
    urls = tmp_path / "u.txt"
    urls.write_text("\n".join(site(server)) + "\n", encoding="utf-8")
    online = scraper_cli("batch", str(urls), "-o", "online.jsonl", "--warc", "pages.warc.gz", "--delay", "0",
                         cwd=tmp_path)
    assert online.returncode == 1, online.stderr  # the image and the 404 fail
    assert online.stderr.strip().splitlines()[-1] == "3 ok, 2 failed, 0 skipped (robots)"
    offline = scraper_cli("batch", "--from-warc", "pages.warc.gz", "-o", "offline.jsonl", cwd=tmp_path)
    assert offline.returncode == 0, offline.stderr
    # Skipped: the 301 hop and the 404 (status), the image (not HTML).
    assert offline.stderr.strip().splitlines()[-1] == "3 ok, 0 failed; 3 record(s) skipped (1 not-html, 2 status)"
    first, again = read_jsonl(tmp_path / "online.jsonl"), read_jsonl(tmp_path / "offline.jsonl")
    assert len(first) == 3
    # Equal to the last key: input_url comes from the WARC, scraped_at is the WARC-Date (the fetch time).
    assert by_url(again) == by_url(first)
    assert by_url(first)[server.url(article(1))]["input_url"] == server.url("/old.html")
    assert by_url(first)[server.url(article(3))]["title"] == "第三篇"


def test_batch_warc_holds_every_hop_as_served(server: LoopbackServer, tmp_path: Path) -> None:
    urls = tmp_path / "u.txt"
    urls.write_text("\n".join(site(server)) + "\n", encoding="utf-8")
    scraper_cli("batch", str(urls), "--warc", "pages.warc.gz", "--delay", "0", cwd=tmp_path)
    warc = tmp_path / "pages.warc.gz"
    assert gzip_members_whole(warc)
    index = warcio_index(warc)
    records = records_of(warc)
    assert [r["type"] for r in records] == [i["warc-type"] for i in index]
    assert records[0]["type"] == "warcinfo"
    responses = [(r["uri"], r["status"]) for r in records if r["type"] == "response"]
    assert Counter(responses) == Counter([
        (server.url("/old.html"), "301"), (server.url(article(1)), "200"), (server.url(article(2)), "200"),
        (server.url(article(3)), "200"), (server.url("/logo.png"), "200"), (server.url("/missing.html"), "404"),
    ])
    # Each response has its request, tied by WARC-Concurrent-To.
    ids = {r["warc"]["WARC-Record-ID"] for r in records if r["type"] == "response"}
    requests = [r for r in records if r["type"] == "request"]
    assert {r["warc"]["WARC-Concurrent-To"] for r in requests} == ids
    # The redirect hop keeps its Location; the gzip page is stored compressed, as served, with its header.
    hop = next(r for r in records if r["uri"] == server.url("/old.html") and r["type"] == "response")
    assert hop["http"]["Location"] == article(1)
    packed = next(r for r in records if r["uri"] == server.url(article(2)) and r["type"] == "response")
    assert packed["http"]["Content-Encoding"] == "gzip"
    assert packed["stored"][:2] == b"\x1f\x8b"
    assert zlib.decompress(packed["stored"], zlib.MAX_WBITS | 16) == netease_page(doc(2), title="第二篇")
    # The image was refused unread: archived with its headers and marked truncated, not as an empty body.
    logo = next(r for r in records if r["uri"] == server.url("/logo.png") and r["type"] == "response")
    assert logo["warc"]["WARC-Truncated"] == "unspecified"


def test_resume_with_another_warc_or_onto_a_foreign_file_is_refused(server: LoopbackServer, tmp_path: Path) -> None:
    urls = tmp_path / "u.txt"
    urls.write_text(server.url(article(1)) + "\n", encoding="utf-8")
    server.routes[article(1)] = page(netease_page(doc(1)))
    (tmp_path / "theirs.warc.gz").write_bytes(b"not ours")
    onto = scraper_cli("batch", str(urls), "--warc", "theirs.warc.gz", "--delay", "0", cwd=tmp_path)
    assert onto.returncode == 2 and "did not write it" in onto.stderr
    assert (tmp_path / "theirs.warc.gz").read_bytes() == b"not ours"
    # The refusal left nothing behind: the batch is free to take another WARC, and keeps to it.
    first = scraper_cli("batch", str(urls), "--warc", "a.warc.gz", "--delay", "0", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    other = scraper_cli("batch", str(urls), "--warc", "b.warc.gz", "--delay", "0", cwd=tmp_path)
    assert other.returncode == 2 and "a.warc.gz" in other.stderr
    assert not (tmp_path / "b.warc.gz").exists()
    fresh = scraper_cli("batch", str(urls), "--warc", "b.warc.gz", "--delay", "0", "--fresh", cwd=tmp_path)
    assert fresh.returncode == 0, fresh.stderr
    assert [r["status"] for r in records_of(tmp_path / "b.warc.gz") if r["type"] == "response"] == ["200"]


# --- kill -9 and resume ------------------------------------------------------------------------------------


def test_sigkill_and_resume_leave_a_whole_warc_with_one_response_per_url(
    server: LoopbackServer, tmp_path: Path
) -> None:
    urls = []
    for n in range(30):
        server.routes[article(n)] = slow(0.05, page(netease_page(doc(n), title=f"第{n}号")))
        urls.append(server.url(article(n)))
    url_file = tmp_path / "u.txt"
    url_file.write_text("\n".join(urls) + "\n", encoding="utf-8")
    output, warc = tmp_path / "u.jsonl", tmp_path / "u.warc.gz"
    command = [sys.executable, "-m", "scraper", "batch", str(url_file), "-o", str(output), "--warc", str(warc),
               "--delay", "0", "--concurrency", "3", "--per-host", "3", "--quiet"]
    for kill_after in (4, 15):
        kill_after_records(command, tmp_path, output, kill_after)
        # As if the kill landed inside a write: half a gzip member at the end.
        with open(warc, "ab") as handle:
            handle.write(gzip.compress(b"WARC/1.1\r\nWARC-Type: response\r\n" * 20)[:40])
        assert not gzip_members_whole(warc)
    final = subprocess.run(command[:-1], cwd=tmp_path, env=clean_env(), capture_output=True, text=True,
                           timeout=120, check=False)
    assert final.returncode == 0, final.stderr
    assert final.stderr.strip().splitlines()[-1] == "30 ok, 0 failed, 0 skipped (robots)"
    assert gzip_members_whole(warc)
    warcio_index(warc)
    responses = Counter(r["uri"] for r in records_of(warc) if r["type"] == "response")
    assert responses == Counter(urls)  # each URL once: none lost, none archived twice
    offline = scraper_cli("batch", "--from-warc", str(warc), "-o", "again.jsonl", cwd=tmp_path)
    assert offline.returncode == 0, offline.stderr
    assert by_url(read_jsonl(tmp_path / "again.jsonl")) == by_url(read_jsonl(output))


# --- a WARC written by another tool -------------------------------------------------------------------------


def foreign_warc(path: Path, *, compressed: bool = True) -> None:
    """A WARC made by warcio's own writer: a GBK page, an image, a 404, a revisit, a truncated page."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=compressed)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "another tool"}))

        def response(url: str, body: bytes, content_type: str, code: str = "200 OK",
                     fields: dict[str, str] | None = None) -> None:
            http = StatusAndHeaders(code, [("Content-Type", content_type)], protocol="HTTP/1.0")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=BytesIO(body), length=len(body), http_headers=http,
                warc_headers_dict={"WARC-Date": "2019-09-07T08:00:00Z", **(fields or {})}))

        response("https://news.163.com/19/0907/13/EO6L7P0F00000007.html",
                 netease_page(doc(7), title="外来的页面", charset="gbk", meta_charset=False), "text/html; charset=GBK")
        response("https://news.163.com/logo.png", b"\x89PNG", "image/png")
        response("https://news.163.com/gone.html", b"gone", "text/html", "404 Not Found")
        response("https://news.163.com/19/0907/13/EO6L7P0F00000008.html", netease_page(doc(8))[:200],
                 "text/html", fields={"WARC-Truncated": "length"})
        writer.write_record(writer.create_revisit_record(
            "https://news.163.com/19/0907/13/EO6L7P0F00000007.html", "sha1:AAAA",
            "https://news.163.com/19/0907/13/EO6L7P0F00000007.html", "2019-09-06T08:00:00Z"))


@pytest.mark.parametrize("compressed", [True, False], ids=["gzip", "plain"])
def test_from_warc_reads_another_tools_warc(tmp_path: Path, compressed: bool) -> None:
    warc = tmp_path / ("theirs.warc.gz" if compressed else "theirs.warc")
    foreign_warc(warc, compressed=compressed)
    done = scraper_cli("batch", "--from-warc", str(warc), "-o", "out.jsonl", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().splitlines()[-1] == (
        "1 ok, 0 failed; 4 record(s) skipped (1 not-html, 1 revisit, 1 status, 1 truncated)"
    )
    (record,) = read_jsonl(tmp_path / "out.jsonl")
    url = "https://news.163.com/19/0907/13/EO6L7P0F00000007.html"
    assert record["url"] == record["input_url"] == url  # no input URL in their WARC: the record's URL
    assert record["title"] == "外来的页面"  # GBK read from the stored Content-Type, no <meta charset>
    assert record["doc_id"] == doc(7)
    assert record["scraped_at"] == "2019-09-07T08:00:00+00:00"  # the WARC-Date


RELATIVE_DATE_PAGE = (
    "<html><head><title>会议召开</title></head><body><h1>会议召开</h1><div class='post_info'>3小时前　来源：新华网</div>"
    "<div class='post_body'><p>这是正文的第一段，内容足够长，用来测试相对时间和参考时间。</p>"
    "<p>第二段正文内容，也足够长的一段文字。</p></div></body></html>"
).encode()


def test_from_warc_dates_relative_times_by_the_warc_date(tmp_path: Path) -> None:
    # "3小时前" only has a date against a reference time: offline, that is the WARC-Date (08:00Z is 16:00 in
    # Beijing), not the clock of the re-run; the URL carries no date of its own.
    warc = tmp_path / "relative.warc.gz"
    with warc.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://www.163.com/dy/article/EO6L7P0F00000009.html", "response", payload=BytesIO(RELATIVE_DATE_PAGE),
            length=len(RELATIVE_DATE_PAGE), http_headers=http, warc_headers_dict={"WARC-Date": "2019-09-07T08:00:00Z"}))
    done = scraper_cli("batch", "--from-warc", str(warc), "-o", "out.jsonl", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    (record,) = read_jsonl(tmp_path / "out.jsonl")
    assert record["published_at"] == "2019-09-07T13:00+08:00"


def test_from_warc_resumes_and_does_not_repeat(tmp_path: Path) -> None:
    warc = tmp_path / "theirs.warc.gz"
    foreign_warc(warc)
    first = scraper_cli("batch", "--from-warc", str(warc), "-o", "out.jsonl", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    again = scraper_cli("batch", "--from-warc", str(warc), "-o", "out.jsonl", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert len(read_jsonl(tmp_path / "out.jsonl")) == 1


# A gzip member whose deflate data opens with a reserved block type (0b11) fails at its first byte. Bytes that
# merely look random would not always fail: read as a deflate stream they sometimes decode, swallowing the next
# member. warcio reads a member that fails at once as plain bytes from there on: when the first line of those
# bytes held four spaces (about one run in ten with the next member's random bytes), it parsed an ARC record
# out of them, and the damage went unseen. The second form gives that line for certain, with a length running
# past the end of the file.
_BAD_MEMBER = b"\x1f\x8b\x08\x00" + bytes(6) + b"\x07"
_DAMAGE = {"bad-member": _BAD_MEMBER, "reads-as-arc": _BAD_MEMBER + b" 10.0.0.1 20190907080000 text/html 100000\n"}


@pytest.mark.parametrize("damage", list(_DAMAGE.values()), ids=list(_DAMAGE))
def test_from_warc_on_a_damaged_or_foreign_file_reports_without_a_traceback(tmp_path: Path, damage: bytes) -> None:
    warc = tmp_path / "theirs.warc.gz"
    foreign_warc(warc)
    data = warc.read_bytes()
    first_end = len(data) - len(_after_first_two_members(data))
    warc.write_bytes(data[:first_end] + damage + data[first_end:])
    damaged = scraper_cli("batch", "--from-warc", str(warc), "-o", "out.jsonl", cwd=tmp_path)
    assert damaged.returncode == 1, damaged.stderr
    assert "Traceback" not in damaged.stderr
    assert f"the WARC cannot be read past byte {first_end}: " in damaged.stderr.strip().splitlines()[-1]
    assert len(read_jsonl(tmp_path / "out.jsonl")) == 1  # the page before the damage is kept
    (tmp_path / "notes.txt").write_text("hello\n", encoding="utf-8")
    foreign = scraper_cli("batch", "--from-warc", "notes.txt", "-o", "n.jsonl", cwd=tmp_path)
    assert foreign.returncode == 1
    assert foreign.stderr.startswith("Error: not a readable WARC")
    assert "Traceback" not in foreign.stderr


def _after_first_two_members(data: bytes) -> bytes:
    rest = data
    for _ in range(2):
        decoder = zlib.decompressobj(zlib.MAX_WBITS | 16)
        decoder.decompress(rest)
        rest = decoder.unused_data
    return rest


def test_batch_usage_errors_around_from_warc(tmp_path: Path) -> None:
    warc = tmp_path / "theirs.warc.gz"
    foreign_warc(warc)
    (tmp_path / "u.txt").write_text("https://news.163.com/\n", encoding="utf-8")
    both = scraper_cli("batch", "u.txt", "--from-warc", str(warc), cwd=tmp_path)
    assert both.returncode == 2 and "give no URLS_FILE" in both.stderr
    neither = scraper_cli("batch", cwd=tmp_path)
    assert neither.returncode == 2
    copy = scraper_cli("batch", "--from-warc", str(warc), "--warc", "x.warc.gz", cwd=tmp_path)
    assert copy.returncode == 2


# --- scrape --warc appends, and cuts a torn tail first ------------------------------------------------------


def test_scrape_appends_to_a_warc_after_cutting_a_torn_tail(server: LoopbackServer, tmp_path: Path) -> None:
    server.routes[article(1)] = page(netease_page(doc(1)))
    server.routes["/missing.html"] = status(404)
    assert scraper_cli("scrape", server.url(article(1)), "--warc", "s.warc.gz", cwd=tmp_path).returncode == 0
    warc = tmp_path / "s.warc.gz"
    whole = warc.stat().st_size
    with warc.open("ab") as handle:
        handle.write(warc.read_bytes()[-100:][:40])  # part of a member: what a kill mid-write leaves
    assert whole_end(warc) == whole
    failed = scraper_cli("scrape", server.url("/missing.html"), "--warc", "s.warc.gz", cwd=tmp_path)
    assert failed.returncode == 1 and failed.stderr.startswith("Error: HTTP 404")
    assert gzip_members_whole(warc)
    warcio_index(warc)
    types = [(r["type"], r["status"]) for r in records_of(warc)]
    assert types == [("warcinfo", None), ("request", None), ("response", "200"), ("request", None),
                     ("response", "404")]


def test_appending_never_cuts_a_file_that_is_not_a_gzip_warc(tmp_path: Path) -> None:
    plain = tmp_path / "plain.warc"
    foreign_warc(plain, compressed=False)
    before = plain.read_bytes()
    with pytest.raises(WriteError, match="not a gzip-compressed WARC"):
        WarcLog(plain)
    assert plain.read_bytes() == before


# --- scraper crawl --warc: a file per worker ---------------------------------------------------------------


def test_crawl_writes_a_warc_per_worker_that_re_extracts_to_its_records(
    server: LoopbackServer, tmp_path: Path
) -> None:
    pytest.importorskip("scrapy", reason="the scrapy extra is not installed")
    urls = tmp_path / "u.txt"
    urls.write_text("\n".join(site(server)) + "\n", encoding="utf-8")
    run = scraper_cli("crawl", str(urls), "-o", "crawl/out.jsonl", "--warc", "crawl/pages.warc.gz", "--delay", "0",
                      "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "RETRY_TIMES=0", cwd=tmp_path)
    assert run.returncode == 1, run.stderr  # the 404
    (warc,) = (tmp_path / "crawl").glob("pages-*.warc.gz")
    assert re.fullmatch(r"pages-\d{14}-[\w.-]+-\d+\.warc\.gz", warc.name), warc.name
    assert not (tmp_path / "crawl" / "pages.warc.gz").exists()
    assert gzip_members_whole(warc)
    warcio_index(warc)
    responses = {(r["uri"], r["status"]) for r in records_of(warc) if r["type"] == "response"}
    assert {(server.url("/old.html"), "301"), (server.url(article(1)), "200")} <= responses
    packed = next(r for r in records_of(warc) if r["uri"] == server.url(article(2)) and r["type"] == "response")
    assert packed["stored"][:2] == b"\x1f\x8b"  # before Scrapy's decompression
    offline = scraper_cli("batch", "--from-warc", str(warc), "-o", "again.jsonl", cwd=tmp_path)
    assert offline.returncode == 0, offline.stderr
    # The HTML pages' records are the crawl's. (The crawl, unlike the batch, does not refuse a 2xx that is not
    # HTML before extracting it; --from-warc skips it as the batch's fetcher would.)
    crawled = {url: r for url, r in by_url(read_jsonl(tmp_path / "crawl" / "out.jsonl")).items()
               if url != server.url("/logo.png")}
    assert len(crawled) == 3
    assert by_url(read_jsonl(tmp_path / "again.jsonl")) == crawled
