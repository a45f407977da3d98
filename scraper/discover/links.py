"""Links of an HTML page (a channel home page, saved or live) that have a NetEase article URL form."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from ..decode import decode
from ..extract.rules.netease import article_url
from ..extract.tree import parse
from ..extract.urls import absolute
from .model import Link


def page_links(data: bytes, url: str, content_type: str | None = None) -> list[Link]:
    """The article links of an HTML page in document order, dated by their path where it holds a date.

    Navigation, photo sets, videos and specials have no article form and are left out; an article URL loses
    its query and fragment (tracking parameters such as ?clickfrom=…), the path names the article.

    Raises:
        ExtractError: the bytes hold no HTML document.
    """
    text, _ = decode(data, content_type)
    root = parse(text, url)
    base = absolute(next(iter(root.xpath("//base/@href")), None), url) or url
    links = []
    for href in root.xpath("//a/@href"):
        target = absolute(str(href), base)
        if not target or urlsplit(target).scheme not in {"http", "https"}:
            continue
        form = article_url(target)
        if form is not None:
            links.append(Link(strip_query(target), form.dated))
    return links


def strip_query(url: str) -> str:
    """The URL without query and fragment."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(query="", fragment=""))


__all__ = ["page_links", "strip_query"]
