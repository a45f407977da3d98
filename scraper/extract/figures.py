"""Pictures and their captions printed around the article's text, made readable as the article's own lines.

A picture's caption is article text (the gold of every page set counts it), but templates print it in ways the
readings take for something else. A gallery template wraps each picture and its caption in a link to the
full-size picture file, so that a click opens the picture: both readings then see the caption as link text, the
kind a menu or another article's card is made of, and leave it out.
"""

from __future__ import annotations

import re

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
