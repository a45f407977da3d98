"""Body lines -> body lines without the page chrome a container or trafilatura swept in.

The generic path's readings (density.py, trafilatura) pick a container; on pages no rule was written for
that container often also holds what follows the article: other articles' headlines (with their dates or
summaries), comment and vote widgets, promo blocks, the date/source row and the breadcrumb above the
headline. None of that is named here by a site's literal text. Each line is classed by general signals:

1. link text: the line is (mostly) the text of links on the page — another article's headline, a channel;
2. list item: a short line that ends in a date or starts with a time (14:22 …: a rolling news row), or starts
   with a rank number or list bullet (a headline list);
3. widget: comment / vote / share / follow / reply vocabulary in a short line;
4. metadata: a short line holding a full date with a byline label (the date/source row), a poster's name
   and time, a breadcrumb or location bar, the headline itself, a bare number;
5. prose: what is left and reads as sentences (sentence punctuation or length).

Then, in order: leading chrome before the first prose line goes; from a recommendation heading (相关推荐,
重点推荐, 热点新闻, 往期推荐, an END mark …) or a start of comments onward everything goes when what follows
is mostly chrome — where prose enclosed by chrome, three times or more, counts as chrome: the teaser of
another article's card (headline, teaser, date) and a reader's comment (poster and time, comment, reply
and vote widgets) have that shape, an article's paragraphs follow one another; after the author's END mark
(- END -, - THE END -) everything goes even when it is prose, unless it holds more text than the article above it;
trailing chrome and a trailing run of short lines after the last prose line go; in between, lines that are
link text or widgets go.
"""

from __future__ import annotations

import itertools
import re
import threading
from enum import Enum
from functools import lru_cache

from .labels import byline_names
from .layout import text_of
from .needles import needles
from .terms import ALL_LABELS, alternation
from .tree import Element

__all__ = [
    "SENTENCE", "TEASER", "TRADITIONAL", "clean_lines", "is_byline", "is_original_title", "is_prompt_line", "is_repost_byline", "is_summary_label", "is_teaser", "link_share", "page_link_texts",
    "simplified",
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

_CJK = re.compile(r"[\u4e00-\u9fff]")
_PUNCT = re.compile(r"[，。！？；：、,.!?;:]")
SENTENCE = re.compile(r"[。！？；!?;]|[，,].*[，,。]")
_DATE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}[-/]\d{1,2}\s+\d{1,2}:\d{2}")
_TRAILING_DATE = re.compile(
    r"[\s(（\[【]*(?:(?:19|20)?\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/月]\d{1,2}日?)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?[)）\]】]?$"
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


# A rolling news row: the time first, then another article's headline (14:22 某公司发布公告).
_LEADING_TIME = re.compile(r"^(?:\d{1,2}[-/月]\d{1,2}日?)?\d{1,2}:\d{2}(?!\d)")
_META_LABEL = re.compile(r"(来源|作者|编辑|发布|发表|浏览|阅读|点击|字号|时间|日期|出处|记者|通讯员|稿源)\s*[:：]")
_TIME = re.compile(r"\d{1,2}:\d{2}")
# Two labelled values in one short line are an info row (作者：周益帆　责编：王晓宇), not a byline of the article.
_INFO_LABEL = re.compile(alternation(label for label in ALL_LABELS if len(label) > 1) + r"\s*[:：]")
# The label of a summary box above the article (摘要, 导读, 核心提示, 内容提要) on a line of its own. A summary
# printed after its label in one line ([摘要：…] at the top of a column) is the article's own, as printed.
_SUMMARY_LABEL = re.compile(r"[【\[（(]?(?:摘要|导读|核心提示|内容提要|提要|编辑推荐|推荐语|划重点|本文要点)[】\]）)]?[:：]?")
# The label of a summary a model wrote for the platform (AI速读, AI摘要, 某某AI快讯), opening the line it heads.
_MACHINE_SUMMARY = re.compile(r"^[^，。：:]{0,4}AI(?:速读|摘要|导读|总结|快讯|概要|提炼)")
# A teaser of another article is cut short with "..." or a single "…" (prose writes "……").
TEASER = re.compile(r"(?:\.\.\.|(?<!…)…)$")
_TEASER_ENDS = ("...", "…")


def is_teaser(text: str) -> bool:
    """`TEASER.search(text)`, refused without the search (which tries every position of the text) when the text
    does not end in "..." or "…" (before a final newline, where `$` also matches)."""
    end = text[:-1] if text.endswith("\n") else text
    return end.endswith(_TEASER_ENDS) and TEASER.search(text) is not None
_SHORT_LINE = 16
# A short line that introduces what follows it.
_LEAD_IN = re.compile(r"^.{1,16}[:：]$")
_BULLET = re.compile(r"^(?:[-·•●◆◇■□▪▸►>》*]|\d{1,2}[.、)）]|\[\d+\])\s*")
_CRUMB = re.compile(r"(?:>|＞|›|»|→|－>|-->|>>)")
# One level of a breadcrumb printed as a line of its own (首页 >, 快讯 >): a few words and one arrow after them.
_CRUMB_LEVEL = re.compile(r"^[^，。！？>＞›»]{1,8}(?:>|＞|›|»)$")
# Words of comment, vote, share and follow widgets: a short line without sentences that holds one is a widget.
_WIDGET = re.compile(
    r"(跟贴|跟帖|网友评论|发表评论|我要评论|条评论|评论\s*[(（]?\d|人参与|参与讨论|热词|点赞|赞\s*[(（]?\d|踩\s*[(（]?\d|"
    r"收藏|打赏|投票|举报|登录|注册|扫一扫|扫码|二维码|客户端|公众号|关注我们|点击关注|分享到|分享至|转发|复制链接|"
    # an account's closing call to tap 在看 (点个“在看”, 点亮在看)
    r"点[个亮击]?\s*[“\"「『]?在看|"
    r"字号|打印|关闭窗口|返回顶部|上一篇|下一篇|上一页|下一页|加载更多|加载中|查看更多|点击查看|更多精彩|点击进入|"
    # a forum post's header tools
    r"只看该作者|只看楼主|倒序浏览|阅读模式|电梯直达|"
    r"版权所有|Copyright|©|(?:^|\s)回复(?:$|\s|[(（]\d)|(?:支持|反对|顶|有用|没用)\s*[(（\[]\d+[)）\]])",
    re.IGNORECASE,
)
# Disclaimers under comment areas and reposts, prompts to join communities: widgets even when written as a
# sentence.
_DISCLAIMER = re.compile(
    r"不代表.{0,8}(?:观点|立场)|仅代表作者(?:本人|个人)?(?:的)?(?:观点|看法|立场)|不表明.{0,8}立场|仅供其?表达|网友评论仅|(?:版权|著作权)归.{0,10}所有|转载[请须](?:注明|联系|获得|取得|经)|如需转载|享有(?:独家)?版权|"
    r"授权.{0,20}(?:发布|刊发|首发)|未经.{0,10}授权.{0,16}(?:转载|使用|摘编|复制)|"
    # an investment or health disclaimer (仅供投资者参考，并不构成投资建议。投资者据此操作，风险自担; 仅供参考，不能作为诊断依据)
    # (… 仅供健康科普参考，不能替代医生的诊断; 所涉及标的不作推荐，据此买卖，风险自负)
    r"仅供.{0,6}参考[，,]?(?:并?不构成|不能作为|不作为|不能(?:替代|代替)|不可(?:替代|代替))|"
    r"据此(?:操作|买卖|交易|投资)[，,]?风险自[担负]|"
    # A rights notice under borrowed pictures or text (图片来自网络，如有侵权，请联系删除): the notice asks to be
    # told; an article about infringement (如有侵权行为，应当…) asks nothing of the reader.
    r"如有侵权[，,、]?\s*(?:请|敬请)?(?:及时)?(?:联系|告知|通知)|"
    # A contact box's prompt to write in (投稿, 合作…请致信：name@host; 欢迎投稿，来稿请寄 name@host): an address
    # to send to, after a word for writing in.
    r"(?:请|来稿|来信|投稿)(?:请)?(?:致信|来信|发送至|发邮件至|寄至?|发至|投至?)[:：]?\s*[\w.-]+@[\w-]+\.|"
    # Prompts to join the site's communities (欢迎加入网易科技论坛…, 请加入“通信圈”…).
    r"(?:欢迎|请|快来)您?(?:加入|进入|访问|光临|参与).{0,12}(?:论坛|社区|圈子|圈|群|俱乐部|博客|贴吧)|"
    # Prompts to follow an account or open an app (在微信里搜索…, 长按识别二维码, 下载…客户端). A portal's own
    # app prompts (打开网易新闻 查看精彩图片) are that site's widget lines (rules/netease.py), text elsewhere.
    r"(?:微信|微博)(?:里|中|上)?搜索|长按(?:识别)?二维码|点击上方.{0,6}关注|(?:打开|下载)[^\s，。]{0,8}(?:App|APP|客户端)|"
    # A follow prompt written as a sentence: follow an account (or scan a code to), then what following it gets
    # you (关注某某财经（id），获取更多机会; 关注我们，第一时间了解…), opening the line or a sentence after a
    # channel's slogan (某某频道，有态度的频道。扫码关注…，第一时间获取…).
    r"(?:^|[。！!])(?:欢迎|请|敬请)?(?:扫码|扫一扫|扫描二维码)?关注[^，。！？,]{1,24}[，,]\s*"
    r"(?:获取|获得|了解|掌握|第一时间|解锁)[^。！？]{0,12}(?:更多|最新|资讯|动态)|"
    # ... or a slogan after the account's name, the whole line (关注某某亲子，育儿路上不迷路。): a channel's promo.
    r"^(?:欢迎|请|敬请)?关注[^，。！？,的]{2,8}[，,][^，。！？,的]{2,10}[。！!]?$|"
    # ... or what it gets you first, closing the line (本文来自某某报道，更多资讯和深度内容，关注我们。).
    r"(?:更多|最新)[^。！？]{0,16}[，,]\s*(?:请|欢迎|敬请)?关注(?:我们|本号|本站)[。！!]?$|"
    # A notice under its own label (免责声明：, 【免责声明】, 版权声明：): an article quotes a statement (声明称),
    # it does not open a paragraph with the word as a label.
    r"^[^\s，。：:]{0,4}声明[:：]|^[【\[][^\s，。：:【】\[\]]{0,4}声明[】\]]|"
    # A call to act in brackets (【点击投票】, 【点击报名】) in a promo box: a link's label, not an article's words.
    r"【点击[^】]{1,6}】|"
    # A column's note of itself (【栏目名】某某原创栏目，记录…): the channel speaking of its column, not the article.
    r"^【[^】]{2,10}】[^，。！？]{0,12}栏目[，,]|"
    # A reprint note (（本文节选自《书名》，某某出版社版）, 本文摘自《…》): where the text was taken from.
    r"^[（(]?本文(?:节选|摘编|摘选|选|摘)自[《“]|"
    # The site speaking to the owners of works it shows (请作者与本站联系, 本网将删除): an article reports on
    # others, it does not address its own site's contributors.
    r"(?:与|联系|通知|告知)本(?:站|网)|本(?:站|网)(?:将|会)?(?:及时)?(?:删除|撤下)"
)
# Words one of which every match of _DISCLAIMER holds, read off the pattern: a line without any (nearly every
# paragraph of an article) is refused by one scan of plain words instead of every alternative at every position.
_DISCLAIMER_WORDS = needles(_DISCLAIMER)
_NOTICE_CHARS = 300
# A site footer's words: registration and licence numbers, the illegal-content hotline (违法和不良信息举报; a
# bare 举报电话 closes many notices), the copyright line. Read on a line without its whitespace (人 民 网 … 版 权
# 所 有), as chrome even when written as a sentence: no article line holds them.
_FOOTER = re.compile(
    r"ICP[备证]|公网安备|网站标识码|[A-Z]\d-\d{8}|许可证[:：]?\S{0,8}\d{5}|不良信息举报|"
    r"版权所有(?![者人])|copyright(?:©|\(c\)|\d)|allrightsreserved|©\d{4}",
    re.IGNORECASE,
)
_FOOTER_CHARS = 150
# A menu printed as one line: four or more short items between vertical bars (关于我们 | 联系我们 | 网站声明 …).
_MENU = re.compile(r"^[^|｜，。]{1,12}(?:[|｜][^|｜，。]{1,12}){3,}$")
# A reader's comment printed as one row: the poster (a name, a place and 网友) and the full time of the comment
# (date and time of day) before its text. An article's prose names no one before a timestamp.
_COMMENT_ROW = re.compile(r"^[^\s，。！？、,.!?：:]{2,24}\s+(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s+\S")
# A forum post's floor mark, a line of its own: 2#, 3楼, 沙发 (the first reply), 楼主 (the thread's poster).
_FLOOR = re.compile(r"^(?:\d{1,5}\s*(?:#|楼)|沙发|板凳|地板|楼主)$")
# A paper's staff credits, a line of their own: 校对 陶善工, 编辑 李四 校对 王五, 审核：赵六, 编辑丨郑可书 (each role
# before two to four characters of a name; the line holds nothing else).
_STAFF_ROLES = r"(?:责任编辑|责编|编辑|责任校对|校对|审校|审核|终审|二审|三审|初审|复审|监制|统筹|签发|美编|制图|值班编辑)"
_STAFF_LINE = re.compile(
    rf"^(?:{_STAFF_ROLES}\s*[:：丨|｜/／]?\s*(?!丨)[\u4e00-\u9fff·]{{2,4}}(?:[ 、，,][\u4e00-\u9fff·]{{2,4}})*\s*)+$"
)
# Credits printed after the article's last line, each role before a mark and the names or pen names after it:
# 执笔/某某、某某&某某, 某科室供稿 摄影/张三 编辑/李四. One credit alone names a writing or editing role (a lone
# 图/某某 or 摄影/某某 under a picture is its caption); two or more may add the picture's roles, and a unit may
# precede 供稿 (sent in by). The writer's own byline (文 | 某某 图 | 某某) is the article's, kept as printed. The
# names are any run without spaces or sentence marks: pen names are not Chinese names.
_WRITING_ROLES = "执笔|撰稿|编辑|责编|校对|审核|审校|监制|统筹|策划|制图|美编|排版|剪辑"
_ANY_CREDIT_ROLE = rf"(?:{_WRITING_ROLES}|图片|图|摄影|摄像|视频|通讯员|出品|主编)"
_CREDIT_NAMES = r"[^\s/／|｜丨:：，。！？；]{2,16}"
_CREDIT = rf"(?:{_ANY_CREDIT_ROLE}\s*[/／|｜丨:：]\s*{_CREDIT_NAMES}|{_CREDIT_NAMES}供稿)"
# A lone credit takes a slash-like mark only: after a colon (统筹：…) a line may be a list's entry.
_CREDIT_LINE = re.compile(rf"^(?:(?:{_WRITING_ROLES})\s*[/／|｜丨]\s*{_CREDIT_NAMES}|{_CREDIT}(?:\s+{_CREDIT})+)$")
# The original headline of a rewritten article, and other labels that are never body.
_LABEL_LINE = re.compile(
    r"^[（(【\[]?\s*(?:原标题|原题|本文来源|文章来源|责任编辑|责编|编辑|(?:您|你)(?:现在|当前|目前)?所?在?的?位置|(?:当前|所在|目前)位置)\s*[:：]"
)
_HEADING = re.compile(
    r"^(?:相关|推荐|热点|热门|精彩|延伸|猜你|大家都在|更多|今日|编辑推荐|重点推荐|排行|最新|网友|热评|评论|专题|阅读排行|往期|为你|为您|"
    r"图片|视频|独家|头条|要闻)[^，。！？,.!?]{0,10}$"
)
# The count of the comments below, heading them as 评论(12) does: 12条评论, 共8条回复, 全部36条跟帖.
_COMMENT_COUNT = re.compile(r"^(?:共|全部)?\d+条(?:评论|跟帖|跟贴|回复|留言)$")
# The end mark self-media authors print under their article (- END -, —— end ——, - THE END -): what follows is theirs
# to promote, not the article.
_END_MARK = re.compile(r"^[-—–=_·•~\s]*(?:(?:THE|The|the)\s*)?(?:END|End|end)[-—–=_·•~\s]*$")
_HEADING_WORDS = re.compile(r"(推荐|相关|热点|热门|排行|阅读|新闻|评论|资讯|专题|要闻|精彩|看点|猜你|更多|回顾)")
# Traditional characters of the words below, folded to simplified before the word tests (Hong Kong and
# Taiwan pages print 評論, 相關推薦, 原標題 …); link text and lengths are compared as printed.
TRADITIONAL = str.maketrans(
    "評論參與熱詞讚賞舉報錄註冊掃維碼戶眾關轉發複製鏈號閉頂頁載點擊進權歸請須經標題來責編輯薦門網專閱讀圖視頻獨頭聞資訊時間處記瀏覽覺贊貼樓層條總數個則種開單訂閲歡務戲聯繫貢獻稱說臺灣樂體動態導顯寫區詳證財選擇廣僅達場興",
    "评论参与热词赞赏举报录注册扫维码户众关转发复制链号闭顶页载点击进权归请须经标题来责编辑荐门网专阅读图视频独头闻资讯时间处记浏览觉赞贴楼层条总数个则种开单订阅欢务戏联系贡献称说台湾乐体动态导显写区详证财选择广仅达场兴",
)
_TRADITIONAL_CHARS = re.compile("[" + "".join(map(chr, TRADITIONAL)) + "]")


def simplified(text: str) -> str:
    """`text` with the traditional characters of TRADITIONAL written simplified.

    Most lines hold none: one search for them costs a tenth of translating the line (a table lookup per
    character), and such a line is its own translation.
    """
    return text.translate(TRADITIONAL) if _TRADITIONAL_CHARS.search(text) else text


# A tail after the article is chrome when at least this share of its lines is.
CHROME_TAIL = 0.6
# Cards of other articles and reader comments are told by repetition: this many prose lines enclosed by chrome.
_REPEATED = 3
# ... or this many under a heading, when they are all the prose that follows it.
_HEADED = 2
# Below this many characters a line without sentence punctuation is not prose.
_PROSE_CHARS = 40
_SHORT_CHARS = 30


def _key(text: str) -> str:
    # Whitespace removed: str.split() cuts at the characters a regex `\s` matches (str.isspace), in a third of
    # the time of substituting them.
    return "".join(text.split())


def page_link_texts(root: Element) -> frozenset[str]:
    """The texts (whitespace removed) of the page's links to other pages, 4 characters or longer.

    Read before the body reading consumes the tree. In-page anchors and script links are not other pages.
    """
    texts = set()
    for anchor in root.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        text = _key(text_of(anchor))
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
    return _link_share(_key(line), links)


def _link_share(key: str, links: frozenset[str]) -> float:
    """The share of a line's characters inside link texts that occur in it (the whole line first)."""
    return _link_cover(key, links)[0]


def _link_cover(key: str, links: frozenset[str]) -> tuple[float, str]:
    """`_link_share`, and the line's text outside those link texts."""
    if not key:
        return 0.0, ""
    index = _link_index(links)
    if key in links or (len(key) >= 6 and key in index.joined):
        # The whole line is a link's text, or part of one (a link whose text breaks over lines).
        return 1.0, ""
    covered = 0
    rest = key
    # Lines of other articles' cards hold one or two link texts (headline, channel) plus a date or a count.
    for text in index.inside(key, 4):
        if text in rest:
            rest = rest.replace(text, "\x00", 1)
            covered += len(text)
    return covered / len(key), rest.replace("\x00", "")


def _heading_or_label(line: str, key: str) -> Kind | None:
    """A recommendation heading, a comment count or an end mark (HEADING), a label line (META); `line` and `key`
    folded."""
    if len(key) <= 16 and _HEADING.match(key) and _HEADING_WORDS.search(key):
        return Kind.HEADING
    if _COMMENT_COUNT.match(key) or _END_MARK.match(line):
        return Kind.HEADING
    return Kind.META if _LABEL_LINE.match(key) or _REPOST_BYLINE.match(key) or _REPOST_NOTE.match(key) else None


# The headline the article first ran under, noted by the editor who retitled it: never the article's text.
_ORIGINAL_TITLE = re.compile(r"^[（(【\[]?\s*(?:原标题|原题)\s*[:：]")


# The byline of a reposted account article, as its platform prints it over the text: 原创： 某某编译 某某研究 (the
# writer, a role, the account). A sentence about originality (原创作品需授权，…) has sentence marks.
_REPOST_BYLINE = re.compile(r"^原创[:：][^，。！？；,!?;]{2,36}$")
# A reprint's note of where the text first ran and who wrote it (本文来自某某专栏：某某观察，作者：某某; 本文转载自…，作者：…):
# the article's origin and byline, as 本文来源：… 作者：… is, not its text.
_REPOST_NOTE = re.compile(r"^[（(]?本文(?:来自|转载自|转自|选自|原载于)[^。！？]{1,40}[，,]\s*作者[:：][^，。！？；]{1,20}[）)]?$")


def is_repost_byline(line: str) -> bool:
    """The original post's byline line over a reposted account article (原创： 某某 某某号): no body in any body,
    a site rule's included."""
    return bool(_REPOST_BYLINE.match(_key(line)))


def is_original_title(line: str) -> bool:
    """A note of the headline the article first ran under (原标题：…, （原标题：…）): no body in any body, a site
    rule's included, whatever the template prints it in."""
    return bool(_ORIGINAL_TITLE.match(line.strip()))


def is_summary_label(line: str) -> bool:
    """A summary box's label on a line of its own (摘要：, 【导读】, 【编辑推荐】): the box it heads is above the
    article, not its text."""
    return bool(_SUMMARY_LABEL.fullmatch(_key(line)))


def is_prompt_line(line: str) -> bool:
    """A short line that is a disclaimer or a prompt (to follow an account, open an app, join a forum) even when
    written as a sentence, or a longer notice that says so twice: chrome in any body, a site rule's included.
    """
    return _is_notice(simplified(line), len(_key(line)))


def _is_notice(folded: str, length: int) -> bool:
    """Whether a line (`folded` by `simplified`, `length` characters without whitespace) is a disclaimer or a
    prompt: a short one holding the words once, a long notice saying so twice (免责声明：… 版权归原作者所有 …
    不代表某某立场; 版权归…所有 … 未经…授权不得…使用)."""
    if length >= _NOTICE_CHARS or (_DISCLAIMER_WORDS is not None and _DISCLAIMER_WORDS.search(folded) is None):
        return False
    if length < 80:
        return _DISCLAIMER.search(folded) is not None
    return len(_DISCLAIMER.findall(folded)) >= 2


def _label_kind(line: str, key: str, prose: bool) -> Kind | None:
    """Chrome told by its words: recommendation headings, labels, widgets, breadcrumbs (the headline: `classify`)."""
    kind = _heading_or_label(line, key)
    if kind is not None:
        return kind
    if (len(key) < 60 and not prose and _WIDGET.search(line)) or _is_notice(line, len(key)):
        return Kind.WIDGET
    if len(key) < _FOOTER_CHARS and _FOOTER.search(key):
        return Kind.WIDGET
    if (len(key) <= _SHORT_CHARS + 20 and len(_CRUMB.findall(line)) >= 2) or _CRUMB_LEVEL.match(key):
        return Kind.META
    if _MENU.match(key):
        return Kind.META
    if len(key) < 60 and not prose and len(set(_INFO_LABEL.findall(key))) >= 2:
        return Kind.META
    if _FLOOR.match(key) or _COMMENT_ROW.match(line) or _credits(line):
        return Kind.META
    return None


def is_byline(line: str) -> bool:
    """Whether `line` names the article's people and nothing else: a byline (新京报记者 李春平, 文/王五) or a line of
    staff credits (执笔/某某, 摄影/张三 编辑/李四)."""
    return byline_names(line) is not None or _credits(line)


def _credits(line: str) -> bool:
    """Whether `line` is a line of staff credits and nothing else (校对 陶善工, 执笔/某某, 摄影/张三 编辑/李四)."""
    return (len(line) <= 40 and bool(_STAFF_LINE.match(line))) or (len(line) <= 60 and bool(_CREDIT_LINE.match(line.strip())))


def _shape_kind(line: str, key: str, core: str, prose: bool, links: frozenset[str]) -> Kind | None:
    """Chrome told by its shape: link text, a date row, a bare number, a headline with its date."""
    share, unlinked = _link_cover(core, links) if core else (0.0, "")
    if share >= 0.7 and not prose:
        if len(core) >= 8:
            return Kind.LINK
        # A short link with a date after it: a poster's name and the time (or the day) of the comment.
        return Kind.META if _trailing_date(key) else Kind.SHORT_LINK
    # A sentence that is mostly a link's text is a linked headline (延伸阅读：《…，…》), unless the words outside
    # the link make the sentence (据悉，详见<a>…的通知</a>。): an article's paragraph citing a document.
    if share >= 0.7 and len(core) >= 8 and not SENTENCE.search(unlinked):
        return Kind.LINK
    # Only a line that is no prose is asked for its date: a search of the whole line, and prose lines are long.
    date = None if prose else _DATE.search(key)
    if date:
        rest = len(key) - len(date.group(0))
        if rest <= 2 and not _TIME.search(key):
            return Kind.DATELINE
        if _META_LABEL.search(line) or _TIME.search(key) or rest <= 6:
            return Kind.META
    if core.isdigit() or not core:
        return Kind.META
    return _item_kind(line, key)


def _item_kind(line: str, key: str) -> Kind | None:
    """A list item of other articles: a headline with its date after it or its time before it, a teaser."""
    headline = len(key) < 60 and not SENTENCE.search(line)
    if headline and (_trailing_date(key) or _LEADING_TIME.match(key)):
        return Kind.ITEM
    if len(key) >= 20 and is_teaser(key):
        return Kind.ITEM
    return None


def _prose(line: str, key: str) -> bool:
    return (len(key) >= 12 and bool(SENTENCE.search(line))) or len(key) >= _PROSE_CHARS


def classify(line: str, links: frozenset[str], title_key: str) -> Kind:
    """The kind of one body line (see the module docstring)."""
    key = _key(line)
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
    key = _key(line)
    # The pattern ends at `$`, so it matches once at most: cutting the match is its substitution.
    date = _trailing_date(key)
    core = _BULLET.sub("", key[: date.start()] + key[date.end() :] if date else key)
    prose = _prose(line, key)
    folded = simplified(line)
    kind = _label_kind(folded, simplified(key), prose)
    kind = kind or _shape_kind(folded, key, core, prose, links)
    if kind is not None:
        return kind
    if prose:
        return Kind.PROSE
    # Only a line with Chinese in it: short ASCII lines in a Chinese page are code or commands, not tags.
    short = len(key) <= _SHORT_LINE and not _PUNCT.search(key) and _CJK.search(key)
    return Kind.SHORT if short else Kind.TEXT


def _cut_at_heading(kinds: list[Kind]) -> int:
    """Index of the first recommendation heading (or date row after the prose) that starts a tail of chrome.

    What follows a candidate is a list or a widget area when chrome outweighs prose in it (at least
    CHROME_TAIL), counting runs of short lines and, in a repeated pattern (_REPEATED or more), prose enclosed
    by chrome (teasers, comments) as chrome; and when no more free-standing prose follows than a third of the
    article's (the article going on after an in-body link). Counted from the end, once.
    """
    tails = _tail_counts(kinds)
    prose_seen = 0
    for index, kind in enumerate(kinds):
        if kind is Kind.PROSE:
            prose_seen += 1
            continue
        if prose_seen == 0 or kind not in (Kind.HEADING, Kind.LINK, Kind.ITEM, Kind.WIDGET):
            continue
        length = len(kinds) - index - 1
        if not (kind is Kind.HEADING or length >= 2):
            continue
        enclosed, chrome, chrome_with_enclosed, free_prose, prose = tails[index + 1]
        # Under a heading, two entries already repeat when every prose line is enclosed (a comment thread of
        # two: each comment between its poster's row and the next).
        if enclosed >= _REPEATED or (kind is Kind.HEADING and _HEADED <= enclosed == prose):
            chrome = chrome_with_enclosed
        else:
            free_prose = prose
        share = chrome / length if length else 1.0
        if share >= CHROME_TAIL and free_prose <= max(1, prose_seen // 3):
            return index
    return len(kinds)


def _tail_counts(kinds: list[Kind]) -> list[tuple[int, int, int, int, int]]:
    """For each index, counts over the lines from it to the end: enclosed lines, chrome lines (with runs of
    short lines), chrome lines counting enclosed ones too, prose lines not enclosed, all prose lines."""
    runs = _runs_of_short(kinds)
    enclosed = _enclosed_prose(kinds)
    counts = [(0, 0, 0, 0, 0)] * (len(kinds) + 1)
    for index in range(len(kinds) - 1, -1, -1):
        kind, inside = kinds[index], enclosed[index]
        chrome = kind in CHROME or runs[index]
        prose = kind is Kind.PROSE
        a, b, c, d, e = counts[index + 1]
        counts[index] = (a + inside, b + chrome, c + (chrome or inside), d + (prose and not inside), e + prose)
    return counts


def _enclosed_prose(kinds: list[Kind]) -> list[bool]:
    """Prose (or short text) lines with chrome right before and chrome (or the end) right after.

    That is the shape of another article's card (headline link, teaser, date) and of a reader's comment
    (poster and time, the comment, reply and vote widgets); an article's paragraphs follow one another.
    """
    marks = [False] * len(kinds)
    for index, kind in enumerate(kinds):
        if kind not in (Kind.PROSE, Kind.TEXT) or index == 0 or kinds[index - 1] not in CHROME:
            continue
        marks[index] = index + 1 == len(kinds) or kinds[index + 1] in CHROME
    return marks


def _all_enclosed(kinds: list[Kind]) -> bool:
    """Whether every prose or text line of `kinds` is enclosed by chrome, repeatedly (a listing, a thread)."""
    enclosed = _enclosed_prose(kinds)
    prose = [inside for kind, inside in zip(kinds, enclosed, strict=True) if kind in (Kind.PROSE, Kind.TEXT)]
    return len(prose) >= _REPEATED and all(prose)


def _settle(kinds: list[Kind]) -> list[Kind]:
    """Short link lines next to other link lines are a menu (chrome); alone, a keyword (text)."""
    out = list(kinds)
    for index, kind in enumerate(kinds):
        if kind is not Kind.SHORT_LINK:
            continue
        around = kinds[max(0, index - 1) : index] + kinds[index + 1 : index + 2]
        out[index] = Kind.LINK if any(k in (Kind.LINK, Kind.SHORT_LINK, Kind.ITEM) for k in around) else Kind.TEXT
    return out


def _runs_of_short(kinds: list[Kind]) -> list[bool]:
    """Which lines belong to a run of three or more short lines (tags, channels, a menu without links)."""
    marks = [False] * len(kinds)
    start = 0
    for index in range(len(kinds) + 1):
        if index < len(kinds) and kinds[index] is Kind.SHORT:
            continue
        if index - start >= 3:
            marks[start:index] = [True] * (index - start)
        start = index + 1
    return marks


def _article_start(kinds: list[Kind]) -> tuple[int, int]:
    """The first prose line of the article, and the first line kept.

    Above the first prose line chrome goes (the headline, the date row, the breadcrumb) and so does a bare
    date; short text there may be a lead or a subheading and stays. A recommendation heading above the
    article ends whatever came before it, and so does a listing of other articles' cards (prose enclosed by
    chrome, repeatedly): then the article starts at the first prose line that stands free of chrome.
    """
    first = kinds.index(Kind.PROSE)
    enclosed = _enclosed_prose(kinds)
    free = next((i for i, kind in enumerate(kinds) if kind is Kind.PROSE and not enclosed[i]), first)
    if free > first and sum(enclosed[:free]) >= _REPEATED:
        return free, free
    start = first
    while start > 0 and kinds[start - 1] is not Kind.HEADING:
        start -= 1
    return first, start


def _summary_box(lines: list[str], kinds: list[Kind]) -> list[Kind]:
    """`kinds` with the summary box above the article as chrome: its label (摘要, 导读 …) on a line of its own
    and the line after it, or a model's summary under its label in the first prose line; bylines above the
    article's first line. Only before the article's second prose line: a box is above the article.
    """
    prose = [index for index, kind in enumerate(kinds) if kind is Kind.PROSE]
    if len(prose) < 2:
        return kinds
    out = list(kinds)
    if len(prose) > 2 and _MACHINE_SUMMARY.match(_key(lines[prose[0]])):
        # A summary a model wrote, its label in the line (AI速读…): the platform's, above the author's first line.
        out[prose[0]] = Kind.META
        prose = prose[1:]
    for index in range(prose[0]):
        if byline_names(lines[index]):
            out[index] = Kind.META
    for index in range(prose[1] - 1):
        if is_summary_label(lines[index]):
            last = _box_end(lines, index)
            out[index : last + 1] = [Kind.META] * (last + 1 - index)
    return out


# A summary box lists at most this many points before the article's byline.
_BOX_POINTS = 6


def _box_end(lines: list[str], label: int) -> int:
    """The last line of the summary box whose label is at `label`: the byline under its points when one follows
    within _BOX_POINTS lines (a box of key points, then the article's byline), else the line after the label."""
    for index in range(label + 2, min(len(lines), label + _BOX_POINTS + 2)):
        if byline_names(lines[index]):
            return index
    return label + 1


def _end_mark(lines: list[str], first: int) -> int:
    """Index of the end mark (- END -, - THE END -) the author printed under the article, or len(lines).

    What follows the mark is the author's or the site's to promote, prose or not (an ad for another story, the
    account's channels), unless it holds more text than the article before it: then the mark closed a part.
    """
    for index in range(first + 1, len(lines)):
        if len(lines[index]) <= 24 and _END_MARK.match(lines[index]):
            before, after = sum(map(len, lines[first:index])), sum(map(len, lines[index + 1 :]))
            return index if after < before else len(lines)
    return len(lines)


# A card's fields printed one to a bulleted line (- 2019年09月06日, - 09:38, - 某某, - 243,325): a bullet, then a
# few characters; at least one of a run of them a bare date, time or count, which no article's list item is.
_FIELD = re.compile(r"^[-·•]\s*\S.{0,15}$")
_FIELD_VALUE = re.compile(
    r"^[-·•]\s*(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?|\d{1,2}:\d{2}(?::\d{2})?|\d[\d,.]*)$"
)
# This many bulleted short lines in a row, one a bare value, are a card's fields.
_FIELDS = 3


def _field_rows(lines: list[str], kinds: list[Kind]) -> list[Kind]:
    """`kinds` with each run of a card's fields on bulleted lines (`_FIELD`) as list items: other articles' cards."""
    out = list(kinds)
    start = 0
    for index in range(len(lines) + 1):
        if index < len(lines) and _FIELD.match(lines[index].strip()):
            continue
        run = [line.strip() for line in lines[start:index]]
        if len(run) >= _FIELDS and any(map(_FIELD_VALUE.match, run)):
            out[start:index] = [Kind.ITEM] * len(run)
        start = index + 1
    return out


# A section's number printed on a line of its own over the section (1, 2, 3 …).
_SECTION_NUMBER = re.compile(r"^\s*(\d{1,2})\s*$")


def _section_numbers(lines: list[str], kinds: list[Kind]) -> list[Kind]:
    """`kinds` with the numbers of the article's sections as text: bare numerals on lines of their own after its
    first line of prose, each over a line of text, counting up from 1 (a number printed twice, as pages slip,
    is still the count). A bare number elsewhere (a vote count, a page number) stays chrome."""
    if Kind.PROSE not in kinds:
        return kinds
    first = kinds.index(Kind.PROSE)
    marks = [index for index in range(first + 1, len(lines) - 1) if _SECTION_NUMBER.match(lines[index])]
    numbers = [int(lines[index]) for index in marks]
    if len(marks) < 2 or numbers[0] != 1 or any(after - before not in (0, 1) for before, after in itertools.pairwise(numbers)):
        return kinds
    if any(kinds[index + 1] not in (Kind.PROSE, Kind.TEXT) for index in marks):
        return kinds
    out = list(kinds)
    for index in marks:
        out[index] = Kind.TEXT
    return out


# A card's headline takes at most this many lines above its fields.
_CARD_HEAD = 2


def _card_head(kinds: list[Kind], start: int, end: int) -> int:
    """`end`, moved above the short text lines right over a cut tail that opens with a card's fields: those are the
    first card's headline (the headline comes first, its fields under it)."""
    if end >= len(kinds) or kinds[end] is not Kind.ITEM:
        return end
    floor = max(start, end - _CARD_HEAD)
    while end > floor and kinds[end - 1] is Kind.TEXT:
        end -= 1
    return end


def _text_chars(lines: list[str], kinds: list[Kind]) -> int:
    """Characters of the lines that are no chrome."""
    return sum(len(line) for line, kind in zip(lines, kinds, strict=True) if kind not in CHROME)


def clean_lines(lines: list[str], links: frozenset[str], title: str | None = None) -> list[str]:
    """Body lines without the chrome around and inside the article (see the module docstring).

    Args:
        lines: the body lines of one reading, in order.
        links: the page's link texts (`page_link_texts`).
        title: the headline, whose repetition above the body is not body.

    Returns:
        The kept lines, in order; the input itself when it holds no prose line (a verse page, a list page).
    """
    title_key = _key(title or "")
    kinds = _settle([classify(line, links, title_key) for line in lines])
    kinds = _section_numbers(lines, _field_rows(lines, _summary_box(lines, kinds)))
    if Kind.PROSE not in kinds:
        return lines
    first, start = _article_start(kinds)
    end = min(_cut_at_heading(kinds), _end_mark(lines, first))
    # A tail with more text than what stays is not a tail (then only its chrome lines go, one by one) unless
    # its prose is all cards or comments: a long comment thread under a short article is still a tail. Its
    # chrome lines do not count: a page's rank lists and menus after a short article are no article going on.
    if _text_chars(lines[end:], kinds[end:]) > sum(map(len, lines[start:end])) and not _all_enclosed(kinds[end:]):
        end = len(lines)
    # A short line ending in a colon right above the cut tail is that tail's label (关键词阅读：): it goes with it.
    if start < end < len(lines) and kinds[end - 1] is not Kind.PROSE and _LEAD_IN.search(lines[end - 1]):
        end -= 1
    end = _card_head(kinds, start, end)
    # Trailing chrome goes, and so does a trailing run of short lines (tags, the captions of a card grid).
    runs = _runs_of_short(kinds)
    while end > start and (kinds[end - 1] in CHROME or runs[end - 1]):
        end -= 1
    return [
        line
        for index, (line, kind) in enumerate(zip(lines[:end], kinds[:end], strict=True))
        if index >= start and kind not in CHROME and not (kind is Kind.DATELINE and index < first)
    ]
