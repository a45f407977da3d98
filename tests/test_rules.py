"""Site rules: the structured one-step locations, and the class/id index that answers them."""

from __future__ import annotations

import json

import pytest

from scraper.decode import decode
from scraper.errors import ExtractError
from scraper.extract.attributes import compiled
from scraper.extract.rules import RULES, apply_rule, match_rule, read_with_rule
from scraper.extract.rules.apply import _Query, _steps_of
from scraper.extract.rules.model import Step, by_class, by_id
from scraper.extract.tree import parse
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


def _same(root_text: str) -> int:
    """Assert the index and the XPath agree on every step; return how many nodes they matched in all."""
    assert STEPS, "no one-step location in the rules: the comparisons below would be empty"
    root = parse(root_text)
    query = _Query(root, frozenset(STEPS))
    matched = 0
    for step in STEPS:
        found = [id(n) for n in query(step)]
        assert found == [id(n) for n in compiled(str(step))(root)], step
        matched += len(found)
    return matched


def test_the_index_answers_tricky_class_attributes_as_the_xpath_does() -> None:
    assert _same(
        "<html><body><div class=' post_info  x'>a</div><div class='post_info\u00a0x'>b</div>"
        "<div class='post_infox'>c</div><div class='x\tpost_info'>d</div><p class='time'>e</p>"
        "<div id='endText'><div id='endText'>f</div></div><span class=''>g</span></body></html>"
    ) > 0  # the page holds post_info and endText nodes: agreeing on nothing would prove nothing


def test_the_index_answers_every_fixture_as_the_xpath_does() -> None:
    sources = sorted(FIXTURES.glob("*/source.html"))
    assert len(sources) >= 6, "expected the golden fixtures under fixtures/"
    assert sum(_same(decode(source.read_bytes())[0]) for source in sources) > 0


def test_the_index_answers_every_corpus_page_as_the_xpath_does() -> None:
    corpus = shared("corpus", "MANIFEST.jsonl").parent
    compared = undecodable = 0
    for line in (corpus / "MANIFEST.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        try:
            text = decode((corpus / json.loads(line)["file"]).read_bytes())[0]
        except ExtractError:
            undecodable += 1  # not a text page: nothing to compare
            continue
        _same(text)
        compared += 1
    # Every corpus page decodes today (223 of 223); a few may stop doing so, not all of them silently.
    assert compared >= 200 and undecodable <= compared // 20, (compared, undecodable)


def test_a_step_outside_the_index_is_answered_by_its_xpath() -> None:
    root = parse("<html><body><div class='a post_info'>x</div><div id='endText'>y</div></body></html>")
    query = _Query(root, frozenset({by_id("div", "endText")}))
    step = by_class("div", "post_info")
    assert [n.text for n in query(step)] == ["x"]
    assert [n.text for n in query(by_id("div", "endText"))] == ["y"]


def test_every_rule_indexes_each_step_its_fields_name() -> None:
    for rule in RULES:
        indexed = _steps_of(rule)
        for group in (rule.body, rule.title, rule.published, rule.info, rule.source, rule.author, rule.editor,
                      rule.channel, rule.doc_id):
            assert {location for location in group if isinstance(location, Step)} <= indexed, rule.name


def _discuz_post(pid: int, poster: str, lines: list[str]) -> str:
    return (
        f"<div id='post_{pid}'><table><tr><td class='pls'><div class='pi'><div class='authi'>"
        f"<a href='space-uid-{pid}.html' class='xw1'>{poster}</a></div></div></td><td class='plc'>"
        f"<div class='authi'><em id='authorposton{pid}'>发表于 2024-2-15 21:0{pid}</em> | <a href='#'>只看该作者</a></div>"
        f"<table><tr><td class='t_f' id='postmessage_{pid}'>{'<br />'.join(lines)}</td></tr></table>"
        "<div class='po'><a href='#'>回复</a> <a href='#'>支持</a> <a href='#'>反对</a></div></td></tr></table></div>"
    )


def test_a_discuz_thread_on_any_domain_is_its_first_post() -> None:
    import scraper

    post = ["今年春节回了一趟老家，发现村里变化很大，通了水泥路，家家户户都装上了自来水。", "希望以后家乡能发展得越来越好。"]
    reply = ["我们那边也是，路修好了，但是人越来越少了，过年才热闹几天。"]
    page = (
        "<html><head><meta charset='utf-8'><title>春节回老家的一点感想 - 杂谈闲聊 - 某某论坛 - Powered by Discuz!</title>"
        "</head><body><div id='hd'><a href='/'>某某论坛</a> <a href='/home.php'>家园</a></div><div id='postlist'>"
        "<h1 class='ts'><a href='/f-2-type-1'>[随笔]</a> <span id='thread_subject'>春节回老家的一点感想</span></h1>"
        + _discuz_post(1, "老王", ["<i class='pstatus'> 本帖最后由 老王 于 2024-2-16 08:00 编辑 </i>", *post])
        + _discuz_post(2, "网友甲", reply)
        + "</div></body></html>"
    )
    article = scraper.extract(page, "https://bbs.example.com/thread-12345-1-1.html")
    assert (article.extractor, article.title, article.author) == ("discuz", "春节回老家的一点感想", "老王")
    assert article.published_at == "2024-02-15T21:01+08:00" and article.paragraphs == post


def test_reading_with_the_detect_index_reads_what_match_then_apply_reads() -> None:
    read = 0
    for source in sorted(FIXTURES.glob("*/source.html")):
        text = decode(source.read_bytes())[0]
        one, other = parse(text), parse(text)
        rule = match_rule(one, None, text, RULES)
        reading = read_with_rule(other, None, text, RULES)
        if rule is None:
            assert reading is None
            continue
        expected = apply_rule(one, rule)
        assert reading is not None and reading.rule == rule and reading.fields == expected.fields
        assert (reading.body is None) == (expected.body is None)
        if reading.body is not None and expected.body is not None:
            assert reading.body.text_content() == expected.body.text_content()
        read += 1
    assert read >= 4


def test_a_step_with_a_path_from_its_elements_answers_as_its_xpath_does() -> None:
    from lxml import html as lxml_html

    from scraper.extract.rules.apply import _Query
    from scraper.extract.rules.model import by_id, then

    root = lxml_html.fromstring(
        "<html><body><div><h1 id='h1title'>标题</h1><div class='row'>2008-08-12 来源: 清川晨报</div></div>"
        "<div id='endText'><p>正文</p><p>(责任编辑：苗见秋)</p></div></body></html>"
    )
    steps = (then(by_id("h1", "h1title"), "/following-sibling::*[1]"), then(by_id("div", "endText"), "/p[last()]"))
    query = _Query(root, frozenset(steps))
    for step in steps:
        assert [node.text for node in query(step)] == [node.text for node in root.xpath(str(step))]
        assert query(step)
    with pytest.raises(ValueError):
        then(by_id("div", "endText"), "p[last()]")
