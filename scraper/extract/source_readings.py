"""What several sources of evidence read from one page, each read once per page (`Evidence.once`): the meta tags,
og:title and the site's name, the article's first paragraph, the title the merge gives the page and where the
page prints it, and the page's short texts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import article_top, dom, meta, published
from .fields import PRECEDENCE
from .layout import short_texts
from .tree import Element

if TYPE_CHECKING:
    from .candidates import Evidence


def meta_reader(evidence: Evidence) -> meta.MetaReader:
    """The page's <meta> tags and JSON-LD, read once for every source that asks (the tree does not change
    while the sources are read)."""
    return evidence.once("meta", meta.MetaReader)


def title_meta(evidence: Evidence) -> str | None:
    """og:title / twitter:title / the JSON-LD headline, else a blog post's trackback title, read once."""
    return evidence.once(
        "title_meta", lambda root: meta.title_meta(root, meta_reader(evidence)) or meta.trackback_title(evidence.page.text)
    )


def site_name(evidence: Evidence) -> str | None:
    """The site's name as a meta tag states it, read once: a <title> that runs it on after the headline with
    only a space between (标题 某某省人民政府门户网站) has no separator to split at."""
    return evidence.once("site_name", lambda root: meta.site_name_meta(root, meta_reader(evidence)))


def first_paragraph(evidence: Evidence) -> Element | None:
    """The article's first paragraph (article_top.first_paragraph), found once for the headline and the byline
    above it."""
    return evidence.once("first_paragraph", article_top.first_paragraph)


def own_heading(evidence: Evidence) -> Element | None:
    """Where the page prints the record's title, found once for the date and the byline row under it."""
    return evidence.once("own_heading", lambda root: published.own_heading(root, title_of(evidence)))


def title_of(evidence: Evidence) -> str | None:
    """The title the merge gives the page (its sources are read once, so the merge reads them again for free)."""
    for name in PRECEDENCE["title"]:
        found = evidence.read(name)
        if found is not None and found.title:
            return found.title
    return None


def short_texts_of(evidence: Evidence) -> dom.ShortTexts:
    """The page's short texts (`layout.short_texts` for dom.DATE_CHARS), made once for the date and the editor
    line: each a walk of the whole page, and the tree does not change while the sources are read."""
    return evidence.once("short_texts", lambda root: short_texts(root, dom.DATE_CHARS))


__all__ = ["first_paragraph", "meta_reader", "own_heading", "short_texts_of", "site_name", "title_meta", "title_of"]
