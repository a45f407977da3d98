"""extract/tree.py: the walks over what stands before and after a node inside a container."""

from __future__ import annotations

from scraper.extract.tree import Element, cut_from, following, parse, preceding

_PAGE = (
    "<html><body><div id='box'>甲<p>乙</p>丙<div id='inner'>丁<b>戊</b>己<i id='node'>庚</i>辛<u>壬</u>癸</div>"
    "子<p>丑</p></div><p>外</p></body></html>"
)


def _pieces(pieces: list[Element | str]) -> list[str]:
    return [piece if isinstance(piece, str) else f"<{piece.tag}>" for piece in pieces]


def test_following_gives_tails_and_later_siblings_up_to_the_container() -> None:
    root = parse(_PAGE)
    box, node = root.get_element_by_id("box"), root.get_element_by_id("node")
    assert _pieces(list(following(node, box))) == ["辛", "<u>", "癸", "子", "<p>"]


def test_preceding_gives_the_nearest_first_up_to_the_container() -> None:
    root = parse(_PAGE)
    box, node = root.get_element_by_id("box"), root.get_element_by_id("node")
    assert _pieces(list(preceding(node, box))) == ["己", "<b>", "丁", "丙", "<p>", "甲"]


def test_nothing_stands_around_the_container_itself() -> None:
    root = parse(_PAGE)
    box = root.get_element_by_id("box")
    assert list(following(box, box)) == [] and list(preceding(box, box)) == []


def test_cut_from_removes_the_node_and_the_elements_after_it_inside_the_container_only() -> None:
    root = parse(_PAGE)
    box, node = root.get_element_by_id("box"), root.get_element_by_id("node")
    cut_from(node, box)
    assert box.text_content() == "甲乙丙丁戊己辛子"
    assert root.find(".//body").text_content() == "甲乙丙丁戊己辛子外"
