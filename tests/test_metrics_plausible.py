"""Plausibility: negative, too long, flagged-date and (strict) inferred durations are flagged
with a reason, and aggregates leave them out and count them."""

from __future__ import annotations

import datetime as dt

import pytest

import postmortem
from postmortem.metrics import aggregate, metrics

M = dt.timedelta(minutes=1)
UTC = dt.timezone.utc


def timeline(*rows: str) -> postmortem.Report:
    body = "".join(f"| {r.split(' | ')[0]} | {r.split(' | ')[1]} |\n" for r in rows)
    return postmortem.parse(f"# T\n\n## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n{body}")


PLAIN = timeline(
    "2023-03-01 10:00 | Errors started for users",
    "2023-03-01 10:05 | Alert fired",
    "2023-03-01 10:20 | Rolled back the deploy",
    "2023-03-01 11:00 | Service restored",
    "2023-03-01 11:30 | Incident resolved",
)


def test_a_plain_report_has_no_flags() -> None:
    mt = metrics(PLAIN, strict=True)
    assert all(not d.flagged for d in mt.durations.values())
    assert mt.time_to_resolve.value == 90 * M


def test_a_negative_span_is_flagged_and_excluded_with_its_reason() -> None:
    early = dt.datetime(2023, 3, 1, 9, 0, tzinfo=UTC)
    mt = metrics(PLAIN, overrides={"detected": early})
    d = mt.time_to_detect
    assert d.value is None and d.flagged
    assert d.flags[0].startswith("negative: started")


def test_a_span_over_the_limit_is_flagged_and_the_limit_is_configurable() -> None:
    late = dt.datetime(2023, 4, 10, 11, 30, tzinfo=UTC)  # 40 days after the start
    mt = metrics(PLAIN, overrides={"resolved": late})
    assert mt.time_to_resolve.flags == ("too long: 40d 1h 30m is over the 30d limit",)
    assert (
        str(mt.time_to_resolve)
        == "40d 1h 30m (flagged: too long: 40d 1h 30m is over the 30d limit)"
    )
    assert not mt.time_to_detect.flagged
    assert not metrics(PLAIN, overrides={"resolved": late},
                       max_duration=dt.timedelta(days=60)).time_to_resolve.flagged  # fmt: skip


def test_a_duration_on_a_flagged_date_is_flagged() -> None:
    r = timeline(
        "2023-03-01 10:00 | Errors started for users",
        "2023-03-01 10:05 | Alert fired",
        "2023-03-01 10:20 | Rolled back the deploy",
        "2022-03-01 11:00 | Service restored",  # a year typed one off
        "2023-03-01 11:30 | Incident resolved",
    )
    mt = metrics(r)
    assert mt.excluded_events == ((3, r.timeline.events[3].flag),)
    assert r.timeline.events[3].flag is not None
    # The end of impact now stands in from the resolution: durations ending there say so.
    flags = mt.time_to_repair.flags
    assert len(flags) == 1 and flags[0].startswith("flagged date: timeline entry 4")
    assert not mt.time_to_detect.flagged and not mt.time_to_resolve.flagged


def test_strict_flags_durations_on_inferred_instants() -> None:
    r = timeline(
        "2023-03-01 10:00 | Deploy of version 2",  # no start wording: the start is inferred
        "2023-03-01 10:05 | Alert fired",
        "2023-03-01 10:40 | Service restored",
    )
    assert not metrics(r).time_to_detect.flagged
    mt = metrics(r, strict=True)
    assert mt.time_to_detect.flags[0].startswith("inferred: started")
    assert not mt.time_to_repair.flagged  # detected -> restored: both stated by wording
    assert not mt.time_to_acknowledge.flagged  # no value: missing, not flagged


def test_aggregates_leave_flagged_values_out_count_them_and_can_keep_them() -> None:
    late = postmortem.parse(postmortem.dumps(PLAIN))
    late.metadata.resolved_at = dt.datetime(2024, 3, 1, 11, 30, tzinfo=UTC)  # a year typo
    inferred = timeline(
        "2023-03-01 10:00 | Deploy of version 2",
        "2023-03-01 10:05 | Alert fired",
        "2023-03-01 10:40 | Service restored",
    )
    reports = [("plain", PLAIN), ("late", late), ("inferred", inferred)]
    (agg,) = aggregate(reports).values()
    ttr = agg["time_to_resolve"]
    assert (ttr.count, ttr.missing, ttr.excluded) == (2, 0, 1)
    assert ttr.excluded_reasons == {"too long": 1}
    assert ttr.reports == ["plain", "inferred"]
    assert ttr.max == 90.0 and ttr.mean == (90 + 40) / 2
    (kept,) = aggregate(reports, include_flagged=True).values()
    ttr = kept["time_to_resolve"]
    assert (ttr.count, ttr.excluded, ttr.flagged_kept) == (3, 0, 1)
    assert ttr.max == 366 * 24 * 60 + 90  # 2024 is a leap year
    (strict,) = aggregate(reports, strict=True).values()
    ttr = strict["time_to_resolve"]
    assert (ttr.count, ttr.excluded) == (1, 2)
    assert ttr.excluded_reasons == {"too long": 1, "inferred": 1}


def test_negative_spans_are_excluded_never_averaged() -> None:
    back = postmortem.parse(postmortem.dumps(PLAIN))
    back.metadata.detected_at = dt.datetime(2023, 3, 1, 9, 0, tzinfo=UTC)
    for keep in (False, True):
        (agg,) = aggregate([PLAIN, back], include_flagged=keep).values()
        ttd = agg["time_to_detect"]
        assert (ttd.count, ttd.negative, ttd.excluded) == (1, 1, 1)
        assert ttd.excluded_reasons == {"negative": 1}


def test_a_row_says_which_instants_are_inferred_and_which_durations_flagged() -> None:
    r = timeline(
        "2023-03-01 10:00 | Deploy of version 2",
        "2023-03-01 10:05 | Alert fired",
        "2023-03-01 10:40 | Service restored",
    )
    row = metrics(r, strict=True).as_row()
    assert row["inferred"] == "started, resolved"
    assert row["flagged"].startswith("time_to_detect: inferred: started")
    assert metrics(PLAIN).as_row()["inferred"] is None
    assert metrics(PLAIN).as_row()["flagged"] is None


def test_a_mistyped_first_date_is_flagged_and_does_not_set_the_day() -> None:
    # The first heading's date is a typo (May for October): the report's date and its prose
    # both name October 10. The entry is flagged and left out of metrics; the time-only entries
    # after it fall on the report's day, not on the typo's.
    r = postmortem.parse(
        "---\ndate: 2017-10-10\n---\n\n## Summary\n\nOn Oct 10, 2017, pods did not start.\n\n"
        "## Timeline\n\n### 2017-05-09 10:45a\n\nA report said two servers could not start.\n\n"
        "### 12:29p\n\nPods were force-deleted.\n\n### 13:42\n\nService restored.\n"
    )
    first, second, third = r.timeline.events
    assert first.time == dt.time(10, 45) and first.flag is not None and "month" in first.flag
    assert second.at == dt.datetime(2017, 10, 10, 12, 29) and second.flag is None
    assert third.at == dt.datetime(2017, 10, 10, 13, 42)
    mt = metrics(r)
    assert mt.excluded_events == ((0, first.flag),)
    assert mt.impact_ended_at.value == third.at


def test_a_first_date_weeks_before_a_publication_date_is_not_a_typo() -> None:
    # Dated on publication, with no prose naming that day: the earlier run is the incident.
    r = postmortem.parse(
        "---\ndate: 2022-10-12\n---\n\n## Timeline\n\n- 2022-08-17 12:00 Upgrade scheduled\n"
        "- 2022-09-21 14:00 Upgrade fails\n"
    )
    assert [e.flag for e in r.timeline.events] == [None, None]


@pytest.mark.parametrize(
    "summary",
    [
        "On Oct 10, 2017, pods did not start.",
        "- Oct 10, 2017: pods did not start.",  # a summary's list (review 29)
        "| Date | Impact |\n|---|---|\n| Oct 10, 2017 | pods did not start |",
    ],
)
def test_a_mistyped_first_date_is_flagged_wherever_the_prose_names_the_day(summary: str) -> None:
    r = postmortem.parse(
        f"---\ndate: 2017-10-10\n---\n\n## Summary\n\n{summary}\n\n## Timeline\n\n"
        "### 2017-05-09 10:45a\n\nA report said two servers could not start.\n\n"
        "### 12:29p\n\nPods were force-deleted.\n\n### 13:42\n\nService restored.\n"
    )
    first, second, _ = r.timeline.events
    assert first.flag is not None and "month" in first.flag
    assert second.at == dt.datetime(2017, 10, 10, 12, 29)


def test_a_month_typo_between_days_of_a_longer_run_is_flagged() -> None:
    # Review 30: neighbours four days apart still put "2024-04-09" out of order.
    r = postmortem.parse(
        "---\ndate: 2024-03-14\n---\n\n## Timeline\n\n- 2024-03-04 22:00 Replication lag began\n"
        "- 2024-03-05 01:00 Alert fired\n- 2024-04-09 12:00 Primary failed over, errors stopped\n"
        "- 2024-03-09 14:00 Service restored\n- 2024-03-09 15:00 Postmortem drafted\n"
    )
    flags = [e.flag for e in r.timeline.events]
    assert flags[2] is not None and "month" in flags[2]
    assert [f is None for i, f in enumerate(flags) if i != 2] == [True] * 4


def test_a_timeline_rows_own_stamp_does_not_name_the_reports_day_twice() -> None:
    # ufo-ai's secrets report: dated 2026-08-21, its table opens with the version created 45
    # days before, and its second row writes 2026-08-21 again. The row's stamp is an entry's,
    # not a second naming of the day by the prose: the first date is no typo.
    r = postmortem.parse(
        "---\ndate: 2026-08-21\n---\n\n## Timeline (UTC)\n\n| Time | Event |\n|---|---|\n"
        "| 2026-07-07 23:57 | terraform creates the version |\n"
        "| 2026-08-21 20:10 | the version is gone; a new one is created empty |\n"
        "| 20:58 | first error |\n"
    )
    assert [e.flag for e in r.timeline.events] == [None, None, None]
    assert r.metadata.date == dt.date(2026, 8, 21)


def test_a_date_field_alone_does_not_name_its_day_twice() -> None:
    # A draft dated a month before the incident: the date is written once, in its own field,
    # and no prose names it, so the timeline's first dates stand.
    r = postmortem.parse(
        "# V1 post-mortem\n\n## Date\n2020-01-07\n\n## Timeline\n\n"
        "| Date-Time | Description |\n|---|---|\n| 2020-02-05 13:21 | Submission in review |\n"
        "| 2020-02-06 07:29 | App approved and live |\n| 2020-02-06 07:38 | Set ready for sale |\n"
    )
    assert [e.flag for e in r.timeline.events] == [None, None, None]


def test_a_title_date_alone_does_not_name_its_day_twice() -> None:
    # The title's date is a template's left-over; the timeline's first heading dates the
    # incident, and the time-only entries after it fall on that day.
    r = postmortem.parse(
        "# 2022-01-27, pod limit reached\n\n## Timeline\n\nAll times in CET\n\n"
        "### 2022-06-02 10:00 - Problem starts\n\nNo new pods launch.\n\n"
        "### 21:00 - Team alerted\n\nA user reported an outage.\n"
    )
    first, second = r.timeline.events
    assert first.flag is None
    assert second.at is not None and second.at.date() == dt.date(2022, 6, 2)


def test_a_day_out_and_back_between_two_entries_of_one_day_is_flagged() -> None:
    r = postmortem.parse(
        "# X\n\n## Timeline (UTC)\n\n- 2022-02-02 1906: builds cut\n"
        "- 2022-02-20 1930: fix deployed\n- 2022-02-02 2021: providers told how to upgrade\n"
        "- 2022-02-03 0457: last provider upgraded\n"
    )
    flags = [e.flag for e in r.timeline.events]
    assert flags[0] is None and flags[2] is None and flags[3] is None
    assert flags[1] is not None and "2022-02-20" in flags[1]
    assert metrics(r).excluded_events == ((1, flags[1]),)


def test_a_status_update_stamped_out_of_order_is_flagged() -> None:
    # cState's hand-kept files, newest first: the middle update's day was mistyped (05-14 for
    # 05-15), which put it before the first update posted.
    text = (
        "---\ntitle: Publishing blocked\ndate: 2024-05-14 10:00:00\n---\n\n"
        '**Resolved**: The pruning has completed. {{< track "2024-05-15 17:50:00" >}}\n\n'
        'Pruning is still ongoing. {{< track "2024-05-14 05:30:00" >}}\n\n'
        'We are pruning the repository. {{< track "2024-05-14 19:00:00" >}}\n'
    )
    r = postmortem.parse(text)
    assert r.timeline.newest_first
    flags = [e.flag for e in r.timeline.events]
    assert flags[0] is None and flags[2] is None
    assert flags[1] is not None and "order they are posted" in flags[1]
    assert metrics(r).excluded_events == ((1, flags[1]),)
    assert [e.at for e in r.timeline.chronological() if e.flag is None] == [
        dt.datetime(2024, 5, 14, 19, 0), dt.datetime(2024, 5, 15, 17, 50)
    ]  # fmt: skip
    # In order, nothing is flagged; two updates out of the span are no single slip.
    fixed = postmortem.parse(text.replace("2024-05-14 05:30", "2024-05-15 05:30"))
    assert all(e.flag is None for e in fixed.timeline.events) and fixed.timeline.newest_first
    two = postmortem.parse(
        text.replace(
            '{{< track "2024-05-14 19:00:00" >}}\n',
            '{{< track "2024-05-14 19:00:00" '
            '>}}\n\nStarted. {{< track "2024-05-13 04:00:00" >}}\n\n'
            'Planned. {{< track "2024-05-14 18:00:00" >}}\n',
        )
    )
    assert all(e.flag is None for e in two.timeline.events)


def test_a_year_typo_in_a_timeline_over_months_is_flagged() -> None:
    # etcd's data-inconsistency postmortem: a table of days over a year, one year mistyped.
    r = postmortem.parse(
        "# Data inconsistency\n\n## Timeline\n\n| Date | Event |\n|---|---|\n"
        "| 2021-06-16 | Release with the bug was published |\n"
        "| 2021-12-01 | Report of data corruption |\n"
        "| 2021-01-28 | Report of data corruption |\n"
        "| 2022-03-08 | Report of data corruption |\n"
        "| 2022-04-24 | Release with the fix was published |\n"
    )
    flags = [e.flag for e in r.timeline.events]
    assert flags[2] is not None and "year 2021 is one off" in flags[2]
    assert [f for k, f in enumerate(flags) if k != 2] == [None] * 4
    assert metrics(r).excluded_events == ((2, flags[2]),)
    # A date that no year's shift puts in order is no year typo, nor are its neighbours.
    far = postmortem.parse(
        "# D\n\n## Timeline\n\n| Date | Event |\n|---|---|\n| 2021-06-16 | a b |\n"
        "| 2021-12-01 | c d |\n| 2020-07-28 | e f |\n| 2022-03-08 | g h |\n"
    )
    assert all(e.flag is None for e in far.timeline.events)


def test_a_resolution_field_not_after_the_start_resolves_nothing() -> None:
    # Status pages' tools fill the resolution field when the incident is opened: IFCA's
    # "resolved_on" 57 ms after "date", X4BNet's "resolvedWhen" 43 minutes before it.
    for resolved in ("2022-09-02T07:09:20.140Z", "2022-09-02T06:26:00.000Z"):
        r = postmortem.parse(
            f"---\ntitle: Power outage\ndate: 2022-09-02T07:09:20.083Z\nresolved: false\n"
            f"resolvedWhen: {resolved}\n---\n\nA power outage affects the data centre.\n"
        )
        assert r.metadata.resolved_at is not None  # the field is read, and kept as written
        mt = metrics(r)
        assert mt.resolved_at.value is None
        assert mt.impact_ended_at.value is None
    later = postmortem.parse(
        "---\ntitle: Power outage\ndate: 2022-09-02T07:09:20.083Z\n"
        "resolvedWhen: 2022-09-02T09:10:00.000Z\n---\n\nPower is back.\n"
    )
    assert metrics(later).resolved_at.value == dt.datetime(2022, 9, 2, 9, 10, tzinfo=UTC)


def test_a_resolution_field_before_the_first_entry_resolves_nothing() -> None:
    # dogsbodytech's imported cState files: "resolvedWhen" is the post's opening, and the
    # updates below it tell of the incident going on after it.
    r = postmortem.parse(
        "---\ntitle: Connectivity issues\ndate: 2020-04-01T22:05:00+00:00\nresolved: true\n"
        "resolvedWhen: 2020-04-01T22:05:00+00:00\n---\n\nWe are aware of connectivity issues.\n\n"
        "**Update 23:35:**  We have identified the connectivity issues and are monitoring\n\n"
        "**Update 00:05:**  Connectivity has remained stable; the matter has been resolved.\n"
    )
    mt = metrics(r)
    assert mt.resolved_at.value == dt.datetime(2020, 4, 2, 0, 5, tzinfo=UTC)
    assert mt.resolved_at.source != "metadata.resolved_at"


@pytest.mark.parametrize(
    "update",
    [
        # Flathub's cState page: the one update is the resolution, closed by its track.
        'Resolved by the provider.\n\n{{< track "2026-05-24 14:27:00" >}}\n',
        # The update tracked a minute after the field: still the resolution itself.
        'Resolved by the provider.\n\n{{< track "2026-05-24 14:28:00" >}}\n',
        # garykim.dev's: the one update is stamped with the resolution's time.
        "**2026-05-24T14:27:00 Issue Resolved:** The server has enough memory again.\n",
    ],
)
def test_a_resolution_field_stamped_on_the_only_update_resolves(update: str) -> None:
    # The field is that update's time, not a default filled at the opening: the log goes on
    # after nothing.
    r = postmortem.parse(
        "---\ntitle: Infrastructure provider outage\ndate: 2026-05-24 02:09:00\n"
        "resolved: true\nresolvedWhen: 2026-05-24 14:27:00\nsection: issue\n---\n\n" + update
    )
    mt = metrics(r)
    assert mt.resolved_at.value == dt.datetime(2026, 5, 24, 14, 27)
    assert mt.resolved_at.source == "metadata.resolved_at"


def test_a_default_resolution_field_hours_before_the_only_update_resolves_nothing() -> None:
    # Review 41: the one update is hours after the field, and still investigating.
    r = postmortem.parse(
        "---\ntitle: Power\ndate: 2022-09-02T07:09:20.083Z\nresolved: false\n"
        "resolvedWhen: 2022-09-02T07:15:00.000Z\n---\n\n*Investigating* - A power outage "
        'affects the data centre. {{< track "2022-09-02 11:40:00" >}}\n'
    )
    assert metrics(r).resolved_at.value is None
