"""An article's own footer (a <footer>, or a block named footer, inside <article>) holds its date row, 来源 and
byline, as blog and CMS themes print them after the text; a site's footer holds nothing of this page. Every
reader that skips footers asks one definition (`article_lists.own_footer`): before it, the readers under the
headline (the date, the yearless date, the byline row) skipped an article's own footer, which only the DOM date
reading kept.

The pages are written for these tests.
"""

from __future__ import annotations

import pytest
from lxml import html

import scraper
from scraper.extract.article_lists import own_footer

URL = "https://news.qinghe.example/a/123.html"
BODY = (
    "<p>青禾县今年春耕备耕工作已全面展开，各乡镇组织农技人员深入田间地头，指导农户科学施肥、合理用种。</p>"
    "<p>县农业农村局负责人介绍，全县已储备各类化肥三千余吨，种子供应充足，农机具检修率超过九成。</p>"
)


def page(article_footer: str, site_footer: str = "", head: str = "") -> bytes:
    return (
        f"<html><head><title>青禾县春耕备耕全面展开</title>{head}</head><body>"
        f"<article class='post'><h1>青禾县春耕备耕全面展开</h1>{BODY}{article_footer}</article>"
        f"<footer class='site-footer'>{site_footer}Copyright 2024 青禾新闻网</footer></body></html>"
    ).encode()


def test_a_yearless_date_and_byline_in_the_articles_footer_are_read() -> None:
    # Before: the yearless date (its year from the page's modified time) and the byline were skipped as a
    # site's footer, and the publish time came from the modified time instead: 2024-05-10, no author.
    modified = '<meta property="article:modified_time" content="2024-05-10T08:00:00+08:00">'
    footer = "<footer class='post-meta'><span>发布时间：05-09 22:27</span>　<span>作者：李青</span></footer>"
    article = scraper.extract(page(footer, head=modified), URL)
    assert article.published_at == "2024-05-09T22:27+08:00"
    assert article.author == "李青"


def test_the_source_in_the_articles_footer_is_read() -> None:
    # Before: the date was read (by the DOM reading, which knew the exception) but not the 来源 beside it.
    footer = "<footer><span class='date'>2024-05-09 22:27</span> <span>来源：青禾日报</span></footer>"
    article = scraper.extract(page(footer), URL)
    assert (article.published_at, article.source) == ("2024-05-09T22:27+08:00", "青禾日报")


def test_a_date_in_the_sites_footer_is_not_the_pages() -> None:
    footer = "<footer><span class='date'>2024-05-09 22:27</span> <span>来源：青禾日报</span></footer>"
    article = scraper.extract(page(footer, site_footer="<span>2024-05-11 09:00</span> <span>来源：青禾新闻网</span> "), URL)
    assert (article.published_at, article.source) == ("2024-05-09T22:27+08:00", "青禾日报")


@pytest.mark.parametrize(
    ("markup", "own"),
    [
        ("<article><p>正文</p><footer id='x'>2024-05-09</footer></article>", True),
        ("<article><p>正文</p><div id='x' class='entry-footer'>2024-05-09</div></article>", True),
        ("<article><p>正文</p><footer id='x' class='related-list'>2024-05-09</footer></article>", False),
        ("<div><p>正文</p><footer id='x'>2024-05-09</footer></div>", False),
        ("<article><p>正文</p><div id='x' class='meta'>2024-05-09</div></article>", False),
    ],
)
def test_own_footer(markup: str, own: bool) -> None:
    root = html.document_fromstring(f"<html><body>{markup}</body></html>")
    [node] = root.xpath("//*[@id='x']")
    assert own_footer(node) is own


def _stamped_page(item_stamp: str) -> bytes:
    """A self-media article whose row under the headline prints the day alone while the article's wrapper carries
    the publish time with its time of day in a data attribute; a list of other posts stamps its items too."""
    story = "".join(
        f"<p>第{n}段：某市交通部门发布通告，受道路施工影响，部分路段将在本月下旬封闭，请过往车辆提前绕行。</p>"
        for n in range(1, 6)
    )
    return (
        "<html><head><title>某高速部分路段封闭施工</title></head><body>"
        '<div class="wrap" data-ptime="2019-05-17 20:02:46"><h2>某高速部分路段封闭施工</h2>'
        "<div>2019-05-17 · 某某城市报道</div>" + story + "</div>"
        f'<ul><li data-ptime="{item_stamp}"><a href="/19/0516/other.html">另一篇文章的标题文字</a></li></ul>'
        "</body></html>"
    ).encode()


def test_a_day_printed_alone_gains_the_time_of_day_a_data_attribute_states_for_the_article() -> None:
    article = scraper.extract(_stamped_page("2019-05-17 09:15:00"), "https://news.example.com/article/a1.html")
    assert article.published_at == "2019-05-17T20:02:46+08:00"


def test_a_list_items_data_attribute_gives_the_printed_day_no_time() -> None:
    page = _stamped_page("2019-05-17 09:15:00").replace(b' data-ptime="2019-05-17 20:02:46"', b"")
    assert scraper.extract(page, "https://news.example.com/article/a1.html").published_at == "2019-05-17"
