"""One report printed the ways real sources print it (issue 14: the same report must give the same structure).

A text of the meeting sets is split into its head (the lines before the first that holds a sentence end or
ends with a colon: a headline, a header line such as 发布时间：… 来源：…) and its body paragraphs; each form prints them again as a
source of that kind does: one stored line with the headline glued to the body, paragraphs run together,
paragraphs marked by full-width-space indents, ASCII punctuation, a dateline before the body, an editor line
after it, or the visible text of a portal page copied around it, or with full-width digits. `reprint_gold` maps a
gold annotation the way a form maps its text (only the punctuation and digit forms change characters), so the gold's prefixes can be looked for in
the reprinted text.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any

# Headlines for texts that print none: neutral column names, so the headline names no meeting of its own.
HEADLINES = ("要闻速递", "今日关注", "时政要闻")
# The ASCII punctuation some sources print in Chinese text (the full stop stays: 。 is what a sentence ends with).
HALF_WIDTH = str.maketrans({"，": ",", "；": ";", "：": ":", "？": "?", "！": "!", "（": "(", "）": ")"})
# The full-width digits some broadcast transcripts print (３月５日, １．).
FULL_WIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
# The forms that change characters, and how: the gold's prefixes are mapped the same way.
CHARACTER_MAPS = {"half_width": HALF_WIDTH, "full_width_digits": FULL_WIDTH_DIGITS}
# A line of the body: one holding a sentence end, or one that introduces what follows ("…全文如下：").
_BODY_LINE = re.compile(r"[。！？!?]|[：:]$")
# A body that already opens with a dateline or a source tag gets no second one.
DATELINE_START = re.compile(r"^.{0,24}?(?:电|讯|消息)(?:[（(][^）)]{0,12}[）)])?[：:\s\u3000]|^[（(【].{0,30}?[）)】]")
DATELINES = ("新华社北京3月5日电 ", "本报讯（记者 周明）", "央视网消息（新闻联播）：")
EDITOR_LINES = ("（责任编辑：王明）", "编辑：刘洋", "【责任编辑：陈静】")
# The visible text of a portal page around the report: navigation, breadcrumb, share widget, lists, footer.
PAGE_TOP = ("首页", "新闻", "体育", "财经", "网易首页 > 新闻中心 > 正文")
PAGE_HEADER = ("2024-03-06 09:30:00　来源：新华网", "0", "分享至")
PAGE_FOOT = ("相关推荐", "多地部署春季农业生产工作", "热点推荐", "无障碍浏览 进入关怀版")


def split_head(text: str) -> tuple[list[str], list[str]]:
    """The text's head lines (before the first body line) and its body paragraphs, blank lines dropped."""
    lines = [line.strip(" \t\u3000") for line in text.splitlines()]
    lines = [line for line in lines if line]
    for index, line in enumerate(lines):
        if _BODY_LINE.search(line):
            return lines[:index], lines[index:]
    return [], lines


def _headline(head: list[str], pick: int) -> str:
    return head[0] if head else HEADLINES[pick % len(HEADLINES)]


def glued(text: str, pick: int = 0) -> str:
    """One stored line: the headline glued to the body, no breaks (a news-classification corpus line)."""
    head, body = split_head(text)
    return _headline(head, pick) + "".join(body) + "\n"


def joined(text: str, pick: int = 0) -> str:
    """The head lines as they are, the body paragraphs run together into one line."""
    head, body = split_head(text)
    return "\n".join([*head, "".join(body)]) + "\n"


def spaced(text: str, pick: int = 0) -> str:
    """The body as one line whose paragraphs are set apart by spaces only (as some corpora store them)."""
    head, body = split_head(text)
    return "\n".join([*head, "  ".join(body)]) + "\n"


def indented(text: str, pick: int = 0) -> str:
    """The body as one line whose paragraphs each start with a full-width-space indent (　　)."""
    head, body = split_head(text)
    return "\n".join([*head, "".join("\u3000\u3000" + para for para in body)]) + "\n"


def indented_lines(text: str, pick: int = 0) -> str:
    """Every body paragraph on its own line behind a full-width-space indent, a blank line between paragraphs."""
    head, body = split_head(text)
    return "\n\n".join([*head, *("\u3000\u3000" + para for para in body)]) + "\n"


def half_width(text: str, pick: int = 0) -> str:
    """ASCII commas, semicolons, colons and brackets instead of the full-width ones."""
    return text.translate(HALF_WIDTH)


def full_width_digits(text: str, pick: int = 0) -> str:
    """Full-width digits instead of the ASCII ones (dates, counts, item markers)."""
    return text.translate(FULL_WIDTH_DIGITS)


def dated(text: str, pick: int = 0) -> str:
    """A dateline before the first body paragraph, unless it opens with one already or the text is one line
    (its headline glued to the body: where the dateline would go is not known)."""
    head, body = split_head(text)
    if (head or len(body) > 1) and not DATELINE_START.match(body[0]):
        body = [DATELINES[pick % len(DATELINES)] + body[0], *body[1:]]
    return "\n".join([*head, *body]) + "\n"


def edited(text: str, pick: int = 0) -> str:
    """An editor line after the body."""
    return text.rstrip("\n") + "\n" + EDITOR_LINES[pick % len(EDITOR_LINES)] + "\n"


def in_page(text: str, pick: int = 0) -> str:
    """The report inside the copied text of a portal page: navigation, breadcrumb, headline, header, widget,
    body, then the lists and the footer below it."""
    head, body = split_head(text)
    title = _headline(head, pick)
    return "\n\n".join([*PAGE_TOP, title, *PAGE_HEADER, *head[1:], *body, *PAGE_FOOT]) + "\n"


FORMS: dict[str, Callable[[str, int], str]] = {
    "glued": glued,
    "joined": joined,
    "spaced": spaced,
    "indented": indented,
    "indented_lines": indented_lines,
    "half_width": half_width,
    "full_width_digits": full_width_digits,
    "dated": dated,
    "edited": edited,
    "in_page": in_page,
}


def reprint_gold(gold: dict[str, Any], form: str) -> dict[str, Any]:
    """The gold as the reprinted text prints it: only the forms that change characters change a prefix."""
    table = CHARACTER_MAPS.get(form)
    if table is None:
        return gold
    mapped = copy.deepcopy(gold)
    for meeting in mapped["meetings"]:
        for point in meeting["points"]:
            point["cue"] = point["cue"].translate(table)
            point["text_prefix"] = point["text_prefix"].translate(table)
            for item in point["items"]:
                item["marker"] = item["marker"].translate(table)
                item["text_prefix"] = item["text_prefix"].translate(table)
    return mapped
