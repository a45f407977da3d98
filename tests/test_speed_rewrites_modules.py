"""The page's modules (widgets.py) found from the few elements that can be them are the ones a walk over every
block finds: each rewrite removes the same blocks as the code first written, on every fixture and corpus page,
read whole and from inside its body."""

from __future__ import annotations

import copy
import re
import time
from collections.abc import Callable, Iterator

from lxml import etree

from scraper.extract import asides, boxes, cards, inserts, widgets
from scraper.extract.inserts import HEADING_CHARS, MAX_PLAYER_TEXT, SENTENCE_END, to_other_page
from scraper.extract.layout import squash, text_outside_links
from scraper.extract.line_kinds import Kind, classify
from scraper.extract.tree import Element, hangs_below, parse, remove
from tests.test_speed_rewrites import pages


def _original_labelled_links(root: Element) -> None:
    for block in list(root.iter("p", "div", "li", "dd")):
        if block is root or not hangs_below(block, root) or len(squash(block.text_content())) > MAX_PLAYER_TEXT:
            continue
        headlines = [a for a in block.iter("a") if to_other_page(a) and cards._is_headline(squash(a.text_content()))]
        outside = squash("".join(map(str, text_outside_links(block))))
        label = boxes.LABEL_MARKS.sub("", outside)
        if headlines and (
            (0 < len(label) <= HEADING_CHARS and classify(label, frozenset(), "") is Kind.HEADING)
            or _heading_inside_link(block, outside)
        ):
            remove(block)


def _heading_inside_link(block: Element, outside: str) -> bool:
    """The block's one link to another page opens on a list heading and its colon (往期回顾：…), the text outside it
    a tag at most."""
    links = [a for a in block.iter("a") if to_other_page(a)]
    if len(links) != 1 or len(outside) > HEADING_CHARS or SENTENCE_END.search(outside):
        return False
    label = re.match(r"^([^:：]{2,12})[:：]", squash(links[0].text_content()))
    return label is not None and classify(label.group(1), frozenset(), "") is Kind.HEADING


def _original_picture_chrome(root: Element) -> None:
    found = [n for n in root.iter("div", "span", "p", "a", "em", "i", "b") if widgets._is_picture_chrome(n)]
    for node in found:
        if hangs_below(node, root):
            remove(node)


def _roots(page: Element) -> Iterator[Element]:
    """The page, and a block a rule's body or an article's body may be: the one with the most paragraphs as
    children."""
    yield page
    holders = [p.getparent() for p in page.iter("p")]
    if holders:
        yield max((h for h in holders if h is not None), key=holders.count)


def _agree(rewritten: Callable[[Element], None], original: Callable[[Element], None]) -> int:
    """How many roots the two steps changed, after checking that they leave every root alike."""
    changed = 0
    for page in pages():
        for root in _roots(page):
            before = etree.tostring(root, encoding="unicode")
            ours, theirs = copy.deepcopy(root), copy.deepcopy(root)
            rewritten(ours)
            original(theirs)
            after = etree.tostring(ours, encoding="unicode")
            assert after == etree.tostring(theirs, encoding="unicode")
            changed += after != before
    return changed


def test_labelled_links_found_from_the_headlines_up_are_the_original_ones() -> None:
    assert _agree(cards.drop_labelled_links, _original_labelled_links) > 5


def test_picture_chrome_found_from_its_words_up_is_the_original_one() -> None:
    assert _agree(widgets._drop_picture_chrome, _original_picture_chrome) > 3


def test_rewrites_agree_on_made_up_blocks() -> None:
    # Shapes the corpus may lack: chrome and labelled links nested in each other, in a link, at the root, with a
    # zero-width or an odd space inside, a counter with a picture beside it, long blocks around short ones.
    blocks = [
        "<div><p>相关链接：<a href='/a'>某某市召开全市经济工作会议部署明年</a></p></div>",
        "<div>延伸阅读<a href='/b'>一篇很长的另一篇文章的标题在这里</a><div>相关链接：<a href='/c'>又一篇文章标题在这里写</a></div></div>",
        "<a href='/x'><div>相关阅读：<a href='/d'>链接里的另一篇文章的标题</a></div></a>",
        "<li>推荐<a href='#top'>页内锚点不是另一篇文章的</a></li><dd>热点<a href='/e'>另一篇文章的标题写在这</a></dd>",
        "<div>" + "正文很长。" * 80 + "<p>相关新闻：<a href='/f'>另一篇文章的标题写在这里</a></p></div>",
        "<div><span>打开网易新闻 查看精彩图片</span><img src='a.jpg'/><span>1/4</span></div>",
        "<p>点击\u200b下载App\u2001\u2001查看高清图</p><em>2 / 12</em><b>去客户端浏览组图</b>",
        "<div><i>打开App查看大图</i>" + "图" * 30 + "</div><a href='/g'>1/3</a>",
        "<span>2/4<img src='b.jpg'/></span><div><img src='c.jpg'/><p><span>3/9</span></p></div>",
        # a heading inside the link, a tag beside it; a gallery's swipe tip beside its picture
        "<div><span>某某读书·作家访谈</span><a href='/h'>往期回顾：第12期 一位装帧师和她的旧书店</a></div>",
        "<div><img src='d.jpg'/><span>左右滑动查看更多</span></div><p>滑动<b>查看</b>更多</p>",
    ]
    for block in blocks:
        page = parse(f"<html><body>{block}{block}</body></html>")
        for root in _roots(page):
            for rewritten, original in ((cards.drop_labelled_links, _original_labelled_links),
                                        (widgets._drop_picture_chrome, _original_picture_chrome)):
                ours, theirs = copy.deepcopy(root), copy.deepcopy(root)
                rewritten(ours)
                original(theirs)
                assert etree.tostring(ours) == etree.tostring(theirs), block


def _original_holders(root: Element) -> dict[Element, float]:
    found: dict[Element, float] = {}
    for parent in root.iter("*"):
        runs, last = int(asides._is_prose_text(parent.text)), -0.5
        for index, child in enumerate(parent):
            if child.tag == "p" and asides._is_prose_text(child.text_content()):
                runs, last = runs + 1, float(index)
            if asides._is_prose_text(child.tail):
                runs, last = runs + 1, index + 0.5
        if runs:
            found[parent] = last
    return found


def test_paragraph_holders_found_from_the_runs_up_are_the_original_ones() -> None:
    # Asked of the page as parsed and as drop_asides gets it (after the players and card runs went).
    found = 0
    for page in pages():
        for root in _roots(page):
            assert list(asides._holders(root).items()) == list(_original_holders(root).items())
            inserts._drop_players(root)
            inserts._drop_card_blocks(root)
            holders = list(asides._holders(root).items())
            assert holders == list(_original_holders(root).items())
            found += len(holders)
    assert found > 1000
    made_up = ("<div>这是一段足够长的正文内容，用来测试。<br/>又是一段足够长的正文内容，用来测试。<p>段落里的正文足够长，用来测试这个。</p>"
               "<p>短。</p>尾巴也是一段足够长的正文，用来测试。<span>里面</span></div><p>根下的一段正文足够长的，用来测试。</p>")
    page = parse(f"<html><body>{made_up}</body></html>")
    for root in (page, *page.iter("div", "p", "body")):
        assert list(asides._holders(root).items()) == list(_original_holders(root).items())


def test_paragraph_holders_of_a_long_article_are_found_in_linear_time() -> None:
    # One holder of 20,000 paragraphs and text runs: asking each its place among the holder's children anew
    # (parent.index) took half a minute; counted once per holder, well under a second.
    page = parse("<html><body><div>" + "<p>这是一段很长的正文，用来测试很长的页面不会让程序卡住。</p>正文之外的一段足够长的文字，也要算进来。" * 20_000
                 + "</div></body></html>")
    start = time.process_time()
    holders = asides._holders(page)
    assert time.process_time() - start < 3
    # The <div> holds them all, its last run the text after its last paragraph; each <p> holds its own text.
    assert holders.pop(page.find(".//div")) == 19_999.5
    assert len(holders) == 20_000 and set(holders.values()) == {-0.5}
