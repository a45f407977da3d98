"""Page forms the thirty-ninth round's build data showed misread, each a class: the thirty-third written round landed
whole and the thirty-fourth round's half A. Every line here is fictional, written for the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import scraper
from bench.blind import blind
from scraper.extract.notices import is_prompt_line

from .test_unseen_forms29 import LINES, _both_readings

WRITTEN = Path(__file__).parent / "data" / "written_pages"


def _between(box: str) -> str:
    """The test's article with `box` between its second and third paragraphs."""
    return ("".join(f"<p>{text}</p>" for text in LINES[:2]) + box
            + "".join(f"<p>{text}</p>" for text in LINES[2:]))


@pytest.mark.parametrize("box", [
    "<div class='prompt'><span>打开清川新闻，看视频更流畅</span><a href='https://app.example.cn/'>立即打开</a></div>",
    "<div class='bar'><em>用客户端看，图片更清晰</em><a href='javascript:;'>马上打开</a></div>",
    "<section><p>在App内阅读全文</p><a href='https://app.example.cn/open'>打开App</a></section>",
])
def test_an_app_prompt_with_an_open_button_goes(box: str) -> None:
    for paragraphs in _both_readings(_between(box)):
        assert paragraphs == LINES


def test_a_paragraph_that_opens_an_app_in_its_sentence_stays() -> None:
    told = "<p>记者在现场<a href='https://app.example.cn/'>立即打开</a>了售票小程序，页面提示当天余票已经不多。</p>"
    for paragraphs in _both_readings(_between(told)):
        assert "记者在现场立即打开了售票小程序，页面提示当天余票已经不多。" in paragraphs


@pytest.mark.parametrize("card", [
    "<div class='app-card'><img src='/qr.png' alt=''><div><b>下载“清川云”客户端</b><p>身边事 一手知</p></div></div>",
    "<div class='promo'><img src='/logo.png' alt=''><p>打开青禾App</p><p>天天有好看的</p></div>",
])
def test_an_app_card_with_its_logo_or_code_goes(card: str) -> None:
    for paragraphs in _both_readings(_between(card)):
        assert paragraphs == LINES


def test_a_figure_whose_caption_names_an_app_stays() -> None:
    caption = "市民在手机客户端上查询公交到站时间"
    figure = f"<div class='pic'><img src='/photo.jpg' alt=''><p>{caption}</p></div>"
    for paragraphs in _both_readings(_between(figure)):
        assert caption in paragraphs


QUOTE = "“修表这门手艺，修的其实是人的耐心。”"


def test_a_quotation_the_next_paragraph_speaks_of_stays() -> None:
    after = "这句话老人说得很平淡，却让在场的年轻学徒们沉默了好一阵。"
    body = _between(f"<blockquote><p>{QUOTE}</p></blockquote><p>{after}</p>")
    for paragraphs in _both_readings(body):
        assert QUOTE in paragraphs and after in paragraphs


def test_a_pull_quote_no_paragraph_speaks_of_still_goes() -> None:
    for paragraphs in _both_readings(_between(f"<div class='pull'>{QUOTE}</div>")):
        assert paragraphs == LINES


@pytest.mark.parametrize("line", [
    "【手机看股】发送 KG 到 5555 5555，每日收盘点评早知道，3元/月",
    "发送“TY”至55555，体育快讯天天看，5元 / 月",
])
def test_a_text_message_service_priced_by_the_month_goes(line: str) -> None:
    assert is_prompt_line(line)
    for paragraphs in _both_readings(_between(f"<div class='sms'>{line}</div>")):
        assert paragraphs == LINES


def test_a_sentence_about_a_monthly_fee_stays() -> None:
    assert not is_prompt_line("不少老人发送短信到客服号码后才发现，这项服务每月要收5元/月的功能费。")


SCORES = ("<table><tr><th>队伍</th><th>上半场</th><th>下半场</th><th>总分</th></tr>"
          "<tr><td>青禾</td><td>40</td><td>38</td><td>78</td></tr><tr><td>白塔</td><td>35</td><td>37</td><td>72</td></tr>"
          "</table>")


def test_a_score_card_with_its_heading_and_a_foot_line_goes() -> None:
    card = f"<div class='card'><div class='head'>本场比分</div>{SCORES}<div class='foot'>数据：组委会 | 已完赛</div></div>"
    for paragraphs in _both_readings(_between(card)):
        assert paragraphs == LINES


def test_a_table_the_text_announces_stays_with_its_foot_line() -> None:
    lead = "两队各节得分如下："
    body = _between(f"<p>{lead}</p><div class='card'><div class='head'>本场比分</div>{SCORES}<div>数据：组委会</div></div>")
    for paragraphs in _both_readings(body):
        assert lead in paragraphs and any("青禾" in line for line in paragraphs)


@pytest.mark.parametrize("button", ["播放", "点击播放", "播放视频"])
def test_a_play_button_over_a_videos_still_goes(button: str) -> None:
    caption = "清晨的湿地上空，候鸟成群飞过。"
    card = f"<div class='video'><div class='player'><img src='/cover.jpg' alt=''><span>{button}</span></div><p>{caption}</p></div>"
    for paragraphs in _both_readings(_between(card)):
        assert button not in paragraphs and caption in paragraphs


def test_a_caption_that_tells_of_playing_stays() -> None:
    caption = "志愿者在社区活动室为老人播放戏曲视频。"
    figure = f"<div class='pic'><img src='/room.jpg' alt=''><span>{caption}</span></div>"
    for paragraphs in _both_readings(_between(figure)):
        assert caption in paragraphs


@pytest.mark.parametrize("tip", ["IMG_2031.PNG (91.07 KB, 下载次数: 7)", "阳台.jpg（1.2 MB，下载次数：3）"])
def test_a_forum_attachments_tip_left_as_a_line_goes(tip: str) -> None:
    assert is_prompt_line(tip)


def test_a_sentence_about_a_files_size_stays() -> None:
    assert not is_prompt_line("这张照片原图有8.6 MB，压缩后只剩下86 KB，细节几乎看不清。")


def test_an_article_inside_a_form_of_its_own_stays_with_names_made_opaque() -> None:
    # z386's CMS sets the headline and text inside <form name="_newscontent_fromname">; with every class and id
    # name made opaque, nothing but its prose tells the form from a search box.
    page = WRITTEN / "z386.html"
    gold = json.loads(page.with_name("z386.gold.json").read_text(encoding="utf-8"))
    paragraphs = scraper.extract(blind(page.read_bytes()), url=gold["url"], rules=False).paragraphs
    assert paragraphs[0] == gold["paragraphs"][0]


def test_a_comment_form_beside_the_article_still_goes() -> None:
    form = "<form class='k4'><p>发表评论：</p><textarea></textarea><p>请文明发言，理性讨论。</p><input type='submit'></form>"
    paragraphs, _ = _both_readings("".join(f"<p>{text}</p>" for text in LINES) + form)
    assert paragraphs == LINES


@pytest.mark.parametrize(("page_id", "comment"), [
    # <td class="bt">网友评论 <span>(共3条)</span></td>: the heading is the cell itself.
    ("z397", "早该换了，以前晚上跑步那段黑得吓人。"),
    # <td><b>网友评论</b>　<span>（共 3 条）</span></td>: the heading and its count fill the cell.
    ("z373", "小时候年年去三河看龙舟，好多年没看到这么热闹了。"),
])
def test_a_comment_table_headed_by_its_cell_goes_with_names_made_opaque(page_id: str, comment: str) -> None:
    page = WRITTEN / f"{page_id}.html"
    gold = json.loads(page.with_name(f"{page_id}.gold.json").read_text(encoding="utf-8"))
    paragraphs = scraper.extract(blind(page.read_bytes()), url=gold["url"], rules=False).paragraphs
    assert comment not in paragraphs
    assert paragraphs[0] == gold["paragraphs"][0]


def test_a_table_the_text_announces_stays_when_its_cells_touch() -> None:
    # Written without whitespace between cells, its rows of names and signed changes read as a quote box's text.
    table = ("<table><tr><th>区县</th><th>成交套数</th><th>环比</th></tr><tr><td>清川区</td><td>1136</td><td>-8%</td></tr>"
             "<tr><td>白塔区</td><td>642</td><td>-21%</td></tr></table>")
    lead = "3月上半月各区新建商品住宅成交情况如下："
    for paragraphs in _both_readings(_between(f"<p>{lead}</p>{table}")):
        assert "清川区 1136 -8%" in paragraphs


LONGER_POST = (
    "家里的老房子是九十年代单位分的，六十八个平方，墙皮掉得厉害，水管也锈了。今年五月下定决心翻新，原本预算八万。",
    "一、拆旧比想象的贵。原以为敲掉旧瓷砖、铲墙皮花不了多少钱，结果光垃圾清运就多出一千二，只能按车算。",
    "二、水电一定要全换。拆开才发现原来的铝线已经发黑，电工说不换迟早出事，全屋改下来花了一万多。",
)


FORUM_TITLE = "【装修日记】老房翻新八十天，预算超了两万"


@pytest.mark.parametrize("gap", ["", "\n", "\n  "])
def test_a_thread_title_after_a_line_break_and_its_badge_is_the_headline(gap: str) -> None:
    post = "".join(f"{text}<br /><br />" for text in LONGER_POST)
    page = (
        f"<html><head><meta charset='utf-8'><title>{FORUM_TITLE}_清川装修论坛_清川社区</title></head><body>"
        "<h1 class='k0'>清川装修论坛</h1><div id='k1'>"
        f"<div class='k2'>{gap}<span class='k3'>【精华】</span>{FORUM_TITLE}</div>"
        "<div class='k4'>[楼主] <a href='/u/1/'>种葱人</a> 发表于：2010-09-14 21:06</div>"
        f"<div class='k5'>{post}</div></div></body></html>"
    ).encode()
    assert scraper.extract(page, url="http://bbs.example.cn/d132455879.htm", rules=False).title == FORUM_TITLE

