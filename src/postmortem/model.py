"""The typed document model: attrs classes for every part of a post-mortem.

Nodes are mutable (``attrs.define``): the edit users make most is "load, change one value, save",
and plain attribute assignment keeps that to three lines. Change detection does not rely on
identity or on a dirty flag: each node built from text carries a private origin (its source span
and the values it had when parsed), and the renderer compares the current values against those.

Fields that record *how* something was written (``status_text``, ``time_text``, ``Severity.text``)
are excluded from equality: two reports are equal when they say the same thing.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import attrs
from attrs import define, field


class SectionKind(enum.Enum):
    """What a section is about, recognised from its heading wording."""

    PREAMBLE = "preamble"
    METADATA = "metadata"
    SUMMARY = "summary"
    DETAILS = "details"
    BACKGROUND = "background"
    IMPACT = "impact"
    TIMELINE = "timeline"
    ROOT_CAUSE = "root_cause"
    TRIGGER = "trigger"
    CONTRIBUTING_FACTORS = "contributing_factors"
    DETECTION = "detection"
    RESPONSE = "response"
    ESCALATION = "escalation"
    MITIGATION = "mitigation"
    RESOLUTION = "resolution"
    LESSONS_LEARNED = "lessons_learned"
    WENT_WELL = "went_well"
    WENT_WRONG = "went_wrong"
    LUCKY = "lucky"
    ACTION_ITEMS = "action_items"
    PREVENTION = "prevention"
    METRICS = "metrics"
    TEAM = "team"
    COMMUNICATION = "communication"
    FOLLOW_UP = "follow_up"
    SUCCESS_CRITERIA = "success_criteria"
    APPENDIX = "appendix"
    SIGN_OFF = "sign_off"
    OTHER = "other"


class SeverityLevel(enum.IntEnum):
    """Normalised severity; larger is worse, so levels sort and compare naturally."""

    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = 4


class ActionStatus(enum.Enum):
    """Normalised state of an action item."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    WONT_DO = "wont_do"
    UNKNOWN = "unknown"


class Priority(enum.Enum):
    """Normalised priority of an action item."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class Horizon(enum.Enum):
    """When an action item is meant to be done, from headings such as "Short-term Actions"."""

    IMMEDIATE = "immediate"
    SHORT_TERM = "short_term"
    MEDIUM_TERM = "medium_term"
    LONG_TERM = "long_term"


class Milestone(enum.Enum):
    """The lifecycle point a timeline event marks (see docs/metrics.md)."""

    STARTED = "started"
    DETECTED = "detected"
    DECLARED = "declared"
    ACKNOWLEDGED = "acknowledged"
    MITIGATED = "mitigated"
    IMPACT_ENDED = "impact_ended"
    RESOLVED = "resolved"


#: ``Evidence.source`` of the first update of a status page opened after it (see
#: ``postmortem.parsing``): metrics lets the page's stated start give way to its log.
LATE_OPENING = "status page opened late"
#: ``Evidence.source`` of the first entry after a timeline's lead-in (a change merged, a
#: rollout begun, a backup taken, before the failure): where an inferred start falls.
AFTER_LEAD_IN = "first entry after the lead-in"


@define(frozen=True, weakref_slot=False)
class Evidence:
    """What a report's words say about one lifecycle milestone, and where they say it.

    The parser collects evidence (timeline wording is kept on each event as ``cues``; prose
    sentences land in ``Report.evidence``); :func:`postmortem.metrics.metrics` chooses among it
    by a documented precedence. ``confidence`` runs from 0 (a guess) to 1 (a stated field).
    """

    milestone: Milestone
    at: dt.datetime | None
    kind: str
    source: str
    quote: str = ""
    line: int | None = None
    confidence: float = 0.5
    #: "minute", or "day" when the sentence names only the day (``at`` is then midnight).
    precision: str = "minute"


# ---------------------------------------------------------------------------------------------
# Origins: where a node came from. Private, never compared, never serialised.


@define(eq=False, repr=False, weakref_slot=False)
class Origin:
    """The source slice a parsed record came from and the field values it had when parsed.

    ``span`` is in normalised text (line endings folded to ``\\n``). ``names`` and ``values`` are
    the record's tracked fields and their parse-time values, side by side. ``spans`` holds, flat,
    ``name, start, end`` for each field whose value has its own place in the text, with offsets
    relative to ``span[0]``. ``shape`` names the Markdown form (``table-row``, ``bullet``,
    ``checklist``, ...); ``marker`` and ``time_format`` say how to write a fresh record alike.

    Tuples rather than dictionaries, and relative offsets (Python shares small ints), because a
    report has hundreds of records and dictionaries made origins weigh more than the text.
    """

    start: int
    _length: int  # the end as an offset from the start
    names: tuple[str, ...]
    values: tuple[Any, ...]
    spans: tuple[Any, ...] = ()
    shape: str = ""
    marker: str = ""
    time_format: str = "%H:%M"

    @classmethod
    def of(
        cls,
        record: Any,
        names: tuple[str, ...],
        span: tuple[int, int],
        fields: dict[str, tuple[int, int]],
        shape: str,
        marker: str = "",
        time_format: str = "%H:%M",
    ) -> Origin:
        """The origin of ``record`` as it is now: ``fields`` maps names to absolute spans."""
        base = span[0]
        flat: list[Any] = []
        for name, (s, e) in fields.items():
            flat += (name, s - base, e - base)
        values = tuple(getattr(record, n) for n in names)
        return cls(base, span[1] - base, names, values, tuple(flat), shape, marker, time_format)

    @property
    def span(self) -> tuple[int, int]:
        """Where the record is in the normalised text."""
        return self.start, self.start + self._length

    def value(self, name: str) -> Any:
        """The value field ``name`` had when parsed."""
        return self.values[self.names.index(name)]

    def field_span(self, name: str) -> tuple[int, int] | None:
        """The absolute span of the text holding field ``name``, if it has one."""
        flat = self.spans
        for i in range(0, len(flat), 3):
            if flat[i] == name:
                return self.start + flat[i + 1], self.start + flat[i + 2]
        return None

    def field_spans(self) -> dict[str, tuple[int, int]]:
        """Every field with a place in the text, and its absolute span."""
        base = self.start
        flat = self.spans
        return {flat[i]: (base + flat[i + 1], base + flat[i + 2]) for i in range(0, len(flat), 3)}


@define(eq=False, repr=False, weakref_slot=False)
class SectionOrigin:
    """Where a parsed section came from: its spans, its parsed title and body, its children.

    Compact because a report has many sections: offsets after ``start`` are kept relative to
    it (Python shares small ints) and the spans are built when asked for. ``children`` is
    recorded at parse time so that subsections added or removed in code are told apart from
    the original.
    """

    start: int
    title: str
    content: str
    # Offsets from ``start`` of the end, the title's start and end, the content's start and end.
    _end: int
    _ts: int
    _te: int
    _cs: int
    _ce: int
    children: tuple[Section, ...] = ()

    @classmethod
    def of(
        cls,
        section: Section,
        span: tuple[int, int],
        title_span: tuple[int, int],
        content_span: tuple[int, int],
    ) -> SectionOrigin:
        """The origin of ``section`` as it is now, from absolute spans."""
        s = span[0]
        return cls(s, section.title, section.content, span[1] - s, title_span[0] - s,
                   title_span[1] - s, content_span[0] - s, content_span[1] - s,
                   tuple(section.subsections))  # fmt: skip

    @property
    def span(self) -> tuple[int, int]:
        """The whole section, heading to the next heading of its level or above."""
        return self.start, self.start + self._end

    @property
    def title_span(self) -> tuple[int, int]:
        """The heading's text."""
        return self.start + self._ts, self.start + self._te

    @property
    def content_span(self) -> tuple[int, int]:
        """The body up to the first subsection."""
        return self.start + self._cs, self.start + self._ce


# ---------------------------------------------------------------------------------------------
# Values


@define(weakref_slot=False)
class Severity:
    """A severity as written (``text``) and its normalised ``level`` (None when unrecognised)."""

    level: SeverityLevel | None
    text: str = field(default="", eq=False)

    def __str__(self) -> str:
        if self.text:
            return self.text
        return self.level.name.title() if self.level else ""


@define(weakref_slot=False)
class Placeholder:
    """An unfilled template slot such as ``[TIMESTAMP]``: where it is and what it says."""

    path: str
    text: str
    line: int


@define(weakref_slot=False)
class StatedMetric:
    """A figure the report states in prose or a list ("Time to Detect: 15 minutes").

    The parser also reads what the figure means from its name and how precisely it is
    written from its text (:func:`postmortem.parsing.read_stated` does the same for a figure
    built in code); metrics compare a figure only when ``meaning`` is set.
    """

    name: str
    text: str
    duration: dt.timedelta | None = None
    #: The duration the name means ("Time to repair" -> "time_to_repair"), or None when the
    #: name is not one the vocabulary knows.
    meaning: str | None = field(default=None, eq=False)
    #: The (start, end) milestones the name allows, most likely first.
    readings: tuple[tuple[str, str], ...] = field(default=(), eq=False)
    #: The smallest unit the figure is written in ("1h" -> 1 hour, "1h 28m" -> 1 minute).
    precision: dt.timedelta | None = field(default=None, eq=False)
    #: Whether the figure is hedged ("about 3 hours", "~2h").
    approximate: bool = field(default=False, eq=False)
    _origin: Origin | None = field(default=None, eq=False, repr=False, alias="_origin")


# ---------------------------------------------------------------------------------------------
# Records that lists are made of


def _sync_from_at(ev: TimelineEvent, _a: Any, at: dt.datetime | None) -> dt.datetime | None:
    # ``at`` is authoritative: its day and wall-clock time are the event's date and time.
    if at is not None:
        object.__setattr__(ev, "date", at.date())
        object.__setattr__(ev, "time", at.time())
    return at


def _sync_date(ev: TimelineEvent, _a: Any, day: dt.date | None) -> dt.date | None:
    # A new day moves the instant to that day; no day leaves the instant unknown.
    at = ev.at
    if at is not None:
        moved = None if day is None else at.replace(year=day.year, month=day.month, day=day.day)
        object.__setattr__(ev, "at", moved)
    return day


def _sync_time(ev: TimelineEvent, _a: Any, clock: dt.time | None) -> dt.time | None:
    # A new clock time moves the instant within its day (and zone); no time leaves it unknown.
    at = ev.at
    if at is not None:
        moved = (
            None
            if clock is None
            else at.replace(
                hour=clock.hour,
                minute=clock.minute,
                second=clock.second,
                microsecond=clock.microsecond,
            )
        )
        object.__setattr__(ev, "at", moved)
    return clock


@define(weakref_slot=False)
class TimelineEvent:
    """One timeline entry.

    ``at`` is an aware datetime when the time and zone are known, naive when the report gives
    no zone, and None when the time or the day is unknown or unfilled. One fact has one value:
    when ``at`` is set, ``date`` and ``time`` are its day and wall-clock time (derived when the
    event is made and whenever ``at`` changes; values passed for them with an ``at`` are
    replaced), and setting ``date`` or ``time`` moves ``at``. Without ``at``, ``time`` is a
    clock time with no known day and ``date`` a day with no known time. ``end`` is set for
    ranges ("10:01-10:02"). ``time_text`` keeps the stamp as written (a 12-hour "1:42" read as
    13:42 from its neighbours, say).
    """

    at: dt.datetime | None = field(on_setattr=_sync_from_at)
    text: str
    time: dt.time | None = field(default=None, on_setattr=_sync_time)
    actor: str | None = None
    action: str | None = None
    phase: str | None = None
    milestone: Milestone | None = None
    date: dt.date | None = field(default=None, on_setattr=_sync_date)
    end: dt.datetime | None = None
    approximate: bool = False
    time_text: str = field(default="", eq=False)
    lenient: bool = field(default=False, eq=False)
    line: int = field(default=0, eq=False)
    #: The milestones the entry's wording names ("alert fired" -> detected), read by the
    #: parser; an event built in code has none unless given (set ``milestone`` instead).
    cues: tuple[Milestone, ...] = field(default=(), eq=False)
    #: Why the entry's date is not believed ("year 2022 is one off the dates around it"), or
    #: None. A flagged entry stays in the timeline and is left out of metrics.
    flag: str | None = field(default=None, eq=False)
    #: The words of the heading an entry is written under, after its stamp: "Primer error de
    #: autenticación" for "### **20:17** - Primer error de autenticación" over the entry's
    #: ``text``; "" for an entry of another shape, or a heading of its stamp alone.
    title: str = ""
    _origin: Origin | None = field(default=None, eq=False, repr=False, alias="_origin")

    def __attrs_post_init__(self) -> None:
        _sync_from_at(self, None, self.at)

    @property
    def headline(self) -> str:
        """What the entry says first: its ``title``, else its text's first line."""
        return self.title or (self.text.splitlines()[0] if self.text else "")


@define(weakref_slot=False)
class ActionItem:
    """One follow-up action: what, who, by when, and its state."""

    description: str
    owner: str | None = None
    due: dt.date | None = None
    status: ActionStatus = ActionStatus.UNKNOWN
    priority: Priority | None = None
    id: str | None = None
    category: str | None = None
    horizon: Horizon | None = None
    tracking: str | None = None
    status_text: str = field(default="", eq=False)
    line: int = field(default=0, eq=False)
    _origin: Origin | None = field(default=None, eq=False, repr=False, alias="_origin")


@define(weakref_slot=False)
class ResolutionStep:
    """A resolution step as in the "What Was Done" lists: action, tool, command and result."""

    description: str
    tool: str | None = None
    command: str | None = None
    result: str | None = None


# ---------------------------------------------------------------------------------------------
# Section contents


@define(weakref_slot=False)
class Metadata:
    """Facts about the incident and the document, wherever the report keeps them."""

    incident_id: str | None = None
    date: dt.date | None = None
    severity: Severity | None = None
    status: str | None = None
    owners: list[str] = attrs.Factory(list)
    authors: list[str] = attrs.Factory(list)
    participants: list[str] = attrs.Factory(list)
    affected_services: list[str] = attrs.Factory(list)
    duration: dt.timedelta | None = None
    started_at: dt.datetime | None = None
    detected_at: dt.datetime | None = None
    declared_at: dt.datetime | None = None
    acknowledged_at: dt.datetime | None = None
    mitigated_at: dt.datetime | None = None
    repaired_at: dt.datetime | None = None
    resolved_at: dt.datetime | None = None
    ended_at: dt.datetime | None = None
    team: str | None = None
    report_date: dt.date | None = None
    prepared_by: str | None = None
    approved_by: str | None = None
    version: str | None = None
    last_updated: dt.date | None = None
    next_review: dt.date | None = None
    distribution: str | None = None
    timezone: str | None = None
    extra: dict[str, str] = attrs.Factory(dict)


@define(weakref_slot=False)
class Summary:
    """The executive summary and the short statements that often sit in it."""

    text: str | None = None
    key_findings: list[str] = attrs.Factory(list)
    recommendations: list[str] = attrs.Factory(list)


@define(weakref_slot=False)
class IncidentDetails:
    """What happened, when, where and to whom (seed 001's "Incident Description")."""

    what_happened: str | None = None
    when: str | None = None
    where: str | None = None
    who_affected: str | None = None


@define(weakref_slot=False)
class CustomerImpact:
    """Impact on users and customers."""

    users_affected: str | None = None
    geographic: str | None = None
    services: str | None = None
    external: list[str] = attrs.Factory(list)
    internal: list[str] = attrs.Factory(list)


@define(weakref_slot=False)
class BusinessImpact:
    """Impact on revenue, reputation, compliance and operations."""

    revenue: str | None = None
    reputation: str | None = None
    compliance: str | None = None
    sla_credits: str | None = None
    customer_trust: str | None = None
    operational: str | None = None


@define(weakref_slot=False)
class TechnicalImpact:
    """Downtime, data loss, performance and security impact."""

    downtime: str | None = None
    data_loss: str | None = None
    performance: str | None = None
    security: str | None = None


@define(weakref_slot=False)
class Impact:
    """The impact section: a free-text summary and the three usual angles."""

    text: str | None = None
    customer: CustomerImpact = attrs.Factory(CustomerImpact)
    business: BusinessImpact = attrs.Factory(BusinessImpact)
    technical: TechnicalImpact = attrs.Factory(TechnicalImpact)
    stakeholders: list[str] = attrs.Factory(list)


@define(weakref_slot=False)
class Timeline:
    """The timeline: events in document order and the zone the report declares for them."""

    events: list[TimelineEvent] = attrs.Factory(list)
    timezone: str | None = None
    #: True for a log written newest first (status-page updates): read bottom-up, so the
    #: first event in time is the last in the document.
    newest_first: bool = field(default=False, eq=False)
    _origin: Origin | None = field(default=None, eq=False, repr=False, alias="_origin")

    def chronological(self) -> list[TimelineEvent]:
        """The events oldest first, whatever order the document writes them in."""
        return list(reversed(self.events)) if self.newest_first else list(self.events)


@define(weakref_slot=False)
class RootCause:
    """Root cause, trigger, contributing factors and why it happened."""

    primary: str | None = None
    trigger: str | None = None
    contributing_factors: list[str] = attrs.Factory(list)
    why_it_happened: str | None = None
    technical: str | None = None
    process: str | None = None
    human: str | None = None
    system: str | None = None


@define(weakref_slot=False)
class Detection:
    """How and when the incident was detected."""

    time: str | None = None
    method: str | None = None
    detected_by: str | None = None
    text: str | None = None


@define(weakref_slot=False)
class Response:
    """The response: when it began, what was done, how it escalated."""

    time: str | None = None
    actions: list[str] = attrs.Factory(list)
    escalation: str | None = None
    text: str | None = None


@define(weakref_slot=False)
class Resolution:
    """Mitigation and resolution, including step lists with tool and command."""

    time: str | None = None
    method: str | None = None
    verification: list[str] = attrs.Factory(list)
    mitigation: list[str] = attrs.Factory(list)
    permanent_fix: list[str] = attrs.Factory(list)
    steps: list[ResolutionStep] = attrs.Factory(list)
    why_it_worked: str | None = None
    text: str | None = None


@define(weakref_slot=False)
class LessonsLearned:
    """What went well, what went wrong, where we got lucky, and what we learned."""

    went_well: list[str] = attrs.Factory(list)
    went_wrong: list[str] = attrs.Factory(list)
    lucky: list[str] = attrs.Factory(list)
    improvements: list[str] = attrs.Factory(list)
    technical: list[str] = attrs.Factory(list)
    process: list[str] = attrs.Factory(list)
    organisational: list[str] = attrs.Factory(list)


@define(weakref_slot=False)
class Prevention:
    """Prevention measures by area."""

    process: list[str] = attrs.Factory(list)
    technical: list[str] = attrs.Factory(list)
    monitoring: list[str] = attrs.Factory(list)
    tools: list[str] = attrs.Factory(list)


@define(weakref_slot=False)
class Team:
    """Who responded and in which role."""

    incident_commander: str | None = None
    technical_lead: str | None = None
    communications_lead: str | None = None
    support: str | None = None
    facilitator: str | None = None
    scribe: str | None = None
    members: list[str] = attrs.Factory(list)


@define(weakref_slot=False)
class Communication:
    """Internal and external communication."""

    internal: list[str] = attrs.Factory(list)
    external: list[str] = attrs.Factory(list)


@define(weakref_slot=False)
class FollowUp:
    """Review schedule and success criteria."""

    reviews: dict[str, str] = attrs.Factory(dict)
    success_criteria: list[str] = attrs.Factory(list)
    text: str | None = None


@define(weakref_slot=False)
class Section:
    """One section of the document as written: heading text, kind, level, body and children.

    ``content`` is the body's Markdown up to the first subsection, exactly as in the source.
    Sections the model has no typed home for are kept here and written back unchanged.
    """

    title: str
    kind: SectionKind = SectionKind.OTHER
    level: int = 2
    content: str = ""
    subsections: list[Section] = attrs.Factory(list)
    line: int = field(default=0, eq=False)
    _origin: SectionOrigin | None = field(default=None, eq=False, repr=False, alias="_origin")

    def walk(self) -> list[Section]:
        """This section and all its descendants, in document order."""
        out = [self]
        for sub in self.subsections:
            out.extend(sub.walk())
        return out


@define(weakref_slot=False)
class FrontMatter:
    """YAML (``---``), TOML (``+++``) or Nikola comment (``<!--`` / ``.. key: value`` /
    ``-->``) front matter: raw text and the data read from it (``format`` is "yaml", "toml"
    or "comment").

    Part of the model: a key set, changed or removed in ``data`` is written back in place (only
    that key's lines change), and the typed fields read from front matter (title, severity,
    authors, affected services) are written back to their keys.
    """

    format: str
    raw: str
    data: dict[str, Any] = attrs.Factory(dict)
    #: The data as read, to tell which keys code changed (set by the parser).
    _parsed: dict[str, Any] | None = field(default=None, eq=False, repr=False, alias="_parsed")


@define(weakref_slot=False)
class Report:
    """A whole post-mortem.

    The typed attributes (``metadata``, ``timeline``, ``action_items``, ...) are what code reads
    and edits. ``sections`` is the document's outline in order, kept so that nothing the model
    does not understand is lost; it is a view of the text and is not part of equality.
    """

    title: str | None = None
    metadata: Metadata = attrs.Factory(Metadata)
    summary: Summary = attrs.Factory(Summary)
    details: IncidentDetails = attrs.Factory(IncidentDetails)
    impact: Impact = attrs.Factory(Impact)
    timeline: Timeline = attrs.Factory(Timeline)
    root_cause: RootCause = attrs.Factory(RootCause)
    detection: Detection = attrs.Factory(Detection)
    response: Response = attrs.Factory(Response)
    resolution: Resolution = attrs.Factory(Resolution)
    lessons: LessonsLearned = attrs.Factory(LessonsLearned)
    action_items: list[ActionItem] = attrs.Factory(list)
    prevention: Prevention = attrs.Factory(Prevention)
    stated_metrics: list[StatedMetric] = attrs.Factory(list)
    team: Team = attrs.Factory(Team)
    communication: Communication = attrs.Factory(Communication)
    follow_up: FollowUp = attrs.Factory(FollowUp)
    sections: list[Section] = field(factory=list, eq=False)
    front_matter: FrontMatter | None = field(default=None, eq=False)
    placeholders: list[Placeholder] = field(factory=list, eq=False, repr=False)
    #: Milestones dated in the report's prose, with the sentence each came from.
    evidence: list[Evidence] = field(factory=list, eq=False, repr=False)
    #: Metadata fields that state a duration ("Duration: 1h 30m", "Total Duration: ..."), as
    #: figures with the key they are written under, read by the parser.
    stated_fields: list[StatedMetric] = field(factory=list, eq=False, repr=False)
    _source: Any = field(default=None, eq=False, repr=False, alias="_source")

    def all_sections(self) -> list[Section]:
        """Every section at every depth, in document order."""
        out: list[Section] = []
        for s in self.sections:
            out.extend(s.walk())
        return out

    def find_sections(self, kind: SectionKind) -> list[Section]:
        """Sections of one kind at any depth, in document order."""
        return [s for s in self.all_sections() if s.kind is kind]

    @property
    def incidents(self) -> tuple[Report, ...]:
        """Each incident the document reports, as a report of its own.

        An ordinary post-mortem is one incident: ``(self,)``. A document that reports several
        (a yearly or quarterly incident log, a status page's history, a page of several
        post-mortems) gives one report per incident, each read from its own heading's text,
        in document order (see ``docs/legacy.md``). They are read from the text as parsed:
        edit and save the document itself; the incidents are for reading and metrics.
        """
        from postmortem.parsing.incidents import split

        doc = self._source
        if doc is None:
            return (self,)
        if doc.incidents is None:
            parts = split(self)
            doc.incidents = () if parts == (self,) else parts
        return doc.incidents or (self,)

    def save(self, path: Any, *, force: bool = False) -> None:
        """Write the report to ``path`` (see :func:`postmortem.dump`, and its ``force``)."""
        from postmortem.io import dump

        dump(self, path, force=force)

    def _repr_html_(self) -> str:
        from postmortem.notebook import report_html

        return report_html(self)

    def _repr_markdown_(self) -> str:
        from postmortem.notebook import report_markdown

        return report_markdown(self)
