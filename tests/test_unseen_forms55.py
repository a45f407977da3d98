"""Page forms the forty-sixth round's build data showed misread, each a class: the fortieth written round's pages
(landed, built on whole) and the forty-first's half A. Every line here is fictional, written for the test."""

from __future__ import annotations

import pytest

import scraper

from .test_unseen_forms29 import LINES


def _thread(first_head: str) -> str:
    """A forum thread: the first post's head prints `first_head`, the poster's card beside it the day they joined;
    three replies follow, each head labelled 发表于 with its own later time. The posts stand in a block named as a
    list (post_list), which the headline's date row is never read from."""
    body = "<br>\n".join(LINES + LINES)
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
    body = "".join(f"<p>{line}</p>" for line in LINES)
    page = (
        f"<html><head><title>{column}老街改造完成 居民回迁-某某网视频-某某卫视</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/v/'>视频</a></div>"
        "<div style='font-size:24px;font-weight:bold'>老街改造完成 居民回迁</div>"
        f"<div class='info'>2010-06-15 20:13:07　来源：某某卫视</div><div class='text'>{body}</div></body></html>"
    )
    assert scraper.extract(page, rules=False).title == "老街改造完成 居民回迁"
