"""Golden fixtures: fixtures/<case>/source.html (or source.txt) + case.json + expected.json."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import scraper

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@dataclass(frozen=True)
class Case:
    name: str
    directory: Path

    @property
    def source(self) -> Path:
        for name in ("source.html", "source.txt"):
            if (self.directory / name).exists():
                return self.directory / name
        raise FileNotFoundError(f"{self.directory} has no source.html or source.txt")

    @property
    def meta(self) -> dict[str, Any]:
        path = self.directory / "case.json"
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}

    @property
    def expected_path(self) -> Path:
        return self.directory / "expected.json"

    def run(self) -> scraper.Article:
        """Extract the fixture the way a user's call would: bytes plus the URL and headers it was served with."""
        meta = self.meta
        now = datetime.fromisoformat(meta["now"]) if meta.get("now") else None
        if self.source.suffix == ".txt":
            return scraper.extract_text(self.source.read_text(encoding="utf-8"), meta.get("url"))
        return scraper.extract(
            self.source.read_bytes(), meta.get("url"), now=now, content_type=meta.get("content_type")
        )


def cases() -> list[Case]:
    """Every fixture directory that has a source file."""
    found = []
    for directory in sorted(p for p in FIXTURES.iterdir() if p.is_dir()):
        if (directory / "source.html").exists() or (directory / "source.txt").exists():
            found.append(Case(directory.name, directory))
    return found
