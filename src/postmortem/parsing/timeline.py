"""Timeline entries in every shape: tables, bullets, paragraphs, day headings, one heading each."""

from __future__ import annotations

import datetime as dt
import html
import itertools
import re
import sys
from collections.abc import Callable, Sequence

import attrs

from postmortem import model as m
from postmortem._doc import Container, Document
from postmortem._text import LIST_MARKER
from postmortem.parsing.blocks import Block, cell_breaks, pieces
from postmortem.parsing.evidence import cues, marker_milestone
from postmortem.parsing.fields import (
    FACT_HEADER_KEYS,
    FACT_VALUE_HEADERS,
    key_milestone,
    path_for,
    trim_span,
)
from postmortem.parsing.outline import Node
from postmortem.timestamps import (
    _DATE_ANY,
    EDIT_LABEL,
    MONTH_SLIP,
    UPDATE_WORDS,
    Context,
    Stamp,
    declared_zone,
    odd_date,
    parse_date,
    read_stamp,
    resolve,
    split_stamp,
    weekday_alone,
    weekday_near,
    weekday_year,
    zone,
    zone_line,
)
from postmortem.timestamps import (
    _PAREN_NOTE as _TIME_NOTE,
)
from postmortem.vocabulary import (
    AGO_UNITS,
    HEADING_OTHER_DAY_WORDS,
    NOTE_COLUMN_WORDS,
    NOTE_PLAN_WORDS,
    OTHER_DAY_WORDS,
    OTHER_TIME_WORDS,
    PHASE_HEADING_WORDS,
    PHASE_HEADING_WORDS_CJK,
    PLAN_HORIZON,
    PLAN_KINDS,
    POSTED_WORDS,
    PREVIOUS_DAY_STAMP_WORDS,
    STATUS_UPDATE_LABELS,
    STATUS_UPDATE_MILESTONES,
    TEXT_COLUMN_WORDS,
    TIME_COLUMN_WORDS,
    TIMELINE_COLUMNS,
    UNLESS_STATED_WORDS,
    ZONE_NOTE_WORDS,
    key_words,
    normalize,
    section_kind,
    timeline_hint,
    unspaced,
)

#: The event fields whose parse-time values the renderer compares against.
EVENT_FIELDS = (
    "at",
    "text",
    "time",
    "actor",
    "action",
    "phase",
    "milestone",
    "date",
    "end",
    "approximate",
    "title",
)


#: A line of a table's block with no pipe (GFM's lazy row).
_PIPELESS_LINE = re.compile(r"^[^|\n]*[^|\s][^|\n]*$", re.MULTILINE)
#: The single mark that opens an entry in italics, before its stamp or its bold label.
_OPEN_ITALIC = re.compile(r"[ \t]*[*_](?=\*\*|__|\d|\[)(?!\*\*\*|___)")


def _goes_on(text: str, pos: int, deeper: str) -> bool:
    """Whether the paragraph line at ``pos`` is indented at least as far as ``deeper`` (the
    paragraph's first column plus four): a line of the entry before, whatever it opens with."""
    return text[pos - 1 : pos] == "\n" and text.startswith(deeper, pos)


def _clean(raw: str) -> str:
    lines = [ln.strip() for ln in raw.split("\n")]
    return "\n".join(ln for ln in lines if ln).strip()


def _words_below(text: str, line_end: int, end: int) -> int | None:
    """Where the words of the line after ``line_end`` (before ``end``) start, when that line
    is indented and not blank; else None."""
    nxt = text.find("\n", line_end + 1, end)
    line = text[line_end + 1 : nxt if nxt >= 0 else end]
    if line[:1] not in (" ", "\t") or not line.strip():
        return None
    return line_end + 1 + len(line) - len(line.lstrip(" \t"))


#: A sentence's end: its stop and a capital after it ("Aug. 8, 2026" is no end). Not
#: ``evidence._sentence``'s stops, which end one at any stop and blank.
_SENTENCE_BREAK = re.compile(r"[.;!?]\s+(?=[^\W\d_])(?=[^a-z])")


def _documents_own(words: str) -> bool:
    """Whether the first date in ``words`` is not the entries' day, by the words before it
    that a timeline heading's day is read with ("Published 2024-03-01", "last updated ...",
    ``_NOT_THE_ENTRIES_DAY``); not by those after it ("... happened on 2019-10-21 and were
    reviewed by SRE")."""
    digit = re.search(r"\d", words)
    end = digit.start() if digit else len(words)
    return _NOT_THE_ENTRIES_DAY.search(words, 0, end) is not None


#: What says the day a sentence names holds for every entry not dated otherwise.
_UNLESS_STATED = re.compile(rf"(?i)\bunless (?:otherwise )?(?:{'|'.join(UNLESS_STATED_WORDS)})\b")


class TimelineReader:
    """Collects timeline events from the timeline sections of a report."""

    def __init__(
        self,
        text: str,
        doc: Document,
        base: dt.date | None,
        tz: dt.tzinfo | None,
        dayfirst: bool,
        start: dt.datetime | None = None,
    ) -> None:
        self.text = text
        self.doc = doc
        self.ctx = Context(day=base, tz=tz, dayfirst=dayfirst, start=start)
        self.base_year = base.year if base else None
        self.events: list[m.TimelineEvent] = []
        self.container: Container | None = None
        self.zone_name: str | None = None
        #: A day the report names for all entries without their own date.
        self.pinned: dt.date | None = None
        #: Where the last status-page update read ends: its text may run over paragraphs,
        #: which are not read again.
        self.consumed = -1
        #: Whether a day heading, date line or dated entry set the day of the entries after
        #: it: their days are given, not to be worked out (see ``newest_first_days``).
        self.days_given = False
        # Whether an entry so far wrote its own day with its time ("### Wednesday 2019-01-30 -
        # 08:35"): then a weekday alone after it goes on from that day.
        self._dated_at = False
        #: The run of blocks being read (set by ``read_blocks``), and whether two lines or more
        #: of it open with a dotted time before text: asked by ``_split`` only, and counted
        #: once, when first asked (most runs never are).
        self._run: Sequence[Block] = ()
        self._dotted_run: bool | None = None
        #: The day a "(prev. night)" entry was put on: another such entry on it stays there.
        self._night: dt.date | None = None
        #: The entries of the runs of HTML paragraphs among the blocks being read, by block.
        self._html_found: dict[int, list[list[int]]] = {}
        #: Whether the report's prose names a day, asked only when the timeline's first date
        #: contradicts the report's day (see ``_emit``).
        self.day_named: Callable[[dt.date], bool] | None = None
        #: The title of the section being read: a status update's label ("## Resolved") makes
        #: the entry its "Posted" line stamps an update.
        self.label: str | None = None
        #: The incident's first day, which "Day 1" names ("### Day 2", "- Day 2, 03:00 ..."
        #: count from it): the report's day, or the day at the first such number.
        self.day_one: dt.date | None = None
        #: The day of the day heading whose entries are being read ("### 2022-04-21"): an
        #: entry of unknown time under it ("`unknown` - 141 genomes submitted") is of that day.
        self.heading_day: dt.date | None = None
        #: How deep in a timeline's section (``read_section``) the blocks being read are: 0
        #: for a run found elsewhere.
        self._sections = 0

    # -- sections -----------------------------------------------------------------------------

    def take_day_of(self, title: str) -> None:
        """A section headed by a day alone gives its entries that day: "## July 22" after the
        report's "## Timeline" at the same level (2i2c's incident reports), as a day's
        subheading within the timeline does."""
        if not _only_stamp(title):
            return
        st = read_stamp(title.strip(" #*_"), dayfirst=self.ctx.dayfirst, base_year=self.base_year)
        if st.date is not None and st.time is None:
            self._enter_day(st.date)
            self.heading_day = st.date

    def _heading_day(self, title: str) -> dt.date | None:
        """The day a timeline's heading names as its entries' day, or None: not one it was
        updated, written or reviewed on, nor the first of a span ("since 2026-08-01", "week
        of ..."), nor a version's digits ("v2.3.2026")."""
        if not _DIGIT_DAY.search(title) and not re.search(r"\d{4}", title):
            return None  # most headings name no year: not read further
        day = parse_date(title, dayfirst=self.ctx.dayfirst, base_year=self.base_year)
        written = _DATE_ANY.search(title)
        if day is None or (
            written is not None
            and not _OWN_NOUN.search(title[max(0, written.start() - 14) : written.start()])
            and not _OWN_NOUN_AFTER.match(title, written.end())
            and (
                _NOT_THE_ENTRIES_DAY.search(title, max(0, written.start() - 30), written.start())
                or re.search(r"v[\d.]*$", title[: written.start()])  # "(v2.3.2026)"
            )
        ):
            return None
        return day

    def take_zone_of(self, title: str) -> None:
        """A section's heading that names its entries' zone gives it to them: "## Timeline
        (UTC)", "## What happened (timeline, UTC)"."""
        z = declared_zone(title) or _heading_zone(title)
        if z:
            # Before any entry, the zone the timeline's heading names is its entries', over
            # one a field before it was written in ("**Reported**: 2026-01-17 15:51 CST" over
            # "## Timeline (UTC)", Chrondle).
            self._set_zone(z, names_it=not self.events)

    def _enter_day(self, day: dt.date) -> None:
        """The day a day's heading gives the entries under it (no rollover across it)."""
        self.ctx.day = day
        self.ctx.fresh_day = self.days_given = True

    def read_section(self, node: Node, phase: str | None = None) -> None:
        """Read a timeline section and its subsections (day headings, phases, entry headings)."""
        self.take_zone_of(node.title)
        if not _only_stamp(node.title) and (day := self._heading_day(node.title)):
            # A timeline's heading that names its day beside its words dates the entries
            # under it that give only a time, over the report's date: "## Timeline
            # (2026-08-31, local)" in a report dated "2026-08-30 → 2026-08-31" (jellebens),
            # "## Timeline (UTC, 2026-05-22)" (orchestkit), "## Timeline - May 29, 2021"
            # (Jenkins), "## タイムライン(2026-08-02、JST = UTC+9)" (GiganticMinecraft).
            self._enter_day(day)
        self.label = node.title
        before = len(self.events)
        self._sections += 1
        try:
            self._read_section(node, phase, before)
        finally:
            self._sections -= 1

    def _read_section(self, node: Node, phase: str | None, before: int) -> None:
        """``read_section``'s reading, ``before`` the number of entries before the section."""
        self.read_blocks(node.blocks, phase)
        if len(self.events) == before:
            # Its entries in a fenced block, the section's only ones: "## Timeline" over
            # "```" / "2023-06-17 18:05 Block 84 448 is created, Pathfinder nodes start
            # failing" (Equilibrium's Pathfinder), "19:00:01 - Backup-Script startet (3x
            # parallel!)" (AskProAI's RCA). Under a timeline's heading only: elsewhere a
            # fenced block of stamped lines is a log.
            for b in node.blocks:
                if b.kind == "code":
                    self._fenced_lines(b, phase)
        # Headings whose stamp closes them, two or more: "### Detection (14:05 UTC)",
        # "#### 2. Root Cause Analysis (12:00-12:30)".
        tails = {id(c): t for c in node.children if (t := self._trailing_stamp_of(c, days=True))}
        if len(tails) < 2:
            tails = {}
        # Asked of the node once, when a child first needs it: asked per child, a log of
        # thousands of day headings read every heading's stamp for each (quadratic).
        timed_here: list[bool] = []

        def timed_heading() -> bool:
            if not timed_here:
                timed_here.append(self._timed_heading(node))
            return timed_here[0]

        for child in node.children:
            title = child.title
            zc = declared_zone(title)
            if zc:
                self._set_zone(zc)
            tail = tails.get(id(child))
            if tail is not None and not self._has_entries(child):
                self._heading_event(child, None, tail=tail)
                continue
            head = split_stamp(title, labelled=True)
            # The stamp's own words only: the German "NC ist wieder erreichbar" after it
            # names no zone (IST).
            st = read_stamp(
                title[head[0] : head[1]] if head is not None else title,
                dayfirst=self.ctx.dayfirst,
                base_year=self.base_year,
            )
            if head is not None and st.time is not None and not self._has_entries(child):
                self._heading_event(child, st)
                continue
            numbered = _DAY_NUMBER.match(title) if head is None or st.time is None else None
            if numbered is not None and st.date is None:
                # "### Day 2" over the second day's entries of a long incident.
                st.date = self._numbered_day(int(numbered.group(1)))
            day_heading = st.date is not None and st.time is None
            if day_heading:
                assert st.date is not None
                self._enter_day(st.date)
            want = weekday_alone(title) if head is None and not day_heading else None
            weekday = want is not None
            if want is not None:
                self._weekday_day(want)  # "### Wednesday" over that day's entries
            if self._key_event(child):
                continue
            before = len(self.events)
            sub_phase = phase
            if "phase" in title.lower():
                sub_phase = re.sub(r"(?i)\s*phase\s*$", "", normalize(title)).strip().title()
            outer, self.heading_day = self.heading_day, st.date if day_heading else None
            self.read_section(child, sub_phase)
            self.heading_day = outer
            if weekday and self._dated_at and len(self.events) == before and not child.children:
                # "### Thursday" over prose after a day's timed headings (Equinor Radix's
                # certificate outage, told on over the week): that day's one entry, as a
                # day's heading over prose is.
                self._day_note(child, self.ctx.day)
            if day_heading and len(self.events) == before:
                if _only_stamp(title):
                    self._day_note(child)
                elif (
                    head is not None
                    and (head[0] == 0 or normalize(title[: head[0]]) in STATUS_UPDATE_LABELS)
                    and not child.children
                    and not timed_heading()
                ):
                    # "### 2026-09-26 — RESOLUCIÓN" over untimed bullets or prose (Luanti's
                    # incident log, Oxymoron290's day headings): the day's one entry, named
                    # by the heading's words. So is a day's update under its label ("## Update
                    # 2021-07-15", Safespring's daily restore log), as with a time.
                    self._heading_event(child, st)

    def read_loose_bullets(self, start: int, end: int) -> None:
        """No timeline section: bullets that start with a full date and time, at any depth.

        Used only when nothing else gave a timeline; needs three such bullets to count.
        """
        text = self.text
        found: list[tuple[int, int, int, int, int]] = []
        for mm in _BULLET_LINE.finditer(text, start, end):
            bs = mm.end()
            le = text.find("\n", bs)
            le = le if le >= 0 else len(text)
            hit = split_stamp(text[bs:le])
            if hit is None:
                continue
            st = read_stamp(text[bs + hit[0] : bs + hit[1]], dayfirst=self.ctx.dayfirst)
            if st.date is None or st.time is None:
                continue
            found.append((mm.start(), bs + hit[0], bs + hit[1], bs + hit[2], le))
        if len(found) < 3:
            return
        for ls, ss, se, body, le in found:
            body_e = le
            while body_e > body and text[body_e - 1] in " \t:":
                body_e -= 1
            self._emit((ss, se), (body, body_e), (ls, le), "bullet")
        self._container_at(found[-1][4] + 1, "bullet")

    def read_key_events(
        self, blocks: Sequence[tuple[Block, m.SectionKind]]
    ) -> list[tuple[int, int]]:
        """A list, or a paragraph's lines, of key events, each a label and its stamp ("-
        Detected: October 5, 21:35 UTC", "Feil oppdaget: 22.02.2024 13.00"): the timeline of
        a report that has no other (LABELING: a key-event summary is a timeline when no fuller
        one exists). Two or more lines, every one so written, one of them labelled with a
        milestone, and none with a key of another kind ("Date:", "Severity:") or naming the
        document's own dates or a figure ("Created:", "Published:", "MTTR:"); a "Duration:"
        line after two entries is the span they make, passed over.
        Each block comes with the kind of its section (the caller leaves out the lines under
        the title, the report's key fields: "**Outage Start:** 1030 UTC"): none among
        actions, prevention, lessons or metrics; a day alone is an entry only under a
        timeline heading. Each entry is its label, and the label's milestone its wording.
        Returns the entries' lines: the fields they were also read as are theirs now."""
        text = self.text
        for b, kind in blocks:
            if kind in _NO_KEY_EVENTS:
                continue
            if b.kind == "list":
                if any(it.box for it in b.items):
                    continue  # a checklist's items are tasks
                spans = [(it.span[0], *it.body) for it in b.items]
                shape = "ordered" if b.ordered else "bullet"
                marker = b.items[0].marker if b.items else "-"
            elif b.kind == "paragraph":
                spans = [(ls, ls, le) for ls, le in pieces(text, *b.span)]
                shape, marker = "paragraph", "-"
            else:
                continue
            if len(spans) < 2:
                continue
            # Each entry's stamp, label and line spans, and its label's milestone.
            found: list[
                tuple[tuple[int, int], tuple[int, int], tuple[int, int], m.Milestone | None]
            ] = []
            for ls, bs, be in spans:
                entry = self._key_event_line(bs, be, dated=kind is m.SectionKind.TIMELINE)
                if entry is None and len(found) >= 2 and _FIGURE_LINE.match(text, bs, be):
                    # The span the entries make, given after them: "- **Duration**: 14+ hours
                    # of complete/partial failure" under "- **Start**: October 8, 2025 ~16:00
                    # UTC" ... "- **Complete Resolution**: ..." (contributor.info).
                    continue
                if entry is None:
                    break
                label = text[slice(*entry[1])]
                ms = key_milestone(label)
                if _NO_EVENT_LABEL.fullmatch(label.strip()) or (
                    ms is None and path_for(label, None) is not None
                ):
                    break  # a document date, a figure, or a field of another kind
                found.append((*entry, (ls, be), ms))
            else:
                if not any(ms is not None for *_, ms in found):
                    continue
                for stamp, words, span, ms in found:
                    before = len(self.events)
                    self._emit(stamp, words, span, shape, marker=marker)
                    ev = self.events[-1]
                    if len(self.events) > before and ms is not None and ms not in ev.cues:
                        # The label's milestone is the entry's wording ("Feil rettet"),
                        # as the field reader knows it.
                        ev.cues = (*ev.cues, ms)
                self._container_at(found[-1][2][1], shape, marker=marker)
                return [span for _, _, span, _ in found]
        return []

    def _key_event_line(
        self, bs: int, be: int, *, dated: bool
    ) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """A line "label: stamp ...": the stamp's span and the label's, or None. The label
        ends at the first colon a stamp follows ("Deploy: step 2: 21:35"), so that a label
        written with a colon reads back. The stamp holds a time, or (``dated``) a day."""
        text = self.text
        line = text[bs:be]
        if "\n" in line.rstrip() or split_stamp(line) is not None:
            return None  # an entry of several lines, or one that opens with its stamp
        ws = bs + len(line) - len(line.lstrip(" \t*_"))
        if ws >= be or text[ws].isdigit():
            return None
        colon = text.find(":", ws, min(be, ws + 120))
        while colon >= 0:
            vs = colon + 1
            while vs < be and text[vs] in " \t*_":
                vs += 1
            hit = split_stamp(text[vs:be])
            if hit is not None:
                ss, se = vs + hit[0], vs + hit[1]
                st = read_stamp(text[ss:se], dayfirst=self.ctx.dayfirst, base_year=self.base_year)
                if st.time is None and not (dated and st.explicit_date):
                    return None
                we = colon
                while we > ws and text[we - 1] in " \t*_":
                    we -= 1
                return (ss, se), (ws, we)
            colon = text.find(":", colon + 1, min(be, ws + 120))
        return None

    def _day_column(self, cells: list[str]) -> bool:
        """Whether a column's cells are days alone ("2024-05-01", "Wed May 1"), some empty."""
        said = [c.strip() for c in cells if c.strip()]
        if not said:
            return False
        for c in said:
            st = read_stamp(c, dayfirst=self.ctx.dayfirst, base_year=self.base_year)
            if st.date is None or st.time is not None:
                return False
        return True

    def _day_row(self, cell: str) -> bool:
        """A time cell that is only a day ("1/28", "2019-12-03"): sets the day, is no entry."""
        mm = re.fullmatch(r"\s*(\d{1,2})/(\d{1,2})\s*", cell)
        year = self.ctx.day.year if self.ctx.day else self.base_year
        if mm and year is not None:
            try:
                day = dt.date(year, int(mm.group(1)), int(mm.group(2)))
            except ValueError:
                return False
        else:
            st = read_stamp(cell, dayfirst=self.ctx.dayfirst, base_year=self.base_year)
            if st.date is None or st.time is not None:
                return False
            day = st.date
        self.ctx.day = day
        self.ctx.fresh_day = self.days_given = True
        return True

    def _timed_heading(self, node: Node) -> bool:
        """Whether a subsection of ``node`` is headed by a time of day alone: then a heading of
        a day and words ("### March 5, 2025: Sepolia Testnet Issue Timeline") sets the day of
        those entries and is none itself. Not when the timed headings carry their own days
        ("### Nov 17, 19:51 UTC - Last Healthy State" beside "### Nov 18-20 - Architectural
        Changes", screeps-gpt's timeline; July25's day headings too): the day's heading is an
        entry among them."""
        for child in node.children:
            head = split_stamp(child.title, labelled=True)
            if head is not None:
                stamp = child.title[head[0] : head[1]]
                st = read_stamp(stamp, dayfirst=self.ctx.dayfirst)
                if st.time is not None and not names_a_day(stamp, self.ctx.dayfirst):
                    return True
        return False

    def _has_entries(self, node: Node) -> bool:
        """Whether a subsection holds stamped list items of its own (then its heading is not
        an entry but a phase: "### ~9:43 AM: Identifying the Issue")."""
        text = self.text
        for b in node.blocks:
            if b.kind == "list" and any(split_stamp(text[i.body[0] : i.body[1]]) for i in b.items):
                return True
        return False

    def _day_note(self, node: Node, day: dt.date | None = None) -> None:
        """A day heading with prose but no timed entries: one entry for that day (``day``,
        when the heading names it by its weekday alone)."""
        para = next((b for b in node.blocks if b.kind == "paragraph"), None)
        title = node.heading_title
        if para is None or title is None:
            return
        s, e = para.span
        while e > s and self.text[e - 1] in " \t\n":
            e -= 1
        # Its own shape: a title added to its heading would make it a timed entry's heading,
        # whose text is its whole body, not this first paragraph.
        self._emit(title, (s, e), (node.start, node.end), "day-heading", day_of=day)

    def _key_event(self, node: Node) -> bool:
        """A subsection such as "### Detection" holding "- **Time:** 09:20" is one event.

        So is one whose first paragraph opens with such a field line: "### Phase 2: First
        Production Crisis" over "**Time**: ~12:00 PM - 1:00 PM" and "**Status**: ..."
        (merlin2's outage), "### Incident 1: Error 10062" over "**Time**: 2025-11-22
        21:50:43" (aifx's bot). Only with a time of day there: "**Time:** 2 hours" under a
        plan's option is its cost."""
        text = self.text
        title = node.heading_title
        if title is None:
            return False
        for b in node.blocks:
            if b.kind == "paragraph" and b is node.blocks[0] and not self._has_entries(node):
                # Not over timed items of its own (review 55): they are the entries.
                s = b.span[0]
                eol = text.find("\n", s, b.span[1])
                mm = _TIME_KEY.match(text, s, eol if eol >= 0 else b.span[1])
                value = mm.group("v").strip("*_` ~") if mm is not None else ""
                # The value a time alone: "**Time: 19:17:36 UTC** - Deployment #77 triggered"
                # is a stamped line, an entry of its own words (caseapp's deployment).
                if (
                    mm is not None
                    and _only_stamp(value)
                    and read_stamp(value, dayfirst=self.ctx.dayfirst).time is not None
                ):
                    milestone, lead = key_event_heading(text[title[0] : title[1]])
                    self._emit(mm.span("v"), (title[0] + lead, title[1]), (node.start, node.end),
                               "key-event", milestone=milestone)  # fmt: skip
                    return True
            if b.kind != "list":
                continue
            for it in b.items:
                mm = _TIME_KEY.match(text, it.body[0], it.body[1])
                if mm is None:
                    continue
                vs, ve = mm.span("v")
                if ve > vs and text[vs] == "`" and text[ve - 1] == "`":
                    vs, ve = vs + 1, ve - 1
                milestone, lead = key_event_heading(text[title[0] : title[1]])
                self._emit((vs, ve), (title[0] + lead, title[1]), (node.start, node.end),
                           "key-event", milestone=milestone)  # fmt: skip
                return True
        return False

    def _numbered_day(self, number: int) -> dt.date | None:
        """The date of the incident's day ``number`` ("Day 2"): counted from the day "Day 1"
        fell on, the report's day or the day being read at the first number seen."""
        if self.day_one is None:
            if self.ctx.day is None:
                return None
            self.day_one = self.ctx.day - dt.timedelta(days=number - 1)
        try:
            return self.day_one + dt.timedelta(days=number - 1)
        except OverflowError:
            return None

    def _set_zone(self, name: str, *, names_it: bool = False) -> None:
        """The entries' zone from here on; it names the timeline's zone when none did yet, or
        (``names_it``) over one that did."""
        tz = zone(name)
        if tz is not None:
            self.ctx.tz = tz
            self.zone_name = name if names_it else self.zone_name or name

    def _split(self, line: str) -> tuple[int, int, int] | None:
        """Where a leading stamp is in an entry's line (``split_stamp``), and, under a day
        line, a time written with a dot before words ("4 October 2022" over "09.00 User
        reported issue with search", Wellcome Collection's retros): the day makes it a time
        (elsewhere "10.15 release" may be a version)."""
        hit = split_stamp(line)
        if hit is None and self.days_given:
            dotted = _dotted_lead(line)
            if dotted is not None and self._dotted_in_run():
                return dotted.start("t"), dotted.end("t"), dotted.end()
        return hit

    def _dotted_in_run(self) -> bool:
        """Whether two lines or more of the run open with a dotted time before text (a list
        item's after its marker): one "18.04 hosts were upgraded" among colon times is a
        version."""
        if self._dotted_run is None:
            text = self.text
            count = sum(
                _dotted_lead(text, mm.end()) is not None
                for b in self._run
                if b.kind in ("paragraph", "list")
                for mm in _DOTTED_LINE.finditer(text, *b.span)
            )
            self._dotted_run = count >= 2
        return self._dotted_run

    def _trailing_stamp_of(self, node: Node, *, days: bool = False) -> tuple[int, int] | None:
        """The span of a time in parentheses that closes a heading of words, or None; with
        ``days``, of a day too."""
        if node.heading_title is None:
            return None
        return self._closing_stamp(*node.heading_title, days=days)

    def _closing_stamp(self, ts: int, te: int, *, days: bool = False) -> tuple[int, int] | None:
        """The span of a time in parentheses that closes a line of words ("Detection (14:05
        UTC)", "Rolled back (10:30)"), or None. With ``days``, a day too: the phases of a
        response told over days, "### Phase 1: Initial Triage (January 18)" (Dippy's
        subnet outage), "### Phase 1: 緊急対応（2025-10-26）" (mulukhiya's); not a count of
        steps, "### Restart the workers (1/3)"."""
        span = closing_stamp_span(self.text[ts:te])
        if span is None:
            return None
        inner = self.text[ts + span[0] : ts + span[1]]
        st = read_stamp(inner, dayfirst=self.ctx.dayfirst, base_year=self.base_year)
        if st.time is None and not (days and names_a_day(inner, self.ctx.dayfirst)):
            return None
        return ts + span[0], ts + span[1]

    def _closing_at(self, ts: int, te: int) -> tuple[int, int] | None:
        """The span of a day and time that ends a line of words after "at", "@" or a dash
        ("Service restored at 15:22 UTC.", "Rolled back - 14:20"), or None."""
        text = self.text
        end = te
        while end > ts and text[end - 1] in " \t.":
            end -= 1
        for mm in _CLOSING_AT.finditer(text, ts, end):
            start = mm.end()
            if not text[ts : mm.start()].strip():
                continue  # no words before the time
            hit = split_stamp(text[start:end])
            if hit is None or hit[0] != 0 or hit[1] != end - start:
                continue
            st = read_stamp(text[start:end], dayfirst=self.ctx.dayfirst, base_year=self.base_year)
            if st.time is not None:
                return start, end
        return None

    def _heading_event(
        self, node: Node, st: object, *, tail: tuple[int, int] | None = None
    ) -> None:
        assert node.heading_title is not None
        ts, te = node.heading_title
        title_span: tuple[int, int] | None = None
        if tail is not None:
            # The words before the parenthesised stamp name the entry ("Detection"): its title.
            title_span = _words_span(self.text, ts, tail[0] - 1, after_stamp=False)
            ts, te = tail
        else:
            head = split_stamp(self.text[ts:te], labelled=True)
            if head is not None:
                # Words after the stamp ("## 2025-01-21T18:00:00 - NC ist wieder erreichbar")
                # are no part of it (the German "ist" is no zone, IST), but they tell what
                # happened: the entry's title.
                title_span = _words_span(self.text, ts + head[1], te)
                ts, te = ts + head[0], ts + head[1]
        words = self.text[title_span[0] : title_span[1]] if title_span is not None else ""
        body_s = node.heading_end
        body_e = node.children[0].start if node.children else node.end
        while body_e > body_s and self.text[body_e - 1] in " \t\n":
            body_e -= 1
        while body_s < body_e and self.text[body_s] in " \t\n":
            body_s += 1
        self._emit(
            stamp_span=(ts, te),
            text_span=(body_s, body_e),
            span=(node.start, node.end),
            shape="heading",
            heading_words=words,
            title_span=title_span,
        )

    # -- blocks -------------------------------------------------------------------------------

    def read_blocks(self, blocks: Sequence[Block], phase: str | None) -> None:
        """Read events from a run of blocks."""
        self._run, self._dotted_run = blocks, None
        self._html_found = self._html_runs(blocks) if any(b.kind == "html" for b in blocks) else {}
        heads = self._stamp_lines(blocks)
        posted = {} if heads else self._posted_lines(blocks)
        told = {i + (1 if over else -1) for i, (_, _, over) in posted.items()}
        for i, b in enumerate(blocks):
            if i in posted:
                self._posted_entry(blocks, i, posted[i], phase)
                continue
            if i in told:
                continue  # the update's words, read with its "Posted" line
            if i in heads:
                self._stamp_line_entry(b, blocks[i + 1], heads[i], phase)
                continue
            if b.kind == "table":
                self._table(b, phase)
            elif b.kind == "list":
                self._list(b, phase)
            elif b.kind == "paragraph":
                self._paragraph(b, phase)
            elif b.kind == "code":
                self._indented_list(b, phase)
            elif b.kind == "html":
                self._html_table(b, phase)
            elif b.kind == "quote":
                self._quote(b, phase)

    def _lead_stamp(self, line: str) -> tuple[tuple[int, int, int], Stamp] | None:
        """The stamp a line opens with, found and read; None when it opens with none."""
        hit = split_stamp(line) if _MAYBE_STAMP.search(line) else None
        if hit is None:
            return None
        return hit, read_stamp(line[hit[0] : hit[1]].strip("*_`[]{} "), dayfirst=self.ctx.dayfirst)

    def _in_timeline(self) -> bool:
        """Whether the blocks being read are a timeline's section (``read_section``), not a
        plan's ("## Action Items" over "**2025-02-01 17:00**" and the tasks due then)."""
        label = self.label
        if label is not None and section_kind(label) in PLAN_KINDS:
            return False
        # A run read outside one, under a heading that names a timeline in parentheses:
        # "## What Happened (Timeline)" (Convergence Protocol), whose words ``normalize``
        # reads as "what happened".
        return self._sections > 0 or (
            label is not None and timeline_hint(label.replace("(", " ").replace(")", " "))
        )

    def _lone_stamp(self, b: Block) -> tuple[str, tuple[int, int, int], Stamp] | None:
        """A paragraph of one short line that opens with a stamp: its text, the stamp's hit and
        its reading. None for any other block."""
        if b.kind != "paragraph":
            return None
        raw = self.text[b.span[0] : b.span[1]].rstrip()
        if "\n" in raw or len(raw) > 60:
            return None
        got = self._lead_stamp(raw)
        return (raw, *got) if got is not None else None

    def _stamp_lines(self, blocks: Sequence[Block]) -> dict[int, tuple[int, int, int]]:
        """Paragraphs that are a stamp alone, each over a paragraph of words: a status page's
        updates written "02:45 UTC" then the update ("Civo": cState updates between rules).
        Two or more make entries; one alone is a line of the report. Index -> stamp hit."""
        text = self.text
        found: dict[int, tuple[int, int, int]] = {}
        days: dict[int, tuple[int, int, int]] = {}
        labelled = False
        for i, b in enumerate(blocks[:-1]):
            nxt = blocks[i + 1]
            if nxt.kind not in ("paragraph", "list") or (lone := self._lone_stamp(b)) is None:
                continue
            raw, hit, st = lone
            tailed = bool(raw[hit[2] :].strip(" \t:*_"))
            noted = _NOTE_TAIL.fullmatch(raw, hit[2]) is not None
            if tailed and not noted and not _UPDATE_TAIL.fullmatch(raw, hit[2]):
                continue
            ns, ne = nxt.span
            if nxt.kind == "list":
                # A time alone over a list of what happened then, the list its words:
                # "**2025-11-23 ~20:00 UTC:**" over "- Exposed private keys discovered"
                # (Convergence Protocol's sweeper-bot report), "**2025-11-17 15:30 - 17:00**"
                # over "- Investigation of Turso snapshot ..." (LiveOne's incident log), as a
                # heading's time over a list is an entry. In a timeline's section only
                # (``_in_timeline``: not a plan's due times over its tasks, review 53); not a
                # day alone over its timed items ("**October 27, 2022**" / "- 11:58
                # Irregularities ..."), a checklist, nor a list with stamped items of its own.
                items = nxt.items
                if (
                    not self._in_timeline()
                    or st.time is None
                    or (tailed and not noted)
                    or not items
                    or any(it.box for it in items)
                    or any(split_stamp(text[it.body[0] : it.body[1]]) for it in items)
                ):
                    continue
                found[i] = hit
                continue
            if split_stamp(text[ns:ne].split("\n", 1)[0]) is not None:
                continue  # the next paragraph is an entry of its own
            if st.time is None:
                if st.date is not None and not tailed:
                    days[i] = hit
                continue
            found[i] = hit
            labelled = labelled or tailed
        # In a log of day lines (two or more) over paragraphs that open with their time, a
        # day or a stamp alone over words is an entry (so a day line given a time by an edit
        # still is one). One day line over a note ("2022-03-30" / "Reviewed by ...") is none.
        amid = (
            bool(found or days)
            and self._day_lines(blocks) >= 2
            and self._stamped_paragraphs(blocks, set(found) | set(days))
        )
        if amid:
            # A day line over words with no time ("**March 17, 2022:**" / "The Blue Team
            # identifies ...", among days whose entries have times: GPA Lab's post-mortem;
            # NYC Mesh's status log): an entry that carries only its day (LABELING counts
            # them), not words lost between two days.
            found.update(days)
        # One labelled as an update ("**13:30 11th Feb - update 1**") is a timeline alone, as
        # one status update is: deleting the other of two leaves it one. So is a time over
        # its words in a timeline's section (LiveOne's "### Discovery Phase" once one of its
        # two times is deleted), as a heading's time over them is.
        alone = len(found) == 1 and self._in_timeline()
        return found if len(found) >= 2 or labelled or amid or alone else {}

    def _day_lines(self, blocks: Sequence[Block]) -> int:
        """How many paragraphs of ``blocks`` are a day alone ("**March 17, 2022:**"), or a
        day and a time alone (a day line an edit gave a time)."""
        count = 0
        for b in blocks:
            lone = self._lone_stamp(b)
            if lone is not None and not lone[0][lone[1][2] :].strip(" \t:*_"):
                count += lone[2].date is not None
        return count

    def _stamped_paragraphs(self, blocks: Sequence[Block], but: set[int]) -> bool:
        """Whether a paragraph of ``blocks`` (not those in ``but``) opens with a time of day."""
        text = self.text
        for i, b in enumerate(blocks):
            if b.kind != "paragraph" or i in but:
                continue
            got = self._lead_stamp(text[b.span[0] : b.span[1]].split("\n", 1)[0])
            if got is not None and got[1].time is not None:
                return True
        return False

    def _posted_lines(self, blocks: Sequence[Block]) -> dict[int, tuple[int, int, bool]]:
        """Paragraphs that are only a status page's "Posted" line with a day and a time: the
        stamp of the paragraph of words under it ("## Resolved" / "*Posted Dec 22, 2022 - 22:20
        UTC*" / "This incident has been resolved.") or over it, as Statuspage's page shows an
        update ("This incident has been resolved." / "Posted 3 years ago. Mar 12, 2024 - 14:05
        UTC"). Which way is read from the first: with words just above it, every line stamps
        the words above. Index -> (stamp start and end in the paragraph, words under it)."""
        text = self.text
        found: dict[int, tuple[int, int]] = {}
        for i, b in enumerate(blocks):
            if b.kind != "paragraph":
                continue
            s, e = b.span
            if e - s > 200:
                continue  # not copied: a "Posted" line is short
            raw = text[s:e].rstrip()
            if len(raw) > 100 or "\n" in raw:
                continue
            hit = posted_stamp(raw)
            if hit is None:
                continue
            st = read_stamp(raw[hit[0] : hit[1]], dayfirst=self.ctx.dayfirst,
                            base_year=self.base_year)  # fmt: skip
            if st.time is not None and st.date is not None:
                found[i] = hit
        if not found:
            return {}
        first = min(found)
        over = first == 0 or blocks[first - 1].kind != "paragraph"
        out: dict[int, tuple[int, int, bool]] = {}
        for i, (a, z) in found.items():
            words = i + 1 if over else i - 1
            para = 0 <= words < len(blocks) and blocks[words].kind == "paragraph"
            if para and words not in found:
                out[i] = (a, z, over)
        return out

    def _posted_entry(
        self, blocks: Sequence[Block], i: int, hit: tuple[int, int, bool], phase: str | None
    ) -> None:
        """One update of ``_posted_lines``: the stamp of its "Posted" line and its words. Under
        a heading that is a status label ("## Monitoring") it is known as an update."""
        text = self.text
        a, z, over = hit
        s, e = blocks[i].span
        ws, we = blocks[i + 1 if over else i - 1].span
        while we > ws and text[we - 1] in " \t\n\\":
            we -= 1
        label = self.label if (self.label or "").strip().lower() in STATUS_UPDATE_LABELS else None
        # Under a status label it is an update, which counts as a timeline alone.
        shape = "posted" if label is None else "posted-update"
        span = (s, we) if over else (ws, e)
        # The label names no milestone of the entry: an update inserted under the heading
        # would take it too. The update's words name it ("This incident has been resolved").
        self._emit((s + a, s + z), (ws, we), span, shape, phase=phase)
        self.consumed = max(self.consumed, span[1])

    def _stamp_line_entry(
        self, b: Block, nxt: Block, hit: tuple[int, int, int], phase: str | None
    ) -> None:
        """One update of ``_stamp_lines``: its stamp, and the paragraph under it as its text.
        An update's further paragraphs stay the section's text, as a heading entry's do."""
        text = self.text
        s, _ = b.span
        ns, ne = nxt.span
        body_e = ne
        while body_e > ns and text[body_e - 1] in " \t\n\\":
            body_e -= 1
        # A status label after the stamp ("14:05 UTC Resolved") names the update's milestone,
        # as a status update's label does.
        line_end = s + len(text[s : b.span[1]].rstrip())
        tail = _UPDATE_TAIL.fullmatch(text, s + hit[2], line_end)
        cells = None
        if tail is not None and tail.group("label").lower() in STATUS_UPDATE_MILESTONES:
            cells = {"phase": tail.span("label")}
        self._emit(
            (s + hit[0], s + hit[1]),
            (ns, body_e),
            (s, body_e),
            "stamp-line",
            phase=phase,
            cells=cells,
        )
        self.consumed = max(self.consumed, ne)

    def _paragraph(self, b: Block, phase: str | None) -> None:
        text = self.text
        s, e = b.span
        if s < self.consumed:
            return  # the text of a status-page update read with its opener
        raw = text[s:e]
        if _MAYBE_STAMP.search(raw) is None:
            # No digit, no unknown or slot time ("[???]", "TBD", "[HH:MM]"), no "an hour
            # later": no entry, date
            # line or dated sentence can start here. Only a zone may be declared ("All times
            # are in UTC"). Most paragraphs of a report are these; the best-run search reads
            # every one of them.
            if len(raw) < 200:
                z = declared_zone(raw) or zone_line(raw.strip())
                if z:
                    self._set_zone(z)
                elif len(raw) < 24 and (want := weekday_alone(raw)) is not None:
                    self._weekday_day(want)  # "**Thursday**" over that day's entries
            return
        z = declared_zone(raw) or (zone_line(raw.strip()) if len(raw) < 200 else None)
        if z and len(raw) < 200 and split_stamp(raw) is None:
            self._set_zone(z)
            self._day_sentence(raw)
            return
        if self._date_line(raw):
            return
        if "{" in raw and "}" in raw and self._object_entries(s, e, phase):
            return
        if (":::" in raw or "{{<" in raw) and self._status_updates(s, e, phase):
            return
        # Each line (or "<br>"-separated piece) that starts with a stamp starts an entry; other
        # lines continue it. So does a line indented four columns or more past the paragraph's
        # first: in Markdown such a line can only go on with the paragraph, and it is how an
        # entry's text of several lines is written when a line of it opens with a stamp (a log
        # line pasted in the entry).
        current: list[int] | None = None  # [piece start, stamp s, stamp e, body s, end]
        entries: list[list[int]] = []
        deeper = " " * (s - text.rfind("\n", 0, s) - 1 + 4)
        for pos, end in pieces(text, s, e):
            line = text[pos:end]
            hit = self._split(line) if line.strip() else None
            if hit is None and update_lead(line, 0):
                # A status post's update in a paragraph: "Update 02:24 UTC: we found ...",
                # "**Update: 09:55** This issue has now been resolved."
                hit = split_stamp(line, labelled=True)
            if hit is None and current is None and _OPEN_ITALIC.match(line):
                # A whole entry in italics over several lines, its closing mark on the last:
                # "_**Edit de 12h15 :** Le nouveau serveur ... tout devrait" / "désormais
                # fonctionner à nouveau !_" (Flus's notices). The stamp is read past the mark.
                k = _OPEN_ITALIC.match(line).end()  # type: ignore[union-attr]
                inner = line[k:]
                sub = self._split(inner) or (
                    split_stamp(inner, labelled=True) if update_lead(inner, 0) else None
                )
                hit = (sub[0] + k, sub[1] + k, sub[2] + k) if sub is not None else None
            if hit is not None and current is not None and _goes_on(text, pos, deeper):
                hit = None
            if hit is not None:
                current = [pos, pos + hit[0], pos + hit[1], pos + hit[2], end]
                entries.append(current)
            elif current is not None and _FENCE_LINE.fullmatch(line):
                # An admonition's closing fence, ":::" after ":::hint" / "**_15:27_** Status
                # Page updated" (Octopus Deploy's timelines, Docusaurus): no words of the entry.
                current = None
            elif current is not None and line.strip():
                current[4] = end
        if not entries:
            # A status page's update pasted as shown: its words, then "Posted 3 years ago.
            # Mar 12, 2024 - 14:05 UTC" on its last line.
            le = len(raw.rstrip()) + s
            ls = text.rfind("\n", s, le) + 1
            posted = posted_stamp(text[ls:le]) if ls > s else None
            if posted is None and ls > s and "<" in raw:
                # Only when no other line is such a time: several updates run together
                # are not one entry stamped by the last.
                others = (tagged_stamp(text[a:b]) for a, b in pieces(text, s, ls))
                posted = None if any(others) else tagged_stamp(text[ls:le])
            if posted is not None and self._trailing_stamp(
                s, [[ls, ls + posted[0], ls + posted[1], le, le]], phase
            ):
                return
            self._day_sentence(raw)
            return
        if self._trailing_stamp(s, entries, phase):
            return
        if len(entries) == 1 and not text[entries[0][3] : entries[0][4]].strip(" \t\n\\*_:-"):
            # A stamp alone, with no words under it: a post's signed date ("2020-05-26
            # 23:00:00" closing USTCLUG's notice), no entry. An entry inserted after it
            # would have no words to be written like.
            self._day_sentence(raw)
            return
        for ls, ss, se, bs, le in entries:
            body_e = le
            dd = _DEFINITION.match(text, bs, le)
            if dd is not None:
                bs = dd.end()  # "14:05" over ": Alert fired" (a definition list): no ": "
            elif (nl := text.find("\n", bs, le)) >= 0 and not text[bs:nl].strip():
                # A time alone on its line over its words ("5:00" / "Engineers acknowledge
                # the alert", 2i2c's reports): the words start on the next line, and a new
                # text written there keeps the line break.
                bs = nl + 1
                while bs < le and text[bs] in " \t":
                    bs += 1
            while True:
                while body_e > bs and text[body_e - 1] in " \t\n\\":
                    body_e -= 1
                # A "<br>" that ends the entry parts it from the next: markup, not its text
                # (as it is where entries share a line), kept in the record's span.
                br = _TRAILING_BR.search(text, max(bs, body_e - 8), body_e)
                if br is None:
                    break
                body_e = br.start()
            # A whole entry in italics ("*[Update **14:18 CEST**]: DNS settings ... now.*"):
            # the closing mark is markup, not its text. Only where it closes the one that
            # opens the entry: in "*14:05* Deployed the *hotfix*" the last closes "hotfix".
            lead = ls + len(text[ls:ss]) - len(text[ls:ss].lstrip())
            mark = text[lead : lead + 1]
            if mark in ("*", "_") and body_e - 1 > bs and text[body_e - 1] == mark:
                singles = [mm.start() for mm in _SINGLE_MARK[mark].finditer(text, ls, body_e)]
                if singles == [lead, body_e - 1]:
                    body_e -= 1
            self._emit((ss, se), (bs, body_e), (ls, le), "paragraph", phase=phase)
        if entries:
            # New entries go after the last line of this paragraph, written like its entries.
            last = entries[-1][4]
            self._container_at(last + 1 if last < len(text) else last, "paragraph")

    def _trailing_stamp(self, s: int, entries: list[list[int]], phase: str | None) -> bool:
        """A status-page update pasted as it is shown, its time on its last line: "**Resolved**
        This incident has been resolved.  " over "Nov 05, 07:46 PM GMT+3", or "> Monitoring"
        / "A fix has been implemented ..." / "> Dec 05, 2025 - 09:12 UTC". The paragraph is one
        entry whose stamp is its last line, when that line is the only one stamped, has
        nothing after its stamp, and names a day and a time."""
        text = self.text
        if len(entries) != 1:
            return False
        ls, ss, se, bs, le = entries[0]
        body = text[s:ls].rstrip(" \t\n\\>")
        if ls <= s or not body.strip():
            return False
        if text[bs:le].strip(" \t>*_"):
            return False  # words after the stamp ("Dec 05, 2025 - 09:12 UTC" is one stamp)
        # A day without its year ("Feb 12, 16:51 EST", as a status page shows this year's
        # updates) takes the report's year.
        st = read_stamp(text[ss:se], dayfirst=self.ctx.dayfirst, base_year=self.base_year)
        if st.time is None or st.date is None:
            return False
        lead = len(body) - len(body.lstrip(" \t>"))  # a quote's marker is no text
        # Under a status label ("## Resolved" over "This incident has been resolved." and
        # "Posted Jan 12, 2023 - 15:40 UTC" in one paragraph, as Statuspage's export writes
        # it) it is an update, which counts as a timeline alone, as a "Posted" line is there.
        labelled = (self.label or "").strip().lower() in STATUS_UPDATE_LABELS
        # With its "Posted" line it is known as an update alone; a bare time only with other
        # such updates ("## Update" over a follow-up's words and its day is one paragraph).
        posted = posted_stamp(text[ls:le].strip()) is not None
        shape = ("posted-update" if posted else "labelled-update") if labelled else "trailing-stamp"
        self._emit((ss, se), (s + lead, s + len(body)), (s, le), shape, phase=phase)
        self._container_at(le + 1 if le < len(text) else le, "paragraph")
        return True

    def _quote(self, b: Block, phase: str | None) -> None:
        """A quote is a chat log or a citation, not entries, except a status-page update
        pasted as a quote: words ("> Monitoring" / "A fix has been implemented ..."), then
        its day and time alone on its last line ("> Dec 05, 2025 - 09:12 UTC")."""
        text = self.text
        s, e = b.span
        lines = pieces(text, s, e)
        if len(lines) < 2:
            return
        ls, le = lines[-1]
        hit = split_stamp(text[ls:le].lstrip(" >"))
        if hit is None:
            return
        off = ls + len(text[ls:le]) - len(text[ls:le].lstrip(" >"))
        entry = [ls, off + hit[0], off + hit[1], off + hit[2], le]
        self._trailing_stamp(s, [entry], phase)

    def _indented_list(self, b: Block, phase: str | None) -> None:
        """A list indented four spaces by mistake, which Markdown makes a code block:
        "    - 11:16 ::::: deploys queue". Read only when every line is a stamped bullet, so log
        lines and fenced code never are."""
        text = self.text
        s, e = b.span
        if text[s:e].lstrip(" ").startswith(("```", "~~~")):
            return
        found: list[tuple[int, int, int, tuple[int, int, int]]] = []
        for mm in _CODE_BULLET.finditer(text, s, e):
            ls, bs, le = mm.start(), mm.start(1), mm.end()
            hit = split_stamp(text[bs:le])
            if hit is None:
                return
            found.append((ls, le, bs, hit))
        nonblank = sum(1 for ln in text[s:e].split("\n") if ln.strip())
        if len(found) < 2 or len(found) != nonblank:
            return
        for ls, le, bs, (h0, h1, h2) in found:
            self._emit((bs + h0, bs + h1), (bs + h2, le), (ls, le), "bullet", phase=phase)
        self._container_at(found[-1][1] + 1 if found[-1][1] < len(text) else found[-1][1],
                           "bullet")  # fmt: skip

    def _fenced_lines(self, b: Block, phase: str | None) -> None:
        """The lines of a fenced block with no language (or plain text), each an entry: every
        line opens with a stamp and words after it, two at least; an indented line goes on
        with the entry above it, as a paragraph's entry does."""
        text = self.text
        s, e = b.span
        fence = _FENCE_OPEN.match(text, s, e)
        if fence is None or fence.group("info").strip().lower() not in _PLAIN_INFO:
            return
        close = text.rfind("\n", s, e - 1)  # the closing fence's line, or the block's end
        inner_end = close if close > fence.end() and _FENCE_CLOSE.fullmatch(
            text, close + 1, e) else e  # fmt: skip
        found: list[list[int]] = []
        levels = 0
        pos = fence.end()
        while pos < inner_end:
            nl = text.find("\n", pos, inner_end)
            le = nl if nl >= 0 else inner_end
            line = text[pos:le]
            if line.strip() and not line.strip(" \t`~"):
                # A closing fence mistyped short ("`", Pathfinder's): Markdown reads on to the
                # document's end, the writer meant the block to end here.
                break
            if line.strip():
                hit = split_stamp(line) if not line[:1].isspace() else None
                if hit is not None and _LOG_LEVEL.match(line, hit[2]):
                    levels += 1  # "2024-05-02 09:12:01 ERROR connection refused"
                # Its words on the line, or on the indented lines under a stamp alone
                # ("2026-06-29 02:27 UTC" / "            Backdoor files planted ...",
                # Infinite Locus' RCA), as a stamp line over a paragraph is an entry: its
                # words start on the next line, after the indent.
                on_line = hit is not None and bool(line[hit[2] :].strip())
                below = (
                    _words_below(text, le, inner_end)
                    if hit is not None and hit[0] == 0 and not on_line
                    else None
                )
                if below is not None and _LOG_LEVEL.match(text, below):
                    levels += 1  # "2026-06-29 01:58:01" / "    ERROR NullPointer..."
                if hit is not None and hit[0] == 0 and (on_line or below is not None):
                    words = pos + hit[2] if below is None else below
                    found.append([pos, pos + hit[0], pos + hit[1], words, le])
                elif found and line[:1].isspace():
                    found[-1][4] = le  # a line that goes on with the entry above
                else:
                    return  # a line of something else: a log or a listing, not a timeline
            pos = le + 1
        if not found or 2 * levels >= len(found):
            return  # half its lines or more carry a log's level: a log, not a timeline
        for ls, ss, se, bs, le in found:
            body_e = le
            while body_e > bs and text[body_e - 1] in " \t\n":
                body_e -= 1
            self._emit((ss, se), (bs, body_e), (ls, le), "paragraph", phase=phase)
        self._container_at(found[-1][4] + 1, "paragraph")

    def _day_sentence(self, raw: str) -> None:
        """ "Unless otherwise noted all events happened on 2019-10-21": the day for what follows."""
        mm = re.search(r"(?i)\b(?:happened|occurred|times? (?:are|is)|events? (?:on|of))\b", raw)
        if mm is not None:
            after = raw[mm.end() : mm.end() + 80]
            if _documents_own(after):
                return  # "All times are UTC; last updated 2024-03-01": the document's day
            day = read_stamp(after, dayfirst=self.ctx.dayfirst, base_year=self.base_year).date
        elif len(raw) < 200 and (unless := _UNLESS_STATED.search(raw)) is not None:
            # The day the entries are on, with the exceptions marked: "All times UTC,
            # 2026-08-08 unless stated." (lucos), as docs.rs writes "Unless otherwise noted
            # all events happened on 2019-10-21". Only its own sentence's date, and not the
            # report's ("Published 2024-03-01. All times UTC unless stated.").
            ends = [stop.start() + 1 for stop in _SENTENCE_BREAK.finditer(raw)]
            start = max((x for x in ends if x <= unless.start()), default=0)
            end = min((x for x in ends if x > unless.end()), default=len(raw))
            sentence = raw[start:end]
            if _documents_own(sentence):
                return
            day = parse_date(sentence, dayfirst=self.ctx.dayfirst, base_year=self.base_year)
        else:
            return
        if day is not None:
            self.ctx.day = day
            self.ctx.fresh_day = self.days_given = True
            self.pinned = day

    def _weekday_day(self, want: int) -> bool:
        """A weekday alone heading what follows ("### Wednesday", "- Jeudi" over nested
        entries): the day that weekday falls on near the group before it, or on or before the
        report's day (``weekday_near``). With no day known, what follows has times only (a
        time more than three hours before the one above it is the next day, as ever)."""
        if self.ctx.day is not None:
            self.ctx.day = weekday_near(
                want, self.ctx.day, first=not (self.days_given or self._dated_at)
            )
            self.ctx.fresh_day = self.days_given = True
        return True

    def _date_line(self, raw: str) -> bool:
        stripped = raw.strip()
        if stripped.endswith(("**:", "__:")):
            # A colon after the closing marks is the label's, as one inside them is:
            # "**November 23, 2025 UTC**:" (Polydev) as "**Nov 23:**".
            stripped = stripped[:-1]
        stripped = stripped.strip("*_").strip()
        want = weekday_alone(stripped)
        if want is not None:
            return self._weekday_day(want)
        if stripped[:4].lower() == "date":  # (only ASCII letters fold to these four)
            stripped = re.sub(r"(?i)^date\s*:\s*", "", stripped)
        # A note in parentheses counts nothing to the length: "Wednesday, January 25, 2023
        # _(all dates and times below are shown in UTC)_" (Octopus Deploy's timelines). A
        # line much longer is no day line whatever its notes (and is not searched for them).
        if not stripped or len(stripped) > 200:
            return False
        if len(_PAREN_NOTE.sub("", stripped) if "(" in stripped else stripped) > 60:
            return False
        # The stamp's place first: it is cheap, and most lines have none (reading the whole
        # line as a stamp tries every character; both are pure, so the order changes nothing).
        hit = split_stamp(stripped)
        if hit is None or stripped[hit[2] :].strip(" ()*_").strip():
            rest = stripped[hit[1] :] if hit else stripped
            # "2012-04-09 **(all times in UTC)**": a note in parentheses, bold or not.
            rest = (_PAREN_NOTE.sub("", rest) if "(" in rest else rest).strip(" *_")
            if rest:
                return False
        st = read_stamp(stripped, dayfirst=self.ctx.dayfirst, base_year=self.base_year)
        if st.date is None or st.time is not None:
            return False
        day = self.ctx.day
        if (
            day is not None
            and st.explicit_date
            and st.date.year != day.year
            and (st.date.month, st.date.day) == (day.month, day.day)
        ):
            # The report's own month and day in another year ("2012-04-09" in a report dated
            # 2020-04-09, IBM Carbon's): a mistyped year, read as the report's (LABELING's
            # "use what the report clearly means").
            st.date = day
        self.ctx.day = weekday_year(stripped, st.date, self.ctx.day)
        self.ctx.fresh_day = self.days_given = True
        if "(" in stripped and (z := declared_zone(stripped)):
            self._set_zone(z)  # "... 2023 _(all dates and times below are shown in UTC)_"
        return True

    def _list(self, b: Block, phase: str | None) -> None:
        text = self.text
        items = b.items  # built on each access: once here
        tails: dict[int, tuple[int, int]] = {}
        # Where each tail's words end, when not right before it.
        words_end: dict[int, int] = {}
        if "{{<" in text[b.span[0] : b.span[1]]:
            # cState's updates as list items, each closed by its shortcode: "- Second runner
            # up and running. {{< track "2023-09-27 09:49:00" >}}" (UBIKA's status files),
            # as its paragraphs are read. The item's own lines only: its nested items have
            # shortcodes of their own.
            for k, it in enumerate(items):
                bs, be = it.body
                nested = _NESTED_ITEM.search(text, bs, be)
                own_e = nested.start() if nested is not None else be
                closer = next(reversed(list(_TRACK.finditer(text, bs, own_e))), None)
                if closer is not None and not text[closer.end() : own_e].strip(" \t\n\\"):
                    tails[k] = closer.span("stamp")
                    words_end[k] = closer.start()
            if len(tails) < 2:
                tails, words_end = {}, {}
        if timeline_hint(self.label or ""):
            # Under a heading that names a timeline, items of one line whose words end with
            # their time, two or more: "- Alert acknowledged by Alice at 14:32 UTC." (Opsgenie's
            # timeline entries), "- Deployed fix at 10:12 UTC" (a runbook's), and the same in
            # parentheses, as headings so written are read ("- Rolled back (10:30 UTC)").
            timed: dict[int, tuple[int, int]] = {}
            for k, it in enumerate(items):
                bs, be = it.body
                if k in tails or "\n" in text[bs:be] or split_stamp(text[bs:be]) is not None:
                    continue
                closing = self._closing_stamp if text.endswith(")", bs, be) else self._closing_at
                t = closing(bs, be)
                if t is not None:
                    timed[k] = t
            if len(timed) >= 2 or (timed and tails):
                tails.update(timed)
        start = len(self.events)
        untimed: list[tuple[int, int]] = []  # (where among the events, which item)
        for k, it in enumerate(items):
            bs, be = it.body
            tail = tails.get(k)
            if tail is not None:
                # The opening parenthesis, or the blank before the time; or the shortcode.
                words_e = words_end.get(k, tail[0] - 1)
                while words_e > bs and text[words_e - 1] in " \t:-–—":
                    words_e -= 1
                at = _CLOSING_AT_WORD.search(text, bs, words_e)
                if at is not None:
                    words_e = at.start()  # "... by Alice at": the text ends before "at"
                self._emit(tail, (bs, words_e), it.span,
                           "checklist" if it.box else ("ordered" if b.ordered else "bullet"),
                           phase=phase, marker=it.marker)  # fmt: skip
                continue
            hit = self._split(text[bs:be])
            if hit is None:
                # A weekday alone over nested entries ("- Mercredi" then "  - 13:49: ..."):
                # a day group, as a dated item is.
                if (
                    not self._date_line(text[bs:be])
                    and not self._day_group(bs, be, phase)
                    and _untimed_step(text, bs, be)
                ):
                    untimed.append((len(self.events), k))
                continue
            if self._day_group(bs, be, phase):
                continue
            if hit[2] >= be - bs and "\n" not in text[bs:be] and self._date_line(text[bs:be]):
                continue  # "- 2021-04-14" alone (its nested entries deleted): a day, no entry
            self._emit(
                (bs + hit[0], bs + hit[1]),
                (bs + hit[2], be),
                it.span,
                "checklist" if it.box else ("ordered" if b.ordered else "bullet"),
                phase=phase,
                marker=it.marker,
            )
        stamped = len(self.events) - start
        # Not outnumbered: a list of notes with two dated lines is no run of steps (and,
        # measured on the unseen batches' edits, a bar that a single edit crosses less).
        if untimed and stamped >= 2 and stamped >= len(untimed):
            # A step of the run written without its time ("- Outage of ~ 10 minutes", "- Ops
            # Decision made to wait" between OpenStreetMap's stamped items; ESLint's "**Before
            # the incident**"): an entry whose time the report does not give (LABELING.md
            # counts every item of the run). Emitted in place, after the stamped ones were;
            # a time given to one is written as the stamped item before it writes its own.
            stamped_events = self.events[start:]
            del self.events[start:]
            done = 0
            for pos, k in untimed:
                self.events.extend(stamped_events[done : pos - start])
                done = pos - start
                like = stamped_events[max(done - 1, 0)]
                dated = read_stamp(like.time_text.strip("*_`[]{} ")).date is not None
                it = items[k]
                bs, be = it.body
                self._emit((bs, bs), (bs, be), it.span,
                           "checklist" if it.box else ("ordered" if b.ordered else "bullet"),
                           phase=phase, marker=it.marker,
                           time_format="%Y-%m-%d %H:%M" if dated else None)  # fmt: skip
            self.events.extend(stamped_events[done:])
        if items:
            last = items[-1].span[1]
            self._container_at(last, "ordered" if b.ordered else "bullet", marker=items[0].marker)

    def _day_group(self, bs: int, be: int, phase: str | None) -> bool:
        """An item that is only a day, over a nested list of timed entries ("- 2021-04-13"
        then "  - 4:16: CM deploys ..."): the day for the entries, as a day heading is, and
        each nested item an entry. Without timed nested items it is an entry of its own."""
        text = self.text
        nl = text.find("\n", bs, be)
        if nl < 0:
            return False
        first = text[bs:nl]
        want = weekday_alone(first)
        day: dt.date | None = None
        if want is None:
            head = split_stamp(first)
            if head is None or first[head[2] :].strip(" :*_"):
                return False
            st = read_stamp(first[head[0] : head[1]].strip("*_`[]{} "),
                            dayfirst=self.ctx.dayfirst, base_year=self.base_year)  # fmt: skip
            if st.date is None or st.time is not None:
                return False
            day = st.date
        nested = [mm for mm in _NESTED_ITEM.finditer(text, nl + 1, be)]
        if not nested:
            return False
        indent = min(len(mm.group(1)) for mm in nested)
        nested = [mm for mm in nested if len(mm.group(1)) == indent]
        found: list[tuple[int, int, int, int, int, str]] = []
        for k, mm in enumerate(nested):
            end = nested[k + 1].start() if k + 1 < len(nested) else be
            while end > mm.end() and text[end - 1] in " \t\n":
                end -= 1
            line_end = text.find("\n", mm.end(), end)
            hit = split_stamp(text[mm.end() : end if line_end < 0 else line_end])
            if hit is None:
                continue
            found.append((mm.start(), mm.end() + hit[0], mm.end() + hit[1], mm.end() + hit[2],
                          end, mm.group(2)))  # fmt: skip
        timed = [
            f for f in found
            if read_stamp(text[f[1] : f[2]].strip("*_`[]{} ")).time is not None
        ]  # fmt: skip
        if not timed:
            return False
        if day is not None:
            self.ctx.day = day
            self.ctx.fresh_day = self.days_given = True
        else:
            assert want is not None
            self._weekday_day(want)
        for ls, ss, se, body, end, marker in found:
            self._emit((ss, se), (body, end), (ls, end), "bullet", phase=phase, marker=marker)
        return True

    def _table(self, b: Block, phase: str | None) -> None:
        # A line with no pipe right under a table is a row only by GFM's rule that a table
        # runs to the next blank line: a kramdown attribute list ("{: .table.table-striped }",
        # UseGalaxy.eu) or a stray "**" (GovTech Singapore's status page). It is no entry and
        # has no say in what the columns hold.
        text = self.text
        rows = b.rows()
        if _PIPELESS_LINE.search(text, *b.span) is not None:
            # Only then built whole: the rows of a long table are read lazily.
            rows = [r for r in rows if "|" in text[r[0][0] : r[0][1]]]
        self._rows(rows, phase, "table-row")

    def _html_table(self, b: Block, phase: str | None) -> None:
        """An HTML block: a timeline written as an HTML table (what pandoc and wiki exports
        write), its rows read as a Markdown table's are, each cell's text inside its tags; or
        one of a run of HTML paragraphs, whose entries ``read_blocks`` found for the run
        (``_html_runs``)."""
        s, e = b.span
        if "{" in self.text[s:e] and self._object_entries(s, e, phase):
            return
        if _TABLE_TAG.search(self.text, s, e) is None:
            found = self._html_found.get(b.span[0])
            if found is not None:
                for ss, se, ws, we, a, z in found:
                    self._emit((ss, se), (ws, we), (a, z), "html-paragraph", phase=phase)
            return
        rows = html_rows(self.text, s, e)
        if len(rows) >= 2:
            self._rows(rows, phase, "html-row")

    def _html_runs(self, blocks: Sequence[Block]) -> dict[int, list[list[int]]]:
        """The entries of each run of HTML blocks of paragraphs (see ``_html_paragraphs``),
        by block start, where the run holds two or more. Each "<p>" left unclosed and followed
        by a blank line is an HTML block of its own ("<p>9:30pm: Cory got an alert ..." then
        a blank line, Rollbar's post-mortem as its blog engine kept it): the run is the
        timeline, as one block of them is."""
        out: dict[int, list[list[int]]] = {}
        run: list[tuple[int, list[list[int]]]] = []
        for b in [*blocks, None]:
            if (
                b is not None
                and b.kind == "html"
                and re.search("<p", self.text[b.span[0] : b.span[1]], re.IGNORECASE)
                and _TABLE_TAG.search(self.text, *b.span) is None
            ):
                run.append((b.span[0], self._html_paragraphs(b)))
                continue
            if sum(len(f) for _, f in run) >= 2:
                out.update(run)
            run = []
        return out

    def _html_paragraphs(self, b: Block) -> list[list[int]]:
        """A post's body written in HTML paragraphs, as old blog engines exported it: a
        paragraph that opens with a stamp, in bold or underlined or not, is an entry as a
        Markdown paragraph's would be ("<p><b><u>UPDATE 7 May 19:27 UTC</u></b> - Drives have
        been replaced", the Apache Software Foundation's Roller posts; "<p><strong>UPDATE&nbsp;
        12:35:</strong>&nbsp;Hetzner announced ...", freistil's status blog), and so is a line
        of one after "<br>". Nothing in an HTML comment (a sample, a note to the writer).
        Returns each entry's stamp, words and span."""
        text = self.text
        s, e = b.span
        low = text[s:e].translate(_ASCII_LOWER)
        found: list[list[int]] = []  # [stamp s, stamp e, words s, words e, span s, span e]
        pos = 0
        n = len(low)
        comment = low.find("<!--")  # the next comment's start, looked for once per comment
        while (p := low.find("<p", pos)) >= 0:
            pos = p + 2
            if 0 <= comment < p:
                shut = low.find("-->", comment + 4)
                if shut < 0 or shut > p:
                    pos = n if shut < 0 else shut + 3  # inside a comment
                    comment = -1 if shut < 0 else low.find("<!--", shut + 3)
                    continue
                comment = low.find("<!--", shut + 3)
                if 0 <= comment < p:
                    pos = comment  # another comment before this paragraph: look again
                    continue
            gt = low.find(">", p, p + 300)
            if gt < 0 or p + 2 >= n or low[p + 2] not in "> \t\n":
                continue  # "<pre>", "<picture>"
            # Each "</p>" is looked for only up to the next "<p": paragraphs left unclosed
            # (hostile input) cost no rescan to the end.
            nxt = low.find("<p", gt)
            stop = nxt if nxt >= 0 else n
            close = low.find("</p", gt, stop)
            end = close if close >= 0 else stop
            piece = gt + 1
            while piece < end:
                br = _HTML_BR.search(low, piece, end)
                pe = br.start() if br is not None else end
                self._html_line(low, s, piece, pe, p, end, found)
                piece = br.end() if br is not None else end
            pos = end
        return [[s + x for x in f] for f in found]

    def _html_line(
        self, low: str, s: int, a: int, end: int, p: int, pend: int, found: list[list[int]]
    ) -> None:
        """One line of an HTML paragraph (``low[a:end]``, the block's text lowercased from
        ``s``): an entry of ``found`` when it opens with a stamp, else more words of the
        entry before it in the same paragraph (``p``)."""
        text = self.text
        # The words start past the tags and blanks that open the line; "&nbsp;" read as six
        # blanks keeps every offset ("UPDATE&nbsp;12:35").
        a = _HTML_LEAD.match(low, a, end).end()  # type: ignore[union-attr]
        stop = end
        while stop > a:
            if low[stop - 1].isspace():
                stop -= 1
            elif low.endswith("&nbsp;", a, stop):
                stop -= 6
            else:
                break
        lt = low.find("<", a, stop)
        run = text[s + a : s + (stop if lt < 0 else lt)].replace("&nbsp;", "      ")
        hit = split_stamp(run, labelled=True) if run.strip() else None
        st = read_stamp(run[hit[0] : hit[1]], dayfirst=self.ctx.dayfirst) if hit else None
        if hit is None or st is None or (st.time is None and st.date is None):
            if found and found[-1][4] == p and stop > a:
                found[-1][3] = stop  # more words of the paragraph's entry
                found[-1][5] = pend
            return
        body = a + hit[2]
        if not run[hit[2] :].strip():
            # The stamp alone in its tags: the words start past the closing tags and a
            # separator ("</u></b> - Drives have been replaced").
            body = min(_HTML_AFTER.match(low, body, stop).end(), stop)  # type: ignore[union-attr]
        found.append([a + hit[0], a + hit[1], body, max(body, stop), p, pend])

    def _status_updates(self, s: int, e: int, phase: str | None) -> bool:
        """Status-page updates: Statusfy's blocks, ``::: update Resolved | 2021-05-03T22:51Z``
        to a closing ``:::`` (the label is the entry's phase, naming its milestone; the lines
        between are its text, over blank lines too), and cState's paragraph that ends with its
        ``{{< track "2024-05-15 17:50:00" >}}`` shortcode (the paragraph is the text)."""
        text = self.text
        found: list[tuple[int, tuple[int, int], tuple[int, int], int, tuple[int, int] | None]] = []
        openers = list(_STATUSFY.finditer(text, s, e))
        for k, mm in enumerate(openers):
            # Up to the closing ":::", but never past the next update or far past this one.
            limit = openers[k + 1].start() if k + 1 < len(openers) else min(len(text), e + 20_000)
            close = _STATUSFY_CLOSE.search(text, mm.end(), limit)
            body_s = min(mm.end() + 1, limit)
            body = trim_span(text, (body_s, close.start() if close else max(body_s, min(e, limit))))
            if body[0] == body[1] and close is not None and body_s < close.start():
                # An update with no words ("::: update Resolved | ...", a blank line, ":::"):
                # its text goes on the blank line, not onto the closing fence's line.
                body = (body_s, body_s)
            end = close.end() if close is not None else max(mm.end(), body[1])
            if text.endswith("\n", 0, end) and end > mm.end():
                end -= 1  # the closing line's break belongs to the text after it
            found.append((mm.start(), mm.span("stamp"), body, end, mm.span("label")))
        tracks = list(_TRACK.finditer(text, s, e)) if not found else []
        if tracks and not text[tracks[-1].end() : e].strip(" \t\n-\\"):
            # One update, or several on lines joined by a trailing "\" (clearstatus): each
            # ends with its shortcode, at the end of its line.
            ends = [t.end() for t in tracks]
            if all(not text[t : (text.find("\n", t, e) + 1 or e)].strip(" \t\n\\")
                   for t in ends):  # fmt: skip
                start = s
                for t in tracks:
                    body = trim_span(text, (start, t.start()))
                    found.append((start, t.span("stamp"), body, t.end(), None))
                    nl = text.find("\n", t.end(), e)
                    start = nl + 1 if nl >= 0 else e
        if not found:
            return False
        for ls, stamp, body, le, label in found:
            # The label is the entry's phase, which names its milestone ("Monitoring").
            cells = {"phase": label} if label is not None else None
            self._emit(stamp, body, (ls, le), "status-update", phase=phase, cells=cells)
            self.consumed = max(self.consumed, le)
        self._container_at(found[-1][3], "status-update")
        return True

    def _object_entries(self, s: int, e: int, phase: str | None) -> bool:
        """Entries written as objects in a component's data (MDX, JSX): ``{ time: "06:08, Nov
        28, 2025", event: "The team notices ..." }``. An object with a time key and a text key
        is an entry."""
        found = object_entries(self.text, s, e)
        if not found:
            return False
        for span, stamp, body in found:
            self._emit(stamp, body, span, "object")
        self._container_at(found[-1][0][1], "object")
        return True

    def _rows(
        self,
        rows: Sequence[tuple[tuple[int, int], Sequence[tuple[int, int]]]],
        phase: str | None,
        shape: str,
    ) -> None:
        if len(rows) < 2:
            return
        room = self.doc.record_limit - self.doc.records
        if len(rows) - 1 > room:
            # More rows than the record limit lets the parse build: refused at the first row
            # past it now, rather than after reading every row before it.
            self.doc.records = self.doc.record_limit
            self.doc.count_record(rows[room + 1][0][0])
        text = self.text
        plain = html_text if shape == "html-row" else str
        raw_header = [plain(text[s:e]).strip(" *_`") for s, e in rows[0][1]]
        header = [normalize(h) for h in raw_header]
        # A column headed by a zone alone ("| UTC | Event |", "| NZST | UTC | Event |") holds
        # times in that zone.
        bare_zones = [h if h.isalpha() and zone_line(h) == h else None for h in raw_header]
        cols = [
            TIMELINE_COLUMNS.get(h) or _column_guess(h) or ("time" if z else None)
            for h, z in zip(header, bare_zones, strict=True)
        ]
        if len(header) == 2 and header[0] in FACT_HEADER_KEYS and header[1] in FACT_VALUE_HEADERS:
            return  # "| Field | Value |": a table of the report's facts, read as its fields
        if "time" not in cols:
            # A header in words no table lists ("| Hora (UTC-3) | Evento |", "| 時刻 | 内容 |"):
            # the column whose cells are stamps is the time, whatever its header says.
            at = _stamp_column([[plain(text[s:e]) for s, e in cells] for _, cells in rows[1:]])
            if at is None or at >= len(cols) or cols[at] is not None:
                return
            cols[at] = "time"
        if cols.count("time") >= 2:
            # "| Date | Time (UTC) | Event |": a column of days alone is the day of the rows,
            # written on the first row of each day (as a day heading is), and the other column
            # of stamps their time.
            days = [i for i, c in enumerate(cols) if c == "time" and self._day_column(
                [plain(text[cells[i][0]:cells[i][1]]) for _, cells in rows[1:] if i < len(cells)]
            )]  # fmt: skip
            if len(days) == 1:
                cols[days[0]] = "day"
        # After the column of days is known: "| Date | UTC | Event |" gives its times' zone.
        first_time = cols.index("time")
        if first_time > 0 and self.label and section_kind(self.label) in PLAN_KINDS:
            # A plan's table dates its items last, by their due days ("## Action Items" over
            # "| Action | Owner | Due |", "## Nächste Schritte" over "| Was | Wer | Wann |"):
            # its rows are action items, not also entries. ("### Immediate actions" over
            # "| Time (UTC) | Action |" is a log of steps taken, its time first.)
            return
        hs, he = rows[0][1][first_time]
        head_day = read_stamp(
            raw_header[first_time], dayfirst=self.ctx.dayfirst, base_year=self.base_year
        )
        if head_day.date is not None and head_day.time is None and head_day.explicit_date:
            # A day in the header of the column of times: "| Timeline 20.04.22 | Event |"
            # (Oslo kommune's okctl post-mortems), the rows' day, as a day heading over them
            # ("## Timeline 2026-07-21") gives it.
            self.ctx.day = head_day.date
            self.ctx.fresh_day = self.days_given = True
        own = declared_zone(text[hs:he]) or bare_zones[first_time]
        if own:
            # Two readings ("| NZST | UTC | Event |"): the rows are read from the first column of
            # times, so its zone is theirs.
            self._set_zone(own)
        else:
            # A zone the header declares elsewhere ("| Time | Event (all times UTC) |"); not a
            # column that is only a zone, another reading of the rows ("| Time | UTC |").
            for hs, he in rows[0][1]:
                z = declared_zone(text[hs:he])
                if z:
                    self._set_zone(z)
        if cols.count("text") >= 2:
            # Two columns whose headers name the event ("| Time | Event Type | Description
            # |"): the one that says most in words, the first on a tie; the other is a label
            # of the entry, read as its phase ("| Event | Event details |" with "Detected",
            # "Mitigated" in the first still names the milestone).
            body = [[plain(text[s:e]) for s, e in cells] for _, cells in rows[1:]]
            named = [i for i, c in enumerate(cols) if c == "text"]
            keep = max(named, key=lambda i: (_words_in(body, i), -i))
            other = next(i for i in named if i != keep)
            for i in named:
                if i != keep:
                    cols[i] = "phase" if i == other and "phase" not in cols else None
        if "text" not in cols:
            free = [i for i, c in enumerate(cols) if c is None]
            if free:
                # The first free column, unless its cells are mostly links or code: then the
                # column that says most in words, the first on a tie ("| Time (UTC) | Workflow
                # run | Commit | Runner | Failure signature |", ZeroClaw's CI evidence table).
                # "| Time | Summary | Comment |" keeps its summary; an empty first column or
                # one of numbers (an action table's "Owner", "ID") tells no event.
                body = [[plain(text[s:e]) for s, e in cells] for _, cells in rows[1:]]
                pick = free[0]
                linked = sum(1 for r in body if pick < len(r) and _CODE_OR_LINK.search(r[pick]))
                if 2 * linked > len(body) and _words_in(body, pick) < len(body):
                    pick = max(free, key=lambda i: (_words_in(body, i), -i))
                if "action" in cols and _words_in(body, cols.index("action")) > _words_in(
                    body, pick
                ):
                    # "| Time | Action | Duration | Status |" (Sentia's fix log), "| Time |
                    # Action | Status |" over "❌"/"✅" (Nossa Maternidade's): what was done
                    # says more than a length or a mark.
                    pick = cols.index("action")
                cols[pick] = "text"
            elif "action" in cols:
                # "| Time (UTC) | Action |": what was done is the entry's text.
                cols[cols.index("action")] = "text"
        if not self._times_in(rows, cols, plain):
            return
        # A column of notes beside the event's ("| Time (UTC) | Event | Notes |", "| 时间 (UTC) |
        # 事件 | 说明 |") says what the entry meant: "Multi-AZ 故障转移启动 | 检测到主实例无响应"
        # (the failover began: the primary was detected unresponsive). Its words are the
        # entry's wording too, not its text.
        notes = [
            i for i, (c, h) in enumerate(zip(cols, header, strict=True))
            if c is None and h in NOTE_COLUMN_WORDS
        ]  # fmt: skip
        for rspan, cells in rows[1:]:
            spans: dict[str, tuple[int, int]] = {}
            for c, span in zip(cols, cells, strict=False):
                if c and c not in spans:
                    spans[c] = span
            if "day" in spans and text[spans["day"][0] : spans["day"][1]].strip():
                self._day_row(plain(text[spans["day"][0] : spans["day"][1]]))
            if "time" not in spans:
                continue
            ts, te = spans["time"]
            tx = spans.get("text")
            if (tx is None or tx[0] == tx[1]) and self._day_row(text[ts:te]):
                continue  # "1/28 |" with no event: a day separator row
            noted = " ".join(
                plain(text[cells[i][0] : cells[i][1]]).strip() for i in notes if i < len(cells)
            ).strip()
            self._emit(
                (ts, te),
                spans.get("text", (te, te)),
                rspan,
                shape,
                phase=phase,
                cells=spans,
                note_words=noted,
            )
        self._container_at(
            rows[-1][0][1],
            "table",
            columns=[c or "" for c in cols],
        )

    def _times_in(
        self,
        rows: Sequence[tuple[tuple[int, int], Sequence[tuple[int, int]]]],
        cols: list[str | None],
        plain: Callable[[str], str],
    ) -> bool:
        """Whether a table's rows are a log: not when its column of times holds a plan's
        horizons alone (``vocabulary.PLAN_HORIZON``: "| Timeline | Action | Owner |" over "|
        **24 hours** | Clean git history with BFG | DevOps |", Convergence Protocol's
        recovery plan; "| NOW |", "| 1 week |"). Times of the past in words ("Early March",
        "Day 1", "Monday") leave it a log."""
        at = cols.index("time")
        horizons = 0
        for _, cells in rows[1:]:
            if at >= len(cells):
                continue
            raw = plain(self.text[cells[at][0] : cells[at][1]]).strip(" *_`[]")
            if not raw:
                continue
            if not _PLAN_HORIZON.fullmatch(raw):
                return True  # a time, a day, a slot, or a time of the past in words
            st = read_stamp(raw, dayfirst=self.ctx.dayfirst, base_year=self.base_year)
            if st.time is not None or st.date is not None or st.offset is not None:
                return True
            horizons += 1
        return horizons == 0

    def _container_at(self, offset: int, shape: str, **kw: object) -> None:
        c = Container(insert_at=offset, shape=shape)
        for k, v in kw.items():
            setattr(c, k, v)
        self.container = c

    # -- one event ----------------------------------------------------------------------------

    def _emit(
        self,
        stamp_span: tuple[int, int],
        text_span: tuple[int, int],
        span: tuple[int, int],
        shape: str,
        *,
        phase: str | None = None,
        marker: str = "-",
        cells: dict[str, tuple[int, int]] | None = None,
        milestone: m.Milestone | None = None,
        heading_words: str = "",
        title_span: tuple[int, int] | None = None,
        day_of: dt.date | None = None,
        time_format: str | None = None,
        note_words: str = "",
    ) -> None:
        text = self.text
        stamp_text = text[stamp_span[0] : stamp_span[1]]
        inner = stamp_text.strip("*_`[]{} ")
        st = read_stamp(inner, dayfirst=self.ctx.dayfirst, base_year=self.base_year)
        prev = self.ctx.day
        if prev is not None and st.date is not None and "mmdd" in st.kinds:
            st = _nearer_order(st, inner, prev, self.ctx.dayfirst, self.base_year)
        if (
            st.date is not None
            and prev is not None
            and not -183 < (st.date - prev).days <= 183
            and _YEAR_WRITTEN.search(inner) is None
        ):
            # A day without its year ("23rd of July" after "19th of July 2021") is in the
            # year, of the entry before's and the two beside it, that puts it within half a
            # year of that entry (December after a January entry of a newest-first log is
            # the year before): the log's own dates are nearer evidence than the report's
            # first date.
            for year in (prev.year, prev.year + 1, prev.year - 1):
                if not dt.MINYEAR <= year <= dt.MAXYEAR:
                    continue
                again = read_stamp(inner, dayfirst=self.ctx.dayfirst, base_year=year)
                if again.date is not None and -183 < (again.date - prev).days <= 183:
                    st = again
                    break
        if st.day_number is not None and st.date is None:
            st.date = self._numbered_day(st.day_number)
            st.explicit_date = st.date is not None
        odd = self._odd_first_date(st)
        if odd:
            st.problem = odd
        at, end = resolve(st, self.ctx)
        night_before = at is not None and st.date is None and _NIGHT_BEFORE.search(stamp_text)
        if at is not None and night_before and self.ctx.day != self._night:
            # "21:01 (prev. night)": the day before the one the entries are on. The entries
            # after it go on from that night ("23:10" too, then "06:04" the next morning);
            # a second "(prev. night)" entry is on the same night, not one before it.
            at -= _ONE_DAY
            end = end - _ONE_DAY if end is not None else None
        known_day = st.time is not None or st.offset is not None  # "1 hour later": same day
        day = at.date() if at else st.date or (self.ctx.day if known_day else None) or day_of
        if day is None and st.unknown:
            day = self.heading_day
        if st.date is not None and st.time is None and not odd:
            # A date-only entry sets the day for the entries under it; under a day the
            # entries are on "unless stated", one of an earlier day with words of its own is
            # such an exception ("| *2026-05-22* | `enable_ipv6` merged ... |" above that
            # night's times). A later day moves on ("| **2026-08-09** | Day 2 |").
            said = text[text_span[0] : text_span[1]].strip(" \t\n*_|-")
            if self.pinned is None or not said or st.date > self.pinned:
                self.ctx.day = st.date
            self.ctx.fresh_day = self.days_given = True
        if st.zone is not None and self.ctx.tz is None:
            # A zone written on one entry ("08:32 (UTC)") holds for the entries after it.
            self.ctx.tz = st.zone
            self.zone_name = self.zone_name or st.zone_name or None
        if at is not None and not odd:
            self._dated_at = self._dated_at or st.explicit_date
            if self.ctx.anchor is None:
                # Counted from the stated start ("T+1hr" first): that start is the anchor.
                counted = st.offset is not None and st.time is None and not st.after_previous
                self.ctx.anchor = at - st.offset if counted and st.offset is not None else at
            self.ctx.previous = at
            day_before = self.ctx.day
            self.ctx.day = at.date()
            if night_before:
                self._night = at.date()
            self.ctx.fresh_day = False
            if st.explicit_date and self.pinned is not None and at.date() < self.pinned:
                # "unless otherwise noted": back to the named day after an earlier one (docs.rs'
                # "2019-10-20 00:55" above the night of the 21st), or to the later day a
                # heading had moved to; a later one moves on.
                self.ctx.day = max(self.pinned, day_before) if day_before else self.pinned
                self.ctx.fresh_day = self.days_given = True
        ts_, te_ = text_span
        for mark in ("**", "__"):
            if (
                text.startswith(mark, stamp_span[0] - 2)
                and text.endswith(mark, ts_, te_)
                # Still open where the text begins: "__10:00__: ran python -m __main__" bolds
                # its stamp alone, and the text's last marks are its own.
                and mark not in text[stamp_span[1] : ts_]
            ):
                # The entry was bold as a whole: "**00:55: builds failing**", "__28-Oct-2020:
                # Cluster jobs failed__" (UC Riverside's HPC alerts).
                te_ -= 2
                text_span = (ts_, te_)
                break
        if (
            te_ - ts_ >= 2
            and text[ts_] == "`"
            and text[te_ - 1] == "`"
            and (text.count("`", ts_, te_) == 2)
        ):
            text_span = (ts_ + 1, te_ - 1)
        if st.date is not None and st.time is None and not st.unknown:
            # "2021-08-27: At 12:50:07 UTC, issue exploited": the time opens the text.
            lead = _AT_TIME.match(text, text_span[0], text_span[1])
            if lead is not None:
                more = read_stamp(lead.group("t"))
                if more.time is not None:
                    st.time = more.time
                    st.zone = more.zone or st.zone
                    at, end = resolve(st, self.ctx)
                    day = at.date() if at else day
                    if at is not None:
                        self.ctx.previous = at
        body = _clean(text[text_span[0] : text_span[1]])
        if shape in ("html-row", "html-paragraph"):
            body = html_text(body)
        elif shape == "object":
            body = object_text(body)
        elif shape == "table-row":
            # "\|" in a table cell is a pipe (GFM), a "<br>" a line break of the text
            body = cell_breaks(body.replace("\\|", "|"))
        elif cells:
            body = body.replace("\\|", "|")  # "\|" in a table cell is a pipe (GFM)
        fields: dict[str, tuple[int, int]] = {"at": stamp_span, "text": text_span}
        if title_span is not None:
            fields["title"] = title_span
        actor = action = None
        if cells:
            for name in ("actor", "action", "phase"):
                if name in cells:
                    fields[name] = cells[name]
            actor = _cell(text, cells.get("actor"))
            action = _cell(text, cells.get("action"))
            phase = _cell(text, cells.get("phase")) or phase
        ev = m.TimelineEvent(
            at=at,
            text=body,
            time=st.time if not st.unknown else None,
            actor=actor,
            action=action,
            phase=phase,
            milestone=milestone
            or marker_milestone(body)
            or (
                _status_milestone if shape in ("status-update", "stamp-line") else _phase_milestone
            )(_cell(text, (cells or {}).get("phase"))),
            date=day,
            end=end,
            approximate=st.approximate,
            time_text=stamp_text,
            lenient=st.lenient,
            line=self.doc.record_line(span[0]),
            cues=_with_notes(_heading_cues(heading_words, body), note_words),
            flag=st.problem or None,
            title=text[title_span[0] : title_span[1]] if title_span is not None else "",
        )
        ev._origin = m.Origin.of(
            ev, EVENT_FIELDS, span, fields, shape, marker, time_format or _time_format(inner, at)
        )
        self.events.append(ev)

    def _odd_first_date(self, st: Stamp) -> str:
        """Why the timeline's first written date cannot be the report's, or "".

        A first entry "2017-05-09 10:45a" in a report dated 2017-10-10 whose prose says "On
        Oct 10, 2017" is a typo: it is flagged, and the entries after it keep the report's
        day instead of inheriting the typo. The report's day must be named twice (its date
        and its prose), since a report dated on publication may tell of days weeks before.
        Entries that open the timeline with that same date (one added before it) are the same
        typo.
        """
        day = self.ctx.day
        if (
            st.date is None
            or not st.explicit_date
            or st.problem
            or self.ctx.anchor is not None
            or any(e.flag is None or e.date != st.date for e in self.events)
            or day is None
            or self.day_named is None
        ):
            return ""
        # Only where the month put right lands beside the report's day: "2017-05-09" for a
        # report of 2017-10-10. A day weeks before it is as often a cause's ("2026-07-07
        # terraform creates version" in a report of 2026-08-21, ufo-ai's).
        reason = odd_date(st.date, day, MONTH_SLIP)
        return reason if reason and self.day_named(day) else ""


_HALF_DAY = 12 * 3600


#: A time in parentheses closing a heading: "Initial issues reported (2025-11-12 12:00)".
#: Where a time that closes an entry's words may start: after "at", "@", "around" or a dash.
_CLOSING_AT = re.compile(r"[ \t](?:at|@|around|[-–—])[ \t]+", re.IGNORECASE)
#: The word before such a time, at the end of the entry's words.
_CLOSING_AT_WORD = re.compile(r"[ \t]+(?:at|@|around)$", re.IGNORECASE)
#: The rest of a stamp's line empty and the next line a definition ("14:05" / ": Alert fired"),
#: as Pandoc, kramdown and PHP Markdown Extra write definition lists.
_DEFINITION = re.compile(r"[ \t]*\n[ \t]{0,3}:[ \t]+")
#: A line that is only an admonition's fence (":::", ":::hint", "::: warning").
_FENCE_LINE = re.compile(r"[ \t]*:{3,}[ \t]*(?:[\w-]+[ \t]*)?")
#: A note in parentheses after a day, bold or italic or neither: "(all times in UTC)".
_PAREN_NOTE = re.compile(r"[*_]{0,3}\([^()]{0,120}\)[*_]{0,3}")
#: A heading of an incident's day by its number: "### Day 2", "#### Day 3 (Wednesday)".
_DAY_NUMBER = re.compile(r"(?i)\s*day[ \t]+(\d{1,2})\b(?![:.]\d)")
#: A time in parentheses closing a line of words, full-width too, as Japanese and Chinese
#: write them ("### 第1回デプロイ（06:00頃）", mulukhiya's post-mortem).
_TRAILING_PAREN = re.compile(r"[(（]([^()（）\n]{3,40})[)）][ \t*_:]*$")


#: A count of steps, not a day: "(1/3)".
_STEP_COUNT = re.compile(r"\d{1,2}/\d{1,2}$")
#: A heading that names a phase of the response ("Phase 1: Initial Triage").
_PHASE_HEADING = re.compile(rf"(?i)(?:\b(?:{'|'.join(PHASE_HEADING_WORDS)})\b|"
                            rf"{'|'.join(PHASE_HEADING_WORDS_CJK)})")  # fmt: skip


def closing_stamp_span(line: str) -> tuple[int, int] | None:
    """The span of a stamp in parentheses, all of them, that closes a line of words
    ("Detection (14:05 UTC)", "Phase 1: Initial Triage (January 18)"), or None."""
    mm = _TRAILING_PAREN.search(line)
    if mm is None or not line[: mm.start()].strip(" \t:-–—*_#0123456789."):
        return None
    inner = mm.group(1)
    hit = split_stamp(inner)
    if hit is None or hit[0] != 0 or inner[hit[1] :].strip():
        return None
    return mm.start(1), mm.start(1) + hit[1]


def phase_with_day(title: str) -> bool:
    """Whether a heading names a phase of the response and closes with its day ("### Phase 1:
    Initial Triage (January 18)"): such headings, two or more, are a timeline wherever they
    sit. Not a section or a plan dated so ("### Detection (January 18)", "### Short term
    (March 8)", "### v1.3 (2024-01-10)")."""
    span = closing_stamp_span(title)
    if span is None or _PHASE_HEADING.search(title, 0, span[0]) is None:
        return False
    return names_a_day(title[span[0] : span[1]])


def names_a_day(stamp: str, dayfirst: bool = False) -> bool:
    """Whether a stamp names a day, with a year or without one ("January 18", "Nov 17, 19:51
    UTC"); not a count of steps ("1/3")."""
    # Any year stands in for a missing one: only whether there is a day is asked.
    st = read_stamp(stamp, dayfirst=dayfirst, base_year=2000)
    return st.date is not None and not _STEP_COUNT.match(stamp)


#: How near the day before it a numeric day of either order must be to outweigh the
#: report's own order: a month and a half.
_NEAR_DAYS = 45


def _nearer_order(st: Stamp, inner: str, prev: dt.date, dayfirst: bool, year: int | None) -> Stamp:
    """A day and month in numbers without a year ("10-01 09:45") in the order that puts it
    near the day before it (the report's, or the last entry's), when the report's own order
    puts it far: Perfscale's Russian post-mortem, day first by its words, writes its table's
    days as its "2026-10-01 09:45 UTC" start field has them, month first; read day first,
    "10-01" was 10 January. A Dutch "05-10 23:50" in a report of 5 October keeps its order."""
    alt = read_stamp(inner, dayfirst=not dayfirst, base_year=year)
    if alt.date is None or st.date is None or alt.date == st.date:
        return st
    if abs((alt.date - prev).days) <= _NEAR_DAYS < abs((st.date - prev).days):
        return alt
    return st


def _words_span(text: str, s: int, e: int, *, after_stamp: bool = True) -> tuple[int, int] | None:
    """The span of a heading's words beside its stamp, or None when it has none: without the
    stamp's closing marks, the separator ("### **20:17** - Primer error" gives "Primer
    error"), the marks of a title in emphasis as a whole ("### 10:00 - **Alert fired**"), or
    an opening parenthesis before a stamp that closes the heading. Marks inside the words
    are theirs ("### 10:00 - __init__ crashed", "**Alert** - fired"). Words before their
    stamp ("### **Rolled back** (10:30)") have no stamp's marks to close at their start."""
    while after_stamp and s < e and text[s] in "*_`":
        s += 1  # the closing marks of a stamp in emphasis or code
    k = s
    while k < e and text[k] in " \t":
        k += 1
    if after_stamp and k < e and text[k] in ")]}":  # a stamp in brackets or braces: "{{ 06:10 }}"
        s = k
        while s < e and text[s] in ")]}":
            s += 1
    while s < e and text[s] in " \t:-–—":
        s += 1
    while e > s and text[e - 1] in " \t:-–—(":
        e -= 1
    for mark in ("**", "__", "*", "_", "`"):
        n = len(mark)
        if (
            e - s > 2 * n
            and text.startswith(mark, s)
            and text.endswith(mark, s, e)
            and mark not in text[s + n : e - n]
        ):
            s, e = s + n, e - n
            break
    return (s, e) if e > s and text[s:e].strip("*_` \t") else None


#: What a note beside an entry may add to its milestones: how it was found, reduced or
#: ended. Not a start: a note recalls ("last week the same change took the site down").
_NOTE_MILESTONES = frozenset(
    {m.Milestone.DETECTED, m.Milestone.MITIGATED, m.Milestone.IMPACT_ENDED, m.Milestone.RESOLVED}
)


_NOTE_PLAN = re.compile(rf"\b(?:{'|'.join(NOTE_PLAN_WORDS)})\b", re.IGNORECASE)


def _with_notes(got: tuple[m.Milestone, ...], notes: str) -> tuple[m.Milestone, ...]:
    """An entry's milestones and those its column of notes names (``_NOTE_MILESTONES``), read
    alone so that a negation or an intention in the notes stays theirs (review 56)."""
    if not notes or _NOTE_PLAN.search(notes):
        return got  # "Rollback plan: failover complete in 5 minutes if needed"
    extra = set(cues(notes)) & _NOTE_MILESTONES
    if not extra - set(got):
        return got
    return (*got, *(ms for ms in m.Milestone if ms in extra and ms not in got))


def _heading_cues(words: str, body: str) -> tuple[m.Milestone, ...]:
    """The milestones an entry's words name; a heading's words after its stamp count, and so
    does a phase they name alone ("### 2026-09-26 — RESOLUCIÓN", "## 14:02 Detection"). Cues,
    not a marked milestone: a new entry written like its neighbour copies the heading's
    words, and the milestone it was given must read back."""
    if not words:
        return cues(body)
    got = cues(f"{words}. {body}")
    phase = _phase_milestone(normalize(words))
    return got if phase is None or phase in got else (phase, *got)


def _clock_step(a: dt.time, b: dt.time) -> int:
    """Seconds from clock time ``a`` to ``b`` on one day (negative when ``b`` is earlier)."""
    return (b.hour - a.hour) * 3600 + (b.minute - a.minute) * 60 + (b.second - a.second)


def newest_first_days(events: Sequence[m.TimelineEvent], base: dt.date | None) -> None:
    """Give the days of a log written newest first, bottom-up: "02:45 UTC" over "00:15" over
    a dated "2023-07-10 22:13:00 UTC" at the bottom is the night after it. Read top-down, the
    times fell back through midnight with no day to count from. Applied only where the entries
    read in order of writing are not in time order and, read bottom-up, every one is, the
    dated ones included; entries that say their day keep it."""
    timed = [e for e in events if e.time is not None and e.at is not None and e.flag is None]
    if len(timed) < 3 or len({e.at.tzinfo is None for e in timed if e.at}) != 1:
        return
    # Written newest first: clock times fall from one entry to the next, and the one that
    # rises by more than half a day is where midnight lies between them. One step forward
    # by less is an order of writing this reading does not explain.
    # A fall by more than half a day ("23:35" over "00:05") is the other order's midnight: an
    # oldest-first log past it (dogsbodytech's status updates, "Update 23:35" then "Update
    # 00:05"), however many entries share a minute before it.
    steps = [_clock_step(a, b) for a, b in itertools.pairwise(e.time for e in timed if e.time)]
    if (
        not any(st < 0 for st in steps)
        or any(0 < st < _HALF_DAY for st in steps)
        or any(st < -_HALF_DAY for st in steps)
    ):
        return
    dated = [read_stamp(e.time_text.strip("*_`[]{} ")).date is not None for e in timed]
    if all(dated):
        return
    out: list[dt.datetime] = []
    prev: dt.datetime | None = None
    for e, has_day in zip(reversed(timed), reversed(dated), strict=True):
        assert e.at is not None and e.time is not None
        at = e.at
        if not has_day:
            day = prev.date() if prev is not None else (base or e.at.date())
            at = dt.datetime.combine(day, e.time, tzinfo=e.at.tzinfo)
            if prev is not None and at < prev:
                try:
                    at += dt.timedelta(days=1)  # past midnight, read upwards
                except OverflowError:
                    return  # past 9999-12-31: no such day
        if prev is not None and at < prev:
            return  # not a log written newest first
        out.append(at)
        prev = at
    for e, at in zip(reversed(timed), out, strict=True):
        if at != e.at:
            shift_event(e, at - e.at)  # type: ignore[operator]


def shift_event(e: m.TimelineEvent, by: dt.timedelta) -> None:
    """Move a timed entry read on the wrong day (its end with it), as if it had been read so:
    the values its origin holds move too, or the renderer would take the move for an edit."""
    assert e.at is not None
    e.at += by  # its date follows
    if e.end is not None:
        e.end += by
    o = e._origin
    if o is not None:
        e._origin = attrs.evolve(o, values=tuple(getattr(e, n) for n in o.names))


def flag_dates(events: Sequence[m.TimelineEvent]) -> None:
    """Flag entries whose date contradicts the entries around it (see :func:`odd_date`).

    A date is judged against its neighbours only where they agree with each other (or, at
    either end of the timeline, where the next two agree), so one typo is caught and a run of
    entries on a later day is not.
    """
    dated = [e for e in events if e.date is not None and e.flag is None]
    for k, ev in enumerate(dated):
        assert ev.date is not None
        prev = dated[k - 1].date if k > 0 else None
        nxt = dated[k + 1].date if k + 1 < len(dated) else None
        if prev is not None and nxt is not None:
            if abs(prev - nxt) > _AGREE:
                # A timeline over months: a date out of order that a year either way puts in
                # order is that year mistyped ("2021-01-28" between 2021-12-01 and
                # 2022-03-08, etcd's data-inconsistency postmortem).
                # Only between neighbours in order: out of order themselves, one of them may be
                # the slip.
                ev.flag = _year_slip(ev.date, prev, nxt) if prev <= nxt else None
                continue
            reason = odd_date(ev.date, prev)
            if reason and odd_date(ev.date, nxt):
                ev.flag = reason
            elif (
                abs(prev - nxt) <= _ONE_DAY
                and min(abs(ev.date - prev), abs(ev.date - nxt)) > _ONE_DAY
            ):
                # Out and back between two neighbours of the same day ("2022-02-20" between two
                # entries of 2022-02-02): a mistyped day, near or far.
                ev.flag = (
                    f"day {ev.date.isoformat()} breaks the order of the dates around it "
                    f"({prev.isoformat()})"
                )
            continue
        one, two = (nxt, dated[k + 2].date if k + 2 < len(dated) else None) if prev is None else (
            prev, dated[k - 2].date if k >= 2 else None)  # fmt: skip
        if one is None or two is None or abs(one - two) > _AGREE:
            continue
        reason = odd_date(ev.date, one)
        if reason.startswith("year"):  # at an end only a year typo is sure: a run may start
            ev.flag = reason  # weeks before the incident, but not a year.


_AGREE = dt.timedelta(days=20)


def _year_slip(day: dt.date, lo: dt.date, hi: dt.date) -> str | None:
    """Why ``day``, outside ``lo``..``hi``, is a year typed one off, or None: it falls in
    between with its year one more or one less (and is no leap day that year lacks)."""
    if lo <= day <= hi:
        return None
    for shift in (1, -1):
        try:
            moved = day.replace(year=day.year + shift)
        except ValueError:
            continue
        if lo <= moved <= hi:
            return (
                f"year {day.year} is one off the dates around it "
                f"({lo.isoformat()} to {hi.isoformat()})"
            )
    return None


#: A "<br>" closing a paragraph entry (see TimelineReader).
_TRAILING_BR = re.compile(r"<br[ \t]*/?>\Z", re.IGNORECASE)

#: What any stamp, date line or dated sentence needs: a digit, an unknown or slot time ("[???]",
#: "TBD", "[HH:MM]") or "an hour later".
_MAYBE_STAMP = re.compile(r"\d|\?\?|--:--|(?i:\b(?:tbd|unknown|later)\b|\[\s*(?:hh|time|date))")
_ONE_DAY = dt.timedelta(days=1)


_POSTED = re.compile(
    rf"[ \t>]*(?:\*\*|__|\*|_)?(?:{'|'.join(POSTED_WORDS)})\b[ \t]*(?:(?:on|at)[ \t]+)?"
    rf"(?:(?:about|over|almost|less than)[ \t]+)?"
    rf"(?:(?:\d+|an?|one)[ \t]+(?:{'|'.join(AGO_UNITS)})s?[ \t]+ago\b[.,]?[ \t]*)?",
    re.IGNORECASE,
)


def posted_stamp(line: str) -> tuple[int, int] | None:
    """Where the stamp is in a status page's "Posted" line ("*Posted Dec 22, 2022 - 22:20
    UTC*", "Posted 3 years ago. Mar 12, 2024 - 14:05 UTC"), or None: the line must be only
    that."""
    mm = _POSTED.match(line)
    if mm is None:
        return None
    rest = line[mm.end() :].rstrip(" \t*_")  # the line's emphasis closes after the stamp
    hit = split_stamp(rest)  # "Mar 12, 2024 - 14:05 UTC" is one stamp
    if hit is None or rest[hit[2] :].strip():
        return None
    return mm.end() + hit[0], mm.end() + hit[1]


#: Inline HTML a status page wraps an update's time in: opening tags before it, closing tags
#: after it ("<br><span class="timestamp">Dec 20, 16:40 PT</span>", UCSF Wynton's log;
#: Statuspage's "<br><small>Jan 12, 16:04 UTC</small>").
_LEAD_TAGS = re.compile(r"[ \t]*(?:<[A-Za-z][A-Za-z0-9]*\b[^<>\n]{0,200}>[ \t]*)+")
_CLOSING_TAG = re.compile(r"</[A-Za-z][A-Za-z0-9]*[ \t]*>")


#: A year written in a stamp ("2021", "'21" is not read as one).
_YEAR_WRITTEN = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def tagged_stamp(line: str) -> tuple[int, int] | None:
    """Where the stamp is in a line that is only a stamp in inline HTML, or None: the span
    from the first character after the opening tags to the last before the closing ones.
    Tags within the stamp ("Jan <var>12</var>") are not read: an edit of its day could not
    be written back in them."""
    if len(line) > 400 or "<" not in line:
        return None  # a time and its markup are short
    lead = _LEAD_TAGS.match(line)
    if lead is None:
        return None
    end = len(line.rstrip())
    while end > lead.end() and line[end - 1] == ">":  # the closing tags, from the end
        opened = line.rfind("<", lead.end(), end)
        if opened < 0 or _CLOSING_TAG.fullmatch(line, opened, end) is None:
            break
        end = len(line[:opened].rstrip())
    inner = line[lead.end() : end]
    if "<" in inner or ">" in inner:
        return None
    hit = split_stamp(inner)
    if hit is None or hit[0] != 0 or inner[hit[1] :].strip():
        return None
    return lead.end(), end


def _only_stamp(title: str) -> bool:
    hit = split_stamp(title)
    return hit is not None and not title[hit[2] :].strip(" ()*_")


#: One emphasis mark alone, not half of a bold pair ("*", not "**").
_SINGLE_MARK = {
    "*": re.compile(r"(?<!\*)\*(?!\*)"),
    "_": re.compile(r"(?<![\w_])_(?!_)|(?<!_)_(?![\w_])"),
}

#: An "Update" label opening a line, before its stamp (other labels open key-event fields:
#: "Resolved 2023-01-11 15:51").
# In emphasis or brackets too: "*[Update **2014-09-16 14:18 CEST**]: ...*"; as a list item,
# after its marker ("- **Update 14:18 CEST**: ...").
_UPDATE_LEAD = re.compile(
    r"[ \t]*(?:[-+][ \t]+|\*[ \t]+|\d{1,3}[.)][ \t]+)?(?:\*\*|__|\*|_)?\[?(?:\*\*|__)?"
    rf"(?:(?:{UPDATE_WORDS})\b|{EDIT_LABEL})",
    re.IGNORECASE,
)


#: What a stamp alone on its line may carry after it: the update's label and number
#: ("**2020-06-05 10:27 Update 5**", USTCLUG's notices; "**13:30 11th Feb - update 1**",
#: JASMIN's news posts), or a status page's label ("14:05 UTC Resolved").
_UPDATE_TAIL = re.compile(
    r"[ \t:*_]*(?:[-–—|][ \t]*)?(?P<label>(?:status )?updated?|"
    + "|".join(sorted(STATUS_UPDATE_LABELS))
    + r")(?:[ \t]*#?[ \t]*\d{1,3})?[ \t:*_]*",
    re.IGNORECASE,
)


def update_lead(text: str, pos: int) -> bool:
    """Whether the line at ``pos`` opens with a status post's "Update" label."""
    return _UPDATE_LEAD.match(text, pos) is not None


_AT_TIME = re.compile(
    r"[ \t]*(?:[Aa]t|[Aa]round|~)\s+(?P<t>\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
    r"(?:\s*[A-Z]{2,4}\b)?)"
)


def time_opening(text: str, start: int, end: int) -> str | None:
    """The time an entry's text opens with ("At 12:50:07 UTC, ..."), read as the time of an
    entry whose stamp is a day (see ``TimelineReader._emit``), or None."""
    lead = _AT_TIME.match(text, start, end)
    return lead.group("t") if lead is not None else None


#: Sections whose lines of "label: stamp" are no key events: tasks and their due days,
#: lessons, figures.
_NO_KEY_EVENTS = frozenset({
    m.SectionKind.ACTION_ITEMS, m.SectionKind.PREVENTION, m.SectionKind.LESSONS_LEARNED,
    m.SectionKind.FOLLOW_UP, m.SectionKind.METRICS, m.SectionKind.SIGN_OFF,
})  # fmt: skip
#: Labels of the document's own dates and of figures, whole: "Created:", "Last reviewed:",
#: "Published:", "MTTR:", "Time to detect:", "Downtime:", "Due:". Not "DNS record updated".
#: The label of the span key events make: "Duration", "Total downtime", "Elapsed".
_SPAN_LABEL = r"(?:total |outage |incident )?(?:duration|downtime|elapsed)"
_NO_EVENT_LABEL = re.compile(
    r"(?:(?:last |date )?(?:created|updated|reviewed|published|written|modified|edited|"
    rf"generated|revised)(?: on| at)?|{_SPAN_LABEL}"
    r"|mtt[a-z]{1,2}|tt[a-z]|time to [\w ]{1,20}|due(?: date)?|deadline|eta)",
    re.IGNORECASE,
)
#: A line that gives that span, not an event: "**Duration**: 14+ hours", "Downtime: ~2h".
_FIGURE_LINE = re.compile(rf"[ \t*_]*{_SPAN_LABEL}[ \t*_]*:", re.IGNORECASE)
_NIGHT_BEFORE = re.compile(PREVIOUS_DAY_STAMP_WORDS, re.IGNORECASE)
#: A table's tags: not "<tt>" nor "<time>" in a paragraph.
_TABLE_TAG = re.compile(r"<t(?:able|r|d|h|head|body)\b", re.IGNORECASE)
_ONE_DAY = dt.timedelta(days=1)
_BULLET_LINE = re.compile(r"^[ \t]*[-*+][ \t]+", re.MULTILINE)
_NESTED_ITEM = re.compile(r"^([ \t]+)([-*+]|\d{1,3}[.)])[ \t]+", re.MULTILINE)
#: A log line's level after its stamp, in capitals or brackets: "2024-05-02 09:12:01 ERROR
#: connection refused", "[warn] upstream timed out" (not "Info sent to customers").
_LOG_LEVELS = r"ERROR|ERR|WARN|WARNING|INFO|DEBUG|TRACE|FATAL|CRITICAL|NOTICE"
_LOG_LEVEL = re.compile(rf"(?:{_LOG_LEVELS})\b|\[(?i:{_LOG_LEVELS})\]")
#: A fenced block's opening line and its info string ("```", "~~~ text").
_FENCE_OPEN = re.compile(r"[ \t]{0,3}(?:`{3,}|~{3,})(?P<info>[^\n`]*)\n")
_FENCE_CLOSE = re.compile(r"[ \t]{0,3}(?:`{3,}|~{3,})[ \t]*\n?")
#: Info strings of a fenced block of plain lines: a language names code or a log format.
_PLAIN_INFO = frozenset({"", "text", "txt", "plain", "plaintext", "none", "md", "markdown"})
_CODE_BULLET = re.compile(r"^[ \t]*[-*+][ \t]+(\S)[^\n]*", re.MULTILINE)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_HTML_TAG = re.compile(r"<[^<>]{0,300}>")
_INLINE_TAG = re.compile(r"</?(?:a|b|i|u|em|strong|span|font|code|small|sup|sub|mark|s)\b", re.I)
_HTML_CELL = re.compile(r"<t[hd]\b[^<>]{0,300}>", re.IGNORECASE)
_HTML_OPEN = re.compile(r"\s*<[a-zA-Z][^<>]{0,300}>\s*")
_HTML_CLOSE = re.compile(r"</[a-zA-Z][^<>]{0,30}>")
#: A line break in HTML: "<br>", "<br/>", "<br />".
_HTML_BR = re.compile(r"<br\s*/?>")
#: What opens an HTML paragraph's words: blanks, "&nbsp;" and inline tags ("<b><u>").
_HTML_LEAD = re.compile(r"(?:\s|&nbsp;|<(?:b|u|i|em|strong|span|font)\b[^<>]{0,300}>)*")
#: What separates a stamp in its tags from the words: closing tags, blanks, "&nbsp;", a dash
#: or a colon ("</u></b> - Drives have been replaced", "</strong>&nbsp;Hetzner ...").
_HTML_AFTER = re.compile(r"(?:\s|&nbsp;|</[a-z]{1,10}>|[-–—:])*")


#: Statusfy's update opener: ``::: update Resolved | 2021-05-03T22:51:55.840Z``.
_STATUSFY = re.compile(
    r"^[ \t]*:::[ \t]*update[ \t]+(?P<label>[^|\n]{1,40}?)[ \t]*\|[ \t]*"
    r"(?P<stamp>[^|\n]{4,40}?)[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
_STATUSFY_CLOSE = re.compile(r"^[ \t]*:::[ \t]*$", re.MULTILINE)
#: cState's update stamp, a Hugo shortcode ending the update's paragraph.
_TRACK = re.compile(r"\{\{<[ \t]*track[ \t]+\"(?P<stamp>[^\"\n]{4,40})\"[ \t]*>\}\}")

#: A key and the opening quote of its string value in JavaScript data: ``time: "``.
_OBJECT_KEY = re.compile(r"""(?<![\w$.])(?P<k>[A-Za-z_]\w{0,24})["']?\s*:\s*(?P<q>["'`])""")
# The keys of an entry's object are the columns of a timeline table: "time", "date",
# "when" for its stamp; "event", "description", "text" for its words (TIMELINE_COLUMNS).


def _string_end(text: str, pos: int, end: int, quote: str) -> int:
    """Where the string opened before ``pos`` closes (its closing quote), or -1."""
    while pos < end:
        q = text.find(quote, pos, end)
        if q < 0:
            return -1
        back = q
        while back > pos and text[back - 1] == "\\":
            back -= 1
        if (q - back) % 2 == 0:  # not escaped
            return q
        pos = q + 1
    return -1


def object_entries(
    text: str, start: int, end: int
) -> list[tuple[tuple[int, int], tuple[int, int], tuple[int, int]]]:
    """Objects with a time key and a text key between ``start`` and ``end``: each as (the
    object's span from its ``{`` to its ``}``, the time string's span, the text string's span)."""
    # Hand-written rather than a JavaScript parser: only string values of a few keys matter,
    # and their spans are kept so an edit rewrites only the string.
    out: list[tuple[tuple[int, int], tuple[int, int], tuple[int, int]]] = []
    stamp: tuple[int, int] | None = None
    pos = start
    while (mm := _OBJECT_KEY.search(text, pos, end)) is not None:
        vs = mm.end()
        ve = _string_end(text, vs, end, mm.group("q"))
        if ve < 0:
            break
        pos = ve + 1
        column = TIMELINE_COLUMNS.get(key_words(mm.group("k")))
        if column == "time":
            stamp = (vs, ve)
        elif column == "text" and stamp is not None:
            if text.find("}", stamp[1], mm.start()) >= 0:
                stamp = None  # the time's object closed without a text: no entry of two objects
                continue
            # An object is small: its braces are looked for nearby only (a hostile run of
            # keys without braces must not rescan the block from each one).
            open_ = text.rfind("{", max(start, stamp[0] - 2000), stamp[0])
            close = text.find("}", ve, min(end, ve + 2000))
            if open_ < 0 or close < 0:
                stamp = None
                continue
            out.append(((open_, close + 1), stamp, (vs, ve)))
            stamp = None
    return out


def object_text(raw: str) -> str:
    """A JavaScript string's text: escapes undone."""
    return re.sub(r"\\(.)", r"\1", raw)


def html_text(raw: str) -> str:
    """The text of HTML: tags dropped, entities decoded, blank space folded."""
    return " ".join(html.unescape(_HTML_TAG.sub(_tag_space, raw)).split())


def _tag_space(mm: re.Match[str]) -> str:
    # An inline tag joins its words to the text around it ("<i>replaced</i>." reads
    # "replaced."); any other ("<br>", "<p>") parts them.
    return "" if _INLINE_TAG.match(mm.group()) else " "


def html_rows(
    text: str, start: int, end: int
) -> list[tuple[tuple[int, int], list[tuple[int, int]]]]:
    """The rows of the HTML tables between ``start`` and ``end``: each row's span and its
    cells' spans, a cell narrowed to the text inside its wrapping tags
    (``<td><span dir="ltr">00:39</span></td>`` -> ``00:39``)."""
    # Hand-written rather than html.parser: the spans of each cell are needed, so an edit
    # rewrites only the cell, and a scan with str.find stays linear on hostile input.
    # ASCII letters only: str.lower() may lengthen a string ("İ" -> "i̇") and shift every span.
    low = text[start:end].translate(_ASCII_LOWER)
    rows: list[tuple[tuple[int, int], list[tuple[int, int]]]] = []
    pos = 0
    close = -2  # the next "</tr>" at or after the row being read (-1: none left)
    while (tr := low.find("<tr", pos)) >= 0:
        # Each closer is looked for once and reused until passed: rows without one (hostile
        # input) cost no rescan to the end.
        if close != -1 and close < tr:
            close = low.find("</tr>", tr)
        nxt = low.find("<tr", tr + 3)
        if close >= 0 and (nxt < 0 or close < nxt):
            stop = close + 5
        else:
            # No "</tr>": the row ends where the next row or the table's end starts.
            stop = nxt if nxt >= 0 else len(low)
            for ender in ("</table", "</tbody", "</thead", "</tfoot"):
                at = low.find(ender, tr, stop)
                if at >= 0:
                    stop = at
            while stop > tr and low[stop - 1] in " \t\n":
                stop -= 1
        cells: list[tuple[int, int]] = []
        shut = -2  # the next "</t" in this row
        for mm in _HTML_CELL.finditer(low, tr, stop):
            cs = mm.end()
            if shut != -1 and shut < cs:
                shut = low.find("</t", cs, stop)
            ce = stop if shut < 0 else shut
            # Narrow to the text inside wrapping tags, keeping tags inside it; a few levels
            # (<td><p><span>), looked at from both ends only.
            for _ in range(4):
                while cs < ce and low[cs].isspace():
                    cs += 1
                while ce > cs and low[ce - 1].isspace():
                    ce -= 1
                head = _HTML_OPEN.match(low, cs, ce)
                lt = low.rfind("<", cs, ce) if head is not None and low[ce - 1] == ">" else -1
                if head is None or lt < head.end() or not _HTML_CLOSE.fullmatch(low, lt, ce):
                    break
                cs, ce = head.end(), lt
            while cs < ce and low[cs].isspace():
                cs += 1
            while ce > cs and low[ce - 1].isspace():
                ce -= 1
            cells.append((start + cs, start + ce))
        if cells:
            rows.append(((start + tr, start + stop), cells))
        pos = max(stop, tr + 3)
    return rows


def _stamp_column(rows: Sequence[Sequence[str]]) -> int | None:
    """The one column of a table whose cells are stamps and nothing else ("14:51", "~20:00",
    "14:55 - 18:30"): in two rows at least and in most rows that fill it, or None."""
    counts: dict[int, int] = {}
    filled: dict[int, int] = {}
    for cells in rows[:200]:  # a table's first rows tell; a long one is not read twice whole
        for i, cell in enumerate(cells):
            cell = cell.strip()
            if not cell:
                continue
            filled[i] = filled.get(i, 0) + 1
            if len(cell) <= 60 and _only_stamp(cell):
                counts[i] = counts.get(i, 0) + 1
    best = [i for i, n in counts.items() if n >= 2 and n * 3 >= filled[i] * 2]
    return best[0] if len(best) == 1 else None


def _words_in(rows: list[list[str]], col: int) -> int:
    """How many words (two letters or more, outside links and code) a column's cells hold."""
    return sum(
        len(_PROSE_WORD.findall(_CODE_OR_LINK.sub(" ", r[col]))) for r in rows if col < len(r)
    )


_PROSE_WORD = re.compile(r"(?<![\w/.-])[^\W\d_]{2,}(?![\w/-]|\.\w)")
#: A time of two-digit hours written with a dot, before text: "09.00 User reported ...",
#: "~02.00 900k messages" (read only under a day line, see ``TimelineReader._split``).
_DOTTED_LEAD = re.compile(r"[ \t]*(?P<t>~?[ \t]?(?:[01]\d|2[0-3])\.[0-5]\d)[ \t]+(?=\S)")
#: A line's start, past a list item's marker ("- ", "1. "), where a dotted time may open it.
_DOTTED_LINE = re.compile(r"(?m)^[ \t]*(?:" + LIST_MARKER + r"[ \t]+)?(?=~?[ \t]?[012]\d\.)")
#: What makes such a number a quantity: "12.50 GB of old WAL files", "20.04 LTS", "10.25 %".
_QUANTITY_AFTER = re.compile(
    r"(?:%|[KMGTP]i?B|[kMG]?bps|ms|LTS|EUR|USD|GBP|hrs?|mins?|secs?|percent|pts)\b|[%€$£]",
    re.IGNORECASE,
)


def _dotted_lead(line: str, pos: int = 0) -> re.Match[str] | None:
    """A dotted time of two-digit hours opening ``line`` (at ``pos``) before text that is no
    unit."""
    mm = _DOTTED_LEAD.match(line, pos)
    if mm is None or _QUANTITY_AFTER.match(line, mm.end()):
        return None
    return mm


_CODE_OR_LINK = re.compile(r"`[^`]*`|https?://\S+|\]\([^)]*\)")


def _column_guess(header: str) -> str | None:
    words = set(header.split())
    # At a word's start: "Timestamp (UTC)" and "Date/Time" are times, "Action/Update" is not.
    if _TIME_HEADER.search(header) or _named(header, words, TIME_COLUMN_WORDS):
        return "time"
    if _TEXT_HEADER.search(header) or _named(header, words, TEXT_COLUMN_WORDS):
        return "text"
    return None


_TIME_HEADER = re.compile(r"\b(?:time|date)")
_TEXT_HEADER = re.compile(r"\b(?:event|description)")


def _named(header: str, words: set[str], names: tuple[str, ...]) -> bool:
    """Whether a normalised heading holds one of ``names``: a word of it, or, in the scripts
    written without spaces, a run of its characters; a name of two words ("thoi gian"), as
    words of it."""
    padded = f" {header} "
    return any(
        n in words or (unspaced(n) and n in header) or (" " in n and f" {n} " in padded)
        for n in names
    )


def _cell(text: str, span: tuple[int, int] | None) -> str | None:
    if span is None:
        return None
    v = text[span[0] : span[1]].strip()
    return v or None


# Written so that no two blank runs can trade blanks (they made a long run of blanks quadratic:
# 2 s for 40 KB); the value is the same as "[^\n]+?" before trailing blanks.
# The key alone, then its mark: not "- **Time to detection:** ~13 hours" (a stated length).
_TIME_KEY = re.compile(
    # "Time" in other languages too: "- **Hora:** 09:20" under "### Detección".
    rf"[ \t]*(?:\*\*|__)?(?:time|when|{'|'.join(OTHER_TIME_WORDS)})\s*"
    r"(?::(?:\*\*|__)?|\*\*|__)\s*(?::[ \t]*)?"
    r"(?P<v>[^ \t\n](?:[ \t]*[^ \t\n])*?|[ \t])[ \t]*$",
    re.IGNORECASE,
)


def time_field_line(line: str) -> bool:
    """Whether ``line`` is a time field alone ("**Time**: 10:00 UTC", "Hora: 09:20"), as a key
    event's time line is written."""
    return _TIME_KEY.match(line) is not None


_PHASES = {
    "identify": m.Milestone.DETECTED,
    "identified": m.Milestone.DETECTED,
    "remediate": m.Milestone.IMPACT_ENDED,
    "remediated": m.Milestone.IMPACT_ENDED,
    "response": m.Milestone.ACKNOWLEDGED,
    "detection": m.Milestone.DETECTED,
    "detected": m.Milestone.DETECTED,
    "start": m.Milestone.STARTED,
    "started": m.Milestone.STARTED,
    "mitigation": m.Milestone.MITIGATED,
    "mitigated": m.Milestone.MITIGATED,
    "resolution": m.Milestone.RESOLVED,
    "resolved": m.Milestone.RESOLVED,
    "acknowledged": m.Milestone.ACKNOWLEDGED,
    "declared": m.Milestone.DECLARED,
    # The phases of security incident handling (NIST SP 800-61: detection, containment,
    # eradication, recovery), and the phase nouns in Spanish, Portuguese and German, accents
    # folded ("### 2026-09-26 — CONTENCIÓN").
    "containment": m.Milestone.MITIGATED,
    "recovery": m.Milestone.IMPACT_ENDED,
    "deteccion": m.Milestone.DETECTED,
    "deteccao": m.Milestone.DETECTED,
    "erkennung": m.Milestone.DETECTED,
    "contencion": m.Milestone.MITIGATED,
    "contencao": m.Milestone.MITIGATED,
    "mitigacion": m.Milestone.MITIGATED,
    "mitigacao": m.Milestone.MITIGATED,
    "resolucion": m.Milestone.RESOLVED,
    "resolucao": m.Milestone.RESOLVED,
    "behebung": m.Milestone.RESOLVED,
}


_PHASE_LEAD = re.compile(r"[ \t]*([A-Za-z]+)[ \t]*:[ \t]+(?=\S)")


def key_event_heading(title: str) -> tuple[m.Milestone | None, int]:
    """The milestone a key event's heading names and where its text starts in the heading:
    "Detection" is the detected event, text "Detection"; "Response: Paged the DB team" the
    acknowledged one, text "Paged the DB team" (the writer's form for a reworded event)."""
    whole = _phase_milestone(normalize(title))
    lead = _PHASE_LEAD.match(title)
    if whole is None and lead is not None:
        named = _phase_milestone(lead.group(1))
        if named is not None:
            return named, lead.end()
    return whole, 0


def phase_milestone(phase: str | None) -> m.Milestone | None:
    """The milestone a phase-column cell or a status-page update's label names ("Identify":
    detected, "Monitoring": mitigated), or None."""
    return _status_milestone(phase) or _phase_milestone(phase)


#: A day written in digits ("2026-07-21", "21.07.2026", "7/21"): not a time of day.
#: A timeline heading's words that say its day is not its entries' (``_heading_day``).
#: Not "of" alone: "## 3. Timeline of Events — February 12, 2026" (ShelfExecution).
#: The incident's own noun beside the day: "outage of 2026-08-31", "incident 2026-08-31",
#: "2026-08-31 outage" (then the day is the entries', whatever word comes before).
_OWN_NOUN = re.compile(r"(?i)\b(?:outage|incident|failure)(?:\s+(?:of|on))?\s*$")
_OWN_NOUN_AFTER = re.compile(r"(?i)\s+(?:outage|incident|failure)\b")
_NOT_THE_ENTRIES_DAY = re.compile(
    rf"(?i)\b(?:{'|'.join(w for w in OTHER_DAY_WORDS + HEADING_OTHER_DAY_WORDS if w != 'of')})"
    r"\b(?:(?!\bduring\b)[^;),—\n]){0,40}$"
)
_DIGIT_DAY = re.compile(r"\b\d{1,4}[-./]\d{1,2}(?:[-./]\d{1,4})?\b")


def _heading_zone(title: str) -> str | None:
    """The zone a timeline's heading names in its parentheses beside its day or words
    ("## Tijdlijn (2026-07-21, UTC)", kibana-oo's RCA; "## What happened (timeline, UTC)",
    veta's), as :func:`zone_line` reads one named alone: the day's digits are no time, so
    they do not stop it. Not a zone in the heading's words ("## Timeline 2026-07-21 — CET
    office closed")."""
    if "(" not in title and "（" not in title:
        return None
    for inner in _PARENTHESES.findall(title):
        words = _DIGIT_DAY.sub(" ", inner).strip(" ,;")
        z = zone_line(words)
        if z is None:
            continue
        # The zone closing the parentheses ("timeline, UTC", "times are in UTC", "Zeiten in
        # MEZ") or glossed ("ET = Eastern"): not one a phrase names ("GMT offset bug", "for
        # the EST team"), nor denied ("not UTC").
        at = words.rfind(z)
        note = re.findall(r"[^\W\d_]+", words[:at])
        if (
            words.endswith(z)
            and all(_ZONE_NOTE.fullmatch(w) for w in note)
            and not _NEGATED.search(words[:at])
        ) or re.match(rf"{re.escape(z)}\s*[=:]", words):
            return z
    return None


_ZONE_NOTE = re.compile(rf"(?i)(?:{'|'.join(ZONE_NOTE_WORDS)})")
_NEGATED = re.compile(r"(?i)\b(?:not|no|nicht|kein\w*|pas|non|niet|geen)\s+$")


_PARENTHESES = re.compile(r"[(（]([^()（）\n]{1,80})[)）]")


def _status_milestone(label: str | None) -> m.Milestone | None:
    """The milestone a status-page update's label names ("Monitoring": mitigated), or None."""
    status = STATUS_UPDATE_MILESTONES.get((label or "").strip().lower())
    return m.Milestone(status) if status else None


def phase_word(milestone: m.Milestone) -> str:
    """A phase word that names ``milestone`` ("Detection" for detected), for the writer."""
    nouns = ("detection", "response", "mitigation", "resolution")
    words = sorted((k for k, v in _PHASES.items() if v is milestone), key=lambda k: k not in nouns)
    return words[0].title()


def _phase_milestone(phase: str | None) -> m.Milestone | None:
    if not phase:
        return None
    return _PHASES.get(phase.strip().lower())


# Compiled once: asked for every entry.
_ISO_MINUTE = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}")
_MERIDIEM = re.compile(r"(?i)\d\s*[ap]\.?m")
# "UTC", "PDT", and an offset after UTC or GMT ("(GMT+9)"): without it, "GMT" alone would
# write a new entry's time in another zone.
_FORMAT_ZONE = re.compile(r"(?i)\b((?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?\b)?|[A-Z]{2,4}T\b)")


#: A clock time anywhere in a line: "09:00", "18.04", "9 am".
_ANY_CLOCK = re.compile(r"\b\d{1,2}[:.h]\d{2}\b|\b\d{1,2} ?[ap]\.?m\b", re.IGNORECASE)


#: ``vocabulary.PLAN_HORIZON``, compiled once (``TimelineReader._times_in``).
_PLAN_HORIZON = re.compile(PLAN_HORIZON)
#: A word about a lone stamp's time after it, in parentheses: the words that
#: ``timestamps._PAREN_NOTE`` (``_TIME_NOTE`` here) reads inside a stamp, and "now":
#: "**2025-11-16 06:38 PM** (estimated)" (LiveOne), "**2025-11-24 00:57 UTC (NOW):**"
#: (Convergence Protocol).
_NOTE_TAIL = re.compile(rf"[ \t:*_]*\((?:now|{_TIME_NOTE.pattern})\)[ \t:*_]*", re.IGNORECASE)


def _untimed_step(text: str, bs: int, be: int) -> bool:
    """Whether a list item without a stamp, in a run of stamped items, is a step of the run
    told without its time: words, not a field ("**Duration**: 14+ hours")."""
    if _NESTED_ITEM.search(text, bs, be):
        # Over items of its own ("* Review dependencies of those plugins" over what was
        # done, Jenkins' outage): a group's label, as a day alone over its entries is.
        return False
    nl = text.find("\n", bs, be)
    first = text[bs : nl if nl >= 0 else be]
    # Nor one that names a time its stamp was judged not to be ("On call rotations continue
    # at 09:00 every day", "18.04 hosts were upgraded"): what it is, the reader said.
    return (
        bool(first.strip(" \t*_-"))
        and _NO_STEP.match(first) is None
        and _ANY_CLOCK.search(first) is None
    )


def untimed_words(words: str) -> bool:
    """Whether ``words`` written as a list item with no stamp read back as a step without
    its time and nothing else: plain words on one line, opening with a letter, with no
    colon (a field's), no clock time and no day (a stamp's). The writer puts "???: "
    before any other text of such an entry."""
    return (
        _PLAIN_WORDS.fullmatch(words) is not None
        and _ANY_CLOCK.search(words) is None
        and split_stamp(words) is None
    )


#: Words that open with a letter, on one line, with no colon, marks or brackets.
_PLAIN_WORDS = re.compile(r"[^\W\d_][^\n:*_`\[\]<>|#]*")
#: What is no step of a run: a field, a bold label and its value ("**Duration**: 14+
#: hours", "**Affected Records:** 277"); a note to the writer, an image or a bold label
#: alone ("- **Detection**", review 52).
_NO_STEP = re.compile(
    r"[ \t]*(?:(?:\*\*|__)[^\n*_]{1,40}?(?::(?:\*\*|__)|(?:\*\*|__)[ \t]*:)"
    r"|<!--|!\[[^\]]*\]\([^)]*\)[ \t]*$|(?:\*\*|__)[^*_\n]+(?:\*\*|__)[ \t:]*$)"
)


def _time_format(stamp: str, at: dt.datetime | None) -> str:
    """A strftime format that writes a new time the way this stamp was written."""
    if _ISO_MINUTE.fullmatch(stamp.strip()):
        return "%Y-%m-%d %H:%M"
    fmt = "%I:%M %p" if _MERIDIEM.search(stamp) else "%H:%M"
    zone_m = _FORMAT_ZONE.search(stamp)
    if zone_m:
        fmt += " " + zone_m.group(1)
    return sys.intern(fmt)  # one string for every event of a report, not one each
