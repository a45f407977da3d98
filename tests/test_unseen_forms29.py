"""Page forms the fourteenth written round (landed in the twenty-first round) showed the generic reading
misreading, each a class. Every line here is fictional, written for the test."""

from __future__ import annotations

import scraper

from .test_unseen_forms27 import PROSE

URL = "https://news.example.cn/a/1.html"
HEADLINE = "清川湿地周边新增三条夜游慢行线"


def _video_page(title: str, headline: str) -> bytes:
    """A page whose headline is a styled block, with a video box between it and the article titled 视频：…"""
    prose = "".join(f"<p>{line}</p>" for line in PROSE)
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<div class='k1'><strong class='k2'>{headline}</strong>"
        "<div class='k3'><span>2024-04-18 07:21:05</span><span>来源：清川日报</span></div>"
        f"<div class='video'><span class='vjs-title'>视频：{HEADLINE}</span><span>02:46</span></div>"
        f"<div class='k4'>{prose}</div></div></body></html>"
    ).encode()


def test_a_video_boxs_title_under_the_headline_the_title_names_with_colons_is_no_headline() -> None:
    # The <title> sets the site's and the channel's names off with colons, which no split takes off: the styled
    # line printing its headline part stands above the video box's title, so that line is the headline.
    html = _video_page(f"清川新闻网：国内新闻：{HEADLINE}", HEADLINE)
    assert scraper.extract(html, url=URL, rules=False).title == HEADLINE
