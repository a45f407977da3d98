"""Meeting reports in forms the build texts did not show: what any name 召开 opens, cues whose subject is a
pronoun or a group named by any noun of people, a speaker's requirement stated after a comma."""

from __future__ import annotations

import pytest

from .test_meeting import check


def cues(meetings: list[dict[str, object]]) -> list[tuple[str, str | None]]:
    return [(p["cue"], p["text"]) for m in meetings for p in m["points"]]  # type: ignore[attr-defined]


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
    meetings = check([f"区政府召开常务会议。会议{verb}有关人事事项。"])
    assert cues(meetings) == [(f"会议{verb}", "有关人事事项。")]


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
