"""Readings an independent review of the reading changes found wrong, each as the smallest
report that shows it (reproduced against the code before the fix)."""

from __future__ import annotations

import datetime as dt

import pytest

import postmortem
from postmortem import Milestone
from postmortem.metrics import metrics
from postmortem.parsing.evidence import cues, marker_milestone
from postmortem.timestamps import read_stamp, split_stamp

from conftest import instants

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
        "# T\n\nDate: 2024-03-10\n\n## Timeline\n\n| Time | UTC | Event |\n|---|---|---|\n"
        "| 10:00 | 18:00 | Errors begin |\n| 11:00 | 19:00 | Fixed |\n"
    )
    assert [e.at for e in r.timeline.events] == [
        dt.datetime(2024, 3, 10, 10, 0),
        dt.datetime(2024, 3, 10, 11, 0),
    ]


def test_a_zone_column_after_a_column_of_days_zones_the_times() -> None:
    r = postmortem.parse(
        "# T\n\n## Timeline\n\n| Date | UTC | Event |\n|---|---|---|\n"
        "| 2024-03-10 | 14:00 | Errors started |\n|  | 15:00 | Resolved |\n"
    )
    assert [e.at for e in r.timeline.events] == [
        dt.datetime(2024, 3, 10, 14, 0, tzinfo=UTC),
        dt.datetime(2024, 3, 10, 15, 0, tzinfo=UTC),
    ]


def test_a_plus_minus_after_a_time_is_no_part_of_its_stamp() -> None:
    r = postmortem.parse(
        "# T\n\nDate: 2024-03-10\n\n## Timeline\n\n- 10:00 ±5m UTC Errors started\n"
        "- 10:05 ± 2 min Alert fired\n"
    )
    assert [e.time for e in r.timeline.events] == [dt.time(10, 0), dt.time(10, 5)]
    assert metrics(r).started_at.value == dt.datetime(2024, 3, 10, 10, 0)


@pytest.mark.parametrize(
    ("sentence", "at"),
    [
        # A cause named in another sentence of the match leaves the report its detection.
        ("At 14:00 UTC on 2024-03-10 a config push went out, the cause of this incident. "
         "Shortly after, customers reported failures.", dt.datetime(2024, 3, 10, 14, 0)),
        ("At 14:20 UTC our engineers identified the problem and began investigating.",
         dt.datetime(2024, 3, 10, 14, 20)),
    ],
)  # fmt: skip
def test_a_detection_sentence_beside_a_cause_still_dates(sentence: str, at: dt.datetime) -> None:
    report = postmortem.parse(f"# Incident\n\nDate: 2024-03-10\n\n## Summary\n\n{sentence}\n")
    assert metrics(report).detected_at.value == at.replace(tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "Identified the reason for the alerts: the v2 deploy",
        "Team determined the cause of the reported errors",
        "Alertmanager did not fire",
        "Our detectors never triggered",
        "PagerDuty did not page anyone",
        "Reopening: errors are back",
    ],
)
def test_no_detection_in_a_cause_found_or_a_silent_tool(text: str) -> None:
    assert Milestone.DETECTED not in cues(text)
    assert Milestone.IMPACT_ENDED not in cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "We are working to mitigate the impact",
        "The incident is being reopened",
        "Issues reopened after the deploy",
        "Re-opening due to new reports of errors",
    ],
)
def test_no_end_or_mitigation_in_work_under_way_or_an_incident_reopened(text: str) -> None:
    found = cues(text)
    assert Milestone.MITIGATED not in found and Milestone.IMPACT_ENDED not in found


def test_a_full_end_after_and_is_whole() -> None:
    r = postmortem.parse(
        "# T\n\nDate: 2024-03-10\n\n## Timeline\n\n- 10:00 UTC Errors started\n"
        "- 10:30 UTC Service restored after failover\n"
        "- 11:10 UTC Latency back below threshold and fully recovered\n"
    )
    assert metrics(r).impact_ended_at.value == dt.datetime(2024, 3, 10, 11, 10, tzinfo=UTC)


def test_a_first_text_column_of_words_stays_the_text() -> None:
    r = postmortem.parse(
        "# T\n\nDate: 2024-03-10\n\n## Timeline\n\n| Time | Summary | Comment |\n|---|---|---|\n"
        "| 10:00 UTC | Errors started | Seen by the on-call engineer on the dashboard at home |\n"
        "| 11:00 UTC | Resolved | All good now and the team went back to sleep |\n"
    )
    assert [e.text for e in r.timeline.events] == ["Errors started", "Resolved"]


def test_a_labelled_timeline_goes_on_past_prose_over_more_timed_items() -> None:
    r = postmortem.parse(
        "# T\n\n**Timeline:**\n\n- 10:00 UTC Errors started\n- 10:30 UTC Rolled back the deploy"
        "\n\nThe following morning:\n\n- 09:00 UTC Root cause found\n- 11:00 UTC Resolved\n"
    )
    assert len(r.timeline.events) == 4


def test_a_descriptive_will_not_be_able_is_no_action() -> None:
    r = postmortem.parse(
        "# T\n\n## Action Items\n\nUsers will not be able to deploy during the freeze.\n"
    )
    assert r.action_items == []


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
        ("The store reopened at 10:00", True),
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


def test_an_action_table_with_an_empty_first_column_is_no_timeline() -> None:
    # Found by the round-trip property: the writer's action table, "Owner" or "ID" first
    # among the free columns (empty, or numbers), a due day and "In progress" in the status
    # column, which said most in words.
    pm = postmortem
    for ids in ((None, None), ("1", None, "1")):
        r = pm.Report(title="A")
        for i in ids:
            r.action_items.append(
                pm.ActionItem(
                    description="A", due=dt.date(2000, 1, 1), status=pm.ActionStatus.IN_PROGRESS,
                    id=i,
                )
            )  # fmt: skip
        again = pm.parse(pm.dumps(r))
        assert again.timeline.events == []
        assert len(again.action_items) == len(ids)


def test_a_root_cause_of_one_section_word_over_its_factors_reads_back() -> None:
    # Found by the round-trip property: a root cause whose text is "Impact" over the
    # writer's "- **Contributing Factors:**" list read as a label heading, and was lost.
    r = postmortem.Report(title="A")
    r.root_cause.primary = "Impact"
    r.root_cause.contributing_factors = ["A"]
    again = postmortem.parse(postmortem.dumps(r))
    assert again.root_cause.primary == "Impact"
    assert again == r


# -- a later review of the reading added for batches 86-89 -------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Pods were shut down 03:00-04:00 UTC for the upgrade.",
        "During our weekly window the site is unavailable 02:00–04:00 UTC.",
        "Nightly backups take the reporting DB offline 03:00-04:00 UTC.",
        "Logs for 2024-03-01 03:00 ~ 04:00 UTC were reviewed; nothing unusual.",
        "前日 2024-03-01 03:00〜04:00 JST にデータベースのメンテナンスを実施した。",
    ],
)
def test_a_routine_or_the_teams_own_window_is_not_the_incidents(said: str) -> None:
    doc = (
        f"# Outage\n\n**Date:** 2024-03-01\n\n## Summary\n\n{said} The API went down at "
        "09:15 UTC and recovered at 09:50 UTC.\n"
    )
    got = instants(doc)
    assert got["started"] == dt.datetime(2024, 3, 1, 9, 15, tzinfo=dt.timezone.utc)


def test_a_dated_follow_up_section_does_not_date_the_report() -> None:
    doc = (
        "# DB outage\n\n## Summary\n\nThe primary went down at 14:02 UTC and a long story "
        "follows here about what we saw and what we did.\n\n## Timeline of the response\n\n"
        "Many words about the response, the team and the work that was done.\n\n"
        "## 2024-03-12 follow-up review\n\nShort.\n"
    )
    assert postmortem.parse(doc).metadata.date is None


def test_update_addenda_after_a_reports_sections_are_no_timeline() -> None:
    doc = (
        "# Outage\n\n## Summary\n\nThe site went down on the evening of July 14, 2021.\n\n"
        "## Impact\n\nAll users.\n\n## Root cause\n\nA bad disk.\n\n"
        "## Update 2021-07-15\n\nRoot cause confirmed.\n\n"
        "## Update 2021-07-20\n\nAction items complete.\n"
    )
    assert not postmortem.parse(doc).timeline.events


def test_days_that_do_not_fall_in_turn_tell_no_newest_first_order() -> None:
    doc = (
        "# Log\n\n## Timeline\n\n- 2021-07-14: the service started failing for users\n"
        "- 2021-07-14: the team fixed the configuration\n"
        "- 2021-07-13: (background) the config change was merged\n"
    )
    assert not postmortem.parse(doc).timeline.newest_first


def test_a_weekday_weeks_away_from_the_report_dates_nothing() -> None:
    doc = (
        "# Outage\n\n**Date:** 2017-02-19\n\n## Summary\n\nThe site went down at 22:10. Our "
        "usual Friday 13th release freeze did not apply. At 23:30 we restored service.\n"
    )
    got = instants(doc)
    assert got["impact_ended"] == dt.datetime(2017, 2, 19, 23, 30)


def test_a_year_first_slashed_day_dates_the_times_after_it() -> None:
    doc = (
        "# Outage\n\n**Date:** 2017-01-31\n\n## Summary\n\nAt 2017/02/01 01:00 UTC the "
        "database went down. It recovered at 01:40 UTC.\n"
    )
    got = instants(doc)
    assert got["impact_ended"] == dt.datetime(2017, 2, 1, 1, 40, tzinfo=dt.timezone.utc)


def test_a_machine_that_saw_the_failure_dates_its_start() -> None:
    doc = (
        "# Outage\n\n**Date:** 2024-03-01\n\n## Summary\n\nAt 16:20 UTC, the load balancer saw "
        "that all backends were failing health checks and the site went down.\n"
    )
    got = instants(doc)
    assert got["started"] == dt.datetime(2024, 3, 1, 16, 20, tzinfo=dt.timezone.utc)


def test_improvements_observed_are_no_actions() -> None:
    doc = "# Outage\n\n## Improvements observed\n\n- Latency is lower since the fix.\n"
    assert not postmortem.parse(doc).action_items


@pytest.mark.parametrize("entry", ["a detectable signal was added", "sinal adicional detectável"])
def test_what_could_be_detected_is_no_detection(entry: str) -> None:
    assert Milestone.DETECTED not in cues(entry)


# -- a second review of the reading added for batches 86-93 -----------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "We wait to see if the cluster recovers.",
        "Waiting until replication recovers.",
        "Checking whether the consumers recover.",
        "Runbook says the broker should recover on its own.",
        "We hope the broker recovers.",
    ],
)
def test_a_recovery_waited_for_is_no_end(entry: str) -> None:
    assert Milestone.IMPACT_ENDED not in cues(entry)


def test_an_english_report_quoting_a_spanish_customer_stays_month_first() -> None:
    doc = (
        "# Payments outage\n\n**Date:** 04/09/2024\n\n## Summary\n\nA customer wrote to support:"
        "\n\n> Hola, no puedo pagar con mi tarjeta desde esta mañana. Es la tercera vez que lo"
        "\n> intento y el pago no se completa. ¿Pueden revisar si hay un problema con los pagos"
        "\n> de la tienda? Gracias por la ayuda y por la paciencia con todos los clientes.\n\n"
        "## Timeline\n\n- 10:00 payments started failing\n- 11:00 payments restored\n"
    )
    assert metrics(postmortem.parse(doc)).incident_date == dt.date(2024, 4, 9)


def test_country_codes_in_an_english_log_are_no_language() -> None:
    doc = (
        "# CDN errors\n\n## Timeline\n\n- 03/04/2024 10:02 Elevated 5xx in DE, ES, FR PoPs\n"
        "- 03/04/2024 10:40 DE, ES back\n"
    )
    assert metrics(postmortem.parse(doc)).incident_date == dt.date(2024, 3, 4)


@pytest.mark.parametrize(
    "cell", ["Pas fait", "Nicht erledigt", "Noch nicht abgeschlossen", "Não concluído", "Not done"]
)
def test_a_negated_done_is_open(cell: str) -> None:
    doc = f"# T\n\n## Action items\n\n| Action | Status |\n| --- | --- |\n| Add alerts | {cell} |\n"
    assert [a.status for a in postmortem.parse(doc).action_items] == [postmortem.ActionStatus.OPEN]


def test_open_items_that_are_questions_are_no_actions() -> None:
    doc = (
        "# T\n\n## Open items\n\n- Why did the health check not catch the bad config?\n"
        "- Was the 14:02 deploy related?\n"
    )
    assert not postmortem.parse(doc).action_items


def test_items_closed_by_shortcodes_beside_items_ending_with_their_time() -> None:
    doc = (
        "# T\n\n## Timeline\n\n- Investigation started at 09:05 UTC\n"
        "- Runner A restarted at 09:20 UTC\n"
        '- Runner B up and serving. {{< track "2023-09-27 09:49:00" >}}\n'
        '- Runner C up and serving. {{< track "2023-09-27 09:59:00" >}}\n'
        "- Postmortem written at 15:00 UTC\n"
    )
    assert len(postmortem.parse(doc).timeline.events) == 5


def test_a_parent_item_keeps_its_own_shortcode_not_its_childs() -> None:
    doc = (
        '# T\n\n- Investigating runner failures. {{< track "2023-09-27 09:05:00" >}}\n'
        '  - Runner A is down. {{< track "2023-09-27 09:06:00" >}}\n'
        '- Runners fixed and back. {{< track "2023-09-27 09:30:00" >}}\n'
    )
    first = postmortem.parse(doc).timeline.events[0]
    assert (first.at, first.text) == (
        dt.datetime(2023, 9, 27, 9, 5),
        "Investigating runner failures.",
    )


# -- a review of the weekday groups, containment, French and render changes ----------------


@pytest.mark.parametrize(
    ("text", "milestone"),
    [
        # What a partition did is the failure, not a containment.
        ("Two nodes were isolated during the network partition", None),
        ("The primary node was isolated and the cluster lost quorum", None),
        ("The EU nodes were isolated in the split-brain", None),
        # Tried, planned, partial or failed is no return online.
        ("La remise en ligne a échoué", None),
        ("Tentative de remise en ligne", None),
        ("retour en ligne prévu à 18h", None),
        ("Retour en ligne partiel", None),
        ("email indiquant le retour en ligne", Milestone.IMPACT_ENDED),
        # Declining to engage acknowledges nothing, however said.
        ("Refusing to engage with the extortionist", None),
        ("We chose not to engage", None),
        ("We did not engage with the attacker", None),
        ("On-call engaged", Milestone.ACKNOWLEDGED),
    ],
)
def test_review_cues(text: str, milestone: Milestone | None) -> None:
    assert cues(text) == ((milestone,) if milestone else ())


def test_unsaying_about_in_french_and_keeping_a_range() -> None:
    r = postmortem.parse("# T\n\n## Timeline\n\n- vers 10:00 : erreurs\n- 11:00 rétabli\n")
    r.timeline.events[0].approximate = False
    out = postmortem.dumps(r)
    assert "- 10:00 : erreurs\n" in out
    assert not postmortem.parse(out).timeline.events[0].approximate
    # A range the model holds no end of is not rewritten (it would lose "and 10:30").
    text = "# T\n\n## Timeline\n\n- Between 10:00 and 10:30: errors\n- 11:00 resolved\n"
    r = postmortem.parse(text)
    r.timeline.events[0].approximate = True
    assert "Between 10:00 and 10:30" in postmortem.dumps(r)


def test_spaced_french_ranges_and_lengths() -> None:
    hit = split_stamp("9 h 21 – 9 h 40 : panne")
    assert hit is not None
    st = read_stamp("9 h 21 – 9 h 40 : panne"[hit[0] : hit[1]])
    assert (st.time, st.end_time) == (dt.time(9, 21), dt.time(9, 40))
    assert split_stamp("2 h 30 min later: paged") is None


def test_an_attribute_block_is_ids_and_classes_only() -> None:
    r = postmortem.parse("# T\n\n## Template {.Values.image}\n\nx\n\n## Summary {#sum}\n\ny\n")
    assert [s.title for s in r.sections] == ["Template {.Values.image}", "Summary"]


def test_an_attribute_value_may_hold_a_brace() -> None:
    # Review 40: the block is looked for from one of the title's last "{", not only the last.
    r = postmortem.parse("# T\n\n## Title {#id k={v}}\n\nx\n\n## Using {x} in templates\n\ny\n")
    assert [s.title for s in r.sections] == ["Title", "Using {x} in templates"]


def test_a_link_whose_text_holds_brackets_dates_nothing() -> None:
    # Review 41: "[the 2019-03-01 incident [PDF]](url)" names another incident's report.
    r = postmortem.parse(
        "# Outage\n\nSee [the 2019-03-01 incident [PDF]](url) for a similar case.\n"
    )
    assert metrics(r).incident_date is None


# -- review 56 ----------------------------------------------------------------------------

_T56 = (
    "\n\n## Timeline\n\n- 2025-09-02 11:03 UTC: alerts fired for API errors\n"
    "- 2025-09-02 11:17 UTC: rollback complete\n"
)


def test_a_zone_in_a_keys_full_width_parentheses_is_the_values() -> None:
    doc = (
        "# 故障复盘\n\n**日期**: 2024-10-25\n**开始时间（UTC+8）**: 2024-10-25 10:00\n\n"
        "## 时间线（UTC）\n\n- 02:05 告警触发\n- 02:40 恢复正常\n"
    )
    assert instants(doc)["started"] == dt.datetime(2024, 10, 25, 2, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "sentence",
    [
        "A similar outage from 2025-07-01 09:00 UTC is described in PM-12.",
        "Backups failed from 03:00 UTC every night last week; unrelated.",
    ],
)
def test_from_a_time_starts_the_incident_only_after_a_state(sentence: str) -> None:
    doc = f"# Outage\n\n**Date:** 2025-09-02\n\n{sentence}{_T56}"
    assert instants(doc)["started"] == dt.datetime(2025, 9, 2, 11, 3, tzinfo=UTC)


@pytest.mark.parametrize(
    "section",
    [
        "## Resolución\n\n**Hora:** 11:30 UTC\n**Acción:** reinicio del clúster\n",
        "## Communication\n\n**Time:** 11:30 UTC\n",
        "## Fix\n\n**Time:** 11:30 UTC\n**Action:** cluster restart\n",
    ],
)
def test_a_time_field_of_another_section_is_not_the_start(section: str) -> None:
    doc = (
        "# API outage\n\n**Fecha:** 2025-11-13\n\n## Summary\n\nThe API failed at 09:50 UTC.\n\n"
        + section
    )
    assert instants(doc)["started"] == dt.datetime(2025, 11, 13, 9, 50, tzinfo=UTC)


def test_a_hora_field_of_a_key_event_section_is_its_entry() -> None:
    doc = (
        "# Caída\n\n**Fecha:** 2025-11-13\n\n## Timeline\n\n### Detección\n\n"
        "- **Hora:** 09:20 UTC\n- **Quién:** Ana\n\n### Resolución\n\n"
        "- **Hora:** 10:40 UTC\n- **Quién:** Bo\n"
    )
    r = postmortem.parse(doc)
    assert [e.text for e in r.timeline.events] == ["Detección", "Resolución"]


def test_a_sentence_repeating_a_key_events_time_stays_in_its_prose() -> None:
    doc = (
        "# T\n\n**Date**: 2026-01-10\n\n## Timeline\n\n### Detection\n\n"
        "Errors began at 09:40 UTC and were paged at 10:00 UTC.\n\n"
        "- **Time:** 10:00 UTC\n- **Owner:** Ann\n\n### Fix\n\n- **Time:** 11:00 UTC\n"
        "- **Owner:** Bo\n"
    )
    assert instants(doc)["started"] == dt.datetime(2026, 1, 10, 9, 40, tzinfo=UTC)


# A clock field edited onto the next day: test_edits.py
# (test_an_edited_clock_only_field_on_another_day_keeps_its_zone).


@pytest.mark.parametrize(
    "entry",
    [
        "Postgres was OOM-killed; restarted automatically by systemd.",
        "Pod api-7f9c: restarted by kubelet (OOMKilled).",
        "Worker pool (restarted by the orchestrator) still failing.",
        "The node crashed, restarted, and crashed again.",
        "Pods were OOMKilled. Restarted 14 times in the last hour.",
        "Restarted pods keep crashing with OOM errors.",
        "Rebooted node never came back.",
        "We debated whether we restarted too early.",
        "Restarted repeatedly by the scheduler.",
        "Pod x: restarted in a crash loop.",
    ],
)
def test_a_restart_not_the_teams_own_is_no_mitigation(entry: str) -> None:
    assert Milestone.MITIGATED not in cues(entry)


def test_a_note_that_is_a_plan_names_no_milestone() -> None:
    doc = (
        "# Outage\n\n**Date:** 2026-01-31\n\n## Timeline\n\n| Time (UTC) | Event | Notes |\n"
        "|---|---|---|\n| 21:30 | Deploy v2 | Rollback plan: failover complete in 5 minutes "
        "if needed |\n| 21:40 | Errors start | |\n| 22:10 | Fix deployed | |\n"
    )
    got = instants(doc)
    assert got["started"] == dt.datetime(2026, 1, 31, 21, 40, tzinfo=UTC)
    assert got["mitigated"] != dt.datetime(2026, 1, 31, 21, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    "entry",
    [
        "监控没有检测到异常",
        "监控系统未能检测到主实例故障",
        "健康检查无法检测到该问题",
        "计划切换到备用实例",
        "手动切换到备用库失败",
    ],
)
def test_chinese_detection_and_failover_words_not_negated_planned_or_failed(entry: str) -> None:
    assert not set(cues(entry)) & {Milestone.DETECTED, Milestone.MITIGATED}


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("长期改进（1-3 个月）", postmortem.SectionKind.ACTION_ITEMS),
        ("后续（Action Items）", postmortem.SectionKind.ACTION_ITEMS),
        ("事件经过（Timeline）", postmortem.SectionKind.TIMELINE),
    ],
)
def test_full_width_parentheses_holding_a_space(heading: str, kind: object) -> None:
    from postmortem.vocabulary import section_kind

    assert section_kind(heading) is kind


def test_a_retrospectives_last_words_are_no_status_post() -> None:
    body = "The outage was caused by a misconfigured origin we had not tested under load. " * 5
    doc = (
        "---\ntitle: API outage\ndate: 2018-03-03T15:27:00Z\nresolved: true\n"
        "resolvedWhen: 2018-03-03T16:45:00Z\n---\n\n"
        f"{body}\n\nWe are working with our CDN provider to add a second origin.\n"
    )
    assert metrics(postmortem.parse(doc)).detected_at.value is None


# -- review 57 ----------------------------------------------------------------------------

_T57 = (
    "**Time:** 2024-03-05 10:00 UTC\n\n## Timeline\n\n- 2024-03-05 10:20 UTC Alerts fired\n"
    "- 2024-03-05 11:00 UTC Rolled back\n"
)


@pytest.mark.parametrize(
    "head",
    [
        "# Postmortems\n\n## Database outage on 2024-03-05\n\n",
        "## DB outage\n\n",
        "# DB outage\n\n## Background\n\n",
        "# DB outage\n\n## Incident Details\n\n### Start\n\n",
    ],
)
def test_a_time_field_under_an_ordinary_heading_is_the_start(head: str) -> None:
    assert instants(head + _T57)["started"] == dt.datetime(2024, 3, 5, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "sentence",
    [
        "The reporting DB is unavailable from 02:00 UTC every Sunday for maintenance.",
        "The same cluster was down from 2025-07-01 09:00 UTC in a previous incident (PM-12).",
        "As every week, the reporting DB was offline from 02:00 UTC for its backup.",
    ],
)
def test_a_state_from_a_time_of_a_routine_or_another_incident_starts_nothing(
    sentence: str,
) -> None:
    doc = f"# Outage\n\n**Date:** 2025-09-02\n\n{sentence}{_T56}"
    assert instants(doc)["started"] == dt.datetime(2025, 9, 2, 11, 3, tzinfo=UTC)


def test_failing_from_a_time_starts_the_incident() -> None:
    doc = f"# Outage\n\n**Date:** 2025-09-02\n\nRequests were failing from 10:40 UTC.{_T56}"
    assert instants(doc)["started"] == dt.datetime(2025, 9, 2, 10, 40, tzinfo=UTC)


@pytest.mark.parametrize(
    ("entry", "mitigation"),
    [
        ("Restarted by the on-call engineer", True),
        ("We restarted the database again and it recovered", True),
        ("Restarted 2x api nodes, errors cleared", True),
        ("Restarted pods kept failing health checks", False),
        ("Restarted workers continued to crash", False),
        ("Rebooted hosts were still unhealthy", False),
    ],
)
def test_whose_restart_it_was_and_whether_it_held(entry: str, mitigation: bool) -> None:
    assert (Milestone.MITIGATED in cues(entry)) is mitigation


def test_a_note_recalling_another_incident_ends_nothing() -> None:
    doc = (
        "# Outage\n\n**Date:** 2026-01-31\n\n## Timeline\n\n| Time (UTC) | Event | Notes |\n"
        "|---|---|---|\n| 21:40 | Errors start | |\n"
        "| 21:45 | Alert fired | Same as INC-123, which was resolved by a restart |\n"
        "| 22:10 | Fix deployed | |\n"
    )
    got = instants(doc)
    assert got["impact_ended"] == dt.datetime(2026, 1, 31, 22, 10, tzinfo=UTC)
    assert got["resolved"] == dt.datetime(2026, 1, 31, 22, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("entry", "ends"),
    [
        ("The site briefly returned online", False),
        ("It returned online for about two minutes before failing again", False),
        ("The site returned online", True),
    ],
)
def test_a_return_online_that_did_not_hold(entry: str, ends: bool) -> None:
    assert (Milestone.IMPACT_ENDED in cues(entry)) is ends


@pytest.mark.parametrize(
    ("entry", "milestone", "named"),
    [
        ("已经切换到备用实例", Milestone.MITIGATED, True),
        ("监控没能检测到异常", Milestone.DETECTED, False),
        ("监控未及时检测到主库故障", Milestone.DETECTED, False),
        ("Last observed database error", Milestone.DETECTED, False),
    ],
)
def test_cjk_done_and_negated_and_the_last_error_seen(
    entry: str, milestone: Milestone, named: bool
) -> None:
    assert (milestone in cues(entry)) is named


@pytest.mark.parametrize("heading", ["一、事件经过", "事件经过说明"])
def test_a_numbered_chinese_timeline_heading(heading: str) -> None:
    from postmortem.vocabulary import section_kind

    assert section_kind(heading) is postmortem.SectionKind.TIMELINE


@pytest.mark.parametrize(
    "first",
    [
        "* 2023-02-14 18:00 - Maintenance announced for tomorrow's upgrade\n",
        "* 2023-02-15 09:00 - Deploy of v2 (routine)\n",
    ],
)
def test_a_quarter_hour_opening_stands_over_a_quiet_first_entry(first: str) -> None:
    doc = (
        "---\nsection: issue\ntitle: API errors\ndate: 2023-02-15T10:15:00Z\nresolved: true\n"
        "resolvedWhen: 2023-02-15T12:00:00Z\n---\nAPI errors.\n\n## Timeline\n\n"
        f"{first}* 2023-02-15 10:15 - API errors begin\n* 2023-02-15 11:00 - Rolled back\n\n"
        "All times are UTC.\n"
    )
    assert instants(doc)["started"] == dt.datetime(2023, 2, 15, 10, 15, tzinfo=UTC)


@pytest.mark.parametrize("key", ["ミーティング開始日時", "メンテナンス開始日時", "会议开始时间"])
def test_a_cjk_key_of_another_events_start_is_not_the_incidents(key: str) -> None:
    # Review 56: a katakana word counted as one made these short enough to be key events.
    doc = (
        f"# 障害報告書\n\n**{key}**: 2024年10月25日 14:00\n\n## タイムライン\n\n"
        "- 2024-10-25 10:00 障害発生\n- 2024-10-25 10:40 復旧完了\n"
    )
    assert instants(doc)["started"] == dt.datetime(2024, 10, 25, 10, 0)


def test_a_time_field_in_an_appendix_of_updates_is_not_the_start() -> None:
    # Review 57: an appendix was read with no heading, so its updates' time was the start.
    doc = (
        "# API outage\n\n**Date:** 2025-11-13\n\n## Background\n\nThe API serves the app.\n\n"
        "## Appendix: Status page updates\n\n**Time:** 12:15 UTC\n"
    )
    assert postmortem.parse(doc).metadata.started_at is None


def test_a_time_heading_under_communication_is_not_the_start() -> None:
    # Review 57: "### Time: 12:15 UTC" under "## Communication" is when the message went out;
    # comdex's "## Time: 5:13:57 UTC" among its heading fields stays the start.
    doc = (
        "# API outage\n\n**Date:** 2025-11-13\n\n## Summary\n\nThe API failed.\n\n"
        "## Communication\n\n### Time: 12:15 UTC\n\nPosted to status page.\n"
    )
    assert postmortem.parse(doc).metadata.started_at is None
    comdex = "## INCIDENT REPORT: Halt\n\n## Date: 12th March 2023\n\n## Time: 5:13:57 UTC\n"
    got = postmortem.parse(comdex).metadata.started_at
    assert got == dt.datetime(2023, 3, 12, 5, 13, 57, tzinfo=UTC)
