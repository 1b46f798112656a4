"""Readings an independent review of the reading changes found wrong, each as the smallest
report that shows it (reproduced against the code before the fix)."""

from __future__ import annotations

import datetime as dt

import pytest

import postmortem
from postmortem import Milestone
from postmortem.metrics import metrics
from postmortem.parsing.evidence import cues, marker_milestone

UTC = dt.timezone.utc


@pytest.mark.parametrize(
    "text",
    [
        # The report stands; only an alert's own word is silenced by "did not fire".
        "Customers reported that webhooks did not fire",
        "Users reported scheduled jobs never triggered",
        "On-call noticed the dashboards did not catch it",
        # A cause found later in the entry takes nothing from the report before it.
        "Customers reported errors; we found the cause in a bad deploy",
        "Monitoring detected errors and we determined the reason was disk",
    ],
)
def test_a_report_beside_a_silence_or_a_cause_still_detects(text: str) -> None:
    assert Milestone.DETECTED in cues(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "At 21:00 UTC the root cause was discovered.",
        "At 21:00 UTC we identified the issue as a bad config and rolled back.",
    ],
)
def test_a_cause_found_in_prose_dates_no_detection(sentence: str) -> None:
    report = postmortem.parse(f"# Incident\n\nDate: 2021-10-21\n\n## Summary\n\n{sentence}\n")
    assert metrics(report).detected_at.value is None


def test_an_italic_stamp_keeps_the_italics_that_close_its_text() -> None:
    text = "# Outage\n\n## Timeline\n\n*14:05* Deployed the *hotfix*\n\n*14:10* Errors *stopped*\n"
    r = postmortem.parse(text)
    assert [e.text for e in r.timeline.events] == ["Deployed the *hotfix*", "Errors *stopped*"]
    r.timeline.events[0].text = "Deployed v2"
    assert "*14:05* Deployed v2\n" in postmortem.dumps(r)


@pytest.mark.parametrize(
    "text",
    ["**Outage** reported by **end** users in EU", "**Impact**: **start** of checkout failures"],
)
def test_separate_bold_words_make_no_marker(text: str) -> None:
    assert marker_milestone(text) is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "We will not deploy on Fridays until canary analysis exists.",
        "We should not ship config changes without a canary.",
    ],
)
def test_a_negative_commitment_is_an_action(paragraph: str) -> None:
    r = postmortem.parse(f"# T\n\n## Action Items\n\n{paragraph}\n")
    assert [a.description for a in r.action_items] == [paragraph]


def test_a_zone_column_beside_an_unzoned_time_column_is_another_reading() -> None:
    r = postmortem.parse(
        "# T\n\n## Timeline\n\n| Time | UTC | Event |\n|---|---|---|\n"
        "| 10:00 | 18:00 | Errors begin |\n| 11:00 | 19:00 | Fixed |\n"
    )
    assert [e.at for e in r.timeline.events] == [None, None]
    assert [e.time for e in r.timeline.events] == [dt.time(10, 0), dt.time(11, 0)]


def test_an_editors_updated_note_is_no_timeline() -> None:
    r = postmortem.parse(
        "# DB outage\n\nDate: 2024-03-01\n\n**Updated 2024-03-10 14:00**: added the root cause "
        "section.\n\n## Summary\n\nThe database was down for an hour on March 1.\n"
    )
    assert r.timeline.events == []
    assert metrics(r).started_at.value == dt.datetime(2024, 3, 1)


@pytest.mark.parametrize(
    ("text", "ended"),
    [
        ("Incident reopened as errors returned", False),
        ("Issue re-opened after errors returned", False),
        ("The store is reopening at 10:00", True),
    ],
)
def test_an_incident_reopened_in_either_order_ends_nothing(text: str, ended: bool) -> None:
    assert (Milestone.IMPACT_ENDED in cues(text)) is ended


@pytest.mark.parametrize(
    "text",
    [
        "CDN working as intended to serve cached pages and the site is back online",
        "We were working with AWS to restore service and traffic recovered",
        "Engineers trying to reproduce found the fix worked and service was restored",
    ],
)
def test_an_intention_far_from_the_end_leaves_it(text: str) -> None:
    assert Milestone.IMPACT_ENDED in cues(text)


def test_an_act_tried_then_said_done_is_done() -> None:
    # USDR's deploy log (public 37): the verb after the act says it is done.
    text = "The original bug @Mr0grog was trying to fix is resolved, but builds are broken."
    assert Milestone.RESOLVED in cues(text)


@pytest.mark.parametrize(
    "last",
    [
        "Service restored in US, though not yet at full capacity",
        "Site back online but still without full functionality",
    ],
)
def test_full_negated_makes_no_end_whole(last: str) -> None:
    r = postmortem.parse(
        "# T\n\nDate: 2024-01-02\n\n## Timeline\n\n- 10:00 Errors began\n"
        f"- 10:20 Service restored in EU\n- 10:40 {last}\n"
    )
    mt = metrics(r)
    assert mt.impact_ended_at.value == dt.datetime(2024, 1, 2, 10, 20)
    assert mt.mitigated_at.value is None


def test_a_time_heading_under_a_title_of_words_is_no_timeline() -> None:
    r = postmortem.parse("# Timeline of the outage\n\n## 10:05 UTC\n\nThings broke.\n")
    assert r.timeline.events == []
