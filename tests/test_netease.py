"""NetEase in one place: document ids, the identity key batch and crawl dedupe on, and NetEase-only widget lines."""

from __future__ import annotations

import pytest

import scraper
from scraper.extract.rules.netease import doc_id_from, doc_id_of_url, identity_key
from tests.conftest import FIXTURES

DOC = "EP0M4R9S0001899O"
# netease_2019 names its article only in its URL: no data-docid, og:url or canonical link.
PAGE_2019 = (FIXTURES / "netease_2019" / "source.html").read_bytes()


@pytest.mark.parametrize(
    "url",
    [
        f"https://news.163.com/19/0907/13/{DOC}.html",
        f"https://www.163.com/dy/article/{DOC}.html",
        f"https://dy.163.com/v2/article/detail/{DOC}.html",
        f"https://dy.163.com/article/{DOC}",
        f"https://www.163.com/dy/article/{DOC}/",
        f"https://news.163.com/19/0907/13/{DOC}.html/",
        f"https://news.163.com/19/0907/13/{DOC}_2.html",
        f"https://news.163.com/19/0907/13/{DOC}_3.html",
        f"https://c.m.163.com/nc/article/{DOC}/full.html",
        f"https://3g.163.com/all/article/{DOC}.html?spss=x#comments",
    ],
)
def test_every_form_of_an_article_has_its_doc_id_and_its_key(url: str) -> None:
    assert identity_key(url) == f"163:{DOC}"
    article = scraper.extract(PAGE_2019, url)
    assert article.doc_id == DOC
    assert identity_key(url) == f"163:{article.doc_id}"  # the record and the dedupe key agree


@pytest.mark.parametrize(
    "url",
    [
        f"https://www.163.com/v/video/{DOC}.html",
        f"https://v.163.com/v/video/{DOC}.html",
        "https://news.163.com/photoview/00AP0001/2327361.html",
        f"https://www.163.com/photoview/0AI20009/{DOC}.html",
    ],
)
def test_a_video_or_photo_url_has_no_doc_id_and_is_keyed_by_its_url(url: str) -> None:
    assert doc_id_of_url(url) is None
    assert identity_key(url) == url
    assert identity_key(url) != identity_key(f"https://www.163.com/dy/article/{DOC}.html")


def test_doc_ids_are_read_from_bare_ids_and_urls_only() -> None:
    assert doc_id_from(f" {DOC} ") == DOC
    assert doc_id_from(f"https://www.163.com/dy/article/{DOC}.html") == DOC
    assert doc_id_from(f"https://www.163.com/dy/article/{DOC}/comments.html") is None
    assert doc_id_from("ep0m4r9s0001899o") is None
    assert doc_id_from(None) is None
    # A doc-id-looking path on another host is not a NetEase key.
    assert identity_key(f"https://example.com/{DOC}.html") == f"https://example.com/{DOC}.html"


def _netease_page(line: str) -> str:
    return (
        "<html><body><div class='post_main'><h1 class='post_title'>县里召开教育工作会议</h1>"
        "<div class='post_body'><p>会议指出，要把教育摆在优先发展的战略位置，办好人民满意的教育。</p>"
        f"<p>{line}</p><p>会议要求，各地各部门要切实抓好落实。</p></div></div></body></html>"
    )


def _sohu_page(line: str) -> str:
    return (
        "<html><body><div class='text-title'><h1>县里召开教育工作会议</h1></div><article id='mp-editor'>"
        "<p>会议指出，要把教育摆在优先发展的战略位置，办好人民满意的教育。</p>"
        f"<p>{line}</p><p>会议要求，各地各部门要切实抓好落实。</p></article></body></html>"
    )


@pytest.mark.parametrize("line", ["打开网易新闻 查看精彩图片", "打开网易新闻 查看更多图片"])
def test_an_app_prompt_in_a_pictures_place_goes_on_any_site(line: str) -> None:
    # Once a NetEase-only widget line, now a class on any template (widgets.py: a block with no picture holding
    # only a prompt to open an app to see it): a sohu page printing one loses it as a NetEase page does.
    netease = scraper.extract(_netease_page(line), f"https://www.163.com/dy/article/{DOC}.html")
    assert netease.extractor == "netease-2020"
    assert line not in netease.paragraphs and len(netease.paragraphs) == 2
    sohu = scraper.extract(_sohu_page(line), "https://www.sohu.com/a/123456_789")
    assert sohu.extractor == "sohu"
    assert line not in sohu.paragraphs and len(sohu.paragraphs) == 2


def test_an_app_prompt_goes_from_a_163_page_no_rule_reads_with_the_rules_on_and_off() -> None:
    # A template no rule knows (a mobile page) is read by the generic path, which drops the prompt by its shape.
    prose = "会议指出，要把教育摆在优先发展的战略位置，办好人民满意的教育。各地要结合实际抓好落实，确保各项任务落到实处。" * 3
    line = "打开网易新闻 查看精彩图片"
    page = (f"<html><body><article class='article'><h1>县里召开教育工作会议</h1><p>{prose}</p><div>{line}</div>"
            f"<p>{prose[::-1]}</p></article></body></html>")
    url = f"https://m.163.com/news/article/{DOC}.html"
    on = scraper.extract(page, url)
    assert on.extractor == "generic" and line not in on.paragraphs and prose in on.paragraphs
    off = scraper.extract(page, url, rules=False)
    assert line not in off.paragraphs and prose in off.paragraphs


def test_netease_widget_lines_in_a_text_dump_depend_on_the_site() -> None:
    dump = "县里召开教育工作会议\n2023-02-12 09:31:07　来源: 某某日报\n会议指出，要办好人民满意的教育。\n打开网易新闻 查看精彩图片\n"
    on_netease = scraper.extract_text(dump, f"https://www.163.com/dy/article/{DOC}.html")
    assert on_netease.paragraphs == ["会议指出，要办好人民满意的教育。"]
    assert on_netease.doc_id == DOC
    elsewhere = scraper.extract_text(dump, "https://example.com/a.html")
    assert "打开网易新闻 查看精彩图片" in elsewhere.paragraphs
    assert elsewhere.doc_id is None


def _netease_body(inner: str) -> list[str]:
    page = (f"<html><body><div class='post_main'><h1 class='post_title'>县里召开教育工作会议</h1>"
            f"<div class='post_body'>{inner}</div></div></body></html>")
    article = scraper.extract(page, f"https://www.163.com/dy/article/{DOC}.html")
    assert article.extractor == "netease-2020"
    return article.paragraphs


FIRST = "会议指出，要把教育摆在优先发展的战略位置，办好人民满意的教育，各地要结合实际抓好落实。"
LAST = "会议要求，各地各部门要切实抓好落实，确保今年秋季学期前完成全部校舍的安全排查工作。"


def test_a_related_label_on_a_card_mid_body_does_not_end_the_body() -> None:
    card = ("<div><div>相关阅读</div><a href='https://www.163.com/dy/article/X.html'><span>全县新建三所公办幼儿园</span>"
            "<span>明年秋季开学前投入使用。</span></a></div>")
    assert _netease_body(f"<p>{FIRST}</p>{card}<p>{LAST}</p>") == [FIRST, LAST]


def test_a_related_heading_with_only_links_after_it_still_ends_the_body() -> None:
    links = "".join(f"<p><a href='https://www.163.com/dy/article/{n}.html'>全县新建三所公办幼儿园{n}</a></p>" for n in "AB")
    assert _netease_body(f"<p>{FIRST}</p><p>相关阅读</p>{links}") == [FIRST]


@pytest.mark.parametrize("line", ["扫码关注本地官方微信，看更多本地资讯", "长按识别二维码 关注我们"])
def test_a_scan_to_follow_prompt_goes_and_a_sentence_about_scanning_stays(line: str) -> None:
    assert _netease_body(f"<p>{FIRST}</p><p>{line}</p><p>{LAST}</p>") == [FIRST, LAST]
    sentence = "扫码支付已经在全县的农贸市场推广开来。"
    assert _netease_body(f"<p>{FIRST}</p><p>{sentence}</p>") == [FIRST, sentence]


@pytest.mark.parametrize("staff", ["编辑：沈燕", "责任编辑：王五_NBJ1234", "（编辑：周敏 审核：李强）"])
def test_the_staff_line_closes_the_body(staff: str) -> None:
    # What a channel prints after its staff line inside the body container: a rights box, a contact notice,
    # cards of its earlier issues. None of it is the article.
    after = ("<div><p>本栏目文章均为独家约稿，并享有独家版权。</p><p>投稿与合作请致信本栏目邮箱。</p></div>"
             "<div><div>往期回顾</div><a href='https://www.163.com/dy/article/X.html'>全县新建三所公办幼儿园</a></div>")
    assert _netease_body(f"<p>{FIRST}</p><p>{LAST}</p><p>{staff}</p>{after}") == [FIRST, LAST]


def test_a_staff_line_before_any_paragraph_closes_nothing() -> None:
    assert _netease_body(f"<p>编辑：沈燕</p><p>{FIRST}</p><p>{LAST}</p>") == [FIRST, LAST]


@pytest.mark.parametrize("note", [
    "（本文首发于微信公众号“山间小记”，转载请联系授权）",
    "本文系本栏目独家约稿，并享有独家版权。如需转载请在文后留言申请授权。",
    "作者 周小满 曾在菜市场长大，现为一名小学教师",
])
def test_notes_about_the_article_go_and_sentences_in_it_stay(note: str) -> None:
    assert _netease_body(f"<p>{FIRST}</p><p>{note}</p><p>{LAST}</p>") == [FIRST, LAST]
    for sentence in ("本文开头提到的那位老人，后来搬去了城里。", "文章指出，版权保护要加强，授权机制需完善。"):
        assert _netease_body(f"<p>{FIRST}</p><p>{sentence}</p>") == [FIRST, sentence]


@pytest.mark.parametrize(("byline", "author"), [("文/林一苇", "林一苇"), ("文 | 健康时报记者 李然", "李然")])
def test_a_byline_above_the_article_is_its_author_and_not_its_text(byline: str, author: str) -> None:
    page = (f"<html><body><div class='post_main'><h1 class='post_title'>县里召开教育工作会议</h1>"
            f"<div class='post_body'><p>{byline}</p><p>{FIRST}</p><p>{LAST}</p></div></div></body></html>")
    article = scraper.extract(page, f"https://www.163.com/dy/article/{DOC}.html")
    assert article.paragraphs == [FIRST, LAST]
    assert article.author == author


def test_a_closing_byline_stays_in_the_body() -> None:
    assert _netease_body(f"<p>{FIRST}</p><p>{LAST}</p><p>（网易财经 张艳）</p>") == [FIRST, LAST, "（网易财经 张艳）"]


def test_a_date_row_of_a_class_the_rule_does_not_know_still_gives_the_publish_time() -> None:
    page = ("<html><body><div id='epContentLeft'><h1 id='h1title'>县里召开教育工作会议</h1>"
            "<div class='ep-info'>2012-07-05 08:14:09　来源: <a href='/'>县融媒体中心</a></div>"
            f"<div id='endText'><p>{FIRST}</p><p>{LAST}</p></div></div></body></html>")
    article = scraper.extract(page, "https://money.163.com/12/0705/08/8255SD1A00253B0H.html")
    assert article.extractor == "netease-2015"
    assert article.published_at == "2012-07-05T08:14:09+08:00"


# A reprint that pastes the paper's title lines over the text inside #endText: the headline whole, or broken in two.
REPRINT_TEXT = [
    "本市第三条地铁线路昨天开通试运营，全长二十六公里，设站十九座，连接老城区和东部新城。",
    "首班车早上六点从东湖站发出，不少市民专程赶来体验，车厢里座无虚席。",
]


@pytest.mark.parametrize("title_lines", [["地铁三号线昨日开通试运营"], ["地铁三号线", "昨日开通试运营"]])
def test_the_headline_a_reprint_prints_again_over_the_text_is_not_the_rules_body(title_lines: list[str]) -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in [*title_lines, *REPRINT_TEXT])
    page = (
        "<html><head><title>地铁三号线昨日开通试运营_网易新闻中心</title></head><body>"
        '<div id="epContentLeft"><h1 id="h1title">地铁三号线昨日开通试运营</h1>'
        '<div class="ep-time-soure">2014-06-28 08:30:00　来源: 某某日报</div>'
        f'<div id="endText">{paragraphs}</div></div></body></html>'
    )
    article = scraper.extract(page, "http://news.163.com/14/0628/08/ABCDEFGH00014AEE.html")
    assert article.extractor == "netease-2015"
    assert article.paragraphs == REPRINT_TEXT
