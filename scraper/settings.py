"""The defaults of fetching and batches (timeouts, politeness, size caps, robots.txt, workers), in one place.

Extraction takes no settings: `extract(html, url)` is pure, and its few limits are constants beside the code
they bound (`scraper.extract.tree.MAX_DEPTH`, `scraper.extract.MIN_GENERIC_CHARS`; `scraper.api.MAX_LOCAL_BYTES`
for a saved page read from disk).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlsplit

from .errors import ConfigError

DEFAULT_USER_AGENT = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0 Safari/537.36 scraper/0.1"
)


@dataclass(frozen=True, slots=True)
class Settings:
    """Fetching and batch defaults. Build a variant with `Settings().with_options(**kw)`."""

    user_agent: str = DEFAULT_USER_AGENT
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    # A server trickling bytes never trips the per-read timeout; this caps each request attempt as a whole
    # (connect, headers, body), robots.txt included.
    total_timeout: float = 120.0
    # The whole fetch of one URL: robots.txt, every attempt, the waits between them and redirects (the CLI's
    # --timeout). The clock starts with the first request, so time queued behind other URLs of the host does
    # not count. None: only the per-attempt limits above.
    fetch_timeout: float | None = None
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 10
    retries: int = 3
    backoff_base: float = 1.0
    backoff_max: float = 60.0
    retry_statuses: tuple[int, ...] = (429, 500, 502, 503, 504, 522, 524)
    per_host_concurrency: int = 1
    per_host_delay: float = 1.0
    concurrency: int = 8
    obey_robots: bool = True
    robots_timeout: float = 10.0
    robots_max_bytes: int = 512 * 1024
    block_private: bool = False
    workers: int = 1
    max_url_length: int = 8192
    # Content-Types a 2xx body may have (an unlabelled body is always read). Pages are HTML; discovery
    # widens this to feeds, sitemaps and script lists (scraper.discover).
    content_types: tuple[str, ...] = ("text/html", "application/xhtml+xml")
    # Paged articles (<ID>_2.html …): fetch the one-page form or follow the pager and join the pages into one
    # record (scraper.follow); each extra page is a request like any other (politeness, robots.txt).
    follow_pages: bool = True
    max_article_pages: int = 50
    # Every request goes through this proxy (http://[user:password@]host:port); None: the HTTP_PROXY /
    # HTTPS_PROXY / NO_PROXY environment, as requests reads it. Not in repr: it may hold a password.
    proxy: str | None = field(default=None, repr=False)
    # Extra request headers, (name, value) pairs sent with every request; they replace our defaults of the
    # same name, User-Agent included (robots.txt is still matched against user_agent). Not in repr: they may
    # hold a token.
    headers: tuple[tuple[str, str], ...] = field(default=(), repr=False)
    # A Netscape cookies.txt file whose cookies are sent (as a browser would, by domain and path).
    cookies: str | None = None

    def __post_init__(self) -> None:
        if self.proxy is not None:
            check_proxy(self.proxy)
        for name, value in self.headers:
            check_header(name, value)
        check_header("User-Agent", self.user_agent)
        _check_numbers(self)

    def with_options(self, **options: Any) -> Settings:
        """Return a copy with `options` applied; unknown names raise ConfigError."""
        if "ignore_robots" in options:  # the user-facing name (CLI --ignore-robots) of obey_robots=False
            ignore = options.pop("ignore_robots")
            if ignore is not None:
                options["obey_robots"] = not ignore
        known = set(self.__dataclass_fields__)
        unknown = sorted(set(options) - known)
        if unknown:
            raise ConfigError(f"unknown option(s): {', '.join(unknown)}")
        return replace(self, **{k: v for k, v in options.items() if v is not None})


def _check_numbers(settings: Settings) -> None:
    """Refuse a count or a time a run cannot keep: a count that is no whole number or under its least (a
    concurrency of 0 started no request and waited for ever), a time that is nan or infinite (nan passes every
    comparison: a delay of nan kept no delay, a timeout of nan failed every fetch at once), and a timeout of 0
    (a wait of no time fails every request; a delay or backoff of 0 is simply none). Kinds are checked before
    any comparison, so a time given as text is this error and not a TypeError."""
    for name, least in _COUNTS.items():
        count = getattr(settings, name)
        if isinstance(count, bool) or not isinstance(count, int) or count < least:
            raise ConfigError(f"{name} must be a whole number of at least {least}, got {count!r}")
    for name in _SECONDS:
        seconds = getattr(settings, name)
        if seconds is None and name == "fetch_timeout":
            continue
        if isinstance(seconds, bool) or not isinstance(seconds, int | float) or not math.isfinite(seconds) \
                or seconds < 0:
            raise ConfigError(f"{name} must be a finite number of seconds, got {seconds!r}")
        if name in _TIMEOUTS and seconds == 0:
            raise ConfigError(f"{name} must be positive, got {seconds!r}")


# The fields that are counts, with the least each may be.
_COUNTS = {"max_bytes": 1, "max_redirects": 0, "retries": 0, "per_host_concurrency": 1, "concurrency": 1,
           "robots_max_bytes": 1, "workers": 1, "max_url_length": 1, "max_article_pages": 1}
# The fields that are times in seconds.
_SECONDS = ("connect_timeout", "read_timeout", "total_timeout", "fetch_timeout", "backoff_base", "backoff_max",
            "per_host_delay", "robots_timeout")
# The times that bound a wait: none of them may be 0.
_TIMEOUTS = frozenset({"connect_timeout", "read_timeout", "total_timeout", "fetch_timeout", "robots_timeout"})
# A header name is an RFC 9110 token.
_TOKEN = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")


def parse_header(text: str) -> tuple[str, str]:
    """Read a `Name: value` header as given on the command line (curl's -H form).

    Raises:
        ConfigError: no colon, a name that is not a header token, or a line break in the value.
    """
    name, sep, value = text.partition(":")
    if not sep:
        raise ConfigError(f"a header is 'Name: value', got {text!r}")
    name, value = name.strip(), value.strip()
    check_header(name, value)
    return name, value


def check_header(name: str, value: str) -> None:
    """Refuse a header HTTP cannot carry: a name that is no token, a line break or NUL in the value, or a
    character past Latin-1 (requests encodes values as Latin-1 and raises deep in a fetch otherwise).

    Raises:
        ConfigError: what is wrong with it.
    """
    if not _TOKEN.match(name):
        raise ConfigError(f"invalid header name {name!r}")
    if any(ch in value for ch in "\r\n\0"):
        raise ConfigError(f"the value of header {name} holds a line break or NUL")
    try:
        value.encode("latin-1")
    except UnicodeEncodeError:
        # HTTP sends header values as bytes, and the HTTP library refuses any character past Latin-1.
        raise ConfigError(
            f"the value of header {name} holds characters HTTP cannot send ({value!r}): percent-encode them"
        ) from None


def check_proxy(proxy: str) -> None:
    """Refuse a proxy URL we cannot use; the message never shows its user-info (it may hold a password).

    Raises:
        ConfigError: not http(s)://host[:port], or a bad port.
    """
    try:
        parts = urlsplit(proxy)
        host, _port = parts.hostname, parts.port
    except ValueError:
        raise ConfigError(f"invalid proxy URL {proxy_shown(proxy)!r}") from None
    if parts.scheme.lower() not in {"http", "https"} or not host:
        raise ConfigError(f"the proxy must be an http:// or https:// URL with a host, got {proxy_shown(proxy)!r}")


def proxy_shown(proxy: str) -> str:
    """The proxy URL as it may be printed or logged: user-info replaced by ``***@``, no path."""
    scheme, _, rest = proxy.partition("://")
    if not _:
        scheme, rest = "", proxy
    authority = rest.split("/", 1)[0]
    if "@" in authority:
        authority = "***@" + authority.rsplit("@", 1)[1]
    return f"{scheme}://{authority}" if scheme else authority
