"""One NetEase article page marked up the ways other NetEase eras mark it up (issue 13: a rule's body must stay
clean on templates nobody wrote it for).

NetEase has printed its articles in many templates since 2014, and each era puts its own modules inside the
body element: a 2019 video card with its caption, a pull-quote box and an author box with a bio above the text
(网易人间), cards of other articles under 往期回顾 / 相关推荐 / 热点推荐 heads, a follow prompt, a stock box and a
quote board (网易财经), a consult box (网易健康), a picture's app mask (mobile 网易号) or its counter, a 相关链接
line (2008), a channel's closing risk disclaimer and follow promo, an embedded post with its own time and counts
(网易娱乐), a topic card with its reads and talks and an expert card with its ask button (网易亲子), a channel's
note with its slogan, follow prompt and contribution address (网易军事, 网易另一面), a shop label and its links
(网易手机), a reminder with its booking button (网易体育), an account card with its counts and a line that is
only a link to the document's original (网易政务), a blurb box and an excerpt's note (网易读书). A rule written
from one era finds its body element on a page of another and must still give the same body. Each form here
takes a half-A NetEase page (its text and its gold) and rewrites it:

- `module_before` / `module_after`: one such module inserted inside the element that holds the article's
  paragraphs, right before its first paragraph or after its last one;
- `markers_renamed`: every class and id name a NetEase rule reads renamed (no rule matches: the generic path
  must give the body);
- `date_moved`: the printed date row moved into the body element, above the text;
- `editor_restyled`: the editor line printed in another form at the end of the text;
- `recoded`: UTF-8 bytes as GBK and GBK bytes as UTF-8, with the charset label to match.

The check (tests/test_netease_reprints.py) holds that the reprint gives the body the page gives as printed,
in the same mode (rules on, rules off). Names, headlines and text added by a form are fictional and neutral:
no page's strings.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree, html

from scraper.extract.tree import Element

# Every class and id name the NetEase rules read (scraper/extract/rules/netease.py), renamed by markers_renamed.
RULE_NAMES = re.compile(
    r"\b(?:post_\w+|ep-[\w-]+|endText|h1title|contain|content|article_title|otitle|at_item|statement|"
    r"con1_\w+|entext|observe_con\w*|pathlink|ne_article_source|biaoqian|video-inner|video-list|crumb|bread)\b"
)


@dataclass(frozen=True, slots=True)
class Page:
    """A half-A NetEase page: its text as decoded, its URL, its gold paragraphs and its gold fields."""

    key: str
    text: str
    encoding: str
    url: str | None
    paragraphs: tuple[str, ...]
    title: str | None
    published: str | None
    editor: str | None


@dataclass(frozen=True, slots=True)
class Reprint:
    """A rewritten page: its bytes or text, and the texts the form added that must never be in the body."""

    page: bytes | str
    added: tuple[str, ...] = ()


# --- modules of other eras ------------------------------------------------------------------------------------

# (markup, the texts it prints that are no article text). Fictional names and headlines.
_QUOTE = "“清晨的渡口总比钟声先醒来。”"
_BIO = "长期关注城市变迁与普通人的生活"
_CARD_A = ("老街裁缝铺的最后一个冬天", "一把剪刀用了三十年，店里的顾客越来越少。")
_CARD_B = ("在高速服务区值夜班的人", "凌晨三点，加油站的灯还亮着。")
_CARD_C = ("一座小城的早餐地图", "豆浆油条之外，还有人在卖热干面。")
_VIDEO_TITLE = "航拍：江畔新城的清晨时光"
_BOARD = "今开：12.300　最高：12.700　最低：12.250　成交额：3.26亿"
_PITCH = "骨科医生在线解答，平均十分钟回复"
_RISK = "风险提示：文中观点仅代表作者本人，所涉个股不作推荐，据此交易，风险自负。"
_PROMO = "本文来自江城观察，更多本地资讯，欢迎关注我们。"
_POST = "今晚的江面很安静，谢谢一路同行的朋友。"
_TOPIC = ("# 江城夜景 #", "1.2亿阅读 · 3.6万讨论")
_NOTE = ("江城频道，有温度的城市频道。扫码关注江城频道官方微信（jiangchengpd），第一时间获取本地资讯。",
         "江城频道欢迎投稿，来稿请寄 tougao@example.com")
_EXPERT = "擅长：膝关节损伤、运动康复"
_ACCOUNT = "江城本地政务信息权威发布"
_BLURB = "一位工程师走遍江城的老桥，写下它们的来历。"
_EXCERPT = "（本文节选自《江城老桥》，江城出版社2020年版，标题为编者所加。）"
_SOURCE_LINK = "点击查看通知原文"
_REMIND = "江城杯第5轮 北湾队 vs 南岭队 5月9日 19:35 全程图文直播"

MODULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    # A pull-quote box (网易人间): one quoted line in a box of its own.
    (f'<div class="rj-quote"><p>{_QUOTE}</p></div>', (_QUOTE,)),
    # An author box with a one-line bio.
    (f'<div class="rj-author"><span class="lbl">作者</span> 林一舟 <span class="desc">{_BIO}</span></div>', (_BIO,)),
    # A video card (2019 news pages): the player, the clip's title, its source line.
    (f'<div class="video-card"><video src="http://flv.bn.netease.com/videolib1/demo.mp4" controls></video>'
     f'<p class="v-title">{_VIDEO_TITLE}</p><p class="v-src">视频来源：网易新闻</p></div>', (_VIDEO_TITLE,)),
    # A 往期回顾 head with two linked cards, headline and short summary in each link.
    ('<div class="rj-history"><div class="hd">往期回顾</div>'
     f'<a class="card" href="http://renjian.163.com/18/0601/09/DI0000A1000181RV.html"><span>{_CARD_A[0]}</span>'
     f'<span>{_CARD_A[1]}</span></a>'
     f'<a class="card" href="http://renjian.163.com/18/0528/10/DI0000B2000181RV.html"><span>{_CARD_B[0]}</span>'
     f'<span>{_CARD_B[1]}</span></a></div>', (_CARD_A[0], _CARD_A[1], _CARD_B[0], _CARD_B[1])),
    # A 相关推荐 head over cards of other articles as paragraphs: linked headline, then its summary.
    ('<p><strong>相关推荐</strong></p>'
     f'<p><a href="https://www.163.com/dy/article/J1000000000000AA.html">{_CARD_C[0]}</a></p><p>{_CARD_C[1]}</p>'
     f'<p><a href="https://www.163.com/dy/article/J1000000000000BB.html">{_CARD_A[0]}</a></p><p>{_CARD_A[1]}</p>',
     (_CARD_C[0], _CARD_C[1], _CARD_A[0], _CARD_A[1])),
    # A 热点推荐 head over a list of linked headlines with their times.
    ('<div class="hot"><h3>热点推荐</h3><ul>'
     f'<li><a href="https://www.163.com/news/article/J2000000000000AA.html">{_CARD_B[0]}</a>'
     '<span>2024-05-08 10:21</span></li>'
     f'<li><a href="https://www.163.com/news/article/J2000000000000BB.html">{_CARD_C[0]}</a>'
     '<span>2024-05-07 18:02</span></li></ul></div>', (_CARD_B[0], _CARD_C[0])),
    # A follow prompt with its code.
    ('<div class="follow"><img src="http://static.ws.126.net/qrcode.png" width="120">'
     '<p>关注网易号“江城观察”，获取更多本地资讯</p></div>', ("获取更多本地资讯",)),
    # A stock box (网易财经): a quote's name, price and change, linked to its quote page.
    ('<div class="stock-box"><a href="http://quotes.money.163.com/0600000.html">浦江实业</a>'
     '<span class="price">12.56</span><span class="change">+2.31%</span></div>', ("浦江实业",)),
    # A quote board (网易财经): name, code and +自选, price and change, the session's figures.
    ('<div class="sq-box"><div><span>浦江实业</span> <span>600000.SH</span> '
     '<a href="http://quotes.money.163.com/0600000.html">+自选</a></div>'
     '<div><em>12.560</em> <i>+0.280</i> <i>+2.28%</i></div>'
     f'<div>{_BOARD}</div></div>', (_BOARD,)),
    # A consult box (网易健康): a hook asked as a question, a pitch, a button to ask an expert.
    (f'<div class="ask"><p>膝盖总是隐隐作痛？</p><p>{_PITCH}</p>'
     '<a href="https://jiankang.163.com/ask/">免费提问</a></div>', (_PITCH,)),
    # A picture's place held by a prompt to open the app (mobile 网易号).
    ('<div class="photo"><div class="photo-mask">打开网易新闻 查看精彩图片</div></div>', ("查看精彩图片",)),
    # A picture with its counter (photo-led channels).
    ('<div class="photo_wrap"><span class="photo_num">7/9</span>'
     '<img src="http://img1.cache.netease.com/catchpic/demo.jpg"></div>', ("7/9",)),
    # A list heading and another article's headline in one paragraph (2008 news pages).
    ('<p><b>相关链接：</b><a href="https://www.163.com/news/article/J3000000000000AA.html">'
     f'{_CARD_B[0]}</a></p>', (_CARD_B[0],)),
    # A channel's closing lines: a risk disclaimer and a follow prompt that names what it gets you first.
    (f'<p class="risk">{_RISK}</p><p class="promo">{_PROMO}</p>', (_RISK, _PROMO)),
    # An embedded post (网易娱乐): the account, the post, its own time and client, its counts.
    ('<div class="wb-card"><div class="wb-head"><img src="http://static.ws.126.net/avatar/demo.jpg">'
     f'<span>@江城观察</span><span>认证：本地博主</span></div><div class="wb-text">{_POST}</div>'
     '<div class="wb-foot"><span>5-08 21:16</span> <span>来自 微博</span> <span>转发 356</span> '
     '<span>评论 1.1万</span> <span>赞 2.4万</span></div></div>', (_POST,)),
    # A topic card (网易亲子): the topic, its reads and talks, a link to join it.
    (f'<div class="topic-card"><span>{_TOPIC[0]}</span><span>{_TOPIC[1]}</span>'
     '<a href="https://www.163.com/baby/topic/demo.html">参与话题</a></div>', _TOPIC),
    # A channel's note (网易军事, 网易另一面): its slogan and a scan-to-follow sentence, an address for contributions.
    (f'<div class="column-note"><p>{_NOTE[0]}</p><p>{_NOTE[1]}</p></div>', _NOTE),
    # An expert card (网易亲子): name and title, department, what they treat, a button to ask them.
    ('<div class="expert-card"><img src="http://static.ws.126.net/expert/demo.png"><div><p>林一舟 <span>主任医师</span>'
     f'</p><p>江城医院 骨科</p><p>{_EXPERT}</p></div><a href="https://www.163.com/baby/expert/demo.html">向TA提问</a>'
     '</div>', (_EXPERT,)),
    # Where to buy (网易手机): a label and the shops' links, nothing else.
    ('<p class="buylink">购买链接：<a href="https://shop.example.com/a">江城自营</a> '
     '<a href="https://shop.example.com/b">江城旗舰店</a></p>', ("购买链接：",)),
    # A reminder of a coming event with its booking button (网易体育's 直播提醒, a designer card's 免费预约).
    (f'<div class="remind"><span>直播提醒</span> {_REMIND} <a href="https://www.163.com/live/demo.html">预约</a></div>',
     (_REMIND,)),
    # An account card (网易政务's 政务号): name and badge, a one-line description, its own post and follower counts,
    # a follow button on a script link.
    ('<div class="acct-card"><a href="https://www.163.com/dy/media/T0000000001.html"><img src="http://static.ws.126.net'
     f'/avatar/demo.png"></a><div><p>江城发布 <span>政务号</span></p><p>{_ACCOUNT}</p><p>发文 1832　关注 6.4万</p></div>'
     '<a href="javascript:;">+关注</a></div>', (_ACCOUNT,)),
    # A blurb box under a summary label (网易读书's 【编辑推荐】) and an excerpt's reprint note.
    (f'<div class="rec-box"><p>【编辑推荐】</p><p>{_BLURB}</p></div>', (_BLURB,)),
    (f'<p class="excerpt-note">{_EXCERPT}</p>', (_EXCERPT,)),
    # A line that is only a link to the document the article reports (点击查看原文>>).
    (f'<p class="src-link"><a href="https://www.gov.cn/zhengce/demo.htm">{_SOURCE_LINK}&gt;&gt;</a></p>', (_SOURCE_LINK,)),
)

EDITOR_FORMS = ("（责任编辑：{name}）", "责编：{name}", "[责任编辑:{name}]", "本文编辑：{name}")


def parse(text: str) -> Element:
    """The page's tree."""
    return html.document_fromstring(text)


def serialize(root: Element) -> str:
    """The tree as HTML text."""
    return str(etree.tostring(root, method="html", encoding="unicode", doctype="<!DOCTYPE html>"))


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _deepest_holding(root: Element, snippet: str, last: bool = False) -> Element | None:
    """The first (or `last`) deepest element in <body> whose text holds `snippet` (whitespace removed)."""
    body = root.find("body")
    if body is None:
        return None
    found = None
    for node in body.iter(etree.Element):
        if node.tag in {"script", "style", "textarea"} or snippet not in _squeezed(node.text_content()):
            continue
        if not any(snippet in _squeezed(child.text_content()) for child in node.iterchildren(etree.Element)):
            if not last:
                return node
            found = node
    return found


def text_span(root: Element, paragraphs: tuple[str, ...]) -> tuple[Element, Element, Element] | None:
    """(holder, first, last): the element holding the article's paragraphs, and its children that hold the
    first and the last paragraph; None when the page does not print them."""
    first_text = _squeezed(paragraphs[0])[:12]
    last_text = _squeezed(paragraphs[-1])[-12:]
    first = _deepest_holding(root, first_text)
    last = _deepest_holding(root, last_text, last=True)
    if first is None or last is None:
        return None
    last_chain = [last, *last.iterancestors()]  # nodes, not ids: lxml proxies of dropped nodes reuse ids
    common = next((n for n in [first, *first.iterancestors()] if any(n is m for m in last_chain)), None)
    if common is None:
        return None
    if common is first or common is last:  # one block holds the whole text: the module goes beside it
        holder = common.getparent()
        return (holder, common, common) if holder is not None else None
    holder = common
    top = next(n for n in [first, *first.iterancestors()] if n.getparent() is holder)
    bottom = next(n for n in [last, *last.iterancestors()] if n.getparent() is holder)
    return holder, top, bottom


_ROWS = frozenset({"table", "tbody", "thead", "tr", "ul", "ol", "dl"})


def _fragment(markup: str) -> list[Element]:
    return list(html.fragments_fromstring(markup))


def _insert(anchor: Element, markup: str, before: bool) -> None:
    nodes = _fragment(markup)
    if before:
        for node in nodes:
            anchor.addprevious(node)
            node.tail = None
    else:
        for node in reversed(nodes):
            node.tail, anchor.tail = anchor.tail, None
            anchor.addnext(node)


# --- the forms --------------------------------------------------------------------------------------------------

Form = Callable[[Page, int], Reprint | None]


def as_printed(page: Page, pick: int) -> Reprint | None:
    """The page parsed and printed again, unchanged (what every other form is measured against)."""
    return Reprint(serialize(parse(page.text)))


def _with_module(page: Page, pick: int, before: bool) -> Reprint | None:
    root = parse(page.text)
    span = text_span(root, page.paragraphs)
    if span is None:
        return None
    markup, added = MODULES[pick % len(MODULES)]
    holder, top, bottom = span
    if holder.tag in _ROWS:  # a box goes inside the cell that holds the text, never between cells
        cell = top if before else bottom
        nodes = _fragment(markup)
        for node in nodes if before else ():
            cell.insert(nodes.index(node), node)
        for node in () if before else nodes:
            cell.append(node)
        if before and nodes:
            nodes[-1].tail, cell.text = cell.text, None
        return Reprint(serialize(root), added)
    _insert(top if before else bottom, markup, before)
    return Reprint(serialize(root), added)


def module_before(page: Page, pick: int) -> Reprint | None:
    """A module of another era inside the body element, right before the article's first paragraph."""
    return _with_module(page, pick, True)


def module_after(page: Page, pick: int) -> Reprint | None:
    """A module of another era inside the body element, right after the article's last paragraph."""
    return _with_module(page, pick, False)


def markers_renamed(page: Page, pick: int) -> Reprint | None:
    """Every class and id name the NetEase rules read renamed: no rule matches."""
    root = parse(page.text)
    for node in root.iter(etree.Element):
        for attr in ("class", "id"):
            value = node.get(attr)
            if value and RULE_NAMES.search(value):
                node.set(attr, RULE_NAMES.sub(lambda m: "x" + m.group(0).replace("_", "-") + "2", value))
    return Reprint(serialize(root))


_DATE = re.compile(r"(?:19|20)\d{2}[-/年]\d{1,2}[-/月]\d{1,2}")


def _date_row(root: Element) -> Element | None:
    """The smallest element outside the article that prints a date and a 来源 label: the date row."""
    body = root.find("body")
    if body is None:
        return None
    for node in body.iter("div", "p", "span"):
        text = node.text_content()
        if len(text) < 120 and _DATE.search(text) and "来源" in text:
            inner = [c for c in node.iter("div", "p") if c is not node and _DATE.search(c.text_content())]
            if not inner:
                return node
    return None


def date_moved(page: Page, pick: int) -> Reprint | None:
    """The printed date row taken from above the article and put inside the body element, above the text."""
    root = parse(page.text)
    span = text_span(root, page.paragraphs)
    row = _date_row(root)
    if span is None or row is None or any(node is row for node in span[0].iter()):
        return None
    row.getparent().remove(row) if row.getparent() is not None else None
    row.tail = None
    span[1].addprevious(row)
    return Reprint(serialize(root))


def editor_restyled(page: Page, pick: int) -> Reprint | None:
    """The editor line printed in another form as a paragraph after the text (its old line gone)."""
    if not page.editor:
        return None
    root = parse(page.text)
    span = text_span(root, page.paragraphs)
    if span is None:
        return None
    for node in list(root.iter(etree.Element)):
        text = node.text_content()
        if "编辑" in text and page.editor in text and len(text) < 60 and node.getparent() is not None:
            node.drop_tree()
    form = EDITOR_FORMS[pick % len(EDITOR_FORMS)]
    _insert(span[2], f"<p>{form.format(name=page.editor)}</p>", False)
    return Reprint(serialize(root), (form.format(name=page.editor),))


_CHARSET = re.compile(r"<meta[^>]*charset[^>]*>", re.IGNORECASE)


def recoded(page: Page, pick: int) -> Reprint | None:
    """GBK bytes served as UTF-8 and UTF-8 bytes served as GBK, each with its label."""
    to_gbk = page.encoding.replace("-", "").lower() in {"utf8", "ascii", ""}
    label = '<meta charset="gbk">' if to_gbk else '<meta charset="utf-8">'
    text = _CHARSET.sub("", page.text)
    text = re.sub(r"<head[^>]*>", lambda m: m.group(0) + label, text, count=1, flags=re.IGNORECASE)
    return Reprint(text.encode("gbk" if to_gbk else "utf-8", errors="xmlcharrefreplace"))


FORMS: dict[str, Form] = {
    "as_printed": as_printed,
    "module_before": module_before,
    "module_after": module_after,
    "markers_renamed": markers_renamed,
    "date_moved": date_moved,
    "editor_restyled": editor_restyled,
    "recoded": recoded,
}


# Half-A pages whose body still changes with a form, per (form, mode): a fix makes its page disappear from
# the differences and fails the check until the page is taken out here.
NOT_YET_INVARIANT: dict[tuple[str, str], frozenset[str]] = {
    # A 2005 table page with no <h1>: the video card's title above the text is read as the headline (the title
    # stage), so the real headline line is no longer known as the title and stays in the body.
    ("module_before", "rules"): frozenset({"written/n13"}),
    # cx_extractor_163/041: no rule matches, and the generic path leaves out a 相关新闻 heading and a headline line
    # the corpus gold keeps. (Written n117's lead line, 网易探索3月13日报道, stays since the thirty-third round: a
    # dispatch printed as a line of its own; n116's table of figures the text introduces since the twenty-fourth.)
    ("markers_renamed", "rules"): frozenset({"cx_extractor_163/041"}),
    # (Written n117 with its editor line moved after the text reads as printed since the thirty-third round: its
    # 论文信息 card goes from the page's own reading too. n127's closing 评分 verdict box since the twenty-fourth.)
}
