"""Page forms the fifty-ninth round's build data showed misread, each a class: the fifty-fourth written round's half
A and the fifty-third's pages, landed this round. Every line here is fictional, written for the test."""

from __future__ import annotations

import pytest

import scraper
from scraper.extract.labels import label_value

from .test_unseen_forms29 import LINES
from .test_unseen_forms67 import _row_page

_URL = "https://www.example.cn/article/000001"


@pytest.mark.parametrize(
    ("row", "kind", "value"),
    [
        ("2021-04-06 09:12来源：清川网作者：林述秋责任编辑：石秋雯浏览：0", "editor", "石秋雯"),
        ("来源：清川网 作者：林述秋阅读量：1200", "author", "林述秋"),
        ("来源：清川网 责任编辑：石秋雯点击数：36", "editor", "石秋雯"),
        ("责任编辑：石秋雯人气：88", "editor", "石秋雯"),
    ],
)
def test_a_counts_label_run_into_the_value_before_it_ends_the_value(row: str, kind: str, value: str) -> None:
    # <span>责任编辑：某某</span><span>浏览：<em>0</em></span>: the spans glued, the count's label is the next field.
    assert label_value(row, kind) == value


def test_a_row_of_glued_spans_ending_in_a_views_count_gives_the_editor_alone() -> None:
    row = ("<span>2021-04-06 09:12</span><span>来源：清川网</span><span>作者：林述秋</span>"
           "<span>责任编辑：石秋雯</span><span>浏览：<em>0</em></span>")
    article = scraper.extract(_row_page(row), url=_URL, rules=False)
    assert (article.author, article.editor) == ("林述秋", "石秋雯")
    assert article.paragraphs == LINES
