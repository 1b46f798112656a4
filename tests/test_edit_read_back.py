"""Edits that read back wrong on real reports kept outside the repository (issue 13), each as
a small made-up document of the same shape: ``parse(dumps(edited)) == edited`` and only the
edited record's lines change (the edit property, ``edit_property.check``)."""

from __future__ import annotations

import datetime as dt

import pytest

import postmortem
from postmortem import ActionStatus, Milestone

from edit_property import check, edits_for, field_edit


def _holds(text: str, name: str) -> None:
    """The edit property for the edit named ``name`` of ``text``."""
    edits = dict(edits_for(postmortem.parse(text)))
    assert name in edits, sorted(edits)
    assert check(text, name, edits[name]) is None


def test_an_instant_keeps_its_numeric_offset() -> None:
    # "+0000" written back as "... UTC" made UTC the report's zone on reading back.
    text = (
        "Title: Datacenter outage\nDate: 2022-05-15 21:30+0000\n"
        "OutageFinish: 2022-05-15 22:18+0000\n\nThe datacenter is down. We are on it.\n"
    )
    r = postmortem.parse(text)
    assert r.metadata.ended_at is not None and r.timeline.timezone is None
    assert check(text, "field.metadata.ended_at", field_edit("metadata.ended_at")) is None
    r.metadata.ended_at = r.metadata.ended_at.replace(hour=23)
    assert "OutageFinish: 2022-05-15 23:18+0000\n" in postmortem.dumps(r)


def test_a_start_moved_past_midnight_keeps_the_report_date() -> None:
    # Front matter's "date" both opens the incident and gives its day: moving the start past
    # midnight moved the day too. The day is then said on a line of its own.
    text = (
        "---\ntitle: Queue outage\ndate: 2020-12-03T23:46:32.722Z\nresolved: true\n---\n"
        "A server holding the queue went down.\n\n"
        "::: update Resolved | 2020-12-04T02:02:00.000Z\nThe server is back.\n:::\n"
    )
    r = postmortem.parse(text)
    assert r.metadata.started_at is not None and str(r.metadata.date) == "2020-12-03"
    assert check(text, "field.metadata.started_at", field_edit("metadata.started_at")) is None
    r.metadata.started_at = r.metadata.started_at.replace(day=4, hour=0)
    out = postmortem.dumps(r)
    assert "\ndate: 2020-12-04T00:46:32.722Z\n" in out  # written as it was
    assert postmortem.parse(out) == r


POWER = (
    "---\ntitle: Power outage\n---\n\n"
    "2024-04-06 09:59:00 - The site lost power.\n\n"
    "2024-04-06 10:26:00 - Power is expected back at 1:20 PM Eastern Time.\n\n"
    "2024-04-06 11:42:00 - Power is back.\n"
)


def test_the_zone_an_entry_named_outlives_its_edit_and_removal() -> None:
    # The report's zone came from one entry's words; editing or removing that entry moved
    # every entry to no zone. The zone is then stated before the entries, as a statement the
    # reader takes for no summary.
    r = postmortem.parse(POWER)
    assert r.timeline.timezone == "EASTERN" and r.timeline.events[0].at.tzinfo is not None
    _holds(POWER, "event.text")
    _holds(POWER, "event.delete")
    del r.timeline.events[1]
    out = postmortem.dumps(r)
    assert "---\n\nAll times are in Eastern Time.\n\n2024-04-06 09:59:00" in out
    again = postmortem.parse(out)
    assert again.summary.text is None and again == r


def test_an_entry_whose_time_opens_its_text_keeps_it_when_the_text_changes() -> None:
    text = (
        "# Upgrade\n\n## Timeline\n\n"
        "2023-12-06 at 5:20 PM: Backups are done.\n\n"
        "2023-12-06 at 5:29 PM: The new system is installed.\n\n"
        "2023-12-06 at 6:46 PM: The web server is online.\n"
    )
    r = postmortem.parse(text)
    assert str(r.timeline.events[1].at) == "2023-12-06 17:29:00"
    _holds(text, "event.text")
    r.timeline.events[1].text = "Installed."
    # "at" joins the day and its time: the stamp is kept as written.
    assert "\n2023-12-06 at 5:29 PM: Installed.\n" in postmortem.dumps(r)


def test_a_template_instruction_in_italics_is_no_action_once_the_list_is_gone() -> None:
    text = (
        "# Node outage\n\n## Follow-up tasks\n\n"
        "*List any tasks we should complete that are relevant to this incident*\n\n"
        "- [x]  Write resource limits for our services.\n"
    )
    assert len(postmortem.parse(text).action_items) == 1
    _holds(text, "action.delete")


def test_a_status_said_by_a_bare_word_after_a_bold_label_item_is_the_one_changed() -> None:
    text = (
        "# DDoS\n\n## Prevention Measures\n\n"
        "- **Config Review**: Audit of all route settings completed\n"
        "- **Monitoring**: Added alerting for route changes\n"
        "- **Runbooks**: Updated runbooks for route checks\n"
    )
    r = postmortem.parse(text)
    assert r.action_items[0].status is ActionStatus.DONE
    assert r.action_items[0].description == "**Config Review**: Audit of all route settings"
    r.action_items[0].status = ActionStatus.OPEN
    out = postmortem.dumps(r)
    assert "- **Config Review**: Audit of all route settings (todo)\n" in out
    assert postmortem.parse(out) == r


def test_a_front_matter_list_is_edited_item_by_item() -> None:
    # Items commented out between the key and its items were dropped by an edit of the list.
    text = (
        "---\ntitle: Some services down\naffected:\n#  - Cloud\n#  - SMS\n"
        "  - Updates\n  - Licences\n#  - Cockpit\nsection: issue\n---\n\nWe are on it.\n"
    )
    assert postmortem.parse(text).metadata.affected_services == ["Updates", "Licences"]
    _holds(text, "field.metadata.affected_services")
    r = postmortem.parse(text)
    r.metadata.affected_services = ["Cloud API", "Licences", "Mail"]
    out = postmortem.dumps(r)
    assert "affected:\n#  - Cloud\n#  - SMS\n  - Cloud API\n  - Licences\n  - Mail\n#  - " in out
    assert postmortem.parse(out) == r


def test_an_entry_inserted_beside_ranges_with_an_offset_keeps_its_day_and_zone() -> None:
    # Written "#### 02:27 GMT": read on another day, in UTC.
    text = (
        "# Log\n\n## Before\n\n#### 2025-09-09 18:03 ~ 18:06 (GMT+9)\n\n- Attack blocked\n\n"
        "## Outages\n\n#### 2025-10-03 02:27 ~ 04:03 (GMT+9)\n\n- Timeouts on the proxy\n\n"
        "#### 2025-09-05 14:37 ~ 15:58 (GMT+9)\n\n- Errors on the edge\n\n"
        "#### 2025-09-04 22:26 ~ 22:53 (GMT+9)\n\n- Pool exhausted\n"
    )
    r = postmortem.parse(text)
    assert r.timeline.timezone == "GMT+9" and len(r.timeline.events) == 3
    for where in ("first", "middle", "last"):
        _holds(text, f"event.insert.{where}")


def test_a_new_section_goes_below_a_title_heading_of_any_level() -> None:
    # A "## Probe" beside a "## ..." or under a "### ..." title made the title a section.
    for title, sub in (("## club status", "###"), ("### Summary for 2018 Q3-Q4", "####")):
        text = (
            f"{title}\n\n{sub} Current status\n\nAll is well.\n\n{sub} Log\n\n"
            "- 2018-09-23 04:00 UTC: upgraded to the new release\n"
            "- 2018-09-18 20:30 UTC: created this page\n"
        )
        r = postmortem.parse(text)
        assert r.title == title.lstrip("# ")
        _holds(text, "section.add")
        r.sections.append(postmortem.Section("Notes", level=1, content="\nMore.\n"))
        out = postmortem.dumps(r)
        assert out.endswith(f"\n{sub} Notes\n\nMore.\n")
        assert postmortem.parse(out).title == r.title


def test_a_section_added_to_a_report_with_no_title_heading_is_no_title() -> None:
    prose = (
        "Some clients got no address.\n\n"
        "The packets were fragmented on the way to the access points.\n\n"
        "Lowering the MTU fixed it.\n"
    )
    front = "---\ntitle: Server degradation\nstatus: resolved\n---\n"
    for text in (prose, front):
        r = postmortem.parse(text)
        _holds(text, "section.add")
        r.sections.append(postmortem.Section("Notes", level=2, content="\nA note.\n"))
        again = postmortem.parse(postmortem.dumps(r))
        assert again.title == r.title and again.summary == r.summary
        assert [s.title for s in again.sections] == ["Notes"]


def test_a_new_section_goes_beside_a_title_its_sections_stand_beside() -> None:
    # The title is told from its sibling headings by its words: a "## Probe" above them all
    # made it a section.
    text = (
        "### Operational Summary for 2018 Q3-Q4\n\n#### Accounts\n\n* New accounts: 20\n\n"
        "### December 21, 2018\n\n#### Nodes down\n\nSome nodes went down.\n\n"
        "### December 12, 2018\n\n#### Power failure\n\nThe building lost power.\n"
    )
    r = postmortem.parse(text)
    assert r.title == "Operational Summary for 2018 Q3-Q4"
    _holds(text, "section.add")
    r.sections.append(postmortem.Section("Notes", level=2, content="\nMore.\n"))
    out = postmortem.dumps(r)
    assert out.endswith("\n### Notes\n\nMore.\n")
    again = postmortem.parse(out)
    assert again.title == r.title
    assert [s.title for s in again.sections][-1] == "Notes"


def test_the_property_holds_on_a_timeline_mixing_zoned_and_unzoned_instants() -> None:
    # A stamp without a zone ("2021-03-097T16:00:00", a typo) beside one with a zone: the
    # property compared the two instants and raised TypeError. The front matter's date names
    # no zone, so the page's zone is not UTC and the typo stays without one.
    text = (
        "---\ntitle: Slow pages\ndate: 2021-03-07 10:00\nresolved: true\n---\n\n"
        "::: update Resolved | 2021-03-097T16:00:00\nMoved to a new server.\n:::\n\n"
        "::: update Identified | 2021-03-07T10:00:00Z\nLatency traced to the database.\n:::\n"
    )
    ats = [e.at for e in postmortem.parse(text).timeline.events]
    assert ats[0] is not None and ats[0].tzinfo is None
    assert ats[1] is not None and ats[1].tzinfo is not None
    _holds(text, "event.at")


def test_a_post_dated_when_resolved_may_open_the_incident_once_resolved_later() -> None:
    # Front matter dated at its resolution instant tells no start; a new resolution instant
    # takes that evidence away, and "date" then opens the incident (the property allows it:
    # the model has no value to say "no start" in its place).
    text = (
        "---\ntitle: Power outage\ndate: 2024-04-06T11:48:00Z\nresolved: true\n"
        "resolvedWhen: 2024-04-06T11:48:00Z\n---\n\nPower is back.\n"
    )
    r = postmortem.parse(text)
    assert r.metadata.started_at is None and r.metadata.resolved_at is not None
    _holds(text, "field.metadata.resolved_at")
    r.metadata.resolved_at = r.metadata.resolved_at.replace(hour=12)
    again = postmortem.parse(postmortem.dumps(r))
    assert again.metadata.resolved_at == r.metadata.resolved_at
    assert str(again.metadata.started_at) == "2024-04-06 11:48:00+00:00"


def test_status_updates_quoted_in_a_prose_section_are_read_once() -> None:
    # The updates are the timeline's; the root cause is the prose before them. An edit of an
    # update leaves the root cause as it was, and an edit of the root cause leaves the updates.
    text = (
        "# Outage\n\n## Root cause\n\nA bad config was pushed.\n\n"
        "> Resolved  \n> This incident has been resolved.  \n> Dec 05, 2025 - 09:20 UTC\n\n"
        "> Monitoring  \n> A fix has been implemented.  \n> Dec 05, 2025 - 09:12 UTC\n\n"
        "## Impact\n\nUsers could not log in.\n"
    )
    r = postmortem.parse(text)
    assert r.root_cause.primary == "A bad config was pushed."
    assert len(r.timeline.events) == 2
    r.root_cause.primary = "A config with a typo was pushed."
    out = postmortem.dumps(r)
    assert out == text.replace("A bad config", "A config with a typo")
    back = postmortem.parse(out)
    assert back.root_cause.primary == r.root_cause.primary
    assert [e.text for e in back.timeline.events] == [e.text for e in r.timeline.events]


def test_prose_before_quoted_updates_keeps_its_own_closing_marks() -> None:
    text = (
        "# Outage\n\n## Root cause\n\nSee <https://status.example.com>\n\n"
        "> Resolved  \n> This incident has been resolved.  \n> Dec 05, 2025 - 09:20 UTC\n\n"
        "> Monitoring  \n> A fix has been implemented.  \n> Dec 05, 2025 - 09:12 UTC\n"
    )
    r = postmortem.parse(text)
    assert r.root_cause.primary == "See <https://status.example.com>"
    # A section that opens with its updates keeps its field as it was, edited in place.
    opens = "# Outage\n\n## Root cause\n\n" + text.split("\n\n", 3)[3] + "\nA bad config.\n"
    r = postmortem.parse(opens)
    r.root_cause.primary = "X"
    assert postmortem.dumps(r).count("## Root") == 1


def test_status_updates_each_under_its_own_heading_are_one_timeline() -> None:
    # A status page that heads each update ("## Update", "## Postmortem") was read as a
    # timeline of its first update alone; deleting it made the next one the timeline.
    text = (
        '+++\ntitle = "Servers unreachable"\ndate = 2019-04-18T18:45:45.000Z\nresolved = true\n'
        "+++\nThe servers in the datacenter are unreachable. A ticket is open.\n\n"
        "## Update\n\n"
        'Services are coming back. We keep watching. {{< track "2019-04-18T19:35:25.000Z" >}}\n\n'
        "## Postmortem\n\n"
        'The load balancer failed and its standby did not take over. {{< track "2019-04-18T19:42'
        ':25.000Z" >}}\n'
    )
    r = postmortem.parse(text)
    assert [str(e.at) for e in r.timeline.events] == [
        "2019-04-18 19:35:25+00:00",
        "2019-04-18 19:42:25+00:00",
    ]
    for name in ("event.delete", "event.text", "event.insert.first", "event.insert.middle"):
        _holds(text, name)
    del r.timeline.events[0]
    again = postmortem.parse(postmortem.dumps(r))
    assert again == r and len(again.timeline.events) == 1


@pytest.mark.parametrize(
    "days", ["October 9-23, 2025", "October 9 - November 2, 2025", "9–23 October 2025"]
)
def test_an_entry_stamped_with_a_range_of_days_keeps_its_stamp(days: str) -> None:
    # "**October 9-23, 2025** - ..." was read as "October 9" with the text "23, 2025** - ...":
    # a new text lost the closing "**", and the entry was gone.
    text = (
        "# Subscriptions not activated\n\n## Timeline\n\n"
        "**October 9, 2025** - A customer reported the issue\n\n"
        f"**{days}** - The issue stayed open, new purchases affected\n\n"
        "**November 23, 2025** - The investigation found the causes\n"
    )
    ev = postmortem.parse(text).timeline.events[1]
    assert (ev.time_text, str(ev.date), ev.text) == (
        days,
        "2025-10-09",
        "The issue stayed open, new purchases affected",
    )
    for name in ("event.text", "event.insert.middle", "event.delete"):
        _holds(text, name)


def test_prose_written_over_a_labelled_list_stays_under_its_label() -> None:
    # "**Resolution**:" over a list (no blank line between) heads the resolution's text; new
    # prose in the list's place joined the label's paragraph, and the text was lost.
    text = (
        "# Webhook failures\n\n## Root Cause Analysis\n\n### 1. No retry\n\n"
        "**Problem**: Failures were reported as delivered.\n\n"
        "**Resolution**:\n- Errors are thrown back for a retry\n- Logging was added\n\n"
        "## Resolution\n\n### Code Changes\n\n1. **Error handling** (`webhook.ts`)\n"
        "   - Checks every database call\n"
    )
    r = postmortem.parse(text)
    assert r.resolution.text == "- Errors are thrown back for a retry\n- Logging was added"
    _holds(text, "field.resolution.text")
    r.resolution.text = "Errors are thrown back."
    out = postmortem.dumps(r)
    assert "**Resolution**:\n\nErrors are thrown back.\n\n## Resolution\n" in out
    assert postmortem.parse(out) == r


def test_removing_the_first_item_of_a_numbered_list_under_a_label_keeps_the_rest() -> None:
    # "**For access:**" then "1. ...", "2. ..." with no blank line between: removing item 1
    # left "2." under the label, and an item numbered other than 1 may not interrupt a
    # paragraph (CommonMark), so the rest of the list was read as the label's text.
    text = (
        "# Locked out\n\n## Action Items\n\n- [x] Installed a VPN\n- [ ] Block the public UI\n\n"
        "## Preventive actions\n\n**For access:**\n1. Use private networks\n"
        "2. Avoid dynamic addresses\n3. Test access first\n\n**For new hosts:**\n"
        "1. Install the VPN first\n"
    )
    r = postmortem.parse(text)
    assert [a.description for a in r.action_items][2:4] == [
        "Use private networks",
        "Avoid dynamic addresses",
    ]
    _holds(text, "action.delete")
    del r.action_items[2]
    out = postmortem.dumps(r)
    assert "**For access:**\n\n2. Avoid dynamic addresses\n3. Test access first\n" in out
    assert postmortem.parse(out) == r
    del r.action_items[0]  # a bullet may interrupt a paragraph: its removal adds no line
    assert "## Action Items\n\n- [ ] Block the public UI\n\n" in postmortem.dumps(r)


@pytest.mark.parametrize("hedge", ["~", "about "])
def test_an_instant_said_to_be_about_keeps_its_form_and_its_hedge(hedge: str) -> None:
    # "~2026-08-07T01:43Z" was written back "2026-08-07 02:43 UTC": the hedge in front hid
    # the numeric form, and the zone word made UTC the report's zone on reading back.
    text = (
        f"# Git outage\n\n**Outage Start:** {hedge}2026-08-07T01:43Z  \n"
        "**Recovery Time:** 2026-08-21T12:17:15Z  \n\n## Summary\n\nThe push endpoint is back.\n"
    )
    r = postmortem.parse(text)
    assert r.metadata.started_at is not None and r.timeline.timezone is None
    _holds(text, "field.metadata.started_at")
    r.metadata.started_at = r.metadata.started_at.replace(hour=2)
    assert f"**Outage Start:** {hedge}2026-08-07T02:43Z  \n" in postmortem.dumps(r)


def test_a_new_date_keeps_the_hours_and_zone_its_field_says() -> None:
    # "**Date**: November 4, 2025, 16:00-17:00 CET" was written back "2025-11-05": the CET
    # it said against the entry's UTC was gone, and the entries with no zone took UTC.
    text = (
        "# Stream incident\n\n**Date**: November 4, 2025, 16:00-17:00 CET  \n"
        "**Severity**: Critical\n\n## Timeline\n\n"
        "- **Nov 4, 16:00:00** - Long track scheduled\n- **Nov 4, 16:02-17:00** - Restarts\n"
        "- **Nov 6, 10:54 UTC** - Fix implemented\n"
    )
    r = postmortem.parse(text)
    assert [e.at.tzinfo is None for e in r.timeline.events if e.at] == [True, True, False]
    _holds(text, "field.metadata.date")
    r.metadata.date = r.metadata.date.replace(day=5)
    assert "**Date**: November 5, 2025, 16:00-17:00 CET  \n" in postmortem.dumps(r)


def test_a_word_about_the_stamp_in_its_bold_label_is_the_stamps() -> None:
    # "**Nov 6, ongoing** - ...": the bold is the stamp's label ("ongoing" says of the day),
    # the text is what follows it; an edit of the text keeps the label whole.
    text = (
        "# Stream incident\n\n## Timeline\n\n"
        "- **Nov 4, 16:00** - Long track scheduled\n- **Nov 5** - Fewer restarts\n"
        "- **Nov 6, ongoing** - Zero restarts, system stable\n"
    )
    r = postmortem.parse(text)
    last = r.timeline.events[-1]
    assert (last.text, last.time_text) == ("Zero restarts, system stable", "Nov 6, ongoing")
    _holds(text, "event.insert.last")
    last.text = "Stable since"
    out = postmortem.dumps(r)
    assert "- **Nov 6, ongoing** - Stable since\n" in out
    assert postmortem.parse(out) == r


def test_words_of_the_entry_in_its_bold_label_stay_its_words() -> None:
    # Only a word about the time ("ongoing", "approx.") joins the stamp; "Alert" is the entry's.
    r = postmortem.parse(
        "# T\n\n## Timeline\n\n- **2024-03-01 10:00 Alert** - on-call looks\n"
        "- **2024-03-01 11:00 Resolved** - confirmed by QA\n"
    )
    assert [e.time_text for e in r.timeline.events] == ["2024-03-01 10:00", "2024-03-01 11:00"]
    assert [e.cues for e in r.timeline.events] == [(Milestone.DETECTED,), (Milestone.RESOLVED,)]


@pytest.mark.parametrize(
    "name", ["event.text", "event.insert.first", "event.insert.middle", "event.insert.last"]
)
def test_a_status_update_without_words_takes_them_on_its_blank_line(name: str) -> None:
    # Statusfy (Gitpod's status page): "::: update Resolved | ...", a blank line, ":::". Words
    # written onto the closing fence's line ("... by hand:::") made it no fence.
    text = (
        "---\ntitle: Deployment gone awry\ndate: '2019-10-01T08:20:00.141Z'\nresolved: true\n"
        "---\nA database migration took longer than expected.\n\n"
        "::: update Resolved | 2019-10-01T08:59:00.000Z\n\n:::\n\n"
        "::: update Investigating | 2019-10-01T08:21:00.000Z\n\nWe are looking into it.\n\n:::\n"
    )
    _holds(text, name)


def test_a_response_timeline_is_the_timeline_not_the_responses_text() -> None:
    # "## Response Timeline" was the response section, its text the entries again: one text,
    # two views, and an edit of either left the other stale.
    text = (
        "# Network outage\n\n## Response Timeline\n\n- 23:55 UTC: Initiated the change\n"
        "- 23:56 UTC: Connectivity loss detected\n- 01:30 UTC: Service restored by rollback\n"
    )
    r = postmortem.parse(text)
    assert r.response.text is None and len(r.timeline.events) == 3
    for name in ("event.text", "event.delete", "event.insert.last"):
        _holds(text, name)


def test_a_start_under_its_own_front_matter_key_is_edited_there() -> None:
    # A status page's export: "started_at" beside "resolved_at" and no "date". The edit of the
    # start went to a new "date:" key, which read back as the report's day and zone too.
    # "monitoring_at" (a fix in and watched) is the mitigation.
    text = (
        "---\ntitle: API outage\nstarted_at: 2024-03-05T14:02:00Z\n"
        "monitoring_at: 2024-03-05T14:40:00Z\nresolved_at: 2024-03-05T15:10:00Z\n---\n\n"
        "The API failed.\n"
    )
    r = postmortem.parse(text)
    assert r.metadata.mitigated_at == dt.datetime(2024, 3, 5, 14, 40, tzinfo=dt.timezone.utc)
    _holds(text, "field.metadata.started_at")
    _holds(text, "field.metadata.mitigated_at")


@pytest.mark.parametrize(
    ("first", "second", "edited"),
    [("13:14 EDT (17:14 UTC)", "14:01 EDT (18:01 UTC)", "- 13:19 EDT (17:19 UTC): a"),
     ("**23:15 UTC / 16:15 PDT**", "**23:40 UTC / 16:40 PDT**", "- **23:20 UTC / 16:20 PDT**: a"),
     ("**00:33:02 UTC / 17:33:02 PDT**", "**00:40:00 UTC / 17:40:00 PDT**",
      "- **00:38:02 UTC / 17:38:02 PDT**: a")],
)  # fmt: skip
def test_an_instant_written_in_two_zones_is_rewritten_in_both(
    first: str, second: str, edited: str
) -> None:
    # PyPI's phishing report (parentheses) and ECAD Infra's validator report (a slash).
    text = f"# Outage on 2025-07-26\n\n## Timeline\n\n- {first}: a b\n- {second}: c d\n"
    r = postmortem.parse(text)
    event = r.timeline.events[0]
    assert event.at is not None
    event.at += dt.timedelta(minutes=5)
    out = postmortem.dumps(r)
    assert out.splitlines()[4].startswith(edited)
    assert postmortem.parse(out).timeline.events[0].at == event.at


def test_two_different_times_after_a_slash_are_not_rewritten_as_one() -> None:
    text = "# Outage on 2025-07-26\n\n## Timeline\n\n- 10:00 UTC / 10:30 UTC: a b\n- 11:00 UTC: c\n"
    r = postmortem.parse(text)
    event = r.timeline.events[0]
    assert event.at is not None
    event.at += dt.timedelta(minutes=5)
    assert postmortem.dumps(r).splitlines()[4] == "- 10:05 UTC / 10:30 UTC: a b"
