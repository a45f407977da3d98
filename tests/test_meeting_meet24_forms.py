"""Meeting reports in forms a fifth folder of real news texts (kept outside the project) showed the stage
misreading, each a class of wording. Every text here is fictional, written for the test."""

from __future__ import annotations

from .test_meeting import check, cues


def test_a_speech_addressed_to_a_meeting_from_afar_reports_that_meeting() -> None:
    # "向在…举行的…峰会发表…书面演讲 / 视频讲话": the meeting is the object of 向, held where the clause before its
    # name says; the speaker's points follow.
    for speech in ("发表题为《共促养蜂业繁荣》的书面演讲", "发表视频讲话", "视频致辞"):
        meetings = check([
            f"当地时间8日下午，市长王明向在北岭国青河市举行的东方养蜂工商领导人峰会{speech}。"
            "王明指出，各方要展现远见和担当。王明强调，养蜂合作要造福蜂农。",
        ])
        assert [(m["name"], m["place"]) for m in meetings] == [("东方养蜂工商领导人峰会", "北岭国青河市")], speech
        assert cues(meetings) == [("王明指出", "各方要展现远见和担当。"), ("王明强调", "养蜂合作要造福蜂农。")]


def test_an_address_to_a_meeting_put_ahead_or_to_a_bare_noun_opens_none() -> None:
    # A speech still to come, and one to "the meeting" that names none: no meeting is reported from them.
    assert check(["王明将向东方养蜂工商领导人峰会发表视频讲话。王明指出，各方要展现担当。"]) == []
    assert check(["王明向大会发表视频致辞。他指出，各方要展现担当。"]) == []


def test_a_thing_released_at_a_meeting_makes_no_meeting_report() -> None:
    # "在…报告会上，一份…研究结果发布。": the thing released is the subject, the meeting only its occasion.
    for verb in ("发布", "公布", "出炉"):
        assert check([
            f"昨天，在市蜂业协会举办的养蜂主题报告会上，一份针对本市蜂农收入的调查结果{verb}。"
            "报告显示，蜂蜜价格低是影响收入的主因。调查牵头人张华表示，蜂农收入差距正在缩小。",
        ]) == [], verb
    # A speaker at the meeting who asks for a release states a point.
    meetings = check(["昨天，在市蜂业协会举办的养蜂工作座谈会上，王明强调，调查结果要及时发布。"])
    assert cues(meetings) == [("王明强调", "调查结果要及时发布。")]


def test_a_cue_in_a_headline_glued_before_the_dateline_is_no_point() -> None:
    # "…作出重要指示强调坚持…王明出席…会议并讲话某某网消息（某某联播）：…": the headline runs into the dateline with no
    # break; its 强调 repeats the report, whose points start after the dateline.
    meetings = check([
        "王明对养蜂工作作出重要指示强调坚持绿色发展李华出席全市养蜂工作会议并讲话某某网消息（某某联播）："
        "市委书记王明近日对养蜂工作作出重要指示指出，要坚持绿色发展。全市养蜂工作会议5月17日在青河召开。"
        "李华在讲话中指出，要把蜂农增收放在首位。",
    ])
    assert [cue for cue, _ in cues(meetings)] == ["市委书记王明近日对养蜂工作作出重要指示指出", "李华在讲话中指出"]
    # The meeting the headline names is opened again by the body, whose sentence prints its place.
    assert [(m["name"], m["place"]) for m in meetings] == [("全市养蜂工作会议", "青河")]
    # A lead's own clause before a colon is no headline: its cue stays.
    meetings = check(["全市养蜂工作会议17日在青河召开。会议强调，要确保供电：城区和蜂场都不能断电。"])
    assert [cue for cue, _ in cues(meetings)] == ["会议强调"]


def test_a_session_deliberating_in_groups_is_the_meeting_its_members_speak_at() -> None:
    # "２８日，…第九次会议分组审议…报告时，…": the session deliberating is the setting of its members' words, held on
    # the day the lead prints, with no opening verb.
    meetings = check([
        "本报青河６月２８日电（记者林木）２８日，市人大常委会第九次会议分组审议市政府关于养蜂业发展情况的报告时，"
        "与会人员纷纷建言献策。市人大农业委员会主任委员王明说，蜂农增收要靠品牌。",
    ])
    assert [m["name"] for m in meetings] == ["市人大常委会第九次会议"]
    assert cues(meetings) == [("市人大农业委员会主任委员王明说", "蜂农增收要靠品牌。")]
    # A session's deliberation recalled without the day of the news opens none.
    assert check(["市人大常委会第九次会议审议该报告时，曾提出多条意见。王明说，蜂农增收要靠品牌。"]) == []


def test_the_manner_of_saying_before_shuo_is_no_part_of_the_speakers_name() -> None:
    meetings = check([
        "３１日下午，市委书记王明在养蜂业座谈会上表示，蜂农要增收。王明介绍说，本市蜂蜜产量居全省第一。"
        "王明举例说，青河的蜂场去年增收三成。",
    ])
    assert [p["speaker"] for p in meetings[0]["points"]] == ["王明", "王明", "王明"]
    assert [s["name"] for s in meetings[0]["speakers"]] == ["王明"]


def test_a_crowd_cited_inside_a_speakers_statement_is_no_reaction_in_the_lead() -> None:
    # "佐利克说，许多经济学家都认为，…": the economists are cited in what he says; the meeting opened in the lead stays
    # the report's.
    meetings = check([
        "东方养蜂部长年会8日在青河开幕，蜂种保护是年会的一个重要议题。",
        "东岭联盟主席优素拉说，许多专家都认为，蜂种保护刻不容缓。他还表示，联盟将增加研究经费。",
    ])
    assert [m["name"] for m in meetings] == ["东方养蜂部长年会"]
    assert [cue for cue, _ in cues(meetings)] == ["东岭联盟主席优素拉说", "他还表示"]
    # The public's reaction stated in the lead itself still makes it no meeting report.
    assert check(["东方养蜂部长年会8日在青河闭幕。许多蜂农认为，年会的决定来得及时。"]) == []


def test_a_meeting_held_together_with_an_exhibition_is_named_without_it() -> None:
    # "…座谈会和成果展今天在京举办": the subject pairs the symposium with an event that is no meeting.
    meetings = check([
        "某蜂业出版社成立30周年座谈会和成果展今天在青河举办。市政协主席王明给座谈会发来贺信。"
        "王明在贺信中说，出版社成立30年来，出版了大量图书。",
    ])
    assert [(m["name"], m["place"]) for m in meetings] == [("某蜂业出版社成立30周年座谈会", "青河")]
    # Two meetings joined are named together, as printed: no pair is cut.
    meetings = check(["养蜂座谈会和技术论坛今天在青河举办。市政协主席王明在座谈会上说，蜂农要增收。"])
    assert [m["name"] for m in meetings] == ["养蜂座谈会和技术论坛"]


def test_whom_the_speaker_addresses_before_shuo_is_the_setting_of_his_words() -> None:
    # "他对10位参会企业家说：" / "王明向在场的年轻干部表示，": the addressee stands between the speaker and the verb.
    for addressed in ("他对10位参会企业家说：", "王明向在场的年轻蜂农表示，"):
        meetings = check([f"市长王明18日在青河出席蜂业企业家座谈会。{addressed}“要坦率讲问题。”"])
        assert [cue for cue, _ in cues(meetings)] == [addressed[:-1]], addressed
    # "对…来说" sets a topic (for whom something holds): no addressee, no speaker.
    meetings = check(["国务院常务会议1日召开。会议指出，要稳住经济大盘。尤其对许多中小企业来说，等一等就可能错失良机。"])
    assert [cue for cue, _ in cues(meetings)] == ["会议指出"]


def test_a_symposium_held_as_the_leads_own_act_is_the_meeting_reported() -> None:
    # "昨天，市长王明在青河同养蜂代表团座谈。": the lead's act is the symposium itself, named by its verb alone.
    meetings = check(["昨天，市长王明在青河同养蜂代表团座谈。王明说，蜂业有些项目长期保持优势。"])
    assert [(m["name"], m["place"]) for m in meetings] == [(None, "青河")]
    assert cues(meetings) == [("王明说", "蜂业有些项目长期保持优势。")]
    # A talk held as a stop of an inspection tour is no meeting.
    assert check(["昨天，市长王明在青河考察蜂场，并同养蜂户座谈。王明说，蜂业有些项目长期保持优势。"]) == []


def test_a_speaker_setting_out_counted_measures_opens_the_items_that_follow() -> None:
    # "王明就…提出3项举措：一、…二、…": the counted measures are the cue's object, the items its own.
    meetings = check([
        "东方养蜂合作论坛16日在青河举行。",
        "王明强调，迈向现代化的道路丰富多样。",
        "王明就下阶段加强养蜂合作提出3项举措：",
        "一、设立蜂种保护基金。",
        "二、共建养蜂技术中心。",
        "三、每年举办一次蜂业博览会。",
    ])
    point = meetings[0]["points"][1]
    assert point["cue"] == "王明就下阶段加强养蜂合作提出3项举措"
    assert [item["marker"] for item in point["items"]] == ["一、", "二、", "三、"]


def test_the_evening_after_the_day_is_no_part_of_the_meetings_name() -> None:
    # "…会议6月9日晚以视频方式举行，": 晚 after the day is a time of day.
    meetings = check(["东方养蜂部长会议6月9日晚以视频方式举行，各国部长一致同意加强蜂种保护合作。"])
    assert [m["name"] for m in meetings] == ["东方养蜂部长会议"]


def test_a_symposium_set_before_the_speaker_with_no_comma_is_the_meeting() -> None:
    # "在同…学员座谈时书记王明说，…": the symposium held as a verb is the setting that opens the sentence; the cue is
    # printed from the speaker, the occasion before him a lead-in.
    meetings = check(["在同养蜂研修班学员座谈时书记王明说，如何才能做一名好蜂农呢？他特别强调，蜂种保护要放在首位。"])
    assert [m["name"] for m in meetings] == [None]
    assert [cue for cue, _ in cues(meetings)] == ["书记王明说", "他特别强调"]
