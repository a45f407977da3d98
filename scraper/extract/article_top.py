"""Where the article starts on a page no rule knows: the element holding its first line of prose, and the
elements printed above it (where the headline, the byline and the date row stand).

The headline and byline readers (lead_titles.py, dom.py) look there for what a template prints around the
headline.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from .layout import node_text, text_owner
from .titles import in_list
from .tree import Element

__all__ = ["LEAD_GAP", "above_article", "first_paragraph", "heads_article", "preceding"]

# Text nodes long enough to be a paragraph's line (own text of an element, or the text after a <br>: old
# pages hard-wrap their paragraphs at some 40 characters).
_PROSE = etree.XPath(
    "//body/descendant::text()[string-length(normalize-space(.)) > 30][not(ancestor::a)][not(ancestor::script)]"
    "[not(ancestor::style)]"
)
_PROSE_PUNCT = re.compile(r"[，。！？；]")
# How much text may stand between the printed headline and the first paragraph (byline, date, source).
LEAD_GAP = 200

# Containers a paragraph shares with its neighbours (a <p> may hold one hard-wrapped line of old pages).
_BLOCKS = frozenset({"div", "td", "th", "article", "section", "body", "blockquote", "center", "form", "dd", "main"})


_PARAGRAPH_CHARS = 150


def _block_of(node: Element) -> Element | None:
    return next((a for a in node.iterancestors() if a.tag in _BLOCKS), None)


def first_paragraph(root: Element) -> Element | None:
    """The element holding the article's first line of prose, or None.

    A line of prose is a text of more than 30 characters with Chinese punctuation, outside lists and links.
    The first such line whose block holds a second one, or holds a paragraph's worth of text, is the
    article's: a lone sentence in a short block (a blog's tagline in its header) is not where the article
    starts. A page with no such line gives its first line of prose.
    """
    # Read lazily, in order: the article's first line is most often found among the first few, and reading
    # every line of the page (a walk up its ancestors each) would cost more than the whole search.
    lines = _prose_lines(root)
    read: list[tuple[Element, Element | None]] = []
    index = 0
    while index < len(read) or _read_one(lines, read):
        node, block = read[index]
        if block is not None and (_shared_later(block, index, read, lines) or len(node_text(block)) >= _PARAGRAPH_CHARS):
            return node
        index += 1
    return read[0][0] if read else None


def _prose_lines(root: Element) -> Iterator[tuple[Element, Element | None]]:
    """(owner, block) of each line of prose outside lists and links, in document order (see first_paragraph)."""
    for text in _PROSE(root):
        owner = text_owner(text)
        if owner is not None and _PROSE_PUNCT.search(str(text)) and not in_list(owner):
            yield owner, _block_of(owner)


def _read_one(lines: Iterator[tuple[Element, Element | None]], read: list[tuple[Element, Element | None]]) -> bool:
    """Append the next line of `lines` to `read`; False when there is none."""
    line = next(lines, None)
    if line is None:
        return False
    read.append(line)
    return True


def _shared_later(
    block: Element, index: int, read: list[tuple[Element, Element | None]], lines: Iterator[tuple[Element, Element | None]]
) -> bool:
    """Whether a line after read[index] has `block` for its block, reading further lines only as needed."""
    if block in (later for _, later in read[index + 1 :]):
        return True
    while _read_one(lines, read):
        if read[-1][1] is block:
            return True
    return False


def preceding(node: Element) -> list[Element]:
    """The elements before `node` in document order, nearest first, that hold text of their own: any text node of
    theirs, not only the first (a line break before a badge, <div>⏎<span>【精华】</span>标题</div>, is the first)."""
    found = node.xpath("preceding::*[text()[normalize-space()]][ancestor::body][position() <= 40]")
    return list(reversed(found))


def above_article(first: Element | None, count: int = 3) -> list[Element]:
    """The nearest `count` elements with text of their own above `first`, the article's first paragraph as
    `first_paragraph` finds it, nearest first (none when the page has no line of prose)."""
    return preceding(first)[:count] if first is not None else []


def heads_article(root: Element, node: Element, gap_chars: int = 3 * LEAD_GAP) -> bool:
    """Whether `node` stands above the article: within `gap_chars` characters of text before its first
    paragraph (an <h1> with no <title> to agree with is a headline only there, not in a sidebar; the gap is
    wider than for an unlabelled emphasised line, as an <h1> says "headline" by itself), or taken for that first
    paragraph itself, or holding it."""
    first = first_paragraph(root)
    if first is None:
        return False
    # A headline with a comma in it may read as the first line of prose: it heads the article all the same.
    if first is node or node in first.iterancestors():
        return True
    gap = 0
    for above in preceding(first):
        if above is node or node in above.iterancestors() or above in node.iterancestors():
            return True
        gap += len(node_text(above))
        if gap > gap_chars:
            return False
    return False
