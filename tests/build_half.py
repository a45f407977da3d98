"""The half-A pages the invariance checks print again (tests/test_page_reprints.py, tests/test_netease_reprints.py).

Both checks read the same pages the same way: every half-A page of some groups (half B stays held out), decoded
as the extractor decodes it, and give each page one variant of a form fixed by its key.
"""

from __future__ import annotations

import zlib
from collections.abc import Collection, Iterator
from typing import Any

from bench.eval import load_pages
from bench.gold import CORPUS, WRITTEN
from scraper.decode import decode

from .conftest import shared

BUILD_HALF = "A"


def build_half_pages(groups: Collection[str]) -> Iterator[tuple[dict[str, Any], dict[str, Any], str, str]]:
    """Every half-A page of `groups` with gold: (its manifest entry, its gold, its decoded text, the encoding)."""
    corpus = shared("corpus", "MANIFEST.jsonl").parent
    assert corpus == CORPUS or corpus.exists()
    for entry, gold in load_pages(corpus, None, set(groups), BUILD_HALF, written=WRITTEN):
        with open(entry["file_path"], "rb") as handle:
            text, encoding = decode(handle.read())
        yield entry, gold, text, encoding


def variant_of(key: str) -> int:
    """Which variant of a form a page gets: fixed by its key, so no page changes variant as pages are added."""
    return zlib.crc32(key.encode("utf-8"))
