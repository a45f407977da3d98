"""Meeting reports in forms the thirty-fourth folder of real news texts (kept outside the project; its first half
built on in the thirty-fourth round) showed the stage misreading, each a class of wording. Every text here is
fictional, written for the test."""

from __future__ import annotations

from .test_meeting import check, cues


def test_a_session_of_the_general_assembly_as_news_abbreviates_it_is_a_meeting() -> None:
    # The lead names the session as its subject with no convening verb; a minister speaks at it (在会上…说).
    meetings = check([
        "清川台消息：世界水资源问题特别联大19号通过成果文件。各国在文件中承诺加强合作。",
        "清川国水利部部长王明在会上发表讲话说，清川政府高度重视水资源保护工作。",
    ])
    assert cues(meetings) == [("清川国水利部部长王明在会上发表讲话说", "清川政府高度重视水资源保护工作。")]
    for session in ("第七十届联大", "特别联大"):
        (meeting,) = check([f"{session}3日在纽约开幕。王明在会上说，各国要加强合作。"])
        assert meeting["name"] == session
    # 联大 alone is also a university's name: no meeting.
    assert check(["西南联大旧址纪念馆3日开馆。王明在开馆仪式上说，要讲好联大故事。"]) == []


def test_a_speaker_at_the_meeting_after_a_lead_that_names_none_is_no_report() -> None:
    # 在会上 in the lead with no meeting named before it: the speaker's meeting is not what the lead is about.
    assert check(["王明在会上发表讲话说，清川政府高度重视水资源保护工作。"]) == []


def test_what_a_decision_announces_before_its_colon_is_the_cues() -> None:
    (meeting,) = check([
        "市长王明今天主持召开市政府常务会议。会议确定了以下主要任务：一是落实蜂场用地。二是加大信贷支持。",
    ])
    (point,) = meeting["points"]
    assert point["cue"] == "会议确定了以下主要任务"
    assert [item["marker"] for item in point["items"]] == ["一是", "二是"]
    # Counted the same way (会议确定了三项任务：).
    (meeting,) = check(["市长王明今天主持召开市政府常务会议。会议确定了三项任务：一是落实蜂场用地。二是加大信贷支持。"])
    assert meeting["points"][0]["cue"] == "会议确定了三项任务"


def test_the_reports_sentence_names_the_meeting_over_a_headline_line() -> None:
    # The headline line opens the meeting by a short name and a city; the report's first sentence prints its full
    # name and the district where it sat.
    (meeting,) = check([
        "清川养蜂协会会长会议在青河召开",
        "9月20日，清川养蜂协会在青河北岭召开了第六届理事会会长会议，20多位会长到会。"
        "会议认为，凡协会会员必须履行按时缴交年度会费的义务。",
    ])
    assert (meeting["name"], meeting["place"]) == ("第六届理事会会长会议", "青河北岭")
    # With no sentence of the report opening it, the headline line names it still.
    (meeting,) = check(["清川养蜂协会会长会议在青河召开", "会议认为，凡协会会员必须履行按时缴交年度会费的义务。"])
    assert (meeting["name"], meeting["place"]) == ("清川养蜂协会会长会议", "青河")


def test_a_symposium_among_a_visits_acts_is_no_meeting_report() -> None:
    assert check([
        "应北岭国议长赵敏邀请，清川市长王明16日至19日对北岭国进行正式友好访问，会见总统李华，同议长赵敏举行会谈，"
        "并出席合作项目投产仪式，与中资企业代表座谈。",
        "在会见李华时，王明说，双方应深化养蜂合作。李华表示，北岭国愿加强对清川的友好交往。",
    ]) == []


def test_a_meeting_chaired_on_a_tour_the_lead_reports_by_its_destination_is_the_report() -> None:
    # "…到青河省调研。" (to, not in): the meeting he chaired there is reported, its statement after the comma.
    (meeting,) = check([
        "清川市委书记王明20日至22日到青河省调研。他强调，要坚持实事求是。",
        "王明来到北岭村、东湖社区和光谷展示中心，调研了解基层党风廉政建设情况，与基层干部群众面对面交流，"
        "强调要持续深入落实各项规定，坚决整治形式主义、官僚主义等问题，不松劲、不退让；对反复出现的问题，要在严肃整治的"
        "同时推动有关方面完善制度、加强监管，让群众在每一件小事上都感受到变化。他说，作风建设永远在路上。"
        "干部群众纷纷表示，要把规定落到实处。",
        "王明在南岭主持召开市县巡察工作推进会，强调市县巡察是全面从严治党向基层延伸的重要制度安排。",
    ])
    assert (meeting["name"], meeting["place"]) == ("市县巡察工作推进会", "南岭")
    assert [cue for cue, _ in cues([meeting])] == ["王明在南岭主持召开市县巡察工作推进会，强调"]


def test_the_topics_someone_spoke_on_at_the_meeting_state_nothing() -> None:
    (meeting,) = check([
        "3月5日，清川县人民政府召开第四次全体会议。县长王明出席会议并讲话。",
        "王明要求，要鼓足干劲，振奋精神抓落实。",
        "会上，王明还就抓好森林防灭火、道路交通安全治理等相关工作进行强调。",
    ])
    assert [cue for cue, _ in cues([meeting])] == ["王明要求"]
    # A statement after the place is a point.
    (meeting,) = check([
        "3月5日，清川县人民政府召开第四次全体会议。县长王明出席会议并讲话。",
        "会上，王明强调，要抓好森林防灭火工作。",
    ])
    assert [cue for cue, _ in cues([meeting])] == ["王明强调"]
