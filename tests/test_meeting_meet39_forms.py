"""Meeting reports in forms the thirtieth folder of real news texts (kept outside the project; its first half
built on in the thirtieth round) and the twenty-ninth folder, built on whole, showed the stage misreading, each a
class of wording. Every text here is fictional, written for the test."""

from __future__ import annotations

from .test_meeting import check, cues


def test_a_decision_adopted_with_the_place_for_its_subject_is_a_point() -> None:
    # "会上表决通过了…": the place stands for the meeting, as before 强调; the deliberation and 通过 are one verb.
    for cue in ("会上表决通过了", "会上讨论通过", "会上通过了"):
        text = ["9月18日上午，青河市棋类协会第二届会员大会在青河饭店召开。",
                f"首先，{cue}第一届理事会工作报告和新的章程。"]
        assert [c for c, _ in cues(check(text))] == [cue], cue


def test_a_means_after_the_place_is_no_decision() -> None:
    # Bare 通过 is "by means of": the place's sentence states no decision.
    text = ["9月18日上午，青河市棋类协会第二届会员大会在青河饭店召开。",
            "会上通过视频连线听取了各分会的汇报。王明强调，要办好比赛。"]
    assert [c for c, _ in cues(check(text))] == ["王明强调"]


def test_several_partners_after_the_place_are_no_part_of_it() -> None:
    # The first partner tells: the second's foreign name of two characters is no listed name.
    text = ["国务院总理王明12日在人民大会堂同欧洲理事会主席图斯克、欧盟委员会主席容克共同主持第十八次中欧领导人会晤。",
            "王明表示，双方要加强对话。"]
    assert [(m["name"], m["place"]) for m in check(text)] == [("第十八次中欧领导人会晤", "人民大会堂")]


def test_a_draft_the_meeting_adopted_states_its_provisions() -> None:
    text = ["国务院总理王明今天主持召开国务院常务会议，讨论并原则通过《青河建筑节能条例（草案）》。",
            "会议指出，建筑节能关系长远。条例草案提出，对既有建筑的节能改造要从实际出发。"]
    assert [c for c, _ in cues(check(text))] == ["会议指出", "条例草案提出"]


def test_the_meetings_cue_right_after_a_glued_headlines_title_opens_a_point() -> None:
    text = ["国务院总理王明主持召开国务院常务会议部署青河治理讨论通过《青河法(修订草案)》会议认为，治理要久久为功。"
            "会议决定，开展专项检查。"]
    assert [c for c, _ in cues(check(text))] == ["会议认为", "会议决定"]


def test_a_meeting_named_in_a_title_before_a_verb_opens_no_point() -> None:
    # 《…》会议 without a comma after the verb is the title's words going on, not the body opening.
    text = ["国务院总理王明主持召开国务院常务会议。会议决定，开展专项检查。读者可参阅《青河》会议指出的事项清单。"]
    assert [c for c, _ in cues(check(text))] == ["会议决定"]


def test_what_a_meeting_opens_amid_is_no_place() -> None:
    text = ["8月29日，公司召开第一届第二次职工代表大会。大会在庄严的国歌声中开幕。",
            "王明在讲话中强调，要做好安全生产工作。"]
    assert [(m["name"], m["place"]) for m in check(text)] == [("第一届第二次职工代表大会", None)]


def test_a_broadcasters_commentary_put_out_under_its_columns_name_is_no_meeting_report() -> None:
    text = ["央视网消息（新闻联播）：本台今天（6月29日）发表国际锐评：用平等和相互尊重推进磋商。",
            "锐评指出，两国元首今天在青河峰会期间会晤，同意重启磋商。",
            "锐评指出，本届青河峰会上，王明主席宣布了加快对外开放的五方面重要举措。"]
    assert check(text) == []


def test_those_the_subject_meets_with_speak_later_by_their_names_alone() -> None:
    text = ["国家主席王明当地时间28日在青河出席三国领导人会晤，同甲国总统普洛、乙国总理塔尔就国际形势交换意见。",
            "王明指出，三方要加强协调。", "普洛表示，三国要维护国际秩序。", "塔尔表示，愿加强合作。"]
    assert [c for c, _ in cues(check(text))] == ["王明指出", "普洛表示", "塔尔表示"]
