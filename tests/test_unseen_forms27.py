"""Page forms the twelfth written round (landed in the nineteenth round) showed the generic reading misreading
once its pages were reprinted in other markup (tests/page_reprints.py), each a class. Every line here is
fictional, written for the test."""

from __future__ import annotations

import scraper
from scraper.extract.dates import parse_date
from scraper.extract.notices import is_credit_line

PROSE = [
    "天气转暖以来，清川湿地周边的夜间游客明显增多，沿河新增的三条夜游慢行线已经全部亮灯，总长约十一公里。",
    "慢行线的照明采用低色温、低照度的灯具，靠近湿地核心区的路段在晚上十点后自动调暗，避免打扰鸟类栖息。",
    "下一步，当地还将在慢行线沿途增设休憩驿站和公共厕所，并结合周边街区推出夜间市集等活动。",
]


def _page(title: str, top: str, headline: str) -> bytes:
    prose = "".join(f"<p>{line}</p>" for line in PROSE)
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{top}"
        f"<div class='k1'><div class='k2'>{headline}</div>"
        "<div class='k3'><span>2024-04-18 07:21:05</span><span>来源：清川日报</span></div>"
        f"<div class='k4'>{prose}</div></div></body></html>"
    ).encode()


def test_a_short_h1_inside_a_channel_name_of_the_title_is_the_sites_when_the_headline_part_is_printed() -> None:
    # <h1>新闻中心</h1> over the page: part of the <title>'s channel part 清川新闻中心, while the <title>'s headline
    # part is printed as a line of its own (in a block no name says is a title).
    headline = "清川湿地周边新增三条夜游慢行线"
    html = _page(f"{headline}-清川新闻中心-清川网", "<h1>新闻中心</h1>", headline)
    assert scraper.extract(html, url="https://news.example.cn/a/1.html", rules=False).title == headline
    # An <h1> that is the whole headline stays the headline.
    html = _page(f"{headline}-清川新闻中心-清川网", f"<h1>{headline}</h1>", "图片新闻")
    assert scraper.extract(html, url="https://news.example.cn/a/1.html", rules=False).title == headline


def test_a_title_joining_site_column_and_headline_with_spaces_gives_the_printed_headline() -> None:
    # Government sites: 某某县人民政府 部门动态 标题, with the headline printed alone in an unnamed block.
    headline = "我县启动白茶茶园夏秋季管护技术指导"
    html = _page(f"清川县人民政府 部门动态 {headline}", "", headline)
    assert scraper.extract(html, url="https://www.example.gov.cn/a/1.html", rules=False).title == headline
    # A headline with a space of its own, printed whole, stays whole.
    spaced = "清川湿地新增夜游慢行线 沿线灯光分段控制"
    html = _page(spaced, "", spaced)
    assert scraper.extract(html, url="https://www.example.gov.cn/a/1.html", rules=False).title == spaced


# More of the article: a card is a small part of a page's text, as on the pages the class was seen on.
MORE_PROSE = [
    "“以前晚上来湿地，过了七点基本就黑了。”家住附近的市民说，现在沿河的灯光柔和，她每天晚饭后都会和老伴走上一圈。",
    "沿线还设置了多处提示牌，提醒游客不要投喂野生动物、不要使用强光手电，并在入口处公布了夜间开放的时段。",
    "有关负责人介绍，三条慢行线分别以滨水步道、老集镇石板路和城市绿道为主，方便市民步行或骑行串联各个景点。",
]


def _body_page(insert: str) -> bytes:
    prose = [f"<p>{line}</p>" for line in PROSE[:2] + MORE_PROSE + PROSE[2:]]
    body = "".join(prose[:2]) + insert + "".join(prose[2:])
    return (
        "<html><head><meta charset='utf-8'><title>清川湿地周边新增三条夜游慢行线_清川网</title></head><body>"
        "<h1>清川湿地周边新增三条夜游慢行线</h1><div class='info'>2024-04-18 07:21　来源：清川日报</div>"
        f"<div class='text'>{body}</div></body></html>"
    ).encode()


def test_a_fact_card_closed_by_a_button_to_its_module_goes() -> None:
    # A card of label: value lines under a heading, closed by a link of its own words to the module's page.
    for heading, facts, button in (
        ("参观预约提示", ("开放时间：周二至周日 9:00-17:00", "闭馆日：每周一（法定节假日除外）"), "查看预约入口"),
        ("小区档案", ("建成年代：1992年", "加装进度：已完工1部，在建3部"), "查看全市加装地图"),
    ):
        lines = "".join(f"<p>{fact}</p>" for fact in facts)
        card = f"<div><p>{heading}</p>{lines}<a href='https://other.example.cn/special/x/'>{button}</a></div>"
        record = scraper.extract(_body_page(card), url="https://news.example.cn/a/1.html", rules=False)
        assert record.paragraphs == PROSE[:2] + MORE_PROSE + PROSE[2:], button


def test_a_pictures_own_view_link_keeps_its_figure() -> None:
    figure = ("<div><img src='https://img.example.cn/map.png'><p>各区花市分布图</p>"
              "<a href='https://img.example.cn/map_big.png'>点击查看大图</a></div>")
    record = scraper.extract(_body_page(figure), url="https://news.example.cn/a/1.html", rules=False)
    assert "各区花市分布图" in record.paragraphs


def test_a_units_credit_for_sending_the_report_in_alone_in_brackets_is_a_credit_line() -> None:
    # Closing government and civic pages: the unit that sent the report in, in brackets, with 供稿 after or before.
    for line in ("（清川县南湖区文明办供稿）", "（县农业农村局 供稿）", "（供稿：清川县税务局）"):
        assert is_credit_line(line), line
    # A sentence that says who sent something in is the article's.
    assert not is_credit_line("（据县农业农村局介绍，今年共收到各乡镇供稿120余篇。）")
    assert not is_credit_line("县农业农村局供稿")  # unbracketed and alone: a heading as likely as a credit


def test_the_expert_a_health_article_credits_on_a_line_of_its_own_is_a_credit_line() -> None:
    for line in ("受访专家：某省人民医院呼吸与危重症医学科主任医师 吕建峰", "审核专家：清川市中医院儿科副主任医师 林舟"):
        assert is_credit_line(line), line
    # The expert's words in the text are the article's.
    assert not is_credit_line("受访专家：春季是过敏高发期，外出时应做好防护。")
    assert not is_credit_line("专家表示，春季是过敏高发期")


def test_the_half_of_a_12_hour_clock_after_the_time_is_read() -> None:
    # Singapore and English-locale templates print 06:05PM after the Chinese date.
    assert parse_date("发布 2023年6月12日 06:05PM") == "2023-06-12T18:05+08:00"
    assert parse_date("2023年6月12日 12:05 am") == "2023-06-12T00:05+08:00"
    assert parse_date("2023年6月12日 06:05 AM") == "2023-06-12T06:05+08:00"
    # Letters running on are a word, not the half of the day.
    assert parse_date("2023年6月12日 06:05 Pmcast") == "2023-06-12T06:05+08:00"


def test_a_video_players_row_of_running_time_and_plays_goes_with_its_box() -> None:
    player = ("<div><div class='k9' data-vid='1'></div><div><span>视频：清川湿地夜游慢行线亮灯</span>"
              "<span>时长 02:36</span><span>播放 1.2万</span></div></div>")
    record = scraper.extract(_body_page(player), url="https://news.example.cn/a/1.html", rules=False)
    assert record.paragraphs == PROSE[:2] + MORE_PROSE + PROSE[2:]
    # A sentence giving a running time is the article's.
    line = "<p>这部纪录片时长 01:32:00，播放量已超过十万次。</p>"
    record = scraper.extract(_body_page(line), url="https://news.example.cn/a/1.html", rules=False)
    assert "这部纪录片时长 01:32:00，播放量已超过十万次。" in record.paragraphs
