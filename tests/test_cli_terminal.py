"""The CLI at a terminal, run as a user runs it (subprocesses of `python -m scraper`) against loopback servers:
what one page says while it works and when it fails, Ctrl-C, the request options (--proxy, -H, --cookies),
and the exit status of a missing Scrapy or an unreachable Redis.
"""

from __future__ import annotations

import fcntl
import json
import os
import pty
import signal
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .httpserver import LoopbackServer, netease_page, page, sequence, serve, slow, status
from .proxyserver import forward_proxy
from .test_faults import clean_env
from .test_network_errors import closed_port

DOC = "EO6L7P0F0001899O"
ARTICLE = f"/19/0907/13/{DOC}.html"
HANG_GUARD = 120


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with serve() as srv:
        srv.routes[ARTICLE] = page(netease_page(DOC))
        yield srv


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "scraper", *args], cwd=cwd, env=clean_env(), capture_output=True,
                          text=True, timeout=HANG_GUARD, check=False)


def cli_on_a_terminal(*args: str, cwd: Path) -> tuple[int, str]:
    """Run the CLI with stderr on a pseudo-terminal (as in an interactive shell); return (status, stderr)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))  # a terminal has a size
    proc = subprocess.Popen([sys.executable, "-m", "scraper", *args], cwd=cwd, env=clean_env(),
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    chunks: list[bytes] = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:  # EIO: the child closed its end
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    return proc.wait(timeout=HANG_GUARD), b"".join(chunks).decode("utf-8", "replace").replace("\r\n", "\n")


# --- one page: what it says ------------------------------------------------------------------------------


def test_scrape_says_where_it_wrote(server: LoopbackServer, tmp_path: Path) -> None:
    run = cli("scrape", server.url(ARTICLE), "-o", "out/", "--ignore-robots", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stderr == f"wrote {Path('out') / (DOC + '.json')}\n"
    assert (tmp_path / "out" / f"{DOC}.json").exists()


def test_scrape_on_a_terminal_says_each_retry(server: LoopbackServer, tmp_path: Path) -> None:
    server.routes["/flaky.html"] = sequence(status(500), page(netease_page(DOC)))
    code, stderr = cli_on_a_terminal("scrape", server.url("/flaky.html"), "--ignore-robots", cwd=tmp_path)
    assert code == 0, stderr
    assert stderr == f"{server.url('/flaky.html')}: HTTP 500; retrying in 1 s (attempt 2 of 4)\n"


def test_scrape_off_a_terminal_stays_quiet_about_retries(server: LoopbackServer, tmp_path: Path) -> None:
    server.routes["/flaky.html"] = sequence(status(500), page(netease_page(DOC)))
    run = cli("scrape", server.url("/flaky.html"), "--ignore-robots", cwd=tmp_path)
    assert run.returncode == 0
    assert run.stderr == ""  # a pipe or a log file gets only errors


def test_scrape_timeout_bounds_every_attempt(server: LoopbackServer, tmp_path: Path) -> None:
    server.routes["/slow.html"] = slow(10, page(b"<html></html>"))
    run = cli("scrape", server.url("/slow.html"), "--timeout", "0.5", cwd=tmp_path)
    assert run.returncode == 1
    port = server.server_address[1]
    # The read timeout or the deadline's cut, whichever fires first: both name the whole timeout.
    assert f"from 127.0.0.1:{port} within the 0.5 s timeout" in run.stderr
    assert server.count("/slow.html") == 1  # retries (3 by default) found no time left


def test_scrape_error_is_in_user_words(tmp_path: Path) -> None:
    port = closed_port()
    run = cli("scrape", f"http://127.0.0.1:{port}/a.html", "--retries", "0", cwd=tmp_path)
    assert run.returncode == 1
    assert run.stderr == (f"Error: cannot connect to 127.0.0.1:{port}: connection refused "
                          f"(http://127.0.0.1:{port}/a.html)\n")


def test_scrape_obeys_robots_unless_told(server: LoopbackServer, tmp_path: Path) -> None:
    server.routes["/robots.txt"] = page(b"User-agent: *\nDisallow: /19/\n", "text/plain")
    refused = cli("scrape", server.url(ARTICLE), cwd=tmp_path)
    assert refused.returncode == 1
    assert "robots.txt disallows this URL" in refused.stderr
    allowed = cli("scrape", server.url(ARTICLE), "--ignore-robots", cwd=tmp_path)
    assert allowed.returncode == 0, allowed.stderr


def _as_from_a_terminal() -> None:
    """In the child before exec: Ctrl-C handled by default and not blocked, as a shell starts a foreground command.

    A child inherits an ignored or blocked SIGINT from the test process (the pool's worker start ignores and blocks
    it for a moment in the main thread), and with the tests in random order that state could leak into this child.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def test_ctrl_c_in_scrape_is_one_line_and_130(server: LoopbackServer, tmp_path: Path) -> None:
    server.routes["/hang.html"] = slow(60, page(b"<html></html>"))
    proc = subprocess.Popen([sys.executable, "-m", "scraper", "scrape", server.url("/hang.html"), "--ignore-robots"],
                            cwd=tmp_path, env=clean_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=_as_from_a_terminal)
    deadline = time.monotonic() + HANG_GUARD
    while server.count("/hang.html") == 0 and time.monotonic() < deadline:  # wait until the request is out
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=HANG_GUARD)
    assert proc.returncode == 130
    assert stderr == "Interrupted.\n"


# --- request options -------------------------------------------------------------------------------------


def test_scrape_through_a_proxy_with_headers_and_cookies(server: LoopbackServer, tmp_path: Path) -> None:
    jar = tmp_path / "cookies.txt"
    jar.write_text("# Netscape HTTP Cookie File\n127.0.0.1\tFALSE\t/\tFALSE\t0\tsid\tabc\n", encoding="utf-8")
    with forward_proxy("alice:s3cret") as proxy:
        run = cli("scrape", server.url(ARTICLE), "--ignore-robots", "--proxy", proxy.url("alice:s3cret"),
                  "-H", "Referer: https://www.163.com/", "-H", "X-Trace: 1", "--cookies", str(jar), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert [hit.target for hit in proxy.hits] == [server.url(ARTICLE)]
    sent = server.hits[0].headers
    assert (sent["referer"], sent["x-trace"], sent["cookie"]) == ("https://www.163.com/", "1", "sid=abc")


def test_a_proxy_password_stays_out_of_errors(tmp_path: Path) -> None:
    port = closed_port()
    run = cli("scrape", "http://127.0.0.1:1/a.html", "--ignore-robots", "--retries", "0", "--proxy",
              f"http://alice:s3cret@127.0.0.1:{port}", "-vv", cwd=tmp_path)
    assert run.returncode == 1
    assert f"cannot connect to the proxy 127.0.0.1:{port}: connection refused" in run.stderr
    assert "s3cret" not in run.stderr + run.stdout


@pytest.mark.parametrize("args", [
    ["-H", "no colon here"],
    ["--proxy", "socks5://127.0.0.1:1080"],
    ["--cookies", "cookies.json"],
    ["--cookies", "absent.txt"],
])
def test_bad_request_options_are_usage_errors(args: list[str], tmp_path: Path) -> None:
    (tmp_path / "cookies.json").write_text("{}", encoding="utf-8")
    run = cli("scrape", "http://127.0.0.1:1/a.html", *args, cwd=tmp_path)
    assert run.returncode == 2
    assert "Traceback" not in run.stderr
    assert run.stderr.strip().splitlines()[-1].startswith("Error: Invalid value for")


def test_batch_sends_the_request_options(server: LoopbackServer, tmp_path: Path) -> None:
    (tmp_path / "urls.txt").write_text(server.url(ARTICLE) + "\n", encoding="utf-8")
    with forward_proxy() as proxy:
        run = cli("batch", "urls.txt", "-o", "out.jsonl", "--ignore-robots", "--delay", "0", "--proxy", proxy.url(),
                  "-H", "X-Trace: batch", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert [hit.target for hit in proxy.hits] == [server.url(ARTICLE)]
    assert server.hits[0].headers["x-trace"] == "batch"


# --- crawl: what it needs, and its request options -----------------------------------------------------------


def test_crawl_without_scrapy_is_exit_1_not_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "urls.txt").write_text("https://www.163.com/a.html\n", encoding="utf-8")
    code = ("import sys; sys.modules['scrapy'] = None\n"  # None in sys.modules makes `import scrapy` fail
            "from scraper.cli import main\nmain()\n")
    run = subprocess.run([sys.executable, "-c", code, "crawl", "urls.txt"], cwd=tmp_path, env=clean_env(),
                         capture_output=True, text=True, timeout=HANG_GUARD, check=False)
    assert run.returncode == 1
    assert run.stderr.startswith("Error: Scrapy is not installed")
    assert "Traceback" not in run.stderr


def test_crawl_with_an_unreachable_redis_is_exit_1(tmp_path: Path) -> None:
    pytest.importorskip("scrapy_redis", reason="needs the scrapy extra: pip install -e '.[scrapy]'")
    port = closed_port()
    run = cli("crawl", "--redis", f"redis://:pw@127.0.0.1:{port}/0", cwd=tmp_path)
    assert run.returncode == 1
    assert run.stderr == f"Error: cannot reach Redis at redis://***@127.0.0.1:{port}/0: connection refused\n"


def test_crawl_sends_the_request_options(server: LoopbackServer, tmp_path: Path) -> None:
    pytest.importorskip("scrapy", reason="needs the scrapy extra: pip install -e '.[scrapy]'")
    (tmp_path / "urls.txt").write_text(server.url(ARTICLE) + "\n", encoding="utf-8")
    jar = tmp_path / "cookies.txt"
    jar.write_text("# Netscape HTTP Cookie File\n127.0.0.1\tFALSE\t/\tFALSE\t0\tsid\tcrawl\n", encoding="utf-8")
    with forward_proxy("bob:pw2") as proxy:
        run = cli("crawl", "urls.txt", "-o", "out.jsonl", "--ignore-robots", "--delay", "0",
                  "-s", "AUTOTHROTTLE_ENABLED=False", "--proxy", proxy.url("bob:pw2"),
                  "-H", "X-Trace: crawl", "-H", "User-Agent: test-agent/1", "--cookies", str(jar), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert [hit.target for hit in proxy.hits] == [server.url(ARTICLE)]
    sent = server.hits[0].headers
    assert (sent["x-trace"], sent["user-agent"], sent["cookie"]) == ("crawl", "test-agent/1", "sid=crawl")
    assert "pw2" not in run.stderr


def test_ctrl_c_stops_a_crawl_at_once_and_the_next_run_does_the_rest(tmp_path: Path) -> None:
    pytest.importorskip("scrapy", reason="needs the scrapy extra: pip install -e '.[scrapy]'")
    crawl = [sys.executable, "-m", "scraper", "crawl", "--ignore-robots", "--delay", "0",
             "-s", "AUTOTHROTTLE_ENABLED=False"]
    with serve() as srv:
        fast = [f"/19/0907/13/EO6L7P0F000189{n:02d}.html" for n in range(3)]
        for n, path in enumerate(fast):
            srv.routes[path] = page(netease_page(f"EO6L7P0F000189{n:02d}"))
        stuck = [f"/19/0907/13/EO6L7P0F000189{n:02d}.html" for n in range(3, 5)]
        for path in stuck:
            srv.routes[path] = slow(90, page(b"<html></html>"))  # far beyond the hang guard
        (tmp_path / "urls.txt").write_text("".join(srv.url(p) + "\n" for p in fast + stuck), encoding="utf-8")
        proc = subprocess.Popen([*crawl, "urls.txt", "-o", "out.jsonl"], cwd=tmp_path, env=clean_env(),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        out = tmp_path / "out.jsonl"
        deadline = time.monotonic() + HANG_GUARD
        while time.monotonic() < deadline and not (
            srv.count(stuck[0]) and out.exists() and len(out.read_text(encoding="utf-8").splitlines()) == 3
        ):  # the fast pages are written and the first stuck one is in flight (one request per host at a time)
            time.sleep(0.1)
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=HANG_GUARD)
        assert proc.returncode == 130, stderr
        assert stderr == ("Interrupted: 3 ok, 0 failed, 0 skipped (robots); 2 not done, listed in "
                          "out.unfinished.txt (to do them: scraper crawl out.unfinished.txt -o out.jsonl --append)\n")
        listed = (tmp_path / "out.unfinished.txt").read_text(encoding="utf-8").splitlines()
        assert listed == [srv.url(p) for p in stuck]
        assert not (tmp_path / "out.errors.jsonl").read_text(encoding="utf-8")  # nothing failed because of Ctrl-C
        for n, path in enumerate(stuck, start=3):  # the server recovers; the suggested command does the rest
            srv.routes[path] = page(netease_page(f"EO6L7P0F000189{n:02d}"))
        rest = subprocess.run([*crawl, "out.unfinished.txt", "-o", "out.jsonl", "--append"], cwd=tmp_path,
                              env=clean_env(), capture_output=True, text=True, timeout=HANG_GUARD, check=False)
    assert rest.returncode == 0, rest.stderr
    urls = sorted(json.loads(line)["input_url"] for line in out.read_text(encoding="utf-8").splitlines())
    assert urls == sorted(srv.url(p) for p in fast + stuck)


# --- many pages: -v and the progress bar ---------------------------------------------------------------------


def test_batch_verbose_says_one_line_per_url(server: LoopbackServer, tmp_path: Path) -> None:
    (tmp_path / "urls.txt").write_text(f"{server.url(ARTICLE)}\n{server.url('/gone.html')}\nftp://x/y\n",
                                       encoding="utf-8")
    run = cli("batch", "urls.txt", "-o", "out.jsonl", "--ignore-robots", "--delay", "0", "--retries", "0", "-v",
              cwd=tmp_path)
    assert run.returncode == 1
    lines = [line.split() for line in run.stderr.splitlines() if line.startswith(("ok ", "failed "))]
    size = len(netease_page(DOC))
    assert [(w[0], w[1], w[2], w[6], w[7:]) for w in lines if w[6] == server.url(ARTICLE)] == [
        ("ok", "200", str(size), server.url(ARTICLE), ["record"])]
    gone = [w for w in lines if w[6] == server.url("/gone.html")]
    assert [(w[0], w[1], w[2], w[7:]) for w in gone] == [("failed", "404", "-", ["fetch:", "HTTP", "404"])]
    assert all(w[5] == "ms" and w[4].isdigit() for w in lines)
    assert run.stderr.splitlines()[-1] == "1 ok, 2 failed, 0 skipped (robots)"


def test_the_progress_bar_ends_on_the_summary_counts(server: LoopbackServer, tmp_path: Path) -> None:
    (tmp_path / "urls.txt").write_text(f"{server.url(ARTICLE)}\nnot a url\n", encoding="utf-8")
    code, stderr = cli_on_a_terminal("batch", "urls.txt", "-o", "out.jsonl", "--ignore-robots", "--delay", "0",
                                     cwd=tmp_path)
    assert code == 1
    assert stderr.splitlines()[-1] == "1 ok, 1 failed, 0 skipped (robots)"
    last_bar = stderr.splitlines()[-2].split("\r")[-1]  # the bar as left on screen, above the summary
    assert "2/2" in last_bar and "ok=1, failed=1, skipped=0" in last_bar, stderr


def test_a_page_without_an_article_is_one_error_line(server: LoopbackServer, tmp_path: Path) -> None:
    server.routes["/empty.html"] = page(b"<html></html>")  # trafilatura warns "discarding data" on it
    run = cli("scrape", server.url("/empty.html"), "--ignore-robots", cwd=tmp_path)
    assert run.returncode == 1
    assert run.stderr == f"Error: no article found on the page ({server.url('/empty.html')})\n"
