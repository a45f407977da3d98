"""Meeting reports in forms the forty-ninth and fiftieth folders of real news texts (kept outside the project; the
forty-ninth built on whole and the fiftieth's first half in the fiftieth round) showed the stage misreading, each a
class of wording. Every text here is fictional, written for the test."""

from __future__ import annotations

from .test_meeting import check


def test_a_round_of_voices_from_many_countries_is_no_meeting_report() -> None:
    # The item is what people abroad say (多国人士表示); a council's meeting and its statement are one of its voices.
    paragraphs = [
        "多国人士表示,清川的防汛措施取得明显成效,相信当地能够尽快恢复生产。",
        "某某国家水利部长理事会第9次会议27日在某某召开。会后发表的声明说,各国部长高度赞赏清川的努力。",
        "某某基金会主席佐达表示,清川的经验对全球防灾减灾作出了贡献。",
    ]
    assert check(paragraphs) == []


def test_a_meeting_item_that_hands_over_to_an_interview_is_no_meeting_report() -> None:
    # The congress is the occasion; the item is an official's answers to the reporter (他说 …).
    paragraphs = [
        "12月18日上午,清川市庆祝建市40周年大会召开,会上表彰了100名先进个人,记者就评选表彰有关情况采访了表彰工作"
        "领导小组办公室负责人。",
        "他说,今年是建市40周年。这次表彰是庆祝活动的重要内容。",
    ]
    assert check(paragraphs) == []
