"""Cue subjects, titles, markers and lead-ins the meeting stage reads as families of the language, not as lists of
strings (issue 14): each test names a member no list held before."""

from __future__ import annotations

from typing import Any

import pytest

import scraper
from scraper.meetings import extract_meetings
from scraper.meetings.people import parse_people
from scraper.meetings.speakers import is_group

OPENING = "全省工作会议3月5日在省城召开。"


def cues(paragraphs: list[str]) -> list[str]:
    return [point["cue"] for meeting in extract_meetings(paragraphs) for point in meeting["points"]]


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("国家防汛抗旱总指挥部总指挥刘永安", "刘永安"),  # a title word of its own (指挥)
        ("澜图科技创始人、首席执行官黎明", "黎明"),  # a holder in 人 joined to another title
        ("省数据局首席数据官赵明", "赵明"),  # a holder in 官
    ],
)
def test_a_title_of_the_holder_family_is_read_before_a_name(mention: str, name: str) -> None:
    (person,) = parse_people(mention)
    assert person["name"] == name and person["text"] == mention


def test_a_crowd_in_ren_is_no_role_of_its_own() -> None:
    assert cues([OPENING, "会议指出，要抓落实。很多人表示，这次会议开得好。"]) == ["会议指出"]


def test_a_speaker_named_with_a_family_title_speaks_again_as_a_pronoun() -> None:
    found = cues([OPENING, "国家防汛抗旱总指挥部总指挥刘永安出席会议并讲话。他强调，要守住底线。"])
    assert found == ["他强调"]


@pytest.mark.parametrize("group", ["与会各方", "三方", "双方", "各方", "大家", "委员们", "常委们", "与会人员"])
def test_sides_and_plurals_are_groups(group: str) -> None:
    assert is_group(group)


@pytest.mark.parametrize("word", ["方面", "地方", "会议", "王明", "我们"])
def test_other_words_are_no_groups(word: str) -> None:
    assert not is_group(word)


def test_the_sides_at_the_meeting_state_together() -> None:
    found = cues([OPENING, "王明表示，要加强合作。与会各方一致认为，合作有助于稳定产业链。"])
    assert found == ["王明表示", "与会各方一致认为"]


def test_ordinal_with_a_modal_is_a_marker_and_the_item_starts_at_the_modal() -> None:
    meetings = extract_meetings([OPENING, "会议强调，第一要夯实基础，第二要打通壁垒，第三要培育人才。"])
    items = meetings[0]["points"][0]["items"]
    assert [(item["marker"], item["text"]) for item in items] == [
        ("第一", "要夯实基础"), ("第二", "要打通壁垒"), ("第三", "要培育人才。"),
    ]


def test_a_lone_first_priority_is_no_item() -> None:
    meetings = extract_meetings([OPENING, "会议强调，发展是第一要务，要抓好落实。"])
    assert meetings[0]["points"][0]["items"] == []


def test_an_announced_object_before_a_colon_is_the_cues() -> None:
    meetings = extract_meetings([OPENING, "会议议定以下事项：一、原则同意方案；二、设立基金。"])
    point = meetings[0]["points"][0]
    assert (point["cue"], point["text"]) == ("会议议定以下事项", None)
    assert [item["marker"] for item in point["items"]] == ["一、", "二、"]


def test_a_requirement_to_someone_before_a_colon_keeps_the_bare_cue() -> None:
    meetings = extract_meetings([OPENING, "会议要求各地：要压实责任。"])
    assert meetings[0]["points"][0]["cue"] == "会议要求"


def test_a_meeting_that_passed_a_document_is_the_agent_of_a_passive_not_a_subject() -> None:
    text = ["省委办公厅近日印发《实施意见》。该文件此前已经省委全面深化改革委员会会议审议通过。", "《实施意见》提出，到2028年建成体系。"]
    assert extract_meetings(text) == []


@pytest.mark.parametrize(
    "tag", ["本台消息　", "据新华社消息　", "新华社江州3月5日电　", "本报讯（记者 周明）", "新华社南州3月14日电 （记者 陆远）"]
)
def test_a_source_tag_is_no_part_of_the_name_or_the_cue(tag: str) -> None:
    meetings = extract_meetings([f"{tag}省长周立新今天在主持召开经济形势专家座谈会时强调，要稳住经济。"])
    (meeting,) = meetings
    assert meeting["name"] == "经济形势专家座谈会"
    assert meeting["points"][0]["cue"] == "省长周立新今天在主持召开经济形势专家座谈会时强调"


def test_a_host_act_is_no_place() -> None:
    (meeting,) = extract_meetings(["省长周立新今天在主持召开经济形势专家座谈会时强调，要稳住经济。"])
    assert meeting["place"] is None


def test_a_colon_tag_keeps_the_cue_from_the_name() -> None:
    article: Any = scraper.extract_text("本台消息：全省工作会议今天在省城召开。会议指出，要抓落实。")
    assert [p["cue"] for p in article.meetings[0]["points"]] == ["会议指出"]
    assert article.meetings[0]["name"] == "全省工作会议"


@pytest.mark.parametrize(
    ("glued", "name", "place"),
    [
        (
            "桐川市召开保障性住房建设推进会 年内筹集保障房1.2万套7月21日，桐川市保障性住房建设推进会在市民中心召开。",
            "桐川市保障性住房建设推进会",
            "市民中心",
        ),
        ("青屿农商银行召开经营形势分析会 锚定全年目标4月9日，青屿农商银行召开2026年一季度经营形势分析会。", "2026年一季度经营形势分析会", None),
    ],
)
def test_a_body_after_a_glued_headline_names_the_meeting_as_it_prints_it(glued: str, name: str, place: str | None) -> None:
    (meeting,) = extract_meetings([glued + "会议指出，要抓落实。"])
    assert (meeting["name"], meeting["place"]) == (name, place)


def test_a_meeting_held_names_itself() -> None:
    (meeting,) = extract_meetings(["省委常委会14日上午在省城召开。会议指出，要抓落实。"])
    assert meeting["name"] == "省委常委会"


@pytest.mark.parametrize(
    "act",
    ["主持座谈会并发表重要讲话", "主持会议并作总结讲话", "主持并讲话", "主持会议并讲话"],
)
def test_a_host_who_speaks_is_host_and_speaker_whatever_he_chairs(act: str) -> None:
    (meeting,) = extract_meetings([f"全省工作会议3月5日在省城召开。省委书记王明{act}。会议指出，要抓落实。"])
    assert meeting["host"] == {"name": "王明", "role": "省委书记", "text": "省委书记王明"}
    assert [person["name"] for person in meeting["speakers"]] == ["王明"]


@pytest.mark.parametrize(
    "act",
    ["出席会议并发表主旨演讲", "作专题报告", "发表书面讲话", "在会上发言", "在全省工作会议上作重要讲话", "致辞"],
)
def test_a_speech_made_or_given_makes_a_speaker(act: str) -> None:
    (meeting,) = extract_meetings([f"全省工作会议3月5日在省城召开。副省长李强{act}。会议指出，要抓落实。"])
    assert [person["text"] for person in meeting["speakers"]] == ["副省长李强"]


@pytest.mark.parametrize("act", ["听取了工作报告", "审议了报告", "交流发言"])
def test_a_speech_heard_makes_no_speaker(act: str) -> None:
    (meeting,) = extract_meetings([f"全省工作会议3月5日在省城召开。副省长李强{act}。会议指出，要抓落实。"])
    assert meeting["speakers"] == []


def test_a_place_at_an_earlier_meeting_is_no_cue() -> None:
    text = ["走进梧桐村，大棚整齐排列。2023年初召开的村民代表大会上，村民们表决通过了方案。驻村第一书记邹卫国说，当时心里没底。"]
    assert extract_meetings(text) == []


@pytest.mark.parametrize("adverb", ["接着", "随后", "紧接着"])
def test_a_second_meeting_opened_the_same_day_after_a_sequence_adverb_is_its_own(adverb: str) -> None:
    meetings = extract_meetings([
        "10日上午，市长林志刚主持召开市政府第三十五次常务会议。会议决定，开展专项整治。"
        f"当天下午，市安全生产委员会第二次全体会议{adverb}召开。林志刚在会上强调，要做到三个严防。"
    ])
    assert [meeting["name"] for meeting in meetings] == ["市政府第三十五次常务会议", "市安全生产委员会第二次全体会议"]
    assert [point["cue"] for point in meetings[1]["points"]] == ["林志刚在会上强调"]


def test_a_pronoun_with_a_later_verb_and_its_comma_opens_a_point() -> None:
    found = cues([OPENING, "省委书记周明远出席会议并讲话。他在讲话中充分肯定了一年来的成绩，指出，经济回升向好。"])
    assert found == ["他在讲话中充分肯定了一年来的成绩，指出"]


def test_a_pronoun_with_a_chained_verb_and_its_object_narrates() -> None:
    found = cues([OPENING, "王明指出，要稳增长。他还阐述了有关政策举措，呼吁发达成员提供支持。"])
    assert found == ["王明指出"]


def test_two_meetings_opened_together_are_each_reported_under_their_place_cue() -> None:
    meetings = extract_meetings([
        "国务院总理刘振华15日、16日先后主持召开专家学者座谈会和企业家代表座谈会，听取意见建议。",
        "15日下午的专家学者座谈会上，6位专家先后发言。刘振华说，要坚持稳中求进。",
        "16日上午的企业家代表座谈会上，企业负责人发言。刘振华表示，要降低制度性交易成本。",
    ])
    assert [meeting["name"] for meeting in meetings] == ["专家学者座谈会", "企业家代表座谈会"]
    assert [point["cue"] for point in meetings[1]["points"]] == ["16日上午的企业家代表座谈会上", "刘振华表示"]


def test_a_place_cue_naming_the_one_meeting_opened_opens_no_second() -> None:
    meetings = extract_meetings(["全省工作座谈会3月5日在省城召开。", "全省工作座谈会上，代表们先后发言。王明说，要抓落实。"])
    assert len(meetings) == 1


@pytest.mark.parametrize("leaders", ["两国领导人", "三国领导人", "与会各国领导人", "双方领导人", "外方领导人", "领导人们"])
def test_leaders_of_a_number_of_countries_or_sides_speak_as_a_group(leaders: str) -> None:
    assert is_group(leaders)


def test_two_countries_leaders_state_together() -> None:
    found = cues(["中日韩领导人会议9日在东京举行。", "三国领导人一致认为，要加强合作。"])
    assert found == ["三国领导人一致认为"]


def test_the_head_of_a_unit_after_a_name_is_a_title_not_part_of_the_name() -> None:
    (meeting,) = extract_meetings(["全省工作会议3月5日在省城召开。", "王明县长在会上强调，要守住底线。李强副局长表示，要加强监管。"])
    assert [(point["cue"], point["speaker"]) for point in meeting["points"]] == [
        ("王明县长在会上强调", "王明"), ("李强副局长表示", "李强"),
    ]


def test_a_title_after_a_three_character_name_leaves_the_name_whole() -> None:
    (meeting,) = extract_meetings(["全省政协全体会议3月5日在省城召开。", "王立群委员建议，加快建设创新中心。"])
    assert meeting["points"][0]["speaker"] == "王立群"
