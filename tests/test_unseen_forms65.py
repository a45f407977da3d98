"""Page forms the fifty-sixth round's build data showed misread, each a class: the fifty-first written round's half A
and the fiftieth's pages, landed this round. Every line here is fictional, written for the test."""

from __future__ import annotations

import pytest

import scraper
from scraper.extract.generic import choose_body
from scraper.extract.notices import is_prompt_line

from .test_unseen_forms29 import LINES, _both_readings
from .test_unseen_forms56 import _goes_from_between, _service_box_goes


@pytest.mark.parametrize(
    "line",
    [
        "【<a href='/kanfang/'>清川房产看房团</a>】本周六城北线报名中，点击报名&gt;&gt;",
        "清川车友会春季自驾游开始招募，<a href='/club/'>点击参加&gt;&gt;</a>",
    ],
)
def test_a_promo_line_closing_on_a_click_and_arrows_goes(line: str) -> None:
    # The promo's link, set between the paragraphs by a channel's editors; on a NetEase rule's body as on a portal's.
    _goes_from_between(f"<p class='promo'>　　{line}</p>")


def test_a_sentence_that_asks_readers_to_click_is_no_promo_line() -> None:
    # An article's sentence about a click ends on its stop; the arrows only close a link's label.
    assert not is_prompt_line("记者发现，很多老人并不知道该点击哪里报名。")
    assert all(not is_prompt_line(line) for line in LINES)


def test_a_health_desks_tip_card_under_its_bracketed_label_goes() -> None:
    # 【防控小常识】 names a reference card as 小知识 does: a one-cell bordered table of two sentences of advice.
    _goes_from_between(
        "<table width='90%' border='0' align='center' cellpadding='6' bgcolor='#99CCFF'><tr><td bgcolor='#F0F8FF'>"
        "<b>【防控小常识】</b>流感是由流感病毒引起的呼吸道传染病。外出时应佩戴口罩，回家后及时洗手，出现发热等症状应及时"
        "就医。</td></tr></table>"
    )


def test_the_sites_own_service_box_under_a_bracketed_label_goes() -> None:
    # 【{site}·…招募】: the label in black brackets, a station's sign-up box with its day, meeting place and button.
    _service_box_goes(
        "<div class='zm' style='border:1px solid #e2d4b4'><p><b>【{site}·春季植树志愿者招募】</b></p>"
        "<p>活动日期：4月26日（周六）　集合：南门广场 06:30　报名截止：4月23日　已报名 <em>46</em> 人</p>"
        "<p><a href='/special/zhishu/'>我要报名&gt;&gt;</a></p></div>"
    )


@pytest.mark.parametrize("line", ["题图：清川工作室 插画", "题图：林某 摄影", "题图来源：清川图库"])
def test_a_title_pictures_credit_with_its_makers_role_goes(line: str) -> None:
    # The title picture's credit names who made it and how (插画, 摄影): a standing credit, no caption of the text.
    body = f"<p class='f_center'><img src='/img/0000.jpg' alt=''/></p><p class='f_center'>{line}</p>"
    for paragraphs in _both_readings(body + "".join(f"<p>{text}</p>" for text in LINES)):
        assert paragraphs == LINES, line


def _csdn_page(up_time: str) -> bytes:
    """A CSDN blog post edited after it was published: its script holds the publication time, span.time the edit."""
    paragraphs = "".join(f"<p>{line}</p>" for line in LINES)
    return (
        "<html><head><meta charset='utf-8'><title>清川湿地夜游记_清川的博客-CSDN博客</title>"
        "<script>var postTime = \"2023-01-05 14:22:18\";</script></head><body>"
        "<h1 class='title-article' id='articleContentId'>清川湿地夜游记</h1><div class='article-bar-top'>"
        "<a class='follow-nickName'>清川同学</a><span class='time blog-postTime' data-time='2023-01-05 14:22:18'>"
        f"已于&nbsp;2023-02-10 09:11:03&nbsp;修改</span></div><div class='up-time'><span>{up_time}</span></div>"
        f"<div id='content_views'>{paragraphs}</div></body></html>"
    ).encode()


def test_a_csdn_posts_box_of_the_latest_recommended_article_gives_no_publish_time() -> None:
    # 最新推荐文章于 … 发布 dates another article; 于 … 首次发布 is the post's own first publication.
    url = "https://blog.csdn.net/qingchuan/article/details/128563217"
    other = scraper.extract(_csdn_page("最新推荐文章于&nbsp;2024-03-18 10:06:45&nbsp;发布"), url=url)
    assert other.published_at == "2023-01-05T14:22:18+08:00"
    first = scraper.extract(_csdn_page("于&nbsp;2023-01-06 08:00:00&nbsp;首次发布"), url=url)
    assert first.published_at == "2023-01-06T08:00:00+08:00"


_PROSE = [
    "9月23日，清川市林业局召开全市秋季松材线虫病普查工作部署会，决定从本月下旬起在全市范围内开展秋季普查。",
    "松材线虫病是松树的毁灭性病害，传播快、防治难，松树一旦感病，最快一个多月就会整株枯死，防控任务十分繁重。",
    "据介绍，此次普查分三个阶段进行，具体安排如下：",
    "市林业局要求，普查中发现枯死松树要做到早发现、早报告、早处置，确保疫情不扩散、不蔓延，守护好全市的松林资源。",
]
_ROWS = ["阶段 时间 主要内容", "自查 9月下旬至10月中旬 各区县组织护林员逐山头排查", "抽查 10月下旬 市林业局组织抽查"]


def test_trafilaturas_reading_with_only_chrome_above_the_density_reading_loses_the_body_choice() -> None:
    # Class names hashed: trafilatura reads a side column's stamped posts and the catalogue's labelled row above the
    # text, and no table; the density reading holds the text and the table its lead-in announces.
    density = [*_PROSE[:3], *_ROWS, _PROSE[3]]
    chrome = [
        "【提醒】国庆假期景区门票预约系统今日上线，请游客合理安排行程。2013-09-25 09:30",
        "【天气】本周后期我市以晴好天气为主，早晚温差较大。2013-09-24 17:46",
        "发布机构： 市林业局 生成日期： 2013-09-23",
    ]
    assert choose_body(density, [*chrome, *_PROSE]) is density
    # A sentence of prose above it is the article's lead the density reading missed: trafilatura's reading stays.
    lead = "清川讯 记者从市林业局获悉，全市秋季松材线虫病普查工作日前全面启动，各区县已组织力量进山排查。"
    extracted = [lead, *_PROSE]
    assert choose_body(density, extracted) is extracted
