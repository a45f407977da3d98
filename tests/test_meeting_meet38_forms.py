"""Meeting reports in forms the twenty-ninth folder of real news texts (kept outside the project; its first half
built on in the twenty-ninth round) and the twenty-eighth folder, built on whole, showed the stage misreading, each a
class of wording. Every text here is fictional, written for the test."""

from __future__ import annotations

from .test_meeting import check, cues


def test_a_question_and_answer_session_is_a_meeting() -> None:
    text = ["4月25日，党委组织部在仙林校区举办了青河大学党建平台培训及答疑会，会议由组织部副部长王明主持。",
            "王明介绍了平台的建设情况。他强调，各级党组织要用好平台。"]
    meetings = check(text)
    assert [(m["name"], m["place"]) for m in meetings] == [("青河大学党建平台培训及答疑会", "仙林校区")]
    assert [c for c, _ in cues(meetings)] == ["他强调"]


def test_the_day_in_brackets_after_today_may_be_counted_in_hao() -> None:
    # A broadcast prints the day after 今天 in brackets, with 号 as often as 日.
    for day in ("(17号)", "（17日）"):
        text = [f"第七届青河人权论坛今天{day}在青河开幕。与会的中方代表指出，发展是解决所有问题的关键。"]
        meetings = check(text)
        assert [m["name"] for m in meetings] == ["第七届青河人权论坛"], day
        assert [c for c, _ in cues(meetings)] == ["与会的中方代表指出"], day


def test_the_meeting_named_without_its_sittings_number_is_the_reports_own() -> None:
    text = ["国务院总理王明今天主持召开国务院第三次全体会议。王明指出，要做好换届工作。"
            "依据有关法律的规定，国务院全体会议决定任命李青为青河特区行政长官。"]
    assert [c for c, _ in cues(check(text))] == ["王明指出", "国务院全体会议决定"]


def test_another_sitting_of_the_same_body_quoted_by_a_speaker_is_no_point() -> None:
    # A speaker quoting the body's earlier sitting by its own number: that sitting's, not the report's.
    text = ["青河市人大常委会第五次会议今天开幕。王明指出，要依法履职。"
            "市人大常委会第四次会议决定，开展执法检查。"]
    assert [c for c, _ in cues(check(text))] == ["王明指出"]


def test_the_leaders_who_attend_with_the_subject_are_no_part_of_the_place() -> None:
    text = ["当地时间4月12日上午，国务院总理王明在青河与中东欧16国领导人共同出席第九届青河经贸论坛开幕式并致辞。",
            "王明表示，合作保持蓬勃生机。"]
    meetings = check(text)
    assert [(m["name"], m["place"]) for m in meetings] == [("第九届青河经贸论坛", "青河")]


def test_a_slavic_transliterated_name_after_a_title_speaks() -> None:
    text = ["第九届青河经贸论坛今天在青河开幕。王明表示，合作保持蓬勃生机。",
            "克罗地亚总理普连科维奇表示，欢迎中国举办进口博览会。"]
    assert [c for c, _ in cues(check(text))] == ["王明表示", "克罗地亚总理普连科维奇表示"]


def test_an_editorial_greeting_a_meeting_is_no_meeting_report() -> None:
    text = ["明天出版的青河日报将发表社论《凝心聚力——热烈祝贺青河市政协十二届五次会议开幕》。",
            "社论指出，过去一年，人民政协有效发挥了作用。社论强调，要加强政治引领。"]
    assert check(text) == []


def test_meeting_the_press_after_a_dialogue_is_no_meeting_report() -> None:
    text = ["国务院总理王明6日在青河宾馆同六家国际组织负责人举行第三次圆桌对话会后共同会见记者。",
            "王明表示，当前世界经济呈复苏态势。与会国际组织负责人表示，看好中国经济发展前景。"]
    assert check(text) == []
