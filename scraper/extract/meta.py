"""Page-level metadata that does not depend on a site rule: <head> meta tags, JSON-LD, canonical URL."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

from lxml import etree

from ..decode import well_formed
from .attributes import compiled
from .labels import BYLINE_CHARS
from .layout import squash, text_of
from .tree import Element

# A JSON escape of a surrogate (\ud800 … \udfff): alone it decodes to a str no UTF-8 writer accepts.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_PUBLISHED_META = (
    "//meta[@property='article:published_time']/@content",
    "//meta[@name='article:published_time']/@content",
    "//meta[@itemprop='datePublished']/@content",
    "//meta[@name='pubdate']/@content",
    "//meta[@name='PubDate']/@content",
    "//meta[@name='publishdate']/@content",
    "//meta[@name='publish_date']/@content",
    "//meta[@name='og:release_date']/@content",
    "//meta[@property='og:release_date']/@content",
    "//meta[@name='weibo:article:create_at']/@content",
    "//meta[@name='sailthru.date']/@content",
    "//meta[@name='parsely-pub-date']/@content",
    "//meta[@name='dc.date']/@content",
    "//meta[@name='DC.date.issued']/@content",
    "//meta[@name='date']/@content",
    "//meta[@name='firstpublishedtime']/@content",
    "//time[@pubdate]/@datetime",
    "//time[@itemprop='datePublished']/@datetime",
)
_TITLE_META = (
    "//meta[@property='og:title']/@content",
    "//meta[@name='og:title']/@content",
    "//meta[@name='twitter:title']/@content",
    "//meta[@property='twitter:title']/@content",
    # China's government-site metadata standard (beside SiteName, PubDate and ContentSource below): a notice
    # page's <title> is often the site's name alone.
    "//meta[@name='ArticleTitle']/@content",
)
# The site's own name as the page states it: Open Graph, the meta name China's government-site standard sets
# (SiteName), and the name a web app gives itself.
_SITE_NAME_META = (
    "//meta[@property='og:site_name']/@content",
    "//meta[@name='og:site_name']/@content",
    "//meta[@name='SiteName']/@content",
    "//meta[@name='application-name']/@content",
)
_AUTHOR_META = ("//meta[@name='author']/@content", "//meta[@property='article:author']/@content")
_SOURCE_META = (
    "//meta[@name='ContentSource']/@content",
    "//meta[@name='source']/@content",
    "//meta[@name='mediaid']/@content",
)


class MetaReader:
    """One page's <meta> tags and JSON-LD article, each read once for the several fields that ask for them
    (title, publish time, author, source). Use it while the tree does not change: the record's fields are
    settled before the body step prunes the tree.
    """

    __slots__ = ("_article", "_index", "root")

    def __init__(self, root: Element) -> None:
        self.root = root
        self._index: dict[tuple[str, str], list[str]] | None = None
        self._article: list[dict[str, Any] | None] = []

    def index(self) -> dict[tuple[str, str], list[str]]:
        """(attribute, value) -> the contents of the <meta> tags that carry it, in document order."""
        if self._index is None:
            self._index = _meta_index(self.root)
        return self._index

    def article(self) -> dict[str, Any] | None:
        """The JSON-LD object describing an article (ld_article)."""
        if not self._article:
            self._article.append(ld_article(self.root))
        return self._article[0]


def first_value(root: Element, xpaths: tuple[str, ...], reader: MetaReader | None = None) -> str | None:
    """The first non-empty string among the XPaths' results.

    XPaths of the form //meta[@attr='value']/@content are answered from one pass over the page's <meta>
    elements instead of one tree walk each (a list of them is read in order, first hit wins); with `reader`,
    from the pass it has made for the page.
    """
    index: dict[tuple[str, str], list[str]] | None = None
    for xpath in xpaths:
        key = _meta_key(xpath)
        if key is not None:
            if index is None:
                index = reader.index() if reader is not None else _meta_index(root)
            for value in index.get(key, ()):
                text = squash(value)
                if text:
                    return text
            continue
        for value in compiled(xpath)(root):
            text = squash(str(value)) if isinstance(value, str) else squash(text_of(value))
            if text:
                return text
    return None


_META_XPATH = re.compile(r"^//meta\[@(name|property|itemprop)='([^']+)'\]/@content$")
# `/descendant::x` rather than `//x` here and below: the same elements without a child step from every node.
_META_NODES = etree.XPath("/descendant::meta[@content]")


@lru_cache(maxsize=256)
def _meta_key(xpath: str) -> tuple[str, str] | None:
    match = _META_XPATH.match(xpath)
    return (match.group(1), match.group(2)) if match else None


def _meta_index(root: Element) -> dict[tuple[str, str], list[str]]:
    index: dict[tuple[str, str], list[str]] = {}
    for node in _META_NODES(root):
        content = node.get("content")
        for attr in ("name", "property", "itemprop"):
            value = node.get(attr)
            if value is not None:
                index.setdefault((attr, value), []).append(content)
    return index


def json_ld(root: Element) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object on the page (graphs flattened); broken blocks are skipped."""
    for script in compiled("//script[@type='application/ld+json']")(root):
        raw = script.text or ""
        try:
            data = json.loads(raw)
            if _SURROGATE_ESCAPE.search(raw):
                data = _well_formed_json(data)
        except (ValueError, RecursionError):  # broken, or nested deeper than the parser (or the walk) goes
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.append(item["@graph"])
                yield item


def _well_formed_json(data: Any) -> Any:
    """JSON data with every string well formed: a JSON string may escape half a surrogate pair (\\ud800)."""
    if isinstance(data, str):
        return well_formed(data)
    if isinstance(data, list):
        return [_well_formed_json(item) for item in data]
    if isinstance(data, dict):
        return {well_formed(key): _well_formed_json(value) for key, value in data.items()}
    return data


def ld_article(root: Element) -> dict[str, Any] | None:
    """The JSON-LD object describing an article, if any."""
    for item in json_ld(root):
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and ("Article" in k or k in {"BlogPosting", "Report"}) for k in kinds):
            return item
    return None


def published_meta(root: Element, reader: MetaReader | None = None) -> str | None:
    """The publish time a meta tag or JSON-LD states (raw string).

    The known names first, then JSON-LD, then any <meta> whose name, property or itemprop in any case is a
    publish-time name sites spell their own way (PubDate, publishdate, dcterms.created …), then an element
    marked itemprop="datePublished" (its content, datetime or text). `reader`: the page's tags, read once.
    """
    reader = reader or MetaReader(root)
    value = first_value(root, _PUBLISHED_META, reader)
    if value:
        return value
    article = reader.article()
    if article:
        for key in ("datePublished", "dateCreated", "uploadDate"):
            if isinstance(article.get(key), str) and article[key].strip():
                return str(article[key])
    for (_, name), values in reader.index().items():
        if name.lower() in _PUBLISHED_NAMES and any(v.strip() for v in values):
            return squash(next(v for v in values if v.strip()))
    for node in _ITEMPROP_PUBLISHED(root):
        found = squash(node.get("content") or node.get("datetime") or text_of(node))
        if found:
            return found
    return None


# Publish-time meta names in the spellings sites use, lower-cased (the exact names above are read first).
_PUBLISHED_NAMES = frozenset(
    {
        "pubdate", "publishdate", "publish_date", "publish-date", "publishtime", "publish_time", "pubtime",
        "pub_time", "pub_date", "article:published_time", "article:published", "og:published_time",
        "og:article:published_time", "datepublished", "date_published", "dc.date.issued", "dc.date",
        "dcterms.issued", "dcterms.created", "dc.date.created", "creationdate", "createdate", "releasedate",
        "release_date", "originalpublicationdate", "publication_date", "publication-date",
        "citation_publication_date", "citation_date", "sailthru.date", "parsely-pub-date",
        "weibo:article:create_at", "firstpublishedtime", "bt:pubdate", "article.published",
        # GNE's list of publish-time meta names, beyond the above
        "article:publish_time", "og:pubdate", "_pubtime", "rnews:datepublished", "article_date_original",
        "dcterms.date", "published_at", "published_time", "apub:time",
    }
)  # fmt: skip
# From the attribute up: the same elements in document order as `//*[@itemprop='datePublished' or …]`, which
# tests every element of the page twice (five times the time).
_ITEMPROP_PUBLISHED = etree.XPath("//@itemprop[. = 'datePublished' or . = 'datepublished']/..")


def modified_meta(root: Element, reader: MetaReader | None = None) -> str | None:
    """The time a meta tag or JSON-LD says the page was last updated (raw string), or None: an article is
    published at or before it. `reader`: the page's tags, read once."""
    reader = reader or MetaReader(root)
    for (_, name), values in reader.index().items():
        if name.lower() in _MODIFIED_NAMES and any(v.strip() for v in values):
            return squash(next(v for v in values if v.strip()))
    article = reader.article()
    if article and isinstance(article.get("dateModified"), str) and article["dateModified"].strip():
        return squash(article["dateModified"])
    return None


# Update-time meta names (name, property or itemprop), lower-cased: Open Graph's, schema.org's and the
# spellings Chinese templates use (itemprop="dateUpdate").
_MODIFIED_NAMES = frozenset(
    {"article:modified_time", "og:updated_time", "datemodified", "dateupdate", "dateupdated", "last-modified", "lastmod"}
)


_MARKUP = re.compile(r"<[^<>]*>")


def title_meta(root: Element, reader: MetaReader | None = None) -> str | None:
    """The title from og/twitter meta, else JSON-LD headline (`reader`: the page's tags, read once)."""
    reader = reader or MetaReader(root)
    value = first_value(root, _TITLE_META, reader)
    if value:
        # A CMS may fill the meta from the headline's markup (标题<div>——副题</div>): the words are the title.
        return squash(_MARKUP.sub("", value)) or None
    article = reader.article()
    if article and isinstance(article.get("headline"), str):
        return squash(article["headline"]) or None
    return None


# A blog engine's trackback description (RDF inside an HTML comment, as .Text, Movable Type and WordPress printed
# it): its dc:title is the post's title, where a blog page's <title> may name the blog alone, or be missing. The
# parsed tree holds no comments, so it is read from the page's text.
_TRACKBACK_TITLE = re.compile(r"""<rdf:Description[^>]*?dc:title\s*=\s*(?:"([^"<>]{2,200})"|'([^'<>]{2,200})')""")


def trackback_title(text: str) -> str | None:
    """The dc:title of the page's trackback description, or None."""
    if "dc:title" not in text:
        return None
    found = _TRACKBACK_TITLE.search(text)
    if found is None:
        return None
    return squash(html.unescape(found.group(1) or found.group(2))) or None


def author_meta(root: Element, reader: MetaReader | None = None) -> str | None:
    """The author a meta tag or JSON-LD names (`reader`: the page's tags, read once)."""
    reader = reader or MetaReader(root)
    article = reader.article()
    if article:
        author = article.get("author")
        # A list names every writer ([{"@type": "Person", "name": "王五"}, {… "李四"}]): all of them, as a byline's
        # names are read (王五 李四); names with spaces of their own (Latin ones) are set apart by commas.
        names = [name for name in map(_ld_name, author if isinstance(author, list) else [author]) if name]
        if names:
            return (", " if any(" " in name for name in names) else " ").join(names)
    value = first_value(root, _AUTHOR_META, reader)
    # article:author may hold the address of the outlet's or the writer's profile page, which names no one.
    return None if value is None or _ADDRESS.match(value) else value


_ADDRESS = re.compile(r"^(?:https?:)?//", re.IGNORECASE)


def _ld_name(author: object) -> str | None:
    """The name of one JSON-LD author (a name, or an object with one), or None for an organization or none."""
    if isinstance(author, dict):
        # An organization as the author (NewsMediaOrganization, Organization) is the outlet, not a writer: the
        # page's byline or its tags name the writer, or no one does.
        author = None if _is_organization(author.get("@type")) else author.get("name")
    return squash(author) or None if isinstance(author, str) else None


def _is_organization(kind: object) -> bool:
    """Whether a JSON-LD @type (a name or a list of names) is schema.org's Organization or one of its kinds."""
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and ("Organization" in k or k == "Corporation") for k in kinds)


# An author marked up by web standards: a link with rel="author" (HTML), schema.org microdata's itemprop="author"
# (the name of its item, else its own content or text); or a link to the writer's own page on the site, which
# a CMS files under a path named for its writers (/author/…, /reporter/…).
_MARKED_AUTHORS = etree.XPath(
    "/descendant::a[contains(concat(' ', normalize-space(@rel), ' '), ' author ')] | /descendant::*[@itemprop='author']"
    " | /descendant::a[contains(@href, '/author/') or contains(@href, '/reporter/')]"
)
_ITEM_NAME = etree.XPath(".//*[@itemprop='name']")
# The section of writers itself (/author/, a navigation bar's 作家 link): a list of writers, none of them this page's.
_WRITERS_SECTION = re.compile(r"/(?:author|reporter)/?(?:index\.\w+)?(?:[?#].*)?$")
# A writer's name, not a profile's address or a paragraph.
_AUTHOR_CHARS = 20


def marked_authors(root: Element, outside: Callable[[Element], bool]) -> Iterator[str]:
    """The authors the page marks up as its author (rel="author", itemprop="author", a link to a writer's page),
    in page order, for which `outside` holds (the caller's test that it stands outside lists of other articles)."""
    for node in _MARKED_AUTHORS(root):
        if not outside(node) or _WRITERS_SECTION.search(node.get("href") or ""):
            continue
        named = next(iter(_ITEM_NAME(node)), None)
        held = named if named is not None else node
        value = squash(held.get("content") or text_of(held))
        if value and len(value) <= _AUTHOR_CHARS and "/" not in value:
            yield value


# An element named for the article's author by its class (<span class="author">): a whole class token, so that
# author-list or authorize do not count.
_CLASS_AUTHORS = etree.XPath("/descendant::*[contains(@class, 'author')]")
# A class token that names the author: author itself, or author after a template's prefix (con1_author, a BEM block's
# nfzm-content__author, article-author); a comment's or a reply's author is a poster's.
_AUTHOR_TOKEN = re.compile(r"^(?!comment|reply)(?:[a-z0-9]+[_-]+)*author$", re.IGNORECASE)


def class_authors(root: Element, outside: Callable[[Element], bool]) -> Iterator[str]:
    """The texts of the elements whose class names the author, in page order, for which `outside` holds (the
    caller's test that it stands outside lists of other articles): short ones only, a name or a byline."""
    for node in _CLASS_AUTHORS(root):
        if any(map(_AUTHOR_TOKEN.match, (node.get("class") or "").split())) and outside(node):
            value = squash(text_of(node))
            # A name, or a byline with the staff credited after the writer: as long as a byline line is read.
            if value and len(value) <= BYLINE_CHARS:
                yield value


def site_name_meta(root: Element, reader: MetaReader | None = None) -> str | None:
    """The site's name a meta tag states (og:site_name, SiteName, application-name; `reader`: the page's tags,
    read once)."""
    return first_value(root, _SITE_NAME_META, reader)


def source_meta(root: Element, reader: MetaReader | None = None) -> str | None:
    """The source a meta tag names (`reader`: the page's tags, read once)."""
    return first_value(root, _SOURCE_META, reader)


def canonical(root: Element) -> str | None:
    """The page's canonical URL: <link rel=canonical>, else og:url.

    What `first_value` of //link[@rel='canonical']/@href, //meta[@property='og:url']/@content and
    //meta[@name='og:url']/@content gives, from one walk of the page's <link> and <meta> elements: few pages
    have the link, and the two searches each walked the whole tree.
    """
    links: list[str] = []
    by_property: list[str] = []
    by_name: list[str] = []
    for node in root.getroottree().getroot().iter("link", "meta"):
        if node.tag == "link":
            href = node.get("href")
            if href is not None and node.get("rel") == "canonical":
                links.append(href)
            continue
        content = node.get("content")
        if content is not None:
            if node.get("property") == "og:url":
                by_property.append(content)
            if node.get("name") == "og:url":
                by_name.append(content)
    return next(filter(None, map(squash, (*links, *by_property, *by_name))), None)


def html_title(root: Element) -> str | None:
    """The <title> text."""
    return first_value(root, ("//title",))


_DESCRIPTIONS = etree.XPath(
    "//meta[@name = 'description' or @property = 'og:description' or @name = 'twitter:description']/@content"
)


def descriptions(root: Element) -> list[str]:
    """The page's descriptions of itself (meta description, og: and twitter: descriptions), as written."""
    return [str(text) for text in _DESCRIPTIONS(root)]
