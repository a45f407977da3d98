"""Blocks inserted into a body that are no article text: other articles' cards, media players (extract/inserts.py)."""

from __future__ import annotations

from scraper.extract.inserts import card_lines, drop_cards, drop_inserts
from scraper.extract.layout import block_lines
from scraper.extract.tree import parse

PROSE = [
    "市里今天召开会议，部署今冬明春的防汛备汛工作，要求各区在十二月底前完成堤防隐患排查。",
    "会议指出，去年汛期暴露出的排水管网短板要在明年主汛期前补齐，资金由市区两级共同承担。",
    "会议还要求，各街道要建立独居老人等重点人群的转移台账，做到一人一档、责任到人。",
]
CARDS = """
<p><strong>相关新闻</strong></p>
<p><a href="https://news.example.com/a/1.html">市区两级财政安排防汛资金八亿元</a></p>
<p>今年全市防汛资金投入为历年最多，其中一半用于排水管网改造。</p>
<p><a href="https://news.example.com/a/2.html">老旧小区排水改造明年全面铺开</a></p>
<p>改造将优先安排去年积水严重的四十个小区…</p>
"""


def _body(inner: str) -> list[str]:
    root = parse(f"<html><body><div id='main'>{inner}</div></body></html>")
    drop_inserts(root)
    return block_lines(root)


def _paragraphs(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def test_cards_under_a_heading_go_and_the_article_after_them_stays() -> None:
    assert _body(_paragraphs(PROSE[:2]) + CARDS + _paragraphs(PROSE[2:])) == PROSE


def test_cards_in_boxes_of_their_own_go() -> None:
    boxed = (
        "<h3>推荐阅读</h3>"
        '<div><h4><a href="/a/1.html">市区两级财政安排防汛资金八亿元</a></h4><p>今年全市防汛资金投入为历年最多。</p></div>'
        '<div><h4><a href="/a/2.html">老旧小区排水改造明年全面铺开</a></h4><p>改造将优先安排积水严重的小区。</p></div>'
    )
    assert _body(_paragraphs(PROSE) + boxed) == PROSE


def test_linked_headlines_with_summaries_and_no_heading_are_the_article() -> None:
    # A digest: each item links to the full story; nothing says it is a list of other articles.
    digest = CARDS.replace("<p><strong>相关新闻</strong></p>", "")
    assert _body(digest) == block_lines(parse(f"<html><body>{digest}</body></html>"))


def test_a_lone_link_line_in_the_article_stays() -> None:
    lines = [PROSE[0], "全文见：市防汛指挥部关于做好今冬明春备汛工作的通知", PROSE[1]]
    inner = f'<p>{PROSE[0]}</p><p><a href="/notice.html">{lines[1]}</a></p><p>{PROSE[1]}</p>'
    assert _body(inner) == lines


def test_a_heading_over_the_articles_own_text_stays() -> None:
    # 相关新闻 followed by prose, not by a linked headline: no cards, nothing goes.
    inner = _paragraphs(["相关新闻", *PROSE])
    assert _body(inner) == ["相关新闻", *PROSE]


def test_a_player_with_its_title_and_playlist_goes() -> None:
    player = (
        '<div class="v"><div><embed src="/player.swf" flashvars="vid=1"></div>'
        '<div><a href="/v/1.html">航拍：排水管网改造现场</a><span>（来源：市融媒体中心）</span>'
        '<span><input type="checkbox" checked>连续播放</span></div>'
        '<ul><li><img src="/1.jpg"><p>航拍：排水管网改造现场</p></li><li><img src="/2.jpg"><p>泵站如何自动启停</p></li></ul></div>'
    )
    assert _body(_paragraphs(PROSE[:1]) + player + _paragraphs(PROSE[1:])) == PROSE


def test_a_video_in_a_paragraph_with_a_sentence_stays() -> None:
    inner = f"<p><video src='/clip.mp4'></video>{PROSE[0]}</p>"
    assert _body(inner) == [PROSE[0]]


def test_a_linked_picture_caption_is_no_card() -> None:
    figures = (
        '<p><a href="/photo/1.html"><img src="/1.jpg">市防汛指挥部检查堤防现场</a></p>'
        '<p><a href="/photo/2.html"><img src="/2.jpg">工人在清理排水管道淤泥</a></p>'
    )
    lines = ["相关图片", "市防汛指挥部检查堤防现场", "工人在清理排水管道淤泥"]
    assert _body("<p>相关图片</p>" + figures) == lines


def test_card_lines_reads_the_same_shape_in_lines() -> None:
    links = frozenset({"市区两级财政安排防汛资金八亿元", "老旧小区排水改造明年全面铺开"})
    lines = [PROSE[0], "相关新闻", "市区两级财政安排防汛资金八亿元", "今年全市防汛资金投入为历年最多。",
             "老旧小区排水改造明年全面铺开", "改造将优先安排积水严重的小区。", PROSE[1]]
    assert card_lines(lines, links) == {1, 2, 3, 4, 5}
    assert drop_cards(lines, links) == [PROSE[0], PROSE[1]]


def test_a_heading_in_brackets_and_bulleted_headlines_are_cards() -> None:
    block = (
        "<p>【相关新闻】</p>"
        '<p>· <a href="/a/1.html">市区两级财政安排防汛资金八亿元</a></p>'
        '<p>· <a href="/a/2.html">老旧小区排水改造明年全面铺开</a></p>'
    )
    assert _body(_paragraphs(PROSE[:2]) + block + _paragraphs(PROSE[2:])) == PROSE


def test_a_video_card_drawn_as_its_poster_goes_and_its_caption_after_it_stays() -> None:
    card = (
        '<div><div><img src="/v/poster.jpg"><span></span><span>01:42</span></div>'
        '<div>社区防汛演练的一天</div><a href="/app.html">打开客户端 观看完整视频</a></div>'
    )
    caption = "<p>清晨六点，抢险队员已经在堤上集合。</p>"
    assert _body(_paragraphs(PROSE[:1]) + card + caption + _paragraphs(PROSE[1:])) == [
        PROSE[0], "清晨六点，抢险队员已经在堤上集合。", *PROSE[1:]
    ]


def test_picture_cards_in_one_box_after_a_heading_go() -> None:
    cards = "".join(
        f'<div><a href="/a/{n}.html"><img src="/t/{n}.jpg"></a><p><a href="/a/{n}.html">{title}</a></p><p>{summary}</p></div>'
        for n, title, summary in (
            (1, "市区两级财政安排防汛资金八亿元", "今年全市防汛资金投入为历年最多。"),
            (2, "老旧小区排水改造明年全面铺开", "改造将优先安排积水严重的小区。"),
        )
    )
    assert _body(_paragraphs(PROSE) + f"<p><strong>推荐阅读</strong></p><div>{cards}</div>") == PROSE


def test_a_figure_whose_caption_links_elsewhere_stays() -> None:
    figure = '<div><img src="/p/1.jpg"><p><a href="/photo/1.html">抢险队员在堤上加固沙袋的现场照片</a></p></div>'
    lines = _body(_paragraphs(PROSE[:1]) + "<p><strong>相关新闻</strong></p>" + figure + figure + _paragraphs(PROSE[1:]))
    assert "抢险队员在堤上加固沙袋的现场照片" in lines


# Leads of other reports, reprinted whole under a 相关报道 heading: each longer than a card's digest (MAX_SUMMARY).
_LEADS = (
    "市水务局今天通报，全市今年新建和改造雨水管网四百六十公里，主城区易涝点由去年的八十七处减少到二十九处；"
    "通报说，剩下的易涝点多在老城区的低洼街巷，地下管线交错，施工要避开居民出行高峰，计划分三批在明年五月底前"
    "完成改造，其中第一批十二处已经开工，所需资金由市区两级财政按六比四分担；改造期间，施工路段将设置临时排水"
    "泵站，并在每处易涝点安排专人值守，遇到强降雨时提前封闭积水路段、引导车辆绕行。",
    "记者从市应急管理局获悉，全市已组建街道一级的防汛抢险队伍一百一十支，队员近五千人，今年以来开展实战演练"
    "两百余场；应急管理局有关负责人表示，下一步将把演练延伸到社区和物业，重点练习地下车库、下沉广场的人员疏散，"
    "并为每支队伍配齐排水泵、沙袋和照明设备，做到险情发生后半小时内到达现场；"
    "各区还要在汛期前完成队员的体检和保险办理，演练中发现的装备短缺问题要在六月前补齐。",
)
_LEAD_RUN = (
    "<p>【相关报道】</p>"
    '<p><a href="/a/1.html">主城区易涝点一年减少近七成</a></p>'
    f"<p>{_LEADS[0]}</p>"
    '<p><a href="/a/2.html">街道防汛抢险队伍扩至一百一十支</a></p>'
    "<p>今年以来的演练覆盖全部街道。</p>"
    '<p><a href="/a/3.html">防汛演练将延伸到社区和物业</a></p>'
    f"<p>{_LEADS[1]}</p>"
)


def test_a_run_of_reprinted_leads_goes_whole() -> None:
    assert all(len(lead) > 160 for lead in _LEADS)  # longer than a card's digest, the case this covers
    assert _body(_paragraphs(PROSE) + _LEAD_RUN) == PROSE


def test_the_article_going_on_after_a_run_is_no_summary() -> None:
    # After the last headline, a block longer than every summary of the run is the article's own text.
    going_on = _LEADS[0] + "这些易涝点改造完成后，主城区将基本消除短时强降雨造成的道路积水。"
    run = (
        "<p>【相关报道】</p>"
        '<p><a href="/a/1.html">市区两级财政安排防汛资金八亿元</a></p><p>今年全市防汛资金投入为历年最多。</p>'
        '<p><a href="/a/2.html">老旧小区排水改造明年全面铺开</a></p><p>改造将优先安排积水严重的小区。</p>'
        '<p><a href="/a/3.html">街道防汛抢险队伍扩至一百一十支</a></p>'
    )
    assert _body(_paragraphs(PROSE[:1]) + run + _paragraphs([going_on])) == [PROSE[0], going_on]


def test_an_audio_box_drawn_as_its_controls_goes() -> None:
    box = ('<div><span>收听本期音频</span><a href="javascript:;">播放</a><span>时长 06:35</span>'
           "<span>朗读：某某</span></div>")
    assert _body(box + _paragraphs(PROSE)) == PROSE


def test_a_running_time_in_a_sentence_box_stays() -> None:
    own = "<div><p>演练从早上七点开始，全程用时 02:15，比去年缩短了一刻钟。</p><span>01:30</span></div>"
    assert _body(own + _paragraphs(PROSE))[0].startswith("演练从早上七点开始")
