"""Reading labelled metadata: labels (来源 / 责任编辑 / 作者), bylines, titles and source names.

Label tables are data; the code only says how to read a value that follows a label.
"""

from __future__ import annotations

import re

from ..hanzi import simplified
from .layout import node_text, squash, text_of
from .terms import (
    ALL_LABELS,
    AUTHOR_LABELS,
    CORRESPONDENT_ROLES,
    CRUMB_DROP,
    EDITOR_LABELS,
    REPORTER_ROLES,
    SOURCE_LABELS,
    STAFF_LABELS,
    SUMMARY_WORDS,
)
from .tree import Element


def _value_after(labels: tuple[str, ...], opening: str = r"(?:^|[\s　|｜/【\[(（])", marks: str = ":：") -> re.Pattern[str]:
    # A label may open a bracketed tag: 【编辑:陈海峰】, [责任编辑：朱家浒 PN054], (责编：胡永秋、杨光宇).
    return re.compile(opening + "(?:" + "|".join(map(re.escape, labels)) + rf")\s*[{marks}]\s*(?P<v>[^\s　|｜]{{1,60}})")


# The value runs until the next label or a separator. Of the editor labels, 责任编辑 / 责编 name the editor
# the record wants: a row printing 编辑：张晓 beside 责任编辑：李东 gives 李东. A bare 编辑 names no one responsible for
# the article (a desk's or a layout's editor, a column's 编辑 beside its 审核): it gives no editor, as the written
# pages' gold reads it (z85, z303); no corpus gold takes an editor from one (all of theirs are 责任编辑's).
_BARE_EDITOR = "编辑"
_LABEL_VALUE = {
    "source": (_value_after(SOURCE_LABELS),),
    # 责任编辑 and 责编 are no part of a word: they may follow the value before them without a space.
    # They may be set off by a bar as well, as a magazine's opening credits print them (撰文 | 某某 / 责编 | 某某).
    "editor": (
        _value_after(("责任编辑", "责编"), "", ":：|｜丨"),
        _value_after(tuple(label for label in EDITOR_LABELS if label != _BARE_EDITOR)),
    ),
    "author": (_value_after(AUTHOR_LABELS), _value_after(("撰文", "作者"), marks=":：|｜丨")),
}
# A label run into the value before it (<span>编辑：张晓</span><span>责任编辑：李东</span> reads 编辑：张晓责任编辑：李东).
# The credits of a row's words and pictures (<span>来源：某学院</span><span>文：王五</span><span>图：李四</span>) end
# the value before them as well: one character is label enough before a colon run into a value.
_CREDIT_LABELS = ("文", "图", "图片", "摄影")
# A staff label may name the desk or the medium before its role (新媒体编辑：, 图片编辑：, 值班编辑：): the next field's.
_LABEL_QUALIFIERS = ("新媒体", "网络", "文字", "图片", "视频", "美术", "值班", "执行")
_NEXT_LABEL = re.compile(
    rf"(?:{'|'.join(_LABEL_QUALIFIERS)})?(?:"
    + "|".join(map(re.escape, sorted((*ALL_LABELS, *STAFF_LABELS, *_CREDIT_LABELS), key=len, reverse=True)))
    + r")\s*[:：]"
)
_LABEL_WORDS = frozenset((*ALL_LABELS, *STAFF_LABELS))
# "You are here:" before the first level (当前位置：首页 > …) is no level.
_HERE = re.compile(r"^(?:当前位置|您的位置|您现在的位置|你的位置|所在位置|现在位置|位置)\s*[:：]\s*")
_CRUMB_SPLIT = re.compile(r"\s*(?:>|＞|»|›|/|\|)\s*")
# Places printed after a source name: 第一财经日报(上海), 21世纪经济报道（广州）.
_CJK_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,4}$")
_MORE_NAMES = re.compile(r"(?:[ 　]+[\u4e00-\u9fff·]{2,4}(?=$|[ 　)）]))+")
# Page tools printed after a byline's names (作者：王辛夷 已推荐 / 分享 / 举报, the share targets 微信 / 微博, 我要纠错):
# no reporter's name.
# ... and a channel's name linked after the writer's (作者：王五 <a>行情分析</a>): no name ends in a channel's noun.
_NOT_A_NAME = re.compile(r"推荐|分享|评论|举报|收藏|字号|打印|关注|跟贴|跟帖|参与|阅读|纠错|微信|微博|(?:分析|资讯|动态|快讯|新闻|要闻)$")
# A role marked in brackets after a writer's name: a trainee (实习, 实习生, 见习) or a stringer (特约).
_ROLE_MARK = re.compile(r"[（(](?:实习生?|见习|特约)[）)]$")
# A writer's affiliation or profession in brackets after the name (文：某某（城市交通研究者）, 作者：某某（某某大学教授）):
# a note on the writer, not the name.
_NAME_AND_NOTE = re.compile(r"^([\u4e00-\u9fff·]{2,4})[（(][\u4e00-\u9fff]{2,16}[）)]$")
# A staff role printed before names (本报记者 王五, 晨报编辑 周亮): the names after it are that role's.
# The outlet may be a paper and its site joined by a mark (某某报-某某网记者, 某某晚报/某某新闻记者).
_ROLE = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,10}[-－/／·])?[\u4e00-\u9fff]{0,10}(?:记者|記者|编辑|編輯|通讯员|通訊員|实习生|實習生|摄影|攝影)$"
    # a writer's kind before the name (作者：科普作者 王五, 特约撰稿人 王五), or the trade he writes from (作者：某某营养师
    # 王五, 执业律师 王五): a noun of the trade, with at least two characters before it (a name may end in 师)
    r"|^[\u4e00-\u9fff]{1,4}(?:作者|撰稿人)$|^[\u4e00-\u9fff]{2,6}(?:师|专家|学者|教授|研究员)$"
)
# The second character of a two-character name padded to a third's width (李　蕾), after the first.
_PADDED_REST = re.compile(r"^[ 　]+([\u4e00-\u9fff])(?![\u4e00-\u9fff])")
# Staff codes printed after an editor's name: 朱家浒 PN054, 黄忆南 PN269 (kept as printed).
_EDITOR_CODE = re.compile(r"^[ 　]+([A-Z]{1,4}\d{2,6})(?=$|[\s　\]】）)])")
# In-body bylines: （网易财经 张艳）, 新京报记者 李春平, 文/广州日报记者赖伟行, 文｜王五, 文、图/何远.
# A role credited after the names (通讯员 韩露, the desk's 晨报编辑 周亮, the paper's own 本报通讯员 王五, or by its
# name: 南方周末实习生 何雨) is no name.
_CREDITED = (r"(?:(?:本报|本台|本刊|本网|[\u4e00-\u9fff]{2,6}?)?(?:通讯员|实习生|见习记者|摄影|摄像)|[\u4e00-\u9fff]{0,2}编辑"
             r"|图\s*[/／]|审核|校对)")
# A column's word after 记者 (记者手记, 记者观察, 记者调查): a cross-head over the reporter's own notes, no name.
_COLUMN_WORDS = r"(?:手记|札记|观察|调查|随笔|感言|点评|追踪|探访|体验|走访|再访|暗访|连线|述评|笔记|日记)"
# The word for a report filed from a place (济南报道, 台北報導), in every spelling.
_FILED_ENDS = ("报道", "報導", "報道", "报导")
# A later word ending in it is where the reporters filed from (王五 李四 凤凰报道): no name ends so.
_FILED_WORD = rf"[\u4e00-\u9fff]{{0,4}}(?:{'|'.join(_FILED_ENDS)})(?![\u4e00-\u9fff])"
_NAMES = (r"(?P<names>(?!" + _COLUMN_WORDS + r"$)[\u4e00-\u9fff·]{2,4}(?:[ 、，,](?!" + _CREDITED + r"|" + _FILED_WORD
          + r")[\u4e00-\u9fff·]{2,4}){0,3})")
# An outlet's name before 记者 that holds a figure or a Latin letter (21世纪经济报道记者, 36氪记者) or is set off from
# it by a space (乐居财经 记者): a name is a run of at most twelve characters, no sentence in it.
_OUTLET = r"[\u4e00-\u9fffA-Za-z0-9]{2,12}\s?"
# A writer's affiliation in brackets after the name (王五（某大学某学院）).
AFFILIATION = r"\s*[（(][^（）()]{2,24}[）)]"
# An outlet's name set off from the writer's by a space (网易安徽 王五, 某某日报 记者 王五): a paper, a site, an agency or
# a station, or a portal's channel.
_OUTLET_ENDS = "报|報|网站|網站|网|網|社|台|臺"
# A reporter's kind between the outlet and 记者 (江西日报全媒体记者, 某某晚报首席记者).
_REPORTER_KINDS = "全媒体|融媒体|首席|特约|见习|实习|驻[\u4e00-\u9fff]{1,4}"
# An outlet's name: a paper, a site, an agency or a station (某某日报), or a portal's channel (网易女人).
_OUTLET_NAME = rf"(?:[\u4e00-\u9fff]{{2,10}}(?:{_OUTLET_ENDS})|(?:网易|新浪|搜狐|腾讯|凤凰)[\u4e00-\u9fff]{{0,4}})"
_CLOSING_OUTLET = _OUTLET_NAME + r"\s+(?:[记記]者\s*)?"
# The words, or the words and the pictures, by one hand, with the mark that sets off their writer (文/, 文、图/,
# 图文｜, 文·摄影/, 文：); 文/图 then a space or a colon names both before the writer (文/图 王五, 文/图：王五,
# 文/图 某某网特约作者 王五). An interview's writer says so before the words' mark (采访、撰文/, 撰文｜).
_WORDS_BY = (r"(?:(?:(?:采访\s*[、·&与和及]?\s*)?(?:撰)?文(?:\s*[、·&与和及]?\s*(?:图|摄影))?|图\s*[、·&与和及]?\s*文)"
             r"\s*[/／|｜丨:：]"
             r"|文\s*[/／]\s*(?:图|摄影)(?:\s*[:：]|\s))")
_BYLINES = (
    # A unit's credit for sending the report in (（县农业农村局 供稿）) names no writer.
    # A label's colon inside the bracket (（原标题：某某 某某）) makes it a note, no byline.
    re.compile(r"^[（(](?:[^（）()\s:：]{2,12}\s+)?(?:记者\s*)?(?!供稿[)）])" + _NAMES + r"[)）]$"),
    # The paper and its app before 记者 (扬子晚报/紫牛新闻记者, 某某网-某某日报记者) or before a contributing writer's
    # or a staff writer's role (某某军事特约作者, 某某特约评论员, 某某新闻编辑委员), the paper's note on its edition in
    # brackets between them (某某新闻（中文版：某某网）), and the staff credited after the reporter (通讯员 韩露).
    re.compile(
        r"^(?:" + _WORDS_BY + r"\s*)?(?:[\u4e00-\u9fff]{2,8}[/／·\-－])?(?:[\u4e00-\u9fff]{0,8}?|" + _OUTLET + r")"
        r"(?:[（(][^（）()]{1,16}[)）])?(?:记者|特约(?:作者|撰稿人?|评论员)|编辑委员|评论员)\s*[:：]?\s*"
        + _NAMES + r"(?:\s+" + _CREDITED + r"\s*[:：]?\s*[\u4e00-\u9fff·]{2,4}(?:[ 、][\u4e00-\u9fff·]{2,4})*)*$"
    ),
    # A paper's staff line, each role after a mark: ○记者 王清 ○编辑 孙涛 (the reporter is the author); the paper
    # may name itself before the role (◎本报记者 王清).
    re.compile(r"^[○●◎]\s*(?:本报|本刊|本台|本网)?记者\s*" + _NAMES + r"(?:\s*[○●◎]\s*(?:编辑|摄影|通讯员|实习生)\s*[\u4e00-\u9fff·]{2,4})*$"),
    # The writer after the outlet's name and a space (文/网易文化 王五, 文/图 某某日报 王五): the name alone
    # (before the next form, which would read the outlet as a second name).
    re.compile(r"^" + _WORDS_BY + r"\s*" + _CLOSING_OUTLET + _NAMES + r"$"),
    # The outlet and its writer alone on the line, set off by a space, no mark (中央纪委国家监委网站 王五, 某某日报 王五 李四):
    # the credit line a site prints above or under its own reports. A role after the outlet names nobody.
    re.compile(r"^" + _CLOSING_OUTLET + r"(?!" + _CREDITED + r"|评论员|特约)" + _NAMES + r"$"),
    # The words and the pictures by one hand: 文、图/何远, 图文｜王五, 文·摄影/李四; the name set off by the stroke 丨 too.
    # The role may follow the mark (文：记者 王五): it is no name.
    # A report's writer under its word, as Malaysian papers credit it (报道：王五, 报导：王五); under 作者 the words' mark
    # and the writer's role may follow (作者：文/通讯员 王五 图/李四, the pictures' credit read off before).
    re.compile(r"^(?:" + _WORDS_BY + r"|(?:作者|报道|报导)\s*[/／|｜丨:：]\s*(?:" + _WORDS_BY + r")?)\s*(?:(?:记者|通讯员)\s*)?"
               + _NAMES
               # the writer's affiliation after the name (作者：王五（某大学某学院）)
               + rf"(?:{AFFILIATION})?$"),
    # A column's writer after its name in book marks, the name set off by a space: 《某某》作者 王五.
    re.compile(r"^《[^《》]{1,12}》\s*作者\s*[/／|｜:：]?\s*" + _NAMES + r"$"),
)
# The outlet's web address in brackets after its name (某某时报（www.example.com）记者 王五): no part of the byline.
_SITE_ADDRESS = re.compile(r"[（(](?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/?[）)]", re.IGNORECASE)
# The photographer credited after the writer in a byline (文/某某记者 王五 图/某某记者：李四, 文｜王五 攝｜李四, 文：王五｜圖：李四): the
# pictures' credit, read off before the words' byline is read.
_PICTURES_BY = re.compile(r"(?:\s+|\s*[|｜丨]\s*)(?:图|圖|摄影|摄|攝影|攝)\s*[/／|｜丨:：]\s*[^\s/／|｜丨]{2,24}$")
# A comment link's words (网友评论 12 条, 发表评论, 进入论坛) after an empty label in a date row: never a name or an outlet.
# An HTML attribute printed as text (size="20", class='x').
_MARKUP_ATTRIBUTE = re.compile(r"[a-z][a-z-]*=[\"']", re.ASCII)
# A work's title in its marks, alone: a paper or a book, no person.
_TITLE_MARKED = re.compile(r"《[^《》]+》")
_COMMENT_WIDGET = re.compile(r"^(?:网友)?(?:评论|跟帖|留言)(?:\d|[(（\[]|$)|^(?:发表|我要|查看)(?:评论|跟帖)$|^进入论坛$")
# The mark of the words' writer opening an author's value (文/王五, 文、图｜王五).
_WORDS_MARK = re.compile(r"^文(?:\s*[、·]?\s*图)?\s*[/／|｜丨]\s*(?=[\u4e00-\u9fff])")
# Where the reporter filed from, after the names: 大众新闻记者 赵一鸣 潍坊报道 (no name ends in 报道).
# Traditional characters write 记者 as 記者 and 报道 as 報導 (记者王五／台北報導).
_FILED_FROM = re.compile(rf"[\s／/]+[\u4e00-\u9fff]{{0,6}}(?:{'|'.join(_FILED_ENDS)})$")
# The report's word glued to the reporter's name set off after 记者 (環境資訊中心記者 王五報導): the name is all
# between the space and the word. Read before the place's form, which would take the name for a place; a name of
# two or three characters only, as four may be a name and a place run together (记者 王五北京报道).
_REPORTED_GLUED = re.compile(r"^(?P<byline>.{0,12}?[记記]者\s+[\u4e00-\u9fff]{2,3})(?:报道|報導|報道|报导)$")
# Where the reporters sent their report from, after their names (特派记者 王五 发自巴西库亚巴): a place, no name.
_SENT_FROM = re.compile(r"\s+发自[\u4e00-\u9fff]{2,10}$")
# The writer's own hand in the pictures too, after the names (本报记者 王五 文/图): no name.
_OWN_PICTURES = re.compile(r"\s+(?:文\s*[/／]\s*图|图\s*[/／]\s*文)$")
# A mark printed before a byline in place of a dingbat (□本报记者 丁晓, ■记者 王五): not part of the byline.
_LEAD_MARK = re.compile(r"^[□■◆◇★☆]\s*")
# A commentary's writer after the paper's byline box and no role (□ 王五): the white box marks a byline, as in
# □本报记者 王五; a black one heads a section (■ 背景).
_BOXED_NAMES = re.compile(r"^□\s*(?!\S{0,6}(?:记者|通讯员|编辑|作者))" + _NAMES + r"$")
_PLACE_SUFFIX = re.compile(r"[（(][^()（）]{1,8}[)）]$")
# A count of readers run into the name before it (<span>作者：某某</span><span>1.8万阅读</span>): the next field's; so
# is a comment link's word and its bracketed count (<span>责任编辑：某某</span><span>评论(12)</span>), and a count's
# own label (<span>责任编辑：某某</span><span>浏览：<em>0</em></span> reads 某某浏览：0).
_GLUED_COUNT = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?:\d[\d.,]*[万千]?(?:次|人)?(?:阅读|浏览|点击|播放|评论|跟贴)"
    r"|(?:评论|跟贴|跟帖|留言|阅读|浏览|点击)\s*[(（\[]\s*\d[\d,]*\s*[)）\]]"
    r"|(?:阅读|浏览|点击|播放|访问|人气)(?:量|数|次数|人数)?\s*[:：])"
)
# The row's date run into the value before it (<span>来源：某某网</span><span>2018-07-16 17:28</span> reads
# 某某网2018-07-16): no part of the outlet's name. (The one definition: an earlier, shorter one was shadowed by it.)
_GLUED_DATE = re.compile(r"(?<=[^\d\s]{2})(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2}日?)?.*$")
_TITLE_SUFFIX = re.compile(
    r"\s*(?:[_|｜\-–—]{1,2}\s*(?:网易[^_|｜\-–—]{0,8}|[^_|｜\-–—]{1,12}(?:网|新闻|频道|在线|资讯|日报|报|客户端|中心|Online))\s*)+$"
)


# A site's name before an unspaced separator at the start of a <title>, named like a site (…报, …网, …新闻): a
# headline may begin with a hyphened pair (中国-东盟), which is named like none.
_TITLE_PREFIX = re.compile(r"^(?:网易[^_|｜\-–—\s]{0,8}|[^_|｜\-–—\s]{1,12}(?:网|新闻|频道|在线|资讯|日报|报|客户端|中心))[_|｜-]")
_SITE_GAP = re.compile(r"[\s_|｜\-–—:：]$")


_CLOSERS = {")": "(", "）": "（", "]": "[", "】": "【"}


def _trimmed(value: str) -> str:
    """A value without the punctuation around it; a closing bracket stays when the value opened it (新京报(北京))."""
    # The next field's opening bracket run into the value (【作者：某某】【时间：…】 reads 某某】【) is no part of it.
    value = value.strip("，,。;；:：").rstrip("【[（(")
    while value and value[-1] in _CLOSERS and value.count(_CLOSERS[value[-1]]) < value.count(value[-1]):
        value = value[:-1].strip("，,。;；:：")
    return value


def _printed_value(text: str, kind: str) -> tuple[str, str] | None:
    """(the value after a label of `kind` in `text`, the text after it), or None when the label has no value."""
    match = next((m for m in (p.search(" " + text) for p in _LABEL_VALUE[kind]) if m), None)
    if not match:
        return None
    value, rest = match.group("v"), (" " + text)[match.end() :]
    # A label at the value's start is the value missing (来源：责任编辑：…, refused below); searching past it
    # would find 编辑： inside 责任编辑： and keep 责任.
    glued = _NEXT_LABEL.search(value)
    if glued is None and value[-1] in ":：":
        return None  # the next element's own label (作者： 转载请注明：…): this label's value is missing
    value = _trimmed(value[: glued.start()] if glued and glued.start() > 0 else value)
    if _SIZE_CONTROL.match(value + rest):
        return None  # an empty label before the page's text-size control (作者：　大 中 小): no name
    if not value.strip("【】[]（）()"):
        return None  # the next field's bracket (作者：　【字号：大 中 小】): this label's value is missing
    return value, rest


def label_value(text: str, kind: str) -> str | None:
    """The value printed after a label of `kind` ("source", "editor", "author") in `text`, or None.

    The labels are read in simplified characters (責任編輯 as 责任编辑), the value given as printed: the folding keeps
    every character's place."""
    folded = simplified(text)
    value = _label_value(folded, kind)
    if value is None or folded is text:
        return value
    at = folded.find(value)
    return text[at : at + len(value)] if at >= 0 else value


# A given name in Latin letters, and the surname after it closing the line.
_LATIN_GIVEN = re.compile(r"[A-Z][a-z'’-]{1,15}")
_LATIN_SURNAME = re.compile(r"\s([A-Z][a-z'’-]{1,15})\s*$")


def _label_value(text: str, kind: str) -> str | None:
    """`label_value` of a text in simplified characters."""
    printed = _printed_value(text, kind)
    if printed is None:
        return None
    value, rest = printed
    if _COMMENT_WIDGET.match(value):
        # An empty label before the row's comment link (作者: 网友评论 12 条, 作者：网友评论(3)): no name; read before
        # the count is cut off, which would leave 网友.
        return None
    padded = _PADDED_REST.match(rest) if kind != "source" and len(value) == 1 else None
    if padded:
        value, rest = value + padded.group(1), rest[padded.end() :]
    latin = _LATIN_SURNAME.match(rest) if kind != "source" and _LATIN_GIVEN.fullmatch(value) else None
    if latin:
        # A Latin name is two words (责编：Demi Xia): the second is the name's, not the next field.
        value, rest = f"{value} {latin.group(1)}", rest[latin.end() :]
    if kind != "source":
        # A date run into the name (<span>作者：王五</span><span>2023-06-12 20:31</span>) is the next field's, and so
        # is a count (<span>作者：王五</span><span>1.8万阅读</span>).
        value = _GLUED_DATE.split(value, maxsplit=1)[0] or value
        value = _GLUED_COUNT.split(value, maxsplit=1)[0] or value
    if kind == "author":
        # The words' mark before the name (作者：文/王五 图/李四): the label already says whose words.
        value = _WORDS_MARK.sub("", value) or value
        # A trainee's or stringer's mark after the name (某某（实习）, 某某(特约)) is the role, not the name.
        value = _names_after(_ROLE_MARK.sub("", value) or value, rest)
        noted = _NAME_AND_NOTE.match(value)
        value = noted.group(1) if noted else value
    if kind == "editor" and _CJK_NAME.match(value):
        code = _EDITOR_CODE.match(rest)
        if code:
            value = f"{value} {code.group(1)}"
    return None if _no_value(value, kind) else value


def _no_value(value: str, kind: str) -> bool:
    """Whether the value read after an empty label is the next field's or a widget's, naming no one."""
    # A value that is itself the next label (来源：责任编辑：…) is no value; nor is one ASCII character, which after
    # an empty label is the page's text-size control (作者： A- A+) or a stray bracket, never a name or an outlet.
    if not value or any(value.startswith(label) for label in ALL_LABELS) or (len(value) == 1 and value.isascii()):
        return True
    # A template's attribute printed as text where the value should be (作者： size="20"), a page's broken markup, is
    # none.
    if _MARKUP_ATTRIBUTE.match(value):
        return True
    # A link to the paper's issue after an empty label (作者：《某某报》2013年06月18日): no name.
    return kind != "source" and _TITLE_MARKED.fullmatch(value) is not None


# A text-size control's three links (大 中 小, 【大 中 小】), printed after a row's last label.
_SIZE_CONTROL = re.compile(r"^[【\[]?\s*(?:字体|字号)?\s*[:：]?\s*大\s*中\s*小")


_OUTLET_VALUE = re.compile(_OUTLET_NAME)
# Words run into an info row after the writer's name that end the names: the text's dispatch mark (某某网讯) and a
# summary box's label (摘要), or a lead box's (导语).
_DISPATCH_ENDS = ("讯", "訊")
_BOX_LABELS = frozenset((*SUMMARY_WORDS, "导语"))
# The time's label printed after the names with no colon, read folded (發佈於, 發表於 as 发布于, 发表于).
_TIME_WORDS = frozenset(("发布", "发布于", "发表", "发表于", "更新", "更新于"))


def _names_after(value: str, rest: str) -> str:
    """The reporters a labelled author value names: `value`, and the names printed space-separated after it
    (作者：杜卿卿 李隽) up to a staff role (晨报编辑 周亮 are the editor's), page tools left out; a reporter's role
    as the value (作者：本报记者 王五) gives way to the names after it."""
    found = _MORE_NAMES.match(rest)
    # The writer's outlet as the value (作者：某某日报 王五, 撰文：网易某频道 王五) gives way to the name as a role does.
    role = _ROLE.match(value) is not None or _OUTLET_VALUE.fullmatch(value) is not None
    if not found or not (role or _CJK_NAME.match(value)):
        return value
    names = [] if role else [value]
    for name in found.group(0).split():
        # A role or the next label (撰文 | 某某 责编 | 某某, the bar no label mark) ends the reporters; so does the
        # dispatch mark the text opens with (某某网讯) or a summary box's label (摘要), run into the row.
        if role and value.endswith(CORRESPONDENT_ROLES) and _ROLE.match(name) and name.endswith(REPORTER_ROLES):
            # A reporter credited after the correspondent (本报通讯员 王五 本报记者 李四) is the writer, as a closing
            # credit's reporter is before him: his names replace the correspondent's.
            names, value = [], name
            continue
        if _ROLE.match(name) or name in _LABEL_WORDS or name.endswith(_DISPATCH_ENDS) or name in _BOX_LABELS:
            break
        if simplified(name) in _TIME_WORDS or name.endswith(_FILED_ENDS):
            # The row's time label (文：王五 发布 2023年6月12日, 发表于 …) or where the reporter filed from (济南报道).
            break
        if not _NOT_A_NAME.search(name):
            names.append(name)
    return " ".join(names) or value


def element_source(nodes: list[Element], texts: list[str] | None = None) -> str | None:
    """The source printed in the first of `nodes` that names one: the linked name right after 来源： (the text
    after the link is a place or an IP tag, often with no space before it), else the value after the label.
    `texts`, when given, are the nodes' texts as one line each (squashed), already read by the caller.
    """
    for index, node in enumerate(nodes):
        for anchor in node.iter("a"):
            before = anchor.getprevious()
            # The label is the text before the link in its own element (<span>来源: <a>…</a></span> inside the row).
            parent = anchor.getparent()
            lead = (before.tail if before is not None else parent.text if parent is not None else node.text) or ""
            if re.search(r"来源\s*[:：]\s*$", lead):
                name = squash(text_of(anchor))
                if name:
                    return clean_source(name)
        value = label_value(texts[index] if texts is not None else squash(text_of(node)), "source")
        if value:
            return clean_source(value)
    return None


def byline_author(paragraphs: list[str]) -> str | None:
    """The author of an in-body byline line (（网易财经 张艳）, 新京报记者 李春平), kept in the body as printed."""
    return next((names for names in map(byline_names, paragraphs) if names), None)


# A byline padded to its columns, spaces between each character of a role or a name (本报记者  王乐文  方  敏, 编　辑：叶 婷,
# 记者：吴 晓 敏).
_PADDED = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff])+(?![\u4e00-\u9fff])")
_PADDING = re.compile(r"[ \u3000]+")


def unpadded(line: str) -> str:
    """`line` with the padding between single characters taken out (记者：吴 晓 敏 -> 记者：吴晓敏)."""
    return _PADDED.sub(lambda found: _PADDING.sub("", found.group(0)), line)


# The marks printed between a byline's names (王五、李四, 王五，李四): the record separates them by spaces.
_NAME_JOINS = re.compile(r"[、，,]")


def _spaced(names: str) -> str:
    """A byline's names separated by spaces, as printed names are joined in the record."""
    return _NAME_JOINS.sub(" ", names)


def byline_names(line: str) -> str | None:
    """The names of a line that is a byline and nothing else (新京报记者 李春平, （网易财经 张艳）), or None.

    The line is read in simplified characters (記者 王五　攝影 李四 as 记者 王五　摄影 李四), the names given as printed."""
    folded = simplified(line)
    names = _folded_byline_names(folded)
    return names if names is None or folded is line else _as_printed(names, folded, line)


def _as_printed(names: str, folded: str, printed: str) -> str:
    """`names`, read off the folded line `folded`, in the characters of the line as `printed` (the folding keeps
    every character's place; the names' padding may be gone, their joins are spaces)."""
    out, at = [], 0
    for char in names:
        found = -1 if char == " " else folded.find(char, at)
        if found >= 0:
            at = found + 1
        out.append(printed[found] if found >= 0 else char)
    return "".join(out)


# The longest line read as a byline (the writer and the staff credited after him: 南方周末记者 王五 南方周末实习生 李四).
BYLINE_CHARS = 30


def _folded_byline_names(line: str) -> str | None:
    """`byline_names` of a line in simplified characters."""
    line = _OWN_PICTURES.sub("", _PICTURES_BY.sub("", _SITE_ADDRESS.sub("", line)))
    if len(line) > BYLINE_CHARS:
        return None
    boxed = _BOXED_NAMES.match(line)
    if boxed:
        return _spaced(boxed.group("names"))
    # Two-character names are padded to three columns in printed bylines: 本报记者  王乐文  方  敏.
    line, filed = _REPORTED_GLUED.subn(r"\g<byline>", _SENT_FROM.sub("", _LEAD_MARK.sub("", line)))
    if not filed:
        line, filed = _FILED_FROM.subn("", line)
    line = unpadded(line)
    for pattern in (*_BYLINES, _FILED_BY_OUTLET) if filed else _BYLINES:
        match = pattern.match(line)
        if match:
            return _spaced(match.group("names"))
    return None


# The outlet and its reporters before where they filed from, no role between (民視新聞／王五 新北報導): the filing
# mark, read off before, is what makes the line a byline.
_FILED_BY_OUTLET = re.compile(r"^" + _OUTLET.removesuffix(r"\s?") + r"\s*[／/]\s*" + _NAMES + r"$")


# The reporters named in the dispatch mark that opens an article: 某某报讯（记者 王五）, 新华社北京4月6日电（记者王五、
# 李四）, 【某某网报道 记者 王五】, 某某讯 记者王五 …; a reporter cited from another outlet (据…报道) is not the page's.
_MARK = r"(?:电|讯|报道|消息)"
# The reporter's role in a dispatch mark, his kind before it (本报见习记者, 特派记者): the names follow it.
_DISPATCH_ROLE = rf"(?:本报|本网|本台|本刊)?(?:{_REPORTER_KINDS}|特派)?记者"
# Inside the mark's bracket a name may run to six characters (a compound surname of three and its given name: 记者
# 蔑儿乞晓岚): the bracket, not a length, ends it.
_BRACKETED_NAMES = _NAMES.replace("{2,4}", "{2,6}")
_DISPATCH = re.compile(
    r"^(?!据)(?:"
    # 记者 may go unsaid (人民网成都6月12日电 （吴明）): a bracket of names alone, no other hand's role first.
    r"[^。！？；（(【\[]{0,40}?" + _MARK + r"\s*[（(\[]\s*(?:" + _DISPATCH_ROLE + r"\s*)?(?!" + _CREDITED + r")" + _BRACKETED_NAMES
    + r"(?:\s*" + _CREDITED + r"[^）)\]]{0,20})?\s*[）)\]]"
    # ... or the station's name before the role inside the mark (【某某网讯 某某台记者 王五 李四】)
    r"|【[^【】]{0,20}?" + _MARK + r"\s*(?:[^\s【】]{2,8}?\s*)?" + _DISPATCH_ROLE + r"\s*"
    + _BRACKETED_NAMES.replace("?P<names>", "?P<inside>") + r"\s*】"
    r"|[^。！？；（(【\[\s]{1,20}(?:讯|电)\s+" + _DISPATCH_ROLE + r"\s*(?P<name>[\u4e00-\u9fff·]{2,4})\s"
    # ... or a bracket of the role, the names and where they filed from, as Taiwanese papers open a report
    # (〔記者王五／台北報導〕, 【记者 王五、李四/济南报道】)
    r"|[〔【\[（(]\s*" + _DISPATCH_ROLE + r"\s*" + _BRACKETED_NAMES.replace("?P<names>", "?P<filer>")
    + r"\s*[／/]\s*" + _FILED_WORD + r"\s*[〕】\]）)]"
    r")"
)
# A reporter's role glued to a later name inside the mark (（实习记者 王五 李四 记者赵六）): all are the writers.
_ROLE_AMONG_NAMES = re.compile(r"(?<=[ 、，,])(?:本报|本報)?(?:实习|實習|见习|見習|特约|特約)?(?:记者|記者)\s*")
# The dispatch mark opens the first paragraph, or the second after a line such as 原标题.
_DISPATCH_LINES = 2
# A news agency's dateline: the agency, then where and on which day it filed (新华社北京5月22日电), or in brackets with
# its reporters glued to the place (（中央社記者林怡婷台北12日電）, （中央社記者王五、李四華盛頓8日專電）). There a name
# is read as three characters, the length of nearly every name such a dateline signs, so the place needs no list.
_AGENCY_DISPATCH = re.compile(
    r"^(?!据)(?P<bracket>[（(])?(?P<agency>[\u4e00-\u9fff]{1,8}社)"
    r"(?:(?(bracket)(?:特派)?[记記]者(?P<glued>[\u4e00-\u9fff]{3}(?:、[\u4e00-\u9fff]{3})*)))?"
    r"[\u4e00-\u9fff]{2,5}(?:\d{1,2}月)?\d{1,2}日(?:专|專)?[电電]"
)


# A field of the row under the headline that is a reporter's role and names alone, parted by a space (<span>记者
# 王五</span>, 本报记者 王五 李四): the role says the names are the writers'.
# The other hands credited after them (通讯员 李四, 实习生 李四) and where they filed from (济南报道) end the names.
_ROW_REPORTERS = re.compile(
    _DISPATCH_ROLE + r"[ \u3000]+(?P<names>[\u4e00-\u9fff·]{2,4}"
    r"(?:[ \u3000、](?!" + _CREDITED + r"|" + _FILED_WORD + r")[\u4e00-\u9fff·]{2,4}){0,3})"
    r"(?:[ \u3000]+(?:" + _CREDITED + r"|" + _FILED_WORD + r").*)?"
)


def row_reporters(field: str) -> str | None:
    """The names of a row's field that is `_ROW_REPORTERS` and nothing else, as printed, or None."""
    match = _ROW_REPORTERS.fullmatch(simplified(field.strip()))
    return _spaced(field.strip()[match.start("names") : match.end("names")]) if match else None


def dispatch_author(paragraphs: list[str]) -> str | None:
    """The reporters named in the dispatch mark that opens the article (城市晨报讯（记者 王五）…), or None."""
    for line in paragraphs[:_DISPATCH_LINES]:
        # Read folded (a Hong Kong or Taiwan dateline prints 電（記者 王五）), the names taken as printed: folding
        # keeps every position.
        match = _DISPATCH.match(simplified(line))
        if match:
            group = next(name for name in ("names", "inside", "name", "filer") if match.group(name))
            return _spaced(_ROLE_AMONG_NAMES.sub("", line[match.start(group) : match.end(group)]))
        agency = _AGENCY_DISPATCH.match(line)
        if agency and agency["glued"]:
            return _spaced(agency["glued"])
    return None


def dispatch_agency(paragraphs: list[str]) -> str | None:
    """The news agency whose dateline opens the article (新华社北京5月22日电, （中央社記者王五台北12日電）), or None."""
    for line in paragraphs[:_DISPATCH_LINES]:
        agency = _AGENCY_DISPATCH.match(line)
        if agency:
            return agency["agency"]
    return None


# The writer credited in brackets at the article's end: （王五／台中報導）, （文/某某车评 王五）, （文/图 王五 李四）, （记者 王五 李四）, or
# after the outlet's name and a space (（网易安徽 王五）, （某某日报 记者 王五 发自武汉）, （网易娱乐 王五/文）). A bare bracketed word there (（完）, （待续）) names
# nobody, nor does a dispatch's place after the agency (（新华社 北京电）). The outlet or its channel may run into the
# reporter's role (（都市频道记者 王五）).
_CLOSING = re.compile(
    r"[（(](?:"
    + _CLOSING_OUTLET + _NAMES.replace("?P<names>", "?P<staff>").replace("(?!", "(?!发自|") + r"(?:\s+发自[\u4e00-\u9fff]{2,6})?(?<![电讯])"
    # ... the writer's words marked after the name (（网易娱乐 王五/文）)
    + r"(?:\s*[/／]\s*文)?"
    + r"|"
    + _NAMES.replace("?P<names>", "?P<filed>") + r"\s*[／/]\s*[\u4e00-\u9fff]{0,6}(?:报道|報導|報道)"
    + r"|(?:文\s*[/／]\s*图|图\s*[/／]\s*文)\s*" + _NAMES.replace("?P<names>", "?P<pictured>")
    + r"|文\s*[/／]\s*(?:[^\s（）()/／]{2,12}\s+)?" + _NAMES.replace("?P<names>", "?P<written>")
    # ... the outlet named short by a character and its kind (（本报记者 王五）, （本台记者 王五）, （总台记者 王五）)
    + rf"|(?:[\u4e00-\u9fff]{{1,10}}(?:{_OUTLET_ENDS}|频道|頻道))?(?:{_REPORTER_KINDS})?[记記]者\s*" + _NAMES
    # The hands credited after the writers (通讯员 某某, 摄影 某某) close the bracket: they are no writers; so does where
    # they filed from (（湖南台记者 王五 李四 凤凰报道）).
    + r")(?:\s*" + _CREDITED + r"[^）)]{0,20})?(?:\s+" + _FILED_WORD + r")?[)）]$"
)
# The credit closes the last paragraph, or one of the last few before the editor's and the source's lines.
_CLOSING_LINES = 3


def closing_author(paragraphs: list[str]) -> str | None:
    """The writer credited in brackets at the end of one of the article's last paragraphs, or None."""
    for line in reversed(paragraphs[-_CLOSING_LINES:]):
        match = _CLOSING.search(line)
        if match:
            named = match.group("filed") or match.group("pictured") or match.group("written") or match.group("staff")
            return _spaced(named or match.group("names"))
    return None


# The other roles a line of staff credits names beside the writer's: a name never opens on one.
_OTHER_CREDITS = r"(?:设计|编辑|责编|摄影|摄像|数据|审核|校对|通讯员|实习生|制图|插图|统筹|监制|出品|策划|视频|剪辑|图)"
# The writer's role in a line of staff credits (作者：王五　设计：李四, 作者 | 王五　编辑 | 李四, 本期作者：王五, 文字：王五
# 摄影：李四, 撰稿：王五, 采写：某某报记者 王五　通讯员 李四, 文/王五 图/李四): the name after it, up to the next credit.
# The credits may stand in brackets closing the text ((撰稿：王五 编辑：李四)).
_WRITER_CREDIT = re.compile(
    r"(?:^|\s|[（(])(?:本期)?(?:作者|撰稿|撰文|文字|采写|执笔|文)\s*[:：/／|｜丨]\s*(?:[\u4e00-\u9fff]{0,10}?记者\s*)?"
    rf"(?P<names>(?!{_OTHER_CREDITS})[\u4e00-\u9fff·]{{2,4}}"
    rf"(?:[、，, ](?!{_OTHER_CREDITS})[\u4e00-\u9fff·]{{2,4}}){{0,3}})"
    r"(?=$|\s|[)）])"
)


def credited_writer(credits: list[str]) -> str | None:
    """The writer a line of staff credits names under the writer's role (`_WRITER_CREDIT`), or None."""
    for line in credits:
        match = _WRITER_CREDIT.search(squash(line))
        if match and not names_a_tool(match.group("names")):
            return _spaced(match.group("names"))
    return None


def names_a_tool(text: str) -> bool:
    """Whether `text` holds a page tool's word (推荐, 分享, 打印, 纠错 …): a tool's link or label, no person."""
    return bool(_NOT_A_NAME.search(text))


def without_filing(name: str) -> str:
    """A byline's names without the place they filed from printed after them (王五／台中報導 -> 王五)."""
    return _FILED_FROM.sub("", name).strip() or name


def clean_source(value: str | None) -> str | None:
    """A 来源 name without the place printed after it."""
    if not value:
        return None
    value = _PLACE_SUFFIX.sub("", _GLUED_DATE.sub("", squash(value))).strip()
    return value or None


def clean_title(title: str | None, site_name: str | None = None) -> str | None:
    """The headline without the site's name: a suffix (_网易新闻, |网易, -中新网 …), a prefix before an unspaced
    separator (某某晚报数字报-标题), or `site_name` (the name a meta tag states) after a space or a separator."""
    if not title:
        return None
    title = squash(title)
    stripped = _TITLE_SUFFIX.sub("", title).strip()
    prefix = _TITLE_PREFIX.match(stripped)
    # The site's name first (某某数字报-标题): the headline is the longer part after it.
    if prefix and len(stripped) - prefix.end() > prefix.end():
        stripped = stripped[prefix.end() :]
    site_name = squash(site_name or "")
    rest = stripped[: -len(site_name)] if site_name and stripped.endswith(site_name) else ""
    # The site's own name at the end, set off by a space or a separator (标题 某某省人民政府门户网站): a name
    # run on without one may be the headline's own last word.
    if len(rest) > 2 and _SITE_GAP.search(rest):
        stripped = rest.rstrip(" _|｜-–—:：")
    return stripped or title or None


def read_channel(nodes: list[Element]) -> list[str]:
    """The breadcrumb levels of the first crumb container: the text before 正文, split at its separators.

    Links after the 正文 marker (申请入驻, search boxes) are not levels; script text is never read.
    """
    for node in nodes:
        text = _HERE.sub("", node_text(node))
        parts = _CRUMB_SPLIT.split(text)
        if len(parts) < 2:
            parts = [squash(text_of(a)) for a in node.iter("a")]
        crumbs: list[str] = []
        for part in parts:
            part = part.strip()
            if not part:
                continue
            if part.startswith("正文") or part in CRUMB_DROP:
                break
            if len(part) <= 24:
                crumbs.append(part)
        if crumbs:
            return crumbs
    return []
