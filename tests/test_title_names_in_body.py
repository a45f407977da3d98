"""A line above the article that is one of the <title>'s other parts (the channel's or the site's name) labels the
page, not the article."""

from __future__ import annotations

import scraper

_PARAGRAPHS = (
    "本报讯 昨日上午，城东新区第三座社区图书馆正式开放，首批藏书两万余册，涵盖少儿读物、地方文献和科普图书，"
    "周边居民可凭身份证免费办理借阅卡。",
    "图书馆负责人介绍，馆内设有自习区和亲子阅读区，工作日开放至晚上九点，周末另有绘本讲读和手工课等活动，"
    "欢迎附近学校的学生前来参加。",
    "据了解，新区计划在明年年底前再建成两座社区图书馆，并与市图书馆实现通借通还，方便居民就近借书还书。",
)


def _page(label: str) -> bytes:
    paragraphs = "".join(f"<p>{text}</p>" for text in _PARAGRAPHS)
    return (
        "<html><head><meta charset='utf-8'><title>城东新区第三座社区图书馆开放 | 即时新闻 | 城东晚报</title></head>"
        "<body><div class='top'><a href='/'>首页</a> <a href='/news/'>新闻</a></div>"
        f"<div class='main'><h1>城东新区第三座社区图书馆开放</h1><div class='box'><div>{label}</div>{paragraphs}</div></div>"
        "<div class='foot'>版权所有 城东晚报</div></body></html>"
    ).encode()


def test_the_channels_name_above_the_article_is_no_paragraph() -> None:
    record = scraper.extract(_page("即时新闻"), url="https://news.example.cn/a/2024/0301/123.html")
    assert record.paragraphs[0].startswith("本报讯")
    assert "即时新闻" not in record.paragraphs


def test_a_line_that_is_no_part_of_the_title_stays() -> None:
    record = scraper.extract(_page("开放时间调整"), url="https://news.example.cn/a/2024/0301/123.html")
    assert record.paragraphs[0] == "开放时间调整"
