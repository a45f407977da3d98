"""Synthetic NetEase article pages for the speed and memory benchmarks.

Pages are generated deterministically from a seed, in the markup of each NetEase era (see ../shared/NETEASE.md
and fixtures/): 2015 `#endText` served as GBK bytes, 2019 `post_content_main`, 2019 网易号 (`#contain[data-docid]`),
and 2020+ `post_main` with 相关推荐 / 热点推荐 tabs, a right column, comments and a footer. Sizes vary the way real
pages do (a few paragraphs to long reports; light to script-heavy heads). The text is made up from a small
word list: no real page text is copied.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

ERAS = ("2015", "2019", "dy2019", "2020")

# Made-up vocabulary; the sentences it forms are grammatical enough to look like prose to an extractor.
_SUBJECTS = ("市民", "记者", "工作人员", "当地居民", "相关部门", "专家", "企业负责人", "志愿者", "学校", "社区")
_VERBS = ("表示", "介绍", "认为", "提出", "了解到", "指出", "说明", "透露", "强调", "建议")
_OBJECTS = (
    "今年以来全市新建公园绿地二十余处",
    "项目预计明年上半年完成全部建设任务",
    "这一做法有效缓解了早晚高峰的交通压力",
    "试点工作将在更多街道逐步推开",
    "居民对改造后的环境普遍表示满意",
    "下一步还将继续完善配套服务设施",
    "相关标准正在征求社会各界意见",
    "活动吸引了数百名群众现场参与",
    "多个部门联合开展了专项检查行动",
    "新政策实施后办事时间缩短了一半",
    "企业订单量较去年同期明显增长",
    "部分农产品价格出现小幅波动",
)
_TOPICS = ("城市更新", "乡村振兴", "交通出行", "教育改革", "健康生活", "科技创新", "文化旅游", "消费市场")
_SOURCES = ("新京报", "钱江晚报", "潇湘晨报", "中国新闻网", "澎湃新闻", "央视新闻", "北京日报", "南方都市报")
_NAMES = ("王明", "李华", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "周乐", "吴敏", "孙悦")
_CHANNELS = ("新闻", "财经", "科技", "体育", "娱乐", "教育", "健康", "汽车")


@dataclass(frozen=True, slots=True)
class SynthPage:
    """One generated page: its bytes as served, its URL and its era."""

    url: str
    era: str
    content: bytes


def _doc_id(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789ABCDEFGHIJKLMNOPQRSTUV") for _ in range(16))


def _sentence(rng: random.Random) -> str:
    return f"{rng.choice(_SUBJECTS)}{rng.choice(_VERBS)}，{rng.choice(_OBJECTS)}。"


def _paragraph(rng: random.Random) -> str:
    return "".join(_sentence(rng) for _ in range(rng.randint(1, 5)))


def _title(rng: random.Random) -> str:
    return f"{rng.choice(_TOPICS)}：{rng.choice(_OBJECTS)}"


def _stamp(rng: random.Random, year: int) -> str:
    return (
        f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} "
        f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    )


def _script(rng: random.Random, size: int) -> str:
    """Inline script filler of about `size` characters (real pages carry 20-150 KB of it)."""
    parts = ["<script>"]
    total = 0
    while total < size:
        name = "".join(rng.choice("abcdefghijklmnop") for _ in range(8))
        line = f'var {name}=function(e){{return e&&e.{name}?"{name}":window.NTES&&NTES.{name}(e,{rng.randint(0, 9999)})}};\n'
        parts.append(line)
        total += len(line)
    parts.append("</script>")
    return "".join(parts)


def _nav(rng: random.Random, links: int) -> str:
    items = "".join(
        f'<li><a href="https://{rng.choice(("news", "money", "tech", "sports"))}.163.com/#f=topnav">'
        f"<span><em>{rng.choice(_CHANNELS)}</em></span></a></li>"
        for _ in range(links)
    )
    return (
        '<div class="ntes_nav_wrap" id="js_N_NTES_wrap"><div class="ntes-nav"><div class="ntes-nav-main clearfix">'
        f'<a class="ntes-nav-index-title" href="https://www.163.com/">网易首页</a><ul class="ntes-nav-select-list">{items}</ul>'
        "</div></div></div>"
    )


def _side(rng: random.Random, items: int, year: int, item_class: str) -> str:
    blocks = []
    for heading in ("头条要闻", "财经要闻", "体育要闻"):
        lis = "".join(
            f'<li class="{item_class}"><a href="https://www.163.com/dy/article/{_doc_id(rng)}.html">{_title(rng)}</a>'
            f'<span class="item_time">{_stamp(rng, year)}</span></li>'
            for _ in range(max(1, items // 3))
        )
        blocks.append(f'<div class="side_block"><h2 class="side_title">{heading}</h2><ul>{lis}</ul></div>')
    return "".join(blocks)


def _body(rng: random.Random, paragraphs: int, indent: str = "") -> str:
    out = []
    for index in range(paragraphs):
        if index and rng.random() < 0.12:
            out.append(
                f'<p class="f_center"><img src="https://nimg.ws.126.net/?url=http%3A%2F%2Fcms-bucket.ws.126.net%2F'
                f'{_doc_id(rng)}.jpg&amp;thumbnail=660x2147483647"><br>{rng.choice(_SUBJECTS)}现场。记者 {rng.choice(_NAMES)} 摄</p>'
            )
        elif rng.random() < 0.08:
            out.append(f"<p><strong>{_title(rng)}</strong></p>")
        else:
            out.append(f"<p>{indent}{_paragraph(rng)}</p>")
    return "\n".join(out)


def _head(title: str, charset: str | None, extra: str, script: str) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return (
        f"<!DOCTYPE HTML>\n<html><head>{meta}<title>{title}_网易新闻</title>"
        f'<meta name="keywords" content="{title}">{extra}'
        '<link href="https://static.ws.126.net/163/f2e/product/post/static/css/main.css" rel="stylesheet">'
        f"{script}</head>"
    )


def _page_2015(rng: random.Random, shape: dict[str, int]) -> SynthPage:
    doc = _doc_id(rng)
    stamp = _stamp(rng, 2015)
    url = f"http://news.163.com/15/{stamp[5:7]}{stamp[8:10]}/{stamp[11:13]}/{doc}.html"
    title = _title(rng)
    html = (
        _head(title, "gb2312", "", _script(rng, shape["script"]))
        + f"<body>{_nav(rng, shape['nav'])}"
        + '<div class="ep-content"><div class="ep-content-main" id="epContentLeft">'
        + f'<h1 id="h1title" class="ep-h1">{title}</h1>'
        + f'<div class="clearfix"><div class="ep-time-soure cDGray">{stamp}　来源: '
        + f'<a id="ne_article_source" href="http://example.com/">{rng.choice(_SOURCES)}</a>(北京)</div></div>'
        + f'<p class="ep-summary">{_sentence(rng)}</p>'
        + f'<div id="endText" class="end-text">{_body(rng, shape["paragraphs"], "　　")}'
        + '<div class="gg200x300"><iframe src="http://g.163.com/r?site=netease"></iframe></div>'
        + f'<div class="ep-source cDGray"><span class="left">本文来源：{rng.choice(_SOURCES)}</span>'
        + f'<span class="ep-editor">责任编辑：{rng.choice(_NAMES)}_NN{rng.randint(1000, 9999)}</span></div></div>'
        + '<div class="ep-keywords"><ul class="ep-list-1">'
        + "".join(f'<li><a href="#">{_title(rng)}</a><span>{_stamp(rng, 2015)}</span></li>' for _ in range(6))
        + "</ul></div></div>"
        + f'<div class="ep-content-side" id="epContentRight">{_side(rng, shape["side"], 2015, "")}</div></div>'
        + '<div class="N-nav-bottom">网易公司版权所有</div></body></html>'
    )
    # GBK bytes, as the era served them (the word list is inside GB2312).
    return SynthPage(url, "2015", html.encode("gb18030"))


def _page_2019(rng: random.Random, shape: dict[str, int]) -> SynthPage:
    doc = _doc_id(rng)
    stamp = _stamp(rng, 2019)
    url = f"https://news.163.com/19/{stamp[5:7]}{stamp[8:10]}/{stamp[11:13]}/{doc}.html"
    title = _title(rng)
    recommend = "".join(
        f'<li class="post_recommend_item"><h3><a href="#">{_title(rng)}</a></h3>'
        f'<span class="post_recommend_time">{rng.randint(1, 23)}小时前</span></li>'
        for _ in range(shape["recommend"])
    )
    html = (
        _head(
            title,
            None,
            f'<meta property="article:published_time" content="{stamp.replace(" ", "T")}+08:00">',
            _script(rng, shape["script"]),
        )
        + f"<body>{_nav(rng, shape['nav'])}"
        + '<div class="post_content_main" id="epContentLeft">'
        + f"<h1>{title}</h1>"
        + f'<div class="post_time_source">{stamp}　来源: <a id="ne_article_source" href="#">{rng.choice(_SOURCES)}</a></div>'
        + '<div class="post_body"><div class="post_text" id="endText">'
        + f'<p class="otitle">（原标题：{_title(rng)}）</p>{_body(rng, shape["paragraphs"])}'
        + '<div class="at_item">广告</div>'
        + f'<div class="ep-source cDGray"><span class="ep-editor">责任编辑：{rng.choice(_NAMES)}_NF{rng.randint(1000, 9999)}</span></div>'
        + "</div></div>"
        + f'<div class="post_recommend" id="post_recommend"><ul>{recommend}</ul></div></div>'
        + f'<div class="post_side">{_side(rng, shape["side"], 2019, "")}</div>'
        + '<div class="N-nav-bottom">网易公司版权所有</div></body></html>'
    )
    return SynthPage(url, "2019", html.encode("utf-8"))


def _page_dy2019(rng: random.Random, shape: dict[str, int]) -> SynthPage:
    doc = _doc_id(rng)
    stamp = _stamp(rng, 2019)
    url = f"https://dy.163.com/v2/article/detail/{doc}.html"
    title = _title(rng)
    html = (
        _head(title, "utf-8", "", _script(rng, shape["script"]))
        + f"<body>{_nav(rng, shape['nav'])}"
        + f'<div class="wrapper" id="contain" data-docid="{doc}" data-ptime="{stamp}">'
        + f'<div class="article_title"><h2>{title}</h2>'
        + f'<p class="time"><span>{stamp}</span>　<span>来源：{rng.choice(_SOURCES)}</span></p></div>'
        + f'<div class="content" id="content">{_body(rng, shape["paragraphs"])}</div>'
        + '<div class="statement">特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。</div>'
        + f'<div class="side"><ul>{_side(rng, shape["side"], 2019, "article_item")}</ul></div></div>'
        + '<div class="N-nav-bottom">网易公司版权所有</div></body></html>'
    )
    return SynthPage(url, "dy2019", html.encode("utf-8"))


def _page_2020(rng: random.Random, shape: dict[str, int]) -> SynthPage:
    doc = _doc_id(rng)
    year = rng.randint(2020, 2025)
    stamp = _stamp(rng, year)
    url = f"https://www.163.com/dy/article/{doc}.html"
    title = _title(rng)
    source = rng.choice(_SOURCES)
    related = "".join(
        f'<li class="post_recommend"><div class="post_recommend_info">'
        f'<h3 class="post_recommend_title"><a href="https://www.163.com/dy/article/{_doc_id(rng)}.html">{_title(rng)}</a></h3>'
        f'<p class="post_recommend_time">{rng.choice(_SOURCES)} {_stamp(rng, year)}</p></div></li>'
        for _ in range(shape["recommend"])
    )
    hot = "".join(
        f'<div class="post_recommend_new"><h3><a href="#">{_title(rng)}</a></h3>'
        f'<span class="post_recommend_source">{rng.choice(_SOURCES)}</span>'
        f'<div class="post_recommend_time">{_stamp(rng, year)}</div></div>'
        for _ in range(shape["recommend"])
    )
    html = (
        f'<!DOCTYPE HTML>\n<html id="ne_wrap" data-publishtime="{stamp}"><head><title>{title}_网易订阅</title>'
        f'<meta property="og:title" content="{title}"><meta property="og:url" content="{url}">'
        f'<meta property="article:published_time" content="{stamp.replace(" ", "T")}+08:00">'
        f'<link rel="canonical" href="{url}">{_script(rng, shape["script"])}</head>'
        + f"<body>{_nav(rng, shape['nav'])}"
        + f'<div class="wrapper clearfix" id="contain" data-docid="{doc}" data-ptime="{stamp}"><div class="post_main">'
        + f'<div class="post_crumb"><a href="https://www.163.com/">网易首页</a> &gt; <a href="#">{rng.choice(_CHANNELS)}</a> &gt; 正文</div>'
        + f'<h1 class="post_title">{title}</h1>'
        + f'<div class="post_info">{stamp}　来源: <a href="#">{source}</a>'
        + '&nbsp;<a href="#" class="post_jubao">举报</a></div>'
        + '<div class="post_content" id="content"><div class="post_top"><span>分享至</span>'
        + '<ul class="post_share"><li>微信</li><li>微博</li><li>QQ空间</li></ul></div>'
        + f'<div class="post_body">{_body(rng, shape["paragraphs"])}</div>'
        + f'<div class="post_author">本文来源：{source} 责任编辑：{rng.choice(_NAMES)}_NB{rng.randint(10000, 99999)}</div>'
        + '<div class="post_statement"><p>特别声明：以上内容为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</p></div>'
        + '<div class="tie-areas post_comment" id="post_comment_area"><div id="tie"></div></div></div>'
        + '<div class="post_recommends js-tab-mod"><div class="post_recommends_titles">'
        + '<div class="post_recommends_title js-tab">相关推荐</div><div class="post_recommends_title js-tab">热点推荐</div></div>'
        + f'<div class="post_recommends_ulist js-content"><ul class="post_recommends_list">{related}</ul></div>'
        + f'<div class="post_recommends_ulist js-content"><div class="post_recommend_news_hot">{hot}</div></div></div></div>'
        + f'<div class="post_side">{_side(rng, shape["side"], year, "")}</div></div>'
        + '<div class="N-nav-bottom"><a href="#">无障碍浏览</a> <a href="#">进入关怀版</a></div></body></html>'
    )
    return SynthPage(url, "2020", html.encode("utf-8"))


_BUILDERS = {"2015": _page_2015, "2019": _page_2019, "dy2019": _page_dy2019, "2020": _page_2020}


def _shape(rng: random.Random) -> dict[str, int]:
    # Long-tailed like real pages: most bodies are short, a few are long reports; heads vary from light to heavy.
    return {
        "paragraphs": min(120, 3 + int(rng.expovariate(1 / 12))),
        "script": int(rng.choice((10, 30, 60, 100, 160)) * 1024 * rng.uniform(0.6, 1.2)),
        "nav": rng.randint(10, 120),
        "side": rng.randint(9, 90),
        "recommend": rng.randint(4, 30),
    }


def netease_page(index: int, seed: int = 0) -> SynthPage:
    """The `index`-th page of the synthetic set for `seed`; eras rotate, the shape is drawn from the seed."""
    rng = random.Random(seed * 1_000_003 + index)
    era = ERAS[index % len(ERAS)]
    return _BUILDERS[era](rng, _shape(rng))


def netease_pages(count: int, seed: int = 0) -> Iterator[SynthPage]:
    """`count` synthetic pages, generated lazily (a 10,000-page run never holds them all)."""
    for index in range(count):
        yield netease_page(index, seed)
