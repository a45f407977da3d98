"""Page forms the eleventh written round's first half (kept outside the project until it lands) showed the generic
reading keeping, each a class of boilerplate. Every line here is fictional, written for the test."""

from __future__ import annotations

import scraper
from scraper.extract.clean import clean_lines
from scraper.extract.generic import _with_dispatch_lead
from scraper.extract.labels import byline_names
from scraper.extract.notices import is_prompt_line


def test_a_finance_sites_standing_notice_under_its_copy_is_a_prompt_line() -> None:
    # "以上内容与某某立场无关。… 不对各位读者构成任何投资建议，据此操作，风险自担。": the notice says so twice.
    notice = (
        "以上内容与某某财经立场无关。某某财经发布此内容的目的在于传播更多信息，对其观点、判断保持中立，不保证该内容"
        "全部或者部分内容的准确性、真实性、完整性。相关内容不对各位读者构成任何投资建议，据此操作，风险自担。"
    )
    assert is_prompt_line(notice)
    assert is_prompt_line("本文不构成投资建议。")
    # An article's sentence about a stance is no notice.
    assert not is_prompt_line("分析人士认为，这一表态与央行此前的立场一致，市场无需过度解读短期波动。")


def test_a_papers_edition_line_is_a_prompt_line() -> None:
    # Where the text ran in print, a line of its own: the paper, the day and the page.
    for line in ("《某某教育报》2023年06月13日第3版", "（原载《某某日报》6月13日 05版）", "来源：《某某晚报》2023年6月13日第A2版"):
        assert is_prompt_line(line), line
    # A sentence that cites the paper runs on: the article's own.
    assert not is_prompt_line("据《某某教育报》2023年06月13日第3版报道，清川县推行教师县管校聘已满三年。")


def _column_page(staff: str) -> bytes:
    prose = "".join(f"<p>{line}</p>" for line in PROSE)
    return (
        "<html><head><meta charset='utf-8'><title>县城奶茶店一年开出八百家_网易财经</title></head><body>"
        "<div class='post_main'><h1 class='post_title'>县城奶茶店一年开出八百家</h1>"
        "<div class='post_info'>2022-07-19 07:30:14　来源: <a href='https://money.163.com/'>网易财经</a></div>"
        f"<div class='post_content'><div class='post_body'>{staff}{prose}</div></div></div></body></html>"
    ).encode()


PROSE = [
    "在中部一座县城的步行街上，不到三百米的距离里开着六家奶茶店，其中两家挂着同一个品牌的招牌，门店还在增加。",
    "根据该品牌母公司近期递交的招股书，公司的收入主要来自向加盟商销售原料和设备，而不是门店的饮品销售。",
    "多位业内人士认为，下沉市场的门店密度已经很高，新店之间相互分流，单店收入很难再上一个台阶。",
]


def test_staff_lines_opening_a_column_under_a_rule_are_credits() -> None:
    # "出品｜某某工作室 / 作者｜某某 / 编辑｜某某" above a rule's first paragraph: the producer's line is a credit too, so
    # the run of credits ends where the article starts, as the generic reading cuts above the article; the author
    # comes from it.
    staff = "".join(f"<p><b>{line}</b></p>" for line in ("出品｜某某清流工作室", "作者｜程砚", "编辑｜孟夏"))
    article = scraper.extract(_column_page(staff), url="https://www.163.com/money/article/HCQ4E7KD00259DLP.html")
    assert article.extractor != "generic"
    assert article.paragraphs == PROSE
    assert article.author == "程砚"


def test_a_card_of_numbers_under_a_hotline_heading_goes() -> None:
    # "便民热线" over "某某咨询：0000-5550…（工作日 8:30-17:30）" lines between paragraphs: a service card; the lines name
    # no helpline themselves, their heading does.
    card = ["便民热线", "老旧小区改造咨询：0000-55501234（工作日 8:30-17:30）", "施工扰民投诉：12345"]
    lines = ["县城奶茶店一年开出八百家", PROSE[0], *card, *PROSE[1:]]
    assert clean_lines(lines, frozenset(), "县城奶茶店一年开出八百家") == PROSE
    # Numbers in an article's own lines under a heading that names no line of service stay.
    table = ["各区新增门店", "城东区：12", "城西区：9"]
    lines = ["县城奶茶店一年开出八百家", PROSE[0], *table, *PROSE[1:]]
    assert clean_lines(lines, frozenset(), "县城奶茶店一年开出八百家") == [PROSE[0], *table, *PROSE[1:]]


def test_a_heading_that_says_font_size_is_no_font_size_control() -> None:
    # "二、字号小、没有换乘信息，是通病": a section heading of the article about small print; the control is the label
    # with its buttons (字号：大 中 小).
    heading = "二、字号小、没有换乘信息，是通病"
    lines = ["县城奶茶店一年开出八百家", PROSE[0], heading, *PROSE[1:]]
    assert clean_lines(lines, frozenset(), "县城奶茶店一年开出八百家") == [PROSE[0], heading, *PROSE[1:]]
    for control in ("字号：大 中 小", "【字号 大 中 小】"):
        lines = ["县城奶茶店一年开出八百家", control, *PROSE]
        assert clean_lines(lines, frozenset(), "县城奶茶店一年开出八百家") == PROSE, control


def _dispatch_page() -> bytes:
    menu = "".join(f'<option value="a{n}.htm">其他新闻标题第{n}则</option>' for n in range(1, 5))
    rest = "".join(f"<p>{line}</p><p></p>" for line in DISPATCH_REST)
    return (
        "<html><head><meta charset='utf-8'><title>某报 - 港闻</title></head><body><table width='100%'><tr><td>"
        f"<form><select>{menu}</select></form><table><tr><td><a href='/'>首页</a> <a href='/news'>港闻</a></td></tr>"
        f"</table><h1>蜂场主出庭作证<br><br>称遭冒认买家骗货</h1><br><div class='content_medium'>{DISPATCH_LEAD}</div>"
        f"<br><div id='slot'></div><div class='content_medium'>{rest}</div></td></tr></table>"
        "<div class='foot'>版权所有 不得转载</div></body></html>"
    ).encode()


DISPATCH_LEAD = "【某报专讯】一名蜂场主称遭冒认批发商的男子骗去三百箱蜂蜜，昨日出庭作证，指对方以支票付款后失去联络。"
DISPATCH_REST = [
    "被告陈某（45岁）否认一项欺诈罪，案件昨日在区域法院续审。控方指被告于去年五月以公司名义订货。",
    "蜂场主供称，被告首次见面时出示名片，称在新界经营批发生意，每月可订购数百箱蜂蜜，价钱从优。",
    "他其后发现支票无法兑现，多次致电被告不果，遂向警方报案。案件押后至下周再审，被告获准保释。",
]


def test_a_dispatch_paragraph_in_a_block_of_its_own_opens_the_body() -> None:
    # A table-era page prints its dispatch paragraph (【某报专讯】…) in a block above the block of the rest, with
    # an empty slot between: the article opens with it.
    article = scraper.extract(_dispatch_page(), url="https://news.example.com/gaa1.htm", rules=False)
    assert article.paragraphs == [DISPATCH_LEAD, *DISPATCH_REST]


def test_trafilaturas_reading_regains_a_dispatch_paragraph_the_density_reading_holds_above_it() -> None:
    density = ["蜂场主出庭作证", DISPATCH_LEAD, *DISPATCH_REST]
    assert _with_dispatch_lead(DISPATCH_REST, density) == [DISPATCH_LEAD, *DISPATCH_REST]
    # A summary above the article opens with no dispatch: trafilatura's reading stays as it is.
    summary = "蜂场主称遭冒认批发商的男子骗去三百箱蜂蜜，昨日出庭作证。"
    assert _with_dispatch_lead(DISPATCH_REST, ["蜂场主出庭作证", summary, *DISPATCH_REST]) == DISPATCH_REST


def test_lines_of_a_related_headline_an_affiliation_and_buttons_are_prompt_lines() -> None:
    for line in (
        "相关阅读：某地地铁新线完成全线“热滑”试验", "【延伸阅读】：蜂蜜价格连续三月上涨",
        "（作者单位：某省某市某区人民检察院）", "（作者系某大学历史系教授）",
        "上一张下一张", "上一张 下一张", "我要爆料",
    ):
        assert is_prompt_line(line), line
    # A related item written as the article's sentence, and an article's word 爆料 in a sentence, stay.
    for line in ("相关阅读：据统计，全市地铁客流已超过百万人次。", "有网友向本报爆料称，该路段积水严重。"):
        assert not is_prompt_line(line), line


def test_a_byline_with_the_site_and_its_paper_joined_by_a_hyphen_names_the_reporter() -> None:
    assert byline_names("某某新闻网-某某日报记者 韦立新 通讯员 黄小琼") == "韦立新"


def test_a_byline_under_the_lead_pictures_caption_still_heads_the_text() -> None:
    # A lead picture's caption with its photographer's credit, then the byline line, then the text: the byline names
    # the author and is no paragraph; the caption is the article's.
    caption = "6月10日，某县一处芒果园里，果农在直播间向网友展示刚采摘的芒果。某某日报记者 韦立新 摄"
    byline = "某某新闻网-某某日报记者 韦立新 通讯员 黄小琼"
    page = (
        "<html><head><meta charset='utf-8'><title>早熟芒果上市 果园直播间成新渠道_某某新闻网</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/gx'>本地</a></div><div class='art'>"
        "<h1>早熟芒果上市 果园直播间成新渠道</h1><div class='info'>2023-06-12 08:46 来源：某某日报</div>"
        f"<div class='text'><p><img src='/m.jpg'></p><p>{caption}</p><p>{byline}</p>"
        + "".join(f"<p>{line}</p>" for line in PROSE)
        + "</div></div><div class='foot'>版权所有 某某新闻网</div></body></html>"
    ).encode()
    article = scraper.extract(page, url="https://www.example.com/gx/20230612/1.shtml")
    assert article.paragraphs == [caption, *PROSE]
    assert article.author == "韦立新"
