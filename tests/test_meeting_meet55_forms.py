"""Meeting reports in forms the forty-fifth and forty-sixth folders of real news texts (kept outside the project; the
forty-fifth built on whole and the forty-sixth's first half in the forty-sixth round) showed the stage misreading, each
a class of wording. Every text here is fictional, written for the test."""

from __future__ import annotations

import pytest

from .test_meeting import check, cues

OPENING = "清川市政协常委会第十次会议今天在青河闭幕。会议决定任命王明为市政协副秘书长；增补李四为市政协委员。"


@pytest.mark.parametrize("kind", ["决定", "决议", "办法"])
def test_a_document_adopted_by_its_title_without_marks_is_a_decision(kind: str) -> None:
    # 通过 before a title with no title marks (关于…的决定) adopts it, as before 《…》.
    (meeting,) = check([f"{OPENING}会议通过关于免去赵六市政协委员职务的{kind}；追认关于撤销钱七委员资格的决定。"])
    assert [cue for cue, _ in cues([meeting])] == ["会议决定", "会议通过"]


def test_passing_through_a_discussion_adopts_nothing() -> None:
    # 通过 as "by means of" before 关于 names no document adopted.
    (meeting,) = check([f"{OPENING}会议通过关于城市更新的专题讨论，进一步凝聚了共识。"])
    assert [cue for cue, _ in cues([meeting])] == ["会议决定"]


@pytest.mark.parametrize(("noun", "verb"), [("期望", "希望"), ("希望", "希望")])
def test_an_objects_verb_said_again_after_its_comma_is_the_cues(noun: str, verb: str) -> None:
    text = (f"2月20日，清川小学召开新学期第一次全体教师会议。王校长再次对全体教师提出了{noun}，{verb}大家以饱满的热情投入"
            "新学期的工作。")
    (meeting,) = check([text])
    assert cues([meeting]) == [(f"王校长再次对全体教师提出了{noun}，{verb}", "大家以饱满的热情投入新学期的工作。")]


def test_a_statement_with_its_own_modal_before_the_count_starts_after_the_verb() -> None:
    # "她强调…工作要从以下几方面进行：一是…": the words before the items are what she said, not a count of tasks.
    text = ("2月20日,清川学院在8213会议室召开2018年度工作布置会。苗连珍书记在会上传达了学校2018年度工作研讨会的主要会议"
            "精神,希望各系能够按照学校工作要求制定具体工作计划,积极推进学院各项工作。她强调2018年度党委工作要从以下几方面"
            "进行:一是组织全院师生员工持续深入学习;二是加强师德师风建设;三是加强党支部建设。")
    (meeting,) = check([text])
    point = meeting["points"][-1]
    assert point["cue"] == "她强调"
    assert point["text"].startswith("2018年度党委工作要从以下几方面进行")
    assert [item["marker"] for item in point["items"]] == ["一是", "二是", "三是"]


def test_counted_tasks_after_the_verb_still_run_into_the_cue() -> None:
    text = ("2月20日，清川县召开全县经济工作会议。王明县长要求统筹做好关系全局的几项重点工作：一是稳投资；二是促消费；"
            "三是保民生。")
    (meeting,) = check([text])
    assert [cue for cue, _ in cues([meeting])] == ["王明县长要求统筹做好关系全局的几项重点工作"]


@pytest.mark.parametrize("obj", ["要求和希望", "希望"])
def test_requirements_put_to_addressees_with_the_speaker_left_out_are_a_point(obj: str) -> None:
    text = ("1月20日，清川小学召开期末总结表彰大会。会议首先通报了各年级期终检测情况。该校校长就本学期各项工作作了总结。"
            f"向与会的师生提出{obj}：假期内要加强学习，多读书；要遵纪守法，时刻记住安全第一。")
    (meeting,) = check([text])
    assert cues([meeting]) == [(f"向与会的师生提出{obj}", "假期内要加强学习，多读书；要遵纪守法，时刻记住安全第一。")]
