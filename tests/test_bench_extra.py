"""The benchmarks without the `bench` extra: each names what is missing and exits 1, without a traceback.

The extra's modules are made absent in a child process the way Python itself spells "not installed" to the
import system (a None entry in sys.modules makes the import fail and find_spec answer None), and the others
present as stand-ins (a module with a spec, never used: the script exits first), so the test does not depend
on what this environment happens to have installed (without the bench extra, as CI runs, every one is absent).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench.extra import PACKAGES

from .conftest import ROOT

INSTALL = "They come with the bench extra: .venv/bin/pip install -e '.[bench]'"
CASES = [
    ("bench.speed", ["--synthetic", "3"], ["gne", "readability"],
     "gne (package gne), readability (package readability-lxml)"),
    ("bench.speed", ["--only", "scraper,gne", "--synthetic", "3"], ["gne"], "gne (package gne)"),
    ("bench.eval", ["--only", "scraper,goose3"], ["jieba"], "jieba (package jieba)"),
    ("bench.eval", [], ["gne", "newspaper"], "gne (package gne), newspaper (package newspaper4k)"),
    ("bench.memory", ["--pages", "3"], ["psutil"], "psutil (package psutil)"),
]


@pytest.mark.parametrize(("script", "argv", "absent", "named"), CASES,
                         ids=[f"{c[0]}-{'-'.join(c[2])}" for c in CASES])
def test_missing_extra_is_named_and_exits_1(script: str, argv: list[str], absent: list[str], named: str) -> None:
    child = (
        "import importlib.machinery, runpy, sys, types\n"
        f"for name in {sorted(PACKAGES)!r}:\n"
        "    stand_in = types.ModuleType(name)\n"
        "    stand_in.__spec__ = importlib.machinery.ModuleSpec(name, None)\n"
        "    sys.modules[name] = stand_in\n"
        f"for name in {absent!r}:\n"
        "    sys.modules[name] = None\n"
        f"sys.argv = [{script!r}, *{argv!r}]\n"
        f"runpy.run_module({script!r}, run_name='__main__')\n"
    )
    done = subprocess.run([sys.executable, "-c", child], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 1
    assert done.stderr.strip() == f"{script}: not installed: {named}. {INSTALL}"
    assert done.stdout == ""


@pytest.mark.parametrize(("script", "argv", "message"), [
    ("bench.eval", ["--only", "scraper"],
     "corpus not found at {corpus} (expected ../shared/corpus beside the repository): written pages only"),
    ("bench.speed", ["--only", "scraper", "--synthetic", "3"],
     "corpus skipped: no {corpus}/MANIFEST.jsonl (expected ../shared/corpus); synthetic only"),
], ids=["bench.eval", "bench.speed"])
def test_without_the_corpus_the_benchmarks_say_what_docs_accuracy_quotes(
    script: str, argv: list[str], message: str, tmp_path: Path
) -> None:
    # docs/accuracy.md tells a reader without ../shared/corpus what each script prints: it must stay true. The
    # shared folder is moved away through SCRAPER_SHARED (a --corpus folder that does not exist is refused as
    # mistyped, which is another test's).
    corpus = tmp_path / "shared" / "corpus"
    env = {**os.environ, "SCRAPER_SHARED": str(tmp_path / "shared")}
    done = subprocess.run([sys.executable, "-m", script, *argv], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    first = done.stdout.splitlines()[0]
    assert first == message.format(corpus=corpus)
    quoted = " ".join((ROOT / "docs" / "accuracy.md").read_text(encoding="utf-8").split())
    assert f"`{first.replace(str(tmp_path), '…')}`" in quoted
