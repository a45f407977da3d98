"""Meeting reports in forms the forty-third and forty-fourth folders of real news texts (kept outside the project; the
forty-third built on whole and the forty-fourth's first half in the forty-fourth round) showed the stage misreading,
each a class of wording. Every text here is fictional, written for the test."""

from __future__ import annotations

from .test_meeting import check, cues

OPENING = "8月17日下午，清川中学在学校报告厅召开新学期全体教工大会。"


def test_a_speakers_aspects_before_the_object_verb_announce_the_items() -> None:
    (meeting,) = check([OPENING, "副校长宓小舟从三个方面对大家提出了期望。一是守好课堂；二是精耕细作；三是以研促教。"])
    ((cue, _),) = cues([meeting])
    assert cue == "副校长宓小舟从三个方面对大家提出了期望"
    assert [item["marker"] for item in meeting["points"][0]["items"]] == ["一是", "二是", "三是"]


def test_a_speakers_aspects_naming_a_topic_open_no_point() -> None:
    (meeting,) = check([OPENING, "副校长宓小舟从三个方面介绍了上学期工作。校长郗明川强调，要守好课堂。"])
    assert [cue for cue, _ in cues([meeting])] == ["校长郗明川强调"]


ATTENDANCE = ("清川市长卞一苇、副市长郗明川，以及各区区长出席会议。清川大学校长宓小舟作为特邀嘉宾列席会议。"
              "卞一苇主持会议。")


def test_a_lead_of_attendance_then_a_chair_opens_a_report_at_its_meeting() -> None:
    meetings = check([ATTENDANCE, "卞一苇在讲话中说，今年全市经济运行总体平稳。郗明川表示，要抓紧推进重点项目。"])
    assert len(meetings) == 1
    assert [cue for cue, _ in cues(meetings)] == ["卞一苇在讲话中说", "郗明川表示"]


def test_a_chair_named_past_the_lead_opens_no_report() -> None:
    talk = ("清川市长卞一苇今天会见了来访的客商代表。卞一苇说，欢迎各位来清川投资。双方就合作交换了意见。"
            "客商代表表示，将加快项目落地。随后，客商一行参观了高新区。当天下午，郗明川主持会议。")
    assert check([talk]) == []


def test_counted_aspects_announce_items_after_an_object_of_any_length() -> None:
    (meeting,) = check([OPENING, "校长郗明川从3个方面提出了新学期教学工作需要重点研究的问题。第一，课堂怎么管；"
                                 "第二，作业怎么减；第三，教研怎么抓。"])
    ((cue, _),) = cues([meeting])
    assert cue == "校长郗明川从3个方面提出了新学期教学工作需要重点研究的问题"
    assert [item["marker"] for item in meeting["points"][0]["items"]] == ["第一", "第二", "第三"]


def test_counted_aspects_without_items_after_them_open_no_point() -> None:
    (meeting,) = check([OPENING, "校长郗明川从3个方面提出了新学期教学工作需要重点研究的问题。会议强调，要守好课堂。"])
    assert [cue for cue, _ in cues([meeting])] == ["会议强调"]
