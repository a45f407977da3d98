"""Page forms the fifty-second round's build data showed misread, each a class: the forty-sixth written round's pages
(landed, built on whole) and the forty-seventh's half A. Every line here is fictional, written for the test."""

from __future__ import annotations

import pytest

import scraper

from .test_unseen_forms29 import LINES, _both_readings
from .test_unseen_forms56 import _goes_from_between, _half, _service_box_goes


def _department_news(headline: str) -> str:
    """A city government's news page: the <title> joins the site, the column and the headline with spaces alone, and
    the page prints the headline in a bold <div> with no class name and no meta that names it."""
    return (
        "<html><head><meta charset='utf-8'>"
        f"<title>某某市人民政府 部门动态 {headline}</title></head><body><div>网站首页 政务公开 部门动态</div>"
        f"<div style='font-size:24px;font-weight:bold'>{headline}</div>"
        "<div>发布日期：2016-11-08　来源：市农业局</div>"
        f"<div>{''.join(f'<p>{line}</p>' for line in LINES)}</div></body></html>"
    )


@pytest.mark.parametrize(
    "headline",
    [
        # The headline prints a space of its own between its two halves, as the <title>'s names are set off.
        "柑橘采摘季到来 农技人员进果园指导贮藏",
        # ... or none.
        "柑橘采摘季到来农技人员进果园指导贮藏",
    ],
)
def test_a_government_title_naming_site_and_column_with_spaces_gives_the_printed_headline(headline: str) -> None:
    page = _department_news(headline)
    url = "http://www.example.gov.cn/bmdt/201611/t20161108_000000.html"
    assert scraper.extract(page, url, rules=False).title == headline


@pytest.mark.parametrize(
    "box",
    [
        # A paper's sidebar under its bracketed label with the term it explains, the note a paragraph of its own.
        "<div class='k1'><b>【链接】柑橘“三宝”</b><p>柑橘“三宝”指果肉、果皮和橘络，当地常把果皮晒干制成陈皮。</p></div>",
        # ... or the label alone in bold, the note running on after it in the same box.
        "<div class='k2' style='border:1px solid #9DB7D3'><b>【小资料】</b>冷链仓储是指在低温环境下储存农产品，"
        "可延长保鲜期并减少损耗。</div>",
    ],
)
def test_a_papers_labelled_sidebar_explaining_a_term_goes_from_between_the_paragraphs(box: str) -> None:
    _goes_from_between(box)


@pytest.mark.parametrize(
    "note",
    [
        # Where the text first ran, with the day and the page, the paper's word after its title marks.
        "（摘自《某某农民》报2007年5月23日第二版）",
        # When and where the text was first published, in the outlet's app.
        "（本文已于2019年4月17日7时10分在某某客户端首发）",
        "本文首发于某某晚报客户端",
    ],
)
def test_a_closing_note_of_where_the_text_first_ran_is_no_paragraph(note: str) -> None:
    for paragraphs in _both_readings("".join(f"<p>{line}</p>" for line in LINES) + f"<p>{note}</p>"):
        assert paragraphs == LINES, note


def _phpwind_thread() -> str:
    """A PHPWind thread: the board's counters and buttons over the first post, the poster's name in a profile link
    the software addresses by uid, an attachment's name over each picture in the post, the pager under it."""
    post = "<br />".join(
        [*LINES[:2], "<span class='f12'>图片:IMG_0412.JPG</span>", "<img src='/attachment/0000000000000001.jpg' />",
         *LINES[2:4], "<span class='f12'>图片:IMG_0418.JPG</span>", "<img src='/attachment/0000000000000002.jpg' />",
         *LINES[4:]]
    )
    return (
        "<html><head><meta charset='utf-8'><title>自己腌了一坛酸菜，步骤都在这儿了|美食天地 - 某某社区 - Powered by PHPWind"
        "</title></head><body><div class='wrap'>"
        "<div class='t5'><span>浏览: 3216 | 回复: 3</span> <span>&laquo; <a href='read-htm-tid-0000000.html'>上一主题</a>"
        " | <a href='read-htm-tid-0000000.html'>下一主题</a> &raquo;</span></div>"
        "<div class='t5' id='t5_tpc'><table><tr><th><div><a href='u.php?action-show-uid-9999901.html'>江畔吃货9999</a></div>"
        "<div>级别: 资深会员</div></th><th><div>楼主 <span>发表于: 2009-04-12 21:37</span></div>"
        "<h1>自己腌了一坛酸菜，步骤都在这儿了</h1>"
        f"<div id='read_tpc'>{post}</div></th></tr></table></div>"
        "<div class='t5'><span class='pages'>共 1 页 <b>1</b></span></div></div></body></html>"
    )


def test_a_phpwind_threads_poster_is_the_author_and_its_counters_attachment_names_and_pager_are_no_paragraphs() -> None:
    article = scraper.extract(_phpwind_thread(), "http://bbs.example.cn/read-htm-tid-0000000.html", rules=False)
    assert (article.author, article.paragraphs) == ("江畔吃货9999", LINES)


def test_a_comparison_sliders_tip_and_tags_go_from_between_the_paragraphs() -> None:
    # Two pictures under one slider, how to drag it, and the tag of each picture.
    _goes_from_between(
        "<div class='k3'><div class='k4'><img src='/before.jpg' alt='改造前' /><img src='/after.jpg' alt='改造后' /></div>"
        "<p class='k5'>左右拖动滑块，查看改造前后对比</p><p class='k6'><span>改造前</span> <span>改造后</span></p></div>"
    )


@pytest.mark.parametrize(
    "box",
    [
        # The site's call for readers' work under its name and a dot, with the address to send it to.
        "<div class='k7' style='border:1px dashed #7fa7c9'><p><b>{site}・征集</b>　您家也有老照片吗？欢迎晒出来，优秀投稿将在"
        "{site}刊出。</p><p>投稿邮箱：t999@example.cn　截止日期：2012年12月31日</p></div>",
        # ... or its call to tell the reporters in the comments.
        "<div class='k8'><p><b>{site}·寻找老手艺</b></p><p>你身边有坚守多年的老手艺人吗？欢迎在跟贴中告诉我们，记者将去探访。</p>"
        "</div>",
    ],
)
def test_the_sites_call_for_readers_work_or_tips_among_the_paragraphs_goes(box: str) -> None:
    _service_box_goes(box)


def test_a_labelled_link_pointing_on_and_a_row_of_linked_tags_are_no_paragraphs_of_a_rules_body() -> None:
    first, rest = _half(LINES)
    pointer = "<p>【网友晒图】<a href='https://www.163.com/special/shaitu/'>收楼遇到过哪些毛病？已有126位网友晒图&gt;&gt;</a></p>"
    tags = ("<p class='keywords'>本文关键词：<a href='https://www.163.com/tag/a/'>闭水试验</a> "
            "<a href='https://www.163.com/tag/b/'>卫生间防水</a></p>")
    for paragraphs in _both_readings(first + pointer + rest + tags):
        assert paragraphs == LINES


def _photo_thread() -> str:
    """A vBulletin photo forum's thread: the poster's name linked to the profile the software addresses by
    member.php?u=, the camera data under each picture."""
    exif = "<div class='k9'>Canon EOS 5D | 拍摄时间: 2007:10:03 07:12:45 | 光圈: F/8.0 | 快门: 1/125s | ISO: 100 | 焦距: 40mm</div>"
    post = "".join(f"<p>{line}</p>" for line in LINES[:3]) + "<img src='/attachment/1.jpg' />" + exif + "".join(
        f"<p>{line}</p>" for line in LINES[3:]
    )
    return (
        "<html><head><meta charset='utf-8'><title>秋日湿地晨光 - 风光摄影 - 某某摄影论坛</title></head><body>"
        "<table><tr><td class='alt2'><div><a class='k1' href='http://forum.example.cn/member.php?u=9999901'>等光的人9999</a>"
        "</div><div>注册日期: 2004-05-11<br />帖子: 1,236</div></td><td class='alt1'><div>2007-10-16, 22:48</div>"
        f"<div class='k2'><strong>秋日湿地晨光</strong></div><div id='post_message_0000001'>{post}</div></td></tr></table>"
        "</body></html>"
    )


def test_a_photo_forums_poster_is_the_author_and_its_camera_data_is_no_paragraph() -> None:
    article = scraper.extract(_photo_thread(), "http://forum.example.cn/showthread.php?t=0000001", rules=False)
    assert (article.author, article.paragraphs) == ("等光的人9999", LINES)


def test_an_edition_line_with_the_papers_issue_number_is_no_paragraph() -> None:
    page = "".join(f"<p>{line}</p>" for line in LINES) + "<p>《某某社会科学报》2023年6月12日第2669期</p>"
    for paragraphs in _both_readings(page):
        assert paragraphs == LINES


@pytest.mark.parametrize("next_label", ["新媒体编辑：宋雨婷", "图片编辑：宋雨婷", "值班编辑：宋雨婷"])
def test_the_editor_ends_where_a_desks_staff_label_follows(next_label: str) -> None:
    # Two staff lines in one box, each a paragraph of its own: the box's text runs the editor into the next label.
    page = (
        "<html><head><meta charset='utf-8'><title>清川湿地夜游记_清川网</title></head><body><h1>清川湿地夜游记</h1>"
        "<div class='info'>2024-04-18 07:21　来源：清川日报</div><div class='text'>"
        + "".join(f"<p>{line}</p>" for line in LINES)
        + f"</div><div class='k3'><p>责任编辑：刘亚楠</p><p>{next_label}</p></div></body></html>"
    )
    assert scraper.extract(page, "https://news.example.cn/a/1.html", rules=False).editor == "刘亚楠"
