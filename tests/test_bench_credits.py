"""bench/credits.py: the authors each extractor names on written pages, against the gold."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bench.credits import Tally, main, same_names

WRITTEN = Path(__file__).parent / "data" / "written_pages"


def test_names_compare_with_their_separators_made_one_space() -> None:
    assert same_names("王琳、赵晨", "王琳 赵晨")
    assert same_names("王琳; 赵晨", "王琳、赵晨")
    assert not same_names("王琳", "王琳 赵晨")
    assert not same_names(None, "王琳")
    assert not same_names("王琳", None)


def test_a_tally_counts_right_wrong_empty_and_invented_names() -> None:
    tally = Tally()
    for found, gold in (("王五", "王五"), ("李四", "王五"), (None, "王五"), ("王五", None), (None, None)):
        tally.add(found, gold)
    assert (tally.named, tally.right, tally.wrong, tally.empty, tally.invented) == (3, 1, 1, 1, 1)


def test_the_table_reads_the_pages_of_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Two pages of our own: a NetEase page whose origin line names the writer, a portal page with a labelled 作者.
    for page in ("n142", "z642"):
        shutil.copy(WRITTEN / f"{page}.html", tmp_path)
        shutil.copy(WRITTEN / f"{page}.gold.json", tmp_path)
    assert main(["--written", str(tmp_path), "--only", "scraper,scraper-blind"]) == 0
    out = capsys.readouterr().out
    assert "### authors, written pages, other portals (1 pages)" in out
    assert "### authors, written pages, 163.com (1 pages)" in out
    assert out.count("| scraper | 1 | 1 (1.000) | 0 | 0 | 0 | 0 |") == 2
    assert out.count("| scraper-blind | 1 | 1 (1.000) | 0 | 0 | 0 | 0 |") == 2


@pytest.mark.parametrize("argv", [["--only", "nobody"], ["--written", "no/such/folder"]])
def test_an_unknown_reader_or_an_empty_folder_is_a_usage_error(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
