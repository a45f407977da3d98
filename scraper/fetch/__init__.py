"""The fetch side: one polite, bounded HTTP request per page.

`client` sends requests and returns a `Page` (`urls` checks the URL, `response` reads the body); `politeness`
spaces requests per host; `robots` caches and obeys robots.txt; `addresses` refuses private and reserved targets
when asked to.
"""

from .client import fetch, make_session, normalise_url, redact_url, robots_getter

__all__ = ["fetch", "make_session", "normalise_url", "redact_url", "robots_getter"]
