"""URLs as the fetch takes them: checked and normalised (`normalise_url`), and shown without credentials
(`redact_url`).

A URL is sent only as http/https with a host, no user-info and no fragment, its IDN host as punycode; every
error names the URL with its user-info replaced, and `redact_url` does that to any text before it is stored,
printed or logged.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

import idna

from ..errors import InputError
from ..settings import Settings

# What a host may hold once IDN labels are punycode: DNS letters, digits, - . _ or an IPv6 literal.
_HOST_CHARS = re.compile(r"^(?:[a-z0-9_.-]+|[0-9a-f:.]+)$")
# The user-info of a URL: what lies between "//" (after an optional scheme) and the authority's last "@".
# Backslashes count as slashes, as browsers read them.
_USERINFO = re.compile(r"^(\s*(?:[A-Za-z][A-Za-z0-9+.-]*:)?[/\\]{2})[^/\\?#]*@")


def normalise_url(url: str, settings: Settings | None = None) -> str:
    """Check a URL and return the form we send: punycode host, no fragment.

    Every error names the URL with its user-info (user:password@) replaced by ``***@``.

    Raises:
        InputError: not http/https, has credentials, no host, a bad host name, or too long.
    """
    url = _plain_text(url, (settings or Settings()).max_url_length)
    shown = redact_url(url)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise InputError(f"malformed URL: {exc}", url=shown) from exc
    scheme = parts.scheme.lower()
    if not scheme:
        raise InputError("missing http:// or https://", url=shown)
    if scheme not in {"http", "https"}:
        raise InputError(f"unsupported URL scheme {scheme!r}: only http and https", url=shown)
    if parts.username is not None or parts.password is not None:
        raise InputError("URLs with credentials (user:password@) are refused", url=shown)
    return urlunsplit((scheme, _netloc(parts.hostname, port, shown), parts.path or "/", parts.query, ""))


def redact_url(text: str) -> str:
    """`text` with the user-info of its URL (``user:password@``, or a token as the user) replaced by ``***@``.

    Works on any string, parsable or not, so that it can be applied to an input line before it is stored,
    printed or logged. Text without user-info comes back unchanged.
    """
    return _USERINFO.sub(r"\1***@", text)


def _plain_text(url: str, limit: int) -> str:
    """The URL stripped, refused if empty, too long, or holding whitespace or control characters."""
    if not isinstance(url, str) or not url.strip():
        raise InputError("empty URL")
    url = url.strip()
    if len(url) > limit:
        raise InputError(f"URL longer than {limit} characters", url=redact_url(url)[:200])
    if any(ch.isspace() for ch in url):
        raise InputError("URL contains whitespace", url=redact_url(url))
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in url):
        raise InputError("URL contains control characters",
                         url=redact_url(url).encode("unicode_escape").decode("ascii"))
    return url


def _netloc(host: str | None, port: int | None, shown: str) -> str:
    """host[:port] as sent: IDN host in punycode, IPv6 literal in brackets."""
    if not host:
        raise InputError("URL has no host", url=shown)
    ascii_host = _ascii_host(host, shown)
    if not _HOST_CHARS.match(ascii_host):
        raise InputError(f"invalid host name {ascii_host!r}", url=shown)
    # DNS allows 63 characters a label and 253 a name; the HTTP library refuses longer ones deep in the fetch,
    # in words that blame a redirect.
    if ":" not in ascii_host and (len(ascii_host) > 253 or any(len(label) > 63 for label in ascii_host.split("."))):
        raise InputError("invalid host name: longer than DNS allows (63 characters a label, 253 in all)", url=shown)
    if ":" in ascii_host:  # an IPv6 literal keeps its brackets
        ascii_host = f"[{ascii_host}]"
    return ascii_host if port is None else f"{ascii_host}:{port}"


def _ascii_host(host: str, url: str) -> str:
    if host.isascii():
        return host.lower()
    try:
        return idna.encode(host, uts46=True).decode("ascii")
    except idna.IDNAError as exc:
        raise InputError(f"invalid international host name {host!r}: {exc}", url=url) from exc


__all__ = ["normalise_url", "redact_url"]
