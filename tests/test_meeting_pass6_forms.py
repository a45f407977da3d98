"""Meeting reports in forms a sixth development folder of real reports (kept outside the project) showed the
stage missing, each seen on more than one build text. Every text here is fictional, written for the test."""

from __future__ import annotations

from .test_meeting import check, cues


def test_a_speech_verb_after_de_in_a_purpose_clause_is_a_noun() -> None:
    # "为落实…的各项要求，" names what was asked, it reports nobody saying it: the meeting convened after it is the
    # report's, not one named inside a statement.
    for purpose in ("为落实市农业农村局关于秋播的各项要求，", "为贯彻落实县委的部署要求，", "为落实上级的要求，"):
        meetings = check([
            f"{purpose}东河镇于9月8日在镇政府召开秋播工作推进会。",
            "分管副镇长石岩指出，秋播时节不等人。",
        ])
        assert [m["name"] for m in meetings] == ["秋播工作推进会"], purpose
        assert cues(meetings) == [("分管副镇长石岩指出", "秋播时节不等人。")]


def test_a_speaker_stating_while_acknowledging_still_states() -> None:
    # "在…的同时指出，" is the meeting's own verb, 的 before 同时 notwithstanding.
    meetings = check([
        "4月2日，北岭县召开春耕工作会议。",
        "会议在肯定去年成绩的同时指出，今年春耕任务更重。",
    ])
    assert cues(meetings) == [("会议在肯定去年成绩的同时指出", "今年春耕任务更重。")]


def test_a_manner_inside_a_deliberated_decision_is_part_of_its_verb() -> None:
    # "审议并以…方式通过了": the vote's manner stands between the deliberation and the decision, as it may stand
    # between the meeting and its verb ("会议以举手表决的方式通过了…"); the cue runs through 了, the text is the object.
    for manner in ("以举手表决的方式", "以无记名投票方式"):
        meetings = check([
            "3月9日，南湾职业学院召开第二届教职工代表大会。",
            f"随后，大会审议并{manner}通过了《南湾职业学院章程修订案》。",
        ])
        assert cues(meetings) == [(f"大会审议并{manner}通过了", "《南湾职业学院章程修订案》。")]


def test_a_name_with_its_title_after_it_and_an_adverb_is_the_name() -> None:
    # "王明副县长分别对…提出了…要求": the title printed after the name and an adverb before the object's setting; the
    # speaker is 王明, as without the adverb, so his later "最后，王明副县长强调，" is a known speaker's cue.
    meetings = check([
        "5月6日，临川县交通局召开春运安全工作会议。",
        "随后，周琳副局长分别对客运站和公交公司的检查工作提出了具体要求，要求逐车登记。最后，周琳副局长特别强调，节前检查要一次做实。",
    ])
    assert [(p["cue"], p["speaker"]) for m in meetings for p in m["points"]] == [
        ("周琳副局长分别对客运站和公交公司的检查工作提出了具体要求", "周琳"),
        ("周琳副局长特别强调", "周琳"),
    ]


def test_an_exchange_speech_described_by_what_it_covered_is_a_statement() -> None:
    # After a place cue, "作交流发言" alone is a programme item; described by what it drew on or covered (结合…,
    # 从…方面) it is the speaker's own statement, as speeches given in turn (先后作了交流发言) are.
    for speech in ("大家结合本村实际作了交流发言", "孔亮村长从修路、治水两个方面作了交流发言"):
        meetings = check([
            "6月3日，青石乡召开村务工作座谈会。",
            f"座谈会上，{speech}。",
        ])
        assert cues(meetings) == [("座谈会上", f"{speech}。")], speech
    meetings = check([
        "6月3日，青石乡召开村务工作座谈会。",
        "座谈会上，三个村作了交流发言。",
        "会议要求，各村要把村务公开做实。",
    ])
    assert [p["cue"] for m in meetings for p in m["points"]] == ["会议要求"]
