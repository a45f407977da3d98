"""Meeting reports in forms the fifty-fifth and fifty-sixth folders of real news texts (kept outside the project; the
fifty-fifth built on whole in the fifty-sixth round, its second half after the fifty-fifth held it out, and the
fifty-sixth's first half) showed the stage misreading, each a class of wording. Every text here is fictional, written
for the test."""

from __future__ import annotations

from scraper.meetings import extract_meetings

from .test_meeting import check


def test_a_study_groups_session_convened_is_a_meeting_named_without_the_paper_studied() -> None:
    # 召开专题中心组学习《…》: the party committee's study group meets; the title after the name is what it studied.
    paragraphs = [
        "近日，清川供电局组织中层以上干部召开专题中心组学习《关于做好汛期安全生产工作的通知》，局长王明在会上发表了讲话。",
        "会上，王明针对学习文件的精神提出要求：一是要求中层干部必须增强责任意识；二是从现在起务必保持信息畅通。",
    ]
    (meeting,) = check(paragraphs)
    assert meeting["name"] == "专题中心组学习"
    (point,) = meeting["points"]
    assert point["cue"] == "王明针对学习文件的精神提出要求"
    assert [item["marker"] for item in point["items"]] == ["一是", "二是"]


def test_a_meeting_named_as_a_subject_that_decides_nothing_after_its_verb_is_no_point() -> None:
    # …，交第三届一次会员大会表决通过。: the congress that will vote is named as what a paper goes to; nothing is adopted.
    paragraphs = [
        "6月18日下午，清川商会在商会会议室召开常委会例会。",
        "会前，秘书长形成书面方案提供常委会讨论定稿，交第三届一次会员大会表决通过。",
        "会议强调，要做好换届各项准备工作。",
    ]
    (meeting,) = check(paragraphs)
    assert meeting["name"] == "常委会例会"
    assert [point["cue"] for point in meeting["points"]] == ["会议强调"]


def test_a_vote_and_its_decision_glued_are_one_verb() -> None:
    # 经表决决定，将…: the decision after the vote opens the text, as 经表决，通过… does.
    paragraphs = [
        "3月10日下午，清川市第十届人民代表大会第二次会议主席团在市会议中心举行第三次会议。",
        "主席团会议经表决决定，将市长提名的副市长人选，提请各代表团酝酿。",
    ]
    (meeting,) = check(paragraphs)
    (point,) = meeting["points"]
    assert point["cue"] == "主席团会议经表决决定"
    assert point["text"].startswith("将市长提名的副市长人选")


def test_a_meeting_held_to_gather_opinions_for_another_is_named_whole() -> None:
    # …民主生活会征求意见座谈会, …年度工作会议筹备座谈会: the 座谈会 held for the other meeting is the one reported.
    for name in ("2018年度党委民主生活会征求意见座谈会", "2019年度工作会议筹备座谈会"):
        paragraphs = [f"1月27日上午，清川镇召开{name}，会议由镇长王明主持。", "会议强调，要实事求是，畅所欲言。"]
        (meeting,) = check(paragraphs)
        assert meeting["name"] == name


def test_a_count_glued_to_a_later_clauses_verb_after_a_time_lead_in_announces_the_items() -> None:
    # 听取…发言后，镇长王明充分肯定了…，并强调两点：一是…: the speaker after the time clause is the sentence's subject,
    # and the count glued to 强调 puts the items in the point, as 强调了以下几点 does.
    paragraphs = [
        "1月27日上午，清川镇召开征求意见座谈会，会议由镇长王明主持。",
        "听取各位代表发言后，镇长王明充分肯定了各位代表的责任意识，并强调两点：一是请组织办认真汇总意见；"
        "二是各单位要按要求开好组织生活会。",
    ]
    (meeting,) = check(paragraphs)
    (point,) = meeting["points"]
    assert point["cue"] == "镇长王明充分肯定了各位代表的责任意识，并强调两点"
    assert [item["marker"] for item in point["items"]] == ["一是", "二是"]


def test_a_point_a_pages_summary_breaks_off_is_given_once_with_the_bodys_whole_copy() -> None:
    # 摘要：… breaks off inside the statement with dots; the body prints it whole: one point, at its first printing.
    paragraphs = [
        "摘要:4月22日,清川镇召开乡村振兴推进会。镇党委书记王明要求,各村要责任上...",
        "4月22日,清川镇召开乡村振兴推进会。",
        "镇党委书记王明要求,各村要责任上肩,加强群众发动。他强调,各村要围绕乡村振兴深入思考。",
    ]
    (meeting,) = check(paragraphs)
    assert [point["cue"] for point in meeting["points"]] == ["镇党委书记王明要求", "他强调"]


def test_a_quoted_title_printed_with_its_marks_the_wrong_way_round_is_named_whole() -> None:
    # ”…“ opens on the closing mark: the title's space is inside it, and 于 before a room is the place.
    paragraphs = [
        "在中秋、国庆双节来临之际，9 月 28 日，学校党委于行政楼会议室召开”同心庆双节 奋进建新功“中秋国庆座谈会。",
        "校党委书记王明强调，统一战线是党的事业取得胜利的重要法宝。",
    ]
    (meeting,) = extract_meetings(paragraphs, published_at="2020-09-30T10:00:00+08:00")
    assert meeting["name"] == "”同心庆双节 奋进建新功“中秋国庆座谈会"
    assert meeting["place"] == "行政楼会议室"
    # The typesetter's spaces around the numbers leave the day a day.
    assert meeting["date"] == "2020-09-28"


def test_yu_before_a_time_is_no_place() -> None:
    # 于 before a time, not a room: the place stays unknown.
    paragraphs = ["9月28日，学校党委于今年首次召开中秋座谈会。", "校党委书记王明强调，要凝聚共识。"]
    (meeting,) = check(paragraphs)
    assert meeting["place"] is None


def test_a_leaders_inspection_that_visits_those_hit_and_then_holds_a_meeting_reports_the_meeting() -> None:
    # 赶到…灾区，察看灾情，看望慰问受灾群众: a tour, the visit one of its acts, not talks; the meeting it holds later
    # is the report's, and what was said at the site before it is the tour's.
    paragraphs = [
        "国务院副总理王明8日下午赶到清川灾区，察看灾情，看望慰问受灾群众，指导抢险救灾工作。王明踩着淤泥，察看了"
        "受灾最严重的村庄。参加抢险救灾的官兵正在几处被掩埋的房屋前抢救。王明说，现在第一位的还是救人。"
        "这次受灾的区域比较集中，要科学制定方案。在一处废墟前，战士们正在抢救群众。王明还来到江边，实地察看水情。"
        "王明说，要抓紧处置堰塞湖。8号18时许，王明在县政府机关主持召开会议。在听取有关汇报后，他就抢险救灾工作作出"
        "部署。王明指出，当前重点要抓紧做好以下几项工作：第一，确定重点救人部位；第二，尽快清理淤泥。",
    ]
    (meeting,) = check(paragraphs)
    assert meeting["place"] == "县政府机关"
    (point,) = meeting["points"]
    assert point["cue"] == "王明指出"
    assert [item["marker"] for item in point["items"]] == ["第一", "第二"]


def test_a_leaders_remarks_at_the_meeting_of_the_delegates_before_it_are_no_point_when_others_speak_at_it() -> None:
    # 会前会见与会代表。他强调…: said at the 会见; 参加了会见并在会议上讲话 brings the report to the meeting itself,
    # whose speeches are its points.
    paragraphs = [
        "全省国有企业党建工作会议今天在清川召开。省委书记王明会前亲切会见与会代表。他强调，要坚持党对国有企业的领导。"
        "王明指出，国有企业是重要支柱。副省长李华、省委组织部部长赵刚参加了会见并在会议上讲话。李华在讲话中指出，"
        "要深化企业改革。赵刚在讲话中指出，要加强领导班子建设。",
    ]
    (meeting,) = check(paragraphs)
    assert [point["cue"] for point in meeting["points"]] == ["李华在讲话中指出", "赵刚在讲话中指出"]


def test_a_leaders_meeting_with_the_delegates_alone_reports_the_meeting_of_the_delegates() -> None:
    # With no one speaking at the meeting itself, the text reports the 会见 (x059, x084): no meeting.
    paragraphs = [
        "全省国有企业党建工作会议今天在清川召开。省委书记王明会前亲切会见与会代表。他强调，要坚持党对国有企业的领导。"
        "王明指出，国有企业是重要支柱。",
    ]
    assert check(paragraphs) == []


def test_a_pronouns_later_verb_glued_to_a_modal_states_also_after_an_order_word() -> None:
    # 此外，他肯定了…，强调了…的意义，并指出要…: the pronoun stands for the speaker after 此外 as after 最后; 指出 glued to
    # its statement's modal (要) states, as a name's does.
    paragraphs = [
        "3月5日，清川学院召开党委中心组理论学习会。",
        "王明对宣传工作提出两点要求：一是做好理论宣讲工作；二是加强教师队伍建设。此外，他肯定了此次学习会取得的效果，"
        "强调了开展理论学习的意义，并指出要加强学生思想政治建设。",
    ]
    (meeting,) = check(paragraphs)
    cues = [point["cue"] for point in meeting["points"]]
    assert cues[1] == "他肯定了此次学习会取得的效果，强调了开展理论学习的意义，并指出"
    assert meeting["points"][1]["text"].startswith("要加强学生思想政治建设")
