"""The ``postmortem`` command.

Exit codes: 0 success, 1 findings or failures (a report that could not be read, lint findings),
2 usage errors (unknown option or style). Results go to stdout, diagnostics to stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from importlib import resources
from typing import TextIO

from postmortem.errors import PostmortemError
from postmortem.io import load
from postmortem.metrics import metrics
from postmortem.model import ActionStatus, Report, Section
from postmortem.parsing import parse
from postmortem.serialize import to_dict
from postmortem.timestamps import format_duration

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def example_text() -> str:
    """The bundled example report (a filled-in report in the seed-002 template)."""
    return (resources.files("postmortem") / "examples" / "search-latency.md").read_text(
        encoding="utf-8"
    )


def _load_arg(path: str | None, example: bool) -> Report:
    if example:
        return parse(example_text(), path="<example>")
    if path is None:
        raise PostmortemError("give a FILE or --example")
    return load(path)


def show(report: Report, out: TextIO) -> None:
    """Print a readable summary of one report."""
    w = out.write
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
        w(f"  {name:<13} {value:<26} {inst.source}\n")
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
            w(f"    - {a.description.splitlines()[0][:70]}{owner}\n")


def _cmd_show(args: argparse.Namespace) -> int:
    show(_load_arg(args.file, args.example), sys.stdout)
    return EXIT_OK


def _cmd_parse(args: argparse.Namespace) -> int:
    status = EXIT_OK
    docs = []
    for path in args.files:
        try:
            docs.append({"file": path, "report": to_dict(load(path))})
        except PostmortemError as e:
            print(f"postmortem: {e}", file=sys.stderr)
            status = EXIT_FAIL
    payload = docs[0]["report"] if len(docs) == 1 and len(args.files) == 1 else docs
    json.dump(payload, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return status


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
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.func(args)
    except PostmortemError as e:
        print(f"postmortem: {e}", file=sys.stderr)
        return EXIT_FAIL
    except BrokenPipeError:
        return EXIT_OK
    return code


if __name__ == "__main__":
    sys.exit(main())
