"""Body element -> paragraphs and images, after the rule's drop / stop blocks are removed."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from lxml import etree

from ..model import Image
from .attributes import AnyClass, compiled, file_by_class, number_of
from .inserts import SENTENCE_END
from .layout import block_lines, node_text, text_outside_links
from .terms import AD_LINE, AD_SLOT_LABEL, PICTURE_COUNT, SHARE_WORDS, alternation
from .tree import Element, cut_from, following, hangs_below, remove
from .urls import absolute

_IMAGE_ATTRS = ("data-original", "data-src", "data-lazy-src", "data-lazyload", "src", "_src")
# Pixels, icons and spacers: never article images.
_NOT_IMAGE = re.compile(r"(?:spacer|blank|pixel|/icon|logo|1x1|end_\w+\.png|\.svg$)", re.IGNORECASE)
# Inline widgets that trail paragraphs ("详情>>", "点击查看>>", a link back to the site's front page
# "返回某某首页>>") and lines that are only widget text.
_TRAILING_WIDGET = re.compile(r"\s*(?:详情|点击查看|查看原文|更多|阅读全文|全文|返回[^\s，。！？>]{0,8}首页)\s*(?:>>|＞＞|»)\s*$")
# A line a widget prints alone: a share word, the report button, a count, a run of separators, or a gallery's tip to
# open the picture full size (点击查看原图, 查看大图>>) or its heading with the count of its pictures (游戏截图（共8张）),
# which a caption never is, or an ad slot's label, alone or before its ad.
_WIDGET_LINE = re.compile(
    "^(?:" + alternation(SHARE_WORDS) + r"[:：]?|举报|\d+|[>»·|｜]+|(?:点击)?查看(?:大|原|高清)图\s*(?:>>|＞＞|»)?"
    + rf"|[^\s，。！？]{{0,12}}{PICTURE_COUNT}|{AD_SLOT_LABEL}|{AD_LINE})$"
)
_TEMPLATE_PLACEHOLDER = re.compile(r"\$\{[^}]{0,80}\}")
# Prose after a stop heading: a text run outside links ending a sentence, longer than a card's one-line summary.
_PROSE_RUN = 40
# ... or a paragraph of its own, linkless, ending a sentence (这样的家书，…更能让人看到…。), at least this long.
_PARAGRAPH_RUN = 20


def without_trailing_widget(line: str) -> str:
    """The line without an inline widget trailing it (详情>>, 阅读全文»): a link to more, not the paragraph's text."""
    return _TRAILING_WIDGET.sub("", line)


# A line of closing brackets alone: the close of the line above, which the source broke onto a line of its own
# (【责任编辑：王五 / 】) where its text has a line break.
_CLOSERS = re.compile(r"^[】）」』)\]］〕》]+$")


def rejoined(lines: list[str]) -> list[str]:
    """The lines with a line of closing brackets alone joined to the line above it, whose bracket it closes."""
    out: list[str] = []
    for line in lines:
        if out and _CLOSERS.match(line):
            out[-1] += line
        else:
            out.append(line)
    return out


def prune(body: Element, drop: Sequence[str], stop: Sequence[str]) -> None:
    """Remove the rule's `drop` blocks and cut the body at the first `stop` block that only lists and links
    follow (a stop heading with the article's prose after it labels a card inserted mid-body, which the insert
    stages remove, not the article's end)."""
    for xpath in stop:
        found = next((node for node in compiled(xpath)(body) if not _prose_after(node, body)), None)
        if found is not None:
            cut_from(found, body)
    classes: _ClassIndex | None = None
    for xpath in drop:
        if isinstance(xpath, AnyClass):
            classes = classes or _ClassIndex(body, {name for d in drop if isinstance(d, AnyClass) for name in d.names})
            nodes = classes.below(xpath)
        else:
            nodes = compiled(xpath)(body)
        for node in nodes:
            if node is not body:
                remove(node)


class _ClassIndex:
    """The elements below a body filed under the names their class lists hold (the names a rule's drops ask for),
    each with its place in document order: one pass over the body answers every `AnyClass` drop, where each was
    an XPath walk of the body. Removing an element changes no element's class, so the index stays true of every
    element still below the body, and `below` asks that of each element it gives."""

    __slots__ = ("body", "by_name")

    def __init__(self, body: Element, names: set[str]) -> None:
        self.body = body
        self.by_name: dict[str, list[tuple[int, Element]]] = {name: [] for name in names}
        for place, node in enumerate(body.iterdescendants(etree.Element)):
            value = node.get("class")
            if value:
                file_by_class(self.by_name, value, (place, node))

    def below(self, xpath: AnyClass) -> list[Element]:
        """What `xpath` finds below the body as it is now: its elements, in document order, each once."""
        found = dict(entry for name in xpath.names for entry in self.by_name[name])
        return [
            node
            for _place, node in sorted(found.items(), key=lambda entry: entry[0])
            if (xpath.tag == "*" or node.tag == xpath.tag) and hangs_below(node, self.body)
        ]


def _prose_after(node: Element, root: Element) -> bool:
    """Whether a run of prose outside links (a sentence, longer than a card's summary) follows `node` in `root`,
    or a paragraph of its own without a link ending a sentence: a card's summary stands inside its card."""
    return any(
        _is_prose(piece) if isinstance(piece, str)
        else _is_paragraph(piece) or any(map(_is_prose, text_outside_links(piece)))
        for piece in following(node, root)
    )


def _is_paragraph(node: Element) -> bool:
    if node.tag != "p" or node.find(".//a") is not None:
        return False
    text = node_text(node)
    return len(text) >= _PARAGRAPH_RUN and SENTENCE_END.match(text[-1]) is not None


def _is_prose(text: object) -> bool:
    return isinstance(text, str) and len(text.strip()) >= _PROSE_RUN and bool(SENTENCE_END.search(text))


def paragraphs(
    body: Element, drop_lines: Sequence[re.Pattern[str]] = (), end_lines: Sequence[re.Pattern[str]] = ()
) -> list[str]:
    """The body's text, one entry per block (paragraph, heading, list item, caption), widgets removed; a line
    matching one of `end_lines` after the first paragraph closes it."""
    out: list[str] = []
    # A bare number is kept for now: a run of them may number the article's sections (section_numerals).
    texts = 0
    for line in block_lines(body):
        line = without_trailing_widget(line)
        line = _TEMPLATE_PLACEHOLDER.sub("", line).strip()
        if not line or (_WIDGET_LINE.match(line) and not line.isdecimal()):
            continue
        if texts and any(pattern.match(line) for pattern in end_lines):
            break
        if any(pattern.search(line) for pattern in drop_lines):
            continue
        out.append(line)
        texts += not line.isdecimal()
    numerals = section_numerals(out)
    return [line for index, line in enumerate(out) if not line.isdecimal() or index in numerals]


def section_numerals(lines: Sequence[str]) -> frozenset[int]:
    """Where `lines` print the numbers of an article's sections: bare numerals on lines of their own counting up
    from 1 (a number printed twice, as pages slip, is still the count), each over a line that is no numeral. A
    bare number elsewhere (a count, a page number, a pager's run 1 2 3) is a widget's."""
    marks = [index for index, line in enumerate(lines) if line.isdecimal() and len(line) <= 2]
    numbers = [int(lines[index]) for index in marks]
    if len(marks) < 2 or numbers[0] != 1 or any(after - before not in (0, 1) for before, after in pairwise(numbers)):
        return frozenset()
    if any(index + 1 >= len(lines) or lines[index + 1].isdecimal() for index in marks):
        return frozenset()
    return frozenset(marks)


def _image_src(img: Element) -> str | None:
    for attr in _IMAGE_ATTRS:
        value = img.get(attr)
        if isinstance(value, str) and value and not value.startswith("data:"):
            return value.strip()
    return None


def caption_of(img: Element) -> str | None:
    """The caption printed with a picture: its figure's figcaption, the text of the block that holds it, or the
    centred block right after that one (past line breaks and empty paragraphs), or None."""
    figure = next((a for a in img.iterancestors("figure")), None)
    if figure is not None:
        caption = figure.find(".//figcaption")
        if caption is not None:
            return node_text(caption) or None
    holder = img.getparent()
    # NetEase: <p class="f_center"><img …><br>caption</p>, or the caption in the next centred <p>.
    while holder is not None and holder.tag not in {"p", "div", "center", "td"}:
        holder = holder.getparent()
    if holder is None:
        return None
    own = node_text(holder)
    if own and len(own) <= 200:
        return own
    following = _next_drawn(holder)
    if following is not None and _centred(following) and not _pictured(following):
        text = node_text(following)
        if text and len(text) <= 200:
            return text
    return None


def _next_drawn(node: Element) -> Element | None:
    """The element after `node`, past line breaks and empty paragraphs: a table-era editor's spacing between a
    picture's block and its caption's draws nothing."""
    following = node.getnext()
    while following is not None and (
        following.tag == "br" or (following.tag == "p" and not len(following) and not (following.text or "").strip())
    ):
        following = following.getnext()
    return following


def _centred(node: Element) -> bool:
    """Whether a block is printed centred, as a caption under its picture is: a centred paragraph, or a block
    centred by its align attribute."""
    if node.tag == "p":
        return "center" in (node.get("class") or "") or node.get("align") == "center"
    return node.tag == "center" or (node.tag == "div" and (node.get("align") or "").lower() == "center")


def _pictured(node: Element) -> bool:
    """Whether a block holds a picture of its own (the next picture), not an icon inside one of its links."""
    return any(map(unlinked, node.iter("img")))


def unlinked(img: Element) -> bool:
    """Whether a picture sits in no link: the page's own picture, not another page's card, an ad or an icon."""
    return next(img.iterancestors("a"), None) is None


def images(body: Element, base_url: str | None) -> list[Image]:
    """Body images with absolute URLs and their captions, in reading order, each once."""
    seen: set[str] = set()
    out: list[Image] = []
    for img in body.iter("img"):
        if not isinstance(img, etree.ElementBase) and not hasattr(img, "get"):
            continue
        src = _image_src(img)
        if not src or _NOT_IMAGE.search(src) or "icon" in (img.get("class") or ""):
            continue
        width = number_of(img.get("width") or "")
        if width is not None and width < 40:
            continue
        url = absolute(src, base_url)
        if not url or url in seen:
            continue
        seen.add(url)
        out.append(Image(src=url, caption=caption_of(img)))
    return out
