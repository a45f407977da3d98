"""Cues whose subject is the meeting, a document or the place (families 1 to 3 of cues.py): 会议指出 / 全会强调 /
会议审议通过了, 公报指出 / 《意见》提出, 会上, / 座谈会上还指出,; and a decision verb opening a later clause of a
sentence whose subject is the meeting (会议以…方式，审议通过了…).
"""

from __future__ import annotations

import re

from .cue_grammar import ADV, CLAUSE_BREAKS, NOT_A_STATEMENT, SEP, STATEMENT_MODAL, WINDOW, Cue, opens_items
from .markers import match_marker
from .openings import not_a_meeting
from .speakers import alt
from .terms import (
    APPRAISALS,
    ATTENDING_GROUP_START,
    ATTENDING_VERBS,
    BRIEFING_VERBS,
    CARRYING_OUT_ADVERBS,
    CARRYING_OUT_VERBS,
    CONGRESS_SHORT,
    COURTESY_WORDS,
    DECISIONS,
    DELIBERATIONS,
    DOCUMENT_NOT_IN,
    DOCUMENT_NOUNS,
    ELECTING_VERBS,
    MEETING_CUE_NOT_AFTER,
    MEETING_DEPLOYS,
    MEETING_NOT_ACTING,
    MEETING_NOUNS,
    MEETING_OBJECT_OF,
    MEETING_VERBS,
    OPENING_VERBS,
    PASSIVE_AGENT,
    PAST_WORDS,
    PRESENTATIONS,
    PRESENTING_VERBS,
    REFERRING_WORDS,
    SETTING_ACTS,
    SHOWING_VERBS,
    SPEECH_CONTENT_LEADS,
    SPEECH_CONTENT_SPANS,
    SPEECH_VERBS,
    SUBMITS_TO,
    TURN_ADVERBS,
)

# The manner of a decision between the meeting and its verb: "会议以现场投票与网络投票相结合的方式审议通过了…"
# (with a comma after it, the verb opens the next clause: bare_decision).
_MANNER = r"(?:以|通过)[^\W_]{1,24}?(?:方式|形式)"
# The same manner inside a deliberated decision: "大会审议并以举手表决的方式通过了…" is one verb, as 审议并通过 is.
_DELIBERATED = rf"(?:{alt(DELIBERATIONS)})并?{_MANNER}(?:{alt(DECISIONS)})"
_DECIDED = rf"{_DELIBERATED}|{alt(MEETING_VERBS)}"
# A hearing before the statement, its setting: "会议听取了…的汇报后指出，", "会议在审议…时强调，".
_SETTING = rf"在?(?:{alt(SETTING_ACTS)})[^，,。；;：:！？!?\n]{{1,60}}?(?:之后|以后|后|时)(?={ADV}(?:{alt(SPEECH_VERBS)})[ \u3000]*[，,：:])"
_ADVERBS = re.compile(ADV)
# The meeting addressed is no subject: "金人庆向会议提出…报告" submits to it (向 / 给 before its noun).
_MEETING_CUE = re.compile(
    rf"(?P<subj>[^\W_]{{0,24}}?(?<![向给])(?:{alt((*MEETING_NOUNS, *CONGRESS_SHORT))}))(?:在[^\W_]{{1,16}}?的同时|{_MANNER}|{_SETTING})?(?P<adv>{ADV})"
    rf"(?P<verb>{_DECIDED})"
    rf"(?P<le>了)?{SEP}?"
)
# The report's own meeting as the subject by its noun, whatever it is ("…对接会在市政府召开。对接会要求，…"): any
# noun ending in 会 the report opened (Speakers.meetings), two characters and 会, so 会 as "will" ("市场会认为")
# is never read as one.
_OWN_MEETING_CUE = re.compile(
    rf"(?P<subj>[^\W_]{{0,24}}?(?P<noun>[^\W\d_]{{2}}会))(?P<adv>{ADV})(?P<verb>{_DECIDED})(?P<le>了)?{SEP}?"
)
OWN_NOUN_LENGTH = 3
# The object of a meeting verb with 了 that runs to a colon: "会议明确了今年…工作的目标任务：".
# The object itself: a run of a clause's words.
_OBJECT_RUN = r"[^，,。；;：:！？!?\n]{2,40}?"
_MEETING_OBJECT = re.compile(_OBJECT_RUN + r"(?P<sep>[：:]\s*)")
# What was adopted described before a colon, its documents' titles after it ("会议审议并通过了某某所作报告：《关于…的
# 说明》和《…》"): the description announces the titles, the point's text, as 以下议案： does.
_DESCRIBED_OBJECT = re.compile(r"[^，,。；;：:！？!?\n《》]{2,40}?(?P<sep>[：:]\s*)(?=《)")
# A count of what follows ("三项", "五个方面"), as a meeting's object announces its items.
_COUNT = r"[一二三四五六七八九十两几\d]+(?:个方面|方面|项|条|点)"
# Without 了 the object must announce what follows, by a word of what follows or a count ("会议议定以下事项：",
# "会议确定三项任务："): "会议要求各地：" is the requirement's addressee, and "会议强调要…：" its text.
_ANNOUNCED_OBJECT = re.compile(
    rf"(?:以下|如下|下列|{_COUNT})[^，,。；;：:！？!?\n]{{0,20}}?(?P<sep>[：:]\s*)"
)
# A counted object that ends its sentence when the items follow it ("会议提出了五项具体要求。一是…"): the object is the
# cue's, as before a colon.
_COUNTED_OBJECT = re.compile(
    rf"[^，,。；;：:！？!?\n]{{0,10}}?{_COUNT}[^，,。；;：:！？!?\n]{{0,20}}?"
    r"(?P<sep>[。：:])"
)
# Any object of a verb with 了 up to a colon or a stop, when the items follow it ("会议确定了加快发展…的任务措施。一是…",
# "会议确定了2011年改革重点工作：一是…"): what the items set out, the cue's as a counted object is.
_LISTED_OBJECT = re.compile(_OBJECT_RUN + r"(?P<sep>[：:。；;]\s*)")
# A decision verb (…通过, …决定, …确定, …同意, …批准) opening a clause of the meeting's sentence.
_BARE_DECISION = re.compile(
    rf"(?P<subj>)(?P<adv>{ADV})(?P<verb>{_DELIBERATED}|{alt(verb for verb in MEETING_VERBS if verb.endswith(DECISIONS))})"
    rf"(?P<le>了)?{SEP}?"
)
# Decisions whose object is what was settled, not a document adopted.
_SETTLED = ("确定", "决定")
# Decisions whose object is a document adopted.
_ADOPTED = ("通过", "批准")
# A decision the meeting made, with the place for its subject ("会上表决通过了…", "会上讨论通过协会…规划"): a
# deliberated 通过 with or without 了, or 通过 with 了 (without either, 通过 is "by means of": "会上通过视频…").
_ADOPTED_AT = rf"(?:(?:{alt(DELIBERATIONS)})并?)?通过了|(?:{alt(DELIBERATIONS)})并?通过"
# A meeting as the subject at a sentence start ("会议", "十九届四中全会").
_MEETING_SUBJECT = re.compile(rf"[^\W\d_]{{0,16}}?(?:{alt(MEETING_NOUNS)})")
_DOCUMENT_CUE = re.compile(
    # "批示指出", "批示中指出" (the document as a setting), "《意见》提出" (a title quoted as the subject; 意见 alone is
    # too often a noun before a verb: "听取意见建议").
    rf"(?P<subj>[^\W_]{{0,16}}?(?:{alt(DOCUMENT_NOUNS)})》?|《[^》]{{1,40}}》)中?(?P<adv>{ADV})"
    rf"(?P<verb>{alt(SPEECH_VERBS)}){SEP}?"
)
# The place, and a statement verb or a decision when the subject is left out ("会上强调，…", "座谈会上还指出，…",
# "会议上决定…"). A long setting runs to forty characters ("在27日举行的联合国安理会海上安全问题高级别公开辩论会上，"),
# and may count the sittings it spans ("在第二、三、四、五阶段会议上，").
# A decision may follow the deliberation that led to it in a clause of its own ("会上，经充分讨论研究，决定以下事项：").
_AFTER_DELIBERATION = r"[，,]\s*经过?[^\W\d_]{0,4}?(?:讨论|研究|审议|协商)(?:研究|讨论)?[，,]\s*"
_AT_CUE = re.compile(
    rf"(?P<subj>在?(?:[^\W_]|、(?=[一二三四五六七八九十\d])){{0,40}}?(?:{alt(MEETING_NOUNS)}|会))上(?P<adv>还|也|同时)?"
    # The ones addressed may stand before the verb ("会上还对家长们提出了…"): the cue runs through the verb.
    rf"(?:(?:对[^\W\d_]{{1,8}}?)?"
    rf"(?P<verb>{alt(SPEECH_VERBS)}|{alt(_SETTLED)}|{_ADOPTED_AT}|{_AFTER_DELIBERATION}(?:{alt(_SETTLED)})))?{SEP}?"
)
# Presenting to the meeting (terms.PRESENTING_VERBS): 宣读了, 通报了, 作了汇报, 作典型发言, 进行专题报告.
# A presenting verb may take a second verb before its 了 ("汇报交流了", "传达学习了", "听取并审议了").
_PRESENTING = re.compile(
    # Reading out, or leading the others' reading (领学《…》, 领读), is presenting with or without 了; so is passing a
    # document on to the meeting (宣贯学习《…条例》).
    # 作 as the act, not inside a word (工作报告稿, 创作, 合作).
    rf"(?:{alt((*PRESENTING_VERBS, *SHOWING_VERBS))})[^\W\d_]{{0,3}}?了|宣读|宣贯|领学|领读"
    # The presentation's title may stand before its kind (作了题为《…》的工作报告).
    # 做 as well (做了专题报告), not inside a word (叫做, 看做, 当做, 所做).
    rf"|(?:(?<![工制创写操合运])作|(?<![叫看当所])做|进行)了?(?:题为《[^》]{{1,80}}》的)?[^\W_]{{0,4}}?(?P<kind>{alt(PRESENTATIONS)})"
    # A body's work report named by whose work it covers, or a report by what it is on, 作 or 做 (侯院士代表学会做第七届
    # 理事会工作报告, 做有关章程修改的报告); not the report as a noun (所作的…报告).
    r"|(?<![工制创写操合运叫看当所])[作做]了?[^，,。；;：:]{1,16}?(?:工作报告|的报告)"
    # 进行 before a presenting verb (对《…》进行了梳理和解读, 进行了通报): the act done, with or without 了 after it,
    # its manner before the verb with 的 (进行了深入浅出的讲解), other acts listed before it (进行了分析、研判和通报).
    rf"|进行了?(?:[^\W_]{{1,8}}?的)?(?:[^\W_]{{1,4}}?[、和及与])*[^\W_]{{0,4}}?(?:{alt(PRESENTING_VERBS)})"
    # Done together (大家集中学习…精神, 集体观看了…): a study session's or a showing's item, with or without 了.
    rf"|(?:集中|集体)(?:{alt(('学习', *SHOWING_VERBS))})"
    # A mobilisation that ends its clause (对…工作进行动员；): no content of its own; one that goes on to its
    # arrangements (进行了动员部署，并做出具体安排：1、…) lays them out.
    r"|进行了?动员(?=[；;。]|$)"
)
# A thing released at the meeting as the subject of the place cue's first clause ("会上，一份…研究结果发布", "…名单
# 揭晓"): the news is the release, the meeting its occasion.
_RELEASED = re.compile(r"^[，,]?[^，,。；;：:]{2,60}?(?:发布|公布|出炉|揭晓)(?:[，,；;]|$)")
# A ceremony held at the meeting ("会上还举行了…集体合同签约仪式", "会上举行了揭牌仪式"): procedure, the meeting's
# programme, not a statement.
_CEREMONY_HELD = re.compile(r"^[，,]?(?:还|也|同时)?举行了?[^，,。；;：:]{0,40}?(?:仪式|签约|签字|揭牌|颁奖|授旗)")
# An election's result announced at the meeting ("会上，某某公司董事长某某当选商会第二届理事会会长"): procedure, who
# was elected, not a statement.
_ELECTED = re.compile(r"^[，,]?[^，,。；;：:]{2,60}?(?:当选|被选为|被推选为)")
# A programme's item performed at the meeting ("茶话会上，…文艺工作者表演了精彩的节目"): the evening's programme, not a
# statement.
_PERFORMED = re.compile(r"^[，,]?[^，,。；;：:]{0,40}?(?:表演|演出|演唱|演奏|朗诵)了")
# Things handed out at the meeting ("会上，学院向每位代表分发了…图书") or handed up ("会上，各村向党委书记递交了责任状"):
# the programme, not a statement.
_HANDED_OUT = re.compile(r"^[，,]?[^，,。；;：:]{0,40}?(?:分发|发放|赠送|颁发|发给|递交|呈交|上交)了")
# Agreements signed at the meeting ("会上，两国有关单位签署了…合作协议"), or who chaired it ("会上，由村支部书记主持，…"):
# the programme, not a statement.
_SIGNED = re.compile(r"^[，,]?[^，,。；;：:]{0,40}?(?:签署|签订)了")
_CHAIRED = re.compile(r"^[，,]?由[^，,。；;：:]{1,20}?主持[，,]")
# What a speech drew on or covered, in the clause of its act: "大家结合工作实际作了交流发言", "从…四个方面作了…".
_DESCRIBED_SPEECH = re.compile(
    rf"(?:{alt(SPEECH_CONTENT_LEADS)}|从[^，,。；;]{{1,40}}?(?:{alt(SPEECH_CONTENT_SPANS)}))[^，,。；;]*$"
)
# A sentence that only judges others' work or greets them ("王明对…工作表示了充分肯定。", "王明对…一行表示欢迎，并对…
# 表示感谢。"): a place cue before it states nothing.
_JUDGED = (
    rf"对[^。；;！？!?]{{1,60}}?(?:表示|给予|予以)了?(?:充分|高度|衷心|诚挚|热烈)?的?(?:{alt((*APPRAISALS, *COURTESY_WORDS))})"
)
_APPRAISAL = re.compile(rf"[^，,。；;！？!?]{{0,40}}?{_JUDGED}(?:[，,]并?(?:[^，,。；;！？!?]{{0,12}}?){_JUDGED})*[。！!]?")
# The topics someone spoke on, named and no more ("王明还就抓好…等相关工作进行强调。", "…就…作了部署。", "…就…相关
# 事宜进行安排部署。"): no content stated.
_TOPICS_NAMED = re.compile(
    r"[^，,。；;！？!?]{0,12}?[就对][^。；;！？!?]{2,80}?(?:进行|作了?|做了?|作出|做出)了?(?:强调|部署|安排|说明|要求){1,2}[。！!]?"
    # ... or the requirements named by their topics alone ("…首先对…等工作提出了具体工作要求。")
    r"|[^，,。；;！？!?]{0,12}?[就对][^。；;！？!?]{2,80}?提出了?(?:具体|明确|相关)?的?(?:工作)?要求[。！!]?"
    # ... or a position stated and not spelled out ("温家宝总理就地区形势和南海等问题阐明了中方立场。")
    r"|[^，,。；;！？!?]{0,12}?[就对][^。；;！？!?]{2,80}?(?:阐明|阐述|表明)了?[^，,。；;！？!?]{0,8}?"
    r"(?:立场|观点|看法|主张|态度)[。！!]?"
)
# The work a meeting praised (会议充分肯定了…工作), and at most the topics it then named requirements on: no statement.
_PRAISED = ("肯定", "肯定了")
_PRAISED_WORK = re.compile(rf"[^，,。；;！？!?]{{1,40}}(?:[，,]并?(?:{_TOPICS_NAMED.pattern}))?[。！!]?")
# The topics gone through, named and no more ("会上，还讨论部署了学科评估、实验室建设等工作。"): procedure, no content.
_TOPICS_GONE_THROUGH = re.compile(
    r"还?(?:研究|讨论|审议|部署|安排){1,2}了?[^，,。；;！？!?]{2,60}?等?(?:工作|事项|事宜|问题)[。！!]?"
)
# Who chaired or attended, in sentences after what the place cue opens ("会议由…主持。"): procedure, left out of what
# that region states.
_HOSTED_AFTER = re.compile(r"(?<=[。！!])(?:[^。！!？?]*?(?:主持|参加|出席|列席)了?(?:会议|大会)?[。！!])+$")
# A speech given, its clause running on to the speaker's own cue ("会上，党委书记王明发表重要讲话，他说，…"): the place
# brings the speaker in, whose words follow under that cue (a place cue before speeches and no more is a point).
_SPEECH_THEN = re.compile(r"[^，,。；;！？!?]{0,30}?(?:发表|作|做)了?[^，,。；;！？!?]{0,8}?(?:讲话|发言|致辞)[，,]")
# Work reviewed and planned, named clause by clause and no more ("会上，王明全面总结上半年检察工作情况，查找工作中存在的
# 不足，研究部署下半年工作。"): no content stated.
_REVIEW = (
    r"(?:全面|认真|深入|系统)?(?:总结|回顾|分析|查找|梳理|研究部署|讨论部署|安排部署|部署|安排)了?"
    r"[^，,。；;！？!?]{1,30}?(?:情况|不足|问题|工作|成绩|成效|任务)"
)
_WORK_REVIEWED = re.compile(rf"[^，,。；;！？!?]{{0,20}}?{_REVIEW}(?:[，,、]并?{_REVIEW})*[。！!]?")
# What the meeting made clear, named short, and its next verb after a comma ("明确了责任分工，要求…"): one cue. A
# topic deployed before what is asked of it (部署了…工作，要求…) stays the point's text (tests/test_meeting_forms.py).
_CLARIFIED = "明确"
_CHAINED = re.compile(rf"[^\W_]{{1,12}}?[，,]并?(?P<then>{alt(('要求', '强调', '指出', '提出'))}){SEP}?")
# A topic gone through as the whole statement (研究部署了下一步工作。, 部署了明年工作任务。): no content stated.
_TOPIC_ONLY = re.compile(r"[^\W_]{1,16}?工作(?:任务|安排|重点)?(?P<sep>[。；;])")
# A closing line that names nothing decided: "会议还研究了其他事项", "会议还通过了人事任免事项" (appointments
# that name nobody need no 有关 / 其他 before them).
_CONTENT_FREE = re.compile(
    r"(?:(?:有关|其他|其它|相关)[^\W_]{0,6}?)?(?:人事)?(?:任免|任命)(?:案|事项)[。；;]"
    r"|(?:有关|其他|其它|相关)[^\W_]{0,6}?(?:人事事项|事项|议案)[。；;]"
    # ... or nothing at all after the verb (…，交第三届一次会员大会表决通过。): a step named, no object decided
    r"|\s*[。；;！!]"
)


def meeting_cue(text: str, pos: int, stop: int, para: int) -> Cue | None:
    """The meeting's, a document's or the place's cue (module docstring) at `pos`, or None."""
    match = _MEETING_CUE.match(text, pos, stop)
    if match is not None and _verb_ok(text, match, stop) and not _opens_an_item(text, pos, stop):
        obj = None
        # "会议确定了改革重点：…": 了 ends the cue of what was decided, which is the text; an object that announces what
        # follows (会议确定了以下主要任务：一是…) is the cue's, printed whole, as a document adopted keeps the words
        # announcing it ("会议审议通过了以下议案：1.《…》").
        decided = bool(match.group("le")) and match.group("verb").endswith(_SETTLED)
        clarified = match.group("verb") == _CLARIFIED and match.group("le") and not match.group("sep")
        chained = _CHAINED.match(text, match.end(), stop) if clarified else None
        if chained is not None:
            # "会议明确了责任分工，要求各地区…": what was made clear is named, and the statement follows the next verb.
            return Cue(pos, chained.end("then"), chained.end(), para, None, pos)
        if not match.group("sep") and not decided:
            obj = _named_object(text, match, stop)
        elif decided:
            # A topic settled with its items after it, or the words announcing them: the cue's; the items are the
            # point's text.
            obj = _ANNOUNCED_OBJECT.match(text, match.end(), stop) or _items_follow(
                _TOPIC_ONLY.match(text, match.end(), stop), text, stop
            )
        if obj is None and match.group("le") and not match.group("sep"):
            obj = _items_follow(_LISTED_OBJECT.match(text, match.end(), stop), text, stop)
        if obj is not None:
            # "会议明确了今年…的目标任务：1.…": the object before the colon is the cue's, as a speaker's
            # "提出三点要求：" is; the point's text follows the colon.
            return Cue(pos, obj.start("sep"), obj.end(), para, None, pos)
        return Cue(pos, match.end("le") if match.group("le") else match.end("verb"), match.end(), para, None, pos)
    match = _DOCUMENT_CUE.match(text, pos, stop)
    if (
        match is not None
        and not any(word in _unquoted(match.group("subj")) for word in (*DOCUMENT_NOT_IN, "在"))
        and not _DONE_TO.search(match.group("subj"))
    ):
        # Not "各方应该将…有关决议要求落到实处": there the document is what someone acts on; nor "丁薛祥在报告中指出",
        # a person speaking with the document as the setting; nor "会议首先宣贯了相关文件要求", the 要求 a verb before
        # it acted on.
        return Cue(pos, match.end("verb"), match.end(), para, None, pos)
    match = _AT_CUE.match(text, pos, stop)
    if match is not None and match.group("verb"):
        return _said_at(text, match, stop, para)
    if match is not None and (match.group("sep") or _alone_at(match)) and _place_states(text, match, stop):
        end = match.end("adv") if match.group("adv") else match.end("subj") + 1
        return Cue(pos, end, match.end(), para, None, pos, place=True)
    return None


def _alone_at(match: re.Match[str]) -> bool:
    """Whether a place with an adverb and no separator ("座谈会上还…") is the whole subject: not someone's setting
    ("王岐山在开幕会上还与常委们互动交流", where what the person does follows)."""
    return bool(match.group("adv")) and "在" not in match.group("subj")[1:]


def _named_object(text: str, match: re.Match[str], stop: int) -> re.Match[str] | None:
    """The object after a meeting verb with no separator that is the cue's: one announcing what follows, or any
    object before a colon after 了 (see meeting_cue)."""
    # "会议审议通过了关于召开…的决定：…": a document adopted is the point's text from its title, whatever its
    # colon introduces; only words announcing what follows (以下议案：, or a description before the titles) are the
    # cue's.
    adopted = match.group("verb").endswith(_ADOPTED)
    named = _MEETING_OBJECT if match.group("le") and not adopted else _ANNOUNCED_OBJECT
    obj = named.match(text, match.end(), stop)
    if obj is None and adopted:
        obj = _DESCRIBED_OBJECT.match(text, match.end(), stop)
    return obj or _items_follow(_COUNTED_OBJECT.match(text, match.end(), stop), text, stop)


def _opens_an_item(text: str, pos: int, stop: int) -> bool:
    """"五是结合学校第十次党代会和人才工作会议部署，…": a subject that opens with an item's marker is the item's text
    (a meeting named inside it, 部署 its noun), not a meeting speaking."""
    return match_marker(text, pos, stop, para_start=True) is not None


def _items_follow(obj: re.Match[str] | None, text: str, stop: int) -> re.Match[str] | None:
    """`obj` when the first item follows it ("…五项具体要求。一是…"), in its paragraph or at the next one's start
    (past `stop`, the paragraph's end), else None."""
    if obj is None:
        return None
    at = obj.end()
    while at < len(text) and text[at].isspace():
        at += 1
    return obj if opens_items(text, at, min(len(text), at + WINDOW)) else None


def own_meeting_cue(text: str, pos: int, stop: int, para: int, nouns: frozenset[str]) -> Cue | None:
    """"对接会要求，…": the noun of a meeting the report opened as the subject of a meeting verb."""
    if not nouns:
        return None
    match = _OWN_MEETING_CUE.match(text, pos, stop)
    if match is None or match.group("noun") not in nouns or not _verb_ok(text, match, stop):
        return None
    return Cue(pos, match.end("le") if match.group("le") else match.end("verb"), match.end(), para, None, pos)


def _said_at(text: str, match: re.Match[str], stop: int, para: int) -> Cue | None:
    """"会上强调，…": the place stands for the meeting as the subject of its statement, which follows the verb
    (its comma may be left out, "会上要求各地…"), as after 会议强调; not at a press conference or an earlier meeting."""
    subject, after = match.group("subj"), text[match.end("verb") : match.end("verb") + 1]
    place = subject.removeprefix("在")
    # Only a place: "省长王明5日在会上指出" is a person's cue with the place as its setting.
    if "在" in place or not (place == "会" or _MEETING_SUBJECT.fullmatch(place)) or not_a_meeting(subject):
        return None
    if _earlier_meeting(subject):
        return None
    if not match.group("sep") and after in NOT_A_STATEMENT:
        # "会上还对家长们提出了要重视…": after 了 a modal still opens what was said; 提出了…工作 names a topic.
        said = match.end("verb") + 1
        modal = after == "了" and STATEMENT_MODAL.match(text, said) is not None
        return Cue(match.start(), said, said, para, None, match.start()) if modal else None
    announced = None if match.group("sep") or not match.group("verb").endswith(_SETTLED) else (
        _ANNOUNCED_OBJECT.match(text, match.end("verb"), stop)
    )
    if announced is not None:
        # "会上，经充分讨论研究，决定以下事项：1、…": the words announcing what was decided are the cue's, as after 会议.
        return Cue(match.start(), announced.start("sep"), announced.end(), para, None, match.start())
    return Cue(match.start(), match.end("verb"), match.end(), para, None, match.start())


def _place_states(text: str, match: re.Match[str], stop: int) -> bool:
    """Whether a place cue opens a statement: not at a press conference ("在当天的新闻发布会上，"), whose
    answers are no meeting's points, nor at an earlier meeting ("2023年初召开的村民代表大会上，"), nor before
    procedure ("会上宣读了…")."""
    subject = match.group("subj")
    return not not_a_meeting(subject) and not _earlier_meeting(subject) and not _procedure(text, match.end(), stop)


def judges_only(text: str, cue: Cue, end: int) -> bool:
    """Whether `cue` is a place cue whose whole region (up to `end`) only judges others' work ("座谈会上，王明对…工作
    表示了充分肯定。"), names the topics someone spoke on ("会上，王明还就…等工作进行强调。") or the speech someone gave
    before his own cue ("会上，王明发表重要讲话，他说，…"), or a meeting's praise
    of work with at most the topics it named ("会议充分肯定了…工作，并对…提出了要求。"): no point, though the place still
    tells detect.py that a meeting is reported.

    Args:
        text: The joined body.
        cue: A cue found in it.
        end: Where the cue's region ends.

    Returns:
        True when the cue opens no point.
    """
    if not cue.place and not text[cue.start : cue.end].endswith(_PRAISED):
        # The region is read only where a pattern may apply: most cues are neither a place nor a praise.
        return False
    region = _HOSTED_AFTER.sub("", text[cue.text_start : end].rstrip())
    if not cue.place:
        # "会议充分肯定了协会2017年工作，并对做好2018年工作提出了要求。": the meeting praised work and named a topic.
        return _PRAISED_WORK.fullmatch(region) is not None
    return any(
        pattern.fullmatch(region) is not None
        for pattern in (_APPRAISAL, _TOPICS_NAMED, _TOPICS_GONE_THROUGH, _WORK_REVIEWED, _SPEECH_THEN)
    )


def _procedure(text: str, start: int, stop: int) -> bool:
    """Whether the sentence from `start` reports procedure ("…作了汇报", "宣读了…名单", a ceremony held: "还举行了…签约
    仪式", a programme's item performed: "…表演了节目", agreements signed, who chaired it), or a release whose thing
    is the subject ("…上，一份…研究结果发布。", "…名单揭晓"), not a statement."""
    end = text.find("。", start, stop)
    sentence = text[start : stop if end < 0 else end]
    programme = (_RELEASED, _CEREMONY_HELD, _PERFORMED, _ELECTED, _HANDED_OUT, _SIGNED, _CHAIRED)
    if any(pattern.match(sentence) for pattern in programme):
        return True
    return any(_presents(sentence, act) for act in _PRESENTING.finditer(sentence))


# The kinds of presentation that are speeches (作交流发言, 作重要讲话): in turn, the speakers' own statements.
_SPEECHES = ("发言", "讲话")


def _presents(sentence: str, act: re.Match[str]) -> bool:
    """Whether `act` presents to the meeting: any presenting verb, and a speech (作交流发言, 作重要讲话) unless the
    sentence gives speeches in turn (先后作了交流发言: the guests' statements) or describes it by what it covered
    (结合工作实际作了交流发言)."""
    in_turn = any(word in sentence[: act.start()] for word in TURN_ADVERBS)
    if act.group("kind") not in _SPEECHES:
        # "与会辅导员一一汇报了…体会": the attendees reporting in turn speak for themselves, as in turns of 发言.
        return not (in_turn and sentence.startswith(ATTENDING_GROUP_START))
    if in_turn:
        return False
    return _DESCRIBED_SPEECH.search(sentence, 0, act.start()) is None


# A document's title printed without title marks after 通过, up to its kind (关于免去…职务的决定).
_UNMARKED_TITLE = re.compile(r"关于[^。；;！？]{2,80}?的(?:决定|决议|议案|报告|办法|规定|意见|方案|条例)(?=[。；;，,、]|$)")


def _verb_ok(text: str, match: re.Match[str], stop: int) -> bool:
    """Whether the meeting cue `match` (in `text`, its sentence ending at `stop`) states what the meeting said or
    decided: the meeting is the verb's subject, and the verb opens a statement."""
    if not _meeting_is_subject(match) or _states_nothing(text, match, stop):
        return False
    if match.group("verb") in BRIEFING_VERBS:
        return bool(match.group("sep")) and not match.group("le")
    # "会议通过视频形式召开" uses 通过 as "by means of": only "通过了" / "通过《…》" / "通过," and a document's title
    # without its marks ("会议通过关于免去…职务的决定") state a decision.
    if match.group("verb") != "通过" or match.group("le") or match.group("sep"):
        return True
    after = match.end("verb")
    return after < stop and (text[after] == "《" or _UNMARKED_TITLE.match(text, after, stop) is not None)


def _object_of_preposition(subject: str) -> bool:
    """Whether the words naming a meeting before a verb make it a preposition's object (围绕…, 根据…, 经过…)."""
    return (
        subject.startswith(MEETING_CUE_NOT_AFTER)
        or any(word in subject for word in MEETING_OBJECT_OF)
        or _ACTOR_ON.search(subject) is not None
    )


# Someone acting on what the meeting names ("与会领导人对中方主办峰会表示支持", "王明就本次论坛提出"): the meeting is
# the object of 对 / 就 after the actor, not the verb's subject. Not a word 对 or 就 begins (对口, 对外, 对话, 就业).
_ACTOR_ON = re.compile(r"(?<=[^\W\d_])(?:对(?![口外台接标话于比照])|就(?![业医读职诊地近]))")


# Verbs that act on a meeting's decisions before its name: the meeting is their object, not a speaker.
_ACTED_ON = re.compile(rf"^(?:{alt(CARRYING_OUT_ADVERBS)})?(?:{alt(CARRYING_OUT_VERBS)})")


# ... or right before the meeting's noun after the one who acts ("某某部迅速落实会议要求"). 学习 is left out: a study
# session's name ends with it (中心组学习会议).
_ACTED_ON_NOUN = re.compile(
    rf"(?:{alt(tuple(verb for verb in CARRYING_OUT_VERBS if verb != '学习'))})(?:{alt((*MEETING_NOUNS, *CONGRESS_SHORT))})$"
)


# A verb done to the meeting's paper inside the subject (介绍了全会决定, 学习了党的十七届六中全会决定): the verb's 了 a
# few words before the meeting's name, no 为了 / 除了.
_DONE_TO = re.compile(r"(?<![为除])了[^，,。；;了]{0,14}$")


# 经 marking the meeting as the agent inside the subject: after the day a law was passed or after the paper's name
# (某某法于1984年5月经…会议通过, 该条例经…常委会审议通过). 经 in a word (经济, 已经) follows neither.
_AGENT_OF_PASSING = re.compile(r"(?:[年月日]|法|条例|规定|办法|方案|规划|决定|意见)经")


def _meeting_is_subject(match: re.Match[str]) -> bool:
    """Whether the meeting named before the verb of `match` is its subject, not another's object or agent."""
    subject = match.group("subj")
    if _object_of_preposition(subject):
        # "围绕…常委会部署要求", "与会代表围绕…会议部署": the meeting is a preposition's object, not the subject of a cue.
        return False
    if _ACTED_ON.match(subject) or _ACTED_ON_NOUN.search(subject):
        # "认真落实四中全会部署", "听取贯彻落实中央城市工作会议部署…汇报": the meeting's 部署 is what is carried out;
        # so after the one who carries it out ("项经部迅速落实会议要求，随即召开…").
        return False
    if _DONE_TO.search(subject):
        # "着重介绍了全会决定…": the meeting's decision is what a verb before it acted on, a noun, no cue.
        return False
    if _earlier_meeting(subject) or subject.startswith(SPEECH_VERBS) or _PROPOSED_TO.search(subject):
        # "建议第十三届…第五次会议批准…": the meeting is whom a proposal asks to decide, the object of the verb before it;
        # so after the proposer too ("法律委员会建议本次常委会会议审议通过…").
        return False
    passive = subject.startswith(PASSIVE_AGENT) or _AGENT_OF_PASSING.search(subject) is not None
    if passive and not match.group("le") and match.group("verb").endswith(DECISIONS):
        # "经省委常委会会议审议通过，…印发《措施》", "某某法于1984年5月经…会议通过": 经 makes the meeting the agent of
        # what the sentence's subject issues or of a law's passing, a decision verb with no object of its own; it
        # states nothing itself.
        return False
    return not _calls_the_meeting(subject)


# A proposal's verb right before the meeting's name: the meeting is asked to decide, it decides nothing yet.
_PROPOSED_TO = re.compile(r"(?:建议|提请|提议)[^，,。；;]{0,12}$")


# Papers named by 建议 before them: a proposed agenda, list or candidates, a noun, no proposal stated.
_PROPOSED_PAPERS = ("议程", "名单", "人选")


# The meeting that elects at its own report is named by its noun (会议, 大会, 全会).
_ELECTING_SUBJECT = 2


def _topic_only(text: str, pos: int, stop: int) -> re.Match[str] | None:
    """The topic gone through at `pos` as the whole statement (下一步工作。), unless items follow it: "会议确定了
    2011年改革重点工作。一是…" announces them, as a counted object does."""
    topic = _TOPIC_ONLY.match(text, pos, stop)
    return topic if topic is not None and _items_follow(topic, text, stop) is None else None


def _states_nothing(text: str, match: re.Match[str], stop: int) -> bool:
    """Whether what follows the verb of `match` up to `stop` names no statement: a topic gone through, drafts put
    to another sitting, a closing line, or a noun the verb qualifies."""
    if match.group("le") and _topic_only(text, match.end(), stop) is not None:
        # "会议研究部署了下一步工作。": the meeting went through a topic, it stated nothing.
        return True
    elected = match.group("le") or "为" in text[match.end() : stop]
    # A meeting referred back to (本次会议, 此次大会) is the one reported, as its bare noun is.
    named = len(match.group("subj")) > _ELECTING_SUBJECT and not match.group("subj").startswith(REFERRING_WORDS)
    if match.group("verb") in ELECTING_VERBS and (named or not elected):
        # "会议选举劳尔·卡斯特罗为第一书记" elects someone to an office, as "会议选举了镇长一名" does with its 了; without
        # either, 选举 is a noun (选举办法). A meeting named in full that elected someone is the background of another
        # meeting's report (a court's meeting that announces its new head, elected at the congress), not the meeting
        # reported.
        return True
    if match.group("verb") == "提出" and _submits(text, match.end(), stop):
        # "会议还提出了…选举办法(草案)，提请全体代表酝酿": drafts put to another sitting, a step of procedure.
        return True
    if _CONTENT_FREE.match(text, match.end(), stop):
        # "会议还表决通过了有关任免案。", "会议还研究了其他事项。": a closing line that names nothing decided.
        return True
    after = match.end("verb")
    if match.group("verb") == "建议" and text.startswith(_PROPOSED_PAPERS, after):
        # "…第一次会议建议议程草案", "…建议名单": the paper a meeting is proposed, named among what was adopted.
        return True
    # "…全会部署的构建新发展格局": the verb qualifies a noun, it opens no statement.
    return not match.group("le") and not match.group("sep") and after < stop and text[after] == "的"


def _submits(text: str, start: int, stop: int) -> bool:
    """Whether the sentence from `start` puts what it names to others for deliberation (…，提请…审议)."""
    end = text.find("。", start, stop)
    return SUBMITS_TO in text[start : stop if end < 0 else end]


def _earlier_meeting(subject: str) -> bool:
    """"去年底召开的中央经济工作会议强调", "2023年初召开的村民代表大会上", "在此前10月19日的听证会上": an earlier
    meeting quoted or recalled, a time of the past qualifying it, not the one reported."""
    return any(word in subject for word in PAST_WORDS) and "的" in subject


def _calls_the_meeting(subject: str) -> bool:
    """"县委书记李刚主持召开县委常委会会议强调": the meeting is the object of whoever called or attended it, so the verb
    after it is that person's, not the meeting's; "昨天召开的常务会议指出" qualifies the meeting and is its subject."""
    for verb in (*OPENING_VERBS, *ATTENDING_VERBS):
        at = subject.find(verb)
        if at >= 0 and "的" not in subject[at:]:
            return True
    return False


def _unquoted(text: str) -> str:
    """`text` without what stands inside 《》 (a title may hold any word)."""
    return re.sub(r"《[^》]*》", "", text)


def bare_decision(text: str, sentence: int, pos: int, stop: int, para: int) -> Cue | None:
    """"会议以…方式，审议通过了…": a decision verb opening a later clause of a sentence whose subject is the meeting
    acting; the cue runs from the meeting through the verb (and its 了)."""
    match = _BARE_DECISION.match(text, pos, stop)
    if match is None or pos - sentence > WINDOW or not meeting_acts(text, sentence, pos):
        return None
    if not _verb_ok(text, match, stop):
        return None
    colon = text[sentence:pos].rstrip()
    if colon.endswith(("：", ":")):
        # "大会形成决议：批准…": the clause before the colon announces the decision, which the verb starts.
        return Cue(sentence, sentence + len(colon) - 1, pos, para, None, sentence)
    return Cue(sentence, match.end("le") if match.group("le") else match.end("verb"), match.end(), para, None, sentence)


def continued_decision(text: str, pos: int, stop: int, para: int) -> Cue | None:
    """"会议选举产生了…。通过了《工会职责》…。": a sentence that opens on a decision verb with its 了 or its document's
    title and no subject, right after a sentence of its paragraph whose subject is the meeting acting: the meeting
    goes on deciding. The cue is the verb (and its 了)."""
    match = _BARE_DECISION.match(text, pos, stop)
    if match is None or not (match.group("le") or text.startswith("《", match.end("verb"))):
        return None
    line = text.rfind("\n", 0, pos) + 1
    end = pos - 1
    if end <= line or text[end] != "。":
        return None
    start = max(text.rfind("。", line, end) + 1, line)
    if not meeting_acts(text, start, end) or not _verb_ok(text, match, stop):
        return None
    return Cue(pos, match.end("le") if match.group("le") else match.end("verb"), match.end(), para, None, pos)


def meeting_acts(text: str, sentence: int, pos: int) -> bool:
    """Whether the sentence starts with the meeting acting ("会议听取了汇报，", "会议就…作出部署，"), not with a time
    or a place ("会议期间，", "会议在京召开，")."""
    subject = _MEETING_SUBJECT.match(text, sentence, pos)
    if subject is None:
        return False
    if _object_of_preposition(subject.group()):
        # "根据会议议程，大会将…批准…": the meeting is a preposition's object, the sentence's subject comes later.
        return False
    # An adverb may stand before what makes the meeting no agent: "大会首先由…作了开幕词" is 大会由….
    after = _ADVERBS.match(text, subject.end(), pos)
    after_end = subject.end() if after is None else after.end()
    if text.startswith(MEETING_NOT_ACTING, after_end, pos) and not _deploys(text, after_end, pos):
        return False
    if _held_clause(text, after_end, pos):
        return False
    # "希望论坛为…", "浙江省委30日召开常委扩大会议，提出": a verb before the noun makes it no subject.
    return not any(verb in subject.group() for verb in (*SPEECH_VERBS, *OPENING_VERBS, *ATTENDING_VERBS))


def _held_clause(text: str, start: int, pos: int) -> bool:
    """"…会议日前举行，通过《…》", "…论坛16日在京开幕，": the meeting's own clause says it was held, whatever time
    or place stands before its verb; what the sentence goes on to tell runs inside the opening, the meeting acts in
    no clause of it."""
    ends = [at for mark in CLAUSE_BREAKS if (at := text.find(mark, start, pos)) >= 0]
    clause = text[start : min(ends, default=pos)].rstrip()
    return clause.endswith(OPENING_VERBS)


def _deploys(text: str, start: int, pos: int) -> bool:
    """"会议对…进行全面部署，": the clause after the meeting noun lays out work (对…部署 / 对…作出安排)."""
    clause = text[start:pos].rstrip("，, ")
    return text.startswith("对", start) and clause.endswith(MEETING_DEPLOYS) and not any(m in clause for m in CLAUSE_BREAKS)


def quotes_another_meeting(text: str, cue: Cue, before: Cue | None, names: list[str]) -> bool:
    """"他指出，…。市第十次党代会提出要…": a meeting cue inside a speaker's statement (the cue before it in its
    paragraph is a person's) whose meeting is named in full and is none the report opens is another meeting he
    quotes, not a point of this one. A bare or referring noun (会议指出, 全会强调, 此次会议要求) is the report's own."""
    if cue.who is not None or cue.place or before is None or before.who is None or before.para != cue.para:
        return False
    match = _MEETING_CUE.match(text, cue.start, cue.end)
    if match is None or not names:
        return False
    subject = match.group("subj")
    if subject in MEETING_NOUNS or subject.startswith(REFERRING_WORDS):
        return False
    if any(subject in name or name in subject for name in names):
        return False
    # The name without its sitting's number is the same meeting's (国务院全体会议 for 国务院第三次全体会议); a subject
    # that prints a number of its own (…第四次会议) names that sitting.
    return _SITTING_NUMBER.search(subject) is not None or not any(
        subject in _SITTING_NUMBER.sub("", name) for name in names)


# The number of a meeting's sitting or term inside its name (第三次, 第十四届).
_SITTING_NUMBER = re.compile(r"第[一二三四五六七八九十百零〇\d]{1,4}[次届]")
