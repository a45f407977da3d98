"""The distribution: its name is ours on the package index, and every install hint names it."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from importlib import metadata

from .conftest import ROOT

PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
NAME = PROJECT["name"]


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_distribution_is_not_the_unrelated_scraper_of_the_index() -> None:
    # `scraper` on the package index is someone else's 2012 project: installing by that name gets it.
    assert _normal(NAME) != "scraper"
    assert NAME == "netease-news-scraper"


def test_dev_extra_refers_to_this_distribution_only() -> None:
    # A self-reference under another name (`scraper[scrapy]`) would pull the unrelated project into `.[dev]`.
    names = [_normal(re.split(r"[\[<>=!~; ]", requirement, maxsplit=1)[0])
             for requirement in PROJECT["optional-dependencies"]["dev"]]
    assert "scraper" not in names
    assert _normal(NAME) in names


def test_installed_distribution_provides_the_scraper_command() -> None:
    distribution = metadata.distribution(NAME)
    scripts = {entry.name: entry.value for entry in distribution.entry_points if entry.group == "console_scripts"}
    assert scripts == {"scraper": "scraper.cli:main"}
    run = subprocess.run([sys.executable, "-m", "scraper", "--version"], capture_output=True, text=True,
                         timeout=60, check=False)
    assert run.returncode == 0, run.stderr
    assert distribution.version in run.stdout


def test_no_install_hint_names_the_index_scraper() -> None:
    texts = [ROOT / "README.md", *sorted((ROOT / "scraper").rglob("*.py"))]
    docs = ROOT / "docs"
    if docs.is_dir():
        texts += sorted(docs.rglob("*.md"))
    offenders = [str(path.relative_to(ROOT)) for path in texts
                 if re.search(r"pip install[^\n]*['\"]?scraper\[", path.read_text(encoding="utf-8"))]
    assert offenders == []
