"""Metadata of old table-layout pages that name no container (2005-era 163.com channel pages and their kin):
the breadcrumb as links joined by arrows, 来源 in the row under the headline, 责任编辑 as a bare text run,
and prompts to join the site's communities, which are no body."""

from __future__ import annotations

import pytest

import scraper
from scraper.extract import dom
from scraper.extract.layout import block_lines
from scraper.extract.line_kinds import Kind, classify
from scraper.extract.tree import parse

PROSE = (
    "　　记者从市交通部门获悉，两地的公交卡将从明年一月起实现互通，持任意一种卡的乘客都可以在另一城市乘车。<br><br>"
    "　　据介绍，交通部门已经完成读卡设备的升级测试，目前正在对三千多辆公交车的车载机具逐一更换程序。<br><br>"
)


def _page(cell: str) -> str:
    return (
        "<html><head><title>两地公交卡明年起互通_网易科技</title></head><body>"
        f"<table><tr><td>{cell}</td></tr></table></body></html>"
    )


def test_links_joined_by_arrows_are_the_breadcrumb() -> None:
    root = parse(_page('<a href="/">网易首页</a> -&gt; <a href="/tech/">网易科技</a> → <a href="/t/">通信</a> -&gt; 正文'))
    assert dom.crumbs(root, "") == ["网易首页", "网易科技", "通信"]


def test_links_joined_by_bars_are_a_menu_not_a_breadcrumb() -> None:
    root = parse(_page('<a href="/news/">新闻</a> | <a href="/sports/">体育</a> | <a href="/ent/">娱乐</a>'))
    assert dom.crumbs(root, "") == []


def test_the_source_is_read_from_the_row_under_the_headline() -> None:
    cell = (
        "<h1>两地公交卡明年起互通</h1>"
        '2005-06-14 09:27:41　来源: <a href="http://www.xinhuanet.com/">新华网</a>　<a href="/c/">网友评论 36 条</a><br>'
        + PROSE
    )
    article = scraper.extract(_page(cell), "http://tech.163.com/05/0614/09/1LRB3K4S00091536.html", rules=False)
    assert (article.source, article.published_at) == ("新华网", "2005-06-14T09:27:41+08:00")


def test_an_editor_line_between_line_breaks_is_read() -> None:
    article = scraper.extract(_page("<h1>两地公交卡明年起互通</h1>" + PROSE + "　　（责任编辑：李明）<br>"), rules=False)
    assert article.editor == "李明"


@pytest.mark.parametrize(
    "line",
    ["欢迎加入网易科技论坛，与数十万网友一起讨论科技热点！", "想看更多通信新闻？请加入网易“通信圈”，与业内人士交流。"],
)
def test_a_prompt_to_join_a_community_is_a_widget_even_as_a_sentence(line: str) -> None:
    assert classify(line, frozenset(), "") is Kind.WIDGET


def test_joining_told_as_news_is_prose() -> None:
    assert classify("去年他加入了当地的摄影协会，每周都和会员们一起外出采风。", frozenset(), "") is Kind.PROSE


def test_a_data_tables_row_is_one_line_and_a_layout_tables_cells_stay_lines() -> None:
    # A table of the article's figures prints each row as one line, its cells side by side (the source's line
    # breaks between cells are no lines); a figure alone would be read as a widget's bare number and lost.
    table = ("<table><tr><th>批次</th>\n<th>文科</th>\n<th>理科</th></tr>\n"
             "<tr><td>一批</td>\n<td>549</td>\n<td>502</td></tr></table>")
    root = parse(f"<html><body><div><p>下表为两年分数线：</p>{table}</div></body></html>")
    assert block_lines(root) == ["下表为两年分数线：", "批次 文科 理科", "一批 549 502"]
    # A layout table's cells hold links and blocks: each stays a line of its own.
    layout = '<table><tr><td><a href="/">首页</a></td><td><p>第一段。</p><p>第二段。</p></td></tr></table>'
    assert block_lines(parse(f"<html><body>{layout}</body></html>")) == ["首页", "第一段。", "第二段。"]
