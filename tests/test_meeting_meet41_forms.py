"""Meeting reports in forms the thirty-second folder of real news texts (kept outside the project; its first half
built on in the thirty-second round) and the thirty-first folder, built on whole, showed the stage misreading, each
a class of wording. Every text here is fictional, written for the test."""

from __future__ import annotations

from scraper.meetings import extract_meetings
from scraper.meetings.traditional import simplified_copy

from .test_meeting import check, cues

TRADITIONAL = [
    "2月20日，青河縣委書記王明主持召開縣委常委會議。",
    "會議聽取了縣政府關於春耕備耕工作的彙報。會議強調，要統籌做好春耕生產，一要抓好農資供應；二要強化技術服務。",
]


def test_a_report_printed_in_traditional_characters_is_read_and_given_back_as_printed() -> None:
    (meeting,) = check(TRADITIONAL)
    assert meeting["name"] == "縣委常委會議"
    assert meeting["host"]["text"] == "青河縣委書記王明"
    assert [c for c, _ in cues([meeting])] == ["會議強調"]
    assert [(i["marker"], i["text"]) for i in meeting["points"][0]["items"]] == [
        ("一要", "抓好農資供應"), ("二要", "強化技術服務。")]


def test_every_string_of_a_traditional_report_is_a_slice_of_the_printed_body() -> None:
    body = "\n".join(TRADITIONAL)

    def strings(value: object) -> list[str]:
        if isinstance(value, str):
            return [value]
        if isinstance(value, dict):
            return [s for v in value.values() for s in strings(v)]
        if isinstance(value, list):
            return [s for v in value for s in strings(v)]
        return []

    found = strings(extract_meetings(TRADITIONAL, published_at="2024-02-21"))
    assert found and all(s in body or s == "2024-02-20" for s in found), found


def test_the_simplified_copy_keeps_every_characters_place() -> None:
    # Phrases choose a character by its word (乾隆 keeps 乾, 乾淨 gives 干净); the copy is as long as the text.
    assert simplified_copy("會議強調乾淨，乾隆年間") == "会议强调干净，乾隆年间"
    assert simplified_copy("会议强调，一要抓落实。") is None


def test_a_leaders_instruction_recalled_inside_a_speech_is_no_point_of_the_meeting() -> None:
    # Mid-paragraph, a name not seen speaking before 明确指出 / 多次强调 quotes an earlier instruction.
    for recall in ("明确指出", "多次强调", "一再要求"):
        text = ["3月1日，青河市人大常委会召开第八次会议。",
                f"会上，主任王明说，本次会议审议了条例草案。李华书记{recall}，要加快完善地方立法。全市要抓好落实。"]
        assert [c for c, _ in cues(check(text))] == ["主任王明说"], recall


def test_a_speaker_seen_or_opening_his_paragraph_states_a_point_with_those_adverbs() -> None:
    text = ["3月1日，青河市人大常委会召开第八次会议。",
            "会上，主任王明说，本次会议审议了条例草案。王明明确指出，要加快完善地方立法。",
            "李华明确要求，各部门要抓好落实。"]
    assert [c for c, _ in cues(check(text))] == ["主任王明说", "王明明确指出", "李华明确要求"]


def test_a_place_cue_over_a_study_done_together_is_no_point() -> None:
    for act in ("大家集中学习了", "大家集中学习", "与会人员集体观看"):
        text = ["9月5日，青河区法院召开党组理论学习中心组学习会。",
                f"会上，{act}党纪学习教育有关文件精神。院长王明作总结讲话，提出两点要求：一要学深悟透，二要抓好落实。"]
        assert [c for c, _ in cues(check(text))] == ["院长王明作总结讲话，提出两点要求"], act


def test_a_decision_whose_subject_the_sentence_before_gave_opens_a_point() -> None:
    # The meeting elected, then adopted: 通过了 opens its sentence with the meeting's subject left out.
    text = ["5月7日，青河公司召开第二届职工代表大会。",
            "会议选举产生了新一届工会委员。通过了《工会职责》、《大会选举办法》。",
            "董事长王明说，要尊重员工。"]
    assert [c for c, _ in cues(check(text))] == ["会议选举产生了", "通过了", "董事长王明说"]


def test_a_decision_verb_after_a_sentence_of_someone_else_opens_no_point() -> None:
    text = ["5月7日，青河公司召开第二届职工代表大会。",
            "董事长王明说，要尊重员工。通过了这次大会，大家更有信心。"]
    assert [c for c, _ in cues(check(text))] == ["董事长王明说"]


def test_a_speech_verb_after_jinxing_is_its_object_and_the_next_clauses_verb_states() -> None:
    text = ["3月2日，青河镇召开村“两委”换届工作推进会。",
            "镇长王明对此次换届工作纪律进行再次强调，要求镇村务必统筹协调，严格依规依程序。"]
    ((cue, prefix),) = cues(check(text))
    assert cue.endswith("进行再次强调，要求") and (prefix or "").startswith("镇村务必")


def test_a_mobilisation_that_ends_its_clause_is_no_point_but_one_with_its_arrangements_is() -> None:
    opening = "3月2日，青河镇召开村“两委”换届工作推进会。"
    bare = [opening, "会上，县农委主任王明对推荐工作进行动员；李华发表讲话并提出两点建议，一是要抓好组织动员，二是要讲规矩。"]
    assert [c for c, _ in cues(check(bare))] == ["李华发表讲话并提出两点建议"]
    laid_out = [opening, "会上，王明对推荐工作进行了动员部署，并做出具体安排：1、发放学习卡。2、组织知识测试。"]
    assert [c for c, _ in cues(check(laid_out))] == ["会上"]
