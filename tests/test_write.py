"""Written files: one name per article, never another article's file replaced, modes from the umask.

Run as a user runs it: the `scraper` CLI in a subprocess (with the umask it would inherit from a shell).
"""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

import scraper
from scraper.errors import WriteError
from scraper.write import write_article

from .conftest import FIXTURES, ROOT
from .httpserver import netease_page, page, serve

SEED_PAGE = FIXTURES / "seed_page" / "source.html"
SEED_URL = json.loads((FIXTURES / "seed_page" / "case.json").read_text(encoding="utf-8"))["url"]


def cli(*args: str, cwd: Path = ROOT, umask: int = 0o022, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    done = subprocess.run(
        [sys.executable, "-m", "scraper", *args], cwd=cwd, env=env, input=stdin, capture_output=True, timeout=120,
        check=False, preexec_fn=lambda: os.umask(umask),
    )
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode("utf-8"),
                                       done.stderr.decode("utf-8"))


def chinese_page(title: str, body: str) -> bytes:
    """A page without doc id or URL whose title has no ASCII letters: the case that used to collapse names."""
    return (f'<html><head><meta charset="utf-8"><title>{title}</title></head><body><article><h1>{title}</h1>'
            f"<p>{body}：会议指出，要坚持立德树人根本任务，推进教育高质量发展，这是本段的正文内容。</p>"
            "<p>第二段也是正文，讲述了另外一些事情，字数足够长以便被识别为正文内容。</p></article></body></html>"
            ).encode()


def records(directory: Path) -> dict[str, dict[str, object]]:
    return {path.name: json.loads(path.read_text(encoding="utf-8")) for path in sorted(directory.glob("*.json"))}


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# --- names ------------------------------------------------------------------------------------------------


def test_two_pages_with_chinese_titles_get_two_files(tmp_path: Path) -> None:
    first, second = tmp_path / "a.html", tmp_path / "b.html"
    first.write_bytes(chinese_page("2023年第一篇报道", "第一篇"))
    second.write_bytes(chinese_page("2023年第二篇报道", "第二篇"))
    out = tmp_path / "out"
    assert cli("scrape", str(first), "-o", f"{out}/").returncode == 0
    assert cli("scrape", str(second), "-o", f"{out}/").returncode == 0
    titles = sorted(str(record["title"]) for record in records(out).values())
    assert titles == ["2023年第一篇报道", "2023年第二篇报道"]
    assert all(name.startswith("article-") for name in records(out))


def test_names_come_from_doc_id_then_url_then_text() -> None:
    by_doc = scraper.Article(doc_id="HTLMQ0KD05129QAF", url="https://www.163.com/x.html", paragraphs=["x"])
    by_url = scraper.Article(url="https://news.example.com/2023/a.html", paragraphs=["x"])
    similar_url = scraper.Article(url="https://news.example.com/2023_a.html", paragraphs=["x"])
    by_text = scraper.Article(title="标题", paragraphs=["x"])
    assert scraper.write.file_name(by_doc) == "HTLMQ0KD05129QAF.json"
    assert scraper.write.file_name(by_url).startswith("news.example.com_2023_a-")
    # Two URLs whose slugs are the same still get two names (the hash of the URL).
    assert scraper.write.file_name(by_url) != scraper.write.file_name(similar_url)
    assert scraper.write.file_name(by_text, "md").startswith("article-")
    assert scraper.write.file_name(by_text, "md").endswith(".md")


def test_the_same_article_written_again_replaces_itself(tmp_path: Path) -> None:
    source = tmp_path / "page.html"
    source.write_bytes(SEED_PAGE.read_bytes())
    for _ in range(2):
        done = cli("scrape", str(source), "--url", SEED_URL, "-o", str(tmp_path / "out"))
        assert done.returncode == 0, done.stderr
        # Where it wrote, and no note about another article holding the name: it is the same article.
        assert done.stderr == f"wrote {tmp_path / 'out' / 'HTLMQ0KD05129QAF.json'}\n"
    assert list(records(tmp_path / "out")) == ["HTLMQ0KD05129QAF.json"]


def test_a_name_taken_by_another_article_moves_the_new_one_and_says_so(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    other = {**scraper.Article(doc_id="EO6L7P0F0001899O", paragraphs=["另一篇"]).to_dict()}
    (out / "HTLMQ0KD05129QAF.json").write_text(json.dumps(other, ensure_ascii=False), encoding="utf-8")
    (out / "HTLMQ0KD05129QAF-2.json").write_text("my own notes, not a record\n", encoding="utf-8")
    source = tmp_path / "page.html"
    source.write_bytes(SEED_PAGE.read_bytes())
    done = cli("scrape", str(source), "--url", SEED_URL, "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "holds another article" in done.stderr
    assert "HTLMQ0KD05129QAF-3.json" in done.stderr
    assert json.loads((out / "HTLMQ0KD05129QAF.json").read_text(encoding="utf-8")) == other
    assert (out / "HTLMQ0KD05129QAF-2.json").read_text(encoding="utf-8") == "my own notes, not a record\n"
    assert json.loads((out / "HTLMQ0KD05129QAF-3.json").read_text(encoding="utf-8"))["doc_id"] == "HTLMQ0KD05129QAF"


def test_a_file_path_holding_another_article_is_refused(tmp_path: Path) -> None:
    first, second = tmp_path / "a.html", tmp_path / "b.html"
    first.write_bytes(chinese_page("2023年第一篇报道", "第一篇"))
    second.write_bytes(chinese_page("2023年第二篇报道", "第二篇"))
    target = tmp_path / "today.json"
    assert cli("scrape", str(first), "-o", str(target)).returncode == 0
    kept = target.read_text(encoding="utf-8")
    assert cli("scrape", str(first), "-o", str(target)).returncode == 0  # the same article: replaced
    refused = cli("scrape", str(second), "-o", str(target))
    assert refused.returncode == 1
    assert refused.stderr.startswith("Error: ") and "holds" in refused.stderr and "not this article" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert json.loads(target.read_text(encoding="utf-8"))["title"] == json.loads(kept)["title"]


def test_library_refuses_a_file_path_holding_another_article(tmp_path: Path) -> None:
    target = tmp_path / "one.md"
    write_article(scraper.Article(url="https://a.example.com/1.html", paragraphs=["一"]), target)
    write_article(scraper.Article(url="https://a.example.com/1.html", paragraphs=["一", "二"]), target)
    assert target.read_text(encoding="utf-8").endswith("一\n\n二\n")
    with pytest.raises(WriteError, match=re.escape("holds URL https://a.example.com/1.html")):
        write_article(scraper.Article(url="https://a.example.com/2.html", paragraphs=["三"]), target)


# --- modes ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("umask", "expected"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_every_written_file_follows_the_umask(tmp_path: Path, umask: int, expected: int) -> None:
    source = tmp_path / "page.html"
    source.write_bytes(SEED_PAGE.read_bytes())
    assert cli("scrape", str(source), "--url", SEED_URL, "-o", "one.json", cwd=tmp_path, umask=umask).returncode == 0
    assert cli("scrape", str(source), "--url", SEED_URL, "-o", "dir/", cwd=tmp_path, umask=umask).returncode == 0
    with serve() as server:
        server.routes["/19/0907/13/EO6L7P0F00000001.html"] = page(netease_page("EO6L7P0F00000001"))
        urls = tmp_path / "urls.txt"
        urls.write_text(f"{server.url('/19/0907/13/EO6L7P0F00000001.html')}\n{server.url('/gone.html')}\n")
        batch = cli("batch", str(urls), "-o", "b/out.jsonl", "--split", "split", "--ignore-robots", "--delay", "0",
                    "--retries", "0", "--quiet", cwd=tmp_path, umask=umask)
    assert batch.returncode == 1, batch.stderr  # /gone.html is a 404: the errors file gets a line
    written = [tmp_path / "one.json", tmp_path / "dir" / "HTLMQ0KD05129QAF.json", tmp_path / "b" / "out.jsonl",
               tmp_path / "b" / "out.errors.jsonl", tmp_path / "split" / "EO6L7P0F00000001.json"]
    assert {path.name: oct(mode(path)) for path in written} == {path.name: oct(expected) for path in written}


def test_replacing_a_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "one.json"
    article = scraper.Article(doc_id="HTLMQ0KD05129QAF", paragraphs=["x"])
    write_article(article, target)
    target.chmod(0o640)
    write_article(article, target)
    assert mode(target) == 0o640


def test_a_page_without_url_extracted_again_differently_is_still_the_same_article(tmp_path: Path) -> None:
    # A newer version may read more paragraphs from the same saved page: same headline, no URL, same article.
    target = tmp_path / "page.md"
    write_article(scraper.Article(title="2023年第一篇报道", paragraphs=["一"]), target)
    write_article(scraper.Article(title="2023年第一篇报道", paragraphs=["一", "二"]), target)
    assert target.read_text(encoding="utf-8").endswith("一\n\n二\n")
    with pytest.raises(WriteError, match="holds the article titled '2023年第一篇报道'"):
        write_article(scraper.Article(title="2023年第二篇报道", paragraphs=["三"]), target)
