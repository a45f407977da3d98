"""Hostile values in ordinary places of a page: each input here raised a non-package exception out of
`extract` (or out of writing its record) before the fix its test names, and must now read as a page does.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import scraper
from scraper.extract.attributes import number_of
from scraper.render import render

from .conftest import ROOT

PROSE = "这是一段正文内容，讲述了一件重要的事情，足够长以便被识别为文章。" * 6
LATER = "第二段正文接着讲这件事情的经过和结果，也足够长，读者可以从中了解全部的情况。" * 6
FOREIGN_URL = "https://example.com/news/1.html"
# Digits str.isdigit() admits and int() refuses, and a run past int()'s 4,300-digit limit.
NOT_INT = ["²", "①", "9" * 5000]


@pytest.mark.parametrize("width", NOT_INT)
def test_an_image_width_int_refuses_keeps_the_image(width: str) -> None:
    page = (f'<html><body><div><p>{PROSE}</p><p><img src="/a.jpg" width="{width}"></p><p>{PROSE}</p>'
            "</div></body></html>")
    article = scraper.extract(page, FOREIGN_URL)
    # Not a width under 40 pixels, so not an icon: the image stays.
    assert [image.src for image in article.images] == ["https://example.com/a.jpg"]


def test_a_small_image_width_still_drops_the_image() -> None:
    page = (f'<html><body><div><p>{PROSE}</p><p><img src="/a.jpg" width="30"><img src="/b.jpg" width="３０">'
            f'<img src="/c.jpg" width="0400"></p><p>{PROSE}</p></div></body></html>')
    assert [image.src for image in scraper.extract(page, FOREIGN_URL).images] == ["https://example.com/c.jpg"]


def headline_page(size: str, styled_as: str) -> str:
    """A headline above the article with no <title>: its style is asked whether it is large."""
    styled = (f'<font size="{size}">地方新闻标题在这里</font><br>' if styled_as == "font"
              else f'<span style="font-size:{size}px">地方新闻标题在这里</span>')
    return f"<html><body><div>{styled}<p>{PROSE}</p><p>{LATER}</p></div></body></html>"


@pytest.mark.parametrize("styled_as", ["font", "style"])
@pytest.mark.parametrize("size", NOT_INT)
def test_a_font_size_int_refuses_reads_as_a_printed_size(size: str, styled_as: str) -> None:
    # A superscript or a circled digit is no size (read as the smallest); thousands of nines are a large one.
    like = "1" if size in "²①" else {"font": "7", "style": "60"}[styled_as]
    article = scraper.extract(headline_page(size, styled_as), FOREIGN_URL)
    assert article.to_dict() == scraper.extract(headline_page(like, styled_as), FOREIGN_URL).to_dict()
    assert article.title == (None if like == "1" else "地方新闻标题在这里")
    assert article.paragraphs[-2:] == [PROSE, LATER]


def test_number_of_reads_decimal_digits_only() -> None:
    assert number_of("120") == 120
    assert number_of("１２０") == 120
    assert number_of("007") == 7
    assert number_of("0" * 5000 + "3") == 3
    assert number_of("9" * 5000) == 10**18
    for value in ("", "²", "①", "100%", "2e9", " 30", "-5", "30px"):
        assert number_of(value) is None


# --- lone surrogates: half of a UTF-16 pair, from a caller's str, a JSON or a JavaScript escape ----------------


def test_a_json_ld_lone_surrogate_is_written_by_the_command_line(tmp_path: Path) -> None:
    # Before: the record held '\udc00' and the CLI died with a UnicodeEncodeError traceback while writing it.
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><title>新闻标题</title><script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "新闻标题", "author": {"name": "\\udc00王清"}, "datePublished": "2024-01-02T10:00:00+08:00"}'
        f"</script></head><body><div><h1>新闻标题</h1><p>{PROSE}</p><p>{LATER}</p></div></body></html>",
        encoding="utf-8")
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "scraper", "scrape", str(page), "-o", f"{out}/"],
                            capture_output=True, text=True, cwd=ROOT, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    [written] = out.iterdir()
    record = json.loads(written.read_text(encoding="utf-8"))
    assert record["author"] == "\ufffd王清"
    assert record["paragraphs"] == [PROSE, LATER]


def test_a_lone_surrogate_in_a_str_page_keeps_its_paragraph() -> None:
    # Before: lxml dropped the text around the surrogate and the page had no article.
    page = f"<html><body><div><h1>新闻标题</h1><p>\ud800{PROSE}</p><p>\ud83d\ude00{LATER}</p></div></body></html>"
    article = scraper.extract(page, FOREIGN_URL)
    # A split pair is one character (😀); a lone half is U+FFFD.
    assert article.paragraphs == [f"\ufffd{PROSE}", f"\U0001f600{LATER}"]


def test_a_script_article_with_an_escaped_lone_surrogate_is_read() -> None:
    # Before: the unescaped markup held '\ud800', lxml refused it and the page had no article.
    value = f"<p>\\ud800{PROSE}</p><p>\\ud83d\\ude00{LATER}</p>"
    page = (f'<html><head><title>新闻标题</title><script>var article = {{"content": "{value}"}};</script></head>'
            "<body><div id='app'></div></body></html>")
    article = scraper.extract(page, FOREIGN_URL)
    assert article.paragraphs == [f"\ufffd{PROSE}", f"\U0001f600{LATER}"]


def test_a_text_dump_with_a_lone_surrogate_is_written(tmp_path: Path) -> None:
    article = scraper.extract_text(f"新闻标题\ud800\n\n{PROSE}\udfff\n\n{LATER}")
    path = scraper.write_article(article, tmp_path)
    record = json.loads(path.read_text(encoding="utf-8"))
    assert record["title"] == "新闻标题\ufffd"
    assert record["paragraphs"] == [f"{PROSE}\ufffd", LATER]


def test_a_callers_record_with_a_lone_surrogate_is_written_without_a_temp_file_left(tmp_path: Path) -> None:
    # Before: UnicodeEncodeError out of write_article, and the half-written temp file stayed in the directory.
    article = scraper.Article(url=FOREIGN_URL, title="标题\udc00", paragraphs=[PROSE])
    path = scraper.write_article(article, tmp_path / "one.json")
    assert json.loads(path.read_text(encoding="utf-8"))["title"] == "标题\ufffd"
    assert [entry.name for entry in tmp_path.iterdir()] == ["one.json"]


# --- JSON nested deeper than the parser goes: json.loads raises RecursionError, not ValueError ---------------


@pytest.mark.parametrize("block", ["[" * 100_000, '{"a": ' * 100_000, "[1, 2]", "42", "{invalid", '"text"'])
def test_a_json_ld_block_of_any_shape_leaves_the_page_read(block: str) -> None:
    # Before: the two deep blocks raised RecursionError out of extract; the shallow odd ones were read already.
    page = (f'<html><head><title>新闻标题</title><script type="application/ld+json">{block}</script></head>'
            f"<body><div><h1>新闻标题</h1><p>{PROSE}</p><p>{LATER}</p></div></body></html>")
    article = scraper.extract(page, FOREIGN_URL)
    assert article.title == "新闻标题"
    assert article.paragraphs == [PROSE, LATER]


def test_a_deep_channel_list_is_an_extract_error() -> None:
    from scraper.discover.lists import list_links

    with pytest.raises(scraper.ExtractError, match="not readable JSON"):
        list_links("data_callback(" + "[" * 100_000 + "])", "https://news.163.com/special/x_02.js")


@pytest.mark.parametrize("held", ["[" * 100_000, '{"title": "x", "a": ' + "[" * 100_000,
                                  "---\ntitle: " + "[" * 100_000 + "\n---\n"])
def test_a_deep_file_at_the_output_path_is_kept_not_raised(tmp_path: Path, held: str) -> None:
    # A user's file too deep for the parser is no record of ours: it is neither replaced nor a RecursionError.
    target = tmp_path / ("mine.md" if held.startswith("---") else "mine.json")
    target.write_text(held, encoding="utf-8")
    article = scraper.extract_text(f"新闻标题\n\n{PROSE}")
    with pytest.raises(scraper.WriteError, match="not a record written by scraper"):
        scraper.write_article(article, target)
    assert target.read_text(encoding="utf-8") == held


@pytest.mark.parametrize("held", ['{"paragraphs": [1, 2]}', '{"paragraphs": [null]}', '{"paragraphs": [["a"]]}'])
def test_a_json_file_with_paragraphs_that_are_not_text_at_the_output_path_is_kept(tmp_path: Path, held: str) -> None:
    # Before: TypeError out of write_article (the file's paragraphs were joined as strings to name its article).
    target = tmp_path / "mine.json"
    target.write_text(held, encoding="utf-8")
    article = scraper.extract_text(f"新闻标题\n\n{PROSE}")
    with pytest.raises(scraper.WriteError, match="exists and holds"):
        scraper.write_article(article, target)
    assert target.read_text(encoding="utf-8") == held


@pytest.mark.parametrize("fmt", ["pdf", "JSON", ""])
def test_an_unknown_output_format_is_a_package_error(tmp_path: Path, fmt: str) -> None:
    # Before: ValueError, the one exception of write_article and render that was not a ScraperError.
    article = scraper.extract_text(f"新闻标题\n\n{PROSE}")
    with pytest.raises(scraper.ConfigError, match="unknown"):
        scraper.write_article(article, tmp_path, output_format=fmt or None) if fmt else render(article, fmt)
    assert list(tmp_path.iterdir()) == []
