"""bench.compare times the package at a git revision against the working tree, in one process."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from .conftest import ROOT


def test_compare_against_head_prints_one_line_per_group() -> None:
    if subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, check=False).returncode != 0:
        pytest.skip("not a git checkout: bench.compare reads the old code from git")
    done = subprocess.run(
        [sys.executable, "-m", "bench.compare", "HEAD", "--group", "syn", "--synthetic", "4", "--rounds", "1"],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert re.fullmatch(
        r"syn\s+4 pages\s+old median\s+[\d.]+ ms total\s+[\d.]+ s\s+new median\s+[\d.]+ ms total\s+[\d.]+ s\s+"
        r"new/old: median [\d.]+ total [\d.]+ per page [\d.]+\n",
        done.stdout,
    ), done.stdout


def test_an_unknown_revision_is_one_clear_error() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bench.compare", "no-such-revision-xyz", "--group", "syn", "--synthetic", "1"],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )
    assert done.returncode != 0
    assert done.stderr.startswith("bench.compare: git archive no-such-revision-xyz failed") and "Traceback" not in done.stderr
