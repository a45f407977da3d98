"""Enumerations as any run of ordinal markers of one family (scan.py, items.py): the forms beyond 一是 / 第一 /
（一） that reports print, and the numbers that look like markers but are not."""

from __future__ import annotations

import pytest

from .test_meeting import check, only_point


def items(point: dict[str, object]) -> list[tuple[str, str]]:
    return [(item["marker"], item["text"]) for item in point["items"]]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A numeral and any verb make a family: only a run of the same verb in order enumerates.
        ("一抓班子，二抓队伍，三抓作风。", [("一抓", "班子"), ("二抓", "队伍"), ("三抓", "作风。")]),
        ("一则成本太高，二则周期太长。", [("一则", "成本太高"), ("二则", "周期太长。")]),
        ("其一，思想要统一；其二，行动要迅速。", [("其一", "思想要统一"), ("其二", "行动要迅速。")]),
        ("1）加快进度；2）确保质量。", [("1）", "加快进度"), ("2）", "确保质量。")]),
        ("一）加快进度；二）确保质量。", [("一）", "加快进度"), ("二）", "确保质量。")]),
    ],
)
def test_ordinal_families_beyond_the_common_ones(body: str, expected: list[tuple[str, str]]) -> None:
    point = only_point([f"会议要求，{body}"])
    assert point["text"] is None
    assert items(point) == expected


def test_a_numbered_list_inside_a_paragraph_after_a_colon() -> None:
    # "一、" starts a heading at a paragraph start; inside a one-line report it follows the colon or a stop.
    point = only_point(["会议要求：一、压实责任；二、强化督查。三、严肃问责。"])
    assert items(point) == [("一、", "压实责任"), ("二、", "强化督查。"), ("三、", "严肃问责。")]


def test_a_numeral_after_a_comma_with_a_pause_mark_is_no_list() -> None:
    # "…，一、二…" after a comma is numbers listed together or a phrase, never a list's heading.
    point = only_point(["会议指出，今年要做好的工作，一、要稳住，二、要提质。"])
    assert point["items"] == []


@pytest.mark.parametrize(
    "body",
    [
        "一季度增长5%，二季度增长6%。",  # quarters
        "一审结案率较高，二审改判率较低。",  # court instances
        "一线城市回暖，二线城市企稳。",  # city tiers
        "一中扩建完成，二中改造启动。",  # schools named by number
        "一批项目开工，二批项目签约。",  # counters
        "一方面加快进度，另一方面确保质量。",  # a pair, not an enumeration
    ],
)
def test_numbers_with_a_counter_or_a_name_are_no_markers(body: str) -> None:
    meetings = check([f"市政府召开常务会议。会议认为，{body}"])
    assert [item for point in meetings[0]["points"] for item in point["items"]] == []


def test_an_enumeration_nested_in_a_heading_item_is_flattened() -> None:
    point = only_point([
        "省十四届人大五次会议在省人民会堂开幕。报告强调，今年要重点抓好以下工作：（一）着力扩大内需。一是加快项目建设；二是提振消费。"
        "（二）着力推进科技创新。一是建设实验室；二是培育科技型企业。"
    ])
    assert [marker for marker, _ in items(point)] == ["（一）", "一是", "二是", "（二）", "一是", "二是"]
    assert items(point)[0] == ("（一）", "着力扩大内需。")


@pytest.mark.parametrize("counted", ["四项要求", "三条意见", "五个方面要求"])
def test_a_counted_requirement_announces_the_items_after_it(counted: str) -> None:
    meetings = check([
        "县政府召开联席会议。副县长马骏指出，电信网络诈骗犯罪手法不断翻新。",
        f"他就下一步工作提出{counted}：",
        "一、坚持打防并举。",
        "二、织密预警劝阻网。",
    ])
    first, second = meetings[0]["points"]
    assert (first["cue"], first["items"]) == ("副县长马骏指出", [])
    assert second["cue"] == f"他就下一步工作提出{counted}"
    assert items(second) == [("一、", "坚持打防并举。"), ("二、", "织密预警劝阻网。")]


def test_steps_are_an_ordinal_family() -> None:
    point = only_point(["会议指出：第一步，摸清底数；第二步，制定方案；第三步，组织实施。"])
    assert items(point) == [("第一步", "摸清底数"), ("第二步", "制定方案"), ("第三步", "组织实施。")]


def test_first_opens_a_numbered_run() -> None:
    # 首先 is the first of any ordinal run: "首先，…；第二，…；第三，…" is one enumeration of three.
    point = only_point(["会议要求，首先，要提高认识；第二，要加强领导；第三，要狠抓落实。"])
    assert items(point) == [("首先", "要提高认识"), ("第二", "要加强领导"), ("第三", "要狠抓落实。")]


def test_last_closes_a_numbered_run() -> None:
    point = only_point(["会议要求，第一，要提高认识；第二，要加强领导；最后，要狠抓落实。"])
    assert items(point) == [("第一", "要提高认识"), ("第二", "要加强领导"), ("最后", "要狠抓落实。")]


@pytest.mark.parametrize("closing", ["最后，本人再次欢迎各位嘉宾。", "最后，祝大会圆满成功！"])
def test_last_before_closing_words_is_no_item(closing: str) -> None:
    point = only_point([f"会议要求，第一，要提高认识；第二，要加强领导。{closing}"])
    assert [marker for marker, _ in items(point)] == ["第一", "第二"]


def test_a_lone_first_or_last_is_no_item() -> None:
    point = only_point(["会议要求，一是提高认识。最后，要狠抓落实。"])
    assert point["items"] == []


def test_a_sentence_opening_with_last_closes_a_run_without_a_comma() -> None:
    point = only_point(["会议要求，第一，要提高认识。第二，要加强领导。最后从长远来说，要健全机制。"])
    assert [marker for marker, _ in items(point)] == ["第一", "第二", "最后"]
    assert items(point)[-1] == ("最后", "从长远来说，要健全机制。")


def test_last_inside_a_clause_without_a_comma_is_no_marker() -> None:
    # "，最后导致…" is an adverb in the middle of a sentence, not the run's closing item.
    point = only_point(["会议要求，第一，要提高认识，最后导致的结果要看落实。第二，要加强领导。"])
    assert [marker for marker, _ in items(point)] == ["第一", "第二"]


@pytest.mark.parametrize("counter", ["步", "点", "条", "项", "个", "方面"])
def test_any_ordinal_counter_may_take_shi(counter: str) -> None:
    # "第一步是…第二步是…": 是 after any counter belongs to the marker, not to the item's text.
    meetings = check([f"市政府召开常务会议。会议要求，第一{counter}是统一标准；第二{counter}是建设平台。"])
    items = meetings[0]["points"][0]["items"]
    assert [(i["marker"], i["text"]) for i in items] == [(f"第一{counter}是", "统一标准"), (f"第二{counter}是", "建设平台。")]


def test_shi_after_an_ordinal_word_is_part_of_the_marker() -> None:
    meetings = check(["公司召开年度工作会议。会议要求，首先是稳住市场；其次是控制成本；最后是培养人才。"])
    items = meetings[0]["points"][0]["items"]
    assert [(i["marker"], i["text"]) for i in items] == [("首先是", "稳住市场"), ("其次是", "控制成本"), ("最后是", "培养人才。")]


def test_a_first_marker_after_its_addressees_opens_the_run() -> None:
    # "各乡镇、各部门一要…。二要…": the addressees stand between the clause mark and the first marker; a 一 inside a
    # word ("统一要求") opens nothing.
    (meeting,) = check([
        "5月3日，南沟县召开春耕生产调度会。",
        "县长韩立指出，春耕时间紧，各乡镇、各部门一要抓紧备种，不误农时。二要保障农资供应。三要做好技术服务。",
    ])
    (point,) = meeting["points"]
    assert point["text"] == "春耕时间紧，各乡镇、各部门"
    assert [(i["marker"], i["text"]) for i in point["items"]] == [
        ("一要", "抓紧备种，不误农时。"), ("二要", "保障农资供应。"), ("三要", "做好技术服务。"),
    ]
    (meeting,) = check([
        "5月3日，南沟县召开春耕生产调度会。",
        "县长韩立指出，要统一要求，抓紧备种。二要保障农资供应。三要做好技术服务。",
    ])
    assert [i["marker"] for p in meeting["points"] for i in p["items"]] == []


def test_a_run_may_switch_between_shi_and_yao_inside_its_paragraph() -> None:
    # "一是…；二是…；三要…；四要…": once two markers have made the run, the writer's switch of verb carries it on.
    point = only_point(["会议要求：一是摸清库存底数；二是排查隐患点位；三要加强值守力量；四要做好物资储备。"])
    assert items(point) == [
        ("一是", "摸清库存底数"), ("二是", "排查隐患点位"), ("三要", "加强值守力量"), ("四要", "做好物资储备。"),
    ]
    point = only_point(["会议要求：一要摸清库存底数；二要排查隐患点位；三是加强值守力量。"])
    assert [marker for marker, _ in items(point)] == ["一要", "二要", "三是"]


def test_an_ordinal_glued_to_its_item_carries_on_a_run() -> None:
    # "…；第二要…；第三全院要…": a bare 第三 after a semicolon carries the run on, as 第二要 does.
    point = only_point(["会议要求，首先是值班人员不得离岗；第二要加强巡查；第三全院要做好物资储备；第四要及时报告险情。"])
    assert items(point) == [
        ("首先是", "值班人员不得离岗"), ("第二", "要加强巡查"), ("第三", "全院要做好物资储备"), ("第四", "要及时报告险情。"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "全院要做好储备；第二批物资已到；第三全院要动员。",  # no run to carry on
        "第一，加强巡查；第三方机构要配合；第二，做好储备。",  # 第三方 is a word
    ],
)
def test_a_glued_ordinal_opens_no_run(body: str) -> None:
    point = only_point([f"会议要求，{body}"])
    assert "第三" not in [marker for marker, _ in items(point)]


def test_a_count_without_its_noun_announces_the_items_after_it() -> None:
    meetings = check([
        "8月2日，县法院召开党组会议。院长王明就开展活动提出三点：一、加强领导，落实责任。二、深入群众，听取意见。"
    ])
    (point,) = meetings[0]["points"]
    assert point["cue"] == "院长王明就开展活动提出三点"
    assert items(point) == [("一、", "加强领导，落实责任。"), ("二、", "深入群众，听取意见。")]
    # Without the first item after it, the count names nothing the point states.
    meetings = check(["8月2日，县法院召开党组会议。会议强调，要抓好学习。院长王明提出三点：大家辛苦了。"])
    assert [point["cue"] for point in meetings[0]["points"]] == ["会议强调"]


def test_numbered_ordinals_carry_on_a_run_of_ordinal_words() -> None:
    # "首先是…，其次是…，第三是…": the ordinal words and 第N count one run.
    point = only_point(["会议要求，首先是稳住市场，其次是控制成本，第三是培养人才。"])
    assert items(point) == [("首先是", "稳住市场"), ("其次是", "控制成本"), ("第三是", "培养人才。")]


def test_a_chinese_numeral_with_a_full_stop_heads_a_list() -> None:
    point = only_point(["会议要求：一.压实责任。二．强化督查。三.严肃问责。"])
    assert items(point) == [("一.", "压实责任。"), ("二．", "强化督查。"), ("三.", "严肃问责。")]
    # After a comma it heads nothing, as "一、" does not.
    point = only_point(["会议指出，今年要做好的工作，一.要稳住，二.要提质。"])
    assert point["items"] == []


def test_a_verb_inside_an_item_is_the_items_text() -> None:
    # "李明讲意见：一是代表…表示欢迎，同时希望…；二是…": the 希望 has its subject before the item's marker, so it
    # opens no point and the enumeration stays whole, under 讲意见's point (its object before the colon, as 提出意见：).
    (meeting,) = check([
        "7月6日，某镇召开驻村工作对接会。镇长李明指出，要抓好落实。最后镇长李明讲意见：一是代表镇党委对工作队的到来表示"
        "欢迎，同时希望他们尽快进入角色；二是向村干部讲解政策，鼓励大家放下包袱。"
    ])
    first, point = meeting["points"]
    assert (first["cue"], first["items"]) == ("镇长李明指出", [])
    # The order word glued before the speaker is no part of the cue (test_meeting_meet36_forms).
    assert point["cue"] == "镇长李明讲意见"
    assert [marker for marker, _ in items(point)] == ["一是", "二是"]
    assert items(point)[0][1] == "代表镇党委对工作队的到来表示欢迎，同时希望他们尽快进入角色"


def test_a_speaker_inside_an_agenda_item_speaks_after_its_marker() -> None:
    # "二是县工作专班领导王芳讲话，希望…": the subject starts after the item's marker.
    (meeting,) = check([
        "7月6日，某镇召开驻村工作对接会。会议由组织委员张华主持，共三项议程。一是张华宣读名单；二是县工作专班领导王芳讲话，"
        "希望各位书记互相学习；三是村书记交流发言。"
    ])
    (point,) = meeting["points"]
    assert (point["cue"], point["speaker"]) == ("县工作专班领导王芳讲话，希望", "王芳")
    (meeting,) = check([
        "7月6日，某镇召开驻村工作对接会。一是张华宣读名单；二是县长王芳同志讲话，希望各位书记互相学习。"
    ])
    assert [(p["cue"], p["speaker"]) for p in meeting["points"]] == [("县长王芳同志讲话，希望", "王芳")]
