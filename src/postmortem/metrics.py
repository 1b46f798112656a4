"""Incident metrics from the model: lifecycle instants, durations, and aggregates across reports.

Every instant says where it came from (a metadata field, a marked event, the wording of an
event) and every duration is named after its two end points, because "TTR" means different
things to different tools (see docs/metrics.md). Nothing here reads Markdown.
"""

from __future__ import annotations

import bisect
import datetime as dt
import statistics
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import attrs
from attrs import define, field

from postmortem import model as m
from postmortem.calendar import BusinessCalendar
from postmortem.durations import DurationSpec, MetricsConfig, SpecLike
from postmortem.durations import specs as specs_of
from postmortem.timestamps import format_duration, zone
from postmortem.vocabulary import STATED_METRIC_MEANINGS

__all__ = [
    "GROUPS",
    "PRESETS",
    "Aggregate",
    "Disagreement",
    "Duration",
    "Instant",
    "Metrics",
    "aggregate",
    "aggregate_rows",
    "classify",
    "excluded",
    "field_group",
    "group_keys",
    "metrics",
    "milestones_of",
    "report_columns",
    "report_row",
    "resolve_durations",
    "summarise",
]

MILESTONES = (
    "started",
    "detected",
    "declared",
    "acknowledged",
    "mitigated",
    "impact_ended",
    "resolved",
)

#: Longest believable duration; a longer one is flagged "too long" (a year or month typo).
MAX_DURATION = dt.timedelta(days=30)

#: Duration name -> (start milestone, end milestone), per preset.
PRESETS: dict[str, dict[str, tuple[str, str]]] = {
    "default": {
        "time_to_detect": ("started", "detected"),
        "time_to_acknowledge": ("detected", "acknowledged"),
        "time_to_mitigate": ("started", "mitigated"),
        "impact_duration": ("started", "impact_ended"),
        "time_to_repair": ("detected", "impact_ended"),
        "time_to_recover": ("mitigated", "impact_ended"),
        "time_to_resolve": ("started", "resolved"),
        "time_open": ("declared", "resolved"),
    },
    # Incident platforms that start every clock when the incident is declared.
    "declared": {
        "time_to_detect": ("started", "detected"),
        "time_to_acknowledge": ("declared", "acknowledged"),
        "time_to_mitigate": ("declared", "mitigated"),
        "impact_duration": ("started", "impact_ended"),
        "time_to_repair": ("declared", "impact_ended"),
        "time_to_resolve": ("declared", "resolved"),
        "time_open": ("declared", "resolved"),
    },
    # DORA's time to restore service / failed deployment recovery time: impact start to
    # restoration of service.
    "dora": {
        "time_to_restore": ("started", "impact_ended"),
    },
    # Clocks that start when the incident is detected (the alert, the page, the report): a
    # team's "time to resolve" from detection to resolution.
    "detected": {
        "time_to_acknowledge": ("detected", "acknowledged"),
        "time_to_mitigate": ("detected", "mitigated"),
        "time_to_repair": ("detected", "impact_ended"),
        "time_to_resolve": ("detected", "resolved"),
    },
    # Google SRE: the impact of an outage is the time to detect it plus the time to repair it
    # (see docs/metrics.md for how we read the end points).
    "google_sre": {
        "time_to_detect": ("started", "detected"),
        "time_to_repair": ("detected", "impact_ended"),
        "impact_duration": ("started", "impact_ended"),
    },
    # PagerDuty incidents are triggered by an alert: MTTA and MTTR run from the trigger.
    "pagerduty": {
        "time_to_acknowledge": ("detected", "acknowledged"),
        "time_to_resolve": ("detected", "resolved"),
    },
    # incident.io clocks run from when the incident is reported (declared) in the tool.
    "incident_io": {
        "time_to_acknowledge": ("declared", "acknowledged"),
        "time_to_mitigate": ("declared", "mitigated"),
        "time_to_resolve": ("declared", "resolved"),
        "impact_duration": ("started", "impact_ended"),
    },
    # Atlassian's four readings of MTTR's R, plus MTTA.
    "atlassian": {
        "time_to_acknowledge": ("detected", "acknowledged"),
        "time_to_recovery": ("started", "impact_ended"),
        "time_to_respond": ("detected", "impact_ended"),
        "time_to_repair": ("acknowledged", "impact_ended"),
        "time_to_resolve": ("started", "resolved"),
    },
}


def classify(event: m.TimelineEvent) -> m.Milestone | None:
    """The milestone an event marks: its explicit milestone, else the first one its wording names.

    Use :func:`milestones_of` for every milestone the wording names.
    """
    if event.milestone is not None:
        return event.milestone
    found = milestones_of(event)
    for name in reversed(MILESTONES):
        if m.Milestone(name) in found:
            return m.Milestone(name)
    return None


def milestones_of(event: m.TimelineEvent) -> set[m.Milestone]:
    """Every milestone an event's explicit marker or wording names.

    The wording was read by the parser (``event.cues``); an explicit ``milestone`` wins.
    """
    if event.milestone is not None:
        return {event.milestone}
    return set(event.cues)


@define(frozen=True)
class Instant:
    """A lifecycle instant, where it came from, or why it is missing."""

    name: str
    value: dt.datetime | None
    source: str = ""
    reason: str = ""
    events: tuple[int, ...] = ()
    line: int | None = None
    #: True when no field, marker or wording gave the instant and a fallback rule did.
    inferred: bool = False
    #: "minute"; "day" when the report gives only the day (the value is then midnight); "time"
    #: when it gives only the clock time (the value is then on a notional day, 2000-01-01, on
    #: which durations are counted: no date of the incident).
    precision: str = "minute"

    def __bool__(self) -> bool:
        return self.value is not None

    def isoformat(self, sep: str = "T") -> str | None:
        """The value as ISO 8601 text to its precision ("2022-09-07", "09:05:00"), or None."""
        if self.value is None:
            return None
        if self.precision == "day":
            return self.value.date().isoformat()
        if self.precision == "time":
            return self.value.timetz().isoformat()
        return self.value.isoformat(sep=sep)


@define(frozen=True)
class Duration:
    """A duration between two named instants, with its provenance or why it is missing."""

    name: str
    start: str
    end: str
    value: dt.timedelta | None
    reason: str = ""
    events: tuple[int, ...] = ()
    stated: m.StatedMetric | None = None
    disagrees: bool = False
    #: How far the stated figure may be from the computed one, from how precisely it is written.
    tolerance: dt.timedelta | None = None
    #: When the stated figure matches other end points its name allows, not this duration's:
    #: those end points ("detected -> resolved"). The report measures differently; no conflict.
    stated_reading: str | None = None
    #: Why the value is not believed, each "kind: detail" (kinds: negative, too long, flagged
    #: date, inferred). Aggregates leave flagged durations out unless asked to keep them.
    flags: tuple[str, ...] = ()
    #: "calendar" (wall-clock) or "business" (support hours of a calendar only).
    clock: str = "calendar"
    #: The wall-clock span between the two instants (equal to ``value`` on the calendar
    #: clock); plausibility limits apply to it.
    span: dt.timedelta | None = None

    @property
    def flagged(self) -> bool:
        """Whether any plausibility check failed (see ``flags``)."""
        return bool(self.flags)

    @property
    def minutes(self) -> float | None:
        """The duration in minutes (None when missing)."""
        return None if self.value is None else self.value.total_seconds() / 60

    def __str__(self) -> str:
        if self.value is None:
            return f"n/a ({self.reason})"
        text = format_duration(self.value) + (" business" if self.clock == "business" else "")
        return text + (f" (flagged: {'; '.join(self.flags)})" if self.flags else "")


@define(frozen=True)
class Disagreement:
    """A figure the report states that the computed duration it names does not match."""

    #: The stated figure ("Time to repair: 55 minutes").
    stated: m.StatedMetric
    #: The duration it was compared with, and that duration's value.
    duration: str
    computed: dt.timedelta
    tolerance: dt.timedelta
    #: The line of the stated figure, when the report was parsed from text.
    line: int | None = None

    def __str__(self) -> str:
        return (
            f"stated {self.stated.name} {self.stated.text!r} but the timeline gives "
            f"{format_duration(self.computed)} ({self.duration}, "
            f"tolerance {format_duration(self.tolerance)})"
        )


@define
class Metrics:
    """The instants and durations of one report."""

    instants: dict[str, Instant]
    durations: dict[str, Duration]
    preset: str = "default"
    #: Timeline entries left out because their date is not believed: (entry index, reason).
    excluded_events: tuple[tuple[int, str], ...] = ()
    #: Stated figures that differ from the duration they name by more than their precision.
    disagreements: tuple[Disagreement, ...] = ()
    #: The day the incident began and counts on in groups: the start's day when a start is
    #: known (stated, or inferred and marked so in ``started_at``), else the detection's, else
    #: the report's date. A report dated on publication tells of an incident days or weeks
    #: before; its timeline and prose say which day.
    incident_date: dt.date | None = None

    @property
    def started_at(self) -> Instant:
        """The started instant."""
        return self.instants["started"]

    @property
    def detected_at(self) -> Instant:
        """The detected instant."""
        return self.instants["detected"]

    @property
    def declared_at(self) -> Instant:
        """The declared instant."""
        return self.instants["declared"]

    @property
    def acknowledged_at(self) -> Instant:
        """The acknowledged instant."""
        return self.instants["acknowledged"]

    @property
    def mitigated_at(self) -> Instant:
        """The mitigated instant."""
        return self.instants["mitigated"]

    @property
    def impact_ended_at(self) -> Instant:
        """The impact ended instant."""
        return self.instants["impact_ended"]

    @property
    def resolved_at(self) -> Instant:
        """The resolved instant."""
        return self.instants["resolved"]

    def duration(self, name: str) -> Duration:
        """A duration by name; a missing one (not in this preset) says so in its reason."""
        found = self.durations.get(name)
        if found is None:
            return Duration(name, "", "", None, f"not in the {self.preset!r} preset")
        return found

    @property
    def time_to_detect(self) -> Duration:
        """Started -> detected in the default preset (see docs/metrics.md)."""
        return self.duration("time_to_detect")

    @property
    def time_to_acknowledge(self) -> Duration:
        """Detected -> acknowledged in the default preset (see docs/metrics.md)."""
        return self.duration("time_to_acknowledge")

    @property
    def time_to_mitigate(self) -> Duration:
        """Started -> mitigated in the default preset (see docs/metrics.md)."""
        return self.duration("time_to_mitigate")

    @property
    def impact_duration(self) -> Duration:
        """Started -> impact ended in the default preset (see docs/metrics.md)."""
        return self.duration("impact_duration")

    @property
    def time_to_repair(self) -> Duration:
        """Detected -> impact ended in the default preset (see docs/metrics.md)."""
        return self.duration("time_to_repair")

    @property
    def time_to_recover(self) -> Duration:
        """Mitigated -> impact ended in the default preset (see docs/metrics.md)."""
        return self.duration("time_to_recover")

    @property
    def time_to_resolve(self) -> Duration:
        """Started -> resolved in the default preset (see docs/metrics.md)."""
        return self.duration("time_to_resolve")

    @property
    def time_open(self) -> Duration:
        """Declared -> resolved in the default preset (see docs/metrics.md)."""
        return self.duration("time_open")

    def inferred_ends(self, name: str) -> tuple[str, ...]:
        """The end points of duration ``name`` that rest on an inferred instant (a fallback
        rule gave them, not a field, marker or wording), in order; empty when none does."""
        d = self.duration(name)
        return tuple(
            x for x in dict.fromkeys((d.start, d.end)) if x in self.instants
            and self.instants[x].inferred
        )  # fmt: skip

    def as_row(self) -> dict[str, Any]:
        """One flat row: instants as ISO strings, durations in minutes, then ``inferred`` (the
        instants a fallback gave) and ``flagged`` (each flagged duration and why)."""
        row: dict[str, Any] = {}
        for k, v in self.instants.items():
            row[f"{k}_at"] = v.isoformat()
        for k, d in self.durations.items():
            row[f"{k}_minutes"] = None if d.minutes is None else round(d.minutes, 2)
        # No figure hides what it rests on: inferred instants and flagged durations, by name.
        row["inferred"] = ", ".join(k for k, v in self.instants.items() if v.inferred) or None
        row["flagged"] = "; ".join(f"{k}: {f}" for k, d in self.durations.items()
                                   for f in d.flags) or None  # fmt: skip
        return row


def metrics(
    report: m.Report,
    *,
    preset: str = "default",
    durations: Mapping[str, SpecLike] | None = None,
    overrides: Mapping[str, dt.datetime | None] | None = None,
    tolerance: dt.timedelta | None = None,
    strict: bool | None = None,
    max_duration: dt.timedelta | None = None,
    calendar: BusinessCalendar | None = None,
    config: MetricsConfig | None = None,
) -> Metrics:
    """Lifecycle instants and durations of a report.

    ``preset`` names the durations measured (:data:`PRESETS`, or a preset of ``config``);
    ``durations`` adds or redefines named durations between two milestones
    (``{"time_to_resolve": ("detected", "resolved")}``, ``"detected..resolved"``, or a
    :class:`~postmortem.durations.DurationSpec` with ``clock="business"``, measured in the
    support hours of ``calendar``). ``config`` (see :func:`~postmortem.durations.load_config`)
    supplies presets, durations, a calendar, a limit and strictness the other arguments do not.

    ``overrides`` sets any milestone by name ("started", "resolved", ...) and wins over what the
    report says. Each stated duration ("Time to Detect: 15 minutes") is compared with exactly
    one computed duration, the one its name means (see docs/metrics.md); ``disagrees`` is set,
    and the pair listed in ``Metrics.disagreements``, when both have a value and they differ by
    more than the figure's precision ("1h" +-30 min, "55 minutes" +-1 min, "about 3 hours"
    +-1 h) or by more than ``tolerance`` when given.

    A duration is flagged (``Duration.flags``) when it is negative, longer than
    ``max_duration`` (default 30 days, wall-clock), or rests on a milestone whose timeline entry
    has a flagged date; with ``strict=True`` also when it rests on an inferred instant (one no
    field, marker or wording gave).
    """
    cfg = config or MetricsConfig()
    specs = resolve_durations(preset, durations, cfg)
    cal = calendar or cfg.calendar
    strict = bool(strict if strict is not None else cfg.strict)
    limit = max_duration or cfg.max_duration or MAX_DURATION
    instants = _instants(report)
    for name, value in (overrides or {}).items():
        if name not in MILESTONES:
            raise KeyError(f"unknown milestone {name!r}; choose from {', '.join(MILESTONES)}")
        instants[name] = Instant(name, value, source="override", reason="set in code")
    flagged = tuple((i, e.flag) for i, e in enumerate(report.timeline.events) if e.flag is not None)
    doubted = _doubted(report, flagged)
    computed: dict[str, Duration] = {}
    for dname, sp in specs.items():
        d = _duration(dname, instants[sp.start], instants[sp.end], sp.clock, cal)
        computed[dname] = _checked(d, instants, doubted, strict=strict, limit=limit)
    disagreements: list[Disagreement] = []
    for sm, target, readings, line in _stated(report):
        found = _attach(computed, instants, sm, target, readings, line, tolerance)
        if found is not None:
            disagreements.append(found)
    # A clock time alone (precision "time") tells no day: the report's date does, or none.
    # A start inferred from the report's date says no more than that date.
    start = next(
        (i.value for i in (instants["started"], instants["detected"])
         if i.value is not None and i.precision != "time"
         and not (i.inferred and i.source == "metadata.date")),
        None,
    )  # fmt: skip
    day = start.date() if start is not None else report.metadata.date
    return Metrics(instants, computed, preset, flagged, tuple(disagreements), day)


def resolve_durations(
    preset: str,
    durations: Mapping[str, SpecLike] | None = None,
    config: MetricsConfig | None = None,
) -> dict[str, DurationSpec]:
    """The durations a call measures: the preset's (built in or from ``config``), then the
    config's own durations, then ``durations`` given in code, a later name redefining an
    earlier one."""
    cfg = config or MetricsConfig()
    if preset in cfg.presets:
        out = dict(cfg.presets[preset])
    elif preset in PRESETS:
        out = {k: DurationSpec(a, b) for k, (a, b) in PRESETS[preset].items()}
    else:
        names = [*PRESETS, *cfg.presets]
        raise KeyError(f"unknown preset {preset!r}; choose from {', '.join(names)}")
    out.update(cfg.durations)
    out.update(specs_of(durations or {}))
    return out


def _doubted(
    report: m.Report, flagged: tuple[tuple[int, str], ...]
) -> dict[str, list[tuple[int, str]]]:
    """Milestone -> the left-out entries (flagged dates) that name it, and why each was."""
    out: dict[str, list[tuple[int, str]]] = {}
    for i, why in flagged:
        for ms in milestones_of(report.timeline.events[i]):
            out.setdefault(ms.value, []).append((i, why))
    return out


def _checked(
    d: Duration,
    instants: Mapping[str, Instant],
    doubted: Mapping[str, list[tuple[int, str]]],
    *,
    strict: bool,
    limit: dt.timedelta,
) -> Duration:
    """``d`` with the reasons its value is not to be believed."""
    flags: list[str] = []
    if d.reason.startswith("negative span"):
        flags.append("negative: " + d.reason.removeprefix("negative span: "))
    if d.span is not None and d.span > limit:
        flags.append(f"too long: {format_duration(d.span)} is over the "
                     f"{format_duration(limit)} limit")  # fmt: skip
    for end in (d.start, d.end) if d.value is not None else ():
        inst = instants.get(end)
        if inst is None:
            continue
        # An entry naming this milestone was left out for its date: what stands in (a fallback,
        # or a later entry) may be a substitute for the real one.
        for i, why in doubted.get(end, ()):
            if inst.inferred or (inst.events and i < inst.events[0]):
                flags.append(f"flagged date: timeline entry {i + 1} names {end} but {why}")
                break
        if strict and inst.inferred:
            flags.append(f"inferred: {end} ({inst.reason})")
    return attrs.evolve(d, flags=tuple(flags)) if flags else d


def _tolerance(sm: m.StatedMetric) -> dt.timedelta:
    """How far a stated figure may be from the timeline: half its smallest unit ("1h" +-30
    min), at least a minute (timelines give minutes); a hedged figure ("about 3 hours") the
    whole unit or a quarter of its value, whichever is wider. The parser read the unit and
    the hedge (``StatedMetric.precision``, ``approximate``)."""
    step = (sm.precision or dt.timedelta(minutes=1)).total_seconds()
    seconds = (
        max(step, 0.25 * (sm.duration or dt.timedelta()).total_seconds())
        if sm.approximate
        else (step / 2)
    )
    return dt.timedelta(seconds=max(seconds, 60.0))


def _attach(
    durations: dict[str, Duration],
    instants: dict[str, Instant],
    sm: m.StatedMetric,
    target: str,
    readings: tuple[tuple[str, str], ...],
    line: int | None,
    tolerance: dt.timedelta | None,
) -> Disagreement | None:
    """Attach a stated figure to the one duration it means and compare them.

    The duration named like the figure wins; else the first reading of the name this preset
    measures. The figure is never moved to another duration because that one happens to agree
    (a "Time to repair" is not an impact duration). It disagrees when both values exist and
    no reading its name allows comes within its tolerance; when another reading does, that
    reading is kept in ``stated_reading``.
    """
    assert sm.duration is not None
    by_ends = {(d.start, d.end): name for name, d in durations.items()}
    name = (
        target
        if target in durations
        else next((by_ends[r] for r in readings if r in by_ends), None)
    )
    if name is None or durations[name].stated is not None:
        return None
    d = durations[name]
    tol = tolerance if tolerance is not None else _tolerance(sm)
    if "day" in (instants[d.start].precision, instants[d.end].precision):
        tol += dt.timedelta(days=1)  # an instant known to the day only
    other = None
    if d.value is not None and abs(d.value - sm.duration) > tol:
        other = next(
            (f"{a} -> {b}" for a, b in readings
             if (a, b) != (d.start, d.end) and _agrees(instants, (a, b), sm.duration, tol)),
            "",
        )  # fmt: skip
    # A figure another reading of its name explains is not a conflict with the timeline.
    disagrees = other == ""
    durations[name] = attrs.evolve(
        d, stated=sm, disagrees=disagrees, tolerance=tol, stated_reading=other or None
    )
    return Disagreement(sm, name, d.value, tol, line) if disagrees and d.value is not None else None


def _agrees(
    instants: dict[str, Instant],
    reading: tuple[str, str],
    stated: dt.timedelta,
    tolerance: dt.timedelta,
) -> bool:
    a, b = instants[reading[0]].value, instants[reading[1]].value
    if a is None or b is None or not _comparable(a, b):
        return False
    return abs((b - a) - stated) <= tolerance


def _comparable(a: dt.datetime, b: dt.datetime) -> bool:
    return (a.tzinfo is None) == (b.tzinfo is None)


def _duration(
    name: str,
    a: Instant,
    b: Instant,
    clock: str = "calendar",
    calendar: BusinessCalendar | None = None,
) -> Duration:
    events = a.events + b.events
    if a.value is None or b.value is None:
        missing = a if a.value is None else b
        reason = f"no {missing.name} instant" + (f" ({missing.reason})" if missing.reason else "")
        return Duration(name, a.name, b.name, None, reason, events, clock=clock)
    if (a.value.tzinfo is None) != (b.value.tzinfo is None):
        return Duration(name, a.name, b.name, None, "one instant has a zone, the other not",
                        events, clock=clock)  # fmt: skip
    days = (a.precision == "day", b.precision == "day")
    if any(days) and not (all(days) and a.value.date() != b.value.date()):
        # A day's midnight against a time of day (or the same day) measures nothing: only
        # whole days between two days are known.
        return Duration(name, a.name, b.name, None, "an instant is known to the day only",
                        events, clock=clock)  # fmt: skip
    # Aware instants are subtracted in UTC: two instants sharing a zone object subtract as
    # wall-clock times in Python, which is an hour off across a DST change.
    # (Wall-clock difference less the offsets' difference: the same, and no overflow on the
    # last day a datetime holds, as converting 9999-12-31 PST to UTC would.)
    value = b.value.replace(tzinfo=None) - a.value.replace(tzinfo=None)
    if a.value.tzinfo:
        value -= (b.value.utcoffset() or dt.timedelta(0)) - (a.value.utcoffset() or dt.timedelta(0))
    if value < dt.timedelta(0):
        return Duration(
            name, a.name, b.name, None,
            f"negative span: {a.name} {a.value.isoformat()} is after {b.name} "
            f"{b.value.isoformat()}", events, clock=clock,
        )  # fmt: skip
    reason = f"{a.name} ({a.source}) -> {b.name} ({b.source})"
    if clock == "business":
        if calendar is None:
            return Duration(name, a.name, b.name, None, "business time needs a calendar "
                            "(calendar=BusinessCalendar(...) or [tool.postmortem.calendar])",
                            events, clock=clock, span=value)  # fmt: skip
        naive = "" if a.value.tzinfo else "; the report gives no zone, taken as the calendar's"
        return Duration(name, a.name, b.name, calendar.business_time(a.value, b.value),
                        f"{reason}; business hours {calendar}{naive}", events,
                        clock=clock, span=value)  # fmt: skip
    return Duration(name, a.name, b.name, value, reason, events, span=value)


def _stated(
    report: m.Report,
) -> list[tuple[m.StatedMetric, str, tuple[tuple[str, str], ...], int | None]]:
    """Stated durations with the duration each means, the readings its name allows and the
    line of each figure, as the parser read them (``StatedMetric.meaning``, ``readings``)."""
    out: list[tuple[m.StatedMetric, str, tuple[tuple[str, str], ...], int | None]] = []
    doc = report._source
    line_of = doc.source.line_of if doc is not None else None
    stated = [(sm, _origin_line(sm, line_of)) for sm in report.stated_metrics]
    md_duration = report.metadata.duration
    # A "Duration" metadata field is a stated figure too (the parser read its key and text),
    # unless the metrics list repeats it; one set in code means the impact.
    fields = [f for f in report.stated_fields if f.duration == md_duration]
    if md_duration is not None and not fields:
        impact = "impact_duration"
        fields = [m.StatedMetric("Duration", format_duration(md_duration), md_duration,
                                 meaning=impact, readings=_readings(impact))]  # fmt: skip
    for f in fields:
        if not any(sm.duration == f.duration and sm.meaning in _DURATION_FIELD_MEANINGS
                   for sm, _ in stated):  # fmt: skip
            stated.append((f, _origin_line(f, line_of)))
    for sm, line in stated:
        if sm.duration is not None and sm.meaning is not None:
            out.append((sm, sm.meaning, sm.readings, line))
    return out


#: What a "Duration" field can mean (its key decides: "Total Duration" is the whole incident).
_DURATION_FIELD_MEANINGS = ("impact_duration", "time_to_resolve")


def _readings(meaning: str) -> tuple[tuple[str, str], ...]:
    """The end points a figure meaning ``meaning`` may be measured between."""
    return next((tuple(r) for _, target, r in STATED_METRIC_MEANINGS if target == meaning), ())


def _origin_line(sm: m.StatedMetric, line_of: Callable[[int], int] | None) -> int | None:
    origin = sm._origin
    return line_of(origin.span[0]) if origin is not None and line_of is not None else None


_UNDATED = m.TimelineEvent(at=None, text="")


def _timeline_instants(report: m.Report) -> list[tuple[int, m.TimelineEvent, dt.datetime]]:
    """Events with an instant. Time-only events (no day known) are laid on one notional day."""
    out: list[tuple[int, m.TimelineEvent, dt.datetime]] = []
    # An entry whose date the parser flagged (a year typo, a five-digit year) is no evidence.
    events = [e if e.flag is None else _UNDATED for e in report.timeline.events]
    if any(e.at is not None for e in events):
        dated = [(i, e, e.at) for i, e in enumerate(events) if e.at is not None]
        if not report.timeline.newest_first:
            dated = _with_days(events, dated)
        return dated[::-1] if report.timeline.newest_first else dated
    if not any(e.time is not None for e in events):
        # A timeline of days only ("2022-09-07: release attempted"): instants of day precision.
        return [
            (i, e, dt.datetime.combine(e.date, dt.time()))
            for i, e in enumerate(events)
            if e.date is not None
        ]
    day = dt.date(2000, 1, 1)
    prev: dt.datetime | None = None
    for i, e in enumerate(events):
        if e.time is None:
            continue
        at = dt.datetime.combine(day, e.time)
        if (
            prev is not None
            and (prev.tzinfo is None) == (at.tzinfo is None)
            and prev - at > (dt.timedelta(hours=3))
        ):
            day += dt.timedelta(days=1)
            at += dt.timedelta(days=1)
        prev = at
        out.append((i, e, at))
    return out


def _with_days(
    events: Sequence[m.TimelineEvent], dated: list[tuple[int, m.TimelineEvent, dt.datetime]]
) -> list[tuple[int, m.TimelineEvent, dt.datetime]]:
    """The timed entries, and between them the entries known to the day only whose day falls
    strictly between the days of the timed entries around them ("2026-04-16 17:56 deploy
    erased the vhost", then "2026-05-16 Miquel discovered the outage", "2026-05-16 Manual
    fix on the server"): each is at its day's midnight, of day precision, in its place. One
    on the day of a timed neighbour has no place among that day's times, and stays out."""
    days = [
        (i, e)
        for i, e in enumerate(events)
        if e.at is None and e.date is not None and e.time is None
    ]
    if not days:
        return dated
    out = list(dated)
    # After the last timed entry only while no timed entry ends the incident: a follow-up
    # ("2024-03-08 Permanent fix deployed and the ticket closed") after "10:00 Incident
    # resolved" does not take the resolution from its time to a day.
    ends = (m.Milestone.IMPACT_ENDED, m.Milestone.RESOLVED)
    ended = any(e.milestone in ends or set(e.cues) & set(ends) for _, e, _ in dated)
    last = dated[-1][0]
    places = [j for j, _, _ in dated]  # in reading order: the neighbours are found by bisection
    for i, e in days:
        assert e.date is not None
        if ended and i > last:
            continue
        k = bisect.bisect_left(places, i)  # dated[k - 1] before the entry, dated[k] after it
        if k == 0:
            # Before the first time: a precursor's day, not the response's; unless its marker
            # starts the incident ("24–25/09 ... **Início da exposição.**", a leak exposed
            # days before the review found it), not words alone ("Previous incident: the
            # site went down").
            if e.milestone is not m.Milestone.STARTED:
                continue
        elif dated[k - 1][2].date() >= e.date:
            continue
        if k < len(dated) and dated[k][2].date() <= e.date:
            continue
        zone_of = dated[max(k - 1, 0)][2].tzinfo
        out.append((i, e, dt.datetime.combine(e.date, dt.time(), tzinfo=zone_of)))
    return sorted(out, key=lambda hit: hit[0])


def _instants(report: m.Report) -> dict[str, Instant]:
    """Each milestone from, in order of trust: metadata, explicit markers, wording, fallbacks."""
    md = report.metadata
    timed = _timeline_instants(report)
    notional = bool(timed) and all(e.at is None for _, e, _ in timed)
    days_only = notional and all(e.time is None for _, e, _ in timed)
    marked: dict[str, list[_Hit]] = {k: [] for k in MILESTONES}
    worded: dict[str, list[_Hit]] = {k: [] for k in MILESTONES}
    for hit in timed:
        ev = hit[1]
        if ev.milestone is not None:
            marked[ev.milestone.value].append(hit)
        # A marked event's words still count for other milestones: "**OUTAGE BEGINS** -
        # Automated message ... about timeouts" is also the first alert.
        for ms in ev.cues:
            if ev.milestone is None or ms is not ev.milestone:
                worded[ms.value].append(hit)
    # A failure worded after the team's first mitigation is a later wave, not the start:
    # "Distributors begin crashing with OOMKilled (thundering herd)" after "Fix deployed: PVC
    # increased" (a home cluster's Kafka outage). The start is then the first failing entry,
    # as when nothing words it.
    first_fix = _first_mitigation(timed)
    if first_fix is not None:
        # Later in the log and on the clock: a log out of order (a newest-first page whose
        # updates run forwards within an incident) proves nothing by position alone.
        fix_at = timed[first_fix][2]
        waves = {id(h) for h in timed[first_fix + 1 :] if _earlier(fix_at, h[2])}
        worded["started"] = [h for h in worded["started"] if id(h) not in waves]

    def from_event(name: str, hit: _Hit, why: str) -> Instant:
        i, e, at = hit
        note = f"{why}: {e.headline[:60]!r}" if e.headline else why
        if days_only:
            note += "; the report gives only the day"
        elif notional:
            note += "; the report gives no date, so times are taken as one day"
        # An entry known to the day only, among timed ones (``_with_days``): its day.
        day_only = days_only or (e.at is None and not notional)
        precision = "day" if day_only else "time" if notional else "minute"
        return Instant(
            name,
            at,
            f"timeline entry {i + 1} (line {e.line})",
            note,
            (i,),
            e.line,
            precision=precision,
        )

    zone_of_report = zone(report.timeline.timezone) if report.timeline.timezone else None
    # The zone every timeline instant carries, if they share one: a naive field is in it too.
    zones = {at.utcoffset() for _, _, at in timed}
    timed_zone = timed[0][2].tzinfo if timed and len(zones) == 1 and None not in zones else None

    def field(name: str, value: dt.datetime | None, path: str) -> Instant | None:
        if value is None:
            return None
        return Instant(name, in_zone(value), path, "stated in the report")

    def in_zone(value: dt.datetime) -> dt.datetime:
        if zone_of_report is not None and value.tzinfo is not None:
            value = value.astimezone(zone_of_report)  # shown in the zone the report uses
        elif timed_zone is not None:
            # "date: 2023-07-10 22:13:00" over updates stamped "22:34 UTC": their zone.
            value = value.replace(tzinfo=timed_zone)
        elif zone_of_report is not None and not timed:
            # No timeline, and the zone the report's times are written in ("date: 2025-11-21
            # 16:30:00" over "from Nov 21, 2025, 4:30pm until Nov 22, 2025, 8:27pm UTC").
            value = value.replace(tzinfo=zone_of_report)
        return value

    def by_wording(name: str, *, last: bool = False, after: dt.datetime | None = None
                   ) -> Instant | None:  # fmt: skip
        pool = [h for h in worded[name] if after is None or _not_before(h[2], after)]
        return from_event(name, pool[-1] if last else pool[0], "wording") if pool else None

    def pick(name: str, *, last: bool = False, after: dt.datetime | None = None) -> Instant | None:
        if marked[name]:
            hit = marked[name][-1] if last else marked[name][0]
            return from_event(name, hit, "marked")
        return by_wording(name, last=last, after=after)

    def missing(name: str, why: str) -> Instant:
        return Instant(name, None, reason=why)

    out: dict[str, Instant] = {}
    prose = {
        e.milestone.value: e
        for e in reversed(report.evidence)
        if e.at is not None and e.precision == "minute" and e.source != m.AFTER_LEAD_IN
    }
    prose_days = {
        e.milestone.value: e
        for e in reversed(report.evidence)
        if e.at is not None and e.precision == "day"
    }

    def said(name: str, *, days: bool = False) -> Instant | None:
        ev = (prose_days if days else prose).get(name)
        if ev is None or ev.at is None:
            return None
        at = in_zone(ev.at) if ev.kind == "field" and ev.precision == "minute" else ev.at
        guessed = _GUESSED_DAYS.get(ev.kind)
        if guessed is not None:
            return Instant(
                name, at, ev.source, f"inferred: {guessed.format(ev.quote)}", line=ev.line,
                inferred=True, precision=ev.precision,
            )  # fmt: skip
        return Instant(
            name, at, ev.source, f"stated: {ev.quote!r}", line=ev.line, precision=ev.precision
        )

    stated_start = field("started", md.started_at, "metadata.started_at")
    if stated_start is not None and any(
        e.source == m.LATE_OPENING for e in report.evidence if e.milestone is m.Milestone.STARTED
    ):
        # A status page opened after the first update its own log stamps (the parser's
        # evidence): its log dates the failure, from the first entry.
        stated_start = None
    started = (
        stated_start
        or (pick("started") if marked["started"] else None)
        or said("started")
        or pick("started")
    )
    if started is None and not timed:
        started = said("started", days=True)
    if started is None and timed:
        # A day the prose starts the incident on, before the timeline's first day: an
        # exposure or a failure that went unseen for weeks before the response it logs.
        early = said("started", days=True)
        if (
            early is not None
            and early.value is not None
            and not notional
            and early.value.date() < timed[0][2].date()
        ):
            started = _on_clock_of(early, timed[0][2])
    stated_day = said("started", days=True) if started is None and timed and not notional else None
    if stated_day is not None and stated_day.value is not None:
        # A day the report states the start on, after the timeline's first day ("**发生时间**:
        # 2026-01-12" over entries from "2026-01-11 20:10", the upgrade that led to it): the
        # first entry of that day (the day before it is the prose's "early" start above).
        day = stated_day.value.date()
        first_of_day = next((h for h in timed[1:] if h[2].date() >= day), None)
        if first_of_day is not None and first_of_day[2].date() == day and timed[0][2].date() < day:
            started = from_event(
                "started", first_of_day, f"the first entry of the day stated ({stated_day.reason})"
            )
    ends_only = len(timed) == 1 and bool(
        {m.Milestone.IMPACT_ENDED, m.Milestone.RESOLVED} & set(timed[0][1].cues)
    )
    if started is None and timed and not ends_only:
        # One entry that tells the end ("_**Edit de 12h15 :** Le nouveau serveur est en place,
        # tout devrait désormais fonctionner à nouveau !_", an update atop Flus's notice) is
        # no start. Else the first entry, or the first after a lead-in the parser found (a
        # change merged, a rollout begun, quiet work before the first entry that tells the
        # failure, or days of it before the report's own day).
        # Found by its line: an edit of its time keeps it the entry after the lead-in.
        after_lead_in = next((e.line for e in report.evidence if e.source == m.AFTER_LEAD_IN), None)
        lead_end = next(
            (h for h in timed[1:] if after_lead_in is not None and h[1].line == after_lead_in),
            None,
        )
        started = attrs.evolve(
            from_event(
                "started",
                lead_end,
                "inferred: first timeline entry after its lead-in (work before the failure)",
            )
            if lead_end is not None
            else from_event(
                "started", timed[0], "inferred: first timeline entry (no explicit start)"
            ),
            inferred=True,
        )
    out["started"] = started or missing("started", "no start time in the report")
    # Only a start the report states (field, marker, summary) bounds the detection; a start
    # read from wording or inferred may be a precursor the detection legitimately precedes.
    trusted = out["started"].source in ("metadata.started_at", "metadata.date", "summary") or bool(
        marked["started"]
    )
    s_at = out["started"].value if trusted else None
    detected = (
        field("detected", md.detected_at, "metadata.detected_at")
        or (pick("detected", after=s_at) if marked["detected"] else None)
        or pick("detected", after=s_at)
        or said("detected")
    )
    # Responders who declared or acknowledged the incident knew of it: when that comes before
    # any detection wording in the timeline (or there is none), it dates the detection.
    knew = [
        (got.value, got, alt)
        for alt in ("declared", "acknowledged")
        if (got := pick(alt, after=s_at)) is not None and got.value is not None
    ]
    if knew:
        when, got, alt = knew[0]
        if len(knew) > 1 and _earlier(knew[1][0], when):
            when, got, alt = knew[1]  # acknowledged before it was declared
        if detected is None or (
            detected.events and detected.value is not None and _earlier(when, detected.value)
        ):
            why = "no detection event" if detected is None else "before any detection wording"
            detected = Instant("detected", when, got.source,
                               f"inferred: {why}; taken from {alt} ({got.reason})",
                               got.events, got.line, True, got.precision)  # fmt: skip
    early = said("detected", days=True) if timed and not notional else None
    if (
        early is not None
        # Not over a field that states it ("| **Detected** | `2022-04-28 10:34` |", COG-UK).
        and (detected is None or detected.source != "metadata.detected_at")
        and early.value is not None
        and (
            detected is None or detected.value is None or early.value.date() < detected.value.date()
        )
        and (s_at is None or early.value.date() >= s_at.date())
    ):
        # A day the prose says the problem was found, before the day of the detection the
        # timeline gives (or with none): the response it logs began later.
        detected = _on_clock_of(early, timed[0][2])
    out["detected"] = (
        detected
        or (said("detected", days=True) if not timed else None)
        or missing("detected", "no detection event or field")
    )
    d_at = out["detected"].value or s_at
    out["declared"] = (
        field("declared", md.declared_at, "metadata.declared_at")
        or pick("declared")
        or missing("declared", "no declaration event or field")
    )
    out["acknowledged"] = (
        field("acknowledged", md.acknowledged_at, "metadata.acknowledged_at")
        or pick("acknowledged", after=d_at)
    ) or missing("acknowledged", "no acknowledgement event")
    # A mitigation comes after the failure it reduces: a fix applied before the start the
    # entries' words give ("Fix ... applied to testnet" at 10:41, "Block production halts" at
    # 12:38) is the trigger's, not the incident's. (Unlike the detection, which a start read
    # from wording may follow.)
    worded_start = out["started"].value if not out["started"].inferred else None
    r_at = d_at or worded_start
    # A report without a timeline dates its steps in sentences ("I rolled back at 10:19").
    out["mitigated"] = (
        field("mitigated", md.mitigated_at, "metadata.mitigated_at")
        or _first_reduced(pick("mitigated", after=r_at), by_wording("mitigated", after=r_at))
        or (said("mitigated") if not timed else None)
        or (said("mitigated", days=True) if not timed else None)
        or missing("mitigated", "no mitigation event")
    )
    m_at = out["mitigated"].value or d_at
    out["impact_ended"] = (
        field("impact_ended", md.repaired_at, "metadata.repaired_at")
        or (pick("impact_ended", after=m_at) if marked["impact_ended"] else None)
        or said("impact_ended")
        or pick("impact_ended", after=m_at)
        or (said("impact_ended", days=True) if not timed else None)
        or missing("impact_ended", "no end of impact")
    )
    # A stated end before the timeline's first entry ends nothing it logs: dogsbodytech's
    # imported status files set "resolvedWhen" to the post's opening, before its updates.
    first_at = timed[0][2] if timed and not notional else None
    ended = _after_start(md.ended_at, md.started_at, _log_goes_on(md.ended_at, timed, first_at))
    resolved = (
        field(
            "resolved",
            _after_start(
                md.resolved_at, md.started_at, _log_goes_on(md.resolved_at, timed, first_at)
            ),
            "metadata.resolved_at",
        )
        or field("resolved", ended, "metadata.ended_at")
        or pick("resolved", after=d_at, last=True)
        or (said("resolved") if not timed else None)
        or (said("resolved", days=True) if not timed else None)
    )
    if (
        resolved is not None
        and resolved.source == "metadata.status"
        and resolved.precision == "day"
        and resolved.value
    ):
        # No guess at all where the report dates anything on another day ("On May 1 the API
        # was down" in a report of May 2, a detection field of April 28): the status then
        # says nothing of when, and a guess would measure days that were never stated.
        others = [*out.values(), started] if started is not None else list(out.values())
        if _another_day(resolved, others):
            resolved = None
    if resolved is not None and resolved.source.startswith("metadata.") and resolved.value:
        # The log goes on after the resolution its field states: an update that resolves
        # again later ("Reopened" then "Full service has been restored" two days on,
        # sourcehut's status page; a "Resolved" update two days after "resolvedWhen", over
        # a "Monitoring" one, UVA CNS's) is the resolution, and the field a stale one.
        stated = resolved.value
        later: Instant | None = None
        for name in ("resolved", "impact_ended"):
            cand = pick(name, last=True, after=stated)
            if cand is None or cand.value is None or not _earlier(stated, cand.value):
                continue
            if cand.value - stated < _SAME_MOMENT:
                continue  # "Closed: 10:12 AM" and "10:12:10 We closed the incident": one
            if later is None or (later.value is not None and _earlier(later.value, cand.value)):
                later = cand
        if later is not None:
            resolved = attrs.evolve(
                later, reason=f"{later.reason}; after the stated resolution {stated.isoformat()}"
            )
    ie = out["impact_ended"]
    if ended is not None and (ie.value is None or ie.precision == "day"):
        # A stated end ("**Incident End:** 2025-08-26 05:10 UTC") over a day the prose gives
        # ("Between 24–26 August 2025, some users experienced ...", Appwrite's report).
        ie = Instant("impact_ended", in_zone(ended), "metadata.ended_at", "stated")
    if ie.value is None and resolved is not None:
        # A report that gives one end gives it for both: impact ended when it was resolved.
        ie = _inferred("impact_ended", resolved, "no end of impact; taken from the resolution")
    if ie.value is None:
        last_mitigation = pick("mitigated", last=True, after=d_at)
        if last_mitigation is not None:
            ie = _inferred(
                "impact_ended", last_mitigation, "no end of impact; taken from the last mitigation"
            )
    out["impact_ended"] = ie
    if out["mitigated"].value is None and ie.value is not None and not ie.inferred:
        # No act that reduced the impact, but a part of it ended before the whole did
        # ("16:06 Traffic recovers in Paris" before "16:15 All public regions nominal"):
        # the impact was first reduced there.
        start_at = out["started"].value
        earlier = [
            h for h in worded["impact_ended"]
            if _earlier(h[2], ie.value)
            and ie.value - h[2] >= _SAME_MOMENT
            and (start_at is None or _earlier(start_at, h[2]))
        ]  # fmt: skip
        if earlier:
            out["mitigated"] = attrs.evolve(
                from_event("mitigated", earlier[0], "an end of a part before the whole ended"),
                inferred=True,
            )
    if resolved is None and ie.value is not None and not ie.inferred:
        # A fix put in after the impact ended ("16:09 Issue with relay demotion logic patched
        # and deployed" after "07:39 Builder was shut down"): the final fix, the resolution.
        final_fix = pick("mitigated", last=True, after=ie.value)
        if (
            final_fix is not None
            and final_fix.value is not None
            and _earlier(ie.value, final_fix.value)
            # The same response, not a follow-up weeks later ("2024-03-19 The library was
            # patched upstream").
            and final_fix.value - ie.value <= _FINAL_FIX_WITHIN
        ):
            resolved = _inferred(
                "resolved", final_fix, "no resolution event; the last fix after the impact ended"
            )
    if resolved is None and ie.value is not None:
        resolved = _inferred("resolved", ie, "no resolution event; taken from the end of impact")
    if resolved is None and timed and len(timed) > 1:
        resolved = attrs.evolve(
            from_event("resolved", timed[-1], "inferred: last timeline entry (no resolution "
                       "event)"), inferred=True)  # fmt: skip
        if ie.value is None:
            # Neither end is stated: the entry that closes the timeline closes both, as the
            # resolution stands for the end of impact whenever only one is given.
            out["impact_ended"] = _inferred(
                "impact_ended", resolved, "no end of impact; taken from the resolution"
            )
    out["resolved"] = resolved or missing("resolved", "no resolution event or end time")
    if started is None and (not timed or ends_only) and md.date is not None:
        # No timeline and no start: the day the report gives the incident ("Date:", a dated
        # title, a status page's "date: 2020-06-04 00:00:00") is when it began, to the day.
        # A time of day beside it measures nothing from it (a day against a time is no
        # duration); an earlier day makes it no start.
        day = md.date
        if all(i.value.date() >= day for i in out.values() if i.value is not None):
            out["started"] = Instant(
                "started",
                dt.datetime.combine(md.date, dt.time()),
                "metadata.date",
                "inferred: the report's date (no start time)",
                inferred=True,
                precision="day",
            )
    st = out["started"]
    # The opening's first day says nothing where the report dates anything on another day: a
    # deadline, a link to another incident, a "since" before a detection (review 22).
    if st.source == "opening" and _another_day(st, [i for k, i in out.items() if k != "started"]):
        out["started"] = missing("started", "no start time in the report")
    _detected_between(out)
    return out


#: Evidence kinds that date a milestone by a guess, to the day: the reason each gives.
_GUESSED_DAYS = {
    "status": "the report's day; its status says {!r}",
    "opening-day": "the first day the report's opening names ({})",
}


def _another_day(guess: Instant, others: Sequence[Instant]) -> bool:
    """Whether any of ``others`` is on a day other than ``guess``'s: a guess of the day gives
    way to what the report dates otherwise."""
    day = guess.value.date() if guess.value is not None else None
    return any(i.value is not None and i.value.date() != day for i in others)


def _detected_between(out: dict[str, Instant]) -> None:
    """A start and a resolution on one day, both known to the day only, and no detection: it
    came between them, on that day (to the day, inferred). A report that says
    only its day and that it is resolved tells no more of when it was found, nor less."""
    det, st, res = out["detected"], out["started"], out["resolved"]
    if det.value is not None or st.value is None or res.value is None:
        return
    if (st.precision, res.precision) != ("day", "day") or st.value.date() != res.value.date():
        return  # a start at a time of day says more than "that day": the detection is after
    day = dt.datetime.combine(st.value.date(), dt.time(), tzinfo=st.value.tzinfo)
    out["detected"] = Instant(
        "detected", day, st.source,
        "inferred: between the start and the resolution, on their one day",
        inferred=True, precision="day",
    )  # fmt: skip


def _first_reduced(marked: Instant | None, worded: Instant | None) -> Instant | None:
    """The mitigation: the marked one, unless wording tells of one before it. Impact was first
    reduced then: "We have temporarily disabled the US cluster and all traffic is routed to
    the EU cluster" before the update labelled "Monitoring" (Gitpod's status page)."""
    if marked is None or worded is None or marked.value is None or worded.value is None:
        return marked or worded
    return worded if _earlier(worded.value, marked.value) else marked


def _after_start(end: dt.datetime | None, *starts: dt.datetime | None) -> dt.datetime | None:
    """A stated end, unless it is not after a stated start (or the timeline's first entry)
    by a minute: a status page's tool fills its resolution field with a default when the
    incident is opened ("resolved_on: 2022-09-02T07:09:20.140Z" 57 ms after "date:
    ...07:09:20.083Z", IFCA's page; "resolvedWhen" 43 minutes before "date", X4BNet's;
    "resolvedWhen" equal to the opening, before the updates, dogsbodytech's), which
    resolves nothing."""
    for start in starts:
        if end is None or start is None or (end.tzinfo is None) != (start.tzinfo is None):
            continue
        if end - start < _SAME_MOMENT:
            return None
    return end


def _log_goes_on(
    end: dt.datetime | None,
    timed: Sequence[tuple[int, m.TimelineEvent, dt.datetime]],
    first_at: dt.datetime | None,
) -> dt.datetime | None:
    """The timeline's first instant, as a start a stated end must come after, when the log
    goes on after that end; else None. A status file whose one update is its resolution,
    stamped with the resolution field's own time (Flathub's cState page: "resolvedWhen:
    2026-05-24 14:27:00" and the update's "{{< track "2026-05-24 14:27:00" >}}"), logs
    nothing after it: the field is that update's, not a default filled at opening."""
    if end is None or first_at is None:
        return first_at
    # After the first entry, when that one may be the resolution itself, stamped a minute or
    # two after the field ("resolvedWhen: 14:27" over an update tracked at 14:28); not one
    # hours after it (an "Investigating" update at 11:40 under a field filled at 07:15).
    alike = [at for _, _, at in timed if (at.tzinfo is None) == (end.tzinfo is None)]
    if alike and alike[0] - end <= _RESOLUTION_STAMPED_WITHIN:
        alike = alike[1:]
    return first_at if any(at - end >= _SAME_MOMENT for at in alike) else None


#: How long after a resolution field a status file's one update may be stamped and still be
#: that resolution's own.
_RESOLUTION_STAMPED_WITHIN = dt.timedelta(minutes=30)


#: Two stated instants closer than this are one moment: an end no later is no end.
_SAME_MOMENT = dt.timedelta(minutes=1)
#: The milestones of an incident seen: a mitigation after one is this incident's.
_SEEN = frozenset(
    {m.Milestone.STARTED, m.Milestone.DETECTED, m.Milestone.DECLARED, m.Milestone.ACKNOWLEDGED}
)


def _first_mitigation(timed: Sequence[_Hit]) -> int | None:
    """Where in ``timed`` the first mitigation of this incident stands: after an entry that
    starts, detects, declares or acknowledges it ("Fix ... applied to testnet" before "Block
    production halts" is the trigger's). Only an act that reduced the impact: an alarm
    "resolved on its own" or a maintenance "completed, service restored" closes an earlier
    episode (review 58)."""
    seen = False
    for pos, (_, e, _) in enumerate(timed):
        marks = {*e.cues, e.milestone}
        if seen and m.Milestone.MITIGATED in marks:
            return pos
        seen = seen or bool(_SEEN & marks)
    return None


def _inferred(name: str, source: Instant, why: str) -> Instant:
    """``source`` standing in for the missing milestone ``name``, marked inferred."""
    return attrs.evolve(
        source, name=name, reason=f"inferred: {why} ({source.reason})", inferred=True
    )


_Hit = tuple[int, m.TimelineEvent, dt.datetime]


#: How long after the end of impact a fix still closes the same response.
_FINAL_FIX_WITHIN = dt.timedelta(hours=72)


def _on_clock_of(day: Instant, first: dt.datetime) -> Instant:
    """A day the prose gives, in the zone of the timeline whose first instant is ``first``, so
    that durations to the timeline's instants can be measured."""
    tz = first.tzinfo
    if tz is None or day.value is None:
        return day
    return attrs.evolve(day, value=day.value.replace(tzinfo=tz))


def _earlier(a: dt.datetime, b: dt.datetime) -> bool:
    """``a`` is before ``b`` (never when one has a zone and the other not)."""
    return (a.tzinfo is None) == (b.tzinfo is None) and a < b


def _not_before(a: dt.datetime, b: dt.datetime) -> bool:
    """Whether ``a`` is not before ``b``, to the minute: an entry written "13:02" is not
    before a front matter's "13:02:10" (freistil IT's status posts), their one minute."""
    if (a.tzinfo is None) != (b.tzinfo is None):
        return True
    return a >= b.replace(second=0, microsecond=0)


# ---------------------------------------------------------------------------------------------
# Across reports


@define
class Aggregate:
    """n, missing, excluded, mean, median, p90 and max of one duration over many reports
    (minutes). ``count`` is n, the values averaged."""

    name: str
    count: int
    missing: int
    #: Negative spans (never averaged; also counted in ``excluded``).
    negative: int
    mean: float | None
    median: float | None
    p90: float | None
    reports: list[str] = field(factory=list)
    #: Values left out because they are flagged (see ``Duration.flags``).
    excluded: int = 0
    #: Why they were: flag kind ("negative", "too long", "flagged date", "inferred") -> count.
    excluded_reasons: dict[str, int] = field(factory=dict)
    max: float | None = None
    #: Flagged values that were kept (``include_flagged=True``).
    flagged_kept: int = 0
    #: Of the ``count`` values averaged, those resting on an inferred instant (a fallback
    #: rule's start or end): counted, but not stated by the report.
    inferred: int = 0


def _p90(values: list[float]) -> float:
    s = sorted(values)
    k = 0.9 * (len(s) - 1)
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


GROUPS: dict[str, Callable[[m.Report, Metrics], list[Any]]] = {
    "severity": lambda r, mt: [
        r.metadata.severity.level.name.lower()
        if r.metadata.severity and r.metadata.severity.level
        else None
    ],
    "year": lambda r, mt: [_when(r, mt, "%Y")],
    "quarter": lambda r, mt: [_quarter(r, mt)],
    "month": lambda r, mt: [_when(r, mt, "%Y-%m")],
    "week": lambda r, mt: [_when(r, mt, "%G-W%V")],  # ISO week: 2024-W01 may start in 2023
    "service": lambda r, mt: list(r.metadata.affected_services) or [None],
    "status": lambda r, mt: [r.metadata.status],
}


def _when(r: m.Report, mt: Metrics, fmt: str) -> str | None:
    day = mt.incident_date  # the day the incident began (see Metrics.incident_date)
    return day.strftime(fmt) if day else None


def _quarter(r: m.Report, mt: Metrics) -> str | None:
    day = mt.incident_date  # the day the incident began (see Metrics.incident_date)
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}" if day else None


def _norm(key: str) -> str:
    return "".join(ch for ch in key.lower() if ch.isalnum())


def field_group(name: str) -> Callable[[m.Report, Metrics], list[Any]]:
    """Group by a metadata field: a typed one (``team``, ``owners``, ``incident_id``...), else a
    key of ``metadata.extra`` or of the front matter, matched ignoring case, spaces, ``_`` and
    ``-``. A list counts the report in each of its values; a report without it is in None."""
    attr = name.removeprefix("metadata.")
    typed = attr in attrs.fields_dict(m.Metadata) and attr != "extra"
    want = _norm(attr)

    def keys(r: m.Report, mt: Metrics) -> list[Any]:
        if typed:
            value = getattr(r.metadata, attr)
        else:
            pools = [r.metadata.extra, r.front_matter.data if r.front_matter else {}]
            value = next((v for pool in pools for k, v in pool.items() if _norm(str(k)) == want),
                         None)  # fmt: skip
        if isinstance(value, m.Severity):
            value = value.level.name.lower() if value.level else value.text
        if isinstance(value, (list, tuple, set)):
            return [str(v) for v in value] or [None]
        if isinstance(value, (dt.date, dt.datetime)):
            return [value.isoformat()]
        return [None if value is None or value == "" else str(value)]

    return keys


def excluded(report: m.Report) -> bool:
    """Whether a report asks to be left out of aggregates.

    Front matter ``exclude_from_metrics: true`` (or ``postmortem: {exclude: true}``) does it.
    """
    fm = report.front_matter.data if report.front_matter else {}
    nested = fm.get("postmortem")
    flag = fm.get("exclude_from_metrics") or (isinstance(nested, dict) and nested.get("exclude"))
    return bool(flag)


def aggregate(
    reports: Iterable[m.Report | tuple[str, m.Report]],
    *,
    preset: str = "default",
    group_by: str | Callable[[m.Report, Metrics], Any] | None = None,
    exclude: Callable[[m.Report], bool] | None = None,
    include_inferred: bool = True,
    include_flagged: bool = False,
    strict: bool | None = None,
    max_duration: dt.timedelta | None = None,
    durations: Mapping[str, SpecLike] | None = None,
    calendar: BusinessCalendar | None = None,
    config: MetricsConfig | None = None,
) -> dict[Any, dict[str, Aggregate]]:
    """MTTD, MTTA, MTTM, MTTR... over many reports: n, missing, excluded, mean, median, p90 and
    max (minutes).

    ``group_by`` is a name from :data:`GROUPS` ("year", "quarter", "month", "week",
    "severity", "service", "status"), any other metadata field (see :func:`field_group`), or a
    function of (report, metrics); a report listing several services counts in each of their
    groups. Periods count an incident on the day it started (else was detected, else the
    report's date). A report without a milestone counts as missing, never as zero; a
    flagged duration (negative, longer than ``max_duration``, on a flagged date, or with
    ``strict=True`` on an inferred instant) is left out and counted in ``excluded`` with its
    reason, unless ``include_flagged=True`` (a negative span has no value and is never
    averaged). A report that asks to be excluded (see :func:`excluded`) or that ``exclude``
    rejects is left out. With ``include_inferred=False`` durations resting on an inferred
    instant count as missing. ``durations``, ``calendar`` and ``config`` are passed to
    :func:`metrics`. MTTR is the ``mean`` of whichever duration the team means by it.
    """
    groups: dict[Any, list[tuple[str, Metrics]]] = {}
    for i, item in enumerate(reports):
        whole, doc = item if isinstance(item, tuple) else (report_name(item, i), item)
        parts = doc.incidents  # an incident log counts each of its incidents once
        for k, report in enumerate(parts, 1):
            name = whole if len(parts) == 1 else f"{whole}#{k}"
            if excluded(report) or (exclude is not None and exclude(report)):
                continue
            mt = metrics(report, preset=preset, durations=durations, strict=strict,
                         max_duration=max_duration, calendar=calendar, config=config)  # fmt: skip
            for key in group_keys(report, mt, group_by):
                groups.setdefault(key, []).append((name, mt))
    return summarise(
        groups, preset=preset, include_inferred=include_inferred, include_flagged=include_flagged
    )


def group_keys(
    report: m.Report, mt: Metrics, group_by: str | Callable[[m.Report, Metrics], Any] | None
) -> list[Any]:
    """The groups a report counts in (several for a report listing several services)."""
    if group_by is None:
        return [None]
    if isinstance(group_by, str):
        by = GROUPS.get(group_by) or field_group(group_by)
        return list(by(report, mt))
    return [group_by(report, mt)]


def summarise(
    groups: dict[Any, list[tuple[str, Metrics]]],
    *,
    preset: str = "default",
    include_inferred: bool = True,
    include_flagged: bool = False,
) -> dict[Any, dict[str, Aggregate]]:
    """n, missing, excluded, mean, median, p90 and max per group and duration, from metrics
    already computed (named (report name, metrics) pairs per group key)."""
    out: dict[Any, dict[str, Aggregate]] = {}
    for key, rows in groups.items():
        names: dict[str, None] = dict.fromkeys(PRESETS.get(preset, {}))
        for _, mt in rows:
            names.update(dict.fromkeys(mt.durations))
        out[key] = {
            dname: _summary(dname, rows, include_inferred=include_inferred,
                            include_flagged=include_flagged)
            for dname in names
        }  # fmt: skip
    return out


def _summary(
    dname: str, rows: list[tuple[str, Metrics]], *, include_inferred: bool, include_flagged: bool
) -> Aggregate:
    vals: list[float] = []
    used: list[str] = []
    missing = negative = excluded = kept = inferred = 0
    reasons: dict[str, int] = {}
    for rname, mt in rows:
        d = mt.duration(dname)
        rests_on_inferred = bool(mt.inferred_ends(dname))
        guessed = not include_inferred and rests_on_inferred
        if d.flags and (not include_flagged or d.value is None):
            excluded += 1
            negative += d.reason.startswith("negative span")
            for kind in dict.fromkeys(f.split(":", 1)[0] for f in d.flags):
                reasons[kind] = reasons.get(kind, 0) + 1
        elif d.value is not None and not guessed:
            vals.append(d.value.total_seconds() / 60)
            used.append(rname)
            kept += bool(d.flags)
            inferred += rests_on_inferred
        else:
            missing += 1
    return Aggregate(
        dname,
        len(vals),
        missing,
        negative,
        statistics.fmean(vals) if vals else None,
        statistics.median(vals) if vals else None,
        _p90(vals) if vals else None,
        used,
        excluded,
        reasons,
        max(vals) if vals else None,
        kept,
        inferred,
    )


def aggregate_rows(
    agg: Mapping[Any, Mapping[str, Aggregate]], *, digits: int = 2
) -> list[dict[str, Any]]:
    """One flat row per group and duration, for a table or ``pandas.DataFrame(rows)``: n (and
    how many of them rest on an inferred instant), missing, excluded (and why), mean, median,
    p90 and max in minutes. Groups sort by name,
    None last."""
    out: list[dict[str, Any]] = []

    def rnd(v: float | None) -> float | None:
        return None if v is None else round(v, digits)

    for key in sorted(agg, key=lambda k: (k is None, str(k))):
        for name, a in agg[key].items():
            out.append({
                "group": key, "duration": name, "n": a.count, "inferred": a.inferred,
                "missing": a.missing, "excluded": a.excluded,
                "excluded_why": "; ".join(f"{k}: {v}" for k, v in a.excluded_reasons.items()),
                "flagged_kept": a.flagged_kept,
                "mean_minutes": rnd(a.mean), "median_minutes": rnd(a.median),
                "p90_minutes": rnd(a.p90), "max_minutes": rnd(a.max),
            })  # fmt: skip
    return out


def report_row(name: str, report: m.Report, mt: Metrics) -> dict[str, Any]:
    """One flat row for a report: its name, metadata, counts, instants and durations."""
    row = report_columns(name, report, mt)
    row.update(mt.as_row())
    return row


def report_columns(name: str, report: m.Report, mt: Metrics | None = None) -> dict[str, Any]:
    """The columns that describe a report in any table: name, metadata and counts, and the
    day the incident began (from ``mt``, the report's metrics, computed when not given)."""
    sev = report.metadata.severity
    return {
        "report": name,
        "title": report.title,
        "incident_id": report.metadata.incident_id,
        "date": report.metadata.date,
        "incident_date": (mt or metrics(report)).incident_date,
        "severity": sev.level.name.lower() if sev and sev.level else None,
        "status": report.metadata.status,
        "services": ", ".join(report.metadata.affected_services) or None,
        "events": len(report.timeline.events),
        "action_items": len(report.action_items),
    }


def report_name(report: m.Report, index: int) -> str:
    """A name for a report in tables: its incident id, else its title, else its position."""
    return report.metadata.incident_id or report.title or f"report {index + 1}"
