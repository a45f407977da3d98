"""Batches: the library `scrape_many` and the `scraper batch` command, against loopback servers.

The command runs as a user runs it (a subprocess of `python -m scraper`), including being killed with
SIGKILL mid-run and started again.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from scraper.batch.run import scrape_many
from scraper.batch.stream import stream_batch
from scraper.errors import FetchError, InputError, RobotsError
from scraper.extract.rules.netease import identity_key
from scraper.settings import Settings

from .conftest import FIXTURES
from .httpserver import (
    PACE_DELAY,
    LoopbackServer,
    assert_paced,
    netease_page,
    page,
    reset,
    sequence,
    serve,
    slow,
    status,
)

FAST: dict[str, Any] = {"per_host_delay": 0.0, "read_timeout": 2.0, "connect_timeout": 2.0, "backoff_base": 0.01, "retries": 1}


def doc(n: int) -> str:
    return f"EO6L7P0F{n:08d}"


def article_path(n: int) -> str:
    return f"/19/0907/13/{doc(n)}.html"


def add_articles(server: LoopbackServer, count: int, *, delay: float = 0.0) -> list[str]:
    urls = []
    for n in range(count):
        body = page(netease_page(doc(n), title=f"第{n}号文章"))
        server.routes[article_path(n)] = slow(delay, body) if delay else body
        urls.append(server.url(article_path(n)))
    return urls


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with serve() as srv:
        srv.routes["/robots.txt"] = page(b"User-agent: *\nDisallow: /private/\n", "text/plain")
        yield srv


def clean_env(**extra: str) -> dict[str, str]:
    """The environment for a subprocess: no proxies from the caller's shell (they would intercept loopback)."""
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env.update(extra)
    return env


def run_cli(*args: str, cwd: Path, env: dict[str, str] | None = None,
            stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scraper", "batch", *args], cwd=cwd, env=env or clean_env(), input=stdin,
        capture_output=True, text=True, timeout=120, check=False,
    )


def read_jsonl(path: Path) -> list[dict[str, object]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# --- identity of a URL ------------------------------------------------------------------------------------


def test_netease_forms_of_one_article_share_a_key() -> None:
    forms = [
        "https://news.163.com/19/0907/13/EO6L7P0F0001899O.html",
        "https://www.163.com/dy/article/EO6L7P0F0001899O.html",
        "https://dy.163.com/v2/article/detail/EO6L7P0F0001899O.html",
        "https://3g.163.com/all/article/EO6L7P0F0001899O.html?spss=x",
        "http://WWW.163.com/news/article/EO6L7P0F0001899O.html#comments",
    ]
    assert {identity_key(url) for url in forms} == {"163:EO6L7P0F0001899O"}
    assert identity_key("https://www.163.com/dy/article/EO6L7P0F0001899X.html") == "163:EO6L7P0F0001899X"


def test_other_urls_are_keyed_by_their_normal_form() -> None:
    assert identity_key("http://Example.COM/a#x") == identity_key("http://example.com/a")
    assert identity_key("http://example.com/a") != identity_key("http://example.com/b")
    # Not a 163.com host: a doc-id-looking path is not enough.
    assert identity_key("http://example.com/EO6L7P0F0001899O.html").startswith("http://")
    with pytest.raises(InputError):
        identity_key("mailto:someone@example.com")


# --- scrape_many --------------------------------------------------------------------------------------------


def test_scrape_many_gives_one_result_per_url(server: LoopbackServer) -> None:
    ok_urls = add_articles(server, 3)
    server.routes["/private/x.html"] = page(netease_page(doc(99)))
    server.routes["/flaky.html"] = sequence(status(500), page(netease_page(doc(50))))
    server.routes["/reset.html"] = reset
    server.routes["/empty.html"] = page(b"<html><body></body></html>")
    urls = [*ok_urls, server.url("/missing.html"), server.url("/private/x.html"), server.url("/flaky.html"),
            server.url("/reset.html"), server.url("/empty.html"), "ftp://example.com/x"]
    results = {r.input_url: r for r in scrape_many(urls, concurrency=4, **FAST)}
    assert set(results) == set(urls)
    for url in ok_urls:
        article = results[url].article
        assert results[url].status == "ok" and article is not None
        assert article.title is not None and article.title.endswith("号文章")
    missing = results[server.url("/missing.html")]
    assert (missing.status, missing.stage, missing.http_status) == ("failed", "fetch", 404)
    assert isinstance(missing.error, FetchError)
    skipped = results[server.url("/private/x.html")]
    assert (skipped.status, skipped.stage) == ("skipped", "robots")
    assert isinstance(skipped.error, RobotsError)
    flaky = results[server.url("/flaky.html")]
    assert (flaky.status, flaky.attempts) == ("ok", 2)
    broken = results[server.url("/reset.html")]
    assert (broken.status, broken.stage, broken.attempts) == ("failed", "fetch", 2)
    assert results[server.url("/empty.html")].stage == "extract"
    assert results["ftp://example.com/x"].stage == "input"
    assert server.count("/private/x.html") == 0


def test_scrape_many_keeps_the_per_host_delay_on_each_host() -> None:
    with serve("127.0.0.2") as one, serve("127.0.0.3") as two:
        urls = [u for pair in zip(add_articles(one, 4), add_articles(two, 4), strict=True) for u in pair]
        results = list(scrape_many(urls, concurrency=4, obey_robots=False, per_host_delay=PACE_DELAY,
                                   read_timeout=2.0, connect_timeout=2.0))
        assert [r.status for r in results] == ["ok"] * 8
        for srv in (one, two):
            assert len(srv.hits) == 4
            assert_paced([hit.at for hit in srv.hits], PACE_DELAY)


def test_final_url_after_redirect_is_kept(server: LoopbackServer) -> None:
    (target,) = add_articles(server, 1)
    server.routes["/short"] = status(301, {"Location": article_path(0)})
    (result,) = scrape_many([server.url("/short")], **FAST)
    assert result.input_url == server.url("/short")
    assert result.url == target
    assert result.article is not None and result.article.doc_id == doc(0)


def test_scrape_many_names_a_bytes_path_object_by_its_path(tmp_path: Path) -> None:
    class BytesPath:
        def __fspath__(self) -> bytes:
            return os.fsencode(tmp_path / "saved.html")

    (tmp_path / "saved.html").write_bytes(b"<html><body><p>x</p></body></html>")
    (result,) = scrape_many([BytesPath()], **FAST)  # type: ignore[list-item]
    # Before: the item became the text "b'...'" and was reported under that name.
    assert result.input_url == str(tmp_path / "saved.html")


# --- scraper batch ----------------------------------------------------------------------------------------


def write_urls(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_batch_writes_records_errors_and_summary(server: LoopbackServer, tmp_path: Path) -> None:
    ok_urls = add_articles(server, 3)
    server.routes["/private/x.html"] = page(netease_page(doc(99)))
    lines = ["# news of the day", "", *ok_urls, ok_urls[0], ok_urls[1] + "#again", "not a url",
             server.url("/missing.html"), server.url("/private/x.html")]
    urls = write_urls(tmp_path / "urls.txt", lines)
    done = run_cli(str(urls), "--delay", "0", "--split", "articles", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip().splitlines()[-1] == "3 ok, 2 failed, 1 skipped (robots), 2 duplicate(s) ignored"
    records = read_jsonl(tmp_path / "output" / "urls.jsonl")
    assert sorted(str(r["input_url"]) for r in records) == sorted(ok_urls)
    for record in records:
        assert record["url"] == record["input_url"]
        assert isinstance(record["scraped_at"], str) and record["scraped_at"].endswith("+00:00")
        assert list(record)[:2] == ["url", "input_url"]
    errors = {e["input_url"]: e for e in read_jsonl(tmp_path / "output" / "urls.errors.jsonl")}
    assert set(errors) == {"not a url", server.url("/missing.html"), server.url("/private/x.html")}
    assert errors["not a url"]["stage"] == "input"
    assert errors["not a url"]["error"] == "InputError"
    missing = errors[server.url("/missing.html")]
    assert (missing["stage"], missing["error"], missing["status"], missing["attempts"]) == ("fetch", "FetchError", 404, 1)
    assert errors[server.url("/private/x.html")]["stage"] == "robots"
    assert sorted(p.name for p in (tmp_path / "articles").iterdir()) == [f"{doc(n)}.json" for n in range(3)]
    assert (tmp_path / "output" / "urls.jsonl.state.sqlite").exists()
    # Duplicates were fetched once.
    assert server.count(article_path(0)) == 1


def test_batch_all_ok_exits_0_and_reads_stdin(server: LoopbackServer, tmp_path: Path) -> None:
    urls = add_articles(server, 2)
    done = run_cli("-", "-o", "out/news.jsonl", "--delay", "0", cwd=tmp_path, stdin="\n".join(urls))
    assert done.returncode == 0, done.stderr
    assert len(read_jsonl(tmp_path / "out" / "news.jsonl")) == 2
    assert read_jsonl(tmp_path / "out" / "news.errors.jsonl") == []


def test_batch_quiet_prints_nothing(server: LoopbackServer, tmp_path: Path) -> None:
    urls = write_urls(tmp_path / "u.txt", add_articles(server, 1))
    done = run_cli(str(urls), "--quiet", "--delay", "0", cwd=tmp_path)
    assert (done.returncode, done.stderr, done.stdout) == (0, "", "")


@pytest.mark.parametrize("args", [["missing-file.txt"], ["u.txt", "--concurrency", "0"], ["u.txt", "--bogus"]])
def test_batch_usage_errors_exit_2(tmp_path: Path, args: list[str]) -> None:
    write_urls(tmp_path / "u.txt", ["http://127.0.0.1:9/a"])
    assert run_cli(*args, cwd=tmp_path).returncode == 2


def test_netease_forms_are_fetched_once_through_a_proxy(tmp_path: Path) -> None:
    # The loopback server acts as the HTTP proxy, so real 163.com URL forms reach it without the network.
    with serve() as proxy:
        body = page(netease_page("EO6L7P0F0001899O"))
        forms = [
            "http://news.163.com/19/0907/13/EO6L7P0F0001899O.html",
            "http://www.163.com/dy/article/EO6L7P0F0001899O.html",
            "http://dy.163.com/v2/article/detail/EO6L7P0F0001899O.html",
            "http://3g.163.com/all/article/EO6L7P0F0001899O.html",
        ]
        for form in forms:
            proxy.routes[form] = body
        urls = write_urls(tmp_path / "forms.txt", forms)
        done = run_cli(str(urls), "--delay", "0", cwd=tmp_path, env=clean_env(http_proxy=proxy.origin))
        assert done.returncode == 0, done.stderr
        article_hits = [hit.path for hit in proxy.hits if not hit.path.endswith("/robots.txt")]
        assert article_hits == [forms[0]]
        (record,) = read_jsonl(tmp_path / "output" / "forms.jsonl")
        assert record["doc_id"] == "EO6L7P0F0001899O"
        assert record["extractor"] == "netease-2019"


def test_retry_failed_clears_a_now_succeeding_url(server: LoopbackServer, tmp_path: Path) -> None:
    (good,) = add_articles(server, 1)
    server.routes["/later.html"] = status(503)
    urls = write_urls(tmp_path / "u.txt", [good, server.url("/later.html")])
    args = (str(urls), "--delay", "0", "--retries", "0")
    first = run_cli(*args, cwd=tmp_path)
    errors_file = tmp_path / "output" / "u.errors.jsonl"
    assert first.returncode == 1
    assert [e["status"] for e in read_jsonl(errors_file)] == [503]
    server.routes["/later.html"] = page(netease_page(doc(7)))
    # A plain rerun does not redo finished URLs, failed ones included.
    again = run_cli(*args, cwd=tmp_path)
    assert again.returncode == 1
    assert server.count("/later.html") == 1
    retried = run_cli(*args, "--retry-failed", cwd=tmp_path)
    assert retried.returncode == 0, retried.stderr
    assert read_jsonl(errors_file) == []
    assert [r["input_url"] for r in read_jsonl(tmp_path / "output" / "u.jsonl")] == [good, server.url("/later.html")]
    assert server.count(article_path(0)) == 1


def test_fresh_starts_over(server: LoopbackServer, tmp_path: Path) -> None:
    urls = write_urls(tmp_path / "u.txt", add_articles(server, 2))
    assert run_cli(str(urls), "--delay", "0", cwd=tmp_path).returncode == 0
    assert run_cli(str(urls), "--delay", "0", "--fresh", cwd=tmp_path).returncode == 0
    assert len(read_jsonl(tmp_path / "output" / "u.jsonl")) == 2
    assert server.count(article_path(0)) == 2


def test_output_edited_behind_the_state_is_a_usage_error(server: LoopbackServer, tmp_path: Path) -> None:
    urls = write_urls(tmp_path / "u.txt", add_articles(server, 2))
    assert run_cli(str(urls), "--delay", "0", cwd=tmp_path).returncode == 0
    (tmp_path / "output" / "u.jsonl").write_text("", encoding="utf-8")
    done = run_cli(str(urls), "--delay", "0", cwd=tmp_path)
    assert done.returncode == 2
    assert "--fresh" in done.stderr


def test_sigkill_mid_run_resumes_without_loss_or_repeat(server: LoopbackServer, tmp_path: Path) -> None:
    urls = add_articles(server, 40, delay=0.05)
    server.routes["/missing.html"] = status(404)
    inputs = [*urls[:20], server.url("/missing.html"), *urls[20:]]
    url_file = write_urls(tmp_path / "u.txt", inputs)
    output = tmp_path / "output" / "u.jsonl"
    command = [sys.executable, "-m", "scraper", "batch", str(url_file), "--delay", "0.02", "--concurrency", "3",
               "--per-host", "3", "--quiet"]
    for kill_after in (5, 18):
        kill_after_records(command, tmp_path, output, kill_after)
        # Simulate the kill landing in the middle of a write: a torn last line.
        with open(output, "ab") as handle:
            handle.write(b'{"url": "http://torn')
    final = run_cli(str(url_file), "--delay", "0.02", "--concurrency", "3", "--per-host", "3", cwd=tmp_path)
    assert final.returncode == 1, final.stderr
    records = read_jsonl(output)  # strict: every line parses
    errors = read_jsonl(tmp_path / "output" / "u.errors.jsonl")
    ended = Counter([str(r["input_url"]) for r in records] + [str(e["input_url"]) for e in errors])
    assert ended == Counter(inputs)
    assert [e["input_url"] for e in errors] == [server.url("/missing.html")]
    assert final.stderr.strip().splitlines()[-1] == "40 ok, 1 failed, 0 skipped (robots)"


def kill_after_records(command: list[str], cwd: Path, output: Path, count: int) -> None:
    """Start a batch and SIGKILL it once its output holds `count` records (or it ended by itself)."""
    process = subprocess.Popen(command, cwd=cwd, env=clean_env(), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while len(read_jsonl_lenient(output)) < count and process.poll() is None:
        assert time.monotonic() < deadline, "batch made no progress"
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL, "the batch ended before it could be killed"


def read_jsonl_lenient(path: Path) -> list[bytes]:
    """Complete lines so far (the file is being written by another process)."""
    if not path.exists():
        return []
    return [line for line in path.read_bytes().split(b"\n")[:-1] if line]


# --- extraction in worker processes (--workers) -------------------------------------------------------------


def _without_times(records: list[dict[str, object]]) -> list[dict[str, object]]:
    return sorted(({k: v for k, v in r.items() if k not in {"scraped_at", "finished_at"}} for r in records),
                  key=lambda r: str(r.get("input_url")))


def test_workers_give_the_same_records_as_one_process(server: LoopbackServer, tmp_path: Path) -> None:
    urls = add_articles(server, 12)
    server.routes["/empty.html"] = page(b"<html><body><nav>home</nav></body></html>")
    urls_file = write_urls(tmp_path / "urls.txt", [*urls, server.url("/empty.html")])
    outputs = {}
    for workers in ("1", "2"):
        out = tmp_path / f"w{workers}.jsonl"
        result = run_cli(str(urls_file), "-o", str(out), "--delay", "0", "--workers", workers, "--quiet",
                         cwd=tmp_path)
        assert result.returncode == 1, result.stderr  # the empty page fails at stage extract
        outputs[workers] = (read_jsonl(out), read_jsonl(tmp_path / f"w{workers}.errors.jsonl"))
    records_1, errors_1 = outputs["1"]
    records_2, errors_2 = outputs["2"]
    assert len(records_1) == 12
    assert _without_times(records_2) == _without_times(records_1)
    assert _without_times(errors_2) == _without_times(errors_1)
    assert [e["stage"] for e in errors_2] == ["extract"]


def test_a_streamed_run_does_each_page_once_and_counts_the_repeats() -> None:
    saved = str(FIXTURES / "seed_page" / "source.html")
    written: list[str] = []
    summary = stream_batch([saved, "", saved, f"  {saved}"], written.append, Settings())
    assert (summary.ok, summary.duplicates, len(written)) == (1, 2, 1)
    assert summary.line() == "1 ok, 0 failed, 0 skipped (robots), 2 duplicate(s) ignored"
