"""Page forms the thirty-ninth round's build data showed misread, each a class: the thirty-third written round landed
whole and the thirty-fourth round's half A. Every line here is fictional, written for the test."""

from __future__ import annotations

import pytest

from .test_unseen_forms29 import LINES, _both_readings


def _between(box: str) -> str:
    """The test's article with `box` between its second and third paragraphs."""
    return ("".join(f"<p>{text}</p>" for text in LINES[:2]) + box
            + "".join(f"<p>{text}</p>" for text in LINES[2:]))


@pytest.mark.parametrize("box", [
    "<div class='prompt'><span>打开清川新闻，看视频更流畅</span><a href='https://app.example.cn/'>立即打开</a></div>",
    "<div class='bar'><em>用客户端看，图片更清晰</em><a href='javascript:;'>马上打开</a></div>",
    "<section><p>在App内阅读全文</p><a href='https://app.example.cn/open'>打开App</a></section>",
])
def test_an_app_prompt_with_an_open_button_goes(box: str) -> None:
    for paragraphs in _both_readings(_between(box)):
        assert paragraphs == LINES


def test_a_paragraph_that_opens_an_app_in_its_sentence_stays() -> None:
    told = "<p>记者在现场<a href='https://app.example.cn/'>立即打开</a>了售票小程序，页面提示当天余票已经不多。</p>"
    for paragraphs in _both_readings(_between(told)):
        assert "记者在现场立即打开了售票小程序，页面提示当天余票已经不多。" in paragraphs


@pytest.mark.parametrize("card", [
    "<div class='app-card'><img src='/qr.png' alt=''><div><b>下载“清川云”客户端</b><p>身边事 一手知</p></div></div>",
    "<div class='promo'><img src='/logo.png' alt=''><p>打开青禾App</p><p>天天有好看的</p></div>",
])
def test_an_app_card_with_its_logo_or_code_goes(card: str) -> None:
    for paragraphs in _both_readings(_between(card)):
        assert paragraphs == LINES


def test_a_figure_whose_caption_names_an_app_stays() -> None:
    caption = "市民在手机客户端上查询公交到站时间"
    figure = f"<div class='pic'><img src='/photo.jpg' alt=''><p>{caption}</p></div>"
    for paragraphs in _both_readings(_between(figure)):
        assert caption in paragraphs


QUOTE = "“修表这门手艺，修的其实是人的耐心。”"


def test_a_quotation_the_next_paragraph_speaks_of_stays() -> None:
    after = "这句话老人说得很平淡，却让在场的年轻学徒们沉默了好一阵。"
    body = _between(f"<blockquote><p>{QUOTE}</p></blockquote><p>{after}</p>")
    for paragraphs in _both_readings(body):
        assert QUOTE in paragraphs and after in paragraphs


def test_a_pull_quote_no_paragraph_speaks_of_still_goes() -> None:
    for paragraphs in _both_readings(_between(f"<div class='pull'>{QUOTE}</div>")):
        assert paragraphs == LINES
