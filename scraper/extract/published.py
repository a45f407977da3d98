"""Publish-date candidates of a page whose template no rule knows, beyond meta tags and labelled lines.

1. `headline_date`: the first date printed after the headline (the <h1>, or the heading that holds the
   title), within the next few hundred characters of text and outside lists of other articles: a bare
   date-time under the headline needs no label (2024-05-09 22:27:02, 2024年05月10日06:58 | 来源：…).
2. `script_date`: a date in inline script data, under a key that means the publish time (pubtime,
   publishDate, publish_time, ptime …) or WeChat's unix-seconds variable (`var ct = "1600000000"`).
3. `library_date`: htmldate's original-date reading (structured data, meta names we do not list, the URL,
   <time>, its own date patterns), run on a copy of the tree: it prunes what it reads.
4. `refine`: a date-only value (from a meta tag) gains its time from a candidate of the same day.
Copyright years, and dates inside lists of related / recommended / ranked articles, are never candidates.
"""

from __future__ import annotations

import copy
import re
from datetime import datetime

from lxml import etree

from .dates import BEIJING, parse_date
from .tree import Element, marker_of, squash

__all__ = ["headline_date", "headline_line", "library_date", "refine", "script_date"]

_LIST_CONTEXT = re.compile(
    r"(相关|推荐|热点|热门|排行|猜你喜欢|延伸阅读|更多|recommend|related|hot|rank|list|side|footer|nav|comment)",
    re.IGNORECASE,
)
_HEADLINE = etree.XPath("(//h1 | //*[contains(@class, 'title') or contains(@id, 'title')][self::div or self::h2 or self::td])")
_FULL_DATE = re.compile(
    r"(?:19|20)\d{2}\s*[年/.-]\s*\d{1,2}\s*[月/.-]\s*\d{1,2}\s*日?(?:\s*\d{1,2}\s*[:：时]\s*\d{1,2}(?:\s*[:：分]\s*\d{1,2})?)?"
)
_COPYRIGHT = re.compile(r"(?:©|copyright|版权|all rights)", re.IGNORECASE)
# How much text after the headline may stand between it and its date (the byline row, a subtitle).
_NEAR_CHARS = 400
_SCRIPT_KEY = re.compile(
    r"""["']?\b(?:pubtime|pubTime|pub_time|publishDate|publish_date|publishTime|publish_time|pubDate|pub_date|ptime|"""
    r"""datePublished|releaseDate|firstPublishTime|newsTime|createTime|create_time)\b["']?\s*[:=]\s*["']?"""
    r"""([0-9][0-9 :/.\-TZ+年月日]{7,30})""",
)
_WECHAT_TIME = re.compile(r"""\bvar\s+ct\s*=\s*["']?(\d{10})["']?""")
_SCRIPTS = etree.XPath("//script[not(@src)]/text()")
# A unix time outside these bounds is not a publish time (a zero, a counter).
_EARLIEST = datetime(1995, 1, 1, tzinfo=BEIJING)
_LATEST = datetime(2099, 12, 31, tzinfo=BEIJING)


def _in_list(node: Element, stop: frozenset[Element] = frozenset(), depth: int = 64) -> bool:
    """Whether `node` sits in a list of other articles: a list item, a link, navigation, or (among its first
    `depth` ancestors) a container named like a list; never asked past `stop`.

    A container that also holds the headline (one of `stop`) is the page's own column, whatever its name
    (`list_con`, `main-side`): only the containers between a date and that column are asked.
    """
    for level, ancestor in enumerate(node.iterancestors()):
        if ancestor in stop:
            return False
        if ancestor.tag in {"li", "nav", "footer", "aside", "a"}:
            return True
        if level >= depth:
            continue
        marker = marker_of(ancestor)
        if marker.strip() and _LIST_CONTEXT.search(marker):
            return True
    return False


def _following_text(node: Element, limit: int) -> list[tuple[Element, str]]:
    """The text nodes after `node` in document order (its own text excluded), up to `limit` characters."""
    parent = node.getparent()
    tail = squash(node.tail or "")
    out: list[tuple[Element, str]] = [(parent, tail)] if tail and parent is not None else []
    total = len(tail)
    for element in node.itersiblings():
        for piece in _texts(element):
            out.append(piece)
            total += len(piece[1])
            if total >= limit:
                return out
    if parent is not None and parent.tag not in {"body", "html"} and total < limit:
        out.extend(_following_text(parent, limit - total))
    return out


def _texts(element: Element, *, with_tail: bool = True) -> list[tuple[Element, str]]:
    """(owner, text) of every text under `element`, and of its tail, in document order."""
    pieces: list[tuple[Element, str]] = []
    if isinstance(element.tag, str) and element.tag not in {"script", "style"}:
        text = squash(element.text or "")
        if text:
            pieces.append((element, text))
        for child in element:
            pieces.extend(_texts(child))
    owner = element.getparent()
    tail = squash(element.tail or "") if with_tail else ""
    if tail and owner is not None:
        pieces.append((owner, tail))
    return pieces


def headline_date(root: Element, *, now: datetime | None = None) -> str | None:
    """The first full date printed after the headline, before much other text, outside lists."""
    for heading in _HEADLINE(root):
        # An <h1> is the page's own unless it sits in a list item or a link; a "title" block is asked more.
        if _in_list(heading, depth=0 if heading.tag == "h1" else 3) or len(squash(heading.text_content())) < 4:
            continue
        column = frozenset(heading.iterancestors())
        pieces = _following_text(heading, _NEAR_CHARS)
        # Split dates ("2024-05-09" in one element, "22:27" in the next) read as one line.
        for index, (node, text) in enumerate(pieces):
            if not _FULL_DATE.search(text) or _COPYRIGHT.search(text) or _in_list(node, column):
                continue
            joined = " ".join(t for _, t in pieces[index : index + 3])
            value = parse_date(joined, now=now) or parse_date(text, now=now)
            if value:
                return value
        return None
    return None


# The byline row under a headline (date, 来源, 作者) fits in this much text.
_LINE_CHARS = 120


def headline_line(root: Element) -> str | None:
    """The text printed right after the headline (its byline row: date, 来源：…, 作者：…), outside lists.

    Old table-layout pages name no info or source container; their 来源 is read from this line.
    """
    for heading in _HEADLINE(root):
        if _in_list(heading, depth=0 if heading.tag == "h1" else 3) or len(squash(heading.text_content())) < 4:
            continue
        column = frozenset(heading.iterancestors())
        pieces = [text for node, text in _following_text(heading, _LINE_CHARS) if not _in_list(node, column)]
        return " ".join(pieces)[:_LINE_CHARS] or None
    return None


def script_date(root: Element) -> str | None:
    """A publish time in inline script data (a JSON key or a JS variable), or None."""
    for script in _SCRIPTS(root):
        text = str(script)
        match = _SCRIPT_KEY.search(text)
        if match:
            value = parse_date(match.group(1))
            if value:
                return value
        wechat = _WECHAT_TIME.search(text)
        if wechat:
            moment = datetime.fromtimestamp(int(wechat.group(1)), BEIJING)
            if _EARLIEST <= moment <= _LATEST:
                return moment.isoformat()
    return None


def library_date(root: Element) -> str | None:
    """htmldate's original publish date of the page (date only), or None."""
    from htmldate import find_date

    try:
        # The bounds are fixed so the record does not depend on the day it is extracted.
        found = find_date(
            copy.deepcopy(root),
            extensive_search=False,
            original_date=True,
            min_date="1995-01-01",
            max_date="2099-12-31",
        )
    except (ValueError, TypeError, etree.LxmlError):
        return None
    return found or None


def refine(value: str | None, *candidates: str | None) -> str | None:
    """A date-only `value` with the time of the first candidate on the same day (else `value` as it is)."""
    if value is None or len(value) != 10:
        return value
    for candidate in candidates:
        if candidate and len(candidate) > 10 and candidate[:10] == value:
            return candidate
    return value
