"""Page forms the thirty-second round's build data showed misread, each a class: the twenty-sixth written round
landed whole (its half B held out last round included) and the twenty-seventh round's half A. Every line here is
fictional, written for the test."""

from __future__ import annotations

import scraper
from scraper.extract.labels import closing_author, dispatch_author, label_value

from .test_unseen_forms29 import ARTICLE, LINES, _both_readings
from .test_unseen_forms30 import _assert_insert_goes, between

PAGE_TITLE = "清川新区三条公交线路今起调整_清川法院网"
HEADLINE = "清川新区三条公交线路今起调整"


def _word_pasted(first_clause: str) -> bytes:
    # The headline in a div no name marks, the info row and zoom links under it, and the first paragraph pasted
    # from a word processor: its first clause in a span of its own, set in a 16pt font like the rest.
    span = "<span style='font-family:仿宋_GB2312;font-size:16pt'>{}</span>"
    return (
        f"<html><head><title>{PAGE_TITLE}</title></head><body><div class='k1'>{HEADLINE}</div>"
        "<div class='k2'><span>发布时间：2014-11-20 15:37:06</span> <span>作者：某某</span> <span>来源：清川日报</span>"
        " <span>浏览次数：</span></div><div class='k3'><a href='#'>大</a> <a href='#'>中</a> <a href='#'>小</a>"
        " <a href='#'>打印</a></div><div class='k4'><p style='text-indent:2em'>"
        + span.format(first_clause)
        + span.format("清川新区三条公交线路将调整走向，沿线居民出行将更加方便，具体站点以公告为准。")
        + "</p><p>调整后的线路将覆盖新建的两个小区和一所学校，公交公司表示将视客流情况增加班次。</p></div></body></html>"
    ).encode()


def test_a_first_clause_in_a_span_of_its_own_is_no_headline() -> None:
    # A line that breaks off at a comma runs on into the next: the <title>'s headline, printed above, is the title.
    for clause in ("本网讯 自本月起，", "据了解，", "记者从公交公司获悉、", "为方便出行；"):
        assert scraper.extract(_word_pasted(clause), rules=False).title == HEADLINE, clause


def test_another_articles_card_tagged_with_a_list_heading_goes() -> None:
    # A tag (推荐阅读) above the card's linked headline and its summary: one other article's card all the same.
    for tag in ("推荐阅读", "相关阅读", "往期回顾"):
        _assert_insert_goes(
            f"<div class='card'><span class='tag'>{tag}</span><h4><a href='https://news.example.cn/a/2.html'>"
            "第49期：为什么我们总在周一立目标</a></h4><p class='sum'>新的一周，新的开始，新的放弃。</p></div>"
        )


def _notice(issuer: str) -> bytes:
    # A government notice: the crumbs name the department (a link), and the related files' headlines open with
    # the issuer's name; the notice signs off with the issuer and the date.
    lines = ("为方便市民出行，经研究，决定自2022年1月1日起调整部分公交线路，现将有关事项通告如下。",
             "调整期间，各公交企业应在相关站点张贴告示，及时向乘客发布线路调整信息，做好解释引导工作。",
             "市民如有疑问，可拨打公交服务热线咨询，或通过政务服务便民热线反映意见建议。")
    return (
        "<html><head><meta charset='utf-8'><title>清川市交通运输局关于调整部分公交线路的通告</title></head><body>"
        "<div class='crumbs'><a href='/'>首页</a> &gt; <a href='/jtj/'>市交通运输局</a> &gt; 通知公告</div>"
        "<h1>清川市交通运输局关于调整部分公交线路的通告</h1><div class='info'>发布时间：2021-12-20 16:30</div>"
        "<div class='content'>" + "".join(f"<p>{line}</p>" for line in lines)
        + f"<p>特此通告。</p><p style='text-align:right'>{issuer}</p><p style='text-align:right'>2021年12月17日</p>"
        "</div><div class='related'><h3>相关文件</h3><ul><li><a href='/a/1.html'>清川市交通运输局关于东城片区公交站点"
        "临时迁移的通告</a><span>2021-11-26</span></li></ul></div></body></html>"
    ).encode()


def test_a_notices_issuer_over_its_closing_date_stays_though_the_crumbs_link_names_most_of_it() -> None:
    paragraphs = scraper.extract(_notice("清川市交通运输局"), url="https://www.example.gov.cn/a/9.html", rules=False).paragraphs
    assert paragraphs[-3:] == ["特此通告。", "清川市交通运输局", "2021年12月17日"]


def test_a_reprint_note_by_permission_above_the_text_goes() -> None:
    # In simplified or traditional characters: the note says where the text first ran, above its byline.
    for note in ("本文经《城市笔记》授权转载，原文发表于此", "本文經《城市筆記》授權轉載，原文發表於此"):
        for paragraphs in _both_readings(f"<p><em>{note}</em></p>{ARTICLE}"):
            assert paragraphs == LINES, note


def test_a_promo_headed_by_its_call_in_brackets_goes() -> None:
    promo = ("【加入清川评论网会员】每天精彩好文直送你的信箱，每周独享编辑精选、时事精选等特制电子报。"
             "还可留言与作者、记者、编辑讨论文章内容。立刻点击免费加入会员！")
    for line in (promo, promo.replace("会员", "會員").replace("编辑", "編輯")):
        _assert_insert_goes(f"<p><strong>{line}</strong></p>")
    # A cross-head in brackets names a topic, not a call: it stays.
    for paragraphs in _both_readings(between("<p><strong>【加入世贸组织二十年】</strong></p>")):
        assert "【加入世贸组织二十年】" in paragraphs


def test_labels_printed_in_traditional_characters_give_their_values_as_printed() -> None:
    assert label_value("責任編輯：鄔晴嵐", "editor") == "鄔晴嵐"
    assert label_value("來源：香港文匯網", "source") == "香港文匯網"


def test_a_staff_role_ending_in_editor_ends_the_editors_name_before_it() -> None:
    for role in ("核稿编辑", "值班编辑", "美术编辑", "图片编辑"):
        assert label_value(f"责任编辑：王小五{role}：李四", "editor") == "王小五", role
    assert label_value("責任編輯：鄔晴嵐核稿編輯：翁若澄", "editor") == "鄔晴嵐"


def test_a_writers_note_in_brackets_after_the_name_is_no_part_of_it() -> None:
    for line in ("文：卓一帆（城市交通研究者）", "作者：卓一帆（清川大学教授）", "文：卓霽帆（城市交通研究者）"):
        assert label_value(line, "author") in ("卓一帆", "卓霽帆"), line


def _thread(author_meta: str) -> bytes:
    # A forum thread on a template no rule knows: the software's makers in the author meta, the posts in a list
    # named for them (postlist), the poster's link to his space before 发表于, and a reply of three days later.
    post = ("家里这台机器用了快六年，机箱是当年两百多块买的中塔，三把原装风扇全是三针直插，打游戏的时候隔着一个房间都能听见。"
            "最近在家时间多，干脆动手做了一次静音改造，前后花了两个周末，下面把过程记录一下，给有同样需求的朋友参考。")
    return (
        f"<html><head><meta name='author' content='{author_meta}'><title>给老机箱做了一次静音改造 - 硬件区 - 清川论坛</title>"
        "</head><body><div id='postlist' class='pl bm'><div class='post'><div class='authi'><a href='space-uid-5982.html'>"
        "冰镇橘子</a></div><div class='authi'><a href='space-uid-5982.html'>冰镇橘子</a> 发表于 2020-4-12 21:37</div>"
        f"<div class='t_f'>{post}<br>{post}</div></div><div class='post'><div class='authi'><a href='space-uid-1103.html'>"
        "夜航船</a> 发表于 2020-4-15 16:20</div><div class='t_f'>隔音棉贴前面板确实容易闷吧？</div></div></div></body></html>"
    ).encode()


def test_a_forum_threads_poster_and_time_are_read_in_its_list_of_posts() -> None:
    fields = scraper.extract(_thread("Discuz! Team and Comsenz UI Team"), rules=False)
    assert (fields.author, fields.published_at) == ("冰镇橘子", "2020-04-12T21:37+08:00")


def test_an_author_meta_that_credits_the_software_names_no_writer() -> None:
    for credit in ("Discuz! Team and Comsenz UI Team", "Powered by DedeCMS", "phpwind Team"):
        assert scraper.extract(_thread(credit), rules=False).author == "冰镇橘子", credit


def test_a_closing_credit_with_the_reporters_kind_or_the_other_hands_names_the_writer() -> None:
    for credit, writer in (("（清川日报全媒体记者 刘一晓）", "刘一晓"), ("（网易湖北 记者 柏一舟 通讯员 甘棠）", "柏一舟"),
                           ("（记者 柏一舟 摄影 甘棠）", "柏一舟"), ("（清川晚报首席记者 刘一晓）", "刘一晓")):
        assert closing_author([f"保护区已在重点湖区增设巡护点。{credit}"]) == writer, credit
    assert closing_author(["保护区已在重点湖区增设巡护点。（完）"]) is None


def test_a_dispatch_marks_bracket_of_names_alone_names_the_reporters() -> None:
    assert dispatch_author(["清川网成都6月12日电 （吴一明）6月11日，记者从省交通运输厅获悉。"]) == "吴一明"
    assert dispatch_author(["清川网讯（本网记者 林一青）昨日，全市道路积水已排除。"]) == "林一青"
    # Another hand's role first (通讯员, 摄影) names no reporter.
    assert dispatch_author(["本报讯（通讯员 王五）昨日，全市道路积水已排除。"]) is None
