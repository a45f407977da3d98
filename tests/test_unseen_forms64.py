"""Page forms the fifty-fifth round's build data showed misread, each a class: the fiftieth written round's half A.
Every line here is fictional, written for the test."""

from __future__ import annotations

import pytest

import scraper
from scraper.extract.labels import byline_names

from .test_unseen_forms29 import LINES, _both_readings
from .test_unseen_forms56 import _goes_from_between


@pytest.mark.parametrize(
    "box",
    [
        # A hotline whose fields (its hours, its closing day) share its line, the card's button already gone as a
        # link line: the fields count as the card's lines.
        "<div class='tipbox' style='border:1px solid #ccc'><p><strong>【春节消费提示】</strong>某某消费者协会开通节日"
        "投诉通道</p><p>投诉热线：010-5550 1234　受理时间：9:00-17:00　受理截止：2月20日</p>"
        "<p><a href='/tousu/'>点击在线投诉&gt;&gt;</a></p></div>",
        # A call for readers' stories: a question as its hook, its mailbox and its closing day on one line.
        "<div class='call'><p><b>【清川网·老照片征集】</b>你家有老照片吗？</p><p>欢迎讲述老照片背后的故事，优秀来稿将"
        "择期刊发</p><p>征集邮箱：photo9999@example.com　截止日期：2024年5月31日</p></div>",
    ],
)
def test_a_service_card_whose_hotline_or_mailbox_line_carries_its_fields_goes(box: str) -> None:
    _goes_from_between(box)


@pytest.mark.parametrize(
    "line",
    ["【组图】夜色里的清川湿地（共12张）", "[图集] 清川湿地萤火虫季", "夜色里的清川湿地（共 8 张）"],
)
def test_a_gallerys_link_line_under_its_tag_or_over_its_count_goes(line: str) -> None:
    # The gallery page's title, a link filling its line: no sentence of the article.
    _goes_from_between(f"<p class='photo_link'><a href='/photoview/0000000000000000.html'>{line}</a></p>")


def test_a_forum_posts_signature_box_named_in_the_plural_goes() -> None:
    # Forum software names the box under every post `signatures` as well as `signature`; a forum is read on the
    # generic path (the portal's reading).
    body = "".join(f"<p>{line}</p>" for line in LINES) + "<div class='signatures'>钓的是鱼，享受的是时光。——清川钓客</div>"
    assert _both_readings(body)[0] == LINES


def test_a_reference_card_in_traditional_characters_goes() -> None:
    # 辭典 is the reference's word as 词典 is; a Taiwan or Hong Kong page prints its heading in traditional characters.
    _goes_from_between(
        "<div class='dict'><h4>【客語小辭典】</h4><p>粄條：米漿蒸成薄片再切成條，客家人的家常小吃。</p></div>"
    )


def test_a_reporters_field_in_a_row_parted_by_bars_names_the_author_in_traditional_characters() -> None:
    # A television site's row: the area, the reporter's field with the camera's after it (no label's colon), the
    # time; the folding reads 攝影 as 摄影, and the name is given as printed.
    row = (
        "<div class='news-meta'><span class='area'>清川 東區</span>｜<span class='reporter'>記者 王曉明　攝影 李四海"
        "</span>｜<span class='date'>2013/01/15 20:41</span></div>"
    )
    video = "<div class='news-video'><p class='video-info'>新聞影片長度 01:58</p></div>"
    body = "".join(f"<p>{line}</p>" for line in LINES)
    page = f"<html><body><h1>清川濕地夜遊記</h1>{row}{video}<div class='news-content'>{body}</div></body></html>"
    assert scraper.extract(page, "https://www.example.org.tw/news/000000", rules=False).author == "王曉明"
    assert byline_names("記者 王曉明　攝影 李四海") == "王曉明"
