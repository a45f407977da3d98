"""Meeting reports in forms the fortieth folder of real news texts (kept outside the project; its first half built on
in the fortieth round) and the thirty-ninth folder (built on whole) showed the stage misreading, each a class of
wording. Every text here is fictional, written for the test."""

from __future__ import annotations

import pytest

from .test_meeting import check, cues


@pytest.mark.parametrize("verb", ["审议通过了", "通过了", "批准了"])
def test_a_document_adopted_before_a_colon_is_the_points_text(verb: str) -> None:
    # The adopted document's title opens the text, whatever its colon introduces.
    (meeting,) = check([
        "清川市政协常委会第九次会议今天上午闭幕。",
        f"会议{verb}关于召开清川市政协第五次会议的决定：清川市政协第五次会议于1月8日召开。",
    ])
    assert cues([meeting]) == [(f"会议{verb}", "关于召开清川市政协第五次会议的决定：清川市政协第五次会议于1月8日召开。")]


def test_words_announcing_the_adopted_documents_stay_the_cues() -> None:
    (meeting,) = check(["清川市政协常委会第九次会议今天上午闭幕。", "会议审议通过了以下议案：《清川市河道保护办法》。"])
    assert cues([meeting]) == [("会议审议通过了以下议案", "《清川市河道保护办法》。")]


@pytest.mark.parametrize("moment", ["圆满完成各项议程后", "在圆满完成各项议程后", "顺利完成全部议程后"])
def test_a_meeting_named_before_its_agenda_done_and_a_comma(moment: str) -> None:
    (meeting,) = check([f"清川市政协第五届常务委员会第九次会议{moment}，今天下午在清川会堂闭幕。会议指出，要抓好落实。"])
    assert (meeting["name"], meeting["place"]) == ("清川市政协第五届常务委员会第九次会议", "清川会堂")


def test_words_of_the_name_before_the_agenda_are_kept() -> None:
    # Only the agenda's words are the moment: the name before them is not cut short.
    (meeting,) = check(["清川大学第三届教职工代表大会完成议程后，今天在清川大学闭幕。会议指出，要办好学校。"])
    assert meeting["name"] == "清川大学第三届教职工代表大会"


@pytest.mark.parametrize("when", ["今天上午", "3月5日下午", "昨天"])
def test_a_time_after_zai_is_no_place(when: str) -> None:
    (meeting,) = check([f"我司在{when}召开2025年度述职工作会议。会议指出，要抓好落实。"])
    assert (meeting["name"], meeting["place"]) == ("2025年度述职工作会议", None)


def test_a_place_after_zai_stays_the_place() -> None:
    (meeting,) = check(["清川公司在三楼会议室召开2025年度述职工作会议。会议指出，要抓好落实。"])
    assert meeting["place"] == "三楼会议室"


@pytest.mark.parametrize("gone", ["还讨论部署了学科评估、实验室建设等工作。", "研究了招生计划等事项。", "还审议了有关人事问题。"])
def test_topics_gone_through_after_a_place_cue_are_no_point(gone: str) -> None:
    (meeting,) = check(["清川学院召开党委会，书记梁砚秋主持会议。梁砚秋指出，要抓好开学工作。", f"会上，{gone}"])
    assert cues([meeting]) == [("梁砚秋指出", "要抓好开学工作。")]


def test_a_statement_after_a_place_cue_is_still_a_point() -> None:
    (meeting,) = check(["清川学院召开党委会，书记梁砚秋主持会议。", "会上，梁砚秋强调，要做好学科评估等工作。"])
    assert cues([meeting]) == [("梁砚秋强调", "要做好学科评估等工作。")]


@pytest.mark.parametrize("said", [
    "会上，王明首先对安全生产、人口普查等工作提出了具体工作要求。",
    "会上，王明还对区人大会议筹备工作进行了安排部署。",
    "会上，王明代表理事会做第七届理事会工作报告。",
])
def test_topics_named_or_a_report_made_after_a_place_cue_are_no_point(said: str) -> None:
    (meeting,) = check(["清川街道召开第24次推进会，书记武学德主持会议。", said, "最后，武学德强调，要绷紧疫情防控这根弦。"])
    assert cues([meeting]) == [("武学德强调", "要绷紧疫情防控这根弦。")]


def test_a_report_spoken_of_as_a_noun_leaves_the_place_cue() -> None:
    # 所作的…报告 names the report as the subject of what follows, not the act of making it.
    (meeting,) = check(["清川医院召开职代会。", "职代会上，李院长所作的医院工作报告倍受职工代表关注。"])
    assert [point["cue"] for point in meeting["points"]] == ["职代会上"]


@pytest.mark.parametrize("clause", ["应由行政长官向全国人大常委会提出报告", "由全国人大常委会确定"])
def test_a_clause_opening_on_its_agent_is_no_cue(clause: str) -> None:
    (meeting,) = check([f"清川会议今天举行。清川解释规定，该办法是否需要修改，{clause}。"])
    assert meeting["points"] == []


@pytest.mark.parametrize(("said", "cue"), [
    ("曹阳强调该院干警要紧紧围绕工作思路。", "曹阳强调"),
    ("曹阳指出各庭要抓好积案清理。", "曹阳指出"),
    ("之后，他强调该院干警要紧紧围绕工作思路。", "他强调"),
])
def test_a_statement_glued_to_its_verb_with_its_own_subject_before_a_modal(said: str, cue: str) -> None:
    (meeting,) = check(["清川法院召开全体干警会议，院长曹阳主持会议。曹阳传达了全省法院院长会议精神。", said])
    assert [point["cue"] for point in meeting["points"]] == [cue]


def test_a_topic_of_a_glued_verb_is_still_no_statement() -> None:
    # 的 makes the words after the verb its object, a topic: no modal opens a statement there.
    (meeting,) = check(["清川法院召开全体干警会议，院长曹阳主持会议。", "曹阳强调安全工作的重要性，要求各庭抓好落实。"])
    assert [point["cue"] for point in meeting["points"]] != ["曹阳强调"]


def test_a_manner_of_saying_after_the_setting() -> None:
    (meeting,) = check(["清川公司召开年度工作会议。王志梅董事长作重要讲话。",
                        "王志梅董事长在讲话结尾处充满激情地说：“没有谁的幸运会凭空而来。”"])
    assert cues([meeting]) == [("王志梅董事长在讲话结尾处充满激情地说", "“没有谁的幸运会凭空而来。”")]


SUMMIT = "清川经济论坛第十次峰会在清川举行。"


@pytest.mark.parametrize(("said", "cue", "text"), [
    ("与会领导人对中方主办峰会表示支持，一致同意中方提出的会议主题。", "与会领导人对中方主办峰会表示支持，一致同意", "中方提出的会议主题。"),
    ("王明对清川主办论坛表示欢迎，认为要加强合作。", "王明对清川主办论坛表示欢迎，认为", "要加强合作。"),
])
def test_a_meeting_named_after_a_preposition_is_no_subject_and_an_attitude_leads_to_the_verb(
    said: str, cue: str, text: str
) -> None:
    (meeting,) = check([SUMMIT + said])
    assert cues([meeting]) == [(cue, text)]


@pytest.mark.parametrize("name", ["全市对口支援工作会议", "全市就业工作会议"])
def test_a_meeting_whose_name_holds_dui_or_jiu_still_speaks(name: str) -> None:
    # 对口 and 就业 are words, no preposition acting on the meeting.
    (meeting,) = check([f"清川{name[2:]}今天召开。", f"{name}指出，要抓好落实。"])
    assert [point["cue"] for point in meeting["points"]] == [f"{name}指出"]


def test_work_reviewed_after_a_place_cue_with_the_chair_after_it_is_no_point() -> None:
    (meeting,) = check([
        "清川县检察院召开全院干警大会。",
        "会上，检察长姚春山全面总结上半年检察工作情况，查找工作中存在的不足，研究部署下半年工作。会议由副检察长赵午主持。",
        "姚春山强调，要抓好落实。",
    ])
    assert cues([meeting]) == [("姚春山强调", "要抓好落实。")]


@pytest.mark.parametrize("text", [
    "清川科技举行2026年度年会 董事长杨蕾：把每一分投入都押在技术上1月16日晚，清川科技股份有限公司2026年度年会在"
    "清川国际博览中心举行。董事长杨蕾在致辞中表示，要把投入押在技术上。",
    "省政府召开第38次常务会议发布时间：2026-04-09 17:30　来源：省政府办公厅4月9日，省长孙立平主持召开省政府第38次常务"
    "会议。会议指出，要稳增长促消费。",
])
def test_a_headline_glued_before_the_leads_day_leaves_the_lead_to_name_the_meeting(text: str) -> None:
    (meeting,) = check([text])
    assert meeting["name"] in {"清川科技股份有限公司2026年度年会", "省政府第38次常务会议"}
    assert meeting["points"]
