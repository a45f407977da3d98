"""Word tables of enumeration markers (一是 / 二要, 第一 / 第二点, （一）, ①, 首先 / 其次 / 最后, 其一), kept as data.

`markers.py` reads a marker at a position with them, `scan.py` tells a speaker's closing words from a list's
last item, and `items.py` lets kin families carry one run on. As in `terms.py`, Chinese lives here.
"""

from __future__ import annotations

CN_DIGITS: dict[str, int] = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# 首先 / 其次 / 再次 / 最后: the last word closes the sequence whatever its length.
ORDINAL_WORDS: dict[str, int] = {"首先": 1, "其次": 2, "再次": 3, "再者": 3, "最后": -1}
# What after 最后 makes it the speaker's closing words, not the last item of a run: "最后，本人…欢迎…", "最后，祝…".
CLOSING_WORDS: tuple[str, ...] = ("本人", "我", "让我", "请允许", "祝", "衷心", "在此", "借此", "谨")
# What may follow an ordinal word for it to be a marker ("首先，", "首先要", "其次是").
ORDINAL_FOLLOWERS = "，,：:要是"
# Counter words after 第N that make it a marker without a separator ("第二点", "第三方面"); longest first. Any of
# them may take 是 after it ("第二点是", "第一步是"), and 是 alone makes one too ("第二是").
ORDINAL_COUNTERS: tuple[str, ...] = ("方面", "点", "个", "条", "项", "步")
ORDINAL_IS = "是"
# A modal right after 第N makes it a marker too, the item's text starting at the modal ("第一要夯实…，第二要打通…",
# as "首先要…"); only a run 第一 … 第二 … in order counts, so "第一要务" alone is none.
ORDINAL_MODAL = "要"
# A bare 第N glued to its item ("…；第三全院要…") carries on a run of two or more after a semicolon or a stop; not
# before what an ordinal forms a word with (第三方, 第二大, 第一书记; and NUMBERED_NOT_AFTER's counters).
BARE_ORDINAL_AFTER = "；;。"
BARE_ORDINAL_NOT_AFTER = "方者大课书手"
# Separators skipped between a marker and its text ("第一，要…").
MARKER_SEPARATORS = "，,、：:"
# A Chinese numeral and one character make a family of oral markers: 一是 / 一要 are the common ones, but any
# verb or particle does (一抓…二抓…, 一则…二则…, 一看…二看…), since only a run 一X … 二X … in order counts.
# Counters and words that a number forms with are no markers: 一季度…二季度, 一审…二审, 一线…二线, 一中…二中.
NUMBERED_NOT_AFTER = (
    "季年月日号天周次个批期级等类种项名位人户家座条件份线档轮组只台辆倍成半百千万亿层楼中小院高审模产把胎星环带"
    "元角分秒时点米吨斤里度岁代届版章节款部场回遍段套双对张篇本页所支队班连营团师军旅区片村镇乡县市省、，,"
)
# "其一，…其二，…": an ordinal of its own family, followed by a separator or 是 / 要.
ORDINAL_PREFIX = "其"
# Oral families a writer switches between inside one list ("一是…；二是…；三要…；四要…"): once two markers of one
# of them have made a run, the next number in the other carries that run on in the same paragraph. A lone 一是
# followed by 二要 is no run.
KIN_FAMILIES: frozenset[str] = frozenset({"一是", "一要"})
