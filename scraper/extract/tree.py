"""Parse a page once into an lxml tree, its nesting capped, and edit the tree in place."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree, html
from lxml.html import HtmlElement as Element

from ..errors import ExtractError
from .layout import BLOCK_TAGS, block_lines
from .nesting import capped, reached_parse_limit

__all__ = ["MAX_DEPTH", "Element", "cut_from", "following", "hangs_below", "parse", "preceding", "remove", "text_before"]

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
    text = _without_early_end(text)
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


# The document's end tags. A page built from includes may print one before its content (a header include closing
# with </html>): a browser reads on, as HTML5 bids, where libxml2 drops what follows.
_END_TAGS = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)


def _without_early_end(text: str) -> str:
    """`text` without its </body> and </html> tags when markup follows the first of them; the parser closes both
    at the end, as it does for a page that prints neither."""
    first = _END_TAGS.search(text)
    if first is None or "<" not in _END_TAGS.sub("", text[first.end() :]):
        return text
    return _END_TAGS.sub("", text)


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


def remove_block(node: Element) -> None:
    """Remove a block set in running text. The text after it stays when a <br> closes it, a line of its own (an ad
    box set between a post's lines: the post's); else it goes with the block, the rest of the block's row
    (分享到： 微信 微博 and the words after it)."""
    following = node.getnext()
    if following is not None and following.tag == "br":
        remove(node)
    elif (parent := node.getparent()) is not None:
        parent.remove(node)


def text_before(node: Element) -> str:
    """The text run right before `node` in its parent: its previous sibling's tail, else the parent's text."""
    previous, parent = node.getprevious(), node.getparent()
    run = previous.tail if previous is not None else parent.text if parent is not None else None
    return run or ""


def hangs_below(node: Element, root: Element) -> bool:
    """Whether `node` still hangs below `root`: not removed, nor inside a block removed already."""
    return any(ancestor is root for ancestor in node.iterancestors())


def following(node: Element, root: Element) -> Iterator[Element | str]:
    """What stands after `node` inside `root` in document order, outside `node`: its tail, each later sibling (an
    element; a comment only by its tail) and that sibling's tail, then the same for each ancestor up to `root`
    (or to the top of the tree). Empty texts are left out."""
    for level, _parent in _levels(node, root):
        if level.tail:
            yield level.tail
        for after in level.itersiblings():
            if isinstance(after.tag, str):
                yield after
            if after.tail:
                yield after.tail


def preceding(node: Element, root: Element) -> Iterator[Element | str]:
    """What stands before `node` inside `root` in document order, nearest first: each earlier sibling's tail and
    the sibling (an element; a comment only by its tail), then the parent's text before its first child, then
    the same for each ancestor up to `root` (or to the top of the tree). Empty texts are left out."""
    for level, parent in _levels(node, root):
        for before in level.itersiblings(preceding=True):
            if before.tail:
                yield before.tail
            if isinstance(before.tag, str):
                yield before
        if parent.text:
            yield parent.text


def cut_from(node: Element, container: Element) -> None:
    """Remove `node` and every element after it in document order, up to the end of `container`. The text right
    after `node` and after each of its ancestors (their tails) stays, as `remove` keeps a tail."""
    for level, parent in _levels(node, container):
        for sibling in list(level.itersiblings()):
            parent.remove(sibling)
    remove(node)


def _levels(node: Element, root: Element) -> Iterator[tuple[Element, Element]]:
    """(element, its parent) from `node` up to the child of `root` on the way, or to the top of the tree when
    `root` is not above `node`: the levels at which what stands before or after `node` is read or cut."""
    while node is not root and node is not None:
        parent = node.getparent()
        if parent is None:
            return
        yield node, parent
        node = parent
