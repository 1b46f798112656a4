"""Source text bookkeeping: normalisation, offsets back to the original, line numbers.

marko folds ``\\r\\n``, ``\\r`` and ``\\f`` to ``\\n`` and NUL to U+FFFD before it records spans, so
all spans are offsets into that normalised text. Only ``\\r\\n`` changes lengths, so mapping an
offset back to the original needs just the sorted positions where a ``\\r\\n`` was folded.
"""

from __future__ import annotations

import bisect
import re
from array import array

#: A CommonMark list item's marker: a bullet, or up to nine digits closed by "." or ")". One
#: spelling for the block reader, the field and timeline readers and the writer, so that what
#: one reads as an item the others do too.
LIST_MARKER = r"(?:[-*+]|\d{1,9}[.)])"

_BOM = "\ufeff"
_NEWLINES = re.compile(r"\r\n|\r|\n")


class SourceText:
    """The original text of a report, its normalised form, and offset/line conversions."""

    __slots__ = ("_line_starts", "bom", "crlf", "newline", "original", "text")

    def __init__(self, original: str) -> None:
        self.original = original
        self.bom = original.startswith(_BOM)
        body = original[1:] if self.bom else original
        if "\r" in body:
            # Positions (in normalised text) of each "\n" that was a "\r\n".
            self.crlf = [m.start() - i for i, m in enumerate(re.finditer(r"\r\n", body))]
            norm = body.replace("\r\n", "\n").replace("\r", "\n")
        else:
            self.crlf = []
            norm = body
        if "\f" in norm or "\x00" in norm:
            norm = norm.replace("\f", "\n").replace("\x00", "\ufffd")
        self.text = norm
        self.newline = _dominant_newline(body)
        self._line_starts: array[int] | None = None

    def to_original(self, offset: int) -> int:
        """The offset in the original text of an offset into the normalised text."""
        extra = bisect.bisect_left(self.crlf, offset) if self.crlf else 0
        return offset + extra + (1 if self.bom else 0)

    def line_of(self, offset: int) -> int:
        """1-based line number of a normalised offset."""
        if self._line_starts is None:
            # An array of machine ints: a tenth of the memory of a list of int objects.
            starts = array("i", [0])  # 4 bytes: texts are under 20 million characters
            starts.extend(m.end() for m in re.finditer("\n", self.text))
            self._line_starts = starts
        return bisect.bisect_right(self._line_starts, offset)

    def newline_at(self, offset: int) -> str:
        """The line ending used by the line that holds ``offset`` (the dominant one if none)."""
        end = self.text.find("\n", offset)
        if end < 0:
            return self.newline
        orig = self.to_original(end)
        return "\r\n" if self.original.startswith("\r\n", orig) else "\n"


def _dominant_newline(text: str) -> str:
    counts = {"\n": 0, "\r\n": 0, "\r": 0}
    for m in _NEWLINES.finditer(text, 0, min(len(text), 65536)):
        counts[m.group()] += 1
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] else "\n"
