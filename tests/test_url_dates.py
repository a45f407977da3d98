"""The day a page's address files it under (/20200809/, /2020/0809/): a date where the page prints none, and the
day a publish time read from the page must fall on."""

from __future__ import annotations

import pytest

import scraper
from scraper.extract.published import on_day, url_day

BODY = "".join(
    f"<p>{line}</p>"
    for line in (
        "街坊反映，新开的菜市场每到傍晚就有老鼠出没，摊主们只好把货品搬回家中过夜，生意受到不少影响。",
        "管理处表示，已经加派人手清理垃圾，并会在下月前完成防鼠工程，届时再向街坊交代进度和结果。",
        "有摊主认为，问题根源在于后巷堆放的杂物长期无人处理，希望有关部门尽快落实清理责任，不要互相推诿。",
    )
)


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://news.example.hk/cnt/news/20200809/00174_001.html", "2020-08-09"),
        ("http://paper.example.cn/n1/2021/0315/c1001-123.html", "2021-03-15"),
        ("https://example.cn/a/20200230/1.html", None),  # no such day
        ("https://example.cn/omn/20200809A0KV.html", None),  # digits running on are an id, not a day
        ("https://example.cn/list?from=/20200809/", None),  # the query is not the path
        ("https://news.163.com/19/1104/11/ETHN0001.html", None),  # a two-digit year is NetEase's own form
        ("http://[broken/20200809/", None),  # no parser reads it: no day, and no error
        (None, None),
    ],
)
def test_url_day_reads_the_compact_forms_only(url: str | None, day: str | None) -> None:
    assert url_day(url) == day


def test_a_page_that_prints_no_date_is_dated_by_its_address() -> None:
    html = f"<html><head><title>街市鼠患未改</title></head><body><h1>街市鼠患未改</h1><div>{BODY}</div></body></html>"
    assert scraper.extract(html, url="https://news.example.hk/cnt/news/20200809/00174_001.html").published_at == (
        "2020-08-09"
    )
    assert scraper.extract(html, url="https://news.example.hk/cnt/news/latest.html").published_at is None


def test_a_time_on_another_day_gives_way_to_the_filed_day() -> None:
    # The page prints only a clock in its header, on the day it was saved: no publish time of this article.
    html = (
        "<html><head><title>街市鼠患未改</title></head><body><div class='top'>2020年8月12日 10:05</div>"
        f"<h1>街市鼠患未改</h1><div>{BODY}</div></body></html>"
    )
    filed = scraper.extract(html, url="https://news.example.hk/cnt/news/20200809/00174_001.html")
    unfiled = scraper.extract(html, url="https://news.example.hk/cnt/news/latest.html")
    assert unfiled.published_at == "2020-08-12T10:05+08:00"
    assert filed.published_at == "2020-08-09"


def test_a_time_on_the_filed_day_stands() -> None:
    html = (
        "<html><head><title>街市鼠患未改</title></head><body>"
        f"<h1>街市鼠患未改</h1><div class='info'>2020-08-09 21:40 来源：本报</div><div>{BODY}</div></body></html>"
    )
    assert scraper.extract(html, url="https://news.example.hk/cnt/news/20200809/1.html").published_at == (
        "2020-08-09T21:40+08:00"
    )


def test_a_later_source_on_the_filed_day_takes_the_place_of_one_on_another_day() -> None:
    # The meta time (first in precedence) is the day the page was last rebuilt; the line under the headline is
    # the filed day's.
    html = (
        "<html><head><title>街市鼠患未改</title>"
        "<meta property='article:published_time' content='2020-09-01T08:00:00+08:00'></head><body>"
        f"<h1>街市鼠患未改</h1><div class='info'>2020-08-09 21:40 来源：本报</div><div>{BODY}</div></body></html>"
    )
    filed = scraper.extract(html, url="https://news.example.hk/cnt/news/20200809/1.html")
    assert scraper.extract(html, url="https://news.example.hk/cnt/news/1.html").published_at == (
        "2020-09-01T08:00:00+08:00"
    )
    assert filed.published_at == "2020-08-09T21:40+08:00"


def test_a_meta_time_in_utc_on_the_filed_day_in_beijing_stands() -> None:
    # 23:30 UTC on the 8th is 07:30 on the 9th in Beijing: the filed day's morning, not another day's time.
    html = (
        "<html><head><title>街市鼠患未改</title>"
        "<meta property='article:published_time' content='2020-08-08T23:30:00Z'></head><body>"
        f"<h1>街市鼠患未改</h1><div>{BODY}</div></body></html>"
    )
    filed = scraper.extract(html, url="https://news.example.hk/cnt/news/20200809/1.html")
    assert filed.published_at == "2020-08-08T23:30:00+00:00"
    # Two days off in any zone is still another day's time.
    other = html.replace("2020-08-08T23:30:00Z", "2020-08-07T23:30:00Z")
    assert scraper.extract(other, url="https://news.example.hk/cnt/news/20200809/1.html").published_at == "2020-08-09"


def test_a_day_the_meta_tag_and_the_date_row_both_state_stands_against_the_filed_day() -> None:
    # A school's news page posts on the 17th an article its date row and its meta tag both date the 14th: two of
    # the page's own statements, where a list's date or a header clock would be one.
    html = (
        "<html><head><title>街市鼠患未改</title><meta name='PubDate' content='2020-08-06'></head><body>"
        f"<h1>街市鼠患未改</h1><div class='info'><span class='time'>2020年8月6日</span></div><div>{BODY}</div>"
        "</body></html>"
    )
    assert scraper.extract(html, url="https://news.example.hk/cnt/news/20200809/1.html").published_at == "2020-08-06"
    # One statement alone (the date row, no meta tag) still gives way to the filed day.
    alone = html.replace("<meta name='PubDate' content='2020-08-06'>", "")
    assert scraper.extract(alone, url="https://news.example.hk/cnt/news/20200809/1.html").published_at == "2020-08-09"


@pytest.mark.parametrize(
    ("value", "on"),
    [
        ("2020-08-09", True),
        ("2020-08-09T21:40+08:00", True),
        ("2020-08-08T23:30:00+00:00", True),  # 07:30 in Beijing
        ("2020-08-08T15:59:00+00:00", False),  # 23:59 on the 8th in Beijing
        ("2020-08-08", False),
        ("2020-08-08T23:30:00", False),  # no offset: no zone to read it in
        ("2020-08-08Tgarbage", False),
    ],
)
def test_on_day_reads_a_time_with_an_offset_in_beijing(value: str, on: bool) -> None:
    assert on_day(value, "2020-08-09") is on
