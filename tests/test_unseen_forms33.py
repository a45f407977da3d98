"""Page forms the twenty-fourth round's build data showed misread, each a class: the nineteenth written round's half A,
and the landed pages read class-blind (bench.eval --blind: names that say nothing, as hashed names of many real
templates do), where the generic reading must tell a block from its text and structure alone. Every line here is
fictional, written for the test."""

from __future__ import annotations

import scraper
from scraper.extract.notices import is_credit_line

from .test_unseen_forms29 import ARTICLE, LINES, _both_readings
from .test_unseen_forms30 import between
from .test_unseen_forms31 import _assert_closing_line_stays

URL = "https://tech.example.cn/news/2024/0410/1.html"
LEAD_IN = "主要更新内容如下："
ITEMS = (
    "全新查询引擎：向量化执行，支持谓词下推与并行聚合；",
    "多租户：支持按租户隔离存储配额、查询并发与访问权限；",
    "分层存储：冷数据可自动迁移至对象存储，并对查询透明。",
)


def _listed_page(items: tuple[str, ...]) -> bytes:
    """An article whose second paragraph leads in to a list, on a page whose names say nothing."""
    listed = f"<p><strong>{LEAD_IN}</strong></p><ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    article = "".join(f"<p>{line}</p>" for line in LINES[:2]) + listed + "".join(f"<p>{line}</p>" for line in LINES[2:])
    return (
        "<html><head><meta charset='utf-8'><title>清川时序库发布3.0版本_清川科技</title></head><body>"
        "<div class='k1'><a href='/'>首页</a></div><div class='k2'><h1>清川时序库发布3.0版本</h1>"
        f"<div class='k3'>2024-04-10 10:12:35</div><div class='k4'>{article}</div>"
        "<div class='k5'>Tags：<a href='/t/1'>数据库</a></div></div><div class='k6'>扫码关注清川科技公众号</div>"
        "<div>清ICP备12345678号</div></body></html>"
    ).encode()


def test_the_items_a_lead_in_announces_stay_where_trafilatura_reads_their_list_as_a_menu() -> None:
    # trafilatura leaves the <ul> out of a page whose names say nothing; the density reading prints it after the
    # lead-in, and items that end as clauses do are the article's enumeration.
    paragraphs = scraper.extract(_listed_page(ITEMS), url=URL, rules=False).paragraphs
    assert paragraphs == [*LINES[:2], LEAD_IN, *ITEMS, *LINES[2:]]


def test_a_copyright_line_opening_on_the_sign_is_the_pages_footer() -> None:
    # The generic reading's: a rule's body ends where its template's container does, before the page's foot.
    for line in ("© 清川科技(QC.NET) 2024 - 清川网络科技有限公司", "©清川日报社 2003-2024"):
        portal, _ = _both_readings(f"{ARTICLE}<p>{line}</p>")
        assert portal == LINES, line
    # A line that only names the sign further on is the article's.
    _assert_closing_line_stays("照片的版权标记“©”后面，通常跟着作者的名字和拍摄的年份，例如2024。")


def test_a_netease_channel_page_with_its_headline_in_a_table_cell_gives_the_rows_source_and_author() -> None:
    # The 2005-2010 channels set the headline in a layout table's cell: the date row under it is the table's next
    # sibling, not the headline's (n158, n172, n182, n193, n201 and the nineteenth written round's game channel page).
    for headline in ("<h1 id='h1title'>清川湿地夜游记</h1>",
                     "<table><tr><td class='t'><h1 id='h1title'>清川湿地夜游记</h1></td></tr></table>"):
        page = (
            "<html><head><meta charset='utf-8'><title>清川湿地夜游记_网易新闻中心</title></head><body>"
            f"{headline}<div class='text-info'>2008-08-12 16:42:07　来源: <a href='#'>清川晨报</a>"
            f"　作者: 林晚　<a href='#comment'>网友评论 128 条</a></div><div id='endText'>{ARTICLE}</div></body></html>"
        ).encode()
        article = scraper.extract(page, url="https://news.163.com/08/0812/16/4IK7R2QD00011229.html")
        assert (article.source, article.author) == ("清川晨报", "林晚"), headline


VERDICTS = (
    "<div class='k9'><p>清川手机评分</p><p>7.6<span>分</span></p><p>优点：单手好握，续航扎实</p><p>缺点：夜景偏弱</p></div>",
    "<div class='k9'><div>清川数码评分</div><div>7.8<span>/10</span></div><p><b>优点：</b>佩戴舒适；连接稳定</p></div>",
    "<div class='k9'><p>清川数码评分：7.8分</p><p>优点：机身轻，价格实惠</p><p>缺点：发热明显</p></div>",
    "<table class='k9'><tr><td colspan='4'>清川游戏频道首测评分</td></tr><tr><td>画面 8.0</td><td>音效 7.5</td>"
    "<td>操作 7.0</td><td>综合 7.5</td></tr><tr><td>你给这款游戏打几分？<a href='https://g.example.cn/v/1.html'>我要打分</a>"
    "（已有3,612位网友打分）</td></tr></table>",
    "<table class='k9'><tr><td colspan='4'>清川游戏频道首测评分</td></tr><tr><td>画面 8.0</td><td>音效 7.5</td>"
    "<td>操作 7.0</td><td>综合 7.5</td></tr></table>",
)


def test_a_reviews_verdict_box_with_its_score_goes() -> None:
    # A box summing a review up beside the text: a rating's heading, the score (one figure or one per category), the
    # pros and cons (n127, n173 landed; the nineteenth written round's game and phone reviews).
    for box in VERDICTS:
        for place in (f"{ARTICLE}{box}", f"{''.join(f'<p>{line}</p>' for line in LINES[:3])}{box}"
                      f"{''.join(f'<p>{line}</p>' for line in LINES[3:])}"):
            for paragraphs in _both_readings(place):
                assert paragraphs == LINES, box


def test_a_table_of_scores_the_text_announces_stays() -> None:
    rows = (("选手", "评分"), ("林晚", "9.6分"), ("苗见秋", "9.2分"))
    table = "<table>" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows) + "</table>"
    lead = "决赛中两位选手的评分如下："
    portal, _ = _both_readings(f"{ARTICLE}<p>{lead}</p>{table}")
    assert portal[-4:] == [lead, "选手 评分", "林晚 9.6分", "苗见秋 9.2分"]


def test_a_staff_line_opening_the_text_with_the_pictures_credit_or_a_tellers_changed_name_is_no_paragraph() -> None:
    for line in ("策划：清川时尚　撰文：林晚　图片：品牌提供", "口述：小满（化名）　撰文：清川女人 闻栀"):
        for paragraphs in _both_readings(f"<p><strong>{line}</strong></p>{ARTICLE}"):
            assert paragraphs == LINES, line
    # A picture's credit alone is its caption's, and a sentence naming a pseudonym is the article's.
    assert not is_credit_line("摄影：林晚")
    _assert_closing_line_stays("口述者小满（化名）说，她每天清晨五点就要去花卉市场进货。")


def test_a_columns_welcome_to_write_in_with_its_address_goes() -> None:
    line = "《她的故事》是清川女人独家栏目，每周四更新。如果你也有故事想讲，欢迎来信：story@example.cn"
    for paragraphs in _both_readings(f"{ARTICLE}<p>{line}</p>"):
        assert paragraphs == LINES
    _assert_closing_line_stays("她说，欢迎来信的读者越来越多，栏目每周都要挑出几封回复。")


def test_a_gallerys_tip_to_open_the_picture_full_size_is_no_paragraph() -> None:
    # Left in a rule's body too, under a picture (n103, n144, n149 landed; the nineteenth round's phone review).
    for tip in ("点击查看原图", "点击查看大图", "查看原图&gt;&gt;"):
        gallery = f"<div class='g'><img src='https://img.example.cn/1.jpg'><p class='tip'>{tip}</p></div>"
        for paragraphs in _both_readings(between(gallery)):
            assert paragraphs == LINES, tip
    # The gallery's heading with the count of its pictures goes with it.
    gallery = ("<div class='g'><p class='t'>游戏截图（共8张）</p><img src='https://img.example.cn/1.jpg'>"
               "<a href='https://img.example.cn/set/1.html'>点击查看大图</a></div>")
    for paragraphs in _both_readings(between(gallery)):
        assert paragraphs == LINES


def _portal(body: str) -> scraper.Article:
    """The article read, rules off, from a portal page holding `body` under its headline."""
    page = (
        "<html><head><meta charset='utf-8'><title>清川湿地夜游记_清川网</title></head><body><h1>清川湿地夜游记</h1>"
        f"<div class='info'>2024-04-18 07:21　来源：清川日报</div><div class='text'>{body}</div></body></html>"
    ).encode()
    return scraper.extract(page, url="https://news.example.cn/a/1.html", rules=False)


def test_a_crews_credits_closing_the_text_are_no_paragraph_and_name_its_writer() -> None:
    # A broadcast's crew (记者：… 摄像：… 编辑：…, z236 landed and the nineteenth round's TV page) and a Malaysian
    # paper's 报道：… 摄影：… (the nineteenth round): the reporter is the author.
    for credits in ("记者：林晚　摄像：苗见秋　编辑：柏舟", "记者：林晚 摄像：苗见秋", "报道：林晚 摄影：苗见秋"):
        article = _portal(f"{ARTICLE}<p>{credits}</p>")
        assert (article.paragraphs, article.author) == (LINES, "林晚"), credits
    # A unit's credit for sending the report in names no writer.
    article = _portal(f"{ARTICLE}<p>（县农业农村局 供稿）</p>")
    assert (article.paragraphs, article.author) == (LINES, None)


def test_a_broadcasts_label_over_its_text_is_no_paragraph() -> None:
    for label in ("本期文稿：", "新闻文稿"):
        assert _portal(f"<p>{label}</p>{ARTICLE}").paragraphs == LINES, label


def test_a_science_outlets_closing_credits_block_is_no_paragraph_and_names_its_writer() -> None:
    block = ("出品：清川科普", "作者：林晚（清川大学食品科学与工程学院）", "审核：苗见秋 副主任医师", "监制：清川科普编辑部")
    article = _portal(ARTICLE + "".join(f"<p>{line}</p>" for line in block))
    assert (article.paragraphs, article.author) == (LINES, "林晚")
    # A writer's name alone under 作者 is a byline the text may keep; a step of a procedure is the article's.
    _assert_closing_line_stays("审核：3个工作日内完成，结果将通过短信告知申请人。")


def test_a_sentence_telling_of_opening_an_app_is_the_articles() -> None:
    _assert_closing_line_stays("最开始那一年几乎每天都打开App看收益，跌了焦虑，涨了兴奋，后来一个月只在扣款日看一眼。")
    # The prompt to open or download the app stays a prompt.
    for prompt in ("打开清川新闻App，查看更多精彩图片", "请下载清川新闻客户端"):
        for paragraphs in _both_readings(f"{ARTICLE}<p>{prompt}</p>"):
            assert paragraphs == LINES, prompt


def test_the_rows_of_a_table_the_text_announces_stay_whatever_their_figures() -> None:
    # Two counts in 万 on a line read alone as a widget's votes; after the sentence leading into the table they are
    # its rows (n116 landed, rules off).
    lead = "近三年全市夜游人数和收入情况如下："
    rows = ("年份 夜游人数 收入", "2021年 3.5万 1.6万", "2022年 4.0万 1.8万")
    table = "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r.split()) + "</tr>" for r in rows) + "</table>"
    portal, _ = _both_readings(between(f"<p>{lead}</p>{table}"))
    assert portal == [*LINES[:2], lead, *rows, *LINES[2:]]


def test_an_author_box_of_blocks_and_a_quiz_box_among_the_paragraphs_go() -> None:
    # Names that say nothing (n89 read class-blind, n162 landed): the box's label, name and bio each a block of its
    # own; a quiz's title, count and button.
    author = ("<div class='k7'><img src='https://img.example.cn/a.jpg'><p>作者简介</p><p>林晚</p>"
              "<p>心理咨询师，从事青少年心理咨询工作八年</p></div>")
    quiz = ("<div class='k8'><a href='https://news.example.cn/test/1.html'><img src='https://img.example.cn/t.png'></a>"
            "<p>测一测：你的拖延程度有多高？</p><p>共15题　已有12.3万人参与</p>"
            "<a href='https://news.example.cn/test/1.html'>开始测试</a></div>")
    for box in (author, quiz):
        for paragraphs in _both_readings(between(box)):
            assert paragraphs == LINES, box
