"""Meeting reports in forms the forty-first folder of real news texts (kept outside the project; its first half built on
in the forty-first round) and the fortieth folder (built on whole) showed the stage misreading, each a class of
wording. Every text here is fictional, written for the test."""

from __future__ import annotations

import pytest

from .test_meeting import check, cues, items

OPENING = "10月30日下午，清川县法院召开全院干警大会，部署安保维稳工作。"


@pytest.mark.parametrize("lead", ["就做好今后安保工作，", "针对当前安保形势，", "围绕年底各项工作，"])
def test_a_speaker_after_the_matter_he_turns_to_opens_a_point(lead: str) -> None:
    # The matter leads the sentence in; the speaker after it is its subject, and his items are his point's.
    (meeting,) = check([OPENING, f"会上，院长宁远舟传达了县上会议精神。{lead}宁远舟院长指出，一是要提高认识；二是要排查隐患。"])
    assert cues([meeting])[-1][0] == "宁远舟院长指出"
    assert [marker for marker, _ in items(meeting["points"][-1])] == ["一是", "二是"]


def test_jiu_as_an_adverb_leads_nothing_in() -> None:
    # 就是 opens a clause of the statement, not a matter turned to: the name after it stays inside the point.
    (meeting,) = check([OPENING, "会议指出，要抓好落实。就是说，宁远舟院长指出的问题要逐项整改。"])
    assert [cue for cue, _ in cues([meeting])] == ["会议指出"]


@pytest.mark.parametrize("title", ["总书记", "总理"])
def test_a_leader_cited_inside_a_speakers_statement_opens_no_point(title: str) -> None:
    (meeting,) = check([
        "副省长卞知远今天出席全省农村电网改造电视电话会议并讲话。卞知远表示，省委高度重视农网改造。"
        f"郗明川{title}强调，要补齐基础设施短板。卞知远要求，各地要加强组织领导。"
    ])
    assert [cue for cue, _ in cues([meeting])] == ["卞知远表示", "卞知远要求"]


def test_a_leader_who_chairs_the_meeting_still_speaks() -> None:
    (meeting,) = check(["郗明川总理今天主持召开常务会议。郗明川总理指出，要稳住经济大盘。"])
    assert [cue for cue, _ in cues([meeting])] == ["郗明川总理指出"]


def test_a_plenum_studied_is_not_the_meeting_reported() -> None:
    (meeting,) = check([
        "清川市政协党组今天上午召开会议，专题学习贯彻七中全会精神。",
        "会议指出，七中全会是一次十分重要的会议。全会充分肯定了一年来的工作，作出了新的部署。",
        "会议强调，要抓好学习贯彻。",
    ])
    assert [cue for cue, _ in cues([meeting])] == ["会议指出", "会议强调"]


def test_a_plenum_reported_still_states() -> None:
    (meeting,) = check(["清川市委七届五次全会今天召开。全会指出，要稳住经济大盘。全会强调，要抓好落实。"])
    assert [cue for cue, _ in cues([meeting])] == ["全会指出", "全会强调"]


@pytest.mark.parametrize("sentence", ["严格按照党组对领导干部的要求，律己行事。", "要对全体委员严格要求，加强队伍建设。"])
def test_a_statements_own_sentence_names_no_speaker(sentence: str) -> None:
    # 的要求 is a noun; a sentence opening on 要对 / 要把 has its subject left out.
    (meeting,) = check(["清川市政协党组今天上午召开会议。", f"会议强调，要抓好学习贯彻。{sentence}"])
    assert [cue for cue, _ in cues([meeting])] == ["会议强调"]


def test_a_person_calling_on_the_others_carries_his_point_on() -> None:
    # 号召 is the meeting's verb: after a person it goes on with what he said.
    (meeting,) = check([OPENING, "院长宁远舟指出，要守住安全底线。", "最后，宁远舟带领全体干警重温誓词，并号召大家，不忘初心。"])
    assert [cue for cue, _ in cues([meeting])] == ["院长宁远舟指出"]


def test_the_meeting_calling_on_people_still_states() -> None:
    (meeting,) = check([OPENING, "会议号召，全院干警要守住安全底线。"])
    assert cues([meeting]) == [("会议号召", "全院干警要守住安全底线。")]


def test_a_last_paragraph_opening_on_zuihou_does_not_close_a_run_in_one_paragraph() -> None:
    (meeting,) = check([
        OPENING,
        "会上，院长宁远舟部署了学习活动：1、发放学习卡，组织干警学习。2、开展知识测试，人人参与。3、举办演讲比赛。",
        "最后，宁远舟带领全体干警重温入党誓词，并号召大家不忘初心。",
    ])
    assert [marker for marker, _ in items(meeting["points"][-1])] == ["1、", "2、", "3、"]


def test_zuihou_closes_a_run_it_follows_in_its_paragraph() -> None:
    (meeting,) = check([OPENING, "会议强调，第一，要提高认识；第二，要排查隐患；最后，要加强值守。"])
    assert [marker for marker, _ in items(meeting["points"][-1])] == ["第一", "第二", "最后"]


def test_a_meeting_held_in_a_room_on_the_day_is_reported_without_points() -> None:
    # No point is read (the reports have no counted verb), but the lead's day and room make it the news.
    text = ["(通讯员卞知远)12月30日下午，学院在教二楼五楼会议室举办了第六届教职工代表大会第二次会议。本次会议由院长主持。",
            "院长作工作报告，总结了学院一年来的工作。"]
    (meeting,) = check(text)
    assert (meeting["name"], meeting["place"], meeting["points"]) == ("第六届教职工代表大会第二次会议", "教二楼五楼会议室", [])


def test_a_history_of_a_meeting_held_is_no_report() -> None:
    assert check(["2005年，学院举办了第一届教职工代表大会。此后，教代会每年召开一次。"]) == []


def test_leaders_meeting_the_press_after_a_summit_report_the_press_encounter() -> None:
    text = ["5月19日，清川—远洋峰会在清川国际会议中心成功举行，卞知远同五国元首共同会见记者。",
            "卞知远指出，刚才，我同五国元首成功举行峰会。卞知远强调，我们决心携手并肩。"]
    assert check(text) == []


def test_a_summit_held_and_its_leaders_speaking_is_a_meeting() -> None:
    text = ["5月19日，清川—远洋峰会在清川国际会议中心成功举行，卞知远主持峰会并发表主旨讲话。", "卞知远指出，我们决心携手并肩。"]
    (meeting,) = check(text)
    assert cues([meeting]) == [("卞知远指出", "我们决心携手并肩。")]


def test_a_speech_verb_joined_to_a_noun_before_it_is_a_noun() -> None:
    # "…工作安排和要求作了说明" after a semicolon: no one speaking, the place cue's statement goes on.
    (meeting,) = check([
        "4月8日，副校长卞知远主持召开专题会议，部署校庆学术活动。",
        "会议指出，要办好校庆；院长办公室的负责同志对校庆整体工作安排和要求作了说明。卞知远强调，要突出学术功能。",
    ])
    assert [cue for cue, _ in cues([meeting])] == ["会议指出", "卞知远强调"]


def test_a_commentary_programme_on_the_news_reports_no_meeting() -> None:
    text = ["4月23日，清川市委召开会议，分析研究当前经济形势，并且强调要对表高质量发展的要求。",
            "昨晚，《清川财经评论》对当前经济发展中的结构性问题进行了深度解析。",
            "在峰会举办期间多场论坛上，与会嘉宾表示，创新最需要的是人才。"]
    assert check(text) == []


@pytest.mark.parametrize("basis", ["依据政协章程的有关规定，", "根据有关规定，", "按照章程，"])
def test_a_decision_after_the_rule_it_rests_on_is_a_point(basis: str) -> None:
    (meeting,) = check([
        "清川市政协常委会第四次会议今天在清川闭幕。会议审议通过了关于召开全会的决定。"
        f"{basis}会议通过表决方式，同意卞知远辞去政协委员职务。"
    ])
    assert cues([meeting])[-1] == ("会议通过表决方式，同意", "卞知远辞去政协委员职务。")


def test_a_decision_still_ahead_after_the_agenda_is_no_point() -> None:
    (meeting,) = check([
        "清川市政协常委会第四次会议今天在清川开幕。会议指出，要围绕中心建言献策。"
        "根据会议议程，常委会组成人员将围绕六个专题进行讨论，审议通过有关人事事项。"
    ])
    assert [cue for cue, _ in cues([meeting])] == ["会议指出"]


def test_a_leader_attending_the_meeting_the_lead_names_and_speaking_reports_it() -> None:
    text = ["峰会开始前，卞知远同其他与会领导人依次抵达会场。当地时间下午5时许，会议开始。",
            "国家主席卞知远出席会议并发表重要讲话，强调各国要放眼长远。卞知远指出，要坚定维护开放型世界经济。"]
    (meeting,) = check(text)
    assert cues([meeting])[0][0] == "国家主席卞知远出席会议并发表重要讲话，强调"


@pytest.mark.parametrize(("sentence", "name"), [
    ("由清川研究基金会主办的“清川发展论坛2009”，12月8日至9日在清川党校举行。", "“清川发展论坛2009”"),
    ("清川发展论坛（2019），12月8日在清川党校举行。", "清川发展论坛（2019）"),
    ("清川发展论坛，12月8日至9日在清川党校举行。", "清川发展论坛"),
])
def test_a_yearly_meeting_named_with_its_year_and_held_over_days(sentence: str, name: str) -> None:
    (meeting,) = check([sentence + "卞知远在开幕式上指出，要推动区域协调发展。"])
    assert (meeting["name"], meeting["place"]) == (name, "清川党校")


def test_a_pronoun_after_its_persons_act_states_with_a_glued_modal() -> None:
    (meeting,) = check([
        "9月1日，清川中学在学术报告厅召开全校德育工作会议。",
        "最后，卞知远校长作了总结并对新学期德育工作提出要求，他强调广大教师要率先垂范。",
    ])
    assert cues([meeting]) == [("他强调", "广大教师要率先垂范。")]


def test_a_pronoun_inside_a_statement_with_a_glued_modal_stays_inside() -> None:
    # The sentence opens on the meeting's statement, not on a person: the pronoun is quoted there.
    (meeting,) = check([
        "9月1日，清川中学在学术报告厅召开全校德育工作会议。",
        "会议指出，卞知远校长多次提醒大家，他强调要率先垂范。",
    ])
    assert [cue for cue, _ in cues([meeting])] == ["会议指出"]
