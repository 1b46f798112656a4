"""MTTR by quarter over the public and dev corpora, as the command line gives it, for the docs.

Usage::

    python benchmarks/mttr_by_quarter.py           # rewrite the table in docs/metrics.md and
                                                   # docs/data/mttr-by-quarter.csv
    python benchmarks/mttr_by_quarter.py --check   # exit 1 when either is not what the
                                                   # command gives now (the test suite runs it)

Each corpus is measured by ``postmortem metrics DIR --group-by quarter --format json`` (and once
without ``--group-by`` for the "all" row), then again with ``--strict`` (only instants the
reports state or mark); MTTR is the mean ``time_to_resolve`` of the ``default`` preset. No
figure is written by hand: change the parser or the metrics, run this, and commit what it
writes.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from postmortem.timestamps import format_duration

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("POSTMORTEM_SHARED", ROOT.parent / "shared"))
CORPORA = {"public": SHARED / "corpus" / "public", "dev": SHARED / "corpus" / "dev"}
DOC = ROOT / "docs" / "metrics.md"
DATA = ROOT / "docs" / "data" / "mttr-by-quarter.csv"
DURATION = "time_to_resolve"
START, END = "<!-- mttr-by-quarter:start -->", "<!-- mttr-by-quarter:end -->"
COLUMNS = ["corpus", "quarter", "n", "inferred", "missing", "excluded", "excluded_why",
           "mean_minutes", "median_minutes", "p90_minutes", "max_minutes", "strict_n",
           "strict_mean_minutes"]  # fmt: skip


def command_rows(folder: Path, group_by: str | None, strict: bool = False) -> list[dict[str, Any]]:
    """The aggregate rows of ``postmortem metrics FOLDER [--group-by quarter]`` for MTTR."""
    argv = [sys.executable, "-m", "postmortem", "metrics", str(folder), "--format", "json"]
    if group_by:
        argv += ["--group-by", group_by]
    if strict:
        argv.append("--strict")
    done = subprocess.run(argv, capture_output=True, text=True, check=False, cwd=ROOT)
    # A strict run exits 1 when any figure is flagged: that is its answer, not a failure.
    if done.returncode not in ((0, 1) if strict else (0,)) or not done.stdout:
        raise SystemExit(f"{' '.join(argv)} failed:\n{done.stderr}")
    rows: list[dict[str, Any]] = json.loads(done.stdout)["aggregate"]
    return [r for r in rows if r["duration"] == DURATION]


def table_rows() -> list[dict[str, Any]]:
    """One row per corpus and quarter, then the corpus's "all" row."""
    out: list[dict[str, Any]] = []
    for corpus, folder in CORPORA.items():
        for group_by in ("quarter", None):
            strict = {r["group"]: r for r in command_rows(folder, group_by, strict=True)}
            for r in command_rows(folder, group_by):
                quarter = r["group"] if group_by else "all"
                row = {"corpus": corpus, "quarter": "no date" if quarter is None else quarter,
                       "n": r["count"], **{k: r[k] for k in COLUMNS[3:-2]},
                       "strict_n": strict[r["group"]]["count"],
                       "strict_mean_minutes": strict[r["group"]]["mean_minutes"]}  # fmt: skip
                out.append(row)
    return out


def as_csv(rows: list[dict[str, Any]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def _time(minutes: float | None) -> str:
    # Whole minutes in the table (timelines give minutes); the CSV keeps the command's figures.
    return "-" if minutes is None else format_duration(dt.timedelta(minutes=round(minutes)))


def as_markdown(rows: list[dict[str, Any]]) -> str:
    lines = [
        "| corpus | quarter | n | of which inferred | missing | excluded (why) | mean (MTTR) "
        "| median | p90 | max | strict n | strict mean |",
        "| --- | --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        why = f" ({r['excluded_why']})" if r["excluded_why"] else ""
        quarter = f"**{r['quarter']}**" if r["quarter"] == "all" else r["quarter"]
        lines.append(
            f"| {r['corpus']} | {quarter} | {r['n']} | {r['inferred']} | {r['missing']} | "
            f"{r['excluded']}{why} | {_time(r['mean_minutes'])} | {_time(r['median_minutes'])} "
            f"| {_time(r['p90_minutes'])} | {_time(r['max_minutes'])} | {r['strict_n']} "
            f"| {_time(r['strict_mean_minutes'])} |"
        )
    return "\n".join(lines) + "\n"


def with_table(doc: str, table: str) -> str:
    start, end = doc.index(START) + len(START), doc.index(END)
    return doc[:start] + "\n" + table + doc[end:]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--check", action="store_true", help="compare, do not write")
    args = p.parse_args(argv)
    rows = table_rows()
    doc = DOC.read_text(encoding="utf-8")
    want_doc, want_csv = with_table(doc, as_markdown(rows)), as_csv(rows)
    if args.check:
        stale = [str(f.relative_to(ROOT)) for f, want in ((DOC, want_doc), (DATA, want_csv))
                 if not f.is_file() or f.read_text(encoding="utf-8") != want]  # fmt: skip
        if stale:
            print(f"not what the command gives now: {', '.join(stale)}; run "
                  "python benchmarks/mttr_by_quarter.py and commit", file=sys.stderr)  # fmt: skip
            return 1
        return 0
    DOC.write_text(want_doc, encoding="utf-8")
    DATA.parent.mkdir(exist_ok=True)
    DATA.write_text(want_csv, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
