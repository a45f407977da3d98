"""Word tables of the meeting stage (scraper/meetings/), kept as data.

Chinese lives here; the scanning code in the other modules of the stage only reads these
tables. Extending the stage to a new cue verb or a new meeting noun is a table entry, not new control flow.
"""

from __future__ import annotations

# Nouns that name a meeting in a cue ("全会指出", "常务会议强调", "座谈会上") or end a meeting's name
# ("2023年全省教育工作会议"), also an assembly's session ("…联合国大会一般性辩论"). Longest first so the
# alternation takes the whole noun.
MEETING_NOUNS: tuple[str, ...] = tuple(
    sorted(
        (
            "会议", "全会", "大会", "座谈会", "专题会", "常委会", "办公会", "推进会", "调度会", "部署会",
            "例会", "研讨会", "论坛", "党组会", "动员会", "现场会", "务虚会", "总结会", "交流会", "协调会",
            "推介会", "培训会", "发布会", "视频会", "电视电话会", "联席会", "工作会", "汇报会", "评审会",
            "峰会", "年会", "会晤", "听证会", "恳谈会", "茶话会", "报告会", "高官会", "部长会", "磋商会",
            # ministers of one office meeting (中国－东盟外长会, 防长会): 部长会 by the office's short name
            "外长会", "防长会",
            "一般性辩论", "辩论会", "对话会", "协商会", "会商会", "答疑会",
            # a closed-door session of a summit or a forum (东亚峰会闭门会)
            "闭门会",
            # a dialogue or consultation mechanism held by its name (第十届中英政党对话, 第七轮中美战略与经济对话,
            # 第六轮…高层磋商), by the kinds of mechanism: 对话 or 磋商 alone is also talk in a sentence
            # (推动亚洲文明对话交流, 经友好磋商)
            "政党对话", "经济对话", "战略对话", "高层对话", "高级别对话", "高层磋商", "战略磋商", "安全磋商",
            # a seminar held as a meeting (全省检察长研讨班在福州举行, 省部级主要领导干部专题研讨班)
            "研讨班",
            # a session of the United Nations General Assembly, as news abbreviates it (特别联大, 第七十届联大); 联大
            # alone is also a university's name (西南联大)
            "特别联大", "届联大",
            # a party branch's organisational or democratic meeting (组织生活会, 民主生活会)
            "生活会",
            # a party body's numbered collective study session (政治局…举行第二十一次集体学习); 集体学习 alone is also a
            # meeting's procedure (会议集体学习了…)
            "次集体学习",
            # ... and a government's numbered thematic study session, with its lecture and its head's speech
            # (国务院…进行第八次专题学习)
            "次专题学习",
            # a party committee's study group meeting to study (召开专题中心组学习《…》): the group's session, where
            # 学习 alone is what a meeting does
            "中心组学习",
            # ... and its collective study session (举行党组中心组集体学习)
            "中心组集体学习",
        ),
        key=len,
        reverse=True,
    )
)

# Names that end like a meeting noun but are organisations ("省委教育工委", "红十字会").
ORG_SUFFIXES: tuple[str, ...] = (
    "委员会", "协会", "学会", "工会", "商会", "基金会", "联合会", "研究会", "促进会", "红十字会",
    "居委会", "村委会", "管委会", "总会", "分会", "理事会", "董事会", "监事会",
    # Organising, preparatory and executive committees: bodies that hold meetings ("…组委会召开会议").
    "组委会", "筹委会", "执委会",
)

# Adverbs allowed between the subject of a cue and its verb ("会议还强调", "会议一致认为").
CUE_ADVERBS: tuple[str, ...] = (
    "进一步", "同时", "一致", "充分", "再次", "特别", "专门", "认真", "原则", "最后", "最终", "首先", "集体",
    "重点", "全面", "深入", "普遍", "纷纷", "分别", "还", "也", "并", "又", "都", "均", "则",
    "深刻", "郑重", "严肃", "反复", "着重", "明确", "强调", "两次", "多次", "一再", "再三",
    # A decision carried: "会议成功选举了…", "大会顺利通过了…".
    "成功", "顺利",
)

# Verbs of a meeting cue ("会议指出"); longest first. "总结" is left out on purpose: "会议总结过去一年工作"
# opens a report, it does not state a point; so are procedure verbs ("会议听取了…汇报", "会议审议了…议案",
# "会议研究了…", "会议传达学习了…精神"): what a meeting went through is not what it said or decided.
# A decision may follow the deliberation that led to it: 研究决定, 审议并原则通过, 讨论通过, 听取并审议通过, 听取、审议并通过 …
# (the deliberation alone, 会议研究了 / 审议了, is procedure).
DELIBERATIONS: tuple[str, ...] = ("研究", "审议", "讨论", "听取并审议", "听取和审议", "听取、审议", "听取,审议", "审查", "表决")
DECISIONS: tuple[str, ...] = ("通过", "决定", "确定", "同意", "批准")
# Agreeing to a decision is one verb with it ("与会代表一致同意通过…", "会议同意批准…"): the cue runs through the
# decision, whose object the text starts with.
AGREED_DECISIONS: tuple[str, ...] = ("同意通过", "同意批准")
# Putting a draft to others for deliberation ("…（草案），提请全体代表酝酿"): what a meeting submits, not decides.
SUBMITS_TO = "提请"
# Verbs a meeting states by only with their separator right after them (会议通报，…).
BRIEFING_VERBS: tuple[str, ...] = ("通报",)
# Electing someone to an office, or putting him forward to it: a decision only with its 为 or 了 (meeting_cues).
ELECTING_VERBS: tuple[str, ...] = ("选举", "推举")
MEETING_VERBS: tuple[str, ...] = tuple(
    sorted(
        {
            "批准", "研究部署", "分析研判", "指出", "强调", "要求", "认为", "提出", "决定", "号召", "部署", "通过", "明确",
            "同意", *AGREED_DECISIONS, "议定", "确定", "表示", "希望", "肯定", "表彰", "呼吁", "建议", "经表决",
            # The vote and the law it passed are one verb, as 审议通过 is ("会议经表决，通过了…"): the text starts with
            # the law. An appointment's verb opens the text ("会议分别经表决，任命…").
            # ... and so are the vote and the body it chose ("会议经过表决，推选出…主席团"): the text starts with the body.
            *(
                f"{vote}表决{mark}{verb}"
                for vote in ("经", "经过") for mark in "，," for verb in ("通过", "推选出", "推选")
            ),
            # ... and the vote and what it decided, glued ("主席团会议经表决决定，将…"): the text starts after 决定.
            "经表决决定", "经过表决决定",
            # An election is what a congress decides: "大会选举产生了新一届委员会" (选举 alone is also a noun: 选举办法).
            "选举产生",
            # ... and so is electing someone to an office ("会议选举劳尔·卡斯特罗为第一书记": meeting_cues checks the 为),
            # or putting him forward to it ("本次会议推举某某为第一书记"): ELECTING_VERBS.
            *ELECTING_VERBS,
            # So are choosing the presidium and naming a spokesman at a preparatory meeting ("会议推选了…主席团",
            # "会议指定娄某兼任大会发言人").
            "推选", "指定",
            # A meeting's briefing stated ("会议通报，目前…已取得阶段性成效"): only with its separator (meeting_cues);
            # "会议通报了…情况" is procedure, what was presented.
            *BRIEFING_VERBS,
            # A decision made, its light verb printed ("大会做出决定，拒绝将…提案纳入议程"): 决定 with the verb.
            "做出决定", "作出决定",
            # Ratifying a decision taken between sessions is deciding ("会议追认了…主席会议作出的…决定").
            "追认",
            *(
                deliberation + joint + manner + decision
                for deliberation in DELIBERATIONS
                for joint in ("", "并")
                for manner in ("", "原则")
                for decision in DECISIONS
            ),
        },
        key=lambda verb: (-len(verb), verb),
    )
)

# Words that put a meeting before the one reported: "去年底召开的中央经济工作会议强调" quotes an earlier meeting
# (日前 / 近日 / 昨天 …召开的 are the meeting reported).
PAST_WORDS: tuple[str, ...] = ("去年", "前年", "上月", "上个月", "上周", "此前", "年前", "月前", "早前", "之前", "曾经", "上半年", "年初")
# Time words opening a speaker's setting inside another's statement ("…，王明书记在今年春节期间指出"): the words are
# quoted from that occasion.
OCCASION_TIMES: tuple[str, ...] = ("今年", "不久前", "前不久", *PAST_WORDS)
# Prepositions anywhere before a meeting noun that make it their object: "与会代表围绕贯彻落实会议部署进行了讨论".
# So do the marks of a passive whose agent the meeting is: "该文件此前已经…委员会会议审议通过" (the document is the
# subject; 经 / 经过 / 被 …会议 is who passed it).
# At a clause start 经 alone marks that agent too, with a decision verb and no object ("经…会议审议通过，…印发…").
PASSIVE_AGENT = "经"
MEETING_OBJECT_OF: tuple[str, ...] = ("围绕", "按照", "根据", "依据", "依照", "已经", "业经", "经过", "被")
# Verbs (after an adverb or none) that carry out a meeting's decisions before its name ("认真落实四中全会部署"): the
# meeting is their object, not a speaker.
CARRYING_OUT_ADVERBS: tuple[str, ...] = ("认真", "全面", "深入", "坚决", "持续")
CARRYING_OUT_VERBS: tuple[str, ...] = ("贯彻", "落实", "学习", "听取", "传达", "执行", "领会")
# Prepositions of what an act rests on ("按照…领导同志批示要求，根据…规定，…"): a phrase they open is no subject, its
# leader's instruction the basis of what the sentence's own subject does.
BASIS_PREPOSITIONS: tuple[str, ...] = ("按照", "根据", "依照", "依据", "遵照", "遵循")
# Words that make a meeting noun the object of a preposition, not the subject of a cue: "围绕…常委会部署要求",
# "对…全会部署的…", "按照会议要求".
MEETING_CUE_NOT_AFTER: tuple[str, ...] = ("围绕", "对", "按照", "根据", "依据", "关于", "就", "为", "把", "落实", "贯彻")
# What after a meeting noun at a sentence start makes it no subject acting ("会议期间，", "会议在京召开，", "会议由…主持"),
# so a bare verb later in the sentence is not the meeting's ("会议听取了汇报，强调…" is); nor is a judgement of others'
# work ("会议对…的工作给予充分肯定，同意…"), nor what the meeting is to go through ("大会主要议程是：…；审议通过…").
MEETING_NOT_ACTING: tuple[str, ...] = (
    "期间", "结束", "前", "后", "以来", "召开", "举行", "开幕", "闭幕", "由", "在", "于", "的", "上", "精神", "中",
    "之", "和", "与", "及", "、", "是", "将", "现场", "室", "对", "议程", "主要议程", "日程", "议题",
)
# Acts by which a meeting lays out work ("会议对…工作进行全面部署，要求…", "会议对…作出安排，强调…"): after 对 they make
# the meeting the acting subject again, as 会议就…作出部署 is, where a judgement (对…给予肯定) does not.
MEETING_DEPLOYS: tuple[str, ...] = ("部署", "安排")
# A place cue whose sentence reports procedure, not a statement: "委员长会议上，…作了汇报", "会上宣读了…名单". Procedure
# is presenting to the meeting: a presenting verb with 了 (宣读了, 通报了 a host's briefing, 总结了 his summary of the
# year's work, 介绍了, 解读了, 发布了 a release or a launch), or 作 a presentation (作了汇报, 作说明, and 作典型发言 /
# 作交流发言: a programme item). Speeches in turn are the guests' own statements (the seed's 先后作了交流发言, 先后发言,
# members' 逐一作对照检查发言).
# A lecture to the meeting (讲授了, 讲解了, 宣讲了: a study session's teacher) presents too.
PRESENTING_VERBS: tuple[str, ...] = (
    "宣读", "传达", "通报", "介绍", "解读", "汇报", "发布", "听取", "总结", "讲授", "讲解", "宣讲",
    # Training given to the meeting (对…选举工作进行培训, 进行了专题辅导): a lecture too.
    "培训", "辅导",
    # A study session's items (此次中心组会上，集中学习了…事迹): read together, no statement.
    "学习", "宣贯",
)
# A film or a broadcast shown to the meeting (会上组织观看了…警示教育片, 集中收看了…, 会上还播放了…短片): a programme
# item, no statement.
SHOWING_VERBS: tuple[str, ...] = ("观看", "收看", "播放")
# A speech given (作了重要讲话) presents as a report does: what the speaker stated follows a verb of its own
# (…作了重要讲话，强调…), which opens the point.
PRESENTATIONS: tuple[str, ...] = ("汇报", "说明", "发言", "报告", "讲话")
TURN_ADVERBS: tuple[str, ...] = ("先后", "依次", "相继", "逐一", "一一", "轮流", "分别")
# A speech described by what it drew on or covered ("结合工作实际作了交流发言", "从…四个方面作了交流发言",
# "围绕…作了发言"): the speaker's own statement, where a bare "作交流发言" is a programme item.
SPEECH_CONTENT_LEADS: tuple[str, ...] = ("结合", "围绕")
SPEECH_CONTENT_SPANS: tuple[str, ...] = ("方面", "角度")

# Verbs of a speech cue ("王庆东在讲话中强调", "他指出") and of a document cue ("公报指出"); sides that settle something
# together state it as a decision ("双方议定，…", "各方商定由…主办下一届").
SPEECH_VERBS: tuple[str, ...] = (
    "指出", "强调", "要求", "认为", "提出", "表示", "希望", "号召", "呼吁", "建议", "同意", "说", *AGREED_DECISIONS,
    "议定", "商定",
)
# Speech verbs a meeting states by and a person does not: "会议号召，…" is the meeting's call, while "王明号召大家…"
# carries on what he said before (the gold counts 号召 only with a meeting for subject).
MEETING_ONLY_VERBS: tuple[str, ...] = ("号召",)
# Speech verbs that state only with their separator when they open a later clause: glued to its object, 说 is an act
# among others ("…，坚持…出发，说公道话、办公道事"), not what someone said.
SEPARATED_VERBS: tuple[str, ...] = ("说",)
# Nouns of a speech given at a meeting ("在…大会上发表重要讲话", "在…会议上作报告").
SPEECH_WORDS: tuple[str, ...] = ("讲话", "致辞", "发言", "报告", "演讲")
# What follows a bare 表示 when it is courtesy, not a statement ("向大家表示诚挚的感谢").
# An attitude is no statement either ("表示严重关切", "表示强烈谴责").
COURTESY_WORDS: tuple[str, ...] = (
    "感谢", "祝贺", "欢迎", "慰问", "哀悼", "敬意", "问候", "谢意", "吊唁", "关切", "谴责", "遗憾", "赞赏",
)
# A judgement of others' work given at the meeting ("对…工作表示了充分肯定", "对…给予高度评价"): no statement.
APPRAISALS: tuple[str, ...] = ("肯定", "评价", "赞扬", "赞赏", "表扬", "认可", "感谢", "祝贺")
# Speech verbs that take their statement without a comma ("他希望大家…", "双方表示将…"); the others need
# one ("他说，…"), or "说明", "要求者" would open points.
BARE_OBJECT_VERBS: tuple[str, ...] = ("表示", "希望", "呼吁", "建议", "同意", "认为", "要求", *AGREED_DECISIONS, "商定")
# Verbs that take it without a comma when it opens with a modal ("王明强调要…", as a later clause's "，强调要…"
# already does): the modal can only start what was said, where "强调了", "指出的" name a topic.
MODAL_OBJECT_VERBS: tuple[str, ...] = ("强调", "指出")
# Verbs whose glued object is always what was said, never an addressee to whom something is urged (呼吁…, 要求…,
# 希望…): after a pronoun's earlier act in the same sentence they open its statement without a comma.
PROPOSITION_VERBS: tuple[str, ...] = ("表示", "认为")
STATEMENT_MODALS: tuple[str, ...] = ("要",)

# Documents that state points as a meeting does ("公报指出", "批示指出", "会议成果文件说"); a draft the meeting
# adopted states its provisions ("条例草案提出，…").
DOCUMENT_NOUNS: tuple[str, ...] = (
    "公报", "批示", "成果文件", "决议", "宣言", "声明", "纪要", "报告", "倡议书", "共识",
    # an initiative the meeting issued, named again as the subject of its own sentences (倡议说，…; 倡议号召，…)
    "倡议",
    "通知", "贺信", "贺电", "指示", "通报", "文件", "方案", "草案",
)

# Words that make a document what someone acts on, not the subject of a cue ("各方应该将…决议要求落到实处"), or one
# more object of the clause before ("…贯彻落实党中央决策部署，以及全国人大有关决议要求，加力…").
DOCUMENT_NOT_IN: tuple[str, ...] = (
    "将", "把", "应该", "应当", "按照", "根据", "依照", "依据", "结合", "对照", "落实", "贯彻", "执行", "遵守", "以及",
)  # fmt: skip
# What may stand before 领导人 for leaders to speak as a group: a number of countries, sides or economies ("各国领导人",
# "与会各国领导人", "两国领导人", "双方领导人", "各经济体领导人": SIDE_COUNTS before one of these), or one side ("外方领导人").
LEADER_UNITS: tuple[str, ...] = ("国", "方", "经济体", "成员国", "成员")
# The leaders of a unit as a group ("县领导要求", "校领导强调", "公司领导指出"): a unit, one character of a level or
# a word of an institution, before 领导.
UNIT_LEADER_LEVELS = "省市县区镇乡村校院局厅"
UNIT_LEADER_UNITS: tuple[str, ...] = ("公司", "集团", "学校", "医院", "单位")
# 代会 shortens 代表大会 in any congress's short name (职代会, 教代会, 党代会, 团代会): the congress as the subject of
# a meeting verb. Not a name's noun: "召开职代会巡视工作准备会议" names the 会议 that prepares the congress.
CONGRESS_SHORT: tuple[str, ...] = ("代会",)
# A sentence that opens with one of these and a statement verb has the subject of the sentence before, speaking
# anew ("同时指出，…", "还强调，…"); a bare verb alone (希望…) inside a speech is no cue.
SUBJECTLESS_LEADS: tuple[str, ...] = ("同时", "还", "并", "也", "又")
SUBJECTLESS_VERBS: tuple[str, ...] = ("指出", "强调", "要求", "表示")
# A sentence that says its left-out subject spoke as one (一致认为，…, 一致表示，…): the people at the meeting, even
# before anyone was seen speaking.
UNANIMOUS_LEAD = "一致"
UNANIMOUS_VERBS: tuple[str, ...] = ("认为", "表示", "同意", "要求", "强调")
# The titles of the members of a sitting (委员, 代表): printed before a new name inside another member's sentence
# ("委员甲提出，…，委员乙建议…") they mark the next of several members speaking in a row.
MEMBER_TITLES: tuple[str, ...] = ("委员", "代表", "常委")
# The body that governs a place, as one subject ("镇党委、政府强调", "县委要求", "我县要求"): a place ending in one of
# UNIT_LEADER_LEVELS (or 我 and a level, "our county") before one of these bodies, several joined by 、 or 和; 委 right
# after the level is the party committee (县委). A place alone stands for its body only after 我 (我县, 我镇).
GOVERNING_BODIES: tuple[str, ...] = ("党委", "政府", "党组", "党工委", "党总支", "党支部")
# Speakers that are not one named person ("与会领导人表示", "双方同意", "大家在发言中认为"): a group is a grammar, not a
# list (speakers.py): the people at the meeting (与会 and a noun of people), some of them (有的委员, 10位委员), a plural
# (委员们), leaders (各国领导人), a number of sides (双方, 各方, 三方, 与会各方), or one of GROUP_PRONOUNS.
# PLURAL_PRONOUNS also take up people named before them ("…等人发了言，他们认为…"), a subject anew inside a sentence.
PLURAL_PRONOUNS: tuple[str, ...] = ("他们", "她们")
GROUP_PRONOUNS: tuple[str, ...] = ("大家", *PLURAL_PRONOUNS)
# How many sides speak together: 双方, 各方, 多方, 三方 (方 after one of these).
SIDE_COUNTS = "双各多两三四五六七八九十几"
# A group named by what its members are at the meeting: "与会中非企业家代表表示" (与会 … one of these).
ATTENDING_GROUP_START = "与会"
# Or by where they come from, the guests of a forum from home and abroad: "中外嘉宾认为", "国内外专家表示" (海内外 … is
# the public reacting: REACTION_STARTS).
GUESTS_GROUP_STARTS: tuple[str, ...] = ("中外", "国内外")
# Any noun of people ends the group: the words below, or a character that ends nouns of people (侨领, 村民,
# 党员干部, 医护人员, 企业负责人, 校友, 客商, 教师, 干警 …).
ATTENDING_GROUP_ENDS: tuple[str, ...] = (
    "代表", "嘉宾", "专家", "学者", "人士", "企业家", "委员", "常委", "领导人", "者", "人员", "青年", "同志", "学生", "书记",
    *"员人家士师生民工领部宾友商长首警",
    # Members of a panel or board named by its 委 (评委, 编委): people, where a body's 委 (县委, 党委) takes no 们.
    "评委", "编委",
)
ATTENDING_GROUP_MAX = 12
# Some of the people at the meeting, named by a quantity and any noun of people: "有的委员建议", "有委员提出",
# "部分代表认为", "10位委员", "多名专家表示"; or by a plural of such a noun ("企业家们", "村民们").
GROUP_QUANTIFIERS: tuple[str, ...] = (
    "有的", "有", "一些", "部分", "不少", "多位", "多名", "几位", "个别", "许多", "其他", "其余", "各位", "全体",
)
GROUP_PLURAL = "们"
# A side of talks stating a proposal as a whole ("中方提出三点建议："): one character of a country and 方; only with
# an object cue, since a bare "中方认为" is mostly quoted inside a speaker's statement.
SIDE_SUFFIX = "方"
# Titles printed after a name ("习近平总书记指出", "朱之鑫常委建议", "王明县长强调"): these words, or the head of a unit
# (one character and 长: 省长, 县长, 局长, 校长; 委员长, 董事长), 副 or 总 before any. A longer family would eat a name's
# last character (王立群委员: 王立 + 群委员), so the form stays this narrow.
POST_NAME_TITLES: tuple[str, ...] = (
    "书记", "主席", "总理", "常委", "委员", "代表", "同志", "教授", "院士", "先生", "女士", "委员长", "董事长",
)
POST_NAME_HEAD = "长"
# What the meeting or a speaker hears or deliberates before stating ("会议听取…汇报后指出", "王明在审议…时强调"): the
# procedure is the statement's setting, the verb after it still the subject's.
SETTING_ACTS: tuple[str, ...] = ("听取", "审议")
# The manner of saying printed between a speaker and 说 ("王明介绍说", "李华举例说", "他补充说", "代表警告说"): no part of the name,
# and a setting between the speaker and the verb.
SAYING_MANNERS: tuple[str, ...] = (
    "介绍", "举例", "补充", "解释", "笑着", "回忆", "坦言", "感慨", "打趣", "警告", "分析",
)
# Words that start the context between a speaker's name and the verb ("在讲话中", "出席…会议时", "就…").
CONTEXT_STARTS: tuple[str, ...] = (
    "在", "出席", "参加", "主持", "就", "给", "对", "向", "同", "与", "会见", "接见", "通过", "围绕", "结合",
    "针对", "谈到", "代表", "首先", "最后", "随后", "接着", "作出",
    # Giving the speech as the setting: "栗战书发表讲话说", "王明发表重要讲话强调" (CONTEXT_ENDS closes it on 讲话).
    "发表",
    # Summing up as the setting: "党委书记王明总结指出", "王明总结时强调".
    "总结",
    # Hearing or deliberating first ("王明听取…汇报后指出", SETTING_ACTS).
    *SETTING_ACTS,
    # A speech of any kind as the setting: "林小雨发言时表示", "王明致辞中指出".
    *SPEECH_WORDS,
    # How a speaker put it, before 说: "巴基斯坦常驻联合国代表警告说", "程丽华介绍说".
    *SAYING_MANNERS,
)
# How the context between a name and a speech verb ends ("在讲话中", "出席…会议时", "出席座谈会并"); a
# longer context that ends otherwise is another clause ("与意大利总理…会谈胡锦涛同意").
# A speech given also ends a setting: "王明委员代表市工商联发言说", "李华在分组讨论时作长篇发言指出".
CONTEXT_ENDS: tuple[str, ...] = (
    "时", "中", "上", "后", "处", "并", "期间", "之际", "指示", "批示", "发言", "讲话", "致辞", "演讲",
    # The manner of saying after a setting: "程丽华在会上介绍说".
    *SAYING_MANNERS,
)
# A light verb before the speech verb makes it its object, the topic set before it ("就…工作作了强调：", "出席会议
# 并对…做了要求："): the speech is still the subject's. Only after a topic: "…领导向丽波同志作了要求" is a name.
LIGHT_VERBS: tuple[str, ...] = ("作了", "做了")
TOPIC_SETTINGS: tuple[str, ...] = ("就", "对", "针对")
CONTEXT_SHORT = 4
# A speech verb with its object before a colon or a stop: "李克强就…合作提出建议：", "习近平…提出三点希望。".
# 讲 as 提出 before its object: "米厚章讲意见：一是…", "王明讲了三点意见：".
OBJECT_VERBS: tuple[str, ...] = ("提出", "谈了", "谈", "讲")
# Verbs that take such an object only when it is counted: "王明提四点要求：", "提了三条建议：" (提 alone starts too
# many other words: 提高要求, 提醒).
COUNTED_OBJECT_VERBS: tuple[str, ...] = ("提",)
# How such an object may be qualified ("提出明确要求", "提出殷切希望").
OBJECT_QUALIFIERS: tuple[str, ...] = ("明确", "具体", "殷切", "重要", "几点", "新的", "更高", "严格")
OBJECT_NOUNS: tuple[str, ...] = ("建议", "希望", "要求", "意见", "倡议", "主张", "看法", "期望", "期许", "期盼", "举措", "措施")
# A speech given in full after the cue: "吴伯雄讲话全文如下：" — any speech noun (SPEECH_WORDS), 全文 or not, 如下.
TRANSCRIPT_FOLLOWS = ("全文如下", "如下")

# A written message printed in full after the cue: "习近平致信祝贺，全文如下：" (the act, up to a few words, 全文如下).
# The act is sending a letter or a cable, congratulatory or not (致信, 致贺信, 发来贺信, 致电, 发来贺电 …), or a written
# address.
MESSAGE_SENDS: tuple[str, ...] = ("致", "发来")
MESSAGE_KINDS: tuple[str, ...] = ("信", "电")
MESSAGE_ACTS: tuple[str, ...] = (
    *(send + greeting + kind for send in MESSAGE_SENDS for greeting in ("", "贺") for kind in MESSAGE_KINDS),
    "发表书面致辞",
)
MESSAGE_FOLLOWS = "全文如下"
# Words that make "在…" the context of a speech ("在讲话中", "在会上讲话时", "在全省…会议上").
SPEECH_CONTEXTS: tuple[str, ...] = (
    "讲话", "发言", "致辞", "报告", "会上", "会议上", "全会上", "座谈会上", "主持会议时", "调研时", "座谈时",
)

PRONOUNS: tuple[str, ...] = ("他", "她")
# A word before a speech verb that makes it a noun: "意见建议", "意见要求", "工作要求" (no cue, no statement).
VERB_AS_NOUN_AFTER: tuple[str, ...] = ("意见", "工作", "有关", "相关", "具体", "明确")
# Words that open a sentence with its topic before the speaker: "谈到未来三年的规划，总经理邓海涛说，…".
TOPIC_LEADS: tuple[str, ...] = ("谈到", "谈及", "说到", "提到", "谈起", "对于", "关于")
# Prepositions that open a sentence's first clause with the matter a speaker turns to or what an act rests on
# ("针对当前形势，…", "依据…规定，会议…"); 就 opens one too, unless it is the adverb (就是, 就在, 就要…).
MATTER_LEADS: tuple[str, ...] = ("针对", "围绕", "依据", "根据", "依照", "按照")
# Words that stand alone as a sentence's first clause to place it after the one before ("随后，局长王明…"), or
# before the subject without a comma ("首先赵院长通报了…，接着…"): the person after them is the sentence's subject.
ORDER_LEADS: tuple[str, ...] = ("首先", "随后", "最后", "接着", "然后", "之后", "其后", "此后", "会后", "此外", "另外")
# Words that give one of what the clause before sums up ("…提供了丰富的想法和建议,比如卢文华同志建议…"): the speaker
# after them states a proposal of his own.
EXAMPLE_WORDS: tuple[str, ...] = ("比如", "例如")
# Words that join a later clause to the one before it with the same subject ("…进行部署，并对…提出三点要求：",
# "…传达了…，接着就…提出三点：").
CLAUSE_JOINS: tuple[str, ...] = ("并", "还", "同时", "随后", "最后", "接着", "然后")
# Prepositions that open the setting of a later clause's object verb ("就…", "对…", "为…提出意见", "从三个方面…提出了期望").
OBJECT_SETTINGS: tuple[str, ...] = ("就", "对", "为", "向", "针对", "从")

# Verbs of an opening sentence ("…会议在沈阳召开", "市政府召开常务会议").
OPENING_VERBS: tuple[str, ...] = ("召开", "举行", "开幕", "闭幕", "举办", "落下帷幕", "拉开帷幕", "落幕")
# Verbs that tell a meeting opened or closed ("…论坛今天在京闭幕", "…大会落下帷幕"): like 召开 it was held, so a lead
# that says so reports it even with no point read (held or hosted, 举行 / 举办, is said of meetings in histories).
OPENED_OR_CLOSED: tuple[str, ...] = ("开幕", "闭幕", "落下帷幕", "拉开帷幕", "落幕")
# What after 开幕 / 闭幕 makes a ceremony's name, not the verb ("开幕式", "闭幕会", "开幕词").
CEREMONY_VERBS: tuple[str, ...] = ("开幕", "闭幕")
CEREMONY_TAILS: tuple[str, ...] = ("式", "会", "词")
# Verbs of a person taking part in a named meeting, which open it too ("李克强…出席第21次…领导人会议",
# "习近平…主持中非…特别峰会并发表…讲话"; "主持召开" is left to 召开).
ATTENDING_VERBS: tuple[str, ...] = ("出席", "参加", "主持")
# What may follow a meeting someone attends for it to be the meeting reported ("出席…会议，", "…会议并致辞").
ATTENDING_FOLLOWERS: tuple[str, ...] = (
    "，", ",", "。", "；", "并", "时", "开幕式", "闭幕式", "开幕会", "闭幕会", "全体会议", "上",
)
# Words that put an attended meeting ahead ("欢迎李克强出席…", "期待…出席", "将出席"; a visit begun, "…抵达比什凯克，
# 开始对吉尔吉斯斯坦进行国事访问并出席…会议").
AHEAD_WORDS: tuple[str, ...] = ("欢迎", "邀请", "期待", "希望", "将", "准备", "前往", "抵达", "开始")
# Ceremonies of a meeting: "在…年会闭幕式上致辞" speaks at the 年会.
CEREMONIES: tuple[str, ...] = ("联合开幕式", "开幕式", "闭幕式", "开幕会", "闭幕会", "全体会议")
# Words before an opening verb that put the meeting ahead ("将于明天举行", "将出席").
FUTURE_MARKS: tuple[str, ...] = ("将", "即将", "将要", "拟")
# Words before an opening verb (组织 may stand between) that make it a habit or a history, no one meeting held now:
# "每季度召开一次座谈会", "多次召开理事会、…会议", "定期召开月度工作会议".
HABIT_MARKS: tuple[str, ...] = ("多次", "屡次", "数次", "定期", "经常", "每年", "每半年", "每季度", "每月", "每周")
# Words anywhere before the verb that schedule the meeting ahead: "将于7月28日召开", "定于7月28日至29日…召开".
SCHEDULED: tuple[str, ...] = ("将于", "定于", "拟于", "计划于")
# Verbs whose object a meeting opened is in a speech about it ("在致辞中祝贺…博览会在青河开幕"): the name follows them.
CONGRATULATING: tuple[str, ...] = ("祝贺", "庆祝")
# Words opening the verb's clause that make the meeting a goal, not an event: "为确保大会顺利举行，…".
PURPOSE_STARTS: tuple[str, ...] = ("为确保", "为保证", "为保障", "确保", "保证")
# Verbs of telling that put what follows in someone's words: "罗大勇告诉记者，三年前…村里召开村民代表大会".
TELLING_VERBS: tuple[str, ...] = ("告诉", "介绍", "回忆", "透露", "坦言", "感慨")
# Acts of a lead that reports talks or a visit, not a meeting ("…与…举行会谈", "…会见…大会外方代表"), when the
# first sentence opens no meeting. 会晤 is left out: a multilateral 集体会晤 is a meeting.
TALKS_ACTS: tuple[str, ...] = ("会见", "会谈", "接见", "通电话", "通话", "看望")
# The rooms and halls a meeting is held in, closing the place a lead names (…在教二楼五楼会议室举办了…大会).
ROOMS: tuple[str, ...] = ("会议室", "礼堂", "报告厅", "会堂", "大厅", "多功能厅")
# ... and the venues a place after 于 may name by their kind (学校党委于行政楼会议室召开…, …于市民中心报告厅召开…).
VENUES: tuple[str, ...] = (*ROOMS, "会议厅", "会议中心", "宾馆", "酒店", "大楼", "教室")
# Acts of a lead that reports an inspection tour (…近日在青河调研。): a meeting the tour holds later (并主持召开座谈会)
# is the report's, and what the lead said of the tour before it is no point of that meeting.
# ... and a leader's inspection of a disaster's site or a project's (赶到…灾区，察看灾情): a tour as well.
TOUR_ACTS: tuple[str, ...] = ("调研", "考察", "视察", "察看")
# Subjects of reactions in a lead: the public or a crowd states something about a meeting held before
# ("各行各业的劳动者们表示", "广大干部群众认为", "多位…领导人表示", "多国人士表示"). 与会… are people at the meeting.
REACTION_STARTS: tuple[str, ...] = (
    "广大", "各界", "各行各业", "各地", "多位", "多国", "许多", "众多", "不少", "社会各界", "海内外", "海外", "国际社会",
)
REACTION_PLURAL = "们"
# The public named by where it is, after the place it lives by ("长江沿线各地干部群众表示", "全省各界人士认为").
REACTION_PLACES: tuple[str, ...] = ("各地", "各界", "各行各业")
REACTION_NOT_STARTS: tuple[str, ...] = ("与会", "委员们", "常委们", "代表们", "我们", "他们", "她们")
# A clause opening on a preposition names whom an act is addressed to, not who speaks: "…会见代表，向他们表示祝贺"
# is the host's courtesy, no crowd's reaction.
REACTION_PREPOSITIONS = "向对给为同跟"
REACTION_VERBS: tuple[str, ...] = ("表示", "认为", "说", "称赞", "表态")
# Meetings that are not meetings of this stage: a press conference reports answers, not points.
NOT_MEETINGS: tuple[str, ...] = ("发布会", "记者会", "吹风会", "招待会", "双边会晤")
# A meeting held for the press is a press conference whatever its 会 (新闻通气会, 媒体见面会, 记者见面会): one of these
# and a 会 the meeting nouns do not name (媒体座谈会 is a symposium).
PRESS_AUDIENCES: tuple[str, ...] = ("新闻", "媒体", "记者")
# Names ending in 会 that 召开 / 举行 may take but that are no meetings: shows, fairs and games.
NOT_CONVENED: tuple[str, ...] = (
    "运动会", "博览会", "展览会", "交易会", "展销会", "庙会", "音乐会", "演唱会", "晚会", "联欢会", "游园会", "舞会",
    "宴会", "酒会", "读书会", "同学会", "故事会", "社会", "机会", "学会",
)
# What follows an opening verb when the sentence only refers to an earlier meeting ("会议召开以来").
NOT_OPENING_AFTER: tuple[str, ...] = ("以来", "之后", "后", "前", "期间", "之际", "精神", "的")
# Adverbs of several meetings held each in its place ("…大会、…大会今天分别在北京闭幕").
EACH_ADVERBS: tuple[str, ...] = ("分别", "先后", "相继")
# Words between "在" and the opening verb that are manner, not place ("在沈阳隆重召开").
# So are the acts of who holds it ("在京主持召开", "在某地法院组织召开", "在博鳌亚洲论坛共同举办了"); stripped until none
# is left.
# So are adverbs of sequence before the verb ("…全体会议接着召开", "…座谈会随后举行").
PLACE_TRAILERS: tuple[str, ...] = (
    "隆重", "胜利", "顺利", "成功", "正式", "如期", "圆满", "集中", "再次", "共同主持", "主持", "组织", "共同", "联合",
    "紧接着", "接着", "随后", "随即", "继而", "同时", "一道", "一起", "继续", "首次", *EACH_ADVERBS,
)
# Determiners that make a meeting noun refer back instead of naming a meeting ("此次会议").
# Any meeting noun after one of them ("这次峰会", "本届论坛") refers back too, and so does a meeting's name
# ("这次中非特别峰会"): a later opening with one is the meeting already reported, one attended opens none.
# A kind of meeting ("在新疆举办这样的论坛尚属首次", "这类座谈会") names none either.
REFERRING_WORDS: tuple[str, ...] = ("此次", "本次", "这次", "该", "本届", "这届", "上述", "这一", "这样的", "这种", "这类", "此类")
BARE_NAMES: tuple[str, ...] = ("会议", "会", *(word + noun for word in REFERRING_WORDS for noun in MEETING_NOUNS))

# Relative day words of an opening sentence and their offset from the publish date.
RELATIVE_DAYS: dict[str, int] = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2}
# Day words that mean "the same day as the meeting reported just before".
SAME_DAY: tuple[str, ...] = ("当天", "当日", "同日", "同一天")
# Adverbs of sequence that open a later scene of a report as a day does ("随后，县安委会全体会议召开。").
SEQUENCE_LEADS: tuple[str, ...] = ("紧接着", "接着", "随后", "随即", "此后")

# Endings of a role before a person's name ("厅长王庆东", "副书记王庆东", "主任李明"). Titles are a family more than a
# list: most end in a morpheme that names a holder (TITLE_ENDINGS: 长 of 厅长 / 指挥长, 员 of 委员 / 研究员, 人 of
# 负责人 / 创始人, 师 of 工程师, 官 of 检察官 / 首席执行官), the rest are words of their own (书记, 主任,
# 总指挥 …). The family is read only before a name, where a name must follow; a role alone (below) keeps the words
# and the endings that never make a crowd (很多人 and 年轻人 are no one's role).
TITLE_ENDINGS = "长员人师官"
TITLE_WORDS: tuple[str, ...] = (
    "书记", "主任", "主席", "常委", "经理", "政委", "督察", "总监", "总裁", "教授", "院士", "代表", "秘书", "干部",
    "总师", "总理", "总统", "首相", "大使", "总干事", "特使", "顾问", "指挥", "村民", "居民", "职工", "医生", "老师",
    "学者", "领导",
    # Holders in 人 that a role alone may end with (a crowd never does: 很多人, 年轻人).
    "负责人", "发言人", "主持人", "创始人",
)
TITLE_SUFFIXES: tuple[str, ...] = (*TITLE_WORDS, *TITLE_ENDINGS)
ROLE_ALONE_ENDS: tuple[str, ...] = (*TITLE_WORDS, *(ending for ending in TITLE_ENDINGS if ending != "人"))

# Ends of a person named by role alone ("督导组负责同志在点评时指出", "市应急管理局负责人表示"), besides the titles.
ROLE_ENDS: tuple[str, ...] = ("负责同志", "负责人", "同志")
# Acts of a person at the meeting, matched at the end of a clause (people.py reads them as a grammar): a speech
# (a speech noun, SPEECH_WORDS, made or delivered: 作 / 发表, with a qualifier: 作重要讲话, 发表主旨演讲, 作工作报告,
# 作总结讲话), alone or after attending or chairing (出席会议并讲话, 出席座谈会并致辞, 主持会议并作重要讲话) or at the
# meeting (在会上发言, 在全省…会议上讲话). A bare noun is a speech act only for a speech given (讲话, 致辞, 演讲): a bare
# 报告 or 发言 is as often a thing heard (听取…报告, 交流发言).
SPEECH_MAKING: tuple[str, ...] = ("作", "发表", "进行")
SPEECH_QUALIFIERS: tuple[str, ...] = ("重要", "总结", "工作", "主旨", "主题", "专题", "书面", "视频", "简短")
SPEECHES_GIVEN: tuple[str, ...] = ("讲话", "致辞", "演讲")
HOST_ACTS: tuple[str, ...] = ("主持会议", "主持")
# Host named in the middle of a clause: "省长张三主持召开省政府常务会议".
HOST_INFIX = "主持召开"
# "会议由张三主持": the agent of 由 before 主持 chairs, whatever noun names the meeting and whatever adverb stands
# before 由 ("座谈会由张三主持", "会议分别由张三、李四主持").
HOST_BY = ("由", "主持")
HOST_BY_ADVERBS: tuple[str, ...] = ("分别", "先后", "首先", "均", "还", "也")

# First characters of Chinese surnames (the common single surnames and the first character of compound ones,
# e.g. 欧 for 欧阳, 司 for 司马). A bare 2–4 character word counts as a person's name only when it starts with one.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚"
    "卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温"
    "康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂"
    "成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党"
    "宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬师仇栾隋刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
    "诸习栗萧郁蔺阎尉逯扈闻鞠冀郜禹晁庹钮伏寿郦储茅芮仝揭雍邸嵇晋楚荆汝戈练粟匡暴危帅银达逄漆鄢鄂阚茹燕薄"
    "令回傅赖洪冼辜胥浦凤竺厉邰郗宓綦丘"
    # Less common surnames of the classical list and of the south-west's peoples (盘, 门), whose holders chair and
    # speak at local meetings like anyone; a character that is also a common word after a title (和, 时, 全,
    # 谈, 计 …) is left out, so "主任和…" never starts a name.
    "花盘门奚廉皮湛狄贝裘宣杭荀惠封糜邴隗班戎束幸韶宿屠慕庾衡弘阙蔚訾巢蒯桓"
)
# Particles a given name never holds: "党的十八大" starts with the surname 党 but names no one; nor the 副 of a deputy's
# title ("镇党委副书记": 党委副 before 书记 is no name).
NOT_IN_GIVEN_NAMES = "的了副"
# Two-character surnames: a name of four characters starts with one (欧阳明高) or with two surnames (陈冯富珍).
COMPOUND_SURNAMES: tuple[str, ...] = (
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "长孙", "慕容", "夏侯", "端木", "公孙", "尉迟", "宇文",
    "司徒", "申屠", "澹台", "轩辕", "独孤", "南宫", "西门", "呼延", "万俟", "闻人", "东郭", "百里", "钟离",
)
# Written messages a leader sends to those who meet (detect.py): instructions, a letter, a telegram.
WRITTEN_MESSAGES: tuple[str, ...] = ("指示", "批示", "贺信", "贺电", "致信")
# Greetings addressed to the meeting itself, read out or sent to it (致贺词, 致贺信): one of them speaking in a cue
# ("贺词指出，…") speaks to the meeting, whoever delivered it at a 会见 of its delegates.
GREETINGS: tuple[str, ...] = ("贺词", "贺信", "贺电")
# Characters of transliterated foreign names ("瓦塔拉", "奥斯本"): a word of three or more of them is a name.
FOREIGN_NAME_CHARS = (
    "阿埃艾安奥巴贝比波布达德迪杜多厄法菲弗福盖戈格古哈海汉赫霍基吉加杰卡凯坎科克库拉莱兰劳勒雷里利林卢鲁伦罗洛"
    "马迈曼梅蒙米莫穆纳南内尼努诺帕佩皮普齐奇恰萨塞桑森沙什斯苏索塔泰坦特图托瓦万维沃乌西希谢辛休雅亚扬伊尤约泽扎"
    "詹本默尔京丹顿祖兹茨娜丽琳妮莎蒂黛丝薇娅姆夫柯芬韦瑞赛"
    # More of the transliteration table's characters (费尔南多, 伯恩斯, 戴维斯, 琼斯, 肯尼, 贾森).
    "根费伯博戴赖朗隆贾肯琼廷滕耶佐豪亨"
    # The table's characters of Arabic names (优素福, 穆罕默德).
    "优素罕"
    # 恩 of 卡恩, 伯恩斯, 恩格斯.
    "恩"
    # 连 and 列 of the Slavic names (普连科维奇, 佩列格里尼).
    "连列"
    # 嘎 of the Mongolian names (巴特图勒嘎).
    "嘎"
    # 绍 and 朔 of the table's Sch- and Sh- names (绍伊古, 朔伊布勒).
    "绍朔"
)
