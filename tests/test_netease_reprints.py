"""A NetEase rule's body stays clean on templates nobody wrote it for (issue 13).

Every half-A NetEase page with gold paragraphs (the corpus's 163.com pages and the written NetEase pages; half B
stays held out) is marked up again the ways other NetEase eras mark it up (tests/netease_reprints.py): a module
of another era inside the body element before or after the text (a pull-quote, an author box with a bio, a
video card, 往期回顾 / 相关推荐 / 热点推荐 cards, a follow prompt, a stock box, a quote board, a consult box, a
picture's app mask or counter, a 相关链接 line, closing disclaimer and promo lines), the rules' class and id
names renamed, the date row moved into the body, the editor line in another form, GBK and UTF-8 bytes swapped.
The page must give the body it gives as printed, in the same mode (rules on; rules off for the modules), and
none of a form's added text. With rules on, every module is tried before and after the text of every page;
with rules off (the slow path), one module per page, fixed by the page's key.
"""

from __future__ import annotations

from functools import cache

import pytest

import scraper
from scraper.errors import ExtractError

from .build_half import build_half_pages, variant_of
from .netease_reprints import FORMS, MODULES, NOT_YET_INVARIANT, Page, Reprint

GROUPS = {"163", "written-163"}
# (form, mode): the forms read with rules off too. The rest change what a rule reads; with rules off they are
# the generic path's own business (tests/test_page_reprints.py for titles and dates).
CHECKS = [(form, "rules") for form in sorted(set(FORMS) - {"as_printed"})] + [
    ("module_before", "norules"),
    ("module_after", "norules"),
]


@cache
def pages() -> tuple[Page, ...]:
    """The half-A NetEase pages with gold paragraphs."""
    return tuple(
        Page(f"{entry['set']}/{entry['id']}", text, encoding, entry.get("url") or None, tuple(gold["paragraphs"]),
             gold.get("title"), gold.get("published_at"), gold.get("editor"))
        for entry, gold, text, encoding in build_half_pages(GROUPS)
        if gold.get("paragraphs")
    )


def body_of(page: Page, reprint: Reprint, mode: str) -> list[str] | str:
    """The paragraphs the page gives in a mode, or the error."""
    try:
        return scraper.extract(reprint.page, page.url, rules=mode == "rules", meetings=False).paragraphs
    except ExtractError as error:
        return str(error)


@cache
def as_printed(key: str, mode: str) -> list[str] | str:
    page = next(p for p in pages() if p.key == key)
    reprint = FORMS["as_printed"](page, 0)
    assert reprint is not None
    return body_of(page, reprint, mode)


def _squeeze(text: str) -> str:
    return "".join(text.split())


def difference(page: Page, reprint: Reprint, mode: str) -> str | None:
    """What the reprint changes in the body (None: nothing): the added text found, or the lines that differ."""
    found = body_of(page, reprint, mode)
    if isinstance(found, str):
        return found
    body = _squeeze("".join(found))
    leaked = [text for text in reprint.added if _squeeze(text) in body]
    if leaked:
        return f"added text in the body: {leaked}"
    before = as_printed(page.key, mode)
    if found != before:
        return f"body changed: {[line for line in found if line not in before][:3]} / lost {len(before) - len(found)}"
    return None


def differences(form: str, mode: str) -> tuple[int, dict[str, str]]:
    """(how many reprints were read, the pages whose body the form changes, with what changed)."""
    picks = range(len(MODULES)) if form.startswith("module") and mode == "rules" else None
    read, wrong = 0, {}
    for page in pages():
        for pick in picks if picks is not None else (variant_of(page.key),):
            reprint = FORMS[form](page, pick)
            if reprint is None:
                continue
            read += 1
            changed = difference(page, reprint, mode)
            if changed:
                wrong[page.key] = changed
    return read, wrong


@pytest.mark.parametrize(("form", "mode"), CHECKS)
def test_half_a_netease_pages_keep_their_body_however_marked_up(form: str, mode: str) -> None:
    read, wrong = differences(form, mode)
    # Every page is rewritten by every form but editor_restyled, which needs a printed editor (31 of 59 pages).
    assert read >= (25 if form == "editor_restyled" else 50), f"{form} rewrote only {read} pages"
    assert set(wrong) == NOT_YET_INVARIANT.get((form, mode), frozenset()), wrong


def _sample() -> Page:
    """A written half-A page of the 2020 template."""
    return next(page for page in pages() if page.key == "written/n04")


def test_each_module_lands_inside_the_body_element_and_the_article_stays() -> None:
    page = _sample()
    for pick, (_markup, added) in enumerate(MODULES):
        for form in ("module_before", "module_after"):
            reprint = FORMS[form](page, pick)
            assert reprint is not None and isinstance(reprint.page, str)
            assert all(text in reprint.page for text in added)
            assert _squeeze(page.paragraphs[0])[:12] in _squeeze(reprint.page)


def test_the_check_sees_a_module_that_stays_in_the_body() -> None:
    page = _sample()
    reprint = FORMS["module_after"](page, 0)
    assert reprint is not None and isinstance(reprint.page, str)
    # The same module written as one more paragraph of the article: no reading can tell it, the check must.
    quoted = reprint.added[0]
    plain = Reprint(reprint.page.replace(f'<div class="rj-quote"><p>{quoted}</p></div>', f"<p>{quoted}</p>"),
                    reprint.added)
    assert difference(page, plain, "rules") is not None


def test_the_renamed_page_matches_no_rule_and_the_recoded_page_changes_its_bytes() -> None:
    page = _sample()
    renamed = FORMS["markers_renamed"](page, 0)
    recoded = FORMS["recoded"](page, 0)
    assert renamed is not None and recoded is not None and isinstance(recoded.page, bytes)
    assert scraper.extract(renamed.page, page.url, meetings=False).extractor == "generic"
    assert scraper.extract(page.text, page.url, meetings=False).extractor == "netease-2020"
    assert recoded.page != page.text.encode("utf-8")
