"""NetEase fixtures read with every site rule off: the generic path must give what a rule gives.

The golden test compares each fixture's record with its rules on. A NetEase template no rule was written for
(a new era, a variant) goes through the generic path, so each NetEase fixture is also read with
`rules=False` and held to the rule's reading: the same title, the publish time to the minute, a body close
to the reviewed one. A fixture's `case.json` may list `chrome`: snippets the page shows that are no body
(other articles' cards, a player's captions, widgets), which neither reading may keep.
"""

from __future__ import annotations

import json

import pytest

import scraper
from scraper.decode import decode
from scraper.extract.tokens import shingles

from .golden import Case, cases

NETEASE = [case for case in cases() if case.name.startswith("netease_") and case.source.suffix == ".html"]
# The generic path's body against the reviewed one, in 4-token shingles. Below 1.0 because the generic path
# cannot know a template's summary box (p.ep-summary) or a columnist's bio line from the article's own lines.
MIN_F1 = 0.94


def _f1(predicted: list[str], expected: list[str]) -> float:
    ours, gold = shingles("\n".join(predicted)), shingles("\n".join(expected))
    common = sum((ours & gold).values())
    if not common:
        return 0.0
    precision, recall = common / sum(ours.values()), common / sum(gold.values())
    return 2 * precision * recall / (precision + recall)


def _read(case: Case, *, rules: bool) -> scraper.Article:
    meta = case.meta
    return scraper.extract(case.source.read_bytes(), meta.get("url"), content_type=meta.get("content_type"), rules=rules)


def _expected(case: Case) -> dict[str, object]:
    return dict(json.loads(case.expected_path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("case", NETEASE, ids=[c.name for c in NETEASE])
def test_rules_off_gives_the_title_the_minute_and_the_source(case: Case) -> None:
    article, expected = _read(case, rules=False), _expected(case)
    assert article.title == expected["title"]
    published = expected["published_at"]
    assert isinstance(published, str)
    assert (article.published_at or "")[:16] == published[:16]
    assert article.source == expected["source"]


@pytest.mark.parametrize("case", NETEASE, ids=[c.name for c in NETEASE])
def test_rules_off_body_is_close_to_the_reviewed_body(case: Case) -> None:
    expected = _expected(case)["paragraphs"]
    assert isinstance(expected, list)
    assert _f1(_read(case, rules=False).paragraphs, expected) >= MIN_F1


CHROME = [(case, snippet) for case in NETEASE for snippet in case.meta.get("chrome", [])]


@pytest.mark.parametrize("rules", [True, False], ids=["rules", "no-rules"])
@pytest.mark.parametrize(("case", "snippet"), CHROME, ids=[f"{c.name}:{s[:12]}" for c, s in CHROME])
def test_chrome_the_page_shows_is_no_body(case: Case, snippet: str, rules: bool) -> None:
    assert snippet not in "\n".join(_read(case, rules=rules).paragraphs)


def test_every_chrome_snippet_is_on_its_page() -> None:
    # A snippet the page does not show would pass the test above whatever the extractor keeps.
    assert CHROME
    for case, snippet in CHROME:
        text, _encoding = decode(case.source.read_bytes(), case.meta.get("content_type"))
        assert snippet in text, (case.name, snippet)
