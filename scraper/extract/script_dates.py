"""Publish times a page holds in its script data: under a publish-time key of an inline script (or WeChat's
unix-seconds variable), and in the hidden fields a script prints the article from; and the outlet the script data
names.
"""

from __future__ import annotations

import re

from lxml import etree

from ..hanzi import CJK
from .dates import UNIX_TIME, from_unix, parse_date
from .layout import squash, text_of
from .titles import title_key
from .tree import Element

__all__ = ["script_date", "script_source", "stored_date"]

# A key that names a publish time, in any spelling scripts use: an act (pub, publish, release, create, post,
# display, first publish, or its initial: p, and c before time) or the article, then time / date / at / timestamp (ptime, ctime,
# pubDate, publish_time, publishedAt, createTimestamp, created_at, postTime), or datePublished; never update or
# modify times (mtime, utime).
_SCRIPT_KEY = re.compile(
    r"""["']?\b(?P<key>(?i:(?:p|c(?=time)|pub|publish(?:ed)?|release[d]?|create[d]?|post(?:ed)?|display|news|article|"""
    r"""first_?publish)[_-]?(?:time(?:stamp)?|date|at)|date_?published)|time)\b["']?\s*[:=]\s*"""
    r"""["']?(?P<value>[0-9][0-9 :/.\-TZ+年月日]{7,30})""",
)
# A key named only "time" is asked only once per script, and only for a date with its time of day: lists
# of other articles carry it on every item.
_GENERIC_KEYS = frozenset({"time"})
_WECHAT_TIME = re.compile(r"""\bvar\s+ct\s*=\s*["']?(\d{10})["']?""")
# `/descendant::script`, not `//script`: the same runs without a child step from every node.
_SCRIPTS = etree.XPath("/descendant::script[not(@src)]/text()")
def script_date(root: Element, title: str | None = None, *, named: bool = False, created: bool = True) -> str | None:
    """A publish time in inline script data (a JSON key or a JS variable), or None.

    A key that carries different dates across a script is a list of other articles and is not read,
    except, with the page's `title`, the value nearest to where the script holds that title (the page's
    own article in a store that also lists others); a number under the key is unix seconds or milliseconds.
    With `named`, only a key that names publishing is read, never the bare `time`; without `created`, never a
    key for the record's creation either.
    """
    day_only = None
    for script in _SCRIPTS(root):
        text = str(script)
        found = _script_value(text, named, created) or (
            _titled_value(text, title, created) if title and len(title) >= 8 else None
        )
        wechat = None if found else _WECHAT_TIME.search(text)
        found = from_unix(wechat.group(1)) if wechat else found
        if found and "T" in found:
            return found
        # A day without its time (a page-level publishedDate) waits for a later script that has the time.
        day_only = day_only or found
    return day_only


# A key for when the record was created (createTime, ctime, created_at): a CMS stamps it when the draft is made,
# minutes or days before the article runs, so a publishing key in the same script is read first.
_CREATED_KEY = re.compile(r"(?i)c(?:reated?)?[_-]?(?:time(?:stamp)?|date|at)")


def _script_value(text: str, named: bool = False, created: bool = True) -> str | None:
    """The first usable date under a publish-time key of one script's text (`named`: no bare `time` key); a
    key for the record's creation only where no publishing key gives a time (and never without `created`)."""
    matches = [match for match in _SCRIPT_KEY.finditer(text) if _wanted(match["key"], named, created)]
    matches.sort(key=lambda match: _CREATED_KEY.fullmatch(match["key"]) is not None)
    values: dict[str, set[str]] = {}
    for match in matches:
        values.setdefault(match["key"], set()).add(match["value"].strip())
    day_only = None
    for match in matches:
        key, raw = match["key"], match["value"].strip()
        seen = values[key]
        if len(seen) > 1 and (key in _GENERIC_KEYS or len(seen) > 2):
            continue
        value = from_unix(raw) if UNIX_TIME.match(raw) else parse_date(raw)
        if value and "T" in value:
            return value
        # A date without its time (publishedDate beside datePublished) waits for a key that has the time.
        if value and key not in _GENERIC_KEYS:
            day_only = day_only or value
    return day_only


def _wanted(key: str, named: bool, created: bool) -> bool:
    """Whether a script key is read: the bare `time` only unless `named`, a creation key only with `created`."""
    return not (named and key in _GENERIC_KEYS) and (created or _CREATED_KEY.fullmatch(key) is None)


# The fields a script renders the article from: form fields nobody sees (a textarea's text, a hidden input's value).
_FIELDS = etree.XPath("//textarea | //input[@type='hidden']")


def _field_value(field: Element) -> str:
    return squash(text_of(field) if field.tag == "textarea" else field.get("value") or "")


def stored_date(root: Element, title: str | None) -> str | None:
    """The publish time in the page's store of hidden fields that a script prints the article from, or None.

    Which store is the article's, and which of its fields is the time, class names say on a page that names
    them (article-time); by structure, the store is the article's when one of its fields holds the page's
    title, and a field of it holding nothing but unix seconds or milliseconds is the time the page prints.
    """
    wanted = title_key(title or "")
    if len(wanted) < 8:
        return None
    for field in _FIELDS(root):
        store = field.getparent()
        if store is None or title_key(_field_value(field)) != wanted:
            continue
        for sibling in store:
            if sibling.tag in ("textarea", "input") and UNIX_TIME.fullmatch(value := _field_value(sibling)):
                return from_unix(value)
    return None


# How far from the page's title in a script its own publish time may be.
_TITLED_CHARS = 2000


def _titled_value(text: str, title: str, created: bool = True) -> str | None:
    """The publish-time value nearest to the first place a script holds `title`, within _TITLED_CHARS."""
    at = text.find(title)
    if at < 0:
        return None
    window = _SCRIPT_KEY.finditer(text, max(0, at - _TITLED_CHARS), at + len(title) + _TITLED_CHARS)
    near = sorted((abs(match.start() - at), match) for match in window if _wanted(match["key"], True, created))
    for _, match in near:
        raw = match["value"].strip()
        value = from_unix(raw) if UNIX_TIME.match(raw) else parse_date(raw)
        if value:
            return value
    return None


# The outlet a script's data names for its article ("media": "…" beside "pubtime"), in Chinese characters. A
# key that names several outlets in one script is a list of other articles, and one without a publish time in
# its script may be a map of the site's channels ("media": "某某传媒" among "news": "某某新闻" …).
_SOURCE_KEY = re.compile(
    r"""["']?\b(?:source|media|mediaName|media_name|sourceName|source_name)\b["']?\s*[:=]\s*["'](?P<value>[^"'<>\\]{2,24})["']"""
)


def script_source(root: Element) -> str | None:
    """The outlet one inline script names under a source key, once, beside a publish time under a key that
    names publishing, and the page prints as text; or None."""
    printed: str | None = None
    for script in _SCRIPTS(root):
        # Every source key holds one of these words as written (the pattern ignores no case): a script with
        # neither, most of a page's, names no outlet and need not be matched at every position.
        if "source" not in script and "media" not in script:
            continue
        names = {match["value"].strip() for match in _SOURCE_KEY.finditer(str(script)) if CJK.search(match["value"])}
        if len(names) != 1 or not _script_value(str(script), named=True):
            continue
        name = names.pop()
        body = root.find(".//body")
        printed = printed if printed is not None else (squash(text_of(body)) if body is not None else "")
        if name in printed:
            return name
    return None
