"""The body-line rewrites for speed give what the code first written gave, on made-up lines built to hit their
edges (dates at the end or before a bracket or a newline, fullwidth and other decimal digits, link texts
overlapping each other and the line): the trailing-date test refused by the line's end, and the link texts found
in a line by its pairs of characters. Synthetic inputs only: a few thousand lines, well under a second."""

from __future__ import annotations

import random

from scraper.extract import clean
from scraper.extract.tree import squash, squashed_longer_than

# Pieces of lines: dates of every form the pattern reads, their closers, digits of other scripts, brackets,
# newlines and spaces, link-text fragments, prose.
_PIECES = [
    "2024-05-09", "2024年5月9日", "05-09", "5月9日", "14:22", "14:22:08", "20", "9", "日", "月", "年", "-", "/", ".",
    ")", "）", "]", "】", "(", "（", "[", "【", "\n", " ", "\u3000", "０", "９", "٣", "²", "…", "...", "。", "，",
    "新闻", "网易", "新闻网易", "易新", "相关推荐", "评论", "a", "ab", "abc", "某某公司发布公告",
]
_LINK_PIECES = ["新闻", "网易", "新闻网易", "易新", "相关推荐", "评论", "ab", "abc", "b", "某某公司", "公告", "14:22"]


def _lines(rng: random.Random, count: int) -> list[str]:
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12))) for _ in range(count)]


def _original_inside(index: clean._LinkIndex, key: str) -> list[str]:
    if len(index.ordered) <= 2 * len(key):
        return [text for text in index.ordered if text in key]
    found = {
        text
        for start in range(len(key) - 1)
        for text in index.by_start.get(key[start : start + 2], ())
        if key.startswith(text, start)
    }
    return sorted(found, key=lambda text: (-len(text), text))


def test_trailing_date_refused_by_the_line_end_is_the_search() -> None:
    rng = random.Random(9)
    lines = _lines(rng, 4000)
    matched = 0
    for line in lines:
        found, original = clean._trailing_date(line), clean._TRAILING_DATE.search(line)
        assert (found and found.span()) == (original and original.span()), line
        matched += original is not None
        date = clean._trailing_date(line)
        cut = line[: date.start()] + line[date.end() :] if date else line
        assert cut == clean._TRAILING_DATE.sub("", line), line
    # The made-up lines hit both sides of the test.
    assert 200 < matched < 3800


def test_link_texts_found_by_pairs_are_the_original_ones() -> None:
    rng = random.Random(13)
    lines = _lines(rng, 1500)
    for size in (1, 3, 8, 40):
        links = frozenset(
            "".join(rng.choice(_LINK_PIECES) for _ in range(rng.randint(1, 3))) for _ in range(size)
        ) | {"x"}
        index = clean._LinkIndex(links)
        for line in lines:
            key = clean._key(line)
            original = _original_inside(index, key)
            assert index.inside(key) == original, (links, key)
            assert index.inside(key, 4) == original[:4], (links, key)


def _original_link_cover(key: str, links: frozenset[str]) -> tuple[float, str]:
    if not key:
        return 0.0, ""
    index = clean._LinkIndex(links)
    if key in links or (len(key) >= 6 and key in index.joined):
        return 1.0, ""
    covered, rest = 0, key
    for text in _original_inside(index, key)[:4]:
        if text in rest:
            rest = rest.replace(text, "\x00", 1)
            covered += len(text)
    return covered / len(key), rest.replace("\x00", "")


def test_link_cover_is_the_original_one() -> None:
    rng = random.Random(17)
    links = frozenset({"某某公司发布公告", "相关推荐新闻", "网易新闻", "新闻网易", "易新", "评论14:22", "ab", "abc"})
    for line in _lines(rng, 1500):
        key = clean._key(line)
        assert clean._link_cover(key, links) == _original_link_cover(key, links), key


def test_squashed_length_counted_or_matched_is_the_squashed_one() -> None:
    # Texts around each limit, mostly whitespace or mostly not, of every whitespace squash knows: the count
    # (a text under 6 times the limit), the match (a longer one) and the short cut (no longer than the limit).
    rng = random.Random(21)
    spaces = [" ", "\t", "\r", "\n", "\f", "\v", "\u00a0", "\u3000", "\u2002", "\u2003", "\u2009", "\u200b", "\ufeff"]
    for limit in (0, 1, 12, 40, 65, 300, 2000):
        for _ in range(60):
            size = rng.choice((limit, limit + 1, limit + 2, 2 * limit + 3, 6 * limit, 6 * limit + 1, 9 * limit + 5))
            space_share = rng.random()
            text = "".join(rng.choice(spaces) if rng.random() < space_share else rng.choice("相a·") for _ in range(size))
            assert squashed_longer_than(text, limit) == (len(squash(text)) > limit), (limit, text)
