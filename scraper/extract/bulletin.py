"""A bulletin board post's header, as boards of the SMTH family print it over the post's text:

    发信人: someone (nickname), 信区: Travel
    标  题: the post's subject
    发信站: 某某社区 (Sat Jul 17 21:05:32 2010), 站内

The subject is the page's headline where the <title> holds it (the <title> adds the board's name and a label,
同主题阅读：…); the server's stamp is the post's time. The first post's header is the page's: the replies under it
print their own (标  题: Re: …), later.
"""

from __future__ import annotations

import re

from lxml import etree

from .dates import parse_date
from .layout import squash
from .terms import POST_STAMP_LABEL
from .titles import title_key
from .tree import Element

__all__ = ["post_stamp", "post_subject"]

# The text runs a header line may be in, found by libxml2 from a word of its label.
_SUBJECT_RUNS = etree.XPath("//body//text()[contains(., '题')][string-length(.) < 200]")
_STAMP_RUNS = etree.XPath(f"//body//text()[contains(., '{POST_STAMP_LABEL}')][string-length(.) < 200]")
# The subject's line, its label spaced or not: the <title> confirms it (line_kinds.py, with no such check, takes only
# the spaced label for a header's).
_SUBJECT_LINE = re.compile(r"^\s*标\s*题\s*[:：]\s*(?P<subject>\S.{3,})$")
_STAMP_LINE = re.compile(rf"^\s*{POST_STAMP_LABEL}\s*[:：]")


def post_subject(root: Element, references: list[str]) -> str | None:
    """The subject of the page's first post (标  题: …), when the <title> or og:title (`references`) holds it."""
    for run in _SUBJECT_RUNS(root):
        found = _SUBJECT_LINE.match(str(run))
        if found is not None:
            subject = squash(found["subject"])
            key = title_key(subject)
            return subject if any(key in title_key(reference) for reference in references) else None
    return None


def post_stamp(root: Element) -> str | None:
    """The time the server stamped on the page's first post (发信站: 某某社区 (Sat Jul 17 21:05:32 2010))."""
    for run in _STAMP_RUNS(root):
        if _STAMP_LINE.match(str(run)):
            return parse_date(str(run))
    return None
