"""Page forms the fifteenth written round (landed in the twenty-second round) showed the generic reading or a
rule misreading, each a class. Every line here is fictional, written for the test."""

from __future__ import annotations

import scraper

from .test_unseen_forms29 import ARTICLE, LINES, URL, _both_readings


def test_an_edition_line_saying_where_the_article_ran_in_print_goes() -> None:
    for line in ("（本文刊发于《清川日报》2023年10月16日 第7版）", "本文刊登于《清川晚报》10月16日第A3版",
                 "（原载于《清川日报》2023年10月16日 05版）", "（清川晚報 2023年6月12日 A8版）"):
        for paragraphs in _both_readings(f"{ARTICLE}<p>{line}</p>"):
            assert paragraphs == LINES, line
    # An article that tells of a paper's edition is no edition line.
    story = "《清川日报》10月16日第7版刊发了这篇调查，引起读者热议。"
    for paragraphs in _both_readings(f"{ARTICLE}<p>{story}</p>"):
        assert paragraphs == [*LINES, story]


def between(insert: str) -> str:
    """The article's paragraphs with `insert` printed between the second and the third."""
    return "".join(f"<p>{line}</p>" for line in LINES[:2]) + insert + "".join(f"<p>{line}</p>" for line in LINES[2:])


def _assert_insert_goes(insert: str) -> None:
    """`insert` printed between the article's second and third paragraphs leaves no line in either reading."""
    for paragraphs in _both_readings(between(insert)):
        assert paragraphs == LINES


def test_a_gallerys_buttons_with_its_counter_are_no_paragraph() -> None:
    gallery = ("<div class='gallery'><div class='pic'><img src='https://img.example.cn/1.jpg' alt=''></div>"
               "<div class='bar'><a class='prev' href='javascript:;'>上一张</a><span>1/6</span>"
               "<a class='next' href='javascript:;'>下一张</a></div></div>")
    _assert_insert_goes(gallery)


def test_a_government_sites_catalogue_rows_under_a_notice_go() -> None:
    # The open-information catalogue (政府信息公开) a government site prints under every notice: its filing data.
    table = ("<table class='x1'><tr><td>索引号：</td><td>000000001/2023-00412</td><td>发布机构：</td><td>清川市教育局</td>"
             "</tr><tr><td>生成日期：</td><td>2023-05-29</td><td>公开方式：</td><td>主动公开</td></tr></table>")
    for paragraphs in _both_readings(f"{ARTICLE}{table}"):
        assert paragraphs == LINES
    # One label opening a line of the notice's own (its document number) is the notice's text.
    line = "文号：清教发〔2023〕3号"
    page = (
        "<html><head><meta charset='utf-8'><title>清川市教育局关于夜游慢行线的通知</title></head><body>"
        f"<h1>清川市教育局关于夜游慢行线的通知</h1><div class='text'><p>{line}</p>{ARTICLE}</div></body></html>"
    )
    assert scraper.extract(page.encode(), url=URL, rules=False).paragraphs == [line, *LINES]


def _byline_page(info: str, opening: str = "") -> bytes:
    """A portal page with `info` as its info row and `opening` as a line above the article's paragraphs."""
    return (
        "<html><head><meta charset='utf-8'><title>清川湿地夜游记_清川网</title></head><body><h1>清川湿地夜游记</h1>"
        f"<div class='info'>2024-04-18 07:21　{info}</div><div class='text'>{opening}{ARTICLE}</div></body></html>"
    ).encode()


def test_the_words_mark_before_an_authors_name_is_no_part_of_it() -> None:
    for info in ("作者：文/邱白 图/胡悦", "作者：文、图/邱白", "作者：文/邱白"):
        assert scraper.extract(_byline_page(info), url=URL, rules=False).author == "邱白", info


def test_a_reporters_role_after_the_words_mark_is_no_name() -> None:
    # An opening byline line 文：记者 某某, in traditional characters as a Macau paper prints it too.
    for line, name in (("文：記者 何穎欣", "何穎欣"), ("文：记者 何颖欣", "何颖欣")):
        record = scraper.extract(_byline_page("来源：清川网", f"<p>{line}</p>"), url=URL, rules=False)
        assert (record.author, record.paragraphs) == (name, LINES), line


def test_a_term_card_closing_with_a_link_to_more_terms_goes() -> None:
    card = ("<div class='w1'><div class='w2'>热词解读</div><div class='w3'><p><b>“三打”原则：</b>指山火扑救中"
            "“打早、打小、打了”的要求。</p><a class='w4' href='https://gov.example.cn/terms/'>更多政务热词&gt;&gt;</a>"
            "</div></div>")
    _assert_insert_goes(card)


def test_an_empty_author_label_before_the_comment_link_gives_no_author() -> None:
    info = "来源：清川日报　作者: 　<a href='#comment'>网友评论 12 条</a>　<a href='#bbs'>进入论坛</a>"
    record = scraper.extract(_byline_page(info), url=URL, rules=False)
    assert (record.author, record.source) == (None, "清川日报")
    # The reporter the dispatch names is the author then.
    lead = "<p>本报讯（记者 邝白）清川湿地周边新增三条夜游慢行线。</p>"
    assert scraper.extract(_byline_page(info, lead), url=URL, rules=False).author == "邝白"


def test_a_dealers_price_list_stamped_with_its_quote_day_goes() -> None:
    table = ("<table class='t1'><tr><td colspan='3'>飞驰V8 清川经销商报价 <span>报价日期：2008-03-12</span></td></tr>"
             "<tr><td>清川数码港</td><td>1990元</td><td>0000-5550148</td></tr>"
             "<tr><td>北街通讯城</td><td>2020元</td><td>0000-5550163</td></tr></table>")
    for paragraphs in _both_readings(f"{ARTICLE}{table}"):
        assert paragraphs == LINES


def test_a_related_topics_link_line_goes() -> None:
    line = "<p><a href='https://news.example.cn/special/1.html'>相关专题：2008春季手机降价行情</a></p>"
    for paragraphs in _both_readings(f"{ARTICLE}{line}"):
        assert paragraphs == LINES


def test_an_oral_historys_credit_line_and_its_columns_call_for_stories_are_no_paragraphs() -> None:
    opening = "<p><b>口述：老周　撰文：林白</b></p>"
    note = "<div class='note'><p>欢迎投稿讲述你的故事：stories@example.cn</p></div>"
    for paragraphs in _both_readings(f"{opening}{ARTICLE}{note}"):
        assert paragraphs == LINES
