"""The time of day on a page: a date row that prints the clock before the day (14:36 2018/07/27) is read whole, and
a page header's clock of the current time (a weekday beside the time, in a header that holds no headline) lends
no time to the article's date.

The pages are written for these tests.
"""

from __future__ import annotations

import scraper
from scraper.extract.dom import dom_date
from scraper.extract.tree import parse

URL = "https://news.harbour.example/article/2048/"
BODY = (
    "<p>海港區今日起試行夜間小巴服務，三條路線連接碼頭、醫院和住宅區，班次約每二十分鐘一班。</p>"
    "<p>運輸署表示，試行期為三個月，期間會收集乘客意見，再決定是否延長服務時間或增加路線。</p>"
)
HEADER_CLOCK = "<header><div class='top'><div class='datetime'>本地時間：2021年3月5日 星期五 21:47</div></div></header>"


def page(date_row: str, header: str = HEADER_CLOCK) -> bytes:
    return (
        "<html><head><title>海港區試行夜間小巴</title></head><body>"
        f"{header}<article><div class='head'><h1>海港區試行夜間小巴</h1>{date_row}</div>{BODY}</article>"
        "</body></html>"
    ).encode()


def test_a_date_row_printing_the_clock_before_the_day_gives_its_time() -> None:
    article = scraper.extract(page("<div class='article-date'><span>09:05 2021/03/05</span></div>"), URL)
    assert article.published_at == "2021-03-05T09:05+08:00"


def test_a_page_headers_clock_lends_no_time_to_the_day_under_the_headline() -> None:
    article = scraper.extract(page("<div class='article-date'><span>2021/03/05</span></div>"), URL)
    assert article.published_at == "2021-03-05"


def test_a_weekday_and_clock_in_the_articles_own_header_are_its_date() -> None:
    # A date row with the weekday under the headline, in a header that holds the headline, is the article's.
    own = (
        "<header><h1>海港區試行夜間小巴</h1><div class='date'>2021年3月5日 星期五 09:05</div></header>"
    )
    markup = f"<html><head><title>海港區試行夜間小巴</title></head><body><article>{own}{BODY}</article></body></html>"
    assert scraper.extract(markup.encode(), URL).published_at == "2021-03-05T09:05+08:00"


def test_the_dom_reading_keeps_the_time_of_a_weekday_row_in_a_header_that_holds_the_headline() -> None:
    # The page test above is decided by other date readings too: this one asks the DOM candidates alone.
    own = "<header><h1>海港區試行夜間小巴</h1><div class='date'>2021年3月5日 星期五 09:05</div></header>"
    assert dom_date(parse(f"<html><body><article>{own}{BODY}</article></body></html>")) == "2021-03-05T09:05+08:00"
    assert dom_date(parse(f"<html><body>{HEADER_CLOCK}<article><h1>海港區試行夜間小巴</h1>{BODY}</article></body></html>")) == (
        "2021-03-05"
    )
