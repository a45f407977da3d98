"""Title candidates of a page whose template no rule knows: what the headings and the <title> agree on.

After GNE's title method: the headline is printed twice, once in a heading element and once in the
<title> (or og:title) with the site and channel around it, so the heading that is part of the <title> is
the headline, and the <title>'s other parts are the site's names. In order:

1. `shared_title`: the longest heading (h1-h4, or an element whose class/id says title) whose text is part
   of the <title> or og:title, outside lists of other articles; a heading that is only one of the
   <title>'s site or channel parts (an <h1> holding the site's name) is not the headline.
2. `split_title`: the <title> cut at its separators (_ | -- and a spaced dash), when the first part is the longest and
   every other part is short (a channel, the site, its domain).
"""

from __future__ import annotations

import re

from lxml import etree

from .tree import Element, marker_of, node_text

__all__ = ["shared_title", "split_title"]

_HEADINGS = etree.XPath(
    "//h1 | //h2 | //h3 | //h4"
    " | //*[self::div or self::span or self::p or self::td or self::strong or self::b or self::font]"
    "[contains(@class, 'title') or contains(@id, 'title') or contains(@class, 'Title') or contains(@id, 'Title')]"
    "[string-length(normalize-space(.)) < 120]"
)
# Chinese headlines use —— for a subtitle, so a dash separates the site's name only with spaces around it.
_SEPARATORS = re.compile(r"\s*(?:--|_|\||｜|\s[-–—]\s|-(?=[^\s\d]{1,16}$))\s*")
_SPACE = re.compile(r"\s+")
_LIST_CONTEXT = re.compile(r"(相关|推荐|热点|热门|排行|更多|recommend|related|hot|rank|list|side|footer|nav)", re.IGNORECASE)
# The headline's longest rival part of a <title> is a channel or a site name: at most this long.
_SITE_PART = 16
_MIN_CHARS = 4


def _key(text: str) -> str:
    return _SPACE.sub("", text)


def _parts(title: str) -> list[str]:
    return [part for part in _SEPARATORS.split(title.strip()) if part]


def split_title(title: str | None) -> str | None:
    """The headline part of a <title> that carries the site and channel names, or None.

    Args:
        title: the <title> (or og:title) text.

    Returns:
        The first part, when it is the longest and every other part is at most a short name; else None.
    """
    if not title:
        return None
    parts = _parts(title)
    if len(parts) < 2:
        return None
    head, rest = parts[0], parts[1:]
    if len(head) < _MIN_CHARS or any(len(part) > _SITE_PART or len(part) >= len(head) for part in rest):
        return None
    return head


def _in_list(node: Element) -> bool:
    for ancestor in node.iterancestors():
        if ancestor.tag in {"li", "nav", "footer", "aside", "a"}:
            return True
        marker = marker_of(ancestor)
        if marker.strip() and _LIST_CONTEXT.search(marker):
            return True
    return False


def shared_title(root: Element, references: list[str]) -> str | None:
    """The longest heading whose text is part of one of the references (<title>, og:title), or None.

    Args:
        root: the parsed page.
        references: the <title> and og:title texts (empty ones are skipped).

    Returns:
        The heading's text as printed, or None when no heading shares enough of a reference.
    """
    # (the reference, its site and channel parts, the least a heading must share of its headline part)
    keys = [
        (_key(ref), {_key(part) for part in _parts(ref)[1:]}, len(_key((_parts(ref) or [ref])[0])) / 2)
        for ref in references
        if ref
    ]
    if not keys:
        return None
    best: str | None = None
    for node in _HEADINGS(root):
        text = node_text(node)
        key = _key(text)
        if len(key) < _MIN_CHARS or (best is not None and len(key) <= len(_key(best))):
            continue
        for reference, site_parts, least in keys:
            # A heading that is only the site's or the channel's name is not the headline.
            if key in reference and len(key) >= least and key not in site_parts and not _in_list(node):
                best = text
                break
    return best
