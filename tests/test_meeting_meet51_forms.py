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
