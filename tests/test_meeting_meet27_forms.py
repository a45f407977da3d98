"""Meeting reports in forms the seventh to twelfth folders' second halves of real news texts (kept outside the
project, held out in the eighteenth round and built on in the nineteenth) showed the stage misreading, each a class
of wording. Every text here is fictional, written for the test."""

from __future__ import annotations

from .test_meeting import check, cues


def test_a_name_with_a_surname_off_the_list_after_a_title_speaks_when_named_again() -> None:
    # "副校长雒文虎出席会议并讲话。雒文虎指出，…": 雒 is a rare surname; the title before the name and the name's
    # return as the subject of a cue vouch for it.
    meetings = check([
        "11月9日，学校召开养蜂基地建设推进会。党委常委、副校长雒文虎出席会议并讲话。",
        "雒文虎指出，基地建设已进入冲刺阶段。他强调，各部门要通力配合。",
    ])
    assert [(p["name"], p["role"]) for p in meetings[0]["speakers"]] == [("雒文虎", "党委常委、副校长")]
    assert cues(meetings) == [("雒文虎指出", "基地建设已进入冲刺阶段。"), ("他强调", "各部门要通力配合。")]

