"""The third reading's rewrites, held to the code they replaced: a reading's run of tokens is read from the body
choice's tokens per line (`tokens.joined_tokens`) instead of NFKC, case folding and a substitution over the whole
reading, and a line's tokens from the same map; a line is first looked for among trafilatura's lines as they are.
Made-up lines only (full-width forms and punctuation, a combining mark after a full-width sign, the underscore,
ligatures, the ideographic space). About a second."""

from __future__ import annotations

import copy
import random
import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st
from lxml import html
from trafilatura.external import try_readability

from scraper.extract import body as body_stage
from scraper.extract import vote
from scraper.extract.generic import choose_body
from scraper.extract.tokens import joined_tokens, tokens

# What NFKC and case folding change, signs a combining mark composes with (＜ + U+0338 is ≮), and the
# characters the old substitution dropped (punctuation, the underscore in both widths, spaces of both widths).
LINES = st.lists(
    st.text(alphabet="一二三 aA1ＡＢ１，。＜＝＿_\u0338\u0301éßﬁ…\u3000 ．ｅ", max_size=14), max_size=6
)
_OLD_NOT_TOKEN = re.compile(r"[\W_]+")


def _old_joined(lines: list[str]) -> str:
    return _OLD_NOT_TOKEN.sub("", unicodedata.normalize("NFKC", "\n".join(lines)).casefold())


def _old_held(line: str, reading: str) -> bool:
    toks = tokens(line)
    if len(toks) < vote.SHINGLE + vote.MIN_SHINGLES - 1:
        return True
    return any("".join(toks[start : start + vote.SHINGLE]) in reading for start in range(len(toks) - vote.SHINGLE + 1))


def _old_outvoted(chosen: list[str], extracted: list[str], root: html.HtmlElement) -> list[str]:
    text = "\n".join(extracted)
    unseen = [index for index, line in enumerate(chosen) if line not in text and not line.endswith(vote.SENTENCE_ENDS)]
    if not unseen:
        return chosen
    theirs = _old_joined(extracted)
    alone = [index for index in unseen if not _old_held(chosen[index], theirs)]
    if not alone:
        return chosen
    third = _old_joined(body_stage.paragraphs(try_readability(copy.deepcopy(root))))
    dropped = {index for index in alone if not _old_held(chosen[index], third)}
    # The title over outvoted rows goes with them: a step after the vote, not part of what was rewritten.
    dropped.update(vote._titles_of(chosen, dropped))
    return [line for index, line in enumerate(chosen) if index not in dropped]


@given(LINES, LINES)
def test_joined_tokens_are_the_old_joined_reading(one: list[str], other: list[str]) -> None:
    known: dict[str, list[str]] = {}
    assert joined_tokens(one, known) == _old_joined(one)
    # A map shared with another reading of the page answers for the lines both hold.
    assert joined_tokens(other, known) == _old_joined(other)
    assert joined_tokens(one, known) == _old_joined(one)


_PIECES = ["一二三四五", "六七八九", "十百千", "字号：大 中 小", "打印", "关闭", "２０２４年", "Ａ股", "，", "。", " ", "＿", "ok"]


def _line(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 6)))


def test_outvoted_with_the_body_choice_tokens_is_the_old_one() -> None:
    rng = random.Random(21)
    differ = 0
    for _ in range(120):
        chosen = [_line(rng) for _ in range(rng.randint(1, 8))]
        extracted = [line for line in chosen if rng.random() < 0.5] + [_line(rng) for _ in range(rng.randint(0, 3))]
        third = [line for line in chosen if rng.random() < 0.5]
        root = html.fromstring("<div>" + "".join(f"<p>{line}</p>" for line in third) + "</div>")
        known: dict[str, list[str]] = {}
        choose_body(chosen, extracted, known=known)
        new = vote.outvoted(chosen, extracted, root, known)
        assert new == _old_outvoted(chosen, extracted, root), (chosen, extracted, third)
        assert vote.outvoted(chosen, extracted, root) == new
        differ += new != chosen
    # The made-up readings drop lines on some pages and none on others.
    assert 10 < differ < 110
