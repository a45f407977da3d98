"""The non-Chinese branch of the generic path: trafilatura's reading without the page chrome it keeps."""

from __future__ import annotations

import lxml.html

import scraper
from scraper.extract.latin import headline_similarity, without_chrome, without_headline

PARAGRAPHS = [
    "The city council voted on Tuesday to close the old harbour bridge to cars from next spring, ending a "
    "debate that has run for more than a decade.",
    "Engineers told the council that the bridge, built in 1931, could no longer carry the weight of modern "
    "traffic without repairs that would cost more than a new crossing.",
    "Cyclists and pedestrians will still be able to use the bridge, and the council said it would widen the "
    "footpaths on both sides once the work begins.",
]


def _page(title: str, headline: str, kicker: str = "") -> str:
    """An English article page: the title in <title>, a kicker and the headline in the article's header."""
    body = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    return (
        f"<html><head><title>{title}</title></head><body><article><header><p>{kicker}</p>"
        f"<h1>{headline}</h1></header>{body}</article></body></html>"
    )


def test_the_headline_printed_again_above_the_article_is_no_body() -> None:
    title = "Council votes to close the old harbour bridge to cars"
    page = _page(title, "Council Votes to Close the Old Harbour Bridge to Cars", kicker="Transport")
    article = scraper.extract(page, "https://example.com/news/2024/bridge")
    assert article.paragraphs == PARAGRAPHS


def test_a_kicker_made_of_the_titles_words_is_not_the_headline() -> None:
    title = "Review: the new harbour bridge"
    assert headline_similarity(title, "Review") == 1.0
    lines = ["Review", "Some text of the article that follows the kicker line here."]
    assert without_headline(lines, title) == lines


def test_a_reworded_headline_is_the_headline_and_what_is_above_it_goes() -> None:
    title = "HS Roundup: Viera defeats Rockledge to remain undefeated"
    lines = ["Other story teaser", "High School Roundup: Viera defeats Rockledge to remain undefeated", "Body."]
    assert without_headline(lines, title) == ["Body."]


def test_a_line_repeating_the_headline_late_in_the_body_stays() -> None:
    title = "Council votes to close the bridge"
    lines = [*PARAGRAPHS, *PARAGRAPHS, "Council votes to close the bridge", "More."]
    assert without_headline(lines, title) == lines


MORE = [
    "The new lander will carry four instruments to the south pole of the moon, where ice lies in craters that "
    "never see the sun, and it will work for two weeks before the lunar night falls.",
    "Mission managers said the launch window opens in the autumn and that the spacecraft has finished its "
    "tests, including a full rehearsal of the descent with the flight software.",
]


def test_read_more_lines_and_lists_of_links_are_no_body() -> None:
    link = '<a href="https://example.com/news/{0}">{1}</a>'
    related = link.format(1, "Photos of the moon's south pole, crater by crater")
    items = "".join(
        f"<li>{link.format(n, text)}</li>"
        for n, text in ((2, "Why the moon's ice matters for future crews"), (3, "A short history of lunar landers"))
    )
    headlines = "".join(
        f"<p>{link.format(n, text)} [VIDEO]</p>"
        for n, text in ((4, "Rocket engine test ends early after a sensor fault"), (5, "Space agency names new chief"))
    )
    page = (
        "<html><head><title>Lander heads for the moon's south pole</title></head><body><article>"
        f"<p>{PARAGRAPHS[0]}</p><p><strong>Related: </strong>{related}</p><p>{PARAGRAPHS[1]}</p><ul>{items}</ul>"
        f"<h3>Our partner: {link.format(6, 'Acme Systems')}</h3><p>{MORE[0]}</p>"
        f"<p><strong>DON'T MISS</strong></p>{headlines}<p>{MORE[1]}</p></article></body></html>"
    )
    article = scraper.extract(page, "https://example.com/news/lander")
    assert article.paragraphs == [PARAGRAPHS[0], PARAGRAPHS[1], "Our partner: Acme Systems", MORE[0], MORE[1]]


def test_calls_to_action_and_the_heading_over_them_are_no_body() -> None:
    kept = [
        *PARAGRAPHS,
        "The streaming service raised its monthly subscription to $15.99 in January, its second rise in two "
        "years, and said it would sign up more members with a cheaper plan.",
    ]
    calls = [
        "<h3>Popular on Example News</h3>",
        "<p>Sign Up: Stay on top of the latest news! Sign up for our email newsletters here.</p>",
        "<p>Jane Doe writes about transport. Follow her on Twitter @janedoe.</p>",
        "<p>If you enjoyed this article, we have a proposition for you: join our members' club today.</p>",
        "<p>Get our weekly magazine delivered to your door, 12 issues for £11.99. Click here for more.</p>",
        "<p>Comments are moderated and will appear once approved.</p>",
        "<p>Leave a comment</p>",
    ]
    body = "".join(f"<p>{line}</p>" for line in kept[:2]) + calls[0] + calls[1]
    body += "".join(f"<p>{line}</p>" for line in kept[2:]) + "".join(calls[2:])
    page = f"<html><head><title>Bridge</title></head><body><article>{body}</article></body></html>"
    assert scraper.extract(page, "https://example.com/news/bridge").paragraphs == kept


def test_a_caption_that_repeats_its_images_alt_text_is_no_body() -> None:
    picture = '<div><img src="/a.jpg" alt="{0}"><span class="small">{0}</span></div>'
    body = (
        f"<p>{PARAGRAPHS[0]}</p>{picture.format('The old harbour bridge seen from the north bank')}"
        f"<p>{PARAGRAPHS[1]}</p><h2>Battery life</h2>{picture.format('Battery life')}<p>{PARAGRAPHS[2]}</p>"
    )
    page = f"<html><head><title>Bridge</title></head><body><article>{body}</article></body></html>"
    paragraphs = scraper.extract(page, "https://example.com/news/bridge").paragraphs
    assert "The old harbour bridge seen from the north bank" not in paragraphs
    assert paragraphs[:2] == PARAGRAPHS[:2] and paragraphs[-1] == PARAGRAPHS[2] and "Battery life" in paragraphs


def test_metadata_rows_above_the_first_sentence_and_a_tag_line_are_no_body() -> None:
    tag = '<a href="https://example.com/tag/{0}">{0}</a>'
    head = (
        f"<div>{tag.format('Transport')}</div><div>Published November 18, 2019 | 3:45 PM</div>"
        "<div>Reading time: 4 min</div>"
    )
    tags = ", ".join(tag.format(name) for name in ("bridges", "harbour", "city council"))
    body = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    page = (
        "<html><head><title>Bridge</title></head><body><article>"
        f"{head}{body}<p>BAAR, SWITZERLAND</p><p>{MORE[0]}</p><h4>Tags</h4><p>{tags}</p></article></body></html>"
    )
    paragraphs = scraper.extract(page, "https://example.com/news/bridge").paragraphs
    assert paragraphs == [*PARAGRAPHS, "BAAR, SWITZERLAND", MORE[0]]


def test_the_description_printed_as_a_subheading_is_the_dek_not_the_first_paragraph() -> None:
    dek = "Cars will be kept off the 1931 crossing from next spring, the council decided."
    body = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)

    def page(description: str, header: str) -> str:
        return (
            f'<html><head><title>Bridge closes to cars</title><meta name="description" content="{description}">'
            f"</head><body><article><header><h1>Bridge closes to cars</h1>{header}</header>"
            f"<div>{body}</div></article></body></html>"
        )

    url = "https://example.com/news/bridge"
    assert scraper.extract(page(dek, f"<h2>{dek}</h2>"), url).paragraphs == PARAGRAPHS
    # The description is the first paragraph itself on many pages: it stays.
    assert scraper.extract(page(PARAGRAPHS[0], ""), url).paragraphs == PARAGRAPHS


def test_a_comment_thread_under_the_article_goes_from_its_count_heading() -> None:
    # Class names no longer tell the thread (a page rewritten, or a template's own opaque names): its count heading
    # and the stamps its comments print (their age, their votes) do.
    thread = [
        "[ 12 comments ]",
        "2 days ago at 07:47 am",
        "I cross that bridge every morning and it has felt shaky for years.",
        "Rating: 25 Votes",
        "2 days ago at 07:50 am",
        "Good news for cyclists, at least.",
        "Rating: 17 Votes",
    ]
    assert without_chrome([*PARAGRAPHS, *thread], None, lxml.html.fromstring("<html><body></body></html>")) == PARAGRAPHS


def test_a_count_of_comments_with_no_comment_stamps_after_it_is_left_to_the_other_tests() -> None:
    # A line that only counts comments (a teaser's) with the article going on after it cuts nothing.
    lines = [PARAGRAPHS[0], "12 comments", *PARAGRAPHS[1:]]
    root = lxml.html.fromstring("<html><body></body></html>")
    assert [line for line in without_chrome(lines, None, root) if line in PARAGRAPHS] == PARAGRAPHS


def test_a_press_releases_closing_note_on_the_issuing_company_goes() -> None:
    # The host names the company (harbourtech.com -> Harbourtech); its standing description closes every release.
    note = (
        "Harbourtech is a global provider of bridge monitoring systems. The company is headquartered in Leeds and "
        "employs around 400 people in six countries."
    )
    html = (
        "<html><head><title>Harbourtech to monitor the old harbour bridge</title></head><body><article>"
        "<h1>Harbourtech to monitor the old harbour bridge</h1>"
        + "".join(f"<p>{paragraph}</p>" for paragraph in [*PARAGRAPHS, note])
        + "</article></body></html>"
    ).encode()
    assert scraper.extract(html, url="https://www.harbourtech.com/news/bridge-monitoring.html").paragraphs == PARAGRAPHS
    # On another host the same sentence is the article's: a report may describe a company it is about.
    assert scraper.extract(html, url="https://news.example.org/2024/bridge.html").paragraphs == [*PARAGRAPHS, note]


def test_a_malformed_address_names_no_company() -> None:
    # urlsplit refuses an unclosed IPv6 bracket: the page is read as from no host.
    html = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article></body></html>"
    assert scraper.extract(html.encode(), url="http://[x").paragraphs == PARAGRAPHS
