"""Page forms the forty-sixth round's build data showed misread, each a class: the fortieth written round's pages
(landed, built on whole) and the forty-first's half A. Every line here is fictional, written for the test."""

from __future__ import annotations

import pytest

import scraper
from scraper.extract.line_kinds import Kind, kind_by_words

from .test_unseen_forms29 import ARTICLE, LINES, _both_readings
from .test_unseen_forms51 import _between
from .test_unseen_forms52 import _after


def _thread(first_head: str) -> str:
    """A forum thread: the first post's head prints `first_head`, the poster's card beside it the day they joined;
    three replies follow, each head labelled 发表于 with its own later time. The posts stand in a block named as a
    list (post_list), which the headline's date row is never read from."""
    body = "<br>\n".join(LINES)
    replies = "".join(
        "<table class='post'><tr><td class='p_user'><a class='uname' href='/u/9999002'>路过的阿强zz</a><br>"
        f"等级：二级</td><td class='p_main'><div class='p_head'><span class='floor'>{n}楼</span>　"
        f"发表于：2014-03-08 {clock}</div><div class='p_content'>说得对，我也这么觉得。</div></td></tr></table>"
        for n, clock in ((2, "21:40"), (3, "22:05"), (4, "23:18"))
    )
    return (
        "<html><head><title>周末骑车绕湖一圈的记录 - 骑行天地 - 某某论坛</title></head><body>"
        "<div class='nav'><a href='/'>论坛首页</a> &gt; <a href='/f/9'>骑行天地</a></div>"
        "<div class='thread_head'><h1>周末骑车绕湖一圈的记录</h1><div class='th_stat'>查看：8921 | 回复：57</div>"
        "<div class='pager'><b>1</b> <a href='/t/0_p2'>2</a> <a href='/t/0_p3'>3</a> <a href='/t/0_p2'>下一页</a></div>"
        "</div>"
        "<div class='post_list'><table class='post'><tr><td class='p_user'><a class='uname' href='/u/9999001'>骑车的老周zz</a><br>"
        "等级：三级<br>帖子：1207<br>注册：2009-05-20</td>"
        f"<td class='p_main'><div class='p_head'><span class='floor'>楼主</span>　{first_head}　"
        "<a href='/t/0_a'>只看该作者</a></div><div class='p_tip'>温馨提示：该贴包含 2 张图片，点击图片可查看大图</div>"
        f"<div class='p_content'>{body}</div></td></tr></table>{replies}</div></body></html>"
    )


@pytest.mark.parametrize("first_head", ["2014年3月8日 20:47:00", "2014-03-08 20:47"])
def test_the_first_posts_time_is_the_threads_whatever_labels_the_replies(first_head: str) -> None:
    # Each reply's head stands where the first post's does: the same slot of a repeated entry, the reply's time.
    # The card's 注册 day is when the poster joined.
    assert scraper.extract(_thread(first_head), rules=False).published_at == "2014-03-08T20:47" + (
        ":00+08:00" if "年" in first_head else "+08:00"
    )


def test_a_labelled_first_post_keeps_its_time() -> None:
    assert scraper.extract(_thread("发表于：2014-03-08 20:47"), rules=False).published_at == "2014-03-08T20:47+08:00"


@pytest.mark.parametrize("column", ["[城市新闻联播]", "【城市新闻联播】"])
def test_a_column_in_brackets_before_the_title_is_a_name_around_the_printed_headline(column: str) -> None:
    # The headline printed in a styled block of its own, no heading element: the <title> holds it with the
    # programme's name in brackets before it and the site's names after.
    page = (
        f"<html><head><title>{column}老街改造完成 居民回迁-某某网视频-某某卫视</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/v/'>视频</a></div>"
        "<div style='font-size:24px;font-weight:bold'>老街改造完成 居民回迁</div>"
        f"<div class='info'>2010-06-15 20:13:07　来源：某某卫视</div><div class='text'>{ARTICLE}</div></body></html>"
    )
    assert scraper.extract(page, rules=False).title == "老街改造完成 居民回迁"


def test_a_tip_off_box_naming_its_outlet_goes_with_its_heading() -> None:
    box = ("<div class='baoliao'><p class='t'>清川网·爆料</p><p>身边有新鲜事？拨打清川网爆料热线 0591-55550000，或在论坛"
           "“我要爆料”版块发帖，一经采用即有奖励。</p></div>")
    for paragraphs in _both_readings(_between(box)):
        assert paragraphs == LINES


def test_a_sentence_citing_a_services_hotline_stays() -> None:
    line = "市民如发现积水点，可拨打城管服务热线 0591-55550001 反映，工作人员将在两小时内到场处置。"
    for paragraphs in _both_readings(_after(line)):
        assert paragraphs == [*LINES, line]


def test_a_poll_card_with_its_answers_in_a_list_goes() -> None:
    box = ("<div class='vote-card'><p class='tag'>投票</p><p class='q'>你家给老人做过适老化改造吗？</p>"
           "<ul class='opts'><li>做过了</li><li>打算做</li><li>没考虑过</li></ul><p class='count'>已有3,206人参与</p>"
           "<a class='btn' href='javascript:;'>打开客户端参与投票</a></div>")
    for paragraphs in _both_readings(_between(box)):
        assert paragraphs == LINES


@pytest.mark.parametrize(
    "line", ["本文已被转载 3 次", "转载到我的空间", "分享给好友", "温馨提示：该贴包含 2 张图片，点击图片可查看大图"]
)
def test_a_blog_or_forum_posts_buttons_and_prompts_are_widgets(line: str) -> None:
    # Left as lines of their own under a post, they read as short text or a caption without the words.
    assert kind_by_words(line) is Kind.WIDGET


def test_a_sentence_about_reprints_is_prose() -> None:
    assert kind_by_words("这篇文章被转载到多家网站后，引发了广泛讨论。") is Kind.PROSE


def test_a_prompt_to_comment_under_a_bracketed_label_goes() -> None:
    line = "【我有话说】你所在的小区有闲置的空地吗？你希望它变成什么？欢迎在文后留言。"
    for paragraphs in _both_readings(_between(f"<p>{line}</p>")):
        assert paragraphs == LINES


def test_a_closing_line_naming_only_the_source_goes() -> None:
    # The info row credits 清川日报; the same name in brackets under the text credits it again.
    for paragraphs in _both_readings(_after("（清川日报）")):
        assert paragraphs == LINES
    # A closing byline names people: it stays.
    for paragraphs in _both_readings(_after("（清川日报记者 某某某）")):
        assert paragraphs[-1] == "（清川日报记者 某某某）"


@pytest.mark.parametrize("part", ["老周zz的日志", "老周zz的博客"])
def test_a_blog_platforms_title_names_the_posts_author(part: str) -> None:
    page = (
        f"<html><head><title>周末去旧书市场淘书 - {part} - 某某网</title></head><body>"
        "<div class='card'><p class='nick'>老周zz</p><p>女　26岁</p></div>"
        f"<h2 class='diary_title'>周末去旧书市场淘书</h2><div class='diary_info'>2008-03-16 21:38</div>"
        f"<div class='diary_content'>{ARTICLE}</div></body></html>"
    )
    assert scraper.extract(page, rules=False).author == "老周zz"


def test_a_blog_name_the_page_never_prints_names_no_author() -> None:
    page = (
        "<html><head><title>周末去旧书市场淘书 - 书房的博客 - 某某网</title></head><body>"
        f"<h2>周末去旧书市场淘书</h2><div class='info'>2008-03-16 21:38</div><div class='text'>{ARTICLE}</div></body></html>"
    )
    assert scraper.extract(page, rules=False).author is None


def test_a_threads_first_post_is_its_body_without_the_posters_card_or_the_replies() -> None:
    paragraphs = scraper.extract(_thread("发表于：2014-03-08 20:47"), rules=False).paragraphs
    assert paragraphs == LINES


def test_a_list_box_floated_beside_the_text_goes() -> None:
    box = ("<div class='shelfCard' style='float:right;width:180px;margin:0 0 10px 12px;border:1px solid #ccc'>"
           "<p><strong>【书架借阅榜】</strong></p><ol><li>《平凡的世界》</li><li>《围城》</li><li>菜谱和养生书</li>"
           "<li>少儿绘本</li></ol><p class='note'>据登记簿统计　截至4月25日</p></div>")
    for paragraphs in _both_readings(_between(box)):
        assert paragraphs == LINES


def test_a_floated_box_of_sentences_stays() -> None:
    # A floated note that says something is the article's.
    line = "记者注意到，三条慢行线中有两条沿河而建，夜间水面反光较强。"
    box = f"<div style='float:left;width:200px'><ul><li>{line}</li></ul></div>"
    for paragraphs in _both_readings(_between(box)):
        assert line in paragraphs


def test_a_text_message_subscription_with_the_code_before_the_verb_goes() -> None:
    box = ("<div class='sms'><p><strong>清川手机报</strong>　每天一条好书推荐，编辑短信 DS 发送到 1066555000 即可订阅，"
           "资费详见订阅回复。</p></div>")
    for paragraphs in _both_readings(_between(box)):
        assert paragraphs == LINES


@pytest.mark.parametrize(
    "box",
    [
        "<div class='yueyu'><p><strong>【粤语小词典】</strong>趟栊门：西关老屋门口的一排横木推拉门，夏天通风又防盗。</p></div>",
        "<div class='tips'><p><b>■小贴士</b></p><p>夜游线路开放时间：每天18:00—22:00，周一闭园。骑行请佩戴头盔并开启车灯。</p></div>",
    ],
)
def test_a_labelled_glossary_or_tips_box_goes(box: str) -> None:
    for paragraphs in _both_readings(_between(box)):
        assert paragraphs == LINES


def test_a_forum_rank_over_the_post_is_the_posters_card() -> None:
    page = _thread("发表于：2014-03-08 20:47").replace("等级：三级<br>", "<p><em>中级会员</em></p>")
    assert scraper.extract(page, rules=False).paragraphs == LINES


def test_bracketed_staff_credits_closing_the_text_go_and_give_the_writer() -> None:
    body = ARTICLE + "<p style='text-align:right'>（文/公孙某某 图/某某 编辑/某某某）</p>"
    page = (
        "<html><head><title>清川湿地夜游记_清川大学新闻网</title></head><body><h1>清川湿地夜游记</h1>"
        f"<div class='info'>2024-04-18 07:21　来源：图书馆</div><div class='text'>{body}</div></body></html>"
    )
    article = scraper.extract(page, rules=False)
    assert article.paragraphs == LINES
    assert article.author == "公孙某某"


def test_a_threads_post_list_beside_a_board_notice_is_the_container() -> None:
    # The board's rules above the posts take a share of the page's score; the post list still holds most of it.
    notice = "<div class='rules'>" + "本版规定：发帖请注明地点和时间，转载请注明出处，谢谢合作。" * 2 + "</div>"
    page = _thread("发表于：2014-03-08 20:47").replace("<div class='post_list'>", notice + "<div class='post_list'>")
    assert scraper.extract(page, rules=False).paragraphs == LINES
