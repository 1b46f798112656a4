"""The bridge from marko's tree to flat, span-carrying blocks (the only marko-aware parse code).

Everything after this module works on :class:`Block` values: a kind, an absolute span in the
normalised text, and for lists and tables the spans of their items, rows and cells.
"""

from __future__ import annotations

import re
import sys
from array import array
from collections.abc import Sequence
from typing import Any

from attrs import define
from marko import block as mb
from marko.ext import gfm as mgfm
from marko.ext.gfm import elements as ge
from marko.source import Source

_MD = mgfm.gfm
_MD._setup_extensions()
_PARSER = _MD.parser


class _Source(Source):
    """marko's source reader without its per-line cache.

    marko memoises ``match_prefix`` on ``(prefix, line)`` in a process-wide LRU cache, which
    keeps copies of the last 128 lines of whatever was parsed: on a small report that cache
    alone weighed five times the report. Matching a prefix is cheap, and at the top level
    (empty prefix) it is free.
    """

    @staticmethod
    def match_prefix(prefix: str, line: str) -> int:  # type: ignore[override]
        return _marko_match_prefix(prefix, line) if prefix else 0


#: marko's own prefix matcher, without the cache around it.
_marko_match_prefix: Any = Source.match_prefix.__wrapped__


def _parse_block_structure(text: str) -> Any:
    """marko's block parse without its inline pass.

    Everything here works on block structure and source spans; marko's inline elements (one
    object per word run, emphasis, link) were three quarters of the peak memory and a third of
    the time, and nothing read them.
    """
    source = _Source(text)
    source.parser = _PARSER
    doc = _PARSER.block_elements["Document"]()
    doc.source_span = (0, len(source._buffer))
    with source.under_state(doc):
        doc.children = _PARSER.parse_source(source)
    return doc


@define(slots=True)
class Item:
    """A list item: its whole span, the span of its text after the marker, and its checkbox."""

    span: tuple[int, int]
    body: tuple[int, int]
    checked: bool | None = None
    box: tuple[int, int] | None = None
    marker: str = "-"


#: Offsets stored per list item, in order: see :meth:`Block.items`.
_ITEM_WIDTH = 6


class Block:
    """One block-level element with absolute offsets into the normalised text.

    Blank lines are not blocks. A list's items and a table's cells are packed into arrays of
    machine ints and turned into :class:`Item` values and span tuples when asked for; the end
    and the heading title are kept as offsets from the start, which Python shares when small.
    A report has many blocks: as tuples of ints they weighed ten times the text they cover.
    """

    __slots__ = ("_extra", "_length", "_packed", "_te", "_ts", "kind", "level", "ordered", "start")

    def __init__(
        self,
        kind: str,
        start: int,
        end: int,
        level: int = 0,
        title: tuple[int, int] | None = None,
        ordered: bool = False,
        packed: array[int] | None = None,
        extra: tuple[Any, ...] = (),
    ) -> None:
        self.kind = kind  # heading, paragraph, list, table, code, html, quote, rule, other
        self.start = start
        self._length = end - start
        self.level = level
        # The title's offsets from the start; -1 when there is none.
        self._ts, self._te = (-1, -1) if title is None else (title[0] - start, title[1] - start)
        self.ordered = ordered
        #: list: ``_ITEM_WIDTH`` offsets per item; table: each row's start and end, then its
        #: cells' starts and ends.
        self._packed = packed
        #: list: each item's marker; table: the number of cells in each row.
        self._extra = extra

    def _key(self) -> tuple[Any, ...]:
        return (self.kind, self.start, self._length, self.level, self._ts, self._te,
                self.ordered, self._packed, self._extra)  # fmt: skip

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Block) and self._key() == other._key()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Block({self.kind!r}, {self.start}, {self.end})"

    @property
    def end(self) -> int:
        """Where the block ends."""
        return self.start + self._length

    @property
    def span(self) -> tuple[int, int]:
        """Where the block starts and ends."""
        return self.start, self.start + self._length

    @property
    def title(self) -> tuple[int, int] | None:
        """A heading's title span."""
        if self._ts < 0:
            return None
        return self.start + self._ts, self.start + self._te

    @property
    def items(self) -> list[Item]:
        """A list's items (empty for other blocks), built on each access: read it once a pass."""
        p = self._packed
        if p is None or self.kind != "list":
            return []
        s = self.start
        markers = self._extra
        out = []
        for k, i in enumerate(range(0, len(p), _ITEM_WIDTH)):
            box = p[i + 4] - 1
            out.append(Item((s + p[i], s + p[i + 1]), (s + p[i + 2], s + p[i + 3]),
                            None if box < 0 else p[i + 5] == 1,
                            None if box < 0 else (s + box, s + box + 1),
                            markers[k] if len(markers) > 1 else markers[0]))  # fmt: skip
        return out

    def rows(self) -> list[tuple[tuple[int, int], list[tuple[int, int]]]]:
        """A table's rows, each its span and the spans of its cells (empty for other blocks).

        Built from the packed offsets on each call: call it once per pass over the table.
        """
        p = self._packed
        if p is None or self.kind != "table":
            return []
        s = self.start
        out = []
        i = 0
        for n in self._extra:
            cells = [(s + p[j], s + p[j + 1]) for j in range(i + 2, i + 2 + 2 * n, 2)]
            out.append(((s + p[i], s + p[i + 1]), cells))
            i += 2 + 2 * n
        return out


def list_block(span: tuple[int, int], items: Sequence[Item], ordered: bool) -> Block:
    """A list block holding ``items``."""
    s = span[0]
    flat: list[int] = []
    for it in items:
        box = it.box[0] - s + 1 if it.box is not None else 0
        flat += (it.span[0] - s, it.span[1] - s, it.body[0] - s, it.body[1] - s, box,
                 1 if it.checked else 0)  # fmt: skip
    markers = {it.marker for it in items}
    # One marker for a list whose items share it (every bullet list), else one per item.
    extra = tuple(
        sys.intern(m) for m in (markers if len(markers) == 1 else (it.marker for it in items))
    )
    return Block("list", *span, ordered=ordered, packed=_pack(flat), extra=extra)


def _pack(offsets: list[int]) -> array[int]:
    """Offsets from a block's start, 2 bytes each where they fit (most blocks), else 4."""
    return array("H" if max(offsets, default=0) < 65536 else "I", offsets)


_ITEM_HEAD = re.compile(
    r"[ \t]*(?P<m>[-*+]|\d{1,9}[.)])(?:[ \t]+|(?=\n)|$)(?P<box>\[[ xX]\][ \t]+)?"
)


#: Lines where a chunk may end: an ATX heading or a list item with text, at the left margin.
#: Either closes every open paragraph, quote and table (and a list, or the item before), so
#: unless a code fence, an HTML block or a link definition runs on over it, the text before
#: it parses the same on its own.
_CUT_LINE = re.compile(r"^(?:#{1,6}(?:[ \t]|$)|(?:[-*+]|\d{1,9}[.)])[ \t]+\S)", re.MULTILINE)
#: Chunks are about a sixteenth of the text, and no smaller than this many characters: small
#: enough that one chunk's marko tree weighs little next to the text, large enough that the
#: line each chunk parses twice (below) costs nothing measurable.
_MIN_CHUNK = 256
_CHUNKS = 16


def parse_blocks(text: str, start: int, end: int) -> list[Block]:
    """Parse ``text[start:end]`` with marko (GFM) and return its top-level blocks.

    The text is parsed a chunk at a time, so that only one chunk's marko tree is alive at once
    (a tree weighs 5-38 times its text). A chunk ends before a heading or list item line at
    the left margin, and is parsed together with that line to see what it is: a block of its
    own (the chunk's blocks are final), or the next item of the chunk's last list (the list
    is carried on into the next chunk). Anything else (an open code fence or HTML block, a
    paragraph going on) and the chunk is parsed again with twice the text. The result is
    exactly marko's parse of the whole span (tests compare the two) and the work stays
    linear in its size.
    """
    step = max(_MIN_CHUNK, (end - start) // _CHUNKS)
    cuts = [m.start() for m in _CUT_LINE.finditer(text, start, end) if m.start() > start]
    cuts.append(end)
    out: list[Block] = []
    pos = start
    i = 0
    # The items of a list that goes on into the next chunk, its start, and whether it is
    # ordered: the block is made once the list ends, not once per chunk.
    pending: list[Item] = []
    p_start = 0
    p_ordered = False
    while pos < end:
        reach = pos + step
        while True:
            while cuts[i] < end and (cuts[i] <= pos or cuts[i] < reach):
                i += 1
            cut = cuts[i]
            if cut == end:
                blocks = _parse_chunk(text, pos, end)
                how = ""
                break
            nl = text.find("\n", cut, end)
            blocks = _parse_chunk(text, pos, nl + 1 if nl >= 0 else end)
            how = _boundary(text, blocks, pos, cut)
            if how:
                break
            reach = pos + 2 * (cut - pos)
        tail = blocks.pop() if how == "item" else None  # its last item is the next chunk's
        if how == "block":
            blocks.pop()
        if pending:
            head = blocks[0] if blocks else tail
            if head is not None and head.kind == "list" and head.start == pos:
                if head is tail:  # the whole chunk is more of the same list
                    pending += tail.items[:-1]
                    pos = cut
                    continue
                blocks[0] = list_block((p_start, head.end), pending + head.items, p_ordered)
            else:
                out.append(list_block((p_start, pos), pending, p_ordered))
            pending = []
        out.extend(blocks)
        if tail is not None:
            pending, p_start, p_ordered = tail.items[:-1], tail.start, tail.ordered
        pos = cut
    return out


def _boundary(text: str, blocks: list[Block], start: int, cut: int) -> str:
    """What the line at ``cut`` is, parsed after ``text[start:cut]``.

    "block": a block of its own; "item": the next item of the last list; "": neither, or
    the text before it may hold a link definition, which marko reads across any line.
    """
    if not blocks or _LINK_DEF.search(text, start, cut) is not None:
        return ""
    last = blocks[-1]
    if last.start == cut:
        return "block"
    if last.kind == "list" and last.start < cut:
        items = last.items
        if items and items[-1].span[0] == cut:
            return "item"
    return ""


#: A line that may open a link definition ("[label]: /url 'title'"), at any depth of lists and
#: quotes: a "[" first, not closed on the line by a "]" without a ":" after it. marko reads a
#: definition's label and title across any line, heading lines included, and only the text
#: after the heading tells whether it does.
_LINK_DEF = re.compile(r"^[ \t>*+\-\d.)]*\[(?![^\[\]\\\n]*\](?!:))", re.MULTILINE)


def _parse_chunk(text: str, start: int, end: int) -> list[Block]:
    doc = _parse_block_structure(text[start:end])
    out: list[Block] = []
    for el in doc.children:
        b = _convert(el, text, start)
        if b is None:
            continue
        if b.kind == "paragraph":
            cut = _table_start(text, b.span)
            if cut is not None:
                # GitHub lets a table interrupt a paragraph; CommonMark (marko) does not.
                out.append(Block("paragraph", b.start, cut))
                out.extend(parse_blocks(text, cut, b.span[1]))
                continue
        out.append(b)
    return out


_DELIM_ROW = re.compile(
    r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$|"
    r"[ \t]*\|[ \t]*:?-+:?[ \t]*\|[ \t]*$"
)


def _table_start(text: str, span: tuple[int, int]) -> int | None:
    """Offset of a table header line inside a paragraph, if a delimiter row follows it."""
    s, e = span
    if text.find("|", s, e) < 0:
        return None
    lines = []
    pos = s
    while pos < e:
        nl = text.find("\n", pos, e)
        end = nl if nl >= 0 else e
        lines.append((pos, end))
        pos = end + 1
    for i in range(1, len(lines) - 1):
        hs, he = lines[i]
        ds, de = lines[i + 1]
        if "|" in text[hs:he] and _DELIM_ROW.fullmatch(text, ds, de):
            return hs
    return None


def _span(el: Any, base: int) -> tuple[int, int] | None:
    sp = getattr(el, "source_span", None)
    if sp is None:
        return None
    return sp[0] + base, sp[1] + base


def _convert(el: Any, text: str, base: int) -> Block | None:
    sp = _span(el, base)
    if sp is None:
        return None
    if isinstance(el, mb.BlankLine):
        return None
    if isinstance(el, (mb.Heading, mb.SetextHeading)):
        return Block("heading", *sp, level=el.level, title=_heading_title(el, text, sp))
    if isinstance(el, ge.Table):
        return _table(el, text, base, sp)
    if isinstance(el, mb.List):
        return _list(el, text, base, sp)
    if isinstance(el, mb.Paragraph):
        return Block("paragraph", *sp)
    if isinstance(el, (mb.FencedCode, mb.CodeBlock)):
        return Block("code", *sp)
    if isinstance(el, mb.HTMLBlock):
        return Block("html", *sp)
    if isinstance(el, mb.Quote):
        return Block("quote", *sp)
    if isinstance(el, mb.ThematicBreak):
        return Block("rule", *sp)
    return Block("other", *sp)


def _heading_title(el: Any, text: str, sp: tuple[int, int]) -> tuple[int, int]:
    s, e = sp
    raw = text[s:e]
    if isinstance(el, mb.SetextHeading):
        # Title is everything before the underline line.
        body = raw.rstrip("\n")
        cut = body.rfind("\n")
        s2, e2 = s, s + (cut if cut >= 0 else len(body))
    else:
        m = re.match(r"[ \t]*#{1,6}(?:[ \t]+|$)", raw)
        s2 = s + (m.end() if m else 0)
        line_end = raw.find("\n")
        e2 = s + (line_end if line_end >= 0 else len(raw))
        inner = text[s2:e2]
        closing = re.search(r"(?:^|[ \t]+)#+[ \t]*$", inner)
        if closing:
            e2 = s2 + closing.start()
    while s2 < e2 and text[s2] in " \t":
        s2 += 1
    while e2 > s2 and text[e2 - 1] in " \t\n":
        e2 -= 1
    return s2, e2


def _list(el: Any, text: str, base: int, sp: tuple[int, int]) -> Block:
    items: list[Item] = []
    for child in el.children:
        csp = _span(child, base)
        if csp is None:
            continue
        s, e = csp
        m = _ITEM_HEAD.match(text, s, e)
        body_start = m.end() if m else s
        box = None
        checked = None
        marker = m.group("m") if m else "-"
        if m and m.group("box"):
            bs = m.start("box")
            box = (bs + 1, bs + 2)
            checked = text[bs + 1] in "xX"
        be = e
        while be > body_start and text[be - 1] in " \t\n":
            be -= 1
        items.append(Item(csp, (body_start, be), checked, box, marker))
    return list_block(sp, items, ordered=bool(getattr(el, "ordered", False)))


def unwrap_code(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span inside a cell or value wrapped in one pair of backticks ("`14:15`")."""
    s, e = span
    if e - s >= 2 and text[s] == "`" and text[e - 1] == "`" and text.count("`", s, e) == 2:
        return s + 1, e - 1
    return span


def _table(el: Any, text: str, base: int, sp: tuple[int, int]) -> Block:
    flat: list[int] = []
    widths: list[int] = []
    for row in el.children:
        rsp = _span(row, base)
        cells: list[tuple[int, int]] = []
        for cell in row.children:
            csp = _span(cell, base)
            if csp is None:
                continue
            s, e = csp
            while s < e and text[s] in " \t":
                s += 1
            while e > s and text[e - 1] in " \t":
                e -= 1
            # A cell wrapped in backticks (seed 004) holds its value inside them.
            cells.append(unwrap_code(text, (s, e)))
        if rsp is not None:
            flat += (rsp[0] - sp[0], rsp[1] - sp[0])
            for cs, ce in cells:
                flat += (cs - sp[0], ce - sp[0])
            widths.append(len(cells))
    return Block("table", *sp, packed=_pack(flat), extra=tuple(widths))


_BR = re.compile(r"<br\s*/?>[ \t]*", re.IGNORECASE)


def pieces(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Lines of ``text[s:e]``, also split after each ``<br>`` tag."""
    out: list[tuple[int, int]] = []
    pos = s
    while pos < e:
        nl = text.find("\n", pos, e)
        end = nl if nl >= 0 else e
        start = pos
        for br in _BR.finditer(text, pos, end):
            out.append((start, br.start()))
            start = br.end()
        out.append((start, end))
        pos = end + 1
    return out
