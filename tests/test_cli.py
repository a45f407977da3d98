"""The command line, run as a user runs it: a subprocess of the installed entry point."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import FIXTURES, ROOT

SEED_TEXT = FIXTURES / "seed_text" / "source.txt"
SEED_PAGE = FIXTURES / "seed_page" / "source.html"


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scraper", *args], capture_output=True, text=True, cwd=cwd, timeout=120, check=False
    )


def test_scrape_seed_text_prints_clean_record() -> None:
    result = run("scrape", str(SEED_TEXT))
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["title"].startswith("2023年辽宁省教育工作会议召开")
    assert record["published_at"] is None
    assert record["extractor"] == "text"
    assert "2025" not in result.stdout
    body = "\n".join(record["paragraphs"])
    for boilerplate in ("相关推荐", "热点推荐", "头条要闻", "财经要闻", "无障碍浏览", "分享至"):
        assert boilerplate not in body
    assert record["paragraphs"][-1].startswith("省教育厅、省委教育工委领导班子成员出席会议")


def test_scrape_seed_page_has_same_paragraphs_plus_publish_time() -> None:
    text_record = json.loads(run("scrape", str(SEED_TEXT)).stdout)
    result = run("scrape", str(SEED_PAGE), "--url", json.loads((SEED_PAGE.parent / "case.json").read_text())["url"])
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["paragraphs"] == text_record["paragraphs"]
    assert record["published_at"] is not None and record["published_at"].startswith("2023-02-12")
    assert "2025" not in record["published_at"]


def test_output_directory_gets_doc_id_file(tmp_path: Path) -> None:
    case = json.loads((SEED_PAGE.parent / "case.json").read_text())
    result = run("scrape", str(SEED_PAGE), "--url", case["url"], "-o", str(tmp_path))
    assert result.returncode == 0, result.stderr
    files = list(tmp_path.glob("*.json"))
    assert len(files) == 1
    record = json.loads(files[0].read_text(encoding="utf-8"))
    assert files[0].name == f"{record['doc_id']}.json"
    assert "\\u" not in files[0].read_text(encoding="utf-8")
    assert record["scraped_at"]


def test_output_file_and_compact(tmp_path: Path) -> None:
    target = tmp_path / "one.json"
    result = run("scrape", str(SEED_TEXT), "-o", str(target), "--compact")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert len(target.read_text(encoding="utf-8").strip().splitlines()) == 1


def test_text_flag_forces_text_mode(tmp_path: Path) -> None:
    dump = tmp_path / "dump.html"
    dump.write_text(SEED_TEXT.read_text(encoding="utf-8"), encoding="utf-8")
    record = json.loads(run("scrape", str(dump), "--text").stdout)
    assert record["extractor"] == "text"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("scrape", "does-not-exist.html"), "no such file, and not a URL: missing http:// or https://"),
        (("scrape", "ftp://example.com/a.html"), "unsupported URL scheme"),
        (("scrape", "javascript:alert(1)"), "unsupported URL scheme"),
        (("scrape", "file:///etc/passwd"), "unsupported URL scheme"),
    ],
)
def test_errors_are_one_line_and_exit_1(args: tuple[str, ...], message: str) -> None:
    result = run(*args)
    assert result.returncode == 1
    assert result.stderr.startswith("Error: ")
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_page_without_article_is_an_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_text("<html><head><title>x</title></head><body><nav>home</nav></body></html>", encoding="utf-8")
    result = run("scrape", str(empty))
    assert result.returncode == 1
    assert "no article" in result.stderr


def test_usage_error_exits_2() -> None:
    assert run("scrape").returncode == 2
    assert run("scrape", "x", "--no-such-option").returncode == 2


def test_every_command_has_help_with_example() -> None:
    for args in (("--help",), ("scrape", "--help")):
        result = run(*args)
        assert result.returncode == 0
        assert "Example" in result.stdout
