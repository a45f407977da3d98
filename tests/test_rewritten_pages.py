"""A page re-written without changing what a browser shows gives the same record.

Sites differ less in their articles than in how their HTML is written (bench/perturb.py measures it): these
pages are written twice, the second time as another template, CMS or server would write the same page.
"""

from __future__ import annotations

import scraper

URL = "https://news.example.cn/2024/0305/a1.html"
_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>山区小学开通网络课堂_某某新闻网</title></head>
<body>
<div class="top"><a href="/">首页</a> <a href="/jy/">教育</a></div>
<h1>山区小学开通网络课堂</h1>
<div class="info">2024-03-05 10:20　来源：某某日报</div>
<div class="content">
<p>三月初，县里最偏远的一所小学第一次用上了网络课堂，孩子们在屏幕前跟着城里的老师读课文。</p>
<p>校长说，过去学校只有四名教师，音乐和美术课常常开不齐，现在每周能上六节线上课。</p>
<p>县教育局表示，今年还将为另外十二所村小接通宽带，并培训教师使用设备。</p>
</div>
<div class="foot">版权所有 某某新闻网</div>
</body></html>
"""


# A portal's channel menu: short words among much ASCII markup, as most of a real page's bytes are. On such
# a page a generic detector reads GBK bytes as a Cyrillic code page.
_CHANNELS = ["新闻", "教育", "体育", "财经", "科技", "汽车", "房产", "旅游", "健康", "文化"]
_MENU = "".join(
    f'<li class="item-{i}"><a href="https://www.example.cn/channel/{i}/index.html">{_CHANNELS[i % 10]}</a></li>\n'
    for i in range(120)
)


def _record(data: bytes) -> tuple[str | None, str | None, list[str]]:
    article = scraper.extract(data, URL)
    return article.title, article.published_at, article.paragraphs


def test_a_page_reencoded_to_gbk_under_its_old_utf8_label_reads_the_same() -> None:
    page = _PAGE.replace("<body>", f'<body><ul class="menu">{_MENU}</ul>')
    honest = page.encode("utf-8")
    lying = page.encode("gb18030")  # the label still says utf-8
    assert _record(lying) == _record(honest)
    assert _record(honest)[2][0].startswith("三月初")
