"""Blocks a template inserts into an article's body that are no article text: other articles' cards and
media players.

**Cards.** News templates (NetEase's 2019 news pages among them) insert blocks of other articles into the
body, often with no container of their own: a list heading (相关新闻, 推荐阅读), then per card a paragraph
that is the link to the other article and a paragraph of its summary. The summary reads as prose, so line
cleaning that judges each line alone keeps it, and a reading that drops link-only paragraphs (trafilatura)
loses the very headlines that show it is a summary. So the cards are found on the tree, among the children
of one element, before any reading, by the shape of the run:

1. a card is a block that opens with a link to another page (its headline); the rest of the block, if
   any, is its summary; a bare headline takes the one block after it as its summary when another
   headline follows that block;
2. the last card of a run has a summary when the cards before it had theirs;
3. a run is cards when it follows a list heading (相关新闻, 推荐阅读 …); the heading goes with it.

Without a heading, linked headlines with summaries are the article's own (a digest whose items each link
to the full story, an in-body link on its own line) and stay: line cleaning judges those.
`drop_cards` applies the same reading to body lines, for readings that kept the headlines.

**Players.** A video or audio player (`<video>`, `<embed>`, `<object>`, `<audio>`, `<iframe>`) comes with its
chrome: the clip's title, its source, a 连续播放 switch, a playlist whose captions repeat the title. The
largest block around the player whose text holds no sentence (no 。！？, short) is the player and goes. A video
card drawn as its poster (a picture and the clip's running time, 01:42; the player loads on a tap) is one too.

**Embedded posts.** A social platform's post embedded in the body keeps the class its embed code gives it
(instagram-media, twitter-tweet): another page's post, which goes whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from lxml import etree

from .asides import drop_asides
from .layout import squash, squashed_longer_than, text_of
from .line_kinds import Kind, classify
from .tree import Element, remove

__all__ = ["box_around", "card_lines", "drop_cards", "drop_inserts", "is_heading_block", "to_other_page"]

# A summary longer than this is the article going on, not another article's digest.
MAX_SUMMARY = 160
# ... unless another headline follows it: between two headlines of a run, a block as long as a news lead is that
# article's lead reprinted whole (网易财经's 相关报道 runs print each report's first paragraph).
MAX_LEAD = 2 * MAX_SUMMARY
# A headline shorter than this is a channel or a tag, not another article.
MIN_HEADLINE = 8
# A list mark before a headline (· 标题, ■ 标题, 1. 标题).
BULLET = re.compile(r"^(?:[-·•●◆◇■□▪▸►>》*]|\d{1,2}[.、)）])\s*")
# Brackets and marks around a list heading.
_DECORATION = re.compile(r"^[\s【\[〔（(■□●◆◇▶►>·]+|[\s】\]〕）)]+(?=[:：]?$)")
# Blocks a card or its parts are written in.
_CARD_TAGS = frozenset({"p", "div", "li", "dd", "dt", "h2", "h3", "h4", "h5", "section", "article", "tr", "td"})
# Blocks read as cards after a list heading: a card may also be one link holding its headline and summary
# (<a><span>headline</span><span>summary</span></a>), set as a block by the page's style.
_RUN_TAGS = _CARD_TAGS | {"a"}
# Elements whose children may be a run of cards.
_HOLDERS = (*_CARD_TAGS, "body", "main", "ul", "ol", "dl", "table", "tbody", "center", "form")


@dataclass(frozen=True, slots=True)
class _Line:
    headline: bool  # wholly a link's text (or a card block: a headline block with its summary)
    heading: bool  # a list heading (相关新闻 …)
    length: int


class _Reading(Protocol):
    """Lines read as card parts: a list, or blocks read on demand."""

    def __len__(self) -> int: ...

    def __getitem__(self, index: int) -> _Line: ...


def _summary_at(read: _Reading, index: int, limit: int = MAX_SUMMARY) -> bool:
    """A line that can be a card's summary: no headline, no heading, no longer than `limit`."""
    return index < len(read) and not read[index].headline and not read[index].heading and (
        read[index].length <= limit
    )


def _run(read: _Reading, start: int) -> int:
    """The index after the run of cards that starts at `start` (`start` itself when there is none).

    A summary closed by the next headline may be a whole lead (MAX_LEAD); the last card's, which nothing closes,
    may be as long as a card's digest or as the longest summary the run has shown, no longer: past that it is the
    article going on.
    """
    cards: list[bool] = []  # per card: whether it has a summary
    longest = MAX_SUMMARY
    index = start
    while index < len(read) and read[index].headline:
        with_summary = _summary_at(read, index + 1, MAX_LEAD) and index + 2 < len(read) and read[index + 2].headline
        if with_summary:
            longest = max(longest, read[index + 1].length)
        cards.append(with_summary)
        index += 2 if with_summary else 1
    if (
        len(cards) >= 2 and not cards[-1] and sum(cards[:-1]) * 2 >= len(cards) - 1
        and _summary_at(read, index, longest)
    ):
        index += 1
    return index


def _runs(read: Sequence[_Line]) -> set[int]:
    """The indexes of the lines in runs of cards under a list heading, with their headings."""
    found: set[int] = set()
    index = 0
    while index < len(read):
        if read[index].heading:
            end = _run(read, index + 1)
            if end > index + 1:
                found.update(range(index, end))
                index = end
                continue
        index += 1
    return found


def card_lines(lines: Sequence[str], links: frozenset[str]) -> set[int]:
    """The indexes of the body lines in runs of other articles' cards (see the module docstring).

    Args:
        lines: body lines in reading order.
        links: the texts of the page's links to other pages (`line_kinds.page_link_texts`).
    """
    kinds = [classify(line, links, "") for line in lines]
    return _runs([_Line(kind is Kind.LINK, kind is Kind.HEADING, len(line)) for line, kind in zip(lines, kinds, strict=True)])


def drop_cards(lines: list[str], links: frozenset[str]) -> list[str]:
    """The body lines without the runs of other articles' cards."""
    found = card_lines(lines, links) if links else set()
    return [line for index, line in enumerate(lines) if index not in found] if found else lines


def _opens_with_headline(node: Element, text: str) -> bool:
    """The block opens with a link to another page (a headline) and shows no picture of its own; the rest is
    short.

    A picture whose caption links to its photo set is the article's own figure, not another article; a
    thumbnail in a link of its own to the page the headline links to is the card's.
    """
    anchor = next((a for a in node.iter("a") if to_other_page(a) and squash(text_of(a))), None)
    if anchor is None or not _thumbnails_of(node, anchor):
        return False
    headline = squash(text_of(anchor))
    opening = BULLET.sub("", text)
    return (
        len(headline) >= MIN_HEADLINE and opening.startswith(headline) and len(opening) - len(headline) <= MAX_SUMMARY
    )


def _thumbnails_of(node: Element, headline: Element) -> bool:
    """Whether every picture in the block is a thumbnail of the headline's page: in a link of its own to where
    the headline links (a block without pictures passes). A picture inside the headline's own link is a
    figure whose caption links to its photo set."""
    for img in node.iter("img"):
        link = next(img.iterancestors("a"), None)
        if link is None or link is headline or link.get("href") != headline.get("href"):
            return False
    return True


def to_other_page(anchor: Element) -> bool:
    """A link to another page (not an in-page anchor, a script or a mail address)."""
    href = (anchor.get("href") or "").strip()
    return bool(href) and not href.startswith(("#", "javascript:", "mailto:"))


def script_button(anchor: Element) -> bool:
    """A link with no address of its own, or a script's: a button the page's script binds, not a link in a text."""
    href = (anchor.get("href") or "").strip()
    return not href or href.startswith("javascript:")


def _block(node: Element) -> _Line:
    """One child block, read as a card (a headline, perhaps with its summary in the same box) or not."""
    text = squash(text_of(node))
    if _opens_with_headline(node, text):
        return _Line(True, False, len(text))
    # 【相关新闻】, ■相关报道, [相关阅读]: a heading in its brackets or after a mark.
    bare = _DECORATION.sub("", text)
    heading = 0 < len(bare) <= 16 and classify(bare, frozenset(), "") is Kind.HEADING
    return _Line(False, heading, len(text))


# Short text runs: a list heading is one (or sits in one), so only their blocks' parents are asked.
HEADING_CHARS = 24
_NOT_TEXT = frozenset({"script", "style", "noscript", "template"})
# Words every list heading holds (line_kinds.classify decides; this only skips the texts that cannot be one),
# simplified and traditional.
_HEADING_HINT = re.compile(
    "相关|相關|推荐|推薦|热|熱|排行|阅读|閱讀|新闻|新聞|评论|評論|资讯|資訊|专题|專題|要闻|要聞|精彩|看点|看點|猜你|更多|"
    "延伸|往期|图片|圖片|视频|視頻|独家|獨家|头条|頭條|最新|今日|网友|網友"
)


def _heading_blocks(root: Element) -> list[Element]:
    """The blocks whose whole text is a short line with a list heading's word in it, in document order.

    A run of cards needs a heading, and a heading is such a block: only the siblings after one are read,
    so a page costs one walk plus the few blocks after its headings, not its text once per level of nesting.
    """
    found: dict[Element, None] = {}
    short_blocks: dict[Element, bool] = {}  # element -> whether its squashed text is short

    def short(element: Element) -> bool:
        # A block around the heading soon holds the article or the page: its length is told by its opening, not
        # by squashing the whole of it.
        if element not in short_blocks:
            short_blocks[element] = not squashed_longer_than(text_of(element), HEADING_CHARS)
        return short_blocks[element]

    # Python's walk, not an XPath over //text(): libxml2 merges such node sets in document order, which
    # grows faster than the page (a 50 MB page did not finish). Tails are bare text runs between blocks,
    # no block of their own, so only an element's own text is asked.
    for node in root.iter():
        text = node.text
        if not text or len(text) > 4 * HEADING_CHARS or not isinstance(node.tag, str) or node.tag in _NOT_TEXT:
            continue
        # The word first: one search, where squashing builds a new string for every text of the page.
        if not _HEADING_HINT.search(text) or len(squash(text)) > HEADING_CHARS:
            continue
        # Up to the largest block that holds this text alone (<p><strong>相关新闻</strong></p>).
        block = node
        while block.getparent() is not None and block.getparent() is not root and short(block.getparent()):
            block = block.getparent()
        found[block] = None
    return list(found)


class _Blocks:
    """The blocks from a heading on, each read (`_block`) only when the run of cards asks for it."""

    def __init__(self, nodes: list[Element]) -> None:
        self.nodes = nodes
        self._read: dict[int, _Line] = {}

    def __len__(self) -> int:
        return len(self.nodes)

    def __getitem__(self, index: int) -> _Line:
        if index not in self._read:
            self._read[index] = _block(self.nodes[index])
        return self._read[index]


def _drop_card_blocks(root: Element) -> None:
    """Remove the runs of other articles' cards that follow a list heading from the tree, in place."""
    for heading in _heading_blocks(root):
        holder = heading.getparent()
        if holder is None or holder.tag not in _HOLDERS or heading.tag not in _CARD_TAGS:
            continue  # not a block among blocks, or removed with a run already
        cards, wrapper = _after_heading(heading)
        blocks = _Blocks([heading, *cards])
        if not blocks[0].heading:
            continue
        end = _run(blocks, 1)
        closed = end > 1 and _closes_box(blocks, end, heading, holder)
        end = len(blocks) if closed else end
        for node in blocks.nodes[:end] if end > 1 else ():
            remove(node)
        if wrapper is not None and end > 1 and not squash(text_of(wrapper)):
            remove(wrapper)
        if closed and _stamp_only(holder):
            # The box's last card closes on an inline date or source (<span>2013-02-18</span>), no block of its own.
            remove(holder)


# What may be left of a card box once its cards are gone: its last card's date or source, no sentence.
_STAMP_CHARS = 30


def _stamp_only(box: Element) -> bool:
    """Whether what is left of a card box is a stamp: short, no sentence."""
    left = squash(text_of(box))
    return len(left) <= _STAMP_CHARS and not SENTENCE_END.search(left)


# A card box's last card may close on its summary and one line under it (its date, its source).
_BOX_CLOSERS = 2


def _closes_box(blocks: _Blocks, end: int, heading: Element, holder: Element) -> bool:
    """Whether the blocks after a run of cards are the close of its last card: the heading opens a box of its own
    (the first block of `holder`, its parent, with text) and at most a summary and a line follow the run there, with nothing else
    after it (<div><h4>相关阅读</h4><p><a>headline</a></p><p>summary</p><p>2015-05-28 08:30</p></div>). The
    article's paragraphs after a heading are more, or longer."""
    # A thumbnail may stand before the heading (<a><img></a><p>相关阅读</p>…): the first block with text opens the box.
    first = next((child for child in holder if isinstance(child.tag, str) and squash(text_of(child))), None)
    if first is not heading or holder.tag not in _CARD_TAGS or squash(holder.text or ""):
        return False
    rest = range(end, len(blocks))
    return len(rest) <= _BOX_CLOSERS and all(_summary_at(blocks, index) for index in rest)


def _after_heading(heading: Element) -> tuple[list[Element], Element | None]:
    """The blocks after a list heading, and the box they sit in when the heading is followed by one box that
    holds the cards (<p>推荐阅读</p><div><div>card</div><div>card</div></div>)."""
    after = [s for s in heading.itersiblings() if isinstance(s.tag, str) and s.tag in _RUN_TAGS]
    if after and after[0].tag in _CARD_TAGS and not _block(after[0]).headline:
        inner = [c for c in after[0] if isinstance(c.tag, str) and c.tag in _RUN_TAGS]
        if len(inner) >= 2:
            return inner, after[0]
    return after, None


_PLAYERS = ("video", "embed", "object", "audio", "iframe")
# A player's chrome (title, source, switches, playlist captions) stays under this many characters.
MAX_PLAYER_TEXT = 300
SENTENCE_END = re.compile(r"[。！？!?]")
# A statement's end: a call to action's box and a player's title may ask a question, and state nothing.
STATEMENT_END = re.compile(r"[。！!]")


_PLAYER_BOXES = _CARD_TAGS | {"ul"}


def box_around(start: Element | None, root: Element, tags: frozenset[str],
               fits: Callable[[Element], bool]) -> Element | None:
    """The largest block with one of `tags` from `start` up, below `root`, while every block on the way `fits`
    (holds no sentence, stays short: a player's or a widget's chrome); None when there is none."""
    found = None
    node = start
    while node is not None and node is not root:
        if not fits(node):
            break
        if node.tag in tags:
            found = node
        node = node.getparent()
    return found


def _no_sentence(node: Element) -> bool:
    """Whether the squashed text of `node` is short (MAX_PLAYER_TEXT) and states nothing (a clip's title may ask a
    question: 视频：半份菜上桌 学生怎么看？).

    Asked of every block from a player up to the page: squashing only collapses whitespace, so both are told on
    the text as printed, without building its squashed copy.
    """
    text = text_of(node)
    return not STATEMENT_END.search(text) and not squashed_longer_than(text, MAX_PLAYER_TEXT)


def _player_block(player: Element, root: Element) -> Element | None:
    """The largest block around a player whose text holds no sentence, below `root`; None when there is none.
    The player itself counts: a box a script draws the player into (data-src="….mp3") holds its controls."""
    return box_around(player, root, _PLAYER_BOXES, _no_sentence)


# A clip's running time printed on its poster (01:42, 1:02:05), or under its label beside a play control (时长 04:12,
# 片长：1:32; in Traditional characters 時長, 片長).
_RUNNING_TIME = re.compile(r"^(?:(?P<label>时长|片长|時長|片長)\s*[:：]?\s*)?\d{1,2}:\d{2}(?::\d{2})?$")
# A player's control drawn as a word or a mark (播放, 收听, ▶): an audio box drawn without a media element.
_PLAY_CONTROL = re.compile(r"^(?:点击)?(?:播放|暂停|收听|试听)$|^[▶►]$")


def _posters(root: Element) -> list[Element]:
    """Running times printed beside a picture or a play control in the same box: a video card drawn as its
    poster, or an audio box drawn as its controls, no player element in the page (the player loads on a tap)."""
    found = []
    for node in root.iter("span", "em", "i", "b", "div", "p"):
        time = None if len(node) else _RUNNING_TIME.match((node.text or "").strip())
        if time is None:
            continue
        box = node.getparent()
        # A running time under its label (时长 02:18) is a clip's whatever stands beside it.
        labelled = time["label"] is not None
        if box is not None and (labelled or box.find(".//img") is not None or _titled_clip(box, node) or any(
            _PLAY_CONTROL.match(squash(text_of(child))) for child in box if isinstance(child.tag, str)
        )):
            found.append(node)
    return found


# A clip's title beside its running time: a headline's length, no statement.
_CLIP_TITLE = (6, 40)


def _titled_clip(box: Element, time: Element) -> bool:
    """Whether `box` is a video card drawn as its title and running time alone (某某電視：… 片段 | 01:32), a block of
    two blocks and no more; a table's row or a list's item of a name and a time is a result, not a clip."""
    parts = [child for child in box if isinstance(child.tag, str)]
    if box.tag not in {"div", "section", "figure"} or len(parts) != 2 or (box.text or "").strip():
        return False
    title = squash(text_of(parts[0] if parts[1] is time else parts[1]))
    return _CLIP_TITLE[0] <= len(title) <= _CLIP_TITLE[1] and not STATEMENT_END.search(title)


# A player a script draws into an empty block, which names its clip in a data attribute (data-src="….mp4").
_SCRIPTED_PLAYERS = etree.XPath(
    ".//@*[starts-with(name(), 'data-')][contains(., '.mp4') or contains(., '.m3u8') or contains(., '.flv')"
    " or contains(., '.mp3') or contains(., '.m4a')]/parent::*"
)


def _drop_players(root: Element) -> None:
    """Remove media players (and video cards drawn as a poster or by a script) with their titles, switches and
    playlists from the tree, in place."""
    for player in [*root.iter(*_PLAYERS), *_posters(root), *_SCRIPTED_PLAYERS(root)]:
        if player.getparent() is None:
            continue  # inside a block removed already
        block = _player_block(player, root)
        if block is not None:
            remove(block)


# A social platform's post embedded in the body, by the class its embed code gives the block (instagram-media,
# twitter-tweet, tiktok-embed, fb-post): another page's post quoted, which the platform's script draws over it.
_SOCIAL_EMBED_CLASSES = ("instagram-media", "twitter-tweet", "tiktok-embed", "fb-post")
# The class attributes that may name one, found by libxml2 (a plain substring test); the tokens are read after.
_SOCIAL_EMBEDS = etree.XPath(".//@class[" + " or ".join(f"contains(., '{name}')" for name in _SOCIAL_EMBED_CLASSES) + "]")


def _drop_social_embeds(root: Element) -> None:
    """Remove the posts of social platforms embedded in the body (`_SOCIAL_EMBEDS`), in place."""
    for value in _SOCIAL_EMBEDS(root):
        embed = value.getparent()
        if embed is not None and embed is not root and embed.getparent() is not None and (
            set(value.split()) & set(_SOCIAL_EMBED_CLASSES)
        ):
            remove(embed)


def drop_inserts(root: Element) -> None:
    """Remove other articles' cards, media players, social platforms' embedded posts and the boxes set among the
    paragraphs (asides.py) from a body container or a page, in place.

    Args:
        root: the page, or a rule's body element (after its drop and stop blocks are gone).
    """
    _drop_players(root)
    _drop_social_embeds(root)
    _drop_card_blocks(root)
    drop_asides(root)


def is_heading_block(node: Element) -> bool:
    """A block whose text is a list heading (相关新闻, 【往期回顾】): other articles follow it."""
    return isinstance(node.tag, str) and node.tag in _CARD_TAGS and _block(node).heading
