"""Meeting reports in forms a folder of real news texts (kept outside the project) showed the stage misreading,
each a class of wording. Every text here is fictional, written for the test."""

from __future__ import annotations

from .test_meeting import check, cues


def test_courtesy_addressed_to_a_plural_is_no_crowds_reaction() -> None:
    # "…会见会议代表，向他们表示热烈祝贺": the clause opens on a preposition, so its plural is whom the courtesy is
    # addressed to; no crowd reacts in the lead, and the meeting opened before it is reported.
    for lead in ("向他们表示热烈祝贺", "对代表们表示慰问", "给志愿者们表示感谢"):
        meetings = check([
            f"全市养蜂能手表彰大会10日上午在青河举行。市委书记王明会见会议代表，{lead}。",
            "副市长李华参加会见并在表彰大会上讲话。他指出，要把养蜂产业做大做强。",
        ])
        assert [m["name"] for m in meetings] == ["全市养蜂能手表彰大会"], lead
        assert cues(meetings) == [("他指出", "要把养蜂产业做大做强。")], lead


def test_a_panels_members_named_in_the_opening_speak_as_a_group() -> None:
    # "…终评会昨天在青河召开，来自五国的评委围绕…座谈交流。评委们表示，…": the plural names the meeting's own
    # members, whom its opening sentence put there: a group cue, not a crowd's reaction to something held before.
    for noun in ("评委", "编委", "志愿者"):
        meetings = check([
            f"首届青河民歌奖终评会昨天在青河召开，来自五个国家的{noun}围绕“民歌与乡土”进行座谈交流。",
            f"{noun}们表示，民歌是乡土的记忆，要让更多年轻人听到。",
        ])
        assert [m["name"] for m in meetings] == ["首届青河民歌奖终评会"], noun
        assert cues(meetings) == [(f"{noun}们表示", "民歌是乡土的记忆，要让更多年轻人听到。")], noun


def test_a_crowd_not_named_at_the_meeting_still_reacts() -> None:
    # The same plural with no opening sentence naming it there is the public's reaction to a speech: no meeting.
    assert check([
        "市长王明昨天在全市春耕大会上的讲话在农村引起热烈反响。",
        "农民们表示，讲话说到了大家心坎上，今年一定多打粮。",
    ]) == []


def test_a_lead_that_closes_a_meeting_reports_it_without_a_point() -> None:
    # "为期三天的…大会今天在京闭幕。其间，…": a meeting that opened or closed was held, as one convened was: a
    # report with no point read; its length before the name is no part of the name.
    for verb, span in (("闭幕", "为期三天的"), ("落下帷幕", "为期两周的"), ("开幕", "")):
        meetings = check([
            f"{span}青河国际养蜂论坛第二届大会今天在青河{verb}。其间，来自十多个国家的代表围绕蜂种保护等话题交流经验。",
        ])
        assert [(m["name"], m["place"], m["points"]) for m in meetings] == [
            ("青河国际养蜂论坛第二届大会", "青河", [])
        ], verb


def test_a_ceremony_named_in_the_lead_convenes_nothing() -> None:
    # "出席…论坛闭幕式": a ceremony's name, not the verb; with no point read nothing is reported.
    assert check(["副市长李华今天出席青河国际养蜂论坛闭幕式，并为获奖蜂农颁奖。"]) == []


def test_a_speech_given_on_behalf_of_a_body_is_the_verbs_setting() -> None:
    # "王明委员代表市工商联发言说，…": the speech given (on behalf of a body, at length) sets the verb after it, as
    # "王明委员发言说" does; members speaking in a row each open a point.
    meetings = check([
        "市政协十届三次会议今天下午在青河举行第二次全体会议。",
        "李华委员发言说，要把养蜂产业做成富民产业。王明委员代表市工商联发言说，民营企业要稳岗扩岗。"
        "赵敏委员在分组讨论时作长篇发言指出，乡村学校要留住好老师。",
    ])
    assert cues(meetings) == [
        ("李华委员发言说", "要把养蜂产业做成富民产业。"),
        ("王明委员代表市工商联发言说", "民营企业要稳岗扩岗。"),
        ("赵敏委员在分组讨论时作长篇发言指出", "乡村学校要留住好老师。"),
    ]


def test_a_session_that_holds_a_press_conference_opens_no_meeting() -> None:
    # "…三次会议今天举行记者会，…回答中外记者提问": the session is the subject, but what the sentence opens is a press
    # conference, whose answers (with their 一是 / 二是) are no meeting's points.
    for conference in ("记者会", "新闻发布会"):
        assert check([
            f"青河市第十届人民代表大会第三次会议今天举行{conference}，副市长王明就全市养蜂产业回答中外记者提问。",
            "王明表示，今年要做好两件事。一是扩大良种推广。二是办好蜂蜜节。",
        ]) == [], conference


def test_a_session_that_holds_a_sitting_is_still_the_meeting() -> None:
    # "…三次会议今天举行第二次全体会议": a sitting of the session, which stays the meeting reported.
    meetings = check([
        "青河市第十届人民代表大会第三次会议今天举行第二次全体会议。会议表决通过了关于养蜂产业的决议。",
    ])
    assert [m["name"] for m in meetings] == ["青河市第十届人民代表大会第三次会议"]


def test_a_transliterated_name_of_four_characters_after_a_title_speaks() -> None:
    # "论坛主席博伊斯根在闭幕式上表示": a transliterated name whose characters are all of the transliteration table.
    for name in ("博伊斯根", "费尔南多", "戴维琼斯"):
        meetings = check([
            f"为期两天的青河国际养蜂论坛16日闭幕。论坛主席{name}在闭幕式上表示，合作取得了成果。{name}说，明年再见。",
        ])
        assert cues(meetings) == [
            (f"论坛主席{name}在闭幕式上表示", "合作取得了成果。"),
            (f"{name}说", "明年再见。"),
        ], name


def test_a_colon_inside_a_quoted_title_does_not_cut_the_name() -> None:
    # "第三届“蜂业：甜蜜的事业”国际论坛3月20日在京举办": the colon belongs to the quoted title, not a clause break.
    meetings = check([
        "第三届“蜂业：甜蜜的事业”国际论坛3月20日在京举办，200余名嘉宾围绕蜂种保护展开讨论。",
        "与会嘉宾认为，蜂业是乡村振兴的好产业。",
    ])
    assert [(m["name"], m["place"]) for m in meetings] == [("第三届“蜂业：甜蜜的事业”国际论坛", "京")]


def test_a_meeting_asked_by_a_proposal_to_decide_is_no_subject() -> None:
    # "建议市第十届人民代表大会第三次会议批准…": the meeting is whom the proposal asks, the object of 建议, so it opens
    # no cue; the sentence stays in the point before it.
    meetings = check([
        "市人大常委会今天召开第八次会议。会议指出，全市养蜂产业发展总体良好。"
        "建议市第十届人民代表大会第三次会议批准市政府提出的养蜂产业规划。",
    ])
    assert cues(meetings) == [
        ("会议指出", "全市养蜂产业发展总体良好。建议市第十届人民代表大会第三次会议批准市政府提出的养蜂产业规划。"),
    ]


def test_the_committee_that_convenes_a_sitting_states_its_conclusions() -> None:
    # "市人大农业委员会召开全体会议…。农业委员会认为，…": the committee that convened the sitting states what it
    # concluded, as the meeting would (so does another committee reporting to the sitting, by the same noun). With no
    # committee convening, "委员会认为" opens nothing.
    meetings = check([
        "3月7日上午，市人大农业委员会召开全体会议，对养蜂产业规划草案作进一步审查。会议通过了审查结果报告。",
        "农业委员会认为，规划草案总体可行。",
    ])
    assert cues(meetings) == [("会议通过了", "审查结果报告。"), ("农业委员会认为", "规划草案总体可行。")]
    meetings = check([
        "3月7日上午，市人大常委会党组召开全体会议，对养蜂产业规划草案作进一步审查。会议指出，要广泛听取意见。",
        "农业委员会认为，规划草案总体可行。",
    ])
    assert cues(meetings) == [("会议指出", "要广泛听取意见。")]


def test_say_glued_to_its_object_in_a_later_clause_states_nothing() -> None:
    # "…，坚持从实际出发，说实在话、办实在事": 说 with its object is one act among others in the speaker's statement,
    # not a new statement (also where a word at the sentence's start reads like a name); with its comma it states.
    meetings = check([
        "青河论坛今天在青河开幕。市长王明出席并致辞。王明指出，要办好论坛。"
        "金山镇一直是实干的倡导者，在重大问题上坚持从实际出发，说实在话、办实在事。",
        "王明强调，要团结。李华一直很低调，说，要少说多做。",
    ])
    assert cues(meetings) == [
        ("王明指出", "要办好论坛。金山镇一直是实干的倡导者，在重大问题上坚持从实际出发，说实在话、办实在事。"),
        ("王明强调", "要团结。"),
        ("李华一直很低调，说", "要少说多做。"),
    ]


def test_another_meeting_quoted_in_a_speakers_statement_opens_no_point() -> None:
    # "他指出，…。市第十次党代会提出要…": inside his statement a meeting named in full that the report does not open
    # is one he quotes; the report's own meeting by its bare noun ("会议要求") still states.
    meetings = check([
        "市养蜂协会理事会全体会议今天在青河召开。会长王明出席会议并讲话。",
        "他指出，这些年全市养蜂业发展很快。市第十次党代会提出要发展特色农业，这是重要部署。会议要求，要抓好良种推广。",
    ])
    assert cues(meetings) == [
        ("他指出", "这些年全市养蜂业发展很快。市第十次党代会提出要发展特色农业，这是重要部署。"),
        ("会议要求", "要抓好良种推广。"),
    ]


def test_what_a_tour_lead_says_before_its_meeting_is_no_point() -> None:
    # "…近日在青河调研。他强调，…" then "…并主持召开座谈会。他指出，…": the lead sums up the inspection tour; only what
    # follows the symposium it held is the symposium's.
    meetings = check([
        "市长王明近日在青河县调研。他强调，要把养蜂产业做大做强。",
        "23日至25日，王明深入青河乡村，并主持召开座谈会，听取有关方面意见建议。他指出，青河养蜂有基础。",
    ])
    assert cues(meetings) == [("他指出", "青河养蜂有基础。")]
    assert meetings[0]["name"] == "座谈会"


def test_a_lead_that_opens_its_meeting_keeps_its_points() -> None:
    # The first sentence opens the meeting: what follows it is the meeting's, whatever tour it was part of.
    meetings = check([
        "市长王明近日在青河县调研时主持召开座谈会。他强调，要把养蜂产业做大做强。",
    ])
    assert cues(meetings) == [("他强调", "要把养蜂产业做大做强。")]


def test_a_joining_word_before_the_holders_act_is_no_organizer() -> None:
    # "…，并主持召开座谈会": 并 is left when the holder's act is cut from the subject; it names no body.
    for joiner in ("并", "还", "又"):
        meetings = check([f"市长王明深入青河乡村，{joiner}主持召开座谈会。会议指出，要抓好养蜂产业。"])
        assert [(m["name"], m["organizer"]) for m in meetings] == [("座谈会", None)], joiner
