"""Page forms the fifty-fourth round's build data showed misread, each a class: the forty-eighth written round's pages
(landed, built on whole) and the forty-ninth's half A. Every line here is fictional, written for the test."""

from __future__ import annotations

import lxml.html
import pytest

import scraper
from scraper.extract.clean import clean_lines
from scraper.extract.density import density_reading

from .test_unseen_forms29 import LINES, _both_readings
from .test_unseen_forms56 import _goes_from_between

THREAD_URL = "http://bbs.example.com/viewthread.php?tid=0000000"


def _old_forum_thread() -> str:
    """An older forum's thread (posts as numbered tables, the message in its own cell): the thread's head with its
    counts and headline over the post list, the poster's column with a profile of counts beside the opening post,
    then replies."""
    reply = (
        "<div id='post_9000000{n}'><table id='pid9000000{n}'><tr><td class='postauthor'><a href='space.php?uid={n}'>"
        "回帖人{n}</a><dl class='profile'><dt>帖子</dt><dd>1{n}</dd></dl></td><td class='postcontent'>"
        "<div class='postinfo'><strong>{n}楼</strong> <em>发表于 2010-3-14 2{n}:26</em></div>"
        "<div class='t_msgfontfix'><table><tr><td class='t_msgfont' id='postmessage_9000000{n}'>谢谢分享，收藏了。"
        "我家阳台朝北，光照不够，种的番茄只开花不结果，请问楼主有没有补光的办法？</td></tr></table></div></td></tr></table>"
        "</div>"
    )
    return (
        "<html><head><meta charset='utf-8'><title>自家阳台种的小番茄熟了 - 园艺天地 - 某某论坛</title></head><body>"
        "<div id='postlist' class='mainbox viewthread'><div id='threadtitle'><div class='threadtags'>查看: 1286 | "
        "回复: 2</div><h1><a href='forumdisplay.php?fid=9'>[经验分享]</a> 自家阳台种的小番茄熟了</h1></div>"
        "<div id='post_90000001'><table id='pid90000001'><tr><td class='postauthor'><a href='space.php?uid=1'>阳台园丁"
        "</a><dl class='profile'><dt>UID</dt><dd>900001</dd><dt>帖子</dt><dd>326</dd><dt>积分</dt><dd>1021</dd>"
        "<dt>注册时间</dt><dd>2008-5-12</dd><dt>来自</dt><dd>湖北</dd></dl><p><em>中级会员</em></p></td>"
        "<td class='postcontent'><div class='postinfo'><strong>楼主</strong> <em>发表于 2010-3-14 20:41</em></div>"
        "<div class='t_msgfontfix'><table><tr><td class='t_msgfont' id='postmessage_90000001'>"
        f"{'<br />'.join(LINES)}</td></tr></table></div></td></tr></table></div>"
        f"{''.join(reply.format(n=n) for n in (2, 3, 4))}</div></body></html>"
    )


def test_an_older_forums_opening_post_is_its_message_without_the_threads_head_or_the_posters_profile() -> None:
    # Once the replies are gone, the message cell holds nearly all the thread's prose: the thread's head (counts,
    # headline) and the poster's column (UID, 帖子, 积分 …) beside it are no part of the post. The density reading is
    # asked directly: on this short page the body choice takes trafilatura's reading, on a real thread's (its
    # navigation and boards around it) the density reading's.
    lines, container, _ = density_reading(lxml.html.fromstring(_old_forum_thread()))
    assert lines == LINES
    assert container is not None and container.get("id") == "postmessage_90000001"
    assert scraper.extract(_old_forum_thread(), THREAD_URL, rules=False).paragraphs == LINES


@pytest.mark.parametrize(
    "embed",
    [
        "<blockquote class='instagram-media' data-instgrm-permalink='https://www.instagram.com/p/000000000/'><div>"
        "<p>清川湿地今晚好靚 #清川 #夜游</p><p>由 湿地夜游人9999 (@wetland_night9999) 分享的貼文 · 2024 年 4月 17 日 "
        "下午8:52 PDT</p></div></blockquote>",
        "<blockquote class='twitter-tweet'><p lang='zh'>清川湿地的萤火虫出来了 #清川</p>— 湿地夜游人 "
        "(@wetland_night9999) <a href='https://twitter.com/wetland_night9999/status/0000000000'>April 17, 2024</a>"
        "</blockquote>",
    ],
)
def test_a_social_platforms_embedded_post_among_the_paragraphs_goes(embed: str) -> None:
    # The class the platform's embed code gives (instagram-media, twitter-tweet) names another page's post quoted.
    _goes_from_between(embed)


def test_a_related_reading_card_opening_on_its_thumbnail_goes_with_its_summary_and_date() -> None:
    # The card's label is its first block with text, after the thumbnail's link: the headline, its teaser and its
    # date close the box.
    card = (
        "<div class='rel_card'><a href='https://www.163.com/news/article/0000000000000007.html'><img src='rel.jpg' "
        "alt=''></a><p class='label'>相关阅读</p><p class='title'><a href='https://www.163.com/news/article/"
        "0000000000000007.html'>清川湿地夜游线路开通一周年</a></p><p class='summary'>夜游线路开通一年来，游客……</p>"
        "<p class='time'>2024-04-10</p></div>"
    )
    _goes_from_between(card)


@pytest.mark.parametrize(
    "line",
    ["查询更多楼盘的得房率、公摊和户型图，请登录某某房产楼盘库", "查看更多湿地夜游线路和开放时间，欢迎访问清川网旅游频道"],
)
def test_a_call_to_look_up_more_on_the_sites_database_closing_the_body_goes(line: str) -> None:
    for paragraphs in _both_readings("".join(f"<p>{text}</p>" for text in [*LINES, line])):
        assert paragraphs == LINES


def test_a_tips_card_of_a_heading_over_a_list_of_short_tips_goes() -> None:
    card = (
        "<div class='Card_card__x1'><div class='Card_head__x2'>夜游湿地要注意什么？</div><ul class='Card_list__x3'>"
        "<li>穿浅色长袖衣裤</li><li>不要使用强光手电</li><li>不投喂野生动物</li><li>晚上十点前离园</li></ul></div>"
    )
    _goes_from_between(card)


def test_a_list_the_paragraph_before_leads_into_stays_with_its_heading() -> None:
    # The article's own list, announced by the paragraph before it (…可以这样做：), is the article's, boxed or not.
    lead = "工作人员提醒，夜游湿地可以这样做："
    box = "<div><div>出发前</div><ul><li>穿浅色长袖衣裤</li><li>带上驱蚊水</li><li>查好开放时间</li></ul></div>"
    first, rest = LINES[:3], LINES[3:]
    body = "".join(f"<p>{line}</p>" for line in [*first, lead]) + box + "".join(f"<p>{line}</p>" for line in rest)
    for paragraphs in _both_readings(body):
        assert "穿浅色长袖衣裤" in paragraphs and "带上驱蚊水" in paragraphs


@pytest.mark.parametrize("label", ["重點：", "重点：", "划重点"])
def test_key_points_under_their_label_above_the_article_go(label: str) -> None:
    # A reading that took the header with the text (trafilatura's, on a template whose box stands above the
    # article's block) keeps the label and its points, each a headline's length: all of them go, not the label and
    # the first alone.
    points = ["- 三条夜游慢行线全部亮灯", "- 靠近核心区路段十点后调暗", "- 入口公布夜间开放时段"]
    assert clean_lines([label, *points, *LINES], frozenset()) == LINES


def test_a_posts_short_last_paragraph_beside_its_long_first_one_stays() -> None:
    # The descent to the message stops above a paragraph: the long one alone is not the message.
    long = "".join(LINES)
    reply = (
        "<div id='post_9{n}'><table><tr><td>回帖人{n}</td><td><em>发表于 2010-3-14 2{n}:26</em><div id='postmessage_9{n}'>"
        "谢谢分享，收藏了。我家阳台朝北，光照不够，请问楼主有没有补光的办法？</div></td></tr></table></div>"
    )
    page = (
        "<html><body><div id='postlist'><div id='post_91'><table><tr><td>楼主</td><td><em>发表于 2010-3-14 20:41</em>"
        f"<div id='postmessage_91'><p>{long}</p><p>欢迎各位补充。</p></div></td></tr></table></div>"
        f"{''.join(reply.format(n=n) for n in (2, 3, 4))}</div></body></html>"
    )
    lines, _, _ = density_reading(lxml.html.fromstring(page))
    assert lines[-2:] == [long, "欢迎各位补充。"]
