"""Meeting reports in forms the fifty-third and fifty-fourth folders of real news texts (kept outside the project; the
fifty-third built on whole and the fifty-fourth's first half in the fifty-fourth round) showed the stage misreading,
each a class of wording. Every text here is fictional, written for the test."""

from __future__ import annotations

from .test_meeting import check, cues


def test_a_meeting_adopting_a_document_on_its_day_is_reported_and_the_document_states_its_points() -> None:
    # A one-paragraph broadcast item: the meeting, its day after its name, adopts a document; the document speaks.
    paragraphs = [
        "东亚水资源问题部长级会议18号通过联合声明。声明指出，流域各国应当共享水文数据，共同应对旱涝灾害。"
    ]
    (meeting,) = check(paragraphs)
    assert meeting["name"] == "东亚水资源问题部长级会议"
    assert [cue for cue, _ in cues([meeting])] == ["声明指出"]


def test_a_forum_opened_after_clauses_of_its_theme_and_hosts_is_the_meeting_a_message_was_sent_to() -> None:
    # The subject of 开幕 stands before a theme glued to its name and a clause of who holds it.
    paragraphs = [
        "5月20日，清川市市长王明向2024清川茶文化论坛致贺信。王明指出，茶文化是清川的名片，要让更多人了解清川的茶。"
        "2024清川茶文化论坛以“以茶会友 共话发展”为年度主题，由清川市政府和省茶叶协会共同主办，当日在清川开幕。"
    ]
    (meeting,) = check(paragraphs)
    assert (meeting["name"], meeting["place"]) == ("2024清川茶文化论坛", "清川")
    assert [cue for cue, _ in cues([meeting])] == ["王明指出"]


def test_a_speaker_after_a_purpose_clause_is_the_sentences_subject() -> None:
    # 为…， leads in as 针对…， does: the person after it speaks; his 强调 takes a statement whose subject comes before
    # its modal 必须.
    paragraphs = [
        "3月2日上午,清川学院召开新学期工作会议,院长王明主持会议。",
        "为应对新学期的各项任务,王明院长强调全院上下必须团结协作、提高效率,把各项工作落到实处。",
    ]
    (meeting,) = check(paragraphs)
    assert cues([meeting]) == [("王明院长强调", "全院上下必须团结协作、提高效率,把各项工作落到实处。")]


def test_a_sentence_opening_on_and_and_an_adverb_before_the_verb_speaks_for_the_one_before() -> None:
    paragraphs = [
        "3月2日上午,清川学院召开新学期工作会议,院长王明主持会议。",
        "王明强调,全院上下要团结协作。并进一步强调党员干部首先要做到守规矩、讲奉献。",
        "会议指出,新学期任务繁重。同时要求各系部对新教师多帮助、多指导。",
    ]
    (meeting,) = check(paragraphs)
    assert [cue for cue, _ in cues([meeting])] == ["王明强调", "并进一步强调", "会议指出", "同时要求"]
    assert cues([meeting])[1][1] == "党员干部首先要做到守规矩、讲奉献。"
    assert cues([meeting])[3][1] == "各系部对新教师多帮助、多指导。"


def test_a_left_out_subjects_verb_before_a_topic_states_nothing() -> None:
    # 强调 glued to a topic with no modal names what was stressed, not a statement.
    paragraphs = [
        "3月2日上午,清川学院召开新学期工作会议,院长王明主持会议。",
        "王明强调,全院上下要团结协作。并进一步强调了安全工作的重要性。",
    ]
    (meeting,) = check(paragraphs)
    assert [cue for cue, _ in cues([meeting])] == ["王明强调"]
