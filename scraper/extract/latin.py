"""trafilatura's reading of a page not read as Chinese -> its lines without the page chrome it kept.

Pages in English and the other languages written with spaces between words (the generic path's non-Chinese
branch, generic.py) are read by trafilatura alone. What it keeps that is no body is removed here by classes
told by their shape, never by one page's words:

- the headline: the article's title printed again above its first paragraph (the title is a field of its own);
- blocks of links to other pages: a read-more line ("Related: <headline>") and the bulleted links under it, a
  short heading over a list of headlines;
- calls to action and notices in a line of their own: to click, sign up for a newsletter, subscribe at a
  price, follow an account, join after "if you enjoyed this article", to comment, and a comment policy;
- a short heading over one of those blocks;
- captions that repeat an image's alt text (the picture's own words, printed under it);
- the dek: the page's description printed as a subheading under the headline;
- the metadata rows above the article's first sentence (a date or time, a reading time, tag links), and a
  line of tag links;
- a comment thread under the article: its count heading and what follows, where its comments print their stamps
  (their age, their votes);
- a press release's closing note on the company that issued it, opening on the company's name as the site's host
  gives it ("Ascom is a global solutions provider…"): the issuer's standing description under every release.
"""

from __future__ import annotations

import re

from lxml import etree

from .layout import text_of
from .line_kinds import link_share, page_link_texts
from .meta import descriptions
from .tokens import tokens
from .tree import Element
from .urls import site_of

__all__ = ["headline_similarity", "is_call_to_action", "without_chrome", "without_company_note", "without_headline"]

# A line is the headline printed again when each of it and the title is at least this similar to the other
# (readability's `_headerDuplicatesTitle` drops an h1/h2 at 0.75 one way; both ways keeps a kicker such as
# "Review" that is made of the title's words but is not the title).
HEADLINE_SIMILARITY = 0.75
# The headline is looked for among this many first lines of the reading.
LEADING_LINES = 4


def headline_similarity(reference: str, line: str) -> float:
    """How much of `line` is made of `reference`'s words: 1 minus the share of its text, by characters, in
    tokens that `reference` does not hold (readability's `_textSimilarity`), case and punctuation folded."""
    known = set(tokens(reference))
    words = tokens(line)
    if not known or not words:
        return 0.0
    new = " ".join(word for word in words if word not in known)
    return 1 - len(new) / len(" ".join(words))


def _is_headline(line: str, title: str) -> bool:
    """Whether `line` is the title printed again (case, quotes and small wording aside)."""
    return (
        headline_similarity(title, line) > HEADLINE_SIMILARITY
        and headline_similarity(line, title) > HEADLINE_SIMILARITY
    )


def without_headline(lines: list[str], title: str | None) -> list[str]:
    """`lines` without the title printed again at their head, nor what trafilatura read above it.

    The headline opens the article: a line before it (a kicker, a category, a teaser of another article
    from a block above the headline) is not the article's. Only the first occurrence within the leading
    lines counts (see LEADING_LINES); a later line that repeats the headline is the article's own.
    """
    if not title:
        return lines
    for index, line in enumerate(lines[:LEADING_LINES]):
        if _is_headline(line, title):
            return lines[index + 1 :]
    return lines


# A line is a link's text when at least this share of its characters is.
LINK_LINE = 0.8
# A heading over a list of links is a few words, without a sentence's closing mark.
_HEADING_WORDS = 6
# A list of links is at least this many lines; a headline has at least this many words.
_LINK_ITEMS = 2
_HEADLINE_WORDS = 4
_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$")
_SENTENCE_END = re.compile(r"[.!?。！？]['’\"”)]?$")
_BULLET = re.compile(r"^[-–•·*▪►]\s*")
# A tag in brackets after a link names the kind of page it leads to: "<headline> [VIDEO]".
_TAG = re.compile(r"\s*\[[^\]]{1,16}\]\W*$")
# A label of up to four words before a colon, then the rest of the line, the whole maybe in brackets:
# "Related: <link>", "SEE MORE: <link>", "(Read also: <link>)".
_LABELLED = re.compile(r"^[(\[]?\s*[^\W\d_][^\s:：]*(?:\s+[^\s:：]+){0,3}\s*[:：]\s*(?P<rest>.+?)\s*[)\]]?$")


def without_chrome(lines: list[str], title: str | None, root: Element) -> list[str]:
    """trafilatura's reading of a page not read as Chinese, without the headline, the blocks of links, the
    calls to action and the captions, and a short heading over a block that went: it heads nothing of the
    article.

    `root` is the page trafilatura read (it reads a copy): the page's link texts and image alt texts.
    """
    lines = without_headline(lines, title)
    lines = lines[: _comments_start(lines)]
    captions = _image_alt_keys(root)
    links = page_link_texts(root)
    dropped = _link_block_lines(lines, links) | _leading_metadata(lines, links)
    dropped.update(
        n for n, line in enumerate(lines)
        if is_call_to_action(line) or _key(line) in captions or _is_tag_list(line, links)
    )
    first = next((n for n in range(len(lines)) if n not in dropped), None)
    if first is not None and _is_dek(lines[first], root):
        dropped.add(first)
    for index in sorted(dropped):
        if index > 0 and index - 1 not in dropped and _is_heading(lines[index - 1]):
            dropped.add(index - 1)
    return [line for index, line in enumerate(lines) if index not in dropped]


# A company described by its name and a copula, as a press release's closing note opens ("Ascom is a global…",
# "Acme is one of the leading…").
_DESCRIBED = re.compile(r"(?:is|are)\s+(?:a|an|the|one of)\s", re.IGNORECASE)
# The note closes the release: it is looked for among this many last lines, never in the first one.
_CLOSING_LINES = 3
# A host's name shorter than this is no company's name to match (a country code, "t", "on").
_NAME_CHARS = 3


def without_company_note(lines: list[str], url: str | None) -> list[str]:
    """`lines` without a press release's closing note on the company that issued it: from the first of the last
    `_CLOSING_LINES` lines (never the first line) that opens on the host's name and describes it ("Ascom is a
    global solutions provider…" on ascom.com); the company's boilerplate, not the release."""
    # The registrable domain's first label (ascom.com, ascom.co.uk): none for no or a malformed address.
    name = (site_of(url) or "").partition(".")[0]
    if len(name) < _NAME_CHARS:
        return lines
    for index in range(max(1, len(lines) - _CLOSING_LINES), len(lines)):
        first, _, rest = lines[index].partition(" ")
        if first.rstrip(",").lower() == name and _DESCRIBED.match(rest):
            return lines[:index]
    return lines


# A comment thread under the article, where the page's class names no longer tell it (trafilatura leaves comments out
# by them): its count heading ("[ 167 comments ]", "Comments (12)") and, after it, the stamps each comment prints (its
# age, "2 days ago at 07:47 am"; its votes, "Rating: 25 Votes").
_COMMENT_COUNT = re.compile(r"^\W*(?:\d+\s+comments?|comments?\s*\(\d+\))\W*$", re.IGNORECASE)
_COMMENT_STAMP = re.compile(
    r"^(?:\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b|rating:\s*[+-]?\d+\s+votes?$)",
    re.IGNORECASE,
)
_COMMENT_STAMPS = 2


def _comments_start(lines: list[str]) -> int:
    """Where a comment thread under the article starts: a count heading that at least _COMMENT_STAMPS comment
    stamps follow; len(lines) when none does."""
    stamps = [bool(_COMMENT_STAMP.match(line)) for line in lines]
    after = sum(stamps)  # the stamps after the line looked at, counted down as the walk passes them
    for index, line in enumerate(lines):
        after -= stamps[index]
        if after >= _COMMENT_STAMPS and _COMMENT_COUNT.match(line):
            return index
    return len(lines)


# An image's alt text of fewer words is a label ("Keyboard"), which a subheading can equal.
CAPTION_WORDS = 3
_NON_WORD = re.compile(r"[\W_]+")


def _key(text: str) -> str:
    """`text` case-folded, without spaces and punctuation."""
    return _NON_WORD.sub("", text.casefold())


def _image_alt_keys(root: Element) -> frozenset[str]:
    """The alt texts (as `_key`s) of the page's images that are CAPTION_WORDS words or longer: a line that
    repeats one is the caption printed under the picture, not the article's text."""
    alts = (image.get("alt") or "" for image in root.iter("img"))
    return frozenset(_key(alt) for alt in alts if len(alt.split()) >= CAPTION_WORDS)


def _is_heading(line: str) -> bool:
    """A few words without a sentence's closing mark."""
    return len(line.split()) <= _HEADING_WORDS and not _SENTENCE_END.search(line)


def _link_block_lines(lines: list[str], links: frozenset[str]) -> set[int]:
    """The indices of the lines in blocks that point to other pages: a read-more line (a short label, then a
    link's text: "Related: <headline>", "Listen: <address>") with the bulleted links under it, a bulleted
    list of two or more links, and a short heading over two or more lines that are each a link's text
    ("Don't miss", then three headlines).

    A single link line between paragraphs stays: a list's item or a subheading can be a link.
    """
    found: set[int] = set()
    index = 0
    while index < len(lines):
        end = _link_block_end(lines, index, links)
        found.update(range(index, end))
        index = max(end, index + 1)
    return found


def _link_block_end(lines: list[str], start: int, links: frozenset[str]) -> int:
    """The index after the block of links that opens at `start`, or `start` when none does."""
    line = lines[start]
    labelled = _LABELLED.match(line)
    if labelled and _points_away(labelled["rest"], links):
        return _link_run_end(lines, start + 1, links, bulleted=True)
    if _BULLET.match(line):
        end = _link_run_end(lines, start, links, bulleted=True)
        return end if end - start >= _LINK_ITEMS else start
    if _is_heading(line):
        end = _link_run_end(lines, start + 1, links, bulleted=False)
        if end - start > _LINK_ITEMS:
            return end
    return start


def _points_away(rest: str, links: frozenset[str]) -> bool:
    """Whether the rest of a labelled line is another page's headline or address, as a link's text: a
    headline has a few words (a name after a label, "Our partner: Acme Systems", is a subheading)."""
    if link_share(rest, links) < LINK_LINE:
        return False
    return len(rest.split()) >= _HEADLINE_WORDS or bool(_ADDRESS.match(rest))


def _link_run_end(lines: list[str], start: int, links: frozenset[str], *, bulleted: bool) -> int:
    """The index after the run of link lines from `start` (only bulleted ones when `bulleted`)."""
    end = start
    while end < len(lines) and (not bulleted or _BULLET.match(lines[end])):
        if link_share(_TAG.sub("", _BULLET.sub("", lines[end])), links) < LINK_LINE:
            break
        end += 1
    return end


# A line longer than this is an article's paragraph even when it holds a call's words; a call that opens
# its line (an offer, a plea after "if you enjoyed this article") may run longer.
CALL_CHARS = 320
OPENING_CALL_CHARS = 600
# Each alternative is a kind of call the site makes to its reader, in the words any site uses for it.
_CALL_TO_ACTION = re.compile(
    r"\bclick(?:ing)? here\b"
    r"|\b(?:sign(?:ing)? up|subscribe)\b.{0,60}\bnewsletters?\b|\bnewsletters?\b.{0,60}\b(?:sign(?:ing)? up|subscribe)\b"
    r"|\bfollow (?:us|him|her|me|them)\b.{0,30}(?:twitter|facebook|instagram|linkedin|@\w)"
    # a comment area's moderation policy (comments … moderated, comentários … moderador, commenti … moderati)
    r"|\bcomm?ent\w*\b.{0,160}\bmodera[tdç]",
    re.IGNORECASE,
)
_OPENING_CALL = re.compile(
    # an offer: get, subscribe, join … a subscription, a membership, a newsletter
    r"^(?:get|subscribe|sign up|join|become)\b.{0,80}\b(?:subscri\w*|membership|members|newsletters?)\b"
    r"|^if you (?:enjoy(?:ed)?|liked?|valued?|appreciated?) (?:this|our|the) (?:article|story|post|piece|journalism|reporting)"
    # a comment area's prompt and count
    r"|^tell us what you think|^(?:leave|post|add|write) a (?:comment|reply)\b|^\d*\s*comments?$",
    re.IGNORECASE,
)


def is_call_to_action(line: str) -> bool:
    """Whether `line` is the site calling on its reader (click, sign up, subscribe, follow, join, comment)."""
    if len(line) <= CALL_CHARS and _CALL_TO_ACTION.search(line):
        return True
    return len(line) <= OPENING_CALL_CHARS and bool(_OPENING_CALL.match(line))


# A date (05/10/2018, 2018-08-25, November 18, 2019, 18 Nov 2019, 22 de outubro de 2010) or a time of day.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATE = re.compile(
    r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}:\d{2}\b"
    rf"|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}\b"
    r"|\b\d{1,2}\s+de\s+\w+\s+de\s+\d{4}\b",
    re.IGNORECASE,
)
# A label and a count ("Reading time: 4 min").
_COUNT_ROW = re.compile(r"^[^\d:]{2,30}:\s*\d+\s*\w+\.?$")
# Above the first sentence a metadata row is this many words at most; a line of this many is the first
# paragraph, and a link of this many words or fewer is a tag or a category.
_ROW_WORDS = 16
_PROSE_WORDS = 10
_TAG_WORDS = 3
# Tags printed in one line: this many items or more between commas or bars, each a link's text.
_TAG_ITEMS = 3
_TAG_SEPARATOR = re.compile(r"\s*[,|]\s*")


def _leading_metadata(lines: list[str], links: frozenset[str]) -> set[int]:
    """The indices of the metadata rows above the article's first sentence: a short line holding a date or a
    time (the dateline and byline row), a label and a count (a reading time), a tag or category link."""
    found: set[int] = set()
    for index, line in enumerate(lines):
        if _is_metadata_row(line, links, lines[index + 1] if index + 1 < len(lines) else ""):
            found.add(index)
        elif len(line.split()) >= _PROSE_WORDS or _SENTENCE_END.search(line):
            break
    return found


def _is_metadata_row(line: str, links: frozenset[str], following: str) -> bool:
    """Whether `line`, above the first sentence, is a date row, a count row or a tag link. A link that the
    next line continues in lower case is the first words of a sentence broken at the link."""
    words = len(line.split())
    if words <= _ROW_WORDS and not _SENTENCE_END.search(line) and _DATE.search(line):
        return True
    if _COUNT_ROW.match(line):
        return True
    return words <= _TAG_WORDS and link_share(line, links) >= LINK_LINE and not following[:1].islower()


def _is_tag_list(line: str, links: frozenset[str]) -> bool:
    """Whether `line` is a list of tags: items between commas or bars, each a link's text."""
    items = [item for item in _TAG_SEPARATOR.split(line) if item]
    return len(items) >= _TAG_ITEMS and all(link_share(item, links) >= LINK_LINE for item in items)


_SUBHEADINGS = etree.XPath("//h2 | //h3 | //h4 | //h5 | //h6")


def _is_dek(line: str, root: Element) -> bool:
    """Whether the article's first line is its dek: the page's description, printed as a subheading (h2-h6)
    under the headline. A first paragraph that the description repeats is a <p> of the article, and stays."""
    key = _key(line)
    if not key or key not in {_key(text) for text in descriptions(root)}:
        return False
    return any(_key(text_of(heading)) == key for heading in _SUBHEADINGS(root))
