"""Page forms the sixteenth written round (landed in the twenty-third round) and the seventeenth round's half A
showed the generic reading or a rule misreading, each a class. Every line here is fictional, written for the test."""

from __future__ import annotations

from .test_unseen_forms29 import ARTICLE, LINES, _both_readings
from .test_unseen_forms30 import _assert_insert_goes, between


def _assert_closing_line_stays(line: str) -> None:
    """`line` printed after the article's paragraphs is its last paragraph in either reading."""
    for paragraphs in _both_readings(f"{ARTICLE}<p>{line}</p>"):
        assert paragraphs == [*LINES, line], line


def test_a_schedule_card_of_two_dated_rows_goes() -> None:
    # A box the template sets between paragraphs: its heading and a list whose every row is a day and an event.
    for rows in (("10月16日 新锐设计师专场", "10月21日 丝绸主题发布"), ("10月16日新锐设计师专场", "10月21日丝绸主题发布")):
        items = "".join(f"<li>{row}</li>" for row in rows)
        _assert_insert_goes(f"<div class='c1'><p class='c2'>时装周日程</p><ul>{items}</ul></div>")


def test_a_list_with_one_dated_row_among_others_stays() -> None:
    # Two rows between the paragraphs, only one of them dated: the article's own list, not a schedule card.
    rows = ("10月16日 新锐设计师专场", "其余场次的时间另行通知")
    insert = "<div class='c1'><p class='c2'>时装周日程</p><ul>" + "".join(f"<li>{r}</li>" for r in rows) + "</ul></div>"
    for paragraphs in _both_readings(between(insert)):
        assert rows[1] in paragraphs and paragraphs[-1] == LINES[-1]


def test_a_translations_credit_line_opening_on_the_work_it_was_taken_from_goes() -> None:
    # 选自 names the journal the article was translated from (a title may hold spaces); 参与 a helper's credit.
    # The line opens the text, as a translated article's credits do.
    for line in ("选自：Harbour Robotics Weekly　编译：清川智能　参与：晗冰", "选自arXiv 编译：邱白", "编译：清川智能 参与：晗冰"):
        for paragraphs in _both_readings(f"<p>{line}</p>{ARTICLE}"):
            assert paragraphs == LINES, line
    # A sentence saying where a passage was chosen from is the article's.
    _assert_closing_line_stays("选自《清川志》卷三的这段记载，写的正是湿地早年的样子。")


def test_a_related_articles_headline_after_its_bracketed_label_goes() -> None:
    for line in ("【相关阅读】换季后这些夜游线路停开了", "[延伸阅读]清川湿地的鸟儿去哪了", "相关阅读：夜游线路是怎么定下来的？"):
        _assert_insert_goes(f"<p><a href='https://news.example.cn/a/1.html'>{line}</a></p>")


def test_a_gallerys_head_with_its_title_and_counter_is_no_paragraph() -> None:
    head = "<p class='h1'><span>湿地夜游组图</span><span><em>1</em>/8</span></p>"
    _assert_insert_goes(f"<div class='g'>{head}<div class='p'><img src='https://img.example.cn/1.jpg' alt=''></div></div>")


def test_a_card_naming_the_person_the_article_speaks_for_goes() -> None:
    # An oral history's narrator card: a portrait, 口述者：name and a bio line with commas and no sentence.
    card = ("<div class='k1'><img src='https://img.example.cn/p.jpg' alt=''><div class='k2'><p class='k3'>口述者：老周</p>"
            "<p class='k4'>52岁，清川县出租车司机，开夜班十二年</p></div></div>")
    _assert_insert_goes(card)


def test_an_audio_players_bar_is_no_paragraph() -> None:
    bar = ("<div class='a1'><span class='a2'></span><span class='a3'>听老周讲述他的夜班</span>"
           "<span class='a4'>时长 06:12</span><span class='a5'>主播：晓禾</span></div>")
    _assert_insert_goes(bar)
    # A sentence that gives a length in minutes and seconds is the article's.
    _assert_closing_line_stays("这段录音时长06:12，是老周在夜班间隙录下的。")


def test_a_short_last_paragraph_after_a_further_reading_box_stays() -> None:
    # The box's 延伸阅读 heading ends no article that goes on after it: the closing paragraph is short, but a
    # paragraph of its own ending a sentence, not a card's summary.
    box = ("<div class='r1'><p class='r2'>延伸阅读</p><ul><li><a href='https://news.example.cn/a/1.html'>晚清的湿地"
           "治理</a> 2018-02-12</li><li><a href='https://news.example.cn/a/2.html'>民国时期的夜市</a> 2018-01-25</li></ul></div>")
    last = "这样的夜游，比起热闹的景点，更能让人看到城市慢下来的样子。"
    for paragraphs in _both_readings(f"{ARTICLE}{box}<p>{last}</p>"):
        assert paragraphs == [*LINES, last]


def test_a_price_card_stamped_with_its_data_day_goes() -> None:
    card = ("<div class='p1'><div class='p2'>清川钢材价格指数</div><table><tr><td>综合指数</td><td>112.36</td><td>-0.41%</td>"
            "</tr><tr><td>长材指数</td><td>115.02</td><td>-0.78%</td></tr></table><div class='p3'>数据日期：2023-06-09</div></div>")
    _assert_insert_goes(card)


def test_the_label_over_a_broadcasts_text_is_no_paragraph() -> None:
    for label in ("新闻文稿", "文字稿"):
        for paragraphs in _both_readings(f"<div class='t1'>{label}</div>{ARTICLE}"):
            assert paragraphs == LINES, label
