"""The extraction stage: one parsed page -> one Article.

Order: decode bytes once, parse once, try the site rules (rules.py) in turn, fall back to the generic
path, then fill any field still missing from page-level metadata, then derive the meeting structure.
"""

from __future__ import annotations

from datetime import datetime

from ..decode import decode
from ..errors import ExtractError
from ..meetings import extract_meetings
from ..model import Article
from . import body as body_stage
from . import meta
from .dates import parse_date
from .fields import absolute, byline_author, clean_title, doc_id_from, site_of
from .generic import generic_channel, generic_metadata, generic_paragraphs
from .sites import apply_rule, match_rule, rule_paragraphs
from .text import looks_like_html, parse_dump
from .tree import parse

__all__ = ["extract", "extract_text"]

# Below this much body text a page without a site rule is navigation or an error page, not an article.
MIN_GENERIC_CHARS = 30


def _none_if_empty(value: str | None) -> str | None:
    return value if value else None


def extract(
    html: bytes | str,
    url: str | None = None,
    *,
    now: datetime | None = None,
    content_type: str | None = None,
    rules: bool = True,
) -> Article:
    """Extract the article of one page.

    Pure: no network, no files, no clock.

    Args:
        html: the page as bytes (decoded here: BOM, charset label, then the bytes) or as text.
        url: the page URL, if known; site rules and relative links key on it.
        now: the reference time for relative dates (3小时前, 昨天); without it they give null.
        content_type: the HTTP Content-Type header, if known (its charset is a hint).
        rules: False turns every site rule off, so the generic path reads the page as it would a template
            no rule was written for (the benchmark's measure of generalisation).

    Returns:
        The Article.

    Raises:
        ExtractError: the page holds no article (DecodeError, a subclass, for bytes that are not text).
    """
    if isinstance(html, bytes | bytearray | memoryview):
        try:
            text, _encoding = decode(bytes(html), content_type)
        except ExtractError as exc:
            exc.url = exc.url or url
            raise
    elif isinstance(html, str):
        text = html
    else:
        raise ExtractError(f"expected bytes or str, got {type(html).__name__}", url=url)
    if not text.strip():
        raise ExtractError("empty page", url=url)
    if not looks_like_html(text):
        return extract_text(text, url)

    root = parse(text, url)
    canonical = absolute(meta.canonical(root), url)
    page_url = url or canonical
    site = site_of(page_url)
    title = published = source = author = editor = doc_id = None
    channel: list[str] = []
    paragraphs: list[str] = []
    images = []
    extractor = "generic"

    rule = match_rule(root, site, text) if rules else None
    if rule is not None:
        result = apply_rule(root, rule, now=now)
        paragraphs = rule_paragraphs(result)
        if paragraphs and result.body is not None:
            extractor = rule.name
            images = body_stage.images(result.body, page_url)
        title, published, source = result.title, result.published_at, result.source
        author, editor, channel, doc_id = result.author, result.editor, result.channel, result.doc_id
        author = author or byline_author(paragraphs)

    generic = generic_metadata(root, now=now) if rule is None or not paragraphs else None
    if generic is not None:
        channel = channel or generic_channel(root, text)
    if not paragraphs:
        paragraphs, images = generic_paragraphs(root, page_url)
    if generic is not None:
        title = title or generic["title"]
        published = published or generic["published_at"]
        source = source or generic["source"]
        editor = editor or generic["editor"]
        author = author or generic["author"] or byline_author(paragraphs)
    if title is None:
        title = clean_title(meta.title_meta(root) or meta.html_title(root))
    if published is None:
        raw = meta.published_meta(root)
        published = parse_date(raw, now=now) if raw else None
    # NetEase document ids: from the URL, the page's data-docid, or its canonical URL (the 16-character
    # pattern means nothing on other portals).
    if site == "163.com" or (rule is not None and "163.com" in rule.domains):
        doc_id = doc_id_from(url) or doc_id or doc_id_from(canonical)

    if not paragraphs or (extractor == "generic" and sum(map(len, paragraphs)) < MIN_GENERIC_CHARS):
        raise ExtractError("no article found on the page", url=url)
    title = _none_if_empty(title)
    return Article(
        url=page_url,
        canonical_url=canonical,
        site=site,
        doc_id=doc_id,
        title=title,
        published_at=published,
        source=_none_if_empty(source),
        author=_none_if_empty(author),
        editor=_none_if_empty(editor),
        channel=channel,
        paragraphs=paragraphs,
        images=images,
        meetings=extract_meetings(paragraphs, title=title, published_at=published),
        extractor=extractor,
    )


def extract_text(text: str, url: str | None = None) -> Article:
    """Extract the article of a plain-text page dump (the visible text of a page, copied as text).

    Args:
        text: the dump.
        url: the page URL, if known.

    Returns:
        The Article, with extractor "text".

    Raises:
        ExtractError: the dump holds no article body.
    """
    if not isinstance(text, str):
        raise ExtractError(f"expected str, got {type(text).__name__}", url=url)
    fields = parse_dump(text)
    paragraphs = fields["paragraphs"]
    assert isinstance(paragraphs, list)
    if not paragraphs:
        raise ExtractError("no article found in the text", url=url)
    channel = fields["channel"]
    assert isinstance(channel, list)

    def _str(key: str) -> str | None:
        value = fields[key]
        return value if isinstance(value, str) and value else None

    return Article(
        url=url,
        canonical_url=None,
        site=site_of(url),
        doc_id=doc_id_from(url) if site_of(url) == "163.com" else None,
        title=_str("title"),
        published_at=_str("published_at"),
        source=_str("source"),
        author=_str("author"),
        editor=_str("editor"),
        channel=channel,
        paragraphs=paragraphs,
        images=[],
        meetings=extract_meetings(paragraphs, title=_str("title"), published_at=_str("published_at")),
        extractor="text",
    )
