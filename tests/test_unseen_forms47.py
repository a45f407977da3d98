"""Page forms the thirty-eighth round's build data showed misread, each a class: the thirty-second written round landed
whole and the thirty-third round's half A. Every line here is fictional, written for the test."""

from __future__ import annotations

import pytest

from scraper.extract.notices import is_prompt_line

from .test_unseen_forms29 import LINES, _both_readings


@pytest.mark.parametrize("line", [
    "【手机炒股】发送 GP 到 5555 5555，实时行情随身看，每条0.1元",
    "手机看天气：发送TQ至55555，明日预报早知道，0.1元/条",
    "发送“KX”到55555，快讯随时收，信息费0.2元",
])
def test_a_text_message_service_that_prices_each_message_goes(line: str) -> None:
    assert is_prompt_line(line)
    for paragraphs in _both_readings("".join(f"<p>{text}</p>" for text in LINES[:2]) + f"<div class='sms'>{line}</div>"
                                     + "".join(f"<p>{text}</p>" for text in LINES[2:])):
        assert paragraphs == LINES


@pytest.mark.parametrize("line", [
    "用户可编辑短信发送至55555查询余额，每条收费0.1元。",
    "记者发送短信后，很快收到了回复，每条信息费用并不高。",
])
def test_a_sentence_about_messages_stays(line: str) -> None:
    assert not is_prompt_line(line)


@pytest.mark.parametrize("line", [
    "您还没有安装flash播放器，请点击这里安装",
    "您尚未安装最新版本的Flash插件，无法观看视频",
    "抱歉，您的浏览器不支持 video 标签",
])
def test_a_players_fallback_goes(line: str) -> None:
    assert is_prompt_line(line)
    for paragraphs in _both_readings(f"<div id='player'><p>{line}</p></div>" + "".join(f"<p>{text}</p>" for text in LINES)):
        assert paragraphs == LINES


def test_a_sentence_about_a_missing_plugin_stays() -> None:
    told = "不少老人的电脑多年没有更新，有的甚至没有安装任何杀毒软件，浏览网页时很容易中招。"
    assert not is_prompt_line(told)
    for paragraphs in _both_readings("".join(f"<p>{text}</p>" for text in LINES) + f"<p>{told}</p>"):
        assert told in paragraphs
