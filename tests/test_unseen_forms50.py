"""Page forms the forty-first round's build data showed misread, each a class: the thirty-sixth written round's half
A. Every line here is fictional, written for the test."""

from __future__ import annotations

import pytest

import scraper
from scraper.extract.labels import byline_names, label_value
from scraper.extract.notices import is_byline, is_credit_line, is_notice, is_repost_note

from .test_unseen_forms29 import LINES, _both_readings


def _between(box: str) -> str:
    """The test's article with `box` between its second and third paragraphs."""
    return ("".join(f"<p>{text}</p>" for text in LINES[:2]) + box
            + "".join(f"<p>{text}</p>" for text in LINES[2:]))


def test_an_audio_box_a_script_draws_goes_with_its_counter() -> None:
    # The box carries the clip in a data attribute and prints only its controls: 听全文, 00:00 / 04:18, AI朗读.
    box = ("<div class='tts' data-src='https://media.example.com/clip/8831.mp3'><span>听全文</span>"
           "<span>00:00 / 04:18</span><span>AI朗读</span></div>")
    for paragraphs in _both_readings(box + "".join(f"<p>{text}</p>" for text in LINES)):
        assert paragraphs == LINES


def test_a_paragraph_naming_its_clip_in_a_data_attribute_stays() -> None:
    # The element the attribute sits on holds a sentence: it is the article's, not a player's box.
    told = "清川电台昨晚播出了这段采访的全文，听众可以在电台网站上收听回放。"
    box = f"<p data-src='https://media.example.com/clip/8832.mp3'>{told}</p>"
    expected = [*LINES[:2], told, *LINES[2:]]
    for paragraphs in _both_readings(_between(box)):
        assert paragraphs == expected


def test_a_player_box_with_a_labelled_running_time_goes() -> None:
    box = ("<div class='vplayer'><div class='vbox'><span>您的浏览器不支持播放此视频</span></div>"
           "<p class='vtitle'>视频：湿地夜游现场</p><p class='vtime'>时长 02:18</p></div>")
    for paragraphs in _both_readings(_between(box)):
        assert paragraphs == LINES


@pytest.mark.parametrize(("row", "source"), [
    ("来源：清川学院文：宓小舟图：卞一苇发布时间：2018-10-25", "清川学院"),
    ("来源：清川学院图片：卞一苇", "清川学院"),
    ("来源：清川作家网 作者：宓小舟", "清川作家网"),
])
def test_a_source_run_into_the_rows_credits_ends_before_them(row: str, source: str) -> None:
    assert label_value(row, "source") == source


def test_a_byline_with_its_picture_credit_after_a_bar_is_a_byline() -> None:
    for line in ("文：宓小舟｜圖：受訪者提供", "文：宓小舟 | 图：卞一苇"):
        assert byline_names(line) == "宓小舟"
        assert is_byline(line)


@pytest.mark.parametrize("line", [
    "本文由 @宓小舟 原创发布于清川产品社区。未经作者许可，禁止转载。",
    "该文观点仅代表作者本人，清川社区平台仅提供信息存储空间服务。",
])
def test_a_platforms_standing_notices_are_notices(line: str) -> None:
    assert is_notice(line, len(line))


def test_a_sentence_about_a_platforms_hosting_is_no_notice() -> None:
    told = "法院认为，该平台仅提供信息存储空间服务，不承担赔偿责任。"
    assert not is_notice(told, len(told))


def test_a_title_pictures_licence_is_a_credit_line() -> None:
    assert is_credit_line("题图来自Unsplash，基于CC0协议。")
    assert not is_credit_line("题图来自清川湿地，游客拍下了夜鹭起飞的瞬间。")


def test_a_closing_platform_notice_block_goes() -> None:
    closing = ["本文由 @宓小舟 原创发布于清川产品社区。未经作者许可，禁止转载。", "题图来自Unsplash，基于CC0协议。",
               "该文观点仅代表作者本人，清川社区平台仅提供信息存储空间服务。"]
    body = "".join(f"<p>{text}</p>" for text in [*LINES, *closing])
    for paragraphs in _both_readings(body):
        assert paragraphs == LINES


def test_a_product_box_without_its_picture_goes() -> None:
    box = ("<table class='pbox' align='right'><tr><td><b>清川 Q10上网本</b></td></tr><tr><td>"
           "屏幕：10英寸　内存：1GB　硬盘：160GB<br>参考价格：<font>￥2299</font><br>"
           "<a href='/product/9001/'>详细参数</a> | <a href='/price/9001/'>经销商报价</a></td></tr></table>")
    for paragraphs in _both_readings(_between(box)):
        assert paragraphs == LINES


def test_a_table_of_figures_that_links_nowhere_stays() -> None:
    # Prices and figures in the text's own table, with no link out: the article's (what it shows is kept).
    box = ("<table><tr><td>机型</td><td>屏幕：10英寸</td><td>内存：1GB</td><td>价格：￥2299</td></tr>"
           "<tr><td>Q9</td><td>屏幕：9英寸</td><td>内存：1GB</td><td>价格：￥1999</td></tr></table>")
    for paragraphs in _both_readings(_between(box)):
        assert any("￥2299" in paragraph for paragraph in paragraphs)


def _blog_post(trackback: str) -> bytes:
    """A blog post page with no <title>: the blog's name as its <h1>, the post's title a link above the text."""
    body = "".join(f"<p>{text}</p>" for text in LINES)
    return (
        "<html><head><meta charset='utf-8'></head><body><h1>清川夜话</h1>"
        "<div><a href='/archive/2005/09/07/5431.aspx'>夜游湿地：做最慢的旅行？</a></div>"
        f"<div>{body}</div>{trackback}<div>发表于2005年09月07日 11:57</div></body></html>"
    ).encode()


def test_a_blog_posts_trackback_title_names_it() -> None:
    # The trackback description, in an HTML comment as blog engines printed it, its attributes run together.
    rdf = ('<!--<rdf:RDF xmlns:dc="http://purl.org/dc/elements/1.1/"><rdf:Descriptionrdf:about="http://blog.example.com/'
           'archive/2005/09/07/5431.aspx"dc:title="夜游湿地：做最慢的旅行？"trackback:ping="http://tb.example.com/5431" />'
           "</rdf:RDF>-->")
    assert scraper.extract(_blog_post(rdf), rules=False).title == "夜游湿地：做最慢的旅行？"


def test_a_dc_title_outside_a_trackback_description_is_not_read() -> None:
    # The words printed in a page's text (a note on metadata, say) describe nothing of the page itself.
    page = _blog_post("<p>元数据示例：dc:title=\"湿地导览手册\"</p>")
    assert scraper.extract(page, rules=False).title != "湿地导览手册"


@pytest.mark.parametrize("wrapper", [("", ""), ("<div>", "</div>"), ("<div><div>", "</div></div>")])
def test_a_hotline_card_goes_however_many_plain_divs_wrap_it(wrapper: tuple[str, str]) -> None:
    card = ("<div class='tipbox'><p>清川网爆料</p><p>身边有新鲜事？热线：0431-5550126</p>"
            "<p>微信搜索“清川网”发送线索</p></div>")
    for paragraphs in _both_readings(_between(wrapper[0] + card + wrapper[1])):
        assert paragraphs == LINES


@pytest.mark.parametrize("note", ["(综合整理自清川日报、清川晚报、清川网等)", "（本文综合自清川日报、清川电视台）", "（据清川日报、清川网综合整理）"])
def test_a_compilers_note_of_its_outlets_is_no_paragraph(note: str) -> None:
    assert is_repost_note(note)
    for paragraphs in _both_readings("".join(f"<p>{text}</p>" for text in [*LINES, note])):
        assert paragraphs == LINES


@pytest.mark.parametrize("line", ["（综合报道）", "综合整理自多家媒体的报道显示，清川湿地的夜鹭数量连续三年增长。"])
def test_a_sentence_or_a_dispatch_mark_is_no_compilers_note(line: str) -> None:
    assert not is_repost_note(line)


def _styled_headline_page(title: str, headline: str) -> bytes:
    body = "".join(f"<p>{text}</p>" for text in LINES)
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><h1>清川新闻网</h1>"
        f"<div style='font-size:24px'>{headline}</div><div>2024-04-18 07:21</div><div>{body}</div></body></html>"
    ).encode()


@pytest.mark.parametrize("mark", ["丨", "｜", "|"])
def test_a_printed_headline_holding_the_titles_mark_is_the_headline_whole(mark: str) -> None:
    headline = f"清川首发{mark}湿地夜游带火周边民宿，周末一房难求"
    page = _styled_headline_page(f"{headline}_国内新闻_清川新闻网", headline)
    assert scraper.extract(page, rules=False).title == headline


def test_a_printed_run_of_the_channel_and_site_names_is_no_headline() -> None:
    # The names' line is printed too (a crumb, a footer), but the headline part is longer than it.
    page = _styled_headline_page("湿地夜游带火周边民宿_国内新闻_清川新闻网", "湿地夜游带火周边民宿").replace(
        b"<div>2024", "<div>国内新闻_清川新闻网</div><div>2024".encode())
    assert scraper.extract(page, rules=False).title == "湿地夜游带火周边民宿"
