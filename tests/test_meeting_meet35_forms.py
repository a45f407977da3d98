"""Meeting reports in forms the twenty-sixth folder of real news texts (kept outside the project; its first half built
on in the twenty-sixth round) and the twenty-fifth folder, built on whole, showed the stage misreading, each a class of
wording. Every text here is fictional, written for the test."""

from __future__ import annotations

from .test_meeting import check, cues, items


def test_a_settled_topic_with_its_items_after_it_is_the_cue_and_the_items_its_point() -> None:
    text = ["青河市政府昨天召开常务会议，研究部署今年深化改革重点工作。会议确定了今年改革重点工作。一是推进国企改革，"
            "完善治理结构。二是深化财税改革，理顺收入划分。会议决定，市财政增加安排专项资金两亿元。"]
    meetings = check(text)
    assert [c for c, _ in cues(meetings)] == ["会议确定了今年改革重点工作", "会议决定"]
    assert [marker for marker, _ in items(meetings[0]["points"][0])] == ["一是", "二是"]
    # A topic with no items after it was only gone through: the meeting stated nothing there.
    text = ["青河市政府昨天召开常务会议。会议研究部署了下一步工作。会议决定，市财政增加安排专项资金两亿元。"]
    assert [c for c, _ in cues(check(text))] == ["会议决定"]


def test_what_was_made_clear_and_the_next_verb_after_a_comma_are_one_cue() -> None:
    text = ["青河市政府昨天召开常务会议。会议明确了责任分工，要求各部门加强组织领导，确保按期完成任务。"]
    assert [c for c, _ in cues(check(text))] == ["会议明确了责任分工，要求"]


def test_an_election_to_an_office_is_a_decision_of_the_meeting_reported() -> None:
    text = ["青河县第五次党代会昨天闭幕。会议通过了关于县委报告的决议。会议选举王明为县委书记，李华为县委副书记。"]
    assert [c for c, _ in cues(check(text))] == ["会议通过了", "会议选举"]
    # Another meeting named in full that elected someone is the background of the report.
    text = ["青河法院今天召开全院干部大会，宣布主要领导职务调整的决定。",
            "青河县第五届人民代表大会第一次会议选举王明为县人民法院院长。",
            "王明表示，坚决拥护组织决定，将尽快熟悉情况，投入工作。"]
    assert [c for c, _ in cues(check(text))] == ["王明表示"]


def test_a_speakers_object_named_at_length_before_the_items_is_the_cue() -> None:
    text = ["青河市今天召开民营经济发展大会。王明指出，今年是关键之年。王明提出民营经济发展倡议：一是坚持公平竞争。"
            "二是坚持创新驱动。"]
    meetings = check(text)
    assert [c for c, _ in cues(meetings)] == ["王明指出", "王明提出民营经济发展倡议"]
    assert [marker for marker, _ in items(meetings[0]["points"][1])] == ["一是", "二是"]


def test_a_speaker_may_open_an_agenda_line_after_its_number() -> None:
    text = ["2月8日，青河市信访局召开全体大会，部署节前安全工作。", "一、王明局长进行节前安全教育。",
            "二、王明就节日期间工作提出要求：一是严格遵守各项纪律规定。二是值班期间有来访的必须处理好。"]
    meetings = check(text)
    assert [c for c, _ in cues(meetings)] == ["王明就节日期间工作提出要求"]
    assert [marker for marker, _ in items(meetings[0]["points"][0])] == ["一是", "二是"]


def test_leading_the_others_reading_at_the_meeting_is_procedure() -> None:
    text = ["青河学院党委今天召开理论学习中心组学习会议。会上，党委书记王明领学《关于加强作风建设的意见》。",
            "王明要求，各部门切实担负责任，抓好各项工作落实。"]
    assert [c for c, _ in cues(check(text))] == ["王明要求"]
