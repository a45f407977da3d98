"""Pictures and their captions printed around the article's text, made readable as the article's own lines.

A picture's caption is article text (the gold of every page set counts it), but templates print it in ways the
readings take for something else. A gallery template wraps each picture and its caption in a link to the
full-size picture file, so that a click opens the picture: both readings then see the caption as link text, the
kind a menu or another article's card is made of, and leave it out.
"""

from __future__ import annotations

import re

from .body import caption_of, unlinked
from .layout import squash, text_of
from .tree import Element

# A link whose target is a picture file (the full-size version of the picture it holds), not a page.
_PICTURE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp)(?:[?#]|$)", re.IGNORECASE)


def unlink_picture_zooms(root: Element) -> None:
    """Take the link off every picture that links to a picture file (its own full-size version), keeping what the
    link holds: the picture and its caption are the article's, as they would be without the zoom. A link to a
    page (another article's card, a photo set) stays a link."""
    for link in list(root.iter("a")):
        if _PICTURE_FILE.search(link.get("href") or "") and next(link.iter("img"), None) is not None:
            link.drop_tag()


def picture_captions(container: Element) -> frozenset[str]:
    """The captions of the pictures in `container` that link nowhere (a picture in a link is another page's
    card or an ad, and its text that page's title)."""
    found = set()
    for img in container.iter("img"):
        if unlinked(img) and (caption := caption_of(img)):
            found.add(caption)
    return frozenset(found)


# A cross-head stands among the article's paragraphs: its block holds this many <p> of its own at least; a
# module's heading (文字直播回顾 over a list) heads a box of no paragraphs.
_HEAD_SIBLINGS = 2


def cross_heads(container: Element) -> frozenset[str]:
    """The texts of the heading elements (h2-h6) in `container` that stand among paragraphs: where its article
    prints its cross-heads."""
    return frozenset(
        squash(text_of(node)) for node in container.iter("h2", "h3", "h4", "h5", "h6")
        if (parent := node.getparent()) is not None and len(parent.findall("p")) >= _HEAD_SIBLINGS
    )


def with_captions(reading: list[str], density: list[str], captions: frozenset[str], *, inside: bool = False) -> list[str]:
    """trafilatura's `reading` with the pictures' captions it left out, where the density reading prints them.

    trafilatura drops a short line between pictures (a caption printed as a centred paragraph of its own), while
    the density reading keeps it in its place. When trafilatura's reading is chosen, a density line that is one
    of the container's `captions` and that trafilatura's text lacks goes back in before the next density line
    trafilatura prints as it is. A caption after the last such line stays out: past the article's end, the two
    readings no longer say where the article stops. With `inside`, a line goes back only after a line the
    reading holds too: a cross-head is among the article's paragraphs, never above its first.
    """
    text = "\n".join(reading)
    held = set(reading)
    out = list(reading)
    for index, line in enumerate(density):
        if line not in captions or line in text:
            continue
        following = next((later for later in density[index + 1:] if later in held), None)
        if inside and not any(earlier in held for earlier in density[:index]):
            continue
        if following is not None:
            out.insert(out.index(following), line)
    return out
