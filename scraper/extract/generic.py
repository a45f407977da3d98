"""The generic path: any page without a site rule.

Metadata is ours (meta tags, JSON-LD, the DOM near the headline, never a list of other articles); the body
comes from trafilatura, run on the tree we already parsed so the page is not parsed twice.
"""

from __future__ import annotations

import copy
import re
from datetime import datetime

import trafilatura
from lxml import etree

from ..model import Image
from . import body as body_stage
from .dates import parse_date
from .density import density_paragraphs
from .fields import clean_source, clean_title, label_value
from .meta import author_meta, html_title, published_meta, source_meta, title_meta
from .sites import read_channel
from .tokens import shingles
from .tree import Element, marker_of, node_text, squash

# Containers of other articles: their dates and titles are never this page's.
_LIST_CONTEXT = re.compile(
    r"(相关|推荐|热点|热门|排行|猜你喜欢|延伸阅读|更多|recommend|related|hot|rank|list|sidebar|side|footer|nav|comment)",
    re.IGNORECASE,
)
_ARTICLE_ELEMENT = etree.XPath("(//*[@itemprop='articleBody'] | //article | //main)[1]")
_OUTLET = re.compile(r"(报|网|社|台|新闻|频道|中心|杂志|在线|客户端|News|Online|Times|Post)$|^网易|^新浪|^搜狐|^腾讯|^凤凰")
_EDITOR_LINES = etree.XPath(
    "//*[self::p or self::span or self::div or self::em or self::td]"
    "[contains(., '责任编辑') or contains(., '责编') or contains(., '编辑:') or contains(., '编辑：')]"
    "[string-length(normalize-space(.)) < 60]"
)
# Every element's text is a substring of the page's: a page without these words has no editor line, and
# the per-element test (each candidate's whole subtree text) need not run.
_EDITOR_WORDS = ("责任编辑", "责编", "编辑:", "编辑：")
_INFO_NODES = etree.XPath("//*[contains(@class,'source') or contains(@class,'info') or contains(@id,'source')]")
_DATE_CANDIDATES = etree.XPath(
    "//*[self::span or self::div or self::p or self::time or self::em or self::td or self::small or self::i or self::font or self::center]"
    "[string-length(normalize-space(.)) < 120]"
)
_CRUMB_WORDS = ("crumb", "bread", "channel-path", "position", "location")
_CRUMBS = etree.XPath(
    "//*[@class or @id][contains(@class, 'crumb') or contains(@class, 'bread') or contains(@class, 'channel-path')"
    " or contains(@class, 'position') or contains(@id, 'crumb') or contains(@class, 'location')]"
)
# Forum and blog pages name the poster in a link to their profile, or in 本贴由<b>X</b>于….
_USER_LINKS = etree.XPath(
    "//a[contains(@href, 'lookuserid=') or contains(@href, 'userid=') or contains(@href, 'uid=')"
    " or contains(@href, 'mod=space') or contains(@href, '?author=') or contains(@href, '/profile/')]"
)
_POSTED_BY = etree.XPath("//b[preceding-sibling::text()[1][contains(., '本贴由')]]")
_UI_WORDS = frozenset({"登录", "注册", "退出", "个人中心", "我的", "设置", "消息", "帮助", "我的空间", "个人资料"})
_CJK = re.compile(r"[\u4e00-\u9fff]")
_DATE_HINT = re.compile(r"(time|date|pub|info|source|meta|byline|author|artical|article-?info)", re.IGNORECASE)
_PUBLISHED_LABEL = re.compile(r"(发布时间|发布日期|发表于|发布于|发表时间|本贴由.{1,20}于|Published|Posted)")
_DATE_TEXT = re.compile(r"(?:19|20)\d{2}\s*[年/.-]\s*\d{1,2}\s*[月/.-]\s*\d{1,2}")
_PROMPT_LINES = re.compile(
    r"^(?:(?:本文)?来源[:：]|责任编辑[:：]|编辑[:：]|分享到?[:：]?$|相关推荐$|热点推荐$|特别声明[:：])"
)
# Lines that close Chinese portal and self-media articles without being part of them: editor tags
# (【编辑:陈海峰】), reprint and infringement disclaimers, follow prompts.
_BOILERPLATE_LINES = re.compile(
    r"^[【\[（(]\s*(?:责任)?编辑[:：][^】\]）)]{1,20}[】\]）)]$"
    r"|如有侵权|侵权请联系|不代表本(?:网|站|平台)(?:的)?(?:观点|立场)|仅供参考[，,]?不构成"
    r"|^关注我[，,]|^(?:作品声明|免责声明)[:：]|^(?:点击|扫码)(?:关注|下载)|^(?:本网站|本站)所刊载信息"
    r"|^(?:还没有评论|请先登录后发表评论)"
)


def _in_list_context(node: Element) -> bool:
    for ancestor in node.iterancestors():
        if ancestor.tag in {"li", "nav", "footer", "aside"}:
            return True
        marker = marker_of(ancestor)
        if marker.strip() and _LIST_CONTEXT.search(marker):
            return True
    return False


def headline(root: Element) -> str | None:
    """The headline: an <h1> that agrees with og:title/<title>, else og:title, else the cleaned <title>."""
    meta_title = title_meta(root)
    page_title = html_title(root)
    for h1 in root.iter("h1"):
        text = node_text(h1)
        if text and len(text) >= 4 and not _in_list_context(h1):
            reference = meta_title or page_title or ""
            if not reference or text in reference or reference.startswith(text[:8]):
                return text
    if meta_title:
        return clean_title(meta_title)
    return clean_title(page_title)


def dom_date(root: Element, *, now: datetime | None = None) -> str | None:
    """A publish date printed near the headline: elements whose class/id speaks of time/info, outside lists."""
    candidates = _DATE_CANDIDATES(root)
    scored: list[tuple[int, str]] = []
    for index, node in enumerate(candidates):
        text = squash(node.text_content())
        if not text or not (_DATE_TEXT.search(text) or "前" in text or "昨天" in text):
            continue
        if _in_list_context(node):
            continue
        marker = marker_of(node)
        score = 2 if _DATE_HINT.search(marker) else 0
        # A printed label says "this is when it was published" more surely than a class name does.
        score += 3 if _PUBLISHED_LABEL.search(text) else 1 if re.search(r"(时间|日期|来源)", text) else 0
        value = parse_date(text, now=now)
        if value:
            scored.append((-score * 100000 + index, value))
    if not scored:
        return None
    return min(scored)[1]


def generic_metadata(root: Element, *, now: datetime | None = None) -> dict[str, str | None]:
    """Title, publish time, author and source of a page without a site rule."""
    raw = published_meta(root)
    published = parse_date(raw, now=now) if raw else None
    if published is None:
        published = dom_date(root, now=now)
    info_text = " ".join(squash(n.text_content()) for n in _INFO_NODES(root)[:10])
    source = clean_source(label_value(info_text, "source")) or clean_source(source_meta(root))
    meta_author = author_meta(root)
    # Portals put the outlet in article:author (sina: 工人日报); a byline names people, not outlets.
    if meta_author and (meta_author == source or _OUTLET.search(meta_author)):
        meta_author = None
    author = label_value(info_text, "author") or meta_author or forum_author(root)
    editor = None
    page_text = root.getroottree().getroot().text_content()
    for node in _EDITOR_LINES(root) if any(word in page_text for word in _EDITOR_WORDS) else ():
        editor = label_value(squash(node.text_content()), "editor")
        if editor:
            break
    return {
        "title": headline(root),
        "published_at": published,
        "source": source,
        "author": author,
        "editor": editor,
    }


def generic_channel(root: Element, source: str | None = None) -> list[str]:
    """The breadcrumb of a page without a site rule, from a container named like one.

    With the page `source`, a page that names no such container anywhere is answered without a tree walk.
    """
    if source is not None and not any(word in source for word in _CRUMB_WORDS):
        return []
    return read_channel([n for n in _CRUMBS(root) if len(node_text(n)) <= 200])


def forum_author(root: Element) -> str | None:
    """The poster of a forum or blog page: 本贴由<b>X</b>于… or the first link to a user profile."""
    for node in _POSTED_BY(root):
        name = squash(node.text_content())
        if 1 < len(name) <= 20:
            return name
    for anchor in _USER_LINKS(root):
        name = squash(anchor.text_content())
        if 1 < len(name) <= 20 and name not in _UI_WORDS and not _in_list_context(anchor):
            return name
    return None


def generic_paragraphs(root: Element, url: str | None) -> tuple[list[str], list[Image]]:
    """Body paragraphs and images of a page without a site rule.

    Chinese pages: two readings, our text-density container (density.py) and trafilatura's, and a choice
    between them by how their texts overlap (see `choose_body`); images from the density container.
    Other pages: trafilatura alone, the best reading there, with the images it keeps; the density reading
    only when trafilatura finds nothing. The tree is consumed.
    """
    sample = root.text_content()[:100000] if len(root) else ""
    chinese = len(_CJK.findall(sample)) > 200
    if not chinese:
        # Images first, from the page's own article element: trafilatura prunes the tree, and its image
        # output would change its text (markdown image lines, captions).
        holder = next(iter(_ARTICLE_ELEMENT(root)), None)
        found = body_stage.images(holder, url) if holder is not None else []
        extracted = trafilatura_paragraphs(root, url, tables=True)
        if extracted:
            return extracted, found
        density, container = density_paragraphs(root)
        return density, (body_stage.images(container, url) if container is not None else [])
    # The density reading works on a copy: trafilatura prunes the tree it is given.
    density, container = density_paragraphs(copy.deepcopy(root))
    # Layout tables on Chinese portals are navigation more often than content. The density reading already
    # plays the part of trafilatura's own fallbacks (readability, jusText), so trafilatura runs without them:
    # the same accuracy on the corpus, less work.
    extracted = trafilatura_paragraphs(root, url, tables=False, fast=True)
    chosen = choose_body(density, extracted)
    lines = [line for line in chosen if not (len(line) < 120 and _BOILERPLATE_LINES.search(line))]
    return lines, (body_stage.images(container, url) if container is not None else [])


def choose_body(density: list[str], extracted: list[str]) -> list[str]:
    """Pick between the density reading and trafilatura's for a Chinese page.

    When one reading contains the other and is much longer, the longer one carries boilerplate (the
    density container swallowed a list, or trafilatura fell back to the whole page) — except when the
    density reading is several times longer, where trafilatura kept only a fragment. When they agree, the
    density reading keeps the portal's own paragraphing and captions; when they disagree, trafilatura's.
    """
    if not density or not extracted:
        return density or extracted
    ours, theirs = shingles("\n".join(density)), shingles("\n".join(extracted))
    n_ours, n_theirs = sum(ours.values()) or 1, sum(theirs.values()) or 1
    shared = sum((ours & theirs).values())
    ours_in_theirs, theirs_in_ours = shared / n_ours, shared / n_theirs
    if ours_in_theirs > 0.9 and n_theirs > 1.5 * n_ours:
        return density
    if theirs_in_ours > 0.9 and n_ours > 1.15 * n_theirs:
        return density if n_ours > 4 * n_theirs else extracted
    if ours_in_theirs > 0.8 and theirs_in_ours > 0.8:
        return density
    return extracted


def trafilatura_paragraphs(root: Element, url: str | None, *, tables: bool = True, fast: bool = False) -> list[str]:
    """Body paragraphs by trafilatura, one per line, with Chinese portal label lines removed.

    trafilatura's time grows steeply with depth; `tree.parse` already flattens subtrees below MAX_DEPTH,
    which bounds it here too.
    """
    try:
        document = trafilatura.bare_extraction(
            root,
            url=url,
            include_comments=False,
            include_tables=tables,
            with_metadata=False,
            fast=fast,
            deduplicate=False,
        )
    except (ValueError, TypeError, etree.LxmlError, RecursionError):
        # trafilatura fails on some malformed trees; the caller treats no text as no article.
        return []
    text = getattr(document, "text", None) if document is not None else None
    if not text:
        return []
    out = []
    for line in text.split("\n"):
        line = squash(line)
        if line and not _PROMPT_LINES.match(line):
            out.append(line)
    return out
