"""The ``postmortem`` command.

Exit codes: 0 success, 1 findings or failures (a report that could not be read, lint findings,
no reports found, a flagged or disagreeing figure under ``metrics --strict``), 2 usage errors
(unknown option or style, options that need each other).
Results go to stdout, diagnostics to stderr; nothing prints a traceback for bad input. ``-``
as a file reads standard input.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from postmortem import __version__
from postmortem._safe import csv_cell, first_line, github_command, json_text, terminal_safe
from postmortem.errors import PostmortemError, ReadError, WriteError

# The parser, the metrics, the styles and rich are imported by the commands that use them, not
# here: `postmortem --help` (and every command) would otherwise pay for all of them.
if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress

    from postmortem.durations import DurationSpec, MetricsConfig
    from postmortem.lint import Finding, LintConfig
    from postmortem.metrics import Aggregate, Metrics
    from postmortem.model import Report, Section

#: File name endings read in folders (kept in step with postmortem.discover, which a test checks).
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdx", ".md.erb", ".qmd")

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2
#: From this many files on, `metrics` and `lint` use a process pool.
PARALLEL_FROM = 64
#: The name standard input goes by in messages and output.
STDIN = "<stdin>"


class UsageError(Exception):
    """A command line that cannot run as given (exit 2, like argparse's own errors)."""


def example_text() -> str:
    """The bundled example report (a filled-in report in the seed-002 template)."""
    from importlib import resources

    return (resources.files("postmortem") / "examples" / "search-latency.md").read_text(
        encoding="utf-8"
    )


def _fail(message: str) -> int:
    print(f"postmortem: {terminal_safe(message)}", file=sys.stderr)
    return EXIT_FAIL


def _read_stdin() -> str:
    # Bytes, so that line endings arrive untouched, then the same UTF-8 check as files.
    data = sys.stdin.buffer.read()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ReadError(f"not UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start})",
                        path=STDIN) from None  # fmt: skip


def _load(path: str, stdin: str | None = None) -> Report:
    """A report from a path, or from standard input for ``-``."""
    from postmortem.io import load
    from postmortem.parsing import parse

    if path == "-":
        return parse(stdin if stdin is not None else _read_stdin(), path=STDIN)
    return load(path)


# ---------------------------------------------------------------------------------------------
# Finding files


def find_reports(
    paths: Sequence[str], *, exclude: Sequence[str] = (), include: Sequence[str] = ()
) -> list[str]:
    """Files named, and Markdown-like files under folders named, in a stable order.

    Folders are walked by :func:`postmortem.discover.find_files`: hidden and git-ignored
    folders are skipped, as is whatever ``exclude`` names. A file named on the command line
    is always taken; ``-`` stands for standard input.
    """
    from postmortem.discover import find_files

    out: list[str] = []
    for raw in paths:
        p = Path(raw)
        if raw != "-" and p.is_dir():
            found = find_files(p, exclude=exclude, include=include)
            if not found:
                endings = ", ".join(f"*{s}" for s in MARKDOWN_SUFFIXES)
                raise ReadError(f"no reports ({endings}) in this folder", path=raw)
            out.extend(str(f) for f in found)
        else:
            out.append(raw)
    return out


def _progress(total: int) -> Progress:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        Task,
        TextColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class Rate(ProgressColumn):
        """Files per second (rich's own speed column counts bytes)."""

        def render(self, task: Task) -> Text:
            speed = task.finished_speed or task.speed
            return Text("" if speed is None else f"{speed:.0f} files/s")

    # rich turns itself off when stderr is not a terminal (pipes, CI logs, tests).
    console = Console(stderr=True)
    return Progress(
        TextColumn("reading"), BarColumn(), MofNCompleteColumn(), Rate(),
        TextColumn("ETA"), TimeRemainingColumn(),
        console=console, transient=True, disable=not console.is_terminal or total < 20,
    )  # fmt: skip


#: What a worker sends back for one file: (path, kind, payload), kind one of "ok", "skip",
#: "error"; a skipped file is one in which the parser found nothing of a post-mortem.
Result = tuple[str, str, Any]


class _Options:
    """What ``metrics`` measures with, sent to each worker: the preset, durations given on the
    command line, the project's configuration and strictness."""

    def __init__(
        self,
        preset: str = "default",
        durations: dict[str, DurationSpec] | None = None,
        config: MetricsConfig | None = None,
        strict: bool | None = None,
    ) -> None:
        self.preset = preset
        self.durations = durations or {}
        self.config = config
        self.strict = strict


def _work(
    path: str, task: str, options: _Options, group_by: str | None, stdin: str | None
) -> Result:
    """One file's work in a worker process; never raises.

    For metrics it returns only what the table and the aggregate need (the row, the group
    keys, the metrics, whether the report opts out), so no whole report crosses back.
    """
    from postmortem.discover import is_postmortem
    from postmortem.metrics import excluded, group_keys, metrics, report_row

    name = STDIN if path == "-" else path
    try:
        report = _load(path, stdin)
        if not is_postmortem(report):
            return name, "skip", None
        if task == "metrics":
            # One row per incident: an incident log's incidents count once each ("log.md#2").
            parts = report.incidents
            rows = []
            for k, part in enumerate(parts, 1):
                pname = name if len(parts) == 1 else f"{name}#{k}"
                mt = metrics(part, preset=options.preset, durations=options.durations,
                             config=options.config, strict=options.strict)  # fmt: skip
                keys = group_keys(part, mt, group_by)
                rows.append((report_row(pname, part, mt), keys, mt, excluded(part), pname))
            return name, "ok", rows
    except PostmortemError as e:
        return path, "error", str(e)
    except Exception as e:  # one file must not stop the batch (a bug if hit)
        return path, "error", f"{path}: cannot process ({type(e).__name__}: {e})"
    return name, "ok", report


def default_jobs() -> int:
    """Worker processes for many files: the cores this process may run on that are free.

    The cores it may use (``os.sched_getaffinity``, where there is one) less the one-minute
    load average, at least 1 and at most 8. On a busy machine a pool is no faster than one
    process (measured: 0.73x-1.06x with two workers on two busy cores), so it is not used.
    """
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - macOS, Windows
        cores = os.cpu_count() or 1
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):  # pragma: no cover - Windows
        load = 0.0
    return max(1, min(8, cores - round(load)))


def _map(
    paths: list[str],
    task: str,
    options: _Options | None = None,
    jobs: int | None = None,
    group_by: str | None = None,
) -> Iterator[Result]:
    options = options or _Options()
    total = len(paths)
    stdin = _read_stdin() if "-" in paths else None
    if jobs is None:
        jobs = default_jobs() if total >= PARALLEL_FROM else 1
    with _progress(total) as progress:
        bar = progress.add_task("reports", total=total)
        if jobs > 1:
            from concurrent.futures import ProcessPoolExecutor

            with ProcessPoolExecutor(max_workers=jobs) as pool:
                chunk = max(1, total // (jobs * 8))
                n = len(paths)
                results = pool.map(_work, paths, [task] * n, [options] * n, [group_by] * n,
                                   [stdin] * n, chunksize=chunk)  # fmt: skip
                for item in results:
                    progress.advance(bar)
                    yield item
            return
        for p in paths:
            item = _work(p, task, options, group_by, stdin)
            progress.advance(bar)
            yield item


def _report_skipped(skipped: list[str]) -> None:
    if not skipped:
        return
    names = ", ".join(skipped[:5]) + (f" and {len(skipped) - 5} more" if len(skipped) > 5 else "")
    noun = "file" if len(skipped) == 1 else "files"
    print(terminal_safe(f"postmortem: skipped {len(skipped)} {noun} with no timeline, recognised "
                        f"section, action item or metadata (not post-mortems): {names}"),
          file=sys.stderr)  # fmt: skip


# ---------------------------------------------------------------------------------------------
# show / parse


def show(report: Report, out: TextIO) -> None:
    """Print a readable summary of one report."""
    from postmortem.metrics import metrics
    from postmortem.model import ActionStatus
    from postmortem.timestamps import format_duration

    def w(text: str) -> None:
        out.write(terminal_safe(text))

    w(f"{report.title or '(untitled)'}\n")
    md = report.metadata
    sev = md.severity
    facts = [
        ("Incident", md.incident_id),
        ("Date", md.date.isoformat() if md.date else None),
        ("Severity", f"{sev.text} ({sev.level.name.lower()})" if sev and sev.level else None),
        ("Status", md.status),
    ]
    for k, v in facts:
        if v:
            w(f"  {k + ':':<10} {v}\n")
    mt = metrics(report)
    w("\nKey instants\n")
    for name, inst in mt.instants.items():
        value = inst.isoformat(sep=" ") or "-"
        note = " (inferred)" if inst.inferred else ""
        w(f"  {name:<13} {value:<26} {inst.source}{note}\n")
    w("\nDurations\n")
    for name, d in mt.durations.items():
        val = format_duration(d.value) if d.value is not None else "-"
        notes = []
        if d.stated is not None:
            notes.append(f"stated: {d.stated.text}{'; disagrees' if d.disagrees else ''}")
        if mt.inferred_ends(name):
            notes.append(f"inferred {', '.join(mt.inferred_ends(name))}")
        notes += [f"flagged, left out of aggregates: {f}" for f in d.flags]
        note = "".join(f"  ({n})" for n in notes)
        w(f"  {name:<20} {val:>8}{note}\n")
    w("\nSections\n")

    def tree(sections: list[Section], depth: int) -> None:
        for s in sections:
            w(f"{'  ' * depth}{s.title}  [{s.kind.value}]\n")
            tree(s.subsections, depth + 1)

    tree(report.sections, 1)
    w(f"\nTimeline ({len(report.timeline.events)} entries)\n")
    for e in report.timeline.events:
        when = e.at.isoformat(sep=" ", timespec="minutes") if e.at else (e.time_text or "?")
        w(f"  {when:<26} {e.headline[:70]}\n")
    w(f"\nAction items ({len(report.action_items)})\n")
    for status in ActionStatus:
        items = [a for a in report.action_items if a.status is status]
        if not items:
            continue
        w(f"  {status.value} ({len(items)})\n")
        for a in items:
            owner = f" [{a.owner}]" if a.owner else ""
            w(f"    - {first_line(a.description)[:70]}{owner}\n")


def _cmd_show(args: argparse.Namespace) -> int:
    from postmortem.parsing import parse

    if args.example:
        if args.file is not None:
            raise UsageError("give a FILE or --example, not both")
        report = parse(example_text(), path="<example>")
    elif args.file is None:
        raise UsageError("give a FILE (or - for standard input) or --example")
    else:
        report = _load(args.file)
    show(report, sys.stdout)
    return EXIT_OK


def _cmd_parse(args: argparse.Namespace) -> int:
    from postmortem.serialize import to_dict

    # One shape whatever the number of files: JSON Lines, one {"file", "report"} object a line.
    status = EXIT_OK
    stdin = _read_stdin() if "-" in args.files else None
    for path in args.files:
        try:
            report = _load(path, stdin)
        except PostmortemError as e:
            status = _fail(str(e))
            continue
        name = STDIN if path == "-" else path
        sys.stdout.write(json_text({"file": name, "report": to_dict(report)}) + "\n")
    return status


# ---------------------------------------------------------------------------------------------
# metrics


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _inferred(mt: Metrics, name: str) -> bool:
    return bool(mt.inferred_ends(name))


def _left_out(mt: Metrics, name: str, include_flagged: bool) -> bool:
    # Whether the aggregate leaves this report's value out (see metrics._summary).
    d = mt.durations[name]
    return bool(d.flags) and (not include_flagged or d.value is None)


def provenance(mt: Metrics, *, include_flagged: bool = False) -> dict[str, Any]:
    """Each instant and duration of one report with where it came from (for JSON): for each
    duration also the instants it rests on that were inferred, its flags and whether the
    aggregate leaves it out (``excluded``)."""
    instants = {
        name: {"at": _plain(i.value), "source": i.source or None, "reason": i.reason or None,
               "inferred": i.inferred, "events": list(i.events), "line": i.line}
        for name, i in mt.instants.items()
    }  # fmt: skip
    durations = {
        name: {"minutes": None if d.minutes is None else round(d.minutes, 2), "start": d.start,
               "end": d.end, "clock": d.clock, "reason": d.reason or None,
               "inferred": _inferred(mt, name), "inferred_ends": list(mt.inferred_ends(name)),
               "flags": list(d.flags), "excluded": _left_out(mt, name, include_flagged),
               "events": list(d.events),
               "stated": d.stated.text if d.stated is not None else None,
               "disagrees": d.disagrees,
               "stated_reading": d.stated_reading}
        for name, d in mt.durations.items()
    }  # fmt: skip
    return {"instants": instants, "durations": durations}


def _csv_row(row: dict[str, Any], mt: Metrics, include_flagged: bool = False) -> dict[str, Any]:
    # The flat row, then the provenance of each instant and duration in columns of their own.
    out = {k: _plain(v) for k, v in row.items()}
    for name, i in mt.instants.items():
        out[f"{name}_source"] = i.source
        out[f"{name}_reason"] = i.reason
        out[f"{name}_inferred"] = i.inferred
    for name, d in mt.durations.items():
        out[f"{name}_reason"] = d.reason
        out[f"{name}_inferred"] = _inferred(mt, name)
        out[f"{name}_flags"] = "; ".join(d.flags)
        out[f"{name}_excluded"] = _left_out(mt, name, include_flagged)
        out[f"{name}_stated"] = d.stated.text if d.stated is not None else None
        out[f"{name}_disagrees"] = d.disagrees
    return out


def _agg_rows(agg: dict[Any, dict[str, Aggregate]], group_by: str | None) -> list[dict[str, Any]]:
    def rnd(v: float | None) -> float | None:
        return None if v is None else round(v, 2)

    out = []
    for key in sorted(agg, key=lambda k: (k is None, str(k))):
        for name, a in agg[key].items():
            out.append(
                {
                    "group": key if group_by else "all",
                    "duration": name,
                    "count": a.count,
                    # Of the values counted, those resting on an inferred instant.
                    "inferred": a.inferred,
                    "missing": a.missing,
                    "negative": a.negative,
                    # Left out as implausible (negative, too long, on a flagged date...).
                    "excluded": a.excluded,
                    "excluded_why": "; ".join(f"{k}: {v}" for k, v in a.excluded_reasons.items()),
                    "flagged_kept": a.flagged_kept,
                    "mean_minutes": rnd(a.mean),
                    "median_minutes": rnd(a.median),
                    "p90_minutes": rnd(a.p90),
                    "max_minutes": rnd(a.max),
                }
            )
    return out


def _metrics_config(args: argparse.Namespace) -> MetricsConfig:
    """The metrics part of ``[tool.postmortem]`` (presets, durations, calendar, limits), from
    the same file the lint configuration comes from (``--config``, else the nearest
    pyproject.toml with the table, up from the first PATH, then up from the current folder)."""
    from postmortem.durations import MetricsConfig, read_config
    from postmortem.lint import find_config

    if args.config:
        if not Path(args.config).is_file():
            raise UsageError(f"--config {args.config}: no such file")
        path = Path(args.config)
    else:
        first = next((p for p in args.paths if p != "-"), ".")
        found = find_config(Path(first)) or find_config(Path.cwd())
        if found is None:
            return MetricsConfig()
        path = found
    try:
        return read_config(path)
    except (ValueError, OSError) as e:
        raise UsageError(str(e)) from None


def _options(args: argparse.Namespace) -> _Options:
    """--preset, --duration and --strict checked against the built-in presets and the
    project's (a wrong name is a usage error naming the choices)."""
    from postmortem.durations import spec
    from postmortem.metrics import PRESETS

    cfg = _metrics_config(args)
    names = [*PRESETS, *(n for n in cfg.presets if n not in PRESETS)]
    if args.preset not in names:
        where = f" ({cfg.path} adds {', '.join(cfg.presets)})" if cfg.presets else ""
        raise UsageError(f"--preset {args.preset!r}: choose from {', '.join(names)}{where}")
    durations: dict[str, DurationSpec] = {}
    for raw in args.duration or []:
        name, eq, value = raw.partition("=")
        if not eq or not name.strip():
            raise UsageError(f"--duration {raw!r}: expected NAME=START..END "
                             "(e.g. ttr=detected..resolved)")  # fmt: skip
        try:
            durations[name.strip()] = spec(value)
        except ValueError as e:
            raise UsageError(f"--duration {raw!r}: {e}") from None
    strict = args.strict if args.strict is not None else cfg.strict
    return _Options(args.preset, durations, cfg, bool(strict))


def _strict_problems(rows: list[tuple[dict[str, Any], Metrics]]) -> list[tuple[str, str]]:
    """Why a strict run fails, as (report, problem): each flagged figure and each stated
    figure that disagrees with the duration it names."""
    out = []
    for row, mt in rows:
        name = str(row["report"])
        for dname, d in mt.durations.items():
            out += [(name, f"{name}: {dname}: {flag}") for flag in d.flags]
        for dis in mt.disagreements:
            where = f":{dis.line}" if dis.line else ""
            out.append((name, f"{name}{where}: {dis.duration}: {dis}"))
    return out


def _cmd_metrics(args: argparse.Namespace) -> int:
    from postmortem.metrics import summarise

    if args.aggregate_csv and args.format != "csv":
        raise UsageError("--aggregate-csv needs --format csv")
    if args.aggregate_csv:
        _check_folder(args.aggregate_csv)
    options = _options(args)
    cfg = _config(args)
    paths = find_reports(args.paths, exclude=[*cfg.exclude, *(args.exclude or [])],
                         include=[*cfg.include, *(args.include or [])])  # fmt: skip
    rows: list[tuple[dict[str, Any], Metrics]] = []
    groups: dict[Any, list[tuple[str, Metrics]]] = {}
    skipped: list[str] = []
    opted_out: list[str] = []
    status = EXIT_OK
    for path, kind, result in _map(paths, "metrics", options, args.jobs, args.group_by):
        if kind == "error":
            status = _fail(result)
            continue
        if kind == "skip":
            skipped.append(path)
            continue
        for row, keys, mt, out_of_metrics, name in result:
            rows.append((row, mt))
            if out_of_metrics:
                opted_out.append(name)
            else:
                for key in keys:
                    groups.setdefault(key, []).append((name, mt))
    _report_skipped(skipped)
    if not rows and status == EXIT_OK:
        status = _fail("no post-mortems among the files given")
    keep = args.include_flagged
    summary = _agg_rows(summarise(groups, preset=args.preset, include_flagged=keep),
                        args.group_by)  # fmt: skip
    out = sys.stdout
    if args.format == "json":
        reports = [{**{k: _plain(v) for k, v in r.items()}, **provenance(mt, include_flagged=keep)}
                   for r, mt in rows]  # fmt: skip
        payload = {"reports": reports, "aggregate": summary, "skipped": skipped,
                   "excluded": opted_out}  # fmt: skip
        out.write(json_text(payload, indent=2) + "\n")
    elif args.format == "csv":
        if rows:
            flat = [_csv_row(r, mt, keep) for r, mt in rows]
            # Through the terminal-safe writer: file names and group keys come from reports.
            buf = io.StringIO()
            writer = csv.DictWriter(buf, fieldnames=list(flat[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows({k: csv_cell(v) for k, v in r.items()} for r in flat)
            out.write(terminal_safe(buf.getvalue()))
        if args.aggregate_csv:
            try:
                with open(args.aggregate_csv, "w", newline="", encoding="utf-8") as fh:
                    aw = csv.DictWriter(fh, fieldnames=list(summary[0]) if summary else ["group"],
                                        lineterminator="\n")  # fmt: skip
                    aw.writeheader()
                    aw.writerows({k: csv_cell(terminal_safe(v) if isinstance(v, str) else v)
                                  for k, v in r.items()} for r in summary)  # fmt: skip
            except OSError as e:
                raise ReadError(f"cannot write: {e.strerror}", path=args.aggregate_csv) from None
    else:
        buf = io.StringIO()  # file names and group keys come from the reports: escaped
        _table(rows, summary, args, len(opted_out), buf, wide=not out.isatty())
        out.write(terminal_safe(buf.getvalue()))
    if options.strict:
        problems = _strict_problems(rows)
        for _, problem in problems:
            _fail(f"strict: {problem}")
        if problems:
            n_reports = len({name for name, _ in problems})
            _fail(f"strict: {len(problems)} figure(s) in {n_reports} report(s) are flagged or "
                  "disagree with a stated figure")  # fmt: skip
            status = EXIT_FAIL
    return status


#: Marks on a report's figure in the table, explained under it when used.
MARKS = {
    "~": "rests on an instant inferred by a fallback rule",
    "!": "flagged (see --format json): left out of the aggregate",
    "*": "differs from the figure the report states",
}


def _duration_cell(mt: Metrics, name: str, include_flagged: bool = False) -> str:
    from postmortem.timestamps import format_duration

    d = mt.durations.get(name)
    if d is None:
        return ""  # not measured for this report
    # Each mark says what the figure rests on (the legend is printed under the table).
    marks = (("~" if _inferred(mt, name) and d.value is not None else "")
             + ("!" if d.flags and (d.value is None or not include_flagged) else "")
             + ("*" if d.disagrees and d.value is not None else ""))  # fmt: skip
    return marks + (format_duration(d.value) if d.value is not None else "-")


def _console(out: TextIO, wide: bool) -> Console:
    import shutil

    from rich.console import Console

    # A terminal gets its own width; a pipe or file gets room for the whole table, so that no
    # column is cut for lack of a terminal.
    width = 240 if wide else shutil.get_terminal_size().columns
    return Console(file=out, width=width, highlight=False, soft_wrap=False)


def _table(
    rows: list[tuple[dict[str, Any], Metrics]],
    summary: list[dict[str, Any]],
    args: argparse.Namespace,
    opted_out: int,
    out: TextIO,
    wide: bool = True,
) -> None:
    from rich.table import Table
    from rich.text import Text

    from postmortem.timestamps import format_duration

    names = list(dict.fromkeys(n for _, mt in rows for n in mt.durations))
    console = _console(out, wide)
    per = Table(box=None, pad_edge=False, header_style="bold")
    per.add_column("report", overflow="ellipsis", no_wrap=True, min_width=12, max_width=48)
    for n in names:
        per.add_column(n, justify="right", no_wrap=True, overflow="fold")
    used: set[str] = set()
    for row, mt in rows:
        cells = [_duration_cell(mt, n, args.include_flagged) for n in names]
        used.update(ch for c in cells for ch in c if ch in MARKS)
        # Text, never markup: a report's name is data and "[bold]" in it stays as written.
        per.add_row(Text(Path(row["report"]).name), *(Text(c) for c in cells))
    console.print(per)
    for mark, meaning in MARKS.items():
        if mark in used:
            console.print(Text(f"{mark} {meaning}"))
    if used:
        console.print(Text("(--format json gives each figure's source, flags and reasons)"))
    console.print()
    agg = Table(box=None, pad_edge=False, header_style="bold")
    agg.add_column(args.group_by or "group", overflow="ellipsis", no_wrap=True, max_width=30)
    agg.add_column("duration", no_wrap=True)
    for head in ("n", "inferred", "missing", "excluded", "mean", "median", "p90", "max"):
        agg.add_column(head, justify="right", no_wrap=True)

    def fmt(v: float | None) -> str:
        return "-" if v is None else format_duration(dt.timedelta(minutes=v))

    for s in summary:
        group = s["group"]
        label = f"(no {args.group_by})" if group is None else str(group)
        left_out = str(s["excluded"]) + (f" ({s['excluded_why']})" if s["excluded_why"] else "")
        if s["flagged_kept"]:
            left_out += f", {s['flagged_kept']} flagged kept"
        agg.add_row(Text(label), Text(s["duration"]), str(s["count"]), str(s["inferred"]),
                    str(s["missing"]), Text(left_out), fmt(s["mean_minutes"]),
                    fmt(s["median_minutes"]), fmt(s["p90_minutes"]),
                    fmt(s["max_minutes"]))  # fmt: skip
    console.print(agg)
    tail = f"{len(rows)} reports"
    if opted_out:
        tail += f", {opted_out} left out of the aggregate by their front matter"
    if not args.group_by:
        tail += "; per duration n + missing + excluded = reports aggregated"
    tail += "; inferred: of n, values resting on an inferred instant"
    if args.include_flagged:
        tail += "; flagged values kept (--include-flagged)"
    console.print(Text(tail))


# ---------------------------------------------------------------------------------------------
# lint


def _codes(values: Sequence[str] | None) -> set[str]:
    return {c.strip().upper() for v in values or [] for c in v.split(",") if c.strip()}


def _config(args: argparse.Namespace) -> LintConfig:
    """``[tool.postmortem]`` from ``--config``, else from the nearest pyproject.toml that has
    one, looking up from the first path given, then up from the current folder (as ruff)."""
    from postmortem.lint import LintConfig, find_config

    if getattr(args, "config", None):
        if not Path(args.config).is_file():
            raise UsageError(f"--config {args.config}: no such file")
        return LintConfig.from_pyproject(args.config)
    first = next((p for p in getattr(args, "paths", []) if p != "-"), ".")
    found = find_config(Path(first)) or find_config(Path.cwd())
    return LintConfig.from_pyproject(found) if found else LintConfig()


def _cmd_lint(args: argparse.Namespace) -> int:
    from postmortem.lint import RULES, as_dict, lint
    from postmortem.timestamps import parse_date

    cfg = _config(args)
    selected = _codes(args.select)
    ignored = _codes(args.ignore) | _codes(args.disable)
    if selected:
        cfg.selected = selected
    cfg.disabled |= ignored
    unknown = (cfg.disabled | (cfg.selected or set())) - set(RULES)
    if unknown:
        raise UsageError(f"unknown rule code(s): {', '.join(sorted(unknown))} "
                         f"(codes: {min(RULES)}-{max(RULES)})")  # fmt: skip
    if args.require:
        cfg.required_sections = tuple(s.strip() for s in args.require.split(",") if s.strip())
    if args.today:
        day = parse_date(args.today)
        if day is None:
            raise UsageError(f"--today {args.today!r} is not a date")
        cfg.today = day
    paths = find_reports(args.paths, exclude=[*cfg.exclude, *(args.exclude or [])],
                         include=[*cfg.include, *(args.include or [])])  # fmt: skip
    findings: list[Finding] = []
    skipped: list[str] = []
    checked = failed = 0
    for path, kind, result in _map(paths, "load", jobs=args.jobs):
        if kind == "error":
            failed += 1
            _fail(result)
        elif kind == "skip":
            skipped.append(path)
        else:
            checked += 1
            try:
                findings.extend(lint(result, cfg, path=path))
            except Exception as e:  # one file must not stop the batch (a bug if hit)
                failed += 1
                _fail(f"{path}: cannot lint ({type(e).__name__}: {e})")
    _report_skipped(skipped)
    out = sys.stdout
    if args.format == "json":
        out.write(json_text([as_dict(f) for f in findings], indent=2) + "\n")
    elif args.format == "github":
        for f in findings:
            out.write(github_command("warning", f.message, file=f.path, line=f.line,
                                     col=f.column, title=f.code))  # fmt: skip
    else:
        for f in findings:
            out.write(terminal_safe(f"{f}\n"))
    print(f"postmortem: {_summary(findings, checked, failed)}", file=sys.stderr)
    return EXIT_FAIL if findings or failed else EXIT_OK


def _summary(findings: list[Finding], checked: int, failed: int) -> str:
    files = len({f.path for f in findings})
    noun = "report" if checked == 1 else "reports"
    if not findings:
        text = f"{checked} {noun} checked, no findings"
    else:
        by_code: dict[str, int] = {}
        for f in findings:
            by_code[f.code] = by_code.get(f.code, 0) + 1
        codes = ", ".join(f"{c} {n}" for c, n in sorted(by_code.items()))
        word = "finding" if len(findings) == 1 else "findings"
        text = f"{len(findings)} {word} in {files} of {checked} {noun} ({codes})"
    if failed:
        text += f"; {failed} could not be read"
    return text


# ---------------------------------------------------------------------------------------------
# new / convert / styles


def _cmd_new(args: argparse.Namespace) -> int:
    from postmortem.styles import blank

    text = blank(args.style)
    if args.title or args.date or args.severity:
        from postmortem.model import Severity, SeverityLevel
        from postmortem.parsing import parse
        from postmortem.parsing.fields import parse_severity
        from postmortem.render import dumps
        from postmortem.timestamps import parse_date

        report = parse(text)
        if args.title:
            report.title = args.title
        if args.date:
            day = parse_date(args.date)
            if day is None:
                raise UsageError(f"--date {args.date!r} is not a date")
            report.metadata.date = day
        if args.severity:
            sev = parse_severity(args.severity)
            if sev is None or sev.level is None:
                levels = ", ".join(level.name.lower() for level in SeverityLevel)
                raise UsageError(f"--severity {args.severity!r} is not one of {levels} (or "
                                 "P0-P4, SEV0-SEV5)")  # fmt: skip
            report.metadata.severity = Severity(sev.level)
        text = dumps(report)
    return _emit(text, args.output, args.force)


def _check_folder(output: str) -> None:
    folder = Path(output).parent
    if not folder.is_dir():
        raise ReadError(f"folder {str(folder)!r} does not exist", path=output)


def _emit(text: str, output: str | None, force: bool) -> int:
    from postmortem.io import write_text

    if output and output != "-":
        _check_folder(output)
        # Atomic, through symlinks, keeping an existing file's mode; never over a file that
        # was not meant to go (the input, a colleague's report) unless asked.
        try:
            write_text(output, text, overwrite=force)
        except WriteError as e:
            if e.message.startswith("already exists"):
                raise WriteError(
                    "already exists; pass --force to overwrite it (convert: -i/--in-place "
                    "to rewrite the input)",
                    path=output,
                ) from None
            raise
    else:
        # A report's own text: byte for byte into a pipe or file, escaped on a terminal.
        sys.stdout.write(terminal_safe(text) if sys.stdout.isatty() else text)
    return EXIT_OK


def _cmd_convert(args: argparse.Namespace) -> int:
    if args.in_place and args.output:
        raise UsageError("give -o FILE or -i/--in-place, not both")
    from postmortem.styles import convert

    report = _load(args.file)
    output = args.file if args.in_place else args.output
    text, notes = convert(report, args.style)
    for note in notes:  # what had no slot in the style: said, never dropped silently
        print(terminal_safe(f"postmortem: {args.file}: {note}"), file=sys.stderr)
    return _emit(text, output, args.force or args.in_place)


def _cmd_styles(args: argparse.Namespace) -> int:
    from postmortem.styles import STYLES

    for name, description in STYLES.items():
        sys.stdout.write(f"{name:<10} {description}\n")
    return EXIT_OK


# ---------------------------------------------------------------------------------------------


class _Choices:
    """The names a module defines, read from it when argparse first asks: building the parser
    checks no choices that have a metavar, so `postmortem --help` imports no such module."""

    def __init__(self, load: Callable[[], Any]) -> None:
        self._load = load
        self._names: list[str] | None = None

    def _get(self) -> list[str]:
        if self._names is None:
            self._names = list(self._load())
        return self._names

    def __contains__(self, name: object) -> bool:
        return name in self._get()

    def __iter__(self) -> Iterator[str]:
        return iter(self._get())

    def __len__(self) -> int:
        return len(self._get())


def _groups() -> list[str]:
    from postmortem.metrics import GROUPS

    return sorted(GROUPS)


def _styles() -> list[str]:
    from postmortem.styles import STYLES

    return list(STYLES)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text} is not 1 or more")
    return value


def _folder_options(sp: argparse.ArgumentParser) -> None:
    sp.add_argument(
        "--exclude",
        action="append",
        metavar="PATTERN",
        help="leave out files and folders matching this gitignore-style pattern "
        "(repeatable; .gitignore files and hidden folders are always left out)",
    )
    sp.add_argument(
        "--include",
        action="append",
        metavar="PATTERN",
        help="also read files matching this pattern in folders (besides "
        f"{', '.join(MARKDOWN_SUFFIXES)}; repeatable)",
    )
    sp.add_argument("--jobs", type=_positive, metavar="N",
                    help="worker processes (default: the cores free, from "
                    f"{PARALLEL_FROM} files on)")  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for documentation and tests)."""
    p = argparse.ArgumentParser(
        prog="postmortem",
        description="Read, check and measure incident post-mortem reports.",
        epilog="Exit codes: 0 ok, 1 findings or failures, 2 usage error. "
        "A FILE of - reads standard input.",
    )
    p.add_argument("--version", action="version", version=f"postmortem {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    sp = sub.add_parser("show", help="print a readable summary of a report")
    sp.add_argument("file", nargs="?", metavar="FILE", help="a Markdown report, or - for stdin")
    sp.add_argument("--example", action="store_true", help="use the bundled example report")
    sp.set_defaults(parser=sp, func=_cmd_show)

    pp = sub.add_parser("parse", help="print the typed model as JSON Lines")
    pp.add_argument("files", nargs="+", metavar="FILE", help="Markdown reports (- for stdin)")
    pp.add_argument("--format", choices=["json"], default="json",
                    help="one JSON object per file and line: {\"file\", \"report\"}")  # fmt: skip
    pp.set_defaults(parser=pp, func=_cmd_parse)

    mp = sub.add_parser("metrics", help="durations per report and aggregates (MTTD, MTTR...)")
    mp.add_argument("paths", nargs="+", metavar="PATH",
                    help="reports, folders of reports, or - for stdin")  # fmt: skip
    mp.add_argument(
        "--format",
        choices=["table", "csv", "json"],
        default="table",
        help="table for reading; csv and json carry each figure's provenance",
    )
    mp.add_argument("--group-by", choices=_Choices(_groups), metavar="GROUP",
                    help="aggregate per group: %(choices)s")  # fmt: skip
    # Checked once the project's configuration is read: it may add presets of its own.
    mp.add_argument("--preset", default="default", metavar="NAME",
                    help="duration definitions: a built-in preset (default, declared, dora, "
                    "detected, google_sre, pagerduty, incident_io, atlassian) or one of "
                    "[tool.postmortem.presets] (see docs/metrics.md)")  # fmt: skip
    mp.add_argument("--duration", action="append", metavar="NAME=START..END",
                    help="measure a duration between two milestones (started, detected, "
                    "declared, acknowledged, mitigated, impact_ended, resolved), e.g. "
                    "ttr=detected..resolved; add ' business' for business hours; a name of "
                    "the preset is redefined (repeatable)")  # fmt: skip
    mp.add_argument("--strict", action=argparse.BooleanOptionalAction, default=None,
                    help="count only instants the report states or marks: a figure resting on "
                    "an inferred instant is flagged and left out of the aggregate, and the "
                    "command exits 1 when any figure is flagged or disagrees with a stated "
                    "one (default: [tool.postmortem.metrics] strict, else off)")  # fmt: skip
    mp.add_argument("--include-flagged", action="store_true",
                    help="keep flagged values (too long, on a flagged date...) in the "
                    "aggregate, counted as flagged kept")  # fmt: skip
    mp.add_argument(
        "--aggregate-csv",
        metavar="FILE",
        help="with --format csv: write the aggregate to this file too",
    )
    mp.add_argument(
        "--config",
        metavar="FILE",
        help="pyproject.toml with [tool.postmortem] (default: the nearest one)",
    )
    _folder_options(mp)
    mp.set_defaults(parser=mp, func=_cmd_metrics)

    lp = sub.add_parser("lint", help="check reports for missing or inconsistent parts")
    lp.add_argument("paths", nargs="+", metavar="PATH",
                    help="reports, folders of reports, or - for stdin")  # fmt: skip
    lp.add_argument(
        "--format",
        choices=["text", "json", "github"],
        default="text",
        help="text (file:line:col: CODE message), json, or github annotations",
    )
    lp.add_argument(
        "--select",
        action="append",
        metavar="CODES",
        help="comma-separated rule codes to run, and only these",
    )
    lp.add_argument(
        "--ignore",
        action="append",
        metavar="CODES",
        help="comma-separated rule codes to switch off (PM001...)",
    )
    lp.add_argument("--disable", action="append", metavar="CODES", help="same as --ignore")
    lp.add_argument("--require", metavar="KINDS",
                    help="comma-separated required section kinds (default: "
                    "summary,timeline,root_cause,action_items)")  # fmt: skip
    lp.add_argument("--today", metavar="DATE", help="date for PM008 (default: today)")
    lp.add_argument(
        "--config",
        metavar="FILE",
        help="pyproject.toml with [tool.postmortem] (default: the nearest one)",
    )
    _folder_options(lp)
    lp.set_defaults(parser=lp, func=_cmd_lint)

    np = sub.add_parser("new", help="print a new blank report in a style")
    np.add_argument(
        "--style",
        choices=_Choices(_styles),
        default="canonical",
        metavar="STYLE",
        help="the template to start from: %(choices)s",
    )
    np.add_argument("--title", help="the report's title")
    np.add_argument("--date", help="incident date, e.g. 2024-05-01")
    np.add_argument("--severity", help="critical, high, medium, low, P0-P4 or SEV0-SEV5")
    np.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    np.add_argument("--force", action="store_true", help="let -o overwrite an existing file")
    np.set_defaults(parser=np, func=_cmd_new)

    cp = sub.add_parser("convert", help="rewrite a report in another style")
    cp.add_argument("file", metavar="FILE", help="a Markdown report, or - for stdin")
    cp.add_argument(
        "--style",
        choices=_Choices(_styles),
        required=True,
        metavar="STYLE",
        help="the style to write: %(choices)s",
    )
    cp.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    cp.add_argument("--force", action="store_true", help="let -o overwrite an existing file")
    cp.add_argument("-i", "--in-place", action="store_true", help="rewrite FILE itself")
    cp.set_defaults(parser=cp, func=_cmd_convert)

    sub.add_parser("styles", help="list the styles").set_defaults(func=_cmd_styles)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # argparse: usage errors exit 2, --help and --version exit 0
        return int(e.code or 0)
    try:
        code: int = args.func(args)
    except UsageError as e:
        # The same two lines argparse prints for its own usage errors.
        sub: argparse.ArgumentParser = getattr(args, "parser", parser)
        sub.print_usage(sys.stderr)
        print(terminal_safe(f"{sub.prog}: error: {e}"), file=sys.stderr)
        return EXIT_USAGE
    except PostmortemError as e:
        return _fail(str(e))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Output piped into `head`: stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    return code


if __name__ == "__main__":
    sys.exit(main())
