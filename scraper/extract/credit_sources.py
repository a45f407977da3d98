"""The sources of a page's credits (`candidates.SOURCES`): its source (the outlet), author, editor and channel,
from info lines, meta tags, script data, marked-up authors, bylines above or in the body, and breadcrumbs.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from . import dom, meta, published, script_dates, titles
from .fields import EMPTY, Fields
from .labels import (
    byline_author,
    byline_names,
    clean_source,
    closing_author,
    credited_writer,
    dispatch_agency,
    dispatch_author,
    label_value,
    row_reporters,
    without_filing,
)
from .layout import squash, text_of
from .notices import is_credit_line
from .source_readings import first_paragraph, meta_reader, own_heading, short_texts_of, site_name
from .terms import CORRESPONDENT_ROLES, REPORTER_ROLES

if TYPE_CHECKING:
    from .candidates import Evidence


# Portals put the outlet in article:author (sina: 工人日报); a byline names people, not outlets.
# In traditional characters too (某某日報, 某某新聞網, 某某電視臺).
_OUTLET = re.compile(
    r"(报|報|网|網|社|台|臺|新闻|新聞|频道|頻道|中心|杂志|雜誌|在线|在線|客户端|客戶端|News|Online|Times|Post)$"
    r"|^网易|^新浪|^搜狐|^腾讯|^凤凰"
)
_OUTLET_CHARS = 16
# A forum's or a CMS's makers, credited in its author meta on every page it serves (Discuz! Team and Comsenz UI
# Team, Powered by DedeCMS): the software, no writer.
_SOFTWARE_CREDIT = re.compile(r"\bTeam$|Discuz|Comsenz|phpwind|DedeCMS|PHPCMS|WordPress|Powered by", re.IGNORECASE)
_LABEL = re.compile(r"[:：]")
# A player's button after the row's date, named for what it plays (收聽新聞, 播放新闻): no outlet.
_PLAYER_WORDS = ("收听", "收聽", "播放", "收看", "观看", "觀看")
_LETTER = re.compile(r"[^\W\d_]")


def info_line(evidence: Evidence) -> Fields:
    """来源： and 作者： in the page's info / source lines."""
    source, line = dom.info_line(evidence.page.root)
    return Fields(source=source, author=label_value(line, "author"))


def headline_info(evidence: Evidence) -> Fields:
    """来源： and 作者： in the line printed right under the headline (published.headline_line); with no 来源
    label, the outlet printed after the line's bare date (2024-05-09 07:30　青山日报)."""
    pieces = published.pieces_under(own_heading(evidence))
    text = published.joined_line(pieces) or ""
    if len(" ".join(pieces)) > len(text):
        # The row was cut at a byline row's length: its last word may be cut short (来源：长 of 来源：长沙市…).
        text = text.rpartition(" ")[0]
    labelled = clean_source(label_value(text, "source"))
    after = published.after_date(text)
    name = after.split()[0] if after and not labelled else ""
    unlabelled = name if _row_outlet(name) else None
    # ... or a field of the row that is a reporter's role and names, no label's colon (<span>记者 王五</span>).
    own = next(filter(None, map(row_reporters, pieces)), None)
    author = label_value(text, "author") or _reporters(after) or _field_byline(text) or own
    return Fields(source=labelled or unlabelled, author=author)


def _row_outlet(name: str) -> bool:
    """Whether the unlabelled field after the date of the row under the headline is an outlet's name (某某日报), not
    a player's button named for what it plays (收聽新聞)."""
    return (
        2 <= len(name) <= _OUTLET_CHARS and _OUTLET.search(name) is not None and not _LABEL.search(name)
        and not name.startswith(_PLAYER_WORDS)
    )


# The marks that part a row's fields (苗栗 公館｜記者 王五　攝影 李四｜2013/01/15 20:41).
_FIELD_MARKS = re.compile(r"\s*[｜|]\s*")


def _field_byline(text: str) -> str | None:
    """The names of the first of a row's fields, parted by its bars, that is a byline of its own with no label's
    colon (記者 王五　攝影 李四): the reporter's field of a television site's row."""
    return next(filter(None, map(byline_names, _FIELD_MARKS.split(text))), None) if _FIELD_MARKS.search(text) else None


# Reporters printed after the row's date with the word for their report and no label (2014/03/19 18:58 王五 李四
# 報導): a television site's byline row.
_REPORTED_BY = re.compile(r"^(?P<names>[\u4e00-\u9fff·]{2,4}(?:[ 、][\u4e00-\u9fff·]{2,4}){0,3})\s*(?:報導|报道|報道)(?:\s|$)")


_ROLES = (*REPORTER_ROLES, *CORRESPONDENT_ROLES)


def _reporters(after: str | None) -> str | None:
    """The reporters the row names right after its date before 報導 (`_REPORTED_BY`), none of them an outlet."""
    found = _REPORTED_BY.match(after or "")
    # The reporters' role before them (本报记者 王五报道) names nobody.
    names = [name for name in found["names"].replace("、", " ").split() if not name.endswith(_ROLES)] if found else []
    return " ".join(names) if names and not any(_OUTLET.search(n) for n in names) else None


def meta_source(evidence: Evidence) -> Fields:
    """The source a meta tag names."""
    return Fields(source=clean_source(meta.source_meta(evidence.page.root, meta_reader(evidence))))


def script_source(evidence: Evidence) -> Fields:
    """The outlet the page's script data names and the page prints (script_dates.script_source)."""
    return Fields(source=script_dates.script_source(evidence.page.root))


def meta_author(evidence: Evidence) -> Fields:
    """The author a meta tag or JSON-LD names, unless it is the outlet (the page's source, or named like one)."""
    return _writer(evidence, meta.author_meta(evidence.page.root, meta_reader(evidence)))


def _writer(evidence: Evidence, author: str | None) -> Fields:
    """`author` as the record's author, without the place the writer filed from (王五／台中報導), unless it is the
    outlet (the page's source, or named like one) or the editor the page prints (责任编辑：王五): a template may
    fill its author tag with whoever published the page."""
    if not author:
        return EMPTY
    author = without_filing(author)
    source = _source_of(evidence.read("info-line")) or _source_of(evidence.read("meta-source"))
    editor = evidence.read("editor-line")
    if author in {source, editor.editor if editor is not None else None} or _OUTLET.search(author):
        return EMPTY
    if _SOFTWARE_CREDIT.search(author):
        return EMPTY
    # A tag of digits alone is the publishing system's user id, no name.
    if not _LETTER.search(author):
        return EMPTY
    return Fields(author=author)


def marked_author(evidence: Evidence) -> Fields:
    """The author the page marks up as its author (rel="author", itemprop="author"), outside lists of other
    articles, unless it is the outlet."""
    # An item marked as the author may hold the outlet (itemprop="author" on the source's box): the next one speaks.
    found = (_writer(evidence, name) for name in meta.marked_authors(evidence.page.root, lambda node: not titles.in_list(node)))
    return next((fields for fields in found if fields.author), EMPTY)


def _source_of(fields: Fields | None) -> str | None:
    return fields.source if fields is not None else None


def lead_byline(evidence: Evidence) -> Fields:
    """The author of a byline line right above the article (the body leaves that line out), and the outlet it names
    before the writer's role (日本经济新闻（中文版：…）编辑委员 某某): where the page prints no 来源, the paper the
    byline names is the source."""
    found = dom.lead_byline_line(first_paragraph(evidence))
    if found is None:
        return EMPTY
    line, names = found
    outlet = _BYLINE_OUTLET.match(line)
    return Fields(author=names, source=outlet["outlet"] if outlet and _other_outlet(evidence, outlet["outlet"]) else None)


def _other_outlet(evidence: Evidence, outlet: str) -> bool:
    """Whether a byline's outlet is named like one and is not the page's own (本报, or the site's name in its <title>
    or meta tags, as a site's own reporters' bylines print it: 红星新闻记者 on 红星新闻's page)."""
    if not _OUTLET.search(outlet) or _OWN_OUTLET.match(outlet):
        return False
    names = titles.site_parts(evidence.once("html_title", meta.html_title)) | {site_name(evidence) or ""}
    return not any(name and (outlet in name or name in outlet) for name in names)


# The outlet a byline names before its writer's role, an edition's note in brackets after it.
_BYLINE_OUTLET = re.compile(
    r"^(?P<outlet>[\u4e00-\u9fff]{2,12}?)(?:[（(][^（）()]{1,16}[)）])?(?:特约|首席|高级|资深)?(?:记者|記者|编辑委员|评论员|評論員)"
)
# The outlet naming itself (本报记者, 本台评论员): the page's own, no source of its own.
_OWN_OUTLET = re.compile(r"^本")


def forum_poster(evidence: Evidence) -> Fields:
    """The poster of a forum or blog page. The first link to a user's page is read here too, while the tree is
    whole, and given by `profile_poster` after every byline of the body."""
    heading = own_heading(evidence)
    near = frozenset(published.elements_after(heading, _POST_HEAD_CHARS)) if heading is not None else None
    evidence.once(_PROFILE_POSTER, lambda root: dom.profile_poster(root, near))
    return Fields(author=dom.forum_author(evidence.page.root))


_PROFILE_POSTER = "profile_poster"
# How much text after the headline a post's head runs to (the poster's link, the time, the counts; a forum's user
# column with its ranks and join date).
_POST_HEAD_CHARS = 400


def profile_poster(evidence: Evidence) -> Fields:
    """The poster a link to a user's page names (dom.profile_poster), read with `forum_poster`: last of the author's
    sources, since a news page's header may link its outlet's or its column's account the same way (格隆汇专栏：某某,
    作者：王五 in the text names the writer). Not an outlet's name, nor the page's source."""
    name = evidence.remembered(_PROFILE_POSTER)
    return _writer(evidence, name) if isinstance(name, str) else EMPTY


def editor_line(evidence: Evidence) -> Fields:
    """A short line labelled 责任编辑 / 责编 / 编辑."""
    return Fields(editor=dom.editor_line(evidence.page.root, short_texts_of(evidence)))


def crumbs(evidence: Evidence) -> Fields:
    """The breadcrumb levels of a container named like a breadcrumb."""
    return Fields(channel=tuple(dom.crumbs(evidence.page.root, evidence.page.text)))


def byline(evidence: Evidence) -> Fields:
    """The author of an in-body byline line (（网易财经 张艳）), kept in the body as printed."""
    return Fields(author=byline_author(evidence.paragraphs or []))


def dispatch_byline(evidence: Evidence) -> Fields:
    """The reporters named in the dispatch mark that opens the body (城市晨报讯（记者 王五）…), kept in the body, and
    the news agency its dateline names (新华社北京5月22日电, （中央社記者王五台北12日電）), on the agency's own site too:
    the dateline names the agency as the one that filed, where a site's own reporters' bylines name only the desk."""
    # The credit lines the body leaves out come before it among the evidence's lines, wherever they were printed
    # (供稿：… 审核：… under the text): the dispatch mark opens the text after them.
    lines = [line for line in evidence.paragraphs or [] if not is_credit_line(line)]
    return Fields(author=dispatch_author(lines), source=dispatch_agency(lines))


_ROLE_MARKS = re.compile(r"[/／|｜丨:：]")


def closing_byline(evidence: Evidence) -> Fields:
    """The writer credited in brackets at the article's end (（王五／台中報導）), kept in the body, or in the staff
    credits the body leaves out there (（文/王五 图/李四 编辑/赵六）, 作者：王五　设计：李四 under the writer's role),
    which come before the body among its lines."""
    paragraphs = evidence.paragraphs or []
    # Only lines with a role's mark (文/…, 编辑：…) may be such credits: the costlier test asks those alone.
    credits = [line for line in paragraphs if _ROLE_MARKS.search(line) and is_credit_line(line)]
    return Fields(author=closing_author(paragraphs) or closing_author(credits) or credited_writer(credits))


# The origin line a template closes the text with, the writer credited after the outlet (（本文来源：某某网　作者：王五）,
# 本文来源：某某网 作者：王五 责任编辑：…; the outlet maybe a link): the source's line, which the body leaves out, and
# the only place the writer is named. Unbracketed, only 本文来源 or 文章来源 opens it (来源： opens the info row too).
# Read from its 来源 on (a literal start the regex engine scans for fast), the word or the bracket before it tested
# after: 本文来源 or 文章来源, or a bracket before 来源.
_ORIGIN_CREDIT = re.compile(r"来源\s*[:：](?:<[^<>]*>|[^<>（）()\n]){1,160}?作者\s*[:：][^<>（）()\n]{2,60}")
_ORIGIN_OPENERS = ("本文", "文章")
_TAG = re.compile(r"<[^<>]*>")
# A line of staff credits under the text as one element's text, the writer's role first (作者：王五　设计：李四,
# 本期作者：王五　本期编辑：…, 文字：王五　摄影：…).
_CREDITS_TEXT = re.compile(r">\s*(?P<line>(?:本期)?(?:作者|撰稿|撰文|文字|采写)\s*[:：|｜丨][^<>]{2,80})<")


def _origin_line(text: str) -> re.Match[str] | None:
    """The first origin line crediting a writer (`_ORIGIN_CREDIT`) that opens on 本文来源 or 文章来源, or on 来源 in a
    bracket."""
    for match in _ORIGIN_CREDIT.finditer(text):
        before = text[max(0, match.start() - len(_ORIGIN_OPENERS[0]) - 2) : match.start()]
        if before.endswith(_ORIGIN_OPENERS) or before.rstrip(" \u3000").endswith(("（", "(")):
            return match
    return None


def origin_credit(evidence: Evidence) -> Fields:
    """The writer the template's closing origin line credits (`_ORIGIN_CREDIT`), or its closing line of staff
    credits (`_CREDITS_TEXT`), read off the page's text: neither line is a body paragraph (a site rule's reading
    leaves them out too), and ranked after every byline they name a writer only where nothing else does."""
    text = evidence.page.text
    match = _origin_line(text) if "作者" in text else None
    if match is not None:
        return Fields(author=label_value(squash(html.unescape(_TAG.sub("", match.group()))), "author"))
    for found in _CREDITS_TEXT.finditer(text):
        line = squash(html.unescape(found.group("line")))
        writer = credited_writer([line]) if is_credit_line(line) else None
        if writer:
            return Fields(author=writer)
    return EMPTY


def stats_author(evidence: Evidence) -> Fields:
    """The writer labelled in the page's one stats row under the post (作者:某账号 阅读(1660) 评论(5) 发表于:…,
    published.stats_row): the blog's poster, where the template prints no byline above the post."""
    row = evidence.once("stats_row", published.stats_row)
    return Fields(author=label_value(row, "author")) if row else EMPTY


def blog_owner(evidence: Evidence) -> Fields:
    """The blog's owner its <title> names (标题 - 某某的博客 - 某某网), printed on the page too: a blog's posts are
    its owner's. Ranked after every credit the page marks up or prints above the post, last of the tree's."""
    owners = titles.blog_owners(evidence.once("html_title", meta.html_title))
    body = evidence.page.root.find("body") if owners else None
    printed = text_of(body) if body is not None else ""
    return Fields(author=next((owner for owner in owners if owner in printed), None))


def class_author(evidence: Evidence) -> Fields:
    """The writer an element named for the author holds (<span class="author">王五</span> in the article's header),
    outside lists of other articles: a bare name, or a byline whose names are read (记者 王五). Ranked after what the
    page prints or marks up above the article (a template names its comments' posters the same way), before the
    bylines in the body, as every source that reads the tree is."""
    for text in meta.class_authors(evidence.page.root, lambda node: not titles.in_list(node)):
        names = byline_names(text) or (text if _BARE_NAME.fullmatch(text) else None)
        if names and not _account_of_another(evidence.page.text, names):
            return _writer(evidence, names)
    return EMPTY


def _account_of_another(text: str, name: str) -> bool:
    """Whether the page prints `name` before another writer's label (本文来自某某专栏：科技观察，作者：王五): the account
    or column that posted the text, not its writer."""
    return re.search(re.escape(name) + r"\s*[，,]\s*作者\s*[:：]", text) is not None


# A writer's name alone: two to eight Chinese characters (a dot between a transliterated name's parts), or two to
# four capitalised Latin words.
_BARE_NAME = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff·]{1,7}|[A-Z][a-z'’-]+(?: [A-Z][a-z'’.-]*){1,3}")


__all__ = [
    "byline",
    "class_author",
    "closing_byline",
    "crumbs",
    "dispatch_byline",
    "editor_line",
    "forum_poster",
    "headline_info",
    "info_line",
    "lead_byline",
    "marked_author",
    "meta_author",
    "meta_source",
    "origin_credit",
    "profile_poster",
    "script_source",
    "stats_author",
]
