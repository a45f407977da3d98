"""Discovery (`scraper discover`, `scraper batch --discover`) against loopback servers: each source kind,
the filters, politeness, and two daily runs of which the second fetches only the new article."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from scraper.discover import DiscoverOptions, Found, discover, parse_since, sniff
from scraper.discover.lists import list_links, page_urls
from scraper.errors import FetchError, InputError, ScraperError
from scraper.extract.rules.netease import article_url
from scraper.fetch.fetcher import Fetcher
from scraper.settings import Settings

from .httpserver import PACE_DELAY, LoopbackServer, assert_paced, netease_page, page, serve

FAST = Settings().with_options(per_host_delay=0.0, read_timeout=5.0, connect_timeout=5.0, retries=0)


def doc(n: int) -> str:
    return f"HTU1M7QK{n:08d}"


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with serve() as srv:
        srv.routes["/robots.txt"] = page(b"User-agent: *\nDisallow: /private/\n", "text/plain")
        yield srv


def run(sources: list[str], settings: Settings = FAST, **options: Any) -> list[Found]:
    with Fetcher(settings) as fetcher:
        return list(discover(sources, DiscoverOptions(**options), fetcher=fetcher))


def urls(found: list[Found]) -> list[str]:
    return [f.url for f in found]


# --- feeds -----------------------------------------------------------------------------------------------

def rss(items: list[tuple[str, str]]) -> bytes:
    body = "".join(f"<item><title>t</title><link>{link}</link><pubDate>{date}</pubDate></item>"
                   for link, date in items)
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>网易</title>{body}' \
           f"</channel></rss>".encode()


def test_rss_feed_lists_its_same_site_articles(server: LoopbackServer) -> None:
    server.routes["/feed.xml"] = page(rss([
        (server.url(f"/dy/article/{doc(1)}.html"), "Thu, 16 Oct 2025 12:02:18 GMT"),
        (f"https://www.sina.com.cn/news/{doc(2)}.html", "Thu, 16 Oct 2025 12:02:18 GMT"),
        (server.url("/photoview/00AP0001/2345.html"), "Thu, 16 Oct 2025 12:02:18 GMT"),
        (server.url(f"/news/article/{doc(3)}.html?clickfrom=rss#top"), "Wed, 15 Oct 2025 01:00:00 GMT"),
    ]), "application/rss+xml")
    found = run([server.url("/feed.xml")])
    assert urls(found) == [server.url(f"/dy/article/{doc(1)}.html"), server.url(f"/news/article/{doc(3)}.html")]
    assert found[0].published == datetime(2025, 10, 16, 12, 2, 18, tzinfo=UTC)
    assert found[0].source == server.url("/feed.xml")


def test_any_site_keeps_other_sites(server: LoopbackServer) -> None:
    server.routes["/feed.xml"] = page(rss([
        (server.url(f"/dy/article/{doc(1)}.html"), "Thu, 16 Oct 2025 12:02:18 GMT"),
        (f"https://www.sina.com.cn/news/{doc(2)}.html", "Thu, 16 Oct 2025 12:02:18 GMT"),
    ]), "application/rss+xml")
    assert urls(run([server.url("/feed.xml")], any_site=True)) == [
        server.url(f"/dy/article/{doc(1)}.html"), f"https://www.sina.com.cn/news/{doc(2)}.html"]


def test_atom_feed_with_relative_links_and_since(server: LoopbackServer) -> None:
    server.routes["/atom"] = page(f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>
<entry><title>new</title><link rel="alternate" href="/dy/article/{doc(1)}.html"/><updated>2025-10-16T20:02:18+08:00</updated></entry>
<entry><title>old</title><link rel="alternate" href="/dy/article/{doc(2)}.html"/><updated>2025-10-01T08:00:00+08:00</updated></entry>
<entry><title>undated</title><link rel="alternate" href="/dy/article/{doc(3)}.html"/></entry>
</feed>""".encode(), "application/atom+xml")
    found = run([server.url("/atom")], since=parse_since("2025-10-16"))
    assert urls(found) == [server.url(f"/dy/article/{doc(1)}.html"), server.url(f"/dy/article/{doc(3)}.html")]


# --- sitemaps ----------------------------------------------------------------------------------------------

def urlset(locs: list[tuple[str, str]]) -> bytes:
    body = "".join(f"<url><loc>{loc}</loc><lastmod>{mod}</lastmod></url>" for loc, mod in locs)
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' \
           f"{body}</urlset>".encode()


def sitemap_index(children: list[str]) -> bytes:
    body = "".join(f"<sitemap><loc>{c}</loc></sitemap>" for c in children)
    return f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' \
           f"{body}</sitemapindex>".encode()


def add_sitemaps(server: LoopbackServer) -> None:
    server.routes["/sitemap.xml"] = page(sitemap_index(
        [server.url("/sitemap-news.xml.gz"), server.url("/sitemap-old.xml")]), "application/xml")
    server.routes["/sitemap-news.xml.gz"] = page(gzip.compress(urlset([
        (server.url(f"/dy/article/{doc(1)}.html"), "2025-10-16T20:02:18+08:00"),
        (server.url("/v/video/VHTU1M7QK0514BE2.html"), "2025-10-16T20:02:18+08:00"),
    ])), "application/x-gzip")
    server.routes["/sitemap-old.xml"] = page(urlset([
        (server.url(f"/19/0907/13/{doc(2)}.html"), "2019-09-07T13:43:45+08:00"),
    ]), "text/xml")


def test_sitemap_index_with_a_gzipped_child(server: LoopbackServer) -> None:
    add_sitemaps(server)
    found = run([server.url("/sitemap.xml")])
    assert urls(found) == [server.url(f"/dy/article/{doc(1)}.html"), server.url(f"/19/0907/13/{doc(2)}.html")]
    assert found[0].source == server.url("/sitemap.xml")
    assert [server.count(p) for p in ("/sitemap.xml", "/sitemap-news.xml.gz", "/sitemap-old.xml")] == [1, 1, 1]


def test_robots_txt_sitemap_lines_read_once(server: LoopbackServer) -> None:
    add_sitemaps(server)
    server.routes["/robots.txt"] = page(f"User-agent: *\nDisallow: /private/\nSitemap: {server.url('/sitemap.xml')}\n"
                                        .encode(), "text/plain")
    found = run([server.url("/robots.txt")], since=parse_since("2020-01-01"))
    assert urls(found) == [server.url(f"/dy/article/{doc(1)}.html")]
    assert server.count("/robots.txt") == 1  # the robots cache's read serves the Sitemap: lines too


def test_robots_txt_disallowed_sitemap_child_is_not_requested(server: LoopbackServer) -> None:
    server.routes["/sitemap.xml"] = page(sitemap_index([server.url("/private/sitemap.xml")]), "application/xml")
    server.routes["/private/sitemap.xml"] = page(urlset([(server.url(f"/dy/article/{doc(1)}.html"), "2025-10-16")]),
                                                 "application/xml")
    errors: list[ScraperError] = []
    with Fetcher(FAST) as fetcher:
        found = list(discover([server.url("/sitemap.xml")], fetcher=fetcher, on_error=errors.append))
    assert found == []
    assert server.count("/private/sitemap.xml") == 0
    assert [e.url for e in errors] == [server.url("/private/sitemap.xml")]


def test_gzip_bomb_sitemap_is_refused(server: LoopbackServer) -> None:
    server.routes["/big.xml.gz"] = page(gzip.compress(urlset([]) + b" " * 300_000), "application/gzip")
    with pytest.raises(FetchError, match="expands past"):
        run([server.url("/big.xml.gz")], FAST.with_options(max_bytes=100_000))


def test_sitemap_with_entity_declarations_gives_nothing(server: LoopbackServer) -> None:
    server.routes["/evil.xml"] = page(b'<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY a "aaaaaaaaaa">'
                                      b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><urlset xmlns="http://www.sitemaps.org/'
                                      b'schemas/sitemap/0.9"><url><loc>&b;</loc></url></urlset>', "application/xml")
    errors: list[ScraperError] = []
    with Fetcher(FAST) as fetcher:
        assert list(discover([server.url("/evil.xml")], fetcher=fetcher, on_error=errors.append)) == []
    assert len(errors) == 1 and errors[0].url == server.url("/evil.xml")


# --- channel lists -------------------------------------------------------------------------------------

def jsonp(items: list[tuple[str, str]]) -> bytes:
    # As NetEase serves it: pretty-printed, a trailing comma after the last item, GBK bytes.
    body = "".join(
        f'{{"title":"标题, ]","docurl":"{url}","time":"{time}","channelname":"guonei","point":"60",'
        f'"keywords":[{{"keyname":"教育"}},],}},\n'
        for url, time in items)
    return f"data_callback([\n{body}])".encode("gbk")


def test_jsonp_list_with_trailing_comma_and_page_two(server: LoopbackServer) -> None:
    server.routes["/special/cm_yaowen20200213/"] = page(jsonp([
        (server.url(f"/dy/article/{doc(1)}.html"), "10/16/2025 20:02:18"),
        (server.url("/v/video/VHTU1M7QK0514BE2.html"), "10/16/2025 19:00:00"),
        (server.url("/photoview/00AP0001/2345.html"), "10/16/2025 18:00:00"),
    ]), "application/javascript; charset=gbk")
    server.routes["/special/cm_yaowen20200213_02/"] = page(jsonp([
        (server.url(f"/19/0907/13/{doc(2)}.html"), "09/07/2019 13:43:45"),
    ]), "application/javascript; charset=gbk")
    source = server.url("/special/cm_yaowen20200213/?callback=data_callback")
    found = run([source], max_pages=3)
    assert urls(found) == [server.url(f"/dy/article/{doc(1)}.html"), server.url(f"/19/0907/13/{doc(2)}.html")]
    assert found[0].published == datetime.fromisoformat("2025-10-16T20:02:18+08:00")
    assert found[1].source == server.url("/special/cm_yaowen20200213_02/?callback=data_callback")
    assert server.count("/special/cm_yaowen20200213_03/?callback=data_callback") == 1  # a 404: the list ends
    assert server.count("/special/cm_yaowen20200213_04/?callback=data_callback") == 0


def test_jsonp_list_since_and_max_pages(server: LoopbackServer) -> None:
    server.routes["/special/00097UHL/tech_datalist.js"] = page(jsonp([
        (server.url(f"/tech/article/{doc(1)}.html"), "10/16/2025 20:02:18"),
        (server.url(f"/tech/article/{doc(2)}.html"), "10/14/2025 09:00:00"),
    ]), "application/javascript")
    found = run([server.url("/special/00097UHL/tech_datalist.js")], max_pages=1,
                since=parse_since("2025-10-15T00:00"))
    assert urls(found) == [server.url(f"/tech/article/{doc(1)}.html")]
    assert server.count("/special/00097UHL/tech_datalist_02.js") == 0


def test_list_links_parse_the_netease_form() -> None:
    links = list_links(jsonp([("https://www.163.com/dy/article/HTU1M7QK0514BE2Q.html", "10/16/2025 20:02:18")])
                       .decode("gbk"), "https://news.163.com/special/cm_yaowen20200213/")
    assert [(link.url, link.published) for link in links] == [
        ("https://www.163.com/dy/article/HTU1M7QK0514BE2Q.html", datetime.fromisoformat("2025-10-16T20:02:18+08:00"))]


def test_page_urls_follow_the_numbering() -> None:
    assert page_urls("https://news.163.com/special/cm_yaowen20200213/?callback=data_callback", 3) == [
        "https://news.163.com/special/cm_yaowen20200213_02/?callback=data_callback",
        "https://news.163.com/special/cm_yaowen20200213_03/?callback=data_callback"]
    assert page_urls("https://temp.163.com/special/00804KVA/cm_yaowen20200213_09.js", 11) == [
        "https://temp.163.com/special/00804KVA/cm_yaowen20200213_10.js",
        "https://temp.163.com/special/00804KVA/cm_yaowen20200213_11.js"]


# --- HTML pages ------------------------------------------------------------------------------------------

def channel_page(server: LoopbackServer) -> bytes:
    return f"""<html><head><title>网易新闻</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/domestic/">国内</a><a href="/special/cm_yaowen20200213/">要闻</a></div>
<a href="/dy/article/{doc(1)}.html?clickfrom=w_yw">一</a>
<a href="https://3g.163.com/all/article/{doc(1)}.html">一 (3g)</a>
<a href="{server.url(f'/news/article/{doc(2)}.html')}">二</a>
<a href="/19/0907/13/{doc(3)}.html">三</a>
<a href="/v2/article/detail/{doc(4)}.html">四</a>
<a href="/photoview/00AP0001/2345.html">图集</a>
<a href="/v/video/VHTU1M7QK0514BE2.html">视频</a>
<a href="/dy/article/{doc(5)}_2.html">第二页</a>
<a href="javascript:void(0)">x</a>
</body></html>""".encode()


ID = "HTU1M7QK0514BE2Q"


@pytest.mark.parametrize("url", [
    f"https://www.163.com/dy/article/{ID}.html",
    f"https://www.163.com/news/article/{ID}.html",
    f"https://dy.163.com/article/{ID}.html",
    f"https://dy.163.com/v2/article/detail/{ID}.html",
    f"https://3g.163.com/all/article/{ID}.html",
    f"https://m.163.com/news/article/{ID}.html",
    f"https://c.m.163.com/news/a/{ID}.html",
    f"http://mirror.example.org/dy/article/{ID}.html",  # by path, on any host: a mirrored channel page
])
def test_every_article_form_the_issue_names_is_an_article(url: str) -> None:
    form = article_url(url)
    assert form is not None and form.doc_id == ID


@pytest.mark.parametrize("url", [f"https://news.163.com/19/0907/13/{ID}.html",
                                 f"https://3g.163.com/news/19/0907/13/{ID}.html"])
def test_a_dated_article_form_carries_its_hour_in_beijing_time(url: str) -> None:
    form = article_url(url)
    assert form is not None and form.doc_id == ID
    assert form.dated == datetime.fromisoformat("2019-09-07T13:00:00+08:00")


@pytest.mark.parametrize("url", [
    "https://news.163.com/domestic/",  # navigation
    "https://news.163.com/photoview/00AP0001/2345.html",  # a photo set
    "https://www.163.com/v/video/VHTU1M7QK0514BE2.html",  # a video
    "https://news.163.com/special/cm_yaowen20200213/",  # a special
    f"https://www.163.com/dy/article/{ID}_2.html",  # a later page of an article, not another article
    "https://www.163.com/dy/media/T1603594732083.html",  # a 网易号 account page
])
def test_what_is_not_an_article_has_no_article_form(url: str) -> None:
    assert article_url(url) is None


def test_html_channel_page_lists_article_forms_once(server: LoopbackServer) -> None:
    server.routes["/news/"] = page(channel_page(server))
    found = run([server.url("/news/")], any_site=True)
    assert urls(found) == [server.url(f"/dy/article/{doc(1)}.html"), server.url(f"/news/article/{doc(2)}.html"),
                           server.url(f"/19/0907/13/{doc(3)}.html"), server.url(f"/v2/article/detail/{doc(4)}.html")]
    assert found[2].published == datetime.fromisoformat("2019-09-07T13:00:00+08:00")


def test_since_reads_the_date_in_a_netease_url(server: LoopbackServer) -> None:
    # A channel page gives no dates of its own: only the /19/0907/13/ form dates its article (2019), so --since
    # drops it and keeps the undated forms.
    server.routes["/news/"] = page(channel_page(server))
    found = run([server.url("/news/")], any_site=True, since=parse_since("2020-01-01"))
    assert urls(found) == [server.url(f"/dy/article/{doc(1)}.html"), server.url(f"/news/article/{doc(2)}.html"),
                           server.url(f"/v2/article/detail/{doc(4)}.html")]


def test_limit_stops_discovery(server: LoopbackServer) -> None:
    server.routes["/news/"] = page(channel_page(server))
    assert len(run([server.url("/news/")], limit=2)) == 2


def test_doc_id_dedupe_across_sources(server: LoopbackServer) -> None:
    server.routes["/news/"] = page(channel_page(server))
    server.routes["/feed.xml"] = page(rss([(server.url(f"/all/article/{doc(2)}.html"), "Thu, 16 Oct 2025 12:02:18 GMT"),
                                           (server.url(f"/dy/article/{doc(9)}.html"), "Thu, 16 Oct 2025 12:02:18 GMT")]),
                                      "application/rss+xml")
    found = run([server.url("/news/"), server.url("/feed.xml")])
    forms = [article_url(f.url) for f in found]
    assert [form.doc_id if form else None for form in forms] == [doc(n) for n in (1, 2, 3, 4, 9)]


def test_a_failing_source_is_reported_and_the_others_go_on(server: LoopbackServer) -> None:
    server.routes["/news/"] = page(channel_page(server))
    errors: list[ScraperError] = []
    with Fetcher(FAST) as fetcher:
        found = list(discover([server.url("/gone.xml"), server.url("/news/")], fetcher=fetcher,
                              on_error=errors.append))
    assert len(found) == 4
    assert [(type(e), e.url) for e in errors] == [(FetchError, server.url("/gone.xml"))]


def test_without_on_error_the_first_failure_raises(server: LoopbackServer) -> None:
    with pytest.raises(FetchError) as caught:
        run([server.url("/gone.xml")])
    assert caught.value.status == 404


def test_discovery_requests_keep_the_per_host_delay(server: LoopbackServer) -> None:
    add_sitemaps(server)
    run([server.url("/sitemap.xml")], FAST.with_options(per_host_delay=PACE_DELAY))
    assert len(server.hits) == 4  # robots.txt, the index, its two children
    # robots.txt holds a slot but does not delay the first request after it; the rest keep the pace.
    assert_paced([hit.at for hit in server.hits if hit.path != "/robots.txt"], PACE_DELAY)


# --- sniffing and inputs -------------------------------------------------------------------------------

@pytest.mark.parametrize(("data", "kind"), [
    (b'<?xml version="1.0"?>\n<urlset xmlns="x">', "sitemap"),
    (b"\xef\xbb\xbf<sitemapindex>", "sitemap"),
    (b'<?xml version="1.0"?><rss version="2.0">', "feed"),
    (b'<feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
    (b"<rdf:RDF>", "feed"),
    (b"data_callback([{}])", "list"),
    (b"<!DOCTYPE html><html>", "html"),
    (b"User-agent: *\nSitemap: http://x/s.xml", "robots"),
])
def test_sniff_tells_the_kind_from_the_bytes(data: bytes, kind: str) -> None:
    assert sniff(data, "http://example.com/x") == kind


def test_sniff_refuses_what_is_none_of_them() -> None:
    with pytest.raises(ScraperError):
        sniff(b"\x89PNG\r\n\x1a\n", "http://example.com/x.png")


def test_parse_since_reads_dates_in_beijing_time() -> None:
    assert parse_since("2025-10-16") == datetime.fromisoformat("2025-10-16T00:00:00+08:00")
    assert parse_since("2025-10-16T08:00:00+00:00") == datetime(2025, 10, 16, 8, tzinfo=UTC)
    with pytest.raises(InputError):
        parse_since("yesterday")


# --- the commands --------------------------------------------------------------------------------------

def cli(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    # No proxy from the caller's shell (it would intercept loopback); `env` adds to the environment.
    clean = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()} | (env or {})
    return subprocess.run([sys.executable, "-m", "scraper", *args], cwd=cwd, env=clean, capture_output=True,
                          text=True, timeout=120, check=False)


def test_discover_command_prints_urls_and_reports_failed_sources(server: LoopbackServer, tmp_path: Path) -> None:
    server.routes["/news/"] = page(channel_page(server))
    done = cli("discover", server.url("/gone"), server.url("/news/"), "--delay", "0", "--limit", "3", cwd=tmp_path)
    assert done.stdout.splitlines() == [server.url(f"/dy/article/{doc(1)}.html"),
                                        server.url(f"/news/article/{doc(2)}.html"),
                                        server.url(f"/19/0907/13/{doc(3)}.html")]
    assert done.returncode == 1
    assert f"Warning: HTTP 404 ({server.url('/gone')})" in done.stderr
    assert "Traceback" not in done.stderr


def test_discover_command_writes_the_urls_to_a_file(server: LoopbackServer, tmp_path: Path) -> None:
    server.routes["/news/"] = page(channel_page(server))
    done = cli("discover", server.url("/news/"), "--delay", "0", "--any-site", "-o", "urls.txt", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert (tmp_path / "urls.txt").read_text(encoding="utf-8").splitlines() == [
        server.url(f"/dy/article/{doc(1)}.html"), server.url(f"/news/article/{doc(2)}.html"),
        server.url(f"/19/0907/13/{doc(3)}.html"), server.url(f"/v2/article/detail/{doc(4)}.html")]


def test_discover_command_usage_errors(tmp_path: Path) -> None:
    assert cli("discover", cwd=tmp_path).returncode == 2
    done = cli("discover", "http://127.0.0.1:9/x", "--since", "someday", cwd=tmp_path)
    assert (done.returncode, done.stderr.count("Error:")) == (1, 1)


def serve_articles(server: LoopbackServer, numbers: list[int]) -> None:
    for n in numbers:
        server.routes[f"/dy/article/{doc(n)}.html"] = page(netease_page(doc(n)))
    server.routes["/feed.xml"] = page(rss([(server.url(f"/dy/article/{doc(n)}.html"), "Thu, 16 Oct 2025 12:02:18 GMT")
                                           for n in numbers]), "application/rss+xml")


def test_daily_batch_discover_fetches_only_new_articles(server: LoopbackServer, tmp_path: Path) -> None:
    serve_articles(server, [1, 2])
    first = cli("batch", "--discover", server.url("/feed.xml"), "-o", "news.jsonl", "--delay", "0", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "2 new URL(s) discovered" in first.stderr
    server.hits.clear()
    serve_articles(server, [1, 2, 3])  # the next day: one new article in the feed
    second = cli("batch", "--discover", server.url("/feed.xml"), "-o", "news.jsonl", "--delay", "0", cwd=tmp_path)
    assert second.returncode == 0, second.stderr
    assert "1 new URL(s) discovered" in second.stderr
    assert sorted(hit.path for hit in server.hits) == ["/dy/article/" + doc(3) + ".html", "/feed.xml", "/robots.txt"]
    records = [json.loads(line) for line in (tmp_path / "news.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["doc_id"] for r in records] == [doc(1), doc(2), doc(3)]


def test_a_done_article_under_another_url_form_is_not_fetched_again(server: LoopbackServer, tmp_path: Path) -> None:
    # The batch state knows NetEase articles by doc id: the next day's feed listing a done article under another
    # of NetEase's URL forms (with a tracking query) must not cost a request. The loopback server is the HTTP
    # proxy, so real 163.com forms reach it without the network.
    feed, first_form = "http://www.163.com/feed.xml", f"http://www.163.com/dy/article/{doc(1)}.html"
    server.routes[first_form] = page(netease_page(doc(1)))
    server.routes[feed] = page(rss([(first_form, "Thu, 16 Oct 2025 12:02:18 GMT")]), "application/rss+xml")
    env = {"http_proxy": server.origin}
    first = cli("batch", "--discover", feed, "-o", "news.jsonl", "--delay", "0", cwd=tmp_path, env=env)
    assert first.returncode == 0, first.stderr
    assert server.count(first_form) == 1
    server.hits.clear()
    server.routes[feed] = page(rss([(f"http://news.163.com/news/article/{doc(1)}.html?clickfrom=rss",
                                     "Thu, 16 Oct 2025 12:02:18 GMT")]), "application/rss+xml")
    second = cli("batch", "--discover", feed, "-o", "news.jsonl", "--delay", "0", cwd=tmp_path, env=env)
    assert second.returncode == 0, second.stderr
    assert [hit.path for hit in server.hits if not hit.path.endswith("/robots.txt")] == [feed]
    assert len((tmp_path / "news.jsonl").read_text(encoding="utf-8").splitlines()) == 1


def test_batch_discover_paces_discovery_and_articles_together(server: LoopbackServer, tmp_path: Path) -> None:
    # One pace per host for the whole run: the feed request counts for the delay before the first article.
    serve_articles(server, [1, 2])
    done = cli("batch", "--discover", server.url("/feed.xml"), "-o", "news.jsonl", "--delay", str(PACE_DELAY),
               cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert [hit.path for hit in server.hits][:2] == ["/robots.txt", "/feed.xml"]
    assert len(server.hits) == 4
    assert_paced([hit.at for hit in server.hits if hit.path != "/robots.txt"], PACE_DELAY)


def test_batch_discover_limit_counts_new_articles_only(server: LoopbackServer, tmp_path: Path) -> None:
    serve_articles(server, [1, 2, 3])
    cli("batch", "--discover", server.url("/feed.xml"), "-o", "news.jsonl", "--delay", "0", "--limit", "1",
        cwd=tmp_path)
    second = cli("batch", "--discover", server.url("/feed.xml"), "-o", "news.jsonl", "--delay", "0", "--limit", "1",
                 cwd=tmp_path)
    assert second.returncode == 0, second.stderr
    records = [json.loads(line) for line in (tmp_path / "news.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["doc_id"] for r in records] == [doc(1), doc(2)]


def test_batch_discover_needs_an_output(tmp_path: Path) -> None:
    assert cli("batch", "--discover", "http://127.0.0.1:9/feed.xml", cwd=tmp_path).returncode == 2
