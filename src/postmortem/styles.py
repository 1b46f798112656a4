"""Styles: the five seed templates, and postmortem's canonical style.

A seed style writes a report by filling that template: the blank template is parsed, the
report's values are put into the template's fields (replacing its placeholders, in the
template's own shapes: table rows, checklists, ``**Key:** value`` lines), its placeholder
timeline entries and action items are replaced by the report's, and the patching renderer
writes the result. Slots the report has no value for stay as the template's placeholders.
"""

from __future__ import annotations

import datetime as dt
from importlib import resources
from typing import Any

import attrs

from postmortem import model as m

__all__ = ["STYLES", "blank", "render_section", "render_style"]

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
    if style == "canonical":
        return _canonical(m.Report(title="[Incident title]"))
    path = resources.files("postmortem") / "templates" / f"{style}.md"
    return path.read_bytes().decode("utf-8")


def render_style(report: m.Report, style: str = "canonical") -> str:
    """Write ``report`` whole in a named style."""
    if style not in STYLES:
        raise KeyError(style)
    if style == "canonical":
        return _canonical(report)
    from postmortem.parsing import parse
    from postmortem.render import dumps

    target = parse(blank(style))
    fill(target, report)
    return dumps(target)


def fill(target: m.Report, source: m.Report) -> None:
    """Put ``source``'s values into the template report ``target`` (see the module doc)."""
    from postmortem.parsing.fields import FIELD_KINDS, get_path, set_path

    doc = target._source
    assert doc is not None
    for path in list(doc.fields):
        if path == "title":
            target.title = source.title or target.title
            continue
        value: Any = get_path(source, path)
        if value in (None, [], ""):
            continue
        if FIELD_KINDS.get(path) == "list":
            value = list(value)
        set_path(target, path, _copy(value))
    events = target.timeline.events
    if events and all(e._origin is not None and e._origin.shape == "key-event" for e in events):
        # Detection / Response / Resolution subsections hold one time each.
        from postmortem.metrics import metrics

        mt = metrics(source)
        for ev in events:
            name = ev.milestone.value if ev.milestone else ""
            if name in mt.instants and mt.instants[name].value is not None:
                ev.at = mt.instants[name].value
    else:
        target.timeline.events = [_fresh(e) for e in source.timeline.events]
    if source.action_items:
        target.action_items = [_fresh(a) for a in source.action_items]


def _copy(value: Any) -> Any:
    return attrs.evolve(value) if attrs.has(type(value)) else value


def _fresh(node: Any) -> Any:
    new = attrs.evolve(node)
    new._origin = None
    return new


def render_section(section: m.Section) -> str:
    """A section added in code, written as a heading and its content."""
    level = min(max(section.level, 1), 6)
    out = f"{'#' * level} {section.title}\n"
    if section.content:
        body = section.content if section.content.startswith("\n") else "\n" + section.content
        out += body if body.endswith("\n") else body + "\n"
    for sub in section.subsections:
        out += "\n" + render_section(sub)
    return out


def _fmt_at(at: dt.datetime | None) -> str:
    from postmortem.render import format_datetime

    return format_datetime(at) if at is not None else "???"


def _cell(s: str | None) -> str:
    return (s or "").replace("\n", " ").replace("|", "\\|")


def _canonical(r: m.Report) -> str:
    from postmortem.render import STATUS_LABELS, format_value

    parts: list[str] = []
    parts.append(f"# {r.title or 'Post-mortem'}\n")
    md = r.metadata
    meta: list[tuple[str, str]] = []
    for label, value in (
        ("Incident ID", md.incident_id),
        ("Date", md.date.isoformat() if md.date else None),
        ("Severity", format_value(md.severity) if md.severity else None),
        ("Status", md.status),
        ("Owners", ", ".join(md.owners) if md.owners else None),
        ("Authors", ", ".join(md.authors) if md.authors else None),
        ("Participants", ", ".join(md.participants) if md.participants else None),
        ("Affected Services", ", ".join(md.affected_services) if md.affected_services else None),
    ):
        if value:
            meta.append((label, value))
    if meta:
        parts.append("\n".join(f"**{k}:** {v}  " for k, v in meta).rstrip() + "\n")
    if r.summary.text:
        parts.append(f"## Summary\n\n{r.summary.text}\n")
    if r.impact.text:
        parts.append(f"## Impact\n\n{r.impact.text}\n")
    if r.timeline.events:
        rows = ["| Time | Event | Actor |", "| --- | --- | --- |"]
        rows += [
            f"| {_fmt_at(e.at)} | {_cell(e.text)} | {_cell(e.actor)} |" for e in r.timeline.events
        ]
        zone = f"All times in {r.timeline.timezone}.\n\n" if r.timeline.timezone else ""
        parts.append("## Timeline\n\n" + zone + "\n".join(rows) + "\n")
    rc = r.root_cause
    if rc.primary or rc.contributing_factors:
        text = "## Root Cause\n"
        if rc.primary:
            text += f"\n{rc.primary}\n"
        if rc.contributing_factors:
            text += "\n### Contributing Factors\n\n" + _bullets(rc.contributing_factors)
        parts.append(text)
    ll = r.lessons
    if ll.went_well or ll.went_wrong or ll.lucky:
        text = "## Lessons Learned\n"
        for title, items in (
            ("What Went Well", ll.went_well),
            ("What Went Wrong", ll.went_wrong),
            ("Where We Got Lucky", ll.lucky),
        ):
            if items:
                text += f"\n### {title}\n\n" + _bullets(items)
        parts.append(text)
    if r.action_items:
        rows = [
            "| ID | Action | Owner | Priority | Due | Status |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for a in r.action_items:
            rows.append(
                f"| {_cell(a.id)} | {_cell(a.description)} | {_cell(a.owner)} | "
                f"{format_value(a.priority)} | {a.due.isoformat() if a.due else ''} | "
                f"{STATUS_LABELS[a.status]} |"
            )
        parts.append("## Action Items\n\n" + "\n".join(rows) + "\n")
    for s in r.sections:
        parts.append(render_section(s))
    return "\n".join(parts)


def _bullets(items: list[str]) -> str:
    return "".join(f"- {i}\n" for i in items)
