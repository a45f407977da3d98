"""The extraction stage: one page -> one Article, in named steps.

decode the bytes -> parse once -> locate the body (the first site rule whose template matches reads its
fields and prunes its body) -> merge the fields from every source of evidence (candidates.py, fields.py)
-> clean the body (the rule's, else the generic reading) -> enrich with the meeting structure.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from ..decode import decode, well_formed
from ..errors import ExtractError
from ..meetings import extract_meetings
from ..model import Article, Image
from . import body as body_stage
from . import meta
from .candidates import Evidence, ParsedPage
from .date_sources import on_filed_day
from .fields import PRECEDENCE, Fields, merge
from .generic import generic_paragraphs
from .layout import squash
from .notices import is_byline, opens_with_editors_note, without_closing_credits
from .pages import read_pager
from .reconcile import headings_of, reconciled, run_lines, suspect
from .rules import RULES, RuleReading, read_with_rule, rule_paragraphs
from .rules.netease import SITE, WIDGET_LINES, doc_id_of_url
from .text import looks_like_html, parse_dump, unmarked
from .tree import parse
from .urls import absolute, site_of

__all__ = ["extract", "extract_text", "read_fields"]

# Below this much body text a page without a site rule is navigation or an error page, not an article.
MIN_GENERIC_CHARS = 30


@dataclass(frozen=True, slots=True)
class Body:
    """The cleaned body: paragraphs in reading order, images, and what found it (a rule name or "generic")."""

    paragraphs: list[str]
    images: list[Image]
    extractor: str
    # Byline lines printed above the article (文/林一苇): its author, read as such, and not its text.
    bylines: tuple[str, ...] = ()


def extract(
    html: bytes | str,
    url: str | None = None,
    *,
    now: datetime | None = None,
    content_type: str | bytes | None = None,
    rules: bool = True,
    meetings: bool = True,
) -> Article:
    """Extract the article of one page.

    Pure: no network, no files, no clock.

    Args:
        html: the page as bytes (decoded here: BOM, charset label, then the bytes) or as text.
        url: the page URL, if known; site rules and relative links key on it.
        now: the reference time for relative dates (3小时前, 昨天); without it they give null.
        content_type: the HTTP Content-Type header, if known (its charset is a hint), as str or bytes
            (Scrapy hands headers over as bytes).
        rules: False turns every site rule off, so the generic path reads the page as it would a template
            no rule was written for (the benchmark's measure of generalisation).
        meetings: False leaves `meetings` empty: a caller joining the pages of a paged article derives them
            once, from the joined paragraphs (see `extract.pages`).

    Returns:
        The Article. A page of a paged article carries its pager: `Article.next_page` is the next page's URL
        (same host, same doc id), `Article.pager.all` the whole article on one page when offered.

    Raises:
        ExtractError: the page holds no article (DecodeError, a subclass, for bytes that are not text).
    """
    text = _decoded(html, url, content_type)
    if not looks_like_html(text):
        return extract_text(text, url)
    page = _parsed(text, url, now)
    pager = read_pager(page.root, page.page_url, page.text)  # before the body steps prune and consume the tree
    evidence, rule_body, fields = _settled(page, rules)
    # A site's own widget lines (NetEase's app prompts) are site data: off with the rules.
    widget_lines = WIDGET_LINES if rules and page.site == SITE else ()
    if rule_body is not None and evidence.rule is not None:
        rule_body = _without_credits(_reconciled(rule_body, page, evidence.rule, fields.title))
    body = rule_body or _generic_body(page, fields.title, widget_lines)
    evidence.paragraphs = [*body.bylines, *body.paragraphs]
    fields = merge(evidence.read, fields)
    body = _without_closing_source(body, fields.source)
    if not body.paragraphs or (body.extractor == "generic" and sum(map(len, body.paragraphs)) < MIN_GENERIC_CHARS):
        raise ExtractError("no article found on the page", url=url)
    article = _article(page.page_url, page, fields, body, meetings=meetings)
    return replace(article, pager=pager) if pager is not None else article


def read_fields(
    html: bytes | str,
    url: str | None = None,
    *,
    now: datetime | None = None,
    content_type: str | bytes | None = None,
    rules: bool = True,
) -> Fields:
    """The fields `extract` settles before it reads the body: title, publish time, source, editor, channel, doc
    id, and the author unless only the body's byline names one. No body is read, so this costs a fraction of
    `extract` (a caller that wants the headline and the date of many pages).

    Args:
        html, url, now, content_type, rules: as for `extract`.

    Returns:
        The Fields; a plain-text dump gives what its header states.

    Raises:
        ExtractError: an empty page (DecodeError, a subclass, for bytes that are not text).
    """
    text = _decoded(html, url, content_type)
    if not looks_like_html(text):
        stated, _ = parse_dump(text, WIDGET_LINES if site_of(url) == SITE else ())
        return stated
    return _settled(_parsed(text, url, now), rules)[2]


def _settled(page: ParsedPage, rules: bool) -> tuple[Evidence, Body | None, Fields]:
    """The page's evidence, the matched rule's body (None without one), and every field the tree gives: they
    are settled before the generic body step, which consumes the tree."""
    reading = _locate_body(page) if rules else None
    rule_body = _rule_body(page, reading)
    evidence = Evidence(page, reading, rule_found_body=rule_body is not None)
    fields = merge(evidence.read)
    if rule_body is not None and not fields.published_at:
        # A rule that located the body but no date does not know where its template prints the date: the
        # generic date reading fills it, as on a page no rule knows.
        guessing = Evidence(page, reading, rule_found_body=False)
        fields = merge(guessing.read, fields, {"published_at": PRECEDENCE["published_at"]})
    return evidence, rule_body, on_filed_day(evidence, fields)


def _check_url(url: object) -> None:
    """Refuse a page URL that is not text (the parser and the site rules take it as a string)."""
    if url is not None and not isinstance(url, str):
        raise ExtractError(f"url must be a string or None, got {type(url).__name__}")


def _decoded(html: bytes | str, url: str | None, content_type: str | bytes | None) -> str:
    """The page as text (bytes decoded), refusing an empty page."""
    _check_url(url)
    if isinstance(html, bytes | bytearray | memoryview):
        try:
            text, _encoding = decode(bytes(html), content_type)
        except ExtractError as exc:
            exc.url = exc.url or url
            raise
    elif isinstance(html, str):
        text = well_formed(html)
    else:
        raise ExtractError(f"expected bytes or str, got {type(html).__name__}", url=url)
    if not text.strip():
        raise ExtractError("empty page", url=url)
    return text


def _parsed(text: str, url: str | None, now: datetime | None) -> ParsedPage:
    """Parse once; the canonical URL stands in for a missing page URL."""
    root = parse(text, url)
    canonical = absolute(meta.canonical(root), url)
    page_url = url or canonical
    return ParsedPage(root, text, url, canonical, page_url, site_of(page_url), now)


def _locate_body(page: ParsedPage) -> RuleReading | None:
    """The first site rule that matches the page reads its fields and prunes its body element."""
    return read_with_rule(page.root, page.site, page.text, RULES, now=page.now)


def _rule_body(page: ParsedPage, reading: RuleReading | None) -> Body | None:
    """The rule's body, when it holds any paragraph."""
    if reading is None or reading.body is None:
        return None
    found = rule_paragraphs(reading)
    # As on pages no rule reads (clean.py), a byline above the article is its author, not its first paragraph; so
    # are staff credits among such lines (出品｜某某工作室 / 作者｜某某 / 编辑｜某某).
    lead = _bylines_end(found, 0)
    if lead == len(found):
        return None
    paragraphs, bylines = found[lead:], tuple(found[:lead])
    # The editors' note opening the text (【编者按】…) stands above the byline: the lines under it may be bylines too.
    if opens_with_editors_note(paragraphs[0]):
        after = _bylines_end(paragraphs, 1)
        paragraphs, bylines = [paragraphs[0], *paragraphs[after:]], (*bylines, *paragraphs[1:after])
    return Body(paragraphs, body_stage.images(reading.body, page.page_url), reading.rule.name, bylines)


def _bylines_end(lines: list[str], start: int) -> int:
    """Where the run of bylines from `start` in `lines` ends: the first line from there that is no byline."""
    return next((n for n in range(start, len(lines)) if not is_byline(lines[n])), len(lines))


def _without_credits(body: Body) -> Body:
    """A rule's body without the staff credits that close it (编辑 | 某某), as the generic reading leaves them out.
    After the reconciliation: a block it drops is told by the lines around it, the credits among them."""
    paragraphs = without_closing_credits(body.paragraphs)
    return body if paragraphs is body.paragraphs else replace(body, paragraphs=paragraphs)


def _without_closing_source(body: Body, source: str | None) -> Body:
    """`body` without a last line that only names the record's source in brackets (（某某省水利厅）): the office
    that sent the piece in, credited again under it as the 来源 row credits it above. A closing byline names people."""
    last = squash(body.paragraphs[-1]) if body.paragraphs and source else ""
    if len(last) > 2 and last[0] in "（(" and last[-1] in ")）" and last[1:-1].strip() == source:
        return replace(body, paragraphs=body.paragraphs[:-1])
    return body


def _reconciled(body: Body, page: ParsedPage, reading: RuleReading, title: str | None) -> Body:
    """A NetEase rule's body less the blocks its template inserted that the generic reading leaves out
    (reconcile.py): the rules were written from a few templates, and the site keeps changing what it puts inside."""
    # The cheap test first without the body's own lines, which need a walk of the body: most pages stop here.
    if page.site != SITE or reading.body is None or not suspect(body.paragraphs):
        return body
    own = headings_of(reading.body) | run_lines(reading.body)

    def generic() -> list[str]:
        # The rule pruned the page's tree: the generic reading gets a tree of its own.
        fresh = replace(page, root=parse(page.text, page.url))
        return _generic_body(fresh, title, WIDGET_LINES).paragraphs

    paragraphs = reconciled(body.paragraphs, generic, own)
    return body if paragraphs is body.paragraphs else replace(body, paragraphs=paragraphs)


def _generic_body(page: ParsedPage, title: str | None, widget_lines: tuple[str, ...] = ()) -> Body:
    """The body of a page no rule could read (consumes the tree); the headline is not body."""
    paragraphs, images, bylines = generic_paragraphs(page.root, page.page_url, title, widget_lines)
    return Body(paragraphs, images, "generic", bylines)


def _article(url: str | None, page: ParsedPage | None, fields: Fields, body: Body, *,
             meetings: bool = True) -> Article:
    """The record, with the meeting structure derived from the body (unless `meetings` is False)."""
    return Article(
        url=url,
        canonical_url=page.canonical if page is not None else None,
        site=page.site if page is not None else site_of(url),
        doc_id=fields.doc_id,
        title=fields.title,
        published_at=fields.published_at,
        source=fields.source,
        author=fields.author,
        editor=fields.editor,
        channel=list(fields.channel),
        paragraphs=body.paragraphs,
        images=body.images,
        meetings=extract_meetings(body.paragraphs, title=fields.title, published_at=fields.published_at)
        if meetings else [],
        extractor=body.extractor,
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
    _check_url(url)
    if not isinstance(text, str):
        raise ExtractError(f"expected str, got {type(text).__name__}", url=url)
    netease = site_of(url) == SITE
    stated, paragraphs = parse_dump(unmarked(well_formed(text)), WIDGET_LINES if netease else ())
    if not paragraphs:
        raise ExtractError("no article found in the text", url=url)
    from_url = Fields(doc_id=doc_id_of_url(url) if netease else None)
    fields = merge({"text-dump": stated, "url": from_url}.get)
    return _article(url, None, fields, Body(paragraphs, [], "text"))
