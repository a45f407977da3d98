"""The sources of a page's title (`candidates.SOURCES`): og:title and the <title> without the site's names, and
the printed headings the <title> agrees with or that stand in for one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import bulletin, dom, lead_titles, meta, titles
from .fields import EMPTY, Fields
from .labels import clean_title
from .source_readings import first_paragraph, site_name, title_meta

if TYPE_CHECKING:
    from .candidates import Evidence


def meta_title(evidence: Evidence) -> Fields:
    """og:title / twitter:title / JSON-LD headline, without the site's and channel's names, completed where it
    is cut short (titles.completed)."""
    title = _headline_part(evidence, title_meta(evidence))
    # A meta title that is only the <title>'s main title, its subtitle left out, gives way to the whole headline
    # where the page prints it.
    whole = _headline_part(evidence, evidence.once("html_title", meta.html_title))
    title = titles.whole_printed(evidence.page.root, title, whole)
    return Fields(title=titles.completed(evidence.page.root, title))


def html_title(evidence: Evidence) -> Fields:
    """The <title>, without the site's and channel's names, completed where it is cut short (titles.completed)."""
    title = _headline_part(evidence, evidence.once("html_title", meta.html_title))
    return Fields(title=titles.completed(evidence.page.root, title))


def _headline_part(evidence: Evidence, found: str | None) -> str | None:
    """The headline part of a <title> or og:title, without the site's and channel's names and a paged article's
    page number (titles.uncounted)."""
    named = clean_title(titles.split_title(found) or found, site_name(evidence))
    return titles.uncounted(evidence.page.root, named)


def _references(evidence: Evidence) -> list[str]:
    """The <title> and og:title the page has: what the headings and printed lines are held to."""
    return [text for text in (evidence.once("html_title", meta.html_title), title_meta(evidence)) if text]


def shared_title(evidence: Evidence) -> Fields:
    """The heading that is part of the <title> or og:title (GNE's method)."""
    return Fields(title=titles.shared_title(evidence.page.root, _references(evidence)))


def printed_title(evidence: Evidence) -> Fields:
    """The part of the <title> or og:title that the page prints as a line of its own."""
    return Fields(title=_printed_part(evidence))


def _printed_part(evidence: Evidence) -> str | None:
    """`titles.printed_title` of the page, read once: the printed-title source and the site-name test of a short
    <h1> both ask it."""
    return evidence.once(
        "printed_title", lambda root: titles.printed_title(root, _references(evidence), evidence.page.url)
    )


# The shortest text of a link to the page itself read as its headline.
_LINKED_HEADLINE = 8


def lead_title(evidence: Evidence) -> Fields:
    """The emphasised line above the first paragraph, when the <title> is no headline printed for the article.

    A <title> whose headline part is printed above the article (or holds the line) is the headline's source;
    one printed nowhere near it (a site greeting, 显示) or missing gives way to the printed line.
    """
    page_title = evidence.once("html_title", meta.html_title)
    # The part the page prints as a line of its own is the <title>'s headline part even where no split found it
    # (标题—要闻—某某网: unspaced dashes): held to the whole <title>, a line with a badge before the headline
    # (【精华】标题) would pass for a headline the <title> does not print.
    headline_part = (_printed_part(evidence) or _headline_part(evidence, page_title)) if page_title else None
    url = evidence.page.url
    # A link to the page itself names it by its headline only where the text is a headline's length: a forum's
    # own links say 复制链接 or 只看该作者.
    keys = map(titles.title_key, titles.self_link_texts(evidence.page.root, url) if url else ())
    linked = frozenset(key for key in keys if len(key) >= _LINKED_HEADLINE)
    return Fields(title=lead_titles.lead_title_above(first_paragraph(evidence), headline_part, linked))


def untitled_heading(evidence: Evidence) -> Fields:
    """The heading above the article of a page with no <title> and no og:title (lead_titles.untitled_heading)."""
    if evidence.once("html_title", meta.html_title) or title_meta(evidence):
        return EMPTY
    return Fields(title=lead_titles.untitled_heading(evidence.page.root))


def post_subject(evidence: Evidence) -> Fields:
    """The subject line of a bulletin board post (标  题: …) that the <title> or og:title holds (bulletin.py)."""
    return Fields(title=bulletin.post_subject(evidence.page.root, _references(evidence)))


def script_title(evidence: Evidence) -> Fields:
    """The title the page's state script holds and prints right above its article (lead_titles.script_title)."""
    return Fields(title=lead_titles.script_title(evidence.page.root))


def headline(evidence: Evidence) -> Fields:
    """The <h1> that agrees with og:title / <title>."""
    meta_title, page_title = title_meta(evidence), evidence.once("html_title", meta.html_title)
    found = dom.headline(evidence.page.root, meta_title, page_title)
    reference = titles.title_key(meta_title or page_title or "")
    if found is not None and len(titles.title_key(found)) <= NAME_CHARS and _names_the_site(evidence, found, reference):
        return EMPTY
    return Fields(title=found)


# An <h1> this short may be a site's or a channel's name (新闻中心, 某某晨报); a headline's main title above its
# subtitle (主标题——副标题 in the <title>) is longer.
NAME_CHARS = 8


def _names_the_site(evidence: Evidence, found: str, reference: str) -> bool:
    """Whether a short <h1> is (part of) one of the names the <title> prints around the line the page prints
    right above its article, or around the <title>'s headline part printed as a line of its own (a logo <h1> of
    the site's or the channel's name; the headline in a styled block): then that line is the headline, and the
    <h1> the site's."""
    # Either line will do: an emphasised line above the first paragraph may be a guest's card, not the headline.
    key = titles.title_key(found)
    for lead in (lead_titles.lead_title_above(first_paragraph(evidence)), _printed_part(evidence)):
        names = titles.names_around(reference, titles.title_key(lead)) if lead else None
        if names is not None and any(key in name for name in names):
            return True
    return False


__all__ = ["NAME_CHARS", "headline", "html_title", "lead_title", "meta_title", "printed_title", "script_title",
           "shared_title", "untitled_heading"]
