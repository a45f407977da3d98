"""Fetch one page politely: URL checks, robots.txt, per-host pacing, retries, manual redirects, byte caps.

Steps for `fetch(url)`:

1. Check the URL (`normalise_url`): http/https only, no credentials, a host, IDN host sent as punycode.
2. For each hop (the URL, then each redirect target): ask robots.txt (cached per origin), then send one
   GET through the host's politeness slot (`HostLimiter`) with redirects off, streaming.
3. 429 / 5xx / connection errors / timeouts are retried with capped exponential backoff; a Retry-After is
   honoured. The wait is handed to the limiter, so it holds for every thread talking to that host.
4. 3xx with a Location is followed by hand up to `max_redirects`; a URL seen twice is a loop.
5. A 2xx body must be HTML (or unlabelled); it is read in chunks after decompression and stops at
   `max_bytes`, so a gzip bomb is caught. The bytes are returned undecoded: the caller decodes.

requests/urllib3 exceptions become `FetchError` at one boundary: `translate` (translate.py), called from here.
`Settings.fetch_timeout` bounds steps 2-4 as a whole (`deadline.budget`): each attempt gets what is left.
Step 1 is `urls.py`'s, step 5 (and what a failed attempt raises) `response.py`'s; this module chains them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import requests
import urllib3

from ..errors import FetchError, InputError, RobotsError
from ..model import Page
from ..settings import Settings
from .addresses import check_host
from .capture import Recorder
from .deadline import StopSignal, budget, budget_left, watching
from .politeness import HostLimiter
from .response import ascii_number, attempt_failure, response_body, unreadable, within
from .robots import RobotsCache, RobotsGetter
from .session import make_session
from .translate import Retryable, timed_out
from .urls import normalise_url, redact_url

log = logging.getLogger(__name__)

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_MAX_ROBOTS_HOPS = 5


@dataclass(frozen=True, slots=True)
class _Exchange:
    """One request and its response (body read only for 2xx)."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes


def fetch(
    url: str,
    settings: Settings | None = None,
    *,
    session: requests.Session | None = None,
    limiter: HostLimiter | None = None,
    robots: RobotsCache | None = None,
    record: Recorder | None = None,
    stop: StopSignal | None = None,
) -> Page:
    """Fetch an HTML page and return its raw bytes.

    Args:
        url: an http(s) URL.
        settings: every limit and default (timeouts, retries, delays, caps, user agent).
        session: a Session to reuse (a batch gives one per thread); a fresh one otherwise.
        limiter: per-host politeness shared with other fetches; a fresh one (this call only) otherwise.
        robots: robots.txt cache shared with other fetches; a fresh one otherwise (unless robots are ignored).
        record: called with every request/response exchange (redirect hops and retried attempts too), bodies
            as served, for a WARC (`scraper.warc`); robots.txt requests are not recorded.
        stop: when set (by another thread), the fetch is abandoned at once with `Stopped`, whatever it waits on.

    Returns:
        The Page: `content` is the undecoded body, `final_url` the URL after redirects, `attempts` is 1 plus
        the retries made.

    Raises:
        InputError: the URL cannot be used.
        RobotsError: robots.txt disallows the URL or a redirect target (a skip, not a failure).
        BlockedError: the host resolves to a private address and `block_private` is set.
        FetchError: anything else; `.kind` says what ("http", "timeout", "connection", "redirect",
            "too-large", "content-type", "retry-after", "tls"), `.status` the HTTP status if any.
    """
    settings = settings or Settings()
    start_url = normalise_url(url, settings)
    own_session = session is None
    session = session or make_session(settings)
    limiter = limiter or HostLimiter(settings.per_host_concurrency, settings.per_host_delay)
    if robots is None and settings.obey_robots:
        robots = RobotsCache(robots_getter(settings, session, limiter, stop), settings.user_agent)
    try:
        with budget(settings.fetch_timeout):
            return _fetch(start_url, settings, session, limiter, robots if settings.obey_robots else None, record,
                          stop)
    finally:
        if own_session:
            session.close()


def _fetch(
    start_url: str,
    settings: Settings,
    session: requests.Session,
    limiter: HostLimiter,
    robots: RobotsCache | None,
    record: Recorder | None = None,
    stop: StopSignal | None = None,
) -> Page:
    hop_url = start_url
    seen = {start_url}
    attempts = 0
    while True:
        if settings.block_private:  # before robots.txt: not even that request may go to a blocked host
            _check_address(hop_url)
        if robots is not None and not robots.allowed(hop_url):
            raise RobotsError("robots.txt disallows this URL", url=hop_url, attempts=attempts, kind="robots")
        exchange, attempts = _send_with_retries(hop_url, settings, session, limiter, attempts, record, stop)
        if exchange.status in _REDIRECTS:
            hop_url = _redirect_target(exchange, hop_url, start_url, settings, seen, attempts)
            continue
        if not 200 <= exchange.status < 300:
            raise FetchError(
                f"HTTP {exchange.status}", url=hop_url, status=exchange.status, attempts=attempts, kind="http"
            )
        return Page(
            url=start_url,
            final_url=hop_url,
            status=exchange.status,
            content=exchange.body,
            headers=exchange.headers,
            fetched_at=datetime.now(UTC),
            attempts=attempts,
        )


def _redirect_target(
    exchange: _Exchange, hop_url: str, start_url: str, settings: Settings, seen: set[str], attempts: int
) -> str:
    """The URL a redirect from `hop_url` sends the fetch on to, added to `seen` (the first URL and every hop).

    Raises:
        FetchError: no Location, one redirect more than `settings.max_redirects`, a Location that is no usable
            URL, or a loop back to a URL already fetched.
    """

    def refused(message: str, url: str) -> FetchError:
        return FetchError(message, url=url, status=exchange.status, attempts=attempts, kind="redirect")

    location = exchange.headers.get("location")
    if not location:
        raise refused(f"HTTP {exchange.status} without a Location", hop_url)
    # `seen` holds the first URL and one per redirect followed: this one makes len(seen) redirects.
    if len(seen) > settings.max_redirects:
        raise refused(f"more than {settings.max_redirects} redirects", start_url)
    try:
        next_url = normalise_url(urljoin(hop_url, location), settings)
    except InputError as exc:
        raise refused(f"redirect to an unusable URL: {exc.message}", hop_url) from exc
    if next_url in seen:
        raise refused(f"redirect loop back to {next_url}", start_url)
    seen.add(next_url)
    return next_url


def _send_with_retries(
    url: str, settings: Settings, session: requests.Session, limiter: HostLimiter, attempts: int,
    record: Recorder | None = None, stop: StopSignal | None = None,
) -> tuple[_Exchange, int]:
    """Send until a non-retryable answer; returns it and the running attempt count."""
    host = urlsplit(url).hostname or ""
    retries_done = 0
    while True:
        if budget_left() == 0:  # a redirect hop, or a turn at the host, after the whole timeout passed
            raise FetchError(f"no complete response within the {settings.fetch_timeout:g} s timeout", url=url,
                             attempts=attempts, kind="timeout")
        attempts += 1
        try:
            with limiter.slot(host):
                exchange = _send(url, settings, session, attempts, record, stop)
                if exchange.status in settings.retry_statuses:
                    retry_after = _retry_after(exchange.headers.get("retry-after"))
                    raise Retryable(
                        FetchError(f"HTTP {exchange.status}", url=url, status=exchange.status,
                                   attempts=attempts, kind="http"),
                        retry_after,
                    )
            return exchange, attempts
        except Retryable as retry:
            if retries_done >= settings.retries:
                raise retry.error from retry.__cause__
            wait = _backoff(retry, retries_done, settings, url, attempts)
            left = budget_left()
            if left is not None and left <= 0 and retry.error.kind == "timeout":
                raise retry.error from retry.__cause__  # it already names the timeout that ended it
            if left is not None and wait >= left:
                raise FetchError(
                    f"{retry.error.message}; no time left for another attempt within the "
                    f"{settings.fetch_timeout:g} s timeout",
                    url=url, status=retry.error.status, attempts=attempts, kind=retry.error.kind,
                ) from retry.__cause__
            retries_done += 1
            # One line per retry: the CLI shows these on a terminal, so a slow failure is not a silent one.
            log.info("%s: %s; retrying in %g s (attempt %d of %d)", url, retry.error.message, round(wait, 1),
                     attempts + 1, settings.retries + 1, extra={"retry": True})
            # The wait goes through the limiter: other threads on this host hold back too.
            limiter.defer(host, wait)


def _backoff(retry: Retryable, retries_done: int, settings: Settings, url: str, attempts: int) -> float:
    """Seconds to wait before the next attempt: capped exponential backoff, or longer if Retry-After says so.

    Raises:
        FetchError: the server asks for a wait longer than `backoff_max`.
    """
    wait = min(settings.backoff_max, settings.backoff_base * float(2**retries_done))
    if retry.retry_after is None:
        return wait
    if retry.retry_after > settings.backoff_max:
        raise FetchError(
            f"{retry.error.message}: server asks to wait {retry.retry_after:.0f} s, "
            f"more than the {settings.backoff_max:.0f} s cap",
            url=url, status=retry.error.status, attempts=attempts, kind="retry-after",
        ) from None
    return max(wait, float(retry.retry_after))


def _send(
    url: str, settings: Settings, session: requests.Session, attempts: int, record: Recorder | None = None,
    stop: StopSignal | None = None,
) -> _Exchange:
    """One GET, translated: returns the exchange or raises FetchError / Retryable.

    The whole exchange (connect, headers, body) runs under a `total_timeout` deadline.
    """
    with watching(settings.total_timeout, stop) as deadline:
        # deadline.seconds is total_timeout, or less when the fetch's timeout has less left.
        read_timeout = min(settings.read_timeout, deadline.seconds)
        try:
            response = session.get(
                url,
                allow_redirects=False,
                stream=True,
                timeout=(min(settings.connect_timeout, deadline.seconds), read_timeout),
            )
        except requests.exceptions.RequestException as exc:
            raise attempt_failure(exc, url, attempts, deadline, read_timeout) from exc
        except ValueError as exc:
            raise unreadable(exc, url, attempts) from exc
        try:
            deadline.attach(response.raw.connection)  # the body's, even on a Session without our adapter
            headers = {k.lower(): v for k, v in response.headers.items()}
            status = response.status_code
            body = response_body(response, headers, settings, url, attempts, deadline, record)
            if deadline.expired:  # a body read to a cut connection's end is cut short, not complete
                raise timed_out(url, attempts, within(deadline, deadline.seconds))
            return _Exchange(url=url, status=status, headers=headers, body=body)
        except (requests.exceptions.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
            raise attempt_failure(exc, url, attempts, deadline, read_timeout) from exc
        finally:
            response.close()


def _retry_after(value: str | None) -> float | None:
    """Parse Retry-After: delta seconds or an HTTP date. None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if ascii_number(value):
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _check_address(url: str) -> None:
    # Fails early with the URL in the message; the guarded connections (addresses.py) check again at connect.
    host = urlsplit(url).hostname or ""
    try:
        check_host(host, urlsplit(url).port, url=url)
    except OSError as exc:
        raise FetchError(f"cannot resolve {host}: {exc}", url=url, attempts=0, kind="connection") from exc


def robots_getter(
    settings: Settings, session: requests.Session, limiter: HostLimiter, stop: StopSignal | None = None
) -> RobotsGetter:
    """Return the function RobotsCache uses: GET robots.txt through the same politeness, no retries."""

    def get(robots_url: str) -> tuple[int, bytes]:
        url = robots_url
        for _ in range(_MAX_ROBOTS_HOPS):
            with limiter.slot(urlsplit(url).hostname or "", paced=False):
                status, location, body = _get_robots_once(url, settings, session, stop)
            if status in _REDIRECTS and location:
                url = urljoin(url, location)
                if urlsplit(url).scheme not in {"http", "https"}:
                    return 404, b""
                continue
            return status, body
        return 404, b""  # too many redirects: treat as no robots.txt (RFC 9309: follow at least five)

    return get


def _get_robots_once(
    url: str, settings: Settings, session: requests.Session, stop: StopSignal | None
) -> tuple[int, str | None, bytes]:
    """One robots.txt request under the total_timeout deadline: (status, Location, body up to the cap)."""
    with watching(settings.total_timeout, stop) as deadline:
        try:
            response = session.get(url, allow_redirects=False, stream=True,
                                   timeout=(min(settings.connect_timeout, deadline.seconds),
                                            min(settings.robots_timeout, deadline.seconds)))
            try:
                deadline.attach(response.raw.connection)
                status = response.status_code
                location = response.headers.get("location")
                body = b""
                if status not in _REDIRECTS or not location:
                    body = response.raw.read(settings.robots_max_bytes, decode_content=True) or b""
                if deadline.expired:
                    raise timed_out(url, 1, within(deadline, deadline.seconds)).error
                return status, location, body
            finally:
                response.close()
        except (requests.exceptions.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
            error = attempt_failure(exc, url, 1, deadline, min(settings.robots_timeout, deadline.seconds))
            raise (error.error if isinstance(error, Retryable) else error) from exc
        except ValueError as exc:
            raise unreadable(exc, url, 1) from exc


__all__ = ["fetch", "make_session", "normalise_url", "redact_url", "robots_getter"]
