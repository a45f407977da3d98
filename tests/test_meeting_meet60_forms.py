"""Meeting reports in forms the fiftieth and fifty-first folders of real news texts (kept outside the project; the
fiftieth built on whole and the fifty-first's first half in the fifty-first round) showed the stage misreading, each a
class of wording. Every text here is fictional, written for the test."""

from __future__ import annotations

from .test_meeting import check, cues


def test_a_committee_whose_report_the_meeting_heard_states_its_view() -> None:
    # The committee speaks in the report the sitting heard; what it proposes the sitting decide is its statement, and
    # the sitting it names is the proposal's object, not a decision made.
    paragraphs = [
        "清川市人大常委会第八次会议今天下午在市人民大会堂举行全体会议。",
        "会议听取了市人大法制委员会主任委员王明作的关于两部条例草案审议结果的报告。"
        "法制委员会建议本次常委会会议审议通过这两部条例。",
    ]
    (meeting,) = check(paragraphs)
    assert [(cue, (text or "")[:8]) for cue, text in cues([meeting])] == [("法制委员会建议", "本次常委会会议审")]


def test_a_committee_no_report_of_which_was_heard_states_nothing() -> None:
    paragraphs = [
        "清川市人大常委会第八次会议今天下午在市人民大会堂举行全体会议。",
        "会议听取了市政府关于水资源保护工作情况的报告。法制委员会建议本次常委会会议审议通过这两部条例。",
    ]
    assert cues(check(paragraphs)) == []


def test_a_closed_door_session_named_where_a_leader_states_a_position_opens_the_meeting() -> None:
    # The position stated and not spelled out is no point; what he then says, under its own cue, is.
    paragraphs = [
        "当地时间20日下午，在某某国首都某城举行的东亚峰会闭门会上，王明总理就地区形势等问题阐明了中方立场。"
        "王明指出，东亚地区总体保持着和平稳定，为本地区经济发展提供了重要的有利条件。"
    ]
    (meeting,) = check(paragraphs)
    assert (meeting["name"], meeting["place"]) == ("东亚峰会闭门会", "某某国首都某城")
    assert [cue for cue, _ in cues([meeting])] == ["王明指出"]


def test_a_meetings_praise_of_work_with_the_topic_it_set_requirements_on_is_no_point() -> None:
    paragraphs = [
        "3月15日,清川市电力行业协会在清川召开2018年理事长办公会议。",
        "会上,副理事长发表了各自意见和建议。会议充分肯定了协会2017年工作,并对做好2018年工作提出了要求。"
        "会议强调,协会要适应形势,创新思路,发挥平台作用。",
    ]
    (meeting,) = check(paragraphs)
    assert [cue for cue, _ in cues([meeting])] == ["会上", "会议强调"]


def test_a_standing_committee_convening_the_bare_meeting_is_its_organizer_not_its_name() -> None:
    # 常委会 names the body and its sittings alike: the body that convenes 会议 is the organizer, and the bare 会议
    # gives no name, as 中共中央政治局召开会议 does. A sitting held with no object printed is still the meeting.
    paragraphs = [
        "省委常委会3月18日召开会议，传达学习全国两会精神，研究部署我省贯彻落实工作。省委书记王明主持会议。",
        "会议指出，今年全国两会是在关键时期召开的一次重要会议。",
    ]
    (meeting,) = check(paragraphs)
    assert (meeting["name"], meeting["organizer"]) == (None, "省委常委会")
    held = ["清川市2023年全市教育工作会议3月18日在清川召开。", "会议指出，教育是国之大计、党之大计。"]
    assert check(held)[0]["name"] == "清川市2023年全市教育工作会议"
