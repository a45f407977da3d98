"""A site rule's body against the generic reading of the same page: a block the rule kept and the generic reading left out.

A rule locates the article by its template's names and drops the blocks its template is known to insert. When a
template changes (a new card module, a quote box, a score strip inside the body), the rule keeps the new block,
while the generic reading (generic.py: module steps, density container, trafilatura, readability's vote, the card
step) reads the page without names and may leave it out. So the generic reading is asked about the rule's body:

1. Only a rule body holding two chrome-shaped lines (short, no sentence end) within three consecutive lines, not
   printed as headings, is looked at: every inserted block seen has that shape (a card's name over its price, a
   headline over its summary, a table's cells), while an editor's pair of subheadings is printed bold; a page
   without one pays nothing (nine in ten NetEase pages of the build halves). Nor do short lines the editor typed
   among the article's paragraphs count (a byline, a section number （一）, a label row 下周趋势 看平): a template
   inserts its block as a module of its own, not as paragraphs of the article's paragraph run.
2. The page is parsed again and read by the generic path.
3. When the generic reading holds at least four fifths of the rule's prose (it read the same article), a run of
   two or more consecutive rule lines it does not hold, at least half of them chrome-shaped, is dropped.

A block, not a line: a subheading, a dateline or a short line the generic reading lost on its own stands alone
between lines it holds, and stays; an inserted block is left out whole.
"""

from __future__ import annotations

from collections.abc import Callable

from .layout import link_density, squash, text_of
from .line_kinds import Kind, kind_by_words
from .tokens import held_shingles, joined_tokens, overlap, shingle_keys
from .tree import Element

__all__ = ["headings_of", "reconciled", "run_lines", "suspect"]

# A line ending so is a sentence or a clause of one (an enumerated item ends in a semicolon), which an inserted
# block rarely is (a card's name, a price, a table cell).
SENTENCE_ENDS = ("。", "！", "？", "…", "”", "；", "!", "?", ";")
# Chrome is short: a card line, a label, a headline. A subheading is too, hence the block test.
CHROME_CHARS = 40
# The elements an editor prints a subheading in.
HEADING_TAGS = ("strong", "b", "h2", "h3", "h4", "h5", "h6")
# A paragraph with this share of its text in links is a link line (another article's title), not a line typed.
LINK_LINE = 0.5
# A list row (another article's headline with its date or time), a widget's words (评论, 投票, 点击进入专题) and a
# recommendation heading (相关阅读：) are the channel's, even where a template prints them as paragraphs of the run.
CHANNEL_KINDS = frozenset({Kind.ITEM, Kind.WIDGET, Kind.HEADING})
# Two lines make a block; a lone line the generic reading lost stays (see the module's docstring).
MIN_BLOCK = 2
# The generic reading must hold this share of the rule's prose: below it, it read another part of the page (or too
# little of it) and cannot speak for the rule's lines.
AGREEMENT = 0.8
SHINGLE = 4
# A line of fewer 4-token shingles than this is held only when the reading prints it.
MIN_SHINGLES = 2


def chrome_shaped(line: str) -> bool:
    """Whether a line is short and ends no sentence: the shape of a card, label, headline or table line."""
    return len(line) <= CHROME_CHARS and not line.rstrip().endswith(SENTENCE_ENDS)


def suspect(lines: list[str], own: frozenset[str] = frozenset()) -> bool:
    """Whether two of some three consecutive lines are chrome-shaped: the cheap test for an inserted block.

    `own` are lines the body prints as its own: its headings (the whole text of a bold or heading element; an
    editor's subheadings come in pairs and sit between paragraphs) and the paragraphs of its paragraph run
    (`run_lines`). They do not make a page suspect on their own.
    """
    shaped = [chrome_shaped(line) and line not in own for line in lines]
    return any(sum(shaped[start : start + 3]) >= MIN_BLOCK for start in range(len(shaped)))


def headings_of(body: Element) -> frozenset[str]:
    """The texts of the body's bold and heading elements (squashed): its subheadings when a line is one whole."""
    return frozenset(squash(text_of(node)) for node in body.iter(*HEADING_TAGS))


def run_lines(body: Element) -> frozenset[str]:
    """The texts (squashed) of the paragraphs of the body's paragraph run that are not link lines nor the channel's.

    The run is the element holding the most prose `<p>` children (the body itself on most templates): the
    paragraphs the editor typed. A template's inserted block is a module of its own (a card's box, a player,
    a list of other articles), whose lines are not among them; a line of other articles' links is not typed
    either, wherever it stands. Nor is a short line whose words make it a list row, a widget or a recommendation
    heading (`CHANNEL_KINDS`): the channel templates of 2010-2016 print their related lists, comment and vote
    prompts as `<p>`s of the article's own run, after or between its paragraphs.
    """
    by_parent: dict[Element, list[tuple[Element, str]]] = {}
    for paragraph in body.iter("p"):
        parent = paragraph.getparent()
        if parent is not None:
            by_parent.setdefault(parent, []).append((paragraph, text_of(paragraph)))
    prose = {parent: sum(not chrome_shaped(squash(text)) for _, text in children) for parent, children in by_parent.items()}
    run = max(prose, key=prose.__getitem__, default=None)
    if run is None or not prose[run]:
        return frozenset()
    return frozenset(
        line
        for paragraph, text in by_parent[run]
        if link_density(paragraph, len(text)) < LINK_LINE and _typed(line := squash(text))
    )


def _typed(line: str) -> bool:
    """Whether a line of the run may be the editor's: prose, or a short line whose words are not the channel's."""
    return not chrome_shaped(line) or kind_by_words(line) not in CHANNEL_KINDS


def reconciled(
    lines: list[str], generic: Callable[[], list[str]], own: frozenset[str] = frozenset()
) -> list[str]:
    """`lines` (a rule's body) less the blocks the generic reading of the page left out.

    Args:
        lines: the rule's body paragraphs.
        generic: reads the page by the generic path (called only when `suspect(lines, own)`).
        own: the lines the rule's body prints as its own: headings and its paragraph run's (see `suspect`).

    Returns:
        `lines` itself when nothing goes, else a new list without the dropped blocks.
    """
    if not suspect(lines, own):
        return lines
    reading = generic()
    known: dict[str, list[str]] = {}
    joined, printed = joined_tokens(reading, known), set(reading)
    alone = [line not in printed and not _held(line, joined, known) for line in lines]
    blocks = [block for block in _runs(alone) if _inserted(block, lines)]
    if not blocks:
        return lines
    # Whether the generic reading read the same article is told by the rule's prose, which a block may hold too
    # (a card's summary): a reading that lost much of it would make blocks of the article's own paragraphs.
    prose = shingle_keys("\n".join(line for line in lines if not chrome_shaped(line)))
    if not prose or overlap(prose, shingle_keys("\n".join(reading))) < AGREEMENT * sum(prose.values()):
        return lines
    dropped = {index for block in blocks for index in block}
    return [line for index, line in enumerate(lines) if index not in dropped]


def _held(line: str, joined: str, known: dict[str, list[str]]) -> bool:
    """Whether the reading (its `joined_tokens`) holds at least half of the line's 4-token shingles."""
    held = held_shingles(line, joined, known, SHINGLE)
    return len(held) >= MIN_SHINGLES and 2 * sum(held) >= len(held)


def _runs(flags: list[bool]) -> list[list[int]]:
    """The maximal runs of consecutive indices whose flag is set."""
    runs: list[list[int]] = []
    for index, flag in enumerate(flags):
        if not flag:
            continue
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


def _inserted(block: list[int], lines: list[str]) -> bool:
    """Whether a run of lines the generic reading left out reads as an inserted block, not lost text."""
    return len(block) >= MIN_BLOCK and 2 * sum(chrome_shaped(lines[index]) for index in block) >= len(block)
