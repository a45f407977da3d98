"""Whether a text reports a meeting, or only names one (issue 14's detection).

A text reports a meeting when the meeting is what its lead is about. The steps, over the scanned text, its
cues and its opening sentences (report.py finds both):

1. Some evidence of a meeting at all: an opening sentence ("…会议在沈阳召开", "李克强出席…峰会"), or a meeting,
   document or place cue, or a speech cue set at a meeting ("在讲话中强调", "在会上指出"). People speaking
   with neither (talks, a visit, an interview) report none.
2. The meeting in the title or the lead (the first sentences, at least LEAD_CHARS): the title names one, the
   text's headline line is a meeting's name, the lead opens one, or a meeting or place cue stands in it. A
   meeting noun alone is no evidence: a 会见 of a conference's delegates, reactions "对于…峰会" and a
   speaker's "中方成功举办…论坛" all name one without reporting it; a document ("报告指出") names none.
3. A lead about something else: talks or a visit (its first sentence 会见 / 会谈 / 看望 … and opens no
   meeting), a press conference (the first sentence of the lead that convenes anything convenes one:
   "…新闻办公室举行新闻发布会"), or reactions (the public or a crowd states something: "各行各业的劳动者们表示").
   A text under a notice's headline ("关于召开…的通知") is the notice: the meeting it convenes is ahead.
"""

from __future__ import annotations

import bisect
import re

from .cues import Cue
from .dates import DAY_PART, MONTH_OR_DAY
from .openings import CONVENE, CONVENERS, Opening, announces, not_a_meeting, parse_opening
from .scan import Layout
from .terms import (
    ATTENDING_VERBS,
    CARRYING_OUT_VERBS,
    CEREMONY_TAILS,
    FUTURE_MARKS,
    GREETINGS,
    MEETING_NOUNS,
    MESSAGE_ACTS,
    OPENED_OR_CLOSED,
    REACTION_NOT_STARTS,
    REACTION_PLACES,
    REACTION_PLURAL,
    REACTION_PREPOSITIONS,
    REACTION_STARTS,
    REACTION_VERBS,
    ROOMS,
    SPEECH_CONTEXTS,
    SPEECH_VERBS,
    TALKS_ACTS,
    TELLING_VERBS,
    TOUR_ACTS,
    VERB_AS_NOUN_AFTER,
    WRITTEN_MESSAGES,
)

__all__ = ["lead_may_name_a_meeting", "reports_meeting", "title_opens_a_meeting"]

LEAD_SENTENCES = 3
LEAD_CHARS = 200
# How many of the text's first sentences may convene a meeting whose points are all unread.
_LEAD_CONVENES = 2
# A meeting held as a verb (同…代表团座谈, 安理会紧急开会讨论…, symposia.py): the lead's act may be a meeting with no
# meeting noun.
HELD_AS_VERBS = ("座谈", "开会")
# Words one of which every cue needs (a meeting noun or a speech context): one search spares most articles.
MAY_REPORT = re.compile(
    "|".join(map(re.escape, (*MEETING_NOUNS, *SPEECH_CONTEXTS, "会上", "讲话", *CONVENERS, *HELD_AS_VERBS)))
)
_MEETING_NOUN = re.compile("|".join(map(re.escape, MEETING_NOUNS)))
_MEETING_PLACE = re.compile("|".join(map(re.escape, (*MEETING_NOUNS, "会上"))))
# What the lead must hold for a meeting to be named there: a meeting noun, 会上, or 召开 / 举行, which open a meeting
# by any name ending in 会 (openings.py), not only the table's nouns, or 座谈 / 开会 (a meeting held as a verb).
_LEAD_MAY_NAME = re.compile("|".join(map(re.escape, (*MEETING_NOUNS, "会上", *CONVENERS, *HELD_AS_VERBS))))
# A speech verb with the comma or colon that opens its statement ("强调，", "说："), not one used as a noun
# ("为听取…意见建议，4月16日，…召开…座谈会": a purpose, and the meeting is the report's), nor one a 的 just before
# makes a noun ("为贯彻落实…的各项要求，…召开…会议"), though "在…的同时指出，" is still a speaker's verb.
_STATEMENT = re.compile(
    "".join(f"(?<!{re.escape(word)})" for word in VERB_AS_NOUN_AFTER)
    + r"(?<!的)(?<!的(?!同时)[^\W_])(?<!的(?!同时)[^\W_]{2})"
    + f"(?:{'|'.join(map(re.escape, (*SPEECH_VERBS, *TELLING_VERBS)))})[^\\W_]{{0,4}}[，,：:]"
)
# ... nor one a verb of carrying out makes the noun of its object ("…项经部迅速落实会议要求，随即召开了…大会").
_CARRIED_OUT_CHARS = 10
_CARRIED_OUT = re.compile(rf"(?:{'|'.join(CARRYING_OUT_VERBS)})[^\W_]{{0,{_CARRIED_OUT_CHARS - 2}}}$")
# What makes a lead's opening sentence a meeting held (_lead_convenes): 召开, or a meeting opened or closed (…大会今天
# 在京闭幕), not a ceremony's name (闭幕式, 开幕会).
_CONVENED_NOW = re.compile(
    rf"{CONVENE}|(?:{'|'.join(OPENED_OR_CLOSED)})(?!{'|'.join(CEREMONY_TAILS)})"
)
# A meeting held on a day the lead prints right before its verb, which ends the clause ("…会议日前举行，",
# "…峰会16日在布隆迪举行。", "今天（15日）", "今天（6月18日）", a place or a manner between them: 以视频方式): the
# news of a meeting held now, as 召开 is; a history or an interview names a meeting held (举行 / 举办) without the
# day of the news, or as a qualifier ("去年举行的…"). A body named before the day may hold its meeting as the verb's
# object ("…党组7月3日举行会议，").
_HELD_ON_A_DAY = re.compile(
    rf"(?:{MONTH_OR_DAY}[日号]|今天|今日|昨天|昨日|前天|日前|近日)(?:[（(](?:{MONTH_OR_DAY}月)?{MONTH_OR_DAY}[日号][）)])?{DAY_PART}"
    # the hour too (17日上午9时), and a numbered sitting as the verb's object (…举行第五次全体会议，)
    r"(?:\d{1,2}(?:时|点)(?:\d{1,2}分)?)?"
    r"(?:在[^，,。；;：:！？!?\s]{1,20}?)?(?:(?:以|通过)[^\W_]{1,8}(?:方式|形式))?(?:举行|举办)"
    r"(?:(?:第[一二三四五六七八九十\d]{1,3}次)?(?:全体|常务|专题|扩大)?会议)?(?=[，,。；;！!]|$)"
)
# A lead that opens on the day of the news and reports the meeting held, ending its clause, or held as a numbered
# sitting ("9月24日上午，…第二十三次会议在济南举行第二次全体会议。"): a dateline's news, as a day before the verb is.
# The day of the news opening a lead, its whole first clause ("9月24日上午，", "6 月17日晚，", "今天上午，").
_NEWS_DAY = rf"(?:(?:{MONTH_OR_DAY}\s*月\s*)?{MONTH_OR_DAY}\s*[日号]|今天|今日|昨天|昨日){DAY_PART}[，,]"
_DATED_AND_HELD = re.compile(
    rf"(?:(?:19|20)\d{{2}}\s*年\s*)?{_NEWS_DAY}"
    r"[^，,。；;！？!?]{2,80}?(?:举行|举办)(?:第[一二三四五六七八九十\d]{1,3}次(?:全体)?会议)?(?=[，,。；;！!]|$)"
)
# ... or reports it held with its name after the verb in a room or hall the lead names (12月30日下午，学院在教二楼五楼会
# 议室举办了第六届教职工代表大会第二次会议。): the day and the room are the news's, which a history does not print.
_DATED_AND_HELD_AT = re.compile(
    # a correspondent's credit in brackets may open the lead ((通讯员王五)12月30日下午，…)
    rf"(?:[（(][^（）()]{{1,20}}[）)])?(?:(?:19|20)\d{{2}}\s*年\s*)?{_NEWS_DAY}[^，,。；;！？!?]{{0,40}}?在[^，,。；;！？!?]{{2,30}}?(?:{'|'.join(ROOMS)})"
    r"(?:举行|举办)了?[^，,。；;！？!?]{2,60}?(?:会议|大会)(?=[，,。；;！!]|$)"
)
# A lead that opens on the day of the news and has someone chair the meeting, or attend it and address it (…6月17日晚，
# 习近平在北京主持…峰会并发表…主旨讲话): the news of the meeting held, points reported or not.
_CHAIRED_OR_ADDRESSED = re.compile(
    rf"{_NEWS_DAY}[^。；;！？!?]{{2,80}}?"
    r"(?:主持(?!人)|出席[^。；;！？!?]{2,60}?并(?:发表|作|致)[^。；;！？!?]{0,24}?(?:讲话|致辞|演讲))"
)
# Units or people studying a meeting's 精神 (深入学习贯彻党的二十届四中全会精神): what a study round-up's lead says.
# The 精神 ends its clause: "…全会精神专题研讨班" names a meeting held to study it.
_STUDY_ROUNDUP = re.compile(r"学习(?:宣传)?贯彻[^。；;！？!?]{2,40}?(?:会议|全会|大会)精神(?=[。，,；;！!]|$)")
# A written message a leader sends, stated in the lead as a cue ("…作出重要指示指出", "…批示强调", "致信…表示").
_MESSAGE = re.compile("|".join(map(re.escape, WRITTEN_MESSAGES)))
# A meeting conveying such a message ("会上传达了…重要指示", "会议宣读了…贺信"), in its opening sentence or the next.
_CONVEYED = re.compile(rf"(?:传达|宣读)(?:学习)?了?[^。！？!?]{{0,40}}?(?:{_MESSAGE.pattern})")
_CONVEYED_WITHIN = 2
# A tour the lead's subject made somewhere: the act closes its clause ("…15日至17日在甘肃调研。", "…在青河考察，") or is
# the time of what is said ("…在北京市考察工作时强调，"); a tour named as a noun ("领导考察行程") is no report of one.
# The arrival may close its own clause, the act opening the next ("…赶到甘肃舟曲灾区，察看灾情，…").
_TOURED = re.compile(
    rf"(?:在|到|赴)[^，,。；;]{{1,30}}?(?:{'|'.join(TOUR_ACTS)})(?=[。，,；;]|$|(?:工作)?时)"
    rf"|(?:赶到|来到|抵达|到达)[^，,。；;]{{1,30}}?[，,](?:{'|'.join(TOUR_ACTS)})"
)
_TALKS = re.compile("|".join(map(re.escape, TALKS_ACTS)))
# What a convening verb opens, up to the clause's end: "举行新闻发布会，邀请…" -> "新闻发布会".
_CONVENED = re.compile(rf"(?:{'|'.join(CONVENERS)})了?(?P<what>[^，,。；;：:！？!?\s]{{2,40}})")
# What is convened as the subject before the verb: "…新闻发布会召开。" -> "…新闻发布会".
_CONVENED_BEFORE = re.compile(rf"(?P<what>[^，,。；;：:！？!?\s]{{2,60}}?)(?:在[^，,。；;]{{1,20}}?)?(?:{'|'.join(CONVENERS)})")
_REACTION = re.compile(
    rf"(?P<subj>[^\W_]{{2,20}}?)(?:纷纷|一致|普遍|都|也)?(?:{'|'.join(map(re.escape, REACTION_VERBS))})"
)
# The public's or the world's attention as the lead's first words ("国际社会高度关注…全会召开，认为…"): the meeting is
# what others watch; the news is their reaction.
_ATTENTION = re.compile(
    rf"(?:{'|'.join(map(re.escape, REACTION_STARTS))})[^\W_]{{0,6}}?(?:高度|密切|广泛|持续)?(?:关注|瞩目|聚焦|热议)"
)
# A headline glued before the body, as news stored one item per line prints it: words up to a wide gap.
_HEADLINE = re.compile(r"[^\s。，,！？!?]{4,40}?(?=[\s\u00a0\u3000]{2,})")
_HEADLINE_NOTE = re.compile(r"[（(][^）)]{1,6}[）)]$")
# Attending put ahead ("将出席会议", "即将参加"): a report of a meeting held tells who attended.
_ATTENDANCE_AHEAD = re.compile(f"(?:{'|'.join(FUTURE_MARKS)})(?:{'|'.join(ATTENDING_VERBS)})")
# A meeting the lead puts ahead by its name ("…准备出席即将于27日和28日在这里举行的首轮…对话"): a headline glued to
# the text may say it is held today, the report is a preview.
# (将 only as 即将 / 将要 / 将于: the rank 上将 is no future.)
_AHEAD_HELD = re.compile(
    f"(?:即将|将要|(?<![上中少大])将于|拟于|定于)[^。；;！？!?]{{0,30}}?(?:{'|'.join(CONVENERS)}|举行|举办)的"
    r"(?P<name>[^，,。；;！？!?\s]{4,40})"
)


def _put_ahead(layout: Layout, opening: Opening, lead_end: int) -> bool:
    """Whether the lead names the opened meeting as one still ahead (将于…举行的 and its name; the opened name may
    carry a column's label glued before it)."""
    name = opening.name or ""
    return bool(name) and any(name.endswith(ahead["name"]) for ahead in _AHEAD_HELD.finditer(layout.text, 0, lead_end))


# A notice's own headline ("关于召开2027年会员大会的通知"): the text under it convenes a meeting ahead, even where its
# body says "公司于5月16日召开…" with no 定于.
_NOTICE_TITLE = re.compile(rf"关于(?:{'|'.join(CONVENERS)}|举办)[^。]{{2,60}}的(?:预备|补充)?通知")
# The same headline printed as the body's first words or line of the lead, glued to the body or inside a copied page
# ("南极光：关于召开…的通知股东大会信息…"): at a paragraph's start, after at most a short name and its colon. A notice
# quoted in a report stands inside a sentence (印发《关于召开…的通知》).
_NOTICE_LINE = re.compile(rf"\s*[^\W_]{{0,12}}[：:]?\s*{_NOTICE_TITLE.pattern}")
# A broadcast or an agency putting out a document a meeting adopted (现在播送…全体会议关于…的决定。决定说，…; 受权发布…
# 公报): the document is the item, not the session. At a paragraph's start.
_PUBLISHED_DOCUMENT = re.compile(r"\s*(?:现在)?(?:播送|受权(?:发布|播发)|全文(?:发布|播发))[^。！？]{2,80}的?(?:决定|决议|公报)[。：:]")


# An opinion column's tag in place of a headline (【光明论坛】, 【人民时评】, 【评论】): the text argues about a meeting's
# decisions, it does not report the meeting.
_COMMENTARY_TAG = re.compile(r"【[^【】]{0,8}(?:论坛|时评|评论|社论|锐评|快评|热评|观察|评论员文章)】")
# ... or a lead that says an editorial or a commentary is put out (明天出版的人民日报将发表社论《…》, 播发评论员文章《…》,
# 本台今天发表国际锐评：…): the text quotes it (社论指出…, 锐评指出…), a meeting in its title is what it greets.
_COMMENTARY_LEAD = re.compile(
    r"(?:发表|刊发|刊登|播发)(?:社论|评论员文章|本报评论员文章|时评|述评|[^\W\d_]{0,4}(?:锐评|快评|热评))[《：:]"
    # ... or a broadcast that hands over to its commentator (相关分析有请本台特约评论员…, 连线本台评论员…): what
    # follows is his analysis of the meeting, not its report.
    r"|(?:有请|请出|连线)(?:本台|我们的)?(?:特约)?(?:评论员|观察员|时评员)"
    # ... or a commentary programme that analyses the news (《某某财经评论》对…进行了深度解析): the meeting is its
    # background.
    r"|《[^《》]{0,12}(?:评论|时评|锐评|观察|点评)》[^。！？!?]{0,80}?(?:解析|分析|点评|解读)"
)


def reports_meeting(layout: Layout, title: str | None, cues: list[Cue], openings: list[Opening]) -> bool:
    """Whether the text reports a meeting (module docstring), given its cues and opening sentences.

    Args:
        layout: The scanned body.
        title: The headline, if the article has one.
        cues: The cues found in the body, in text order.
        openings: The opening sentences found in the body, in text order.

    Returns:
        True when the meeting is what the text is about.
    """
    if not cues and not _lead_convenes(layout, openings):
        return False
    lead_end = _lead_end(layout)
    if (title and _COMMENTARY_TAG.fullmatch(title.strip())) or _COMMENTARY_LEAD.search(layout.text, 0, lead_end):
        return False
    if _is_a_notice(layout, title):
        return False
    if not openings and not _cue_or_title_names_one(layout, title, cues):
        return False
    if not openings and any(announces(layout.text, start, end) for start, end, _ in layout.sentences if start < lead_end):
        # A notice: the lead puts the meeting ahead ("…会议定于7月28日召开") and no sentence opens one.
        return False
    openings = [
        opening
        for opening in openings
        if not _inside_a_statement(layout, opening) and not _put_ahead(layout, opening, lead_end)
    ]
    if not openings and _STUDY_ROUNDUP.search(layout.text, 0, lead_end):
        # "连日来，…干部职工深入学习贯彻党的…全会精神。大家表示，…全会指出，…": a round-up of those studying a
        # meeting's 精神 quotes its document; no sentence opens the meeting itself.
        return False
    if not _lead_names_a_meeting(layout, title, cues, openings, lead_end):
        return False
    if _lead_opens_a_press_conference(layout, openings, lead_end):
        return False
    if _delegates_met(layout, cues):
        return False
    return not _lead_reports_talks(layout, openings, cues) and not _lead_reports_reactions(layout, openings, lead_end)


def _cue_or_title_names_one(layout: Layout, title: str | None, cues: list[Cue]) -> bool:
    """Whether, with no sentence opening a meeting, the title or a cue names one, or the text opens at one."""
    if title_opens_a_meeting(title) or _opens_at_a_meeting(layout, cues):
        return True
    # "…调研，并对下步工作提出三点要求：一是…。十六届五中全会提出…。二是…": a meeting named by a cue inside an item of
    # the statement before it is one the speaker recalls, not one the text reports.
    return any(
        names_a_meeting(layout, cue) and not (at and layout.between_items(cues[at - 1].text_start, cue.start))
        for at, cue in enumerate(cues)
    )


def _lead_convenes(layout: Layout, openings: list[Opening]) -> bool:
    """Whether one of the text's first two sentences convenes a meeting ("2月28日，我公司召开…会议", after a headline
    line or a dateline): a meeting report even when none of its points is read. Held or hosted (举行 / 举办) is not
    enough without a point, unless on the day printed just before the verb (…会议日前举行，): histories, interviews
    and notices say that of meetings they are not about. Nor is a
    lead that tells who will attend ("…研讨会今天在南宁召开。百余名学者将出席会议。"): a preview of the first day."""
    if _ATTENDANCE_AHEAD.search(layout.text, 0, _lead_end(layout)):
        return False
    firsts = {start: end for start, end, _ in layout.sentences[:_LEAD_CONVENES]}
    return any(opening.labelled for opening in openings) or any(
        opening.start in firsts
        and (
            any(
                pattern.search(layout.text, opening.start, firsts[opening.start]) is not None
                for pattern in (_CONVENED_NOW, _HELD_ON_A_DAY)
            )
            or any(
                pattern.match(layout.text, opening.start, firsts[opening.start]) is not None
                for pattern in (_DATED_AND_HELD, _DATED_AND_HELD_AT)
            )
            or _CHAIRED_OR_ADDRESSED.search(layout.text, opening.start, firsts[opening.start]) is not None
        )
        for opening in openings
    )


def _is_a_notice(layout: Layout, title: str | None) -> bool:
    """Whether the text is a notice convening a meeting (its headline, as the title or a line of the lead), or a
    document a meeting adopted, put out whole (`_PUBLISHED_DOCUMENT`)."""
    if title and _NOTICE_TITLE.search(title):
        return True
    lead_end = _lead_end(layout)
    return any(
        _NOTICE_LINE.match(layout.text, start) or _PUBLISHED_DOCUMENT.match(layout.text, start)
        for start in layout.starts if start < lead_end
    )


def lead_may_name_a_meeting(layout: Layout, title: str | None) -> bool:
    """Whether step 2 can hold at all, read before any cue or opening sentence is looked for.

    False proves `reports_meeting` False whatever the cues and openings: the title names no meeting, no
    headline line is one, and no paragraph the lead reaches holds a meeting noun, 会上, 召开 or a written
    message's word (指示, 贺信) or a tour (在…调研). Every opening sentence names its meeting inside its sentence,
    and a meeting or place cue holds the noun inside its paragraph, so one that starts in the lead has it before
    the end of the paragraph holding the lead's end; a message stated in the lead, or a tour, may belong to a
    meeting opened later.
    Most articles that use a speech word somewhere (讲话, 报告) fail here, and skip the cue search.
    """
    if _title_may_name(title) or _headline_is_a_meeting(layout.text):
        return True
    lead_end = _lead_end(layout)
    reach = len(layout.text)
    if lead_end < reach and layout.starts:
        # The paragraph holding the last character of the lead; every later one starts after the lead.
        reach = layout.ends[max(bisect.bisect_right(layout.starts, lead_end - 1) - 1, 0)]
    if _LEAD_MAY_NAME.search(layout.text, 0, reach) is not None:
        return True
    # A written message stated in the lead may be the headline news of a meeting opened after it that conveys it
    # (`_lead_message_conveyed`), and a tour the meeting it held (`tour_meeting_start`), however long the
    # lead's paragraphs; that later opening names its meeting somewhere in the text.
    return any(pattern.search(layout.text, 0, reach) is not None for pattern in (_MESSAGE, _TOURED)) and (
        _LEAD_MAY_NAME.search(layout.text) is not None
    )


def text_may_name_a_meeting(text: str, title: str | None) -> bool:
    """Whether `lead_may_name_a_meeting` can hold for a body of this joined text, read without scanning it.

    False proves it False: the lead's reach is a part of the text, so a text with no meeting noun, 会上 or 召开
    anywhere, under a title and a headline line naming no meeting, has none there either. Bodies that only use
    a speech word (讲话, 报告) are refused here before the scan.
    """
    return _title_may_name(title) or _headline_is_a_meeting(text) or _LEAD_MAY_NAME.search(text) is not None


def _title_may_name(title: str | None) -> bool:
    """Whether the title holds a meeting noun or opens a meeting by any name ending in 会 (召开讲话会): either lets
    step 2 hold with no word of a meeting in the lead."""
    return bool(title and _MEETING_NOUN.search(title)) or title_opens_a_meeting(title)


def names_a_meeting(layout: Layout, cue: Cue) -> bool:
    """A meeting, place or document cue, or a speech cue set at a meeting ("在讲话中强调", "在会上指出")."""
    return cue.who is None or MAY_REPORT.search(layout.text, cue.start, cue.end) is not None


def _inside_a_statement(layout: Layout, opening: Opening) -> bool:
    """Whether the opening's meeting is named inside what someone says ("栗战书强调，不久前，中方成功举办…论坛",
    "李华日前说，本市几年来积极参加了…对话会"): a mention in a statement, not the meeting reported."""
    if opening.name is None:
        return False
    at = layout.text.find(opening.name, opening.start)
    return at > opening.start and any(
        _CARRIED_OUT.search(layout.text, max(opening.start, found.start() - _CARRIED_OUT_CHARS), found.start()) is None
        for found in _STATEMENT.finditer(layout.text, opening.start, at)
    )


def _lead_end(layout: Layout) -> int:
    starts = [start for start, _, _ in layout.sentences]
    return max(starts[LEAD_SENTENCES] if len(starts) > LEAD_SENTENCES else len(layout.text), LEAD_CHARS)


def _lead_names_a_meeting(
    layout: Layout, title: str | None, cues: list[Cue], openings: list[Opening], lead_end: int
) -> bool:
    if _title_may_name(title) or _headline_is_a_meeting(layout.text):
        return True
    if any(opening.start < lead_end for opening in openings) or _message_to_a_meeting(layout, openings, lead_end):
        return True
    if _lead_message_conveyed(layout, cues, openings, lead_end) or tour_meeting_start(layout, cues, openings) is not None:
        return True
    if _opens_at_a_meeting(layout, cues):
        return True
    return any(
        cue.start < lead_end and (_meeting_or_place(layout, cue) or _spoken_at_one_named(layout, cue)) for cue in cues
    )


# A text that opens at a meeting (会上，校长某某提出三点要求，…): a paragraph of a meeting's report stored on its
# own, its first words placing what follows at the meeting the report opened before. A sentence that opens so
# inside a report is set at the meeting too (report.py: back from a visit before it).
AT_THE_MEETING = re.compile(r"\s*(?:会议上|[^\W\d_]{0,6}会上)[，,]")
# ... or a sentence of its lead has someone preside over the meeting by its bare noun (校长某某主持会议。…): the
# report's opening stored apart, the lead naming those attending first (…与会。…出席会议。某某主持会议。).
_PRESIDES = re.compile(r"\s*[^。；;！？!?：:]{2,40}?主持(?:本次)?(?:会议|大会)(?:并讲话)?[。；;]")


def _opens_at_a_meeting(layout: Layout, cues: list[Cue]) -> bool:
    """Whether the text's first words place it at a meeting, or a sentence of its lead has someone preside over
    it, and someone speaks in it."""
    if not cues:
        return False
    if AT_THE_MEETING.match(layout.text) is not None:
        return True
    lead_end = _lead_end(layout)
    return any(_PRESIDES.match(layout.text, start) is not None for start, _, _ in layout.sentences if start < lead_end)


# A written message sent to a meeting by its name (向“2024某某国际论坛”致贺信, 向…大会发来贺电).
_MESSAGE_TO = re.compile(
    rf"向[^。；;！？!?]{{2,40}}?(?:{_MEETING_NOUN.pattern})[”」\"]?(?:{'|'.join(MESSAGE_ACTS)})"
)


def _message_to_a_meeting(layout: Layout, openings: list[Opening], lead_end: int) -> bool:
    """Whether the lead sends a written message to a meeting by name and a later sentence opens it ("…向“某某论坛”
    致贺信。…“某某论坛”当日在马德里开幕"): the letter is the news of the meeting it greets."""
    return bool(openings) and _MESSAGE_TO.search(layout.text, 0, lead_end) is not None


# A sentence that goes on with a tour: its act, or a stop it comes to (来到, 走进).
_TOUR_STOP = re.compile("|".join((*TOUR_ACTS, "来到", "走进")))
# The sentences after a tour's meeting opens within which someone speaks at it: the opening's own, the next, and one
# more where the next only reports the speech ("他在讲话中肯定了…，就…发表了重要意见。习近平指出，…").
_SAID_WITHIN = 3


def tour_meeting_start(layout: Layout, cues: list[Cue], openings: list[Opening]) -> int | None:
    """Where the meeting a tour held opens, when the first sentence reports an inspection tour ("…15日至17日在甘肃调研。",
    "…到湖北省调研。") and a later sentence opens a meeting the tour held, someone speaking right after it ("…并主持召开
    座谈会。他强调，…"): the report is that meeting's, the tour its setting (report._after_the_tour keeps only what is
    said from the meeting on). The lead may name the meeting before the stops of the tour ("26日，他主持召开座谈会，
    …。25日上午，习近平首先来到…"), the report then opening it again where it was held. None without a tour."""
    if not openings or not layout.sentences:
        return None
    start, end, _ = layout.sentences[0]
    if _TOURED.search(layout.text, start, end) is None:
        return None
    for opening in openings:
        # What is said at the meeting follows it at once: in its own sentence or the next ones, or in the clause
        # after it with the cue printed from the chair's name ("赵某在武汉主持召开…推进会，强调…"); a later
        # sentence that goes on with the tour ("25日上午，…来到…考察。他指出，…") speaks at a stop of it.
        after = [(s, e) for s, e, _ in layout.sentences if e > opening.start][:_SAID_WITHIN]
        stop = next((s for s, e in after[1:] if _TOUR_STOP.search(layout.text, s, e)), after[-1][1] if after else 0)
        if any(opening.start <= cue.start < stop for cue in cues):
            return opening.start
    return None


def _lead_message_conveyed(layout: Layout, cues: list[Cue], openings: list[Opening], lead_end: int) -> bool:
    """Whether the lead states a written message ("王明近日对…工作作出重要指示指出，…") that a meeting opened
    after the lead conveys ("…工作会议17日在青河召开。会上传达了王明重要指示。"): the report is that meeting's,
    the message put first as its headline news."""
    if not any(cue.start < lead_end and _MESSAGE.search(layout.text, cue.start, cue.end) for cue in cues):
        return False
    sentences = [(start, end) for start, end, _ in layout.sentences]
    for opening in openings:
        following = [end for start, end in sentences if start >= opening.start][:_CONVEYED_WITHIN]
        if following and _CONVEYED.search(layout.text, opening.start, following[-1]):
            return True
    return False


def title_opens_a_meeting(title: str | None) -> bool:
    """Whether the headline opens a meeting by any name ending in 会 ("八所镇召开党委换届工作动员会"), as a body
    sentence would: the report under it may name the meeting no more than "会上"."""
    if not title:
        return False
    opening = parse_opening(title, 0, len(title))
    return opening is not None and opening.name is not None and not not_a_meeting(opening.name)


def _headline_is_a_meeting(text: str) -> bool:
    """A headline line glued before the body that is a meeting's name ("第五届中国地产金融年会(组图)   …")."""
    match = _HEADLINE.match(text.lstrip())
    return match is not None and _HEADLINE_NOTE.sub("", match.group()).endswith(MEETING_NOUNS)


def _spoken_at_one_named(layout: Layout, cue: Cue) -> bool:
    """A person's cue set at the meeting by its place ("某某在会上发表讲话说") or by attending it ("某某出席会议并发表重要
    讲话，强调") after the lead has named a meeting by its noun ("…特别联大19号通过成果文件。", "峰会开始前，…"): the
    speech at the meeting the lead is about."""
    return (
        cue.who is not None
        and (
            layout.text.find("会上", cue.start, cue.end) >= 0
            or _ATTENDED_MEETING.search(layout.text, cue.start, cue.end) is not None
        )
        and _MEETING_NOUN.search(layout.text, 0, cue.start) is not None
    )


_ATTENDED_MEETING = re.compile(rf"出席(?:{_MEETING_NOUN.pattern})")


def _meeting_or_place(layout: Layout, cue: Cue) -> bool:
    """A cue whose subject is a meeting ("全会强调") or its place ("会上，"), not a person or a document alone."""
    return cue.who is None and _MEETING_PLACE.search(layout.text, cue.start, cue.end) is not None


def _lead_reports_talks(layout: Layout, openings: list[Opening], cues: list[Cue]) -> bool:
    """Whether the first sentence reports talks or a visit (会见 / 会谈 / 看望 …) and opens no meeting, nor a tour
    whose meeting the report goes on to ("…赶到…灾区，察看灾情，看望慰问受灾群众。…主持召开会议。…指出，…"): the
    visit to those hit is one of the tour's acts."""
    if not layout.sentences:
        return False
    start, end, _ = layout.sentences[0]
    # A symposium held as a verb among a visit's acts ("…进行正式友好访问，会见…，同…举行会谈，…与中资企业代表座谈。")
    # is one more act of the visit.
    if any(opening.start == start and not opening.held_as_verb for opening in openings):
        return False
    return _TALKS.search(layout.text, start, end) is not None and tour_meeting_start(layout, cues, openings) is None


# A leader meeting the delegates ("…会议27日在北京举行。王明会见全体代表并讲话。"): what he said, he said at the 会见.
DELEGATES_MET = re.compile(r"会见了?(?:全体|与会|出席会议的|参会)[^，,。；;！？!?]{0,12}?代表")
# Others speaking at the meeting itself after the 会见 ("…参加了会见并在会议上讲话。李某在讲话中指出，…"): the report
# goes on to the meeting's own speeches.
SPOKE_AT_MEETING = re.compile(r"在(?:会议|大会|会)上(?:作|发表)?了?(?:重要)?讲话")


def _delegates_met(layout: Layout, cues: list[Cue]) -> bool:
    """Whether the sentence after the one opening the meeting reports a leader meeting its delegates, and no cue
    has the meeting, its place or a greeting to it (贺词指出) for subject, nor does anyone speak at the meeting after it:
    the text reports the 会见 (x059, x084), the meeting only its occasion."""
    if len(layout.sentences) < 2 or any(cue.who is None or cue.who in GREETINGS for cue in cues):
        return False
    start, end, _ = layout.sentences[1]
    return DELEGATES_MET.search(layout.text, start, end) is not None and SPOKE_AT_MEETING.search(layout.text, end) is None


# Meeting the press after a meeting, in the clause that holds it, is the act the sentence reports (…举行圆桌对话会后共同
# 会见记者); a clause of its own after the meeting's (…召开常务会议，会后举行新闻发布会) adds the press to it. Leaders
# meeting the press together in the clause after the meeting's (…峰会在某地成功举行，某某同…共同会见记者) are what the
# sentence reports too: what they say there is said to the press.
_PRESS_AFTER = re.compile(
    r"(?:举行|召开)[^，,。；;！？]{2,60}会后(?:共同|一起|联合)?(?:会见记者|举行(?:联合)?(?:记者会|新闻发布会|记者招待会))"
    r"|(?:举行|召开)[，,][^。；;！？]{2,160}?共同(?:会见记者|会见媒体)"
    # ... or on the reporter interviewing an official about it (…大会召开，…，记者就…采访了…负责人): the item is his
    # answers.
    r"|(?:举行|召开)[，,][^。；;！？]{0,120}?记者(?:就[^。；;！？]{1,40}?)?采访了")


def _lead_opens_a_press_conference(layout: Layout, openings: list[Opening], lead_end: int) -> bool:
    """Whether the first sentence of the lead that convenes anything (召开 / 举行) convenes a press conference
    and no meeting opens before it: the text reports the conference's answers, and a meeting its speakers
    mention ("…常务会议通过了《办法》") is not what it reports. A lead that opens on meeting the press after a
    meeting (…举行…对话会后共同会见记者), or on an interview about it, reports the press encounter too."""
    if layout.sentences and _PRESS_AFTER.search(layout.text, 0, layout.sentences[0][1]):
        return True
    for start, end, _ in layout.sentences:
        if start >= lead_end or any(opening.start <= start for opening in openings):
            return False
        convened = _CONVENED.search(layout.text, start, end)
        subject = _CONVENED_BEFORE.search(layout.text, start, end)
        if convened is not None or subject is not None:
            return any(not_a_meeting(match.group("what")) for match in (convened, subject) if match is not None)
    return False


def _lead_reports_reactions(layout: Layout, openings: list[Opening], lead_end: int) -> bool:
    """Whether a clause of the lead states the public's or a crowd's reaction ("各行各业的劳动者们表示")."""
    starts = [start for start, _, _ in layout.sentences if start < lead_end]
    if starts and _ATTENTION.match(layout.text, starts[0], lead_end):
        return True
    for pos in [*starts, *layout.clauses_in(0, lead_end)]:
        match = _REACTION.match(layout.text, pos, min(lead_end + 40, len(layout.text)))
        if match is None or _stated_before(layout, starts, pos):
            continue
        subject = match.group("subj")
        if subject.startswith(REACTION_NOT_STARTS) or subject[0] in REACTION_PREPOSITIONS:
            continue
        if subject.endswith(REACTION_PLURAL) and _took_part(layout, openings, subject, pos):
            continue
        if subject.startswith(REACTION_STARTS) or subject.endswith(REACTION_PLURAL) or _public_by_place(subject):
            return True
    return False


def _public_by_place(subject: str) -> bool:
    """Whether the subject names the public by where it is, after its place ("长江沿线各地干部群众"), no preposition
    in it making it an addressee ("尤其对各地企业来说")."""
    return any(word in subject for word in REACTION_PLACES) and not any(char in subject for char in REACTION_PREPOSITIONS)


def _stated_before(layout: Layout, starts: list[int], pos: int) -> bool:
    """Whether a speaker's statement opens earlier in the sentence of the clause at `pos` ("佐利克说，许多经济学家都
    认为，…"): the crowd is cited in what he says, not reacting in the lead."""
    start = starts[max(bisect.bisect_right(starts, pos) - 1, 0)] if starts else 0
    return start < pos and _STATEMENT.search(layout.text, start, pos) is not None


def _took_part(layout: Layout, openings: list[Opening], subject: str, pos: int) -> bool:
    """Whether a plural ("评委们") names people an opening sentence before it names at the meeting ("…终评会在北京召开，
    …的国际评委围绕…进行座谈交流"): the meeting's own members speaking, as 代表们 / 委员们 are, not a crowd."""
    noun = subject.removesuffix(REACTION_PLURAL)[-2:]
    sentences = {start: end for start, end, _ in layout.sentences}
    return len(noun) == 2 and any(
        o.start < pos and noun in layout.text[o.start : min(sentences.get(o.start, pos), pos)] for o in openings
    )
