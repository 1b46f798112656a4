"""Local edits: changing one thing changes only the lines that hold it, and re-parses to it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import postmortem
from postmortem import ActionItem, ActionStatus, Severity, SeverityLevel

from conftest import CORPUS_DIR, FILLED, changed_lines, read_exact


def _item_lines(item: ActionItem | postmortem.TimelineEvent, text: str) -> set[int]:
    """The lines a parsed record spans (from the parse, checked against the text below)."""
    origin = item._origin
    assert origin is not None
    s, e = origin.span
    norm = text.replace("\r\n", "\n")
    first = norm.count("\n", 0, s) + 1
    last = norm.count("\n", 0, max(s, e - 1)) + 1
    return set(range(first, last + 1))


@pytest.mark.parametrize("path", FILLED, ids=lambda p: p.name)
def test_mark_action_item_done(path: Path) -> None:
    text = read_exact(path)
    r = postmortem.parse(text)
    i = next(i for i, a in enumerate(r.action_items) if a.status is not ActionStatus.DONE)
    allowed = _item_lines(r.action_items[i], text)
    r.action_items[i].status = ActionStatus.DONE
    out = postmortem.dumps(r)
    changed, inserts = changed_lines(text, out)
    assert changed and changed <= allowed and not inserts
    again = postmortem.parse(out)
    assert again.action_items[i].status is ActionStatus.DONE
    assert again.action_items[i].description == r.action_items[i].description
    assert len(again.action_items) == len(r.action_items)


@pytest.mark.parametrize("path", FILLED, ids=lambda p: p.name)
def test_set_severity(path: Path) -> None:
    text = read_exact(path)
    r = postmortem.parse(text)
    r.metadata.severity = Severity(SeverityLevel.LOW)
    out = postmortem.dumps(r)
    again = postmortem.parse(out)
    assert again.metadata.severity is not None
    assert again.metadata.severity.level is SeverityLevel.LOW
    changed, inserts = changed_lines(text, out)
    assert len(changed) == 1 and not inserts
    (line,) = changed
    # The value is on the key's line, or in the block right after it ("**Severity:**\n\nMajor").
    lines = text.splitlines()
    assert any("everity" in lines[i - 1] for i in range(max(1, line - 2), line + 1))
    assert again == _with_severity(postmortem.parse(text), SeverityLevel.LOW)


def _with_severity(r: postmortem.Report, level: SeverityLevel) -> postmortem.Report:
    r.metadata.severity = Severity(level)
    return r


@pytest.mark.parametrize("path", FILLED, ids=lambda p: p.name)
def test_edit_timeline_event_text(path: Path) -> None:
    text = read_exact(path)
    r = postmortem.parse(text)
    if not r.timeline.events:
        pytest.fail(f"{path.name} has no timeline events")
    ev = r.timeline.events[-1]
    allowed = _item_lines(ev, text)
    ev.text = "Edited: all clear given"
    out = postmortem.dumps(r)
    changed, inserts = changed_lines(text, out)
    assert changed and changed <= allowed and not inserts
    again = postmortem.parse(out)
    assert again.timeline.events[-1].text == "Edited: all clear given"
    assert again.timeline.events[-1].at == ev.at
    assert len(again.timeline.events) == len(r.timeline.events)


@pytest.mark.parametrize("path", FILLED, ids=lambda p: p.name)
def test_append_action_item(path: Path) -> None:
    text = read_exact(path)
    r = postmortem.parse(text)
    before = len(r.action_items)
    r.action_items.append(
        ActionItem("Write a runbook for this alert", owner="Kim Lee", due=dt.date(2025, 6, 1))
    )
    out = postmortem.dumps(r)
    changed, inserts = changed_lines(text, out)
    assert not changed and len(inserts) == 1
    again = postmortem.parse(out)
    assert len(again.action_items) == before + 1
    added = [a for a in again.action_items if "runbook for this alert" in a.description]
    assert len(added) == 1
    assert added[0].owner == "Kim Lee"
    assert added[0].due == dt.date(2025, 6, 1)


@pytest.mark.parametrize("path", FILLED, ids=lambda p: p.name)
def test_remove_timeline_event(path: Path) -> None:
    text = read_exact(path)
    r = postmortem.parse(text)
    n = len(r.timeline.events)
    victim = r.timeline.events[1]
    allowed = _item_lines(victim, text)
    del r.timeline.events[1]
    out = postmortem.dumps(r)
    changed, inserts = changed_lines(text, out)
    blank = {i + 1 for i, ln in enumerate(text.splitlines()) if not ln.strip()}
    near = {min(allowed) - 1, max(allowed) + 1} & blank
    assert changed and changed <= allowed | near and not inserts
    again = postmortem.parse(out)
    assert len(again.timeline.events) == n - 1
    assert [e.text for e in again.timeline.events] == [e.text for e in r.timeline.events]


def test_readme_three_line_edit(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_bytes((FILLED[2]).read_bytes())
    report = postmortem.load(target)
    report.action_items[0].status = ActionStatus.DONE
    report.save(target)
    text = target.read_bytes().decode()
    assert postmortem.load(target).action_items[0].status is ActionStatus.DONE
    changed, _ = changed_lines(read_exact(FILLED[2]), text)
    assert len(changed) == 1


CORPUS_EDITS = [
    "01-k8s-prow-flakiness-2019-05-30.md",
    "02-k8s-prow-outage-2019-01-23.md",
    "10-chia-dust-storm-2021-10.md",
    "24-google-sre-book-shakespeare-example.md",
]


@pytest.mark.parametrize("name", CORPUS_EDITS)
def test_corpus_local_edits(name: str) -> None:
    text = read_exact(CORPUS_DIR / name)
    r = postmortem.parse(text)
    if r.action_items:
        item = r.action_items[0]
        allowed = _item_lines(item, text)
        item.status = ActionStatus.DONE
    ev = r.timeline.events[-1]
    allowed_ev = _item_lines(ev, text)
    ev.text = "Fixed entry text"
    out = postmortem.dumps(r)
    changed, inserts = changed_lines(text, out)
    assert changed <= (allowed if r.action_items else set()) | allowed_ev
    assert not inserts
    again = postmortem.parse(out)
    assert again.timeline.events[-1].text == "Fixed entry text"
    if r.action_items:
        assert again.action_items[0].status is ActionStatus.DONE
    assert len(again.timeline.events) == len(r.timeline.events)


def test_crlf_edit_keeps_crlf() -> None:
    text = read_exact(CORPUS_DIR / "10-chia-dust-storm-2021-10.md")
    assert "\r\n" in text
    r = postmortem.parse(text)
    r.timeline.events[0].text = "New text"
    out = postmortem.dumps(r)
    assert out.count("\r\n") == text.count("\r\n")
    assert "\n" not in out.replace("\r\n", "")


def test_overlapping_edits_are_refused() -> None:
    text = read_exact(FILLED[2])
    r = postmortem.parse(text)
    section = next(s for s in r.all_sections() if s.kind.value == "timeline")
    section.content = section.content + "\nextra\n"
    r.timeline.events[0].text = "changed"
    with pytest.raises(postmortem.RenderError, match=r":\d+: two edits"):
        postmortem.dumps(r)


def test_section_edits_and_new_section() -> None:
    text = read_exact(FILLED[3])
    r = postmortem.parse(text)
    r.sections[-1].title = "Appendix A"
    r.sections.append(postmortem.Section("Reviewers", level=2, content="\nAlice and Bob\n"))
    out = postmortem.dumps(r)
    again = postmortem.parse(out)
    assert [s.title for s in again.sections][-2:] == ["Appendix A", "Reviewers"]
    changed, inserts = changed_lines(text, out)
    assert len(changed) == 1
    assert len(inserts) == 1


def test_subsections_edited_before_the_first_save() -> None:
    # The original children are recorded at parse time, not at the first dumps.
    text = read_exact(FILLED[0])
    r = postmortem.parse(text)
    lessons = next(s for s in r.sections if s.title == "Lessons Learned")
    removed = lessons.subsections.pop(1)
    out = postmortem.dumps(r)
    assert removed.title == "What Went Wrong" and "### What Went Wrong" not in out
    assert "### What Went Well" in out and "### What Could Be Improved" in out


def test_values_without_a_place_are_written_not_dropped() -> None:
    text = read_exact(CORPUS_DIR / "24-google-sre-book-shakespeare-example.md")
    r = postmortem.parse(text)
    assert r.metadata.incident_id is None and r.team.incident_commander is None
    r.metadata.incident_id = "INC-465"
    r.team.incident_commander = "jennifer"
    out = postmortem.dumps(r)
    again = postmortem.parse(out)
    assert again.metadata.incident_id == "INC-465"
    assert again.team.incident_commander == "jennifer"
    assert "**Incident ID:** INC-465" in out
    changed, inserts = changed_lines(text, out)
    assert not changed and len(inserts) == 2  # two additions, nothing else touched


def test_a_key_event_added_to_a_report_is_written_under_an_english_key() -> None:
    # The keys the parser also reads in other languages ("Inicio", "Detección") are not
    # the ones a new line is written under.
    text = "# Outage\n\n## Summary\n\nThe site was down.\n"
    r = postmortem.parse(text)
    utc = dt.timezone.utc
    r.metadata.started_at = dt.datetime(2026, 4, 30, 23, 0, tzinfo=utc)
    r.metadata.detected_at = dt.datetime(2026, 4, 30, 23, 5, tzinfo=utc)
    r.metadata.resolved_at = dt.datetime(2026, 5, 1, 1, 0, tzinfo=utc)
    out = postmortem.dumps(r)
    for key in ("**Start Time:**", "**Detected:**", "**Resolved:**"):
        assert key in out
    back = postmortem.parse(out).metadata
    assert (back.started_at, back.detected_at, back.resolved_at) == (
        r.metadata.started_at,
        r.metadata.detected_at,
        r.metadata.resolved_at,
    )


@pytest.mark.parametrize(
    "entries",
    [
        "- 10:00 - 12:00 Deploy\n- 12:00 - 13:00 Crisis\n",
        "### Deploy\n**Time**: ~10:00 AM - 12:00 PM\n\nWords.\n\n"
        "### Crisis\n**Time**: ~12:00 PM - 1:00 PM\n\nMore.\n",
        "### Deploy\n\n- **Time:** 10:00 - 12:00\n\n### Crisis\n\n- **Time:** 12:00 - 13:00\n",
    ],
)
def test_an_edited_start_of_a_range_keeps_its_end(entries: str) -> None:
    # Review 55: "~12:00 PM - 1:00 PM" edited to 12:30 was written "~12:30 PM", no end.
    report = postmortem.parse(f"# T\n\n**Date**: 2026-02-20\n\n## Timeline\n\n{entries}")
    ev = report.timeline.events[1]
    assert ev.at is not None and ev.end == dt.datetime(2026, 2, 20, 13, 0)
    ev.at = ev.at.replace(minute=30)
    again = postmortem.parse(postmortem.dumps(report)).timeline.events[1]
    assert (again.at, again.end) == (dt.datetime(2026, 2, 20, 12, 30), ev.end)


@pytest.mark.parametrize(
    ("field", "written"),
    [
        ("**Time:** 5:10 PM AEST", "**Time:** 6:10 PM AEST"),  # CaptureCare's header
        ("- Team aware: 16.12", "- Team aware: 17.12"),
    ],
)
def test_an_edited_clock_only_field_keeps_its_form(field: str, written: str) -> None:
    # A time field read on the report's day: a new time that day is written as the old was,
    # its zone word and clock form kept (not "2025-12-16 18:10+11:00").
    text = f"# Fix\n\n**Date:** December 16, 2025\n{field}\n\n## Summary\n\nDeployed.\n"
    report = postmortem.parse(text)
    path = "started_at" if "Time" in field else "detected_at"
    was = getattr(report.metadata, path)
    assert was is not None
    setattr(report.metadata, path, was + dt.timedelta(hours=1))
    out = postmortem.dumps(report)
    assert written in out
    assert getattr(postmortem.parse(out).metadata, path) == was + dt.timedelta(hours=1)


@pytest.mark.parametrize(
    ("field", "written"),
    [
        # gallerapp's header: the zone written after the clock stays as written.
        ("**Hora:** 23:49 UTC-05:00 (Perú)", "**Hora:** 2025-12-17 00:49 UTC-05:00 (Perú)"),
        ("**Time:** 11:10 PM AEST", "**Time:** 2025-12-17 12:10 AM AEST"),
        # Words before the clock or a day named in words: written whole (review 56), not "at
        # 2025-12-17 00:49 UTC" (which reads back with no start) nor "Tuesday 2025-12-17".
        ("**Time:** at 23:49 UTC", "**Time:** 2025-12-17 00:49 UTC\n"),
        ("**Time:** Tuesday 23:49 UTC", "**Time:** 2025-12-17 00:49 UTC\n"),
    ],
)
def test_an_edited_clock_only_field_on_another_day_keeps_its_zone(field: str, written: str) -> None:
    text = f"# Fix\n\n**Date:** December 16, 2025\n{field}\n\n## Summary\n\nDeployed.\n"
    report = postmortem.parse(text)
    was = report.metadata.started_at
    assert was is not None
    report.metadata.started_at = was + dt.timedelta(hours=1)
    out = postmortem.dumps(report)
    assert written in out
    back = postmortem.parse(out)
    assert back.metadata.started_at == was + dt.timedelta(hours=1)
    assert back.timeline.timezone == report.timeline.timezone
