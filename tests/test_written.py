"""The written pages (tests/data/written_pages): they load as their own groups, their halves are stable, and
our extractor holds the floors tests/written_floors.json records for them (their gold is held to the pages in
tests/test_written_pages.py).

The written pages are pages the project wrote in the markup of other Chinese portals' and NetEase's article
templates, with gold written independently of the extractor (the folder's README). Unlike the corpus they
live in the repository, so these tests never skip. The floor file is written by
`python -m bench.floors --written`, which scores pages exactly as bench/eval.py does: today's body F1 minus a
small margin per page, the titles, dates and no-leak results it gets right, and the group means.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from bench.eval import PageResult, group_of, load_pages
from bench.floors import WRITTEN_FLOORS, means_below, measure, missed
from bench.gold import ROOT, WRITTEN, page_key, written_halves

PAGES = {page_key(entry): (entry, gold) for entry, gold in load_pages(None, None, None, written=WRITTEN)}
FLOOR_FILE: dict[str, Any] = json.loads(WRITTEN_FLOORS.read_text(encoding="utf-8"))


def test_halves_keep_each_site_whole_and_do_not_move_when_pages_are_added() -> None:
    entries = [{"set": "written", "id": f"z{n:02d}", "group": "zh", "site": f"site{n % 7}.cn"} for n in range(1, 25)]
    entries += [{"set": "written", "id": f"n{n:02d}", "group": "163", "site": "163.com"} for n in range(1, 13)]
    halves = written_halves(entries)
    assert halves == written_halves(entries[::3]) | written_halves(entries[1::3]) | written_halves(entries[2::3])
    for site in {e["site"] for e in entries if e["group"] == "zh"}:
        assert len({halves[page_key(e)] for e in entries if e["site"] == site}) == 1
    netease = [halves[f"written/n{n:02d}"] for n in range(1, 13)]
    assert all({netease[k], netease[k + 1]} == {"A", "B"} for k in range(0, 12, 2))


def test_a_written_page_loads_as_its_own_group(tmp_path: Path) -> None:
    gold = {"set": "written", "id": "z01", "group": "zh", "site": "example.cn", "url": "https://www.example.cn/a/1.html"}
    (tmp_path / "z01.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    (tmp_path / "z02.gold.json").write_text(json.dumps({**gold, "id": "z02"}), encoding="utf-8")  # no page: left out
    (tmp_path / "z01.html").write_bytes(b"<html></html>")
    [(entry, got)] = load_pages(None, None, None, written=tmp_path)
    assert got == gold and group_of(entry) == "written-zh" and entry["half"] in {"A", "B"}
    assert entry["file_path"] == str(tmp_path / "z01.html") and entry["url"] == gold["url"]
    assert load_pages(None, {"cwced_zh"}, None, written=tmp_path) == []
    assert load_pages(None, None, {"zh"}, written=tmp_path) == []


def test_the_folder_is_inside_the_project() -> None:
    # The pages are the project's own test data, so the floors hold on any checkout (no ../shared needed).
    assert WRITTEN.is_relative_to(ROOT / "tests")


@cache
def measured(page: str) -> PageResult:
    """Our scores on one written page, as bench/eval.py computes them (once per page for the session)."""
    entry, gold = PAGES[page]
    return measure(WRITTEN, entry, gold)


def test_every_written_page_has_a_floor() -> None:
    # A new page: run `python -m bench.floors --written` and read the diff.
    assert sorted(FLOOR_FILE["pages"]) == sorted(PAGES)


@pytest.mark.parametrize("page", sorted(FLOOR_FILE["pages"]))
def test_page_holds_its_floor(page: str) -> None:
    if page not in PAGES:
        pytest.fail(f"{page} has a floor but no page with gold in {WRITTEN.name}")
    assert missed(FLOOR_FILE["pages"][page], measured(page)) == []


@pytest.mark.parametrize("group", sorted(FLOOR_FILE["groups"]))
def test_group_means_hold_their_floor(group: str) -> None:
    results = [measured(page) for page, floor in FLOOR_FILE["pages"].items() if floor["group"] == group]
    assert means_below(FLOOR_FILE["groups"][group], results) == {}, FLOOR_FILE["groups"][group]
