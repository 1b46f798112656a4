"""Several incidents in one document: incident logs, status-page histories, pages of reports.

Most documents report one incident. Some report many: a yearly or quarterly operational log
with a heading per incident ("### 2023-02-14 — Database failover" and its impact and window),
a status page's history (a heading per incident, each with its "Resolved" / "Investigating"
updates), a page that gathers several post-mortems ("## Incident 2: ..." each with its own
Summary, Timeline and Root cause). Read as one report, such a page merges the timelines of
unrelated incidents and takes its fields from the first one.

Detection is conservative, by evidence, so that an ordinary post-mortem stays one incident:

- a section is an incident when its heading names one (a date with its day, or incident
  wording: "Incident 3", "INC-112", "Outage on ...") and its body states one (two of the keys
  an incident entry gives, such as Impact, Duration, Start, Root cause; or status-page
  updates with a time; or two of a post-mortem's own sections below it), or when, whatever
  its heading, its body is a status page's updates (two kinds of update label, with times);
- a section whose subsections hold two incidents or more is a grouping (a quarter, a month),
  not an incident: its incidents are those below it;
- a timeline's sections are never incidents (its day headings are days of one incident);
- the document has several incidents only when two sections or more are incidents, and the
  text outside them holds fewer than two of a post-mortem's own sections (Timeline, Impact,
  Root cause, ...): a report with those is one incident, whatever its headings say.

Each incident is then read as a report of its own from its section's text (see
:attr:`postmortem.Report.incidents`); the document itself is untouched and still written
back byte for byte.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

import attrs

from postmortem import model as m
from postmortem.parsing.blocks import Block
from postmortem.timestamps import (
    UPDATE_WORDS,
    calendar_word,
    guess_dayfirst,
    parse_date,
    parse_datetime,
    parse_day_range,
    parse_duration,
    split_stamp,
    zone,
)
from postmortem.vocabulary import (
    INCIDENT_ENTRY_KEYS,
    INCIDENT_HEADING,
    INCIDENT_LOG_HEADING,
    INCIDENT_LOG_TITLE,
    INCIDENT_TABLE_COLUMNS,
    INCIDENT_TABLE_HEADING,
    STATUS_UPDATE_LABELS,
    incident_number,
    normalize,
    section_kind,
)

__all__ = ["incident_sections", "split"]

#: A post-mortem's own sections: below a heading they make it a report of its own; outside
#: every incident, two of them make the whole document one report.
_REPORT_KINDS = frozenset(
    {
        m.SectionKind.SUMMARY,
        m.SectionKind.IMPACT,
        m.SectionKind.TIMELINE,
        m.SectionKind.ROOT_CAUSE,
        m.SectionKind.TRIGGER,
        m.SectionKind.CONTRIBUTING_FACTORS,
        m.SectionKind.DETECTION,
        m.SectionKind.RESPONSE,
        m.SectionKind.MITIGATION,
        m.SectionKind.RESOLUTION,
        m.SectionKind.LESSONS_LEARNED,
        m.SectionKind.ACTION_ITEMS,
    }
)
#: Outside the incidents, these say the document is itself one post-mortem. Summary and
#: lessons are left out: a quarterly log often opens with a summary and ends with lessons.
_SINGLE_KINDS = _REPORT_KINDS - {m.SectionKind.SUMMARY, m.SectionKind.LESSONS_LEARNED}

# "**Resolved** - text", "- Investigating: text", "[Update - 2023-03-29 15h50 UTC]",
# "**Mar 12, 2024 16:40 UTC** - **Resolved** - text": a label at the start of a line (after
# the update's stamp, if any), then a dash or a colon. Linear: no two blank runs can trade blanks.
_LABEL = re.compile(
    r"^[ \t]*(?:[-*+][ \t]+)?(?:\*\*[^*\n]{4,40}\*\*[ \t]*[-–—:][ \t]*)?"
    r"[\[*_]{0,2}(?P<w>[A-Za-z]{4,13})(?:[*_]{2}|\b)[ \t]*[-–—:]",
    re.MULTILINE,
)
# "**Impact:** ...", "- Duration: ...", "Start time: ...": a key and a colon at a line's start.
_KEY = re.compile(
    # Letters of any script: "- 영향: ...", "- 원인: ..." (a Korean incident log's keys).
    # Two names of one key too: "- **Reason/Cause**: ..." (Cyb3r-Jak3's downtime log).
    r"^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?P<k>[^\W\d_][^\W\d_ ]*(?:[ /][^\W\d_]+){0,3})[ \t]*"
    r"(?::[ \t]*(?:\*\*|__)|(?:\*\*|__)?[ \t]*:)",
    re.MULTILINE,
)
#: Keys of an incident entry named by the section they would head in a report ("Impact",
#: "영향", "Ursache"): the section vocabulary's words in every language it reads.
_ENTRY_KINDS = frozenset(
    {
        m.SectionKind.IMPACT,
        m.SectionKind.ROOT_CAUSE,
        m.SectionKind.TRIGGER,
        m.SectionKind.RESOLUTION,
        m.SectionKind.MITIGATION,
        m.SectionKind.DETECTION,
    }
)
_CLOCK = re.compile(r"\b(?:[01]?\d|2[0-3])[:h][0-5]\d\b")


def _names_incident(title: str) -> bool:
    """A heading that names an incident: a date with its day (or days: "May 26 - 27th,
    2018"), or incident wording."""
    return (
        parse_date(title) is not None
        or INCIDENT_HEADING.search(title) is not None
        or parse_day_range(title) is not None
    )


def _body_evidence(body: str) -> tuple[int, int, bool]:
    """Distinct status-update labels, distinct incident keys, and whether a time is written."""
    labels = {w for mm in _LABEL.finditer(body) if (w := mm.group("w").lower()) in
              STATUS_UPDATE_LABELS}  # fmt: skip
    keys = {k for mm in _KEY.finditer(body) for part in mm.group("k").split("/")
            if (k := normalize(part)) in INCIDENT_ENTRY_KEYS
            or section_kind(k) in _ENTRY_KINDS}  # fmt: skip
    return len(labels), len(keys), _CLOCK.search(body) is not None


def _is_incident(s: m.Section, text: str) -> bool:
    if s.kind is not m.SectionKind.OTHER or s._origin is None:
        return False
    named = _names_incident(s.title)
    below = {c.kind for c in s.walk() if c is not s} & _REPORT_KINDS
    if named and len(below) >= 2:
        return True  # a post-mortem of its own under the heading
    # Its own text, before any subsection: a month's heading is no incident for the updates
    # of the incidents below it.
    labels, keys, timed = _body_evidence(s.content)
    if named and (keys >= 2 or (labels >= 1 and timed)):
        return True  # an entry of an incident log
    return labels >= 2 and timed  # a status page's updates under the incident's title


def _templated(sections: Sequence[m.Section]) -> set[int]:
    """The sections among siblings that each name an incident and repeat the same headings
    below them, two at least ("## Outage - Datasette - 2024-08-23" over "### Description",
    "### Running log", "### Postmortem", as every incident of MHCLG's planning-data log;
    "#### Downtime on March 3rd, 2019" pages alike): a log written to one template, whatever
    the template names its parts."""
    named = [s for s in sections if s._origin is not None and _names_incident(s.title)
             and _has_words(s.title)]  # fmt: skip
    if len(named) < 2:
        return set()
    titles = {id(s): {normalize(c.title) for c in s.subsections} for s in named}
    seen: dict[str, int] = {}
    for own in titles.values():
        for t in own:
            seen[t] = seen.get(t, 0) + 1
    return {i for i, own in titles.items() if sum(1 for t in own if seen[t] >= 2) >= 2}


def _numbered(sections: Sequence[m.Section]) -> set[int]:
    """The sections among siblings whose headings number an incident, two at least and each
    its own number ("### Incident #5: Shard3 CPU Timeout - October 26, 2025" down to "#1",
    screeps-gpt's incident log; "## Incident 2: ..." of a page of post-mortems; Prysm's
    "(Incident #6)"): numbered apart, they are incidents apart, whatever their bodies hold."""
    numbers: dict[str, int] = {}
    for s in sections:
        number = incident_number(s.title) if s._origin is not None else None
        if number is not None:
            numbers.setdefault(number, id(s))
    return set(numbers.values()) if len(numbers) >= 2 else set()


def _newest_first(sections: Sequence[m.Section]) -> set[int]:
    """The sections among siblings headed by a day alone (no time), three at least and half
    the siblings, whose days run newest first: a log kept by adding each incident at its top
    ("## 2025年9月17日上午：无法加载通知 JSON", "## 2024年4月13日晚上", ... down to 2023, Capchdo's
    outage log; OpenProject's cloud status log under "Past incidents"). One incident's days
    never run backwards, and its updates newest first carry their times ("Update 27.08.2022
    10:00 Uhr")."""
    dated = [
        (s, days[1] if (days := parse_day_range(s.title)) else d)
        for s in sections
        if s._origin is not None
        and not _CLOCK.search(s.title)
        and (d := parse_date(s.title)) is not None
    ]
    if len(dated) < 3 or 2 * len(dated) < len(sections):
        return set()
    # A range of days counts by its last ("### December 12-20, 2018" under "### December 21,
    # 2018", Wynton's log). One step up in five, over six headings or more, is a slip of
    # the log (an incident filed by its start among those filed by their end), as a
    # newest-first timeline allows one.
    steps = [a <= b for (_, a), (_, b) in itertools.pairwise(dated)]
    if sum(steps) and not (len(dated) >= 6 and sum(steps) * 5 <= len(steps)):
        return set()
    if any(a == b for (_, a), (_, b) in itertools.pairwise(dated)):
        return set()  # two headings of one day: parts of one day's telling
    # An update's label, or days that follow each other ("## Update, March 7, 2024" over
    # "## March 6" and "## March 5"): one incident told newest first, day by day. A log's
    # incidents stand days apart, more than two on average.
    if any(_UPDATE_HEADING.match(s.title) for s, _ in dated):
        return set()
    if (dated[0][1] - dated[-1][1]).days <= 2 * (len(dated) - 1):
        return set()
    return {id(s) for s, _ in dated}


def _names_a_part(title: str) -> bool:
    """Whether a dated heading's words name a part of a post-mortem ("2026-07-01 Timeline of
    the outage", "2026-07-08 Follow-up: root cause analysis"), not an incident."""
    hit = split_stamp(title)
    words = title[hit[2] :] if hit is not None else title
    return section_kind(words.strip(" -–—:·|")) is not m.SectionKind.OTHER


#: "Day 2", "day 3": the days of one incident's telling.
_DAY_NUMBER = re.compile(r"\bday\s*\d", re.IGNORECASE)

#: A heading that opens with an update's label: "Update, March 7, 2024", "Mise à jour ...".
_UPDATE_HEADING = re.compile(rf"\W*(?:{UPDATE_WORDS})\b", re.IGNORECASE)


#: Words of a heading's date besides month and weekday names ("## Day 2 - the 4th and 5th").
_DATE_FILLERS = frozenset({"day", "the", "and", "utc"})


def _has_words(title: str) -> bool:
    """Whether a heading says something besides its day ("Outage - Datasette - 2024-08-23",
    not "## March 4th, 2024" nor "## Day 2 - Tuesday": days of one incident)."""
    return any(
        len(w) >= 3 and not calendar_word(w) and w.lower() not in _DATE_FILLERS
        for w in re.findall(r"[^\W\d_]+", title)
    )


def _collect(sections: Sequence[m.Section], text: str) -> list[m.Section]:
    out: list[m.Section] = []
    templated = _templated(sections) | _newest_first(sections) | _numbered(sections)
    for s in sections:
        if s.kind is m.SectionKind.TIMELINE:
            continue  # a timeline's day headings are days of one incident
        if INCIDENT_LOG_HEADING.match(s.title):
            # "## Past incidents" over "### April 25th, 2018", "### Router update
            # (2018-08-14)": each dated heading below is an incident, whatever its body says.
            dated = [c for c in s.subsections if c._origin is not None and _names_incident(c.title)]
            if len(dated) >= 2:
                out.extend(dated)
                continue
        inner = _collect(s.subsections, text)
        if len(inner) >= 2 or (inner and not _is_incident(s, text)):
            out.extend(inner)  # a grouping (a quarter, a month): the incidents are below it
        elif id(s) in templated or _is_incident(s, text):
            out.append(s)
    return out


def _outside(sections: Sequence[m.Section], inside: set[int]) -> list[m.Section]:
    out: list[m.Section] = []
    for s in sections:
        if id(s) in inside:
            continue
        out.append(s)
        out.extend(_outside(s.subsections, inside))
    return out


def incident_sections(report: m.Report) -> list[m.Section]:
    """The sections that each hold one incident, in document order; empty when the document
    reports one incident (an ordinary post-mortem), see the module's description."""
    doc = report._source
    if doc is None:
        return []
    text: str = doc.source.text
    if report.title and INCIDENT_LOG_TITLE.search(report.title):
        # "# Incident Log" over "## 2026-07-01: TelegramConflictError — Bot не отвечал ~4
        # часа" and "## 2026-07-08: ...": the document says it is a log, and each heading
        # that dates what happened is an incident, whatever its body says.
        # Not headings with a time of day (entries of one incident's log), nor a day's
        # number ("Day 2: ..."): one incident told day by day.
        dated = [s for s in report.sections if s._origin is not None
                 and s.kind is m.SectionKind.OTHER and _names_incident(s.title)
                 and _has_words(s.title) and not _CLOCK.search(s.title)
                 and not _DAY_NUMBER.search(s.title) and not _names_a_part(s.title)]  # fmt: skip
        if len(dated) >= 2:
            return dated
    found = _collect(report.sections, text)
    if len(found) < 2:
        return []
    single = {s.kind for s in _outside(report.sections, {id(s) for s in found})} & _SINGLE_KINDS
    if len(single) >= 2:
        return []  # the document's own Timeline, Root cause, ...: one post-mortem
    return found


def incident_rows(report: m.Report) -> list[m.Report]:
    """The incidents of a table that gives one a row, each with its start and its end or
    length ("| ID | Date | Duration | Cause |": a homelab's interruptions; an incident table
    of GOV.UK Notify's kind), as reports of their own; empty when no table does. A table in
    the timeline is its entries, not incidents."""
    from postmortem.parsing.outline import read_blocks

    doc = report._source
    if doc is None or "|" not in doc.source.text:
        return []
    text: str = doc.source.text
    # Only a document that is the log: its sections are no post-mortem's (no Summary, Impact,
    # What happened, Timeline, ...), it opens with no notice of its own, and the table sits
    # under a heading that names what it lists ("## Interruptions", "## Outages").
    sections = list(report.all_sections())
    if (
        any(s.kind is not m.SectionKind.OTHER for s in sections)
        or (report.summary.text or "").strip()
    ):
        return []
    dayfirst = guess_dayfirst(text)
    spans = [s._origin.span for s in sections
             if s._origin is not None and INCIDENT_TABLE_HEADING.search(s.title)]  # fmt: skip
    if report.title and INCIDENT_TABLE_HEADING.search(report.title):
        spans.insert(0, (doc.body_start, len(text)))  # the document's own heading says it
    for start_at, end_at in spans:
        for b in read_blocks(text, start_at, end_at):
            if b.kind == "table" and (found := _table_incidents(text, b, dayfirst)):
                return found
    return []


def _table_incidents(text: str, b: Block, dayfirst: bool) -> list[m.Report]:
    """A table's rows as incidents: each with a title, a start, and an end or a length."""
    rows = b.rows()
    if len(rows) < 3:
        return []
    heads = [normalize(text[s:e].strip(" *_`")) for s, e in rows[0][1]]
    roles = [INCIDENT_TABLE_COLUMNS.get(h) for h in heads]
    if not {"start", "title"} <= set(roles) or not ({"end", "duration"} & set(roles)):
        return []
    found: list[m.Report] = []
    for _, cells in rows[1:]:
        got: dict[str, str] = {}
        for r, (s, e) in zip(roles, cells, strict=False):
            if r:
                got.setdefault(r, text[s:e].strip())  # the first column of a role
        start = parse_datetime(got.get("start", ""), dayfirst=dayfirst)
        # A day alone ("Oct 21 2024", SLAC's outage log) dates the incident, to the day.
        day = (
            start.date()
            if start is not None
            else parse_date(got.get("start", ""), dayfirst=dayfirst)
        )
        if day is None or not got.get("title"):
            return []
        end = None
        if start is not None:
            end = parse_datetime(got.get("end", ""), dayfirst=dayfirst, tz=start.tzinfo)
            length = parse_duration(got.get("duration", ""))
            if end is None and length is not None:
                try:
                    end = start + length
                except OverflowError:
                    end = None  # "3000000 days": past the last day there is
        md = m.Metadata(date=day, started_at=start, ended_at=end)
        found.append(m.Report(title=got["title"], metadata=md))
    return found if len(found) >= 2 else []


def split(report: m.Report) -> tuple[m.Report, ...]:
    """Each incident of a document as a report of its own, read from its section's text;
    ``(report,)`` for a document that reports one incident or has no text (built in code)."""
    from postmortem.parsing import parse

    found = incident_sections(report)
    if not found:
        # (A document with a post-mortem's sections has no rows: ``incident_rows``.)
        return tuple(incident_rows(report)) or (report,)
    src = report._source.source
    parts = []
    for s in found:
        assert s._origin is not None
        start, end = s._origin.span
        part = parse(src.original[src.to_original(start) : src.to_original(end)])
        _oldest_first(part)
        _document_zone(part, report)
        parts.append(part)
    return tuple(parts)


def _oldest_first(part: m.Report) -> None:
    """A status page writes an incident's updates newest first: said so, its first update is
    read as when it was reported and its last as when it was resolved."""
    ats = [e.at for e in part.timeline.events]
    timed = [a for a in ats if a is not None]
    if len(ats) >= 2 and len(timed) == len(ats):
        part.timeline.newest_first = part.timeline.newest_first or all(
            a > b for a, b in itertools.pairwise(timed)
        )


def _document_zone(part: m.Report, report: m.Report) -> None:
    """Times an incident writes without a zone are in the zone its document declares
    ("All times are UTC" above the incidents)."""
    name = report.timeline.timezone or report.metadata.timezone
    if name is None or part.timeline.timezone is not None:
        return
    tz = zone(name)
    if tz is None:
        return
    part.timeline.timezone = name
    for ev in part.timeline.events:
        if ev.at is not None and ev.at.tzinfo is None:
            ev.at = ev.at.replace(tzinfo=tz)
        if ev.end is not None and ev.end.tzinfo is None:
            ev.end = ev.end.replace(tzinfo=tz)
    part.evidence = [  # times said in the incident's prose
        attrs.evolve(x, at=x.at.replace(tzinfo=tz)) if x.at is not None and x.at.tzinfo is None
        else x for x in part.evidence
    ]  # fmt: skip
