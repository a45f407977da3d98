"""The benchmark scripts refuse a folder or a name that selects nothing, instead of measuring nothing and
exiting 0: a mistyped `--gold`, `--texts`, `--corpus` or `--written` folder, or an unknown group or set, once
printed an empty result with exit status 0, which a script or a reader took for a measure.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import eval as bench_eval
from bench import meetings_eval, snapshot


def test_a_mistyped_gold_folder_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "d01.txt").write_text("青禾县召开防汛工作会议。\n", "utf-8")
    with pytest.raises(SystemExit) as exit_info:
        meetings_eval.main(["--texts", str(texts), "--gold", str(tmp_path / "glod")])
    assert exit_info.value.code == 2
    assert f"--gold: no such folder: {tmp_path / 'glod'}" in capsys.readouterr().err


def test_a_gold_folder_without_gold_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "d01.txt").write_text("青禾县召开防汛工作会议。\n", "utf-8")
    with pytest.raises(SystemExit) as exit_info:
        meetings_eval.main(["--texts", str(texts), "--gold", str(texts)])
    assert exit_info.value.code == 2
    assert "holds no *.json" in capsys.readouterr().err


def test_a_mistyped_texts_folder_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "d01.json").write_text(json.dumps({"id": "d01", "is_meeting": False, "meetings": []}), "utf-8")
    with pytest.raises(SystemExit) as exit_info:
        meetings_eval.main(["--texts", str(tmp_path / "txets"), "--gold", str(gold)])
    assert exit_info.value.code == 2
    assert "--texts: no such folder" in capsys.readouterr().err


@pytest.mark.parametrize("option", ["--corpus", "--written"])
def test_a_mistyped_page_folder_of_the_accuracy_benchmark_is_a_usage_error(
    tmp_path: Path, option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        bench_eval.main(["--only", "scraper", option, str(tmp_path / "missing")])
    assert exit_info.value.code == 2
    assert f"{option}: no such folder" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("option", "said"), [(["--group", "written-z"], "unknown group(s): written-z"), (["--set", "writen"], "unknown set(s): writen")]
)
def test_an_unknown_group_or_set_is_refused(option: list[str], said: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert bench_eval.main(["--only", "scraper", *option]) == 2
    assert said in capsys.readouterr().err


def test_a_corpus_folder_without_a_manifest_is_refused_by_the_snapshot(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        snapshot.main(["--out", str(tmp_path / "snap.json"), "--corpus", str(tmp_path)])
    assert exit_info.value.code == 2
    assert "holds no MANIFEST.jsonl" in capsys.readouterr().err
    assert not (tmp_path / "snap.json").exists()
