"""Reading metadata fields: labels (来源 / 责任编辑 / 作者), titles, URLs, sites and NetEase document ids.

Label tables are data; the code only says how to read a value that follows a label.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from .tree import squash

# Label words as they are printed; the value runs until the next label or a separator.
SOURCE_LABELS = ("本文来源", "文章来源", "新闻来源", "信息来源", "来源", "稿源", "出处", "Source")
EDITOR_LABELS = ("责任编辑", "责编", "编辑", "Editor")
AUTHOR_LABELS = ("作者", "文", "撰文", "记者", "By", "by")
_ALL_LABELS = (
    *SOURCE_LABELS,
    *EDITOR_LABELS,
    "作者",
    "撰文",
    "记者",
    "发布时间",
    "时间",
    "举报",
    "字号",
    "分享",
    "阅读",
)

_LABEL_VALUE = {
    # A label may open a bracketed tag: 【编辑:陈海峰】, [责任编辑：朱家浒 PN054], (责编：胡永秋、杨光宇).
    kind: re.compile(
        r"(?:^|[\s　|｜/【\[(（])(?:" + "|".join(map(re.escape, labels)) + r")\s*[:：]\s*(?P<v>[^\s　|｜]{1,60})"
    )
    for kind, labels in (("source", SOURCE_LABELS), ("editor", EDITOR_LABELS), ("author", AUTHOR_LABELS))
}
# Places printed after a source name: 第一财经日报(上海), 21世纪经济报道（广州）.
_CJK_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,4}$")
_MORE_NAMES = re.compile(r"(?:[ 　]+[\u4e00-\u9fff·]{2,4}(?=$|[ 　]))+")
# Staff codes printed after an editor's name: 朱家浒 PN054, 黄忆南 PN269 (kept as printed).
_EDITOR_CODE = re.compile(r"^[ 　]+([A-Z]{1,4}\d{2,6})(?=$|[\s　\]】）)])")
# In-body bylines: （网易财经 张艳）, 新京报记者 李春平, 文/广州日报记者赖伟行, 文｜王五.
_NAMES = r"(?P<names>[\u4e00-\u9fff·]{2,4}(?:[ 、，,][\u4e00-\u9fff·]{2,4}){0,3})"
_BYLINES = (
    re.compile(r"^[（(](?:[^（）()\s]{2,12}\s+)?(?:记者\s*)?" + _NAMES + r"[)）]$"),
    re.compile(r"^(?:文\s*[/／|｜]\s*)?[\u4e00-\u9fff]{0,8}?记者\s*" + _NAMES + r"$"),
    re.compile(r"^(?:文|作者)\s*[/／|｜:：]\s*" + _NAMES + r"$"),
)
_PADDED_NAME = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[ 　]+([\u4e00-\u9fff])(?![\u4e00-\u9fff])")
_PLACE_SUFFIX = re.compile(r"[（(][^()（）]{1,8}[)）]$")
_TITLE_SUFFIX = re.compile(
    r"\s*(?:[_|｜\-–—]\s*(?:网易[^_|｜\-–—]{0,8}|[^_|｜\-–—]{1,12}(?:网|新闻|频道|在线|资讯|日报|报|客户端|中心|Online))\s*)+$"
)
_BARE_HOST = re.compile(r"^(?:www|m|news|[a-z0-9-]+\.[a-z0-9-]+)\.[a-z0-9.-]+\.(?:com|cn|net|org)(?:\.cn)?/", re.IGNORECASE)
_DOCID_URL = re.compile(r"/([0-9A-Z]{16})(?:\.html|/|$|\?)")
_DOCID = re.compile(r"^[0-9A-Z]{16}$")
# Second-level suffixes under which the registrable domain takes three labels (a small, stable table;
# the full public-suffix list would be a dependency that has to be refreshed).
_MULTI_SUFFIXES = frozenset(
    [
        "com.cn",
        "net.cn",
        "org.cn",
        "gov.cn",
        "edu.cn",
        "ac.cn",
        "mil.cn",
        "bj.cn",
        "sh.cn",
        "gd.cn",
        "js.cn",
        "zj.cn",
        "ln.cn",
        "sc.cn",
        "hk.cn",
        "com.hk",
        "org.hk",
        "gov.hk",
        "edu.hk",
        "com.tw",
        "org.tw",
        "gov.tw",
        "com.sg",
        "com.my",
        "co.uk",
        "org.uk",
        "ac.uk",
        "gov.uk",
        "co.jp",
        "ne.jp",
        "or.jp",
        "ac.jp",
        "co.kr",
        "or.kr",
        "go.kr",
        "com.au",
        "net.au",
        "org.au",
        "gov.au",
        "co.nz",
        "com.br",
        "gov.br",
        "co.in",
        "gov.in",
        "com.mx",
        "co.za",
        "com.tr",
        "com.ru",
    ]
)


def label_value(text: str, kind: str) -> str | None:
    """The value printed after a label of `kind` ("source", "editor", "author") in `text`, or None."""
    match = _LABEL_VALUE[kind].search(" " + text)
    if not match:
        return None
    value = match.group("v").strip("，,。;；:：】]）)")
    if kind == "author":
        # Several reporters are printed space-separated: 作者：杜卿卿 李隽.
        rest = (" " + text)[match.end() :]
        names = _MORE_NAMES.match(rest)
        if names and _CJK_NAME.match(value):
            value = " ".join([value, *names.group(0).split()])
    if kind == "editor" and _CJK_NAME.match(value):
        code = _EDITOR_CODE.match((" " + text)[match.end() :])
        if code:
            value = f"{value} {code.group(1)}"
    # A value that is itself the next label (来源：责任编辑：…) is no value.
    if not value or any(value.startswith(label) for label in _ALL_LABELS):
        return None
    return value


def byline_author(paragraphs: list[str]) -> str | None:
    """The author of an in-body byline line (（网易财经 张艳）, 新京报记者 李春平), kept in the body as printed."""
    for line in paragraphs:
        if len(line) > 30:
            continue
        # Two-character names are padded to three columns in printed bylines: 本报记者  王乐文  方  敏.
        line = _PADDED_NAME.sub(r"\1\2", line)
        for pattern in _BYLINES:
            match = pattern.match(line)
            if match:
                return re.sub(r"[、，,]", " ", match.group("names"))
    return None


def clean_source(value: str | None) -> str | None:
    """A 来源 name without the place printed after it."""
    if not value:
        return None
    value = _PLACE_SUFFIX.sub("", squash(value)).strip()
    return value or None


def clean_title(title: str | None, site_name: str | None = None) -> str | None:
    """The headline without the site suffix (_网易新闻, |网易, -中新网 …)."""
    if not title:
        return None
    title = squash(title)
    stripped = _TITLE_SUFFIX.sub("", title).strip()
    if site_name and stripped.endswith(site_name) and len(stripped) > len(site_name) + 2:
        stripped = stripped[: -len(site_name)].rstrip(" _|｜-–—")
    return stripped or title or None


def absolute(url: str | None, base: str | None) -> str | None:
    """`url` made absolute against `base`; protocol-relative //host/… gets https."""
    if not url:
        return None
    url = url.strip()
    if url.startswith("//"):
        return f"{_scheme(base) or 'https'}:{url}"
    if _BARE_HOST.match(url):
        # og:url written without a scheme (www.sohu.com/a/…) is a host, not a relative path.
        return f"{_scheme(base) or 'https'}://{url}"
    if base:
        try:
            return urljoin(base, url)
        except ValueError:
            return None
    return url if _scheme(url) in {"http", "https"} else None


def _scheme(url: str | None) -> str:
    # urlsplit raises ValueError on a malformed URL such as "http://[x" (found by bench/fuzz.py).
    try:
        return urlsplit(url).scheme if url else ""
    except ValueError:
        return ""


def site_of(url: str | None) -> str | None:
    """The registrable domain of `url` ("163.com", "sina.com.cn"), or None."""
    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").rstrip(".").lower()
    except ValueError:
        return None
    if not host or host.replace(".", "").isdigit() or host == "localhost" or ":" in host:
        return None
    labels = host.split(".")
    if len(labels) < 2:
        return None
    if ".".join(labels[-2:]) in _MULTI_SUFFIXES and len(labels) >= 3:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def doc_id_from(value: str | None) -> str | None:
    """A NetEase 16-character document id from an id or a URL."""
    if not value:
        return None
    value = value.strip()
    if _DOCID.match(value):
        return value
    match = _DOCID_URL.search(value)
    return match.group(1) if match else None
