"""Page forms the fifty-eighth round's build data showed misread, each a class: the fifty-third written round's half
A and the fifty-second's pages, landed this round. Every line here is fictional, written for the test."""

from __future__ import annotations

import pytest

import scraper
from scraper.extract.labels import closing_author, dispatch_author, label_value, row_reporters

from .test_unseen_forms29 import LINES

_URL = "https://www.example.cn/article/000001"


def _row_page(row: str) -> bytes:
    # A server-rendered article: the row's fields are spans glued with no space, a key-points box under it.
    body = "".join(f"<p>{line}</p>" for line in LINES)
    return (
        "<html><head><meta charset='utf-8'><title>清川夜间共享车位开放_清川网</title></head><body><main>"
        f"<article><h1 class='a-title'>清川夜间共享车位开放</h1><div class='a-meta'>{row}</div>"
        "<div class='a-points'><h4>划重点</h4><ul><li>首批单位停车场错时开放</li><li>共享车位1200多个</li></ul></div>"
        f"<div class='a-content'>{body}</div></article></main><div class='foot'>清川网版权所有</div></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("row", "author"),
    [
        ("<span>来源：清川日报</span><span>记者 遥辇清</span><time>2023-03-09 07:52</time>", "遥辇清"),
        ("<span>来源：清川日报</span><span>记者 遥辇清</span><span>通讯员 迭剌霁</span><time>2023-03-09 07:52</time>"
         "<span>阅读 1.3万</span>", "遥辇清"),
        ("<span>清川日报</span><span>本报记者 林述秋 石秋雯</span><time>2023-03-09 07:52</time>", "林述秋 石秋雯"),
        ("<span>来源：清川日报</span><span>记者 林述秋 通讯员 石秋雯</span><time>2023-03-09 07:52</time>", "林述秋"),
    ],
)
def test_a_reporters_field_in_the_row_under_the_headline_names_the_writer(row: str, author: str) -> None:
    # <span>记者 王五</span>: the role and the names with no label's colon, a field of its own in the row.
    article = scraper.extract(_row_page(row), url=_URL, rules=False)
    assert article.author == author
    assert article.paragraphs == LINES


@pytest.mark.parametrize(
    ("field", "names"),
    [
        ("记者 周沐阳 济南报道", "周沐阳"),
        ("本报记者 何沐 实习生 蒲晓", "何沐"),
        ("記者 王清川", "王清川"),
        ("记者 王五、李四 通讯员 赵六", "王五 李四"),
        ("(北京)", None),
        ("作者：林述秋", None),
        ("通讯员 石秋雯", None),
        ("鉅亨網記者葉承澤 台北", None),
    ],
)
def test_a_rows_reporters_field_is_the_role_and_names_alone(field: str, names: str | None) -> None:
    # Where they filed from and the other hands after them end the names; a bracketed place or a label is no field.
    assert row_reporters(field) == names


@pytest.mark.parametrize("name", ["蔑儿乞晓岚", "没鹿回若溪", "欧阳晓明"])
def test_a_long_name_inside_the_dispatch_marks_bracket_is_read_whole(name: str) -> None:
    # 本报讯（记者 蔑儿乞晓岚）: a compound surname of three and its given name; the bracket ends the name.
    assert dispatch_author([f"本报讯（记者 {name}）黑乎乎、沉甸甸，这是不是陨石？"]) == name
    assert dispatch_author([f"本报讯（记者 {name} 通讯员 石秋雯）黑乎乎、沉甸甸，这是不是陨石？"]) == name


def test_an_unbracketed_dispatch_still_reads_a_name_of_four_at_most() -> None:
    # 某某讯 记者 王五 …: without a bracket the space after the name ends it, and a longer run is no name.
    assert dispatch_author(["清川讯 记者 林述秋 近日，清川湿地公园迎来夜游高峰。"]) == "林述秋"
    assert dispatch_author(["清川讯 记者 林述秋石秋雯 近日，清川湿地公园迎来夜游高峰。"]) is None


def _post_page(menu: str, head: str, body_first: str = "") -> bytes:
    # A community site's post: the site's menu above the headline, the poster's link in the post's head under it.
    body = "".join(f"<p>{line}</p>" for line in [*([body_first] if body_first else []), *LINES])
    return (
        "<html><head><meta charset='utf-8'><title>清川湿地夜游记 - 清川社区</title></head><body>"
        f"<div class='nav'>{menu}</div><div class='wrap'><h1>清川湿地夜游记</h1>"
        f"<div class='head'>{head}<span>2016-10-09 21:05</span></div><div class='txt'>{body}</div></div>"
        "<div class='foot'>清川社区</div></body></html>"
    ).encode()


_MENU = "<a href='/'>首页</a> <a href='/userhome/9917366'>馆友</a> <a href='/user/login'>登入</a>"


@pytest.mark.parametrize(
    "href",
    ["/u/99999001.html", "https://www.example.cn/people/230481775/", "/user/8820157", "/u_0000000.htm",
     "/space/46823117", "/userinfo.php?id=9999901", "/home/main?id=tb.1.c2a0"],
)
def test_the_first_link_to_a_users_page_after_the_headline_names_the_poster(href: str) -> None:
    # /u/…, /people/…, /user/…: a community site's path to the poster's page; the menu's links above the headline
    # (the reader's own pages, 登入) name no one.
    page = _post_page(_MENU, f"<a href='{href}'>吹海风的栗子zz</a>")
    assert scraper.extract(page, url="https://www.example.cn/t/1.html", rules=False).author == "吹海风的栗子zz"


@pytest.mark.parametrize("href", ["https://www.example.cn/space/", "/people/", "/user/login", "/user/register"])
def test_a_channels_index_or_the_accounts_own_page_is_no_users_page(href: str) -> None:
    # /space/ at the address's end is a channel (太空), /user/login the account's form: no poster.
    page = _post_page("", f"<a href='{href}'>太空频道</a>")
    assert scraper.extract(page, url="https://www.example.cn/t/1.html", rules=False).author is None


def test_a_byline_in_the_text_outranks_the_accounts_link() -> None:
    # A news page's header links its outlet's or its column's account the same way; the text's own byline is the
    # writer, and an outlet's name is never the author.
    dispatch = "本报讯（记者 林述秋）近日，清川湿地公园迎来夜游高峰。"
    page = _post_page("", "<a href='/c/user/token/MS4wLjABAAAA/'>清川都市报</a>", body_first=dispatch)
    assert scraper.extract(page, url="https://www.example.cn/t/1.html", rules=False).author == "林述秋"
    page = _post_page("", "<a href='/c/user/token/MS4wLjABAAAA/'>清川都市报</a>")
    assert scraper.extract(page, url="https://www.example.cn/t/1.html", rules=False).author is None


def test_a_users_link_after_an_editors_label_is_the_editors() -> None:
    # 编辑: <a href='/u/…'>某某</a> in the row under the headline: another hand's page, not the poster's.
    page = _post_page("", "<span>来源: 清川社区</span> <span>编辑: <a href='/u/4700705'>白开水不加糖</a></span>")
    assert scraper.extract(page, url="https://www.example.cn/t/1.html", rules=False).author is None


@pytest.mark.parametrize(
    ("row", "names"),
    [
        ("文：林述秋 发布 2023年6月12日 06:05", "林述秋"),
        ("作者：林述秋 发表于 2021-04-08 14:26", "林述秋"),
        ("作者：林述秋 石秋雯 更新 2021-04-08", "林述秋 石秋雯"),
        ("作者：林述秋 济南报道", "林述秋"),
    ],
)
def test_the_rows_time_label_or_filing_place_after_the_names_ends_them(row: str, names: str) -> None:
    # 发布 / 发表于 label the row's time with no colon; 济南报道 says where the reporter filed from: no names.
    assert label_value(row, "author") == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("（清川台记者 林述秋 石秋雯 凤凰报道）", "林述秋 石秋雯"),
        ("（清川台记者 林述秋 大连报道）", "林述秋"),
        ("（记者 林述秋 石秋雯）", "林述秋 石秋雯"),
    ],
)
def test_a_closing_credit_leaves_out_where_the_reporters_filed_from(line: str, names: str) -> None:
    # （某某台记者 王五 李四 凤凰报道）: a station's closing credit names the place of the report last.
    assert closing_author(["近日，清川湿地公园迎来夜游高峰。", line]) == names
