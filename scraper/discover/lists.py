"""NetEase channel lists: JSONP files `data_callback([ {…}, {…}, ])` and their numbered pages.

The list body is a JSON array with a trailing comma before `]`, so not JSON as served; the trailing commas are
dropped (outside strings) before `json.loads`. Items carry `docurl` (the article, or a video or photo set) and
`time` ("MM/DD/YYYY HH:MM:SS", Beijing time). Page 1 is `cm_yaowen20200213/` or `tech_datalist.js`; page N is
`cm_yaowen20200213_0N/` (`_10/` from ten on) or `tech_datalist_0N.js`, the query string kept.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from ..errors import ExtractError
from ..extract.dates import BEIJING, parse_date
from ..extract.urls import absolute
from .model import Link

_JSONP = re.compile(r"^\s*[A-Za-z_$][\w$.]*\s*\(\s*(?P<body>[\[{].*[\]}])\s*\)\s*;?\s*$", re.DOTALL)
_JSONP_HEAD = re.compile(r"^\s*[A-Za-z_$][\w$.]*\s*\(\s*[\[{]")
# A JSON string, or a comma followed only by whitespace and a closing bracket: the first alternative keeps
# commas inside strings ("…, ]…" in a title) out of the second.
_TRAILING_COMMA = re.compile(r'("(?:\\.|[^"\\])*")|,(\s*[\]}])')
# The last path segment of a list: its stem, an optional page number (_02), an optional .js.
_PAGE_SEGMENT = re.compile(r"^(?P<stem>.+?)(?:_(?P<n>\d{2,3}))?(?P<ext>\.js)?$")


def is_list(text: str) -> bool:
    """True when the text opens as a JSONP call around an array or object (the channel list form)."""
    return _JSONP_HEAD.match(text[:200]) is not None


def list_links(text: str, url: str) -> list[Link]:
    """The items of a channel list as links (docurl, dated by its time).

    Raises:
        ExtractError: the text is not a JSONP list of objects.
    """
    match = _JSONP.match(text)
    if match is None:
        raise ExtractError("not a JSONP channel list", url=url)
    body = _TRAILING_COMMA.sub(lambda m: m.group(1) or m.group(2), match["body"])
    try:
        data = json.loads(body)
    except (ValueError, RecursionError) as exc:  # RecursionError: nested deeper than the parser goes
        raise ExtractError(f"the channel list is not readable JSON: {exc}", url=url) from exc
    items = data if isinstance(data, list) else next((v for v in data.values() if isinstance(v, list)), [])
    links = []
    for item in items:
        if not isinstance(item, dict):
            continue
        href = absolute(_text(item.get("docurl") or item.get("url")), url)
        if href:
            links.append(Link(href, _time(_text(item.get("time") or item.get("ptime")))))
    return links


def page_urls(url: str, max_pages: int) -> list[str]:
    """The URLs of the pages after `url` of a numbered list, up to `max_pages` pages in all."""
    parts = urlsplit(url)
    path = parts.path
    slash = path.endswith("/")
    head, _, segment = path.rstrip("/").rpartition("/")
    match = _PAGE_SEGMENT.match(segment)
    if match is None:
        return []
    first = int(match["n"]) if match["n"] else 1
    pages = []
    for number in range(first + 1, max_pages + 1):
        name = f"{match['stem']}_{number:02d}{match['ext'] or ''}"
        pages.append(urlunsplit(parts._replace(path=f"{head}/{name}{'/' if slash else ''}", fragment="")))
    return pages


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _time(value: str | None) -> datetime | None:
    """A list item's time ("MM/DD/YYYY HH:MM:SS" as served, or any form `parse_date` reads); Beijing time."""
    if not value:
        return None
    iso = parse_date(value)
    if iso is None:
        return None
    try:
        when = datetime.fromisoformat(iso)
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=BEIJING)


__all__ = ["is_list", "list_links", "page_urls"]
