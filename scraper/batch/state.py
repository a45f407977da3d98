"""Resumable batch state: a SQLite file (the truth) and the JSON Lines output kept consistent with it.

Exactly-once design
-------------------
One thread (the batch's main thread) writes both the state and the output, one URL at a time:

1. the record line is appended to the JSONL output and fsynced;
2. then, in one SQLite transaction, the URL is marked ``ok`` together with ``out_end``: the byte offset of
   the output just after its line.

Because appends and commits alternate in that order, at any instant (a kill -9, a power cut) the output
holds exactly the lines of the committed URLs, as a prefix ending at ``MAX(out_end)``, possibly followed by
one line (whole or torn) whose commit did not happen. On open, `OutputLog` (in `outputs`, with the other files
a batch writes) truncates the file back to ``MAX(out_end)``. Hence after every resume:

- every URL marked ``ok`` has its line in the output (it was fsynced before the commit), exactly once
  (lines are only ever appended for ``pending`` URLs, and a URL leaves ``pending`` in the same commit);
- every line in the output belongs to a URL marked ``ok`` (anything past the committed end is cut);
- a URL whose line was cut is still ``pending`` and is fetched again.

Failures and robots skips carry no output line: they are rows of the state, and the errors file is
rewritten from the state (atomically) at the start and the end of every run, so a URL that succeeds on
``--retry-failed`` leaves it. Each input URL is one row (keyed by its identity, see `extract.rules.netease.identity_key`),
so it ends exactly once among records, errors or skips.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from ..errors import ConfigError, WriteError
from ..warc import WarcLog, warcinfo_record
from .outputs import OutputLock, OutputLog, prepare_outputs, refuse_foreign, remove_outputs, state_paths, write_errors


class Status(StrEnum):
    """What became of a URL (`Result.status`, the state's `status` column; the stored values never change,
    so a state file written by an older version resumes)."""

    PENDING = "pending"  # not done yet (never in a Result)
    OK = "ok"
    FAILED = "failed"
    SKIPPED = "skipped"  # robots.txt disallows it


def counts_line(ok: int, failed: int, skipped: int | None, duplicates: int = 0, pending: int = 0) -> str:
    """The counts as every run's summary line words them ("N ok, M failed, K skipped (robots)", then the
    duplicates ignored and the URLs not done, where there are any), so `batch`, its stream, its WARC reading and
    `crawl` report alike. `skipped` is None for a run that asks no robots.txt (a WARC's pages)."""
    text = f"{ok} ok, {failed} failed" + (f", {skipped} skipped (robots)" if skipped is not None else "")
    if duplicates:
        text += f", {duplicates} duplicate(s) ignored"
    if pending:
        text += f", {pending} not done (run the same command again to resume)"
    return text


class Stage(StrEnum):
    """Where a URL ended (`Result.stage`, the `stage` of errors files and of the state)."""

    DONE = "done"  # extracted
    INPUT = "input"  # not a usable URL
    ROBOTS = "robots"
    FETCH = "fetch"
    EXTRACT = "extract"
    WRITE = "write"


_SCHEMA = """
CREATE TABLE IF NOT EXISTS urls (
    key         TEXT PRIMARY KEY,      -- identity of the URL (a NetEase doc id, or the normalised URL)
    seq         INTEGER NOT NULL,      -- input order
    input_url   TEXT NOT NULL,         -- the line as given (first form seen)
    status      TEXT NOT NULL DEFAULT 'pending',
    url         TEXT,                  -- final URL after redirects
    stage       TEXT,                  -- input / robots / fetch / extract / write, for failures and skips
    error_type  TEXT,
    message     TEXT,
    http_status INTEGER,
    attempts    INTEGER,
    out_end     INTEGER,               -- output offset just past this URL's line (ok only)
    finished_at TEXT,
    warc_end    INTEGER                -- WARC offset just past this URL's records (with --warc)
);
CREATE INDEX IF NOT EXISTS urls_status ON urls(status, seq);
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


class BatchState:
    """The SQLite state of one batch output. Use from one thread."""

    def __init__(self, path: Path) -> None:
        """Open (or create) the state file in WAL mode."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WriteError(f"cannot create {path.parent}: {exc.strerror or exc}") from exc
        try:
            self._db = sqlite3.connect(path, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            # NORMAL is enough: a lost commit after a power cut only means the URL is fetched again, since
            # its output line (fsynced before the commit) lies past the committed end and is cut on resume.
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)
            columns = {row[1] for row in self._db.execute("PRAGMA table_info(urls)")}
            if "warc_end" not in columns:  # a state written before WARC output existed
                self._db.execute("ALTER TABLE urls ADD COLUMN warc_end INTEGER")
        except sqlite3.Error as exc:
            raise WriteError(f"cannot open batch state {path}: {exc}") from exc
        self.path = path

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    def add(self, entries: Iterable[tuple[str, str, dict[str, Any] | None]]) -> int:
        """Insert input URLs (key, input_url, error-or-None) not yet known; return how many were new.

        An entry with an error (an invalid input line) is stored as failed at stage "input".
        """
        new = 0
        with self._transaction():
            (seq,) = self._db.execute("SELECT COALESCE(MAX(seq), 0) FROM urls").fetchone()
            for key, input_url, error in entries:
                seq += 1
                if error is None:
                    cursor = self._db.execute(
                        "INSERT OR IGNORE INTO urls(key, seq, input_url) VALUES (?, ?, ?)", (key, seq, input_url)
                    )
                else:
                    cursor = self._db.execute(
                        "INSERT OR IGNORE INTO urls(key, seq, input_url, status, stage, error_type, message,"
                        " attempts, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)",
                        (key, seq, input_url, Status.FAILED, Stage.INPUT, error["error"], error["message"], _now()),
                    )
                new += cursor.rowcount
        return new

    def retry_failed(self, *, skipped_too: bool) -> int:
        """Put failed URLs (and robots skips if asked) back to pending; invalid input lines stay failed."""
        statuses = (Status.FAILED, Status.SKIPPED) if skipped_too else (Status.FAILED,)
        marks = ",".join("?" for _ in statuses)
        with self._transaction():
            cursor = self._db.execute(
                f"UPDATE urls SET status=?, stage=NULL, error_type=NULL, message=NULL, http_status=NULL "
                f"WHERE status IN ({marks}) AND COALESCE(stage, '') != ?",
                (Status.PENDING, *statuses, Stage.INPUT),
            )
        return cursor.rowcount

    def pending(self) -> list[tuple[str, str]]:
        """Return (key, input_url) of the URLs still to do, in input order."""
        rows = self._db.execute("SELECT key, input_url FROM urls WHERE status=? ORDER BY seq", (Status.PENDING,))
        return [(str(key), str(url)) for key, url in rows]

    def status(self, key: str) -> Status | None:
        """The status of one URL (pending, ok, failed, skipped), or None when unknown."""
        row = self._db.execute("SELECT status FROM urls WHERE key=?", (key,)).fetchone()
        return None if row is None else Status(row[0])

    def committed_end(self) -> int:
        """Offset of the output just past the last committed line (0 when none)."""
        (end,) = self._db.execute("SELECT COALESCE(MAX(out_end), 0) FROM urls WHERE status=?", (Status.OK,)).fetchone()
        return int(end)

    def committed_warc_end(self) -> int:
        """Offset of the WARC just past the last committed records (0 when none)."""
        (end,) = self._db.execute("SELECT COALESCE(MAX(warc_end), 0) FROM urls").fetchone()
        info = self.get_meta("warc_start")
        return max(int(end), int(info or 0))

    def get_meta(self, name: str) -> str | None:
        """A value of the batch's own settings (e.g. which WARC it writes), or None."""
        row = self._db.execute("SELECT value FROM meta WHERE name=?", (name,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, name: str, value: str) -> None:
        """Set a value of the batch's own settings."""
        with self._transaction():
            self._db.execute("INSERT OR REPLACE INTO meta(name, value) VALUES (?, ?)", (name, value))

    def mark_ok(self, key: str, url: str | None, attempts: int, out_end: int, warc_end: int | None = None) -> None:
        """Record a success whose line ends at `out_end` in the output (call after the line is fsynced), and
        whose WARC records end at `warc_end` (when a WARC is written)."""
        with self._transaction():
            self._db.execute(
                "UPDATE urls SET status=?, url=?, stage=NULL, error_type=NULL, message=NULL, http_status=NULL,"
                " attempts=?, out_end=?, finished_at=?, warc_end=COALESCE(?, warc_end) WHERE key=?",
                (Status.OK, url, attempts, out_end, _now(), warc_end, key),
            )

    def mark_error(self, key: str, status: Status, error: dict[str, Any], warc_end: int | None = None) -> None:
        """Record a failure or a skip with its error record (stage, error, message, status, attempts, url)."""
        with self._transaction():
            self._db.execute(
                "UPDATE urls SET status=?, url=?, stage=?, error_type=?, message=?, http_status=?, attempts=?,"
                " finished_at=?, warc_end=COALESCE(?, warc_end) WHERE key=?",
                (status, error.get("url"), error.get("stage"), error.get("error"), error.get("message"),
                 error.get("status"), error.get("attempts"), _now(), warc_end, key),
            )

    def errors(self) -> Iterator[dict[str, Any]]:
        """The error records of failed and skipped URLs, in input order."""
        rows = self._db.execute(
            "SELECT input_url, url, stage, error_type, message, http_status, attempts, status, finished_at"
            " FROM urls WHERE status IN (?, ?) ORDER BY seq", (Status.FAILED, Status.SKIPPED)
        )
        for input_url, url, stage, error_type, message, http_status, attempts, status, finished_at in rows:
            yield {
                "input_url": input_url,
                "url": url,
                "stage": stage,
                "error": error_type,
                "message": message,
                "status": http_status,
                "attempts": attempts,
                "skipped": status == Status.SKIPPED,
                "finished_at": finished_at,
            }

    def counts(self) -> dict[Status, int]:
        """Number of URLs per status (pending, ok, failed, skipped)."""
        result = dict.fromkeys(Status, 0)
        for status, count in self._db.execute("SELECT status, COUNT(*) FROM urls GROUP BY status"):
            result[Status(status)] = int(count)
        return result

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT (ROLLBACK on error), with sqlite errors turned into WriteError."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise WriteError(f"batch state: {exc}") from exc

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> None:
        if exc is not None:
            self._db.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise WriteError(f"batch state: {exc}") from exc
            return
        try:
            self._db.execute("COMMIT")
        except sqlite3.Error as error:
            raise WriteError(f"batch state: {error}") from error


def open_warc(state: BatchState, path: Path, info: dict[str, str]) -> WarcLog:
    """Open the batch's WARC for appending, cut back to what the state has committed.

    A new WARC starts with a warcinfo record. A file the state knows nothing about is never cut or appended
    to, and resuming with another WARC than the batch started with is refused (each would hold half a batch).

    Raises:
        ConfigError: the file exists but this batch did not write it, the batch writes another WARC, or the
            file is shorter than the state records (edited by hand).
        WriteError: the file cannot be opened or written.
    """
    name = str(path.resolve())
    known = state.get_meta("warc_path")
    if known is None:
        if path.exists() and path.stat().st_size > 0:
            raise ConfigError(f"{path} already exists and this batch did not write it: name a new WARC, "
                              "or add --fresh to start the batch (and this WARC) over")
        state.set_meta("warc_path", name)
    elif known != name:
        raise ConfigError(f"this batch writes its WARC to {known}: resume with that --warc, or add --fresh")
    committed = state.committed_warc_end()
    if path.exists() and path.stat().st_size < committed:
        raise ConfigError(f"{path} is shorter than its batch state records ({path.stat().st_size} < {committed} "
                          "bytes): it was edited or truncated; run again with --fresh to start over")
    log = WarcLog(path, committed)
    if log.end == 0:  # also after a kill between the state's note and the warcinfo's commit
        state.set_meta("warc_start", str(log.append(warcinfo_record(path.name, info))))
    return log


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def known_keys(output: Path) -> set[str]:
    """The identity keys the state of `output` already holds (done, failed, skipped or pending); empty when
    there is no state yet. Discovery leaves these out, so a daily run fetches only new articles.

    Raises:
        WriteError: the state exists but cannot be read.
    """
    _, path = state_paths(output)
    if not path.exists():
        return set()
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return {key for (key,) in db.execute("SELECT key FROM urls")}
        finally:
            db.close()
    except sqlite3.Error as exc:
        raise WriteError(f"cannot read batch state {path}: {exc}") from exc


__all__ = ["BatchState", "OutputLock", "OutputLog", "Stage", "Status", "counts_line", "known_keys", "open_warc",
           "prepare_outputs", "refuse_foreign", "remove_outputs", "state_paths", "write_errors"]
