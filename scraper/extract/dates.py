"""Chinese and ISO date strings -> ISO 8601 at the precision the page gives.

Forms read: ISO 8601 (2025-10-16T20:02:18+08:00), 2019-09-07 13:43:45, 2019/09/07 13:43, 2019.09.07, a clock
before the day (14:36 2018/07/27, as some Hong Kong date rows print it),
2023年2月11日 09:12 (a weekday or 上午 / 下午 / PM may stand before the time: 2024年5月9日 星期四 下午10:27), 7/5/2005 9:23:57 PM (month first, as servers with an English locale print it; day first
when the first number cannot be a month), 2月11日 (year from context), 02-11 09:12 (year from context), 昨天 10:20, 前天,
3小时前 / 5分钟前 / 2天前 / 刚刚 (against a reference time). A Chinese page without an offset is Beijing
time, +08:00.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

BEIJING = timezone(timedelta(hours=8))

_ISO = re.compile(
    r"(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:(?:T|\s+)(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?"
    r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
)
# A zone of UTC+8 named between a date and its time (2023-06-12 HKT 10:25, 北京時間): the time is read as printed.
_ZONE_8 = r"(?:HKT|SGT|CST|(?:GMT|UTC)\s*\+\s*0?8(?::?00)?|(?:北京|香港|台北|臺北|澳门|澳門|新加坡)[时時][间間])"
# Between the date and the time a page may print the weekday (星期四, 周四), a zone of UTC+8 and the half of a
# 12-hour clock (下午 10:27, as Hong Kong and Taiwan pages print it; PM).
_FULL = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*(?:[年/.-])\s*(?P<m>\d{1,2})\s*(?:[月/.-])\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*(?:[（(]?(?:星期|周|礼拜)[一二三四五六日天][)）]?)?\s*(?:" + _ZONE_8 + r")?\s*(?P<half>上午|下午|中午|晚上|晚间|凌晨|早上|[AaPp]\.?[Mm]\.?)?"
    r"\s*(?:[T ]|\s)?\s*(?P<H>\d{1,2})\s*[:：时]\s*(?P<M>\d{1,2})(?:\s*[:：分]\s*(?P<S>\d{1,2}))?"
    # or the half after the time, as English-locale templates print it (2023年6月12日 06:05PM) and WordPress themes
    # in Chinese (2022年11月3日 6:27 下午)
    r"(?:\s?(?P<after>[AaPp]\.?[Mm]\.?(?![A-Za-z])|上午|下午|中午|晚上|晚间|凌晨|早上))?)?"
)
# Halves of the day whose hours 1-11 are afternoon or evening ones.
_AFTERNOON = frozenset({"下午", "晚上", "晚间", "中午"})
_MONTH_DAY = re.compile(
    r"(?<!\d)(?P<m>\d{1,2})\s*(?:月|-|/)\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s+(?P<H>\d{1,2})\s*[:：]\s*(?P<M>\d{2})(?:\s*[:：]\s*(?P<S>\d{2}))?)?(?!\d)"
)
# Year last: month/day/year with an optional 12-hour clock (IIS / ASP pages, NetEase's channel lists).
_YEAR_LAST = re.compile(
    r"(?<![\d/.])(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>(?:19|20)\d{2})(?!\d)"
    r"(?:\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?:\s*(?P<half>[AaPp])\.?[Mm]\.?)?)?"
)
# The C library's stamp (Sat Jul 17 21:05:32 2010), as a bulletin board's server line prints a post's time (发信站:
# 某某社区 (Sat Jul 17 21:05:32 2010)), in the board's own time: the weekday before the month makes it that form.
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_STAMP = re.compile(
    r"(?<![A-Za-z])(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(?P<mon>" + "|".join(_MONTHS) + r")\s+(?P<d>\d{1,2})\s+"
    r"(?P<H>\d{1,2}):(?P<M>\d{2}):(?P<S>\d{2})\s+(?P<y>(?:19|20)\d{2})(?!\d)"
)
# Unix seconds (10 digits) or milliseconds (13), as script data and hidden fields carry a publish time.
UNIX_TIME = re.compile(r"^\d{10}(?:\d{3})?$")
# A unix time outside these bounds is not a publish time (a zero, a counter).
_EARLIEST = datetime(1995, 1, 1, tzinfo=BEIJING)
_LATEST = datetime(2099, 12, 31, tzinfo=BEIJING)
_RELATIVE = re.compile(r"(?P<n>\d{1,3})\s*(?P<unit>秒|分钟|小时|天)前|(?P<now>刚刚)")
_DAY_WORD = re.compile(r"(?P<w>今天|昨天|前天)\s*(?:(?P<H>\d{1,2})\s*[:：]\s*(?P<M>\d{2}))?")


def _valid(y: int, m: int, d: int, hh: int = 0, mm: int = 0, ss: int = 0) -> bool:
    try:
        datetime(y, m, d, hh, mm, ss)
    except ValueError:
        return False
    return True


def _format(y: int, m: int, d: int, hh: str | None, mm: str | None, ss: str | None, tz: str | None = None) -> str:
    out = f"{y:04d}-{m:02d}-{d:02d}"
    if hh is None or mm is None:
        return out
    out += f"T{int(hh):02d}:{int(mm):02d}"
    if ss is not None:
        out += f":{int(ss):02d}"
    if tz is None:
        return out + "+08:00"
    if tz == "Z":
        return out + "+00:00"
    tz = tz if ":" in tz else f"{tz[:3]}:{tz[3:]}"
    return out + tz


def parse_date(text: str, *, year: int | None = None, now: datetime | None = None) -> str | None:
    """Return the first date in `text` as ISO 8601, or None.

    Args:
        text: a short string holding a date (a meta value, an info line).
        year: the year to assume for a date that omits it (02-11 09:12).
        now: the reference time for relative dates (3小时前, 昨天); without it they give None.
    """
    if not text:
        return None
    text = text[:400]
    found = _absolute(text)
    if found is None and now is not None:
        found = _relative(text, now)
    if found is None and year is not None:
        match = _MONTH_DAY.search(text)
        found = _from_match(match, year) if match else None
    return found


# A date row's date printed short: a two-digit year or none (18-03-08 23:16, 10-08 12:00), digits only, as
# mobile and self-media templates print it. Without a time after it, a label before it must say it is a time.
_SHORT = re.compile(
    r"(?<![\d/.:-])(?:(?P<y>\d{2})-)?(?P<m>\d{1,2})(?P<sep>[-/])(?P<d>\d{1,2})(?![\d/.:-])"
    r"(?:\s*(?P<H>\d{1,2})[:：](?P<M>\d{2})(?:[:：](?P<S>\d{2}))?(?!\d))?"
)
# A label of the time right before a short date (发布时间：). Each run of spaces here and in _UPDATED_LABEL has one
# place to fall: two runs side by side (\s*[:：]?\s*$) split a long one in every way before failing.
_TIME_LABEL = re.compile(r"(?:时间|日期|发布|发表)\s*(?:[:：]\s*)?$")
# Words that label when a page was updated, not published (更新时间：, 修订于, 最后编辑：): a short date after one
# is no publish time, and a meta tag's time stands beside a row that prints one (date_sources._as_printed).
UPDATE_WORDS: tuple[str, ...] = ("更新", "修改", "修订", "最后编辑")
# The same in English and with the page-edit verbs a byline prints (Updated, Last modified, Edited): a page's words
# for its update time, in any language it labels one.
UPDATE_TERMS: tuple[str, ...] = (*UPDATE_WORDS, "updated", "modified", "edited")
# The row's update time is no publish time.
_UPDATED_LABEL = re.compile(rf"(?:{'|'.join(UPDATE_WORDS)})(?:时间|于)?\s*(?:[:：]\s*)?$")


def parse_short_date(text: str, reference: str) -> str | None:
    """The first date of `text` printed without its century or year (18-03-08 23:16, 发布时间：10-08 12:00), read
    as the latest such date not after `reference` (ISO 8601: a time the page was updated, never before it was
    published), or None.

    Only digits with a dash (a slash too for month and day alone) count, followed by a time of day or preceded
    by a label of time (发布时间：): a bare 5-8 in a sentence is a score or a range.
    """
    limit = _reference_day(reference)
    if limit is None:
        return None
    for match in _SHORT.finditer(text[:400]):
        before = text[: match.start()]
        if (match["H"] is None and not _TIME_LABEL.search(before)) or _UPDATED_LABEL.search(before):
            continue
        found = _latest_before(match, limit)
        if found is not None:
            return found
    return None


def _reference_day(reference: str) -> tuple[int, int, int] | None:
    match = _ISO.match(reference.strip())
    return (int(match["y"]), int(match["m"]), int(match["d"])) if match else None


def _latest_before(match: re.Match[str], limit: tuple[int, int, int]) -> str | None:
    """The match's date in the latest year (of the century its two digits name, if printed) not after `limit`."""
    month, day = int(match["m"]), int(match["d"])
    if match["y"] is not None:
        years = [century + int(match["y"]) for century in (limit[0] // 100 * 100, limit[0] // 100 * 100 - 100)]
    else:
        years = [limit[0], limit[0] - 1]
    for year in years:
        if _valid(year, month, day) and (year, month, day) <= limit:
            hour = match["H"] if match["H"] is not None and _valid(year, month, day, int(match["H"]), int(match["M"])) else None
            return _format(year, month, day, hour, match["M"], match["S"])
    return None


def _absolute(text: str) -> str | None:
    """The first ISO 8601 date, else the first full Chinese or numeric date, else a year-last date, else a C library
    stamp, of `text`."""
    iso_match = _ISO.search(text)
    iso = _from_match(iso_match) if iso_match else None
    if iso and len(iso) > 10:
        return iso
    # An ISO date without its time may still have one after a weekday or a 上午 / 下午 (the fuller reading).
    match = _FULL.search(text)
    full = _from_match(match) if match else None
    if match and full and (iso is None or full.startswith(iso)):
        return _clock_before(text, match.start(), full)
    if iso_match and iso:
        return _clock_before(text, iso_match.start(), iso)
    match = _YEAR_LAST.search(text)
    if match:
        return _year_last(match)
    stamp = _STAMP.search(text)
    return _stamped(stamp, text[stamp.end() :]) if stamp else None


# A zone abroad named right after a time (…2009, 美东), by the names Chinese boards and sites overseas print: the
# time is that zone's, with its summer time (zoneinfo), and is given in Beijing time as every other.
_ZONES = {
    "美东": "America/New_York", "美国东部": "America/New_York", "美國東部": "America/New_York", "EST": "America/New_York",
    "EDT": "America/New_York", "美中": "America/Chicago", "美西": "America/Los_Angeles",
    "美国西部": "America/Los_Angeles", "美國西部": "America/Los_Angeles", "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles",
}
_FOREIGN_ZONE = re.compile(r"[\s,，(（]*(?P<zone>" + "|".join(_ZONES) + r")")


def _stamped(match: re.Match[str], after: str) -> str | None:
    """A C library stamp's match as ISO 8601, or None when its day is impossible; in Beijing time where the zone
    printed right `after` it is another (a board abroad: (Mon Sep 14 22:41:07 2009, 美东))."""
    y, m, d = int(match["y"]), _MONTHS.index(match["mon"]) + 1, int(match["d"])
    if not _valid(y, m, d, int(match["H"]), int(match["M"]), int(match["S"])):
        return None
    zone = _FOREIGN_ZONE.match(after)
    if zone is None:
        return _format(y, m, d, match["H"], match["M"], match["S"])
    local = datetime(y, m, d, int(match["H"]), int(match["M"]), int(match["S"]), tzinfo=ZoneInfo(_ZONES[zone["zone"]]))
    return local.astimezone(BEIJING).isoformat()


# A clock printed before its day (14:36 2018/07/27), as some Hong Kong date rows print it: only spaces between
# them, and nothing before the clock that makes it part of another number.
_CLOCK_BEFORE = re.compile(r"(?<![\d:：./-])(?P<H>\d{1,2})[:：](?P<M>\d{2})(?:[:：](?P<S>\d{2}))?\s+$")


def _clock_before(text: str, start: int, day: str) -> str:
    """`day` (a date alone, found at `start` in `text`) with the time of day printed right before it, if any."""
    if len(day) != 10:
        return day
    clock = _CLOCK_BEFORE.search(text, 0, start)
    y, m, d = int(day[:4]), int(day[5:7]), int(day[8:10])
    if clock is None or not _valid(y, m, d, int(clock["H"]), int(clock["M"]), int(clock["S"] or 0)):
        return day
    return _format(y, m, d, clock["H"], clock["M"], clock["S"])


def _year_last(match: re.Match[str]) -> str | None:
    """A month/day/year match as ISO 8601 (day/month/year when the first number cannot be a month)."""
    y, m, d = int(match["y"]), int(match["m"]), int(match["d"])
    if m > 12 >= d:
        m, d = d, m
    if not _valid(y, m, d):
        return None
    hour = match["H"]
    if hour is not None and match["half"]:
        clock = int(hour) % 12 + (12 if match["half"] in "Pp" else 0)
        hour = str(clock) if int(hour) <= 12 else None
    if hour is None or not _valid(y, m, d, int(hour), int(match["M"])):
        return f"{y:04d}-{m:02d}-{d:02d}"
    return _format(y, m, d, hour, match["M"], match["S"])


def _from_match(match: re.Match[str], year: int | None = None) -> str | None:
    """A date match as ISO 8601: the date alone when its time is impossible, None when the date is."""
    groups = match.groupdict()
    y = year if year is not None else int(match["y"])
    m, d = int(match["m"]), int(match["d"])
    if not _valid(y, m, d):
        return None
    hour = _clock(match["H"], groups.get("half") or groups.get("after"))
    if hour is not None and not _valid(y, m, d, int(hour), int(match["M"])):
        return f"{y:04d}-{m:02d}-{d:02d}"
    return _format(y, m, d, hour, match["M"], match["S"], groups.get("tz"))


def _clock(hour: str | None, half: str | None) -> str | None:
    """The hour on a 24-hour clock: 下午 / PM 1-11 are 13-23, 上午 / AM 12 is 0 (None without an hour)."""
    if hour is None or not half:
        return hour
    afternoon = half in _AFTERNOON or half[0] in "Pp"
    if afternoon and 1 <= int(hour) < 12:
        return str(int(hour) + 12)
    if not afternoon and int(hour) == 12 and half[0] in "Aa上":
        return "0"
    return hour


def _relative(text: str, now: datetime) -> str | None:
    try:
        return _relative_to(text, (now if now.tzinfo else now.replace(tzinfo=UTC)).astimezone(BEIJING))
    except OverflowError:  # a reference time near datetime.min / max: no date rather than a crash
        return None


def _relative_to(text: str, local: datetime) -> str | None:
    match = _RELATIVE.search(text)
    if match:
        if match["now"]:
            when = local
        else:
            n = int(match["n"])
            unit = match["unit"]
            delta = {"秒": timedelta(seconds=n), "分钟": timedelta(minutes=n), "小时": timedelta(hours=n)}.get(
                unit, timedelta(days=n)
            )
            when = local - delta
        # isoformat, not strftime: strftime("%Y") prints year 1 as "1", not "0001".
        if match["unit"] == "天":
            return when.date().isoformat()
        return when.isoformat(timespec="minutes")
    match = _DAY_WORD.search(text)
    if match:
        back = {"今天": 0, "昨天": 1, "前天": 2}[match["w"]]
        day = (local - timedelta(days=back)).date()
        if match["H"] is not None and _valid(day.year, day.month, day.day, int(match["H"]), int(match["M"])):
            return f"{day.isoformat()}T{int(match['H']):02d}:{match['M']}+08:00"
        return day.isoformat()
    return None


def from_unix(raw: str) -> str | None:
    """Unix seconds (10 digits) or milliseconds (13) as Beijing time, when within the plausible years."""
    moment = datetime.fromtimestamp(int(raw[:10]), BEIJING)
    return moment.isoformat() if _EARLIEST <= moment <= _LATEST else None
