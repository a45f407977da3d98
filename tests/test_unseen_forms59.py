"""Page forms the fiftieth round's build data showed misread, each a class: the forty-fourth written round's pages
(landed, built on whole) and the forty-fifth's half A. Every line here is fictional, written for the test."""

from __future__ import annotations

import pytest

from .test_unseen_forms29 import LINES, _both_readings


@pytest.mark.parametrize(
    "caption",
    [
        # A chart's caption crediting its data and the time it covers: two labels, but under a figure's number.
        "图1：全天各时段外卖订单占比（数据来源：某外卖平台抽样数据，统计时间：2014年1月-6月）",
        "表2 各区公园客流（数据来源：市园林局，统计时间：2023年）",
    ],
)
def test_a_figures_caption_with_its_data_credit_and_period_stays(caption: str) -> None:
    html = "".join(f"<p>{line}</p>" for line in LINES[:3]) + f"<p>{caption}</p>" + "".join(
        f"<p>{line}</p>" for line in LINES[3:])
    for paragraphs in _both_readings(html):
        assert paragraphs == [*LINES[:3], caption, *LINES[3:]]

