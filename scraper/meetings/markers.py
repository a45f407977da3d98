"""Enumeration markers read at one position of a text: 一是 / 二要, 第一 / 第二点, （一） / (1), 1. / 2、, ①, 首先 /
其次 / 最后, 其一, and the —— bullet.

`match_marker` says which marker (family, number, where it ends, where its item's text starts) stands at a
position, or that none does. It looks only at a few characters from there, so the scan (`scan.py`), which
asks it at every clause boundary outside quotes, stays linear.
"""

from __future__ import annotations

from .marker_terms import (
    BARE_ORDINAL_AFTER,
    BARE_ORDINAL_NOT_AFTER,
    CIRCLED,
    CN_DIGITS,
    MARKER_SEPARATORS,
    NUMBERED_NOT_AFTER,
    ORDINAL_COUNTERS,
    ORDINAL_FOLLOWERS,
    ORDINAL_IS,
    ORDINAL_MODAL,
    ORDINAL_PREFIX,
    ORDINAL_WORDS,
)

# The marks that end a sentence.
TERMINAL = "。！？!?"
# A "一、" inside a paragraph counts after a stop or a colon ("会议要求：一、…；二、…"), not after a comma.
_LIST_AFTER = TERMINAL + "：:；;"
_LAST = "最后"
# Marks that introduce a bulleted item ("——推动…。——推动…。").
_DASH = "——"
# A bullet starts a paragraph or follows a sentence or the colon that announces the list ("以下方面：——推动…").
_DASH_AFTER = TERMINAL + "：:"


def _cn_number(text: str, i: int, end: int) -> tuple[int, int] | None:
    """Parse 一…九十九 at `i`; return (value, end) or None."""
    j = i
    while j < end and j - i < 3 and (text[j] in CN_DIGITS or text[j] == "十"):
        j += 1
    word = text[i:j]
    if not word:
        return None
    if "十" not in word:
        return (CN_DIGITS[word], j) if len(word) == 1 else None
    tens, _, ones = word.partition("十")
    if len(tens) > 1 or len(ones) > 1 or "十" in ones:
        return None
    return (CN_DIGITS[tens] if tens else 1) * 10 + (CN_DIGITS[ones] if ones else 0), j


def _digit_number(text: str, i: int, end: int) -> tuple[int, int] | None:
    j = i
    while j < end and j - i < 3 and text[j].isdecimal():
        j += 1
    if j == i:
        return None
    try:
        return int(text[i:j]), j
    except ValueError:  # other scripts' decimal digits
        return None


def match_marker(text: str, i: int, end: int, para_start: bool) -> tuple[str, int, int, int] | None:
    """The marker at `i`, as (family, number, marker end, item text start), or None."""
    found = _match_marker_token(text, i, end, para_start)
    if found is None:
        return None
    family, number, marker_end = found
    if _a_range(text, marker_end, end):
        return None
    text_start = marker_end
    if text_start < end and text[text_start] in MARKER_SEPARATORS:
        text_start += 1
    while text_start < end and text[text_start].isspace():
        text_start += 1
    return family, number, marker_end, text_start


def _a_range(text: str, at: int, end: int) -> bool:
    """"第一、二季度", "一、二等奖", "1、2月": numbers listed together, not an enumeration's marker."""
    if text[at - 1] == "、":  # the separator is part of the marker ("一、", "1、")
        at -= 1
    if at + 1 >= end or text[at] != "、":
        return False
    after = text[at + 1]
    before = text[at - 1]
    numerals = (*CN_DIGITS, "十")
    return (after.isdecimal() and before.isdecimal()) or (after in numerals and before in numerals)


def _match_marker_token(text: str, i: int, end: int, para_start: bool) -> tuple[str, int, int] | None:
    char = text[i]
    if char in "（(":
        return _bracketed(text, i, end)
    if char == "第":
        return _ordinal(text, i, end)
    if char in CN_DIGITS or char == "十":
        return _cn_marker(text, i, end, para_start or after_stop(text, i))
    if char.isdecimal():
        return _digit_marker(text, i, end)
    if char in CIRCLED:
        return "①", CIRCLED.index(char) + 1, i + 1
    if text.startswith(_DASH, i, end) and (para_start or text[i - 1] in _DASH_AFTER):
        return _DASH, 0, i + len(_DASH)
    return _word_marker(text, i, end)


def _word_marker(text: str, i: int, end: int) -> tuple[str, int, int] | None:
    """首先 / 其次 / 最后 (an ordinal word and what may follow it) or 其一 (其 and a numeral)."""
    word = text[i : i + 2]
    follower = text[i + 2 : i + 3] if i + 2 < end else ""
    if word in ORDINAL_WORDS and follower and follower in ORDINAL_FOLLOWERS:
        # 是 belongs to the marker, as after 第N ("首先是…其次是…", "第二是").
        return "首先", ORDINAL_WORDS[word], i + 2 + (follower == ORDINAL_IS)
    if word == _LAST and follower and _after_sentence(text, i):
        # "…。最后从舆论导向来说，…": a sentence that starts with 最后 needs no comma after it (items.py still
        # takes it only to close a run of two or more).
        return "首先", ORDINAL_WORDS[word], i + 2
    if text[i] == ORDINAL_PREFIX:
        return _prefixed(text, i, end)
    return None


def _after_sentence(text: str, i: int) -> bool:
    """Whether the last visible character before `i` ends a sentence (。！？)."""
    j = i - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    return j >= 0 and text[j] in TERMINAL


def after_stop(text: str, i: int) -> bool:
    """Whether the last visible character before `i` ends a sentence or announces a list (。；：)."""
    j = i - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    return j >= 0 and text[j] in _LIST_AFTER


def _prefixed(text: str, i: int, end: int) -> tuple[str, int, int] | None:
    """其一， / 其二是: the number after 其 needs a separator or 是 / 要 ("其一" alone may be a pronoun's)."""
    number = _cn_number(text, i + 1, end)
    if number is None or number[1] >= end or text[number[1]] not in MARKER_SEPARATORS + "是要":
        return None
    at = number[1] + (text[number[1]] in "是要")
    return ORDINAL_PREFIX + "一", number[0], at


def _bracketed(text: str, i: int, end: int) -> tuple[str, int, int] | None:
    """（一） / （1） / (1)."""
    inner = _cn_number(text, i + 1, end)
    family = "（一）"
    if inner is None:
        inner, family = _digit_number(text, i + 1, end), "（1）"
    if inner is not None and inner[1] < end and text[inner[1]] in "）)":
        return family, inner[0], inner[1] + 1
    return None


def _ordinal(text: str, i: int, end: int) -> tuple[str, int, int] | None:
    """第一， / 第二点 / 第三方面 / 第二是: without a counter word it needs a separator ("第一次" is no marker)."""
    number = _cn_number(text, i + 1, end)
    if number is None or number[1] >= end:
        return None
    after = number[1]
    for word in ORDINAL_COUNTERS:
        if text.startswith(word, after, end):
            # Any counter may take 是 ("第二点是", "第一步是"), and 是 stands alone too ("第二是").
            after += len(word)
            break
    if text.startswith(ORDINAL_IS, after, end):
        after += len(ORDINAL_IS)
    if after > number[1]:
        return "第一", number[0], after
    if text[after] in MARKER_SEPARATORS or text.startswith(ORDINAL_MODAL, after, end):
        return "第一", number[0], after
    if number[0] >= 2 and i > 0 and text[i - 1] in BARE_ORDINAL_AFTER and glued_ordinal(text, after, end):
        # "…；第二要…；第三全院要…；第四要…": items.py takes it only to carry on a run of two or more.
        return "第一", number[0], after
    return None


def glued_ordinal(text: str, at: int, end: int) -> bool:
    """Whether the ordinal ending at `at` runs straight into its item's words: no separator, 要, counter or 是
    after it, and no character it forms a word with (第三方, 第二大, 第三季度)."""
    follower = text[at] if at < end else ""
    return (
        "\u4e00" <= follower <= "\u9fff"
        and follower not in BARE_ORDINAL_NOT_AFTER
        and follower not in NUMBERED_NOT_AFTER
        and follower not in CN_DIGITS
        and follower not in ORDINAL_MODAL + ORDINAL_IS
        and not text.startswith(ORDINAL_COUNTERS, at, end)
    )


def _cn_marker(text: str, i: int, end: int, list_start: bool) -> tuple[str, int, int] | None:
    """一是 / 二要 / 一抓 / 三、 and 三. (only at a paragraph start or after a stop or colon) / 一） ."""
    number = _cn_number(text, i, end)
    if number is None or number[1] >= end:
        return None
    follower = text[number[1]]
    if follower == "、":
        return ("一、", number[0], number[1] + 1) if list_start else None
    if follower in ".．":
        # "一.加强领导" / "二．…": a list's heading as "一、" is, where a list may start.
        return ("一.", number[0], number[1] + 1) if list_start else None
    if follower in "）)":
        return "一）", number[0], number[1] + 1
    if "\u4e00" <= follower <= "\u9fff" and follower not in NUMBERED_NOT_AFTER and follower not in CN_DIGITS:
        # 一是 / 一要 / 一抓 …: the family is the numeral's follower, so only a run of one kind enumerates.
        return "一" + follower, number[0], number[1] + 1
    return None


def _digit_marker(text: str, i: int, end: int) -> tuple[str, int, int] | None:
    """1. / 2、 (not a decimal such as 1.5)."""
    number = _digit_number(text, i, end)
    if number is None or number[1] >= end:
        return None
    follower = text[number[1]]
    after = text[number[1] + 1] if number[1] + 1 < end else ""
    if follower in ".．" and not after.isdecimal():
        return "1.", number[0], number[1] + 1
    if follower == "、":
        return "1、", number[0], number[1] + 1
    if follower in "）)":
        return "1）", number[0], number[1] + 1
    return None


__all__ = ["TERMINAL", "after_stop", "glued_ordinal", "match_marker"]
