"""Page forms the sixteenth written round (landed in the twenty-third round) showed the generic reading or a
rule misreading, each a class. Every line here is fictional, written for the test."""

from __future__ import annotations

from .test_unseen_forms29 import LINES, _both_readings
from .test_unseen_forms30 import _assert_insert_goes


def test_a_schedule_card_of_two_dated_rows_goes() -> None:
    # A box the template sets between paragraphs: its heading and a list whose every row is a day and an event.
    for rows in (("10月16日 新锐设计师专场", "10月21日 丝绸主题发布"), ("10月16日新锐设计师专场", "10月21日丝绸主题发布")):
        items = "".join(f"<li>{row}</li>" for row in rows)
        _assert_insert_goes(f"<div class='c1'><p class='c2'>时装周日程</p><ul>{items}</ul></div>")


def test_a_list_with_one_dated_row_among_others_stays() -> None:
    # Two rows between the paragraphs, only one of them dated: the article's own list, not a schedule card.
    rows = ("10月16日 新锐设计师专场", "其余场次的时间另行通知")
    insert = "<div class='c1'><p class='c2'>时装周日程</p><ul>" + "".join(f"<li>{r}</li>" for r in rows) + "</ul></div>"
    body = "".join(f"<p>{line}</p>" for line in LINES[:2]) + insert + "".join(f"<p>{line}</p>" for line in LINES[2:])
    for paragraphs in _both_readings(body):
        assert rows[1] in paragraphs and paragraphs[-1] == LINES[-1]
