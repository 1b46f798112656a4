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

A finding is silenced in the report itself with an HTML comment, which renders as nothing:
``<!-- postmortem: disable=PM003 -->`` at the end of a line silences that line, on a line of its
own the next line; ``<!-- postmortem: disable-file=PM002,PM006 -->`` anywhere silences the
whole report.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path
from typing import Any

from attrs import define, field

from postmortem import model as m
from postmortem.errors import PostmortemError
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


class ConfigError(PostmortemError):
    """``[tool.postmortem]`` could not be read."""


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
    #: When set, only these codes run (``--select``); ``disabled`` still applies.
    selected: set[str] | None = None
    #: gitignore-style patterns left out of folder walks (``exclude = [...]``).
    exclude: tuple[str, ...] = ()
    #: Patterns of extra files read in folders (``include = [...]``).
    include: tuple[str, ...] = ()

    def enabled(self, code: str) -> bool:
        """Whether a rule runs under this configuration."""
        return code not in self.disabled and (self.selected is None or code in self.selected)

    @classmethod
    def from_pyproject(cls, path: str | Path = "pyproject.toml") -> LintConfig:
        """Read ``[tool.postmortem]``: ``select``, ``ignore`` (or ``disable``),
        ``required-sections``, ``exclude`` and ``include``, each a list."""
        p = Path(path)
        if not p.is_file():
            return cls()
        try:
            doc = tomllib.loads(p.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
            raise ConfigError(f"not valid TOML: {e}", path=str(p)) from None
        data = doc.get("tool", {}).get("postmortem", {})
        cfg = cls()

        def strings(*keys: str) -> list[str]:
            out: list[str] = []
            for key in keys:
                value = data.get(key, [])
                if not isinstance(value, list):
                    raise ConfigError(f"[tool.postmortem] {key} must be a list", path=str(p))
                out.extend(str(x) for x in value)
            return out

        cfg.disabled = {c.upper() for c in strings("ignore", "disable")}
        if "select" in data:
            cfg.selected = {c.upper() for c in strings("select")}
        if "required-sections" in data or "required_sections" in data:
            cfg.required_sections = tuple(strings("required-sections", "required_sections"))
        cfg.exclude = tuple(strings("exclude"))
        cfg.include = tuple(strings("include"))
        return cfg


def find_config(start: str | Path = ".") -> Path | None:
    """The nearest ``pyproject.toml`` with a ``[tool.postmortem]`` table, looking in ``start``
    (a folder, or a file's folder) and then each folder above it, as ruff and black do."""
    here = Path(start).resolve()
    if not here.is_dir():
        here = here.parent
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            try:
                text = candidate.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            # The table itself or any of its sub-tables ([tool.postmortem.presets.NAME]).
            if re.search(r"^\[tool\.postmortem[.\]]", text, re.MULTILINE):
                return candidate
    return None


def lint(
    report: m.Report, config: LintConfig | None = None, *, path: str = "<string>"
) -> list[Finding]:
    """Every finding for one report, in line order."""
    cfg = config or LintConfig()
    out: list[Finding] = []

    def add(code: str, line: int, message: str) -> None:
        if cfg.enabled(code):
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
    whole, lines = suppressions(report)
    kept = [f for f in out if f.code not in whole and f.code not in lines.get(f.line, ())]
    return sorted(kept, key=lambda f: (f.line, f.code))


# A lint directive, not report wording: an HTML comment naming rule codes. Hand-written because
# it is one fixed pattern over the source lines (the Markdown parser drops HTML comments' text).
_SUPPRESS = re.compile(r"<!--\s*postmortem:\s*(disable|disable-file)\s*=\s*([A-Za-z0-9 ,]+?)\s*-->")


def suppressions(report: m.Report) -> tuple[set[str], dict[int, set[str]]]:
    """Codes silenced in the whole report, and per line, by ``<!-- postmortem: ... -->``."""
    doc = report._source
    if doc is None:
        return set(), {}
    whole: set[str] = set()
    per_line: dict[int, set[str]] = {}
    text: str = doc.source.text
    if "postmortem:" not in text:
        return whole, per_line
    for number, line in enumerate(text.split("\n"), 1):
        for hit in _SUPPRESS.finditer(line):
            codes = {c.strip().upper() for c in hit.group(2).split(",") if c.strip()}
            if hit.group(1) == "disable-file":
                whole |= codes
                continue
            alone = not line.replace(hit.group(0), "").strip()
            per_line.setdefault(number + 1 if alone else number, set()).update(codes)
    return whole, per_line


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
