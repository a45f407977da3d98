"""Site rules: the structured one-step locations, and the class/id index that answers them."""

from __future__ import annotations

import json

import pytest

from scraper.decode import decode
from scraper.errors import ExtractError
from scraper.extract.rules import RULES
from scraper.extract.rules.apply import _Query
from scraper.extract.rules.model import Step, by_class, by_id
from scraper.extract.tree import compiled, parse
from tests.conftest import FIXTURES, shared

STEPS = sorted(
    {
        location
        for rule in RULES
        for group in (
            (rule.detect,),
            rule.body,
            rule.title,
            rule.published,
            rule.info,
            rule.source,
            rule.author,
            rule.editor,
            rule.channel,
            rule.doc_id,
        )
        for location in group
        if isinstance(location, Step)
    }
)


def test_a_step_is_the_xpath_it_stands_for() -> None:
    step = by_class("div", "post_info")
    assert step == "//div[(contains(@class, 'post_info') and contains(concat(' ', normalize-space(@class), ' '), ' post_info '))]"
    assert (step.tag, step.kind, step.name) == ("div", "class", "post_info")
    assert by_id("*", "endText") == "//*[@id='endText']"
    with pytest.raises(ValueError):
        by_class("div", "a b")


def _same(root_text: str) -> None:
    root = parse(root_text)
    query = _Query(root)
    for step in STEPS:
        assert [id(n) for n in query(step)] == [id(n) for n in compiled(str(step))(root)], step


def test_the_index_answers_tricky_class_attributes_as_the_xpath_does() -> None:
    _same(
        "<html><body><div class=' post_info  x'>a</div><div class='post_info\u00a0x'>b</div>"
        "<div class='post_infox'>c</div><div class='x\tpost_info'>d</div><p class='time'>e</p>"
        "<div id='endText'><div id='endText'>f</div></div><span class=''>g</span></body></html>"
    )


def test_the_index_answers_every_fixture_as_the_xpath_does() -> None:
    for source in sorted(FIXTURES.glob("*/source.html")):
        _same(decode(source.read_bytes())[0])


def test_the_index_answers_every_corpus_page_as_the_xpath_does() -> None:
    corpus = shared("corpus", "MANIFEST.jsonl").parent
    for line in (corpus / "MANIFEST.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        try:
            text = decode((corpus / json.loads(line)["file"]).read_bytes())[0]
        except ExtractError:
            continue
        _same(text)
