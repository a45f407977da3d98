"""What every match of a pattern must contain, read off the pattern itself: a cheap test before a costly search.

A pattern of many alternatives, several of them opening with an anchor, a repeat or a class, gives the regex
engine no prefix to skip by: it tries every alternative at every position of the text. Yet each alternative
holds literal words (不代表 …, 版权 … 所有, 二维码), and a text that holds none of them cannot match. `needles`
finds, for every alternative, a set of strings one of which each of its matches contains, and joins them into
one pattern of plain literals, written as a tree of their prefixes (仅(?:代表…|供…)), which the engine scans
for by their first characters, many times faster.

The needles are derived, not listed: an alternative added to the pattern brings its own, and a pattern where
some alternative has none (`^.{0,4}\\d+$`) gets no guard at all (`needles` returns None), never a wrong one.
"""

from __future__ import annotations

import itertools
import re

# The stdlib's own parser of regex syntax (the one `re.compile` runs); untyped to the type checker.
import re._parser as _parser  # type: ignore[import-not-found,unused-ignore]
from typing import Any

__all__ = ["needles"]

_C: Any = _parser  # the parser re-exports the opcode constants
_REPEATS = frozenset({_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT})
# The most strings a run of fixed items is spelled out into (请|欢迎 × 您? × 加入|进入 …); past it a new run starts.
_MAX_SPELLINGS = 64


def needles(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern of literal strings that finds a match in every text where `pattern` finds one, or None.

    Args:
        pattern: a compiled str pattern, without IGNORECASE (its literals would match other cases).

    Returns:
        The literals' alternation, compiled: `needles(p).search(text) is None` proves `p.search(text) is None`
        (and so `p.findall(text) == []`, `p.match(text) is None`). None when some alternative of `pattern`
        holds no literal every match of it must contain, or when the parser's tree is not shaped as read here.
    """
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        if parsed.state.flags & re.IGNORECASE:
            return None
        required = _required(parsed.data)
    except (AttributeError, TypeError, ValueError):
        # The parser's tree is the interpreter's internal: one shaped otherwise than read here (another Python)
        # gives no guard, and the caller's pattern runs on every text, as it would without one.
        return None
    if not required:
        return None
    # A text holding a needle that holds another holds that other one: the shorter needle is test enough.
    shortest_first = sorted(required, key=len)
    kept: list[str] = []
    for string in shortest_first:
        if not any(needle in string for needle in kept):
            kept.append(string)
    return re.compile(_prefix_tree(kept))


def _prefix_tree(strings: list[str]) -> str:
    """A regex matching any of `strings` (none empty), shared prefixes written once.

    At a text position the engine then tries one branch per distinct next character, not one per string.
    """
    by_first: dict[str, list[str]] = {}
    for string in strings:
        by_first.setdefault(string[0], []).append(string[1:])
    # Where one string ends, the longer ones through it need not be spelled on.
    branches = [
        re.escape(first) + ("" if "" in rests else _prefix_tree(rests)) for first, rests in sorted(by_first.items())
    ]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _required(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """Strings one of which every match of the sequence `items` contains (the most selective set found), or None.

    Every match of a sequence contains a match of each of its items, and of each run of items that match a few
    fixed strings (本, [站网], (?:将|会)?, 删除|撤下) one of the run's spellings: any such set will do, and the
    one whose shortest string is longest (then the one of fewest strings) is the rarest in text.
    """
    candidates: list[frozenset[str]] = []
    run: frozenset[str] = frozenset({""})
    for op, arg in items:
        fixed = _fixed(op, arg)
        if fixed is not None and len(run) * len(fixed) <= _MAX_SPELLINGS:
            run = frozenset(map("".join, itertools.product(run, fixed)))
            continue
        candidates.append(run)
        run = fixed if fixed is not None else frozenset({""})
        if fixed is None:
            candidates.append(_item(op, arg) or frozenset({""}))
    candidates.append(run)
    # A set holding the empty string is no requirement: the item may match nothing.
    useful = [strings for strings in candidates if "" not in strings]
    if not useful:
        return None
    return max(useful, key=lambda strings: (min(map(len, strings)), -len(strings)))


def _fixed(op: Any, arg: Any) -> frozenset[str] | None:
    """Every string one item matches, when they are a few fixed strings (本, [站网], 的?, 删除|撤下); else None."""
    if op is _C.LITERAL:
        return frozenset(chr(arg))
    if op is _C.IN:
        # A class of plain characters ([请须]); a negated class, a range or a category is not a few strings.
        return frozenset(chr(value) for _kind, value in arg) if all(kind is _C.LITERAL for kind, _value in arg) else None
    if op is _C.SUBPATTERN:
        _group, add_flags, _del_flags, sub = arg
        return None if add_flags & re.IGNORECASE else _spelled(sub.data)
    if op is _C.BRANCH:
        found: set[str] = set()
        for branch in arg[1]:
            spellings = _spelled(branch.data)
            if spellings is None:
                return None
            found |= spellings
        return frozenset(found)
    if op in _REPEATS:
        low, high, sub = arg
        once = _spelled(sub.data)
        if once is None or high > 1:
            return None
        return once | {""} if low == 0 else once
    return None


def _spelled(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """Every string the sequence `items` matches, when each item matches a few fixed strings; else None."""
    spellings: frozenset[str] = frozenset({""})
    for op, arg in items:
        fixed = _fixed(op, arg)
        if fixed is None or len(spellings) * len(fixed) > _MAX_SPELLINGS:
            return None
        spellings = frozenset(map("".join, itertools.product(spellings, fixed)))
    return spellings


def _item(op: Any, arg: Any) -> frozenset[str] | None:
    """The strings one of which every match of one item (not a few fixed strings) contains, or None."""
    if op is _C.SUBPATTERN:
        _group, add_flags, _del_flags, sub = arg
        return None if add_flags & re.IGNORECASE else _required(sub.data)
    if op is _C.ATOMIC_GROUP:
        return _required(arg.data)
    if op in _REPEATS:
        low, _high, sub = arg
        return _required(sub.data) if low >= 1 else None
    if op is _C.BRANCH:
        found: set[str] = set()
        for branch in arg[1]:
            strings = _required(branch.data)
            if not strings:
                return None  # a branch that may match without any known string: so may the whole
            found |= strings
        return frozenset(found)
    # Anchors, lookarounds (what they look at lies outside the match), any character, back references.
    return None
