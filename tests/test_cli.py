"""The `postmortem` command, run for real in a subprocess."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import postmortem
from postmortem.metrics import metrics

from conftest import CORPUS_DIR, FILLED, SEEDS, read_exact

SEED_STYLE = {"000": "classic", "001": "memo", "002": "tabular", "003": "concise", "004": "emoji"}


def run(
    *args: str, cwd: Path | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "postmortem", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        input=stdin if stdin is not None else "",
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
    (line,) = r.stdout.splitlines()
    assert json.loads(line) == {
        "file": str(FILLED[0]),
        "report": json.loads(json.dumps(postmortem.to_dict(postmortem.load(FILLED[0])))),
    }


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
        (("metrics", str(empty)), 1, "no reports (*.md, *.markdown"),
        (("new", "--style", "fancy"), 2, "invalid choice"),
        (("new", "--date", "someday"), 2, "is not a date"),
        (("frobnicate",), 2, "invalid choice"),
    ]
    for args, code, message in cases:
        r = run(*args)
        assert r.returncode == code, (args, r.stderr)
        assert message in r.stderr, (args, r.stderr)
        assert "Traceback" not in r.stderr


# ---------------------------------------------------------------------------------------------
# Habits of ruff, black and mdformat (one test per defect found by trying the CLI as a new user)


def test_version() -> None:
    r = run("--version")
    assert r.returncode == 0 and r.stdout.strip() == f"postmortem {postmortem.__version__}"


def test_dash_reads_standard_input() -> None:
    text = read_exact(FILLED[2])
    r = run("show", "-", stdin=text)
    assert r.returncode == 0, r.stderr
    assert r.stdout == run("show", str(FILLED[2])).stdout
    r = run("parse", "-", stdin=text)
    assert json.loads(r.stdout)["file"] == "<stdin>"
    assert (
        json.loads(r.stdout)["report"] == json.loads(run("parse", str(FILLED[2])).stdout)["report"]
    )
    r = run("lint", "-", "--today", "2024-01-01", stdin=text)
    assert r.returncode == 0 and "1 report checked, no findings" in r.stderr
    r = run("metrics", "-", "--format", "json", stdin=text)
    assert json.loads(r.stdout)["reports"][0]["report"] == "<stdin>"


def test_show_without_a_file_is_a_usage_error() -> None:
    r = run("show")
    assert r.returncode == 2
    assert r.stderr.startswith("usage: postmortem show") and "error: give a FILE" in r.stderr


def test_missing_output_folder_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    gone = tmp_path / "no-such-folder"
    cases = [
        ("convert", str(FILLED[0]), "--style", "classic", "-o", str(gone / "x.md")),
        ("new", "-o", str(gone / "x.md")),
        ("metrics", str(FILLED[0]), "--format", "csv", "--aggregate-csv", str(gone / "a.csv")),
    ]
    for args in cases:
        r = run(*args)
        assert r.returncode == 1, (args, r.stderr)
        assert "Traceback" not in r.stderr
        # convert first says what it carried over; the error is one line, the last.
        assert r.stderr.splitlines()[-1] == (
            f"postmortem: {gone / Path(args[-1]).name}: folder {str(gone)!r} does not exist"
        )
        assert not gone.exists()


def test_aggregate_csv_needs_csv_format(tmp_path: Path) -> None:
    r = run("metrics", str(FILLED[0]), "--aggregate-csv", str(tmp_path / "a.csv"))
    assert r.returncode == 2 and "--aggregate-csv needs --format csv" in r.stderr
    assert not (tmp_path / "a.csv").exists()


@pytest.mark.parametrize("command", ["metrics", "lint"])
def test_jobs_must_be_positive(command: str) -> None:
    for bad in ("0", "-3", "two"):
        r = run(command, str(FILLED[0]), "--jobs", bad)
        assert r.returncode == 2 and "argument --jobs" in r.stderr, (bad, r.stderr)


def test_aggregate_csv_has_the_same_line_endings_as_the_main_csv(tmp_path: Path) -> None:
    agg = tmp_path / "agg.csv"
    r = run("metrics", *map(str, FILLED), "--format", "csv", "--aggregate-csv", str(agg))
    assert r.returncode == 0, r.stderr
    data = agg.read_bytes()
    assert b"\r" not in data and data.count(b"\n") == 1 + 8  # header and one row per duration
    assert "\r" not in r.stdout


def test_parse_prints_one_shape_whatever_the_number_of_files() -> None:
    one = run("parse", str(FILLED[0])).stdout.splitlines()
    many = run("parse", *map(str, FILLED)).stdout.splitlines()
    assert len(one) == 1 and len(many) == len(FILLED)
    shapes = {tuple(sorted(json.loads(line))) for line in [*one, *many]}
    assert shapes == {("file", "report")}
    assert json.loads(many[0]) == json.loads(one[0])


def test_every_option_has_help_text() -> None:
    from postmortem.cli import build_parser

    parser = build_parser()
    subs = next(a for a in parser._actions if a.dest == "command").choices
    assert isinstance(subs, dict)
    for name, sub in subs.items():
        for action in sub._actions:
            assert action.help, (name, action.dest)


# ---------------------------------------------------------------------------------------------
# Folders


def _folder(tmp_path: Path) -> Path:
    """A folder as a team keeps it: reports in several Markdown flavours beside other files."""
    top = tmp_path / "postmortems"
    (top / "2024").mkdir(parents=True)
    text = read_exact(FILLED[2])
    (top / "2024" / "a.md").write_text(text, encoding="utf-8", newline="")
    (top / "2024" / "b.markdown").write_text(text, encoding="utf-8", newline="")
    (top / "c.mdx").write_text(text, encoding="utf-8", newline="")
    (top / "d.md.erb").write_text(text, encoding="utf-8", newline="")
    (top / "README.md").write_text("# Post-mortems\n\nOne file per incident. See "
                                   "[the template](template.md).\n\n## Writing one\n\n"
                                   "Copy the template.\n")  # fmt: skip
    (top / "CHANGELOG.md").write_text("# Changelog\n\n## [1.2.0] - 2024-05-01\n\n### Added\n\n"
                                      "- A new template.\n\n## [1.1.0] - 2024-03-01\n\n"
                                      "### Fixed\n\n- Typos.\n")  # fmt: skip
    (top / "SOURCES.md").write_bytes((CORPUS_DIR / "SOURCES.md").read_bytes())
    (top / ".venv" / "lib").mkdir(parents=True)
    (top / ".venv" / "lib" / "hidden.md").write_text(text, encoding="utf-8", newline="")
    (top / "drafts").mkdir()
    (top / "drafts" / "draft.md").write_text(text, encoding="utf-8", newline="")
    (top / "old").mkdir()
    (top / "old" / "old.md").write_text(text, encoding="utf-8", newline="")
    (top / ".gitignore").write_text("drafts/\n")
    return top


def test_folders_take_markdown_flavours_and_skip_hidden_ignored_and_non_reports(
    tmp_path: Path,
) -> None:
    top = _folder(tmp_path)
    r = run("metrics", str(top), "--format", "json", "--exclude", "old/")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    got = sorted(Path(row["report"]).relative_to(top).as_posix() for row in data["reports"])
    assert got == ["2024/a.md", "2024/b.markdown", "c.mdx", "d.md.erb"]
    assert sorted(Path(p).name for p in data["skipped"]) == [
        "CHANGELOG.md",
        "README.md",
        "SOURCES.md",
    ]
    assert "skipped 3 files" in r.stderr and "README.md" in r.stderr
    assert data["aggregate"][0]["count"] + data["aggregate"][0]["missing"] == 4
    # Without --exclude the old folder counts; .gitignore and hidden folders still do not.
    r = run("lint", str(top), "--format", "json", "--today", "2024-01-01")
    assert r.returncode == 0, r.stdout
    assert "5 reports checked" in r.stderr
    # --include takes other endings.
    (top / "notes.txt").write_text(read_exact(FILLED[0]), encoding="utf-8")
    r = run("metrics", str(top), "--format", "json", "--include", "*.txt")
    assert any(row["report"].endswith("notes.txt") for row in json.loads(r.stdout)["reports"])


def test_exclude_from_config_found_up_the_tree(tmp_path: Path) -> None:
    top = _folder(tmp_path)
    (tmp_path / "pyproject.toml").write_text(
        '[tool.postmortem]\nexclude = ["old/", "*.mdx"]\nignore = ["PM006"]\n'
    )
    r = run("metrics", str(top), "--format", "json", cwd=top / "2024")
    names = sorted(Path(row["report"]).name for row in json.loads(r.stdout)["reports"])
    assert names == ["a.md", "b.markdown", "d.md.erb"]


def test_no_corpus_report_is_skipped_and_the_sources_file_is() -> None:
    dev = CORPUS_DIR.parent / "dev"
    r = run("metrics", str(CORPUS_DIR), str(dev), "--format", "json", "--jobs", "2")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    reports = {Path(row["report"]).name for row in data["reports"]}
    want = {p.name for p in [*CORPUS_DIR.glob("[0-9]*.md"), *dev.glob("[0-9]*.md")]}
    assert reports == want
    assert sorted(data["skipped"]) == sorted([str(CORPUS_DIR / "SOURCES.md"),
                                              str(dev / "SOURCES.md")])  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Lint options


def test_lint_config_is_found_up_the_tree(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.postmortem]\nignore = ["PM001"]\n')
    deep = tmp_path / "docs" / "incidents"
    deep.mkdir(parents=True)
    (deep / "r.md").write_bytes(SEEDS[0].read_bytes())
    r = run("lint", "r.md", cwd=deep)
    assert " PM001 " not in r.stdout and " PM003 " in r.stdout
    r = run("lint", str(deep / "r.md"))  # from elsewhere, found from the file's folder
    assert " PM001 " not in r.stdout
    r = run("lint", str(SEEDS[0]))  # neither the file nor the current folder is under it
    assert " PM001 " in r.stdout


def test_lint_select_ignore_and_summary() -> None:
    seed = str(SEEDS[0])
    r = run("lint", seed, "--select", "PM001")
    codes = {ln.split()[1] for ln in r.stdout.splitlines()}
    assert codes == {"PM001"}
    n = len(r.stdout.splitlines())
    assert r.stderr.strip() == f"postmortem: {n} findings in 1 of 1 report (PM001 {n})"
    r = run("lint", seed, "--select", "PM001,PM003", "--ignore", "PM001")
    assert {ln.split()[1] for ln in r.stdout.splitlines()} == {"PM003"}
    r = run("lint", seed, "--ignore", "pm999")
    assert r.returncode == 2 and "unknown rule code(s): PM999" in r.stderr


def test_lint_inline_suppression(tmp_path: Path) -> None:
    text = read_exact(FILLED[2])
    old = "| 14:25    | Investigation began"
    bad = text.replace(old, "| ???      | Investigation began")
    line = text[: text.index(old)].count("\n") + 1
    path = tmp_path / "r.md"
    path.write_text(bad, encoding="utf-8", newline="")
    r = run("lint", str(path), "--today", "2024-01-01")
    assert f"{path}:{line}:1: PM003 " in r.stdout
    # At the end of the line itself.
    row = bad.splitlines()[line - 1]
    path.write_text(bad.replace(row, row + " <!-- postmortem: disable=PM003 -->"),
                    encoding="utf-8", newline="")  # fmt: skip
    r = run("lint", str(path), "--today", "2024-01-01")
    assert r.returncode == 0 and r.stdout == "", r.stdout
    # For the whole file.
    path.write_text("<!-- postmortem: disable-file=PM003 -->\n" + bad, encoding="utf-8",
                    newline="")  # fmt: skip
    r = run("lint", str(path), "--today", "2024-01-01")
    assert r.returncode == 0 and r.stdout == ""
    # On a line of its own, for the next line only.
    items = tmp_path / "items.md"
    items.write_text("# Outage\n\n## Action items\n\n<!-- postmortem: disable=PM005,PM006 -->\n"
                     "- [ ] Write the runbook\n- [ ] Add an alert\n")  # fmt: skip
    r = run("lint", str(items), "--select", "PM005,PM006")
    assert r.stdout.splitlines() == [
        f"{items}:7:1: PM005 action item has no owner: 'Add an alert'",
        f"{items}:7:1: PM006 action item has no due date: 'Add an alert'",
    ]
    # Another code does not silence it.
    path.write_text("<!-- postmortem: disable-file=PM005 -->\n" + bad, encoding="utf-8",
                    newline="")  # fmt: skip
    assert " PM003 " in run("lint", str(path), "--today", "2024-01-01").stdout


def test_pre_commit_hook_runs_lint(tmp_path: Path) -> None:
    import yaml

    from conftest import ROOT

    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    hook = next(h for h in hooks if h["id"] == "postmortem-lint")
    assert hook["language"] == "python" and hook["entry"].split()[:2] == ["postmortem", "lint"]
    # pre-commit passes the staged files; a README among them is skipped, not linted.
    readme = tmp_path / "README.md"
    readme.write_text("# Incidents\n\nSee the folders.\n")
    r = run(*hook["entry"].split()[1:], *hook.get("args", []), str(readme), str(FILLED[2]),
            "--today", "2024-01-01")  # fmt: skip
    assert r.returncode == 0, r.stdout + r.stderr
    assert "skipped 1 file" in r.stderr


# ---------------------------------------------------------------------------------------------
# The metrics table


def _columns_never_touch(lines: list[str], left: int) -> None:
    # The first `left` columns are left-aligned (they start under their header), the others
    # right-aligned (they end under it); two blanks always separate neighbours.
    words = list(re.finditer(r"\S+", lines[0]))
    starts = [w.start() for w in words]
    ends = [w.end() for w in words]
    for line in lines[1:]:
        for start in starts[1:left]:
            assert line[start - 2 : start] == "  ", (line, start)
        for end in ends[left:-1]:
            assert line[end : end + 2].strip() == "", (line, end)


def test_metrics_table_columns_names_and_groups(tmp_path: Path) -> None:
    long_name = tmp_path / ("a-very-long-report-name-" * 4 + ".md")
    long_name.write_bytes(FILLED[2].read_bytes())
    r = run("metrics", str(CORPUS_DIR), str(long_name), "--group-by", "severity")
    assert r.returncode == 0, r.stderr
    per, agg = r.stdout.split("\n\n")[:2]
    per_lines = [ln for ln in per.splitlines() if not ln.startswith("~")]
    _columns_never_touch(per_lines, left=1)
    agg_lines = agg.splitlines()[:-1]
    _columns_never_touch(agg_lines, left=2)
    assert "…" in r.stdout and "None" not in r.stdout and "(no severity)" in r.stdout
    assert "tt_" not in r.stdout
    durations = {ln.split()[1] for ln in agg_lines[1:] if not ln.startswith("(")}
    assert durations <= set(per_lines[0].split())
    assert "~ rests on an instant inferred" in r.stdout


def test_metrics_counts_add_up_to_the_reports() -> None:
    r = run("metrics", str(CORPUS_DIR), "--format", "json")
    data = json.loads(r.stdout)
    aggregated = len(data["reports"]) - len(data["excluded"])
    for row in data["aggregate"]:
        assert row["count"] + row["missing"] + row["excluded"] == aggregated, row
    r = run("metrics", str(CORPUS_DIR))
    assert f"{len(data['reports'])} reports; per duration n + missing + excluded" in r.stdout


def test_metrics_json_and_csv_carry_provenance() -> None:
    r = run("metrics", str(FILLED[2]), "--format", "json")
    report = json.loads(r.stdout)["reports"][0]
    mt = metrics(postmortem.load(FILLED[2]))
    for name, inst in mt.instants.items():
        got = report["instants"][name]
        assert got["source"] == (inst.source or None) and got["inferred"] == inst.inferred
        assert got["reason"] == (inst.reason or None)
    ttd = report["durations"]["time_to_detect"]
    assert ttd["minutes"] == 15 and ttd["start"] == "started" and ttd["end"] == "detected"
    assert set(ttd) >= {"reason", "inferred", "stated", "disagrees"}
    r = run("metrics", str(FILLED[2]), "--format", "csv")
    (row,) = csv.DictReader(io.StringIO(r.stdout))
    assert row["detected_source"] == mt.detected_at.source
    assert row["detected_inferred"] == str(mt.detected_at.inferred)
    assert "time_to_detect_inferred" in row and "time_to_detect_reason" in row


def test_progress_with_rate_and_eta_only_on_a_terminal(tmp_path: Path) -> None:
    import os
    import pty

    args = [sys.executable, "-m", "postmortem", "metrics", str(CORPUS_DIR), "--format", "csv"]
    master, slave = pty.openpty()
    # Results go to a file, not a pipe: nothing here reads stdout while stderr is read.
    with (tmp_path / "out.csv").open("wb") as out:
        proc = subprocess.Popen(args, stdout=out, stderr=slave, stdin=subprocess.DEVNULL)
        os.close(slave)
        chunks = []
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:  # the child closed its end
                break
            if not data:
                break
            chunks.append(data)
        proc.wait(timeout=120)
    os.close(master)
    err = b"".join(chunks).decode("utf-8", "replace")
    assert proc.returncode == 0
    assert "files/s" in err and "ETA" in err and "40/40" in err
    result = (tmp_path / "out.csv").read_text(encoding="utf-8")
    assert result.startswith("report,") and "ETA" not in result  # results stay clean
    piped = run("metrics", str(CORPUS_DIR), "--format", "csv")
    assert "ETA" not in piped.stderr and "files/s" not in piped.stderr
