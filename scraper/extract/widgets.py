"""The page's modules a template puts inside an article's body: lists of other articles' headlines, cards that
are one link to another article, and widget boxes (quote and score boards, app and IPO promos).

They sit among the body's paragraphs, in boxes of their own, and none of them holds a sentence of the article:

1. **headline lists**: a <ul>/<ol> whose items each open with a link to another article (≥ 8 characters),
   the rest of an item being its source, account, date or picture; with its wrapper when that adds no more
   than a heading (网易号 · 各有态度), and the list heading right before it. Items with summaries in sentences
   and no heading over them are a digest, the article's own, and stay (as in inserts.py);
2. **linked cards**: a box (no paragraph) wholly filled by one link holding two or more texts (headline,
   summary, account · date, +关注); a linked picture with one caption is no card;
3. **widget boxes**: the largest box around a link to more of a module (进入行情中心>>, 更多), a call to action
   (查成交价, 免费专车看房, 免费提问), an app prompt (App, 客户端, 下载), or a table above the article's first sentence (a score board), that holds no sentence,
   no run of prose longer than a widget's, and a link. A call to action's box may ask its hook as a question;
4. **labelled links**: a list heading and another article's linked headline in one block (相关链接：…), which
   goes on the whole page too; the picture chrome (a mask prompting an app, a counter) goes everywhere as well.

Inside a rule's body element all four apply, and inside a block a page no rule knows shows as its article's body
(drop_article_modules). Across a whole page (the generic path, before its readings)
only linked cards, labelled links and the picture chrome do: lists and link boxes are there the navigation and side columns the readings tell the
article by.
"""

from __future__ import annotations

import re

from lxml import etree

from .clean import Kind, classify, is_summary_label
from .inserts import (
    BULLET,
    HEADING_CHARS,
    MAX_PLAYER_TEXT,
    MAX_SUMMARY,
    MIN_HEADLINE,
    SENTENCE_END,
    box_around,
    is_heading_block,
    to_other_page,
)
from .layout import holders_below, squash, squashed_longer_than, text_of, text_outside_links, text_owner
from .tree import Element, hangs_below, remove

__all__ = ["drop_article_modules", "drop_modules"]

_LISTS = ("ul", "ol")
# Blocks a list's wrapper or a widget box is written in.
_BOXES = frozenset({"div", "section", "aside", "article", "figure", "li", "ul", "ol", "dl", "table", "tbody", "tr", "td"})
# A link that leads to more of a module (进入行情中心>>, 更多>, 查看全部): the box around it is the page's module.
# A lone ">" or "》" closes too many texts (《人民日报》) to count.
_MORE_LINK = re.compile(r"(?:>>|＞＞|»|\s[>＞›])\s*$|^(?:更多|进入|查看全部)")
# App and download prompts (装个App, 下载客户端): a box without sentences around one is a promo.
_APP_WORDS = re.compile(r"App|APP|app|客户端|下载")
# A sales call to action as a link's whole text: ask or get a price, an offer, a viewing or a test drive (查成交价,
# 询底价, 免费专车看房, 预约试驾), buy (直达链接), or ask an expert (免费提问). A box without sentences around one is a widget.
_CALL_TO_ACTION = re.compile(
    r"^(?:查|询|问|领|抢|领取|获取|预约|咨询|免费|立即|马上|在线)\S{0,5}(?:价|优惠|报价|看房|试驾|名额|折扣|礼包)$"
    # ask an expert (免费提问, 立即咨询, 在线问诊): a consult box's button
    r"|^(?:免费|立即|马上|在线|我要)(?:提问|咨询|问诊|问医生|问律师)$|^向\S{1,3}(?:提问|咨询)$"
    # a shop's link beside a product (直达链接, 购买链接, 立即购买)
    r"|^(?:直达|购买|下单|商品)链接$|^(?:立即|马上|去)(?:购买|抢购|下单)$"
    # book, sign up, subscribe, follow or give (预约, 免费预约TA设计, 立即报名, 我要捐款, +关注): a reminder's, a
    # card's or a donation box's button; the article links its words inside sentences, never as a box's only link
    r"|^[+＋]?(?:免费|立即|马上|在线|我要|点击|一键)?(?:预约|报名|订阅|捐款|捐助|捐赠|关注|支持)(?:TA|他|她)?\S{0,4}$"
)
# A picture's place held by a prompt to open an app to see it (打开某某App 查看精彩图片, 下载客户端查看大图): the
# picture is not there, its caption after it is; the prompt is the app's, on any site.
_PICTURE_MASK = re.compile(
    r"^(?:点击|打开|下载|前往|去)[^\s，。！？]{1,10}\s*(?:查看|观看|浏览)[^\s，。！？]{0,4}(?:图片|大图|原图|高清图|组图)$"
)
# A picture's counter in a gallery or a photo strip (1/4, 2 / 12).
_COUNTER = re.compile(r"^\d{1,2}\s*/\s*\d{1,2}$")
# A statement's end: a call to action's box may ask a question, and states nothing.
_STATEMENT_END = re.compile(r"[。！!]")
# Brackets, marks and the colon around a list heading written before its links (【相关链接】：).
_LABEL_MARKS = re.compile(r"^[\s【\[〔（(■□●◆◇▶►>·]+|[\s】\]〕）):：]+$")
# A widget box's text runs stay short: a run longer than this outside links is the article's prose.
MAX_BOX_RUN = 40
# A count a post or a topic prints of itself (转发 8312, 评论 1.2万, 8650万阅读, 6.2万讨论): two in one short row
# without a sentence are an embedded post's or a topic card's counts, not the article's figures.
# An account card counts its own posts and followers the same way (发文 2417 关注 8.1万, 粉丝 3.2万).
_COUNT_WORDS = "转发|评论|点赞|赞|阅读|讨论|浏览|播放|收藏|分享|回答|发文|关注|粉丝"
_COUNT = re.compile(
    rf"(?:{_COUNT_WORDS})\s*[:：]?\s*\d+(?:\.\d+)?[万亿wk]?|\d+(?:\.\d+)?[万亿wk]?\+?\s*(?:次|人)?(?:{_COUNT_WORDS})"
)
_COUNTS_ROW = 60
# Every count holds a digit and a count word; only the text runs holding a digit are asked.
_TEXTS = etree.XPath(".//text()")
_ASCII_DIGIT = re.compile("[0-9]")
# Form controls: a box holding one is a lead form, a poll or a search box.
_CONTROLS = ("input", "select", "textarea", "button")
# Boxes a card is written in among paragraphs (a <p> with a link is the article's own line).
_CARD_BOXES = frozenset({"div", "section", "aside", "figure", "dl"})


class _Lengths:
    """Text lengths of elements, each element read once per page."""

    def __init__(self) -> None:
        self._known: dict[Element, int] = {}

    def __call__(self, node: Element) -> int:
        if node not in self._known:
            self._known[node] = len(squash(text_of(node)))
        return self._known[node]


def _headline_of(item: Element) -> str | None:
    """The first link text to another page in a block: its headline, when the block opens with it."""
    for anchor in item.iter("a"):
        if to_other_page(anchor):
            text = squash(text_of(anchor))
            if text:
                return text
    return None


def _is_card_item(item: Element) -> bool:
    """A list item that opens with another article's linked headline; the rest (source, date, summary) is short.

    Unlike a card block among paragraphs, an item may show a picture: lists of other articles do.
    """
    headline = _headline_of(item)
    if headline is None or len(headline) < MIN_HEADLINE:
        return False
    opening = BULLET.sub("", squash(text_of(item)))
    return opening.startswith(headline) and len(opening) - len(headline) <= MAX_SUMMARY


def _is_headline_list(node: Element) -> bool:
    """A <ul>/<ol> of two or more items, each another article's card."""
    items = [child for child in node if isinstance(child.tag, str) and child.tag == "li"]
    return len(items) >= 2 and all(_is_card_item(item) for item in items)


def _bare_items(node: Element) -> bool:
    """The list's items hold a headline and its labels (source, account, date) but no summary in sentences."""
    for item in node.iter("li"):
        rest = squash(text_of(item))[len(_headline_of(item) or "") :]
        if len(rest) > MAX_BOX_RUN or SENTENCE_END.search(rest):
            return False
    return True


def _with_wrapper(node: Element, root: Element, lengths: _Lengths) -> Element:
    """The block around `node` that adds no more than a heading's worth of text (网易号 · 各有态度 over a list)."""
    size = lengths(node)
    parent = node.getparent()
    while parent is not None and parent is not root and parent.tag in _BOXES and lengths(parent) - size <= HEADING_CHARS:
        node, parent = parent, parent.getparent()
    return node


def _drop_headline_lists(root: Element, lengths: _Lengths) -> None:
    """Remove lists of other articles' headlines (with their pictures, sources, dates) and their headings."""
    for node in [n for n in root.iter(*_LISTS) if _is_headline_list(n)]:
        if not hangs_below(node, root):
            continue  # inside a block removed already
        box = _with_wrapper(node, root, lengths)
        before = box.getprevious()
        headed = lengths(box) > lengths(node) or (before is not None and is_heading_block(before))
        # Like card runs among paragraphs: items with summaries and no heading over them are a digest,
        # the article's own (each item linking to its full story).
        if headed or _bare_items(node):
            _remove_with_heading(box)


def _linked_card(anchor: Element, lengths: _Lengths) -> Element | None:
    """The block a link wholly fills when it is another article's card: two or more texts (headline, summary,
    source and date) inside one link, in a box that is no paragraph. A linked picture with one caption is none.
    """
    size = lengths(anchor)
    # The size first: most links are a menu's or a tag's few characters, and their texts need not be read.
    if size < MIN_HEADLINE or size > MIN_HEADLINE + MAX_SUMMARY:
        return None
    if sum(1 for text in anchor.itertext() if squash(text)) < 2:
        return None
    found = None
    node = anchor.getparent()
    # The card's box may also hold its label (相关阅读 over the card): a heading's worth of text, no sentence.
    while node is not None and node.tag in _BOXES and lengths(node) <= size + HEADING_CHARS and _only_label(node):
        found = node
        node = node.getparent()
    return found


def _only_label(box: Element) -> bool:
    """Whether the text of `box` outside its links ends no sentence (a label, a date, a source at most)."""
    return not any(SENTENCE_END.search(str(text)) for text in text_outside_links(box))


def _drop_linked_cards(root: Element, lengths: _Lengths) -> None:
    """Remove blocks that are one link to another article, holding its headline, summary or source."""
    for anchor in [a for a in root.iter("a") if to_other_page(a)]:
        card = _linked_card(anchor, lengths) if anchor.getparent() is not None else None
        if card is not None and card is not root and card.getparent() is not None:
            _remove_with_heading(card)


def _is_card_box(box: Element) -> bool:
    """Whether a box is one other page's card: every link leads to that page, the text opens with the
    headline (a picture may come first) and adds at most a summary and a date."""
    if box.tag not in _CARD_BOXES:
        return False
    anchors = list(box.iter("a"))
    headline = _headline_of(box)
    if len({(a.get("href") or "").strip() for a in anchors}) != 1 or not all(map(to_other_page, anchors)):
        return False
    if headline is None or len(headline) < MIN_HEADLINE:
        return False
    # A picture with its caption as the one text is a figure: a card adds a summary or a date to its headline.
    text = squash(text_of(box))
    return text.startswith(headline) and 0 < len(text) - len(headline) <= MAX_SUMMARY


def _drop_lone_cards(root: Element) -> None:
    """Remove a box among the article's blocks that is one other article's card (picture, headline, summary,
    date), standing alone: a run of such boxes is a digest of the article's own stories and stays, as the
    cards without a heading stay in `inserts`."""
    cards = {box for box in root.iter(*_CARD_BOXES) if box is not root and _is_card_box(box)}
    # The outermost box of each card: a card's inner text box is no card standing alone.
    outer = [box for box in cards if not any(a in cards for a in box.iterancestors())]
    for box in outer:
        if not any(n in cards for n in (box.getprevious(), box.getnext()) if n is not None):
            remove(box)


# The blocks a labelled link is written in.
_LABELLED_BLOCKS = ("p", "div", "li", "dd")


def _drop_labelled_links(root: Element) -> None:
    """Remove a block that is a list heading and other articles' headlines after it in one line (相关链接：a
    linked headline): the heading and its cards run into one paragraph, where the card runs of inserts.py see
    one block that opens with no headline."""
    # Only a short block around another page's linked headline can be one: the blocks are found from the
    # headlines up. A block is judged on its own subtree, which no removal before it in document order touches
    # (a removed block is an ancestor, then this one is gone too, or lies wholly before it), so the blocks
    # found before the first removal are those a walk over every block would judge.
    headlines = (a.getparent() for a in root.iter("a")
                 if a is not root and to_other_page(a) and _is_headline(squash(text_of(a))))
    holders = holders_below(root, headlines, frozenset(_LABELLED_BLOCKS),
                            lambda block: squashed_longer_than(text_of(block), MAX_PLAYER_TEXT))
    for block in [b for b in root.iter(*_LABELLED_BLOCKS) if b in holders]:
        if not hangs_below(block, root):
            continue
        label = _LABEL_MARKS.sub("", squash("".join(map(str, text_outside_links(block)))))
        if 0 < len(label) <= HEADING_CHARS and classify(label, frozenset(), "") is Kind.HEADING:
            remove(block)


def _drop_shop_lines(root: Element) -> None:
    """Remove a short block that is a shop label and its links only (购买链接：<a>店一</a> <a>店二</a>): where to buy,
    not the article's text. The label is a call to action's words (直达链接, 购买链接), the rest the links' text."""
    # In document order, each block once (a dict keeps the order; a list searched per link grows with its square).
    blocks: dict[Element, None] = {}
    for anchor in root.iter("a"):
        block = anchor.getparent()
        while block is not None and block is not root and block.tag not in _LABELLED_BLOCKS:
            block = block.getparent()
        if block is not None and block is not root and to_other_page(anchor):
            blocks[block] = None
    for block in blocks:
        if not hangs_below(block, root) or squashed_longer_than(text_of(block), MAX_BOX_RUN):
            continue
        label = _LABEL_MARKS.sub("", squash("".join(map(str, text_outside_links(block)))))
        if label and _CALL_TO_ACTION.match(label):
            remove(block)


def _is_headline(text: str) -> bool:
    """A link's text that is another article's headline: long enough, and no link to more of a module."""
    return len(text) >= MIN_HEADLINE and not _MORE_LINK.search(text)


def _remove_with_heading(node: Element) -> None:
    """Remove a list or card, and the list heading right before it (往期回顾 over two cards) with it."""
    before = node.getprevious()
    if before is not None and is_heading_block(before):
        remove(before)
    remove(node)


def _box_around(seed: Element, root: Element, lengths: _Lengths, *, asks: bool = False) -> Element | None:
    """The largest block around `seed`, below `root`, whose text holds no sentence and no long run of prose.
    With `asks` (a call to action), the box's hook may be a question (腰痛反复发作？): statements still end it."""
    ends = _STATEMENT_END if asks else SENTENCE_END

    def fits(node: Element) -> bool:
        return (lengths(node) <= MAX_PLAYER_TEXT and not ends.search(squash(text_of(node)))
                and not _long_run(node))

    return box_around(seed if seed.tag in _BOXES else seed.getparent(), root, _BOXES, fits)


def _long_run(node: Element) -> bool:
    """Whether the block holds a text run longer than a widget's outside its links."""
    return any(len(squash(str(text))) > MAX_BOX_RUN for text in text_outside_links(node))


def _is_widget_seed(node: Element) -> bool:
    """A link to more of a module or a sales call to action, or an app prompt: what a widget box is built around."""
    if node.tag == "a":
        if not to_other_page(node):
            return False
        text = squash(text_of(node))
        return bool(_MORE_LINK.search(text) or _CALL_TO_ACTION.match(text))
    # Asked of every span, div and p: an app word holds no whitespace, so it is found in the text as printed,
    # and the length is told without squashing the text of every block up to the page's.
    text = text_of(node)
    return bool(_APP_WORDS.search(text)) and not squashed_longer_than(text, MAX_BOX_RUN)


def _drop_widget_boxes(root: Element, lengths: _Lengths) -> None:
    """Remove boxes without sentences, holding a link, built around a table (quotes, scores), a link to more
    of a module (进入行情中心>>) or an app prompt: the page's widgets and promos, not the article.
    """
    seeds = [n for n in root.iter("a", "p", "span", "div") if _is_widget_seed(n)]
    # A table opens a widget (a score board, a quote board) only above the article's first sentence: further
    # down, a table is the article's own figures.
    seeds += [t for t in root.iter("table") if not _after_prose(t, root)]
    for seed in seeds:
        if not hangs_below(seed, root):
            continue  # removed with a box already
        asks = seed.tag == "a" and bool(_CALL_TO_ACTION.match(squash(text_of(seed))))
        box = _box_around(seed, root, lengths, asks=asks)
        if box is None:
            box = _link_line(seed)
        if box is not None and any(to_other_page(a) for a in box.iter("a")):
            remove(box)


def _link_line(seed: Element) -> Element | None:
    """The paragraph a link to more of a module fills alone (点击查看原文>>, 更多精彩内容): a line of its own that
    points away, no article's text; a paragraph is no widget box (_BOXES), so it is not found as one."""
    parent = seed.getparent()
    if seed.tag != "a" or parent is None or parent.tag != "p":
        return None
    return parent if squash(text_of(parent)) == squash(text_of(seed)) else None


def _drop_form_boxes(root: Element, lengths: _Lengths) -> None:
    """Remove the box around a form control (a lead form's phone field, a poll's buttons): no article prints an
    input, and the box's prompt (想了解本地优惠？) may end like a sentence, so only its length is asked."""

    def fits(node: Element) -> bool:
        return lengths(node) <= MAX_PLAYER_TEXT and not _long_run(node)

    for control in list(root.iter(*_CONTROLS)):
        if hangs_below(control, root):
            box = box_around(control.getparent(), root, _BOXES, fits)
            remove(control if box is None else box)


def _drop_link_boxes(root: Element, lengths: _Lengths) -> None:
    """Remove boxes among the article's blocks that hold links to two or more other pages and no sentence: a
    product card (model, price, 询底价, 参数配置), a row of service links; the article writes no such block."""
    for box in list(root.iter(*_CARD_BOXES)):
        if not hangs_below(box, root):
            continue
        targets = {(a.get("href") or "").strip() for a in box.iter("a") if to_other_page(a)}
        # A table after the article's first sentence is its own figures, linked or not (_drop_widget_boxes).
        if len(targets) < 2 or not MIN_HEADLINE <= lengths(box) <= MAX_PLAYER_TEXT or box.find(".//table") is not None:
            continue
        if not SENTENCE_END.search(squash(text_of(box))) and not _long_run(box) and _after_prose(box, root):
            remove(box)


def _after_prose(node: Element, root: Element) -> bool:
    """Whether a sentence precedes `node` inside `root`."""
    while node is not root and node is not None:
        parent = node.getparent()
        if parent is None:
            return False
        for before in node.itersiblings(preceding=True):
            if isinstance(before.tag, str) and SENTENCE_END.search(text_of(before)):
                return True
            if before.tail and SENTENCE_END.search(before.tail):
                return True
        if parent.text and SENTENCE_END.search(parent.text):
            return True
        node = parent
    return False


def drop_modules(root: Element, *, whole_page: bool = False) -> None:
    """Remove headline lists, linked cards and widget boxes from a body container, in place (see the module
    docstring).

    Args:
        root: a rule's body element (after its drop and stop blocks are gone), or the page.
        whole_page: `root` is the whole page: only linked cards go. Without its lists and link boxes the
            readings after this step lose what tells a page's chrome from its article (trafilatura took a short
            article's page for navigation; 163.com rules-off half A lost a page, half B .969 -> .927).
    """
    _drop_picture_chrome(root)
    # Lengths are read afresh per step: a removal shortens every block around it.
    if not whole_page:
        _drop_headline_lists(root, _Lengths())
    _drop_linked_cards(root, _Lengths())
    if not whole_page:
        _drop_boxes(root)
    # After the widget boxes (a module's heading beside its link to more is theirs); on the whole page too: a
    # heading and a headline in one line is nowhere the article's text, and <br>-run articles have no block.
    _drop_labelled_links(root)
    _drop_shop_lines(root)


# The blocks picture chrome is written in.
_CHROME_TAGS = ("div", "span", "p", "a", "em", "i", "b")
# Every mask prompt ends in a word for a picture (图片, 大图, 组图) and every counter holds a slash: the text runs
# holding neither tell no block around them is chrome.
_CHROME_TEXTS = etree.XPath(".//text()[contains(., '图') or contains(., '/')]")
# A mask or a counter has at most 21 characters that are not whitespace (the regexes' bounded parts), and
# squashing keeps every character that is neither whitespace nor a zero-width space: a block with more is none.
_MORE_THAN_CHROME = re.compile(r"(?:[\s\u200b\ufeff]*[^\s\u200b\ufeff]){22}")


def _drop_picture_chrome(root: Element) -> None:
    """Remove the blocks that hold a picture's place with a prompt to open an app (no picture in them), and a
    picture's counter (1/4) beside it in its block: the caption printed after a picture stays, as it does."""
    # Only the short blocks around a text run with 图 or a slash are asked (`holders_below`); the root is never
    # removed, so it need not be asked.
    holders = holders_below(root, map(text_owner, _CHROME_TEXTS(root)), frozenset(_CHROME_TAGS),
                            lambda node: _MORE_THAN_CHROME.match(text_of(node)) is not None)
    found = [n for n in root.iter(*_CHROME_TAGS) if n in holders and _is_picture_chrome(n)]
    for node in found:
        if hangs_below(node, root):
            remove(node)


def _is_picture_chrome(node: Element) -> bool:
    if node.find(".//img") is not None:
        return False
    text = squash(text_of(node))
    if _PICTURE_MASK.match(text):
        return True
    parent = node.getparent()
    return bool(_COUNTER.match(text)) and parent is not None and parent.find(".//img") is not None


def _is_counts_row(node: Element) -> bool:
    """A short row without a sentence holding two or more counts (转发 8312 评论 1.2万; 8650万阅读 · 6.2万讨论)."""
    text = text_of(node)
    if squashed_longer_than(text, _COUNTS_ROW) or SENTENCE_END.search(text):
        return False
    return len(_COUNT.findall(squash(text))) >= 2


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


def _drop_counted_boxes(root: Element, lengths: _Lengths) -> None:
    """Remove the box around a row of counts: an embedded post (account, the post, its own time and client, its
    转发 / 评论 / 赞 counts) or a topic card (# topic #, its 阅读 / 讨论 counts, a link to join). Such a box holds a
    post's own few sentences at most; the article's paragraphs report on it from outside the box."""

    def fits(node: Element) -> bool:
        if lengths(node) > MAX_PLAYER_TEXT:
            return False
        return sum(1 for text in text_outside_links(node) if SENTENCE_END.search(str(text))) <= 1

    for row in _counts_rows(root):
        if hangs_below(row, root):
            box = box_around(row, root, _BOXES | {"p", "span", "footer"}, fits)
            remove(row if box is None else box)


def _drop_summary_boxes(root: Element) -> None:
    """Remove a box headed by a summary label on a line of its own (【编辑推荐】, 【导读】) over one short blurb: a
    summary box the template puts above the article (a book's blurb), not its text. A box holding more than
    its label and one paragraph is the article's own section and stays."""
    for box in list(root.iter(*_CARD_BOXES)):
        blocks = [child for child in box if isinstance(child.tag, str)]
        if len(blocks) == 2 and is_summary_label(text_of(blocks[0])) and len(squash(text_of(box))) <= MAX_SUMMARY:
            remove(box)


# A figure in a match widget's comparison (45.2%, 41, 2:1).
_FIGURE = re.compile(r"[\d.:%+\-/]{1,8}")
# A comparison table has at least this many rows of figures.
_COMPARED_ROWS = 3


def _is_comparison_row(row: Element) -> bool:
    """A row of a two-side comparison: a figure, a short label, a figure (45.2% 投篮命中率 47.8%)."""
    cells = [squash(text_of(cell)) for cell in row if cell.tag in {"td", "th"}]
    return (len(cells) == 3 and bool(_FIGURE.fullmatch(cells[0])) and bool(_FIGURE.fullmatch(cells[2]))
            and 0 < len(cells[1]) <= HEADING_CHARS and not _FIGURE.fullmatch(cells[1]))


def _drop_comparison_tables(root: Element, lengths: _Lengths) -> None:
    """Remove a match widget's statistics (技术统计): a table of rows that set one side's figure and the other's
    around a label, with the box around it that holds no sentence (its heading, its data source line). The
    article's own tables list items with their figures; none mirrors two sides around the labels."""

    def fits(node: Element) -> bool:
        return lengths(node) <= MAX_PLAYER_TEXT and not SENTENCE_END.search(squash(text_of(node)))

    for table in list(root.iter("table")):
        if hangs_below(table, root) and sum(map(_is_comparison_row, table.iter("tr"))) >= _COMPARED_ROWS:
            box = box_around(table, root, _BOXES, fits)
            remove(table if box is None else box)


def _drop_boxes(root: Element) -> None:
    """The steps after the linked cards: summary boxes, lone cards, form boxes, link boxes, widget boxes and
    counted boxes."""
    _drop_summary_boxes(root)
    _drop_comparison_tables(root, _Lengths())
    _drop_counted_boxes(root, _Lengths())
    _drop_lone_cards(root)
    _drop_form_boxes(root, _Lengths())
    _drop_link_boxes(root, _Lengths())
    _drop_widget_boxes(root, _Lengths())


# A block holding this many paragraphs of prose as its own children is an article's body.
ARTICLE_PARAGRAPHS = 3
# A paragraph of prose: at least this long, and ending a sentence somewhere.
_PARAGRAPH_CHARS = 20


def drop_article_modules(root: Element) -> None:
    """On a page no rule knows, remove the modules a template puts among the article's paragraphs (a product card,
    a lead form, another article's card, a widget box), as `drop_modules` does in a rule's body.

    The article's body is told by its shape, not its name: a block with ARTICLE_PARAGRAPHS or more `<p>` children
    that read as prose, or as many runs of prose after its `<br>`s (a table-era page's text). Only inside such blocks: elsewhere on the page, lists and link boxes are the navigation
    and side columns the readings tell the article by (see `drop_modules`). Run after `drop_modules(root,
    whole_page=True)`, which has removed the linked cards.
    """
    counts: dict[Element, int] = {}
    for paragraph in root.iter("p"):
        parent = paragraph.getparent()
        if parent is not None and _is_prose(paragraph):
            counts[parent] = counts.get(parent, 0) + 1
    for mark in root.iter("br"):
        parent = mark.getparent()
        if parent is not None and _is_prose_run(mark.tail):
            counts[parent] = counts.get(parent, 0) + 1
    for block, count in counts.items():
        if count >= ARTICLE_PARAGRAPHS and hangs_below(block, root):
            # The linked cards went with the whole page's (drop_modules, whole_page=True), before this step.
            _drop_headline_lists(block, _Lengths())
            _drop_boxes(block)


def _is_prose_run(text: str | None) -> bool:
    """Whether a text (a run after a <br>, a <p>'s) reads as a paragraph of prose: a sentence end, and
    _PARAGRAPH_CHARS long once squashed (told without squashing: squashing only collapses whitespace)."""
    if not text:
        return False
    return SENTENCE_END.search(text) is not None and squashed_longer_than(text, _PARAGRAPH_CHARS - 1)


def _is_prose(paragraph: Element) -> bool:
    """Whether a paragraph's text reads as prose (`_is_prose_run`)."""
    return _is_prose_run(text_of(paragraph))
