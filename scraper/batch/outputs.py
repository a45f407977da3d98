"""The files a batch writes beside its state: the JSON Lines output, the errors file, and the lock that keeps a
second run off them.

`OutputLog` appends a record line and fsyncs it before the state commits the URL, and on open cuts the output
back to the state's committed end: the exactly-once design is in `scraper.batch.state`'s docstring. Before a
batch opens its state, `prepare_outputs` removes what earlier runs left (--fresh) or refuses files no batch
wrote; the errors file is rewritten whole from the state (`write_errors`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import ConfigError, WriteError
from ..write import append_whole, dumps, write_text_atomic


def state_paths(output: Path) -> tuple[Path, Path]:
    """Return (errors file, state file) for an output path: `<stem>.errors.jsonl`, `<name>.state.sqlite`."""
    return output.with_name(f"{output.stem}.errors.jsonl"), output.with_name(f"{output.name}.state.sqlite")


# How every line a batch writes opens, and a key each holds soon after: a record line (`url` is the record's
# first key, `input_url` its second) and an errors-file line. A file that opens otherwise is no batch's.
_RECORD_HEAD = (b'{"url":', b'"input_url":')
_ERRORS_HEAD = (b'{"input_url":', b'"stage":')
_HEAD_BYTES = 16384


def prepare_outputs(output: Path, *, fresh: bool, warc: Path | None = None) -> None:
    """Before a batch opens its state: with `fresh`, remove what earlier runs left (`remove_outputs`);
    without it, refuse files no batch wrote (`claim_outputs`)."""
    if fresh:
        remove_outputs(output, warc)
    else:
        claim_outputs(output)


def claim_outputs(output: Path) -> None:
    """Refuse to start a batch over an output or errors file that no batch wrote.

    A batch without its state file starts over: it cuts its output back to nothing and rewrites its errors
    file. That is right for what an earlier run wrote (a run killed before its first commit, a state deleted
    to start over), but a file of the user's at that path (notes, another tool's JSON Lines) would be lost.

    Raises:
        ConfigError: such a file is there; `--fresh` (remove_outputs) replaces it on purpose.
        WriteError: it cannot be read.
    """
    _, state = state_paths(output)
    if not state.exists():
        refuse_foreign(output, f"there is no {state.name} beside it")


def refuse_foreign(output: Path, why: str, advice: str = "give -o another file, or run with --fresh to replace it") -> None:
    """Raise ConfigError when the output `output` or its errors file holds something no batch or crawl wrote
    (`why` says why the question is asked, `advice` what the user may do instead).

    Raises:
        ConfigError: such a file is there.
        WriteError: it cannot be read.
    """
    errors, _ = state_paths(output)
    for path, (opening, key) in ((output, _RECORD_HEAD), (errors, _ERRORS_HEAD)):
        head = _head(path)
        # A first line torn by a kill holds the opening alone, and is the whole file.
        if head and not (head.startswith(opening) and (key in head or b"\n" not in head)):
            raise ConfigError(
                f"{path} exists and holds something no batch wrote ({why}): {advice}"
            )


def _head(path: Path) -> bytes:
    """The first bytes of a regular file (nothing for a missing file, a device or a pipe: none is cut)."""
    try:
        if not path.is_file():
            return b""
        with open(path, "rb") as handle:
            return handle.read(_HEAD_BYTES)
    except OSError as exc:
        raise WriteError(f"cannot read {path}: {exc.strerror or exc}") from exc


def remove_outputs(output: Path, warc: Path | None = None) -> None:
    """Delete the output, its errors file and its state (for --fresh), and the batch's WARC if given."""
    errors, state = state_paths(output)
    for path in (output, errors, state, Path(f"{state}-wal"), Path(f"{state}-shm"), *([warc] if warc else [])):
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise WriteError(f"cannot remove {path}: {exc.strerror or exc}") from exc


class OutputLock:
    """This run's hold on a batch output: a second run on the same output at the same time is refused.

    Two runs at once would each fetch and append every URL the other has not committed yet (a test run of
    two on 30 URLs wrote 58 records). The lock is an advisory flock on `<name>.lock` beside the output, a file
    never removed (--fresh removes the state, and a lock on a removed file would hold nothing); the system
    drops it when the process ends, however it ends.
    """

    def __init__(self, output: Path) -> None:
        """Take the lock, or raise ConfigError naming the output another run holds."""
        path = output.with_name(f"{output.name}.lock")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
        except OSError as exc:
            raise WriteError(f"cannot create {path}: {exc.strerror or exc}") from exc
        if sys.platform == "win32":  # no flock there: runs are not kept apart
            return
        import fcntl

        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(self._fd)
            raise ConfigError(f"another run is writing {output} now: let it finish (run the same command after it "
                              "to resume), or write to another output") from exc

    def __enter__(self) -> OutputLock:
        return self

    def __exit__(self, *exc: object) -> None:
        os.close(self._fd)


class OutputLog:
    """The JSON Lines output, opened for appending after being cut back to the committed end."""

    def __init__(self, path: Path, committed_end: int) -> None:
        """Open `path`, truncating anything past `committed_end` (uncommitted or torn lines).

        Raises:
            ConfigError: the file is shorter than the state says (edited or deleted by hand).
            WriteError: the file cannot be opened.
        """
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # Unbuffered: after a failed write nothing may linger in a buffer to be flushed later past the cut.
            self._handle = open(path, "ab", buffering=0)  # noqa: SIM115 - held open for the whole batch
            size = self._handle.seek(0, os.SEEK_END)
            if size < committed_end:
                self._handle.close()
                raise ConfigError(
                    f"{path} is shorter than its batch state records ({size} < {committed_end} bytes): "
                    "it was edited or truncated; run again with --fresh to start over"
                )
            if size > committed_end:
                self._handle.truncate(committed_end)
                os.fsync(self._handle.fileno())
            self.end = committed_end
        except OSError as exc:
            raise WriteError(f"cannot open {path}: {exc.strerror or exc}") from exc

    def append(self, record: dict[str, Any]) -> int:
        """Append one record as one line, fsync, and return the offset just past it."""
        data = (dumps(record, compact=True) + "\n").encode("utf-8")
        # A full disk leaves part of the line written: append_whole cuts back to the last whole line, so the
        # records appended after space is freed (or on resume) start on a line of their own.
        self.end = append_whole(self._handle, data, self.end, self.path)
        return self.end

    def close(self) -> None:
        """Close the file."""
        self._handle.close()


def write_errors(path: Path, records: Iterable[dict[str, Any]]) -> int:
    """Rewrite the errors file atomically from `records`; return how many lines it has."""
    lines = [dumps(record, compact=True) for record in records]
    write_text_atomic(path, "".join(line + "\n" for line in lines))
    return len(lines)


__all__ = ["OutputLock", "OutputLog", "claim_outputs", "prepare_outputs", "refuse_foreign", "remove_outputs",
           "state_paths", "write_errors"]
