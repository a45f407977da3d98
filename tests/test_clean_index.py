"""The link-text index of line cleaning answers what testing every line against every link text answers.

`line_kinds._link_share` used to test each line against each of the page's link texts (lines x links); it now
asks an index built once per link set. These tests hold the index to the plain definition, on drawn link
sets and lines made of their texts.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.extract import line_kinds, notices
from scraper.extract.line_kinds import Kind, _link_share, _LinkIndex, classify
from scraper.hanzi import TRADITIONAL

# Few letters, so that texts overlap, nest and tie in length often.
_LINK = st.text(alphabet="新闻报道网易", min_size=4, max_size=10)  # page_link_texts keeps 4 or more
_TEXT = st.text(alphabet="新闻体育财经。，", min_size=0, max_size=8)


def _plain_share(key: str, links: frozenset[str]) -> float:
    """The share as defined: the whole line, or the four longest link texts in it (ties in text order)."""
    if not key:
        return 0.0
    if key in links or (len(key) >= 6 and any(key in text and 2 * len(key) >= len(text) for text in links)):
        return 1.0
    covered = 0
    rest = key
    for text in sorted((t for t in links if t in key), key=lambda t: (-len(t), t))[:4]:
        if text in rest:
            rest = rest.replace(text, "\x00", 1)
            covered += len(text)
    return covered / len(key)


@settings(max_examples=400, deadline=None)
@given(links=st.frozensets(_LINK, min_size=1, max_size=40), data=st.data())
def test_link_share_matches_its_definition(links: frozenset[str], data: st.DataObject) -> None:
    # Lines made of the page's link texts, pieces of them and other text: where the two ways could part.
    pieces = st.sampled_from(sorted(links))
    parts = data.draw(st.lists(st.one_of(pieces, _TEXT, pieces.map(lambda text: text[1:])), min_size=1, max_size=5))
    key = "".join(parts)
    assert _link_share(key, links) == _plain_share(key, links)
    # The index's two ways: walking the line by position (many texts) and testing text by text (a long line).
    plain = sorted((t for t in links if t in key), key=lambda t: (-len(t), t))
    # Texts the line does not hold, enough to make the index walk the line by position.
    many = links | {"甲" * size for size in range(2, 2 * len(key) + 4)}
    assert _LinkIndex(many).inside(key) == plain
    assert _LinkIndex(links).inside(key + "\x01" * 2 * len(links)) == plain


def test_link_share_counts_the_longest_texts_in_a_line() -> None:
    links = frozenset({"网易新闻客户端", "新闻", "体育频道", "财经"})
    assert _link_share("体育频道网易新闻客户端", links) == 1.0
    assert _link_share("易新闻客户端", links) == 1.0  # six characters or more, most of one link's text
    assert _link_share("新闻客户端", links) == 2 / 5  # shorter: only the link texts it holds count
    assert _link_share("财经新闻2024", links) == 4 / 8


def test_a_phrase_another_headline_quotes_is_not_part_of_that_link() -> None:
    # A slogan line of the article that a related list's headline quotes, with more after it: under half of that
    # link's text, so not a piece of a link broken over lines.
    links = frozenset({"新时代是奋斗者的时代——写在党的十九大召开一周年之际"})
    assert _link_share("新时代是奋斗者的时代", links) == 0.0
    assert _link_share("写在党的十九大召开一周年之际", links) == 1.0  # the larger half of it


def test_each_link_set_is_read_as_given() -> None:
    # Two pages' link sets in turn: the index of one is never used for the other.
    first, second = frozenset({"国务院常务会议部署"}), frozenset({"另一篇新闻的标题"})
    line = "国务院常务会议部署"
    assert _link_share(line, first) == 1.0
    assert _link_share(line, second) == 0.0


def test_a_line_is_read_again_for_another_page_and_another_headline() -> None:
    # classify keeps the kinds of the current page's lines (card_lines and clean_lines read the same lines):
    # what it keeps must follow the page's link set, and never the headline it was asked with.
    line = "国务院常务会议部署稳定市场预期"
    first, second = frozenset({line}), frozenset({"另一篇新闻的标题"})
    assert classify(line, first, "") is Kind.LINK
    assert classify(line, second, "") is not Kind.LINK
    assert classify(line, second, line) is Kind.META  # the headline repeated
    assert classify(line, second, "") is not Kind.META
    assert classify(line, first, "") is Kind.LINK


def _plain_classify(line: str, links: frozenset[str], title_key: str) -> Kind:
    """`classify` as first written: both folded before the headline test, whatever their lengths."""
    key = notices.line_key(line)
    folded, title = key.translate(TRADITIONAL), title_key.translate(TRADITIONAL)
    headline = folded == title or (
        title and len(folded) < len(title) + 12 and title in folded and not line_kinds._prose(line, key)
    )
    if headline and line_kinds._heading_or_label(line.translate(TRADITIONAL), folded) is None:
        return Kind.META
    return line_kinds._untitled_kind(line, links)


# Headline pieces in simplified and traditional characters, labels, punctuation and spaces.
_PIECE = st.sampled_from(["网易", "評論", "评论", "标题", "標題", "相关推荐", "来源：", "。", "，", " ", "新闻", "2024-05-09"])


@settings(max_examples=400, deadline=None)
@given(
    line=st.lists(_PIECE, max_size=12).map("".join),
    title=st.lists(_PIECE, max_size=6).map(lambda parts: notices.line_key("".join(parts))),
    links=st.frozensets(_LINK, max_size=5),
)
def test_classify_skips_the_headline_test_only_where_it_cannot_hold(line: str, title: str, links: frozenset[str]) -> None:
    assert classify(line, links, title) is _plain_classify(line, links, title)


def test_a_line_eleven_characters_longer_than_the_headline_may_repeat_it() -> None:
    title = "網易新闻标题"
    for line in (title + "abcdefghijk", title + "abcdefghijkl", "网易新闻标题", "网易新闻标"):
        assert classify(line, frozenset(), "网易新闻标题") is _plain_classify(line, frozenset(), "网易新闻标题")
    assert classify(title + "abcdefghijk", frozenset(), "网易新闻标题") is Kind.META
