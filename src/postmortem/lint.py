"""Checks over the model: each finding has a stable code, a line and a message.

Codes (see docs/cli.md):

| code | finding |
| --- | --- |
| PM001 | an unfilled template placeholder is left in the report |
| PM002 | a required section is missing |
| PM003 | a timeline entry has no time |
| PM004 | a timeline entry is earlier than the one before it |
| PM005 | an action item has no owner |
| PM006 | an action item has no due date |
| PM007 | an action item has no status |
| PM008 | an open action item is past its due date |
| PM009 | a stated duration disagrees with the timeline |
| PM010 | the severity is not one the library recognises |
| PM011 | two action items share an id |
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

from attrs import define, field

from postmortem import model as m
from postmortem.metrics import metrics

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

RULES: dict[str, str] = {
    "PM001": "unfilled placeholder",
    "PM002": "required section missing",
    "PM003": "timeline entry without a time",
    "PM004": "timeline entry out of order",
    "PM005": "action item without an owner",
    "PM006": "action item without a due date",
    "PM007": "action item without a status",
    "PM008": "open action item past its due date",
    "PM009": "stated duration disagrees with the timeline",
    "PM010": "severity not recognised",
    "PM011": "duplicate action item id",
}

#: Sections a complete post-mortem has, unless configured otherwise.
DEFAULT_REQUIRED = ("summary", "timeline", "root_cause", "action_items")


@define(frozen=True)
class Finding:
    """One problem in one report."""

    code: str
    line: int
    message: str
    column: int = 1
    path: str = "<string>"

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.code} {self.message}"


@define
class LintConfig:
    """Which rules run and what they require."""

    disabled: set[str] = field(factory=set)
    required_sections: tuple[str, ...] = DEFAULT_REQUIRED
    today: dt.date = field(factory=dt.date.today)

    @classmethod
    def from_pyproject(cls, path: str | Path = "pyproject.toml") -> LintConfig:
        """Read ``[tool.postmortem]`` (``disable = [...]``, ``required-sections = [...]``)."""
        p = Path(path)
        if not p.is_file():
            return cls()
        data = tomllib.loads(p.read_text(encoding="utf-8")).get("tool", {}).get("postmortem", {})
        cfg = cls()
        cfg.disabled = {str(c).upper() for c in data.get("disable", [])}
        req = data.get("required-sections", data.get("required_sections"))
        if isinstance(req, list):
            cfg.required_sections = tuple(str(x) for x in req)
        return cfg


def lint(
    report: m.Report, config: LintConfig | None = None, *, path: str = "<string>"
) -> list[Finding]:
    """Every finding for one report, in line order."""
    cfg = config or LintConfig()
    out: list[Finding] = []

    def add(code: str, line: int, message: str) -> None:
        if code not in cfg.disabled:
            out.append(Finding(code, max(line, 1), message, path=path))

    for ph in report.placeholders:
        add("PM001", ph.line, f"unfilled placeholder {ph.text!r} ({ph.path})")
    kinds = {s.kind.value for s in report.all_sections()}
    present = _present(report)
    for name in cfg.required_sections:
        if name not in kinds and not present.get(name, False):
            add("PM002", 1, f"required section missing: {name.replace('_', ' ')}")
    previous: m.TimelineEvent | None = None
    for ev in report.timeline.events:
        if ev.at is None and ev.time is None:
            add("PM003", ev.line, f"timeline entry has no time: {_short(ev.text)!r}")
            continue
        if previous is not None and _earlier(ev, previous):
            add("PM004", ev.line, f"timeline entry at {_when(ev)} is earlier than the one "
                f"before it ({_when(previous)})")  # fmt: skip
        previous = ev
    seen: dict[str, int] = {}
    # A report whose template has no status for its items (seed 003) is not faulted for it;
    # one that tracks status for some items is, for the items it leaves out.
    tracks_status = any(a.status is not m.ActionStatus.UNKNOWN for a in report.action_items)
    for a in report.action_items:
        what = _short(a.description)
        if a.owner is None:
            add("PM005", a.line, f"action item has no owner: {what!r}")
        if a.due is None:
            add("PM006", a.line, f"action item has no due date: {what!r}")
        if a.status is m.ActionStatus.UNKNOWN and tracks_status:
            add("PM007", a.line, f"action item has no status: {what!r}")
        open_ = a.status in (m.ActionStatus.OPEN, m.ActionStatus.IN_PROGRESS)
        if open_ and a.due is not None and a.due < cfg.today:
            add("PM008", a.line, f"open action item was due {a.due.isoformat()}: {what!r}")
        if a.id:
            if a.id in seen:
                add("PM011", a.line, f"action item id {a.id!r} also used on line {seen[a.id]}")
            else:
                seen[a.id] = a.line
    mt = metrics(report)
    for dis in mt.disagreements:
        line = dis.line or next(
            (s.line for s in report.all_sections() if s.kind.value == "metrics"), 1
        )
        add("PM009", line, str(dis))
    sev = report.metadata.severity
    if sev is not None and sev.level is None and sev.text:
        add("PM010", _severity_line(report), f"severity {sev.text!r} is not recognised")
    return sorted(out, key=lambda f: (f.line, f.code))


def _present(report: m.Report) -> dict[str, bool]:
    # A report may hold a required part without a heading of that name.
    return {
        "summary": report.summary.text is not None,
        "timeline": bool(report.timeline.events),
        "root_cause": report.root_cause.primary is not None,
        "action_items": bool(report.action_items),
    }


def _earlier(a: m.TimelineEvent, b: m.TimelineEvent) -> bool:
    if a.at is not None and b.at is not None:
        if (a.at.tzinfo is None) != (b.at.tzinfo is None):
            return False
        return a.at < b.at
    if a.at is None and b.at is None and a.time is not None and b.time is not None:
        return False  # no day known: a smaller clock time may be the next day
    return False


def _when(ev: m.TimelineEvent) -> str:
    return ev.at.isoformat(sep=" ", timespec="minutes") if ev.at else ev.time_text


def _short(text: str) -> str:
    first = text.splitlines()[0] if text else ""
    return first if len(first) <= 60 else first[:57] + "..."


def _severity_line(report: m.Report) -> int:
    doc = report._source
    fo = doc.fields.get("metadata.severity") if doc is not None else None
    return doc.source.line_of(fo.span[0]) if fo is not None and doc is not None else 1


def as_dict(f: Finding) -> dict[str, Any]:
    """A finding as plain data (for JSON output)."""
    return {"path": f.path, "line": f.line, "column": f.column, "code": f.code,
            "message": f.message}  # fmt: skip
