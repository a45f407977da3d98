"""Paged articles (<ID>.html, <ID>_2.html …, <ID>_all.html): read the pager, join the pages, against a real
loopback server serving a three-page article in the NetEase pager markup (tests/paged_pages.py).

Every fetching test asserts on the server's hit log: which pages were requested, and how many times.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import scraper
from scraper.extract.rules.netease import doc_id_of_url, first_page_url, identity_key
from scraper.schema import record_schema
from tests.httpserver import LoopbackServer, page, serve, status
from tests.paged_pages import DOC_ID, PAGES, all_page, page_path, paged_page

FAST: dict[str, Any] = {"per_host_delay": 0.0, "read_timeout": 5.0, "connect_timeout": 2.0, "retries": 0}
ALL = page_path("all")
JOINED = [p for number, texts in enumerate(PAGES, 1) for p in (["市场走势图"] if number == 2 else []) + list(texts)]


def article_hits(server: LoopbackServer) -> list[str]:
    """The article paths requested, in order (robots.txt left out)."""
    return [hit.path for hit in server.hits if not hit.path.endswith("/robots.txt")]


def serve_article(server: LoopbackServer, *, all_page_route: bool = True, offer_all: bool = True) -> None:
    """The three pages (and, if `all_page_route`, the one-page form) on `server`."""
    server.routes["/robots.txt"] = page(b"User-agent: *\nDisallow: /private/\n", "text/plain")
    for number in range(1, len(PAGES) + 1):
        server.routes[page_path(number)] = page(paged_page(server.origin, number, all_page=offer_all),
                                                "text/html")
    if all_page_route:
        server.routes[ALL] = page(all_page(), "text/html")


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with serve() as srv:
        yield srv


def clean_env(**extra: str) -> dict[str, str]:
    """A subprocess environment without the caller's proxies (they would intercept loopback)."""
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env.update(extra)
    return env


def run_cli(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "scraper", *args], cwd=cwd, env=env or clean_env(),
                          capture_output=True, text=True, timeout=120, check=False)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


# --- the pager, read without fetching ------------------------------------------------------------------


def test_extract_exposes_the_next_page_and_the_one_page_form_without_fetching() -> None:
    base = "http://money.163.com"
    first = scraper.extract(paged_page(base, 1), base + page_path(1))
    assert first.next_page == base + page_path(2)
    assert first.pager is not None and first.pager.all == base + ALL  # the #p1 fragment is not part of it
    assert first.pager.count == 3
    assert first.pages == 1
    last = scraper.extract(paged_page(base, 3), base + page_path(3))
    assert last.next_page is None


def test_the_record_has_pages_and_no_pager() -> None:
    base = "http://money.163.com"
    record = scraper.extract(paged_page(base, 1), base + page_path(1)).to_dict()
    assert record["pages"] == 1
    assert "next_page" not in record and "pager" not in record
    jsonschema.validate(record, record_schema())


@pytest.mark.parametrize("link", [
    "http://other.163.com/15/0704/09/B9PAGED100254IU1_2.html",  # another host, the same doc id
    "http://money.163.com/15/0704/09/B9OTHER100254IU1_2.html",  # the same host, another doc id
])
def test_pager_links_off_the_article_are_not_followed(link: str) -> None:
    base = "http://money.163.com"
    first = scraper.extract(paged_page(base, 1, next_url=link, all_page=False), base + page_path(1))
    assert first.next_page is None


def test_a_page_without_a_pager_has_no_next_page() -> None:
    base = "http://money.163.com"
    html = paged_page(base, 1).split(b"<!-- ")[0] + b"</div></div></div></body></html>"
    article = scraper.extract(html, base + page_path(1))
    assert article.pager is None and article.next_page is None


def test_every_page_form_names_the_first_page_and_its_key() -> None:
    first = "http://money.163.com" + page_path(1)
    forms = ["http://money.163.com" + page_path(n) for n in (2, 3, "all")]
    assert {first_page_url(form) for form in forms} == {first}
    assert first_page_url(first + "?x=1") == first + "?x=1"  # the first page is left as given
    assert {doc_id_of_url(form) for form in forms} == {DOC_ID}
    assert {identity_key(form) for form in [first, *forms]} == {f"163:{DOC_ID}"}


# --- the library: scrape joins ------------------------------------------------------------------------


def test_scrape_fetches_the_one_page_form_when_offered(server: LoopbackServer) -> None:
    serve_article(server)
    article = scraper.scrape(server.url(page_path(1)), **FAST)
    assert article_hits(server) == [page_path(1), ALL]
    assert article.paragraphs == JOINED
    assert article.pages == 3
    assert article.url == server.url(page_path(1))
    assert article.doc_id == DOC_ID


def test_scrape_follows_the_pager_and_joins_in_page_order(server: LoopbackServer) -> None:
    serve_article(server, all_page_route=False, offer_all=False)
    article = scraper.scrape(server.url(page_path(1)), **FAST)
    assert article_hits(server) == [page_path(n) for n in (1, 2, 3)]
    assert article.paragraphs == JOINED
    assert [image.src for image in article.images] == [server.url("/cnews/2015/7/4/chart_market.png")]
    assert (article.pages, article.url, article.doc_id, article.title) == (3, server.url(page_path(1)), DOC_ID,
                                                                           "市政府常务会议研究稳定资本市场工作")
    assert article.next_page is None
    jsonschema.validate(article.to_dict(), record_schema())


def test_meetings_come_from_the_joined_paragraphs(server: LoopbackServer) -> None:
    serve_article(server, all_page_route=False, offer_all=False)
    (meeting,) = scraper.scrape(server.url(page_path(1)), **FAST).meetings
    # The meeting opens on page 1; its points are on pages 2 and 3.
    assert meeting["organizer"] == "市政府"
    assert [point["cue"] for point in meeting["points"]] == ["会议指出", "会议强调"]


def test_the_one_page_form_gives_the_joined_record(server: LoopbackServer) -> None:
    serve_article(server)
    whole = scraper.scrape(server.url(page_path(1)), **FAST).to_dict()
    server.routes[ALL] = status(404)
    joined = scraper.scrape(server.url(page_path(1)), **FAST).to_dict()
    assert whole == joined
    assert joined["pages"] == 3


def test_a_failing_one_page_form_falls_back_to_the_pager(server: LoopbackServer,
                                                         caplog: pytest.LogCaptureFixture) -> None:
    serve_article(server)
    server.routes[ALL] = status(500)
    with caplog.at_level(logging.WARNING, logger="scraper.follow"):
        article = scraper.scrape(server.url(page_path(1)), **FAST)
    assert article_hits(server) == [page_path(1), ALL, page_path(2), page_path(3)]
    assert article.paragraphs == JOINED and article.pages == 3
    assert "following the pager" in caplog.text and "HTTP 500" in caplog.text


def test_a_looping_pager_ends_the_joining(server: LoopbackServer, caplog: pytest.LogCaptureFixture) -> None:
    serve_article(server, all_page_route=False, offer_all=False)
    # Page 3's next link points back at page 2.
    server.routes[page_path(3)] = page(paged_page(server.origin, 3, all_page=False, next_to=2), "text/html")
    with caplog.at_level(logging.WARNING, logger="scraper.follow"):
        article = scraper.scrape(server.url(page_path(1)), **FAST)
    assert article_hits(server) == [page_path(n) for n in (1, 2, 3)]
    assert article.pages == 3 and article.paragraphs == JOINED
    assert "loops back" in caplog.text


def test_a_missing_page_ends_the_joining_with_what_was_read(server: LoopbackServer,
                                                            caplog: pytest.LogCaptureFixture) -> None:
    serve_article(server, all_page_route=False, offer_all=False)
    del server.routes[page_path(3)]
    with caplog.at_level(logging.WARNING, logger="scraper.follow"):
        article = scraper.scrape(server.url(page_path(1)), **FAST)
    assert article_hits(server) == [page_path(n) for n in (1, 2, 3)]
    assert article.pages == 2
    assert article.paragraphs == JOINED[:5]
    assert article.next_page == server.url(page_path(3))  # the page that could not be read
    assert "joined 2 page(s) only" in caplog.text and "HTTP 404" in caplog.text


def test_robots_txt_holds_for_every_page(server: LoopbackServer) -> None:
    serve_article(server, all_page_route=False, offer_all=False)
    server.routes["/robots.txt"] = page(f"User-agent: *\nDisallow: {page_path(3)}\n".encode(), "text/plain")
    article = scraper.scrape(server.url(page_path(1)), **FAST)
    assert article_hits(server) == [page_path(1), page_path(2)]
    assert article.pages == 2


def test_scrape_given_a_later_page_scrapes_the_whole_article(server: LoopbackServer) -> None:
    serve_article(server, all_page_route=False, offer_all=False)
    article = scraper.scrape(server.url(page_path(2)), **FAST)
    assert article_hits(server) == [page_path(n) for n in (1, 2, 3)]
    assert article.url == server.url(page_path(1)) and article.pages == 3


def test_follow_pages_off_takes_the_page_alone(server: LoopbackServer) -> None:
    serve_article(server)
    article = scraper.scrape(server.url(page_path(2)), follow_pages=False, **FAST)
    assert article_hits(server) == [page_path(2)]
    assert article.pages == 1 and article.next_page == server.url(page_path(3))


# --- the command line ----------------------------------------------------------------------------------


def test_scrape_command_joins_and_no_follow_pages_does_not(server: LoopbackServer, tmp_path: Path) -> None:
    serve_article(server)
    url = server.url(page_path(1))
    joined = run_cli("scrape", url, cwd=tmp_path)
    assert joined.returncode == 0, joined.stderr
    assert json.loads(joined.stdout)["pages"] == 3
    assert article_hits(server) == [page_path(1), ALL]
    alone = run_cli("scrape", url, "--no-follow-pages", cwd=tmp_path)
    assert alone.returncode == 0, alone.stderr
    record = json.loads(alone.stdout)
    assert record["pages"] == 1 and record["paragraphs"] == list(PAGES[0])
    assert article_hits(server) == [page_path(1), ALL, page_path(1)]


def test_batch_given_a_later_page_scrapes_the_whole_article_once(tmp_path: Path) -> None:
    # The loopback server is the HTTP proxy, so 163.com URLs reach it and share one identity key.
    with serve() as proxy:
        base = "http://money.163.com"
        for number in range(1, len(PAGES) + 1):
            proxy.routes[base + page_path(number)] = page(paged_page(base, number, all_page=False), "text/html")
        given = [base + page_path(2), base + page_path(1), base + page_path(3)]
        urls = tmp_path / "urls.txt"
        urls.write_text("\n".join(given) + "\n", encoding="utf-8")
        done = run_cli("batch", str(urls), "--delay", "0", cwd=tmp_path, env=clean_env(http_proxy=proxy.origin))
        assert done.returncode == 0, done.stderr
        assert "2 duplicate(s) ignored" in done.stderr
        assert article_hits(proxy) == [base + page_path(n) for n in (1, 2, 3)]
    (record,) = read_jsonl(tmp_path / "output" / "urls.jsonl")
    assert record["url"] == base + page_path(1)
    assert record["input_url"] == given[0]
    assert (record["pages"], record["doc_id"], record["paragraphs"]) == (3, DOC_ID, JOINED)


def test_batch_no_follow_pages_records_the_page_given(server: LoopbackServer, tmp_path: Path) -> None:
    serve_article(server)
    urls = tmp_path / "urls.txt"
    urls.write_text(server.url(page_path(2)) + "\n", encoding="utf-8")
    done = run_cli("batch", str(urls), "--delay", "0", "--no-follow-pages", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    (record,) = read_jsonl(tmp_path / "output" / "urls.jsonl")
    assert record["pages"] == 1 and record["url"] == server.url(page_path(2))
    assert article_hits(server) == [page_path(2)]


def test_batch_joins_with_a_failing_one_page_form(server: LoopbackServer, tmp_path: Path) -> None:
    serve_article(server)
    server.routes[ALL] = status(503)
    urls = tmp_path / "urls.txt"
    urls.write_text(server.url(page_path(1)) + "\n", encoding="utf-8")
    done = run_cli("batch", str(urls), "--delay", "0", "--retries", "1", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    (record,) = read_jsonl(tmp_path / "output" / "urls.jsonl")
    assert record["pages"] == 3 and record["paragraphs"] == JOINED
    assert article_hits(server) == [page_path(1), ALL, ALL, page_path(2), page_path(3)]  # one retry of _all
    jsonschema.validate(record, record_schema())


# --- crawl (Scrapy) -------------------------------------------------------------------------------------


def test_crawl_joins_as_batch_does(tmp_path: Path) -> None:
    pytest.importorskip("scrapy", reason="needs the scrapy extra: pip install -e '.[scrapy]'")
    with serve() as fine, serve("127.0.0.2") as broken:
        serve_article(fine)  # the one-page form
        serve_article(broken, all_page_route=False)  # offered but missing: the pager is followed
        del broken.routes[page_path(3)]  # and its last page is missing too
        urls = tmp_path / "urls.txt"
        urls.write_text(f"{fine.url(page_path(2))}\n{broken.url(page_path(1))}\n", encoding="utf-8")
        run = run_cli("crawl", str(urls), "-o", "crawl.jsonl", "--delay", "0", "-s", "AUTOTHROTTLE_ENABLED=False",
                      "-s", "RETRY_TIMES=0", cwd=tmp_path)
        assert run.returncode == 0, run.stderr[-3000:]
        assert article_hits(fine) == [page_path(1), ALL]
        assert article_hits(broken) == [page_path(1), ALL, page_path(2), page_path(3)]
    records = {r["input_url"]: r for r in read_jsonl(tmp_path / "crawl.jsonl")}
    whole, partial = records[fine.url(page_path(2))], records[broken.url(page_path(1))]
    assert (whole["url"], whole["pages"], whole["paragraphs"]) == (fine.url(page_path(1)), 3, JOINED)
    assert (partial["pages"], partial["paragraphs"]) == (2, JOINED[:5])
    assert "2 ok, 0 failed" in run.stderr


def test_crawl_no_follow_pages(server: LoopbackServer, tmp_path: Path) -> None:
    pytest.importorskip("scrapy", reason="needs the scrapy extra: pip install -e '.[scrapy]'")
    serve_article(server)
    urls = tmp_path / "urls.txt"
    urls.write_text(server.url(page_path(1)) + "\n", encoding="utf-8")
    run = run_cli("crawl", str(urls), "-o", "crawl.jsonl", "--delay", "0", "-s", "AUTOTHROTTLE_ENABLED=False",
                  "--no-follow-pages", cwd=tmp_path)
    assert run.returncode == 0, run.stderr[-3000:]
    (record,) = read_jsonl(tmp_path / "crawl.jsonl")
    assert record["pages"] == 1
    assert article_hits(server) == [page_path(1)]


# --- WARC: every page is archived, the first page carries the input line ------------------------------------


@pytest.mark.parametrize("command", ["scrape", "batch"])
def test_warc_holds_every_page_and_tags_the_first(server: LoopbackServer, tmp_path: Path, command: str) -> None:
    from scraper.warc import WarcPage, read_warc

    serve_article(server, all_page_route=False, offer_all=False)
    given = server.url(page_path(2))
    if command == "batch":
        (tmp_path / "urls.txt").write_text(given + "\n", encoding="utf-8")
        done = run_cli("batch", "urls.txt", "--warc", "pages.warc.gz", "--delay", "0", cwd=tmp_path)
    else:
        done = run_cli("scrape", given, "--warc", "pages.warc.gz", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    pages = [item for item in read_warc(tmp_path / "pages.warc.gz", max_bytes=1 << 20) if isinstance(item, WarcPage)]
    assert [item.page.url for item in pages] == [server.url(page_path(n)) for n in (1, 2, 3)]
    assert [item.input_url for item in pages] == [given, None, None]
