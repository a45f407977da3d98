"""Meeting reports in forms the thirty-sixth folder of real news texts (kept outside the project; its first half
built on in the thirty-sixth round) and the thirty-fifth folder (built on whole) showed the stage misreading, each a
class of wording. Every text here is fictional, written for the test."""

from __future__ import annotations

from .test_meeting import check, cues, items


def test_a_speaker_proposing_what_follows_announces_the_items() -> None:
    # 提出以下建议。 stands where a count would (提出三点建议。): the items follow in paragraphs of their own.
    (meeting,) = check([
        "清川区域合作论坛第三次领导人会议8日在北湾举行。",
        "王明指出，水资源事关区域发展全局。为此，王明提出以下建议。",
        "第一，坚持合作共享。各方应建立水情信息通报机制。",
        "第二，坚持节约优先。应该推广节水灌溉技术。",
    ])
    points = meeting["points"]
    assert [p["cue"] for p in points] == ["王明指出", "王明提出以下建议"]
    assert items(points[1]) == [("第一", "坚持合作共享。各方应建立水情信息通报机制。"),
                                ("第二", "坚持节约优先。应该推广节水灌溉技术。")]


def test_proposals_listed_right_after_the_verb_are_a_point() -> None:
    # 他提出A、B、C等建议: what was proposed, glued to the verb, after a comma inside a statement too.
    (meeting,) = check([
        "清川市政协十二届四次会议3日下午举行第二次全体会议。",
        "王明委员在发言中指出，要切实保障食品安全，他提出强化源头管控、完善监管机制等建议。"
        "李华委员发言指出，加快新能源发展，规划必须先行。他提出节能优先、推进电网改造等5方面建议。",
    ])
    assert cues([meeting]) == [
        ("王明委员在发言中指出", "要切实保障食品安全"),
        ("他提出", "强化源头管控、完善监管机制等建议。"),
        ("李华委员发言指出", "加快新能源发展，规划必须先行。"),
        ("他提出", "节能优先、推进电网改造等5方面建议。"),
    ]


def test_proposing_a_topic_glued_to_the_verb_states_nothing() -> None:
    # No list closed by 等: the object names what was proposed about, as before.
    (meeting,) = check([
        "清川市政协十二届四次会议3日下午举行第二次全体会议。",
        "王明委员在发言中指出，要切实保障食品安全。他提出具体建议。",
    ])
    assert [p["cue"] for p in meeting["points"]] == ["王明委员在发言中指出"]


def test_the_leaders_met_with_speak_later_by_their_names_alone() -> None:
    # 同…、…在某地举行…会晤: the partners named after the subject, with the place before the act, speak later by
    # their bare names (transliterated, one of five characters).
    (meeting,) = check([
        "9日，清川国总统王明同南岸国总统普京、北原国总统巴特图勒嘎在北湾举行三国元首第二次会晤。",
        "王明指出，三国合作稳步推进。",
        "普京表示，南岸国赞同加强三方交通合作。",
        "巴特图勒嘎表示，北原国愿尽快启动经济走廊建设。",
    ])
    assert [p["cue"] for p in meeting["points"]] == ["王明指出", "普京表示", "巴特图勒嘎表示"]


def test_a_summits_talks_named_after_the_meeting_are_a_session_of_it() -> None:
    (meeting,) = check([
        "清川台消息：清川合作组织成员国元首理事会第九次会议的小范围会谈10日在北湾国际会议中心举行。会谈由王明主持。",
        "王明在讲话中指出，清川合作组织成立以来取得重大成就。",
    ])
    assert meeting["name"] == "清川合作组织成员国元首理事会第九次会议的小范围会谈"
    assert meeting["place"] == "北湾国际会议中心"
    assert cues([meeting]) == [("王明在讲话中指出", "清川合作组织成立以来取得重大成就。")]


def test_talks_named_alone_are_no_meeting() -> None:
    assert check(["清川台消息：两国代表团10日在北湾举行小范围会谈。王明指出，双方合作前景广阔。"]) == []
