"""Traditional characters and their simplified forms, from OpenCC's dictionaries: shared by the extraction's word
tests (a Hong Kong or Taiwan page prints 評論, 相關推薦, 責任編輯, 授權轉載) and the meeting stage (會議強調).

The word tables of both stages are written once, in simplified characters; a text is folded before it is tested.
"""

from __future__ import annotations

import re
from functools import cache

import opencc

__all__ = ["CJK", "TRADITIONAL", "has_traditional", "simplified", "t2s"]


# One CJK unified ideograph: the character the extraction's Chinese tests count.
CJK = re.compile(r"[\u4e00-\u9fff]")


@cache
def t2s() -> opencc.OpenCC:
    """OpenCC's traditional-to-simplified converter, made once, at import (`TRADITIONAL` is read from it); its phrase
    tables choose 干/乾, 后/後 by the word."""
    return opencc.OpenCC("t2s.json")


def _table() -> dict[int, str]:
    """Each CJK character OpenCC writes as another single character when it stands alone: its first simplified
    form. One call over the characters parted by line breaks, which no phrase spans."""
    chars = [chr(code) for code in range(0x3400, 0xA000)]
    converted = t2s().convert("\n".join(chars)).split("\n")
    return {ord(char): simple for char, simple in zip(chars, converted, strict=True) if simple != char and len(simple) == 1}


# Built at import (some 3,800 characters, a few milliseconds): every line the word tests read is folded with it.
TRADITIONAL = _table()
_TRADITIONAL_CHARS = re.compile("[" + "".join(map(chr, TRADITIONAL)) + "]")


def has_traditional(text: str) -> bool:
    """Whether `text` holds a character OpenCC writes otherwise when it stands alone: a search far cheaper than a
    conversion, so a text in simplified characters (most of them) is never handed to OpenCC."""
    return _TRADITIONAL_CHARS.search(text) is not None


def simplified(text: str) -> str:
    """`text` with each traditional character written simplified, one for one (positions and lengths kept), for the
    word tests; link texts and lengths are compared as printed.

    Most lines hold none: one search for them costs a tenth of translating the line (a table lookup per
    character), and such a line is its own translation.
    """
    return text.translate(TRADITIONAL) if has_traditional(text) else text
