"""Article -> text in an output format: JSON (the record), plain text or Markdown.

Plain text and Markdown open with a metadata block between `---` lines, as trafilatura writes with its
metadata on (values are JSON strings, which YAML reads too); Markdown then gives the headline, the paragraphs
and the meetings as a nested list. The block also lets the writer tell which article a file holds.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from typing import Any

from .errors import ConfigError
from .model import Article

FORMATS = ("json", "txt", "md")
EXTENSIONS = {"json": ".json", "txt": ".txt", "md": ".md"}
# Metadata block keys, in order; null fields are left out.
_HEADER_KEYS = ("title", "url", "doc_id", "published_at", "source", "author", "editor", "site", "channel")
# A paragraph opening like Markdown syntax (heading, quote, list item, numbered item, rule) is escaped.
_MD_LEAD = re.compile(r"^(?:[#>+*-]|\d+[.)]\s|={3,}|_{3,})")


def dumps(record: Mapping[str, Any], *, compact: bool = False) -> str:
    """Serialise a record as UTF-8 JSON text (Chinese kept as is, not \\u-escaped)."""
    if compact:
        return json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(record, ensure_ascii=False, indent=2)


def fingerprint(title: str | None, paragraphs: list[str]) -> str:
    """A short hash of an article's text (headline and paragraphs): its name when it has no doc id or URL."""
    digest = hashlib.sha256("\n".join([title or "", *paragraphs]).encode("utf-8"))
    return digest.hexdigest()[:12]


def identity(record: Mapping[str, Any]) -> str:
    """The article a record (or a metadata block) stands for: `doc:<id>`, else `url:<URL>`, else
    `title:<headline>`, else `text:<hash>`.

    The headline before the text's hash: a saved page without a URL, extracted again by a newer version whose
    paragraphs differ, is still the same article.
    """
    if record.get("doc_id"):
        return f"doc:{record['doc_id']}"
    if record.get("url"):
        return f"url:{record['url']}"
    if record.get("title"):
        return f"title:{record['title']}"
    if record.get("fingerprint"):
        return f"text:{record['fingerprint']}"
    paragraphs = record.get("paragraphs")
    # A file of someone else's at the path may hold anything under "paragraphs": only a list of strings is text.
    if not isinstance(paragraphs, list) or not all(isinstance(paragraph, str) for paragraph in paragraphs):
        paragraphs = []
    return f"text:{fingerprint(record.get('title'), paragraphs)}"


def render(article: Article, fmt: str = "json", *, compact: bool = False, extra: Mapping[str, Any] | None = None) -> str:
    """Return the article in `fmt` ("json", "txt" or "md"), ending with a newline.

    Args:
        article: the record.
        fmt: the output format.
        compact: JSON on one line (JSON only).
        extra: keys added to the record (`scraped_at`, `input_url`); in text formats, to the metadata block.

    Raises:
        ConfigError: an unknown format (a ScraperError: nothing else leaves the package).
    """
    record = article.to_dict()
    if extra:
        record.update(extra)
    if fmt == "json":
        return dumps(record, compact=compact) + "\n"
    if fmt not in FORMATS:
        raise ConfigError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")
    header = _header(record, fingerprint(article.title, article.paragraphs), extra or {})
    if fmt == "txt":
        return header + "".join(f"{paragraph}\n" for paragraph in article.paragraphs)
    parts = [f"# {_md_line(article.title)}"] if article.title else []
    parts += [_md_paragraph(paragraph) for paragraph in article.paragraphs]
    if article.meetings:
        parts += ["## Meetings", "\n".join(_md_meeting(meeting) for meeting in article.meetings)]
    return header + "\n" + "\n\n".join(parts) + "\n"


def read_header(text: str) -> dict[str, Any] | None:
    """The metadata block at the top of a text or Markdown file we wrote, or None when it has none."""
    lines = text.split("\n")
    if not lines or lines[0] != "---":
        return None
    values: dict[str, Any] = {}
    for line in lines[1:]:
        if line == "---":
            return values
        key, sep, value = line.partition(": ")
        if not sep:
            return None
        try:
            values[key] = json.loads(value)
        except (ValueError, RecursionError):  # RecursionError: nested deeper than the parser goes
            return None
    return None


def _header(record: Mapping[str, Any], digest: str, extra: Mapping[str, Any]) -> str:
    keys = [*_HEADER_KEYS, *(key for key in extra if key not in _HEADER_KEYS)]
    lines = [f"{key}: {json.dumps(record[key], ensure_ascii=False)}" for key in keys if record.get(key)]
    return "---\n" + "".join(f"{line}\n" for line in [*lines, f"fingerprint: {json.dumps(digest)}"]) + "---\n"


def _md_line(text: str) -> str:
    return " ".join(text.split())


def _md_paragraph(text: str) -> str:
    text = text.replace("\n", " ")
    return "\\" + text if _MD_LEAD.match(text) else text


def _md_text(text: str | None, indent: int) -> str:
    """List-item text: a span over several paragraphs continues on indented lines."""
    return (text or "").replace("\n", "\n" + " " * (indent + 2))


def _person(person: Mapping[str, Any] | None) -> str:
    if not person:
        return ""
    name, role = person.get("name"), person.get("role")
    if name and role:
        return f"{name}（{role}）"
    return str(name or person.get("text") or "")


def _md_meeting(meeting: Mapping[str, Any]) -> str:
    where = ", ".join(str(meeting[key]) for key in ("date", "place") if meeting.get(key))
    lines = [f"- **{meeting.get('name') or 'Meeting'}**" + (f" ({where})" if where else "")]
    facts = [("organizer", meeting.get("organizer")), ("host", _person(meeting.get("host"))),
             ("speakers", "; ".join(_person(p) for p in meeting.get("speakers") or [])),
             ("attendees", meeting.get("attendees"))]
    lines += [f"  - {label}: {_md_text(value, 2)}" for label, value in facts if value]
    for point in meeting.get("points") or []:
        text = point.get("text")
        lines.append(f"  - **{point.get('cue')}**" + (f": {_md_text(text, 2)}" if text else ""))
        lines += [f"    - **{item.get('marker')}** {_md_text(item.get('text'), 4)}" for item in point.get("items") or []]
    return "\n".join(lines)


__all__ = ["EXTENSIONS", "FORMATS", "dumps", "fingerprint", "identity", "read_header", "render"]
