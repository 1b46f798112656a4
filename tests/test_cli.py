"""The `postmortem` command, run for real in a subprocess."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import postmortem
from postmortem.metrics import metrics

from conftest import CORPUS_DIR, FILLED, SEEDS, read_exact

SEED_STYLE = {"000": "classic", "001": "memo", "002": "tabular", "003": "concise", "004": "emoji"}


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "postmortem", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        timeout=120,
    )


@pytest.mark.parametrize(
    "command", ["show", "parse", "metrics", "lint", "new", "convert", "styles"]
)
def test_every_subcommand_has_help(command: str) -> None:
    r = run(command, "--help")
    assert r.returncode == 0 and "usage: postmortem " + command in r.stdout


def test_show_example() -> None:
    r = run("show", "--example")
    assert r.returncode == 0, r.stderr
    assert "Key instants" in r.stdout and "time_to_detect" in r.stdout
    assert "First alert fired" in r.stdout


def test_show_corpus_report() -> None:
    r = run("show", str(CORPUS_DIR / "24-google-sre-book-shakespeare-example.md"))
    assert r.returncode == 0
    assert r.stdout.startswith("Shakespeare Sonnet++ Postmortem (incident #465)")


def test_parse_json_equals_the_api() -> None:
    r = run("parse", str(FILLED[0]))
    assert r.returncode == 0
    assert json.loads(r.stdout) == json.loads(
        json.dumps(postmortem.to_dict(postmortem.load(FILLED[0])))
    )


def test_metrics_csv_parses_back_to_the_api_values() -> None:
    r = run("metrics", str(FILLED[0].parent), "--format", "csv")
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [Path(row["report"]).name for row in rows] == [p.name for p in FILLED]
    for row, path in zip(rows, FILLED, strict=True):
        mt = metrics(postmortem.load(path))
        for name, d in mt.durations.items():
            cell = row[f"{name}_minutes"]
            want = None if d.minutes is None else round(d.minutes, 2)
            assert (float(cell) if cell else None) == want, (path.name, name)
        assert row["started_at"] == (mt.started_at.value.isoformat() if mt.started_at else "")


def test_metrics_json_and_grouping() -> None:
    r = run("metrics", *map(str, FILLED), "--format", "json", "--group-by", "severity")
    data = json.loads(r.stdout)
    assert len(data["reports"]) == 5
    groups = {row["group"] for row in data["aggregate"]}
    assert groups == {"high", "medium", "critical"}


def test_metrics_table_over_the_corpus() -> None:
    r = run("metrics", str(CORPUS_DIR), "--jobs", "2")
    assert r.returncode == 0, r.stderr
    assert "time_to_detect" in r.stdout and "24-google-sre-book" in r.stdout


def test_lint_blank_seeds_report_placeholders() -> None:
    for seed in SEEDS:
        r = run("lint", str(seed))
        assert r.returncode == 1
        assert " PM001 unfilled placeholder " in r.stdout


def test_lint_filled_reports_are_clean() -> None:
    r = run("lint", *map(str, FILLED), "--today", "2024-01-01")
    assert r.returncode == 0, r.stdout
    assert r.stdout == ""


def test_lint_finds_each_planted_problem(tmp_path: Path) -> None:
    text = read_exact(FILLED[2])
    planted = {
        "PM004": ("| 14:40    | Root cause identified", "| 13:40    | Root cause identified"),
        "PM005": ("| 2   | Alert on pool saturation                      | Yuki Sato    |",
                  "| 2   | Alert on pool saturation                      |              |"),
        "PM008": ("| 2024-03-21 | In Progress |", "| 2023-03-21 | In Progress |"),
        "PM010": ("**Severity**: P1 (High)", "**Severity**: Spicy"),
        "PM011": ("| 3   | Enable slow-query log", "| 2   | Enable slow-query log"),
        "PM009": ("**Time to Detect**: 15 minutes", "**Time to Detect**: 40 minutes"),
        "PM003": ("| 14:25    | Investigation began", "| ???      | Investigation began"),
        "PM006": ("| 2024-03-28 | Not Started |", "|            | Not Started |"),
        "PM007": ("| 2024-03-21 | In Progress |", "| 2024-03-21 |             |"),
        "PM002": ("## Root Cause\n", "## Notes\n"),
    }  # fmt: skip
    for code, (old, new) in planted.items():
        assert old in text, code
        bad = tmp_path / f"{code}.md"
        bad.write_text(text.replace(old, new), encoding="utf-8", newline="")
        line = text[: text.index(old)].count("\n") + 1
        r = run("lint", str(bad), "--today", "2024-03-10")
        assert r.returncode == 1, code
        hits = [ln for ln in r.stdout.splitlines() if f" {code} " in ln]
        assert hits, (code, r.stdout)
        if code == "PM002":
            line = 1  # a missing section is reported at the top of the report
        if code != "PM009":
            assert any(ln.startswith(f"{bad}:{line}:1: {code} ") for ln in hits), (code, hits)


def test_lint_formats_and_disabling(tmp_path: Path) -> None:
    seed = str(SEEDS[0])
    r = run("lint", seed, "--format", "json")
    findings = json.loads(r.stdout)
    assert findings and {"path", "line", "column", "code", "message"} <= set(findings[0])
    r = run("lint", seed, "--format", "github")
    assert r.stdout.startswith("::warning file=")
    r = run("lint", seed, "--disable", "PM001,PM002,PM003,PM005,PM006,PM007")
    assert " PM001 " not in r.stdout
    (tmp_path / "pyproject.toml").write_text('[tool.postmortem]\ndisable = ["PM001"]\n')
    r = run("lint", seed, cwd=tmp_path)
    assert " PM001 " not in r.stdout and r.returncode in (0, 1)
    r = run("lint", seed, "--disable", "PM999")
    assert r.returncode == 2 and "unknown rule" in r.stderr


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_new_without_fields_is_the_seed(seed: Path) -> None:
    r = run("new", "--style", SEED_STYLE[seed.name[:3]])
    assert r.returncode == 0
    assert r.stdout == read_exact(seed)


def test_new_with_fields_and_convert(tmp_path: Path) -> None:
    out = tmp_path / "new.md"
    r = run("new", "--style", "tabular", "--title", "DB failover", "--date", "2024-05-01",
            "--severity", "sev2", "-o", str(out))  # fmt: skip
    assert r.returncode == 0
    report = postmortem.load(out)
    assert report.title == "DB failover"
    assert report.metadata.date is not None and report.metadata.date.isoformat() == "2024-05-01"
    r = run("convert", str(FILLED[2]), "--style", "classic")
    assert r.returncode == 0
    assert postmortem.parse(r.stdout).metadata.incident_id == "INC-2024-03-07-002"


def test_styles_lists_every_style() -> None:
    r = run("styles")
    names = [ln.split()[0] for ln in r.stdout.splitlines()]
    assert names == ["canonical", "classic", "memo", "tabular", "concise", "emoji"]


def test_bad_input_gives_one_line_and_no_traceback(tmp_path: Path) -> None:
    binary = tmp_path / "blob.md"
    binary.write_bytes(bytes(range(256)))
    empty = tmp_path / "empty"
    empty.mkdir()
    cases = [
        (("show", str(tmp_path / "missing.md")), 1, "no such file"),
        (("show", str(binary)), 1, "not UTF-8"),
        (("metrics", str(empty)), 1, "no *.md reports"),
        (("new", "--style", "fancy"), 2, "invalid choice"),
        (("new", "--date", "someday"), 2, "is not a date"),
        (("frobnicate",), 2, "invalid choice"),
    ]
    for args, code, message in cases:
        r = run(*args)
        assert r.returncode == code, (args, r.stderr)
        assert message in r.stderr, (args, r.stderr)
        assert "Traceback" not in r.stderr
