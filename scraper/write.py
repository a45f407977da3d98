"""Article -> JSON file or JSON Lines, written so that a crash never leaves a torn file."""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
from pathlib import Path
from typing import IO, Any

from .errors import WriteError
from .model import Article

_SAFE = re.compile(r"[^0-9A-Za-z._-]+")


def dumps(record: dict[str, Any], *, compact: bool = False) -> str:
    """Serialise a record as UTF-8 JSON text (Chinese kept as is, not \\u-escaped)."""
    if compact:
        return json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(record, ensure_ascii=False, indent=2)


def safe_name(article: Article) -> str:
    """Return a file name for the article that cannot leave its directory: `<doc_id or slug>.json`."""
    stem = article.doc_id or ""
    if not stem and article.url:
        stem = article.url.split("://", 1)[-1]
    if not stem and article.title:
        stem = article.title
    stem = _SAFE.sub("_", stem).strip("._")[:120] or "article"
    return f"{stem}.json"


def write_text_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` through a temp file in the same directory and a rename."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise WriteError(f"cannot write {path}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise WriteError(f"cannot write {path}: {exc.strerror or exc}") from exc


def write_article(
    article: Article,
    path_or_dir: str | os.PathLike[str],
    *,
    compact: bool = False,
    extra: dict[str, Any] | None = None,
) -> Path:
    """Write the article's record as UTF-8 JSON, atomically.

    Args:
        article: the record to write.
        path_or_dir: a file path (ends in .json) or a directory, which gets `<doc_id or slug>.json`.
        compact: one line instead of indented JSON.
        extra: keys added to the record (the batch adds `input_url`, `scraped_at`).

    Returns:
        The path written.

    Raises:
        WriteError: the file cannot be written.
    """
    target = Path(path_or_dir)
    if target.suffix.lower() != ".json" or target.is_dir():
        target = target / safe_name(article)
    record = article.to_dict()
    if extra:
        record.update(extra)
    write_text_atomic(target, dumps(record, compact=compact) + "\n")
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


def append_jsonl(handle: IO[str], record: dict[str, Any]) -> None:
    """Append one record as one line and flush it to disk, so a kill never leaves half a line."""
    line = dumps(record, compact=True) + "\n"
    try:
        handle.write(line)
        handle.flush()
        os.fsync(handle.fileno())
    except OSError as exc:
        raise WriteError(f"cannot append to {getattr(handle, 'name', 'output')}: {exc.strerror or exc}") from exc
