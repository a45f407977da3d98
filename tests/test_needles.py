"""`needles`: the literal words every match of a pattern holds, read off the pattern; the disclaimer test's guard.

The guard is exact only if no match escapes it: checked on texts generated to match each alternative of the
disclaimer pattern, on random texts against patterns built to hit the derivation's edges (optional and repeated
groups, classes, empty branches, lookarounds, anchors), and `_is_notice` against the code it replaced.
"""

from __future__ import annotations

import random
import re
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scraper.extract import needles as needles_module
from scraper.extract import notices
from scraper.extract.needles import needles
from scraper.hanzi import simplified


def _alternatives(source: str) -> list[str]:
    """The top-level alternatives of a regex source (outside groups and classes, escapes skipped)."""
    parts, depth, in_class, start, index = [], 0, False, 0, 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            index += source.startswith("[]", index) or source.startswith("[^]", index)
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            parts.append(source[start:index])
            start = index + 1
        index += 1
    return [*parts, source[start:]]


_DISCLAIMER_ALTERNATIVES = _alternatives(notices._DISCLAIMER.pattern)


def test_the_alternatives_are_split_as_the_pattern_reads_them() -> None:
    assert len(_DISCLAIMER_ALTERNATIVES) > 20
    assert re.compile("|".join(_DISCLAIMER_ALTERNATIVES)).pattern == notices._DISCLAIMER.pattern
    for alternative in _DISCLAIMER_ALTERNATIVES:
        re.compile(alternative)  # each one is a whole regex of its own


@pytest.mark.parametrize("alternative", _DISCLAIMER_ALTERNATIVES)
def test_every_disclaimer_alternative_holds_words_the_guard_can_look_for(alternative: str) -> None:
    # An alternative added without a literal word every match of it holds would switch the guard off (and the
    # disclaimer test back to its slow search): this names it.
    assert needles(re.compile(alternative)) is not None, alternative


@pytest.mark.parametrize("alternative", _DISCLAIMER_ALTERNATIVES)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_the_guard_finds_a_word_in_every_text_the_disclaimer_pattern_matches(alternative: str, data: st.DataObject) -> None:
    guard = needles(notices._DISCLAIMER)
    assert guard is not None
    text = data.draw(st.from_regex(alternative))
    # A text one alternative matches the whole pattern matches: no drawn text goes unchecked.
    assert notices._DISCLAIMER.search(text), text
    assert guard.search(text), text


# Patterns at the derivation's edges, over a small alphabet so that random texts match them often.
_EDGE_PATTERNS = [
    r"ab(?:c|d)?e",
    r"(?:ab|c)d|e{2,3}f",
    r"a[bc]d[^a]b",
    r"(?:|ab)c",
    r"(?:ab)*c|(?:cd)+",
    r"(?=abc)a|(?<=b)cd",
    r"^ab|cd$|\bde",
    r"a.{0,2}b(?:c|de)",
    r"(?:a(?:b|c)?d|e)f",
    r"a?b?c?d",
    r"(a)\1b",
    r"(?>ab|c)d",
    r"a++b|c*?d",
]


@pytest.mark.parametrize("source", _EDGE_PATTERNS)
def test_no_match_escapes_the_guard_on_random_texts(source: str) -> None:
    pattern = re.compile(source)
    guard = needles(pattern)
    assert guard is not None, source
    rng = random.Random(source)
    alphabet = [*sorted(set(source) & set("abcdef")), " ", "\n"]
    matched = 0
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        if pattern.search(text):
            matched += 1
            assert guard.search(text), (source, text)
    assert matched > 20, source


@pytest.mark.parametrize("source", [r"^.{0,4}\d+$", r"(?i)abc", r"(?i:bc)|d", r"ab|c?", r"[a-z]+", r"(?=abc)"])
def test_a_pattern_with_an_alternative_of_no_known_word_gets_no_guard(source: str) -> None:
    assert needles(re.compile(source)) is None


def test_a_parser_tree_of_another_shape_gives_no_guard(monkeypatch: pytest.MonkeyPatch) -> None:
    # The tree is the interpreter's internal: where another Python shapes it otherwise, the disclaimer test runs
    # unguarded (and the test above names the loss) instead of the package failing to import.
    monkeypatch.setattr(needles_module, "_parser", SimpleNamespace(parse=lambda *_args: object()))
    assert needles(re.compile("不代表")) is None
    odd_tree = SimpleNamespace(state=SimpleNamespace(flags=0), data=[(needles_module._C.SUBPATTERN, (None, 0))])
    monkeypatch.setattr(needles_module, "_parser", SimpleNamespace(parse=lambda *_args: odd_tree))
    assert needles(re.compile("不代表")) is None


def test_the_guard_is_selective_for_prose() -> None:
    guard = needles(re.compile(r"不代表.{0,8}(?:观点|立场)|(?:版权|著作权)归.{0,10}所有|本(?:站|网)(?:将|会)?删除"))
    assert guard is not None
    assert guard.search("文章仅为作者意见，不代表平台立场")
    assert guard.search("如有侵权请联系，本网将删除")
    assert not guard.search("他说，这代表了所有人的共同意愿，本次会议将在下周召开。")


def _original_is_notice(folded: str, length: int) -> bool:
    if length < 80:
        return notices._DISCLAIMER.search(folded) is not None
    return length < 300 and len(notices._DISCLAIMER.findall(folded)) >= 2


# Notice words, near misses and prose, to build lines short and long, with none, one or two notices.
_PIECES = [
    "本文不代表本站观点", "版权归原作者所有", "未经授权不得转载", "转载请注明出处", "如需转载", "关注我们，获取更多资讯",
    "长按识别二维码", "免责声明：", "【点击报名】", "本网将及时删除", "代表", "所有", "关注", "本站", "声明", "授权",
    "今年前三季度经济运行总体平稳，", "主要指标处于合理区间。", "专家认为，政策将保持连续性", "\n", " ", "。",
]


def test_is_notice_with_the_guard_is_the_code_it_replaced() -> None:
    rng = random.Random(11)
    counts = [0, 0]
    for _ in range(4000):
        line = simplified("".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 24))))
        length = len(notices.line_key(line))
        expected = _original_is_notice(line, length)
        assert notices.is_notice(line, length) == expected, line
        counts[expected] += 1
    # Both answers are among the made-up lines, many times each.
    assert min(counts) > 200
