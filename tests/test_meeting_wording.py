"""Meeting reports worded the ways real reports vary (issue 14, tests/rewordings.py): dates in Chinese numerals,
a title before a speaker after a lead-in clause, a pronoun with a setting, a speech made under its title, the
place as the subject of a statement."""

from __future__ import annotations

import pytest

from scraper.meetings.dates import number

from .test_meeting import check


@pytest.mark.parametrize(
    ("opening", "published_at", "date"),
    [
        ("3月5日，全省会议在沈阳召开。", "2024-04-01", "2024-03-05"),
        ("三月五日，全省会议在沈阳召开。", "2024-04-01", "2024-03-05"),
        ("十一月二十一日，全省会议在沈阳召开。", "2024-12-01", "2024-11-21"),
        ("二〇二三年十月十日，全省会议在沈阳召开。", None, "2023-10-10"),
        ("２０２３年３月５日，全省会议在沈阳召开。", None, "2023-03-05"),  # a transcript's full-width digits
    ],
)
def test_a_date_in_either_numerals_is_the_meetings_day(opening: str, published_at: str | None, date: str) -> None:
    (meeting,) = check([opening, "会议指出，要稳就业。"], published_at=published_at)
    assert (meeting["name"], meeting["date"], meeting["place"]) == ("全省会议", date, "沈阳")


@pytest.mark.parametrize("day", ["于11月1日", "于十一月一日", "于14日上午", "于十四日"])
def test_a_day_after_yu_is_no_part_of_the_name(day: str) -> None:
    # "…论坛于十一月一日在北京开幕": the meeting opens whatever numerals its day is printed in.
    (meeting,) = check([f"改革开放与扶贫国际论坛{day}在北京开幕，主席王明致信祝贺。会议指出，要稳就业。"])
    assert (meeting["name"], meeting["place"]) == ("改革开放与扶贫国际论坛", "北京")


def test_numbers_in_either_numerals() -> None:
    assert [number(text) for text in ("14", "十", "十四", "二十一", "三十", "二〇二三", "二零二四", "１４")] == [
        14, 10, 14, 21, 30, 2023, 2024, 14,
    ]


@pytest.mark.parametrize(
    ("speaking", "again"),
    [
        ("省委常委、省政协主席周建国出席并讲话。", "省政协主席周建国指出"),
        ("王明指出，要保民生。", "省长王明指出"),
    ],
)
def test_a_known_speaker_with_a_title_after_a_lead_in_clause_opens_a_point(speaking: str, again: str) -> None:
    # "在认真听取大家发言后，省长王明指出": after a clause of the sentence, a name opens a point when it spoke
    # before; with other titles printed before it, it is the same speaker.
    (meeting,) = check([f"3月5日，全省座谈会在沈阳召开。{speaking}在认真听取大家发言后，{again}，要稳就业。"])
    assert [(p["cue"], p["text"]) for p in meeting["points"]][-1] == (again, "要稳就业。")


@pytest.mark.parametrize("day", ["5日", "3月5日", "5日上午", "十五日", "今天上午", "上午"])
def test_a_day_and_time_between_a_speaker_and_the_setting_keep_the_cue(day: str) -> None:
    # "省长王明3月5日上午在会上指出": the day may carry its month and a time of day, in either numerals.
    (meeting,) = check(["全省座谈会在沈阳召开。", f"省长王明{day}在会上指出，要稳就业。"])
    assert [(p["cue"], p["speaker"], p["text"]) for p in meeting["points"]] == [
        (f"省长王明{day}在会上指出", "王明", "要稳就业。")
    ]


def test_a_meeting_marked_by_jing_as_the_agent_of_a_decision_states_nothing() -> None:
    # "经省委常委会会议审议通过，…印发《措施》": the document is the sentence's subject, the meeting who passed it.
    assert check(["经市委常委会会议审议通过，市委办公厅日前印发《若干措施》。", "《措施》指出，要减轻基层负担。"]) == []


def test_a_meeting_that_passes_a_document_itself_still_decides() -> None:
    (meeting,) = check(["3月5日，全省会议在沈阳召开。", "经开区党工委会议审议通过了《方案》。"])
    assert [(p["cue"], p["text"]) for p in meeting["points"]] == [("经开区党工委会议审议通过了", "《方案》。")]


def test_an_enumeration_inside_a_statement_quoted_after_a_colon_is_the_points() -> None:
    # "王明强调：“…一是…二是…”": the quotation after the colon is the statement itself, printed verbatim.
    (meeting,) = check(["3月5日，全省会议在沈阳召开。", "王明强调：“要抓好两项工作：一是稳就业；二是保民生。”"])
    (point,) = meeting["points"]
    assert (point["cue"], point["text"]) == ("王明强调", "“要抓好两项工作：")
    assert point["items"] == [{"marker": "一是", "text": "稳就业"}, {"marker": "二是", "text": "保民生。”"}]


def test_an_enumeration_quoted_inside_a_statement_stays_the_quoted_ones() -> None:
    # A quotation inside the sentence (not after the cue's colon) is someone else's words: no items of the point.
    (meeting,) = check(["3月5日，全省会议在沈阳召开。", "王明强调，要落实“一是稳就业；二是保民生”的要求。"])
    assert meeting["points"][0]["items"] == []


def test_a_decision_after_its_manner_without_a_comma_is_the_meetings_point() -> None:
    # "会议以现场投票与网络投票相结合的方式审议通过了…": the manner stands between the meeting and its verb.
    (meeting,) = check(["3月5日，全省会议在沈阳召开。", "会议以现场投票与网络投票相结合的方式审议通过了《年度报告》等9项议案。"])
    assert [(p["cue"], p["text"]) for p in meeting["points"]] == [
        ("会议以现场投票与网络投票相结合的方式审议通过了", "《年度报告》等9项议案。")
    ]


def test_a_decision_reached_at_last_is_the_meetings_point() -> None:
    # "经过近三个小时的协商，会议最终议定：一是…": 最终 as 最后 is an adverb of the cue.
    (meeting,) = check(["3月5日，全省会议在沈阳召开。", "经过协商，会议最终议定：一是抓项目；二是稳就业。"])
    (point,) = meeting["points"]
    assert (point["cue"], [item["marker"] for item in point["items"]]) == ("会议最终议定", ["一是", "二是"])


@pytest.mark.parametrize("name", ["新闻通气会", "媒体见面会", "新闻吹风会", "记者见面会"])
def test_a_meeting_held_for_the_press_is_a_press_conference(name: str) -> None:
    assert check([f"3月5日，市卫生健康委召开{name}。副主任王明表示，要做好防控。"]) == []


def test_a_symposium_with_the_press_is_still_a_meeting() -> None:
    (meeting,) = check(["3月5日，市委召开媒体座谈会。王明指出，要讲好本地故事。"])
    assert meeting["name"] == "媒体座谈会"


def test_a_paragraph_that_announces_a_list_carries_the_point_on_to_it() -> None:
    # "邹建国介绍，…重点是：" with no cue of its own, then 一是… paragraphs: the items are the point's before it.
    (meeting,) = check(
        ["3月5日，市公安局召开警企座谈会。局长王明表示，将坚持规范执法。", "王明介绍，今年将推出三项举措，重点是：",
         "一是开设绿色通道；", "二是开通企业专窗；", "三是设立警务服务站。"]
    )
    (point,) = meeting["points"]
    assert point["cue"] == "局长王明表示"
    assert [item["marker"] for item in point["items"]] == ["一是", "二是", "三是"]


def test_a_pronoun_with_a_setting_speaks_as_a_name_does() -> None:
    # "…吴海涛出席会议并讲话，镇长孙立主持会议。他在讲话中指出，…": the pronoun takes the setting a name takes.
    (meeting,) = check(
        ["4月2日，青石镇召开安全生产工作调度会，镇党委书记吴海涛出席会议并讲话，镇长孙立主持会议。",
         "会上，镇应急办通报了形势。", "他在讲话中指出，形势总体平稳。他要求，要压实责任。"]
    )
    assert [(p["cue"], p["text"]) for p in meeting["points"]] == [
        ("他在讲话中指出", "形势总体平稳。"), ("他要求", "要压实责任。")
    ]


def test_a_pronoun_with_a_setting_speaks_only_once_someone_has() -> None:
    # Nobody seen speaking before: 他 stands for no one and opens no point; the meeting its lead convenes is
    # reported without one.
    assert [m["points"] for m in check(["4月2日，青石镇召开安全生产工作调度会。他在讲话中指出，形势总体平稳。"])] == [[]]


@pytest.mark.parametrize("act", ["发表题为《守护一江清水　共建生态长廊》的重要讲话", "作题为《共筑开放合作新桥梁》的主旨演讲"])
def test_a_speech_made_under_its_title_makes_a_speaker(act: str) -> None:
    # "王明出席…峰会并发表题为《…》的重要讲话。他指出，…": the title does not hide the speech act.
    (meeting,) = check([f"11月21日晚，省长王明出席长河流域城市生态保护特别视频峰会并{act}。他指出，本次峰会非常必要。"])
    assert meeting["speakers"] == [{"name": "王明", "role": "省长", "text": "省长王明"}]
    assert [(p["cue"], p["speaker"]) for p in meeting["points"]] == [("他指出", "王明")]


@pytest.mark.parametrize(
    ("statement", "cue", "text"),
    [("会上强调，要保民生。", "会上强调", "要保民生。"), ("座谈会上还要求各地抓好落实。", "座谈会上还要求", "各地抓好落实。")],
)
def test_the_place_with_a_statement_verb_is_the_meetings_cue(statement: str, cue: str, text: str) -> None:
    # "会上强调，…": the subject left out, the place stands for the meeting (会议强调).
    (meeting,) = check(["3月5日，市政府召开第25次常务会议。", "会议指出，要稳就业。", statement])
    assert [(p["cue"], p["text"]) for p in meeting["points"]][1:] == [(cue, text)]


def test_the_place_before_a_word_that_is_no_statement_is_no_cue() -> None:
    # "会上说明了情况" (说明 is no 说), "会上提出的意见" (a noun phrase): no statement follows.
    (meeting,) = check(["3月5日，市政府召开第25次常务会议。", "会议指出，要稳就业。会上说明了情况。会上提出的意见很多。"])
    assert [p["cue"] for p in meeting["points"]] == ["会议指出"]


def test_a_purpose_clause_with_a_speech_verb_as_a_noun_before_the_opening_is_no_statement() -> None:
    # "为听取…意见建议，4月16日，…召开…座谈会": 建议 after 意见 is a noun, so the meeting is not one named inside
    # a statement; with no headline to name it, the body's opening is all there is.
    (meeting,) = check(
        ["为听取民营企业对检察工作的意见建议，4月16日，省人民检察院召开服务保障民营经济发展座谈会。检察长方志远出席并讲话。",
         "方志远指出，要稳就业。"]
    )
    assert (meeting["name"], [p["cue"] for p in meeting["points"]]) == ("服务保障民营经济发展座谈会", ["方志远指出"])


def test_a_meeting_named_after_a_statement_is_still_a_mention() -> None:
    # "李华日前说，本市几年来积极参加了…对话会": the speech verb with its comma opens a statement.
    assert check(["李华日前说，本市几年来积极参加了长河流域合作对话会。王明指出，要稳就业。"]) == []


@pytest.mark.parametrize("lead", ["随后", "接着"])
def test_a_second_meeting_opened_after_a_sequence_adverb_ends_the_statement_before_it_inside_one_line(lead: str) -> None:
    # "…会议指出，要稳就业。随后，县安全生产委员会全体会议召开。会议要求，…" stored as one line: two meetings.
    text = f"3月5日，全省经济工作会议在沈阳召开。会议指出，要稳就业。{lead}，县安全生产委员会全体会议召开。会议要求，要保民生。"
    first, second = check([text])
    assert [(p["cue"], p["text"]) for p in first["points"]] == [("会议指出", "要稳就业。")]
    assert (second["name"], [p["cue"] for p in second["points"]]) == ("县安全生产委员会全体会议", ["会议要求"])
