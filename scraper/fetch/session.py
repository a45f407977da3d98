"""The requests Session every fetch goes through: our headers, the user's extra headers, cookies and proxy.

- Proxy: `Settings.proxy` is used for every request. Without it, requests reads HTTP_PROXY / HTTPS_PROXY /
  NO_PROXY from the environment (``trust_env``), as curl does. An explicit proxy wins over the environment
  (requests would let the environment win over a Session's own proxies).
- `block_private` and a proxy: the proxy connects to the target, so checking where our socket goes would
  check the proxy. Instead the target's name is resolved and every address vetted before each request
  (each hop and robots.txt: `client._check_address`); the connection to the proxy itself is not vetted (the
  user chose it, and it may well be on loopback). The proxy resolves the name again, so a DNS answer that
  changes between the two lookups is out of our sight: a server-side deployment should filter at the proxy
  too (docs/security.md). Without a proxy, connections resolve and vet the name themselves (addresses.py).
- Cookies: a Netscape cookies.txt (what browsers' export extensions and curl's ``-c`` write), loaded with
  http.cookiejar.MozillaCookieJar; requests sends each cookie to its domain and path only.
"""

from __future__ import annotations

import http.cookiejar
import time
from typing import Any

import requests

from ..errors import ConfigError
from ..settings import Settings
from .addresses import GuardedAdapter
from .deadline import DeadlineAdapter

__all__ = ["load_cookies", "make_session"]

_DEFAULT_HEADERS = {
    "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "zh-CN,zh;q=0.9,en;q=0.6",
}


class _Session(requests.Session):
    """A Session whose own proxy, when set, wins over the HTTP(S)_PROXY environment."""

    def __init__(self, proxy: str | None) -> None:
        super().__init__()
        self._proxy = proxy

    def merge_environment_settings(
        self, url: Any, proxies: Any, stream: Any, verify: Any, cert: Any
    ) -> Any:
        """requests' merge, with our proxy set on the request so the environment cannot replace it."""
        if self._proxy is not None:
            proxies = {**(proxies or {}), "http": self._proxy, "https": self._proxy}
        return super().merge_environment_settings(url, proxies, stream, verify, cert)


def make_session(settings: Settings | None = None) -> requests.Session:
    """Return a requests Session with our headers, the settings' extra headers, cookies and proxy, and no
    urllib3 retries (the fetcher retries itself).

    Raises:
        ConfigError: the cookies file cannot be read or is not a cookies.txt.
    """
    settings = settings or Settings()
    session = _Session(settings.proxy)
    adapter_class = GuardedAdapter if settings.block_private else DeadlineAdapter
    adapter = adapter_class(max_retries=0, pool_connections=16, pool_maxsize=max(16, settings.concurrency))
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers.update({**_DEFAULT_HEADERS, "User-Agent": settings.user_agent, **dict(settings.headers)})
    if settings.cookies is not None:
        session.cookies.update(load_cookies(settings.cookies))
    return session


def load_cookies(path: str) -> http.cookiejar.MozillaCookieJar:
    """Read a Netscape cookies.txt file: session cookies included, expired ones left out.

    curl and browser exports write an expiry of 0 for a session cookie; Python before 3.13 reads that as
    expired in 1970, so expiry is checked here instead, with 0 meaning "this session".

    Raises:
        ConfigError: the file cannot be read or is not in the Netscape format.
    """
    jar = http.cookiejar.MozillaCookieJar(path)
    try:
        jar.load(ignore_discard=True, ignore_expires=True)
    except http.cookiejar.LoadError as exc:
        raise ConfigError(f"{path} is not a Netscape cookies.txt file: {exc}") from exc
    except UnicodeDecodeError as exc:  # the standard library reads the file as text in the locale's encoding
        raise ConfigError(f"{path} is not a Netscape cookies.txt file: its bytes are not text ({exc.reason})") from exc
    except OSError as exc:
        raise ConfigError(f"cannot read the cookies file {path}: {exc.strerror or exc}") from exc
    now = time.time()
    for cookie in list(jar):
        if cookie.expires == 0:
            cookie.expires, cookie.discard = None, True  # a session cookie, sent until the run ends
        elif cookie.expires is not None and cookie.expires <= now:
            jar.clear(cookie.domain, cookie.path, cookie.name)
    return jar
