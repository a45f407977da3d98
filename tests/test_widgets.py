"""The page's modules a template puts inside a body: headline lists, linked cards, widget boxes (extract/widgets.py)."""

from __future__ import annotations

import scraper
from scraper.extract.inserts import drop_inserts
from scraper.extract.layout import block_lines
from scraper.extract.notices import is_original_title, is_prompt_line, is_repost_byline
from scraper.extract.tree import parse
from scraper.extract.widgets import drop_article_modules, drop_modules

PROSE = [
    "市里今天召开会议，部署今冬明春的防汛备汛工作，要求各区在十二月底前完成堤防隐患排查。",
    "会议指出，去年汛期暴露出的排水管网短板要在明年主汛期前补齐，资金由市区两级共同承担。",
    "会议还要求，各街道要建立独居老人等重点人群的转移台账，做到一人一档、责任到人。",
]


def _body(inner: str, *, whole_page: bool = False) -> list[str]:
    root = parse(f"<html><body><div id='main'>{inner}</div></body></html>")
    main = root if whole_page else root.get_element_by_id("main")
    drop_inserts(main)
    drop_modules(main, whole_page=whole_page)
    return block_lines(main)


def _paragraphs(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def _item(n: int, title: str, tail: str) -> str:
    return (f'<li><a href="/a/{n}.html"><img src="/{n}.jpg"></a><h4><a href="/a/{n}.html">{title}</a></h4>'
            f"<p>{tail}</p></li>")


LIST = (_item(1, "市区两级财政安排防汛资金八亿元", "城市观察 2019-11-04 19:22:06")
        + _item(2, "老旧小区排水改造明年全面铺开", "民生周刊 2019-11-04 08:40:51"))


def test_a_headline_list_with_its_wrapper_heading_goes() -> None:
    box = f'<div class="cards"><div>网易号 各有态度</div><ul>{LIST}</ul></div>'
    assert _body(_paragraphs(PROSE[:2]) + box + _paragraphs(PROSE[2:])) == PROSE


def test_a_bare_headline_list_goes_without_a_heading() -> None:
    # Headlines with their accounts and dates only: no article writes its text so.
    assert _body(_paragraphs(PROSE) + f"<ul>{LIST}</ul>") == PROSE


def test_a_digest_list_with_summaries_and_no_heading_stays() -> None:
    digest = "".join(
        f'<li><a href="/a/{n}.html">{title}</a> {summary}</li>'
        for n, title, summary in (
            (1, "市区两级财政安排防汛资金八亿元", "今年全市防汛资金投入为历年最多，其中一半用于排水管网改造。"),
            (2, "老旧小区排水改造明年全面铺开", "改造将优先安排去年积水严重的四十个小区。"),
        )
    )
    lines = _body(f"<ul>{digest}</ul>")
    assert len(lines) == 2 and lines[0].startswith("市区两级财政安排防汛资金八亿元")


def test_lists_stay_across_a_whole_page() -> None:
    assert "市区两级财政安排防汛资金八亿元" in _body(_paragraphs(PROSE) + f"<ul>{LIST}</ul>", whole_page=True)


CARD = (
    '<div class="card"><a href="/a/9.html"><img src="/9.jpg"><div><p>县城咖啡馆扎堆开业，年轻人为何愿意买单？</p>'
    "<p>小城里的精品咖啡，一杯卖到二十八元。</p><p>城市观察 · 2021-08-30</p></div></a></div>"
)


def test_a_card_that_is_one_link_goes_between_paragraphs() -> None:
    assert _body(_paragraphs(PROSE[:1]) + CARD + _paragraphs(PROSE[1:])) == PROSE


def test_a_heading_over_linked_cards_goes_with_them() -> None:
    heading = "<p><strong>往期回顾</strong></p>"
    assert _body(_paragraphs(PROSE) + heading + CARD + CARD.replace("/a/9", "/a/8")) == PROSE


def test_linked_cards_go_across_a_whole_page() -> None:
    assert _body(_paragraphs(PROSE) + CARD, whole_page=True) == PROSE


def test_a_linked_picture_with_one_caption_is_no_card() -> None:
    figure = '<div class="photo"><a href="/photo/1.html"><img src="/1.jpg"><span>工人在清理排水管道淤泥</span></a></div>'
    assert _body(_paragraphs(PROSE[:1]) + figure) == [PROSE[0], "工人在清理排水管道淤泥"]


def test_a_quote_board_with_a_more_link_and_an_app_promo_go() -> None:
    board = (
        '<div><div><span>相关行情</span> <a href="/quotes/">进入行情中心&gt;&gt;</a></div>'
        '<table><tr><th>名称</th><th>最新价</th></tr><tr><td><a href="/q/1.html">上证指数</a></td><td>3589.09</td></tr></table>'
        "<p>行情数据仅供参考，更新时间：2021-11-23 15:00:03</p></div>"
    )
    promo = '<div><a href="/app/"><img src="/app.png"></a><p>盯盘不用守电脑</p><p>涨停板一有变化马上推送，下载财经App &gt;</p></div>'
    assert _body(_paragraphs(PROSE[:1]) + board + _paragraphs(PROSE[1:2]) + promo + _paragraphs(PROSE[2:])) == PROSE


def test_a_score_board_above_the_first_sentence_goes() -> None:
    board = (
        '<div><div>女排超级联赛 总决赛第2场 已结束</div><table><tr><td>天津</td><td>25</td><td>23</td></tr>'
        '<tr><td>上海</td><td>21</td><td>25</td></tr></table><a href="/live/1.html">图文直播</a>'
        "<p>2024-03-15 19:30 天津人民体育馆</p></div>"
    )
    assert _body(board + _paragraphs(PROSE)) == PROSE


def test_a_table_of_the_articles_own_figures_stays() -> None:
    table = (
        '<div><table><tr><th>股票</th><th>涨幅</th></tr><tr><td><a href="/q/1.html">甲公司</a></td><td>10.02%</td></tr>'
        '<tr><td><a href="/q/2.html">乙公司</a></td><td>9.98%</td></tr></table></div>'
    )
    lines = _body(_paragraphs(PROSE[:1]) + table + _paragraphs(PROSE[1:]))
    assert "甲公司" in "".join(lines) and lines[-1] == PROSE[2]


def test_a_short_box_linking_a_titled_work_stays() -> None:
    # 》 closes a title (《通知》), not a link to more of a module.
    box = '<div>全文见<a href="/notice.html">《关于做好防汛备汛工作的通知》</a></div>'
    assert _body(_paragraphs(PROSE[:1]) + box) == [PROSE[0], "全文见《关于做好防汛备汛工作的通知》"]


def test_follow_and_app_prompts_are_prompt_lines_and_a_registration_notice_is_not() -> None:
    assert is_prompt_line("想第一时间看到科技圈新鲜事？在微信里搜索网易科技，每天推送十条精选。")
    assert is_prompt_line("打开App，查看更多精彩内容")
    assert is_prompt_line("长按识别二维码，关注我们")
    assert not is_prompt_line("市民可关注“南京人社”公众号报名，用人单位将在10个工作日内组织面试。")


def test_a_rights_notice_under_borrowed_pictures_is_a_prompt_line_and_a_sentence_on_infringement_is_not() -> None:
    # The notice closes self-media posts on every platform; a site rule's body kept it (is_prompt_line is the
    # test a rule's body applies to its lines).
    assert is_prompt_line("文中图片来自网络，如有侵权，请联系删除。")
    assert is_prompt_line("部分素材源自网络，如有侵权请及时联系我们处理")
    assert not is_prompt_line("律师表示，如有侵权行为，权利人可以向法院起诉并要求赔偿。")
    assert not is_prompt_line("如有侵权纠纷，双方应先协商解决。")


def test_a_channels_follow_prompt_after_its_slogan_and_its_closing_promo_are_prompt_lines() -> None:
    # A scan-to-follow sentence after the channel's slogan, a follow line closed by a slogan, an address to send
    # contributions to: a channel's notes inside a body, on any template.
    assert is_prompt_line("江城频道，有温度的城市频道。扫码关注江城频道官方微信（jiangcheng），第一时间获取本地资讯。")
    assert is_prompt_line("关注江城亲子，养娃路上有人陪。")
    assert is_prompt_line("江城观察欢迎投稿，来稿请寄 tougao@example.com")
    # An article's sentences that follow something, or name an address, stay.
    assert not is_prompt_line("关注孩子视力的家长越来越多，眼科门诊的预约也随之排满。")
    assert not is_prompt_line("他说，读者可以扫码关注展览的后续安排，第一时间了解闭馆时间的调整。")
    assert not is_prompt_line("警方提醒，收到要求汇款至 pay@example.com 的邮件，请先核实。")


def _lone_card(n: int) -> str:
    return (f'<div class="c{n}"><a href="/a/{n}.html"><img src="/{n}.jpg"></a><div><h3><a href="/a/{n}.html">'
            f"市区两级财政安排防汛资金八亿元{n}</a></h3><p>今年全市防汛资金投入为历年最多。</p><span>2013-04-16</span></div></div>")


def test_a_lone_card_box_among_paragraphs_goes() -> None:
    # Picture, headline, summary and date of one other article, in a box of its own between two paragraphs.
    assert _body(_paragraphs(PROSE[:2]) + _lone_card(1) + _paragraphs(PROSE[2:])) == PROSE


def test_a_run_of_card_boxes_is_a_digest_and_stays() -> None:
    lines = _body(_paragraphs(PROSE[:1]) + _lone_card(1) + _lone_card(2))
    assert lines[0] == PROSE[0] and any(line.startswith("市区两级财政安排防汛资金八亿元2") for line in lines)


def test_a_card_box_linking_two_pages_or_opening_with_prose_stays() -> None:
    two_pages = ('<div><h3><a href="/a/1.html">市区两级财政安排防汛资金八亿元</a></h3>'
                 '<p>详见<a href="/a/2.html">另一篇报道</a>。</p></div>')
    prose_first = '<div>据介绍，<a href="/a/1.html">市区两级财政安排防汛资金八亿元</a>。</div>'
    assert "市区两级财政安排防汛资金八亿元" in _body(_paragraphs(PROSE) + two_pages)
    assert _body(_paragraphs(PROSE) + prose_first)[-1] == "据介绍，市区两级财政安排防汛资金八亿元。"


def test_a_linked_card_goes_with_the_label_in_its_box() -> None:
    card = ('<div><div>相关阅读</div><a href="/a/9.html"><img src="/9.jpg"><span>永庆坊二期将引入更多工作室</span>'
            "<span>传统工艺项目有望入驻。</span></a></div>")
    assert _body(_paragraphs(PROSE[:2]) + card + _paragraphs(PROSE[2:])) == PROSE


def test_a_lead_form_goes_though_its_prompt_ends_like_a_sentence() -> None:
    form = ('<div><p>想了解这款车型的本地优惠？</p><input type="tel" placeholder="请输入手机号">'
            '<a href="javascript:;">获取本地最低价</a><p>已有2318人获取底价</p></div>')
    assert _body(_paragraphs(PROSE[:2]) + form + _paragraphs(PROSE[2:])) == PROSE


def test_a_product_card_of_several_links_goes_mid_body_and_a_sentence_with_links_stays() -> None:
    card = ('<div><a href="/series/1.html"><img src="/1.png"></a><div><a href="/series/1.html">星岚E6</a>'
            "<p>厂商指导价：<em>18.99-23.59万</em></p><p>中型SUV | 纯电</p></div>"
            '<div><a href="/xunjia/1/">询底价</a><a href="/config/1.html">参数配置</a></div></div>')
    assert _body(_paragraphs(PROSE[:2]) + card + _paragraphs(PROSE[2:])) == PROSE
    linked = '<div>据<a href="/a/1.html">此前报道</a>，这项工程由<a href="/a/2.html">市水务局</a>牵头实施。</div>'
    assert _body(_paragraphs(PROSE[:2]) + linked)[-1] == "据此前报道，这项工程由市水务局牵头实施。"


def _page(article: str) -> list[str]:
    """Lines of a whole page after the generic path's module steps: a header menu, the article, a side column."""
    menu = '<div class="top"><a href="/news/">新闻</a> <a href="/auto/">汽车</a> <a href="/tech/">科技</a></div>'
    side = '<div class="side"><a href="/a/7.html">汽车下乡活动启动</a><a href="/a/8.html">春运自驾充电攻略</a></div>'
    root = parse(f"<html><body>{menu}<div class='x'>{article}</div>{side}</body></html>")
    drop_modules(root, whole_page=True)
    drop_article_modules(root)
    return block_lines(root)


def test_modules_among_an_articles_paragraphs_go_on_a_page_no_rule_knows() -> None:
    card = ('<div><a href="/series/1.html"><img src="/1.png"></a><div><a href="/series/1.html">星岚E6</a>'
            "<p>厂商指导价：<em>18.99-23.59万</em></p><p>中型SUV | 纯电</p></div>"
            '<div><a href="/xunjia/1/">询底价</a><a href="/config/1.html">参数配置</a></div></div>')
    form = ('<div><p>想了解这款车型的本地优惠？</p><input type="tel" placeholder="请输入手机号">'
            '<a href="javascript:;">获取本地最低价</a><p>已有2318人获取底价</p></div>')
    lines = _page(_paragraphs(PROSE[:1]) + card + _paragraphs(PROSE[1:2]) + form + _paragraphs(PROSE[2:]))
    # The menu and the side column stay for the readings to tell the article by; the card and the form go.
    assert lines == ["新闻 汽车 科技", *PROSE, "汽车下乡活动启动春运自驾充电攻略"]


def test_a_block_of_two_paragraphs_is_no_article_body_for_the_module_steps() -> None:
    card = ('<div><a href="/series/1.html">星岚E6</a><p>厂商指导价：18.99-23.59万</p>'
            '<a href="/config/1.html">参数配置</a></div>')
    lines = _page(_paragraphs(PROSE[:1]) + card + _paragraphs(PROSE[1:2]))
    assert "厂商指导价：18.99-23.59万" in lines


def test_a_box_around_a_sales_call_to_action_goes_and_a_figure_with_its_source_link_stays() -> None:
    car = ('<div><div><img src="/s7.png"></div><div><div>岳风S7</div><div>指导价 15.38-19.98万</div>'
           '<div>本地最高降2.1万</div></div><a href="https://price.example.com/nb1/">查成交价</a></div>')
    house = ('<div><table><tr><td><a href="/house/1/"><img src="/1.jpg"></a></td><td><p><a href="/house/1/">'
             '<b>某某府</b></a> 均价18500元/㎡</p><p>咨询电话：400-000-0000</p>'
             '<a href="/kanfang/1/">免费专车看房</a></td></tr></table></div>')
    for box in (car, house):
        assert _body(_paragraphs(PROSE[:2]) + box + _paragraphs(PROSE[2:])) == PROSE
    figure = '<div><img src="/2.jpg"><p>图为排查现场</p><a href="https://www.example.com/photo/2.html">查看原图</a></div>'
    assert "图为排查现场" in _body(_paragraphs(PROSE[:2]) + figure + _paragraphs(PROSE[2:]))


def test_reprint_and_contact_notices_are_prompt_lines_and_a_sentence_about_reposts_is_not() -> None:
    assert is_prompt_line("本文首发于微信公众号“某某寻踪”，转载请联系授权")
    assert is_prompt_line("本文系某某工作室独家约稿，并享有独家版权。如需转载请在文后留言申请授权。")
    assert is_prompt_line("投稿与合作请致信：editor@example.com")
    assert not is_prompt_line("他说，这条消息被转载了上千次，很多人都来打听。")


def test_a_shop_card_with_its_direct_link_goes_from_an_articles_block() -> None:
    shop = ('<div><div><img src="/p.jpg"><div><p>某某 Note 11 Pro 12GB+256GB</p><p>京东 券后 <em>2199 元</em></p>'
            '<a href="https://shop.example.com/item/1">直达链接</a></div></div></div>')
    assert _page(_paragraphs(PROSE) + shop) == ["新闻 汽车 科技", *PROSE, "汽车下乡活动启动春运自驾充电攻略"]


def test_a_picture_mask_prompting_an_app_goes_and_its_caption_stays() -> None:
    # A mobile page holds a picture's place with a prompt to open the app; the caption under it is the picture's.
    caption = "雨后的老街，石板路上映着两旁店铺的灯光"
    mask = '<div class="photo"><div class="mask">打开某某资讯 查看精彩图片</div></div>'
    inner = _paragraphs(PROSE[:1]) + mask + f"<p>{caption}</p>" + _paragraphs(PROSE[1:])
    assert _body(inner) == [PROSE[0], caption, *PROSE[1:]]
    assert _body(inner, whole_page=True) == [PROSE[0], caption, *PROSE[1:]]


def test_a_link_to_view_a_picture_set_with_its_picture_stays() -> None:
    # A block that shows its picture is the picture, whatever its link says.
    inner = _paragraphs(PROSE[:1]) + '<div><img src="/a.jpg"><a href="/set/1.html">点击查看高清大图</a></div>'
    assert _body(inner + _paragraphs(PROSE[1:]), whole_page=True)[1] == "点击查看高清大图"


def test_health_and_investment_disclaimers_and_a_closing_follow_prompt_are_prompt_lines() -> None:
    # A rule's body keeps what its template prints inside it; these close articles on any channel of any site.
    assert is_prompt_line("提示：文中内容仅供养生常识参考，不能替代专业医师的诊断，身体不适请就医。")
    assert is_prompt_line("免责声明：文中观点仅代表作者本人，文中个股不作推荐，据此交易，风险自负。")
    assert is_prompt_line("本文由某某汽车频道出品，更多新车资讯和试驾体验，欢迎关注我们！")
    # Prose that reports a doctor's advice, a market's risk or a call to follow a case is the article's.
    assert not is_prompt_line("医生提醒，网上的偏方不能替代正规治疗，有症状要尽早到医院检查。")
    assert not is_prompt_line("分析人士认为，投资者应理性看待短期波动，自负盈亏是市场的基本规则。")
    assert not is_prompt_line("更多细节仍在调查中，警方表示将持续关注案件进展。")


def test_a_picture_counter_beside_its_picture_goes_and_its_caption_stays() -> None:
    caption = "雨后的老街，石板路上映着两旁店铺的灯光"
    photo = '<div class="pic"><span class="num">2/6</span><img src="/b.jpg"></div>'
    inner = _paragraphs(PROSE[:1]) + photo + f"<p>{caption}</p>" + _paragraphs(PROSE[1:])
    assert _body(inner) == [PROSE[0], caption, *PROSE[1:]]
    # Without a picture beside it, a short line of figures is the article's to judge.
    assert _body(_paragraphs(PROSE[:1]) + "<div><span>2/6</span></div>" + _paragraphs(PROSE[1:]))[1] == "2/6"


def test_a_consult_box_with_its_question_goes() -> None:
    # A hook asked as a question, a pitch and a button to ask an expert: a call to action, not the article.
    box = ('<div class="ask"><p>膝盖总是隐隐作痛？</p><p>骨科医生在线解答，平均十分钟回复</p>'
           '<a href="https://example.com/ask?dept=guke">免费提问</a></div>')
    assert _body(_paragraphs(PROSE[:2]) + box + _paragraphs(PROSE[2:])) == PROSE
    # A question the article asks, with a link to ask its own readers, is the article's text.
    own = ('<div><p>膝盖疼了该不该热敷？医生说，急性期要先冷敷，两天后才能热敷。</p>'
           '<a href="https://example.com/ask">免费提问</a></div>')
    assert "膝盖疼了该不该热敷？医生说，急性期要先冷敷，两天后才能热敷。" in _body(_paragraphs(PROSE[:2]) + own)


def test_a_list_heading_and_its_linked_headline_in_one_paragraph_go() -> None:
    line = '<p><b>延伸阅读：</b><a href="/a/7.html">全市启动防汛四级应急响应 十二个区进入临战状态</a></p>'
    assert _body(_paragraphs(PROSE) + line) == PROSE
    # A sentence of the article that links a report is its text, link and all.
    own = '<p>详细的排查方案见<a href="/a/8.html">市水务局发布的防汛通知</a>，各区需在本周内上报。</p>'
    assert len(_body(_paragraphs(PROSE) + own)) == 4


def test_modules_after_an_articles_text_runs_go_on_a_page_no_rule_knows() -> None:
    # A table-era page prints its paragraphs as runs of text between <br>s in one cell: that cell is the body.
    runs = "".join(f"{line}<br><br>" for line in PROSE)
    box = ('<div><p>膝盖总是隐隐作痛？</p><p>骨科医生在线解答，平均十分钟回复</p>'
           '<a href="https://example.com/ask">免费提问</a></div>')
    root = parse(f"<html><body><table><tr><td><br>{runs}{box}</td></tr></table></body></html>")
    drop_modules(root, whole_page=True)
    drop_article_modules(root)
    assert block_lines(root) == PROSE


def _sina_page(channel: str, source: str, body_id: str, first: str, lines: list[str]) -> str:
    """A sina article page whose body element (`body_id`) prints `first` above the article's `lines`."""
    return (
        f"<html><head><title>社区菜店恢复营业_{channel}</title></head><body><h1 class='main-title'>社区菜店恢复营业</h1>"
        f"<div class='date-source'><span class='date'>2020年05月18日 07:42</span><a class='source'>{source}</a></div>"
        f"<div id='{body_id}'><p>{first}</p>"
        + "".join(f"<p>{line}</p>" for line in lines)
        + "</div></body></html>"
    )


def test_a_rules_body_drops_the_note_of_the_original_headline() -> None:
    # A portal rule's body is not cleaned as the generic path's is; the 原标题 note an editor prints as the first
    # paragraph is no body on any template (the generic path's label lines drop it), a rule's included.
    lines = ["新京报讯（记者 某某）社区菜店本周恢复营业，居民可以线上下单、门口自提。", "店长介绍，首周线上订单已占六成，早市客流也在回升。"]
    page = _sina_page("新浪新闻", "新京报", "article", "原标题：社区菜店重开张，居民买菜“线上下单”", lines)
    article = scraper.extract(page, "https://news.sina.com.cn/c/2020-05-18/doc-iircuyvi1234567.shtml")
    assert article.extractor == "sina"
    assert article.paragraphs == lines
    assert is_original_title("（原标题：社区菜店重开张）") and not is_original_title("标题党的原标题：不在行首")


def test_an_expert_card_with_its_ask_button_goes() -> None:
    # An expert's card (name, title, department, what they treat, a button to ask them): a call to action.
    card = ('<div class="doc"><img src="/d.png"><div><p>林某某 <span>主任医师</span></p><p>市医院 骨科</p>'
            '<p>擅长：关节炎、运动损伤</p></div><a href="https://example.com/expert/7.html">向TA提问</a></div>')
    assert _body(_paragraphs(PROSE[:2]) + card + _paragraphs(PROSE[2:])) == PROSE


def test_an_embedded_post_and_a_topic_card_go_by_their_counts() -> None:
    # A post embedded in the body (account, the post, its own time and client, its counts) and a topic card
    # (# topic #, its reads and talks, a link to join): modules with their own counts, not the article.
    post = ('<div class="wb"><div><img src="/a.jpg"><span>@林某某</span><span>认证：歌手</span></div>'
            '<div>新歌今晚上线，谢谢一路陪伴的你们。</div><div><span>5-20 21:08</span> <span>来自 某某手机</span> '
            '<span>转发 120</span> <span>评论 3.4万</span> <span>赞 9.8万</span></div></div>')
    topic = ('<div class="tp"><span># 防汛进行时 #</span><span>1200万阅读 · 3.1万讨论</span>'
             '<a href="https://example.com/topic/1.html">参与话题</a></div>')
    assert _body(_paragraphs(PROSE[:1]) + post + _paragraphs(PROSE[1:2]) + topic + _paragraphs(PROSE[2:])) == PROSE
    # The article's own figures about a post, in sentences, stay.
    own = "该条微博发出后一小时内，转发 1.2万次、评论 8000条，话题阅读量随之上升。"
    assert _body(_paragraphs(PROSE) + f"<p>{own}</p>") == [*PROSE, own]
    # So does a short table row of the article's figures that is no post's counts.
    row = "<div><p>表一：汛期各区排查结果</p></div>"
    assert _body(_paragraphs(PROSE) + row) == [*PROSE, "表一：汛期各区排查结果"]


def test_a_shop_label_and_its_links_go() -> None:
    # Where to buy, as a label and the shops' links only: not the article's text, in a body or on a whole page.
    line = ('<p>购买链接：<a href="https://shop.example.com/1">某某自营</a> '
            '<a href="https://shop.example.com/2">某某旗舰店</a></p>')
    assert _body(_paragraphs(PROSE) + line) == PROSE
    assert _body(_paragraphs(PROSE) + line, whole_page=True) == PROSE
    # A sentence of the article that links a shop is its text.
    own = '<p>购买链接可在<a href="https://shop.example.com/3">官方商城</a>找到，首批货将在下周发出。</p>'
    assert len(_body(_paragraphs(PROSE) + own)) == 4


def test_a_reminder_and_a_card_with_a_booking_button_go() -> None:
    # A box whose only link is a button to book, sign up, follow or give (预约, 免费预约TA设计, 我要捐款): a
    # reminder of another event, a designer's card, a donation box; the article links no such word alone.
    remind = ('<div class="remind"><span>直播提醒</span> 联赛第9轮 北湾队 vs 南岭队 3月2日 19:35 全程图文直播 '
              '<a href="https://example.com/live/">预约</a></div>')
    card = ('<div class="designer"><img src="/d.png"><div><p>林某某<span>主案设计师</span></p>'
            '<p>从业7年　擅长：旧房改造、现代简约</p><p>代表案例 20 套　好评率 97%</p></div>'
            '<a href="https://example.com/sjs/7/">免费预约TA设计</a></div>')
    assert _body(_paragraphs(PROSE[:1]) + card + _paragraphs(PROSE[1:]) + remind) == PROSE
    # A sentence of the article that links a sign-up page is its text.
    own = '<div><p>报名通道已经开通，市民可<a href="https://example.com/signup/">立即报名</a>，名额有限。</p></div>'
    assert len(_body(_paragraphs(PROSE) + own)) == 4


def test_an_account_card_goes_by_its_post_and_follower_counts() -> None:
    # An account's card (name, badge, one-line description, 发文 / 关注 counts, a follow button on a script link):
    # the account's own counts tell it, as a post's do; the article's own figures in sentences stay.
    card = ('<div class="acct"><a href="https://example.com/acct/7/"><img src="/a.png"></a><div><p><a '
            'href="https://example.com/acct/7/">城市服务发布</a><span>政务号</span></p><p>城市服务信息权威发布</p>'
            '<p>发文 1832　关注 6.4万</p></div><a href="javascript:;">+关注</a></div>')
    assert _body(card + _paragraphs(PROSE)) == PROSE
    own = "该账号开通三年来发文 1832篇，关注人数超过6.4万。"
    assert _body(_paragraphs(PROSE) + f"<p>{own}</p>") == [*PROSE, own]


def test_a_paragraph_filled_by_one_link_to_more_goes() -> None:
    # A line of its own that is only a link away (点击查看原文>>): no article's text. A sentence ending in such a
    # link, or a link in a sentence, stays.
    line = '<p><a href="https://example.com/doc/1.htm">点击查看通知原文&gt;&gt;</a></p>'
    assert _body(_paragraphs(PROSE) + line) == PROSE
    own = '<p>通知全文已在市政府网站公布，<a href="https://example.com/doc/1.htm">点击查看&gt;&gt;</a></p>'
    assert len(_body(_paragraphs(PROSE) + own)) == 4


def test_a_blurb_box_under_a_summary_label_goes_and_a_labelled_section_stays() -> None:
    # A box of a summary label on its own line (【编辑推荐】) and one short blurb, above the text: the template's.
    blurb = ('<div class="rec"><p>【编辑推荐】</p><p>一位工程师走遍全市的老桥，写下它们的来历和修缮故事。</p></div>')
    assert _body(blurb + _paragraphs(PROSE)) == PROSE
    # A box holding the label and more than one paragraph is the article's own section.
    section = f'<div><p>【编辑推荐】</p>{_paragraphs(PROSE[:2])}</div>'
    assert _body(section + _paragraphs(PROSE[2:])) == ["【编辑推荐】", *PROSE]


def test_a_columns_note_and_a_reprint_note_are_prompt_lines() -> None:
    # A column speaking of itself under its bracketed name, and where an excerpt was taken from: in any body.
    assert is_prompt_line("【城事笔记】某某网原创栏目，记录城市里普通人的故事。")
    assert is_prompt_line("（本文节选自《老桥》，某某出版社2019年5月版，标题为编者所加。）")
    assert is_prompt_line("本文摘自《城市记忆》一书")
    # The article's own sentences about a column or a book stay.
    assert not is_prompt_line("【城事笔记】栏目开办三年来，共收到读者来信两千多封。")
    assert not is_prompt_line("本文作者节选了书中三个章节，讲述老桥的修缮。")


def test_a_match_widgets_comparison_table_goes_with_its_box() -> None:
    # 技术统计: rows of one side's figure, a label, the other side's figure, under a heading, with a data source line.
    rows = "".join(f"<tr><td>{a}</td><td>{label}</td><td>{b}</td></tr>"
                   for a, label, b in (("51.3%", "命中率", "44.0%"), ("38", "篮板", "42"), ("25", "助攻", "17")))
    box = (f'<div class="stats"><h3>技术统计</h3><table><tr><th>北湾队</th><th>项目</th><th>南岭队</th></tr>{rows}'
           '</table><p>数据来源：某某体育数据中心</p></div>')
    assert _body(_paragraphs(PROSE[:2]) + box + _paragraphs(PROSE[2:])) == PROSE
    # The article's own table of items and their figures stays.
    own = ("<table><tr><td>城区</td><td>堤防</td><td>12公里</td></tr><tr><td>郊区</td><td>堤防</td><td>30公里</td></tr>"
           "<tr><td>新区</td><td>泵站</td><td>4座</td></tr></table>")
    assert len(_body(_paragraphs(PROSE) + own)) > 3


def test_the_original_posts_byline_over_a_repost_is_no_body() -> None:
    # A portal rule's body drops it as it drops the 原标题 note.
    lines = ["在不少老城区，社区菜店本周恢复营业，居民可以线上下单、门口自提。", "店长介绍，首周线上订单已占六成，早市客流也在回升。"]
    page = _sina_page("新浪财经", "自媒体综合", "artibody", "原创： 江小舟编译 城市观察研究", lines)
    article = scraper.extract(page, "https://finance.sina.com.cn/stock/usstock/c/2020-05-18/doc-iircuyvi7654321.shtml")
    assert article.extractor == "sina"
    assert article.paragraphs == lines
    assert is_repost_byline("原创： 江小舟编译 城市观察研究")
    assert is_repost_byline("原创：林晓")
    # A sentence about original work is the article's.
    assert not is_repost_byline("原创：作品需要授权，转载前请先联系作者。")
    assert not is_repost_byline("原创作品越来越受到重视")


def test_a_quoted_comment_card_with_its_vote_count_goes() -> None:
    card = ('<div class="quote"><div><span>热评精选</span><span>某地网友</span></div>'
            "<p>这条堤我小时候天天走，希望这次真能修好。</p><span>顶 2381</span></div>")
    assert _body(_paragraphs(PROSE[:2]) + card + _paragraphs(PROSE[2:])) == PROSE


def test_a_sentence_saying_how_many_agreed_stays() -> None:
    own = "这条留言发出后，顶的人很快超过两千，不少人说自己也住在河边。"
    assert _body(_paragraphs([*PROSE[:2], own, PROSE[2]])) == [*PROSE[:2], own, PROSE[2]]


def test_a_betting_countdown_with_its_button_goes() -> None:
    box = ('<div><span>双色球 第2024088期</span> 距投注截止还有 <em>2</em>天<em>03</em>小时 '
           '<a href="https://lottery.example.com/buy/">立即投注</a></div>')
    assert _body(box + _paragraphs(PROSE)) == PROSE


def test_a_tap_prompt_over_an_animation_goes_and_the_picture_stays() -> None:
    picture = '<p><a href="javascript:;"><img src="/a.gif"><span>点击查看动图</span></a></p>'
    assert _body(_paragraphs(PROSE[:1]) + picture + _paragraphs(PROSE[1:])) == PROSE
    root = parse(f"<html><body><div id='main'>{_paragraphs(PROSE[:1])}{picture}</div></body></html>")
    drop_modules(root.get_element_by_id("main"))
    assert [img.get("src") for img in root.iter("img")] == ["/a.gif"]


def test_a_columns_head_with_its_logo_and_issue_number_goes() -> None:
    head = '<div><img src="/logo.png" alt="某某一刻"><span>第318期</span><span>每天一刻 开心一下</span></div>'
    assert _body(head + _paragraphs(PROSE)) == PROSE


def test_an_issue_number_below_the_first_sentence_stays() -> None:
    box = '<div><img src="/a.jpg"><span>第3期</span><span>培训班合影</span></div>'
    assert _body(_paragraphs(PROSE[:1]) + box + _paragraphs(PROSE[1:])) == [PROSE[0], "第3期培训班合影", *PROSE[1:]]


def test_a_columns_head_naming_the_column_before_its_issue_number_goes() -> None:
    # The column's short name and a mark before the number (某读 · 第212期), beside its logo, above the text.
    head = '<div><img src="/banner.png" alt="某读"><span>某读 · 第212期</span></div>'
    assert _body(head + _paragraphs(PROSE)) == PROSE


def test_a_key_points_box_above_the_text_goes() -> None:
    # A box of the article's key points under its label (本文看点), its points short lines of a list.
    points = ('<div class="digest"><p>本文看点</p><ul><li>排水管网短板明年汛前补齐</li>'
              "<li>独居老人转移一人一档</li></ul></div>")
    assert _body(points + _paragraphs(PROSE)) == PROSE


def test_a_poll_with_its_shares_and_voters_tally_goes() -> None:
    # The poll's question, its options' shares and the tally of its voters, without a form control.
    poll = ('<div class="vote"><p>你认为独居老人台账应该由谁来建？</p><p><span>社区</span><span>58%</span> '
            '<span>街道</span><span>42%</span></p><a href="javascript:;">投票</a> <span>已有3127人参与</span></div>')
    assert _body(_paragraphs(PROSE[:2]) + poll + _paragraphs(PROSE[2:])) == PROSE


def test_a_surveys_shares_in_the_articles_box_stay() -> None:
    # A survey the article reports, its shares in sentences: no tally of the page's own voters beside them.
    survey = '<div><p>调查显示，58%的受访者支持由社区建台账，42%的受访者选择街道，共有3127人参与调查。</p></div>'
    assert _body(_paragraphs(PROSE[:2]) + survey) == [*PROSE[:2], "调查显示，58%的受访者支持由社区建台账，42%的受访者选择街道，共有3127人参与调查。"]


def test_a_next_match_card_goes() -> None:
    # The sports template's card of the next match: its label, the fixture at a kick-off time, a link to watch.
    card = ('<div class="next-match"><span class="tag">下轮预告</span> 6月2日 19:35 北岸 vs 西港 '
            '<a href="/live/">视频直播</a></div>')
    assert _body(_paragraphs(PROSE) + card) == PROSE


def test_a_fixture_named_in_a_sentence_stays() -> None:
    line = "北岸队将于6月2日19:35主场对阵西港队，这场比赛将决定谁能进入前四。"
    assert _body(_paragraphs(PROSE[:2]) + f"<div>{line}</div>") == [*PROSE[:2], line]


def test_a_reference_card_with_its_one_line_definition_and_more_link_goes() -> None:
    # A term card (名词解释, the term, a one-sentence definition, 查看更多科学名词>>) and a person card among paragraphs.
    for card in (
        '<div class="term"><p>名词解释</p><p>排涝泵站</p><p>把低洼处积水抽排到河道的设施，汛期昼夜运转。</p>'
        '<a href="/special/cidian/">查看更多科学名词&gt;&gt;</a></div>',
        '<div class="person"><img src="/p.jpg"><p>某某某</p><p>生卒：1868年—1931年</p><p>本地布商，兼办代办所二十余年。</p>'
        '<a href="/special/renwu/">查看人物资料&gt;&gt;</a></div>',
    ):
        assert _body(_paragraphs(PROSE[:2]) + card + _paragraphs(PROSE[2:])) == PROSE, card


def test_a_timeline_card_under_its_heading_goes() -> None:
    timeline = ('<div class="timeline"><h4>大事年表</h4><ul><li><span>2019年7月</span>南岸堤防完成加固</li>'
                "<li><span>2021年5月</span>排水管网一期改造完工</li><li><span>2023年6月</span>独居老人转移台账建立</li></ul></div>")
    assert _body(_paragraphs(PROSE[:2]) + timeline + _paragraphs(PROSE[2:])) == PROSE


def test_an_articles_own_dated_steps_in_sentences_stay() -> None:
    steps = ("<div><h4>三个阶段</h4><ul><li>2019年7月，南岸堤防完成加固。</li><li>2021年5月，排水管网一期改造完工。</li>"
             "<li>2023年6月，独居老人转移台账建立。</li></ul></div>")
    lines = _body(_paragraphs(PROSE[:2]) + steps)
    assert "2021年5月，排水管网一期改造完工。" in lines


def test_a_booking_box_whose_button_runs_a_script_goes() -> None:
    # A live preview card: its tag, the show's title, its time, a 立即预约 button pointing nowhere (javascript:;) and
    # the bookings' tally.
    card = ('<div class="live"><span>直播预告</span><p>汛期独居老人如何转移</p><p>直播时间：2023-06-16 19:30</p>'
            '<a href="javascript:;">立即预约</a><span>2,316人已预约</span></div>')
    assert _body(_paragraphs(PROSE[:2]) + card + _paragraphs(PROSE[2:])) == PROSE
