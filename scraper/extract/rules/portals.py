"""Site rules for the big Chinese portals, as data (see model.py for what each field means).

Each rule is modelled on the portal's current article template and keys on the template's own stable
ids and classes, so another template on the same domain (a photo gallery, a live page, an older era)
does not match and falls through to the generic path. ifeng builds its pages with CSS modules whose class
names carry a hash (`main_content-r5RGqegj`, `index_main_content_j-HoG`): only the prefix before the hash is
stable, hence `starts-with` there.
"""

from __future__ import annotations

from ..terms import EDITOR_TAG_LINE
from .model import AnyClass, SiteRule, by_class, by_id, cls, then

# Lines that close portal articles without being part of them.
_PORTAL_LINES = (
    EDITOR_TAG_LINE.pattern,
    r"^返回搜狐[，,]查看更多$",
)

# news.sina.com.cn (and the finance/tech channels on the same template since 2017): h1.main-title, then
# div.date-source with the printed time (span.date) and the outlet (a.source, or span.source when unlinked).
# article:published_time is sometimes a later update time, so the printed time comes first.
SINA = SiteRule(
    name="sina",
    markers=("main-title",),
    domains=("sina.com.cn",),
    detect=f"//h1[{cls('main-title')}][following::div[{cls('date-source')}]]"
    f"[following::div[@id='article' or @id='artibody']]",
    title=(by_class("h1", "main-title"), "//meta[@property='og:title']/@content"),
    published=(
        f"//div[{cls('date-source')}]//*[{cls('date')}]",
        "//meta[@property='article:published_time']/@content",
    ),
    source=(
        f"//div[{cls('date-source')}]//*[{cls('source')}]/text()",
        "//meta[@name='mediaid']/@content",
    ),
    editor=(by_class("*", "show_author"), by_class("*", "article-editor")),
    channel=(by_class("div", "channel-path"),),
    body=(by_id("div", "article"), by_id("div", "artibody")),
    drop=(
        AnyClass("show_author", "article-editor"),
        ".//div[starts-with(@id, 'ad_')]",
        AnyClass("sinaads", "appendQr_wrap"),
    ),
    drop_lines=_PORTAL_LINES,
)

# www.sohu.com/a/… (搜狐号 and news, 2018 onwards): div.text-title h1 and span#news-time, body article#mp-editor.
# The account name in the author box is the outlet; the body ends in a 返回搜狐 link and an empty editor line.
SOHU = SiteRule(
    name="sohu",
    markers=("mp-editor",),
    domains=("sohu.com",),
    detect=f"//div[{cls('text-title')}]/h1[following::article[@id='mp-editor']]",
    title=(f"//div[{cls('text-title')}]/h1", "//meta[@property='og:title']/@content"),
    published=(by_id("span", "news-time"), "//meta[@property='og:release_date']/@content"),
    source=("//meta[@name='mediaid']/@content", "//div[@id='user-info']/h4/a/text()"),
    editor=("//article[@id='mp-editor']//p[@data-role='editor-name']",),
    body=(by_id("article", "mp-editor"),),
    drop=(
        ".//*[@data-role='editor-name']",
        ".//a[@id='backsohucom']",
        AnyClass("lookall-box"),
    ),
    drop_lines=_PORTAL_LINES,
)


def _ifeng(prefix: str) -> str:
    """XPath predicate: a CSS-module class of ifeng's (`prefix-hash` in 2019–2022, `index_prefix_hash` since)."""
    return f"(starts-with(@class, '{prefix}-') or starts-with(@class, 'index_{prefix}_'))"


# news.ifeng.com / *.ifeng.com /c/… articles (React, CSS-module class names): h1.topic-*, an info block with
# the time and either 来源：<a> (news) or the 大风号 account name (sourceTitleText) — on the commentary
# channel a caption block with span.date-* and span.source-* instead — body div.main_content-*,
# the editor after the body in p.author-* ([责任编辑：朱家浒 PN054] or 责编：黄忆南 PN269).
IFENG = SiteRule(
    name="ifeng",
    markers=("main_content",),
    domains=("ifeng.com",),
    detect=f"//h1[{_ifeng('topic')}][following::div[{_ifeng('main_content')}]]",
    title=(f"//h1[{_ifeng('topic')}]", "//meta[@property='og:title']/@content"),
    published=(
        f"//div[{_ifeng('info')}]//*[{_ifeng('time')} or {_ifeng('timeBref')}]",
        f"//div[{_ifeng('caption')}]//*[{_ifeng('date')}]",
        f"//div[{_ifeng('info')}]",
    ),
    source=(
        f"//div[{_ifeng('info')}]//*[{_ifeng('sourceTitleText')}]//a/text()",
        f"//div[{_ifeng('caption')}]//*[{_ifeng('source')}]//a/text()",
        f"//div[{_ifeng('info')}]//*[{_ifeng('source')}]//a/text()",
    ),
    editor=(f"//p[{_ifeng('author')}]",),
    channel=(f"//div[{_ifeng('breadcrumbs')}]", f"//div[{_ifeng('crumbs')}]"),
    body=(f"//div[{_ifeng('main_content')}]",),
    drop_lines=_PORTAL_LINES,
)

# people.com.cn channel sites, 2020 template: div.rm_txt with the h1, a byline div.author, div.channel holding
# "2024年05月10日06:58 | 来源：<a>…</a>", body div.rm_txt_con, editor div.edit "(责编：…)".
PEOPLE = SiteRule(
    name="people",
    markers=("rm_txt_con",),
    domains=("people.com.cn",),
    detect=f"//div[{cls('rm_txt')}]//div[{cls('rm_txt_con')}]",
    title=(f"//div[{cls('rm_txt')}]//h1", "//meta[@property='og:title']/@content"),
    published=(f"//div[{cls('rm_txt')}]//div[{cls('channel')}]", "//meta[@name='publishdate']/@content"),
    info=(f"//div[{cls('rm_txt')}]//div[{cls('channel')}]",),
    author=(f"//div[{cls('rm_txt')}]//div[{cls('author')}]",),
    source=(f"//div[{cls('rm_txt')}]//div[{cls('channel')}]",),
    editor=(f"//div[{cls('rm_txt')}]//div[{cls('edit')}]",),
    channel=(by_id("div", "rwb_navpath"),),
    body=(by_class("div", "rm_txt_con"),),
    drop=(AnyClass("edit"), AnyClass("tjewm"), AnyClass("paper_num", tag="p")),
    drop_lines=_PORTAL_LINES,
)

# people.com.cn channel sites on the older article template (health, and kin): div.articleCont with the
# headline in div.title h2, div.artOri "2024年05月17日08:59  来源：<a>…</a>", body div.artDet, div.editor.
PEOPLE_ARTICLE = SiteRule(
    name="people-article",
    markers=("artDet",),
    domains=("people.com.cn",),
    detect=f"//div[{cls('articleCont')}]//div[{cls('artDet')}]",
    title=(f"//div[{cls('articleCont')}]/div[{cls('title')}]/h2", "//meta[@property='og:title']/@content"),
    published=(f"//div[{cls('articleCont')}]//div[{cls('artOri')}]", "//meta[@name='publishdate']/@content"),
    info=(f"//div[{cls('articleCont')}]//div[{cls('artOri')}]",),
    source=(f"//div[{cls('articleCont')}]//div[{cls('artOri')}]",),
    editor=(f"//div[{cls('articleCont')}]//div[{cls('editor')}]",),
    channel=(by_class("div", "subNav"),),
    body=(f"//div[{cls('articleCont')}]//div[{cls('artDet')}]",),
    drop=(AnyClass("editor"), AnyClass("zdfy")),
    drop_lines=_PORTAL_LINES,
)

# news.cn / xinhuanet.com, 2020 template: div.header (crumbs, header-time split over spans, div.source),
# div.head-line h1 span.title; the mobile header repeats date and source on one line, which parses whole.
# Body span#detailContent; the video player and the 【纠错】【责任编辑:…】 bar (div#articleEdit) are not text.
XINHUA = SiteRule(
    name="xinhua",
    markers=("detailContent",),
    domains=("news.cn", "xinhuanet.com"),
    detect="//div[@id='detail']//*[@id='detailContent']",
    title=(f"//div[{cls('head-line')}]//span[{cls('title')}]", f"//div[{cls('head-line')}]/h1"),
    published=(f"//div[{cls('mheader')}]/div[{cls('info')}]", by_class("div", "header-time")),
    info=(f"//div[{cls('header-cont')}]/div[{cls('source')}]", f"//div[{cls('header-top')}]/div[{cls('source')}]",
          f"//div[{cls('mheader')}]/div[{cls('info')}]"),
    source=(f"//div[{cls('header-cont')}]/div[{cls('source')}]", f"//div[{cls('header-top')}]/div[{cls('source')}]",
            f"//div[{cls('mheader')}]/div[{cls('info')}]"),
    editor=(f"//div[@id='articleEdit']//*[{cls('editor')}]",),
    channel=(by_class("div", "header-nav"),),
    body=(by_id("*", "detailContent"),),
    drop=(".//div[starts-with(@id, 'DH-PLAYERID')]", ".//*[@id='articleEdit']"),
    drop_lines=_PORTAL_LINES,
)

# www.chinanews.com(.cn) articles, 2019 template: div.content h1, div.left-t "2020年07月04日 12:10　来源：求是网"
# (the source linked or not, followed by a 参与互动 link), body div.left_zw with the editor tag
# 【编辑:陈海峰】 in div.adEditor and picture-in-picture ads in table.adInContent.
CHINANEWS = SiteRule(
    name="chinanews",
    markers=("left_zw",),
    domains=("chinanews.com", "chinanews.com.cn"),
    detect=f"//div[{cls('left-t')}][following::div[{cls('left_zw')}]]",
    title=(f"//div[{cls('content')}]/h1", "//meta[@property='og:title']/@content"),
    published=(by_class("div", "left-t"), by_id("span", "pubtime_baidu")),
    source=(f"//div[{cls('left-t')}]/text()[contains(., '来源')]", by_class("div", "left-t")),
    editor=(f"//div[{cls('left_zw')}]//*[{cls('left_name')}]", by_id("span", "editor_baidu")),
    body=(by_class("div", "left_zw"),),
    drop=(
        AnyClass("adEditor", "left_name"),
        AnyClass("adInContent", tag="table"),
        ".//*[@id='function_code_page']",
    ),
    drop_lines=_PORTAL_LINES,
)

# Platforms: one template over millions of pages whose bodies their users write. Where the author ends the
# body in the platform's chrome (WeChat: 往期推荐 lists, follow prompts, END marks), `clean` runs the generic
# line cleaning on it.

# mp.weixin.qq.com/s… (WeChat official-account articles): h1#activity-name (h2 before 2019), the account in a#js_name, the
# writer in <meta name="author">, body div#js_content (hidden by an inline style until the page's script
# runs: trafilatura discards hidden blocks, so the generic path can pick the account box instead). The
# publish time is filled in by script (em#publish_time is empty as served); the page's script data
# (`var ct`, unix seconds) gives it, read by the script-date source.
WECHAT = SiteRule(
    name="wechat",
    markers=("js_content",),
    domains=("qq.com",),
    detect="//div[@id='js_content']",
    title=(by_id("h1", "activity-name"), by_id("h2", "activity-name"), "//meta[@property='og:title']/@content"),
    published=(by_id("em", "publish_time"),),
    author=("//meta[@name='author']/@content",),
    source=("//a[@id='js_name']/text()", f"//strong[{cls('profile_nickname')}]/text()"),
    body=(by_id("div", "js_content"),),
    drop_lines=_PORTAL_LINES,
    clean=True,
)

# blog.csdn.net/<user>/article/details/<id>: h1#articleContentId, the writer in a.follow-nickName, body
# div#content_views. span.time says 于 … 发布, or 已于 … 修改 once edited, when div.up-time may hold the first
# publish time (于 … 首次发布) or the day of the latest recommended article (最新推荐文章于 … 发布, not this post's):
# with neither printed, the page's script time decides (the generic reading). Comments, recommendations and the
# profile column follow the article, outside #content_views, so the body needs no line cleaning — which would read
# short code lines as a run of tags and dated log lines as date rows.
CSDN = SiteRule(
    name="csdn",
    markers=("content_views",),
    domains=("csdn.net",),
    detect="//div[@id='content_views']",
    title=(by_id("h1", "articleContentId"), by_class("h1", "title-article")),
    published=(
        then(by_class("div", "up-time"), "/self::*[contains(., '首次发布')]"),
        f"//div[{cls('article-bar-top')}]//span[{cls('time')}][not(contains(., '修改'))]",
    ),
    author=(by_class("a", "follow-nickName"),),
    channel=(f"//div[{cls('tags-box')}]/a[contains(@href, '/category_')]",),
    body=(by_id("div", "content_views"),),
    drop=(".//svg", AnyClass("hljs-button")),
    drop_lines=_PORTAL_LINES,
)

# Discuz! X threads (the forum software of a great many Chinese forums, on any domain, hence no domains):
# h1.ts > span#thread_subject, then one block per post; the thread's article is the first post's
# td.t_f#postmessage_<pid>, the replies below it are not. The poster's name is the first a.xw1 of the author
# column, the time the first em#authorposton<pid> (发表于 2024-2-15 21:03; a recent post prints 3 天前 and
# keeps the time in its span's title). 本帖最后由 … 编辑 (i.pstatus) is an edit note, not the post; div.a_pr and
# div.a_pt are the ad slots Discuz sets inside a post.
DISCUZ = SiteRule(
    name="discuz",
    markers=("postmessage_",),
    domains=(),
    detect="//td[starts-with(@id, 'postmessage_')][contains(@class, 't_f')][preceding::span[@id='thread_subject']]",
    title=(by_id("span", "thread_subject"),),
    published=(
        "(//em[starts-with(@id, 'authorposton')])[1]/span/@title",
        "(//em[starts-with(@id, 'authorposton')])[1]",
    ),
    author=(f"(//*[{cls('authi')}]/a[{cls('xw1')}])[1]", f"(//td[{cls('pls')}]//a[{cls('xw1')}])[1]"),
    body=("//td[starts-with(@id, 'postmessage_')][contains(@class, 't_f')]",),
    drop=(AnyClass("pstatus", tag="i"), AnyClass("attach_nopermission", tag="div"), AnyClass("locked", tag="div"),
          AnyClass("a_pr", tag="div"), AnyClass("a_pt", tag="div")),
    drop_lines=_PORTAL_LINES,
)

PORTAL_RULES: tuple[SiteRule, ...] = (
    SINA, SOHU, IFENG, PEOPLE, PEOPLE_ARTICLE, XINHUA, CHINANEWS, WECHAT, CSDN, DISCUZ,
)  # fmt: skip
