"""Bad input gets a clear error of the right type; no URL or name leads the tool somewhere it should not go.

One table of bad pages and one of bad URLs, each row with its error type and a fragment of its message;
then output names that try to leave their directory, unwritable directories, a disk filling up in the
middle of a batch (a small tmpfs, or RLIMIT_FSIZE where mounting is not permitted), XXE, and
`block_private` against loopback servers.
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import shutil
import signal
import socket
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import scraper
from scraper.errors import BlockedError, DecodeError, ExtractError, InputError, WriteError
from scraper.fetch import fetch, make_session, normalise_url
from scraper.fetch.addresses import blocked_reason
from scraper.settings import Settings
from scraper.write import write_article

from .conftest import FIXTURES, ROOT
from .httpserver import LoopbackServer, netease_page, page, redirect, serve

SEED = (FIXTURES / "seed_page" / "source.html").read_bytes()
SEED_URL = "https://www.163.com/dy/article/HTLMQ0KD05129QAF.html"
FAST = Settings(per_host_delay=0.0, connect_timeout=2.0, read_timeout=2.0, retries=0, obey_robots=False)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(30)
PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(range(256)) * 4
SEED_TEXT = SEED.decode("utf-8")
HALF = len(SEED_TEXT) // 2


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with serve() as srv:
        yield srv


def clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}


def cli(*args: str, cwd: Path = ROOT, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "scraper", *args], cwd=cwd, env=clean_env(), capture_output=True,
                          text=True, timeout=120, check=False, **kwargs)


# --- bad pages -----------------------------------------------------------------------------------------

BAD_PAGES: list[tuple[str, bytes, type[Exception], str]] = [
    ("empty file", b"", DecodeError, "empty page"),
    ("only whitespace", b" \n\t\r\n ", DecodeError, "empty page"),
    ("PNG bytes", PNG, DecodeError, "a PNG image"),
    ("PDF bytes", PDF, DecodeError, "a PDF document"),
    ("UTF-16 without a BOM", SEED_TEXT.encode("utf-16-le"), DecodeError, "look binary"),
    ("truncated to its head", SEED[:200], ExtractError, "no article found"),
    ("HTML with no article", b"<html><head><title>x</title></head><body><nav><a href='/'>home</a></nav></body></html>",
     ExtractError, "no article found"),
    ("a text dump of labels only", "来源：\n责任编辑：\n".encode(), ExtractError, "no article found"),
]


@pytest.mark.parametrize(("data", "error", "fragment"), [row[1:] for row in BAD_PAGES],
                         ids=[row[0] for row in BAD_PAGES])
def test_bad_page_gives_a_clear_error(data: bytes, error: type[Exception], fragment: str) -> None:
    with pytest.raises(error) as raised:
        scraper.extract(data, SEED_URL)
    assert fragment in str(raised.value)


READABLE_PAGES: list[tuple[str, bytes, str | None]] = [
    ("truncated in the middle of the body", SEED[: SEED.index(b'<p id="HTLN2A14">') + 40], None),
    ("lying label: UTF-8 bytes declared gb2312", SEED.replace(b'charset="utf-8"', b'charset="gb2312"'), None),
    ("lying header: GB18030 bytes served as utf-8", SEED_TEXT.encode("gb18030"), "text/html; charset=utf-8"),
    ("NUL bytes between tags and inside text", SEED.replace(b"</p>", b"\x00</p>").replace(b"\xe3\x80\x82", b"\x00\xe3\x80\x82"),
     None),
    ("UTF-16 with a BOM", b"\xff\xfe" + SEED_TEXT.encode("utf-16-le"), None),
]


@pytest.mark.parametrize(("data", "content_type"), [row[1:] for row in READABLE_PAGES],
                         ids=[row[0] for row in READABLE_PAGES])
def test_damaged_but_readable_page_still_gives_the_article(data: bytes, content_type: str | None) -> None:
    article = scraper.extract(data, SEED_URL, content_type=content_type)
    assert article.title is not None and article.title.startswith("2023年辽宁省教育工作会议召开")
    assert article.paragraphs[3].startswith("2月11日,2023年全省教育工作会议在沈阳召开")
    assert not any("\x00" in p for p in article.paragraphs)


def test_mixed_encodings_keep_the_utf8_part_and_mark_the_rest() -> None:
    # The first half UTF-8, the second half GB18030: one encoding per page, so the second half reads as U+FFFD.
    data = SEED_TEXT[:HALF].encode("utf-8") + SEED_TEXT[HALF:].encode("gb18030")
    article = scraper.extract(data, SEED_URL)
    assert article.paragraphs[3].startswith("2月11日,2023年全省教育工作会议在沈阳召开")


def test_xxe_entities_are_never_resolved() -> None:
    secret = Path("/etc/hostname") if Path("/etc/hostname").exists() else Path("/etc/passwd")
    head = f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file://{secret}">]>'.encode()
    page_bytes = head + SEED.replace(b"2\xe6\x9c\x8811\xe6\x97\xa5,2023", b"&e;2\xe6\x9c\x8811\xe6\x97\xa5,2023")
    for url in (SEED_URL, "https://example.com/a.html"):
        article = scraper.extract(page_bytes, url)
        text = "\n".join(article.paragraphs) + (article.title or "")
        content = secret.read_text().strip().splitlines()[0]
        assert content not in text
        assert "]>" not in text  # the internal subset's tail is not shown as text either


# --- bad URLs ----------------------------------------------------------------------------------------------

BAD_URLS: list[tuple[str, str, str]] = [
    ("invalid URL", "http://exa mple.com/", "whitespace"),
    ("no host", "http:///a.html", "no host"),
    ("bad port", "http://example.com:99999/", "Port out of range"),
    ("broken IPv6", "http://[::1/", "malformed URL"),
    ("NUL in host", "http://\x00.example.com/", "control characters"),
    ("bad host characters", "http://exa<mple.com/", "invalid host name"),
    ("file URL", "file:///etc/passwd", "unsupported URL scheme 'file'"),
    ("ftp URL", "ftp://example.com/a.html", "unsupported URL scheme 'ftp'"),
    ("javascript URL", "javascript:alert(1)", "unsupported URL scheme 'javascript'"),
    ("data URL", "data:text/html,<p>x</p>", "unsupported URL scheme 'data'"),
    ("credentials", "https://user:secret@example.com/a.html", "credentials"),
    ("user name only", "https://user@example.com/a.html", "credentials"),
    ("10,000 characters", "https://www.163.com/" + "a" * 10_000, "longer than 8192"),
]


@pytest.mark.parametrize(("url", "fragment"), [row[1:] for row in BAD_URLS], ids=[row[0] for row in BAD_URLS])
def test_bad_url_is_an_input_error_before_any_request(url: str, fragment: str) -> None:
    with pytest.raises(InputError) as raised:
        scraper.scrape(url)
    assert fragment in str(raised.value)
    assert "secret" not in str(raised.value)  # credentials never echoed


def test_cli_bad_url_is_one_error_line_and_exit_1() -> None:
    done = cli("scrape", "ftp://example.com/a.html")
    assert done.returncode == 1
    assert done.stderr.startswith("Error: unsupported URL scheme 'ftp'")
    assert "Traceback" not in done.stderr


def test_a_local_path_is_read_as_a_path(tmp_path: Path) -> None:
    path = tmp_path / "saved page.html"
    path.write_bytes(SEED)
    assert scraper.scrape(str(path), url=SEED_URL).doc_id == "HTLMQ0KD05129QAF"
    with pytest.raises(InputError, match="unsupported URL scheme 'file'"):
        scraper.scrape(path.as_uri())


def test_idn_host_is_sent_as_punycode(server: LoopbackServer) -> None:
    # The loopback server acts as an HTTP proxy, so it sees the Host header the client sends for the IDN host.
    url = "http://新闻.例子.测试/19/0907/13/EO6L7P0F0001899O.html"
    punycode = "http://xn--efvy88h.xn--fsqu00a.xn--0zwm56d/19/0907/13/EO6L7P0F0001899O.html"
    assert normalise_url(url) == punycode
    server.routes[punycode] = page(netease_page("EO6L7P0F0001899O"))
    session = make_session(FAST)
    session.trust_env = False  # the caller's proxy variables would win over ours
    session.proxies = {"http": server.origin}
    result = fetch(url, FAST, session=session)
    assert result.final_url == punycode
    (hit,) = server.hits
    assert hit.headers["host"] == "xn--efvy88h.xn--fsqu00a.xn--0zwm56d"
    assert hit.path == punycode


# --- output names and directories ----------------------------------------------------------------------

HOSTILE_NAMES = ["../../x", "/etc/passwd", "..", "a/../../b", "x\x00y", "C:\\Windows\\x", "~root", "a" * 5000,
                 "../" * 100 + "etc/cron.d/x", "\u202e\u0000..\\.."]


@pytest.mark.parametrize("name", HOSTILE_NAMES, ids=range(len(HOSTILE_NAMES)))
def test_write_article_never_leaves_its_directory(tmp_path: Path, name: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for article in (scraper.Article(doc_id=name, paragraphs=["x"]), scraper.Article(url=name, paragraphs=["x"]),
                    scraper.Article(title=name, paragraphs=["x"])):
        path = write_article(article, out)
        assert path.parent == out
        assert path.resolve().parent == out.resolve()
        assert len(path.name) <= 255 and "\x00" not in path.name
        assert json.loads(path.read_text(encoding="utf-8"))["paragraphs"] == ["x"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_unwritable_output_gives_write_error_and_cli_exit_1(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    article = scraper.Article(doc_id="HTLMQ0KD05129QAF", paragraphs=["x"])
    with pytest.raises(WriteError, match="cannot write"):
        write_article(article, blocker / "sub")
    source = tmp_path / "page.html"
    source.write_bytes(SEED)
    done = cli("scrape", str(source), "--url", SEED_URL, "-o", str(blocker / "sub"))
    assert done.returncode == 1
    assert done.stderr.startswith("Error: cannot write")
    assert "Traceback" not in done.stderr
    urls = tmp_path / "urls.txt"
    urls.write_text("http://127.0.0.1:9/a.html\n")
    done = cli("batch", str(urls), "-o", str(blocker / "out.jsonl"), "--quiet")
    assert done.returncode == 1
    assert done.stderr.startswith("Error: cannot create")
    assert "Traceback" not in done.stderr


@contextlib.contextmanager
def tmpfs(path: Path, size: str) -> Iterator[bool]:
    """Mount a small tmpfs at `path`; yields False when mounting is not permitted here."""
    path.mkdir(parents=True, exist_ok=True)
    try:
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                                 capture_output=True, check=False).returncode == 0
    except OSError:
        mounted = False
    try:
        yield mounted
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(path)], check=False)


def test_read_only_output_directory_is_a_clear_error(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "ro", "64k") as mounted:
        if not mounted:
            pytest.skip("mounting a tmpfs is not permitted here (needs root); the ENOTDIR case covers the path")
        subprocess.run(["mount", "-o", "remount,ro", str(tmp_path / "ro")], check=True)
        done = cli("scrape", str(FIXTURES / "seed_page" / "source.html"), "--url", SEED_URL, "-o", str(tmp_path / "ro"))
        assert done.returncode == 1
        assert done.stderr.startswith("Error: cannot write") and "Read-only file system" in done.stderr
        assert "Traceback" not in done.stderr


# --- a disk filling up in the middle of a batch ---------------------------------------------------------


def add_articles(server: LoopbackServer, count: int, paragraphs: int) -> list[str]:
    urls = []
    for n in range(count):
        doc = f"EO6L7P0F{n:08d}"
        server.routes[f"/19/0907/13/{doc}.html"] = page(netease_page(doc, title=f"第{n}号文章", paragraphs=paragraphs))
        urls.append(server.url(f"/19/0907/13/{doc}.html"))
    return urls


def no_core_and_file_limit(limit: int) -> Any:
    def apply() -> None:
        # SIGXFSZ ignored: a write past the limit fails with EFBIG instead of killing the process.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


DISK_FULL = ("No space left on device", "database or disk is full", "File too large")


def check_resumed_exactly_once(out: Path, urls: list[str], split: Path | None) -> None:
    lines = out.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]  # every line whole: no torn line survived
    counts = Counter(record["input_url"] for record in records)
    assert set(counts) == set(urls)
    assert set(counts.values()) == {1}
    assert out.with_name(f"{out.stem}.errors.jsonl").read_text(encoding="utf-8") == ""
    if split is not None:
        assert len(list(split.glob("*.json"))) == len(urls)


@pytest.mark.timeout(300)
@pytest.mark.parametrize("where", ["output", "split"])
def test_full_disk_stops_the_batch_and_a_rerun_resumes_without_loss(
    server: LoopbackServer, tmp_path: Path, where: str
) -> None:
    server.routes["/robots.txt"] = page(b"", "text/plain")
    urls = add_articles(server, 40, paragraphs=60)
    url_file = tmp_path / "urls.txt"
    url_file.write_text("\n".join(urls) + "\n", encoding="utf-8")
    disk = tmp_path / "disk"
    with tmpfs(disk, "160k") as mounted:
        if not mounted:
            pytest.skip("mounting a tmpfs is not permitted here; test_file_size_limit_* covers a failing append")
        out = (disk if where == "output" else tmp_path) / "out.jsonl"
        split = (disk if where == "split" else tmp_path) / "articles"
        args = ("batch", str(url_file), "-o", str(out), "--split", str(split), "--delay", "0", "--quiet")
        first = cli(*args)
        assert first.returncode == 1, first.stderr
        assert first.stderr.startswith("Error: ") and any(f in first.stderr for f in DISK_FULL), first.stderr
        assert "Traceback" not in first.stderr
        subprocess.run(["mount", "-o", "remount,size=50m", str(disk)], check=True)
        second = cli(*args)
        assert second.returncode == 0, second.stderr
        check_resumed_exactly_once(out, urls, split)


@pytest.mark.timeout(300)
def test_file_size_limit_mid_append_stops_cleanly_and_resumes(server: LoopbackServer, tmp_path: Path) -> None:
    # RLIMIT_FSIZE makes the JSONL append fail part-way through a line (EFBIG), the way a full disk does.
    server.routes["/robots.txt"] = page(b"", "text/plain")
    urls = add_articles(server, 30, paragraphs=300)
    url_file = tmp_path / "urls.txt"
    url_file.write_text("\n".join(urls) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    args = ("batch", str(url_file), "-o", str(out), "--delay", "0", "--quiet")
    first = cli(*args, preexec_fn=no_core_and_file_limit(100_000))
    assert first.returncode == 1, first.stderr
    assert first.stderr.startswith("Error: ") and any(f in first.stderr for f in DISK_FULL), first.stderr
    assert "Traceback" not in first.stderr
    assert 0 < out.stat().st_size <= 100_000
    second = cli(*args)
    assert second.returncode == 0, second.stderr
    check_resumed_exactly_once(out, urls, None)


# --- block_private ------------------------------------------------------------------------------------------

ADDRESSES = [
    ("127.0.0.1", "loopback"), ("127.8.9.10", "loopback"), ("0.0.0.0", "unspecified"), ("10.1.2.3", "private"),
    ("172.16.0.1", "private"), ("172.31.255.255", "private"), ("192.168.1.1", "private"),
    ("169.254.169.254", "link-local"), ("100.64.0.1", "non-public"), ("224.0.0.1", "multicast"),
    ("255.255.255.255", "private"), ("240.0.0.1", "private"), ("192.0.2.1", "private"), ("198.18.0.1", "private"),
    ("::1", "loopback"), ("::", "unspecified"), ("fe80::1", "link-local"), ("fe80::1%eth0", "link-local"),
    ("fc00::1", "private"), ("fd12:3456::1", "private"), ("ff02::1", "multicast"),
    ("::ffff:127.0.0.1", "loopback"), ("::ffff:169.254.169.254", "link-local"), ("::ffff:10.0.0.1", "private"),
    ("::127.0.0.1", "loopback"), ("2002:7f00:1::", "loopback"), ("2002:a00:1::", "private"),
    ("64:ff9b::7f00:1", "loopback"), ("64:ff9b::a9fe:a9fe", "link-local"), ("not an address", "unparsable"),
    ("8.8.8.8", None), ("1.1.1.1", None), ("::ffff:8.8.8.8", None), ("2001:4860:4860::8888", None),
    ("2002:808:808::", None), ("64:ff9b::808:808", None), ("172.32.0.1", None), ("11.0.0.1", None),
]


@pytest.mark.parametrize(("address", "reason"), ADDRESSES, ids=[a for a, _ in ADDRESSES])
def test_address_classifier(address: str, reason: str | None) -> None:
    assert blocked_reason(address) == reason


def test_loopback_url_is_refused_before_any_byte_is_sent(server: LoopbackServer) -> None:
    server.routes["/a.html"] = page(netease_page("EO6L7P0F0001899O"))
    with pytest.raises(BlockedError, match=r"loopback address 127\.0\.0\.1"):
        fetch(server.url("/a.html"), FAST.with_options(block_private=True, obey_robots=True))
    assert server.hits == []  # not even robots.txt
    assert fetch(server.url("/a.html"), FAST).status == 200  # off by default
    assert [hit.path for hit in server.hits] == ["/a.html"]


def test_block_private_in_the_cli_and_the_batch(server: LoopbackServer, tmp_path: Path) -> None:
    server.routes["/a.html"] = page(netease_page("EO6L7P0F0001899O"))
    done = cli("scrape", server.url("/a.html"), "--block-private")
    assert done.returncode == 1
    assert done.stderr.startswith("Error: 127.0.0.1 resolves to a loopback address")
    (tmp_path / "u.txt").write_text(server.url("/a.html") + "\n")
    done = cli("batch", str(tmp_path / "u.txt"), "-o", str(tmp_path / "o.jsonl"), "--block-private", "--quiet")
    assert done.returncode == 1
    (error,) = [json.loads(line) for line in (tmp_path / "o.errors.jsonl").read_text().splitlines()]
    assert (error["error"], error["stage"]) == ("BlockedError", "fetch")
    assert server.hits == []


def test_dns_rebinding_between_check_and_connect_is_refused(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A resolver that answers a public address for the first lookup and loopback afterwards, as a rebinding
    # attacker's DNS does. The public address is never connected to: the guard resolves again at connect.
    port = int(server.origin.rsplit(":", 1)[1])
    real = socket.getaddrinfo
    answers = iter(["93.184.216.34"])

    def rebinding(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host == "rebind.test":
            address = next(answers, "127.0.0.1")
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    server.routes["/a.html"] = page(netease_page("EO6L7P0F0001899O"))
    with pytest.raises(BlockedError, match=r"rebind\.test resolves to a loopback address"):
        fetch(f"http://rebind.test:{port}/a.html", FAST.with_options(block_private=True))
    assert server.hits == []


def test_redirects_are_followed_when_blocking_is_off(server: LoopbackServer) -> None:
    server.routes["/from"] = redirect(server.url("/to"))
    server.routes["/to"] = page(netease_page("EO6L7P0F0001899O"))
    assert fetch(server.url("/from"), FAST).final_url == server.url("/to")
    assert [hit.path for hit in server.hits] == ["/from", "/to"]


# A public address served locally: inside a network namespace of its own, the child gives its loopback
# interface this address (the namespace has no route out, so nothing leaves the machine).
PUBLIC = "93.184.216.34"
REDIRECT_CHILD = """
import json, sys
from scraper.errors import BlockedError
from scraper.fetch import fetch
from scraper.settings import Settings
from tests.httpserver import netease_page, page, redirect, serve

public = sys.argv[1]
settings = Settings(per_host_delay=0.0, connect_timeout=2.0, read_timeout=2.0, retries=0, obey_robots=False,
                    block_private=True)
with serve("0.0.0.0") as server:
    port = server.server_address[1]
    server.routes["/page"] = page(netease_page("EO6L7P0F0001899O"))
    server.routes["/from"] = redirect(f"http://127.0.0.1:{port}/to")
    server.routes["/to"] = page(netease_page("EO6L7P0F0001899O"))
    report = {"first_hop_status": fetch(f"http://{public}:{port}/page", settings).status}
    try:
        fetch(f"http://{public}:{port}/from", settings)
        report["second_hop"] = "followed"
    except BlockedError as error:
        report["second_hop"] = str(error)
    report["hits"] = [hit.path for hit in server.hits]
print(json.dumps(report))
"""


def _in_own_network(*command: str) -> list[str]:
    """`command` run in a new user and network namespace whose loopback interface also holds PUBLIC."""
    setup = f'ip link set lo up && ip addr add {PUBLIC}/32 dev lo && exec "$0" "$@"'
    return ["unshare", "--user", "--map-root-user", "--net", "sh", "-c", setup, *command]


def test_redirect_hops_are_checked_like_the_first(tmp_path: Path) -> None:
    # The first hop is a public address (allowed); its redirect points at 127.0.0.1: the second hop must be
    # refused before a byte reaches it. Staging a public first hop needs a network namespace (unshare, ip).
    probe = subprocess.run(_in_own_network("true"), capture_output=True, text=True, check=False) \
        if all(map(shutil.which, ("unshare", "ip"))) else None
    if probe is None or probe.returncode != 0:
        message = ("needs unshare and ip to serve a public address in a private network namespace: "
                   + (probe.stderr.strip() if probe is not None else "not installed"))
        # CI sets SCRAPER_REQUIRE_NETNS=1 where the kernel grants namespaces, so a missing tool or a broken
        # set-up fails there instead of skipping.
        if os.environ.get("SCRAPER_REQUIRE_NETNS") == "1":
            pytest.fail(message + ", but SCRAPER_REQUIRE_NETNS=1 requires it", pytrace=False)
        pytest.skip(message)
    script = tmp_path / "child.py"
    script.write_text(REDIRECT_CHILD, encoding="utf-8")
    env = clean_env() | {"PYTHONPATH": str(ROOT)}
    done = subprocess.run(_in_own_network(sys.executable, str(script), PUBLIC), capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["first_hop_status"] == 200
    assert report["second_hop"].startswith("127.0.0.1 resolves to a loopback address")
    assert report["hits"] == ["/page", "/from"]
