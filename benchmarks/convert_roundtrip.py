"""A→B→A through the named styles: which typed fields come back unchanged (issue 13).

Usage::

    python benchmarks/convert_roundtrip.py            # public and dev side by side
    python benchmarks/convert_roundtrip.py --examples # and one example of each difference

Every report is parsed and written in the canonical style (A); that text is parsed, written in
each seed style (B), parsed again and written canonical once more. The typed fields of the two
canonical readings are compared exactly: title, severity level, report date, timeline events
(instant, day, clock time, text) and action items (description, owner, status, due).
"""

from __future__ import annotations

import argparse
import collections
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import postmortem
from postmortem.styles import STYLES, convert

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"

FIELDS: dict[str, Callable[[postmortem.Report], Any]] = {
    "title": lambda r: r.title,
    "severity": lambda r: r.metadata.severity.level if r.metadata.severity else None,
    "date": lambda r: r.metadata.date,
    "events": lambda r: [(e.at, e.date, e.time, e.text) for e in r.timeline.events],
    "actions": lambda r: [(i.description, i.owner, i.status, i.due) for i in r.action_items],
}


def _folded(value: Any) -> Any:
    """A value with line breaks inside its texts written as spaces (a table cell's form)."""
    if isinstance(value, str):
        return re.sub(r"[ \t]*\n[ \t]*", " ", value)
    if isinstance(value, (list, tuple)):
        return [_folded(v) for v in value]
    return value


def measure(folder: Path) -> tuple[int, collections.Counter[str], dict[str, str]]:
    """Round trips made, differences per field, and one example of each (file and style)."""
    differ: collections.Counter[str] = collections.Counter()
    examples: dict[str, str] = {}
    trips = 0
    for path in sorted(folder.glob("*.md")):
        if path.name == "SOURCES.md":
            continue
        text = path.read_text(encoding="utf-8")
        a = postmortem.parse(convert(postmortem.parse(text), "canonical")[0])
        for style in STYLES:
            if style == "canonical":
                continue
            b = postmortem.parse(convert(a, style)[0])
            back = postmortem.parse(convert(b, "canonical")[0])
            trips += 1
            for name, get in FIELDS.items():
                if get(a) != get(back):
                    differ[name] += 1
                    examples.setdefault(name, f"{path.name} through {style}")
                    if _folded(get(a)) == _folded(get(back)):
                        differ[name + " breaks"] += 1
    return trips, differ, examples


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", action="store_true", help="one example of each difference")
    args = ap.parse_args()
    for name in ("public", "dev"):
        trips, differ, examples = measure(SHARED / name)
        print(f"{name}: {trips} round trips")
        for field in FIELDS:
            breaks = differ[field + " breaks"]
            only = f" (only line breaks inside a text: {breaks})" if breaks else ""
            print(f"  {field:9} differs in {differ[field]}{only}")
            if args.examples and field in examples:
                print(f"            e.g. {examples[field]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
