"""Meeting reports in forms the fifty-seventh and fifty-eighth folders of real news texts (kept outside the project; the
fifty-seventh built on whole in the fifty-eighth round, its second half after the fifty-seventh held it out, and the
fifty-eighth's first half) showed the stage misreading, each a class of wording. Every text here is fictional, written
for the test."""

from __future__ import annotations

import pytest

from .test_meeting import check


@pytest.mark.parametrize("space", [" ", "\u3000"])
def test_a_name_keeps_the_space_after_its_quoted_title(space: str) -> None:
    # 出席贯彻落实《…》 推进会: a typesetter's space after the closing title mark is inside the name, as printed.
    paragraphs = [
        f"清川市委书记王明14日在青河出席贯彻落实《清川市乡村振兴规划（2021-2025年）》{space}推进会。他强调，要扎实推进规划落实。",
        "王明指出，规划印发以来各地取得阶段性成果。",
    ]
    (meeting,) = check(paragraphs)
    assert (meeting["name"], meeting["place"]) == (f"贯彻落实《清川市乡村振兴规划（2021-2025年）》{space}推进会", "青河")
    assert [point["cue"] for point in meeting["points"]] == ["他强调", "王明指出"]


def test_two_spaces_after_a_title_still_end_the_name() -> None:
    # Only one space joins: a wider gap is layout, and the attended object has no meeting noun before it.
    paragraphs = ["清川市委书记王明14日在青河出席《清川市乡村振兴规划》  推进会。他强调，要扎实推进规划落实。"]
    assert check(paragraphs) == []


@pytest.mark.parametrize("role", ["集团总经理", "公司董事长", "副校长"])
def test_a_role_alone_opening_the_sentence_is_who_the_pronoun_stands_for(role: str) -> None:
    # 集团总经理分析了…，他指出: the role is the person, named no other way; the pronoun speaks for it.
    paragraphs = [
        "7月12日上午，清川集团年中工作会议在集团培训中心召开。",
        f"{role}分析了上半年经营情况，他指出，对照目标还有差距。他要求，要敢于担当，善于开拓。",
    ]
    (meeting,) = check(paragraphs)
    assert [(point["cue"], point["text"]) for point in meeting["points"]] == [
        ("他指出", "对照目标还有差距。"),
        ("他要求", "要敢于担当，善于开拓。"),
    ]


def test_a_role_in_the_sentence_before_does_not_make_a_pronoun_speak() -> None:
    # "各地代表参加。他说": the role attended in a sentence of its own; the pronoun still stands for no one seen.
    paragraphs = ["清川市安全生产会议今天召开。各地代表参加。他说，要抓好落实。"]
    assert [meeting["points"] for meeting in check(paragraphs)] == [[]]


@pytest.mark.parametrize("lead", ["在青河期间，", ""])
def test_a_visit_after_the_meeting_is_another_occasion(lead: str) -> None:
    # 在青河期间，王明还到…县调研，…并与…座谈，强调…: a visit on the same trip, its 座谈 only a verb; what is said there
    # is no point of the meeting reported.
    paragraphs = [
        "清川市委书记王明14日在青河出席全市巡察工作推进会。他强调，要坚定不移深化政治巡察。",
        f"{lead}王明还到定点帮扶的清水县调研，深入村里慰问困难户，并与基层干部座谈，强调要把握好发展机遇。",
    ]
    (meeting,) = check(paragraphs)
    assert [point["cue"] for point in meeting["points"]] == ["他强调"]


def test_an_order_to_go_and_visit_stays_a_point() -> None:
    # 要求干部到一线检查: a bare 到 sends others; only 还到 / 又到 report the speaker's own visit.
    paragraphs = [
        "清川市防汛工作会议14日在青河召开。",
        "王明要求干部到一线检查，强调要压实责任。",
    ]
    (meeting,) = check(paragraphs)
    assert [point["cue"] for point in meeting["points"]] == ["王明要求"]


@pytest.mark.parametrize("verb", ["播放了", "还播放了"])
def test_a_film_played_at_the_meeting_is_procedure(verb: str) -> None:
    # 会上还播放了纪念短片《…》: a showing, the programme, as 观看 and 收看 are.
    paragraphs = [
        "清川各界纪念大会在市会展中心举行。王明在致辞中说，要继承先贤精神。",
        f"会上{verb}纪念短片《先贤与清川》，青年学生朗诵诗作。",
    ]
    (meeting,) = check(paragraphs)
    assert [point["cue"] for point in meeting["points"]] == ["王明在致辞中说"]


@pytest.mark.parametrize("addressed", ["", "对家长们"])
def test_a_place_cue_with_le_before_a_modal_runs_through_the_verb(addressed: str) -> None:
    # 会上还对家长们提出了要重视…: after 了 the modal opens what was said; the ones addressed are the cue's.
    paragraphs = [
        "9月1日，清川中学新生家长会在学校报告厅召开。",
        f"会上还{addressed}提出了要重视孩子的教育、做合格家长等建议。",
    ]
    (meeting,) = check(paragraphs)
    assert [(point["cue"], point["text"]) for point in meeting["points"]] == [
        (f"会上还{addressed}提出了", "要重视孩子的教育、做合格家长等建议。")
    ]


def test_a_place_cue_with_le_before_a_topic_states_nothing() -> None:
    # 会上强调了安全工作。: 了 names the topic, no statement follows.
    paragraphs = ["9月1日，清川中学新生家长会在学校报告厅召开。", "会上强调了安全工作。"]
    assert [meeting["points"] for meeting in check(paragraphs)] == [[]]


@pytest.mark.parametrize("verb", ["进行", "举行"])
def test_a_bodys_numbered_collective_study_carried_out_is_a_meeting(verb: str) -> None:
    # 政治局…就…进行第十八次集体学习: carried out, as held (举行); 进行 alone opens no meeting.
    paragraphs = [
        f"清川市委常委会12月9日下午就历史上的水利治理{verb}第十八次集体学习。市委书记王明在主持学习时强调，"
        "推进水利治理现代化是应有之义。"
    ]
    (meeting,) = check(paragraphs)
    assert meeting["name"] == "第十八次集体学习"
    assert [point["text"] for point in meeting["points"]] == ["推进水利治理现代化是应有之义。"]


def test_a_study_group_collective_session_is_named() -> None:
    # 举行党组中心组集体学习: the group's collective session is the meeting, as 中心组学习 is.
    paragraphs = [
        "3月20日，清川区人民检察院举行党组中心组集体学习，专题学习《条例》。检察长王明主持并进行了精读讲解。",
        "王明强调，要把学习贯彻《条例》作为重要政治任务。",
    ]
    (meeting,) = check(paragraphs)
    assert meeting["name"] == "党组中心组集体学习"
    assert [point["cue"] for point in meeting["points"]] == ["王明强调"]
