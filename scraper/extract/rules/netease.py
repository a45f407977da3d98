"""NetEase (163.com) in one place: its page templates, its document ids, the key an article is done once under,
and the widget lines its pages carry.

A NetEase article is named by a 16-character document id (`EO6L7P0F0001899O`) under many hosts and paths:
news.163.com/19/0907/13/<ID>.html, www.163.com/dy/article/<ID>.html, dy.163.com/v2/article/detail/<ID>.html,
dy.163.com/article/<ID>, 3g.163.com/all/article/<ID>.html, c.m.163.com/nc/article/<ID>/full.html, and the later
pages of a paged article, <ID>_2.html, <ID>_3.html, and its one-page form <ID>_all.html. Videos (/v/video/…) and photo sets (/photoview/…) have ids of
their own and are no article.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from ...fetch.client import normalise_url
from ..dates import BEIJING
from ..terms import EDITOR_TAG_LINE, META_LINE, READ_TIME
from .model import AnyClass, SiteRule, by_class, by_id, cls, then

__all__ = [
    "NETEASE_RULES",
    "PAGER_ALL_TEXTS",
    "PAGER_BOX",
    "PAGER_MARKER",
    "PAGER_NEXT_TEXTS",
    "SITE",
    "WIDGET_LINES",
    "ArticleUrl",
    "article_url",
    "doc_id_from",
    "doc_id_of_url",
    "first_page_url",
    "identity_key",
    "is_netease_host",
    "is_not_article",
]

SITE = "163.com"
_HOST = re.compile(r"(?:^|\.)163\.com$")
_DOCID = re.compile(r"^[0-9A-Z]{16}$")
# The id as the last path segment: <ID>.html, <ID>, <ID>/, <ID>_2.html (a later page of the article),
# <ID>_all.html (the whole paged article on one page), <ID>/full.html (the mobile JSON endpoint).
_DOCID_PATH = re.compile(r"/([0-9A-Z]{16})(?:_\d+|_all)?(?:\.html|/full\.html)?/?$")
# A later page (or the one-page form) of a paged article: what `first_page_url` strips.
_PAGE_SUFFIX = re.compile(r"(/[0-9A-Z]{16})_(?:\d+|all)(\.html)$")
# The path of a URL, as urlsplit reads it (scheme, then //authority, then the path up to ? or #).
_URL_PATH = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?(?://[^/?#]*)?(?P<path>[^?#]*)")
# Videos and photo sets: their ids name the media page, not an article (one can even equal an article's).
_MEDIA_PATH = re.compile(r"^/(?:[^/]+/)?(?:v|video|photoview|photo)/", re.IGNORECASE)

# Widget lines of NetEase pages: the app's prompts to open it, for the pictures (打开网易新闻 查看精彩图片), for
# more of a channel's news (打开网易新闻，查看更多湖南身边事) or after what a card offers there (收录36家小吃摊，打开
# 网易新闻查看); the same words on another site are text.
WIDGET_LINES = (r"^(?:[^\s。！？]{2,20}[，,])?打开网易新闻[\s，,]*查看(?:(?:精彩|更多)[^\s，。！？]{0,10})?$",)


def is_netease_host(host: str | None) -> bool:
    """True for 163.com and its subdomains."""
    return bool(host) and bool(_HOST.search(host or ""))


def doc_id_of_url(url: str | None) -> str | None:
    """The document id of a NetEase article URL; None for any other URL (a video or photo set included).

    The host is not checked: the callers know the page is NetEase's (see `identity_key`).
    """
    if not url:
        return None
    match = _URL_PATH.match(url.strip())  # matches every string
    path = match["path"] if match else ""
    if _MEDIA_PATH.search(path):
        return None
    found = _DOCID_PATH.search(path)
    return found.group(1) if found else None


def doc_id_from(value: str | None) -> str | None:
    """A document id from a bare id (a page's data-docid) or an article URL (og:url)."""
    if not value:
        return None
    value = value.strip()
    return value if _DOCID.match(value) else doc_id_of_url(value)


def identity_key(url: str) -> str:
    """Return the key under which a URL is done once: `163:<DOCID>` for NetEase articles, else the URL.

    Every form of one article (hosts, paths, its later pages) shares the key; the form `163:<DOCID>` is what
    earlier batch state holds, so a batch resumes across versions.

    Raises:
        InputError: the URL cannot be used (see `fetch.normalise_url`).
    """
    normal = normalise_url(url)
    if is_netease_host(urlsplit(normal).hostname):
        doc_id = doc_id_of_url(normal)
        if doc_id:
            return f"163:{doc_id}"
    return normal


def first_page_url(url: str) -> str:
    """The first page of a paged article for a later page (`<ID>_2.html`) or its one-page form (`<ID>_all.html`);
    any other URL unchanged (its query and fragment dropped only when rewritten).

    Like `doc_id_of_url`, the host is not checked: the path form is NetEase's wherever the page is served.
    """
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url
    if _MEDIA_PATH.search(parts.path) or not _PAGE_SUFFIX.search(parts.path):
        return url
    return parts._replace(path=_PAGE_SUFFIX.sub(r"\1\2", parts.path), query="", fragment="").geturl()


# The pager under the body of a paged article (Era 1/2): page numbers, a next link whose text is ">", and a
# link to the whole article on one page (<ID>_all.html#p1). Selectors and link texts are data;
# `extract.pages.read_pager` reads them.
PAGER_BOX = "//div[contains(concat(' ', normalize-space(@class), ' '), ' ep-pages ')]"
PAGER_MARKER = "ep-pages"  # in the page text whenever PAGER_BOX can match: pages without it skip the walk
PAGER_NEXT_TEXTS = (">", "下一页")
PAGER_ALL_TEXTS = ("在本页阅读全文", "全文阅读", "阅读全文")


# The paths of article pages, recognised on any host (a saved or mirrored channel page keeps them), for
# discovery: /dy/article/<ID>.html and /<channel>/article/<ID>.html (www, m and 3g: /all/article/,
# /news/article/), dy.163.com/article/<ID>, /v2/article/detail/<ID>.html (网易号 2019), /<yy>/<mmdd>/<hh>/<ID>.html
# (Era 1/2, also under a 3g channel prefix), c.m.163.com/news/a/<ID>.html (the app's share page). Stricter
# than `doc_id_of_url`: a link on a channel page is an article only in one of these forms, and the later pages
# of a paged article (<ID>_2.html) are not listed.
_ARTICLE_PATH = re.compile(
    r"^/(?:"
    r"(?:[a-z0-9_]+/)?article/(?P<a>[0-9A-Z]{16})(?:\.html)?/?"
    r"|v2/article/detail/(?P<b>[0-9A-Z]{16})\.html"
    r"|(?:[a-z0-9_]+/)?(?P<yy>\d{2})/(?P<mm>\d{2})(?P<dd>\d{2})/(?P<hh>\d{2})/(?P<c>[0-9A-Z]{16})\.html"
    r"|news/a/(?P<d>[0-9A-Z]{16})\.html"
    r")$"
)
# Specials (channel topic pages) are no article either, besides videos and photo sets.
_SPECIAL_PATH = re.compile(r"^/(?:[^/]+/)?special/", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ArticleUrl:
    """A URL in a NetEase article form: its document id, and the hour its path dates it to (Era 1/2), if any."""

    doc_id: str
    dated: datetime | None = None


def article_url(url: str | None) -> ArticleUrl | None:
    """The document id (and path date, Beijing time) of a URL with an article path, on any host; else None."""
    if not url:
        return None
    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        return None
    match = _ARTICLE_PATH.match(path)
    if match is None:
        return None
    dated = None
    if match["yy"]:
        with contextlib.suppress(ValueError):  # /19/1399/… is no date
            dated = datetime(2000 + int(match["yy"]), int(match["mm"]), int(match["dd"]), int(match["hh"]),
                             tzinfo=BEIJING)
    return ArticleUrl(match["a"] or match["b"] or match["c"] or match["d"], dated)


def is_not_article(url: str) -> bool:
    """True for a video, photo set or special path (/v/video/, /photoview/, /special/), on any host."""
    try:
        path = urlsplit(url).path
    except ValueError:
        return True
    return bool(_MEDIA_PATH.search(path) or _SPECIAL_PATH.search(path))

# Blocks that sit inside NetEase body containers in every era and are never article text.
_NETEASE_DROP = (
    AnyClass("otitle"),
    AnyClass("at_item"),
    AnyClass("ep-source"),
    AnyClass("ep-editor"),
    AnyClass("post_statement"),
    AnyClass("post_author"),
    AnyClass("post_top"),
    AnyClass("post_topshare_wrap"),
    AnyClass("gg200x300"),
    AnyClass("ep-summary"),
    AnyClass("ep-pages"),
    AnyClass("statement"),
    AnyClass("ne_article_source"),
    ".//*[starts-with(@id, 'ssp_')]",
    ".//*[@id='dfp_ad' or @id='nt_ad']",
    AnyClass("related_article", "ep-keywords", "post_keywords"),
    # The 2019 in-body video player: clip title, source, 连续播放 switch, a playlist repeating the title.
    AnyClass("video-inner", "video-list"),
    # A promo card: a small table holding only a link and an image (网易财经's app and tool promos), told by its
    # shape rather than its words.
    ".//table[.//a][.//img][string-length(normalize-space(.)) < 120]",
)
# The 网易财经 recommendation block inside #endText (div.biaoqian, 重点推荐) and 延伸阅读 lists end the body.
_NETEASE_STOP = (
    f".//*[{cls('biaoqian')}]",
    ".//p[starts-with(normalize-space(.), '延伸阅读')]",
    ".//*[self::p or self::div or self::strong][normalize-space(.)='相关阅读' or normalize-space(.)='延伸阅读：']",
)
# The staff line that closes a NetEase article inside its body (编辑：沈燕, 责任编辑：王五_NBJ1234, 编辑：… 审核：…):
# what follows it in the body container is the channel's own (copyright boxes, 往期回顾 cards, reprint notes).
_NETEASE_END = (EDITOR_TAG_LINE.pattern,)
_NETEASE_LINES = (
    META_LINE.pattern,
    r"^（原标题：.*）$",
    r"^\(原标题：.*\)$",
    r"^原标题[:：]",
    r"^特别声明[:：]",
    r"^Notice: The content above",
    # Columnist reprint notes and author bios (本文为某某授权网易财经《亦观察》发布，转载请注明出处).
    r"^(?:本文|此文)?[为系].{0,40}授权.{0,40}(?:发布|刊发|首发)",
    r"转载[请须]注明出处",
    r"^作者[为系是].{0,60}$",
    # An author's byline with a bio (作者 周小满 曾在菜市场长大，现为…), no sentence end in it.
    r"^作者(?:\s|[:：])[^。！？]{0,60}$",
    # A short prompt to scan a code and follow an account (扫码关注…微信, 长按识别二维码…), no sentence in it. The scan
    # asks for something (关注, 下载, 阅读 …): a cross-head opening on the word (扫码从“可选项”变成“必选项”) is the article's.
    r"^(?:(?:扫码|扫一扫|扫描(?:下方|上方)?二维码)[^。！？]{0,8}?"
    r"(?:关注|下载|阅读|观看|收听|了解|加入|进群|领取|添加|订阅|查看|参与|获取|报名|咨询|入群|购买)|长按(?:识别)?二维码)"
    r"[^。！？]{0,40}$",
    READ_TIME.pattern,
    *WIDGET_LINES,
)

NETEASE_2020 = SiteRule(
    name="netease-2020",
    domains=("163.com",),
    markers=("post_main",),
    detect=f"//div[{cls('post_main')}]//*[{cls('post_body')}]",
    title=(by_class("h1", "post_title"), "//meta[@property='og:title']/@content"),
    published=(
        "/html/@data-publishtime",
        "//*[@id='contain']/@data-ptime",
        "//meta[@property='article:published_time']/@content",
        by_class("div", "post_info"),
    ),
    info=(by_class("div", "post_info"),),
    source=(by_class("div", "post_info"), by_class("div", "post_author")),
    editor=(by_class("div", "post_author"),),
    channel=(by_class("div", "post_crumb"),),
    doc_id=("//*[@id='contain']/@data-docid", "//meta[@property='og:url']/@content"),
    body=(f"//div[{cls('post_main')}]//div[{cls('post_body')}]",),
    drop=_NETEASE_DROP,
    stop=_NETEASE_STOP,
    drop_lines=_NETEASE_LINES,
    end_lines=_NETEASE_END,
)

NETEASE_2019 = SiteRule(
    name="netease-2019",
    domains=("163.com",),
    markers=("post_content_main",),
    detect=by_class("div", "post_content_main"),
    title=(f"//div[{cls('post_content_main')}]/h1", "//meta[@property='og:title']/@content"),
    published=(
        "//meta[@property='article:published_time']/@content",
        by_class("div", "post_time_source"),
    ),
    info=(by_class("div", "post_time_source"),),
    source=(by_class("div", "post_time_source"), by_class("*", "ep-source")),
    editor=(by_class("*", "ep-editor"), by_class("*", "ep-source")),
    channel=(by_class("div", "post_crumb"),),
    body=(by_id("div", "endText"), by_class("div", "post_text"), by_class("div", "post_body")),
    drop=_NETEASE_DROP,
    stop=_NETEASE_STOP,
    drop_lines=_NETEASE_LINES,
    end_lines=_NETEASE_END,
)

NETEASE_DY_2019 = SiteRule(
    name="netease-dy-2019",
    domains=("163.com",),
    markers=("article_title",),
    detect=f"//div[@id='contain'][@data-docid]//div[{cls('article_title')}]",
    title=(f"//div[{cls('article_title')}]/h2", "//meta[@property='og:title']/@content"),
    published=("//div[@id='contain']/@data-ptime", by_class("p", "time")),
    info=(by_class("p", "time"),),
    source=(by_class("p", "time"),),
    editor=(by_class("*", "ep-editor"),),
    channel=(f"//div[{cls('crumb')} or {cls('post_crumb')} or {cls('bread')}]",),
    doc_id=("//div[@id='contain']/@data-docid",),
    body=(by_id("div", "content"),),
    drop=_NETEASE_DROP,
    stop=_NETEASE_STOP,
    drop_lines=_NETEASE_LINES,
    end_lines=_NETEASE_END,
)

# The block right under the headline, where every era prints its date row. Each is found from the rule's index of
# ids, not by a walk of the whole tree: these are asked on every page whose labels the rule's classes do not hold.
_ROW_UNDER_HEADLINE = then(by_id("h1", "h1title"), "/ancestor-or-self::*[following-sibling::*][1]/following-sibling::*[1]")
# The editor's note closing the text of an era without div.ep-editor: a paragraph of its own, (责任编辑：某某).
_EDITOR_NOTE = then(
    by_id("div", "endText"), "/p[starts-with(normalize-space(.), '(责任编辑') or starts-with(normalize-space(.), '（责任编辑')]"
)
# A closing note of where the text came from, a paragraph of its own: (本文来源：某某 作者：某某).
_SOURCE_NOTE = then(by_id("div", "endText"), "/p[contains(., '本文来源')]")

NETEASE_2015 = SiteRule(
    name="netease-2015",
    domains=("163.com",),
    markers=("h1title",),
    detect=by_id("h1", "h1title"),
    title=(by_id("h1", "h1title"), "//meta[@property='og:title']/@content"),
    # Last, the block right under the headline, where every era prints its date row: the publish time when the
    # row's class is one the rule does not know (网易财经 2012 prints it as div.ep-info).
    published=(
        by_class("div", "ep-time-soure"),
        by_class("div", "ep-time-source"),
        _ROW_UNDER_HEADLINE,
    ),
    # The labels too: an era the rule's classes do not name (the 2006-2008 channels' div.text-info) prints 来源 and
    # 作者 in that row, and its editor's note closing the text ((责任编辑：…)); the 2009-2010 channels name the
    # writer in a closing source note ((本文来源：… 作者：…)).
    info=(by_class("div", "ep-time-soure"), by_class("div", "ep-time-source"), _ROW_UNDER_HEADLINE),
    source=(by_class("div", "ep-time-soure"), by_class("div", "ep-time-source"), by_class("*", "ep-source"),
            _ROW_UNDER_HEADLINE, _SOURCE_NOTE),
    editor=(by_class("*", "ep-editor"), by_class("*", "ep-source"), _EDITOR_NOTE),
    channel=(by_class("*", "ep-crumb"),),
    body=(by_id("div", "endText"),),
    drop=_NETEASE_DROP,
    stop=_NETEASE_STOP,
    drop_lines=_NETEASE_LINES,
    end_lines=_NETEASE_END,
)

# 网易财经 columnist template (亦观察 and kin): the only <h1> is the channel logo; the headline is an h2.
NETEASE_COLUMN_2015 = SiteRule(
    name="netease-column-2015",
    domains=("163.com",),
    markers=("observe_con",),
    detect=f"//div[{cls('entext')} or @id='endText'][ancestor::*[{cls('observe_conbox')} or {cls('observe_con')}]]",
    title=(by_class("h2", "con1_ltle"), "//title"),
    published=(by_class("*", "con1_date"),),
    author=(by_class("*", "con1_author"),),
    channel=(by_class("*", "pathlink"), by_class("*", "ep-crumb")),
    body=(by_class("div", "entext"), by_id("div", "endText")),
    drop=_NETEASE_DROP,
    stop=_NETEASE_STOP,
    # Columns close with the author's bio: 作者林默言，资深互联网行业观察者….
    drop_lines=(*_NETEASE_LINES, r"^作者[^，,。]{1,12}[，,].{0,80}$"),
)

NETEASE_RULES: tuple[SiteRule, ...] = (NETEASE_2020, NETEASE_DY_2019, NETEASE_2019, NETEASE_2015, NETEASE_COLUMN_2015)
