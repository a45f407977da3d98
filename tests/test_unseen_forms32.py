"""Page forms the seventeenth written round (landed in the twenty-fourth round) showed the generic reading or a rule
misreading, each a class. Every line here is fictional, written for the test."""

from __future__ import annotations

import json
from pathlib import Path

import scraper

from .test_unseen_forms29 import ARTICLE, LINES, _both_readings
from .test_unseen_forms30 import _assert_insert_goes, between
from .test_unseen_forms31 import _assert_closing_line_stays

HEADLINE = "凌晨四点的批发市场：一座城市的菜从这里出发"
CROSS_HEAD = "“车一到，就得抢时间”"
# A row of widgets between the headline and the text: more printed lines than a subtitle or a kicker takes.
WIDGETS = ("<div class='w1'>2015-03-19 06:58:30　来源: 清川晨报</div><div class='w2'><a href='#c'>跟贴 236</a>"
           " <a href='#c'>参与 5120</a></div><div class='w3'><span>分享到：</span><a href='#'>易信</a><a href='#'>微信</a>"
           "<a href='#'>QQ空间</a><a href='#'>微博</a></div>")


def _title(page_title: str, headline: str) -> str | None:
    """The title read, rules off, from a page whose text opens on a bold cross-head under the widgets."""
    page = (f"<html><head><meta charset='utf-8'><title>{page_title}</title></head><body>{headline}{WIDGETS}"
            f"<div class='t'><p><b>{CROSS_HEAD}</b></p>{ARTICLE}</div></body></html>")
    return scraper.extract(page.encode(), url="https://news.example.cn/2015/0319/a1_2.html", rules=False).title


def test_a_paged_articles_later_page_is_titled_by_its_headline_not_its_cross_head() -> None:
    # The <title> of page 2 numbers the page after the headline; the headline is printed bold under the crumb.
    for number in ("(2)", "（2）"):
        for headline in (f"<div style='font-weight:bold'>{HEADLINE}</div>", f"<p><strong>{HEADLINE}</strong></p>"):
            assert _title(f"{HEADLINE}{number}_清川新闻中心", headline) == HEADLINE, (number, headline)


def test_a_headline_printed_above_the_widgets_is_the_title_not_the_cross_head_under_them() -> None:
    assert _title(f"{HEADLINE}_清川新闻中心", f"<div class='x'><strong>{HEADLINE}</strong></div>") == HEADLINE


def test_a_sites_name_in_a_large_font_above_is_no_headline() -> None:
    # The <title> names the site longest; the site's name printed in the banner's large font is no headline, so
    # the bold line over the text is.
    banner = "<p><i><font size='5'>Qingchuan Notes Weekly</font></i></p>"
    assert _title(f"Qingchuan Notes Weekly - {CROSS_HEAD}", banner) == CROSS_HEAD


def test_a_series_number_the_page_prints_stays_in_the_title() -> None:
    # 系列报道(2) is printed with its number: the number is the headline's, not a page's.
    series = f"{HEADLINE}(2)"
    assert _title(f"{series}_清川新闻中心", f"<h1>{series}</h1>") == series


def test_a_link_line_after_a_bracketed_label_naming_what_it_points_to_goes() -> None:
    for line in ("【清川读书试读】《铅字年代》精彩章节抢先读", "【清川新闻专题】湿地保护这十年"):
        for paragraphs in _both_readings(f"{ARTICLE}<p><a href='https://book.example.cn/s/1.html'>{line}</a></p>"):
            assert paragraphs == LINES, line
    # A sentence of the article that opens on a bracketed word stays.
    _assert_closing_line_stays("【专题】之外，清川读书还把这本书的试读章节放上了网站，供读者先看。")


def test_a_serials_closing_mark_licence_and_chapter_buttons_go() -> None:
    # A serialised book's chapter closes on its continuation mark, the licence of the serial and the chapter buttons.
    closing = ("（未完待续）", "本书由清川文艺出版社授权清川读书独家连载，未经许可，请勿转载。",
               "上一章：第十一章 雨巷 | 返回目录 | 下一章：第十三章 归舟")
    for count in range(1, len(closing) + 1):
        lines = closing[:count]
        for paragraphs in _both_readings(ARTICLE + "".join(f"<p>{line}</p>" for line in lines)):
            assert paragraphs == LINES, lines
    # A sentence about a serial and the chapter before it is the article's.
    _assert_closing_line_stays("上一章写到渡口的夜雨，这一章里，作者让主人公在清晨离开了小镇。")
    _assert_closing_line_stays("出版社说，这部小说的连载获得了作者授权，下一步还将出版单行本。")


def test_a_reference_card_of_a_term_or_a_statute_goes() -> None:
    # A box the template sets between paragraphs: a heading naming a reference, one note, a link to more at most.
    cards = (
        ("名词解释", "追溯码：用于唯一标识每一件商品包装单元的代码，由一列数字和字母组成。", "查看更多&gt;&gt;"),
        ("健康百科", "热射病：重症中暑的一种，表现为高热、意识障碍等，病死率较高。", "查看详情"),
        ("相关法条", "《清川市物业管理条例》第三十二条　业主应当按照约定交纳物业服务费用……", None),
    )
    for heading, note, more in cards:
        link = f"<a href='https://www.example.cn/ref/1.html'>{more}</a>" if more else ""
        _assert_insert_goes(f"<div class='k1'><div class='k2'>{heading}</div><p class='k3'>{note}</p>{link}</div>")


def test_a_box_under_a_reference_heading_that_tells_more_than_a_note_stays() -> None:
    # Two sentences under the heading are the article's own background, not a card's note.
    note = "清川湿地的治理始于十年前。当时，湿地面积已经缩小了三分之一，候鸟数量也明显减少。"
    for paragraphs in _both_readings(between(f"<div class='k1'><div class='k2'>知识链接</div><p>{note}</p></div>")):
        assert note in paragraphs


def test_a_case_reports_note_on_changed_names_goes() -> None:
    for line in ("（文中当事人均为化名）", "(文中涉案人员均为化名)", "（应受访者要求，文中人物均为化名）"):
        for paragraphs in _both_readings(f"{ARTICLE}<p style='text-align:right'>{line}</p>"):
            assert paragraphs == LINES, line
    _assert_closing_line_stays("应受访者要求，文中的老周、小林均为化名，但他们讲述的经历都真实发生过。")


def test_a_cross_head_holding_a_widgets_word_stays() -> None:
    # A bold cross-head with the article's own use of a word widgets print (扫码, 投票, 举报) is no widget.
    for head in ("扫码从“可选项”变成“必选项”", "网络投票如何防止刷票行为", "举报奖励为何迟迟没有兑现"):
        lines = [*LINES[:2], head, *LINES[2:]]
        for paragraphs in _both_readings(between(f"<p><strong>{head}</strong></p>")):
            assert paragraphs == lines, head
    # A widget's line says little besides its word, or calls to act, or trails a row with its tools: in the generic
    # reading, which reads lines by their words (a rule knows its template's widgets by their place).
    for line in ("扫码关注清川发布公众号", "收藏", "清川湿地夜游攻略 编辑 回复"):
        assert _both_readings(between(f"<p>{line}</p>"))[0] == LINES, line


def test_an_essays_numbered_notes_under_their_heading_go() -> None:
    notes = "<p>注释：</p><p>[1] 湿地面积据当年的普查资料。</p><p>[2] 据老船工口述整理。</p>"
    for paragraphs in _both_readings(ARTICLE + notes):
        assert paragraphs == LINES
    # A numbered line without the heading over it is the article's.
    _assert_closing_line_stays("[1] 这是一份清川湿地早年的普查记录，至今仍保存在县档案馆里。")


def test_a_service_card_around_a_hotline_goes() -> None:
    card = ("<div class='h1'><p class='h2'>消费维权服务</p><p>投诉电话：0571-5550138</p><p>受理时间：工作日 9:00-17:00</p>"
            "<a class='h3' href='https://www.example.cn/weiquan/'>在线投诉</a></div>")
    _assert_insert_goes(card)
    # The article's own sentence giving a number stays.
    _assert_closing_line_stays("如遇问题，市民可拨打投诉电话0571-5550138反映，工作人员将在三个工作日内回复。")


def test_a_player_a_script_draws_goes_with_its_title_and_counts() -> None:
    box = ("<div class='v1'><div class='v2'>【直播回看】清川湿地夜游线路开通仪式</div><div class='v3' data-src='/video/2024/a1.mp4'>"
           "</div><div class='v4'>直播时间：2024-04-18 09:00　观看：2361次</div></div>")
    _assert_insert_goes(box)


def test_a_match_widgets_statistics_with_the_label_first_go_and_an_articles_headed_table_stays() -> None:
    rows = (("控球率", "54%", "46%"), ("射门（射正）", "15（6）", "9（3）"), ("角球", "7", "3"))
    table = "".join(f"<tr>{''.join(f'<td>{cell}</td>' for cell in row)}</tr>" for row in rows)
    _assert_insert_goes(f"<div class='s1'><div class='s2'>技术统计</div><table>{table}</table></div>")
    # A table the article heads with its columns' names is its own, though its rows read alike.
    head = "<tr><td>线路</td><td>去年</td><td>今年</td></tr>"
    own = (("东线", "12", "15"), ("西线", "8", "11"), ("北线", "6", "9"))
    body = head + "".join(f"<tr>{''.join(f'<td>{cell}</td>' for cell in row)}</tr>" for row in own)
    lead = "<p>据统计，三条夜游线路去年和今年五一假期的日均客流（千人次）如下：</p>"
    for paragraphs in _both_readings(between(f"{lead}<table>{body}</table>")):
        assert "东线 12 15" in paragraphs, paragraphs


def test_a_headline_in_a_block_named_by_a_cut_title_word_is_the_title_under_a_site_name_title() -> None:
    # The <title> holds only the site's name; the headline is a table cell whose class cuts "title" to tit.
    for name in ("art_tit", "news-tit", "tit"):
        page = (f"<html><head><meta charset='utf-8'><title>清川团委</title></head><body><table><tr><td class='{name}'>"
                f"{HEADLINE}</td></tr><tr><td class='info'>2023-06-12</td></tr></table><div class='c'>{ARTICLE}</div>"
                "</body></html>")
        assert scraper.extract(page.encode(), url="https://www.example.cn/a/1.html", rules=False).title == HEADLINE, name


def test_a_cross_head_opening_on_a_list_headings_word_stays_and_the_list_heading_still_goes() -> None:
    for head in ("热门专业竞争加剧", "网友热议夜游线路", "最新一批候鸟已经抵达"):
        for paragraphs in _both_readings(between(f"<p><strong>{head}</strong></p>")):
            assert paragraphs == [*LINES[:2], head, *LINES[2:]], head
    # A list's heading names what it lists: it and the headlines under it go.
    for heading in ("热门推荐", "最新资讯", "猜你喜欢"):
        listing = (f"<p>{heading}</p><ul><li><a href='https://news.example.cn/a/2.html'>清川湿地今年迎来首批候鸟</a></li>"
                   "<li><a href='https://news.example.cn/a/3.html'>老城区停车难问题有了新解法</a></li></ul>")
        assert _both_readings(ARTICLE + listing)[0] == LINES, heading


def test_an_ad_slots_label_between_dashes_is_no_paragraph() -> None:
    for label in ("- 廣告 -", "— 广告 —", "廣告"):
        slot = f"<div class='k9'><span class='k8'>{label}</span><img src='https://img.example.cn/b.jpg' alt=''></div>"
        assert _both_readings(between(slot))[0] == LINES, label


def test_a_table_closing_the_article_after_its_lead_in_stays() -> None:
    lead = "据统计，三条夜游线路去年和今年五一假期的日均客流（千人次）如下："
    rows = (("线路", "去年", "今年"), ("东线", "12", "15"), ("西线", "8", "11"), ("北线", "6", "9"))
    table = "".join(f"<tr>{''.join(f'<td>{cell}</td>' for cell in row)}</tr>" for row in rows)
    for paragraphs in _both_readings(f"{ARTICLE}<p>{lead}</p><table>{table}</table>"):
        assert paragraphs[-5:] == [lead, *(" ".join(row) for row in rows)], paragraphs[-5:]
    # Short lines after the last sentence with no lead-in over them are no table of the article's (tags, a grid's
    # captions): they still go.
    tags = "".join(f"<p>{tag}</p>" for tag in ("湿地", "夜游", "慢行线"))
    assert _both_readings(f"{ARTICLE}{tags}")[0] == LINES


def test_a_netease_channel_page_of_2006_2008_gives_its_source_author_and_editor_with_the_rule() -> None:
    # The era's date row under the headline is a div.text-info the rule's classes do not name; the editor's note
    # closes the text as a paragraph of its own.
    page = (
        "<html><head><meta charset='utf-8'><title>清川湿地夜游记_网易新闻中心</title></head><body>"
        f"<h1 id='h1title'>清川湿地夜游记</h1><div class='text-info'>2008-08-12 16:42:07　来源: <a href='#'>清川晨报</a>"
        f"　作者: 林晚　<a href='#comment'>网友评论 128 条</a></div><div id='endText'>{ARTICLE}"
        "<p style='text-align:right'>(责任编辑：苗见秋)</p></div></body></html>"
    ).encode()
    article = scraper.extract(page, url="https://news.163.com/08/0812/16/4IK7R2QD00011229.html")
    assert (article.source, article.author, article.editor) == ("清川晨报", "林晚", "苗见秋")
    assert article.paragraphs == LINES


def _author_under(info: str) -> str | None:
    """The author read, rules off, from a portal page whose info row under the headline holds `info`."""
    page = (
        "<html><head><meta charset='utf-8'><title>清川湿地夜游记_清川网</title></head><body><h1>清川湿地夜游记</h1>"
        f"<div class='info'>{info}</div><div class='text'>{ARTICLE}</div></body></html>"
    ).encode()
    return scraper.extract(page, url="https://www.example.cn/a/1.html", rules=False).author


def test_an_author_label_naming_a_paper_and_its_site_before_the_reporter_gives_the_reporter() -> None:
    for role in ("清川日报-清川新闻网记者", "清川日报·清川网记者", "清川日报全媒体记者"):
        info = f"<span>来源：清川日报</span><span>作者：{role} 林晚</span><span>发布时间：2023-06-12 16:45</span>"
        assert _author_under(info) == "林晚", role


def test_an_empty_author_label_before_the_text_size_control_names_nobody() -> None:
    for control in ("<a href='#'>大</a> <a href='#'>中</a> <a href='#'>小</a>", "【<a>大</a> <a>中</a> <a>小</a>】"):
        author = _author_under(f"2016-08-22 07:57:30　来源：清川网　作者：　{control}")
        assert author is None, (control, author)


def test_a_netease_channel_page_naming_its_writer_in_a_closing_source_note_gives_the_author() -> None:
    for names in ("林晚", "林晚 苏砚"):
        page = (
            "<html><head><meta charset='utf-8'><title>清川湿地夜游记_网易健康</title></head><body>"
            "<h1 id='h1title'>清川湿地夜游记</h1><div class='endInfo'><span class='info'>2009-10-16 14:05:52　来源: "
            f"<a href='#'>网易健康</a></span></div><div id='endText'>{ARTICLE}"
            f"<p class='editor'>（本文来源：清川晨报　作者：{names}）</p></div></body></html>"
        ).encode()
        article = scraper.extract(page, url="https://health.163.com/09/1016/14/5L3J8QAV00382EC3.html")
        assert (article.source, article.author) == ("网易健康", names), names


def _written(page: str, *, rules: bool) -> list[str]:
    """The paragraphs of a landed written page (tests/data/written_pages), read with or without the rules."""
    folder = Path(__file__).parent / "data" / "written_pages"
    gold = json.loads((folder / f"{page}.gold.json").read_text(encoding="utf-8"))
    return scraper.extract((folder / f"{page}.html").read_bytes(), url=gold.get("url"), rules=rules).paragraphs


def test_a_comment_box_opened_by_its_heading_goes_whole_before_either_reading() -> None:
    # z151: a table layout's comment row (网友评论 (共 2 条), each comment a poster's time and name and a paragraph)
    # after the related list; trafilatura's reading had kept the two comments as the article's last paragraphs.
    for rules in (True, False):
        paragraphs = _written("z151", rules=rules)
        assert any(line.startswith("研究还发现") for line in paragraphs)
        assert not any("野外工作太辛苦了" in line or "牦牛粪的能量贡献" in line for line in paragraphs), paragraphs


def test_a_paragraph_set_as_a_styled_block_goes_back_into_trafilaturas_reading() -> None:
    # z62: a paragraph printed as a <div style=text-indent…> among <p>s, which trafilatura's reading leaves out;
    # the density reading prints it between two lines both readings hold.
    for rules in (True, False):
        assert any(line.startswith("尾部采用贯穿式尾灯") for line in _written("z62", rules=rules))
    # z23 (a forum's first post, rules off): the density reading's sentences between two shared lines go back too.
    assert sum(line.startswith(("我专门问了", "另外跟大家说一下", "说实话")) for line in _written("z23", rules=False)) == 3


def test_a_label_with_a_bare_address_and_an_edition_line_dated_in_figures_go() -> None:
    for line in ("相关论文信息：https://doi.org/10.0000/eco.2023.05121", "原文链接：https://www.example.cn/a/1.html",
                 "《清川科学报》 (2023-06-12 第1版 要闻)", "《清川日报》2023年6月12日第3版"):
        for paragraphs in _both_readings(f"{ARTICLE}<p>{line}</p>"):
            assert paragraphs == LINES, line
    # A sentence that gives an address is the article's.
    _assert_closing_line_stays("研究团队已把全部监测数据公开在网上，读者可以访问https://data.example.cn查看。")
