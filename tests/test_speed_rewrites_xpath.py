"""Searches rewritten for speed select the same nodes, in the same order, as the searches first written: from an
attribute up instead of testing every element's attributes, and `//body/descendant::text()` instead of
`//body//text()`. Checked on every fixture page and on a made-up page built to hit their edges (the attribute on
elements of every kind, in both spellings, links without an address, a second body, text in scripts and links);
about half a second."""

from __future__ import annotations

import random
from collections.abc import Iterator

from lxml import etree

from scraper.decode import decode
from scraper.extract import article_top, boxes, dom, generic, meta, published, script_dates, titles
from scraper.extract.tree import Element, parse
from tests.conftest import FIXTURES

ORIGINALS = {
    "itemprop": (meta._ITEMPROP_PUBLISHED, "//*[@itemprop='datePublished' or @itemprop='datepublished']"),
    "user links": (
        dom._USER_LINKS,
        "//a[contains(@href, 'userid=') or contains(@href, 'uid=') or contains(@href, 'mod=space')"
        " or contains(@href, 'space-uid-') or contains(@href, '?author=') or contains(@href, '/profile/')]",
    ),
    "lines": (
        titles._LINES,
        "//body//text()[string-length(normalize-space(.)) >= 4][string-length(normalize-space(.)) < 120]"
        "[not(ancestor::a or ancestor::li or ancestor::nav or ancestor::footer or ancestor::script"
        " or ancestor::style or ancestor::option or ancestor::textarea)]",
    ),
    "hidden": (
        generic._hidden,
        "//body//*[@hidden or contains(translate(@style, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ ', 'abcdefghijklmnopqrstuvwxyz'),"
        " 'display:none') or contains(translate(@style, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ ', 'abcdefghijklmnopqrstuvwxyz'),"
        " 'visibility:hidden')]",
    ),
    "clipped": (
        generic._clipped,
        "//body//*/@style[contains(translate(., 'ABCDEFGHIJKLMNOPQRSTUVWXYZ ', 'abcdefghijklmnopqrstuvwxyz'),"
        " 'overflow:hidden')]/..",
    ),
    # `/descendant::x` for `//x` and `/descendant::*/@a` for `//@a`: the same nodes without a step per node.
    "headline": (published._HEADLINE, f"//h1 | //div{published._TITLE_NAMED} | //h2{published._TITLE_NAMED} | //td{published._TITLE_NAMED}"),
    "meta nodes": (meta._META_NODES, "//meta[@content]"),
    "marked authors": (
        meta._MARKED_AUTHORS,
        "//a[contains(concat(' ', normalize-space(@rel), ' '), ' author ')] | //*[@itemprop='author']"
        " | //a[contains(@href, '/author/') or contains(@href, '/reporter/')]",
    ),
    "scripts": (script_dates._SCRIPTS, "//script[not(@src)]/text()"),
    "info nodes": (dom._INFO_NODES, "//@class[contains(., 'source') or contains(., 'info')]/.. | //@id[contains(., 'source')]/.."),
    "crumbs": (
        dom._CRUMBS,
        "//@class[contains(., 'crumb') or contains(., 'bread') or contains(., 'position') or contains(., 'location')]/.."
        " | //@id[contains(., 'crumb')]/..",
    ),
    "headings": (
        titles.HEADINGS,
        "//h1 | //h2 | //h3 | //h4"
        " | (//@class[contains(., 'title') or contains(., 'Title') or contains(., 'biaoti') or contains(., 'headline')]"
        " | //@id[contains(., 'title') or contains(., 'Title') or contains(., 'biaoti')])"
        "/parent::*[self::div or self::span or self::p or self::td or self::strong or self::b or self::font]"
        "[string-length(normalize-space(.)) < 120]",
    ),
    "count texts": (boxes._count_texts, ".//text()[translate(., '0123456789', '') != .]"),
    "prose": (
        article_top._PROSE,
        "//body//text()[string-length(normalize-space(.)) > 30][not(ancestor::a)][not(ancestor::script)]"
        "[not(ancestor::style)]",
    ),
}
TEXTS_WITH = etree.XPath(
    "//body//text()[contains(., $opening)][string-length(normalize-space(.)) >= 4]"
    "[string-length(normalize-space(.)) < 200]"
)

MADE_UP = """<html><head><meta itemprop="datePublished" content="2024-05-09"><title>标题</title></head><body>
<div itemprop="datepublished">2024-05-09</div><span itemprop="DatePublished">x</span><p itemprop="datePublished"/>
<a>无地址的链接 userid=1</a><a href="/u.php?userid=7">某某网友</a><link href="/profile/x"/><area href="?author=z"/>
<a href="forum.php?mod=space&amp;uid=3" style="Display: None; OVER flow : Hidden">楼主名字</a><i hidden style="visibility:hidden">藏</i><a href="space-uid-9.html">第二位网友名字</a><b href="/profile/">b</b>
<p>中国的第一段文字，写得足够长，长过三十个字符，用来作为正文的一行，带着标点。</p>
<ul><li>中国列表里的一行，也写得足够长，长过三十个字符，不算正文的一行。</li></ul>
<script>var s = "中国脚本里的一段文字，写得足够长，长过三十个字符，不算正文。";</script>
<p>  中国 <a href="/x">链接里的中国文字写得足够长长过三十个字符的一行文字</a> 尾巴文字也写得足够长，长过三十个字。</p>
<p>全角１２３，阿拉伯文٣，<!-- 注释 45 -->注释之后 6<b>粗体 7</b>尾巴 8</p>
<a rel=" Author  author" href="/w">写作者</a><span itemprop="author">作者名</span><div class="bread-info" id="crumbs">首页 > 新闻</div>
<td id="subtitle">副题</td><h2 class="Title"><b class="biaoti">题</b></h2><script src="/a.js"></script><script>var t = "2024";</script>
<body><p>第二个 body 里的中国文字，写得足够长，长过三十个字符，也有标点。</p></body>
</body></html>"""


# An XML tree keeps what the HTML parser mends: a body inside another, an attribute on any element.
NESTED = """<html><body style="display:none"><div itemprop="datePublished"><body hidden=""><p hidden="">里面的 body 中国文字，写得足够长，长过三十个字符，有标点。</p>
<a href="?author=x">作者的名字</a></body></div><p>外面的中国文字，写得足够长，长过三十个字符，也有标点。</p></body></html>"""


def _roots() -> Iterator[Element]:
    yield parse(MADE_UP)
    yield etree.fromstring(NESTED)
    for source in sorted(FIXTURES.glob("*/source.html")):
        yield parse(decode(source.read_bytes())[0])


def test_rewritten_searches_find_the_original_nodes_in_order() -> None:
    originals = {name: (new, etree.XPath(old)) for name, (new, old) in ORIGINALS.items()}
    found = dict.fromkeys(originals, 0)
    for root in _roots():
        for name, (new, old) in originals.items():
            theirs = old(root)
            assert new(root) == theirs, name
            assert all(a is b or a.getparent() is b.getparent() for a, b in zip(new(root), theirs, strict=True))
            found[name] += len(theirs)
        for opening in ("中国", "第二", "标题", "网友"):
            assert published._TEXTS_WITH(root, opening=opening) == TEXTS_WITH(root, opening=opening), opening
    # Every search found something: the comparisons are not between empty lists.
    assert all(found.values()), found


CANONICAL_XPATHS = (
    "//link[@rel='canonical']/@href",
    "//meta[@property='og:url']/@content",
    "//meta[@name='og:url']/@content",
)
# Where each search finds something, and where the first finds only blanks (a blank href, a near-miss rel, a meta
# without content), so that the next one answers; a canonical link in the body, og:url by property and by name.
CANONICAL_PAGES = [
    """<html><head><link rel="canonical" href="  "><link rel="Canonical" href="/x"><link rel="canonical stylesheet"
    href="/y"><meta property="og:url"><meta name="og:url" content="https://example.com/name"><meta property="og:url"
    content=" https://example.com/property "></head><body><link rel="canonical" href="/in-body"></body></html>""",
    """<html><head><meta name="og:url" content=""><meta name="og:url" content="https://example.com/n"></head>
    <body><p>正文</p></body></html>""",
    """<html><head><link rel="canonical"><meta property="og:url" content=" "></head><body></body></html>""",
    """<html><head><link rel="canonical" href="https://example.com/head"></head><body><meta property="og:url"
    content="https://example.com/p"></body></html>""",
    """<html><head><meta name="og:url" content="/by-name"><meta property="og:url" content="/by-property"></head>
    <body></body></html>""",
]


def test_the_canonical_url_from_one_walk_is_the_three_searches() -> None:
    answers = []
    for root in [*map(parse, CANONICAL_PAGES), *_roots()]:
        expected = meta.first_value(root, CANONICAL_XPATHS)
        assert meta.canonical(root) == expected
        # From any element of the page, as the searches (from the document's root) answer.
        assert meta.canonical(next(root.iter("body"), root)) == expected
        answers.append(expected)
    assert answers[:5] == ["/in-body", "https://example.com/n", None, "https://example.com/head", "/by-property"]
    assert sum(answer is not None for answer in answers) > 6


# Inline style declarations: the words in capitals, with spaces inside and around them, with a tab or a no-break
# space (which translate() keeps), with letters that fold to ASCII only outside ASCII (the Kelvin sign, a dotted
# capital I), and near misses.
_WORDS = ["display", "DISPLAY", "Dis play", "visibility", "VİSIBILITY", "vis ibility", "overflow", "OVER FLOW",
          "over\tflow", "x", "\u212a"]
_COLONS = [":", " : ", ":\u00a0", ""]
_VALUES = ["none", "NONE", "no ne", "hidden", "HIDDEN", "hid den", "hİdden", "\u212a", "block"]


def _style(rng: random.Random) -> str:
    return ";".join(
        rng.choice(_WORDS) + rng.choice(_COLONS) + rng.choice(_VALUES) for _ in range(rng.randint(0, 3))
    )


def test_hidden_and_clipped_styles_are_the_translated_searches() -> None:
    rng = random.Random(17)
    hidden = etree.XPath(ORIGINALS["hidden"][1])
    clipped = etree.XPath(ORIGINALS["clipped"][1])
    found = [0, 0]
    for _ in range(40):
        blocks = []
        for index in range(30):
            style = _style(rng)
            flag = " hidden" if rng.random() < 0.1 else ""
            blocks.append(f'<div style="{style}"{flag}><span style="{style.upper()}">块{index}</span></div>')
        root = parse(f"<html><body>{''.join(blocks)}</body></html>")
        assert generic._hidden(root) == hidden(root)
        assert generic._clipped(root) == clipped(root)
        found[0] += len(hidden(root))
        found[1] += len(clipped(root))
    # Both searches find styles and leave others.
    assert all(40 < count < 40 * 60 - 40 for count in found), found
