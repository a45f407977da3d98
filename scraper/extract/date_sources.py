"""The sources of a page's publish time (`candidates.SOURCES`): meta tags and script data, the dates printed
under the headline or near it, htmldate's reading; a date alone gains the time another source prints that day.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from . import bulletin, dom, meta, published, script_dates
from .article_lists import FULL_DATE
from .dates import BEIJING, UPDATE_TERMS, parse_date
from .fields import PRECEDENCE, Fields
from .source_readings import meta_reader, own_heading, short_texts_of, title_of

if TYPE_CHECKING:
    from .candidates import Evidence


def meta_date(evidence: Evidence) -> Fields:
    """The publish time a meta tag or JSON-LD states; a date alone gains the time printed for that day."""
    raw = meta.published_meta(evidence.page.root, meta_reader(evidence))
    value = parse_date(raw, now=evidence.page.now) if raw else None
    value = _finer(evidence, value, ("headline-date", "stated-date", "dom-date", "script-date"))
    return Fields(published_at=_as_printed(evidence, _printed_without_year(evidence, value)))


def _as_printed(evidence: Evidence, value: str | None) -> str | None:
    """`value` (a meta tag's time), or the time printed under the headline for the same day when the two
    differ at the minute: the page shows its readers the printed one, and a tag may be stamped by another
    step of publishing (the minute it was filed, pushed or indexed). On another day the printed time wins
    only when the page's script data states the same minute under a key that names publishing: two of the
    page's own statements against the tag's."""
    shown = _printed_time(evidence)
    if value is None or shown is None or len(value) <= 10 or len(shown) <= 10:
        return value
    # A row that prints when the page was updated (更新时间：…) before any other time may print no publish time
    # at all; one that prints the publish time first (发布时间：… 更新时间：…) shows it.
    if _update_first(published.line_under(own_heading(evidence)) or ""):
        return value
    zone = _zone_abroad(value)
    if zone is not None and value[:16] == shown[:16]:
        # The row prints the clock of the zone the tag states (a paper abroad, its own clock and no zone named):
        # the row's moment read in that zone, given in Beijing time as every other, to the row's precision.
        moment = datetime.fromisoformat(shown).replace(tzinfo=zone).astimezone(BEIJING)
        return moment.isoformat(timespec="seconds" if shown[16:17] == ":" else "minutes")
    if published.same_day_other_minute(value, shown):
        return shown
    if published.same_minute(value, shown):
        return value
    stated = evidence.read("script-time")
    return shown if stated is not None and stated.published_at and published.same_minute(stated.published_at, shown) else value


_UPDATE_LABEL = re.compile("|".join(UPDATE_TERMS), re.IGNORECASE)


def _zone_abroad(value: str) -> tzinfo | None:
    """The zone an ISO 8601 date-time states when it is neither Beijing's nor UTC, else None. Home CMSs stamp
    Beijing clocks as UTC (Z, +00:00) by mistake; another offset is stated on purpose, by a site keeping its own
    zone's clock."""
    try:
        stated = datetime.fromisoformat(value)
    except ValueError:
        return None
    offset = stated.utcoffset()
    return stated.tzinfo if offset is not None and offset not in (_UTC, _BEIJING_OFFSET) else None


_UTC = timedelta(0)
_BEIJING_OFFSET = timedelta(hours=8)


def _update_first(line: str) -> bool:
    """Whether the row's first full date is its update time: an update label before it (the date the headline
    reading takes is the row's first)."""
    first = FULL_DATE.search(line)
    return bool(_UPDATE_LABEL.search(line[: first.start()] if first else line))


def _printed_without_year(evidence: Evidence, value: str | None) -> str | None:
    """A date-only `value` with the time the byline row prints for the same day without its year
    (发布时间：10-17 21:48, the year only in a meta tag or the URL)."""
    if value is None or len(value) != 10:
        return value
    line = published.line_under(own_heading(evidence)) or ""
    printed = parse_date(line, year=int(value[:4]))
    return printed if printed and len(printed) > 10 and printed.startswith(value) else value


def _finer(evidence: Evidence, value: str | None, names: tuple[str, ...]) -> str | None:
    """A date-only value with the time another source prints for the same day, else the clock a row beside the
    headline prints for today (published.today_clock)."""
    if value is None or len(value) != 10:
        return value
    finer = (evidence.read(name) for name in names)
    found = published.refine(value, *(fields.published_at for fields in finer if fields is not None))
    if found is None or len(found) != 10:
        return found
    clock = _labelled_clock(evidence) or _foot_clock(evidence.page.text, found)
    return published.today_clock(own_heading(evidence), found) or (f"{found}T{clock}+08:00" if clock else found)


# A post's foot row: its date and time, then the post's counters (2006年11月03日 22:17 | 阅读(86) | 评论(3)), as
# blogs print it under the text while the day alone heads the post; tags and separators may stand between.
_COUNTERS = ("阅读", "閱讀", "浏览", "瀏覽", "点击", "點擊", "评论", "評論", "引用")
_FOOT_ROW = re.compile(
    r"(?P<day>(?:19|20)\d{2}\s*[年/.-]\s*\d{1,2}\s*[月/.-]\s*\d{1,2})\s*日?\s*(?P<clock>\d{1,2}[:：]\d{2})(?![\d])"
    rf"(?:[:：]\d{{2}})?(?:\s|[|｜丨]|&nbsp;|<[^<>]{{0,80}}>){{0,6}}(?:{'|'.join(_COUNTERS)})"
)


def _foot_clock(text: str, day: str) -> str | None:
    """The one clock the page's foot rows of a post print for `day`, or None (none, or several: a list's)."""
    if not any(counter in text for counter in _COUNTERS):
        return None
    clocks = {
        row["clock"].replace("：", ":").zfill(5)
        for row in _FOOT_ROW.finditer(text)
        if parse_date(row["day"]) == day
    }
    return clocks.pop() if len(clocks) == 1 else None


# The labels of a clock printed without its day, asked of the page first (a substring test is cheap).
_CREATED_LABELS = ("发表时间", "发布时间", "發表時間", "發佈時間", "發布時間", "发布于", "发表于", "發佈於", "發表於", "Posted by",
                   "posted by")


def _labelled_clock(evidence: Evidence) -> str | None:
    """The one clock ("21:37") the page labels as its publishing time without a day (a blog prints the day over its
    post and 发表时间：21:37 under it), or None: several such clocks are a list's, not the article's. Read once per
    page: the headline's, the DOM's and a day-only date's readings all ask it."""
    return evidence.once("labelled_clock", lambda _root: _one_labelled_clock(evidence.page.text))


def _one_labelled_clock(text: str) -> str | None:
    if not any(label in text for label in _CREATED_LABELS):
        return None
    clocks = {clock.zfill(5) for pattern in (_CREATED_CLOCK, _POSTED_CLOCK) for clock in pattern.findall(text)}
    return clocks.pop() if len(clocks) == 1 else None


def headline_date(evidence: Evidence) -> Fields:
    """The first date printed under the headline (published.headline_date), unless the page labels its clock as
    the update's and prints the creation's beside it (`_created_not_updated`), or labels its publishing clock
    without a day (`_off_labelled_clock`)."""
    value = published.date_under(own_heading(evidence), evidence.page.now)
    value = _finer(evidence, _off_labelled_clock(evidence, value), ("dom-date", "script-date", "attribute-time"))
    return Fields(published_at=_created_not_updated(evidence.page.text, value))


# Clocks a page labels without a day (建立時間：14:56 … 更新時間：18:46, as instant-news pages close the text).
# A blog's post row labels it as posted at (发布于 22:14), the day in its permalink or a date block above.
_CREATED_CLOCK = re.compile(
    r"(?:建立|创建|創建|发布|發佈|發布|发表|發表)(?:(?:时间|時間)\s*[:：]|于|於)\s*(\d{1,2}:\d{2})(?![\d:])"
)
# A blog's footer prints its poster and the clock alone the same way (Posted by 某某 at 21:47:08).
_POSTED_CLOCK = re.compile(r"[Pp]osted by [^\n|<>]{1,30}? at (\d{1,2}:\d{2})(?::\d{2})?(?![\d:])")
_UPDATED_CLOCK = re.compile(r"(?:更新|修改)(?:时间|時間)\s*[:：]\s*(\d{1,2}:\d{2})(?![\d:])")
# The update labels themselves, asked of the page first: a plain substring test is many times cheaper than the
# pattern's scan of the whole page, and most pages print none.
_UPDATE_LABELS = ("更新时间", "更新時間", "修改时间", "修改時間")


def _created_not_updated(text: str, value: str | None) -> str | None:
    """`value` (the row's unlabelled time) on the clock the page labels as created, when the page labels the
    row's clock as the update's: the row shows when the page last changed, not when it ran."""
    if value is None or len(value) <= 10 or not any(label in text for label in _UPDATE_LABELS):
        return value
    updated = _UPDATED_CLOCK.search(text)
    if updated is None or value[11:16] != updated.group(1).zfill(5):
        return value
    created = _CREATED_CLOCK.search(text)
    clock = created.group(1).zfill(5) if created is not None else value[11:16]
    zone = value[-6:] if value[-6] in "+-" else "+08:00"
    return value if clock == value[11:16] else f"{value[:10]}T{clock}{zone}"


def attribute_time(evidence: Evidence) -> Fields:
    """The publish time a data attribute named for it states (published.attribute_time): it gives a date printed
    alone its time of day."""
    return Fields(published_at=published.attribute_time(evidence.page.root))


def stated_date(evidence: Evidence) -> Fields:
    """The time a <time> element under the headline states in its datetime attribute (published.stated_time_under)."""
    return Fields(published_at=published.stated_time_under(own_heading(evidence)))


def short_date(evidence: Evidence) -> Fields:
    """A date printed under the headline without its year (发布时间：10-08 12:00) or century (18-03-08), its year
    from the time the page says it was updated, else from the day its address files it under (a portal files an
    article the day it publishes it; published.short_date_under)."""
    updated = meta.modified_meta(evidence.page.root, meta_reader(evidence)) or published.url_day(evidence.page.page_url)
    return Fields(published_at=published.short_date_under(own_heading(evidence), updated))


def script_date(evidence: Evidence) -> Fields:
    """A publish time in inline script data (script_dates.script_date); a date alone gains the clock a row beside
    the headline prints for today."""
    return Fields(published_at=_finer(evidence, script_dates.script_date(evidence.page.root, title_of(evidence)), ()))


def script_time(evidence: Evidence) -> Fields:
    """A publish time with its time of day under a key of the page's script data that names publishing
    (pubtime, publishTime, ptime …; not the bare `time`): the page's own statement, as a meta tag is, where a
    date printed without a label under the headline or in a time-named box may be another's (a match's
    start, a reply's, a related article's). So is a time in the hidden fields a script prints the article from
    (script_dates.stored_date)."""
    title, root = title_of(evidence), evidence.page.root
    value = script_dates.script_date(root, title, named=True, created=False) or script_dates.stored_date(root, title)
    value = value or _created_unless_printed(evidence, script_dates.script_date(root, title, named=True))
    return Fields(published_at=value if value and "T" in value else None)


def _created_unless_printed(evidence: Evidence, value: str | None) -> str | None:
    """A time under a script key for the record's creation (createTime, ctime), unless the row under the headline
    prints another minute of the same day: a CMS or a video store stamps the record when it is made, and the
    page shows its readers when the article ran, as with a meta tag's time (meta_date)."""
    shown = _printed_time(evidence)
    if value and shown and len(shown) > 10 and published.same_day_other_minute(value, shown):
        return None
    return value


def _printed_time(evidence: Evidence) -> str | None:
    """The time printed under the headline (the `headline-date` reading), or None."""
    printed = evidence.read("headline-date")
    return printed.published_at if printed is not None else None


def hover_date(evidence: Evidence) -> Fields:
    """The publish time a date row shows on hover (published.hover_date)."""
    return Fields(published_at=published.hover_date(evidence.page.root, evidence.page.page_url))


def stats_date(evidence: Evidence) -> Fields:
    """The time of the page's one stats row, a views count beside it (published.stats_row_date): a blog post's row
    under the post, where the page prints its time nowhere else."""
    return Fields(published_at=published.stats_row_date(evidence.once("stats_row", published.stats_row)))


def library_date(evidence: Evidence) -> Fields:
    """htmldate's reading of the original publish date (published.library_date)."""
    value = published.library_date(evidence.page.root, evidence.page.url)
    return Fields(published_at=_finer(evidence, _printed_without_year(evidence, value), ()))


def post_stamp(evidence: Evidence) -> Fields:
    """The server's stamp on a bulletin board post (发信站: 某某社区 (Sat Jul 17 21:05:32 2010); bulletin.py)."""
    return Fields(published_at=bulletin.post_stamp(evidence.page.root))


def url_date(evidence: Evidence) -> Fields:
    """The day the page's address files it under (published.url_day): where the page prints no date of its own."""
    return Fields(published_at=published.url_day(evidence.page.page_url))


def on_filed_day(evidence: Evidence, fields: Fields) -> Fields:
    """`fields` with a publish time on the day the page's address files it under (published.url_day).

    A portal files an article under the day it publishes it, so a settled time on another day was read from
    something else on the page (a list of other articles, a copyright year, a clock in the header): the first
    source in the publish time's precedence that gives a time on the filed day takes its place (the filed day
    alone, from `url-date`, when no source gives a time that day). A time stated with its offset is on the filed
    day as written or in Beijing (published.on_day).
    """
    day = published.url_day(evidence.page.page_url)
    if day is None or not fields.published_at or published.on_day(fields.published_at, day):
        return fields
    if _stated_twice(evidence, fields.published_at[:10]):
        return fields
    # `url-date` is in that precedence and gives the filed day itself, so the search ends there at the latest.
    readings = (evidence.read(source) for source in PRECEDENCE["published_at"])
    values = (reading.published_at for reading in readings if reading is not None and reading.published_at)
    return replace(fields, published_at=next((value for value in values if published.on_day(value, day)), day))


def _stated_twice(evidence: Evidence, day: str) -> bool:
    """Whether the page's meta tags and the row under its headline both state `day`: two of the page's own
    statements of its publish day, which a list of other articles, a copyright year or a header clock never
    are together. The address then files the page under a later step (the day it went online, a school's or
    an office's news page posting an article days after it was dated), and the stated day stands."""
    readings = (evidence.read(source) for source in ("meta-date", "headline-date"))
    values = [reading.published_at if reading is not None else None for reading in readings]
    return all(value is not None and published.on_day(value, day) for value in values)


def dom_date(evidence: Evidence) -> Fields:
    """A date printed near the headline (dom.dom_date); a date alone gains the time script data gives that day."""
    page = evidence.page
    value = dom.dom_date(page.root, now=page.now, texts=short_texts_of(evidence), url=page.page_url)
    return Fields(published_at=_finer(evidence, _off_labelled_clock(evidence, value), ("script-date",)))


def _off_labelled_clock(evidence: Evidence, value: str | None) -> str | None:
    """A full `value` moved to the one clock the page labels as its publishing time without a day, when it prints
    another clock of that day: a blog labels its post's clock (发表时间：21:37) and dates its comments in full (发表于
    2007-05-14 22:05), which a date read by its label alone takes for the post's."""
    if value is None or len(value) <= 10:
        return value
    clock = _labelled_clock(evidence)
    return f"{value[:10]}T{clock}+08:00" if clock is not None and clock != value[11:16] else value


__all__ = ["attribute_time", "dom_date", "headline_date", "hover_date", "library_date", "meta_date", "on_filed_day", "script_date", "script_time",
           "short_date", "stated_date", "stats_date", "url_date"]
