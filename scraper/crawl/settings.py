"""Scrapy settings of `scraper crawl`, and for ``scrapy crawl`` with ``SCRAPY_SETTINGS_MODULE=scraper.crawl.settings``.

Every value that has a counterpart in `scraper.settings.Settings` is taken from it, so Scrapy and the
thread batch are polite and patient in the same way. Override any of them per run with ``-s NAME=VALUE``.
"""

from __future__ import annotations

from ..settings import Settings

_DEFAULTS = Settings()

BOT_NAME = "scraper"
SPIDER_MODULES = ["scraper.crawl.spiders", "scraper.crawl.distributed"]
USER_AGENT = _DEFAULTS.user_agent

# Politeness: one request in flight per host (per worker), at least DOWNLOAD_DELAY seconds between the starts of
# two requests to one host, kept by all workers together (scraper/crawl/politeness.py, docs/scaling.md).
ROBOTSTXT_OBEY = _DEFAULTS.obey_robots
CONCURRENT_REQUESTS = _DEFAULTS.concurrency
CONCURRENT_REQUESTS_PER_DOMAIN = _DEFAULTS.per_host_concurrency
DOWNLOAD_DELAY = _DEFAULTS.per_host_delay
# Scrapy would otherwise wait 0.5-1.5 x DOWNLOAD_DELAY: the delay is meant as a floor.
RANDOMIZE_DOWNLOAD_DELAY = False
# AutoThrottle slows down on a slow or struggling server; it never goes below DOWNLOAD_DELAY.
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = max(_DEFAULTS.per_host_delay, 1.0)
AUTOTHROTTLE_MAX_DELAY = _DEFAULTS.backoff_max
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# Retries: the statuses our fetcher retries (429 included) plus 408; timeouts and resets are retried too.
RETRY_ENABLED = True
RETRY_TIMES = _DEFAULTS.retries
RETRY_HTTP_CODES = sorted({*_DEFAULTS.retry_statuses, 408})

# Caps: a bounded body and a timeout on every download.
DOWNLOAD_MAXSIZE = _DEFAULTS.max_bytes
DOWNLOAD_WARNSIZE = _DEFAULTS.max_bytes // 2
DOWNLOAD_TIMEOUT = _DEFAULTS.read_timeout
REDIRECT_MAX_TIMES = _DEFAULTS.max_redirects

# News pages need no session; a telnet console is an open port nobody asked for.
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"

# Ours: the pipeline that extracts and writes, the duplicate filter keyed like `scraper batch`.
ITEM_PIPELINES = {"scraper.crawl.pipelines.RecordPipeline": 300}
DUPEFILTER_CLASS = "scraper.crawl.dupefilter.IdentityDupeFilter"
# --warc: every response archived, next to the downloader (sees redirect hops, retries, bodies as served).
# Request options (--proxy, -H, --cookies) before Scrapy's user-agent (500) and proxy (750) middlewares; the
# cookies.txt loader takes the place of Scrapy's cookies middleware (700), which then does the rest.
# The guard of --block-private runs first (before robots.txt is asked); it is off unless SCRAPER_BLOCK_PRIVATE.
DOWNLOADER_MIDDLEWARES = {
    "scraper.crawl.guard.BlockPrivateMiddleware": 50,
    "scraper.crawl.middlewares.RequestOptionsMiddleware": 400,
    "scrapy.downloadermiddlewares.cookies.CookiesMiddleware": None,
    "scraper.crawl.middlewares.CookiesFileMiddleware": 700,
    "scraper.crawl.archive.WarcMiddleware": 890,
}
SCRAPER_PROXY = None  # http://[user:password@]host:port for every request; None: HTTP(S)_PROXY / NO_PROXY
SCRAPER_HEADERS: tuple[tuple[str, str], ...] = ()  # extra (name, value) request headers
SCRAPER_COOKIES = None  # a Netscape cookies.txt whose cookies are sent (turns COOKIES_ENABLED on)
SCRAPER_WARC = None  # a path: each worker writes <stem>-<time>-<host>-<pid>.warc.gz beside it (docs/warc.md)
SCRAPER_OUTPUT = "output/crawl.jsonl"  # records; errors go to <stem>.errors.jsonl beside it
SCRAPER_APPEND = False  # True: add to an existing output (distributed workers), False: start it afresh
SCRAPER_BLOCK_PRIVATE = False  # --block-private: refuse private, loopback and link-local addresses (guard.py)
# Every download starts at a time reserved in one per-host schedule (host name and resolved addresses): in Redis
# for distributed workers (their spider sets SCRAPER_SCHEDULE = "redis"), in memory otherwise.
DOWNLOAD_HANDLERS = {"http": "scraper.crawl.politeness.PoliteDownloadHandler",
                     "https": "scraper.crawl.politeness.PoliteDownloadHandler"}
SCRAPER_SCHEDULE = "local"
SCRAPER_HEARTBEAT = 30  # seconds: a worker silent this long has its in-flight requests put back on the queue
# Paged articles: fetch the one-page form or follow the pager and join the pages (docs/paged.md).
SCRAPER_FOLLOW_PAGES = _DEFAULTS.follow_pages
SCRAPER_MAX_ARTICLE_PAGES = _DEFAULTS.max_article_pages

# Distributed mode (the scraper-redis spider sets the scheduler and the duplicate filter itself).
REDIS_URL = "redis://127.0.0.1:6379/0"
MAX_IDLE_TIME_BEFORE_CLOSE = 60  # seconds a worker waits on an empty queue before it stops; 0 = never
