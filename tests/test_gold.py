"""Tests of bench.gold: the project's gold overlay and the split-half assignment."""

from __future__ import annotations

import json
from pathlib import Path

from bench.gold import load_gold, overlay_gold, page_key, split_halves


def _entry(set_: str, id_: str, site: str, layout: str | None = None) -> dict[str, object]:
    return {"set": set_, "id": id_, "site": site, "ne_layout": layout}


def test_overlay_replaces_fields_it_gives() -> None:
    merged = overlay_gold({"title": "旧", "paragraphs": ["正文"]}, {"set": "s", "id": "i", "title": "新"})
    assert merged["title"] == "新" and merged["paragraphs"] == ["正文"] and merged["overlaid"] == ["title"]


def test_overlay_null_leaves_the_corpus_value() -> None:
    merged = overlay_gold({"published_at": "2019-09-07"}, {"published_at": None})
    assert merged["published_at"] == "2019-09-07"


def test_load_gold_reads_both_files(tmp_path: Path) -> None:
    corpus, overlay = tmp_path / "corpus", tmp_path / "overlay"
    (corpus / "s").mkdir(parents=True)
    (overlay / "s").mkdir(parents=True)
    (corpus / "s" / "p.gold.json").write_text(json.dumps({"title": None, "body": "正文"}), encoding="utf-8")
    (overlay / "s" / "p.json").write_text(json.dumps({"title": "标题", "without": ["热点"]}), encoding="utf-8")
    gold = load_gold({"set": "s", "id": "p"}, corpus, overlay)
    assert gold is not None
    assert (gold["title"], gold["body"], gold["without"]) == ("标题", "正文", ["热点"])


def test_load_gold_without_either_file_is_none(tmp_path: Path) -> None:
    assert load_gold({"set": "s", "id": "p"}, tmp_path, tmp_path) is None


def test_split_is_reproducible_and_keeps_each_site_in_one_half() -> None:
    entries = [_entry("z", f"{site}{n}", f"{site}.cn") for site in "abcdefgh" for n in range(3)]
    halves = split_halves(entries)
    assert halves == split_halves(list(reversed(entries)))
    for site in "abcdefgh":
        assert len({halves[f"z/{site}{n}"] for n in range(3)}) == 1
    assert set(halves.values()) == {"A", "B"}


def test_split_puts_every_netease_template_in_both_halves() -> None:
    entries = [_entry("n", f"{layout}{n}", "163.com", layout) for layout in ("old", "new") for n in range(6)]
    halves = split_halves(entries)
    for layout in ("old", "new"):
        got = [halves[page_key(e)] for e in entries if e["ne_layout"] == layout]
        assert got.count("A") == got.count("B") == 3
