"""Code rewritten for speed selects the same nodes, in the same order, as the code first written.

Each rewrite is an exact one (a union by element name for a filter on `self::`, a cheap test moved before dear
ones); these tests hold it to the original on every fixture and corpus page.
"""

from __future__ import annotations

import copy
import json
import random
from collections import Counter
from collections.abc import Iterator

from lxml import etree

from scraper.decode import decode
from scraper.errors import ExtractError
from scraper.extract import article_top, asides, boilerplate, density, dom, generic, inserts, published, titles
from scraper.extract.attributes import file_by_class, has_class
from scraper.extract.layout import block_lines, link_density, node_text, short_texts, squash, squashed_longer_than
from scraper.extract.tokens import line_shingle_keys, overlap
from scraper.extract.tree import Element, parse
from scraper.hanzi import TRADITIONAL, simplified
from tests.conftest import FIXTURES, shared

ORIGINAL_HEADLINE = etree.XPath(
    "(//h1 | //*[contains(@class, 'title') or contains(@id, 'title')][self::div or self::h2 or self::td])"
)
ORIGINAL_TEXTS = etree.XPath(
    "//body//text()[string-length(normalize-space(.)) >= 4][string-length(normalize-space(.)) < 200]"
)
HTML_TITLE = etree.XPath("string(//title)")
# Searches that tested the attributes of every element, now written from the class and id attributes up.
ORIGINAL_BY_ATTRIBUTE = {
    "info": (dom._INFO_NODES, "//*[contains(@class,'source') or contains(@class,'info') or contains(@id,'source')]"),
    "crumbs": (
        dom._CRUMBS,
        "//*[@class or @id][contains(@class, 'crumb') or contains(@class, 'bread')"
        " or contains(@class, 'position') or contains(@id, 'crumb') or contains(@class, 'location')]",
    ),
    "headings": (
        titles.HEADINGS,
        "//h1 | //h2 | //h3 | //h4 | //*[self::div or self::span or self::p or self::td or self::strong or self::b"
        " or self::font][contains(@class, 'title') or contains(@id, 'title') or contains(@class, 'Title')"
        " or contains(@id, 'Title') or contains(@class, 'biaoti') or contains(@id, 'biaoti')"
        " or contains(@class, 'headline')][string-length(normalize-space(.)) < 120]",
    ),
    "article": (generic._ARTICLE_ELEMENT, "(//*[@itemprop='articleBody'] | //article | //main)[1]"),
}


def pages() -> Iterator[Element]:
    for source in sorted(FIXTURES.glob("*/source.html")):
        yield parse(decode(source.read_bytes())[0])
    corpus = shared("corpus", "MANIFEST.jsonl").parent
    for line in (corpus / "MANIFEST.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            try:
                yield parse(decode((corpus / json.loads(line)["file"]).read_bytes())[0])
            except ExtractError:
                continue


def test_headline_candidates_are_the_original_ones() -> None:
    found = 0
    for root in pages():
        assert published._HEADLINE(root) == ORIGINAL_HEADLINE(root)
        found += len(ORIGINAL_HEADLINE(root))
    assert found > 100


def test_texts_holding_an_opening_are_the_original_ones() -> None:
    found = 0
    for root in pages():
        title = squash(str(HTML_TITLE(root)))
        for opening in {title[:2], title[2:4], "的", "'\""}:
            wanted = [str(t) for t in ORIGINAL_TEXTS(root) if opening in t]
            assert [str(t) for t in published._TEXTS_WITH(root, opening=opening)] == wanted
            found += len(wanted)
    assert found > 1000


def test_boilerplate_blocks_are_the_original_ones() -> None:
    # drop_boilerplate passes over elements without a class, an id or a boilerplate tag before testing them.
    found = 0
    for root in pages():
        page = boilerplate._PageText(root)
        wanted = [n for n in root.iter() if boilerplate._is_boilerplate_block(n, page)]
        assert boilerplate._boilerplate_blocks(root) == wanted
        found += len(wanted)
    assert found > 100


def test_searches_from_the_attributes_up_find_the_original_elements() -> None:
    found = dict.fromkeys(ORIGINAL_BY_ATTRIBUTE, 0)
    originals = {name: (rewritten, etree.XPath(xpath)) for name, (rewritten, xpath) in ORIGINAL_BY_ATTRIBUTE.items()}
    for root in pages():
        for name, (rewritten, original) in originals.items():
            wanted = original(root)
            assert rewritten(root) == wanted, name
            found[name] += len(wanted)
    assert min(found.values()) > 20, found


def _original_first_paragraph(root: Element) -> Element | None:
    owners: list[Element] = []
    for text in article_top._PROSE(root):
        owner = text.getparent()
        owner = owner.getparent() if owner is not None and text.is_tail else owner
        if owner is not None and article_top._PROSE_PUNCT.search(str(text)) and not titles.in_list(owner):
            owners.append(owner)
    blocks = [article_top._block_of(node) for node in owners]
    for index, (node, block) in enumerate(zip(owners, blocks, strict=True)):
        if block is not None and (block in blocks[index + 1 :] or len(node_text(block)) >= article_top._PARAGRAPH_CHARS):
            return node
    return owners[0] if owners else None


def test_first_paragraph_read_lazily_is_the_original_one() -> None:
    found = 0
    for root in pages():
        first = article_top.first_paragraph(root)
        assert first is _original_first_paragraph(root)
        found += first is not None
    assert found > 100


def test_squashed_length_is_told_without_squashing_exactly() -> None:
    texts = ["", " ", "相关推荐", " \n\u3000相关 推荐\u00a0 ", "相" * 12, "相" * 13, " 相" * 12 + " ", "a\u200bb" * 7]
    for text in texts:
        for limit in (0, 4, 12):
            assert squashed_longer_than(text, limit) == (len(squash(text)) > limit), (text, limit)


def _original_parent_past_wrappers(node: Element) -> Element | None:
    # Written out apart from the code it checks (density._parent_past_wrappers): a <div> or <section> holding a
    # <p> child climbs through every parent that is a <div> or <section> with no text and no element but it.
    parent = node.getparent()
    if node.tag not in ("div", "section") or not any(child.tag == "p" for child in node):
        return parent
    while parent is not None and parent.tag in ("div", "section"):
        texts = [parent.text or "", *(child.tail or "" for child in parent)]
        elements = [child for child in parent if isinstance(child.tag, str)]
        if "".join(texts).strip() or elements != [node]:
            break
        node, parent = parent, parent.getparent()
    return parent


def _original_best_container(root: Element) -> Element | None:
    scores: dict[Element, float] = {}
    for node, score in density._blocks(root):
        parent = node.getparent()
        if parent is None:
            continue
        scores[node] = scores.get(node, 0.0) + score
        scores[parent] = scores.get(parent, 0.0) + score
        grand = _original_parent_past_wrappers(parent)
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + score / 2
    candidates = [
        (score * (1 - link_density(node)), node)
        for node, score in scores.items()
        if isinstance(node.tag, str) and node.tag in density._CANDIDATE_TAGS | {"p"}
    ]
    if not candidates:
        return None
    best = max(candidates, key=lambda pair: pair[0])[1]
    return best.getparent() if best.tag == "p" and best.getparent() is not None else best


def test_density_container_weighed_from_the_top_is_the_original_one() -> None:
    found = 0
    for root in pages():
        boilerplate.drop_boilerplate(root)
        body = root.find("body")
        container = density.best_container(body if body is not None else root)
        assert container is _original_best_container(body if body is not None else root)
        found += container is not None
    assert found > 100


def test_simplified_is_the_translation_by_the_table() -> None:
    for text in ("", "相关推荐", "相關新聞 評論", "熱門文章：", "abc 123", "網易" * 50):
        assert simplified(text) == text.translate(TRADITIONAL)


ORIGINAL_DATE_CANDIDATES = etree.XPath(
    "//*[self::span or self::div or self::p or self::time or self::em or self::td or self::small or self::i or self::font"
    " or self::center or self::textarea][string-length(normalize-space(.)) < 120]"
)
ORIGINAL_EDITOR_LINES = etree.XPath(
    "//*[self::p or self::span or self::div or self::em or self::td]"
    "[contains(., '责任编辑') or contains(., '责编') or contains(., '编辑:') or contains(., '编辑：')]"
    "[string-length(normalize-space(.)) < 60]"
)


def test_short_lines_built_bottom_up_are_the_original_search() -> None:
    # The date and editor searches read each element's text once, from its children's, instead of the whole
    # text under every span and div (which grows with the square of the nesting).
    found = 0
    for root in pages():
        dated = list(dom._short_lines(root, dom._DATE_TAGS, dom.DATE_CHARS))
        assert [node for node, _ in dated] == ORIGINAL_DATE_CANDIDATES(root)
        assert all(text == node.text_content() for node, text in dated)
        editors = [
            node for node, text in dom._short_lines(root, dom._EDITOR_TAGS, dom._EDITOR_CHARS)
            if any(word in text for word in dom._EDITOR_WORDS)
        ]
        assert editors == ORIGINAL_EDITOR_LINES(root)
        found += len(dated)
    assert found > 10000


def test_short_texts_measure_as_normalize_space_does() -> None:
    # Only space, tab, CR and LF are XPath whitespace: a no-break or ideographic space counts as a character.
    pieces = ["", " ", "\n\t ", "\u00a0", "\u3000", "相", "ab"]
    for limit in (1, 3, 6):
        for before in pieces:
            for inner in pieces:
                for tail in pieces:
                    page = f"<html><body><div>{before}<span>{inner}<b>{inner}</b>{tail}</span>{tail}<br>{before}</div></body></html>"
                    root = parse(page)
                    texts = short_texts(root, limit)
                    for node in root.iter():
                        short = bool(etree.XPath(f"string-length(normalize-space(.)) < {limit}")(node))
                        assert texts[node] == (node.text_content() if short else None), (page, limit, node.tag)


def test_list_context_judged_once_per_ancestor_is_the_original_one() -> None:
    found = 0
    for root in pages():
        in_list = dom._InListContext()
        for node in root.iter(*dom._DATE_TAGS):
            inside = in_list(node)
            assert inside == dom._in_list_context(node)
            found += inside
    assert found > 1000


def _original_is_prose_text(text: str | None) -> bool:
    if not text:
        return False
    text = squash(text)
    return len(text) >= asides._PROSE_CHARS and bool(asides._SENTENCE_END.search(text))


def _original_no_sentence(node: Element) -> bool:
    # A player's box states nothing; its clip's title may ask a question (inserts._no_sentence).
    text = squash(node.text_content())
    return len(text) <= inserts.MAX_PLAYER_TEXT and not inserts.STATEMENT_END.search(text)


def test_prose_and_sentence_tests_told_without_squashing_are_the_original_ones() -> None:
    prose = blocks = 0
    for root in pages():
        for node in root.iter(etree.Element):
            for text in (node.text, node.tail):
                is_prose = asides._is_prose_text(text)
                assert is_prose == _original_is_prose_text(text), text
                prose += is_prose
        # Every block from a player up to the page, as the player's box is sought (each block once).
        seen: set[Element] = set()
        for player in root.iter(*inserts._PLAYERS):
            for block in player.iterancestors():
                if block in seen:
                    break
                seen.add(block)
                assert inserts._no_sentence(block) == _original_no_sentence(block)
                blocks += 1
    assert prose > 1000 and blocks > 100, (prose, blocks)


def _original_tail_after(extracted: list[str], ours: Counter[str], known: dict[str, list[str]]) -> bool:
    last = -1
    for index, line in enumerate(extracted):
        keys = line_shingle_keys([line], known)
        if keys and overlap(keys, ours) * 2 > sum(keys.values()):
            last = index
    return 0 <= last < len(extracted) - 1


def test_tail_read_from_the_end_is_the_original_one() -> None:
    pick = random.Random(13)
    words = ["会议指出", "要坚持", "推进改革", "相关推荐", "回复", "2023年", "发展", "。", "，", "abc", ""]
    answers = set()
    for _ in range(2000):
        lines = ["".join(pick.choices(words, k=pick.randint(0, 8))) for _ in range(pick.randint(0, 8))]
        held = [line for line in lines if pick.random() < 0.6]
        ours = line_shingle_keys(held, {})
        answer = generic._tail_after(lines, ours, {})
        assert answer == _original_tail_after(lines, ours, {}), (lines, held)
        answers.add(answer)
    assert answers == {True, False}


def test_overlap_counted_from_the_shared_keys_is_the_multiset_intersection() -> None:
    pick = random.Random(7)
    for _ in range(5000):
        one = Counter({str(pick.randint(0, 20)): pick.randint(1, 4) for _ in range(pick.randint(0, 15))})
        other = Counter({str(pick.randint(0, 20)): pick.randint(1, 4) for _ in range(pick.randint(0, 15))})
        assert overlap(one, other) == overlap(other, one) == sum((one & other).values())


def _original_untable_figures(root: Element) -> None:
    """`generic.untable_figures` as first written: every picture of every table counted before the nested-table
    test."""
    for table in list(root.iter("table")):
        images = table.findall(".//img")
        if len(images) != 1 or table.find(".//a") is not None or table.find(".//table") is not None:
            continue
        lines = block_lines(table)
        if len(lines) != 1 or not density.CAPTION_CHARS[0] <= len(lines[0]) <= density.CAPTION_CHARS[1]:
            continue
        figure = etree.Element("div")
        etree.SubElement(figure, "p").append(images[0])
        etree.SubElement(figure, "p", align="center").text = lines[0]
        figure.tail = table.tail
        parent = table.getparent()
        if parent is not None:
            parent.replace(table, figure)


# Figure tables nested in layout tables, beside a linked one, one of two pictures and one with two lines.
FIGURE_TABLES = """<html><body><table><tr><td><table><tr><td><img src='/a.jpg'></td></tr>
<tr><td>新修的跨河步行桥在傍晚亮起了灯。</td></tr></table></td><td><table><tr><td><img src='/b.jpg'><img src='/c.jpg'>
</td></tr><tr><td>两张图片并排放在一个表格里。</td></tr></table></td></tr></table><p>正文第一段。</p>
<table><tr><td><a href='/d.html'><img src='/d.jpg'></a></td></tr><tr><td>带链接的图片不算。</td></tr></table>
<table><tr><td><img src='/e.jpg'></td></tr><tr><td>第一行说明文字写在这里。</td></tr><tr><td>第二行说明文字写在这里。</td></tr>
</table><table><tr><td><img src='/f.jpg'></td></tr><tr><td>单独一张图片和它的说明。</td></tr></table></body></html>"""


def test_figure_tables_are_the_original_ones() -> None:
    rewritten = 0
    for root in [parse(FIGURE_TABLES), *pages()]:
        ours, original = copy.deepcopy(root), copy.deepcopy(root)
        generic.untable_figures(ours)
        _original_untable_figures(original)
        assert etree.tostring(ours) == etree.tostring(original)
        rewritten += etree.tostring(ours) != etree.tostring(root)
    # Tables were rewritten on some pages: the comparison is not between untouched trees.
    assert rewritten > 1


def test_filing_by_class_finds_what_has_class_finds_once_each() -> None:
    root = parse(
        '<html><body><div class="card card  wide"><p class="note">a</p></div>'
        '<div class="\twide\nnote"></div><span class="cards">b</span></body></html>'
    )
    index: dict[str, list[Element]] = {"card": [], "note": [], "absent": []}
    for node in root.iter(etree.Element):
        value = node.get("class")
        if value:
            file_by_class(index, value, node)
    for name, filed in index.items():
        assert filed == root.xpath(f"//*[{has_class(name)}]")
