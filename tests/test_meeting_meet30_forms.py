"""Meeting reports in forms the sixteenth and seventeenth folders of real news texts (kept outside the project,
built on whole in the twenty-second round) and the eighteenth and nineteenth folders' first halves showed the
stage misreading, each a class of wording. Every text here is fictional, written for the test."""

from __future__ import annotations

import scraper

from .test_meeting import check, cues


def test_a_law_passed_by_an_earlier_session_is_background_not_a_point() -> None:
    # "某某法于1984年5月经…会议通过，…": 经 makes the session the agent of the law's passing, told as background.
    meetings = check([
        "纪念青河养蜂条例施行20周年座谈会4日在青河举行。",
        "青河养蜂条例于2006年5月经十届青河县人大二次会议通过，同年10月1日起施行。",
        "王明在座谈会上讲话。他强调，要守好养蜂业的规矩。",
    ])
    assert cues(meetings) == [("他强调", "要守好养蜂业的规矩。")]
    # The meeting passing a law as the subject of the news is its decision, a point.
    meetings = check(["5月4日，青河县人大常委会第十次会议在青河举行。", "会议通过了青河养蜂条例，自10月1日起施行。"])
    assert [cue for cue, _ in cues(meetings)] == ["会议通过了"]


def test_an_opinion_columns_tag_heading_a_commentary_on_a_meeting_reports_none() -> None:
    # A commentary stored under its column's tag: it paraphrases the meeting (会议要求，…) inside its own argument.
    body = (
        "日前召开的青河县养蜂工作会议总结了今年的工作，部署了明年的工作。会议要求，明年要守好蜂产品质量关。"
        "这为全县养蜂业稳定发展打牢了基础。\n\n守好质量关，是养蜂业的生命线。蜂农要把好每一道关口，让每一瓶蜜经得起检验。"
    )
    assert scraper.extract_text(f"【青河论坛】\n\n{body}").meetings == []
    # The same words under a headline report the meeting.
    assert scraper.extract_text(f"青河县召开养蜂工作会议\n\n{body}").meetings != []


def test_a_meeting_held_the_same_day_as_a_letter_sent_to_it_is_reported() -> None:
    # A leader's congratulatory letter to a forum, its points, and a closing line that the forum is held that day
    # (当日在…举行): the forum's news.
    meetings = check([
        "新华社青河7月4日电 7月4日，王明向“青河养蜂”高端论坛致贺信。",
        "王明强调，要守好养蜂业的规矩。",
        "“青河养蜂”高端论坛当日在青河举行，由青河县政府主办。",
    ])
    assert [(m["name"], m["place"]) for m in meetings] == [("“青河养蜂”高端论坛", "青河")]
    assert cues(meetings) == [("王明强调", "要守好养蜂业的规矩。")]


def test_a_body_holding_a_meeting_on_the_day_of_the_news_reports_it_without_points() -> None:
    # "…党组7月3日举行会议，学习…": the meeting as the verb's object, on the day printed before it; no point read.
    line = "青河县养蜂协会党组7月3日举行会议，学习上级有关精神，研究贯彻落实措施。王明主持会议并讲话。"
    meetings = check([line], published_at="2026-07-03T20:00:00+08:00")
    assert [(m["date"], m["points"]) for m in meetings] == [("2026-07-03", [])]
    # A meeting held in the past, told without the day of the news, is a history.
    assert check(["青河县养蜂协会党组曾多次举行会议，研究养蜂业发展。"]) == []


def test_a_meeting_that_deployed_next_years_tasks_states_nothing_by_it() -> None:
    meetings = check([
        "12月20日，青河县养蜂协会第三届理事会第二次全体会议在青河召开。",
        "会议指出，一年来，协会守好了蜂产品质量关。会议部署了明年工作任务。各级组织要守好规矩。",
    ])
    assert [cue for cue, _ in cues(meetings)] == ["会议指出"]


def test_a_pronouns_cue_inside_the_speakers_own_first_item_opens_no_point() -> None:
    meetings = check([
        "6月18日，青河县养蜂工作协调会在县政府召开。",
        "王明作总结讲话，就做好养蜂工作提出两点要求：一要守好规矩。他指出，质量是养蜂业的生命线。"
        "二要加强合作。各乡镇要互通信息。",
    ])
    points = meetings[0]["points"]
    assert [(p["cue"], [item["marker"] for item in p["items"]]) for p in points] == [
        ("王明作总结讲话，就做好养蜂工作提出两点要求", ["一要", "二要"])
    ]
    # A pronoun's cue after the series has ended opens a point of its own.
    meetings = check([
        "6月18日，青河县养蜂工作协调会在县政府召开。",
        "王明就做好养蜂工作提出两点要求：一要守好规矩。二要加强合作。他指出，质量是养蜂业的生命线。",
    ])
    assert [p["cue"] for p in meetings[0]["points"]][-1] == "他指出"


def test_a_letter_to_a_meeting_by_name_is_its_news_when_a_later_line_opens_it() -> None:
    # The lead sends the letter to the forum by name; the forum opens only in the closing line, past the lead.
    said = "坚持守望相助，深化养蜂合作，推动蜂产品质量标准互认，让各国蜂农共享发展机遇，" * 3
    paragraphs = [
        "青河台消息：12月12日，王明向“2026青河养蜂国际论坛”致贺信。",
        f"王明指出，{said}为增进各方交流发挥了积极作用。",
        f"王明强调，{said}共同守好养蜂业的规矩。",
        "“2026青河养蜂国际论坛”当日在青河开幕，由青河县人民政府主办。",
    ]
    meetings = check(paragraphs)
    assert [m["name"] for m in meetings] == ["“2026青河养蜂国际论坛”"]
    assert [cue for cue, _ in cues(meetings)] == ["王明指出", "王明强调"]
    # A letter to a dinner, which no meeting noun names, is no meeting's news.
    paragraphs[0] = "青河台消息：12月12日，王明向青河养蜂协会新春晚宴致贺信。"
    paragraphs[3] = "青河养蜂协会新春晚宴当日在青河举行。"
    assert check(paragraphs) == []
