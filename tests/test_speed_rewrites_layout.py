"""`layout.is_short` refusing a text by its count of characters that are not XPath's whitespace, before any
substitution, answers what the substitution alone answered: on made-up texts around the limit (runs of every
kind of whitespace, XPath's and not, at the edges and inside) and on every element's text of every fixture page.
Under a second."""

from __future__ import annotations

import random
import re

from scraper.decode import decode
from scraper.extract.layout import is_short, short_texts, text_of
from scraper.extract.tree import parse
from tests.conftest import FIXTURES

_OLD_SPACES = re.compile(r"[ \t\r\n]+")
# XPath's four whitespace characters and others it does not collapse (no-break and ideographic spaces).
_PIECES = [" ", "\t", "\r", "\n", "  \n\t", "\u00a0", "\u3000", "字", "ab", "，", "2024"]


def _old_is_short(text: str, limit: int) -> bool:
    return len(text) < limit or len(_OLD_SPACES.sub(" ", text).strip(" \t\r\n")) < limit


def test_is_short_is_the_substitution_on_made_up_texts() -> None:
    rng = random.Random(5)
    short = 0
    for _ in range(20_000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 40)))
        limit = rng.randint(1, 40)
        assert is_short(text, limit) == _old_is_short(text, limit), (text, limit)
        short += is_short(text, limit)
    # Both answers, and texts long by their length but short once squashed, are among them.
    assert 2_000 < short < 18_000


def test_short_texts_of_the_fixture_pages_are_the_substitutions() -> None:
    elements = 0
    for source in sorted(FIXTURES.glob("*/source.html")):
        root = parse(decode(source.read_bytes())[0])
        for limit in (20, 120):
            texts = short_texts(root, limit)
            for node, text in texts.items():
                whole = text_of(node)
                assert (text is not None) == _old_is_short(whole, limit)
                assert text is None or text == whole
                elements += 1
    assert elements > 5000
