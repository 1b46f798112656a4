"""Writing a report afresh: the canonical style (and, later, the seed template styles)."""

from __future__ import annotations

import datetime as dt

from postmortem import model as m

__all__ = ["STYLES", "render_section", "render_style"]

#: Style name -> one-line description.
STYLES: dict[str, str] = {
    "canonical": "postmortem's own: H2 sections, bold key/value metadata, tables for lists",
}


def render_style(report: m.Report, style: str = "canonical") -> str:
    """Write ``report`` whole in a named style."""
    if style not in STYLES:
        raise KeyError(style)
    return _canonical(report)


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
