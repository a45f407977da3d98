"""What a site rule is: where each field of one page template lives, as data.

A rule says where each field lives (an ordered list of XPaths; the first non-empty result wins) and which
blocks to drop from the body; `apply.py` holds the code that reads them. A new NetEase era or a new portal
is a new entry in `netease.py` or `portals.py` plus a fixture, not new control flow.

XPaths that select elements are read as text (dates and labels are parsed by code); XPaths that end in
`/@attr` give the attribute value. `drop` and `stop` are evaluated relative to the body element: `drop`
removes each match, `stop` removes the first match and everything after it (trailing promo blocks).

Most locations are one step, "every <div> whose class list holds post_info": write those with `by_class` and
`by_id`, which keep the tag and name beside the XPath so the rule reader answers them from one pass over the
page's class and id attributes instead of one tree walk each.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ..attributes import AnyClass
from ..attributes import has_class as cls

__all__ = ["AnyClass", "SiteRule", "Step", "by_class", "by_id", "cls", "then"]


class Step(str):
    """The XPath `//tag[class list holds name]` or `//tag[@id='name']`, carrying its tag, kind and name, and the
    path `then` from each element found (`/following-sibling::*[1]`; empty for the elements themselves).

    It is a str, so it goes wherever an XPath goes; the rule reader looks at the parts instead of parsing
    the string back.
    """

    tag: str
    kind: Literal["class", "id"]
    name: str
    then: str

    def __new__(cls, tag: str, kind: Literal["class", "id"], name: str, then: str = "") -> Step:
        if "'" in name or " " in name:
            raise ValueError(f"a class or id name holds no quote or space: {name!r}")
        if then and not then.startswith("/"):
            raise ValueError(f"a step's path from its elements starts with a slash: {then!r}")
        xpath = f"//{tag}[{_predicate(kind, name)}]{then}"
        step = super().__new__(cls, xpath)
        step.tag, step.kind, step.name, step.then = tag, kind, name, then
        return step


def _predicate(kind: str, name: str) -> str:
    return cls(name) if kind == "class" else f"@id='{name}'"


def by_class(tag: str, name: str) -> Step:
    """Every `tag` element (`*` for any) whose class list holds `name`."""
    return Step(tag, "class", name)


def by_id(tag: str, name: str) -> Step:
    """Every `tag` element (`*` for any) whose id is `name`."""
    return Step(tag, "id", name)


def then(step: Step, path: str) -> Step:
    """What `path` (an XPath from an element, starting with /) finds from each element `step` finds: answered
    from the rule reader's index of class and id names, with no walk of the whole tree."""
    return Step(step.tag, step.kind, step.name, path)


@dataclass(frozen=True, slots=True)
class SiteRule:
    """Where the fields of one page template live."""

    name: str
    # The registrable domains the rule reads; empty for a platform any site may run (forum software).
    domains: tuple[str, ...]
    detect: str
    body: tuple[str, ...]
    # Substrings of the page source, one of which every page of the template holds (a class or id name
    # of its detect XPath): a cheap test before the tree walk.
    markers: tuple[str, ...] = ()
    title: tuple[str, ...] = ()
    published: tuple[str, ...] = ()
    info: tuple[str, ...] = ()
    source: tuple[str, ...] = ()
    author: tuple[str, ...] = ()
    editor: tuple[str, ...] = ()
    channel: tuple[str, ...] = ()
    doc_id: tuple[str, ...] = ()
    drop: tuple[str, ...] = ()
    stop: tuple[str, ...] = ()
    # Paragraphs (whole lines) that are widgets, matched as regular expressions.
    drop_lines: tuple[str, ...] = field(default=())
    # A line that closes the article (whole lines, regular expressions): it and every line after it are left out,
    # once a paragraph precedes it.
    end_lines: tuple[str, ...] = field(default=())
    # The body is written by a platform's users (a WeChat account, a blog), so how it ends is theirs: a
    # 往期推荐 list, a follow prompt, an END mark. No template fixes those, so the generic line cleaning
    # (clean.py) runs over the rule's paragraphs.
    clean: bool = False
