"""The third reading: a line of the density reading that neither other reading holds is outvoted.

A Chinese page without a site rule is read twice, by our density container and by trafilatura (generic.py).
When the density reading is chosen, it can still carry a line of chrome its container holds (a date and
font-size row, a print / close row, a video loading notice, a follow prompt) that trafilatura left out. One
reading against the other cannot tell such a line from a caption trafilatura skipped, so a third reading
decides: readability's, as trafilatura ships it. A line none of whose 4-token shingles the other two
readings hold is dropped; a line either of them holds in part stays, and so does a line that ends a sentence.
Readability runs only on pages that have such a line, on a copy of the density container, and costs a few
milliseconds there.
"""

from __future__ import annotations

import copy

from trafilatura.external import try_readability

from . import body as body_stage
from .notices import line_key
from .terms import EDITOR_TAG_LINE
from .tokens import held_shingles, joined_tokens
from .tree import Element

__all__ = ["closed_by_editor", "outvoted"]

# A line that ends a sentence is prose: chrome is labels, dates, prompts and headlines, while the lines the
# other two readings leave out and the article prints as sentences are captions, which the density reading keeps.
SENTENCE_ENDS = ("。", "！", "？", "…", "”")
# Shingles of four tokens, as bodies are compared everywhere (tokens.py); a line of one shingle (four tokens or
# fewer) is too short to be told by its shingles: it stays.
SHINGLE = 4
MIN_SHINGLES = 2


def outvoted(
    chosen: list[str], extracted: list[str], container: Element, known: dict[str, list[str]] | None = None
) -> list[str]:
    """`chosen` (the density reading) less the lines that neither trafilatura's reading nor readability's holds.

    Args:
        chosen: the density reading's lines, as chosen for the page.
        extracted: trafilatura's lines for the same page.
        container: the element the density reading read (or the page's pruned tree); it is not changed.
        known: line -> its tokens (`tokens.line_shingle_keys`), as the body choice filled it for this page's
            readings: their lines are not tokenized again.

    Returns:
        `chosen` itself when no line is alone, else a new list without the lines the two others do not hold.
    """
    # A line that ends a sentence stays whatever the others hold, and most lines stand in trafilatura's text as
    # they are (most as one of its lines): only the others are looked at shingle by shingle.
    same, text = set(extracted), "\n".join(extracted)
    unseen = [
        index for index, line in enumerate(chosen)
        if not line.endswith(SENTENCE_ENDS) and line not in same and line not in text
    ]
    if not unseen:
        return chosen
    known = {} if known is None else known
    # A reading's tokens run together (joined_tokens), so that a line's shingle is looked for by a substring
    # search, which costs less on the few lines in question than comparing a long reading's shingles; Latin
    # tokens run together can only make a line look held, never alone. Most of trafilatura's lines were
    # tokenized for the body choice (`known`): only the rest are.
    theirs = joined_tokens(extracted, known)
    alone = [index for index in unseen if not _held(chosen[index], theirs, known)]
    if not alone:
        return chosen
    third = joined_tokens(body_stage.paragraphs(try_readability(copy.deepcopy(container))), known)
    dropped = {index for index in alone if not _held(chosen[index], third, known)}
    dropped.update(_titles_of(chosen, dropped))
    return [line for index, line in enumerate(chosen) if index not in dropped]


# A box's title is a few words: at most this many characters.
_TITLE_CHARS = 12
# The rows under it that were outvoted: this many at least make a box (a title over one line may be a cross-head).
_BOX_ROWS = 2


def _titles_of(chosen: list[str], dropped: set[int]) -> list[int]:
    """The short lines right above a run of outvoted lines, no sentence in them: the title of the box those lines
    were (今日限行 over 尾号限行：… 限行时间：… 发布时间：…), too short to be told by its shingles, outvoted with it."""
    titles = []
    for index in sorted(dropped):
        head = index - 1
        run = range(index, index + _BOX_ROWS)
        if head < 0 or head in dropped or not all(row in dropped for row in run):
            continue
        title = line_key(chosen[head])
        if len(title) <= _TITLE_CHARS and not any(mark in title for mark in (*SENTENCE_ENDS, "，", "；", "：", ":")):
            titles.append(head)
    return titles


def _held(line: str, reading: str, known: dict[str, list[str]]) -> bool:
    """Whether `reading` (a reading's `joined_tokens`) holds one of the line's 4-token shingles, or the line is too short."""
    held = held_shingles(line, reading, known, SHINGLE)
    return len(held) < MIN_SHINGLES or any(held)


# The article before an editor's tag holds this many lines at least: a tag above them is the page's info row.
_BEFORE_TAG = 2


def closed_by_editor(chosen: list[str], extracted: list[str], known: dict[str, list[str]] | None = None) -> list[str]:
    """`chosen` (the density reading) without the lines after the editor's tag that closes the article (【责任编辑:
    王五】) when trafilatura's reading holds none of them.

    The tag is where a Chinese article ends; a container that reads on past it swallowed what the template prints
    next (a list of other articles with their summaries and dates, whose headlines the density step dropped as
    links). trafilatura's reading confirms the cut: when it holds whole lines after the tag for half of their
    text, they are read as the article's (a note, captions), and nothing is cut. Whole lines, not shingles:
    another article on the same story shares phrases with this one, and its summary may repeat a caption.
    """
    tags = [index for index, line in enumerate(chosen) if EDITOR_TAG_LINE.match(line)]
    if not tags or tags[-1] < _BEFORE_TAG or tags[-1] == len(chosen) - 1:
        return chosen
    known = {} if known is None else known
    theirs = joined_tokens(extracted, known)
    after = chosen[tags[-1] + 1 :]
    same = set(extracted)
    held = sum(len(line) for line in after if line in same or _whole(held_shingles(line, theirs, known, SHINGLE)))
    return chosen if 2 * held >= sum(map(len, after)) else chosen[: tags[-1] + 1]


def _whole(held: list[bool]) -> bool:
    """Whether a line's shingles are all held (a line of no shingle is not)."""
    return bool(held) and all(held)
