"""Body by text density, for Chinese portal pages without a site rule.

The method, in order (after CETD and GNE, with readability's candidate propagation):
1. Drop blocks that are boilerplate (boilerplate.py) by their class/id (share, recommend, related, comment,
   footer, ad …, also in pinyin — pinglun, xiangguan, tuijian — and in camelCase — commentList, relatedNews) or
   by a heading of the Chinese portal kind (相关推荐, 热点推荐, 热门, 排行 …, in simplified or traditional characters).
2. Score every text block: characters of non-link text, plus Chinese punctuation (，。！？；：), which
   article prose is dense with and navigation is not; times (1 − link density)².
3. Each block gives its score to its parent in full and to its grandparent in half; the best-scoring
   container is the body.
4. Siblings that continue it join it (readability's sibling step): a block beside it scoring a fifth of its
   score, with little link text, two or more lines of prose and prose for half its lines at least (an article
   printed in sections, or text / picture block / text), and a captioned picture right above it.
5. Their lines are the paragraphs, without lines that are mostly links and without label lines
   (来源：, 责任编辑：, 分享到).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .attributes import marker_of
from .boilerplate import BOILERPLATE_HEADING, INLINE_TAGS, PUNCT, SENTENCE_PUNCT, drop_boilerplate
from .layout import SKIP_TAGS, block_lines, link_density, squash, squashed_longer_than, text_of, wraps_only
from .line_kinds import SENTENCE, is_teaser
from .notices import is_original_title
from .terms import META_LINE, PAGE_TOOL_WORDS, SHARE_WORDS, alternation
from .tree import Element, remove, remove_block

# Share and page tools, with or without a colon.
_TOOL_LINE = re.compile(r"^[（(]?\s*" + alternation((*SHARE_WORDS, *PAGE_TOOL_WORDS)))
_CANDIDATE_TAGS = frozenset({"div", "article", "section", "main", "td", "span", "font", "center", "body", "dd", "li"})
# The page's sections (HTML5): blocks holding blocks, never a run of text inside their parent's own line.
_SECTIONS = frozenset({"main", "header", "footer", "nav", "aside", "hgroup", "figure", "form"})
_TEXT_BLOCKS = frozenset({"p", "div", "td", "span", "font", "section", "article", "li", "dd", "pre", "blockquote", "h2", "h3", "h4"})
# A line this long printed twice in one container is a copy, not a refrain.
_REPEATED_CHARS = 20


def _own_text(node: Element) -> str:
    """Text directly in `node` and in its inline children, not in nested blocks."""
    parts = [node.text or ""]
    for child in node:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag and tag not in _TEXT_BLOCKS and tag not in SKIP_TAGS and tag not in _SECTIONS:
            parts.append(text_of(child))
        parts.append(child.tail or "")
    return squash("".join(parts))


def _blocks(root: Element) -> Iterator[tuple[Element, float]]:
    # lxml picks the text blocks by tag in C: no Python object for every other element.
    for node in root.iter(*_TEXT_BLOCKS):
        text = _own_text(node)
        # A teaser cut short ("…" or "...") is another article's summary in a card: no article text, however
        # long and punctuated (a listing of cards otherwise outscores a short article).
        if len(text) < 10 or (len(text) >= 20 and is_teaser(text)):
            continue
        # Direct <a> children only; iterating every descendant link of every block is quadratic on deep pages.
        linked = sum(len(text_of(a)) for a in node.iterchildren("a"))
        density = min(1.0, linked / len(text))
        score = (len(text) / 25 + len(PUNCT.findall(text))) * (1 - density) ** 2
        if score > 0:
            yield node, score


def best_container(root: Element) -> Element | None:
    """The element that holds the most article-like text, or None."""
    return _best_container(_scores(root))


def _scores(root: Element) -> dict[Element, float]:
    """Each text block's score, given in full to the block and its parent and in half to its grandparent, past
    the plain wrappers around a block of paragraphs (`_parent_past_wrappers`)."""
    scores: dict[Element, float] = {}
    for node, score in _blocks(root):
        parent = node.getparent()
        if parent is None:
            continue
        scores[node] = scores.get(node, 0.0) + score
        scores[parent] = scores.get(parent, 0.0) + score
        grand = _parent_past_wrappers(parent)
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + score / 2
    return scores


# Blocks a template lays out with: one of them around a single block and nothing else is a plain wrapper.
_WRAPPER_TAGS = frozenset({"div", "section"})


def _parent_past_wrappers(node: Element) -> Element | None:
    """The parent of `node`, past the plain wrappers around it when `node` is a block of paragraphs: a block
    whose one child is the block below and that holds no text of its own shows the same as that block, so a
    template that wraps the article's block (or each of its sections) in one more <div> gives the half score to
    the same block as one that does not. Without this, the block that held the article's sections loses their
    scores to their wrappers, and one section wins alone."""
    parent = node.getparent()
    if not _holds_paragraphs(node):
        return parent
    while parent is not None and parent.tag in _WRAPPER_TAGS and wraps_only(parent, node):
        node, parent = parent, parent.getparent()
    return parent


def _holds_paragraphs(node: Element) -> bool:
    """Whether `node` is a block of paragraphs (a <p> child at least): the block a template wraps."""
    return node.tag in _WRAPPER_TAGS and next(node.iterchildren("p"), None) is not None


# A block holding this share of the <body>'s score stands for it (a board's notice or a thread's head beside the
# post list takes the rest).
_HELD_SHARE = 0.8


def _best_container(scores: dict[Element, float]) -> Element | None:
    best = _least_linked_best(scores)
    if best is None:
        return None
    # A lone paragraph wins only when nothing contains it with more text; prefer its container.
    if best.tag == "p" and best.getparent() is not None:
        best = best.getparent()
    # The page's <body> wins over the block that holds all but a sliver of its score only by that sliver (the
    # headline's block beside a thread's): the block is the article's.
    if best.tag == "body":
        held = max((child for child in best if child in scores), key=lambda child: scores[child], default=None)
        if held is not None and scores[held] >= _HELD_SHARE * scores[best]:
            best = held
    return best


# readability's sibling step: a sibling of the chosen container scoring at least this share of its score (and
# SIBLING_SCORE at least), with little link text, is the same article going on (a second section, the text
# after a picture block).
SIBLING_SHARE = 0.2
SIBLING_SCORE = 10.0
_SIBLING_LINKS = 0.25
# A block around the container that adds at most this many characters (a heading, a date) only wraps it.
_WRAPPER_CHARS = 10


def _with_siblings(container: Element, scores: dict[Element, float]) -> list[Element]:
    """The container and the siblings that continue its article, in document order.

    The siblings are sought beside the outermost block that holds the container's text and nothing more (a
    section's inner div: the next section is the section's sibling, not the div's).
    """
    bar = max(SIBLING_SCORE, SIBLING_SHARE * scores.get(container, 0.0))
    unit = container
    size = len(squash(text_of(container)))
    while (parent := unit.getparent()) is not None and parent.tag not in {"body", "html"}:
        if squashed_longer_than(text_of(parent), size + _WRAPPER_CHARS):
            break
        unit = parent
    parent = unit.getparent()
    if parent is None or unit.tag in {"body", "html"}:
        return [container]
    # A picture right above the article block, with its caption, is its lead picture. Below it, a captioned
    # picture in a box of its own is as often a follow prompt's QR code (关注…微信，看…): the article's own
    # pictures after its start sit among its paragraphs.
    figure = unit.getprevious()
    leads = _lead_paragraphs(unit)
    above = [] if leads else _leads_above_card(unit)
    parts = [
        container if node is unit else node
        for node in parent
        if node is unit
        or node in leads
        or (node is figure and (_is_figure(node) or _is_caption_box(node)))
        or (scores.get(node, 0.0) >= bar and link_density(node) < _SIBLING_LINKS and _goes_on(node))
    ]
    outer = _figure_over(unit) if figure is None else None
    parts = [*above, *parts]
    return [outer, *parts] if outer is not None else parts


def _figure_over(unit: Element) -> Element | None:
    """The captioned picture right above the article's block when the block opens the boxes around it: the first
    box before it in the page, past the wrappers it opens (a head picture in a box beside the article's box)."""
    node = unit
    while node.getprevious() is None and (up := node.getparent()) is not None and up.tag not in {"body", "html"}:
        node = up
    before = node.getprevious()
    return before if before is not None and _is_figure(before) else None


# An article's opening printed as a paragraph of its own above the block that holds the rest is at least this long.
_LEAD_CHARS = 20
_LEAD_END = re.compile(r"[。！？!?…”」』）)]$")


def _lead_paragraphs(unit: Element) -> list[Element]:
    """The paragraphs right above the article's block that open the article: a template may print its first
    paragraph (本报讯…) as a <p> of its own and the rest in a <div> below it, and the density step, which picks
    one block, would lose it. Each is a <p> holding one sentence-ended line of prose, with no link and no
    picture (a byline, a date row, a caption or another article's teaser is none), and printed as the block's
    own paragraphs are (the same class, or none): a paragraph styled apart is the template's summary, whatever
    its class is called. The run stops at the first element that is not one."""
    own = next(unit.iter("p"), None)
    style = own.get("class") if own is not None else None
    found: list[Element] = []
    node = _previous_block(unit)
    while node is not None and _printed_as(node, unit, style) and _opens_article(node):
        found.append(node)
        node = _previous_block(node)
    return found


def _printed_as(node: Element, unit: Element, style: str | None) -> bool:
    """Whether `node` is printed as the article's block prints its text: a <p> of the block's paragraphs' class,
    or a block of the block's own tag and class ("<div class=content_medium>【某报专讯】…</div>" above the
    "<div class=content_medium>" of the rest)."""
    own: str | None = node.get("class")
    if node.tag == "p":
        return own == style
    return node.tag == unit.tag and bool(own) and own == unit.get("class")


def _previous_block(node: Element) -> Element | None:
    """The element before `node`, past line breaks (a <br> between paragraphs draws no line of its own) and
    empty blocks (a slot a script fills)."""
    before = node.getprevious()
    while before is not None and ((before.tag == "br" and not (before.tail or "").strip()) or _empty_slot(before)):
        before = before.getprevious()
    return before


def _empty_slot(node: Element) -> bool:
    return node.tag == "div" and len(node) == 0 and not (node.text or "").strip() and not (node.tail or "").strip()


_CARD_TAGS = frozenset({"div", "section", "blockquote"})


def _leads_above_card(unit: Element) -> list[Element]:
    """The article's opening paragraphs above the card that holds the article's block, in document order: an
    article that quotes a long statement prints it in a card of its own (the speaker's picture, name and role
    beside the quoted text), whose text block outscores the article's own opening above it. The card is the
    block's parent when all it adds is short rows without a sentence (names, labels), never prose."""
    card = unit.getparent()
    if card is None or card.tag not in _CARD_TAGS or (card.text or "").strip():
        return []
    others = [other for other in card if other is not unit and isinstance(other.tag, str) and other.tag not in SKIP_TAGS]
    if any(len(line) >= _LEAD_CHARS or SENTENCE.search(line) for other in others for line in block_lines(other)):
        return []
    return list(reversed(_lead_paragraphs(card)))


# A paragraph named so is the article's summary, printed apart from the article as an abstract, not its opening.
_SUMMARY_NAME = re.compile(r"summary|abstract|digest|intro|desc|brief|zhaiyao|daodu|tiyao", re.IGNORECASE)


def _opens_article(node: Element) -> bool:
    """Whether a <p> reads as a paragraph of the article's text: one line of prose ending a sentence, in a
    paragraph not named a summary."""
    if node.find(".//a") is not None or node.find(".//img") is not None or _SUMMARY_NAME.search(marker_of(node)):
        return False
    lines = block_lines(node)
    if len(lines) != 1:
        return False
    line = lines[0]
    return (
        len(line) >= _LEAD_CHARS
        and bool(SENTENCE.search(line))
        and bool(_LEAD_END.search(line))
        and not META_LINE.match(line)
        and not is_teaser(line)
    )


# A caption is a line of this many characters at least (an ad's 广告 label is not one) and at most this many.
CAPTION_CHARS = (8, 200)


def _is_figure(node: Element) -> bool:
    """A picture with its caption: an image and one line of text, no link in it (another article's card links)."""
    if not isinstance(node.tag, str) or node.find(".//img") is None or node.find(".//a") is not None:
        return False
    lines = block_lines(node)
    return len(lines) == 1 and CAPTION_CHARS[0] <= len(lines[0]) <= CAPTION_CHARS[1]


def _is_caption_box(node: Element) -> bool:
    """A picture's caption printed in a box of its own right under the picture's box: one caption-long line with
    no picture and no link in it, after a box that holds a picture and no text (a head picture laid out apart
    from its caption, both above the article's block)."""
    if not isinstance(node.tag, str) or node.find(".//img") is not None or node.find(".//a") is not None:
        return False
    lines = block_lines(node)
    if len(lines) != 1 or not CAPTION_CHARS[0] <= len(lines[0]) <= CAPTION_CHARS[1]:
        return False
    picture = next((sibling for sibling in node.itersiblings(preceding=True) if isinstance(sibling.tag, str)), None)
    return (
        picture is not None
        and (picture.tag == "img" or picture.find(".//img") is not None)
        and not block_lines(picture)
    )


def _goes_on(node: Element) -> bool:
    """Whether a block reads as an article going on: two or more lines of Chinese prose, and prose for at least
    half of its lines. A one-paragraph box beside the article is a note about it (a platform's statement, an
    editor's note), and a box of short rows around a few sentences is a comment thread or a card list."""
    lines = block_lines(node)
    prose = sum(1 for line in lines if len(line) >= 10 and SENTENCE_PUNCT.search(line))
    return prose >= 2 and 2 * prose >= len(lines)


_SCORED_TAGS = _CANDIDATE_TAGS | {"p"}


def _least_linked_best(scores: dict[Element, float]) -> Element | None:
    """The candidate with the highest score times (1 - its link density); on a tie, the first in `scores`.

    A candidate's value is at most its score, so candidates are weighed from the highest score down and the
    weighing stops at a score below the best value found: the link density (a walk of the candidate's whole
    subtree) is read for the few leading candidates instead of every scored block.
    """
    ranked = sorted(
        ((score, index, node) for index, (node, score) in enumerate(scores.items())
         if isinstance(node.tag, str) and node.tag in _SCORED_TAGS),
        key=lambda entry: (-entry[0], entry[1]),
    )
    best: Element | None = None
    best_value, best_index = -1.0, -1
    for score, index, node in ranked:
        if score < best_value:
            break
        value = score * (1 - link_density(node))
        if best is None or value > best_value or (value == best_value and index < best_index):
            best, best_value, best_index = node, value, index
    return best


def density_paragraphs(root: Element) -> tuple[list[str], Element | None]:
    """Body paragraphs by text density, and the container they came from.

    The tree is modified: boilerplate blocks are removed.
    """
    lines, container, _captions = density_reading(root)
    return lines, container


def density_reading(root: Element) -> tuple[list[str], Element | None, frozenset[str]]:
    """`density_paragraphs`, and the lines of it that captioned pictures beside the container gave (a lead
    picture's caption above the article's block): text the article shows that another reading, which kept to
    the article's block, does not hold without being the less for it.

    The tree is modified: boilerplate blocks are removed.
    """
    drop_boilerplate(root)
    body = root.find("body")
    scores = _scores(body if body is not None else root)
    container = _best_container(scores)
    if container is None:
        return [], None, frozenset()
    replies = _replies(container)
    for reply in replies:
        remove(reply)
    if replies:
        container = _first_post_text(container)
    out: list[str] = []
    captions: set[str] = set()
    for part in _with_siblings(container, scores):
        # Asked before the part's lines are read: reading them prunes its link-dense boxes.
        figure = part is not container and (_is_figure(part) or _is_caption_box(part))
        lines = _part_lines(part)
        out.extend(lines)
        if figure:
            captions.update(lines)
    return _without_second_copy(out), container, frozenset(captions)


# A post's block in a thread: an id that numbers it (post_41873302, pid41873302, reply_88123, p1).
_NUMBERED_ID = re.compile(r"^([A-Za-z_-]*?)\d+$")
# What a forum prints in a post's head: the time it was posted (发表于), its floor (楼主, 沙发, 板凳, 地板, 5楼, #5).
_POST_HEAD = re.compile(r"发表于|發表於|发表时间|發表時間|楼主|樓主|沙发|沙發|板凳|地板|\d+\s*[楼樓#]|#\s*\d+")


def _replies(container: Element) -> list[Element]:
    """The posts after the first in a thread the container holds: sibling blocks whose ids number them alike
    (post_41873302, post_41873340), each with a post's head. The first post is the article; the rest answer it,
    and no reading drops them line by line (their heads go as chrome, their sentences read as prose)."""
    groups: dict[tuple[Element | None, str], list[Element]] = {}
    for node in container.iter():
        found = _NUMBERED_ID.match(node.get("id") or "") if node is not container else None
        if found is not None:
            groups.setdefault((node.getparent(), found.group(1)), []).append(node)
    return _after_first(groups.values(), 2) or _floors(container)


def _first_post_text(thread: Element) -> Element:
    """The innermost block of the thread, its replies removed, that holds nearly all of its prose (_HELD_SHARE of
    its `_prose_weight`): the first post's message, without the thread's head above it or the poster's column (UID,
    帖子, 积分 …) or signature beside it; the thread where no block does. The descent stops above a paragraph: one long
    paragraph of a message is not the message (its short last one beside it is the post's too)."""
    total = _prose_weight(thread)
    node = thread
    while True:
        held = next(
            (child for child in node if isinstance(child.tag, str) and _prose_weight(child) >= _HELD_SHARE * total),
            None,
        )
        if held is None or held.tag in _PARAGRAPH_TAGS:
            return node
        node = held


# The blocks of one paragraph (or one heading, one item) of a message.
_PARAGRAPH_TAGS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote"})


def _prose_weight(node: Element) -> float:
    """The weight of the text under `node` as a block's score weighs its own (_blocks): its length and its
    punctuation, which a profile's counts and a thread's head lack."""
    text = squash(text_of(node))
    return len(text) / 25 + len(PUNCT.findall(text))


# A thread printed as floors of one class (<table class="floor">, no ids): at least this many, each with a post's
# head, the first the article.
_FLOORS = 3
_FLOOR_TAGS = frozenset({"table", "div", "li", "section"})


def _floors(container: Element) -> list[Element]:
    """The floors after the first of a thread the container holds as its own blocks of one tag and class, each
    with a post's head (楼主 … 发表于, 沙发 … 发表于); [] for any other container."""
    groups: dict[tuple[str, str], list[Element]] = {}
    for child in container:
        if isinstance(child.tag, str) and child.tag in _FLOOR_TAGS and (name := child.get("class")):
            groups.setdefault((child.tag, name), []).append(child)
    return _after_first(groups.values(), _FLOORS)


def _after_first(groups: Iterable[list[Element]], least: int) -> list[Element]:
    """The posts after the first of the first group of at least `least` blocks that each print a post's head; []
    when no group does."""
    for posts in groups:
        if len(posts) >= least and all(_POST_HEAD.search(text_of(post)) for post in posts):
            return posts[1:]
    return []


def _part_lines(part: Element) -> list[str]:
    """The lines of one part of the body, without its link-dense lists and boxes, a summary box opening it and
    its label lines."""
    _drop_leading_summary(part)
    for node in list(part.iter("ul", "ol", "dl", "table", "div")):
        text = text_of(node)
        if node is not part and len(text) > 0 and link_density(node, len(text)) > 0.5 and not _cites_link(node):
            remove_block(node)
    return [
        line
        for line in block_lines(part)
        if not (META_LINE.match(line) or _TOOL_LINE.match(line) or BOILERPLATE_HEADING.match(line))
    ]


def _cites_link(node: Element) -> bool:
    """Whether a block is a paragraph that cites a link (据悉，详见<a>…的通知</a>。): no block inside it, and its
    words outside links make a sentence of their own. A list or box of links has no such words."""
    if node.tag != "div" or any(isinstance(child.tag, str) and child.tag not in INLINE_TAGS for child in node.iterdescendants()):
        return False
    unlinked = (node.text or "") + "".join(
        (child.tail or "") + ("" if child.tag == "a" else text_of(child)) for child in node
    )
    return bool(SENTENCE.search(squash(unlinked)))


def _drop_leading_summary(part: Element) -> None:
    """Remove the box that opens a body part when the page names it a summary (导语: class introduction, summary,
    abstract …): the template's summary of the article printed above its first paragraph, not its text (the
    gold's convention, as for a summary box styled apart above the article in `_lead_paragraphs`). Only a box
    with no paragraph of its own inside: a block named so that holds the article's paragraphs is the article."""
    # The original title's line above it (（原标题：…）) leaves the box the body's opening block still.
    first = next(
        (
            child
            for child in part
            if isinstance(child.tag, str) and child.tag not in SKIP_TAGS and not is_original_title(squash(text_of(child)))
        ),
        None,
    )
    if (
        first is not None
        and first.tag in {"div", "section", "p"}
        and first.find(".//p") is None
        and _SUMMARY_NAME.search(marker_of(first))
        and first.getnext() is not None
        and not _holds_most_of(first, part)
    ):
        remove(first)


def _holds_most_of(box: Element, part: Element) -> bool:
    """Whether `box` holds more than half of the text of `part`: a summary box that long is the article itself
    (a template that prints a short report in its summary paragraph, its picture and caption after it)."""
    return 2 * len(squash(text_of(box))) > len(squash(text_of(part)))


def _without_second_copy(lines: list[str]) -> list[str]:
    """The lines without a run of two or more paragraphs printed again in the same order: a second copy of
    the article (a print or mobile version the page hides). One paragraph printed twice is a pull quote."""
    first: dict[str, int] = {}
    origin: list[int | None] = []
    for index, line in enumerate(lines):
        origin.append(first.get(line) if len(line) >= _REPEATED_CHARS else None)
        first.setdefault(line, index)

    def in_run(index: int) -> bool:
        source = origin[index]
        if source is None:
            return False
        before = index > 0 and origin[index - 1] is not None and origin[index - 1] == source - 1
        after = index + 1 < len(lines) and origin[index + 1] is not None and origin[index + 1] == source + 1
        return before or after

    return [line for index, line in enumerate(lines) if not in_run(index)]
