"""Stated figures: each matched to one duration, compared within the precision it is written in."""

from __future__ import annotations

import datetime as dt

import pytest

import postmortem
from postmortem.lint import lint
from postmortem.metrics import metrics

M = dt.timedelta(minutes=1)


def report(stated: str, *, restored: str = "11:03", extra: str = "") -> postmortem.Report:
    """Start 10:00, alert 10:05, restored at ``restored``; ``stated`` under a Metrics heading."""
    return postmortem.parse(
        "# T\n\n## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n"
        "| 2024-01-02 10:00 | Errors started for users |\n"
        "| 2024-01-02 10:05 | Alert fired |\n"
        f"| 2024-01-02 {restored} | Service restored |\n{extra}\n"
        f"## Metrics\n\n{stated}\n"
    )


def line_of(r: postmortem.Report, needle: str) -> int:
    text = postmortem.dumps(r)
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_a_stated_repair_time_is_compared_with_the_repair_duration_only() -> None:
    r = report("- **Time to repair:** 55 minutes")
    mt = metrics(r)
    assert mt.time_to_repair.value == 58 * M  # detected 10:05 -> restored 11:03
    assert mt.time_to_repair.stated is not None
    assert mt.time_to_repair.disagrees
    # Never moved to another duration, whatever it gives.
    assert all(d.stated is None for n, d in mt.durations.items() if n != "time_to_repair")
    (dis,) = mt.disagreements
    assert (dis.duration, dis.computed, dis.tolerance) == ("time_to_repair", 58 * M, M)
    assert dis.line == line_of(r, "**Time to repair:** 55 minutes")
    assert r.stated_metrics[0].text == "55 minutes"


def test_the_lint_finding_points_at_the_stated_figure() -> None:
    r = report("Some words.\n\n- **Time to repair:** 55 minutes")
    findings = [f for f in lint(r) if f.code == "PM009"]
    assert [f.line for f in findings] == [line_of(r, "**Time to repair:**")]
    assert "55 minutes" in findings[0].message and "58m" in findings[0].message


@pytest.mark.parametrize(
    ("text", "restored", "disagrees"),
    [
        ("55 minutes", "11:01", False),  # 56 min: within a minute
        ("55 minutes", "11:03", True),  # 58 min
        ("1h", "11:34", False),  # 89 min: "1h" means 30 to 90 minutes
        ("1h", "11:36", True),  # 91 min
        ("1h 28m", "11:36", True),  # 91 min against 88: minutes given, +-1 min
        ("1.5 hours", "11:38", False),  # 93 min: a tenth of an hour, +-3 min
        ("1.5 hours", "11:40", True),  # 95 min
        ("about 3 hours", "13:55", False),  # 230 min: a hedged figure is +-1 h here
        ("about 3 hours", "14:10", True),  # 245 min
        ("3 hours", "13:55", True),  # the same figure without "about" is +-30 min
        ("~2h", "12:45", False),  # 160 min against 120 +-60
    ],
)
def test_tolerance_follows_the_precision_the_figure_is_written_in(
    text: str, restored: str, disagrees: bool
) -> None:
    mt = metrics(report(f"- **Time to repair:** {text}", restored=restored))
    assert mt.time_to_repair.disagrees is disagrees
    assert len(mt.disagreements) == int(disagrees)


def test_a_given_tolerance_overrides_the_precision() -> None:
    r = report("- **Time to repair:** 55 minutes")
    assert not metrics(r, tolerance=5 * M).time_to_repair.disagrees
    assert metrics(r, tolerance=2 * M).time_to_repair.disagrees


def test_no_disagreement_without_a_computed_value() -> None:
    r = postmortem.parse(
        "# T\n\n## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n"
        "| 2024-01-02 10:00 | Errors started for users |\n\n"
        "## Metrics\n\n- **Time to acknowledge:** 5 minutes\n"
    )
    mt = metrics(r)
    d = mt.time_to_acknowledge
    assert d.value is None and d.stated is not None and d.stated.duration == 5 * M
    assert not d.disagrees
    assert mt.disagreements == ()


def test_a_figure_another_reading_explains_is_kept_with_that_reading() -> None:
    # "Time to resolve: 58 minutes" is detected -> resolved here, not started -> resolved.
    mt = metrics(report("- **Time to resolve:** 58 minutes"))
    d = mt.time_to_resolve
    assert d.value == 63 * M and d.stated is not None
    assert not d.disagrees and d.stated_reading == "detected -> resolved"
    assert mt.disagreements == ()


def test_each_figure_is_matched_once_and_a_duration_takes_one_figure() -> None:
    r = report("- **Time to detect:** 5 minutes\n- **TTD:** 9 minutes")
    mt = metrics(r)
    assert mt.time_to_detect.stated is not None
    assert mt.time_to_detect.stated.text == "5 minutes" and not mt.time_to_detect.disagrees
    assert sum(d.stated is not None for d in mt.durations.values()) == 1


@pytest.mark.parametrize(
    ("field", "disagrees"),
    [
        ("Duration: 60 minutes", False),
        ("Duration: 65 minutes", True),  # written to the minute: +-1 min
        ("Duration: 1 hour", False),
        ("Total Duration: 2 hours", True),  # total: started -> resolved, 60 min here
        ("PDT<br> Duration: 2 hours<br>", True),  # a key in markup: still a duration
    ],
)
def test_a_duration_metadata_field_is_a_stated_figure_as_written(
    field: str, disagrees: bool
) -> None:
    r = postmortem.parse(
        f"# T\n\n{field}\n\n## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n"
        "| 2023-08-01 10:00 | Errors started for users |\n"
        "| 2023-08-01 11:00 | Service restored |\n"
    )
    assert r.metadata.duration is not None
    mt = metrics(r)
    (d,) = [d for d in mt.durations.values() if d.stated is not None]
    assert d.stated is not None and d.stated.text in field
    assert d.name == ("time_to_resolve" if "Total" in field else "impact_duration")
    assert d.disagrees is disagrees
    assert [x.line for x in mt.disagreements] == ([3] if disagrees else [])
