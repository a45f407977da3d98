"""Plain-text page dumps (the visible text of a page copied as text) -> the same record.

A dump reads top to bottom as: breadcrumb, headline, header line (date / 来源), share widget
(0 / 分享至), body, then boilerplate: 相关推荐 / 热点推荐 lists, right-column blocks (头条要闻 …), footer
(无障碍浏览 进入关怀版). The body ends at the first boilerplate heading; nothing after it is read, so a
date in a recommendation list can never become the publish date.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from .dates import parse_date
from .fields import Fields
from .labels import clean_source, clean_title, label_value
from .layout import block_lines
from .terms import (
    BYLINE_LABEL,
    COLUMN_HEADINGS,
    COMMENT_HEADINGS,
    CRUMB_DROP,
    DISCLAIMER_LABELS,
    FOOTER_OPENINGS,
    LIST_HEADINGS,
    META_LINE_LABELS,
    SHARE_WORDS,
    alternation,
    line_opening,
)
from .tree import parse

CRUMB = re.compile(r"^(?P<crumbs>[^>＞]{1,20}(?:\s*[>＞]\s*[^>＞]{1,20}){1,6})$")
# Headings that end the article body in portal dumps, and the openings of the page's foot.
STOP_HEADINGS = frozenset((*LIST_HEADINGS, *COMMENT_HEADINGS, *COLUMN_HEADINGS, *FOOTER_OPENINGS))
_STOP_PREFIX = re.compile("^(?:" + alternation(FOOTER_OPENINGS) + "|" + alternation(DISCLAIMER_LABELS) + "[:：])")
# Lines of the share widget and the counters beside it.
_WIDGET = re.compile(
    "^(?:" + alternation(SHARE_WORDS) + r"[:：]?|\d+|举报|微信|微博|QQ空间|QQ|收藏|跟贴\s*\d*|参与\s*\d*)$"
)
_META_LINE = line_opening((*META_LINE_LABELS, BYLINE_LABEL))
_ORIGINAL_TITLE = re.compile(r"^[（(]原标题[:：].*[)）]$")
_HEADER_DATE = re.compile(r"^(?:19|20)\d{2}[-/年]\d{1,2}[-/月]\d{1,2}")
# Two or more full-width spaces inside a line: the indent of a paragraph run into the one before it.
_INDENT = re.compile("\u3000{2,}")
# Hard-wrapped text (_unwrapped): lines filled to one width of 40 to 100 columns, at least three of them
# ending mid-sentence.
_WRAP_MIN_WIDTH, _WRAP_MAX_WIDTH = 40, 100
_WRAP_SLACK = 3
_WRAPPED_MIN = 3
_WRAP_ENDS = ("。", "！", "？", "!", "?", "”", "：", ":", "；", ";")
# A headline longer than this, or one holding a full stop, cannot be told apart from the body.
_HEADLINE_MAX = 64
_SENTENCE_ENDS = "。"
# Navigation above a copied page's article: at most this many lines, each a few link words without a clause mark.
_NAV_MAX = 30
_NAV_LINE_MAX = 40
_CLAUSE_MARKS = "。，,；;！？!?、"
_INTRODUCES = ("：", ":")


def _is_stop(line: str) -> bool:
    return line in STOP_HEADINGS or bool(_STOP_PREFIX.match(line))


def parse_dump(text: str, widgets: Sequence[str] = ()) -> tuple[Fields, list[str]]:
    """Split a text dump into the record's fields; lines matching `widgets` (the site's own widget lines) are skipped.

    A dump copied from a page starts with a breadcrumb and a headline; a plain text (a news item stored one
    per line, a broadcast transcript) may start with its body. The first line is the title only when it
    reads as a headline and body lines follow it; otherwise the title is None and every line is body.
    Paragraphs are the text's own lines, and the runs a full-width-space indent (　　) starts inside a line.

    Returns:
        The fields the dump states (no doc id: a dump has no URL of its own) and its body paragraphs
        (possibly none).
    """
    lines = _lines(text)
    index, channel = _page_start(lines)
    title = None
    if index + 1 < len(lines) and _is_headline(lines[index]):
        title = clean_title(lines[index])
        index += 1
    fields, paragraphs = _body(lines[index:], widgets)
    return replace(fields, title=title, channel=tuple(channel)), paragraphs


def _page_start(lines: list[str]) -> tuple[int, list[str]]:
    """Where the article starts in a copied page, and its breadcrumb's levels.

    A page copied whole starts with its navigation (short link lines: 首页 / 新闻 / 体育 …); the article starts
    after the breadcrumb, or, without one, at the headline right above the header line (2023-02-12 09:31 来源：…).
    Lines before either are skipped only when they all read as navigation, so a text that starts with its body
    keeps every line.
    """
    for at, line in enumerate(lines[:_NAV_MAX]):
        match = CRUMB.match(line)
        if match:
            channel = [c.strip() for c in re.split(r"[>＞]", match["crumbs"]) if c.strip() not in CRUMB_DROP]
            return at + 1, channel
        if at > 0 and _is_header(line) and _is_headline(lines[at - 1]):
            return at - 1, []
        if not _is_nav(line):
            break
    return 0, []


def _is_nav(line: str) -> bool:
    """A navigation line: a few short link words, no sentence or clause mark."""
    return len(line) <= _NAV_LINE_MAX and not any(mark in line for mark in _CLAUSE_MARKS)


def _is_header(line: str) -> bool:
    """The header line under a headline: a date first, no full stop ("2023-02-12 09:31:07　来源: 辽宁省教育厅")."""
    return bool(_HEADER_DATE.match(line)) and not any(mark in line for mark in _SENTENCE_ENDS)


def _lines(text: str) -> list[str]:
    """Non-blank lines, each split where a full-width-space indent starts a new paragraph inside it."""
    lines: list[str] = []
    for raw in _unwrapped(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
        for part in _INDENT.split(raw):
            line = part.strip(" \t\u3000\u00a0\ufeff")
            if line:
                lines.append(line)
    return lines


def _width(line: str) -> int:
    """The line's width in columns: a wide (CJK) character takes two, as on a fixed-width page."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in line)


def _unwrapped(raw: list[str]) -> list[str]:
    """The lines with a hard-wrapped text's breaks undone.

    An archive page or a mail may wrap its text at a fixed width, breaking sentences (and words) at the end of
    every line: a paragraph is then a run of lines filled to that width, each but the last ending without a
    stop, and the next paragraph starts with an indent or after a short last line. The text is read as wrapped
    when at least `_WRAPPED_MIN` lines fill the widest line's width (within `_WRAP_SLACK` columns) and end
    mid-sentence; a full line then joins the line after it unless that one starts indented.
    """
    widths = [_width(line.rstrip()) for line in raw]
    width = max(widths, default=0)
    full = [w >= width - _WRAP_SLACK and not line.rstrip().endswith(_WRAP_ENDS) for w, line in zip(widths, raw, strict=True)]
    if width < _WRAP_MIN_WIDTH or width > _WRAP_MAX_WIDTH or sum(full) < _WRAPPED_MIN:
        return raw
    joined: list[str] = []
    carry = False
    for line, fills in zip(raw, full, strict=True):
        if carry and line.strip() and not line[:1].isspace():
            joined[-1] = joined[-1].rstrip() + line.strip()
        else:
            joined.append(line)
        carry = fills
    return joined


def _is_headline(line: str) -> bool:
    """A line that can be told apart from body text: short, not a sentence that ends in a stop, and not one
    that introduces the next ("…致信祝贺，全文如下：")."""
    return (
        len(line) <= _HEADLINE_MAX
        and not any(mark in line for mark in _SENTENCE_ENDS)
        and not line.endswith(_INTRODUCES)
    )


def _body(lines: list[str], widgets: Sequence[str]) -> tuple[Fields, list[str]]:
    """The body paragraphs up to the first boilerplate heading, and the labels met on the way."""
    published = source = author = editor = None
    paragraphs: list[str] = []
    for line in lines:
        if _is_stop(line):
            break
        if _WIDGET.match(line) or _ORIGINAL_TITLE.match(line) or any(re.search(w, line) for w in widgets):
            continue
        if not paragraphs and _is_header(line):
            # The header line under the headline: "2023-02-12 09:31:07　来源: 辽宁省教育厅".
            published = published or parse_date(line)
            source = source or clean_source(label_value(line, "source"))
            continue
        if _META_LINE.match(line):
            source = source or clean_source(label_value(line, "source"))
            editor = editor or label_value(line, "editor")
            author = author or label_value(line, "author")
            continue
        paragraphs.append(line)
    return Fields(published_at=published, source=source, author=author, editor=editor), paragraphs


# Tags of paragraphs, breaks and inline styling left in a stored text (a corpus that kept an article's body as
# <p>…</p>, a transcript with <strong> headlines): markup, though no page's head or body is around it.
_TEXT_TAG = re.compile(r"</?(?:p|br|div|span|strong|b|em|i|h[1-6]|font|section|li|ul|ol|a|img)(?:\s[^<>]{0,400})?/?>", re.I)
_TEXT_TAGS = 2


# Markdown's strong emphasis around a run of one line (**央视网消息**, a transcript archive's bold headline): a
# style, as <strong> is; a lone pair of stars is the text's own.
_STRONG = re.compile(r"\*\*([^*\n]{1,200}?)\*\*")
# Markdown's heading and quotation marks opening a line (### 标题, > 《某某报》…): the line's level, as <h3> is.
_LINE_MARK = re.compile(r"^[ \t]*(?:#{1,6}|>)[ \t]+(?=\S)", re.MULTILINE)


def unmarked(text: str) -> str:
    """`text` with the markup it was stored with read as a page's lines are (a <p> a line, inline tags and
    entities resolved, Markdown's **strong** runs and heading marks as their words); a text with fewer than two
    such tags (a less-than sign, a stray tag) and no Markdown as it is."""
    if "**" in text:
        text = _STRONG.sub(r"\1", text)
    if "#" in text or ">" in text:
        text = _LINE_MARK.sub("", text)
    if len(_TEXT_TAG.findall(text, 0, 20_000)) < _TEXT_TAGS:
        return text
    return "\n".join(block_lines(parse(f"<html><body>{text}</body></html>")))


def looks_like_html(text: str) -> bool:
    """True when `text` is markup rather than a plain-text dump."""
    head = text.lstrip()[:2048].lower()
    return head.startswith("<") or "<html" in head or "<body" in head or "<div" in head or "<p>" in head
