"""trafilatura's reading of a page not read as Chinese -> its lines without the page chrome it kept.

Pages in English and the other languages written with spaces between words (the generic path's non-Chinese
branch, generic.py) are read by trafilatura alone. What it keeps that is no body is removed here by classes
told by their shape, never by one page's words:

- the headline: the article's title printed again above its first paragraph (the title is a field of its own).
"""

from __future__ import annotations

from .tokens import tokens

__all__ = ["headline_similarity", "without_headline"]

# A line is the headline printed again when each of it and the title is at least this similar to the other
# (readability's `_headerDuplicatesTitle` drops an h1/h2 at 0.75 one way; both ways keeps a kicker such as
# "Review" that is made of the title's words but is not the title).
HEADLINE_SIMILARITY = 0.75
# The headline is looked for among this many first lines of the reading.
LEADING_LINES = 4


def headline_similarity(reference: str, line: str) -> float:
    """How much of `line` is made of `reference`'s words: 1 minus the share of its text, by characters, in
    tokens that `reference` does not hold (readability's `_textSimilarity`), case and punctuation folded."""
    known = set(tokens(reference))
    words = tokens(line)
    if not known or not words:
        return 0.0
    new = " ".join(word for word in words if word not in known)
    return 1 - len(new) / len(" ".join(words))


def _is_headline(line: str, title: str) -> bool:
    """Whether `line` is the title printed again (case, quotes and small wording aside)."""
    return (
        headline_similarity(title, line) > HEADLINE_SIMILARITY
        and headline_similarity(line, title) > HEADLINE_SIMILARITY
    )


def without_headline(lines: list[str], title: str | None) -> list[str]:
    """`lines` without the title printed again at their head, nor what trafilatura read above it.

    The headline opens the article: a line before it (a kicker, a category, a teaser of another article
    from a block above the headline) is not the article's. Only the first occurrence within the leading
    lines counts (see LEADING_LINES); a later line that repeats the headline is the article's own.
    """
    if not title:
        return lines
    for index, line in enumerate(lines[:LEADING_LINES]):
        if _is_headline(line, title):
            return lines[index + 1 :]
    return lines
