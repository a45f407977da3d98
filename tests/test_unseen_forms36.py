"""Page forms the twenty-seventh round's build data showed misread, each a class: the twenty-first written round
landed whole (its half B held out last round included) and the twenty-second round's half A. Every line here is
fictional, written for the test."""

from __future__ import annotations

import json
from pathlib import Path

import scraper
from scraper.model import Image

from .test_unseen_forms29 import ARTICLE, LINES, _both_readings
from .test_unseen_forms30 import _assert_insert_goes, between
from .test_unseen_forms33 import _portal

PICTURE = "https://img.example.cn/forum/1.jpg"
THREAD = "https://bbs.example.cn/thread-30771523-1-1.html"
WRITTEN = Path(__file__).parent / "data" / "written_pages"


def test_an_attachments_tip_beside_its_picture_goes_and_the_picture_stays() -> None:
    # A forum post's picture with its download tip: the file's size and its upload time, in a box of its own.
    for tip in ("<div class='k8'><p>下载 (86.25 KB)</p><p>2012-4-15 10:20</p></div>",
                "<div class='k8'><p><strong>阳台小菜园.jpg</strong> <em>(1.2 MB, 下载次数: 3)</em></p><p>下载附件</p>"
                "<p>2012-4-15 10:20 上传</p></div>"):
        insert = f"<span class='k7'><img src='{PICTURE}' alt=''>{tip}</span>"
        _assert_insert_goes(insert)
        assert _portal(between(insert)).images == [Image(PICTURE)], tip


POST = (
    "去年搬了新家，朝南的阳台有七八个平方，空着也是空着，家里人说不如种点菜。二月底开始动手，到现在差不多两个月。",
    "先说准备工作。花盆是在网上买的长条种植箱，一共六个。土用的是园艺店买的营养土，掺了一点落叶堆肥。",
    "小青菜最好种，撒下去一个星期就出芽了，就是要记得间苗。生菜稍微娇气一点，后来改成土干了再浇，就没问题了。",
    "还有几点心得：一是阳台要通风；二是别贪多，一个箱子种一样就够了；三是浇水要小心，别滴到楼下。",
)


# The thread's replies, each a table of its own: the poster's name beside the reply's text.
REPLIES = "".join(
    f"<div class='k8'><table><tr><td><a href='/u/{n}'>{name}</a></td><td><div>{floor} 发表于 2012-4-15 1{n}:41</div>"
    f"<div class='k9'>{reply}</div></td></tr></table></div>"
    for n, (name, floor, reply) in enumerate((
        ("西溪边的猫", "沙发", "羡慕！我家阳台朝北，种什么都长不好，求推荐适合背阴的菜。"),
        ("清川小满", "板凳", "背阴的话可以试试韭菜和薄荷，对光照要求不高。"),
        ("半山种豆人", "地板", "营养土掺落叶堆肥这个办法好，学习了，周末去试试。"),
    ))
)


def _thread(card: str) -> bytes:
    """A forum thread's page, its first post in a cell of the thread's table beside the poster's `card`."""
    post = "<br/><br/>".join(f"　　{line}" for line in POST)
    return (
        "<html><head><meta charset='utf-8'><title>晒晒我家阳台小菜园 - 家居装修 - 清川论坛</title></head><body>"
        "<div class='k1'><a href='/'>首页</a> › <a href='/f/26'>家居装修</a></div><div class='k2'><table><tr>"
        "<td><h1>晒晒我家阳台小菜园</h1></td></tr></table><div class='k3'><table><tr>"
        f"<td class='k4'><div><a href='/u/1'>清川小满</a></div>{card}</td>"
        "<td class='k5'><div><em>发表于 2012-4-15 10:23</em></div><table><tr>"
        f"<td class='k6'>{post}</td></tr></table></td></tr></table></div>{REPLIES}</div>"
        "<div class='k7'><p>清川论坛 版权所有 Copyright © 2006-2012</p><p>清ICP备09999999号</p></div></body></html>"
    ).encode()


def test_a_forum_posters_registration_day_is_no_publish_time() -> None:
    article = scraper.extract(_thread("<p>帖子 412</p><p>注册时间 2010-9-3</p>"), url=THREAD, rules=False)
    assert article.published_at == "2012-04-15T10:23+08:00"


def test_a_threads_first_post_in_a_table_cell_is_read_whole() -> None:
    # A landed forum page read without its rule: trafilatura reads a Chinese page without its tables and found only
    # the poster's card and the page's foot outside the post's cell, while the density reading held the post.
    page = WRITTEN / "z287.html"
    gold = json.loads(page.with_name("z287.gold.json").read_text(encoding="utf-8"))
    article = scraper.extract(page.read_bytes(), url=gold["url"], rules=False)
    assert [line for line in article.paragraphs if line in gold["paragraphs"]] == gold["paragraphs"]


def test_a_tip_off_box_with_its_plea_and_its_button_goes() -> None:
    for button in ("我要爆料", "立即报料", "我要投稿"):
        _assert_insert_goes(
            "<div class='k7'><span class='k8'>清川爆料</span> 身边有新鲜事？欢迎爆料，一经采用即有奖励 "
            f"<a href='https://news.example.cn/baoliao/'>{button}</a></div>"
        )


def test_a_trips_card_with_its_booking_button_goes() -> None:
    _assert_insert_goes(
        "<div class='k7'><div class='k8'>清川旅游·线路推荐</div><p>山间古驿道两日徒步（含民宿一晚）</p>"
        "<p>出发日期：05-24、05-31</p><p>报价：￥380元起</p><a href='https://travel.example.cn/route/'>立即预订</a></div>"
    )


def test_an_opening_byline_of_words_and_pictures_before_the_writers_outlet_is_no_paragraph() -> None:
    for byline, writer in (("文/图 清川旅游特约作者 庹青遥", "庹青遥"), ("文/图 林晚", "林晚"), ("文/图：林晚", "林晚")):
        article = _portal(f"<p><strong>{byline}</strong></p>{ARTICLE}")
        assert (article.paragraphs, article.author) == (LINES, writer), byline


def test_a_columns_head_of_its_name_issue_and_slogan_goes_without_a_logo() -> None:
    head = "<div class='k7'><span>清川观察</span><span>第39期</span><span>在日常里读懂城市</span></div>"
    for paragraphs in _both_readings(f"{head}{ARTICLE}"):
        assert paragraphs == LINES


def test_a_quotation_the_paragraph_before_leads_into_is_the_articles() -> None:
    quote = "“借了三次，终于读完了。谢谢这本书陪我过了一个冬天。”"
    for paragraphs in _both_readings(between(f"<p>有读者在卡片上写下了一句话：</p><blockquote><p>{quote}</p></blockquote>")):
        assert paragraphs == [*LINES[:2], "有读者在卡片上写下了一句话：", quote, *LINES[2:]]


def test_the_writer_after_the_outlets_name_in_an_opening_byline_is_the_name_alone() -> None:
    article = _portal(f"<p>文/清川日报 蓝溪远</p>{ARTICLE}")
    assert (article.paragraphs, article.author) == (LINES, "蓝溪远")
    # Two writers after the mark stay two names.
    assert _portal(f"<p>文/林晚 苗见秋</p>{ARTICLE}").author == "林晚 苗见秋"


def test_a_books_author_on_its_card_among_the_paragraphs_is_not_the_articles() -> None:
    card = ("<div class='k7'><img src='https://img.example.cn/book.jpg' alt=''><div class='k8-info'><p>《小城书事》</p>"
            "<p>作者：殳望舒</p><p>出版社：某某文艺出版社</p><p>定价：49.00元</p></div></div>")
    article = _portal(f"<p>文/清川日报 蓝溪远</p>{between(card)}")
    assert (article.paragraphs, article.author) == (LINES, "蓝溪远")


def test_a_download_card_with_its_button_goes() -> None:
    _assert_insert_goes(
        "<div class='k7'><table><tr><th colspan='2'>应用档案</th></tr><tr><td>软件名称</td><td>清川输入法</td></tr>"
        "<tr><td>版本</td><td>3.2 Android版</td></tr><tr><td>更新时间</td><td>2011-09-29</td></tr></table>"
        "<a href='https://news.example.cn/download/'>免费下载</a></div>"
    )


POST_URL = "http://qingchuan.blog.example.cn/6928141.html"


def _blog(*, logo: bool) -> bytes:
    """A blog's post page: the day over the post, its title a link to the post itself, its clock labelled under the
    text, a reader's comment dated in full; a logo <h1> and the site and channel around the <title> with `logo`."""
    title = "新闻中心：要闻：老屋后面那棵槐树" if logo else "老屋后面那棵槐树_清川的博客"
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        + ("<h1>新闻中心</h1>" if logo else "")
        + "<div class='k1'><div class='k2'>2007年5月14日 星期一</div>"
        f"<p><strong><a href='{POST_URL}'>老屋后面那棵槐树</a></strong></p><div class='k3'>{ARTICLE}</div>"
        "<div class='k4'>发表者：<a href='/'>清川</a>　发表时间：21:37　|　<a href='#comment'>回复(1)</a></div></div>"
        "<div class='k5'><div class='k6'><b>砚田农夫</b> 发表于 2007-05-14 22:05<br>读着读着想起我家门口那棵树。</div></div>"
        "</body></html>"
    ).encode()


def test_a_posts_title_printed_as_a_link_to_the_post_itself_is_its_headline() -> None:
    assert scraper.extract(_blog(logo=True), url=POST_URL, rules=False).title == "老屋后面那棵槐树"


def test_the_clock_a_blog_labels_under_its_post_outranks_a_comments_full_date() -> None:
    assert scraper.extract(_blog(logo=False), url=POST_URL, rules=False).published_at == "2007-05-14T21:37+08:00"


def test_a_malformed_address_names_no_page_for_the_links_to_itself() -> None:
    # The page's own address is read to find its permalinks: a malformed one ("http://[x", a control character in its
    # path) finds none and raises nothing.
    for url in ("http://[x", "000\x1f", "http://blog.example.cn/post\x1f.html"):
        assert scraper.extract(_blog(logo=True), url=url, rules=False).paragraphs == LINES, url
