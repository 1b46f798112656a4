"""`postmortem metrics` options of issue 14: --preset (built-in and the project's), --duration,
--strict and --include-flagged; and every output of the command (table, JSON, CSV, aggregate
CSV, show) marks figures that rest on inferred instants and values left out as flagged."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from postmortem.cli import main
from postmortem.metrics import PRESETS

# The start is inferred (the first entry: nothing says the outage began there); the stated
# "Time to repair" (55 min) differs from detected -> impact ended (1h 28m).
INFERRED = """# API outage

Date: 2024-03-05

## Timeline

- 14:02 deploy of build 42
- 14:22 alert fired
- 14:30 incident declared
- 15:50 rollback done, service restored
- 16:05 incident resolved

## Metrics

- Time to repair: 55 min
"""

# Every instant marked or worded; the end of impact is two months on (a month typo).
TOO_LONG = """# Disk full

Date: 2024-01-01

## Timeline

- 2024-01-01 10:00 UTC outage begins: disk filled
- 2024-01-01 10:05 UTC alert fired
- 2024-01-01 10:20 UTC incident declared
- 2024-03-01 10:00 UTC service restored
- 2024-03-01 10:30 UTC incident resolved
"""

# Nothing inferred, flagged or disagreeing.
CLEAN = """# Cache stampede

Date: 2024-05-02

## Timeline

- 2024-05-02 09:00 UTC outage begins: cache flushed
- 2024-05-02 09:10 UTC alert fired
- 2024-05-02 09:15 UTC incident declared
- 2024-05-02 09:40 UTC service restored
- 2024-05-02 10:00 UTC incident resolved
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for name, text in (("inferred.md", INFERRED), ("too-long.md", TOO_LONG), ("clean.md", CLEAN)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def metrics_cmd(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["metrics", *args])
    out, err = capsys.readouterr()
    return code, out, err


def as_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict:  # type: ignore[type-arg]
    code, out, err = metrics_cmd(capsys, *args, "--format", "json")
    assert code in (0, 1), err
    return json.loads(out)  # type: ignore[no-any-return]


def by_name(data: dict) -> dict:  # type: ignore[type-arg]
    return {Path(r["report"]).name: r for r in data["reports"]}


# ---------------------------------------------------------------------------------------------
# --preset


def test_preset_builtin_measures_its_durations(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = as_json(capsys, str(folder / "clean.md"), "--preset", "detected")
    (report,) = data["reports"]
    assert list(report["durations"]) == list(PRESETS["detected"])
    ttr = report["durations"]["time_to_resolve"]
    assert (ttr["start"], ttr["end"], ttr["minutes"]) == ("detected", "resolved", 50)


def test_preset_from_pyproject_found_up_from_the_working_folder(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (folder / "pyproject.toml").write_text(
        '[tool.postmortem.presets.support]\nrepair = "declared..impact_ended"\n'
        'closed = ["started", "resolved"]\n',
        encoding="utf-8",
    )
    inner = folder / "reports" / "2024"
    inner.mkdir(parents=True)
    (inner / "clean.md").write_text(CLEAN, encoding="utf-8")
    monkeypatch.chdir(inner)
    data = as_json(capsys, "clean.md", "--preset", "support")
    durations = data["reports"][0]["durations"]
    assert list(durations) == ["repair", "closed"]
    assert durations["repair"]["minutes"] == 25 and durations["closed"]["minutes"] == 60
    assert {r["duration"] for r in data["aggregate"]} == {"repair", "closed"}


def test_unknown_preset_is_a_usage_error_naming_the_choices(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "pyproject.toml").write_text(
        '[tool.postmortem.presets.support]\nrepair = "declared..impact_ended"\n', encoding="utf-8"
    )
    code, out, err = metrics_cmd(capsys, str(folder / "clean.md"), "--preset", "nope")
    assert code == 2 and out == ""
    assert "--preset 'nope'" in err and "google_sre" in err and "support" in err


def test_help_lists_every_builtin_preset(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["metrics", "--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    for name in PRESETS:
        assert name in text, name


# ---------------------------------------------------------------------------------------------
# --duration


def test_duration_adds_and_redefines(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = as_json(
        capsys, str(folder / "clean.md"), "--duration", "ttr=detected..resolved",
        "--duration", "time_to_detect=declared..impact_ended",
    )  # fmt: skip
    durations = data["reports"][0]["durations"]
    assert durations["ttr"]["minutes"] == 50
    assert (durations["time_to_detect"]["start"], durations["time_to_detect"]["minutes"]) == (
        "declared",
        25,
    )
    assert list(durations)[: len(PRESETS["default"])] == list(PRESETS["default"])
    ttr_rows = [r for r in data["aggregate"] if r["duration"] == "ttr"]
    assert ttr_rows and ttr_rows[0]["count"] == 1 and ttr_rows[0]["mean_minutes"] == 50


def test_duration_in_business_hours_needs_and_uses_the_calendar(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 09:00 -> 10:00 UTC on a Thursday; support from 09:30: half an hour of business time.
    (folder / "pyproject.toml").write_text(
        '[tool.postmortem.calendar]\nzone = "UTC"\nhours = "09:30-17:00"\ndays = "mon-fri"\n',
        encoding="utf-8",
    )
    data = as_json(capsys, str(folder / "clean.md"), "--duration",
                   "support=started..resolved business")  # fmt: skip
    support = data["reports"][0]["durations"]["support"]
    assert (support["minutes"], support["clock"]) == (30, "business")


@pytest.mark.parametrize(
    "value", ["ttr", "=detected..resolved", "ttr=detected", "ttr=begun..resolved",
              "ttr=detected..resolved lunar"],
)  # fmt: skip
def test_bad_duration_is_a_usage_error(
    value: str, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = metrics_cmd(capsys, str(folder / "clean.md"), "--duration", value)
    assert code == 2 and out == ""
    assert f"--duration {value!r}" in err and "Traceback" not in err


# ---------------------------------------------------------------------------------------------
# --strict


def test_strict_flags_inferred_figures_leaves_them_out_and_fails(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = metrics_cmd(capsys, str(folder / "inferred.md"), "--strict",
                                 "--format", "json")  # fmt: skip
    assert code == 1
    ttd = json.loads(out)["reports"][0]["durations"]["time_to_detect"]
    assert ttd["flags"] and ttd["flags"][0].startswith("inferred: started")
    assert ttd["excluded"] is True
    agg = {r["duration"]: r for r in json.loads(out)["aggregate"]}
    assert agg["time_to_detect"]["count"] == 0 and agg["time_to_detect"]["excluded"] == 1
    assert agg["time_to_detect"]["excluded_why"] == "inferred: 1"
    # Each problem on its own line, naming the report, the figure and why; then a count.
    assert "inferred.md: time_to_detect: inferred: started" in err
    assert "inferred.md:15: time_to_repair: stated Time to repair '55 min'" in err
    assert "figure(s) in 1 report(s) are flagged or disagree" in err


def test_strict_fails_on_too_long_and_passes_on_a_clean_report(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = metrics_cmd(capsys, str(folder / "too-long.md"), "--strict")
    assert code == 1 and "too-long.md: time_to_resolve: too long" in err
    code, _, err = metrics_cmd(capsys, str(folder / "clean.md"), "--strict")
    assert code == 0 and "strict" not in err


def test_without_strict_flagged_values_do_not_fail_the_command(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = metrics_cmd(capsys, str(folder))
    assert code == 0 and "strict" not in err


def test_strict_from_pyproject_and_no_strict_overrides_it(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "pyproject.toml").write_text("[tool.postmortem.metrics]\nstrict = true\n")
    code, _, _ = metrics_cmd(capsys, str(folder / "inferred.md"))
    assert code == 1
    code, out, _ = metrics_cmd(capsys, str(folder / "inferred.md"), "--no-strict",
                               "--format", "json")  # fmt: skip
    assert code == 0
    assert json.loads(out)["reports"][0]["durations"]["time_to_detect"]["flags"] == []


def test_include_flagged_keeps_them_and_says_so(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    agg = {r["duration"]: r for r in as_json(capsys, str(folder / "too-long.md"))["aggregate"]}
    assert (agg["time_to_resolve"]["count"], agg["time_to_resolve"]["excluded"]) == (0, 1)
    data = as_json(capsys, str(folder / "too-long.md"), "--include-flagged")
    agg = {r["duration"]: r for r in data["aggregate"]}
    ttr = agg["time_to_resolve"]
    assert (ttr["count"], ttr["excluded"], ttr["flagged_kept"]) == (1, 0, 1)
    assert data["reports"][0]["durations"]["time_to_resolve"]["excluded"] is False


# ---------------------------------------------------------------------------------------------
# No figure hides whether it was inferred or excluded


def test_table_marks_inferred_flagged_and_disagreeing_figures(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = metrics_cmd(capsys, str(folder))
    assert code == 0
    per, agg = out.split("\n\n")[:2]
    head, *rows = per.splitlines()
    # Duration columns are right-aligned: each cell ends where its header ends.
    ends = [(w.group(), w.end()) for w in re.finditer(r"\S+", head)][1:]
    cells = {}
    for ln in rows:
        if ln.split()[0].endswith(".md"):
            bounds = [len(ln.split()[0])] + [end for _, end in ends]
            cells[ln.split()[0]] = {name: ln[bounds[i] : end].strip()
                                    for i, (name, end) in enumerate(ends)}  # fmt: skip
    assert cells["inferred.md"]["time_to_detect"] == "~20m"
    assert cells["inferred.md"]["time_to_repair"].startswith("*")
    assert cells["too-long.md"]["time_to_resolve"].startswith("!")
    assert not any(c[0] in "~!*" for c in cells["clean.md"].values())
    for legend in ("~ rests on an instant inferred", "! flagged", "* differs from the figure"):
        assert legend in per
    header = agg.splitlines()[0].split()
    assert header[:4] == ["group", "duration", "n", "inferred"] and "max" in header
    ttr = next(ln.split() for ln in agg.splitlines() if " time_to_resolve " in f" {ln} ")
    assert ttr[2:8] == ["2", "1", "0", "1", "(too", "long:"]  # n 2 (1 inferred), 0 missing,
    # 1 excluded (too long)


def test_json_marks_each_figure(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = as_json(capsys, str(folder))
    reports = by_name(data)
    ttd = reports["inferred.md"]["durations"]["time_to_detect"]
    assert ttd["inferred"] is True and ttd["inferred_ends"] == ["started"]
    assert reports["inferred.md"]["instants"]["started"]["inferred"] is True
    assert reports["inferred.md"]["inferred"] == "started"
    ttr = reports["too-long.md"]["durations"]["time_to_resolve"]
    assert ttr["excluded"] is True and ttr["flags"][0].startswith("too long")
    repair = reports["inferred.md"]["durations"]["time_to_repair"]
    assert repair["disagrees"] is True and repair["stated"] == "55 min"
    agg = {r["duration"]: r for r in data["aggregate"]}
    assert agg["time_to_detect"]["inferred"] == 1
    assert agg["time_to_resolve"]["excluded_why"] == "too long: 1"
    assert agg["time_to_resolve"]["max_minutes"] == 123  # the too-long value is not the max


def test_csv_marks_each_figure(
    folder: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    agg_path = tmp_path / "agg.csv"
    code, out, _ = metrics_cmd(capsys, str(folder), "--format", "csv", "--aggregate-csv",
                               str(agg_path))  # fmt: skip
    assert code == 0
    rows = {Path(r["report"]).name: r for r in csv.DictReader(io.StringIO(out))}
    assert rows["inferred.md"]["time_to_detect_inferred"] == "True"
    assert rows["inferred.md"]["started_inferred"] == "True"
    assert rows["inferred.md"]["inferred"] == "started"
    assert rows["clean.md"]["time_to_detect_inferred"] == "False"
    assert rows["too-long.md"]["time_to_resolve_excluded"] == "True"
    assert rows["too-long.md"]["time_to_resolve_flags"].startswith("too long")
    assert rows["too-long.md"]["flagged"].startswith("impact_duration: too long")
    assert rows["inferred.md"]["time_to_repair_disagrees"] == "True"
    agg = {r["duration"]: r for r in csv.DictReader(io.StringIO(agg_path.read_text()))}
    assert agg["time_to_detect"]["inferred"] == "1"
    assert agg["time_to_resolve"]["excluded"] == "1"
    assert agg["time_to_resolve"]["excluded_why"] == "too long: 1"


def test_show_marks_inferred_and_flagged_durations(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["show", str(folder / "inferred.md")]) == 0
    out = capsys.readouterr().out
    line = next(ln for ln in out.splitlines() if ln.strip().startswith("time_to_detect"))
    assert "(inferred started)" in line
    started = next(ln for ln in out.splitlines() if ln.strip().startswith("started"))
    assert "(inferred)" in started
    assert main(["show", str(folder / "too-long.md")]) == 0
    out = capsys.readouterr().out
    line = next(ln for ln in out.splitlines() if ln.strip().startswith("time_to_resolve"))
    assert "flagged, left out of aggregates: too long" in line


def test_options_reach_worker_processes(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (folder / "pyproject.toml").write_text(
        '[tool.postmortem.presets.support]\nrepair = "declared..impact_ended"\n', encoding="utf-8"
    )
    args = [str(folder), "--preset", "support", "--duration", "ttr=detected..resolved",
            "--strict"]  # fmt: skip
    one = as_json(capsys, *args, "--jobs", "1")
    pooled = as_json(capsys, *args, "--jobs", "2")
    assert pooled == one
    assert set(one["reports"][0]["durations"]) == {"repair", "ttr"}
    flags = by_name(pooled)["inferred.md"]["durations"]["ttr"]["flags"]
    assert flags == []  # detected and resolved are both stated by wording: nothing inferred
    assert by_name(pooled)["too-long.md"]["durations"]["ttr"]["flags"][0].startswith("too long")
