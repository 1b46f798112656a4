"""Markdown text as plain text, for places that show words rather than markup (chart labels).

marko renders the inline markup (emphasis, code, links, autolinks, raw HTML) to HTML; the HTML
parser of the standard library then keeps only the text, with entities decoded. Nothing is
evaluated and no tag survives.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import marko

__all__ = ["plain_text"]

_MD = marko.Markdown()
_BLOCK_START = re.compile(r"^([ \t]*)(#|>|[*+=-](?=\s|$))", re.MULTILINE)
_ORDERED = re.compile(r"^([ \t]*\d+)([.)])(?=\s|$)", re.MULTILINE)


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "p", "li", "tr"):
            self.parts.append(" ")
        if tag == "img":  # an image stands for its alt text
            self.parts.append(next((v or "" for k, v in attrs if k == "alt"), ""))


def plain_text(markdown: str) -> str:
    """The words of a Markdown fragment on one line: markup, tags and URLs of links removed."""
    # Only inline markup is meant: a leading "#", "-", ">" or "1." stays a character rather
    # than becoming a heading, list or quote.
    inline = _ORDERED.sub(r"\1\\\2", _BLOCK_START.sub(r"\1\\\2", markdown))
    parser = _TextOnly()
    parser.feed(_MD.convert(inline))
    parser.close()
    return re.sub(r"\s+", " ", "".join(parser.parts)).strip()
