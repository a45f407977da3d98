"""Meeting reports in forms the fifty-sixth and fifty-seventh folders of real news texts (kept outside the project; the
fifty-sixth built on whole in the fifty-seventh round, its second half after the fifty-sixth held it out, and the
fifty-seventh's first half) showed the stage misreading, each a class of wording. Every text here is fictional, written
for the test."""

from __future__ import annotations

import pytest

from scraper.meetings.speakers import heard_reporters

from .test_meeting import check


@pytest.mark.parametrize("noun", ["期许", "期盼"])
def test_expectations_put_forward_before_their_counted_items_are_the_points_cue(noun: str) -> None:
    # 提出了几点期许：第一，…: the expectations are the speaker's object before the colon, as 几点要求 and 几点希望 are.
    paragraphs = [
        "2月18日，清川医院心内科在医生办公室召开全科会。",
        f"王院长指出，心内科是医院发展的重点。王院长对科室今年工作提出了几点{noun}：第一，要在科室管理方面更进一步；"
        "第二，要继续做好人才培养工作。",
    ]
    (meeting,) = check(paragraphs)
    first, second = meeting["points"]
    assert (first["cue"], first["text"]) == ("王院长指出", "心内科是医院发展的重点。")
    assert second["cue"] == f"王院长对科室今年工作提出了几点{noun}"
    assert [item["marker"] for item in second["items"]] == ["第一", "第二"]


@pytest.mark.parametrize("basis", ["按照", "根据", "依照"])
def test_a_leaders_instruction_as_the_basis_of_an_act_is_no_speaker(basis: str) -> None:
    # 按照…领导同志批示要求，…: the instruction is what the body acts on; its 要求 is a noun, not a leader's statement.
    paragraphs = [
        "11月23日下午，清川市事故调查组在清川召开第一次全体会议。",
        f"{basis}市政府领导同志批示要求，根据有关法律法规规定，调查组分成三个小组开展工作。",
        "会议强调，事故调查工作要尽快查明原因。",
    ]
    (meeting,) = check(paragraphs)
    assert [point["cue"] for point in meeting["points"]] == ["会议强调"]


def test_a_committee_whose_report_was_heard_speaks_under_its_shortened_name() -> None:
    # 宪法法律委认为…: the committee the sitting heard, its name shortened to 委, states its view of the bills.
    paragraphs = [
        "清川市人大常委会第十次会议30日上午在清川举行第一次全体会议。",
        "会议听取了法制委副主任委员王明作的关于清川河保护条例草案审议结果的报告。法制委认为该草案已比较成熟，"
        "建议提请本次常委会会议审议通过。",
    ]
    (meeting,) = check(paragraphs)
    (point,) = meeting["points"]
    assert point["cue"] == "法制委认为"
    assert point["text"].startswith("该草案已比较成熟")


def test_the_committee_members_title_or_the_standing_committee_is_no_shortened_committee() -> None:
    # The 委 of 委员 (副主任委员王明) and of 常委会 shortens no committee's name: no reporting body is made of them.
    assert heard_reporters("会议听取了常委会工作报告。") == frozenset()
    assert heard_reporters("会议听取了委员王明作的关于执法检查情况的报告。") == frozenset()
    assert heard_reporters("会议听取了法制委副主任委员王明作的关于条例草案审议结果的报告。") == {"法制委"}
