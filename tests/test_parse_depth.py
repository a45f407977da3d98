"""`tree.parse` asks for libxml2's depth limit (a search of 2,048 child steps) only of a tree that holds an element
below MAX_DEPTH with children: an element at the limit lies below one, so no tree that reached it is spared the
search, and a page of ordinary depth is spared it. A page that reached it is read again capped (`nesting.capped`),
whose search for tags stops at the last ">"."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

import pytest

from scraper.extract import nesting, tree
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


@pytest.mark.timeout(60)
def test_a_deep_page_ending_in_tags_never_closed_is_read_in_time() -> None:
    # Before: every "<b" after the last ">" was a failed search for a tag that backtracked over each split of
    # its name and attributes, cubic in their number: a few kilobytes of them held the parse for hours.
    page = "<html><body>" + "<div>" * (PARSE_DEPTH + 10) + "深处" + "</div>" * (PARSE_DEPTH + 10)
    root = tree.parse(page + f"<p>{PARAGRAPH}</p>" + "<b" * 20_000)
    text = root.text_content()
    assert "深处" in text
    assert PARAGRAPH in text


# The pieces of made-up markup: tags, void and self-closed ones, comments and raw text, open or never closed.
_PIECES = ["<div>", "</div>", "<p class='a'>", "</p>", "<br>", "<i/>", "<b", "<!--", "-->", "<script>", "</script>",
           ">", "字", " "]


def test_capping_reads_the_tags_the_search_over_the_whole_text_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    # The search stops at the last ">": what it passes over there (no tag can end in it) changes nothing.
    rng = random.Random(7)
    texts = ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    ours = [nesting.capped(text, frozenset({"div", "p"}), keep=2) for text in texts]
    monkeypatch.setattr(nesting, "_TOKEN", _WholeText())
    before = [nesting.capped(text, frozenset({"div", "p"}), keep=2) for text in texts]
    assert ours == before
    assert sum(out != text for out, text in zip(before, texts, strict=True)) > 300


class _WholeText:
    """The tag pattern searched over the whole text, wherever `capped` asks it to stop (as it searched before)."""

    def finditer(self, text: str, *_bounds: int) -> Iterator[re.Match[str]]:
        return _TOKEN.finditer(text)


_TOKEN = nesting._TOKEN
