"""Page forms the forty-third round's build data showed misread, each a class: the thirty-seventh written round's
pages (landed, built on whole) and the thirty-eighth's half A. Every line here is fictional, written for the test."""

from __future__ import annotations

import pytest

import scraper
from scraper.extract.notices import is_byline, is_follow_call, is_original_title, is_repost_note

from .test_unseen_forms29 import LINES, _both_readings
from .test_unseen_forms51 import URL, _between


def _after(line: str) -> str:
    """The test's article closed by `line` in a paragraph of its own."""
    return "".join(f"<p>{text}</p>" for text in LINES) + f"<p>{line}</p>"


def test_a_quiz_card_with_a_button_that_shows_its_answer_goes() -> None:
    box = ("<div class='quiz' style='border:1px dashed #ccc'><p class='q'>地理小问答：河口的沙洲为什么总在变形状？</p>"
           "<a href='javascript:;' class='btn'>点击查看答案</a></div>")
    for paragraphs in _both_readings(_between(box)):
        assert paragraphs == LINES


def test_a_sentence_that_mentions_the_answers_stays() -> None:
    line = "考试结束后，考生可以登录招生网站查看答案和评分标准，对照估算自己的分数。"
    for paragraphs in _both_readings(_between(f"<p>{line}</p>")):
        assert line in paragraphs


def test_a_card_whose_last_line_is_a_labelled_reading_with_its_stamp_goes() -> None:
    box = ("<div class='card' style='border:1px solid #dde'><p class='t'>赏花指南</p><p>最佳时段：上午九点前</p>"
           "<p>观赏地点：湖东岸栈道</p><p>出行提示：景区限流</p>"
           "<p class='f'>花期预报：本周盛花指数 ★★★ 发布时间：03-21 17:30</p></div>")
    for paragraphs in _both_readings(_between(box)):
        assert paragraphs == LINES


def test_a_headed_card_with_a_sentence_in_it_stays() -> None:
    # The box states something: it is the article's own insert, not a module of fields.
    box = ("<div class='card'><p class='t'>赏花指南</p><p>最佳时段：上午九点前</p><p>观赏地点：湖东岸栈道</p>"
           "<p>今年的花期比往年早了一周，工作人员建议市民错峰出行。</p></div>")
    for paragraphs in _both_readings(_between(box)):
        assert "今年的花期比往年早了一周，工作人员建议市民错峰出行。" in paragraphs


@pytest.mark.parametrize("tip", ["左右滑动查看更多", "向左滑动查看下一张", "滑动查看全部图片"])
def test_a_galleries_swipe_tip_goes_and_its_caption_stays(tip: str) -> None:
    caption = "清晨的湖面上，候鸟成群掠过水面。清川网 记者摄"
    box = (f"<div class='gallery'><img src='https://img.example.com/1.jpg' alt=''/><span class='n'>1/5</span>"
           f"<span class='tip'>{tip}</span></div><p class='f_center'>{caption}</p>")
    for paragraphs in _both_readings(_between(box)):
        assert tip not in paragraphs
        assert caption in paragraphs


def test_a_sentence_about_swiping_stays() -> None:
    line = "在展厅的大屏前，观众只要用手左右滑动，就能查看这座古城三百年来的街巷变化。"
    for paragraphs in _both_readings(_between(f"<p>{line}</p>")):
        assert line in paragraphs


def test_a_stations_slogan_naming_what_more_it_brings_is_a_follow_call() -> None:
    assert is_follow_call("关注网易清川，更多湖区新鲜事第一时间看")
    assert is_follow_call("关注清川新闻客户端，更多本地资讯随时掌握")
    for paragraphs in _both_readings(_after("关注网易清川，更多湖区新鲜事第一时间看")):
        assert paragraphs == LINES


def test_a_sentence_opening_on_a_concern_stays() -> None:
    assert not is_follow_call("关注民生，更多倾听群众的呼声，是这次调研的出发点。")


def test_a_subscription_card_in_traditional_characters_goes() -> None:
    box = ("<div class='sub-card'><p class='t'>訂閱清川週刊｜看懂趨勢</p><p>紙本＋數位，首年訂閱享 8 折</p>"
           "<a href='https://store.example.com/' class='btn'>立即訂閱</a></div>")
    for paragraphs in _both_readings(_between(box)):
        assert paragraphs == LINES


@pytest.mark.parametrize("line", [
    "本文出自《清川雜誌》2022年3月號，原標題為〈湖邊的夜班渡輪〉",
    "本文原载于《清川周刊》第12期，原标题为《湖边的夜班渡轮》",
])
def test_a_note_of_the_edition_and_headline_the_text_first_ran_under_is_no_paragraph(line: str) -> None:
    assert is_repost_note(line)
    for paragraphs in _both_readings(_after(line)):
        assert paragraphs == LINES


def test_an_original_title_noted_in_angle_brackets_is_one() -> None:
    assert is_original_title("（原標題為〈湖邊的夜班渡輪〉）")


def test_a_sentence_about_where_a_text_came_from_stays() -> None:
    assert not is_repost_note("本文出自一位老船工之手，原标题为他亲手所写的一句话。")


@pytest.mark.parametrize("line", ["采访、撰文/网易清川 蔺晚舟", "撰文｜蔺晚舟", "采访、撰文/蔺晚舟"])
def test_an_interviews_writer_credited_before_the_words_mark_is_a_byline(line: str) -> None:
    assert is_byline(line)
    body = f"<p><b>{line}</b></p>" + "".join(f"<p>{text}</p>" for text in LINES)
    for paragraphs in _both_readings(body):
        assert paragraphs == LINES


def test_a_columns_box_with_its_back_issue_link_goes() -> None:
    box = ("<div class='column'><span class='tag'>清川读书·作家访谈</span> "
           "<a href='https://book.example.com/special/talks/'>往期回顾：第12期 一位装帧师和她的旧书店 05-13</a></div>")
    for paragraphs in _both_readings(_between(box)):
        assert paragraphs == LINES


def test_a_paragraph_linking_a_labelled_report_inside_its_sentence_stays() -> None:
    line = "去年秋天，本报曾以<a href='https://news.example.com/a.html'>记者手记：湖边的夜班渡轮</a>为题报道过这条航线。"
    for paragraphs in _both_readings(_between(f"<p>{line}</p>")):
        assert "去年秋天，本报曾以记者手记：湖边的夜班渡轮为题报道过这条航线。" in paragraphs


HIDDEN = ".sr{clip-path:inset(100%);clip:rect(1px,1px,1px,1px);height:1px;overflow:hidden;position:absolute;width:1px}"


def _accessible_page(byline: str, figure: str) -> bytes:
    """A page whose byline fields and picture credit carry labels only a screen reader reads (class sr)."""
    return (
        f"<html><head><meta charset='utf-8'><style>{HIDDEN}</style><title>清川湿地夜游记</title></head><body>"
        f"<main><h1>清川湿地夜游记</h1><ul>{byline}</ul><time datetime='2024-04-18'>2024年4月18日</time>{figure}"
        + "".join(f"<div><p>{text}</p></div>" for text in LINES) + "</main></body></html>"
    ).encode()


def test_a_byline_field_and_a_picture_credit_labelled_for_screen_readers_go_and_the_caption_stays() -> None:
    byline = ("<li><span class='sr'>作者，</span><span>宓小舟</span></li>"
              "<li><span class='sr'>职务，</span><span>清川网记者</span></li>")
    figure = ("<figure><img src='https://img.example.com/1.jpg' alt=''/><p><span class='sr'>图像来源，</span>清川图片社</p>"
              "<figcaption><span class='sr'>图像加注文字，</span>夜色中的湿地栈道上，游客们提着灯笼缓缓前行</figcaption></figure>")
    paragraphs = scraper.extract(_accessible_page(byline, figure), URL, rules=False).paragraphs
    assert paragraphs[-len(LINES):] == LINES
    # The caption may open the body (where the reading starts above the text); the credit fields never do.
    assert paragraphs[: -len(LINES)] in ([], ["夜色中的湿地栈道上，游客们提着灯笼缓缓前行"])


def _page_with_head(head: str) -> bytes:
    return ("<html><head><meta charset='utf-8'>" + head + "<title>清川湿地夜游记</title></head><body><h1>清川湿地夜游记</h1>"
            + "".join(f"<p>{text}</p>" for text in LINES) + "</body></html>").encode()


@pytest.mark.parametrize("head", [
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"清川湿地夜游记",'
    '"author":{"@type":"NewsMediaOrganization","name":"北岸传媒 中文"}}</script>',
    '<meta property="article:author" content="https://www.facebook.com/qingchuannews">',
])
def test_an_outlet_or_an_address_as_the_tagged_author_names_no_writer(head: str) -> None:
    assert scraper.extract(_page_with_head(head), URL, rules=False).author is None


def test_a_person_tagged_as_the_author_is_the_author() -> None:
    head = ('<script type="application/ld+json">{"@type":"NewsArticle","headline":"清川湿地夜游记",'
            '"author":{"@type":"Person","name":"宓小舟"}}</script>')
    assert scraper.extract(_page_with_head(head), URL, rules=False).author == "宓小舟"
