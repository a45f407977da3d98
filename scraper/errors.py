"""The package's exceptions: one root, one child per stage.

Every exception that leaves `scraper` is a `ScraperError`; third-party errors are translated at the
boundary that calls them (`raise FetchError(...) from exc`).
"""

from __future__ import annotations


class ScraperError(Exception):
    """Root of every error the package raises."""

    def __init__(self, message: str, *, url: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.url = url

    def __str__(self) -> str:
        if self.url:
            return f"{self.message} ({self.url})"
        return self.message


class ConfigError(ScraperError):
    """An option or argument has a value the package cannot use."""


class InputError(ScraperError):
    """A URL, path or input line cannot be used (bad scheme, credentials, unreadable file)."""


class ExtractError(ScraperError):
    """The page holds no article."""


class DecodeError(ExtractError):
    """Bytes that are not a text page (binary data, an image, a PDF)."""


class FetchError(ScraperError):
    """The page could not be fetched. `status` is the HTTP status where there was one."""

    def __init__(
        self,
        message: str,
        *,
        url: str | None = None,
        status: int | None = None,
        attempts: int = 1,
        kind: str = "fetch",
    ) -> None:
        super().__init__(message, url=url)
        self.status = status
        self.attempts = attempts
        self.kind = kind


class RobotsError(FetchError):
    """robots.txt disallows the URL: a skip, not a failure."""


class BlockedError(FetchError):
    """The URL resolves to an address the caller asked to block (private, loopback, link-local)."""


class UnavailableError(ScraperError):
    """Something a command needs is not there: an optional package not installed, a service (Redis) not answering.

    Not a usage error: the command line was right, the machine it runs on is not ready for it.
    """


class WriteError(ScraperError):
    """A result could not be written (unwritable directory, full disk, unsafe name)."""


__all__ = [
    "BlockedError",
    "ConfigError",
    "DecodeError",
    "ExtractError",
    "FetchError",
    "InputError",
    "RobotsError",
    "ScraperError",
    "UnavailableError",
    "WriteError",
]
