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


DISPATCH = "3月12日，清川县脱贫攻坚指挥部在造甲乡召开调度会。会上，县委副书记宓小舟要求，要抓住机遇，高起点谋划。"


def test_what_is_said_on_a_visit_after_the_meeting_is_no_point() -> None:
    visit = "会后，宓小舟一行还来到双丰村，检查指导该村防汛工作。她要求，要迅速补齐短板。"
    (meeting,) = check([DISPATCH, visit])
    assert [cue for cue, _ in cues([meeting])] == ["县委副书记宓小舟要求"]


def test_what_is_said_on_a_tour_before_a_summit_is_no_point() -> None:
    summit = "9月12日，2024清川服务贸易峰会在清川开幕。郗明川出席峰会并发表主旨演讲。郗明川表示，清川将持续扩大开放。"
    tour = "峰会开始前，郗明川一起视察了展馆，与参展企业负责人进行交流。郗明川表示，欢迎各国企业来清川投资。"
    (meeting,) = check([summit, tour])
    assert [cue for cue, _ in cues([meeting])] == ["郗明川表示"]


def test_a_place_cue_after_a_visit_before_the_meeting_brings_the_report_back() -> None:
    report = ("5月8日，清川区政协召开专题协商会。会前，区政协组织部分委员深入12个小区开展专题调研，形成了调研报告。"
              "会上，区住建局负责人通报了改造情况。卞一苇委员建议，将加装电梯纳入改造必选项。")
    (meeting,) = check([report])
    assert [cue for cue, _ in cues([meeting])] == ["卞一苇委员建议"]


PARTY_DAY = "4月28日，清川村召开主题党日活动和议事会。"


def test_a_name_quoted_with_a_colon_after_a_place_cues_clause_opens_a_point() -> None:
    (meeting,) = check([PARTY_DAY + "会上，参会人员积极讨论人居环境整治的事项，党员卞一苇表示：日常维护也很有必要。"])
    assert [cue for cue, _ in cues([meeting])] == ["会上", "党员卞一苇表示"]


def test_a_name_after_a_place_cues_clause_without_a_colon_stays_in_its_text() -> None:
    (meeting,) = check([PARTY_DAY + "会上，参会人员积极讨论人居环境整治的事项，党员卞一苇表示愿意带头清理。"])
    assert [cue for cue, _ in cues([meeting])] == ["会上"]


def test_a_document_joined_to_the_objects_before_it_is_no_subject() -> None:
    report = ("8月29日，清川市人大常委会举行第二次全体会议。受市政府委托，财政局局长卞一苇作了报告。他说，"
              "下一步将认真贯彻落实市委决策部署，以及市人大有关决议要求，加力实施积极的财政政策。")
    (meeting,) = check([report])
    assert [cue for cue, _ in cues([meeting])] == ["他说"]


FORUM = ("7月18日，第三届清川青年论坛在清川开幕。卞一苇出席开幕式并发表主旨演讲。卞一苇就青年创业提出三点希望："
         "一是守正创新；二是开拓进取；三是胸怀天下。")


def test_everyone_agreeing_as_one_after_a_speakers_items_opens_a_point() -> None:
    (meeting,) = check([FORUM + "出席开幕式的外宾对论坛的召开表示祝贺。大家一致认为，清川的发展成果令人鼓舞。"])
    assert [cue for cue, _ in cues([meeting])] == ["卞一苇就青年创业提出三点希望", "大家一致认为"]


def test_everyone_reported_by_a_speaker_stays_in_his_statement() -> None:
    (meeting,) = check([FORUM + "他说，青年代表审议了倡议书。大家认为，倡议切实可行。"])
    assert [cue for cue, _ in cues([meeting])] == ["卞一苇就青年创业提出三点希望", "他说"]


def test_what_is_said_at_talks_before_the_forum_opened_is_no_point() -> None:
    talks = "论坛开幕前，卞一苇集体会见了出席论坛的外方代表。卞一苇表示，欢迎各位来清川交流。"
    (meeting,) = check([FORUM, talks])
    assert [cue for cue, _ in cues([meeting])] == ["卞一苇就青年创业提出三点希望"]
