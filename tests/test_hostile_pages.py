"""Hostile values in ordinary places of a page: each input here raised a non-package exception out of
`extract` (or out of writing its record) before the fix its test names, and must now read as a page does.
"""

from __future__ import annotations

import pytest

import scraper
from scraper.extract.tree import number_of

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
