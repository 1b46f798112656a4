"""Linear-time replacements for four super-linear spots in marko 2.2.4, and a guard against one
endless loop (reported upstream).

Imported once by :mod:`postmortem.parsing` before anything is parsed. Each replacement gives
the same block structure as marko's own on every report we have (the golden and corpus tests
compare), and removes a blow-up that a few hundred bytes could trigger:

* ``Quote._prefix`` (`` {,3}>[^\\n\\S]?``): the optional space after ``>`` overlaps the next
  level's `` {,3}``, so a line that fails to match n nested quote prefixes backtracks 2**n
  ways (``"> " * 30 + "x"`` took 30 s). CommonMark says the marker owns the one space that
  follows it; the pattern below takes it when it is there (a possessive ``?`` written with a
  lookahead, which Python 3.10 also reads), so each level matches one way.
* ``TableRow.splitter`` (``\\s*(?<!\\\\)\\|\\s*``): tried at every offset of a run of spaces
  that no ``|`` ends, so a 20,000-space line took 27 s. The pattern below gives the same
  matches when searched from a line start or a previous match's end (as marko does) but only
  starts a space run at its first space.
* ``LinkRefDef.pattern`` (`` {,3}(\\[[\\s\\S]*?)(?=\\n\\n|\\Z)``): the lazy group always
  reaches a blank line or the end, and only its start is read, so each link definition
  scanned the rest of its paragraph (100 KB of ``[foo]: /url '`` lines took 15.7 s).
* ``Table.match`` built a cell object for every ``|`` of a line before looking whether the next
  line is a delimiter row (one 1 MB line of ``|`` peaked at 521 MB). The version below looks
  for the ``-`` every delimiter row has before it splits the header line, reads the delimiter
  row next, and builds the header's cells only for a real table.

* ``List.parse`` loops for ever on ``"1.\t   >"``: the item opens a quote whose marker
  marko matched without expanding the tab and whose prefix it matches with the tab expanded,
  so the item takes nothing and is matched again at the same place. An item that took nothing
  is not matched again there (``Quote`` in ``">\t  >"`` is the same loop one level up; the
  block reader in ``blocks.py`` ends a level at its second empty element in one place).

The patches are on marko's classes, so any other user of marko in the same process gets them
too; the three exact equivalents change nothing for them, and the quote prefix only follows
CommonMark more closely.
"""

from __future__ import annotations

import re
from typing import Any

from marko import block as mb
from marko.ext.gfm import elements as ge

#: The lookbehind refuses to start a level right after a ">" that left its space to it; the
#: pattern must end in "?": marko's indented-code rule drops the last character to make the
#: space required.
QUOTE_PREFIX = r"(?<!>(?=[^\n\S])) {,3}>[^\n\S]?"
TABLE_SPLITTER = re.compile(r"(?:(?<!\s)\s+)?(?<!\\)\|\s*")
LINK_DEF_START = re.compile(r" {,3}(\[)", flags=re.MULTILINE)


def _table_match(cls: Any, source: Any) -> bool:
    # marko's Table.match with one change: the second row is read before the header's cells
    # are built, so a line of a million "|" with no delimiter row under it builds nothing.
    # Every delimiter row has a "-": without one on the next line there is no table, and the
    # header line is not split at all.
    buf = source._buffer
    eol = buf.find("\n", source.pos)
    if eol < 0:
        return False
    eol2 = buf.find("\n", eol + 1)
    if buf.find("-", eol + 1, eol2 if eol2 >= 0 else len(buf)) < 0:
        return False
    table_start = source._current_pos
    source.anchor()
    if not ge.TableRow.match(source) or source.context.is_delimiter:
        return False
    head_span = source.context.row_span
    if ge.TableRow.splitter.search(source.next_line()) is None:
        return False
    cells, starts = source.context.cells, source.context.cell_starts
    source.pos = source.match.end()
    if (
        not ge.TableRow.match(source)
        or not source.context.is_delimiter
        or len(source.context.cells) != len(cells)
    ):
        source.reset()
        return False
    head = ge.TableRow(
        [ge.TableCell(cell, start) for cell, start in zip(cells, starts, strict=True)]
    )
    head.source_span = head_span
    source.context.table_info = {"children": [head], "delimiters": source.context.cells}
    source.context.table_start = table_start
    source.consume()
    return True


_ITEM_MATCH = mb.ListItem.match.__func__  # type: ignore[attr-defined]
_ITEM_PARSE = mb.ListItem.parse.__func__  # type: ignore[attr-defined]


def _item_match(cls: Any, source: Any) -> Any:
    # marko 2.2.4 loops forever on "1.\t   >": the item's content is a quote it opens (the
    # marker matched without tab expansion) and cannot enter (its prefix matched with it), so
    # the item ends where it began and List.parse matches it again at the same place. An
    # item that took nothing is not matched again there: the list ends.
    if getattr(source, "_empty_item_at", -1) == source.pos:
        return False
    return _ITEM_MATCH(cls, source)


def _item_parse(cls: Any, source: Any) -> Any:
    before = source.pos
    item = _ITEM_PARSE(cls, source)
    if source.pos == before:
        source._empty_item_at = before
    return item


def apply() -> None:
    """Install the replacements (idempotent)."""
    mb.ListItem.match = classmethod(_item_match)  # type: ignore[method-assign,assignment]
    mb.ListItem.parse = classmethod(_item_parse)  # type: ignore[method-assign,assignment]
    mb.Quote._prefix = QUOTE_PREFIX
    ge.TableRow.splitter = TABLE_SPLITTER
    mb.LinkRefDef.pattern = LINK_DEF_START
    ge.Table.match = classmethod(_table_match)  # type: ignore[method-assign,assignment]


apply()
