"""The article held in a page's script data: for pages whose body a script renders (an escaped HTML string
under a key such as content or articleContent, or Markdown under a key such as mark_content), the DOM holds
only what surrounds it."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from lxml import etree
from lxml import html as lxml_html

from ..decode import well_formed
from .tree import Element

# A string value under a body-like key, in JS object or JSON form, long enough to be an article.
_BODY_VALUE = re.compile(
    r"""["']?(?:content|articleContent|article_content|contentHtml|content_html|bodyHtml|body_html)["']?\s*:\s*"""
    r"""(["'])((?:\\.|(?!\1)[^\\]){200,}?)\1""",
    re.S,
)
# A Markdown string under a key naming content or Markdown (mark_content, markdownContent, content_md), in JS
# object or JSON form, long enough to be an article.
_MARKDOWN_VALUE = re.compile(
    r"""["']?[A-Za-z_]*(?:[cC]ontent|[mM]arkdown)[A-Za-z_]*["']?\s*:\s*(["'])((?:\\.|(?!\1)[^\\]){200,}?)\1""",
    re.S,
)
# An escaped blank line (\n\n) in script text: where Markdown separates its blocks.
_ESCAPED_BLANK = re.compile(r"\\n\s*\\n")
_BLANK = re.compile(r"\n\s*\n")
# A Markdown article is prose: this many blocks or more with Chinese sentence punctuation.
_MARKDOWN_BLOCKS = 2
_PROSE = re.compile(r"[，。！？；]")
# Markdown's marks around a block's text: heading and quote marks, list bullets; images go, links keep their text.
_BLOCK_MARK = re.compile(r"^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+)")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"\*\*|__|`")
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

    # \ud83d\ude00 writes one character as two escapes: each alone is a surrogate, joined they are the emoji.
    return well_formed(_JS_ESCAPE.sub(one, value))


def script_body(root: Element) -> Element | None:
    """The article's HTML from inline script data, parsed into an element, or None.

    Only a value that holds paragraph tags counts (an article's HTML, not a summary or a template); without
    one, a Markdown value of two or more blocks of prose is read, one paragraph per block.
    """
    best: str | None = None
    for value in _script_values(root, _PARAGRAPH, _BODY_VALUE):
        if _PARAGRAPH.search(value) and (best is None or len(value) > len(best)):
            best = value
    if best is None:
        return _markdown_body(root)
    markup = html.unescape(_unescape_js(best))
    try:
        return lxml_html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return None


def _script_values(root: Element, sign: re.Pattern[str], value: re.Pattern[str]) -> Iterator[str]:
    """The string values (`value`'s second group) in the page's inline scripts of an article's length that
    show `sign` somewhere: one search spares the value pattern every script without it (trackers, settings)."""
    for script in root.iter("script"):
        text = script.text or ""
        if len(text) >= 200 and sign.search(text):
            for match in value.finditer(text):
                yield match.group(2)


def _markdown_blocks(value: str) -> list[str]:
    """The blocks of a Markdown script string (JS escapes read) without Markdown's marks, or [] when it is no
    article: HTML paragraphs in it, or fewer than _MARKDOWN_BLOCKS blocks of prose."""
    if _PARAGRAPH.search(value):
        return []
    blocks = []
    for block in _BLANK.split(_unescape_js(value)):
        text = _EMPHASIS.sub("", _LINK.sub(r"\1", _IMAGE.sub("", _BLOCK_MARK.sub("", block)))).strip()
        if text:
            blocks.append(text)
    return blocks if sum(1 for block in blocks if _PROSE.search(block)) >= _MARKDOWN_BLOCKS else []


def _markdown_body(root: Element) -> Element | None:
    """The longest Markdown article in the page's script data as paragraphs, or None."""
    best: list[str] = []
    for value in _script_values(root, _ESCAPED_BLANK, _MARKDOWN_VALUE):
        blocks = _markdown_blocks(value)
        if sum(map(len, blocks)) > sum(map(len, best)):
            best = blocks
    if not best:
        return None
    markup = "".join(f"<p>{html.escape(block, quote=False)}</p>" for block in best)
    return lxml_html.fragment_fromstring(markup, create_parent="div")
