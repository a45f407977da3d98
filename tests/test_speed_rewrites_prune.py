"""A rule's class drops answered from one pass over the body's class attributes (`AnyClass`) prune the body as
the XPaths they spell did, one walk each: on every fixture page's rule body and on a made-up body built to hit the
edges (matches nested in matches, an element holding two dropped names, class values split by tabs, newlines and
spaces XML does not count, a dropped name as part of a longer one, a name on a tag the drop does not ask for,
matches inside a block an earlier drop removed, tails of white space, which removal keeps or drops by position).
About a second."""

from __future__ import annotations

import json

import pytest
from lxml import etree

from scraper.decode import decode
from scraper.extract import body as body_stage
from scraper.extract.attributes import AnyClass
from scraper.extract.rules import RULES
from scraper.extract.rules import apply as rule_apply
from scraper.extract.rules.model import cls
from scraper.extract.tree import Element, parse
from scraper.extract.urls import site_of
from tests.conftest import FIXTURES


def _pruned(root: Element, path: str, drop: tuple[str, ...], stop: tuple[str, ...]) -> str:
    """The page after pruning the element at `path` of a copy of `root`, as markup."""
    copy = etree.ElementTree(parse(etree.tostring(root, encoding="unicode")))
    body = copy.xpath(path)[0]
    body_stage.prune(body, drop, stop)
    return str(etree.tostring(copy, encoding="unicode"))


def _as_xpaths(drop: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(str(xpath) for xpath in drop)


MADE_UP = """<html><body><div id="body">
<p class="keep">第一段 <span class="ad">广告</span>  <span class="ad">再一个</span>
 <b class="x">尾</b>   </p>
<div class="box	ad
other"><p class="ad inner">套在里面的</p> 尾巴</div>  <div class="box　ad">全角空格不分</div>
<section class="wrap"><div class="ad note">两个名字</div> <i class="note">只有 note</i></section>
<section><b class="ad">甲</b> <i class="note">乙</i>乙的尾巴</section>
<div class="adx">更长的名字</div><p class="note">段落上的 note</p>
<div class="gone"><span class="ad">在被删掉的块里</span></div>
<ul><li class=" ad  ad ">两次</li><li class="">空</li><li>无</li></ul>
</div></body></html>"""
MADE_UP_DROPS = (
    AnyClass("ad"),
    ".//*[@class='gone']",
    AnyClass("note", "ad"),
    AnyClass("note", tag="p"),
    AnyClass("x", tag="b"),
)


def test_the_made_up_body_is_pruned_as_the_xpaths_prune_it() -> None:
    root = parse(MADE_UP)
    for order in (MADE_UP_DROPS, MADE_UP_DROPS[::-1], MADE_UP_DROPS[1:] + MADE_UP_DROPS[:1]):
        ours = _pruned(root, "//div[@id='body']", order, ())
        assert ours == _pruned(root, "//div[@id='body']", _as_xpaths(order), ()), order
        # Something was removed, and the names that are no token of a class list were left alone.
        assert "广告" not in ours
        assert "全角空格不分" in ours
        assert "更长的名字" in ours


def _rule_bodies() -> list[tuple[Element, str, tuple[str, ...], tuple[str, ...]]]:
    found = []
    for source in sorted(FIXTURES.glob("*/source.html")):
        case = source.with_name("case.json")
        url = json.loads(case.read_text(encoding="utf-8")).get("url") if case.exists() else None
        text = decode(source.read_bytes())[0]
        root = parse(text, url)
        matched = rule_apply._match(root, site_of(url), text, RULES)
        if matched is None:
            continue
        rule, query = matched
        body = next(rule_apply._nodes(query or rule_apply._Query(root, rule_apply._steps_of(rule)), rule.body), None)
        if body is not None:
            found.append((root, etree.ElementTree(root).getpath(body), rule.drop, rule.stop))
    return found


def test_every_fixture_rule_body_is_pruned_as_the_xpaths_prune_it() -> None:
    bodies = _rule_bodies()
    assert len(bodies) > 10
    assert sum(any(isinstance(xpath, AnyClass) for xpath in drop) for _root, _path, drop, _stop in bodies) > 10
    changed = 0
    for root, path, drop, stop in bodies:
        ours = _pruned(root, path, drop, stop)
        assert ours == _pruned(root, path, _as_xpaths(drop), stop), path
        changed += ours != _pruned(root, path, (), stop)
    # The drops removed something on some pages: the comparison is not between untouched trees.
    assert changed > 3


def test_a_class_drop_spells_the_xpath_it_stands_for() -> None:
    assert AnyClass("a") == f".//*[{cls('a')}]"
    assert AnyClass("a", "b-c", tag="div") == f".//div[{cls('a')} or {cls('b-c')}]"
    assert AnyClass("a", "b").names == ("a", "b")


@pytest.mark.parametrize("names", [(), ("a b",), ("it's",), ("",), ("a\tb",)])
def test_a_class_drop_refuses_a_name_no_class_token_can_be(names: tuple[str, ...]) -> None:
    with pytest.raises(ValueError):
        AnyClass(*names)
