"""bench.speed's CPU clock: a run timed by this process's CPU time says so in its tables and its JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT


def test_the_cpu_clock_is_named_in_the_table_and_the_json(tmp_path: Path) -> None:
    out = tmp_path / "speed.json"
    done = subprocess.run(
        [sys.executable, "-m", "bench.speed", "--only", "scraper,floor", "--group", "syn", "--synthetic", "3",
         "--clock", "cpu", "--json", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "synthetic-163 (3 pages, input: bytes, clock: cpu)" in done.stdout
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["clock"] == "cpu"
    times = [ms for page in report["pages"].values() for ms in page.values()]
    assert len(times) == 6 and all(ms > 0 for ms in times)
