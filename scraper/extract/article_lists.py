"""Where a date or a line under the headline is another article's: in a list of other articles (a container
named like a list, a list item, a link, navigation, a site's footer) or in plain rows of linked headlines and
dates. An article's own footer and its byline row are no such list. The date, source and byline readers
(published.py, dom.py) skip what these say is a list.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml import etree

from ..hanzi import CJK
from .attributes import marker_of
from .layout import squash, text_of
from .terms import EDITOR_LABELS, SOURCE_LABELS, alternation
from .tree import Element

__all__ = ["FULL_DATE", "LINE_CHARS", "headline_link", "in_link_list", "in_list", "own_footer"]

_LIST_CONTEXT = re.compile(
    r"(相关|推荐|热点|热门|排行|猜你喜欢|延伸阅读|更多|recommend|related|hot|rank|list|side|footer|nav|comment)",
    re.IGNORECASE,
)
FULL_DATE = re.compile(
    r"(?:19|20)\d{2}\s*[年/.-]\s*\d{1,2}\s*[月/.-]\s*\d{1,2}\s*日?(?:\s*\d{1,2}\s*[:：时]\s*\d{1,2}(?:\s*[:：分]\s*\d{1,2})?)?"
    r"|(?<![\d/])\d{1,2}/\d{1,2}/(?:19|20)\d{2}(?!\d)"
)
_IN_ARTICLE = etree.XPath("boolean(ancestor::article)")


def own_footer(node: Element) -> bool:
    """Whether `node` is an article's own footer: a <footer>, or a container named footer and nothing list-like,
    inside an <article>. Blog and CMS themes print the date row, 来源, category and tags there, after the text;
    any other footer is the site's, and nothing in it is this page's date, source or byline. The one definition
    for every reader that skips footers (`in_list` here, `dom`'s list contexts and date candidates)."""
    marker = marker_of(node)
    if node.tag != "footer" and "footer" not in marker.lower():
        return False
    return _list_words(marker) <= {"footer"} and bool(_IN_ARTICLE(node))


def _list_words(marker: str) -> set[str]:
    """The list words a class/id marker holds (related, footer, list …), lower-cased."""
    return {word.lower() for word in _LIST_CONTEXT.findall(marker)}


def in_list(node: Element, stop: frozenset[Element] = frozenset(), depth: int = 64) -> bool:
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
    来源, 编辑 and the date): short, and labelled as no list of other articles is; or a template's block named
    only `list…` (its column's list_detail, its date row's list_copy) holding one date and no link to another
    article, where a list's row links its headline. A name that says related, hot or recommended, and a <ul>,
    are lists whatever they hold."""
    text = squash(text_of(container))
    if len(text) > LINE_CHARS:
        return False
    if _BYLINE_LABEL.search(text) is not None:
        return True
    if container.tag in {"ul", "ol"} or _list_words(marker_of(container)) != {"list"}:
        return False
    return len(FULL_DATE.findall(text)) == 1 and not any(map(headline_link, container.iter("a")))

# Blocks that hold one row of a list: a paragraph, a table row, a list item, a div.
_ROWS = frozenset({"p", "div", "tr", "li", "dd", "dt"})
_ROW_CHARS = 120
# A link's text is a headline from this many Chinese characters.
_HEADLINE_CJK = 6
_FILE_NAME = re.compile(r"\.[a-z]{3,5}$", re.IGNORECASE)


def article_path(path: str) -> bool:
    """Whether a link's path is an article's address: it names a file or its last step carries a number
    (/news/20240508/1000.html, /p/123/); a source link to an outlet's home (http://gz.house.163.com/) or a blog's
    (/someone/) does neither."""
    # The last step read on its own, not `\d[^/]*/?$` over the whole path: a regex retries that from every digit,
    # and a broken page's 170,000-character href full of digits took hours.
    last = path.removesuffix("/").rpartition("/")[2]
    return _FILE_NAME.search(path) is not None or any(char.isdecimal() for char in last)


def _article_href(href: str) -> bool:
    """Whether a link's address is another article's page (its path names a file or carries a number)."""
    href = href.strip()
    if not href or href.startswith(("#", "javascript:")):
        return False
    try:
        return article_path(urlsplit(href).path)
    except ValueError:
        return False


def _row_of(node: Element) -> Element | None:
    return node if node.tag in _ROWS else next((a for a in node.iterancestors() if a.tag in _ROWS), None)


def _linked_row(row: Element) -> bool:
    """A short row holding a date and a link to another page whose text is a headline."""
    if len(text_of(row)) > _ROW_CHARS or not FULL_DATE.search(text_of(row)):
        return False
    return any(map(headline_link, row.iter("a")))


def in_link_list(node: Element, stop: frozenset[Element] = frozenset()) -> bool:
    """Whether `node` sits in a list of other articles marked up as plain rows: its row (the nearest paragraph,
    table row or div) holds a headline linking to another page and a date, and a sibling row of the same tag
    does too. A byline row's link (来源：<a>某某日报</a>) has no such sibling; a row that holds the page's own
    headline (one of `stop`) is never asked."""
    row = _row_of(node)
    if row is None or row in stop or row.tag in {"body", "html"} or not _linked_row(row):
        return False
    siblings = [*row.itersiblings(row.tag), *row.itersiblings(row.tag, preceding=True)]
    return any(_linked_row(sibling) and not _box_beside(row, sibling) for sibling in siblings[:8])


def _box_beside(row: Element, sibling: Element) -> bool:
    """Whether `sibling` is a list's whole box (热点新闻 above the headline) rather than a row like `row`: it prints
    several dates where the row prints one, or several headline links where the row holds one (a byline row
    linking the paper's edition prints its own date and the edition's, but links one page)."""
    if len(FULL_DATE.findall(text_of(sibling))) <= 1:
        return False
    return len(FULL_DATE.findall(text_of(row))) == 1 or (_headline_links(row) == 1 and _headline_links(sibling) > 1)


def _headline_links(row: Element) -> int:
    """How many links in `row` are other articles' headlines (`headline_link`)."""
    return sum(map(headline_link, row.iter("a")))

# The byline row under a headline (date, 来源, 作者) fits in this much text.
LINE_CHARS = 120

def headline_link(anchor: Element) -> bool:
    """A link to another article's page whose text is a Chinese headline (as `_linked_row` asks)."""
    return _article_href(anchor.get("href") or "") and len(CJK.findall(text_of(anchor))) >= _HEADLINE_CJK
