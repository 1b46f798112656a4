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
import itertools
import re
from collections.abc import Sequence
from typing import Any

from postmortem import model as m
from postmortem._doc import Container, Document, FieldOrigin
from postmortem.errors import RenderError
from postmortem.parsing.fields import FIELD_KINDS, NAME_LISTS, get_path
from postmortem.timestamps import format_duration

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
    _section_patches(doc, report.sections, doc.sections, patches)
    _event_patches(report, doc, patches)
    _action_patches(report, doc, patches)
    if not patches:
        return doc.source.original
    return _apply(doc, patches)


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


def _inline(text: str) -> str:
    return text.replace("\n", " ")


def _flatten(text: str) -> str:
    flat = re.sub(r"\s*\n\s*(?:[-*+]\s+|\d{1,9}[.)]\s+)?", " ", text).strip()
    return re.sub(r"^(?:[-*+]|\d{1,9}[.)])\s+", "", flat)


def _item(text: str, indent: str) -> str:
    """A list item's text: continuation lines indented under the item's first character."""
    pad = " " * len(indent) if indent.strip() else indent
    return text.replace("\n", "\n" + pad)


def _cell(text: str) -> str:
    return _inline(text).replace("|", "\\|")


def _field_patches(report: m.Report, doc: Document, patches: list[Patch]) -> None:
    for path, fo in doc.fields.items():
        current = report.title if path == "title" else get_path(report, path)
        if _same(current, fo.value):
            continue
        kind = FIELD_KINDS.get(path, "str")
        if kind == "list" and fo.items is not None:
            _list_field_patch(doc, fo, list(current or []), patches)
            continue
        if kind == "list" and path in NAME_LISTS:
            kind = "names"
        text = format_value(current, kind)
        if "\n" in text and "\n" not in doc.source.text[fo.span[0] : fo.span[1]]:
            text = _flatten(text)  # a one-line slot: list markers and breaks become spaces
        patches.append((fo.span[0], fo.span[1], text))


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
        lead = "" if at == 0 or text[at - 1 : at] == "\n" else "\n"
        patches.append((at, at, lead + "\n".join(meta_lines) + "\n\n"))
    if sections:
        end = len(text)
        lead = (
            "" if text.endswith("\n\n") or not text else ("\n" if text.endswith("\n") else "\n\n")
        )
        body = "\n".join(f"## {h}\n\n" + "\n".join(lines) + "\n" for h, lines in sections.items())
        patches.append((end, end, lead + body))


def _same(a: Any, b: Any) -> bool:
    if isinstance(b, tuple):  # a list field's parse-time value (see parsing.fields._snapshot)
        return isinstance(a, list) and tuple(a) == b
    if isinstance(a, m.Severity) and isinstance(b, m.Severity):
        return a.level == b.level and (a.text == b.text or not a.text)
    return bool(a == b)


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
    doc: Document, current: list[m.Section], original: list[m.Section], patches: list[Patch]
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
        _section_patches(doc, s.subsections, list(o.children), patches)
    new = [s for s in current if s._origin is None or id(s) not in orig_ids]
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
        body = "\n".join(render_section(s) for s in new)
        patches.append((end, end, lead + body))


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


def _record_patches(
    doc: Document,
    original: list[Any],
    current: list[Any],
    container: Container | None,
    edit: Any,
    fresh: Any,
    patches: list[Patch],
    slots: Sequence[Any] = (),
) -> None:
    """Patches for a list of records: removed ones go, edited ones change in place, new ones
    are written like their neighbours. ``slots`` are a template's unfilled rows (not records):
    they shape new records where there is no record yet, and new records replace them."""
    text = doc.source.text
    cur_ids = {id(x) for x in current}
    orig_ids = {id(x) for x in original}
    for rec in original:
        if id(rec) not in cur_ids and rec._origin is not None:
            s, e = _line_span(text, rec._origin.span)
            patches.append((s, e, ""))
    if slots and any(id(rec) not in orig_ids for rec in current):
        for slot in slots:
            if slot._origin is not None:
                s, e = _line_span(text, slot._origin.span)
                patches.append((s, e, ""))
    pending: list[Any] = []
    template = original[-1] if original else (slots[-1] if slots else None)
    for rec in current:
        if id(rec) in orig_ids and rec._origin is not None:
            if pending:
                at = _line_span(text, rec._origin.span)[0]
                patches.append((at, at, "".join(fresh(p, template) + "\n" for p in pending)))
                pending = []
            edit(rec, patches)
        else:
            pending.append(rec)
    if not pending:
        return
    if container is None:
        raise RenderError(
            "cannot add items to a report that has no such list yet; "
            "add a section in code or use a style to render the report afresh"
        )
    at = container.insert_at
    lines = "".join(fresh(p, template) + "\n" for p in pending)
    if at > 0 and text[at - 1] != "\n":
        lines = "\n" + lines.rstrip("\n") + ("\n" if at < len(text) else "")
    patches.append((at, at, lines))


def _event_patches(report: m.Report, doc: Document, patches: list[Patch]) -> None:
    text = doc.source.text

    def edit(ev: m.TimelineEvent, out: list[Patch]) -> None:
        o = ev._origin
        assert o is not None
        cell = o.shape == "table-row"
        for name in ("at", "text", "actor", "action", "phase"):
            cur = getattr(ev, name)
            if cur == o.value(name):
                continue
            span = o.field_span(name)
            if span is None:
                continue  # no place in this shape for the value; kept in the model only
            out.append((span[0], span[1], _event_value(ev, name, o.time_format, cell)))

    def fresh(ev: m.TimelineEvent, template: m.TimelineEvent | None) -> str:
        fmt = doc.event_container.time_format if doc.event_container else "%H:%M"
        if template is not None and template._origin is not None:
            return _from_template(text, template._origin, {
                name: _event_value(ev, name, fmt, template._origin.shape == "table-row")
                for name in ("at", "text", "actor", "action", "phase")
            })  # fmt: skip
        return f"- {_event_value(ev, 'at', fmt, False)} {ev.text}"

    _record_patches(
        doc, doc.events, report.timeline.events, doc.event_container, edit, fresh, patches,
        doc.event_slots,
    )  # fmt: skip


def _event_value(ev: m.TimelineEvent, name: str, fmt: str, cell: bool) -> str:
    if name == "at":
        if ev.at is None:
            return ev.time_text or "???"
        return ev.at.strftime(fmt)
    v = getattr(ev, name)
    s = "" if v is None else str(v)
    return _cell(s) if cell else s


def _from_template(text: str, origin: m.Origin, values: dict[str, str]) -> str:
    """A new record written like ``origin``'s: same line shape, new field values."""
    s, e = origin.span
    if text[s:e].count("\n") > 1 and origin.shape not in ("table-row", "keyed"):
        e = text.find("\n", s) if text.find("\n", s) >= 0 else e
    reps = []
    for name, span in origin.field_spans().items():
        if name not in values or not (s <= span[0] <= span[1] <= max(e, span[1])):
            continue
        if span[1] > e:
            continue
        new = values[name]
        width = span[1] - span[0]
        if origin.shape == "table-row" and len(new) < width:
            new = new.ljust(width)
        reps.append((span[0], span[1], new))
    out = []
    pos = s
    for a, b, new in sorted(reps):
        out.append(text[pos:a])
        out.append(new)
        pos = b
    out.append(text[pos:e])
    return "".join(out).rstrip("\n")


def _action_patches(report: m.Report, doc: Document, patches: list[Patch]) -> None:
    text = doc.source.text

    def suffix(
        item: m.ActionItem, o: m.Origin, placed: dict[str, tuple[int, int]], fresh: bool = False
    ) -> str:
        """ " (owner: x, due: y)" for values that changed and have no place of their own."""
        parts = []
        for name in ("owner", "due", "priority"):
            cur = getattr(item, name)
            if name not in placed and cur is not None and (fresh or cur != o.value(name)):
                parts.append(f"{name}: {format_value(cur)}")
        return f" ({', '.join(parts)})" if parts else ""

    def edit(item: m.ActionItem, out: list[Patch]) -> None:
        o = item._origin
        assert o is not None
        cell = o.shape == "table-row"
        placed = o.field_spans()
        desc_span = placed.get("description")
        extra = suffix(item, o, placed)
        status_changed = item.status != o.value("status")
        status_inline = ""
        if status_changed and "status" not in placed:
            if o.shape in ("bullet", "ordered") and desc_span is not None:
                box = "[x] " if item.status is m.ActionStatus.DONE else "[ ] "
                out.append((desc_span[0], desc_span[0], box))
                if item.status not in (m.ActionStatus.DONE, m.ActionStatus.OPEN):
                    status_inline = f" ({format_value(item.status).lower()})"
            else:
                status_inline = f" ({format_value(item.status).lower()})"
        if desc_span is not None and (
            item.description != o.value("description") or extra or status_inline
        ):
            base = (
                item.description
                if item.description != o.value("description")
                else text[desc_span[0] : desc_span[1]]
            )
            new = (_cell(base) if cell else base) + extra + status_inline
            out.append((desc_span[0], desc_span[1], new))
        for name in ("owner", "due", "status", "priority", "id", "category", "tracking"):
            cur = getattr(item, name)
            span = placed.get(name)
            if cur == o.value(name) or span is None:
                continue
            out.append((span[0], span[1], _action_value(item, name, o.shape, span)))

    def fresh(item: m.ActionItem, template: m.ActionItem | None) -> str:
        if template is not None and template._origin is not None:
            o = template._origin
            placed = o.field_spans()
            values = {name: _action_value(item, name, o.shape, s) for name, s in placed.items()}
            if o.shape != "table-row" and "description" in values:
                values["description"] = item.description + suffix(item, o, placed, fresh=True)
            if o.shape == "checklist" and "status" in placed:
                values["status"] = "x" if item.status is m.ActionStatus.DONE else " "
            lead = "\n" if o.shape == "keyed" else ""
            return lead + _from_template(text, o, values)
        box = "[x] " if item.status is m.ActionStatus.DONE else "[ ] "
        return f"- {box}{item.description}"

    _record_patches(
        doc, doc.actions, report.action_items, doc.action_container, edit, fresh, patches,
        doc.action_slots,
    )  # fmt: skip


def _action_value(item: m.ActionItem, name: str, shape: str, span: tuple[int, int]) -> str:
    cur = getattr(item, name)
    if name == "status" and shape == "checklist":
        return "x" if cur is m.ActionStatus.DONE else " "
    s = format_value(cur)
    return _cell(s) if shape == "table-row" else _inline(s)
