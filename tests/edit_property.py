"""The edit property, shared by the corpus test and the hypothesis test.

For a parsed report, an edit (change a field, insert a record first / middle / last, delete one,
add a section, ...) must hold two things once written and read back:

- ``parse(dumps(edited)) == edited`` (model equality, which leaves out how values were written);
- only the edited record's lines change, and an insert changes no existing line.

Each edit is a function that changes a freshly parsed report and returns the 1-based lines of
the original text it may change (an insert returns the empty set).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

import attrs

import postmortem
from postmortem import ActionStatus, Report, Section, Severity, SeverityLevel
from postmortem.parsing.fields import FIELD_KINDS, get_path, set_path

from conftest import changed_lines

Edit = Callable[[Report, str], set[int]]


def lines_of(text: str, span: tuple[int, int]) -> set[int]:
    """1-based lines of the normalised text that ``span`` touches."""
    norm = text.replace("\r\n", "\n").replace("\r", "\n")
    s, e = span
    first = norm.count("\n", 0, s) + 1
    last = norm.count("\n", 0, max(s, e - 1)) + 1
    return set(range(first, last + 1))


def _blank_neighbours(text: str, lines: set[int]) -> set[int]:
    all_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out = set()
    for n in (min(lines) - 1, max(lines) + 1):
        if 1 <= n <= len(all_lines) and not all_lines[n - 1].strip():
            out.add(n)
    return out


def shared_lines(text: str, neighbours: list[Any]) -> set[int]:
    """Lines a new record may change: those of neighbours that share a line with the next
    record (entries joined by ``<br>`` in one paragraph), where the new one must go."""
    norm = text.replace("\r\n", "\n").replace("\r", "\n")
    out: set[int] = set()
    for rec in neighbours:
        o = rec._origin
        if o is None:
            continue
        s, e = o.span
        tail = norm[e:].split("\n", 1)[0]
        if (s > 0 and norm[s - 1] != "\n") or tail.strip():
            out |= lines_of(text, o.span)
    return out


def record_lines(rec: Any, text: str) -> set[int]:
    o = rec._origin
    assert o is not None
    return lines_of(text, o.span)


# -- timeline events ---------------------------------------------------------------------------


def _new_event(like: postmortem.TimelineEvent, words: str) -> postmortem.TimelineEvent:
    # Same instant and columns as the neighbour, so the timeline's order and days are unchanged.
    # No milestone, except where the phase column names it ("Identify": detected): there the
    # phase and the milestone are one fact (docs/editing.md), and an entry in that phase has it.
    from postmortem.parsing.timeline import phase_milestone

    o = like._origin
    named = o is not None and o.field_span("phase") is not None and like.phase is not None
    milestone = like.milestone if named and phase_milestone(like.phase) is like.milestone else None
    return attrs.evolve(like, text=words, milestone=milestone, end=None, _origin=None)


def event_text(r: Report, text: str) -> set[int]:
    evs = r.timeline.events
    ev = evs[len(evs) // 2]
    ev.text = "Probe edit: cache flushed by hand"
    return record_lines(ev, text)


def _under_headings(r: Report) -> list[Any]:
    """Entries written under their own heading, with a title or not: where a title is written."""
    return [e for e in r.timeline.events if e._origin is not None and e._origin.shape == "heading"]


def event_title(r: Report, text: str) -> set[int]:
    evs = _under_headings(r)
    ev = evs[len(evs) // 2]
    ev.title = "Probe title: cache flushed"
    return record_lines(ev, text)


def event_time(r: Report, text: str) -> set[int]:
    evs = r.timeline.events
    timed = [i for i, e in enumerate(evs) if e.at is not None]
    i = timed[len(timed) // 2]
    ev = evs[i]
    assert ev.at is not None
    # Earlier by a minute, unless that crosses the event before it.
    prev = next((e.at for e in reversed(evs[:i]) if e.at is not None), None)
    new = ev.at - dt.timedelta(minutes=1)
    # A timeline may mix instants with and without a zone (a stamp whose zone was not read):
    # only instants of the same kind are ordered.
    comparable = prev is not None and (prev.tzinfo is None) == (new.tzinfo is None)
    if comparable and prev is not None and new < prev:
        new = ev.at
    if ev.at.second or ev.end is not None:
        new = ev.at
    ev.at = new
    return record_lines(ev, text)


def event_insert(where: str) -> Edit:
    def edit(r: Report, text: str) -> set[int]:
        evs = r.timeline.events
        i = {"first": 0, "middle": len(evs) // 2, "last": len(evs)}[where]
        like = evs[min(i, len(evs) - 1)] if where != "last" else evs[-1]
        evs.insert(i, _new_event(like, f"Probe {where} event inserted"))
        return shared_lines(text, evs[i - 1 : i] + evs[i + 1 : i + 2])

    return edit


def _twins(text: str, lines: set[int]) -> set[int]:
    """Neighbouring lines equal to the removed ones: a line diff may take either. A removed
    run of lines whose first line equals the line after it (objects that each open with "{")
    is the same removal shifted by one line, and a diff may report either."""
    all_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out = set()
    for n in lines:
        for k in (n - 1, n + 1):
            if 1 <= k <= len(all_lines) and all_lines[k - 1] == all_lines[n - 1]:
                out.add(k)
    for a in sorted(lines):
        if a - 1 in lines:
            continue  # not the start of a run
        b = a
        while b + 1 in lines:
            b += 1
        lo, hi = a, b
        while hi + 1 <= len(all_lines) and all_lines[lo - 1] == all_lines[hi]:
            lo, hi = lo + 1, hi + 1
            out.add(hi)
        lo, hi = a, b
        while lo - 1 >= 1 and all_lines[lo - 2] == all_lines[hi - 1]:
            lo, hi = lo - 1, hi - 1
            out.add(lo)
    return out


def event_delete(r: Report, text: str) -> set[int]:
    evs = r.timeline.events
    ev = evs.pop(len(evs) // 2)
    lines = record_lines(ev, text)
    return lines | _blank_neighbours(text, lines) | _twins(text, lines)


# -- action items ------------------------------------------------------------------------------


def action_status(r: Report, text: str) -> set[int]:
    items = r.action_items
    a = items[len(items) // 2]
    a.status = ActionStatus.OPEN if a.status is ActionStatus.DONE else ActionStatus.DONE
    return record_lines(a, text)


def action_description(r: Report, text: str) -> set[int]:
    items = r.action_items
    a = items[len(items) // 2]
    a.description = "Probe edit: add a runbook for this alert"
    # An item restated in a list by category ("### Action Categories") has its words in two
    # places, and its category rests on the two agreeing: both are the record's lines.
    o = a._origin
    again = o.field_span("restatement") if o is not None else None
    return record_lines(a, text) | (lines_of(text, again) if again else set())


def action_owner(r: Report, text: str) -> set[int]:
    items = r.action_items
    a = items[-1]
    a.owner = "Probe Owner"
    return record_lines(a, text)


def action_owner_removed(r: Report, text: str) -> set[int]:
    items = [a for a in r.action_items if a.owner is not None] or r.action_items
    a = items[-1]
    a.owner = None
    return record_lines(a, text)


def action_insert(where: str) -> Edit:
    def edit(r: Report, text: str) -> set[int]:
        items = r.action_items
        i = {"first": 0, "middle": len(items) // 2, "last": len(items)}[where]
        like = items[min(i, len(items) - 1)]
        new = attrs.evolve(like, description=f"Probe {where} action inserted", _origin=None)
        items.insert(i, new)
        return shared_lines(text, items[i - 1 : i] + items[i + 1 : i + 2])

    return edit


def action_delete(r: Report, text: str) -> set[int]:
    items = r.action_items
    a = items.pop(len(items) // 2)
    lines = record_lines(a, text)
    return lines | _blank_neighbours(text, lines) | _twins(text, lines)


# -- scalar and list fields --------------------------------------------------------------------


def new_value(path: str, old: Any) -> Any:
    """A different value of the same kind, or None when there is no sensible one."""
    kind = FIELD_KINDS.get(path, "str")
    if path == "title" or kind == "str":
        return "Probe value"
    if kind == "date":
        return (old or dt.date(2024, 1, 1)) + dt.timedelta(days=1)
    if kind == "datetime":
        return None if old is None else old + dt.timedelta(hours=1)
    if kind == "timedelta":
        return (old or dt.timedelta(0)) + dt.timedelta(minutes=5)
    if kind == "severity":
        level = old.level if old is not None else None
        return Severity(SeverityLevel.LOW if level is not SeverityLevel.LOW else SeverityLevel.HIGH)
    if kind == "list":
        return [*(old or []), "Probe item"] if old else ["Probe item"]
    return None


def field_edit(path: str) -> Edit:
    def edit(r: Report, text: str) -> set[int]:
        doc = r._source
        old = r.title if path == "title" else get_path(r, path)
        value = new_value(path, old)
        if path == "title":
            r.title = value
        else:
            set_path(r, path, value)
        fo = doc.fields.get(path)
        if fo is not None:
            return lines_of(text, fo.span)
        lines = front_matter_lines(r, path)
        if path == "title" and lines and isinstance(old, str):
            lines |= _echo_lines(text, old)
        return lines

    return edit


def _echo_lines(text: str, title: str) -> set[int]:
    """The line of a heading that repeats a front matter's title word for word ("title: X"
    over "# X"): an edit of the title rewrites it too (docs/editing.md)."""
    for i, ln in enumerate(text.split("\n"), 1):
        m = re.fullmatch(r"[ ]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*", ln.rstrip("\r"))
        if m is not None:
            return {i} if m.group(1).strip(" *_") == title.strip() else set()
    return set()


def front_matter_lines(r: Report, path: str) -> set[int]:
    """The lines of the front-matter key a field was read from (its value lines included)."""
    from postmortem import render

    keys: dict[str, tuple[str, ...]] = getattr(render, "FRONT_MATTER_KEYS", {})
    fm = r.front_matter
    if fm is None:
        return set()
    lines = fm.raw.split("\n")
    instant_keys = getattr(render, "_instant_keys", lambda p, d: None)
    for key in keys.get(path) or instant_keys(path, fm.data) or ():
        for i, ln in enumerate(lines):
            # "Title:" is read as "title"; Nikola's comment writes ".. title:".
            if re.match(rf"(?i)(?:\.\. )?{re.escape(key)}\s*[:=]", ln):
                end = i + 1
                while end < len(lines) and lines[end][:1] in (" ", "\t", "-"):
                    end += 1
                return set(range(i + 1, end + 1))
    return set()


def editable_fields(r: Report) -> list[str]:
    """Fields with a place in the text, then values read from elsewhere (front matter, title)."""
    doc = r._source
    # Resolution steps are structured records the step reader builds, not a list of text.
    placed = [
        p for p in doc.fields if FIELD_KINDS.get(p, "str") != "dict" and p != "resolution.steps"
    ]
    unplaced = [p for p, v in doc.unplaced() if v not in (None, []) and p != "resolution.steps"]
    out = []
    for p in dict.fromkeys(placed + unplaced):
        old = r.title if p == "title" else get_path(r, p)
        if new_value(p, old) is not None:
            out.append(p)
    return out


# -- sections ----------------------------------------------------------------------------------


def section_add(r: Report, text: str) -> set[int]:
    r.sections.append(Section("Probe Section", level=2, content="\nProbe paragraph.\n"))
    return set()


# -- the property ------------------------------------------------------------------------------


def edits_for(r: Report) -> list[tuple[str, Edit]]:
    """Every edit that applies to this report, named."""
    out: list[tuple[str, Edit]] = []
    evs = r.timeline.events
    if evs:
        out.append(("event.text", event_text))
        if _under_headings(r):
            out.append(("event.title", event_title))
        if any(e.at is not None for e in evs):
            out.append(("event.at", event_time))
        out += [(f"event.insert.{w}", event_insert(w)) for w in ("first", "middle", "last")]
        out.append(("event.delete", event_delete))
    if r.action_items:
        out += [
            ("action.status", action_status),
            ("action.description", action_description),
            ("action.owner", action_owner),
        ]
        out += [(f"action.insert.{w}", action_insert(w)) for w in ("first", "middle", "last")]
        out.append(("action.delete", action_delete))
    out += [(f"field.{p}", field_edit(p)) for p in editable_fields(r)]
    out.append(("section.add", section_add))
    return out


def differences(a: Any, b: Any, path: str = "") -> list[str]:
    """Where two models differ, as dotted paths (for a readable failure)."""
    if type(a) is not type(b) or not attrs.has(type(a)):
        if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
            pairs = enumerate(zip(a, b, strict=True))
            return [d for i, (x, y) in pairs for d in differences(x, y, f"{path}[{i}]")]
        return [] if a == b else [f"{path}: {a!r} != {b!r}"]
    out = []
    for f in attrs.fields(type(a)):
        if not f.eq:
            continue
        out += differences(getattr(a, f.name), getattr(b, f.name), f"{path}.{f.name}")
    return out


def check(text: str, name: str, edit: Edit) -> str | None:
    """Apply one edit to ``text``; None when the property holds, else what went wrong."""
    r = postmortem.parse(text)
    prose_day = name.startswith("field.") and _named_a_day(r, name[6:])
    post_dated = name == "field.metadata.resolved_at" and _dated_when_resolved(r)
    slot = _day_slot_line(r, name)
    allowed = edit(r, text)
    if slot is not None:
        allowed = allowed | {slot}
    try:
        out = postmortem.dumps(r)
    except postmortem.RenderError as exc:
        return f"{name}: RenderError {exc}"
    again = postmortem.parse(out)
    if name.startswith("field.") and FIELD_KINDS.get(name[6:]) in ("date", "datetime"):
        _follow_the_day(r, again)
    if prose_day:
        _follow_the_prose(r, again)
    if post_dated and r.metadata.started_at is None and r.front_matter is not None:
        dated = {str(k).lower(): v for k, v in r.front_matter.data.items()}.get("date")
        if again.metadata.started_at == dated:
            r.metadata.started_at = again.metadata.started_at  # "date" now opens it
    if again != r:
        diff = differences(again, r)
        return f"{name}: reads back different: {'; '.join(diff[:3])}"
    changed, _ = changed_lines(text, out)
    if not text.endswith(("\n", "\r")):
        allowed = allowed | {text.count("\n") + 1}  # the last line gains its line break
    allowed = allowed | _twins(text, allowed)  # of two equal lines, a diff may pick either
    if not changed <= allowed:
        return (
            f"{name}: lines {sorted(changed - allowed)[:5]} changed, allowed {sorted(allowed)[:5]}"
        )
    return None


def _dated_when_resolved(before: Report) -> bool:
    """Whether status-page front matter is dated at the instant it says the incident was
    resolved ("date" and "resolvedWhen" the same): a post dated when it was resolved tells no
    start, and the parser reads none. The only evidence of that is the two values being
    equal, so a new resolution instant takes it away, and "date" then opens the incident as
    in any such report: the model has no value that could say "no start" in its place.
    Asked only for an edit of the resolution instant; only the start may then differ."""
    fm = before.front_matter
    data = {str(k).lower(): v for k, v in (fm.data if fm is not None else {}).items()}
    return (
        before.metadata.started_at is None
        and data.get("date") is not None
        and data.get("date") == data.get("resolvedwhen")
    )


def _day_slot_line(before: Report, name: str) -> int | None:
    """The line of an unfilled date slot ("Date: [Date]") whose day the title gave, for an
    edit of the title: the title no longer gives the day, so the writer fills the slot with
    it (docs/editing.md), the one line besides the title's it may change."""
    doc = before._source
    if name != "field.title" or doc is None or "metadata.date" not in doc.derived:
        return None
    return doc.source.line_of(doc.fields["metadata.date"].span[0])


def _named_a_day(before: Report, path: str) -> bool:
    """Whether a prose field's old text named a calendar day ("On Oct 10, 2017, ...")."""
    from postmortem.parsing import first_date

    if FIELD_KINDS.get(path, "str") != "str" or path == "title":
        return False
    old = get_path(before, path)
    return isinstance(old, str) and first_date(old, 0, False) is not None


def _follow_the_prose(edited: Report, again: Report) -> None:
    """What the API promises for an entry that writes no day of its own (a clock time, a date
    with no year): it is read on the day the report gives it, its date or else the day its
    prose names ("On May 31, 2022, ..."; docs/editing.md). An edit of that prose takes the
    evidence away, and the model holds no separate value for it, so such entries may read back
    on another day, or with none, and only they: their clock time, and every entry that writes
    its day, must read back as edited. A narrowing of the comparison, asked only for an edit
    of a prose field whose old text named a day."""
    from postmortem.timestamps import read_stamp

    if len(edited.timeline.events) != len(again.timeline.events):
        return
    for mine, back in zip(edited.timeline.events, again.timeline.events, strict=True):
        if read_stamp(mine.time_text.strip("*_`[]() ")).date is not None:
            continue  # the entry writes its day: it must read back on it
        if mine.time == back.time and mine.end is None and back.end is None:
            mine.at, mine.date = back.at, back.date


def _alike(a: dt.datetime, b: dt.datetime) -> bool:
    """Whether two instants can be subtracted: both with a zone or both without."""
    return (a.tzinfo is None) == (b.tzinfo is None)


def _follow_the_day(edited: Report, again: Report) -> None:
    """Entries written with a clock time and no day are read on the report's date: a new date
    moves them with it. Expect that move (and only that) in the edited report. The same holds
    for a metadata instant written as a clock time ("distributed daily at 05:13:57 UTC")."""
    for name in ("started_at", "detected_at", "declared_at", "repaired_at", "resolved_at",
                 "ended_at"):  # fmt: skip
        mine, back = getattr(edited.metadata, name), getattr(again.metadata, name)
        if mine is not None and back is not None and mine != back and _alike(mine, back):
            shift = back - mine
            if shift.seconds == 0 and shift.microseconds == 0:  # whole days only
                setattr(edited.metadata, name, back)
    if len(edited.timeline.events) != len(again.timeline.events):
        return
    for mine, back in zip(edited.timeline.events, again.timeline.events, strict=True):
        if mine.at is not None and back.at is not None and mine.at != back.at:
            if not _alike(mine.at, back.at):
                continue  # a zone gained or lost: a difference the comparison reports
            shift = back.at - mine.at
            if shift.seconds == 0 and shift.microseconds == 0:  # whole days only
                mine.at = back.at
                mine.end = back.end
        elif mine.at is None and back.at is not None and mine.time == back.time:
            mine.at = back.at  # a clock time that now has a day to be read on
            mine.end = back.end
        elif mine.at is not None and back.at is None and mine.time == back.time:
            mine.at = None  # ... or no longer has one
            mine.date = back.date
            mine.end = back.end
