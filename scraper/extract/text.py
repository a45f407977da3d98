"""Plain-text page dumps (the visible text of a page copied as text) -> the same record.

A dump reads top to bottom as: breadcrumb, headline, header line (date / 来源), share widget
(0 / 分享至), body, then boilerplate: 相关推荐 / 热点推荐 lists, right-column blocks (头条要闻 …), footer
(无障碍浏览 进入关怀版). The body ends at the first boilerplate heading; nothing after it is read, so a
date in a recommendation list can never become the publish date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .dates import parse_date
from .fields import Fields
from .labels import clean_source, clean_title, label_value

CRUMB = re.compile(r"^(?P<crumbs>[^>＞]{1,20}(?:\s*[>＞]\s*[^>＞]{1,20}){1,6})$")
# Headings that end the article body in portal dumps.
STOP_HEADINGS = frozenset(
    [
        "相关推荐",
        "热点推荐",
        "相关阅读",
        "相关新闻",
        "延伸阅读",
        "推荐阅读",
        "猜你喜欢",
        "热门推荐",
        "热门文章",
        "头条要闻",
        "财经要闻",
        "体育要闻",
        "娱乐要闻",
        "科技要闻",
        "汽车要闻",
        "房产要闻",
        "数码要闻",
        "艺术要闻",
        "本地新闻",
        "态度原创",
        "公开课",
        "网友评论",
        "热门跟贴",
        "跟贴",
        "评论",
        "无障碍浏览",
        "进入关怀版",
        "无障碍浏览",
        "进入关怀版",
    ]
)
_STOP_PREFIX = re.compile(
    r"^(?:无障碍浏览|进入关怀版|网易公司版权所有|©|Copyright|特别声明[:：]|Notice: The content above)"
)
# Lines of the share widget and the counters beside it.
_WIDGET = re.compile(
    r"^(?:\d+|分享至|分享到[:：]?|举报|微信|微博|QQ空间|QQ|收藏|跟贴\s*\d*|参与\s*\d*)$"
)
_META_LINE = re.compile(r"^(?:本文来源|来源|责任编辑|编辑|作者)\s*[:：]")
_ORIGINAL_TITLE = re.compile(r"^[（(]原标题[:：].*[)）]$")
_HEADER_DATE = re.compile(r"^(?:19|20)\d{2}[-/年]\d{1,2}[-/月]\d{1,2}")
_CRUMB_DROP = frozenset({"正文"})


def _is_stop(line: str) -> bool:
    return line in STOP_HEADINGS or bool(_STOP_PREFIX.match(line))


def parse_dump(text: str, widgets: Sequence[str] = ()) -> tuple[Fields, list[str]]:
    """Split a text dump into the record's fields; lines matching `widgets` (the site's own widget lines) are skipped.

    Returns:
        The fields the dump states (no doc id: a dump has no URL of its own) and its body paragraphs
        (possibly none).
    """
    lines = [line.strip(" \t\u3000\u00a0\ufeff") for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines = [line for line in lines if line]
    channel: list[str] = []
    index = 0
    if lines:
        match = CRUMB.match(lines[0])
        if match:
            channel = [c.strip() for c in re.split(r"[>＞]", match["crumbs"]) if c.strip() not in _CRUMB_DROP]
            index = 1
    title = clean_title(lines[index]) if index < len(lines) else None
    index += 1

    published = source = author = editor = None
    paragraphs: list[str] = []
    for line in lines[index:]:
        if _is_stop(line):
            break
        if _WIDGET.match(line) or _ORIGINAL_TITLE.match(line) or any(re.search(w, line) for w in widgets):
            continue
        if not paragraphs and _HEADER_DATE.match(line):
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
    fields = Fields(
        title=title,
        published_at=published,
        source=source,
        author=author,
        editor=editor,
        channel=tuple(channel),
    )
    return fields, paragraphs


def looks_like_html(text: str) -> bool:
    """True when `text` is markup rather than a plain-text dump."""
    head = text.lstrip()[:2048].lower()
    return head.startswith("<") or "<html" in head or "<body" in head or "<div" in head or "<p>" in head
