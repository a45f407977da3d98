"""Bytes -> text: BOM, declared charset (HTTP header, <meta>), then the bytes themselves.

The declared charset is a hint, not the truth: NetEase pages declare gb2312 while serving UTF-8, and
requests assumes ISO-8859-1 when a header names no charset. So the order is:

1. a BOM decides;
2. bytes that are valid UTF-8 and contain non-ASCII are UTF-8 whatever the label says (GBK text is
   almost never valid UTF-8, so this catches the lying label without hurting honest GBK pages);
3. the declared charset, with the GB family widened to gb18030 (a superset, so characters outside
   GB2312 such as 镕 survive), when the bytes decode under it;
4. detection (charset-normalizer);
5. the declared charset (or UTF-8) with replacement characters, so a page with a few bad bytes still reads.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from .errors import DecodeError

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
# Magic numbers of formats that are never a text page.
_BINARY_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"%PDF-", "a PDF document"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"RIFF", "a RIFF (WebP/WAV) file"),
    (b"\x00\x00\x01\x00", "an icon"),
)
_GB_FAMILY = {"gb2312", "gbk", "gb18030", "x-gbk", "gb_2312-80", "csgb2312", "euc-cn", "cp936", "windows-936"}
# Characters that cannot appear in XML/HTML text (lxml refuses them); NUL bytes arrive in broken saves.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_SNIFF_BYTES = 16384
_CONTROL_BYTES = bytes([*range(0, 9), 11, *range(14, 27), *range(28, 32)])
# The C0 controls _CONTROL removes, as bytes: in UTF-8, GB18030 and ASCII each is its own byte, so text
# strictly decoded from bytes free of them holds none (see _clean).
_CLEAN_BYTES = bytes([*range(0, 9), 11, 12, *range(14, 32)])


def _normalise_label(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _GB_FAMILY:
        return "gb18030"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name in {"gb2312", "gbk"}:
        return "gb18030"
    # A page's "iso-8859-1" label is, as browsers treat it, windows-1252.
    return "cp1252" if name == "latin-1" else name


def header_text(content_type: str | bytes | None) -> str | None:
    """A Content-Type header as text: bytes (as Scrapy and raw HTTP hand headers over) are read as ISO-8859-1,
    the header encoding of HTTP/1.1.

    Raises:
        DecodeError: the value is neither str nor bytes.
    """
    if content_type is None or isinstance(content_type, str):
        return content_type
    if isinstance(content_type, bytes | bytearray | memoryview):
        return bytes(content_type).decode("latin-1")
    raise DecodeError(f"content_type must be str or bytes, got {type(content_type).__name__}")


def declared_charset(data: bytes, content_type: str | bytes | None = None) -> str | None:
    """Return the charset the HTTP header or the page's <meta> declares (normalised), else None."""
    header = header_text(content_type)
    if header:
        match = _HEADER_CHARSET.search(header)
        if match:
            label = _normalise_label(match.group(1))
            if label:
                return label
    meta = _META_CHARSET.search(data[:_SNIFF_BYTES])
    if meta:
        return _normalise_label(meta.group(1).decode("ascii", "ignore"))
    return None


def _check_binary(data: bytes) -> None:
    head = data[:16]
    for magic, what in _BINARY_MAGIC:
        if head.startswith(magic):
            raise DecodeError(f"not a text page: the bytes are {what}")
    sample = data[:4096]
    # Text pages (in any encoding but UTF-16, whose BOM is handled before) hold almost no C0 control bytes;
    # images, archives and executables are full of them.
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if sample and controls * 20 > len(sample):
        raise DecodeError("not a text page: the bytes look binary")


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decode(data: bytes, content_type: str | bytes | None = None) -> tuple[str, str]:
    """Decode page bytes to text.

    Args:
        data: the bytes as served.
        content_type: the HTTP Content-Type header, if known (its charset is a hint), as str or bytes.

    Returns:
        (text, encoding used). Control characters such as NUL are removed from the text.

    Raises:
        DecodeError: the bytes are not a text page (an image, a PDF, binary data) or are empty.
    """
    if not data or not data.strip():
        raise DecodeError("empty page")
    by_bom = _by_bom(data)
    if by_bom is not None:
        return by_bom
    _check_binary(data)
    declared = declared_charset(data, content_type)
    if data.isascii():
        return _clean(data.decode("ascii"), data), declared or "ascii"
    for reading in (_as_utf8, _as_declared, _as_chinese, _as_detected):
        found = reading(data, declared)
        if found is not None:
            return found
    fallback = declared or "utf-8"
    return _clean(data.decode(fallback, "replace")), fallback


def _by_bom(data: bytes) -> tuple[str, str] | None:
    """Step 1: a byte order mark decides."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _clean(data.decode(encoding, "replace")), encoding.replace("-sig", "")
    return None


def _as_utf8(data: bytes, _declared: str | None) -> tuple[str, str] | None:
    """Step 2: valid UTF-8 with non-ASCII bytes is UTF-8, whatever the label says."""
    text = _strict(data, "utf-8")
    return (_clean(text, data), "utf-8") if text is not None else None


def _as_declared(data: bytes, declared: str | None) -> tuple[str, str] | None:
    """Step 3: the declared charset, when the bytes decode under it (or almost all of them do)."""
    if not declared or declared == "utf-8":
        return None
    text = _strict(data, declared)
    if text is not None:
        return _clean(text, data if declared == "gb18030" else None), declared
    # A real GBK page with a handful of broken bytes (truncated saves, mixed-in fragments) is still
    # GBK: trust the label when almost everything decodes, rather than a detector's guess.
    text = data.decode(declared, "replace")
    if text.count("\ufffd") * 200 < len(text):
        return _clean(text), declared
    return None


def _as_chinese(data: bytes, declared: str | None) -> tuple[str, str] | None:
    """Step 4a: unlabelled non-UTF-8 pages in this field are overwhelmingly GBK (or Big5).

    Generic detectors, trained on all the web, guess Cyrillic code pages for them: prefer the Chinese
    reading that fits. A utf-8 label that step 2 refuted counts as none: templates and proxies that
    re-encode a page to GBK often leave its utf-8 label behind.
    """
    return _chinese_reading(data) if not declared or declared == "utf-8" else None


def _as_detected(data: bytes, _declared: str | None) -> tuple[str, str] | None:
    """Step 4b: detection (charset-normalizer), when its guess decodes the bytes."""
    best = from_bytes(data[: 256 * 1024]).best()
    if best is None or not best.encoding:
        return None
    guess = _normalise_label(best.encoding) or best.encoding
    text = _strict(data, guess)
    return (_clean(text), guess) if text is not None else None


def _chinese_reading(data: bytes) -> tuple[str, str] | None:
    """gb18030 or Big5 when one of them reads the bytes with (almost) no errors."""
    readings = []
    # gb18030 first: on a tie (GBK bytes often read as Big5 without errors, as nonsense) it wins.
    for rank, encoding in enumerate(("gb18030", "big5")):
        text = data.decode(encoding, "replace")
        readings.append((text.count("\ufffd"), rank, encoding, text))
    errors, _rank, encoding, text = min(readings)
    if errors * 500 <= len(text):
        return _clean(text), encoding
    return None


def _clean(text: str, source: bytes | None = None) -> str:
    # `source`: the UTF-8, GB18030 or ASCII bytes `text` was strictly decoded from. Scanning a long CJK str
    # with the regex costs as much as decoding it; a byte-level check and two single-character searches
    # (C loops) prove most pages clean.
    if (
        source is not None
        and len(source.translate(None, _CLEAN_BYTES)) == len(source)
        and "\ufffe" not in text
        and "\uffff" not in text
    ):
        return text
    return _CONTROL.sub("", text) if _CONTROL.search(text) else text


def well_formed(text: str) -> str:
    """`text` as Unicode that encodes: a split surrogate pair joined into its character, a lone surrogate
    replaced by U+FFFD.

    Bytes never decode to a surrogate, but a caller's str, a JavaScript escape (\\ud83d\\ude00 is one emoji
    written as two halves) or a JSON string (\\ud800) can hold them, and a record holding one cannot be
    written as UTF-8 nor parsed by lxml.
    """
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
