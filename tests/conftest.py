"""Shared test configuration: paths, the --update-golden flag, and access to the material in ../shared.

Everything read from ../shared (the corpus, the seed page, the meeting texts) goes through `shared()`.
The material is not part of the repository: where it is absent, the tests that need it skip with a
message naming what is missing, unless SCRAPER_REQUIRE_SHARED=1 (CI sets it), which makes absence a
failure. SCRAPER_SHARED points the tests at another copy of the material (default: ../shared beside the
repository).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = Path(os.environ.get("SCRAPER_SHARED") or ROOT.parent / "shared")
CORPUS = SHARED / "corpus"
REQUIRE_SHARED = os.environ.get("SCRAPER_REQUIRE_SHARED", "") not in ("", "0")
# Real-template pages the bench's rewrites of a page (bench/perturb.py, bench/blind.py) are tested on: a GBK
# NetEase fixture (site rule), a generic fixture, a UTF-8 written portal page and a gb2312 written page; with
# their test ids (the fixture's directory, the written page's stem).
REWRITE_PAGES = [
    FIXTURES / "netease_2015_gbk" / "source.html",
    FIXTURES / "generic_commentary" / "source.html",
    ROOT / "tests" / "data" / "written_pages" / "z05.html",
    ROOT / "tests" / "data" / "written_pages" / "z01.html",
]
REWRITE_PAGE_IDS = [path.parent.name if path.name == "source.html" else path.stem for path in REWRITE_PAGES]


def shared(*parts: str) -> Path:
    """The path of `parts` under the shared material; skips the caller (fails it under SCRAPER_REQUIRE_SHARED=1)
    when that path does not exist.

    Works inside a test and at module level (a module-level skip skips the whole module; a module-level failure
    is a collection error, which fails the run).
    """
    path = SHARED.joinpath(*parts)
    if path.exists():
        return path
    message = f"{path} not found (the shared material beside the repository, see SCRAPER_SHARED)"
    if REQUIRE_SHARED:
        pytest.fail(f"{message}; SCRAPER_REQUIRE_SHARED=1 makes it mandatory", pytrace=False)
    pytest.skip(f"{message}: skipped; set SCRAPER_REQUIRE_SHARED=1 to make this a failure", allow_module_level=True)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite fixtures/*/expected.json from the current extractor output (review the diff before committing).",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))
