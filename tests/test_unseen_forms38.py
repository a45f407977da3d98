"""Page forms the twenty-ninth round's build data showed misread, each a class: the twenty-third written round
landed whole (its half B held out last round included) and the twenty-fourth round's half A. Every line here is
fictional, written for the test."""

from __future__ import annotations

import scraper

from .test_unseen_forms29 import ARTICLE, LINES, _both_readings, _netease_page
from .test_unseen_forms30 import _assert_insert_goes, between
from .test_unseen_forms33 import _portal

_ROWS = ("1 东门码头至合江段 1.2", "2 合江至望平段 0.9", "3 望平至九眼段 1.4")


def _table(rows: tuple[str, ...], head: str = "") -> str:
    cells = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row.split()) + "</tr>" for row in rows)
    return f"<table>{head}<tbody>{cells}</tbody></table>"


def test_a_table_whose_first_column_counts_its_rows_is_the_articles() -> None:
    # A serial, a place and a figure per row reads like a match's statistics (a figure, a label, a figure), but
    # its first figures count the rows 1, 2, 3: no side's.
    for paragraphs in _both_readings(between(_table(_ROWS))):
        assert paragraphs == [*LINES[:2], *_ROWS, *LINES[2:]]


def test_a_table_the_text_announces_is_the_articles_whatever_its_shape() -> None:
    rows = ("45.2% 投篮命中率 47.8%", "36 篮板 41", "22 助攻 19")
    lead = "<p>两队本场主要技术统计如下：</p>"
    for paragraphs in _both_readings(between(lead + _table(rows))):
        assert paragraphs == [*LINES[:2], "两队本场主要技术统计如下：", *rows, *LINES[2:]]


def test_a_cards_button_to_join_goes_with_its_card() -> None:
    # A donation card: its campaign, its price and tally, and its button to join (我要参与).
    _assert_insert_goes(
        "<div class='k7'><p class='k8'>一起捐：给清川孩子送一套画笔</p><p>每份30元　已有2,381人参与</p>"
        "<a href='https://gongyi.example.cn/juan/1.html'>我要参与</a></div>"
    )


def test_a_quote_card_under_its_heading_goes() -> None:
    # A pull quote's box among the paragraphs: its heading, the saying in quotation marks, the speaker after a dash.
    _assert_insert_goes(
        "<div class='k7'><p class='k8'>代表声音</p><p>“让群众只进一扇门、只跑一个窗口。”</p><p>——清川市人大代表 郁青禾</p></div>"
    )


def test_an_epigraph_before_the_first_sentence_stays() -> None:
    # The same shape above any sentence is the article's own opening, not a box beside its text.
    epigraph = ["题记", "“山高水长，慢慢走。”", "——清川古谚"]
    box = "<div class='k7'>" + "".join(f"<p>{line}</p>" for line in epigraph) + "</div>"
    assert _portal(box + ARTICLE).paragraphs == [*epigraph, *LINES]


def test_a_quote_cards_button_to_watch_a_stock_goes_with_it() -> None:
    _assert_insert_goes(
        "<div class='k7'><span>清川指数(QCI)</span><strong>2510.64</strong><em>-21.52 (-0.87%)</em>"
        "<span>08-17 16:10:00 收盘</span><a href='/stock/qci'>+自选</a></div>"
    )


def test_a_reprint_note_with_its_editor_closing_the_text_is_no_paragraph() -> None:
    for note in ("本文编选自“清川财经”，编辑：郁青禾。", "（本文编译自清川周刊，编译：郁青禾）"):
        for paragraphs in _both_readings(f"{ARTICLE}<p style='color:#999'>{note}</p>"):
            assert paragraphs == LINES, note


def test_netease_apps_prompt_for_more_of_a_channels_news_goes() -> None:
    promo = ("<div class='post_app_promo'><a href='https://www.163.com/newsapp/'><img src='https://static.ws.126.net/a.png'"
             " alt=''><span>打开网易新闻，查看更多清川身边事</span></a></div>")
    assert scraper.extract(_netease_page(between(promo)), url=NETEASE_URL).paragraphs == LINES


NETEASE_URL = "https://www.163.com/dy/article/J0AB12CD0599ABCD.html"


def _board_page(subject: str, stamp: str) -> bytes:
    """A bulletin board's thread page of the SMTH family: the first post's header, text, signature and source line,
    then a reply with its own header."""
    text = "".join(f"&nbsp;&nbsp;{line}<br><br>" for line in LINES)
    return (
        f"<html><head><meta charset='utf-8'><title>清川社区 -- 同主题阅读：{subject}</title></head><body>"
        f"<table class='ttl'><tr><td>同主题阅读：{subject} <span>[共2篇]</span></td></tr></table>"
        "<table class='article'><tr><td>[1楼] <a href='/bbsqry.php?userid=qinghe88'>qinghe88</a></td></tr>"
        "<tr><td class='a_c'>发信人: qinghe88 (青禾), 信区: Travel<br>"
        f"标&nbsp;&nbsp;题: {subject}<br>发信站: 清川社区 ({stamp}), 站内<br><br>{text}"
        "--<br>山高水长，慢慢走。<br><br><font>※ 来源:·清川社区 bbs.example.cn·[FROM: 10.0.*]</font><br></td></tr>"
        "<tr><td>[2楼] <a href='/bbsqry.php?userid=feiyu07'>feiyu07</a></td></tr>"
        f"<tr><td class='a_c'>发信人: feiyu07 (飞鱼), 信区: Travel<br>标&nbsp;&nbsp;题: Re: {subject}<br>"
        "发信站: 清川社区 (Sun Jul 18 08:12:40 2010), 站内<br><br>去年也走过，晚上千万别开。<br></td></tr></table>"
        "</body></html>"
    ).encode()


def test_a_bulletin_boards_first_post_gives_its_subject_time_and_text() -> None:
    page = _board_page("暑假带父母自驾走了一趟清川挂壁公路", "Sat Jul 17 21:05:32 2010")
    article = scraper.extract(page, url="https://bbs.example.cn/bbstcon.php?board=Travel&gid=1936218")
    assert (article.title, article.published_at) == ("暑假带父母自驾走了一趟清川挂壁公路", "2010-07-17T21:05:32+08:00")
    # The header lines over the text and the signature under its two dashes are no paragraphs.
    assert article.paragraphs == LINES


def test_a_stamp_with_an_impossible_day_gives_no_date() -> None:
    page = _board_page("暑假带父母自驾走了一趟清川挂壁公路", "Sat Feb 30 21:05:32 2010")
    assert scraper.extract(page, url="https://bbs.example.cn/bbstcon.php?board=Travel&gid=1936218").published_at is None


def test_a_product_cards_table_closed_by_its_price_stamp_goes() -> None:
    # A product card set as a table among the paragraphs: its heading, picture and model, its price and the day
    # the price was last updated (报价更新：…) in a cell of its own, and links to more of the product.
    _assert_insert_goes(
        "<table class='k7' align='right'><tr><td colspan='2'>产品档案</td></tr><tr><td><img src='https://img.example.cn/"
        "dc.jpg' alt=''></td><td>清川 DC-530</td></tr><tr><td>参考价格：<b>1599元</b></td></tr>"
        "<tr><td>报价更新：2006-11-22</td></tr><tr><td><a href='https://product.example.cn/dc530.html'>【详细参数】</a>"
        "</td></tr></table>"
    )
