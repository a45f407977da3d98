"""Page forms the forty-fourth round's build data showed misread, each a class: the thirty-eighth written round's
pages (landed, built on whole) and the thirty-ninth's half A. Every line here is fictional, written for the test."""

from __future__ import annotations

import pytest

import scraper
from scraper.extract.notices import is_prompt_line

from .test_unseen_forms29 import LINES, _both_readings
from .test_unseen_forms51 import _between
from .test_unseen_forms52 import _after


@pytest.mark.parametrize("label", ["片长：", "片長：", "时长 "])
def test_a_clip_card_with_its_running_time_under_a_label_goes(label: str) -> None:
    box = ("<div class='clip'><div class='thumb'><img src='https://img.example.com/v.jpg' alt=''/></div>"
           f"<p class='t'>短片：湖畔步道怎么走？</p><p class='len'>{label}1:32</p></div>")
    for paragraphs in _both_readings(_between(box)):
        assert paragraphs == LINES


def test_a_sentence_naming_a_films_length_stays() -> None:
    line = "这部纪录片片长：92分钟，拍摄历时三年，记录了湖区四季的变化。"
    for paragraphs in _both_readings(_between(f"<p>{line}</p>")):
        assert line in paragraphs


def test_a_glossary_card_of_several_terms_goes() -> None:
    box = ("<div class='card' style='border:1px solid #eee'><p class='t'>湖区小知识</p>"
           "<p>渔汛：鱼群集中出现、适宜捕捞的时期。</p><p>禁渔期：为保护鱼类繁殖而禁止捕捞的时段。</p>"
           "<p>增殖放流：向水域投放鱼苗以补充资源。</p><a href='https://example.com/zhishi/'>更多湖区知识&gt;&gt;</a></div>")
    for paragraphs in _both_readings(_between(box)):
        assert paragraphs == LINES


def test_paragraphs_under_a_knowledge_heading_that_name_no_terms_stay() -> None:
    lines = ["专家介绍，湖区的渔汛一般集中在春末，鱼群会沿着湖湾向浅水区迁移。",
             "近几年，随着禁渔期制度的落实，湖区的鱼类资源逐步恢复，渔民的收入也更稳定了。"]
    box = "<div class='part'><p class='t'>湖区小知识</p>" + "".join(f"<p>{line}</p>" for line in lines) + "</div>"
    for paragraphs in _both_readings(_between(box)):
        assert all(line in paragraphs for line in lines)


def test_a_box_of_key_points_under_its_label_goes() -> None:
    box = ("<div class='keypoints' style='background:#f4f7fb'><p class='t'>划重点</p><p>1. 湖区步道全长十二公里</p>"
           "<p>2. 沿线新设六处观鸟点</p><p>3. 周末实行预约入园</p></div>")
    for paragraphs in _both_readings(_between(box)):
        assert paragraphs == LINES


def test_a_labelled_box_of_long_paragraphs_stays() -> None:
    lines = ["湖区步道全长十二公里，沿线新设了六处观鸟点，每处都配有望远镜和鸟类图鉴，方便游客辨认。",
             "管理处表示，周末和节假日将实行预约入园，每天的接待量控制在五千人以内，以免惊扰候鸟。"]
    box = "<div class='part'><p class='t'>要点</p>" + "".join(f"<p>{line}</p>" for line in lines) + "</div>"
    for paragraphs in _both_readings(_between(box)):
        assert all(line in paragraphs for line in lines)


def test_a_table_of_contents_jumping_to_the_pages_sections_goes() -> None:
    box = ("<div class='guide'><strong>本文导读：</strong><a href='#p1'>外观</a> | <a href='#p2'>屏幕</a> | "
           "<a href='#p3'>续航</a> | <a href='#p4'>点评</a></div>")
    for paragraphs in _both_readings(_between(box)):
        assert paragraphs == LINES


def test_a_sentence_linking_to_the_pages_own_sections_stays() -> None:
    line = ("下文依次介绍<a href='#p1'>步道走向</a>、<a href='#p2'>观鸟点位</a>和<a href='#p3'>预约办法</a>，"
            "游客可以按需要跳读。")
    text = "下文依次介绍步道走向、观鸟点位和预约办法，游客可以按需要跳读。"
    for paragraphs in _both_readings(_between(f"<p>{line}</p>")):
        assert text in paragraphs


# A report's paragraphs of a full sentence or two each: beside them a card's short rows read as what they are.
REPORT = [
    "本报3月21日讯（记者 林澈）在湖东区一条小路上占路经营了十多年的早市，从今天起正式搬进了附近新建成的室内便民市场。早上六点多，"
    "记者在新市场看到，蔬菜、水产、熟食等摊位已经全部开门营业，不少老顾客拎着布袋子一路找过来。",
    "这处早市原本沿着一条不足八米宽的小路两侧摆摊，最多时有两百多个摊位。每天早上四五点钟，摊主们就拉着三轮车赶来占位，一直持续"
    "到上午九点多。住在路边的居民说，早市散了以后，地上满是烂菜叶和塑料袋，夏天气味很大。",
    "早市搬进室内后，摊位整齐划一，顾客挑选更方便。记者 林澈 摄",
    "据了解，新建的便民市场由一处闲置厂房改建而成，营业面积约三千平方米，共设置固定摊位一百六十个，划分为蔬菜、肉禽、水产、主食、"
    "日杂等区域，市场内还配备了公共电子秤和快速检测室。",
    "摊主：有了固定摊位心里踏实",
    "卖了八年豆腐的摊主分到了一个靠近门口的摊位。“以前在马路边上，风吹日晒不说，下雨天还得收摊。现在有顶有墙，冬天也不冻手了。”"
    "她说，市场头一年的摊位费每月只收两百元，比她原先预想的要低。",
    "不过，也有摊主担心搬进室内以后客流会减少。对此，市场管理方表示，已在周边社区张贴了搬迁告示，开业头一个月还将每天安排专人在原"
    "早市路口引导顾客，市场门前新划了八十多个非机动车停放位。",
    "记者从湖东区有关部门了解到，原早市所在的小路将在近期进行整修，恢复正常通行。今年全区还将对另外四处占路市场进行疏导，计划年底前"
    "全部完成入室经营。",
]


def test_a_boards_comment_card_under_its_name_goes() -> None:
    box = ("<div class='bbs_card'><div class='t'>清川论坛网友热议</div><ul>"
           "<li>网友“湖边人”：早该搬了，以前早上上班都得绕着走。<span>(03-21 22:14)</span></li>"
           "<li>网友“老街坊”：室内是干净了，就怕菜价跟着涨。<span>(03-21 23:05)</span></li></ul>"
           "<a href='https://bbs.example.com/forum/1'>进入清川社区版块&gt;&gt;</a></div>")
    body = "".join(f"<p>{line}</p>" for line in REPORT[:6]) + box + "".join(f"<p>{line}</p>" for line in REPORT[6:])
    for paragraphs in _both_readings(body):
        assert paragraphs == REPORT


def test_a_cross_head_on_what_readers_say_stays() -> None:
    lines = ["网友热议停车难", "不少网友在社区论坛留言说，小区周边的停车位早已不够用，晚上回家常常要绕好几圈。"]
    for paragraphs in _both_readings(_between("".join(f"<p>{line}</p>" for line in lines))):
        assert all(line in paragraphs for line in lines)


def test_a_headed_card_of_steps_in_a_list_goes() -> None:
    box = ("<div class='flow'><p class='t'>湖藕是怎么挖出来的</p><ol><li>放：排干藕塘的水</li><li>踩：用脚探出藕的走向</li>"
           "<li>冲：水枪冲开塘泥</li><li>取：整枝托出不折断</li></ol></div>")
    for paragraphs in _both_readings(_between(box)):
        assert paragraphs == LINES


def test_a_data_card_of_figures_and_labels_with_its_note_goes() -> None:
    box = ("<div class='datacard'><div class='t'>【数据】</div><ul><li><em>312</em>人<span>注册居民</span></li>"
           "<li><em>约40%</em><span>线上预约占比</span></li><li><em>260</em>份<span>日均供餐</span></li></ul>"
           "<p class='note'>数据截至4月16日，由社区提供</p></div>")
    for paragraphs in _both_readings(_between(box)):
        assert paragraphs == LINES


def test_a_card_of_fields_run_together_in_one_line_goes() -> None:
    box = "<div class='shushuo'><p class='t'>【数说】</p><p>借还柜：18个　投放雨伞：3600把　累计借出：2.1万次</p></div>"
    for paragraphs in _both_readings(_between(box)):
        assert paragraphs == LINES


def test_a_tips_card_of_numbered_tips_goes() -> None:
    box = ("<div class='tips'><p class='t'>【小贴士】观鸟注意事项</p><p>1.出发前查好开放时间，闭园前一小时离开；</p>"
           "<p>2.穿深色衣服，不要大声喧哗；</p><p>3.不投喂鸟类，不靠近鸟巢。</p></div>")
    for paragraphs in _both_readings(_between(box)):
        assert paragraphs == LINES


def test_numbered_paragraphs_stating_the_articles_measures_stay() -> None:
    lines = ["【新规要点】", "1.湖区步道实行分时预约，周末每天接待量控制在五千人以内。管理处将根据候鸟迁徙情况调整。",
             "2.观鸟点位新设望远镜六台，由志愿者轮流值守讲解，游客可免费使用。"]
    box = "<div class='part'>" + "".join(f"<p>{line}</p>" for line in lines) + "</div>"
    for paragraphs in _both_readings(_between(box)):
        assert all(line in paragraphs for line in lines[1:])


@pytest.mark.parametrize("line", [
    "【网易清川互动】今年你去湖边看候鸟了吗？到清川论坛晒晒你拍的照片&gt;&gt;",
    "清川网友互动：你家附近的早市怎么样？欢迎到清川论坛“湖东社区”版块发帖讨论。",
])
def test_a_channels_call_to_talk_on_its_board_goes(line: str) -> None:
    for paragraphs in _both_readings(_after(line)):
        assert paragraphs == LINES


def test_a_cross_head_naming_an_exchange_stays() -> None:
    lines = ["【互动环节】", "讲座最后，不少市民向专家提问，话题从候鸟的迁徙路线一直聊到湖区的水位变化，现场气氛热烈。"]
    for paragraphs in _both_readings(_between("".join(f"<p>{line}</p>" for line in lines))):
        assert all(line in paragraphs for line in lines)


def test_a_programmes_name_in_title_marks_before_the_headline_is_left_out_of_the_title() -> None:
    page = ("<html><head><meta charset='utf-8'><title>《清川新闻》湖区步道今起分时预约_清川广播电视台</title></head><body>"
            "<div class='nav'><a href='/'>首页</a><a href='/lanmu/'>栏目</a></div>"
            "<div class='tt' style='font-size:22px'>湖区步道今起分时预约</div>"
            "<div class='info'>发布时间：2012-07-10 19:42　来源：清川新闻</div><div class='text'>"
            + "".join(f"<p>{line}</p>" for line in LINES) + "</div></body></html>")
    article = scraper.extract(page.encode(), url="https://www.example.com/lanmu/2012-07/10/content_0000000.htm")
    assert article.title == "湖区步道今起分时预约"


def test_a_list_box_beside_the_info_row_does_not_make_it_a_list_row() -> None:
    items = "".join(f"<li><a href='/news/2021112{day}/100{day}.html'>湖区新闻第{day}条标题在此</a>"
                    f"<span>2021-11-2{day} 0{day}:17</span></li>" for day in range(1, 5))
    page = ("<html><head><meta charset='utf-8'><title>湖区步道今起分时预约_清川网</title></head><body><div class='head'>"
            f"<div class='box3'><div class='hd'>热点新闻</div><ul>{items}</ul></div>"
            "<h1>湖区步道今起分时预约</h1><div class='info'><span>作者：林澈</span><span>2021年11月24日</span>"
            "<span>出自 <a href='https://www.example.com/magazine/000'>清川月刊 2021年12月号</a></span></div></div>"
            "<div class='text'>" + "".join(f"<p>{line}</p>" for line in LINES) + "</div></body></html>")
    article = scraper.extract(page.encode(), url="https://www.example.com/article/00000")
    assert article.published_at == "2021-11-24"


def _floor(name: str, head: str, post: str) -> str:
    """One floor of a forum thread printed as a table of one class: the poster's cell and the post's."""
    return (f"<table class='floor'><tr><td class='userinfo'><p class='uname'><a href='/u_1.htm'>{name}</a></p></td>"
            f"<td class='postcontent'><div class='postinfo'>{head}</div><div class='postbody'>{post}</div></td>"
            "</tr></table>")


def test_the_replies_of_a_thread_printed_as_floors_of_one_class_leave_the_body() -> None:
    replies = [("湖边人", "沙发 发表于：2010-04-18 21:33:10", "抢沙发！改得真好，请问柜子是哪家做的？"),
               ("老街坊", "板凳 发表于：2010-04-18 22:01:45", "两万三挺划算的，吊柜做到顶这个建议记下了。"),
               ("小白兔", "4楼 发表于：2010-04-19 08:12:09", "收藏了，明年装修的时候照着做。")]
    floors = _floor("楼主甲", "楼主 发表于：2010-04-18 21:05:47", "<br/><br/>".join(REPORT))
    floors += "".join(_floor(*reply) for reply in replies)
    page = ("<html><head><meta charset='utf-8'><title>老公房小厨房改造记_清川论坛</title></head><body>"
            "<div id='topic'><h1>老公房小厨房改造记</h1><div class='count'>浏览：3618　回复：27</div>"
            f"{floors}</div></body></html>")
    article = scraper.extract(page.encode(), url="https://bbs.example.com/t_13_00000000_1.htm", rules=False)
    assert article.paragraphs == REPORT



@pytest.mark.parametrize("line", ["点击查看组图：湖边的候鸟（共12张）", "查看高清组图", "点此浏览图集：清川春色"])
def test_a_galleries_link_left_as_a_line_is_a_prompt(line: str) -> None:
    assert is_prompt_line(line)


def test_a_sentence_about_a_photo_gallery_is_no_prompt() -> None:
    assert not is_prompt_line("市民可以在展厅里查看组图，了解湖区四十年来的变化。")


def _blog_page(footer: str) -> bytes:
    """A blog post whose header prints its day and whose footer prints `footer`."""
    return ("<html><head><meta charset='utf-8'><title>溪雨小筑 - 一个人的湖区</title></head><body><h1>溪雨小筑</h1>"
            "<div class='post'><div class='postHeader'><h2>一个人的湖区</h2><span class='date'>2007-10-09</span></div>"
            "<div class='postBody'>" + "".join(f"<p>{line}</p>" for line in LINES) + "</div>"
            f"<div class='postFooter'><div class='meta'>{footer}</div></div></div></body></html>").encode()


def test_a_blogs_footer_clock_after_its_poster_joins_the_day() -> None:
    page = _blog_page("Posted by 半坡溪雨 at 21:47:08 | <a href='/logs/1.html'>永久链接</a> | 评论(3)")
    assert scraper.extract(page, url="https://blog.example.com/logs/1.html").published_at == "2007-10-09T21:47+08:00"


def test_two_posted_clocks_join_no_day() -> None:
    footer = "Posted by 半坡溪雨 at 21:47:08 | 评论：Posted by 湖边人 at 23:05:10"
    page = _blog_page(footer)
    assert scraper.extract(page, url="https://blog.example.com/logs/1.html").published_at == "2007-10-09"


STORY = [
    "The river trail along the east bank reopened on Monday after eight months of repairs, the parks office said.",
    "Crews rebuilt three footbridges, widened the narrowest stretch near the old mill and added lighting at the "
    "two underpasses that runners had long complained about.",
    "The office expects the trail to carry more than a thousand people a day by the summer, when a bike share "
    "station opens at its southern end.",
]


def _story_page(thread: str) -> bytes:
    """An English article in hashed class names, then `thread` after it."""
    body = "".join(f"<p>{line}</p>" for line in STORY)
    return ("<html><head><meta charset='utf-8'><title>River trail reopens</title></head><body>"
            f"<article class='k1'><h1 class='k2'>River trail reopens</h1><div class='k3'>{body}</div></article>"
            f"{thread}</body></html>").encode()


# Readers' lines, long and many enough that a reading by text length alone takes the thread for the text.
OPINIONS = [
    "Finally! I used to dodge the puddles under the second underpass every single morning on my run, and it was bad.",
    "Great news, but I hope they fix the drainage near the mill before the autumn rains come back, or we wade again.",
    "Does anyone know whether dogs are still allowed north of the new footbridge? The signs there say different things.",
]


def test_a_comment_thread_under_its_heading_leaves_an_english_page_with_hashed_class_names() -> None:
    comments = "".join(
        f"<li class='k5'><div class='k6'><strong>Reader {n}</strong> on <a href='#c{n}'>May {n}, 2024 at 4:47 pm</a>"
        f" said:</div><p>{OPINIONS[n % 3]} ({n})</p><p>Another thought, number {n}: the map at the entrance still"
        " shows the old route, which confused a few visitors last weekend.</p></li>"
        for n in range(1, 10)
    )
    thread = f"<div class='k4'><h3 class='k7'>9 Comments</h3><ul class='k8'>{comments}</ul></div>"
    assert scraper.extract(_story_page(thread), url="https://news.example.com/2024/05/trail").paragraphs == STORY


def test_a_paragraph_about_comments_stays_in_an_english_article() -> None:
    line = "Comments from residents poured in at the spring hearing, most of them asking for better lighting."
    page = _story_page("").replace(b"</div></article>", f"<p>{line}</p></div></article>".encode())
    assert line in scraper.extract(page, url="https://news.example.com/2024/05/trail").paragraphs
