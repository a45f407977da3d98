"""URLs of a page: absolute links and the registrable domain (site)."""

from __future__ import annotations

import re
from urllib.parse import SplitResult, urljoin, urlsplit

_BARE_HOST = re.compile(r"^(?:www|m|news|[a-z0-9-]+\.[a-z0-9-]+)\.[a-z0-9.-]+\.(?:com|cn|net|org)(?:\.cn)?/", re.IGNORECASE)
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


def split_url(url: str | None) -> SplitResult | None:
    """`url` split into its parts, or None for none or a malformed one: urlsplit raises ValueError on a URL such as
    "http://[x" (found by bench/fuzz.py)."""
    try:
        return urlsplit(url) if url else None
    except ValueError:
        return None


def _same_page_key(url: str | None) -> str | None:
    """`url` as compared for "the same page": host without www., path without a trailing slash, and query; the
    scheme and fragment never make two addresses of one page differ. None for no or a malformed URL."""
    parts = split_url(url)
    if parts is None or not parts.hostname:
        return None
    return f"{parts.hostname.lower().removeprefix('www.')}{parts.path.rstrip('/')}?{parts.query}"


def links_to(href: str | None, url: str | None) -> bool:
    """Whether a link's `href` (relative ones resolved against `url`) leads to the page at `url`."""
    own = _same_page_key(url)
    return own is not None and bool(href) and _same_page_key(absolute(href, url)) == own


def _scheme(url: str | None) -> str:
    parts = split_url(url)
    return parts.scheme if parts is not None else ""


def site_of(url: str | None) -> str | None:
    """The registrable domain of `url` ("163.com", "sina.com.cn"), or None."""
    parts = split_url(url)
    if parts is None:
        return None
    host = (parts.hostname or "").rstrip(".").lower()
    if not host or host.replace(".", "").isdigit() or host == "localhost" or ":" in host:
        return None
    labels = host.split(".")
    if len(labels) < 2:
        return None
    if ".".join(labels[-2:]) in _MULTI_SUFFIXES and len(labels) >= 3:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])
