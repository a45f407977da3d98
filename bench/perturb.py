"""Re-written pages: the same page as a browser shows it, its markup written another way.

Much of what differs between two sites is not the article but how the HTML is written: one CMS minifies,
another pretty-prints a tag per line, a redesign adds a wrapper level, a server re-encodes. A reading that
changes when the page is re-written without changing what a browser shows is fragile, and that fragility
shows up on templates nobody tuned on. `perturb(name, data)` rewrites a page's bytes by one of these:

- `minify`: white space between tags goes where a browser shows none (both neighbours block-level tags)
  and becomes one space elsewhere; every other run of white space in text and inside tags becomes one
  space, so no line break is left in the markup outside pre, textarea, script, style and comments.
- `newlines`: a line break before every start tag inside the body where a browser shows none for it:
  before a block-level tag, and before any tag that follows a block-level tag (the start of a line);
  never inside pre, textarea, script or style, and never between an inline tag and the text beside it.
- `wrap`: every div that holds p children (the p's nearest div ancestor) is wrapped in one more plain div.
- `gbk`: the page decoded (the project's decoder) and re-encoded to GB18030, its charset label(s) changed
  to `gb18030` (a `<meta charset>` added after `<head>`, or the first tag, where the page has none).
- `gbk-lie`: the same bytes, the label saying `utf-8` (a lying label: a browser shows mojibake, a reader
  that checks the bytes does not).

The markup transforms work on the bytes read as Latin-1 with regular expressions, so every byte they do not
rewrite stays as it was (no parser's serialisation in between) and the page keeps its encoding: in UTF-8,
GBK/GB18030 and Big5 the bytes of `<`, `>`, quotes and ASCII white space never occur inside a multi-byte
character. The encoding transforms decode once and encode once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# A comment, a raw element whole (its content is never touched), or any other tag with quoted values read
# whole (a value may hold `>`).
_TOKEN = re.compile(
    r"""<!--.*?(?:-->|\Z)"""
    r"""|<(script|style|pre|textarea)\b(?:[^>"']|"[^"]*"|'[^']*')*>.*?(?:</\1\s*>|\Z)"""
    r"""|<[A-Za-z/!?](?:[^>"']|"[^"]*"|'[^']*')*>""",
    re.DOTALL | re.IGNORECASE,
)
_NAME = re.compile(r"</?([A-Za-z][^\s/>]*)")
# ASCII white space only: in a Latin-1 view, \x85 and \xa0 are bytes of multi-byte characters.
_SPACE = re.compile(r"[ \t\r\n\f]+")
# Tags whose boxes start and end lines, so white space beside them is never shown (HTML's block-level and
# table elements, br, and the head's elements, which show nothing).
BLOCK = frozenset(
    {
        *("html", "head", "body", "title", "meta", "link", "base", "div", "p", "h1", "h2", "h3", "h4", "h5", "h6"),
        *("ul", "ol", "li", "dl", "dt", "dd", "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th"),
        *("colgroup", "col", "section", "article", "header", "footer", "nav", "aside", "main", "figure"),
        *("figcaption", "blockquote", "form", "fieldset", "legend", "hr", "br", "address", "center", "pre"),
        *("details", "summary", "menu", "dir", "frameset", "frame", "noframes"),
    }
)
_RAW = frozenset({"script", "style", "pre", "textarea"})
_META_LABEL = re.compile(r"""(<meta\b[^>]*?charset\s*=\s*["']?\s*)([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HEAD = re.compile(r"<head\b[^>]*>", re.IGNORECASE)


@dataclass(frozen=True)
class Piece:
    """One run of the page: a tag (start, end, comment, doctype or a raw element whole) or the text between."""

    text: str
    tag: str = ""  # lower-case element name of a start or end tag; "" for text, comments and doctypes
    end: bool = False

    @property
    def block(self) -> bool:
        """Whether this is a start or end tag of a block-level element."""
        return self.tag in BLOCK


def pieces(page: str) -> list[Piece]:
    """The page cut into tags and the text between them, in order; joined they give the page back."""
    out: list[Piece] = []
    position = 0
    for match in _TOKEN.finditer(page):
        if match.start() > position:
            out.append(Piece(page[position : match.start()]))
        token = match.group(0)
        name = _NAME.match(token)
        out.append(Piece(token, name.group(1).lower() if name else "", token.startswith("</")))
        position = match.end()
    if position < len(page):
        out.append(Piece(page[position:]))
    return out


def _is_text(piece: Piece | None) -> bool:
    return piece is not None and not piece.text.startswith("<")


def _edge(piece: Piece | None) -> bool:
    """Whether white space beside this neighbour is never shown: a block-level tag or the page's edge."""
    return piece is None or piece.block


def _squeeze_tag(tag: str) -> str:
    """A tag with each run of white space outside its quoted values made one space."""
    parts = re.findall(r""""[^"]*"|'[^']*'|[^"']+""", tag)
    return "".join(part if part[:1] in {'"', "'"} else _SPACE.sub(" ", part) for part in parts)


def _minify_text(text: str, before: Piece | None, after: Piece | None) -> str:
    if not text.strip(" \t\r\n\f"):
        return "" if _edge(before) and _edge(after) else " "
    text = _SPACE.sub(" ", text)
    if _edge(before):
        text = text.lstrip(" ")
    if _edge(after):
        text = text.rstrip(" ")
    return text


def minify(page: str) -> str:
    """White space between tags dropped where no browser shows it, one space elsewhere; no line break left."""
    cut = pieces(page)
    out = []
    for index, piece in enumerate(cut):
        if _is_text(piece):
            before = cut[index - 1] if index else None
            after = cut[index + 1] if index + 1 < len(cut) else None
            out.append(_minify_text(piece.text, before, after))
        elif piece.tag in _RAW or piece.text.startswith("<!"):
            out.append(piece.text)
        else:
            out.append(_squeeze_tag(piece.text))
    return "".join(out)


def _line_starts_here(cut: list[Piece], index: int) -> bool:
    """Whether a line break before cut[index] (a start tag) is one no browser shows."""
    piece = cut[index]
    if piece.block:
        return True
    previous = index - 1
    if previous >= 0 and _is_text(cut[previous]) and not cut[previous].text.strip(" \t\r\n\f"):
        previous -= 1
    return previous >= 0 and cut[previous].block


def newlines(page: str) -> str:
    """A line break before every start tag in the body where it shows nothing (see the module docstring)."""
    cut = pieces(page)
    out: list[str] = []
    in_body = not any(p.tag == "body" and not p.end for p in cut)
    for index, piece in enumerate(cut):
        is_start = bool(piece.tag) and not piece.end
        if in_body and is_start and not (out and out[-1].endswith("\n")) and _line_starts_here(cut, index):
            out.append("\n")
        out.append(piece.text)
        in_body = in_body or (piece.tag == "body" and not piece.end)
    return "".join(out)


def wrap(page: str) -> str:
    """Every div whose nearest-div descendants include a p gains one plain div around it."""
    cut = pieces(page)
    open_divs: list[list[int]] = []  # [index of the start tag, holds a p (0/1)]
    wrapped: list[tuple[int, int]] = []
    for index, piece in enumerate(cut):
        if piece.tag == "div" and not piece.end:
            open_divs.append([index, 0])
        elif piece.tag == "div" and open_divs:
            start, holds_p = open_divs.pop()
            if holds_p:
                wrapped.append((start, index))
        elif piece.tag == "p" and not piece.end and open_divs:
            open_divs[-1][1] = 1
    before = {start for start, _ in wrapped}
    after = {end for _, end in wrapped}
    out = []
    for index, piece in enumerate(cut):
        out.append(("<div>" if index in before else "") + piece.text + ("</div>" if index in after else ""))
    return "".join(out)


def relabel(page: str, label: str) -> str:
    """The page with every `<meta>` charset label saying `label`.

    Where none does, one is added after `<head>`, else after the page's first tag (a page's own wrapper stays
    first)."""
    if _META_LABEL.search(page):
        return _META_LABEL.sub(lambda m: m.group(1) + label, page)
    tag = f'<meta charset="{label}">'
    head = _HEAD.search(page) or _TOKEN.search(page)
    return page[: head.end()] + tag + page[head.end() :] if head else tag + page


def _reencode(data: bytes, label: str) -> bytes:
    from scraper.decode import decode

    text = decode(data)[0]
    if "\ufffd" in text:  # the decoder had to guess: re-encoding would fix its guess into the bytes
        return data
    return relabel(text, label).encode("gb18030")


def _markup(transform: Callable[[str], str]) -> Callable[[bytes], bytes]:
    return lambda data: transform(data.decode("latin-1")).encode("latin-1")


TRANSFORMS: dict[str, Callable[[bytes], bytes]] = {
    "minify": _markup(minify),
    "newlines": _markup(newlines),
    "wrap": _markup(wrap),
    "gbk": lambda data: _reencode(data, "gb18030"),
    "gbk-lie": lambda data: _reencode(data, "utf-8"),
}


def perturb(name: str, data: bytes) -> bytes:
    """The page's bytes re-written by one transform that leaves what a browser shows (but `gbk-lie`) as it was.

    Args:
        name: one of TRANSFORMS (`minify`, `newlines`, `wrap`, `gbk`, `gbk-lie`).
        data: the page as served.

    Returns:
        The re-written page.

    Raises:
        KeyError: for an unknown transform name.
    """
    return TRANSFORMS[name](data)
