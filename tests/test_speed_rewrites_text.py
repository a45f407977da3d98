"""`tree.text_of` (the text serializer) gives what lxml's `text_content()` (XPath's string()) gave, for every element,
comment and processing instruction of every fixture page and of a page built for the edges (comments and
instructions among the text, CDATA in a script, entities, tails that must stay out, empty elements, a surrogate
pair's character, the document's root). About a second."""

from __future__ import annotations

from lxml import etree

from scraper.decode import decode
from scraper.extract.layout import text_of
from scraper.extract.tree import parse
from tests.conftest import FIXTURES

MADE_UP = """<html><head><title>标题 &amp; 副题</title><script><![CDATA[var a = "<b>";]]></script></head>
<body><p>第一段<!-- 注释里的字 -->注释之后<?pi 指令里的字?>指令之后<b>粗体</b>粗体的尾巴</p><p></p><span> </span>
<div>外层<div>内层 &lt;不是标签&gt; &#x1F600; 😀</div>内层的尾巴</div>尾巴不算<br>最后</body></html>"""


def test_text_of_is_text_content_on_every_node() -> None:
    roots = [parse(MADE_UP)] + [parse(decode(source.read_bytes())[0]) for source in sorted(FIXTURES.glob("*/source.html"))]
    nodes = 0
    for root in roots:
        for node in root.iter():
            assert text_of(node) == node.text_content(), etree.tostring(node)[:200]
            nodes += 1
    assert nodes > 5000
    made_up = roots[0]
    assert text_of(made_up.find(".//p")) == "第一段注释之后指令之后粗体粗体的尾巴"
    assert text_of(made_up.find(".//body/div")) == "外层内层 <不是标签> 😀 😀内层的尾巴"
