"""Durations users define: in code, in pyproject.toml (found up the tree), and the presets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import postmortem
from postmortem.durations import DurationSpec, load_config, spec
from postmortem.metrics import PRESETS, aggregate, metrics

M = dt.timedelta(minutes=1)

# started 10:00, detected 10:05, declared 10:10, acknowledged 10:12, mitigated 10:20,
# impact ended 11:00, resolved 11:30.
REPORT = postmortem.parse(
    "# T\n\n## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n"
    "| 2023-03-01 10:00 | Errors started for users |\n"
    "| 2023-03-01 10:05 | Alert fired |\n"
    "| 2023-03-01 10:10 | Incident declared |\n"
    "| 2023-03-01 10:12 | On-call acknowledged |\n"
    "| 2023-03-01 10:20 | Rolled back the deploy |\n"
    "| 2023-03-01 11:00 | Service restored |\n"
    "| 2023-03-01 11:30 | Incident resolved |\n"
)


def test_the_instants_this_file_relies_on() -> None:
    mt = metrics(REPORT)
    got = {k: v.value.strftime("%H:%M") for k, v in mt.instants.items() if v.value}
    assert got == {"started": "10:00", "detected": "10:05", "declared": "10:10",
                   "acknowledged": "10:12", "mitigated": "10:20", "impact_ended": "11:00",
                   "resolved": "11:30"}  # fmt: skip


def test_a_duration_defined_in_code_is_measured_beside_the_preset() -> None:
    mt = metrics(REPORT, durations={"ttr": ("detected", "resolved"), "open": "declared..resolved"})
    assert mt.durations["ttr"].value == 85 * M
    assert mt.durations["open"].value == 80 * M
    assert mt.time_to_resolve.value == 90 * M  # the preset's own is still there
    redefined = metrics(REPORT, durations={"time_to_resolve": DurationSpec("detected", "resolved")})
    assert redefined.time_to_resolve.value == 85 * M
    assert redefined.time_to_resolve.reason.startswith("detected (")


@pytest.mark.parametrize(
    "bad",
    [("detected", "fixed"), "detected-resolved", ("detected", "resolved", "sidereal"), 42],
)
def test_a_bad_definition_says_what_was_expected(bad: object) -> None:
    with pytest.raises((ValueError, TypeError), match=r"milestone|start\.\.end|clock|start, end"):
        metrics(REPORT, durations={"x": bad})  # type: ignore[dict-item]


def test_the_detected_to_resolved_preset_is_what_the_team_measures() -> None:
    mt = metrics(REPORT, preset="detected")
    assert mt.time_to_resolve.value == 85 * M
    assert mt.time_to_repair.value == 55 * M


@pytest.mark.parametrize(
    ("preset", "name", "minutes"),
    [
        ("google_sre", "time_to_detect", 5),
        ("google_sre", "time_to_repair", 55),
        ("google_sre", "impact_duration", 60),
        ("pagerduty", "time_to_acknowledge", 7),
        ("pagerduty", "time_to_resolve", 85),
        ("incident_io", "time_to_acknowledge", 2),
        ("incident_io", "time_to_resolve", 80),
        ("atlassian", "time_to_recovery", 60),
        ("atlassian", "time_to_respond", 55),
        ("atlassian", "time_to_repair", 48),
        ("atlassian", "time_to_resolve", 90),
        ("dora", "time_to_restore", 60),
        ("declared", "time_to_resolve", 80),
    ],
)
def test_presets(preset: str, name: str, minutes: int) -> None:
    mt = metrics(REPORT, preset=preset)
    assert set(mt.durations) == set(PRESETS[preset])
    assert mt.durations[name].value == minutes * M


PYPROJECT = """\
[project]
name = "incidents"

[tool.postmortem]
disable = ["PM006"]

[tool.postmortem.durations]
ttr = "detected..resolved"
support_repair = { start = "detected", end = "impact_ended", clock = "business" }

[tool.postmortem.presets.ourteam]
time_to_resolve = "detected..resolved"
time_to_respond = ["acknowledged", "impact_ended"]

[tool.postmortem.calendar]
zone = "Europe/London"
hours = "10:00-17:00"
days = "mon-fri"
holidays = ["2023-12-25"]
holidays-file = "holidays.txt"

[tool.postmortem.metrics]
max-duration = "10 days"
strict = true
"""


def test_pyproject_is_found_up_the_tree_and_defines_durations(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    (tmp_path / "holidays.txt").write_text("# bank holidays\n2023-12-26 Boxing Day\n\n")
    deep = tmp_path / "reports" / "2023"
    deep.mkdir(parents=True)
    cfg = load_config(deep)
    assert cfg.path == tmp_path / "pyproject.toml"
    assert cfg.durations["ttr"] == DurationSpec("detected", "resolved")
    assert cfg.durations["support_repair"].clock == "business"
    assert cfg.presets["ourteam"]["time_to_respond"] == spec(("acknowledged", "impact_ended"))
    assert cfg.calendar is not None and cfg.calendar.zone == "Europe/London"
    assert cfg.calendar.holidays == {dt.date(2023, 12, 25), dt.date(2023, 12, 26)}
    assert cfg.max_duration == dt.timedelta(days=10) and cfg.strict is True

    mt = metrics(REPORT, config=cfg)
    assert mt.durations["ttr"].value == 85 * M
    # Wednesday 10:05 -> 11:00 London (GMT in March): all inside support hours.
    assert mt.durations["support_repair"].value == 55 * M
    own = metrics(REPORT, preset="ourteam", config=cfg)
    assert own.time_to_resolve.value == 85 * M
    assert own.durations["time_to_respond"].value == 48 * M
    assert "ttr" in own.durations  # the project's durations join every preset
    (agg,) = aggregate([REPORT, REPORT], preset="ourteam", config=cfg).values()
    assert agg["time_to_resolve"].count == 2 and agg["time_to_resolve"].mean == 85


def test_no_pyproject_means_no_configuration(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    cfg = load_config(tmp_path)
    # A file without [tool.postmortem] is passed over; whatever is above it is not ours.
    assert cfg.path != tmp_path / "pyproject.toml"


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('[tool.postmortem.durations]\nx = "detected..fixed"\n', r"durations.*'fixed'"),
        ('[tool.postmortem.calendar]\nzone = "Mars/Olympus"\n', r"calendar.*Mars"),
        ('[tool.postmortem.calendar]\nhours = "ten to five"\n', r"calendar.*HH:MM"),
        ('[tool.postmortem.metrics]\nmax-duration = "long"\n', r"max-duration.*'long'"),
    ],
)
def test_a_bad_pyproject_names_the_file_and_the_key(
    tmp_path: Path, table: str, message: str
) -> None:
    (tmp_path / "pyproject.toml").write_text(table)
    with pytest.raises(ValueError, match=message) as info:
        load_config(tmp_path)
    assert str(tmp_path / "pyproject.toml") in str(info.value)


def test_a_bad_holidays_file_names_its_line(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.postmortem.calendar]\nholidays-file = "h.txt"\n'
    )
    (tmp_path / "h.txt").write_text("2023-12-25\nChristmas\n")
    with pytest.raises(ValueError, match=r"h\.txt:2: expected a date"):
        load_config(tmp_path)


def test_an_instant_known_to_the_day_measures_no_span_within_a_day() -> None:
    # The report's date is the start (a day), and "On March 7 it was resolved" the same day:
    # no span of minutes is known (it read 0 minutes).
    body = "On March 7, 2024 the issue was resolved."
    mt = metrics(postmortem.parse(f"# Outage\n\n**Date:** 2024-03-07\n\n{body}\n"))
    assert (mt.started_at.precision, mt.resolved_at.precision) == ("day", "day")
    d = mt.durations["time_to_resolve"]
    assert d.value is None and "day only" in d.reason
    # Two days apart, the whole days are known.
    later = "On March 9, 2024 the issue was resolved."
    mt = metrics(postmortem.parse(f"# Outage\n\n**Date:** 2024-03-07\n\n{later}\n"))
    assert mt.durations["time_to_resolve"].value == dt.timedelta(days=2)
