"""Page forms the thirty-second round's build data showed misread, each a class: the twenty-sixth written round
landed whole (its half B held out last round included) and the twenty-seventh round's half A. Every line here is
fictional, written for the test."""

from __future__ import annotations

import scraper

PAGE_TITLE = "清川新区三条公交线路今起调整_清川法院网"
HEADLINE = "清川新区三条公交线路今起调整"


def _word_pasted(first_clause: str) -> bytes:
    # The headline in a div no name marks, the info row and zoom links under it, and the first paragraph pasted
    # from a word processor: its first clause in a span of its own, set in a 16pt font like the rest.
    span = "<span style='font-family:仿宋_GB2312;font-size:16pt'>{}</span>"
    return (
        f"<html><head><title>{PAGE_TITLE}</title></head><body><div class='k1'>{HEADLINE}</div>"
        "<div class='k2'><span>发布时间：2014-11-20 15:37:06</span> <span>作者：某某</span> <span>来源：清川日报</span>"
        " <span>浏览次数：</span></div><div class='k3'><a href='#'>大</a> <a href='#'>中</a> <a href='#'>小</a>"
        " <a href='#'>打印</a></div><div class='k4'><p style='text-indent:2em'>"
        + span.format(first_clause)
        + span.format("清川新区三条公交线路将调整走向，沿线居民出行将更加方便，具体站点以公告为准。")
        + "</p><p>调整后的线路将覆盖新建的两个小区和一所学校，公交公司表示将视客流情况增加班次。</p></div></body></html>"
    ).encode()


def test_a_first_clause_in_a_span_of_its_own_is_no_headline() -> None:
    # A line that breaks off at a comma runs on into the next: the <title>'s headline, printed above, is the title.
    for clause in ("本网讯 自本月起，", "据了解，", "记者从公交公司获悉、", "为方便出行；"):
        assert scraper.extract(_word_pasted(clause), rules=False).title == HEADLINE, clause
