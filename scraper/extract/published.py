"""Publish-date candidates of a page whose template no rule knows, beyond meta tags and labelled lines.

1. `headline_date`: the first date printed after the headline (where the page prints the title, else the
   <h1> or the block named title that is not the site's logo), within the next few hundred characters of text and outside lists of other articles: a bare
   date-time under the headline needs no label (2024-05-09 22:27:02, 2024年05月10日06:58 | 来源：…).
2. `script_date`: a date in inline script data, under a key that means the publish time (pubtime,
   publishDate, publish_time, ptime …, unix seconds or milliseconds too) or WeChat's unix-seconds variable
   (`var ct = "1600000000"`); a key that carries several dates in one script is a list and is not read.
3. `library_date`: htmldate's original-date reading (the page URL's date first, structured data, meta names
   we do not list, <time>, its own date patterns), run on a copy of the tree: it prunes what it reads.
4. `refine`: a date-only value (from a meta tag) gains its time from a candidate of the same day.
Copyright years, and dates inside lists of related / recommended / ranked articles, are never candidates.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import urlsplit

from lxml import etree

from .attributes import marker_of
from .dates import BEIJING, UNIX_TIME, from_unix, parse_date, parse_short_date
from .layout import squash, text_of, text_owner
from .terms import EDITOR_LABELS, SOURCE_LABELS, alternation
from .titles import is_logo, reads_as_article, title_key
from .tree import Element, remove

__all__ = [
    "after_date",
    "date_under",
    "headline_date",
    "headline_line",
    "in_link_list",
    "in_prose",
    "library_date",
    "line_under",
    "own_footer",
    "own_heading",
    "refine",
    "same_day_other_minute",
    "script_date",
    "short_date_under",
]

_LIST_CONTEXT = re.compile(
    r"(相关|推荐|热点|热门|排行|猜你喜欢|延伸阅读|更多|recommend|related|hot|rank|list|side|footer|nav|comment)",
    re.IGNORECASE,
)
# `//div[…] | //h2[…]`, not `//*[…][self::div or self::h2]`: the same nodes in the same order, but libxml2 walks
# the tree by element name instead of testing the attributes of every element.
_TITLE_NAMED = "[contains(@class, 'title') or contains(@id, 'title')]"
_HEADLINE = etree.XPath(f"//h1 | //div{_TITLE_NAMED} | //h2{_TITLE_NAMED} | //td{_TITLE_NAMED}")
_FULL_DATE = re.compile(
    r"(?:19|20)\d{2}\s*[年/.-]\s*\d{1,2}\s*[月/.-]\s*\d{1,2}\s*日?(?:\s*\d{1,2}\s*[:：时]\s*\d{1,2}(?:\s*[:：分]\s*\d{1,2})?)?"
    r"|(?<![\d/])\d{1,2}/\d{1,2}/(?:19|20)\d{2}(?!\d)"
)
_COPYRIGHT = re.compile(r"(?:©|copyright|版权|all rights)", re.IGNORECASE)
# How much text after the headline may stand between it and its date (the byline row, a subtitle).
_NEAR_CHARS = 400
# A key that names a publish time, in any spelling scripts use: an act (pub, publish, release, create, post,
# display, first publish, or its initial: p, and c before time) or the article, then time / date / at / timestamp (ptime, ctime,
# pubDate, publish_time, publishedAt, createTimestamp, created_at, postTime), or datePublished; never update or
# modify times (mtime, utime).
_SCRIPT_KEY = re.compile(
    r"""["']?\b(?P<key>(?i:(?:p|c(?=time)|pub|publish(?:ed)?|release[d]?|create[d]?|post(?:ed)?|display|news|article|"""
    r"""first_?publish)[_-]?(?:time(?:stamp)?|date|at)|date_?published)|time)\b["']?\s*[:=]\s*"""
    r"""["']?(?P<value>[0-9][0-9 :/.\-TZ+年月日]{7,30})""",
)
# A key named only "time" is asked only once per script, and only for a date with its time of day: lists
# of other articles carry it on every item.
_GENERIC_KEYS = frozenset({"time"})
_WECHAT_TIME = re.compile(r"""\bvar\s+ct\s*=\s*["']?(\d{10})["']?""")
_SCRIPTS = etree.XPath("//script[not(@src)]/text()")
# The text nodes holding `$opening` of a length a title may have; the cheap substring test comes first, so the
# lengths (each a normalize-space() copy) are measured only for the few text nodes that pass it.
_TEXTS_WITH = etree.XPath(
    "//body/descendant::text()[contains(., $opening)][string-length(normalize-space(.)) >= 4][string-length(normalize-space(.)) < 200]"
)


_IN_ARTICLE = etree.XPath("boolean(ancestor::article)")


def own_footer(node: Element) -> bool:
    """Whether `node` is an article's own footer: a <footer>, or a container named footer and nothing list-like,
    inside an <article>. Blog and CMS themes print the date row, 来源, category and tags there, after the text;
    any other footer is the site's, and nothing in it is this page's date, source or byline. The one definition
    for every reader that skips footers (`_in_list` here, `dom`'s list contexts and date candidates)."""
    marker = marker_of(node)
    if node.tag != "footer" and "footer" not in marker.lower():
        return False
    words = {word.lower() for word in _LIST_CONTEXT.findall(marker)}
    return words <= {"footer"} and bool(_IN_ARTICLE(node))


def _in_list(node: Element, stop: frozenset[Element] = frozenset(), depth: int = 64) -> bool:
    """Whether `node` sits in a list of other articles: a list item, a link, navigation, a site's footer, or
    (among its first `depth` ancestors) a container named like a list; never asked past `stop`.

    A container that also holds the headline (one of `stop`) is the page's own column, whatever its name
    (`list_con`, `main-side`): only the containers between a date and that column are asked. An article's own
    footer (`own_footer`) is no list.
    """
    for level, ancestor in enumerate(node.iterancestors()):
        if ancestor in stop:
            return False
        if own_footer(ancestor):
            continue
        if ancestor.tag in {"li", "nav", "footer", "aside", "a"}:
            return True
        if level >= depth:
            continue
        marker = marker_of(ancestor)
        if marker.strip() and _LIST_CONTEXT.search(marker) and not _byline_row(ancestor):
            return True
    return False


# A byline row prints the page's own source, author or editor after a label (来源: …　编辑: …).
_BYLINE_LABEL = re.compile(alternation((*SOURCE_LABELS, *EDITOR_LABELS, "作者", "撰文", "记者")) + r"\s*[:：]")


def _byline_row(container: Element) -> bool:
    """A container named like a list that is the page's byline row (a CSS framework's `horizontal list` of
    来源, 编辑 and the date): short, and labelled as no list of other articles is."""
    text = squash(text_of(container))
    return len(text) <= _LINE_CHARS and _BYLINE_LABEL.search(text) is not None


def _following_text(node: Element, limit: int) -> list[tuple[Element, str]]:
    """The text nodes after `node` in document order (its own text excluded), up to `limit` characters.

    The texts are walked lazily: a sibling that holds the whole article is not read past the limit.
    """
    out: list[tuple[Element, str]] = []
    total = 0
    for piece in _after(node):
        out.append(piece)
        total += len(piece[1])
        if total >= limit:
            break
    return out


def _after(node: Element) -> Iterator[tuple[Element, str]]:
    """(owner, text) of every text after `node` in document order, up to the end of <body>."""
    parent = node.getparent()
    tail = squash(node.tail or "")
    if tail and parent is not None:
        yield parent, tail
    for element in node.itersiblings():
        yield from _texts(element)
    if parent is not None and parent.tag not in {"body", "html"}:
        yield from _after(parent)


def _texts(element: Element) -> Iterator[tuple[Element, str]]:
    """(owner, text) of every text under `element`, and of its tail, in document order."""
    if isinstance(element.tag, str) and element.tag not in {"script", "style"}:
        text = squash(element.text or "")
        if text:
            yield element, text
        for child in element:
            yield from _texts(child)
    owner = element.getparent()
    tail = squash(element.tail or "")
    if tail and owner is not None:
        yield owner, tail


def headline_date(root: Element, *, title: str | None = None, now: datetime | None = None) -> str | None:
    """The first full date printed after the headline, before much other text, outside lists.

    The headline is where the page prints `title` (the record's title) when given, else the first <h1> or
    block named title that is not the site's logo.
    """
    return date_under(own_heading(root, title), now)


def own_heading(root: Element, title: str | None = None) -> Element | None:
    """The page's own headline element: where it prints `title` when given, else its first own heading."""
    return next(_own_headings(root, title), None)


def date_under(heading: Element | None, now: datetime | None = None) -> str | None:
    """The first full date printed after `heading` (from `own_heading`), outside lists; None without one."""
    return _date_after(heading, now) if heading is not None else None


def _own_headings(root: Element, title: str | None = None) -> Iterator[Element]:
    """The page's own headings, best first: outside lists of other articles, not the site's logo."""
    for heading in _headlines(root, title):
        if len(squash(text_of(heading))) < 4 or is_logo(heading):
            continue
        # An <h1> is the page's own unless it sits in a list item or a link; a "title" block is asked more.
        depth = 0 if heading.tag == "h1" else 3
        if not _in_list(heading, depth=depth):
            yield heading
            continue
        # A container named like a list above the article's column (a container that reads as an article,
        # main-list) is the page's layout, not a list of other articles: only the containers below it are asked.
        column = frozenset(ancestor for ancestor in heading.iterancestors() if reads_as_article(ancestor))
        if column and not _in_list(heading, stop=column, depth=depth):
            yield heading


def _headlines(root: Element, title: str | None) -> list[Element]:
    """Where the page prints `title` (its first such element), then the <h1>s and blocks named title."""
    found: list[Element] = []
    key = title_key(title) if title else ""
    if len(key) >= 4:
        # Most texts cannot be the title: only those holding its opening are folded and compared.
        opening = squash(title or "")[:2]
        for text in _TEXTS_WITH(root, opening=opening):
            if title_key(str(text)) == key:
                owner = text_owner(text)
                if owner is not None:
                    found.append(owner)
                    break
    return found + list(_HEADLINE(root))


# Blocks that hold one row of a list: a paragraph, a table row, a list item, a div.
_ROWS = frozenset({"p", "div", "tr", "li", "dd", "dt"})
_ROW_CHARS = 120
_CJK = re.compile(r"[\u4e00-\u9fff]")
# A link's text is a headline from this many Chinese characters.
_HEADLINE_CJK = 6
# An article's address names a file or carries a number (/news/20240508/1000.html); a source link to an
# outlet's home (http://gz.house.163.com/) does neither.
_ARTICLE_PATH = re.compile(r"(?:\.[a-z]{3,5}|\d[^/]*/?)$", re.IGNORECASE)


def _article_href(href: str) -> bool:
    """Whether a link's address is another article's page (its path names a file or carries a number)."""
    href = href.strip()
    if not href or href.startswith(("#", "javascript:")):
        return False
    try:
        return _ARTICLE_PATH.search(urlsplit(href).path) is not None
    except ValueError:
        return False


def _row_of(node: Element) -> Element | None:
    return node if node.tag in _ROWS else next((a for a in node.iterancestors() if a.tag in _ROWS), None)


def _linked_row(row: Element) -> bool:
    """A short row holding a date and a link to another page whose text is a headline."""
    if len(text_of(row)) > _ROW_CHARS or not _FULL_DATE.search(text_of(row)):
        return False
    return any(map(_headline_link, row.iter("a")))


def in_link_list(node: Element, stop: frozenset[Element] = frozenset()) -> bool:
    """Whether `node` sits in a list of other articles marked up as plain rows: its row (the nearest paragraph,
    table row or div) holds a headline linking to another page and a date, and a sibling row of the same tag
    does too. A byline row's link (来源：<a>某某日报</a>) has no such sibling; a row that holds the page's own
    headline (one of `stop`) is never asked."""
    row = _row_of(node)
    if row is None or row in stop or row.tag in {"body", "html"} or not _linked_row(row):
        return False
    siblings = [*row.itersiblings(row.tag), *row.itersiblings(row.tag, preceding=True)]
    return any(_linked_row(sibling) for sibling in siblings[:8])


# A sentence's punctuation, and the length from which a text holding it is prose, not a byline row.
_SENTENCE = re.compile(r"[，。；！？]")
_PROSE_CHARS = 30


def in_prose(text: str) -> bool:
    """Whether a date's text is a sentence of the article (次日清晨，…原应于2015年7月2日…), not a date row: a row
    prints the date beside labels and names, not inside a clause."""
    return len(text) >= _PROSE_CHARS and _SENTENCE.search(text) is not None


def _date_after(heading: Element, now: datetime | None) -> str | None:
    """The first full date in the text after `heading` (within `_NEAR_CHARS`), outside lists, or None."""
    column = frozenset(heading.iterancestors())
    pieces = _joined_years(_following_text(heading, _NEAR_CHARS))
    # Split dates ("2024-05-09" in one element, "22:27" in the next) read as one line.
    for index, (node, text) in enumerate(pieces):
        if not _FULL_DATE.search(text) or _COPYRIGHT.search(text) or in_prose(text):
            continue
        if _in_list(node, column) or in_link_list(node, column):
            continue
        joined = " ".join(t for _, t in pieces[index : index + 3])
        value = parse_date(joined, now=now) or parse_date(text, now=now)
        if value:
            return value
    return None


def short_date_under(heading: Element | None, updated: str | None) -> str | None:
    """The date printed after `heading` without its year or century (发布时间：10-08 12:00, 18-03-08 23:16), outside
    lists and sentences, completed by the time the page says it was `updated` (dates.parse_short_date); None
    without either."""
    if heading is None or not updated:
        return None
    column = frozenset(heading.iterancestors())
    pieces = _following_text(heading, _NEAR_CHARS)
    for index, (node, text) in enumerate(pieces):
        if _COPYRIGHT.search(text) or in_prose(text) or _in_list(node, column) or in_link_list(node, column):
            continue
        joined = " ".join(t for _, t in pieces[max(0, index - 1) : index + 2] if not in_prose(t))
        value = parse_short_date(joined, updated) if _SHORT_HINT.search(text) else None
        if value:
            return value
    return None


_SHORT_HINT = re.compile(r"\d[-/]\d")


# A year, and a month and day, each printed in an element of its own (<div>2019</div><div>09/07</div>).
_YEAR_PIECE = re.compile(r"(?:19|20)\d{2}")
_MONTH_DAY_PIECE = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*日?")


def _joined_years(pieces: list[tuple[Element, str]]) -> list[tuple[Element, str]]:
    """The texts with a year printed apart from its month and day (the next text) joined to them as one date,
    as templates print a date in pieces (year, month/day, time), each in its own element."""
    out: list[tuple[Element, str]] = []
    for node, text in pieces:
        if out and _MONTH_DAY_PIECE.fullmatch(text) and _YEAR_PIECE.fullmatch(out[-1][1]):
            out[-1] = (out[-1][0], f"{out[-1][1]}-{text}")
            continue
        out.append((node, text))
    return out


# The byline row under a headline (date, 来源, 作者) fits in this much text.
_LINE_CHARS = 120


def headline_line(root: Element, title: str | None = None) -> str | None:
    """The text printed right after the headline (its byline row: date, 来源：…, 作者：…), outside lists.

    Old table-layout pages name no info or source container; their 来源 is read from this line. With
    `title`, the headline is where the page prints it (as for `headline_date`).
    """
    return line_under(own_heading(root, title))


def line_under(heading: Element | None) -> str | None:
    """The byline row printed right after `heading` (from `own_heading`), outside lists; None without one."""
    if heading is None:
        return None
    column = frozenset(heading.iterancestors())
    pieces = [text for node, text in _following_text(heading, _LINE_CHARS) if not _in_list(node, column)]
    return " ".join(pieces)[:_LINE_CHARS] or None


def after_date(line: str | None) -> str | None:
    """What a line prints after its first full date (the outlet of 2024-05-09 07:30　青山日报), or None."""
    match = _FULL_DATE.search(line or "")
    rest = (line or "")[match.end() :].strip() if match else ""
    return rest or None


def script_date(root: Element, title: str | None = None, *, named: bool = False) -> str | None:
    """A publish time in inline script data (a JSON key or a JS variable), or None.

    A key that carries different dates across a script is a list of other articles and is not read,
    except, with the page's `title`, the value nearest to where the script holds that title (the page's
    own article in a store that also lists others); a number under the key is unix seconds or milliseconds.
    With `named`, only a key that names publishing is read, never the bare `time`.
    """
    day_only = None
    for script in _SCRIPTS(root):
        text = str(script)
        found = _script_value(text, named) or (_titled_value(text, title) if title and len(title) >= 8 else None)
        wechat = None if found else _WECHAT_TIME.search(text)
        found = from_unix(wechat.group(1)) if wechat else found
        if found and "T" in found:
            return found
        # A day without its time (a page-level publishedDate) waits for a later script that has the time.
        day_only = day_only or found
    return day_only


def _script_value(text: str, named: bool = False) -> str | None:
    """The first usable date under a publish-time key of one script's text (`named`: no bare `time` key)."""
    matches = [match for match in _SCRIPT_KEY.finditer(text) if not (named and match["key"] in _GENERIC_KEYS)]
    values: dict[str, set[str]] = {}
    for match in matches:
        values.setdefault(match["key"], set()).add(match["value"].strip())
    day_only = None
    for match in matches:
        key, raw = match["key"], match["value"].strip()
        seen = values[key]
        if len(seen) > 1 and (key in _GENERIC_KEYS or len(seen) > 2):
            continue
        value = from_unix(raw) if UNIX_TIME.match(raw) else parse_date(raw)
        if value and "T" in value:
            return value
        # A date without its time (publishedDate beside datePublished) waits for a key that has the time.
        if value and key not in _GENERIC_KEYS:
            day_only = day_only or value
    return day_only


# The fields a script renders the article from: form fields nobody sees (a textarea's text, a hidden input's value).
_FIELDS = etree.XPath("//textarea | //input[@type='hidden']")


def _field_value(field: Element) -> str:
    return squash(text_of(field) if field.tag == "textarea" else field.get("value") or "")


def stored_date(root: Element, title: str | None) -> str | None:
    """The publish time in the page's store of hidden fields that a script prints the article from, or None.

    Which store is the article's, and which of its fields is the time, class names say on a page that names
    them (article-time); by structure, the store is the article's when one of its fields holds the page's
    title, and a field of it holding nothing but unix seconds or milliseconds is the time the page prints.
    """
    wanted = title_key(title or "")
    if len(wanted) < 8:
        return None
    for field in _FIELDS(root):
        store = field.getparent()
        if store is None or title_key(_field_value(field)) != wanted:
            continue
        for sibling in store:
            if sibling.tag in ("textarea", "input") and UNIX_TIME.fullmatch(value := _field_value(sibling)):
                return from_unix(value)
    return None


# How far from the page's title in a script its own publish time may be.
_TITLED_CHARS = 2000


def _titled_value(text: str, title: str) -> str | None:
    """The publish-time value nearest to the first place a script holds `title`, within _TITLED_CHARS."""
    at = text.find(title)
    if at < 0:
        return None
    window = _SCRIPT_KEY.finditer(text, max(0, at - _TITLED_CHARS), at + len(title) + _TITLED_CHARS)
    near = sorted((abs(match.start() - at), match) for match in window if match["key"] not in _GENERIC_KEYS)
    for _, match in near:
        raw = match["value"].strip()
        value = from_unix(raw) if UNIX_TIME.match(raw) else parse_date(raw)
        if value:
            return value
    return None


# Links of this many characters at least, and the list items around them: where other articles' headlines are.
_LONG_LINKS = etree.XPath("//body//li[.//a[string-length(normalize-space(.)) >= 8]] | //body//a[string-length(normalize-space(.)) >= 8][not(ancestor::li)]")


def _headline_link(anchor: Element) -> bool:
    """A link to another article's page whose text is a Chinese headline (as `_linked_row` asks)."""
    return _article_href(anchor.get("href") or "") and len(_CJK.findall(text_of(anchor))) >= _HEADLINE_CJK


def library_date(root: Element, url: str | None = None) -> str | None:
    """htmldate's original publish date of the page (date only), or None.

    With the page's `url`, a date its path carries (/2024-05/09/, /2024/05-09/, /2024-05-09/) is read first:
    a portal files an article under the day it was published.
    """
    from htmldate import find_date

    tree = copy.deepcopy(root)
    # Other articles' items (a list item or a card around a linked headline) print their own dates: none of them
    # is this page's, and htmldate, which reads the first date it trusts, would take one.
    for node in _LONG_LINKS(tree):
        if any(map(_headline_link, node.iter("a"))):
            remove(node)
    try:
        # The bounds are fixed so the record does not depend on the day it is extracted.
        found = find_date(
            tree,
            extensive_search=False,
            original_date=True,
            min_date="1995-01-01",
            max_date="2099-12-31",
            url=url,
        )
    except (ValueError, TypeError, etree.LxmlError):
        return None
    return found or None


def same_day_other_minute(first: str, second: str) -> bool:
    """Whether two ISO 8601 date-times fall on the same day in Beijing but at different minutes."""
    try:
        one, two = (datetime.fromisoformat(value).astimezone(BEIJING) for value in (first, second))
    except ValueError:
        return False
    return one.date() == two.date() and one.replace(second=0, microsecond=0) != two.replace(second=0, microsecond=0)


def refine(value: str | None, *candidates: str | None) -> str | None:
    """A date-only `value` with the time of the first candidate on the same day (else `value` as it is)."""
    if value is None or len(value) != 10:
        return value
    for candidate in candidates:
        if candidate and len(candidate) > 10 and candidate[:10] == value:
            return candidate
    return value
