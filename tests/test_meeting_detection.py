"""Whether a text reports a meeting (scraper/meetings/detect.py) and the meeting's opening, one class each.

The classes come from the build half of the real texts (issue 14, third round): a meeting that is only the
occasion or a mention (a quoted document, talks, a 会见 of a conference's delegates, reactions) is no meeting;
a meeting chaired, a session of an assembly, a joint name and a headline naming the meeting are. The texts are
written for these tests.
"""

from __future__ import annotations

from .test_meeting import check


def _cues(paragraphs: list[str]) -> list[list[str]]:
    return [[point["cue"] for point in meeting["points"]] for meeting in check(paragraphs)]


# A meeting only mentioned, or the occasion of what the lead reports.


def test_a_quoted_document_names_no_meeting() -> None:
    text = ["市第九次党代会报告指出，要加快建设滨江生态新城。某省出台新政策，支持一批创业团队。",
            "在合肥，科研团队正在调试无人驾驶车。"]
    assert check(text) == []


def test_a_plenarys_communique_is_its_meeting_speaking() -> None:
    assert _cues(["十届三中全会公报指出，要深化改革，扩大开放。"]) == [["十届三中全会公报指出"]]


def test_talks_are_no_meeting_even_when_a_speaker_names_a_forum_held_before() -> None:
    text = ["委员长张明7日在人民大会堂与某国国会议长李华举行会谈。", "张明说，两国互为近邻。",
            "张明强调，不久前，我方成功举办第三届长河流域发展论坛。两国应加强对接合作。"]
    assert check(text) == []


def test_receiving_a_conferences_delegates_is_no_meeting() -> None:
    text = ["国家主席王明3日在人民大会堂会见第二届国际研讨会外方代表，并就改革前景发表看法，强调改革是关键。",
            "王明肯定出席会议的外方代表作出积极贡献，指出交流十分重要。"]
    assert check(text) == []


def test_a_visit_whose_first_sentence_co_chairs_a_named_meeting_reports_it() -> None:
    text = ["9月19日至21日，副总理王明应邀访问某国，分别会见该国总统和总理，并同副总理李华共同主持中外双边合作机制会议。",
            "20日，王明和李华共同主持双边合作机制会议。双方一致同意，加强两国在金融领域的合作。"]
    meetings = check(text)
    # The shortened name on the meeting's day is the same meeting again, not a second one.
    assert [(m["name"], [p["cue"] for p in m["points"]]) for m in meetings] == [
        ("中外双边合作机制会议", ["双方一致同意"])
    ]


def test_reactions_to_a_summit_are_no_meeting() -> None:
    text = ["对于流域城市特别峰会，多位沿河城市市长表示，流域合作将有力帮助沿河城市。此次峰会恰逢其时。",
            "某市市长赵峰说，衷心感谢主办方。通过召开这次峰会，我们加深了友谊。"]
    assert check(text) == []


def test_the_publics_reactions_to_a_speech_at_an_assembly_are_no_meeting() -> None:
    lead = "今天是劳动节。总书记王明在全国劳动模范表彰大会上发表重要讲话，向劳动群众致以节日祝福。"
    rest = ["王明指出，必须汇聚工人阶级的力量。", "大家表示，要勇于创新。"]
    assert check([lead + "各个岗位上的职工们表示，要用汗水浇灌梦想。", *rest]) == []
    # The same speech with no crowd reacting in the lead is a speech at a named assembly: a meeting. (Everyone in
    # their own paragraph speaks for themselves; in 王明's paragraph they would be whom he reports on.)
    assert _cues([lead, *rest]) == [["王明指出", "大家表示"]]


def test_people_at_the_meeting_stating_views_are_no_reactions() -> None:
    assert _cues(["全国劳动模范表彰大会今天在京举行。与会代表表示，要用奋斗铸就辉煌。"]) == [["与会代表表示"]]
    assert _cues(["全国政协常委会议今天在京举行。委员们认为，要用奋斗铸就辉煌。"]) == [["委员们认为"]]


# Openings: the sentence that names the meeting the text reports.


def test_chairing_a_summit_opens_it_and_this_summit_refers_back() -> None:
    text = ["市长王明17日晚在青河主持流域城市特别峰会并发表主旨讲话。王明强调，各市要团结。",
            "王明在讲话中指出，我们举行这次流域城市特别峰会，共商大计。"]
    meetings = check(text)
    assert [(m["name"], m["place"]) for m in meetings] == [("流域城市特别峰会", "青河")]
    assert [p["cue"] for p in meetings[0]["points"]] == ["王明强调", "王明在讲话中指出"]


def test_chairing_and_convening_is_read_by_the_convening_verb() -> None:
    (meeting,) = check(["市长王明9月29日主持召开市政府常务会议。会议决定，推出一批便民举措。"])
    assert meeting["name"] == "市政府常务会议"


def test_a_general_debate_of_an_assembly_is_the_meeting_spoken_at() -> None:
    text = ["会长王明当地时间28日在日内瓦会议中心出席第12届国际湿地保护联盟大会一般性辩论并发表重要讲话。王明强调，和平是共同价值。"]
    (meeting,) = check(text)
    assert (meeting["name"], meeting["place"]) == ("第12届国际湿地保护联盟大会一般性辩论", "日内瓦会议中心")


def test_a_joint_name_opens_one_meeting_and_its_kind_alone_refers_back() -> None:
    text = ["某书画协会第三次会员代表大会暨三届一次理事会19日在京召开。主席王明出席并讲话。", "王明说，要服务会员。",
            "副主席李华在大会开幕式上作了讲话。会议审议通过了章程修改草案。"]
    meetings = check(text)
    assert [(m["name"], m["place"]) for m in meetings] == [("某书画协会第三次会员代表大会暨三届一次理事会", "京")]
    assert [p["cue"] for p in meetings[0]["points"]] == ["王明说", "会议审议通过了"]


def test_a_headline_glued_before_the_body_that_is_a_meetings_name_reports_it() -> None:
    body = "以下为现场实录。省长王明在致辞中指出，市场正在复苏。"
    assert check([body]) == []
    assert _cues(["第五届地产金融年会(组图)    第五届地产金融年会上午场    " + body]) == [["省长王明在致辞中指出"]]
    # A headline that only starts with a meeting's name is no evidence by itself.
    assert check(["金融年会期间市场回暖    " + body]) == []


# The opening's name and place as printed (bench.meetings_eval reports them as "names / places right").


def _opening(paragraphs: list[str]) -> tuple[str | None, str | None]:
    (meeting,) = check(paragraphs)
    return meeting["name"], meeting["place"]


def test_a_glued_headline_and_dateline_are_no_part_of_the_name_or_place() -> None:
    text = ["某某论坛在京闭幕人民网北京7月23日电 第二届中英互联网圆桌会议7月23日上午在北京闭幕。会议指出，合作是主线。"]
    assert _opening(text) == ("第二届中英互联网圆桌会议", "北京")
    text = ["部长称经济处在回升关键期中广网北京7月10日消息（记者 张三）国务院总理王明7号和9号召开两次经济形势座谈会，"
            "听取专家意见。王明指出，经济企稳回升。"]
    # A count before the name is left out (两次经济形势座谈会); no 在 is printed after the dateline.
    assert _opening(text) == ("经济形势座谈会", None)


def test_the_host_clause_before_a_name_and_the_holders_acts_before_the_verb_are_left_out() -> None:
    text = ["由两岸企业家峰会主办的2013两岸企业家紫金山峰会4日在南京开幕。会议指出，合作是主线。"]
    assert _opening(text) == ("2013两岸企业家紫金山峰会", "南京")
    text = ["市长王明1日上午在京主持召开青年创业者座谈会并发表重要讲话。王明强调，要支持青年创业。"]
    assert _opening(text) == ("青年创业者座谈会", "京")


def test_a_meeting_that_qualifies_a_noun_is_not_the_one_opened_and_a_quoted_name_keeps_its_marks() -> None:
    text = ["作为落实倡议召开长河文化交流大会的一个具体行动，市文旅局今天在青河会展中心共同举办了“长河文化对话会”。"
            "会上，与会嘉宾展开对话。"]
    assert _opening(text) == ("“长河文化对话会”", "青河会展中心")


def test_a_meeting_named_inside_what_someone_says_is_a_mention() -> None:
    text = ["本市积极参与对话会 副市长李华日前说，本市几年来积极参加了沿河城市同周边县市负责人对话会。",
            "专家赵峰指出，这次峰会值得关注。"]
    assert check(text) == []


def test_a_meeting_held_over_days_or_by_video_is_opened() -> None:
    assert _opening(["第三届数字经济论坛5日至7日在杭州举行。王明指出，要压实责任。"]) == ("第三届数字经济论坛", "杭州")
    assert _opening(["国务院常务会议今天以视频方式召开。会议指出，要稳就业。"]) == ("国务院常务会议", None)
    text = ["第十届全国人大代表座谈会通过视频连线方式举行。王明指出，要履职尽责。"]
    assert _opening(text) == ("第十届全国人大代表座谈会", None)
    # A span that starts now announces the meeting: with only experts speaking, nothing is reported from it.
    assert check(["八国集团峰会今日起至10日在拉奎拉举行，期间将举行对话会议。专家王明指出，要关注美元。"]) == []


def test_local_government_and_party_meetings_are_named() -> None:
    text = ["全市招商项目对接会今天在市政府召开。会议要求，一是抓签约，二是抓落地。"]
    assert _opening(text) == ("全市招商项目对接会", "市政府")
    text = ["全省农业产业化现场观摩会在南阳举行。副省长王明出席并讲话。王明强调，要抓产业链。"]
    assert _opening(text) == ("全省农业产业化现场观摩会", "南阳")
    text = ["县委常委班子召开专题民主生活会。会上，常委们逐一发言。县委书记王明指出，要对照检查。"]
    assert _opening(text) == ("专题民主生活会", None)


def test_reactions_at_home_and_abroad_to_a_speech_are_no_meeting() -> None:
    lead = "总书记王明在中央党校建校90周年庆祝大会上发表重要讲话。"
    rest = ["王明指出，要办好党校。"]
    assert check([lead + "海内外人士表示，讲话意义重大。", *rest]) == []
    assert _cues([lead, *rest]) == [["王明指出"]]


def test_any_meeting_held_by_a_name_ending_in_hui_is_opened_and_its_noun_may_state_points() -> None:
    # No table lists 推进会 / 恳谈会 / 通气会: any name ending in 会 that is held or convened opens a meeting, and the
    # report's own noun then speaks for it.
    meetings = check(["全市重点项目建设双月通气会在市行政中心举行。通气会要求，一是抓开工，二是抓投资。"])
    assert [(m["name"], m["place"]) for m in meetings] == [("全市重点项目建设双月通气会", "市行政中心")]
    assert [(p["cue"], [i["marker"] for i in p["items"]]) for p in meetings[0]["points"]] == [("通气会要求", ["一是", "二是"])]


def test_hui_as_will_before_a_verb_is_no_meeting_noun() -> None:
    # 会 is also "will": "市场会认为" after an opened …会 is no cue of that meeting.
    meetings = check(["全市招商项目对接会今天在市政府召开。会议要求，要抓签约。外地客商会认为这里环境好。"])
    assert [p["cue"] for m in meetings for p in m["points"]] == ["会议要求"]


def test_a_speaker_at_a_press_conference_reports_no_meeting() -> None:
    # "在发布会上表示" sets answers at a press conference: no meeting opens there, and none is reported.
    text = ["市政府新闻办举行新闻发布会，介绍新政有关情况。",
            "市住建局副局长王明在发布会上表示，新政共15条。一是降低门槛；二是加大支持。",
            "市公积金中心主任李芳表示，新政将同步上线。"]
    assert check(text) == []
