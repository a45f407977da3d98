"""Pages in, records out, as a user has them: stdin and stdout, several files, folders, URL lists with paths.

Every test runs the `scraper` CLI in a subprocess; URLs are served by a real server on loopback.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from scraper.errors import InputError
from scraper.inputs import FILE, HTTPS_ASSUMED, URL, resolve

from .conftest import FIXTURES, ROOT
from .httpserver import LoopbackServer, netease_page, page, serve

SEED_PAGE = FIXTURES / "seed_page" / "source.html"
SEED_TEXT = FIXTURES / "seed_text" / "source.txt"
SEED_URL = json.loads((FIXTURES / "seed_page" / "case.json").read_text(encoding="utf-8"))["url"]
DOC = "EO6L7P0F00000001"


def cli(*args: str, cwd: Path = ROOT, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    done = subprocess.run([sys.executable, "-m", "scraper", *args], cwd=cwd, env=env, input=stdin,
                          capture_output=True, timeout=120, check=False)
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode("utf-8"),
                                       done.stderr.decode("utf-8"))


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with serve() as srv:
        srv.routes["/robots.txt"] = page(b"User-agent: *\nAllow: /\n", "text/plain")
        srv.routes[f"/19/0907/13/{DOC}.html"] = page(netease_page(DOC))
        yield srv


def saved_pages(folder: Path) -> list[Path]:
    folder.mkdir()
    pages = [folder / "seed.html", folder / "dump.txt", folder / "other.htm"]
    pages[0].write_bytes(SEED_PAGE.read_bytes())
    pages[1].write_bytes(SEED_TEXT.read_bytes())
    pages[2].write_bytes(netease_page(DOC))
    (folder / "notes.md").write_text("not a page\n", encoding="utf-8")
    return pages


# --- standard input and output ----------------------------------------------------------------------------


def test_a_page_on_stdin_with_its_url() -> None:
    done = cli("scrape", "-", "--url", SEED_URL, stdin=SEED_PAGE.read_bytes())
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["doc_id"] == "HTLMQ0KD05129QAF"
    assert record["extractor"] == "netease-2020"


def test_a_text_dump_on_stdin_is_detected() -> None:
    done = cli("scrape", "-", stdin=SEED_TEXT.read_bytes())
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["extractor"] == "text"


def test_dash_output_is_stdout_for_scrape(tmp_path: Path) -> None:
    done = cli("scrape", str(SEED_PAGE), "--url", SEED_URL, "-o", "-", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["doc_id"] == "HTLMQ0KD05129QAF"
    assert list(tmp_path.iterdir()) == []


def test_dash_output_is_stdout_for_batch(server: LoopbackServer, tmp_path: Path) -> None:
    urls = f"{server.url(f'/19/0907/13/{DOC}.html')}\n{server.url('/gone.html')}\nnot a url\n"
    done = cli("batch", "-", "-o", "-", "--delay", "0", "--retries", "0", cwd=tmp_path, stdin=urls.encode())
    assert done.returncode == 1  # one 404, one bad line
    (record,) = [json.loads(line) for line in done.stdout.splitlines()]
    assert record["doc_id"] == DOC and record["input_kind"] == "url"
    assert f"failed {server.url('/gone.html')}: fetch:" in done.stderr
    assert "failed not a url: input: " in done.stderr
    assert "1 ok, 2 failed" in done.stderr
    assert list(tmp_path.iterdir()) == []  # no state, no errors file, no output folder


# --- several inputs and folders ---------------------------------------------------------------------------


def test_several_files_and_a_folder_into_a_new_directory(tmp_path: Path) -> None:
    pages = saved_pages(tmp_path / "saved")
    out = tmp_path / "records" / "new"
    done = cli("scrape", str(SEED_PAGE), str(tmp_path / "saved"), "-o", str(out))
    assert done.returncode == 0, done.stderr
    written = {path.name: json.loads(path.read_text(encoding="utf-8")) for path in out.iterdir()}
    # 4 inputs, 3 articles: the seed page given twice (once in the folder) is one file, replaced by itself.
    assert len(written) == 3
    assert {record["input_url"] for record in written.values()} >= {str(pages[1]), str(pages[2])}
    assert {record["extractor"] for record in written.values()} == {"netease-2020", "text", "netease-2019"}


def test_several_inputs_without_output_print_json_lines(tmp_path: Path) -> None:
    pages = saved_pages(tmp_path / "saved")
    done = cli("scrape", *map(str, pages))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert [json.loads(line)["input_url"] for line in lines] == [str(path) for path in pages]


def test_a_failing_input_is_reported_and_the_rest_go_on(tmp_path: Path) -> None:
    pages = saved_pages(tmp_path / "saved")
    empty = tmp_path / "empty.html"
    empty.write_text("<html><body><nav>home</nav></body></html>", encoding="utf-8")
    done = cli("scrape", str(pages[0]), str(empty), str(tmp_path / "missing.html"), str(pages[2]))
    assert done.returncode == 1
    assert len(done.stdout.splitlines()) == 2
    errors = [line for line in done.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 2
    assert "empty.html" in errors[0] and "no article" in errors[0]
    assert "missing.html" in errors[1] and "missing http:// or https://" in errors[1]
    assert "2 done, 2 failed" in done.stderr


def test_a_folder_without_pages_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "nothing").mkdir()
    done = cli("scrape", str(tmp_path / "nothing"))
    assert done.returncode == 1
    assert "holds no .html, .htm, .txt file" in done.stderr


def test_several_inputs_into_one_file_is_a_usage_error(tmp_path: Path) -> None:
    done = cli("scrape", str(SEED_PAGE), str(SEED_TEXT), "-o", str(tmp_path / "one.json"))
    assert done.returncode == 2
    assert "give -o a folder" in done.stderr
    assert cli("scrape", str(SEED_PAGE), str(SEED_TEXT), "--url", SEED_URL).returncode == 2


# --- URL lists holding local paths -----------------------------------------------------------------------


def test_resolve_reads_paths_hosts_and_urls(tmp_path: Path) -> None:
    saved = tmp_path / "www.163.com"  # an existing path wins, even one that looks like a host
    saved.write_bytes(b"x")
    assert resolve(str(saved)).kind == FILE
    assert resolve("https://www.163.com/a.html").kind == URL
    assumed = resolve("www.163.com/dy/article/HTLMQ0KD05129QAF.html")
    assert (assumed.kind, assumed.target) == (HTTPS_ASSUMED, "https://www.163.com/dy/article/HTLMQ0KD05129QAF.html")
    assert resolve("news.sina.com.cn:8080/x").kind == HTTPS_ASSUMED
    for line in ("page.html", "saved/page.htm", "notes.txt/x", "localhost/x"):
        with pytest.raises(InputError, match=r"missing http:// or https://"):
            resolve(line)
    with pytest.raises(InputError, match="unsupported URL scheme 'ftp'"):
        resolve("ftp://example.com/a.html")


class BytesPath:
    """A path object whose `__fspath__` gives bytes, as os.PathLike allows."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __fspath__(self) -> bytes:
        return os.fsencode(self.path)


def test_resolve_decodes_a_path_object_that_gives_bytes(tmp_path: Path) -> None:
    saved = tmp_path / "saved.html"
    saved.write_bytes(b"x")
    # Before: str() of the bytes made "b'...'", no file of that name, so an InputError.
    source = resolve(BytesPath(saved))
    assert (source.kind, source.target) == (FILE, str(saved))


def test_batch_list_with_paths_hosts_and_urls(server: LoopbackServer, tmp_path: Path) -> None:
    pages = saved_pages(tmp_path / "saved")
    lines = [str(pages[0]), "saved/dump.txt", server.url(f"/19/0907/13/{DOC}.html"), "www.163.com:99999/x.html",
             "saved/missing.html", "saved/dump.txt"]
    (tmp_path / "urls.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = cli("batch", "urls.txt", "-o", "out.jsonl", "--delay", "0", "--retries", "0", "--quiet", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    records = {r["input_url"]: r for r in map(json.loads, (tmp_path / "out.jsonl").read_text("utf-8").splitlines())}
    assert {line: r["input_kind"] for line, r in records.items()} == {
        lines[0]: "file", "saved/dump.txt": "file", lines[2]: "url"}
    assert records[lines[0]]["doc_id"] == "HTLMQ0KD05129QAF"
    errors = {e["input_url"]: e for e in map(json.loads, (tmp_path / "out.errors.jsonl").read_text().splitlines())}
    # The host without a scheme was read as https:// (and then refused for its port, before any connection).
    assert errors["www.163.com:99999/x.html"]["message"].startswith("read as https://www.163.com:99999/x.html: ")
    assert "Port out of range" in errors["www.163.com:99999/x.html"]["message"]
    assert errors["saved/missing.html"]["stage"] == "input"
    assert errors["saved/missing.html"]["message"] == "no such file, and not a URL: missing http:// or https://"
    assert "duplicate(s)" not in done.stderr  # --quiet


def test_block_private_reads_no_local_file(server: LoopbackServer, tmp_path: Path) -> None:
    pages = saved_pages(tmp_path / "saved")
    (tmp_path / "urls.txt").write_text(f"{pages[0]}\n", encoding="utf-8")
    done = cli("batch", "urls.txt", "-o", "out.jsonl", "--block-private", "--quiet", cwd=tmp_path)
    assert done.returncode == 1
    (error,) = map(json.loads, (tmp_path / "out.errors.jsonl").read_text().splitlines())
    assert error["stage"] == "input"
    assert "missing http:// or https://" in error["message"]
    assert not (tmp_path / "out.jsonl").read_text()
