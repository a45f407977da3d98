"""What a user hands in -> what to read: a URL to fetch or a saved page on disk.

The same rules hold for `scraper scrape` arguments and the lines of a `scraper batch` URL list:

1. an http(s) URL is fetched;
2. an existing local path wins over any other reading (a folder for `scrape` means its saved pages);
3. a line whose first segment looks like a host (`www.163.com/…`: dotted labels ending in a real top-level
   domain, an optional port) is read as https:// and says so (`kind` "https-assumed");
4. anything else is an input error that says what is missing.
"""

from __future__ import annotations

import codecs
import io
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from tld import is_tld

from .errors import InputError

URL, FILE, HTTPS_ASSUMED = "url", "file", "https-assumed"
PAGE_SUFFIXES = (".html", ".htm", ".txt")

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
# The byte order marks a list may open with, longest first: UTF-32's little-endian mark begins with UTF-16's.
_LIST_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
              (codecs.BOM_UTF16_BE, "utf-16"))
# How much of a list's opening is looked at for its encoding and for bytes no text holds.
_LIST_HEAD = 4096
_HOST = re.compile(r"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+([A-Za-z]{2,63})(?::\d{1,5})?$")


@dataclass(frozen=True, slots=True)
class Source:
    """One input, resolved.

    Attributes:
        given: the input as the user wrote it.
        kind: "url", "file", or "https-assumed" (a bare host and path, read as https://).
        target: the URL to fetch, or the path of the file to read.
    """

    given: str
    kind: str
    target: str

    @property
    def is_file(self) -> bool:
        """True for a saved page on disk."""
        return self.kind == FILE


def on_disk(path: str | os.PathLike[str]) -> bool:
    """`Path.exists`, but False where the system refuses to look the name up (longer than a file name may be,
    a path too long) instead of raising: such a name names nothing on disk."""
    try:
        return Path(path).exists()
    except (OSError, ValueError):
        return False


def is_folder(path: str | os.PathLike[str]) -> bool:
    """`Path.is_dir`, False where the system refuses to look the name up (as `on_disk`)."""
    try:
        return Path(path).is_dir()
    except (OSError, ValueError):
        return False


def looks_like_host(segment: str) -> bool:
    """True when `segment` reads as a host name (`www.163.com`, `news.sina.com.cn:8080`), not a file name."""
    match = _HOST.match(segment)
    return match is not None and bool(is_tld(match.group(1).lower()))


def resolve(text: str | os.PathLike[str] | os.PathLike[bytes]) -> Source:
    """Decide what an input is: an http(s) URL, an existing local file, or a host and path without a scheme.

    Raises:
        InputError: none of these: an unsupported scheme, or a missing file that is no URL either.
    """
    if isinstance(text, os.PathLike):
        text = os.fsdecode(text)  # a path object may give bytes, which str() would spell as "b'...'"
    if not isinstance(text, str) or not text.strip():
        raise InputError("no URL or path given" if not text else f"expected a URL or a path, got {type(text).__name__}")
    target = text.strip()
    scheme_match = _SCHEME.match(target)
    scheme = scheme_match.group(1).lower() if scheme_match else ""
    if scheme in {"http", "https"}:
        return Source(text, URL, target)
    try:
        path = Path(os.path.expanduser(target))
    except ValueError:  # ~name looks a user up, and a name with NUL or unencodable characters is none
        path = Path(target)
    if on_disk(path):
        return Source(text, FILE, str(path))
    if looks_like_host(target.split("/", 1)[0]):
        return Source(text, HTTPS_ASSUMED, f"https://{target}")
    # A one-letter scheme is a Windows drive (C:\\page.html), so a path; other schemes are URLs we do not fetch.
    if len(scheme) > 1:
        raise InputError(f"unsupported URL scheme {scheme!r}: only http and https", url=target)
    raise InputError("no such file, and not a URL: missing http:// or https://", url=target)


def page_files(directory: Path) -> list[Path]:
    """The saved pages of a folder (`.html`, `.htm`, `.txt`, not recursive), sorted by name.

    Raises:
        InputError: the folder cannot be listed or holds no saved page.
    """
    try:
        files = sorted(p for p in directory.iterdir() if p.suffix.lower() in PAGE_SUFFIXES and p.is_file())
    except OSError as exc:
        raise InputError(f"cannot list {directory}: {exc.strerror or exc}", url=str(directory)) from exc
    if not files:
        raise InputError(f"{directory} holds no {', '.join(PAGE_SUFFIXES)} file", url=str(directory))
    return files


__all__ = [
    "FILE",
    "HTTPS_ASSUMED",
    "PAGE_SUFFIXES",
    "URL",
    "Source",
    "is_folder",
    "list_lines",
    "looks_like_host",
    "on_disk",
    "page_files",
    "resolve",
]


def list_lines(raw: IO[bytes]) -> io.TextIOWrapper:
    """The lines of a URL list as text, read as they come (a list may be a pipe).

    A UTF-16 or UTF-32 byte order mark says the encoding (Windows editors save "Unicode" text so), else UTF-8,
    its own mark dropped. Bytes that are not of that encoding (a list saved as GBK) read as U+FFFD: the line
    holding them fails as an input of its own, recorded, instead of ending the batch with a decoding error.

    Raises:
        InputError: the list opens with NUL bytes outside UTF-16 or UTF-32: it is no text (an image, an
            archive, a device such as /dev/zero that never ends), and its lines would be garbage, or one
            endless line.
    """
    peek = getattr(raw, "peek", None)  # a buffered file or pipe looks ahead without consuming
    head = peek(_LIST_HEAD)[:_LIST_HEAD] if peek is not None else b""
    encoding = next((name for bom, name in _LIST_BOMS if head.startswith(bom)), "utf-8-sig")
    if encoding == "utf-8-sig" and b"\0" in head:
        raise InputError("not a text list of URLs: it holds NUL bytes (a binary file, or UTF-16 without its byte "
                         "order mark)")
    return io.TextIOWrapper(raw, encoding=encoding, errors="replace")
