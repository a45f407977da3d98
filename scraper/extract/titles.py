"""Title candidates of a page whose template no rule knows: what the headings and the <title> agree on.

After GNE's title method: the headline is printed twice, once in a heading element and once in the
<title> (or og:title) with the site and channel around it, so the heading that is part of the <title> is
the headline, and the <title>'s other parts are the site's names. In order:

1. `shared_title`: the longest heading (h1-h4, or an element whose class/id says title) whose text is part
   of the <title> or og:title, outside lists of other articles; a heading that is only one of the
   <title>'s site or channel parts (an <h1> holding the site's name) is not the headline.
2. `split_title`: the <title> cut at its separators (_ | -- and a spaced dash), when the first part is the longest and
   every other part is short (a channel, the site, its domain).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from urllib.parse import urlsplit

from lxml import etree

from .attributes import marker_of, number_of
from .layout import node_text, squash, text_of, text_owner
from .notices import is_byline, is_original_title, simplified
from .terms import ALL_LABELS, alternation
from .tree import Element

__all__ = [
    "above_article",
    "first_paragraph",
    "heads_article",
    "is_logo",
    "lead_title",
    "lead_title_above",
    "names_around",
    "printed_title",
    "reads_as_article",
    "script_title",
    "shared_title",
    "site_parts",
    "split_title",
    "title_key",
    "untitled_heading",
]

# Blocks named title are found from their class and id attributes up (`//@class[…]/parent::*`): the same
# elements in document order as testing every element's attributes (`//*[contains(@class, …) or …]`), in
# a fraction of the time.
_HEADINGS = etree.XPath(
    "//h1 | //h2 | //h3 | //h4"
    " | (//@class[contains(., 'title') or contains(., 'Title') or contains(., 'biaoti') or contains(., 'headline')]"
    # the same name in pinyin (biaoti) and as English headline
    " | //@id[contains(., 'title') or contains(., 'Title') or contains(., 'biaoti')])"
    "/parent::*[self::div or self::span or self::p or self::td or self::strong or self::b or self::font]"
    "[string-length(normalize-space(.)) < 120]"
)
# Chinese headlines use —— for a subtitle, so a dash separates the site's name only with spaces around it.
# An unspaced hyphen separates only a short name that runs to the next hyphen or the end (标题-新闻频道-和讯网),
# never a number (COVID-19) or a word with spaces.
_SEPARATORS = re.compile(r"\s*(?:--|_|\||｜|丨|»|::|\s[-–—]\s|-(?=[^\s\d-]{1,16}(?:-|$)))\s*")
_SPACE = re.compile(r"\s+")
_LIST_CONTEXT = re.compile(r"(相关|推荐|热点|热门|排行|更多|recommend|related|hot|rank|list|side|footer|nav)", re.IGNORECASE)
# The headline's longest rival part of a <title> is a channel or a site name: at most this long.
_SITE_PART = 16
_MIN_CHARS = 4


def title_key(text: str) -> str:
    """`text` NFKC-folded (full- and half-width alike) without whitespace: how headings, printed lines and
    <title> parts are compared."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text))


_key = title_key


def _parts(title: str) -> list[str]:
    return [part for part in _SEPARATORS.split(title.strip()) if part]


def split_title(title: str | None) -> str | None:
    """The headline part of a <title> that carries the site and channel names, or None.

    Args:
        title: the <title> (or og:title) text.

    Returns:
        The first part, when it is the longest and every other part is at most a short name; a later part
        (the site's name first: 某某网_标题) when it is at least twice as long as every other; else None.
    """
    if not title:
        return None
    parts = _parts(title)
    if len(parts) < 2:
        return None
    head, rest = parts[0], parts[1:]
    if len(head) >= _MIN_CHARS and all(len(part) <= _SITE_PART and len(part) < len(head) for part in rest):
        return head
    longest = max(parts, key=len)
    others = [part for part in parts if part is not longest]
    if all(len(part) <= _SITE_PART and 2 * len(part) <= len(longest) for part in others):
        return longest
    return None


def site_parts(title: str | None) -> frozenset[str]:
    """The whitespace-free parts of a <title> that are not its headline part (the site, the channel)."""
    if not title:
        return frozenset()
    head = split_title(title)
    return frozenset(_key(part) for part in _parts(title) if part != head) if head else frozenset()


# A text node is a printed line of its own unless it is a link, navigation, or not shown at all.
# `//body/descendant::text()`, not `//body//text()`: the same runs in document order, without a step per element
# whose results libxml2 merges (a tenth less time).
_LINES = etree.XPath(
    "//body/descendant::text()[string-length(normalize-space(.)) >= 4][string-length(normalize-space(.)) < 120]"
    "[not(ancestor::a or ancestor::li or ancestor::nav or ancestor::footer or ancestor::script"
    " or ancestor::style or ancestor::option or ancestor::textarea)]"
)


# What sets a site's or a channel's name off from the headline in a <title> (NFKC-folded, whitespace gone):
# the marks `_SEPARATORS` splits at, and an unspaced dash or colon, which headlines print too (李克强：…, …——…):
# those are read as a name's mark only around a line the page prints as its headline.
_NAME_MARKS = "-–—_|丨»:·•/"
_NAME_SPLIT = re.compile(f"[{re.escape(_NAME_MARKS)}]+")


def names_around(reference: str, line: str) -> list[str] | None:
    """The names a <title> prints around a line of the page: `reference` (a title_key) is `line` (another)
    with parts before or after it, each set off by a name's mark and at most a site part long; else None."""
    at = reference.find(line) if line else -1
    if at < 0 or len(reference) == len(line):
        return None
    before, after = reference[:at], reference[at + len(line) :]
    if (before and before[-1] not in _NAME_MARKS) or (after and after[0] not in _NAME_MARKS):
        return None
    names = [name for name in _NAME_SPLIT.split(before + _NAME_MARKS[0] + after) if name]
    return names if names and all(len(name) <= _SITE_PART for name in names) else None


def printed_title(root: Element, references: list[str]) -> str | None:
    """The part of a multi-part <title> or og:title that the page prints as a line of its own, or None.

    A <title> of a headline, a channel and a site (in any order, with any separators) names its headline
    in the part the page also prints. The part the lengths point at (`split_title`) wins when printed; when
    the lengths tell nothing, the longest printed part; when the part they point at is printed nowhere on
    the page (a site's long name first) and exactly one other part is printed, that part. A single-part
    <title> is never confirmed this way: a site greeting may be printed too.
    """
    lines: set[str] | None = None
    for reference in references:
        parts = _parts(reference)
        if len(parts) < 2:
            continue
        lines = lines if lines is not None else {_key(str(text)) for text in _LINES(root)}
        printed = [part for part in parts if len(_key(part)) > _MIN_CHARS and _key(part) in lines]
        head = split_title(reference)
        if head is None and printed:
            return max(printed, key=len)
        if head is not None and (head in printed or (len(printed) == 1 and _key(head) not in _key(_body_text(root)))):
            return head if head in printed else printed[0]
    return None


def _body_text(root: Element) -> str:
    body = root.find(".//body")
    return str(text_of(body)) if body is not None else ""


def is_logo(node: Element) -> bool:
    """Whether a heading is the site's logo: named so, or holding an image or a link to the site's home."""
    if "logo" in marker_of(node).lower() or next(node.iter("img"), None) is not None:
        return True
    return any(_HOME.match(anchor.get("href") or "-") for anchor in node.iter("a"))


_HOME = re.compile(r"^(?:(?:https?:)?//[^/]+)?/?(?:index\.\w{3,5})?(?:[?#].*)?$", re.IGNORECASE)


# A list of other articles is mostly links; an article's column holds paragraphs of text, whatever its name.
_ARTICLE_CHARS = 3 * 150
_LINKED_SHARE = 0.2


def reads_as_article(container: Element) -> bool:
    """Whether a container holds a few paragraphs' worth of text, of which links are a small share: the
    article's column, even when it is named like a list (main-list)."""
    text = len(_key(str(text_of(container))))
    if text < _ARTICLE_CHARS:
        return False
    linked = sum(len(_key(str(text_of(anchor)))) for anchor in container.iter("a"))
    return linked < _LINKED_SHARE * text


def _in_list(node: Element) -> bool:
    """Whether `node` sits where no headline is printed: a list, a link, navigation, an aside or any footer.

    Unlike the date and source readers (`published.own_footer`), an article's own footer is not let through:
    it holds the date row, 来源 and tags, which are why those readers look there, and never the headline."""
    for ancestor in node.iterancestors():
        if ancestor.tag in {"li", "nav", "footer", "aside", "a"}:
            return True
        marker = marker_of(ancestor)
        if marker.strip() and _LIST_CONTEXT.search(marker):
            return True
    return False


def _headline_part(reference: str) -> str:
    """The <title>'s headline part (`split_title`), else its first part, else the whole."""
    return split_title(reference) or (_parts(reference) or [reference])[0]


def _other_parts(reference: str) -> set[str]:
    """The whitespace-free parts of a <title> other than its headline part (`_headline_part`)."""
    head = _headline_part(reference)
    return {_key(part) for part in _parts(reference) if part != head}


def shared_title(root: Element, references: list[str]) -> str | None:
    """The longest heading whose text is part of one of the references (<title>, og:title), or None.

    Args:
        root: the parsed page.
        references: the <title> and og:title texts (empty ones are skipped).

    Returns:
        The heading's text as printed, or None when no heading shares enough of a reference.
    """
    # (the reference, its site and channel parts, the least a heading must share of its headline part). The
    # headline part is the one the lengths point at, not the first: a <title> may print the site first.
    keys = [(_key(ref), _other_parts(ref), len(_key(_headline_part(ref))) / 2) for ref in references if ref]
    if not keys:
        return None
    best: str | None = None
    for node in _HEADINGS(root):
        text = node_text(node)
        key = _key(text)
        if len(key) < _MIN_CHARS or (best is not None and len(key) <= len(_key(best))):
            continue
        for reference, site_parts, least in keys:
            # A heading that is only the site's or the channel's name, or the site's logo, is not the headline.
            if key in reference and len(key) >= least and key not in site_parts and not _in_list(node) and not is_logo(node):
                best = text
                break
    return best


# Text nodes long enough to be a paragraph's line (own text of an element, or the text after a <br>: old
# pages hard-wrap their paragraphs at some 40 characters).
_PROSE = etree.XPath(
    "//body/descendant::text()[string-length(normalize-space(.)) > 30][not(ancestor::a)][not(ancestor::script)]"
    "[not(ancestor::style)]"
)
# A headline may ask or exclaim (…的东西？) but does not end in a full stop.
_SENTENCE_END = re.compile(r"[。.]")
# A headline reports; a line that asks the reader to click, read more, follow or download is a widget.
_CALL_TO_ACTION = re.compile(r"(点击|更多|阅读全文|查看|关注|订阅|下载|扫码|登录|注册|欢迎|返回)")
_PROSE_PUNCT = re.compile(r"[，。！？；]")
# A label and its value (来源：…, 作者：…), or a label waiting for one (当前位置：), is no headline.
_LABEL_LINE = re.compile(r"^[（(]?\s*" + alternation(ALL_LABELS) + r"\s*[:：]|[:：]$")
_DATE_LIKE = re.compile(r"(?:19|20)\d{2}\s*[年/.-]\s*\d{1,2}|\d{1,2}:\d{2}|\d+\s*(?:秒|分钟|小时|天)前")
# Lines a template prints near the headline that are no headline, whatever their style: a line wholly in
# brackets (（原标题：…）, a column's name in 【】) notes or files the headline; a word and a count (阅读 1.2万,
# 阅读量：--, 评论(3)) is a counter; a numbered line (一、…, 2、…) heads a section of the article.
_NOT_HEADLINE = re.compile(
    r"^[（(【\[〖［][^）)】\]〗］]*[）)】\]〗］]$"
    r"|^[^\d\s:：]{1,4}\s*[:：]?\s*[(（]?\s*(?:[\d.,]+\s*[万千亿kKwW]?\+?|-+)\s*[)）]?$"
    r"|^(?:[一二三四五六七八九十]{1,3}|\d{1,2})、"
)
_CAPTION_LINE = re.compile(r"^(?:图为|图片?\s*[:：])|[（(][^（）()]{0,12}摄[）)]$")
# A dispatch mark: the outlet (a paper, site, agency or station), then the place and the day it was filed from.
# Only the outlet's word makes it one: a headline may end in 电 or 讯 too (冬季如何充电, 再传喜讯).
_DISPATCH = re.compile(
    r"^[\u4e00-\u9fffA-Za-z0-9]{0,10}[报刊网社台](?:[\u4e00-\u9fff]{2,5})?(?:\d{1,2}月\d{1,2}日)?[讯电]$"
)
_BIG_FONT = re.compile(r"font-size\s*:\s*(\d+)", re.IGNORECASE)
_EMPHASIS_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "b", "strong", "big"})
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4"})
_TITLE_MARKER = re.compile("title|biaoti|headline", re.IGNORECASE)
# An article's address names a file or carries a number (…/2005/09/07/543698.aspx, …/p/123); a blog's or a
# channel's home (…/someone/) does neither.
_ARTICLE_PATH = re.compile(r"(?:\.[a-z]{3,5}|\d[^/]*/?)(?:[?#].*)?$", re.IGNORECASE)
_NAMED_CHARS = 6
# How much text may stand between the printed headline and the first paragraph (byline, date, source).
_LEAD_GAP = 200


def _emphasised(node: Element, base: frozenset[Element] = frozenset()) -> bool:
    """Bold, a heading, a large font, or a block named title — on the node or its two nearest ancestors.

    An ancestor in `base` (the first paragraph's own ancestors) is the article's base style, not emphasis:
    old pages wrap the headline, the byline and every paragraph in one <font size=3>.
    """
    for element in (node, *list(node.iterancestors())[:2]):
        if element in base:
            break
        tag = element.tag if isinstance(element.tag, str) else ""
        size = (element.get("size") or "").strip()
        style = element.get("style") or ""
        big = _BIG_FONT.search(style)
        if (
            tag in _EMPHASIS_TAGS
            or (tag == "font" and (size.startswith("+") or (number_of(size) or 0) >= 3))
            or (big is not None and (number_of(big.group(1)) or 0) >= 16)
            or "bold" in style
            or _TITLE_MARKER.search(marker_of(element))
        ):
            return True
    return False


def lead_title(root: Element, page_title: str | None = None) -> str | None:
    """The emphasised short line printed right above the article's first paragraph (a page with no usable
    <title> or heading), or None.

    Walks back from the first long paragraph over at most `_LEAD_GAP` characters of text (the byline and
    the date row sit between), and takes the nearest emphasised line that is not a link, a date or a sentence.
    With the page's <title> headline part (`page_title`): None when that is printed between the line and
    the article, or holds the line — then the <title> is the headline's source.
    """
    return lead_title_above(first_paragraph(root), page_title)


def lead_title_above(first: Element | None, page_title: str | None = None) -> str | None:
    """`lead_title` above `first`, the page's first paragraph as `first_paragraph` finds it (a caller that
    reads several things around it finds it once)."""
    if first is None:
        return None
    base = frozenset((first, *first.iterancestors()))
    wanted = _key(page_title or "")
    # A <title> part this short is a site's name more often than a headline (某某网): printed in a 来源 line
    # under the headline, it would pass for the headline printed there.
    wanted = wanted if len(wanted) >= _NAMED_CHARS else ""
    walked = ""
    gap = 0
    above = _preceding(first)
    for index, node in enumerate(above):
        text = node_text(node)
        if not text:
            continue
        walked = _key(text) + walked
        if wanted and wanted in walked:
            return None
        if _headline_like(node, text, base):
            if not wanted or _key(text) not in wanted:
                # A subtitle, a kicker or a video's caption printed under the headline the <title> names: the
                # <title> is the headline's source.
                return None if wanted and _printed_in(above[index + 1 : index + 1 + _OVER_LINES], wanted) else text
            # The <title> holds the line: it is the headline's source, unless all it adds are the site's and the
            # channel's names around the line (标题—财经—某某网, 某某晨报：财经：标题), which no split took off.
            return text if names_around(wanted, _key(text)) is not None else None
        gap += len(text)
        if gap > _LEAD_GAP:
            return None
    return None


# The headline stands at most this many printed lines above a line under it (a subtitle, a kicker, a caption).
_OVER_LINES = 3


def _printed_in(nodes: list[Element], wanted: str) -> bool:
    """Whether one of `nodes` prints the `wanted` headline (a title_key) as its whole text."""
    return any(_key(node_text(node)) == wanted for node in nodes)


# Containers a paragraph shares with its neighbours (a <p> may hold one hard-wrapped line of old pages).
_BLOCKS = frozenset({"div", "td", "th", "article", "section", "body", "blockquote", "center", "form", "dd", "main"})


_PARAGRAPH_CHARS = 150


def _block_of(node: Element) -> Element | None:
    return next((a for a in node.iterancestors() if a.tag in _BLOCKS), None)


def first_paragraph(root: Element) -> Element | None:
    """The element holding the article's first line of prose, or None.

    A line of prose is a text of more than 30 characters with Chinese punctuation, outside lists and links.
    The first such line whose block holds a second one, or holds a paragraph's worth of text, is the
    article's: a lone sentence in a short block (a blog's tagline in its header) is not where the article
    starts. A page with no such line gives its first line of prose.
    """
    # Read lazily, in order: the article's first line is most often found among the first few, and reading
    # every line of the page (a walk up its ancestors each) would cost more than the whole search.
    lines = _prose_lines(root)
    read: list[tuple[Element, Element | None]] = []
    index = 0
    while index < len(read) or _read_one(lines, read):
        node, block = read[index]
        if block is not None and (_shared_later(block, index, read, lines) or len(node_text(block)) >= _PARAGRAPH_CHARS):
            return node
        index += 1
    return read[0][0] if read else None


def _prose_lines(root: Element) -> Iterator[tuple[Element, Element | None]]:
    """(owner, block) of each line of prose outside lists and links, in document order (see first_paragraph)."""
    for text in _PROSE(root):
        owner = text_owner(text)
        if owner is not None and _PROSE_PUNCT.search(str(text)) and not _in_list(owner):
            yield owner, _block_of(owner)


def _read_one(lines: Iterator[tuple[Element, Element | None]], read: list[tuple[Element, Element | None]]) -> bool:
    """Append the next line of `lines` to `read`; False when there is none."""
    line = next(lines, None)
    if line is None:
        return False
    read.append(line)
    return True


def _shared_later(
    block: Element, index: int, read: list[tuple[Element, Element | None]], lines: Iterator[tuple[Element, Element | None]]
) -> bool:
    """Whether a line after read[index] has `block` for its block, reading further lines only as needed."""
    if block in (later for _, later in read[index + 1 :]):
        return True
    while _read_one(lines, read):
        if read[-1][1] is block:
            return True
    return False


def _headline_like(node: Element, text: str, base: frozenset[Element] = frozenset()) -> bool:
    """A short emphasised line that is no date, no sentence and no label, and no link unless it is a title's
    permalink."""
    if not 5 <= len(text) <= 60 or _DATE_LIKE.search(text) or _SENTENCE_END.search(text[-1:]):
        return False
    if _CALL_TO_ACTION.search(simplified(text)) or _LABEL_LINE.search(text) or _NOT_HEADLINE.search(text):
        return False
    # A byline or the staff credits (澎湃新闻记者 某某, 执笔/某某), or a dispatch's opening mark (本报讯, 某某网北京讯,
    # 新华社北京5月1日电) set in bold above the first paragraph, name who wrote it, not what it reports; the original
    # headline (原标题：…) and a picture's caption (图为…, …（某某摄）) are notes beside it.
    if is_byline(text) or _DISPATCH.match(text) or is_original_title(text) or _CAPTION_LINE.search(text):
        return False
    anchors = [node] if node.tag == "a" else list(node.iter("a"))
    if anchors:
        return _permalink_title(anchors, text)
    return _emphasised(node, base)


def _permalink_title(anchors: list[Element], text: str) -> bool:
    """A blog's headline: one link holding the whole line, to an article's address (not the blog's home),
    in a heading or a block named title."""
    # The path alone names the article: a host may hold a number too (m.21example.com/ is a site's home).
    path = urlsplit(anchors[0].get("href") or "").path if len(anchors) == 1 else ""
    if len(anchors) != 1 or node_text(anchors[0]) != text or not _ARTICLE_PATH.search(path):
        return False
    for element in (anchors[0], *list(anchors[0].iterancestors())[:2]):
        if element.tag in _HEADING_TAGS or _TITLE_MARKER.search(marker_of(element)):
            return True
    return False


def _preceding(node: Element) -> list[Element]:
    """The elements before `node` in document order, nearest first, that hold text of their own."""
    found = node.xpath("preceding::*[normalize-space(text())][ancestor::body][position() <= 40]")
    return list(reversed(found))


def above_article(first: Element | None, count: int = 3) -> list[Element]:
    """The nearest `count` elements with text of their own above `first`, the article's first paragraph as
    `first_paragraph` finds it, nearest first (none when the page has no line of prose)."""
    return _preceding(first)[:count] if first is not None else []


def untitled_heading(root: Element) -> str | None:
    """The headline of a page that names none (no <title>, no og:title): the first heading (<h1>-<h4>, or a short
    block named title) that stands above the article (`heads_article`), outside lists and no logo, and reads as
    a headline (no byline, date, label or caption), or None. The caller asks only when nothing names one."""
    for node in _HEADINGS(root):
        text = node_text(node)
        if not 4 <= len(text) <= 120 or _in_list(node) or is_logo(node) or _SENTENCE_END.search(text[-1:]):
            continue
        if _DATE_LIKE.search(text) or _LABEL_LINE.search(text) or is_byline(text) or _CAPTION_LINE.search(text):
            continue
        if heads_article(root, node):
            return text
    return None


def heads_article(root: Element, node: Element, gap_chars: int = 3 * _LEAD_GAP) -> bool:
    """Whether `node` stands above the article: within `gap_chars` characters of text before its first
    paragraph (an <h1> with no <title> to agree with is a headline only there, not in a sidebar; the gap is
    wider than for an unlabelled emphasised line, as an <h1> says "headline" by itself), or taken for that first
    paragraph itself, or holding it."""
    first = first_paragraph(root)
    if first is None:
        return False
    # A headline with a comma in it may read as the first line of prose: it heads the article all the same.
    if first is node or node in first.iterancestors():
        return True
    gap = 0
    for above in _preceding(first):
        if above is node or node in above.iterancestors() or above in node.iterancestors():
            return True
        gap += len(node_text(above))
        if gap > gap_chars:
            return False
    return False


# A headline as an app's state script holds it ("title":"…" in window.__INITIAL_STATE__ and the like), and the
# text nodes that may print it.
_SCRIPT_TITLE = re.compile(r'"title"\s*:\s*"((?:[^"\\\n]|\\.){4,240})"')
_STATE_SCRIPTS = etree.XPath("//script[not(@src)][contains(., '\"title\"')]/text()")
_TEXT_RUNS = etree.XPath("//body/descendant::text()[not(ancestor::script or ancestor::style)]")


def script_title(root: Element) -> str | None:
    """The first title in the page's inline script data that the page prints as a line of its own, outside
    lists, right above its article (`heads_article`), or None.

    A page rendered from an app's state (a video or self-media item page) may print its headline in a plain
    block no heading or name marks, under a <title> that is only the site's name: the state names the item's
    title, and among the titles it holds (the item's, a hot list's) the one printed above the article is it.
    """
    wanted: list[str] = []
    for script in _STATE_SCRIPTS(root):
        for match in _SCRIPT_TITLE.finditer(str(script)):
            try:
                value = json.loads(f'"{match.group(1)}"')
            except ValueError:
                continue
            if len(title_key(value)) >= _MIN_CHARS * 2 and value not in wanted:
                wanted.append(value)
    if not wanted:
        return None
    keys = {title_key(value): value for value in wanted}
    for run in _TEXT_RUNS(root):
        owner = text_owner(run)
        value = keys.get(title_key(str(run)))
        if value is not None and owner is not None and not _in_list(owner) and heads_article(root, owner):
            return squash(value)
    return None
