"""Statements announced as lists (listed.py): a sentence whose counted verb announces two or more items is a
point even where the cue grammar cannot place its subject. Every text here is fictional, written for the test."""

from __future__ import annotations

from .test_meeting import check, items

OPENING = "3月2日，青石镇召开春季防火工作会议，各村负责人参加会议。"


def points(meetings: list[dict[str, object]]) -> list[tuple[str, str | None, int]]:
    return [(p["cue"], p["text"], len(p["items"])) for m in meetings for p in m["points"]]  # type: ignore[attr-defined]


def test_an_order_word_before_a_new_speaker_who_lists_requirements() -> None:
    # "最后，" alone before a name the report has not seen: the list after the colon makes it his statement.
    (meeting,) = check([OPENING, "最后，镇长陆青禾要求各村：一要落实巡山人员；二要清理林下可燃物；三要管住野外用火。"])
    (point,) = meeting["points"]
    assert (point["cue"], point["speaker"], point["text"]) == ("镇长陆青禾要求各村", "陆青禾", None)
    assert items(point) == [("一要", "落实巡山人员"), ("二要", "清理林下可燃物"), ("三要", "管住野外用火。")]


def test_a_decision_with_no_subject_that_lists_what_was_decided() -> None:
    (meeting,) = check([OPENING, "今天经过协商确定了三件事：一是设立护林点；二是添置灭火器材；三是排定值守表。"])
    (point,) = meeting["points"]
    assert (point["cue"], point["speaker"]) == ("今天经过协商确定了三件事", None)
    assert [marker for marker, _ in items(point)] == ["一是", "二是", "三是"]


def test_a_member_named_by_office_whose_statement_ends_in_a_list() -> None:
    # The cue runs through his first counted verb; the 建议： later in the sentence is part of his statement.
    (meeting,) = check([OPENING, "县林业协会副会长应邀参加了会议，认为护林队伍还要加强，建议：一是补充年轻队员；二是定期开展演练。"])
    (point,) = meeting["points"]
    assert point["cue"] == "县林业协会副会长应邀参加了会议，认为"
    assert point["text"] == "护林队伍还要加强，建议："
    assert items(point) == [("一是", "补充年轻队员"), ("二是", "定期开展演练。")]


def test_a_list_on_the_paragraphs_after_its_colon() -> None:
    (meeting,) = check([OPENING, "最后，镇长陆青禾提出要求：", "一是守住山口。", "二是盯紧坟地。"])
    assert points([meeting]) == [("镇长陆青禾提出要求", None, 2)]


def test_a_list_the_grammar_cannot_place_on_the_paragraphs_after_its_colon() -> None:
    # The grammar reads no subject here (a decision with none): only the items on the next paragraphs make it a point.
    (meeting,) = check([OPENING, "今天经过协商确定了三件事：", "一是设立护林点。", "二是添置灭火器材。", "三是排定值守表。"])
    assert points([meeting]) == [("今天经过协商确定了三件事", None, 3)]
    # A colon with no first item on the next paragraph announces no list.
    assert check([OPENING, "今天经过协商确定了三件事：", "护林点设在东山口。"])[0]["points"] == []


def test_a_single_item_or_a_verb_made_a_noun_announces_no_statement() -> None:
    # One item is no list, and 强调的是 / 要求者 make the verb a noun: the grammar's refusal stands.
    assert check([OPENING, "今天经过协商确定了一件事：一是设立护林点。"])[0]["points"] == []
    assert check([OPENING, "最后，镇长陆青禾强调的是：一要落实巡山人员；二要清理林下可燃物。"])[0]["points"] == []


def test_an_uncounted_verb_announces_no_statement() -> None:
    # 作出安排 / 部署 lay out work; the gold reads no point there, with or without a list.
    assert check([OPENING, "最后，镇长陆青禾对下步工作作出安排：一是落实巡山人员；二是清理林下可燃物。"])[0]["points"] == []


def test_a_new_speaker_after_an_order_word_without_a_list_stays_unread() -> None:
    assert check([OPENING, "最后，镇长陆青禾要求各村把巡山人员落实到位。"])[0]["points"] == []


def test_a_list_under_someone_elses_requirements_is_no_statement() -> None:
    # 按照…要求 names another's words: the verb has no subject of the report.
    assert check([OPENING, "按照县里要求：一是落实巡山人员；二是清理林下可燃物。"])[0]["points"] == []


def test_a_list_inside_a_point_already_read_stays_its_items() -> None:
    meetings = check([OPENING + "会议指出，防火形势严峻。最后，镇长陆青禾要求各村：一要巡山；二要清障。"])
    assert points(meetings) == [("会议指出", "防火形势严峻。最后，镇长陆青禾要求各村：", 2)]
