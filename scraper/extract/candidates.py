"""The sources of evidence for a page's fields: each one a function that reads the page into a `Fields`.

`SOURCES` lists them by name; `fields.PRECEDENCE` says, per field, which names to ask and in what order.
`Evidence` reads a source only when the merge asks for it, and at most once per page.

A source is one of three kinds:
- "page": holds for any page (the site rule's reading, the URL, meta tags, JSON-LD, <title>, script data:
  a platform rule such as WeChat's has its publish time only there);
- "guess": reads the DOM of a template no rule knows; asked only when no site rule located the body;
- "body": reads the cleaned body paragraphs; asked only once the body is known.

To add a source (a new way to find the publish date, say):
1. write `def script_date(evidence: Evidence) -> Fields` returning `Fields(published_at=...)` (or `EMPTY`);
2. add `Source("script-date", script_date, "page")` to `SOURCES` ("guess" if it reads the DOM's layout);
3. put "script-date" into `PRECEDENCE["published_at"]` in fields.py, where it should rank.
Nothing in `extract()` changes. A source that reads the tree must be a "page" or "guess" source: the generic
body step consumes the tree, and every such source is settled before it runs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, TypeVar, cast

from . import article_top, dom, lead_titles, meta, published, script_dates, titles
from .dates import UPDATE_WORDS, parse_date
from .fields import EMPTY, PRECEDENCE, Fields
from .labels import byline_author, clean_source, clean_title, closing_author, dispatch_author, label_value
from .layout import short_texts
from .rules.apply import RuleReading
from .rules.netease import NETEASE_RULES, SITE, doc_id_of_url
from .tree import Element

_T = TypeVar("_T")

__all__ = ["SOURCES", "Evidence", "ParsedPage", "Source"]

# Portals put the outlet in article:author (sina: 工人日报); a byline names people, not outlets.
# In traditional characters too (某某日報, 某某新聞網, 某某電視臺).
_OUTLET = re.compile(
    r"(报|報|网|網|社|台|臺|新闻|新聞|频道|頻道|中心|杂志|雜誌|在线|在線|客户端|客戶端|News|Online|Times|Post)$"
    r"|^网易|^新浪|^搜狐|^腾讯|^凤凰"
)
_OUTLET_CHARS = 16
_LABEL = re.compile(r"[:：]")


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


def meta_title(evidence: Evidence) -> Fields:
    """og:title / twitter:title / JSON-LD headline, without the site's and channel's names."""
    found = _title_meta(evidence)
    return Fields(title=clean_title(titles.split_title(found) or found, _site_name(evidence)))


def _meta(evidence: Evidence) -> meta.MetaReader:
    """The page's <meta> tags and JSON-LD, read once for every source that asks (the tree does not change
    while the sources are read)."""
    return evidence.once("meta", meta.MetaReader)


def _title_meta(evidence: Evidence) -> str | None:
    """og:title / twitter:title / the JSON-LD headline, read once."""
    return evidence.once("title_meta", lambda root: meta.title_meta(root, _meta(evidence)))


def html_title(evidence: Evidence) -> Fields:
    """The <title>, without the site's and channel's names."""
    found = evidence.once("html_title", meta.html_title)
    return Fields(title=clean_title(titles.split_title(found) or found, _site_name(evidence)))


def _site_name(evidence: Evidence) -> str | None:
    """The site's name as a meta tag states it, read once: a <title> that runs it on after the headline with
    only a space between (标题 某某省人民政府门户网站) has no separator to split at."""
    return evidence.once("site_name", lambda root: meta.site_name_meta(root, _meta(evidence)))


def shared_title(evidence: Evidence) -> Fields:
    """The heading that is part of the <title> or og:title (GNE's method)."""
    found = (evidence.once("html_title", meta.html_title), _title_meta(evidence))
    return Fields(title=titles.shared_title(evidence.page.root, [text for text in found if text]))


def printed_title(evidence: Evidence) -> Fields:
    """The part of the <title> or og:title that the page prints as a line of its own."""
    found = (evidence.once("html_title", meta.html_title), _title_meta(evidence))
    return Fields(title=titles.printed_title(evidence.page.root, [text for text in found if text]))


def lead_title(evidence: Evidence) -> Fields:
    """The emphasised line above the first paragraph, when the <title> is no headline printed for the article.

    A <title> whose headline part is printed above the article (or holds the line) is the headline's source;
    one printed nowhere near it (a site greeting, 显示) or missing gives way to the printed line.
    """
    page_title = evidence.once("html_title", meta.html_title)
    headline_part = clean_title(titles.split_title(page_title) or page_title, _site_name(evidence)) if page_title else None
    return Fields(title=lead_titles.lead_title_above(_first_paragraph(evidence), headline_part))


def untitled_heading(evidence: Evidence) -> Fields:
    """The heading above the article of a page with no <title> and no og:title (lead_titles.untitled_heading)."""
    if evidence.once("html_title", meta.html_title) or _title_meta(evidence):
        return EMPTY
    return Fields(title=lead_titles.untitled_heading(evidence.page.root))


def script_title(evidence: Evidence) -> Fields:
    """The title the page's state script holds and prints right above its article (lead_titles.script_title)."""
    return Fields(title=lead_titles.script_title(evidence.page.root))


def _first_paragraph(evidence: Evidence) -> Element | None:
    """The article's first paragraph (article_top.first_paragraph), found once for the headline and the byline
    above it."""
    return evidence.once("first_paragraph", article_top.first_paragraph)


def meta_date(evidence: Evidence) -> Fields:
    """The publish time a meta tag or JSON-LD states; a date alone gains the time printed for that day."""
    raw = meta.published_meta(evidence.page.root, _meta(evidence))
    value = parse_date(raw, now=evidence.page.now) if raw else None
    value = _finer(evidence, value, ("headline-date", "dom-date", "script-date"))
    return Fields(published_at=_as_printed(evidence, _printed_without_year(evidence, value)))


def _as_printed(evidence: Evidence, value: str | None) -> str | None:
    """`value` (a meta tag's time), or the time printed under the headline for the same day when the two
    differ at the minute: the page shows its readers the printed one, and a tag may be stamped by another
    step of publishing (the minute it was filed, pushed or indexed). On another day the printed time wins
    only when the page's script data states the same minute under a key that names publishing: two of the
    page's own statements against the tag's."""
    printed = evidence.read("headline-date")
    shown = printed.published_at if printed is not None else None
    if value is None or shown is None or len(value) <= 10 or len(shown) <= 10:
        return value
    # A row that prints when the page was updated (更新时间：…) may print no publish time at all.
    if _UPDATE_LABEL.search(published.line_under(_own_heading(evidence)) or ""):
        return value
    if published.same_day_other_minute(value, shown):
        return shown
    if published.same_minute(value, shown):
        return value
    stated = evidence.read("script-time")
    return shown if stated is not None and stated.published_at and published.same_minute(stated.published_at, shown) else value


_UPDATE_LABEL = re.compile("|".join((*UPDATE_WORDS, "updated", "modified")), re.IGNORECASE)


def _printed_without_year(evidence: Evidence, value: str | None) -> str | None:
    """A date-only `value` with the time the byline row prints for the same day without its year
    (发布时间：10-17 21:48, the year only in a meta tag or the URL)."""
    if value is None or len(value) != 10:
        return value
    line = published.line_under(_own_heading(evidence)) or ""
    printed = parse_date(line, year=int(value[:4]))
    return printed if printed and len(printed) > 10 and printed.startswith(value) else value


def _finer(evidence: Evidence, value: str | None, names: tuple[str, ...]) -> str | None:
    """A date-only value with the time another source prints for the same day."""
    if value is None or len(value) != 10:
        return value
    finer = (evidence.read(name) for name in names)
    return published.refine(value, *(fields.published_at for fields in finer if fields is not None))


def headline_date(evidence: Evidence) -> Fields:
    """The first date printed under the headline (published.headline_date)."""
    value = published.date_under(_own_heading(evidence), evidence.page.now)
    return Fields(published_at=_finer(evidence, value, ("dom-date", "script-date")))


def short_date(evidence: Evidence) -> Fields:
    """A date printed under the headline without its year (发布时间：10-08 12:00) or century (18-03-08), its year
    from the time the page says it was updated (published.short_date_under)."""
    updated = meta.modified_meta(evidence.page.root, _meta(evidence))
    return Fields(published_at=published.short_date_under(_own_heading(evidence), updated))


def _own_heading(evidence: Evidence) -> Element | None:
    """Where the page prints the record's title, found once for the date and the byline row under it."""
    return evidence.once("own_heading", lambda root: published.own_heading(root, _title_of(evidence)))


def _title_of(evidence: Evidence) -> str | None:
    """The title the merge gives the page (its sources are read once, so the merge reads them again for free)."""
    for name in PRECEDENCE["title"]:
        found = evidence.read(name)
        if found is not None and found.title:
            return found.title
    return None


def script_date(evidence: Evidence) -> Fields:
    """A publish time in inline script data (script_dates.script_date)."""
    return Fields(published_at=script_dates.script_date(evidence.page.root, _title_of(evidence)))


def script_time(evidence: Evidence) -> Fields:
    """A publish time with its time of day under a key of the page's script data that names publishing
    (pubtime, publishTime, ptime …; not the bare `time`): the page's own statement, as a meta tag is, where a
    date printed without a label under the headline or in a time-named box may be another's (a match's
    start, a reply's, a related article's). So is a time in the hidden fields a script prints the article from
    (script_dates.stored_date)."""
    title = _title_of(evidence)
    value = script_dates.script_date(evidence.page.root, title, named=True) or script_dates.stored_date(evidence.page.root, title)
    return Fields(published_at=value if value and "T" in value else None)


def hover_date(evidence: Evidence) -> Fields:
    """The publish time a date row shows on hover (published.hover_date)."""
    return Fields(published_at=published.hover_date(evidence.page.root, evidence.page.page_url))


def library_date(evidence: Evidence) -> Fields:
    """htmldate's reading of the original publish date (published.library_date)."""
    value = published.library_date(evidence.page.root, evidence.page.url)
    return Fields(published_at=_printed_without_year(evidence, value))


def headline(evidence: Evidence) -> Fields:
    """The <h1> that agrees with og:title / <title>."""
    meta_title, page_title = _title_meta(evidence), evidence.once("html_title", meta.html_title)
    found = dom.headline(evidence.page.root, meta_title, page_title)
    reference = titles.title_key(meta_title or page_title or "")
    if found is not None and len(titles.title_key(found)) <= NAME_CHARS and _names_the_site(evidence, found, reference):
        return EMPTY
    return Fields(title=found)


# An <h1> this short may be a site's or a channel's name (新闻中心, 某某晨报); a headline's main title above its
# subtitle (主标题——副标题 in the <title>) is longer.
NAME_CHARS = 8


def _names_the_site(evidence: Evidence, found: str, reference: str) -> bool:
    """Whether a short <h1> is one of the names the <title> prints around the line the page prints right above
    its article (a logo <h1> of the site's name; the headline in a styled block): then the line is the headline,
    and the <h1> the site's."""
    lead = lead_titles.lead_title_above(_first_paragraph(evidence))
    if lead is None:
        return False
    names = titles.names_around(reference, titles.title_key(lead))
    return names is not None and titles.title_key(found) in names


def dom_date(evidence: Evidence) -> Fields:
    """A date printed near the headline (dom.dom_date); a date alone gains the time script data gives that day."""
    value = dom.dom_date(evidence.page.root, now=evidence.page.now, texts=_short_texts(evidence))
    return Fields(published_at=_finer(evidence, value, ("script-date",)))


def info_line(evidence: Evidence) -> Fields:
    """来源： and 作者： in the page's info / source lines."""
    source, line = dom.info_line(evidence.page.root)
    return Fields(source=source, author=label_value(line, "author"))


def headline_info(evidence: Evidence) -> Fields:
    """来源： and 作者： in the line printed right under the headline (published.headline_line); with no 来源
    label, the outlet printed after the line's bare date (2024-05-09 07:30　青山日报)."""
    text = published.line_under(_own_heading(evidence)) or ""
    labelled = clean_source(label_value(text, "source"))
    after = published.after_date(text)
    name = after.split()[0] if after and not labelled else ""
    unlabelled = 2 <= len(name) <= _OUTLET_CHARS and _OUTLET.search(name) and not _LABEL.search(name)
    return Fields(source=labelled or (name if unlabelled else None), author=label_value(text, "author"))


def meta_source(evidence: Evidence) -> Fields:
    """The source a meta tag names."""
    return Fields(source=clean_source(meta.source_meta(evidence.page.root, _meta(evidence))))


def script_source(evidence: Evidence) -> Fields:
    """The outlet the page's script data names and the page prints (script_dates.script_source)."""
    return Fields(source=script_dates.script_source(evidence.page.root))


def meta_author(evidence: Evidence) -> Fields:
    """The author a meta tag or JSON-LD names, unless it is the outlet (the page's source, or named like one)."""
    return _writer(evidence, meta.author_meta(evidence.page.root, _meta(evidence)))


def _writer(evidence: Evidence, author: str | None) -> Fields:
    """`author` as the record's author, unless it is the outlet: the page's source, or named like one."""
    if not author:
        return EMPTY
    source = _source_of(evidence.read("info-line")) or _source_of(evidence.read("meta-source"))
    return EMPTY if author == source or _OUTLET.search(author) else Fields(author=author)


def marked_author(evidence: Evidence) -> Fields:
    """The author the page marks up as its author (rel="author", itemprop="author"), outside lists of other
    articles, unless it is the outlet."""
    return _writer(evidence, meta.marked_author(evidence.page.root, lambda node: not titles.in_list(node)))


def _source_of(fields: Fields | None) -> str | None:
    return fields.source if fields is not None else None


def lead_byline(evidence: Evidence) -> Fields:
    """The author of a byline line right above the article (the body leaves that line out)."""
    return Fields(author=dom.lead_byline(_first_paragraph(evidence)))


def forum_poster(evidence: Evidence) -> Fields:
    """The poster of a forum or blog page."""
    return Fields(author=dom.forum_author(evidence.page.root))


def editor_line(evidence: Evidence) -> Fields:
    """A short line labelled 责任编辑 / 责编 / 编辑."""
    return Fields(editor=dom.editor_line(evidence.page.root, _short_texts(evidence)))


def _short_texts(evidence: Evidence) -> dom.ShortTexts:
    """The page's short texts (`layout.short_texts` for dom.DATE_CHARS), made once for the date and the editor
    line: each a walk of the whole page, and the tree does not change while the sources are read."""
    return evidence.once("short_texts", lambda root: short_texts(root, dom.DATE_CHARS))


def crumbs(evidence: Evidence) -> Fields:
    """The breadcrumb levels of a container named like a breadcrumb."""
    return Fields(channel=tuple(dom.crumbs(evidence.page.root, evidence.page.text)))


def byline(evidence: Evidence) -> Fields:
    """The author of an in-body byline line (（网易财经 张艳）), kept in the body as printed."""
    return Fields(author=byline_author(evidence.paragraphs or []))


def dispatch_byline(evidence: Evidence) -> Fields:
    """The reporters named in the dispatch mark that opens the body (城市晨报讯（记者 王五）…), kept in the body."""
    return Fields(author=dispatch_author(evidence.paragraphs or []))


def closing_byline(evidence: Evidence) -> Fields:
    """The writer credited in brackets at the article's end (（王五／台中報導）), kept in the body."""
    return Fields(author=closing_author(evidence.paragraphs or []))


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
        Source("script-title", script_title, "guess"),
        Source("untitled-heading", untitled_heading, "guess"),
        Source("headline-date", headline_date, "guess"),
        Source("script-time", script_time, "page"),
        Source("script-date", script_date, "page"),
        Source("hover-date", hover_date, "guess"),
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
        Source("editor-line", editor_line, "guess"),
        Source("crumbs", crumbs, "guess"),
        Source("byline", byline, "body"),
        Source("dispatch-byline", dispatch_byline, "body"),
        Source("closing-byline", closing_byline, "body"),
    )
}
