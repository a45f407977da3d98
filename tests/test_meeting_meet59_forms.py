"""Meeting reports in forms the forty-ninth and fiftieth folders of real news texts (kept outside the project; the
forty-ninth built on whole and the fiftieth's first half in the fiftieth round) showed the stage misreading, each a
class of wording. Every text here is fictional, written for the test."""

from __future__ import annotations

from .test_meeting import check, cues


def test_a_round_of_voices_from_many_countries_is_no_meeting_report() -> None:
    # The item is what people abroad say (多国人士表示); a council's meeting and its statement are one of its voices.
    paragraphs = [
        "多国人士表示,清川的防汛措施取得明显成效,相信当地能够尽快恢复生产。",
        "某某国家水利部长理事会第9次会议27日在某某召开。会后发表的声明说,各国部长高度赞赏清川的努力。",
        "某某基金会主席佐达表示,清川的经验对全球防灾减灾作出了贡献。",
    ]
    assert check(paragraphs) == []


def test_a_speaker_set_at_the_meeting_announcing_a_list_by_a_quoted_count_states_a_point() -> None:
    # 在会议上 names no meeting of its own: the sentence is the speaker's, its quoted count (“四要”) announces the items.
    paragraphs = [
        "7月5日上午,清川镇召开社区换届选举工作动员会,会议由镇党委书记王明主持。",
        "镇长李华在会议上提出“四要”:一要严明态度;二要严格条件;三要严明程序;四要严正纪律。",
    ]
    (meeting,) = check(paragraphs)
    (point,) = meeting["points"]
    assert point["speaker"] == "李华"
    assert [(item["marker"], item["text"]) for item in point["items"]][:2] == [("一要", "严明态度"), ("二要", "严格条件")]


def test_a_speech_verb_made_a_noun_by_zuo_le_is_no_statement_the_next_verb_states() -> None:
    # …等作了强调,要求…: what was stressed is named, the requirement after it is the point, as after 进行了强调.
    paragraphs = [
        "9月1日,清川学院召开新学期全体教职工大会。",
        "副书记王明就科研经费合理合规使用等作了强调,要求学院教师牢记职业行为准则。",
    ]
    (meeting,) = check(paragraphs)
    assert [(cue, (text or "")[:6]) for cue, text in cues([meeting])] == [
        ("副书记王明就科研经费合理合规使用等作了强调,要求", "学院教师牢记")]


def test_the_guests_the_meeting_is_held_with_are_no_part_of_its_place() -> None:
    paragraphs = [
        "国务院总理王明28日在清川同出席2017年夏季论坛的国际工商企业界代表举行对话会。",
        "王明表示,中国将继续扩大开放。",
    ]
    (meeting,) = check(paragraphs)
    assert meeting["place"] == "清川"


def test_agreements_signed_or_the_chair_named_after_the_place_cue_are_no_point() -> None:
    for programme in ("会上,两市有关单位签署了文旅、农业等领域多项合作协议。",
                      "会上,由村支部书记主持,包村干部传达上级会议精神,并对推荐工作进行了安排。"):
        paragraphs = [
            "7月8日上午,清川村召开村党组织委员和党小组组长会议。",
            programme,
        ]
        (meeting,) = check(paragraphs)
        assert meeting["points"] == []


def test_a_meeting_item_that_hands_over_to_an_interview_is_no_meeting_report() -> None:
    # The congress is the occasion; the item is an official's answers to the reporter (他说 …).
    paragraphs = [
        "12月18日上午,清川市庆祝建市40周年大会召开,会上表彰了100名先进个人,记者就评选表彰有关情况采访了表彰工作"
        "领导小组办公室负责人。",
        "他说,今年是建市40周年。这次表彰是庆祝活动的重要内容。",
    ]
    assert check(paragraphs) == []


def test_an_order_word_before_the_agent_with_you_leads_a_listed_point() -> None:
    # 最后由…做会议总结并提出三点要求：一是…: the order word glued to 由 names who spoke last, not an item.
    paragraphs = [
        "近日,清川林场召开了2017森林防火动员大会。",
        "会议首先由派出所所长传达森林防火命令。最后由场长王明做会议总结并提出三点要求:一是加强宣传,做好联防工作;"
        "二是管理好野外用火;三是协调好林农关系。",
    ]
    (meeting,) = check(paragraphs)
    (point,) = meeting["points"]
    assert point["cue"].endswith("做会议总结并提出三点要求")
    assert [item["marker"] for item in point["items"]] == ["一是", "二是", "三是"]
