"""The meeting stage: extract_meetings over paragraph lists (cues, enumerations, opening facts, people)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.meetings import extract_meetings

from .conftest import FIXTURES, shared

SCHEMA = json.loads((Path(__file__).resolve().parent.parent / "scraper/schema/article.schema.json").read_text("utf-8"))
MEETINGS_SCHEMA = {"$defs": SCHEMA["$defs"], "type": "array", "items": {"$ref": "#/$defs/meeting"}}


def strings(meetings: list[dict[str, Any]]) -> Iterator[str]:
    """Every text the result holds (names, places, people, cues, point and item texts)."""
    for meeting in meetings:
        for key in ("name", "place", "organizer", "attendees"):
            if meeting[key] is not None:
                yield meeting[key]
        for person in [meeting["host"], *meeting["speakers"]]:
            if person is not None:
                yield from (v for v in person.values() if v is not None)
        for point in meeting["points"]:
            yield point["cue"]
            yield from (t for t in (point["text"], point["speaker"]) if t is not None)
            for item in point["items"]:
                yield item["marker"]
                if item["text"] is not None:
                    yield item["text"]


def check(paragraphs: list[str], **kwargs: Any) -> list[dict[str, Any]]:
    """Run the stage and assert the contract every result keeps: schema-valid, every text verbatim.

    Texts are slices of the paragraphs (joined with newlines); only a name taken from the title is the title's.
    """
    meetings = extract_meetings(paragraphs, **kwargs)
    jsonschema.validate(meetings, MEETINGS_SCHEMA)
    body = "\n".join(paragraphs)
    for text in strings(meetings):
        assert text in body or text in (kwargs.get("title") or ""), text
    return meetings


def cues(meetings: list[dict[str, Any]]) -> list[tuple[str, str | None]]:
    """Each point's (cue, text) of `meetings`, in order: what the form tests compare."""
    return [(p["cue"], p["text"]) for m in meetings for p in m["points"]]


def only_point(paragraphs: list[str], **kwargs: Any) -> dict[str, Any]:
    meetings = check(paragraphs, **kwargs)
    assert len(meetings) == 1
    assert len(meetings[0]["points"]) == 1
    point: dict[str, Any] = meetings[0]["points"][0]
    return point


def items(point: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(item["marker"], item["text"]) for item in point["items"]]


# --- the seed page -------------------------------------------------------------------------------------------


def seed_paragraphs() -> list[str]:
    """The seed's seven body paragraphs, from "2月11日," to "…参加会议。"."""
    path = FIXTURES / "seed_text" / "source.txt"
    if not path.exists():
        path = shared("seed", "000_7b185821849bf239.txt")
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    first = next(k for k, line in enumerate(lines) if line.startswith("2月11日,"))
    last = next(k for k, line in enumerate(lines) if line.endswith("参加会议。"))
    return lines[first : last + 1]


SEED_MEETINGS: list[dict[str, Any]] = [
    {
        "name": "2023年全省教育工作会议",
        "date": "2023-02-11",
        "place": "沈阳",
        "organizer": None,
        "host": None,
        "speakers": [
            {
                "name": "王庆东",
                "role": "省教育厅党组书记、厅长兼省委教育工委副书记",
                "text": "省教育厅党组书记、厅长兼省委教育工委副书记王庆东",
            },
        ],
        "attendees": (
            "省教育厅、省委教育工委领导班子成员出席会议,省教育厅及省招考办全体同志,各市教育"
            "局领导班子成员、各科(处)室负责同志、沈抚示范区社会事业局负责同志,各高校领导班"
            "子成员、各部门负责同志参加会议"
        ),
        "points": [
            {
                "cue": "会议指出",
                "speaker": None,
                "text": (
                    "2022年是极不平凡的一年。党的二十大胜利召开,极大鼓舞和激励全党全国各族人民奋"
                    "进新征程、建功新时代。习近平总书记亲临辽宁考察,勉励辽宁在新时代东北振兴上展现更"
                    "大担当和作为,奋力开创振兴发展新局面。一年来,全省教育系统认真做好迎接学习宣传贯"
                    "彻党的二十大各项工作,深入贯彻落实习近平总书记关于教育的重要论述和在辽宁考察时的"
                    "重要讲话精神,在省委、省政府的正确领导下,不断加强党对教育工作的全面领导,全面贯"
                    "彻党的教育方针,落实立德树人根本任务,提升教育公共服务水平,推进职业教育创新发展"
                    "高地建设,提升高等教育内涵发展水平,加强教师队伍建设,推进教育领域综合改革,统筹"
                    "疫情防控和教育改革发展,牢牢守住安全稳定底线,为辽宁振兴发展提供了有力的人才支撑"
                    "和智力支持。"
                ),
                "items": [],
            },
            {
                "cue": "会议要求",
                "speaker": None,
                "text": (
                    "全省教育系统要直面问题,锚定教育全面振兴新突破主攻方向,大干三年,奋斗三年,着力"
                    "推进教育强省建设,加快义务教育优质均衡发展和城乡一体化,强化学前教育、特殊教育普"
                    "惠发展,坚持普通高中阶段学校多样化发展,加快现代职业教育体系建设改革,统筹职业教"
                    "育、高等教育、继续教育协同创新,深入推进“双一流”建设,推动高校分类发展,强化高"
                    "校有组织科研,持续提升教育服务辽宁全面振兴新突破的能力和水平。"
                ),
                "items": [],
            },
            {
                "cue": "会议强调",
                "speaker": None,
                "text": (
                    "2023年是全面贯彻落实党的二十大精神的开局之年,是实施“十四五”规划承上启下的"
                    "关键之年,是辽宁全面振兴新突破三年行动的首战之年,全省教育系统要扭住关键,实现教"
                    "育全面振兴新突破首战告捷。"
                ),
                "items": [
                    {
                        "marker": "一要",
                        "text": (
                            "坚定不移加强党对教育工作的全面领导。坚决做到“两个维护”,深化教育系统党的建设,"
                            "推动全面从严治党向纵深发展,确保教育领域始终成为坚持党的领导的坚强阵地。"
                        ),
                    },
                    {
                        "marker": "二要",
                        "text": (
                            "落实立德树人根本任务。深入推动习近平新时代中国特色社会主义思想和党的二十大精神进"
                            "教材进课堂进头脑,加快推进大中小学思想政治教育一体化建设,进一步加强教材建设和管"
                            "理,强化健康第一的教育理念,加强体育、美育和劳动教育,积极构建政府统筹协调、学校"
                            "积极主导、家庭主动尽责、社会有效支持的协同育人新格局。"
                        ),
                    },
                    {
                        "marker": "三要",
                        "text": (
                            "推动基础教育在公平、质量上取得新突破。义务教育要突出“优质均衡”,学前教育要突出"
                            "“普惠发展”,高中阶段学校要突出“多样化”,持续把“双减”摆在突出位置来抓。"
                        ),
                    },
                    {
                        "marker": "四要",
                        "text": (
                            "推动现代职业教育体系建设取得新突破。优化职业教育类型定位,实施职业学校办学条件达"
                            "标工程,加快推动“双高”建设,深化产教融合、产学合作,培养更多支撑辽宁产业发展的"
                            "高技能人才。"
                        ),
                    },
                    {
                        "marker": "五要",
                        "text": (
                            "推动高等教育内涵发展取得新突破。完成全省首轮“双一流”建设验收考核,启动新一轮“"
                            "双一流”建设,深化本科教学改革和研究生教育改革创新,提高人才培养质量,开展有组织"
                            "科研,推动教育高水平对外开放,加快把科教优势转化为辽宁振兴发展优势。"
                        ),
                    },
                    {
                        "marker": "六要",
                        "text": (
                            "推动教师队伍建设取得新突破。实施师德师风塑造工程,落实师德违规“零容忍”,实施新"
                            "时代基础教育强师计划,推进义务教育学校校长教师交流轮岗,加强职业教育“双师型”教"
                            "师队伍建设,实施高素质专业化创新型高校教师队伍建设工程。"
                        ),
                    },
                    {
                        "marker": "七要",
                        "text": (
                            "推动教育领域综合改革取得新突破。以评价改革牵引教育领域综合改革,加快推进高校分类"
                            "评价改革,启动本科高校教育教学审核评估,深化高考综合改革,稳步推进艺术类招生改革"
                            ",平稳推进中考改革,扎实做好政府履行教育职责评价;加快推动教育数字化建设;全面推"
                            "进依法治教;切实保障教育经费投入。"
                        ),
                    },
                ],
            },
            {
                "cue": "会议要求",
                "speaker": None,
                "text": (
                    "全省教育系统要发扬拼抢争实作风,旗帜鲜明讲政治,切实提高执行力,努力炼就真本领,"
                    "不断激发精气神,以绝对忠诚的政治自觉、知重负重的优良作风、善作善成的过硬本领、攻"
                    "坚破难的斗争精神,展现新气象、新担当、新作为,只争朝夕、埋头苦干,奋力实现辽宁教"
                    "育全面振兴新突破三年行动首战告捷。"
                ),
                "items": [],
            },
            {
                "cue": "会上",
                "speaker": None,
                "text": (
                    "中国医科大学、大连理工大学、沈阳城市学院、辽宁省交通高等专科学校、沈阳市教育局、"
                    "大连市教育局、葫芦岛市教育局、抚顺市顺城区先后作了交流发言。"
                ),
                "items": [],
            },
        ],
    },
]


def test_seed_meeting_is_extracted_exactly() -> None:
    paragraphs = seed_paragraphs()
    assert len(paragraphs) == 7
    assert check(paragraphs, title="2023年辽宁省教育工作会议召开", published_at="2023-02-12T09:31:07+08:00") == (
        SEED_MEETINGS
    )


def test_seed_year_comes_from_the_title_without_a_publish_date() -> None:
    meetings = check(seed_paragraphs(), title="2023年辽宁省教育工作会议召开:坚定教育高质量发展信心决心")
    assert meetings[0]["date"] == "2023-02-11"


def test_seed_date_is_null_without_any_year() -> None:
    assert check(seed_paragraphs())[0]["date"] is None


# --- cues ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "verb", ["指出", "强调", "要求", "认为", "提出", "决定", "号召", "部署", "研究确定", "表决通过了", "通过了"]
)
def test_each_meeting_cue_verb_opens_a_point(verb: str) -> None:
    point = only_point([f"会议{verb}，全市上下要把各项工作抓紧抓实。"])
    assert point["cue"] == f"会议{verb}"
    assert point["text"] == "全市上下要把各项工作抓紧抓实。"
    assert point["speaker"] is None


@pytest.mark.parametrize("verb", ["听取了", "审议了", "研究了"])
def test_procedure_is_not_a_point(verb: str) -> None:
    # What a meeting went through (heard a report, deliberated a bill) is not what it said or decided.
    assert check([f"会议{verb}市政府关于防汛工作的汇报。"]) == []


@pytest.mark.parametrize("noun", ["常务会议", "全会", "座谈会", "专题会", "党组会议", "此次会议", "党的二十届三中全会"])
def test_other_meeting_nouns_open_points(noun: str) -> None:
    assert only_point([f"{noun}强调，要坚持稳中求进工作总基调。"])["cue"] == f"{noun}强调"


def test_adverbs_and_le_stay_in_the_cue() -> None:
    meetings = check(["会议还强调，要守牢安全底线。会议一致认为，方案切实可行。", "会议审议通过了《市级预算调整方案》。"])
    cues = [(p["cue"], p["text"]) for p in meetings[0]["points"]]
    assert cues == [
        ("会议还强调", "要守牢安全底线。"),
        ("会议一致认为", "方案切实可行。"),
        ("会议审议通过了", "《市级预算调整方案》。"),
    ]


def test_huishang_opens_a_point_and_keeps_its_comma_out_of_the_text() -> None:
    # Speeches in turn are the guests' statements (the seed's 先后作了交流发言).
    point = only_point(["会上，5个单位先后作了交流发言。"])
    assert (point["cue"], point["text"]) == ("会上", "5个单位先后作了交流发言。")


def test_huishang_before_a_programme_item_is_procedure() -> None:
    # 作交流发言 / 作典型发言 with no speeches in turn is an item of the programme, as the written gold reads it
    # (its second reading of w107 and w116), and so is a release at a forum (发布了).
    assert check(["会上，5个单位作了交流发言。"]) == []
    assert check(["会议指出，要抓落实。会上，江州市、青川市作典型发言。"])[0]["points"][-1]["cue"] == "会议指出"
    assert check(["论坛上，发布了《数字经济发展指数报告》。"]) == []


def test_tongguo_as_by_means_of_is_not_a_cue() -> None:
    # The meeting is reported (its one sentence convenes it), but 通过 as "by means of" opens no point.
    assert [m["points"] for m in check(["会议通过视频形式召开，各区设分会场。"])] == [[]]


def test_speech_cue_names_the_speaker() -> None:
    # A speech names no meeting by itself (a speech during a visit is no meeting report): the headline does.
    point = only_point(["市委书记刘洋在讲话中强调，要以钉钉子精神抓好落实。"], title="全市作风建设大会召开")
    assert point["cue"] == "市委书记刘洋在讲话中强调"
    assert point["speaker"] == "刘洋"
    assert point["text"] == "要以钉钉子精神抓好落实。"


def test_speech_cue_after_a_date_lead_in_also_names_the_meeting() -> None:
    meetings = check(["9月20日，省委书记王建国在全省乡村振兴工作会议上强调，要扎实推进乡村全面振兴。"],
                     published_at="2024-09-21T08:00:00+08:00")
    assert meetings[0]["name"] == "全省乡村振兴工作会议"
    assert meetings[0]["date"] == "2024-09-20"
    assert meetings[0]["points"][0]["speaker"] == "王建国"
    assert meetings[0]["speakers"] == [{"name": "王建国", "role": "省委书记", "text": "省委书记王建国"}]


def test_known_speaker_and_pronoun_open_points() -> None:
    meetings = check([
        "3月2日，全县干部大会召开。县委书记高峰出席会议并讲话。",
        "高峰强调，要把心思集中到干事创业上。",
        "他指出，作风建设永远在路上。",
    ])
    points = meetings[0]["points"]
    assert [(p["cue"], p["speaker"]) for p in points] == [("高峰强调", "高峰"), ("他指出", "高峰")]


def test_an_unknown_name_or_a_pronoun_alone_is_not_a_cue() -> None:
    assert check(["高峰强调，要把心思集中到干事创业上。", "他指出，作风建设永远在路上。"]) == []


def test_cue_inside_quotes_is_ignored() -> None:
    assert check(["他回忆说：“会议指出，要敢为人先。”这句话他记了很多年。"]) == []


def test_two_cues_in_one_paragraph_make_two_points() -> None:
    meetings = check(["会议指出，成绩来之不易。会议要求，各地要再接再厉。"])
    assert [(p["cue"], p["text"]) for p in meetings[0]["points"]] == [
        ("会议指出", "成绩来之不易。"),
        ("会议要求", "各地要再接再厉。"),
    ]


# --- enumerations ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("一要抓党建；二要抓发展；三要抓民生。", [("一要", "抓党建"), ("二要", "抓发展"), ("三要", "抓民生。")]),
        ("一是抓党建，二是抓发展，三是抓民生。", [("一是", "抓党建"), ("二是", "抓发展"), ("三是", "抓民生。")]),
        ("第一，抓党建。第二，抓发展。", [("第一", "抓党建。"), ("第二", "抓发展。")]),
        ("（一）抓党建。（二）抓发展。", [("（一）", "抓党建。"), ("（二）", "抓发展。")]),
        ("1.抓党建；2.抓发展；3.抓民生。", [("1.", "抓党建"), ("2.", "抓发展"), ("3.", "抓民生。")]),
        ("1、抓党建；2、抓发展。", [("1、", "抓党建"), ("2、", "抓发展。")]),
        ("（1）抓党建；（2）抓发展。", [("（1）", "抓党建"), ("（2）", "抓发展。")]),
        ("①抓党建；②抓发展。", [("①", "抓党建"), ("②", "抓发展。")]),
        (
            "首先要抓党建，其次要抓发展，最后要抓民生。",
            [("首先", "要抓党建"), ("其次", "要抓发展"), ("最后", "要抓民生。")],
        ),
    ],
)
def test_inline_enumeration_families(body: str, expected: list[tuple[str, str]]) -> None:
    point = only_point([f"会议要求，今年要重点做好三件事：{body}"])
    assert point["text"] == "今年要重点做好三件事："
    assert items(point) == expected


def test_eleventh_and_later_items_use_compound_numerals() -> None:
    body = "".join(f"{n}是事项{k}。" for k, n in enumerate("一二三四五六七八九十", 1)) + "十一是事项11。十二是事项12。"
    point = only_point([f"会议强调，{body}"])
    assert [m for m, _ in items(point)][-3:] == ["十是", "十一是", "十二是"]
    assert items(point)[-1] == ("十二是", "事项12。")


def test_items_one_per_paragraph_belong_to_the_cue_before_them() -> None:
    meetings = check([
        "会议强调，要抓好春季安全生产工作。",
        "一是压实安全责任。各区要落实属地责任。",
        "二是开展隐患排查。",
        "三是加强应急值守。",
        "会议还要求，各区做好节日值班值守。",
    ])
    first, second = meetings[0]["points"]
    assert first["text"] == "要抓好春季安全生产工作。"
    assert items(first) == [("一是", "压实安全责任。各区要落实属地责任。"), ("二是", "开展隐患排查。"), ("三是", "加强应急值守。")]
    assert (second["cue"], second["items"]) == ("会议还要求", [])


def test_items_continue_from_the_cue_paragraph_into_the_next() -> None:
    point = only_point(["会议要求，一是稳增长。二是保民生。", "三是防风险。"])
    assert point["text"] is None
    assert items(point) == [("一是", "稳增长。"), ("二是", "保民生。"), ("三是", "防风险。")]


def test_heading_items_take_their_body_paragraphs() -> None:
    point = only_point([
        "会议要求，全厅要重点抓好以下工作：",
        "（一）坚持政治引领",
        "深入学习贯彻党的二十大精神。",
        "持续巩固主题教育成果。",
        "（二）加强预算管理",
        "严格执行人大批准的预算。",
        "严控一般性支出。",
        "厅党组成员出席会议。",
    ])
    assert items(point) == [
        ("（一）", "坚持政治引领\n深入学习贯彻党的二十大精神。\n持续巩固主题教育成果。"),
        ("（二）", "加强预算管理\n严格执行人大批准的预算。\n严控一般性支出。"),
    ]


def test_a_paragraph_without_the_next_marker_ends_the_point() -> None:
    meetings = check(["会议指出，一是A，二是B。", "三要做好C。", "本报记者 王芳"])
    assert items(meetings[0]["points"][0]) == [("一是", "A"), ("二是", "B。")]


def test_nested_numbers_of_another_family_are_flattened_in_text_order() -> None:
    # The gold reads an enumeration nested in another's item as items too, in text order (its README: t151, and
    # the written set's （一）…一是…二是…（二）…).
    point = only_point(["会议强调，一要坚持稳字当头，一是稳就业，二是稳物价。二要坚持进中求好。"])
    assert items(point) == [
        ("一要", "坚持稳字当头"), ("一是", "稳就业"), ("二是", "稳物价。"), ("二要", "坚持进中求好。"),
    ]


def test_markers_inside_quotation_marks_are_ignored() -> None:
    point = only_point(["会议要求，要落实“一是讲政治，二是守规矩”的要求，一要守底线，二要抓落实。"])
    assert point["text"] == "要落实“一是讲政治，二是守规矩”的要求"
    assert items(point) == [("一要", "守底线"), ("二要", "抓落实。")]


@pytest.mark.parametrize(
    "body",
    [
        "一是稳增长。三是防风险。",  # out of sequence
        "二是稳增长。三是防风险。",  # not starting at one
        "一是稳增长。二要防风险。",  # mixed families
        "一是稳增长。",  # one marker is not an enumeration
        "这是第一次，也是第二次。",  # 第一 without a separator is an ordinal, not a marker
        "增长1.5倍，2.3亿元投入到位。",  # decimals are not markers
    ],
)
def test_no_items_without_a_consistent_sequence(body: str) -> None:
    point = only_point([f"会议指出，{body}"])
    assert point["items"] == []
    assert point["text"] == body


# --- opening sentence: name, date, place -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "name", "date", "place", "organizer"),
    [
        ("2月11日,2023年全省教育工作会议在沈阳召开。", "2023年全省教育工作会议", "2024-02-11", "沈阳", None),
        ("2023年12月28日，全市经济工作会议在市委礼堂隆重召开。", "全市经济工作会议", "2023-12-28", "市委礼堂", None),
        ("中共某某市第十二届委员会第五次全体会议于3月5日在市会议中心举行。",
         "中共某某市第十二届委员会第五次全体会议", "2024-03-05", "市会议中心", None),
        ("3月6日，市政府召开第25次常务会议，研究部署近期重点工作。", "第25次常务会议", "2024-03-06", None, "市政府"),
        ("近日，省财政厅党组召开会议，传达学习全国两会精神。", None, None, None, "省财政厅党组"),
    ],
)
def test_opening_sentence_gives_name_date_place(
    opening: str, name: str | None, date: str | None, place: str | None, organizer: str | None
) -> None:
    meetings = check([opening, "会议指出，各项工作取得新进展。"], published_at="2024-03-20T10:00:00+08:00")
    got = meetings[0]
    assert (got["name"], got["date"], got["place"], got["organizer"]) == (name, date, place, organizer)


def test_a_day_later_than_the_publish_date_is_last_year() -> None:
    meetings = check(["12月30日，全区工作会议召开。会议要求，抓好岁末年初工作。"],
                     published_at="2024-01-02T09:00:00+08:00")
    assert meetings[0]["date"] == "2023-12-30"


def test_relative_day_counts_from_the_publish_date() -> None:
    meetings = check(["昨天，市人大常委会召开第十二次会议。会议要求，抓好城市管理工作。"],
                     published_at="2024-06-01T08:00:00+08:00")
    assert (meetings[0]["name"], meetings[0]["date"], meetings[0]["organizer"]) == (
        "第十二次会议", "2024-05-31", "市人大常委会"
    )


def test_name_falls_back_to_the_title_and_is_null_without_one() -> None:
    body = ["会议强调，要全力以赴抓好防汛工作。"]
    assert check(body, title="市防汛抗旱指挥部召开防汛专题会议")[0]["name"] == "防汛专题会议"
    assert check(body)[0]["name"] is None
    assert check(body)[0]["date"] is None


# --- people ----------------------------------------------------------------------------------------------------


def test_host_speakers_and_attendees() -> None:
    meetings = check([
        "5月8日上午，全市民营企业座谈会在市行政中心召开。市委书记赵刚出席座谈会并讲话，市长孙丽主持。",
        "座谈会指出，民营经济是推动发展的重要力量。",
        "市领导钱进、吴敏，各县区主要负责同志参加会议。",
    ])
    got = meetings[0]
    assert got["host"] == {"name": "孙丽", "role": "市长", "text": "市长孙丽"}
    assert got["speakers"] == [{"name": "赵刚", "role": "市委书记", "text": "市委书记赵刚"}]
    assert got["attendees"] == "市领导钱进、吴敏，各县区主要负责同志参加会议"


def test_role_with_several_titles_is_kept_whole() -> None:
    meetings = check(["省教育厅党组书记、厅长兼省委教育工委副书记王庆东出席会议并讲话。", "会议指出，成绩显著。"])
    assert meetings[0]["speakers"][0]["role"] == "省教育厅党组书记、厅长兼省委教育工委副书记"


def test_host_of_zhuchi_zhaokai_and_huiyi_you() -> None:
    first = check(["省长陈明主持召开省政府常务会议。会议指出，形势总体向好。"])[0]
    second = check(["会议由市委副书记、市长林涛主持。会议要求，狠抓落实。"])[0]
    assert first["host"] == {"name": "陈明", "role": "省长", "text": "省长陈明"}
    assert first["name"] == "省政府常务会议"
    assert second["host"] == {"name": "林涛", "role": "市委副书记、市长", "text": "市委副书记、市长林涛"}


# --- several meetings, none --------------------------------------------------------------------------------------


def test_two_meetings_on_one_page() -> None:
    meetings = check([
        "3月5日上午，市委常委会召开会议。会议指出，要抓好一季度经济工作。",
        "当天下午，市政府召开第8次常务会议。",
        "会议要求，一是抓项目，二是稳就业。",
    ], published_at="2024-03-06T08:00:00+08:00")
    # The standing committee convenes the bare 会议: its organizer, and no name (the gold's convention).
    assert [(m["name"], m["organizer"], m["date"], len(m["points"])) for m in meetings] == [
        (None, "市委常委会", "2024-03-05", 1),
        ("第8次常务会议", "市政府", "2024-03-05", 1),
    ]
    assert items(meetings[1]["points"][0]) == [("一是", "抓项目"), ("二是", "稳就业。")]


def test_article_that_mentions_meetings_without_cues_gives_nothing() -> None:
    assert check([
        "近日，某公司在国际会议中心召开新品发布会，现场人气火爆。",
        "专家指出，一是市场前景广阔，二是技术门槛较高。",
        "报道称，会议室里座无虚席，会议期间签约金额超过10亿元。",
    ]) == []


@pytest.mark.parametrize("paragraphs", [[], [""], ["   "], ["会议"], ["一是二是三是"]])
def test_empty_or_cueless_input_gives_no_meeting(paragraphs: list[str]) -> None:
    assert check(paragraphs) == []


@pytest.mark.parametrize("paragraphs", [["会议指出"], ["会议指出，"]])
def test_a_bare_cue_gives_one_point_without_text(paragraphs: list[str]) -> None:
    (meeting,) = check(paragraphs)
    assert meeting["points"] == [{"cue": "会议指出", "speaker": None, "text": None, "items": []}]
    assert {k: v for k, v in meeting.items() if k != "points"} == {
        "name": None, "date": None, "place": None, "organizer": None, "host": None, "speakers": [], "attendees": None,
    }


# --- robustness ------------------------------------------------------------------------------------------------


def test_a_million_repeated_markers_finish_with_one_point() -> None:
    from scraper.meetings.report import MAX_CHARS

    point = only_point(["会议指出，" + "一是" * 1_000_000])
    assert point["items"] == []
    # The point runs to the end of what the stage reads (docs/security.md: the first MAX_CHARS characters).
    assert point["text"] is not None and len(point["text"]) == MAX_CHARS - len("会议指出，")
    assert set(point["text"]) == {"一", "是"}


def test_long_punctuation_runs_finish() -> None:
    # 190,000 characters in all: inside what the stage reads (report.MAX_CHARS), so every run is scanned.
    meetings = check(["。" * 50_000, "会议强调，" + "，。；：“”（）" * 10_000, "一是，" * 20_000])
    assert len(meetings) == 1
    assert meetings[0]["points"][0]["items"] == []


def test_many_items_across_many_paragraphs() -> None:
    paragraphs = ["会议要求："] + [f"{n}.做好第{n}项工作。" for n in range(1, 1000)]
    point = only_point(paragraphs)
    assert len(point["items"]) == 999
    assert point["items"][-1] == {"marker": "999.", "text": "做好第999项工作。"}


_ALPHABET = st.sampled_from(list("会议指出强调要求一二三是要第（）()1.、，,。；：“”\"在讲话中上召开月日2王省长出席并主持 \n"))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(_ALPHABET, max_size=60), max_size=6), st.one_of(st.none(), st.text(max_size=20)))
def test_never_raises_and_never_invents(paragraphs: list[str], title: str | None) -> None:
    check(paragraphs, title=title, published_at="2024-02-29T10:00:00+08:00")


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(max_size=80), max_size=4))
def test_never_raises_on_any_text(paragraphs: list[str]) -> None:
    check(paragraphs)


# Detection asks for the meeting in the lead; cues found on the build half of the real texts (issue 14).


def test_a_meeting_named_only_far_down_a_feature_is_a_mention() -> None:
    lead = "村民们等了八年，安置房却被卖掉了。" * 12
    assert check([lead + "2007年7月4日，市政府第16次市长办公会议决定，只搬迁一个生产队。"]) == []
    # The same decision as the report's lead is a meeting.
    assert check(["2007年7月4日，市政府第16次市长办公会议决定，只搬迁一个生产队。" + lead])


def test_a_speech_at_a_meeting_that_qualifies_a_noun_opens_no_meeting() -> None:
    text = ["市长今天上午在青年创业者座谈会上的讲话引起热烈反响。大家一致表示，将用更饱满的热情去创业。"]
    assert check(text) == []


def test_a_press_conference_is_no_place_cue() -> None:
    assert check(["在当天的新闻发布会上，市政府宣称，截至目前已搬迁八百户。"]) == []


def test_a_bare_verb_after_its_subjects_first_clause_is_his_cue() -> None:
    meetings = check(["全市防汛工作会议今天召开。市长张国强肯定了前一阶段的工作，强调要压实防汛责任。"])
    point = meetings[0]["points"][0]
    assert point["cue"] == "市长张国强肯定了前一阶段的工作，强调"
    assert point["speaker"] == "张国强"
    assert point["text"] == "要压实防汛责任。"


def test_a_group_named_by_what_its_members_are_speaks() -> None:
    meetings = check(["第五届企业家大会今天在京开幕。与会沿河企业家代表表示，本市经济增长带来机遇。"])
    assert [p["cue"] for p in meetings[0]["points"]] == ["与会沿河企业家代表表示"]


def test_a_side_stating_a_proposal_is_an_object_cue() -> None:
    meetings = check(["亚洲文明对话大会今天在京开幕。中方提出三点建议：一是建立对话机制；二是拓展对话平台。"])
    point = meetings[0]["points"][0]
    assert point["cue"] == "中方提出三点建议"
    assert [item["marker"] for item in point["items"]] == ["一是", "二是"]


def test_chuanda_xuexi_reports_procedure_not_a_point() -> None:
    meetings = check(["市政府召开常务会议。会议传达学习了全省电视电话会议精神。会议强调，要抓好安全生产。"])
    assert [p["cue"] for p in meetings[0]["points"]] == ["会议强调"]


# Enumerations as speakers print them, and a report printed twice (issue 14, fourth round).


def _items(meetings: list[dict[str, Any]]) -> list[tuple[str, str | None]]:
    return [(item["marker"], item["text"]) for point in meetings[0]["points"] for item in point["items"]]


def test_a_sequence_nested_in_an_item_of_its_own_family_is_flattened_in_text_order() -> None:
    meetings = check([
        "全省金融工作会议今天召开。省长王明在讲话中指出，要把握好几点。第一，认识金融的特点，第一是流动性，"
        "第二是风险性，第三是外部性。第二，守住底线。第三，服务实体。"
    ])
    assert [marker for marker, _ in _items(meetings)] == ["第一", "第一是", "第二是", "第三是", "第二", "第三"]
    # Each item runs to the next marker in text order; the outer 第二 is not taken for the inner 第二是's next.
    assert _items(meetings)[0] == ("第一", "认识金融的特点")
    assert _items(meetings)[-1] == ("第三", "服务实体。")


def test_a_sequence_restarted_in_the_same_point_gives_both_runs_of_items() -> None:
    meetings = check([
        "市政府召开常务会议。会议确定，一是扩大有效投资，二是稳定就业。同时，一是加强监管，二是压实责任。"
    ])
    assert [marker for marker, _ in _items(meetings)] == ["一是", "二是", "一是", "二是"]


def test_a_lone_first_marker_or_a_number_that_follows_nothing_is_no_item() -> None:
    meetings = check(["市政府召开常务会议。会议强调，首先，我代表市政府致谢。一是抓项目，三是稳就业。"])
    assert _items(meetings) == []


def test_dash_bullets_after_a_colon_or_a_stop_are_items() -> None:
    meetings = check(["市政府召开常务会议。会议提出以下方面：——推动产业升级。——推动绿色发展。——推动开放合作。"])
    assert _items(meetings) == [("——", "推动产业升级。"), ("——", "推动绿色发展。"), ("——", "推动开放合作。")]


def test_dash_bullets_in_their_own_paragraphs_carry_the_point_on() -> None:
    meetings = check(["市政府召开常务会议。会议提出以下方面：", "——推动产业升级。", "——推动绿色发展。", "会后，与会人员参观了展览。"])
    assert _items(meetings) == [("——", "推动产业升级。"), ("——", "推动绿色发展。")]


def test_a_single_dash_is_no_enumeration() -> None:
    meetings = check(["市政府召开常务会议。会议强调，要压实责任。——这是全市的共识。"])
    assert _items(meetings) == []


def test_a_report_printed_twice_on_one_line_gives_one_meeting_with_its_points_once() -> None:
    copy = (
        "全市防汛工作会议召开　　6月1日，全市防汛工作会议在市政府召开。会议强调，要做好以下工作：——压实防汛责任。"
        "——排查风险隐患。市长李明在讲话中指出，汛期将至，时间紧迫。"
    )
    meetings = check([copy + copy])
    assert len(meetings) == 1
    assert [p["cue"] for p in meetings[0]["points"]] == ["会议强调", "市长李明在讲话中指出"]
    assert _items(meetings) == [("——", "压实防汛责任。"), ("——", "排查风险隐患。")]


def test_the_same_meeting_named_on_two_days_stays_two_meetings() -> None:
    meetings = check([
        "6月1日，全市防汛工作会议在市政府召开。会议强调，要压实防汛责任。",
        "6月8日，全市防汛工作会议在市政府召开。会议要求，各区完成隐患排查。",
    ], published_at="2024-06-09")
    assert [(m["date"], [p["cue"] for p in m["points"]]) for m in meetings] == [
        ("2024-06-01", ["会议强调"]), ("2024-06-08", ["会议要求"])
    ]


def test_a_general_debate_of_an_assembly_is_a_meeting_attended() -> None:
    meetings = check([
        "会长王明28日在日内瓦出席第15届国际湿地保护联盟大会一般性辩论并发表重要讲话。王明强调，保护与发展是共同目标。"
    ])
    assert meetings[0]["name"] == "第15届国际湿地保护联盟大会一般性辩论"
    assert [p["cue"] for p in meetings[0]["points"]] == ["王明强调"]


def test_a_bare_verb_after_a_lead_in_ending_in_a_colon_is_the_subjects_cue() -> None:
    meetings = check([
        "本台消息：国家主席王明4日出席第五届企业家大会闭幕式并发表重要讲话，强调要分享发展经验。"
    ])
    point = meetings[0]["points"][0]
    assert point["cue"] == "国家主席王明4日出席第五届企业家大会闭幕式并发表重要讲话，强调"
    assert (point["speaker"], point["text"]) == ("王明", "要分享发展经验。")


def test_two_speakers_joined_by_he_one_with_a_two_character_transliterated_name_after_a_title() -> None:
    meetings = check(["第五届企业家大会今天在京开幕。南非总统图萨和邻国总统卡伦巴表示，合作取得显著成效。"])
    point = meetings[0]["points"][0]
    assert point["cue"] == "南非总统图萨和邻国总统卡伦巴表示"
    assert [s["name"] for s in meetings[0]["speakers"]] == ["图萨", "卡伦巴"]


def test_a_two_character_foreign_word_without_a_title_is_no_name() -> None:
    # No title before it: two characters of transliteration are too common in words to be taken for a name. The
    # meeting opened in the lead is reported, with no point read.
    meetings = check(["第五届企业家大会今天在京开幕。图萨表示，合作取得显著成效。"])
    assert [(m["name"], m["points"], m["speakers"]) for m in meetings] == [("第五届企业家大会", [], [])]


def test_an_attendance_sentence_that_names_another_meeting_opens_none() -> None:
    meetings = check([
        "第五届企业家大会4日在萨兰托开幕。会议强调，要深化合作。",
        "出席合作论坛峰会的各国领导人及400余名企业家代表出席大会。",
        "会议要求，要落实成果。",
    ])
    assert [(m["name"], len(m["points"])) for m in meetings] == [("第五届企业家大会", 2)]


@pytest.mark.parametrize(
    "sentence", ["今年第一、二季度增长较快，第二、三季度回落。", "一、二等奖空缺，二、三等奖颁出。", "会上，1、2月数据公布，2、3月回升。"]
)
def test_numbers_listed_together_are_no_markers(sentence: str) -> None:
    meetings = check(["市政府召开常务会议。会议指出，" + sentence])
    assert _items(meetings) == []


def test_markers_with_a_pause_mark_still_enumerate() -> None:
    meetings = check(["市政府召开常务会议。会议指出，第一、要抓项目，第二、要稳就业。"])
    assert _items(meetings) == [("第一", "要抓项目"), ("第二", "要稳就业。")]


def test_attending_this_summit_refers_back_and_opens_no_meeting() -> None:
    assert check(["本市作为沿河城市代表之一，参加这次峰会。市长王明表示，本市将发挥建设性作用。"]) == []
    # The summit named: attending it opens the meeting.
    assert check(["本市作为沿河城市代表之一，参加长河流域城市峰会。市长王明表示，本市将发挥建设性作用。"])


def test_a_single_surname_starts_no_four_character_name() -> None:
    meetings = check(["全市防汛工作会议今天召开。会议指出，汛期将至，包括城区在内都认为要提前准备。"])
    assert [p["cue"] for p in meetings[0]["points"]] == ["会议指出"]


def test_a_compound_surname_or_two_surnames_start_a_four_character_name() -> None:
    meetings = check(["全市防汛工作会议今天召开。欧阳明远在会上表示，要提前准备；陈林秀英在会上指出，要压实责任。"])
    assert [p["speaker"] for p in meetings[0]["points"]] == ["欧阳明远", "陈林秀英"]


def test_fu_is_a_surname() -> None:
    meetings = check(["全市防汛工作会议今天召开。傅明在会上表示，要提前准备。"])
    assert [p["speaker"] for p in meetings[0]["points"]] == ["傅明"]


@pytest.mark.parametrize("verb", ["审议并原则通过了", "讨论通过了", "审议并批准了"])
def test_a_decision_after_deliberation_is_a_point(verb: str) -> None:
    meetings = check([f"市长王明主持召开市政府常务会议。会议{verb}《条例（草案）》。"])
    assert [(p["cue"], p["text"]) for p in meetings[0]["points"]] == [(f"会议{verb}", "《条例（草案）》。")]


def test_a_meeting_opened_inside_a_speakers_statement_is_one_he_mentions() -> None:
    text = [
        "市长王明7日在市政府与友城市长举行会谈。王明强调，不久前，我方成功举办第三届长河流域发展论坛。",
        "王明指出，双方要加强交流。",
    ]
    assert check(text) == []
    # Opened before the statement, the same sentence reports the forum.
    assert check(["王明出席第三届长河流域发展论坛并强调，双方要加强交流。"])


def test_a_speech_set_at_a_huijian_names_no_meeting() -> None:
    text = ["国家主席王明3日会见第二届国际会议外方代表，并就合作前景发表看法，强调中国愿同各国加强交流。"]
    assert check(text) == []


def test_a_meeting_noun_that_qualifies_the_people_sets_no_speech() -> None:
    text = ["国家主席王明3日同外方代表交流。王明肯定出席会议的外方代表作出积极贡献，指出各国要加强交流。"]
    assert check(text) == []


def test_a_speaker_after_a_place_lead_in_owns_the_point() -> None:
    meetings = check(["全市经济形势座谈会今天召开。在座谈会上，市长王明指出，经济正处在回升的关键时期。"])
    point = meetings[0]["points"][0]
    assert (point["cue"], point["speaker"], point["text"]) == ("市长王明指出", "王明", "经济正处在回升的关键时期。")


def test_a_place_cue_before_guests_speaking_stays_a_place_cue() -> None:
    meetings = check(["全市经济形势座谈会今天召开。座谈会上，十位企业家代表先后发言。"])
    assert [p["cue"] for p in meetings[0]["points"]] == ["座谈会上"]


def test_a_pronoun_after_its_subjects_first_clause_speaks_for_her() -> None:
    meetings = check(["全市互联网大会今天闭幕。会长李红在致辞中回顾了十五年的发展，她说，互联网改变了生活。"])
    point = meetings[0]["points"][0]
    assert (point["cue"], point["text"]) == ("她说", "互联网改变了生活。")


def test_a_bare_verb_after_a_clause_that_ends_in_a_speech_is_the_speakers() -> None:
    meetings = check(["培训班今天在青河举行结业座谈会，市政协主席王明出席并讲话，强调要突出重点。"])
    point = meetings[0]["points"][0]
    assert (point["cue"], point["speaker"]) == ("市政协主席王明出席并讲话，强调", "王明")


def test_yaoqiu_takes_its_object_without_a_comma() -> None:
    meetings = check(["培训班今天在青河举行结业座谈会。王明要求各区把工作部署落到实处。"])
    assert [(p["cue"], p["text"]) for p in meetings[0]["points"]] == [("王明要求", "各区把工作部署落到实处。")]


def test_leaders_speak_as_a_group_with_a_setting() -> None:
    meetings = check([
        "市长王明17日晚在青河主持流域城市防汛合作特别峰会并发表主旨讲话。王明强调，要团结防汛。",
        "各市市长在发言中纷纷表示，峰会具有特殊重要意义。市长们呼吁各方加强合作。",
    ])
    assert meetings[0]["name"] == "流域城市防汛合作特别峰会"
    assert [p["cue"] for p in meetings[0]["points"]] == ["王明强调", "各市市长在发言中纷纷表示", "市长们呼吁"]


def test_a_meeting_held_inside_a_statement_names_no_meeting() -> None:
    meetings = check([
        "市长王明17日晚主持流域城市防汛合作特别峰会并发表主旨讲话。",
        "王明在讲话中强调，我们举行这次流域城市特别峰会，共商团结防汛大计。",
    ])
    assert [m["name"] for m in meetings] == ["流域城市防汛合作特别峰会"]


def test_chairing_a_meeting_called_elsewhere_opens_none() -> None:
    meetings = check(["省长王明主持召开省政府常务会议。会议强调，要抓好安全生产。"])
    assert (meetings[0]["name"], meetings[0]["host"]["name"]) == ("省政府常务会议", "王明")


def test_a_document_someone_acts_on_is_no_cue() -> None:
    meetings = check(["流域城市特别视频峰会今天举行。王明指出，要守护水质。各方应该将流域理事会有关决议要求切实落到实处。"])
    assert [p["cue"] for p in meetings[0]["points"]] == ["王明指出"]


def test_a_document_without_a_meeting_noun_names_no_meeting() -> None:
    assert check(["市第九次党代会报告指出，要加快建设滨江生态新城。本市推动一批重点项目落地。"]) == []
    assert check(["全会公报指出，要加快建设滨江生态新城。"])


def test_a_group_voicing_an_attitude_states_with_its_next_speech_verb() -> None:
    meetings = check([
        "金砖国家领导人特别视频峰会今天举行。与会领导人对地区局势表示严重关切，谴责一切暴力行为，强调必须保护平民。"
    ])
    point = meetings[0]["points"][0]
    assert (point["cue"], point["text"]) == (
        "与会领导人对地区局势表示严重关切，谴责一切暴力行为，强调", "必须保护平民。"
    )


def test_instructions_given_set_the_speech_verb_after_them() -> None:
    meetings = check(["全国安全生产电视电话会议今天召开。总理王明对安全生产工作作出重要指示强调，要抓好落实。"])
    assert [p["cue"] for p in meetings[0]["points"]] == ["总理王明对安全生产工作作出重要指示强调"]


def test_a_pronoun_opening_a_sentence_speaks_for_the_person_the_sentence_before_starts_with() -> None:
    meetings = check(["全国安全生产电视电话会议今天召开。王小明代表国务院讲话。他说，要抓好落实。"])
    point = meetings[0]["points"][0]
    assert (point["cue"], point["speaker"], point["text"]) == ("他说", "王小明", "要抓好落实。")


def test_a_pronoun_with_no_person_before_it_speaks_for_nobody() -> None:
    assert [m["points"] for m in check(["全国安全生产电视电话会议今天召开。各地代表参加。他说，要抓好落实。"])] == [[]]


def test_a_qualified_object_after_tichu_is_an_object_cue() -> None:
    meetings = check(["全国安全生产电视电话会议今天召开。王明对下一步工作提出明确要求：一是压实责任，二是排查隐患。"])
    point = meetings[0]["points"][0]
    assert point["cue"] == "王明对下一步工作提出明确要求"
    assert [item["marker"] for item in point["items"]] == ["一是", "二是"]


@pytest.mark.parametrize("verb", ["强调指出", "深刻指出", "明确指出", "郑重表示", "反复强调", "语重心长地说"])
def test_a_speaker_may_qualify_the_speech_verb(verb: str) -> None:
    meetings = check([f"全国政协常委会会议在京召开。王小明{verb}，要抓好落实。"])
    assert [(p["cue"], p["speaker"]) for p in meetings[0]["points"]] == [(f"王小明{verb}", "王小明")]


@pytest.mark.parametrize("group", ["常委们", "与会人员", "与会青年", "各位委员"])
def test_people_at_the_meeting_speak_as_a_group(group: str) -> None:
    meetings = check([f"全国政协常委会会议在京召开。{group}认为，要抓好落实。"])
    assert [p["cue"] for p in meetings[0]["points"]] == [f"{group}认为"]


@pytest.mark.parametrize(
    "sentence",
    ["会议认真分析了当前形势，认为", "会议听取了汇报，强调", "会议就下一步工作作出部署，要求", "会议在充分肯定成绩的同时指出"],
)
def test_the_meeting_may_act_before_it_states(sentence: str) -> None:
    meetings = check([f"全国政协常委会会议在京召开。{sentence}，各地要抓好落实。"])
    assert [(p["cue"], p["text"]) for p in meetings[0]["points"]] == [(sentence, "各地要抓好落实。")]


@pytest.mark.parametrize(
    "sentence",
    [
        "会议期间，代表们参观了展览，认为",  # a time, not the meeting acting
        "会议对五家党组的工作给予充分肯定，同意",  # a judgement of others' work
        "希望论坛为两国青年提供平台，也希望",  # a verb before the noun
    ],
)
def test_a_meeting_noun_that_does_not_act_gives_no_bare_verb_cue(sentence: str) -> None:
    meetings = check([f"全国政协常委会会议在京召开。会议指出，要团结奋斗。{sentence}各地抓好落实。"])
    assert [p["cue"] for p in meetings[0]["points"]] == ["会议指出"]


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        ("全国宣传部长会议日前在京召开。", "全国宣传部长会议"),
        ("第三届中阿博览会开幕式暨中阿经贸论坛今天在银川举行。", "第三届中阿博览会开幕式暨中阿经贸论坛"),
        ("国家主席王小明今天出席中国科学院第十九次院士大会开幕会并发表重要讲话。", "中国科学院第十九次院士大会"),
        ("中国共产党第十九届中央委员会第四次全体会议，于2019年10月28日至31日在北京举行。", "中国共产党第十九届中央委员会第四次全体会议"),
        ("二十国集团领导人第十一次峰会今天在杭州落下帷幕。", "二十国集团领导人第十一次峰会"),
        ("中央经济工作会议12月8日至10日在北京举行。", "中央经济工作会议"),
    ],
)
def test_openings_as_broadcasts_print_them(lead: str, name: str) -> None:
    meetings = check([lead + "王小明指出，要抓好落实。"], published_at="2024-03-06")
    assert meetings[0]["name"] == name


def test_a_meeting_called_inside_another_speakers_statement_is_no_second_meeting() -> None:
    meetings = check([
        "市长王明17日晚在青河主持流域城市防汛合作特别峰会并发表主旨讲话。王明强调，要团结防汛。",
        "各市市长在发言中纷纷表示，在汛情紧急的关键时候召开流域城市防汛合作特别峰会具有特殊重要意义。",
    ])
    assert [(m["name"], m["place"]) for m in meetings] == [("流域城市防汛合作特别峰会", "青河")]
    assert [p["cue"] for p in meetings[0]["points"]] == ["王明强调", "各市市长在发言中纷纷表示"]


# --- the stage's reading bound ----------------------------------------------------------------------------------

_REPORT = [
    "3月5日，全市教育工作会议在市会议中心召开。",
    "会议强调，一要抓好基础教育，二要办好职业教育。",
]
# Plain prose without a meeting noun or a cue, 50 characters a paragraph.
_FILLER = "这是一段普通的正文，讲的是本地的天气和交通情况，没有别的内容可以多说了，就这样写到这里为止吧。"


def test_a_report_at_the_start_of_an_endless_body_is_read_as_without_it() -> None:
    from scraper.meetings.report import MAX_CHARS

    filler = [_FILLER] * (2 * MAX_CHARS // len(_FILLER))
    alone = extract_meetings(_REPORT, published_at="2024-03-05")
    assert alone and [len(p["items"]) for p in alone[0]["points"]] == [2]
    assert extract_meetings(_REPORT + filler, published_at="2024-03-05") == alone


def test_a_point_past_the_bound_is_not_read() -> None:
    # Documented in docs/security.md: a body is read for meetings up to MAX_CHARS characters, so a 50 MB page
    # of repeated text takes seconds, not minutes. The same point inside the bound is read.
    from scraper.meetings.report import MAX_CHARS

    opening, point = _REPORT
    inside = [_FILLER] * ((MAX_CHARS - len(opening)) // (len(_FILLER) + 1) - 10)
    read = extract_meetings([opening, *inside, point], published_at="2024-03-05")
    assert read and read[0]["points"] == extract_meetings(_REPORT, published_at="2024-03-05")[0]["points"]
    past = extract_meetings([opening, *inside, *[_FILLER] * 20, point], published_at="2024-03-05")
    assert [m["points"] for m in past] == [[]]


def test_a_relative_day_with_its_date_in_brackets_is_no_part_of_the_name() -> None:
    (meeting,) = check(["全省优化营商环境大会今天（2月19日）在省城召开。", "会议强调，一要优化审批，二要降低成本。"])
    assert (meeting["name"], meeting["place"]) == ("全省优化营商环境大会", "省城")
