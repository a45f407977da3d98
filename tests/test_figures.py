"""Captions printed next to the article's text rather than inside its paragraphs (extract/figures.py, density.py)."""

from __future__ import annotations

import scraper
from scraper.extract.density import density_paragraphs
from scraper.extract.tree import parse

URL = "http://www.example.hk/news/2021/0412/photo-story.html"
STORY = [
    "本港今日天色放晴，不少市民趁假日前往郊野公园行山，热门路线一度出现人龙，管理处呼吁市民错开时间出行。",
    "管理处表示，假日入园人数较平日多出三倍，洗手间及垃圾桶使用量大增，已加派人手巡逻及清理。",
    "有行山人士表示，山上景色怡人，但部分路段湿滑，建议市民穿着合适鞋履，并带备足够饮用水。",
    "另外，天文台预测未来数日天气持续温暖，日间最高气温约二十七度，市民外出时应注意防晒。",
]


def _page(middle: str) -> bytes:
    head = "<html><head><title>郊野公园假日人多</title></head><body><div class='nav'><a href='/'>首页</a></div>"
    return (head + f"<h1>郊野公园假日人多</h1><div class='story'>{middle}</div></body></html>").encode()


def test_a_caption_inside_the_link_to_its_full_size_picture_is_the_articles() -> None:
    # A gallery template wraps each picture and its caption in a link that opens the full-size picture file: the
    # caption is the article's, not a link's text.
    captions = ["行山人士在山脊上排队前进。（本报记者摄）", "管理处职员在入口清理满溢的垃圾桶。"]
    figures = [
        f"<div class='pic'><a href='/photo/2021/0412-{n}b.jpg'><img src='/photo/2021/0412-{n}s.jpg'>"
        f"<div>{caption}</div></a></div>"
        for n, caption in enumerate(captions)
    ]
    middle = (f"{figures[0]}<p>{STORY[0]}</p><p>{STORY[1]}</p>"
              f"<table><tr><td>{figures[1]}</td></tr></table><p>{STORY[2]}</p><p>{STORY[3]}</p>")
    for rules in (True, False):
        article = scraper.extract(_page(middle), URL, rules=rules)
        assert article.paragraphs == [captions[0], STORY[0], STORY[1], captions[1], STORY[2], STORY[3]]


def test_a_pictures_link_to_a_page_stays_a_link() -> None:
    # A picture linked to another page is another article's card: its headline stays out of the body.
    card = ("<div class='pic'><a href='/news/2021/0411/other.html'><img src='/photo/other.jpg'>"
            "<div>另一篇报道的标题在这里显示出来</div></a></div>")
    middle = "".join(f"<p>{p}</p>" for p in STORY) + card
    assert scraper.extract(_page(middle), URL, rules=False).paragraphs == STORY


def test_a_head_pictures_caption_in_a_box_of_its_own_above_the_article_is_read() -> None:
    # The head picture sits in one box and its caption in the next, both right above the article's block: the
    # caption is the article's. A line above the block with no picture before it (a channel's slogan) is not.
    caption = "郊野公园入口假日挤满等候入园的市民。（资料图片）"
    picture = "<div class='img-box'><p><picture><img src='/photo/2021/0412-head.jpg'></picture></p></div>"
    text = "<div class='text-box'><div class='text'>" + "".join(f"<p>{p}</p>" for p in STORY) + "</div></div>"
    for before, kept in ((f"{picture}<p class='cap'>{caption}</p>", [caption]),
                         (f"<div class='tools'><span>字号</span></div><p class='cap'>{caption}</p>", [])):
        assert scraper.extract(_page(before + text), URL, rules=False).paragraphs == [*kept, *STORY], before


def test_a_summary_paragraph_that_holds_the_report_is_the_article_and_its_caption_follows() -> None:
    # A short report printed whole in the paragraph the template names its summary, its picture and caption under
    # it: the paragraph is the article, not a summary over it, and the caption is read with it. A summary box
    # over a longer article stays out.
    report = ("【本报记者／台北报导】市政府今日宣布，明年起将在各区增设二十座公共自行车站，并延长夜间服务时间，"
              "交通局表示，新站点将优先设在捷运站与大型社区周边，预计可服务逾十万名通勤族，相关预算已送议会审议。"
              "局长在记者会上说，过去一年公共自行车的使用人次增加了三成，不少上班族以自行车接驳捷运，"
              "市府希望借由增设站点与延长服务时间，进一步减少市区的汽车流量，也鼓励市民养成低碳出行的习惯。")
    caption = "市区街头的公共自行车站。资料照片"
    story = (f"<div class='body'><p id='summary'>{report}</p><img src='/photo/bike.jpg'>"
             f"<div class='textbox'><p class='caption'>{caption}</p></div></div>")
    assert scraper.extract(_page(story), URL, rules=False).paragraphs == [report, caption]
    summary = "<div class='summary'>市府宣布明年增设二十座公共自行车站，方便市民出行。</div>"
    longer = f"<html><body><div class='body'>{summary}" + "".join(f"<p>{p}</p>" for p in STORY) + "</div></body></html>"
    assert density_paragraphs(parse(longer))[0] == STORY


def test_a_centred_caption_block_after_line_breaks_and_empty_paragraphs_is_the_pictures() -> None:
    from scraper.extract.body import caption_of

    root = parse(
        "<html><body><td id='zoom'><div align=center><img src='/photo/a.jpg'></div><br><p></p><p></p>"
        "<div align=center><font size=2>两位主演在发布会上</font></div><p>正文第一段。</p></td></body></html>"
    )
    assert caption_of(next(root.iter("img"))) == "两位主演在发布会上"


def test_a_centred_caption_keeps_the_linked_names_and_their_icons() -> None:
    from scraper.extract.body import caption_of

    # The caption's names link to the stars' pages, one with an album icon: an icon in a link is no next picture.
    root = parse(
        "<html><body><div><p align=center><img src='/photo/b.jpg'></p><p></p>"
        "<p align=center><a href='/star/1/'>甲某</a><a href='/star/1/albums/'><img src='/icon/cd.gif'></a>和"
        "<a href='/star/2/'>乙某</a>在首映礼上</p><p>正文第一段。</p></div></body></html>"
    )
    assert caption_of(next(root.iter("img"))) == "甲某和乙某在首映礼上"


def test_the_captions_trafilatura_left_out_go_back_where_the_density_reading_prints_them() -> None:
    from scraper.extract.figures import with_captions

    caption, closing = "行山人士在山脊上排队前进", "更多视频"
    promo = "热门专题：春季行山好去处"
    density = [caption, STORY[0], STORY[1], promo, STORY[2], STORY[3], closing]
    # The promo line is no caption and stays out; a caption after the article's last line does too.
    assert with_captions(STORY, density, frozenset({caption, closing})) == [caption, *STORY]
    # A caption trafilatura printed already is not printed twice.
    assert with_captions([caption, *STORY], density, frozenset({caption})) == [caption, *STORY]
