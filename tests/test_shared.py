"""The SCRAPER_REQUIRE_SHARED switch, run for real: pytest in a subprocess on copies of our tests, with the
shared material pointed at an empty folder (absent) or a folder that has it (present).

Without the switch, absent material skips with a message naming the path; with SCRAPER_REQUIRE_SHARED=1 it
fails the run. Both forms are covered: a module-level need (tests/test_corpus.py itself, copied) and a need
inside one test.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

NEED_IN_A_TEST = '''
from .conftest import shared


def test_reads_the_seed() -> None:
    assert shared("seed", "page.txt").read_text(encoding="utf-8") == "seed"
'''


@pytest.fixture
def suite(tmp_path: Path) -> Path:
    """A folder with a copy of pyproject.toml, tests/conftest.py, tests/test_corpus.py and a small test reading
    the seed."""
    tests = tmp_path / "tests"
    tests.mkdir()
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    for name in ("__init__.py", "conftest.py", "test_corpus.py"):
        shutil.copy(ROOT / "tests" / name, tests / name)
    (tests / "test_seed.py").write_text(NEED_IN_A_TEST, encoding="utf-8")
    return tmp_path


def run_pytest(suite: Path, shared: Path, *tests: str, require: bool) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SCRAPER_")}
    env |= {"SCRAPER_SHARED": str(shared), "PYTHONPATH": str(ROOT)}
    if require:
        env["SCRAPER_REQUIRE_SHARED"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", *(f"tests/{t}" for t in tests)],
        cwd=suite, env=env, capture_output=True, text=True, timeout=300, check=False,
    )


def test_absent_material_skips_with_a_message(suite: Path, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    done = run_pytest(suite, tmp_path / "empty", "test_corpus.py", "test_seed.py", require=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 skipped" in done.stdout
    for missing in ("empty/corpus/MANIFEST.jsonl", "empty/seed/page.txt"):
        assert f"{missing} not found (the shared material beside the repository" in done.stdout
    assert done.stdout.count("set SCRAPER_REQUIRE_SHARED=1 to make this a failure") == 2


@pytest.mark.parametrize("test", ["test_corpus.py", "test_seed.py"])
def test_absent_material_fails_when_required(suite: Path, tmp_path: Path, test: str) -> None:
    (tmp_path / "empty").mkdir()
    done = run_pytest(suite, tmp_path / "empty", test, require=True)
    assert done.returncode != 0
    assert "SCRAPER_REQUIRE_SHARED=1 makes it mandatory" in done.stdout
    assert "skipped" not in done.stdout


def test_present_material_is_read_when_required(suite: Path, tmp_path: Path) -> None:
    (tmp_path / "full" / "seed").mkdir(parents=True)
    (tmp_path / "full" / "seed" / "page.txt").write_text("seed", encoding="utf-8")
    done = run_pytest(suite, tmp_path / "full", "test_seed.py", require=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 passed" in done.stdout
