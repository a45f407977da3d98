"""Decoding bytes: BOM, labels, lying labels, GB family as gb18030, binary refused."""

from __future__ import annotations

import pytest

from scraper.decode import declared_charset, decode
from scraper.errors import DecodeError, ScraperError

TEXT = "朱镕基出席会议，强调：一要坚持。"  # 镕 is outside GB2312: only gb18030/gbk decode it


def page(body: str, charset: str | None) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return f"<html><head>{meta}<title>t</title></head><body><p>{body}</p></body></html>"


def test_gbk_bytes_with_gb2312_label_read_as_gb18030() -> None:
    data = page(TEXT, "gb2312").encode("gb18030")
    text, encoding = decode(data)
    assert TEXT in text
    assert encoding == "gb18030"


def test_lying_gb2312_label_on_utf8_bytes_is_caught() -> None:
    data = page(TEXT, "gb2312").encode("utf-8")
    text, encoding = decode(data)
    assert TEXT in text
    assert encoding == "utf-8"


def test_header_charset_used_when_meta_absent() -> None:
    data = page(TEXT, None).encode("gb18030")
    text, encoding = decode(data, "text/html; charset=GBK")
    assert TEXT in text and encoding == "gb18030"


def test_no_label_at_all_is_detected() -> None:
    data = page(TEXT * 20, None).encode("gb18030")
    text, _ = decode(data)
    assert TEXT in text


def test_utf8_bom_wins() -> None:
    data = b"\xef\xbb\xbf" + page(TEXT, "gbk").encode("utf-8")
    text, encoding = decode(data)
    assert TEXT in text and encoding == "utf-8"


def test_utf16_with_bom() -> None:
    data = page(TEXT, None).encode("utf-16")
    text, encoding = decode(data)
    assert TEXT in text and encoding == "utf-16"


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "PNG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (bytes(range(256)) * 20, "binary"),
    ],
)
def test_non_text_bytes_raise_decode_error(data: bytes, what: str) -> None:
    with pytest.raises(DecodeError, match=what) as info:
        decode(data)
    assert isinstance(info.value, ScraperError)


def test_nul_bytes_are_removed() -> None:
    text, _ = decode(page("正文\x00内容", "utf-8").encode("utf-8"))
    assert "\x00" not in text and "正文内容" in text


def test_declared_charset_reads_header_before_meta() -> None:
    data = page("x", "utf-8").encode()
    assert declared_charset(data, "text/html; charset=gb2312") == "gb18030"
    assert declared_charset(data, None) == "utf-8"
    assert declared_charset(b"<html></html>", None) is None


def test_content_type_as_bytes_is_read_like_str() -> None:
    # Scrapy hands headers over as bytes: `extract(..., content_type=response.headers["Content-Type"])`.
    import scraper

    data = ("<html><head><title>会议</title></head><body><article><h1>会议召开</h1>"
            + "".join(f"<p>{TEXT}第{n}段正文内容足够长。</p>" for n in range(3)) + "</article></body></html>").encode("gbk")
    assert declared_charset(data, b"text/html; charset=GBK") == declared_charset(data, "text/html; charset=GBK")
    assert declared_charset(data, b"text/html; charset=GBK") == "gb18030"
    from_bytes = scraper.extract(data, "https://example.com/a.html", content_type=b"text/html; charset=GBK")
    from_str = scraper.extract(data, "https://example.com/a.html", content_type="text/html; charset=GBK")
    assert from_bytes == from_str
    assert any(TEXT in paragraph for paragraph in from_bytes.paragraphs)
    with pytest.raises(ScraperError, match="content_type must be str or bytes"):
        scraper.extract(data, content_type=5)  # type: ignore[arg-type]
