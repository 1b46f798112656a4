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
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs

from postmortem import model as m
from postmortem._safe import csv_cell, first_line
from postmortem.errors import PostmortemError
from postmortem.metrics import aggregate, excluded, metrics
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


def _instant_note(inst: Any) -> str:
    # An inferred instant says so, and why, wherever it is shown.
    return f"inferred: {inst.reason.removeprefix('inferred: ')}" if inst.inferred else ""


def _duration_notes(mt: Any, name: str) -> list[str]:
    """What a duration rests on, for every display: the inferred instants under it, its flags
    (flagged values are left out of aggregates) and a stated figure it differs from."""
    d = mt.durations[name]
    notes = [f"inferred {end}" for end in mt.inferred_ends(name)] if d.value is not None else []
    notes += [f"flagged, left out of aggregates: {f}" for f in d.flags]
    if d.stated is not None and d.disagrees:
        notes.append(f"differs from the stated {d.stated.text}")
    return notes


def report_html(report: m.Report) -> str:
    """An HTML summary: title, severity, key instants and durations, timeline, action items.

    An inferred instant, a duration resting on one, and a flagged duration (left out of
    aggregates) are marked, with the reason."""
    mt = metrics(report)
    sev = report.metadata.severity
    parts = [f"<div class='postmortem'><h3>{_e(report.title or '(untitled)')}</h3>"]
    facts = [("Severity", str(sev) if sev else None), ("Status", report.metadata.status),
             ("Date", report.metadata.date)]  # fmt: skip
    parts.append("<p>" + " &middot; ".join(f"<b>{k}</b>: {_e(v)}" for k, v in facts if v) + "</p>")
    parts.append("<table><tr><th>instant</th><th>when</th><th>from</th><th>note</th></tr>")
    for name, inst in mt.instants.items():
        if inst.value is not None:
            parts.append(f"<tr><td>{_e(name)}</td><td>{_e(_when(inst.value))}</td>"
                         f"<td>{_e(inst.source)}</td><td>{_e(_instant_note(inst))}</td>"
                         "</tr>")  # fmt: skip
    parts.append("</table><table><tr><th>duration</th><th>value</th><th>note</th></tr>")
    for name, d in mt.durations.items():
        notes = _duration_notes(mt, name)
        if d.value is not None or d.flags:
            value = format_duration(d.value) if d.value is not None else "-"
            parts.append(f"<tr><td>{_e(name)}</td><td>{_e(value)}</td>"
                         f"<td>{_e('; '.join(notes))}</td></tr>")  # fmt: skip
    parts.append("</table>")
    if report.timeline.events:
        parts.append(f"<details><summary>Timeline ({len(report.timeline.events)})</summary><ul>")
        for ev in report.timeline.events:
            first = ev.headline
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
                    f"<li>{_e(first_line(a.description))}"
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
    lines += ["", "| instant | when | from | note |", "| --- | --- | --- | --- |"]
    for name, inst in mt.instants.items():
        if inst.value is not None:
            lines.append(f"| {name} | {_md(_when(inst.value))} | {_md(inst.source)} | "
                         f"{_md(_instant_note(inst))} |")  # fmt: skip
    lines += ["", "| duration | value | note |", "| --- | --- | --- |"]
    for name, d in mt.durations.items():
        if d.value is not None or d.flags:
            value = format_duration(d.value) if d.value is not None else "-"
            lines.append(f"| {name} | {value} | {_md('; '.join(_duration_notes(mt, name)))} |")
    if report.timeline.events:
        lines += ["", f"**Timeline** ({len(report.timeline.events)} entries)", ""]
        for ev in report.timeline.events:
            first = ev.headline
            lines.append(f"- {_md(_when(ev.at) if ev.at else ev.time_text)}: {_md(first)}")
    if report.action_items:
        lines += ["", "**Action items**", ""]
        for a in report.action_items:
            lines.append(f"- [{a.status.value}] {_md(first_line(a.description))}")
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
                  include_inferred: bool = True, include_flagged: bool = False,
                  strict: bool | None = None, **options: Any) -> Any:  # fmt: skip
        """MTTD, MTTR... over these reports as a DataFrame (requires pandas).

        One row per duration (and per group with ``group_by``: a (group, duration) index),
        with ``n``, ``inferred`` (of n, values resting on an inferred instant), ``missing``,
        ``negative``, ``excluded`` (implausible values left out) and ``excluded_why``,
        ``flagged_kept``, and ``mean``, ``median``, ``p90``, ``max`` as timedelta64.
        A report without a milestone counts as missing, never as zero (see
        :func:`postmortem.metrics.aggregate`, which returns the same figures as objects and
        takes the same ``options``: durations, calendar, config, max_duration).
        """
        pd = _need("pandas", "pandas")
        agg = aggregate(self.items, group_by=group_by, preset=preset,
                        include_inferred=include_inferred, include_flagged=include_flagged,
                        strict=strict, **options)  # fmt: skip
        rows = []
        for key in sorted(agg, key=lambda k: (k is None, str(k))):
            for name, a in agg[key].items():
                why = "; ".join(f"{k}: {v}" for k, v in a.excluded_reasons.items())
                rows.append({"group": key, "duration": name, "n": a.count,
                             "inferred": a.inferred, "missing": a.missing,
                             "negative": a.negative, "excluded": a.excluded,
                             "excluded_why": why, "flagged_kept": a.flagged_kept,
                             "mean": _td(a.mean), "median": _td(a.median), "p90": _td(a.p90),
                             "max": _td(a.max)})  # fmt: skip
        columns = ["group", "duration", "n", "inferred", "missing", "negative", "excluded",
                   "excluded_why", "flagged_kept", "mean", "median", "p90", "max"]  # fmt: skip
        frame = pd.DataFrame(rows, columns=columns)
        for col in ("mean", "median", "p90", "max"):
            frame[col] = pd.to_timedelta(frame[col])
        if group_by is None:
            return frame.drop(columns="group").set_index("duration")
        return frame.set_index(["group", "duration"])

    def frame(self, preset: str = "default", **options: Any) -> Any:
        """One row per report, indexed by report name (requires pandas).

        Columns: title, incident_id, date, severity, status, services, events, action_items;
        each lifecycle instant as ``<name>_at`` (tz-aware datetime64 in UTC) with the report's
        own zone in ``zone`` and ``inferred`` naming the instants a fallback rule gave; each
        duration under its name as timedelta64, with ``<name>_inferred`` (it rests on an
        inferred instant), ``<name>_flags`` (why it is not believed, or None) and
        ``<name>_excluded`` (aggregates leave it out). Missing values are NaT, never zero.
        ``options`` go to :func:`postmortem.metrics.metrics` (durations, strict, config...).
        """
        pd = _need("pandas", "pandas")
        measured = [(n, r, metrics(r, preset=preset, **options)) for n, r in self.items]
        rows = [_frame_row(n, r, mt) for n, r, mt in measured]
        names = {d for _, _, mt in measured for d in mt.durations}
        frame = pd.DataFrame(rows)
        if frame.empty:
            return frame
        for col in frame.columns:
            if col.endswith("_at"):
                frame[col] = pd.to_datetime(frame[col], utc=True)
            elif col in names:
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
               "<table><tr><th>duration</th><th>n</th><th>of which inferred</th>"
               "<th>missing</th><th>excluded (why)</th><th>mean</th><th>median</th>"
               "<th>p90</th><th>max</th></tr>"]  # fmt: skip
        for name, a in rows.items():
            why = ", ".join(f"{k}: {v}" for k, v in a.excluded_reasons.items())
            left_out = f"{a.excluded}" + (f" ({why})" if why else "")
            cells = [_minutes(a.mean), _minutes(a.median), _minutes(a.p90), _minutes(a.max)]
            out.append(f"<tr><td>{_e(name)}</td><td>{a.count}</td><td>{a.inferred}</td>"
                       f"<td>{a.missing}</td><td>{_e(left_out)}</td>"
                       + "".join(f"<td>{_e(c)}</td>" for c in cells) + "</tr>")  # fmt: skip
        out.append(
            "</table><p>n values are averaged; <i>of which inferred</i> rest on an "
            "instant a fallback rule gave; <i>excluded</i> values are flagged as "
            "implausible and left out.</p>"
        )
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
    from postmortem.metrics import report_columns

    row = report_columns(name, report, mt)
    zone = None
    for key, inst in mt.instants.items():
        row[f"{key}_at"] = _utc(inst.value)
        zone = zone or _zone_name(inst.value)
    row["zone"] = zone
    row["inferred"] = ", ".join(k for k, v in mt.instants.items() if v.inferred) or None
    for key, d in mt.durations.items():
        row[key] = d.value
        row[f"{key}_inferred"] = bool(mt.inferred_ends(key))
        row[f"{key}_flags"] = "; ".join(d.flags) or None
        row[f"{key}_excluded"] = bool(d.flags)
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
        except Exception as e:  # one file must not stop the rest (a bug if hit)
            out.failures.append((str(f), f"{f}: cannot read ({type(e).__name__}: {e})"))
            continue
        if is_postmortem(report):
            # A document of several incidents (an incident log) counts each once: "name#2".
            parts = report.incidents
            out.items.extend(
                [(str(f), report)]
                if len(parts) == 1
                else [(f"{f}#{k}", part) for k, part in enumerate(parts, 1)]
            )
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
                     "title": ev.title, "text": ev.text, "actor": ev.actor, "action": ev.action,
                     "phase": ev.phase, "milestone": ms.value if ms else None,
                     "line": ev.line})  # fmt: skip
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
        w.writerow({k: csv_cell("" if v is None else v.isoformat() if hasattr(v, "isoformat")
                             else v) for k, v in r.items()})  # fmt: skip
    return buf.getvalue()


def timeline_csv(report: m.Report) -> str:
    """The timeline as CSV text."""
    columns = ["index", "at", "date", "time", "title", "text", "actor", "action", "phase",
               "milestone", "line"]  # fmt: skip
    return _csv(_timeline_rows(report), columns)


def actions_csv(report: m.Report) -> str:
    """The action items as CSV text."""
    columns = ["id", "description", "owner", "due", "status", "priority", "category",
               "horizon", "tracking", "line"]  # fmt: skip
    return _csv(_action_rows(report), columns)


# ---------------------------------------------------------------------------------------------
# Charts
#
# Layout is computed in inches and points on a fixed grid (no automatic layout), so that where a
# label goes is decided before drawing: labels are placed on free rows, never on top of each
# other. tests/test_charts.py renders every corpus report and checks the text boxes.

_MILESTONE_STYLE = {
    "started": ("tab:red", "o"),
    "detected": ("tab:orange", "D"),
    "acknowledged": ("tab:olive", "s"),
    "declared": ("tab:purple", "P"),
    "mitigated": ("tab:blue", "^"),
    "impact_ended": ("tab:cyan", "v"),
    "resolved": ("tab:green", "*"),
}
_SPANS = ("time_to_detect", "time_to_mitigate", "time_to_repair", "time_to_resolve")
_FONT = 8.0  # points
_ROW = 0.2  # inches per text row


def _canvas(fig: Any) -> Any:
    # Text extents need a renderer; Agg gives the same metrics as the PNG a notebook shows.
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    return FigureCanvasAgg(fig).get_renderer()  # type: ignore[no-untyped-call]


def _display_zone(values: list[dt.datetime]) -> tuple[dt.tzinfo | None, str]:
    aware = [v for v in values if v.tzinfo is not None]
    if not aware:
        return None, "zone not stated"
    tz = aware[0].tzinfo
    return tz, _zone_name(aware[0]) or "UTC"


def _wall(at: dt.datetime, tz: dt.tzinfo | None) -> dt.datetime:
    # Wall-clock time in the incident's zone, naive, so the axis reads as the report does.
    if at.tzinfo is None or tz is None:
        return at.replace(tzinfo=None)
    return at.astimezone(tz).replace(tzinfo=None)


def _shorten(text: str, limit: int) -> str:
    # Pictographs (emoji) are dropped: chart fonts have no glyph for them.
    text = "".join(ch for ch in text if unicodedata.category(ch) != "So")
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _levels(boxes: list[tuple[float, float]], gap: float) -> list[int]:
    """A row for each (left, right) box, in order of left edge: the lowest row free there."""
    ends: list[float] = []
    out = []
    for left, right in boxes:
        for row, end in enumerate(ends):
            if end + gap <= left:
                ends[row] = right
                out.append(row)
                break
        else:
            ends.append(right)
            out.append(len(ends) - 1)
    return out


def plot_timeline(report: m.Report, *, width: float = 11.0) -> Any:
    """The timeline on a time axis scaled to the incident, in the incident's zone.

    Entries are numbered markers (numbers staggered onto free rows, entries too close to tell
    apart sharing one "3–5" label) with their plain text in a table under the chart; each
    lifecycle instant has its own row, so milestones at the same minute all stay visible; the
    time to detect, mitigate, repair and resolve are drawn as spans. Returns a matplotlib
    Figure (requires matplotlib).
    """
    _need("matplotlib", "charts")
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
    from matplotlib.figure import Figure

    from postmortem.parsing.plain import plain_text

    mt = metrics(report)
    timed = sorted(
        ((e.at, i, e) for i, e in enumerate(report.timeline.events) if e.at is not None),
        key=lambda t: (_utc(t[0]), t[1]),
    )
    instants = {k: v for k, v in mt.instants.items() if v.value is not None}
    spans = [(k, mt.durations[k]) for k in _SPANS
             if k in mt.durations and mt.durations[k].value is not None]  # fmt: skip
    every = [at for at, _, _ in timed] + [i.value for i in instants.values() if i.value]
    tz, zone_label = _display_zone(every)
    xs = [float(date2num(_wall(at, tz))) for at, _, _ in timed]  # type: ignore[no-untyped-call]

    def num(at: dt.datetime) -> float:
        return float(date2num(_wall(at, tz)))  # type: ignore[no-untyped-call]

    # The axis spans the incident (its lifecycle instants) when they span any time, so that a
    # 13-minute incident is not drawn on two days of background entries; entries before or
    # after it are counted at the edges, and all of them are in the table.
    marks = sorted({num(i.value) for i in instants.values() if i.value})
    if len(marks) >= 2:
        lo, hi = marks[0], marks[-1]
    elif xs or marks:
        lo, hi = min(xs + marks), max(xs + marks)
    else:
        lo, hi = 0.0, 1.0
    pad = max((hi - lo) * 0.06, 2 / 1440)  # at least two minutes each side
    lo, hi = lo - pad, hi + pad
    before = [k for k, x in enumerate(xs) if x < lo]
    after = [k for k, x in enumerate(xs) if x > hi]
    inside = [k for k, x in enumerate(xs) if lo <= x <= hi]

    # The entries' table: number, wall time, plain text (untimed entries at the end).
    multi_day = len({_wall(at, tz).date() for at in every}) > 1
    fmt = "%Y-%m-%d %H:%M" if multi_day else "%H:%M"
    table = [f"{n:>3}  {_wall(at, tz).strftime(fmt)}  {plain_text(e.headline)}"
             for n, (at, _, e) in enumerate(timed, 1)]  # fmt: skip
    untimed = [e for e in report.timeline.events if e.at is None]
    for e in untimed:
        when = _shorten(plain_text(e.time_text) or "no time", 16)
        table.append(f"  -  {when}  {plain_text(e.headline)}")
    chars = int((width - 0.6) * 72 / (_FONT * 0.62))  # monospace advance is about 0.6 em
    table = [_shorten(line, chars) for line in table]

    lanes = [(k, inst) for k, inst in instants.items()]
    n_lanes = len(lanes) + len(spans)
    left_in, right_in = 2.6, 0.3
    plot_w = width - left_in - right_in
    fig = Figure(figsize=(width, 4))
    renderer = _canvas(fig)

    # Number labels: clusters of entries closer than a label's width share one label, then
    # each label goes to the lowest row where it overlaps nothing.
    px_per_day = plot_w * fig.dpi / (hi - lo)
    clusters: list[list[int]] = []
    for k in inside:
        if clusters and (xs[k] - xs[clusters[-1][0]]) * px_per_day < 3:
            clusters[-1].append(k)
        else:
            clusters.append([k])

    def numbers(c: list[int]) -> str:
        return str(c[0] + 1) if len(c) == 1 else f"{c[0] + 1}–{c[-1] + 1}"

    # (x, text, horizontal alignment) of every label; entries off the axis at its edges.
    marks_text = [((xs[c[0]] + xs[c[-1]]) / 2, numbers(c), "center") for c in clusters]
    if before:
        marks_text.insert(0, (lo, f"◀ {numbers(before)} earlier", "left"))
    if after:
        marks_text.append((hi, f"{numbers(after)} later ▶", "right"))
    probe = fig.text(0, 0, "", fontsize=_FONT)
    boxes = []
    for x, text, ha in marks_text:
        probe.set_text(text)
        w = probe.get_window_extent(renderer).width
        px = (x - lo) * px_per_day
        left = px - w / 2 if ha == "center" else px if ha == "left" else px - w
        boxes.append((left, left + w))
    probe.remove()
    order = sorted(range(len(boxes)), key=lambda i: boxes[i][0])
    placed = _levels([boxes[i] for i in order], gap=4)
    rows = [0] * len(boxes)
    for i, row in zip(order, placed, strict=True):
        rows[i] = row
    n_rows = max(rows, default=0) + 1

    # Heights in inches, top to bottom: title, entry numbers, lanes, axis, table.
    title_h = 0.45
    ev_h = 0.35 + n_rows * _ROW
    lanes_h = max(n_lanes, 1) * 0.3
    axis_h = 0.75
    table_h = len(table) * 0.16 + 0.3 if table else 0.0
    height = title_h + ev_h + lanes_h + axis_h + table_h
    fig.set_size_inches(width, height)

    def box(top: float, h: float) -> tuple[float, float, float, float]:
        return (left_in / width, 1 - (top + h) / height, plot_w / width, h / height)

    ax_ev = fig.add_axes(box(title_h, ev_h))
    ax = fig.add_axes(box(title_h + ev_h, lanes_h), sharex=ax_ev)
    ax_ev.set_xlim(lo, hi)
    ax_ev.set_ylim(-1, n_rows)
    ax_ev.plot([xs[k] for k in inside], [-0.55] * len(inside), "|", markersize=10, color="0.3")
    for (x, text, ha), row in zip(marks_text, rows, strict=True):
        ax_ev.text(x, row + 0.1, text, fontsize=_FONT, ha=ha, va="bottom")
        if row and ha == "center":
            ax_ev.plot([x, x], [-0.4, row + 0.05], color="0.8", linewidth=0.6, zorder=0)
    ax_ev.set_yticks([-0.55], ["timeline entries"], fontsize=_FONT)
    ax_ev.tick_params(axis="x", which="both", bottom=False, labelbottom=False)
    for side in ("top", "right", "bottom"):
        ax_ev.spines[side].set_visible(False)

    ticks, names = [], []
    y = 0
    for key, inst in lanes:
        colour, marker = _MILESTONE_STYLE.get(key, ("0.3", "o"))
        x = num(inst.value) if inst.value else 0.0
        ax.axvline(x, color=colour, linewidth=0.6, linestyle=":", zorder=0)
        ax.plot([x], [y], marker=marker, color=colour, markersize=8, linestyle="none")
        ticks.append(y)
        names.append(key.replace("_", " ") + (" (inferred)" if inst.inferred else ""))
        y -= 1
    for key, d in spans:
        start = mt.instants[d.start].value
        if start is None or d.value is None:
            continue
        x0, x1 = num(start), num(start + d.value)
        ax.barh(y, x1 - x0, left=x0, height=0.45, color="0.55", alpha=0.7)
        ticks.append(y)
        names.append(f"{key.replace('_', ' ')}: {format_duration(d.value)}")
        y -= 1
    ax.set_yticks(ticks, [_shorten(n, 34) for n in names], fontsize=_FONT)
    if ticks:
        ax.set_ylim(y + 0.5, 0.5)
    else:
        ax.set_ylim(-0.5, 0.5)
        ax.set_yticks([])
    locator = AutoDateLocator(minticks=3, maxticks=8)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    formatter = ConciseDateFormatter(locator)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_formatter(formatter)
    ax.tick_params(axis="x", labelsize=_FONT)
    ax.xaxis.get_offset_text().set_fontsize(_FONT)
    ax.set_xlabel(f"time ({zone_label})", fontsize=_FONT)
    ax.set_xlim(lo, hi)
    title = plain_text(report.title or "") or "Timeline"
    fig.text(left_in / width, 1 - 0.3 / height, _shorten(title, int(plot_w * 72 / 6.5)),
             fontsize=10, weight="bold", va="baseline")  # fmt: skip
    if not timed:
        ax_ev.text((lo + hi) / 2, 0, "no timed entries", fontsize=_FONT, ha="center",
                   color="0.4")  # fmt: skip

    top = title_h + ev_h + lanes_h + axis_h
    for k, line in enumerate(table):
        fig.text(0.3 / width, 1 - (top + 0.16 * (k + 1)) / height, line, fontsize=_FONT,
                 family="monospace", va="baseline")  # fmt: skip
    return fig


def _period_start(key: str) -> dt.date:
    return dt.date(int(key[:4]), int(key[5:7]) if len(key) > 4 else 1, 1)


def _next_period(day: dt.date, by: str) -> dt.date:
    if by == "year":
        return dt.date(day.year + 1, 1, 1)
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def plot_metric(
    reports: Reports | Iterable[tuple[str, m.Report]],
    *,
    by: str = "month",
    durations: tuple[str, ...] = ("time_to_repair", "time_to_detect"),
    stat: str = "median",
    log: bool = False,
) -> Any:
    """Median (or ``stat="mean"``/``"p90"``) durations across reports, by month, year or any
    other group of :data:`postmortem.metrics.GROUPS`.

    Months and years sit on a real time axis: a period without reports is a gap marked "no
    data", never a zero bar; other groups are categories, with reports lacking the field in
    a "(no severity)"-style group of their own. Every bar is labelled with its n (reports
    that have the duration); ``log=True`` uses a log scale. Returns a matplotlib Figure.
    """
    _need("matplotlib", "charts")
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch

    if stat not in ("mean", "median", "p90"):
        raise ValueError(f"stat must be mean, median or p90, not {stat!r}")
    items = reports.items if isinstance(reports, Reports) else list(reports)
    agg = aggregate(items, group_by=by)
    timed_axis = by in ("month", "year")
    keys = sorted(agg, key=lambda k: (k is None, str(k)))
    values = [getattr(agg[k][d], stat) for k in keys for d in durations if d in agg[k]]
    peak = max((v for v in values if v), default=60.0)
    unit, per = (("days", 1440.0) if peak >= 2 * 1440 else ("hours", 60.0) if peak >= 120
                 else ("minutes", 1.0))  # fmt: skip

    fig = Figure(figsize=(11, 4.6))
    renderer = _canvas(fig)
    ax = fig.add_axes((0.08, 0.2, 0.7, 0.68))
    colours = ["tab:blue", "tab:orange", "tab:green", "tab:red", "tab:purple"]
    if timed_axis:
        known = [k for k in keys if k is not None]
        first = _period_start(min(known)) if known else dt.date.today()
        last = _period_start(max(known)) if known else first
        periods = []
        day = first
        while day <= last:
            periods.append(day)
            day = _next_period(day, by)
        edges = [*periods, _next_period(periods[-1], by)]
        xs = [float(date2num(d)) for d in edges]  # type: ignore[no-untyped-call]
        key_of = {p: (p.strftime("%Y") if by == "year" else p.strftime("%Y-%m")) for p in periods}
        slots = [(xs[i], xs[i + 1] - xs[i], key_of[p]) for i, p in enumerate(periods)]
    else:
        slots = [(float(i), 1.0, k) for i, k in enumerate(keys)]
    width = 0.8 / max(len(durations), 1)
    labels: list[Any] = []
    zero_labels: list[Any] = []
    empty: list[tuple[float, float]] = []
    for x0, w, key in slots:
        group = agg.get(key)
        if group is None or all(group[d].count == 0 for d in durations if d in group):
            empty.append((x0, x0 + w))
            continue
        for j, name in enumerate(durations):
            a = group.get(name)
            left = x0 + w * (0.1 + j * width)
            value = getattr(a, stat) if a is not None else None
            if a is None or value is None:
                # No bar (missing is not zero), but its n of 0 is still said.
                t = ax.text(left + w * width / 2, 0, "0", fontsize=6.5, ha="center",
                            va="bottom", color="0.4")  # fmt: skip
                labels.append(t)
                zero_labels.append(t)
                continue
            h = value / per
            ax.bar(left, h, width=w * width, align="edge", color=colours[j % len(colours)])
            labels.append(ax.text(left + w * width / 2, h, str(a.count), fontsize=6.5,
                                  ha="center", va="bottom"))  # fmt: skip
    # Runs of empty periods are one shaded gap, labelled where the label fits.
    runs: list[list[float]] = []
    for a0, a1 in empty:
        if runs and abs(runs[-1][1] - a0) < 1e-9:
            runs[-1][1] = a1
        else:
            runs.append([a0, a1])
    for a0, a1 in runs:
        ax.axvspan(a0, a1, facecolor="0.92", hatch="///", edgecolor="0.8", linewidth=0)
    tallest = max((v / per for v in values if v), default=1.0)
    if log:
        ax.set_yscale("log")
        ax.set_ylim(None, tallest * 4)  # room above the tallest bar for its n
    else:
        ax.set_ylim(0, tallest * 1.2)
    ax.set_ylabel(f"{stat}, {unit}", fontsize=8)
    ax.margins(x=0.01)
    if timed_axis:
        locator = AutoDateLocator(minticks=3, maxticks=10)  # type: ignore[no-untyped-call]
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
        ax.set_xlim(slots[0][0], slots[-1][0] + slots[-1][1])
    else:
        names = [f"(no {by})" if k is None else str(k) for _, _, k in slots]
        ax.set_xticks([x0 + 0.5 for x0, _, _ in slots], [_shorten(n, 18) for n in names],
                      rotation=30, ha="right", fontsize=8)  # fmt: skip
        ax.set_xlim(-0.1, len(slots) + 0.1)
    ax.tick_params(axis="both", labelsize=8)
    fig.canvas.draw()
    ymin, ymax = ax.get_ylim()
    for t in zero_labels:
        t.set_y(ymin)
    # Gap labels and n labels that would collide are lifted onto free rows.
    for a0, a1 in runs:
        px = ax.transData.transform([(a0, 0), (a1, 0)])
        if px[1][0] - px[0][0] > 14:
            mid = ymax * 0.4 if not log else (ymin * ymax) ** 0.5
            labels.append(ax.text((a0 + a1) / 2, mid, "no data", fontsize=6.5, rotation=90,
                                  ha="center", va="bottom", color="0.45"))  # fmt: skip
    _unclash(labels, renderer, ax)
    handles = [Patch(color=colours[j % len(colours)], label=d.replace("_", " "))
               for j, d in enumerate(durations)]  # fmt: skip
    if runs:
        handles.append(Patch(facecolor="0.92", hatch="///", edgecolor="0.8", label="no data"))
    fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.8, 0.88), fontsize=8,
               frameon=False)  # fmt: skip
    skipped = sum(1 for _ in items) - sum(1 for _, r in items if not excluded(r))
    fig.text(0.08, 0.93, f"{stat.capitalize()} durations by {by}", fontsize=10, weight="bold")
    note = ("the number on each bar is its n, the reports that have that duration; a missing "
            "duration has no bar (0), never a zero-height one")  # fmt: skip
    if skipped:
        note += f"; {skipped} report(s) excluded by their front matter"
    # What the bars rest on: values from inferred instants are in them, flagged ones are not.
    plotted = [a for g in agg.values() for d, a in g.items() if d in durations]
    inferred, left_out = sum(a.inferred for a in plotted), sum(a.excluded for a in plotted)
    note += (f"\n{inferred} of the values rest on an inferred instant; {left_out} flagged "
             "value(s) left out (implausible)")  # fmt: skip
    fig.text(0.08, 0.01, note, fontsize=7, color="0.35", va="bottom")
    return fig


def _unclash(labels: list[Any], renderer: Any, ax: Any) -> None:
    """Move labels up (in display space) until none overlaps an earlier one."""
    placed: list[Any] = []
    for t in sorted(labels, key=lambda t: t.get_position()[0]):
        for _ in range(200):
            bb = t.get_window_extent(renderer)
            hit = next((p for p in placed if bb.overlaps(p)), None)
            if hit is None:
                break
            x, y = t.get_position()
            # Lift in display space by the overlap, then convert back to data.
            px, py = ax.transData.transform((x, y))
            py = hit.y1 + 2
            t.set_position(ax.transData.inverted().transform((px, py)))
            t.set_clip_on(False)
        placed.append(t.get_window_extent(renderer))


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
