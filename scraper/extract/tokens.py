"""Tokens and shingles of a text: the unit the generic path compares candidate bodies in.

Every CJK character (and kana, hangul) is its own token, while Latin letters and digits form word tokens;
the benchmark's scoring (bench/score.py) counts in the same unit.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeVar

__all__ = ["held_shingles", "joined_tokens", "line_shingle_keys", "overlap", "shingle_keys", "shingles", "tokens"]

_K = TypeVar("_K")

# Letters and digits (underscore excluded) form tokens. Code points from U+2E80 up are CJK radicals, kana,
# CJK ideographs, hangul, fullwidth forms...: scripts written without spaces, where one character is the
# natural token. So a token is a run of word characters below U+2E80, or one word character from it up
# (one regex pass, not a Python loop per character: the generic path's body choice runs this per page).
_TOKEN = re.compile(r"[^\W_\u2e80-\U0010ffff]+|(?=[^\W_])[\u2e80-\U0010ffff]")

# Fullwidth punctuation and the ideographic space, which NFKC folds to ASCII punctuation and space: none of
# them is part of a token. A Chinese text holds them in every sentence (，：（）), and one such character
# sends NFKC down its slow path for the whole text, several times the cost of the token pass; made spaces
# first, they leave most Chinese text already normalized, and the tokens are the same.
_WIDE_PUNCTUATION = re.compile("[\u3000\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]")


def tokens(text: str) -> list[str]:
    """Split text into scoring tokens.

    Each CJK character (and each kana, hangul or other character of a space-less script) is a token;
    each run of Latin (or Greek, Cyrillic...) letters and digits is one lowercased token; punctuation
    and whitespace are dropped. Text is NFKC-folded first, for comparison only, so fullwidth ＡＢ１
    and ASCII AB1 score alike.

    Args:
        text: any text.

    Returns:
        The tokens in order.
    """
    return _TOKEN.findall(unicodedata.normalize("NFKC", _WIDE_PUNCTUATION.sub(" ", text)).casefold())


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Return the multiset of n-token shingles of a text.

    Args:
        text: any text.
        n: tokens per shingle (at least 1).

    Returns:
        A Counter of shingles; a text with fewer than n tokens gives its whole token sequence as one
        shingle, and a text without tokens gives an empty Counter.

    Raises:
        ValueError: n is less than 1.
    """
    return Counter(_windows(text, n, tuple))


# Joins a shingle's tokens into one key: no token holds it (tokens are runs of word characters).
_JOIN = "\x1f"


def shingle_keys(text: str, n: int = 4) -> Counter[str]:
    """Return `shingles(text, n)` with each shingle's tokens joined into one string.

    The same multiset (no token holds the joining character, so distinct shingles stay distinct), for
    comparing two texts: a string keeps its hash, while a tuple's is recomputed at every lookup, and
    intersecting two pages' Counters looks every shingle up.

    Args:
        text: any text.
        n: tokens per shingle (at least 1).

    Returns:
        A Counter of joined shingles.

    Raises:
        ValueError: n is less than 1.
    """
    return Counter(_windows(text, n, _JOIN.join))


def line_shingle_keys(lines: Sequence[str], known: dict[str, list[str]], n: int = 4) -> Counter[str]:
    """Return `shingle_keys("\n".join(lines), n)`, tokenizing each distinct line once across calls sharing `known`.

    No token spans a line break: a break is no word character, and neither NFKC (a break is a starter nothing
    composes with) nor case folding changes text across one. So the joined text's tokens are its lines'
    tokens in order, and two readings of one page that share most of their lines tokenize those once.

    Args:
        lines: the lines of one text.
        known: line -> its tokens, filled as lines are tokenized (one dict per page).
        n: tokens per shingle (at least 1).

    Returns:
        A Counter of joined shingles.

    Raises:
        ValueError: n is less than 1.
    """
    return Counter(_token_windows(_line_tokens(lines, known), n, _JOIN.join))


def joined_tokens(lines: Sequence[str], known: dict[str, list[str]]) -> str:
    """Return `"".join(tokens("\\n".join(lines)))`, tokenizing each distinct line once across calls sharing `known`.

    The text's tokens run together: every word character but the underscore, NFKC-folded and case-folded, in
    order (what is left of the text once whitespace, punctuation and the underscore are taken out). A page's
    readings are tokenized line by line for the body choice (`line_shingle_keys`), so a reading's run of tokens
    is mostly read from `known`.

    Args:
        lines: the lines of one text.
        known: line -> its tokens, filled as lines are tokenized (one dict per page).

    Returns:
        The tokens joined with nothing between them.
    """
    return "".join(_line_tokens(lines, known))


def _line_tokens(lines: Sequence[str], known: dict[str, list[str]]) -> list[str]:
    """The lines' tokens in order, each distinct line tokenized once across calls sharing `known`."""
    toks: list[str] = []
    for line in lines:
        found = known.get(line)
        if found is None:
            found = known[line] = tokens(line)
        toks.extend(found)
    return toks


def held_shingles(line: str, joined: str, known: dict[str, list[str]], size: int = 4) -> list[bool]:
    """For each of the line's `size`-token shingles in order, whether `joined` (a reading's `joined_tokens`)
    holds it: a substring search, cheaper on a few lines than comparing a long reading's shingles. Latin tokens
    run together can only make a shingle look held, never lose one. A line of fewer tokens has none.

    Args:
        line: one line of a reading.
        joined: the other reading's tokens run together.
        known: line -> its tokens (one dict per page, shared with `joined_tokens`).
    """
    toks = _line_tokens([line], known)
    return ["".join(toks[start : start + size]) in joined for start in range(len(toks) - size + 1)]


def overlap(one: Counter[str], other: Counter[str]) -> int:
    """Return how many shingles two Counters share, with multiplicity: `sum((one & other).values())`.

    A shingle both hold adds one, and more only when both hold it more than once: so the shared shingles are
    counted by a set intersection of the keys (in C), and only the repeated shingles of the smaller Counter
    (a few on a page) are looked up one by one. `&` builds a third Counter and calls `__missing__` (in Python)
    for every shingle of `one` that `other` lacks, which on two readings of a page is most of them.

    Args:
        one: a Counter of positive counts (as `shingle_keys` gives).
        other: another.

    Returns:
        The size of the multiset intersection.
    """
    if len(one) > len(other):
        one, other = other, one
    repeated = [key for key, n in one.items() if n > 1]
    count = other.get
    return len(one.keys() & other.keys()) + sum(min(one[key], n) - 1 for key in repeated if (n := count(key, 0)) > 1)


def _windows(text: str, n: int, shingle: Callable[[Iterable[str]], _K]) -> Iterator[_K]:
    """Each n-token window of the text made into a shingle by `shingle` (the whole sequence when shorter)."""
    return _token_windows(tokens(text), n, shingle)


def _token_windows(toks: list[str], n: int, shingle: Callable[[Iterable[str]], _K]) -> Iterator[_K]:
    """Each n-token window of `toks` made into a shingle by `shingle` (the whole sequence when shorter)."""
    if n < 1:
        raise ValueError(f"shingle size must be at least 1, got {n}")
    if not toks:
        return iter(())
    if len(toks) < n:
        return iter([shingle(toks)])
    return map(shingle, zip(*(toks[i:] for i in range(n)), strict=False))
