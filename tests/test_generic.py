"""The generic path on its own: pages read with every site rule off, and its general signals."""

from __future__ import annotations

from pathlib import Path

import scraper

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_rules_off_reads_a_netease_page_with_the_generic_path() -> None:
    source = (FIXTURES / "netease_2019" / "source.html").read_bytes()
    url = "https://news.163.com/19/0907/13/EP0M4R9S0001899O.html"
    assert scraper.extract(source, url).extractor == "netease-2019"
    article = scraper.extract(source, url, rules=False)
    assert article.extractor == "generic"
    assert article.title and article.paragraphs
