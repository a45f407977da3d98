"""The day of a meeting: the date forms of an opening sentence and the ISO day they give.

An opening prints its day as "2023年2月11日", "2月11日", a relative day (今天, 昨天) or the day of the meeting
reported before (当天); `read_day` reads which, and `resolve_date` turns it into YYYY-MM-DD with the year from
the sentence, the publish date or the title. The patterns are shared with the opening's name and the people's
acts, which strip the day printed around a name.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .terms import RELATIVE_DAYS, SAME_DAY

if TYPE_CHECKING:
    from .openings import Opening

# Numbers of a date in either kind of numerals, as reports print them: 3月5日 or 三月五日, 十四日, 二〇二三年.
MONTH_OR_DAY = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
YEAR = r"(?:\d{4}|[〇零一二三四五六七八九]{4})"
# A typesetter may pad the numbers with spaces (9 月 28 日, 2023 年 9 月 28 日).
DAY_TEXT = rf"(?:{YEAR} ?年 ?)?{MONTH_OR_DAY} ?月 ?{MONTH_OR_DAY} ?日"
DATE = re.compile(rf"(?:({YEAR}) ?年 ?)?({MONTH_OR_DAY}) ?月 ?({MONTH_OR_DAY}) ?日")
# The part of the day a report may print after its day (上午, 晚间 …), or nothing.
DAY_PART = r"(?:上午|下午|晚上|晚间|早上|晚)?"
LEADING_DATE = re.compile(rf"^(?:{DAY_TEXT}|近日|日前|近期|今天|今日|昨天|昨日|前天|当天|当日|同日){DAY_PART}")
_DIGITS = "〇一二三四五六七八九"
# The day and time printed between a speaker and the setting of his speech: "习近平21日", "王明3月5日上午", "卡恩14号"
# "李强今天下午" (empty when none is printed).
SPOKEN_DAY = (
    rf"(?:(?:{YEAR}年)?(?:{MONTH_OR_DAY}月)?{MONTH_OR_DAY}[日号]|(?:今天|今日|昨天|昨日|当天|当日|同日)"
    # A spoken day may print its date after it in brackets: "今天（4月28日）".
    rf"(?:[（(](?:{MONTH_OR_DAY}月)?{MONTH_OR_DAY}[日号][）)])?|近日|日前)?"
    + DAY_PART
)
# A time of day as reports print it: "9时", "9点", "4时30分", "9点半", and on a clock "4:30" / "14：30" (whose colon
# breaks no clause).
CLOCK = r"\d{1,2}(?:[时点](?:\d{1,2}分|半)?|[:：]\d{2})"
# A day or time printed after the meeting's name: "…会议12月3日", "…大会今天（15日）", "…大会今天（2月19日）",
# "…论坛11日上午9时", "…会议6月9日晚", "…大会5月14日下午 4:30", "…论坛5日至7日" (a span that starts now, "今日起至10日", announces the meeting: it opens none).
TRAILING_DAY = re.compile(
    r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[月号日](?:至|到|—|－|-|晚)?|今天|今日|昨天|昨日|当天|当日|同日|日前|近日|近期|当地时间|"
    r"上午|下午|晚上|晚间|早上|"
    rf"{CLOCK}|[（(](?:{MONTH_OR_DAY}月)?{MONTH_OR_DAY}[日号][）)]|\s)+$"
)
# A sentence's first clause that ends with its day ("3月5日上午，", "今天下午，", "近日，"), after a reporter's credit
# ("（记者 李四）1月15日，") or a headline glued before the body ("…要闻速递(记者 李四)1月15日，"): the subject of the
# sentence follows it.
DAY_CLAUSE = re.compile(
    rf"[^，,。；;：:！？!?\n]{{0,40}}?(?:{DAY_TEXT}|今天|今日|昨天|昨日|近日|日前|近期|当天|当日|同日)"
    rf"{DAY_PART}(?:{CLOCK})?[，,]\s*"
)
_YEAR = re.compile(r"((?:19|20)\d{2})年")


def read_day(sentence: str, body: int) -> tuple[tuple[int | None, int, int] | None, int | None, bool]:
    """The day an opening sentence prints, from `body` (after a glued headline) first: (year or None, month,
    day), else the offset of a relative day ("昨天" = -1), else whether it repeats the day before ("当天")."""
    match = DATE.search(sentence, body) or DATE.search(sentence)
    if match is not None:
        year = number(match.group(1)) if match.group(1) else None
        return (year, number(match.group(2)), number(match.group(3))), None, False
    relative = next((offset for word, offset in RELATIVE_DAYS.items() if word in sentence), None)
    return None, relative, any(word in sentence for word in SAME_DAY)


def number(numeral: str) -> int:
    """A date's number as printed: digits (2023, 14), a year digit by digit (二〇二三), or a count to 99 (十四, 二十一)."""
    if numeral.isdecimal():
        # Any decimal digits: the full-width ones of a broadcast transcript (３月５日) too.
        return int(numeral)
    if "十" not in numeral:
        return int("".join(str(_DIGITS.index("〇" if char == "零" else char)) for char in numeral))
    tens, _, ones = numeral.partition("十")
    return (_DIGITS.index(tens) if tens else 1) * 10 + (_DIGITS.index(ones) if ones else 0)


def resolve_date(opening: Opening, published_at: str | None, title: str | None,
                 previous: str | None) -> str | None:
    """The meeting day as YYYY-MM-DD, the year taken from the sentence, else the publish date, else the title."""
    published = _published_day(published_at)
    if opening.same_day:
        return previous
    if opening.relative is not None:
        return (published + timedelta(days=opening.relative)).isoformat() if published else None
    if opening.day is None:
        return None
    year, month, day = opening.day
    if year is None and published is not None:
        # A report follows its meeting: a day later in the year than the publish date is last year's.
        year = published.year - 1 if (month, day) > (published.month, published.day) else published.year
    if year is None and title:
        match = _YEAR.search(title)
        year = int(match.group(1)) if match else None
    if year is None:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _published_day(published_at: str | None) -> date | None:
    if not published_at:
        return None
    try:
        return date.fromisoformat(published_at[:10])
    except ValueError:
        return None
