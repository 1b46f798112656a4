"""Incident metrics: instants with provenance, durations, presets, aggregates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import postmortem
from postmortem import Milestone
from postmortem.metrics import aggregate, metrics

from conftest import FILLED, SEEDS, read_exact

M = dt.timedelta(minutes=1)


def seed_002() -> postmortem.Report:
    return postmortem.parse(read_exact(next(p for p in SEEDS if p.name.startswith("002"))))


def test_seed_002_example_timeline_gives_its_stated_figures() -> None:
    r = seed_002()
    mt = metrics(r)
    stated = {s.name: s.duration for s in r.stated_metrics}
    assert mt.time_to_detect.value == stated["Time to Detect"] == 15 * M
    assert mt.time_to_mitigate.value == stated["Time to Mitigate"] == 60 * M
    assert mt.time_to_resolve.value == r.metadata.duration == 90 * M  # "Total Duration"
    # "Time to Recover" is measured from mitigation to restoration.
    assert mt.time_to_recover.value == stated["Time to Recover"] == 15 * M
    for d in (mt.time_to_detect, mt.time_to_mitigate, mt.time_to_resolve, mt.time_to_recover):
        assert d.stated is not None and not d.disagrees
    # The template's date is a placeholder: times are laid on one notional day, and say so.
    assert "no date" in mt.started_at.reason


def test_times_without_a_day_give_durations_and_no_date() -> None:
    r = postmortem.parse(
        "# DNS outage\n\n## Timeline\n\n- 09:05 Domain registration lapses\n"
        "- 09:20 Alert fired for failed lookups\n- 12:00 Service restored\n"
    )
    mt = metrics(r)
    assert mt.time_to_detect.value == 15 * M and mt.time_to_resolve.value == 175 * M
    assert mt.started_at.precision == "time" and mt.started_at.isoformat() == "09:05:00"
    assert mt.incident_date is None  # no notional day passes for the incident's
    row = mt.as_row()
    assert row["started_at"] == "09:05:00" and row["impact_ended_at"] == "12:00:00"


@pytest.mark.parametrize("first", ["09:05 Domain registration lapses", "09:05 A quiet start"])
def test_a_detection_taken_from_an_acknowledgment_keeps_its_clock_time_only(first: str) -> None:
    # With no detection wording, the acknowledgment dates the detection; on a timeline of
    # times alone it is a clock time too, and its notional day is no incident date (a
    # conference's stream log and a keynote speaker who "joined the group call": 2000-01-01).
    r = postmortem.parse(
        f"# Stream outage\n\n## Timeline\n\n- {first}\n"
        "- 09:20 The on-call engineer acknowledged the page\n- 12:00 Service restored\n"
    )
    mt = metrics(r)
    assert mt.instants["acknowledged"].value is not None
    assert mt.detected_at.precision == "time" and mt.detected_at.isoformat() == "09:20:00"
    assert mt.incident_date is None


def test_each_instant_names_its_source() -> None:
    mt = metrics(postmortem.load(FILLED[2]))
    assert mt.detected_at.source == "timeline entry 2 (line 33)"
    assert "First alert fired" in mt.detected_at.reason
    assert mt.detected_at.events == (1,)
    assert mt.time_to_detect.events == (0, 1)
    assert mt.time_to_detect.reason.startswith("started (timeline entry 1")


def test_a_stated_end_outranks_a_day_the_prose_gives() -> None:
    # Appwrite's report: its fields give the minute, its summary the days of the window.
    mt = metrics(postmortem.parse(
        "# Delivery issues\n\n- **Incident Start:** 2025-08-24 07:26 UTC\n"
        "- **Incident End:** 2025-08-26 05:10 UTC\n\n## Summary\n\nBetween 24–26 August "
        "2025, some users experienced intermittent issues with email delivery.\n"
    ))  # fmt: skip
    end = dt.datetime(2025, 8, 26, 5, 10, tzinfo=dt.timezone.utc)
    assert (mt.impact_ended_at.value, mt.impact_ended_at.source) == (end, "metadata.ended_at")
    assert mt.impact_ended_at.precision == "minute"


def test_metadata_fields_outrank_the_timeline() -> None:
    mt = metrics(postmortem.load(FILLED[0]))
    assert mt.started_at.source == "metadata.started_at"
    assert mt.resolved_at.source == "metadata.ended_at"
    assert mt.time_to_resolve.value == 47 * M
    assert mt.time_to_detect.value == 6 * M  # Start Time 09:14 -> Detection Time 09:20
    assert not mt.time_to_detect.disagrees  # the report states "6 minutes"


@pytest.mark.parametrize(
    "head",
    [
        # Key-value lines, as incident tools export them and post-mortems copy them.
        "**Detected at:** 2026-04-30 ~20:13 UTC, by an operator\n"
        "**Acknowledged at:** 2026-04-30 20:20 UTC\n"
        "**Mitigated at:** 2026-04-30 23:39 UTC, by a rollout restart\n",
        # Front matter.
        "---\ndetected_at: 2026-04-30T20:13:00Z\nacknowledged_at: 2026-04-30T20:20:00Z\n"
        "mitigated_at: 2026-04-30T23:39:00Z\n---\n",
    ],
)
def test_acknowledgement_and_mitigation_fields_are_read(head: str) -> None:
    text = head + "\n# Webhook silence\n\n## Timeline\n\n- 19:50 Webhooks stop\n- 23:00 Restarted\n"
    r = postmortem.parse(text)
    utc = dt.timezone.utc
    assert r.metadata.acknowledged_at == dt.datetime(2026, 4, 30, 20, 20, tzinfo=utc)
    assert r.metadata.mitigated_at == dt.datetime(2026, 4, 30, 23, 39, tzinfo=utc)
    mt = metrics(r)
    assert mt.acknowledged_at.source == "metadata.acknowledged_at"
    assert mt.mitigated_at.source == "metadata.mitigated_at"  # over the timeline's wording
    assert mt.time_to_acknowledge.value == 7 * M
    assert postmortem.dumps(r) == text
    r.metadata.mitigated_at = dt.datetime(2026, 4, 30, 23, 45, tzinfo=utc)
    assert postmortem.parse(postmortem.dumps(r)).metadata.mitigated_at == r.metadata.mitigated_at


def test_explicit_markers_outrank_wording() -> None:
    text = (
        "# T\n\nDate: 2024-01-02\n\n## Timeline\n\nAll times in UTC\n\n"
        "- 10:00 Errors started for some users\n- 10:05 **OUTAGE BEGINS** load balancer down\n"
        "- 10:07 Alert fired\n- 10:30 **OUTAGE ENDS** traffic back\n"
    )
    mt = metrics(postmortem.parse(text))
    assert mt.started_at.value == dt.datetime(2024, 1, 2, 10, 5, tzinfo=dt.timezone.utc)
    assert mt.impact_ended_at.reason.startswith("marked")
    assert mt.impact_duration.value == 25 * M


@pytest.mark.parametrize(
    ("begins", "ends"),
    [
        ("**outage window begins**: routes return 404", "redeploy — **outage ends**."),
        ("**Outage begins** load balancer down", "**Outage ends** traffic back"),
    ],
)
def test_a_marker_in_bold_in_any_case_is_a_marker(begins: str, ends: str) -> None:
    # plyr.fm's retro writes the markers in bold lower case; in plain lower case they are
    # words of a sentence ("the outage ends when ..."), read as wording.
    text = (
        "# T\n\nDate: 2024-01-02\n\n## Timeline\n\nAll times in UTC\n\n"
        f"- 10:00 Errors started for some users\n- 10:05 {begins}\n"
        f"- 10:07 User reports errors\n- 10:30 {ends}\n"
    )
    mt = metrics(postmortem.parse(text))
    assert mt.started_at.value == dt.datetime(2024, 1, 2, 10, 5, tzinfo=dt.timezone.utc)
    assert mt.started_at.reason.startswith("marked")
    assert mt.impact_ended_at.reason.startswith("marked")
    assert mt.impact_duration.value == 25 * M
    plain = text.replace("**", "")
    assert not metrics(postmortem.parse(plain)).started_at.reason.startswith("marked")


def test_overrides_and_code_set_milestones() -> None:
    r = postmortem.load(FILLED[2])
    r.timeline.events[4].milestone = Milestone.MITIGATED  # "Root cause identified", 14:40
    mt = metrics(r)
    assert mt.time_to_mitigate.value == 40 * M
    later = dt.datetime(2024, 3, 7, 16, 0, tzinfo=dt.timezone.utc)
    mt = metrics(r, overrides={"resolved": later})
    assert mt.resolved_at.source == "override"
    assert mt.time_to_resolve.value == 120 * M
    with pytest.raises(KeyError):
        metrics(r, overrides={"finished": later})


def test_missing_and_negative_spans_explain_themselves() -> None:
    r = postmortem.parse("# T\n\nNo timeline at all.\n")
    mt = metrics(r)
    assert mt.time_to_detect.value is None
    assert "no started instant" in mt.time_to_detect.reason
    r = postmortem.load(FILLED[2])
    mt = metrics(r, overrides={"detected": dt.datetime(2024, 3, 7, 13, 0, tzinfo=dt.timezone.utc)})
    assert mt.time_to_detect.value is None
    assert mt.time_to_detect.reason.startswith("negative span")


def test_stated_durations_that_disagree_are_flagged() -> None:
    r = postmortem.load(FILLED[2])
    # The first alert moved from 14:15 to 14:05: ten minutes off the stated 15.
    r.timeline.events[1].at = dt.datetime(2024, 3, 7, 14, 5, tzinfo=dt.timezone.utc)
    mt = metrics(r)
    assert mt.time_to_detect.value == 5 * M
    assert mt.time_to_detect.disagrees


def test_presets() -> None:
    r = postmortem.load(FILLED[2])
    default, declared, dora = (metrics(r, preset=p) for p in ("default", "declared", "dora"))
    assert default.time_to_resolve.value == 90 * M  # started 14:00 -> resolved 15:30
    assert declared.time_to_resolve.value == 70 * M  # declared 14:20 -> resolved 15:30
    assert dora.durations["time_to_restore"].value == 75 * M  # started -> service restored
    assert dora.time_to_detect.value is None and "preset" in dora.time_to_detect.reason
    with pytest.raises(KeyError):
        metrics(r, preset="nope")


def test_aggregate_counts_missing_and_groups() -> None:
    reports = [postmortem.load(p) for p in FILLED]
    (overall,) = aggregate(reports).values()
    ttd = overall["time_to_detect"]
    assert ttd.count + ttd.missing + ttd.excluded == len(reports)
    values = [
        metrics(r).time_to_detect.minutes
        for r in reports
        if metrics(r).time_to_detect.value is not None
    ]
    assert ttd.count == len(values)
    assert ttd.median == pytest.approx(
        sorted(values)[len(values) // 2]
        if len(values) % 2
        else sum(sorted(values)[len(values) // 2 - 1 : len(values) // 2 + 1]) / 2
    )
    by_sev = aggregate(reports, group_by="severity")
    assert set(by_sev) == {"high", "medium", "critical"}
    assert sum(g["time_to_detect"].count for g in by_sev.values()) == ttd.count
    by_service = aggregate(reports, group_by="service")
    assert "payments" in by_service and "search" in by_service


def test_aggregate_exclusion_flag() -> None:
    text = read_exact(FILLED[2])
    flagged = postmortem.parse("---\nexclude_from_metrics: true\n---\n" + text)
    plain = postmortem.parse(text)
    (agg,) = aggregate([plain, flagged]).values()
    assert agg["time_to_detect"].count == 1  # the flagged copy is left out
    (agg,) = aggregate([plain, plain]).values()
    assert agg["time_to_detect"].count == 2
    assert aggregate([plain], exclude=lambda r: True) == {}


_WORDS = ["Errors started for users", "Alert fired", "Incident declared", "On-call acknowledged",
          "Rolled back the deploy", "Service restored", "Incident resolved"]  # fmt: skip


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.integers(min_value=1, max_value=600), min_size=7, max_size=7),
    st.integers(min_value=-500_000, max_value=500_000),
    st.booleans(),
)
def test_shifting_every_timestamp_keeps_every_duration(
    gaps: list[int], shift_minutes: int, with_summary: bool
) -> None:
    start = dt.datetime(2022, 3, 1, 8, 0, tzinfo=dt.timezone.utc)
    times = [start + dt.timedelta(minutes=sum(gaps[: i + 1])) for i in range(7)]

    def report(shift: dt.timedelta) -> postmortem.Report:
        ts = [t + shift for t in times]
        summary = (
            f"From {ts[0]:%B %d, %Y %H:%M} UTC to {ts[5]:%B %d, %Y %H:%M} UTC users saw errors.\n"
            if with_summary
            else "Users saw errors.\n"
        )
        rows = "".join(f"| {t:%Y-%m-%d %H:%M} | {w} |\n" for t, w in zip(ts, _WORDS, strict=True))
        return postmortem.parse(
            f"# T\n\n## Summary\n\n{summary}\n## Timeline\n\n| Time (UTC) | Event |\n"
            f"|---|---|\n{rows}"
        )

    before = metrics(report(dt.timedelta(0)))
    after = metrics(report(dt.timedelta(minutes=shift_minutes)))
    for name, d in before.durations.items():
        assert after.durations[name].value == d.value, name
    assert before.time_to_detect.value is not None


def test_incident_date_is_the_start_day_not_the_publication_day() -> None:
    published = postmortem.parse(
        "---\ndate: 2022-10-12\n---\n# Halt\n\n## Timeline\n\n"
        "- 2022-03-03 03:21 UTC: Chain halts\n- 2022-03-05 07:50 UTC: Fix released\n"
    )
    assert published.metadata.date == dt.date(2022, 10, 12)  # the day it was published
    assert metrics(published).incident_date == dt.date(2022, 3, 3)
    assert metrics(published).as_row()["started_at"].startswith("2022-03-03")
    undated = postmortem.parse("---\ndate: 2022-03-10\n---\n# Halt\n\nThe chain halted.\n")
    assert metrics(undated).incident_date == dt.date(2022, 3, 10)
    assert metrics(postmortem.parse("# Halt\n")).incident_date is None


def test_a_mitigation_told_before_the_monitoring_update_is_the_first() -> None:
    # Gitpod's status page: traffic failed over at 17:12, "Monitoring" (a fix in) next day.
    text = (
        "---\ntitle: Workspaces do not start\ndate: '2021-01-13T17:06:46.693Z'\n---\n"
        "We are currently investigating an issue that prevents workspaces from starting.\n\n"
        "::: update Update | 2021-01-13T17:12:46.693Z\nWe have temporarily disabled the US "
        "cluster and all traffic is routed to the EU cluster.\n:::\n\n"
        "::: update Monitoring | 2021-01-14T11:03:46.693Z\nA fix has been implemented and we "
        "are monitoring the results.\n:::\n"
    )
    mt = metrics(postmortem.parse(text))
    assert mt.mitigated_at.value is not None
    assert mt.mitigated_at.value.replace(microsecond=0) == dt.datetime(
        2021, 1, 13, 17, 12, 46, tzinfo=dt.timezone.utc
    )
    assert mt.mitigated_at.reason.startswith("wording")
    # Without the failover, the labelled update is the mitigation.
    alone = text.replace("We have temporarily disabled the US cluster and all traffic is "
                         "routed to the EU cluster.", "Still investigating.")  # fmt: skip
    assert metrics(postmortem.parse(alone)).mitigated_at.reason.startswith("marked")


def test_entries_known_to_the_day_after_the_timed_ones_are_milestones_of_that_day() -> None:
    # Cèrcol's 30-day silent outage: one timed entry, then the day it was found and fixed.
    text = (
        "# Silent outage\n\n## Timeline\n\nTimes in UTC.\n\n"
        "- **2026-04-16 17:56** - A deploy overwrote the Caddyfile; the API failed.\n"
        "- **2026-05-16** - Miquel discovered the outage while testing the prerender.\n"
        "- **2026-05-16** - Manual fix on the server: service restored.\n"
    )
    mt = metrics(postmortem.parse(text))
    for name in ("detected", "impact_ended"):
        got = mt.instants[name]
        assert got.value is not None and got.value.date() == dt.date(2026, 5, 16)
        assert got.precision == "day"
    # A day against a time of day measures nothing.
    assert mt.durations["time_to_detect"].value is None
    # A day before the first timed entry is a precursor's, not a milestone.
    early = text.replace("- **2026-04-16 17:56**", "- **2026-04-10** - Config refactor merged.\n"
                         "- **2026-04-16 17:56**")  # fmt: skip
    assert metrics(postmortem.parse(early)).started_at.value == dt.datetime(
        2026, 4, 16, 17, 56, tzinfo=dt.timezone.utc
    )
    # A follow-up day after a timed end does not take the end from its time.
    ended = (
        "# API outage\n\n## Timeline\n\nAll times in UTC.\n\n"
        "- 2024-03-01 09:00 Deploy went out; errors began\n"
        "- 2024-03-01 10:00 Incident resolved\n"
        "- 2024-03-08 Permanent fix deployed and the incident ticket closed\n"
    )
    assert metrics(postmortem.parse(ended)).resolved_at.value == dt.datetime(
        2024, 3, 1, 10, 0, tzinfo=dt.timezone.utc
    )


def test_a_naive_front_matter_time_takes_the_zone_the_report_writes_its_times_in() -> None:
    # deSEC's status entries: cState front matter without a zone, the prose in UTC.
    text = (
        "---\ntitle: API unreachable via IPv6\ndate: 2025-11-21 16:30:00\nresolved: true\n"
        "resolvedWhen: 2025-11-22 20:27:00\n---\n\n"
        "The API was unreachable via IPv6 from Nov 21, 2025, 4:30pm until Nov 22, 2025, "
        "8:27pm UTC.\n"
    )
    mt = metrics(postmortem.parse(text))
    utc = dt.timezone.utc
    assert mt.started_at.value == dt.datetime(2025, 11, 21, 16, 30, tzinfo=utc)
    assert mt.resolved_at.value == dt.datetime(2025, 11, 22, 20, 27, tzinfo=utc)
    # Without a zone anywhere, the fields stay naive.
    naive = metrics(postmortem.parse(text.replace(" UTC.", ".")))
    assert naive.started_at.value == dt.datetime(2025, 11, 21, 16, 30)


def test_a_part_that_recovers_before_the_stated_end_is_the_first_reduction() -> None:
    doc = (
        "# Load balancers crash\n\n## Summary\n\nOn 2026-08-27 all public regions were down "
        "between 15:55 and 16:15 CEST.\n\n## Timeline\n\n| Time (CEST) | Event |\n| --- | --- |\n"
        "| 2026-08-27 15:55 | Load balancer workers crash-loop in all public regions |\n"
        "| 2026-08-27 16:06 | Traffic recovers in Paris |\n"
        "| 2026-08-27 16:15 | All public regions back to normal |\n"
    )
    mt = metrics(postmortem.parse(doc))
    assert mt.instants["mitigated"].value is not None
    assert mt.instants["mitigated"].value.strftime("%H:%M") == "16:06"
    assert mt.instants["mitigated"].inferred
    assert mt.instants["impact_ended"].value.strftime("%H:%M") == "16:15"


def test_one_end_alone_is_no_mitigation() -> None:
    doc = (
        "# Outage\n\n## Timeline\n\n- 2026-08-27 15:55 UTC: the API crashed\n"
        "- 2026-08-27 16:15 UTC: the API recovers\n"
    )
    assert metrics(postmortem.parse(doc)).instants["mitigated"].value is None


@pytest.mark.parametrize(
    ("words", "start"),
    [("Site published with the .git folder. **Start of exposure.**", dt.date(2026, 9, 24)),
     ("Site published with the .git folder.", dt.date(2026, 9, 27)),
     # Words alone, not a marker: an earlier incident recalled.
     ("Previous incident: the site went down (INC-12)", dt.date(2026, 9, 27))],
)  # fmt: skip
def test_a_day_before_the_first_time_starts_the_incident_only_when_marked_so(
    words: str, start: dt.date
) -> None:
    # A leak exposed days before the review that found it; without the words, that day is
    # a precursor's, and the first time starts the incident.
    r = postmortem.parse(
        "# Token exposed\n\n## Timeline\n\n"
        f"- 2026-09-24: {words}\n- 2026-09-27 21:47 UTC: Review finds the token\n"
        "- 2026-09-27 22:32 UTC: Token revoked. **End of exposure.**\n"
    )
    got = metrics(r).instants["started"].value
    assert got is not None and got.date() == start
    assert metrics(r).instants["impact_ended"].value == dt.datetime(
        2026, 9, 27, 22, 32, tzinfo=dt.timezone.utc
    )


LEAD_IN = (
    "# Scanner unavailable\n\n## Timeline\n\n"
    "- 2025-05-27 13:44 – DAST 2025.5 rollout began.\n"
    "- 2025-05-27 14:04 – Technical support reported CrashLoopBackOff.\n"
    "- 2025-05-27 14:20 – Checksum mismatch in image deployment identified.\n"
)


@pytest.mark.parametrize(
    ("first", "start"),
    [
        ("DAST 2025.5 rollout began.", (14, 4)),
        ("PR #1919 merged → triggers a major bump", (14, 4)),
        ("Routine system update performed on the host", (14, 4)),
        ("✅ Automated backup ran successfully", (14, 4)),
        # A deploy is as often the start it caused; a lead-in that names a failure is one.
        ("We deployed a change set to production, everything went well", (13, 44)),
        ("PR #6 merged, and the release job failed", (13, 44)),
        ("Rollout began; API errors rose at once", (13, 44)),
        # A clause or a word that tells what the change did makes it the start.
        ("PR #42 merged; checkout latency spikes to 30s", (13, 44)),
        ("PR #42 merged and auto-deployed, which locked the orders table", (13, 44)),
        ("Backup completed but wrote corrupt files", (13, 44)),
        ("Customer accounts merged incorrectly by the dedup job", (13, 44)),
        ("Latency spikes started with the hourly cron", (13, 44)),
    ],
)
def test_an_inferred_start_falls_after_the_timeline_lead_in(
    first: str, start: tuple[int, int]
) -> None:
    r = postmortem.parse(LEAD_IN.replace("DAST 2025.5 rollout began.", first))
    got = metrics(r).started_at
    assert got.value == dt.datetime(2025, 5, 27, *start)
    assert got.inferred


def test_a_stated_start_outranks_the_lead_in() -> None:
    text = LEAD_IN.replace("## Timeline", "**Start time:** 2025-05-27 13:50\n\n## Timeline")
    assert metrics(postmortem.parse(text)).started_at.value == dt.datetime(2025, 5, 27, 13, 50)
    # Nor does the lead-in move a detection or any other milestone.
    r = postmortem.parse(LEAD_IN)
    assert metrics(r).detected_at.value == dt.datetime(2025, 5, 27, 14, 4)


@pytest.mark.parametrize(
    ("line", "instant", "day"),
    [
        ("**When discovered:** December 11, 2025", "detected", dt.date(2025, 12, 11)),
        ("**开始时间**: 2026-01-12", "started", dt.date(2026, 1, 12)),
        ("**复旧日時**: 2026-01-12", "impact_ended", dt.date(2026, 1, 12)),
    ],
)
def test_a_key_event_in_words_given_as_a_day_is_day_evidence(
    line: str, instant: str, day: dt.date
) -> None:
    # Keys no table lists, named by their milestone's words: a day alone dates it to the day.
    r = postmortem.parse(f"# Tables deleted\n\n{line}\n\n## Summary\n\nRestored from backup.\n")
    got = metrics(r).instants[instant]
    assert (got.value, got.precision) == (dt.datetime.combine(day, dt.time()), "day")


def test_a_start_stated_as_a_later_day_is_the_first_entry_of_that_day() -> None:
    text = (
        "# Texture upgrade\n\n**发生时间**: 2026-01-12\n\n## 事故时间线\n\n"
        "| 时间 | 事件 |\n|---|---|\n"
        "| 2026-01-11 20:10 | 开始 Three.js r158 升级 |\n| 2026-01-11 21:16 | ES Modules 迁移 |\n"
        "| 2026-01-12 01:24 | 发现纹理加载问题 |\n| 2026-01-12 02:43 | 完成迁移 |\n"
    )
    got = metrics(postmortem.parse(text)).started_at
    assert got.value == dt.datetime(2026, 1, 12, 1, 24)
    assert not got.inferred
    # A stated day of the first entry, or none: the first entry, as before.
    for other in (text.replace("2026-01-12\n\n##", "2026-01-11\n\n##"),
                  text.replace("**发生时间**: 2026-01-12\n\n", "")):  # fmt: skip
        assert metrics(postmortem.parse(other)).started_at.value == dt.datetime(2026, 1, 11, 20, 10)


def test_three_lead_ins_are_a_log_of_work_and_an_edited_time_keeps_the_start() -> None:
    work = LEAD_IN.replace(
        "- 2025-05-27 14:04",
        "- 2025-05-27 13:45 – Rollout began in eu-west.\n"
        "- 2025-05-27 13:46 – Rollout began in us-east.\n- 2025-05-27 14:04",
    )
    assert metrics(postmortem.parse(work)).started_at.value == dt.datetime(2025, 5, 27, 13, 44)
    r = postmortem.parse(LEAD_IN)
    r.timeline.events[1].at = dt.datetime(2025, 5, 27, 14, 6)
    assert metrics(r).started_at.value == dt.datetime(2025, 5, 27, 14, 6)
    assert (
        metrics(postmortem.parse(postmortem.dumps(r))).started_at.value == r.timeline.events[1].at
    )


QUIET_FIRST = (
    "# Metadata lost\n\n## Timeline\n\n"
    "- 2026-01-20 15:54 – First document written to the collection.\n"
    "- 2026-01-22 08:44 – contextd startup fails with a metadata error.\n"
    "- 2026-01-22 09:10 – Database errors in every region.\n"
)


@pytest.mark.parametrize(
    ("second", "start"),
    [
        ("contextd startup fails with a metadata error.", (2026, 1, 22, 8, 44)),
        ("Workflow `Publish Draft` mulai gagal (401)", (2026, 1, 22, 8, 44)),
        ("Tác vụ thu thập dữ liệu đầu tiên thất bại", (2026, 1, 22, 8, 44)),
        ("Première vague d'erreurs remontée par la supervision", (2026, 1, 22, 8, 44)),
        ("全部任务执行失败", (2026, 1, 22, 8, 44)),
        ("С этого момента CI не запускается", (2026, 1, 22, 8, 44)),
        ("Первая ошибка `read ECONNRESET`", (2026, 1, 22, 8, 44)),
        ("Много ошибок 500 в API", (2026, 1, 22, 8, 44)),
        # The first failure told within three entries.
        ("Second document written to the collection.", (2026, 1, 22, 9, 10)),
        # A failure told as it was found is its start too.
        ("A user reported that the app fails to start.", (2026, 1, 22, 8, 44)),
        ("Node `jnk2v` bascule NotReady", (2026, 1, 22, 8, 44)),
        ("Checkout requests start timing out", (2026, 1, 22, 8, 44)),
        # A negation farther off negates nothing: the failure is told.
        ("Clients with no retries see errors", (2026, 1, 22, 8, 44)),
        # A detection before any failure: the response began, the first entry stands.
        ("On-call engineer paged.", (2026, 1, 20, 15, 54)),
        # A failure told as mitigated or resolved is no start.
        ("Rolled back the change; errors stopped", (2026, 1, 20, 15, 54)),
        ("Incident resolved, no errors since", (2026, 1, 20, 15, 54)),
        # A word of failure in another sense or negated names no failure, nor a weak one
        # ("issues") the first: the first failure after it is not read past it.
        ("Messages pile up in the dead letter queue", (2026, 1, 22, 9, 10)),
        ("Provider status page shows no errors", (2026, 1, 22, 9, 10)),
        ("Health checks did not fail", (2026, 1, 22, 9, 10)),
        ("Logs zeigen kein Fehler", (2026, 1, 22, 9, 10)),
        ("В логах нет ошибок", (2026, 1, 22, 9, 10)),
        # "упал" also says a level fell: no failure.
        ("CPU упал до 10% после фикса", (2026, 1, 22, 9, 10)),
        ("Fehlalarm im Monitoring", (2026, 1, 22, 9, 10)),
        ("Redis starts storing sessions", (2026, 1, 22, 9, 10)),
        ("Vendor reports issues with its API", (2026, 1, 20, 15, 54)),
    ],
)
def test_an_inferred_start_is_the_first_entry_that_tells_a_failure(
    second: str, start: tuple[int, ...]
) -> None:
    r = postmortem.parse(
        QUIET_FIRST.replace("contextd startup fails with a metadata error.", second)
    )
    got = metrics(r).started_at
    assert got.value == dt.datetime(*start)
    assert got.inferred


def test_a_first_entry_that_tells_a_failure_is_the_start() -> None:
    for first in ("First document write failed in", "Users cannot reach the dashboard in",
                  "Webhooks stop arriving from"):  # fmt: skip
        text = QUIET_FIRST.replace("First document written", first)
        got = metrics(postmortem.parse(text)).started_at.value
        assert got == dt.datetime(2026, 1, 20, 15, 54), first
    # Three quiet entries before it are a log of work, not a quiet start.
    work = QUIET_FIRST.replace(
        "- 2026-01-22 08:44",
        "- 2026-01-21 10:00 – Index rebuilt.\n- 2026-01-21 11:00 – Cache warmed.\n"
        "- 2026-01-21 12:00 – Nightly export ran.\n- 2026-01-22 08:44",
    )
    assert metrics(postmortem.parse(work)).started_at.value == dt.datetime(2026, 1, 20, 15, 54)


def test_the_reports_own_day_after_the_first_entry_starts_at_its_first_entry() -> None:
    text = (
        "# Staging deploy overwrote production\n\n**Date:** 2026-08-03\n\n## Timeline\n\n"
        "- 2026-07-28 23:14 – Commit removes the target environment from the workflow.\n"
        "- 2026-08-03 21:15 – Push to staging runs the workflow against the default slot.\n"
        "- 2026-08-03 21:40 – A volunteer reported that production shows the staging build.\n"
    )
    got = metrics(postmortem.parse(text)).started_at
    assert got.value == dt.datetime(2026, 8, 3, 21, 15)
    assert got.inferred
    # A response that began before the report's day: the report dates its writing, and the
    # first entry stands.
    found = text.replace("Commit removes", "Irregularities discovered in")
    assert metrics(postmortem.parse(found)).started_at.value == dt.datetime(2026, 7, 28, 23, 14)
    # No entry on the report's day, or no day: the first entry.
    for other in (text.replace("2026-08-03\n\n##", "2026-08-05\n\n##"),
                  text.replace("**Date:** 2026-08-03\n\n", "")):  # fmt: skip
        assert metrics(postmortem.parse(other)).started_at.value == dt.datetime(2026, 7, 28, 23, 14)
    # A first entry that tells the failure, or a day's entry that tells the report posted.
    failing = text.replace("Commit removes the target environment", "Checkout errors climb")
    posted = text.replace("Push to staging runs the workflow against the default slot.",
                          "Post-mortem published.")  # fmt: skip
    for other in (failing, posted):
        assert metrics(postmortem.parse(other)).started_at.value == dt.datetime(2026, 7, 28, 23, 14)
    # Newest first, the same: the entries before the day are those of the days before it.
    lines = text.split("## Timeline\n\n")
    newest = lines[0] + "## Timeline\n\n" + "".join(reversed(lines[1].splitlines(True)))
    got = metrics(postmortem.parse(newest)).started_at.value
    assert got == dt.datetime(2026, 8, 3, 21, 15)


def test_an_end_the_prose_tells_before_its_start_is_past_midnight() -> None:
    text = (
        "# Validator RCA\n\n- **Incident Start:** 2025-08-18 23:15 UTC\n\n## Summary\n\n"
        "Missed blocks were seen starting at 23:15 UTC on August 18, 2025, and the incident "
        "continued until natural recovery at 02:43 UTC.\n"
    )
    got = metrics(postmortem.parse(text)).impact_ended_at.value
    assert got == dt.datetime(2025, 8, 19, 2, 43, tzinfo=dt.timezone.utc)
    # An end after the start on its day stays on it.
    later = text.replace("02:43 UTC", "23:50 UTC")
    got = metrics(postmortem.parse(later)).impact_ended_at.value
    assert got == dt.datetime(2025, 8, 18, 23, 50, tzinfo=dt.timezone.utc)


def test_a_failure_worded_after_the_first_fix_is_a_later_wave() -> None:
    # A home cluster's Kafka outage (its timeline as a table there) and Berkeley DataHub's
    # "advises students to use ds8 right now" after "We shut down the hub pod": the failure
    # worded after the fix is a second wave; the start is the first failing entry.
    text = (
        "# Kafka disk full\n\n## Timeline (UTC)\n\n"
        "- 2025-12-27 20:00 Kafka brokers begin running low on disk space\n"
        "- 2025-12-27 20:57 All 3 Kafka brokers enter CrashLoopBackOff\n"
        "- 2025-12-28 01:27 Issue identified - Kafka PVCs at 100%\n"
        "- 2025-12-28 01:58 Fix deployed: PVC increased to 50Gi\n"
        "- 2025-12-28 02:00 Kafka brokers recover and become Ready\n"
        "- 2025-12-28 02:00 Distributors begin crashing with OOMKilled\n"
        "- 2025-12-28 02:03 Distributor memory limit increased\n"
        "- 2025-12-28 02:08 Full recovery - metrics flowing at ~183k samples/s\n"
    )
    utc = dt.timezone.utc
    mt = metrics(postmortem.parse(text))
    assert mt.started_at.value == dt.datetime(2025, 12, 27, 20, 57, tzinfo=utc)
    assert mt.impact_ended_at.value == dt.datetime(2025, 12, 28, 2, 8, tzinfo=utc)
    # Worded before any fix, the failure starts the incident.
    early = text.replace("Fix deployed: PVC increased to 50Gi", "PVC size noted")
    early = early.replace("Kafka brokers recover and become Ready", "Brokers still down")
    mt = metrics(postmortem.parse(early))
    assert mt.started_at.value == dt.datetime(2025, 12, 28, 2, 0, tzinfo=utc)
    # Worded after the fix but on a clock before it (a log out of order), it still starts it.
    lead = text.replace("2025-12-28 02:00 Distributors", "2025-12-27 20:30 Distributors")
    mt = metrics(postmortem.parse(lead))
    assert mt.started_at.value == dt.datetime(2025, 12, 27, 20, 30, tzinfo=utc)


@pytest.mark.parametrize(
    ("entry", "ends"),
    [
        ("Full recovery - metrics at 183k samples/s", True),
        ("Full recovery confirmed; workflow completed successfully", True),
        ("Full recovery", True),
        ("Full recovery expected by 18:00", False),
        ("Full recovery plan drafted", False),
        # Review 58: an estimate, a wait, a figure's name.
        ("Full recovery — ETA two hours", False),
        ("Full recovery (ETA 12:30)", False),
        ("Pending full recovery, traffic at 50%", False),
        ("Time to full recovery: about 2 hours (estimate)", False),
        ("Still degraded until full recovery.", False),
    ],
)
def test_full_recovery_opening_an_entry_ends_the_impact(entry: str, ends: bool) -> None:
    text = (
        "# Outage\n\n## Timeline\n\n- 2025-03-01 10:00 API errors start\n"
        f"- 2025-03-01 11:00 {entry}\n"
    )
    event = postmortem.parse(text).timeline.events[1]
    assert (postmortem.Milestone.IMPACT_ENDED in event.cues) is ends


def test_a_start_worded_after_an_alarm_that_closed_itself_is_the_start() -> None:
    # Review 58: an alarm "resolved on its own" closes an earlier episode; the outage worded
    # after it starts the incident (only a mitigation makes a later failure a wave).
    text = (
        "# API outage\n\n## Timeline\n\n- 2025-03-01 08:00 Latency alert detected on api-1\n"
        "- 2025-03-01 08:10 Alert resolved on its own (a noisy neighbour)\n"
        "- 2025-03-01 09:00 API outage starts: all requests fail\n"
        "- 2025-03-01 09:05 Incident declared\n"
        "- 2025-03-01 09:40 Rollback deployed; API recovered\n"
    )
    assert metrics(postmortem.parse(text)).started_at.value == dt.datetime(2025, 3, 1, 9, 0)
