"""bench.snapshot records every page twice, rules on and off, over the corpus, the written pages and the fixtures."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from bench import snapshot
from tests.conftest import FIXTURES, ROOT

WRITTEN = ROOT / "tests" / "data" / "written_pages"


def test_every_page_is_read_with_rules_on_and_off(tmp_path: Path) -> None:
    corpus, written, fixtures = tmp_path / "corpus", tmp_path / "written", tmp_path / "fixtures"
    corpus.mkdir()
    shutil.copy(FIXTURES / "seed_page" / "source.html", corpus / "seed.html")
    url = json.loads((FIXTURES / "seed_page" / "case.json").read_text(encoding="utf-8"))["url"]
    entry = {"set": "corpus", "id": "seed", "file": "seed.html", "url": url}
    (corpus / "MANIFEST.jsonl").write_text(json.dumps(entry) + "\n", encoding="utf-8")
    written.mkdir()
    for name in ("n01.html", "n01.gold.json"):
        shutil.copy(WRITTEN / name, written / name)
    shutil.copytree(FIXTURES / "generic_sina", fixtures / "generic_sina")

    records = snapshot.snapshot(corpus, written, fixtures)

    keys = {"corpus/seed", "written/n01", "fixtures/generic_sina"}
    assert set(records) == keys | {key + snapshot.NORULES for key in keys}
    # The seed page is a NetEase page a rule reads; with the rules off the generic path reads it.
    assert records["corpus/seed"]["extractor"] != "generic"
    assert records["corpus/seed" + snapshot.NORULES]["extractor"] == "generic"


def test_a_changed_record_is_a_difference() -> None:
    before = {"written/n01": {"title": "a"}, "written/n01 norules": {"title": "a"}}
    after = {"written/n01": {"title": "a"}, "written/n01 norules": {"title": "b"}}
    assert snapshot.diff(before, after) == ["written/n01 norules title: 'a' -> 'b'"]
