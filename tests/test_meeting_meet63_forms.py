"""Meeting reports in forms the fifty-third and fifty-fourth folders of real news texts (kept outside the project; the
fifty-third built on whole and the fifty-fourth's first half in the fifty-fourth round) showed the stage misreading,
each a class of wording. Every text here is fictional, written for the test."""

from __future__ import annotations

from .test_meeting import check, cues


def test_a_meeting_adopting_a_document_on_its_day_is_reported_and_the_document_states_its_points() -> None:
    # A one-paragraph broadcast item: the meeting, its day after its name, adopts a document; the document speaks.
    paragraphs = [
        "东亚水资源问题部长级会议18号通过联合声明。声明指出，流域各国应当共享水文数据，共同应对旱涝灾害。"
    ]
    (meeting,) = check(paragraphs)
    assert meeting["name"] == "东亚水资源问题部长级会议"
    assert [cue for cue, _ in cues([meeting])] == ["声明指出"]


def test_a_forum_opened_after_clauses_of_its_theme_and_hosts_is_the_meeting_a_message_was_sent_to() -> None:
    # The subject of 开幕 stands before a theme glued to its name and a clause of who holds it.
    paragraphs = [
        "5月20日，清川市市长王明向2024清川茶文化论坛致贺信。王明指出，茶文化是清川的名片，要让更多人了解清川的茶。"
        "2024清川茶文化论坛以“以茶会友 共话发展”为年度主题，由清川市政府和省茶叶协会共同主办，当日在清川开幕。"
    ]
    (meeting,) = check(paragraphs)
    assert (meeting["name"], meeting["place"]) == ("2024清川茶文化论坛", "清川")
    assert [cue for cue, _ in cues([meeting])] == ["王明指出"]


def test_a_speaker_after_a_purpose_clause_is_the_sentences_subject() -> None:
    # 为…， leads in as 针对…， does: the person after it speaks; his 强调 takes a statement whose subject comes before
    # its modal 必须.
    paragraphs = [
        "3月2日上午,清川学院召开新学期工作会议,院长王明主持会议。",
        "为应对新学期的各项任务,王明院长强调全院上下必须团结协作、提高效率,把各项工作落到实处。",
    ]
    (meeting,) = check(paragraphs)
    assert cues([meeting]) == [("王明院长强调", "全院上下必须团结协作、提高效率,把各项工作落到实处。")]


def test_a_sentence_opening_on_and_and_an_adverb_before_the_verb_speaks_for_the_one_before() -> None:
    paragraphs = [
        "3月2日上午,清川学院召开新学期工作会议,院长王明主持会议。",
        "王明强调,全院上下要团结协作。并进一步强调党员干部首先要做到守规矩、讲奉献。",
        "会议指出,新学期任务繁重。同时要求各系部对新教师多帮助、多指导。",
    ]
    (meeting,) = check(paragraphs)
    assert [cue for cue, _ in cues([meeting])] == ["王明强调", "并进一步强调", "会议指出", "同时要求"]
    assert cues([meeting])[1][1] == "党员干部首先要做到守规矩、讲奉献。"
    assert cues([meeting])[3][1] == "各系部对新教师多帮助、多指导。"


def test_a_left_out_subjects_verb_before_a_topic_states_nothing() -> None:
    # 强调 glued to a topic with no modal names what was stressed, not a statement.
    paragraphs = [
        "3月2日上午,清川学院召开新学期工作会议,院长王明主持会议。",
        "王明强调,全院上下要团结协作。并进一步强调了安全工作的重要性。",
    ]
    (meeting,) = check(paragraphs)
    assert [cue for cue, _ in cues([meeting])] == ["王明强调"]


def test_minutes_labelled_with_day_place_and_record_lines_report_their_meeting() -> None:
    paragraphs = [
        "会议时间:2025年3月6日",
        "会议地点:清川村委会议室",
        "主持人:王明",
        "记录人:李华",
        "会议内容:1、全面开展春季植树,各组要发动群众积极参与。",
    ]
    (meeting,) = check(paragraphs, published_at="2025-03-07T10:00:00+08:00")
    assert (meeting["name"], meeting["date"], meeting["place"]) == (None, "2025-03-06", "清川村委会议室")
    # The first label line read as a plain text's title is the minutes' head all the same.
    (titled,) = check(paragraphs[1:], title=paragraphs[0], published_at="2025-03-07T10:00:00+08:00")
    assert (titled["date"], titled["place"]) == ("2025-03-06", "清川村委会议室")


def test_a_notice_printing_day_and_place_labels_reports_no_meeting() -> None:
    # Without a line of who chaired or recorded it, or of what was discussed, the labels announce a meeting ahead.
    paragraphs = ["会议时间:2025年3月6日上午9:00", "会议地点:清川村委会议室", "参会人员:各组组长", "请准时参加。"]
    assert check(paragraphs) == []


def test_a_memorial_meeting_held_on_the_day_of_the_news_is_reported_without_points() -> None:
    paragraphs = ["今天上午，清川市缅怀王明同志追思会在清川举行。来自各界的代表深情追忆了他为家乡建设做出的贡献。"]
    (meeting,) = check(paragraphs)
    assert (meeting["name"], meeting["place"], meeting["points"]) == ("清川市缅怀王明同志追思会", "清川", [])


def test_an_arrival_that_begins_a_visit_puts_the_meeting_attended_ahead() -> None:
    paragraphs = [
        "国家主席王明10号抵达青河，开始对北岭国进行国事访问并出席青河合作组织成员国元首理事会第五次会议。"
        "王明表示，中北两国山水相连，传统友谊源远流长。"
    ]
    assert check(paragraphs) == []


def test_everyone_after_a_sentence_reporting_members_speaking_speaks_for_themselves() -> None:
    paragraphs = [
        "3月28日，清川市政协在清川召开远程协商会。王明主持会议。他表示，要把协商成果用好。"
        "12位市政协委员分别在主会场和分会场通过视频连线等方式发言。大家建议，强化三地规则衔接。"
    ]
    (meeting,) = check(paragraphs)
    assert [cue for cue, _ in cues([meeting])] == ["他表示", "大家建议"]


def test_a_person_at_the_meeting_doing_something_with_an_adverb_is_no_place_cue() -> None:
    paragraphs = [
        "清川市政协常委会第七次会议24日在清川开幕。王明作报告。他指出，要从严治党。"
        "王明在开幕会上还与常委们互动交流，逐一回答了常委的提问。"
    ]
    (meeting,) = check(paragraphs)
    assert [cue for cue, _ in cues([meeting])] == ["他指出"]


def test_the_meetings_own_place_wins_over_the_tour_it_was_held_on() -> None:
    paragraphs = [
        "7月1日至3日，副省长王明在清川市调研并主持召开清川港建设领导小组会议。",
        "2日下午，王明在青河镇主持召开清川港建设领导小组会议。王明强调，要加快港口建设。",
    ]
    (meeting,) = check(paragraphs)
    assert meeting["place"] == "青河镇"


def test_speakers_given_as_examples_of_the_proposals_the_clause_before_sums_up_each_state_one() -> None:
    paragraphs = [
        "9月5日,清川学院学生第二党支部在教3-205教室召开组织生活会。会议确定了各宿舍的党员联系人。"
        "大家畅所欲言,为下一步的活动提供了很多想法和建议,比如王明同志建议10月的组织生活会可以到社区开展志愿服务,"
        "李华同志建议12月的组织生活会可以请老党员来讲党课等等,均得到大家的赞同。"
    ]
    (meeting,) = check(paragraphs)
    assert [cue for cue, _ in cues([meeting])] == ["会议确定了", "王明同志建议", "李华同志建议"]
    assert cues([meeting])[1][1] == "10月的组织生活会可以到社区开展志愿服务"


def test_a_vote_and_the_body_it_chose_are_one_decision() -> None:
    paragraphs = [
        "清川市第十三届人民代表大会第一次会议预备会议今天上午举行。王明主持会议。"
        "根据大会筹备组的提名，会议经过表决，推选出由李华、赵强等15人组成的大会主席团。"
    ]
    (meeting,) = check(paragraphs)
    assert cues([meeting]) == [("会议经过表决，推选出", "由李华、赵强等15人组成的大会主席团。")]
