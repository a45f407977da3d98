"""The boxes a template puts among an article's blocks that hold none of its sentences (widgets.py tells the
kinds): widget boxes built around a link to more of a module, a call to action, an app prompt or a table above
the article's first sentence, a module's refresh stamp or a person card's line of expertise; the boxes around a form control, around links to two or more other pages, around
a row of counts (an embedded post, a topic card), around a match's comparison table, under a summary label;
and shop lines. The tags such boxes are written in and the marks of links and list headings, which cards.py
reads too, are here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from ..hanzi import simplified
from .article_lists import FULL_DATE
from .inserts import (
    HEADING_CHARS,
    MAX_PLAYER_TEXT,
    MAX_SUMMARY,
    MIN_HEADLINE,
    SENTENCE_END,
    STATEMENT_END,
    box_around,
    script_button,
    to_other_page,
)
from .layout import (
    announced,
    block_lines,
    squash,
    squashed_longer_than,
    text_of,
    text_outside_links,
    text_owner,
    wraps_only,
)
from .meta import descriptions, html_title
from .notices import is_follow_call, is_prompt_line, is_summary_label, line_key
from .reconcile import HEADING_TAGS
from .terms import AD_SLOT_LABEL, CARD_FIELD, PICTURE_BUTTONS, PICTURE_COUNTER, announces
from .titles import site_parts, title_key
from .tree import Element, hangs_below, preceding, remove

__all__ = [
    "BOXES",
    "CARD_BOXES",
    "LABELLED_BLOCKS",
    "LABEL_MARKS",
    "MAX_BOX_RUN",
    "MORE_LINK",
    "Lengths",
    "drop_comparison_tables",
    "drop_contents_boxes",
    "drop_counted_boxes",
    "drop_description_box",
    "drop_fixture_boxes",
    "drop_floated_lists",
    "drop_form_boxes",
    "drop_headed_tables",
    "drop_issue_heads",
    "drop_labelled_ads",
    "drop_link_boxes",
    "drop_poll_boxes",
    "drop_quote_cards",
    "drop_reference_cards",
    "drop_service_boxes",
    "drop_shop_lines",
    "drop_summary_boxes",
    "drop_timeline_boxes",
    "drop_widget_boxes",
]

# Blocks a list's wrapper or a widget box is written in.
BOXES = frozenset({"div", "section", "aside", "article", "figure", "li", "ul", "ol", "dl", "table", "tbody", "tr", "td"})
# A link that leads to more of a module (进入行情中心>>, 更多>, 查看全部): the box around it is the page's module.
# A lone ">" or "》" closes too many texts (《人民日报》) to count.
MORE_LINK = re.compile(r"(?:>>|＞＞|»|\s[>＞›])\s*$|^(?:点击)?(?:更多|进入|查看全部)")
# A button that leads to a module's own page (查看预约入口, 查看全市加装地图, 点击查看详情, 立即查看): a short link of its own
# words; the article links words inside its sentences. A picture's own link (点击查看大图, 查看原图) is its figure's.
_VIEW_LINK = re.compile(r"^(?:点击)?查看(?!(?:大|原|高清|全)?图)\S{1,8}$|^(?:立即|马上)查看$")
# A link to more of a site's reference pages (查看更多科学名词>>, 查看人物资料>>, 更多词条, 更多政务热词>>): the link a
# term card or a person card closes with.
_REFERENCE_MORE = re.compile(r"(?:名词|热词|术语|词条|人物|资料|百科|词典|档案)\S{0,2}(?:>>|＞＞|»)?$")
# A line that says when a module's data was last refreshed (更新时间：2021-04-08 18:00, 数据更新于 06-20 08:00,
# 报价更新：2006-11-22, 报价日期：2008-03-12, 数据日期：2023-06-09): a weather box's, a quote board's, a dealer's
# price list's or a live table's stamp. The article prints its own times in sentences or in its byline row above
# it, never as a stamp line among its paragraphs; the box around one is a widget. A quote board's delay note may
# stand before its stamp (報價延遲最少15分鐘　數據更新：14/06/2023 16:09, a day-first date), in either script.
_UPDATE_STAMP = re.compile(
    r"^(?:[^\s。！？，,]{2,16}\s+)?"
    r"(?:(?:数据|數據|信息|报价|報價|价格|價格)?(?:更新|刷新)(?:时间|時間|于|於)?|(?:报价|報價|数据|數據)(?:日期|时间|時間))"
    r"\s*[:：]?\s*(?:(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}/\d{1,2}/\d{4})"
    r"(?:\s*\d{1,2}[:：]\d{2})?$"
)
# The brackets a button's text may be printed in (【我要提问】, [立即报名]) and the arrows after it (开始测试>>).
_BUTTON_MARKS = "【】[]〖〗>＞»› \u3000"
# App and download prompts (装个App, 下载客户端, 打开某某新闻查看): a box without sentences around one is a promo.
_APP_WORDS = re.compile(r"App|APP|app|客户端|下载|打开[^\s，。！？]{2,6}查看")
# A prompt to scan a code (扫码下载, 扫一扫, 长按识别二维码): the promo box's code stands for its link.
_SCAN_WORDS = ("扫码", "扫一扫", "扫描二维码", "长按识别")
_SCAN = re.compile("|".join(_SCAN_WORDS))
# A sales call to action as a link's whole text: ask or get a price, an offer, a viewing or a test drive (查成交价,
# 询底价, 免费专车看房, 预约试驾), a game's key or a coupon (立即领号, 领取激活码, 马上领券), buy (直达链接), or ask an
# expert (免费提问). A box without sentences around one is a widget.
_CALL_TO_ACTION = re.compile(
    r"^(?:查|询|问|领|抢|领取|获取|预约|咨询|免费|立即|马上|在线)\S{0,5}"
    r"(?:价|优惠|报价|看房|试驾|名额|折扣|礼包|号|码|券|红包)$"
    # ask an expert (免费提问, 立即咨询, 在线问诊): a consult box's button
    r"|^(?:免费|立即|马上|在线|我要)(?:提问|咨询|问诊|问医生|问律师)$|^向\S{1,3}(?:提问|咨询)$"
    # ask the newsroom's help desk (我要求助, 立即求助): a help column's box
    r"|^(?:立即|马上|在线|我要|点击|一键)求助$"
    # a shop's link beside a product (直达链接, 购买链接, 立即购买)
    r"|^(?:直达|购买|下单|商品)链接$|^(?:立即|马上|去)(?:购买|抢购|下单)$"
    # place a bet (立即投注, 马上购彩): a lottery countdown's or a tip card's button
    r"|^(?:立即|马上|去|我要)(?:投注|购彩|买彩|下注)$"
    # add a stock to one's watch list (+自选, 加自选, 加入自选股): a quote card's button
    r"|^(?:[+＋]|加入?)\s*自选股?$"
    # book, sign up, subscribe, follow, join or give (预约, 免费预约TA设计, 立即报名, 我要参与, 我要捐款, +关注,
    # 立即预订): a reminder's, a card's, a trip's or a donation box's button; the article links its words inside
    # sentences, never as a box's only link
    r"|^[+＋]?(?:免费|立即|马上|在线|我要|点击|一键)?(?:预约|报名|订阅|注册|捐款|捐助|捐赠|关注|支持|参与)(?:TA|他|她)?\S{0,4}$"
    r"|^(?:立即|马上|在线|我要|点击|一键)(?:预订|预定|订购)$"
    # apply for a free trial or a place (立即申请, 申请试用, 免费试用): a trial box's button
    r"|^(?:免费|立即|马上|在线|我要|点击|一键)?申请(?:试用|领取|名额)?$|^(?:免费|立即|马上|我要)试用$"
    # open the site's app (立即打开, 打开App): an app prompt's button; the article never links a bare 打开
    r"|^(?:立即|马上|点击|一键)打开\S{0,4}$|^打开(?:App|APP|app|客户端)$"
    # tip the writer (赞赏, 我要打赏, 赞赏作者): a reward box's button
    r"|^(?:我要|点击|一键)?(?:赞赏|打赏)(?:作者|TA|一下)?$"
    # take a quiz or a test (开始测试, 立即测一测, 我要答题): a quiz box's button
    r"|^(?:开始|立即|马上|我要|点击)(?:测试|测一测|答题|挑战)$"
    # reveal a quiz's answer (点击查看答案, 揭晓答案): a quiz card's button under its question
    r"|^(?:点击|立即)?(?:查看|揭晓|显示|看)(?:正确)?答案$"
    # download the software a card describes (免费下载, 立即下载, 高速下载): a download card's button
    r"|^(?:免费|立即|马上|点击|一键|高速|安全)下载(?:安装)?$"
    # send the newsroom a tip or a piece (我要爆料, 立即报料, 我要投稿): a tip-off box's button
    r"|^(?:我要|立即|马上|点击|一键)?(?:爆料|报料)$|^(?:我要|立即|点击)投稿$"
    # find the way to a place a card names (导航去这里, 一键导航, 到这里去): a shop's or a venue's map card
    r"|^(?:一键|点击|立即|地图)?导航(?:去这里|到这里|前往)?$|^(?:去|到)这里去?$"
)
# Brackets, marks and the colon around a list heading written before its links (【相关链接】：).
LABEL_MARKS = re.compile(r"^[\s【\[〔（(■□●◆◇▶►>·]+|[\s】\]〕）):：]+$")
# A widget box's text runs stay short: a run longer than this outside links is the article's prose.
MAX_BOX_RUN = 40
# A count a post or a topic prints of itself (转发 8312, 评论 1.2万, 8650万阅读, 6.2万讨论): two in one short row
# without a sentence are an embedded post's or a topic card's counts, not the article's figures.
# An account card counts its own posts and followers the same way (发文 2417 关注 8.1万, 粉丝 3.2万).
_COUNT_WORDS = "转发|评论|点赞|赞|阅读|讨论|浏览|播放|收藏|分享|回答|发文|关注|粉丝"
_COUNT = re.compile(
    rf"(?:{_COUNT_WORDS})\s*[:：]?\s*\d+(?:\.\d+)?[万亿wk]?|\d+(?:\.\d+)?[万亿wk]?\+?\s*(?:次|人)?(?:{_COUNT_WORDS})"
    # a video's running time, which its player's row prints beside its plays (时长 02:36 播放 1.2万)
    r"|时长\s*[:：]?\s*\d{1,2}:\d{2}(?::\d{2})?"
)
_COUNTS_ROW = 60
# A reader comment's up- or down-vote count printed alone (顶 4410, 踩(12)): a comment card quoted into the body
# prints its vote count; an article says how many agreed in a sentence, never as a bare 顶 and a number.
_COMMENT_VOTE = re.compile(
    r"^(?:顶|踩)\s*[(（\[]?\d[\d,]*(?:\.\d+)?[万wk]?[)）\]]?$"
    # the count before the word, in thousands (12,408 顶)
    r"|^\d[\d,]*(?:\.\d+)?[万wk]?\s*(?:顶|踩)$"
)
# Every count holds a digit and a count word; only the text runs holding a digit are asked.
_TEXTS = etree.XPath(".//text()")
_ASCII_DIGIT = re.compile("[0-9]")
# Form controls: a box holding one is a lead form, a poll or a search box.
_CONTROLS = ("input", "select", "textarea", "button")
# Boxes a card is written in among paragraphs (a <p> with a link is the article's own line); an editor's boxed
# insert may be a <pre> styled as a box (white-space kept, a border), as a CMS's recommendation insert is.
CARD_BOXES = frozenset({"div", "section", "aside", "figure", "dl", "pre"})


class Lengths:
    """Text lengths of elements, each element read once per page."""

    def __init__(self) -> None:
        self._known: dict[Element, int] = {}

    def __call__(self, node: Element) -> int:
        if node not in self._known:
            self._known[node] = len(squash(text_of(node)))
        return self._known[node]


# The blocks a labelled link is written in.
LABELLED_BLOCKS = ("p", "div", "li", "dd")


def drop_shop_lines(root: Element) -> None:
    """Remove a short block that is a shop label and its links only (购买链接：<a>店一</a> <a>店二</a>): where to buy,
    not the article's text. The label is a call to action's words (直达链接, 购买链接), the rest the links' text."""
    # In document order, each block once (a dict keeps the order; a list searched per link grows with its square).
    blocks: dict[Element, None] = {}
    for anchor in root.iter("a"):
        block = anchor.getparent()
        while block is not None and block is not root and block.tag not in LABELLED_BLOCKS:
            block = block.getparent()
        if block is not None and block is not root and to_other_page(anchor):
            blocks[block] = None
    for block in blocks:
        if not hangs_below(block, root) or squashed_longer_than(text_of(block), MAX_BOX_RUN):
            continue
        label = LABEL_MARKS.sub("", squash("".join(map(str, text_outside_links(block)))))
        if label and _CALL_TO_ACTION.match(label):
            remove(block)


def _box_around(seed: Element, root: Element, lengths: Lengths, *, asks: bool = False, defines: bool = False) -> Element | None:
    """The largest block around `seed`, below `root`, whose text holds no sentence and no long run of prose.
    With `asks` (a call to action), the box's hook may be a question (腰痛反复发作？), and a card of its own, a title
    over it, may state one sentence (`_titled_card`: what a quiz tests). With `defines` (a link to more of a reference,
    查看更多科学名词>>, or a call to action's plea, `_plea_box`), the box may state one short sentence: a term's definition
    or a person's one-line bio on a reference card."""
    ends = STATEMENT_END if asks else SENTENCE_END

    def fits(node: Element) -> bool:
        if lengths(node) > MAX_PLAYER_TEXT or _long_run(node, notices=asks):
            return False
        found = len(ends.findall(squash(text_of(node))))
        return found == 0 or (found == 1 and (defines or (asks and _titled_card(node))))

    return box_around(seed if seed.tag in BOXES else seed.getparent(), root, BOXES, fits)


def _is_call(text: str) -> bool:
    """Whether a link's whole text is a call to action's button, in its brackets or with its arrows."""
    # The words are written simplified: a Taiwan page's button (立即訂閱) is folded first.
    return bool(_CALL_TO_ACTION.match(simplified(text).strip(_BUTTON_MARKS)))


# A card's title: a short line with no sentence in it, over the card's sentence and its button.
_CARD_TITLE_CHARS = 24


def _titled_card(node: Element) -> bool:
    """Whether a button's box is a card of its own: a title line over the sentence it states and the line of its
    button (情感测试：你是哪种恋爱性格？ / 只需回答12道题，测出… / 开始测试>>), not an article's paragraph with a link
    after it."""
    lines = block_lines(node)
    return len(lines) >= 3 and len(lines[0]) <= _CARD_TITLE_CHARS and not STATEMENT_END.search(lines[0])


def _long_run(node: Element, *, notices: bool = False) -> bool:
    """Whether the block holds a text run longer than a widget's outside its links; with `notices`, a run that is
    a notice or a prompt does not count (a tip-off box's call: 身边有新鲜事？拨打爆料热线 …，或发邮件至 …), nor a service
    line with its fields (投诉热线：… 受理时间：… 受理截止：…)."""
    return any(
        len(run := squash(str(text))) > MAX_BOX_RUN and not (notices and (is_prompt_line(run) or _HOTLINE.match(run)))
        for text in text_outside_links(node)
    )


def _is_widget_seed(node: Element) -> bool:
    """A link to more of a module or a sales call to action, or an app prompt: what a widget box is built around."""
    if node.tag == "a":
        text = squash(text_of(node))
        # A call to action is a button whatever it points to (a script's booking, javascript:;), printed bare or
        # in brackets (【我要提问】); a link to more of a module must lead away.
        # A button a script binds (no address, or javascript:) leads away as well: 查看完整数据 on a score card.
        return bool(_is_call(text) or ((to_other_page(node) or script_button(node)) and (
            MORE_LINK.search(text) or _VIEW_LINK.match(text))))
    # Asked of every span, div and p: an app word holds no whitespace, so it is found in the text as printed,
    # and the length is told without squashing the text of every block up to the page's.
    text = text_of(node)
    return bool(_APP_WORDS.search(text)) and not squashed_longer_than(text, MAX_BOX_RUN)


def drop_widget_boxes(root: Element, lengths: Lengths) -> None:
    """Remove boxes without sentences, holding a link, built around a table (quotes, scores), a link to more
    of a module (进入行情中心>>) or an app prompt: the page's widgets and promos, not the article. Then the boxes a
    refresh stamp closes and person cards (`_drop_stamped_boxes`, `_drop_profile_cards`), which hold no link.
    """
    seeds = [n for n in root.iter("a", "p", "span", "div") if _is_widget_seed(n)]
    # A table opens a widget (a score board, a quote board) only above the article's first sentence: further
    # down, a table is the article's own figures.
    seeds += [t for t in root.iter("table") if not _after_prose(t, root)]
    for seed in seeds:
        if not hangs_below(seed, root):
            continue  # removed with a box already
        asks = seed.tag == "a" and _is_call(squash(text_of(seed)))
        defines = seed.tag == "a" and bool(_REFERENCE_MORE.search(squash(text_of(seed))))
        box = _box_around(seed, root, lengths, asks=asks, defines=defines)
        if box is None and asks:
            box = _plea_box(seed, root, lengths)
        if box is None:
            box = _link_line(seed)
        # A box leads away through a link, or through the script button it was built around (查看完整数据).
        button = seed.tag == "a" and script_button(seed)
        if box is not None and (
            asks or button or any(to_other_page(a) for a in box.iter("a")) or _SCAN.search(text_of(box))
            or _pictured_prompt(seed, box)
        ):
            remove(box)
    # The root's text, read once for the three kinds of labelled box: each asks it for its words first.
    whole = text_of(root)
    _drop_stamped_boxes(root, lengths, whole)
    _drop_profile_cards(root, lengths, whole)
    _drop_hotline_cards(root, lengths, whole)
    _drop_verdict_boxes(root, lengths, whole)
    _drop_paper_cards(root, lengths, whole)
    _drop_gallery_boxes(root, lengths, whole)
    _drop_attachment_tips(root, lengths, whole)
    _drop_scan_cards(root, lengths, whole)
    _drop_post_cards(root, lengths, whole)
    _drop_article_cards(root, lengths, whole)


def _drop_article_cards(root: Element, lengths: Lengths, whole: str) -> None:
    """Remove the cards of other articles set between the text's paragraphs: a box right after a paragraph, before
    another, holding one link to another page whose text is a headline, under a heading of its own (网友游记 / <a>古镇
    一日，在老茶馆里坐了一下午</a>), a dated row and no sentence (作者：… 2012-04-06 阅读 3,211 / a teaser that trails
    off……). The article's own boxes state sentences; its date row stands under the headline, not after a paragraph."""
    if not FULL_DATE.search(whole):
        return
    for box in list(root.iter("div", "section", "aside")):
        previous, following = box.getprevious(), box.getnext()
        if previous is None or following is None or previous.tag != "p" or not hangs_below(box, root):
            continue
        if lengths(box) > MAX_PLAYER_TEXT:
            continue
        text = squash(text_of(box))
        if SENTENCE_END.search(text) or not FULL_DATE.search(text) or not SENTENCE_END.search(text_of(previous)):
            continue
        heads = [a for a in box.iter("a") if to_other_page(a) and len(squash(text_of(a))) >= MIN_HEADLINE]
        # The headline it links stands in a heading or bold element, as an editor's subheading does.
        if len(heads) == 1 and any(ancestor.tag in HEADING_TAGS for ancestor in heads[0].iterancestors()):
            remove(box)


def _pictured_prompt(seed: Element, box: Element) -> bool:
    """Whether an app prompt's box (下载某某客户端 / its slogan) holds a picture or a script's button: the app's logo
    or code stands for its link, as a scan card's code does. A figure whose caption names an app holds no prompt
    to get it."""
    if seed.tag == "a":
        return False
    # The button that opens the app, which the page's script binds (打开), stands for its link too.
    if any(map(script_button, box.iter("a"))):
        return True
    return box.find(".//img") is not None and is_prompt_line(squash(text_of(seed)))


# The text runs that hold a prompt to scan a code (`_SCAN_WORDS`), found by libxml2 rather than by a regex search of
# every run in Python.
# 关注 is a seed only where the line is a call to follow an account (notices.is_follow_call).
_FOLLOW_WORD = "关注"
_SCAN_TEXTS = etree.XPath(
    ".//text()[" + " or ".join(f"contains(., '{word}')" for word in (*_SCAN_WORDS, _FOLLOW_WORD)) + "]"
)


# An embedded microblog post (某某 的网易微博 / the post / 7月19日 23:41 来自网易微博 转发(326) 评论(518)): the post's
# signature row, the client it came from and its counts, closes the card, which quotes another page, not the article.
_POST_SIGNATURE = re.compile(r"[来來]自\S{0,12}?(?:微博|客户端|客戶端|网页|網頁|手机|手機)\S*\s*(?:转发|轉發)\s*[(（]\d+[)）]")
_POST_CARD_CHARS = 300


def _drop_post_cards(root: Element, lengths: Lengths, whole: str) -> None:
    """Remove an embedded post's card: a short box whose last block is a post's signature row and whose first names
    the account without stating anything (某某 的网易微博)."""
    if "来自" not in whole and "來自" not in whole:
        return
    for seed in [n for n in root.iter("p", "div", "span") if _POST_SIGNATURE.search(squash(text_of(n)))]:
        box = seed.getparent()
        if box is None or box is root or not hangs_below(box, root) or lengths(box) > _POST_CARD_CHARS:
            continue
        first = next((child for child in box if isinstance(child.tag, str)), None)
        if first is not None and first is not seed and not SENTENCE_END.search(squash(text_of(first))):
            remove(box)


# The scan word as a prompt: opening the line, asked for (请扫码, 长按扫一扫), before what scanning gets the reader
# (扫码关注, 扫一扫即可免费领取, 扫码看更多), or after the app to scan with (微信扫一扫). A caption telling how people scan
# (会员用手机扫码进门) asks nothing.
_SCAN_PROMPT = re.compile(
    rf"^\W*(?:微信|手机|用手机)?(?:{_SCAN.pattern})|(?:请|欢迎|长按|即可|可|微信)(?:{_SCAN.pattern})"
    rf"|(?:{_SCAN.pattern})(?:二维码)?[，,\s]*(?:即可|可|立即|免费|马上){{0,2}}"
    r"(?:关注|下载|加入|添加|进群|入群|领取|阅读|收听|收看|观看|回看|了解|报名|获取|查看|访问|打开|参与|预约|购买|订阅|"
    r"咨询|登录|注册|下单|支付|看|听|浏览|识别)"
)


def _drop_scan_cards(root: Element, lengths: Lengths, whole: str) -> None:
    """Remove a code's card: a box around a picture (the code) and a prompt to scan it, or a call to follow the
    account (关注某某微信公众号), which may state one short sentence of what the account offers (扫码关注某某公众号，在线
    提交…。, 每天一条健康干货) beside the service's name and hotline. The site's card beside any article of its
    channel. A card without a picture is one where it also links another page (网上立案：<a>…</a>) and holds lines
    of its own beside the prompt (its name, a hotline); a prompt alone in its box is left to the line tests.
    `whole` is the root's text."""
    if not any(word in whole for word in _SCAN_WORDS) and _FOLLOW_WORD not in whole:
        return
    for text in _SCAN_TEXTS(root):
        seed = text_owner(text)
        if seed is None or not hangs_below(seed, root):
            continue
        if not _SCAN_PROMPT.search(text) and not is_follow_call(squash(text)):
            continue
        box = _box_around(seed, root, lengths, defines=True)
        if box is not None and (box.find(".//img") is not None or _linked_card(box)):
            remove(box)


def _linked_card(box: Element) -> bool:
    """Whether a box holds a link to another page and lines beside its prompt (a service card's name, its hotline)."""
    return any(to_other_page(anchor) for anchor in box.iter("a")) and len(block_lines(box)) >= _CARD_LINES


# A service card's name, its hotline or link, and the prompt: three lines.
_CARD_LINES = 3


# A person card's line of what its expert treats or studies (擅长：…, 专长：…, 研究方向：…): with the portrait beside it,
# a card the page shows of someone the article quotes; the article says so in its sentences.
_PROFILE_WORDS = ("擅长", "专长", "研究方向", "主攻方向", "主治")
_PROFILE_LABEL = re.compile(rf"^(?:{'|'.join(_PROFILE_WORDS)})[:：]")
# A card's line naming the person the article speaks with or for (口述者：老周, 受访者：某某), a name and nothing else:
# the article tells the person's story in its sentences, the card repeats it beside a portrait.
_SPEAKER_WORDS = ("口述者", "讲述者", "受访者", "主讲人")
_SPEAKER_LABEL = re.compile(rf"^(?:{'|'.join(_SPEAKER_WORDS)})\s*[:：]\s*[^\s，。！？]{{1,8}}$")


def _drop_profile_cards(root: Element, lengths: Lengths, whole: str) -> None:
    """Remove a person card: a box without sentences holding a portrait and a line of what the person treats or
    studies (钱某 主任医师 内分泌科 擅长：…), or a line naming the person the article speaks for (口述者：老周).
    `whole` is the root's text."""
    for words, label in ((_PROFILE_WORDS, _PROFILE_LABEL), (_SPEAKER_WORDS, _SPEAKER_LABEL)):
        for box in _labelled_boxes(root, lengths, words, label, ("p", "span", "div", "dd"), whole=whole):
            if box.find(".//img") is not None:
                remove(box)
    if "简介" in whole or "介绍" in whole:
        _drop_expert_cards(root, lengths)


# An expert card under its heading (专家简介 / 医生介绍), with what the expert treats and when they see patients (擅长…,
# 门诊时间：…): the hospital's card of the doctor the article quotes, portrait or not.
_EXPERT_HEADING = re.compile(r"^[【\[]?(?:专家|医生|医师)(?:简介|介绍)[】\]]?$")
_EXPERT_FIELDS = re.compile(r"擅长|专长|门诊时间|出诊时间|坐诊时间")
_EXPERT_HEADINGS = etree.XPath(
    ".//*[self::p or self::div or self::h4 or self::h5 or self::strong or self::b]"
    "[contains(text(), '简介') or contains(text(), '介绍')]"
)


def _drop_expert_cards(root: Element, lengths: Lengths) -> None:
    """Remove an expert card: a box opening on its heading (专家简介), a few short lines under it that say what the
    expert treats or when they see patients."""
    for heading in _EXPERT_HEADINGS(root):
        box = heading.getparent()
        if box is None or box is root or box.tag not in BOXES or not hangs_below(box, root):
            continue
        lines = block_lines(box)
        if (
            len(lines) >= 2 and _EXPERT_HEADING.match(lines[0]) and lengths(box) <= MAX_SUMMARY
            and _EXPERT_FIELDS.search(" ".join(lines[1:])) is not None
        ):
            remove(box)


# A reference card's heading: the kind of note it gives beside the article (名词解释, 健康百科, 知识链接, 相关法条,
# 【粤语小词典】, ■小贴士, a paper's 【链接】 and 【小资料】 sidebars, a health desk's 【防控小常识】), a term's definition, a
# statute's text or a tip the article's sentences rely on but do not say.
# A card on a person or a place under its 名片 or its 简介 (【作家名片】, 人物简介) is a reference card too: one line of
# who the person is, beside the article that tells the story.
# A card of standing rules or advice under its 提示 (【安全提示】 over a lab's rules) is a tips card as 小贴士 heads.
_TIPS_WORDS = ("贴士", "提示")
# The words that ask what a term is (什么是“隔写”, 何为…).
_TERM_ASKED = ("什么是", "什么叫", "何为", "何谓")
_REFERENCE_WORDS = ("名词解释", "百科", "链接", "知识卡片", "小知识", "常识", "资料", "法条", "词条", "释义", "词典", "辞典",
                    "小贴士", "提示", "名片", "人物简介", "作者简介", "作家简介", *_TERM_ASKED)
# The heading may name the term after a mark (知识卡片｜瑞利散射, 【链接】扬州“三把刀”), or ask what it means
# (小贴士｜什么是“小单快返”？), or be that question alone (【什么是“隔写”】).
_REFERENCE_HEAD = re.compile(
    rf"^[^\s，。！？：:]{{0,4}}(?:{'|'.join(_REFERENCE_WORDS)})(?:\s*[｜|丨·:：】\]]\s*[^\s，。！？]{{1,12}}[？?]?)?$"
    rf"|^(?:{'|'.join(_TERM_ASKED)})[^\s，。！？?]{{1,12}}[？?]?$"
)
_REFERENCE_WORD = re.compile("|".join(_REFERENCE_WORDS))
_REFERENCE_TAGS = ("div", "p", "span", "h3", "h4", "strong", "b", "dt")
_REFERENCE_HEADS = etree.XPath(
    ".//*[" + " or ".join(f"self::{tag}" for tag in _REFERENCE_TAGS) + "]["
    + " or ".join(f"contains(text(), '{word}')" for word in _REFERENCE_WORDS) + "]"
)
# A card's note: one definition or one statute's article, with a link to more of the reference at most.
_REFERENCE_BLOCKS = 3
# A glossary card defines a few terms, one sentence each (变脸：川剧表演的特技之一…; 吐火：…), each line naming its term
# before the mark: the terms are the card's, a paragraph of the article does not open on a term and a colon in turn.
_GLOSSARY_ENTRY = re.compile(r"^[^\s，。！？：:]{1,8}[:：]")
_GLOSSARY_ENTRIES = 4
# A definition may take a second sentence (who found it, when) on a card that links to its reference entry: two
# sentences under a reference's heading with no such link are the article's background.
_LINKED_SENTENCES = 2


# A reference card's question of what its term is, a line of its own (什么是“金镶玉”？, 何为…？).
_TERM_QUESTION = re.compile(rf"^(?:{'|'.join(_TERM_ASKED)})[^，。！？?]{{1,16}}[？?]$")


def drop_reference_cards(root: Element, lengths: Lengths) -> None:
    """Remove a reference card: a box opening on a heading that names a reference (名词解释, 健康百科, 相关法条), with
    one short note under it (a term's definition, a statute's text) and a link to more at most."""
    # The root's text, read once by the serializer, names no reference on nearly every page: no element is asked.
    whole = text_of(root)
    folded = simplified(whole)
    if not _REFERENCE_WORD.search(folded):
        return
    for heading in _REFERENCE_HEADS(root) if folded is whole else _folded_heads(root):
        box = heading.getparent()
        if box is not None and box.tag == "p" and squash(text_of(box)) == squash(text_of(heading)):
            heading, box = box, box.getparent()  # a bold label that is its paragraph's whole text (<p><b>■小贴士</b></p>)
        # The heading may open the paragraph of its note (<p><strong>【某某小词典】</strong>某词：…</p>).
        if box is None or box is root or not (box.tag in BOXES | {"p"} or _lone_cell(box)) or not hangs_below(box, root):
            continue
        blocks = [child for child in box if isinstance(child.tag, str)]
        printed = squash(text_of(heading))
        label = simplified(printed.strip("【】[]"))
        if blocks[0] is not heading or (box.text or "").strip() or not _REFERENCE_HEAD.match(label):
            continue
        tips = any(word in label for word in _TIPS_WORDS)
        if "提示" in label and box.tag == "p":
            # A notice's label opening its own line (【中秋消费提示】某某开通投诉通道) heads a service card, which the
            # hotline card's test reads whole; only a line of its own heads a card of rules.
            continue
        entries = _glossary_entries(blocks[1:], tips=tips)
        # A closing link to more of the reference (某某专题>>) is no note of the card's.
        closing_link = len(blocks) > 2 and not squash("".join(text_outside_links(blocks[-1]))).strip("|｜ ")
        if len(blocks) - closing_link > _REFERENCE_BLOCKS and not entries:
            continue
        note = lengths(box) - lengths(heading)
        linked = any(to_other_page(link) for link in box.iter("a"))
        # Tips under their label (■小贴士) are a few practical sentences (hours, what to bring), not one definition.
        # A label in black brackets (【新闻链接】) sets the card off as the paper's own insert: its note may take a
        # second sentence too.
        bracketed = printed.startswith("【")
        allowed = max(entries, _LINKED_SENTENCES if linked or bracketed or tips else 1)
        # The card may ask what its term means on a line of its own (什么是“金镶玉”？) before it says.
        asked = sum(1 for block in blocks[1:] if _TERM_QUESTION.match(squash(text_of(block))))
        asked += int(_TERM_QUESTION.match(label) is not None)  # ... or as its heading (【什么是“隔写”？】)
        if note <= MAX_SUMMARY and len(SENTENCE_END.findall(squash(text_of(box)))) - asked <= allowed:
            remove(box)


def _folded_heads(root: Element) -> list[Element]:
    """`_REFERENCE_HEADS` on a page in traditional characters (【客語小辭典】): the words are read folded."""
    return [
        node for node in root.iter(*_REFERENCE_TAGS)
        if node is not root and node.text and _REFERENCE_WORD.search(simplified(node.text))
    ]


def _lone_cell(cell: Element) -> bool:
    """Whether `cell` is the only cell of its table: a bordered box an old page draws as a table."""
    table = next(cell.iterancestors("table"), None)
    return cell.tag == "td" and table is not None and sum(1 for _ in table.iter("td")) == 1


# A site's own service box among the paragraphs, labelled with the site's name as its <title> gives it, a middle dot
# and the service's name (网易读书·书友会 over a reading club's next meeting, 网易家电·维权通道：遇到消费纠纷？点击在线投诉):
# the site's, set beside any article of its channel.
# The label may stand in black brackets (【网易宁夏·春季治沙志愿者招募】), as a station's boxes print it.
_SERVICE_LABEL = re.compile(r"^\s*[【\[]?([^\s·•・，。：:【】\[\]]{2,8})\s*[·•・]\s*[\u4e00-\u9fff]{2,8}")
_SERVICE_MARK = re.compile("[·•・]")
# The most a service box holds (its label, a line or two and its buttons), squashed.
_SERVICE_CHARS = 160
_SECTION_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_SERVICE_TAGS = frozenset({"p", "div", "span", "strong", "b", "table", "tr", "td", "section"})


def drop_service_boxes(root: Element) -> None:
    """Remove the site's service boxes (`_SERVICE_LABEL`) from `root`: the widest short block around the label that
    opens on it and holds no heading."""
    # The dots are asked for first: most bodies print none, and then the <title> need not be read.
    runs = _SERVICE_RUNS(root)
    names = site_parts(html_title(root)) if runs else frozenset()
    if not names:
        return
    for run in runs:
        label = _SERVICE_LABEL.match(str(run))
        owner = run.getparent()
        if label is None or owner is None or title_key(label.group(1)) not in names:
            continue
        box = _service_box(owner, root, squash(str(run)))
        if box is not None and _asks_to_act(box):
            remove(box)


def _asks_to_act(box: Element) -> bool:
    """Whether `box` is a box of its own among the paragraphs (a paragraph of the text may open on the site's name)
    that asks the reader to act: a link, or a call in its words."""
    return box.tag in _BOX_TAGS and (box.find(".//a") is not None or _SERVICE_CALL.search(text_of(box)) is not None)


_BOX_TAGS = frozenset({"div", "section", "table", "tr", "td"})
# What a service box asks its reader to do: ring, write in, sign up, ask, complain, post.
# ... or send in their work, their photos or their tips (投稿邮箱, 欢迎晒出…, 欢迎在跟贴中告诉我们).
_SERVICE_CALL = re.compile(r"拨打|致电|热线|点击|报名|提问|咨询|投诉|留言|发帖|预约|投稿|来稿|晒出|跟贴|跟帖|告诉我们")
_SERVICE_RUNS = etree.XPath(".//text()[contains(., '·') or contains(., '•') or contains(., '・')]")


def _service_box(owner: Element, root: Element, label: str) -> Element | None:
    """The widest block from `owner` up (below `root`) whose text opens on `label` and is short, with no heading."""
    box = None
    node: Element | None = owner if owner.text and _SERVICE_MARK.search(owner.text) else None
    while node is not None and node is not root and node.tag in _SERVICE_TAGS:
        text = squash(text_of(node))
        if not text.startswith(label) or len(text) > _SERVICE_CHARS or next(node.iter(*_SECTION_HEADINGS), None) is not None:
            break
        box, node = node, node.getparent()
    return box


# An ad's label, an element of its own (<span>广告</span>) beside the ad's picture or link and its slogan: the box is the
# ad, whatever its class is named.
_AD_LABEL = re.compile(rf"^{AD_SLOT_LABEL}$")
_AD_LABEL_RUNS = etree.XPath(
    ".//text()[contains(., '广告') or contains(., '推广') or contains(., '廣告') or contains(., '推廣')]"
)
# The most an ad box prints besides its label (a slogan, a button).
_AD_CHARS = 60


def drop_labelled_ads(root: Element) -> None:
    """Remove an ad box: the block around an element whose whole text is the ad's label, short, with a link or a
    picture in it."""
    for run in _AD_LABEL_RUNS(root):
        label = run.getparent()
        if label is None or not run.is_text or not _AD_LABEL.match(squash(text_of(label))):
            continue
        box = label.getparent()
        if (
            box is not None and box is not root and box.tag in BOXES | {"p"} and hangs_below(box, root)
            and len(squash(text_of(box))) <= _AD_CHARS and (box.find(".//a") is not None or box.find(".//img") is not None)
        ):
            remove(box)


def _glossary_entries(blocks: list[Element], *, tips: bool = False) -> int:
    """How many terms a glossary card under its heading defines: every block but a closing link names its term
    before a colon (变脸：…), two to _GLOSSARY_ENTRIES of them; 0 for any other card. With `tips` (a tips card, ■小贴士),
    a short line of advice counts as an entry too (请勿投喂面包: the card's practical lines, each a few words)."""
    if blocks and blocks[-1].tag == "a":
        blocks = blocks[:-1]
    lines = [squash(text_of(block)) for block in blocks]
    entries = all(_GLOSSARY_ENTRY.match(line) or (tips and _is_tip(line)) for line in lines)
    if not 2 <= len(lines) <= _GLOSSARY_ENTRIES or not entries:
        return 0
    return len(lines)


# A tips card's line of advice: a few words, no sentence after it.
_TIP_CHARS = 24


def _is_tip(line: str) -> bool:
    return len(line) <= _TIP_CHARS and SENTENCE_END.search(line.rstrip("。！")) is None


# A service card's line: a hotline's label and its number (投诉电话：027-5550138, 服务热线 400-000-0000), or a mailbox's
# and its address (征集邮箱：name@host), maybe after the card's hook asking for tips (身边有新鲜事？热线：…), maybe before
# the card's other fields on the same line (受理时间：9:00-18:00　截止日期：9月30日).
_HOTLINE_WORDS = ("电话", "热线", "邮箱", "信箱")
_SERVICE_FIELD = r"[^\s，。！？：:]{1,6}\s*[:：]\s*[^\s，。！？]{1,24}"
_HOTLINE = re.compile(
    r"^(?:[^\s，。！？]{1,12}[？?]\s*)?[^\s，。！？：:]{0,6}"
    r"(?:(?:电话|热线)\s*[:：]?\s*[\d()（）\-－—\s]{7,20}|(?:邮箱|信箱)\s*[:：]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
    rf"(?:\s+{_SERVICE_FIELD}){{0,3}}$"
)
_FIELD_AFTER = re.compile(rf"\s{_SERVICE_FIELD}")
# The label of an outlet's line for readers' tips (【新闻热线】, 报料热线, 爆料电话) and a number alone on its line, its
# hours in brackets after it (0510-55550000（24小时）).
_TIP_LINE_LABEL = re.compile(r"^[【\[]?\s*(?:新闻|报料|爆料)(?:热线|電話|电话|熱線)\s*[】\]]?$")
_NUMBER_LINE = re.compile(r"^[\d()（）\-－—\s]{7,20}(?:[（(][^）)]{1,12}[)）])?$")
# The hotline's line, its hours and the card's heading.
_HOTLINE_LINES = 3


def _drop_hotline_cards(root: Element, lengths: Lengths, whole: str) -> None:
    """Remove a service card: a box without sentences around a hotline's line that also holds a link (在线投诉) or
    another line (受理时间：…): the site's or a body's service, shown beside any article of its channel. Its hook may
    ask a question (身边有新鲜事？). `whole` is the root's text."""
    tags = ("p", "span", "div", "li", "dd")
    for box in _labelled_boxes(root, lengths, _HOTLINE_WORDS, _HOTLINE, tags, asks=True, whole=whole):
        lines = _blocks_inside(box)
        # A field after the number on the hotline's own line (… 受理时间：9:00-18:00) counts as a line of its own.
        fields = sum(len(_FIELD_AFTER.findall(squash(text_of(line)))) for line in lines)
        if box.find(".//a") is not None or len(lines) + fields >= _HOTLINE_LINES:
            remove(box)
    # The outlet's own tip line as a card under its label (【新闻热线】 / 身边事，欢迎拨打新闻热线 / 0510-5555…):
    # the number on a line of its own.
    for box in _labelled_boxes(root, lengths, _HOTLINE_WORDS, _TIP_LINE_LABEL, tags, asks=True, whole=whole):
        if any(_NUMBER_LINE.match(squash(text_of(line))) for line in _blocks_inside(box)):
            remove(box)


def _blocks_inside(box: Element) -> list[Element]:
    """The element children of `box`, read through wrappers that hold nothing but one element (a plain <div> a
    template sets around the card)."""
    while True:
        blocks = [child for child in box if isinstance(child.tag, str)]
        if len(blocks) != 1 or not wraps_only(box, blocks[0]):
            return blocks
        box = blocks[0]


# A review's verdict box: its score, as one figure (7.6分, 7.8/10, 网易数码评分：7.8分, or a bare 8.2 under the heading),
# per category (画面 8.0 音效 7.5 操作 7.0, 口味 ★★★★☆ 环境 ★★★☆☆), under a heading that names a rating (网易手机评分,
# 首测评分, 探店打分); pros and cons lines may follow. The review states its verdict in its sentences; the box sums it
# up beside any review of the channel.
_VERDICT_WORDS = ("评分", "打分")
_SCORE_LINE = re.compile(
    r"^(?:(?:[^\s\d，。：:]{0,10}评分\s*[:：]?\s*)?\d{1,2}(?:\.\d{1,2})?\s*(?:分|/\s*(?:10|5|100))|\d{1,2}\.\d{1,2}"
    r"|(?:[^\s\d，。：:]{1,4}\s*\d{1,2}\.\d\s*){3,}|(?:[^\s\d，。：:★☆]{1,4}\s*[★☆]{5}\s*){2,})$"
)


def _drop_verdict_boxes(root: Element, lengths: Lengths, whole: str) -> None:
    """Remove a verdict box: a box without sentences around a score's line, whose text names a rating (评分, 打分).
    A table of scores the text announces (…评分结果如下：) is the article's. `whole` is the root's text."""
    # A row of scores per category fills a table's row, one cell a category (画面 8.0 | 音效 7.5 | …).
    tags = ("p", "span", "div", "td", "tr", "li", "dd")
    for box in _labelled_boxes(root, lengths, _VERDICT_WORDS, _SCORE_LINE, tags, defines=True, whole=whole):
        if not announced(box) and any(word in text_of(box) for word in _VERDICT_WORDS):
            remove(box)


# A research paper's card under a science report (论文信息 / 标题：… / 期刊：《…》 / 发表时间：… / DOI：…): the paper the
# report retells, by its bibliographic fields. Its journal's or its DOI's line is what the card is found by.
_PAPER_WORDS = ("期刊", "DOI", "doi")
_PAPER_SEED = re.compile(r"^(?:(?:发表|来源)?期刊|刊物|DOI|doi)\s*[:：]\s*\S.{0,60}$")
_PAPER_FIELD = re.compile(
    r"^(?:论文)?(?:标题|题目|名称)|^(?:发表|来源)?期刊|^刊物|^作者|^(?:发表|出版|在线发表)(?:时间|日期)|^DOI|^doi|^(?:论文|原文)?链接"
)
_PAPER_FIELDS = 2
# The card's own heading over its fields (论文信息, 研究论文): a few words, no mark.
_PAPER_HEADING = re.compile(r"^[^\s，。！？：:]{2,8}$")


def _drop_paper_cards(root: Element, lengths: Lengths, whole: str) -> None:
    """Remove a paper's card: the box around a journal's or a DOI's line whose every line is one of a paper's fields
    (标题：… in any language, 期刊：…, 发表时间：…), two at least, under a heading at most, which the text does not
    announce. `whole` is the root's text."""
    if not any(word in whole for word in _PAPER_WORDS):
        return
    for seed in [n for n in root.iter("p", "span", "div", "li", "dd") if _PAPER_SEED.match(squash(text_of(n)))]:
        box = seed.getparent()
        if box is None or box is root or box.tag not in CARD_BOXES or not hangs_below(box, root) or announced(box):
            continue
        lines = block_lines(box)
        fields = [line for line in lines if _PAPER_FIELD.match(line) and ("：" in line or ":" in line)]
        heading = lines[:1] if lines and _PAPER_HEADING.match(lines[0]) else []
        if len(fields) >= _PAPER_FIELDS and len(fields) + len(heading) == len(lines):
            remove(box)


# A gallery's buttons, maybe with the counter of the picture it shows between them (上一张 1/5 下一张).
_PAGER_PART = rf"{PICTURE_BUTTONS}|{PICTURE_COUNTER}"
_PICTURE_PAGER = re.compile(rf"^(?:{PICTURE_BUTTONS})(?:\s*(?:{_PAGER_PART}))*$")
_PAGER_PARTS = re.compile(_PAGER_PART)
# A gallery's own line besides its buttons: its title (某某外观图赏), no caption's sentence.
_GALLERY_TITLE = 20


def _drop_gallery_boxes(root: Element, lengths: Lengths, whole: str) -> None:
    """Leave only the pictures of a gallery: a box around a picture and its buttons (上一张 1/5 下一张) whose only
    other line is a short title (漫川X7外观图赏). The pictures are the article's; the buttons, the counter and the
    slideshow's title are the page's, which the article's text does not print. `whole` is the root's text."""
    for box in _labelled_boxes(root, lengths, ("上一张", "下一张"), _PICTURE_PAGER, ("div", "p", "span"), whole=whole):
        if box.find(".//img") is not None and len(_PAGER_PARTS.sub("", squash(text_of(box)))) <= _GALLERY_TITLE:
            _only_pictures(box)


# An attachment's size as a forum prints it beside a picture, after a call to download it or the file's name
# (下载 (86.25 KB), 阳台.jpg (1.2 MB, 下载次数: 3)): forum software's tip, which no article's text prints.
_FILE_SIZE = re.compile(
    r"^(?:下载(?:附件)?\s*|[^\s，。！？]{1,40}\.(?:jpe?g|png|gif|bmp|webp)\s*)?"
    r"[（(]\s*\d+(?:\.\d+)?\s*[KMG]B(?:\s*[,，]\s*下载次数\s*[:：]\s*\d+)?\s*[)）]$",
    re.IGNORECASE,
)


def _drop_attachment_tips(root: Element, lengths: Lengths, whole: str) -> None:
    """Remove an attachment's tip, the box a file's size opens (下载 (86.25 KB) / 2012-4-15 10:20 上传), leaving only
    the picture where the box holds it: the forum's chrome around a post's picture. `whole` is the root's text."""
    # The size's unit in either case, as the pattern reads it.
    units = ("KB", "MB", "GB", "kb", "mb", "gb", "Kb", "Mb", "Gb")
    for box in _labelled_boxes(root, lengths, units, _FILE_SIZE, ("p", "span", "div", "em"), whole=whole):
        if box.find(".//img") is None:
            remove(box)
        else:
            _only_pictures(box)


def _only_pictures(node: Element) -> None:
    """Remove every text of `node` and every block in it that holds no picture."""
    node.text = None
    for child in list(node):
        child.tail = None
        if child.tag != "img" and child.find(".//img") is None:
            remove(child)
        elif child.tag != "img":
            _only_pictures(child)


def _drop_stamped_boxes(root: Element, lengths: Lengths, whole: str) -> None:
    """Remove the box a refresh stamp closes (目的地天气 … 更新时间：…): a module's live data, linked or not. Its
    note may state one short sentence (a weather warning); the stamp alone in the article's block stays. `whole` is
    the root's text."""
    # 数据 alone is a common word of articles: its stamps' whole labels are looked for.
    words = ("更新", "刷新", "报价", "数据日期", "数据时间")
    # A table's cell may print the stamp too (报价更新：… under a product card's price).
    tags = ("p", "span", "div", "td")
    for box in _labelled_boxes(root, lengths, words, _UPDATE_STAMP, tags, defines=True, whole=whole):
        remove(box)


def _labelled_boxes(
    root: Element, lengths: Lengths, words: tuple[str, ...], label: re.Pattern[str], tags: tuple[str, ...],
    *, asks: bool = False, defines: bool = False, whole: str | None = None,
) -> Iterator[Element]:
    """The boxes around the blocks whose whole text `label` matches, one at a time (the caller may remove each
    before the next is looked for), each larger than its block (`asks` and `defines` as `_box_around`'s). Each
    block's text is part of the root's (`whole`, when the caller read it already): without one of `words` there,
    no block is asked."""
    if whole is None:
        whole = text_of(root)
    if not any(word in whole for word in words):
        return
    for seed in [n for n in root.iter(*tags) if label.match(squash(text_of(n)))]:
        if hangs_below(seed, root):
            box = _box_around(seed, root, lengths, asks=asks, defines=defines)
            if box is not None and box is not seed:
                yield box


def _plea_box(seed: Element, root: Element, lengths: Lengths) -> Element | None:
    """The box of a call to action that pleads in one statement under its heading (独立媒体需要你的支持 / 本刊不受财团资
    助，…支持我们。 / 立即支持): its button a line of its own, its first block a heading that states nothing. A
    button inside the article's sentence, or a box opening on a statement, is the article's text. The button may
    close the plea's line (独立的报道需要你的支持。<a>我要捐款 »</a>)."""
    if _link_line(seed) is None and not _closes_plea(seed):
        return None
    box = _box_around(seed, root, lengths, asks=True, defines=True)
    heading = next((child for child in box if isinstance(child.tag, str)), None) if box is not None else None
    if heading is None or heading is seed.getparent():
        return None
    text = squash(text_of(heading))
    return box if 0 < len(text) <= MAX_BOX_RUN and not SENTENCE_END.search(text) else None


def _closes_plea(seed: Element) -> bool:
    """Whether the link `seed` closes a paragraph of one short statement before it (支持我们。<a>我要捐款</a>)."""
    parent = seed.getparent()
    if seed.tag != "a" or parent is None or parent.tag != "p" or (seed.tail or "").strip() or seed.getnext() is not None:
        return False
    before = squash(text_of(parent))[: -len(squash(text_of(seed))) or None]
    return 0 < len(before) <= MAX_BOX_RUN and len(SENTENCE_END.findall(before)) == 1


def _link_line(seed: Element) -> Element | None:
    """The paragraph a link to more of a module fills alone (点击查看原文>>, 更多精彩内容): a line of its own that
    points away, no article's text; a paragraph is no widget box (BOXES), so it is not found as one."""
    parent = seed.getparent()
    if seed.tag != "a" or parent is None or parent.tag != "p":
        return None
    return parent if squash(text_of(parent)) == squash(text_of(seed)) else None


def drop_form_boxes(root: Element, lengths: Lengths) -> None:
    """Remove the box around a form control (a lead form's phone field, a poll's buttons): no article prints an
    input, and the box's prompt (想了解本地优惠？) may end like a sentence, so only its length is asked."""

    def fits(node: Element) -> bool:
        return lengths(node) <= MAX_PLAYER_TEXT and not _long_run(node)

    for control in list(root.iter(*_CONTROLS)):
        if hangs_below(control, root):
            box = box_around(control.getparent(), root, BOXES, fits)
            remove(control if box is None else box)


def drop_link_boxes(root: Element, lengths: Lengths) -> None:
    """Remove boxes among the article's blocks that hold links to two or more other pages and no sentence: a
    product card (model, price, 询底价, 参数配置), a row of service links; the article writes no such block."""
    for box in list(root.iter(*CARD_BOXES)):
        if not hangs_below(box, root):
            continue
        targets = {(a.get("href") or "").strip() for a in box.iter("a") if to_other_page(a)}
        # A table after the article's first sentence is its own figures, linked or not (drop_widget_boxes).
        if len(targets) < 2 or not MIN_HEADLINE <= lengths(box) <= MAX_PLAYER_TEXT or box.find(".//table") is not None:
            continue
        if not SENTENCE_END.search(squash(text_of(box))) and not _long_run(box) and _after_prose(box, root):
            remove(box)


def _after_prose(node: Element, root: Element) -> bool:
    """Whether a sentence precedes `node` inside `root`."""
    return any(
        SENTENCE_END.search(piece if isinstance(piece, str) else text_of(piece)) for piece in preceding(node, root)
    )


def _is_counts_row(node: Element) -> bool:
    """A short row without a sentence holding two or more counts (转发 8312 评论 1.2万; 8650万阅读 · 6.2万讨论), or a
    quoted comment's vote count alone (顶 4410)."""
    text = text_of(node)
    if squashed_longer_than(text, _COUNTS_ROW) or SENTENCE_END.search(text):
        return False
    squashed = squash(text)
    return len(_COUNT.findall(squashed)) >= 2 or _COMMENT_VOTE.match(squashed) is not None


def _count_texts(root: Element) -> list[etree._ElementUnicodeResult]:
    """The text runs below `root` that hold an ASCII digit, in document order.

    As `.//text()[translate(., '0123456789', '') != .]` finds them: libxml2's translate() copies every text run
    a character at a time, where one regex search per run in C costs a third of it.
    """
    return [text for text in _TEXTS(root) if _ASCII_DIGIT.search(text)]


def _counts_rows(root: Element) -> list[Element]:
    """The smallest rows of counts below `root`, found from the text runs that hold a count up: most blocks hold
    none, and their text need not be read."""
    rows: dict[Element, None] = {}  # in document order, each row once
    for text in _count_texts(root):
        node = text_owner(text)
        while node is not None and node is not root and not squashed_longer_than(text_of(node), _COUNTS_ROW):
            if _is_counts_row(node):
                rows[node] = None
                break
            node = node.getparent()
    return list(rows)


def drop_counted_boxes(root: Element, lengths: Lengths) -> None:
    """Remove the box around a row of counts: an embedded post (account, the post, its own time and client, its
    转发 / 评论 / 赞 counts), a topic card (# topic #, its 阅读 / 讨论 counts, a link to join) or a reader's comment
    quoted as a card (its label, the reader, the comment, 顶 4410). Such a box holds a post's own few sentences at
    most; the article's paragraphs report on it from outside the box."""

    def fits(node: Element) -> bool:
        if lengths(node) > MAX_PLAYER_TEXT:
            return False
        return sum(1 for text in text_outside_links(node) if SENTENCE_END.search(str(text))) <= 1

    for row in _counts_rows(root):
        if hangs_below(row, root):
            box = box_around(row, root, BOXES | {"p", "span", "footer"}, fits)
            remove(row if box is None else box)


# A box of key points (划重点, 要点) lists a few, each a headline's length and no more than one statement.
_KEY_POINTS = 6
_KEY_POINT_CHARS = 40


def drop_summary_boxes(root: Element) -> None:
    """Remove a box headed by a summary label on a line of its own (【编辑推荐】, 【导读】) over one short blurb, or
    over a few key points of a headline's length each (划重点 1.… 2.… 3.…): a summary box the template puts above
    the article (a book's blurb), not its text. A box holding more than its label and one paragraph of prose is
    the article's own section and stays."""
    for box in list(root.iter(*CARD_BOXES)):
        blocks = [child for child in box if isinstance(child.tag, str)]
        if len(blocks) < 2 or not is_summary_label(text_of(blocks[0])) or len(squash(text_of(box))) > MAX_SUMMARY:
            continue
        if len(blocks) == 2 or _key_points([squash(text_of(block)) for block in blocks[1:]]):
            remove(box)


def _key_points(lines: list[str]) -> bool:
    """Whether the lines under a summary label are a box's key points: at most _KEY_POINTS, each short and
    stating one thing at most."""
    return len(lines) <= _KEY_POINTS and all(
        len(line) <= _KEY_POINT_CHARS and len(SENTENCE_END.findall(line)) <= 1 for line in lines
    )


# A table of contents: a block of jumps to the page's own sections (<a href="#p1">外观设计</a> | …), at least this
# many, with no words of its own but a label (本文导读：, 目录) and the marks between them.
_CONTENTS_JUMPS = 3
_CONTENTS = etree.XPath(
    f".//*[count(a[starts-with(@href, '#') and string-length(@href) > 1]) >= {_CONTENTS_JUMPS}]"
)
_CONTENTS_LEFT = re.compile(r"^(?:[^\s，。！？：:|｜丨]{1,8}[:：])?[\s|｜丨/·、•]*$")


def drop_contents_boxes(root: Element) -> None:
    """Remove a table of contents: a block whose links jump to the page's own sections and whose words outside
    them are a label and separators at most (本文导读：外观设计 | 屏幕 | 续航). The sections are the article; the
    list of their names is the page's navigation."""
    for block in _CONTENTS(root):
        jumps = [link for link in block if link.tag == "a" and (link.get("href") or "").startswith("#")]
        left = squash(text_of(block))
        for link in jumps:
            left = left.replace(squash(text_of(link)), "", 1)
        if _CONTENTS_LEFT.match(left):
            remove(block)


def drop_description_box(block: Element) -> None:
    """Remove the box that opens the article's block when it prints the page's own description above the
    article's <p> paragraphs, whatever it is named (a picture slot, a lead box): the page says itself that those
    words are its summary, as a box named a summary says (density.py reads that one). Only a box that is no
    paragraph and holds none: a <p> among the others whose words the description repeats is the article's first
    paragraph (many pages describe themselves by their opening), and stays."""
    box = next((child for child in block if isinstance(child.tag, str)), None)
    after = box.getnext() if box is not None else None
    if box is None or after is None or box.tag not in {"div", "section"} or after.tag != "p" or box.find(".//p") is not None:
        return
    # Compared without whitespace: a template breaks and indents the box's text where the meta tag has none.
    key = line_key(text_of(box))
    if key and any(line_key(text) == key for text in descriptions(block.getroottree().getroot())):
        remove(box)


# A figure in a match widget's comparison (45.2%, 41, 2:1).
_FIGURE = re.compile(r"[\d.:%+\-/()（）]{1,8}")
_DIGITS = re.compile(r"\d+")
# A comparison table has at least this many rows of figures.
_COMPARED_ROWS = 3


def _comparison_row(row: Element) -> str | None:
    """How a row compares two sides, or None: "around" for a figure, a short label, a figure (45.2% 投篮命中率 47.8%);
    "after" for the label, then the two sides' figures written alike (控球率 54% 46%, 射门（射正） 15（6） 9（3））)."""
    cells = [squash(text_of(cell)) for cell in row if cell.tag in {"td", "th"}]
    if len(cells) != 3:
        return None
    around = bool(_FIGURE.fullmatch(cells[0]))
    label, sides = (cells[1], (cells[0], cells[2])) if around else (cells[0], (cells[1], cells[2]))
    if not (all(_FIGURE.fullmatch(side) for side in sides) and 0 < len(label) <= HEADING_CHARS):
        return None
    if around:
        return None if _FIGURE.fullmatch(label) else "around"
    return "after" if _DIGITS.sub("0", sides[0]) == _DIGITS.sub("0", sides[1]) else None


def _numbers_rows(rows: list[Element]) -> bool:
    """Whether the first cells of `rows` count them in turn (1, 2, 3, …): a serial column."""
    firsts = [squash(text_of(next(cell for cell in row if cell.tag in {"td", "th"}))) for row in rows]
    if len(firsts) < _COMPARED_ROWS or not firsts[0].isdigit():
        return False
    start = int(firsts[0])
    return firsts == [str(start + step) for step in range(len(firsts))]


def _is_comparison_table(table: Element) -> bool:
    """Whether `table` is a match widget's statistics: `_COMPARED_ROWS` rows or more with a figure on each side of
    the label, or only rows with the label before two figures written alike. An article's own table of that shape
    heads its columns (批次 文科 理科, 奖级 中奖注数 单注奖金) and sets different measures side by side, or numbers
    its rows (1 九眼桥至合江亭段 1.2: the first figure counts the rows, no side's)."""
    rows = list(table.iter("tr"))
    kinds = [_comparison_row(row) for row in rows]
    if _numbers_rows([row for row, kind in zip(rows, kinds, strict=True) if kind == "around"]):
        return False
    return kinds.count("around") >= _COMPARED_ROWS or (len(kinds) >= _COMPARED_ROWS and all(k == "after" for k in kinds))


def drop_comparison_tables(root: Element, lengths: Lengths) -> None:
    """Remove a match widget's statistics (技术统计): a table of rows that set one side's figure and the other's
    around a label, with the box around it that holds no sentence (its heading, its data source line). The
    article's own tables list items with their figures; none mirrors two sides around the labels."""

    def fits(node: Element) -> bool:
        return lengths(node) <= MAX_PLAYER_TEXT and not SENTENCE_END.search(squash(text_of(node)))

    for table in list(root.iter("table")):
        if hangs_below(table, root) and _is_comparison_table(table) and not announced(table):
            box = box_around(table, root, BOXES, fits)
            remove(table if box is None else box)


# A numbered table's caption (表1, 表 2：…): the article's own table, which its text refers to by the number.
_NUMBERED_TABLE = re.compile(r"^(?:附)?表\s*[0-9一二三四五六七八九十]")
# A heading over a table box's figures: a few words.
_TABLE_HEADING = 20
# A headed table's box: its heading, the table and a foot line.
_WITH_FOOT = 3


def drop_headed_tables(root: Element, lengths: Lengths) -> None:
    """Remove a table set among the article's paragraphs under a heading of its own, in a box with it (主流小折叠参数
    对比, then a table of models and figures) or as its caption (8月21日龙虎榜机构净买入前三): a module's figures beside
    the text, which the text does not announce. The article's own table follows a line that announces it
    (…如下：), or is numbered (表1). A card's field lines under a heading in a box of their own (志愿者招募, then
    招募对象：… 报名方式：… 报名截止：…) are such a module too."""
    headed = [_headed_table(table) for table in root.iter("table")]
    headed += [(box, heading) for box in root.iter("div", "section") if (heading := _card_heading(box))]
    # A table whose first row is its heading, one cell across it (决赛比分 over a score board), is a module wherever
    # it stands: above the article's first sentence nothing can have announced it.
    rowed = [(table, heading) for table in root.iter("table") if (heading := _heading_row(table))]
    anywhere = {table for table, _ in rowed}
    for box, heading in headed + rowed:
        if box is None or not hangs_below(box, root) or not 0 < len(heading) <= _TABLE_HEADING:
            continue
        if _NUMBERED_TABLE.match(heading) or announces(heading):
            continue
        if lengths(box) > MAX_PLAYER_TEXT or _states(box):
            continue
        if box not in anywhere and not _after_prose(box, root):
            continue
        if not announced(box):
            remove(box)


_CARD_LINE = re.compile(CARD_FIELD)
# A card under a heading holds at least this many fields.
_HEADED_FIELDS = 2


def _card_heading(box: Element) -> str:
    """The heading's text of a box that holds only a heading's block and the lines of a card's fields, each a block
    of its own, beside one short line at most (the exhibition's name under 展览信息, a note on its figures: 数据截至…);
    "" for any other box."""
    children = [child for child in box if isinstance(child.tag, str)]
    if len(children) < _HEADED_FIELDS or (box.text and box.text.strip()):
        return ""
    fields = others = 0
    # Read line by line: most boxes of a page fail on their first two.
    for line in _card_lines(children[1:]):
        if count := _fields_in(line):
            fields += count
        elif _link_row(line):
            continue  # the card's buttons (报价 | 参数 | 图片 | 点评): links to its item's pages
        elif not others and _is_note(squash(text_of(line))):
            others += 1
        else:
            return ""
    heading = squash(text_of(children[0]))
    return "" if fields < _HEADED_FIELDS or _CARD_LINE.match(heading) else heading


def _link_row(line: Element) -> bool:
    """A row of two or more links with nothing between them but separators."""
    links = [a for a in line.iter("a") if to_other_page(a)]
    between = squash("".join(map(str, text_outside_links(line))))
    return len(links) >= 2 and not between.strip(_ROW_SEPARATORS)


_ROW_SEPARATORS = "|｜/／·• \u3000"


def _card_lines(blocks: list[Element]) -> Iterator[Element]:
    """The lines of a card under its heading: its blocks, a list's items each a line of their own."""
    for block in blocks:
        if block.tag in {"ul", "ol"}:
            yield from (item for item in block if isinstance(item.tag, str))
        else:
            yield block


# A card's numbered step or tip (1.出发前查好潮汐时间；): a number, then a few words and the mark closing them.
_CARD_STEP = re.compile(r"^(?:\d{1,2}[.、．]|[（(]\d{1,2}[)）]|[①-⑩])\s*[^。！？!?；;]{1,30}[。；;]?$")


def _states(box: Element) -> bool:
    """Whether a box under a heading states something: a sentence's end in its text, the mark closing a card's
    numbered step aside (3.翻开的石头请放回原处。 is a tip of the card's, as its other steps)."""
    if box.tag == "table":
        return bool(SENTENCE_END.search(squash(text_of(box))))
    lines = [squash(text_of(line)) for line in _card_lines([child for child in box if isinstance(child.tag, str)])]
    return any(SENTENCE_END.search(line[:-1] if _CARD_STEP.match(line) else line) for line in lines)


def _fields_in(line: Element) -> int:
    """How many of a card's fields or numbered steps `line` holds: one, several set in a run apart by wide spaces
    (借还柜：18个　投放雨伞：3600把), or 0."""
    if _is_field(line):
        return 1
    text = squash(text_of(line))
    if _CARD_STEP.match(text):
        return 1
    parts = text.split()
    return len(parts) if len(parts) >= _HEADED_FIELDS and all(_LOOSE_FIELD.match(part) for part in parts) else 0


# A note under a card's fields, or its item's name: a few words.
_FIELD_NOTE = 24
# ... or a labelled reading with its stamp (雾凇预报：明日指数 ★★★★ 发布时间：12-13 16:00): a module's line, as long as a
# widget's run of text, that opens on its label; the box it stands in holds no sentence (drop_headed_tables).
_LABELLED_NOTE = re.compile(rf"^[^\s，。！？：:]{{1,6}}\s*[:：].{{1,{MAX_BOX_RUN - 8}}}$")


def _is_note(text: str) -> bool:
    """Whether a line under a card's heading that is no field is its note: a few words, or a labelled reading."""
    return len(text) <= _FIELD_NOTE or _LABELLED_NOTE.match(text) is not None

# A field's label or value set in an element of its own: a few words.
_FIELD_PART = 16
# A card's field may hold a comma or a code longer than a word (票价：免费，需预约, DOI：10.0000/mbl.2017.0830): a label
# and a value of a note's length, no sentence.
_LOOSE_FIELD = re.compile(r"^[^\s，。！？：:]{1,6}\s*[:：]\s*[^\s。！？；;：:][^。！？；;：:]{0,23}$")


def _is_field(block: Element) -> bool:
    """Whether `block` is a card's field: a label, its colon and a short value (`_LOOSE_FIELD`), or a label and a value
    each in an element of its own, no colon between (新型储能累计装机 | 1100万千瓦+)."""
    if _LOOSE_FIELD.match(squash(text_of(block))):
        return True
    parts = [child for child in block if isinstance(child.tag, str)]
    return (len(parts) == 2 and not (block.text or "").strip()
            and all(0 < len(squash(text_of(part))) <= _FIELD_PART for part in parts))


# A table's heading row spans its columns; a table under it holds two rows more at least (a header and a row).
_ROWS_UNDER_HEADING = 2


def _heading_row(table: Element) -> str:
    """The text of a table's heading row, its first row being one cell across two columns or more, over two rows or
    more; "" for any other table."""
    # The table's own rows, directly or in its <tbody>/<thead>: not those of a table inside a cell.
    rows = [row for row in table.iter("tr") if table in (row.getparent(), row.getparent().getparent())]
    if len(rows) <= _ROWS_UNDER_HEADING:
        return ""
    cells = [cell for cell in rows[0] if cell.tag in ("td", "th")]
    span = cells[0].get("colspan", "").strip() if len(cells) == 1 else ""
    return squash(text_of(cells[0])) if span.isdigit() and int(span) >= 2 else ""


def _headed_table(table: Element) -> tuple[Element | None, str]:
    """(the box of `table` and its heading, the heading's text): the table with its <caption>, or the <div> or
    <section> holding only a heading's block and the table; (None, "") for a table with no heading of its own."""
    caption = table.find("caption")
    if caption is not None:
        return table, squash(text_of(caption))
    box = table.getparent()
    if box is None or box.tag not in {"div", "section"}:
        return None, ""
    children = [child for child in box if isinstance(child.tag, str)]
    # A card's foot may follow the table: its data's credit or state (数据统计：某某 | 完场), a short line.
    if len(children) == _WITH_FOOT and len(squash(text_of(children[2]))) <= _TABLE_HEADING * 2:
        children = children[:2]
    if len(children) != 2 or children[1] is not table:
        return None, ""
    return box, squash(text_of(children[0]))


# A column's issue number (第1421期, 第 87 期), a text of its own in the column's head, after the column's short name
# and a mark at most (数读 · 第1398期, 轻松一刻｜第87期).
_ISSUE = re.compile(r"^(?:[^\s，。！？]{1,8}\s*[·•|｜丨/／:：-]?\s*)?第\s*\d{1,5}\s*期$")
# A column's head is its logo, the issue number and a slogan: a few words.
_HEAD_TEXT = 30


def drop_issue_heads(root: Element) -> None:
    """Remove a column's head above the article's first sentence: a box with the column's logo or name and its
    issue number (第1421期) as a text of its own, beside a slogan at most, no sentence. The column names itself there;
    the article starts below. An issue number inside the text (本期, 第3期培训班) is a sentence's, and stays."""
    for box in list(root.iter(*CARD_BOXES)):
        if not hangs_below(box, root):
            continue
        text = squash(text_of(box))
        if len(text) > _HEAD_TEXT or SENTENCE_END.search(text) or _after_prose(box, root):
            continue
        if any(_ISSUE.match(squash(text_of(node))) for node in box.iter("span", "em", "b", "strong", "i", "p")):
            remove(box)


# A poll's tally of its voters (已有8412人参与, 4,862人参与, 1.2万人已投票) and its options' shares (会 63%), or a
# quiz's tally and its lettered options (A. 萤火虫, B、灯笼鱼): a poll or a quiz prints both.
_POLL_TALLY = re.compile(r"\d[\d,，]*(?:\.\d+)?\s*[万wk]?\s*人已?(?:参与|投票|答题)")
_SHARE = re.compile(r"\d{1,3}(?:\.\d+)?\s*[%％]")
_OPTION = re.compile(r"^[A-Fa-f]\s*[.．、:：)）]\s*\S")
_POLL_SHARES = 2
# A poll's option printed as a list item is an answer of a few words (做过了, 不会, 看情况).
_ANSWER_CHARS = 12


def drop_poll_boxes(root: Element, lengths: Lengths) -> None:
    """Remove a poll among the article's blocks: a short box with its question, its options' shares (会 63% 不会
    37%) and the tally of its voters (已有8412人参与), with no form control left to tell it by (drop_form_boxes).
    An article reports a survey's shares in its sentences and prints no tally of its own readers' votes."""
    for text in _count_texts(root):
        if _POLL_TALLY.search(text):
            box = _poll_box(text_owner(text), root, lengths)
            if box is not None:
                remove(box)


def _poll_box(node: Element | None, root: Element, lengths: Lengths) -> Element | None:
    """The box of a poll from `node` up: the smallest box that holds the options' shares, if it is short and states
    nothing (a poll asks its question, a survey's report states its shares), grown to the largest box above it
    that still does (a table's row of the question above the options' cell)."""
    while node is not None and node is not root and hangs_below(node, root):
        if lengths(node) > MAX_PLAYER_TEXT:
            return None
        if node.tag in BOXES and _poll_options(node) >= _POLL_SHARES:
            return None if STATEMENT_END.search(text_of(node)) else _box_around(node, root, lengths, asks=True)
        node = node.getparent()
    return None


def _poll_options(box: Element) -> int:
    """How many options `box` prints as a poll's or a quiz's: its shares (会 63%), its lines that open on an
    option's letter (A. 萤火虫), or the short items of its list (做过了, 打算做, 没考虑过: each a few words, no
    sentence), whichever are more."""
    lettered = sum(1 for line in box.iter("li", "p", "label", "span") if _OPTION.match(squash(text_of(line))))
    listed = [squash(text_of(item)) for item in box.iter("li")]
    short = all(0 < len(item) <= _ANSWER_CHARS and not STATEMENT_END.search(item) for item in listed)
    answers = len(listed) if short else 0
    return max(len(_SHARE.findall(text_of(box))), lettered, answers)


# A pull quote's lines: the words in quotation marks, and the speaker after a dash (——全国人大代表 某某).
_QUOTED = re.compile(r"^[“「『\"][^“”「」『』\"]{4,80}[”」』\"]$")
_SPEAKER = re.compile(r"^(?:—{1,2}|─{2}|－{2})\s*\S[^。！？]{0,30}$")
# A quote card's heading names the box (代表声音, 金句): a few words, no sentence.
_QUOTE_HEADING = 8
_QUOTE_BOXES = frozenset({"div", "section", "aside", "blockquote"})
_DASHED_RUNS = etree.XPath(
    ".//text()[starts-with(normalize-space(.), '—') or starts-with(normalize-space(.), '─')"
    " or starts-with(normalize-space(.), '－')]")


def drop_quote_cards(root: Element) -> None:
    """Remove a quote card among the article's paragraphs: a box of its own under a heading (代表声音) that holds a
    saying in quotation marks and, after a dash, who said it (——全国人大代表 某某), a template's box beside the text.
    An article quotes its speakers in its sentences; an epigraph opens the article, before any sentence."""
    # Only the boxes whose child opens on a dash are asked: libxml2 finds the text runs that do.
    for run in _DASHED_RUNS(root):
        line = text_owner(run)
        box = line.getparent() if line is not None else None
        if box is None or box.tag not in _QUOTE_BOXES or not hangs_below(box, root):
            continue
        lines = [squash(text_of(child)) for child in box if isinstance(child.tag, str)]
        if len(lines) >= 3 and _is_quote_card(lines) and _after_prose(box, root):
            remove(box)


def _is_quote_card(lines: list[str]) -> bool:
    """Whether a box's lines are a heading, one or more sayings in quotation marks and the speaker after a dash."""
    heading, sayings, speaker = lines[0], lines[1:-1], lines[-1]
    return (0 < len(heading) <= _QUOTE_HEADING and not SENTENCE_END.search(heading) and not _QUOTED.match(heading)
            and all(_QUOTED.match(line) for line in sayings) and bool(_SPEAKER.match(speaker)))


# Two sides set against each other (南港海狮 vs 青石城, 甲队VS乙队, 甲队对阵乙队) at a kick-off time (15:30).
_FIXTURE = re.compile(r"(?<![A-Za-z])(?:vs|VS|Vs)\.?(?![A-Za-z])|对阵|對陣")
_KICKOFF = re.compile(r"(?<!\d)\d{1,2}\s*[:：]\s*\d{2}(?!\d)")
# A fixture card holds the fixture, its label and a link to watch: a line's length.
_FIXTURE_TEXT = 80


def drop_fixture_boxes(root: Element, lengths: Lengths) -> None:
    """Remove a fixture card among the article's blocks: a short box, no sentence, that sets two sides against
    each other at a kick-off time (下轮预告 5月17日 15:30 甲队 vs 乙队, with a link to watch), a sports
    template's card of the next match. A report names the fixtures it speaks of in its sentences."""
    for box in list(root.iter(*CARD_BOXES)):
        if not hangs_below(box, root) or lengths(box) > _FIXTURE_TEXT:
            continue
        text = squash(text_of(box))
        if _FIXTURE.search(text) and _KICKOFF.search(text) and not SENTENCE_END.search(text):
            remove(box)


# An entry of a timeline: a date (1896年3月, 3月12日, 2023-06) opening a short line that states no sentence, the
# date and the words parted by a space or not (10月16日 新锐设计师专场).
_DATED_ENTRY = re.compile(
    r"^(?:\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月\d{1,2}日|\d{4}[-./]\d{1,2}(?:[-./]\d{1,2})?)\s?\S[^。！？!?]{1,40}$")
# Three dated entries make a timeline; a shorter list makes one when every entry is dated (a schedule card's two
# days, 时装周日程).
_TIMELINE_ENTRIES = 3
_ALL_DATED_ENTRIES = 2
# A timeline box's heading (大事年表, 事件回顾): a few words.
_TIMELINE_HEADING = 12


def drop_timeline_boxes(root: Element, lengths: Lengths) -> None:
    """Remove a timeline card among the article's blocks: under its heading (大事年表), a list of three or more
    dated entries (1896年3月 清廷批准开办…) and no sentence, a box the template sets beside the text. An article's own
    chronology is told in sentences, or is the whole article, longer than a card."""
    for listed in list(root.iter("ul", "ol")):
        entries = [squash(text_of(item)) for item in listed.iter("li")]
        if not hangs_below(listed, root) or not _is_timeline(entries):
            continue
        heading = listed.getprevious()
        text = squash(text_of(heading)) if heading is not None else ""
        box = listed.getparent()
        if not text or len(text) > _TIMELINE_HEADING or SENTENCE_END.search(text) or box is None or box is root:
            continue
        if lengths(box) <= MAX_PLAYER_TEXT and not SENTENCE_END.search(squash(text_of(box))):
            remove(box)


def _is_timeline(entries: list[str]) -> bool:
    dated = sum(1 for entry in entries if _DATED_ENTRY.match(entry))
    return dated >= _TIMELINE_ENTRIES or _ALL_DATED_ENTRIES <= dated == len(entries)


# A box the template floats beside the text (style="float:right;width:180px"), found from the style attributes up (as
# HEADINGS finds titles: a fraction of the time of asking every element); its tag and its list are asked after.
# A table aligned right or left floats as well: table-era templates set their cards beside the text so.
_FLOATED = etree.XPath(
    "//@style[contains(., 'float') or contains(., 'Float') or contains(., 'FLOAT')]/.."
    " | //table[@align='right' or @align='left' or @align='RIGHT' or @align='LEFT']"
)
_FLOAT_BOXES = frozenset({"div", "aside", "section", "table", "dl"})
_FLOAT_SIDE = re.compile(r"float\s*:\s*(?:left|right)", re.IGNORECASE)
# A floated list box's text is a sidebar's few short lines: no more than this, and no line a sentence.
_FLOATED_CHARS = 200
_FLOATED_LINE = 30
_UNMARKED_ROWS = 4


def drop_floated_lists(root: Element) -> None:
    """Remove a box the template floats beside the text that holds a list of short entries, marked up or one a
    line, and nothing of the article's (【书架借阅榜】 over 《平凡的世界》 《围城》 …): a sidebar set among the paragraphs. A
    floated picture with its caption holds a picture; a floated pull quote or note holds sentences."""
    for box in _FLOATED(root):
        if box.tag not in _FLOAT_BOXES or not (_FLOAT_SIDE.search(box.get("style") or "") or _aligned_table(box)):
            continue
        if box.find(".//img") is not None:
            continue
        lines = block_lines(box)
        if (_floated_list(box, lines) or _floated_notice(lines)) and hangs_below(box, root):
            remove(box)


def _aligned_table(box: Element) -> bool:
    """Whether `box` is a table its align attribute floats beside the text."""
    return box.tag == "table" and (box.get("align") or "").lower() in ("left", "right")


def _floated_list(box: Element, lines: list[str]) -> bool:
    """Whether a floated box's `lines` are a list's short entries: marked up, or a label over a few short lines,
    each its own block (【赏花小常识】 over three tips); a floated quote or note is one or two lines."""
    if box.find(".//li") is None and box.find(".//dd") is None and len(lines) < _UNMARKED_ROWS:
        return False
    return sum(map(len, lines)) <= _FLOATED_CHARS and all(
        len(line) <= _FLOATED_LINE and not STATEMENT_END.search(line) for line in lines
    )


# A bracketed label on a floated box's first line, alone or before the note's own heading (【安全提示】, 【小知识】为什么…):
# the box is a notice or a note the template sets beside the text, a sidebar's length; a pull quote floated beside it
# repeats a sentence of the article and carries no label.
_FLOATED_LABEL = re.compile(r"^【[^】]{2,8}】[^，。！？]{0,16}$")


def _floated_notice(lines: list[str]) -> bool:
    """Whether a floated box's `lines` are a labelled notice or note: its label, then a sidebar's few lines."""
    return len(lines) >= 2 and _FLOATED_LABEL.match(lines[0]) is not None and sum(map(len, lines)) <= _FLOATED_CHARS
