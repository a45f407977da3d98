"""`block_private`: refuse hosts that resolve to private, loopback or link-local addresses (server-side use).

A check by lookup before the request is not enough: the name can resolve to a public address for the
check and to 127.0.0.1 for the connection (DNS rebinding), and a redirect can point anywhere. So when
`block_private` is on, the Session's connections resolve the name themselves, vet every address, and
connect to a vetted address (Host header and TLS SNI keep the name); the peer address is checked again
after connect. Every hop, redirect targets and robots.txt included, goes through these connections.

Through a proxy, our connections go to the proxy, not the target: the target is then vetted by resolving its
name before each request instead (see scraper/fetch/session.py), and the proxy connection is not guarded.
"""

from __future__ import annotations

import ipaddress
import socket
from typing import Any

from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import NameResolutionError, NewConnectionError
from urllib3.util import connection as urllib3_connection

from ..errors import BlockedError
from .deadline import DeadlineAdapter, DeadlineConnectionMixin

__all__ = ["GuardedAdapter", "blocked_reason", "check_host"]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# NAT64 (RFC 6052): 64:ff9b::a.b.c.d reaches the IPv4 address a.b.c.d.
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def _embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for (mapped, 6to4, NAT64, IPv4-compatible), if any."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address in _NAT64 or (int(address) >> 32 == 0 and int(address) > 1):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def blocked_reason(address: str | IPAddress) -> str | None:
    """Why an address is refused under `block_private` ("loopback", "private" …), or None if it is public.

    IPv6 forms that carry an IPv4 address (::ffff:127.0.0.1, 2002:7f00:1::, 64:ff9b::7f00:1) are judged
    by that IPv4 address. An unparsable address is refused.
    """
    try:
        ip = ipaddress.ip_address(str(address).split("%", 1)[0]) if isinstance(address, str) else address
    except ValueError:
        return "unparsable"
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(ip)
        if embedded is not None:
            return blocked_reason(embedded)
    checks = (
        ("unspecified", ip.is_unspecified),
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("private", ip.is_private),
        ("reserved", ip.is_reserved),
        ("non-public", not ip.is_global),
    )
    for reason, hit in checks:
        if hit:
            return reason
    return None


def check_host(host: str, port: int | None = None, *, url: str | None = None) -> list[str]:
    """Resolve `host` and return its addresses, all vetted.

    Raises:
        BlockedError: any address the name resolves to is not public (one bad answer is enough: a
            resolver that mixes them is what a rebinding attack looks like).
        OSError: the name does not resolve (socket.gaierror).
    """
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    addresses: list[str] = []
    for info in infos:
        address = str(info[4][0])
        reason = blocked_reason(address)
        if reason is not None:
            raise BlockedError(f"{host} resolves to a {reason} address {address}", url=url, attempts=0,
                               kind="blocked")
        if address not in addresses:
            addresses.append(address)
    return addresses


class _GuardedConnectionMixin:
    """Connects only to vetted addresses of `self.host`, then checks the peer again."""

    _dns_host: str
    port: int
    timeout: Any
    source_address: Any
    socket_options: Any
    host: str

    def _new_conn(self) -> socket.socket:
        try:
            addresses = check_host(self._dns_host, self.port)
        except socket.gaierror as exc:
            raise NameResolutionError(self.host, self, exc) from exc  # type: ignore[arg-type]
        error: OSError | None = None
        for address in addresses:
            try:
                sock = urllib3_connection.create_connection(
                    (address, self.port), self.timeout, source_address=self.source_address,
                    socket_options=self.socket_options,
                )
            except OSError as exc:
                error = exc
                continue
            peer = str(sock.getpeername()[0])
            reason = blocked_reason(peer)
            if reason is not None:  # cannot happen unless the stack rewrote the address; refuse anyway
                sock.close()
                raise BlockedError(f"{self.host} connected to a {reason} address {peer}", attempts=0,
                                   kind="blocked")
            return sock
        raise NewConnectionError(self, f"Failed to establish a new connection: {error}")  # type: ignore[arg-type]


class _GuardedHTTPConnection(_GuardedConnectionMixin, DeadlineConnectionMixin, HTTPConnection):
    pass


class _GuardedHTTPSConnection(_GuardedConnectionMixin, DeadlineConnectionMixin, HTTPSConnection):
    pass


class _GuardedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _GuardedHTTPConnection


class _GuardedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _GuardedHTTPSConnection


class GuardedAdapter(DeadlineAdapter):
    """An HTTPAdapter whose direct connections go only to public addresses (see the module docstring)."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        """Build the pool manager with the guarded connection pools."""
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {"http": _GuardedHTTPPool, "https": _GuardedHTTPSPool}
