"""Parse every corpus report and compare, field by field, with the hand-read answer keys.

Usage::

    python benchmarks/corpus_accuracy.py                       # public and dev side by side
    python benchmarks/corpus_accuracy.py DIR [KEYS.json]       # one corpus
    python benchmarks/corpus_accuracy.py --markdown --misses   # table for docs, misses listed

A corpus is a folder of reports and an answer-key file (``expected-*.json`` in the folder by
default); ``../shared/corpus/LABELING.md`` says how keys were decided. An instant matches when
it is within 60 seconds of the key with the same UTC offset, or on the same day where the key
gives only a day. A key of ``null`` for an instant or for open action items is not scored.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import postmortem
from postmortem.metrics import metrics

FIELDS = [
    "title",
    "incident_date",
    "section_headings",
    "timeline_entries",
    "first_event",
    "last_event",
    "started",
    "detected",
    "mitigated",
    "impact_ended",
    "resolved",
    "action_items",
    "open_action_items",
    "incidents",
]
INSTANTS = ("started", "detected", "mitigated", "impact_ended", "resolved")


def same_instant(expected: str | None, value: Any) -> bool:
    """Same minute and UTC offset; a date-only key matches the event's day, a month or a year
    alone the event's month or year."""
    if expected is None:
        return value is None
    if value is None:
        return False
    if len(expected) == 4:  # a year only
        year = value.year if isinstance(value, (dt.date, dt.datetime)) else None
        return year == int(expected)
    if len(expected) == 7:  # a month only ("2015-10")
        if not isinstance(value, (dt.date, dt.datetime)):
            return False
        return (value.year, value.month) == (int(expected[:4]), int(expected[5:]))
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
    return abs(want.replace(tzinfo=None) - value.replace(tzinfo=None)) <= dt.timedelta(seconds=60)


def event_instant(ev: postmortem.TimelineEvent) -> Any:
    """An event's instant, or its day when it has no time."""
    return ev.at if ev.at is not None else ev.date


def check(report: postmortem.Report, key: dict[str, Any]) -> dict[str, bool | None]:
    """Field -> matched (None when the key gives nothing to compare)."""
    out: dict[str, bool | None] = {}
    out["title"] = report.title == key["title"]
    want_day = key.get("incident_date")
    mt = metrics(report)
    out["incident_date"] = (
        None if want_day is None else mt.incident_date == dt.date.fromisoformat(want_day)
    )
    # The keys disagree on a trailing colon ("Details:" in dev, "Issues Found" for
    # "Issues Found:" in public; LABELING.md asks for it kept): it is not compared.
    want_heads = [h.rstrip().removesuffix(":").rstrip() for h in key["section_headings"]]
    out["section_headings"] = [s.title for s in report.sections] == want_heads
    events = report.timeline.chronological()  # reading order: a newest-first log bottom-up
    out["timeline_entries"] = len(events) == (key.get("timeline_entries") or 0)
    stamped = [e for e in events if event_instant(e) is not None and e.flag is None]
    first = event_instant(stamped[0]) if stamped else None
    last = event_instant(stamped[-1]) if stamped else None
    out["first_event"] = same_instant(key.get("first_event"), first)
    out["last_event"] = same_instant(key.get("last_event"), last)
    got = {name: mt.instants[name].value for name in INSTANTS}
    if "impact_ended" not in key:
        # The older public keys have no impact_ended, and their "resolved" is when service was
        # restored (LABELING.md): compare it with the end of impact, else the resolution.
        got["resolved"] = got["impact_ended"] or got["resolved"]
    for name in INSTANTS:
        want = key.get(name)
        out[name] = None if want is None else same_instant(want, got[name])
    items = report.action_items
    out["action_items"] = len(items) == (key.get("action_items") or 0)
    want_open = key.get("open_action_items")
    if want_open is None:
        out["open_action_items"] = None
    else:
        done = (postmortem.ActionStatus.DONE, postmortem.ActionStatus.WONT_DO)
        out["open_action_items"] = sum(1 for a in items if a.status not in done) == want_open
    # How many incidents the document reports: one for a post-mortem, more for an incident
    # log or a page of several reports (``Report.incidents``).
    want_incidents = key.get("incidents")
    out["incidents"] = None if want_incidents is None else len(report.incidents) == want_incidents
    return out


def unasked(report: postmortem.Report, key: dict[str, Any]) -> dict[str, str]:
    """Instants given where the key says the report does not tell (null): instant -> "stated"
    or "inferred". A reader that guesses would score well on the matched counts alone."""
    mt = metrics(report)
    out: dict[str, str] = {}
    for name in INSTANTS:
        if name in key and key[name] is None and mt.instants[name].value is not None:
            out[name] = "inferred" if mt.instants[name].inferred else "stated"
    return out


def score(
    corpus: Path, key_file: Path | None = None
) -> tuple[dict[str, list[int]], dict[str, list[str]], dict[str, list[int]]]:
    """Field -> [matched, scored], field -> files that missed, and instant -> [stated,
    inferred, null keys]: values given where the key has none, for one corpus."""
    files = [key_file] if key_file else sorted(corpus.glob("expected-*.json"))
    keys: list[dict[str, Any]] = []
    for f in files:
        keys.extend(json.loads(f.read_text(encoding="utf-8")))
    if not keys:
        raise SystemExit(f"no answer keys in {corpus}")
    tallies = {f: [0, 0] for f in FIELDS}
    misses: dict[str, list[str]] = {f: [] for f in FIELDS}
    extra = {f: [0, 0, 0] for f in INSTANTS}
    for key in keys:
        report = postmortem.load(corpus / key["file"])
        for name in INSTANTS:
            if name in key and key[name] is None:
                extra[name][2] += 1
        for name, how in unasked(report, key).items():
            extra[name][0 if how == "stated" else 1] += 1
        for field, ok in check(report, key).items():
            if ok is None:
                continue
            tallies[field][1] += 1
            if ok:
                tallies[field][0] += 1
            else:
                misses[field].append(key["file"].split("-")[0])
    return tallies, misses, extra


def _pct(t: list[int]) -> str:
    return f"{100.0 * t[0] / t[1]:.1f}" if t[1] else "-"


def main(argv: list[str] | None = None) -> int:
    """Print the accuracy table (one column per corpus) and, with --misses, what missed."""
    here = Path(__file__).resolve().parent.parent
    shared = here.parent / "shared" / "corpus"
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "corpus", nargs="?", type=Path, help="a corpus folder (default: public and dev)"
    )
    ap.add_argument(
        "keys", nargs="?", type=Path, help="the answer-key file (default: in the folder)"
    )
    ap.add_argument("--markdown", action="store_true", help="print a Markdown table")
    ap.add_argument("--misses", action="store_true", help="list the reports that miss each field")
    args = ap.parse_args(argv)
    corpora = (
        [(args.corpus.name, args.corpus, args.keys)]
        if args.corpus
        else [("public", shared / "public", None), ("dev", shared / "dev", None)]
    )
    results = [(name, *score(path, keys)) for name, path, keys in corpora]
    rows: list[list[str]] = []
    for field in FIELDS:
        row = [field]
        for _, tallies, _, _ in results:
            t = tallies[field]
            row.append(f"{t[0]}/{t[1]} ({_pct(t)}%)" if t[1] else "no key")
        rows.append(row)
    row = ["instants (all)"]
    for _, tallies, _, _ in results:
        t = [sum(tallies[f][i] for f in INSTANTS) for i in (0, 1)]
        row.append(f"{t[0]}/{t[1]} ({_pct(t)}%)")
    rows.append(row)
    rows.append(["given, key null:", *("stated/inferred/null" for _ in results)])
    for field in INSTANTS:
        row = [f"  {field}"]
        for _, _, _, extra in results:
            e = extra[field]
            row.append(f"{e[0]}/{e[1]}/{e[2]}" if e[2] else "-")
        rows.append(row)
    head = ["field", *(name for name, _, _, _ in results)]
    if args.markdown:
        print("| " + " | ".join(head) + " |")
        print("| --- |" + " ---: |" * len(results))
        for r in rows:
            print("| " + " | ".join(r) + " |")
    else:
        widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
        for r in [head, *rows]:
            print(
                "  ".join(
                    c.ljust(w) if i == 0 else c.rjust(w)
                    for i, (c, w) in enumerate(zip(r, widths, strict=True))
                )
            )
    if args.misses:
        for name, _, misses, _ in results:
            print(f"\n{name}:")
            for field in FIELDS:
                if misses[field]:
                    print(f"  missed {field}: {' '.join(misses[field])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
