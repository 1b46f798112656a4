"""Reports in notebooks: rich display, collections, DataFrames, charts and exports.

pandas and matplotlib are optional (``pip install "postmortem-reports[pandas,charts]"``) and
imported only by the functions that need them. All report text is escaped before it is
displayed: a report is data, and a ``<script>`` in it shows as text.
"""

from __future__ import annotations

import csv
import datetime as dt
import enum
import html
import io
import json
import os
import re
import typing
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs

from postmortem import model as m
from postmortem.errors import PostmortemError
from postmortem.metrics import PRESETS, aggregate, metrics
from postmortem.timestamps import format_duration

__all__ = [
    "Reports",
    "actions_csv",
    "actions_frame",
    "json_schema",
    "load_all",
    "plot_metric",
    "plot_timeline",
    "report_html",
    "report_markdown",
    "timeline_csv",
    "timeline_frame",
]


def _need(module: str, extra: str) -> Any:
    try:
        return __import__(module)
    except ImportError:
        raise ImportError(
            f"{module} is needed for this; install it with: pip install "
            f'"postmortem-reports[{extra}]"'
        ) from None


# ---------------------------------------------------------------------------------------------
# Display


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _md(value: object) -> str:
    # Markdown output is rendered to HTML by the notebook: escape HTML and Markdown markup.
    text = html.escape("" if value is None else str(value), quote=False)
    return re.sub(r"([\\`*_{}\[\]()#+\-!|>~])", r"\\\1", text).replace("\n", " ")


def _when(at: dt.datetime | None) -> str:
    return at.isoformat(sep=" ", timespec="minutes") if at else "-"


def report_html(report: m.Report) -> str:
    """An HTML summary: title, severity, key instants and durations, timeline, action items."""
    mt = metrics(report)
    sev = report.metadata.severity
    parts = [f"<div class='postmortem'><h3>{_e(report.title or '(untitled)')}</h3>"]
    facts = [("Severity", str(sev) if sev else None), ("Status", report.metadata.status),
             ("Date", report.metadata.date)]  # fmt: skip
    parts.append("<p>" + " &middot; ".join(f"<b>{k}</b>: {_e(v)}" for k, v in facts if v) + "</p>")
    parts.append("<table><tr><th>instant</th><th>when</th><th>from</th></tr>")
    for name, inst in mt.instants.items():
        if inst.value is not None:
            parts.append(f"<tr><td>{_e(name)}</td><td>{_e(_when(inst.value))}</td>"
                         f"<td>{_e(inst.source)}</td></tr>")  # fmt: skip
    parts.append("</table><table><tr><th>duration</th><th>value</th></tr>")
    for name, d in mt.durations.items():
        if d.value is not None:
            parts.append(f"<tr><td>{_e(name)}</td><td>{_e(format_duration(d.value))}</td></tr>")
    parts.append("</table>")
    if report.timeline.events:
        parts.append(f"<details><summary>Timeline ({len(report.timeline.events)})</summary><ul>")
        for ev in report.timeline.events:
            first = ev.text.splitlines()[0] if ev.text else ""
            parts.append(f"<li><code>{_e(_when(ev.at) if ev.at else ev.time_text)}</code> "
                         f"{_e(first)}</li>")  # fmt: skip
        parts.append("</ul></details>")
    if report.action_items:
        parts.append("<details><summary>Action items</summary><ul>")
        for status in m.ActionStatus:
            items = [a for a in report.action_items if a.status is status]
            if items:
                parts.append(f"<li>{_e(status.value)} ({len(items)})<ul>")
                parts += [
                    f"<li>{_e(a.description.splitlines()[0])}"
                    f"{' &mdash; ' + _e(a.owner) if a.owner else ''}</li>"
                    for a in items
                ]
                parts.append("</ul></li>")  # fmt: skip
        parts.append("</ul></details>")
    parts.append("</div>")
    return "".join(parts)


def report_markdown(report: m.Report) -> str:
    """The same summary as Markdown, with all report text escaped."""
    mt = metrics(report)
    lines = [f"### {_md(report.title or '(untitled)')}", ""]
    sev = report.metadata.severity
    if sev:
        lines.append(f"**Severity**: {_md(sev)}  ")
    lines += ["", "| instant | when | from |", "| --- | --- | --- |"]
    for name, inst in mt.instants.items():
        if inst.value is not None:
            lines.append(f"| {name} | {_md(_when(inst.value))} | {_md(inst.source)} |")
    lines += ["", "| duration | value |", "| --- | --- |"]
    for name, d in mt.durations.items():
        if d.value is not None:
            lines.append(f"| {name} | {format_duration(d.value)} |")
    if report.timeline.events:
        lines += ["", f"**Timeline** ({len(report.timeline.events)} entries)", ""]
        for ev in report.timeline.events:
            first = ev.text.splitlines()[0] if ev.text else ""
            lines.append(f"- {_md(_when(ev.at) if ev.at else ev.time_text)}: {_md(first)}")
    if report.action_items:
        lines += ["", "**Action items**", ""]
        for a in report.action_items:
            lines.append(f"- [{a.status.value}] {_md(a.description.splitlines()[0])}")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------
# Collections


@attrs.define
class Reports:
    """Many reports: a sequence (``len``, ``reports[0]``, ``reports[2:5]``, ``reports["name"]``),
    with :meth:`filter`, aggregate metrics and DataFrames, and the same rich display.

    Files that could not be read are kept in ``failures`` (path, message) and files in which
    the parser found nothing of a post-mortem (a README) in ``skipped``, instead of stopping
    the load or being averaged in.
    """

    items: list[tuple[str, m.Report]] = attrs.Factory(list)
    failures: list[tuple[str, str]] = attrs.Factory(list)
    skipped: list[str] = attrs.Factory(list)

    def __iter__(self) -> Iterator[m.Report]:
        return (r for _, r in self.items)

    def __len__(self) -> int:
        return len(self.items)

    @typing.overload
    def __getitem__(self, key: int | str) -> m.Report: ...

    @typing.overload
    def __getitem__(self, key: slice) -> Reports: ...

    def __getitem__(self, key: int | str | slice) -> m.Report | Reports:
        """A report by position or by name, or a slice of the collection as a collection."""
        if isinstance(key, slice):
            return Reports(items=self.items[key])
        if isinstance(key, str):
            for name, report in self.items:
                if name == key:
                    return report
            raise KeyError(key)
        return self.items[key][1]

    @property
    def names(self) -> list[str]:
        """The reports' names (their paths when loaded from files), in order."""
        return [name for name, _ in self.items]

    def filter(self, predicate: Callable[[m.Report], bool]) -> Reports:
        """The reports for which ``predicate(report)`` is true, as a new collection."""
        return Reports(items=[(n, r) for n, r in self.items if predicate(r)])

    def aggregate(self, *, group_by: str | None = None, preset: str = "default",
                  include_inferred: bool = True) -> Any:  # fmt: skip
        """MTTD, MTTR... over these reports as a DataFrame (requires pandas).

        One row per duration (and per group with ``group_by``: a (group, duration) index),
        with ``n``, ``missing``, ``negative`` and ``mean``, ``median``, ``p90`` as timedelta64.
        A report without a milestone counts as missing, never as zero (see
        :func:`postmortem.metrics.aggregate`, which returns the same figures as objects).
        """
        pd = _need("pandas", "pandas")
        agg = aggregate(self.items, group_by=group_by, preset=preset,
                        include_inferred=include_inferred)  # fmt: skip
        rows = []
        for key in sorted(agg, key=lambda k: (k is None, str(k))):
            for name, a in agg[key].items():
                rows.append({"group": key, "duration": name, "n": a.count,
                             "missing": a.missing, "negative": a.negative,
                             "mean": _td(a.mean), "median": _td(a.median),
                             "p90": _td(a.p90)})  # fmt: skip
        columns = ["group", "duration", "n", "missing", "negative", "mean", "median", "p90"]
        frame = pd.DataFrame(rows, columns=columns)
        for col in ("mean", "median", "p90"):
            frame[col] = pd.to_timedelta(frame[col])
        if group_by is None:
            return frame.drop(columns="group").set_index("duration")
        return frame.set_index(["group", "duration"])

    def frame(self, preset: str = "default") -> Any:
        """One row per report, indexed by report name (requires pandas).

        Columns: title, incident_id, date, severity, status, services, events, action_items;
        each lifecycle instant as ``<name>_at`` (tz-aware datetime64 in UTC) with the report's
        own zone in ``zone``; each duration under its name as timedelta64, with
        ``<name>_inferred`` saying whether it rests on an inferred instant. Missing values are
        NaT, never zero.
        """
        pd = _need("pandas", "pandas")
        rows = [_frame_row(n, r, metrics(r, preset=preset)) for n, r in self.items]
        frame = pd.DataFrame(rows)
        if frame.empty:
            return frame
        for col in frame.columns:
            if col.endswith("_at"):
                frame[col] = pd.to_datetime(frame[col], utc=True)
            elif col in PRESETS[preset]:
                frame[col] = pd.to_timedelta(frame[col])
        frame["date"] = pd.to_datetime(frame["date"])
        return frame.set_index("report")

    def to_json(self) -> str:
        """All reports as JSON (through the cattrs converter), keyed by file."""
        from postmortem.serialize import to_dict

        data = {name: to_dict(r) for name, r in self.items}
        return json.dumps(data, ensure_ascii=False, indent=2)

    def _repr_html_(self) -> str:
        agg = aggregate(self.items)
        rows = next(iter(agg.values()), {})
        notes = []
        if self.failures:
            notes.append(f"{len(self.failures)} not read")
        if self.skipped:
            notes.append(f"{len(self.skipped)} skipped (not post-mortems)")
        out = [f"<div class='postmortem'><b>{len(self)} reports</b>"
               f"{', ' + ', '.join(notes) if notes else ''}"
               "<table><tr><th>duration</th><th>n</th><th>missing</th><th>negative</th>"
               "<th>mean</th><th>median</th><th>p90</th></tr>"]  # fmt: skip
        for name, a in rows.items():
            cells = [_minutes(a.mean), _minutes(a.median), _minutes(a.p90)]
            out.append(f"<tr><td>{_e(name)}</td><td>{a.count}</td><td>{a.missing}</td>"
                       f"<td>{a.negative}</td>"
                       + "".join(f"<td>{_e(c)}</td>" for c in cells) + "</tr>")  # fmt: skip
        out.append("</table>")
        if self.failures:
            out.append("<ul>" + "".join(f"<li>{_e(p)}: {_e(msg)}</li>"
                                        for p, msg in self.failures) + "</ul>")  # fmt: skip
        return "".join(out) + "</div>"

    def _repr_markdown_(self) -> str:
        return (f"{len(self)} reports, {len(self.failures)} not read, {len(self.skipped)} "
                "skipped (not post-mortems)")  # fmt: skip


def _minutes(value: float | None) -> str:
    return "-" if value is None else format_duration(dt.timedelta(minutes=value))


def _td(minutes: float | None) -> dt.timedelta | None:
    return None if minutes is None else dt.timedelta(minutes=minutes)


def _zone_name(at: dt.datetime | None) -> str | None:
    # An IANA name when the report gave one, else the UTC offset; None for a naive instant.
    if at is None or at.tzinfo is None:
        return None
    key = getattr(at.tzinfo, "key", None)
    if isinstance(key, str):
        return key
    offset = at.utcoffset()
    if offset is None:
        return None
    if not offset:
        return "UTC"
    sign = "-" if offset < dt.timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def _utc(at: dt.datetime | None) -> dt.datetime | None:
    # Instants go to UTC so that one column holds reports from many zones; a report that states
    # no zone is read as UTC wall time, and its zone column is empty to say so.
    if at is None:
        return None
    return (
        at.replace(tzinfo=dt.timezone.utc) if at.tzinfo is None else at.astimezone(dt.timezone.utc)
    )


def _frame_row(name: str, report: m.Report, mt: Any) -> dict[str, Any]:
    sev = report.metadata.severity
    row: dict[str, Any] = {
        "report": name,
        "title": report.title,
        "incident_id": report.metadata.incident_id,
        "date": report.metadata.date,
        "severity": sev.level.name.lower() if sev and sev.level else None,
        "status": report.metadata.status,
        "services": ", ".join(report.metadata.affected_services) or None,
        "events": len(report.timeline.events),
        "action_items": len(report.action_items),
    }
    zone = None
    for key, inst in mt.instants.items():
        row[f"{key}_at"] = _utc(inst.value)
        zone = zone or _zone_name(inst.value)
    row["zone"] = zone
    for key, d in mt.durations.items():
        row[key] = d.value
        row[f"{key}_inferred"] = any(
            mt.instants[x].inferred for x in (d.start, d.end) if x in mt.instants
        )
    return row


def load_all(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    exclude: Sequence[str] = (),
) -> Reports:
    """Load every report in a folder, or a list of paths.

    A folder is walked as the command line walks it (:func:`postmortem.discover.find_files`:
    every Markdown-like ending, hidden and git-ignored folders and ``exclude`` patterns left
    out). Files that cannot be read go to ``failures``; files in which the parser found
    nothing of a post-mortem (:func:`postmortem.discover.is_postmortem`) go to ``skipped``.
    """
    from postmortem.discover import find_files, is_postmortem
    from postmortem.io import load

    if isinstance(paths, (str, os.PathLike)):
        p = Path(paths)
        files = find_files(p, exclude=exclude) if p.is_dir() else [p]
    else:
        files = [Path(x) for x in paths]
    out = Reports()
    for f in files:
        try:
            report = load(f)
        except PostmortemError as e:
            out.failures.append((str(f), str(e)))
            continue
        if is_postmortem(report):
            out.items.append((str(f), report))
        else:
            out.skipped.append(str(f))
    return out


# ---------------------------------------------------------------------------------------------
# DataFrames and CSV


def _timeline_rows(report: m.Report) -> list[dict[str, Any]]:
    from postmortem.metrics import classify

    rows = []
    for i, ev in enumerate(report.timeline.events):
        ms = classify(ev)
        rows.append({"index": i, "at": ev.at, "date": ev.date, "time": ev.time_text,
                     "text": ev.text, "actor": ev.actor, "action": ev.action, "phase": ev.phase,
                     "milestone": ms.value if ms else None, "line": ev.line})  # fmt: skip
    return rows


def _action_rows(report: m.Report) -> list[dict[str, Any]]:
    return [
        {
            "id": a.id,
            "description": a.description,
            "owner": a.owner,
            "due": a.due,
            "status": a.status.value,
            "priority": a.priority.value if a.priority else None,
            "category": a.category,
            "horizon": a.horizon.value if a.horizon else None,
            "tracking": a.tracking,
            "line": a.line,
        }
        for a in report.action_items
    ]


def timeline_frame(report: m.Report) -> Any:
    """The timeline as a DataFrame, one row per entry (requires pandas).

    ``at`` is a tz-aware datetime64 in UTC (NaT for an entry without a full date and time),
    with the entry's own zone in ``zone``, as in :meth:`Reports.frame`.
    """
    pd = _need("pandas", "pandas")
    rows = _timeline_rows(report)
    for row in rows:
        row["zone"] = _zone_name(row["at"])
        row["at"] = _utc(row["at"])
    frame = pd.DataFrame(rows)
    if not frame.empty:
        frame["at"] = pd.to_datetime(frame["at"], utc=True)
    return frame


def actions_frame(report: m.Report) -> Any:
    """The action items as a DataFrame (requires pandas)."""
    pd = _need("pandas", "pandas")
    return pd.DataFrame(_action_rows(report))


def _csv(rows: list[dict[str, Any]], columns: list[str]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: ("" if v is None else v.isoformat() if hasattr(v, "isoformat") else v)
                    for k, v in r.items()})  # fmt: skip
    return buf.getvalue()


def timeline_csv(report: m.Report) -> str:
    """The timeline as CSV text."""
    return _csv(_timeline_rows(report), ["index", "at", "date", "time", "text", "actor",
                                         "action", "phase", "milestone", "line"])  # fmt: skip


def actions_csv(report: m.Report) -> str:
    """The action items as CSV text."""
    columns = ["id", "description", "owner", "due", "status", "priority", "category",
               "horizon", "tracking", "line"]  # fmt: skip
    return _csv(_action_rows(report), columns)


# ---------------------------------------------------------------------------------------------
# Charts


def plot_timeline(report: m.Report) -> Any:
    """The timeline on a time axis, with started/detected/mitigated/resolved marked and the
    time to detect, mitigate and resolve drawn as spans. Returns a matplotlib Figure."""
    _need("matplotlib", "charts")
    from matplotlib.figure import Figure

    mt = metrics(report)
    fig = Figure(figsize=(10, 4), layout="constrained")
    ax = fig.add_subplot()
    timed = [(_num(e.at), e) for e in report.timeline.events if e.at is not None]
    if timed:
        ax.plot([x for x, _ in timed], [0] * len(timed), "|", markersize=14, color="0.4")
        for x, e in timed[:: max(1, len(timed) // 12)]:
            label = e.text.splitlines()[0][:32] if e.text else ""
            ax.annotate(label, (x, 0), xytext=(0, 8), textcoords="offset points",
                        rotation=35, fontsize=7, ha="left")  # fmt: skip
    colours = {"started": "tab:red", "detected": "tab:orange", "mitigated": "tab:blue",
               "resolved": "tab:green"}  # fmt: skip
    for name, colour in colours.items():
        at = mt.instants[name].value
        if at is not None:
            ax.axvline(_num(at), color=colour, linestyle="--", linewidth=1, label=name)
    spans = [("time_to_detect", -0.3), ("time_to_mitigate", -0.5), ("time_to_resolve", -0.7)]
    for name, y in spans:
        d = mt.durations[name]
        start = mt.instants[d.start].value
        if d.value is not None and start is not None:
            x0, x1 = _num(start), _num(start + d.value)
            ax.hlines(y, x0, x1, linewidth=6, alpha=0.6)
            ax.text(x0, y - 0.12, f"{name.replace('_', ' ')}: {format_duration(d.value)}",
                    fontsize=8)  # fmt: skip
    ax.xaxis_date()
    ax.set_ylim(-1, 1)
    ax.set_yticks([])
    ax.set_title(report.title or "Timeline")
    if any(mt.instants[n].value for n in colours):
        ax.legend(loc="upper right", fontsize=8)
    return fig


def _num(at: dt.datetime) -> float:
    from matplotlib.dates import date2num

    return float(date2num(at))  # type: ignore[no-untyped-call]


def plot_metric(
    reports: Reports | Iterable[tuple[str, m.Report]],
    *,
    by: str = "month",
    durations: tuple[str, ...] = ("time_to_repair", "time_to_detect"),
) -> Any:
    """Median durations (MTTR, MTTD...) across reports, grouped by month or severity.

    Returns a matplotlib Figure of grouped bars, in hours.
    """
    _need("matplotlib", "charts")
    from matplotlib.figure import Figure

    items = reports.items if isinstance(reports, Reports) else list(reports)
    agg = aggregate(items, group_by=by)
    keys = sorted((k for k in agg if k is not None), key=str)
    fig = Figure(figsize=(10, 4), layout="constrained")
    ax = fig.add_subplot()
    width = 0.8 / max(len(durations), 1)
    for j, name in enumerate(durations):
        values = [(agg[k][name].median or 0) / 60 for k in keys]
        ax.bar([i + j * width for i in range(len(keys))], values, width=width,
               label=name.replace("_", " "))  # fmt: skip
    ax.set_xticks([i + width * (len(durations) - 1) / 2 for i in range(len(keys))])
    ax.set_xticklabels([str(k) for k in keys], rotation=45, ha="right", fontsize=8)
    ax.set_ylabel("median, hours")
    ax.set_title(f"Median durations by {by}")
    ax.legend(fontsize=8)
    return fig


# ---------------------------------------------------------------------------------------------
# JSON Schema


def json_schema() -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) of the data :func:`postmortem.to_dict` produces."""
    defs: dict[str, Any] = {}

    def schema(t: Any) -> dict[str, Any]:
        origin = typing.get_origin(t)
        args = typing.get_args(t)
        if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
            options = [schema(a) for a in args if a is not type(None)]
            if type(None) in args:
                options.append({"type": "null"})
            return options[0] if len(options) == 1 else {"anyOf": options}
        if origin is list:
            return {"type": "array", "items": schema(args[0])}
        if origin is dict:
            return {"type": "object", "additionalProperties": schema(args[1]) if args else {}}
        if t is Any:
            return {}
        if isinstance(t, type) and issubclass(t, enum.Enum):
            return {"enum": [e.value for e in t]}
        if attrs.has(t):
            name = t.__name__
            if name not in defs:
                defs[name] = {}
                hints = typing.get_type_hints(t, vars(m))
                props = {a.name: schema(hints[a.name]) for a in attrs.fields(t)
                         if not a.name.startswith("_")}  # fmt: skip
                defs[name] = {"type": "object", "properties": props,
                              "description": (t.__doc__ or "").strip().split("\n")[0]}  # fmt: skip
            return {"$ref": f"#/$defs/{name}"}
        simple = {str: {"type": "string"}, int: {"type": "integer"}, bool: {"type": "boolean"},
                  float: {"type": "number"},
                  dt.datetime: {"type": "string", "format": "date-time"},
                  dt.date: {"type": "string", "format": "date"},
                  dt.time: {"type": "string", "format": "time"},
                  dt.timedelta: {"type": "string", "format": "duration"}}  # fmt: skip
        return simple.get(t, {})

    root = schema(m.Report)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "postmortem report", **root, "$defs": defs}  # fmt: skip
