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
from .rewordings import REWORDINGS, Reword

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


def _printed_again(form: str, reprint: Callable[[str, int], str]) -> Reword:
    """A form that prints the text again as a rewording that leaves the words (and so the gold) alone."""
    return lambda text, gold, pick: (reprint(text, pick), reprint_gold(gold, form))


def _differences(which: str, form: str, reword: Reword) -> dict[str, Any]:
    gold, folder, ids = _texts(which)
    base = _as_printed(which)
    differences = {}
    for pick, text_id in enumerate(ids):
        text, text_gold = reword((folder / f"{text_id}.txt").read_text("utf-8"), gold[text_id], pick)
        got = _key(_score(text_id, text_gold, text))
        if got != base[text_id]:
            differences[text_id] = {"as printed": base[text_id], form: got}
    return differences


# Written texts that land before the stage has been built on them: the half-A ids whose structure still changes
# with a form, listed exactly, so the check stays strict both ways. A fix makes its id disappear from the
# differences and fails this test until the id is taken out here; any other text that changes fails as before.
# (w093 was fixed by reading a decision after the meeting's manner clause, 会议以…方式，审议通过了…; w085 by the
# holder family of titles, 总指挥, and w105 by the passive whose agent a meeting is, 已经…会议审议通过; of the
# rewordings, x053 by dates in Chinese numerals, x092 and w022 by a title before a known speaker after a lead-in,
# w026 and w168 by the enumeration inside a statement quoted after a colon; w219, glued, by the meeting that is
# only the agent of a passive, 经…会议审议通过.)
NOT_YET_INVARIANT: dict[tuple[str, str], frozenset[str]] = {}


@pytest.mark.parametrize("form", sorted(FORMS))
@pytest.mark.parametrize("which", ["shared", "written"])
def test_half_a_reports_keep_their_structure_however_printed(which: str, form: str) -> None:
    _, _, ids = _texts(which)
    assert len(ids) >= 30
    differences = _differences(which, form, _printed_again(form, FORMS[form]))
    assert set(differences) == NOT_YET_INVARIANT.get((which, form), frozenset()), differences


@pytest.mark.parametrize("form", sorted(REWORDINGS))
@pytest.mark.parametrize("which", ["shared", "written"])
def test_half_a_reports_keep_their_structure_however_worded(which: str, form: str) -> None:
    differences = _differences(which, form, REWORDINGS[form])
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


@pytest.mark.parametrize("form", sorted(REWORDINGS))
def test_each_rewording_changes_many_texts_and_keeps_their_gold_in_order(form: str) -> None:
    # A rewording that finds nothing to change tests nothing: it must apply to a good share of the build texts,
    # and every gold prefix must still be printed, in order, in the text it gives.
    changed = 0
    for which in ("shared", "written"):
        gold, folder, ids = _texts(which)
        for pick, text_id in enumerate(ids):
            text = (folder / f"{text_id}.txt").read_text("utf-8")
            reworded, text_gold = REWORDINGS[form](text, gold[text_id], pick)
            changed += reworded != text
            at = 0
            for point in (point for meeting in text_gold["meetings"] for point in meeting["points"]):
                at = reworded.find(point["text_prefix"], at)
                assert at >= 0, (text_id, point["text_prefix"])
    assert changed >= 10


def test_the_comparison_sees_a_reprint_that_loses_a_point() -> None:
    # A reprint that drops the body after its first paragraph loses points: the invariance check must see it.
    def first_paragraph(text: str, pick: int) -> str:
        head, body = split_head(text)
        return "\n".join([*head, body[0]]) + "\n"

    assert _differences("written", "first_paragraph", _printed_again("first_paragraph", first_paragraph)) != {}


def test_the_head_is_the_headline_and_header_lines_before_the_body() -> None:
    head, body = split_head("省政府召开常务会议\n发布时间：2026-04-09　来源：省政府\n会议指出，要稳就业。\n会议要求，要保民生。")
    assert head == ["省政府召开常务会议", "发布时间：2026-04-09　来源：省政府"]
    assert body == ["会议指出，要稳就业。", "会议要求，要保民生。"]


def _gold(name: str, *points: tuple[str, str, tuple[str, ...]]) -> dict[str, Any]:
    """A gold annotation of one meeting: (cue, prefix, ("marker|prefix", …)) per point."""
    return {
        "is_meeting": True,
        "meetings": [
            {
                "name": name,
                "points": [
                    {"cue": cue, "text_prefix": prefix, "items": [dict(zip(("marker", "text_prefix"), item.split("|"), strict=True)) for item in items]}
                    for cue, prefix, items in points
                ],
            }
        ],
    }


REWORDED = [
    ("tagged", "全省会议召开\n会议指出，要稳就业。\n会议要求，要保民生。", "全省会议召开\n本台消息：会议指出，要稳就业。\n会议要求，要保民生。"),
    ("kin_verbs", "王明提出要求：要稳就业。会议指出，要保民生。", "王明提出要求：要稳就业。会议强调，要保民生。"),
    ("titled", "会上，王明指出，要稳就业。", "会上，市长王明指出，要稳就业。"),
    ("pronouns", "王明指出，要稳就业。王明强调，要保民生。", "王明指出，要稳就业。他强调，要保民生。"),
    ("numerals", "3月5日，全省会议召开。会议要求：（一）稳就业；（二）保民生。", "三月五日，全省会议召开。会议要求：（1）稳就业；（2）保民生。"),
    ("name_last", "3月5日，全省会议在沈阳召开。会议指出，要稳就业。", "3月5日，在沈阳召开全省会议。会议指出，要稳就业。"),
    ("background", "全省会议召开。会议指出，要稳就业。", "全省会议召开。今年以来，各项工作总体平稳、稳中有进。会议指出，要稳就业。"),
    ("quoted", "全省会议召开。\n王明指出，要稳就业。\n会议要求，要保民生。", "全省会议召开。\n王明指出：“要稳就业。”\n会议要求，要保民生。"),
    ("families", "全省会议召开。会议要求，一是稳就业，二是保民生。", "全省会议召开。会议要求，第一，稳就业，第二，保民生。"),
    ("regrouped", "全省会议召开。\n会议要求：\n一是稳定就业岗位。\n二是保障基本民生。", "全省会议召开。\n会议要求：一是稳定就业岗位；二是保障基本民生。"),
    ("place_cues", "全省会议召开。会议还强调，要稳就业。王明指出，要保民生。", "全省会议召开。会上还强调，要稳就业。王明指出，要保民生。"),
    ("document_cues", "全会在京召开。全会指出，要稳就业。", "全会在京召开。全会公报指出，要稳就业。"),
    (
        "second_meeting",
        "全省会议召开。会议指出，要稳就业。\n会议要求，要保民生。",
        "全省会议召开。会议指出，要稳就业。\n同日，市政府召开防汛工作专题会议。会议要求，要保民生。",
    ),
    ("chaired", "3月5日，全省会议召开。\n王明指出，要稳就业。", "3月5日，全省会议召开，王明主持会议并讲话。\n他指出，要稳就业。"),
    ("adverbs", "全省会议召开。会议指出，要稳就业。王明强调，要保民生。", "全省会议召开。会议指出，要稳就业。王明还强调，要保民生。"),
    ("titled_after", "全省会议召开。王明在讲话中指出，要稳就业。", "全省会议召开。王明书记在讲话中指出，要稳就业。"),
    ("this_meeting", "全省会议召开。会议指出，要稳就业。", "全省会议召开。此次会议指出，要稳就业。"),
    ("headless", "全省会议召开\n3月5日，全省会议在沈阳召开。\n会议指出，要稳就业。", "3月5日，全省会议在沈阳召开。\n会议指出，要稳就业。"),
    (
        "colons",
        "全省会议召开。会议指出，要稳就业。会议议定以下事项：一、抓项目；二、稳就业。王明强调：要保民生。",
        "全省会议召开。会议指出：要稳就业。会议议定以下事项：一、抓项目；二、稳就业。王明强调，要保民生。",
    ),
    ("undated", "3月5日上午，全省会议在沈阳召开。会议指出，要稳就业。", "近日，全省会议在沈阳召开。会议指出，要稳就业。"),
]
GOLDS = {
    "tagged": _gold("全省会议", ("会议指出", "要稳就业", ()), ("会议要求", "要保民生", ())),
    "kin_verbs": _gold("全省会议", ("王明提出要求", "要稳就业", ()), ("会议指出", "要保民生", ())),
    "titled": _gold("全省会议", ("王明指出", "要稳就业", ())),
    "pronouns": _gold("全省会议", ("王明指出", "要稳就业", ()), ("王明强调", "要保民生", ())),
    "numerals": _gold("全省会议", ("会议要求", "（一）稳就业", ("（一）|稳就业", "（二）|保民生"))),
    "name_last": _gold("全省会议", ("会议指出", "要稳就业", ())),
    "background": _gold("全省会议", ("会议指出", "要稳就业", ())),
    "quoted": _gold("全省会议", ("王明指出", "要稳就业", ()), ("会议要求", "要保民生", ())),
    "families": _gold("全省会议", ("会议要求", "一是稳就业", ("一是|稳就业", "二是|保民生"))),
    "regrouped": _gold("全省会议", ("会议要求", "一是稳定就业", ("一是|稳定就业", "二是|保障基本"))),
    "place_cues": _gold("全省会议", ("会议还强调", "要稳就业", ()), ("王明指出", "要保民生", ())),
    "document_cues": _gold("全会", ("全会指出", "要稳就业", ())),
    "second_meeting": _gold("全省会议", ("会议指出", "要稳就业", ()), ("会议要求", "要保民生", ())),
    "chaired": _gold("全省会议", ("王明指出", "要稳就业", ())),
    "adverbs": _gold("全省会议", ("会议指出", "要稳就业", ()), ("王明强调", "要保民生", ())),
    "titled_after": _gold("全省会议", ("王明在讲话中指出", "要稳就业", ())),
    "this_meeting": _gold("全省会议", ("会议指出", "要稳就业", ())),
    "headless": _gold("全省会议", ("会议指出", "要稳就业", ())),
    "colons": _gold(
        "全省会议", ("会议指出", "要稳就业", ()), ("会议议定以下事项", "一、抓项目", ("一、|抓项目", "二、|稳就业")), ("王明强调", "要保民生", ())
    ),
    "undated": _gold("全省会议", ("会议指出", "要稳就业", ())),
}


@pytest.mark.parametrize(("form", "text", "expected"), REWORDED)
def test_each_rewording_does_what_it_says(form: str, text: str, expected: str) -> None:
    reworded, gold = REWORDINGS[form](text, GOLDS[form], 0)
    assert reworded.rstrip("\n") == expected
    cues = [point["cue"] for point in gold["meetings"][0]["points"]]
    assert all(cue in reworded for cue in cues)


def test_items_run_together_are_printed_one_to_a_paragraph_in_a_text_that_prints_none_so() -> None:
    gold = _gold("全省会议", ("会议要求", "一是稳定就业", ("一是|稳定就业", "二是|保障基本")))
    text, _ = REWORDINGS["regrouped"]("全省会议召开。会议要求，一是稳定就业岗位；二是保障基本民生。", gold, 0)
    assert text.rstrip("\n") == "全省会议召开。会议要求，一是稳定就业岗位。\n二是保障基本民生。"


def test_an_enumeration_keeps_its_family_when_the_other_is_printed_in_its_point() -> None:
    # 首先 / 最后 already in the point: swapping in that family would make markers the gold does not hold.
    gold = _gold("全省会议", ("会议要求", "一是稳就业", ("一是|稳就业", "二是|保民生")))
    text = "全省会议召开。会议要求，一是稳就业，二是保民生，最后落实责任。"
    assert REWORDINGS["families"](text, gold, 1)[0] == text


def test_the_second_meeting_takes_the_last_point_in_the_gold() -> None:
    gold = GOLDS["second_meeting"]
    _, moved = REWORDINGS["second_meeting"]("全省会议召开。会议指出，要稳就业。\n会议要求，要保民生。", gold, 0)
    assert [[p["cue"] for p in m["points"]] for m in moved["meetings"]] == [["会议指出"], ["会议要求"]]


def test_the_second_meeting_may_run_on_in_the_paragraph_before() -> None:
    text, _ = REWORDINGS["second_meeting"]("全省会议召开。会议指出，要稳就业。\n会议要求，要保民生。", GOLDS["second_meeting"], 1)
    assert text.rstrip("\n") == "全省会议召开。会议指出，要稳就业。当天下午，省委召开全面深化改革委员会会议。会议要求，要保民生。"
