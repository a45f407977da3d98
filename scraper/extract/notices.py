"""Lines no article's body holds, whichever reading or site rule chose it: disclaimers and prompts (to follow an
account, open an app, join a forum), a note of the headline the article first ran under or of where a reprint
first ran, a summary box's label, bylines and staff credits; and the fold of traditional characters that the word
tests read through.

`clean.py` classes the lines of a generic reading by these and by the tests of `line_kinds.py`; the site rules'
bodies (rules/apply.py) ask the same questions of their paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..hanzi import simplified
from .labels import AFFILIATION, byline_names
from .needles import needles
from .terms import PICTURE_BUTTONS, PICTURE_COUNTER, SUMMARY_WORDS

__all__ = [
    "ORIGINAL_TITLE_AS",
    "ORIGINAL_TITLE_LABELS",
    "REPOST_BYLINE",
    "REPOST_NOTE",
    "is_byline",
    "is_credit_line",
    "is_follow_call",
    "is_notice",
    "is_original_title",
    "is_prompt_line",
    "is_repost_byline",
    "is_repost_note",
    "is_summary_label",
    "line_key",
    "opens_with_editors_note",
    "opens_with_summary_label",
    "without_closing_calls",
    "without_references",
]

# The label of a summary box above the article (摘要, 导读, 核心提示, 内容提要) on a line of its own. A summary
# printed after its label in one line ([摘要：…] at the top of a column) is the article's own, as printed.
# The words that label a summary itself (an editor's pick or key points are labelled otherwise, and only alone).
_SUMMARY_WORDS = "|".join(SUMMARY_WORDS)
_SUMMARY_LABEL = re.compile(
    rf"[【\[（(]?(?:{_SUMMARY_WORDS}|编辑推荐|推荐语|划?重点|(?:本文|文章|本期)?(?:要点|看点))[】\]）)]?[:：]?"
)

# The labels of a government site's open-information catalogue (政府信息公开目录), printed in a table under each
# notice.
_CATALOGUE_LABELS = "发布机构|发文机关|生成日期|成文日期|公开方式|公开范围|主题分类|发文字号|文号|有效性|信息分类"

# The day and the page an edition line names (2023年10月16日 第7版, 6月12日 A8版), or the paper's issue number
# (2023年6月12日第2669期). The day in words or in figures (2023-06-12), and the page's name after its number (第1版 要闻).
_EDITION = (
    r"(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s*"
    r"(?:(?:第\s*)?[A-Z]?[\d一二三四五六七八九十]{1,3}\s*版(?:\s*[\u4e00-\u9fff]{2,4})?|第\s*\d{1,5}\s*期)"
)

# A related article's label (相关阅读, 延伸阅读).
# A label may also call the reader to a special page (点击进入专题：…, 查看专题：…).
_RELATED_LABELS = "相关阅读|延伸阅读|推荐阅读|相关新闻|相关链接|相关报道|相关专题|阅读推荐|(?:点击|进入|查看|更多){1,2}专题"
# What a bracketed label points a reader to, after a site's or a channel's name: a book's sample pages, a special page.
_POINTER_LABELS = "试读|专题|推荐"

# Disclaimers under comment areas and reposts, prompts to join communities: widgets even when written as a
# sentence.
_DISCLAIMER = re.compile(
    r"不代表.{0,8}(?:观点|立场)|仅代表作者(?:本人|个人)?(?:的)?(?:观点|看法|立场)|(?:观点|看法|立场)仅代表作者(?:本人|个人)|不表明.{0,8}立场|仅供其?表达|网友评论仅|(?:版权|著作权)归.{0,10}所有|转载[请须需](?:后台|作者|本站|本号)?(?:联系|获得|取得|经|授权)|转载(?:时)?(?:[请须需]|务必|务请)?注明|如需转载|享有(?:独家)?版权|"
    r"授权.{0,20}(?:发布|刊发|首发|连载|转载)|未经.{0,10}授权.{0,16}(?:转载|使用|摘编|复制)|未经(?:作者|本站|本号|原作者)?(?:许可|同意|允许)[，,]?\s*(?:请勿|不得|禁止|严禁)(?:转载|使用|摘编|复制)|"
    # The outlet's ban on reprints in its own words (本文禁止转载或摘编, 本站内容严禁转载).
    r"本(?:文|稿|站|号)(?:内容)?(?:禁止|严禁|谢绝|不得|请勿)(?:任何(?:形式的)?)?(?:转载|摘编|复制)|"
    # The outlet's address for objections to a piece (如对本稿件有异议或投诉，请联系…): a standing notice.
    r"如对本?(?:稿件|文章|内容)有(?:异议|疑问|争议)|"
    # an investment or health disclaimer (仅供投资者参考，并不构成投资建议。投资者据此操作，风险自担; 仅供参考，不能作为诊断依据)
    # (… 仅供健康科普参考，不能替代医生的诊断; 所涉及标的不作推荐，据此买卖，风险自负)
    # (… 本文仅作健康科普，不能替代医生面诊): what the text is for, then what it cannot stand for
    r"(?:仅供|仅作|仅为|只供|只作).{0,6}(?:参考|科普)[，,]?(?:并?不构成|不能作为|不作为|不能(?:替代|代替)|不可(?:替代|代替))|"
    r"据此(?:操作|买卖|交易|投资)[，,]?风险自[担负]|"
    # (以上内容与某某立场无关; 相关内容不对各位读者构成任何投资建议): a finance site's standing notice under its copy
    r"与.{0,10}(?:观点|立场)无关|不(?:对[^，。]{0,8})?构成(?:任何)?投资建议|"
    # A rights notice under borrowed pictures or text (图片来自网络，如有侵权，请联系删除): the notice asks to be
    # told; an article about infringement (如有侵权行为，应当…) asks nothing of the reader.
    r"如有侵权[，,、]?\s*(?:请|敬请)?(?:及时)?(?:联系|告知|通知)|"
    # The licence an outlet publishes its text under, a line of its own (本文依 CC 創用姓名標示-非商業性-禁止改作 3.0
    # 台灣授權條款釋出, 本文采用知识共享署名 4.0 协议): the site's standing notice; an article on licences names them
    # in sentences that do not open on 本文.
    r"^本文(?:依|采用|遵循|基于|以|使用|依据)\s*(?:CC|知识共享|创用)[^。！？]{0,50}?(?:授权|许可|协议|条款)|"
    # A contact box's prompt to write in (投稿, 合作…请致信：name@host; 欢迎投稿，来稿请寄 name@host): an address
    # to send to, after a word for writing in.
    r"(?:请|来稿|来信|投稿)(?:请)?(?:致信|来信|发送至|发邮件至|寄至?|发至|投至?)[:：]?\s*[\w.-]+@[\w-]+\.|"
    # ... or the column's call for stories with its address (欢迎投稿讲述你的故事：name@host).
    r"投稿[^。！？:：]{0,12}[:：]\s*[\w.-]+@[\w-]+\.|"
    # ... or its welcome to write in or send tips with its address (如果你也有故事想讲，欢迎来信：name@host; 系列报道每周
    # 二刊发，欢迎提供线索：name@host).
    r"(?:欢迎|请)(?:来信|来稿|投稿|致信|提供(?:新闻)?线索)[:：]\s*[\w.-]+@[\w-]+\.|"
    # A thanks to a reader for a tip or a piece sent in (感谢某某网友 某某 的线索投递！): the site's credit to its
    # tipster, above the article; an article thanks people in its sentences, not for a 投递 / 爆料.
    r"^感谢[^。！!？?]{1,30}的(?:新闻)?(?:线索)?(?:投递|爆料|投稿)[！!。]?$|"
    # A WeChat article's reader controls, left in a copy of its text (继续滑动看下一个, 轻触阅读原文, 某某向上滑动看下一个,
    # 阅读原文 alone, 预览时标签不可点, 微信扫一扫可打开此内容).
    r"(?:继续|向上)滑动看下一个|轻触阅读原文|^阅读原文$|预览时标签不可点|微信扫一扫(?:关注该公众号|可打开此内容)|"
    # The outlet's promise of a reward for tips closing its promo line (（下载某某新闻，报料有奖！）, 扫码关注…，爆料有奖).
    r"(?:报料|爆料)有奖[！!。]?[）)]?$|"
    # A platform's note that the post takes part in its writing campaign, the whole line (本文参与了某某写作挑战赛，欢迎
    # 正在阅读的你也加入。).
    r"^本文(?:正在)?参与了?[^。！？，,]{2,40}(?:挑战赛|征文(?:活动)?|写作活动|创作计划)(?:[，,][^。！？]{0,20}加入)?[。！!]?$|"
    # A health article's note of the doctor who checked it, the whole line (本文已经 某某 主任医师 审核).
    r"^本文(?:已经|已|经)\s*[^。！？]{2,24}(?:医师|医生|教授|药师|专家|营养师)\s*(?:审核|审阅|审定)[。]?$|"
    # The outlet's line for readers' tips (某某报料热线﹕name@host / 1234 5678, 爆料邮箱：…): a standing promo.
    r"^\W?[^\s，。]{0,6}(?:报料|爆料)(?:热[线線]|电话|邮箱|信箱)\s*[:：﹕]|"
    # ... or its call to ring it, the number after (身边有新鲜事？拨打爆料热线 010-…, 拨打网易福建爆料热线 0591-…): the
    # outlet's name may stand before the line's; a report cites a hotline by its owner, not by the tip line's name.
    r"(?:拨打|致电)[^\s，。！？]{0,6}?(?:报料|爆料|新闻)(?:热[线線]|电话)\s*[:：]?\s*[\d(（]|"
    # A programme's or a paper's own hotline under its label, the number after (民生热线　节目热线：0591-…), and
    # its call to the audience to ring it (欢迎观众拨打热线反映…): the outlet's standing box. A report asks residents
    # (市民) to call a service's line; an outlet asks its viewers, listeners, readers.
    r"(?:^|\s)(?:节目|新闻|报料|爆料)热[线線]\s*[:：﹕]\s*[\d(（]|"
    r"^欢迎(?:广大)?(?:观众|听众|读者|网友)(?:朋友)?(?:们)?(?:积极)?拨打(?:本台|本报|本网|节目)?(?:热[线線]|电话)|"
    # Prompts to join the site's communities (欢迎加入网易科技论坛…, 请加入“通信圈”…).
    r"(?:欢迎|请|快来)您?(?:加入|进入|访问|光临|参与).{0,12}(?:论坛|社区|圈子|圈|群|俱乐部|博客|贴吧)|"
    # Prompts to follow an account or open an app (在微信里搜索…, 长按识别二维码, 下载…客户端). A portal's own
    # app prompts (打开网易新闻 查看精彩图片) are that site's widget lines (rules/netease.py), text elsewhere.
    # The app prompt opens the line, a clause, a call (请下载…客户端) or the answer to a tip card's question (发现…？打开
    # 客户端…上传); a sentence's own act is no prompt (我每天都打开App看收益).
    r"(?:微信|微博)(?:里|中|上)?搜索|长按(?:识别)?二维码|点击上方.{0,6}关注|"
    # An app's Latin name may hold a space before the word (下载SMM APP).
    r"(?:^|[。！!？?，,：:\s]|请|点击|立即|马上|欢迎)(?:打开|下载)(?:[^\s，。]|(?<=[A-Za-z])\s(?=[A-Za-z])){0,8}"
    r"(?:App|APP|客户端)|"
    # A follow prompt written as a sentence: follow or subscribe to an account (or scan a code to), then what
    # following it gets you (关注某某财经（id），获取更多机会; 订阅某某频道，第一时间掌握…), opening the line or a sentence after a
    # channel's slogan (某某频道，有态度的频道。扫码关注…，第一时间获取…).
    r"(?:^|[。！!])(?:欢迎|请|敬请)?(?:扫码|扫一扫|扫描二维码)?(?:关注|订阅)[^，。！？,]{1,24}[，,]\s*"
    r"(?:获取|获得|了解|掌握|第一时间|解锁)[^。！？]{0,12}(?:更多|最新|资讯|动态)|"
    # ... or a slogan after the account's name, the whole line (关注某某亲子，育儿路上不迷路。): a channel's promo.
    r"^(?:欢迎|请|敬请)?关注[^，。！？,的]{2,8}[，,][^，。！？,的]{2,10}[。！!]?$|"
    # ... two slogans where the account's name stands in quotes (关注“某某数读”，用数据说话，让新闻更有料。).
    r"^(?:欢迎|请|敬请)?关注[“\"「][^”\"」]{2,12}[”\"」][，,](?:[^，。！？,的]{2,10}[，,])?[^，。！？,的]{2,10}[。！!]?$|"
    # ... or what it gets you first, closing the line (本文来自某某报道，更多资讯和深度内容，关注我们。).
    r"(?:更多|最新)[^。！？]{0,16}[，,]\s*(?:请|欢迎|敬请)?关注(?:我们|本号|本站)[。！!]?$|"
    # A notice under its own label (免责声明：, 【免责声明】, 版权声明：): an article quotes a statement (声明称),
    # it does not open a paragraph with the word as a label.
    r"^[^\s，。：:]{0,4}声明[:：]|^[【\[][^\s，。：:【】\[\]]{0,4}声明[】\]]|"
    # A call for pieces that pays for them (欢迎投稿…，一经采用即付稿酬), and its heading, the whole line (某某频道征稿,
    # 征稿启事): the outlet's standing promo; an article reports a contest's call in a sentence with its stop.
    r"一经(?:采用|录用|刊用|采纳)[，,]?\s*(?:即|将|立即)?(?:付|支付|奉上|发放)(?:稿酬|稿费|报酬)|"
    r"^[^\s，。！？：:]{0,16}征稿(?:启事|启示)?$|"
    # The editors' note of a correction under its label (【更正】此前版本中…现已更正。, 勘误：…): about an earlier
    # version of the page, not the article's text; an article reports a correction in a sentence (…已作更正).
    r"^[【\[](?:更正|勘误)(?:声明|说明|启事)?[】\]]|^(?:更正|勘误)(?:说明|启事)?\s*[:：]|"
    # A note that the figures are for reference only, the whole line (（文中租金仅供参考，以实际成交为准）): the outlet's
    # standing caveat under a price story; an article's sentence goes on past it.
    r"^[（(]?[^。！？（）()]{0,16}仅供参考[，,]\s*(?:一切|具体|请|均)?以[^。！？（）()]{1,12}为准[。]?[）)]?$|"
    # A call to find the outlet's app in an app store (去 App 商店搜 某某日报，每天看点不一样的): its promo line.
    r"(?:去|到|在)\s*(?:[Aa][Pp][Pp]\s*[Ss]tore|[Aa][Pp][Pp]\s*商店|各大应用商店|应用商店|应用市场)\s*(?:搜索?|下载)|"
    # A call to act in brackets (【点击投票】, 【点击报名】) in a promo box: a link's label, not an article's words.
    r"【点击[^】]{1,6}】|"
    # A gallery's link under its thumbnails, the whole line (点击查看组图：礁石上的小生命（共12张）): the gallery page's
    # title and count, no sentence of the article.
    r"^(?:点击|点此)?(?:查看|浏览|进入)(?:高清)?(?:组图|图集|大图)[^。！？!?]{0,30}$|"
    # ... or its title under its tag or over its count, the whole line (【组图】申城深秋的马路（共12张）).
    r"^[【\[](?:高清)?(?:组图|图集|多图)[】\]][^。！？!?]{0,40}$|^[^。！？!?]{2,40}[（(]共\s*\d{1,3}\s*张[）)]$|"
    # A forum attachment's tip left as a line, its file's name and size (IMG_0921.PNG (86.42 KB, 下载次数: 12)): the
    # forum software's, as boxes.py reads its box.
    r"^[^\s，。！？]{1,40}\.[A-Za-z]{3,4}\s*[（(]\s*\d+(?:\.\d+)?\s*(?:KB|MB|GB|kb|mb|gb)\s*[,，]\s*下载次数\s*[:：]\s*\d+\s*[)）]$|"
    # An event's promo, the whole line (5月19日 某某研讨会 在线报名中, …论坛火热报名中): an ad's caption; an article says
    # so in a sentence, with its stop.
    r"^[^。！？]{2,30}(?:在线|火热|正在)报名(?:中|进行中)$|"
    # A poster's signature asking readers to their own space, blog or shop (…更新中，欢迎来我空间串门～), the whole
    # line: the poster's, under every post they write.
    r"^[^。！？]{0,20}欢迎(?:来|到|去|光临)我(?:的)?(?:空间|博客|主页|小窝|小店|微博)[^。！？]{0,8}$|"
    # A forum's reward for replies set over the post (回帖奖励 5 金币，回复本帖可获得 1 金币奖励), as forum software prints it.
    r"^回帖奖励\s*\d+\s*(?:金币|积分|金钱|威望)|"
    # A column's note of itself (【栏目名】某某原创栏目，记录…): the channel speaking of its column, not the article.
    r"^【[^】]{2,10}】[^，。！？]{0,12}栏目[，,]|"
    # A series' label with the part's number, the whole line (【某某·寻味地图】第12站, 【系列报道】之三): the series',
    # over each of its parts.
    r"^【[^】]{2,16}】\s*(?:第[0-9一二三四五六七八九十百]{1,4}[站期篇回集讲季]|之[一二三四五六七八九十]{1,3})$|"
    # A government site's open-information catalogue row (索引号：… 发布机构：…, 生成日期：… 公开方式：主动公开): the
    # record's filing data, under every notice of the site; an article names a 发布机构 in a sentence, not as a
    # label opening a line that another label follows.
    rf"^索引号\s*[:：]|^(?:{_CATALOGUE_LABELS})\s*[:：][^。！？]{{1,40}}?(?:{_CATALOGUE_LABELS})\s*[:：]|"
    # The writer's affiliation in brackets, a line of its own (（作者单位：某某区人民检察院）, （作者系某某大学教授）).
    r"^[（(]作者(?:单位|系|为)[:：]?[^（）()]{2,40}[）)]$|"
    # A case report's note that its people's names are changed (（文中当事人均为化名）), a line of its own: the column's
    # standing note under every case.
    r"^[（(][^（）()]{0,24}化名[。.]?[）)]$|"
    # A related article's headline after its label, the whole line (相关阅读：某地地铁新线完成热滑试验): a link, no
    # sentence of the article (which would end with its stop).
    # The label in its brackets needs no colon (【相关阅读】某地地铁新线完成热滑试验), and a headline may ask (…？).
    # A bracketed label may name the reading it points to after the site's or channel's name (【某某读书试读】《书名》
    # 精彩章节抢先读, 【某某专题】…).
    rf"^(?:[【\[]?(?:{_RELATED_LABELS})[】\]]?\s*[:：]|[【\[][^】\]\s]{{0,8}}(?:{_RELATED_LABELS}|{_POINTER_LABELS})[】\]])"
    r"\s*[^。！？!?]{4,40}[？！?!]?$|"
    # A serial's chapter buttons, left as a line (上一章：第十一章 雨巷 | 返回目录 | 下一章：…), and its closing mark on a
    # line of its own (（未完待续）, （待续）): the serial's, under every chapter.
    r"^(?:上一|下一)[章节回][:：]|^返回目录$|^[（(]\s*(?:未完待续|待续|未完)\s*[)）]$|"
    # A gallery's buttons and a tip-off box's button or heading (我要爆料, 网易福建·爆料), left as a line of their own.
    # A counter between them (上一张1/6下一张) says which picture shows.
    rf"^\s*(?:{PICTURE_BUTTONS}|上一页|下一页)(?:\s*(?:{PICTURE_BUTTONS}|上一页|下一页|{PICTURE_COUNTER}))*\s*$|^我要爆料$|^[^\s，。！？]{{2,8}}[·•｜|]\s*(?:爆料|报料)$|"
    # An audio player's bar, left as a line: its title, the recording's length, the voice (听某某讲述她的故事 时长 06:12
    # 主播：某某).
    r"^[^。！？]{0,24}时长\s*[:：]?\s*\d{1,2}:\d{2}(?::\d{2})?[^。！？]{0,16}$|"
    # ... or its counter, the time played over the recording's length (点击收听语音播报 00:00 / 03:12).
    r"^[^。！？]{0,24}\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?$|"
    # A label over the text of a broadcast or a document (新闻文稿, 文字稿, 正文, 本期文稿：, 【节目文稿】) or over a
    # video's description (视频简介, 内容简介): the box's name, no part of it.
    r"^[【\[]?(?:本期|新闻|视频|节目|内容)?(?:文稿|文字稿|正文|简介)[】\]]?[:：]?$|"
    # A gallery's head, left as a line: its title and the counter of the picture it shows (今春秀场风衣合集1/8).
    r"^[^\s\d。！？，,：:；]{2,16}\s*\d{1,2}\s*/\s*\d{1,2}$|"
    # A label and a bare address, the whole line (相关论文信息：https://doi.org/…, 原文链接：https://…): where to read
    # more, no sentence of the article.
    r"^[^\s。！？，,：:]{2,10}[：:]\s*https?://\S+$|"
    # A reprint note (（本文节选自《书名》，某某出版社版）, 本文摘自《…》): where the text was taken from.
    r"^[（(]?本文(?:节选|摘编|摘选|选|摘)自[《“]|"
    # A paper's edition line, the whole line (《某某报》2023年06月13日第3版, （原载《某某报》6月13日 05版）,
    # 《某某报》（2023年06月12日 第03版）, （本文刊发于《某某报》2023年10月16日 第7版）): where the text ran in print.
    # The paper's word may follow its marks (《某某》报) and the line say the text was taken from it (（摘自《…》报…版）).
    rf"^[（(]?(?:本文)?(?:原载于?|刊发于|刊登于|刊于|载于|来源[:：]|(?:摘|转|选|转载)自)?《[^》]{{2,16}}》(?:报|杂志)?"
    rf"\s*[（(]?{_EDITION}[）)]{{0,2}}$|"
    # A note of where and when the text was first published (（本文已于2019年4月17日在某某客户端首发）, 本文首发于《…》):
    # the outlet's note under a reprint, no sentence of the article.
    r"^[（(]?本文(?:已|曾|最早|最先)?[^。！？；，,（）()]{0,40}首发(?:于[^。！？；，,（）()]{2,30})?[。.]?[）)]?$|"
    # ... or a magazine's issue (发于2022.11.7总第1067期《某某周刊》杂志): where the text ran in print.
    r"^(?:发于|刊于|载于|原载于?|刊发于)\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*总第\s*\d{1,5}\s*期《[^》]{2,16}》(?:杂志)?$|"
    # ... or the paper's name without book marks, the whole line in brackets (（大公報 2023年6月12日 A8版）).
    rf"^[（(](?:原载于?|刊于|载于)?[^\s（）()《》，。]{{2,10}}\s*{_EDITION}[）)]$|"
    # The site speaking to the owners of works it shows (请作者与本站联系, 本网将删除): an article reports on
    # others, it does not address its own site's contributors.
    r"(?:与|联系|通知|告知)本(?:站|网)|本(?:站|网)(?:将|会)?(?:及时)?(?:删除|撤下)|"
    # A comment board's rule: the site keeps the right to edit or remove readers' posts (对留言…保有…修改或移除的权利).
    r"留言[^。！？]{0,30}(?:保有|保留)[^。！？]{0,16}(?:修改|删除|移除)"
)
# Words one of which every match of _DISCLAIMER holds, read off the pattern: a line without any (nearly every
# paragraph of an article) is refused by one scan of plain words instead of every alternative at every position.
_DISCLAIMER_WORDS = needles(_DISCLAIMER)
_NOTICE_CHARS = 300
# A paper's staff credits, a line of their own: 校对 陶善工, 编辑 李四 校对 王五, 审核：赵六, 编辑丨郑可书 (each role
# before two to four characters of a name; the line holds nothing else).
_STAFF_ROLES = (
    r"(?:责任编辑|责编|编辑|编译|责任校对|校对|审校|审核|审读|审稿|终审|一审|二审|三审|初审|复审|监制|统筹|签发|美编|制图|值班编辑"
    # a video's crew, credited line by line under it (策划：… 制片：… 编导：… 配音：…)
    r"|策划|制片人?|编导|导演|配音|摄像|剪辑|后期"
    # an oral history's teller and the writer who set it down (口述：老周　撰文：林晚)
    r"|口述|撰文|整理)"
)
# A staffer's name, or a teller's given name with its note that it is not the real one (小满（化名）).
_STAFF_NAMES = r"(?!丨)[\u4e00-\u9fff·]{2,4}(?:[（(]化名[）)])?(?:[ 、，,][\u4e00-\u9fff·]{2,4})*"
# After a staff credit, the pictures' credit is one more (策划：某某　撰文：某某　图片：品牌提供); alone under a picture it is
# the picture's caption.
_PICTURE_ROLES = r"(?:图片|摄影|图)"
# A desk may print its staffer's telephone after the name (资讯编辑：某某　021-5550186).
_STAFF_PHONE = r"(?:\s*\d{2,4}[-－]?\d{6,8})?"
# The paper, its app or its desk may stand before the first role, set off by the role's mark (某某日报新闻客户端编辑：李四,
# 资讯监制：李四), as may the stage of the work the role did (制版编辑 | 某某).
_STAFF_LINE = re.compile(
    rf"^(?:[\u4e00-\u9fff]{{2,10}}(?=(?:责任编辑|责编|编辑|监制|审核|校对)\s*[:：丨|｜]))?"
    rf"{_STAFF_ROLES}\s*[:：丨|｜/／]?\s*{_STAFF_NAMES}{_STAFF_PHONE}\s*"
    rf"(?:(?:{_STAFF_ROLES}|{_PICTURE_ROLES})\s*[:：丨|｜/／]?\s*{_STAFF_NAMES}{_STAFF_PHONE}\s*)*$"
)
# Credits printed after the article's last line, each role before a mark and the names or pen names after it:
# 执笔/某某、某某&某某, 某科室供稿 摄影/张三 编辑/李四. One credit alone names a writing or editing role (a lone
# 图/某某 or 摄影/某某 under a picture is its caption); two or more may add the picture's roles, the
# writer's and a chart's (作者 | 某某 设计 | 某某, a data column's credits), and a unit may
# precede 供稿 (sent in by). The writer's own byline (文 | 某某 图 | 某某) is the article's, kept as printed. The
# names are any run without spaces or sentence marks: pen names are not Chinese names.
_WRITING_ROLES = "执笔|撰稿|编辑|责编|编译|校对|审核|审校|监制|统筹|策划|制图|美编|排版|剪辑|出品"
# 参与: a translation's helper, credited after its 编译 (编译：某某 参与：某某).
# 记者 and 报道 (a Malaysian paper's word for its reporter) among other credits: the report's crew (记者：某某　摄像：某某);
# 文字 the writer's among a university page's closing credits (文字：某某　摄影：某某　编辑：某某).
# 分析师: a research house's analyst, credited with the desk's contact fields after the name (below).
# 采写 (interviewed and wrote), 译者 / 翻译 and 责任编辑 among them: a reprint's and a paper's closing crew.
_ANY_CREDIT_ROLE = (
    rf"(?:{_WRITING_ROLES}|责任编辑|作者|文字|采写|译者|翻译|设计|数据|插图|图片|图|摄影|摄像|视频|通讯员|主编|参与|记者|报道|分析师)"
)
_CREDIT_NAMES = r"[^\s/／|｜丨:：，。！？；]{2,16}"
# Under one role, more names after spaces (记者：某某　某某某　摄像：某某), each a person's of a few characters, and the
# paper's word for its reporter before them (采写：某某报记者 某某).
_MORE_NAMES = rf"(?:[ \u3000]+(?!{_ANY_CREDIT_ROLE})[\u4e00-\u9fff·]{{2,4}}(?![^\s/／|｜丨:：]))*"
_CREDITED = rf"(?:[\u4e00-\u9fff]{{0,6}}记者[ \u3000]*)?{_CREDIT_NAMES}{_MORE_NAMES}"
# A column's issue may name its staff as this (本期作者：某某　设计：某某).
_CREDIT = rf"(?:(?:本期)?{_ANY_CREDIT_ROLE}\s*[/／|｜丨:：]\s*{_CREDITED}|{_CREDIT_NAMES}供稿)"
# After the first credit a role may stand before its names with a space alone (采写：某某 通讯员 某某).
_LATER_CREDIT = rf"(?:{_CREDIT}|{_ANY_CREDIT_ROLE}[ \u3000]+[\u4e00-\u9fff·]{{2,4}}{_MORE_NAMES})"
# After a credit, how to reach the staffer (分析师：某某　电话：0533-5550000　邮箱：name@host): the desk's contact
# fields, part of the credit; a contact field alone is no credit.
_CONTACT = r"(?:联系)?(?:电话|手机|邮箱|电子邮箱|E-?mail|传真)\s*[:：]\s*[^\s，。！？；]{3,40}"
_CREDITS = rf"{_CREDIT}(?:\s+(?:{_LATER_CREDIT}|{_CONTACT}))+"
# A translation's credits open on the work it was taken from, a title that may hold spaces (选自：Robotics Weekly
# 编译：某某 参与：某某).
_SELECTED_FROM = r"选自\s*[:：]?\s*[^\s:：，。！？；][^:：，。！？；]{1,40}?\s+"
# A lone credit takes a slash-like mark only: after a colon (统筹：…) a line may be a list's entry.
_CREDIT_LINE = re.compile(
    rf"^(?:(?:{_WRITING_ROLES})\s*[/／|｜丨]\s*{_CREDIT_NAMES}|{_CREDITS}|{_SELECTED_FROM}{_CREDIT}(?:\s+{_CREDIT})*)$")
# Two credits or more and nothing else, in brackets closing the text (（编译：某某 审校：某某）).
_CREDITS_ONLY = re.compile(rf"^{_CREDITS}$")
_BRACKETED = re.compile(r"^[（(](.+)[）)]$")
# The expert a health article was checked with or asked, credited on a line of their own above or below the text
# (受访专家：某某医院某科主任医师 某某, 审核专家：…): a credit as a byline is, the expert's words quoted in the text.
_EXPERT_CREDIT = re.compile(r"^(?:受访|审核|审稿|指导|科普)专家\s*[:：丨|｜/／]\s*[^。！？；]{2,60}$")
# A unit's credit for sending the report in, alone in brackets closing the text (（某某区文明办供稿）, （县农业农村局
# 供稿）, （供稿：某某局）): the contributor's, as 供稿 among other credits is.
_SUPPLIED_ONLY = re.compile(rf"^(?:{_CREDIT_NAMES}\s*供稿|供稿\s*[:：]\s*{_CREDIT_NAMES})$")
_SUPPLIED_LABEL = re.compile(rf"^供稿\s*[:：]\s*{_CREDIT_NAMES}$")
# The writer's credit among a staff line that names an editing or reviewing hand too (文/某某 图/某某 审核/某某): the
# office's staff line closing the article, where 文/某某 图/某某 alone is the writer's byline, kept as printed.
_TEXT_CREDIT = rf"文\s*[/／|｜丨]\s*{_CREDIT_NAMES}"
_STAFF_CREDITS = re.compile(rf"^(?:{_TEXT_CREDIT}|{_CREDIT})(?:\s+(?:{_TEXT_CREDIT}|{_CREDIT}))+$")
_EDITING_CREDIT = re.compile(r"(?:^|\s)(?:责任编辑|编辑|责编|校对|审核|审校|终审|监制|统筹|签发)\s*[/／|｜丨:：]")
def line_key(text: str) -> str:
    """`text` without whitespace: the form in which lines, link texts and headlines are compared."""
    # Whitespace removed: str.split() cuts at the characters a regex `\s` matches (str.isspace), in a third of
    # the time of substituting them.
    return "".join(text.split())


# The headline the article first ran under, noted by the editor who retitled it: never the article's text.
# ... or in print (杂志标题：…, 刊发标题：…), as a magazine's edition block closing the text notes it.
ORIGINAL_TITLE_LABELS = "(?:本文|文章)?原标题|原题|杂志标题|刊发标题"
# ... or as a sentence: （原题为《…》）.
ORIGINAL_TITLE_AS = r"(?:原标题|原题)为\s*[《〈]"
_ORIGINAL_TITLE = re.compile(rf"^[（(【\[]?\s*(?:(?:{ORIGINAL_TITLE_LABELS})\s*[:：]|{ORIGINAL_TITLE_AS})")


# The byline of a reposted account article, as its platform prints it over the text: 原创： 某某编译 某某研究 (the
# writer, a role, the account). A sentence about originality (原创作品需授权，…) has sentence marks.
REPOST_BYLINE = re.compile(r"^原创[:：][^，。！？；,!?;]{2,36}$")
# A reprint's note of where the text first ran and who wrote or edited it (本文来自某某专栏：某某观察，作者：某某; 本文转载自…，
# 作者：…; 本文编选自“某某财经”，编辑：某某。): the article's origin and byline, as 本文来源：… 作者：… is, not its text.
REPOST_NOTE = re.compile(
    r"^[（(]?本文(?:来自|转载自|转自|编?选自|编译自|原载于)[^。！？]{1,40}[，,]\s*(?:作者|编辑|编译)[:：][^，。！？；]{1,20}[）)]?。?$"
    # ... or of the edition it first ran in and its headline there (本文出自《某某杂志》2021年12月号，原标题为〈…〉)
    rf"|^[（(]?本文(?:出自|来自|转载自|转自|编?选自|原载于|刊于|原刊于)[^。！？]{{1,40}}[，,]\s*{ORIGINAL_TITLE_AS}"
    r"[^》〉]{1,40}[》〉][）)]?。?$"
)


# A compiler's note, wholly in brackets, of the outlets a piece was put together from ((综合整理自某某、某某等),
# （本文综合自…）, （据某某、某某综合整理）): where the text came from, as a reprint's note says.
_COMPILED_FROM = re.compile(
    r"^[（(]\s*(?:本文)?(?:综合(?:整理|编译)?自|编译自|据[^（）()]{2,40}?综合(?:整理|编译)?)[^（）()]{0,60}[）)]。?$"
)


# An editing note, wholly in brackets, that the text was set down from a recording or a programme
# (（根据节目录音整理，有删节）, （本文根据节目内容整理）, （据现场录音整理，未经本人审阅）): where the text came from.
_TRANSCRIBED_FROM = re.compile(
    r"^[（(]\s*(?:本文|以上内容)?(?:根据|据)[^（）()]{0,12}?(?:录音|节目内容|节目|讲话|发言|速记|现场)[^（）()]{0,6}?整理"
    r"[^（）()]{0,16}[）)]。?$"
)


def is_repost_note(line: str) -> bool:
    """A reprint's note of where the text first ran and who wrote or edited it (`REPOST_NOTE`), a compiler's
    note of the outlets it was put together from (`_COMPILED_FROM`) or an editing note that it was set down from a
    recording (`_TRANSCRIBED_FROM`): no body in any body, a site rule's included."""
    key = simplified(line_key(line))
    return bool(REPOST_NOTE.match(key) or _COMPILED_FROM.match(key) or _TRANSCRIBED_FROM.match(key))


def is_repost_byline(line: str) -> bool:
    """The original post's byline line over a reposted account article (原创： 某某 某某号): no body in any body,
    a site rule's included."""
    return bool(REPOST_BYLINE.match(line_key(line)))


def is_original_title(line: str) -> bool:
    """A note of the headline the article first ran under (原标题：…, （原标题：…）): no body in any body, a site
    rule's included, whatever the template prints it in."""
    return bool(_ORIGINAL_TITLE.match(simplified(line.strip())))


# A summary's label in brackets, or with its colon, opening the line the summary is printed in (【导读】首批…).
_LABELLED_SUMMARY = re.compile(rf"^\s*(?:[【\[](?:{_SUMMARY_WORDS})[】\]]|(?:{_SUMMARY_WORDS})\s*[:：])")


def opens_with_summary_label(line: str) -> bool:
    """A summary printed after its label in the same line (【导读】…, 摘要：…): the editors' box above the article."""
    return bool(_LABELLED_SUMMARY.match(line))


# The label of the editors' note opening an article (编者按：, 【编者按】, [编者的话]): printed with the article (the
# corpus keeps it as the first paragraph), above its byline.
_EDITORS_NOTE = re.compile(r"^[【\[（(]?(?:编者按|编者的话|编者注)[】\]）)]?[:：]?")


def opens_with_editors_note(line: str) -> bool:
    """Whether `line` is the editors' note that opens an article (【编者按】…), the byline under it."""
    return bool(_EDITORS_NOTE.match(line_key(line)))


def is_summary_label(line: str) -> bool:
    """A summary box's label on a line of its own (摘要：, 【导读】, 【编辑推荐】): the box it heads is above the
    article, not its text. Read with traditional characters folded (重點：)."""
    return bool(_SUMMARY_LABEL.fullmatch(simplified(line_key(line))))


# A channel's standing reminder: a label that reminds (【饮酒提示】, 某某提醒您：, 健康游戏忠告：), then slogans of a few
# characters each (理性饮酒，拒绝酒驾。过量饮酒有害健康). An article's own tip states something in a sentence of its own
# length; a slogan line says what every page of the channel says.
_REMINDER = re.compile(
    r"^(?:【[^】]{2,6}(?:提示|提醒|忠告)】|[\u4e00-\u9fff]{2,10}(?:提醒您|提示您|忠告)[:：])"
    r"\s*[^\s，,。！!；;、]{2,8}(?:[\s，,。！!；;、]+[^\s，,。！!；;、]{2,8}){1,4}[\s，,。！!；;、]*$"
)

# A promo headed by its own call in brackets (【加入某某会员】每天好文直送你的信箱…, 【订阅电子报】, 【下载某某App】): the
# label asks the reader to join, subscribe to or download what the outlet offers; an article's cross-head in
# brackets names a topic (【加入世贸组织二十年】).
_CALL_LABEL = re.compile(
    r"^【(?:立即|免费)?(?:加入|订阅|下载|注册|成为)[^】]{0,12}(?:会员|电子报|客户端|app|社群|粉丝群|公众号|newsletter)】",
    re.IGNORECASE,
)

# A channel's call to talk under its interaction label (【网易某地互动】今年你吃上…了吗？到某某论坛晒晒>>, 某某网友互动：
# …欢迎到某某论坛发帖讨论, 【我有话说】…欢迎在文后留言): the outlet's prompt, sending its readers to its board or its
# comments. A cross-head
# naming an exchange (【互动环节】) sends no one anywhere.
_TALK_CALL = re.compile(
    r"^(?:【[^】]{0,8}(?:互动|有话说|话题|你怎么看)[^】]{0,4}】|[^\s，。：:]{0,8}(?:网友|读者)互动[:：])"
    r"[^【】]{0,60}?(?:论坛|社区|留言|评论|跟帖|跟贴|发帖|晒晒)"
)

# A promo line closing on a call to click on with arrows, perhaps under the outlet's label (【某地房产看房团】本周六…报名中，
# 点击报名>>): the promo's link; an article's sentence never ends on a click and arrows.
_CLICK_CALL = re.compile(r"^(?:【[^】]{2,12}】)?[^。！？【】]{0,40}?点击[^\s，。！？,]{1,6}\s*(?:>>|＞＞|»|》》)$")

# The outlet's call to post on its board, with no label (你家里还留着…吗？欢迎到某某论坛“晒书”版块发帖，和书友们一起晒晒):
# it sends the readers to its board, as the labelled call does: a sentence of its own, the act closing its clause. An
# article reports such a board in its own sentences (版主说，欢迎到论坛发帖的新人越来越多).
_BOARD_CALL = re.compile(
    r"(?:^|[。！？!?])\s*(?:欢迎|请|快来)(?:您|大家|网友|读者|各位)?(?:到|来|在|去|进入)[^。！？，,]{0,16}(?:论坛|社区|贴吧)"
    r"[^。！？]{0,12}?(?:发帖|留言|跟帖|晒晒|晒出|分享)(?:[，,。！!]|$)"
)
_BOARD_CALL_CHARS = 80

# A text-message service's call to subscribe (移动用户发送 WC 到 9999 订阅某某快讯, 编辑短信 DS 发送到 1066555000 即可订阅), or
# to try it (手机看新闻：发送短信XW到9999999，每天三条要闻免费试读一周): the outlet's promo, a line of its own. An article
# telling how to query a service by message (编辑短信发送至12345查询) subscribes to nothing.
# A number may be printed in groups (发送 GP 到 9999 9999), and a line that prices each message (每条0.1元, 0.1元/条,
# 信息费) sells the service whatever it offers.
_SMS_CALL = re.compile(r"(?:发送(?:短信)?\s*[“\"「]?[A-Za-z0-9]{1,10}[”\"」]?\s*|短信\s*[“\"「]?[A-Za-z0-9]{1,10}[”\"」]?\s*发送?)"
                       r"[到至]\s*\d{4,}(?:\s\d{3,})*\s*(?:即可|就可|就能)?"
                       r"(?:订阅|定制|订制|[^。！？]{0,12}(?:试读|包月)|[^。！？]{0,20}?(?:每条\s*\d|元\s*/\s*[条月]|信息费|资费))")
_SMS_CALL_CHARS = 80

# A player's fallback where the video did not load: the plug-in is missing (您还没有安装flash播放器，请点击这里安装)
# or the browser cannot play it (您的浏览器不支持 video 标签). No article says so of its own page.
_PLAYER_FALLBACK = re.compile(
    r"(?:没有|未|尚未)安装[^。，,]{0,12}?flash[^。，,]{0,6}?(?:播放器|插件)"
    r"|浏览器(?:暂|还|尚)?不支持[^。，,]{0,16}?(?:视频|播放|html5|video|flash)",
    re.IGNORECASE,
)
_PLAYER_FALLBACK_CHARS = 60

# A paywall's prompt: subscribe, log in or join to read the whole text (订阅某某，阅读全部新闻与评论。, 登录后查看全文),
# or its button alone (立即订阅). An article does not ask its reader to pay for reading it.
_PAYWALL = re.compile(
    r"^(?:(?:订阅|登录|登入|注册|开通|成为|加入)[^。！？!?，,]{0,16}?[，,]?\s*(?:后|即可|就能|便可|以|来)?\s*"
    r"(?:阅读|查看|解锁|畅读|浏览)(?:全部|全文|完整|更多|所有)[^。！？!?，,]{0,12}[。！!]?"
    r"|(?:立即|马上|现在|免费)订阅)$"
)


def is_prompt_line(line: str) -> bool:
    """A short line that is a disclaimer or a prompt (to follow an account, open an app, join a forum) even when
    written as a sentence, or a longer notice that says so twice: chrome in any body, a site rule's included.
    """
    return is_notice(simplified(line), len(line_key(line)))


def is_notice(folded: str, length: int) -> bool:
    """Whether a line (`folded` by `simplified`, `length` characters without whitespace) is a disclaimer or a
    prompt: a short one holding the words once, a long notice saying so twice (免责声明：… 版权归原作者所有 …
    不代表某某立场; 版权归…所有 … 未经…授权不得…使用), a channel's slogan reminder (【饮酒提示】理性饮酒 拒绝酒驾), or a
    paywall's prompt (订阅某某，阅读全部新闻与评论。), a channel's call to talk on its board (【某地互动】…到论坛晒晒),
    a promo closing on a click with arrows (…报名中，点击报名>>), a text-message service's call to subscribe, or a
    video player's fallback (您还没有安装flash播放器)."""
    line = folded.strip()
    if _REMINDER.match(line) or _PAYWALL.match(line):
        return True
    if length < _NOTICE_CHARS and (_CALL_LABEL.match(line) or _TALK_CALL.match(line) or _CLICK_CALL.match(line)):
        return True
    if length < _BOARD_CALL_CHARS and _BOARD_CALL.search(line):
        return True
    if length < _SMS_CALL_CHARS and _SMS_CALL.search(line):
        return True
    if length < _PLAYER_FALLBACK_CHARS and _PLAYER_FALLBACK.search(line):
        return True
    if length >= _NOTICE_CHARS or (_DISCLAIMER_WORDS is not None and _DISCLAIMER_WORDS.search(folded) is None):
        return False
    if length < 80:
        return _DISCLAIMER.search(folded) is not None
    return len(_DISCLAIMER.findall(folded)) >= 2


# A call to follow, like or subscribe to the outlet on a social account (欢迎搜索关注微信公众号某某, 請讚好某某
# Facebook, 歡迎訂閱我們的YouTube頻道, 想看更多？关注某某官方微信): the verb opens the line, a clause or the answer to
# the call's hook question, or follows a word of asking (请, 欢迎,
# 记得, 搜索, 快点我加入 …), and an account's word comes after it. An article's sentence about following an account has its
# subject before the verb (网友纷纷关注…微博). The line is read with its traditional characters folded (追蹤 as
# 追踪, 粉絲團 as 粉丝团, 小紅書 as 小红书), so each word is written once, simplified; a word of asking is found
# where it ends (请 inside 敬请).
_FOLLOW_CALL = re.compile(
    r"(?:^|[，,。！!？?：:；;、\s]|请|欢迎|记得|快来|立即|马上|即刻|一起|搜索|扫码|扫一扫|二维码|或|点我)"
    r"(?:关注|赞好|按赞|点赞|订阅|追踪|加入|follow|like|subscribe)"
    r"[^。！？!?]{0,20}?"
    r"(?:公众号|微信|微博|facebook|instagram|youtube|twitter|telegram|专页|粉丝团|频道|抖音|视频号|小红书|电子报|newsletter|"
    # short names as words of their own, not inside a Latin word (online, figure)
    r"(?<![a-z])(?:fb|ig|line)(?![a-z]))"
    # ... or the outlet's account named first, then the asking (某某中文有Instagram！欢迎搜寻某某; 我们的YouTube频道，
    # 欢迎订阅): an outlet announcing its own account. Only a handle may stand between them: words there (微博上说，
    # 欢迎关注此事) are a sentence about the account.
    r"|(?:公众号|微博|facebook|instagram|youtube|twitter|telegram|专页|粉丝团|频道|抖音|视频号|小红书)[^。，,！!\u4e00-\u9fff]{0,12}"
    r"[！!，,]\s*(?:欢迎|请|敬请|快来)(?:搜寻|搜索|关注|追踪|订阅|加入|follow)",
    re.IGNORECASE,
)
# A call is one short line; a longer one is a paragraph that mentions an account.
_FOLLOW_CALL_CHARS = 60
# A call to follow the outlet for more of its coverage, the outlet or its topic page named, not an account: the
# coverage first and then the asking (更多冬奥报道，请关注某某专题, 更多世界杯报道，请进入某某专题), or the asking first and what more it shows
# (关注某某，看见更多…的故事).
_MORE_CALL = re.compile(
    r"^更多[^。！？!?]{0,20}?(?:报道|资讯|内容|精彩|新闻|消息|故事|文章)[，,：:]?\s*(?:请|敬请|欢迎)?(?:关注|锁定|登录|访问|进入)"
    # ... or what more the reader may look up there, then the asking (查询更多楼盘的…户型图，请登录某某楼盘库)
    r"|^(?:查询|查看|了解|获取|搜索)更多[^。！？!?，,]{0,24}[，,]\s*(?:请|敬请|欢迎)(?:登录|访问|进入|关注)"
    r"|^(?:请|敬请|欢迎)?(?:关注|锁定)[^，,。！？!?]{2,16}[，,]\s*(?:看见|了解|获取|发现|阅读|看到|收看)更多"
    # ... or an outlet by its name (关注网易某地，看见…的普通人; 关注某某客户端，了解…): its slogan, whatever it promises.
    r"|^(?:请|敬请|欢迎)?(?:关注|锁定)(?:网易[^，,。！？!?\s]{0,8}|[^，,。！？!?\s]{2,12}(?:网|新闻|频道|客户端|日报|晚报|电视台|[Aa][Pp][Pp]))"
    # ... what more it brings after the comma (关注网易某地，更多某地新鲜事第一时间看) being its slogan as well
    r"[，,]\s*(?:看见|了解|获取|发现|阅读|看到|收看|更多)"
)
# A follow box's heading opening the line (◆ 追蹤更多某某新聞：), its list of accounts after it (1.用Plurk追蹤…：追蹤
# 2.用Twitter追蹤…), as one line where a reading joins the box's lines; or one entry of that list, the account named
# before the verb (用Plurk追蹤…).
_FOLLOW_BOX = re.compile(
    r"^[◆●■▶►◇◎·\s]*(?:追踪|关注|订阅)更多[^。！？!?:：]{0,16}(?:新闻|资讯|报道|内容|消息)[:：]"
    r"|^\d{0,2}[.、]?\s*(?:用|在|透过|通过)\s*(?:plurk|twitter|facebook|instagram|youtube|line|微博|微信)\s*(?:追踪|关注|订阅|follow)",
    re.IGNORECASE,
)
_FOLLOW_BOX_CHARS = 160


def is_follow_call(line: str) -> bool:
    """Whether `line` is a short call to follow, like or subscribe to an outlet's social account, or a follow box's
    heading with its list of accounts."""
    length, folded = len(line_key(line)), simplified(line)
    if length <= _FOLLOW_BOX_CHARS and _FOLLOW_BOX.search(folded) is not None:
        return True
    return length <= _FOLLOW_CALL_CHARS and (
        _FOLLOW_CALL.search(folded) is not None or _MORE_CALL.search(folded) is not None
    )


def without_closing_calls(lines: list[str]) -> list[str]:
    """`lines` without the calls to follow the outlet's accounts that close them: where an outlet signs off, not
    the article. A call among the paragraphs is left to the other tests (it may be the article's own words)."""
    return _without_closing(lines, is_follow_call)


def _without_closing(lines: list[str], closes: Callable[[str], bool]) -> list[str]:
    """`lines` without the run of lines at their end that `closes` holds for; `lines` itself when there is none."""
    end = len(lines)
    while end and closes(lines[end - 1]):
        end -= 1
    return lines[:end] if end < len(lines) else lines


def without_closing_credits(lines: list[str]) -> list[str]:
    """`lines` without the staff credits that close them (编辑 | 某某, 作者 | 某某　编辑 | 某某): the outlet's
    record of who handled the piece, printed after its last line. A byline kept as the article's (（记者 某某）) is
    no credit line."""
    return _without_closing(lines, is_credit_line)


def is_byline(line: str) -> bool:
    """Whether `line` names the article's people and nothing else: a byline (新京报记者 李春平, 文/王五) or a line of
    staff credits (执笔/某某, 摄影/张三 编辑/李四)."""
    return byline_names(line) is not None or is_credit_line(line)


# A report's credit on a line of its own, as Taiwanese papers print it over the text: the reporter (記者王五) or the
# desk that compiled it (社會中心), a slash, and where it was filed or that it was compiled (台北報導, 綜合報導).
# Read on the line as printed or with its traditional characters folded (報導 may come out 報导).
_DESK_CREDIT = re.compile(
    r"^(?:[记記]者\s*[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff]{1,8}(?:中心|组|組|部))\s*[/／]\s*[\u4e00-\u9fff]{0,6}[报報][道导導]$"
)


# The unit that made a video or a feature, a line of its own closing its credits (某某社音视频部制作, 某某通讯社出品).
_PRODUCED = re.compile(r"^[\u4e00-\u9fff]{2,16}(?:制作|出品)$")


# Where the article's pictures come from, a line of its own that speaks of them all or of the title picture (本文图片
# 来源：CFP, 文中图片均来自网络, 题图：视觉中国, 题图来自：某某, 首图来源：某某, 首圖來源：某某, 题图来自某某，基于某某协议, 本文
# 图片均为作者拍摄): a standing credit, not a caption. A bare 图片来源：… under one picture may be that picture's only
# caption, and its position, not its words, tells it.
_PICTURE_SOURCE = re.compile(
    r"^[（(]?\s*(?:(?:本文|文中|文[内內])(?:[图圖]片|配[图圖])均?(?:[来來]源|[来來]自|出[处處])|[题題首头頭][图圖](?:[来來]源|[来來]自)?)"
    r"\s*[:：丨|｜/／]?\s*"
    # ... the maker's role may follow the name (题图：某某工作室 插画)
    r"[^\s。！？，,]{1,16}(?:\s[A-Za-z]{1,10}|\s(?:插画|插圖|摄影|攝影|摄|攝|绘|繪|制图|製圖|供图|供圖))?"
    r"(?:[，,]\s*基于[^\s。！？，,]{1,12}(?:协议|许可))?\s*[）)]?[。.]?$"
    # or who took or gave them all (本文图片均为作者拍摄, 文中图片由受访者提供)
    r"|^[（(]?\s*(?:本文|文中|文[内內])(?:[图圖]片|配[图圖])均?(?:[为為由])[^\s。！？，,]{1,12}(?:\s[^\s。！？，,]{2,6}\s?)?"
    r"(?:拍摄|拍攝|所摄|所攝|提供)\s*[）)]?[。.]?$"
)


# One credit of a science outlet's closing block, a line each (出品：某某　/ 作者：某某（某大学某学院）/ 审核：某某 副主任医师 /
# 监制：某某编辑部): the role, a name or a desk, the writer's affiliation in brackets or the expert's title after it.
_EXPERT_TITLE = r"\s+[\u4e00-\u9fff]{0,6}(?:医师|医生|教授|研究员|主任|工程师|讲师|专家)"
# A writer's name alone under 作者 is a byline some templates keep in the text, and a role before a colon may open an
# entry of the article's own list (统筹：各部门协同): a name is a credit with the writer's affiliation or the expert's
# title after it; the unit that made or oversaw the piece (出品：某某, 监制：某某编辑部) is one by its role.
_ROLE_CREDIT = re.compile(
    rf"^(?:出品|监制)\s*[:：|｜丨/／]\s*[\u4e00-\u9fff·]{{2,10}}$"
    rf"|^(?:审核|审稿|撰稿|作者)\s*[:：|｜丨/／]\s*[\u4e00-\u9fff·]{{2,4}}(?:{AFFILIATION}|{_EXPERT_TITLE})$"
)


# The reporters under their role's label, the whole line, as a magazine closes its text with its edition's
# credits (记者：某某 / 编辑：某某): the label's colon makes it a credit, as 编辑：某某 is; an interview's question
# after 记者： is no name.
_REPORTER_LABEL = re.compile(rf"^(?:本报|本刊|本台|本网)?记者\s*[:：]\s*{_STAFF_NAMES}$")


def is_credit_line(line: str) -> bool:
    """Whether `line` is a line of staff credits and nothing else (校对 陶善工, 执笔/某某, 摄影/张三 编辑/李四, 文/某某
    审核/某某, 配音：某某, 某某部制作), or a desk's credit for a report it compiled (社會中心／綜合報導)."""
    stripped = line.strip()
    bare = _BRACKETED.sub(r"\1", stripped)
    return (
        (len(line) <= 40 and bool(_STAFF_LINE.match(line) or _PRODUCED.match(line)))
        or (len(line) <= 60 and bool(_CREDIT_LINE.match(stripped)))
        or (bare != stripped and len(bare) <= 60 and bool(
            _CREDITS_ONLY.match(bare) or _SUPPLIED_ONLY.match(bare) or _STAFF_LINE.match(bare)
            or (_STAFF_CREDITS.match(bare) and _EDITING_CREDIT.search(bare))
        ))
        or (len(line) <= 60 and bool(_STAFF_CREDITS.match(stripped)) and _EDITING_CREDIT.search(line) is not None)
        or bool(_DESK_CREDIT.match(stripped))
        # A unit's credit for sending the report in, labelled and unbracketed (供稿：某某学院); without the label
        # (某某局供稿) a line alone may as well be a heading.
        or (len(line) <= 40 and bool(_SUPPLIED_LABEL.match(stripped)))
        or bool(_EXPERT_CREDIT.match(stripped))
        or bool(_PICTURE_SOURCE.match(stripped))
        or bool(_ROLE_CREDIT.match(stripped))
        or (len(line) <= 40 and bool(_REPORTER_LABEL.match(stripped)))
    )


# A reference list closing an essay: its heading on a line of its own (参考文献：, 【参考资料】), then entries in a
# citation style: a number in brackets, then authors, a title and the work's type mark ([J] a journal, [M] a book,
# [EB/OL] a web page …) or its year, or a plain entry whose fields a full stop parts (某某编.某某手册, 某某分会. 题名. 某某期刊), as a
# popular-science article cites. The sources an essay drew on, not its text; the markers ([1]) inside the
# paragraphs are the text's own and stay.
_REFERENCES_HEADING = re.compile(r"^[【\[]?(?:参考文献|参考资料|参考书目|引用文献|注释与参考文献)[】\]]?[:：]?$")
_CITATION = re.compile(
    r"^[\[［【]\d{1,3}[\]］】].{4,160}?(?:\[(?:J|M|N|C|D|R|S|P|Z|A|G|EB/OL|DB/OL|J/OL|M/OL)\]|(?:19|20)\d{2}|[^\s.。\d]\.\s?[^\s.\d])"
)


# The notes closing an essay, under their own heading (注释：, 【注】): numbered entries ([1] 据收藏者口述整理。), each
# answering a marker in the paragraphs. Under this heading an entry needs no citation style.
_NOTES_HEADING = re.compile(r"^[【\[]?(?:注释|注|脚注|尾注|附注)[】\]]?[:：]?$")
_NOTE = re.compile(r"^[\[［【]\d{1,2}[\]］】]\s*\S.{0,160}$")
# A reference by its title alone ([1] 某某疾病防治相关共识与指南（综合整理）., 1.某某署：某某参考摄取量): no clause or
# sentence of the article's own. Under the heading, a list numbered 1. or 1、 is the same list.
_TITLE_ENTRY = re.compile(r"^(?:[\[［【]\d{1,3}[\]］】]|\d{1,2}[.．、])\s*[^，。！？；,;]{4,80}\.?$")


def without_references(lines: list[str]) -> list[str]:
    """`lines` without a reference list: a references heading and the citation entries after it, or numbered
    titles alone (see _REFERENCES_HEADING), or a notes heading and its numbered notes (_NOTES_HEADING). A heading
    that no entry follows is the article's own line and stays."""
    drop: set[int] = set()
    for index, line in enumerate(lines):
        # Folded: a Taiwan or Hong Kong page heads the list 參考資料.
        key = simplified(line_key(line))
        entries = (
            (_CITATION, _TITLE_ENTRY) if _REFERENCES_HEADING.match(key) else (_NOTE,) if _NOTES_HEADING.match(key) else ()
        )
        if not entries:
            continue
        end = index + 1
        while end < len(lines) and any(entry.match(lines[end].strip()) for entry in entries):
            end += 1
        if end > index + 1:
            drop.update(range(index, end))
    return [line for index, line in enumerate(lines) if index not in drop] if drop else lines
