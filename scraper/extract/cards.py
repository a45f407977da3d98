"""Other articles' cards in an article's body (widgets.py tells the kinds): lists of their headlines, a block one
link to another article wholly fills, a card standing alone among the article's blocks, and a list heading
with linked headlines in one line (相关链接：…).
"""

from __future__ import annotations

import re

from .boxes import BOXES, CARD_BOXES, LABEL_MARKS, LABELLED_BLOCKS, MAX_BOX_RUN, MORE_LINK, Lengths
from .inserts import (
    BULLET,
    HEADING_CHARS,
    MAX_PLAYER_TEXT,
    MAX_SUMMARY,
    MIN_HEADLINE,
    SENTENCE_END,
    is_heading_block,
    to_other_page,
)
from .layout import holders_below, squash, squashed_longer_than, text_of, text_outside_links
from .line_kinds import Kind, classify
from .tree import Element, hangs_below, remove

__all__ = [
    "drop_headline_lists",
    "drop_labelled_links",
    "drop_labelled_rows",
    "drop_linked_cards",
    "drop_lone_cards",
]

_LISTS = ("ul", "ol")


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


def _with_wrapper(node: Element, root: Element, lengths: Lengths) -> Element:
    """The block around `node` that adds no more than a heading's worth of text (网易号 · 各有态度 over a list)."""
    size = lengths(node)
    parent = node.getparent()
    while parent is not None and parent is not root and parent.tag in BOXES and lengths(parent) - size <= HEADING_CHARS:
        node, parent = parent, parent.getparent()
    return node


def drop_headline_lists(root: Element, lengths: Lengths) -> None:
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


def _linked_card(anchor: Element, lengths: Lengths) -> Element | None:
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
    while node is not None and node.tag in BOXES and lengths(node) <= size + HEADING_CHARS and _only_label(node):
        found = node
        node = node.getparent()
    return found


def _only_label(box: Element) -> bool:
    """Whether the text of `box` outside its links ends no sentence (a label, a date, a source at most)."""
    return not any(SENTENCE_END.search(str(text)) for text in text_outside_links(box))


def drop_linked_cards(root: Element, lengths: Lengths) -> None:
    """Remove blocks that are one link to another article, holding its headline, summary or source."""
    for anchor in [a for a in root.iter("a") if to_other_page(a)]:
        card = _linked_card(anchor, lengths) if anchor.getparent() is not None else None
        if card is not None and card is not root and card.getparent() is not None:
            _remove_with_heading(card)


def _is_card_box(box: Element) -> bool:
    """Whether a box is one other page's card: every link leads to that page, the text opens with the
    headline (a picture may come first) and adds at most a summary and a date."""
    if box.tag not in CARD_BOXES:
        return False
    anchors = list(box.iter("a"))
    headline = _headline_of(box)
    if len({(a.get("href") or "").strip() for a in anchors}) != 1 or not all(map(to_other_page, anchors)):
        return False
    if headline is None or len(headline) < MIN_HEADLINE:
        return False
    # A picture with its caption as the one text is a figure: a card adds a summary or a date to its headline.
    # A list heading may tag the card above its headline (推荐阅读, then the headline and its summary).
    text = squash(text_of(box))
    at = text.find(headline)
    if at < 0 or (at > 0 and not _is_list_heading(text[:at])):
        return False
    return 0 < len(text) - at - len(headline) <= MAX_SUMMARY


def drop_lone_cards(root: Element) -> None:
    """Remove a box among the article's blocks that is one other article's card (picture, headline, summary,
    date), standing alone: a run of such boxes is a digest of the article's own stories and stays, as the
    cards without a heading stay in `inserts`."""
    cards = {box for box in root.iter(*CARD_BOXES) if box is not root and _is_card_box(box)}
    # The outermost box of each card: a card's inner text box is no card standing alone.
    outer = [box for box in cards if not any(a in cards for a in box.iterancestors())]
    for box in outer:
        if not any(n in cards for n in (box.getprevious(), box.getnext()) if n is not None):
            remove(box)


def drop_labelled_links(root: Element) -> None:
    """Remove a block that is a list heading and other articles' headlines after it in one line (相关链接：a
    linked headline): the heading and its cards run into one paragraph, where the card runs of inserts.py see
    one block that opens with no headline."""
    # Only a short block around another page's linked headline can be one: the blocks are found from the
    # headlines up. A block is judged on its own subtree, which no removal before it in document order touches
    # (a removed block is an ancestor, then this one is gone too, or lies wholly before it), so the blocks
    # found before the first removal are those a walk over every block would judge.
    headlines = (a.getparent() for a in root.iter("a")
                 if a is not root and to_other_page(a) and _is_headline(squash(text_of(a))))
    holders = holders_below(root, headlines, frozenset(LABELLED_BLOCKS),
                            lambda block: squashed_longer_than(text_of(block), MAX_PLAYER_TEXT))
    for block in [b for b in root.iter(*LABELLED_BLOCKS) if b in holders]:
        if not hangs_below(block, root):
            continue
        outside = squash("".join(map(str, text_outside_links(block))))
        if _is_list_heading(outside) or _heads_own_link(block, outside):
            remove(block)


# A list heading and its colon opening a link's own text (往期回顾：第37期 …).
_LABEL_IN_LINK = re.compile(r"^([^:：]{2,12})[:：]")


def _heads_own_link(block: Element, outside: str) -> bool:
    """Whether the block's one link to another page opens with a list heading of its own (往期回顾：…) and the text
    outside it is a column's tag at most (网易读书·作家访谈): the heading is written inside the link."""
    links = [a for a in block.iter("a") if to_other_page(a)]
    if len(links) != 1 or len(outside) > HEADING_CHARS or SENTENCE_END.search(outside):
        return False
    label = _LABEL_IN_LINK.match(squash(text_of(links[0])))
    return label is not None and classify(label.group(1), frozenset(), "") is Kind.HEADING


# What parts the links of a row of names (飞驰 | 凌云 | 骏雅, 甲、乙): no words of the row's own.
_LINK_SEPARATORS = re.compile(r"[|｜/／、,，·•\s]+")


def drop_labelled_rows(root: Element) -> None:
    """Remove a block that is a list heading and a row of two or more links to other pages after it, parted by
    marks alone (相关车型：飞驰 | 凌云 | 骏雅): the names of other pages' products or topics, however short."""
    parents = {a.getparent() for a in root.iter("a") if a is not root and to_other_page(a)}
    for block in [b for b in root.iter(*LABELLED_BLOCKS) if b in parents]:
        if not hangs_below(block, root) or squashed_longer_than(text_of(block), MAX_PLAYER_TEXT):
            continue
        if sum(1 for a in block.iter("a") if to_other_page(a)) < 2:
            continue
        if _is_list_heading(_LINK_SEPARATORS.sub("", squash("".join(map(str, text_outside_links(block)))))):
            remove(block)


def _is_list_heading(outside: str) -> bool:
    """Whether a block's text outside its links is a list heading alone (【相关链接】：, 相关车型：), its marks aside."""
    label = LABEL_MARKS.sub("", outside)
    return 0 < len(label) <= HEADING_CHARS and classify(label, frozenset(), "") is Kind.HEADING


def _is_headline(text: str) -> bool:
    """A link's text that is another article's headline: long enough, and no link to more of a module."""
    return len(text) >= MIN_HEADLINE and not MORE_LINK.search(text)


def _remove_with_heading(node: Element) -> None:
    """Remove a list or card, and the list heading right before it (往期回顾 over two cards) with it."""
    before = node.getprevious()
    if before is not None and is_heading_block(before):
        remove(before)
    remove(node)
