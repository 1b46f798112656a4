"""The bridge from marko's tree to flat, span-carrying blocks (the only marko-aware parse code).

Everything after this module works on :class:`Block` values: a kind, an absolute span in the
normalised text, and for lists and tables the spans of their items, rows and cells.
"""

from __future__ import annotations

import re
import sys
from array import array
from collections.abc import Iterator, Sequence
from types import SimpleNamespace
from typing import Any, overload

from attrs import define
from marko import Markdown
from marko import block as mb
from marko.ext import gfm as mgfm
from marko.ext.gfm import elements as ge
from marko.source import Source

from postmortem._text import LIST_MARKER

# A parser of our own (the GFM elements on marko's base parser), so that nothing here changes
# the process-wide ``marko.ext.gfm.gfm`` object others may use.
_MD = Markdown(extensions=[mgfm.GFM])
_MD._setup_extensions()
_PARSER = _MD.parser

#: marko's own prefix matcher, without the cache around it.
_marko_match_prefix: Any = Source.match_prefix.__wrapped__
#: The patterns marko's reader matches by their source string, compiled once. Bounded: the
#: prefixes of nested containers are built from the text, so a hostile text could make many.
_PATTERNS: dict[str, re.Pattern[str]] = {}
_MAX_PATTERNS = 256
#: The rest of a line with its newline, as marko's reader matches it (greedy and lazy forms).
_LINE = re.compile(r"(?m)[^\n]*$\n?")
_LINE_LAZY = re.compile(r"(?m)[^\n]*?$\n?")
#: marko's pattern for the start of a link definition.
_DEF_PATTERN = mb.LinkRefDef.pattern


def _compiled(pattern: str) -> re.Pattern[str]:
    c = _PATTERNS.get(pattern)
    if c is None:
        if len(_PATTERNS) >= _MAX_PATTERNS:
            _PATTERNS.clear()
        c = _PATTERNS[pattern] = re.compile(pattern)
    return c


class _Source(Source):
    """marko's source reader, made faster and without its per-line cache.

    The same reads as marko's :class:`~marko.source.Source` (a test compares the two on every
    corpus and generated text), with the reader's overheads taken out; it is most of the time
    of a parse:

    - marko memoises ``match_prefix`` on ``(prefix, line)`` in a process-wide LRU cache, which
      keeps copies of the last 128 lines of whatever was parsed: on a small report that cache
      alone weighed five times the report. Here the compiled prefix patterns are cached, never
      lines.
    - At the top level (an empty prefix) a line needs no prefix match, and the line read that
      only feeds it is skipped.
    - A line without tabs needs no tab expansion to turn the match's end into a column.
    - Patterns marko passes as strings are compiled once, not looked up in ``re``'s cache on
      every line.
    - The prefix of the open containers is joined when they change, not on every match.
    """

    def __init__(self, text: str) -> None:
        super().__init__(text)
        #: Where marko tried to read a link definition (the offsets of their "["): the chunked
        #: parse checks those against the whole text.
        self.attempts: list[int] = []
        # The prefix of the state stack, kept until a state is pushed or popped, a line
        # changes a state's prefix, or marko puts back a copy of the stack.
        self._prefix_of: list[Any] | None = None
        self._prefix_str = ""

    @property
    def prefix(self) -> str:
        states = self._states
        if states is not self._prefix_of:
            self._prefix_str = "".join([s._prefix for s in states])
            self._prefix_of = states
        return self._prefix_str

    def push_state(self, element: Any) -> None:
        self._states.append(element)
        self._prefix_of = None

    def pop_state(self) -> Any:
        self._prefix_of = None
        return self._states.pop()

    def _update_prefix(self) -> None:
        super()._update_prefix()
        self._prefix_of = None

    @property
    def _current_pos(self) -> int:
        prefix = self.prefix
        if not prefix:
            return self.pos
        match = _LINE.match(self._buffer, self.pos)
        if match is None:  # pragma: no cover - the pattern matches at any position
            return self.pos
        return self.pos + max(self.match_prefix(prefix, match.group()), 0)

    def _expect_re(self, regexp: re.Pattern[str] | str, pos: int) -> re.Match[str] | None:
        if isinstance(regexp, str):
            regexp = _compiled(regexp)
        return regexp.match(self._buffer, pos)

    @staticmethod
    def match_prefix(prefix: str, line: str) -> int:  # type: ignore[override]
        if not prefix:
            return 0
        if "\t" in line:
            return int(_marko_match_prefix(prefix, line))
        # Without tabs a column is an offset: the match's end is the answer.
        pattern = _compiled(prefix)
        m = pattern.match(line)
        if m is not None:
            return m.end()
        if pattern.match(line.replace("\n", " " * 99 + "\n")):
            return len(line) - 1
        return -1

    def expect_re(self, regexp: re.Pattern[str] | str) -> re.Match[str] | None:
        # The prefix property, inlined: this runs a dozen times a line.
        prefix = self._prefix_str if self._states is self._prefix_of else self.prefix
        prefix_len = 0
        if prefix:
            # The whole line, as marko reads it (and leaves as the match) to match the prefix.
            line = self.match = _LINE.match(self._buffer, self.pos)
            if line is None:  # pragma: no cover - the pattern matches at any position
                return None
            prefix_len = self.match_prefix(prefix, line.group())
            if prefix_len < 0:
                return None
        if regexp.__class__ is str:
            regexp = _PATTERNS.get(regexp) or _compiled(regexp)
        match = regexp.match(self._buffer, self.pos + prefix_len)  # type: ignore[union-attr]
        self.match = match
        if regexp is _DEF_PATTERN and match is not None:
            self.attempts.append(match.start(1))
        return match

    def next_line(self, require_prefix: bool = True) -> str | None:  # type: ignore[override]
        m = self.expect_re(_LINE_LAZY) if require_prefix else _LINE.match(self._buffer, self.pos)
        self.match = m
        return m.group() if m else None


_HTML_START = re.compile(r" {,3}<")


class HTMLBlock(mb.HTMLBlock):
    """marko's HTML block, with one quick look for the "<" every kind starts with.

    marko tries seven patterns in turn at every line start and every line of a paragraph,
    most of them made anew by string formatting each time; on a line without the "<" each
    fails. A fifth of the reader's time went there. Same result and same reader state: the
    seven tries would each have failed the same way.
    """

    override = True

    @classmethod
    def match(cls, source: Any) -> int | bool:
        if source.expect_re(_HTML_START) is None:
            source.context.html_end = None
            return False
        return super().match(source)


class Table(ge.Table):
    """marko's GFM table, with one quick look for the "|" its header row needs.

    marko reads every line that starts a block as a possible table header, splitting it into
    cells, before it checks that the line has a "|" at all. Same result and the same reader
    state (the line read, the anchor set); only the split cells of a line that is no header
    are not kept in ``source.context``, which nothing reads before the next split.
    """

    override = True

    @classmethod
    def match(cls, source: Any) -> Any:
        line = source.next_line()
        if not line or "|" not in line:
            source.anchor()
            return False
        return super().match(source)  # type: ignore[no-untyped-call]

    @classmethod
    def parse(cls, source: Any) -> Any:
        """marko's, trying before each row only the elements that may match it
        (``_candidates``): marko tries every element on every row, though a row starts with
        a "|", which none of them can start with; that was a third of a long table's reading.
        """
        rv: Any = cls(**source.context.table_info)
        table_start = source.context.table_start
        with source.under_state(rv):
            th: Any
            for d, th in zip(rv.delimiters, rv.head.children, strict=False):
                stripped_d = d.strip()
                th.header = True
                if stripped_d[0] == ":" and stripped_d[-1] == ":":
                    th.align = "center"
                elif stripped_d[0] == ":":
                    th.align = "left"
                elif stripped_d[-1] == ":":
                    th.align = "right"
            while not source.exhausted:
                for e in _candidates(source):
                    if issubclass(e, (ge.Table, mb.Paragraph)):
                        continue
                    if e.match(source):
                        break
                else:
                    if ge.TableRow.match(source):
                        rv.children.append(ge.TableRow.parse(source))
                        continue
                break
        rv.source_span = (table_start, source.pos)
        return rv


def _line_start(source: Any) -> tuple[int, int, int] | None:
    """Where the current line's text starts after the open containers' prefix, where its
    first character other than a space is, and where the line ends; None when the line holds
    a tab or the prefix does not match (the cases a caller leaves to marko's full reading).

    Reads the buffer only: nothing of the reader's state changes.
    """
    buf = source._buffer
    pos = source.pos
    eol = buf.find("\n", pos)
    if eol < 0:
        eol = len(buf)
    if buf.find("\t", pos, eol) >= 0:
        return None
    prefix = source._prefix_str if source._states is source._prefix_of else source.prefix
    start = pos
    if prefix:
        n = source.match_prefix(prefix, buf[pos : eol + 1])
        if n < 0:
            return None
        start = pos + n
    i = start
    while i < eol and buf[i] == " ":
        i += 1
    return start, i, eol


#: First characters (after at most three spaces) each element's pattern needs; an element
#: absent from this table is tried on every line.
_NEEDS = {
    "ThematicBreak": "-_*",
    "FencedCode": "`~",
    "Alert": ">",
    "Heading": "#",
    "List": "-*+0123456789",
    "Quote": ">",
    "HTMLBlock": "<",
    "LinkRefDef": "[",
}
#: First characters that may start a line that ends a paragraph (``Paragraph.break_paragraph``):
#: a fence, quote, heading, list item, thematic break or HTML block.
_BREAKS = frozenset("`~>#-*+_<0123456789")


class Paragraph(ge.Paragraph):
    """marko's GFM paragraph, which asks first whether the next line can end it at all.

    On every line of a paragraph marko tries each element that can interrupt one (seven
    patterns, a list item read, an HTML block's seven tries), and in a list or quote does it
    twice for the lazy continuation; nearly every line starts with a letter that none of them
    can start with. Same answer without the tries, and the same reader state (marko's
    ``break_paragraph`` puts back the match it changes).
    """

    override = True

    @classmethod
    def break_paragraph(cls, source: Any, lazy: bool = False) -> bool:
        if source.exhausted:
            return bool(super().break_paragraph(source, lazy))
        at = _line_start(source)
        if at is None:
            buf, pos = source._buffer, source.pos
            eol = buf.find("\n", pos)
            line = buf[pos : eol + 1 if eol >= 0 else len(buf)]
            if "\t" not in line:
                # The prefix does not match: every element's pattern reads after it.
                return False
            return bool(super().break_paragraph(source, lazy))
        _start, first, eol = at
        if first == eol:
            return True  # a blank line
        c = source._buffer[first]
        if c.isdecimal():
            c = "0"  # marko's "\d" is any decimal digit ("\u0661" too)
        if first - _start > 3:
            return False  # indented code does not interrupt a paragraph; nothing else fits
        if c in _BREAKS or c.isspace():
            return bool(super().break_paragraph(source, lazy))
        return False


_PARSER.add_element(HTMLBlock)
_PARSER.add_element(Table)
_PARSER.add_element(Paragraph)
#: The block elements in marko's order (highest priority first): marko sorts them anew for
#: every container it opens, a list item or a quote.
_ELEMENTS: list[Any] = _PARSER._build_block_element_list()
_BY_KEY: dict[tuple[str, bool, bool], list[Any]] = {}
_NEEDED = frozenset("".join(_NEEDS.values()))


def _may_match(name: str, first: str, pipe: bool, code: bool) -> bool:
    """Whether element ``name`` may match a line that is not blank, whose first character
    after the prefix and at most three spaces is ``first`` ("" for none of ``_NEEDED``), with
    a "|" or not, with four spaces in a row or not."""
    need = _NEEDS.get(name)
    if need is not None:
        return first != "" and first in need
    if name == "BlankLine":
        return False
    if name == "Table":
        return pipe
    if name == "CodeBlock":
        return code
    return True


def _candidates(source: Any) -> list[Any]:
    """The elements that may match the current line, in marko's order.

    Each of marko's element patterns needs a given first character after the prefix and at
    most three spaces (``_NEEDS``), a table's header a "|", an indented code block four
    spaces, a blank line nothing but blanks: a line starting with a letter can only start a
    paragraph (or a table). The elements left out would each have failed, and a failed match
    leaves nothing marko reads later (an element's ``parse`` runs right after its own match).
    """
    at = _line_start(source)
    buf = source._buffer
    if at is None:
        pos = source.pos
        eol = buf.find("\n", pos)
        if buf.find("\t", pos, eol if eol >= 0 else len(buf)) < 0:
            return []  # the prefix does not match: no element does
        return _ELEMENTS
    start, first, eol = at
    if first == eol:
        return _ELEMENTS  # a blank line: the first element that matches it is BlankLine
    c = buf[first]
    if c.isdecimal():
        c = "0"  # marko's "\d" is any decimal digit ("\u0661" too)
    if c.isspace():
        return _ELEMENTS  # other white space: marko's strip() may call the line blank
    if first - start > 3:
        c = ""
    pipe = buf.find("|", source.pos, eol) >= 0
    code = buf.find("    ", source.pos, eol) >= 0
    key = (c if c in _NEEDED else "", pipe, code)
    found = _BY_KEY.get(key)
    if found is None:
        found = _BY_KEY[key] = [e for e in _ELEMENTS if _may_match(e.get_type(), *key)]
    return found


def _parse_source(source: Any) -> list[Any]:
    """marko's ``Parser.parse_source``, trying on each line only the elements that may match
    it (``_candidates``) from a list sorted once."""
    ast: list[Any] = []
    stuck = -1
    while not source.exhausted:
        start = source._current_pos
        before = source.pos
        for ele_type in _candidates(source):
            if ele_type.match(source):
                result = ele_type.parse(source)
                end = source.pos
                if end == before:
                    # marko 2.2.4 opens a quote it then cannot enter on ">\t  >" (its prefix
                    # is matched on the line with tabs expanded, the marker without): an empty
                    # element, no progress, and the same state again, forever (a 5-character
                    # text grew to 2 GB). The second empty element at one place ends the level.
                    if stuck == before:
                        return ast
                    stuck = before
                if not hasattr(result, "priority"):
                    result = ele_type(result)
                if result.source_span is None:
                    result.source_span = (start, end)
                ast.append(result)
                break
        else:
            break
    return ast


_PARSER.parse_source = _parse_source  # type: ignore[method-assign]
_PARSER._build_block_element_list = lambda: _ELEMENTS  # type: ignore[method-assign]


def _parse_block_structure(text: str) -> tuple[Any, list[int]]:
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
    return doc, source.attempts


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
    A block with nothing but a kind and a span (a paragraph, a quote, code) has three slots;
    a heading six, a list or a table nine (text of one-line paragraphs weighed 51 times its
    size with nine slots on each).
    """

    __slots__ = ("_length", "kind", "start")

    # The values of a plain block; a _FullBlock has slots of these names.
    level: int = 0
    _ts: int = -1
    _te: int = -1
    ordered: bool = False
    _packed: array[int] | None = None
    _extra: tuple[Any, ...] = ()

    def __new__(
        cls,
        kind: str,
        start: int,
        end: int,
        level: int = 0,
        title: tuple[int, int] | None = None,
        ordered: bool = False,
        packed: array[int] | None = None,
        extra: tuple[Any, ...] = (),
    ) -> Block:
        if ordered or packed is not None or extra:
            return object.__new__(_FullBlock)
        return object.__new__(Block if not level and title is None else _HeadingBlock)

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
        if isinstance(self, _HeadingBlock):
            self.level = level
            # The title's offsets from the start; -1 when there is none.
            self._ts, self._te = (-1, -1) if title is None else (title[0] - start, title[1] - start)
        if isinstance(self, _FullBlock):
            self.ordered = ordered
            #: list: ``_ITEM_WIDTH`` offsets per item; table: each row's start and end, then
            #: its cells' starts and ends.
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
    def items(self) -> Sequence[Item]:
        """A list's items (empty for other blocks), each built when it is read: a pass that
        walks a list of 100,000 tiny items holds one at a time, not 100,000 (an item and its
        tuples weigh 60 times a "- x" line)."""
        p = self._packed
        if p is None or self.kind != "list":
            return ()
        return _Items(self.start, p, self._extra)

    def rows(self) -> Sequence[Row]:
        """A table's rows, each its span and the spans of its cells (empty for other blocks).

        Each row is built from the packed offsets when it is read, and a slice is a view: a
        pass over a 100,000-row table holds one row at a time (all of them as tuples and
        lists weighed 20 times the table's text).
        """
        p = self._packed
        if p is None or self.kind != "table":
            return ()
        return _Rows(self.start, p, self._extra)


class _HeadingBlock(Block):
    """A block with a level and a title: a heading (see :class:`Block`)."""

    __slots__ = ("_te", "_ts", "level")


class _FullBlock(_HeadingBlock):
    """A list or a table: a block with packed offsets (see :class:`Block`)."""

    __slots__ = ("_extra", "_packed", "ordered")


class _Items(Sequence[Item]):
    """A list block's items, read from its packed offsets as they are asked for."""

    __slots__ = ("_extra", "_packed", "_start")

    def __init__(self, start: int, packed: array[int], extra: tuple[Any, ...]) -> None:
        self._start = start
        self._packed = packed
        self._extra = extra

    def __len__(self) -> int:
        return len(self._packed) // _ITEM_WIDTH

    @overload
    def __getitem__(self, k: int) -> Item: ...

    @overload
    def __getitem__(self, k: slice) -> list[Item]: ...

    def __getitem__(self, k: int | slice) -> Item | list[Item]:
        n = len(self)
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(n))]
        if k < 0:
            k += n
        if not 0 <= k < n:
            raise IndexError("list item index out of range")
        p, s, i = self._packed, self._start, k * _ITEM_WIDTH
        markers = self._extra
        box = p[i + 4] - 1
        return Item((s + p[i], s + p[i + 1]), (s + p[i + 2], s + p[i + 3]),
                    None if box < 0 else p[i + 5] == 1,
                    None if box < 0 else (s + box, s + box + 1),
                    markers[k] if len(markers) > 1 else markers[0])  # fmt: skip

    def __iter__(self) -> Iterator[Item]:
        # ``self[k]`` for each k, without its checks and calls: readers walk a list's items
        # several times (entries, actions, fields), and a list may hold thousands.
        p, s, markers = self._packed, self._start, self._extra
        many = len(markers) > 1
        for k in range(len(p) // _ITEM_WIDTH):
            i = k * _ITEM_WIDTH
            box = p[i + 4] - 1
            yield Item((s + p[i], s + p[i + 1]), (s + p[i + 2], s + p[i + 3]),
                       None if box < 0 else p[i + 5] == 1,
                       None if box < 0 else (s + box, s + box + 1),
                       markers[k] if many else markers[0])  # fmt: skip


#: A table row: its span, and the spans of its cells.
Row = tuple[tuple[int, int], list[tuple[int, int]]]


class _Rows(Sequence[Row]):
    """A table block's rows ``lo`` to ``hi``, read from its packed offsets as they are asked
    for (see :meth:`Block.rows`)."""

    __slots__ = ("_at", "_hi", "_lo", "_packed", "_start", "_widths")

    def __init__(
        self,
        start: int,
        packed: array[int],
        widths: tuple[int, ...],
        at: array[int] | None = None,
        lo: int = 0,
        hi: int | None = None,
    ) -> None:
        self._start = start
        self._packed = packed
        self._widths = widths
        if at is None:  # where each row's offsets start in ``packed``
            at = array("i")
            i = 0
            for n in widths:
                at.append(i)
                i += 2 + 2 * n
        self._at = at
        self._lo = lo
        self._hi = len(widths) if hi is None else hi

    def __len__(self) -> int:
        return self._hi - self._lo

    @overload
    def __getitem__(self, k: int) -> Row: ...

    @overload
    def __getitem__(self, k: slice) -> Sequence[Row]: ...

    def __getitem__(self, k: int | slice) -> Row | Sequence[Row]:
        n = len(self)
        if isinstance(k, slice):
            lo, hi, step = k.indices(n)
            if step != 1:
                return [self[i] for i in range(lo, hi, step)]
            hi = max(lo, hi)
            return _Rows(self._start, self._packed, self._widths, self._at,
                         self._lo + lo, self._lo + hi)  # fmt: skip
        if k < 0:
            k += n
        if not 0 <= k < n:
            raise IndexError("table row index out of range")
        k += self._lo
        p, s, i = self._packed, self._start, self._at[k]
        cells = [(s + p[j], s + p[j + 1]) for j in range(i + 2, i + 2 + 2 * self._widths[k], 2)]
        return (s + p[i], s + p[i + 1]), cells

    def __iter__(self) -> Iterator[Row]:
        return (self[k] for k in range(len(self)))


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
    r"[ \t]*(?P<m>" + LIST_MARKER + r")(?:[ \t]+|(?=\n)|$)(?P<box>\[[ xX]\][ \t]+)?"
)


#: Lines where a chunk may end: an ATX heading or a list item with text at the left margin,
#: or a line at the left margin after a blank line. Each usually starts a block of its own (or
#: the next item of a list), and the parse tells whether it does (see ``_boundary``).
_CUT_LINE = re.compile(
    r"^(?:#{1,6}(?:[ \t]|$)|" + LIST_MARKER + r"[ \t]+\S|(?<=\n\n)[^ \t\n])", re.MULTILINE
)
#: A table row with an outer pipe: where a chunk may end inside a long table.
_ROW_LINE = re.compile(r"^ {0,3}\|", re.MULTILINE)
#: Chunks are about a sixteenth of the text, and no smaller than this many characters: small
#: enough that one chunk's marko tree weighs little next to the text, large enough that the
#: line each chunk parses twice (below) costs nothing measurable.
_MIN_CHUNK = 256
#: A cut line no longer than this is preferred.
_SHORT_LINE = 120
_CHUNKS = 16


def parse_blocks(text: str, start: int, end: int) -> list[Block]:
    """Parse ``text[start:end]`` with marko (GFM) and return its top-level blocks.

    The text is parsed a chunk at a time, so that only one chunk's marko tree is alive at once
    (a tree weighs 5-38 times its text). A chunk ends before a line that usually starts a
    block (a heading, a list item, a line after a blank line; any line when none is near, so
    that a long table can be cut between rows), and is parsed together with that line to see
    what it is: a block of its own (the chunk's blocks are final), the next item of the
    chunk's last list or the next row of its last table (the list or table is carried on into
    the next chunk). A link definition marko tried in the chunk must read the same in the
    whole text (``_Chunk.same_definitions``). Otherwise the chunk's last block runs on past
    the cut (an open code fence or HTML block, a paragraph going on): the blocks before it are
    final and the next chunk starts with it, or, when it is the chunk's first, the chunk is
    parsed again with twice the text (or up to the fence's close). A chunk grows past twice
    the target size only when a single block is larger. The result is exactly marko's parse of
    the whole span (tests compare the two) and the work stays linear in its size.
    """
    step = max(_MIN_CHUNK, (end - start) // _CHUNKS)
    # What marko's one-shot parse would read: link definitions are checked against it.
    full, full_base = (text, 0) if end == len(text) else (text[start:end], start)
    out: list[Block] = []
    pos = start
    carry: _Carry | None = None
    floor = start  # where the next chunk may end at the soonest (past a fence known to run on)
    while pos < end:
        if carry is None:
            simple, after = _simple_blocks(text, pos, end)
            if after > pos:
                out.extend(simple)
                pos = after
                continue
            # marko reads up to the next block the short cut can read, if one is near.
            near = _SIMPLE_CUT.search(text, pos + 1, min(pos + step, end))
            reach = max(near.start() if near is not None else pos + step, floor)
        else:
            reach = max(pos + step, floor)
        head = carry.head if carry is not None and carry.kind == "table" else None
        while True:
            cut = _next_cut(text, max(reach, pos + 1), end, step)
            if cut == end:
                keep = _parse_chunk(text, pos, end, head).blocks
                tail = None
                break
            line_end = _line_end(text, cut, end) + 1
            chunk = _parse_chunk(text, pos, min(line_end, end), head)
            blocks = chunk.blocks
            how = _boundary(text, chunk, pos, cut, carry)
            # Definitions up to the cut line's end: one that marko tries on that line can end
            # a table before it.
            if how and chunk.same_definitions(full, full_base, line_end):
                tail = blocks[-1] if how != "block" else None
                keep = blocks[:-1]
                break
            # The last block runs on past the cut: the blocks before it are final, and the
            # next chunk starts with it.
            last = blocks[chunk.last] if blocks else None
            runs_to = _fence_end(text, last, cut, end) if last is not None else 0
            if (
                last is not None
                and last.start > pos
                and chunk.same_definitions(full, full_base, _line_end(text, last.start, end) + 1)
            ):
                keep = blocks[: chunk.last]
                tail = None
                cut = last.start
                floor = runs_to
                break
            reach = max(pos + 2 * (cut - pos), runs_to)
        if carry is not None:
            first = keep[0] if keep else tail
            if first is not None and first.kind == carry.kind and first.start == pos:
                carry.add(first)
                if first is tail:  # the whole chunk is more of the same list or table
                    carry.drop_last()
                    pos = cut
                    continue
                keep[0] = carry.block(first.end)
            else:
                out.append(carry.block(pos))
            carry = None
        out.extend(keep)
        if tail is not None:
            carry = _Carry(text, tail)
            carry.add(tail)
            carry.drop_last()
        pos = cut
    return out


#: Lines the short cut reads (``_simple_blocks``), where they surely start a block: an ATX
#: heading, a bullet item, a line after a blank line; each starting with a letter.
_SIMPLE_CUT = re.compile(
    r"^(?:#{1,6}[ \n]|" + LIST_MARKER + r" (?:\[[ xX]\] )?[^\W\d_]"
    r"|(?<=\n\n)(?:[^\W\d_]|\||> [^\W\d_]))",
    re.MULTILINE,
)
#: What may start a line of plain text: a letter, emphasis or code opening on a letter or
#: digit ("**Date:**", "`x`"), or digits (unless they are an ordered list's marker, see
#: ``_plain_at``). No block starts so, and no such line interrupts a paragraph.
_PLAIN_START = re.compile(r"[^\W\d_]|(?:\*\*?|__?)[^\W_]|`{1,2}[^`\s]|(?P<d>\d+)")
#: The rest of a line the short cut reads: no tab or line break marko reads as one, and with
#: ``_REST_PLAIN`` no "|" (a table).
_REST = re.compile(r"[^\n\t\r\f]*")
_REST_PLAIN = re.compile(r"[^\n|\t\r\f]*")
#: An ATX heading at the left margin, its marks followed by a blank or a tab, and tabs in
#: its title too: marko's own heading pattern took quadratic time over a run of them ("# a"
#: and 40,000 tabs: 13 s; "#" and 20,000 tab-and-blank pairs: 14 s).
_SIMPLE_HEADING = re.compile(r"(#{1,6})(?:[ \t][^\n\r\f]*)?(?=\n|\Z)")
_SIMPLE_ITEM = re.compile(r"(?P<m>(?P<b>[-*+])|(?P<n>[0-9]{1,9})(?P<d>[.)])) (?P<box>\[[ xX]\] )?")
_LIST_MARKER = re.compile(LIST_MARKER + r"(?:[ \t\n]|\Z)")


def _plain_at(text: str, pos: int, end: int) -> bool:
    """Whether a line of plain text (see ``_PLAIN_START``) starts at ``pos``."""
    m = _PLAIN_START.match(text, pos, end)
    if m is None:
        return False
    d = m.group("d")
    if d is None:
        return True
    # "1." or "12)" then a blank or the line's end is an ordered list item (nine digits at
    # most: "1234567890. x" is text).
    nxt = m.end()
    marker = len(d) <= 9 and nxt < end and text[nxt] in ".)"
    return not (marker and (nxt + 1 >= end or text[nxt + 1] in " \t\n"))


def _line_to_end(pattern: re.Pattern[str], text: str, pos: int, end: int) -> int:
    """Where the line at ``pos`` ends if ``pattern`` reads all of it, else -1."""
    r = pattern.match(text, pos, end)
    assert r is not None  # both patterns match the empty string
    return r.end() if r.end() == end or text[r.end()] == "\n" else -1


#: A setext heading's underline at the left margin.
_UNDERLINE = re.compile(r"(?:=+|-+) *(?:\n|\Z)")
_BLANK = re.compile(r" *(?:\n|\Z)")


def _simple_blocks(text: str, pos: int, end: int) -> tuple[list[Block], int]:
    """The blocks from ``pos`` on that need no marko, and where they end (``pos`` if none).

    Text made of very many tiny blocks (a line each) took marko 20-60 s per MB: each line
    costs it a dozen pattern tries and objects. The shapes read here are the ones whose
    reading at the top level leaves no choice: blank lines; an ATX heading; a paragraph
    whose every line starts with a letter or "|" (no other block starts so), that holds no
    table and ends at a blank line or the end; a block quote of "> " lines of such text,
    ending so; a tight list whose every item is one such line, maybe over nested items of
    one such line indented to its text, ending at the end or at blank lines followed by one
    of these shapes. Anything
    else stops the short cut, and marko reads on from there. A test holds the result to
    marko's on generated text and every corpus report.
    """
    out: list[Block] = []
    n = end
    while pos < n:
        nl = text.find("\n", pos, n)
        eol = n if nl < 0 else nl
        nxt = eol + 1 if nl >= 0 else n
        if _BLANK.match(text, pos, n):
            pos = nxt
            continue
        c = text[pos]
        if c == "#":
            h = _SIMPLE_HEADING.match(text, pos, eol)
            if h is None or h.end() != eol:
                break
            sp = (pos, nxt)
            title = _heading_title(False, text, sp)
            out.append(Block("heading", *sp, level=len(h.group(1)), title=title))
            pos = nxt
            continue
        if c in "-*+" or "0" <= c <= "9":
            got = _simple_list(text, pos, n)
            if got is not None:
                out.append(got)
                pos = got.end
                continue
            if _LIST_MARKER.match(text, pos, n):
                break  # a list item the short cut does not read
            # else a line of text ("**Date:** ...", "2023-01-12 ...")
        if c == ">":
            quote = _simple_quote(text, pos, n)
            if quote is None:
                break
            out.append(quote)
            pos = quote.end
            continue
        if c != "|" and not _plain_at(text, pos, n):
            break
        # A paragraph: lines of text up to a blank line or the end, or up to an underline
        # that makes them a heading. With a "|" in it, only if no line has the "-" every
        # table's delimiter row has: no table in it, then.
        start = line = pos
        pipe = dash = False
        under = None
        while True:
            stop = _line_to_end(_REST, text, line, n)
            if stop < 0 or (text[line] != "|" and not _plain_at(text, line, n)):
                return out, start
            pipe = pipe or text.find("|", line, stop) >= 0
            dash = dash or text.find("-", line, stop) >= 0
            line = stop + 1
            if line >= n or _BLANK.match(text, line, n):
                break
            under = _UNDERLINE.match(text, line, n)
            if under is not None:
                break
        if pipe and (dash or under is not None):
            return out, start
        if under is not None:
            sp = (start, under.end())
            level = 1 if text[line] == "=" else 2
            out.append(Block("heading", *sp, level=level, title=_heading_title(True, text, sp)))
            pos = under.end()
            continue
        stop = min(line, n)
        out.append(Block("paragraph", start, stop))
        pos = stop
    return out, pos


def _simple_quote(text: str, pos: int, end: int) -> Block | None:
    """A block quote of "> " lines of plain text at ``pos``, ending at a blank line or the end
    (see ``_simple_blocks``), or None when it is not surely one."""
    line = pos
    while line < end and text.startswith("> ", line, end):
        stop = _line_to_end(_REST_PLAIN, text, line + 2, end)
        if stop < 0 or not _plain_at(text, line + 2, end):
            return None
        line = min(stop + 1, end)
    if line == pos or (line < end and not _BLANK.match(text, line, end)):
        return None
    return Block("quote", pos, line)


def _simple_list(text: str, pos: int, end: int) -> Block | None:
    """A tight list (bullets, or numbers with one kind of delimiter) of one-line items of
    plain text, each maybe a task ("- [ ] x") and maybe over a nested list of such items, at
    ``pos`` (see ``_simple_blocks``), or None when it is not surely one.

    A nested item is a line indented exactly to its item's text ("- 2021-04-13" then
    "  - 4:16: x"): a line indented so far is the item's whatever it holds, and a nested item
    of plain text is read no other way, so the item runs to its last nested line. What the
    nested items are to each other (one list or several, a paragraph's lines) is the readers'
    business: they see the item's text, as they do after marko's parse. Any other line that
    starts with a blank (less, more, a tab, a lazy line, text under a nested item) stops the
    short cut: marko reads the list.
    """
    first = _SIMPLE_ITEM.match(text, pos, end)
    if first is None:
        return None
    ordered = first.group("n") is not None
    # Items of one list share the bullet, or the delimiter after the number.
    same = first.group("d") if ordered else first.group("b")
    # Packed as ``list_block`` packs them (offsets from the list's start): a long list of
    # tiny items would otherwise hold an Item and its tuples per item.
    flat: array[int] = array("I")
    markers: list[str] = []
    line = pos
    nested = False  # whether the last item holds nested items
    while line < end:
        it = _SIMPLE_ITEM.match(text, line, end)
        if it is None or (it.group("d") if ordered else it.group("b")) != same:
            break
        eol = _line_to_end(_REST_PLAIN, text, it.end(), end)
        if eol < 0 or not _plain_at(text, it.end(), end):
            return None
        stop = min(eol + 1, end)
        # The item's text starts after the marker and its one blank (a box is text).
        pad = " " * (it.end("m") + 1 - line)
        nested = False
        while (
            stop + len(pad) < end
            and text.startswith(pad, stop)
            and text[stop + len(pad)] not in " \n"  # else a blank line, or deeper
        ):
            sub = _SIMPLE_ITEM.match(text, stop + len(pad), end)
            # A nested list interrupts the item's text only with a bullet or "1." ("2. x" is
            # more of the text, and the list's trailing blank lines are not the item's).
            if sub is None or (not nested and sub.group("n") not in (None, "1")):
                return None
            eol = _line_to_end(_REST_PLAIN, text, sub.end(), end)
            if eol < 0 or not _plain_at(text, sub.end(), end):
                return None
            stop = min(eol + 1, end)
            nested = True
        body_end = eol
        while text[body_end - 1] == " ":
            body_end -= 1
        box = checked = 0
        if it.group("box") is not None:
            box = it.start("box") + 2 - pos  # the offset of the box's inside, plus one
            checked = 1 if text[it.start("box") + 1] in "xX" else 0
        flat.extend((line - pos, stop - pos, it.end() - pos, body_end - pos, box, checked))
        markers.append(it.group("m"))
        line = stop
    # What follows must end the list: the end, or blank lines and then the end or a line that
    # starts a block of its own at the left margin (a heading, a line of text).
    after = line
    while after < end and _BLANK.match(text, after, end):
        nl = text.find("\n", after, end)
        if nl < 0:
            after = end
            break
        after = nl + 1
    if after < end and (after == line or not (_plain_at(text, after, end) or text[after] == "#")):
        return None
    # Blank lines that run to the end are the list's (marko's list stops reading there), and
    # its last item's when that holds a nested list (which reads them too).
    if after == end and nested and flat:
        flat[-5] = end - pos
    packed = array("H", flat) if not flat or flat[-5] < 65536 else flat
    extra = tuple(sys.intern(m) for m in (markers[:1] if len(set(markers)) == 1 else markers))
    return Block("list", pos, end if after == end else line, ordered=ordered, packed=packed,
                 extra=extra)  # fmt: skip


#: A fenced code block's opening fence, at the left margin.
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")


def _fence_end(text: str, block: Block, cut: int, end: int) -> int:
    """Where a fenced code block that runs on past ``cut`` ends (the line after its closing
    fence, or ``end``); 0 if ``block`` is not one.

    Saves parsing a long fenced block again and again, each time with twice the text. As
    marko does, a closing fence is a line of only the fence's character, at least as many.
    """
    m = _FENCE.match(text, block.start) if block.kind == "code" else None
    if m is None:
        return 0
    fence = m.group(1)
    close = _compiled(rf"(?m)^ {{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[^\S\n]*$")
    c = close.search(text, cut, end)
    return end if c is None else _line_end(text, c.end(), end) + 1


def _next_cut(text: str, lo: int, end: int, step: int) -> int:
    """Where the next chunk may end, from ``lo`` on.

    The first cut line within a step; else the first table row (a line starting with "|")
    within a step, which ends a chunk inside a long table; else the first cut line within four
    steps; else the first line start four steps on, whatever it is, so that a run of blocks
    with no cut line (fenced blocks back to back, a table without outer pipes) is cut too.
    """
    if lo >= end:
        return end
    near = _line_end(text, lo + step, end)
    m = None
    for c in _CUT_LINE.finditer(text, lo, near):
        # The cut line is parsed twice: a short one if there is one (most long lines are
        # paragraphs written as one line).
        if _line_end(text, c.start(), end) - c.start() <= _SHORT_LINE:
            return c.start()
        m = m or c
    if m is None:
        m = _ROW_LINE.search(text, lo, near)
    if m is None:
        m = _CUT_LINE.search(text, near, _line_end(text, lo + 4 * step, end))
    if m is not None:
        return m.start()
    nl = text.find("\n", max(lo + 4 * step, near) - 1, end - 1)
    return end if nl < 0 else nl + 1


def _line_end(text: str, pos: int, end: int) -> int:
    """The end of the line holding ``pos`` (its newline), or ``end``."""
    if pos >= end:
        return end
    nl = text.find("\n", pos, end)
    return end if nl < 0 else nl


def _boundary(text: str, chunk: _Chunk, pos: int, cut: int, carry: _Carry | None) -> str:
    """What the line at ``cut`` is, parsed after the text before it.

    "block": a block of its own; "item": the next item of the last list; "row": the next row
    of the last table; "": none of these (or the last block is not marko's own but part of a
    paragraph that holds a table, see ``_parse_chunk``).
    """
    blocks = chunk.blocks
    if not blocks or chunk.last != len(blocks) - 1:
        return ""
    last = blocks[-1]
    if last.start == cut:
        return "block"
    p = last._packed
    if last.start > cut or last.kind not in ("list", "table") or not p:
        return ""
    # Where the last item or row starts, read from the packed offsets.
    n = _ITEM_WIDTH if last.kind == "list" else 2 + 2 * last._extra[-1]
    if last.start + p[len(p) - n] != cut:
        return ""
    if last.kind == "list":
        return "item"
    if carry is not None and carry.kind == "table" and last.start == pos:
        return "row"  # more rows of the table carried in: its header was checked then
    # The next chunk parses its rows after a copy of the header and delimiter lines: only
    # when marko cannot read the header as the start of a link definition, which would read
    # on into the rows after it.
    return "" if text[last.start : last.start + 4].lstrip(" ").startswith("[") else "row"


class _Carry:
    """A list or table that goes on past a chunk's end, its items or rows kept packed (offsets
    from its start) until it ends, so that a long one costs no more than in one piece."""

    __slots__ = ("extra", "flat", "head", "kind", "ordered", "start")

    def __init__(self, text: str, block: Block) -> None:
        self.kind = block.kind
        self.start = block.start
        self.ordered = block.ordered
        self.flat: array[int] = array("I")
        #: list: each item's marker; table: each row's number of cells.
        self.extra: list[Any] = []
        #: table: the span of its header and delimiter lines, parsed again before its rows.
        self.head: tuple[int, int] | None = None
        if self.kind == "table":
            nl = text.find("\n", text.find("\n", block.start) + 1)
            self.head = (block.start, nl + 1)

    def add(self, block: Block) -> None:
        """Append the items or rows of ``block``, a piece of the same list or table."""
        p = block._packed
        assert p is not None
        shift = block.start - self.start
        if self.kind == "list":
            # Every offset moves, except the checkbox slot's "none" (0) and the checked flag.
            self.flat.extend(
                v if k % _ITEM_WIDTH == 5 or (k % _ITEM_WIDTH == 4 and v == 0) else v + shift
                for k, v in enumerate(p)
            )
            items = len(p) // _ITEM_WIDTH
            self.extra += block._extra if len(block._extra) == items else block._extra * items
        else:
            self.flat.extend(v + shift for v in p)
            self.extra += block._extra

    def drop_last(self) -> None:
        """Drop the last item or row: it is the first of the next chunk."""
        width = self.extra.pop()
        n = _ITEM_WIDTH if self.kind == "list" else 2 + 2 * width
        del self.flat[len(self.flat) - n :]

    def block(self, end: int) -> Block:
        """The whole list or table, ending at ``end``."""
        flat = self.flat
        packed = array("H", flat) if max(flat, default=0) < 65536 else flat
        extra = self.extra
        if self.kind == "list":
            # One marker for a list whose items share it, as ``list_block`` makes it.
            first = extra[0] if extra else "-"
            extra = [first] if all(m == first for m in extra) else extra
            extra = [sys.intern(m) for m in extra]
        return Block(self.kind, self.start, end, ordered=self.ordered, packed=packed,
                     extra=tuple(extra))  # fmt: skip


#: A link definition's opening bracket, where ``_DefProbe`` asks marko to read one.
_BRACKET = re.compile(r"(\[)")


class _DefProbe:
    """Stands in for marko's source to ask :class:`marko.block.LinkRefDef` how it reads a
    definition at one offset of a text: marko's own code, not a copy of it."""

    __slots__ = ("_buffer", "context", "pos")

    def __init__(self, buffer: str, pos: int) -> None:
        self._buffer = buffer
        self.pos = pos
        self.context = SimpleNamespace()

    def expect_re(self, _pattern: Any) -> re.Match[str] | None:
        return _BRACKET.match(self._buffer, self.pos)


def _definition(buffer: str, pos: int) -> tuple[Any, ...] | None:
    """How marko reads a link definition opening at ``buffer[pos]``: where it ends, from
    ``pos``, and what it holds; None if it is none."""
    probe = _DefProbe(buffer, pos)
    if not mb.LinkRefDef.match(probe):  # type: ignore[arg-type]
        return None
    label, dest, title, end = probe.context.linkref_info
    return end - pos, label.text, dest.text, title.text


class _Chunk:
    """One chunk's blocks, and where marko tried to read link definitions in it."""

    __slots__ = ("attempts", "blocks", "buffer", "last", "shift")

    def __init__(
        self, blocks: list[Block], last: int, buffer: str, shift: int, attempts: list[int]
    ) -> None:
        self.blocks = blocks
        #: The index of the first block made from marko's last top-level element: the last
        #: block, unless that element was a paragraph split before a table.
        self.last = last
        #: The text marko read; ``buffer[i]`` is ``text[i - shift]`` (past a copied table head).
        self.buffer = buffer
        self.shift = shift
        #: Offsets in ``buffer`` where marko tried to read a link definition.
        self.attempts = attempts

    def same_definitions(self, full: str, full_base: int, before: int) -> bool:
        """Whether every link definition marko tried in the chunk before text offset
        ``before`` reads the same in the whole text (``full``, holding the text from
        ``full_base``): marko reads a definition's label and title across lines, so only the
        text after the chunk can tell where one ends, or whether it is one."""
        limit = before + self.shift
        return all(
            _definition(self.buffer, b) == _definition(full, b - self.shift - full_base)
            for b in self.attempts
            if b < limit
        )


def _parse_chunk(text: str, start: int, end: int, head: tuple[int, int] | None = None) -> _Chunk:
    """The blocks of ``text[start:end]``, parsed by marko in one piece.

    With ``head`` (a table's header and delimiter lines), the chunk holds more rows of that
    table: it is parsed after a copy of the head, and its first block is those rows.
    """
    prefix = text[head[0] : head[1]] if head is not None else ""
    buffer = prefix + text[start:end] if prefix else text[start:end]
    base = start - len(prefix)
    doc, attempts = _parse_block_structure(buffer)
    out: list[Block] = []
    last = 0
    children = doc.children
    if head is not None:
        table = children[0]
        assert isinstance(table, ge.Table)
        span = _span(table, base)
        assert span is not None
        out.append(_table(table, text, base, (start, span[1]), skip=1))
        children = children[1:]
    for el in children:
        b = _convert(el, text, base)
        if b is None:
            continue
        last = len(out)
        if b.kind == "paragraph":
            cut = _table_start(text, b.span)
            if cut is not None:
                # GitHub lets a table interrupt a paragraph; CommonMark (marko) does not.
                out.append(Block("paragraph", b.start, cut))
                out.extend(parse_blocks(text, cut, b.span[1]))
                continue
        out.append(b)
    return _Chunk(out, last, buffer, -base, attempts)


_DELIM_ROW = re.compile(
    r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$|"
    r"[ \t]*\|[ \t]*:?-+:?[ \t]*\|[ \t]*$"
)


def _indent(text: str, s: int, e: int) -> int:
    """The columns of blank a line opens with, tabs to the next multiple of four."""
    line = text[s:e]
    return len(line[: len(line) - len(line.lstrip(" \t"))].expandtabs(4))


def _table_start(text: str, span: tuple[int, int]) -> int | None:
    """Offset of a table header line inside a paragraph, if a delimiter row follows it.

    A delimiter row indented four columns or more past the paragraph's first line is a line
    of the paragraph (GitHub opens no block on an indented line; an entry's text of several
    lines is written so)."""
    s, e = span
    if text.find("|", s, e) < 0:
        return None
    deeper = s - text.rfind("\n", 0, s) - 1 + 4
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
        if (
            "|" in text[hs:he]
            and _DELIM_ROW.fullmatch(text, ds, de)
            and _indent(text, ds, de) < deeper
        ):
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
        setext = isinstance(el, mb.SetextHeading)
        return Block("heading", *sp, level=el.level, title=_heading_title(setext, text, sp))
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


def _heading_title(setext: bool, text: str, sp: tuple[int, int]) -> tuple[int, int]:
    s, e = sp
    raw = text[s:e]
    if setext:
        # Title is everything before the underline line.
        body = raw.rstrip("\n")
        cut = body.rfind("\n")
        s2, e2 = s, s + (cut if cut >= 0 else len(body))
    else:
        m = re.match(r"[ \t]*#{1,6}(?:[ \t]+|$)", raw)
        s2 = s + (m.end() if m else 0)
        line_end = raw.find("\n")
        e2 = s + (line_end if line_end >= 0 else len(raw))
        # The closing run of "#" and the blanks before it, scanned from the end: a pattern
        # searched from each blank of a long run was quadratic ("# a" + 40,000 blanks + "x").
        inner = text[s2:e2]
        j = len(inner.rstrip(" \t"))
        k = len(inner[:j].rstrip("#"))
        if k < j and (k == 0 or inner[k - 1] in " \t"):
            e2 = s2 + len(inner[:k].rstrip(" \t"))
    while s2 < e2 and text[s2] in " \t":
        s2 += 1
    while e2 > s2 and text[e2 - 1] in " \t\n":
        e2 -= 1
    return s2, attributes_start(text, s2, e2)


def attributes_start(text: str, start: int, end: int) -> int:
    """Where a heading's words end before its attribute block ("## 5:05pm CST {#5-05pm-cst}"),
    the blanks before the block left out; ``end`` when it has none."""
    # The attribute block from one of its last few "{" (a value may hold one: "{#id
    # k={v}}"): a pattern searched from each blank of a long run before it was quadratic, as
    # the closing "#" run's was.
    brace = end
    for _ in range(_ATTRIBUTE_BRACES):
        brace = text.rfind("{", start, brace)
        if brace <= start:
            break
        if _HEADING_ATTRIBUTES.fullmatch(text, brace, end):
            end = brace
            while end > start and text[end - 1] in " \t":
                end -= 1
            break
    return end


#: How many of a title's last "{" may open its attribute block.
_ATTRIBUTE_BRACES = 3


#: The attribute block a site generator reads after a heading, no part of its title: "##
#: Summary { #summary }" (MkDocs' attr_list, Vuetify's security notice), "### Timeline
#: {#timeline}" (kramdown and Hugo; Telekom's advisory), "{: .note}" (kramdown), "{-}" (Pandoc).
_HEADING_ATTRIBUTES = re.compile(
    r"\{:?[ \t]*(?:[#.][\w-]+(?:[ \t]+(?:[#.][\w-]+|[\w-]+=\S+))*|-)[ \t]*\}$"
)


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


def _table(el: Any, text: str, base: int, sp: tuple[int, int], skip: int = 0) -> Block:
    flat: list[int] = []
    widths: list[int] = []
    for row in el.children[skip:]:
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


#: A line break in a table cell, where a line cannot end: written as HTML ("<br>", "<br/>",
#: "<BR />", as GitHub renders it), with the blanks around it.
_CELL_BREAK = re.compile(r"[ \t]*<br[ \t]*/?>[ \t]*", re.IGNORECASE)


def cell_breaks(cell: str) -> str:
    """The text of a record held in a table cell (a timeline event's, an action item's), its
    line breaks read.

    A cell holds one line: an HTML line break in it (``<br>``, ``<br/>``, ``<br />``, any
    case) is a line break of the text, as the writer writes one there, inside code too (a
    text with a code block in it comes back whole); one that opens or closes the cell parts
    nothing and goes. Only the reading changes: the document keeps its text as written.
    """
    if "<" not in cell:
        return cell
    return _CELL_BREAK.sub("\n", cell).strip("\n")


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
