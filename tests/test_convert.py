"""Converting corpus reports between styles loses nothing (issue 13, item 5)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import postmortem
from postmortem.parsing.fields import FIELD_KINDS, get_path, is_placeholder
from postmortem.styles import STYLES, _untyped, convert

from conftest import CORPUS, DEV_DIR, SHARED, read_exact

DEV = sorted((SHARED / "corpus" / "dev").glob("*.md"))
SEED_STYLES = [s for s in STYLES if s != "canonical"]


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _cases() -> list[tuple[Path, str]]:
    # Every report to the canonical style, and each to one seed style in turn (all five over
    # the corpus) to keep the run short.
    docs = CORPUS + DEV
    return [(p, "canonical") for p in docs] + [
        (p, SEED_STYLES[i % len(SEED_STYLES)]) for i, p in enumerate(docs)
    ]


@pytest.mark.parametrize(("path", "style"), _cases(), ids=lambda x: getattr(x, "name", x))
def test_convert_keeps_every_sections_text(path: Path, style: str) -> None:
    r = postmortem.parse(read_exact(path))
    out, notes = convert(r, style)
    have = _words(out)
    for sec in r.all_sections():
        for line in _untyped(r, sec).split("\n"):
            assert _words(line) in have, (sec.title, line)
    # What was carried over is said, once per section placed without a slot.
    assert len(notes) == len({n for n in notes})


@pytest.mark.parametrize("style", SEED_STYLES)
def test_a_templates_unfilled_slots_are_not_carried_back(style: str) -> None:
    # A report with no action items, through a seed style and back: the style's own unfilled
    # slots ("- [ ] `[Action 1 - Owner: Name]`", "| 1 | [Specific action] | [Name] | ...") are
    # template text, not the report's, and must not come back as sections or action items.
    text = (
        "# Cache outage\n\n**Date:** 2024-03-05\n\n## Summary\n\nThe cache tier was down for "
        "20 minutes.\n\n## Timeline\n\n- 10:00 Alert fires\n- 10:20 Cache restarted\n"
    )
    r = postmortem.parse(text)
    back = postmortem.parse(convert(postmortem.parse(convert(r, style)[0]), "canonical")[0])
    assert back.action_items == []
    if style != "classic":  # classic holds key events (Detection, Response...), no timeline
        assert [e.text for e in back.timeline.events] == ["Alert fires", "Cache restarted"]


# -------------------------------------------------------------------------------------------
# A→B→A: every style pair keeps every typed field and every untyped section's text.

PAIRS = [(a, b) for a in STYLES for b in STYLES if a != b]


def _typed(r: postmortem.Report) -> dict[str, object]:
    return {
        "title": r.title,
        "severity": r.metadata.severity.level if r.metadata.severity else None,
        "date": r.metadata.date,
        # Exactly: a line break inside a text is written "<br>" in a table cell, and goes on
        # under the marker in a list item.
        "events": [(e.at, e.date, e.time, e.text) for e in r.timeline.events],
        "actions": [(i.description, i.owner, i.status, i.due) for i in r.action_items],
    }


def _there_and_back(a: postmortem.Report, style_a: str, style_b: str) -> list[str]:
    """What A→B→A changed: typed fields that differ, untyped lines whose words are gone."""
    b = postmortem.parse(convert(a, style_b)[0])
    text = convert(b, style_a)[0]
    back = postmortem.parse(text)
    want, got = _typed(a), _typed(back)
    problems = [f"{k}: {want[k]!r} != {got[k]!r}" for k in want if want[k] != got[k]]
    have = f" {_words(text)} "
    for sec in a.all_sections():
        for line in _untyped(a, sec).split("\n"):
            if (w := _words(line)) and f" {w} " not in have:
                problems.append(f"section {sec.title!r} lost {line!r}")
    return problems


def _in_style(path: Path, style: str) -> postmortem.Report:
    return postmortem.parse(convert(postmortem.parse(read_exact(path)), style)[0])


@pytest.mark.parametrize(
    "path",
    CORPUS + DEV,
    ids=lambda p: p.name,  # type: ignore[no-any-return]
)
def test_every_style_pair_there_and_back_on_one_report(path: Path) -> None:
    # A sample for the default run: each report through one pair, the pairs in turn.
    i = (CORPUS + DEV).index(path)
    style_a, style_b = PAIRS[i % len(PAIRS)]
    assert _there_and_back(_in_style(path, style_a), style_a, style_b) == []


@pytest.mark.parametrize("style_a", [s for s in STYLES if s != "memo"])
def test_an_entry_holding_log_lines_there_and_back(style_a: str) -> None:
    # Dev report 026: an entry's text holds a pasted log, its lines opening with stamps
    # ("Oct 10 20:55:30 k8s-pool2-... docker[1237]: ..."), in a code block. Seed 001's
    # entries are the lines of a paragraph ("[Time] - [Event]"): the text was written on one
    # line there, or each log line would have read as an entry of its own.
    path = DEV_DIR / "026-berkeley-datahub-2017-10-10-hung-nodes.md"
    assert _there_and_back(_in_style(path, style_a), style_a, "memo") == []


@pytest.mark.slow
@pytest.mark.parametrize("path", CORPUS + DEV, ids=lambda p: p.name)
def test_every_style_pair_there_and_back(path: Path) -> None:
    # Every report from every style, to a quarter of the other styles: the pairs in four turns
    # over successive reports, so each of the 30 pairs runs on about 22 public and dev reports
    # (about 670 round trips). All 30 on every report took half the CI's test time, and half
    # of them still took a fifth of it.
    i = (CORPUS + DEV).index(path)
    problems = []
    for style_a in STYLES:
        a = _in_style(path, style_a)
        for style_b in STYLES:
            if style_b != style_a and PAIRS.index((style_a, style_b)) % 4 == i % 4:
                problems += [
                    f"{style_a}→{style_b}: {p}" for p in _there_and_back(a, style_a, style_b)
                ]
    assert problems == []


# -------------------------------------------------------------------------------------------
# Each cause of a difference A→B→A once had, on a small report.


def _trip(text: str, via: str, home: str = "canonical") -> tuple[postmortem.Report, str]:
    """The report ``text`` written in ``home`` (A), and A→via→home read back, with the text
    written in ``via``."""
    a = postmortem.parse(convert(postmortem.parse(text), home)[0])
    there = convert(a, via)[0]
    back = postmortem.parse(convert(postmortem.parse(there), home)[0])
    assert _typed(back) == _typed(a)
    return back, there


def test_classic_keeps_a_whole_timeline() -> None:
    # Seed 000's timeline is three key events (Detection, Response, Resolution): a timeline
    # of other entries is written whole as "Time - Event" entries under its Timeline heading.
    text = (
        "# Queue outage\n\n## Timeline\n\n| Time | Event |\n| --- | --- |\n"
        "| 2024-03-05 10:00 | Jan pages the on-call |\n| 2024-03-05 10:20 | 2nd alert fires |\n"
        "| ??? | Cause found |\n| 2024-03-06 | Fix deployed |\n"
    )
    back, there = _trip(text, "classic")
    assert [e.text for e in back.timeline.events][:2] == [
        "Jan pages the on-call",
        "2nd alert fires",
    ]
    assert "- 2024-03-05 10:00 - Jan pages the on-call" in there
    assert "### Detection" in there  # the template's key-event subsections stay


def test_classic_key_events_fill_their_times() -> None:
    text = (
        "# Queue outage\n\n## Timeline\n\n| Time | Event |\n| --- | --- |\n"
        "| 2024-03-05 10:00 UTC | Detection |\n| 2024-03-05 11:00 UTC | Resolution |\n"
    )
    _back, there = _trip(text, "classic")
    assert "- **Time:** 2024-03-05 10:00 UTC" in there
    assert "Time - " not in there and "- 2024-03-05" not in there


_STATUSES = (
    "# Queue outage\n\n## Action Items\n\n| Action | Owner | Status |\n| --- | --- | --- |\n"
    "| Add an alert on queue depth | Ana | Done |\n| Rotate the keys | Bo | Open |\n"
    "| Review the runbook | Cy | In progress |\n| Drop the old queue | Di | Won't do |\n"
    "| Write the summary | Ed | |\n"
)


@pytest.mark.parametrize("style", SEED_STYLES)
def test_every_status_reads_back_in_every_style(style: str) -> None:
    # A checklist's box says open or done only; a table with no status column (seed 003),
    # keyed lines (seed 001) and bullets have no place for one: it is said after the text.
    back, _there = _trip(_STATUSES, style)
    assert [a.status.value for a in back.action_items] == [
        "done",
        "open",
        "in_progress",
        "wont_do",
        "unknown",
    ]


def test_tabular_writes_action_items_in_its_table() -> None:
    # Seed 002 has an action table (owner, priority, due, status) and, below it, lists by
    # category: new items go in the table, where their columns are.
    _back, there = _trip(_STATUSES, "tabular")
    assert re.search(r"(?m)^\| *\| Add an alert on queue depth *\| Ana *\|.*\| Done *\|$", there)


def test_concise_keeps_the_report_date() -> None:
    # Seed 003 has no date slot ("Date and Time" is when the incident started).
    back, there = _trip(
        "# Cache outage\n\n**Date:** 2024-03-05\n\n## Summary\n\nDown.\n", "concise"
    )
    assert back.metadata.date is not None and back.metadata.date.isoformat() == "2024-03-05"
    assert "**Date:** 2024-03-05" in there


def test_naive_times_stay_naive_through_a_zoned_time_column() -> None:
    # Seed 003's column says "Time (UTC)": times written with no zone would read back UTC.
    text = "# Outage\n\n## Timeline\n\n- 2024-03-05 10:00 Alert fires\n- 2024-03-05 10:20 Fixed\n"
    back, there = _trip(text, "concise")
    assert all(e.at is not None and e.at.tzinfo is None for e in back.timeline.events)
    assert "(UTC)" not in there


def test_a_first_entry_like_a_dayless_row_says_its_day() -> None:
    # Seed 002's rows say "14:00": the first entry has no entry before it to take its day from,
    # and the report's date (another day) would be used.
    text = (
        "# Bribe exploit\n\n**Date:** 2022-11-01\n\n## Timeline\n\n"
        "- 2022-10-27 11:58 Irregularities found\n- 2022-10-27 12:36 Cause investigated\n"
    )
    back, _there = _trip(text, "tabular")
    assert [e.date.isoformat() for e in back.timeline.events if e.date] == ["2022-10-27"] * 2


@pytest.mark.parametrize("style", ["classic", "emoji"])
def test_an_owner_of_several_names_keeps_its_commas(style: str) -> None:
    # Written "(owner: ana,bo,cy)" where the style has no owner place.
    text = (
        "# Outage\n\n## Action Items\n\n| Action | Owner |\n| --- | --- |\n"
        "| Re-deploy on a new VM | ana,bo,cy |\n| Open a ticket | ana |\n"
    )
    back, _there = _trip(text, style)
    assert [a.owner for a in back.action_items] == ["ana,bo,cy", "ana"]


def test_a_closing_br_is_no_part_of_an_entrys_text() -> None:
    text = (
        "# Outage\n\n## Timeline\n\n*06:00*: wire.com down, detected<br />\n\\\\\n"
        "*06:46*: Provider informed<br />\n\\\\\n*07:03*: Restarted\n"
    )
    r = postmortem.parse(text)
    assert [e.text for e in r.timeline.events] == [
        "wire.com down, detected",
        "Provider informed",
        "Restarted",
    ]
    assert postmortem.dumps(r) == text
    r.timeline.events[0].text = "wire.com down"
    assert "*06:00*: wire.com down<br />\n" in postmortem.dumps(r)
    _trip(text, "memo")  # seed 001's "Time - Event" lines are parted by line breaks


def test_a_carried_subsection_is_not_read_into_the_styles_last_section() -> None:
    # "### Trivia" has no slot and its parent has nothing else: written at its old depth after
    # the canonical style's last section (the action items), its list would be action items.
    text = (
        "# Outage\n\n## Action Items\n\n- [ ] Fix the cache\n\n## Lessons Learned\n\n"
        "### Trivia\n\n- The cache was named after a cat\n- Nobody knew why\n\n"
        "## Appendix\n\nThe cache is gone now.\n"
    )
    r = postmortem.parse(text)
    out = convert(r, "canonical")[0]
    assert "\n## Trivia\n" in out
    assert postmortem.parse(out).action_items == r.action_items


def test_canonical_does_not_write_a_sections_records_twice() -> None:
    # A section with no typed home that holds action items: written whole after the action
    # table, its items were read twice.
    text = (
        "# Outage\n\n## Summary\n\nThe API was down.\n\n"
        "## What is CMS doing prior to restoring service?\n\nWe improved our process:\n\n"
        "- All code changes use a template that states their reason.\n"
        "- All code commits are descriptive.\n"
    )
    r = postmortem.parse(text)
    assert len(r.action_items) == 2
    again = postmortem.parse(convert(r, "canonical")[0])
    assert again.action_items == r.action_items


def test_pseudo_heading_sections_are_headings_in_canonical() -> None:
    # "<b>Thanks</b>" among "##" headings is no heading: its list was read as action items.
    text = (
        "<b>1. Executive Summary </b>\n\nDNS failed.\n\n<b>7. Action Items </b>\n\n"
        "* **Action Item:** Tune TTLs\n* **Owner:** Ana\n\n<b>Thanks</b>\n\n- bstack\n- camd\n"
    )
    r = postmortem.parse(text)
    out = convert(r, "canonical")[0]
    assert "\n## Thanks\n" in out
    assert [a.description for a in postmortem.parse(out).action_items] == ["Tune TTLs"]


@pytest.mark.parametrize("style", SEED_STYLES)
def test_a_line_break_inside_a_text_comes_back(style: str) -> None:
    # A table cell holds one line: a line break inside a text is written "<br>" there and read
    # back as the line break; a list item's text goes on under its marker, nested list and all.
    text = (
        "# Outage\n\n## Timeline\n\n- 2024-03-05 10:00 Alert fires\n  on the queue\n"
        "- 2024-03-05 10:20 Cache restarted\n\n## Action Items\n\n"
        "- Add an alert on depth\n  and on age (owner: Ana)\n"
        "- [x] Review the runbook:\n  - the paging part\n  - the restart part\n"
        "- Raise the timeout\n\n  Never kill the cache.\n"
        "- Rotate the keys\n  every month (in progress)\n"
    )
    r = postmortem.parse(text)
    assert "Alert fires\non the queue" in [e.text for e in r.timeline.events]
    back, _there = _trip(text, style)  # exact texts, line breaks and all
    assert [(a.description, a.status.value) for a in back.action_items] == [
        ("Add an alert on depth\nand on age", "unknown"),
        ("Review the runbook:\n- the paging part\n- the restart part", "done"),
        ("Raise the timeout\n\nNever kill the cache.", "unknown"),
        # A status said after an item of several lines (as a style with no place for one
        # writes it) is its status, not its text.
        ("Rotate the keys\nevery month", "in_progress"),
    ]


# Lines an entry's text may hold after its first: pasted log lines (opening with a stamp, in
# brackets or bold too), list items, table rows and a delimiter row, fences, headings, a
# seed 001 "<b>" heading, quotes, rules, a key line. Each is written in the model's form of
# a text (lines stripped, no blank line).
_TEXT_LINE = st.sampled_from([
    "Oct 10 20:55:30 k8s-pool2-9 docker[1237]: level=error",
    "2017-10-10T20:55:36.146Z level=error msg=timeout",
    "10:00 log line", "20:55:36 worker restarted", "[2024-03-05 10:25] - retried",
    "**10:40** paged", "`11:00` deploy", "??? unknown", "Mar 5, 2024 10:30 AM: failover",
    "- item", "* item", "+ item", "1. first", "2) second", "- [ ] box", "- [x] done",
    "| a | b |", "| --- | --- |", "|---|---|", "a | b", "```", "```bash", "~~~",
    "# heading", "### 10:45", "<b>3. Root Cause</b>", "> quoted", "---", "===", "***",
    "**Owner:** Ana", "* **Action Item:** Rotate keys", "Detection", "plain words",
])  # fmt: skip


@st.composite
def _entry_texts(draw: st.DrawFn) -> str:
    first = draw(st.sampled_from(["Logs were captured:", "Paged the on-call"]) | _TEXT_LINE)
    return "\n".join([first, *draw(st.lists(_TEXT_LINE, min_size=1, max_size=6))])


_THREE_ENTRIES = (
    "# Outage\n\n## Timeline\n\n| Time | Event |\n| --- | --- |\n"
    "| 2024-03-05 10:00 | Alert fires |\n| 2024-03-05 10:20 | x |\n"
    "| 2024-03-05 10:30 | Cache restarted |\n"
)


@pytest.mark.parametrize(
    "text",
    [
        # Words that open with a time or a log line's stamp: after the classic style's
        # "- 2024-03-05 10:20 - ", no range of the stamp (CI's hypothesis example).
        "20:55 level=error",
        "2017-10-10T20:55:36.146Z level=error msg=timeout\nOct 10 20:55:30 k8s docker: error",
    ],
)
def test_words_that_open_with_a_time_stay_the_entry_s_in_every_style(text: str) -> None:
    _stays_one_entry_in_every_style(text)


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_entry_texts())
def test_an_entry_of_several_lines_stays_one_entry_in_every_style(text: str) -> None:
    # An event's text of several lines, whatever its lines look like, is written in every
    # style so that it reads back as the same one event, its neighbours untouched.
    _stays_one_entry_in_every_style(text)


def _stays_one_entry_in_every_style(text: str) -> None:
    """The middle of three entries given ``text`` reads back as written, and as the same
    entries after conversion to every style."""
    r = postmortem.parse(_THREE_ENTRIES)
    r.timeline.events[1].text = text
    a = postmortem.parse(postmortem.dumps(r))
    want = [(e.at, e.text) for e in a.timeline.events]
    assert want[1][1] == text
    for style in STYLES:
        b = postmortem.parse(convert(a, style)[0])
        assert [(e.at, e.text) for e in b.timeline.events] == want, style


@pytest.mark.parametrize("style", SEED_STYLES)
def test_an_entry_holding_log_lines_stays_one_entry(style: str) -> None:
    # The family of dev report 026, small: lines opening with stamps, list and table lines.
    text = (
        "Logs were captured:\n```\nOct 10 20:55:30 node docker[1237]: level=error\n"
        "10:00 log line\n[2024-03-05 10:25] - retried\n- item\n| a | b |\n| --- | --- |\n"
        "<b>3. Root Cause</b>\n```"
    )
    r = postmortem.parse(_THREE_ENTRIES)
    r.timeline.events[1].text = text
    back, _there = _trip(postmortem.dumps(r), style)
    assert [e.text for e in back.timeline.events] == ["Alert fires", text, "Cache restarted"]


def test_an_entry_of_several_lines_edited_stays_one_entry() -> None:
    # The same text set on an entry that is a line of a paragraph, and on a list entry.
    text = "Logs were captured:\nOct 10 20:55:30 node docker: error\n10:00 log line\n- item"
    for doc in (
        "# T\n\n## Timeline\n\n[2017-10-10 13:42] - First\n[2017-10-10 13:50] - Next\n",
        "# T\n\n## Timeline\n\n- 13:42 - First\n- 13:50 - Next\n",
    ):
        r = postmortem.parse(doc)
        r.timeline.events[0].text = text
        out = postmortem.dumps(r)
        assert [e.text for e in postmortem.parse(out).timeline.events] == [text, "Next"], out
        assert out.endswith(" - Next\n")


def test_a_keyed_action_of_several_lines_stays_one_item() -> None:
    # Seed 001's "* **Action Item:** ...": a continuation line was read as an item of its own,
    # and the key as part of the text; then the text was written on one line.
    text = (
        "# Outage\n\n## Action Items\n\n- Create monitoring so that the on-call is paged\n"
        "  ([#12829](https://example.com/12829))\n- Write a process for new members\n"
    )
    r = postmortem.parse(text)
    there = convert(r, "memo")[0]
    # Its lines go on under the item's marker, and read back as the item's text.
    assert "* **Action Item:** Create monitoring so that the on-call is paged\n  ([#12829]" in there
    back = postmortem.parse(there)
    assert [a.description for a in back.action_items] == [a.description for a in r.action_items]


@pytest.mark.parametrize("style", STYLES)
def test_a_carried_line_ending_in_a_colon_is_kept(style: str) -> None:
    # A lead-in ("This is confirmed soon after:") and a code block's lines ("balances:") are
    # the report's words, not keys left with no value: they were dropped from carried text.
    text = (
        "# Outage\n\n## Summary\n\nThe ledger was wrong.\n\n## Field notes\n\n"
        "Before attempting any option:\n\n- stop the node\n\nThe query we ran gave:\n\n"
        "```yaml\nbalances:\n- amount: 3\npagination:\n```\n\n- **Owner:**\n"
    )
    r = postmortem.parse(text)
    out, notes = convert(r, style)
    for line in ("Before attempting any option:", "The query we ran gave:"):
        assert line in out
    assert "```yaml\nbalances:\n- amount: 3\npagination:\n```" in out
    assert "- **Owner:**" not in out  # a key left with no value is no text of the report
    assert any("Field notes" in n for n in notes)


@pytest.mark.parametrize("style", SEED_STYLES)
def test_a_templates_example_values_are_not_the_reports(style: str) -> None:
    # Where the report has no value, a template's example stays a slot to fill: "**Total
    # Duration**: 1 hour 30 minutes", "Factor 1: `[Description]`", "Describe how the incident
    # was resolved. [e.g., ...]" read back as the report's duration, causes and resolution.
    text = (
        "# Cache outage\n\n**Date:** 2024-03-05\n\n## Summary\n\nThe cache tier was down.\n\n"
        "## Timeline\n\n- 10:00 Alert fires\n- 10:20 Cache restarted\n"
    )
    r = postmortem.parse(text)
    there = postmortem.parse(convert(r, style)[0])
    for path, kind in FIELD_KINDS.items():
        if path == "title" or kind == "dict":
            continue
        assert get_path(there, path) == get_path(r, path), path
    assert there.title == r.title
    assert [sm.duration for sm in there.stated_metrics if sm.duration is not None] == []
    assert there.resolution.steps == []
    assert there.placeholders  # the slots are still there to fill


@pytest.mark.parametrize("style", STYLES)
def test_a_report_with_no_title_gets_none(style: str) -> None:
    # The template's title ("Post-Mortem Template", the canonical "Post-mortem") was given to
    # a report that has none; it stays a slot to fill, which reads as no title.
    r = postmortem.parse(
        "**Date:** 2024-03-05\n\n## Summary\n\nThe cache tier was down.\n\n"
        "## Timeline\n\n- 10:00 Alert fires\n- 10:20 Cache restarted\n"
    )
    assert r.title is None
    out = convert(r, style)[0]
    assert postmortem.parse(out).title is None
    assert "title" in {p.path for p in postmortem.parse(out).placeholders}


@pytest.mark.parametrize(
    ("value", "slot"),
    [
        ("Factor 1: [Description and why it contributed]", True),
        ("✅ [Positive 1]\n- [Details]", True),
        ("All-hands update: [Date/Time]", True),
        ("Describe how the incident was resolved. [e.g., system restored]", True),
        ("Postmortem Report: [Incident Name]", True),
        ("See [PR 123] for details", False),
        ("We fixed the [cache] layer", False),
        ("Factor 1: the cache [see PR 12]", False),
    ],
)
def test_slots_under_labels_are_slots(value: str, slot: bool) -> None:
    assert is_placeholder(value) is slot


def test_a_field_the_style_has_no_slot_for_is_carried() -> None:
    # Seed 002 has no "Where we got lucky": the typed list is carried as a section, so it
    # comes back.
    text = (
        "# Outage\n\n## Lessons Learned\n\n- **Where We Got Lucky:**\n"
        "  - Someone who knew the disks was around\n"
    )
    r = postmortem.parse(text)
    there = convert(r, "tabular")[0]
    back = postmortem.parse(convert(postmortem.parse(there), "canonical")[0])
    assert back.lessons.lucky == ["Someone who knew the disks was around"]


def test_an_event_with_no_time_keeps_its_place() -> None:
    # A label as written ("Later") opens no "Time - Event" line of seed 001: "???" does.
    text = (
        "# Token leak\n\n## Timeline\n\n| Time | Event |\n| --- | --- |\n"
        "| Later | Token created |\n| 2023-03-03 | Image pushed |\n"
    )
    back, _there = _trip(text, "memo")
    assert [e.text for e in back.timeline.events] == ["Token created", "Image pushed"]
