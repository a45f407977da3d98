"""The third reading (scraper/extract/vote.py): a density line that neither other reading holds is outvoted."""

from __future__ import annotations

from lxml import etree

from scraper.extract.tree import parse
from scraper.extract.vote import outvoted

FIRST = "县里新修的环山公路本月通车，沿线六个村的果农把水果运出山的时间从半天缩短到一个小时。"
SECOND = "公路修通以后，村里办起了三家农家乐，周末来采摘的城里游客比去年同期多了一倍以上。"
THIRD = "负责施工的工程队说，最难的一段在半山腰，雨季塌方两次，工期因此推迟了四十多天。"
CHROME = "推荐给好友 打印本页 关闭窗口 返回顶部"
CAPTION = "图为通车当天，果农开着三轮车驶上新公路。"


def _page(*article: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in article)
    return f"<html><head><title>环山公路通车</title></head><body><div>{paragraphs}</div></body></html>"


def test_a_line_neither_other_reading_holds_is_dropped() -> None:
    root = parse(_page(FIRST, SECOND, THIRD))
    chosen = [FIRST, SECOND, CHROME, THIRD]
    assert outvoted(chosen, [FIRST, SECOND, THIRD], root) == [FIRST, SECOND, THIRD]


def test_a_line_readability_holds_stays() -> None:
    # trafilatura left the line out, readability's reading has it: two readings of three keep it.
    held = "新公路全长二十八公里 双向两车道 设计时速四十公里"
    root = parse(_page(FIRST, SECOND, held, THIRD))
    chosen = [FIRST, SECOND, held, THIRD]
    assert outvoted(chosen, [FIRST, SECOND, THIRD], root) == chosen


def test_a_sentence_and_a_short_line_stay() -> None:
    # A caption the other readings skip ends a sentence; a line of one shingle is too short to be told.
    root = parse(_page(FIRST, SECOND, THIRD))
    chosen = [FIRST, CAPTION, SECOND, "返回顶部", THIRD]
    assert outvoted(chosen, [FIRST, SECOND, THIRD], root) == chosen


def test_nothing_alone_gives_the_reading_itself() -> None:
    root = parse(_page(FIRST, SECOND))
    chosen = [FIRST, SECOND]
    assert outvoted(chosen, [SECOND, FIRST], root) is chosen


def test_the_tree_is_left_as_it_was() -> None:
    # readability rewrites the tree it reads; the generic path still takes images from this one afterwards.
    root = parse(_page(FIRST, SECOND, THIRD))
    before = etree.tostring(root)
    outvoted([FIRST, CHROME, SECOND], [FIRST, SECOND], root)
    assert etree.tostring(root) == before
