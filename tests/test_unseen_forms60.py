"""Page forms the fifty-first round's build data showed misread, each a class: the forty-fifth written round's pages
(landed, built on whole) and the forty-sixth's half A. Every line here is fictional, written for the test."""

from __future__ import annotations

import pytest

import scraper

from .test_unseen_forms29 import LINES


def _government_notice(headline: str, meta_title: str) -> str:
    """A city government's notice: the standard's ArticleTitle meta, the <title> with the site's name, the headline
    printed in a centred cell with no class name that says so."""
    return (
        "<html><head><meta charset='utf-8'>"
        f"<title>{headline}_某某市人民政府</title><meta name='ArticleTitle' content='{meta_title}'>"
        "<meta name='PubDate' content='2012-03-16 10:26'></head><body><table><tr><td>网站首页 政务动态 部门动态</td></tr>"
        f"<tr><td align='center'>{headline}</td></tr>"
        "<tr><td align='center'>发布时间：2012年03月16日 10时26分　信息来源：市林业局</td></tr>"
        f"<tr><td>{''.join(f'<p>{line}</p>' for line in LINES)}</td></tr></table></body></html>"
    )


@pytest.mark.parametrize(
    ("headline", "meta_title", "title"),
    [
        # The meta holds the main title only; the page prints it with its subtitle after a space (an ideographic
        # one too: the title comes out with white space squashed, as every title does).
        ("我市启动春季全民义务植树 首批义务植树基地向市民开放", "我市启动春季全民义务植树",
         "我市启动春季全民义务植树 首批义务植树基地向市民开放"),
        ("我市举办“春风行动”专场招聘会　三百家企业提供岗位", "我市举办“春风行动”专场招聘会",
         "我市举办“春风行动”专场招聘会 三百家企业提供岗位"),
        # A meta that is the whole headline, and one that only shares its first characters, stay as they are.
        ("我市启动春季全民义务植树", "我市启动春季全民义务植树", "我市启动春季全民义务植树"),
        ("我市启动春季全民义务植树活动", "我市启动春季全民义务植树", "我市启动春季全民义务植树"),
    ],
)
def test_a_meta_title_holding_the_main_title_only_gives_way_to_the_printed_headline(
    headline: str, meta_title: str, title: str
) -> None:
    page = _government_notice(headline, meta_title)
    url = "http://www.example.gov.cn/zwdt/bmdt/201203/t20120316_000000.html"
    assert scraper.extract(page, url, rules=False).title == title


def _rendered_page(card: str) -> str:
    """A page a framework renders on the server: the article printed in the DOM with the template's card between
    its paragraphs, and the article as its editors wrote it in the page's state, without the card."""
    content = "".join(f"<p>{line}</p>" for line in LINES)
    printed = "".join(f"<p>{line}</p>" for line in LINES[:3]) + card + "".join(f"<p>{line}</p>" for line in LINES[3:])
    state = content.replace('"', '\\"')
    return (
        "<html><head><meta charset='utf-8'><title>满城桂香引客来_某某新闻</title></head><body><div id='app'>"
        "<h1>满城桂香引客来</h1><div class='x1'><span>来源：某某新闻</span><span>2023-09-27 20:41</span></div>"
        f"<div class='x2'>{printed}</div></div>"
        f'<script>window.__STATE__={{article:{{id:"0000000",content:"{state}"}}}}</script></body></html>'
    )


@pytest.mark.parametrize(
    "card",
    [
        # A service card with its heading and bus times, set as a card of the template's own.
        "<div class='x3'><div class='x4'>出行提醒</div><div class='x5'><p>公交：多条线路可至附近站点，首班06:00，末班21:30</p>"
        "<p>地铁：可换乘公交或步行前往，节假日请预留充足时间</p></div></div>",
        # An ad's text in the template's slot.
        "<div class='x6'><p>广告</p><p>秋季新品上市，扫码领取满减优惠券，限时三天</p></div>",
    ],
)
def test_a_card_the_template_renders_into_the_article_its_state_holds_goes(card: str) -> None:
    page = _rendered_page(card)
    assert scraper.extract(page, "https://news.example.cn/detail/0000000.html", rules=False).paragraphs == LINES
