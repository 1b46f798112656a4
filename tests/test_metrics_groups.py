"""Aggregates people ask for: by period, severity, service or any metadata field, with n,
missing, excluded, mean, median, p90 and max."""

from __future__ import annotations

import datetime as dt
import statistics

import pandas as pd

import postmortem
from postmortem.metrics import aggregate, aggregate_rows, metrics


def report(
    day: str, detect_minutes: int | None, *, front: str = "", meta: str = ""
) -> postmortem.Report:
    alert = (
        ""
        if detect_minutes is None
        else f"| {day} {10 + detect_minutes // 60:02d}:{detect_minutes % 60:02d} | Alert fired |\n"
    )
    return postmortem.parse(
        f"{front}# Incident on {day}\n\n{meta}\n## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n"
        f"| {day} 10:00 | Errors started for users |\n{alert}"
        f"| {day} 12:00 | Service restored |\n"
    )


REPORTS = [
    ("a", report("2023-01-02", 5, meta="**Severity:** SEV1\n\n**Owner:** payments\n")),
    ("b", report("2023-02-14", 15, meta="**Severity:** SEV2\n\n**Owner:** search\n")),
    ("c", report("2023-04-03", 30, meta="**Severity:** SEV1\n\n**Owner:** payments\n")),
    ("d", report("2023-04-05", None, meta="**Severity:** SEV2\n")),
    ("e", report("2024-01-01", 50, front="---\nregion: eu-west\n---\n")),
]


def test_the_reports_read_as_this_file_expects() -> None:
    got = [metrics(r).time_to_detect.minutes for _, r in REPORTS]
    assert got == [5, 15, 30, None, 50]


def test_group_by_quarter_month_week_and_year() -> None:
    q = aggregate(REPORTS, group_by="quarter")
    assert sorted(q) == ["2023-Q1", "2023-Q2", "2024-Q1"]
    ttd = q["2023-Q1"]["time_to_detect"]
    assert (ttd.count, ttd.missing, ttd.mean, ttd.max) == (2, 0, 10, 15)
    assert (q["2023-Q2"]["time_to_detect"].count, q["2023-Q2"]["time_to_detect"].missing) == (1, 1)
    assert sorted(aggregate(REPORTS, group_by="month")) == [
        "2023-01",
        "2023-02",
        "2023-04",
        "2024-01",
    ]
    # ISO weeks: 2 January 2023 is in 2023-W01, 1 January 2024 in 2024-W01; 3 and 5 April 2023
    # share a week.
    weeks = aggregate(REPORTS, group_by="week")
    assert sorted(weeks) == ["2023-W01", "2023-W07", "2023-W14", "2024-W01"]
    assert sorted(aggregate(REPORTS, group_by="year")) == ["2023", "2024"]


def test_group_by_severity_and_any_metadata_field() -> None:
    sev = aggregate(REPORTS, group_by="severity")
    assert sev["critical"]["time_to_detect"].reports == ["a", "c"]
    owners = aggregate(REPORTS, group_by="owners")  # a typed metadata field, a list
    assert set(owners) == {"payments", "search", None}
    assert owners["payments"]["time_to_detect"].mean == 17.5
    region = aggregate(REPORTS, group_by="region")  # a front-matter key
    assert region["eu-west"]["time_to_detect"].reports == ["e"]
    assert region[None]["time_to_detect"].count == 3


def test_n_missing_excluded_mean_median_p90_max() -> None:
    late = report("2023-05-01", 10)
    late.metadata.resolved_at = dt.datetime(2023, 7, 1, 12, tzinfo=dt.timezone.utc)
    (agg,) = aggregate([*REPORTS, ("late", late)]).values()
    ttd = agg["time_to_detect"]
    values = [5, 15, 30, 50, 10]
    assert (ttd.count, ttd.missing, ttd.excluded) == (5, 1, 0)
    assert ttd.mean == statistics.fmean(values)
    assert ttd.median == statistics.median(values)
    assert ttd.max == 50
    assert ttd.p90 == 42.0  # linear interpolation at rank 0.9 * 4: 30 + 0.6 * (50 - 30)
    ttr = agg["time_to_resolve"]
    assert (ttr.count, ttr.excluded, ttr.excluded_reasons) == (5, 1, {"too long": 1})


def test_rows_make_a_dataframe_that_shows_what_was_left_out() -> None:
    late = report("2023-05-01", 10)
    late.metadata.resolved_at = dt.datetime(2023, 7, 1, 12, tzinfo=dt.timezone.utc)
    agg = aggregate([*REPORTS, ("late", late)], group_by="quarter")
    frame = pd.DataFrame(aggregate_rows(agg))
    assert list(frame.columns) == ["group", "duration", "n", "inferred", "missing", "excluded",
                                   "excluded_why",
                                   "flagged_kept", "mean_minutes", "median_minutes",
                                   "p90_minutes", "max_minutes"]  # fmt: skip
    row = frame[(frame.group == "2023-Q2") & (frame.duration == "time_to_resolve")].iloc[0]
    assert (row.n, row.excluded, row.excluded_why) == (2, 1, "too long: 1")
    assert list(frame.group.drop_duplicates()) == ["2023-Q1", "2023-Q2", "2024-Q1"]
