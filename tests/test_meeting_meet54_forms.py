"""Meeting reports in forms the forty-fourth and forty-fifth folders of real news texts (kept outside the project; the
forty-fourth built on whole and the forty-fifth's first half in the forty-fifth round) and the shared texts' first half
showed the stage misreading, each a class of wording. Every text here is fictional, written for the test."""

from __future__ import annotations

import pytest

from .test_meeting import check, cues

REMARKS = "，各方应加强防务安全合作，共同应对地区面临的新威胁新挑战，维护本地区的和平与稳定。"


@pytest.mark.parametrize("day", ["今天（4月28日）", "今天", "28日"])
def test_a_foreign_minister_speaking_while_attending_a_named_meeting_is_its_report(day: str) -> None:
    # A transliterated name (朔伊尔) speaks as a Chinese one does, its spoken day in any form before the place.
    (meeting,) = check([f"北岭国国防部长朔伊尔{day}在青河出席清川合作组织成员国国防部长会议时表示{REMARKS}"])
    assert meeting["name"] == "清川合作组织成员国国防部长会议"
    assert meeting["place"] == "青河"
    assert [cue for cue, _ in cues([meeting])] == [f"北岭国国防部长朔伊尔{day}在青河出席清川合作组织成员国国防部长会议时表示"]


def test_a_leader_met_who_came_to_attend_a_ceremony_is_no_meeting_report() -> None:
    text = ("国家主席王明今天在青河会见了来华出席清川论坛2011年年会开幕式的北岭国总统朔伊尔。王明指出，两国关系继续保持"
            "良好发展势头，双方在各领域的合作不断深化。朔伊尔表示，北岭方愿同中方一道推动两国关系发展。")
    assert check([text]) == []


@pytest.mark.parametrize("kind", ["政党对话", "战略与经济对话", "高层磋商"])
def test_a_dialogue_mechanism_held_by_its_name_is_a_meeting(kind: str) -> None:
    text = (f"4月10日，第十届中岭{kind}在青河举行。王明在致辞中表示，对话举行10年来，为增进双方相互了解和信任发挥了"
            "积极作用。")
    (meeting,) = check([text])
    assert meeting["name"] == f"第十届中岭{kind}"
    assert [cue for cue, _ in cues([meeting])] == ["王明在致辞中表示"]


def test_a_dialogue_named_only_as_talk_opens_no_meeting() -> None:
    text = "推动亚洲文明对话交流、互学互鉴是一项重大任务，需要各方共同努力。专家表示，应建立常态机制。"
    assert check([text]) == []


def test_a_meetings_ceremony_held_opens_the_meeting_by_its_name() -> None:
    text = ("第七轮中岭战略与经济对话和第六轮中岭人文交流高层磋商联合开幕式23号在青河举行。王明在致辞中表示，"
            "双方要加强沟通合作，推动两国关系持续健康发展。")
    (meeting,) = check([text])
    assert meeting["name"] == "第七轮中岭战略与经济对话和第六轮中岭人文交流高层磋商"
    assert meeting["place"] == "青河"


def test_a_meeting_the_lead_puts_ahead_by_its_name_is_a_preview_whatever_its_headline_says() -> None:
    text = ("首轮中岭战略与经济对话今日举行本报青河7月26日电 王明25日抵达青河，准备出席即将于27日和28日在这里举行的首轮"
            "中岭战略与经济对话。专家指出，对话将为两国关系注入新动力。")
    assert check([text]) == []


def test_a_general_ahead_of_his_words_is_no_future() -> None:
    # 上将 is a rank: the meeting he attended today is reported.
    text = ("国防部长王明上将今天率团出席了在青河举行的清川合作组织成员国国防部长会议。王明在发言中说，各成员国防务安全"
            "合作具有重要意义。")
    (meeting,) = check([text])
    assert meeting["name"] == "清川合作组织成员国国防部长会议"


def test_ratifying_a_decision_taken_between_sessions_is_a_decision() -> None:
    text = ("政协清川市第八届委员会常务委员会第十次会议29日在青河闭幕。王明在讲话中指出，要认真履行民主监督职能。"
            "会议追认了市政协第二十次主席会议作出的关于撤销某某委员资格的决定。")
    (meeting,) = check([text])
    assert [cue for cue, _ in cues([meeting])] == ["王明在讲话中指出", "会议追认了"]


def test_a_decision_at_the_meeting_after_its_deliberation_runs_through_the_words_announcing_the_items() -> None:
    text = ("3月5日，清川商会召开第二届第十次常务副会长扩大会议。会长王明主持会议。会上，经充分讨论研究，决定以下事项："
            "1、根据商会发展需要，增补两名副会长；2、为提升商会品牌形象，筹办年度论坛；3、切实落实会员服务制度。")
    (meeting,) = check([text])
    ((cue, _),) = cues([meeting])
    assert cue == "会上，经充分讨论研究，决定以下事项"
    assert [item["marker"] for item in meeting["points"][0]["items"]] == ["1、", "2、", "3、"]


@pytest.mark.parametrize(("body", "verb"), [("执法检查组", "建议"), ("专题调研组", "认为")])
def test_a_body_reporting_to_the_meeting_states_its_view(body: str, verb: str) -> None:
    text = ("清川市人大常委会第十五次会议25日在青河举行。会议听取了有关草案的说明。"
            f"{body}{verb}，草案经过两次审议修改，已经比较成熟，可以提请本次会议表决。")
    (meeting,) = check([text])
    assert [cue for cue, _ in cues([meeting])] == [f"{body}{verb}"]


def test_a_body_named_as_the_reports_author_states_nothing() -> None:
    text = "清川市人大常委会第十五次会议25日在青河举行。会议听取了执法检查组关于草案实施情况的报告。"
    (meeting,) = check([text])
    assert cues([meeting]) == []
