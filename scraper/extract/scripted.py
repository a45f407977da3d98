"""The article held in a page's script data: for pages whose body a script renders (an escaped HTML string
under a key such as content or articleContent), the DOM holds only what surrounds it."""

from __future__ import annotations

import html
import re

from lxml import etree
from lxml import html as lxml_html

from .tree import Element

# A string value under a body-like key, in JS object or JSON form, long enough to be an article.
_BODY_VALUE = re.compile(
    r"""["']?(?:content|articleContent|article_content|contentHtml|content_html|bodyHtml|body_html)["']?\s*:\s*"""
    r"""(["'])((?:\\.|(?!\1)[^\\]){200,}?)\1""",
    re.S,
)
# An escaped or plain HTML paragraph tag inside that value.
_PARAGRAPH = re.compile(r"&lt;p[\s&]|\\u003cp[\s\\]|<p[\s>]", re.I)
_JS_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", re.S)
_SIMPLE = {"n": "\n", "t": "\t", "r": "", "b": "", "f": "", "v": "", "0": ""}


def _unescape_js(value: str) -> str:
    def one(match: re.Match[str]) -> str:
        code = match.group(1)
        if code[0] in "ux" and len(code) > 1:
            return chr(int(code[1:], 16))
        return _SIMPLE.get(code, code)

    return _JS_ESCAPE.sub(one, value)


def script_body(root: Element) -> Element | None:
    """The article's HTML from inline script data, parsed into an element, or None.

    Only a value that holds paragraph tags counts (an article's HTML, not a summary or a template).
    """
    best: str | None = None
    for script in root.iter("script"):
        text = script.text or ""
        if len(text) < 200 or not _PARAGRAPH.search(text):
            continue
        for match in _BODY_VALUE.finditer(text):
            value = match.group(2)
            if _PARAGRAPH.search(value) and (best is None or len(value) > len(best)):
                best = value
    if best is None:
        return None
    markup = html.unescape(_unescape_js(best))
    try:
        return lxml_html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return None
