"""Date strings -> ISO 8601 at the page's precision, Beijing time by default."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

import scraper
from scraper.extract.dates import parse_date, parse_short_date

NOW = datetime(2023, 2, 12, 4, 0, tzinfo=UTC)  # 12:00 in Beijing


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019-09-07 13:43:45　来源: 网易", "2019-09-07T13:43:45+08:00"),
        ("2025-10-16T20:02:18+08:00", "2025-10-16T20:02:18+08:00"),
        ("2020-07-04T12:10Z", "2020-07-04T12:10+00:00"),
        ("2023年2月11日 09:12", "2023-02-11T09:12+08:00"),
        ("发布时间：2019/9/7 13:43", "2019-09-07T13:43+08:00"),
        ("2019-09-07", "2019-09-07"),
        ("2023年02月11日", "2023-02-11"),
        ("发布日期： 7/5/2005 9:23:57 PM", "2005-07-05T21:23:57+08:00"),
        ("7/5/2005 12:05 AM", "2005-07-05T00:05+08:00"),
        ("12/25/2019", "2019-12-25"),
        ("25/12/2019 08:00", "2019-12-25T08:00+08:00"),
        # A full-width space before the time, a weekday between date and time, a 12-hour clock's half.
        ("发布时间：2024-05-09\u300022:27:02", "2024-05-09T22:27:02+08:00"),
        ("2024年05月09日 星期四 22:27", "2024-05-09T22:27+08:00"),
        ("2024-05-09（周四）22:27", "2024-05-09T22:27+08:00"),
        ("2024年5月9日 下午10:27", "2024-05-09T22:27+08:00"),
        ("2024/05/09 上午 10:27:03", "2024-05-09T10:27:03+08:00"),
        ("2024-05-09 上午12:10", "2024-05-09T00:10+08:00"),
        ("2024年5月9日 中午12:10", "2024-05-09T12:10+08:00"),
        ("2024-05-09 星期四", "2024-05-09"),
        # A zone of UTC+8 named between the day and the time (Hong Kong pages: 2023-06-12 HKT 10:25); no other zone.
        ("2023-06-12 HKT 10:25", "2023-06-12T10:25+08:00"),
        ("2023年6月12日 北京時間 10:25", "2023-06-12T10:25+08:00"),
        ("2023-06-12 GMT+8 09:01", "2023-06-12T09:01+08:00"),
        ("2023-06-12 GMT 09:01", "2023-06-12"),
        # The clock before the day, as some Hong Kong date rows print it; a number before it is no clock.
        ("14:36 2018/07/27", "2018-07-27T14:36+08:00"),
        ("14:36:05 2018-07-27", "2018-07-27T14:36:05+08:00"),
        ("1.14:36 2018/07/27", "2018-07-27"),
        ("25:10 2018/07/27", "2018-07-27"),
        ("13/13/2005", None),
        ("2024-13-45 10:00", None),
        ("no date here", None),
        ("", None),
    ],
)
def test_absolute_dates(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


def test_month_day_takes_the_year_from_context() -> None:
    assert parse_date("02-11 09:12", year=2023) == "2023-02-11T09:12+08:00"
    assert parse_date("2月11日，会议召开", year=2023) == "2023-02-11"
    assert parse_date("02-11 09:12") is None
    # An impossible time keeps the date, as it does for full dates; an impossible date is no date.
    assert parse_date("02-11 25:12", year=2023) == "2023-02-11"
    assert parse_date("02-30 09:12", year=2023) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3小时前", "2023-02-12T09:00+08:00"),
        ("5分钟前", "2023-02-12T11:55+08:00"),
        ("刚刚", "2023-02-12T12:00+08:00"),
        ("昨天 10:20", "2023-02-11T10:20+08:00"),
        ("前天", "2023-02-10"),
        ("2天前", "2023-02-10"),
    ],
)
def test_relative_dates_need_now(text: str, expected: str) -> None:
    assert parse_date(text, now=NOW) == expected
    assert parse_date(text) is None


@pytest.mark.parametrize("text", ["刚刚", "3小时前", "5分钟前", "2天前", "999天前", "昨天 10:20", "前天"])
@pytest.mark.parametrize("now", [datetime.max, datetime.min, datetime.max.replace(tzinfo=UTC),
                                 datetime.min.replace(tzinfo=UTC)])
def test_relative_dates_at_the_ends_of_the_calendar_give_a_date_or_none(text: str, now: datetime) -> None:
    # Fuzzing found OverflowError escaping from here: Beijing time of datetime.max, or a step back from year 1.
    result = parse_date(text, now=now)
    assert result is None or result[:4] in {"0001", "9999"}


def test_year_one_is_printed_with_four_digits() -> None:
    assert parse_date("刚刚", now=datetime(1, 1, 1, tzinfo=UTC)) == "0001-01-01T08:00+08:00"
    assert parse_date("今天", now=datetime(1, 1, 1, 2, tzinfo=UTC)) == "0001-01-01"
    assert parse_date("1天前", now=datetime(1, 1, 2, tzinfo=UTC)) == "0001-01-01"


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("发布时间：10-08 12:00 某某账号", "2019-10-08 12:00:57", "2019-10-08T12:00+08:00"),
        # A month later than the update's is last year's; a two-digit year names its century's year.
        ("发布时间：12-30 08:05", "2020-01-02T10:00:00+08:00", "2019-12-30T08:05+08:00"),
        ("17-11-05 21:40", "2017-11-06", "2017-11-05T21:40+08:00"),
        ("发布日期：3/8", "2021-03-09", "2021-03-08"),
        ("发布时间：02-29 09:00", "2021-03-01", "2020-02-29T09:00+08:00"),
    ],
)
def test_a_date_printed_short_takes_its_year_from_the_update_time(text: str, reference: str, expected: str) -> None:
    assert parse_short_date(text, reference) == expected


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("全场比分 5-8，主队落后", "2021-03-09"),  # no time after it, no label before it
        ("17/11/05 21:40", "2017-11-06"),  # a two-digit year with slashes may be a day or a month first
        ("发布时间：10-08 12:00", "not a date"),
        ("更新时间：10-09 08:30", "2019-10-09 08:30:00"),  # when the page was updated, not published
        ("修订时间：10-09 08:30", "2019-10-09 08:30:00"),  # the update label meta-date's check knows, too
        ("最后编辑于 10-09 08:30", "2019-10-09 08:30:00"),
    ],
)
def test_a_short_date_needs_a_time_or_a_label_and_a_reference(text: str, reference: str) -> None:
    assert parse_short_date(text, reference) is None


def _today_page(row: str) -> bytes:
    body = "".join(f"<p>{line}</p>" for line in (
        "官方媒体今天发表评论，称央企重组不设时间表，将成熟一户推进一户，避免一刀切。",
        "评论指出，重组要坚持市场化原则，防止简单的规模扩张，重在提升核心竞争力。",
        "分析人士认为，今年下半年仍会有数宗央企重组落地，涉及能源、装备制造等行业。",
    ))
    page = (f"<html><head><title>央企重组不设时间表 - 某某財經</title>"
            f"<meta name='pubdate' content='2017-09-09'></head><body>{row}"
            f"<h1>央企重组不设时间表</h1><div class='content'>{body}</div></body></html>")
    return page.encode()


def test_a_day_gains_the_clock_a_row_beside_the_headline_prints_for_today() -> None:
    # <p class="info"><span class="date">今日 16:24</span></p> above the headline: the day is the page's own (a row
    # says 今日 only on the day the article ran), the clock the row's.
    found = scraper.extract(_today_page("<p class='info'><span class='date'>今日 16:24 </span> 中國財經</p>"))
    assert found.published_at == "2017-09-09T16:24+08:00"
    # Another relative day names no clock of the page's day.
    found = scraper.extract(_today_page("<p class='info'><span class='date'>昨日 16:24 </span></p>"))
    assert found.published_at == "2017-09-09"


def _instant_page(row: str, closing: str) -> bytes:
    body = "".join(f"<p>{line}</p>" for line in (
        "一名保安於大廈變壓房附近發現一個可疑物體，警方接報到場調查，並派出大批人員到附近一帶搜索。",
        "事發在早上8時許，保安途經時發現地上有血迹，附近有大堆雜物及黑膠袋，感到可疑遂報警求助。",
        "警方其後加大搜查範圍到附近公園及山頭調查，並出動警犬到場協助，案件交由刑事調查隊跟進。",
    ))
    return (f"<html><head><title>大廈驚現可疑物體 - 某某日報</title></head><body><h1>大廈驚現可疑物體</h1>"
            f"<div class='date'>{row}</div><div class='content'>{body}<p>{closing}</p></div></body></html>").encode()


def test_the_rows_time_the_page_labels_as_its_update_gives_way_to_its_creation_time() -> None:
    # The row under the headline prints 18:46; the text closes with 建立時間：14:56 and 更新時間：18:46.
    found = scraper.extract(_instant_page("2017-09-10 18:46", "建立時間：14:56<br>更新時間：18:46"), rules=False)
    assert found.published_at == "2017-09-10T14:56+08:00"
    # Without an update label naming the row's clock, the row's time stands.
    found = scraper.extract(_instant_page("2017-09-10 18:46", "建立時間：14:56"), rules=False)
    assert found.published_at == "2017-09-10T18:46+08:00"
