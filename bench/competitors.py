"""The extractors the benchmark compares: ours and five open-source competitors, behind one signature.

Each adapter takes the page bytes, the decoded text (the same string for every competitor) and the
page URL, and returns an `Extraction`. Adapters raise whatever the library raises; the caller counts
an exception as a failure. Competitors run with their default settings, except that goose3 and
newspaper4k get the Chinese setup their own documentation prescribes (jieba-segmented stopwords)
on Chinese pages: without it both score next to nothing on Chinese, which would be a straw man.
"""

from __future__ import annotations

import importlib
import json
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from lxml import html as lxml_html


@dataclass(frozen=True)
class Extraction:
    """What one extractor found on one page; None where it says nothing (or cannot say)."""

    title: str | None
    published_at: str | None  # ISO 8601, as close to the extractor's own value as it gets
    body: str


@dataclass(frozen=True)
class Competitor:
    """An extractor under test."""

    name: str
    run: Callable[[bytes, str, str | None, bool], Extraction]  # (data, text, url, chinese)
    gives_date: bool = True


# Dates as the competitors print them: "2019-09-07 13:43:45", "2019年09月07日 13:43", "2019/9/7"...
_LOOSE_DATE = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:\s*T?\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?"
)
# Charset labels inside the markup (<meta charset>, http-equiv, <?xml encoding>).
_CHARSET_LABEL = re.compile(
    r"""(<meta[^>]*?charset\s*=\s*["']?|<\?xml[^>]*?encoding\s*=\s*["']?)[\w.:-]+""", re.IGNORECASE
)
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "section",
        "article",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "header",
        "footer",
    ]
)


def iso_date(value: Any) -> str | None:
    """Normalise a competitor's publish date (datetime, date or string) to ISO 8601, or None."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).isoformat()
    except ValueError:
        pass
    match = _LOOSE_DATE.search(text)
    if not match:
        return None
    year, month, day, hour, minute, second = match.groups()
    try:
        day_value = date(int(year), int(month), int(day))
        if hour is None:
            return day_value.isoformat()
        return datetime(
            day_value.year, day_value.month, day_value.day, int(hour), int(minute), int(second or 0)
        ).isoformat()
    except ValueError:
        return None


def html_text(fragment: str) -> str:
    """Visible text of an HTML fragment, with a line break after each block so words do not fuse."""
    if not fragment.strip():
        return ""
    root = lxml_html.fromstring(fragment)
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
    return str(root.text_content())


def _ours(data: bytes, text: str, url: str | None, chinese: bool) -> Extraction:
    # Imported per call so the bench still runs (reporting failures) while scraper.extract is missing.
    scraper = importlib.import_module("scraper")
    article = scraper.extract(data, url)
    return Extraction(article.title, article.published_at, "\n".join(article.paragraphs))


def _ours_without_rules(data: bytes, text: str, url: str | None, chinese: bool) -> Extraction:
    # Every site rule off: the generic path alone, as a NetEase template or a portal no rule was written for.
    scraper = importlib.import_module("scraper")
    article = scraper.extract(data, url, rules=False)
    return Extraction(article.title, article.published_at, "\n".join(article.paragraphs))


def trafilatura_record(text: str, url: str | None) -> dict[str, Any]:
    """trafilatura's JSON record of a page with its metadata ({} when it finds nothing)."""
    import trafilatura

    out = trafilatura.extract(text, url=url, output_format="json", with_metadata=True)
    return dict(json.loads(out)) if out else {}


def _trafilatura(data: bytes, text: str, url: str | None, chinese: bool) -> Extraction:
    record = trafilatura_record(text, url)
    if not record:
        return Extraction(None, None, "")
    return Extraction(record.get("title"), iso_date(record.get("date")), record.get("text") or "")


def gne_result(text: str) -> dict[str, Any]:
    """GNE's result for a page (title, author, publish_time, content)."""
    from gne import GeneralNewsExtractor

    return dict(GeneralNewsExtractor().extract(text))


def _gne(data: bytes, text: str, url: str | None, chinese: bool) -> Extraction:
    result = gne_result(text)
    return Extraction(result.get("title"), iso_date(result.get("publish_time")), result.get("content") or "")


def _readability(data: bytes, text: str, url: str | None, chinese: bool) -> Extraction:
    from readability import Document

    document = Document(text, url=url)
    return Extraction(document.short_title(), None, html_text(document.summary(html_partial=True)))


def newspaper_article(text: str, url: str | None, chinese: bool) -> Any:
    """newspaper4k's parsed Article of a page, with the Chinese setup on a Chinese page."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from newspaper import Article
        from newspaper.configuration import Configuration

    config = Configuration()
    config.fetch_images = False  # it would download the top image to measure it
    if chinese:
        config.language = "zh"
    article = Article(url or "", config=config)
    article.download(input_html=text)
    article.parse()
    return article


def _newspaper(data: bytes, text: str, url: str | None, chinese: bool) -> Extraction:
    article = newspaper_article(text, url, chinese)
    return Extraction(article.title or None, iso_date(article.publish_date), article.text or "")


def _goose(data: bytes, text: str, url: str | None, chinese: bool) -> Extraction:
    from goose3 import Goose
    from goose3.text import StopWordsChinese

    config: dict[str, Any] = {"enable_image_fetching": False}
    if chinese:
        config["stopwords_class"] = StopWordsChinese
    # goose3 re-encodes a str with UTF-8 but parses it with the page's own <meta charset>, so a decoded
    # gb2312-labelled page comes out empty; relabelling the already-decoded text as UTF-8 is neutral.
    relabelled = _CHARSET_LABEL.sub(r"\1utf-8", text)
    with Goose(config) as goose:
        article = goose.extract(raw_html=relabelled)
        return Extraction(article.title or None, iso_date(article.publish_date), article.cleaned_text or "")


COMPETITORS: dict[str, Competitor] = {
    c.name: c
    for c in (
        Competitor("scraper", _ours),
        Competitor("scraper-norules", _ours_without_rules),
        Competitor("trafilatura", _trafilatura),
        Competitor("gne", _gne),
        Competitor("readability", _readability, gives_date=False),
        Competitor("newspaper4k", _newspaper),
        Competitor("goose3", _goose),
    )
}
