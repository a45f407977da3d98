"""`tree.parse` asks for libxml2's depth limit (a search of 2,048 child steps) only of a tree that holds an element
below MAX_DEPTH with children: an element at the limit lies below one, so no tree that reached it is spared the
search, and a page of ordinary depth is spared it."""

from __future__ import annotations

import pytest

from scraper.extract import tree
from scraper.extract.nesting import PARSE_DEPTH, reached_parse_limit

PARAGRAPH = "这是一段为测试写的正文，句子足够长，用来检查解析之后的文字是否都还在。"


def test_an_element_at_the_parse_limit_lies_below_one_at_max_depth_with_children() -> None:
    # The spared search is exact only while this holds: the element at PARSE_DEPTH has an ancestor at
    # MAX_DEPTH + 1 (the depth _AT_MAX_DEPTH reads) with a child.
    assert PARSE_DEPTH >= tree.MAX_DEPTH + 2


def test_a_page_of_ordinary_depth_is_not_searched_for_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_root: object) -> bool:
        raise AssertionError("searched for the parse limit")

    monkeypatch.setattr(tree, "reached_parse_limit", refuse)
    page = "<html><body>" + "<div>" * (tree.MAX_DEPTH - 5) + f"<p>{PARAGRAPH}</p>" + "</div>" * (tree.MAX_DEPTH - 5)
    root = tree.parse(page + "</body></html>")
    assert PARAGRAPH in root.text_content()


@pytest.mark.parametrize("depth", [tree.MAX_DEPTH + 10, PARSE_DEPTH + 10])
def test_a_deep_page_is_searched_for_the_limit_and_read_whole(depth: int, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[bool] = []

    def spy(root: tree.Element) -> bool:
        asked.append(reached_parse_limit(root))
        return asked[-1]

    monkeypatch.setattr(tree, "reached_parse_limit", spy)
    page = "<html><body>" + "<div>" * depth + "深处" + "</div>" * depth + f"<p>{PARAGRAPH}</p></body></html>"
    root = tree.parse(page)
    assert asked == [depth >= PARSE_DEPTH]
    text = root.text_content()
    assert "深处" in text
    assert PARAGRAPH in text
