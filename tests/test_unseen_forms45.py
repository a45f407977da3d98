"""Page forms the thirty-sixth round's build data showed misread, each a class: the thirtieth written round landed
whole and the thirty-first round's half A. Every line here is fictional, written for the test."""

from __future__ import annotations

import pytest

import scraper
from scraper.extract.labels import byline_names, dispatch_agency, dispatch_author
from scraper.extract.line_kinds import Kind, kind_by_words
from scraper.extract.notices import is_prompt_line

from .test_unseen_forms29 import LINES, _both_readings
from .test_unseen_forms30 import _assert_insert_goes

HEADLINE = "河濱步道春季整修完工 夜間照明全面更新"
DATELINE = "（中央社記者鄢澄宇台北9日電）"


def _agency_page(opening: str, title: str = f"{HEADLINE} | 生活 | 清川入口網") -> bytes:
    # A portal's page carrying an agency's report: no 來源 label, the agency only in the dateline opening the text.
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<div class='nav'><a href='/'>首頁</a></div><h1>{HEADLINE}</h1><div class='time'>2024-03-09 16:30</div>"
        f"<div class='body'><p>{opening}{LINES[0]}</p>" + "".join(f"<p>{line}</p>" for line in LINES[1:])
        + "</div></body></html>"
    ).encode("utf-8")


@pytest.mark.parametrize("rules", [True, False])
def test_an_agencys_bracketed_dateline_gives_the_source_and_the_reporter(rules: bool) -> None:
    article = scraper.extract(_agency_page(DATELINE), url="https://tw.news.example.com/a/1.html", rules=rules)
    assert (article.source, article.author) == ("中央社", "鄢澄宇")
    assert article.paragraphs[0] == DATELINE + LINES[0]


def test_the_dateline_names_the_agency_on_its_own_site_too() -> None:
    page = _agency_page(DATELINE, title=f"{HEADLINE} | 生活 | 中央社 CNA")
    assert scraper.extract(page, url="https://www.example-cna.tw/news/1.aspx").source == "中央社"


@pytest.mark.parametrize(("opening", "agency", "author"), [
    ("（中央社記者鄢澄宇、闕沛岑華盛頓8日專電）", "中央社", "鄢澄宇 闕沛岑"),
    ("（中央社台北9日電）", "中央社", None),
    ("新华社北京5月22日电（记者鄢澄宇）", "新华社", "鄢澄宇"),
])
def test_an_agencys_dateline_in_its_other_forms(opening: str, agency: str, author: str | None) -> None:
    lines = [opening + LINES[0]]
    assert dispatch_agency(lines) == agency
    assert dispatch_author(lines) == author


def test_a_report_citing_an_agency_names_no_dispatch() -> None:
    # The agency quoted inside a sentence is no dateline of the page's.
    assert dispatch_agency(["据中央社台北9日电报道，河滨步道整修完工。"]) is None


def test_a_more_from_the_outlet_box_goes_with_its_heading() -> None:
    # An aggregator prints the agency's other reports under its name in one paragraph: heading, then links.
    assert kind_by_words("更多中央社報導") is Kind.HEADING
    assert kind_by_words("更多清川日报报道") is Kind.HEADING
    _assert_insert_goes(
        "<p><strong>更多中央社報導</strong><br><a href='https://tw.news.example.com/b.html'>中職熱身賽 新人投手先發5局無失分</a>"
        "<br><a href='https://tw.news.example.com/c.html'>全國射箭賽 社會男子組爆冷</a></p>"
    )


def test_a_text_message_services_trial_offer_goes() -> None:
    assert is_prompt_line("手机看新闻：发送短信XW到9999999，每天三条要闻免费试读一周")
    assert is_prompt_line("发送短信QC到99999包月订阅清川手机报")
    for paragraphs in _both_readings("".join(f"<p>{line}</p>" for line in LINES)
                                     + "<p><font color='#1E50A2'>手机看新闻：发送短信XW到9999999，每天三条要闻免费试读一周</font></p>"):
        assert paragraphs == LINES
    # An article telling how to query a service by message offers nothing to try.
    assert not is_prompt_line("考生可发送短信CJ到99999查询成绩，每天限查三次。")


@pytest.mark.parametrize("line", ["温馨提示：本文仅作健康科普，不能替代医生面诊，如有不适请及时就医。",
                                  "本文内容只作参考，不构成任何投资建议。"])
def test_a_health_or_investment_disclaimer_in_other_words_goes(line: str) -> None:
    assert is_prompt_line(line)


def test_an_article_on_what_a_guide_is_for_stays() -> None:
    assert not is_prompt_line("专家提醒，网上的养生文章大多只作科普，市民身体不适时还应及时到医院就诊，听从医生建议。")


@pytest.mark.parametrize(("line", "names"), [
    ("清川市纪委监委网站 鄢澄宇", "鄢澄宇"),
    ("清川日报 鄢澄宇 闕沛岑", "鄢澄宇 闕沛岑"),
    ("网易清川 鄢澄宇", "鄢澄宇"),
])
def test_an_outlet_and_its_writer_alone_on_a_line_is_a_byline(line: str, names: str) -> None:
    assert byline_names(line) == names


def test_an_outlets_role_alone_names_nobody() -> None:
    assert byline_names("清川日报 评论员") is None
    assert byline_names("清川日报 通讯员 鄢澄宇") is None


def test_the_outlet_and_writer_line_opening_a_report_gives_its_author() -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>清川某县整治群众身边不正之风_清川市纪委监委网站</title></head><body>"
        "<h2 class='tit'>清川某县整治群众身边不正之风</h2><div class='daty'>来源：清川市纪委监委网站 发布时间：2021-11-09 07:30</div>"
        "<div class='TRS_Editor'><p>清川市纪委监委网站 鄢澄宇</p>" + "".join(f"<p>{line}</p>" for line in LINES)
        + "</div></body></html>"
    ).encode("utf-8")
    article = scraper.extract(page, url="https://www.example-jw.gov.cn/a/1.html", rules=False)
    assert article.author == "鄢澄宇"
    assert article.paragraphs == LINES


def test_a_blogs_name_with_a_mark_in_it_is_no_headline() -> None:
    # The blog's name over the page is an <h1>; the post's headline an <h3>; the <title> prints both, set off by
    # spaced dashes, and the blogger's handle holds an underscore, which the unspaced split cuts at.
    page = (
        "<html><head><meta charset='gb2312'><title>后院种葱两年记 - 鄢澄宇_qc99的博客 - 清川博客</title></head><body>"
        "<h1><a href='/myblog/1/'>鄢澄宇_qc99的博客</a></h1><h3 class='articleTitle'>后院种葱两年记</h3>"
        "<div class='articleInfo'>博主：<a href='/myblog/1/'>鄢澄宇_qc99</a>　2012-03-18 10:25:17　阅读 2376 次</div>"
        "<div class='articleCont'>" + "<br>".join(LINES) + "</div></body></html>"
    ).encode("gbk")
    article = scraper.extract(page, url="https://blog.example.cn/myblog/1/2.html")
    assert article.title == "后院种葱两年记"
    assert article.author == "鄢澄宇_qc99"


def test_a_product_card_with_a_view_button_goes() -> None:
    # A finance channel's card between the paragraphs: title, a product's figures, the button, the figures' stamp.
    _assert_insert_goes(
        "<div class='fund_card'><p class='fund_card_title'>理财精选</p><p>稳健型理财 七日年化 3.85%　起购金额 1000元</p>"
        "<p><a href='https://money.example.cn/licai/'>立即查看</a></p><p class='cDGray'>收益率更新于 2019-04-22</p></div>"
    )


def test_a_membership_box_with_its_sign_up_button_goes() -> None:
    _assert_insert_goes(
        "<div class='m9e3a'><div class='m9e3a-t'>清川乒协会员服务</div><p>注册成为清川乒协会员，即可报名参加会员联赛、获取积分排名</p>"
        "<a href='/member/reg' class='m9e3a-btn'>立即注册</a></div>"
    )


def test_a_sentence_with_a_sign_up_link_after_it_stays() -> None:
    told = "报名通道已于本周一开放，市民可通过协会网站注册报名。截至目前，已有三百余名市民报名参加。"
    for paragraphs in _both_readings(
        "".join(f"<p>{line}</p>" for line in LINES) + f"<div><p>{told}</p><p><a href='https://example.cn/reg'>立即注册</a></p></div>"
    ):
        assert told in paragraphs
