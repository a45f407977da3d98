"""Page forms the twenty-fifth round's build data showed misread, each a class: the nineteenth written round landed
whole, the twentieth round's half A, and the landed pages read class-blind (bench.eval --blind: names that say
nothing, as hashed names of many real templates do). Every line here is fictional, written for the test."""

from __future__ import annotations

import scraper

from .test_unseen_forms29 import ARTICLE, LINES, _both_readings
from .test_unseen_forms30 import _assert_insert_goes, between
from .test_unseen_forms31 import _assert_closing_line_stays
from .test_unseen_forms33 import _portal

URL = "https://bbs.example.cn/post-free-1.shtml"


def _thread_page(title: str, printed: str) -> bytes:
    """A forum thread whose headline is a bold line in a box whose names say nothing, beside its tools."""
    return (
        f"<html><head><meta charset='utf-8'><title>{title}_清川杂谈_清川社区</title></head><body>"
        "<div class='k1'><a href='/'>首页</a> &gt; <a href='/f'>清川杂谈</a></div>"
        f"<div class='k2'><span class='k3'><b>{printed}</b></span> <span class='k4'>[<a href='#'>只看楼主</a>]"
        " [<a href='#'>打印</a>]</span></div><div class='k5'>作者：北岸听潮　提交日期：2011-8-14 10:22:00</div>"
        f"<div class='k6'>{ARTICLE}</div><div>清ICP备12345678号</div></body></html>"
    ).encode()


def test_a_note_the_title_adds_after_the_headline_is_no_part_of_it() -> None:
    # A forum's reprint request (转载请注明作者) or a gallery's (组图) after the headline in the <title>; the page
    # prints the headline without it.
    for note in ("(转载请注明作者)", "（组图）"):
        page = _thread_page("聊聊县城那家开了三十年的修表铺" + note, "聊聊县城那家开了三十年的修表铺")
        assert scraper.extract(page, url=URL, rules=False).title == "聊聊县城那家开了三十年的修表铺", note
    # A note the page prints with the headline is the headline's own.
    page = _thread_page("清川老街口述史(上)", "清川老街口述史(上)")
    assert scraper.extract(page, url=URL, rules=False).title == "清川老街口述史(上)"


def test_a_polls_question_in_its_own_row_goes_with_its_options() -> None:
    # A table-era poll: the question in one row, the form with its options' shares and tally in the next.
    _assert_insert_goes(
        "<table class='k7'><tr><td class='k8'>清川调查：你认为怎样才能管好夜游安全？</td></tr><tr><td><form action='/v'>"
        "<input type='radio' name='v' value='1'>增设护栏 46.2%<br><input type='radio' name='v' value='2'>限流预约 31.5%"
        "<br><input type='submit' value='投票'> <a href='/v/r.html'>查看结果</a>（已有5,174人参与）</form></td></tr></table>"
    )


def test_a_trial_box_with_its_apply_button_goes() -> None:
    _assert_insert_goes(
        "<div class='k7'><p>免费试用：夜游驱蚊喷雾 30份</p><p>申请截止：04-30 24:00</p><p>已有 9,864 人申请</p>"
        "<a href='https://act.example.cn/s/1.html'>立即申请</a></div>"
    )


def test_a_tip_off_card_whose_hook_asks_a_question_goes() -> None:
    _assert_insert_goes(
        "<div class='k7'><p>清川爆料</p><p>身边有新鲜事？热线：029-5550148</p><p>微信搜索“清川日报”发送线索</p>"
        "<img src='https://img.example.cn/qr.png' alt=''></div>"
    )


SPECS = "<table><tr><td>机型</td><td>重量</td><td>电池</td></tr><tr><td>星岚 Flip</td><td>190克</td><td>3800mAh</td></tr>" \
    "<tr><td>清川 Z</td><td>187克</td><td>3700mAh</td></tr></table>"


def test_a_table_box_under_its_own_heading_that_the_text_does_not_announce_goes() -> None:
    _assert_insert_goes(f"<div class='k7'><p>主流小折叠参数对比</p>{SPECS}</div>")
    # The article's own table: announced by the line before it, or numbered for the text to refer to.
    rows = ["机型 重量 电池", "星岚 Flip 190克 3800mAh", "清川 Z 187克 3700mAh"]
    for heading, kept in (("几款机型的参数如下：", ["几款机型的参数如下："]), ("表1 主流小折叠参数", ["表1 主流小折叠参数"])):
        for paragraphs in _both_readings(between(f"<div class='k7'><p>{heading}</p>{SPECS}</div>")):
            assert paragraphs == [*LINES[:2], *kept, *rows, *LINES[2:]], heading


def test_the_rows_of_an_announced_table_may_describe_a_change_in_a_clause() -> None:
    # A timetable's rows after …调整如下：, a cell holding a clause with a comma and each row ending on a date.
    rows = ["线路 调整内容 实施日期", "16路 终点站由北岸改为晓庄，全程缩短2.1公里 9月12日", "34路 因道路施工绕行中山北路 9月12日",
            "微循环1号线 新开，往返于河西社区与地铁站之间 9月12日"]
    table = "<table>" + "".join(
        "<tr>" + "".join(f"<td>{cell}</td>" for cell in row.split(" ")) + "</tr>" for row in rows) + "</table>"
    for paragraphs in _both_readings(between(f"<p>其中几条主要线路的调整如下：</p>{table}")):
        assert paragraphs == [*LINES[:2], "其中几条主要线路的调整如下：", *rows, *LINES[2:]]


def test_a_call_to_follow_after_its_hook_question_closes_no_article() -> None:
    line = "想看更多清川湿地故事？关注清川日报官方微信，回复“湿地”即可查看。"
    for paragraphs in _both_readings(f"{ARTICLE}<p><b>{line}</b></p>"):
        assert paragraphs == LINES
    # A question the article asks, with 关注 in its answer's sentence, is the article's.
    _assert_closing_line_stays("夜游能否长久？业内普遍关注的是安全与生态能否兼顾。")


def _post_page(head: str, after: str = "") -> bytes:
    """A forum thread's first post: its head (the poster and the time), the post, and what follows it."""
    return (
        "<html><head><meta charset='utf-8'><title>老房翻新八十天_清川装修论坛_清川社区</title></head><body>"
        "<div class='k1'><h1><a href='/b/1'>清川装修论坛</a></h1></div><div class='k2'>老房翻新八十天</div>"
        f"<div class='k3'><div class='k4'>{head}</div><div class='k5'>{ARTICLE}</div>{after}</div>"
        "<div>清ICP备12345678号</div></body></html>"
    ).encode()


def test_a_posts_head_names_its_poster_before_the_time_and_the_signature_under_it_goes() -> None:
    page = _post_page("[楼主] <a href='/u/18832011/'>栖霞种葱人</a> 发表于：2010-09-14 21:06",
                      "<div class='k6'>签名：种葱种蒜种好心情，栖霞老住户一枚</div>")
    article = scraper.extract(page, url=URL, rules=False)
    assert (article.author, article.paragraphs) == ("栖霞种葱人", LINES)
    # A blog's tool link before 发表于 (编辑) names nobody.
    page = _post_page("作者:qingchuan 阅读(1660) <a href='/admin/edit?id=1'>编辑</a> 发表于:2005-07-31 12:30")
    assert scraper.extract(page, url=URL, rules=False).author != "编辑"


def test_a_captioned_table_the_text_does_not_announce_goes() -> None:
    table = ("<table><caption>8月21日龙虎榜机构净买入前三</caption><tr><th>证券简称</th><th>净买入(万元)</th></tr>"
             "<tr><td>某钢股份</td><td>8213</td></tr><tr><td>某铝业</td><td>4120</td></tr></table>")
    for paragraphs in _both_readings(f"{ARTICLE}{table}"):
        assert paragraphs == LINES


def test_a_byline_above_the_text_names_a_staff_writers_role_and_its_paper_the_source() -> None:
    # A paper's editorial writer (编辑委员), its edition's note in brackets after the paper's name; no 来源 printed.
    page = (
        "<html><head><meta charset='utf-8'><title>清川湿地夜游记 - 清川中文网</title></head><body><h1>清川湿地夜游记</h1>"
        f"<div class='k1'>2024/04/18 07:21</div><div class='k2'><p>清川经济新闻（中文版：清川中文网）编辑委员 筧田康臣</p>"
        f"{ARTICLE}</div></body></html>"
    ).encode()
    article = scraper.extract(page, url="https://cn.example.com/column/1.html", rules=False)
    assert (article.author, article.source, article.paragraphs) == ("筧田康臣", "清川经济新闻", LINES)
    # The site's own reporters' byline names the site: no source of another.
    page = page.replace("清川中文网</title>".encode(), "清川经济新闻</title>".encode())
    article = scraper.extract(page, url="https://cn.example.com/column/1.html", rules=False)
    assert (article.author, article.source) == ("筧田康臣", None)


def test_an_announced_table_after_an_ad_slots_label_is_the_article_going_on() -> None:
    rows = ["球队 得分 篮板 助攻", "北岸猎鹰 88 39 21", "港都海风 81 44 15"]
    table = "<table>" + "".join(
        "<tr>" + "".join(f"<td>{cell}</td>" for cell in row.split(" ")) + "</tr>" for row in rows) + "</table>"
    last = "单岱峰全场攻下26分8助攻，赛后他说，下半场只能用速度跟对手拼，两队第二战将于周三晚间在同一地点进行。"
    body = (ARTICLE + "<div class='k8'><span>广告</span><div class='k9'></div></div><p>本场双方主要数据如下：</p>"
            f"{table}<p>{last}</p>")
    # The generic reading's tail cut counted the rows as a tag list's run of short lines; a rule's body kept the
    # slot's label.
    for paragraphs in _both_readings(body):
        assert paragraphs == [*LINES, "本场双方主要数据如下：", *rows, last]


def test_a_data_card_of_fields_above_the_text_goes_and_fields_in_the_text_stay() -> None:
    fields = ["户型：两室一厅", "面积：89㎡", "造价：14.5万元", "风格：北欧简约"]
    card = "<div class='k7'><ul>" + "".join(f"<li>{field}</li>" for field in fields) + "</ul></div>"
    assert _portal(card + ARTICLE).paragraphs == LINES
    # An event's fields after the text announces them are the article's.
    event = ["地点：清川湿地北门", "对象：本市中小学生", "费用：免费"]
    body = ARTICLE + "<p>活动安排如下：</p>" + "".join(f"<p>{field}</p>" for field in event)
    assert _portal(body).paragraphs == [*LINES, "活动安排如下：", *event]
