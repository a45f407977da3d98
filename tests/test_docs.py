"""The examples of README.md and docs/*.md run as written.

Every ```python block runs as a script, and every ```sh block preceded by a `<!-- runnable -->` line runs
in bash (with `set -euo pipefail`), each in a fresh temporary folder that holds a link to the bundled
`fixtures/` (so the paths the examples use resolve as they do from the repository root) and with this
environment's `scraper` and `python` first on PATH. Links between the pages must resolve as well.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from .conftest import ROOT

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
# A fence may be indented (inside a list item); its code is dedented before it runs.
FENCE = re.compile(
    r"^(?P<marker>[ ]*<!-- runnable -->\n)?(?P<indent>[ ]*)```(?P<lang>[\w-]*)\n(?P<code>.*?)^(?P=indent)```[ ]*$",
    re.M | re.S,
)
LINK = re.compile(r"\]\((?P<target>[^)\s]+)\)")


def blocks(lang: str, runnable_only: bool) -> list[tuple[str, str]]:
    """(id, code) of every block of `lang` on every page (only those marked runnable when asked)."""
    found = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for index, match in enumerate(m for m in FENCE.finditer(text) if m["lang"] == lang):
            if runnable_only and not match["marker"]:
                continue
            line = text.count("\n", 0, match.start()) + 1
            found.append((f"{page.relative_to(ROOT)}:{line}#{index}", textwrap.dedent(match["code"])))
    return found


PYTHON = blocks("python", runnable_only=False)
SHELL = blocks("sh", runnable_only=True)


def run_in_sandbox(command: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    (tmp_path / "fixtures").symlink_to(ROOT / "fixtures", target_is_directory=True)
    bin_dir = str(Path(sys.executable).parent)
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env["PATH"] = bin_dir + os.pathsep + env.get("PATH", "")
    return subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300, check=False)


def test_the_readme_and_docs_have_examples() -> None:
    # The parametrised tests below would pass vacuously if the fence pattern stopped matching.
    assert len(PYTHON) >= 2 and len(SHELL) >= 1
    assert (ROOT / "docs").is_dir()


@pytest.mark.parametrize("code", [code for _, code in PYTHON], ids=[name for name, _ in PYTHON])
def test_python_example_runs(code: str, tmp_path: Path) -> None:
    script = tmp_path / "example.py"
    script.write_text(code, encoding="utf-8")
    done = run_in_sandbox([sys.executable, str(script)], tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]


@pytest.mark.parametrize("code", [code for _, code in SHELL], ids=[name for name, _ in SHELL])
def test_runnable_shell_example_runs(code: str, tmp_path: Path) -> None:
    done = run_in_sandbox(["bash", "-c", "set -euo pipefail\n" + code], tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(ROOT)) for p in PAGES])
def test_relative_links_resolve(page: Path) -> None:
    broken = []
    for match in LINK.finditer(page.read_text(encoding="utf-8")):
        target = match["target"].split("#", 1)[0]
        local = bool(target) and "://" not in target and not target.startswith("mailto:")
        if local and not (page.parent / target).exists():
            broken.append(match["target"])
    assert broken == []


def test_doc_pointers_in_code_resolve() -> None:
    # Comments and docstrings point readers at docs/<page>.md: each page they name must exist.
    named = set()
    for path in [*ROOT.glob("scraper/**/*.py"), ROOT / "pyproject.toml"]:
        named |= set(re.findall(r"docs/[\w-]+\.md", path.read_text(encoding="utf-8")))
    assert named, "no pointer found: the pattern no longer matches"
    assert sorted(p for p in named if not (ROOT / p).exists()) == []
