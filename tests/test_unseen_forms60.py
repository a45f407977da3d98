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
