"""Every family of timestamp forms (docs/timestamps.md), in every timeline shape.

A generated timeline writes each event's instant in one family and lays the entries out in one
shape (bullets, a table, paragraph lines, bold or bracketed stamps, one heading per entry); the
parsed report must give back every instant. Then dates the document contradicts: a year typo,
a five-digit year and a swapped day and month are flagged and left out of metrics, with the
reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import postmortem
from postmortem.metrics import metrics
from postmortem.timestamps import parse_date, read_stamp, split_stamp, weekday_year

from edit_property import check, edits_for

LA = ZoneInfo("America/Los_Angeles")
NY = ZoneInfo("America/New_York")
UTC = dt.timezone.utc


def _h12(t: dt.datetime) -> str:
    return f"{(t.hour % 12) or 12}:{t.minute:02d} {'PM' if t.hour >= 12 else 'AM'}"


def _ordinal(day: int) -> str:
    return "th" if 10 < day % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


_FR_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


# family -> (write an instant, the zone the written form carries or None, needs a day line)
FAMILIES: dict[str, tuple[Callable[[dt.datetime], str], dt.tzinfo | None, bool]] = {
    "iso date and time": (lambda t: t.strftime("%Y-%m-%d %H:%M"), None, False),
    "iso with Z": (lambda t: t.strftime("%Y-%m-%dT%H:%M:%SZ"), UTC, False),
    "iso with a slash": (lambda t: t.strftime("%Y-%m-%d/%H:%M"), None, False),
    "24-hour clock": (lambda t: t.strftime("%H:%M"), None, True),
    "with seconds": (lambda t: t.strftime("%H:%M:%S"), None, True),
    "12-hour clock": (_h12, None, True),
    "zone abbreviation": (lambda t: _h12(t) + " PST", LA, True),
    "dotted meridiem": (lambda t: _h12(t).replace("AM", "a.m.").replace("PM", "p.m."), None, True),
    "month name": (lambda t: t.strftime("%b %d, %Y %H:%M"), None, False),
    "day, a dash, the time": (lambda t: t.strftime("%B %d, %Y - %H:%M"), None, False),
    "day @ time": (lambda t: t.strftime("%Y-%m-%d @ ") + _h12(t) + " ET", NY, False),
    "day at time": (lambda t: t.strftime("%b %d, %Y at %H:%M"), None, False),
    "day month year": (lambda t: f"{t.day} {t.strftime('%B %Y')} {t:%H:%M}", None, False),
    "ordinal of month": (
        lambda t: f"{t.day}{_ordinal(t.day)} of {t.strftime('%B %Y')} {t:%H:%M}",
        None,
        False,
    ),
    "time on the ordinal": (
        lambda t: f"{t:%H:%M} UTC on the {t.day}{_ordinal(t.day)} of {t:%B %Y}",
        UTC,
        False,
    ),
    "numeric month-first": (lambda t: t.strftime("%m/%d/%Y %H:%M"), None, False),
    "year first with slashes": (lambda t: t.strftime("%Y/%m/%d %H:%M"), None, False),
    "year first with dots": (lambda t: t.strftime("%Y.%m.%d %H:%M"), None, False),
    "iso unpadded": (lambda t: f"{t.year}-{t.month}-{t.day} {t:%H:%M}", None, False),
    "day/month-name/year": (lambda t: t.strftime("%d/%b/%Y %H:%M"), None, False),
    "jira day/month-name/yy": (lambda t: t.strftime("%d/%b/%y ") + _h12(t), None, False),
    "oracle DD-MON-YY": (
        lambda t: t.strftime("%d-%b-%y").upper() + t.strftime(" %H:%M"),
        None,
        False,
    ),
    "military HHMM": (lambda t: t.strftime("%H%M"), None, True),
    "military with hrs": (lambda t: t.strftime("%H%M") + " hrs", None, True),
    "15h50": (lambda t: f"{t.hour}h{t.minute:02d}", None, True),
    "9 h 21": (lambda t: f"{t.hour} h {t.minute:02d}", None, True),
    "14.43": (lambda t: t.strftime("%H.%M"), None, True),
    "dotted with a zone": (lambda t: t.strftime("%H.%M") + " UTC", UTC, True),
    "fraction of a second": (lambda t: t.strftime("%H:%M:%S") + ".5", None, True),
    "a bound": (lambda t: "After " + t.strftime("%H:%M"), None, True),
    "month-day without year": (lambda t: t.strftime("%m-%d %H:%M"), None, True),
    "month/day without year": (lambda t: f"{t.month}/{t.day} " + _h12(t), None, True),
    "zulu": (lambda t: t.strftime("%H%MZ"), UTC, True),
    "zulu after a clock time": (lambda t: t.strftime("%H:%MZ"), UTC, True),
    "full-width colon": (lambda t: f"{t:%H}：{t:%M}", None, True),
    "dotted with a two-digit year": (lambda t: t.strftime("%d.%m.%y %H:%M"), None, False),
    "range with an arrow": (
        lambda t: f"{t:%H:%M} → {t + dt.timedelta(minutes=5):%H:%M}",
        None,
        True,
    ),
    "approximate in parentheses": (lambda t: f"{t:%H:%M} (approx.)", None, True),
    # DAY is a Tuesday in April.
    "german weekday and month": (
        lambda t: f"Dienstag, {t.day}. April {t.year}, {t:%H:%M} Uhr",
        None,
        False,
    ),
    "spanish weekday and month": (
        lambda t: f"martes, {t.day} de abril de {t.year} {t:%H:%M}",
        None,
        False,
    ),
    "russian month": (lambda t: f"{t.day} апреля {t.year} {t:%H:%M}", None, False),
    "french abbreviated month": (lambda t: f"{t.day} avr. {t.year} {t:%H:%M}", None, False),
    "day number": (lambda t: f"Day 1, {t:%H:%M}", None, True),
    "month/day @ time": (lambda t: f"{t.month}/{t.day} @ " + _h12(t), None, True),
    "german day.month. without year": (lambda t: t.strftime("%d.%m. um %H:%M"), None, True),
    "time on its day": (lambda t: t.strftime("%H:%M UTC on %B %d, %Y"), UTC, False),
    "french day à time": (
        lambda t: f"{t.day} {_FR_MONTHS[t.month - 1]} {t.year} à {t:%Hh%M}",
        None,
        False,
    ),
    "approximate": (lambda t: "~" + t.strftime("%H:%M"), None, True),
    "plus-minus": (lambda t: "± " + t.strftime("%H:%M UTC"), UTC, True),
    "approximate after the time": (lambda t: t.strftime("%H:%M") + "-ish", None, True),
    "japanese around": (lambda t: t.strftime("%Y-%m-%d %H:%M") + " 頃", None, False),
    "ten minutes": (lambda t: f"{t:%H}:{t.minute // 10}x", None, True),
}

#: Families whose written form keeps less than the minute: the instant they read back as.
READS_AS: dict[str, Callable[[dt.datetime], dt.datetime]] = {
    "ten minutes": lambda t: t.replace(minute=t.minute // 10 * 10),
}

# shape -> how a list of (stamp, text) entries is written
SHAPES: dict[str, Callable[[list[tuple[str, str]]], str]] = {
    "bullets": lambda es: "".join(f"- {s} - {x}\n" for s, x in es),
    "table": lambda es: (
        "| Time | Event |\n| --- | --- |\n" + "".join(f"| {s} | {x} |\n" for s, x in es)
    ),
    "paragraph lines": lambda es: "".join(f"{s}: {x}  \n" for s, x in es),
    "bold stamps": lambda es: "".join(f"- **{s}**: {x}\n" for s, x in es),
    "bracketed stamps": lambda es: "".join(f"- [{s}] {x}\n" for s, x in es),
    "headings": lambda es: "".join(f"### {s}\n\n{x}\n\n" for s, x in es),
    "parenthesized stamps": lambda es: "".join(f"- ({s}) {x}\n" for s, x in es),
    # The stamp closes the entry: "- Rolled back the deploy (10:30 UTC)".
    "closing parentheses": lambda es: "".join(f"- {x} ({s})\n" for s, x in es),
    # A status page's updates pasted as shown: the words, then the day and time alone.
    "time on the last line": lambda es: "".join(f"{x}  \n{s}\n\n" for s, x in es),
    # A status page's "Posted" line under each update's words, as its page shows them.
    "posted lines": lambda es: "".join(f"{x}\n\nPosted 3 years ago. {s}\n\n" for s, x in es),
}

DAY = dt.date(2023, 4, 18)

# A four-digit number standing alone in bold, brackets or a heading is more often a year than
# a military time ("### 2023"), so HHMM is read only where a separator follows it.
UNWRAPPED_ONLY = {"military HHMM"}
WRAPPED = {
    "bold stamps",
    "bracketed stamps",
    "headings",
    "closing parentheses",
    "parenthesized stamps",
}


PARENTHESIZED = {"approximate in parentheses"}
IN_PARENTHESES = {"closing parentheses", "parenthesized stamps"}

#: A time on an update's last line is read with the day written beside it, as status pages
#: write them: a clock time alone there is a line of the update's words.
DAY_AND_TIME_ONLY = {"time on the last line", "posted lines"}


def supported(family: str, shape: str) -> bool:
    """Whether the family is read in the shape (docs/timestamps.md says where it is not)."""
    if shape in DAY_AND_TIME_ONLY and FAMILIES[family][2] and family != "month-day without year":
        return False
    if family in PARENTHESIZED and shape in IN_PARENTHESES:
        return False  # parentheses do not nest in a stamp: "(14:05 (approx.))"
    return not (family in UNWRAPPED_ONLY and shape in WRAPPED)


texts = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=9), min_size=2, max_size=5
).map(lambda ws: "Team " + " ".join(ws))


@st.composite
def timelines(draw: st.DrawFn) -> tuple[str, str, list[dt.datetime]]:
    """A report with one timeline; its family, and the instants it writes (minute precision)."""
    family = draw(st.sampled_from(sorted(FAMILIES)))
    shape = draw(st.sampled_from(sorted(s for s in SHAPES if supported(family, s))))
    write, tz, _ = FAMILIES[family]
    start = dt.datetime.combine(DAY, dt.time(draw(st.integers(0, 11)), draw(st.integers(0, 59))))
    steps = draw(st.lists(st.integers(1, 90), min_size=1, max_size=5))
    instants = [start]
    for s in steps:
        nxt = instants[-1] + dt.timedelta(minutes=s)
        if nxt.date() != DAY:
            break
        instants.append(nxt)
    entries = [(write(t), draw(texts)) for t in instants]
    doc = (
        f"# Incident on {DAY.isoformat()}\n\n## Summary\n\nThe search API failed.\n\n"
        f"## Timeline\n\n{SHAPES[shape](entries)}\n## Action items\n\n- Fix it\n"
    )
    reads = READS_AS.get(family, lambda t: t)
    want = [reads(t).replace(tzinfo=tz) if tz is not None else reads(t) for t in instants]
    return f"{family} / {shape}", doc, want


@settings(max_examples=300, deadline=None)
@given(timelines())
def test_every_family_reads_back_in_every_shape(case: tuple[str, str, list[dt.datetime]]) -> None:
    label, doc, want = case
    report = postmortem.parse(doc)
    got = [e.at for e in report.timeline.events]
    assert len(got) == len(want), (label, doc)
    for g, w in zip(got, want, strict=True):
        assert g is not None, (label, doc)
        if w.tzinfo is None:
            assert g.replace(tzinfo=None) == w, (label, doc)
        else:
            assert g == w, (label, doc)
    assert postmortem.dumps(report) == doc


def test_a_four_digit_heading_is_a_year_not_a_military_time() -> None:
    doc = "# Incident\n\n## Timeline\n\n### 2023\n\nThe year we moved.\n\n### 2024\n\nMore.\n"
    assert all(e.at is None for e in postmortem.parse(doc).timeline.events)


@pytest.mark.parametrize(
    ("family", "shape"),
    [(f, s) for f in sorted(FAMILIES) for s in sorted(SHAPES) if supported(f, s)],
)
def test_each_family_in_each_shape(family: str, shape: str) -> None:
    write, tz, _ = FAMILIES[family]
    instants = [dt.datetime.combine(DAY, dt.time(9, 5)), dt.datetime.combine(DAY, dt.time(13, 40))]
    entries = [(write(t), "Team noticed errors") for t in instants]
    doc = f"# Incident on {DAY.isoformat()}\n\n## Timeline\n\n{SHAPES[shape](entries)}"
    got = [e.at for e in postmortem.parse(doc).timeline.events]
    reads = READS_AS.get(family, lambda t: t)
    want = [reads(t).replace(tzinfo=tz) if tz is not None else reads(t) for t in instants]
    assert [g.replace(tzinfo=None) if g and w.tzinfo is None else g for g, w in
            zip(got, want, strict=True)] == want  # fmt: skip


def test_relative_offsets_count_from_the_first_instant() -> None:
    doc = (
        "# Halt\n\n## Timeline (UTC)\n\n| Time | Event |\n| --- | --- |\n"
        "| May 28 2025, 11:30 AM | Upgrade executed; network halts |\n"
        "| [+1 hrs] | Consensus failure confirmed |\n| [+7.5h] | Firewall implemented |\n"
    )
    events = postmortem.parse(doc).timeline.events
    assert [e.at for e in events] == [
        dt.datetime(2025, 5, 28, 11, 30, tzinfo=UTC),
        dt.datetime(2025, 5, 28, 12, 30, tzinfo=UTC),
        dt.datetime(2025, 5, 28, 19, 0, tzinfo=UTC),
    ]


def test_t_plus_offsets_count_from_t_zero_and_its_written_time() -> None:
    # "T+0 (2:05pm)" gives the instant the others count from; "T+5m", "T0+20m" count from it.
    doc = (
        "# Build farm outage\n\nDate: March 4, 2024. All times PST.\n\n## Timeline\n\n"
        "1. T+0 (2:05pm) - deploy started\n2. T+5m - alerts fire, on-call paged\n"
        "3. T0+20m - rolled back\n4. T+1h - builds green again\n"
    )
    pst = dt.timezone(dt.timedelta(hours=-8))
    events = postmortem.parse(doc).timeline.events
    assert [e.at for e in events] == [
        dt.datetime(2024, 3, 4, 14, 5, tzinfo=pst),
        dt.datetime(2024, 3, 4, 14, 10, tzinfo=pst),
        dt.datetime(2024, 3, 4, 14, 25, tzinfo=pst),
        dt.datetime(2024, 3, 4, 15, 5, tzinfo=pst),
    ]
    assert events[0].text == "deploy started"
    # Hours and minutes after T0: "T+00:05", "T+1:30".
    doc = doc.replace("T+5m", "T+00:05").replace("T+1h", "T+1:00")
    assert [e.at for e in postmortem.parse(doc).timeline.events][1::2] == [
        dt.datetime(2024, 3, 4, 14, 10, tzinfo=pst),
        dt.datetime(2024, 3, 4, 15, 5, tzinfo=pst),
    ]


@pytest.mark.parametrize(
    ("field", "rows"),
    [
        # Nx's Notion export: a "Date and Time" field, then "**T+1hr**:" entries.
        (
            "- **Date and Time**: Mon, 04 Mar 2024 09:08:02 GMT",
            "- **T+1hr**: Incident identification.\n- **T+2.5hrs**: Reverted the latest tag.\n",
        ),
        # Inlock AI's report: a "Started" field over a table of "+0:05" offsets.
        (
            "**Started:** 2024-03-04 09:08:02 UTC",
            "| Time | Event |\n| --- | --- |\n| +1:00 | Incident identification |\n"
            "| +2:30 | Reverted the latest tag |\n",
        ),
    ],
)
def test_offsets_alone_count_from_the_stated_start(field: str, rows: str) -> None:
    doc = f"# Unintended release\n\n{field}\n\n## Timeline\n\n{rows}"
    report = postmortem.parse(doc)
    assert [e.at for e in report.timeline.events] == [
        dt.datetime(2024, 3, 4, 10, 8, 2, tzinfo=UTC),
        dt.datetime(2024, 3, 4, 11, 38, 2, tzinfo=UTC),
    ]
    assert postmortem.dumps(report) == doc
    # With no start stated there is nothing to count from: no instants, none made up.
    bare = postmortem.parse(f"# Unintended release\n\n## Timeline\n\n{rows}")
    assert [e.at for e in bare.timeline.events] == [None, None]


@pytest.mark.parametrize("value", ["14:22 +5:30", "14:22 GMT +1:00", "2:22 PM +5:30"])
def test_an_offset_after_a_fields_time_keeps_the_field(value: str) -> None:
    r = postmortem.parse(f"# T\n\n**Date:** 2024-03-04\n**Detected:** {value}\n\n## Summary\n\nx\n")
    assert r.metadata.detected_at is not None
    assert r.metadata.detected_at.replace(tzinfo=None) == dt.datetime(2024, 3, 4, 14, 22)


def test_a_zone_offset_after_a_time_is_no_relative_stamp() -> None:
    events = postmortem.parse(
        "# T\n\n## Timeline\n\n- 2024-03-04 10:00 +05:30 alerts fire\n"
        "- 2024-03-04 10:30 UTC+5:30 rolled back\n"
    ).timeline.events
    ist = dt.timezone(dt.timedelta(hours=5, minutes=30))
    assert [e.at for e in events] == [
        dt.datetime(2024, 3, 4, 10, 0, tzinfo=ist),
        dt.datetime(2024, 3, 4, 10, 30, tzinfo=ist),
    ]


def test_numbered_days_count_from_the_reports_day() -> None:
    # A long incident's days by number, as headings or before the time: "Day 2" is the day
    # after the report's (the incident's first) day, whatever the clock says.
    for body in (
        "### Day 1\n\n- 08:10 Alerts fired\n- 09:45 Drained node-7\n\n"
        "### Day 2\n\n- 10:00 Back to normal\n- 11:00 Incident closed\n",
        "- Day 1, 08:10 UTC: Alerts fired\n- Day 1, 09:45: Drained node-7\n"
        "- Day 2, 10:00: Back to normal\n- Day 2, 11:00: Incident closed\n",
    ):
        text = f"# Storage outage, 2024-03-11\n\n## Timeline\n\n{body}"
        r = postmortem.parse(text)
        days = [e.at.date() for e in r.timeline.events if e.at is not None]
        assert days == [dt.date(2024, 3, 11)] * 2 + [dt.date(2024, 3, 12)] * 2, body
        assert [e.at.hour for e in r.timeline.events if e.at] == [8, 9, 10, 11]
        for name, edit in edits_for(r):
            assert check(text, name, edit) is None, (name, body)


def test_a_dotted_date_is_day_first_in_a_month_first_document() -> None:
    # Dots part a date day first wherever they are written; the slashes say month first here.
    text = (
        "# Outage\n\nDate: 03/05/2024\n\n## Timeline\n\n"
        "- 05.03.24 14:05 - Alerts fired\n- 05.03.24 14:30 - Rolled back\n"
    )
    r = postmortem.parse(text)
    assert [e.at for e in r.timeline.events] == [
        dt.datetime(2024, 3, 5, 14, 5),
        dt.datetime(2024, 3, 5, 14, 30),
    ]


def test_a_day_number_in_words_is_no_stamp() -> None:
    text = "# Outage 2024-03-11\n\n## Notes\n\n- Day 2 of the migration went well\n- More\n"
    assert postmortem.parse(text).timeline.events == []


def test_n_hours_later_counts_from_the_entry_before() -> None:
    doc = (
        "# Deploy\n\n## Timeline\n\n* 2016-05-30 10:00 -- deployed code, monitored the log\n"
        "* 1 hour later, deployment done and issues resolved\n"
    )
    events = postmortem.parse(doc).timeline.events
    assert [e.at for e in events] == [dt.datetime(2016, 5, 30, 10), dt.datetime(2016, 5, 30, 11)]
    day_only = postmortem.parse(doc.replace("2016-05-30 10:00", "May 30, 2016")).timeline.events
    assert [e.date for e in day_only] == [dt.date(2016, 5, 30)] * 2


def test_unknown_times_are_entries_without_an_instant() -> None:
    doc = "# X\n\n## Timeline\n\n- 2023-04-18 10:00 Alert fired\n- [???] Someone looked\n"
    events = postmortem.parse(doc).timeline.events
    assert len(events) == 2
    assert events[1].at is None and events[1].text == "Someone looked"


def test_a_date_is_never_read_as_year_202() -> None:
    doc = "# X\n\n## Timeline\n\n- 3/4/202 10:00 Alert fired\n- 3/4/2023 10:05 Paged\n"
    for e in postmortem.parse(doc).timeline.events:
        assert e.at is None or e.at.year == 2023


def _timeline(*stamps: str) -> str:
    rows = "".join(f"- {s} - step {i} of the response\n" for i, s in enumerate(stamps))
    return f"# Incident\n\n## Timeline (UTC)\n\n{rows}"


@pytest.mark.parametrize(
    ("stamps", "bad", "reason"),
    [
        (("2023-01-11 14:34", "2022-01-11 14:40", "2023-01-11 14:51", "2023-01-11 15:10"), 1,
         "year 2022 is one off"),
        (("2023-01-11 14:34", "20223-01-11 14:40", "2023-01-11 14:51"), 1, "five-digit year"),
        (("04/10/2023 09:21", "04/10/2023 10:30", "10/04/2023 10:52", "04/11/2023 08:14"), 2,
         "day and month look swapped"),
        (("2023-03-05 10:00", "2023-04-05 11:00", "2023-03-05 12:00"), 1,
         "month 4 breaks the order"),
        (("2022-03-04 10:00", "2023-03-04 11:00", "2023-03-04 12:00"), 0, "year 2022 is one off"),
    ],
)  # fmt: skip
def test_flagged_dates_are_left_out_of_metrics_with_the_reason(
    stamps: tuple[str, ...], bad: int, reason: str
) -> None:
    report = postmortem.parse(_timeline(*stamps))
    events = report.timeline.events
    assert len(events) == len(stamps)
    flagged = [i for i, e in enumerate(events) if e.flag]
    assert flagged == [bad], [e.flag for e in events]
    assert reason in (events[bad].flag or "")
    mt = metrics(report)
    assert mt.excluded_events == ((bad, events[bad].flag),)
    for inst in mt.instants.values():
        assert bad not in inst.events, inst
    if bad == 0:
        # The first entry's date is not believed: the inferred start is the next entry.
        assert mt.started_at.events == (1,)


def test_a_later_day_of_a_long_incident_is_not_flagged() -> None:
    report = postmortem.parse(
        _timeline("2023-01-11 14:34", "2023-01-11 18:00", "2023-03-02 09:00", "2023-03-02 10:00")
    )
    assert not any(e.flag for e in report.timeline.events)


PIECES = [
    "2023-04-18", "9999-12-31", "20223-01-01", "0001-01-01", "14:05", "23:59:59", "2:54 PM",
    "PST", "UTC", "(17:14 UTC)", "[+1 hrs]", "+999 days", "03-26", "12/31/9999", "3/4/202",
    "Jan 14,", "31st December", "1625", "15h50", "14.43", "~", "[???]", "--:--", "**", "_",
    "{{", "}}", "[Update -", "]", "-", ":", "|", "Between", "and", "from", "to", "started",
    "resolved", "alert", "rolled back", "restored", "\n", "\n- ", "\n### ", "\n| ", "On",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join))
@example(body="23:59:59 ~ 14:05 9999-12-31")  # a range past midnight on the last day there is
def test_stamp_soup_never_crashes(body: str) -> None:
    doc = f"# Incident\n\n## Timeline\n\n- {body}\n\n## Summary\n\n{body}\n"
    report = postmortem.parse(doc)
    assert postmortem.dumps(report) == doc
    metrics(report)


def test_a_yearless_slash_day_before_a_time_tells_the_order_of_day_and_month() -> None:
    # "26/03 23:04" can only be day-first: its entries are read so and not flagged; the year
    # is the report's. A fraction ("1/20 of the builds") is no day.
    text = (
        "# Build farm outage\n\nDate: 2024-03-26\n\n## Timeline (all times CET)\n\n"
        "- 26/03 23:04 - deploy started, 1/20 of the builds failed\n"
        "- 26/03 23:10 - alerts fire\n- 27/03 00:25 - rolled back\n"
    )
    events = postmortem.parse(text).timeline.events
    cet = dt.timezone(dt.timedelta(hours=1))
    assert [(e.at, e.flag) for e in events] == [
        (dt.datetime(2024, 3, 26, 23, 4, tzinfo=cet), None),
        (dt.datetime(2024, 3, 26, 23, 10, tzinfo=cet), None),
        (dt.datetime(2024, 3, 27, 0, 25, tzinfo=cet), None),
    ]


def test_a_non_breaking_hyphen_between_digits_reads_as_a_hyphen() -> None:
    # "2025‑05‑20" with U+2011, as writing assistants and word processors put it in dates: the
    # title's day dates the entries, and the text comes back byte for byte.
    text = (
        "# Service outage on 2025\u201105\u201120\n\n## Timeline (UTC)\n\n"
        "| Time | Event |\n|---|---|\n| 08:41 | Alert fired |\n| 09:54 | Incident resolved |\n"
    )
    report = postmortem.parse(text)
    assert [e.at for e in report.timeline.events] == [
        dt.datetime(2025, 5, 20, 8, 41, tzinfo=UTC),
        dt.datetime(2025, 5, 20, 9, 54, tzinfo=UTC),
    ]
    assert postmortem.dumps(report) == text


def test_an_offset_zone_in_parentheses_is_part_of_the_stamp() -> None:
    text = (
        "# Outage\n\nDate: 2024-03-05\n\n## Timeline\n\n"
        "- 14:02 (UTC+2) deploy begins\n- 14:10 (GMT-05:00) alerts fire\n"
    )
    events = postmortem.parse(text).timeline.events
    plus2, minus5 = (dt.timezone(dt.timedelta(hours=h)) for h in (2, -5))
    assert [(e.at, e.text) for e in events] == [
        (dt.datetime(2024, 3, 5, 14, 2, tzinfo=plus2), "deploy begins"),
        (dt.datetime(2024, 3, 5, 14, 10, tzinfo=minus5), "alerts fire"),
    ]


def test_update_labels_in_other_languages_open_entries_newest_first() -> None:
    # flus' status article: French "Mise à jour de 18h15 :" updates over the first post.
    doc = (
        "---\ntitle: Serveur hors-service\ndate: 2021-05-18 17:20\n---\n\n"
        "Mise à jour de 18h15 : le problème est donc résolu.\n\n---\n\n"
        "Mise à jour de 17h55 : j'ai contacté le support.\n\n---\n\n"
        "Les services sont hors-service.\n"
    )
    timeline = postmortem.parse(doc).timeline
    assert [(e.at, e.text) for e in timeline.chronological()] == [
        (dt.datetime(2021, 5, 18, 17, 55), "j'ai contacté le support."),
        (dt.datetime(2021, 5, 18, 18, 15), "le problème est donc résolu."),
    ]
    assert timeline.newest_first
    english = doc.replace("Mise à jour de", "Update at")
    assert [e.text for e in postmortem.parse(english).timeline.events] == [
        "le problème est donc résolu.",
        "j'ai contacté le support.",
    ]


def test_a_column_of_days_beside_a_column_of_times_dates_each_row() -> None:
    # Mezo's halt report: "| Day | Time (UTC) | Event |", the day written on every row.
    doc = (
        "# Halt\n\n## Timeline\n\n| Day | Time (UTC) | Event |\n|---|---|---|\n"
        "| 2025-03-12 | 20:25 | Cause found |\n| 2025-03-13 | 21:25 | Release announced |\n"
        "| 2025-03-14 | 13:58 | Chain resumes |\n"
    )
    utc = dt.timezone.utc
    assert [e.at for e in postmortem.parse(doc).timeline.events] == [
        dt.datetime(2025, 3, 12, 20, 25, tzinfo=utc),
        dt.datetime(2025, 3, 13, 21, 25, tzinfo=utc),
        dt.datetime(2025, 3, 14, 13, 58, tzinfo=utc),
    ]


def test_a_zone_in_full_width_parentheses_closes_the_stamp() -> None:
    # LINE's outage notices: "2021年9月1日 20:05頃 〜 20:18頃（UTC+9）", the zone in the
    # full-width parentheses Japanese and Chinese text writes.
    doc = (
        "# 障害のお知らせ\n\n### 発生日時\n\n- 2021年9月1日 20:05頃 〜 20:18頃（UTC+9）\n"
        "- 2021年9月1日 20:42頃 〜 20:45頃（UTC+9）\n- 2021年9月1日 21:19頃 〜 21:20頃（UTC+9）\n"
    )
    jst = dt.timezone(dt.timedelta(hours=9))
    events = postmortem.parse(doc).timeline.events
    assert [(e.at, e.end) for e in events] == [
        (dt.datetime(2021, 9, 1, 20, 5, tzinfo=jst), dt.datetime(2021, 9, 1, 20, 18, tzinfo=jst)),
        (dt.datetime(2021, 9, 1, 20, 42, tzinfo=jst), dt.datetime(2021, 9, 1, 20, 45, tzinfo=jst)),
        (dt.datetime(2021, 9, 1, 21, 19, tzinfo=jst), dt.datetime(2021, 9, 1, 21, 20, tzinfo=jst)),
    ]


@pytest.mark.parametrize(
    "timeline",
    [
        # RDV-Solidarités' incident log: weekday items over nested timed items.
        "* Wednesday\n  * 13:17: errors\n  * 16:26: site back\n* Thursday\n  * 8:15: manual scale\n"
        "* Friday\n  * 12:27: fix deployed\n",
        "### Wednesday\n\n- 13:17: errors\n- 16:26: site back\n\n### Thursday\n\n"
        "- 8:15: manual scale\n\n### Friday\n\n- 12:27: fix deployed\n",
        "**Wednesday**\n\n- 13:17: errors\n- 16:26: site back\n\n**Thursday**\n\n"
        "- 8:15: manual scale\n\n**Friday**\n\n- 12:27: fix deployed\n",
        "* Mercredi\n  * À partir de 13:17: erreurs\n  * environ 16:26: le site est accessible\n"
        "* Jeudi\n  * 8:15: scale manuel\n* Vendredi\n  * 12:27: correctif\n",
    ],
)
def test_weekday_groups_date_their_entries(timeline: str) -> None:
    # Published on Friday the 24th: Wednesday is the 22nd, Thursday and Friday follow.
    r = postmortem.parse(f"# Incident\n\n**Date:** 2021-09-24\n\n## Timeline\n\n{timeline}")
    assert [e.at for e in r.timeline.events] == [
        dt.datetime(2021, 9, 22, 13, 17),
        dt.datetime(2021, 9, 22, 16, 26),
        dt.datetime(2021, 9, 23, 8, 15),
        dt.datetime(2021, 9, 24, 12, 27),
    ]


def test_weekday_groups_look_back_from_the_report_and_follow_its_order() -> None:
    # Dated Tuesday the 12th: "Friday" is the 8th, not the 15th (a report comes after).
    r = postmortem.parse(
        "---\ndate: 2024-03-12\n---\n# Outage\n## Timeline\n- Friday\n"
        "  - 22:10 Deploy started, errors began\n- Saturday\n  - 01:10 Fix deployed\n"
    )
    assert [e.at for e in r.timeline.events] == [
        dt.datetime(2024, 3, 8, 22, 10),
        dt.datetime(2024, 3, 9, 1, 10),
    ]
    # Newest first: "### Saturday" over "### Friday" goes back a day.
    r = postmortem.parse(
        "# Outage\n\n**Date:** 2024-03-09\n\n## Timeline\n\n### Saturday\n\n"
        "- 01:10 Fix deployed, service restored\n\n### Friday\n\n- 22:10 Deploy started\n"
    )
    assert [e.at for e in r.timeline.events] == [
        dt.datetime(2024, 3, 9, 1, 10),
        dt.datetime(2024, 3, 8, 22, 10),
    ]


@pytest.mark.parametrize(
    ("line", "approximate"),
    [
        ("À partir de 13:17: erreurs", False),
        ("environ 13:17: contact du support", True),
        ("vers 13:17: contact du support", True),
        ("gegen 13:17: Kontakt", True),
        ("ab 13:17: Fehler", False),
        ("alrededor de las 13:17: contacto", True),
        ("a partir de las 13:17: errores", False),
        ("por volta das 13:17: contato", True),
    ],
)
def test_about_and_from_in_other_languages(line: str, approximate: bool) -> None:
    hit = split_stamp(line)
    assert hit is not None
    st = read_stamp(line[hit[0] : hit[1]])
    assert st.time == dt.time(13, 17)
    assert st.approximate is approximate
    assert split_stamp("vers le serveur") is None and split_stamp("desde el servidor") is None


def test_a_weekday_abbreviation_corrects_a_year_one_off() -> None:
    # "Tues" and "wed" were read as the weekday after theirs (an index into a list of names
    # that holds more than seven).
    assert weekday_year("Tues, April 4, 2024", dt.date(2024, 4, 4), dt.date(2023, 4, 2)) == (
        dt.date(2023, 4, 4)
    )
    assert weekday_year("Mercredi 5 avril 2024", dt.date(2024, 4, 5), dt.date(2023, 4, 2)) == (
        dt.date(2023, 4, 5)
    )


def test_a_stamp_in_emphasis_as_a_links_text() -> None:
    # Misskey's outage notes link each step to the note that told it: "[**02:19**](...) ...";
    # the zone is the front matter date's.
    jst = dt.timezone(dt.timedelta(hours=9))
    r = postmortem.parse(
        "---\ndate: 2018-08-20T13:00:01+09:00\n---\n## 経過\n"
        "- [**02:19**](https://m544.net/notes/5b79a6b8) misskey.ioに接続できないことを認識\n"
        "- [**10:41**](https://m544.net/notes/5b7a1c37) 新環境によりサービス再開\n"
    )
    assert [(e.at, e.text) for e in r.timeline.events] == [
        (dt.datetime(2018, 8, 20, 2, 19, tzinfo=jst), "misskey.ioに接続できないことを認識"),
        (dt.datetime(2018, 8, 20, 10, 41, tzinfo=jst), "新環境によりサービス再開"),
    ]


@pytest.mark.parametrize("stamp", ["**9 h 21**", "9 h 21", "9h21"])
def test_french_hours_spaced(stamp: str) -> None:
    # RDV-Solidarités' incident log: "* **9 h 21** livraison d'une mise à jour technique".
    r = postmortem.parse(
        f"# Incident du 29 avril 2021\n\n### Chronologie\n\n* {stamp} livraison\n"
        "* **10 h 13** Alertes : le service n'est plus accessible\n"
    )
    assert [e.at for e in r.timeline.events] == [
        dt.datetime(2021, 4, 29, 9, 21),
        dt.datetime(2021, 4, 29, 10, 13),
    ]
    assert split_stamp("2 h de panne") is None


def test_a_time_in_full_width_parentheses_closes_a_heading() -> None:
    # mulukhiya's post-mortem: "### 第1回デプロイ（06:00頃）", as "### Detection (14:05 UTC)".
    r = postmortem.parse(
        "# ポストモーテム (2026-03)\n\n**日付:** 2026-03-02\n\n## 時系列\n\n"
        "### 第1回デプロイ（06:00頃）\n\n本番が停止。\n\n### レート制限対策\n\n説明。\n\n"
        "### 第2回デプロイ（07:10頃）\n\n復旧。\n"
    )
    assert [(e.at, e.approximate) for e in r.timeline.events] == [
        (dt.datetime(2026, 3, 2, 6, 0), True),
        (dt.datetime(2026, 3, 2, 7, 10), True),
    ]


@pytest.mark.parametrize(
    "line", ["**_02:00_** An engineer deployed", "***02:00*** An engineer deployed",
             "_**02:00**_ An engineer deployed", "__*02:00*__: An engineer deployed"],
)  # fmt: skip
def test_a_stamp_in_bold_italics(line: str) -> None:
    # Octopus Deploy's incident timelines write "**_02:00_** An Octopus engineer deployed ...";
    # Polar's italics outside the bold are read as before.
    hit = split_stamp(line)
    assert hit is not None
    assert line[hit[0] : hit[1]] == "02:00"
    assert line[hit[2] :] == "An engineer deployed"
    assert split_stamp("**_Note_** nothing dated") is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("10.Feb.2020", dt.date(2020, 2, 10)),  # KOLIBRI Cloud's status page
        ("29.Okt.2019 from 17:00", dt.date(2019, 10, 29)),
        ("2025 August 27th", dt.date(2025, 8, 27)),  # Lambda Feedback's status log
        ("2025 Aug 27: outage", dt.date(2025, 8, 27)),
        ("10. Feb. 2020", dt.date(2020, 2, 10)),
    ],
)
def test_a_month_named_between_dots_or_after_the_year(text: str, day: dt.date) -> None:
    assert read_stamp(text).date == day
    assert parse_date(f"On {text} the site was down") == day


def test_a_version_or_a_time_is_no_year_first_date() -> None:
    assert read_stamp("v1.10.Feb").date is None
    assert parse_date("2025 August 27:30") is None
