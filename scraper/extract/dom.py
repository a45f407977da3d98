"""Metadata read from the DOM of a page whose template no site rule knows.

Each reader looks where news templates in general print a field: the <h1>, elements whose class or id speaks of
time, info or source, editor lines, breadcrumb containers, forum poster links. Nothing inside a list of other
articles (related, recommended, ranked) is read: their dates and titles are never this page's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

from lxml import etree

from ..hanzi import simplified
from .article_lists import FULL_DATE, headline_link, in_link_list, own_footer
from .article_top import above_article, heads_article
from .attributes import marker_of
from .dates import UNIX_TIME, from_unix, parse_date
from .labels import byline_names, clean_source, element_source, label_value, names_a_tool, read_channel
from .layout import block_lines, is_short, node_text, short_texts, squash, text_of
from .published import class_slot, hover_rows, in_prose
from .terms import ALL_LABELS, CRUMB_DROP
from .titles import CRUMB_ARROW, is_logo, site_parts, split_title, title_key
from .tree import Element
from .urls import links_to

# Containers of other articles: their dates and titles are never this page's.
_LIST_CONTEXT = re.compile(
    # A forum's list of the thread's own posts (Discuz's #postlist, post_list, post-list) holds the thread, not
    # other articles.
    r"(相关|推荐|热点|热门|排行|猜你喜欢|延伸阅读|更多|recommend|related|hot|rank|(?<!post)(?<!post[_-])list|sidebar|side|"
    r"footer|nav|comment)",
    re.IGNORECASE,
)
# Short lines (under 60 characters, normalize-space()) labelled 责任编辑 / 责编 / 编辑 are in these elements.
_EDITOR_TAGS = ("p", "span", "div", "em", "td")
_EDITOR_CHARS = 60
# The same line as a bare text run between <br>s of a table cell (old table layouts): no element of its own.
_EDITOR_TEXTS = etree.XPath(
    "//text()[contains(., '责任编辑') or contains(., '责编') or contains(., '責任編輯') or contains(., '責編')]"
    "[string-length(normalize-space(.)) < 60]"
    "[not(ancestor::script or ancestor::style)]"
)
# Every element's text is a substring of the page's: a page without these words has no editor line, and
# the per-element test (each candidate's whole subtree text) need not run.
# In traditional characters too (責任編輯, a Hong Kong or Taiwan page's staff line): label_value reads them folded.
_EDITOR_WORDS = ("责任编辑", "责编", "编辑:", "编辑：", "責任編輯", "責編", "編輯:", "編輯：")
_RESPONSIBLE_WORDS = ("责任编辑", "责编", "責任編輯", "責編")
_RESPONSIBLE = re.compile("|".join(_RESPONSIBLE_WORDS))
# The responsible editor after a space or a slash instead of a colon, in a staff line (责任编辑 王五, 编辑 李四 责编 王五,
# 译者/某某 责任编辑/王五, 責任編輯／王五; read folded): the name, up to the next credit.
_UNMARKED_EDITOR = re.compile(r"(?:^|\s)(?:责任编辑|责编)(?:\s*[/／]\s*|\s+)(?P<name>[\u4e00-\u9fff·]{2,4})(?=\s|$)")
# Written from the attributes up (`//@class[...]/..`): the same elements in document order as
# `//*[contains(@class, …) or …]`, which tests every element of the page three times (a third of the time).
# (`/descendant::*/@class` is `//@class` without a step per node.)
_INFO_NODES = etree.XPath(
    "/descendant::*/@class[contains(., 'source') or contains(., 'info')]/.. | /descendant::*/@id[contains(., 'source')]/.."
)
# An outlet's bare name: no digits, labels, separators or spaces (红网, 大众网, 澎湃新闻).
_IN_LIST = etree.XPath("boolean(ancestor::li)")
# A link's address that leads to another page (not an anchor on this one, not a script).
_OTHER_PAGE = re.compile(r"\s*(?![#]|javascript:)\S")
_BARE_NAME = re.compile(r"^[\u4e00-\u9fffA-Za-z·]{2,16}$")
# A date is sought in these elements when their text is short (under 120 characters, normalize-space()).
_DATE_TAGS = ("span", "div", "p", "time", "em", "td", "small", "i", "font", "center", "textarea")
DATE_CHARS = 120
# `layout.short_texts`' map: every element's text, None where it is long.
ShortTexts = dict[Element, str | None]
_CRUMB_WORDS = ("crumb", "bread", "position", "location")
_CRUMBS = etree.XPath(
    "/descendant::*/@class[contains(., 'crumb') or contains(., 'bread') or contains(., 'position')"
    " or contains(., 'location')]/.. | /descendant::*/@id[contains(., 'crumb')]/.."
)
# Forum and blog pages name the poster in a link to their profile (a forum's rewritten address too:
# space-uid-1.html), or in 本贴由<b>X</b>于….
# From each link's address up: the same links in document order as `//a[contains(@href, …) or …]`, which reads
# the attribute once per test (a third less time).
# A user id is a parameter of its own (?uid=, &userid=): a column's coluid= or a channel's catuid= names no user.
# A user's profile as forum software addresses it (Discuz's space-uid-, PHPWind's u.php?action-show-uid-, vBulletin's
# member.php?u=).
_USER_LINKS = etree.XPath(
    "//a/@href[contains(., '?userid=') or contains(., '&userid=') or contains(., '?uid=') or contains(., '&uid=')"
    " or contains(., 'mod=space') or contains(., '-uid-') or contains(., 'member.php?u=') or contains(., '?author=')"
    " or contains(., '/profile/')]/.."
)
# A user's page as a community site addresses it by a path step (/u/…, /u_123, /user/…, /people/…, /space/…,
# /userhome/…, userinfo.php, /home/main?id=).
_PROFILE_MARKS = (
    "/u/", "/u_", "/user/", "/users/", "/people/", "/space/", "/userhome/", "userinfo.php", "/home/main?id=",
)
_PROFILE_LINKS = etree.XPath(
    "//a/@href[" + " or ".join(f"contains(., '{mark}')" for mark in _PROFILE_MARKS) + "]/.."
)
# A path step's mark must name someone after it: a channel's index (/space/, /people/ at the address's end) and the
# account's own pages (/user/login) are no user's profile.
_PROFILE_HREF = re.compile(
    "(?:" + "|".join(map(re.escape, _PROFILE_MARKS)) + r")(?!(?:login|logout|register|signin|signup|reg)\b)[^/#&]"
)
# The texts that label a poster, found by XPath and followed to their sibling elements here: an XPath step such as
# `following-sibling::node()[1]` costs libxml2 a walk over every sibling, which a broken page of 100,000 sibling
# links (unclosed <a>s) turns into hours.
_POSTED_BY_TEXT = etree.XPath("//text()[contains(., '本贴由')]")
# A post's head names its poster in the link right before 发表于 (楼主 <a>某某</a> 发表于：2010-09-14 21:06): the
# first post's head is the thread's.
_POSTED_AT_TEXT = etree.XPath(
    "//text()[starts-with(normalize-space(.), '发表于') or starts-with(normalize-space(.), '發表於')]"
)
# A blog post's foot names its poster in the link after 发表者： (发表者：<a>某某</a> 发表时间：21:37).
_POSTER_LABEL = re.compile(r"(?:发表者|發表者)\s*[:：]\s*$")
_POSTER_TEXT = etree.XPath("//text()[contains(., '发表者') or contains(., '發表者')]")
_UI_WORDS = frozenset({
    "登录", "注册", "退出", "个人中心", "我的", "设置", "消息", "帮助", "我的空间", "个人资料", "登入", "註冊", "登出",
    "會員中心", "会员中心", "用户中心",
})
_DATE_HINT = re.compile(r"(time|date|pub|info|source|meta|byline|author|article-?info)", re.IGNORECASE)
# The label of the day a forum's poster joined, right before a date (注册：2008-05-20, 注册时间 2010-9-3).
_JOINED = re.compile(r"(?:注册(?:时间|日期|于)?|(?:最后|上次)(?:登录|登陆|访问|在线))\s*(?:时间)?\s*[:：]?\s*(?:19|20)\d{2}\s*[-/.年]")
_PUBLISHED_LABEL = re.compile(r"(发布时间|发布日期|发表于|发布于|发表时间|本贴由.{1,20}于|Published|Posted)")
# Year first (2005-07-05, 2005年7月5日), or last as servers with an English locale print it (7/5/2005 9:23:57 PM).
# A year and then month and day, with only spaces between them (the pieces stood in elements of their own).
_SPLIT_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})(?!\d)")
_MAY_DATE = re.compile(r"\d|前|昨天")
_DATE_TEXT = re.compile(r"(?:19|20)\d{2}\s*[年/.-]\s*\d{1,2}\s*[月/.-]\s*\d{1,2}|\d{1,2}/\d{1,2}/(?:19|20)\d{2}")


def _in_list_context(node: Element) -> bool:
    return any(_is_list_context(ancestor) for ancestor in node.iterancestors())


class _OtherPage:
    """Whether a link's href leads to another page than the one at `url`. A link to the page's own address is its
    permalink: a blog theme links the post's printed date to the post itself, and that date is the page's."""

    def __init__(self, url: str | None = None) -> None:
        self._url = url

    def __call__(self, href: str | None) -> bool:
        return _OTHER_PAGE.match(href or "") is not None and not links_to(href, self._url)


# Where the page's address is not known, every link leads elsewhere.
_ANY_LINK = _OtherPage()


def _is_list_context(node: Element, other_page: _OtherPage = _ANY_LINK) -> bool:
    """Whether `node` is a list of other articles, or a link to another article (a card, with its date)."""
    if node.tag in {"li", "nav", "aside"}:
        return True
    if node.tag == "a" and other_page(node.get("href")):
        return True
    if own_footer(node):
        return False
    return node.tag == "footer" or _LIST_CONTEXT.search(marker_of(node)) is not None


class _InListContext:
    """`_in_list_context`, each ancestor judged once per page: asked of every date candidate, the walk up
    would otherwise grow with the square of the page's nesting."""

    def __init__(self, other_page: _OtherPage = _ANY_LINK) -> None:
        self._inside: dict[Element, bool] = {}
        self.other_page = other_page

    def __call__(self, node: Element) -> bool:
        # Climb to the first ancestor already judged (or the root), then judge the ones climbed from the top.
        climbed: list[Element] = []
        parent = node.getparent()
        while parent is not None and parent not in self._inside:
            climbed.append(parent)
            parent = parent.getparent()
        inside = parent is not None and self._inside[parent]
        for ancestor in reversed(climbed):
            # Inside `ancestor` (for what lies below it): `ancestor` is a list context, or it sits in one.
            inside = inside or _is_list_context(ancestor, self.other_page)
            self._inside[ancestor] = inside
        return node.getparent() is not None and self._inside[node.getparent()]


def headline(root: Element, meta_title: str | None, page_title: str | None) -> str | None:
    """The first <h1>, outside lists, that agrees with og:title / <title> (`meta_title`, `page_title`), or None."""
    reference = meta_title or page_title or ""
    names = site_parts(meta_title) | site_parts(page_title)
    for h1 in root.iter("h1"):
        text = node_text(h1)
        # The site's logo is often an <h1>, and its name is one of the <title>'s parts: neither is the headline.
        if not text or len(text) < 4 or _in_list_context(h1) or is_logo(h1) or title_key(text) in names:
            continue
        # A tag printed inside the heading (<h1>标题<span>原创</span></h1>) is no part of the headline.
        bare = _without_tags(h1)
        if reference and bare != text and len(bare) >= 4 and bare in reference:
            return bare
        # A deck under the main title in the same heading (<h1>主标题<br><br>副标题</h1>): the <title> names the
        # main title alone.
        main = _first_line(h1)
        if reference and main != text and len(main) >= 4 and main in reference and text not in reference:
            return main
        if reference and (text in reference or reference.startswith(text[:8]) or _deck_named(h1, reference)):
            return text
        # Without a <title> to agree with, an <h1> is the headline only right above the article.
        if not reference and heads_article(root, h1):
            return text
    return None


# A deck under the headline opens on a dash (——副标题); its words follow the dashes and any space.
_DECK_DASHES = ("—", "－", "-", "─")
_DECK_LEAD = "".join(_DECK_DASHES) + " \u3000"
# The shortest headline part of a <title> read as a deck's words.
_DECK_CHARS = 6


def _deck_named(heading: Element, reference: str) -> bool:
    """Whether the <title>'s headline part is the words of the deck printed right under `heading`
    (<h1>主标题</h1><h2>——河北某县工商局上门办登记</h2>, the <title> 某县工商局上门办登记 - 频道 - 网站): the <title>
    names the article by its deck, and the heading above the deck is the headline."""
    deck = heading.getnext()
    part = title_key(split_title(reference) or reference)
    if deck is None or not isinstance(deck.tag, str) or len(part) < _DECK_CHARS:
        return False
    words = node_text(deck)
    return words.startswith(_DECK_DASHES) and part in title_key(words.lstrip(_DECK_LEAD))


def _first_line(heading: Element) -> str:
    """The heading's text up to its first <br>."""
    parts = [heading.text or ""]
    for child in heading:
        if child.tag == "br":
            break
        parts.extend((node_text(child), child.tail or ""))
    return squash("".join(parts))


# A tag an <h1> prints beside the headline (原创, 独家, 视频, 图): a child element of a few characters.
_TAG_CHARS = 4


def _without_tags(heading: Element) -> str:
    """The heading's text without its short child elements (tags beside the headline)."""
    parts = [heading.text or ""]
    for child in heading:
        if len(node_text(child)) > _TAG_CHARS:
            parts.append(node_text(child))
        parts.append(child.tail or "")
    return squash("".join(parts))


def dom_date(
    root: Element, *, now: datetime | None = None, texts: ShortTexts | None = None, url: str | None = None
) -> str | None:
    """A publish date printed near the headline: elements whose class/id speaks of time/info, outside lists.

    `texts`: the page's `layout.short_texts` for DATE_CHARS, when a caller holds it (else made here). `url`: the
    page's address, whose links (its permalink) are no other article's.
    """
    in_list = _InListContext(_OtherPage(url))
    hovering = hover_rows(root)
    found: list[tuple[Element, int, str]] = []
    for node, text in _short_lines(root, _DATE_TAGS, DATE_CHARS, texts):
        dated = _dated(node, text, now, in_list, hovering)
        if dated is not None:
            found.append((node, *dated))
    scored = [(-score * 100000 + index, value) for index, (_, score, value) in enumerate(_first_entries(found))]
    return min(scored)[1] if scored else None


def _first_entries(found: list[tuple[Element, int, str]]) -> list[tuple[Element, int, str]]:
    """The dated candidates `found` (document order) without those of a repeated entry after the first.

    A date in an element at the same place of an earlier dated one (the same tags and class names from the root) is
    that slot again in a repeated entry: a reply's head under the first post's, whatever labels the replies' times.
    A candidate holding a later one of the same date is read as that later, narrower element, with the score of
    the wider one where that is higher (an info row's name or label speaks for the span that prints its date).
    """
    scores = [score for _, score, _ in found]
    seen: set[tuple[tuple[str, str], ...]] = set()
    kept = []
    for place, (node, _, value) in enumerate(found):
        narrower = next(
            (later for later in range(place + 1, len(found))
             if found[later][2] == value and node in found[later][0].iterancestors()),
            None,
        )
        if narrower is not None:
            scores[narrower] = max(scores[narrower], scores[place])
            continue
        # Class names, not ids: an entry's id numbers the entry (the first post's t5_tpc, a reply's t5_0001).
        slot = class_slot(node)
        if slot in seen and slot[0][1]:
            continue
        seen.add(slot)
        kept.append((node, scores[place], value))
    return kept


def _short_lines(
    root: Element, tags: tuple[str, ...], limit: int, texts: ShortTexts | None = None
) -> Iterator[tuple[Element, str]]:
    """The elements named `tags` whose text is short (`layout.short_texts`), in document order, with their text:
    `//*[self::span or …][string-length(normalize-space(.)) < limit]` without reading every element's text.

    `texts`: the page's short texts for DATE_CHARS (`short_texts` for the highest limit asked here), shared by
    the date and the editor line: a text short for it is tested again for a lower `limit`.
    """
    if texts is None:
        texts, limit_made = short_texts(root, limit), limit
    else:
        limit_made = DATE_CHARS
    for node in root.getroottree().getroot().iter(*tags):
        text = texts[node]
        if text is not None and (limit == limit_made or is_short(text, limit)):
            yield node, text


def _dated(
    node: Element, raw: str, now: datetime | None, in_list: _InListContext, hovering: frozenset[Element]
) -> tuple[int, str] | None:
    """(score, date) of one date candidate whose text is `raw`, or None when it holds no date of this page.
    `hovering`: the page's elements that show the publish time on hover (`published.hover_rows`)."""
    read = _date_text(raw)
    if read is None:
        return None
    text, stamp = read
    marker = marker_of(node)
    if _of_other_articles(node, marker, in_list) or _holds_any(node, hovering):
        return None  # a row that shows the publish time on hover prints another (编辑于 …): hover_date reads it
    hinted = _DATE_HINT.search(marker) is not None
    if not hinted and in_prose(text) and not _PUBLISHED_LABEL.search(text):
        return None  # a date inside a sentence of the article, in an element that names no date
    if hinted:
        # The pieces of a date printed in elements of their own: <span>2024</span><span>05/09</span>.
        text = _SPLIT_DATE.sub(r"\1-\2-\3", text)
    elif stamp:
        return None  # a bare number is a time only where the element says so (a hidden field JS renders)
    if _JOINED.search(text):
        return None  # the day a forum's poster joined, on the card beside the post
    score = 2 if hinted else 0
    labelled = _PUBLISHED_LABEL.search(text) is not None
    # A printed label says "this is when it was published" more surely than a class name does.
    score += 3 if labelled else 1 if re.search(r"(时间|日期|来源)", text) else 0
    if _SERVED_DAY.search(text) and not _ANY_CLOCK.search(text) and not labelled:
        score = 0  # the day a page was served, whatever its element is named: any labelled row speaks first
    value = from_unix(text) if stamp else parse_date(text, now=now)
    if value and len(value) > 10 and _is_page_clock(node, text):
        value = value[:10]
    return (score, value) if value else None


def _holds_any(node: Element, elements: frozenset[Element]) -> bool:
    """Whether `node` is one of `elements` or holds one."""
    return any(element is node or any(a is node for a in element.iterancestors()) for element in elements)


def _date_text(raw: str) -> tuple[str, bool] | None:
    """`raw` squashed and whether it is a unix time, when it is written like a date at all; else None."""
    # Every date form below has a digit, 前 or 昨天 in it: most candidates have none, and one search spares them
    # the rest (squashing whitespace adds or joins no such characters).
    if not _MAY_DATE.search(raw):
        return None
    text = squash(raw)
    stamp = UNIX_TIME.match(text) is not None
    if not text or not (stamp or _DATE_TEXT.search(text) or _SPLIT_DATE.search(text) or "前" in text or "昨天" in text):
        return None
    return text, stamp


def _of_other_articles(node: Element, marker: str, in_list: _InListContext) -> bool:
    """Whether the candidate `node` (class and id `marker`) dates other articles: a list's or a card's date."""
    # A short box of other articles is a candidate too: its own name, a list inside it, or a dated link to
    # another page inside it (a card) says so.
    listed = _LIST_CONTEXT.search(marker) is not None and not own_footer(node)
    if in_list(node) or listed or next(node.iter("li"), None) is not None:
        return True
    if any(in_list.other_page(a.get("href")) and _DATE_TEXT.search(text_of(a)) for a in node.iter("a")):
        return True
    # A row of a list of other articles with no list markup (<p><a>…</a> 2024-05-08</p>), or one such row alone.
    return _dated_link(node, in_list) or in_link_list(node)


# What a row dating one link may print besides the link and its date: brackets and a short tag ([公告], 【通知】).
_ROW_TRIM = re.compile(r"[\[【［(（][^\]】］)）]{0,4}[\]】］)）]|[\s()（）\[\]【】［］·|:：-]")


def _dated_link(node: Element, in_list: _InListContext) -> bool:
    """Whether `node` prints one other article's headline link and its date and nothing else (a forum's notice bar
    over the thread: [公告] <a>关于…的通知</a> (2009-04-10)); a byline row linking its source prints a label too."""
    links = [a for a in node.iter("a") if in_list.other_page(a.get("href")) and headline_link(a)]
    if len(links) != 1:
        return False
    rest = text_of(node).replace(text_of(links[0]), "", 1)
    return not _ROW_TRIM.sub("", FULL_DATE.sub("", rest, count=1))


# A page header's clock (香港時間：2018年7月27日 星期五 16:39): the weekday beside the time of day, in a header or top
# bar that holds no headline. It shows when the page was served: its day may be the article's, its time is not.
_WEEKDAY = r"(?:星期|週|周|禮拜|礼拜)[一二三四五六日天]"
_CLOCK = r"\d{1,2}\s*[:：]\s*\d{2}"
_WEEKDAY_CLOCK = re.compile(rf"{_WEEKDAY}\s*[)）]?\s*(?:上午|下午|中午|晚上|凌晨|早上)?\s*{_CLOCK}")
# The day of the week right after a date with no time of day (2008年10月23日 星期四, 2008-10-23 周四): how a top bar
# prints the day the page was served (今天是…), which an article's row, printing its time, rarely does.
_SERVED_DAY = re.compile(rf"\d\s*[日号]?\s*[（(]?{_WEEKDAY}")
_ANY_CLOCK = re.compile(_CLOCK)
_PAGE_HEADER = re.compile(r"header|top-?bar|top_bar", re.IGNORECASE)


def _is_page_clock(node: Element, text: str) -> bool:
    """Whether `text` (the text of `node`) is the current time as a page's header prints it (_WEEKDAY_CLOCK)."""
    if not _WEEKDAY_CLOCK.search(text):
        return False
    return any(
        (ancestor.tag == "header" or _PAGE_HEADER.search(marker_of(ancestor))) and next(ancestor.iter("h1"), None) is None
        for ancestor in node.iterancestors()
    )


def info_source(root: Element) -> str | None:
    """The source printed in the page's info / source lines (see `info_line`)."""
    return info_line(root)[0]


def info_line(root: Element) -> tuple[str | None, str]:
    """The source printed in the page's info / source lines, and their text as one line.

    The source: the linked name after 来源： or the labelled value in one line (element_source), else the
    labelled value across them, else a bare name in an element whose class names a source
    (<span class="source">红网</span>, as mobile templates print it). The lines are the first elements whose
    class or id names a source or info line; both readings share one search and one text per element.
    """
    nodes = [node for node in _INFO_NODES(root)[:10] if not _PRICED.search(text_of(node))]
    # Line by line: an author's box prints the name and a bio in blocks of their own (作者：某某 / 前外卖骑手，…),
    # which one run of text would join into one name.
    texts = [" ".join(block_lines(node)) for node in nodes]
    line = " ".join(texts)
    found = element_source(nodes, texts) or clean_source(label_value(line, "source"))
    if found:
        return found, line
    for node, text in zip(nodes, texts, strict=True):
        # A list item's source names another article's outlet. The element may print 来自 before the name
        # (<span>来自</span><a>新京报</a>), as an app's feed credits the outlet.
        name = text.removeprefix(_FROM).strip() if len(text) > len(_FROM) + 1 else text
        if "source" in (node.get("class") or "") and _BARE_NAME.match(name) and not _IN_LIST(node):
            return name, line
    return None, line


# The word an app's feed prints before the outlet's name in its source element (来自 新京报).
_FROM = "来自"


# A goods card's price (定价：49.00元, ￥139): its info box names the goods' maker (a book's 作者), not the article's.
_PRICED = re.compile(r"[￥¥]\s*\d|(?:定价|售价|价格)\s*[:：]")


def editor_line(root: Element, texts: ShortTexts | None = None) -> str | None:
    """The editor named in a short line labelled 责任编辑 / 责编 / 编辑, anywhere on the page.

    `texts`: the page's `layout.short_texts` for DATE_CHARS, when a caller holds it (else made here).
    """
    page_text = text_of(root.getroottree().getroot())
    if not any(word in page_text for word in _EDITOR_WORDS):
        return None
    # 责任编辑 / 责编 name the editor; a bare 编辑： may be a staff line's first name (编辑：… 审核：… 终审：…),
    # taken only when no line names the 责任编辑.
    staff = None
    for _node, text in _short_lines(root, _EDITOR_TAGS, _EDITOR_CHARS, texts):
        if not any(word in text for word in _EDITOR_WORDS):
            continue
        line = squash(text)
        editor = label_value(line, "editor")
        if editor and _RESPONSIBLE.search(line):
            return editor
        unmarked = _UNMARKED_EDITOR.search(simplified(line))
        if unmarked:
            # The folding keeps every character's place: the name as printed.
            return line[unmarked.start("name") : unmarked.end("name")]
        staff = staff or editor
    if staff:
        return staff
    # Each text run is part of the page's text: without the words there, the search over every run finds none.
    if not any(word in page_text for word in _RESPONSIBLE_WORDS):
        return None
    for text in _EDITOR_TEXTS(root):
        editor = label_value(squash(str(text)), "editor")
        if editor:
            return editor
    return _labelled_editor(root)


# The label of a credits list printed as an element of its own, the name in the element after it
# (<span>責任編輯</span><a href="/authors/…">某某</a>): no mark between them but the element's end.
_LABEL_ALONE = re.compile(rf"^(?:{'|'.join(_RESPONSIBLE_WORDS)})\s*[:：]?$")
_LABEL_TAGS = ("span", "em", "b", "strong", "label", "dt", "th")
# A name or a pen name beside the label: a few words, no sentence.
_NAME_BESIDE = re.compile(r"^[^\s，。！？；:：]{2,16}$")


def _labelled_editor(root: Element) -> str | None:
    """The editor named in the element right after a 责任编辑 label that is an element's whole text, or None."""
    for node in root.iter(*_LABEL_TAGS):
        if not _LABEL_ALONE.match(squash(text_of(node))):
            continue
        beside = node.getnext()
        value = squash(text_of(beside)) if beside is not None and not (node.tail or "").strip() else ""
        if _NAME_BESIDE.match(value):
            return value
    return None


def crumbs(root: Element, source: str | None = None) -> list[str]:
    """The breadcrumb of a page without a site rule, from a container named like one, else from a chain of
    links joined by arrows (网易首页 -> 网易科技 -> 通信 -> 正文, on old table layouts that name nothing).

    With the page `source`, a page that names no such container anywhere skips that tree walk.
    """
    named: list[str] = []
    if source is None or any(word in source for word in _CRUMB_WORDS):
        named = read_channel([n for n in _CRUMBS(root) if _text_within(n, _CRUMB_CHARS)])
    return named or _arrow_crumbs(root)


# A breadcrumb container holds no more text than this (a wrapper named `position` may hold the whole page).
_CRUMB_CHARS = 200


def _text_within(node: Element, limit: int) -> bool:
    """Whether `node`'s visible text (node_text) is at most `limit` characters.

    The raw text (lxml, in C) holds every character the visible text does and more: when it is short enough,
    the walk in Python need not run.
    """
    return len(text_of(node)) <= limit or len(node_text(node)) <= limit


_CRUMB_LEVEL_CHARS = 24


def _arrow_crumbs(root: Element) -> list[str]:
    """The first chain of two or more sibling links joined by arrows: the levels, up to 正文."""
    for anchor in root.iter("a"):
        chain = [anchor]
        node = anchor
        while node.tail and CRUMB_ARROW.match(node.tail):
            following = node.getnext()
            if following is None or following.tag != "a":
                break
            chain.append(following)
            node = following
        if len(chain) < 2:
            continue
        levels = [squash(text_of(a)) for a in chain]
        if all(0 < len(level) <= _CRUMB_LEVEL_CHARS for level in levels):
            return [level for level in levels if level not in CRUMB_DROP]
    return []


def lead_byline(first: Element | None) -> str | None:
    """The names of a byline printed as a line of its own right above `first`, the article's first paragraph
    (article_top.first_paragraph), as in 大众新闻记者 赵一鸣 潍坊报道: the body leaves such a line out, so the author is
    read here."""
    found = lead_byline_line(first)
    return found[1] if found is not None else None


def lead_byline_line(first: Element | None) -> tuple[str, str] | None:
    """(the byline line printed right above `first`, its names), or None: `lead_byline` with the line it read."""
    for node in above_article(first):
        line = node_text(node)
        names = byline_names(line)
        if names:
            return line, names
    return None


def forum_author(root: Element) -> str | None:
    """The poster of a forum or blog page: 本贴由<b>X</b>于…, the link before a post head's 发表于, or the first link
    to a user profile."""
    for node in _posted_by(root):
        name = squash(text_of(node))
        if 1 < len(name) <= 20:
            return name
    return _first_poster([*_posted_at(root), *_labelled_posters(root), *_USER_LINKS(root)])


def profile_poster(root: Element, near: frozenset[Element] | None) -> str | None:
    """The first link to a user's profile by a path step that names the user's page (/u/…, /people/…, /space/…)
    among the elements `near` the headline (the post's head right under it; the site's menu above it links the
    reader's own pages so, and the comments below it their posters'; the whole page when there is no headline): a
    community site's poster, where a news site's header may link its outlet's account the same way (weaker than
    `forum_author`'s)."""
    profiles = [
        anchor
        for anchor in _PROFILE_LINKS(root)
        if (near is None or anchor in near)
        and _PROFILE_HREF.search(anchor.get("href") or "")
        and not _staff_labelled(anchor)
    ]
    return _first_poster(profiles)


# Another hand's label right before a link to someone's page (编辑: <a>某某</a>): the editor's, not the poster's.
_STAFF_LABEL = re.compile(r"(?:编辑|編輯|责编|責編|审核|審核|校对|校對)\s*[:：]\s*$")


def _staff_labelled(anchor: Element) -> bool:
    before = anchor.getprevious()
    owner = anchor.getparent()
    text = before.tail if before is not None else (owner.text if owner is not None else None)
    return _STAFF_LABEL.search(text or "") is not None


def _first_poster(anchors: list[Element]) -> str | None:
    for anchor in anchors:
        name = squash(text_of(anchor))
        if _names_poster(anchor, name):
            return name
    return None


def _labelled_posters(root: Element) -> list[Element]:
    """The links right after a poster's label (发表者：)."""
    # The label's text is the run right before the link when the link is the first node after it.
    firsts = ((text, next(_siblings_after(text), None)) for text in _POSTER_TEXT(root))
    return [node for text, node in firsts if node is not None and node.tag == "a" and _POSTER_LABEL.search(text)]


def _posted_by(root: Element) -> Iterator[Element]:
    """The <b>s whose nearest text before them among their siblings says 本贴由 (本贴由<b>某某</b>于…)."""
    for text in _POSTED_BY_TEXT(root):
        for node in _siblings_after(text):
            if node.tag == "b":
                yield node
            if node.tail:
                break


def _posted_at(root: Element) -> Iterator[Element]:
    """The links followed right away by a text that starts with 发表于: their tail."""
    for text in _POSTED_AT_TEXT(root):
        owner = text.getparent()
        if text.is_tail and owner is not None and owner.tag == "a":
            yield owner


def _siblings_after(text: etree._ElementUnicodeResult) -> Iterator[Element]:
    """The nodes after the text node `text` (an XPath text result) among its siblings, in document order: after a
    tail, its element's later siblings; after an element's text, the element's children."""
    owner: Element | None = text.getparent()
    if owner is None:
        return iter(())
    return owner.itersiblings() if text.is_tail else iter(owner)


def _names_poster(anchor: Element, name: str) -> bool:
    """Whether a link's text may be a poster's name: no page tool's (a report-an-error form keyed by the channel's
    uid, the blogger's 编辑 link before 发表于), no label, and not in a list of other posts."""
    return (1 < len(name) <= 20 and name not in _UI_WORDS and name not in ALL_LABELS and not names_a_tool(name)
            and not _in_list_context(anchor))
