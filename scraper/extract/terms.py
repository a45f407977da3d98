"""Word tables of the extraction stage, kept as data: one table per concern.

The words more than one reader needs live here: labels.py, density.py, boilerplate.py, generic.py, body.py,
text.py and the site rules build their patterns from these tables instead of keeping their own copies, so a
new label or a new list heading is one table entry. Words only one reader uses stay beside it (dom.py's date
labels), and NetEase's own widget lines live with NetEase (rules/netease.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# --- labels: the words printed before a value (来源：新华社, 责任编辑：王五, 作者：李四) ---------------------
SOURCE_LABELS: tuple[str, ...] = (
    "本文来源", "文章来源", "新闻来源", "信息来源", "来源", "稿源", "供稿单位", "供稿", "出处", "Source"
)
EDITOR_LABELS: tuple[str, ...] = ("责任编辑", "本文编辑", "责编", "编辑", "Editor")
# 文字整理: who set down a programme's text from its recording, a writing role (as 撰文 is), printed in its info row.
# 原作者: a community portal's row naming the writer of a text its account reposted (发布者: 某账号 | 原作者: 王五).
AUTHOR_LABELS: tuple[str, ...] = ("作者", "原作者", "文", "撰文", "文字整理", "记者", "博主", "By", "by")
# Other labels of an info line. A value that starts with a label is the next label, not a value. A time's label
# names its kind before 时间 (来源：北京卫视播出时间：… is the source 北京卫视, then the air time).
INFO_LABELS: tuple[str, ...] = (
    "发布时间", "播出时间", "首播时间", "更新时间", "发稿时间", "录入时间", "时间", "举报", "字号", "分享", "阅读",
)
ALL_LABELS: tuple[str, ...] = (*SOURCE_LABELS, *EDITOR_LABELS, "作者", "撰文", "记者", *INFO_LABELS)
# Staff roles printed beside the editor (责任编辑：王五 核稿编辑：李四): each ends the value before it and gives no
# editor of its own. A role ending in 编辑 would otherwise be found from its 编辑 and leave its first words (核稿) on
# the name before it.
STAFF_LABELS: tuple[str, ...] = (
    "核稿编辑", "值班编辑", "美术编辑", "文字编辑", "图片编辑", "视频编辑", "执行编辑", "实习编辑", "校对", "审核", "审校", "终审",
)

# --- metadata lines: a paragraph that opens with one of these labels and a colon is metadata, not body ------
# 作者： is not among them: in an HTML body it is often the article's own byline, kept as printed; a text
# dump's header reads it as metadata (text.py adds it there).
# Labels of a summary box above the article (摘要, 导读, 核心提示, 内容提要), in the order a regex tries them.
SUMMARY_WORDS: tuple[str, ...] = ("摘要", "导读", "核心提示", "内容提要", "提要")
# The reporter's and the correspondent's roles before their names, in both scripts (本报记者 王五, 記者 王五, 通讯员 李四).
REPORTER_ROLES: tuple[str, ...] = ("记者", "記者")
CORRESPONDENT_ROLES: tuple[str, ...] = ("通讯员", "通訊員")
META_LINE_LABELS: tuple[str, ...] = ("本文来源", "来源", "责任编辑", "编辑")
BYLINE_LABEL = "作者"

# --- widget lines: share and page tools printed as a line of their own ------------------------------------
SHARE_WORDS: tuple[str, ...] = ("分享至", "分享到", "分享")
PAGE_TOOL_WORDS: tuple[str, ...] = ("扫一扫", "关注我们", "返回顶部", "打印", "关闭窗口")
# An ad slot's label alone on its line (广告, - 推广 -, - ADVERTISEMENT -), its slot filled by a script the page never ran, and a
# gallery's count of its pictures (游戏截图（共8张）): patterns, for the line readers of the rules' bodies and of the
# generic reading alike.
AD_SLOT_LABEL = r"[-—–·\s]*(?:广告|推广|廣告|推廣|ADVERTISEMENT|Advertisement|advertisement)[-—–·\s]*"
# An ad's link under its label in brackets ([推广] 某某婚博会开幕 免费索票, 【广告】…): the slot's, whatever it says.
AD_LINE = r"[\[【［]\s*(?:广告|推广|廣告|推廣)\s*[\]】］][^\n]{0,60}"
PICTURE_COUNT = r"[（(]共\d{1,3}张[）)]"
# The mark ending a line that leads into what follows it (…成绩如下：, 主要更新内容如下：): a table's rows, a list's
# items, a card's fields are then the article's.
LEAD_IN_ENDS = ("：", ":")


def announces(line: str) -> bool:
    """Whether `line` leads into what follows it: it ends in a colon (…成绩如下：)."""
    return line.rstrip().endswith(LEAD_IN_ENDS)


# The labels of a bulletin board post's header lines (发信人: 某某 (昵称), 信区: Travel / 发信站: 某某社区 (Sat Jul 17
# 21:05:32 2010), 站内): the poster and the server's stamp, printed over the post's text (line_kinds.py leaves them out
# of the body; bulletin.py reads the post's time from the stamp).
POST_STAMP_LABEL = "发信站"
POST_HEADER_LABELS = ("发信人", POST_STAMP_LABEL, "转信站")


# A gallery's buttons and the counter of the picture it shows (上一张 1/6 下一张): a gallery box's (boxes.py), or a line
# of their own left by a reading (notices.py).
PICTURE_BUTTONS = r"上一张|下一张"
PICTURE_COUNTER = r"\d{1,3}\s*/\s*\d{1,3}"
# A card's field, a short label and a short value (户型：三室两厅, 报名截止：2014年10月10日): a data card's line, for
# the card in a box of its own (boxes.py) and the card's lines the generic reading is left with (clean.py).
CARD_FIELD = r"^[^\s，。！？：:]{1,6}\s*[:：]\s*[^\s。！？；;，,：:][^。！？；;，,：:]{0,15}$"

# --- headings of the blocks after an article -----------------------------------------------------------------
# Lists of other articles (相关推荐, 热点推荐, 排行 …): their titles and dates are never this page's.
LIST_HEADINGS: tuple[str, ...] = (
    "相关推荐", "热点推荐", "相关阅读", "相关新闻", "相关文章", "延伸阅读", "推荐阅读", "猜你喜欢", "热门推荐",
    "热门文章", "热门新闻", "排行", "排行榜", "精彩推荐", "大家都在看", "24小时热文", "热点新闻", "编辑推荐",
    "今日推荐", "图片推荐",
)  # fmt: skip
COMMENT_HEADINGS: tuple[str, ...] = ("网友评论", "热门评论", "最新评论", "热门跟贴", "网友热评", "跟贴", "评论")
# The right column of NetEase and portal pages, as a text dump shows it.
COLUMN_HEADINGS: tuple[str, ...] = (
    "头条要闻", "财经要闻", "体育要闻", "娱乐要闻", "科技要闻", "汽车要闻", "房产要闻", "数码要闻", "艺术要闻",
    "本地新闻", "态度原创", "公开课",
)  # fmt: skip
# The foot of the page: accessibility links, copyright, the platform's disclaimer.
FOOTER_OPENINGS: tuple[str, ...] = ("无障碍浏览", "进入关怀版", "网易公司版权所有", "©", "Copyright", "Notice: The content above")
DISCLAIMER_LABELS: tuple[str, ...] = ("特别声明",)

# --- breadcrumbs: levels that are no level (the article's own marker, "you are here") -------------------------
CRUMB_DROP: frozenset[str] = frozenset({"正文", "正文内容", "当前位置", "您的位置", "首页 正文"})


def alternation(words: Iterable[str]) -> str:
    """A regex group matching any of `words` literally, longest first (so 本文来源 wins over 来源)."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


def line_opening(labels: Iterable[str]) -> re.Pattern[str]:
    """A line that opens with one of `labels` and a colon, perhaps inside an opening bracket: （本文来源：…"""
    return re.compile(r"^[（(]?\s*" + alternation(labels) + r"\s*[:：]")


# A metadata line: 来源：…, （本文来源：…, 责任编辑 ：…
META_LINE = line_opening(META_LINE_LABELS)
# A reading-time estimate over or under the text (阅读本文大约需要 6 分钟, 全文约3200字，预计阅读时间8分钟): the
# template's, computed from the length. Only with the words that make it an estimate, not 每天阅读30分钟.
READ_TIME = re.compile(
    r"^[^。！？]{0,16}(?:阅读本文|阅读全文|读完本文|读完全文|阅读时间|阅读时长|预计阅读|阅读[约大]?[约概]?需)"
    r"[^。！？]{0,10}?\d+(?:\.\d+)?\s*分钟[。.]?$"
)
# An editor tag closing an article, a line of its own: 【编辑:陈海峰】, (责编：胡永秋、杨光宇), 责任编辑：王五.
EDITOR_TAG_LINE = re.compile(r"^[（(【\[]?\s*" + alternation(EDITOR_LABELS) + r"\s*[:：][^）)】\]]{0,30}[）)】\]]?$")
