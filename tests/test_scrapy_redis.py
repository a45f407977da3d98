"""Scale-out: `scraper crawl` on Scrapy (one machine) and on scrapy-redis (two workers, a real redis-server).

Each test runs the commands as a user runs them (subprocesses of `python -m scraper`) against loopback
servers, and compares the output with `scraper batch` on the same URL list: the same records (apart from
`scraped_at`) and the same error records (apart from `finished_at`).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest

from .httpserver import LoopbackServer, assert_paced, netease_page, page, serve, slow

pytest.importorskip("scrapy", reason="needs the scrapy extra: pip install -e '.[scrapy]'")
pytest.importorskip("scrapy_redis", reason="needs the scrapy extra: pip install -e '.[scrapy]'")
redis = pytest.importorskip("redis", reason="needs the scrapy extra: pip install -e '.[scrapy]'")

HOSTS = ("127.0.0.1", "127.0.0.2", "127.0.0.3", "127.0.0.4")
# Politeness off for loopback servers: the point here is who fetches what, not the pace.
FAST = ["--delay", "0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "RETRY_TIMES=1", "-s", "DOWNLOAD_TIMEOUT=10"]
RUN_TIMEOUT = 120


def clean_env() -> dict[str, str]:
    """The environment for a subprocess: no proxies from the caller's shell (they would intercept loopback)."""
    return {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}


def scraper(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "scraper", *args], cwd=cwd, env=clean_env(), capture_output=True,
                          text=True, timeout=RUN_TIMEOUT, check=False)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def without(records: list[dict[str, Any]], key: str) -> dict[str, dict[str, Any]]:
    """Records by input URL, minus one run-dependent key."""
    return {r["input_url"]: {k: v for k, v in r.items() if k != key} for r in records}


def add_site(server: LoopbackServer, site: int, count: int) -> list[str]:
    """`count` small NetEase-style articles on one server, robots.txt allowing them; return their URLs."""
    server.routes["/robots.txt"] = page(b"User-agent: *\nDisallow: /private/\n", "text/plain")
    urls = []
    for n in range(count):
        doc_id = f"E{site}O6L7P0{n:08d}"
        path = f"/19/0907/13/{doc_id}.html"
        server.routes[path] = page(netease_page(doc_id, title=f"站点{site}第{n}号文章", paragraphs=2 + n % 3))
        urls.append(server.url(path))
    return urls


@pytest.fixture
def sites() -> Iterator[list[LoopbackServer]]:
    """Four loopback hosts (127.0.0.1 .. 127.0.0.4), each its own server."""
    with ExitStack() as stack:
        yield [stack.enter_context(serve(host)) for host in HOSTS]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def redis_url(tmp_path: Path) -> Iterator[str]:
    """A private redis-server on a free loopback port, no persistence, in a temp dir."""
    binary = shutil.which("redis-server")
    if binary is None:
        message = "redis-server is not installed (e.g. apt-get install redis-server): distributed test not run"
        if os.environ.get("SCRAPER_REQUIRE_REDIS") == "1":
            pytest.fail(message + ", but SCRAPER_REQUIRE_REDIS=1 requires it")
        pytest.skip(message)
    port = free_port()
    data = tmp_path / "redis"
    data.mkdir()
    proc = subprocess.Popen(
        [binary, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no",
         "--dir", str(data), "--protected-mode", "yes"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    try:
        client = redis.Redis.from_url(url)
        deadline = time.monotonic() + 10
        while True:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"redis-server did not start on port {port}") from None
                time.sleep(0.05)
        client.close()
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def batch_reference(urls_file: Path, cwd: Path) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """`scraper batch` on the same list: records without scraped_at, errors without finished_at."""
    run = scraper("batch", str(urls_file), "-o", "batch/out.jsonl", "--delay", "0", "--retries", "1", "--quiet",
                  cwd=cwd)
    assert run.returncode in (0, 1), run.stderr
    return (without(read_jsonl(cwd / "batch/out.jsonl"), "scraped_at"),
            without(read_jsonl(cwd / "batch/out.errors.jsonl"), "finished_at"))


# --- without Scrapy ------------------------------------------------------------------------------------


def test_import_without_scrapy_says_which_extra_to_install(tmp_path: Path) -> None:
    code = (
        "import sys; sys.modules['scrapy'] = None\n"  # None in sys.modules makes `import scrapy` fail
        "from scraper.errors import UnavailableError\n"
        "try:\n    import scraper.crawl\nexcept UnavailableError as exc:\n    print('UnavailableError:', exc)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=clean_env(), capture_output=True,
                         text=True, timeout=60, check=False)
    assert "UnavailableError:" in run.stdout, run.stderr
    assert "netease-news-scraper" in run.stdout
    assert "pip install -e '.[scrapy]'" in run.stdout


def test_dupefilter_counts_one_netease_article_under_several_hosts_once() -> None:
    from scrapy import Request

    from scraper.crawl.dupefilter import IdentityDupeFilter

    dupefilter = IdentityDupeFilter()
    forms = ["https://news.163.com/19/0907/13/EO6L7P0F0001899O.html",
             "https://www.163.com/dy/article/EO6L7P0F0001899O.html",
             "https://3g.163.com/all/article/EO6L7P0F0001899O.html"]
    seen = [dupefilter.request_seen(Request(url)) for url in forms]
    assert seen == [False, True, True]
    assert dupefilter.request_seen(Request("https://www.163.com/dy/article/HTU1M7QK0514BE2Q.html")) is False
    # A redirect hop of an admitted request is not a duplicate of it.
    hop = Request(forms[1], meta={"redirect_urls": [forms[0]]})
    assert dupefilter.request_seen(hop) is False


# --- one machine ---------------------------------------------------------------------------------------


def test_crawl_on_one_machine_writes_what_batch_writes(sites: list[LoopbackServer], tmp_path: Path) -> None:
    urls = add_site(sites[0], 1, 12) + add_site(sites[1], 2, 12)
    extra = [sites[0].url("/private/secret.html"), sites[1].url("/missing.html"), "ftp://example.com/x", urls[3]]
    urls_file = tmp_path / "urls.txt"
    urls_file.write_text("# one machine\n" + "\n".join(urls + extra) + "\n", encoding="utf-8")

    run = scraper("crawl", str(urls_file), "-o", "crawl/out.jsonl", *FAST, cwd=tmp_path)

    assert run.returncode == 1, run.stderr  # the 404 and the bad line are failures
    assert "24 ok, 2 failed, 1 skipped (robots), 1 duplicate(s) ignored" in run.stderr
    records = without(read_jsonl(tmp_path / "crawl/out.jsonl"), "scraped_at")
    errors = without(read_jsonl(tmp_path / "crawl/out.errors.jsonl"), "finished_at")
    batch_records, batch_errors = batch_reference(urls_file, tmp_path)
    assert len(records) == 24
    assert records == batch_records
    assert errors == batch_errors
    assert {e["stage"] for e in errors.values()} == {"robots", "fetch", "input"}
    # Each page was fetched once (the duplicate line is not fetched again).
    assert sum(sites[0].count(u.removeprefix(sites[0].origin)) for u in urls[:12]) == 12 * 2  # crawl + batch


def test_scrapy_crawl_with_our_settings_module(sites: list[LoopbackServer], tmp_path: Path) -> None:
    urls = add_site(sites[2], 3, 5)
    urls_file = tmp_path / "urls.txt"
    urls_file.write_text("\n".join(urls) + "\n", encoding="utf-8")
    env = {**clean_env(), "SCRAPY_SETTINGS_MODULE": "scraper.crawl.settings"}

    run = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "scraper", "-a", f"urls={urls_file}",
         "-s", "SCRAPER_OUTPUT=out.jsonl", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT, check=False,
    )

    assert run.returncode == 0, run.stderr[-3000:]
    records = read_jsonl(tmp_path / "out.jsonl")
    assert sorted(r["input_url"] for r in records) == sorted(urls)
    assert all(r["title"] and r["paragraphs"] for r in records)


# --- distributed -------------------------------------------------------------------------------------


def test_two_workers_share_the_queue_and_fetch_every_url_once(
    sites: list[LoopbackServer], redis_url: str, tmp_path: Path
) -> None:
    urls = [url for n, server in enumerate(sites, start=1) for url in add_site(server, n, 50)]
    assert len(urls) == 200
    skipped, missing = sites[0].url("/private/secret.html"), sites[3].url("/missing.html")
    urls_file = tmp_path / "urls.txt"
    # Interleave the hosts, as a real list would, and give one URL twice (push drops it).
    lines = [urls[i + 50 * h] for i in range(50) for h in range(4)] + [skipped, missing, urls[7]]
    urls_file.write_text("\n".join(lines) + "\n", encoding="utf-8")

    push = scraper("crawl", "--redis", redis_url, "--push", str(urls_file), "--fresh", cwd=tmp_path)
    assert push.returncode == 0, push.stderr
    assert "202 pushed, 1 duplicate(s) ignored, 0 invalid; 202 queued" in push.stderr
    # The same URLs again behind push's back: the shared duplicate filter must drop them.
    client = redis.Redis.from_url(redis_url)
    client.rpush("scraper-redis:start_urls", *urls[:20])
    client.close()

    workers = [
        subprocess.Popen(
            [sys.executable, "-m", "scraper", "crawl", "--redis", redis_url, "-o", f"w{n}/out.jsonl",
             "--idle-exit", "1", "--concurrency", "4", *FAST],
            cwd=tmp_path, env=clean_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for n in (1, 2)
    ]
    outputs = []
    for worker in workers:
        _, stderr = worker.communicate(timeout=RUN_TIMEOUT)
        outputs.append(stderr)
        assert worker.returncode in (0, 1), stderr[-3000:]

    per_worker = [read_jsonl(tmp_path / f"w{n}/out.jsonl") for n in (1, 2)]
    assert all(per_worker), "both workers should have taken a share of the queue"
    crawled = [r["input_url"] for records in per_worker for r in records]
    assert Counter(crawled) == Counter(urls)  # every URL exactly once across the two outputs
    fetched = Counter(hit.path for server in sites for hit in server.hits if hit.path != "/robots.txt")
    assert max(fetched.values()) == 1  # and fetched once: the duplicates were filtered, not just not written
    errors = [e for n in (1, 2) for e in read_jsonl(tmp_path / f"w{n}/out.errors.jsonl")]

    batch_records, batch_errors = batch_reference(urls_file, tmp_path)
    records = without([r for records in per_worker for r in records], "scraped_at")
    assert records == batch_records
    assert without(errors, "finished_at") == batch_errors
    assert {e["input_url"]: e["stage"] for e in errors} == {skipped: "robots", missing: "fetch"}


def test_push_never_prints_or_queues_a_password(redis_url: str, tmp_path: Path) -> None:
    secret = "s3cr3t-pa55"
    lines = [f"http://alice:{secret}@127.0.0.1:9/a.html", f"https://{secret}@example.com:99999/",
             "http://127.0.0.1:9/b.html"]
    (tmp_path / "urls.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    push = scraper("crawl", "--redis", redis_url, "--push", "urls.txt", "--fresh", cwd=tmp_path)
    assert push.returncode == 1, push.stderr  # two lines were unusable
    assert "1 pushed, 0 duplicate(s) ignored, 2 invalid; 1 queued" in push.stderr
    assert secret not in push.stdout + push.stderr
    assert push.stderr.count("***@") == 2
    client = redis.Redis.from_url(redis_url)
    try:
        keys = client.keys("*")
        assert keys, "the push stored nothing: the check below would be empty"
        assert not any(secret.encode() in client.dump(key) for key in keys)
    finally:
        client.close()


# --- distributed: polite together, nothing lost when a worker dies ----------------------------------------


POLITE = ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", "RETRY_TIMES=1", "-s", "DOWNLOAD_TIMEOUT=10"]


def start_worker(redis_url: str, name: str, cwd: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "scraper", "crawl", "--redis", redis_url, "-o", f"{name}/out.jsonl", *extra],
        cwd=cwd, env=clean_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def complete_records(path: Path) -> list[dict[str, Any]]:
    """The whole lines of an output (a worker killed mid-write may leave a torn last line)."""
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_bytes().split(b"\n")[:-1] if line]


def test_two_workers_keep_one_hosts_delay_together(redis_url: str, tmp_path: Path) -> None:
    delay = 0.5
    with serve("127.0.0.2") as server:
        urls = add_site(server, 5, 24)
        # Half of them through another spelling of the same address: one server, one schedule.
        alias = server.origin.replace("127.0.0.2", "2130706434")
        urls = [url.replace(server.origin, alias) if n % 2 else url for n, url in enumerate(urls)]
        (tmp_path / "urls.txt").write_text("\n".join(urls) + "\n", encoding="utf-8")
        push = scraper("crawl", "--redis", redis_url, "--push", "urls.txt", "--fresh", cwd=tmp_path)
        assert push.returncode == 0, push.stderr
        workers = [start_worker(redis_url, f"w{n}", tmp_path, "--delay", str(delay), "--idle-exit", "2",
                                "--concurrency", "4", *POLITE) for n in (1, 2)]
        for worker in workers:
            _, stderr = worker.communicate(timeout=RUN_TIMEOUT)
            assert worker.returncode == 0, stderr[-3000:]
        hits = sorted(hit.at for hit in server.hits)
        pages = [hit for hit in server.hits if hit.path != "/robots.txt"]
    per_worker = [read_jsonl(tmp_path / f"w{n}/out.jsonl") for n in (1, 2)]
    assert all(per_worker), "both workers should have taken a share of the queue"
    assert Counter(r["input_url"] for records in per_worker for r in records) == Counter(urls)
    assert len(pages) == len(urls)
    # Every request to the server (pages and each worker's robots.txt for each spelling) kept the delay, read
    # as the server can see it: a gap may lose the client's send lag, the span may not lose it twice.
    assert_paced(hits, delay)


def test_requests_of_a_killed_worker_are_requeued(
    sites: list[LoopbackServer], redis_url: str, tmp_path: Path
) -> None:
    for server in sites[:2]:
        server.routes["/robots.txt"] = page(b"User-agent: *\nAllow: /\n", "text/plain")
    urls = []
    for n, server in enumerate(sites[:2], start=1):
        for i in range(30):
            path = f"/19/0907/13/E{n}SLOW{i:010d}.html"
            server.routes[path] = slow(0.3, page(netease_page(f"E{n}SLOW{i:010d}", title=f"慢站{n}第{i}号")))
            urls.append(server.url(path))
    (tmp_path / "urls.txt").write_text("\n".join(urls) + "\n", encoding="utf-8")
    push = scraper("crawl", "--redis", redis_url, "--push", "urls.txt", "--fresh", cwd=tmp_path)
    assert push.returncode == 0, push.stderr
    options = ("--idle-exit", "2", "--concurrency", "8", "-s", "SCRAPER_HEARTBEAT=2", *FAST)
    victim = start_worker(redis_url, "victim", tmp_path, *options)
    survivor = start_worker(redis_url, "survivor", tmp_path, *options)
    try:
        deadline = time.monotonic() + RUN_TIMEOUT
        while len(complete_records(tmp_path / "victim/out.jsonl")) < 3:
            assert time.monotonic() < deadline and victim.poll() is None, "the victim wrote no records"
            time.sleep(0.05)
        victim.send_signal(signal.SIGKILL)  # with requests taken from the queue and in flight
        victim.wait(timeout=30)
        _, stderr = survivor.communicate(timeout=RUN_TIMEOUT)
    finally:
        victim.kill()
        survivor.kill()
    assert survivor.returncode == 0, stderr[-3000:]
    victim_urls = Counter(r["input_url"] for r in complete_records(tmp_path / "victim/out.jsonl"))
    survivor_urls = Counter(r["input_url"] for r in read_jsonl(tmp_path / "survivor/out.jsonl"))
    assert set(victim_urls + survivor_urls) == set(urls)  # nothing lost
    assert max(survivor_urls.values()) == 1 and max(victim_urls.values()) == 1
    # At least once: only a URL whose record the victim wrote just before it was killed (before it could tell
    # Redis) may be done again by the survivor.
    assert len(set(victim_urls) & set(survivor_urls)) <= 1
    client = redis.Redis.from_url(redis_url)
    try:
        assert client.keys("scraper-redis:inflight:*") == []
    finally:
        client.close()


def test_crawl_block_private_refuses_every_private_address(sites: list[LoopbackServer], tmp_path: Path) -> None:
    server = sites[0]
    urls = add_site(server, 6, 2)
    alias = server.origin.replace("127.0.0.1", "2130706433")
    lines = [urls[0], urls[1].replace(server.origin, alias), urls[0].replace("127.0.0.1", "localhost")]
    (tmp_path / "urls.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    run = scraper("crawl", "urls.txt", "-o", "out.jsonl", "--block-private", *FAST, cwd=tmp_path)
    assert run.returncode == 1, run.stderr
    assert "0 ok, 3 failed" in run.stderr
    errors = read_jsonl(tmp_path / "out.errors.jsonl")
    assert {e["input_url"] for e in errors} == set(lines)
    assert {(e["stage"], e["error"]) for e in errors} == {("fetch", "BlockedError")}
    assert all("loopback" in e["message"] for e in errors)
    assert server.hits == []  # not even robots.txt was asked


def test_ctrl_c_puts_a_workers_requests_in_progress_back_on_the_queue(redis_url: str, tmp_path: Path) -> None:
    from scraper.crawl.distributed import QUEUE_KEY

    with serve() as srv:
        srv.routes["/stuck.html"] = slow(90, page(b"<html></html>"))  # in flight when Ctrl-C comes
        (tmp_path / "urls.txt").write_text(srv.url("/stuck.html") + "\n", encoding="utf-8")
        assert scraper("crawl", "--redis", redis_url, "--push", "urls.txt", cwd=tmp_path).returncode == 0
        proc = subprocess.Popen([sys.executable, "-m", "scraper", "crawl", "--redis", redis_url, "-o", "w.jsonl",
                                 "--ignore-robots", *FAST], cwd=tmp_path, env=clean_env(), stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + RUN_TIMEOUT
        while srv.count("/stuck.html") == 0 and time.monotonic() < deadline:
            time.sleep(0.1)
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=RUN_TIMEOUT)
    assert proc.returncode == 130, stderr
    assert stderr.splitlines()[-1] == ("Interrupted: 0 ok, 0 failed, 0 skipped (robots); "
                                       "1 in progress put back on the shared queue")
    assert redis.Redis.from_url(redis_url).llen(QUEUE_KEY) == 1  # the next worker to run does it
