"""Meeting reports in forms the thirty-first folder of real news texts (kept outside the project; its first half
built on in the thirty-first round) and the thirtieth folder, built on whole, showed the stage misreading, each a
class of wording. Every text here is fictional, written for the test."""

from __future__ import annotations

from .test_meeting import check, cues


def test_a_generals_rank_does_not_put_the_meeting_he_attends_ahead() -> None:
    # The 将 of 上将 / 少将 is a rank's, not "will": the minister attended the meeting reported.
    for rank in ("上将", "中将", "少将"):
        text = [f"国防部长王明{rank}今天率团出席了在青河市举行的北岭国防部长会议。",
                "王明在发言中说，各方要加强防务合作。"]
        assert [(m["name"], m["place"]) for m in check(text)] == [("北岭国防部长会议", "青河市")], rank
        assert [c for c, _ in cues(check(text))] == ["王明在发言中说"], rank


def test_a_minister_who_will_attend_a_meeting_reports_none() -> None:
    text = ["国防部长王明将率团出席在青河市举行的北岭国防部长会议。",
            "王明在行前表示，各方要加强防务合作。"]
    assert check(text) == []


def test_a_tour_joined_to_the_chairing_is_no_part_of_the_place() -> None:
    text = ["新华社消息：王明3日至5日在青河省调研并主持召开巡察工作座谈会。他强调，要推动从严治党向基层延伸。"]
    assert [(m["name"], m["place"]) for m in check(text)] == [("巡察工作座谈会", "青河省")]


def test_counted_tasks_after_a_lead_in_of_what_they_rest_on_open_a_point() -> None:
    # The subject conveyed a document first; the later clause leads in with 结合…实际 before 提出四点要求：.
    text = ["3月20日上午，青河镇召开改革动员会。",
            "会上，镇党委书记王明传达学习了县委会议精神，结合青河镇实际提出两点要求：一是要认准形势，转变观念；"
            "二是要吃透政策，落实要求。王明强调，要把讲政治作为第一要求。"]
    found = cues(check(text))
    assert [c for c, _ in found] == ["镇党委书记王明传达学习了县委会议精神，结合青河镇实际提出两点要求", "王明强调"]
    assert [(i["marker"], i["text"][:4]) for i in check(text)[0]["points"][0]["items"]] == [("一是", "要认准形"),
                                                                                       ("二是", "要吃透政")]


def test_a_lead_in_without_counted_tasks_opens_no_point() -> None:
    text = ["3月20日上午，青河镇召开改革动员会。",
            "会上，镇党委书记王明传达学习了县委会议精神，结合青河镇实际提出了改革的初步方案。"]
    assert cues(check(text)) == []


def test_a_deputys_title_is_no_name_before_it() -> None:
    # 镇党委副书记: 党 is a surname, but 党委副 before 书记 is the title's words; the speaker is the name after it.
    text = ["3月20日，青河镇召开改革动员会。会上，镇党委副书记王怀茂对方案进行学习培训，并着重强调本次改革要严格遵守纪律。"]
    assert [p["speaker"] for m in check(text) for p in m["points"]] == ["王怀茂"]


def test_a_speaker_who_gives_a_speech_says_his_point() -> None:
    for setting in ("发表讲话说", "发表重要讲话强调"):
        text = ["青河市人大常委会第四次会议10日下午在青河闭幕。王明主任主持会议。",
                f"在会议完成有关表决事项后，王明{setting}，专门加开本次会议就是要依法推动污染防治。"]
        assert [c for c, _ in cues(check(text))] == [f"王明{setting}"], setting


def test_an_article_put_out_is_no_speech_at_the_meeting() -> None:
    for setting in ("发表文章指出", "发表署名文章强调"):
        text = ["青河市人大常委会第四次会议10日下午在青河闭幕。王明主任主持会议。",
                f"会后，李华{setting}，依法推动污染防治十分必要。"]
        assert cues(check(text)) == [], setting


def test_a_report_submitted_to_the_meeting_is_no_meetings_point() -> None:
    # 向会议提出 submits to the meeting: the meeting is no subject, and a report submitted states nothing.
    text = ["青河市人大常委会第二十八次会议27日在青河开幕。",
            "受市政府的委托，市财政局局长王明向会议提出2006年决算报告和决算草案，并报告了财政运行的主要情况。"
            "在报告前5个月的收支情况时，王明说，总体上看，前5个月预算执行情况较好。"]
    assert [c for c, _ in cues(check(text))] == ["王明说"]


def test_speaking_ones_opinions_before_the_items_opens_a_point_with_them() -> None:
    for act in ("讲意见", "讲了三点意见"):
        text = ["7月6日上午，青河镇召开第一书记对接会。",
                f"最后镇长王明{act}：一是对三名第一书记的到来表示欢迎，同时希望他们尽快转变角色；二是向村支部书记解释什么是软弱涣散村。"]
        points = [p for m in check(text) for p in m["points"]]
        assert [(p["cue"], [i["marker"] for i in p["items"]]) for p in points] == [(f"镇长王明{act}", ["一是", "二是"])], act
