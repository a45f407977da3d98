"""Meeting reports in forms a folder of real news texts (kept outside the project) showed the stage misreading,
each a class of wording. Every text here is fictional, written for the test."""

from __future__ import annotations

from .test_meeting import check, cues


def test_a_report_made_on_behalf_of_a_body_names_its_speaker() -> None:
    # "主席王明代表常委会作了工作报告": the body he speaks for stands between the name and the act, so his later
    # "王明要求：" is a speaker's cue, as after "王明作了工作报告".
    for behalf in ("代表常委会", "代表十二届常委会", "代表市政府"):
        meetings = check([
            f"青河市政协三届二次全体会议今天在青河召开。市政协主席王明{behalf}作了工作报告。",
            "对明年的工作，王明要求：全会要多下基层，把建议提得更实。",
        ])
        assert cues(meetings) == [("王明要求", "全会要多下基层，把建议提得更实。")], behalf


def test_a_symposium_held_as_a_verb_opens_the_meeting() -> None:
    # "…同顾问座谈", "…与新聘顾问进行了亲切座谈": the symposium is the verb, not a noun 召开 opens, and what is
    # said there is the report's.
    for held in ("并同顾问座谈", "并与新聘顾问进行了亲切座谈", "并和大家座谈"):
        meetings = check([
            f"县长李华今天在县政府会议室向新请来的文史顾问颁发聘书，{held}。",
            "李华指出，县里拿主意要多听各方声音，广纳良言。副县长张强出席座谈会。",
        ])
        assert [(m["place"], cues(meetings)) for m in meetings] == [
            ("县政府会议室", [("李华指出", "县里拿主意要多听各方声音，广纳良言。副县长张强出席座谈会。")])
        ], held


def test_a_symposium_ahead_or_only_sat_in_opens_none() -> None:
    # Put ahead ("将与…座谈") or a noun ("座谈会" after 参加, which a later sentence names only in passing), there
    # is no symposium held in the lead.
    meetings = check([
        "县长李华今天在县政府会议室向新请来的文史顾问颁发聘书，下周将与顾问座谈。",
        "李华指出，县里拿主意要多听各方声音，广纳良言。",
    ])
    assert meetings == []


def test_a_meeting_named_after_according_to_does_not_decide() -> None:
    # "根据会议议程，…将…批准…" / "按照会议安排，…": the meeting is the object of 根据 / 按照, the sentence's own
    # subject follows; a decision verb later in it is no decision of the meeting, and the sentence carries on the
    # point before it.
    for basis in ("根据刚刚通过的会议议程", "按照会议议程", "依据会议日程"):
        meetings = check([
            "市第五届人民代表大会第三次会议今天上午在市会堂举行预备会议。预备会议经表决，推选出了大会主席团。"
            f"{basis}，大会将听取市财政局的说明，批准2030年预算。",
        ])
        # The vote and the body it chose are one decision (meet52 m004's gold, read twice): the cue runs through 推选出了.
        assert [p["cue"] for m in meetings for p in m["points"]] == ["预备会议经表决，推选出了"], basis


def test_a_person_after_the_meeting_opened_is_the_later_clauses_subject() -> None:
    # "…会议今天在青河召开，副省长王明致信肯定…，强调…": the meeting opened is the first clause; the person of the
    # second is the subject of the later 强调, however long the meeting's name and his titles.
    meetings = check([
        "2030年全省茶叶产业提质增效工作会议今天在青河召开，省委常委、省政府副省长、省茶产业发展领导小组"
        "副组长王明致信充分肯定全省茶农改良老茶园的进展，强调要确保完成今年的改良任务。"
        "王明指出，今年是关键之年。",
    ])
    assert [p["cue"] for m in meetings for p in m["points"]] == [
        "省委常委、省政府副省长、省茶产业发展领导小组副组长王明致信充分肯定全省茶农改良老茶园的进展，强调",
        "王明指出",
    ]


def test_a_place_cue_before_an_appraisal_opens_no_point() -> None:
    # "座谈会上，王明对…工作表示了充分肯定。": the sentence judges others' work and ends there, nothing is stated;
    # the points are what he says next.
    for judged in ("表示了充分肯定", "给予了充分肯定", "给予高度评价", "表示感谢"):
        meetings = check([
            "7月8日，县长王明调研石桥乡果园改造情况。",
            f"座谈会上，王明对石桥乡果园改造工作{judged}。王明表示，石桥乡把果园改造当作头等大事。",
        ])
        assert [p["cue"] for m in meetings for p in m["points"]] == ["王明表示"], judged
    # What follows the appraisal in its sentence is stated at the meeting: the place cue stays.
    meetings = check([
        "7月8日，县长王明调研石桥乡果园改造情况。",
        "座谈会上，果农对果园改造工作表示了肯定，也反映了缺少冷库的问题。王明表示，要抓紧解决。",
    ])
    assert [p["cue"] for m in meetings for p in m["points"]] == ["座谈会上", "王明表示"]


def test_a_meeting_named_only_by_its_kind_takes_that_name() -> None:
    # No opening names the meeting, but the text calls it by its kind alone ("座谈会上，", "出席座谈会"): the name
    # is that word as printed. The bare 会议 names nothing.
    meetings = check([
        "7月8日，县长王明调研石桥乡果园改造情况。",
        "座谈会上，王明对石桥乡果园改造工作表示了充分肯定。王明表示，石桥乡把果园改造当作头等大事。",
    ])
    assert [m["name"] for m in meetings] == ["座谈会"]
    meetings = check([
        "县长李华今天在县政府会议室向新请来的文史顾问颁发聘书，并同顾问座谈。",
        "李华指出，县里拿主意要多听各方声音。副县长张强出席座谈会。",
    ])
    assert [m["name"] for m in meetings] == ["座谈会"]
    meetings = check([
        "7月8日，县长王明调研石桥乡果园改造情况。",
        "会议上，王明对石桥乡果园改造工作表示了充分肯定。王明表示，石桥乡把果园改造当作头等大事。",
    ])
    assert [m["name"] for m in meetings] == [None]


def test_a_leader_quoted_from_another_occasion_opens_no_point() -> None:
    # "会议指出，…，王明书记在今年春节期间指出，…": inside the meeting's statement, a leader's words from an
    # earlier occasion (a time word opens his setting) are quoted, not said at this meeting.
    for when in ("在今年春节期间", "在去年的全市大会上", "此前在调研时"):
        meetings = check([
            "全市社区工作经验座谈会今天在青河开幕。",
            f"会议指出，今年是本届社区居委会任期的最后一年，王明书记{when}指出，要把好做法留下来。",
        ])
        assert [p["cue"] for m in meetings for p in m["points"]] == ["会议指出"], when
    # A speaker at this meeting, set in his own speech, still speaks.
    meetings = check([
        "全市社区工作经验座谈会今天在青河开幕。",
        "会议指出，今年是本届社区居委会任期的最后一年，市委书记王明在讲话中指出，要把好做法留下来。",
    ])
    assert [p["cue"] for m in meetings for p in m["points"]] == ["会议指出", "市委书记王明在讲话中指出"]


def test_a_later_clauses_counted_object_before_a_stop_announces_the_items() -> None:
    # "王明结合…，逐一解答了…，并提出三点期望。一是…": the count ends the sentence and the first item opens the next,
    # as after a speaker's own "提出三点希望。"; the cue runs from the name through the object.
    meetings = check([
        "3月9日，院长王明在二楼会议室与新来的实习医生进行了亲切座谈。副院长李华出席座谈会。",
        "王明结合自己的从医经历，逐一解答了实习医生们的疑问，并提出三点期望。一是要练好基本功。"
        "二是要传承医院的好医风。三是要把病人放在心上。",
    ])
    assert [(p["cue"], [i["marker"] for i in p["items"]]) for m in meetings for p in m["points"]] == [
        ("王明结合自己的从医经历，逐一解答了实习医生们的疑问，并提出三点期望", ["一是", "二是", "三是"])
    ]


def test_who_holds_a_symposium_as_a_verb_is_the_pronouns_speaker() -> None:
    # "院长王明在二楼会议室与…进行了亲切座谈。他强调，…": the one who holds the symposium is a person of the meeting, as
    # the host of one opened by 召开 is, so the pronoun after speaks for him.
    meetings = check([
        "3月9日，院长王明在二楼会议室与新来的实习医生进行了亲切座谈。",
        "座谈会上，他强调，行医要先学做人。",
    ])
    assert [p["cue"] for m in meetings for p in m["points"]] == ["他强调"]


def test_a_meeting_referred_back_to_inside_a_clause_is_the_same_meeting() -> None:
    # "与会各方代表在讲话中祝贺这次峰会在青河举行": the name starts at the referring word, not at the clause's subject,
    # so it refers back to the meeting reported rather than opening a second one.
    meetings = check([
        "第三届南岭国家领导人峰会14日在青河举行。王明指出，要加强合作。",
        "与会各方代表在讲话中祝贺这次峰会在青河举行，欢迎新伙伴加入。",
        "王明说，要共同发展。",
    ])
    assert [(m["name"], len(m["points"])) for m in meetings] == [("第三届南岭国家领导人峰会", 2)]


def test_a_talk_with_staff_during_an_inspection_is_no_meeting() -> None:
    # "考察…，并与护理员进行了座谈。他说，…": a symposium held as a verb that the text never calls a 座谈会 is a stop of
    # the visit, not the meeting reported.
    meetings = check([
        "副省长王明今天考察青河市社区养老工作，并在一家养老院的会议室与护理员进行了座谈。",
        "王明指出，要让老人吃得放心、住得舒心。",
    ])
    assert meetings == []


def test_a_pronouns_later_clause_object_offered_to_the_audience_announces_the_items() -> None:
    # "他结合…提出三点期望与大家共勉：一是…": the pronoun stands for the symposium's host, and the object offered to
    # the audience (与大家共勉) is still the one that announces the items.
    for offered in ("三点期望与大家共勉", "三点希望和同志们共勉", "三点期望"):
        meetings = check([
            "3月9日，院长王明在二楼会议室与新来的实习医生进行了亲切座谈。副院长李华出席座谈会。",
            f"他结合自己的从医经历，逐一解答了实习医生们的疑问，并提出{offered}。一是要练好基本功。"
            "二是要传承医院的好医风。三是要把病人放在心上。",
        ])
        assert [(p["cue"], [i["marker"] for i in p["items"]]) for m in meetings for p in m["points"]] == [
            (f"他结合自己的从医经历，逐一解答了实习医生们的疑问，并提出{offered}", ["一是", "二是", "三是"])
        ], offered


def test_attendees_reporting_in_turn_make_the_place_cues_point() -> None:
    # "座谈会上，与会实习医生一一做了自我介绍，汇报了…想法，并提出了意见建议。": the attendees speak in turn, their own
    # statements, as 先后作了交流发言 is; a report one person presents to the meeting ("座谈会上，王明汇报了…") is
    # procedure.
    meetings = check([
        "3月9日，院长王明在二楼会议室与新来的实习医生进行了亲切座谈。",
        "座谈会上，与会实习医生一一做了自我介绍，汇报了来院以来的见闻和想法，并提出了意见建议。",
        "王明指出，实习是成长的关键一步。",
    ])
    assert [p["cue"] for m in meetings for p in m["points"]] == ["座谈会上", "王明指出"]
    meetings = check([
        "3月9日，院长王明在二楼会议室与新来的实习医生进行了亲切座谈。",
        "座谈会上，王明汇报了医院近两年培养年轻医生的情况。",
        "王明指出，实习是成长的关键一步。",
    ])
    assert [p["cue"] for m in meetings for p in m["points"]] == ["王明指出"]
