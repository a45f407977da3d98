"""A NetEase rule's body against the generic reading (scraper/extract/reconcile.py): an inserted block the rule
kept and the generic reading left out goes; a lone line the generic reading lost stays."""

from __future__ import annotations

import pytest

import scraper
from scraper.extract.reconcile import headings_of, reconciled, run_lines, suspect
from scraper.extract.tree import parse

STORY = [
    "本市第三条地铁线路昨天开通试运营，全长二十六公里，设站十九座，连接老城区和东部新城。",
    "首班车早上六点从东湖站发出，不少市民专程赶来体验，车厢里座无虚席。",
    "运营方介绍，新线路采用全自动驾驶系统，高峰期发车间隔缩短到三分钟以内。",
    "沿线居民李先生说，过去开车进城要一个多小时，现在坐地铁四十分钟就能到单位。",
    "交通部门表示，年底前还将优化沿线公交接驳，让更多市民出行更方便。",
]
# A poll box of a kind no NetEase rule names, inserted between the article's paragraphs.
POLL = ["你会坐地铁三号线上班吗", "会，比开车快 62%", "不会，离家太远 38%", "已有1253人参与投票"]
URL = "https://www.163.com/news/article/GE1234560001899O.html"


def _netease_page(block: str) -> bytes:
    paragraphs = [f"<p>{line}</p>" for line in STORY]
    body = "".join(paragraphs[:3]) + block + "".join(paragraphs[3:])
    return (
        "<html><head><title>地铁三号线开通试运营_网易新闻</title></head><body>"
        '<div class="post_main"><h1 class="post_title">地铁三号线开通试运营</h1>'
        '<div class="post_info">2021-06-28 08:30:00　来源: 某某日报</div>'
        f'<div class="post_content"><div class="post_body"><div class="c1">{body}</div></div>'
        '<div class="post_author">责任编辑：赵六_NN5678</div></div></div></body></html>'
    ).encode()


def test_an_inserted_box_the_generic_reading_leaves_out_goes_from_the_rules_body() -> None:
    box = '<div class="ad-box">' + "".join(f"<div>{line}</div>" for line in POLL) + "</div>"
    article = scraper.extract(_netease_page(box), URL)
    assert article.extractor == "netease-2020"
    assert article.paragraphs == STORY


def _unread() -> list[str]:
    raise AssertionError("the generic reading ran")


def test_a_body_without_two_chrome_lines_close_together_is_not_read_again() -> None:
    lines = [STORY[0], "三号线站点", *STORY[1:]]
    assert not suspect(lines)
    assert reconciled(lines, _unread) is lines


def test_a_lone_line_the_generic_reading_lost_stays() -> None:
    # A subheading the generic reading dropped on its own: a line, not a block.
    lines = [STORY[0], STORY[1], "首日客流突破十二万人次", "数据来自运营方", STORY[2], STORY[3]]
    generic = [STORY[0], STORY[1], "数据来自运营方", STORY[2], STORY[3]]
    assert suspect(lines)
    assert reconciled(lines, lambda: generic) is lines


@pytest.mark.parametrize(
    ("generic", "kept"),
    [
        # The generic reading read the article without the box: the box goes.
        (STORY, STORY),
        # It read another part of the page (less than four fifths of the rule's prose): it cannot speak.
        (STORY[:1], [*STORY[:3], *POLL, *STORY[3:]]),
    ],
)
def test_a_block_goes_only_when_the_generic_reading_read_the_same_article(generic: list[str], kept: list[str]) -> None:
    lines = [*STORY[:3], *POLL, *STORY[3:]]
    assert reconciled(lines, lambda: generic) == kept


def test_a_block_of_prose_the_generic_reading_lost_stays() -> None:
    # Two sentences the generic reading missed are lost text, not an inserted block: fewer than half are chrome.
    extra = ["地铁公司还宣布，开通首月所有乘客可享受票价八折优惠。", "优惠通过手机乘车码自动结算，无需另行申请。"]
    lines = [*STORY[:2], "三号线 东湖站", "首末班 06:00-23:00", *extra, *STORY[2:]]
    generic = [*STORY[:2], "三号线 东湖站", "首末班 06:00-23:00", *STORY[2:]]
    assert reconciled(lines, lambda: generic) is lines


def test_a_pair_of_subheadings_the_body_prints_bold_does_not_make_a_page_suspect() -> None:
    # An editor's section heading over a subsection's: printed as headings, they are the article's.
    lines = [STORY[0], "客流", "首日客流突破十二万人次", *STORY[1:]]
    assert suspect(lines)
    assert not suspect(lines, frozenset({"客流", "首日客流突破十二万人次"}))
    assert reconciled(lines, _unread, frozenset({"客流", "首日客流突破十二万人次"})) is lines


def test_the_subheadings_of_a_rules_body_are_its_bold_and_heading_elements() -> None:
    body = parse("<div><p><strong>客流</strong></p><h3>首日客流 突破十二万人次</h3><p>正文<b>强调</b>。</p></div>")
    assert {"客流", "首日客流 突破十二万人次", "强调"} <= headings_of(body)


# Short lines an editor types among the article's paragraphs: a byline, section numbers, a row of label and value
# (its value with an inline keyword link).
TYPED = ["文/本报记者 周明", "（一）", "（二）", "下周趋势 看平", "下周热点 券商股"]


def _typed_body() -> str:
    return (
        f"<div><p>{STORY[0]}</p><p>{TYPED[0]}</p><p>{TYPED[1]}</p><p>{STORY[1]}</p><p>{TYPED[2]}</p>"
        f"<p>{STORY[2]}</p><p>{TYPED[3]}</p><p>下周热点 <a href='/keywords/1.html'>券商股</a></p><p>{STORY[3]}</p></div>"
    )


def test_short_lines_typed_among_the_articles_paragraphs_do_not_make_a_page_suspect() -> None:
    body = parse(_typed_body())
    lines = [STORY[0], *TYPED[:2], STORY[1], TYPED[2], STORY[2], *TYPED[3:], STORY[3]]
    assert suspect(lines, headings_of(body))
    own = headings_of(body) | run_lines(body)
    assert not suspect(lines, own)
    assert reconciled(lines, _unread, own) is lines


def test_a_module_inside_the_body_is_not_its_paragraph_run() -> None:
    # A card box the template inserts holds paragraphs too, and links to another page: its lines stay suspect.
    card = "<div class='card'><p>星岚E6</p><p>厂商指导价：18.99万</p><p><a href='/car/1.html'>询底价</a></p></div>"
    body = parse(f"<div><p>{STORY[0]}</p>{card}<p>{STORY[1]}</p><p><a href='/news/2.html'>相关新闻</a></p></div>")
    assert {STORY[0], STORY[1]} <= run_lines(body)
    assert not {"星岚E6", "厂商指导价：18.99万", "询底价", "相关新闻"} & run_lines(body)
    assert suspect([STORY[0], "星岚E6", "厂商指导价：18.99万", "询底价", STORY[1]], run_lines(body))


def test_a_body_without_a_prose_paragraph_has_no_paragraph_run() -> None:
    assert run_lines(parse("<div><p>星岚E6</p><p>厂商指导价：18.99万</p></div>")) == frozenset()


# A channel's list of other articles, printed as paragraphs of the article's own run (the 2010-2016 channel templates
# put everything inside #endText as <p>s): a recommendation heading and headlines with their dates, no links.
LISTED = ["相关阅读：", "二号线延伸段年内动工 2014-03-01", "公交线路调整方案公布 2014-02-27"]


def _era1_page(block: str) -> bytes:
    paragraphs = "".join(f"<p>{line}</p>" for line in STORY)
    return (
        "<html><head><title>地铁三号线开通试运营_网易新闻中心</title></head><body>"
        '<div id="epContentLeft"><h1 id="h1title">地铁三号线开通试运营</h1>'
        '<div class="ep-time-soure">2014-06-28 08:30:00　来源: 某某日报</div>'
        f'<div id="endText">{paragraphs}{block}'
        '<div class="ep-source"><span class="ep-editor">责任编辑：赵六_NN5678</span></div></div></div></body></html>'
    ).encode()


def test_a_channels_list_printed_as_paragraphs_of_the_run_goes_from_the_rules_body() -> None:
    article = scraper.extract(
        _era1_page("".join(f"<p>{line}</p>" for line in LISTED)), "http://news.163.com/14/0628/08/ABCDEFGH00014AEE.html"
    )
    assert article.extractor == "netease-2015"
    assert article.paragraphs == STORY


def test_list_rows_widgets_and_headings_in_the_run_are_not_its_own_lines() -> None:
    rows = [*LISTED, "我要评论"]
    body = parse("<div>" + "".join(f"<p>{line}</p>" for line in [STORY[0], *rows, STORY[1], *TYPED]) + "</div>")
    own = run_lines(body)
    assert {STORY[0], STORY[1], *TYPED} <= own
    assert not set(rows) & own
