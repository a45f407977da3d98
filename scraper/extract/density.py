"""Body by text density, for Chinese portal pages without a site rule.

The method, in order (after CETD and GNE, with readability's candidate propagation):
1. Drop blocks that are boilerplate by their class/id (share, recommend, related, comment, footer, ad …,
   also in pinyin — pinglun, xiangguan, tuijian — and in camelCase — commentList, relatedNews) or by a
   heading of the Chinese portal kind (相关推荐, 热点推荐, 热门, 排行 …, in simplified or traditional characters).
2. Score every text block: characters of non-link text, plus Chinese punctuation (，。！？；：), which
   article prose is dense with and navigation is not; times (1 − link density)².
3. Each block gives its score to its parent in full and to its grandparent in half; the best-scoring
   container is the body.
4. Its lines are the paragraphs, without lines that are mostly links and without label lines
   (来源：, 责任编辑：, 分享到).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .clean import TEASER, TRADITIONAL
from .terms import COMMENT_HEADINGS, LIST_HEADINGS, META_LINE, PAGE_TOOL_WORDS, SHARE_WORDS, alternation
from .tree import SKIP_TAGS, Element, block_lines, marker_of, squash

_BOILERPLATE = re.compile(
    r"(^|[\s_-])(share|sharing|social|recommend|related|relate|comment|comments|footer|foot|sidebar|side|"
    r"aside|nav|navbar|menu|breadcrumb|crumb|advert|ads?|banner|hot|rank|ranking|topnews|tags?|keywords|"
    r"copyright|disclaimer|statement|login|toolbar|pager|pagination|author-?info|more|links?|friend|"
    # the same words as many Chinese templates write them, in pinyin (评论, 相关, 推荐, 热门, 排行, 分享), and
    # a comment area's other English names
    r"recommendations?|reply|replies|discuss|cmt|pinglun|pl|xiangguan|tuijian|remen|paihang|fenxiang)([\s_-]|$)",
    re.IGNORECASE,
)
# Class names are also written in camelCase (relatedNews, commentList). Only the unambiguous words are
# read there: a camelCase name made of side, more, hot or tags is as often the article's own column.
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_CAMEL_BOILERPLATE = re.compile(
    r"(^|[\s_-])(share|recommend|related|comments?|reply|replies|pinglun|xiangguan|tuijian)([\s_-]|$)", re.IGNORECASE
)
_BOILERPLATE_HEADING = re.compile("^" + alternation((*LIST_HEADINGS, *COMMENT_HEADINGS, *SHARE_WORDS)) + "[:：]?$")
_PUNCT = re.compile(r"[，。！？；：、,.!?;:“”]")
# Share and page tools, with or without a colon.
_TOOL_LINE = re.compile(r"^[（(]?\s*" + alternation((*SHARE_WORDS, *PAGE_TOOL_WORDS)))
_CANDIDATE_TAGS = frozenset({"div", "article", "section", "main", "td", "span", "font", "center", "body", "dd", "li"})
_TEXT_BLOCKS = frozenset({"p", "div", "td", "span", "font", "section", "article", "li", "dd", "pre", "blockquote", "h2", "h3", "h4"})


# Tags that are boilerplate whatever their class or id.
_NAMED_BOILERPLATE_TAGS = SKIP_TAGS | {"nav", "footer", "aside", "form", "header"}


def _marker(node: Element) -> str:
    return marker_of(node)


def drop_boilerplate(root: Element) -> None:
    """Remove boilerplate blocks (by class/id and by portal headings) from the tree, in place."""
    for node in _boilerplate_blocks(root):
        parent = node.getparent()
        if parent is not None:
            parent.remove(node)
    _drop_headed_lists(root)


def _boilerplate_blocks(root: Element) -> list[Element]:
    """The elements `_is_boilerplate_block` names, in document order."""
    # Most elements carry neither a class nor an id (and are no skipped or sectioning tag): they are passed
    # over before the marker string is built.
    return [
        n for n in root.iter()
        if (n.get("class") is not None or n.get("id") is not None or n.tag in _NAMED_BOILERPLATE_TAGS)
        and _is_boilerplate_block(n)
    ]


def _is_boilerplate_block(node: Element) -> bool:
    """Scripts, navigation, and blocks whose class/id names boilerplate (unless they hold prose)."""
    tag = node.tag if isinstance(node.tag, str) else ""
    if not tag or tag in {"html", "body"}:
        return False
    if tag in _NAMED_BOILERPLATE_TAGS:
        return True
    marker = _marker(node)
    if not marker.strip():
        return False
    named = _BOILERPLATE.search(marker) or _CAMEL_BOILERPLATE.search(_CAMEL.sub(" ", marker))
    return bool(named and not _looks_like_article(node))


def _drop_headed_lists(root: Element) -> None:
    """A heading such as 相关推荐 goes, and takes the list that follows it with it."""
    for heading in list(root.iter("h2", "h3", "h4", "div", "span", "p", "strong", "b")):
        text = squash(heading.text_content()) if len(heading) < 4 else ""
        # Hong Kong and Taiwan pages print the same headings in traditional characters (相關新聞, 熱門文章).
        if not text or len(text) > 12 or not _BOILERPLATE_HEADING.match(text.translate(TRADITIONAL)):
            continue
        parent = heading.getparent()
        if parent is None:
            continue
        following = heading.getnext()
        if following is not None and following.tag in {"ul", "ol", "div", "dl", "table"}:
            parent.remove(following)
        parent.remove(heading)


def _looks_like_article(node: Element) -> bool:
    # A container named "content-share-wrap" may still hold the article; keep any block dense with prose.
    text = node.text_content()
    return len(text) > 400 and len(_PUNCT.findall(text)) > 10 and _link_density(node, len(text)) < 0.2


def _link_density(node: Element, total: int | None = None) -> float:
    total = total if total is not None else len(node.text_content())
    if total == 0:
        return 1.0
    linked = sum(len(a.text_content()) for a in node.iter("a"))
    return min(1.0, linked / total)


def _own_text(node: Element) -> str:
    """Text directly in `node` and in its inline children, not in nested blocks."""
    parts = [node.text or ""]
    for child in node:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag and tag not in _TEXT_BLOCKS and tag not in SKIP_TAGS:
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return squash("".join(parts))


def _blocks(root: Element) -> Iterator[tuple[Element, float]]:
    for node in root.iter():
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag not in _TEXT_BLOCKS:
            continue
        text = _own_text(node)
        # A teaser cut short ("…" or "...") is another article's summary in a card: no article text, however
        # long and punctuated (a listing of cards otherwise outscores a short article).
        if len(text) < 10 or (len(text) >= 20 and TEASER.search(text)):
            continue
        # Direct <a> children only; iterating every descendant link of every block is quadratic on deep pages.
        linked = sum(len(a.text_content()) for a in node.iterchildren("a"))
        density = min(1.0, linked / len(text))
        score = (len(text) / 25 + len(_PUNCT.findall(text))) * (1 - density) ** 2
        if score > 0:
            yield node, score


def best_container(root: Element) -> Element | None:
    """The element that holds the most article-like text, or None."""
    scores: dict[Element, float] = {}
    for node, score in _blocks(root):
        parent = node.getparent()
        if parent is None:
            continue
        scores[node] = scores.get(node, 0.0) + score
        scores[parent] = scores.get(parent, 0.0) + score
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + score / 2
    if not scores:
        return None
    candidates = [
        (score * (1 - _link_density(node)), node)
        for node, score in scores.items()
        if isinstance(node.tag, str) and node.tag in _CANDIDATE_TAGS | {"p"}
    ]
    if not candidates:
        return None
    best = max(candidates, key=lambda pair: pair[0])[1]
    # A lone paragraph wins only when nothing contains it with more text; prefer its container.
    if best.tag == "p" and best.getparent() is not None:
        best = best.getparent()
    return best


def density_paragraphs(root: Element) -> tuple[list[str], Element | None]:
    """Body paragraphs by text density, and the container they came from.

    The tree is modified: boilerplate blocks are removed.
    """
    drop_boilerplate(root)
    body = root.find("body")
    container = best_container(body if body is not None else root)
    if container is None:
        return [], None
    for node in list(container.iter("ul", "ol", "dl", "table", "div")):
        text = node.text_content()
        if node is not container and len(text) > 0 and _link_density(node, len(text)) > 0.5:
            parent = node.getparent()
            if parent is not None:
                parent.remove(node)
    out = []
    for line in block_lines(container):
        if META_LINE.match(line) or _TOOL_LINE.match(line) or _BOILERPLATE_HEADING.match(line):
            continue
        out.append(line)
    return out, container
