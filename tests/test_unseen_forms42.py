"""Page forms the thirty-third round's build data showed misread, each a class: the twenty-seventh written round
landed whole (its half B held out last round included) and the twenty-eighth round's half A. Every line here is
fictional, written for the test."""

from __future__ import annotations

import scraper

from .test_unseen_forms29 import ARTICLE, LINES, _both_readings
from .test_unseen_forms30 import _assert_insert_goes, between

HEADLINE = "清川首批储能电站集中并网 总规模达120兆瓦"
FIRST = "清川储能网讯：6月12日，清川首批三座储能电站集中并网投运，标志着当地储能由示范走向规模化应用。"
SECOND = "据介绍，三座储能电站均采用磷酸铁锂电池，主要用于调峰、调频和事故应急，满功率放电可持续两小时。"


def _date_row_page(rows: str) -> bytes:
    # An industry portal's template: every block of the article's column is named list_…, the date row too
    # (the date and a 我要投稿 link, no label), and no meta date.
    return (
        f"<html><head><meta charset='utf-8'><title>{HEADLINE}-清川储能网</title></head><body>"
        f"<div class='list_left'><div class='list_detail'><h1>{HEADLINE}</h1>{rows}"
        "<div class='list_copy'><span>来源：清川能源报</span> <span>作者：某某</span></div>"
        f"<div id='content' class='list_detail_content'><p>{FIRST}</p><p>{SECOND}</p></div></div></div>"
        "</body></html>"
    ).encode()


def test_a_date_row_named_like_a_list_is_the_pages_own() -> None:
    # One date and no link to another article: the page's date row, whatever its name.
    row = "<div class='list_copy'><b>2019/6/13 9:12:35</b>&nbsp;&nbsp;<b><a href='/tougao/'>我要投稿</a></b></div>"
    for rules in (True, False):
        assert scraper.extract(_date_row_page(row), rules=rules).published_at == "2019-06-13T09:12:35+08:00"


def test_a_row_named_like_a_list_that_links_another_article_is_still_a_list() -> None:
    # The same name on a row of another article (its linked headline and its date) above the page's date row.
    other = ("<div class='list_item'><a href='/html/20190601/980001.shtml'>清川第二批储能项目开工建设</a>"
             " <span>2019/6/1 8:00:00</span></div>")
    row = "<div class='list_copy'><b>2019/6/13 9:12:35</b></div>"
    article = scraper.extract(_date_row_page(other + row), rules=False)
    assert article.published_at == "2019-06-13T09:12:35+08:00"


def _thread(first_post_stamp: str) -> bytes:
    # A forum thread: the breadcrumb ends in a link printing the thread's subject, the <h1> prints it again at
    # the top of the post list, the opening post's time stands in its head, and a reply's head says 发表于 with a
    # later time.
    reply = "装机六年，钱包瘦了，机箱胖了，楼主后来是只留了侧板吗？前面板贴满确实容易闷，温度会高不少。"
    subject = "给老机箱做了一次静音改造，记录一下过程"
    return (
        f"<html><head><meta charset='utf-8'><title>{subject} - 硬件讨论区 - 清川论坛</title></head><body>"
        "<div id='pt'><a href='./'>清川论坛</a> <em>›</em> <a href='forum.php'>论坛</a> <em>›</em>"
        f" <a href='forum-80-1.html'>硬件讨论区</a> <em>›</em> <a href='thread-1-1-1.html'>{subject}</a></div>"
        f"<div id='postlist' class='pl bm'><h1><span id='thread_subject'>{subject}</span></h1>"
        "<div id='post_1'><div class='authi'><a href='space-uid-9.html'>冰镇汽水</a></div>"
        f"<div class='authi'><em id='authorposton1'>{first_post_stamp}</em> | <a href='#'>只看该作者</a></div>"
        f"<div class='t_f'><p>{FIRST}</p><p>{SECOND}</p></div></div>"
        "<div id='post_2'><div class='authi'><a href='space-uid-7.html'>夜航船</a></div>"
        f"<div class='authi'><em>发表于 2020-4-12 21:52</em></div><div class='t_f'>{reply}</div></div></div>"
        "</body></html>"
    ).encode()


def test_the_breadcrumbs_last_link_is_not_the_headline_a_date_is_read_under() -> None:
    # The opening post's time is read under the <h1>, not under the breadcrumb's link, whose next date is a reply's.
    for stamp, published in (("2020-04-12 21:37:00", "2020-04-12T21:37:00+08:00"),
                             ("发表于 2020-4-12 21:37", "2020-04-12T21:37+08:00")):
        assert scraper.extract(_thread(stamp), rules=False).published_at == published, stamp


def test_a_labelled_line_of_links_between_paragraphs_goes() -> None:
    # The label in bold, the other article's headline a link (its address only a "#"), in simplified or traditional.
    for label in ("延伸閱讀：", "延伸阅读：", "相關新聞："):
        _assert_insert_goes(f"<p class='x'><b>{label}</b><a href='#'>清川舊墟街市完成翻新 下月起恢復營業</a></p>")


def test_a_shops_map_card_between_paragraphs_goes() -> None:
    # Its name, its fields (人均, 营业时间, 地址) and the button that finds the way there.
    for button in ("导航去这里", "一键导航", "到这里去"):
        _assert_insert_goes(
            "<div class='shop-card'><p class='name'>老金面馆</p><p>人均：18元　营业时间：06:30-13:30</p>"
            f"<p>地址：清川区某老小区内（近社区菜场）</p><a class='nav' href='javascript:;'>{button}</a></div>"
        )


def test_an_audio_players_counter_goes() -> None:
    for bar in ("点击收听语音播报 00:00 / 03:12", "收听本文 0:00/12:05"):
        _assert_insert_goes(f"<div class='audio'><span>{bar}</span></div>")


RELEASE = "2023年5月下旬清川流通领域重要生产资料市场价格变动情况"
ROWS = (("产品名称", "单位", "本期价格（元）", "比上期价格涨跌（元）", "涨跌幅（%）"),
        ("螺纹钢（HRB400E）", "吨", "3652.4", "-48.6", "-1.3"),
        ("电解铜（1#）", "吨", "64880.5", "612.3", "1.0"),
        ("玉米（黄玉米二等）", "吨", "2768.2", "12.5", "0.5"))


def _release(caption: str) -> bytes:
    # A statistics office's data release: two paragraphs, the table's caption in bold and centred, the table.
    table = "".join("<tr>" + "".join(f"<td><p>{cell}</p></td>" for cell in row) + "</tr>" for row in ROWS)
    return (
        f"<html><head><meta charset='utf-8'><title>{RELEASE} - 清川统计局</title></head><body><h1>{RELEASE}</h1>"
        "<div class='info'>发布时间：2023-06-05 09:30　来源：清川统计局</div><div class='content'>"
        "<p>据对全市流通领域9大类50种重要生产资料市场价格的监测显示，5月下旬与5月中旬相比，17种产品价格上涨，29种下降。</p>"
        "<p>从各类产品看，黑色金属价格普遍回落，有色金属价格涨跌互现，农产品价格小幅上涨。部分产品价格变动情况如下：</p>"
        f"<p style='text-align:center'><b>{caption}</b></p><table border='1'>{table}</table>"
        "<p>注：上期为2023年5月中旬。</p></div></body></html>"
    ).encode()


def test_a_data_tables_rows_and_its_caption_that_holds_the_headline_stay() -> None:
    # Rows whose last figures run together into a "date" once spaces go (612.3 1.0 as 12.31.0) are the table's.
    # The caption holds the headline and more, over the rows, after the article's first sentence: the table's too.
    caption = f"{RELEASE}（节选）"
    for rules in (True, False):
        paragraphs = scraper.extract(_release(caption), rules=rules).paragraphs
        assert [" ".join(row) for row in ROWS] == [line for line in paragraphs if " 吨 " in line or "产品名称" in line]
        assert caption in paragraphs


POST = ("家里这台机器用了快六年，三把原装风扇全是三针直插，打游戏的时候隔着一个房间都能听见，干脆动手做了一次静音改造。",
        "第一步是换风扇，前面两把进风、后面一把出风都换成了带调速的静音风扇，待机时转速压到六百转左右。",
        "最后说结果：待机从四十一分贝降到三十三分贝，满载也没超过四十分贝，总花费不到三百块，这个钱花得值。")
REPLIES = ("隔音棉贴前面板确实容易闷，楼主后来是只留了侧板吗？前面板贴满，温度会高不少。",
           "机械盘换成固态才是终极静音方案，哈哈，我去年换了以后就再也听不到嗡嗡声了。")


def _board(post_id: str, heads: tuple[str, ...]) -> bytes:
    # A board thread as a forum engine prints it: posts in blocks numbered by their ids, each with its poster and a
    # head (its floor, 发表于 and the time); under the opening post its rating log (评分) and its poster's signature.
    def post(number: int, head: str, text: str, extra: str = "") -> str:
        return (f"<div id='{post_id}{number}' class='item'><div class='who'><a href='/u/{number}'>会员{number}</a></div>"
                f"<div class='head'>{head}</div><div class='msg'>{text}</div>{extra}</div>")

    rating = ("<h3 class='psth'>评分</h3><dl class='rate'><dd><table><tr><th>参与人数 2</th><th>性能 +3</th></tr>"
              "<tr><td><a href='/u/7'>夜航船</a></td><td>+ 1</td><td>用心了</td></tr></table></dd></dl>"
              "<div class='sign'>装机六年，钱包瘦了，机箱胖了。</div>")
    posts = [post(41873302, heads[0], "".join(f"{line}<br><br>" for line in POST), rating)]
    replies = enumerate(zip(heads[1:], REPLIES, strict=True))
    posts += [post(41873340 + index, head, reply) for index, (head, reply) in replies]
    return (
        "<html><head><meta charset='utf-8'><title>给老机箱做了一次静音改造 - 硬件讨论区 - 清川论坛</title></head><body>"
        "<h1>给老机箱做了一次静音改造</h1><div class='threadlist'>" + "".join(posts) + "</div></body></html>"
    ).encode()


def test_a_threads_replies_its_rating_log_and_signature_are_no_body() -> None:
    # Without a rule for the forum: the opening post is the article, whatever the engine calls its posts.
    for post_id, heads in (("post_", ("楼主 发表于 2020-4-12 21:37", "沙发 发表于 2020-4-12 21:52", "板凳 发表于 2020-4-12 22:06")),
                           ("p", ("#1 2020-04-12 21:37", "#2 2020-04-12 21:52", "#3 2020-04-12 22:06"))):
        assert scraper.extract(_board(post_id, heads), rules=False).paragraphs == list(POST), post_id


def test_a_live_reports_numbered_entries_all_stay() -> None:
    # Numbered blocks with times but no post's head (no floor, no 发表于): the report's own entries.
    entries = "".join(f"<div id='live_{1001 + index}' class='entry'><span class='time'>2024-05-12 {10 + index}:32</span>"
                      f"<p>{line}</p></div>" for index, line in enumerate(POST))
    page = ("<html><head><meta charset='utf-8'><title>静音改造直播</title></head><body><h1>静音改造直播</h1>"
            f"<div class='live'>{entries}</div></body></html>").encode()
    paragraphs = scraper.extract(page, rules=False).paragraphs
    assert [line for line in paragraphs if line in POST] == list(POST)


def test_a_research_papers_card_goes() -> None:
    # The paper a science report retells, by its fields under a heading, with a title in any language.
    for fields in (("标题：Chemolithotrophic communities beneath the ice sheet", "期刊：《地球微生物学》", "发表时间：2015-03-11"),
                   ("论文题目：冰下湖微生物群落的代谢特征", "发表期刊：《清川科学》", "DOI：10.9999/qc.2015.011")):
        _assert_insert_goes("<div class='paper'><p>论文信息</p>" + "".join(f"<p>{field}</p>" for field in fields) + "</div>")


def test_a_papers_fields_the_text_announces_stay() -> None:
    # The same fields after a sentence that leads into them are the article's (a labelled date alone reads as a
    # date row, as anywhere).
    lead = "该研究的论文信息如下："
    fields = ("期刊：《清川科学》", "标题：冰下湖微生物群落的代谢特征")
    for paragraphs in _both_readings(between(f"<p>{lead}</p><div class='paper'>" + "".join(f"<p>{f}</p>" for f in fields) + "</div>")):
        assert all(field in paragraphs for field in fields)


def test_a_dispatch_printed_as_a_line_of_its_own_opens_the_text() -> None:
    for dispatch in ("清川探索3月13日报道", "本报北京3月12日讯"):
        for paragraphs in _both_readings(f"<p>{dispatch}</p>{ARTICLE}"):
            assert paragraphs == [dispatch, *LINES], dispatch
