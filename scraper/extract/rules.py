"""Site rules as data.

A rule says where each field lives (an ordered list of XPaths; the first non-empty result wins) and which
blocks to drop from the body; `sites.py` holds the code that reads them. A new NetEase era or a new portal
is a new entry here plus a fixture, not new control flow.

XPaths that select elements are read as text (dates and labels are parsed by code); XPaths that end in
`/@attr` give the attribute value. `drop` and `stop` are evaluated relative to the body element: `drop`
removes each match, `stop` removes the first match and everything after it (trailing promo blocks).
"""

from __future__ import annotations

from dataclasses import dataclass, field


def cls(name: str) -> str:
    """XPath predicate body: the element's class list contains `name`."""
    # The plain contains() is cheap and rejects almost every element before the exact token test runs.
    return f"(contains(@class, '{name}') and contains(concat(' ', normalize-space(@class), ' '), ' {name} '))"


@dataclass(frozen=True, slots=True)
class SiteRule:
    """Where the fields of one page template live."""

    name: str
    domains: tuple[str, ...]
    detect: str
    body: tuple[str, ...]
    # Substrings of the page source, one of which every page of the template holds (a class or id name
    # of its detect XPath): a cheap test before the tree walk.
    markers: tuple[str, ...] = ()
    title: tuple[str, ...] = ()
    published: tuple[str, ...] = ()
    info: tuple[str, ...] = ()
    source: tuple[str, ...] = ()
    author: tuple[str, ...] = ()
    editor: tuple[str, ...] = ()
    channel: tuple[str, ...] = ()
    doc_id: tuple[str, ...] = ()
    drop: tuple[str, ...] = ()
    stop: tuple[str, ...] = ()
    # Paragraphs (whole lines) that are widgets, matched as regular expressions.
    drop_lines: tuple[str, ...] = field(default=())


# Blocks that sit inside NetEase body containers in every era and are never article text.
_NETEASE_DROP = (
    f".//*[{cls('otitle')}]",
    f".//*[{cls('at_item')}]",
    f".//*[{cls('ep-source')}]",
    f".//*[{cls('ep-editor')}]",
    f".//*[{cls('post_statement')}]",
    f".//*[{cls('post_author')}]",
    f".//*[{cls('post_top')}]",
    f".//*[{cls('post_topshare_wrap')}]",
    f".//*[{cls('gg200x300')}]",
    f".//*[{cls('ep-summary')}]",
    f".//*[{cls('statement')}]",
    f".//*[{cls('ne_article_source')}]",
    ".//*[starts-with(@id, 'ssp_')]",
    ".//*[@id='dfp_ad' or @id='nt_ad']",
    f".//*[{cls('related_article')} or {cls('ep-keywords')} or {cls('post_keywords')}]",
)
# The 网易财经 promo block inside #endText (会赚钱的客户端 / 打新神器 / 重点推荐) and 延伸阅读 lists end the body.
_NETEASE_STOP = (
    ".//table[contains(., '会赚钱的客户端') or contains(., '打新神器')]",
    f".//*[{cls('biaoqian')}]",
    ".//p[starts-with(normalize-space(.), '延伸阅读')]",
    ".//*[self::p or self::div or self::strong][normalize-space(.)='相关阅读' or normalize-space(.)='延伸阅读：']",
)
_NETEASE_LINES = (
    r"^(本文来源|责任编辑|来源)[:：]",
    r"^（原标题：.*）$",
    r"^\(原标题：.*\)$",
    r"^原标题[:：]",
    r"^特别声明[:：]",
    r"^Notice: The content above",
    # Columnist reprint notes and author bios (本文为某某授权网易财经《亦观察》发布，转载请注明出处).
    r"^(?:本文|此文)?[为系].{0,40}授权.{0,40}(?:发布|刊发|首发)",
    r"转载[请须]注明出处",
    r"^作者[为系是].{0,60}$",
)

NETEASE_2020 = SiteRule(
    name="netease-2020",
    domains=("163.com",),
    markers=("post_main",),
    detect=f"//div[{cls('post_main')}]//*[{cls('post_body')}]",
    title=(f"//h1[{cls('post_title')}]", "//meta[@property='og:title']/@content"),
    published=(
        "/html/@data-publishtime",
        "//*[@id='contain']/@data-ptime",
        "//meta[@property='article:published_time']/@content",
        f"//div[{cls('post_info')}]",
    ),
    info=(f"//div[{cls('post_info')}]",),
    source=(f"//div[{cls('post_info')}]", f"//div[{cls('post_author')}]"),
    editor=(f"//div[{cls('post_author')}]",),
    channel=(f"//div[{cls('post_crumb')}]",),
    doc_id=("//*[@id='contain']/@data-docid", "//meta[@property='og:url']/@content"),
    body=(f"//div[{cls('post_main')}]//div[{cls('post_body')}]",),
    drop=_NETEASE_DROP,
    stop=_NETEASE_STOP,
    drop_lines=_NETEASE_LINES,
)

NETEASE_2019 = SiteRule(
    name="netease-2019",
    domains=("163.com",),
    markers=("post_content_main",),
    detect=f"//div[{cls('post_content_main')}]",
    title=(f"//div[{cls('post_content_main')}]/h1", "//meta[@property='og:title']/@content"),
    published=(
        "//meta[@property='article:published_time']/@content",
        f"//div[{cls('post_time_source')}]",
    ),
    info=(f"//div[{cls('post_time_source')}]",),
    source=(f"//div[{cls('post_time_source')}]", f"//*[{cls('ep-source')}]"),
    editor=(f"//*[{cls('ep-editor')}]", f"//*[{cls('ep-source')}]"),
    channel=(f"//div[{cls('post_crumb')}]",),
    body=("//div[@id='endText']", f"//div[{cls('post_text')}]", f"//div[{cls('post_body')}]"),
    drop=_NETEASE_DROP,
    stop=_NETEASE_STOP,
    drop_lines=_NETEASE_LINES,
)

NETEASE_DY_2019 = SiteRule(
    name="netease-dy-2019",
    domains=("163.com",),
    markers=("article_title",),
    detect=f"//div[@id='contain'][@data-docid]//div[{cls('article_title')}]",
    title=(f"//div[{cls('article_title')}]/h2", "//meta[@property='og:title']/@content"),
    published=("//div[@id='contain']/@data-ptime", f"//p[{cls('time')}]"),
    info=(f"//p[{cls('time')}]",),
    source=(f"//p[{cls('time')}]",),
    editor=(f"//*[{cls('ep-editor')}]",),
    channel=(f"//div[{cls('crumb')} or {cls('post_crumb')} or {cls('bread')}]",),
    doc_id=("//div[@id='contain']/@data-docid",),
    body=("//div[@id='content']",),
    drop=_NETEASE_DROP,
    stop=_NETEASE_STOP,
    drop_lines=_NETEASE_LINES,
)

NETEASE_2015 = SiteRule(
    name="netease-2015",
    domains=("163.com",),
    markers=("h1title",),
    detect="//h1[@id='h1title']",
    title=("//h1[@id='h1title']", "//meta[@property='og:title']/@content"),
    published=(f"//div[{cls('ep-time-soure')}]", f"//div[{cls('ep-time-source')}]"),
    info=(f"//div[{cls('ep-time-soure')}]", f"//div[{cls('ep-time-source')}]"),
    source=(f"//div[{cls('ep-time-soure')}]", f"//div[{cls('ep-time-source')}]", f"//*[{cls('ep-source')}]"),
    editor=(f"//*[{cls('ep-editor')}]", f"//*[{cls('ep-source')}]"),
    channel=(f"//*[{cls('ep-crumb')}]",),
    body=("//div[@id='endText']",),
    drop=_NETEASE_DROP,
    stop=_NETEASE_STOP,
    drop_lines=_NETEASE_LINES,
)

# 网易财经 columnist template (亦观察 and kin): the only <h1> is the channel logo; the headline is an h2.
NETEASE_COLUMN_2015 = SiteRule(
    name="netease-column-2015",
    domains=("163.com",),
    markers=("observe_con",),
    detect=f"//div[{cls('entext')} or @id='endText'][ancestor::*[{cls('observe_conbox')} or {cls('observe_con')}]]",
    title=(f"//h2[{cls('con1_ltle')}]", "//title"),
    published=(f"//*[{cls('con1_date')}]",),
    author=(f"//*[{cls('con1_author')}]",),
    channel=(f"//*[{cls('pathlink')}]", f"//*[{cls('ep-crumb')}]"),
    body=(f"//div[{cls('entext')}]", "//div[@id='endText']"),
    drop=_NETEASE_DROP,
    stop=_NETEASE_STOP,
    # Columns close with the author's bio: 作者林默言，资深互联网行业观察者….
    drop_lines=(*_NETEASE_LINES, r"^作者[^，,。]{1,12}[，,].{0,80}$"),
)

# Imported here, not at the top: the portal rules are built from SiteRule and cls above.
from .portals import PORTAL_RULES  # noqa: E402

RULES: tuple[SiteRule, ...] = (
    *(NETEASE_2020, NETEASE_DY_2019, NETEASE_2019, NETEASE_2015, NETEASE_COLUMN_2015),
    *PORTAL_RULES,
)
