"""What a parsed report remembers about its text, shared by the parser and the renderer."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from attrs import define, field

from postmortem._text import SourceText
from postmortem.errors import ParseError
from postmortem.model import ActionItem, Section, TimelineEvent


@define(eq=False, weakref_slot=False)
class FieldOrigin:
    """A scalar or list field read from the text: its value span and the value it had."""

    start: int
    _length: int  # the end as an offset from the start: small, so shared by Python
    value: Any
    #: For list fields read from a Markdown list: each item's start and end, flat and relative
    #: to ``span[0]`` (small ints are shared; a tuple per item weighed more than the text).
    _items: tuple[int, ...] | None = None
    marker: str = "-"
    #: Where the value was read: "inline" (key/value), "heading" (a title from a heading).
    where: str = "inline"
    #: The zone its key names ("Start time (UTC):"), which its value is read in and written
    #: back without.
    key_zone: Any = None

    @classmethod
    def of(
        cls,
        span: tuple[int, int],
        value: Any,
        items: list[tuple[int, int]] | None,
        marker: str = "-",
        where: str = "inline",
    ) -> FieldOrigin:
        """A field origin with the items' absolute spans (see :attr:`items`)."""
        flat = None if items is None else tuple(x - span[0] for item in items for x in item)
        return cls(span[0], span[1] - span[0], value, flat, marker, where)

    @property
    def span(self) -> tuple[int, int]:
        """Where the value is in the normalised text."""
        return self.start, self.start + self._length

    @property
    def items(self) -> list[tuple[int, int]] | None:
        """The absolute span of each item's text, for a list field read from a Markdown list."""
        if self._items is None:
            return None
        base = self.start
        flat = self._items
        return [(base + flat[i], base + flat[i + 1]) for i in range(0, len(flat), 2)]


@define(eq=False, weakref_slot=False)
class Container:
    """Where a list of records (events, action items) lives, for appending new ones."""

    insert_at: int
    shape: str  # "table", "bullet", "checklist", "ordered", "paragraph"
    columns: list[str] = field(factory=list)
    marker: str = "-"
    time_format: str = "%H:%M"


@define(eq=False, weakref_slot=False)
class Document:
    """The source of a parsed report and the parse-time state the renderer diffs against."""

    source: SourceText
    fields: dict[str, FieldOrigin] = field(factory=dict)
    events: list[TimelineEvent] = field(factory=list)
    actions: list[ActionItem] = field(factory=list)
    #: A template's unfilled action rows: not action items, but the shape new ones take.
    action_slots: list[ActionItem] = field(factory=list)
    #: A template's timeline rows of slots ("| HH:MM | [When the issue started] |"): no events,
    #: but the shape new events take, and replaced by them.
    event_slots: list[TimelineEvent] = field(factory=list)
    sections: list[Section] = field(factory=list)
    event_container: Container | None = None
    action_container: Container | None = None
    body_start: int = 0
    #: Parse-time values of the fields that have no place in the text (path -> value), so
    #: that a value set in code for one of them is written rather than dropped. Only values
    #: other than the field's default (None, or [] for lists) are kept: see :meth:`unplaced`.
    baseline: dict[str, Any] = field(factory=dict)
    #: Parse-time values of fields that have a place in the text but took their value from
    #: elsewhere ("Date: [Date]" left unfilled while the title gives the day): as long as the
    #: model holds that value, the place keeps its text, so an unedited report comes back as
    #: it was and an edit elsewhere does not fill the slot.
    derived: dict[str, Any] = field(factory=dict)
    #: A list restating the action items by category ("### Action Categories"): for each
    #: category, where a new item's restating line goes and how that line starts ("- [ ] ").
    restated: dict[str, tuple[int, str]] = field(factory=dict)
    #: End of the title heading (new metadata lines go after it), or the body start.
    title_end: int = 0
    #: The title heading's level (0: no title heading): a new section goes below it, or the
    #: title would read as one section among others.
    title_level: int = 0
    #: The words of a title heading that repeats the front matter's title (Python Discord's
    #: "title:" over "# 2021-01-12: Django site ..."): a new title is written to both, or the
    #: heading, no longer the same words, would read back as a section.
    title_echo: tuple[int, int] | None = None
    #: Set by :func:`postmortem.load`: the file and its state when read (see ``postmortem.io``).
    loaded_from: Any = None
    #: The incidents of a document that reports several, read once when first asked for
    #: (``Report.incidents``); an empty tuple for a document of one incident.
    incidents: Any = None
    #: How many sections, timeline entries, action items and resolution steps the parse may
    #: build (:func:`record_limit`, set by ``postmortem.parsing.parse``), and how many it has
    #: built.
    record_limit: int = 2**62
    records: int = 0

    def count_record(self, offset: int) -> None:
        """Count one record the parser builds at ``offset``: ``ParseError`` past the limit.

        Each is an object of the model weighing some 400 bytes or more, so text that is
        nothing but one-line headings or items would take 100 times its size in memory.
        """
        self.records += 1
        if self.records > self.record_limit:
            raise ParseError(
                f"more than {self.record_limit:,} sections, timeline entries and action items "
                f"in {len(self.source.text):,} characters: expected at most one for every "
                f"{RECORD_CHARS} characters, or {MIN_RECORDS:,} in a shorter text "
                "(see docs/limits.md)",
                line=self.source.line_of(offset),
            )

    def record_line(self, offset: int) -> int:
        """Count a record built at ``offset`` (see :meth:`count_record`); its line."""
        self.count_record(offset)
        return self.source.line_of(offset)

    def unplaced(self) -> Iterator[tuple[str, Any]]:
        """Each field with no place in the text, and the value it had when parsed."""
        fields, baseline = self.fields, self.baseline
        for path, is_list in _paths():
            if path not in fields:
                yield path, baseline.get(path, [] if is_list else None)


#: A text may hold one record (see :meth:`Document.count_record`) per this many characters,
#: and any text :data:`MIN_RECORDS`. Real reports hold one per 67 characters or more (a
#: template of slots; a report of prose, one per 160 or more), 87 at most.
RECORD_CHARS = 16
MIN_RECORDS = 5_000


def record_limit(chars: int) -> int:
    """How many records a text of ``chars`` characters may hold."""
    return max(MIN_RECORDS, chars // RECORD_CHARS)


_PATHS: list[tuple[str, bool]] = []


def _paths() -> list[tuple[str, bool]]:
    """Every field path, and whether its value is a list: built once, asked at every dump."""
    if not _PATHS:
        from postmortem.parsing.fields import FIELD_KINDS

        _PATHS.extend((p, k == "list") for p, k in FIELD_KINDS.items())  # "title" among them
    return _PATHS
