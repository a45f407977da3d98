"""Title candidates of a page whose template no rule knows: what the headings and the <title> agree on.

After GNE's title method: the headline is printed twice, once in a heading element and once in the
<title> (or og:title) with the site and channel around it, so the heading that is part of the <title> is
the headline, and the <title>'s other parts are the site's names. In order:

1. `shared_title`: the longest heading (h1-h4, or an element whose class/id says title) whose text is part
   of the <title> or og:title, outside lists of other articles; a heading that is only one of the
   <title>'s site or channel parts (an <h1> holding the site's name) is not the headline.
2. `split_title`: the <title> cut at its separators (_ | -- and a spaced dash), when the first part is the longest and
   every other part is short (a channel, the site, its domain).

The headlines a page prints without a <title> to agree with (the lead line above the first paragraph, an
untitled page's heading, a state script's title) are read in lead_titles.py.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from lxml import etree

from .attributes import is_hidden, marker_of
from .layout import node_text, squash, text_of
from .tree import Element, text_before
from .urls import absolute, split_url

__all__ = [
    "CRUMB_ARROW",
    "HEADINGS",
    "MIN_CHARS",
    "blog_owners",
    "completed",
    "cut_start",
    "in_list",
    "is_crumb",
    "is_logo",
    "names_around",
    "printed_title",
    "reads_as_article",
    "reprinted_headline",
    "self_link_texts",
    "shared_title",
    "site_parts",
    "split_title",
    "title_key",
    "uncounted",
]

# Blocks named title are found from their class and id attributes up (`//@class[…]/parent::*`): the same
# elements in document order as testing every element's attributes (`//*[contains(@class, …) or …]`), in
# a fraction of the time.
HEADINGS = etree.XPath(
    "/descendant::h1 | /descendant::h2 | /descendant::h3 | /descendant::h4"
    " | (/descendant::*/@class[contains(., 'title') or contains(., 'Title') or contains(., 'biaoti')"
    " or contains(., 'headline')]"
    # the same name in pinyin (biaoti) and as English headline
    " | /descendant::*/@id[contains(., 'title') or contains(., 'Title') or contains(., 'biaoti')])"
    "/parent::*[self::div or self::span or self::p or self::td or self::strong or self::b or self::font]"
    "[string-length(normalize-space(.)) < 120]"
)
# The marks that part a <title> whether or not spaces set them off.
_MARKS = r"--|_|\||｜|丨|»|::"
# Chinese headlines use —— for a subtitle, so a dash separates the site's name only with spaces around it.
# An unspaced hyphen separates only a short name that runs to the next hyphen or the end (标题-新闻频道-和讯网),
# never a number (COVID-19) or a word with spaces.
_SEPARATORS = re.compile(rf"\s*(?:{_MARKS}|\s[-–—]\s|-(?=[^\s\d-]{{1,16}}(?:-|$)))\s*")
# The marks set off by spaces on both sides (标题 - 某某_zz99的博客 - 某某博客): where a <title> uses them, a mark
# without spaces belongs to a name.
_SPACED_SEPARATORS = re.compile(rf"\s+(?:{_MARKS}|[-–—])\s+")
_SPACE = re.compile(r"\s+")
_LIST_CONTEXT = re.compile(r"(相关|推荐|热点|热门|排行|更多|recommend|related|hot|rank|list|side|footer|nav)", re.IGNORECASE)
# The headline's longest rival part of a <title> is a channel or a site name: at most this long.
_SITE_PART = 16
MIN_CHARS = 4


def title_key(text: str) -> str:
    """`text` NFKC-folded (full- and half-width alike) without whitespace: how headings, printed lines and
    <title> parts are compared."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text))


_key = title_key

# A headline printed again over the article takes at most this many lines (a paper sets its title in two or three).
HEADLINE_LINES = 3


def reprinted_headline(lines: list[str], title: str | None) -> int:
    """How many of the first `lines` print the headline again: the headline whole, or broken over up to three
    lines as a paper sets it (人代会今日听取审议 / 人大常委会工作报告); 0 when they do not.

    Reprints keep the paper's title lines at the top of the text they paste into the body container: they are
    the headline, read as such, and not the article's first paragraphs.
    """
    want = title_key(title or "")
    joined = ""
    for count, line in enumerate(lines[:HEADLINE_LINES], 1):
        key = title_key(line)
        joined += key
        if not key or not want.startswith(joined):
            return 0
        if joined == want:
            return count
    return 0


def _parts(title: str) -> list[str]:
    return [part for part in _SEPARATORS.split(title.strip()) if part]


def split_title(title: str | None) -> str | None:
    """The headline part of a <title> that carries the site and channel names, or None.

    Args:
        title: the <title> (or og:title) text.

    Returns:
        The first part, when it is the longest and every other part is at most a short name; a later part
        (the site's name first: 某某网_标题) when it is at least twice as long as every other; else None.
    """
    if not title:
        return None
    parts = _parts(title)
    if len(parts) < 2:
        return None
    head, rest = parts[0], parts[1:]
    if len(head) >= MIN_CHARS and all(len(part) <= _SITE_PART and len(part) < len(head) for part in rest):
        return head
    longest = max(parts, key=len)
    others = [part for part in parts if part is not longest]
    if all(len(part) <= _SITE_PART and 2 * len(part) <= len(longest) for part in others):
        return longest
    return None


def site_parts(title: str | None) -> frozenset[str]:
    """The whitespace-free parts of a <title> that are not its headline part (the site, the channel)."""
    if not title:
        return frozenset()
    head = split_title(title)
    return frozenset(_parts_besides(title, head)) if head else frozenset()


def _parts_besides(title: str, head: str) -> set[str]:
    """The whitespace-free parts of `title` other than its headline part `head`. A part set off by spaced marks
    counts whole as well (某某_zz99的博客 in `标题 - 某某_zz99的博客 - 某某博客`): a blog's or a user's name may hold a
    mark the unspaced split cuts at."""
    spaced = [part for part in _SPACED_SEPARATORS.split(title.strip()) if part and head not in part]
    return {_key(part) for part in (*_parts(title), *spaced) if part != head}


# A text node is a printed line of its own unless it is a link, navigation, or not shown at all.
# `//body/descendant::text()`, not `//body//text()`: the same runs in document order, without a step per element
# whose results libxml2 merges (a tenth less time).
_LINES = etree.XPath(
    "//body/descendant::text()[string-length(normalize-space(.)) >= 4][string-length(normalize-space(.)) < 120]"
    "[not(ancestor::a or ancestor::li or ancestor::nav or ancestor::footer or ancestor::script"
    " or ancestor::style or ancestor::option or ancestor::textarea)]"
)


# What sets a site's or a channel's name off from the headline in a <title> (NFKC-folded, whitespace gone):
# the marks `_SEPARATORS` splits at, and an unspaced dash or colon, which headlines print too (李克强：…, …——…):
# those are read as a name's mark only around a line the page prints as its headline.
_NAME_MARKS = "-–—_|丨»:·•/"
_NAME_SPLIT = re.compile(f"[{re.escape(_NAME_MARKS)}]+")
# A programme's or a column's name in title marks or brackets before the headline (《某某新闻》标题, [某某新闻]标题,
# 【某某】标题): its marks set it off.
_BOOK_NAME = re.compile(r"(?:《[^《》]{1,16}》|\[[^\[\]]{1,16}\]|【[^【】]{1,16}】)$")


def names_around(reference: str, line: str) -> list[str] | None:
    """The names a <title> prints around a line of the page: `reference` (a title_key) is `line` (another)
    with parts before or after it, each set off by a name's mark and at most a site part long; else None."""
    at = reference.find(line) if line else -1
    if at < 0 or len(reference) == len(line):
        return None
    before, after = reference[:at], reference[at + len(line) :]
    if (before and before[-1] not in _NAME_MARKS and not _BOOK_NAME.search(before)) or (
        after and after[0] not in _NAME_MARKS
    ):
        return None
    names = [name for name in _NAME_SPLIT.split(before + _NAME_MARKS[0] + after) if name]
    return names if names and all(len(name) <= _SITE_PART for name in names) else None


def printed_title(root: Element, references: list[str], url: str | None = None) -> str | None:
    """The part of a multi-part <title> or og:title that the page prints as a line of its own, or None.

    A <title> of a headline, a channel and a site (in any order, with any separators) names its headline
    in the part the page also prints. The part the lengths point at (`split_title`) wins when printed; when
    the lengths tell nothing, the longest printed part; when the part they point at is printed nowhere on
    the page (a site's long name first) and exactly one other part is printed, that part. A <title> no
    separator splits is read by `_printed_with_names`; a one-part <title> is never confirmed otherwise: a site
    greeting may be printed too. The page's links to itself (`url`, its address) print lines of their own too.
    """
    # The page's printed lines, read once for every reference and both readings.
    texts: list[str] | None = None
    lines: set[str] = set()
    unsplit: list[str] = []
    for reference in references:
        parts = _parts(reference)
        if len(parts) < 2:
            continue
        if texts is None:
            texts = _printed_lines(root, url)
            lines = {_key(text) for text in texts}
        spanning = _spanning_line(texts, reference)
        if spanning is not None:
            return spanning
        printed = [part for part in parts if len(_key(part)) > MIN_CHARS and _key(part) in lines]
        if not printed and (headline := _over_subtitle(parts, texts, lines)) is not None:
            return headline
        if not printed:
            # No part printed whole: a part may hold a name and the headline the page prints (《栏目》标题_某某台).
            unsplit.append(reference)
        head = split_title(reference)
        if head is None and printed:
            return max(printed, key=len)
        if head is not None and (head in printed or (len(printed) == 1 and _key(head) not in _key(_body_text(root)))):
            return head if head in printed else printed[0]
    # A <title> no separator splits (标题—财经—某某网: dashes without spaces, which headlines print too) names its
    # headline in the line the page prints with only names around it in the <title>. Government sites join the
    # site, the column and the headline with spaces alone (某某县人民政府 部门动态 标题): a space there sets a name off too.
    singles = [reference for reference in references if len(_parts(reference)) < 2] + unsplit
    if not singles:
        return None
    return _printed_with_names(texts if texts is not None else _printed_lines(root, url), singles)


def _over_subtitle(parts: list[str], texts: list[str], lines: set[str]) -> str | None:
    """The headline of a <title> part that joins it and its subtitle with a space (标题 副题--某某网), the subtitle
    whole or cut short: the page prints the two as lines of their own, and the first is the headline. A headline's
    length sets the first apart from a column's name before a headline (国内 标题)."""
    for part in parts:
        pieces = part.split()
        if len(pieces) != 2 or len(_key(pieces[0])) < _NAMED_HEADLINE or _key(pieces[0]) not in lines:
            continue
        rest = _key(pieces[1])
        if len(rest) > MIN_CHARS and any(_key(text).startswith(rest) for text in texts):
            return pieces[0]
    return None


def _spanning_line(texts: list[str], reference: str) -> str | None:
    """The longest printed line that runs over two parts of the <title> or more, marks and all, with only names
    around it there (新华全媒+丨积极因素…_国内新闻_某某网 printed as 新华全媒+丨积极因素…): the headline holds the mark
    the <title>'s names are set off by, so the parts it spans are one headline, not a name and a headline."""
    key = _key(reference)
    found, longest = None, _NAMED_HEADLINE - 1
    for text in texts:
        line = _key(text)
        if len(line) <= longest:
            continue
        # The <title>'s cheap test first; each name shorter than the line: a printed run of the channel's and the
        # site's names is no headline.
        names = names_around(key, line)
        if names is not None and all(len(name) < len(line) for name in names) and len(_parts(text)) >= 2:
            found, longest = _SPACE.sub(" ", text).strip(), len(line)
    return found


# The links whose address holds a given run (the last part of the page's own path).
_LINKS_HOLDING = etree.XPath("//body//a[contains(@href, $tail)]")
# A path's last part this short (/, /a/) names no page of its own.
_OWN_TAIL = 4
# A printed line is shorter than this (`_LINES`'s bound).
_LINE_CHARS = 120


def _printed_lines(root: Element, url: str | None) -> list[str]:
    """The lines the page prints (`_LINES`), and the texts of its links to itself: a blog prints a post's title as
    a link to the post's own address (its permalink), which names no other article."""
    lines = [str(text) for text in _LINES(root)]
    return lines + self_link_texts(root, url) if url else lines


def self_link_texts(root: Element, url: str) -> list[str]:
    """The texts, as long as a printed line, of the links whose address is the page's own (`url`)."""
    own = _address(url)
    tail = own[1].rstrip("/").rsplit("/", 1)[-1] if own else ""
    if own is None or len(tail) < _OWN_TAIL:
        return []
    try:
        anchors = _LINKS_HOLDING(root, tail=tail)
    except ValueError:  # a control character in the address, which no XPath string may hold
        return []
    texts = []
    for anchor in anchors:
        text = squash(text_of(anchor))
        if MIN_CHARS <= len(text) < _LINE_CHARS and _address(absolute(anchor.get("href"), url)) == own:
            texts.append(text)
    return texts


def _address(url: str | None) -> tuple[str, str, str] | None:
    """(host, path, query) of `url`, or None for none or a malformed one ("http://[x")."""
    parts = split_url(url)
    return (parts.netloc.lower(), parts.path, parts.query) if parts is not None else None


# Whitespace between two Chinese characters (a Chinese <title> sets no spaces between its own words).
_CJK_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
# A line the <title> holds with names around it is read as its headline from this length: a channel's name
# printed in the page (新闻中心) is shorter.
_NAMED_HEADLINE = 8
# A channel and a site: with one name only, the line may be a headline's main title (主标题——副标题) or the part
# after a speaker's colon (某某：…), and the <title> the whole headline.
_NAMES_AROUND = 2


def _spaced_readings(reference: str) -> list[str]:
    """The keys of a <title> whose spaces between Chinese words are read as a name's mark: all of them, and the first
    or the last few only, since a headline prints such a space of its own too (某某市人民政府 部门动态 上句 下句)."""
    spaces = list(_CJK_SPACE.finditer(reference))
    readings = []
    for count in range(1, len(spaces) + 1):
        for chosen in (spaces[:count], spaces[-count:]):
            marked, last = [], 0
            for space in chosen:
                marked += [reference[last : space.start()], _NAME_MARKS[0]]
                last = space.end()
            readings.append(_key("".join(marked) + reference[last:]))
    return list(dict.fromkeys(readings))


def _printed_with_names(texts: list[str], references: list[str]) -> str | None:
    """The longest of the page's printed lines (`texts`) that one of `references` (<title> texts) holds with a
    channel's and a site's names around it (`names_around`), each shorter than the line; None when the page prints
    a reference whole (then it is the headline as it stands)."""
    printed = [(_SPACE.sub(" ", text).strip(), _key(text)) for text in texts]
    keys = [_key(reference) for reference in references]
    if any(key in keys for _, key in printed):
        return None
    # Each <title> also with its spaces read as a name's mark, where they stand between Chinese words.
    keys += [key for reference in references for key in _spaced_readings(reference)]
    found: tuple[str, str] | None = None
    for line, key in printed:
        if len(key) < _NAMED_HEADLINE or (found is not None and len(key) <= len(found[1])):
            continue
        for reference in keys:
            names = names_around(reference, key)
            if names is not None and all(len(name) < len(key) for name in names) and (
                len(names) >= _NAMES_AROUND or _named_before(reference, key, names)
            ):
                found = (line, key)
    return found[0] if found else None


# A site's or a public body's name as it ends (某某网, 某某日报, 中国地震局, 某某市人民政府): one such name before the
# line it prints, set off by a hyphen, an underscore or a bar and the <title> ending on that line, is the site's; a
# kicker or a main title before a subtitle names nothing like it, and a body before a colon is the speaker of a
# headline that quotes it (国家统计局：前三季度…).
_SITE_NAME_END = re.compile(r"(?:网|报|台|社|局|厅|委|办|府|院|部|署|会|中心|在线|频道|新闻)$")
_SITE_MARKS = "-_|｜"


def _named_before(reference: str, key: str, names: list[str]) -> bool:
    """Whether the one name `names` holds stands before the printed line `key`, which ends the <title>
    (`reference`), set off by a site's mark (`_SITE_MARKS`), and is named like a site or a public body."""
    if len(names) != 1 or len(reference) <= len(key) or not reference.endswith(key):
        return False
    return reference[-len(key) - 1] in _SITE_MARKS and _SITE_NAME_END.search(names[0]) is not None


def cut_start(text: str) -> int:
    """Where the mark that cuts `text` short begins (an ellipsis, or three dots or more, at its end, with the
    spaces before it), or -1 when it is not cut. Read from the end: an expression searched for the same mark
    tries every start, and a long run of spaces or dots in a page's <title> took seconds."""
    body = text.rstrip("…")
    if len(body) == len(text):
        body = text.rstrip(".")
        if len(text) - len(body) < 3:
            return -1
    return len(body.rstrip())


def completed(root: Element, title: str | None) -> str | None:
    """`title`, or, when it is cut short (本市迎来入冬以来最大…), the line the page prints that it opens: the
    headline in full, which the <title> only began. A title not cut short, or one no printed line completes,
    stays as it is."""
    cut = cut_start(title or "")
    stem = _key(title[:cut]) if title and cut >= 0 else ""
    if len(stem) < MIN_CHARS:
        return title
    found = _printed_line(root, lambda key: key.startswith(stem) and len(key) > len(stem) and cut_start(key) < 0)
    return found if found is not None else title


def _printed_line(root: Element, wanted: Callable[[str], bool]) -> str | None:
    """The first line the page prints outside a list whose key (`title_key`) is `wanted`, squashed, or None."""
    for text in _LINES(root):
        if wanted(_key(str(text))):
            owner = text.getparent()
            if owner is not None and not in_list(owner):
                return squash(str(text))
    return None


def whole_printed(root: Element, title: str | None, whole: str | None) -> str | None:
    """`whole` where `title` is only its first part, up to a space (a government ArticleTitle meta holding the main
    title, the <title> main title and subtitle: 我市启动春季义务植树 首批基地开放) and the page prints `whole` as a
    line of its own; `title` otherwise. The printed line is the headline the reader sees; the meta cut it at the
    subtitle."""
    if not title or not whole or len(whole) <= len(title) or not whole.startswith(title):
        return title
    if not whole[len(title)].isspace():
        return title
    key = _key(whole)
    return squash(whole) if _printed_line(root, lambda printed: printed == key) is not None else title


# A short bracketed note after the headline: a paged article's page number (标题(2)_网易新闻中心), a forum's
# reprint request (标题(转载请注明作者)_某某论坛), a gallery's (组图).
_TRAILING_NOTE = re.compile(r"\s*[(（][^()（）]{1,10}[)）]$")


def uncounted(root: Element, title: str | None) -> str | None:
    """`title` without the note a <title> adds after the headline (a later page's number, a reprint request), when
    the page prints the headline as a line without it; a note the page prints with the headline (系列报道(2)) is
    the headline's own and stays."""
    found = _TRAILING_NOTE.search(title or "")
    if title is None or found is None:
        return title
    lines = {_key(str(text)) for text in _LINES(root)}
    stem = title[: found.start()]
    return stem if _key(stem) in lines and _key(title) not in lines else title


def _body_text(root: Element) -> str:
    body = root.find(".//body")
    return str(text_of(body)) if body is not None else ""


def is_logo(node: Element) -> bool:
    """Whether a heading is the site's logo: named so, opening with an image, holding a link to the site's home,
    or naming a blog (某某_zz99的博客: a blog platform heads every post of the blog with its name).

    An image after the heading's text is no logo: templates put the article's toolbar (print, text size) in the
    <h1> after the headline.
    """
    if "logo" in marker_of(node).lower() or _opens_with_image(node):
        return True
    if _BLOG_NAME.search(node_text(node).strip()):
        return True
    return any(_HOME.match(anchor.get("href") or "-") for anchor in node.iter("a"))


# The separator between two levels of a breadcrumb written as links with arrows between them.
CRUMB_ARROW = re.compile(r"^\s*(?:>{1,2}|＞{1,2}|›|»|→|-{1,2}>|－{1,2}>|－{1,2}＞)\s*$")


def is_crumb(node: Element) -> bool:
    """Whether `node` is a breadcrumb's level: a link right after an arrow (论坛 › 讨论区 › <a>the headline</a>),
    printed as a run of text or as an element of its own (a forum's <em>›</em>). Forums and CMS pages end
    their breadcrumb with the article's headline; the headline is printed again, as the page's own, below."""
    if node.tag != "a":
        return False
    previous = node.getprevious()
    run = text_before(node)
    if not run.strip() and previous is not None:
        run = text_of(previous)
    return CRUMB_ARROW.match(run) is not None


def _opens_with_image(node: Element) -> bool:
    """Whether `node` holds an image with less than MIN_CHARS of text before it."""
    before = 0
    for event, element in etree.iterwalk(node, events=("start", "end")):
        if event == "start":
            if element.tag == "img":
                return True
            # A comment's text is not printed; its tail is.
            before += len(_key(element.text or "")) if isinstance(element.tag, str) else 0
        elif element is not node:
            before += len(_key(element.tail or ""))
        if before >= MIN_CHARS:
            return False
    return False


# What a blog platform calls a blog after its owner's name (某某的博客, 某某的个人空间, 某某的部落格).
_BLOG_KINDS = "博客|个人空间|個人空間|空间|空間|部落格|网志|網誌"
# A blog's name as its platform prints it, a column's too (某某的专栏): no post's headline ends so.
_BLOG_NAME = re.compile(rf"的(?:{_BLOG_KINDS}|专栏|專欄)$")
# A <title> part that names the blog by its owner (某某的博客, 某某_zz99的日志, as the platform heads each post).
_OWNED_BLOG = re.compile(rf"^(?P<owner>\S.{{0,19}}?)的(?:{_BLOG_KINDS}|日志|日誌)$")
_HOME = re.compile(r"^(?:(?:https?:)?//[^/]+)?/?(?:index\.\w{3,5})?(?:[?#].*)?$", re.IGNORECASE)


def blog_owners(title: str | None) -> list[str]:
    """The names a blog platform's <title> calls its blog by (标题 - 某某的博客 - 某某网: 某某), the owner's. A part
    set off by spaced marks counts whole: an owner's name may hold a mark (蘅皋散人_zz99 in 蘅皋散人_zz99的博客)."""
    if not title:
        return []
    parts = (*_SPACED_SEPARATORS.split(title.strip()), *_parts(title))
    return [found["owner"] for part in parts if (found := _OWNED_BLOG.match(part.strip())) is not None]


# A list of other articles is mostly links; an article's column holds paragraphs of text, whatever its name.
_ARTICLE_CHARS = 3 * 150
_LINKED_SHARE = 0.2


def reads_as_article(container: Element) -> bool:
    """Whether a container holds a few paragraphs' worth of text, of which links are a small share: the
    article's column, even when it is named like a list (main-list)."""
    text = len(_key(str(text_of(container))))
    if text < _ARTICLE_CHARS:
        return False
    linked = sum(len(_key(str(text_of(anchor)))) for anchor in container.iter("a"))
    return linked < _LINKED_SHARE * text


def in_list(node: Element) -> bool:
    """Whether `node` sits where no headline is printed: a list, a link, navigation, an aside or any footer.

    Unlike the date and source readers (`article_lists.own_footer`), an article's own footer is not let through:
    it holds the date row, 来源 and tags, which are why those readers look there, and never the headline."""
    for ancestor in node.iterancestors():
        if ancestor.tag in {"li", "nav", "footer", "aside", "a"}:
            return True
        marker = marker_of(ancestor)
        if marker.strip() and _LIST_CONTEXT.search(marker):
            return True
    return False


def _headline_part(reference: str) -> str:
    """The <title>'s headline part (`split_title`), else its first part, else the whole."""
    return split_title(reference) or (_parts(reference) or [reference])[0]


def _other_parts(reference: str) -> set[str]:
    """The whitespace-free parts of a <title> other than its headline part (`_headline_part`)."""
    return _parts_besides(reference, _headline_part(reference))


def shared_title(root: Element, references: list[str]) -> str | None:
    """The longest heading whose text is part of one of the references (<title>, og:title), or None.

    Args:
        root: the parsed page.
        references: the <title> and og:title texts (empty ones are skipped).

    Returns:
        The heading's text as printed, or None when no heading shares enough of a reference.
    """
    # (the reference, its site and channel parts, the least a heading must share of its headline part). The
    # headline part is the one the lengths point at, not the first: a <title> may print the site first.
    keys = [(_key(ref), _other_parts(ref), len(_key(_headline_part(ref))) / 2) for ref in references if ref]
    if not keys:
        return None
    best: str | None = None
    for node in HEADINGS(root):
        text = node_text(node)
        key = _key(text)
        if len(key) < MIN_CHARS or (best is not None and len(key) <= len(_key(best))):
            continue
        for reference, site_parts, least in keys:
            # A heading that is only the site's or the channel's name, or the site's logo, is not the headline;
            # nor is one the page hides (a share widget's copy of the whole <title>, the site's name and all).
            if key in reference and len(key) >= least and key not in site_parts and _shown_headline(node):
                best = text
                break
    return best


def _shown_headline(node: Element) -> bool:
    """Whether a heading may be the page's headline: outside lists of other articles, not the site's logo, and
    shown to the reader."""
    return not in_list(node) and not is_logo(node) and not is_hidden(node)
