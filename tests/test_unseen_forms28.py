"""Page forms the thirteenth written round (landed in the twentieth round) showed the generic reading misreading,
each a class. Every line here is fictional, written for the test."""

from __future__ import annotations

import lxml.html

import scraper
from scraper.extract.body import section_numerals
from scraper.extract.figures import cross_heads, with_captions

from .test_unseen_forms27 import MORE_PROSE, PROSE, _body_page

ARTICLE = PROSE[:2] + MORE_PROSE + PROSE[2:]
URL = "https://news.example.cn/a/1.html"


def _closed_by(insert: str) -> bytes:
    """The article's page with `insert` after its last paragraph."""
    return _body_page("").replace(b"</div></body>", insert.encode() + b"</div></body>")


def _opened_by(insert: str) -> bytes:
    """The article's page with `insert` before its first paragraph."""
    return _body_page("").replace(b"<div class='text'>", f"<div class='text'>{insert}".encode())


def test_a_box_closed_by_a_refresh_stamp_goes() -> None:
    # A module's live data among the paragraphs, closed by when it was refreshed: a weather box, a warning note
    # with one sentence of its own, a quote board with a stamp printed without its year.
    for lines in (
        ("目的地天气", "4月19日 多云 12~21℃ 4月20日 小雨 11~18℃", "更新时间：2024-04-18 18:00"),
        ("天气提醒", "清川市气象台发布高温黄色预警，未来三天最高气温35℃以上。", "更新于 2024-04-18 06:00"),
        ("今日菜价", "青菜 2.5元/斤 土豆 1.8元/斤", "数据更新于 04-18 08:00"),
    ):
        box = "<div>" + "".join(f"<p>{line}</p>" for line in lines) + "</div>"
        record = scraper.extract(_body_page(box), url=URL, rules=False)
        assert record.paragraphs == ARTICLE, lines[0]


def test_a_refresh_stamp_alone_leaves_the_article_whole() -> None:
    # A stamp line among the article's own paragraphs has no box of its own: the article's block is not one.
    record = scraper.extract(_body_page("<p>更新时间：2024-04-18 18:00</p>"), url=URL, rules=False)
    assert set(ARTICLE) <= set(record.paragraphs)


def test_a_reference_list_of_plain_entries_closing_the_article_goes() -> None:
    # A popular-science article's sources: entries whose fields a full stop parts, without a type mark or a year.
    references = "<p>参考资料：</p><p>[1] 城市湿地夜间照明指引.某某园林期刊</p><p>[2] 某某生态学会编.湿地鸟类观察手册</p>"
    html = _closed_by(references)
    assert scraper.extract(html, url=URL, rules=False).paragraphs == ARTICLE
    # A numbered line of the article's own, a sentence with a decimal, is no entry: the heading and it stay.
    own = "<p>参考资料：</p><p>[1] 慢行线平均照度为3.5勒克斯，低于城市道路。</p>"
    html = _closed_by(own)
    assert scraper.extract(html, url=URL, rules=False).paragraphs[-1] == "[1] 慢行线平均照度为3.5勒克斯，低于城市道路。"


def test_a_box_around_a_button_to_get_a_key_or_a_coupon_goes() -> None:
    for heading, button in (("《清川行》首测激活码 火热领取中", "立即领号"), ("夜市美食节优惠券 限量发放", "马上领券")):
        box = (f"<div><p>{heading}</p><p>剩余：<em>1,283</em> 个　截止日期：2024-04-25</p>"
               f"<a href='https://other.example.cn/hao/'>{button}</a></div>")
        assert scraper.extract(_body_page(box), url=URL, rules=False).paragraphs == ARTICLE, button


def test_an_edition_line_with_its_date_in_brackets_is_no_paragraph() -> None:
    for line in ("《清川日报》（2024年04月18日 第03版）", "《清川日报》（2024年04月18日　01版）"):
        html = _closed_by(f"<p>{line}</p>")
        assert scraper.extract(html, url=URL, rules=False).paragraphs == ARTICLE, line


def test_an_opening_byline_with_colons_and_a_picture_credit_names_the_reporter() -> None:
    for line, author in (
        ("文/清川日报新闻客户端记者：林岫 通讯员：清宣 图/清川日报新闻客户端记者：祁远", "林岫"),
        ("清川周刊记者：方远", "方远"),
    ):
        html = _opened_by(f"<p>{line}</p>")
        record = scraper.extract(html, url=URL, rules=False)
        assert (record.paragraphs, record.author) == (ARTICLE, author), line


def test_an_app_box_with_a_code_to_scan_goes_with_its_name_and_picture() -> None:
    # The app's name in bold, its prompt, the code's picture: no link, the code stands for one.
    box = ("<div><img src='https://img.example.cn/app-qr.png'><div><b>清川+</b>"
           "<p>清川日报官方客户端 扫码下载</p></div></div>")
    record = scraper.extract(_body_page(box), url=URL, rules=False)
    assert record.paragraphs == ARTICLE
    assert [image.src for image in record.images] == []


def test_a_closing_editor_credit_after_the_papers_name_is_no_paragraph() -> None:
    for line in ("清川日报新花城编辑：孔一禾", "清川晚报责任编辑：孔一禾"):
        html = _closed_by(f"<p>{line}</p>")
        assert scraper.extract(html, url=URL, rules=False).paragraphs == ARTICLE, line


def test_a_channels_slogan_reminder_is_no_paragraph_but_a_tip_in_a_sentence_is() -> None:
    for line in ("【饮酒提示】禁止酒驾 过量饮酒有害健康", "清川酒香提醒您：理性饮酒，拒绝酒驾。"):
        html = _closed_by(f"<p>{line}</p>")
        assert scraper.extract(html, url=URL, rules=False).paragraphs == ARTICLE, line
    tip = "【温馨提示】市民前往湿地夜游时，请注意结伴而行并看管好随行儿童。"
    html = _closed_by(f"<p>{tip}</p>")
    assert scraper.extract(html, url=URL, rules=False).paragraphs == [*ARTICLE, tip]


def test_a_person_card_with_a_portrait_and_what_the_expert_treats_goes() -> None:
    card = ("<div class='c9'><img src='https://img.example.cn/e/q.jpg' alt=''><div><b>钱沐川</b><span>主任医师</span>"
            "<span>内分泌科</span><p>擅长：糖尿病及其并发症的规范化诊疗、甲状腺疾病</p></div></div>")
    record = scraper.extract(_body_page(card), url=URL, rules=False)
    assert record.paragraphs == ARTICLE
    assert record.images == []
    # Without a portrait the box is no person card: its lines are left to the other readings.
    plain = "<div><p>擅长：糖尿病及其并发症的规范化诊疗、甲状腺疾病</p><p>出诊时间：周二上午</p></div>"
    record = scraper.extract(_body_page(plain), url=URL, rules=False)
    assert "擅长：糖尿病及其并发症的规范化诊疗、甲状腺疾病" in record.paragraphs


def test_a_quoted_comment_card_with_its_count_before_the_vote_goes() -> None:
    card = ("<div><p>跟贴神回复</p><p>网友_小川 <span>某某省清川市</span></p><p>这灯晚上十点以后还亮吗</p>"
            "<p>12,408 顶</p></div>")
    assert scraper.extract(_body_page(card), url=URL, rules=False).paragraphs == ARTICLE


def test_an_opening_byline_of_a_contributing_writer_names_the_writer() -> None:
    for line, author in (("文/清川军事特约作者 陆远川", "陆远川"), ("文丨清川观察特约评论员 韩清", "韩清")):
        html = _opened_by(f"<p>{line}</p>")
        record = scraper.extract(html, url=URL, rules=False)
        assert (record.paragraphs, record.author) == (ARTICLE, author), line


def test_cross_heads_go_back_into_trafilaturas_reading_between_paragraphs() -> None:
    # trafilatura reads a Chinese page without its headings; when its reading is chosen, the container's
    # cross-heads (headings among paragraphs) go back in their places, a module's heading does not.
    container = lxml.html.fromstring(
        "<div><h2>清川观察</h2><p>一段。</p><h3>1.夜间照明</h3><p>二段。</p>"
        "<div><h4>文字直播回顾</h4><ul><li>34' 进球</li></ul></div><h3>2.慢行步道</h3><p>三段。</p></div>"
    )
    heads = cross_heads(container)
    assert heads == {"清川观察", "1.夜间照明", "2.慢行步道"}
    density = ["清川观察", "一段。", "1.夜间照明", "二段。", "文字直播回顾", "2.慢行步道", "三段。"]
    reading = ["一段。", "二段。", "三段。"]
    # The heading above the first paragraph stays out: a column's name, not a cross-head.
    assert with_captions(reading, density, heads, inside=True) == ["一段。", "1.夜间照明", "二段。", "2.慢行步道", "三段。"]


def test_a_review_chain_and_a_byline_with_a_photographers_credit_are_no_paragraphs() -> None:
    html = _closed_by("<p>一审：段川 二审：张清 三审：李远川</p>")
    assert scraper.extract(html, url=URL, rules=False).paragraphs == ARTICLE
    html = _opened_by("<p>文｜何清恩 攝｜梁川俊</p>")
    record = scraper.extract(html, url=URL, rules=False)
    assert (record.paragraphs, record.author) == (ARTICLE, "何清恩")


def test_a_donation_box_with_one_statement_over_its_button_goes() -> None:
    box = ("<div><p><strong>独立媒体需要你的支持</strong></p><p>清川观察不受财团资助，每月一杯咖啡的钱，支持我们继续做深度报道。</p>"
           "<p><a href='https://news.example.cn/support/'>立即支持</a></p></div>")
    assert scraper.extract(_body_page(box), url=URL, rules=False).paragraphs == ARTICLE



def test_section_numerals_opening_the_article_are_its_heads() -> None:
    # An essay opening on its section 1, a bare bold numeral above its first paragraph, in a rule's body and not.
    prose = [*PROSE, *MORE_PROSE][:3]
    body = "".join(f"<p><b>{n}</b></p><p>{line}</p>" for n, line in zip((1, 2, 3), prose, strict=True))
    expected = ["1", prose[0], "2", prose[1], "3", prose[2]]
    html = (
        "<html><head><meta charset='utf-8'><title>清川湿地夜游记_清川网</title></head><body><h1>清川湿地夜游记</h1>"
        f"<div class='info'>2024-04-18 07:21　来源：清川日报</div><div class='text'>{body}</div></body></html>"
    ).encode()
    assert scraper.extract(html, url=URL, rules=False).paragraphs == expected
    netease = (
        "<html><head><meta charset='utf-8'><title>清川湿地夜游记_网易订阅</title></head><body><div class='post_main'>"
        "<h1 class='post_title'>清川湿地夜游记</h1><div class='post_info'>2024-04-18 07:21:05　来源: 清川日报</div>"
        f"<div class='post_content'><div class='post_body'>{body}</div></div></div></body></html>"
    ).encode()
    assert scraper.extract(netease, url="https://www.163.com/dy/article/J0AB12CD0512ABCD.html").paragraphs == expected


def test_a_pagers_run_of_numbers_is_no_section_heads() -> None:
    assert section_numerals(["1", "2", "3", "下一页"]) == frozenset()
    assert section_numerals(["正文", "1", "一段。", "2", "二段。"]) == {1, 3}
    assert section_numerals(["一段。", "26", "二段。"]) == frozenset()


def test_a_row_of_figures_whose_label_holds_a_widgets_word_is_the_articles() -> None:
    table = ("<p>报告显示的几项主要数据如下：</p><table><tr><td>细分市场</td><td>销售收入（亿元）</td><td>同比增长</td></tr>"
             "<tr><td>移动游戏</td><td>806.4</td><td>52.7%</td></tr><tr><td>客户端游戏</td><td>571.9</td><td>-3.8%</td></tr>"
             "</table>")
    record = scraper.extract(_body_page(table), url=URL, rules=False)
    assert "客户端游戏 571.9 -3.8%" in record.paragraphs
    # A widget's counts in whole numbers stay a widget's.
    record = scraper.extract(_body_page("<p>下载客户端 评论 26 点赞 12</p>"), url=URL, rules=False)
    assert record.paragraphs == ARTICLE
