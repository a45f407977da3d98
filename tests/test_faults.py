"""Faults, run for real: trickling servers, dead worker processes, kill -9 and Ctrl-C of a batch, secrets in URLs.

Each test starts a loopback server and the command or the library as a user runs it, injects the fault (a
server that sends one byte a second, SIGKILL to a process, SIGINT to the batch) and checks what is left
behind. Timeouts on waits are hang guards with generous margins, never speed assertions.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import suppress
from pathlib import Path
from typing import Any

import pytest

from scraper.errors import FetchError
from scraper.fetch import fetch
from scraper.settings import Settings

from .httpserver import LoopbackServer, netease_page, page, serve, slow, trickle

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


# --- processes of a batch: helpers ---------------------------------------------------------------------------


def descendants(pid: int) -> list[int]:
    """Live processes below `pid` (zombies, which have exited, are left out), from /proc."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        if fields[0] != "Z":
            parents[int(entry.name)] = int(fields[1])
    found, frontier = [], [pid]
    while frontier:
        parent = frontier.pop()
        children = [child for child, ppid in parents.items() if ppid == parent]
        found.extend(children)
        frontier.extend(children)
    return found


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat[stat.rindex(")") + 2:].split()[0] != "Z"


def extraction_workers(pid: int) -> list[int]:
    workers = []
    for child in descendants(pid):
        with suppress(OSError):
            if b"spawn_main" in Path(f"/proc/{child}/cmdline").read_bytes():
                workers.append(child)
    return workers


def wait_for(condition: Callable[[], bool], what: str, guard: float = 60) -> None:
    """Poll until `condition` holds; the guard only stops a hang."""
    deadline = time.monotonic() + guard
    while not condition():
        assert time.monotonic() < deadline, f"still waiting for {what} after {guard:.0f} s"
        time.sleep(0.05)


def complete_lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def start_batch(*args: str, cwd: Path) -> subprocess.Popen[str]:
    # A session of its own: a signal to its process group reaches the batch and its workers, as Ctrl-C does.
    return subprocess.Popen([sys.executable, "-m", "scraper", "batch", *args], cwd=cwd, env=clean_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


def add_articles(server: LoopbackServer, count: int, *, delay: float = 0.0, prefix: str = "a") -> list[str]:
    urls = []
    for n in range(count):
        path = f"/{prefix}/19/0907/13/EO6L7P0F{n:08d}.html"
        body = page(netease_page(f"EO6L7P0F{n:08d}", title=f"第{n}号文章"))
        server.routes[path] = slow(delay, body) if delay else body
        urls.append(server.url(path))
    return urls


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


# --- 2. a dead extraction worker costs at most its page, and only if it kills twice ------------------------


@pytest.mark.timeout(180)
def test_killing_an_extraction_worker_loses_no_url(server: LoopbackServer, tmp_path: Path) -> None:
    urls = add_articles(server, 80, delay=0.05)
    (tmp_path / "urls.txt").write_text("\n".join(urls) + "\n", encoding="utf-8")
    output = tmp_path / "out" / "news.jsonl"
    batch = start_batch("urls.txt", "-o", "out/news.jsonl", "--workers", "2", "--concurrency", "4", "--per-host",
                        "4", "--delay", "0", "--quiet", cwd=tmp_path)
    try:
        wait_for(lambda: len(extraction_workers(batch.pid)) == 2 and complete_lines(output) >= 3,
                 "two workers and the first records")
        assert batch.poll() is None, "the batch ended before a worker could be killed: give it more pages"
        victim = extraction_workers(batch.pid)[0]
        os.kill(victim, signal.SIGKILL)
        _, stderr = batch.communicate(timeout=120)
    finally:
        batch.kill()
    assert batch.returncode == 0, stderr
    assert sorted(r["input_url"] for r in read_jsonl(output)) == sorted(urls)
    assert read_jsonl(tmp_path / "out" / "news.errors.jsonl") == []


# --- 3. kill -9 of the batch takes its workers along ---------------------------------------------------------


@pytest.mark.timeout(120)
def test_workers_exit_when_the_batch_is_killed(server: LoopbackServer, tmp_path: Path) -> None:
    urls = add_articles(server, 30, delay=1.0)
    (tmp_path / "urls.txt").write_text("\n".join(urls) + "\n", encoding="utf-8")
    batch = start_batch("urls.txt", "-o", "out/news.jsonl", "--workers", "2", "--delay", "0", "--quiet",
                        cwd=tmp_path)
    left: list[int] = []
    try:
        wait_for(lambda: complete_lines(tmp_path / "out" / "news.jsonl") >= 1 and bool(extraction_workers(batch.pid)),
                 "the first record from an extraction worker")
        left = descendants(batch.pid)
        batch.send_signal(signal.SIGKILL)
        batch.wait(timeout=30)
        wait_for(lambda: not any(alive(pid) for pid in left), "the orphaned workers to exit", guard=30)
    finally:
        batch.kill()
        for pid in (pid for pid in left if alive(pid)):  # do not leave orphans behind when the check fails
            with suppress(OSError):
                os.kill(pid, signal.SIGKILL)


# --- 4. Ctrl-C stops at once, leaves what was in flight pending, and a second one prints no traceback -------


def state_rows(output: Path) -> dict[str, str]:
    with sqlite3.connect(output.with_name(output.name + ".state.sqlite")) as db:
        return {str(url): str(status) for url, status in db.execute("SELECT input_url, status FROM urls")}


@pytest.mark.timeout(180)
@pytest.mark.parametrize("workers", ["1", "2"])
@pytest.mark.parametrize("presses", [1, 2])
def test_ctrl_c_stops_in_seconds_and_leaves_fetches_in_flight_pending(
    server: LoopbackServer, tmp_path: Path, workers: str, presses: int
) -> None:
    fast = add_articles(server, 3)
    stuck = add_articles(server, 4, delay=600, prefix="stuck")  # answers in ten minutes; read timeout 60 s
    (tmp_path / "urls.txt").write_text("\n".join(fast + stuck) + "\n", encoding="utf-8")
    output = tmp_path / "out" / "news.jsonl"
    args = ("urls.txt", "-o", "out/news.jsonl", "--workers", workers, "--concurrency", "8", "--per-host", "8",
            "--delay", "0", "--timeout", "60", "--retries", "3")
    batch = start_batch(*args, cwd=tmp_path)
    try:
        wait_for(lambda: complete_lines(output) == 3 and all(
            server.count(url.removeprefix(server.origin)) for url in stuck), "the fast records and stuck fetches")
        for _ in range(presses):
            os.killpg(batch.pid, signal.SIGINT)
            time.sleep(0.2)
        # Hang guard: before the fix, the stuck fetches ran all their attempts (4 x 60 s) before the exit.
        _, stderr = batch.communicate(timeout=30)
    finally:
        batch.kill()
    # A second Ctrl-C that lands while the interpreter finalises (its handlers already reset) ends the process
    # by SIGINT: a shell shows that as 130 too.
    assert batch.returncode == 130 or (presses == 2 and batch.returncode == -signal.SIGINT), stderr
    assert "Traceback" not in stderr and "Exception ignored" not in stderr, stderr
    assert "run the same command again to resume" in stderr
    if presses == 1:  # the terminal gets one line: no worker's traceback, no "cannot schedule new futures"
        assert stderr == "Interrupted: run the same command again to resume.\n"
    rows = state_rows(output)
    assert {url: rows[url] for url in stuck} == dict.fromkeys(stuck, "pending")
    assert read_jsonl(tmp_path / "out" / "news.errors.jsonl") == []
    # The next run does the interrupted URLs, once each.
    for url in stuck:
        server.routes[url.removeprefix(server.origin)] = page(netease_page("EO6L7P0F00000001"))
    again = scraper_cli("batch", *args, "--quiet", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert sorted(r["input_url"] for r in read_jsonl(output)) == sorted(fast + stuck)
