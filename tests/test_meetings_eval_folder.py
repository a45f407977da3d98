"""bench/meetings_eval.py on any annotated folder (`--texts DIR --gold DIR`), split by `folder_halves`.

The folder here is written in the test: two short fictional reports and their gold, in the shared gold's format.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.meetings_eval import folder_halves, main

# Fictional texts written for this test.
TEXTS = {
    "d01": "6月3日，青禾县召开防汛工作会议。会议强调，要压实各级防汛责任，确保群众安全度汛。",
    "d02": "6月4日，青禾县县长到河堤察看汛情，要求各乡镇加强巡查值守，及时转移低洼地带群众。",
}
GOLD = {
    "d01": {
        "id": "d01",
        "is_meeting": True,
        "meetings": [
            {
                "name": "防汛工作会议",
                "date": "6月3日",
                "place": None,
                "points": [{"cue": "会议强调", "text_prefix": "要压实各级防汛责任", "items": []}],
            }
        ],
        "notes": "",
    },
    "d02": {"id": "d02", "is_meeting": False, "meetings": [], "notes": ""},
}


def write_folder(root: Path) -> tuple[Path, Path]:
    """The texts and gold above as a folder pair under `root`."""
    texts, gold = root / "texts", root / "gold"
    texts.mkdir()
    gold.mkdir()
    for text_id, text in TEXTS.items():
        (texts / f"{text_id}.txt").write_text(text + "\n", "utf-8")
        (gold / f"{text_id}.json").write_text(json.dumps(GOLD[text_id], ensure_ascii=False), "utf-8")
    return texts, gold


def test_a_folder_is_measured_in_both_halves(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    texts, gold = write_folder(tmp_path)
    assert main(["--texts", str(texts), "--gold", str(gold)]) == 0
    out = capsys.readouterr().out
    # One text in each half: the pair is split, and both halves are reported on their own.
    assert "half A of the folder: 1 texts" in out
    assert "half B of the folder: 1 texts" in out
    assert "texts that raise       0" in out


def test_the_meeting_report_scores_as_its_gold_says(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    texts, gold = write_folder(tmp_path)
    half = folder_halves(list(GOLD))["d01"]
    assert main(["--texts", str(texts), "--gold", str(gold), "--half", half]) == 0
    out = capsys.readouterr().out
    assert "1 meeting texts" in out
    assert "structures exact       1 / 1" in out


def test_texts_without_gold_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        main(["--texts", str(tmp_path)])


@pytest.mark.parametrize("option", [["--set", "written"], ["--round", "3"], ["--set", "shared"]])
def test_a_set_or_round_beside_a_folder_is_refused_not_ignored(tmp_path: Path, option: list[str]) -> None:
    texts, gold = write_folder(tmp_path)
    with pytest.raises(SystemExit):
        main(["--texts", str(texts), "--gold", str(gold), *option])


def test_folder_halves_split_each_pair_and_keep_earlier_ids_when_ids_are_appended() -> None:
    ids = [f"r{n:03d}" for n in range(1, 11)]
    halves = folder_halves(ids)
    for first in range(0, 10, 2):
        assert {halves[ids[first]], halves[ids[first + 1]]} == {"A", "B"}
    grown = folder_halves([*ids, "r011", "r012"])
    assert {text_id: grown[text_id] for text_id in ids} == halves
    assert folder_halves(list(reversed(ids))) == halves
