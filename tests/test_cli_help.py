"""`scraper --version` and the command summaries of `scraper --help`, run as a user runs them."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.metadata import version

from scraper.cli import main

from .conftest import ROOT


def scraper_cli(*args: str, columns: int = 80) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"COLUMNS": str(columns)}
    return subprocess.run([sys.executable, "-m", "scraper", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120, check=False)


def test_version_is_the_installed_distributions() -> None:
    done = scraper_cli("--version")
    assert done.returncode == 0
    assert done.stdout == f"scraper, version {version('netease-news-scraper')}\n"  # the distribution's name


def test_help_shows_each_commands_summary_whole() -> None:
    # A narrow terminal: click would cut every summary here ("Scrape every URL of URLS_FILE (one per...").
    done = scraper_cli("--help", columns=60)
    assert done.returncode == 0
    commands = done.stdout.split("Commands:\n", 1)[1]
    flat = " ".join(commands.split())
    assert main.commands, "no command registered"
    for name, command in main.commands.items():
        summary = " ".join((command.help or "").strip().split("\n\n", 1)[0].split())
        assert summary, f"{name} has no docstring to summarise"
        assert f"{name} {summary}" in flat
    assert "..." not in commands
