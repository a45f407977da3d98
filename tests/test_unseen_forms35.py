"""Page forms the twenty-sixth round's build data showed misread, each a class: the twentieth written round landed
whole (its half B held out last round included) and the twenty-first round's half A. Every line here is fictional,
written for the test."""

from __future__ import annotations

import scraper
from scraper.extract.dates import parse_date
from scraper.extract.labels import closing_author
from scraper.model import Image

from .test_unseen_forms29 import ARTICLE, LINES, _both_readings
from .test_unseen_forms30 import _assert_insert_goes, between
from .test_unseen_forms31 import _assert_closing_line_stays
from .test_unseen_forms33 import _portal

URL = "https://news.example.cn/a/1.html"


def _info_page(info: str, body: str = ARTICLE) -> scraper.Article:
    """The article read, rules off, from a portal page whose row under the headline prints `info`."""
    page = (
        "<html><head><meta charset='utf-8'><title>清川湿地夜游记_清川网</title></head><body><h1>清川湿地夜游记</h1>"
        f"<div class='info'>{info}</div><div class='text'>{body}</div><div>清ICP备12345678号</div></body></html>"
    ).encode()
    return scraper.extract(page, url=URL, rules=False)


def test_a_verdict_box_with_a_bare_score_under_its_heading_goes() -> None:
    # The score a figure alone under the heading that names the rating (n243's 评分 box), pros and cons under it.
    _assert_insert_goes(
        "<div class='k7'><div class='k8'>清川数码评分</div><div class='k9'>8.2</div><p>优点：机身轻薄、续航扎实</p>"
        "<p>缺点：接口少、无读卡器</p></div>"
    )


def test_a_gallerys_title_goes_with_its_buttons_and_its_pictures_stay() -> None:
    gallery = ("<div class='k7'><div class='k8'>清川X7外观图赏</div><div class='k9'><img src='https://img.example.cn/x7.jpg'"
               " alt=''></div><div class='k10'><a href='javascript:;'>上一张</a><span>1/5</span>"
               "<a href='javascript:;'>下一张</a></div></div>")
    _assert_insert_goes(gallery)
    assert _portal(between(gallery)).images == [Image("https://img.example.cn/x7.jpg")]


FIELDS = ("招募对象：退休教师、在校大学生", "报名方式：到学校传达室登记", "名额：每校二十人")
CARD = "<div class='k7'><div class='k8'>志愿者招募</div>" + "".join(f"<p>{line}</p>" for line in FIELDS) + "</div>"


def test_a_card_of_fields_under_its_own_heading_among_the_paragraphs_goes() -> None:
    _assert_insert_goes(CARD)
    # The text announcing the card (…报名办法如下：) makes its fields the article's.
    for paragraphs in _both_readings(between(f"<p>志愿者的报名办法如下：</p>{CARD}")):
        assert paragraphs == [*LINES[:2], "志愿者的报名办法如下：", "志愿者招募", *FIELDS, *LINES[2:]]


def test_a_writer_credited_after_the_outlets_name_at_the_end_is_the_author() -> None:
    for credit, writer in (("（清川网 林晚）", "林晚"), ("（清川日报 记者 林晚 苗见秋）", "林晚 苗见秋"),
                           ("（清川晚报 林晚 发自北岸）", "林晚")):
        body = "".join(f"<p>{line}</p>" for line in LINES[:-1]) + f"<p>{LINES[-1]}{credit}</p>"
        article = _portal(body)
        assert (article.paragraphs[-1], article.author) == (LINES[-1] + credit, writer), credit
    # A dispatch's place after the agency names nobody.
    assert closing_author([LINES[-1] + "（新华社 北岸电）"]) is None


def test_a_link_to_a_special_page_after_its_call_closes_no_article() -> None:
    for label in ("点击进入专题：", "查看专题："):
        line = f"<p>{label}<a href='https://news.example.cn/special/laochang/'>老厂房的新生活</a></p>"
        for paragraphs in _both_readings(f"{ARTICLE}{line}"):
            assert paragraphs == LINES, label


def test_a_video_cards_title_that_asks_a_question_goes_with_its_cover() -> None:
    _assert_insert_goes(
        "<div class='k7'><div class='k8'><img data-src='https://img.example.cn/v.jpg' alt=''><span class='k9'>01:48</span>"
        "</div><p class='k10'>视频：半份菜上桌 学生怎么看？</p></div>"
    )


def test_a_twelve_hour_clocks_half_printed_after_the_time_is_read() -> None:
    assert parse_date("2022年11月3日 6:27 下午") == "2022-11-03T18:27+08:00"
    assert parse_date("2022年11月3日 6:27 上午") == "2022-11-03T06:27+08:00"
    assert _info_page("文：林晚　2024年4月18日 7:21 下午").published_at == "2024-04-18T19:21+08:00"


def test_an_english_ad_slots_label_is_no_paragraph() -> None:
    _assert_insert_goes("<div class='k7'><span class='k8'>- ADVERTISEMENT -</span><div id='k9'></div></div>")


def test_the_rows_of_a_table_the_text_announces_are_no_padding_of_the_density_reading() -> None:
    # trafilatura reads a Chinese page without its tables: past a lead picture's caption, the announced table's rows
    # are what the density reading holds more, and they are the article's (z271, a WordPress results table).
    rows = ["组别 冠军 代表州", "少年男单 林晚 北岸", "少年女单 苗见秋 南湾", "少年男双 柏舟／韩星野 西坪", "少年女双 乔木／叶疏 东渡"]
    table = "<figure class='wp-block-table'><table><tbody>" + "".join(
        "<tr>" + "".join(f"<td>{cell}</td>" for cell in row.split(" ")) + "</tr>" for row in rows) + "</tbody></table></figure>"
    caption = "清川小将在颁奖台上合影。（图：受访者提供）"
    body = (f"<figure><img src='https://img.example.cn/p.jpg' alt=''><figcaption>{caption}</figcaption></figure>"
            + between(f"<p>本届赛事各组别冠军成绩如下：</p>{table}"))
    assert _portal(body).paragraphs == [caption, *LINES[:2], "本届赛事各组别冠军成绩如下：", *rows, *LINES[2:]]


def test_a_reprint_request_after_when_is_a_standing_line() -> None:
    for paragraphs in _both_readings(f"{ARTICLE}<p>本作品为“清川科普”原创，转载时务请注明出处。</p>"):
        assert paragraphs == LINES
    _assert_closing_line_stays("这些旧报纸的转载时间，都被馆员一一注明在卡片上。")


def test_a_reference_card_naming_its_term_with_a_two_sentence_definition_goes() -> None:
    _assert_insert_goes(
        "<div class='k7'><b>知识卡片｜清川效应</b><br>湿地里的萤火在雨后格外明亮的现象，与空气湿度和水面反光有关。由清川大学的"
        "研究小组于2019年最先描述。<a href='https://baike.example.cn/qc/'>查看词条&gt;&gt;</a></div>"
    )


def test_a_writers_kind_before_the_name_is_no_part_of_it() -> None:
    for info in ("作者：科普作者 林晚", "作者：特约撰稿人 林晚"):
        assert _info_page(f"来源：清川日报　{info}　发布时间：2024-04-18").author == "林晚", info


def test_a_units_credit_for_sending_the_report_in_closes_no_article_and_leaves_the_dispatch_its_author() -> None:
    # The credits under the text (供稿：… 编辑：… 审核：…) are read before the body's first line: the dispatch mark
    # that opens the text still names the author.
    first = "清川新闻网4月18日电（记者 林晚）" + LINES[0]
    body = (f"<p>{first}</p>" + "".join(f"<p>{line}</p>" for line in LINES[1:])
            + "<p>供稿：清川大学机械工程系</p><p>审核：苗见秋</p>")
    article = _portal(body)
    assert (article.paragraphs, article.author) == ([first, *LINES[1:]], "林晚")


def test_a_data_card_of_labels_and_figures_under_its_heading_goes() -> None:
    rows = "".join(f"<div class='k9'><span>{label}</span><b>{value}</b></div>"
                   for label, value in (("夜游线路累计接待", "12万人次+"), ("同比增长", "约1.1倍")))
    _assert_insert_goes(f"<div class='k7'><div class='k8'>数据看板</div>{rows}<div class='k10'>数据截至2024年3月31日</div></div>")


def test_a_programmes_air_time_before_the_publish_time_in_the_row_is_no_publish_time() -> None:
    for row in ("播出时间：2024-04-18 19:00　发布时间：2024-04-18 20:41", "首播：2024-04-18 19:00　发布时间：2024-04-18 20:41"):
        assert _info_page(f"来源：清川卫视　{row}").published_at == "2024-04-18T20:41+08:00", row


def _blog_page(foot: str) -> bytes:
    """A blog post with its day over the title and its poster and clock in the foot under the text."""
    return (
        "<html><head><meta charset='utf-8'><title>老屋后面那棵槐树 - 山中一日的博客</title></head><body>"
        "<div class='k1'><a href='/'>首页</a></div><div class='k2'><div class='k3'>2007年5月14日 星期一</div>"
        f"<div class='k4'><a href='/p/1.html'>老屋后面那棵槐树</a></div><div class='k5'>{ARTICLE}</div>"
        f"<div class='k6'>{foot}</div></div><div>清ICP备12345678号</div></body></html>"
    ).encode()


def test_a_blogs_foot_gives_its_poster_and_the_clock_of_the_day_over_the_title() -> None:
    page = _blog_page("发表者：<a href='/u/qy/'>青崖书生</a>　发表时间：21:37　|　<a href='/p/1.html#c'>回复(4)</a>")
    article = scraper.extract(page, url="http://qingya.blog.example.cn/p/1.html", rules=False)
    assert (article.published_at, article.author) == ("2007-05-14T21:37+08:00", "青崖书生")
    # Several labelled clocks are a list's: none of them is the post's.
    page = _blog_page("发表时间：21:37 <ul><li>发表时间：08:12</li></ul>")
    assert scraper.extract(page, url="http://qingya.blog.example.cn/p/1.html", rules=False).published_at == "2007-05-14"


def test_a_video_card_of_a_title_and_a_running_time_alone_goes() -> None:
    # No cover and no play control: the card's title and its running time, each a block of its own (z161 read
    # class-blind). A result's row of a name and a time is the article's.
    _assert_insert_goes("<div class='k7'><div class='k8'>清川电视：夜游步道开放 现场片段</div><div class='k9'>01:32</div></div>")
    results = "<table><tr><td>林晚</td><td>01:32</td></tr><tr><td>苗见秋</td><td>01:35</td></tr></table>"
    for paragraphs in _both_readings(between(f"<p>男子组前两名成绩如下：</p>{results}")):
        assert paragraphs == [*LINES[:2], "男子组前两名成绩如下：", "林晚 01:32", "苗见秋 01:35", *LINES[2:]]
