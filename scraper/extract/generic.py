"""The generic body: the paragraphs of a page whose template no site rule knows.

Chinese pages get two readings, our text-density container (density.py) and trafilatura's, and a choice
between them; other pages get trafilatura's, run on the tree we already parsed so the page is not parsed
twice. Metadata of such pages is read by the "guess" sources (candidates.py, dom.py).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable

import trafilatura
from lxml import etree

from ..hanzi import CJK
from ..model import Image
from . import body as body_stage
from .boilerplate import drop_comment_boxes, drop_latin_comment_boxes
from .boxes import Lengths
from .clean import clean_lines
from .data_tables import untable_data
from .density import CAPTION_CHARS, density_paragraphs, density_reading
from .figures import cross_heads, picture_captions, unlink_picture_zooms, with_captions
from .inserts import drop_cards, drop_inserts
from .latin import without_chrome, without_company_note
from .layout import block_lines, squash, squashed_longer_than, text_of
from .line_kinds import Kind, is_stamped_item, kind_by_words, page_link_texts
from .meta import html_title
from .notices import is_byline
from .scripted import script_body
from .terms import DISCLAIMER_LABELS, EDITOR_TAG_LINE, LIST_HEADINGS, META_LINE, SHARE_WORDS, alternation, announces
from .titles import site_parts, title_key
from .tokens import line_shingle_keys, overlap, shingle_keys
from .tree import Element, hangs_below, remove
from .vote import closed_by_editor, outvoted
from .widgets import drop_article_modules, drop_modules

# The marked element from its attribute up: the same first element as `//*[@itemprop='articleBody']`, without
# testing the attributes of every element of the page.
_ARTICLE_ELEMENT = etree.XPath("(//@itemprop[. = 'articleBody']/parent::* | //article | //main)[1]")

# Lines of trafilatura's reading that are no body: metadata lines, a lone share prompt, a list heading, the
# platform's disclaimer.
_PROMPT_LINES = re.compile(
    "^(?:"
    + "|".join(
        (
            META_LINE.pattern[1:],
            alternation(SHARE_WORDS) + "[:：]?$",
            alternation(LIST_HEADINGS) + "$",
            alternation(DISCLAIMER_LABELS) + "[:：]",
        )
    )
    + ")"
)
# Lines that close Chinese portal and self-media articles without being part of them: editor tags
# (【编辑:陈海峰】), reprint and infringement disclaimers, follow prompts.
_BOILERPLATE_LINES = re.compile(
    EDITOR_TAG_LINE.pattern
    + r"|如有侵权|侵权请联系|不代表本(?:网|站|平台)(?:的)?(?:观点|立场)|仅供参考[，,]?不构成"
    r"|^关注我[，,]|^(?:作品声明|免责声明)[:：]|^(?:点击|扫码)(?:关注|下载)|^(?:本网站|本站)所刊载信息"
    r"|^(?:还没有评论|请先登录后发表评论)"
)


# A page with more Chinese characters than this is read as a Chinese page.
CHINESE_CHARS = 200


def _may_be_chinese(text: str) -> bool:
    """Whether `text` is long enough in UTF-8 to hold more than CHINESE_CHARS Chinese characters.

    Each character `CJK` matches takes three bytes in UTF-8, two more than its one character, so a text
    with fewer extra bytes holds fewer of them: most Latin pages are told so by one encoding pass in C
    instead of a regular-expression scan of their whole text.
    """
    return len(text.encode("utf-8", "surrogatepass")) - len(text) > 2 * CHINESE_CHARS


def _at_least(pattern: re.Pattern[str], text: str, count: int) -> bool:
    """Whether `pattern` matches at least `count` times in `text`; stops at the count-th match, not the last."""
    return sum(1 for _ in itertools.islice(pattern.finditer(text), count)) >= count


def generic_paragraphs(
    root: Element, url: str | None, title: str | None = None, widget_lines: tuple[str, ...] = ()
) -> tuple[list[str], list[Image], tuple[str, ...]]:
    """Body paragraphs, images and the byline lines above the article of a page without a site rule.

    Chinese pages: two readings, our text-density container (density.py) and trafilatura's, and a choice
    between them by how their texts overlap (see `choose_body`); images from the density container.
    Other pages: trafilatura alone, the best reading there, with the images it keeps, less the chrome it
    keeps (latin.py: the headline printed again, lists of links, calls to action, captions); the density
    reading only when trafilatura finds nothing. The tree is consumed. `widget_lines` are the site's own widget
    lines (regular expressions for whole lines), dropped from a Chinese page's reading.
    """
    # The whole text, not a prefix: inline CSS and scripts can fill the first 100,000 characters.
    sample = text_of(root)[:2_000_000] if len(root) else ""
    chinese = _may_be_chinese(sample) and _at_least(CJK, sample, CHINESE_CHARS + 1)
    if not chinese:
        return _other_paragraphs(root, url, title)
    links, names, held = _pruned(root)
    # Layout tables on Chinese portals are navigation more often than content. The density reading already
    # plays the part of trafilatura's own fallbacks (readability, jusText), so trafilatura runs without them:
    # the same accuracy on the corpus, less work. trafilatura reads a copy of the tree it is given, so it goes
    # first and the density reading, which prunes the tree, needs no copy of its own.
    extracted = trafilatura_paragraphs(root, url, tables=False, fast=True)
    density, container, captions = density_reading(root)
    known: dict[str, list[str]] = {}  # line -> its tokens, for the body choice and the third reading
    in_table = container is not None and _in_table(container)
    # Told only when the readings disagree that far: the lengths of every cell of a table-era page cost time.
    in_cell = (lambda: _cell_holds_most(container)) if container is not None else None
    chosen = choose_body(density, extracted, in_table=in_table, in_cell=in_cell, known=known, captions=captions)
    pictured = picture_captions(container) if container is not None else frozenset()
    if chosen is density:
        # The editor's tag first: the third reading drops it, as neither other reading holds it.
        chosen = closed_by_editor(density, extracted, known)
        chosen = outvoted(chosen, extracted, container if container is not None else root, known)
    else:
        chosen = _with_dispatch_lead(chosen, density)
        if container is not None:
            chosen = with_captions(chosen, density, pictured)
            # trafilatura reads a Chinese page without its headings: the cross-heads go back between paragraphs.
            chosen = with_captions(chosen, density, cross_heads(container), inside=True)
            # ... and without a paragraph some templates set as a styled <div>: a sentence the density reading
            # prints between two lines both readings hold goes back in its place.
            chosen = with_captions(chosen, density, _paragraphs_of(density), inside=True)
            # ... and without the items a lead-in announces (…如下：) when it reads their list as a menu.
            chosen = with_captions(chosen, density, _announced_items(density, links), inside=True)
    if held is not None:
        chosen, container = _with_script_copy(chosen, container, held, pictured)
    # A link to more trailing a paragraph (详情>>) is a widget on any template, as a rule's body reading has it.
    chosen = body_stage.rejoined([line for line in map(body_stage.without_trailing_widget, chosen) if line])
    # Cards of other articles go first: a run of them in mid-body would read as the article's end.
    chosen, bylines = _cleaned(drop_cards(chosen, links), links, title, names, pictured)
    widgets = [re.compile(pattern) for pattern in widget_lines]
    lines = [
        line for line in chosen
        if not (len(line) < 120 and _BOILERPLATE_LINES.search(line)) and not any(w.search(line) for w in widgets)
    ]
    return lines, (body_stage.images(container, url) if container is not None else []), bylines


def _other_paragraphs(
    root: Element, url: str | None, title: str | None
) -> tuple[list[str], list[Image], tuple[str, ...]]:
    """`generic_paragraphs` of a page not read as Chinese: trafilatura's reading less its chrome, else the
    density reading."""
    # Images first, from the page's own article element: trafilatura prunes the tree, and its image
    # output would change its text (markdown image lines, captions).
    holder = next(iter(_ARTICLE_ELEMENT(root)), None)
    found = body_stage.images(holder, url) if holder is not None else []
    # A comment thread under its heading goes first: trafilatura finds it by its class names, which a page may hash.
    drop_latin_comment_boxes(root)
    extracted = without_company_note(without_chrome(trafilatura_paragraphs(root, url, tables=True), title, root), url)
    if extracted:
        return extracted, found, ()
    density, container = density_paragraphs(root)
    return density, (body_stage.images(container, url) if container is not None else []), ()


# A line this long ending a sentence is a paragraph of prose (a caption or a heading is shorter).
_PARAGRAPH_CHARS = 40
_PARAGRAPH_ENDS = ("。", "！", "？", "”", "」")


def _paragraphs_of(lines: list[str]) -> frozenset[str]:
    """The lines of a reading that are paragraphs of prose: long, ending a sentence."""
    return frozenset(line for line in lines if len(line) >= _PARAGRAPH_CHARS and line.endswith(_PARAGRAPH_ENDS))


# A lead-in announces a list (主要更新内容如下：, terms.announces); its items end as clauses or sentences do (…；, …。).
_ITEM_ENDS = ("；", ";", "。")
# An enumeration holds two items at least.
_MIN_ITEMS = 2


def _announced_items(lines: list[str], links: frozenset[str]) -> frozenset[str]:
    """The lines of a reading that a lead-in line (ending in a colon) announces: the run right after it whose every
    line ends a clause or a sentence and is no link's text, two lines at least. A list of other articles' titles
    under 相关阅读： ends in no such mark."""
    found: set[str] = set()
    for index, line in enumerate(lines[:-1]):
        if not announces(line):
            continue
        run = list(itertools.takewhile(lambda item: item.endswith(_ITEM_ENDS) and item not in links, lines[index + 1 :]))
        if len(run) >= _MIN_ITEMS:
            found.update(run)
    return frozenset(found)


def _pruned(root: Element) -> tuple[frozenset[str], frozenset[str], Element | None]:
    """Prune a Chinese page's tree of what both readings would misread (hidden and clipped blocks, figure and
    data tables, inserts, modules), after taking from it what the pruning loses: the page's link texts, the
    <title>'s other parts and the article a script may hold."""
    # Zoom links off before the link texts are read: a caption inside a picture's zoom link is the article's.
    unlink_picture_zooms(root)
    links, names = page_link_texts(root), site_parts(html_title(root))
    held = script_body(root)
    drop_hidden(root)
    drop_comment_boxes(root)
    show_clipped(root)
    untable_figures(root)
    drop_inserts(root)
    drop_modules(root, whole_page=True)
    drop_article_modules(root)
    # After the widget steps, which know a score board or a match's statistics by its table.
    untable_data(root)
    return links, names, held


def _cleaned(
    lines: list[str], links: frozenset[str], title: str | None, names: frozenset[str], captions: frozenset[str]
) -> tuple[list[str], tuple[str, ...]]:
    """`clean_lines`, and the byline and credit lines it dropped above the article's first kept line (文/林一苇,
    记者王五／台北报导) or after its last (记者：王五　摄像：李四): they name the author, whom the author readers take
    from them as from a rule's bylines.

    A kept line above the article that is one of the <title>'s other parts (`names`: the channel's or the site's
    name, 即時新聞 in 标题 | 即時新聞 | 某某日報) labels the page, not the article: it goes too."""
    kept = clean_lines(lines, links, title, captions)
    while kept and title_key(kept[0]) in names:
        kept = kept[1:]
    first = lines.index(kept[0]) if kept else len(lines)  # kept lines are the input's own
    last = len(lines) - lines[::-1].index(kept[-1]) if kept else len(lines)  # the last line kept, found from the end
    # ... and the staff credits closing it (记者：王五　摄像：李四): its writer is named there as in a byline above it.
    bylines = tuple(line for line in (*lines[:first], *lines[last:]) if is_byline(line))
    if len(kept) > 2 and _CREDITED_PICTURE.search(kept[0]) and is_byline(kept[1]):
        # A lead picture's caption (…某某记者 王五 摄) above the byline line: the byline still heads the text.
        return [kept[0], *kept[2:]], (*bylines, kept[1])
    return kept, bylines


# A picture's caption ending in its photographer's credit (…。某某日报记者 王五 摄, （王五 摄）).
_CREDITED_PICTURE = re.compile(r"(?:[\u4e00-\u9fff·]{2,4}\s*/?\s*摄影?[）)]?|摄\s*/\s*[\u4e00-\u9fff·]{2,4})$")
# A dispatch opening an article's first paragraph: 【某报专讯】, 本报讯, 某某社北京6月1日电, 某某网讯（记者 …）.
_DISPATCH_LEAD = re.compile(
    r"^(?:【[^】\s]{2,12}(?:专讯|專訊|讯|訊|电|電)】|[^，。！？\s]{0,16}(?:报讯|報訊|电|電|网讯|網訊)[（(\s　：:])"
)


def _with_dispatch_lead(chosen: list[str], density: list[str]) -> list[str]:
    """trafilatura's reading with the article's opening paragraph it left out: a template that prints its dispatch
    paragraph (【某报专讯】…) in a block of its own above the block of the rest, which the density reading holds
    right above trafilatura's first line. Only a paragraph that opens with a dispatch and ends a sentence: a
    summary or a teaser above the article opens with neither."""
    if not chosen or chosen is density or chosen[0] not in density:
        return chosen
    at = density.index(chosen[0])
    lead = density[at - 1] if at > 0 else ""
    if not _DISPATCH_LEAD.match(lead) or not lead.endswith(("。", "！", "？", "”", "」")) or lead in chosen:
        return chosen
    return [lead, *chosen]


def _spaced(word: str) -> str:
    """A pattern for `word` with any run of spaces between its characters."""
    return " *".join(map(re.escape, word))


# Inline styles that hide an element or clip it, as XPath's translate(@style, 'ABC…Z ', 'abc…z') read them: a
# style may be written in capitals (A-Z only, hence ASCII case folding) and with spaces (U+0020 only) anywhere.
# A pattern over the style as written finds what a search of the translated style finds, several times faster.
_HIDING_STYLE = re.compile(f"{_spaced('display:none')}|{_spaced('visibility:hidden')}", re.IGNORECASE | re.ASCII)
_CLIPPING_STYLE = re.compile(_spaced("overflow:hidden"), re.IGNORECASE | re.ASCII)
# The elements with a hidden attribute or a style, found from the attributes up (a union keeps document order).
_HIDDEN_OR_STYLED = etree.XPath("//body/descendant::*/@hidden/.. | //body/descendant::*/@style/..")
_STYLED = etree.XPath("//body/descendant::*/@style/..")


def _hidden(root: Element) -> list[Element]:
    """The elements the page hides from its reader, in document order: the hidden attribute, or an inline style
    of display:none or visibility:hidden."""
    return [
        node for node in _HIDDEN_OR_STYLED(root)
        if node.get("hidden") is not None or _HIDING_STYLE.search(node.get("style") or "")
    ]


def _clipped(root: Element) -> list[Element]:
    """The elements an inline style of overflow:hidden clips, in document order."""
    return [node for node in _STYLED(root) if _CLIPPING_STYLE.search(node.get("style") or "")]


# A hidden element with more text than this, or with a sentence in it, may be the article's own rest, shown by a
# script (展开全文): it stays.
HIDDEN_TEXT = 200
_HIDDEN_SENTENCE = re.compile(r"[^。！？!?\s]{20}[^。！？!?]*[。！？!?]")


# A class the page's own style sheet clips to nothing, in any of the visually-hidden idioms' spellings
# (clip: rect(1px, 1px, 1px, 1px), rect(0 0 0 0), rect(0,0,0,0); clip-path: inset(100%)): the screen-reader-only
# labels a template prints before a byline or a caption (作者，, 图像加注文字，), read out, never shown.
_STYLE_RULE = re.compile(r"\.([\w-]+)\s*\{([^{}]*)\}")
_CLIPPED_AWAY = re.compile(
    r"clip\s*:\s*rect\(\s*[01](?:px)?\s*[,\s)]|clip-path\s*:\s*inset\(\s*(?:50|100)%", re.IGNORECASE
)
_STYLES = etree.XPath("//style/text()")


def _screen_reader_only(root: Element) -> list[Element]:
    """The elements whose class the page's style sheets clip away (_CLIPPED_AWAY), in document order."""
    names = {
        rule.group(1) for sheet in _STYLES(root) if "clip" in sheet
        for rule in _STYLE_RULE.finditer(sheet) if _CLIPPED_AWAY.search(rule.group(2))
    }
    if not names:
        return []
    return [node for node in root.iter() if isinstance(node.tag, str) and names & set((node.get("class") or "").split())]


def drop_hidden(root: Element) -> None:
    """Remove the short elements without sentences the page hides from its reader, as a reader's view
    (Readability's) leaves hidden elements out: the addresses printed hidden beside a list of links, a dropdown's
    items, a screen reader's labels. They sit between the visible lines of a block and break its shape (a run of
    link lines read as a menu). A screen reader's label that names a credit (作者，, 职务，, 图像来源，) goes with the
    field it labels: the byline row or the picture's credit, whose value alone would read as a line of text."""
    for node in [*_hidden(root), *_screen_reader_only(root)]:
        text = text_of(node)
        if not hangs_below(node, root) or squashed_longer_than(text, HIDDEN_TEXT) or _HIDDEN_SENTENCE.search(text):
            continue
        field = node.getparent()
        labelled = field is not None and field is not root and _CREDIT_LABEL.match(squash(text)) is not None
        remove(field if labelled and not squashed_longer_than(text_of(field), _CREDIT_FIELD) else node)


# A screen reader's label of a credit field, its comma or colon after it (作者，, 職務，, 图像来源，, Image source,): the
# label a template prints hidden before a byline's name, a reporter's role or a picture's source. A caption's label
# (图像加注文字，) names no credit: the caption stays.
_CREDIT_LABEL = re.compile(
    r"^(?:作者|記者|记者|职务|職務|职位|職位|(?:图像|圖像|图片|圖片|照片)?(?:来源|來源))\s*[，,：:]$"
    r"|^(?:author|role|image source|source)\s*[,:]$",
    re.IGNORECASE,
)
# A credit field's whole text, its label included: a name, a role, an agency.
_CREDIT_FIELD = 40


# A block clipped to a height (overflow:hidden) with a button to show the rest (展开全文): the article itself on
# mobile and self-media templates. trafilatura drops every element whose style names `hidden`, clipped or not.
_DECLARED_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_CLIP = re.compile(r"overflow(?:-[xy])?\s*:\s*hidden\s*;?", re.IGNORECASE)


def show_clipped(root: Element) -> None:
    """Take the clip off the blocks of prose a page shows in part (an article collapsed under 展开全文), as a
    reader's view shows them whole: a block with more than HIDDEN_TEXT characters and a sentence in it loses its
    overflow:hidden, so that neither reading leaves it out. A block the page hides outright keeps its style."""
    for node in _clipped(root):
        style = node.get("style") or ""
        text = text_of(node)
        if not _DECLARED_HIDDEN.search(style) and squashed_longer_than(text, HIDDEN_TEXT) and _HIDDEN_SENTENCE.search(text):
            node.set("style", _CLIP.sub("", style))


def untable_figures(root: Element) -> None:
    """Print a picture laid out in a table of its own (the picture in one row, its caption in the next, as pages
    of the table era place them among the article's paragraphs) as a block: a paragraph holding the picture, then
    a paragraph holding the caption. trafilatura reads Chinese pages without their tables (layout tables there
    are navigation), and would lose the caption. A table with a link or more than one picture or line stays."""
    for table in list(root.iter("table")):
        # A layout table holds tables; the test stops at the first, before the pictures of its whole subtree are
        # counted (two at most: more than one is no figure).
        if table.find(".//table") is not None:
            continue
        images = list(itertools.islice(table.iter("img"), 2))
        if len(images) != 1 or table.find(".//a") is not None:
            continue
        lines = block_lines(table)
        if len(lines) != 1 or not CAPTION_CHARS[0] <= len(lines[0]) <= CAPTION_CHARS[1]:
            continue
        figure = etree.Element("div")
        picture = etree.SubElement(figure, "p")
        picture.append(images[0])
        # Centred, as the caption's row was: read as the picture's caption (body.images) as well.
        etree.SubElement(figure, "p", align="center").text = lines[0]
        figure.tail = table.tail
        parent = table.getparent()
        if parent is not None:
            parent.replace(table, figure)


# A script-held article (scripted.py) replaces the DOM's reading unless the reading holds this share of it.
HELD_IN_DOM = 0.5
# Below this many shingles a script-held text is a summary or a snippet, not an article.
HELD_ARTICLE = 100


def _with_script_copy(
    chosen: list[str], container: Element | None, held: Element, captions: frozenset[str]
) -> tuple[list[str], Element | None]:
    """The reading and its container, given the article the page's script data holds (`held`)."""
    held_lines = body_stage.paragraphs(held)
    if not _holds(chosen, held_lines):
        # The article is rendered by script from data the page carries; the DOM holds only its surroundings.
        return held_lines, held
    return _without_template_inserts(chosen, held_lines, captions), container


def _without_template_inserts(reading: list[str], held: list[str], captions: frozenset[str]) -> list[str]:
    """`reading` without the lines between the script-held article's first and last paragraph that its copy
    does not hold: the page's script carries the article as its editors wrote it, and the template renders its
    own cards into it (a service card's 出行提醒 with bus times, an ad's text). A picture's caption stays: a
    template may render captions from the pictures' data rather than the article's HTML."""
    theirs = shingle_keys("\n".join(held))
    keys = {title_key(line) for line in held}

    def in_copy(line: str) -> bool:
        mine = shingle_keys(line)
        return title_key(line) in keys or overlap(mine, theirs) * 2 >= max(sum(mine.values()), 1)

    kept = [in_copy(line) for line in reading]
    if kept.count(True) < 2:
        return reading
    first, last = kept.index(True), len(kept) - 1 - kept[::-1].index(True)
    return [
        line for index, line in enumerate(reading)
        if kept[index] or not first < index < last or line in captions
    ]


def _holds(reading: list[str], held: list[str]) -> bool:
    """Whether the DOM's reading already holds the article the script data carries (or that is no article)."""
    theirs = shingle_keys("\n".join(held))
    total = sum(theirs.values())
    if total < HELD_ARTICLE:
        return True
    return overlap(theirs, shingle_keys("\n".join(reading))) >= HELD_IN_DOM * total


# choose_body's thresholds, all on counts of 4-token shingles (tokens.shingle_keys).
# A reading contains the other when more than this share of the other's shingles are found in it.
CONTAINED = 0.9
# trafilatura's reading, containing the density reading, is longer by more than this factor: the extra is
# boilerplate (trafilatura fell back to the whole page).
TRAFILATURA_PADDED = 1.5
# The density reading, containing trafilatura's, is longer by more than this factor: the extra is boilerplate
# (the container swallowed a list) ...
DENSITY_PADDED = 1.15
# ... unless it is longer by more than this factor: then trafilatura kept only a fragment of the article.
TRAFILATURA_FRAGMENT = 4
# The readings agree when each holds more than this share of the other's shingles.
AGREEMENT = 0.8
# trafilatura's reading holds less than this share of the density reading's shingles: it did not read the table cell
# that holds most of the density container's text.
MISSED_CELL = 0.5


def choose_body(
    density: list[str],
    extracted: list[str],
    *,
    in_table: bool = False,
    in_cell: Callable[[], bool] | None = None,
    known: dict[str, list[str]] | None = None,
    captions: frozenset[str] = frozenset(),
) -> list[str]:
    """Pick between the density reading and trafilatura's for a Chinese page.

    When one reading contains the other and is much longer, the longer one carries boilerplate (the
    density container swallowed a list, or trafilatura fell back to the whole page) — except when the
    density reading is several times longer, where trafilatura kept only a fragment. When they agree, the
    density reading keeps the portal's own paragraphing and captions; when they disagree, trafilatura's,
    unless trafilatura's reading holds no paragraph of prose and the density reading does, or the density
    container sits in a layout table (`in_table`) and reads longer: trafilatura reads
    Chinese pages without their tables, so it never saw that article and read what lies outside the table. So too
    when a table cell inside the container holds most of its text (`in_cell`, asked last: a forum thread's first
    post) and trafilatura's reading holds less than half of the density reading's: it never read that cell.
    `known` (line -> its tokens) is filled with both readings' lines, for the third reading to read again.
    `captions` are the density reading's lines that captioned pictures beside its container gave: a lead
    picture's caption is the article's, not padding, so it does not count towards the density reading's length
    when that is weighed against trafilatura's (which keeps to the article's block and leaves the picture out).
    """
    if not density or not extracted:
        return density or extracted
    # The readings share most lines when they agree: each distinct line is tokenized once.
    known = {} if known is None else known
    ours, theirs = line_shingle_keys(density, known), line_shingle_keys(extracted, known)
    n_ours, n_theirs = sum(ours.values()) or 1, sum(theirs.values()) or 1
    shared = overlap(ours, theirs)
    ours_in_theirs, theirs_in_ours = shared / n_ours, shared / n_theirs
    if ours_in_theirs > CONTAINED and (n_theirs > TRAFILATURA_PADDED * n_ours or _tail_after(extracted, ours, known)):
        return density
    if theirs_in_ours > CONTAINED and n_ours > DENSITY_PADDED * n_theirs:
        if n_ours > TRAFILATURA_FRAGMENT * n_theirs:
            return density
        return density if _padded_only_by(captions, density, extracted, (n_ours, n_theirs), known) else extracted
    if ours_in_theirs > AGREEMENT and theirs_in_ours > AGREEMENT:
        return density
    if _stopped_inside(density, theirs, extracted, ours, known):
        return density
    if in_cell is not None and ours_in_theirs < MISSED_CELL and n_ours > n_theirs and in_cell():
        return density
    if not _paragraphs_of(extracted) and _paragraphs_of(density):
        # trafilatura read no paragraph of prose (an article set in <div>s, the page's chrome alone in <p>s: the
        # next and previous titles, the footer), the density reading did: its reading is the article.
        return density
    if _chrome_above(density, extracted, theirs, known):
        return density
    return density if in_table and n_ours > n_theirs else extracted


def _padded_only_by(
    captions: frozenset[str], density: list[str], extracted: list[str], sizes: tuple[int, int],
    known: dict[str, list[str]],
) -> bool:
    """Whether the density reading, less its lead pictures' captions and the rows of the tables its text announces,
    is no longer than trafilatura's by more than DENSITY_PADDED (`sizes`: both readings' shingle counts): what it
    holds past trafilatura's reading is the article's, not a list its container swallowed."""
    n_ours, n_theirs = sizes
    own = sum(line_shingle_keys([line for line in density if line in captions], known).values())
    own += sum(line_shingle_keys(_announced_rows(density, extracted), known).values())
    return own > 0 and n_ours - own <= DENSITY_PADDED * n_theirs


def _announced_rows(density: list[str], extracted: list[str]) -> list[str]:
    """The density reading's lines right after a line both readings hold that announces what follows (…成绩如下：)
    and that trafilatura's reading lacks: the rows of the article's table, which trafilatura reads Chinese pages
    without."""
    theirs = set(extracted)
    rows: list[str] = []
    announced = False
    for line in density:
        if line in theirs:
            announced = announces(line)
        elif announced:
            rows.append(line)
    return rows


# trafilatura's reading that stops inside the article leaves at least this many of the density reading's lines.
_LEFT_LINES = 2


def _stopped_inside(
    density: list[str], theirs: Counter[str], extracted: list[str], ours: Counter[str], known: dict[str, list[str]]
) -> bool:
    """Whether trafilatura's reading is the density reading's opening and then other lines: it holds the density
    reading's first lines in order and none after them (two or more), and reads on past them from elsewhere
    on the page (the comment area, the page's foot). It stopped inside the article, where a block it did not take
    for text (an ad's box the page leaves unclosed) holds the rest, and what it read next is no article."""
    held = [_holds_line(line, theirs, known) for line in density]
    opening = next((index for index, kept in enumerate(held) if not kept), len(held))
    if opening == 0 or len(held) - opening < _LEFT_LINES or any(held[opening:]):
        return False
    return _tail_after(extracted, ours, known)


def _holds_line(line: str, reading: Counter[str], known: dict[str, list[str]]) -> bool:
    """Whether a reading's shingles hold at least half of one line's."""
    keys = line_shingle_keys([line], known)
    return not keys or overlap(keys, reading) * 2 >= sum(keys.values())


def _in_table(node: Element) -> bool:
    """Whether `node` lies inside a table cell: a table-era page's article, which trafilatura reads without."""
    return any(ancestor.tag == "td" for ancestor in node.iterancestors())


def _cell_holds_most(node: Element) -> bool:
    """Whether one table cell below `node` holds most of its text: a forum thread's first post, its cell in the
    thread's table, which trafilatura reads without as it reads a table-era page's article."""
    lengths = Lengths()
    whole = lengths(node)
    return any(lengths(cell) * 2 > whole for cell in node.iterdescendants("td"))


def _chrome_above(
    density: list[str], extracted: list[str], theirs: Counter[str], known: dict[str, list[str]]
) -> bool:
    """Whether trafilatura's reading is the density reading (less the rows of the tables its text announces, which
    trafilatura reads Chinese pages without) with only chrome above it: lines before the first the density reading
    holds, each a stamped item (…。2013-09-25 09:30) or a line of no prose (a catalogue's labelled row). A page whose
    class names tell trafilatura nothing puts a side column's posts and the filing data above the text."""
    rows = set(_announced_rows(density, extracted))
    own = line_shingle_keys([line for line in density if line not in rows], known)
    total = sum(own.values())
    if not total or overlap(own, theirs) < CONTAINED * total:
        return False
    held = [_holds_line(line, own, known) for line in extracted]
    first = next((index for index, kept in enumerate(held) if kept), len(held))
    if first == 0 or not all(held[first:]):
        return False
    return all(is_stamped_item(line) or kind_by_words(line) is not Kind.PROSE for line in extracted[:first])


def _tail_after(extracted: list[str], ours: Counter[str], known: dict[str, list[str]]) -> bool:
    """Whether trafilatura's reading is the density reading (`ours`) and then more lines after its last line.

    The density container ended there: what trafilatura read on from the page after it (a forum thread's
    replies, a comment list, a reply box) lies past the article's end. Lines of theirs that the density
    reading holds in part count as its own; after the last of them, every line is new.
    """
    # From the end: the last line the density reading holds decides, and it is most often the very last line.
    for index in range(len(extracted) - 1, -1, -1):
        keys = line_shingle_keys([extracted[index]], known)
        if keys and overlap(keys, ours) * 2 > sum(keys.values()):
            return index < len(extracted) - 1
    return False


def trafilatura_paragraphs(root: Element, url: str | None, *, tables: bool = True, fast: bool = False) -> list[str]:
    """Body paragraphs by trafilatura, one per line, with Chinese portal label lines removed.

    `root` is left as it was: trafilatura works on a copy of an element it is given.

    trafilatura's time grows steeply with depth; `tree.parse` already flattens subtrees below MAX_DEPTH,
    which bounds it here too.
    """
    try:
        document = trafilatura.bare_extraction(
            root,
            url=url,
            include_comments=False,
            include_tables=tables,
            with_metadata=False,
            fast=fast,
            deduplicate=False,
        )
    except (ValueError, TypeError, etree.LxmlError, RecursionError):
        # trafilatura fails on some malformed trees; the caller treats no text as no article.
        return []
    text = getattr(document, "text", None) if document is not None else None
    if not text:
        return []
    out = []
    for line in text.split("\n"):
        line = squash(line)
        if line and not _PROMPT_LINES.match(line):
            out.append(line)
    return out
