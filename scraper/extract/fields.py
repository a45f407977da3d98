"""One value per field, one merge: the record's metadata as a typed `Fields`, and the precedence between sources.

Every source of evidence (a site rule, the page URL, meta tags and JSON-LD, the DOM of an unknown template,
the body's byline) reads the page into a `Fields` of what it says (see candidates.py). `merge` then fills each
field from the first source, in that field's `PRECEDENCE`, that has a value. The precedence is written down
here once, as data; nothing else decides which source wins.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

__all__ = ["FIELD_NAMES", "PRECEDENCE", "Fields", "merge"]


@dataclass(frozen=True, slots=True)
class Fields:
    """The record's metadata fields as one source reads them; None (or no channel levels) where it says nothing."""

    title: str | None = None
    published_at: str | None = None
    source: str | None = None
    author: str | None = None
    editor: str | None = None
    channel: tuple[str, ...] = ()
    doc_id: str | None = None

    def missing(self) -> tuple[str, ...]:
        """The names of the fields without a value."""
        return tuple(name for name in FIELD_NAMES if not getattr(self, name))


FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Fields))

# For each field, the sources that may give it, best first (source names as in candidates.SOURCES).
# A site rule knows its template, so it comes first; page-level metadata (meta tags, JSON-LD, <title>) next to
# the DOM readings that hold for any template; the body's byline (a line of its own, then the reporters named in
# the dispatch mark that opens the article) last, as it is read after the body is cleaned.
# A <time> element's datetime attribute under the headline ("stated-date") states in markup what the row prints
# in words or as a time ago: below the printed date, above a date read elsewhere in the layout.
# A publish time with its time of day under a script-data key that names publishing ("script-time") is the
# page's own statement, as a meta tag is: it ranks above a date read from the layout, which may be another's.
# A date row printed without its year ("short-date", 发布时间：10-08 12:00) is completed by the page's update time (or
# the day its address files it under) and ranks above script data's bare `time`, which may be when the page was
# served rather than published.
# A byline line above the article names the outlet before its writer's role ("lead-byline": 某某新闻编辑委员 某某): the
# source where the page prints no 来源 and its markup names none.
# A plain-text dump is the only source of its record ("text-dump"), apart from the URL's doc id.
PRECEDENCE: Mapping[str, tuple[str, ...]] = {
    "title": ("rule", "headline", "post-subject", "shared-title", "meta-title", "lead-title", "printed-title",
              "script-title", "html-title", "untitled-heading", "text-dump"),
    "published_at": (
        "rule", "meta-date", "script-time", "headline-date", "post-stamp", "stated-date", "dom-date", "short-date",
        "script-date", "hover-date", "url-date", "stats-date", "library-date", "attribute-time",
        "text-dump",
    ),
    "source": ("rule", "info-line", "headline-info", "meta-source", "script-source", "lead-byline", "dispatch-byline",
               "text-dump"),
    "author": (
        "rule", "info-line", "headline-info", "meta-author", "marked-author", "forum-poster", "lead-byline",
        "class-author", "stats-author", "blog-owner", "byline", "dispatch-byline", "closing-byline", "origin-credit",
        "profile-poster", "text-dump",
    ),
    "editor": ("rule", "editor-line", "text-dump"),
    "channel": ("rule", "crumbs", "text-dump"),
    "doc_id": ("url", "rule", "canonical"),
}

EMPTY = Fields()


def merge(
    read: Callable[[str], Fields | None],
    start: Fields = EMPTY,
    precedence: Mapping[str, tuple[str, ...]] = PRECEDENCE,
) -> Fields:
    """Fill every field still empty in `start` from the first source in its precedence that gives it.

    Args:
        read: source name -> what that source read (sources are read on demand, so a source after the winner
            costs nothing); None for a source that cannot be read yet, which is passed over.
        start: fields already settled (an earlier merge); they are kept.
        precedence: field name -> source names, best first.

    Returns:
        The merged Fields.
    """
    found: dict[str, Any] = {}
    for name in start.missing():
        for source in precedence.get(name, ()):
            reading = read(source)
            value = getattr(reading, name) if reading is not None else None
            if value:
                found[name] = value
                break
    return replace(start, **found) if found else start
