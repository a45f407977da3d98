"""Pages nested deeper than libxml2 builds a tree: read again with the excess tags dropped and their text kept.

libxml2 halts the whole parse when it would open its 2,048th nested element: the text at that depth and
everything after it (often the article itself, after a deep navigation block) are never read, and the page
reads as having no article. `tree.parse` asks `reached_parse_limit` (one XPath of child steps) of a tree deeper
than `tree.MAX_DEPTH`, as every tree that reached the limit is, and, where it was reached, parses `capped(text)`
instead: the same text with every tag past KEEP_DEPTH levels dropped (a block's tag becomes a <br>, so its text
stays a line of its own).
What lies that deep is flattened to its text anyway (`tree.MAX_DEPTH`), so nothing a page shows is lost.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

__all__ = ["KEEP_DEPTH", "PARSE_DEPTH", "capped", "reached_parse_limit"]

# libxml2's depth limit (with huge_tree): an element this deep means the parse may have halted there.
PARSE_DEPTH = 2048
# Tags nested deeper than this are dropped by `capped`: far below the limit, so that end tags the count
# misses (an implied </p>, a stray </span>) leave room, and far above tree.MAX_DEPTH, which flattens anyway.
KEEP_DEPTH = 1024
_AT_PARSE_DEPTH = etree.XPath("boolean(/*" + "/*" * (PARSE_DEPTH - 1) + ")")
# A comment, an element whose content is raw text (kept whole: a "<" in a script is no tag), or a tag.
_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<(?P<raw>script|style|textarea|xmp)\b[^>]*>.*?(?:</(?P=raw)\s*>|\Z)"
    r"|<(?P<close>/?)(?P<name>[A-Za-z][^\s/>]*)(?P<attrs>[^>]*)>",
    re.DOTALL | re.IGNORECASE,
)
# Elements that never hold content, so never add a level.
_VOID = frozenset(
    {"area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img", "input", "keygen", "link", "meta"}
    | {"param", "source", "track", "wbr"}
)


def reached_parse_limit(root: HtmlElement) -> bool:
    """Whether the tree holds an element at libxml2's depth limit, where its parse halts."""
    return bool(_AT_PARSE_DEPTH(root))


def capped(text: str, blocks: frozenset[str], keep: int = KEEP_DEPTH) -> str:
    """`text` with every tag nested more than `keep` levels deep dropped, its text kept (the tag of one of
    `blocks` becomes <br>). Depth is counted from start and end tags as written, void elements and self-closed tags
    apart; comments and the content of scripts, styles and text areas are left as they are."""
    out: list[str] = []
    depth = 0
    last = 0
    # No tag or raw element ends after the last ">": searching there only fails, and a failed search for a tag
    # backtracks over every split of its name and attributes, which made a run of unclosed "<b" take cubic time.
    for match in _TOKEN.finditer(text, 0, text.rfind(">") + 1):
        name = match.group("name")
        if name is None or name.lower() in _VOID or match.group("attrs").endswith("/"):
            continue
        if match.group("close"):
            drop = depth > keep
            depth = max(depth - 1, 0)
        else:
            depth += 1
            drop = depth > keep
        if drop:
            out.append(text[last : match.start()])
            out.append("<br>" if name.lower() in blocks else "")
            last = match.end()
    out.append(text[last:])
    return "".join(out)
