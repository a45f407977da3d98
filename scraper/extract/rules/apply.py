"""Apply a site rule (model.py) to a parsed page: the code that reads what the data points at."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from lxml import etree

from .. import body as body_stage
from ..attributes import compiled, file_by_class
from ..boilerplate import drop_comment_boxes
from ..clean import clean_lines, without_end_mark
from ..data_tables import untable_data
from ..dates import parse_date
from ..fields import Fields
from ..inserts import drop_inserts
from ..labels import byline_author, clean_source, clean_title, element_source, label_value, read_channel
from ..layout import squash, text_of
from ..line_kinds import LINK_LABEL, Kind, kind_by_words, page_link_texts, tag_items
from ..notices import (
    is_original_title,
    is_prompt_line,
    is_repost_byline,
    is_repost_note,
    line_key,
    opens_with_summary_label,
    without_closing_calls,
    without_references,
)
from ..titles import reprinted_headline
from ..tree import Element
from ..widgets import drop_modules
from .model import SiteRule, Step
from .netease import doc_id_from


@dataclass(frozen=True, slots=True)
class RuleReading:
    """What a rule read off a page: its fields, and its body element (pruned), None when it found none."""

    rule: SiteRule
    fields: Fields
    body: Element | None


@lru_cache(maxsize=256)
def _lines(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in patterns)


class _Query:
    """The XPath results of one page, each expression evaluated once.

    Every `//` expression walks the whole tree, and rules name the same container for several fields
    (the info line holds date, source and author), so results are kept for the metadata reads. The rule's
    `Step`s (`by_class`, `by_id`) are answered from one pass over the page's elements, which files only the
    elements carrying one of those class or id names, instead of one tree walk each; any other expression is
    evaluated as the XPath it is. Only valid until the tree is pruned: apply_rule makes one per call and
    drops it before pruning the body.
    """

    __slots__ = ("_classes", "_found", "_ids", "_steps", "root")

    def __init__(self, root: Element, steps: frozenset[Step]) -> None:
        self.root = root
        self._steps = steps
        self._found: dict[str, list[Any]] = {}
        self._classes: dict[str, list[Element]] | None = None
        self._ids: dict[str, list[Element]] = {}

    def __call__(self, expression: str) -> list[Any]:
        found = self._found.get(expression)
        if found is None:
            found = self._found[expression] = self._evaluate(expression)
        return found

    def _evaluate(self, expression: str) -> list[Any]:
        if not isinstance(expression, Step) or expression not in self._steps:
            return list(compiled(expression)(self.root))
        if self._classes is None:
            self._index()
        assert self._classes is not None
        nodes = (self._classes if expression.kind == "class" else self._ids).get(expression.name, [])
        found = [n for n in nodes if expression.tag == "*" or n.tag == expression.tag]
        if not expression.then:
            return found
        path = compiled("." + expression.then)
        return [hit for node in found for hit in path(node)]

    def _index(self) -> None:
        """File every element (as `//*` finds them, in document order) under the step names it carries."""
        classes: dict[str, list[Element]] = {step.name: [] for step in self._steps if step.kind == "class"}
        ids: dict[str, list[Element]] = {step.name: [] for step in self._steps if step.kind == "id"}
        # A class value that holds no wanted name as a substring holds none as a token: one C search spares
        # splitting the page's other class values.
        hint = _any_of(frozenset(classes))
        root = self.root.getroottree().getroot()
        # libxml2 lists the class and id values (most elements carry neither), not a Python step per element.
        if hint is not None:
            for value in _CLASS_VALUES(root):
                if hint.search(value):
                    file_by_class(classes, value, value.getparent())
        if ids:
            for value in _ID_VALUES(root):
                if value in ids:
                    ids[value].append(value.getparent())
        self._classes, self._ids = classes, ids


_CLASS_VALUES = etree.XPath("//@class")
_ID_VALUES = etree.XPath("//@id")


@lru_cache(maxsize=64)
def _any_of(names: frozenset[str]) -> re.Pattern[str] | None:
    return re.compile("|".join(map(re.escape, sorted(names)))) if names else None


@lru_cache(maxsize=64)
def _steps_of(rule: SiteRule) -> frozenset[Step]:
    """Every one-step location of the rule's fields (what its `_Query` indexes)."""
    return frozenset(
        location
        for field in dataclasses.fields(rule)
        for location in _as_tuple(getattr(rule, field.name))
        if isinstance(location, Step)
    )


def _as_tuple(value: object) -> tuple[object, ...]:
    return value if isinstance(value, tuple) else (value,)


def _values(root: _Query, xpaths: tuple[str, ...]) -> Iterator[str]:
    # Lazy: the first non-empty match usually wins, and later expressions need not be evaluated at all.
    for expression in xpaths:
        for value in root(expression):
            text = squash(str(value)) if isinstance(value, str) else squash(text_of(value))
            if text:
                yield text


def _nodes(root: _Query, xpaths: tuple[str, ...]) -> Iterator[Element]:
    for expression in xpaths:
        yield from (n for n in root(expression) if not isinstance(n, str))


def match_rule(
    root: Element, site: str | None, text: str | None, rules: tuple[SiteRule, ...]
) -> SiteRule | None:
    """The first of `rules` whose domain matches `site` (or any when the site is unknown) and whose detect XPath hits.

    With the page `text`, a rule whose `markers` (class or id names its template always carries) are all
    absent is skipped without walking the tree.
    """
    found = _match(root, site, text, rules)
    return found[0] if found is not None else None


def read_with_rule(
    root: Element, site: str | None, text: str | None, rules: tuple[SiteRule, ...], *, now: datetime | None = None
) -> RuleReading | None:
    """`apply_rule` with the rule `match_rule` finds, or None when none matches.

    A detect location that is a `Step` is answered from the rule's class/id index, and the fields are then read
    from that same index: the page's elements are walked once, not once for the detect XPath and again for
    the fields.
    """
    found = _match(root, site, text, rules)
    if found is None:
        return None
    rule, query = found
    return _apply(root, rule, now, query or _Query(root, _steps_of(rule)))


def _match(
    root: Element, site: str | None, text: str | None, rules: tuple[SiteRule, ...]
) -> tuple[SiteRule, _Query | None] | None:
    """The matching rule, with the query that answered its detect location when that is a `Step`."""
    for rule in rules:
        # A rule without domains is a platform's that any site may run (forum software).
        if site is not None and rule.domains and site not in rule.domains:
            continue
        if text is not None and rule.markers and not any(marker in text for marker in rule.markers):
            continue
        if isinstance(rule.detect, Step):
            query = _Query(root, _steps_of(rule))
            if query(rule.detect):
                return rule, query
        elif compiled(rule.detect)(root):
            return rule, None
    return None


def _source(root: _Query, rule: SiteRule) -> str | None:
    for expression in rule.source:
        found = root(expression)
        if any(isinstance(value, str) for value in found):
            # An attribute or text() XPath: the value is the name itself, or a labelled line holding it.
            for value in found:
                text = squash(str(value))
                labelled = label_value(text, "source")
                name = labelled if labelled else (None if re.search(r"[:：]", text) else text)
                if name:
                    return clean_source(name)
            continue
        source = element_source([n for n in found if not isinstance(n, str)])
        if source:
            return source
    return None



def _label(root: _Query, xpaths: tuple[str, ...], kind: str) -> str | None:
    for text in _values(root, xpaths):
        value = label_value(text, kind)
        if value:
            return value
    return None


def _channel(root: _Query, rule: SiteRule) -> list[str]:
    return read_channel(list(_nodes(root, rule.channel)))


def apply_rule(root: Element, rule: SiteRule, *, now: datetime | None = None) -> RuleReading:
    """Read every field the rule locates, then prune the body element in place.

    Metadata is read before pruning: editor and source lines often sit inside the body container.
    """
    return _apply(root, rule, now, _Query(root, _steps_of(rule)))


def _apply(root: Element, rule: SiteRule, now: datetime | None, query: _Query) -> RuleReading:
    """`apply_rule`, reading the page through `query` (made for `rule` on this unpruned tree)."""
    fields = Fields(
        title=clean_title(next(_values(query, rule.title), None)),
        published_at=_published(query, rule, now),
        source=_source(query, rule),
        author=_author(query, rule),
        editor=_label(query, rule.editor, "editor"),
        channel=tuple(_channel(query, rule)),
        doc_id=next((d for d in map(doc_id_from, _values(query, rule.doc_id)) if d), None),
    )
    body = next(_nodes(query, rule.body), None)
    del query  # its results describe the tree before pruning
    if body is not None:
        body_stage.prune(body, rule.drop, rule.stop)
        # Blocks a template inserts into the body: other articles' cards, media players, a box of readers' comments.
        drop_inserts(body)
        drop_comment_boxes(body)
        drop_modules(body)
        untable_data(body)
    return RuleReading(rule=rule, fields=fields, body=body)


def _published(query: _Query, rule: SiteRule, now: datetime | None) -> str | None:
    for raw in _values(query, rule.published):
        published = parse_date(raw, now=now)
        if published:
            return published
    return None


def _author(query: _Query, rule: SiteRule) -> str | None:
    # An author element may hold the bare name or a printed byline (本报记者 王乐文 方 敏); else a label in the
    # info and source lines (which often name the same containers; a repeated expression cannot change the hit).
    named = next((byline_author([v]) or v for v in _values(query, rule.author)), None)
    return named or _label(query, tuple(dict.fromkeys((*rule.info, *rule.source))), "author")


def rule_paragraphs(reading: RuleReading) -> list[str]:
    """The paragraphs of a rule's body, with the rule's widget lines removed (and the chrome its users wrote)."""
    if reading.body is None:
        return []
    found = body_stage.paragraphs(reading.body, _lines(reading.rule.drop_lines), _lines(reading.rule.end_lines))
    if not reading.rule.clean:
        # A template does not fix what its editors write into the body: their follow and app prompts (a call to
        # follow the outlet's accounts where it closes the body), the note of the headline the article first ran
        # under, the original post's byline over a repost and a reprint's note of where it first ran, the headline a
        # reprint pastes again over the text.
        found = found[reprinted_headline(found, reading.fields.title) :]
        # ... nor the summary box its editors print above the text under its label (【导读】…).
        found = found[1:] if len(found) > 2 and opens_with_summary_label(found[0]) else found
        return _without_link_lines(without_end_mark(without_references(without_closing_calls(
            [line for line in found if not _editors_chrome(line)]
        ))), reading.body)
    return clean_lines(found, page_link_texts(reading.body.getroottree().getroot()), reading.fields.title)


def _editors_chrome(line: str) -> bool:
    """A line an editor writes into a rule's body that is no text of the article (`rule_paragraphs`)."""
    return is_prompt_line(line) or is_original_title(line) or is_repost_byline(line) or is_repost_note(line)


# A label, then the title of another page as the rest of the line (【政策原文】<a>某某办法</a>, 相关链接：<a>…</a>).
_LABELLED_LINK = re.compile(rf"^{LINK_LABEL}\s*(?P<title>\S.{{5,}})$")


# A label that sends the reader to other reports (【此前报道】, 【相关阅读】, 延伸阅读：, 【前情回顾】): among the paragraphs
# only such a label makes a link line no text; a line under another label there may be the article's own.
_READ_ON_LABEL = re.compile(
    r"^(?:【[^】]{0,6}(?:报道|阅读|链接|回顾|新闻|专题)】|[^\s，。！？：:]{0,6}(?:报道|阅读|链接|回顾|新闻|专题)[:：])"
)


# A page tool's link is a few words (我要纠错, 打印本页); a longer line is not asked its words, a test that costs a
# rule's body the time of reading every paragraph's.
_TOOL_CHARS = 16


def _without_link_lines(lines: list[str], body: Element) -> list[str]:
    """`lines` without those that label a link to another page (【此前报道】<a>…</a>, 【政策原文】<a>…</a> closing the
    text) or are a page tool's link (<a>我要纠错</a>): where to read on or what to click, set among or under the
    article's paragraphs, no line of it. The page's links are read only when a line has such a shape."""
    shaped = {
        index for index, line in enumerate(lines)
        if (len(line) <= _TOOL_CHARS and kind_by_words(line) is Kind.WIDGET)
        or (_READ_ON_LABEL.match(line) and _LABELLED_LINK.match(line))
        # A label, then a link pointing on with its arrows (【网友晒图】<a>…已有126位网友晒图>></a>), and a row of tags.
        or (_LABELLED_LINK.match(line) and _MORE_ARROWS.search(line)) or tag_items(line)
    }
    if not shaped and not (lines and _LABELLED_LINK.match(lines[-1])):
        return lines
    links = page_link_texts(body.getroottree().getroot())
    end = len(lines)
    # Under the text any label will do: the lines that close it are where to read on.
    while end and _LABELLED_LINK.match(lines[end - 1]) and _is_link_line(lines[end - 1], links):
        end -= 1
    return [
        line for index, line in enumerate(lines[:end])
        if index not in shaped or not (_is_link_line(line, links) or _tags_linked(line, links))
    ]


# A link's arrows pointing on to the page it opens (更多>>, …网友晒图>>).
_MORE_ARROWS = re.compile(r"(?:>>|＞＞|》》|→)$")


def _tags_linked(line: str, links: frozenset[str]) -> bool:
    """Whether `line` is a row of tags each of which is a link's whole text (关键词：<a>闭水试验</a> <a>卫生间防水</a>): the
    outlet's filing of the article, set under it."""
    items = tag_items(line)
    return bool(items) and all(line_key(item) in links for item in items)


def _is_link_line(line: str, links: frozenset[str]) -> bool:
    """Whether `line` is a link's whole text, or a label and then one (the link may hold its label too:
    <a>【延伸阅读】某某</a>)."""
    if line_key(line) in links:
        return True
    found = _LABELLED_LINK.match(line)
    return found is not None and line_key(found["title"]) in links
