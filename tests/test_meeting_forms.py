"""Meeting reports in forms the build texts did not show: what any name 召开 opens, cues whose subject is a
pronoun or a group named by any noun of people, a speaker's requirement stated after a comma."""

from __future__ import annotations

import pytest

from .test_meeting import check, cues


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("4月8日，市中级人民法院召开党组理论学习中心组学习会。", "党组理论学习中心组学习会"),
        ("区应急局召开汛期安全形势通报会。", "汛期安全形势通报会"),
        ("公司党委召开2024年度民主评议党员大会。", "2024年度民主评议党员大会"),
        ("2月3日，全县春耕备耕工作督办会在县政府召开。", "全县春耕备耕工作督办会"),
    ],
)
def test_whatever_is_convened_is_a_meeting(opening: str, name: str) -> None:
    # Only meetings are convened (召开): a name ending in 会 opens one, also when the table has no such noun.
    meetings = check([opening, "院长陈国强强调，要深刻领会会议精神。"])
    assert [m["name"] for m in meetings] == [name]
    assert cues(meetings) == [("院长陈国强强调", "要深刻领会会议精神。")]


@pytest.mark.parametrize(
    "opening",
    ["学校召开秋季运动会。", "市里举办春季商品交易会。", "协会召开理事会换届筹备工作。"],
)
def test_games_fairs_and_bodies_ending_in_hui_are_no_meetings(opening: str) -> None:
    assert check([opening, "校长陈国强强调，要注意安全。"]) == []


def test_a_quoted_title_ending_in_she_hui_is_no_meeting_name() -> None:
    meetings = check(["省委召开“建设和谐社会”专题研讨会。会议指出，要凝聚共识。"])
    assert meetings[0]["name"] == "“建设和谐社会”专题研讨会"


def test_a_requirement_stated_after_a_comma() -> None:
    # "就…提出要求，" states what follows the comma, as the colon does.
    meetings = check([
        "学校召开本科教学工作会议。校长孙丽在报告中指出，人才培养是学校的根本任务。",
        "她就下一步工作提出要求，要深化课程思政建设。",
    ])
    assert cues(meetings) == [
        ("校长孙丽在报告中指出", "人才培养是学校的根本任务。"),
        ("她就下一步工作提出要求", "要深化课程思政建设。"),
    ]


@pytest.mark.parametrize("group", ["与会侨领", "与会村民", "与会党员干部", "与会企业负责人"])
def test_people_at_the_meeting_named_by_any_noun_speak_as_a_group(group: str) -> None:
    meetings = check([f"第十届联谊大会2日在北京闭幕。{group}纷纷表示，将积极投身现代化建设。"])
    assert cues(meetings) == [(f"{group}纷纷表示", "将积极投身现代化建设。")]


def test_a_name_convened_gives_way_to_the_meeting_it_holds() -> None:
    meetings = check(["3月22日，市工商联召开第十五届执委会第三次会议。会议指出，要凝聚共识。"])
    assert meetings[0]["name"] == "第十五届执委会第三次会议"


def test_a_standing_committee_meeting_is_named_whole() -> None:
    meetings = check(["区委召开常委会会议。会议指出，要凝聚共识。"])
    assert meetings[0]["name"] == "常委会会议"


def test_a_headline_whose_subject_called_the_meeting_is_no_meeting_cue() -> None:
    # "…主持召开…会议强调 …": the verb is the chair's, the meeting its object; the opening after it still counts.
    text = "县委书记李刚主持召开县委常委会会议强调 以更高标准推进乡村振兴 9月2日，县委书记李刚主持召开县委常委会会议。会议强调，要坚持农业农村优先发展。"
    meetings = check([text])
    assert meetings[0]["name"] == "县委常委会会议"
    assert cues(meetings) == [("会议强调", "要坚持农业农村优先发展。")]


@pytest.mark.parametrize("verb", ["研究通过了", "讨论决定", "审议并原则同意", "听取并审议通过了", "研究确定"])
def test_a_decision_after_its_deliberation(verb: str) -> None:
    meetings = check([f"区政府召开常务会议。会议{verb}《城市更新三年行动方案》。"])
    assert cues(meetings) == [(f"会议{verb}", "《城市更新三年行动方案》。")]


@pytest.mark.parametrize("verb", ["研究了", "审议了", "讨论了"])
def test_a_deliberation_alone_is_procedure(verb: str) -> None:
    meetings = check([f"区政府召开常务会议。会议{verb}有关人事事项。会议指出，要凝聚共识。"])
    assert cues(meetings) == [("会议指出", "要凝聚共识。")]


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [("批示中指出，组织工作要服务大局。", "批示中指出"), ("通知要求，各地要落实防汛责任制。", "通知要求"), ("贺信指出，组织工作要服务大局。", "贺信指出")],
)
def test_documents_read_at_the_meeting_state_points(sentence: str, cue: str) -> None:
    meetings = check([f"县政府召开全县防汛工作会议，副县长王明宣读了上级的文件。{sentence}"])
    assert [c for c, _ in cues(meetings)] == [cue]


def test_a_person_speaking_in_a_report_is_no_document_cue() -> None:
    meetings = check(["全国科技大会在京召开。中央科技委主任丁薛祥在报告中指出，要加快科技自立自强。"])
    point = meetings[0]["points"][0]
    assert (point["cue"], point["speaker"]) == ("中央科技委主任丁薛祥在报告中指出", "丁薛祥")


@pytest.mark.parametrize("group", ["有的委员", "有委员", "部分代表", "10位委员", "多名专家", "企业家们"])
def test_some_of_the_people_at_the_meeting_speak_as_a_group(group: str) -> None:
    meetings = check([f"全国政协召开双周协商座谈会。委员们认为，要加强职业教育。{group}建议，健全产教融合机制。"])
    assert cues(meetings) == [("委员们认为", "要加强职业教育。"), (f"{group}建议", "健全产教融合机制。")]


@pytest.mark.parametrize("subject", ["我们", "有关部门", "有的地方"])
def test_we_and_bodies_are_no_groups_of_people_at_the_meeting(subject: str) -> None:
    meetings = check([f"全国政协召开双周协商座谈会。委员们认为，要加强职业教育，{subject}建议健全产教融合机制。"])
    assert [c for c, _ in cues(meetings)] == ["委员们认为"]


def test_a_meeting_named_only_by_what_is_convened_passes_the_pre_checks() -> None:
    # No table noun anywhere: 召开 alone tells the stage's pre-checks a meeting may be named.
    meetings = check(["市中级人民法院召开党组理论学习中心组学习会。院长陈国强强调，要提高政治站位。"])
    assert [m["name"] for m in meetings] == ["党组理论学习中心组学习会"]


def test_talks_are_no_meeting_name() -> None:
    # "举行工作会谈": 会 starts the word 会谈 (talks); a 工作会 is not opened.
    meetings = check(["5月20日，两市党政代表团举行工作会谈。云州市委书记邓启明主持会谈。他说，希望双方深化合作。"])
    assert meetings == []


def test_a_meeting_scheduled_ahead_is_a_notice() -> None:
    notice = [
        "本报讯 县人大常委会第二十四次会议定于7月28日至29日在县行政中心召开。",
        "会议建议议程为：（一）听取和审议县人民政府的报告；（二）审议有关人事任免事项。",
    ]
    assert check(notice) == []
    # Held now, the same sitting is reported.
    held = ["本报讯 县人大常委会第二十四次会议7月28日在县行政中心召开。", "会议要求，各部门要抓好落实。"]
    assert [m["name"] for m in check(held)] == ["县人大常委会第二十四次会议"]


def test_a_meeting_named_in_what_someone_tells_a_reporter_is_a_mention() -> None:
    feature = [
        "沿着新修的柏油路驶入石门村，道路两旁的民宿挂着红灯笼。",
        "“修路是大家盼了多少年的事。”村党支部书记罗大勇告诉记者，三年前村里召开村民代表大会，代表们一致同意把修路作为头等大事。",
        "罗大勇说，下一步村里还打算建一个农产品展销中心。",
    ]
    assert check(feature) == []


@pytest.mark.parametrize(
    ("sentence", "procedure"),
    [
        ("会上，区住建局负责人通报了全区老旧小区改造工作情况。", "通报了"),
        ("听证会上，市自来水公司负责人介绍了供水成本构成情况。", "介绍了"),
        ("会上，区财政局负责人解读了新出台的政策。", "解读了"),
    ],
)
def test_a_place_cue_before_a_briefing_is_procedure(sentence: str, procedure: str) -> None:
    meetings = check([f"区政协召开专题协商会。{sentence}", "区政协主席方立群指出，要持续跟踪协商成果的办理。"])
    assert [c for c, _ in cues(meetings)] == ["区政协主席方立群指出"]


@pytest.mark.parametrize("clause", ["副区长陶然到会听取意见建议并讲话。", "会前广泛征求意见建议68条。"])
def test_a_speech_verb_used_as_a_noun_opens_no_point(clause: str) -> None:
    meetings = check([f"区政协召开专题协商会。{clause}", "方立群指出，要持续跟踪协商成果的办理。"])
    assert [c for c, _ in cues(meetings)] == ["方立群指出"]


def test_a_quoted_document_title_states_points() -> None:
    meetings = check(["县政府召开常务会议，学习《关于加强基层治理的意见》。《意见》提出，要加强村级组织建设。"])
    assert [c for c, _ in cues(meetings)] == ["《意见》提出"]


def test_a_content_free_closing_decision_is_no_point() -> None:
    meetings = check(["全国人大常委会第十五次会议在京闭幕。会议表决通过了食品安全法。会议还表决通过了有关任免案。"])
    assert [c for c, _ in cues(meetings)] == ["会议表决通过了"]


@pytest.mark.parametrize(
    "speaker",
    ["市发展改革委副主任、听证会主持人郑立", "市政协委员、退休教师徐立华", "马来西亚通讯部副部长阿兹曼"],
)
def test_professions_and_transliterated_names_make_speakers(speaker: str) -> None:
    meetings = check([f"第二届论坛在南宁开幕。{speaker}表示，要深化合作。"])
    assert cues(meetings) == [(f"{speaker}表示", "要深化合作。")]


def test_a_symposium_held_during_an_inspection_is_the_meeting_reported() -> None:
    # "在随后召开的座谈会上，张强指出": the place stands alone in its clause, the speaker in the next.
    meetings = check([
        "5月6日，市委书记张强到高新区调研科技创新工作。张强先后来到3家企业，详细了解企业研发情况。",
        "在随后召开的座谈会上，张强指出，科技创新是高质量发展的第一动力。",
    ])
    assert [m["name"] for m in meetings] == ["座谈会"]
    assert [c for c, _ in cues(meetings)] == ["张强指出"]


def test_a_bracketed_qualifier_stays_in_the_name() -> None:
    meetings = check(["8月16日，区委书记杨帆主持召开区委常委会（扩大）会议。会议指出，要确保完成全年目标任务。"])
    assert meetings[0]["name"] == "区委常委会（扩大）会议"


def test_what_is_said_at_talks_during_a_visit_is_no_point_of_its_meeting() -> None:
    meetings = check([
        "9月19日至21日，副市长李华访问友城西港，会见西港市长，并同副市长王明共同主持两市合作机制会议。",
        "在同西港方面负责人会见时，李华转达了问候。",
        "李华说，两市都把对方的发展看作自身机遇。",
        "20日，李华和王明共同主持两市合作机制会议。双方一致同意将打造合作新亮点。",
    ])
    assert [c for c, _ in cues(meetings)] == ["双方一致同意"]


def test_a_speaker_at_a_ceremony_is_known_to_his_pronoun() -> None:
    # "出席开幕式并致辞": a speaker whatever he attends, so the 他 after him is his.
    meetings = check([
        "9月5日，2024中国互联网大会在北京开幕。工业和信息化部副部长张云岚出席开幕式并致辞。他表示，要推动深度融合。"
    ])
    point = meetings[0]["points"][0]
    assert (point["cue"], point["speaker"]) == ("他表示", "张云岚")


def test_a_theme_clause_before_the_name_is_no_part_of_it() -> None:
    meetings = check(["12月6日，以“金融强国建设与高质量发展”为主题的2026中国金融发展年会在上海举行。副行长徐立群指出，金融运行总体平稳。"])
    assert meetings[0]["name"] == "2026中国金融发展年会"


def test_a_meeting_that_a_preposition_governs_is_no_subject() -> None:
    meetings = check(["人民银行召开2027年工作会议。会议指出，形势复杂。与会代表围绕贯彻落实会议部署进行了分组讨论。"])
    assert [c for c, _ in cues(meetings)] == ["会议指出"]


def test_an_earlier_meeting_quoted_is_no_cue() -> None:
    # A statistics release quoting last year's conference reports no meeting.
    release = [
        "省统计局4月18日发布数据，第一季度全省地区生产总值同比增长5.8%。",
        "省统计局新闻发言人王丽表示，一季度全省经济延续回升向好态势。去年底召开的中央经济工作会议强调，要大力提振消费。",
    ]
    assert check(release) == []
    # A meeting held days ago is the meeting reported.
    report = ["日前召开的全省经济工作会议强调，要大力提振消费。省长王丽指出，要稳住外贸。"]
    assert [c for c, _ in cues(check(report))] == ["日前召开的全省经济工作会议强调", "省长王丽指出"]


@pytest.mark.parametrize("who", ["督导组负责同志", "市应急管理局负责人"])
def test_a_person_named_by_role_alone_speaks(who: str) -> None:
    meetings = check([f"省政府党组召开2026年度民主生活会。{who}在点评时指出，这次民主生活会准备充分。"])
    assert [c for c, _ in cues(meetings)] == [f"{who}在点评时指出"]


def test_a_role_alone_is_no_transcript_label() -> None:
    meetings = check(["第五届金融年会在京举行。", "赵立峰：各位嘉宾，我讲三点。", "主持人：感谢赵立峰先生的精彩发言。"])
    assert [c for c, _ in cues(meetings)] == ["赵立峰"]


def test_requirements_raised_with_le_before_the_colon() -> None:
    meetings = check(["市政府召开专题会议。市长王明在讲话中对下一步工作提出了明确要求：一是加快进度，二是保证质量。"])
    assert [c for c, _ in cues(meetings)] == ["市长王明在讲话中对下一步工作提出了明确要求"]


def test_a_report_that_leads_with_instructions_names_its_meeting_after_them() -> None:
    # The opening sentence follows the instructions' statement: it starts with the meeting's name, so it is the
    # report's own sentence, not a meeting mentioned in the statement (as "…表示，…召开…峰会具有特殊意义" is).
    meetings = check([
        "中共中央总书记习近平日前对民政工作作出重要指示。习近平强调，民政工作关系民生。"
        "第十五次全国民政会议12日在京召开。国务院总理李强作出批示。批示指出，要加强基本民生保障。"
    ])
    assert [(m["name"], m["place"]) for m in meetings] == [("第十五次全国民政会议", "京")]
    assert [c for c, _ in cues(meetings)] == ["习近平强调", "批示指出"]


@pytest.mark.parametrize("verb", ["研究部署了", "部署了", "明确了"])
def test_a_topic_gone_through_is_no_point(verb: str) -> None:
    meetings = check([f"市政府召开常务会议。会议{verb}下一阶段安全生产工作。会议指出，要稳中求进。"])
    assert [c for c, _ in cues(meetings)] == ["会议指出"]


def test_a_topic_with_what_is_asked_of_it_is_a_point() -> None:
    meetings = check(["市政府召开常务会议。会议部署了近期安全生产工作，要求各街道压实属地责任。"])
    assert [c for c, _ in cues(meetings)] == ["会议部署了"]


def test_a_place_cue_before_members_self_examination_is_a_point() -> None:
    # At a democratic life meeting the members' self-examination is their own speech, not a briefing.
    meetings = check(["县委常委班子召开民主生活会。会上，县委书记代表班子作对照检查，并带头作个人对照检查发言。"])
    assert [c for c, _ in cues(meetings)] == ["会上"]


def test_a_meeting_opened_with_its_day_ends_the_statement_before_it_inside_one_paragraph() -> None:
    # One stored line: talks first, then "9日，…主持…会议。" opens the meeting; what was said at the talks is no
    # point of it, whether the paragraphs are kept or run together.
    lead = "本台消息：8日至10日，副总理王强访问新国，并同李明共同主持双边合作委员会会议。"
    talks = "在同对方会见时，王强转达了问候。王强说，双方要加强合作。"
    meeting = "9日，王强和李明共同主持双边合作委员会会议。双方一致同意扩大贸易往来。"
    for paragraphs in ([lead, talks, meeting], [lead + talks + meeting]):
        meetings = check(paragraphs)
        assert [m["name"] for m in meetings] == ["双边合作委员会会议"]
        assert cues(meetings) == [("双方一致同意", "扩大贸易往来。")]


def test_a_headline_glued_before_a_speakers_label_is_no_title_of_the_speaker() -> None:
    # "…举行年会 董事长杨宁：…" is a headline's words, a space, then a quote; no title runs across the space.
    meetings = check(["华星科技举行2026年度年会 董事长杨宁：把投入押在技术上1月16日，华星科技2026年度年会在苏州举行。"
                      "董事长杨宁在致辞中表示，公司将加大研发投入。"])
    assert cues(meetings) == [("董事长杨宁在致辞中表示", "公司将加大研发投入。")]


@pytest.mark.parametrize("setting", ["发言时", "致辞中", "演讲时", "讲话中"])
def test_a_speech_of_any_kind_may_set_the_cue(setting: str) -> None:
    meetings = check(["全省科技奖励大会在省城举行。", f"获奖代表、研究员林小雨{setting}表示，将继续扎根田间地头。"])
    assert cues(meetings) == [(f"获奖代表、研究员林小雨{setting}表示", "将继续扎根田间地头。")]


def test_a_decision_after_the_meetings_manner_clause_is_its_point() -> None:
    # "会议以…方式，审议通过了…": the meeting acts in the first clause and decides in the next.
    meetings = check(["市人大常委会召开第九次会议。会议以无记名投票方式，表决通过了《城市绿化条例》。"])
    assert cues(meetings) == [("会议以无记名投票方式，表决通过了", "《城市绿化条例》。")]


def test_a_speaker_after_a_topic_clause_opens_a_point() -> None:
    # "谈到…，总经理邓海涛说，…": the topic comes first, the speaker is the sentence's subject.
    meetings = check(["公司年度股东大会在总部召开。谈到下一步规划，总经理王明说，要加大研发投入。"])
    assert cues(meetings) == [("总经理王明说", "要加大研发投入。")]


def test_a_meeting_verbs_object_before_a_colon_is_part_of_its_cue() -> None:
    meetings = check(["市保障性住房建设推进会在市民中心召开。会议明确了今年保障房工作的目标任务：1.筹集住房1万套；2.开工2000套。"])
    point = meetings[0]["points"][0]
    assert (point["cue"], point["text"]) == ("会议明确了今年保障房工作的目标任务", None)
    assert [i["marker"] for i in point["items"]] == ["1.", "2."]


@pytest.mark.parametrize(("lead", "cue"), [("王明报告全文如下：", "王明报告全文如下"), ("王明演讲如下：", "王明演讲如下")])
def test_any_speech_printed_in_full_after_the_cue(lead: str, cue: str) -> None:
    meetings = check(["全省教育工作会议在沈阳召开。", lead, "同志们，今年要办好人民满意的教育。"])
    assert [p["cue"] for m in meetings for p in m["points"]] == [cue]


@pytest.mark.parametrize("act", ["发来贺电", "致信", "致贺信", "发来信"])
def test_any_letter_or_cable_printed_in_full_after_the_cue(act: str) -> None:
    meetings = check([f"全省扶贫论坛今天在省城开幕，省长李明{act}，全文如下：", "值此论坛开幕之际，我谨表示祝贺。"])
    assert [p["cue"] for m in meetings for p in m["points"]] == [f"省长李明{act}，全文如下"]
