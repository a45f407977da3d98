"""One body line -> its kind (`Kind`): prose, short text, or the chrome a reading swept in (link text, a list
item, a widget, metadata, a heading), told by the general signals `clean.py` lists; and the page's link texts that
the link test reads. Disclaimers, prompts, credits and the traditional fold are in `notices.py`.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from enum import Enum
from functools import lru_cache

from ..hanzi import CJK, simplified
from .layout import text_of
from .notices import (
    ORIGINAL_TITLE_AS,
    ORIGINAL_TITLE_LABELS,
    REPOST_BYLINE,
    is_credit_line,
    is_notice,
    is_repost_note,
    line_key,
)
from .terms import AD_LINE, AD_SLOT_LABEL, ALL_LABELS, PICTURE_COUNT, POST_HEADER_LABELS, READ_TIME, alternation
from .tree import Element

__all__ = [
    "CHROME", "END_MARK", "LINK_LABEL", "SENTENCE", "TEASER", "Kind", "classify", "is_day", "is_poster_row",
    "is_signed_row", "is_teaser", "kind_by_words", "link_share", "page_link_texts",
]


class Kind(Enum):
    """What one body line looks like."""

    PROSE = "prose"
    TEXT = "text"  # short, not chrome by any signal: a caption, a subheading, a verse
    LINK = "link"
    ITEM = "item"
    WIDGET = "widget"
    META = "meta"
    HEADING = "heading"  # a recommendation / related / comment heading: chrome follows
    DATELINE = "dateline"  # a bare date: a letter's or notice's closing date in the body, chrome above it
    SHORT_LINK = "short-link"  # a few characters that are a link's text: a channel in a menu, or a keyword
    SHORT = "short"  # a short line without punctuation: in a run of such lines after the article, a tag list


CHROME = frozenset({Kind.LINK, Kind.ITEM, Kind.WIDGET, Kind.META, Kind.HEADING})

_PUNCT = re.compile(r"[，。！？；：、,.!?;:]")
SENTENCE = re.compile(r"[。！？；!?;]|[，,].*[，,。]")
_DATE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}[-/]\d{1,2}\s+\d{1,2}:\d{2}")
_TRAILING_DATE = re.compile(
    r"[\s(（\[【]*(?:(?:19|20)?\d{2}[-/.年](?P<month>\d{1,2})[-/.月](?P<day>\d{1,2})日?|(?P<mon>\d{1,2})[-/月](?P<dd>\d{1,2})日?)"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?[)）\]】]?$"
)
# What `_TRAILING_DATE` can end in, before an optional closing bracket: a digit (`\d`: str.isdecimal) or 日.
_DATE_CLOSERS = ")）]】"


def _trailing_date(key: str) -> re.Match[str] | None:
    """`_TRAILING_DATE.search(key)`, refused without the search when the line's end cannot close a date.

    The search tries the pattern at every position of the line, and most lines are prose ending in a
    punctuation mark. A match ends at the end of the line (or before a final newline, as `$` allows) in a digit
    or 日, or in a closing bracket after one.
    """
    end = key[:-1] if key.endswith("\n") else key
    if end[-1:] in _DATE_CLOSERS:
        end = end[:-1]
    last = end[-1:]
    return _TRAILING_DATE.search(key) if last == "日" or last.isdecimal() else None


def _trailing_day(key: str) -> re.Match[str] | None:
    """`_trailing_date`, when it names a month and a day that exist (`is_day`)."""
    found = _trailing_date(key)
    return found if found is not None and is_day(found) else None


# The stop a stamped item's sentence ends on, right before its stamp.
_ITEM_STOPS = ("。", "！", "？", "!", "?")


def is_stamped_item(line: str) -> bool:
    """Whether `line` is a list's item closed by its stamp after its sentence's stop (…请游客合理安排行程。2013-09-25
    09:30): a post of a side column's micro-blog, not a line of the article."""
    found = _trailing_day(line)
    return found is not None and line[: found.start()].rstrip().endswith(_ITEM_STOPS)


def is_day(found: re.Match[str]) -> bool:
    """Whether a `_TRAILING_DATE` match names a month and a day that exist. Figures run together once a line's
    spaces go: a table row's last cells (64880.5 612.3 1.0) read as 12.31.0, a month that is none."""
    month, day = int(found["month"] or found["mon"]), int(found["day"] or found["dd"])
    return 1 <= month <= 12 and 1 <= day <= 31


# A rolling news row: the time first, then another article's headline (14:22 某公司发布公告).
_LEADING_TIME = re.compile(r"^(?:\d{1,2}[-/月]\d{1,2}日?)?\d{1,2}:\d{2}(?!\d)")
_META_LABEL = re.compile(r"(来源|作者|编辑|发布|发表|浏览|阅读|点击|字号|时间|日期|出处|记者|通讯员|稿源)\s*[:：]")
_TIME = re.compile(r"\d{1,2}:\d{2}")
_WEEKDAY = re.compile(r"(?:星期|礼拜|周)[一二三四五六日天]")
# Two labelled values in one short line are an info row (作者：周益帆　责编：王晓宇), not a byline of the article.
_INFO_LABEL = re.compile(alternation(label for label in ALL_LABELS if len(label) > 1) + r"\s*[:：]")
# A teaser of another article is cut short with "..." or a single "…" (prose writes "……").
TEASER = re.compile(r"(?:\.\.\.|(?<!…)…)$")
_TEASER_ENDS = ("...", "…")


def is_teaser(text: str) -> bool:
    """`TEASER.search(text)`, refused without the search (which tries every position of the text) when the text
    does not end in "..." or "…" (before a final newline, where `$` also matches)."""
    end = text[:-1] if text.endswith("\n") else text
    return end.endswith(_TEASER_ENDS) and TEASER.search(text) is not None
_SHORT_LINE = 16
_BULLET = re.compile(r"^(?:[-·•●◆◇■□▪▸►>》*]|\d{1,2}[.、)）]|\[\d+\])\s*")
_CRUMB = re.compile(r"(?:>|＞|›|»|→|－>|-->|>>)")
# One level of a breadcrumb printed as a line of its own (首页 >, 快讯 >): a few words and one arrow after them.
_CRUMB_LEVEL = re.compile(r"^[^，。！？>＞›»]{1,8}(?:>|＞|›|»)$")
# Two levels, the arrow set off by spaces (澎湃号 > 某某发布): the channel and the account, a few words each.
_CRUMB_PAIR = re.compile(r"^[^，。！？>＞›»\s]{1,8}\s+(?:>|＞|›|»)\s+[^，。！？>＞›»]{1,12}$")
# Words of comment, vote, share and follow widgets: a short line without sentences that holds one is a widget.
_WIDGET = re.compile(
    r"(跟贴|跟帖|网友评论|发表评论|我要评论|条评论|评论\s*[(（]?\d|人参与|参与讨论|热词|点赞|赞\s*[(（]?\d|踩\s*[(（]?\d|"
    r"收藏|打赏|投票|举报|登录|注册|扫一扫|扫码|二维码|客户端|公众号|关注我们|点击关注|分享到|分享至|转发|复制链接|"
    # a blog space's reprint and share buttons and its reprint counter (转载到我的空间, 分享给好友, 本文已被转载 3 次)
    r"转载到|分享给|被转载\s*\d+\s*次|"
    # a forum's or a gallery's prompt to open the pictures (温馨提示：该贴包含 2 张图片，点击图片可查看大图)
    r"(?:点击|点)(?:图片)?(?:可|即可)?查看(?:大图|原图)|"
    # an account's closing call to tap 在看 (点个“在看”, 点亮在看)
    r"点[个亮击]?\s*[“\"「『【]?在看|"
    # an account's keyword-reply menu (1、回复【社保】查询…), a comment box's counter (已输入0字)
    r"回复\s*[【\[“\"「][^】\]”\"」]{1,12}[】\]”\"」]|(?:已输入|还能输入|还可输入)\s*\d+\s*字|"
    # a call to scan the code set beside it (扫描下方二维码…): a caption of people scanning one names no place
    r"扫描(?:下方|上方|左侧|右侧|左边|右边|下面|上面|文末|图中)的?二维码|"
    # a gallery's count of its pictures (游戏截图（共8张）)
    rf"{PICTURE_COUNT}|"
    # a font-size control (字体大小[大 中 小], 字体：大 中 小)
    # (字号：大 中 小, 【字号 大 中 小】; not the word in a sentence or a heading: 二、字号小、没有换乘信息)
    r"字号\s*(?:[:：]|[【\[]?\s*大\s*[中小])|字体大小|字体\s*[:：]|打印|关闭窗口|返回顶部|"
    # a button to report an error in the article, standing as a tool's label (【纠错】, 我要纠错)
    r"(?:^|[【\[])(?:我要)?纠错(?:[】\]]|$)|"
    # a comment box's prompt (发表意见, 我要留言) and an ad slot's label alone on its line (广告, 推广)
    r"(?:^|[【\[])\s*(?:我要)?(?:发表意见|留言)\s*(?:[】\]]|$)|"
    rf"^{AD_SLOT_LABEL}$|"
    # (a forum thread's buttons to the board's previous and next threads: 上一主题, 下一主题)
    r"上一篇|下一篇|上一页|下一页|上一主题|下一主题|加载更多|加载中|查看更多|点击查看|更多精彩|点击进入|"
    # a paged article's pager alone on its line (【 第1页 第2页 】), or a thread's with its count (共 1 页 1)
    r"^[【\[（(]?\s*(?:第\s*\d{1,3}\s*页\s*){2,}[】\]）)]?$|^共\s*\d{1,4}\s*页(?:\s*\d{1,4})*$|"
    # a forum post's header tools
    r"只看该作者|只看楼主|倒序浏览|阅读模式|电梯直达|"
    r"版权所有|Copyright|©|(?:^|\s)回复(?:$|\s|[(（]\d)|(?:支持|反对|顶|有用|没用)\s*[(（\[]\d+[)）\]])",
    re.IGNORECASE,
)
# A site footer's words: registration and licence numbers, the illegal-content hotline (违法和不良信息举报; a
# bare 举报电话 closes many notices), the copyright line. Read on a line without its whitespace (人 民 网 … 版 权
# 所 有), as chrome even when written as a sentence: no article line holds them.
_FOOTER = re.compile(
    r"ICP[备证]|公网安备|网站标识码|[A-Z]\d-\d{8}|许可证[:：]?\S{0,8}\d{5}|不良信息举报|"
    r"版权所有(?![者人])|copyright(?:©|\(c\)|\d)|allrightsreserved|©\d{4}|"
    # a line opening on the sign, the holder's name and then the year (© 某某网(Example.NET) 2024 - 某某公司)
    r"^©.{0,30}?(?:19|20)\d{2}",
    re.IGNORECASE,
)
_FOOTER_CHARS = 150
_AD_LINE = re.compile(rf"^{AD_LINE}$")
# A menu printed as one line: four or more short items between vertical bars (关于我们 | 联系我们 | 网站声明 …).
_MENU = re.compile(r"^[^|｜，。]{1,12}(?:[|｜][^|｜，。]{1,12}){3,}$")
# A reader's comment printed as one row: the poster (a name, a place and 网友), perhaps the address the site masks
# (61.145.*.*, bracketed or not), and the full time of the comment (date and time of day) before its text. An
# article's prose names no one before a timestamp.
_COMMENT_ROW = re.compile(
    r"^[^\s，。！？、,.!?：:]{2,24}\s+(?:[\[［(（]?\s*\d{1,3}\.\d{1,3}\.(?:\d{1,3}|\*)\.\*\s*[\]］)）]?\s*)?"
    r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s+\S"
)
# A reader's row over the comment: a name (no label, no sentence) and the full time, nothing after it; a board
# may print the poster's masked address between them (网友 [222.89.*.*] 2011-08-16 10:21).
_MASKED_ADDRESS = r"[\[［(（]\s*(?:IP\s*[:：]\s*)?\d{1,3}(?:\.(?:\d{1,3}|\*)){3}\s*[\]］)）]"
_ADDRESS_AT = re.compile(_MASKED_ADDRESS)
_POSTER_ROW = re.compile(
    r"^(?=[^\d])([^\s，。！？、,.!?：:]{1,24})\s*(?:" + _MASKED_ADDRESS + r"\s*)?"
    + r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*"
    r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$"
)
# Words that make the name's place a time's label (更新于, 北京时间, 发布时间, 最后更新): a live report's dated
# updates print them, and those rows name when, not who.
_TIME_LABEL_WORDS = re.compile(r"更新|发布|发表|编辑|时间|日期|截至|截止|[于在]$", re.IGNORECASE)


def is_poster_row(line: str) -> bool:
    """Whether a line is a poster's name and the full time of a post (网友12 2024-01-12 09:00), and no more."""
    row = _POSTER_ROW.match(line.strip())
    return row is not None and not _TIME_LABEL_WORDS.search(simplified(row.group(1)))


def is_signed_row(line: str) -> bool:
    """Whether a line is a poster's row that prints the poster's address, masked or not (网友 [222.89.*.*] 2011-08-16
    10:21): a reader's comment signs so, and no article's line does."""
    return is_poster_row(line) and _ADDRESS_AT.search(line) is not None


# A poll's buttons with their counts (有用(12) 没用(1), 支持[3] 反对[0]): two on a line make it the poll, whatever
# question it asks; a page's count of its readers under its label (阅读量：12345, 浏览次数：3.2万).
_VOTE_COUNT = re.compile(r"(?:支持|反对|顶|踩|有用|没用|有帮助|没帮助)\s*[(（\[]\d+[)）\]]")
_READ_COUNT = re.compile(
    r"^(?:阅读|浏览|点击|访问|观看)(?:量|数|次数|人数)?\s*[:：]?\s*\d[\d,.]*\s*[万千]?\+?\s*次?$"
    # ... or its label alone, the count a script prints left out of the page as saved (点击数：<script>…</script>)
    r"|^(?:阅读|浏览|点击|访问|观看)(?:量|数|次数|人数)\s*[:：]$"
)
# A thread's or an article's counters in one row (查看: 3421|回复: 56, 阅读 1.2万 评论 35).
_COUNTS_ROW = re.compile(
    r"^(?:(?:查看|回复|浏览|阅读|评论|点赞|收藏|转发|人气)(?:数|量|次数)?[:：]?\d[\d,.]*[万千]?\+?[|｜/·]?){2,}$"
)
# A forum post's floor mark, a line of its own: 2#, 3楼, 沙发 (the first reply), 楼主 (the thread's poster).
_FLOOR = re.compile(r"^(?:\d{1,5}\s*(?:#|楼)|沙发|板凳|地板|楼主)$")
# A board's rating log under a post: the rater's handle, the currency and the points given, maybe the reason
# (某某 金币 +5 感谢分享, 某某 红花 +1).
_RATING_ROW = re.compile(r"^[^\s，。！？]{2,24}\s+(?:金币|金钱|威望|积分|红花|经验|贡献|论坛币|声望|学术分)\s*[+＋-]\s*\d{1,4}(?:\s+\S{1,20})?$")
# A poster's signature under each of a thread's posts (签名：…, 个性签名：…): the forum prints it, whatever it says.
_SIGNATURE = re.compile(r"^(?:个性)?签名档?\s*[:：]")
# A picture's camera data, three of its labels or more on one line (Canon EOS 5D | 拍摄时间: … | 光圈: F/8.0 | 快门:
# 1/125s | ISO: 100): the EXIF a photo forum prints under each picture, no line the poster wrote.
_EXIF_LABEL = re.compile(r"(?:光圈|快门|ISO|焦距|曝光(?:时间|补偿)?|感光度|拍摄时间|镜头)[:：]", re.IGNORECASE)
_EXIF_LABELS = 3
# A post's attachment, its label and file name the whole line over its picture (图片:IMG_0412.JPG), as PHPWind prints
# it: the forum's record of the upload, a name the camera gave, no line the poster wrote; not a tail's start (the
# post goes on under the picture).
_ATTACHMENT_NAME = re.compile(r"^(?:图片|附件)[:：][^，。！？]{1,40}\.(?:jpe?g|png|gif|bmp|webp)$", re.IGNORECASE)
# The original headline of a rewritten article, and other labels that are never body.
_LABEL_LINE = re.compile(
    rf"^[（(【\[]?\s*(?:{ORIGINAL_TITLE_LABELS}|本文来源|文章来源|责任编辑|责编|编辑|(?:您|你)(?:现在|当前|目前)?所?在?的?位置|(?:当前|所在|目前)位置)\s*[:：]"
    # the source credited with a bar for its colon (来源|某某发布、某某晚报), as an account's staff lines print theirs
    r"|^(?:本文|文章)?来源\s*[|｜丨]"
    rf"|^[（(【\[]?\s*{ORIGINAL_TITLE_AS}"
    # A bulletin board post's header lines (terms.POST_HEADER_LABELS; its subject line is `_POST_SUBJECT`).
    rf"|^{alternation(POST_HEADER_LABELS)}\s*[:：]"
)
# ... and its subject line, the label's two characters spaced apart (标  题: …) as the boards print it: a line
# labelled 标题： may be a card's field of the article's own.
_POST_SUBJECT = re.compile(r"^标\s+题\s*[:：]")
# A label with nothing after it (记者：, 攝影：, 发布日期：, 字級：): the row's value was a widget, a script slot or
# a link the reading left out (the font-size buttons after 字級：), so the line says nothing of the article. Byline,
# time and page-tool labels only: a lead-in of the article's own (具体措施如下：) names no such field. The line is
# matched folded (`simplified`: 發佈時間 arrives as 发布时间), so each label is written once, simplified. The
# editor's and the source's labels that _LABEL_LINE takes with or without a value (编辑, 本文来源 …) are left to it.
_EMPTY_LABEL = re.compile(
    r"^[（(【\[]?(?:作者|撰文|记者|摄影|通讯员|来源|新闻来源|稿源|"
    r"发布时间|发布日期|发表时间|时间|日期|字号|字级|字体|分享)[:：][）)】\]]?$"
    # A page tool's label left alone when its buttons are pictures (字級 A A A): no colon after it either.
    r"|^(?:字号|字级|字体|字体大小)$"
    # A time label with the clock alone, its day in the row under the headline (建立時間：14:56, 更新時間：18:46).
    r"|^(?:建立|创建|发布|发表|更新|修改|最后更新)(?:时间|日期)?[:：]\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$"
)
# The row of tags or keywords an outlet files the article under (标签：降雪 交通, 关键词：…, Tags: …): its label and
# short items, no sentence; or the tags alone, each after its hash mark (#马拉松　#路跑). Matched folded, as the
# labels above are. A post's topic is closed by a second mark (#话题#) and stays.
_TAG_ROW = re.compile(r"^(?:本文)?(?:标签|关键词|关键字|tags?)\s*[:：][^。！？；，,]{0,50}$|^(?:[#＃][^\s#＃。！？，,]{1,12}\s*){2,}$",
                      re.IGNORECASE)

# A tag row's label, up to its colon (关键词：).
_TAG_LABEL = re.compile(r"^[^:：#＃]*[:：]")


def tag_items(line: str) -> list[str]:
    """The tags of a tag row (`_TAG_ROW`: 关键词：闭水试验 卫生间防水, #马拉松 #路跑), each without its label or hash mark; []
    for any other line."""
    if not _TAG_ROW.match(line):
        return []
    rest = _TAG_LABEL.sub("", line)
    return [item.strip("#＃") for item in rest.split() if item.strip("#＃")]


_HEADING = re.compile(
    r"^(?:相关|推荐|热点|热门|精彩|延伸|猜你|大家都在|更多|今日|编辑推荐|重点推荐|排行|最新|网友|热评|评论|专题|阅读排行|往期|为你|为您|"
    r"图片|视频|独家|头条|要闻)(?P<rest>[^，。！？,.!?]{0,10})$"
)
# After its lead word a list's heading names what it lists (热门推荐, 最新资讯) or says little (猜你喜欢, 大家都在看); a
# cross-head opening on the word says more (热门专业竞争加剧, 网友热议停车难).
_HEADING_REST = 4
# The count of the comments below, heading them as 评论(12) does: 12条评论, 共8条回复, 全部36条跟帖.
_COMMENT_COUNT = re.compile(r"^(?:共|全部)?\d+条(?:评论|跟帖|跟贴|回复|留言)$")
# The end mark self-media authors print under their article (- END -, —— end ——, - THE END -): what follows is theirs
# to promote, not the article.
END_MARK = re.compile(r"^[-—–=_·•~\s]*(?:(?:THE|The|the)\s*)?(?:END|End|end)[-—–=_·•~\s]*$"
                      # a post's signature mark, two dashes or a rule of them alone on the line: the poster's
                      # signature follows
                      r"|^-{2,}$")
_BRACKETED = re.compile(r"^[\[【〔［](.+)[\]】〕］]$")
# The label of a line that links another page after it (【政策原文】, 相关链接：): a few words in brackets, or before a
# colon (rules/apply.py reads it before a rule's closing link too).
LINK_LABEL = r"(?:【[^】]{2,8}】|[^\s，。！？：:]{2,8}[:：])"
_LINK_LABEL = re.compile(rf"^{LINK_LABEL}$")
_HEADING_WORDS = re.compile(r"(推荐|相关|热点|热门|排行|阅读|新闻|评论|资讯|专题|要闻|精彩|看点|猜你|更多|回顾)")
# An outlet's reports as what a list holds, closing its heading (更多中央社報導, folded): a heading that names the
# outlet runs past `_HEADING_REST`.
_REPORTS_OF = re.compile(r"(?:报道|报导)$")

# Below this many characters a line without sentence punctuation is not prose.
_PROSE_CHARS = 40
_SHORT_CHARS = 30


def page_link_texts(root: Element) -> frozenset[str]:
    """The texts (whitespace removed) of the page's links to other pages, 4 characters or longer.

    Read before the body reading consumes the tree. In-page anchors and script links are not other pages.
    """
    texts = set()
    for anchor in root.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        text = line_key(text_of(anchor))
        if len(text) >= 4:
            texts.add(text)
    return frozenset(texts)


class _LinkIndex:
    """The page's link texts arranged for the two questions `_link_share` asks of every body line.

    Is a line part of some link text: one substring search in the texts joined by a separator no line holds.
    Which link texts occur in a line: the texts filed by their first two characters, looked up by the line's
    pairs of characters. Both instead of a loop over every link of the page for every line.
    """

    __slots__ = ("by_start", "joined", "ordered")

    def __init__(self, links: frozenset[str]) -> None:
        self.joined = "\x00".join(links)
        self.by_start: dict[str, list[str]] = {}
        for text in links:
            self.by_start.setdefault(text[:2], []).append(text)
        # The texts the walk can find (two characters or more), in the order `inside` gives them.
        self.ordered = sorted((text for text in links if len(text) >= 2), key=lambda text: (-len(text), text))

    def holds_most_of(self, key: str) -> bool:
        """Whether `key` is half or more of some link text: a part of a link whose text breaks over lines. A
        shorter part is a phrase another article's headline quotes (a slogan of this article in a related
        list's title), not a piece of that link."""
        joined = self.joined
        at = joined.find(key)
        while at >= 0:
            start = joined.rfind("\x00", 0, at) + 1
            end = joined.find("\x00", at)
            if 2 * len(key) >= (end if end >= 0 else len(joined)) - start:
                return True
            at = joined.find(key, at + 1)
        return False

    def inside(self, key: str, limit: int | None = None) -> list[str]:
        """The link texts that occur in `key`, longest first (the first `limit` of them, when given)."""
        if len(self.ordered) <= 2 * len(key):
            # Few texts for a long line: a substring test per text costs less than a lookup per position. The
            # texts are in the order given, so the walk stops at the limit.
            found_in_order = []
            for text in self.ordered:
                if text in key:
                    found_in_order.append(text)
                    if len(found_in_order) == limit:
                        break
            return found_in_order
        # A text occurs in the line only where its first two characters do: the line's pairs of characters,
        # cut and matched against the filed ones in C, leave the few texts to test.
        pairs = set(map(key.__getitem__, map(slice, range(len(key) - 1), range(2, len(key) + 1))))
        found = {text for start in pairs & self.by_start.keys() for text in self.by_start[start] if text in key}
        return sorted(found, key=lambda text: (-len(text), text))[:limit]


@lru_cache(maxsize=4)
def _link_index(links: frozenset[str]) -> _LinkIndex:
    return _LinkIndex(links)


def link_share(line: str, links: frozenset[str]) -> float:
    """The share of `line`'s characters (whitespace aside) inside the texts of the page's links (`page_link_texts`)."""
    return _link_share(line_key(line), links)


def _link_share(key: str, links: frozenset[str]) -> float:
    """The share of a line's characters inside link texts that occur in it (the whole line first)."""
    return _link_cover(key, links)[0]


def _link_cover(key: str, links: frozenset[str]) -> tuple[float, str]:
    """`_link_share`, and the line's text outside those link texts."""
    if not key:
        return 0.0, ""
    index = _link_index(links)
    if key in links or (len(key) >= 6 and index.holds_most_of(key)):
        # The whole line is a link's text, or most of one (a link whose text breaks over lines).
        return 1.0, ""
    covered = 0
    rest = key
    # Lines of other articles' cards hold one or two link texts (headline, channel) plus a date or a count.
    for text in index.inside(key, 4):
        if text in rest:
            rest = rest.replace(text, "\x00", 1)
            covered += len(text)
    return covered / len(key), rest.replace("\x00", "")


def _names_a_list(rest: str) -> bool:
    """Whether what follows a list heading's lead word (`_HEADING`) is short or names the list's kind, or closes
    on the word for an outlet's reports after its name (更多中央社報導)."""
    return len(rest) <= _HEADING_REST or _HEADING_WORDS.search(rest) is not None or _REPORTS_OF.search(rest) is not None


def _heading_or_label(line: str, key: str) -> Kind | None:
    """A recommendation heading, a comment count or an end mark (HEADING), a label line (META); `line` and `key`
    folded."""
    # The same heading in brackets ([相关新闻], 【推荐阅读】).
    bare = _BRACKETED.sub(r"\1", key)
    heading = _HEADING.match(bare) if len(bare) <= 16 else None
    if heading and _HEADING_WORDS.search(bare) and _names_a_list(heading["rest"]):
        return Kind.HEADING
    if _COMMENT_COUNT.match(key) or END_MARK.match(line):
        return Kind.HEADING
    labelled = _LABEL_LINE.match(key) or _EMPTY_LABEL.match(key) or _TAG_ROW.match(line) or _POST_SUBJECT.match(line)
    return Kind.META if labelled or REPOST_BYLINE.match(key) or is_repost_note(key) else None


# A field of a table row that is a figure (806.4, -3.8%, 52.7%): a widget counts in whole numbers (评论 26, 点赞 1.2万).
_FIGURE_FIELD = re.compile(r"(?:^|(?<=\s))[-+]?\d+(?:\.\d+)?%?(?=\s|$)")


def _is_figures_row(line: str) -> bool:
    """A row of an article's table of figures (客户端游戏 571.9 -3.8%): two figures or more, one a decimal or a
    share. Its label may hold a widget's word (客户端) as a market's or a product's name."""
    figures = _FIGURE_FIELD.findall(line)
    return len(figures) >= 2 and any("." in figure or "%" in figure for figure in figures)


# A widget's button, tool or prompt says little besides its word (收藏, 扫码关注, 举报 12); a cross-head that holds
# the word as the article's (扫码从“可选项”变成“必选项”, 网络投票如何防刷) says this much more, and no call to act.
_PHRASE_CHARS = 9
_TOOL_TAIL = re.compile(r"[\s\d()（）\[\]【】]*$")
_CALL_WORDS = re.compile(r"下载|关注|点击|查看|长按|识别|打开|进入|订阅|添加|搜索|安装|领取|参与|立即|马上")


def _is_widget_line(line: str) -> bool:
    """Whether a short line holds a widget's word (`_WIDGET`) as a widget does: with few other words, or a call."""
    found = list(_WIDGET.finditer(line))
    if not found:
        return False
    # A row's tools trail it (某帖标题 编辑 回复): the word closes the line, with at most a count after it.
    if not _TOOL_TAIL.match(line, found[-1].end()):
        rest = _WIDGET.sub("", line)
        return len(CJK.findall(rest)) < _PHRASE_CHARS or _CALL_WORDS.search(rest) is not None
    return True


def _label_kind(line: str, key: str, prose: bool) -> Kind | None:
    """Chrome told by its words: recommendation headings, labels, widgets, breadcrumbs (the headline: `classify`)."""
    kind = _heading_or_label(line, key)
    if kind is not None:
        return kind
    if (len(key) < 60 and not prose and _is_widget_line(line) and not _is_figures_row(line)) or is_notice(line, len(key)):
        return Kind.WIDGET
    if len(key) < 60 and (len(_VOTE_COUNT.findall(key)) >= 2 or _READ_COUNT.match(key) or _COUNTS_ROW.match(key)
                          or READ_TIME.match(line)):
        return Kind.WIDGET
    if _AD_LINE.match(key):
        return Kind.WIDGET
    if len(key) < _FOOTER_CHARS and _FOOTER.search(key):
        return Kind.WIDGET
    if (len(key) <= _SHORT_CHARS + 20 and len(_CRUMB.findall(line)) >= 2) or _CRUMB_LEVEL.match(key) or _CRUMB_PAIR.match(line):
        return Kind.META
    if _MENU.match(key):
        return Kind.META
    if _is_info_row(line, key, prose):
        return Kind.META
    if (
        _FLOOR.match(key) or _SIGNATURE.match(key) or _ATTACHMENT_NAME.match(key)
        or len(_EXIF_LABEL.findall(key)) >= _EXIF_LABELS or _is_board_row(line) or is_credit_line(line)
    ):
        return Kind.META
    return None


# A figure's or table's number opening a line (图1：, 表2　): its caption, which may credit its data and the period the
# data covers with labels of its own (数据来源：… 统计时间：…) without being a row of the article's fields.
_FIGURE_NUMBER = re.compile(r"^[图表]\s*\d{1,2}\s*[:：.．、\s]")


def _is_board_row(line: str) -> bool:
    """A reader's comment row (`_COMMENT_ROW`) or a board's rating row (`_RATING_ROW`)."""
    return _COMMENT_ROW.match(line) is not None or _RATING_ROW.match(line) is not None


def _is_info_row(line: str, key: str, prose: bool) -> bool:
    """Two labelled values or more in a short line: one that is no prose, or one as long as prose but without a
    sentence in it (作者：… 来源：… 发布时间：… 点击数：…: a row of many labelled fields runs long)."""
    if len(key) >= 60 or (prose and SENTENCE.search(line)) or _FIGURE_NUMBER.match(line):
        return False
    return len(set(_INFO_LABEL.findall(key))) >= 2 or _BARRED_FIELDS.match(line.strip()) is not None


# A row's labelled fields closed by its bar, printed a line each (发布者: 某账号| / 查看: 2356| / 评论: 3|来自: 某报, a
# Discuz! portal's row): no line of an article ends on a bar.
_FIELD = r"[^\s|｜:：]{1,6}\s*[:：]\s*[^|｜]{1,24}?\s*"
_BARRED_FIELDS = re.compile(rf"^(?:{_FIELD}[|｜]\s*)+(?:{_FIELD})?$")


def _shape_kind(line: str, key: str, core: str, prose: bool, links: frozenset[str]) -> Kind | None:
    """Chrome told by its shape: link text, a date row, a bare number, a headline with its date."""
    share, unlinked = _link_cover(core, links) if core else (0.0, "")
    if share >= 0.7 and not prose:
        if len(core) >= 8:
            return Kind.LINK
        # A short link with a date after it: a poster's name and the time (or the day) of the comment.
        return Kind.META if _trailing_day(key) else Kind.SHORT_LINK
    # A sentence that is mostly a link's text is a linked headline (延伸阅读：《…，…》), unless the words outside
    # the link make the sentence (据悉，详见<a>…的通知</a>。): an article's paragraph citing a document.
    if share >= 0.7 and len(core) >= 8 and not SENTENCE.search(unlinked):
        return Kind.LINK
    # A label and another page's title as the rest of the line (【政策原文】<a>某某办法</a>, 相关链接：<a>…</a>): where
    # to read on, however short the title is beside its label.
    if share >= 0.5 and len(core) >= 8 and _LINK_LABEL.match(unlinked):
        return Kind.LINK
    # Only a line that is no prose is asked for its date: a search of the whole line, and prose lines are long.
    date = None if prose else _DATE.search(key)
    if date and (_is_schedule_row(line) or _DISPATCH_LINE.match(key) or _DATA_CREDIT.match(key)):
        return Kind.TEXT
    if date:
        rest = len(key) - len(date.group(0))
        if rest <= 2 and not _TIME.search(key):
            return Kind.DATELINE
        # The day of the week beside the date (今天是：2010年5月19日 星期三) is the date's too.
        if _META_LABEL.search(line) or _TIME.search(key) or rest - sum(map(len, _WEEKDAY.findall(key))) <= 6:
            return Kind.META
    if core.isdigit() or not core:
        return Kind.META
    return _item_kind(line, key)


# Symbols (emoji), private-use and unassigned characters: a line of nothing else says nothing.
_NO_TEXT = frozenset({"So", "Co", "Cn"})


# A dispatch printed as a line of its own above the text (网易探索3月13日报道, 本报北京3月12日讯): the outlet, a place
# maybe, the day and the word that it reports; the article's lead, as when it opens the first paragraph.
_DISPATCH_LINE = re.compile(r"^[\u4e00-\u9fff]{2,12}(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:电|讯|報道|报道|消息|专电)$")


# The credit under a table of the article's figures, with the day they run to (数据来源：某某，统计截至2022年5月31日):
# the article's, as the table is; no date row.
_DATA_CREDIT = re.compile(r"^[（(]?(?:数据|资料)来源[:：][^。！？]{0,30}截[至止]")


def _is_schedule_row(line: str) -> bool:
    """A row of the article's schedule (第一时段 7月1日9:00 7月3日17:00): a label, then two dates or more, the
    fields parted by spaces as a table's cells are. A byline row prints one date, or a second under its own label
    (更新时间：…); a list item or a comment row one."""
    fields = line.split()
    dated = [field for field in fields if _DATE.match(field)]
    return len(dated) >= 2 and not _DATE.match(fields[0]) and not _META_LABEL.search(line)


def _item_kind(line: str, key: str) -> Kind | None:
    """A list item of other articles: a headline with its date after it or its time before it, a teaser."""
    headline = len(key) < 60 and not SENTENCE.search(line)
    if headline and (_trailing_day(key) or _LEADING_TIME.match(key)):
        return Kind.ITEM
    if len(key) >= 20 and is_teaser(key):
        return Kind.ITEM
    return None


def _prose(line: str, key: str) -> bool:
    if len(key) >= 12 and SENTENCE.search(line):
        return True
    # A web address printed in a line is no prose however long it runs: a table page's date row opens on the site's
    # (http://www.example.com 2010-08-17 00:41:52 【打印本页】), and only the words around it are counted.
    if len(key) >= _PROSE_CHARS and ("://" in key or "www." in key):
        return len(_WEB_ADDRESS.sub("", key)) >= _PROSE_CHARS
    return len(key) >= _PROSE_CHARS


_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)[\w./?=&%#:~+-]+", re.ASCII)


def classify(line: str, links: frozenset[str], title_key: str) -> Kind:
    """The kind of one body line (see the module docstring)."""
    key = line_key(line)
    # The headline repeated (or a line holding it and little more) is META, unless a heading or a label;
    # the rest does not depend on the headline, so it is read once per line and page (`_untitled_kind`):
    # inserts.card_lines and clean_lines read the same lines.
    if _may_hold_headline(key, title_key):
        folded, title = simplified(key), simplified(title_key)
        headline = folded == title or (
            title and len(folded) < len(title) + 12 and title in folded and not _prose(line, key)
        )
        if headline and _heading_or_label(simplified(line), folded) is None:
            return Kind.META
    if getattr(_PAGE, "links", None) is not links:
        # Another page (its own link set): the kinds read for the one before are let go.
        _PAGE.links, _PAGE.kinds = links, {}
    kinds: dict[str, Kind] = _PAGE.kinds
    if line not in kinds:
        kinds[line] = _untitled_kind(line, links)
    return kinds[line]


def kind_by_words(line: str) -> Kind:
    """The kind of one line told without the page's link texts and headline: by its words and shape alone.

    Not kept with the page's kinds (`classify`): a caller with no link set of the page would otherwise keep
    every line it asks about for as long as the thread runs.
    """
    return _untitled_kind(line, frozenset())


def _may_hold_headline(key: str, title_key: str) -> bool:
    """Whether `classify`'s headline test can hold, by lengths alone: folding keeps every length (one
    character for one), and the test asks for the headline itself or a line at most 11 characters longer
    that holds it (with no headline, only an empty line equals it)."""
    if not title_key:
        return not key
    return len(title_key) <= len(key) < len(title_key) + 12


# The kinds read on the current page, per thread (batch reads pages on several threads).
_PAGE = threading.local()


def _untitled_kind(line: str, links: frozenset[str]) -> Kind:
    """`classify` but for the headline test."""
    key = line_key(line)
    # The pattern ends at `$`, so it matches once at most: cutting the match is its substitution.
    date = _trailing_day(key)
    core = _BULLET.sub("", key[: date.start()] + key[date.end() :] if date else key)
    prose = _prose(line, key)
    folded = simplified(line)
    kind = _label_kind(folded, simplified(key), prose)
    kind = kind or _shape_kind(folded, key, core, prose, links)
    if kind is not None:
        return kind
    if all(char == "\ufffd" or unicodedata.category(char) in _NO_TEXT for char in key):
        # Emoji, private-use signs or the marks of characters the page's encoding lost (������): no text to read.
        return Kind.WIDGET
    if prose:
        return Kind.PROSE
    # Only a line with Chinese in it: short ASCII lines in a Chinese page are code or commands, not tags.
    short = len(key) <= _SHORT_LINE and not _PUNCT.search(key) and CJK.search(key)
    return Kind.SHORT if short else Kind.TEXT
