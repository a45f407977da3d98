"""Class-blind pages: every class and id name of a page replaced by an opaque token.

Real pages often carry names that say nothing (`c7f2a`, hashed CSS-module names, `div1`), so a reading that
leans on names such as `comment`, `related` or `xiangguan` does worse there than on pages whose names say
what each block is. `blind()` rewrites a page's bytes so that no extractor can read a name any more while
the structure stays: the same name always becomes the same token within the page (blocks that repeat keep
repeating), a class list keeps its number of names, and every other byte is left as it was.

The rewrite works on the bytes as Latin-1, so the page keeps its encoding and its charset label: in UTF-8,
GBK/GB18030 and Big5 the bytes of `<`, `>`, `=` and the quotes never occur inside a multi-byte character, so
a tag is found where the page has one. Tokens are `k` and digits: no letter run of a token spells a word a
name-reading heuristic could match (`ad`, `nav`, `side`).
"""

from __future__ import annotations

import hashlib
import re

# A start tag: its name, then anything up to `>` with quoted values (which may hold `>`) read whole.
_TAG = re.compile(r"""<[A-Za-z][^\s/>"']*(?:[^>"']|"[^"]*"|'[^']*')*>""")
# One attribute inside a tag, value and all, so that text inside a value is never read as an attribute.
_ATTRIBUTE = re.compile(r"""([^\s"'>/=]+)(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'>]+)?""")
_NAMED = frozenset({"class", "id"})


def token(name: str) -> str:
    """The opaque token of one class or id name: the same name gives the same token."""
    digest = hashlib.blake2s(name.encode("latin-1"), digest_size=4).digest()
    return f"k{int.from_bytes(digest, 'big')}"


def _blind_value(name: str, value: str) -> str:
    quote = value[0] if value[:1] in {'"', "'"} else ""
    inner = value[1:-1] if quote else value
    if name == "id":
        blinded = token(inner.strip()) if inner.strip() else inner
    else:  # a class list: each name its own token, the separators kept
        blinded = re.sub(r"[^\s]+", lambda m: token(m.group(0)), inner)
    return f"{quote}{blinded}{quote}"


def _blind_attribute(match: re.Match[str]) -> str:
    name, equals, value = match.group(1), match.group(2), match.group(3)
    if value is None or name.lower() not in _NAMED:
        return match.group(0)
    return f"{name}{equals}{_blind_value(name.lower(), value)}"


def _blind_tag(match: re.Match[str]) -> str:
    tag = match.group(0)
    head = re.match(r"<[^\s/>\"']+", tag)
    start = head.end() if head else 1
    return tag[:start] + _ATTRIBUTE.sub(_blind_attribute, tag[start:])


def blind(data: bytes) -> bytes:
    """The page with every class and id name replaced by its token, all other bytes unchanged.

    Args:
        data: the page as served (any ASCII-compatible encoding).

    Returns:
        The rewritten page, in the same encoding.
    """
    return _TAG.sub(_blind_tag, data.decode("latin-1")).encode("latin-1")
