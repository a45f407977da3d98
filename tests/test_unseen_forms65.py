"""Page forms the fifty-sixth round's build data showed misread, each a class: the fifty-first written round's half A.
Every line here is fictional, written for the test."""

from __future__ import annotations

import pytest

from scraper.extract.notices import is_prompt_line

from .test_unseen_forms29 import LINES
from .test_unseen_forms56 import _goes_from_between


@pytest.mark.parametrize(
    "line",
    [
        "【<a href='/kanfang/'>清川房产看房团</a>】本周六城北线报名中，点击报名&gt;&gt;",
        "清川车友会春季自驾游开始招募，<a href='/club/'>点击参加&gt;&gt;</a>",
    ],
)
def test_a_promo_line_closing_on_a_click_and_arrows_goes(line: str) -> None:
    # The promo's link, set between the paragraphs by a channel's editors; on a NetEase rule's body as on a portal's.
    _goes_from_between(f"<p class='promo'>　　{line}</p>")


def test_a_sentence_that_asks_readers_to_click_is_no_promo_line() -> None:
    # An article's sentence about a click ends on its stop; the arrows only close a link's label.
    assert not is_prompt_line("记者发现，很多老人并不知道该点击哪里报名。")
    assert all(not is_prompt_line(line) for line in LINES)
