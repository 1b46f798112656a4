"""The ``postmortem`` command.

Exit codes: 0 success, 1 findings or failures (a report that could not be read, lint findings,
no reports found), 2 usage errors (unknown option or style). Results go to stdout, diagnostics
to stderr; nothing prints a traceback for bad input.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from postmortem._safe import csv_cell, first_line, terminal_safe
from postmortem.errors import PostmortemError, ReadError, WriteError

# The parser, the metrics and the styles are imported by the commands that use them, not
# here: `postmortem --help` (and every command) would otherwise pay for all of them.
if TYPE_CHECKING:
    from postmortem.lint import Finding
    from postmortem.metrics import Aggregate, Metrics
    from postmortem.model import Report, Section

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2
#: From this many files on, `metrics` and `lint` use a process pool.
PARALLEL_FROM = 64


def example_text() -> str:
    """The bundled example report (a filled-in report in the seed-002 template)."""
    from importlib import resources

    return (resources.files("postmortem") / "examples" / "search-latency.md").read_text(
        encoding="utf-8"
    )


def _fail(message: str) -> int:
    print(f"postmortem: {terminal_safe(message)}", file=sys.stderr)
    return EXIT_FAIL


# ---------------------------------------------------------------------------------------------
# Finding files


def find_reports(paths: Sequence[str]) -> list[Path]:
    """Files named, and ``*.md`` files under directories named, in a stable order."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*.md") if f.is_file() and not f.name.startswith("."))
            if not found:
                raise ReadError("no *.md reports in this directory", path=raw)
            out.extend(found)
        else:
            out.append(p)
    return out


def _progress(done: int, total: int, stream: TextIO) -> None:
    width = 30
    filled = width * done // total
    stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    if done == total:
        stream.write("\n")
    stream.flush()


def _work(path: str, task: str, preset: str, group_by: str | None) -> tuple[str, Any, str | None]:
    """One file's work in a worker process; never raises.

    For metrics it returns only what the table and the aggregate need (the row, the group
    keys, the metrics, whether the report opts out), so no whole report crosses back.
    """
    from postmortem.io import load
    from postmortem.metrics import excluded, group_keys, metrics, report_row

    try:
        report = load(path)
        if task == "metrics":
            mt = metrics(report, preset=preset)
            keys = group_keys(report, mt, group_by)
            return path, (report_row(path, report, mt), keys, mt, excluded(report)), None
    except PostmortemError as e:
        return path, None, str(e)
    except Exception as e:  # one file must not stop the batch (a bug if hit)
        return path, None, f"{path}: cannot process ({type(e).__name__}: {e})"
    return path, report, None


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
    paths: list[Path],
    task: str,
    preset: str = "default",
    jobs: int | None = None,
    group_by: str | None = None,
) -> Iterator[tuple[str, Any, str | None]]:
    total = len(paths)
    show = sys.stderr.isatty() and total >= 20
    if jobs is None:
        jobs = default_jobs() if total >= PARALLEL_FROM else 1
    if jobs > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            chunk = max(1, total // (jobs * 8))
            results = pool.map(
                _work,
                [str(p) for p in paths],
                [task] * total,
                [preset] * total,
                [group_by] * total,
                chunksize=chunk,
            )
            for i, item in enumerate(results, 1):
                if show:
                    _progress(i, total, sys.stderr)
                yield item
        return
    for i, p in enumerate(paths, 1):
        if show:
            _progress(i, total, sys.stderr)
        yield _work(str(p), task, preset, group_by)


# ---------------------------------------------------------------------------------------------
# show / parse


def _load_arg(path: str | None, example: bool) -> Report:
    from postmortem.io import load
    from postmortem.parsing import parse

    if example:
        return parse(example_text(), path="<example>")
    if path is None:
        raise PostmortemError("give a FILE or --example")
    return load(path)


def show(report: Report, out: TextIO) -> None:
    """Print a readable summary of one report (control characters escaped)."""
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
        value = inst.value.isoformat(sep=" ") if inst.value else "-"
        note = " (inferred)" if inst.inferred else ""
        w(f"  {name:<13} {value:<26} {inst.source}{note}\n")
    w("\nDurations\n")
    for name, d in mt.durations.items():
        val = format_duration(d.value) if d.value is not None else "-"
        note = ""
        if d.stated is not None:
            note = f"  (stated: {d.stated.text}{'; disagrees' if d.disagrees else ''})"
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
        w(f"  {when:<26} {e.text.splitlines()[0][:70] if e.text else ''}\n")
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
    show(_load_arg(args.file, args.example), sys.stdout)
    return EXIT_OK


def _cmd_parse(args: argparse.Namespace) -> int:
    from postmortem.io import load
    from postmortem.serialize import to_dict

    status = EXIT_OK
    docs = []
    for path in args.files:
        try:
            docs.append({"file": path, "report": to_dict(load(path))})
        except PostmortemError as e:
            status = _fail(str(e))
    payload: Any = docs[0]["report"] if len(docs) == 1 and len(args.files) == 1 else docs
    json.dump(payload, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return status


# ---------------------------------------------------------------------------------------------
# metrics


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _agg_rows(agg: dict[Any, dict[str, Aggregate]], group_by: str | None) -> list[dict[str, Any]]:
    out = []
    for key in sorted(agg, key=lambda k: (k is None, str(k))):
        for name, a in agg[key].items():
            out.append(
                {
                    "group": key if group_by else "all",
                    "duration": name,
                    "count": a.count,
                    "missing": a.missing,
                    "negative": a.negative,
                    "mean_minutes": None if a.mean is None else round(a.mean, 2),
                    "median_minutes": None if a.median is None else round(a.median, 2),
                    "p90_minutes": None if a.p90 is None else round(a.p90, 2),
                }
            )
    return out


def _cmd_metrics(args: argparse.Namespace) -> int:
    from postmortem.metrics import summarise

    paths = find_reports(args.paths)
    rows: list[dict[str, Any]] = []
    groups: dict[Any, list[tuple[str, Metrics]]] = {}
    status = EXIT_OK
    for path, result, error in _map(paths, "metrics", args.preset, args.jobs, args.group_by):
        if error is not None:
            status = _fail(error)
            continue
        row, keys, mt, opted_out = result
        rows.append(row)
        if not opted_out:
            for key in keys:
                groups.setdefault(key, []).append((path, mt))
    summary = _agg_rows(summarise(groups, preset=args.preset), args.group_by)
    out = sys.stdout
    if args.format == "json":
        plain = [{k: _plain(v) for k, v in r.items()} for r in rows]
        json.dump({"reports": plain, "aggregate": summary}, out, indent=2, ensure_ascii=False)
        out.write("\n")
    elif args.format == "csv":
        if rows:
            writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows({k: csv_cell(_plain(v)) for k, v in r.items()} for r in rows)
        if args.aggregate_csv:
            with open(args.aggregate_csv, "w", newline="", encoding="utf-8") as fh:
                aw = csv.DictWriter(fh, fieldnames=list(summary[0]) if summary else ["group"])
                aw.writeheader()
                aw.writerows({k: csv_cell(v) for k, v in r.items()} for r in summary)
    else:
        buf = io.StringIO()  # file names and group keys come from the reports: escaped
        _table(rows, summary, args.preset, buf)
        out.write(terminal_safe(buf.getvalue()))
    return status


def _table(rows: list[dict[str, Any]], summary: list[dict[str, Any]], preset: str,
           out: TextIO) -> None:  # fmt: skip
    from postmortem.metrics import PRESETS
    from postmortem.timestamps import format_duration

    names = list(PRESETS[preset])
    head = ["report"] + [n.replace("time_to_", "tt_") for n in names]
    table = [head]
    for r in rows:
        cells = [Path(r["report"]).name[:40]]
        for n in names:
            v = r.get(f"{n}_minutes")
            cells.append("-" if v is None else format_duration(dt.timedelta(minutes=v)))
        table.append(cells)
    widths = [max(len(row[i]) for row in table) for i in range(len(head))]
    for row in table:
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")
    out.write("\n")
    out.write(f"{'group':<14} {'duration':<20} {'n':>4} {'missing':>7} {'mean':>9} "
              f"{'median':>9} {'p90':>9}\n")  # fmt: skip
    for s in summary:

        def fmt(v: float | None) -> str:
            return "-" if v is None else format_duration(dt.timedelta(minutes=v))

        out.write(
            f"{str(s['group'])[:14]:<14} {s['duration']:<20} {s['count']:>4} {s['missing']:>7} "
            f"{fmt(s['mean_minutes']):>9} {fmt(s['median_minutes']):>9} "
            f"{fmt(s['p90_minutes']):>9}\n"
        )


# ---------------------------------------------------------------------------------------------
# lint


def _cmd_lint(args: argparse.Namespace) -> int:
    from postmortem.lint import RULES, LintConfig, as_dict, lint
    from postmortem.timestamps import parse_date

    cfg = LintConfig.from_pyproject(args.config) if args.config else LintConfig.from_pyproject()
    for code in args.disable or []:
        cfg.disabled.update(c.strip().upper() for c in code.split(",") if c.strip())
    unknown = cfg.disabled - set(RULES)
    if unknown:
        print(f"postmortem: unknown rule code(s): {', '.join(sorted(unknown))}", file=sys.stderr)
        return EXIT_USAGE
    if args.require:
        cfg.required_sections = tuple(s.strip() for s in args.require.split(",") if s.strip())
    if args.today:
        day = parse_date(args.today)
        if day is None:
            print(f"postmortem: --today {args.today!r} is not a date", file=sys.stderr)
            return EXIT_USAGE
        cfg.today = day
    findings: list[Finding] = []
    status = EXIT_OK
    for path, report, error in _map(find_reports(args.paths), "load", jobs=args.jobs):
        if error is not None:
            status = _fail(error)
            continue
        try:
            findings.extend(lint(report, cfg, path=path))
        except Exception as e:  # one file must not stop the batch (a bug if hit)
            status = _fail(f"{path}: cannot lint ({type(e).__name__}: {e})")
    out = sys.stdout
    if args.format == "json":
        json.dump([as_dict(f) for f in findings], out, indent=2)
        out.write("\n")
    elif args.format == "github":
        for f in findings:
            out.write(f"::warning file={f.path},line={f.line},col={f.column},title={f.code}::"
                      f"{f.message}\n")  # fmt: skip
    else:
        for f in findings:
            out.write(terminal_safe(f"{f}\n"))
    return EXIT_FAIL if findings else status


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
                print(f"postmortem: --date {args.date!r} is not a date", file=sys.stderr)
                return EXIT_USAGE
            report.metadata.date = day
        if args.severity:
            sev = parse_severity(args.severity)
            if sev is None or sev.level is None:
                levels = ", ".join(level.name.lower() for level in SeverityLevel)
                print(f"postmortem: --severity {args.severity!r} is not one of {levels} (or "
                      "P0-P4, SEV0-SEV5)", file=sys.stderr)  # fmt: skip
                return EXIT_USAGE
            report.metadata.severity = Severity(sev.level)
        text = dumps(report)
    return _emit(text, args.output, args.force)


def _emit(text: str, output: str | None, force: bool) -> int:
    from postmortem.io import write_text

    if output:
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
        sys.stdout.write(text)
    return EXIT_OK


def _cmd_convert(args: argparse.Namespace) -> int:
    if args.in_place and args.output:
        print("postmortem: give -o FILE or -i/--in-place, not both", file=sys.stderr)
        return EXIT_USAGE
    from postmortem.io import load
    from postmortem.styles import convert

    report = load(args.file)
    output = args.file if args.in_place else args.output
    text, notes = convert(report, args.style)
    for note in notes:  # what had no slot in the style: said, never dropped silently
        print(f"postmortem: {args.file}: {note}", file=sys.stderr)
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


def _presets() -> list[str]:
    from postmortem.metrics import PRESETS

    return sorted(PRESETS)


def _groups() -> list[str]:
    from postmortem.metrics import GROUPS

    return sorted(GROUPS)


def _styles() -> list[str]:
    from postmortem.styles import STYLES

    return list(STYLES)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for documentation and tests)."""
    p = argparse.ArgumentParser(
        prog="postmortem",
        description="Read, check and measure incident post-mortem reports.",
        epilog="Exit codes: 0 ok, 1 findings or failures, 2 usage error.",
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    sp = sub.add_parser("show", help="print a readable summary of a report")
    sp.add_argument("file", nargs="?", help="a Markdown report")
    sp.add_argument("--example", action="store_true", help="use the bundled example report")
    sp.set_defaults(func=_cmd_show)

    pp = sub.add_parser("parse", help="print the typed model as JSON")
    pp.add_argument("files", nargs="+", metavar="FILE")
    pp.add_argument("--format", choices=["json"], default="json")
    pp.set_defaults(func=_cmd_parse)

    mp = sub.add_parser("metrics", help="durations per report and aggregates (MTTD, MTTR...)")
    mp.add_argument("paths", nargs="+", metavar="PATH", help="files, or directories of *.md")
    mp.add_argument("--format", choices=["table", "csv", "json"], default="table")
    mp.add_argument("--group-by", choices=_Choices(_groups), metavar="GROUP",
                    help="aggregate per group: %(choices)s")  # fmt: skip
    mp.add_argument("--preset", choices=_Choices(_presets), default="default", metavar="PRESET",
                    help="duration definitions: %(choices)s (see docs/metrics.md)")  # fmt: skip
    mp.add_argument("--aggregate-csv", metavar="FILE", help="with --format csv: aggregates here")
    mp.add_argument("--jobs", type=int, help="worker processes (default: the cores free, from "
                    f"{PARALLEL_FROM} files on)")  # fmt: skip
    mp.set_defaults(func=_cmd_metrics)

    lp = sub.add_parser("lint", help="check reports for missing or inconsistent parts")
    lp.add_argument("paths", nargs="+", metavar="PATH", help="files, or directories of *.md")
    lp.add_argument("--format", choices=["text", "json", "github"], default="text")
    lp.add_argument("--disable", action="append", metavar="CODES",
                    help="comma-separated rule codes to switch off (PM001...)")  # fmt: skip
    lp.add_argument("--require", metavar="KINDS",
                    help="comma-separated required section kinds (default: "
                    "summary,timeline,root_cause,action_items)")  # fmt: skip
    lp.add_argument("--today", metavar="DATE", help="date for PM008 (default: today)")
    lp.add_argument("--config", metavar="FILE", help="pyproject.toml with [tool.postmortem]")
    lp.add_argument("--jobs", type=int, help="worker processes (default: the cores free, from "
                    f"{PARALLEL_FROM} files on)")  # fmt: skip
    lp.set_defaults(func=_cmd_lint)

    np = sub.add_parser("new", help="print a new blank report in a style")
    np.add_argument("--style", choices=_Choices(_styles), default="canonical", metavar="STYLE",
                    help="%(choices)s")  # fmt: skip
    np.add_argument("--title")
    np.add_argument("--date", help="incident date, e.g. 2024-05-01")
    np.add_argument("--severity", help="critical, high, medium, low, P0-P4 or SEV0-SEV5")
    np.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    np.add_argument("--force", action="store_true", help="let -o overwrite an existing file")
    np.set_defaults(func=_cmd_new)

    cp = sub.add_parser("convert", help="rewrite a report in another style")
    cp.add_argument("file", metavar="FILE")
    cp.add_argument("--style", choices=_Choices(_styles), required=True, metavar="STYLE",
                    help="%(choices)s")  # fmt: skip
    cp.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    cp.add_argument("--force", action="store_true", help="let -o overwrite an existing file")
    cp.add_argument("-i", "--in-place", action="store_true", help="rewrite FILE itself")
    cp.set_defaults(func=_cmd_convert)

    sub.add_parser("styles", help="list the styles").set_defaults(func=_cmd_styles)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # argparse: usage errors exit 2, --help exits 0
        return int(e.code or 0)
    try:
        code: int = args.func(args)
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
