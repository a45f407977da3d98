"""Meeting reports in forms a fifth development folder of real reports (kept outside the project) showed the
stage missing: leads whose opening sentence or first speaker went unread. Every text here is fictional,
written for the test."""

from __future__ import annotations

from .test_meeting import check, cues


def test_a_quoted_name_ending_in_hui_is_convened() -> None:
    # Only meetings are convened: a quoted name ending in 会 is one, its quotation marks kept as printed.
    meetings = check([
        "3月2日上午，区科协召开“青年科技工作者茶叙会”。区科协主席方晓雯出席会议。",
        "方晓雯指出，青年科技人才是创新的生力军。",
    ])
    assert [(m["name"], m["date"]) for m in meetings] == [("“青年科技工作者茶叙会”", None)]
    assert cues(meetings) == [("方晓雯指出", "青年科技人才是创新的生力军。")]


def test_a_clock_time_after_the_name_is_no_part_of_it() -> None:
    # "下午 3:30" / "下午3时30分": a time of day between the name and its place; a clock's colon ends no clause.
    for time in ("下午 3:30", "下午3时30分", "上午9点半"):
        meetings = check([
            f"春季防火动员会4月2日{time}在镇政府礼堂召开。",
            "会议要求，各村要落实巡山护林责任。",
        ])
        assert [(m["name"], m["place"]) for m in meetings] == [("春季防火动员会", "镇政府礼堂")], time


def test_a_new_name_after_the_attendance_clause_speaks() -> None:
    # "…参加了会议，王明院长希望…": who attended is never said inside someone's statement, so a new name in the
    # clause after it opens a point, as at a sentence start.
    meetings = check([
        "5月4日，青禾中学在报告厅召开秋季开学动员会，全体教职工参加了会议，黄立群校长希望大家以饱满的精神迎接新学期。",
    ])
    assert cues(meetings) == [("黄立群校长希望", "大家以饱满的精神迎接新学期。")]


def test_a_new_name_after_the_hosting_clause_speaks() -> None:
    # Who chaired is procedure as who attended is: "会议由…主持，院长…指出，…" / "…主持会议，…希望…".
    for host in ("会议由副校长曲放主持", "副校长曲放主持会议"):
        meetings = check([f"5月4日，青禾中学召开秋季开学动员会，{host}，校长黄立群指出，教书先育人。"])
        assert cues(meetings) == [("校长黄立群指出", "教书先育人。")], host


def test_a_name_inside_a_statement_still_opens_no_point() -> None:
    # The clause after an attendance clause is the only new lead-in: a name after a statement's comma is quoted.
    meetings = check([
        "5月4日，青禾中学召开秋季开学动员会，全体教职工参加了会议。",
        "校长黄立群指出，正如老校长周明远强调的那样，教书先育人。",
    ])
    assert cues(meetings) == [("校长黄立群指出", "正如老校长周明远强调的那样，教书先育人。")]


def test_ti_with_a_counted_object_before_a_colon_is_a_cue() -> None:
    # "提四点要求：" shortens "提出四点要求：": the counted object announces the items, which are the speaker's.
    meetings = check([
        "6月3日，县税务局召开党组会议，局长苗青主持会议。",
        "会议强调，要把学习成果转化为工作实效。",
        "苗青提三点要求：一是强化担当；二是优化服务；三是严守纪律。",
    ])
    assert cues(meetings) == [("会议强调", "要把学习成果转化为工作实效。"), ("苗青提三点要求", None)]
    assert [i["marker"] for i in meetings[0]["points"][1]["items"]] == ["一是", "二是", "三是"]


def test_ti_without_a_count_opens_no_point() -> None:
    # 提 starts other words (提高, 提醒): only its counted object makes it a cue.
    meetings = check([
        "6月3日，县税务局召开党组会议，局长苗青主持会议。",
        "会议强调，要把学习成果转化为工作实效。苗青提高要求：各股室要对标先进。",
    ])
    assert cues(meetings) == [("会议强调", "要把学习成果转化为工作实效。苗青提高要求：各股室要对标先进。")]


def test_a_subject_after_the_day_states_in_a_later_clause() -> None:
    # "3月5日，我县召开…会议，要求…": the day stands alone as the first clause; the body reporting itself that
    # convenes the meeting is the subject of the later verb, as after an order word (会后，我县…).
    meetings = check([
        "（记者 柯蓝）11月8日上午，我区召开冬季消防安全工作会议，要求各街道开展一次拉网式隐患排查。",
    ])
    assert cues(meetings) == [("我区召开冬季消防安全工作会议，要求", "各街道开展一次拉网式隐患排查。")]


def test_a_host_after_the_day_states_in_a_later_clause() -> None:
    meetings = check(["4月1日，镇长鲁平主持召开镇政府常务会议，强调要守牢防汛安全底线。"])
    assert cues(meetings) == [("镇长鲁平主持召开镇政府常务会议，强调", "要守牢防汛安全底线。")]


def test_an_adverb_may_stand_before_the_object_verbs_setting() -> None:
    # "周书记还就…提出了具体的工作要求，一是…": 还 before the setting 就…, after a speaker named by surname and title.
    meetings = check([
        "9月9日，石桥镇召开秋粮收购工作会，镇党委书记周岚主持会议。",
        "周书记还就收购秩序提出了具体的工作要求，一是明码标价；二是及时结算。",
    ])
    assert cues(meetings) == [("周书记还就收购秩序提出了具体的工作要求", None)]
    assert [i["marker"] for i in meetings[0]["points"][0]["items"]] == ["一是", "二是"]


def test_a_verb_glued_to_its_topic_gives_way_to_the_next_verbs_list() -> None:
    # "…，指出存在的短板，并强调：一是…": the first verb names a topic; the list is the later verb's statement.
    meetings = check([
        "7月2日，县文旅局召开上半年工作总结会。局长薛宁肯定了上半年的成绩，指出存在的短板，并强调：一是抓项目；二是抓服务。",
    ])
    assert cues(meetings) == [("局长薛宁肯定了上半年的成绩，指出存在的短板，并强调", None)]


def test_a_verb_glued_to_its_statement_keeps_it_before_a_chained_verb() -> None:
    # Without a list after the later verb, the first verb's words are his statement ("强调要…"), the later verb in it.
    meetings = check([
        "7月2日，县文旅局召开上半年工作总结会。局长薛宁肯定了上半年的成绩，强调要抓项目，并指出：服务要跟上。",
    ])
    assert cues(meetings) == [("局长薛宁肯定了上半年的成绩，强调", "要抓项目，并指出：服务要跟上。")]


def test_agreeing_to_a_decision_is_one_verb_with_it() -> None:
    # "一致同意通过…": the cue runs through the decision, and the text starts with what was passed.
    meetings = check([
        "1月5日，东林纸业召开第三届职工代表大会。",
        "与会代表一致同意通过厂务公开实施办法。会议同意批准三名代表的辞职请求。",
    ])
    assert cues(meetings) == [
        ("与会代表一致同意通过", "厂务公开实施办法。"), ("会议同意批准", "三名代表的辞职请求。"),
    ]


def test_a_lecture_after_the_place_is_procedure() -> None:
    # "会上，…老师…讲授了…": a study session's teacher presents to the meeting; no statement of the meeting.
    meetings = check([
        "3月8日，县农业农村局召开党组理论学习中心组学习会。",
        "会上，市委党校的韩蕾老师结合大量案例，深入浅出地讲授了乡村治理的新要求。",
        "局长冉东要求，全局干部要学以致用。",
    ])
    assert cues(meetings) == [("局长冉东要求", "全局干部要学以致用。")]


def test_the_subject_after_a_glued_order_word_states_in_a_later_clause() -> None:
    # "首先赵院长通报了…，接着就…提出三点：一、…": 首先 orders the head's acts; the later clause joined by 接着 is his.
    meetings = check([
        "3月2日上午，某镇卫生院召开职工大会。首先赵院长通报了上月门诊和住院的情况，接着就做好春季防病提出三点："
        "一、备足常用药品。二、排好节假日班次。三、上门宣传防病知识。",
    ])
    assert cues(meetings) == [("赵院长通报了上月门诊和住院的情况，接着就做好春季防病提出三点", None)]
    assert [i["marker"] for i in meetings[0]["points"][0]["items"]] == ["一、", "二、", "三、"]


def test_a_meetings_issue_in_brackets_belongs_to_its_name() -> None:
    # A meeting held in a series prints its issue after the name: kept as printed, brackets and all.
    meetings = check([
        "3月2日上午，区科协召开“青年科技工作者茶叙会”（第二期）。区科协主席方晓雯出席会议。",
        "方晓雯指出，青年科技人才是创新的生力军。",
    ])
    assert [m["name"] for m in meetings] == ["“青年科技工作者茶叙会”（第二期）"]


def test_the_day_lead_in_holds_under_a_glued_headline() -> None:
    # A one-line text with its headline glued on: the first clause still ends with the day.
    meetings = check([
        "筑牢冬季消防安全防线（记者 柯蓝）11月8日上午，我区召开冬季消防安全工作会议，要求各街道开展隐患排查。",
    ])
    assert cues(meetings) == [("我区召开冬季消防安全工作会议，要求", "各街道开展隐患排查。")]


def test_a_speaker_before_the_day_stays_the_subject() -> None:
    # "镇长鲁平4月1日上午，…": the first clause names its subject before the day; the later verb is his.
    meetings = check(["镇长鲁平4月1日上午，主持召开镇政府常务会议，强调要守牢防汛安全底线。"])
    assert cues(meetings) == [("镇长鲁平4月1日上午，主持召开镇政府常务会议，强调", "要守牢防汛安全底线。")]


def test_a_members_named_proposal_before_the_next_member_is_a_topic() -> None:
    # "委员甲就…提出建议，委员乙…": members in a row; the object named before the next member speaks states nothing.
    meetings = check([
        "6月2日，县政协召开常委会议。",
        "会上，委员宋晓岚就城北幼儿园扩建提出建议，委员龙一鸣就公交线路提出三点建议，委员周远提出，要办好老年食堂。",
    ])
    assert [p["cue"] for m in meetings for p in m["points"]] == ["会上", "委员周远提出"]


def test_a_members_proposal_before_a_colon_still_states() -> None:
    meetings = check([
        "6月2日，县政协召开常委会议。",
        "会上，委员龙一鸣就公交线路提出三点建议：一是加密班次；二是延长末班。",
    ])
    assert [p["cue"] for m in meetings for p in m["points"]] == ["委员龙一鸣就公交线路提出三点建议"]


def test_a_lead_that_convenes_a_meeting_reports_it_with_no_point_read() -> None:
    # The first sentence convenes the meeting (召开); what follows says nothing the cues read: the meeting is
    # reported with no points rather than lost, after a headline line too.
    meetings = check([
        "桐溪镇召开秋收安全部署会",
        "9月3日，桐溪镇在镇政府三楼会议室召开秋收安全部署会，各村支部书记参加。",
        "各村支部书记逐一汇报了本村秋收准备情况。",
    ])
    assert [(m["name"], m["points"]) for m in meetings] == [("秋收安全部署会", [])]


def test_a_meeting_held_or_hosted_without_a_point_is_no_report() -> None:
    # 举行 / 举办 alone, with no point read, is how histories, interviews and notices name meetings they are not
    # about; and a meeting convened only in the third sentence is not what the lead reports.
    for paragraphs in (
        ["2009年，首届江南茶文化论坛在湖州举办，此后每年一届。", "今年的论坛将更加注重青年茶农的参与。"],
        ["石桥村的清晨格外安静。", "村民们早早下地干活。", "当天下午，村委会召开了村民代表会议。"],
    ):
        assert check(paragraphs) == [], paragraphs
