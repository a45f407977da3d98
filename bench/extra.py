"""What the benchmarks need beyond the package: the competitors and psutil come with the `bench` extra.

A script that is missing one says which (module and the package that provides it), how to install the extra,
and exits 1, instead of failing on an import (or, in bench.eval, scoring a missing library as failing on
every page).
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterable

# Modules each extractor of bench.eval / bench.speed imports, beyond the package's own dependencies.
# newspaper4k and goose3 also need jieba: on Chinese pages they run with jieba-segmented stopwords.
EXTRACTOR_MODULES: dict[str, tuple[str, ...]] = {
    "gne": ("gne",),
    "readability": ("readability",),
    "newspaper4k": ("newspaper", "jieba"),
    "goose3": ("goose3", "jieba"),
}
# The distribution on the package index that provides each module.
PACKAGES = {
    "gne": "gne",
    "readability": "readability-lxml",
    "newspaper": "newspaper4k",
    "goose3": "goose3",
    "jieba": "jieba",
    "psutil": "psutil",
}
INSTALL = ".venv/bin/pip install -e '.[bench]'"


def missing_modules(modules: Iterable[str]) -> list[str]:
    """The modules of `modules` that cannot be imported here, in order, once each."""
    missing: list[str] = []
    for module in modules:
        if module not in missing and importlib.util.find_spec(module) is None:
            missing.append(module)
    return missing


def modules_for(extractors: Iterable[str]) -> list[str]:
    """The third-party modules the named extractors need (ours, trafilatura and the lxml floor need none)."""
    return [module for name in extractors for module in EXTRACTOR_MODULES.get(name, ())]


def require(script: str, modules: Iterable[str]) -> None:
    """Exit with status 1 and one message on stderr when any of `modules` is not installed.

    Args:
        script: the command being run, for the message (e.g. "bench.speed").
        modules: module names to check.

    Raises:
        SystemExit: some module is missing (status 1).
    """
    missing = missing_modules(modules)
    if missing:
        names = ", ".join(f"{m} (package {PACKAGES.get(m, m)})" for m in missing)
        print(f"{script}: not installed: {names}. They come with the bench extra: {INSTALL}", file=sys.stderr)
        raise SystemExit(1)
