"""Meeting reports in forms the forty-second folder of real news texts (kept outside the project; its first half built
on in the forty-second round) showed the stage misreading, each a class of wording. Every text here is fictional,
written for the test."""

from __future__ import annotations

import pytest

from .test_meeting import check, cues

OPENING = "清川市9月5日电 第三届清川湾国家领导人会晤5日在清川市举行。会晤由清川国总统主持。"


@pytest.mark.parametrize("group", ["拉美和加勒比国家领导人", "东盟国家领导人", "与会国家领导人"])
def test_the_leaders_of_a_regions_countries_speak_as_a_group(group: str) -> None:
    (meeting,) = check([OPENING + f"郗明川指出，要深化合作。{group}纷纷表示，愿同各方携手推进务实合作。"])
    assert [cue for cue, _ in cues([meeting])] == ["郗明川指出", f"{group}纷纷表示"]


def test_a_country_named_inside_a_statement_is_no_group() -> None:
    (meeting,) = check([OPENING + "郗明川指出，要深化合作，支持各国家领导人定期会晤。"])
    assert [cue for cue, _ in cues([meeting])] == ["郗明川指出"]


def test_a_report_adopted_before_a_colon_announces_the_titles_after_it() -> None:
    # What was adopted is described before the colon; the titles after it are the point's text.
    (meeting,) = check([
        "3月2日，清川学院第五届教职工代表大会执行委员会第八次会议在综合楼召开。",
        "会议审议并通过了校工会副主席宓小舟所作报告：《关于代表资格终止与增补的说明》和《关于代表团调整的建议》。",
    ])
    ((cue, text),) = cues([meeting])
    assert cue == "会议审议并通过了校工会副主席宓小舟所作报告"
    assert (text or "").startswith("《关于代表资格终止与增补的说明》")


def test_a_document_adopted_by_its_title_keeps_the_title_as_its_text() -> None:
    (meeting,) = check([
        "3月2日，清川学院第五届教职工代表大会执行委员会第八次会议在综合楼召开。",
        "会议审议通过了《关于代表资格终止与增补的说明》：该说明明确了代表资格终止的五种情形。",
    ])
    assert cues([meeting])[0][0] == "会议审议通过了"


@pytest.mark.parametrize("theme", ["以“同心合力，携手共进”为主题", "以「青年与未来」为题"])
def test_a_meeting_named_before_its_theme_is_the_name(theme: str) -> None:
    (meeting,) = check([
        "宓小舟15日向第三届清川湾青年发展论坛致贺信。宓小舟指出，青年是未来的希望。",
        f"第三届清川湾青年发展论坛{theme}，15日在清川市举办论坛开幕会暨主论坛。",
    ])
    assert meeting["name"] == "第三届清川湾青年发展论坛"
    assert meeting["place"] == "清川市"
