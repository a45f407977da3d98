"""Meeting reports in forms the thirty-eighth folder of real news texts (kept outside the project; its first half
built on in the thirty-eighth round) and the thirty-seventh folder (built on whole) showed the stage misreading, each a
class of wording. Every text here is fictional, written for the test."""

from __future__ import annotations

import pytest

from .test_meeting import check, cues, items

OPENING = "4月19日上午，清川公司在三楼会议室召开一季度经营分析会。公司领导班子成员参加，会议由副总经理周楚原主持。"


@pytest.mark.parametrize("lead", ["会议最后，", "最后，", "大会最后，"])
def test_the_meetings_last_word_names_the_next_speaker(lead: str) -> None:
    # An order word after the meeting's own word leads in the speaker whose counted requirements follow.
    (meeting,) = check([
        OPENING,
        "会上，总经理汤维东首先向与会人员分析了一季度经营情况；各分管领导布置二季度重点工作。",
        f"{lead}汤维东传达了集团工作会议精神，并对二季度工作提出了三点要求：一是围绕业务优化提质增效；二是夯实安全基础；"
        "三是加强内部管理。",
    ])
    # The requirements are the items; no text stands between the colon and the first of them.
    assert cues([meeting])[-1] == ("汤维东传达了集团工作会议精神，并对二季度工作提出了三点要求", None)
    assert items(meeting["points"][-1]) == [
        ("一是", "围绕业务优化提质增效"), ("二是", "夯实安全基础"), ("三是", "加强内部管理。"),
    ]


def test_arrangements_named_by_their_topic_are_no_point() -> None:
    (meeting,) = check([
        "5月6日，清川镇召开村级建制村民大会工作部署会，全体班子成员参加会议。",
        "会上，副镇长单济远就5月7日两村村民大会相关事宜进行安排部署。",
        "镇党委书记覃望舒指出，村级建制改革有利于整合资源。",
    ])
    assert meeting["name"] == "村级建制村民大会工作部署会"
    assert cues([meeting]) == [("镇党委书记覃望舒指出", "村级建制改革有利于整合资源。")]


@pytest.mark.parametrize(("opened", "name"), [
    ("召开村民代表大会筹备工作会议", "村民代表大会筹备工作会议"),
    ("召开全镇大会工作推进会", "全镇大会工作推进会"),
    ("召开村民代表大会", "村民代表大会"),
])
def test_a_meeting_that_deploys_another_meetings_work_is_named_whole(opened: str, name: str) -> None:
    (meeting,) = check([f"5月6日，清川镇{opened}，全体班子成员参加会议。", "镇党委书记覃望舒指出，各村要严格工作流程。"])
    assert meeting["name"] == name


def test_things_handed_out_at_the_meeting_are_no_point() -> None:
    (meeting,) = check([
        "12月1日下午，清川学院召开党外知识分子工作会议。院党委书记王澄主持会议。",
        "王澄要求学院全体党外知识分子认真学习文件精神。",
        "会上，学院向每位党外知识分子分发了集中购买的图书，与会教职工进行了热烈的交流。",
    ])
    assert [cue for cue, _ in cues([meeting])] == ["王澄要求"]


def test_a_second_group_joined_by_tongshi_speaks_for_itself() -> None:
    (meeting,) = check([
        "4月16日下午，清川市工商联副主席高远帆主持召开民营企业家座谈会。会上，企业家们围绕企业发展中遇到的困难畅所欲言，"
        "同时与会企业家也希望在城市发展中发挥积极作用，履行好社会责任。",
    ])
    assert cues([meeting])[-1] == ("与会企业家也希望", "在城市发展中发挥积极作用，履行好社会责任。")


def test_a_leader_meeting_the_delegates_is_no_meeting_report() -> None:
    # The session is the occasion; what he said, he said at the 会见.
    assert check([
        "清川两岸交流协会第四届理事会第一次会议27日在清川举行。王明会见全体代表并讲话。他强调，交流工作事关发展大局，"
        "要加强联系交流。",
    ]) == []


def test_a_meeting_whose_delegates_a_leader_meets_after_its_own_statements_stays() -> None:
    (meeting,) = check([
        "清川两岸交流协会第四届理事会第一次会议27日在清川举行。王明会见全体代表并讲话。会议指出，交流工作要加强联系。",
    ])
    assert ("会议指出", "交流工作要加强联系。") in cues([meeting])


def test_the_publics_reactions_to_a_speech_are_no_meeting_report() -> None:
    assert check([
        "近日，清川省委书记王明在沿江发展座谈会上发表了重要讲话。沿江各地干部群众表示，一定要牢记嘱托，共抓大保护。",
        "大家表示，一定要走出一条生态优先、绿色发展的新路子。",
    ]) == []


@pytest.mark.parametrize("said", ["代表总支部明确提出：", "代表党委强调，"])
def test_whom_a_speaker_speaks_for_is_the_setting_of_his_words(said: str) -> None:
    (meeting,) = check([
        "4月3日下午，清川设计院召开全体职工大会，会议由总支部副书记张澄宇主持。",
        f"总支部副书记张澄宇{said}坚持职代会制度，充分发挥其作用。",
    ])
    assert cues([meeting]) == [(f"总支部副书记张澄宇{said[:-1]}", "坚持职代会制度，充分发挥其作用。")]


@pytest.mark.parametrize("elected", ["会议选举了", "会议成功选举了"])
def test_an_election_with_its_le_is_the_meetings_decision(elected: str) -> None:
    (meeting,) = check([
        f"12月3日上午，清川镇召开第十八届人民代表大会第五次会议。{elected}镇长、人大主席各一名。",
        "会议指出，今年是收官之年。",
    ])
    assert cues([meeting]) == [(elected, "镇长、人大主席各一名。"), ("会议指出", "今年是收官之年。")]


def test_election_as_a_noun_is_no_decision() -> None:
    (meeting,) = check(["12月3日上午，清川镇召开人民代表大会。会议选举办法由主席团提出。", "会议指出，今年是收官之年。"])
    assert cues([meeting]) == [("会议指出", "今年是收官之年。")]
