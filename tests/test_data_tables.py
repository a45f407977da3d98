"""Data tables inside an article on a page no rule reads: each row is one paragraph, its cells joined by one
space, in place among the paragraphs; a layout table around the article and a table of other articles' links
are read as before. The pages are our own, in the markup finance and statistics portals print."""

from __future__ import annotations

import scraper
from scraper.extract.data_tables import is_data_table, untable_data
from scraper.extract.tree import parse

URL = "https://finance.example.com.cn/stock/2025-04-28/doc-ikqcfnca7731205.shtml"

INTRO = (
    "　　青禾科技周一晚间披露一季度报告，公司当季营业收入同比增长两成以上，净利润增速明显快于收入，"
    "主要得益于海外订单放量和原材料价格回落。公司表示，新建的第二条生产线已在三月底进入试产阶段。"
)
OUTRO = (
    "　　分析人士认为，公司毛利率回升的趋势有望延续，但海外市场的汇率波动和运费变化仍会给后续几个季度的"
    "利润带来不确定性，投资者应关注二季度的订单交付节奏。"
)
MIDDLE = (
    "　　从费用端看，公司一季度销售费用和管理费用合计占收入的比例较去年同期下降了一个多百分点，研发投入则"
    "继续保持增长，全年研发费用预计将超过营业收入的百分之六。"
)
# A word processor's table pasted into the article: each cell's text in a paragraph of its own.
RESULTS = (
    '<table class="MsoNormalTable" border="1">'
    '<tr><td><p class="MsoNormal"><span>项目</span></p></td><td><p class="MsoNormal">本期</p></td>'
    '<td><p class="MsoNormal">上年同期</p></td><td><p class="MsoNormal">变动</p></td></tr>'
    '<tr><td><p class="MsoNormal">营业收入（亿元）</p></td><td><p class="MsoNormal">12.36</p></td>'
    '<td><p class="MsoNormal">10.08</p></td><td><p class="MsoNormal">22.62%</p></td></tr>'
    '<tr><td><p class="MsoNormal">净利润（亿元）</p></td><td><p class="MsoNormal">1.84</p></td>'
    '<td><p class="MsoNormal">1.29</p></td><td><p class="MsoNormal">42.64%</p></td></tr>'
    '<tr><td><p class="MsoNormal">每股收益（元）</p></td><td><p class="MsoNormal">0.41</p></td>'
    '<td><p class="MsoNormal">0.29</p></td><td><p class="MsoNormal">41.38%</p></td></tr>'
    "</table>"
)
ROWS = [
    "项目 本期 上年同期 变动",
    "营业收入（亿元） 12.36 10.08 22.62%",
    "净利润（亿元） 1.84 1.29 42.64%",
    "每股收益（元） 0.41 0.29 41.38%",
]
NAVIGATION = (
    '<div class="nav"><a href="/">首页</a> <a href="/stock/">股票</a> <a href="/fund/">基金</a> '
    '<a href="/bond/">债券</a> <a href="/forex/">外汇</a></div>'
)


def _page(article: str, after: str = "") -> str:
    return (
        "<html><head><title>青禾科技一季度净利润增长四成_财经频道</title></head><body>"
        f"{NAVIGATION}<h1>青禾科技一季度净利润增长四成</h1>"
        f'<div class="date">2025年04月28日 20:15</div><div id="artibody">{article}</div>{after}</body></html>'
    )


def _paragraphs(page: str) -> list[str]:
    return scraper.extract(page, URL, rules=False).paragraphs


def test_a_word_processor_table_in_the_article_gives_one_paragraph_per_row_in_place() -> None:
    page = _page(f"<p>{INTRO}</p>{RESULTS}<p>{OUTRO}</p>")
    assert _paragraphs(page) == [INTRO.strip("　"), *ROWS, OUTRO.strip("　")]


def test_a_table_of_inline_cells_among_paragraphs_keeps_its_rows() -> None:
    # A table of plain cells in an article of three paragraphs: the table's rows are a good part of the text,
    # but no more the padding of a swallowed list than the paragraphs are.
    table = RESULTS.replace('<p class="MsoNormal">', "").replace("</p>", "")
    page = _page(f"<p>{INTRO}</p><p>{MIDDLE}</p>{table}<p>{OUTRO}</p>")
    assert _paragraphs(page) == [INTRO.strip("　"), MIDDLE.strip("　"), *ROWS, OUTRO.strip("　")]


def test_a_layout_table_around_the_article_is_read_as_before() -> None:
    # A table-era page: the headline, the article and a column of links laid out in one table's cells. Its
    # cells hold paragraphs, links and long text: no data table, and the article is read from its cell.
    layout = (
        '<table width="760"><tr><td width="560"><h1>青禾科技一季度净利润增长四成</h1>'
        f"<p>{INTRO}</p><p>{MIDDLE}</p><p>{OUTRO}</p></td>"
        '<td width="200"><a href="/a/1.html">两市成交额连续三日放大</a><br>'
        '<a href="/a/2.html">多家券商上调全年盈利预测</a><br><a href="/a/3.html">新能源板块午后走强</a></td>'
        "</tr></table>"
    )
    root = parse(f"<html><body>{layout}</body></html>")
    assert not is_data_table(next(root.iter("table")))
    page = f"<html><head><title>青禾科技一季度净利润增长四成</title></head><body>{layout}</body></html>"
    assert _paragraphs(page) == [INTRO.strip("　"), MIDDLE.strip("　"), OUTRO.strip("　")]


def test_a_table_of_other_articles_links_is_no_body() -> None:
    recommended = (
        '<table class="list"><tr><td><a href="/stock/2025-04-27/doc-1.shtml">两市成交额连续三日放大</a></td>'
        "<td>04-27</td></tr>"
        '<tr><td><a href="/stock/2025-04-26/doc-2.shtml">多家券商上调全年盈利预测</a></td><td>04-26</td></tr>'
        '<tr><td><a href="/stock/2025-04-25/doc-3.shtml">新能源板块午后走强</a></td><td>04-25</td></tr></table>'
    )
    root = parse(f"<html><body>{recommended}</body></html>")
    assert not is_data_table(next(root.iter("table")))
    paragraphs = _paragraphs(_page(f"<p>{INTRO}</p><p>{MIDDLE}</p>{recommended}<p>{OUTRO}</p>"))
    assert not any("两市成交额" in line or "04-26" in line for line in paragraphs)


def test_a_table_holding_a_table_or_a_single_row_of_cells_stays_a_table() -> None:
    nested = "<table><tr><td>甲</td><td><table><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></table></td></tr></table>"
    root = parse(f"<html><body>{nested}</body></html>")
    outer, inner = list(root.iter("table"))
    assert not is_data_table(outer) and is_data_table(inner)
    one_row = parse("<html><body><table><tr><td>开盘</td><td>12.30</td></tr><tr><td>说明文字</td></tr></table></body></html>")
    assert not is_data_table(next(one_row.iter("table")))


def test_untable_data_puts_the_rows_where_the_table_stood() -> None:
    root = parse(f"<html><body><div><p>前文。</p>{RESULTS}尾随的文字<p>后文。</p></div></body></html>")
    untable_data(root)
    div = root.find(".//div")
    assert div is not None
    assert [child.text for child in div] == ["前文。", *ROWS, "后文。"]
    assert div[len(ROWS)].tail == "尾随的文字"


def test_a_netease_rule_body_reads_a_word_processor_table_row_by_row() -> None:
    # The site rule's body element gets the same reading: a table pasted from a word processor among the
    # paragraphs of a 2020 template article.
    page = (
        "<html><body><div class='post_main'><h1 class='post_title'>青禾科技一季度净利润增长四成</h1>"
        f"<div class='post_body'><p>{INTRO}</p>{RESULTS}<p>{OUTRO}</p></div></div></body></html>"
    )
    article = scraper.extract(page, "https://www.163.com/dy/article/JV2N8QKF0519DTSV.html")
    assert article.extractor == "netease-2020"
    assert article.paragraphs == [INTRO.strip("　"), *ROWS, OUTRO.strip("　")]


def test_a_data_tables_caption_opens_its_rows() -> None:
    captioned = RESULTS.replace('border="1">', 'border="1"><caption>主要财务数据</caption>')
    assert _paragraphs(_page(f"<p>{INTRO}</p>{captioned}<p>{OUTRO}</p>")) == [
        INTRO.strip("　"), "主要财务数据", *ROWS, OUTRO.strip("　")
    ]


def test_a_table_with_text_between_its_rows_stays_a_table() -> None:
    # Text the parser left inside the table but outside any cell would be lost if the rows alone were printed.
    root = parse(f"<html><body><div>{RESULTS.replace('</tr>', '</tr>注：单位为亿元', 1)}</div></body></html>")
    assert not is_data_table(next(root.iter("table")))
    untable_data(root)
    assert root.find(".//table") is not None


def test_a_cell_longer_than_a_figure_or_a_label_or_a_layout_role_keeps_a_table_a_table() -> None:
    rows = "<tr><td>项目</td><td>本期</td></tr><tr><td>营业收入（亿元）</td><td>12.36</td></tr>"
    assert is_data_table(next(parse(f"<table>{rows}</table>").iter("table")))
    assert not is_data_table(next(parse(f"<table role='presentation'>{rows}</table>").iter("table")))
    long_cell = "<td>公司当季营业收入同比增长两成以上，主要得益于海外订单放量</td>"
    assert not is_data_table(next(parse(f"<table>{rows}<tr><td>说明</td>{long_cell}</tr></table>").iter("table")))
