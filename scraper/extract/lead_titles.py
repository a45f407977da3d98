"""Headlines a page prints without a <title> to agree with: the emphasised short line right above the article's
first paragraph (`lead_title`), the heading of a page that names none (`untitled_heading`), and the title its
state script holds and prints above the article (`script_title`). Each reads as a headline: no byline, date,
label, caption or sentence.
"""

from __future__ import annotations

import itertools
import json
import re
from urllib.parse import urlsplit

from lxml import etree

from ..hanzi import simplified
from .article_lists import article_path
from .article_top import LEAD_GAP, first_paragraph, heads_article, preceding
from .attributes import marker_of, number_of
from .layout import node_text, squash, text_owner
from .notices import is_byline, is_original_title
from .terms import ALL_LABELS, alternation
from .titles import HEADINGS, MIN_CHARS, in_list, is_logo, names_around, title_key
from .tree import Element

__all__ = ["lead_title", "lead_title_above", "script_title", "untitled_heading"]

_key = title_key

# A headline may ask or exclaim (…的东西？) but does not end in a full stop, nor break off at a comma: a
# sentence's first clause set in a span of its own (Word-pasted 本网讯 工程完工半年，) runs on into the next.
_SENTENCE_END = re.compile(r"[。.]")
_CLAUSE_BREAK = re.compile(r"[，、；]$")
# A headline reports; a line that asks the reader to click, read more, follow, download or listen (收听本期语音版,
# an audio box's label; 试听) is a widget. A 收听率, 收听量 or 收听人数 is a figure a headline may report.
_CALL_TO_ACTION = re.compile(r"(点击|更多|阅读全文|查看|关注|订阅|下载|扫码|登录|注册|欢迎|返回|收听(?![率量人])|试听)")
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
# A block named title, in full or cut to a word of its own (art_tit, news-tit), not inside another word (entity).
_TITLE_MARKER = re.compile("title|biaoti|headline|(?<![a-z])tit(?![a-z])", re.IGNORECASE)
_NAMED_CHARS = 6

def _emphasised(node: Element, base: frozenset[Element] = frozenset(), *, by_size: bool = True) -> bool:
    """Bold, a heading, a large font, or a block named title — on the node or its two nearest ancestors.

    An ancestor in `base` (the first paragraph's own ancestors) is the article's base style, not emphasis:
    old pages wrap the headline, the byline and every paragraph in one <font size=3>. Without `by_size`, a larger
    font alone is no emphasis.
    """
    for element in (node, *list(node.iterancestors())[:2]):
        if element in base:
            break
        tag = element.tag if isinstance(element.tag, str) else ""
        style = element.get("style") or ""
        if (
            tag in _EMPHASIS_TAGS
            or (by_size and _large(element, tag, style))
            or "bold" in style
            or _TITLE_MARKER.search(marker_of(element))
        ):
            return True
    return False


def _large(element: Element, tag: str, style: str) -> bool:
    """A font set larger than the text's: <font size=+1> or 3 and up, or a style's font-size of 16 px and up."""
    size = (element.get("size") or "").strip()
    big = _BIG_FONT.search(style)
    return (tag == "font" and (size.startswith("+") or (number_of(size) or 0) >= 3)) or (
        big is not None and (number_of(big.group(1)) or 0) >= 16
    )


def lead_title(root: Element, page_title: str | None = None) -> str | None:
    """The emphasised short line printed right above the article's first paragraph (a page with no usable
    <title> or heading), or None.

    Walks back from the first long paragraph over at most `LEAD_GAP` characters of text (the byline and
    the date row sit between), and takes the nearest emphasised line that is not a link, a date or a sentence.
    With the page's <title> headline part (`page_title`): None when that is printed between the line and
    the article, or holds the line — then the <title> is the headline's source.
    """
    return lead_title_above(first_paragraph(root), page_title)


def lead_title_above(
    first: Element | None, page_title: str | None = None, linked: frozenset[str] = frozenset()
) -> str | None:
    """`lead_title` above `first`, the page's first paragraph as `first_paragraph` finds it (a caller that
    reads several things around it finds it once). `linked`: the keys of the texts of the page's links to its own
    address; a line above the article printing one of them is the headline, however it is set (a paper's digital
    edition lists the page's headlines beside it, the article's own among them)."""
    if first is None:
        return None
    base = frozenset((first, *first.iterancestors()))
    wanted = _key(page_title or "")
    # A <title> part this short is a site's name more often than a headline (某某网): printed in a 来源 line
    # under the headline, it would pass for the headline printed there.
    wanted = wanted if len(wanted) >= _NAMED_CHARS else ""
    walked = ""
    gap = 0
    below = ""  # the line printed right under the node walked, nearer the first paragraph
    above = preceding(first)
    for index, node in enumerate(above):
        text = node_text(node)
        if not text:
            continue
        if _key(text) in linked and not _DATE_LIKE.search(text):
            # A blog's permalink may print the post's date (发布于2021-07-08 21:14): no headline.
            return text
        walked = _key(text) + walked
        if wanted and wanted in walked:
            return None
        if _headline_like(node, text, base, under=below):
            if not wanted or _key(text) not in wanted:
                # A subtitle, a kicker, a video's caption or an account's name printed under the headline the
                # <title> names: the <title> is the headline's source.
                return None if wanted and _printed_over(above[index + 1 :], wanted) else text
            # The <title> holds the line: it is the headline's source, unless all it adds are the site's and the
            # channel's names around the line (标题—财经—某某网, 某某晨报：财经：标题), which no split took off.
            return text if names_around(wanted, _key(text)) is not None else None
        gap += len(text)
        if gap > LEAD_GAP:
            return None
        below = text
    return None


# A row of the article's date and where it comes from (2023-06-12　来源：某某报): a headline is printed over it.
_ROW_LABEL = re.compile(r"(?:来源|來源|出处|作者|发布|發佈|发表|编辑|日期|时间)\s*[:：]")


def _is_date_row(text: str) -> bool:
    """Whether `text` is a short row printing a date with a label beside it, or a date and its time of day (the
    date and source row)."""
    if len(text) > _ROW_CHARS:
        return False
    labelled = _DATE_LIKE.search(text) is not None and _ROW_LABEL.search(text) is not None
    return labelled or _STAMP.search(text) is not None


# A date and its time of day (2010-08-17 00:41:52, 2010年8月17日 08:30).
_STAMP = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}")


# A date and source row holds at most this many characters (with its counters and tools).
_ROW_CHARS = 120


# The headline stands at most this many printed lines above a line under it: a subtitle, a kicker or a caption
# right under it, or an account's name under the headline's own row of tags, author and account link (原创 | 某某 |
# 城市观察笔记, then the account's card). Further up, a <title> printed in the page's header is the site's name.
_OVER_LINES = 5


# A <title> headline this long printed further up is the headline, not a site's name in the page's header.
_HEADLINE_CHARS = 12


def _printed_over(nodes: list[Element], wanted: str) -> bool:
    """Whether the `wanted` headline is printed right over a line (`_OVER_LINES`), or, when it is a headline's
    length and set as one, anywhere above it: a paged article's later page opens on a cross-head under the share
    widgets and the date row."""
    if _printed_in(nodes[:_OVER_LINES], wanted):
        return True
    if len(wanted) < _HEADLINE_CHARS:
        return False
    # Set as a headline: a heading, bold or named title; a larger font alone is not enough, as old pages print
    # the site's name in one in their banner.
    return _printed_in([node for node in nodes[_OVER_LINES:] if _emphasised(node, by_size=False)], wanted)


def _printed_in(nodes: list[Element], wanted: str) -> bool:
    """Whether one of `nodes` prints the `wanted` headline (a title_key) as its whole text, or the part of it a
    site's and a channel's names stand around (某某网：国内新闻：标题, which no split took off)."""
    return any(_names_headline(_key(node_text(node)), wanted) for node in nodes)


def _names_headline(key: str, wanted: str) -> bool:
    """Whether a printed line (a title_key) is the `wanted` <title>, or its headline with names around it."""
    return key == wanted or (len(key) >= _NAMED_CHARS and names_around(wanted, key) is not None)


def _headline_like(node: Element, text: str, base: frozenset[Element] = frozenset(), *, under: str = "") -> bool:
    """A short emphasised line that is no date, no sentence and no label, and no link unless it is a title's
    permalink. A line centred right over the date and source row (`under`: the line printed under it) is set as a
    headline, however its class is named: table-era templates centre the headline cell and the row under it."""
    if not 5 <= len(text) <= 60 or _DATE_LIKE.search(text) or _SENTENCE_END.search(text[-1:]):
        return False
    if _CLAUSE_BREAK.search(text):
        return False
    if _CALL_TO_ACTION.search(simplified(text)) or _LABEL_LINE.search(text) or _NOT_HEADLINE.search(text):
        return False
    # A byline or the staff credits (澎湃新闻记者 某某, 执笔/某某), or a dispatch's opening mark (本报讯, 某某网北京讯,
    # 新华社北京5月1日电) set in bold above the first paragraph, name who wrote it, not what it reports; the original
    # headline (原标题：…) and a picture's caption (图为…, …（某某摄）) are notes beside it.
    if is_byline(text) or _DISPATCH.match(text) or is_original_title(text) or _CAPTION_LINE.search(text):
        return False
    if _titles_a_player(node, text):
        return False
    anchors = [node] if node.tag == "a" else list(node.iter("a"))
    if anchors:
        return _permalink_title(anchors, text)
    return _emphasised(node, base) or (_centred(node) and _is_date_row(under))


def _centred(node: Element) -> bool:
    """Whether the line is set centred: on the node or its nearest ancestor (a cell, a paragraph)."""
    for element in (node, *list(node.iterancestors())[:1]):
        align = (element.get("align") or "").strip().lower()
        if align == "center" or _CENTRED_STYLE.search(element.get("style") or ""):
            return True
    return False


_CENTRED_STYLE = re.compile(r"text-align\s*:\s*center", re.IGNORECASE)


# What a player's box prints besides its clip's title: the running time, a count of plays (02:13, 3.5万次播放).
# Matched against a title_key: no whitespace, and the full-width colon folded to ":".
_PLAYER_DATA = re.compile(r"^(?:[\d:.,]+[万千]?|次|播放|观看|时长)*$")
# The clip's title sits at most this many blocks inside the player's box.
_PLAYER_DEPTH = 2


def _titles_a_player(node: Element, text: str) -> bool:
    """Whether the line is a clip's title in its player's box: a block holding a <video> or <audio> element
    and, besides the line, only the clip's running time or plays. The article's headline may share a block
    with a video and with other text (a date row); a clip's title is the clip's, however it is set."""
    key = _key(text)
    for box in itertools.islice(node.iterancestors(), _PLAYER_DEPTH):
        if not _PLAYER_DATA.match(_key(node_text(box)).replace(key, "", 1)):
            return False
        if next(box.iter("video", "audio"), None) is not None:
            return True
    return False


def _permalink_title(anchors: list[Element], text: str) -> bool:
    """A blog's headline: one link holding the whole line, to an article's address (not the blog's home),
    in a heading or a block named title."""
    # The path alone names the article: a host may hold a number too (m.21example.com/ is a site's home).
    path = urlsplit(anchors[0].get("href") or "").path if len(anchors) == 1 else ""
    if len(anchors) != 1 or node_text(anchors[0]) != text or not article_path(path):
        return False
    for element in (anchors[0], *list(anchors[0].iterancestors())[:2]):
        if element.tag in _HEADING_TAGS or _TITLE_MARKER.search(marker_of(element)):
            return True
    return False


def untitled_heading(root: Element) -> str | None:
    """The headline of a page that names none (no <title>, no og:title): the first heading (<h1>-<h4>, or a short
    block named title) that stands above the article (`heads_article`), outside lists and no logo, and reads as
    a headline (no byline, date, label or caption), or None. The caller asks only when nothing names one."""
    for node in HEADINGS(root):
        text = node_text(node)
        if not 4 <= len(text) <= 120 or in_list(node) or is_logo(node) or _SENTENCE_END.search(text[-1:]):
            continue
        if _DATE_LIKE.search(text) or _LABEL_LINE.search(text) or is_byline(text) or _CAPTION_LINE.search(text):
            continue
        if heads_article(root, node):
            return text
    return None


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
            if len(title_key(value)) >= MIN_CHARS * 2 and value not in wanted:
                wanted.append(value)
    if not wanted:
        return None
    keys = {title_key(value): value for value in wanted}
    for run in _TEXT_RUNS(root):
        owner = text_owner(run)
        value = keys.get(title_key(str(run)))
        if value is not None and owner is not None and not in_list(owner) and heads_article(root, owner):
            return squash(value)
    return None
