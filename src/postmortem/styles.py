"""Styles: the five seed templates, and postmortem's canonical style.

A seed style writes a report by filling that template: the blank template is parsed, the
report's values are put into the template's fields (replacing its placeholders, in the
template's own shapes: table rows, checklists, ``**Key:** value`` lines), its placeholder
timeline entries and action items are replaced by the report's, and the patching renderer
writes the result. Slots the report has no value for stay as the template's placeholders.
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import Any

import attrs

from postmortem import model as m
from postmortem._text import LIST_MARKER

__all__ = ["STYLES", "blank", "convert", "render_section", "render_style"]

#: Style name -> one-line description.
STYLES: dict[str, str] = {
    "canonical": "postmortem's own: H2 sections, bold key/value metadata, tables for lists",
    "classic": "seed 000: bold metadata lines, Detection/Response/Resolution key events, "
    "checklists by horizon",
    "memo": "seed 001: <b> numbered pseudo-headings, bullet keys, 'Time - Event' lines",
    "tabular": "seed 002: Incident Overview, timeline and action tables, stated TTD/TTM",
    "concise": "seed 003: short sections, 'Time (UTC)' table, action table with deadlines",
    "emoji": "seed 004: emoji headings, phase tables, code blocks, resolution steps",
}


def blank(style: str) -> str:
    """The blank template of a style, byte for byte (the seed itself for seed styles)."""
    if style not in STYLES:
        raise KeyError(style)
    path = resources.files("postmortem") / "templates" / f"{style}.md"
    return path.read_bytes().decode("utf-8")


def render_style(report: m.Report, style: str = "canonical") -> str:
    """Write ``report`` whole in a named style, losing nothing (see :func:`convert`)."""
    return convert(report, style)[0]


def convert(report: m.Report, style: str = "canonical") -> tuple[str, list[str]]:
    """``report`` written in a named style, and a note for each section placed without a slot.

    The typed fields go to the style's slots. A section of the report whose text the style
    has no slot for (a "Five Whys", a "Leadup", lessons the model has no list for) is carried
    over as a section after the style's own, in document order, with its text as written;
    each such section gets a note ("... carried over as a section"), so that nothing is
    dropped silently.
    """
    if style not in STYLES:
        raise KeyError(style)
    if style == "canonical":
        out = _canonical(report)
    else:
        from postmortem.parsing import parse
        from postmortem.render import dumps

        target = parse(_slotted(style))
        fill(target, report)
        out = dumps(target)
        zone = target.timeline.timezone
        if zone and not report.timeline.timezone and _naive(report):
            out = _zoneless(out, zone)
    return _carry_over(report, out, style)


@functools.cache
def _slotted(style: str) -> str:
    """The blank template of ``style`` with its example values made slots.

    A template shows some values as examples, in no slot's brackets ("**Total Duration**: 1
    hour 30 minutes", "**Time to Detect**: 15 minutes", a "Brief overview of the incident"):
    left where the report has no value, they would read back as the report's. Each is
    written in brackets ("[1 hour 30 minutes]"), which reads as a slot to fill, as the
    template's other slots do (listed in ``Report.placeholders``). So is its title ("[Post-
    Mortem Template]"), which a report with no title of its own keeps as no title.
    """
    from postmortem.parsing import parse
    from postmortem.parsing.fields import FIELD_KINDS, get_path

    text = blank(style)
    r = parse(text)
    doc = r._source
    assert doc is not None
    spans = [
        fo.span
        for path, fo in doc.fields.items()
        if FIELD_KINDS.get(path) != "dict" and get_path(r, path) not in (None, [], "")
    ]
    spans += [sm._origin.span for sm in r.stated_metrics if sm._origin is not None]
    for a, b in sorted(set(spans), reverse=True):
        if "[" in text[a:b]:
            continue  # a value around slots of its own: read as one already, or as words
        text = text[:a] + _EXAMPLE_LINE.sub(r"\1[\2]", text[a:b]) + text[b:]
    return text


#: A line of an example value: its list marker, and its words to put in brackets.
_EXAMPLE_LINE = re.compile(r"(?m)^([ \t]*(?:" + LIST_MARKER + r"[ \t]+)?)(\S.*?)[ \t]*$")


def _naive(report: m.Report) -> bool:
    return any(e.at is not None and e.at.tzinfo is None for e in report.timeline.events)


def _zoneless(text: str, zone: str) -> str:
    """The template's timeline table without the zone its header declares ("Time (UTC)"):
    a report whose times say no zone would otherwise read back in that zone. Blanks keep
    the table's columns aligned."""
    head = re.compile(rf"(?m)^[ \t]*\|.*?(\([ \t]*{re.escape(zone)}[ \t]*\))")
    hit = head.search(text)
    if hit is None:
        return text
    a, b = hit.span(1)
    return text[:a] + " " * (b - a) + text[b:]


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


_WORD = re.compile(r"\w+")
#: Lines that are only structure once typed values are taken out: a key with no value left
#: ("- **Owner:**"), a table's separator, an "All times in UTC" line.
_LABEL_ONLY = re.compile(r"[\W_]*[\w ()/&'’.-]{0,60}[*_]*:[\W_]*|[\s|:+-]*|(?i:\W*all times\b.*)")
_TABLE_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*")


def _untyped(report: m.Report, sec: m.Section, slots: frozenset[str] | None = None) -> str:
    """The section's own text less the lines the parser read into typed fields and records.

    Records (events, action items) have slots in every style, and so do the fields in
    ``slots`` (all fields when None); the rest (prose, lists the model has no field for, a
    field the style has no slot for) is what a style can lose. A line partly typed is kept
    whole; a line left with only a key, a table's header and rule, go. Without a source (a
    report built in code) it is the text.
    """
    from postmortem._doc import Document

    doc = report._source
    o = sec._origin
    if not isinstance(doc, Document) or o is None or sec.content != o.content:
        return sec.content
    cs, ce = o.content_span
    spans = [fo.span for p, fo in doc.fields.items() if slots is None or p in slots]
    origins = [e._origin for e in doc.events] + [a._origin for a in doc.actions]
    origins += [sm._origin for sm in report.stated_metrics]
    spans += [o_.span for o_ in origins if o_ is not None]
    text = doc.source.text
    chars = list(text[cs:ce])
    for a, b in spans:
        for i in range(max(a, cs), min(b, ce)):
            if chars[i - cs] != "\n":
                chars[i - cs] = " "
    left = "".join(chars).split("\n")
    lines = text[cs:ce].split("\n")
    # A record listed twice (an action table and, below it, the same actions by category) is
    # read once: a line that holds a record's text is typed too.
    needles = [a.description for a in report.action_items if len(a.description) >= 12]
    needles += [e.text for e in report.timeline.events if len(e.text) >= 12]
    left = [
        "" if rest.strip() and any(n in line for n in needles) else rest
        for line, rest in zip(lines, left, strict=True)
    ]
    keep: list[str] = []
    fence = ""
    for i, (line, rest) in enumerate(zip(lines, left, strict=True)):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        mark = _FENCE.match(line)
        if fence or mark:
            # A code block's lines are its text whatever they look like ("balances:").
            if mark and (not fence or mark.group(1).startswith(fence)):
                fence = "" if fence else mark.group(1)
            if rest.strip() or (not line.strip() and keep):
                keep.append(line if rest.strip() else "")
        elif not line.strip():
            if keep and keep[-1].strip():
                keep.append("")
        elif ("---" in line and _TABLE_RULE.fullmatch(line)) or (
            "|" in line and "---" in nxt and _TABLE_RULE.fullmatch(nxt)
        ):
            continue  # a table's header and rule: the rows, if typed, are gone too
        elif (
            rest.strip()
            and (not _LABEL_ONLY.fullmatch(rest.strip()) or _lead_in(line, rest, sec.kind))
            and not _unfilled(rest)
        ):
            if _BOLD_LABEL.fullmatch(rest) and _heads_nothing(lines, left, i):
                continue  # "**Prevent Recurrence** (Stop this issue):" over no items left
            keep.append(line)
        elif _KEY_LINE.fullmatch(rest) and _heads_nested(lines, left, i):
            # "- **Where We Got Lucky:**" over items kept (a field the style has no slot
            # for): the key says what they are, and reads them back as that field.
            keep.append(line)
    return "\n".join(keep).strip("\n")


#: A fenced code block's opening or closing line, and its fence.
_FENCE = re.compile(r"[ \t>]*((?:`{3,}|~{3,}))")
#: A line of words that ends with a colon: "Before attempting any option:", "1. Wipe it:".
_COLON_LINE = re.compile(r"[ \t>]*(?:" + LIST_MARKER + r"[ \t]+)?(?P<k>[^\n:]*?)[ \t]*:[ \t]*")


def _lead_in(line: str, rest: str, kind: m.SectionKind) -> bool:
    """Whether a line that ends with a colon is the report's own words ("This is confirmed
    soon after:", "error like:"), not a key left with no value: nothing on it was read into
    a typed field, no bold key, and its words name no field."""
    from postmortem.parsing.fields import path_for

    if rest != line or "**" in line or "__" in line:
        return False
    mm = _COLON_LINE.fullmatch(line)
    if mm is None:
        return False
    key = mm.group("k").strip()
    return bool(key) and path_for(key, kind) is None and path_for(key, None) is None


_LINE_HEAD = re.compile(
    r"[ \t>]*(?:" + LIST_MARKER + r"[ \t]+)?(?:\\?\[[ xX]\][ \t]+)?"
    r"(?:(?:\*\*|__)[^*_\n]{1,60}(?:\*\*|__)[ \t]*:?[ \t]*)?"
)


def _heads_nothing(lines: list[str], left: list[str], i: int) -> bool:
    """Whether the label on line ``i`` has nothing of its own under it: the next line with
    text left is another label, a template slot, or there is none."""
    for line, rest in zip(lines[i + 1 :], left[i + 1 :], strict=True):
        if not line.strip():
            continue
        if not rest.strip() or _unfilled(rest):
            continue  # typed (read into the model) or a slot: not the label's content
        return bool(_BOLD_LABEL.fullmatch(rest))
    return True


def _heads_nested(lines: list[str], left: list[str], i: int) -> bool:
    """Whether the key on line ``i`` heads the text after it (items, a paragraph) and that
    text is left: not typed, no template slot, and no key line of its own."""
    for line, rest in zip(lines[i + 1 :], left[i + 1 :], strict=True):
        if line.strip():
            return bool(rest.strip()) and not _unfilled(rest) and not _KEYED.match(rest)
    return False


def _unfilled(rest: str) -> bool:
    """A line that is only a template's unfilled slots once its list marker, checkbox and key
    are set aside ("- [ ] `[Action 1 - Owner: Name]`", "- **Impact**: `[Impact on ...]`"): a
    template's text, not the report's, so nothing a style could lose."""
    from postmortem.parsing.actions import only_placeholders
    from postmortem.parsing.fields import is_placeholder

    if rest.count("|") >= 3:
        # A template's row of slots: "| 1 | [Specific action] | [Name] | High | YYYY-MM-DD |".
        cells = [c.strip() for c in rest.strip().strip("|").split("|")]
        return sum(1 for c in cells if c and is_placeholder(c.strip("`"))) >= 2
    body = rest[_LINE_HEAD.match(rest).end() :]  # type: ignore[union-attr]
    return bool(body.strip()) and only_placeholders(body)


#: A key alone on its line: "- **Where We Got Lucky:**", "**Technical Improvements**:".
_KEY_LINE = re.compile(
    r"[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)[^*_\n]{1,60}(?::(?:\*\*|__)|(?:\*\*|__)[ \t]*:)[ \t]*"
)
#: A line that opens with a bold key ("- **Owner:** ...").
_KEYED = re.compile(r"[ \t]*(?:" + LIST_MARKER + r"[ \t]+)?(?:\*\*|__)")
_BOLD_LABEL = re.compile(
    r"[ \t]*(?:\*\*|__)[^*_\n]{1,60}(?:\*\*|__)[ \t]*(?:\([^()\n]{0,80}\))?[ \t]*:[ \t]*"
)


@functools.cache
def _slots(style: str) -> frozenset[str]:
    """The field paths a style writes: the canonical style's keys, a template's slots (and
    the date and severity lines :func:`fill` adds where a template has none)."""
    from postmortem.parsing import parse
    from postmortem.parsing.fields import FIELD_KINDS

    if style == "canonical":  # as _canonical writes them: prose, and values under keys
        from postmortem.vocabulary import SECTION_TEXT_FIELDS

        prose = {SECTION_TEXT_FIELDS.get(kind) for _h, kind in CANON_SECTIONS.values()}
        groups = ("metadata", *CANON_SECTIONS)
        return frozenset(
            p
            for p, kind in FIELD_KINDS.items()
            if p.split(".")[0] in groups
            and (p in prose or (kind != "dict" and _label(p, _context(p)) is not None))
        ) | {"title"}
    doc = parse(blank(style))._source
    return frozenset(doc.fields) | {"metadata.date", "metadata.severity"}


def _context(path: str) -> m.SectionKind:
    group = path.split(".")[0]
    return K.PREAMBLE if group == "metadata" else CANON_SECTIONS[group][1]


def _carry_over(report: m.Report, out: str, style: str) -> tuple[str, list[str]]:
    # Whole words: "SA" (a name in a list of initials) is not said by "salt".
    have = f" {_words(out)} "
    carried: list[tuple[m.Section, str]] = []
    slots = _slots(style)
    for sec in report.all_sections():
        rest = _untyped(report, sec, slots)
        if any((w := _words(line)) and f" {w} " not in have for line in rest.split("\n")):
            carried.append((sec, rest))
    if not carried:
        return out, []
    notes: list[str] = []
    parts: list[str] = []
    pseudo = re.search(r"^#{1,6}[ \t]", out, re.MULTILINE) is None and "<b>" in out
    parent = {id(sub): sec for sec in report.all_sections() for sub in sec.subsections}
    placed: dict[int, int] = {}  # carried section -> the level it is written at
    for sec, rest in carried:
        # In the style's heading form: a "## " heading in a style of "<b>" headings would
        # change the style's outline (its title among them). A subsection goes under its
        # parent when that is carried too; else it opens a section of its own: at its old
        # depth it would land under the style's last section (the action items, say), and
        # its list be read as that section's.
        up = parent.get(id(sec))
        while up is not None and id(up) not in placed:
            up = parent.get(id(up))
        level = 7 if pseudo else (2 if up is None else min(6, placed[id(up)] + 1))
        placed[id(sec)] = level
        # A checkbox carried over would be read as a new action item where it lands: escaped,
        # it is the same text and no item ("- \\[ ] ...").
        rest = re.sub(r"(?m)^([ \t]*" + LIST_MARKER + r"[ \t]+)\[([ xX])\]", r"\1\\[\2]", rest)
        rest = _unkeyed(rest, sec.kind)
        parts.append(render_section(m.Section(sec.title, level=level, content=rest + "\n")))
        where = f" (line {sec.line})" if sec.line else ""
        notes.append(
            f"section {sec.title!r}{where} has no slot in the {style} style: "
            "carried over as a section"
        )
    lead = "" if out.endswith("\n\n") else ("\n" if out.endswith("\n") else "\n\n")
    return out + lead + "\n".join(parts), notes


_KEY_VALUE = re.compile(
    r"(?m)^(?P<lead>[ \t]*(?:" + LIST_MARKER + r"[ \t]+)?)(?P<b>\*\*|__)(?P<k>[^*_\n:]{1,60})"
    r"(?::(?P=b)|(?P=b)[ \t]*:)[ \t]+(?P<v>\S.*)$"
)


def _unkeyed(text: str, kind: m.SectionKind) -> str:
    """Carried text whose ``**Key:** value`` lines the reader would take for a field (a second
    "**Root Cause:**" after the style's own): written ``**Key** - value``, so that they stay
    the section's text, as they were in the report, and do not replace the field's value."""
    from postmortem.parsing.fields import path_for

    def one(mm: re.Match[str]) -> str:
        if path_for(mm.group("k"), kind) is None:
            return mm.group(0)
        return f"{mm.group('lead')}{mm.group('b')}{mm.group('k')}{mm.group('b')} - {mm.group('v')}"

    return _KEY_VALUE.sub(one, text) if "**" in text or "__" in text else text


def fill(target: m.Report, source: m.Report) -> None:
    """Put ``source``'s values into the template report ``target`` (see the module doc)."""
    from postmortem.parsing.fields import FIELD_KINDS, get_path, set_path

    doc = target._source
    assert doc is not None
    # A key event's time ("### Detection / - **Time:** ...") is also read as detection.time:
    # the event owns that text, so the field is not filled separately.
    origins = [e._origin for e in target.timeline.events] + [a._origin for a in target.action_items]
    owned = {span for o in origins if o is not None for span in o.field_spans().values()}
    lists = [fo.span for fo in doc.fields.values() if fo.items is not None]
    for path in list(doc.fields):
        span = doc.fields[path].span
        if span in owned or any(a <= span[0] and span[1] <= b and (a, b) != span for a, b in lists):
            continue  # the slot is part of a list another field fills
        if path == "title":
            target.title = source.title or target.title
            continue
        value: Any = get_path(source, path)
        if value in (None, [], ""):
            continue
        if FIELD_KINDS.get(path) == "list":
            value = list(value)
        set_path(target, path, _copy(value))
    # The template's time column may carry no date or zone ("14:15"); the report's instants
    # are written whole where it does not, so nothing is lost in the new style.
    fmt = _full_format(source)
    if doc.event_container is not None:
        doc.event_container.time_format = fmt
    # A template's slot rows are the shape new events take: they write the instant whole too.
    for ev in [*target.timeline.events, *doc.event_slots]:
        if ev._origin is not None:
            ev._origin.time_format = fmt
    events = target.timeline.events
    if events and all(e._origin is not None and e._origin.shape == "key-event" for e in events):
        _fill_key_events(target, source)
    else:
        target.timeline.events = [_fresh(e) for e in source.timeline.events]
        for ev in target.timeline.events:
            if ev.at is None and ev.time is None:
                # No time: "???", or the day alone, which read back so. A stamp as written
                # ("May 30", "2023-03-03[^3]", "1 hour later") may be read on a day the
                # template's own dates give, or not open an entry in the template's shape.
                ev.time_text = ev.date.isoformat() if ev.date is not None else "???"
    _prefer_table(doc)
    # The template's placeholder items go even when the report has none: they would read
    # back as action items the report never had.
    target.action_items = [_fresh(a) for a in source.action_items]
    # The report's date and severity where the template has no slot for them (seed 003 has
    # neither): written as a "**Date:** ..." line after the title, read back as they were.
    for path in ("metadata.date", "metadata.severity"):
        value = get_path(source, path)
        if path not in doc.fields and value is not None:
            set_path(target, path, _copy(value))


def _fill_key_events(target: m.Report, source: m.Report) -> None:
    """A template whose timeline is key events (seed 000: "### Detection / - **Time:** ..."):
    a report whose events are those key events (by name, in order) fills their times; any
    other timeline is written whole, as a list of entries in the timeline section's own text,
    and the key events' time lines go, since each would read back as one more event."""
    keys = target.timeline.events
    names = [_words(e.text) for e in keys]
    wanted = [_words(e.text) for e in source.timeline.events]
    it = iter(names)
    if wanted and all(w in it for w in wanted):  # a subsequence of the key events, in order
        kept = []
        by_name = {_words(e.text): e for e in source.timeline.events}
        for ev in keys:
            src = by_name.get(_words(ev.text))
            if src is None:
                continue
            ev.at = src.at
            if src.at is None:
                ev.date, ev.time = src.date, src.time
            kept.append(ev)
        target.timeline.events = kept
        return
    target.timeline.events = []
    if not source.timeline.events:
        return
    sec = next((s for s in target.all_sections() if s.kind is K.TIMELINE), None)
    if sec is None:
        return
    # "Time - Event", as seed 001 writes its timeline: the dash ends the stamp, so a text
    # that opens with a word a stamp may hold ("Jan and John ...", "2nd call") stays whole.
    # An entry with no time at all is written "???" (a label such as "[+2 days later]" would
    # not open a list entry the reader takes for one).
    lines = [
        f"- {_fmt_when(e) if e.at or e.time or e.date else '???'} - " + e.text.replace("\n", "\n  ")
        for e in source.timeline.events
    ]
    if source.timeline.timezone:
        lines.insert(0, f"All times in {source.timeline.timezone}.\n")
    sec.content = "\n" + "\n".join(lines) + "\n\n"


def _prefer_table(doc: Any) -> None:
    """New action items take the shape of the template's table when it has one (seed 002
    has a table with owner, priority, due and status, and lists by category below it):
    written as the lists' bullets, the table's columns would be lost."""
    rows = [a for a in doc.action_slots if a._origin is not None and a._origin.shape == "table-row"]
    if not rows or doc.action_container is None or doc.action_container.shape == "table":
        return
    from postmortem.render import _line_span

    end = _line_span(doc.source.text, rows[-1]._origin.span)[1]
    doc.action_slots = rows
    doc.action_container = attrs.evolve(doc.action_container, insert_at=end, shape="table")


def _full_format(report: m.Report) -> str:
    aware = any(e.at is not None and e.at.tzinfo is not None for e in report.timeline.events)
    return "%Y-%m-%d %H:%M %Z" if aware else "%Y-%m-%d %H:%M"


def _copy(value: Any) -> Any:
    return attrs.evolve(value) if attrs.has(type(value)) else value


def _fresh(node: Any) -> Any:
    new = attrs.evolve(node)
    new._origin = None
    return new


def render_section(section: m.Section) -> str:
    """A section added in code, written as a heading and its content.

    Levels 1-6 are ATX headings; level 7 is an HTML ``<b>`` pseudo-heading, the form of
    documents whose sections are all written so (seed 001), as the parser reads them.
    """
    if section.level == 7:
        out = f"<b>{section.title}</b>\n"
    else:
        out = f"{'#' * min(max(section.level, 1), 6)} {section.title}\n"
    if section.content:
        body = section.content if section.content.startswith("\n") else "\n" + section.content
        out += body if body.endswith("\n") else body + "\n"
    for sub in section.subsections:
        out += "\n" + render_section(sub)
    return out


def _fmt_when(e: m.TimelineEvent) -> str:
    """An event's stamp: its instant, else the day and clock time it has, else as written."""
    from postmortem.render import format_datetime

    if e.at is not None:
        return format_datetime(e.at)
    if e.time is not None:
        clock = e.time.strftime("%H:%M:%S" if e.time.second else "%H:%M")
        return f"{e.date.isoformat()} {clock}" if e.date is not None else clock
    if e.date is not None:
        return e.date.isoformat()
    return _cell(e.time_text) or "???"


def _cell(s: str | None) -> str:
    return (s or "").replace("\n", " ").replace("|", "\\|")


K = m.SectionKind
#: Canonical sections: model attribute, heading, and the kind the parser reads it as.
_CANON: list[tuple[str, str, m.SectionKind]] = [
    ("summary", "Summary", K.SUMMARY),
    ("details", "Incident Details", K.DETAILS),
    ("impact", "Impact", K.IMPACT),
    ("root_cause", "Root Cause", K.ROOT_CAUSE),
    ("detection", "Detection", K.DETECTION),
    ("response", "Response", K.RESPONSE),
    ("resolution", "Resolution", K.RESOLUTION),
    ("lessons", "Lessons Learned", K.LESSONS_LEARNED),
    ("prevention", "Prevention Measures", K.PREVENTION),
    ("team", "Team", K.TEAM),
    ("communication", "Communication", K.COMMUNICATION),
    ("follow_up", "Follow-up", K.FOLLOW_UP),
]


CANON_SECTIONS: dict[str, tuple[str, m.SectionKind]] = {
    attr: (heading, kind) for attr, heading, kind in _CANON
}


def label_for(path: str, context: m.SectionKind | None) -> str | None:
    """A key the parser reads back as ``path`` in a section of kind ``context``, or None."""
    return _label(path, context)


def _label(path: str, context: m.SectionKind | None) -> str | None:
    """A key that the parser reads back as ``path`` in a section of kind ``context``."""
    from postmortem.parsing.fields import path_for
    from postmortem.vocabulary import CONTEXT_KEYS, FIELD_KEYS, FIELD_LABELS

    keys = [k for (c, k), v in CONTEXT_KEYS.items() if v == path and c is context]
    if path in FIELD_LABELS:
        keys.append(FIELD_LABELS[path])
    keys += [k for k, v in FIELD_KEYS.items() if v == path]
    for key in keys:
        if path_for(key, context) == path:
            words = {"Id": "ID", "Sla": "SLA", "Mttr": "MTTR", "Mttd": "MTTD"}
            return " ".join(words.get(w, w) for w in key.title().replace("'S", "'s").split())
    return None


def _value_lines(r: m.Report, prefix: str, context: m.SectionKind) -> tuple[list[str], str | None]:
    from postmortem.parsing.fields import FIELD_KINDS, get_path
    from postmortem.render import format_value
    from postmortem.vocabulary import SECTION_TEXT_FIELDS

    prose_path = SECTION_TEXT_FIELDS.get(context)
    prose = get_path(r, prose_path) if prose_path and prose_path.startswith(prefix) else None
    if isinstance(prose, list):
        prose = None
    lines: list[str] = []
    for path, kind in FIELD_KINDS.items():
        if not path.startswith(prefix) or path == prose_path or kind == "dict":
            continue
        value = get_path(r, path)
        if value in (None, [], ""):
            continue
        label = _label(path, context)
        if label is None:
            continue
        if kind == "list":
            lines.append(f"- **{label}:**")
            lines += ["  - " + str(v).replace("\n", "\n    ") for v in value]
        elif isinstance(value, str) and "\n" in value:
            lines.append(f"- **{label}:**")  # a block of text: nested under its key
            lines += ["  " + ln if ln.strip() else "" for ln in value.split("\n")]
        else:
            lines.append(f"- **{label}:** {format_value(value)}".rstrip())
    return lines, prose if isinstance(prose, str) else None


def _canonical(r: m.Report) -> str:
    from postmortem._doc import Document
    from postmortem.render import STATUS_LABELS, _text_cell, format_value

    # No title: a slot to fill ("[Title]", read as none), not one made up for the report.
    parts: list[str] = [f"# {r.title or '[Title]'}\n"]
    meta, _ = _value_lines(r, "metadata.", K.PREAMBLE)
    if meta:
        parts.append("\n".join(meta) + "\n")
    for attr, heading, kind in _CANON:
        lines, prose = _value_lines(r, attr + ".", kind)
        if not lines and not prose:
            continue
        body = f"## {heading}\n"
        if prose:
            body += f"\n{prose}\n"
        if lines:
            body += "\n" + "\n".join(lines) + "\n"
        parts.append(body)
    if r.timeline.events:
        extra = [c for c in ("action", "phase") if any(getattr(e, c) for e in r.timeline.events)]
        head = ["Time", "Event", "Actor", *(c.title() for c in extra)]
        rows = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
        for e in r.timeline.events:
            cells = [_fmt_when(e), _text_cell(e.text),
                     _cell(e.actor), *(_cell(getattr(e, c)) for c in extra)]  # fmt: skip
            rows.append("| " + " | ".join(cells) + " |")
        zone = f"All times in {r.timeline.timezone}.\n\n" if r.timeline.timezone else ""
        parts.append("## Timeline\n\n" + zone + "\n".join(rows) + "\n")
    if r.action_items:
        rows = [
            "| ID | Action | Owner | Priority | Due | Status | Type | Horizon | Tracking |",
            "|" + " --- |" * 9,
        ]
        for a in r.action_items:
            rows.append(
                f"| {_cell(a.id)} | {_text_cell(a.description)} | {_cell(a.owner)} | "
                f"{format_value(a.priority)} | {a.due.isoformat() if a.due else ''} | "
                f"{STATUS_LABELS[a.status]} | {_cell(a.category)} | {format_value(a.horizon)} | "
                f"{_cell(a.tracking)} |"
            )
        parts.append("## Action Items\n\n" + "\n".join(rows) + "\n")
    if r.stated_metrics:
        lines = [f"- **{sm.name}:** {sm.text}" for sm in r.stated_metrics]
        parts.append("## Metrics\n\n" + "\n".join(lines) + "\n")
    # Sections with no typed home are carried over by convert(), less the records they hold
    # (written whole, their records would be read twice: from the tables above and again
    # from the section).
    if not isinstance(r._source, Document):
        for sec in r.sections:
            if sec.kind is K.OTHER:
                parts.append(render_section(_at_level(sec, 2)))
    return "\n".join(parts)


def _at_level(section: m.Section, level: int) -> m.Section:
    """``section`` as a heading of ``level``, its subsections under it as they were under it.

    A section read from a ``<b>`` pseudo-heading (level 7, seed 001) written as it was would
    be no heading among the canonical style's "##" ones, and its text (a list of names, say)
    would be read as part of the section before it: its action items, say."""
    subs = [_at_level(sub, min(level + 1, 6)) for sub in section.subsections]
    return attrs.evolve(section, level=level, subsections=subs)
