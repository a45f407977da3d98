"""Body lines -> body lines without the page chrome a container or trafilatura swept in.

The generic path's readings (density.py, trafilatura) pick a container; on pages no rule was written for
that container often also holds what follows the article: other articles' headlines (with their dates or
summaries), comment and vote widgets, promo blocks, the date/source row and the breadcrumb above the
headline. None of that is named here by a site's literal text. Each line is classed by general signals:

1. link text: the line is (mostly) the text of links on the page — another article's headline, a channel;
2. list item: a short line that ends in a date or starts with a time (14:22 …: a rolling news row), or starts
   with a rank number or list bullet (a headline list);
3. widget: comment / vote / share / follow / reply vocabulary in a short line;
4. metadata: a short line holding a full date with a byline label (the date/source row), a poster's name
   and time, a breadcrumb or location bar, the headline itself, a bare number;
5. prose: what is left and reads as sentences (sentence punctuation or length).

Then, in order: leading chrome before the first prose line goes; from a recommendation heading (相关推荐,
重点推荐, 热点新闻, 往期推荐, an END mark …) or a start of comments onward everything goes when what follows
is mostly chrome — where prose enclosed by chrome, three times or more, counts as chrome: the teaser of
another article's card (headline, teaser, date) and a reader's comment (poster and time, comment, reply
and vote widgets) have that shape, an article's paragraphs follow one another; after the author's END mark
(- END -, - THE END -) everything goes even when it is prose, unless it holds more text than the article above it;
trailing chrome and a trailing run of short lines after the last prose line go; in between, lines that are
link text or widgets go.

Each line's kind is read in `line_kinds.py` (with the word tests of `notices.py`); the steps over the kinds are
here.
"""

from __future__ import annotations

import re

from ..hanzi import simplified
from .body import section_numerals
from .inserts import SENTENCE_END
from .labels import byline_names
from .line_kinds import CHROME, END_MARK, SENTENCE, Kind, classify, is_poster_row, is_signed_row
from .notices import (
    is_follow_call,
    is_prompt_line,
    is_summary_label,
    line_key,
    opens_with_editors_note,
    opens_with_summary_label,
    without_references,
)
from .terms import AD_SLOT_LABEL, CARD_FIELD, announces

__all__ = ["clean_lines", "without_end_mark"]

# The label of a summary a model wrote for the platform (AI速读, AI摘要, 某某AI快讯), opening the line it heads.
_MACHINE_SUMMARY = re.compile(r"^[^，。：:]{0,4}AI(?:速读|摘要|导读|总结|快讯|概要|提炼)")
# A short line that introduces what follows it.
_LEAD_IN = re.compile(r"^.{1,16}[:：]$")

# A tail after the article is chrome when at least this share of its lines is.
CHROME_TAIL = 0.6
# Cards of other articles and reader comments are told by repetition: this many prose lines enclosed by chrome.
_REPEATED = 3
# ... or this many under a heading, when they are all the prose that follows it.
_HEADED = 2
# The kinds of line a tail of chrome may start at (a recommendation heading, a linked line, a list's item, a
# widget row); a reader's poster row may start one too (`_cut_at_heading`).
_TAIL_STARTS = (Kind.HEADING, Kind.LINK, Kind.ITEM, Kind.WIDGET)
_AD_SLOT = re.compile(AD_SLOT_LABEL)


def _cut_at_heading(kinds: list[Kind], posters: list[bool], signed: list[bool]) -> int:
    """Index of the first recommendation heading (or date row after the prose, or the first of a run of readers'
    rows: `posters`, a name and the time of a post) that starts a tail of chrome. A row `signed` with the
    poster's address heads the thread as a heading does.

    What follows a candidate is a list or a widget area when chrome outweighs prose in it (at least
    CHROME_TAIL), counting runs of short lines and, in a repeated pattern (_REPEATED or more), prose enclosed
    by chrome (teasers, comments) as chrome; and when no more free-standing prose follows than a third of the
    article's (the article going on after an in-body link). Counted from the end, once.
    """
    tails = _tail_counts(kinds)
    prose_seen = 0
    for index, kind in enumerate(kinds):
        if kind is Kind.PROSE:
            prose_seen += 1
            continue
        # A poster's row is held to its own test (three comments repeated, below) only where its kind does not
        # already make it a candidate.
        by_kind = kind in _TAIL_STARTS
        poster = posters[index] and not by_kind
        if prose_seen == 0 or not (poster or by_kind):
            continue
        length = len(kinds) - index - 1
        if not (kind is Kind.HEADING or length >= 2):
            continue
        enclosed, chrome, chrome_with_enclosed, free_prose, prose = tails[index + 1]
        # Under a heading, two entries already repeat when every prose line is enclosed (a comment thread of
        # two: each comment between its poster's row and the next).
        headed = (kind is Kind.HEADING or signed[index]) and _HEADED <= enclosed == prose
        # A thread of readers' comments without a heading: only as a pattern repeated, each comment under its
        # poster's row (an article's dated updates print a time alone, not a name and a time).
        if poster and enclosed < _REPEATED and not headed:
            continue
        if enclosed >= _REPEATED or headed:
            chrome = chrome_with_enclosed
        else:
            free_prose = prose
        share = chrome / length if length else 1.0
        if share >= CHROME_TAIL and free_prose <= max(1, prose_seen // 3):
            return index
    return len(kinds)


def _tail_counts(kinds: list[Kind]) -> list[tuple[int, int, int, int, int]]:
    """For each index, counts over the lines from it to the end: enclosed lines, chrome lines (with runs of
    short lines), chrome lines counting enclosed ones too, prose lines not enclosed, all prose lines."""
    runs = _runs_of_short(kinds)
    enclosed = _enclosed_prose(kinds)
    counts = [(0, 0, 0, 0, 0)] * (len(kinds) + 1)
    for index in range(len(kinds) - 1, -1, -1):
        kind, inside = kinds[index], enclosed[index]
        chrome = kind in CHROME or runs[index]
        prose = kind is Kind.PROSE
        a, b, c, d, e = counts[index + 1]
        counts[index] = (a + inside, b + chrome, c + (chrome or inside), d + (prose and not inside), e + prose)
    return counts


# A sentence that announces the rows under it (…日均客流如下：, 各场比分如下：, terms.announces) is a table's or a list's
# lead-in.
_SAYS = (Kind.PROSE, Kind.TEXT)


# A table's row as a reading prints it: its cells, short and with no sentence in them, parted by single spaces. A
# cell may hold a clause or two (终点站由迈皋桥改为晓庄，全程缩短2.1公里: a change a timetable's row describes).
_ROW_CELL = re.compile(r"[^\s。！？；;]{1,24}")
_MIN_CELLS = 2
# A table's caption stands over rows of at least this many cells (a heading over a two-column list is not one).
_TABLE_CELLS = 3


def _cells(line: str) -> int:
    """How many cells `line` prints as a table's row, or 0 when it reads as no row."""
    cells = line.split(" ")
    return len(cells) if len(cells) >= _MIN_CELLS and all(_ROW_CELL.fullmatch(cell) for cell in cells) else 0


def _table_rows(lines: list[str], kinds: list[Kind]) -> list[Kind]:
    """`kinds` with the rows of a table the text announces (近三年的情况如下： then 年份 报名人数 招生计划 / 2021年 3.5万
    1.6万 …) as text: rows of one width right after the sentence that leads into them, whatever their figures look
    like alone (two counts in 万 read as a widget's votes), and no run of short lines (a tag list's) either: a table
    after an ad slot's label is the article going on, not a tail of chrome. A promo of the row's width printed
    right under the table (5月19日 某某研讨会 在线报名中, an ad's caption) ends it: its words say what it is."""
    out = list(kinds)
    for index in range(1, len(lines)):
        if kinds[index - 1] not in _SAYS or not announces(lines[index - 1]):
            continue
        width, end = _cells(lines[index]), index
        while width and end < len(lines) and _cells(lines[end]) == width and not is_prompt_line(lines[end]):
            end += 1
        if end - index >= _MIN_CELLS:
            out[index:end] = [Kind.TEXT] * (end - index)
    return out


def _announced_rows(lines: list[str], kinds: list[Kind], end: int, runs: list[bool]) -> int:
    """`end`, or past the run of short lines right after it when the last line kept is a sentence announcing them
    (…如下：): a table's rows closing the article, which the trim of a trailing run of short lines took off."""
    if end == 0 or end >= len(lines) or kinds[end - 1] not in _SAYS or not announces(lines[end - 1]):
        return end
    after = end
    while after < len(lines) and runs[after] and kinds[after] is Kind.SHORT:
        after += 1
    return after


def _enclosed_prose(kinds: list[Kind]) -> list[bool]:
    """Prose (or short text) lines with chrome right before and chrome (or the end) right after.

    That is the shape of another article's card (headline link, teaser, date) and of a reader's comment
    (poster and time, the comment, reply and vote widgets); an article's paragraphs follow one another.
    """
    marks = [False] * len(kinds)
    for index, kind in enumerate(kinds):
        if kind not in (Kind.PROSE, Kind.TEXT) or index == 0 or kinds[index - 1] not in CHROME:
            continue
        marks[index] = index + 1 == len(kinds) or kinds[index + 1] in CHROME
    return marks


def _all_enclosed(kinds: list[Kind]) -> bool:
    """Whether every prose or text line of `kinds` is enclosed by chrome, repeatedly (a listing, a thread)."""
    enclosed = _enclosed_prose(kinds)
    prose = [inside for kind, inside in zip(kinds, enclosed, strict=True) if kind in (Kind.PROSE, Kind.TEXT)]
    return len(prose) >= _REPEATED and all(prose)


def _captions_of_tables(lines: list[str], kinds: list[Kind], title_key: str) -> list[Kind]:
    """`kinds` with a table's caption that holds the headline and more (2023年5月下旬…情况（节选）, over the rows
    of a data release named the same) as text: the headline repeated above the article is no body, but a line
    after the article's first sentence, set over a table's rows, is the table's own."""
    if Kind.PROSE not in kinds or not title_key:
        return kinds
    out = list(kinds)
    for index in range(kinds.index(Kind.PROSE) + 1, len(lines) - 2):
        if kinds[index] is not Kind.META or line_key(lines[index]) == title_key:
            continue
        width = _cells(lines[index + 1])
        if width >= _TABLE_CELLS and _cells(lines[index + 2]) == width:
            out[index] = Kind.TEXT
    return out


def _settle(kinds: list[Kind]) -> list[Kind]:
    """Short link lines next to other link lines are a menu (chrome); alone, a keyword (text)."""
    out = list(kinds)
    for index, kind in enumerate(kinds):
        if kind is not Kind.SHORT_LINK:
            continue
        around = kinds[max(0, index - 1) : index] + kinds[index + 1 : index + 2]
        out[index] = Kind.LINK if any(k in (Kind.LINK, Kind.SHORT_LINK, Kind.ITEM) for k in around) else Kind.TEXT
    return out


def _runs_of_short(kinds: list[Kind]) -> list[bool]:
    """Which lines belong to a run of three or more short lines (tags, channels, a menu without links)."""
    marks = [False] * len(kinds)
    start = 0
    for index in range(len(kinds) + 1):
        if index < len(kinds) and kinds[index] is Kind.SHORT:
            continue
        if index - start >= 3:
            marks[start:index] = [True] * (index - start)
        start = index + 1
    return marks


def _article_start(kinds: list[Kind]) -> tuple[int, int]:
    """The first prose line of the article, and the first line kept.

    Above the first prose line chrome goes (the headline, the date row, the breadcrumb) and so does a bare
    date; short text there may be a lead or a subheading and stays. A recommendation heading above the
    article ends whatever came before it, and so does a listing of other articles' cards (prose enclosed by
    chrome, repeatedly): then the article starts at the first prose line that stands free of chrome.
    """
    first = kinds.index(Kind.PROSE)
    enclosed = _enclosed_prose(kinds)
    free = next((i for i, kind in enumerate(kinds) if kind is Kind.PROSE and not enclosed[i]), first)
    if free > first and sum(enclosed[:free]) >= _REPEATED:
        return free, free
    start = first
    while start > 0 and kinds[start - 1] is not Kind.HEADING:
        start -= 1
    return first, start


def _header_end(lines: list[str], kinds: list[Kind], title_key: str, first: int) -> int:
    """Where the article's header ends above its first prose line: after the last chrome line below the headline
    printed again (首页 / > 频道 above it, the outlet's name and the date row under it), 0 without one."""
    title = simplified(title_key)
    heads = [index for index in range(first) if title and simplified(line_key(lines[index])) == title]
    if not heads:
        return 0
    end = heads[-1] + 1
    return max((index + 1 for index in range(end, first) if kinds[index] in CHROME), default=end)


# The fields of a forum poster's box (主题 1208, 精华, 积分, 金钱, 注册时间), as forum software labels them.
_PROFILE_FIELD = re.compile(
    r"^(?:\d+)?(?:主题|帖子|精华|积分|金钱|威望|贡献|在线时间|注册(?:时间|日期)?|最后登录|阅读权限|UID)\s*[:：]?\s*(?:\d[\d\s:：-]*)?$"
)
_PROFILE_FIELDS = 2
# Any forum's own tallies of its poster, a short label and a number (金币: 12850.3, 在线: 1206.5小时, 红花: 86): three or
# more above the first prose line make a poster's box whatever the forum calls them.
_TALLY_FIELD = re.compile(r"^[\u4e00-\u9fff]{1,4}[:：]\d[\d.,]*[\u4e00-\u9fff]{0,2}$")
_TALLY_FIELDS = 3
# The box's other fields next to its tallies (性别: GG, 专业: 高分子材料) and the rank or title over them (至尊木虫
# (职业作家)): short, no sentence.
_BOX_FIELD = re.compile(r"^[\u4e00-\u9fff]{1,4}[:：][^。！？，,]{1,12}$")
_RANK_CHARS = 16


# The rank forum software gives a poster, printed under the name on the card (Discuz's 新手上路, 注册会员, 中级会员,
# 金牌会员, 论坛元老; 版主, 管理员): a line of its own above the post is the card's.
_FORUM_RANK = re.compile(
    r"^(?:新手上路|(?:注册|初级|中级|高级|资深|金牌|钻石|荣誉|正式)(?:会员|用户)|论坛元老|(?:超级|实习)?版主|管理员)$"
)


def _poster_box(lines: list[str], kinds: list[Kind]) -> list[Kind]:
    """`kinds` with a forum poster's box above the post as chrome: from its first field to its last (主题, 积分 …
    and the rank the forum gives between them), when two fields or more stand above the first prose line, or
    three of any forum's tallies; then the labelled fields right after it and right over it, and a short line over
    them. A rank the forum gives its posters (中级会员) is the card's wherever it stands above the post."""
    if Kind.PROSE not in kinds:
        return kinds
    first = kinds.index(Kind.PROSE)
    keys = [line_key(line) for line in lines[:first]]
    # The ranks are the card's wherever they stand above the post.
    kinds = [Kind.META if n < first and _FORUM_RANK.match(keys[n]) else kind for n, kind in enumerate(kinds)]
    fields = [index for index, key in enumerate(keys) if _PROFILE_FIELD.match(key)]
    if len(fields) < _PROFILE_FIELDS:
        fields = [index for index, key in enumerate(keys) if _TALLY_FIELD.match(key)]
        if len(fields) < _TALLY_FIELDS:
            return kinds
    start, end = fields[0], _fields_end(keys, fields[-1] + 1, first)
    while start and (_BOX_FIELD.match(keys[start - 1]) or _FORUM_RANK.match(keys[start - 1])) and (
        kinds[start - 1] is not Kind.HEADING
    ):
        start -= 1  # the box's other fields and its rank above its tallies (等级：三级, 中级会员 over 帖子：1207)
    over = keys[start - 1] if start else ""
    if over and kinds[start - 1] is not Kind.HEADING and len(over) <= _RANK_CHARS and not SENTENCE.search(over):
        start -= 1
    return [*kinds[:start], *[Kind.META] * (end - start), *kinds[end:]]


# A field's label on a line of its own over its value (所在地 / 广东 广州: a <dt> and its <dd>).
_BOX_LABEL = re.compile(r"^[\u4e00-\u9fff]{1,4}$")
_BOX_VALUE = re.compile(r"^[^。！？，,]{1,12}$")
# ... and the last tally's own value under its label (注册时间 / 2011-5-9): a number or a date, no word.
_FIELD_FIGURE = re.compile(r"^[\d\s:：./-]{1,12}$")


def _fields_end(keys: list[str], end: int, first: int) -> int:
    """Where a poster's box ends after its last tally (`end`): that tally's figure under it, the box's other fields
    (性别: GG) in one line or a label over its value, up to the first prose line."""
    while end < first:
        if _BOX_FIELD.match(keys[end]) or _FIELD_FIGURE.match(keys[end]):
            end += 1
        elif end + 1 < first and _BOX_LABEL.match(keys[end]) and _BOX_VALUE.match(keys[end + 1]):
            end += 2
        else:
            break
    return end


def _summary_box(lines: list[str], kinds: list[Kind]) -> list[Kind]:
    """`kinds` with the summary box above the article as chrome: its label (摘要, 导读 …) on a line of its own
    and the line after it, or a model's summary under its label in the first prose line; bylines above the
    article's first line. Only before the article's second prose line: a box is above the article.
    """
    prose = [index for index, kind in enumerate(kinds) if kind is Kind.PROSE]
    if len(prose) < 2:
        return kinds
    out = list(kinds)
    if len(prose) > 2 and (_MACHINE_SUMMARY.match(line_key(lines[prose[0]])) or opens_with_summary_label(lines[prose[0]])):
        # A summary a model wrote, its label in the line (AI速读…): the platform's, above the author's first line.
        # So is the editors' summary under its label in the same line (【导读】首批开放的…).
        out[prose[0]] = Kind.META
        prose = prose[1:]
    # The editors' note opening the text (【编者按】…) is printed with the article, above its byline.
    opening = prose[1] if opens_with_editors_note(lines[prose[0]]) else prose[0]
    for index in range(opening):
        if byline_names(lines[index]):
            out[index] = Kind.META
    for index in range(prose[1] - 1):
        if is_summary_label(lines[index]):
            last = _box_end(lines, index)
            out[index : last + 1] = [Kind.META] * (last + 1 - index)
    return out


# A summary box lists at most this many points before the article's byline.
_BOX_POINTS = 6


def _box_end(lines: list[str], label: int) -> int:
    """The last line of the summary box whose label is at `label`: the byline under its points when one follows
    within _BOX_POINTS lines (a box of key points, then the article's byline), else the last of the key points
    under the label (重點： - … - … - …, each a headline's length, no sentence), else the line after the label."""
    for index in range(label + 2, min(len(lines), label + _BOX_POINTS + 2)):
        if byline_names(lines[index]):
            return index
    last = label
    while last + 1 < min(len(lines), label + _BOX_POINTS + 1) and _key_point(lines[last + 1]):
        last += 1
    return max(last, label + 1)


# A key point under a summary label: a headline's length, no sentence (a one-line summary under 摘要 is one).
_KEY_POINT_CHARS = 40


def _key_point(line: str) -> bool:
    """Whether `line` reads as one of a summary box's key points."""
    return len(line) <= _KEY_POINT_CHARS and not SENTENCE_END.search(line)


def _end_mark(lines: list[str], first: int) -> int:
    """Index of the end mark (- END -, - THE END -) the author printed under the article, or len(lines).

    What follows the mark is the author's or the site's to promote, prose or not (an ad for another story, the
    account's channels), unless it holds more text than the article before it: then the mark closed a part.
    """
    for index in range(first + 1, len(lines)):
        # A signature's rule of dashes may be as long as the poster likes.
        line = lines[index]
        if (len(line) <= 24 or not line.strip("-")) and END_MARK.match(line):
            before, after = sum(map(len, lines[first:index])), sum(map(len, lines[index + 1 :]))
            return index if after < before else len(lines)
    return len(lines)


def without_end_mark(lines: list[str]) -> list[str]:
    """`lines` up to the end mark (- END -) the author printed under the article, what follows it left out as in
    `clean_lines` (`_end_mark`): in any body, a site rule's included, where the editor writes it."""
    return lines[: _end_mark(lines, 0)]


# A card's fields printed one to a bulleted line (- 2019年09月06日, - 09:38, - 某某, - 243,325): a bullet, then a
# few characters; at least one of a run of them a bare date, time or count, which no article's list item is.
_FIELD = re.compile(r"^[-·•]\s*\S.{0,15}$")
_FIELD_VALUE = re.compile(
    r"^[-·•]\s*(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?|\d{1,2}:\d{2}(?::\d{2})?|\d[\d,.]*)$"
)
# This many bulleted short lines in a row, one a bare value, are a card's fields.
_FIELDS = 3


def _field_rows(lines: list[str], kinds: list[Kind]) -> list[Kind]:
    """`kinds` with each run of a card's fields on bulleted lines (`_FIELD`) as list items: other articles' cards."""
    out = list(kinds)
    start = 0
    for index in range(len(lines) + 1):
        if index < len(lines) and _FIELD.match(lines[index].strip()):
            continue
        run = [line.strip() for line in lines[start:index]]
        if len(run) >= _FIELDS and any(map(_FIELD_VALUE.match, run)):
            out[start:index] = [Kind.ITEM] * len(run)
        start = index + 1
    return out


# A card's field as a line of its own (户型：两室一厅, 面积：89㎡, 造价：14.5万元).
_CARD_FIELD = re.compile(CARD_FIELD)
# This many field lines right above the article's first sentence are a card's.
_CARD_FIELDS = 3


def _field_card(lines: list[str], kinds: list[Kind]) -> list[Kind]:
    """`kinds` with a card's fields right above the article's first prose line as chrome: a case's or a product's
    data card (户型：… 面积：… 造价：…) set before the text, which the article tells in its sentences. Fields further
    down (an event's 时间：… 地点：… after the text that announces it) are the article's."""
    if Kind.PROSE not in kinds:
        return kinds
    # Chrome between the card and the text (another module set in between) leaves the card above the text.
    end = kinds.index(Kind.PROSE)
    while end > 0 and kinds[end - 1] in CHROME:
        end -= 1
    start = end
    while start > 0 and _CARD_FIELD.match(lines[start - 1].strip()) and kinds[start - 1] not in CHROME:
        start -= 1
    if end - start < _CARD_FIELDS:
        return kinds
    return [*kinds[:start], *([Kind.ITEM] * (end - start)), *kinds[end:]]


def _section_numbers(lines: list[str], kinds: list[Kind]) -> list[Kind]:
    """`kinds` with the numbers of the article's sections as text (body.section_numerals), from its first line of
    prose on, or right above it (an essay opening on its section 1), each over a line of text. A bare number
    elsewhere (a vote count, a page number) stays chrome."""
    if Kind.PROSE not in kinds:
        return kinds
    start = max(kinds.index(Kind.PROSE) - 1, 0)
    marks = [start + index for index in section_numerals(lines[start:])]
    if not marks or any(kinds[index + 1] not in (Kind.PROSE, Kind.TEXT) for index in marks):
        return kinds
    out = list(kinds)
    for index in marks:
        out[index] = Kind.TEXT
    return out


# A helpline on a line of its own: its name (…專線, …热线) and its number (0800-000-000（24小時）, 1234), a mark before.
_NUMBER = r"\s*[:：]\s*\d[\d\-－ ]{2,15}(?:[（(][^）)]{1,16}[)）])?\s*[；;，,。]?$"
_HOTLINE_WORDS = "专线|專線|热线|熱線"
_HOTLINE = re.compile(r"^[●★▲◆■□◎•·]?\s*[^\s，。：:]{0,12}(?:" + _HOTLINE_WORDS + r")(?:电话|電話)?" + _NUMBER)
# A notice may list a helpline by its organisation's name alone (生命線：…, a counselling centre's name): a short
# name in Chinese characters and a number, read only inside a run that lines naming a helpline make.
_NAMED_LINE = re.compile(r"^[●★▲◆■□◎•·]?\s*[\u4e00-\u9fff]{2,8}" + _NUMBER)
# A card's heading naming the helplines under it (便民热线, 服务电话): names each line of its run a helpline.
_HOTLINE_HEADING = re.compile(r"^[●★▲◆■□◎•·【\[]?\s*[\u4e00-\u9fff]{0,6}(?:" + _HOTLINE_WORDS + r"|电话|電話)[】\]]?$")
# A notice lists at least this many helplines, under at most this many short lines (this long at most) leading in.
_HOTLINES = 2
_NOTICE_LEADS = 3
_NOTICE_LEAD_CHARS = 30


# An issuer's name is short: 某某市某某局, 某某县人民政府办公室, 某某有限公司.
_ISSUER_CHARS = 30


def _signed_notice(lines: list[str], kinds: list[Kind], links: frozenset[str]) -> list[Kind]:
    """`kinds` with a notice's issuer line, right above its closing date after the article's last prose, as text: a
    government page names the department in its crumbs (市交通运输局), and the issuer 东莞市交通运输局 would read
    as mostly that link's text. A line that is wholly a link's text stays a link."""
    out = list(kinds)
    if Kind.PROSE not in kinds:
        return out
    # Only where the notice signs off, after the last prose line: no prose after the date (a table of links and
    # dates goes on).
    for index in range(len(kinds) - kinds[::-1].index(Kind.PROSE), len(lines) - 1):
        if (
            kinds[index] is Kind.LINK
            and kinds[index + 1] is Kind.DATELINE
            and len(lines[index]) <= _ISSUER_CHARS
            and line_key(lines[index]) not in links
        ):
            out[index] = Kind.TEXT
    return out


def _helpline_notice(lines: list[str], kinds: list[Kind]) -> list[Kind]:
    """`kinds` with a notice of helplines after the article's first prose line as widgets: a run of lines that
    each give a helpline's name and number, _HOTLINES or more of them naming it a helpline, and the short lines
    right above it leading into it (the site's 關心您, 再給自己一次機會). News sites print such a notice under every
    report of a suicide, in the same words each time; no article lists helplines as lines of their own in its text."""
    out = list(kinds)
    first = kinds.index(Kind.PROSE) if Kind.PROSE in kinds else len(kinds)
    index = first + 1
    while index < len(lines):
        end, hotlines = _helpline_run(lines, index)
        if end - index >= _HOTLINES and _HOTLINE_HEADING.match(lines[index - 1].strip()):
            # "便民热线" over "某某咨询：0000-5550…" lines: the heading names the card's lines helplines.
            hotlines = end - index
        if hotlines >= _HOTLINES:
            start = index
            while start > first + 1 and index - start < _NOTICE_LEADS and len(lines[start - 1]) <= _NOTICE_LEAD_CHARS:
                start -= 1
            out[start:end] = [Kind.WIDGET] * (end - start)
        index = max(end, index + 1)
    return out


def _helpline_run(lines: list[str], index: int) -> tuple[int, int]:
    """Where the run of helpline lines from `index` ends, and how many of them name a helpline (…专线, …热线)."""
    end, hotlines = index, 0
    while end < len(lines):
        line = lines[end].strip()
        named = _HOTLINE.match(line) is not None
        if not named and _NAMED_LINE.match(line) is None:
            break
        hotlines, end = hotlines + named, end + 1
    return end, hotlines


# A card's headline takes at most this many lines above its fields.
_CARD_HEAD = 2


def _card_head(kinds: list[Kind], start: int, end: int) -> int:
    """`end`, moved above the short text lines right over a cut tail that opens with a card's fields: those are the
    first card's headline (the headline comes first, its fields under it)."""
    if end >= len(kinds) or kinds[end] is not Kind.ITEM or _headless_cards(kinds, end):
        return end
    floor = max(start, end - _CARD_HEAD)
    while end > floor and kinds[end - 1] is Kind.TEXT:
        end -= 1
    return end


def _headless_cards(kinds: list[Kind], end: int) -> bool:
    """Whether the cards of the tail cut at `end` print no headline: the second card's fields follow the first's
    with no text line between (a list whose headlines are links the reading left out). Then the text line above
    the first card's fields is no headline of its: it is the article's last line."""
    later = next((index for index in range(end + 1, len(kinds)) if kinds[index] is not Kind.ITEM), len(kinds))
    fields = next((index for index in range(later, len(kinds)) if kinds[index] is not Kind.META), len(kinds))
    return later < fields < len(kinds) and kinds[fields] is not Kind.TEXT


# A post's time printed as a line of its own under the post (09-13 19:02, 2017-09-13 18:55, 9月13日19:02).
_POST_TIME = re.compile(r"^(?:(?:19|20)\d{2}[-/.年])?\d{1,2}[-/.月]\d{1,2}(?:日\s*|\s+)\d{1,2}:\d{2}(?::\d{2})?$")
# A post opens on its poster's name: a few words without a clause mark.
_POSTER_NAME = re.compile(r"^[^，。：:！？；,.!?;]{1,20}$")
# A thread's post takes three lines at least (the poster's name, the post, its time; a line of entry and time
# alone is a programme's) and at most four (a post of two lines).
_POST_MIN_LINES, _POST_MAX_LINES = 3, 4


def _thread_start(lines: list[str], kinds: list[Kind], end: int) -> int:
    """`end`, moved up to where a thread of posts after the article's last prose line begins: posts of the same
    shape (a name's line, the post, the time as a line of its own), the first two's times one post's length
    apart. The posts are short lines no reading takes for chrome one by one; their repeated shape is what tells."""
    last_prose = max((index for index, kind in enumerate(kinds[:end]) if kind is Kind.PROSE), default=-1)
    times = [index for index in range(last_prose + 1, end) if _POST_TIME.match(lines[index].strip())]
    if len(times) < 2:
        return end
    period = times[1] - times[0]
    first = times[0] - period + 1
    if not _POST_MIN_LINES <= period <= _POST_MAX_LINES or first <= last_prose:
        return end
    # Each post opens on a name: a few words without a clause mark (a schedule's heading, 日程安排：, has one).
    return first if all(_POSTER_NAME.match(lines[time - period + 1].strip()) for time in times[:2]) else end


def _text_chars(lines: list[str], kinds: list[Kind]) -> int:
    """Characters of the lines that are no chrome."""
    return sum(len(line) for line, kind in zip(lines, kinds, strict=True) if kind not in CHROME)


# A rule printed as a line of its own (――――, ----------, ______): a board sets the poster's signature under it.
_RULE_LINE = re.compile(r"[-—―─━_=~～]{4,}")
# The signature under the rule: at most this many lines, each at most this long.
_SIGNATURE_LINES = 3
_SIGNATURE_CHARS = 60


def _signature_start(lines: list[str], start: int, end: int) -> int:
    """Where a post's signature starts: at a rule line among the last kept lines with a few short lines after it
    and nothing else (人在旅途，车在路上。), else `end`."""
    for index in range(max(start, end - _SIGNATURE_LINES - 1), end - 1):
        after = lines[index + 1 : end]
        if _RULE_LINE.fullmatch(lines[index].strip()) and all(len(line) <= _SIGNATURE_CHARS for line in after):
            return index
    return end


def _caption_kind(line: str, links: frozenset[str], title_key: str, captions: frozenset[str]) -> Kind:
    """`classify`, but a picture's caption that no link prints whole is text, not link text pieced together."""
    kind = classify(line, links, title_key)
    if kind is Kind.LINK and line in captions and line_key(line) not in links:
        return Kind.TEXT
    return kind


def clean_lines(
    lines: list[str], links: frozenset[str], title: str | None = None, captions: frozenset[str] = frozenset()
) -> list[str]:
    """Body lines without the chrome around and inside the article (see the module docstring).

    Args:
        lines: the body lines of one reading, in order.
        links: the page's link texts (`page_link_texts`).
        title: the headline, whose repetition above the body is not body.
        captions: the captions printed under the article's pictures, which are no link's text however many of the
            page's link texts they are made of (a product's name and its kind under its picture).

    Returns:
        The kept lines, in order; the input itself when it holds no prose line (a verse page, a list page).
    """
    title_key = line_key(title or "")
    # An ad slot's label alone on its line (广告) marks where an ad sits, between paragraphs as often as after the
    # article: it goes, and does not start a tail, so the paragraph after an ad set mid-text stays.
    slotless = [line for line in lines if not _AD_SLOT.fullmatch(line)]
    if len(slotless) < len(lines) and slotless:
        lines = slotless
    kinds = _poster_box(lines, _settle([_caption_kind(line, links, title_key, captions) for line in lines]))
    kinds = _section_numbers(lines, _field_card(lines, _field_rows(lines, _summary_box(lines, kinds))))
    kinds = _signed_notice(lines, _table_rows(lines, _helpline_notice(lines, kinds)), links)
    kinds = _captions_of_tables(lines, kinds, title_key)
    if Kind.PROSE not in kinds:
        return lines
    first, start = _article_start(kinds)
    start = max(start, _header_end(lines, kinds, title_key, first))
    posters = [is_poster_row(line) for line in lines]
    signed = [poster and is_signed_row(line) for line, poster in zip(lines, posters, strict=True)]
    end = min(_cut_at_heading(kinds, posters, signed), _end_mark(lines, first))
    # A tail with more text than what stays is not a tail (then only its chrome lines go, one by one) unless
    # its prose is all cards or comments: a long comment thread under a short article is still a tail. Its
    # chrome lines do not count: a page's rank lists and menus after a short article are no article going on.
    if _text_chars(lines[end:], kinds[end:]) > sum(map(len, lines[start:end])) and not _all_enclosed(kinds[end:]):
        end = len(lines)
    # A short line ending in a colon right above the cut tail is that tail's label (关键词阅读：): it goes with it.
    if start < end < len(lines) and kinds[end - 1] is not Kind.PROSE and _LEAD_IN.search(lines[end - 1]):
        end -= 1
    end = _card_head(kinds, start, end)
    end = _thread_start(lines, kinds, end)
    # Trailing chrome goes, and so does a trailing run of short lines (tags, the captions of a card grid) and a call
    # to follow the outlet's accounts, where it signs off.
    runs = _runs_of_short(kinds)
    while end > start and (kinds[end - 1] in CHROME or runs[end - 1] or is_follow_call(lines[end - 1])):
        end -= 1
    end = _signature_start(lines, start, _announced_rows(lines, kinds, end, runs))
    return without_references([
        line
        for index, (line, kind) in enumerate(zip(lines[:end], kinds[:end], strict=True))
        if index >= start and kind not in CHROME and not (kind is Kind.DATELINE and index < first)
    ])
