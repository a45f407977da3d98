"""scraper.extract.tokens.shingle_keys: the shingle multiset of `shingles`, each shingle joined into one string."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scraper.extract.tokens import line_shingle_keys, overlap, shingle_keys, shingles

# Few distinct characters and words, so drawn texts share shingles, repeat them and run short.
TEXTS = st.text(alphabet="一二三四 ab1，\x1f", max_size=40)
# Lines with what NFKC and case folding change (full-width forms, a combining mark that may open a line, ß, ﬁ).
LINES = st.lists(st.text(alphabet="一二 aA1ＡＢ１，\u0301éßﬁ", max_size=12), max_size=6)


@given(TEXTS, st.integers(min_value=1, max_value=5))
def test_keys_are_the_shingles_joined(text: str, n: int) -> None:
    assert shingle_keys(text, n) == Counter({"\x1f".join(s): count for s, count in shingles(text, n).items()})


@given(TEXTS, TEXTS)
def test_two_texts_share_as_many_keys_as_shingles(one: str, other: str) -> None:
    # What choose_body counts: the multiset intersection and the totals.
    keys, tuples = (shingle_keys(one), shingle_keys(other)), (shingles(one), shingles(other))
    assert overlap(*keys) == overlap(keys[1], keys[0]) == sum((tuples[0] & tuples[1]).values())
    assert [sum(c.values()) for c in keys] == [sum(c.values()) for c in tuples]


def test_a_short_text_and_a_longer_one_never_share_a_key() -> None:
    assert shingle_keys("ab cd") == Counter({"ab\x1fcd": 1})
    assert not shingle_keys("ab cd") & shingle_keys("ab cd ef gh")


def test_shingle_size_must_be_positive() -> None:
    with pytest.raises(ValueError):
        shingle_keys("abc", n=0)


def test_overlap_counts_a_repeated_shingle_as_often_as_both_hold_it() -> None:
    one = Counter({"a": 3, "b": 1, "c": 2})
    other = Counter({"a": 2, "c": 5, "d": 1, "e": 1})
    assert overlap(one, other) == overlap(other, one) == 4
    assert overlap(Counter(), other) == 0


@given(LINES, LINES, st.integers(min_value=1, max_value=5))
def test_line_keys_are_the_joined_texts_keys(one: list[str], other: list[str], n: int) -> None:
    # Two readings tokenized through one dict of known lines give each text's own keys.
    known: dict[str, list[str]] = {}
    assert line_shingle_keys(one, known, n) == shingle_keys("\n".join(one), n)
    assert line_shingle_keys(other, known, n) == shingle_keys("\n".join(other), n)
