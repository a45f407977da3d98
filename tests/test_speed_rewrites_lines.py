"""The body-line rewrites for speed give what the code first written gave, on made-up lines built to hit their
edges (dates at the end or before a bracket or a newline, fullwidth and other decimal digits, link texts
overlapping each other and the line): the trailing-date test refused by the line's end, and the link texts found
in a line by its pairs of characters. Synthetic inputs only: a few thousand lines, well under a second."""

from __future__ import annotations

import random
import re

from scraper.extract import line_kinds, notices
from scraper.extract.layout import squash, squashed_longer_than
from scraper.hanzi import CJK, simplified

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


def _original_inside(index: line_kinds._LinkIndex, key: str) -> list[str]:
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
        found, original = line_kinds._trailing_date(line), line_kinds._TRAILING_DATE.search(line)
        assert (found and found.span()) == (original and original.span()), line
        matched += original is not None
        date = line_kinds._trailing_date(line)
        cut = line[: date.start()] + line[date.end() :] if date else line
        assert cut == line_kinds._TRAILING_DATE.sub("", line), line
    # The made-up lines hit both sides of the test.
    assert 200 < matched < 3800


def test_link_texts_found_by_pairs_are_the_original_ones() -> None:
    rng = random.Random(13)
    lines = _lines(rng, 1500)
    for size in (1, 3, 8, 40):
        links = frozenset(
            "".join(rng.choice(_LINK_PIECES) for _ in range(rng.randint(1, 3))) for _ in range(size)
        ) | {"x"}
        index = line_kinds._LinkIndex(links)
        for line in lines:
            key = notices.line_key(line)
            original = _original_inside(index, key)
            assert index.inside(key) == original, (links, key)
            assert index.inside(key, 4) == original[:4], (links, key)


def _original_link_cover(key: str, links: frozenset[str]) -> tuple[float, str]:
    if not key:
        return 0.0, ""
    index = line_kinds._LinkIndex(links)
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
        key = notices.line_key(line)
        assert line_kinds._link_cover(key, links) == _original_link_cover(key, links), key


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


def test_teaser_refused_by_the_line_end_is_the_search() -> None:
    rng = random.Random(23)
    pieces = ["...", "…", "……", ".", "\n", "某某公司", "。", " "]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        assert line_kinds.is_teaser(text) == (line_kinds.TEASER.search(text) is not None), text


# The line tests as first written: every search run whatever the tests before it said.
def _original_prose(line: str, key: str) -> bool:
    return (bool(line_kinds.SENTENCE.search(line)) and len(key) >= 12) or len(key) >= line_kinds._PROSE_CHARS


def _original_label_kind(line: str, key: str, prose: bool) -> line_kinds.Kind | None:
    kind = line_kinds._heading_or_label(line, key)
    if kind is not None:
        return kind
    # Which lines holding a widget's word read as a widget is the widget test's own (a cross-head may hold one).
    widget = line_kinds._is_widget_line(line)
    if (len(key) < 60 and not prose and widget) or (len(key) < 80 and notices._DISCLAIMER.search(line)):
        return line_kinds.Kind.WIDGET
    if len(key) < notices._NOTICE_CHARS and len(notices._DISCLAIMER.findall(line)) >= 2:
        return line_kinds.Kind.WIDGET
    # The tests after this one are unchanged: the rewritten function answers for them.
    return line_kinds._label_kind(line, key, prose)


def _original_day(key: str) -> re.Match[str] | None:
    """The date closing `key` by the search alone, when it names a day that exists."""
    found = line_kinds._TRAILING_DATE.search(key)
    return found if found is not None and line_kinds.is_day(found) else None


def _original_shape_kind(line: str, key: str, core: str, prose: bool, links: frozenset[str]) -> line_kinds.Kind | None:
    share, unlinked = line_kinds._link_cover(core, links) if core else (0.0, "")
    if share >= 0.7 and not prose:
        if len(core) >= 8:
            return line_kinds.Kind.LINK
        return line_kinds.Kind.META if _original_day(key) else line_kinds.Kind.SHORT_LINK
    # ... and a label before another page's title as the rest of the line (the twenty-eighth round's class, 4900acf).
    if len(core) >= 8 and (
        (share >= 0.7 and not line_kinds.SENTENCE.search(unlinked))
        or (share >= 0.5 and re.fullmatch(line_kinds.LINK_LABEL, unlinked))
    ):
        return line_kinds.Kind.LINK
    date = line_kinds._DATE.search(key)
    if date and not prose:
        rest = len(key) - len(date.group(0))
        if rest <= 2 and not line_kinds._TIME.search(key):
            return line_kinds.Kind.DATELINE
        if line_kinds._META_LABEL.search(line) or line_kinds._TIME.search(key) or rest <= 6:
            return line_kinds.Kind.META
    if core.isdigit() or not core:
        return line_kinds.Kind.META
    headline = len(key) < 60 and not line_kinds.SENTENCE.search(line)
    if headline and (_original_day(key) or line_kinds._LEADING_TIME.match(key)):
        return line_kinds.Kind.ITEM
    if line_kinds.TEASER.search(key) and len(key) >= 20:
        return line_kinds.Kind.ITEM
    return None


def _original_untitled_kind(line: str, links: frozenset[str]) -> line_kinds.Kind:
    key = notices.line_key(line)
    day = _original_day(key)
    core = line_kinds._BULLET.sub("", line_kinds._TRAILING_DATE.sub("", key) if day else key)
    prose = _original_prose(line, key)
    folded = simplified(line)
    kind = _original_label_kind(folded, simplified(key), prose)
    kind = kind or _original_shape_kind(folded, key, core, prose, links)
    if kind is not None:
        return kind
    if prose:
        return line_kinds.Kind.PROSE
    short = len(key) <= line_kinds._SHORT_LINE and not line_kinds._PUNCT.search(key) and CJK.search(key)
    return line_kinds.Kind.SHORT if short else line_kinds.Kind.TEXT


def test_lines_are_classed_as_the_original_tests_class_them() -> None:
    rng = random.Random(29)
    words = [
        "版权归某某所有", "未经授权不得转载使用", "不代表本站观点", "点赞", "评论(3)", "来源：", "作者：", "2024年5月9日",
        "14:22", "……", "…", "...", "，", "。", "某某公司发布公告", "相关推荐", "网易新闻", "字" * 30, "12", "> ", "|",
    ]
    links = frozenset({"某某公司发布公告", "相关推荐新闻", "网易新闻", "新闻网易"})
    kinds = set()
    for _ in range(2500):
        line = "".join(rng.choice(words + _PIECES) for _ in range(rng.randint(0, 14)))
        kind = line_kinds._untitled_kind(line, links)
        assert kind is _original_untitled_kind(line, links), line
        kinds.add(kind)
    # The made-up lines reach most kinds.
    assert len(kinds) >= 8, kinds


def test_line_key_split_at_whitespace_is_the_regex_removal() -> None:
    spaces = re.compile(r"\s+")
    # The characters both call whitespace (every one of them is in the first plane).
    plane = [chr(code) for code in range(0x10000) if not 0xD800 <= code < 0xE000]
    assert [c for c in plane if c.isspace()] == [c for c in plane if spaces.fullmatch(c)]
    rng = random.Random(31)
    odd = [" ", "\t", "\n", "\u3000", "\u00a0", "\u2028", "\x1c", "\x85", "\u200b", "\ufeff", "字", "a"]
    for _ in range(2000):
        text = "".join(rng.choice(odd) for _ in range(rng.randint(0, 10)))
        assert notices.line_key(text) == spaces.sub("", text), repr(text)
