"""Step 1 of the body by text density (density.py): blocks that are boilerplate, dropped before scoring.

A block goes when it is a skipped or sectioning tag (script, nav, footer, aside, header, a form that does not wrap
the page), when its class/id names boilerplate (share, recommend, related, comment, footer, ad …, also in pinyin —
pinglun, xiangguan, tuijian — and in camelCase — commentList, relatedNews) unless it holds prose or continues a
sentence, or when a heading of the Chinese portal kind (相关推荐, 热点推荐, 热门, 排行 …, in simplified or
traditional characters) opens it, with the list that follows the heading.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree

from ..hanzi import simplified
from .attributes import marker_of
from .layout import SKIP_TAGS, link_density, node_text, squash, squashed_longer_than, text_of, text_outside_links
from .terms import COMMENT_HEADINGS, LIST_HEADINGS, SHARE_WORDS, alternation
from .tree import Element, following, hangs_below, preceding, remove, remove_block, text_before

_BOILERPLATE = re.compile(
    r"(^|[\s_-])(share|sharing|social|recommend|related|relate|comment|comments|footer|foot|sidebar|side|"
    r"aside|nav|navbar|menu|breadcrumb|crumb|advert|ads?|banner|hot|rank|ranking|topnews|tags?|keywords|"
    r"copyright|disclaimer|statement|login|toolbar|pager|pagination|author-?info|more|links?|friend|"
    # the same words as many Chinese templates write them, in pinyin (评论, 相关, 推荐, 热门, 排行, 分享), and
    # a comment area's other English names
    r"recommendations?|reply|replies|discuss|cmt|pinglun|pl|xiangguan|tuijian|remen|paihang|fenxiang|"
    # a forum post's rating log and its poster's signature, printed under the post
    r"ratelog|rate|sign|signatures?)([\s_-]|$)",
    re.IGNORECASE,
)
# Class names are also written in camelCase (relatedNews, commentList). Only the unambiguous words are
# read there: a camelCase name made of side, more, hot or tags is as often the article's own column.
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_CAMEL_BOILERPLATE = re.compile(
    r"(^|[\s_-])(share|recommend|related|comments?|reply|replies|pinglun|xiangguan|tuijian)([\s_-]|$)", re.IGNORECASE
)
BOILERPLATE_HEADING = re.compile("^" + alternation((*LIST_HEADINGS, *COMMENT_HEADINGS, *SHARE_WORDS)) + "[:：]?$")
# The punctuation article prose is dense with and navigation is not (density.py scores blocks by it too).
PUNCT = re.compile(r"[，。！？；：、,.!?;:“”]")
# Tags that are boilerplate whatever their class or id.
_NAMED_BOILERPLATE_TAGS = SKIP_TAGS | {"nav", "footer", "aside", "form", "header"}


def drop_boilerplate(root: Element) -> None:
    """Remove boilerplate blocks (by class/id and by portal headings) from the tree, in place."""
    for node in _boilerplate_blocks(root):
        heading = node.getprevious()
        remove_block(node)
        if heading is not None and heading.tag in _SUBHEADINGS and _heads_nothing(heading):
            # The block's own heading (评分 over a post's rating log), left with nothing under it.
            remove(heading)
    _drop_headed_lists(root)
    _drop_rating_logs(root)


_SUBHEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# A forum post's rating log, told by its header row whatever its class (参与人数 3 | PB币 +12 | 收起 理由): the raters,
# their points and their reasons, printed under the post.
_RATING_HEADER = re.compile(r"^参与人数\s*\d+.{0,40}理由")
# Whether any table cell says 参与人数, asked of libxml2: no Python step per element on the pages (nearly all) without.
_RATERS = etree.XPath("boolean(.//td[contains(., '参与人数')] | .//th[contains(., '参与人数')])")


def _drop_rating_logs(root: Element) -> None:
    """Remove the tables whose first row is a forum rating log's header (see _RATING_HEADER)."""
    if not _RATERS(root):
        return
    for table in list(root.iter("table")):
        row = next(table.iter("tr"), None)
        if row is not None and table.getparent() is not None and _RATING_HEADER.match(squash(text_of(row))):
            _drop_with_heading(table)


def _drop_with_heading(log: Element) -> None:
    """Remove a rating log and the blocks around it that hold nothing else, then its heading (评分) when that heads
    nothing any more: the log's own, whatever its class."""
    box = log
    while (parent := box.getparent()) is not None and parent.tag in _LOG_WRAPPERS and _holds_only(parent, box):
        box = parent
    heading = box.getprevious()
    remove_block(box)
    if heading is not None and heading.tag in _SUBHEADINGS and _heads_nothing(heading):
        remove(heading)


# The blocks a forum wraps its rating log in (<dl><dd>…</dd></dl>).
_LOG_WRAPPERS = frozenset({"dd", "dl", "div"})


def _holds_only(parent: Element, child: Element) -> bool:
    """Whether `parent` prints nothing besides `child`'s text."""
    return not squash(text_of(parent)).replace(squash(text_of(child)), "").strip()


def _heads_nothing(heading: Element) -> bool:
    """Whether nothing is printed after `heading` in its parent: a heading of no text."""
    parent = heading.getparent()
    return parent is not None and not any(
        (text_of(after) if not isinstance(after, str) else after).strip() for after in following(heading, parent)
    )


def _boilerplate_blocks(root: Element) -> list[Element]:
    """The elements `_is_boilerplate_block` names, in document order."""
    page = _PageText(root)
    # Most elements carry neither a class nor an id (and are no skipped or sectioning tag): they are passed
    # over before the marker string is built.
    return [
        n for n in root.iter()
        if (n.get("class") is not None or n.get("id") is not None or n.tag in _NAMED_BOILERPLATE_TAGS)
        and _is_boilerplate_block(n, page)
    ]


class _PageText:
    """The page's headline (its first `<h1>`, found by lxml's walk in C) and its visible characters (whitespace runs
    as one), counted only when a block holding the headline asks: most pages' named blocks are ruled out by the
    headline alone."""

    __slots__ = ("_chars", "headline", "root")

    def __init__(self, root: Element) -> None:
        self.root = root
        self.headline: Element | None = next(root.iter("h1"), None)
        self._chars: int | None = None

    def wrapped_by(self, node: Element) -> bool:
        """Whether `node` wraps the page, whatever its name says: it holds the page's headline and most of its
        visible text. A comment board beside a short article may hold more text, not the headline; a page without
        an `<h1>` has no such wrapper to tell."""
        if self.headline is None or not any(ancestor is node for ancestor in self.headline.iterancestors()):
            return False
        if self._chars is None:
            self._chars = len(node_text(self.root))
        # Its raw text (scripts and indentation included) is never shorter than its visible text.
        return 2 * len(text_of(node)) > self._chars and 2 * len(node_text(node)) > self._chars


def _is_boilerplate_block(node: Element, page: _PageText) -> bool:
    """Scripts, navigation, and blocks whose class/id names boilerplate (unless they hold prose or wrap the page)."""
    tag = node.tag if isinstance(node.tag, str) else ""
    if not tag or tag in {"html", "body"}:
        return False
    if tag in _NAMED_BOILERPLATE_TAGS:
        # A form may wrap the whole page (ASP.NET pages: <form id="form1"> around everything), article included,
        # or the article's own block (a CMS's <form name="…content…"> around headline and text): dense prose is
        # no search box's or comment form's.
        return tag != "form" or not (_wraps_page(node) or _looks_like_article(node))
    if _SIGNATURE_STYLE in (node.get("style") or ""):
        return True
    marker = marker_of(node)
    if not marker.strip():
        return False
    # A wrapper around most of the page (a site's container named for its navigation variant, blq-int-nav) holds
    # the article with the chrome: the density reading inside it tells them apart. `_looks_like_article` alone
    # kept it only while the page's indentation padded its text and diluted its links (a minified copy lost it).
    return (
        _named_boilerplate(marker) and not _looks_like_article(node) and not _in_running_text(node)
        and not page.wrapped_by(node)
    )


# Discuz writes its posts' signature box with this IE-only property in its inline style (style="max-height:100px;
# maxHeightIE:100px;"), whatever the box's class is named: the poster's signature under every post, no post's text.
_SIGNATURE_STYLE = "maxHeightIE"


@lru_cache(maxsize=4096)
def _named_boilerplate(marker: str) -> bool:
    """Whether a class/id marker names boilerplate. A page repeats its class names (every item of a list),
    and the same names recur across a site's pages: each is matched once."""
    return bool(_BOILERPLATE.search(marker) or _CAMEL_BOILERPLATE.search(_CAMEL.sub(" ", marker)))


# A list heading (相关推荐, 热门文章：) is at most this long.
_HEADING_CHARS = 12


def _wraps_page(form: Element) -> bool:
    """Whether a form holds most of the page's text: a page wrapper, not a search box or a comment form."""
    return 2 * len(text_of(form)) > len(text_of(form.getroottree().getroot()))


# A board's own name may open its heading (某某论坛网友热议, 社区网友留言): what the readers say, under the place
# they said it.
_COMMENT_HEADING = re.compile(
    "^(?:" + alternation(COMMENT_HEADINGS) + r"|[^\s，。！？：:]{0,8}(?:网友|网民)(?:热议|热评|留言|评论))"
    r"(?:\s*[(（]\s*共?\s*\d+\s*条?\s*[)）])?[:：]?$"
)
# The headings a comment box opens with, found from the text nodes that hold their words (a third faster than
# testing every element of those tags). A table layout's box heads its rows with a cell (<td>网友评论</td>).
_COMMENT_HEADS = etree.XPath(
    ".//text()[contains(., '评论') or contains(., '跟贴') or contains(., '跟帖') or contains(., '热评')"
    " or contains(., '热议') or contains(., '留言')]"
    "/parent::*[self::h2 or self::h3 or self::h4 or self::div or self::span or self::p or self::strong or self::b"
    " or self::td or self::th]"
)


def drop_comment_boxes(root: Element) -> None:
    """Remove a comment box: a block a comment heading opens (网友评论, 热门跟贴; nothing printed before it in the
    block), with its count and every comment after it. A reading that takes the comments' paragraphs for the
    article's (they end their sentences as prose does) loses their posters' rows and the heading that say what
    they are; the box goes before any reading. Not the root, nor a block holding half the page's text."""
    page: str | None = None  # the page's text, read only when a heading is found
    for heading in _COMMENT_HEADS(root):
        if not _COMMENT_HEADING.match(squash(text_of(heading))):
            continue
        heading, box = _heading_box(heading, root)
        if box is None or box is root or box.getparent() is None or not _opens(heading, box):
            continue
        page = text_of(root) if page is None else page
        if 2 * len(text_of(box)) < len(page):
            remove_block(box)


# The heading of a comment thread on a page in a Latin script (Comments, 10 Comments, 3 Responses, 3 thoughts on
# “…”, Leave a Reply): what its box holds after it is the readers', not the article's.
_LATIN_COMMENT_HEADING = re.compile(
    r"^(?:\d+\s+)?(?:comments?|responses?|replies|reader comments|discussion)(?:\s*[(（]\d+[)）])?:?$"
    r"|^\d+\s+(?:thoughts?|responses?|comments?|replies) (?:on|to)\b|^(?:leave|post) a (?:reply|comment)$",
    re.IGNORECASE,
)
_LATIN_HEADS = etree.XPath("//body//*[self::h2 or self::h3 or self::h4 or self::div or self::span or self::p]")


def drop_latin_comment_boxes(root: Element) -> None:
    """Remove a comment thread on a page in a Latin script: a box its heading opens (Comments, 3 Responses),
    nothing printed before the heading in it, holding no <h1>: the article's headline is never in a thread. A
    page whose class names say comment needs no such test (trafilatura drops the box by its name); one whose
    names are hashed needs it."""
    for heading in _LATIN_HEADS(root):
        text = text_of(heading) if len(heading) < 3 else ""
        if not text or squashed_longer_than(text, 60) or not _LATIN_COMMENT_HEADING.match(squash(text)):
            continue
        heading, box = _heading_box(heading, root)
        if box is None or box is root or box.getparent() is None or box.tag in {"body", "html"}:
            continue
        if _opens(heading, box) and box.find(".//h1") is None and hangs_below(box, root):
            remove_block(box)


def _heading_box(heading: Element, root: Element) -> tuple[Element, Element | None]:
    """The heading's block and the box it opens: a heading set in a paragraph of its own (<p><b>网友热评</b></p>)
    heads the box around that paragraph, as one set with its count in a cell of its own (<td><b>网友评论</b>
    （共 3 条）</td>) heads the table around that cell."""
    box = heading.getparent()
    words = squash(text_of(heading))
    while box is not None and box is not root and box.getparent() is not None and (
        (text := squash(text_of(box))) == words or _COMMENT_HEADING.match(text)
    ):
        heading, box = box, box.getparent()
    return heading, box


def _opens(heading: Element, box: Element) -> bool:
    """Whether nothing is printed before `heading` in `box`."""
    return not any((item if isinstance(item, str) else text_of(item)).strip() for item in preceding(heading, box))


def _drop_headed_lists(root: Element) -> None:
    """A heading such as 相关推荐 goes, and takes the list that follows it with it."""
    for heading in list(root.iter("h2", "h3", "h4", "div", "span", "p", "strong", "b")):
        raw = text_of(heading) if len(heading) < 4 else ""
        text = "" if squashed_longer_than(raw, _HEADING_CHARS) else squash(raw)
        # Hong Kong and Taiwan pages print the same headings in traditional characters (相關新聞, 熱門文章).
        if not text or not BOILERPLATE_HEADING.match(simplified(text)):
            continue
        parent = heading.getparent()
        if parent is None:
            continue
        row = _linked_row_of(heading, parent)
        if row is not None:
            # The label opens a line of links (<p><b>延伸閱讀：</b><a>another headline</a></p>): the line goes.
            remove(row)
            continue
        following = heading.getnext()
        if following is not None and following.tag in {"ul", "ol", "div", "dl", "table"}:
            parent.remove(following)
        parent.remove(heading)


_ROW_TAGS = frozenset({"p", "div", "li", "dd"})


def _linked_row_of(heading: Element, parent: Element) -> Element | None:
    """`parent` when it is a line of `heading` (inline) and links and nothing else: the headlines it labels."""
    if heading.tag not in INLINE_TAGS or parent.tag not in _ROW_TAGS or parent.find(".//a") is None:
        return None
    unlinked = "".join(map(str, text_outside_links(parent))).replace(text_of(heading), "", 1)
    return None if _WORD.search(unlinked) else parent


# Inline elements: a keyword link or an emphasised name may sit in mid-sentence.
INLINE_TAGS = frozenset({"a", "span", "em", "strong", "b", "i", "u", "font", "small", "sub", "sup", "abbr", "mark", "cite", "q"})
# A keyword link is a few words; a longer inline element named like boilerplate is a widget of its own.
_INLINE_CHARS = 40
SENTENCE_PUNCT = re.compile(r"[，。！？；]")
_WORD = re.compile(r"\w")


def _in_running_text(node: Element) -> bool:
    """Whether an inline element continues a sentence: plain text with words on both sides of it in its
    parent, which reads as prose (a sentence's punctuation), or opening a paragraph whose sentence runs on after
    it. Such an element (a keyword link named s_tag, tag or keywords) is part of the sentence. An element that ends
    its line, opens one no sentence follows, or sits among links (a tag row, a breadcrumb), is a block of its own."""
    parent = node.getparent()
    if node.tag not in INLINE_TAGS or parent is None or squashed_longer_than(text_of(node), _INLINE_CHARS):
        return False
    if any(isinstance(child.tag, str) and child.tag not in INLINE_TAGS for child in node.iterdescendants()):
        return False
    previous, before = node.getprevious(), text_before(node)
    after = node.tail or ""
    if previous is None and not before.strip() and _opens_a_sentence(after):
        # The paragraph's first words (<p><a class="s_tag">某某之家</a> 6 月 24 日消息，…</p>): a dateline's outlet.
        return True
    if not (_WORD.search(before) and _WORD.search(after)):
        return False
    return bool(SENTENCE_PUNCT.search(before + after))


# A sentence running on after an element: words, then a sentence's punctuation within its first characters.
_SENTENCE_AFTER = re.compile(r"^\s*\w[^<>]{2,40}?[，。！？；]")


def _opens_a_sentence(after: str) -> bool:
    return _SENTENCE_AFTER.match(after) is not None


def _looks_like_article(node: Element) -> bool:
    # A container named "content-share-wrap" may still hold the article; keep any block dense with prose, unless
    # the prose is a list of rules (a comment board's 請勿… / 禁止…), which no article's container holds.
    text = text_of(node)
    return (
        len(text) > 400
        and len(PUNCT.findall(text)) > 10
        and link_density(node, len(text)) < 0.2
        and not _lists_rules(node)
    )


# A rule of a comment board or a forum opens with a prohibition (请勿, 禁止, 不得 …), in either script.
_RULE = re.compile(r"^\s*(?:[\d一二三四五六七八九十]{1,2}\s*[、.．)）]\s*)?(?:请勿|請勿|请不要|請不要|禁止|严禁|嚴禁|不得)")
# Rules are a list: this many items at least, and this share of them rules.
_RULES = 3
_RULES_SHARE = 0.5


def _lists_rules(node: Element) -> bool:
    """Whether a block's list items are mostly rules (`_RULE`): a comment board's or a forum's rules."""
    items = [text_of(item) for item in node.iter("li")]
    rules = sum(1 for item in items if _RULE.match(item))
    return rules >= _RULES and rules >= _RULES_SHARE * len(items)
