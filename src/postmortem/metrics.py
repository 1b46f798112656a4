"""Incident metrics from the model: lifecycle instants, durations, and aggregates across reports.

Every instant says where it came from (a metadata field, a marked event, the wording of an
event) and every duration is named after its two end points, because "TTR" means different
things to different tools (see docs/metrics.md). Nothing here reads Markdown.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from attrs import define, field

from postmortem import model as m
from postmortem.timestamps import format_duration

__all__ = [
    "PRESETS",
    "Aggregate",
    "Duration",
    "Instant",
    "Metrics",
    "aggregate",
    "classify",
    "metrics",
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
}

# Wording -> milestone. Checked in this order; the first pattern that matches an event wins.
_WORDS: list[tuple[str, re.Pattern[str]]] = [
    (
        "resolved",
        re.compile(
            r"(?i)\b(?:incident (?:is |was )?(?:resolved|closed)|resolution (?:is )?confirmed|"
            r"(?:marked|declared|confirmed) (?:as )?(?:resolved|fixed)|all clear|"
            r"once again merging|fully (?:restored|recovered|resolved)|resolved\b)"
        ),
    ),
    (
        "impact_ended",
        re.compile(
            r"(?i)\b(?:service (?:is |was )?restored|services? (?:are |were )?(?:back|restored)|"
            r"back to normal|fully operational|verified operational|recovered|"
            r"outage ends|errors? (?:stopped|subsided)|back online|back up\b)"
        ),
    ),
    (
        "mitigated",
        re.compile(
            r"(?i)\b(?:mitigat\w*|rolled back|roll(?:ing)? ?back|revert(?:ed|ing)?\b|workaround|"
            r"fail(?:ed)? ?over|hotfix|fix (?:was )?(?:deployed|applied|released)|"
            r"(?:deployed|applied|released) (?:a |the )?fix|patch(?:ed)? (?:deployed|released))"
        ),
    ),
    (
        "declared",
        re.compile(
            r"(?i)\b(?:incident (?:was )?(?:declared|opened|created)|declared an? incident|"
            r"incident channel (?:was )?created|status ?page (?:updated|posted))"
        ),
    ),
    (
        "acknowledged",
        re.compile(
            r"(?i)\b(?:acknowledg\w*|ack'?d|(?:began|begins|started|starts) (?:looking|investigat)|"
            r"investigation (?:began|begins|started)|engaged|joined|loops? in|pings?|"
            r"on-?call (?:engineer )?(?:responds|responded))"
        ),
    ),
    (
        "detected",
        re.compile(
            r"(?i)\b(?:alert(?:s|ed)?\b|paged|page (?:sent|fired)|detected|noticed|"
            r"report(?:s|ed)? (?:on|that|an?|the|issues?|problems?)|first report|discovered|"
            r"identified (?:an? )?(?:issue|problem)|pager|monitoring (?:flagged|caught)|"
            r"automated warning|warning from|became aware)"
        ),
    ),
    (
        "started",
        re.compile(
            r"(?i)\b(?:outage (?:begins|began|started|starts)|impact (?:began|begins|started)|"
            r"(?:issue|incident|problem|outage|errors?|failures?) (?:began|begins|started|starts)|"
            r"(?:began|begins|started|starts) (?:failing|to fail|erroring|returning)|went down|"
            r"first (?:error|failure)s?)"
        ),
    ),
]


def classify(event: m.TimelineEvent) -> m.Milestone | None:
    """The milestone an event marks: its explicit milestone, else one read from its wording."""
    if event.milestone is not None:
        return event.milestone
    text = event.text
    for name, pattern in _WORDS:
        if pattern.search(text):
            return m.Milestone(name)
    return None


@define(frozen=True)
class Instant:
    """A lifecycle instant, where it came from, or why it is missing."""

    name: str
    value: dt.datetime | None
    source: str = ""
    reason: str = ""
    events: tuple[int, ...] = ()
    line: int | None = None

    def __bool__(self) -> bool:
        return self.value is not None


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

    @property
    def minutes(self) -> float | None:
        """The duration in minutes (None when missing)."""
        return None if self.value is None else self.value.total_seconds() / 60

    def __str__(self) -> str:
        return format_duration(self.value) if self.value is not None else f"n/a ({self.reason})"


@define
class Metrics:
    """The instants and durations of one report."""

    instants: dict[str, Instant]
    durations: dict[str, Duration]
    preset: str = "default"
    excluded: bool = False

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

    def as_row(self) -> dict[str, Any]:
        """One flat row: instants as ISO strings and durations in minutes."""
        row: dict[str, Any] = {}
        for k, v in self.instants.items():
            row[f"{k}_at"] = v.value.isoformat() if v.value else None
        for k, d in self.durations.items():
            row[f"{k}_minutes"] = None if d.minutes is None else round(d.minutes, 2)
        return row


_STATED_NAMES: dict[str, tuple[str, ...]] = {
    "time_to_detect": ("time to detect", "time to detection", "ttd", "mttd"),
    "time_to_acknowledge": ("time to acknowledge", "time to response", "mtta"),
    "time_to_mitigate": ("time to mitigate", "time to mitigation"),
    "time_to_resolve": ("time to resolve", "time to resolution", "total duration",
                        "duration", "total downtime"),
    "impact_duration": ("downtime", "impact duration"),
    "time_to_repair": ("time to repair", "mttr", "mean time to recovery"),
    "time_to_recover": ("time to recover", "time to recovery"),
}  # fmt: skip


def metrics(
    report: m.Report,
    *,
    preset: str = "default",
    overrides: Mapping[str, dt.datetime | None] | None = None,
    tolerance: dt.timedelta = dt.timedelta(minutes=1),
) -> Metrics:
    """Lifecycle instants and durations of a report.

    ``overrides`` sets any milestone by name ("started", "resolved", ...) and wins over what the
    report says. Stated durations ("Time to Detect: 15 minutes") are attached to the computed
    duration of the same meaning, with ``disagrees`` set when they differ by more than
    ``tolerance``.
    """
    if preset not in PRESETS:
        raise KeyError(f"unknown preset {preset!r}; choose from {', '.join(PRESETS)}")
    instants = _instants(report)
    for name, value in (overrides or {}).items():
        if name not in MILESTONES:
            raise KeyError(f"unknown milestone {name!r}; choose from {', '.join(MILESTONES)}")
        instants[name] = Instant(name, value, source="override", reason="set in code")
    durations: dict[str, Duration] = {}
    stated = _stated(report)
    for dname, (a, b) in PRESETS[preset].items():
        durations[dname] = _duration(dname, instants[a], instants[b], stated.get(dname), tolerance)
    return Metrics(instants=instants, durations=durations, preset=preset)


def _duration(
    name: str, a: Instant, b: Instant, stated: m.StatedMetric | None, tolerance: dt.timedelta
) -> Duration:
    events = a.events + b.events
    if a.value is None or b.value is None:
        missing = a if a.value is None else b
        reason = f"no {missing.name} instant" + (f" ({missing.reason})" if missing.reason else "")
        return Duration(name, a.name, b.name, None, reason, events, stated)
    if (a.value.tzinfo is None) != (b.value.tzinfo is None):
        return Duration(name, a.name, b.name, None, "one instant has a zone, the other not",
                        events, stated)  # fmt: skip
    value = b.value - a.value
    if value < dt.timedelta(0):
        return Duration(
            name, a.name, b.name, None,
            f"negative span: {a.name} {a.value.isoformat()} is after {b.name} "
            f"{b.value.isoformat()}", events, stated,
        )  # fmt: skip
    reason = f"{a.name} ({a.source}) -> {b.name} ({b.source})"
    disagrees = bool(
        stated is not None
        and stated.duration is not None
        and abs(stated.duration - value) > tolerance
    )
    return Duration(name, a.name, b.name, value, reason, events, stated, disagrees)


def _stated(report: m.Report) -> dict[str, m.StatedMetric]:
    out: dict[str, m.StatedMetric] = {}
    for sm in report.stated_metrics:
        key = re.sub(r"\([^)]*\)", "", sm.name).strip().lower()
        for dname, names in _STATED_NAMES.items():
            if key in names and dname not in out and sm.duration is not None:
                out[dname] = sm
    if "time_to_resolve" not in out and report.metadata.duration is not None:
        out["time_to_resolve"] = m.StatedMetric(
            "Duration", str(report.metadata.duration), report.metadata.duration
        )
    return out


def _timeline_instants(report: m.Report) -> list[tuple[int, m.TimelineEvent, dt.datetime]]:
    """Events with an instant. Time-only events (no day known) are laid on one notional day."""
    out: list[tuple[int, m.TimelineEvent, dt.datetime]] = []
    events = report.timeline.events
    if any(e.at is not None for e in events):
        return [(i, e, e.at) for i, e in enumerate(events) if e.at is not None]
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


def _instants(report: m.Report) -> dict[str, Instant]:
    md = report.metadata
    timed = _timeline_instants(report)
    notional = bool(timed) and all(e.at is None for _, e, _ in timed)
    marks: dict[str, list[tuple[int, m.TimelineEvent, dt.datetime]]] = {k: [] for k in MILESTONES}
    for i, e, at in timed:
        ms = classify(e)
        if ms is not None:
            marks[ms.value].append((i, e, at))

    def from_event(name: str, hit: tuple[int, m.TimelineEvent, dt.datetime], why: str) -> Instant:
        i, e, at = hit
        src = f"timeline entry {i + 1} (line {e.line})"
        note = f"{why}: {e.text[:60]!r}"
        if notional:
            note += "; the report gives no date, so times are taken as one day"
        return Instant(name, at, src, note, (i,), e.line)

    out: dict[str, Instant] = {}

    def explicit(name: str, hits: list[tuple[int, m.TimelineEvent, dt.datetime]],
                 last: bool = False) -> Instant | None:  # fmt: skip
        marked = [h for h in hits if h[1].milestone is not None]
        pool = marked or hits
        if not pool:
            return None
        hit = pool[-1] if last else pool[0]
        why = "marked" if hit[1].milestone is not None else "wording"
        return from_event(name, hit, why)

    # started: metadata start, then a marked/worded start, then the first entry.
    if md.started_at is not None:
        out["started"] = Instant("started", md.started_at, "metadata.started_at", "stated")
    else:
        got = explicit("started", marks["started"])
        if got is None and timed:
            got = from_event("started", timed[0], "first timeline entry (no explicit start)")
        out["started"] = got or Instant("started", None, reason="no start time in the report")
    out["detected"] = explicit("detected", marks["detected"]) or (
        Instant("detected", None, reason="no detection event or field")
    )
    out["declared"] = explicit("declared", marks["declared"]) or (
        Instant("declared", None, reason="no declaration event")
    )
    out["acknowledged"] = explicit("acknowledged", marks["acknowledged"]) or (
        Instant("acknowledged", None, reason="no acknowledgement event")
    )
    out["mitigated"] = explicit("mitigated", marks["mitigated"]) or (
        Instant("mitigated", None, reason="no mitigation event")
    )
    out["impact_ended"] = explicit("impact_ended", marks["impact_ended"], last=True) or (
        Instant("impact_ended", None, reason="no end of impact")
    )
    if md.ended_at is not None:
        out["resolved"] = Instant("resolved", md.ended_at, "metadata.ended_at", "stated")
    else:
        out["resolved"] = explicit("resolved", marks["resolved"], last=True) or (
            Instant("resolved", None, reason="no resolution event or end time")
        )
    if out["impact_ended"].value is None and out["resolved"].value is not None:
        r = out["resolved"]
        out["impact_ended"] = Instant(
            "impact_ended", r.value, r.source, "taken from resolved", r.events, r.line
        )
    return out


# ---------------------------------------------------------------------------------------------
# Across reports


@define
class Aggregate:
    """Count, missing, mean, median and p90 of one duration over many reports (minutes)."""

    name: str
    count: int
    missing: int
    negative: int
    mean: float | None
    median: float | None
    p90: float | None
    reports: list[str] = field(factory=list)


def _p90(values: list[float]) -> float:
    s = sorted(values)
    k = 0.9 * (len(s) - 1)
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def aggregate(
    items: Iterable[tuple[str, Metrics]],
    *,
    group_by: Callable[[str, Metrics], Any] | None = None,
) -> dict[Any, dict[str, Aggregate]]:
    """Aggregate durations over (name, metrics) pairs, optionally grouped.

    A report without a milestone counts as missing, never as zero; a negative span counts as
    negative and is not averaged; metrics with ``excluded`` set are left out entirely.
    """
    groups: dict[Any, list[tuple[str, Metrics]]] = {}
    for name, mt in items:
        if mt.excluded:
            continue
        key = group_by(name, mt) if group_by else None
        groups.setdefault(key, []).append((name, mt))
    out: dict[Any, dict[str, Aggregate]] = {}
    for key, rows in groups.items():
        names = list(rows[0][1].durations) if rows else []
        per: dict[str, Aggregate] = {}
        for dname in names:
            vals: list[float] = []
            used: list[str] = []
            missing = negative = 0
            for rname, mt in rows:
                d = mt.durations[dname]
                if d.value is not None:
                    vals.append(d.value.total_seconds() / 60)
                    used.append(rname)
                elif d.reason.startswith("negative"):
                    negative += 1
                else:
                    missing += 1
            per[dname] = Aggregate(
                dname,
                len(vals),
                missing,
                negative,
                statistics.fmean(vals) if vals else None,
                statistics.median(vals) if vals else None,
                _p90(vals) if vals else None,
                used,
            )
        out[key] = per
    return out
