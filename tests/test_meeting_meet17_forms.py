"""Meeting reports in forms the second reading of a folder of real news texts (kept outside the project) showed
the stage misreading, each a class of wording. Every text here is fictional, written for the test."""

from __future__ import annotations

from .test_meeting import check, cues


def test_a_space_before_the_verbs_separator_keeps_the_cue() -> None:
    # "王明强调 ，…": a typesetter's space (ASCII or full-width) between the verb and its comma or colon; the verb
    # still takes its statement, for a speaker as for the meeting.
    for space in (" ", "\u3000", "  "):
        meetings = check([
            "市政协三届二次会议今天在青河开幕。市长王明出席开幕式并讲话。王明说，今年是关键之年。"
            f"王明强调{space}，要抓好民生工作。会议指出{space}：要团结。",
        ])
        assert cues(meetings) == [
            ("王明说", "今年是关键之年。"),
            ("王明强调", "要抓好民生工作。"),
            ("会议指出", "要团结。"),
        ], repr(space)


def test_a_time_clause_before_a_new_name_leads_the_sentence_in() -> None:
    # "在仔细听取专家们的建议后，李华说，…": the first clause only times what follows, so the name after it is the
    # sentence's subject and speaks, though no act named her a speaker before (as after a topic or a place cue).
    for lead in ("在仔细听取专家们的建议后", "听取大家的介绍之后", "在听取说明以后"):
        meetings = check([
            "县科协今天在县文化中心召开养蜂产业座谈会，为蜂蜜销路出主意。县科协主席王明出席并讲话。",
            "副县长李华到会听取专家意见。王明在讲话中强调，基层科协要多办实事。",
            f"{lead}，李华说，本县养蜂能手很多。",
        ])
        assert cues(meetings) == [
            ("王明在讲话中强调", "基层科协要多办实事。"),
            ("李华说", "本县养蜂能手很多。"),
        ], lead


def test_a_pronoun_speaks_for_a_subject_led_in_by_whom_he_acts_for() -> None:
    # "受市长委托，副市长李华向会议报告了…。他说，…": the first clause says whom she acts for; the person after it is
    # the sentence's subject, and the pronoun of the next sentence speaks for her, as after "随后，".
    for lead in ("受市长委托", "受市政府的委托", "应大会主办方邀请"):
        meetings = check([
            "市人大常委会第五次会议今天上午在市人民大会堂开幕。王明主任主持会议。",
            f"{lead}，副市长、市森林防火指挥部副总指挥李华向会议报告了春季护林进展。他说，今年春天气温偏高。",
            "李华指出，护林工作取得了初步成效。",
        ])
        assert cues(meetings) == [
            ("他说", "今年春天气温偏高。"),
            ("李华指出", "护林工作取得了初步成效。"),
        ], lead


def test_a_speech_at_a_named_meeting_may_state_in_a_later_clause() -> None:
    # "王明今天在…代表大会上向代表们通报…，对…提出要求，强调…": he acts first (通报), and a later clause of the
    # same sentence opens on his speech verb; the speech is given at the named meeting, which the report is about.
    meetings = check([
        "市长王明今天在市养蜂协会第二次代表大会和市园艺学会第四次代表大会上向代表们介绍今年的农时安排，"
        "对推广良种提出要求，强调让更多农户用上好蜂种。",
        "王明指出，要办好田间课堂。",
    ])
    assert [m["name"] for m in meetings] == ["市养蜂协会第二次代表大会和市园艺学会第四次代表大会"]
    assert [p["cue"] for m in meetings for p in m["points"]][1:] == ["王明指出"]


def test_an_act_at_a_named_meeting_with_no_speech_opens_none() -> None:
    # The later clause goes elsewhere (随后前往…): the meeting is only where he handed out medals.
    meetings = check([
        "市长王明今天在市科协第五次代表大会上向代表们颁发了奖章，随后前往高新区考察。",
        "王明指出，要加快高新区建设。",
    ])
    assert meetings == []


def test_the_same_name_again_without_a_day_is_the_meeting_opened() -> None:
    # "…主持了专题协商会。专题协商会上，…": the meeting named again by the same name, with no day or place of its
    # own, is the one the report opened, not a second meeting.
    meetings = check([
        "县政协今天在县文化中心召开专题协商会，为蜂蜜销路出主意。县政协主席王明出席并讲话。",
        "王明在讲话中强调，协商要多听农户的声音。",
        "县政协副主席张梅主持了专题协商会。",
        "专题协商会上，9位县政协委员围绕蜂蜜品牌建设作了发言。",
    ])
    assert [(m["name"], m["place"], len(m["points"])) for m in meetings] == [("专题协商会", "县文化中心", 2)]


def test_the_same_name_on_another_day_is_another_sitting() -> None:
    # With a day of its own, the name is a meeting held again: two meetings.
    meetings = check([
        "3月5日，市政府常务会议在市政府召开。会议指出，要抓好春耕生产。",
        "3月12日，市政府常务会议在市政府召开。会议强调，要做好防汛准备。",
    ])
    assert [m["name"] for m in meetings] == ["市政府常务会议", "市政府常务会议"]


def test_a_meetings_agenda_decides_nothing() -> None:
    # "大会主要议程是：听取…；审议通过…": the agenda lists what the meeting is to go through; the meeting is its
    # possessor, not the subject of 审议通过, and no decision is reported.
    for agenda in ("大会主要议程是", "会议议程是", "大会日程为", "会议的主要议题是"):
        meetings = check([
            "市人大十届二次会议今天上午在市会堂开幕。王明主持会议。",
            f"{agenda}：听取和审议常委会工作报告；审议通过大会决议。王明说，今年是关键之年。",
        ])
        assert cues(meetings) == [("王明说", "今年是关键之年。")], agenda


def test_a_pronouns_later_verb_of_a_proposition_takes_it_glued() -> None:
    # "她高度评价…，表示侨商已是…": after her first act (an appraisal, no statement), 表示 / 认为 takes what she
    # said without a comma; the cue runs from the pronoun through the verb.
    for verb in ("表示", "认为"):
        meetings = check([
            "第三届南岭侨商大会20日在青河开幕。王明出席开幕式并发表演讲。王明说，侨商大会是各地侨商的节日。",
            f"她高度评价侨商的勤劳和诚信，{verb}侨商已是青河发展的一支生力军。",
        ])
        assert cues(meetings)[1:] == [
            (f"她高度评价侨商的勤劳和诚信，{verb}", "侨商已是青河发展的一支生力军。")
        ], verb


def test_a_pronouns_later_verb_with_an_addressee_narrates() -> None:
    # "他还阐述了…，呼吁各国…": a verb that urges an addressee, glued, narrates what he did; no point of its own.
    meetings = check([
        "第三届南岭侨商大会20日在青河开幕。王明出席开幕式并发表演讲。王明说，侨商大会是各地侨商的节日。",
        "他还介绍了青河的产业规划，呼吁各地侨商多来投资。",
    ])
    assert [cue for cue, _ in cues(meetings)] == ["王明说"]


def test_a_meeting_congratulated_in_a_speech_is_the_one_opened() -> None:
    # "李华在致辞中祝贺第三届…大会在青召开": the meeting is the object of her congratulation, named again with a
    # place but no day of its own; no second meeting, and her statement is the first meeting's point.
    meetings = check([
        "第三届南岭侨商大会20日在青河开幕。王明出席开幕式并发表演讲。王明说，侨商大会是各地侨商的节日。",
        "市长李华在致辞中祝贺第三届南岭侨商大会在青召开。她说，侨商已是青河发展的一支生力军。",
    ])
    assert [(m["name"], m["place"]) for m in meetings] == [("第三届南岭侨商大会", "青河")]
    assert [cue for cue, _ in cues(meetings)] == ["王明说", "她说"]


def test_a_celebration_at_the_names_start_is_the_names_own() -> None:
    # "庆祝…推进大会": the celebration is what the meeting is called, not someone congratulating it.
    meetings = check(["庆祝五一劳动节暨建功立业推进大会今天在市会堂举行。王明在会上指出，劳动创造幸福。"])
    assert [m["name"] for m in meetings] == ["庆祝五一劳动节暨建功立业推进大会"]


def test_a_quoted_name_after_its_edition_opens_the_meeting() -> None:
    # "第五届“青河数字经济论坛”8日在…开幕": the edition stands outside the quotation marks; the noun before the
    # closing mark still names a meeting, as for a name quoted whole.
    for name in ("第五届“青河数字经济论坛”", "2030年“青河数字经济论坛”", "首届“青河之春”研讨会"):
        meetings = check([
            f"新华社青河9月8日电　{name}8日在青河国际会议中心开幕。副市长王明出席开幕式并发表主旨演讲。",
            "王明指出，数字经济正在改变青河的产业面貌。",
        ])
        assert [(m["name"], m["place"]) for m in meetings] == [(name, "青河国际会议中心")], name
        assert [cue for cue, _ in cues(meetings)] == ["王明指出"], name


def test_a_hearing_before_the_verb_is_the_statements_setting() -> None:
    # "会议听取了…的汇报后指出，…", "王明在审议…时强调，…": what the subject heard or deliberated first sets the
    # statement; the verb after it is still the subject's, and the cue runs from the subject through it.
    for subject, setting, verb in (
        ("会议", "听取了省应急厅关于防汛工作的汇报后", "指出"),
        ("会议", "在听取省应急厅的汇报后", "强调"),
        ("省长王明", "听取了省应急厅关于防汛工作的汇报后", "指出"),
        ("省长王明", "审议《防汛预案》时", "要求"),
    ):
        meetings = check([f"省政府常务会议今天召开。{subject}{setting}{verb}，今年汛情形势严峻。"])
        assert cues(meetings) == [(f"{subject}{setting}{verb}", "今年汛情形势严峻。")], (subject, setting)


def test_a_hearing_alone_states_nothing() -> None:
    # Without a speech verb and its separator after it, the hearing is procedure: no point.
    meetings = check(["省政府常务会议今天召开。会议听取了省应急厅关于防汛工作的汇报后研究部署了下一步工作。"])
    assert cues(meetings) == []


def test_a_meeting_of_leaders_with_one_partner_is_talks() -> None:
    # "王明…同萨瓦纳共和国总统李华举行视频会晤": a 会晤 held with one partner is talks between two sides, like a
    # 会谈, whatever the leaders state; several partners listed with 、 hold a multilateral one, which is a meeting.
    for held in ("同萨瓦纳共和国总统李华举行视频会晤", "与萨瓦纳共和国总统李华举行会晤"):
        meetings = check([f"国家主席王明12日下午在北京{held}。王明指出，两国关系保持健康稳定发展。"])
        assert meetings == [], held
    meetings = check([
        "国家主席王明同北溪国总理张伟、南岭国总统赵敏8日在白沙城举行五国领导人集体会晤。王明指出，五国合作成果丰硕。",
        "与会各国领导人还在白沙城举行会晤。",
    ])
    assert [m["name"] for m in meetings] == ["五国领导人集体会晤"]
