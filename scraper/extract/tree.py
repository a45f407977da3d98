"""Parse a page once into an lxml tree, and read text out of it the way a browser lays it out."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache
from typing import TypeVar

from lxml import etree, html
from lxml.html import HtmlElement as Element

from .nesting import capped, reached_parse_limit

__all__ = [
    "BLOCK_TAGS",
    "SKIP_TAGS",
    "AnyClass",
    "Element",
    "block_lines",
    "class_tokens",
    "compiled",
    "cut_from",
    "file_by_class",
    "hangs_below",
    "has_class",
    "holders_below",
    "is_short",
    "marker_of",
    "node_text",
    "number_of",
    "parse",
    "remove",
    "short_texts",
    "squash",
    "squashed_longer_than",
    "text_of",
    "text_outside_links",
    "text_owner",
]

from ..errors import ExtractError

# One hardened parser: no network, no entity expansion from DTDs, and `huge_tree` on purpose so that
# big or deeply nested pages parse instead of being cut silently.
_PARSER = html.HTMLParser(
    remove_comments=True,
    remove_pis=True,
    no_network=True,
    huge_tree=True,
    recover=True,
    default_doctype=False,
    collect_ids=False,
)
# lxml.html looks up each element's class in Python (form elements get their own classes), a call every
# time an element is touched from Python; we and trafilatura touch thousands per page and use no form API.
_PARSER.set_element_class_lookup(
    etree.ElementDefaultClassLookup(
        element=html.HtmlElement,
        comment=html.HtmlComment,
        pi=html.HtmlProcessingInstruction,
        entity=html.HtmlEntity,
    )
)

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


# Deeper than this, a subtree becomes its text (see `_flatten_deep`).
MAX_DEPTH = 256


_DOCTYPE_SUBSET = re.compile(r"<!DOCTYPE[^\[>]{0,200}\[[^\]]{0,65536}\]\s*>", re.IGNORECASE)


def parse(text: str, url: str | None = None) -> Element:
    """Parse page text into an lxml HTML tree.

    Raises:
        ExtractError: the text holds no HTML document at all.
    """
    # An XML declaration inside a str makes lxml refuse the input; it carries nothing we need.
    if text.startswith("<?xml"):
        end = text.find("?>")
        text = text[end + 2 :] if end != -1 else text
    # The HTML parser knows no DTD internal subset (<!DOCTYPE x [<!ENTITY …>]>): it never resolves the
    # entities, but would show the subset's tail as text. Drop the subset before parsing.
    head = text[:4096].lstrip()
    if head[:9].upper() == "<!DOCTYPE":
        match = _DOCTYPE_SUBSET.match(text.lstrip())
        if match:
            text = text.lstrip()[match.end() :]
    root = _document(text, url)
    deep = _AT_MAX_DEPTH(root)
    # An element at libxml2's depth limit lies below one at MAX_DEPTH with children: a tree without such an
    # element (every real page) has not reached the limit, and the limit's long search is spared.
    if deep and reached_parse_limit(root):
        # libxml2 halted there, and the rest of the page was never read: read it again with the excess
        # nesting dropped (nesting.py).
        root = _document(capped(text, BLOCK_TAGS), url)
        deep = _AT_MAX_DEPTH(root)
    _flatten_deep(deep)
    return root


def _document(text: str, url: str | None) -> Element:
    try:
        root = html.document_fromstring(text, parser=_PARSER, base_url=url)
    except (etree.ParserError, ValueError, etree.XMLSyntaxError) as exc:
        raise ExtractError(f"no HTML document: {exc}", url=url) from exc
    if root is None:
        raise ExtractError("no HTML document", url=url)
    return root


def _flatten_deep(deep: list[Element]) -> None:
    """Replace each subtree below MAX_DEPTH levels (below the `deep` elements, `_AT_MAX_DEPTH` of the tree) by
    its text, one visual line per line.

    XPath of the `//A//B` form costs about the cube of the depth (9 s for one expression over a chain of 2,000
    nested A, found by bench/fuzz.py), trafilatura's time grows the same way, and real pages stay under 60
    levels. Flattening bounds them all while keeping the text (libxml2 itself stops at 2,048 levels).
    """
    # One XPath of MAX_DEPTH + 1 child steps finds the elements at that depth that have children: the walk runs
    # in libxml2 (a Python loop over every element cost more than the parse itself).
    for node in deep:
        lines = block_lines(node)
        for child in list(node):
            node.remove(child)
        # lxml refuses to set text holding C0 controls (the parser keeps them in text nodes): drop them.
        node.text = _NOT_XML.sub("", "\n".join(lines))


_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_AT_MAX_DEPTH = etree.XPath("/*" + "/*" * MAX_DEPTH + "[*]")


def has_class(name: str) -> str:
    """XPath predicate body: the element's class list contains `name`."""
    # The plain contains() is cheap and rejects almost every element before the exact token test runs.
    return f"(contains(@class, '{name}') and contains(concat(' ', normalize-space(@class), ' '), ' {name} '))"


def class_tokens(value: str) -> list[str]:
    """The tokens of a class value as normalize-space() splits them (what `has_class` tests a name against)."""
    # Only XML white space separates tokens for normalize-space(), not U+3000 or U+00A0; in a printable
    # ASCII value that is the space alone, and str.split (in C) gives the same tokens as the regex.
    if value.isascii() and value.isprintable():
        return value.split()
    return [part for part in _XML_SPACE.split(value) if part]


_XML_SPACE = re.compile("[ \t\n\r]+")

_Entry = TypeVar("_Entry")


def file_by_class(index: Mapping[str, list[_Entry]], value: str, entry: _Entry) -> None:
    """Add `entry` to the list of each name in `index` that is a token of the class value `value`, once even
    when the value repeats the token (`class="a a"`), so that no index gives an element twice."""
    for token in index.keys() & class_tokens(value):
        index[token].append(entry)


class AnyClass(str):
    """The XPath `.//tag[has_class(a) or has_class(b) …]`: the elements below a node whose class list holds one of
    `names`.

    It is a str, so it goes wherever an XPath goes; it carries its tag and names so that a body's drops can be
    answered from one pass over the body's class attributes (`body.prune`) instead of one XPath walk each.
    """

    tag: str
    names: tuple[str, ...]

    def __new__(cls, *names: str, tag: str = "*") -> AnyClass:
        if not names or any("'" in name or not name or name != "".join(name.split()) for name in names):
            raise ValueError(f"class names hold no quote or space: {names!r}")
        xpath = f".//{tag}[" + " or ".join(map(has_class, names)) + "]"
        step = super().__new__(cls, xpath)
        step.tag, step.names = tag, names
        return step


@lru_cache(maxsize=1024)
def compiled(expression: str) -> etree.XPath:
    """`expression` compiled once for the life of the process (`root.xpath(string)` compiles on every call)."""
    return etree.XPath(expression)


MARKER_CHARS = 256


def marker_of(node: Element) -> str:
    """The class and id of `node` as one string, cut to MARKER_CHARS.

    Class/id words are matched by regular expressions; a page with a megabyte-long class attribute must
    not make every such match cost a megabyte.
    """
    return f"{(node.get('class') or '')[:MARKER_CHARS]} {(node.get('id') or '')[:MARKER_CHARS]}"


# Past this many digits a page's number only reads as "larger than any threshold": int() refuses a string of
# more than 4300 digits, and no width, size or count of a page has more than a few.
_NUMBER_DIGITS = 18


def number_of(value: str) -> int | None:
    """A whole number printed in an attribute or a style (width="120", size="3", font-size:16), or None.

    Only decimal digits count (full-width ones too, as before): `str.isdigit` also admits '²' and '①', which
    int() refuses. A run of more digits than any real value has reads as 10**18.
    """
    if not value.isdecimal():
        return None
    digits = "".join(str(unicodedata.decimal(char)) for char in value).lstrip("0") or "0"
    return int(digits) if len(digits) <= _NUMBER_DIGITS else 10**_NUMBER_DIGITS


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


def squash(text: str) -> str:
    """Collapse runs of whitespace into one space and trim (layout whitespace, not content)."""
    return _WS.sub(" ", text).strip(_EDGE)


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
    return len(text) < limit or len(_XPATH_SPACES.sub(" ", text).strip(_XPATH_SPACE)) < limit


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
                yield _WS.sub(" ", element.tail) if edge == " " else element.tail
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


def block_lines(node: Element) -> list[str]:
    """The text under `node` split at block boundaries and <br>: one entry per visual line, trimmed."""
    text = "".join(_iter_text(node, blocks=True))
    lines = []
    for line in text.split("\n"):
        line = squash(line)
        if line:
            lines.append(line)
    return lines


def remove(node: Element) -> None:
    """Remove `node` from the tree, keeping its tail text attached to what came before."""
    parent = node.getparent()
    if parent is None:
        return
    tail = node.tail
    if tail and tail.strip():
        previous = node.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(node)


def hangs_below(node: Element, root: Element) -> bool:
    """Whether `node` still hangs below `root`: not removed, nor inside a block removed already."""
    return any(ancestor is root for ancestor in node.iterancestors())


def cut_from(node: Element, container: Element) -> None:
    """Remove `node` and everything after it in document order, up to the end of `container`."""
    current = node
    while current is not None and current is not container:
        parent = current.getparent()
        if parent is None:
            break
        for sibling in list(current.itersiblings()):
            parent.remove(sibling)
        current = parent
    remove(node)
