"""What an element's attributes say: class names as XPath tests them, a class and id marker, a printed number;
and XPath compiled once."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from typing import TypeVar

from lxml import etree
from lxml.html import HtmlElement as Element

__all__ = [
    "MARKER_CHARS",
    "AnyClass",
    "class_tokens",
    "compiled",
    "file_by_class",
    "has_class",
    "is_hidden",
    "marker_of",
    "number_of",
]


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


# An inline style that hides an element from its reader (written with spaces or in capitals too).
_HIDING_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def is_hidden(node: Element) -> bool:
    """Whether the page hides `node` from its reader: it or an ancestor has the `hidden` attribute or an inline
    style of display:none or visibility:hidden (a share widget's copy of the page's title, a template's store)."""
    for element in (node, *node.iterancestors()):
        if element.get("hidden") is not None or _HIDING_STYLE.search(element.get("style") or ""):
            return True
    return False
