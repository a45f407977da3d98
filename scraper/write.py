"""Article -> a file (JSON, plain text or Markdown), written so that a crash never leaves a torn file and a
different article never replaces another's file.

A directory gets one file per article, named after what identifies it: the NetEase doc id, else a slug of the
URL with a short hash of it, else a short hash of the text. A name already taken by another article's file
(or by a file that is not a record) moves the new one to `<name>-2`, `-3` …; the same article written again
replaces its own file. A file path given explicitly is replaced only when it holds the same article.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import stat
import tempfile
import threading
from pathlib import Path
from typing import IO, Any

from .decode import well_formed
from .errors import ConfigError, WriteError
from .inputs import is_folder
from .model import Article
from .render import EXTENSIONS, FORMATS, dumps, fingerprint, identity, read_header, render

log = logging.getLogger(__name__)

_SAFE = re.compile(r"[^0-9A-Za-z._-]+")
_PAGE_SUFFIX = re.compile(r"[._](?:s?html?|php|aspx?|jsp)$", re.IGNORECASE)
_MAX_STEM = 120
_MAX_TRIES = 1000
# Files we read back to learn which article they hold are records, not pages: anything bigger is not ours.
_MAX_RECORD_BYTES = 64 * 1024 * 1024


def _safe(text: str, limit: int = _MAX_STEM) -> str:
    return _SAFE.sub("_", text).strip("._-")[:limit].strip("._-")


def file_stem(article: Article) -> str:
    """The name of the article's file without extension; it cannot leave its directory.

    `<doc_id>`, else `<slug of the URL>-<8 hex of its hash>`, else `article-<12 hex of the text's hash>`.
    """
    if article.doc_id and _safe(article.doc_id):
        return _safe(article.doc_id)
    if article.url:
        digest = hashlib.sha256(article.url.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        slug = _PAGE_SUFFIX.sub("", article.url.split("://", 1)[-1].split("?", 1)[0].split("#", 1)[0])
        return f"{_safe(slug, 100) or 'page'}-{digest}"
    return f"article-{fingerprint(article.title, article.paragraphs)}"


def file_name(article: Article, output_format: str = "json") -> str:
    """The article's file name in a directory, for `output_format` ("json", "txt", "md")."""
    return file_stem(article) + EXTENSIONS[output_format]


def format_of(path: str | os.PathLike[str]) -> str | None:
    """The output format a file name asks for by its extension (`.json`, `.txt`, `.md`), or None."""
    suffix = Path(path).suffix.lower()
    return next((fmt for fmt, ext in EXTENSIONS.items() if ext == suffix), None)


def is_file_target(path: str | os.PathLike[str]) -> bool:
    """True when an output path names a file (it ends in .json, .txt or .md and is no directory)."""
    return format_of(path) is not None and not is_folder(path)


def write_text_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` through a temp file in the same directory and a rename.

    The file gets the mode a plain `open()` would give it (0644 under umask 0022), or keeps the mode of the
    file it replaces; the temp file's own 0600 is not left behind. A lone surrogate in `text` (a caller's
    record) is written as U+FFFD: UTF-8 has no form for it.
    """
    path = Path(path)
    text = well_formed(text)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise WriteError(f"cannot write {path}: {exc.strerror or exc}") from exc
    try:
        os.fchmod(fd, _mode_for(path))
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise WriteError(f"cannot write {path}: {exc.strerror or exc}") from exc


def _mode_for(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0o666 & ~current_umask()


_umask_lock = threading.Lock()


def current_umask() -> int:
    """The process umask, read without changing it where the system allows (Linux), else set and restored."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    with _umask_lock:  # os.umask can only be read by setting it: keep the window small and serialised
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def holder(path: Path) -> str | None:
    """Which article the file at `path` holds (see `render.identity`); "" for a file that is no record of ours,
    None when there is no file.
    """
    try:
        size = path.stat().st_size
    except OSError:  # nothing there (or no way there: the write will say why)
        return None
    try:
        if size > _MAX_RECORD_BYTES:
            return ""
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""
    if text.lstrip().startswith("{"):
        try:
            record = json.loads(text)
        except (ValueError, RecursionError):  # RecursionError: nested deeper than the parser goes
            return ""
        return identity(record) if isinstance(record, dict) else ""
    header = read_header(text)
    return identity(header) if header is not None else ""


def write_article(
    article: Article,
    path_or_dir: str | os.PathLike[str],
    *,
    compact: bool = False,
    extra: dict[str, Any] | None = None,
    output_format: str | None = None,
) -> Path:
    """Write the article's record, atomically, without replacing another article's file.

    Args:
        article: the record to write.
        path_or_dir: a file path (ending in .json, .txt or .md) or a directory, which gets `file_name(article)`;
            if that name holds another article, `<stem>-2`, `-3` … (logged as a warning).
        compact: one line instead of indented JSON.
        extra: keys added to the record (the batch adds `input_url`, `scraped_at`).
        output_format: "json", "txt" or "md"; by default the file path's extension, else JSON.

    Returns:
        The path written.

    Raises:
        WriteError: the file cannot be written, or the file path given holds another article.
        ConfigError: an unknown output format (a ScraperError: nothing else leaves the package).
    """
    if not isinstance(article, Article) or not isinstance(path_or_dir, str | os.PathLike):
        raise WriteError(f"write_article takes an Article and a path, got {type(article).__name__} and "
                         f"{type(path_or_dir).__name__}")
    target = Path(path_or_dir)
    fmt = output_format or format_of(target) or "json"
    if fmt not in FORMATS:
        raise ConfigError(f"unknown output format {fmt!r}: one of {', '.join(FORMATS)}")
    key = identity(article.to_dict())
    if is_file_target(target):
        found = holder(target)
        if found not in (None, key):
            raise WriteError(f"{target} exists and holds {_describe(found)}, not this article "
                             f"({_describe(key)}): remove it or write to another name")
    else:
        target = _free_path(target, article, fmt, key)
    try:
        text = render(article, fmt, compact=compact, extra=extra)
    except (TypeError, ValueError) as exc:  # a value of `extra` JSON cannot write
        raise WriteError(f"cannot write the record: {exc}") from exc
    write_text_atomic(target, text)
    return target


def append_whole(handle: IO[bytes], data: bytes, end: int, path: Path) -> int:
    """Append `data` at `end` of an unbuffered file, fsync, and return the new end; on failure cut the file
    back to `end`, so what comes next (a retry, a resume) never follows half a line or half a record.

    Raises:
        WriteError: the data cannot be written (a full disk, an I/O error).
    """
    try:
        view = memoryview(data)
        while view:  # a raw write may be partial (a disk filling up) before it fails
            view = view[handle.write(view) or 0 :]
        os.fsync(handle.fileno())
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.ftruncate(handle.fileno(), end)
        raise WriteError(f"cannot append to {path}: {exc.strerror or exc}") from exc
    return end + len(data)


def _free_path(directory: Path, article: Article, fmt: str, key: str) -> Path:
    """The article's path in `directory`: its own name, else the first `-N` variant free or holding it."""
    stem, suffix = file_stem(article), EXTENSIONS[fmt]
    first = directory / f"{stem}{suffix}"
    for number in range(1, _MAX_TRIES + 1):
        path = first if number == 1 else directory / f"{stem}-{number}{suffix}"
        found = holder(path)
        if found is None or found == key:
            if number > 1:
                log.warning("%s holds %s: wrote %s (%s) to %s", first, _describe(holder(first) or ""),
                            _describe(key), article.title or "untitled", path.name)
            return path
    raise WriteError(f"cannot find a free name for {_describe(key)} in {directory} ({stem}-2 … "
                     f"{stem}-{_MAX_TRIES}{suffix} are taken)")


def _describe(key: str) -> str:
    kind, _, value = key.partition(":")
    described = {"doc": f"doc id {value}", "url": f"URL {value}", "title": f"the article titled {value!r}",
                 "text": f"the article with text hash {value}"}
    return described.get(kind, "something that is not a record written by scraper")


__all__ = ["append_whole", "dumps", "file_name", "file_stem", "format_of", "holder", "is_file_target", "write_article",
           "write_text_atomic"]
