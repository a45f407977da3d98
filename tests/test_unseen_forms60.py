"""Page forms the fifty-first round's build data showed misread, each a class: the forty-fifth written round's pages
(landed, built on whole) and the forty-sixth's half A. Every line here is fictional, written for the test."""

from __future__ import annotations

import pytest

import scraper

from .test_unseen_forms29 import LINES, _both_readings
from .test_unseen_forms56 import _goes_from_between


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


@pytest.mark.parametrize(
    "box",
    [
        # A table-era gloss card the align attribute floats beside the text: its bracketed label with the question it
        # answers, and the answer.
        "<table width='200' align='right' bgcolor='#C9C9C9'><tr><td bgcolor='#FFF9E6'><b>【小知识】路灯为什么有时"
        "“叫不亮”</b><br>声控灯里有光敏元件，周围光线较亮时不会点亮。此外，灯泡老化也会出现“叫不亮”的情况。</td></tr></table>",
        # A forum thread's strip: the board's name, the thread's title as a link, its replies and its last reply's time.
        "<div class='bbs'><span>某某手机论坛</span> <a href='http://bbs.example.cn/thread/000000.html'>千元安卓机，你们买的"
        "哪一款？用着怎么样</a> <span>回复 312</span> <span>最后回复：2011-06-17 08:15</span> "
        "<a href='http://bbs.example.cn/'>去论坛聊聊</a></div>",
    ],
)
def test_a_floated_gloss_card_and_a_threads_strip_go_from_between_the_paragraphs(box: str) -> None:
    _goes_from_between(box)


def test_a_series_label_with_the_parts_number_over_the_text_is_no_paragraph() -> None:
    for label in ("【某某新疆·寻味地图】第12站", "【长河纪行】之三"):
        page = f"<p style='color:#c8102e'>{label}</p>" + "".join(f"<p>{line}</p>" for line in LINES)
        for paragraphs in _both_readings(page):
            assert paragraphs == LINES, label


def _thread_page(card: str, closing: str) -> str:
    """A board's thread: the poster's card beside the post, the board's reward line over it, a line under it."""
    post = "<br />".join(LINES)
    return (
        "<html><head><meta charset='utf-8'><title>带宝宝坐地铁去动物园的几条经验 - 亲子论坛</title></head><body>"
        "<h1>带宝宝坐地铁去动物园的几条经验</h1><table><tr>"
        f"<td class='k1'><div><a href='space-uid-0000001.html'>小桔子妈咪zz</a></div>{card}</td>"
        "<td class='k2'><div>楼主</div><div>发表于 2013-4-21 21:37</div>"
        "<div>回帖奖励 <strong>5</strong> 金币，回复本帖可获得 <strong>1</strong> 金币奖励，每人限 <strong>1</strong> 次</div>"
        f"<div>{post}</div><div>{closing}</div></td></tr></table></body></html>"
    )


def test_a_posters_card_of_labels_over_values_the_boards_reward_and_a_signature_are_no_paragraphs() -> None:
    card = (
        "<dl><dt>帖子</dt><dd>612</dd><dt>金币</dt><dd>2380</dd><dt>注册时间</dt><dd>2011-5-9</dd>"
        "<dt>所在地</dt><dd>广东 广州</dd></dl>"
    )
    page = _thread_page(card, "朵朵成长日记更新中，欢迎来我空间串门～")
    assert scraper.extract(page, "http://bbs.example.cn/thread-0000000-1-1.html", rules=False).paragraphs == LINES


@pytest.mark.parametrize(
    "box",
    [
        # A column's card: its name, a line about it, two other issues with their dates.
        "<div class='k7'><div class='k8'><a href='https://ent.example.cn/special/col/'><img src='/logo.png' alt=''></a>"
        "</div><div><p>星期八 · 某某娱乐原创栏目</p><p>每周一期，带你看见银幕背后的人</p><ul>"
        "<li><a href='https://ent.example.cn/article/000001.html'>悬疑剧的配乐师：声音比画面先到</a><span>2023-03-06</span></li>"
        "<li><a href='https://ent.example.cn/article/000002.html'>在片场做替身的那些年</a><span>2023-02-27</span></li>"
        "</ul></div></div>",
        # The next event's notice with the live coverage it offers.
        "<table class='k10'><tr><td><b>下站赛事</b></td></tr><tr><td>羽毛球大师赛　11-24 至 11-29　某某体育全程图文直播</td>"
        "</tr></table>",
    ],
)
def test_a_columns_card_and_a_matchs_box_go_from_between_the_paragraphs(box: str) -> None:
    _goes_from_between(box)


def test_a_promo_line_sending_readers_into_the_sites_special_is_no_paragraph() -> None:
    page = "".join(f"<p>{line}</p>" for line in LINES) + "<p>更多世界杯报道，请进入某某世界杯专题。</p>"
    for paragraphs in _both_readings(page):
        assert paragraphs == LINES


def _byline_page(opening: str, closing: str) -> str:
    text = "".join(f"<p>{line}</p>" for line in LINES[:-1]) + f"<p>{LINES[-1]}{closing}</p>"
    return (
        "<html><head><meta charset='utf-8'><title>清川湿地夜游记_清川网</title></head><body><h1>清川湿地夜游记</h1>"
        f"<div class='info'>2024-04-18 07:21　来源：清川日报</div><div class='text'>{opening}{text}</div></body></html>"
    )


def test_an_opening_byline_sent_from_a_long_place_abroad_names_the_reporter_and_is_no_paragraph() -> None:
    page = _byline_page("<p>某某特派记者 覃昭棣 发自巴西库亚巴</p>", "")
    article = scraper.extract(page, "https://news.example.cn/a/1.html", rules=False)
    assert (article.author, article.paragraphs[0]) == ("覃昭棣", LINES[0])


def test_a_closing_byline_marking_the_writers_words_after_the_name_names_the_author() -> None:
    page = _byline_page("", "（网易娱乐 许小棠/文）")
    article = scraper.extract(page, "https://news.example.cn/a/1.html", rules=False)
    assert article.author == "许小棠"


def test_a_matchs_score_box_over_the_report_is_no_paragraph() -> None:
    # The round, its time and status, the score, the scorers and the links, set above the report's first paragraph.
    box = (
        "<div class='k9'><div class='k11'>中超第6轮 <span>2018-04-15 19:35</span> <span>完场</span></div><div class='k12'>"
        "<span>江城雄鹰</span><span>2 - 1</span><span>东港海鸥</span></div><ul><li>周立川 58'</li><li>卡洛斯 23'</li></ul>"
        "<div><a href='http://live.example.cn/1.html'>图文直播</a> "
        "<a href='http://v.example.cn/1.html'>视频集锦</a></div></div>"
    )
    for paragraphs in _both_readings(box + "".join(f"<p>{line}</p>" for line in LINES)):
        assert paragraphs == LINES
