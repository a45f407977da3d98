"""Scoring an extraction against gold: body shingle P/R/F1, publish-time match, boilerplate leaks.

Shared by the corpus tests and the benchmark (bench/eval.py), so both measure the same thing.

Body comparison follows the ScrapingHub article-extraction benchmark (multisets of 4-token shingles,
precision/recall on their intersection) with one change for Chinese: the benchmark's tokens are `\\w+`
runs, which makes a whole Chinese sentence one token; here every CJK character (and kana, hangul) is
its own token, while Latin letters and digits still form word tokens.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Any

from scraper.extract.tokens import shingles, tokens

__all__ = ["body_scores", "date_matches", "fuzzy_leaks", "gold_body", "leaks", "shingles", "tokens"]

# Letters and digits (underscore excluded) form tokens. Code points from U+2E80 up are CJK radicals, kana,
# CJK ideographs, hangul, fullwidth forms...: scripts written without spaces, where one character is the
# natural token. So a token is a run of word characters below U+2E80, or one word character from it up
# (one regex pass, not a Python loop per character: the generic path's body choice runs this per page).
_BEIJING = timezone(timedelta(hours=8))
# Length of an ISO "YYYY-MM-DD HH:MM:SS" prefix that each precision compares.
_PRECISION_LENGTH = {"year": 4, "month": 7, "day": 10, "minute": 16, "second": 19}
_GOLD_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2}(?: \d{2}:\d{2}(?::\d{2})?)?)?)?$")
_SPACE = re.compile(r"\s+")
# A boilerplate snippet has leaked when at least this share of its 4-token shingles is in the body.
LEAK_SHARE = 0.6


def body_scores(predicted: str, gold: str) -> tuple[float, float, float]:
    """Score an extracted body against the gold body by 4-token shingles.

    Conventions for empty texts (a text without tokens) follow the article-extraction benchmark's
    per-page scores: both empty -> (1, 1, 1); either one empty -> (0, 0, 0). (The benchmark then
    leaves pages with an empty prediction out of its mean precision; bench/eval.py does not, so a
    failure cannot flatter precision.)

    Args:
        predicted: the extracted body.
        gold: the gold body.

    Returns:
        (precision, recall, F1), each in [0, 1].
    """
    pred = shingles(predicted)
    true = shingles(gold)
    if not pred and not true:
        return 1.0, 1.0, 1.0
    if not pred or not true:
        return 0.0, 0.0, 0.0
    common = sum((pred & true).values())
    precision = common / sum(pred.values())
    recall = common / sum(true.values())
    f1 = 2 * precision * recall / (precision + recall) if common else 0.0
    return precision, recall, f1


def _beijing_text(predicted_iso: str) -> str | None:
    """An ISO 8601 prediction as Beijing-time 'YYYY-MM-DD[ HH:MM:SS]', or None if it does not parse."""
    text = predicted_iso.strip()
    if len(text) == 10:
        # A date alone carries no time zone to convert; it is the date as printed.
        try:
            return datetime.strptime(text, "%Y-%m-%d").strftime("%Y-%m-%d")
        except ValueError:
            return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    # A time without an offset is taken as printed, i.e. already Beijing time.
    if moment.tzinfo is not None:
        moment = moment.astimezone(_BEIJING)
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def date_matches(predicted_iso: str | None, gold: str | None, precision: str) -> bool:
    """Tell whether a predicted publish time equals the gold's at a precision.

    Args:
        predicted_iso: the extractor's ISO 8601 value ("2019-09-07T13:43:45+08:00", "2019-09-07"...);
            a value with another offset is converted to Beijing time (+08:00) first.
        gold: the gold time, Beijing time "YYYY-MM-DD HH:MM:SS", "YYYY-MM-DD HH:MM" or "YYYY-MM-DD" (a few
            gold records give only "YYYY-MM" or "YYYY").
        precision: "year", "month", "day", "minute" or "second".

    Returns:
        True when both agree up to the precision; both None counts as agreement, one None as not.
        A date-only prediction matches only at day precision or coarser.

    Raises:
        ValueError: unknown precision, a malformed gold, or a gold coarser than the precision asked.
    """
    if precision not in _PRECISION_LENGTH:
        raise ValueError(f"precision must be one of {', '.join(_PRECISION_LENGTH)}, got {precision!r}")
    if gold is None or predicted_iso is None:
        return gold is None and predicted_iso is None
    if not _GOLD_DATE.match(gold):
        raise ValueError(f"gold time is not 'YYYY[-MM[-DD[ HH:MM[:SS]]]]': {gold!r}")
    length = _PRECISION_LENGTH[precision]
    if len(gold) < length:
        raise ValueError(f"gold {gold!r} is coarser than {precision} precision")
    predicted = _beijing_text(predicted_iso)
    if predicted is None or len(predicted) < length:
        return False
    return predicted[:length] == gold[:length]


def gold_body(gold: dict[str, Any]) -> str:
    """Return a gold record's body as one text: its paragraphs joined by newlines, else its `body`, else ''."""
    paragraphs = gold.get("paragraphs")
    if paragraphs:
        return "\n".join(str(p) for p in paragraphs)
    body = gold.get("body")
    return str(body) if body else ""


def leaks(body: str, without: list[str] | None) -> list[str]:
    """Return the gold `without` snippets that occur in a body.

    Whitespace is removed from both sides before comparing, so line breaks and spacing differences
    between the page and the gold do not hide a leak.

    Args:
        body: the extracted body text.
        without: the gold's boilerplate snippets (None or empty: nothing to find).

    Returns:
        The snippets found, in the gold's order.
    """
    squeezed = _SPACE.sub("", body)
    found: list[str] = []
    for snippet in without or []:
        needle = _SPACE.sub("", snippet)
        if needle and needle in squeezed:
            found.append(snippet)
    return found


def fuzzy_leaks(body: str, without: list[str] | None, share: float = LEAK_SHARE) -> list[str]:
    """Return the gold `without` snippets of which at least `share` of the 4-token shingles are in the body.

    Fuzzier than `leaks` (a snippet the page prints with other spacing, punctuation, width or a changed
    word still counts) and stricter (most of a snippet leaking counts, not only all of it). Both sides are
    NFKC-folded and case-folded by the tokeniser. A snippet of fewer than four tokens leaks when its tokens
    occur in the body as one run.

    Args:
        body: the extracted body text.
        without: the gold's boilerplate snippets (None or empty: nothing to find).
        share: the share of a snippet's distinct shingles that must occur in the body.

    Returns:
        The snippets found, in the gold's order.
    """
    if not without:
        return []
    present = set(shingles(body))
    body_tokens = " ".join(tokens(body))
    found: list[str] = []
    for snippet in without:
        wanted = set(shingles(snippet))
        if not wanted:
            continue
        if len(next(iter(wanted))) < 4:
            needle = " ".join(tokens(snippet))
            if f" {needle} " in f" {body_tokens} ":
                found.append(snippet)
            continue
        if len(wanted & present) >= share * len(wanted):
            found.append(snippet)
    return found
