"""The field merge: one typed Fields per source, one precedence, sources read on demand."""

from __future__ import annotations

from pathlib import Path

import scraper
from scraper.extract.candidates import SOURCES, Evidence, ParsedPage
from scraper.extract.fields import FIELD_NAMES, PRECEDENCE, Fields, merge
from scraper.extract.rules import RULES, apply_rule, match_rule
from scraper.extract.tree import parse

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_the_first_source_in_precedence_with_a_value_wins() -> None:
    readings = {
        "rule": Fields(title=None, editor="甲"),
        "headline": Fields(title="标题一"),
        "meta-title": Fields(title="标题二"),
        "editor-line": Fields(editor="乙"),
    }
    merged = merge(readings.get)
    assert merged.title == "标题一"
    assert merged.editor == "甲"
    assert merged.published_at is None
    assert merged.channel == ()


def test_sources_after_the_winner_are_never_read() -> None:
    asked: list[str] = []

    def read(name: str) -> Fields | None:
        asked.append(name)
        return Fields(title="规则标题") if name == "rule" else Fields()

    merge(read, precedence={"title": ("rule", "headline", "meta-title")})
    assert asked == ["rule"]


def test_empty_values_and_unreadable_sources_are_passed_over() -> None:
    readings = {"rule": Fields(source="", channel=()), "info-line": Fields(source="新华社"), "crumbs": None}
    merged = merge(readings.get, precedence={"source": ("rule", "info-line"), "channel": ("rule", "crumbs")})
    assert merged.source == "新华社"
    assert merged.channel == ()


def test_a_second_merge_keeps_what_the_first_settled() -> None:
    first = merge({"rule": Fields(author="张三")}.get)
    second = merge({"byline": Fields(author="李四"), "rule": Fields(author="王五")}.get, first)
    assert second.author == "张三"
    assert merge({"byline": Fields(author="李四")}.get, Fields(title="t")).author == "李四"


def test_every_precedence_name_is_a_source_and_every_source_is_asked() -> None:
    named = {name for names in PRECEDENCE.values() for name in names}
    assert named - set(SOURCES) == {"text-dump"}  # the plain-text dump is merged by extract_text, not read here
    assert set(SOURCES) <= named
    assert set(PRECEDENCE) == set(FIELD_NAMES)


def test_body_sources_rank_after_every_tree_source() -> None:
    # extract() merges twice: tree sources before the generic body consumes the tree, body sources after.
    # That equals one merge only while no tree source ranks below a body source.
    with_body = 0
    for field, names in PRECEDENCE.items():
        kinds = [SOURCES[name].kind for name in names if name in SOURCES]
        if "body" in kinds:
            with_body += 1
            assert all(kind == "body" for kind in kinds[kinds.index("body") :]), field
    assert with_body > 0, "no field has a body source: the ordering above was never checked"


def _evidence(fixture: str, url: str) -> Evidence:
    text = (FIXTURES / fixture / "source.html").read_bytes().decode("utf-8")
    root = parse(text, url)
    page = ParsedPage(root, text, url, None, url, "163.com", None)
    rule = match_rule(root, page.site, text, RULES)
    reading = apply_rule(root, rule) if rule is not None else None
    return Evidence(page, reading, rule_found_body=reading is not None and reading.body is not None)


def test_dom_guesses_are_not_read_when_a_rule_located_the_body() -> None:
    evidence = _evidence("netease_2025_news", "https://www.163.com/news/article/KD3F8R1A000189FH.html")
    assert evidence.rule is not None
    assert evidence.read("rule") == evidence.rule.fields
    assert evidence.read("headline") == Fields()
    assert evidence.read("dom-date") == Fields()
    assert evidence.read("byline") is None  # the body is not known yet
    evidence.paragraphs = ["（网易财经 张艳）"]
    assert evidence.read("byline") == Fields(author="张艳")


def test_dom_guesses_are_read_when_no_rule_matched() -> None:
    text = (
        "<html><head><title>县里召开教育工作会议_某某网</title></head><body><h1>县里召开教育工作会议</h1>"
        "<div class='info'>发布时间：2023-02-12 09:31　来源：某某日报　作者：王五</div><p>正文。</p></body></html>"
    )
    page = ParsedPage(parse(text), text, None, None, None, None, None)
    evidence = Evidence(page, None, rule_found_body=False)
    merged = merge(evidence.read)
    assert merged.title == "县里召开教育工作会议"
    assert merged.published_at == "2023-02-12T09:31+08:00"
    assert merged.source == "某某日报"
    assert merged.author == "王五"


def test_a_rule_that_located_the_body_but_no_date_gets_the_date_the_generic_reading_finds() -> None:
    # The rule knows the headline and the body, not this page's date row (a class it was not written for, below
    # a subtitle: not the block right under the headline either).
    body = "".join(f"<p>第{n}段，县里的中学今年新修了图书馆，藏书十万册，周末也不闭馆，学生们都很高兴。</p>" for n in range(3))
    page = (
        "<html><head><title>县城中学的新图书馆今天开放_网易新闻</title></head><body>"
        "<h1 id='h1title'>县城中学的新图书馆今天开放</h1><div class='sub'>藏书十万册 周末不闭馆</div>"
        "<div class='ep-info'><div class='left'>2012-07-05 08:14:09　来源: 某某日报</div></div>"
        f"<div id='endText'>{body}</div></body></html>"
    )
    article = scraper.extract(page, "http://money.163.com/12/0705/08/81QH5K2M00253B0H.html")
    assert article.to_dict()["extractor"] == "netease-2015"
    assert article.published_at == "2012-07-05T08:14:09+08:00"
