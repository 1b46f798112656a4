"""Model -> Markdown.

A parsed report is written as its original text with patches: each field, event, action item or
section whose value differs from the value it was parsed with has the text that holds it
rewritten, in the shape it was written in; removed records lose their lines, new ones are added
after their siblings in the same shape. An unedited report is its source, byte for byte.

A report built in code (no source) is written whole in the canonical style
(see :mod:`postmortem.styles` for the seed-template styles).
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
import re
from collections.abc import Callable, Sequence
from typing import Any

import attrs

from postmortem import model as m
from postmortem._doc import Container, Document, FieldOrigin
from postmortem._text import LIST_MARKER
from postmortem.errors import RenderError
from postmortem.parsing.blocks import attributes_start
from postmortem.parsing.fields import FIELD_KINDS, NAME_LISTS, get_path
from postmortem.parsing.timeline import untimed_words
from postmortem.timestamps import format_duration
from postmortem.vocabulary import FRONT_MATTER_TITLE_KEYS, STATUS_UPDATE_MILESTONES

Patch = tuple[int, int, str]

STATUS_LABELS = {
    m.ActionStatus.OPEN: "Open",
    m.ActionStatus.IN_PROGRESS: "In progress",
    m.ActionStatus.DONE: "Done",
    m.ActionStatus.WONT_DO: "Won't do",
    m.ActionStatus.UNKNOWN: "",
}


def dumps(report: m.Report) -> str:
    """The Markdown text of a report: its source with edits applied, or a fresh rendering."""
    doc = report._source
    if not isinstance(doc, Document):
        from postmortem.styles import render_style

        return render_style(report, "canonical")
    patches: list[Patch] = []
    _field_patches(report, doc, patches)
    _new_field_patches(report, doc, patches)
    # New sections go below the title heading, or beside it where the sections stand beside
    # it (a title told from them by its words: "# 2024-03-12 Chain halt post-mortem" over
    # "# Incident summary"), never above it: the title would become one section among others.
    beside = any(s.level <= doc.title_level for s in doc.sections)
    under = max(doc.title_level - 1, 0) if beside else doc.title_level
    _section_patches(doc, report.sections, doc.sections, patches, under)
    _event_patches(report, doc, patches)
    _action_patches(report, doc, patches)
    if not patches:
        return doc.source.original
    out = _apply(doc, patches)
    more = _context_patches(report, doc, patches, out)
    return _apply(doc, patches + more) if more else out


def _context_patches(
    report: m.Report, doc: Document, patches: list[Patch], out: str
) -> list[Patch]:
    """Keep what the edited prose told about the whole report: its date and its zone.

    A report's date ("On October 18, ...") or the zone of its times ("at 18:52 GMT") may be
    read from a sentence of a text field (the summary, a "When" line) or of an entry ("restore
    expected at 1:20 PM Eastern Time"), or share a value with another field (front matter's
    "date" both opens the incident and gives its day). When an edit removes that sentence or
    changes that value, the value the model still holds is stated on a line of its own (a
    ``**Date:**`` line after the title, "All times are in GMT." at the head of the timeline),
    or reading the file back would move every event. Checked by reading the edited text back,
    only when a field, or an entry's text, changed or an entry was removed.
    """
    from postmortem.parsing import parse, zone_statement

    if not _context_may_change(report, doc):
        return []
    again = parse(out)
    more: list[Patch] = []
    zone_name = report.timeline.timezone
    if zone_name and again.timeline.timezone is None:
        said = zone_statement(zone_name)
        if report.timeline.events:
            at = _zone_line_at(report, doc)
            if at is not None:
                more.append((at, at, f"\n{said}\n"))
            elif (at := _before_first_entry(report, doc)) is not None:
                # Entries with no section of their own (a status page's updates): the
                # statement is a paragraph before them.
                more.append((at, at, f"{said}\n\n"))
        elif doc.sections and doc.sections[0]._origin is not None:
            # No timeline: before the first section, where the report's facts are stated.
            at = doc.sections[0]._origin.span[0]
            if doc.source.text[:at].endswith("\n\n"):
                more.append((at, at, f"{said}\n\n"))
        else:
            more.append(_date_line(doc, said))
    date = report.metadata.date
    if date is not None and again.metadata.date != date:
        slot = doc.fields.get("metadata.date")
        if slot is None:
            more.append(_date_line(doc, f"**Date:** {date.isoformat()}"))
        elif "metadata.date" in doc.derived:
            # An unfilled "Date: [Date]" while the title gave the day: the title's edit took
            # the day away, so the slot says it now.
            more.append((slot.span[0], slot.span[1], date.isoformat()))
    return more


def _context_may_change(report: m.Report, doc: Document) -> bool:
    """Whether an edit may have taken away what told the report's date or zone: a field
    changed (in the text or in front matter), or an entry's text changed or went."""

    def value(path: str) -> Any:
        return report.title if path == "title" else get_path(report, path)

    if any(_field_changed(doc, p, value(p), fo) for p, fo in doc.fields.items()):
        return True
    if any(not _same(value(p), base) for p, base in doc.unplaced()):
        return True
    kept = {id(e) for e in report.timeline.events}
    return any(
        id(e) not in kept
        or (
            e._origin is not None
            and (e.text != e._origin.value("text") or e.title != e._origin.value("title"))
        )
        for e in doc.events
    )


def _before_first_entry(report: m.Report, doc: Document) -> int | None:
    """The start of the first entry's line when it opens a block of its own, else None."""
    first = report.timeline.events[0]._origin or (doc.events[0]._origin if doc.events else None)
    if first is None:
        return None
    text = doc.source.text
    at = text.rfind("\n", 0, first.span[0]) + 1
    if text[at : first.span[0]].strip() or not (at == doc.body_start or text[:at].endswith("\n\n")):
        return None
    return at


def _zone_line_at(report: m.Report, doc: Document) -> int | None:
    """Where a line stating the timeline's zone goes: after the heading of the section that
    holds the first event, before its text."""
    first = report.timeline.events[0]._origin or (doc.events[0]._origin if doc.events else None)
    if first is None:
        return None
    where = first.span[0]
    best: m.Section | None = None
    for s in report.all_sections():
        o = s._origin
        if o is not None and o.span[0] <= where < o.span[1]:
            best = s  # the deepest section holding the event (walk is in document order)
    if best is None or best._origin is None:
        return None
    cs, _ce = best._origin.content_span
    if where < cs:
        # The section's heading is the entry ("# 27/12 @ 20:28 - ..."): under it the line
        # would join the entry's text; it goes before the entry instead.
        return None
    text = doc.source.text
    return cs if text[cs : cs + 1] == "\n" else None


def _date_line(doc: Document, line: str) -> Patch:
    """A line of the report's facts (``**Date:** ...``) after the title, or after the opening
    paragraph when that paragraph is the summary (so that it still is)."""
    text = doc.source.text
    at = doc.title_end
    summary = doc.fields.get("summary.text")
    if summary is not None and not text[at : summary.span[0]].strip():
        nl = text.find("\n", summary.span[1])
        at = nl if nl >= 0 else len(text)
        return at, at, "\n\n" + line
    lead = "" if at == 0 or text[at - 1 : at] == "\n" else "\n"
    return at, at, f"{lead}{line}\n\n"


# ---------------------------------------------------------------------------------------------
# Applying patches


def _apply(doc: Document, patches: list[Patch]) -> str:
    src = doc.source
    ordered = sorted(patches, key=lambda p: (p[0], p[1]))
    for a, b in itertools.pairwise(ordered):
        if b[0] < a[1]:
            line = src.line_of(b[0])
            raise RenderError(
                "two edits change the same text; edit the section content or the item, not both",
                line=line,
            )
    out: list[str] = []
    pos = 0
    original = src.original
    for start, end, new in ordered:
        o_start = src.to_original(start)
        o_end = src.to_original(end)
        out.append(original[pos:o_start])
        nl = src.newline_at(start)
        out.append(new.replace("\n", nl) if nl != "\n" else new)
        pos = o_end
    out.append(original[pos:])
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# Scalar and list fields


def format_value(value: Any, kind: str = "str") -> str:
    """The text written for a field value."""
    if value is None:
        return ""
    if isinstance(value, m.Severity):
        return severity_text(value)
    if isinstance(value, dt.datetime):
        return format_datetime(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return format_duration(value)
    if isinstance(value, list):
        sep = ", " if kind == "names" else "; "
        return sep.join(format_value(v) for v in value)
    if isinstance(value, m.ActionStatus):
        return STATUS_LABELS[value]
    if isinstance(value, (m.Priority, m.Horizon)):
        word: str = value.value
        return word.replace("_", " ").capitalize()
    return str(value)


def severity_text(sev: m.Severity) -> str:
    """The text of a severity: as written when it still says the same level."""
    from postmortem.parsing.fields import parse_severity

    if sev.text:
        again = parse_severity(sev.text)
        if again is not None and again.level == sev.level:
            return sev.text
    return sev.level.name.title() if sev.level else sev.text


def format_datetime(value: dt.datetime) -> str:
    """ISO-like "2024-05-01 14:05 UTC" (or with a numeric offset, or naive)."""
    base = value.strftime("%Y-%m-%d %H:%M")
    if value.second:
        base = value.strftime("%Y-%m-%d %H:%M:%S")
    if value.tzinfo is None:
        return base
    off = value.utcoffset()
    if off == dt.timedelta(0):
        return base + " UTC"
    return base + value.strftime("%z")[:3] + ":" + value.strftime("%z")[3:]


def _datetime_like(old: str, value: dt.datetime, text: str, was: object = None) -> str:
    """A new instant written in the old one's numeric form (see ``instant_like``); a new time
    of the same offset as the old clock time alone was, in its words ("**Time:** 5:10 PM AEST"
    -> "6:10 PM AEST": the day is the report's, the zone word stays; on another day, the day
    before it: "23:49 UTC-05:00 (Perú)" -> "2025-11-14 00:49 UTC-05:00 (Perú)"); else
    ``text``."""
    from postmortem.parsing.frontmatter import instant_like
    from postmortem.timestamps import read_stamp

    like = instant_like(old, value)
    if like:
        return like
    hit = _CLOCK.search(old)
    if (
        hit is not None
        and not hit.group("range")
        and isinstance(was, dt.datetime)
        and (was.tzinfo is None) == (value.tzinfo is None)
        and was.utcoffset() == value.utcoffset()
        and read_stamp(old.strip("*_`[]{}() ")).date is None
    ):
        # Another day is written before the clock, so the zone written after it stays the
        # report's: a whole instant with a bare offset in its place changed the zone the
        # report declares ("UTC-05:00" read back as "UTC").
        day = "" if was.date() == value.date() else f"{value.date().isoformat()} "
        if day and (old[: hit.start()].strip("*_`~ \t") or _DAY_WORD.search(old)):
            # Words before the clock ("at 23:49 UTC"), or a day named in words ("23:49 UTC on
            # Tuesday", "today"): no day written between them (review 56).
            return text
        new = old[: hit.start()] + day + _clock_text(value.time(), hit) + old[hit.end() :]
        got = read_stamp(new.strip("*_`[]{}() "))
        if got.time == value.time() and (not day or got.date == value.date()):
            return new
    return text


#: A day named in words beside a clock time: another day written in would contradict it.
_DAY_WORD = re.compile(
    r"(?i)\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)day\b"
    r"|\b(?:today|tonight|yesterday|tomorrow)\b"
)
#: The forms a day is written in that a new day is written in again, as the old one was.
_DAY_FORMS: tuple[Callable[[dt.date], str], ...] = (
    lambda d: d.isoformat(),
    lambda d: f"{d:%B} {d.day}, {d.year}",
    lambda d: f"{d:%b} {d.day}, {d.year}",
    lambda d: f"{d.day} {d:%B} {d.year}",
    lambda d: f"{d.day} {d:%b} {d.year}",
)


def _date_like(old: str, was: dt.date, value: dt.date) -> str | None:
    """The old text with its day replaced by ``value`` in the same form, the rest kept; None
    when the old day is not written in one of ``_DAY_FORMS``. A date field may say more than
    the day ("November 4, 2025, 16:00-17:00 CET"): the hours and the zone are evidence the
    reader weighs for the timeline's zone, and a bare new day in its place took them away."""
    from postmortem.parsing import first_date

    for form in _DAY_FORMS:
        written = form(was)
        if old.count(written) == 1:
            out = old.replace(written, form(value))
            if first_date(out, 0, False) == value:
                return out
    return None


def _inline(text: str) -> str:
    return text.replace("\n", " ")


def _flatten(text: str) -> str:
    flat = re.sub(r"\s*\n\s*(?:" + LIST_MARKER + r"\s+)?", " ", text).strip()
    return re.sub(r"^" + LIST_MARKER + r"\s+", "", flat)


def _item(text: str, indent: str) -> str:
    """A list item's text: continuation lines indented under the item's first character."""
    pad = " " * len(indent) if indent.strip() else indent
    return text.replace("\n", "\n" + pad)


def _cell(text: str) -> str:
    return _inline(text).replace("|", "\\|")


_BREAK = re.compile(r"[ \t]*\n[ \t]*")


def _text_cell(text: str) -> str:
    """A record's text (an event's, an action item's) in a table cell, which holds one line.

    A line break is written ``<br>``, as GitHub renders one in a cell and as the reader takes
    it back (``postmortem.parsing.blocks.cell_breaks``): inside code too, where it shows as
    written, so that a text with a code block comes back whole. Pipes are escaped.
    """
    return _BREAK.sub("<br>", text).replace("|", "\\|")


def _field_patches(report: m.Report, doc: Document, patches: list[Patch]) -> None:
    for path, fo in doc.fields.items():
        current = report.title if path == "title" else get_path(report, path)
        if not _field_changed(doc, path, current, fo):
            continue
        kind = FIELD_KINDS.get(path, "str")
        if kind == "list" and fo.items is not None:
            _list_field_patch(doc, fo, list(current or []), patches)
            continue
        if kind == "list" and path in NAME_LISTS:
            kind = "names"
        if (
            isinstance(current, dt.datetime)
            and current.tzinfo is not None
            and fo.key_zone is not None
            and current.utcoffset() == current.replace(tzinfo=fo.key_zone).utcoffset()
        ):
            # "Start time (UTC): 2024-03-05 14:05": the key names the zone, the value does not.
            current = current.replace(tzinfo=None)
        text = format_value(current, kind)
        if isinstance(current, dt.datetime):
            text = _datetime_like(doc.source.text[fo.span[0] : fo.span[1]], current, text, fo.value)
        elif isinstance(current, dt.date) and isinstance(fo.value, dt.date):
            old_text = doc.source.text[fo.span[0] : fo.span[1]]
            text = _date_like(old_text, fo.value, current) or text
        if "\n" in text and "\n" not in doc.source.text[fo.span[0] : fo.span[1]]:
            text = _flatten(text)  # a one-line slot: list markers and breaks become spaces
        if fo.where == "cell":
            text = _cell(text)  # a fact in a table's cell: its pipes escaped
        elif text and _interrupting(doc.source.text, fo.span[0]) and not _INTERRUPTS.match(text):
            # The old value was a block that followed a line with no blank between, which
            # only a list, a quote or a fence may do ("**Resolution**:" over its list): prose
            # there would join the line above as one paragraph, and the label would no
            # longer head it. A blank line keeps it a block of its own.
            text = "\n" + text
        start = fo.span[0]
        if path == "title":
            start, text = _title_heading(doc.source.text, fo, text)
        patches.append((start, fo.span[1], text))


#: The start of a block that may follow a paragraph's line with no blank line between (as
#: CommonMark has it: a list, a quote, a fence, a heading). Hand-written: the writer reads no
#: Markdown, and this is only a value's first characters.
_INTERRUPTS = re.compile(r"[ ]{0,3}(?:[-*+][ \t]|1[.)][ \t]|>|```|~~~|#{1,6}[ \t])")


def _interrupting(text: str, start: int) -> bool:
    """Whether a value at ``start`` is a block that interrupts a paragraph: it opens a line,
    the line above is not blank, and it starts as only such a block may."""
    if start == 0 or text[start - 1] != "\n":
        return False
    above = text[text.rfind("\n", 0, start - 1) + 1 : start - 1]
    return bool(above.strip()) and _INTERRUPTS.match(text, start) is not None


def _title_heading(text: str, fo: FieldOrigin, title: str) -> tuple[int, str]:
    """Where a new title goes and its text: a title that is a "##" heading among the sections,
    told from them by its wording, is written as a level-1 heading when the new title lacks
    that wording, so it still reads as the title (and not as a section)."""
    from postmortem.parsing import names_the_report

    line = text.rfind("\n", 0, fo.span[0]) + 1
    marks = re.fullmatch(r"[ ]{0,3}(#{2,6})[ \t]+", text[line : fo.span[0]])
    if fo.where != "heading" or marks is None or names_the_report(title):
        return fo.span[0], title
    return line, "# " + title


def _new_field_patches(report: m.Report, doc: Document, patches: list[Patch]) -> None:
    """Values set in code for fields the text has no place for: written, never dropped.

    A title becomes an H1 at the top, metadata a ``**Key:** value`` line after the title, and
    anything else a new section at the end in the canonical style's words.
    """
    from postmortem.styles import CANON_SECTIONS, label_for

    changed = [
        path
        for path, base in doc.unplaced()
        if not _same(report.title if path == "title" else get_path(report, path), base)
    ]
    if _date_needs_a_line(report, doc, changed):
        changed.append("metadata.date")
    changed = _front_matter_patches(report, doc, changed, patches)
    if not changed:
        return
    text = doc.source.text
    meta_lines: list[str] = []
    sections: dict[str, list[str]] = {}
    for path in changed:
        value = report.title if path == "title" else get_path(report, path)
        if path == "title":
            at = doc.body_start
            patches.append((at, at, f"# {_inline(str(value))}\n\n"))
            continue
        group = path.split(".")[0]
        if group == "metadata":
            label = label_for(path, m.SectionKind.PREAMBLE)
            if label is None:
                raise RenderError(f"{path} has no place in this report and no key to write it")
            meta_lines.append(f"**{label}:** {_inline(format_value(value))}  ")
            continue
        heading, kind = CANON_SECTIONS[group]
        label = label_for(path, kind)
        if label is None:
            raise RenderError(f"{path} has no place in this report and no key to write it")
        shown = format_value(value, "names" if path in NAME_LISTS else "str")
        sections.setdefault(heading, []).append(f"- **{label}:** {_inline(shown)}")
    if meta_lines:
        at = doc.title_end
        summary = doc.fields.get("summary.text")
        if summary is not None and not text[at : summary.span[0]].strip():
            # The opening paragraph is the summary: the new lines go after it, so it still is.
            nl = text.find("\n", summary.span[1])
            at = nl if nl >= 0 else len(text)  # after the paragraph's last line, spaces and all
            patches.append((at, at, "\n\n" + "\n".join(meta_lines).rstrip()))
        else:
            lead = "" if at == 0 or text[at - 1 : at] == "\n" else "\n"
            patches.append((at, at, lead + "\n".join(meta_lines) + "\n\n"))
    if sections:
        end = len(text)
        lead = (
            "" if text.endswith("\n\n") or not text else ("\n" if text.endswith("\n") else "\n\n")
        )
        body = "\n".join(f"## {h}\n\n" + "\n".join(lines) + "\n" for h, lines in sections.items())
        patches.append((end, end, lead + body))


def _date_needs_a_line(report: m.Report, doc: Document, changed: list[str]) -> bool:
    """True when the report's date was read from its title and the new title no longer says it.

    The date then needs a place of its own, or it would be lost on reading back.
    """
    from postmortem.timestamps import parse_date

    date = report.metadata.date
    if date is None or "metadata.date" in doc.fields or "metadata.date" in changed:
        return False
    fo = doc.fields.get("title")
    title = fo.value if fo is not None else doc.baseline.get("title")  # a heading or front matter
    if report.title == title or date != parse_date(str(title or "")):
        return False  # the title is unchanged, or the date did not come from it
    return parse_date(report.title or "") != date


#: Typed fields the parser reads from front matter, and the keys it reads them from.
FRONT_MATTER_KEYS: dict[str, tuple[str, ...]] = {
    "title": FRONT_MATTER_TITLE_KEYS,
    "metadata.severity": ("severity",),
    "metadata.authors": ("authors", "author"),
    "metadata.affected_services": ("affected",),
}


def _front_matter_patches(
    report: m.Report, doc: Document, changed: list[str], patches: list[Patch]
) -> list[str]:
    """Write front-matter edits in place; return the changed fields that still need a place.

    A typed field read from a front-matter key is written back to that key. A new value for
    one goes to the front matter too when the report keeps its metadata there (front matter
    and no metadata lines in the body). Keys set, changed or removed in
    ``report.front_matter.data`` are written as well.
    """
    from postmortem.parsing.frontmatter import edit_front_matter, key_named

    fm = report.front_matter
    if fm is None or doc.body_start == 0:
        return changed
    before = fm._parsed if fm._parsed is not None else {}
    updates = {k: v for k, v in fm.data.items() if k not in before or before[k] != v}
    removed = {k for k in before if k not in fm.data}
    kept_there = bool(before) and not any(p.startswith("metadata.") for p in doc.fields)
    rest = []
    for path in changed:
        keys = FRONT_MATTER_KEYS.get(path) or _instant_keys(path, before)
        # The key as the front matter spells it ("Title:" in Hatena's exports).
        key = next((k for name in keys or () if (k := key_named(before, name)) is not None), None)
        if keys is None or (key is None and not kept_there):
            rest.append(path)
            continue
        key = key or keys[0]
        value = report.title if path == "title" else get_path(report, path)
        if value is None or value == []:
            removed.add(key)
        elif isinstance(value, m.Severity):
            updates[key] = severity_text(value)
        elif isinstance(value, list):
            old = before.get(key)
            updates[key] = value[0] if isinstance(old, str) and len(value) == 1 else list(value)
        else:
            updates[key] = value
        words = " ".join(value.split()) if path == "title" and isinstance(value, str) else ""
        if doc.title_echo is not None and words:
            # The heading that repeated the old title repeats the new one, on one line.
            patches.append((*doc.title_echo, words))
    if updates or removed:
        patches.append((0, doc.body_start, edit_front_matter(fm, updates, removed)))
    return rest


def _instant_keys(path: str, data: dict[str, Any]) -> tuple[str, ...] | None:
    """The front-matter keys of ``data`` the parser reads instant ``path`` from ("startedAt",
    "impact_end", ...: ``vocabulary.FRONT_MATTER_INSTANTS``), or None when it has none."""
    from postmortem.parsing.frontmatter import key_named
    from postmortem.vocabulary import FRONT_MATTER_INSTANTS, key_words, opens_by_date

    name = path.removeprefix("metadata.")
    if name not in FRONT_MATTER_INSTANTS.values():
        return None
    # Status-page front matter (cState, Statusfy): "date" opens the incident beside any
    # "resolved..." key ("resolved: true", "resolvedWhen"), as the parser reads it.
    found = tuple(k for k in data if FRONT_MATTER_INSTANTS.get(key_words(str(k))) == name)
    # ... unless the start has a key of its own and there is no "date" ("started_at" beside
    # "resolved_at", as a status page's export writes them): the parser read that key.
    dated = key_named(data, "date")
    if name == "started_at" and opens_by_date(data) and (dated is not None or not found):
        return (dated or "date",)
    if name == "resolved_at" and (key := key_named(data, "resolvedwhen")) is not None:
        return (key,)
    # A new key: one the parser reads back as this field ("restored at" for repaired_at).
    return found or ({"repaired_at": "restored_at"}.get(name, name),)


def _field_changed(doc: Document, path: str, current: Any, fo: FieldOrigin) -> bool:
    """Whether a placed field's value is not what its place says, nor the value the parser
    gave it from elsewhere while its place holds none (see ``Document.derived``)."""
    if _same(current, fo.value):
        return False
    return not (path in doc.derived and _same(current, doc.derived[path]))


def _same(a: Any, b: Any) -> bool:
    if isinstance(b, tuple):  # a list field's parse-time value (see parsing.fields._snapshot)
        return isinstance(a, list) and tuple(a) == b
    if isinstance(a, m.Severity) and isinstance(b, m.Severity):
        return a.level == b.level and (a.text == b.text or not a.text)
    return bool(a == b)


_LIST_MARK = re.compile(r"[ \t]*" + LIST_MARKER + r"[ \t]")


def _list_field_patch(doc: Document, fo: FieldOrigin, new: list[str], patches: list[Patch]) -> None:
    items = fo.items
    assert items is not None
    old = list(fo.value)
    if len(old) == len(new) == len(items):
        for span, a, b in zip(items, old, new, strict=False):
            if a != b:
                patches.append((span[0], span[1], _inline(str(b))))
        return
    text = doc.source.text
    first = items[0][0] if items else fo.span[0]
    line_start = text.rfind("\n", 0, first) + 1
    indent = text[line_start:first]
    if not _LIST_MARK.match(indent):
        # The list was read from paragraphs (one item): a list of several is a bullet list,
        # written over the same lines, so that it reads back item by item.
        bullets = ("- " + "\n".join(("  " + ln if ln else ln) for ln in str(v).split("\n"))[2:]
                   for v in new)  # fmt: skip
        patches.append((fo.span[0], fo.span[1], "\n".join(bullets)))
        return
    lines = []
    for i, v in enumerate(new):
        prefix = indent if i else ""
        if i and fo.marker and fo.marker[0].isdigit():
            # "1. a" -> "2. b": renumber an ordered list, keep its indentation.
            prefix = re.sub(r"\d+(?=[.)])", str(i + 1), indent, count=1)
        lines.append(prefix + _item(str(v), indent))
    start = items[0][0] if items else fo.span[0]
    end = items[-1][1] if items else fo.span[1]
    patches.append((start, end, "\n".join(lines)))


# ---------------------------------------------------------------------------------------------
# Sections


def _section_patches(
    doc: Document,
    current: list[m.Section],
    original: list[m.Section],
    patches: list[Patch],
    parent_level: int = 0,
) -> None:
    text = doc.source.text
    cur_ids = {id(s) for s in current}
    for s in original:
        if id(s) not in cur_ids and s._origin is not None:
            patches.append((s._origin.span[0], s._origin.span[1], ""))
    orig_ids = {id(s) for s in original}
    for s in current:
        o = s._origin
        if o is None or id(s) not in orig_ids:
            continue
        if s.title != o.title:
            ts, te = o.title_span
            patches.append((ts, te, _inline(s.title)))
        if s.content != o.content:
            cs, ce = o.content_span
            patches.append((cs, ce, s.content))
        _section_patches(doc, s.subsections, list(o.children), patches, s.level)
    new = [s for s in current if s._origin is None or id(s) not in orig_ids]
    if new and original and all(s.level == 7 for s in original):
        # Siblings that are all "<b>" pseudo-headings: a new one is written alike, as an ATX
        # heading among them would change the document's outline.
        new = [attrs.evolve(s, level=7) for s in new]
    if new:
        from postmortem.styles import render_section

        end = len(text)
        lead = (
            "" if text.endswith("\n\n") or not text else ("\n" if text.endswith("\n") else "\n\n")
        )
        if original and original[-1]._origin is not None:
            end = original[-1]._origin.span[1]
            lead = (
                ""
                if text[:end].endswith("\n\n")
                else ("\n" if text[:end].endswith("\n") else "\n\n")
            )
        last = original[-1].level if original else None
        body = "\n".join(render_section(_in_outline(s, parent_level, last)) for s in new)
        patches.append((end, end, lead + body))


def _in_outline(section: m.Section, parent_level: int, last: int | None) -> m.Section:
    """A new section at a level the outline reads where it was added: in its list, so not
    under the sibling before it (a "## Notes" after a last "# Future plan" would be read as
    that section's subsection, its heading an action item) and not out of its parent. Its
    subsections move with it. Headings only (levels 1-6); "<b>" pseudo-headings stay."""
    if section.level > 6:
        return section
    level = section.level
    if last is not None and last <= 6 and level > last:
        level = last
    if 0 < parent_level < 6:
        level = max(level, parent_level + 1)
    if level == section.level:
        return section
    return _shifted(section, level - section.level)


def _shifted(section: m.Section, by: int) -> m.Section:
    subs = [_shifted(sub, by) if sub.level <= 6 else sub for sub in section.subsections]
    return attrs.evolve(section, level=min(max(section.level + by, 1), 6), subsections=subs)


# ---------------------------------------------------------------------------------------------
# Records: timeline events and action items


def _line_span(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Widen a span to whole lines, including the final line break."""
    s, e = span
    s = text.rfind("\n", 0, s) + 1
    if e > s and text[e - 1] == "\n":
        return s, e
    nl = text.find("\n", e)
    return s, (nl + 1 if nl >= 0 else len(text))


def _end(text: str, span: tuple[int, int]) -> int:
    """The end of a record's own text, before the line breaks and blanks its span may hold."""
    s, e = span
    while e > s and text[e - 1] in " \t\n":
        e -= 1
    return e


def _separator(text: str, records: list[Any]) -> str:
    """What separates the records of a list in the text: a line break, a blank line, a
    ``<br>``; taken from the first pair of records that only line breaks or ``<br>`` part."""
    spans = [r._origin.span for r in records if r._origin is not None]
    if records and records[0]._origin is not None and records[0]._origin.shape == "object":
        # Objects in JavaScript data: the comma and the next object's indent, whole, so a new
        # last object follows a comma whether or not the old last one had a trailing one.
        for a, b in itertools.pairwise(spans):
            between = text[a[1] : b[0]]
            if between.strip(" \t\n") == ",":
                return between
        return ",\n"
    for a, b in itertools.pairwise(spans):
        between = text[_end(text, a) : b[0]]
        # Only blanks, line breaks and "<br>" (checked without a pattern of nested blank runs,
        # which backtracks quadratically on a long run of blanks).
        if between and not re.sub(r"<br\s*/?>", "", between).strip(" \t\n"):
            return re.sub(r"(?<=\n)[ \t]+$", "", between)  # the next line's indent is its own
    if any("\n\n" in text[sp[0] : _end(text, sp)] for sp in spans) or (
        records and records[0]._origin is not None and records[0]._origin.shape == "stamp-line"
    ):
        # A block (a heading or a stamp line, and its text) stands apart; so does a stamp
        # line over its list, no blank between them: after a list, the new line would be
        # the last item's.
        return "\n\n"
    if (
        len(spans) == 1
        and records[0]._origin.shape == "paragraph"
        and not _ends_line_run(text, spans[0])
    ):
        return "\n\n"  # a paragraph of its own: a line break would join the next to it
    return "\n"


def _separator_like(text: str, records: list[Any], like: Any, default: str) -> str:
    """What separates ``like`` from its siblings of the same shape: records of one section
    may sit in two lists (an ordered list of blocks, then a table of the same items), and a
    row goes under a row, not a blank line away as the blocks are."""
    shape = like._origin.shape if like is not None and like._origin is not None else None
    same = [r for r in records if r._origin is not None and r._origin.shape == shape]
    if shape is None or len(same) == len(records):
        return default
    return _separator(text, same)


def _ends_line_run(text: str, span: tuple[int, int]) -> bool:
    """Whether a record shares its paragraph with the lines around it ("Action point: ..."
    lines one under the other)."""
    s = span[0]
    before = text[max(0, s - 2) : s]
    after = text[_end(text, span) : _end(text, span) + 2]
    return (before.endswith("\n") and not before.endswith("\n\n") and s > 1) or (
        after.startswith("\n") and after != "\n\n" and len(after) == 2
    )


_ORDERED_ITEM = re.compile(r"([ \t]*)(\d{1,9})([.)])[ \t]")


def _left_in_place(text: str, s: int, e: int) -> str:
    """What the removed lines ``text[s:e]`` give way to: nothing, or a blank line when they
    were the first item of an ordered list right under a line of text ("**For access:**" then
    "1. ..."). The next item's number is not 1, and such an item may not interrupt a paragraph
    (CommonMark): without the blank line the rest of the list would join that line as text.
    A blank line, not a renumbered item, as only the removed record's lines may change."""
    mine = _ORDERED_ITEM.match(text, s)
    after = _ORDERED_ITEM.match(text, e)
    if mine is None or after is None or int(after.group(2)) == 1 or s < 2:
        return ""
    prev = text[text.rfind("\n", 0, s - 1) + 1 : s - 1]
    if not prev.strip():
        return ""
    sibling = _ORDERED_ITEM.match(prev)
    if (sibling is not None and len(sibling.group(1)) == len(mine.group(1))) or len(prev) - len(
        prev.lstrip(" \t")
    ) > len(mine.group(1)):
        return ""  # an item of the same list before it (or its lines): the list goes on
    return "\n"


def _holds_fields(doc: Document, span: tuple[int, int], but: tuple[int, int]) -> bool:
    """Whether a field read from the text (``response.actions``, ...) lies within ``span``
    and outside ``but``."""
    return any(
        span[0] <= fo.span[0] and fo.span[1] <= span[1] and not but[0] <= fo.span[0] < but[1]
        for fo in doc.fields.values()
    )


def _joined_span(text: str, records: list[Any], k: int) -> tuple[int, int] | None:
    """What removing record ``k`` removes when it shares its lines with the records around
    it ("... is down.<br> 21:42 - A user tweets ...<br> 23:54 - ..."): its text and the
    joiner up to the next record, or from the record before it; None for a record that has
    its lines to itself."""
    s, e = records[k]._origin.span
    ls, le = _line_span(text, (s, e))
    end = _end(text, (s, e))
    if not text[ls:s].strip() and not text[end:le].strip():
        return None
    nxt = records[k + 1]._origin if k + 1 < len(records) else None
    if nxt is not None and nxt.span[0] >= end and "\n\n" not in text[end : nxt.span[0]]:
        return s, nxt.span[0]
    prev = records[k - 1]._origin if k > 0 else None
    if prev is not None and prev.span[1] <= s and "\n\n" not in text[prev.span[1] : s]:
        return _end(text, prev.span), end
    return None


def _record_patches(
    doc: Document,
    original: list[Any],
    current: list[Any],
    container: Container | None,
    edit: Any,
    fresh: Any,
    patches: list[Patch],
    heading: str,
    slots: Sequence[Any] = (),
) -> None:
    """Removed records lose their lines, edited ones are patched, new ones are written like the
    sibling next to them, separated from it as the siblings are from each other. ``slots`` are
    a template's unfilled rows (not records): they shape new records where there is no record
    yet, and new records replace them."""
    text = doc.source.text
    cur_ids = {id(x) for x in current}
    orig_ids = {id(x) for x in original}
    for k, rec in enumerate(original):
        if id(rec) not in cur_ids and rec._origin is not None:
            joined = _joined_span(text, original, k)
            if joined is not None:
                patches.append((joined[0], joined[1], ""))
                continue
            s, e = _line_span(text, rec._origin.span)
            at = rec._origin.field_span("at")
            if rec._origin.shape == "key-event" and at is not None:
                time_line = _line_span(text, at)
                if _holds_fields(doc, (s, e), time_line):
                    # A key event's block ("### Response", its Time line, then "Actions
                    # Taken:") also holds fields that are not the event's: only its Time
                    # line goes, and the heading stays over the fields it heads.
                    patches.append((*time_line, ""))
                    continue
            if text[s:e].endswith("\n\n") and s > 0 and text[s - 1] == "\n":
                e -= 1  # a block record: keep one blank line between its neighbours
            patches.append((s, e, _left_in_place(text, s, e)))
    # Slots give way to the first records; beside records (a category's own list), a slot
    # left in another list is not this edit's to remove.
    if slots and not original and any(id(rec) not in orig_ids for rec in current):
        for slot in slots:
            if slot._origin is not None:
                s, e = _line_span(text, slot._origin.span)
                patches.append((s, e, ""))
    sep = _separator(text, original)
    pending: list[Any] = []
    previous: Any = None  # the record before the pending ones, in the current order
    last_kept: Any = None
    for rec in current:
        if id(rec) in orig_ids and rec._origin is not None:
            if pending:
                at = rec._origin.span[0]
                like = rec  # the sibling it goes before: the same list, whatever came earlier
                body = ""
                apart = _separator_like(text, original, like, sep)
                for p in pending:
                    piece = fresh(p, like, previous)
                    # A block of its own (a day heading and its text) stands apart from the
                    # record after it, whatever joins the records of one paragraph.
                    body += piece + ("\n\n" if "\n\n" in piece.strip("\n") else apart)
                    previous = p
                patches.append((at, at, body))
                pending = []
            edit(rec, patches)
            previous = last_kept = rec
        else:
            pending.append(rec)
    if not pending:
        return
    parts = []
    like = last_kept if last_kept is not None else (original[-1] if original else None)
    if like is None and slots:
        like = slots[-1]  # a template's row of slots: no record, but the shape new ones take
    for p in pending:
        parts.append(fresh(p, like, previous))
        previous = p
    if last_kept is not None:
        sep = _separator_like(text, original, last_kept, sep)
        at = _end(text, last_kept._origin.span)
        rest = len(text[at:]) - len(text[at:].lstrip(" \t"))
        if text[at + rest : at + rest + 1] in ("\n", ""):
            at += rest  # the line's trailing spaces stay on it
            sep = sep.lstrip(" \t")
        br = re.match(r"<br\s*/?>", sep)
        if br is not None and text[at : at + 1] == "\n" and all("\n" not in p for p in parts):
            # Entries joined by "<br>": a new last one opens its own line with the "<br>", so
            # the line before it stays as it was.
            tail = sep[br.end() :].strip("\n")
            patches.append((at + 1, at + 1, "".join(br.group() + tail + p + "\n" for p in parts)))
            return
        patches.append((at, at, sep + sep.join(parts)))
        return
    if container is None:
        # No such list yet: a new section at the end holds it, as the canonical style has it.
        at = len(text)
        lead = (
            "" if text.endswith("\n\n") or not text else ("\n" if text.endswith("\n") else "\n\n")
        )
        patches.append((at, at, f"{lead}## {heading}\n\n" + "".join(p + "\n" for p in parts)))
        return
    at = container.insert_at
    lines = "".join(p + "\n" for p in parts)
    if at > 0 and text[at - 1] != "\n":
        lines = "\n" + lines.rstrip("\n") + ("\n" if at < len(text) else "")
    patches.append((at, at, lines))


def _event_patches(report: m.Report, doc: Document, patches: list[Patch]) -> None:
    text = doc.source.text

    def edit(ev: m.TimelineEvent, out: list[Patch]) -> None:
        o = ev._origin
        assert o is not None
        key_event = o.shape == "key-event"
        done: set[str] = set()
        for name in ("at", "text", "actor", "action", "phase", "title"):
            cur = getattr(ev, name)
            if cur == o.value(name) and not (
                (name == "at" and ev.time != o.value("time"))
                # An event known to the day only, moved to another day.
                or (name == "at" and ev.at is None and ev.date != o.value("date"))
                # "About" said or unsaid: "~10:00" becomes "10:00" (not a range the model
                # holds no end of: rewritten, "Between 10:00 and 10:30" would lose it).
                or (
                    name == "at"
                    and ev.approximate != o.value("approximate")
                    and (ev.end is not None or not _is_range(text, o))
                )
                # A key event's milestone is named by its heading, the text's place.
                or (name == "text" and key_event and ev.milestone != o.value("milestone"))
            ):
                continue
            if name == "title":
                if o.shape == "heading":
                    out.append(_title_patch(text, o, ev.title, ev.line))
                continue  # no place in other shapes; kept in the model only
            span = o.field_span(name)
            if span is None:
                continue  # no place in this shape for the value; kept in the model only
            if name == "at":
                old = text[span[0] : span[1]]
                new = write_stamp(ev, old, o.value("at"), o.time_format, None)
                if span[0] == span[1]:
                    # An entry written without its time (a step of the run): a time given
                    # now opens it, set off from its words; none keeps it as it was.
                    new = "" if _timeless(ev) else f"{new} - "
            elif name == "text" and key_event:
                span, new = _key_event_text(text, o, ev)
            else:
                new = _event_value(ev, name, o.time_format, o.shape)
                if "\n" in new and o.shape != "keyed":
                    # Its lines after the first go on under the text, as a new entry's do.
                    lead = text[text.rfind("\n", 0, span[0]) + 1 : span[0]]
                    new = _item(new, _continued(lead, o.shape))
                if name == "text":
                    new += _wrapper_closed_in_text(text, o)
                    at_span = o.field_span("at")
                    if (
                        at_span == (span[0], span[0])
                        and "at" not in done
                        and _timeless(ev)
                        and not untimed_words(new)
                    ):
                        # A step without its time given words that would read as something
                        # else ("10:15 paged again", "Status: failed"): an unknown time
                        # before them keeps it the entry it was (review 52).
                        new = "???: " + new  # (not " - ": "??? - 10:15" is a range)
                if name == "text" and new and _body_without_words(text, o):
                    new += "\n\n"  # a paragraph of its own, not the label's start
                if name == "text" and new and _list_under_stamp(text, o) and not _MARKER.match(new):
                    new = "\n" + new  # a paragraph of its own, not the stamp line's words
                if name == "text" and "at" not in done:
                    moved = _time_from_text(text, o, ev)
                    if moved is not None:
                        out.append(moved)
            done.add(name)
            out.append((span[0], span[1], new))

    def fresh(
        ev: m.TimelineEvent, like: m.TimelineEvent | None, previous: m.TimelineEvent | None
    ) -> str:
        # A list of its own (no container yet) says the day, as there is no entry to tell it.
        fmt = doc.event_container.time_format if doc.event_container else "%Y-%m-%d %H:%M"
        if like is not None and like._origin is not None:
            o = like._origin
            at_span = o.field_span("at")
            if o.shape == "key-event" and at_span is not None:
                # A key event's heading and its Time line, not what else its section holds
                # ("**Status**: ...", the steps taken): a copy would be entries' and fields'
                # of its own.
                eol = text.find("\n", at_span[1])
                o = attrs.evolve(o, length=(len(text) if eol < 0 else eol) - o.start)
            values = {
                name: _event_value(ev, name, fmt, o.shape)
                for name in ("text", "actor", "action", "phase")
            }
            if o.shape == "status-update" and not values["phase"]:
                # A status-page update's label names its milestone: "Resolved", or "Update".
                labels = {ms: label.title() for label, ms in STATUS_UPDATE_MILESTONES.items()}
                milestone = ev.milestone.value if ev.milestone is not None else ""
                values["phase"] = labels.get(milestone, "Update")
            values["text"] += _wrapper_closed_in_text(text, o)
            if values["text"] and _list_under_stamp(text, o) and not _MARKER.match(values["text"]):
                values["text"] = "\n" + values["text"]  # set off from its stamp's line
            tspan, aspan = o.field_span("text"), o.field_span("at")
            if (
                values["text"]
                and tspan is not None
                and aspan is not None
                and tspan[0] == tspan[1] == aspan[1]
            ):
                # A sibling of a stamp alone ("- 2021年9月1日 20:05頃 〜 20:18頃（UTC+9）"): no gap
                # of its own to copy, so the text is set off by a blank.
                values["text"] = " " + values["text"]
            span = o.field_span("at")
            old = text[span[0] : span[1]] if span is not None else ""
            values["at"] = write_stamp(ev, old, o.value("at"), o.time_format, previous)
            if span is not None and span[0] == span[1]:
                # Like a step written without its time: the new entry's time, or "???" when it
                # has none (a stamp, so that the items of the run stay counted as they were,
                # review 52), opens it, set off from its words.
                values["at"] = f"{values['at']} - "
            if o.shape != "heading":
                return _from_template(text, o, values)
            values["title"] = _one_line(ev.title)
            out = _from_template(text, o, values)
            if _body_without_words(text, o):
                # The new entry is its heading and its words, not a copy of that body.
                cut = out.find("\n")
                out = out if cut < 0 else out[:cut] + "\n\n" + values["text"].lstrip()
            place = o.field_span("title")
            mark = _title_marks(text, place) if place is not None else ""
            if mark and any(c in ev.title for c in "*_`"):
                out = out.replace(f"{mark}{values['title']}{mark}", values["title"], 1)
            cut = out.find("\n")
            cut = len(out) if cut < 0 else cut
            return _heading_with_title(out[:cut], ev.title, place is not None) + out[cut:]
        return f"- {write_stamp(ev, '', None, fmt, previous)} {ev.text}"

    _record_patches(
        doc, doc.events, report.timeline.events, doc.event_container, edit, fresh, patches,
        "Timeline", doc.event_slots,
    )  # fmt: skip


#: What is left of a heading line's title once its words are gone: the separator and an
#: empty pair of marks ("### **20:50** - ****", "### 20:50: "), before closing hashes.
_EMPTY_TITLE = re.compile(r"(?:[ \t]*[-–—:]+)?[ \t]*(?:\*\*\*\*|____|\*\*|__|``)?[ \t]*$")
#: A heading line's closing hashes ("### 10:00 Alert ###").
_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$")


def _one_line(title: str) -> str:
    """A title as a heading holds it: on one line, its blanks single."""
    return " ".join(title.split())


def _heading_with_title(line: str, title: str, placed: bool) -> str:
    """A heading line whose title was written in its place (``placed``), tidied: no
    separator left where a title was taken away; a title with no place before it written
    after the stamp, as "### 20:50 - Fix deployed" is read."""
    closing = _CLOSING_HASHES.search(line)
    core, tail = (line[: closing.start()], line[closing.start() :]) if closing else (line, "")
    if not title:
        core = _EMPTY_TITLE.sub("", core, count=1) if placed else core
        return core + tail
    return core + tail if placed else f"{core} - {_one_line(title)}{tail}"


def _title_marks(text: str, place: tuple[int, int]) -> str:
    """The emphasis or code marks a heading's title is written in as a whole, or ""."""
    for mark in ("**", "__", "*", "_", "`"):
        n = len(mark)
        if text[place[0] - n : place[0]] == mark == text[place[1] : place[1] + n]:
            return mark
    return ""


def _list_under_stamp(text: str, o: m.Origin) -> bool:
    """Whether a stamp line's words are the list right under it, on the next line ("**2025-11-23
    ~20:00 UTC:**" over "- Exposed private keys discovered"): words that are no list, put
    there, would join the stamp's line as one paragraph, so they go a blank line below it."""
    span = o.field_span("text")
    return (
        o.shape == "stamp-line"
        and span is not None
        and span[0] >= 2
        and text[span[0] - 1] == "\n"
        and text[span[0] - 2] != "\n"
    )


def _body_without_words(text: str, o: m.Origin) -> bool:
    """Whether a heading entry has no words of its own, its body only labels and lists under
    it ("#### 1. Discovery (12:15 AM)" over "**What happened:**", Engify's cascade): its text's
    place is empty, at the start of that body."""
    span = o.field_span("text")
    return (
        o.shape == "heading"
        and span is not None
        and span[0] == span[1]
        and text[span[0] : span[0] + 1] not in ("", "\n")
    )


def _title_patch(text: str, o: m.Origin, title: str, line: int) -> Patch:
    """The edit of the title of an entry under its own heading: its words replaced, a title
    given after the stamp of a heading with none, or the words and their separator taken
    away. The stamp is not part of it (an edit of the time is its own patch)."""
    start = o.span[0]
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    closing = _CLOSING_HASHES.search(text, start, end)
    core_end = closing.start() if closing else end
    while core_end > start and text[core_end - 1] in " \t":
        core_end -= 1  # "## 5:05pm CST {#a5}   ": the blanks after the block are no words
    core_end = attributes_start(text, start, core_end)  # "{#id}" stays the heading's, last
    place = o.field_span("title")
    if place is None:
        return core_end, core_end, f" - {_one_line(title)}" if title else ""
    mark = _title_marks(text, place)
    if title and mark and any(c in title for c in "*_`"):
        # Marks of its own in a title written in emphasis as a whole ("**Rolled back**"):
        # written plain, or they would close the emphasis.
        return place[0] - len(mark), place[1] + len(mark), _one_line(title)
    if title:
        return place[0], place[1], _one_line(title)
    stamp = o.field_span("at")
    if stamp is None:
        return place[0], place[1], ""
    if stamp[1] > place[0]:
        # The words before the stamp ("### Rolled back (10:30)") name the entry in that shape:
        # without them the heading reads as another shape, and its siblings with it.
        raise RenderError(
            f"the timeline entry at line {line} is named by the "
            f"words before its time ({text[place[0] : place[1]]!r}): give it another title"
        )
    rest = text[stamp[1] : place[0]] + text[place[1] : core_end]
    return stamp[1], core_end, _EMPTY_TITLE.sub("", rest, count=1)


def _wrapper_closed_in_text(text: str, o: m.Origin) -> str:
    """The closing ``**`` (``__``) of a bold label that opens on the stamp and closes in the
    entry's text ("**Nov 6, ongoing** - ...", read as the stamp "Nov 6" and the text "ongoing**
    - ..."), or "". A new text in that place would leave the label open, and the entry with
    it; written at the text's end, it makes the entry bold as a whole, which reads back as the
    stamp and the new text."""
    at, words = o.field_span("at"), o.field_span("text")
    if at is None or words is None or at[1] > words[0]:
        return ""
    mark = text[max(0, at[0] - 2) : at[0]]
    if mark not in ("**", "__") or mark in text[at[1] : words[0]]:
        return ""
    return mark if mark in text[words[0] : words[1]] else ""


def _time_from_text(text: str, o: m.Origin, ev: m.TimelineEvent) -> Patch | None:
    """An entry whose stamp is a day and whose text opens with its time ("2021-08-27: At
    12:50 UTC, ..."): a new text without that time takes it away. The time moves into the
    stamp ("2021-08-27 12:50 UTC: ..."), or the entry would read back with no time."""
    from postmortem.parsing.timeline import time_opening
    from postmortem.timestamps import read_stamp

    stamp, words = o.field_span("at"), o.field_span("text")
    if stamp is None or words is None or ev.at is None or ev.at != o.value("at"):
        return None
    lead = time_opening(text, words[0], words[1])
    if lead is None or time_opening(ev.text, 0, len(ev.text)) is not None:
        return None
    old = text[stamp[0] : stamp[1]]
    if read_stamp(old.strip("*_`[]{}() ")).time is not None:
        return None
    core = len(old.rstrip("*_`]}) "))
    sep = ":" if not text[stamp[1] : words[0]].strip() else ""  # "2023-12-06 at 5:29 PM: ..."
    return stamp[0], stamp[1], f"{old[:core]} {lead}{old[core:]}{sep}"


def _key_event_text(text: str, o: m.Origin, ev: m.TimelineEvent) -> tuple[tuple[int, int], str]:
    """Where a key event's new text goes, and what is written there. The heading is the text
    and names the milestone ("### Response"): a text that names another milestone, or none, is
    written after a phase word for the event's own ("### Response: Paged the DB team"), which
    the reader takes as the milestone, so the event reads back with both."""
    from postmortem.parsing.timeline import key_event_heading, phase_word

    span = o.field_span("text")
    assert span is not None
    head = re.match(r"[ ]{0,3}#{1,6}[ \t]+", text[o.span[0] : span[0]])
    start = o.span[0] + head.end() if head is not None else span[0]
    lead = text[start : span[0]]  # a phase word already written before the text
    if key_event_heading(lead + ev.text) == (ev.milestone, len(lead)) or ev.milestone is None:
        return span, ev.text
    old_milestone, old_lead = key_event_heading(text[start : span[1]])
    word = phase_word(ev.milestone)
    if old_milestone is ev.milestone:  # the heading's own word for it ("Response")
        word = text[start : span[1]] if not old_lead else lead.split(":")[0].strip()
    new = f"{word}: {ev.text}"
    if key_event_heading(new) != (ev.milestone, len(new) - len(ev.text)):
        return span, ev.text  # no form reads back with both (a text with a phase lead of its own)
    return (start, span[1]), new


def _event_value(ev: m.TimelineEvent, name: str, fmt: str, shape: str) -> str:
    if name == "at":
        return write_stamp(ev, "", None, fmt, None)
    v = getattr(ev, name)
    s = "" if v is None else str(v)
    if shape in ("html-row", "html-paragraph"):
        # a cell of an HTML table, the words of an HTML paragraph
        return html.escape(" ".join(s.split()), quote=False)
    if shape == "status-update" and name == "phase":
        return " ".join(s.replace("|", "/").split())  # a label stands before the "|"
    if shape == "object":  # a string in JavaScript data: escaped for any of its quotes
        return re.sub(r"([\\\"'`$])", r"\\\1", " ".join(s.split()))
    if shape == "table-row":
        return _text_cell(s) if name == "text" else _cell(s)
    return s


#: A clock time in a stamp, not the day and month of a dotted date before it ("16.10.2025
#: 21:18", "15.10. 21:18", as Russian, German and Norwegian reports write days).
_CLOCK = re.compile(
    r"(?<![\d:.])(?P<h>\d{1,2})(?P<sep>[:h.])(?P<m>\d{2})(?!\d|\.\d|\.\s*\d{1,2}[:h.]\d{2})(?::(?P<s>\d{2}))?"
    r"(?:(?P<sp>\s*)(?P<ampm>[AaPp]\.?[Mm]\.?))?"
    r"(?P<range>(?P<joint>\s*(?:-|–|to)\s*)\d{1,2}[:h.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)?"
)
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


_WRAP_HEAD = re.compile(r"[*_`\[{( ]*")
_APPROX_HEAD = re.compile(
    r"(?i)(?:[~〜～≈]\s*|approx(?:\.|imately)?\s+|circa\s+|about\s+|around\s+"
    # The stamp reader's "about" in French, German, Spanish and Portuguese.
    r"|environ\s+|vers\s+|gegen\s+|etwa\s+|alrededor\s+de(?:\s+las)?\s+"
    r"|cerca\s+d[ea]s?(?:\s+las)?\s+|por\s+volta\s+d[ae]s?\s+)"
)


def _is_range(text: str, o: m.Origin) -> bool:
    """Whether an event's stamp as written is a range ("Between 10:00 and 10:30")."""
    from postmortem.timestamps import read_stamp

    span = o.field_span("at")
    return span is not None and read_stamp(text[span[0] : span[1]]).end_time is not None


def _timeless(ev: m.TimelineEvent) -> bool:
    """Whether an event has no time and no day: its stamp, if any, says an unknown time."""
    return ev.at is None and ev.time is None and ev.date is None


def write_stamp(
    ev: m.TimelineEvent,
    like: str,
    like_at: dt.datetime | None,
    fmt: str,
    previous: m.TimelineEvent | None,
) -> str:
    """The stamp of ``ev`` written the way ``like`` (a sibling's stamp) is written, saying
    "about" (``~``) when, and only when, the event's time is approximate."""
    from postmortem.timestamps import read_stamp

    out = _second_reading(_write_stamp(ev, like, like_at, fmt, previous), ev)
    if _timeless(ev):
        return out
    said = read_stamp(out.strip("*_`[]{}() ")).approximate
    if said != ev.approximate:
        head = _WRAP_HEAD.match(out)
        cut = head.end() if head is not None else 0
        if ev.approximate:
            out = out[:cut] + "~" + out[cut:]  # "~08:20 AM" beside a sibling's "~8:20-8:25 AM"
        elif (approx := _APPROX_HEAD.match(out, cut)) is not None:
            out = out[:cut] + out[approx.end() :]  # the sibling's "~" is not this event's
    return out


#: The same instant written again in another zone: "(17:14 UTC)", "/ 16:15-17:30 PDT".
_SECOND_READING = re.compile(
    r"(?P<lead>\(\s*|[ \t]+/[ \t]+)(?P<a>\d{1,2}:\d{2}(?::\d{2})?)"
    r"(?:(?P<dash>[ \t]*[-–][ \t]*)(?P<b>\d{1,2}:\d{2}(?::\d{2})?))?"
    r"(?P<gap>[ \t]*)(?P<zone>[A-Za-z][A-Za-z+\-:0-9]{0,9})(?=\s*\)|[*_`]*\s*(?::|$))"
)


def _second_reading(out: str, ev: m.TimelineEvent) -> str:
    """``out`` with the second reading of its instant in another zone ("13:14 EDT (17:14
    UTC)", "23:15 UTC / 16:15 PDT") set to the event's instant, so an edit leaves no stale
    time beside the new one. Unchanged when there is none or its zone is unknown."""
    from postmortem.timestamps import read_stamp, zone

    mm = _SECOND_READING.search(out)
    if mm is None or ev.at is None or ev.at.tzinfo is None:
        return out
    tz = zone(mm.group("zone"))
    if tz is None:
        return out
    old_at = ev._origin.value("at") if ev._origin is not None else None
    if isinstance(old_at, dt.datetime) and old_at.tzinfo is not None:
        # Only a second reading of the same instant ("10:00 UTC / 10:30 UTC" is two).
        said = old_at.astimezone(tz).strftime("%H:%M")
        if not mm.group("a").zfill(5).startswith(said):
            return out

    def clock(when: dt.datetime, like: str) -> str:
        local = when.astimezone(tz)
        return local.strftime("%H:%M:%S" if like.count(":") == 2 else "%H:%M")

    new = clock(ev.at, mm.group("a"))
    if mm.group("b") is not None:
        # A range as the first reading writes it: none when it was written without one.
        ranged = read_stamp(out[: mm.start()].strip("*_`[]{}() ")).end_time is not None
        if ev.end is not None and ev.end.tzinfo is not None and ranged:
            new += mm.group("dash") + clock(ev.end, mm.group("b"))
        return out[: mm.start("a")] + new + out[mm.end("b") :]
    return out[: mm.start("a")] + new + out[mm.end("a") :]


def _write_stamp(
    ev: m.TimelineEvent,
    like: str,
    like_at: dt.datetime | None,
    fmt: str,
    previous: m.TimelineEvent | None,
) -> str:
    """The stamp of ``ev`` written the way ``like`` (a sibling's stamp) is written.

    The sibling's markup, date form and zone words are kept and its clock time (and ISO day)
    replaced; the instant is shown in the sibling's zone. A day is written when the sibling's
    form has none and the reader could not tell it from the entry before (the next day after a
    late entry, say). An event with only a clock time gets that time; one with no time keeps
    the stamp it was written with, or ``???`` (read back as an unknown time).
    """
    from postmortem.timestamps import read_stamp

    at = ev.at
    if at is None and ev.time is None:
        return _day_stamp(ev, like) if ev.date is not None else ev.time_text or "???"
    dated = False  # the sibling writes its day: so does a stamp written afresh
    sib = read_stamp(like.strip("*_`[]{}() ")) if like and ev.end is None else None
    if sib is not None and sib.end_time is not None:
        # The sibling's stamp is a range ("Between 02:00 and 02.30 PM"): its form would give
        # an event with no end one, so the stamp is written afresh.
        like, dated = "", sib.date is not None
    if at is not None and at.tzinfo is not None and like_at is not None and like_at.tzinfo:
        at = at.astimezone(like_at.tzinfo)
    clock = at.time() if at is not None else ev.time
    assert clock is not None
    day = at.date() if at is not None else ev.date
    if (
        like
        and like_at is not None
        and at == like_at
        and ev.time == like_at.time()
        and read_stamp(like.strip("*_`[]() ")).time is not None
    ):
        return like  # the same instant: the sibling's stamp as written
    prev_at = previous.at if previous is not None else None
    implied = None  # the day a stamp with no date of its own is read on
    if prev_at is not None:
        if at is not None and at.tzinfo is not None and prev_at.tzinfo is not None:
            prev_at = prev_at.astimezone(at.tzinfo)
        implied = prev_at.date()
        late = prev_at.replace(tzinfo=None) - dt.timedelta(hours=3)
        if implied < dt.date.max and dt.datetime.combine(implied, clock) < late:
            implied += dt.timedelta(days=1)  # the reader's rollover (timestamps.resolve)
    elif like_at is not None:
        implied = like_at.date()
    hit = _CLOCK.search(like) if like else None
    if at is not None and at.tzinfo is not None and (like_at is None or like_at.tzinfo is None):
        hit = None  # the sibling's form says no zone: write the instant whole, with its zone
        if "%Z" not in fmt and "%z" not in fmt:
            fmt += " %Z"
    if hit is not None:
        new = _clock_text(clock, hit)
        if (
            hit.group("range")
            and ev.end is not None
            and at is not None
            and (ev.end.tzinfo is None) == (at.tzinfo is None)
            and at <= ev.end
            and ev.end.date() == at.date()
        ):
            # The sibling's range ("12:00 - 13:00", "~12:00 PM - 1:00 PM") written with the
            # event's end: an edit of its start keeps the end (review 55).
            end_hit = _CLOCK.match(like, hit.end("joint"))  # the range's end, as a clock
            if end_hit is not None:
                end = ev.end
                if end.tzinfo is not None and at.tzinfo is not None:
                    end = end.astimezone(at.tzinfo)
                new += hit.group("joint") + _clock_text(end.time(), end_hit)
        out = like[: hit.start()] + new + like[hit.end() :]
        # A day without its year ("27/12 @ 20:28") is a day too: read with the event's year,
        # in either order (the document's is not known here).
        year = day.year if day is not None else None
        has_day = any(
            read_stamp(like.strip("*_`[]() "), dayfirst=first, base_year=year).date is not None
            for first in (False, True)
        )
        if has_day and day is not None:
            iso = _ISO_DAY.search(out)
            if iso is not None:
                out = out[: iso.start()] + day.isoformat() + out[iso.end() :]
            elif like_at is None or day != like_at.date():
                out = ""  # a day written in words: write the whole stamp afresh
        elif (
            day is not None
            and at is not None
            and (day != implied if implied is not None else "%Y" in fmt)
        ):
            # A day the reader could not tell: another than the entry before gives, or, when
            # nothing before says one and whole instants are asked for (a converted report's
            # first entry written like a template's "14:00"), its own.
            out = out[: hit.start()] + day.isoformat() + " " + out[hit.start() :]
        if out:
            st = read_stamp(out.strip("*_`[]() "))
            if st.time == clock and (st.date is None or st.date == day):
                return out
    if at is None:
        return clock.strftime("%H:%M" if not clock.second else "%H:%M:%S")
    if hit is None and sib is not None and sib.date is not None and sib.time is None:
        # The event's day alone ("2022-03-17 - The Blue Team ...") given a time: the day is
        # written with it, or the time alone would be read on the day before it.
        dated = True
    if "%Y" not in fmt and (dated or (implied is not None and at.date() != implied)):
        fmt = "%Y-%m-%d " + fmt
    if at.second and "%S" not in fmt:
        fmt = fmt.replace("%M", "%M:%S")
    return at.strftime(fmt)


def _day_stamp(ev: m.TimelineEvent, like: str) -> str:
    """The stamp of an event known to the day only: as it was written while it says that
    day, else the day in the form of ``like`` when that is a day alone, else ISO 8601."""
    from postmortem.timestamps import read_stamp

    assert ev.date is not None
    for said in (ev.time_text, like):
        st = read_stamp(said.strip("*_`[]{}() ")) if said else None
        if said and st is not None and st.date == ev.date and st.time is None:
            return said
    st = read_stamp(like.strip("*_`[]{}() ")) if like else None
    iso = _ISO_DAY.search(like) if st is not None and st.time is None else None
    if iso is not None:
        return like[: iso.start()] + ev.date.isoformat() + like[iso.end() :]
    return ev.date.isoformat()


def _clock_text(clock: dt.time, hit: re.Match[str]) -> str:
    """A clock time in the form of a matched one: padding, separator, seconds, AM/PM."""
    h = clock.hour
    ampm = hit.group("ampm")
    if ampm:
        h12 = h % 12 or 12
        word = ("pm" if h >= 12 else "am") if ampm[0].islower() else ("PM" if h >= 12 else "AM")
        if "." in ampm:
            word = f"{word[0]}.{word[1]}."
        hour = f"{h12:02d}" if len(hit.group("h")) == 2 else str(h12)
    else:
        hour = f"{h:02d}" if len(hit.group("h")) == 2 or h >= 10 else str(h)
    out = f"{hour}{hit.group('sep')}{clock.minute:02d}"
    if hit.group("s") is not None or clock.second:
        out += f":{clock.second:02d}"
    if ampm:
        out += (hit.group("sp") or "") + word
    return out


def _from_template(text: str, origin: m.Origin, values: dict[str, str]) -> str:
    """A new record written like ``origin``'s whole record: same markup, new field values.

    Every field with a place in the sibling is replaced; a value over several lines keeps
    the sibling's continuation indent. Text of the sibling that is no field (a trailing
    ``<br>``, the closing ``**`` of a bold entry, a heading's marks) is kept.
    """
    s, e = origin.span
    while e > s and text[e - 1] in " \t\n":
        e -= 1
    reps = []
    for name, span in origin.field_spans().items():
        if name not in values or not (s <= span[0] <= span[1] <= e):
            continue
        new = values[name]
        if "`" in new and text[span[0] - 1 : span[0]] == "`" == text[span[1] : span[1] + 1]:
            # A slot inside a code span ("`event`"): a value with backticks of its own
            # replaces the span's marks too, or it would read back with stray ones.
            span = (span[0] - 1, span[1] + 1)
        if origin.shape == "keyed" and "\n" in new:
            # "* **Action Item:** ...": a text of several lines goes on under the item's
            # marker, not under its key.
            line_start = text.rfind("\n", 0, span[0]) + 1
            mark = _MARKER.match(text, line_start, span[0])
            new = _under_marker(new, " " * (mark.end() - line_start if mark else 2))
        width = span[1] - span[0]
        if origin.shape == "table-row" and len(new) < width:
            new = new.ljust(width)
        if "\n" in new and origin.shape != "keyed":
            line_start = text.rfind("\n", 0, span[0]) + 1
            lead = text[line_start : span[0]]
            new = _item(new, _continued(lead, origin.shape))
        reps.append((span[0], span[1], new))
    out = []
    pos = s
    for a, b, new in sorted(reps):
        out.append(text[pos:a])
        out.append(new)
        pos = b
    out.append(text[pos:e])
    return "".join(out)


def _continued(lead: str, shape: str) -> str:
    """The indent of a record's text lines after its first, under the text (``lead`` is what
    stands before the text on its first line).

    An entry that is a line of a paragraph ("10:02 - Text") goes on with lines indented four
    columns past its own at least: the reader takes such a line as the entry's whatever it
    opens with, a stamp of a pasted log line too (``parsing.timeline``).
    """
    pad = " " * len(lead) if lead.strip() else lead
    if shape == "paragraph":
        own = len(lead) - len(lead.lstrip(" "))
        pad = pad.ljust(own + 4)
    return pad


def _action_patches(report: m.Report, doc: Document, patches: list[Patch]) -> None:
    text = doc.source.text

    def suffix(
        item: m.ActionItem,
        o: m.Origin,
        placed: dict[str, tuple[int, int]],
        fresh: bool = False,
        said: frozenset[str] = frozenset(),
    ) -> str:
        """ " (owner: x, due: y)" for values that changed and have no place of their own,
        and those an old suffix ``said`` (which it replaces; unchanged, as written)."""
        parts = []
        for name in ("owner", "due", "priority"):
            cur = getattr(item, name)
            if cur is None or not (
                name in said or (name not in placed and (fresh or cur != o.value(name)))
            ):
                continue
            span = placed.get(name)
            same = span is not None and cur == o.value(name)  # kept as written
            parts.append(f"{name}: {text[slice(*span)] if span and same else format_value(cur)}")
        out = f" ({', '.join(parts)})" if parts else ""
        return _cell(out) if o.shape == "table-row" else out  # a "|" in a cell is escaped

    def edit(item: m.ActionItem, out: list[Patch]) -> None:
        o = item._origin
        assert o is not None
        cell = o.shape == "table-row"
        placed = o.field_spans()
        desc_span = placed.get("description")
        extra = suffix(item, o, placed)
        status_changed = item.status != o.value("status")
        status_inline = ""
        said_before = _STATUS_AFTER.match(text, desc_span[1]) if desc_span is not None else None
        old = None
        if desc_span is not None:
            after = said_before.end() if said_before else desc_span[1]
            if not said_before and text[after : after + 1] == "`" == text[desc_span[0] - 1]:
                after += 1  # "`the action` (owner: x)": read inside the code span
            old = _SUFFIX_AFTER.match(text, after)
        said_after: frozenset[str] = frozenset()
        if old is not None:
            # "... (owner: alice)", as this writer says values with no place of their own: a
            # value that changes or goes is changed there, not said again in a second suffix
            # (nor left as "(owner: )").
            keys = frozenset(k.lower() for k in _SUFFIX_KEY.findall(old.group()))
            if any(getattr(item, k) != o.value(k) for k in keys) or extra:
                out.append((old.start(), old.end(), suffix(item, o, placed, said=keys)))
                extra = ""
                said_after = keys
        if status_changed and "status" not in placed and said_before is not None:
            # "... (Done)": the status said after the text is the one to change.
            word = INLINE_STATUS[item.status]
            out.append((said_before.start(), said_before.end(), f" ({word})" if word else ""))
            status_changed = False
        elif status_changed and "status" not in placed and desc_span is not None:
            # "... configurations completed": a bare word after the text said the status (a
            # box added before it would make that word part of the text).
            from postmortem.parsing.actions import status_after

            bare = status_after(text, desc_span[1])
            if bare is not None:
                word = INLINE_STATUS[item.status]
                out.append((bare.start(), bare.end(), f" ({word})" if word else ""))
                status_changed = False
        if (
            not status_changed
            and "status" not in placed
            and said_before is None
            and item.description != o.value("description")
            and _said_by_words(o.value("description"), item.status, o.shape)
            and not _said_by_words(item.description, item.status, o.shape)
        ):
            # "Already added the fix": the old words said the item was done, the new ones
            # do not; the status is said after them instead, or it would be lost.
            status_inline = f" ({INLINE_STATUS[item.status]})"
        if status_changed and "status" not in placed and desc_span is not None:
            # "1. ✅ Implement ...": the mark opening the item said its status; the new one
            # goes in its place (a box for open, nothing for a status not known).
            from postmortem.parsing.actions import LEAD_MARK

            line = text.rfind("\n", 0, desc_span[0]) + 1
            mark = next(
                (mm for mm in LEAD_MARK.finditer(text, line, desc_span[1])
                 if mm.end() == desc_span[0]),
                None,
            )  # fmt: skip
            if mark is not None and o.shape in ("bullet", "ordered"):
                out.append((mark.start(), mark.end(), _LEAD_MARKS.get(item.status, "")))
                status_changed = False
        if status_changed and "status" not in placed:
            boxed = (m.ActionStatus.DONE, m.ActionStatus.OPEN)
            if o.shape in ("bullet", "ordered") and desc_span is not None and item.status in boxed:
                box = "[x] " if item.status is m.ActionStatus.DONE else "[ ] "
                # Before the code span an item's whole text may be ("* `/recovery/staging`",
                # CHTC): inside it, the box would be code.
                at = desc_span[0]
                while text[at - 1 : at] == "`":
                    at -= 1
                out.append((at, at, box))
            else:
                # Said after the text ("... (in progress)"): after a box, the box's status
                # would be read and these words kept as text.
                word = INLINE_STATUS[item.status]
                status_inline = f" ({word})" if word else ""
        if (
            desc_span is not None
            and extra
            and item.description == o.value("description")
            and text[desc_span[0] - 1 : desc_span[0]] == "`"
            and text[desc_span[1] : desc_span[1] + 1] == "`"
        ):
            # "`the action`": the owner goes after the code span, not inside it.
            desc_span = (desc_span[0], desc_span[1] + 1)
        said = _STATUS_AFTER.match(text, desc_span[1]) if desc_span is not None else None
        if extra and said is not None and not status_changed:
            # "... (done)": the owner goes after the status, where it is read as its own.
            out.append((said.end(), said.end(), extra))
            extra = ""
        if desc_span is not None and (
            item.description != o.value("description") or extra or status_inline
        ):
            if item.description != o.value("description"):
                base = _labelled(item.description, o, desc_span)
                base = _text_cell(base) if cell else base
            else:
                base = text[desc_span[0] : desc_span[1]]  # as written: escaped already
            new = base + status_inline + extra
            out.append((desc_span[0], desc_span[1], new))
        for name in ("owner", "due", "status", "priority", "id", "category", "tracking"):
            cur = getattr(item, name)
            span = placed.get(name)
            if cur == o.value(name) or span is None or name in said_after:
                continue
            out.append((span[0], span[1], _action_value(item, name, o.shape, span)))
        again = placed.get("restatement")
        if (
            again is not None
            and item.description != o.value("description")
            and item.category == o.value("category")
        ):
            # The item restated in a list by category: the category is read by matching the
            # two wordings, so the restating line says the new words too.
            out.append((again[0], again[1], _flatten(item.description)))

    def restate(item: m.ActionItem, placed: dict[str, tuple[int, int]]) -> None:
        """A new item whose category has no place of its own, in a report that restates its
        items by category: a line under that category, so the category reads back."""
        where = doc.restated.get(item.category or "")
        if where is None or "category" in placed:
            return
        at, lead = where
        box = "[x]" if item.status is m.ActionStatus.DONE else "[ ]"
        lead = re.sub(r"\[[ xX]\]", box, lead, count=1)
        patches.append((at, at, "\n" + lead + _flatten(item.description)))

    slots = {id(x) for x in doc.action_slots}

    def fresh(item: m.ActionItem, template: m.ActionItem | None, _previous: Any = None) -> str:
        if (
            template is not None
            and template._origin is not None
            and id(template) in slots
            and template._origin.shape != "table-row"
            and re.search(r"`[^`\n]*\[|\[[^\]\n]*`", text[slice(*template._origin.span)])
        ):
            # A template's item of slots inside a code span ("- [ ] `[Action 1 - Owner: Name,
            # Due: Date]`"): its marks are the template's, not a shape for text that may hold
            # backticks or brackets of its own. The item is written plainly, in the list.
            marker = text[slice(*_line_span(text, template._origin.span))]
            lead = marker[: len(marker) - len(marker.lstrip(" \t-*+"))]
            return lead + _plain_item(item)[2:]
        if template is not None and template._origin is not None:
            o = template._origin
            placed = o.field_spans()
            placed.pop("restatement", None)  # the sibling's words in another list
            restate(item, placed)
            # A value the sibling has too is written as the sibling writes it ("🔄" for a
            # status it does not name, an owner's link): the same words read back the same.
            values = {
                name: text[s[0] : s[1]]
                if name != "description" and getattr(item, name) == o.value(name)
                else _action_value(item, name, o.shape, s)
                for name, s in placed.items()
            }
            said = ""
            if (
                "status" not in placed
                and item.status is not m.ActionStatus.UNKNOWN
                and not _said_by_words(item.description, item.status, o.shape)
                and (
                    item.status is not template.status
                    or _said_by_words(template.description, item.status, o.shape)
                    or id(template) in slots
                )
            ):
                # A status the shape has no place for (a table with no status column, keyed
                # lines, a bullet) is said after the text, as the reader takes it back; so is
                # one the sibling says in its words ("Already run the script").
                said = f" ({INLINE_STATUS[item.status]})"
            unboxed = o.shape == "checklist" and item.status not in _BOXED
            if o.shape != "table-row" and "description" in values:
                desc_span = placed.get("description")
                desc = _labelled(item.description, o, desc_span) if desc_span else item.description
                if unboxed and item.status is not m.ActionStatus.UNKNOWN:
                    said = f" ({INLINE_STATUS[item.status]})"
                values["description"] = desc + said + suffix(item, o, placed, fresh=True)
            elif "description" in values and said:
                values["description"] = _text_cell(item.description) + said
            if o.shape == "checklist" and "status" in placed:
                values["status"] = "x" if item.status is m.ActionStatus.DONE else " "
            out = _from_template(text, o, values)
            if unboxed:
                # A box says open or done: any other status (unknown, in progress, won't do)
                # is a plain item of the list, its status said after its text if known.
                out = re.sub(r"^([ \t]*" + LIST_MARKER + r"[ \t]+)\\?\[[ xX]\][ \t]+", r"\1", out)
            return out
        restate(item, {})
        return _plain_item(item)

    _record_patches(
        doc, doc.actions, report.action_items, doc.action_container, edit, fresh, patches,
        "Action Items", doc.action_slots,
    )  # fmt: skip


#: The statuses a checklist's box says: ``[ ]`` open, ``[x]`` done.
_BOXED = (m.ActionStatus.OPEN, m.ActionStatus.DONE)


def _plain_item(item: m.ActionItem) -> str:
    """``- [ ] text (owner: x, due: y)``: an action item with no sibling to be written like."""
    box = {m.ActionStatus.DONE: "[x] ", m.ActionStatus.OPEN: "[ ] "}.get(item.status, "")
    said = ""
    if item.status in (m.ActionStatus.IN_PROGRESS, m.ActionStatus.WONT_DO):
        said = f" ({INLINE_STATUS[item.status]})"
    parts = [
        f"{name}: {format_value(getattr(item, name))}"
        for name in ("owner", "due", "priority")
        if getattr(item, name) is not None
    ]
    extra = f" ({', '.join(parts)})" if parts else ""
    return f"- {box}{_under_marker(item.description)}{said}{extra}"


#: A list item's marker and the blanks after it.
_MARKER = re.compile(r"[ \t]*" + LIST_MARKER + r"[ \t]+")


def _under_marker(text: str, pad: str = "  ") -> str:
    """A list item's text of several lines, its lines indented under the item's marker (a
    nested list in it, as the reader reads one, is its text); blank lines stay blank."""
    return re.sub(r"\n(?=[^\n])", "\n" + pad, text)


#: A status said in words right after an item's text ("... (done)", "... **DONE**"); not
#: the values this writer says after it ("(owner: alice)").
_STATUS_AFTER = re.compile(
    r"[ \t]*(?:\((?![ \t]*(?:owner|due|priority)[ \t]*:)|\*\*|__)[^()*_\n]{1,30}(?:\)|\*\*|__)"
    r"(?=[ \t]*(?:\n|$))",
    re.IGNORECASE,
)
#: Values said after an item's text, as ``suffix`` writes them and the reader reads them
#: (``parsing.actions``): "(owner: alice, due: 2024-06-01)".
_SUFFIX_AFTER = re.compile(
    r"(?i)[ \t]*\((?:owner|due|priority)[ \t]*:[^()\n]*\)(?=[ \t]*(?:\||\n|$))"
)
_SUFFIX_KEY = re.compile(r"(?i)(?:^|[(,;])[ \t]*(owner|due|priority)[ \t]*:")


#: How a status with no place of its own is said after an item's text, in words the parser
#: The mark that opens a list item for each status, where a mark said the old one ("1. ✅
#: ..."): a box for open, which reads back as open; nothing for a status not known.
_LEAD_MARKS = {
    m.ActionStatus.DONE: "✅ ",
    m.ActionStatus.IN_PROGRESS: "⏳ ",
    m.ActionStatus.WONT_DO: "❌ ",
    m.ActionStatus.OPEN: "[ ] ",
}
#: reads back (``parsing.actions._INLINE_STATUS``).
INLINE_STATUS = {
    m.ActionStatus.OPEN: "todo",
    m.ActionStatus.IN_PROGRESS: "in progress",
    m.ActionStatus.DONE: "done",
    m.ActionStatus.WONT_DO: "won't do",
    m.ActionStatus.UNKNOWN: "",
}


def _labelled(description: str, o: m.Origin, desc_span: tuple[int, int]) -> str:
    """A paragraph item's text, labelled ("Action item: ...") when its words alone would not
    make it an action among its sibling paragraphs, which are items by their wording."""
    from postmortem.parsing.actions import ACTION_LABEL, reads_as_action

    if o.shape != "paragraph" or desc_span[0] != o.span[0] or reads_as_action(description):
        return description  # not an item by its wording, or already labelled
    return ACTION_LABEL + description


def _said_by_words(description: str, status: m.ActionStatus, shape: str = "bullet") -> bool:
    """Whether an item's own words say its status ("Already added ...", struck through, a
    paragraph's closing "(fixed by ...)")."""
    from postmortem.parsing.actions import status_in_words

    return status is not m.ActionStatus.UNKNOWN and status_in_words(description, shape) is status


def _action_value(item: m.ActionItem, name: str, shape: str, span: tuple[int, int]) -> str:
    cur = getattr(item, name)
    if name == "status" and shape == "checklist":
        return "x" if cur is m.ActionStatus.DONE else " "
    s = format_value(cur)
    if shape == "table-row":
        return _text_cell(s) if name == "description" else _cell(s)
    return _inline(s)
