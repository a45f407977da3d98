"""Meeting reports in forms the thirty-seventh folder of real news texts (kept outside the project; its first half
built on in the thirty-seventh round) and the thirty-sixth folder (built on whole) showed the stage misreading, each a
class of wording. Every text here is fictional, written for the test."""

from __future__ import annotations

import pytest

from .test_meeting import check, cues, items


@pytest.mark.parametrize("verb", ["确定了", "明确了"])
def test_what_a_meeting_settled_with_its_items_after_is_the_cues(verb: str) -> None:
    # 会议确定了<what>。一是…: the object the items set out is printed with the cue, as a counted one is.
    (meeting,) = check([
        "清川市政府2月26日召开常务会议。",
        f"会议{verb}加快发展现代职业教育的任务措施。一是确立职业教育的重要位置。二是创新职业教育模式，扩大院校自主权。",
    ])
    (point,) = meeting["points"]
    assert point["cue"] == f"会议{verb}加快发展现代职业教育的任务措施"
    assert items(point) == [("一是", "确立职业教育的重要位置。"), ("二是", "创新职业教育模式，扩大院校自主权。")]


def test_what_a_meeting_settled_with_no_items_after_is_the_text() -> None:
    (meeting,) = check(["清川市政府2月26日召开常务会议。", "会议确定了今年改革的重点：加快推进财税体制改革。"])
    assert cues([meeting]) == [("会议确定了", "今年改革的重点：加快推进财税体制改革。")]


def test_a_decision_made_with_its_light_verb_is_a_cue() -> None:
    (meeting,) = check(["清川区域卫生大会27日在北湾开幕。大会做出决定，拒绝将个别成员提出的提案纳入大会议程。"])
    assert cues([meeting]) == [("大会做出决定", "拒绝将个别成员提出的提案纳入大会议程。")]


def test_an_object_spelt_out_after_namely_is_a_point() -> None:
    (meeting,) = check([
        "3月5日，清川县法院召开基层法院重点工作推进会。",
        "王明同志再次强调了“三转一响”要求，即一切为了案子转，部门围绕一线转。",
    ])
    assert cues([meeting]) == [("王明同志再次强调了“三转一响”要求", "即一切为了案子转，部门围绕一线转。")]


def test_the_officers_at_the_meeting_speak_as_a_group() -> None:
    (meeting,) = check(["9月6日，清川法院召开全院大会。", "与会干警纷纷表示，通过学习会议精神，对下一步工作有了更深刻的认识。"])
    assert cues([meeting]) == [("与会干警纷纷表示", "通过学习会议精神，对下一步工作有了更深刻的认识。")]


def test_an_election_announced_at_the_meeting_is_no_point() -> None:
    (meeting,) = check([
        "10月18日，清川商会召开第二届一次会员代表大会。",
        "会议指出，商会要加强思想政治引领。",
        "会上，某某置业有限公司董事长王明当选商会第二届理事会会长。",
    ])
    assert [p["cue"] for p in meeting["points"]] == ["会议指出"]


def test_a_meeting_named_after_a_title_it_works_on() -> None:
    # The meeting noun inside the title (《…会议纪要》) is the title's subject; the meeting is what follows it, held
    # where the court organised it.
    (meeting,) = check([
        "省法院3月21日在清川法院组织召开《全国法院立案工作会议纪要》编写研讨会，编写组全体成员参加。",
        "王明在会上表示，编写工作要突出问题导向。",
    ])
    assert (meeting["name"], meeting["place"]) == ("《全国法院立案工作会议纪要》编写研讨会", "清川法院")


def test_a_pages_source_label_is_no_speaker() -> None:
    # 文章出处： reads like a name (文 a surname) before a colon: a label, no speaker's turn.
    (meeting,) = check([
        "清川法院3月21日召开立案工作座谈会。",
        "王明在会上表示，立案工作要坚持便民原则。",
        "文章出处: 清川中院",
    ])
    assert [p["cue"] for p in meeting["points"]] == ["王明在会上表示"]


TOUR = [
    "王明近日在清川市考察工作时强调，城市规划要立足长远。王明十分关心清川的发展。",
    "26日，他主持召开座谈会，听取清川市工作汇报，并发表重要讲话。",
    "25日上午，王明首先来到清川市规划展览馆考察。他指出，规划科学是最大的效益。",
    "考察结束时，王明主持召开座谈会，听取了清川市的工作汇报。他在讲话中肯定了清川近年来取得的成绩，就做好发展工作发表了重要意见。",
    "王明指出，建设好清川，需要付出长期艰苦的努力。",
]


def test_a_tour_that_ends_with_a_symposium_reports_it() -> None:
    # The lead names the symposium before the tour's stops; the report opens it again where it was held, and only
    # what is said there is its point (the remarks at the stops are the tour's).
    (meeting,) = check(TOUR)
    assert meeting["name"] == "座谈会"
    assert cues([meeting]) == [("王明指出", "建设好清川，需要付出长期艰苦的努力。")]

