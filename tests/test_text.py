"""Plain text without a page around it: one-line news, broadcast items, full-width-space indents."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import scraper
from scraper.errors import ExtractError

from .conftest import ROOT

ONE_LINE = (
    "新区召开防汛工作会议 部署汛期安全据本报讯 昨天上午，新区防汛工作会议在区政府召开。"
    "会议指出，今年汛期降雨偏多，各部门要提前排查隐患。会议要求，各街道落实值守制度，确保群众安全。"
)
BROADCAST = (
    "　　本台消息：全省春季农业生产工作会议今天在省城召开。\n"
    "　　会议强调，要稳住粮食播种面积，抓好春耕物资供应。"
)


def test_a_one_line_text_is_one_paragraph_without_a_title() -> None:
    article = scraper.extract_text(ONE_LINE)
    assert article.title is None
    assert article.paragraphs == [ONE_LINE]
    assert article.extractor == "text"


def test_a_broadcast_item_starting_with_body_has_no_title() -> None:
    article = scraper.extract_text(BROADCAST)
    assert article.title is None
    assert [p[:6] for p in article.paragraphs] == ["本台消息：全", "会议强调，要"]


def test_a_short_headline_line_before_the_body_is_the_title() -> None:
    article = scraper.extract_text("春耕会议召开\n" + BROADCAST)
    assert article.title == "春耕会议召开"
    assert len(article.paragraphs) == 2


def test_a_first_line_ending_in_a_colon_introduces_the_body_and_is_no_title() -> None:
    text = "本台消息：全省扶贫论坛今天在省城开幕，省长李明致信祝贺，全文如下：\n值此论坛开幕之际，我谨表示祝贺。"
    article = scraper.extract_text(text)
    assert article.title is None
    assert article.paragraphs[0].endswith("全文如下：")
    assert article.meetings[0]["points"][0]["cue"] == "省长李明致信祝贺，全文如下"
    assert article.meetings[0]["points"][0]["text"] == "值此论坛开幕之际，我谨表示祝贺。"


def test_full_width_indents_inside_one_line_split_paragraphs() -> None:
    article = scraper.extract_text("第一段讲会议召开。　　第二段讲会议指出的事。　　第三段。")
    assert article.paragraphs == ["第一段讲会议召开。", "第二段讲会议指出的事。", "第三段。"]


def test_a_body_line_starting_with_a_date_is_kept() -> None:
    text = "全省会议召开\n2023年5月6日，全省安全生产会议在省城召开。会议指出，要压实责任。"
    article = scraper.extract_text(text)
    assert article.paragraphs == [text.split("\n")[1]]
    assert article.published_at is None


def test_a_blank_text_is_still_a_clear_error() -> None:
    with pytest.raises(ExtractError, match="no article"):
        scraper.extract_text("　　\n \n")


def test_cli_scrape_text_accepts_a_one_line_file(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text(ONE_LINE, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "scraper", "scrape", "--text", str(path)],
        capture_output=True, text=True, cwd=ROOT, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["title"] is None
    assert record["paragraphs"] == [ONE_LINE]


def test_navigation_lines_above_a_breadcrumb_are_no_title() -> None:
    page = "首页\n新闻\n体育\n网易首页 > 新闻中心 > 正文\n全省会议召开\n2024-03-06 09:30:00　来源：新华网\n" + BROADCAST
    article = scraper.extract_text(page)
    assert (article.title, article.channel, article.source) == ("全省会议召开", ["网易首页", "新闻中心"], "新华网")
    assert [p[:6] for p in article.paragraphs] == ["本台消息：全", "会议强调，要"]


def test_without_a_breadcrumb_the_headline_is_the_line_above_the_header_line() -> None:
    page = "首页\n新闻\n财经\n全省会议召开\n2024-03-06 09:30:00　来源：新华网\n" + BROADCAST
    article = scraper.extract_text(page)
    assert (article.title, article.source) == ("全省会议召开", "新华网")
    assert len(article.paragraphs) == 2


def test_a_body_that_starts_with_short_lines_keeps_them() -> None:
    # Short first lines without a breadcrumb or a header line below them are the text's own.
    article = scraper.extract_text("春耕会议召开\n一、总体要求\n" + BROADCAST)
    assert article.title == "春耕会议召开"
    assert article.paragraphs[0] == "一、总体要求"
