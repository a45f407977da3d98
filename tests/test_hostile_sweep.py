"""Inputs from the reliability sweep that lost a record or ended in a traceback before the fix each test
names: every page and text here is written for the test.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import scraper
from scraper.api import MAX_LOCAL_BYTES
from scraper.extract.nesting import KEEP_DEPTH, PARSE_DEPTH, capped

from .conftest import FIXTURES, ROOT
from .httpserver import Handler, serve

SEED_PAGE = FIXTURES / "seed_page" / "source.html"
PARAGRAPH = "这是测试页面里的一段正文，句子写得足够长，好让提取器把它当成文章的正文来读。"


def article_after(block: str) -> str:
    """A page whose article follows `block`."""
    paragraphs = "".join(f"<p>{PARAGRAPH}第{n}段。</p>" for n in range(1, 7))
    return f"<html><body>{block}<article><h1>深层导航之后的文章标题</h1>{paragraphs}</article></body></html>"


@pytest.mark.timeout(120)
@pytest.mark.parametrize("depth", [PARSE_DEPTH, 5000])
def test_the_article_after_a_block_nested_past_the_parsers_limit_is_read(depth: int) -> None:
    # Before: libxml2 halted its parse at 2,048 open elements, the article after the deep block was never
    # read, and the page was "no article found".
    page = article_after("<div class='menu'>" + "<div>" * depth + "首页" + "</div>" * depth + "</div>")
    article = scraper.extract(page.encode(), "https://example.com/news/1.html")
    assert article.title == "深层导航之后的文章标题"
    assert article.paragraphs == [f"{PARAGRAPH}第{n}段。" for n in range(1, 7)]


def test_capping_drops_only_the_tags_past_the_depth_and_keeps_every_text() -> None:
    deep = "<div>" * (KEEP_DEPTH + 2) + "深处" + "</div>" * (KEEP_DEPTH + 2)
    out = capped(f"<p>前<br>文</p><script>if (a<b) {{}}</script>{deep}<p>后文</p>", frozenset({"div", "p"}))
    assert out.count("<div>") == KEEP_DEPTH
    assert out.count("</div>") == KEEP_DEPTH
    assert "<br><br>深处<br><br>" in out
    assert out.startswith("<p>前<br>文</p><script>if (a<b) {}</script>")
    assert out.endswith("<p>后文</p>")


# --- a batch's output path that holds a file no batch wrote -----------------------------------------------------


def run_cli(*args: str, stdin: bytes | None = None, timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "scraper", *args], input=stdin, capture_output=True, cwd=ROOT,
                          timeout=timeout, check=False)


def seed_list(tmp_path: Path) -> Path:
    listing = tmp_path / "urls.txt"
    listing.write_text(f"{SEED_PAGE}\n", encoding="utf-8")
    return listing


@pytest.mark.parametrize(
    ("name", "content"),
    [("notes.txt", "我的笔记，不能丢。\n"), ("mine.jsonl", '{"url": "https://example.com/a", "mine": true}\n')],
)
def test_a_batch_never_empties_a_file_of_the_users_at_its_output(tmp_path: Path, name: str, content: str) -> None:
    # Before: with no state file beside it, the batch cut the output back to nothing and wrote its records
    # there: the user's file was gone.
    output = tmp_path / name
    output.write_text(content, encoding="utf-8")
    result = run_cli("batch", str(seed_list(tmp_path)), "-o", str(output))
    assert result.returncode == 2, result.stderr.decode()
    assert b"Traceback" not in result.stderr
    assert f"{output} exists and holds something no batch wrote".encode() in result.stderr
    assert output.read_text(encoding="utf-8") == content


def test_a_batch_never_replaces_a_file_of_the_users_at_its_errors_path(tmp_path: Path) -> None:
    errors = tmp_path / "news.errors.jsonl"
    errors.write_text("my list of errors\n", encoding="utf-8")
    result = run_cli("batch", str(seed_list(tmp_path)), "-o", str(tmp_path / "news.jsonl"))
    assert result.returncode == 2, result.stderr.decode()
    assert errors.read_text(encoding="utf-8") == "my list of errors\n"


def test_fresh_replaces_such_a_file_on_purpose(tmp_path: Path) -> None:
    output = tmp_path / "notes.txt"
    output.write_text("我的笔记\n", encoding="utf-8")
    result = run_cli("batch", str(seed_list(tmp_path)), "-o", str(output), "--fresh")
    assert result.returncode == 0, result.stderr.decode()
    [line] = output.read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["input_url"] == str(SEED_PAGE)


@pytest.mark.parametrize("leftover", ["whole", "torn"])
def test_a_batch_output_whose_state_is_gone_starts_over(tmp_path: Path, leftover: str) -> None:
    # What a batch wrote itself is still started over without its state: a state deleted to start over
    # (docs/batch.md), or a run killed before its first commit, mid-line.
    listing = seed_list(tmp_path)
    output = tmp_path / "news.jsonl"
    assert run_cli("batch", str(listing), "-o", str(output)).returncode == 0
    written = output.read_bytes()
    (tmp_path / "news.jsonl.state.sqlite").unlink()
    if leftover == "torn":
        output.write_bytes(written[:40])
    result = run_cli("batch", str(listing), "-o", str(output))
    assert result.returncode == 0, result.stderr.decode()
    [line] = output.read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["input_url"] == str(SEED_PAGE)


# --- inputs that ended in a traceback, a hang or a full memory ---------------------------------------------------


@pytest.mark.timeout(120)
@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_that_never_ends_is_a_file_too_large() -> None:
    # Before: a device states no size, so the size cap let it through and the whole "file" was read, until
    # the memory ran out and the process was killed.
    result = run_cli("scrape", "/dev/zero", timeout=100)
    assert result.returncode == 1
    assert result.stderr.decode() == f"Error: file too large: more than {MAX_LOCAL_BYTES} bytes (/dev/zero)\n"


def test_a_cookies_file_that_is_not_text_is_a_usage_error(tmp_path: Path) -> None:
    cookies = tmp_path / "cookies.txt"
    cookies.write_bytes(b"\xff\xfe\x00binary\n")
    result = run_cli("scrape", "http://127.0.0.1:9/x.html", "--cookies", str(cookies))
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr
    assert b"is not a Netscape cookies.txt file: its bytes are not text" in result.stderr


LONG_NAME = "页" * 120  # 360 bytes: longer than a file name may be


def test_an_input_longer_than_a_file_name_is_no_file_and_no_url() -> None:
    result = run_cli("scrape", LONG_NAME)
    assert result.returncode == 1
    assert result.stderr.decode() == f"Error: no such file, and not a URL: missing http:// or https:// ({LONG_NAME})\n"


def test_a_list_line_longer_than_a_file_name_fails_alone(tmp_path: Path) -> None:
    listing = tmp_path / "urls.txt"
    listing.write_text(f"{LONG_NAME}\n{SEED_PAGE}\n", encoding="utf-8")
    output = tmp_path / "news.jsonl"
    result = run_cli("batch", str(listing), "-o", str(output))
    assert result.returncode == 1, result.stderr.decode()
    assert b"Traceback" not in result.stderr
    [record] = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert record["input_url"] == str(SEED_PAGE)
    [error] = [json.loads(line) for line in (tmp_path / "news.errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert (error["input_url"], error["stage"]) == (LONG_NAME, "input")


def test_an_output_file_name_longer_than_the_system_allows_is_a_write_error(tmp_path: Path) -> None:
    output = tmp_path / f"{LONG_NAME}.json"
    result = run_cli("scrape", str(SEED_PAGE), "-o", str(output))
    assert result.returncode == 1
    assert result.stderr.decode().startswith(f"Error: cannot write {output}: ")
    assert b"Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["scrape", str(SEED_PAGE), "-o", ""],
        ["batch", "-", "-o", ""],
        ["batch", "-", "-o", "out.jsonl", "--split", ""],
        ["crawl", "-", "-o", ""],
        ["discover", "-", "-o", ""],
    ],
)
def test_an_empty_output_path_is_a_usage_error(args: list[str]) -> None:
    # Before: '' read as the current folder: `batch -o ''` ended in a ValueError traceback, `scrape -o ''`
    # wrote into whatever folder the command ran in.
    result = run_cli(*args, stdin=b"")
    assert result.returncode == 2
    assert b"an empty path names nothing to write" in result.stderr
    assert b"Traceback" not in result.stderr


# --- request options HTTP cannot carry, and times that are no times -----------------------------------------------


@pytest.mark.parametrize(
    ("option", "said"),
    [
        (["-H", "X-Note: 中文"], b"the value of header X-Note holds characters HTTP cannot send"),
        (["--user-agent", "浏览器"], b"the value of header User-Agent holds characters HTTP cannot send"),
        (["--user-agent", "a\nb"], b"the value of header User-Agent holds a line break or NUL"),
        (["--timeout", "nan"], b"nan is not a finite number of seconds"),
    ],
)
def test_a_request_option_http_cannot_carry_is_a_usage_error_before_any_fetch(option: list[str], said: bytes) -> None:
    # Before: each was accepted and failed inside the fetch, after the retries, as "unreadable response (a
    # redirect to no usable URL?): 'latin-1' codec can't encode …", "Invalid leading whitespace …" or "no
    # complete response within the nan s timeout", exit 1.
    result = run_cli("scrape", "http://127.0.0.1:9/x.html", *option)
    assert result.returncode == 2, result.stderr.decode()
    assert said in result.stderr


@pytest.mark.parametrize("delay", ["nan", "inf"])
def test_a_delay_that_is_no_time_is_a_usage_error(tmp_path: Path, delay: str) -> None:
    # Before: accepted; nan kept no delay between requests to a host, inf would hold every host's second URL.
    result = run_cli("batch", str(seed_list(tmp_path)), "-o", str(tmp_path / "news.jsonl"), "--delay", delay)
    assert result.returncode == 2
    assert f"{delay} is not a finite number of seconds".encode() in result.stderr
    assert not (tmp_path / "news.jsonl").exists()


@pytest.mark.parametrize("name", ["read_timeout", "per_host_delay", "fetch_timeout"])
def test_settings_refuse_a_time_that_is_not_finite(name: str) -> None:
    with pytest.raises(scraper.ConfigError, match=f"{name} must be a finite number of seconds"):
        scraper.Settings().with_options(**{name: float("nan")})


@pytest.mark.parametrize("name", ["connect_timeout", "read_timeout", "total_timeout", "fetch_timeout",
                                  "robots_timeout"])
def test_settings_refuse_a_timeout_given_as_text_or_zero(name: str) -> None:
    # Before: a time given as text raised TypeError from a comparison (fetch_timeout) or slipped past the
    # kind test's order; a timeout of 0 was accepted and failed every request.
    with pytest.raises(scraper.ConfigError, match=f"{name} must be a finite number of seconds"):
        scraper.Settings().with_options(**{name: "5"})
    with pytest.raises(scraper.ConfigError, match=f"{name} must be positive"):
        scraper.Settings().with_options(**{name: 0})


def test_settings_keep_a_delay_and_backoff_of_zero() -> None:
    settings = scraper.Settings().with_options(per_host_delay=0, backoff_base=0)
    assert (settings.per_host_delay, settings.backoff_base) == (0, 0)


# --- URL lists that are no text, lines and --url values that name nothing usable -------------------------------


@pytest.mark.parametrize("opening", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"\x00" * 64])
def test_a_url_list_that_is_no_text_is_a_usage_error(tmp_path: Path, opening: bytes) -> None:
    # Before: an image given as the list gave a failed input per garbage line, /dev/urandom a traceback and
    # /dev/zero one endless line read into memory.
    listing = tmp_path / "urls.bin"
    listing.write_bytes(opening + b"\x00\xff" * 100)
    result = run_cli("batch", str(listing), "-o", str(tmp_path / "news.jsonl"))
    assert result.returncode == 2
    assert b"not a text list of URLs: it holds NUL bytes" in result.stderr
    assert not (tmp_path / "news.jsonl").exists()


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_url_list_that_never_ends_is_refused_at_once() -> None:
    result = run_cli("batch", "/dev/zero", "-o", "-", timeout=60)
    assert result.returncode == 2
    assert b"not a text list of URLs" in result.stderr


def test_a_list_line_naming_a_home_folder_with_a_nul_byte_fails_alone(tmp_path: Path) -> None:
    # Before: ~name looks the user up, and a NUL after the opening 4 KB of a list raised ValueError there.
    listing = tmp_path / "urls.txt"
    listing.write_bytes(b"# padding\n" * 500 + b"~ghost\x00/page.html\n" + f"{SEED_PAGE}\n".encode())
    output = tmp_path / "news.jsonl"
    result = run_cli("batch", str(listing), "-o", str(output))
    assert result.returncode == 1, result.stderr.decode()
    assert b"Traceback" not in result.stderr
    assert b"1 ok, 1 failed" in result.stderr


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("www.example.com/a.html", b"missing http:// or https://"),
        ("ftp://example.com/a.html", b"unsupported URL scheme 'ftp'"),
        (f"https://{'a' * 64}.example.com/a.html", b"longer than DNS allows"),
    ],
)
def test_a_url_for_a_saved_page_that_is_no_url_is_a_usage_error(url: str, said: bytes) -> None:
    # Before: taken as it was, and written into the record's url.
    result = run_cli("scrape", str(SEED_PAGE), "--url", url)
    assert result.returncode == 2
    assert said in result.stderr


def test_a_host_label_longer_than_dns_allows_is_an_input_error_not_a_fetch_failure(tmp_path: Path) -> None:
    # Before: it reached the fetch, and failed as "unreadable response (a redirect to no usable URL?)".
    listing = tmp_path / "urls.txt"
    listing.write_text(f"http://{'b' * 64}.example.com/\n", encoding="utf-8")
    result = run_cli("batch", str(listing), "-o", str(tmp_path / "news.jsonl"))
    assert result.returncode == 1
    [error] = [json.loads(line) for line in (tmp_path / "news.errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert error["stage"] == "input"
    assert "longer than DNS allows" in error["message"]


# --- the library on arguments of the wrong kind: a ScraperError, never a hang or a TypeError ---------------------


@pytest.mark.parametrize("option", [{"concurrency": 0}, {"per_host_concurrency": 0}, {"retries": -1}, {"retries": "3"}])
def test_settings_refuse_a_count_a_run_cannot_keep(option: dict[str, object]) -> None:
    # Before: accepted; scrape_many with concurrency=0 started no request and waited for ever.
    with pytest.raises(scraper.ConfigError, match=f"{next(iter(option))} must be a whole number"):
        list(scraper.scrape_many(["http://127.0.0.1:9/a.html"], **option))  # type: ignore[arg-type]


def test_scrape_reads_a_path_object() -> None:
    # Before: a pathlib.Path was "no URL or path given".
    assert scraper.scrape(SEED_PAGE).doc_id == "HTLMQ0KD05129QAF"


def test_scrape_refuses_an_unknown_option_for_a_file_too() -> None:
    # Before: a mistyped setting was checked only for a URL, and silently ignored for a file.
    with pytest.raises(scraper.ConfigError, match="unknown option"):
        scraper.scrape(str(SEED_PAGE), read_timout=5)


def test_scrape_many_gives_an_item_that_is_no_text_a_result_of_its_own() -> None:
    # Before: a None among the URLs ended the whole run with a TypeError.
    results = list(scraper.scrape_many([None, "ftp://example.com/a"], per_host_delay=0))  # type: ignore[list-item]
    assert sorted((r.input_url, r.status, r.stage) for r in results) == [
        ("None", "failed", "input"),
        ("ftp://example.com/a", "failed", "input"),
    ]


@pytest.mark.parametrize("urls", ["http://127.0.0.1:9/a.html", None])
def test_scrape_many_refuses_one_string_or_no_iterable(urls: object) -> None:
    # Before: a string was read character by character, each a failed URL; None raised TypeError.
    with pytest.raises(scraper.ConfigError, match="scrape_many takes an iterable of URLs"):
        list(scraper.scrape_many(urls))  # type: ignore[arg-type]


@pytest.mark.parametrize("call", ["extract", "extract_text"])
def test_a_page_url_that_is_not_text_is_an_extract_error(call: str) -> None:
    # Before: TypeError from the parser, AttributeError from the text reading.
    with pytest.raises(scraper.ExtractError, match="url must be a string or None, got int"):
        getattr(scraper, call)(SEED_PAGE.read_text(encoding="utf-8"), 163)


def test_write_article_refuses_what_json_cannot_write_and_leaves_no_file(tmp_path: Path) -> None:
    article = scraper.scrape(str(SEED_PAGE))
    with pytest.raises(scraper.WriteError, match="not JSON serializable"):
        scraper.write_article(article, tmp_path, extra={"note": object()})
    with pytest.raises(scraper.WriteError, match="takes an Article and a path"):
        scraper.write_article(None, tmp_path)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_a_crawl_never_empties_a_file_of_the_users_at_its_output(tmp_path: Path) -> None:
    # Before: a crawl starts its output afresh, so a user's file given as -o was emptied.
    pytest.importorskip("scrapy")
    output = tmp_path / "notes.jsonl"
    output.write_text("我的笔记\n", encoding="utf-8")
    result = run_cli("crawl", str(seed_list(tmp_path)), "-o", str(output), "-q")
    assert result.returncode == 2, result.stderr.decode()
    assert b"exists and holds something no batch wrote (a crawl starts its output afresh)" in result.stderr
    assert output.read_text(encoding="utf-8") == "我的笔记\n"


def test_a_server_that_speaks_no_http_is_one_line_of_error() -> None:
    # Before: the error quoted the server's banner with its line break, so "one Error: line" was two.
    def banner(handler: Handler) -> None:
        handler.wfile.write(b"SSH-2.0-OpenSSH_9.0\r\n\x00\x00garbage\r\n")
        handler.close_connection = True

    with serve() as server:
        server.routes["/x.html"] = banner
        result = run_cli("scrape", server.url("/x.html"), "--retries", "0", "--ignore-robots")
    assert result.returncode == 1
    [line] = result.stderr.decode().splitlines()
    assert line.startswith("Error: request to 127.0.0.1:")
    assert line.endswith(f"failed: SSH-2.0-OpenSSH_9.0 ({server.url('/x.html')})")


def test_a_file_that_is_no_warc_is_one_short_line_of_error(tmp_path: Path) -> None:
    # Before: the error quoted the file's whole first line, here 13,000 bytes written out as escapes.
    warc = tmp_path / "pages.warc"
    warc.write_bytes(b"\x00\x01\x02noarchive" * 1000 + b"\n")
    result = run_cli("batch", "--from-warc", str(warc), "-o", str(tmp_path / "news.jsonl"))
    assert result.returncode == 1
    [line] = result.stderr.decode().splitlines()
    assert line.startswith("Error: not a readable WARC: ArchiveLoadFailed: Unknown archive format")
    assert len(line) < 400
