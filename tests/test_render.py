"""Output formats: `--format json|txt|md` on `scrape` and on `batch --split`, run as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import scraper
from scraper.render import read_header, render

from .conftest import FIXTURES, ROOT
from .httpserver import netease_page, page, serve

SEED_PAGE = FIXTURES / "seed_page" / "source.html"
SEED_URL = json.loads((FIXTURES / "seed_page" / "case.json").read_text(encoding="utf-8"))["url"]


def cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    return subprocess.run([sys.executable, "-m", "scraper", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=120, check=False)


def seed_record() -> dict[str, object]:
    done = cli("scrape", str(SEED_PAGE), "--url", SEED_URL)
    assert done.returncode == 0, done.stderr
    record: dict[str, object] = json.loads(done.stdout)
    return record


def test_txt_gives_metadata_then_paragraphs() -> None:
    record = seed_record()
    done = cli("scrape", str(SEED_PAGE), "--url", SEED_URL, "--format", "txt")
    assert done.returncode == 0, done.stderr
    header = read_header(done.stdout)
    assert header is not None
    assert {key: header[key] for key in ("title", "published_at", "source", "url")} == {
        key: record[key] for key in ("title", "published_at", "source", "url")}
    body = done.stdout.split("---\n", 2)[2]
    assert body.splitlines() == record["paragraphs"]


def test_md_gives_headline_paragraphs_and_meetings_as_a_nested_list() -> None:
    record = seed_record()
    done = cli("scrape", str(SEED_PAGE), "--url", SEED_URL, "--format", "md")
    assert done.returncode == 0, done.stderr
    text = done.stdout
    assert f"\n# {record['title']}\n" in text
    paragraphs = record["paragraphs"]
    assert isinstance(paragraphs, list)
    assert f"\n\n{paragraphs[3]}\n\n" in text
    meetings = text.split("\n## Meetings\n", 1)[1].splitlines()
    assert meetings[1] == "- **2023年全省教育工作会议** (2023-02-11, 沈阳)"
    assert "  - speakers: 王庆东（省教育厅党组书记、厅长兼省委教育工委副书记）" in meetings
    assert any(line.startswith("  - **会议强调**: 2023年是全面贯彻落实党的二十大精神的开局之年") for line in meetings)
    items = [line for line in meetings if line.startswith("    - **")]
    assert [line.split("**")[1] for line in items] == ["一要", "二要", "三要", "四要", "五要", "六要", "七要"]


def test_markdown_escapes_paragraphs_that_look_like_syntax() -> None:
    article = scraper.Article(title="T", paragraphs=["# 不是标题", "1. 不是列表", "- 也不是", "正文"])
    body = render(article, "md").split("---\n", 2)[2]
    assert "\n\\# 不是标题\n" in body and "\n\\1. 不是列表\n" in body and "\n\\- 也不是\n" in body


def test_output_directory_extension_follows_the_format(tmp_path: Path) -> None:
    for fmt in ("md", "txt", "json"):
        done = cli("scrape", str(SEED_PAGE), "--url", SEED_URL, "--format", fmt, "-o", str(tmp_path / "out"))
        assert done.returncode == 0, done.stderr
    assert sorted(path.name for path in (tmp_path / "out").iterdir()) == [
        "HTLMQ0KD05129QAF.json", "HTLMQ0KD05129QAF.md", "HTLMQ0KD05129QAF.txt"]


def test_a_file_extension_chooses_the_format_and_may_not_contradict_it(tmp_path: Path) -> None:
    done = cli("scrape", str(SEED_PAGE), "--url", SEED_URL, "-o", str(tmp_path / "page.md"))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "page.md").read_text(encoding="utf-8").startswith("---\ntitle: ")
    clash = cli("scrape", str(SEED_PAGE), "--format", "txt", "-o", str(tmp_path / "page.json"))
    assert clash.returncode == 2
    assert not (tmp_path / "page.json").exists()


def test_batch_split_files_follow_the_format_and_the_jsonl_stays(tmp_path: Path) -> None:
    doc = "EO6L7P0F00000001"
    with serve() as server:
        server.routes[f"/19/0907/13/{doc}.html"] = page(netease_page(doc))
        (tmp_path / "urls.txt").write_text(server.url(f"/19/0907/13/{doc}.html") + "\n", encoding="utf-8")
        done = cli("batch", "urls.txt", "-o", "out.jsonl", "--split", "split", "--format", "md", "--ignore-robots",
                   "--delay", "0", "--quiet", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    (record,) = map(json.loads, (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines())
    assert record["doc_id"] == doc
    (split,) = (tmp_path / "split").iterdir()
    assert split.name == f"{doc}.md"
    header = read_header(split.read_text(encoding="utf-8"))
    assert header is not None and header["doc_id"] == doc and header["input_url"] == record["input_url"]
