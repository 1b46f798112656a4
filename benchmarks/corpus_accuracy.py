"""Parse every corpus report and compare, field by field, with the hand-read answer keys.

Usage: python benchmarks/corpus_accuracy.py [CORPUS_DIR] [--markdown] [--verbose]

Prints one table row per field (matched / total, percent) and then the reports that miss.
CORPUS_DIR defaults to ../shared/corpus/public beside the project.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import postmortem
from postmortem.metrics import metrics

FIELDS = [
    "title",
    "section_headings",
    "timeline_entries",
    "first_event",
    "last_event",
    "action_items",
    "started",
    "detected",
    "resolved",
]


def same_instant(expected: str | None, value: Any) -> bool:
    """Same minute and UTC offset; a date-only key matches the event's day."""
    if expected is None:
        return value is None
    if value is None:
        return False
    if len(expected) == 4:  # a year only
        year = value.year if isinstance(value, (dt.date, dt.datetime)) else None
        return year == int(expected)
    if len(expected) == 10:
        day = dt.date.fromisoformat(expected)
        if isinstance(value, dt.datetime):
            return value.date() == day
        return bool(value == day)
    want = dt.datetime.fromisoformat(expected)
    if not isinstance(value, dt.datetime):
        return False
    if (want.tzinfo is None) != (value.tzinfo is None):
        return False
    if want.utcoffset() != value.utcoffset():
        return False
    return want.replace(second=0, tzinfo=None) == value.replace(second=0, tzinfo=None)


def event_instant(ev: postmortem.TimelineEvent) -> Any:
    return ev.at if ev.at is not None else ev.date


def check(report: postmortem.Report, key: dict[str, Any]) -> dict[str, bool | None]:
    """Field -> matched (None when the key gives nothing to compare)."""
    out: dict[str, bool | None] = {}
    out["title"] = report.title == key["title"]
    out["section_headings"] = [s.title for s in report.sections] == key["section_headings"]
    events = report.timeline.events
    want_n = key.get("timeline_entries")
    out["timeline_entries"] = len(events) == (want_n or 0)
    stamped = [e for e in events if event_instant(e) is not None]
    first = event_instant(stamped[0]) if stamped else None
    last = event_instant(stamped[-1]) if stamped else None
    out["first_event"] = same_instant(key.get("first_event"), first)
    out["last_event"] = same_instant(key.get("last_event"), last)
    out["action_items"] = len(report.action_items) == (key.get("action_items") or 0)
    mt = metrics(report)
    # The keys' "resolved" is when service was restored (the end of impact), falling back to
    # the incident's resolution where a report marks no end of impact (docs/accuracy.md).
    restored = mt.impact_ended_at.value or mt.resolved_at.value
    for name, value in (
        ("started", mt.started_at.value),
        ("detected", mt.detected_at.value),
        ("resolved", restored),
    ):
        want = key.get(name)
        out[name] = None if want is None else same_instant(want, value)
    return out


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    here = Path(__file__).resolve().parent.parent
    corpus = Path(args[0]) if args else here.parent / "shared" / "corpus" / "public"
    keys: list[dict[str, Any]] = []
    for f in sorted(corpus.glob("expected-*.json")):
        keys.extend(json.loads(f.read_text(encoding="utf-8")))
    if not keys:
        print(f"no answer keys in {corpus}", file=sys.stderr)
        return 2
    tallies = {f: [0, 0] for f in FIELDS}
    misses: dict[str, list[str]] = {f: [] for f in FIELDS}
    for key in keys:
        report = postmortem.load(corpus / key["file"])
        for field, ok in check(report, key).items():
            if ok is None:
                continue
            tallies[field][1] += 1
            if ok:
                tallies[field][0] += 1
            else:
                misses[field].append(key["file"][:2])
    md = "--markdown" in argv
    if md:
        print("| field | matched | total | % |\n| --- | ---: | ---: | ---: |")
    else:
        print(f"{'field':<18} {'matched':>7} {'total':>5} {'%':>6}")
    for field in FIELDS:
        ok, total = tallies[field]
        pct = 100.0 * ok / total if total else 0.0
        if md:
            print(f"| {field} | {ok} | {total} | {pct:.1f} |")
        else:
            print(f"{field:<18} {ok:>7} {total:>5} {pct:>6.1f}")
    inst = [tallies[f] for f in ("started", "detected", "resolved")]
    ok_i, total_i = sum(t[0] for t in inst), sum(t[1] for t in inst)
    label = "instants (all three)"
    if md:
        print(f"| {label} | {ok_i} | {total_i} | {100.0 * ok_i / total_i:.1f} |")
    else:
        print(f"{label:<18} {ok_i:>7} {total_i:>5} {100.0 * ok_i / total_i:>6.1f}")
    print()
    for field in FIELDS:
        if misses[field]:
            print(f"missed {field}: {' '.join(misses[field])}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
