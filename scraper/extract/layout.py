"""Read text out of a parsed page the way a browser lays it out: blocks, lines, whitespace, short texts."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from lxml import etree
from lxml.html import HtmlElement as Element

from .terms import announces

__all__ = [
    "BLOCK_TAGS",
    "SKIP_TAGS",
    "block_lines",
    "holders_below",
    "is_short",
    "link_density",
    "node_text",
    "short_texts",
    "squash",
    "squashed_longer_than",
    "text_of",
    "text_outside_links",
    "text_owner",
]

BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "header",
        "footer",
        "aside",
        "nav",
        "main",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "form",
        "fieldset",
        "address",
        "center",
        "hr",
        "details",
        "summary",
    ]
)
SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "object",
        "embed",
        "svg",
        "canvas",
        "select",
        "textarea",
        "button",
        "input",
        "video",
        "audio",
        "map",
    ]
)
_WS = re.compile(r"[ \t\r\n\f\v\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff]+")
_EDGE = " \t\r\n\f\v\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff"


def text_owner(text: etree._ElementUnicodeResult) -> Element | None:
    """The element whose text holds a text run an XPath gave: its element, or for a tail (…<a>…</a>，文章…) the
    element's parent."""
    element: Element | None = text.getparent()
    return element.getparent() if element is not None and text.is_tail else element


def text_of(node: Element) -> str:
    """`node.text_content()`: the text of every text node below `node` (XPath's string()), without its tail.

    lxml reads it by evaluating an XPath, whose context costs more than the text of most elements; the text
    serializer reads the same content (libxml2's node content, which string() returns) without one.
    """
    return str(etree.tostring(node, method="text", encoding="unicode", with_tail=False))


def wraps_only(parent: Element, child: Element) -> bool:
    """Whether `child` is the one element in `parent` and no text stands beside it: a plain wrapper shows what its
    child shows."""
    if (parent.text or "").strip():
        return False
    return all(
        (other is child or not isinstance(other.tag, str)) and not (other.tail or "").strip() for other in parent
    )


def announced(node: Element) -> bool:
    """Whether the block right before `node` announces it (…评分结果如下：, …情况如下：): then a table, a score or a
    box under it is the article's."""
    before = node.getprevious()
    return before is not None and announces(squash(text_of(before)))


# The layout characters str.split() does not take for whitespace, turned into spaces before it splits.
_ZERO_WIDTH = ("\u200b", "\ufeff")


def squash(text: str) -> str:
    """Collapse runs of whitespace into one space and trim (layout whitespace, not content).

    str.split() and a join do it several times faster than a regular expression's substitution, on every text
    the extractor asks; the zero-width space and the byte-order mark are layout too, and split takes neither."""
    for char in _ZERO_WIDTH:
        if char in text:
            text = text.replace(char, " ")
    return " ".join(text.split())


def squashed_longer_than(text: str, limit: int) -> bool:
    """Whether `squash(text)` is longer than `limit` characters.

    Every character that is not whitespace survives squashing: a text holding more than `limit` of them is
    longer, told by one match over its opening instead of squashing it whole (a container's text, where
    only a short line is sought).
    """
    # Squashing never lengthens a text.
    if len(text) <= limit:
        return False
    if len(text) < _COUNTED * limit:
        # The match takes a character at a time, as long as the limit (a container against its article's
        # length): counting each whitespace character, one pass in C, is cheaper unless the text is much longer.
        return len(text) - sum(map(text.count, _EDGE)) > limit or len(squash(text)) > limit
    return _more_than(limit).match(text) is not None or len(squash(text)) > limit


# Counting the whitespace takes about a 1/100 of the match's time per character, for each of its 13 characters:
# below this many times the limit in length, a text is counted.
_COUNTED = 6


@lru_cache(maxsize=16)
def _more_than(limit: int) -> re.Pattern[str]:
    """A match for a text holding more than `limit` characters that are not whitespace (squash's)."""
    return re.compile(f"[{_EDGE}]*(?:[^{_EDGE}][{_EDGE}]*){{{limit + 1}}}")


def holders_below(root: Element, starts: Iterable[Element], tags: frozenset[str],
                  too_long: Callable[[Element], bool]) -> set[Element]:
    """The elements strictly below `root` with one of `tags` that are or hold one of `starts`, up to the first
    one on each way up that is `too_long`.

    A search for short blocks holding something (a linked headline, a word) need not read the text of every block
    of the page, which grows with the square of its nesting: it reads the blocks around each start once, from
    the start up. `too_long` must hold of every block around one it holds of (a length of the text: a block's
    text holds the text of every block inside it), so each way up ends at the first long block, or at a block
    an earlier way went through.
    """
    found: set[Element] = set()
    seen: set[Element] = set()
    for start in starts:
        node: Element | None = start
        while node is not None and node is not root and node not in seen:
            seen.add(node)
            if node.tag in tags:
                if too_long(node):
                    break
                found.add(node)
            node = node.getparent()
    return found


# XPath's whitespace, which normalize-space() collapses and trims (no other space characters).
_XPATH_SPACE = " \t\r\n"
_XPATH_SPACES = re.compile(r"[ \t\r\n]+")


def xpath_normalized(text: str) -> str:
    """`text` as XPath's normalize-space() gives it: its runs of XPath's whitespace one space, none at either end."""
    return _XPATH_SPACES.sub(" ", text).strip(_XPATH_SPACE)


def short_texts(root: Element, limit: int) -> dict[Element, str | None]:
    """Every element's text (lxml's text_content(), XPath's string()), or None where it is long: where
    `string-length(normalize-space(.)) < limit` does not hold.

    A search such as `//span[string-length(normalize-space(.)) < 120]` reads the whole text under every
    element, so its time grows with the square of the page's nesting. Here each element's text is put together
    from its children's, once, bottom up (in reverse document order every child comes before its parent), and
    an element with a long child is long itself: normalize-space() of a text is never shorter than that of a
    part of it. Every element of `root`'s document is in the map.
    """
    texts: dict[Element, str | None] = {}
    for node in reversed(list(root.getroottree().getroot().iter(etree.Element))):
        texts[node] = _short_text(node, texts, limit)
    return texts


def _short_text(node: Element, texts: dict[Element, str | None], limit: int) -> str | None:
    """`node`'s text from its children's in `texts`, or None where it is long (see `short_texts`)."""
    parts = [node.text or ""]
    for child in node:
        # Comments and processing instructions add their tail only, as in XPath's string().
        if isinstance(child.tag, str):
            inner = texts[child]
            if inner is None:
                return None
            parts.append(inner)
        parts.append(child.tail or "")
    text = "".join(parts)
    return text if is_short(text, limit) else None


def is_short(text: str, limit: int) -> bool:
    """Whether `string-length(normalize-space(text)) < limit` (`short_texts`' test): a map made for a limit
    answers for any lower one, its texts tested again."""
    # normalize-space() only shortens a text: a text shorter than `limit` is short without it.
    if len(text) < limit:
        return True
    # ... and keeps every character that is not XPath's whitespace: a text with `limit` of those is long, told by
    # four counts in C instead of a substitution over a container's whole text (most texts asked are long).
    if len(text) - sum(map(text.count, _XPATH_SPACE)) >= limit:
        return False
    return len(_XPATH_SPACES.sub(" ", text).strip(_XPATH_SPACE)) < limit


text_outside_links = etree.XPath(".//text()[not(ancestor::a)]")
"""The text runs under an element that no link holds (a card's or a widget's own words, an article's prose)."""


def node_text(node: Element) -> str:
    """All visible text under `node` as one line."""
    return squash("".join(_iter_text(node, blocks=False)))


# A data table's cell holds a figure or a short label, in at most inline markup: no link, picture or block.
_DATA_CELL_CHARS = 24
_INLINE_IN_CELL = frozenset({"b", "strong", "em", "i", "span", "font", "sup", "sub", "small", "u"})


def _is_data_row(row: Element | None) -> bool:
    """A table row of two or more data cells (a score line, a price row): its cells are one line, as the page
    prints them side by side. A layout table's cells hold links, pictures or blocks and stay lines of their own."""
    if row is None or row.tag != "tr":
        return False
    cells = [cell for cell in row if isinstance(cell.tag, str)]
    if len(cells) < 2 or any(cell.tag not in ("td", "th") for cell in cells):
        return False
    for cell in cells:
        if any(isinstance(inner.tag, str) and inner.tag not in _INLINE_IN_CELL for inner in cell.iterdescendants()):
            return False
        if len(squash(text_of(cell))) > _DATA_CELL_CHARS:
            return False
    return True


def _cell_break(element: Element, rows: dict[Element, bool]) -> str:
    """What a block's edge prints: a space between a data row's cells, a line break anywhere else."""
    if element.tag not in ("td", "th"):
        return "\n"
    row = element.getparent()
    if row is None:
        return "\n"
    if row not in rows:
        rows[row] = _is_data_row(row)
    return " " if rows[row] else "\n"


def _iter_text(node: Element, *, blocks: bool) -> Iterator[str]:
    # Iterative walk: pages nest tens of thousands of levels deep, and recursion would overflow.
    stack: list[tuple[Element, bool]] = [(node, False)]
    rows: dict[Element, bool] = {}
    while stack:
        element, closing = stack.pop()
        tag = element.tag if isinstance(element.tag, str) else ""
        if closing:
            edge = _cell_break(element, rows) if blocks and tag in BLOCK_TAGS else ""
            yield edge
            if element is not node and element.tail:
                # Between a data row's cells, the source's line breaks are no lines of the text either.
                yield _WS.sub(" ", element.tail) if edge == " " or _inline_gap(tag, element.tail) else element.tail
            continue
        if not tag or tag in SKIP_TAGS:
            if element is not node and element.tail:
                yield element.tail
            continue
        if blocks and tag == "br":
            yield "\n"
        elif blocks and tag in BLOCK_TAGS:
            yield _cell_break(element, rows)
        if element.text:
            yield element.text
        stack.append((element, True))
        stack.extend((child, False) for child in reversed(element))


def _inline_gap(tag: str, tail: str) -> bool:
    # Only white space after an inline element: a browser prints it as one space, whatever line breaks the
    # source has there (<b>2015</b>\n<b>年国民经济…</b> is one line).
    return tag not in BLOCK_TAGS and tag != "br" and tail.isspace()


def block_lines(node: Element) -> list[str]:
    """The text under `node` split at block boundaries and <br>: one entry per visual line, trimmed."""
    text = "".join(_iter_text(node, blocks=True))
    lines = []
    for line in text.split("\n"):
        line = squash(line)
        if line:
            lines.append(line)
    return lines


def link_density(node: Element, total: int | None = None) -> float:
    """The share of a block's text (`total` characters when given) that is link text, at most 1; 1 for no text."""
    total = total if total is not None else len(text_of(node))
    if total == 0:
        return 1.0
    linked = sum(len(text_of(a)) for a in node.iter("a"))
    return min(1.0, linked / total)
