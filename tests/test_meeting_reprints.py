"""The same report gives the same structure however it is printed (issue 14, format invariance).

Every half-A text of both meeting sets (the shared real texts and the written ones; half B stays held out) is
printed again in the forms real sources use (tests/reprints.py: one line with the headline glued on, paragraphs
run together or set apart by spaces or full-width indents, ASCII punctuation, a dateline, an editor line, a
copied portal page around it). The points and items the stage gives, scored against the gold by its prefixes
(bench/meetings_eval.compare), must be what it gives on the text as printed.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import scraper
from bench.meetings_eval import WRITTEN, TextResult, compare, load_gold, select, select_written

from .conftest import shared
from .reprints import FORMS, reprint_gold, split_head

BUILD_HALF = "A"
SAMPLE = WRITTEN / "texts" / "w020.txt"  # a headline, several paragraphs, no dateline


def _score(text_id: str, gold: dict[str, Any], text: str) -> TextResult:
    article = scraper.extract_text(text)
    return compare(text_id, gold, list(article.meetings), None)


def _key(result: TextResult) -> tuple[Any, ...]:
    return result.found, result.points, result.items, result.exact


@cache
def _texts(which: str) -> tuple[dict[str, dict[str, Any]], Path, tuple[str, ...]]:
    """The gold, the texts' folder and the half-A ids of one set."""
    if which == "written":
        gold = load_gold(WRITTEN / "gold")
        return gold, WRITTEN / "texts", tuple(select_written(gold, BUILD_HALF))
    texts = shared("meetings", "texts")
    gold = load_gold()
    return gold, texts, tuple(select(gold, BUILD_HALF))


@cache
def _as_printed(which: str) -> dict[str, tuple[Any, ...]]:
    gold, folder, ids = _texts(which)
    return {text_id: _key(_score(text_id, gold[text_id], (folder / f"{text_id}.txt").read_text("utf-8"))) for text_id in ids}


def _differences(which: str, form: str, reprint: Callable[[str, int], str]) -> dict[str, Any]:
    gold, folder, ids = _texts(which)
    base = _as_printed(which)
    differences = {}
    for pick, text_id in enumerate(ids):
        text = reprint((folder / f"{text_id}.txt").read_text("utf-8"), pick)
        got = _key(_score(text_id, reprint_gold(gold[text_id], form), text))
        if got != base[text_id]:
            differences[text_id] = {"as printed": base[text_id], form: got}
    return differences


# Written texts that land before the stage has been built on them: the half-A ids whose structure still changes
# with a form, listed exactly, so the check stays strict both ways. A fix makes its id disappear from the
# differences and fails this test until the id is taken out here; any other text that changes fails as before.
# (w093 was fixed by reading a decision after the meeting's manner clause, 会议以…方式，审议通过了…; w085 by the
# holder family of titles, 总指挥, and w105 by the passive whose agent a meeting is, 已经…会议审议通过.)
NOT_YET_INVARIANT: dict[tuple[str, str], frozenset[str]] = {}


@pytest.mark.parametrize("form", sorted(FORMS))
@pytest.mark.parametrize("which", ["shared", "written"])
def test_half_a_reports_keep_their_structure_however_printed(which: str, form: str) -> None:
    _, _, ids = _texts(which)
    assert len(ids) >= 30
    differences = _differences(which, form, FORMS[form])
    assert set(differences) == NOT_YET_INVARIANT.get((which, form), frozenset()), differences


@pytest.mark.parametrize("form", sorted(FORMS))
def test_each_form_prints_the_text_differently_and_keeps_the_gold_in_it(form: str) -> None:
    text = SAMPLE.read_text("utf-8")
    reprinted = FORMS[form](text, 0)
    assert reprinted != text
    gold = reprint_gold(load_gold(WRITTEN / "gold")["w020"], form)
    at = 0
    for point in gold["meetings"][0]["points"]:
        at = reprinted.find(point["text_prefix"], at)
        assert at >= 0, point["text_prefix"]


def test_the_comparison_sees_a_reprint_that_loses_a_point() -> None:
    # A reprint that drops the body after its first paragraph loses points: the invariance check must see it.
    def first_paragraph(text: str, pick: int) -> str:
        head, body = split_head(text)
        return "\n".join([*head, body[0]]) + "\n"

    assert _differences("written", "first_paragraph", first_paragraph) != {}


def test_the_head_is_the_headline_and_header_lines_before_the_body() -> None:
    head, body = split_head("省政府召开常务会议\n发布时间：2026-04-09　来源：省政府\n会议指出，要稳就业。\n会议要求，要保民生。")
    assert head == ["省政府召开常务会议", "发布时间：2026-04-09　来源：省政府"]
    assert body == ["会议指出，要稳就业。", "会议要求，要保民生。"]
