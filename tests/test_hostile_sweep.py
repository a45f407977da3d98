"""Inputs from the reliability sweep that lost a record or ended in a traceback before the fix each test
names: every page and text here is written for the test.
"""

from __future__ import annotations

import pytest

import scraper
from scraper.extract.nesting import KEEP_DEPTH, PARSE_DEPTH, capped

PARAGRAPH = "这是测试页面里的一段正文，句子写得足够长，好让提取器把它当成文章的正文来读。"


def article_after(block: str) -> str:
    """A page whose article follows `block`."""
    paragraphs = "".join(f"<p>{PARAGRAPH}第{n}段。</p>" for n in range(1, 7))
    return f"<html><body>{block}<article><h1>深层导航之后的文章标题</h1>{paragraphs}</article></body></html>"


@pytest.mark.timeout(120)
@pytest.mark.parametrize("depth", [PARSE_DEPTH, 5000])
def test_the_article_after_a_block_nested_past_the_parsers_limit_is_read(depth: int) -> None:
    # Before: libxml2 halted its parse at 2,048 open elements, the article after the deep block was never
    # read, and the page was "no article found".
    page = article_after("<div class='menu'>" + "<div>" * depth + "首页" + "</div>" * depth + "</div>")
    article = scraper.extract(page.encode(), "https://example.com/news/1.html")
    assert article.title == "深层导航之后的文章标题"
    assert article.paragraphs == [f"{PARAGRAPH}第{n}段。" for n in range(1, 7)]


def test_capping_drops_only_the_tags_past_the_depth_and_keeps_every_text() -> None:
    deep = "<div>" * (KEEP_DEPTH + 2) + "深处" + "</div>" * (KEEP_DEPTH + 2)
    out = capped(f"<p>前<br>文</p><script>if (a<b) {{}}</script>{deep}<p>后文</p>", frozenset({"div", "p"}))
    assert out.count("<div>") == KEEP_DEPTH
    assert out.count("</div>") == KEEP_DEPTH
    assert "<br><br>深处<br><br>" in out
    assert out.startswith("<p>前<br>文</p><script>if (a<b) {}</script>")
    assert out.endswith("<p>后文</p>")
