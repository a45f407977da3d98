"""Labelled metadata as pages print it (extract/labels.py, the info and editor lines of dom.py)."""

from __future__ import annotations

import pytest

import scraper
from scraper.extract.clean import clean_lines
from scraper.extract.dom import editor_line, info_source
from scraper.extract.labels import byline_names, clean_title, closing_author, dispatch_author, label_value
from scraper.extract.tree import parse


def test_a_value_stops_at_the_next_label_run_into_it() -> None:
    # Two spans side by side: <span>本文来源：… 作者：王然</span><span>责任编辑：丁广胜_NT1991</span>.
    assert label_value("本文来源：网易科技报道 作者：王然责任编辑：丁广胜_NT1991", "author") == "王然"
    assert label_value("来源：责任编辑：王五", "source") is None


def test_a_place_in_brackets_keeps_its_closing_bracket_until_the_source_is_cleaned() -> None:
    assert label_value("2016-04-12 08:21:45 来源: 新京报(北京) 参与", "source") == "新京报(北京)"
    assert label_value("（来源：新华社）", "source") == "新华社"


def test_page_tools_after_a_byline_are_no_names() -> None:
    assert label_value("作者：王辛夷 已推荐", "author") == "王辛夷"
    assert label_value("作者：杜卿卿 李隽", "author") == "杜卿卿 李隽"


def test_a_trainees_or_stringers_mark_after_the_name_is_no_part_of_it() -> None:
    for mark in ("（实习）", "(实习生)", "（特约）"):
        assert label_value(f"作者：江小禾{mark} 责编：林木", "author") == "江小禾", mark
    # Any note in brackets after the name is no part of it (the writer's city or profession, as the written
    # pages' golds read 文：某某（城市交通研究者））; a bracket that is more than a note stays, as printed.
    assert label_value("作者：江小禾（北京）", "author") == "江小禾"
    assert label_value("作者：江小禾（北京）等", "author") == "江小禾（北京）等"


def test_a_two_character_name_padded_to_three_is_one_name() -> None:
    # Typesetting pads a two-character name with an ideographic space to line up with three-character ones.
    assert label_value("作者：孙\u3000敏 2021-04-06", "author") == "孙敏"
    assert label_value("责任编辑：钱 进", "editor") == "钱进"
    assert label_value("作者：孙敏 周一帆", "author") == "孙敏 周一帆"


def test_a_label_with_no_value_does_not_take_the_next_label() -> None:
    # An empty 作者： followed by another element's own label (转载请注明：<link>).
    assert label_value("来源：城市晨报 时间：2021-04-06 作者： 转载请注明： 本文链接", "author") is None


def test_share_targets_and_a_staff_role_after_a_byline_are_no_names() -> None:
    assert label_value("作者：林一帆 微信 微博", "author") == "林一帆"
    assert label_value("作者：林一帆 我要纠错", "author") == "林一帆"
    # The names after a role (晨报编辑 周亮) are that role's, not the reporter's.
    assert label_value("作者：晨报记者 林一帆 晨报编辑 周亮", "author") == "林一帆"


def test_an_editor_credited_after_the_reporter_in_a_byline_is_no_author() -> None:
    assert byline_names("晨报记者 林一帆 晨报编辑 周亮") == "林一帆"
    assert byline_names("晨报记者 林一帆 周亮") == "林一帆 周亮"


def test_the_reporters_role_before_a_labelled_name_is_no_part_of_it() -> None:
    assert label_value("作者：本报记者 林一帆", "author") == "林一帆"
    assert label_value("作者：记者 林一帆 周亮", "author") == "林一帆 周亮"


def _page(info: str, extra: str = "") -> str:
    return f"<html><body><h1>标题</h1><div class='post_info'>{info}</div>{extra}</body></html>"


def test_the_linked_source_wins_over_an_ip_tag_printed_right_after_it() -> None:
    root = parse(_page("2024-05-20 10:15:42　来源: <a href='https://example.com/'>扬子晚报</a><span>江苏</span> 举报"))
    assert info_source(root) == "扬子晚报"


def test_a_bare_name_in_an_element_named_source_is_the_source() -> None:
    root = parse("<html><body><div class='info'><span class='source js-source'>红网</span>"
                 "<span class='time'>2023-05-12 09:31</span></div></body></html>")
    assert info_source(root) == "红网"
    dated = parse("<html><body><span class='source'>2023-05-12 红网</span></body></html>")
    assert info_source(dated) is None
    listed = parse("<html><body><ul><li><a href='/a/1.html'>另一篇文章的标题</a><span class='source'>城市快报</span></li></ul></body></html>")
    assert info_source(listed) is None


def test_the_responsible_editor_wins_over_a_staff_line() -> None:
    staff = "<p>编辑：李想 审核：王伟 终审：张明</p><div class='post_author'>本文来源：郑州日报 责任编辑：马悦_NHN1021</div>"
    assert editor_line(parse(_page("来源: 郑州日报", staff))) == "马悦_NHN1021"
    # A staff line's bare 编辑 names no responsible editor (the written pages' gold, z85, z303; no corpus page reads one).
    assert editor_line(parse(_page("来源: 郑州日报", "<p>编辑：李想 审核：王伟</p>"))) is None
    assert editor_line(parse(_page("来源: 郑州日报", "<p>[编辑：李想]</p>"))) is None
    assert editor_line(parse(_page("来源: 郑州日报", "<p>(责编：李想)</p>"))) == "李想"


def test_a_mobile_page_without_a_rule_gives_its_source() -> None:
    prose = "5月11日上午，湖南益阳市资阳区的老码头石拱桥在封闭施工近八个月后重新开放通行，这座桥始建于清代。" * 3
    page = (f"<html><body><article><h1 class='title'>石拱桥恢复通行</h1><div class='info'><span class='source'>红网</span> "
            f"<span class='time'>2023-05-12 09:31</span></div><div class='content'><p>{prose}</p></div></article></body></html>")
    article = scraper.extract(page, "https://m.163.com/news/article/I4K8R2QF0001899O.html")
    assert article.source == "红网"


def test_a_papers_staff_line_with_marked_roles_is_a_byline() -> None:
    # Each role after a mark (○记者 … ○编辑 …): the reporter is the author, and the line is no body.
    assert byline_names("○记者 王清 ○编辑 孙涛") == "王清"
    assert byline_names("○记者 王清 李明") == "王清 李明"
    assert byline_names("○记者手记：那一天的雨") is None


def test_a_reporter_byline_with_the_papers_app_and_credited_staff_names_the_reporter() -> None:
    # The paper and its app before 记者, a 通讯员 or an 实习生 credited after: the reporter alone is the author.
    assert byline_names("扬子晚报/紫牛新闻记者 沈佳琪 通讯员 韩露") == "沈佳琪"
    assert byline_names("齐鲁晚报·齐鲁壹点记者 孙晓 通讯员 王强") == "孙晓"
    assert byline_names("本报记者 王清 实习生 李四") == "王清"
    assert byline_names("本报记者 王清 李四") == "王清 李四"


def test_a_reporter_byline_after_an_outlet_with_figures_or_a_space_is_a_byline() -> None:
    # The outlet's name before 记者 may hold figures or Latin letters, or stand apart from it by a space; the place
    # filed from follows the names. Above the article's first line it is no body, and it names the author.
    assert byline_names("36氪记者 林舟 上海报道") == "林舟"
    assert byline_names("某某财经 记者 周文 报道") == "周文"
    assert byline_names("21世纪某某报记者 陈安") == "陈安"
    assert byline_names("某某财经 记者手记：江边的那一夜") is None
    first = "前天傍晚，一场持续两个小时的雷阵雨让城西三条主干道出现积水，交警在现场疏导了近一个小时的车流。"
    second = "市排水部门昨天表示，积水路段的雨水管网将在下月完成扩容，届时同等雨量下路面不会再出现积水。"
    assert clean_lines(["某某财经 记者 周文 报道", first, second], frozenset()) == [first, second]
    page = (f"<html><body><h1>城西暴雨后三条主干道积水</h1><div><p>36氪记者 林舟 上海报道</p><p>{first}</p>"
            f"<p>{second}</p></div></body></html>")
    for rules in (True, False):
        assert scraper.extract(page, rules=rules).author == "林舟"


def test_a_byline_behind_a_printed_box_mark_is_a_byline() -> None:
    # Papers set a box (□本报记者 …) or a block (■记者 …) before the byline where a dingbat was meant.
    assert byline_names("□本报记者 丁晓") == "丁晓"
    assert byline_names("■记者 周南 通讯员 陈西") == "周南"
    assert byline_names("□记者手记：江边的那一夜") is None
    first = "前天傍晚，一场持续两个小时的雷阵雨让城西三条主干道出现积水，交警在现场疏导了近一个小时的车流。"
    second = "市排水部门昨天表示，积水路段的雨水管网将在下月完成扩容，届时同等雨量下路面不会再出现积水。"
    # Above the article's first line it is the byline, as unmarked: no body, and the author.
    assert clean_lines(["□本报记者 丁晓", first, second], frozenset()) == [first, second]
    page = f"<html><body><h1>城西暴雨后三条主干道积水</h1><div><p>□本报记者 丁晓</p><p>{first}</p><p>{second}</p></div></body></html>"
    for rules in (True, False):
        assert scraper.extract(page, rules=rules).author == "丁晓"


@pytest.mark.parametrize(
    ("lines", "names"),
    [
        (["城市晨报讯（记者 林一帆）昨天上午，省城新建的图书馆向市民开放。"], "林一帆"),
        (["新华社南昌4月6日电（记者周亮、林一帆）记者从省文化厅获悉，新馆藏书逾百万册。"], "周亮 林一帆"),
        (["【城市晨报网报道 记者 林一帆】据省文化厅消息，新馆藏书逾百万册。"], "林一帆"),
        (["晨报讯 记者林一帆 历时两年的建设，省城新建的图书馆向市民开放。"], "林一帆"),
        (["（原标题：新馆开放）", "城市晨报快讯（记者 林一帆 通讯员 周亮）新馆今日开放。"], "林一帆"),
    ],
)
def test_the_reporter_named_in_the_opening_dispatch_mark_is_the_author(lines: list[str], names: str) -> None:
    assert dispatch_author(lines) == names


@pytest.mark.parametrize(
    "lines",
    [
        ["昨天上午，省城新建的图书馆向市民开放，记者林一帆在现场看到，读者排起了长队。"],
        ["据城市晨报报道（记者 林一帆），新馆藏书逾百万册。"],
        ["省城新建的图书馆向市民开放。", "第二段。", "第三段：城市晨报讯（记者 林一帆）新馆今日开放。"],
    ],
)
def test_a_reporter_named_elsewhere_is_no_dispatch_author(lines: list[str]) -> None:
    assert dispatch_author(lines) is None


def test_a_page_without_a_byline_takes_its_author_from_the_opening_dispatch() -> None:
    lines = [
        "城市晨报讯（记者 林一帆）昨天上午，省城新建的图书馆正式向市民开放，首日接待读者逾万人次。",
        "新馆藏书逾百万册，设自习座位八百个，开放时间为每天早上八点至晚上十点，节假日不闭馆。",
        "馆方表示，今后还将陆续开设讲座和展览，欢迎市民前来参观，读者可在网上预约座位。",
    ]
    html = (
        "<html><head><title>省城新建图书馆今日向市民开放_城市晨报网</title></head><body>"
        "<h1>省城新建图书馆今日向市民开放</h1><div class='info'>2021-04-06 09:30 来源：城市晨报</div>"
        "<div class='text'>" + "".join(f"<p>{line}</p>" for line in lines) + "</div></body></html>"
    )
    assert scraper.extract(html, "https://news.example.cn/a/1.html", rules=False).author == "林一帆"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("記者王小明／台中報導", "王小明"),
        ("記者 周亮 台北報導", "周亮"),
        ("晨報記者 林一帆", "林一帆"),
    ],
)
def test_a_byline_in_traditional_characters_names_its_reporter(line: str, names: str) -> None:
    assert byline_names(line) == names


def test_an_outlet_named_in_traditional_characters_is_no_author() -> None:
    body = "".join(f"<p>{line}</p>" for line in (
        "昨天上午，省城新建的圖書館正式向市民開放，首日接待讀者逾萬人次，館方表示秩序良好。",
        "新館藏書逾百萬冊，設自習座位八百個，開放時間為每天早上八點至晚上十點，節假日不閉館。",
        "館方表示，今後還將陸續開設講座和展覽，歡迎市民前來參觀，讀者可在網上預約座位。",
    ))
    html = (
        "<html><head><title>省城新圖書館今日開放 | 城市日報</title><meta name='author' content='城市日報'>"
        "</head><body><h1>省城新圖書館今日開放</h1><div class='info'>2021-04-06 09:30</div>"
        f"<div class='text'>{body}</div></body></html>"
    )
    assert scraper.extract(html, "https://news.example.tw/a/1.html", rules=False).author is None


def _marked_page(info: str) -> str:
    body = "".join(f"<p>{line}</p>" for line in (
        "昨天上午，省城新建的图书馆正式向市民开放，首日接待读者逾万人次，馆方表示秩序良好。",
        "新馆藏书逾百万册，设自习座位八百个，开放时间为每天早上八点至晚上十点，节假日不闭馆。",
        "馆方表示，今后还将陆续开设讲座和展览，欢迎市民前来参观，读者可在网上预约座位。",
    ))
    return (
        "<html><head><title>省城新图书馆今日开放 - 城市晨报</title><meta name='author' content='城市晨报'></head>"
        f"<body><h1>省城新图书馆今日开放</h1><div class='info'>{info}</div><div class='text'>{body}</div>"
        "<aside><ul><li><a rel='author' href='/people/2'>周亮</a></li></ul></aside></body></html>"
    )


@pytest.mark.parametrize(
    "info",
    [
        # HTML's rel="author" on the writer's link, beside the time.
        "<time>2021-04-06 09:30</time> <cite><a rel='author' href='/people/1'>林一帆</a></cite>",
        # schema.org microdata: the author's item and its name.
        "<div itemprop='author' itemscope itemtype='http://schema.org/Person'><meta itemprop='name' content='林一帆'>"
        "<a href='/people/1'><img src='a.jpg'></a></div><span>2021-04-06 09:30</span>",
    ],
)
def test_an_author_marked_up_as_the_author_is_the_author(info: str) -> None:
    # The author tag names the outlet; the markup names the writer (a list's author links name others).
    assert scraper.extract(_marked_page(info), "https://news.example.cn/a/1.html", rules=False).author == "林一帆"



def _script_page(script: str) -> str:
    body = "".join(f"<p>{line}</p>" for line in (
        "昨天上午，省城新建的图书馆正式向市民开放，首日接待读者逾万人次，馆方表示秩序良好。",
        "新馆藏书逾百万册，设自习座位八百个，开放时间为每天早上八点至晚上十点，节假日不闭馆。",
        "馆方表示，今后还将陆续开设讲座和展览，欢迎市民前来参观，读者可在网上预约座位。",
    ))
    return (
        f"<html><head><title>省城新图书馆今日开放_某某新闻</title><script>{script}</script></head><body>"
        "<h1>省城新图书馆今日开放</h1><div class='info'><span>2021-04-06 09:30</span>"
        "<a class='who' href='/media/1'><div>城市晨报</div><span>号</span></a></div>"
        f"<div class='text'>{body}</div></body></html>"
    )


def test_the_outlet_the_script_data_names_and_the_page_prints_is_the_source() -> None:
    page = _script_page(
        'window.DATA = {"title": "省城新图书馆今日开放", "media": "城市晨报", "pubtime": "2021-04-06 09:30:12"};'
    )
    assert scraper.extract(page, "https://news.example.cn/a/1.html", rules=False).source == "城市晨报"


def test_a_list_of_outlets_in_script_data_names_no_source() -> None:
    page = _script_page('var hot = [{"media": "城市晨报"}, {"media": "山城日报"}];')
    assert scraper.extract(page, "https://news.example.cn/a/1.html", rules=False).source is None


def test_a_map_of_the_sites_channels_in_script_data_names_no_source() -> None:
    page = _script_page('var names = {"news": "某某新闻", "media": "城市晨报", "sports": "某某体育"};')
    assert scraper.extract(page, "https://news.example.cn/a/1.html", rules=False).source is None


@pytest.mark.parametrize(("line", "names"), [("作者丨林一帆", "林一帆"), ("文丨林一帆", "林一帆"), ("文 丨 林一帆", "林一帆")])
def test_a_byline_set_off_by_the_vertical_stroke_character_names_its_writer(line: str, names: str) -> None:
    # 丨 (a CJK stroke, not a bar) is how self-media pages set off 作者 and 文 from the name.
    assert byline_names(line) == names


@pytest.mark.parametrize(
    ("last", "names"),
    [
        ("颱風過後，市府將持續清運路邊倒木。（林一帆／台中報導）", "林一帆"),
        ("更多新车消息，本站将持续关注报道。（文/城市车评 林一帆）", "林一帆"),
        ("新馆今日开放，欢迎市民前来参观。（记者 林一帆 周亮）", "林一帆 周亮"),
        # A joint text-and-photo credit: both names are the writers', the first is no outlet.
        ("新馆今日开放，欢迎市民前来参观。(文/图 林一帆 周亮)", "林一帆 周亮"),
        ("新馆今日开放，欢迎市民前来参观。（图/文 林一帆）", "林一帆"),
    ],
)
def test_the_credit_closing_the_article_names_its_writer(last: str, names: str) -> None:
    assert closing_author(["省城新建的图书馆今日向市民开放，首日接待读者逾万人次。", last]) == names


@pytest.mark.parametrize("last", ["新馆今日开放。（完）", "新馆今日开放。（待续）", "新馆今日开放。（来源：城市晨报）", "新馆今日开放（图）"])
def test_a_closing_mark_that_names_no_writer_is_no_author(last: str) -> None:
    assert closing_author(["省城新建的图书馆今日向市民开放，首日接待读者逾万人次。", last]) is None


@pytest.mark.parametrize("row", ["来源：城市晨报 作者： A - A + 评论(3)", "作者： A", "编辑： a"])
def test_an_empty_label_before_the_text_size_control_names_nobody(row: str) -> None:
    # The page's text-size buttons (A- A+) follow an empty 作者： in the info row; one Latin letter is no name.
    kind = "editor" if row.startswith("编辑") else "author"
    assert label_value(row, kind) is None


def test_a_short_latin_editor_code_is_still_a_value() -> None:
    assert label_value("责任编辑：hj", "editor") == "hj"


_WETLAND = "".join(
    f"<p>{text}</p>"
    for text in (
        "春分过后，城西的湿地公园迎来了今年第一批北归的候鸟，清晨的水面上白鹭与野鸭成群。",
        "公园管理处的工作人员说，今年的水位比往年稳定，芦苇长势也好，鸟类的食物更加充足。",
        "为了减少对候鸟的惊扰，管理处在观鸟平台周围拉起了隔离带，并提醒游客不要投喂。",
        "不少摄影爱好者天不亮就来到这里，架起长焦镜头，等待晨光洒在湖面上的那一刻。",
    )
)


@pytest.mark.parametrize("byline", ["本报记者 林一苇", "記者林一苇／城西報導", "文/林一苇"])
def test_a_byline_the_generic_body_drops_above_the_article_still_names_its_author(byline: str) -> None:
    # Under a summary box and an original-title line, the byline is chrome to the body (it is no paragraph), and
    # the author readers take it as they take a rule body's bylines.
    page = (
        "<html><head><title>候鸟北归湿地公园_城西晚报</title></head><body><h1>候鸟北归湿地公园</h1><div class='txt'>"
        "<div class='abstract'>摘要：城西湿地公园迎来今年首批北归候鸟，管理处提醒游客文明观鸟。</div>"
        f"<p>（原标题：湿地里的春天）</p><p>{byline}</p>{_WETLAND}</div></body></html>"
    )
    article = scraper.extract(page, "https://news.example.cn/a/1.html", rules=False)
    assert article.author == "林一苇"
    assert article.paragraphs[0].startswith("春分过后")


def _tagged_page(tag_author: str, foot: str = "", tool: str = "") -> str:
    body = "".join(f"<p>{line}</p>" for line in (
        "昨天上午，省城新建的图书馆正式向市民开放，首日接待读者逾万人次，馆方表示秩序良好。",
        "新馆藏书逾百万册，设自习座位八百个，开放时间为每天早上八点至晚上十点，节假日不闭馆。",
        "馆方表示，今后还将陆续开设讲座和展览，欢迎市民前来参观，读者可在网上预约座位。",
    ))
    return (
        f"<html><head><title>省城新图书馆今日开放</title><meta name='author' content='{tag_author}'></head>"
        f"<body><h1>省城新图书馆今日开放</h1><div class='info'>2021-04-06 09:30</div>{tool}"
        f"<div class='text'>{body}{foot}</div></body></html>"
    )


def test_an_author_tag_drops_the_place_the_writer_filed_from() -> None:
    article = scraper.extract(_tagged_page("林一帆／台中報導"), "https://news.example.tw/a/1.html", rules=False)
    assert article.author == "林一帆"


def test_an_author_tag_naming_the_printed_editor_names_no_author() -> None:
    page = _tagged_page("周亮", foot="<div class='editor'>【责任编辑：周亮】</div>")
    article = scraper.extract(page, "https://news.example.com/a/1.html", rules=False)
    assert (article.author, article.editor) == (None, "周亮")


def test_a_page_tools_link_keyed_by_a_user_id_names_no_poster() -> None:
    tool = "<table><tr><td><a href='/tools/report.php?uid=123&amp;news_id=9'>纠错</a></td></tr></table>"
    page = _tagged_page("", tool=tool).replace("<meta name='author' content=''>", "")
    assert scraper.extract(page, "https://news.example.com/a/1.html", rules=False).author is None


def test_an_author_tag_of_digits_alone_is_a_user_id_and_names_no_author() -> None:
    article = scraper.extract(_tagged_page("100234"), "https://news.example.com/a/1.html", rules=False)
    assert article.author is None


def test_a_contributing_unit_is_the_source_of_a_school_or_office_news_page() -> None:
    # University and government news pages print who sent the piece in (供稿单位 / 供稿) where portals print 来源.
    assert label_value("供稿单位：某某学院", "source") == "某某学院"
    foot = (
        "<div class='article-source'>\n<div><label>作者：</label>\n<div>林一帆</div></div>\n"
        "<div><label>供稿单位：</label>\n<div>某某学院</div></div>\n</div>"
    )
    article = scraper.extract(_tagged_page("", foot=foot), "https://news.example.edu.cn/info/1.html", rules=False)
    assert article.source == "某某学院"


def test_a_link_to_the_writers_page_names_the_author_after_an_author_item_holding_the_outlet() -> None:
    info = (
        "<div class='meta'><time>2021-04-06 09:30</time><div itemprop='author'>城市日報</div>"
        "<div class='byline'><a href='/reporter/2311'>林一帆</a></div></div>"
    )
    page = _tagged_page("", tool=info).replace("<meta name='author' content=''>", "")
    assert scraper.extract(page, "https://news.example.tw/a/1.html", rules=False).author == "林一帆"


def test_the_papers_own_correspondent_after_the_reporter_is_no_name() -> None:
    assert byline_names("本报记者 林一帆 本报通讯员 周亮") == "林一帆"
    assert byline_names("本报记者 林一帆 本报实习生 周亮") == "林一帆"


def test_a_site_name_after_a_doubled_dash_leaves_the_headline() -> None:
    # <title>标题——某某网</title>: a double em dash, as a single one, separates the site's name.
    assert clean_title("界河发生洪水 七千多人参加抢险——某某网") == "界河发生洪水 七千多人参加抢险"
    assert clean_title("界河发生洪水—某某网") == "界河发生洪水"
    # A hyphened pair inside the headline stays.
    assert clean_title("中国-东盟合作——某某网") == "中国-东盟合作"


def _tv_page(row: str) -> str:
    body = "".join(f"<p>{line}</p>" for line in (
        "因為反對協議，學生佔據議場已經第三天，不過不少抗議學生對協議內容並不了解。",
        "記者實際訪問發現，大家的資訊幾乎都來自網路，但網路流傳的許多內容其實是錯誤的。",
        "朝野原本協商逐條審查，執政黨最後卻反悔，宣布送院會存查，引起強烈反彈。",
    ))
    return (f"<html><head><title>抗議學生搞不清 - 某視新聞</title></head><body><h1>抗議學生搞不清</h1>"
            f"<span class='info'>{row}</span><div class='content'>{body}</div></body></html>")


def test_reporters_before_the_word_for_their_report_in_the_row_under_the_headline_are_the_authors() -> None:
    # 2014/03/19 18:58 王五 李四 報導: a television site's byline row, no label.
    assert scraper.extract(_tv_page("2014/03/19 18:58 江小禾 林木青 報導　　地區：台北市報導"), rules=False).author == "江小禾 林木青"
    # An outlet before 報導 is no reporter.
    assert scraper.extract(_tv_page("2014/03/19 18:58 中央社 報導"), rules=False).author is None


def test_a_date_glued_to_the_authors_name_is_the_next_fields() -> None:
    # <span>作者：王五</span><span>2023-06-12 20:31</span> reads 作者：王五2023-06-12 20:31.
    assert label_value("作者：江小禾2023-06-12 20:31来源：某某时报网", "author") == "江小禾"


def test_an_outlets_web_address_in_its_byline_is_no_part_of_it() -> None:
    # An opening byline line: 某某时报（www.example.com）记者 王五 北京报道.
    assert byline_names("某某时报（www.example.com.cn）记者 江小禾 北京报道") == "江小禾"
