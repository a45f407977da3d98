"""Boxes a template sets among an article's paragraphs that are no article text: a pull-quote, an author box
with a bio, a stock quote box, the printed date row.

Templates of one site differ by era in what they put inside the body element (issue 13): a long-form channel
opens its text with a pull-quote and the author's box, a finance channel sets a quote box for the company the
article names, another template prints its date row inside the body. A rule written from another era finds the
body element and reads these as paragraphs; the generic path reads them as part of the block of paragraphs.
Each is told by its shape among the paragraphs, never by a page's words:

1. the paragraphs' holder is an element with a run of prose (a sentence, 20 characters or more) among its
   own children, <p>s or text runs between <br>s: the boxes looked at are its children;
2. a **pull-quote** is a box of another tag than the paragraphs (a <div> among <p>s; a heading is none) whose whole
   text is one short line inside quotation marks, and which the paragraph before does not lead into (…写下一句话：);
3. an **author box** opens with the author label (作者, 作者简介) and goes on past the name with a bio, holding
   no sentence before its end; a bare byline (作者：王明) is left to the byline readers. Among the paragraphs the
   label stands apart from the name (a colon, a space): glued, it is a sentence's subject as often (作者写道，…),
   and a box only at the text's end;
4. an **author's bio** is the text's last paragraph of prose (or follows it) and opens 作者为 / 作者系 / 作者曾 / 作者简介：;
5. a **quote box** reads as names with a price and a signed change in per cent, and nothing else, or is a
   quote board: two or more of a quote's labels (最新价, 涨跌幅, 今开 …), a signed change, no sentence or comma;
6. a **date row** is short, prints a full date and a 来源 or 发布时间 label, and holds no sentence; a table's data
   credit (数据来源：…，统计截至…) is none;
7. a **picture card** (a product, a game, a car's figures, a photo strip's chrome) is a box with a picture and
   three or more short texts, no sentence, holding what a figure's caption does not: two label fields
   (类型：…, <th> cells), a price (￥139), or picture counters (1/4, 2/4); drawn without its picture, a product box
   holds label fields, a price and a link to the product's page;
8. a **teaser strip** links another page's title with the time of its last activity beside the link (a forum thread,
   最后回复：…), a **column card** lists its other issues, each a link with its date, under a line or two about itself,
   and a **match box** prints a match's status or its live coverage beside a score or a day (完场, 全程图文直播): none
   holds a sentence;
9. a **tips card** is a box of its own whose first block is a short heading line (a question allowed: 东西丢在地铁上
   怎么办？) and whose only other block is a list of three or more short items, none of them a sentence: practical
   tips beside the story, where the article's own list follows a paragraph that leads into it.
"""

from __future__ import annotations

import re

from lxml import etree

from ..hanzi import CJK
from .layout import announced, block_lines, squash, squashed_longer_than, text_of
from .tree import Element, remove

__all__ = ["drop_asides"]

# A paragraph of prose: this long, with a sentence end.
_PROSE_CHARS = 20
_SENTENCE_END = re.compile(r"[。！？!?]")
# One short line wholly inside quotation marks (“…”, 「…」, "…").
# A pull-quote may print its speaker after a dash (“…”——殳某) and a large opening mark of its own before the
# quotation's (““…”: the mark set in a span of its own).
_QUOTED = re.compile(
    r'^(?:“?“[^“”]{4,60}”|「[^「」]{4,60}」|『[^『』]{4,60}』|"[^"]{4,60}")'
    r"(?:\s*(?:——|—|－－|--)\s*[^\s“”「」『』，。！？,!?]{1,12})?$"
)
# 作者 (作者简介, 关于作者) with a name and then more: a space, a comma or a bar before the bio. Among the
# paragraphs the label stands apart from the name, by a colon or a space: glued to its next words it may be a
# sentence's subject (作者写道，…); glued to the name, a box closes the text (作者林默言，资深…观察者。).
_AUTHOR_LABELS = ("作者简介", "关于作者", "作者")
_AUTHOR_NAME_BIO = r"[\u4e00-\u9fff·]{2,6}(?:\s+|\s*[，,|｜]\s*)\S.{7,}$"
_AUTHOR_BOX = re.compile(rf"^(?:{'|'.join(_AUTHOR_LABELS)})(?:\s*[:：]\s*|\s+){_AUTHOR_NAME_BIO}")
_CLOSING_AUTHOR_BOX = re.compile(rf"^(?:{'|'.join(_AUTHOR_LABELS)})\s*[:：]?\s*{_AUTHOR_NAME_BIO}")
_AUTHOR_BIO = re.compile(r"^(?:作者(?:简介)?[为系曾现是]|作者简介\s*[:：])")
_MAX_AUTHOR = 120
# A signed change in per cent (+1.25%, −0.8 %).
_SIGNED_PERCENT_TEXT = r"[+\-−]\d{1,3}(?:\.\d{1,2})?\s*%"
# A stock quote: a name (and code), a price, perhaps a change, and a signed change in per cent; one or more.
_QUOTE_ITEM = (
    r"[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9·]{1,11}\s*(?:[(（]?\d{6}(?:\.[A-Z]{2})?[)）]?)?\s*"
    r"\d{1,5}(?:\.\d{1,3})?\s*(?:[+\-−]\d+(?:\.\d+)?\s*)?" + _SIGNED_PERCENT_TEXT
)
_QUOTE_BOX = re.compile(rf"^(?:{_QUOTE_ITEM}\s*)+$")
_MAX_QUOTE_BOX = 200
# A quote board (a table of one stock's figures): two or more of its labels and a signed change in per cent.
# The session's figures (今开, 昨收, 最高, 最低, 振幅) are labels too: a board may print no other but its turnover.
_QUOTE_LABELS = re.compile("最新价|现价|涨跌幅|涨跌额|涨幅|成交量|成交额|换手率|市盈率|数据时间|行情时间|今开|昨收|最高|最低|振幅|总市值")
_SIGNED_PERCENT = re.compile(_SIGNED_PERCENT_TEXT)
# A date row: a full date and a label of the row (来源, 发布时间), short and without a sentence. The credit of a
# table's data or of a picture (数据来源：某某，统计截至2022年5月31日) names its source and the day its figures run to:
# the article's, under its table.
_FULL_DATE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")
_ROW_LABEL = re.compile(r"(?<!数据)(?<!图片)(?<!资料)(?<!图表)来源|发布时间|发布日期")
_AS_OF = re.compile(r"截[至止]")
_MAX_ROW = 100
# A card with a picture (a product, a game, a car's figures, a photo strip's chrome): several short texts, no
# sentence, and what no figure's caption holds: two label fields (类型：…, a <th> cell), a price, or counters.
_FIELD = re.compile(r"(?:^|[\s\u3000])[\u4e00-\u9fffA-Za-z]{1,6}\s*[:：]\s*\S")
_PRICE = re.compile(r"[￥¥]\s*\d")
_COUNTER = re.compile(r"^\d{1,2}\s*/\s*\d{1,2}$")
_CARD_PIECES = 3
# The text runs under an element long enough to be prose (_is_prose_text asks the rest).
_LONG_TEXTS = etree.XPath(f".//text()[string-length(.) >= {_PROSE_CHARS}]")
_CARD_PIECE = 40


def _holders(root: Element) -> dict[Element, float]:
    """The elements with a run of prose among their own children (<p>s, or text runs between <br>s),
    each with the place of its last run among its children: where an article's paragraphs are.

    In document order. Found from the runs up, not by asking every child of every element: only the text runs
    long enough for prose and the <p>s are read.
    """
    last: dict[Element, float] = {}
    places = _Places()
    for text in _LONG_TEXTS(root):
        if _is_prose_text(text):
            owner: Element = text.getparent()
            if text.is_tail:  # a text run after a <br> or a box: it follows the child
                parent = owner.getparent()
                last[parent] = max(last.get(parent, -0.5), places(parent, owner) + 0.5)
            else:
                last[owner] = max(last.get(owner, -0.5), -0.5)
    for paragraph in root.iter("p"):
        parent = paragraph.getparent()
        if paragraph is not root and parent is not None and _is_prose_text(text_of(paragraph)):
            last[parent] = max(last.get(parent, -0.5), float(places(parent, paragraph)))
    return {node: last[node] for node in root.iter("*") if node in last}


class _Places:
    """The place of a child among its parent's children, each parent's children counted once: `parent.index`
    counts them afresh at every call, quadratic in a holder of thousands of paragraphs."""

    def __init__(self) -> None:
        self._known: dict[Element, dict[Element, int]] = {}

    def __call__(self, parent: Element, child: Element) -> int:
        if parent not in self._known:
            self._known[parent] = {node: index for index, node in enumerate(parent)}
        return self._known[parent][child]


def _is_prose_text(text: str | None) -> bool:
    """Whether `squash(text)` holds a sentence end and _PROSE_CHARS characters.

    Squashing only collapses whitespace: a sentence end is found in the text as printed, and the length is told
    without squashing (most texts asked are the layout whitespace between tags, which fail the first tests).
    """
    if not text or len(text) < _PROSE_CHARS or not _SENTENCE_END.search(text):
        return False
    return squashed_longer_than(text, _PROSE_CHARS - 1)


# A section's heading may quote the words it is about (<h2>“郑重道歉”</h2>): a heading of the article, not a box.
_NOT_BOXES = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6"})


# A paragraph that opens on the words just quoted (这句话让我想了很久, 这番话…): the quotation is the text's own.
# 话题 is a topic, not the words.
_REFERS_BACK = re.compile(r"^(?:这|此|那)(?:句|番|段|些)?话(?!题)")


def _is_pull_quote(node: Element, text: str) -> bool:
    # A quotation the paragraph before leads into (有读者写下了一句话：, told by `_is_aside`) or the one after speaks of is
    # the article's, set off as a quote.
    after = node.getnext()
    return (node.tag not in _NOT_BOXES and bool(_QUOTED.match(text))
            and not (after is not None and _REFERS_BACK.match(squash(text_of(after)))))


def _is_author_box(text: str, last: bool = False) -> bool:
    if len(text) > _MAX_AUTHOR or not (_CLOSING_AUTHOR_BOX if last else _AUTHOR_BOX).match(text):
        return False
    # A bio holds no sentence before its end (one closing full stop is its own).
    return not _SENTENCE_END.search(text.rstrip("。"))


def _is_quote_board(text: str) -> bool:
    # A board prints figures after labels, never clauses: a line with a comma is prose that names them.
    return (
        len(set(_QUOTE_LABELS.findall(text))) >= 2
        and bool(_SIGNED_PERCENT.search(text))
        and not _SENTENCE_END.search(text)
        and "，" not in text
    )


def _is_picture_card(node: Element, text: str) -> bool:
    if node.tag == "p" or _SENTENCE_END.search(text):
        return False
    pieces = [piece for piece in map(squash, node.itertext()) if piece]
    if len(pieces) < _CARD_PIECES or max(map(len, pieces)) > _CARD_PIECE:
        return False
    fields = sum(len(_FIELD.findall(piece)) for piece in pieces) + len(node.findall(".//th"))
    if node.find(".//img") is None:
        # A product box drawn without its picture (a name, its figures, a price, links to its page and dealers):
        # the fields and the price together, and a link out; a table of figures in the text links nowhere.
        return fields >= 2 and bool(_PRICE.search(text)) and node.find(".//a[@href]") is not None
    counters = sum(1 for piece in pieces if _COUNTER.match(piece))
    return fields >= 2 or counters >= 2 or bool(_PRICE.search(text))


def _is_date_row(text: str) -> bool:
    return len(text) <= _MAX_ROW and bool(_FULL_DATE.search(text) and _ROW_LABEL.search(text)) and not (
        _SENTENCE_END.search(text) or _AS_OF.search(text)
    )


# Another page's teaser strip: a link to it (a thread's or a post's title, MIN_TEASER characters or more) and beside
# it the time of its last activity (最后回复：2011-06-17 08:15), and outside its links no sentence, a strip's length.
_DAY = r"(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}"
_TEASER_TIME = re.compile(_DAY + r"日?\s*\d{1,2}[:：]\d{2}")
_MIN_TEASER = 8
_MAX_TEASER_OUTSIDE = 40
_TEASER_TAGS = frozenset({"div", "section", "table", "aside"})
_OUTSIDE_LINKS = etree.XPath(".//text()[not(ancestor::a)]")


def _is_teaser_strip(node: Element, text: str) -> bool:
    """Whether a block links to another page's title beside its time, and says nothing else: a forum thread's or a
    live post's strip set among the paragraphs."""
    if not _TEASER_TIME.search(text):
        return False
    if not any(
        (anchor.get("href") or "").strip().startswith(("http", "/")) and len(squash(text_of(anchor))) >= _MIN_TEASER
        for anchor in node.iter("a")
    ):
        return False
    # The time stands beside the link, not inside it: a card whose link holds its title, summary and date is
    # another article's card, which goes with the run of cards it belongs to (inserts.py).
    outside = squash("".join(_OUTSIDE_LINKS(node)))
    return (
        len(outside) <= _MAX_TEASER_OUTSIDE and _TEASER_TIME.search(outside) is not None
        and not _SENTENCE_END.search(outside)
    )


# A column's card among the paragraphs: its name and a line about it over a list of its other issues, each a link with
# its date (星期八 · 某某原创栏目 / 每周一期，… / 标题 2023-03-06 …), and no sentence outside the list.
_ISSUE_DATE = re.compile(_DAY)
_MIN_ISSUES = 2
_ITEMS = etree.XPath(".//li[.//a[starts-with(normalize-space(@href), 'http') or starts-with(@href, '/')]]")
_OUTSIDE_ITEMS = etree.XPath(".//text()[not(ancestor::li)]")


def _is_column_card(node: Element, text: str) -> bool:
    """Whether a block holds a list of other pages' links with their dates and, outside the list, a card's few
    lines with no sentence."""
    # The cheap tests first: most blocks print no date, and hold no list.
    if not _ISSUE_DATE.search(text) or node.find(".//li") is None:
        return False
    items = _ITEMS(node)
    if len(items) < _MIN_ISSUES or sum(1 for item in items if _ISSUE_DATE.search(text_of(item))) < _MIN_ISSUES:
        return False
    outside = squash("".join(_OUTSIDE_ITEMS(node)))
    return len(outside) <= _MAX_TEASER_OUTSIDE and not _SENTENCE_END.search(outside)


# A match's box among the paragraphs: its status or the live coverage it offers (完场, 全程图文直播) beside a score or
# a day (江城雄鹰 2 - 1 东港海鸥; 羽毛球大师赛 11-24 至 11-29), and no sentence: the sports channel's, set by its
# template beside any report.
_MATCH_STATUS = re.compile(r"完场|全场结束|比赛结束|终场|(?:图文|视频)直播")
_SCORE = re.compile(r"\d{1,3}\s*[-:：]\s*\d{1,3}")


# A tips card's list: at least this many items, each this short at most.
_TIPS = 3
_TIP_CHARS = 40
_HEADING_LINE = 30
_STATED = re.compile(r"[。！!；;]")


def _is_tips_card(node: Element) -> bool:
    """Whether `node` is a heading line over one list of short tips and nothing else (module docstring, 9)."""
    blocks = [child for child in node if isinstance(child.tag, str)]
    if len(blocks) != 2 or blocks[1].tag not in ("ul", "ol") or squash(node.text or "") or blocks[0].tag in ("ul", "ol"):
        return False
    heading = squash(text_of(blocks[0]))
    items = [squash(text_of(item)) for item in blocks[1] if isinstance(item.tag, str)]
    return (
        0 < len(heading) <= _HEADING_LINE and not _STATED.search(heading)
        and len(items) >= _TIPS and all(0 < len(item) <= _TIP_CHARS and not _STATED.search(item) for item in items)
    )


def _chinese(text: str) -> bool:
    """Whether half the characters of `text` or more are Chinese (a Latin page's box of times and scores is told
    elsewhere)."""
    return len(CJK.findall(text)) * 2 >= len(text.replace(" ", ""))


def _is_match_box(text: str) -> bool:
    """Whether a block is a match's score box or a fixture's notice."""
    return (
        _MATCH_STATUS.search(text) is not None
        and (_SCORE.search(text) is not None or _ISSUE_DATE.search(text) is not None)
        and not _SENTENCE_END.search(text) and _chinese(text)
    )


def _is_aside(node: Element, last: bool) -> bool:
    """Whether a child of a paragraphs' holder is one of the boxes the module docstring lists. What the paragraph
    before announces (…成交情况如下：) is the article's, whatever it looks like (a table's rows of names and signed
    changes read as quotes once its cells touch): asked only of a block that looks like a box."""
    return _looks_aside(node, last) and not announced(node)


def _looks_aside(node: Element, last: bool) -> bool:
    """Whether the block reads as one of the boxes, by its own text and shape alone."""
    raw = text_of(node)
    # A long block (most children of a holder are paragraphs) is told so without squashing it.
    if squashed_longer_than(raw, _MAX_QUOTE_BOX):
        return False
    text = squash(raw)
    if not text:
        return False
    if _is_pull_quote(node, text) or _is_author_box(text, last) or _is_date_row(text):
        return True
    # The box's label, name and bio in blocks of their own (作者简介 / 某某 / 心理咨询师，…): read as its lines.
    if len(node) and text.startswith(_AUTHOR_LABELS) and _is_author_box(" ".join(block_lines(node))):
        return True
    if _QUOTE_BOX.match(text) is not None or _is_quote_board(text) or _is_picture_card(node, text):
        return True
    # A strip, a card or a box is a block of its own, no paragraph: asked once for the four.
    if node.tag in _TEASER_TAGS and (
        _is_teaser_strip(node, text) or _is_column_card(node, text) or _is_match_box(text) or _is_tips_card(node)
    ):
        return True
    return last and len(text) <= _MAX_AUTHOR and bool(_AUTHOR_BIO.match(text))


def drop_asides(root: Element) -> None:
    """Remove pull-quotes, author boxes, quote boxes and date rows from among an article's paragraphs, in place.

    Args:
        root: a rule's body element, or the page (the generic path).
    """
    for holder, last_prose in _holders(root).items():
        for index, child in enumerate(list(holder)):
            if isinstance(child.tag, str) and child.getparent() is holder and _is_aside(child, index >= last_prose):
                remove(child)
