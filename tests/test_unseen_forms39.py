"""Page forms the thirtieth round's build data showed misread, each a class: the twenty-fourth written round
landed whole (its half B held out last round included) and the twenty-fifth round's half A. Every line here is
fictional, written for the test."""

from __future__ import annotations

from .test_unseen_forms29 import ARTICLE, LINES, _both_readings
from .test_unseen_forms30 import between


def test_the_author_as_a_sentences_subject_among_the_paragraphs_stays() -> None:
    # 作者 glued to a verb opens a sentence about the book's author, not an author box with a bio.
    line = "作者写道，这几行字里没有一个字提到“信任”，但每一句都在托付。"
    for paragraphs in _both_readings(between(f"<p>{line}</p>")):
        assert paragraphs == [*LINES[:2], line, *LINES[2:]]


def test_an_author_box_glued_to_its_name_closing_the_text_goes() -> None:
    box = "<p><font face='楷体'>作者郁青禾，资深行业观察者，长期关注本地生活服务。</font></p>"
    for paragraphs in _both_readings(ARTICLE + box):
        assert paragraphs == LINES
