"""Apply a site rule (rules.py) to a parsed page: the code that reads what the data points at."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from lxml import etree

from . import body as body_stage
from .dates import parse_date
from .fields import clean_source, clean_title, doc_id_from, label_value
from .rules import RULES, SiteRule
from .tree import Element, node_text, squash

_CRUMB_SPLIT = re.compile(r"\s*(?:>|＞|»|›|/|\|)\s*")
_CRUMB_DROP = frozenset({"正文", "正文内容", "当前位置", "您的位置", "首页 正文"})


@dataclass(frozen=True, slots=True)
class RuleResult:
    """What a rule read off a page; None where it found nothing."""

    rule: SiteRule
    title: str | None
    published_at: str | None
    source: str | None
    author: str | None
    editor: str | None
    channel: list[str]
    doc_id: str | None
    body: Element | None


@lru_cache(maxsize=512)
def _xpath(expression: str) -> etree.XPath:
    # Compiled once per expression for the life of the process: rules are constant data.
    return etree.XPath(expression)


@lru_cache(maxsize=256)
def _lines(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in patterns)


def _values(root: Element, xpaths: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for expression in xpaths:
        for value in _xpath(expression)(root):
            text = squash(str(value)) if isinstance(value, str) else squash(value.text_content())
            if text:
                out.append(text)
    return out


def _nodes(root: Element, xpaths: tuple[str, ...]) -> list[Element]:
    out: list[Element] = []
    for expression in xpaths:
        out.extend(n for n in _xpath(expression)(root) if not isinstance(n, str))
    return out


def match_rule(root: Element, site: str | None) -> SiteRule | None:
    """The first rule whose domain matches `site` (or any rule when the site is unknown) and whose detect XPath hits."""
    for rule in RULES:
        if site is not None and site not in rule.domains:
            continue
        if _xpath(rule.detect)(root):
            return rule
    return None


def _source(root: Element, rule: SiteRule) -> str | None:
    for node in _nodes(root, rule.source):
        # The linked name after 来源: is the source; the text after the link is a place or an IP tag.
        for anchor in node.iter("a"):
            before = anchor.getprevious()
            lead = (before.tail if before is not None else node.text) or ""
            if re.search(r"来源\s*[:：]\s*$", lead):
                name = squash(anchor.text_content())
                if name:
                    return clean_source(name)
        value = label_value(squash(node.text_content()), "source")
        if value:
            return clean_source(value)
    return None


def _label(root: Element, xpaths: tuple[str, ...], kind: str) -> str | None:
    for text in _values(root, xpaths):
        value = label_value(text, kind)
        if value:
            return value
    return None


def _channel(root: Element, rule: SiteRule) -> list[str]:
    return read_channel(_nodes(root, rule.channel))


def read_channel(nodes: list[Element]) -> list[str]:
    """The breadcrumb levels of the first crumb container: the text before 正文, split at its separators.

    Links after the 正文 marker (申请入驻, search boxes) are not levels; script text is never read.
    """
    for node in nodes:
        text = node_text(node)
        parts = _CRUMB_SPLIT.split(text)
        if len(parts) < 2:
            parts = [squash(a.text_content()) for a in node.iter("a")]
        crumbs: list[str] = []
        for part in parts:
            part = part.strip()
            if not part:
                continue
            if part.startswith("正文") or part in _CRUMB_DROP:
                break
            if len(part) <= 24:
                crumbs.append(part)
        if crumbs:
            return crumbs
    return []


def apply_rule(root: Element, rule: SiteRule, *, now: datetime | None = None) -> RuleResult:
    """Read every field the rule locates, then prune the body element in place.

    Metadata is read before pruning: editor and source lines often sit inside the body container.
    """
    titles = _values(root, rule.title)
    published = None
    for raw in _values(root, rule.published):
        published = parse_date(raw, now=now)
        if published:
            break
    authors = _values(root, rule.author)
    author = authors[0] if authors else _label(root, (*rule.info, *rule.source), "author")
    doc_ids = [doc_id_from(v) for v in _values(root, rule.doc_id)]
    source = _source(root, rule)
    editor = _label(root, rule.editor, "editor")
    channel = _channel(root, rule)
    body_nodes = _nodes(root, rule.body)
    body = body_nodes[0] if body_nodes else None
    if body is not None:
        body_stage.prune(body, rule.drop, rule.stop)
    return RuleResult(
        rule=rule,
        title=clean_title(titles[0]) if titles else None,
        published_at=published,
        source=source,
        author=author,
        editor=editor,
        channel=channel,
        doc_id=next((d for d in doc_ids if d), None),
        body=body,
    )


def rule_paragraphs(result: RuleResult) -> list[str]:
    """The paragraphs of a rule's body, with the rule's widget lines removed."""
    if result.body is None:
        return []
    return body_stage.paragraphs(result.body, _lines(result.rule.drop_lines))
