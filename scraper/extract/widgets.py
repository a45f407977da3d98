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

The card steps are in cards.py, the box steps in boxes.py; this module orders them.
"""

from __future__ import annotations

import re

from .boxes import (
    Lengths,
    drop_comparison_tables,
    drop_contents_boxes,
    drop_counted_boxes,
    drop_description_box,
    drop_fixture_boxes,
    drop_floated_lists,
    drop_form_boxes,
    drop_headed_tables,
    drop_issue_heads,
    drop_labelled_ads,
    drop_link_boxes,
    drop_poll_boxes,
    drop_quote_cards,
    drop_reference_cards,
    drop_service_boxes,
    drop_shop_lines,
    drop_summary_boxes,
    drop_timeline_boxes,
    drop_widget_boxes,
)
from .cards import drop_headline_lists, drop_labelled_links, drop_labelled_rows, drop_linked_cards, drop_lone_cards
from .inserts import SENTENCE_END
from .layout import holders_below, squash, squashed_longer_than, text_of, xpath_normalized
from .tree import Element, hangs_below, remove

__all__ = ["drop_article_modules", "drop_modules"]


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
        drop_headline_lists(root, Lengths())
    drop_linked_cards(root, Lengths())
    if not whole_page:
        _drop_boxes(root)
    # After the widget boxes (a module's heading beside its link to more is theirs); on the whole page too: a
    # heading and a headline in one line is nowhere the article's text, and <br>-run articles have no block.
    drop_labelled_links(root)
    drop_labelled_rows(root)
    drop_shop_lines(root)


# The blocks picture chrome is written in.
_CHROME_TAGS = ("div", "span", "p", "a", "em", "i", "b")
# A mask or a counter has at most 21 characters that are not whitespace (the regexes' bounded parts), and
# squashing keeps every character that is neither whitespace nor a zero-width space: a block with more is none.
_MORE_THAN_CHROME = re.compile(r"(?:[\s\u200b\ufeff]*[^\s\u200b\ufeff]){22}")
# A picture's place held by a prompt to open an app to see it (打开某某App 查看精彩图片, 下载客户端查看大图), or a
# tap prompt over a still that plays an animation (点击查看动图): the prompt is the page's, on any site.
_PICTURE_MASK = re.compile(
    r"^(?:点击|打开|下载|前往|去)[^\s，。！？]{1,10}\s*(?:查看|观看|浏览)[^\s，。！？]{0,4}(?:图片|大图|原图|高清图|组图)$"
    r"|^点击(?:查看|观看|播放)动图$"
)
# A picture's counter in a gallery or a photo strip (1/4, 2 / 12), or a play button over a video's still (播放,
# 点击播放): beside the picture in its block, the player's chrome.
_BESIDE_PICTURE = re.compile(
    r"^\d{1,2}\s*/\s*\d{1,2}$|^(?:点击)?播放(?:视频)?$"
    # ... or a gallery's swipe tip (左右滑动查看更多, 向左滑动看下一张): how to turn its pictures
    r"|^(?:向?[左右]|左右)?滑动?\s*(?:查看|浏览|看)(?:更多|全部|下一张|下一幅)?(?:图片|照片)?$"
    # ... or a comparison slider's (左右拖动滑块，查看改造前后对比): how to move its divide over two pictures
    r"|^(?:向?[左右]|左右)?(?:拖动|拖拽|滑动)(?:滑块|滑杆)[，,]?(?:查看|对比|看)[^。！？，,]{0,12}$"
    # ... and its two pictures' tags, the whole block (改造前 改造后, 修复前 修复后)
    r"|^([\u4e00-\u9fff]{1,6})前\s?\1后$"
)
_PLAY = "播放"
# A swipe tip's verb, which holds none of the other chrome's characters.
_SWIPE = "滑"
# A comparison's tag is a short run ending in one of these (改造前, 改造后).
_TAG_ENDS = ("前", "后")
_TAG_CHARS = 7


def _holds_chrome_word(text: str) -> bool:
    """Whether a text run may be (part of) picture chrome: it holds 图, a slash, 播放 or 滑, or is a comparison's tag."""
    if "图" in text or "/" in text or _PLAY in text or _SWIPE in text:
        return True
    # The last character first: nearly every run ends otherwise, and then its whitespace need not be normalized.
    if not text.rstrip(" \t\r\n").endswith(_TAG_ENDS):
        return False
    return len(xpath_normalized(text)) <= _TAG_CHARS


def _chrome_text_owners(root: Element) -> list[Element]:
    """The elements whose text (`layout.text_owner`) holds a text run below `root` with 图, a slash, 播放 or 滑, or
    that is a comparison's tag (`_holds_chrome_word`): those of an XPath search for such runs, read from each element's
    text and tail in one walk instead of making a string object of every text run the search matches. A tail's owner
    comes with its element, before the element's children: `holders_below` gives the same set in any order.

    Every mask prompt ends in a word for a picture (图片, 大图, 组图), every counter holds a slash, every play
    button 播放, every swipe or drag tip 滑, and a comparison's tag is a short run ending in 前 or 后: the text runs
    that are none of these tell no block around them is chrome.
    """
    owners: list[Element] = []
    for node in root.iter():
        # A comment's or an instruction's text is no text run, its tail is.
        text = node.text if isinstance(node.tag, str) else None
        if text and _holds_chrome_word(text):
            owners.append(node)
        tail = node.tail
        if tail and node is not root and _holds_chrome_word(tail):
            owners.append(node.getparent())
    return owners


def _drop_picture_chrome(root: Element) -> None:
    """Remove the blocks that hold a picture's place with a prompt to open an app (no picture in them), and a
    picture's counter (1/4) beside it in its block: the caption printed after a picture stays, as it does."""
    # Only the short blocks around a text run with 图 or a slash are asked (`holders_below`); the root is never
    # removed, so it need not be asked.
    holders = holders_below(root, _chrome_text_owners(root), frozenset(_CHROME_TAGS),
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
    return bool(_BESIDE_PICTURE.match(text)) and parent is not None and parent.find(".//img") is not None


def _drop_boxes(root: Element) -> None:
    """The steps after the linked cards: summary boxes, tables of contents, a column's issue head, comparison and
    headed tables, counted boxes, polls, floated lists, quote cards, fixture cards, timeline cards, reference cards,
    the site's service boxes, labelled ads, lone cards, form boxes, link boxes and widget boxes."""
    drop_summary_boxes(root)
    drop_contents_boxes(root)
    drop_issue_heads(root)
    drop_comparison_tables(root, Lengths())
    drop_headed_tables(root, Lengths())
    drop_counted_boxes(root, Lengths())
    drop_poll_boxes(root, Lengths())
    drop_floated_lists(root)
    drop_quote_cards(root)
    drop_fixture_boxes(root, Lengths())
    drop_timeline_boxes(root, Lengths())
    drop_reference_cards(root, Lengths())
    drop_service_boxes(root)
    drop_labelled_ads(root)
    drop_lone_cards(root)
    drop_form_boxes(root, Lengths())
    drop_link_boxes(root, Lengths())
    drop_widget_boxes(root, Lengths())


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
            drop_headline_lists(block, Lengths())
            _drop_boxes(block)
            drop_description_box(block)


def _is_prose_run(text: str | None) -> bool:
    """Whether a text (a run after a <br>, a <p>'s) reads as a paragraph of prose: a sentence end, and
    _PARAGRAPH_CHARS long once squashed (told without squashing: squashing only collapses whitespace)."""
    if not text:
        return False
    return SENTENCE_END.search(text) is not None and squashed_longer_than(text, _PARAGRAPH_CHARS - 1)


def _is_prose(paragraph: Element) -> bool:
    """Whether a paragraph's text reads as prose (`_is_prose_run`)."""
    return _is_prose_run(text_of(paragraph))
