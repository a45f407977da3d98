"""The sources of evidence for a page's fields: each one a function that reads the page into a `Fields`.

`SOURCES` lists them by name; `fields.PRECEDENCE` says, per field, which names to ask and in what order.
`Evidence` reads a source only when the merge asks for it, and at most once per page. The rule's reading and the
doc ids are read here; the other sources stand by field in `title_sources`, `date_sources` and `credit_sources`
(source, author, editor, channel), and what several of them read once per page in `source_readings`.

A source is one of three kinds:
- "page": holds for any page (the site rule's reading, the URL, meta tags, JSON-LD, <title>, script data:
  a platform rule such as WeChat's has its publish time only there);
- "guess": reads the DOM of a template no rule knows; asked only when no site rule located the body;
- "body": reads the cleaned body paragraphs; asked only once the body is known.

To add a source (a new way to find the publish date, say):
1. write `def script_date(evidence: Evidence) -> Fields` returning `Fields(published_at=...)` (or `EMPTY`), in
   the module of its field (`date_sources.py`);
2. add `Source("script-date", script_date, "page")` to `SOURCES` ("guess" if it reads the DOM's layout);
3. put "script-date" into `PRECEDENCE["published_at"]` in fields.py, where it should rank.
Nothing in `extract()` changes. A source that reads the tree must be a "page" or "guess" source: the generic
body step consumes the tree, and every such source is settled before it runs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, TypeVar, cast

from .credit_sources import (
    blog_owner,
    byline,
    class_author,
    closing_byline,
    crumbs,
    dispatch_byline,
    editor_line,
    forum_poster,
    headline_info,
    info_line,
    lead_byline,
    marked_author,
    meta_author,
    meta_source,
    origin_credit,
    profile_poster,
    script_source,
    stats_author,
)
from .date_sources import (
    attribute_time,
    dom_date,
    headline_date,
    hover_date,
    library_date,
    meta_date,
    post_stamp,
    script_date,
    script_time,
    short_date,
    stated_date,
    stats_date,
    url_date,
)
from .fields import EMPTY, Fields
from .rules.apply import RuleReading
from .rules.netease import NETEASE_RULES, SITE, doc_id_of_url
from .title_sources import (
    headline,
    html_title,
    lead_title,
    meta_title,
    post_subject,
    printed_title,
    script_title,
    shared_title,
    untitled_heading,
)
from .tree import Element

_T = TypeVar("_T")

__all__ = ["SOURCES", "Evidence", "ParsedPage", "Source"]


@dataclass(frozen=True, slots=True)
class ParsedPage:
    """One parsed page and what is known about it before any field is read."""

    root: Element
    text: str
    url: str | None
    canonical: str | None
    page_url: str | None
    site: str | None
    now: datetime | None


class Evidence:
    """The sources of one page, each read on demand and at most once.

    Attributes:
        page: the parsed page.
        rule: what the matched site rule read (None when no rule matched).
        paragraphs: the cleaned body, once known (None before).
    """

    __slots__ = ("_guessing", "_memo", "_read", "page", "paragraphs", "rule")

    def __init__(self, page: ParsedPage, rule: RuleReading | None, *, rule_found_body: bool) -> None:
        self.page = page
        self.rule = rule
        self.paragraphs: list[str] | None = None
        self._read: dict[str, Fields] = {}
        self._memo: dict[str, object] = {}
        # A rule that located the body knows the template: guessing from the DOM could only do worse.
        self._guessing = not rule_found_body

    def read(self, name: str) -> Fields | None:
        """What source `name` says; EMPTY for a guess when a rule read the page.

        None for a body source before the body is known, and for a source that reads no HTML page (the text dump).
        """
        found = self._read.get(name)
        if found is not None:
            return found
        source = SOURCES.get(name)
        if source is None or (source.kind == "body" and self.paragraphs is None):
            return None
        found = source.read(self) if source.kind != "guess" or self._guessing else EMPTY
        self._read[name] = found
        return found

    def remembered(self, key: str) -> object | None:
        """What `once` computed under `key`, or None when nothing has (a body source may ask what a tree source read
        while the tree was whole, without reading the consumed tree itself)."""
        return self._memo.get(key)

    def once(self, key: str, compute: Callable[[Element], _T]) -> _T:
        """`compute(root)`, computed once per page: a reading several sources share (og:title, <title>, the
        headline element)."""
        if key not in self._memo:
            self._memo[key] = compute(self.page.root)
        return cast(_T, self._memo[key])

    @property
    def netease(self) -> bool:
        """True for a NetEase page: a 163.com URL, or a page a NetEase rule matched."""
        return self.page.site == SITE or (self.rule is not None and self.rule.rule in NETEASE_RULES)


@dataclass(frozen=True, slots=True)
class Source:
    """A named source of evidence: how to read it, and when it may be read (see the module docstring)."""

    name: str
    read: Callable[[Evidence], Fields]
    kind: Literal["page", "guess", "body"]


def rule_fields(evidence: Evidence) -> Fields:
    """Every field the matched site rule located."""
    return evidence.rule.fields if evidence.rule is not None else EMPTY


def url_doc_id(evidence: Evidence) -> Fields:
    """The NetEase document id in the page's URL."""
    return Fields(doc_id=doc_id_of_url(evidence.page.url)) if evidence.netease else EMPTY


def canonical_doc_id(evidence: Evidence) -> Fields:
    """The NetEase document id in the page's canonical URL."""
    return Fields(doc_id=doc_id_of_url(evidence.page.canonical)) if evidence.netease else EMPTY


SOURCES: dict[str, Source] = {
    source.name: source
    for source in (
        Source("rule", rule_fields, "page"),
        Source("url", url_doc_id, "page"),
        Source("canonical", canonical_doc_id, "page"),
        Source("meta-title", meta_title, "page"),
        Source("html-title", html_title, "page"),
        Source("meta-date", meta_date, "page"),
        Source("headline", headline, "guess"),
        Source("shared-title", shared_title, "guess"),
        Source("printed-title", printed_title, "guess"),
        Source("lead-title", lead_title, "guess"),
        Source("post-subject", post_subject, "guess"),
        Source("script-title", script_title, "guess"),
        Source("untitled-heading", untitled_heading, "guess"),
        Source("headline-date", headline_date, "guess"),
        Source("stated-date", stated_date, "guess"),
        Source("script-time", script_time, "page"),
        Source("script-date", script_date, "page"),
        Source("hover-date", hover_date, "guess"),
        Source("attribute-time", attribute_time, "guess"),
        Source("post-stamp", post_stamp, "guess"),
        Source("url-date", url_date, "page"),
        Source("stats-date", stats_date, "guess"),
        Source("library-date", library_date, "guess"),
        Source("dom-date", dom_date, "guess"),
        Source("short-date", short_date, "guess"),
        Source("info-line", info_line, "guess"),
        Source("headline-info", headline_info, "guess"),
        Source("meta-source", meta_source, "guess"),
        Source("script-source", script_source, "guess"),
        Source("meta-author", meta_author, "guess"),
        Source("marked-author", marked_author, "guess"),
        Source("forum-poster", forum_poster, "guess"),
        Source("lead-byline", lead_byline, "guess"),
        Source("class-author", class_author, "guess"),
        Source("stats-author", stats_author, "guess"),
        Source("blog-owner", blog_owner, "guess"),
        Source("editor-line", editor_line, "guess"),
        Source("crumbs", crumbs, "guess"),
        Source("byline", byline, "body"),
        Source("dispatch-byline", dispatch_byline, "body"),
        Source("closing-byline", closing_byline, "body"),
        Source("origin-credit", origin_credit, "body"),
        Source("profile-poster", profile_poster, "body"),
    )
}
