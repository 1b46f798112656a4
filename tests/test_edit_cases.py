"""Each edit that read back wrong before (issue 13, "Why"), as a small document of that shape."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys

import attrs
import pytest

import postmortem
from postmortem import ActionStatus, Severity, SeverityLevel, TimelineEvent
from postmortem.metrics import metrics
from postmortem.styles import convert

from conftest import CORPUS_DIR, ROOT, changed_lines

UTC = dt.timezone.utc


def _round(r: postmortem.Report) -> tuple[str, postmortem.Report]:
    out = postmortem.dumps(r)
    return out, postmortem.parse(out)


def test_nested_bullet_under_a_bold_label_marked_done() -> None:
    text = (
        "# Report\n\n- **Review actions**:\n"
        "  - Create guidance about internal traffic\n"
        "  - Change the alarm to high priority\n"
    )
    r = postmortem.parse(text)
    assert [a.status for a in r.action_items] == [ActionStatus.UNKNOWN] * 2
    r.action_items[1].status = ActionStatus.DONE
    out, again = _round(r)
    assert "  - [x] Change the alarm to high priority\n" in out
    assert again.action_items[1].status is ActionStatus.DONE
    assert again.action_items[1].description == "Change the alarm to high priority"
    assert again == r


HEADINGS = (
    "# Report\n\n## Timeline\n\n"
    "### 2021-06-30 06:17\n\nSomeone suggests posting in another channel.\n\n\n"
    "### 2021-06-30 10:33\n\nCredit added; deploys work again.\n\n\n"
    "## Lessons\n\nKeep credit on the account.\n"
)


def test_event_appended_to_heading_entries_keeps_its_text() -> None:
    r = postmortem.parse(HEADINGS)
    r.timeline.events.append(TimelineEvent(dt.datetime(2021, 6, 30, 11, 5), "All clear given."))
    out, again = _round(r)
    assert "### 2021-06-30 11:05\n\nAll clear given.\n" in out
    assert again.timeline.events[-1].text == "All clear given."
    assert [s.title for s in again.sections[0].subsections][-1] == "Lessons" or any(
        s.title == "Lessons" for s in again.all_sections()
    )
    assert again == r
    changed, _ = changed_lines(HEADINGS, out)
    assert not changed


MULTI = (
    "# Report\n\n**Date:** 2019-01-23\n\nAll times PST.\n\n## Timeline\n\n"
    "- 8:30 AM: the config is pushed and hook starts failing to load it, which\n"
    "           nobody notices for a while.\n"
    "- 8:36 AM: the mailing list is notified of the outage, fixed status,\n"
    "           and potential impact.\n\n"
    "## Lessons\n\nNone.\n"
)


def test_event_appended_after_multi_line_entries_carries_nothing_of_theirs() -> None:
    r = postmortem.parse(MULTI)
    last = r.timeline.events[-1]
    assert last.at is not None
    r.timeline.events.append(
        TimelineEvent(last.at + dt.timedelta(minutes=9), "Status page updated,\nagain.")
    )
    out, again = _round(r)
    assert "- 8:45 AM: Status page updated,\n           again.\n" in out
    assert "notified" not in out.split("8:45 AM")[1]
    assert again == r


def test_bold_entries_keep_their_closing_marks() -> None:
    text = (
        "# Report\n\n**Date:** 2019-10-21\n\n## Timeline\n\n"
        "- **00:55: crate builds started failing**\n"
        "- **01:38: alerts fired for the website being down, someone\n"
        "  (backup contact) got paged**\n"
        "- **18:15 UTC** - Manual configuration changes deployed\n"
    )
    r = postmortem.parse(text)
    day = r.timeline.events[0].at
    assert day is not None
    # A new entry is written like the sibling it goes before: here the bold entry of two lines.
    r.timeline.events.insert(1, TimelineEvent(day.replace(hour=1, minute=6), "Builds retried"))
    r.timeline.events[3].at = day.replace(hour=18, minute=16)
    out, again = _round(r)
    assert "- **01:06: Builds retried**\n" in out
    assert "- **18:16 UTC** - Manual configuration changes deployed\n" in out
    assert again == r


def test_a_new_entry_says_about_when_its_time_is_approximate_only() -> None:
    text = (
        "# Report\n\n**Date:** 2024-09-30\n\n## Timeline\n\n| Time | Event |\n|---|---|\n"
        "| ~4:30 AM | Routine deploy |\n| ~8:20-8:25 AM | Styling breaks |\n"
        "| 8:34 AM | Fresh deploy fixes it |\n"
    )
    r = postmortem.parse(text)
    day = dt.datetime(2024, 9, 30)
    r.timeline.events.insert(2, TimelineEvent(day.replace(hour=8, minute=27), "Rollback tried",
                                              approximate=True))  # fmt: skip
    r.timeline.events.insert(1, TimelineEvent(day.replace(hour=7, minute=55), "Cache changed"))
    out, again = _round(r)
    assert re.search(r"\| ~0?8:27 AM +\| Rollback tried +\|", out), out
    assert re.search(r"\| 0?7:55 AM +\| Cache changed +\|", out), out
    assert again == r


DAYS = "# Report\n\n**Date:** 2024-05-02\n\n## Timeline\n\n- 00:30 Disk fills up\n- 01:00 Paged\n"


def test_events_on_another_day_read_back_on_their_day() -> None:
    r = postmortem.parse(DAYS)
    first = r.timeline.events[0].at
    assert first == dt.datetime(2024, 5, 2, 0, 30)
    r.timeline.events.insert(0, TimelineEvent(dt.datetime(2024, 5, 1, 23, 50), "Job starts"))
    r.timeline.events.append(TimelineEvent(dt.datetime(2024, 5, 3, 0, 10), "Closed"))
    _out, again = _round(r)
    assert [e.at for e in again.timeline.events] == [e.at for e in r.timeline.events]
    assert again == r


def test_an_event_in_another_zone_is_written_in_the_reports_zone() -> None:
    text = "# Report\n\nAll times in UTC.\n\n## Timeline\n\n- 2024-05-01 14:05 UTC Alert\n"
    r = postmortem.parse(text)
    pst = dt.timezone(dt.timedelta(hours=-7))
    r.timeline.events.append(TimelineEvent(dt.datetime(2024, 5, 1, 8, 0, tzinfo=pst), "Fixed"))
    out, again = _round(r)
    assert "- 2024-05-01 15:00 UTC Fixed" in out
    assert again.timeline.events[-1].at == dt.datetime(2024, 5, 1, 15, 0, tzinfo=UTC)


def test_time_only_event_is_written_with_its_time() -> None:
    r = postmortem.parse(DAYS)
    r.timeline.events.append(TimelineEvent(None, "Rolled back", time=dt.time(1, 20)))
    out, again = _round(r)
    assert "- 01:20 Rolled back\n" in out and "???" not in out
    assert again.timeline.events[-1].at == dt.datetime(2024, 5, 2, 1, 20)


def test_at_date_and_time_are_one_fact() -> None:
    ev = TimelineEvent(dt.datetime(2024, 5, 1, 14, 5, tzinfo=UTC), "Alert")
    assert (ev.date, ev.time) == (dt.date(2024, 5, 1), dt.time(14, 5))
    ev.at = dt.datetime(2024, 5, 2, 9, 0, tzinfo=UTC)
    assert (ev.date, ev.time) == (dt.date(2024, 5, 2), dt.time(9, 0))
    ev.time = dt.time(10, 30)
    assert ev.at == dt.datetime(2024, 5, 2, 10, 30, tzinfo=UTC)
    ev.date = dt.date(2024, 5, 3)
    assert ev.at == dt.datetime(2024, 5, 3, 10, 30, tzinfo=UTC)
    # Values passed with an instant that contradict it give way to it.
    other = TimelineEvent(ev.at, "Alert", time=dt.time(1, 0), date=dt.date(2000, 1, 1))
    assert other == ev


def test_report_built_in_code_reads_back_equal() -> None:
    r = postmortem.Report(title="Checkout outage")
    r.timeline = postmortem.Timeline(
        [
            TimelineEvent(dt.datetime(2024, 5, 1, 14, 5, tzinfo=UTC), "Alert fires"),
            TimelineEvent(dt.datetime(2024, 5, 1, 14, 40, tzinfo=UTC), "Rollback done"),
        ],
        timezone="UTC",
    )
    r.action_items = [postmortem.ActionItem("Add a canary stage", owner="Kim Lee")]
    assert postmortem.parse(postmortem.dumps(r)) == r


def test_docs_editing_example_runs() -> None:
    page = (ROOT / "docs" / "editing.md").read_text(encoding="utf-8")
    block = page.split("## Building a report in code", 1)[1]
    code = re.search(r"```python\n(.*?)```", block, re.S)
    assert code is not None
    exec(compile(code.group(1), "docs/editing.md", "exec"), {})  # our own docs, not a report


YAML_FM = (
    "---\ntitle: Unplanned outage\ndate: 2021-12-08 14:43:00\n"
    "# Possible severity levels: down, disrupted, notice\n"
    "severity: down  # as shown on the status page\nresolved: true\n"
    "affected:\n  - mataroa.blog\n---\n\nThe certificate expired.\n"
)


def test_severity_in_yaml_front_matter_is_edited_in_place() -> None:
    r = postmortem.parse(YAML_FM)
    assert r.metadata.severity is not None
    r.metadata.severity = Severity(SeverityLevel.LOW)
    out, again = _round(r)
    assert "Severity:**" not in out
    assert "severity: Low  # as shown on the status page\n" in out
    assert changed_lines(YAML_FM, out) == ({5}, [])
    assert again == r


def test_front_matter_lists_title_and_data_are_edited_in_place() -> None:
    r = postmortem.parse(YAML_FM)
    r.title = "Planned: outage"
    r.metadata.affected_services = ["mataroa.blog", "status page"]
    assert r.front_matter is not None
    r.front_matter.data["resolved"] = False
    out, again = _round(r)
    assert out.startswith("---\ntitle: 'Planned: outage'\n")
    assert "affected:\n  - mataroa.blog\n  - status page\n---" in out
    assert "resolved: false\n" in out
    assert again == r
    assert again.front_matter is not None and again.front_matter.data["resolved"] is False


def test_toml_front_matter_is_edited_in_place() -> None:
    text = '+++\ntitle = "Outage" # short\nseverity = "high"\n+++\n\nText.\n'
    r = postmortem.parse(text)
    r.metadata.severity = Severity(SeverityLevel.LOW)
    r.title = "Outage of the API"
    out, again = _round(r)
    assert out == '+++\ntitle = "Outage of the API" # short\nseverity = "Low"\n+++\n\nText.\n'
    assert again == r


NIKOLA = (
    "<!--\n.. title: Server outage\n.. slug: server-outage\n.. date: 2016-12-22 01:00:00\n"
    ".. tags: Outages\n.. author: Martin Wimpress\n-->\n\nThe server went offline.\n"
)


def test_nikola_comment_metadata_is_read_and_edited_in_place() -> None:
    # Nikola writes a Markdown post's metadata as reStructuredText fields in a comment.
    r = postmortem.parse(NIKOLA)
    assert r.title == "Server outage"
    assert r.metadata.date == dt.date(2016, 12, 22)
    assert r.metadata.authors == ["Martin Wimpress"]
    assert postmortem.dumps(r) == NIKOLA
    r.title = "Server outage --> fixed\nlater"
    assert r.front_matter is not None
    del r.front_matter.data["slug"]
    r.front_matter.data["category"] = "infra"
    out, again = _round(r)
    assert out == NIKOLA.replace(".. slug: server-outage\n", "").replace(
        ".. title: Server outage\n", ".. title: Server outage -- > fixed later\n"
    ).replace("Wimpress\n-->", "Wimpress\n.. category: infra\n-->")
    assert again.title == "Server outage -- > fixed later"


def test_a_leading_comment_of_prose_is_no_metadata() -> None:
    text = "<!--\n.. title: Outage\nWrite the summary here.\n-->\n\n# Outage\n"
    r = postmortem.parse(text)
    assert r.front_matter is None and r.title == "Outage"


def test_new_metadata_goes_to_the_front_matter_that_holds_it() -> None:
    r = postmortem.parse(YAML_FM)
    r.metadata.authors = ["Kim Lee"]
    out, again = _round(r)
    assert "\nauthors:\n  - Kim Lee\n---" in out
    assert again == r


REPORT_25 = CORPUS_DIR / "25-rust-cratesio-broken-downloads-2023-07.md"


def test_convert_to_canonical_keeps_sections_without_a_slot() -> None:
    r = postmortem.load(REPORT_25)
    out, notes = convert(r, "canonical")
    for title in ("Leadup", "Root cause identification: The Five Whys", "Root causes"):
        assert f"## {title}\n" in out
        assert any(repr(title) in n for n in notes)
    # Every line of those sections is in the output: typed values in the style's slots, the
    # rest in the carried-over sections.
    words = " ".join(re.findall(r"\w+", out.casefold()))
    for title in ("Five Whys", "Lessons learned", "Leadup", "Root causes"):
        sec = next(s for s in r.all_sections() if title in s.title)
        assert sec.content.strip()
        for line in sec.content.splitlines():
            assert " ".join(re.findall(r"\w+", line.casefold())) in words, line


def test_convert_command_says_what_it_carried_over() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "postmortem", "convert", str(REPORT_25), "--style", "canonical"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0
    assert "Leadup" in proc.stdout
    assert "'Leadup'" in proc.stderr and "carried over" in proc.stderr


# -- Mechanisms behind the corpus edits that failed after the first round (issue 13) ----------


def _local(text: str, r: postmortem.Report) -> tuple[str, postmortem.Report, set[int]]:
    out, again = _round(r)
    changed, _ = changed_lines(text, out)
    return out, again, changed


RECOVERY = (
    "# Report\n\n## Recovery and lessons\n\n"
    "The issue resolved itself once traffic dropped. Going forward, we will do the "
    "following:\n\n- We will add monitoring for replica lag.\n"
    "- We will raise the rate limits.\n\nThat is all.\n"
)


def test_an_action_list_is_not_also_a_field_text() -> None:
    r = postmortem.parse(RECOVERY)
    assert r.resolution.text == "The issue resolved itself once traffic dropped."
    assert len(r.action_items) == 2
    r.action_items[0].description = "We will page on replica lag."
    _out, again, changed = _local(RECOVERY, r)
    assert again == r and changed == {7}
    r = postmortem.parse(RECOVERY)
    r.resolution.text = "It recovered on its own."
    _out, again, changed = _local(RECOVERY, r)
    assert again == r and again.resolution.text == "It recovered on its own."
    assert len(again.action_items) == 2 and changed == {5}


ZONE_IN_SUMMARY = (
    "# Disk full\n\n**Date:** 2022-12-13\n\n## Summary\n\nAt 18:52 UTC the root disk filled "
    "up.\n\n## Timeline\n\n- 18:53 Alert fires\n- 19:10 Logs rotated\n"
)


def test_editing_the_prose_that_gave_the_zone_keeps_the_zone() -> None:
    r = postmortem.parse(ZONE_IN_SUMMARY)
    assert r.timeline.timezone == "UTC"
    assert r.timeline.events[0].at == dt.datetime(2022, 12, 13, 18, 53, tzinfo=UTC)
    r.summary.text = "The root disk filled up."
    out, again, changed = _local(ZONE_IN_SUMMARY, r)
    assert again == r and changed == {7}
    assert "All times are in UTC." in out


ZONE_OVER_HEADING_ENTRIES = (
    "---\ntitle: Disk full\ndate: 2025-12-28\n---\n\n"
    "Starting at 01:21 (all times are UTC) on the 26th of December 2025, the disk filled up.\n\n"
    "# 27/12 @ 20:28 - Homepage down\n\nThe homepage was offline.\n\n"
    "# 27/12 @ 21:34 - Server stopped\n\nThe game server went offline.\n"
)


def test_a_zone_stated_again_goes_before_heading_entries_not_into_the_first() -> None:
    # Each entry is a heading with its text under it (CS++'s post-mortem): the statement
    # of the zone goes before the first entry; under its heading it joined the entry's text.
    r = postmortem.parse(ZONE_OVER_HEADING_ENTRIES)
    assert r.timeline.timezone == "UTC" and len(r.timeline.events) == 2
    r.summary.text = "The disk filled up."
    out, again, _changed = _local(ZONE_OVER_HEADING_ENTRIES, r)
    assert again == r
    assert again.timeline.events[0].text == "The homepage was offline."
    assert "All times are in UTC.\n\n# 27/12 @ 20:28" in out


BR = (
    "# Report\n\n## Timeline\n\n"
    "21:20 - First e-mail is sent.<br> 21:42 - A user tweets:\n"
    "https://example.com/t/1<br> 23:54 - The first report arrives.<br>\n"
    "23:58 - Fix lands.\n"
)


def test_entries_joined_by_br_keep_their_neighbours_lines() -> None:
    r = postmortem.parse(BR)
    assert len(r.timeline.events) == 4
    del r.timeline.events[1]
    out, again, changed = _local(BR, r)
    assert again == r and changed == {5, 6}
    assert "First e-mail is sent.<br> 23:54 - The first report" in out
    r = postmortem.parse(BR)
    last = r.timeline.events[-1]
    r.timeline.events.append(TimelineEvent(last.at, "All clear."))
    out, again, changed = _local(BR, r)
    assert again == r and not changed


def test_a_status_said_by_the_words_survives_new_words() -> None:
    text = (
        "# Report\n\n## Prevention\n\n- Already added the fix for the route.\n"
        "- Already ran the restore script.\n- We should let users delete the defaults.\n"
    )
    r = postmortem.parse(text)
    assert r.action_items[0].status is ActionStatus.DONE
    r.action_items[0].description = "Route deletion is now guarded."
    out, again, changed = _local(text, r)
    assert again == r and changed == {5}
    assert "- Route deletion is now guarded. (done)\n" in out


def test_a_new_row_repeats_the_siblings_words_for_a_shared_value() -> None:
    text = (
        "# Report\n\n## Action Items\n\n"
        "Status | Action Item | Owner\n---: | --- | ---:\n"
        "🔄 | Improve alerts for stale data | Data Analyst\n"
    )
    r = postmortem.parse(text)
    r.action_items.insert(0, attrs_evolve(r.action_items[0], description="Add a runbook"))
    out, again, changed = _local(text, r)
    assert again == r and not changed
    assert "🔄 | Add a runbook" in out


def test_a_status_after_a_paragraph_item_is_read_back() -> None:
    text = (
        "# Report\n\n## Follow-up\n\nThe monitoring system should notify more people.\n"
        "(filed #133509)\n\nWe should expand the approvers. (added Dart team members)\n"
    )
    r = postmortem.parse(text)
    assert len(r.action_items) == 2
    r.action_items[1].status = ActionStatus.OPEN
    _out, again, changed = _local(text, r)
    assert again == r and changed == {8}


def attrs_evolve(item: postmortem.ActionItem, **changes: object) -> postmortem.ActionItem:
    import attrs

    return attrs.evolve(item, _origin=None, **changes)  # type: ignore[arg-type]


def test_a_paragraph_item_whose_words_are_no_action_is_labelled() -> None:
    # Paragraphs are action items here because each is phrased as one; an item written with
    # other words is labelled "Action item:", or the whole section would read as prose.
    text = (
        "# Report\n\n## Action Items\n\n"
        "Investigate together with the Rails community why the marshalling changed.\n\n"
        "Investigate how we can test the cache store (#9362)\n"
    )
    r = postmortem.parse(text)
    assert len(r.action_items) == 2
    r.action_items[0].description = "Rails marshalling, with upstream"
    r.action_items.append(attrs_evolve(r.action_items[1], description="A cache store test"))
    out, again, changed = _local(text, r)
    assert again == r and changed == {5}
    assert "Action item: Rails marshalling, with upstream\n" in out
    assert out.endswith("(#9362)\n\nAction item: A cache store test\n")


def test_a_status_said_by_a_paragraphs_outcome_survives_new_words() -> None:
    text = (
        "# Report\n\n## Follow-up\n\nThe monitoring system should notify more people.\n\n"
        "We should expand the approvers. (added Dart team members)\n"
    )
    r = postmortem.parse(text)
    assert r.action_items[1].status is ActionStatus.DONE
    r.action_items[1].description = "We should add approvers in other time zones."
    out, again, changed = _local(text, r)
    assert again == r and changed == {7}
    assert "time zones. (done)\n" in out


def test_a_pipe_in_a_table_cell_reads_back_as_a_pipe() -> None:
    # GFM writes a pipe inside a cell as "\|": read as the pipe it is, the text survives being
    # written into a table and read back (it grew a backslash at each round before).
    text = (
        "# Report\n\n## Timeline\n\n| Time | Event |\n| --- | --- |\n"
        "| 10:00 | ran `ps aux \\| grep exe` |\n\n## Action Items\n\n"
        "| Action | Owner |\n| --- | --- |\n| Alert on `a \\| b` | Kim |\n"
    )
    r = postmortem.parse(text)
    assert r.timeline.events[0].text == "ran `ps aux | grep exe`"
    assert r.action_items[0].description == "Alert on `a | b`"
    r.timeline.events[0].text = "ran `ps | wc -l`"
    out, again, changed = _local(text, r)
    assert "| 10:00 | ran `ps \\| wc -l` |" in out
    assert again == r and changed == {7}


PIPE_AND_OWNER = (
    "# Report\n\n## Action Items\n\n| Action | Status |\n| --- | --- |\n"
    "| Split on `a \\| b` (owner: alice) | Open |\n"
    "| Parse x \\| y \\| z (owner: carol, due: 2024-06-01) | Open |\n"
)


def test_an_owner_after_an_escaped_pipe_in_a_cell_keeps_its_place() -> None:
    # A "\|" in the cell is read as a pipe; the "(owner: ...)" after the text was cut from the
    # text read, so the description's span ended one character short per "\|" and an edit
    # wrote over the suffix's first characters ("(owner: dave)b (owner: alice)").
    r = postmortem.parse(PIPE_AND_OWNER)
    assert [(a.description, a.owner) for a in r.action_items] == [
        ("Split on `a | b`", "alice"),
        ("Parse x | y | z", "carol"),
    ]
    o = r.action_items[1]._origin
    assert o is not None
    span = o.field_span("description")
    assert span is not None and PIPE_AND_OWNER[span[0] : span[1]] == "Parse x \\| y \\| z"


def test_editing_a_row_with_an_escaped_pipe_and_an_owner_changes_only_that() -> None:
    cases = [
        (0, "owner", "dave", "| Split on `a \\| b` (owner: dave) | Open |"),
        (0, "owner", None, "| Split on `a \\| b` | Open |"),
        (0, "status", ActionStatus.DONE, "| Split on `a \\| b` (owner: alice) | Done |"),
        (0, "description", "Split on `a | c`", "| Split on `a \\| c` (owner: alice) | Open |"),
        (1, "owner", "dave", "| Parse x \\| y \\| z (owner: dave, due: 2024-06-01) | Open |"),
        (1, "owner", None, "| Parse x \\| y \\| z (due: 2024-06-01) | Open |"),
        (1, "due", dt.date(2025, 1, 2), "| Parse x \\| y \\| z (owner: carol, due: 2025-01-02) |"),
    ]
    for i, name, value, line in cases:
        r = postmortem.parse(PIPE_AND_OWNER)
        setattr(r.action_items[i], name, value)
        out, again, changed = _local(PIPE_AND_OWNER, r)
        assert line in out, (name, value, out)
        assert again == r, (name, value, out)
        assert changed == {7 + i}, (name, value, out)


def test_a_status_after_an_item_is_not_its_owner_suffix() -> None:
    # "- Parse x (owner: carol, due: ...)": a new status said after the text replaced the
    # values said there as if they were the old status ("(in progress)"): owner and due lost.
    # After a box added for it, a status other than done or open was kept as text.
    text = "# Report\n\n## Action Items\n\n- Parse x (owner: carol, due: 2024-06-01)\n- Ship y\n"
    for i in (0, 1):
        for status in (ActionStatus.IN_PROGRESS, ActionStatus.DONE, ActionStatus.WONT_DO):
            r = postmortem.parse(text)
            r.action_items[i].status = status
            out, again, changed = _local(text, r)
            assert again == r and changed == {5 + i}, out
    r = postmortem.parse(text)
    r.action_items[0].owner = None
    out, again, changed = _local(text, r)
    assert "- Parse x (due: 2024-06-01)\n" in out and again == r


def test_a_br_in_a_table_cell_is_a_line_break_of_the_text() -> None:
    # A cell holds one line: "<br>" (any spelling, any case) is how a line break goes into one
    # (GitHub renders it so). The record's text has the break; the document stays as written.
    text = (
        "# Report\n\n## Timeline\n\n| Time | Event |\n| --- | --- |\n"
        "| 10:00 | Alert fires<br>on the queue |\n| 10:20 | Cache <BR /> restarted |\n"
        "| 10:30 | Error:<br>```<br>Broken pipe<br>``` |\n| 10:40 | Restored<br/> |\n\n"
        "## Action Items\n\n| Action | Owner | Status |\n| --- | --- | --- |\n"
        "| Add an alert<br />on depth | Kim | Done |\n"
    )
    r = postmortem.parse(text)
    assert [e.text for e in r.timeline.events] == [
        "Alert fires\non the queue",
        "Cache\nrestarted",
        "Error:\n```\nBroken pipe\n```",  # a code block, as the writer writes one in a cell
        "Restored",  # a break closing the cell parts nothing
    ]
    assert [(a.description, a.owner, a.status) for a in r.action_items] == [
        ("Add an alert\non depth", "Kim", ActionStatus.DONE)
    ]
    assert postmortem.dumps(r) == text


def test_a_line_break_in_a_text_is_written_br_in_a_table_cell() -> None:
    text = (
        "# Report\n\n## Timeline\n\n| Time | Event |\n| --- | --- |\n| 10:00 | Alert fires |\n\n"
        "## Action Items\n\n| Action | Owner |\n| --- | --- |\n| Add an alert | Kim |\n"
    )
    r = postmortem.parse(text)
    r.timeline.events[0].text = "Alert fires | pager:\n```\nqueue full\n```"
    r.action_items[0].description = "Add an alert\non depth"
    r.action_items.append(attrs.evolve(r.action_items[0], description="Page\nthe owner"))
    out, again, changed = _local(text, r)
    assert changed == {7, 13}  # the row edited in each table (the new row is added)
    assert "| 10:00 | Alert fires \\| pager:<br>```<br>queue full<br>``` |" in out
    assert "| Add an alert<br>on depth | Kim |" in out
    assert "| Page<br>the owner" in out
    assert again == r
    assert [a.description for a in again.action_items] == [
        "Add an alert\non depth",
        "Page\nthe owner",
    ]


# -- the edits the corpus property excused before (issue 13: 16 known failures) -------------

KEY_EVENTS = (
    "# Post-Mortem Report: Checkout outage\n\n## Timeline\n\n"
    "### Detection\n- **Time:** 2024-04-12 09:20 UTC\n- **Method:** Error-rate alert\n\n"
    "### Response\n- **Time:** 2024-04-12 09:24 UTC\n"
    "- **Actions Taken:** Paused the deploy pipeline\n"
    "- **Escalation:** Paged the database team\n\n"
    "### Resolution\n- **Time:** 2024-04-12 10:01 UTC\n- **Resolution Method:** Rolled back\n"
)


def test_a_reworded_key_event_keeps_the_milestone_its_heading_named() -> None:
    r = postmortem.parse(KEY_EVENTS)
    ev = r.timeline.events[1]
    assert (ev.text, ev.milestone) == ("Response", postmortem.Milestone.ACKNOWLEDGED)
    ev.text = "Paged the database team"
    out, again = _round(r)
    assert "### Response: Paged the database team\n" in out
    assert again == r
    # A milestone changed on its own is written in the heading too.
    again.timeline.events[1].milestone = postmortem.Milestone.MITIGATED
    out, back = _round(again)
    assert "### Mitigation: Paged the database team\n" in out
    assert back == again


def test_a_deleted_key_event_leaves_the_fields_its_block_held() -> None:
    r = postmortem.parse(KEY_EVENTS)
    assert r.response.actions == ["Paused the deploy pipeline"]
    del r.timeline.events[1]
    out, again = _round(r)
    changed, _ = changed_lines(KEY_EVENTS, out)
    assert changed == {10}  # the Time line only; the heading stays over its fields
    assert again.response.escalation == "Paged the database team"
    assert again == r


RESTATED = (
    "# Report\n\n## Action Items\n\n"
    "| ID  | Action                            | Owner      | Status      |\n"
    "| --- | --------------------------------- | ---------- | ----------- |\n"
    "| 1   | Add load test for search releases | Tom Becker | In Progress |\n"
    "| 2   | Alert on pool saturation          | Yuki Sato  | Done        |\n\n"
    "### Action Categories\n\n"
    "**Prevent Recurrence** (Stop this specific issue):\n"
    "- [ ] Load tests for every search release (owner: Tom Becker)\n\n"
    "**Improve Detection** (Find issues faster):\n"
    "- [x] Pool saturation alert (owner: Yuki Sato)\n"
)


def test_an_item_restated_by_category_is_reworded_in_both_places() -> None:
    r = postmortem.parse(RESTATED)
    assert [a.category for a in r.action_items] == ["Prevent Recurrence", "Improve Detection"]
    r.action_items[1].description = "Page on connection pool saturation"
    out, again = _round(r)
    assert "- [x] Page on connection pool saturation (owner: Yuki Sato)\n" in out
    assert again == r
    changed, _ = changed_lines(RESTATED, out)
    assert changed == {8, 16}


def test_a_new_item_is_restated_under_its_category() -> None:
    r = postmortem.parse(RESTATED)
    new = postmortem.ActionItem("Shed recommendation traffic first", category="Improve Detection")
    r.action_items.insert(0, new)
    out, again = _round(r)
    assert "- [x] Pool saturation alert (owner: Yuki Sato)\n- [ ] Shed recommendation" in out
    assert again == r
    assert not changed_lines(RESTATED, out)[0]


TYPO_DAY = (
    "---\ntitle: Docker dies on a few nodes\ndate: 2017-10-10\n---\n\n"
    "## Summary\n\nOn Oct 10, 2017, some user pods were not starting.\n\n## Timeline\n\n"
    "### 2017-05-09 10:45a\n\nA report said two students couldn't start their servers.\n\n"
    "### 12:29p\n\nThe user pods were stuck in Terminating state.\n\n"
    "### 13:27\n\nThe node was cordoned.\n"
)


def test_an_entry_added_before_a_mistyped_first_day_shares_the_typo() -> None:
    r = postmortem.parse(TYPO_DAY)
    first, *rest = r.timeline.events
    assert first.flag and [e.date for e in rest] == [dt.date(2017, 10, 10)] * 2
    r.timeline.events.insert(0, attrs.evolve(first, text="Probe", _origin=None))
    _, again = _round(r)
    assert again == r
    assert [e.date for e in again.timeline.events[2:]] == [dt.date(2017, 10, 10)] * 2


def test_editing_the_prose_that_named_the_day_moves_only_entries_without_one() -> None:
    # What the API promises (docs/editing.md): an entry that writes no day of its own takes
    # the day the report names; an edit of that prose takes the evidence away.
    r = postmortem.parse(TYPO_DAY)
    r.summary.text = "Some user pods were not starting."
    _, again = _round(r)
    assert again.timeline.events[0] == r.timeline.events[0]
    assert [e.time for e in again.timeline.events] == [e.time for e in r.timeline.events]
    assert [e.date for e in again.timeline.events[1:]] == [dt.date(2017, 5, 9)] * 2


LEVEL_ONE = (
    "# 2024-03-12 Chain halt post-mortem\n\n# Incident summary\n\nThe chain halted.\n\n"
    "# Future plan\n\n## Fix the trie\n\nThe bug will be fixed.\n\n## Add tests\n\nFor deletion.\n"
)


def test_a_new_section_after_a_level_one_section_is_not_nested_under_it() -> None:
    r = postmortem.parse(LEVEL_ONE)
    items = [a.description for a in r.action_items]
    r.sections.append(postmortem.Section("Notes", level=2, content="\nA note.\n"))
    out, again = _round(r)
    assert out.endswith("\n\n# Notes\n\nA note.\n")
    assert [a.description for a in again.action_items] == items
    assert [s.title for s in again.sections][-1] == "Notes"
    assert again == r


WORDED_TITLE = (
    "## INCIDENT REPORT: cSwap Reward Distribution Failure\n\n"
    "## Date: 12th March 2023\n\n## Introduction\n\nRewards were zero.\n"
)


def test_a_title_told_by_its_wording_stays_the_title_when_reworded() -> None:
    r = postmortem.parse(WORDED_TITLE)
    assert r.title == "INCIDENT REPORT: cSwap Reward Distribution Failure"
    r.title = "Zero rewards"
    out, again = _round(r)
    assert out.startswith("# Zero rewards\n\n## Date: 12th March 2023\n")
    assert again.title == "Zero rewards" and again == r
    # A new title with the wording keeps the heading's level.
    r = postmortem.parse(WORDED_TITLE)
    r.title = "INCIDENT REPORT: zero rewards for farmers"
    out, again = _round(r)
    assert out.startswith("## INCIDENT REPORT: zero rewards for farmers\n")
    assert again == r


def test_a_long_front_matter_value_in_a_new_list_stays_yaml() -> None:
    names = "Esk ([@esk](https://hachyderm.io/@esk)), Sofi ([@soupglasses](https://hachyderm.io/@soupglasses)), and the team"  # noqa: E501
    text = f"---\ntitle: Redis exposed\nauthor: {names}\n---\n\n# Redis exposed\n\nText.\n"
    r = postmortem.parse(text)
    assert r.metadata.authors == [names]
    r.metadata.authors.append("Kris")
    out, again = _round(r)
    assert f"author:\n  - {names}\n  - Kris\n---\n" in out
    assert again == r


def test_a_list_in_front_matter_that_is_not_yaml_reads_back() -> None:
    text = (
        "---\ntitle: Die Rettung\nauthor: Erik Uden\nauthor_handle: @ErikUden@mastodon.de\n"
        "---\n\n# Die Rettung\n\nText.\n"
    )
    r = postmortem.parse(text)
    assert r.metadata.authors == ["Erik Uden"]
    r.metadata.authors.append("Kris")
    out, again = _round(r)
    assert "author:\n  - Erik Uden\n  - Kris\nauthor_handle:" in out
    assert again == r


PHASES = (
    "# Report\n\n## Timeline\n\n| Time (UTC) | Event | Phase |\n|---|---|---|\n"
    "| 2023-07-16 10:45 | Logs show Redis is read-only | Identify |\n"
    "| 2023-07-16 11:17 | Redis stopped, firewall back | Remediate |\n"
)


def test_a_phase_column_names_the_milestone_of_a_new_row() -> None:
    # The phase and the milestone are one fact in such a table (docs/editing.md).
    r = postmortem.parse(PHASES)
    assert [e.milestone for e in r.timeline.events] == [
        postmortem.Milestone.DETECTED, postmortem.Milestone.IMPACT_ENDED
    ]  # fmt: skip
    at = dt.datetime(2023, 7, 16, 10, 56, tzinfo=UTC)
    new = TimelineEvent(at, "Primary is an unknown host", phase="Identify", milestone=None)
    r.timeline.events.insert(1, new)
    _, again = _round(r)
    assert again.timeline.events[1].milestone is postmortem.Milestone.DETECTED
    new.milestone = postmortem.Milestone.DETECTED
    assert again == r


def test_an_entry_added_beside_a_range_in_words_has_no_end() -> None:
    text = (
        "# Report\n\n## Timeline\n\n### 2022-01-20 Between 14:00 and 14:30 UTC\n"
        "Packages upgraded.\n\n### 15:10 UTC\nBuilds fail.\n"
    )
    r = postmortem.parse(text)
    first = r.timeline.events[0]
    assert first.end is not None
    r.timeline.events.insert(0, attrs.evolve(first, text="Probe", end=None, _origin=None))
    out, again = _round(r)
    assert again.timeline.events[0].end is None
    assert again == r
    assert not changed_lines(text, out)[0]


def test_deleting_one_of_two_time_headings_under_a_day_title_leaves_one_entry() -> None:
    # bentasker's status log: the day is the title, each update a heading of its time.
    text = (
        "2021-06-22\n==========\n\nThe CDN's DNS failed.\n\n### 11:28 UTC\n\n"
        "Issues continue to be experienced.\n\n### 12:22 UTC\n\n"
        "Provider reports service has been restored.\n"
    )
    r = postmortem.parse(text)
    assert [e.at for e in r.timeline.events] == [
        dt.datetime(2021, 6, 22, 11, 28, tzinfo=UTC),
        dt.datetime(2021, 6, 22, 12, 22, tzinfo=UTC),
    ]
    del r.timeline.events[0]
    out, again = _round(r)
    assert "11:28" not in out
    assert [(e.at, e.text) for e in again.timeline.events] == [
        (
            dt.datetime(2021, 6, 22, 12, 22, tzinfo=UTC),
            "Provider reports service has been restored.",
        )
    ]
    # The same under a day's heading inside a report.
    inner = "# Status\n\n## 2021-06-22\n\n### 12:22 UTC\n\nService restored.\n"
    assert [e.at for e in postmortem.parse(inner).timeline.events] == [
        dt.datetime(2021, 6, 22, 12, 22, tzinfo=UTC)
    ]
    # A heading of words over one time heading is no timeline.
    assert not postmortem.parse(inner.replace("## 2021-06-22", "## Notes")).timeline.events


def test_deleting_the_one_action_over_a_paragraph_of_findings_leaves_none() -> None:
    # Prysm's testnet notes: one item, then what was found; "should not" there states a rule,
    # it commits to nothing.
    text = (
        "# Incident\n\n#### Action Items\n\n- Confirm finality roll back is normal\n\n"
        "Confirmed it's not normal. From Danny: the block at slot x+8 should not even be "
        "considered in the fork choice.\n\n#### Lessons Learned\n\nGraphs helped.\n"
    )
    r = postmortem.parse(text)
    assert [a.description for a in r.action_items] == ["Confirm finality roll back is normal"]
    del r.action_items[0]
    out, again = _round(r)
    assert "Confirm finality" not in out
    assert again.action_items == []


def test_deleting_one_of_two_updates_under_an_updates_line_leaves_one() -> None:
    # packit's cState files: "Updates:" over the stamped items, no heading anywhere.
    text = (
        "---\ntitle: Issues with the task execution\ndate: 2022-10-11T13:57+02:00\n---\n\n"
        "We are experiencing issues with the execution of the tasks.\n\nUpdates:\n\n"
        "- 12:24:02 UTC: We are slowly going through the queue.\n"
        "- 13:12:36 UTC: We went through the queue.\n"
    )
    r = postmortem.parse(text)
    assert len(r.timeline.events) == 2
    del r.timeline.events[1]
    out, again = _round(r)
    assert [e.text for e in again.timeline.events] == ["We are slowly going through the queue."]
    # Under any other line, one stamped item is no timeline.
    other = out.replace("Updates:", "Notes:")
    assert postmortem.parse(other).timeline.events == []


def test_updates_past_midnight_with_two_at_one_minute_stay_oldest_first() -> None:
    # dogsbodytech's cState updates "Update 23:35" then "Update 00:05": a probe inserted at
    # 23:35 made two updates share a minute, and the log read as newest first (00:05 before
    # 23:35 on the same day). A fall of more than half a day is the midnight of a log written
    # oldest first.
    text = (
        "---\ntitle: Connectivity issues\ndate: 2020-04-01T22:05:00+00:00\n---\n\n"
        "We are aware of connectivity issues.\n\n**Update 23:35:**  We have identified it\n\n"
        "**Update 00:05:**  Connectivity has remained stable.\n"
    )
    r = postmortem.parse(text)
    r.timeline.events.insert(0, TimelineEvent(at=r.timeline.events[0].at, text="Probe"))
    _, again = _round(r)
    # The front matter's date is written in UTC and the updates name no zone: theirs too.
    utc = dt.timezone.utc
    assert [e.at for e in again.timeline.events] == [
        dt.datetime(2020, 4, 1, 23, 35, tzinfo=utc),
        dt.datetime(2020, 4, 1, 23, 35, tzinfo=utc),
        dt.datetime(2020, 4, 2, 0, 5, tzinfo=utc),
    ]


def test_a_subsection_of_stated_lengths_under_the_timeline_is_no_key_event() -> None:
    # EddisonSo's s0 node failure: "### Resolution Time" holds "- **Time to detection:** ~13
    # hours": lengths the report states, not an event timed by a "Time:" key (a probe event
    # added after it copied the subsection).
    text = (
        "# s0 node failure\n\n## Timeline\n\n| Time (EST) | Event |\n|---|---|\n"
        "| 2026-01-24 12:12 | Issue discovered |\n| 2026-01-24 17:32 | **Site restored** |\n\n"
        "### Resolution Time\n\n- **Time to detection:** ~13 hours (overnight, no alerting)\n"
        "- **Total outage duration:** ~18 hours\n"
    )
    r = postmortem.parse(text)
    assert [e.text for e in r.timeline.events] == ["Issue discovered", "**Site restored**"]
    keyed = text.replace("- **Time to detection:** ~13 hours (overnight, no alerting)",
                         "- **Time:** 2026-01-24 17:40")  # fmt: skip
    assert len(postmortem.parse(keyed).timeline.events) == 3


def test_nikola_metadata_edits_that_cannot_be_written_say_so() -> None:
    r = postmortem.parse(NIKOLA)
    assert r.front_matter is not None
    r.front_matter.data["release notes"] = "x"
    with pytest.raises(ValueError, match="release notes"):
        postmortem.dumps(r)


def test_nikola_metadata_down_to_its_title_stays_metadata() -> None:
    text = "<!--\n.. title: Server outage\n.. author: Martin Wimpress\n-->\n\nDown.\n"
    r = postmortem.parse(text)
    r.metadata.authors = []
    again = postmortem.parse(postmortem.dumps(r))
    assert again.title == "Server outage" and again.metadata.authors == []


@pytest.mark.parametrize(
    ("text", "data"),
    [
        ("<!--\n.. title: A --> B\n.. date: 2020-01-01\n-->\n\nx\n", None),  # HTML closes it
        ("<!--\n.. title: A\n.. tags: a,b\n-->\n\nx\n", {"title": "A", "tags": ["a", "b"]}),
    ],
)
def test_nikola_metadata_is_read_as_html_and_nikola_do(text: str, data: object) -> None:
    fm = postmortem.parse(text).front_matter
    assert (fm.data if fm is not None else None) == data


DAY_ONLY = (
    "# Buckets\n\n## Timeline\n\n"
    "- 2022-01-10 11:26 - The team changes the proxy status.\n"
    "- 2022-03-17 - The Blue Team finds the problem.\n"
    "- 2022-03-21 10:36 - The Blue Team sends a report.\n"
)
DAY_LINE_ONLY = (
    "# Buckets\n\n## Timeline\n\n**January 10, 2022**\n\n11:26 - The team changes the proxy "
    "status.\n\n**March 17, 2022:**\n\nThe Blue Team finds the problem.\n\n"
    "**March 21, 2022:**\n\n10:36 - The Blue Team sends a report.\n"
)


@pytest.mark.parametrize("doc", [DAY_ONLY, DAY_LINE_ONLY])
def test_an_event_known_to_the_day_given_a_time_or_another_day_reads_back(doc: str) -> None:
    # Its time was written alone ("09:00 - ...") and read on the day before; a new day was
    # not written at all.
    r = postmortem.parse(doc)
    ev = r.timeline.events[1]
    assert ev.at is None and ev.date == dt.date(2022, 3, 17)
    ev.at, ev.time = dt.datetime(2022, 3, 17, 9, 0), dt.time(9, 0)
    _out, again, changed = _local(doc, r)
    assert again == r and again.timeline.events[1].at == dt.datetime(2022, 3, 17, 9, 0)
    assert len(changed) == 1
    r = postmortem.parse(doc)
    r.timeline.events[1].date = dt.date(2022, 3, 18)
    _out, again, changed = _local(doc, r)
    assert again == r and again.timeline.events[1].date == dt.date(2022, 3, 18)
    assert len(changed) == 1


def test_a_new_event_known_to_the_day_is_written_with_its_day() -> None:
    # It was written "???" (an unknown time), which reads back with no day.
    r = postmortem.parse(DAY_ONLY)
    r.timeline.events.append(
        postmortem.TimelineEvent(None, "The records are deleted.", date=dt.date(2022, 3, 23))
    )
    out, again, _changed = _local(DAY_ONLY, r)
    assert again == r and again.timeline.events[-1].date == dt.date(2022, 3, 23)
    assert out.endswith("- 2022-03-23 - The records are deleted.\n")


STATUS_HEADINGS = (
    '---\ntitle: "Unexpected downtime: networks down"\ndate: "2025-02-06"\n---\n\n'
    "## Investigating 2025-02-06 11:30p\n\nSeveral wired networks are down.\n\n"
    "## Resolved 2025-02-07 12:28a\n\nThe networks came back online after midnight.\n"
)


@pytest.mark.parametrize("gone", [0, 1])
def test_one_status_heading_left_is_still_the_timeline(gone: int) -> None:
    # UC Berkeley SCF's Quarto posts: deleting one of two updates left none read back.
    r = postmortem.parse(STATUS_HEADINGS)
    assert len(r.timeline.events) == 2
    del r.timeline.events[gone]
    _out, again, _changed = _local(STATUS_HEADINGS, r)
    assert again == r and len(again.timeline.events) == 1


def test_a_time_taken_away_leaves_the_day() -> None:
    r = postmortem.parse(DAY_ONLY)
    ev = r.timeline.events[2]
    ev.at, ev.time = None, None
    _out, again, changed = _local(DAY_ONLY, r)
    assert again == r and again.timeline.events[2].date == dt.date(2022, 3, 21)
    assert len(changed) == 1


FENCED = (
    "# Mainnet outage\n\n## Timeline\n\nAll times given are in UTC.\n\n```\n"
    "2023-06-17 18:05 Block 84448 is created, nodes start failing\n"
    "2023-06-17 19:10 Issue reported via Telegram DM\n"
    "2023-06-18 11:30 API services back in sync and online\n```\n\n## Lessons\n\nMore tests.\n"
)


def test_a_timeline_in_a_fenced_block_is_edited_in_place() -> None:
    # Equilibrium's Pathfinder and AskProAI write their timelines as a fenced block.
    r = postmortem.parse(FENCED)
    assert [e.text for e in r.timeline.events] == [
        "Block 84448 is created, nodes start failing",
        "Issue reported via Telegram DM",
        "API services back in sync and online",
    ]
    assert postmortem.dumps(r) == FENCED
    r.timeline.events[1].text = "Issue reported by a user via Telegram DM"
    r.timeline.events.insert(
        2, TimelineEvent(dt.datetime(2023, 6, 18, 3, 0, tzinfo=UTC), "Root cause found")
    )
    del r.timeline.events[0]
    out, again = _round(r)
    assert "```\n2023-06-17 19:10 Issue reported by a user via Telegram DM\n" in out
    assert "2023-06-18 03:00 Root cause found\n2023-06-18 11:30 API" in out
    assert out.count("```") == 2 and "Block 84448" not in out
    assert again == r


def test_a_fenced_log_outside_the_timeline_is_no_timeline() -> None:
    # A log pasted under the root cause, or a block in a language, stays a log.
    log = "```\n2023-06-17 18:05 started\n2023-06-17 18:06 failed\n```\n"
    assert postmortem.parse(f"# T\n\n## Root cause\n\n{log}").timeline.events == []
    bash = log.replace("```\n2023", "```bash\n2023", 1)
    assert postmortem.parse(f"# T\n\n## Timeline\n\n{bash}").timeline.events == []
    mixed = log.replace("2023-06-17 18:06 failed", "Traceback (most recent call last):")
    assert postmortem.parse(f"# T\n\n## Timeline\n\n{mixed}").timeline.events == []


def test_a_log_quoted_in_a_timeline_section_is_no_timeline() -> None:
    # A log with its levels is quoted; lines without them are the timeline, whatever prose
    # stands beside them ("The outage lasted from 09:00 to 10:30.").
    log = (
        "```\n2024-05-02 09:12:01 ERROR connection refused\n2024-05-02 09:12:03 ERROR retry\n```\n"
    )
    assert postmortem.parse(f"# T\n\n## Timeline\n\n{log}").timeline.events == []
    plain = log.replace(" ERROR", "")
    prose = f"# T\n\n## Timeline\n\nThe outage lasted from 09:00 to 10:30.\n\n{plain}"
    assert len(postmortem.parse(prose).timeline.events) == 2
    assert len(postmortem.parse(f"# T\n\n## Timeline\n\n{plain}").timeline.events) == 2
    # One line of a level among entries is one entry's word, not a log.
    one = (
        "```\n2024-05-02 09:12 Deploy started\n2024-05-02 09:14 WARN alerts fired\n"
        "2024-05-02 09:20 Rolled back\n```\n"
    )
    assert len(postmortem.parse(f"# T\n\n## Timeline\n\n{one}").timeline.events) == 3


def test_a_fenced_timeline_cut_to_one_entry_reads_back() -> None:
    r = postmortem.parse(FENCED)
    del r.timeline.events[1:]
    out, again = _round(r)
    assert "```\n2023-06-17 18:05 Block 84448 is created, nodes start failing\n```" in out
    assert again == r


def test_text_given_to_a_stamp_alone_is_set_off_and_reads_back() -> None:
    # LINE's notice lists its outage windows as stamps alone; text given to one (or to a new
    # one like them) is set off by a blank, and a full-width parenthesis needs none.
    text = (
        "# 障害のお知らせ\n\n### 発生日時\n\n- 2021年9月1日 20:05頃 〜 20:18頃（UTC+9）\n"
        "- 2021年9月1日 20:42頃 〜 20:45頃（UTC+9）\n- 2021年9月1日 21:19頃 〜 21:20頃（UTC+9）\n"
    )
    r = postmortem.parse(text)
    r.timeline.events[1].text = "Probe edit"
    out, again = _round(r)
    assert "20:45頃（UTC+9）Probe edit\n" in out  # edited in place, after the stamp
    assert [e.text for e in again.timeline.events] == ["", "Probe edit", ""]
    glued = text.replace("20:45頃（UTC+9）", "20:45頃（UTC+9）発生")
    assert [e.text for e in postmortem.parse(glued).timeline.events] == ["", "発生", ""]
    # A new event like them writes its stamp afresh and sets its text off by a blank.
    r = postmortem.parse(text)
    r.timeline.events.append(
        TimelineEvent(dt.datetime(2021, 9, 1, 22, 0, tzinfo=dt.timezone.utc), "Probe new")
    )
    out, again = _round(r)
    assert again.timeline.events[-1].text == "Probe new"


def test_an_unfilled_date_slot_stays_unfilled_until_the_title_stops_giving_the_day() -> None:
    # FDG's post-incident review: "Date: \[Date]" under "Initial Discovery:", the day in the
    # front matter's title. An unedited report came back with the slot filled.
    text = (
        '---\ntitle: "Post-Incident Review: The Very Rude Message - 2 August 2024"\n---\n\n'
        "# Post-Incident Review\n\n## Timeline of Events\n\nInitial Discovery:\n"
        "Date: \\[Date]\nTime: \\[Time]\nReports started rolling in.\n"
    )
    r = postmortem.parse(text)
    assert r.metadata.date == dt.date(2024, 8, 2)
    assert postmortem.dumps(r) == text
    r.summary.text = "A rude message was shown."
    assert "Date: \\[Date]" in postmortem.dumps(r)
    r.title = "Post-Incident Review: The Very Rude Message"
    out = postmortem.dumps(r)
    assert "Date: 2024-08-02" in out
    assert postmortem.parse(out).metadata.date == dt.date(2024, 8, 2)


def test_an_entry_known_about_its_day_keeps_its_about() -> None:
    # Invegent's cost report: "| ~11 Apr | Loop conditions first present |" is about a day;
    # an entry inserted beside it with the same day and "about" is written with its "~".
    text = (
        "# Report\n\n## Timeline (AEST)\n\n| When | What |\n|---|---|\n"
        "| ~11 Apr 2026 | Loop conditions first present. |\n"
        "| 15 Apr 2026 16:10 | Costs begin rising. |\n"
    )
    r = postmortem.parse(text)
    first = r.timeline.events[0]
    assert first.approximate and first.at is None and first.date == dt.date(2026, 4, 11)
    r.timeline.events.insert(0, attrs.evolve(first, text="Probe inserted", _origin=None))
    out, again = _round(r)
    assert "| ~11 Apr 2026 | Probe inserted " in out
    assert again.timeline.events[0].approximate
    assert again == r
    exact = postmortem.parse(text)
    exact.timeline.events[0].approximate = False
    out, again = _round(exact)
    assert "| 11 Apr 2026 | Loop conditions" in out
    assert not again.timeline.events[0].approximate


def test_a_box_goes_before_the_code_span_an_item_is() -> None:
    # CHTC's recovery notice lists paths as items, each a code span ("* `/recovery/...`").
    r = postmortem.parse("# R\n\n## Action items\n\n* `/recovery/a`\n* ``/recovery/b``\n")
    for item in r.action_items:
        item.status = ActionStatus.DONE
    out, again = _round(r)
    assert out == "# R\n\n## Action items\n\n* [x] `/recovery/a`\n* [x] ``/recovery/b``\n"
    assert again == r


@pytest.mark.parametrize(
    "heading",
    [
        # Python Discord: the title repeated over sections of its rank.
        "# 2021-01-12: Django site outage\n\nAt 03:01 UTC the site fell over.\n\n"
        "# Leadup\n\nA deploy.\n\n# Impact\n\nNone.\n",
        # COCOA: the title repeated as the one H1 over "##" sections.
        "# 2021-01-12: Django site outage\n\n## Impact\n\nNone.\n",
    ],
)
def test_a_heading_repeating_the_front_matter_title_follows_its_edit(heading: str) -> None:
    text = '---\ntitle: "2021-01-12: Django site outage"\n---\n\n' + heading
    r = postmortem.parse(text)
    sections = [s.title for s in r.sections]
    r.title = "2021-01-12: Database failover"
    out = postmortem.dumps(r)
    assert 'title: "2021-01-12: Database failover"' in out
    assert "# 2021-01-12: Database failover\n" in out
    assert "Django" not in out
    again = postmortem.parse(out)
    assert again.title == "2021-01-12: Database failover"
    assert [s.title for s in again.sections] == sections


def test_a_heading_other_than_the_front_matter_title_keeps_its_words() -> None:
    text = (
        '---\ntitle: "Django site outage"\n---\n\n'
        "# What happened on 12 January\n\n## Impact\n\nNone.\n"
    )
    r = postmortem.parse(text)
    r.title = "Database failover"
    out = postmortem.dumps(r)
    assert "# What happened on 12 January\n" in out
    assert postmortem.parse(out).title == "Database failover"


def test_a_title_set_on_a_report_without_one_is_written_once() -> None:
    r = postmortem.parse("Some text.\n\n## Impact\n\nNone.\n")
    assert r.title is None
    r.title = "API outage"
    out = postmortem.dumps(r)
    assert out.count("# API outage") == 1
    assert postmortem.parse(out).title == "API outage"


@pytest.mark.parametrize(
    "heading", ["# API outage (resolved)", "# **API** outage", "# 1. API outage"]
)
def test_a_heading_that_says_more_than_the_title_keeps_its_words(heading: str) -> None:
    # Review 44: only a heading that repeats the title word for word is rewritten with it.
    text = f'---\ntitle: "API outage"\n---\n\n{heading}\n\n## Impact\n\nNone.\n'
    r = postmortem.parse(text)
    r.title = "DB failover"
    out = postmortem.dumps(r)
    assert f"{heading}\n" in out
    assert 'title: "DB failover"' in out


def test_an_empty_title_leaves_the_repeating_heading_as_it_was() -> None:
    text = '---\ntitle: "API outage"\n---\n\n# API outage\n\n## Impact\n\nNone.\n'
    r = postmortem.parse(text)
    r.title = ""
    assert "# API outage\n" in postmortem.dumps(r)


BLOCKS_THEN_TABLE = (
    "# Report\n\n## Preventive Measures\n\n### Immediate Actions Required\n\n"
    "1. **Add anti-affinity to the deployment** (Critical Priority)\n"
    "   - Target: a preferred rule\n\n"
    "2. **Alert on stuck pods** (High Priority)\n"
    "   - Carried over from the last review\n\n"
    "## Action Items\n\n"
    "| Priority | Action | Owner | Status |\n| --- | --- | --- | --- |\n"
    "| Critical | Add anti-affinity (ArgoCD) | pgmac | Open |\n"
    "| High | Write the runbook | pgmac | Open |\n\n"
    "## Lessons\n\nNone.\n"
)


@pytest.mark.parametrize("where", [2, 4])
def test_a_row_added_beside_a_list_of_blocks_stays_in_its_table(where: int) -> None:
    # Items in blank-line-separated blocks, then a table (pgmac, sivaa): a row went in a
    # blank line away from its table, which ended the table there.
    r = postmortem.parse(BLOCKS_THEN_TABLE)
    assert [a.line for a in r.action_items] == [7, 10, 17, 18]
    r.action_items.insert(where, attrs.evolve(r.action_items[3], description="Probe"))
    out, again = _round(r)
    assert again == r
    assert "|\n\n|" not in out
    assert not changed_lines(BLOCKS_THEN_TABLE, out)[0]
    assert out.count("\n") == BLOCKS_THEN_TABLE.count("\n") + 1


@pytest.mark.parametrize(
    "attributes", ["{#5-05pm-cst}", "{: .note}", "{ #late .update }", "{#a5}   "]
)
def test_a_title_given_to_a_heading_entry_goes_before_its_attributes(attributes: str) -> None:
    # kramdown, Hugo and MkDocs headings end in an attribute block (Honza's log, Telekom's
    # advisory, Vuetify's notice); the title went after it, and read back with it.
    text = (
        f"# Lost server\n\n## 2:07pm CST {{#a}}\n\nAn email came.\n\n"
        f"## 5:05pm CST {attributes}\n\nA reply came.\n"
    )
    r = postmortem.parse(text)
    assert [e.title for e in r.timeline.events] == ["", ""]
    r.timeline.events[1].title = "Ticket answered"
    out, again = _round(r)
    assert f"## 5:05pm CST - Ticket answered {attributes}\n" in out
    assert again == r


@pytest.mark.parametrize("day", ["16.10.2025", "16/10/2025"])
def test_a_time_moved_under_a_day_first_date_keeps_the_date(day: str) -> None:
    # "**16.10.2025 21:18**" (news_ai_bot's leak report): the writer took "16.10" for the
    # clock and wrote "21:17" alone, which read back on the day of the entry before.
    text = (
        f"# Leak\n\n## Timeline\n\n- **03.10.2025 09:37** - First commit\n"
        f"- **{day} 21:18** - Backup committed\n- **{day}** - Key disabled\n"
    )
    r = postmortem.parse(text)
    r.timeline.events[1].at -= dt.timedelta(minutes=1)
    out, again = _round(r)
    assert f"- **{day} 21:17** - Backup committed\n" in out
    assert again == r
    assert changed_lines(text, out)[0] == {6}


def test_a_time_moved_under_a_yearless_dotted_day_keeps_the_day() -> None:
    # Review 47: "15.10. 21:18" too is a day and a time, not a clock "15.10".
    text = (
        "# Leak\n\n**Date:** 2025-10-15\n\n## Timeline\n\n"
        "- **15.10. 21:18** Backup committed\n- **17.10. 09:05** Key disabled\n"
    )
    r = postmortem.parse(text)
    r.timeline.events[1].at -= dt.timedelta(minutes=1)
    out, again = _round(r)
    assert "- **17.10. 09:04** Key disabled\n" in out
    assert again == r


@pytest.mark.parametrize("template", ["1. \n2. \n", "1. [ ] \n2. [ ] \n"])
def test_an_action_added_under_a_numbered_template_of_no_words_is_kept(template: str) -> None:
    # Review 47: "1. " / "2. " left blank made the section a numbered one, whose bullets
    # are details: the item the writer added after them read back as none. Review 48: the
    # same with empty boxes.
    r = postmortem.parse(f"# X\n\n## Action Items\n\n{template}")
    assert r.action_items == []
    r.action_items.append(postmortem.ActionItem("Add a runbook"))
    _, again = _round(r)
    assert [a.description for a in again.action_items] == ["Add a runbook"]


LABELLED_HEADINGS = (
    "# Data deletion\n\n**Date:** November 9, 2025\n\n## Timeline\n\n### Incident Cascade\n\n"
    "#### 1. Database Emptying Discovery (12:15 AM)\n**What happened:**\n"
    "- User found the collections empty\n\n**Impact:**\n- 296 prompts lost\n\n"
    "#### 2. Authentication Changes (12:20 AM)\n**What happened:**\n- Adapter enabled\n"
)


def test_words_given_to_a_heading_entry_of_labels_are_a_paragraph() -> None:
    # Engify's cascade: heading entries whose bodies are labels and lists have no words;
    # words given to one ran into its "**What happened:**" label.
    r = postmortem.parse(LABELLED_HEADINGS)
    assert [e.text for e in r.timeline.events] == ["", ""]
    r.timeline.events[1].text = "Adapter enabled by hand"
    out, again = _round(r)
    assert "(12:20 AM)\nAdapter enabled by hand\n\n**What happened:**" in out
    assert again == r


def test_an_entry_added_beside_heading_entries_of_labels_copies_no_body() -> None:
    # The new entry took the sibling's whole body ("**What happened:**" and its lists) as a
    # template, which then read as the new entry's words.
    r = postmortem.parse(LABELLED_HEADINGS)
    new = attrs.evolve(r.timeline.events[0], text="Backups checked", _origin=None)
    r.timeline.events.insert(1, new)
    out, again = _round(r)
    assert out.count("**What happened:**") == 2
    assert again == r


@pytest.mark.parametrize(
    ("value", "kept"),
    [
        # LINE's notice: the start field's value is the window; its end stays.
        ("2022年10月19日 12:00頃 〜 16:18頃 （UTC+9）", "〜 16:18頃 （UTC+9）"),
        ("2022-10-19 12:00 ~ 16:18 (UTC+9)", "~ 16:18 (UTC+9)"),
    ],
)
def test_a_start_edited_in_a_window_keeps_the_windows_end(value: str, kept: str) -> None:
    text = f"# 障害のお知らせ\n\n### 発生日時\n\n{value}\n\n### 原因\n\nサーバー障害\n"
    r = postmortem.parse(text)
    tz = dt.timezone(dt.timedelta(hours=9))
    assert r.metadata.started_at == dt.datetime(2022, 10, 19, 12, 0, tzinfo=tz)
    r.metadata.started_at = dt.datetime(2022, 10, 19, 13, 0, tzinfo=tz)
    out = postmortem.dumps(r)
    assert kept in out
    again = postmortem.parse(out)
    mt = metrics(again)
    assert mt.started_at.value == dt.datetime(2022, 10, 19, 13, 0, tzinfo=tz)
    assert mt.impact_ended_at.value == dt.datetime(2022, 10, 19, 16, 18, tzinfo=tz)


@pytest.mark.parametrize(
    "value", ["2024-03-01T12:00:00-05:00", "2024-03-01 12:00 -0500", "2024-03-01 12:00 - 13:30 EST"]
)
def test_a_start_with_a_negative_offset_is_rewritten_whole_once(value: str) -> None:
    # Review 58: the offset's minus was taken for a window's dash, and each edit wrote the
    # offset again ("13:00-05:00-05:00").
    text = f"# Outage\n\n**Started at:** {value}\n\n## Summary\n\nThe API was down.\n"
    r = postmortem.parse(text)
    assert r.metadata.started_at is not None
    for hours in (1, 2):
        r.metadata.started_at = r.metadata.started_at + dt.timedelta(hours=1)
        out = postmortem.dumps(r)
        line = next(ln for ln in out.splitlines() if ln.startswith("**Started at:**"))
        assert line.count("-05:00") + line.count("-0500") == 1, line
        r = postmortem.parse(out)
        assert r.metadata.started_at.hour == 12 + hours
