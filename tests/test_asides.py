"""Boxes set among an article's paragraphs that are no article text (extract/asides.py, through drop_inserts)."""

from __future__ import annotations

from scraper.extract.inserts import drop_inserts
from scraper.extract.layout import block_lines
from scraper.extract.tree import parse

PROSE = [
    "市里今天召开会议，部署今冬明春的防汛备汛工作，要求各区在十二月底前完成堤防隐患排查。",
    "会议指出，去年汛期暴露出的排水管网短板要在明年主汛期前补齐，资金由市区两级共同承担。",
]


def _body(inner: str) -> list[str]:
    root = parse(f"<html><body><div id='main'>{inner}</div></body></html>")
    drop_inserts(root)
    return block_lines(root)


def _paragraphs(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def test_a_pull_quote_box_above_the_text_goes() -> None:
    box = '<div class="q"><p>“河堤上的灯，一夜都没有熄。”</p></div>'
    assert _body(box + _paragraphs(PROSE)) == PROSE


def test_a_quoted_paragraph_of_the_article_stays() -> None:
    quoted = "“今年的汛期来得早，准备也要早。”"
    assert _body(_paragraphs([PROSE[0], quoted, PROSE[1]])) == [PROSE[0], quoted, PROSE[1]]


def test_a_section_heading_in_quotation_marks_stays() -> None:
    # A section's heading that quotes the words it is about: the article's heading, not a pull-quote's box.
    heading = "“汛期来得早”"
    page = _paragraphs([PROSE[0]]) + f"<h2>{heading}</h2>" + _paragraphs([PROSE[1]])
    assert _body(page) == [PROSE[0], heading, PROSE[1]]


def test_an_author_box_with_a_bio_goes_and_a_bare_byline_stays() -> None:
    box = '<div><span>作者</span> 林一舟 <span>长期关注城市变迁与普通人的生活</span></div>'
    assert _body(box + _paragraphs(PROSE)) == PROSE
    assert _body("<p>作者：林一舟</p>" + _paragraphs(PROSE)) == ["作者：林一舟", *PROSE]


def test_an_authors_bio_after_the_text_goes() -> None:
    bio = "作者为资深媒体人，曾任多家财经杂志记者、主笔。"
    assert _body(_paragraphs([*PROSE, bio])) == PROSE


def test_a_stock_quote_box_goes() -> None:
    box = '<div><a href="/quote/600000.html">浦江实业</a><span>12.56</span><span>+2.31%</span></div>'
    assert _body(_paragraphs(PROSE[:1]) + box + _paragraphs(PROSE[1:])) == PROSE


def test_a_date_row_inside_the_body_goes() -> None:
    row = '<div>2015-07-02 05:18:09　来源: <a href="/">城市晨报</a>(上海)</div>'
    assert _body(row + _paragraphs(PROSE)) == PROSE


def test_boxes_among_text_runs_between_breaks_go() -> None:
    runs = "<br><br>".join(PROSE)
    assert _body(f'<div><p>“河堤上的灯，一夜都没有熄。”</p></div>{runs}') == PROSE


def test_cards_that_are_one_link_each_go_after_their_heading() -> None:
    cards = (
        "<div><div>往期回顾</div>"
        '<a href="/a/1.html"><span>老街裁缝铺的最后一个冬天</span><span>一把剪刀用了三十年。</span></a>'
        '<a href="/a/2.html"><span>在高速服务区值夜班的人</span><span>凌晨三点，加油站的灯还亮着。</span></a></div>'
    )
    assert _body(_paragraphs(PROSE) + cards) == PROSE


def test_cards_in_a_main_element_go() -> None:
    cards = (
        "<p><strong>相关推荐</strong></p>"
        '<p><a href="/a/1.html">老街裁缝铺的最后一个冬天</a></p><p>一把剪刀用了三十年，店里的顾客越来越少。</p>'
        '<p><a href="/a/2.html">在高速服务区值夜班的人</a></p><p>凌晨三点，加油站的灯还亮着。</p>'
    )
    root = parse(f"<html><body><main>{_paragraphs(PROSE)}{cards}</main></body></html>")
    drop_inserts(root)
    assert block_lines(root) == PROSE


def test_a_quote_board_between_paragraphs_goes() -> None:
    board = ('<div><table><tr><th><a href="/quote/601668.html">东江银行</a> (601668)</th></tr>'
             "<tr><td>最新价</td><td>7.84</td></tr><tr><td>涨跌幅</td><td>+1.42%</td></tr>"
             "<tr><td>数据时间：2012-07-04 15:00:00</td></tr></table></div>")
    assert _body(_paragraphs(PROSE[:1]) + board + _paragraphs(PROSE[1:])) == PROSE


def test_a_quote_board_of_the_session_figures_goes() -> None:
    # The turnover the one label of the long list; the open, high and low of the session are the board's labels.
    board = ('<div><div><span>东江银行</span> <span>01968.HK</span> <a href="/quote/01968.html">+自选</a></div>'
             "<div><em>7.840</em> <i>+0.110</i> <i>+1.42%</i></div>"
             "<div>今开：7.730　最高：7.900　最低：7.700　成交额：3.26亿</div><div>行情 2012-07-04 16:08</div></div>")
    assert _body(_paragraphs(PROSE[:1]) + board + _paragraphs(PROSE[1:])) == PROSE


def test_a_sentence_naming_the_session_high_and_low_stays() -> None:
    line = "该股今开7.73港元，最高涨至7.90港元，最低7.70港元，收涨+1.42%"
    assert _body(_paragraphs(PROSE[:1]) + f"<div>{line}</div>" + _paragraphs(PROSE[1:])) == [PROSE[0], line, PROSE[1]]


def test_picture_cards_between_paragraphs_go() -> None:
    cards = (
        '<div><img src="/g.png"><p>远山奇谈</p><p>类型：角色扮演　平台：手机</p><a>官网</a><a>预约下载</a></div>',
        '<div><span>好物推荐</span><img src="/p.jpg"><p>某品牌 保温杯 500ml</p><p>参考价：￥89</p><a>去看看</a></div>',
        '<div><ul><li><img src="/1.jpg"><span>1/3</span></li><li><img src="/2.jpg"><span>2/3</span></li>'
        '<li><img src="/3.jpg"><span>3/3</span></li></ul><p>左右滑动查看更多</p></div>',
        '<div><img src="/c.jpg"><a>某品牌 轿车</a><table><tr><th>指导价</th><td>12.98万</td></tr>'
        "<tr><th>级别</th><td>紧凑型车</td></tr></table><a>询底价</a></div>",
    )
    for card in cards:
        assert _body(_paragraphs(PROSE[:1]) + card + _paragraphs(PROSE[1:])) == PROSE, card


def test_a_figure_with_its_caption_stays() -> None:
    figure = '<div><img src="/f.jpg"><p>江边的护堤队员</p><p>（记者 周明 摄）</p></div>'
    assert _body(_paragraphs(PROSE[:1]) + figure + _paragraphs(PROSE[1:])) == [
        PROSE[0], "江边的护堤队员", "（记者 周明 摄）", PROSE[1]
    ]
