"""Publish-date candidates of a page whose template no rule knows, beyond meta tags and labelled lines.

1. `headline_date`: the first date printed after the headline (where the page prints the title, else the
   <h1> or the block named title that is not the site's logo), within the next few hundred characters of text and outside lists of other articles: a bare
   date-time under the headline needs no label (2024-05-09 22:27:02, 2024年05月10日06:58 | 来源：…).
2. `script_date` (script_dates.py): a date in inline script data, under a key that means the publish time (pubtime,
   publishDate, publish_time, ptime …, unix seconds or milliseconds too) or WeChat's unix-seconds variable
   (`var ct = "1600000000"`); a key that carries several dates in one script is a list and is not read.
3. `library_date`: htmldate's original-date reading (the page URL's date first, structured data, meta names
   we do not list, <time>, its own date patterns), run on a copy of the tree: it prunes what it reads.
4. `refine`: a date-only value (from a meta tag) gains its time from a candidate of the same day.
Copyright years, and dates inside lists of related / recommended / ranked articles (article_lists.py), are never
candidates.
"""

from __future__ import annotations

import copy
import itertools
import re
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import urlsplit

from lxml import etree

from .article_lists import FULL_DATE, LINE_CHARS, headline_link, in_link_list, in_list
from .dates import BEIJING, UPDATE_TERMS, parse_date, parse_short_date
from .layout import squash, text_of, text_owner
from .titles import is_crumb, is_logo, reads_as_article, title_key
from .tree import Element, remove
from .urls import links_to

__all__ = [
    "after_date",
    "class_slot",
    "date_under",
    "headline_date",
    "headline_line",
    "hover_date",
    "hover_rows",
    "in_prose",
    "library_date",
    "line_under",
    "on_day",
    "own_heading",
    "refine",
    "same_day_other_minute",
    "same_minute",
    "short_date_under",
    "stated_time_under",
    "stats_row",
    "stats_row_date",
    "url_day",
]

# `//div[…] | //h2[…]`, not `//*[…][self::div or self::h2]`: the same nodes in the same order, but libxml2 walks
# the tree by element name instead of testing the attributes of every element.
_TITLE_NAMED = "[contains(@class, 'title') or contains(@id, 'title')]"
# `/descendant::x` rather than `//x` (`/descendant-or-self::node()/child::x`): the same elements without a step per node.
_HEADLINE = etree.XPath(
    f"/descendant::h1 | /descendant::div{_TITLE_NAMED} | /descendant::h2{_TITLE_NAMED} | /descendant::td{_TITLE_NAMED}"
)
_COPYRIGHT = re.compile(r"(?:©|copyright|版权|all rights)", re.IGNORECASE)
# How much text after the headline may stand between it and its date (the byline row, a subtitle).
_NEAR_CHARS = 400
# The text nodes holding `$opening` of a length a title may have; the cheap substring test comes first, so the
# lengths (each a normalize-space() copy) are measured only for the few text nodes that pass it.
_TEXTS_WITH = etree.XPath(
    "//body/descendant::text()[contains(., $opening)][string-length(normalize-space(.)) >= 4][string-length(normalize-space(.)) < 200]"
)



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
        if len(squash(text_of(heading))) < 4 or is_logo(heading) or is_crumb(heading):
            continue
        # An <h1> is the page's own unless it sits in a list item or a link; a "title" block is asked more.
        depth = 0 if heading.tag == "h1" else 3
        if not in_list(heading, depth=depth):
            yield heading
            continue
        # A container named like a list above the article's column (a container that reads as an article,
        # main-list) is the page's layout, not a list of other articles: only the containers below it are asked.
        column = frozenset(ancestor for ancestor in heading.iterancestors() if reads_as_article(ancestor))
        if column and not in_list(heading, stop=column, depth=depth):
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



# A sentence's punctuation, and the length from which a text holding it is prose, not a byline row.
_SENTENCE = re.compile(r"[，。；！？]")
_PROSE_CHARS = 30


def in_prose(text: str) -> bool:
    """Whether a date's text is a sentence of the article (次日清晨，…原应于2015年7月2日…), not a date row: a row
    prints the date beside labels and names, not inside a clause."""
    return len(text) >= _PROSE_CHARS and _SENTENCE.search(text) is not None


# Elements of one tag and class printed before a given one.
_PRECEDING_LIKE = etree.XPath("preceding::*[local-name() = $tag and @class = $cls]")


def _slot_before(node: Element, heading: Element) -> bool:
    """Whether the dated `node` after the headline stands where a dated element beside the headline, before it in
    the headline's own block, does: the same tags and class names from the root (a forum's opening post prints its
    time over the subject; a reply's head under a short post is the same slot again, not the headline's row). A
    page that prints its record table twice, once elsewhere above, is not asked."""
    block = heading.getparent()
    if block is None or not isinstance(node.tag, str) or not node.get("class"):
        return False
    slot = class_slot(node)
    return any(
        class_slot(other) == slot and FULL_DATE.search(text_of(other))
        for other in _PRECEDING_LIKE(heading, tag=str(node.tag), cls=node.get("class"))
        if any(ancestor is block for ancestor in other.iterancestors())
    )


def class_slot(node: Element) -> tuple[tuple[str, str], ...]:
    """The tags and class names from `node` up to the root: where it stands in a template, whatever ids number the
    entries it repeats in."""
    return tuple((str(n.tag), n.get("class") or "") for n in (node, *node.iterancestors()))


def _date_after(heading: Element, now: datetime | None) -> str | None:
    """The first full date in the text after `heading` (within `_NEAR_CHARS`), outside lists, or None."""
    column = frozenset(heading.iterancestors())
    pieces = _joined_years(_following_text(heading, _NEAR_CHARS))
    # Split dates ("2024-05-09" in one element, "22:27" in the next) read as one line.
    for index, (node, text) in enumerate(pieces):
        if not FULL_DATE.search(text) or _COPYRIGHT.search(text) or in_prose(text):
            continue
        if in_list(node, column) or in_link_list(node, column) or _slot_before(node, heading):
            continue
        joined = " ".join(t for _, t in pieces[index : index + 3])
        start = _published_start(joined, pieces[index - 1][1] if index else "")
        if start is None:
            continue
        joined, text = joined[start:], text[start:] if start < len(text) else text
        value = parse_date(joined, now=now) or parse_date(text, now=now)
        if value:
            return value
    return None


# A label of the time a page was updated or edited, right before a date (更新时间：, 编辑于, Updated:), or of the time
# a programme went on air (播出时间：, 首播：, a TV site's row before its 发布时间), or of the day a forum's poster
# joined (注册时间 2010-9-3, on the poster's card beside the post): that date is no publish time.
# Each run of spaces has one place to fall (not \s*(?:on|at)?\s*[:：]?\s*$, whose three runs side by side split a
# long run of spaces in every way before failing).
_OTHER_TIME_BEFORE = re.compile(
    rf"(?:{'|'.join(UPDATE_TERMS)}|编辑于|播出|首播|注册)(?:时间|日期|于)?\s*(?:(?:on|at)\s*)?(?:[:：]\s*)?$",
    re.IGNORECASE,
)


def _published_start(row: str, before: str) -> int | None:
    """Where to read `row` from: its start when its first full date is no update or air time (a clock printed before
    the day, 09:05 2021/03/05, is read with it), else where the first full date that no such label precedes starts
    (`before`: the text printed just before the row); None when every date of the row is so labelled (更新时间：…
    发布时间：… and 播出时间：… 发布时间：… give the second)."""
    for index, match in enumerate(FULL_DATE.finditer(row)):
        if not _OTHER_TIME_BEFORE.search((before + " " if match.start() == 0 else "") + row[: match.start()]):
            return 0 if index == 0 else match.start()
    return None


def stated_time_under(heading: Element | None) -> str | None:
    """The first time a <time> element states after `heading` (within the same reach as `date_under`), outside
    lists; None without one. A statement in markup, not what the row prints: it ranks after the printed date."""
    if heading is None:
        return None
    column = frozenset(heading.iterancestors())
    for node, _text in _following_text(heading, _NEAR_CHARS):
        stated = _stated_time(node)
        if stated and not in_list(node, column) and not in_link_list(node, column):
            return stated
    return None


def _stated_time(node: Element) -> str | None:
    """The time the <time> element around a text (or the text's own) states in its datetime attribute, the
    machine-readable form of what it prints (HTML's meaning of the element): under the headline, the publish
    time of a row that prints how long ago it was posted (昨天, 3小时前) or prints it in words. A <time> that
    says it holds the update time (更新于, UPDATED) is not the publish time."""
    element = node if node.tag == "time" else next(node.iterancestors("time"), None)
    stated = element.get("datetime") if element is not None else None
    if not stated or not FULL_DATE.search(stated) or _UPDATED.search(text_of(element)):
        return None
    return parse_date(stated)


_UPDATED = re.compile("|".join(UPDATE_TERMS), re.IGNORECASE)


def short_date_under(heading: Element | None, updated: str | None) -> str | None:
    """The date printed after `heading` without its year or century (发布时间：10-08 12:00, 18-03-08 23:16), outside
    lists and sentences, completed by the time the page says it was `updated` (dates.parse_short_date); None
    without either."""
    if heading is None or not updated:
        return None
    column = frozenset(heading.iterancestors())
    pieces = _following_text(heading, _NEAR_CHARS)
    for index, (node, text) in enumerate(pieces):
        if _COPYRIGHT.search(text) or in_prose(text) or in_list(node, column) or in_link_list(node, column):
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



def headline_line(root: Element, title: str | None = None) -> str | None:
    """The text printed right after the headline (its byline row: date, 来源：…, 作者：…), outside lists.

    Old table-layout pages name no info or source container; their 来源 is read from this line. With
    `title`, the headline is where the page prints it (as for `headline_date`).
    """
    return line_under(own_heading(root, title))


def line_under(heading: Element | None) -> str | None:
    """The byline row printed right after `heading` (from `own_heading`), outside lists; None without one."""
    return joined_line(pieces_under(heading))


def elements_after(heading: Element, limit: int) -> list[Element]:
    """The elements holding the first `limit` characters of text after `heading`, in document order."""
    return [node for node, _ in _following_text(heading, limit)]


def joined_line(pieces: list[str]) -> str | None:
    """The row `pieces_under` gives as one line, cut at the length a byline row runs to; None when empty."""
    return " ".join(pieces)[:LINE_CHARS] or None


def pieces_under(heading: Element | None) -> list[str]:
    """The texts of `line_under`'s row, one per element as printed (来源：某某日报 | 记者 王五 | 2023-03-09 07:52)."""
    if heading is None:
        return []
    column = frozenset(heading.iterancestors())
    return [text for node, text in _following_text(heading, LINE_CHARS) if not in_list(node, column)]


# The clock a row beside the headline prints for today (今日 16:24, 今天 09:05): the day is the page's own.
_TODAY_CLOCK = re.compile(r"(?:^|\s)(?:今日|今天)\s*(?P<H>\d{1,2})[:：](?P<M>\d{2})(?!\d)")
# How many elements before the headline are asked (a date row printed above it).
_ROWS_ABOVE = 2


def today_clock(heading: Element | None, day: str) -> str | None:
    """`day` (YYYY-MM-DD, from another source) with the clock the row right above or under the headline prints
    for today (今日 16:24), or None: a row says 今日 only on the day the article ran, so the day is its own."""
    if heading is None or len(day) != 10:
        return None
    rows = [line_under(heading) or ""]
    rows += [squash(text_of(node)) for node in itertools.islice(heading.itersiblings(preceding=True), _ROWS_ABOVE)]
    for row in rows:
        clock = _TODAY_CLOCK.search(row[:LINE_CHARS])
        if clock is not None and int(clock["H"]) < 24 and int(clock["M"]) < 60:
            return f"{day}T{int(clock['H']):02d}:{clock['M']}+08:00"
    return None


def after_date(line: str | None) -> str | None:
    """What a line prints after its first full date (the outlet of 2024-05-09 07:30　青山日报), or None."""
    match = FULL_DATE.search(line or "")
    rest = (line or "")[match.end() :].strip() if match else ""
    return rest or None



# Links of this many characters at least, and the list items around them: where other articles' headlines are.
_LONG_LINKS = etree.XPath("//body//li[.//a[string-length(normalize-space(.)) >= 8]] | //body//a[string-length(normalize-space(.)) >= 8][not(ancestor::li)]")



# The day a portal files an article under, in the address's compact forms htmldate does not read: a segment of
# eight digits (/20200809/) or a year segment and a month-day one (/2020/0809/). Portals that print no date on
# the page (a newspaper's print edition) still file it so.
_URL_DAY = re.compile(r"/(?P<y>(?:19|20)\d{2})/?(?P<m>[01]\d)(?P<d>[0-3]\d)/")


def url_day(url: str | None) -> str | None:
    """The day the address `url` files its page under (/20200809/, /2020/0809/), as YYYY-MM-DD, or None."""
    try:
        match = _URL_DAY.search(urlsplit(url).path) if url else None
    except ValueError:  # an address no URL parser reads (http://[broken): it files the page under no day
        return None
    if match is None:
        return None
    day = f"{match['y']}-{match['m']}-{match['d']}"
    return day if parse_date(day) == day else None


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
        if any(map(headline_link, node.iter("a"))):
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


# A publish time a date row shows on hover (data-tooltip="发布于 …", title="发布时间：…"), where the row prints when the
# post was last edited (编辑于 …) or how long ago it was posted.
_HOVER = etree.XPath(
    "//body//@data-tooltip[contains(., '发布') or contains(., '发表')]"
    " | //body//@title[contains(., '发布') or contains(., '发表')]"
)
_HOVER_LABEL = re.compile(r"(?:发布|发表)(?:于|时间|日期)?\s*[:：]?\s*(?=\d{4})")


def hover_rows(root: Element) -> frozenset[Element]:
    """The elements that show a publish time on hover (data-tooltip="发布于 2021-04-06", `_HOVER`): what a row
    around one prints is another time (编辑于 …), and `hover_date` reads the publish time. Most pages have none."""
    return frozenset(
        owner
        for attribute in _HOVER(root)
        if _HOVER_LABEL.search(str(attribute)) and (owner := attribute.getparent()) is not None
    )


def hover_date(root: Element, url: str | None = None) -> str | None:
    """The publish time an element outside lists of other articles shows on hover, labelled as the publish
    time (发布于 2016-08-17 11:40), or None. A link to the page itself (`url`) around the row is no list's."""
    for attribute in _HOVER(root):
        label = _HOVER_LABEL.search(str(attribute))
        owner = attribute.getparent()
        if owner is not None:
            own = next((a for a in owner.iterancestors("a") if links_to(a.get("href"), url)), None)
            owner = own.getparent() if own is not None else owner
        if label and owner is not None and not in_list(owner):
            value = parse_date(str(attribute)[label.end() :])
            if value:
                return value
    return None


# A data attribute a template stamps the article's element with, named for the publish time (data-ptime,
# data-pubtime, data-publish-time, data-pubdate): the page's own statement of it, with the time of day where the
# printed row shows the day alone. Never an update time (data-mtime, data-update-time).
_DATA_TIMES = etree.XPath("//body//@*[starts-with(name(), 'data-') and (contains(name(), 'time') or contains(name(), 'date'))]")
_PUBLISH_ATTRIBUTE = re.compile(r"^data-(?:p|pub|publish(?:ed)?|release[d]?|post(?:ed)?)[_-]?(?:time|date)$", re.IGNORECASE)


def attribute_time(root: Element) -> str | None:
    """The publish time, with its time of day, that a data attribute named for it states on an element outside
    lists of other articles (whose items carry their own), or None."""
    for attribute in _DATA_TIMES(root):
        owner = attribute.getparent()
        if owner is None or not _PUBLISH_ATTRIBUTE.match(str(attribute.attrname)) or _listed(owner):
            continue
        value = parse_date(str(attribute))
        if value and len(value) > 10:
            return value
    return None


def _listed(node: Element) -> bool:
    """Whether `node` is an item of a list of other articles or sits in one (article_lists.in_list asks only
    the ancestors)."""
    return node.tag in {"li", "a", "nav", "aside"} or in_list(node)


def same_day_other_minute(first: str, second: str) -> bool:
    """Whether two ISO 8601 date-times fall on the same day in Beijing but at different minutes."""
    try:
        one, two = (datetime.fromisoformat(value).astimezone(BEIJING) for value in (first, second))
    except ValueError:
        return False
    return one.date() == two.date() and one.replace(second=0, microsecond=0) != two.replace(second=0, microsecond=0)


def on_day(value: str, day: str) -> bool:
    """Whether `value` (an ISO 8601 date or date-time) falls on `day` (YYYY-MM-DD) as written or in Beijing: a meta
    tag may state the time in UTC, where a morning's article falls on the day before."""
    if value.startswith(day):
        return True
    try:
        moment = datetime.fromisoformat(value) if len(value) > 10 else None
    except ValueError:
        return False
    return moment is not None and moment.tzinfo is not None and moment.astimezone(BEIJING).date().isoformat() == day


def same_minute(first: str, second: str) -> bool:
    """Whether two ISO 8601 date-times fall on the same minute (either without its time of day: never)."""
    try:
        one, two = (datetime.fromisoformat(value) for value in (first, second))
    except ValueError:
        return False
    if len(first) <= 10 or len(second) <= 10:
        return False
    return one.astimezone(BEIJING).replace(second=0, microsecond=0) == two.astimezone(BEIJING).replace(second=0, microsecond=0)


def refine(value: str | None, *candidates: str | None) -> str | None:
    """A date-only `value` with the time of the first candidate on the same day (else `value` as it is)."""
    if value is None or len(value) != 10:
        return value
    for candidate in candidates:
        if candidate and len(candidate) > 10 and candidate[:10] == value:
            return candidate
    return value


# A post's own stats row (2012-03-08 21:47 | 浏览 1523 | 评论(3), as blog templates print it under the post): its
# time, a views count beside it, and little else.
_VIEWS_WORDS = ("浏览", "瀏覽", "阅读", "閱讀", "点击", "點擊", "人气", "人氣")
_VIEWS = re.compile(rf"(?:{'|'.join(_VIEWS_WORDS)})\s*(?:次数|數|数)?\s*[:：(（]?\s*\d")
# Only the text runs holding a views word are asked: libxml2 finds them, and the row is found from them up.
_VIEWS_TEXTS = etree.XPath("//text()[" + " or ".join(f"contains(., '{word}')" for word in _VIEWS_WORDS) + "]")
_STATS_ROW_CHARS = 80
_CLOCK_IN_ROW = re.compile(r"\d\s+\d{1,2}:\d{2}")
_STATS_ROW_TAGS = frozenset({"ul", "div", "p"})


def stats_row_date(row: str | None) -> str | None:
    """The time of the page's one stats row (`stats_row`'s text), to the minute at least."""
    value = parse_date(row) if row is not None else None
    return value if value is not None and len(value) > len("2012-03-08") else None


def stats_row(root: Element) -> str | None:
    """The text of the page's one stats row (`_VIEWS` beside one full date with its clock), the innermost element
    around a views word that holds one: a post's row under the post (2012-03-08 21:47 | 浏览 1523, 作者:某账号
    阅读(1660) 发表于:2005-07-31 12:30), which a list of other articles' dates never is alone."""
    rows = {row for text in _VIEWS_TEXTS(root) if (row := _row_around(text)) is not None}
    return rows.pop() if len(rows) == 1 else None


def _row_around(text: etree._ElementUnicodeResult) -> str | None:
    """The text of the innermost row element around the text run `text` that is a stats row, or None when the
    elements around it grow past a row's length first."""
    owner = text_owner(text)
    for element in (owner, *owner.iterancestors()) if owner is not None else ():
        if element.tag not in _STATS_ROW_TAGS:
            continue
        value = squash(text_of(element))
        if len(value) > _STATS_ROW_CHARS:
            return None
        # The post's row prints its clock; a card of another piece inside the text (作者：某某 2012-04-06 阅读 3,211)
        # its day alone.
        if len(FULL_DATE.findall(value)) == 1 and _CLOCK_IN_ROW.search(value) and _VIEWS.search(value):
            return value
    return None
