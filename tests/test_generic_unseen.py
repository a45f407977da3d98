"""The generic path on real-page classes no build page showed: each test is a small page written for the class."""

from __future__ import annotations

import pytest

import scraper
from scraper.extract.boilerplate import drop_boilerplate
from scraper.extract.clean import clean_lines, without_end_mark
from scraper.extract.density import best_container, density_paragraphs
from scraper.extract.generic import choose_body
from scraper.extract.layout import node_text
from scraper.extract.notices import (
    is_credit_line,
    is_follow_call,
    is_prompt_line,
    without_closing_calls,
    without_references,
)
from scraper.extract.tree import parse

NOTICE = [
    "某市社保函〔2021〕9号",
    "各参保单位：",
    "为方便参保单位办理业务，经研究决定，自2021年9月1日起调整社会保险经办窗口的服务时间，现将有关事项通知如下：",
    "一、工作日窗口服务时间调整为上午8:30至下午5:30，中午不休息，午间办理的业务与平时相同。",
    "二、每周六上午增设一个综合窗口，受理参保登记、信息变更和证明打印业务，其余业务仍在工作日办理。",
    "三、本通知自发布之日起施行，以往规定与本通知不一致的，以本通知为准。",
    "某市社会保险事业管理中心",
    "二〇二一年八月二十日",
]


def _table_page() -> str:
    """A table-era government page: the notice in a cell of the layout table, the site's footer in plain blocks
    below the table (what a reading without tables finds)."""
    menu = "".join(f'<tr><td><a href="/list/{n}.html">业务栏目{n}</a></td></tr>' for n in range(1, 9))
    notice = "".join(f"<p>{line}</p>" for line in NOTICE)
    return (
        "<html><head><title>关于调整社会保险经办窗口服务时间的通知</title></head><body>"
        '<table width="980"><tr><td width="200"><table>' + menu + "</table></td>"
        '<td width="780"><div id="text">'
        '<div>当前位置：<a href="/">首页</a> &gt; <a href="/news/">通知公告</a></div>'
        "<h2>关于调整社会保险经办窗口服务时间的通知</h2>"
        "<div>发布日期：2021-08-23</div><div>字体大小[ 大 中 小 ]</div>"
        + notice
        + "<div>[相关新闻]</div></div></td></tr></table>"
        '<div><p>| <a href="/about.html">关于我们</a> | <a href="/contact.html">联系我们</a> | <a href="/jobs.html">招聘信息</a> '
        '| <a href="/privacy.html">隐私声明</a> | <a href="/map.html">网站地图</a><br>'
        "版权所有 2003-2021 某市社会保险事业管理中心 某ICP备12345678号 建议使用1280×800分辨率、较新版本的浏览器浏览本站<br>"
        "服务热线：12333 电话接待时间：周一至周五8:30－17:30（法定节假日除外），其余时间请通过网上办事大厅留言<br>"
        "中心地址：某市某区某某路88号2号楼 邮编：100000 某某网络科技有限公司 技术支持与运行维护<br>"
        "本站所登载的政策文件以正式印发文本为准，转载本站内容请注明来源，未经书面授权不得用于任何商业用途<br>"
        "网上办事大厅、自助服务终端和手机客户端同步受理参保登记、信息变更和证明打印等业务</p></div>"
        "</body></html>"
    )


def test_an_article_in_a_layout_tables_cell_is_read_where_the_reading_without_tables_sees_only_the_footer() -> None:
    article = scraper.extract(_table_page().encode("utf-8"), "https://www.example.gov.cn/news/2021/0823.html")
    assert article.paragraphs == NOTICE


def test_choose_body_keeps_the_density_reading_of_a_table_cell_when_the_readings_disagree() -> None:
    footer = ["服务热线：12333 电话接待时间：周一至周五", "中心地址：某市某区某某路88号 邮编：100000"]
    assert choose_body(NOTICE, footer, in_table=True) == NOTICE
    # Outside a table the disagreement still goes to trafilatura's reading where it reads prose, as before ...
    other = ["据介绍，某区今年将新建和改造城市公园十二处，新增绿道长度约三十公里，方便市民就近休闲健身。"]
    assert choose_body(NOTICE, other) == other
    # ... but not where it reads no paragraph of prose at all, only the page's chrome.
    assert choose_body(NOTICE, footer) == NOTICE
    # And a table cell's reading shorter than trafilatura's does not win.
    assert choose_body(footer, NOTICE, in_table=True) == NOTICE


def test_clean_drops_a_font_size_control_and_a_bracketed_list_heading() -> None:
    lines = ["字体大小[ 大 中 小 ]", *NOTICE[2:6], "【相关新闻】"]
    assert clean_lines(lines, frozenset()) == NOTICE[2:6]
    # 大中小 inside a sentence is no control.
    own = "全市大中小学将于九月一日统一开学，各校字体规范教育同步开展。"
    assert clean_lines([*NOTICE[2:6], own], frozenset()) == [*NOTICE[2:6], own]


STORY = [
    "昨日傍晚，某区消防救援站接到报警，一处老旧居民楼的楼道内堆放的杂物起火，浓烟顺着楼梯向上蔓延。",
    "救援人员赶到后，先疏散了楼内的二十多名住户，随后用水枪在十分钟内扑灭了明火，没有人员受伤。",
    "据了解，起火原因是楼道里的电动车违规充电，消防部门提醒居民不要在楼道和室内给电动车充电。",
]
OTHER_CARD = (
    '<pre style="white-space:pre-wrap;display:block;border:3px solid blue;" title="推荐">'
    '<p><a href="https://news.example.com/20/0105/other-story.html">某地一小区电动车充电起火 物业被判担责</a></p>'
    "<p>一小区车棚内的电动车充电时起火，烧毁多辆车辆，法院审理后认定物业未尽管理义务，应承担部分责任。</p></pre>"
)


def _netease_page(paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{line}</p>" for line in paragraphs)
    return (
        "<html><head><title>老旧居民楼楼道杂物起火 二十多名住户被疏散_网易新闻</title>"
        '<meta property="article:published_time" content="2020-01-06T09:15:00+08:00"></head><body>'
        '<div class="post_content_main"><h1>老旧居民楼楼道杂物起火 二十多名住户被疏散</h1>'
        '<div class="post_time_source">2020-01-06 09:15:00　来源: 某某晚报</div>'
        '<div class="post_body"><div class="post_text" id="endText">'
        + body
        + OTHER_CARD
        + '<div class="ep-source">本文来源：某某晚报 <span class="ep-editor">责任编辑：王五_NN1234</span></div>'
        "</div></div></div></body></html>"
    ).encode("utf-8")


def test_an_other_articles_card_boxed_in_a_pre_among_the_paragraphs_goes_with_rules_on_and_off() -> None:
    url = "https://news.163.com/20/0106/09/F1AB23CD0001899O.html"
    page = _netease_page(STORY)
    for rules in (True, False):
        assert scraper.extract(page, url, rules=rules).paragraphs == STORY


SNOW = [
    "受冷空气影响，本市昨夜起出现大范围降雪，早高峰期间多条道路通行缓慢，部分公交线路临时绕行。",
    "交通部门凌晨起出动除雪车辆，对主干道和桥梁进行融雪作业，并提醒司机减速慢行、保持车距。",
    "气象部门表示，这是本地今年入冬以来范围最广的一次降雪，部分山区积雪深度超过十厘米。",
    "气象台预计，降雪将持续到明天上午，之后气温回升，积雪会逐步融化，夜间路面仍可能结冰。",
    "记者在城区多个路口看到，环卫工人清晨五点就上岗清扫积雪，人行道和公交站台已基本清理干净。",
    "教育部门通知，山区部分学校今天推迟一小时上课，校车行驶前须检查防滑链，确保学生出行安全。",
    "电力部门也加强了线路巡查，对覆冰较重的输电线路采取除冰措施，全市供电总体平稳，没有出现大面积停电。",
    "市民王女士说，自己多年没在城里见过这么大的雪，一早就带着孩子到公园堆雪人，拍了很多照片。",
]


LEAD = "一场大雪让城市按下慢行键，各部门连夜除雪保障出行。"


def _summary_page(box_class: str, description: str = "", box_tag: str = "div") -> bytes:
    paragraphs = "".join(f'<p class="txt">{line}</p>' for line in SNOW)
    meta = f'<meta name="description" content="{description}">' if description else ""
    return (
        f"<html><head><title>本市迎来入冬以来最大范围降雪_某某新闻</title>{meta}</head><body>"
        '<div class="nav"><a href="/">首页</a> <a href="/local/">本地</a> <a href="/society/">社会</a></div>'
        '<div class="main"><h1>本市迎来入冬以来最大范围降雪</h1>'
        '<div class="body">'
        f'<{box_tag} class="{box_class}">{LEAD}</{box_tag}>'
        + paragraphs
        + "</div></div></body></html>"
    ).encode("utf-8")


def test_a_box_named_a_summary_that_opens_the_article_block_is_no_body() -> None:
    url = "https://news.example.com/a/20240112/snow.html"
    for name in ("introduction", "article-summary"):
        assert scraper.extract(_summary_page(name), url).paragraphs == SNOW
    # An opening box not named so is the article's own first line, as before.
    kept = scraper.extract(_summary_page("lead-text"), url).paragraphs
    assert kept == [LEAD, *SNOW]


def test_a_box_that_prints_the_pages_description_above_the_article_paragraphs_is_no_body() -> None:
    # Whatever the box is named (here after its picture slot), the page's own description printed in a box
    # of its own above the article's <p> paragraphs is the template's summary of the article.
    url = "https://news.example.com/a/20240112/snow.html"
    assert scraper.extract(_summary_page("pic-slot", LEAD), url).paragraphs == SNOW
    # The same words in a <p> like the others are the article's first paragraph, which the description repeats.
    kept = scraper.extract(_summary_page("txt", LEAD, box_tag="p"), url).paragraphs
    assert kept == [LEAD, *SNOW]
    # A box whose words are not the description is the article's own first line, as before.
    assert scraper.extract(_summary_page("pic-slot", "本地新闻"), url).paragraphs == [LEAD, *SNOW]


def test_a_wrappers_own_text_leaves_out_its_html5_sections() -> None:
    # A page's wrapper holding <header> and <main> as children: their text is no line of the wrapper's own, so
    # the wrapper does not outscore the block that holds the article (its text counted twice).
    story = "<br>".join(SNOW[:2])
    html = (
        '<html><body><div class="wrap"><header><h1>本市迎来入冬以来最大范围降雪</h1><div>发布时间：2024/01/12 08:15</div>'
        f'</header><main><div class="txt"><p>{story}</p></div></main></div></body></html>'
    )
    container = best_container(parse(html, None))
    assert container is not None and container.get("class") == "txt"


def test_clean_drops_a_notice_of_helplines_closing_the_article() -> None:
    story = SNOW[:3]
    notice = ["◆某某新闻提醒您：", "生活再难，也请给自己一次机会", "心理援助专线：400-000-0000（24小时）", "生命热线：12355"]
    assert clean_lines([*story, *notice], frozenset()) == story
    # The traditional forms.
    notice = ["★本報關心您：", "心理關懷專線：0800-111-222", "青年諮詢專線：0800-333-444"]
    assert clean_lines([*story, *notice], frozenset()) == story
    # One hotline line closing a notice is its contact, not a notice of helplines.
    contact = [*story, "市民如有疑问，可在工作日拨打下列电话咨询。", "政务服务热线：12345"]
    assert clean_lines(contact, frozenset()) == contact


def test_clean_drops_a_reports_credit_line_printed_over_its_text() -> None:
    story = SNOW[:3]
    caption = "▲市區主要道路一早就有除雪車輛作業。（圖／記者王小明攝）"
    for credit in ("記者王小明／台北報導", "地方中心／綜合報導", "记者王小明／北京报道"):
        assert clean_lines([caption, credit, *story], frozenset()) == [caption, *story]
    # A sentence that opens with such words is text.
    own = "記者王小明／台北報導指出，今年入冬以來的降雪天數比往年多出一倍。"
    assert clean_lines([own, *story], frozenset()) == [own, *story]


def test_a_head_picture_in_a_box_beside_the_articles_box_keeps_its_caption() -> None:
    caption = "市区主干道上，除雪车辆正在清理路面积雪。（记者 王小明 摄）"
    paragraphs = "".join(f"<p>{line}</p>" for line in SNOW)
    tags = "".join(f'<a href="/tag/{n}.html">标签{n}</a> ' for n in range(1, 7))
    html = (
        '<html><head><title>本市迎来入冬以来最大范围降雪</title></head><body><div class="main">'
        "<h1>本市迎来入冬以来最大范围降雪</h1>"
        f'<div class="pic"><img src="/img/snow.jpg"><figcaption>{caption}</figcaption></div>'
        f'<div class="box"><div class="txt">{paragraphs}</div><div class="kw">关键词：{tags}</div></div>'
        "</div></body></html>"
    )
    article = scraper.extract(html.encode("utf-8"), "https://news.example.com/a/20240112/snow.html")
    assert article.paragraphs == [caption, *SNOW]


def test_a_comment_boards_rules_are_no_article_beside_a_short_one() -> None:
    # A discussion area holding its board's rules, long enough to read as prose: a numbered list whose items
    # mostly open with 请勿 / 禁止 / 不得.
    story = "本市某区一处老旧小区昨日下午发生燃气泄漏，物业和燃气公司人员及时赶到，关闭阀门并疏散了两栋楼的住户，没有人员受伤。"
    rules = [
        "1、请勿在讨论区张贴与本条新闻无关的长篇文字，离题太远的帖子会被折叠，多次提醒无效的将暂停发帖",
        "2、请勿晒出邻居、同事或任何第三方的门牌号、车牌号和手机号码，这类帖子管理员一律直接屏蔽",
        "3、禁止借讨论区招揽生意，包括兜售二手物品、代办证件、推销保险理财和发布各类兼职信息",
        "4、不得用同一个账号或者多个马甲账号连续刷屏，也不要在短时间内把同一句话复制到多条新闻下面",
        "5、请勿使用侮辱性的外号称呼他人，不同意见可以讨论，但请就事论事，不要针对发言的人本身",
        "6、欢迎补充现场见闻，但照片请注明拍摄时间和大致地点，方便其他读者判断信息是否可靠",
        "7、禁止冒充记者、编辑或政府工作人员发帖，一经查实，账号将被永久关闭且不再恢复",
        "8、讨论区的精选内容可能被摘录进后续报道，发帖即视为同意本站在注明昵称后引用",
    ]
    board = (
        '<div id="discuss-comments"><h3>网友讨论区</h3><div class="board-notes">'
        "<p>参与讨论前，请花一分钟看看下面几条约定，它们是为了让这里保持清爽、可信：</p>"
        "<ol>" + "".join(f"<li>{line}</li>" for line in rules) + "</ol>"
        "<p>管理员每天早晚各巡查一次，发现问题的帖子会在巡查时统一处理，感谢每一位认真发言的读者。</p>"
        "</div></div>"
    )
    html = (
        "<html><head><title>老旧小区燃气泄漏 住户及时疏散</title></head><body>"
        "<h1>老旧小区燃气泄漏 住户及时疏散</h1>"
        f'<article class="text"><p>{story}</p></article>{board}</body></html>'
    )
    # The density reading, which stands when trafilatura's falls back to flattened lines, reads the article.
    lines, _container = density_paragraphs(parse(html, None))
    assert lines == [story]
    article = scraper.extract(html.encode("utf-8"), "https://news.example.com/a/20240301/gas.html")
    assert article.paragraphs == [story]


def test_clean_drops_a_notice_of_helplines_that_lists_a_lifeline_by_its_name() -> None:
    notice = ["◆本報提醒您：難過時請找人聊聊", "心理關懷專線：0800-111-222", "生命線：1234", "青年諮詢專線：0800-333-444"]
    assert clean_lines([*SNOW[:3], *notice], frozenset()) == SNOW[:3]


def test_clean_drops_a_notice_of_helplines_that_lists_any_helpline_by_its_organisations_name() -> None:
    notice = ["◆本報提醒您：難過時請找人聊聊", "心理關懷專線：0800-111-222", "希望之家：1234", "青年諮詢專線：0800-333-444"]
    assert clean_lines([*SNOW[:3], *notice], frozenset()) == SNOW[:3]
    # A name and a number read as a helpline only in a run that two helpline lines make: an article's contact
    # lines with one hotline stay.
    contact = [*SNOW[:3], "报名电话：0571-1234567", "咨询热线：0571-7654321"]
    assert clean_lines(contact, frozenset()) == contact


def test_clean_drops_a_call_to_follow_the_outlets_account_closing_the_article() -> None:
    story = SNOW[:3]
    for call in (
        "想看更多本地消息，欢迎搜索关注本报微信公众号：某某晚报（moumou_wb）。",
        "想知道明天去哪玩？請讚好本網Facebook專頁",
        "記得訂閱我們的YouTube頻道",
        "追蹤某某新聞IG，掌握第一手消息",
        # an account's word in traditional characters, read folded
        "歡迎關注我們的小紅書",
        # a follow box's heading with its accounts listed after it, and one entry of that list
        "◆ 追蹤更多某某新聞： 1.用Plurk追蹤某某新聞：追蹤 2.用Twitter追蹤某某新聞：追蹤",
        "2.用Twitter追蹤某某新聞：追蹤",
    ):
        assert clean_lines([*story, call], frozenset()) == story
    # An article's sentence about an account keeps its subject before the verb.
    own = "气象台提醒，市民可关注气象台微博获取最新的道路结冰预警。"
    assert clean_lines([*story, own], frozenset()) == [*story, own]
    assert not is_follow_call("記者追蹤更多線索，發現這批貨早已運往外地。")


def test_a_rules_body_drops_a_closing_call_to_follow_and_keeps_one_mid_body() -> None:
    story = SNOW[:3]
    assert without_closing_calls([*story, "欢迎关注某某财经微博", "請讚好我們的Facebook"]) == story
    assert without_closing_calls([story[0], "關注某某新聞LINE官方帳號", *story[1:]]) == [
        story[0], "關注某某新聞LINE官方帳號", *story[1:]
    ]
    # A line naming an account inside a Latin word, or a long paragraph that mentions following one, is no call.
    assert not is_follow_call("请关注 online 报名的截止时间")
    assert not is_follow_call("市交通部门表示，" + "道路除雪作业将持续到周末，" * 5 + "请关注交警微博。")


def test_clean_drops_a_label_with_nothing_after_it() -> None:
    # The row's value was a widget or a script slot the reading left out: the font-size buttons after 字級：, the
    # names of a byline row a script fills in.
    story = SNOW[:3]
    for labels in (["字級："], ["字級"], ["記者：", "攝影："], ["作者：", "发布日期："], ["通訊員："]):
        assert clean_lines([*labels, *story], frozenset()) == story
    # A time label with its clock alone closing the text (the day is in the row under the headline).
    assert clean_lines([*story, "建立時間：14:56", "更新時間：18:46"], frozenset()) == story
    assert clean_lines([*story, "开幕时间：14:56"], frozenset()) == [*story, "开幕时间：14:56"]
    # A traditional label is read folded, whatever characters of it the fold knows: 發佈 is 发布.
    for labels in (["發佈時間："], ["發佈日期：", "字級："]):
        assert clean_lines([*labels, *story], frozenset()) == story
    # A lead-in of the article's own names no byline or page field, and stays.
    lead_in = [story[0], "交通部门提醒：", *story[1:]]
    assert clean_lines(lead_in, frozenset()) == lead_in


def test_a_slogan_line_a_related_headline_quotes_stays_in_the_body() -> None:
    # A video article's script, one short centred line a paragraph; the related list under it links another
    # article whose headline opens with one of those lines. The line is the article's, not a piece of that link.
    lines = [
        "近代以后，我们的民族历经磨难，中华民族到了最危险的时候。",
        "一九二一年，中国共产党应运而生，从此中国人民有了主心骨。",
        "新时代是奋斗者的时代",
        "幸福都是奋斗出来的，奋斗本身就是一种幸福，只有奋斗的人生才称得上幸福的人生。",
        "我们要继续书写伟大奋斗的历史新篇章，让每一个人都有人生出彩的机会。",
    ]
    related = "".join(
        f'<li><a href="/sz/2018{n:02d}/t2018{n:02d}20_1{n}.htm">{title}</a></li>'
        for n, title in enumerate(
            ("新时代是奋斗者的时代——写在党的十九大召开一周年之际", "青年志愿者走进社区开展便民服务活动", "高校开学第一课聚焦科技自立自强"),
            start=1,
        )
    )
    html = (
        "<html><head><title>微视频《奋斗》</title></head><body><h1>微视频《奋斗》</h1>"
        "<div class='info'>2018-03-23 13:41:00　来源：人民日报</div><div class='text'>"
        + "".join(f'<p align="center">{line}</p>' for line in lines)
        + f"</div><div class='related'><h3>相关新闻</h3><ul>{related}</ul></div></body></html>"
    )
    paragraphs = scraper.extract(html, url="http://news.example.cn/sz/201803/t20180323_1.htm").paragraphs
    assert "新时代是奋斗者的时代" in paragraphs
    assert not any("写在党的十九大" in paragraph for paragraph in paragraphs)


def test_a_page_wrapper_named_for_navigation_keeps_its_article_when_written_without_indentation() -> None:
    # The site's container is named for its navigation variant (int-nav) and holds the menus and the article;
    # its text is a third links. Written with indentation, the padding hid that share; minified, the whole
    # wrapper was dropped as navigation, article and all.
    menu = "".join(f'<li><a href="/zhongwen/{n}/">栏目导航第{n}项链接</a></li>' for n in range(1, 31))
    lines = [
        f"第{n}段：特区政府今日公布新一轮公共房屋计划，预计未来五年内兴建约三万个单位，以回应市民对住屋的迫切需求。"
        for n in range(1, 9)
    ]
    html = (
        "<html><head><title>特区公布公共房屋计划</title></head><body>"
        f'<div id="container" class="site-wide int-nav"><div class="menu"><ul>{menu}</ul></div>'
        "<h1>特区公布公共房屋计划</h1><div class='story-body'>"
        + "".join(f"<p>{line}</p>" for line in lines)
        + "</div></div></body></html>"
    )
    root = parse(html)
    drop_boilerplate(root)
    assert [node_text(p) for p in root.iter("p")] == lines
    assert scraper.extract(html, url="https://www.example.co.uk/zhongwen/simp/news/1.shtml").paragraphs == lines


def _tool_row_page(row: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in SNOW)
    return (
        "<html><head><title>本市迎来入冬以来最大范围降雪</title></head><body><h1>本市迎来入冬以来最大范围降雪</h1>"
        f'<div class="main"><div class="article">{paragraphs}<div class="tools">{row}</div></div></div></body></html>'
    )


def test_an_error_report_button_under_the_article_is_no_body() -> None:
    # A page tool's button (【纠错】, a link the page scripts) under the article's last paragraph, as 【打印】 is,
    # printed on one line with the editor's tag.
    row = '<span class="tip"><a href="javascript:void(0);" class="fix">【纠错】</a></span>\n<span>【责任编辑：王五】</span>'
    assert scraper.extract(_tool_row_page(row), "https://news.example.com/a/1.html").paragraphs == SNOW


def test_a_closing_bracket_the_source_broke_onto_a_line_of_its_own_closes_the_line_above() -> None:
    # The editor's tag written across two source lines (【责任编辑：王五 and 】): the bracket closes the tag,
    # which goes as the editor's line, not a line of the article.
    row = "<span>【责任编辑：王五\n】</span>"
    article = scraper.extract(_tool_row_page(row), "https://news.example.com/a/1.html")
    assert article.paragraphs == SNOW


def _sections_page(wrapper: str) -> str:
    """An article printed in sections, a heading over each section's block of paragraphs, each block inside
    `wrapper` (a plain <div> or nothing): what a browser shows is the same either way."""
    opened, closed = ("<div>", "</div>") if wrapper else ("", "")
    sections = [
        ("一、降雪", SNOW[:2]), ("二、道路", SNOW[2:4]), ("三、供电", SNOW[4:5]),
    ]
    blocks = "".join(
        f"<h3>{heading}</h3>{opened}<div class='sec'>" + "".join(f"<p>{line}</p>" for line in lines) + f"</div>{closed}"
        for heading, lines in sections
    )
    return (
        '<html><body><div class="nav"><a href="/">首页</a> <a href="/local/">本地</a></div>'
        f'<div class="main"><h1>本市迎来入冬以来最大范围降雪</h1><div class="article">{blocks}</div></div>'
        '<div class="foot"><p>主办单位：某某日报社</p></div></body></html>'
    )


def test_a_plain_div_around_each_section_of_the_article_does_not_move_the_density_container() -> None:
    # The article's sections are blocks of paragraphs under their headings; a template (or a redesign) that
    # wraps each block in one more plain <div> shows the same page, and the reading keeps every section and
    # heading: the block that holds the sections stays the article's.
    expected = ["一、降雪", *SNOW[:2], "二、道路", *SNOW[2:4], "三、供电", *SNOW[4:5]]
    for wrapper in ("", "div"):
        paragraphs, _container = density_paragraphs(parse(_sections_page(wrapper), None))
        assert paragraphs == expected, wrapper


def _dated_page(row: str) -> str:
    """The snow article under its headline, with `row` (the byline row whose date is tested) between them."""
    paragraphs = "".join(f"<p>{line}</p>" for line in SNOW)
    return (
        "<html><head><title>本市迎来入冬以来最大范围降雪</title></head><body><h1>本市迎来入冬以来最大范围降雪</h1>"
        f"{row}<div class='content'>{paragraphs}</div></body></html>"
    )


def test_a_time_element_under_the_headline_states_the_publish_time_its_row_prints_as_a_relative_time() -> None:
    # The row prints how long ago the article was posted (昨天); its <time> element states the time itself.
    html = _dated_page("<div class='info'><time datetime='2024-01-12T08:15:00+08:00'>昨天</time> 某某日报</div>")
    article = scraper.extract(html, "https://news.example.com/a/snow.html", rules=False)
    assert article.published_at == "2024-01-12T08:15:00+08:00"


def test_a_date_printed_without_its_year_takes_the_year_of_the_day_the_address_files_the_page_under() -> None:
    # 01-12 08:15 under the headline, no update time on the page: the address's /20240112/ gives the year.
    html = _dated_page("<div class='info'>01-12 08:15 来源：某某日报</div>")
    article = scraper.extract(html, "https://news.example.com/a/20240112/snow.html", rules=False)
    assert article.published_at == "2024-01-12T08:15+08:00"


def test_a_row_that_prints_the_update_time_before_the_publish_time_gives_the_publish_time() -> None:
    # 更新时间 first, 发布时间 after it (or 编辑于 over 发布于, Edited / Last modified over Published / Posted): the
    # first date of the row is the update.
    for row in (
        "<div>更新时间：2024-01-13 10:00 发布时间：2024-01-12 08:15</div>",
        "<div>编辑于 2024-01-13 10:00</div><div>发布于 2024-01-12 08:15</div>",
        "<div><span>更新时间：</span><span>2024-01-13 10:00</span> <span>发布时间：</span><span>2024-01-12 08:15</span></div>",
        "<div>Edited 2024-01-13 10:00 Published 2024-01-12 08:15</div>",
        "<div>Last modified: 2024-01-13 10:00 Posted: 2024-01-12 08:15</div>",
    ):
        article = scraper.extract(_dated_page(row), "https://news.example.com/a/snow.html", rules=False)
        assert article.published_at == "2024-01-12T08:15+08:00", row


def test_a_title_cut_short_is_completed_by_the_headline_the_page_prints() -> None:
    # The <title> only begins the headline (本市迎来入冬以来最大…); the page prints it whole in a block no name
    # marks as the title.
    paragraphs = "".join(f"<p>{line}</p>" for line in SNOW)
    html = (
        "<html><head><title>本市迎来入冬以来最大…_某某网</title></head><body><div class='top'><a href='/'>首页</a></div>"
        "<div class='tt'>本市迎来入冬以来最大范围降雪</div><div>2024-01-12 08:15</div>"
        f"<div class='content'>{paragraphs}</div></body></html>"
    )
    assert scraper.extract(html, "https://news.example.com/a/snow.html", rules=False).title == "本市迎来入冬以来最大范围降雪"


def test_a_reading_that_stops_inside_the_article_does_not_win_over_the_whole_article() -> None:
    # Our 2019 NetEase page with its in-body ad box left unclosed (the paragraphs after it fall inside the box) and
    # every block of paragraphs wrapped in one more plain <div>: a browser shows the same page. trafilatura then
    # stops at the box and reads on from the comment area; the density reading holds the whole article.
    from pathlib import Path

    from bench.perturb import wrap

    page = (Path(__file__).parent.parent / "fixtures" / "netease_2019" / "source.html").read_text(encoding="utf-8")
    unclosed = page.replace('class="ad_hover_href"></a>\n</div>', 'class="ad_hover_href"></a>\n', 1)
    assert unclosed != page
    plain = scraper.extract(unclosed, None, rules=False).paragraphs
    assert scraper.extract(wrap(unclosed), None, rules=False).paragraphs == plain


SHORT_REPORT = [
    "某品牌充电宝日前在一处商场内冒烟起火，厂商当晚发布公告，宣布对两个批次的产品提供免费更换服务。",
    "厂商在公告中表示，受影响的用户约有十万名，客服热线和线上平台的咨询量在公告发出后大幅增加。",
    "厂商同时提醒用户，在更换之前应停止使用相关批次的产品，并将其放置在远离易燃物品的地方。",
    "消防部门表示，充电宝起火多与电芯质量有关，市民购买时应选择正规渠道并查看产品的认证标志。",
]
LEAD_CAPTION = "某品牌充电宝日前在商场内冒烟起火，厂商宣布对两个批次的产品免费更换。（图／读者提供）"


def _lead_picture_page() -> str:
    """A portal article whose lead picture sits in a box of its own above the row that holds the article's block
    (beside a column of share buttons): the picture's caption is the article's, outside the article's block."""
    share = "".join(f'<li><a href="javascript:;">分享{n}</a></li>' for n in range(1, 6))
    body = "".join(f"<p>{line}</p>" for line in SHORT_REPORT)
    return (
        "<html><head><title>某品牌充电宝起火 厂商宣布免费更换</title></head><body>"
        '<div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a> <a href="/life/">生活</a></div>'
        '<header><h1>某品牌充电宝起火 厂商宣布免费更换</h1><div class="meta">2023-08-25 19:04 某某新闻网</div></header>'
        '<div class="column-left"><div class="main-figure"><figure>'
        f'<div class="photo-container"><img src="/photo/2023/0825/a1.jpg" alt="{LEAD_CAPTION}"></div>'
        f"<figcaption>{LEAD_CAPTION}</figcaption></figure></div>"
        '<div class="row"><div class="col-1"><ul class="social-share">' + share + "</ul></div>"
        '<div class="col-11"><div class="article-body">' + body + "</div></div></div></div>"
        '<div class="footer">版权所有 某某新闻网 2023</div>'
        "</body></html>"
    )


def test_a_lead_pictures_caption_above_the_articles_block_is_read_with_the_article() -> None:
    article = scraper.extract(_lead_picture_page().encode("utf-8"), "https://news.example.com/2023/0825/a1.html")
    assert article.paragraphs == [LEAD_CAPTION, *SHORT_REPORT]


def test_choose_body_weighs_the_density_reading_without_its_lead_captions() -> None:
    with_caption = [LEAD_CAPTION, *SHORT_REPORT]
    assert choose_body(with_caption, SHORT_REPORT, captions=frozenset({LEAD_CAPTION})) == with_caption
    # The same extra line, not a caption, is padding: trafilatura's shorter reading wins, as before.
    assert choose_body(with_caption, SHORT_REPORT) == SHORT_REPORT


QUOTE_LEAD = "近日有不少读者来信询问某市图书馆为何只在周末延长开放时间，馆方负责人对此作出了说明。"
QUOTED = [
    "我们很希望能让更多读者在工作日的晚上也来馆里看书，但延长开放时间需要增加人手和安保。",
    "问：为什么这次只在周末延长开放时间？",
    "答：周末的到馆人数是工作日的三倍左右，先在周末试行，可以用有限的人手服务最多的读者。试行期间我们会统计每个时段的到馆人数，根据数据决定下一步的安排。",
    "如果试行的效果良好，我们计划从明年春天起把工作日的闭馆时间也推迟两个小时，并同步开放自助借还服务。",
]


def _quote_card_page() -> str:
    """An article that opens with one paragraph and then quotes a statement in a card of its own inside the
    article's block: the speaker's picture, name and role in one box, the quoted paragraphs in another."""
    quoted = "".join(f"<p>{line}</p>" for line in QUOTED)
    return (
        "<html><head><title>图书馆回应：为何只在周末延长开放</title></head><body>"
        '<div class="nav"><a href="/">首页</a> <a href="/city/">城市</a> <a href="/culture/">文化</a></div>'
        "<h1>图书馆回应：为何只在周末延长开放</h1><div>2021-03-05 10:20:30 来源：某某日报</div>"
        f'<div id="text"><p>{QUOTE_LEAD}</p><br />'
        '<div class="quote-card"><div class="speaker"><div class="portrait"><img src="/img/face.gif"></div>'
        '<div class="name">馆方</div><div class="role">负责人</div></div>'
        f'<div class="quote-content">{quoted}</div></div></div>'
        '<div class="footer">版权所有 某某日报 2021</div>'
        "</body></html>"
    )


def test_an_articles_opening_above_a_quote_card_in_its_block_is_read_with_the_quote() -> None:
    article = scraper.extract(_quote_card_page().encode("utf-8"), "https://news.example.com/2021/0305/q1.html")
    assert article.paragraphs == [QUOTE_LEAD, *QUOTED]


ESSAY = [
    "很多人以为拖延是因为懒，其实更常见的原因是害怕做不好，于是干脆不开始[1]。",
    "把任务拆成足够小的一步，往往是走出拖延的第一步[2]。",
]


def test_a_reference_list_closing_an_essay_goes_and_its_markers_stay() -> None:
    references = [
        "参考文献：",
        "[1] 某甲. 青年群体拖延心理的成因[J]. 某某心理学刊, 2012(3).",
        "[2] 某乙, 某丙. 任务分解与行动启动[M]. 某地: 某某出版社, 2016.",
    ]
    assert clean_lines([*ESSAY, *references], frozenset()) == ESSAY
    assert without_references([*ESSAY, *references]) == ESSAY


def test_a_references_heading_with_no_entry_after_it_stays() -> None:
    lines = [*ESSAY, "参考文献：", "这些研究都指向同一个结论：开始比完美更重要。"]
    assert without_references(lines) == lines


def test_the_density_reading_ends_at_the_editors_tag_when_trafilatura_holds_nothing_after_it() -> None:
    from scraper.extract.vote import closed_by_editor

    tag = "【责任编辑:周亮】"
    other = ["相关新闻", "某市另一篇报道的摘要，讲述了消防部门在另一个小区开展的检查。", "2021-09-13"]
    # A summary of another article on the same story may repeat one of this article's lines: the cut still holds.
    repeated = [*other, STORY[1], "2021-09-12"]
    assert closed_by_editor([*STORY, tag, *repeated], STORY) == [*STORY, tag]
    # Lines after the tag that trafilatura prints as they are (an editor's note) are the article's: nothing is cut.
    note = "记者手记：这次采访中，多位居民表示愿意把楼道里的杂物清理干净。"
    assert closed_by_editor([*STORY, tag, note], [*STORY, note]) == [*STORY, tag, note]
    # A tag at the top is the page's info row, no end.
    assert closed_by_editor([tag, *STORY, *other], STORY) == [tag, *STORY, *other]


def test_a_staff_line_with_the_writer_and_a_reviewer_closing_the_article_goes() -> None:
    staff = "文/某某某 图/某某 审核/某某某"
    assert clean_lines([*ESSAY, staff], frozenset()) == ESSAY


def test_the_writers_own_byline_with_the_pictures_credit_is_no_staff_line() -> None:
    assert not is_credit_line("文/某某某 图/某某")
    assert is_credit_line("文/某某某 图/某某 审核/某某某")


def test_a_videos_crew_credited_line_by_line_closing_it_goes() -> None:
    crew = ["策划：某某某 某某", "制片：某某某", "编导：某某 某某某", "配音：某某某", "某某社音视频部制作", "某某通讯社出品"]
    for line in crew:
        assert is_credit_line(line), line
    assert clean_lines([*ESSAY, *crew], frozenset()) == ESSAY
    # A sentence about a film's making is no credit.
    assert not is_credit_line("这部纪录片由市电视台与某某大学联合制作。")


@pytest.mark.parametrize(
    "line",
    [
        # a site's thanks to the reader who sent the tip, above the article, whoever is thanked
        "感谢某某之家网友 江南小雨 的线索投递！",
        "感谢网友某某的爆料",
        # a WeChat article's reader controls, left in a copy of its text
        "继续滑动看下一个轻触阅读原文",
        "某某公安向上滑动看下一个",
        "阅读原文",
        "预览时标签不可点",
        # the outlet's line for readers' tips
        "■某報報料熱線﹕tips@example.com / 9181 0000",
        "爆料邮箱：tips@example.com",
    ],
)
def test_a_sites_standing_line_to_its_readers_is_a_prompt_line(line: str) -> None:
    assert is_prompt_line(line)


@pytest.mark.parametrize(
    "line",
    ["他说，感谢大家多年来的支持，今后会继续把店开下去。", "阅读原文件后，他发现其中有两处错误。", "记者从报料热线了解到，当天共接到二十多个电话。"],
)
def test_an_articles_sentence_with_the_same_words_is_no_prompt_line(line: str) -> None:
    assert not is_prompt_line(line)


def test_staff_credits_printed_in_brackets_closing_the_text_go() -> None:
    for credits in ("（编译：某某 审校：某某某）", "（图/某某 编辑/某某 审核/某某某）"):
        assert is_credit_line(credits), credits
        assert clean_lines([*ESSAY, credits], frozenset()) == ESSAY
    # One bracketed credit closing a paragraph is the writer's byline, kept as printed.
    assert not is_credit_line("（文/某某某）")


def test_a_rules_body_ends_at_the_authors_end_mark() -> None:
    # The mark (- END -) and the account's promo after it go; a mark before more text than the article closed a part.
    promo = ["往期精彩", "点击右上角“关注”，获取更多资讯"]
    assert without_end_mark([*ESSAY, "- END -", *promo]) == ESSAY
    parted = [ESSAY[0], "- END -", *ESSAY[1:], *ESSAY]
    assert without_end_mark(parted) == parted


def test_a_data_columns_credits_line_closing_the_article_goes() -> None:
    # The writer's and the chart designer's credits of a data column (作者 | 某某 设计 | 某某): a credits block.
    credits = "作者 | 某某某\u3000设计 | 某某"
    assert is_credit_line(credits)
    assert clean_lines([*ESSAY, credits], frozenset()) == ESSAY
    # One credit alone is a byline, not staff credits.
    assert not is_credit_line("作者 | 某某某")


def test_an_outlet_announcing_its_own_account_closing_the_article_goes() -> None:
    promo = "某某中文有Instagram！欢迎搜寻abc.news，看更多深度解析的图文与影音。"
    assert is_follow_call(promo)
    assert clean_lines([*ESSAY, promo], frozenset()) == ESSAY
    assert not is_follow_call("网友在微博上说，欢迎关注此事进展。")


CLIPPED = "clip-path:inset(100%);clip:rect(1px,1px,1px,1px);"


def _screen_reader_page(clip: str = CLIPPED) -> str:
    """A lead picture whose caption opens with a label the page's style sheet clips (`clip`) for screen readers."""
    body = "".join(f"<p>{line}</p>" for line in SHORT_REPORT)
    return (
        "<html><head><title>某品牌充电宝起火 厂商宣布免费更换</title>"
        f"<style>.a1b2{{{clip}height:1px;overflow:hidden;"
        "position:absolute;width:1px}</style></head><body>"
        '<header><h1>某品牌充电宝起火 厂商宣布免费更换</h1><time datetime="2023-08-25">2023年8月25日</time></header>'
        '<main><figure><img src="/photo/2023/0825/a1.jpg" alt="">'
        f'<figcaption><span class="a1b2">图片说明，</span>{LEAD_CAPTION}</figcaption></figure>'
        + body + "</main></body></html>"
    )


@pytest.mark.parametrize("clip", [CLIPPED, "clip: rect(0 0 0 0);", "clip:rect(0,0,0,0);", "clip-path: inset(50%);"])
def test_a_label_the_style_sheet_clips_away_is_no_text(clip: str) -> None:
    article = scraper.extract(_screen_reader_page(clip).encode("utf-8"), "https://news.example.com/2023/0825/a1.html")
    assert not any("图片说明" in line for line in article.paragraphs)
    assert LEAD_CAPTION in "".join(article.paragraphs)


def test_a_label_the_style_sheet_crops_to_a_visible_part_stays() -> None:
    # A crop to a visible region (rect(10px, 200px, …)) shows the text: only a clip to nothing hides it.
    page = _screen_reader_page("clip:rect(10px,200px,60px,0);")
    assert any("图片说明" in line for line in scraper.extract(page.encode("utf-8"), None).paragraphs)
