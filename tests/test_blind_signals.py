"""The generic path on pages whose class and id names say nothing (bench/blind.py's tokens, as real pages'
hashed names do): what a block is must be told by structure and text, not by its name."""

from __future__ import annotations

from scraper.extract.clean import clean_lines
from scraper.extract.density import density_paragraphs
from scraper.extract.dom import dom_date
from scraper.extract.tree import parse

ARTICLE = (
    "以光影之名，探寻首都文化魅力。本报讯，系列访谈节目将于本月二十日起播出，五位电影人将讲述他们的成长故事和艺术"
    "生涯，用电影人的艺术探索构筑首都文化的新风貌。"
)
TEASERS = [
    "当地时间周三，第七十七届电影节非竞赛单元影片首映红毯，男主携爱妻亮相，女主身着黑色礼服，现场气氛热烈，影迷们纷纷...",
    "近日，大众电影奖各奖项入围名单公示，经全国观众投票，将评选出每个奖项五个提名，观众可以通过登录网页链接进行投票...",
    "日前，由多位演员主演的赛车题材电影定档，将于明年夏天在全国上映，影片讲述一位退役车手重返赛场的故事，备受期待...",
    "日前，电影发布多款制式海报，包括多种特殊影院制式，影片延续兄弟互怼的幽默特色，黄金搭档再度联手，令观众期待...",
]


def _card(number: int, teaser: str) -> str:
    return (
        f'<div class="k17{number}"><h3><a href="/news/{number}.shtml">第{number}条其他文章的标题在这里</a></h3>'
        f'<p class="k29">{teaser}</p></div>'
    )


def test_a_listing_of_teasers_cut_short_does_not_outscore_a_short_article() -> None:
    cards = "".join(_card(n, t) for n, t in enumerate(TEASERS))
    page = (
        "<html><body>"
        f'<div class="k1"><h1>访谈节目本月起播出</h1><div class="k2"><p>{ARTICLE}</p></div></div>'
        f'<div class="k3">{cards}</div>'
        "</body></html>"
    )
    lines, _ = density_paragraphs(parse(page))
    assert lines == [ARTICLE]


SHORT_ARTICLE = [
    "本报讯 今日凌晨，某证券公司发布公告，鉴于近期市场情况，为维护市场稳定，公司暂停融券券源供给。",
    "同时，公司将对融券客户和股指期货客户的异常交易行为进行严格监控。",
]
RANKED = [f"{rank}某某公司第{rank}号公告：关于旗下基金新增销售机构的事宜说明" for rank in range(1, 13)]


def test_a_page_tail_of_lists_after_a_short_article_goes_though_it_is_longer() -> None:
    # What follows the article is the page's lists (names gone, only their text): link lines with a few
    # short captions between them; more characters than the article, but no article going on.
    tail = ["关键词阅读：", *RANKED[:6], "游戏充值:", "点击排行", *RANKED[6:], "全局导航"]
    assert clean_lines(SHORT_ARTICLE + tail, frozenset(RANKED)) == SHORT_ARTICLE


def test_an_article_going_on_after_an_in_body_list_stays() -> None:
    more = [f"第{n}段，公司表示，将继续加强风险管理，保障客户合法权益，维护市场平稳运行。" for n in range(1, 5)]
    lines = [*SHORT_ARTICLE, *RANKED[:3], *more]
    assert clean_lines(lines, frozenset(RANKED)) == [*SHORT_ARTICLE, *more]


ARTICLE_LINES = [
    "11月23日，某市召开城市更新工作推进会，总结前一阶段工作，安排部署下一步重点任务。",
    "会议指出，今年以来，全市累计开工改造老旧小区286个，城市功能和居住环境明显改善。",
    "市直有关部门和各区分管负责同志参加会议。",
]
FOOTER = [
    "某某社概况 | 关于我们 | 报社招聘 | 广告服务 | 网站声明 | 联系我们 | ENGLISH",
    "某某公司版权所有 ©1997-2023 浙B2-20090185 网络文化经营许可证：浙网文[2019]0815-080号",
    "违法和不良信息举报电话：0571-89853516 举报邮箱：jubao@example.com",
    "某 某 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用",
    "Copyright © 1997-2024 by www.example.com.cn. all rights reserved",
]


def test_a_site_footer_after_the_article_goes_even_written_as_sentences() -> None:
    assert clean_lines(ARTICLE_LINES + FOOTER, frozenset()) == ARTICLE_LINES


def test_an_article_about_a_licence_or_a_copyright_keeps_its_lines() -> None:
    lines = [
        "该公司去年取得了食品生产许可证，产品销往全国二十多个省份，年销售额超过三亿元。",
        "法院审理认为，原告系涉案作品的版权所有者，被告未经许可使用，应当承担侵权责任。",
    ]
    assert clean_lines(lines, frozenset()) == lines


def test_a_page_wrapped_in_a_form_keeps_its_article() -> None:
    # ASP.NET pages put one <form> around the whole page; a form is otherwise a search box or a comment box.
    page = (
        '<html><body><form name="k1" method="post" action="1.aspx"><div class="k2"><a href="/">首页</a></div>'
        f'<div class="k3"><p>{ARTICLE}</p><p>{ARTICLE}本报记者补充报道。</p></div></form></body></html>'
    )
    lines, _ = density_paragraphs(parse(page))
    assert lines == [ARTICLE, ARTICLE + "本报记者补充报道。"]


def test_a_second_copy_of_the_article_goes_but_a_pull_quote_stays() -> None:
    copy = "".join(f"<p>{line}</p>" for line in ARTICLE_LINES)
    page = f'<html><body><div class="k1">{copy}<p>{ARTICLE_LINES[1]}</p>{copy}</div></body></html>'
    lines, _ = density_paragraphs(parse(page))
    assert lines == [*ARTICLE_LINES, ARTICLE_LINES[1]]


def test_a_date_in_a_card_linking_another_article_is_not_the_page_date() -> None:
    page = (
        "<html><body><h1>储能温控企业完成数亿元融资</h1>"
        f"<div class='k1'><p>{ARTICLE}</p></div>"
        "<div class='k2'><div class='k3'>相关推荐</div>"
        "<a href='https://example.com/p/1'><span class='k4'>钠离子电池量产元年，车企和储能谁先买单</span>"
        "<span class='k5'>2024-05-31</span></a></div></body></html>"
    )
    assert dom_date(parse(page)) is None
