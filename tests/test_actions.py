"""Action items in each family of shapes, one small fixture per family.

Each fixture is modelled on a shape seen in real reports of at least two organisations; the
negative cases are the look-alikes that must not be read as actions.
"""

from __future__ import annotations

import datetime as dt

import pytest

import postmortem
from postmortem import ActionStatus as S
from postmortem.parsing.actions import status_from_text
from postmortem.vocabulary import section_kind

from edit_property import check, edits_for


def parse(text: str) -> postmortem.Report:
    report = postmortem.parse(text)
    assert postmortem.dumps(report) == text  # every shape round-trips
    return report


def got(text: str) -> list[tuple[str, S]]:
    return [(a.description, a.status) for a in parse(text).action_items]


# -- which sections hold actions --------------------------------------------------------------


@pytest.mark.parametrize(
    "heading",
    [
        "Prevention",
        "Remediation",
        "Future works",
        "Future plan",
        "Future mitigations and product improvements",
        "What we are changing beyond the patch",
        "What is being done about this?",
        "Looking Forward",
        "Moving Forward: Lessons Learned and Future Safeguards",
        "Ações Preventivas",
        "Acciones correctivas",
        "后续待办事项",
        # cms-automation's "下一步行动" (next actions), as "Next steps".
        "下一步行动",
        "今後の対応",
        # Luckin US's RDS report and ekiden-tracker's: improvements by their horizon.
        "🔧 短期优化（2周内）",
        "🏗️ 长期改进（1-3个月）",
        "7.4 長期的改善項目（優先度：🟢 中）",
        "アクションアイテム",
        "🔮 ACCIONES FUTURAS RECOMENDADAS",
        "预防",
        "Действия",
        "재발 방지 대책",
        "What are the next steps for Replit?",
        "What could be done to avoid this in future?",
        "Prevent Recurrence",
        "7. Preventive Enhancements",
        # NuGet, dotabod, lambda-feedback, Cyb3r-Jak3, Dev-Osmium, Rotko.
        "Conclusions - What We Plan to Change",
        "Work Items Discovered",
        "What We Changed",
        "Recommended Actions",
        "Remedial Actions",
        "How am I fixing it?",
        "Future Work",
        # Tasbihfy's compromise report.
        "Remediation Actions",
        # DaylightStation, Invegent, Flutter.
        "Fixes Needed",
        "Remaining fixes needed",
        "Fix plan",
        "Fixes",
        # Direct-Private-Offers' incident report.
        "Recommended Follow-Up",
        "Suggested follow-up",
    ],
)
def test_action_sections_by_heading(heading: str) -> None:
    text = f"# T\n\n## {heading}\n\n- Add a try/catch to webhooks.\n- Test webhooks in staging.\n"
    want = ["Add a try/catch to webhooks.", "Test webhooks in staging."]
    assert [d for d, _ in got(text)] == want


@pytest.mark.parametrize(
    "heading", ["Verification checklist", "Checklist de Verificação Pós-Incidente", "验证清单"]
)
def test_a_checklist_that_verifies_the_fix_is_no_actions(heading: str) -> None:
    text = (
        f"# T\n\n## {heading}\n\n- [x] Site answers 200\n- [ ] Health check green\n\n"
        "## Action items\n\n- Add a try/catch to webhooks.\n"
    )
    assert [d for d, _ in got(text)] == ["Add a try/catch to webhooks."]


def test_a_looking_forward_list_restates_the_actions_of_a_remediation_section() -> None:
    text = (
        "# T\n\n## Remediation\n\n- Add a try/catch to webhooks.\n\n"
        "## Moving forward\n\nWe are now focused on:\n\n- Hardening webhooks\n- Better alerts\n"
    )
    assert [d for d, _ in got(text)] == ["Add a try/catch to webhooks."]


def test_prevention_subsections_with_a_field_of_their_own_are_not_actions() -> None:
    r = parse(
        "# T\n\n## Prevention Measures\n\n**Technical Improvements**:\n- Rate limits\n\n"
        "**Action Items**:\n\n| Action Item | Owner |\n|---|---|\n"
        "| Add rate limits | Net team |\n\n"
        "### Process Improvements\n\n- Review pool settings\n"
    )
    assert [a.description for a in r.action_items] == ["Add rate limits"]
    assert r.prevention.process == ["Review pool settings"]
    assert r.prevention.technical == ["Rate limits"]


def test_a_question_heading_gives_items_from_its_lists_not_its_prose() -> None:
    text = (
        "# T\n\n## What is ACME doing now?\n\nACME will contact every user next week.\n\n"
        "## What is ACME doing before restoring service?\n\n"
        "ACME has implemented new review processes, improvements include:\n"
        "- All changes use a template.\n- Commits are descriptive.\n\n"
        "Before restoring the API, the team will be implementing audit tracking.\n"
        "- Auditing will be enabled at the database level.\n"
    )
    assert got(text) == [
        ("All changes use a template.", S.DONE),  # the lead-in says it is done
        ("Commits are descriptive.", S.DONE),
        ("Auditing will be enabled at the database level.", S.UNKNOWN),
    ]


def test_a_lead_in_that_says_what_was_learnt_marks_nothing_done() -> None:
    # npm's 2013 outage: "This new knowledge has made clear several steps that we need to
    # take"; the steps are to come, and an item added under them reads back as written.
    text = (
        "# T\n\n## What is being done to prevent future incidents?\n\n"
        "This new knowledge has made clear several steps that we need to take:\n\n"
        "1. **Always be in multi-master**: add capacity.\n2. **Spare replica**: run one.\n"
    )
    assert {st for _, st in got(text)} == {S.UNKNOWN}
    for name, edit in edits_for(parse(text)):
        assert check(text, name, edit) is None, name


def test_a_lead_in_that_reports_the_work_rolled_out_marks_it_done() -> None:
    # Railway's "Preventative Measures": two lead-ins, the first reports the work done.
    text = (
        "# T\n\n## Preventative Measures\n\nSo far we’ve rolled out:\n\n"
        "* Login rate limit queues\n* Websocket reconnect backoff\n\n"
        "Within the next 24 hours we will be rolling out:\n\n* WAF rules API testing\n"
    )
    assert got(text) == [
        ("Login rate limit queues", S.DONE),
        ("Websocket reconnect backoff", S.DONE),
        ("WAF rules API testing", S.UNKNOWN),
    ]


# -- actions written as prose -----------------------------------------------------------------


def test_one_action_per_prose_subsection() -> None:
    text = (
        "# T\n\n## How are we going to do better in the future?\n\n"
        "### Faster deployment revert\n\nA revert was not possible; this is a top priority.\n\n"
        "### Cleanup of the production machine\n\nWe need to clean up old log files.\n"
    )
    assert [d for d, _ in got(text)] == [
        "Faster deployment revert",
        "Cleanup of the production machine",
    ]


def test_a_subsection_that_says_none_is_no_action() -> None:
    text = (
        "# T\n\n## Future works\n\n### Monitoring\n\nWe will alert on lag.\n\n"
        "### Process\n\nNone.\n"
    )
    assert [d for d, _ in got(text)] == ["Monitoring"]


def test_one_action_per_paragraph_when_each_reads_as_an_action() -> None:
    text = (
        "# T\n\n## Follow-up\n\nThe monitoring should notify more people. (filed #133)\n\n"
        "The check points at the wrong host. (fixed by adding a new check)\n\n"
        "Investigate why the marshalling changed.\n"
    )
    assert got(text) == [
        ("The monitoring should notify more people. (filed #133)", S.OPEN),
        ("The check points at the wrong host. (fixed by adding a new check)", S.DONE),
        ("Investigate why the marshalling changed.", S.UNKNOWN),
    ]


def test_prose_about_actions_is_not_a_list_of_them() -> None:
    text = (
        "# T\n\n## Future measures\n\nWe will be introducing rate limiting.\n\n"
        "Many have speculated that this was related to the policy debate.\n"
    )
    assert got(text) == []


def test_follow_up_lists_under_labels_are_review_schedules() -> None:
    text = "# T\n\n## Follow-up\n\n**One Week Follow-Up**:\n- Review action item progress\n"
    assert got(text) == []
    assert got(text.replace("**One Week Follow-Up**:", "At one week:")) == []
    # A label over a list of its own is a part of the follow-up, not an action.
    assert got("# T\n\n## Follow-up\n\n- **Success Criteria:**\n  - No misconfig ships\n") == []
    # A review schedule of its own, by its heading or by its items' keys.
    assert got("# T\n\n## Review Schedule\n\n- Check the dashboards weekly\n") == []
    assert (
        got("# T\n\n## Follow-up\n\n- **1 Week Review**: [Date]\n- **1 Month Review**: x\n") == []
    )


@pytest.mark.parametrize(
    "body",
    [
        "- **Monthly check added:** A task queries both nameservers.\n"
        "- **Known quirk documented:** IPv6-only destinations hang.\n",
        "| Issue | Outcome |\n|---|---|\n| #41 alerting gap | Resolved by PR #47 |\n"
        "| #46 versioned docs | Open, deferred |\n",
    ],
)
def test_a_follow_up_section_with_a_list_or_table_of_its_own_holds_actions(body: str) -> None:
    items = got(f"# T\n\n## Follow-up\n\n{body}\n## Lessons\n\n- Check what depends on it.\n")
    assert len(items) == 2


# -- lead-ins, labels and trackers outside action sections ------------------------------------


def test_a_commitment_lead_in_introduces_actions() -> None:
    text = (
        "# T\n\n## Lessons\n\nThe team will address the following items before the next "
        "upgrade:\n\n1. Announce downtime early.\n2. Keep a rollback snapshot.\n\n"
        "Lastly, we will upgrade to Bedrock. Specifically:\n\n- Blocks every two seconds.\n"
    )
    assert [d for d, _ in got(text)] == ["Announce downtime early.", "Keep a rollback snapshot."]


def test_a_tracker_table_is_known_by_its_columns() -> None:
    text = (
        "# T\n\n## Current status\n\n"
        "| Repository | Remediation Action Required | Current Status |\n|---|---|---|\n"
        "| a/b | Restore the branch head | **🔴 OUTSTANDING** (still bad) |\n"
        "| a/c | Delete the branch | **🟢 CLEANED** (at 07:44) |\n\n"
        "## Timeline\n\n| Time | Event | Action Taken |\n|---|---|---|\n"
        "| 10:00 | Alert | Paged on-call |\n"
    )
    assert got(text) == [("Restore the branch head", S.OPEN), ("Delete the branch", S.DONE)]


def test_singular_action_labels_are_one_item_each() -> None:
    text = (
        "# T\n\n## Lessons learned\n\n### Disclosure\n\nSome context.\n\n"
        "**Action taken:** This process is now documented.\n\n### Defence\n\n"
        "**Action taken:**\n\nWe've established criteria for pausing:\n\n"
        "- If an attack is ongoing: pause.\n- Otherwise: do not pause.\n\n"
        "### Alerting\n\n**Action planned:** We will expand the monitoring checks.\n\n"
        "### Geth\n\nAction point: create an announcement list.\n"
    )
    assert got(text) == [
        ("This process is now documented.", S.DONE),
        ("We've established criteria for pausing:", S.DONE),
        ("We will expand the monitoring checks.", S.UNKNOWN),
        ("create an announcement list.", S.UNKNOWN),
    ]


@pytest.mark.parametrize("label", ["**Action Items:**", "__Action items:__", "**Action item:**"])
def test_a_bold_label_alone_is_no_item_of_its_closing_marks(label: str) -> None:
    # The Google SRE book's layout, as datosh's blog writes it: bold fields, then the label
    # over a list of links. Its closing "**" was read as an item.
    text = (
        "# Flash device failure\n\n**Status:** Complete.\n\n**Detection:** Broken web UI.\n\n"
        f"{label}\n\n* [Restore config](https://x.test/4)\n* Automated cloud backup\n"
    )
    assert all(d.strip("*_ ") for d, _ in got(text))


@pytest.mark.parametrize(
    ("items", "first"),
    [
        # INC-934's follow-ups and Auto-Claude's next steps: each says its status its way.
        ("- ✅ **Already Done:** Replaced the certificate\n- ✅ Reduced the alert delay\n",
         "- ✅ Probe item (done)"),
        ("1. ~~Verify v2.7.1 assets~~ ✅ Complete\n2. ~~Compare with v2.7.0~~ ✅ Complete\n",
         "1. Probe item (done) Complete"),
    ],
)  # fmt: skip
def test_a_status_said_twice_is_no_part_of_the_items_words(items: str, first: str) -> None:
    # The writer adds "(done)" to an item of a list whose items say it otherwise: read back,
    # it is the item's status, not its words, so an inserted item reads back as inserted.
    text = f"# T\n\n## Follow-up actions\n\n{first}\n{items}"
    assert got(text)[0] == ("Probe item", S.DONE)
    for name, edit in edits_for(parse(text.replace(first + "\n", ""))):
        if name == "action.insert.first":
            assert check(text.replace(first + "\n", ""), name, edit) is None


# -- nesting and state ------------------------------------------------------------------------


def test_nested_boxes_detail_a_task_but_split_a_lead_in() -> None:
    text = (
        "# T\n\n## Action Items\n\n- [ ] Write clear instructions\n  - [ ] Add a migration "
        "guide\n- [ ] Ensure alerting is in place for:\n  - [ ] Warp Speed\n  - [x] Claims\n"
    )
    assert got(text) == [
        ("Write clear instructions", S.OPEN),
        ("Ensure alerting is in place for:", S.OPEN),
        ("Warp Speed", S.OPEN),
        ("Claims", S.DONE),
    ]


def test_already_done_wording() -> None:
    text = (
        "# T\n\n## Prevention\n\n- Already added the fix.\n- (Already planned) Build a status "
        "page.\n- We should restore the defaults.\n"
    )
    assert [s for _, s in got(text)] == [S.DONE, S.UNKNOWN, S.UNKNOWN]


@pytest.mark.parametrize(
    ("item", "status"),
    [("**Audit by capability.** *(done during the response)* Enumerating paths", S.DONE),
     ("**Alert on the symptom.** *(outstanding, nothing built)* 623 accounts", S.OPEN),
     ("**Address-bind.** *(shipped, [#67](https://example.com/67))* text", S.DONE),
     ("**✅ Enhanced Logging**: Deployed improved error handling", S.DONE),
     ("**🔄 Monitoring Setup**: Create alerts for missing samples", S.IN_PROGRESS),
     ("**Fix the config.** Then (done) was a word of the text", S.UNKNOWN),
     # Plain parentheses that are words of the item, not its status.
     ("**Rate limiter** (fixed window) per tenant", S.UNKNOWN),
     ("**Postmortem review** (done by the SRE guild each quarter)", S.UNKNOWN),
     ("**Move to the upstream library** (open source, MIT)", S.UNKNOWN),
     ("**Rotate the keys** (done, 2024-03-02)", S.DONE)],
)  # fmt: skip
def test_a_status_said_at_the_items_bold_label(item: str, status: S) -> None:
    assert got(f"# T\n\n## Action items\n\n1. {item}\n2. Add a runbook\n") == [
        (item, status),
        ("Add a runbook", S.UNKNOWN),
    ]


def test_an_item_added_beside_one_with_a_label_status_says_its_own() -> None:
    text = "# T\n\n## Action items\n\n1. **✅ Enhanced Logging**: Deployed\n"
    report = postmortem.parse(text)
    report.action_items.insert(0, postmortem.ActionItem("Add alerts", status=S.DONE))
    report.action_items.append(postmortem.ActionItem("Write a runbook"))
    again = postmortem.parse(postmortem.dumps(report))
    assert [(a.description, a.status) for a in again.action_items] == [
        ("Add alerts", S.DONE),
        ("**✅ Enhanced Logging**: Deployed", S.DONE),
        ("Write a runbook", S.UNKNOWN),
    ]


def test_a_struck_through_item_is_done() -> None:
    assert got("# T\n\n## Next steps\n\n- ~~Rotate the keys~~\n- Add alerting\n") == [
        ("~~Rotate the keys~~", S.DONE),
        ("Add alerting", S.UNKNOWN),
    ]


# -- half-filled templates (issue 12, item 7) -------------------------------------------------


def test_placeholder_rows_and_items_are_not_actions() -> None:
    r = parse(
        "# T\n\n## Action Items\n\n| ID | Action | Owner | Status |\n|---|---|---|---|\n"
        "| 1 | [Specific action to prevent recurrence] | [Name] | Not Started |\n"
        "| 2 | Add a load test | Tom | Done |\n\n### Documentation\n\n"
        "1. {{ Start writing after-action reports }} [link to github issue]\n"
        "2. {{ summary }} [link to github issue]\n\n### Later\n\n"
        "- [ ] `[Action 1 - Owner: Name, Due: Date]`\n"
    )
    assert [a.description for a in r.action_items] == [
        "Add a load test",
        "{{ Start writing after-action reports }} [link to github issue]",
    ]
    slots = [p.text for p in r.placeholders if p.path == "action_items"]
    assert slots == [
        "[Specific action to prevent recurrence]",
        "{{ summary }} [link to github issue]",
        "[Action 1 - Owner: Name, Due: Date]",
    ]


def test_a_category_list_restates_items_and_adds_none() -> None:
    r = parse(
        "# T\n\n## Action Items\n\n| Action | Owner |\n|---|---|\n"
        "| Add load test for search releases | Tom |\n| Alert on pool saturation | Yuki |\n"
        "| Enable slow-query log | Yuki |\n\n### Action Categories\n\n"
        "**Prevent Recurrence** (Stop this issue):\n- [ ] Load tests for every search release\n\n"
        "**Improve Detection** (Find issues faster):\n- [x] Pool saturation alert\n"
    )
    assert [(a.description, a.category) for a in r.action_items] == [
        ("Add load test for search releases", "Prevent Recurrence"),
        ("Alert on pool saturation", "Improve Detection"),
        ("Enable slow-query log", None),
    ]


@pytest.mark.parametrize(
    "legend",
    [
        "Priorities:\n\n- **P1**: fix within a day\n- **P2**: fix within a week\n",
        "**Priority levels**:\n- P1 – fix within a day\n- P2 – fix within a week\n",
        "* **High**: this quarter\n* **Low**: when there is time\n",
    ],
)
def test_legends_are_not_items(legend: str) -> None:
    text = f"# T\n\n## Action Items\n\n- [ ] Add alerting\n\n{legend}"
    assert [d for d, _ in got(text)] == ["Add alerting"]


def test_priority_tagged_items_are_not_a_legend() -> None:
    text = "# T\n\n## Corrective actions\n\n- **HIGH** Add smoke tests\n- **MEDIUM** Automate\n"
    assert len(got(text)) == 2


def test_a_label_naming_something_else_ends_the_actions() -> None:
    text = (
        "# T\n\n## What is ACME doing next?\n\n- Enable auditing.\n\n"
        "**Impacted Applications:**\n- App One\n- App Two\n"
    )
    assert [d for d, _ in got(text)] == ["Enable auditing."]


def test_a_new_item_takes_the_place_and_shape_of_the_unfilled_rows() -> None:
    text = (
        "# T\n\n## Action Items\n\n| Action | Owner | Due Date |\n|---|---|---|\n"
        "| [Specific action] | [Name] | YYYY-MM-DD |\n| [Another action] | [Name] | YYYY-MM-DD |\n"
    )
    r = parse(text)
    assert r.action_items == []
    r.action_items.append(postmortem.ActionItem("Add a load test", owner="Tom"))
    out = postmortem.dumps(r)
    assert "[Specific action]" not in out and "[Another action]" not in out
    again = postmortem.parse(out)
    assert [(a.description, a.owner) for a in again.action_items] == [("Add a load test", "Tom")]
    assert "| Add a load test" in out  # a row of the same table


@pytest.mark.parametrize(
    ("heading", "kind"),
    [("Временная шкала", "timeline"), ("タイムライン", "timeline"), ("CRONOLOGÍA", "timeline"),
     ("Первопричина", "root_cause"), ("根本原因分析", "root_cause"), ("장애 원인", "root_cause"),
     ("サマリー", "summary"), ("Сводка", "summary"), ("影響範囲", "impact"),
     ("Уроки", "lessons_learned"), ("教訓", "lessons_learned"),
     ("7. 액션 아이템 (전수 판정)", "action_items"), ("후속 조치", "action_items"),
     ("10. Следующие шаги", "action_items"), ("改善提案", "action_items"),
     ("Nächste Schritte", "action_items"), ("Prochaines étapes", "action_items"),
     ("Pendências", "action_items"), ("4.6 Ce qui reste ouvert", "action_items"),
     ("Open actions", "action_items"), ("Open items", "other"),
     ("Aksjonspunkter", "action_items"), ("Tidslinje", "timeline"),
     ("Hva lærte vi?", "lessons_learned"), ("Åtgärder", "other"), ("Verlauf", "timeline"),
     ("Störungsverlauf", "timeline"), ("The Fix", "other"),
     ("Časová osa incidentu", "timeline"), ("Oś czasu", "timeline"),
     ("恒久対策(採用決定と実施計画)", "action_items"),
     # Follow-up measures and work left, in German, Polish, French, Swedish and Dutch.
     ("Folgemaßnahmen", "action_items"), ("8. Działania następcze (do decyzji)", "action_items"),
     ("Travaux restants", "action_items"), ("8. Att göra härnäst", "action_items"),
     ("12. Aanbevolen vervolgstap", "action_items"),
     # A fix proposed, in English, Dutch, Czech, Italian and Korean; and "修复措施".
     ("✅ RECOMMENDED FIX PROCEDURE", "action_items"),
     ("Aanbevolen fix (gefaseerd)", "action_items"),
     ("Navrhované řešení", "action_items"), ("Mitigazione proposta", "action_items"),
     ("권장 조치", "action_items"), ("修复措施", "action_items"),
     ("How do we stop it from repeating?", "prevention"),
     ("6. Förebyggande efter återställning", "prevention"),
     # Not a proposal to the team: advice to readers stays unread.
     ("Recommendations", "other"), ("The fix", "other"),
     # Review 21: countermeasures taken, advice to readers, a to-do of another kind.
     ("Gegenmaßnahmen", "other"), ("Suggested mitigations", "other"),
     ("Recommended solution", "other"), ("Att göra en backup", "other"),
     # Actions asked for and the next ones (greenhouse-beach, ConfigHub, Maia, BoltRoute,
     # Cloud Posse), as "Immediate Actions Required" and "Next steps".
     ("🛠️ Action Required", "action_items"), ("Required Actions", "action_items"),
     ("8. Remaining Work / Next Actions", "action_items"), ("📞 NEXT ACTIONS", "action_items"),
     ("TODO List", "action_items"), ("No action required", "other"),
     ("Customer Action Required", "other"), ("Immediate Action Required", "action_items"),
     ("Why action was required", "other")],
)  # fmt: skip
def test_section_headings_in_other_languages(heading: str, kind: str) -> None:
    # Every alphabet keeps its letters when headings are compared (Cyrillic used to read as
    # nothing, Korean as loose letters).
    assert section_kind(heading).value == kind


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # A lead-in introduces the actions; only a schedule's label ("At one week:") does not.
        ("We will take the following actions:\n\n- Add alerts\n- Fix config\n", 2),
        ("| Review | Date |\n|---|---|\n| 1 week review | 2026-03-10 |\n"
         "| 1 month review | 2026-04-10 |\n", 0),
        ("- **Owner**: Alice\n- **Due**: 2026-03-10\n", 0),
    ],
)  # fmt: skip
def test_what_a_follow_up_list_is(body: str, want: int) -> None:
    assert len(got(f"# T\n\n## Follow-up\n\n{body}")) == want


@pytest.mark.parametrize(
    ("heading", "kind"), [("対策の検証", "success_criteria"), ("Résumé", "summary")]
)
def test_a_verification_heading_in_japanese_stays_checks(heading: str, kind: str) -> None:
    assert section_kind(heading).value == kind


@pytest.mark.parametrize(
    ("heading", "taken"),
    [
        # Beside a section of follow-ups, the steps taken in the response are no follow-ups
        # (the keys of umans', Bahamm's, clink's and arrgh-n8n's security reports leave them
        # out); alone, or as fixes made, they are items done.
        ("## Actions taken", False),
        ("### Принятые меры", False),
        ("## Fixes Implemented", True),
    ],
)
def test_a_section_of_actions_taken_holds_done_items(heading: str, taken: bool) -> None:
    text = f"# T\n\n{heading}\n\n- Restarted the db\n\n## Action items\n\n- Add alerts\n"
    done = [("Restarted the db", S.DONE)] if taken else []
    assert got(text) == [*done, ("Add alerts", S.UNKNOWN)]
    alone = f"# T\n\n{heading}\n\n- Restarted the db\n"
    assert got(alone) == [("Restarted the db", S.DONE)]


@pytest.mark.parametrize(
    ("group", "status"),
    [
        ("### Completed", S.DONE),
        ("### Completed ✅", S.DONE),
        ("### Immediate (Implemented)", S.DONE),
        ("**Bereits umgesetzt (technisch):**", S.DONE),
        ("### Medium-term (In Progress)", S.IN_PROGRESS),
        ("### Long-term (Planned)", S.OPEN),
        ("**Noch erforderlich (organisatorisch/extern):**", S.OPEN),
        ("### Remaining work", S.OPEN),
        # Svinolink's log, a Korean RCA, and the same in Japanese (full-width parentheses).
        ("**Превентивные меры (добавлены):**", S.DONE),
        ("### 즉시 조치 (완료)", S.DONE),
        ("### 即時対応（完了）", S.DONE),
        ("### 재발 방지 (예정)", S.OPEN),
        # Both states, or a group named for something else: nothing said.
        ("### Short-Term (Completed or In Progress)", S.UNKNOWN),
        ("### Open questions", S.UNKNOWN),
    ],
)
def test_a_group_named_for_a_state_gives_its_items_that_state(group: str, status: S) -> None:
    text = f"# T\n\n## Corrective actions\n\n{group}\n\n- Add an alert\n- Write a runbook\n"
    assert got(text) == [("Add an alert", status), ("Write a runbook", status)]


def test_a_section_named_for_open_items_gives_them_that_state() -> None:
    text = "# T\n\n## Open follow-ups\n\n- Add an alert\n\n## Lessons\n\nSome.\n"
    assert got(text) == [("Add an alert", S.OPEN)]


def test_an_item_edited_under_a_done_group_reads_back_as_edited() -> None:
    report = parse("# T\n\n## Corrective actions\n\n### Completed\n\n- Add an alert\n")
    report.action_items[0].status = S.OPEN
    again = postmortem.parse(postmortem.dumps(report))
    assert [a.status for a in again.action_items] == [S.OPEN]


def test_next_steps_in_russian_hold_the_items() -> None:
    text = "# Инцидент\n\n## 10. Следующие шаги\n\n- Вернуть webhook\n- Добавить алерт\n"
    assert got(text) == [("Вернуть webhook", S.UNKNOWN), ("Добавить алерт", S.UNKNOWN)]


def test_measures_needed_in_russian_are_actions() -> None:
    text = "# T\n\n### Необходимые меры\n\n- вернуть логирование ошибок\n"
    assert got(text) == [("вернуть логирование ошибок", S.UNKNOWN)]


@pytest.mark.parametrize(
    "heading", ["## Actions taken and next steps", "## Steps taken to prevent recurrence"]
)
def test_a_heading_that_only_begins_with_actions_taken_marks_nothing_done(heading: str) -> None:
    text = f"# T\n\n{heading}\n\n- Add an alert for queue depth\n"
    assert got(text) == [("Add an alert for queue depth", S.UNKNOWN)]


def test_an_item_still_to_do_under_actions_taken_is_not_done() -> None:
    text = (
        "# T\n\n## Actions taken\n\n- Restarted the db\n- TODO: write a runbook\n"
        "- We will add a canary stage\n"
    )
    assert [s for _, s in got(text)] == [S.DONE, S.UNKNOWN, S.UNKNOWN]


@pytest.mark.parametrize(
    ("item", "status"),
    [
        # UBApp's plan, PostHog's follow-ups, a lab's failure analysis.
        ("1. ✅ Implementar pool de conexiones", S.DONE),
        ("- ✅ Adding integration tests for the fetch wrapper", S.DONE),
        ("1. ✅ **Use better quality SD cards** (user mentioned this)", S.DONE),
        ("- ⏳ Tune the timeouts", S.IN_PROGRESS),
        ("- ❌ Rewrite the scheduler", S.WONT_DO),
        ("- Add alerts", S.UNKNOWN),
    ],
)
def test_a_status_mark_opening_an_item(item: str, status: S) -> None:
    report = postmortem.parse(f"# T\n\n## Action items\n\n{item}\n")
    assert [a.status for a in report.action_items] == [status]
    assert not report.action_items[0].description.startswith(("✅", "⏳", "❌"))


@pytest.mark.parametrize("status", list(S))
def test_a_status_mark_is_rewritten_in_its_place(status: S) -> None:
    text = "# T\n\n## Action items\n\n1. ✅ Implementar pool de conexiones\n2. Add alerts\n"
    report = postmortem.parse(text)
    report.action_items[0].status = status
    out = postmortem.dumps(report)
    assert out.count("Implementar pool de conexiones") == 1
    assert postmortem.parse(out) == report
    assert out.splitlines()[4].startswith("1. ") and out.splitlines()[5] == "2. Add alerts"


def test_a_list_defining_the_values_of_the_action_table_is_a_legend() -> None:
    # etcd's v3.5 post-mortem: the types and priorities its action table uses, defined above it.
    text = (
        "# T\n\n## Action items\n\nAction items fall under three types:\n\n"
        "- Prevent - Prevent similar issues from occurring.\n- Detect - Detect them sooner.\n\n"
        "Priorities:\n\n- P0 - Critical for the release.\n- P1 - Important later.\n\n"
        "| Action Item | Type | Priority |\n|---|---|---|\n"
        "| Testing reproduces inconsistencies | Prevent | P0 |\n"
        "| Corruption is detected by default | Detect | P1 |\n"
    )
    assert [d for d, _ in got(text)] == [
        "Testing reproduces inconsistencies", "Corruption is detected by default"
    ]  # fmt: skip
    # Without the table, the same words are items.
    bare = text[: text.index("| Action Item")]
    assert len(got(bare)) == 2


def test_ideas_under_a_could_heading_are_items_only_without_an_action_section() -> None:
    # GOV.UK's platform reports: "What we could do" lists beside "### Actions"; the FT's
    # Origami reports have only "What could be done to avoid this in future?".
    ideas = (
        "#### What we could do to prevent this happening again\n\n"
        "* multi-node control plane\n* pin dependencies to specific versions\n\n"
    )
    actions = "### Actions\n\n* Move incident reports to team manual [DB]\n"
    both = parse(f"# Harbor outage\n\n## Post-mortem\n\n{ideas}{actions}")
    assert [a.description for a in both.action_items] == [
        "Move incident reports to team manual [DB]"
    ]
    alone = parse(f"# Harbor outage\n\n## Post-mortem\n\n{ideas}")
    assert [a.description for a in alone.action_items] == [
        "multi-node control plane",
        "pin dependencies to specific versions",
    ]
    # Only a section of action items makes them ideas, not any section of follow-ups.
    follow = parse(f"# Harbor outage\n\n{ideas}## Follow-up\n\n- Meet the vendor\n")
    assert "multi-node control plane" in [a.description for a in follow.action_items]


def test_an_empty_action_items_section_leaves_the_could_list_the_items() -> None:
    r = parse(
        "# Disk full\n\n## What we could do to prevent this happening again\n\n"
        "- Add an alert on disk usage\n- Move the backups to a separate volume\n\n"
        "## Action items\n\nTBD\n"
    )
    assert [a.description for a in r.action_items] == [
        "Add an alert on disk usage",
        "Move the backups to a separate volume",
    ]


@pytest.mark.parametrize(
    "heading", ["## Improvements", "### Improvements for next time", "## Improving recovery"]
)
def test_improvements_hold_the_actions_of_a_report_without_others(heading: str) -> None:
    alone = f"# T\n\n{heading}\n\n- Inform earlier\n- Build a status page\n"
    assert got(alone) == [("Inform earlier", S.UNKNOWN), ("Build a status page", S.UNKNOWN)]
    # At the level of the section of action items, not under it.
    top = heading.replace("###", "##")
    beside = f"# T\n\n## Action items\n\n- Add alerts\n\n{top}\n\n- Inform earlier\n"
    assert got(beside) == [("Add alerts", S.UNKNOWN)]


@pytest.mark.parametrize(
    ("table", "statuses"),
    [
        (
            "| # | Ação | Responsável | Status |\n| --- | --- | --- | --- |\n"
            "| 1 | Extrair helper | Nicchon | aberto |\n| 2 | Registrar o postmortem | Nicchon "
            "| concluído |\n",
            [S.OPEN, S.DONE],
        ),
        (
            "| Acción | Prioridad | Estado | Responsable |\n| --- | --- | --- | --- |\n"
            "| Rotación de backups | Crítica | ⏳ Pendiente | Gabriel |\n"
            "| Limpieza de Docker | Alta | ✅ Completado | Gabriel |\n",
            [S.OPEN, S.DONE],
        ),
    ],
)
def test_action_tables_in_portuguese_and_spanish(table: str, statuses: list[S]) -> None:
    assert [s for _, s in got(f"# T\n\n## Action items\n\n{table}")] == statuses


def test_what_is_left_open_holds_open_items() -> None:
    text = "# Incidente\n\n## Pendências\n\n- Rodar o GRANT em prod\n- Revisar o canary\n"
    assert got(text) == [("Rodar o GRANT em prod", S.OPEN), ("Revisar o canary", S.OPEN)]


@pytest.mark.parametrize(
    ("item", "status"),
    [
        # bwb-stream2yt's next actions (Portuguese): the mark after the words, before its
        # status's word, or after a sentence of them.
        ("1. Corrigir o parâmetro. ✅ Implementado em `ensure_broadcast.py`.", S.DONE),
        ("2. Validar a execução. ✅ Executar `systemctl start` e confirmar.", S.DONE),
        ("3. Configurar swap leve ✅ `scripts/post_deploy.sh` cria o swapfile.", S.UNKNOWN),
        ("- Build the SQL queries ✅", S.DONE),
        ("- Port the runner ⏳", S.IN_PROGRESS),
        ("- Add swap ✅ done in post_deploy.sh", S.DONE),
        # In the words, not after them.
        ("- Mark with ✅ the rows that pass", S.UNKNOWN),
        ("- Rewrite the scheduler ❌", S.UNKNOWN),
    ],
)
def test_a_status_mark_after_an_items_words(item: str, status: S) -> None:
    report = postmortem.parse(f"# T\n\n## Próximas ações sugeridas\n\n{item}\n")
    assert [a.status for a in report.action_items] == [status]


@pytest.mark.parametrize(
    ("header", "cell", "want"),
    [("Status", "[Done](https://github.com/o/r/pull/1)", S.DONE),
     # NAV's action tables: the status under "Referanse", a link to the commit that did it.
     ("Referanse", "[Utført](https://github.com/navikt/r/commit/81103ba)", S.DONE),
     ("Notes", "Done", S.DONE),
     ("상태", "TODO", S.OPEN),
     ("Notes", "Ask Bob first", S.UNKNOWN),
     # Words that open or close with a status are no status column (review): a tool, an
     # area, a reason, a note.
     ("Tool", "New Relic", S.UNKNOWN), ("Area", "Open Banking", S.UNKNOWN),
     ("Why", "Same regression as INC-380, which was closed", S.UNKNOWN),
     ("Notes", "Open question whether to page", S.UNKNOWN),
     ("Status", "Klar for review", S.UNKNOWN)],
)  # fmt: skip
def test_a_status_column_by_what_its_cells_say(header: str, cell: str, want: S) -> None:
    r = postmortem.parse(
        f"# T\n\n## Action items\n\n| Action | Owner | {header} |\n| --- | --- | --- |\n"
        f"| Change the warning to an error | Ann | {cell} |\n| Watch the pool | Geir | |\n"
    )
    assert [a.status for a in r.action_items] == [want, S.UNKNOWN]


def test_a_prevention_section_beside_action_items_adds_none() -> None:
    # Beside a section of action items, a prevention section restates them, lists ideas
    # and standing checklists (Rebellions', Fyrsmith's, sum-platform's, charhub's reports).
    text = (
        "# Data loss\n\n## Prevention Measures\n\n### 1. Migration Review Checklist\n\n"
        "- [ ] Does this DELETE data?\n- [ ] Is there a rollback plan?\n\n"
        "### 2. Backups\n\n1. Test restores monthly\n2. Keep 30 days of backups\n\n"
        "## Action Items\n\n- [x] Restore the data\n- [ ] Add migration tests to CI\n"
    )
    r = postmortem.parse(text)
    assert [a.description for a in r.action_items] == [
        "Restore the data",
        "Add migration tests to CI",
    ]
    # So when the action items are in subsections of their section (screeps-gpt's,
    # July25's "### Immediate" / "### Short-term" horizons).
    nested = (
        "# X\n\n## Action Items\n\n### Immediate\n\n- [ ] Fix spawn queue\n- [ ] Add alerting\n\n"
        "## Prevention\n\n### Process Changes\n\n1. Mandatory regression tests\n"
        "2. Deployment validation gate\n"
    )
    assert len(postmortem.parse(nested).action_items) == 2
    # With no section of action items, the prevention section holds them.
    alone = text[: text.index("## Action Items")]
    assert len(postmortem.parse(alone).action_items) >= 2


@pytest.mark.parametrize(
    "text",
    [
        # Beside steps taken at once, the prevention section holds the follow-ups (review).
        "# DB\n\n## Immediate actions\n\n- [x] Restarted the primary\n\n## Preventive measures"
        "\n\n- [ ] Add replica lag alerting (@bob)\n- [ ] Automate failover drills (@ann)\n",
        # A table of owners and due days is tracked there, whatever the section is called.
        "# DB\n\n## Action Items\n\n- See the plan below.\n\n## Prevention\n\n"
        "| Action | Owner | Due |\n|---|---|---|\n| Add replica lag alerting | Bob | 2024-04-01 |\n"
        "| Automate failover drills | Ann | 2024-05-01 |\n",
    ],
)
def test_a_prevention_section_that_holds_the_follow_ups(text: str) -> None:
    described = [a.description for a in postmortem.parse(text).action_items]
    assert "Add replica lag alerting" in " ".join(described)
    assert "Automate failover drills" in " ".join(described)


@pytest.mark.parametrize(
    ("cell", "status"),
    [
        ("✅ Đã xong", S.DONE),
        ("⏳ Đang chờ", S.OPEN),
        ("Chưa hoàn thành", S.OPEN),
        ("Không hoàn thành", S.OPEN),
        ("Hoàn thành một phần", S.IN_PROGRESS),
        ("Đã hoàn thành một phần", S.IN_PROGRESS),
        ("Chưa xong", S.OPEN),
    ],
)
def test_vietnamese_statuses(cell: str, status: S) -> None:
    assert status_from_text(cell) is status


@pytest.mark.parametrize(
    "text",
    [
        # Lists under Action Items that are no follow-ups leave the prevention section its
        # items (review): lessons, steps taken during the incident.
        "# X\n\n## Action Items\n\n### Lessons learned\n\n- We learned a lot\n\n"
        "## Prevention\n\n- [ ] Add replica lag alerting\n- [ ] Automate failover drills\n",
        "# X\n\n## Action items\n\n### Taken during the incident\n\n- Restarted\n\n"
        "## Prevention\n\n- [ ] Add replica lag alerting\n- [ ] Automate failover drills\n",
    ],
)
def test_prevention_beside_action_items_that_are_no_follow_ups(text: str) -> None:
    described = [a.description for a in postmortem.parse(text).action_items]
    assert "Add replica lag alerting" in described


def test_a_follow_up_review_date_is_no_action_section() -> None:
    # Seed 002: review dates under "Follow-Up", bold lines naming no actions of their own.
    text = (
        "# T\n\n## Follow-Up\n\n**One Week Follow-Up**:\n- Review action item progress\n\n"
        "**One Month Follow-Up**:\n- Validate all action items completed\n"
    )
    assert [s.title for s in postmortem.parse(text).sections] == ["Follow-Up"]


def test_a_row_whose_action_is_none_is_no_item() -> None:
    # nova-os' token status table: only the row with something to do is an action.
    text = (
        "# T\n\n## Status\n\n| Token | Status | Action Needed |\n|---|---|---|\n"
        "| `ghp_a...` | Revoked | None |\n| `ghp_b...` | ACTIVE | **Revoke now** |\n"
        "| Workspace | Secured | _N/A_ |\n| Repo | Safe | No action needed |\n"
        "| Signal | Configured | None (monitor only) |\n| Bot | Idle | Nothing yet |\n"
    )
    got = [a.description for a in postmortem.parse(text).action_items]
    # "None (monitor only)" still names something to do.
    assert got == ["**Revoke now**", "None (monitor only)"]


def test_a_further_follow_up_is_no_action_section() -> None:
    text = "# T\n\n## Further follow-up\n\n- Vendor ticket: #12345\n- Status page: posted\n"
    assert postmortem.parse(text).action_items == []


@pytest.mark.parametrize(
    ("heading", "header", "row"),
    [
        ("Action Items", "| Action | Owner | Due |", "| Add disk alerts | Bob | 2025-11-01 |"),
        ("Nächste Schritte", "| Was | Wer | Wann |", "| Alarm einrichten | Bob | 20.03. |"),
        ("恒久対策", "| 対策 | 担当 | 期限 |", "| 監視の追加 | infra | 2025-11-01 |"),
    ],
)
def test_an_action_table_with_due_days_is_no_timeline(heading: str, header: str, row: str) -> None:
    # The dates of a plan are its items' due days: the rows are action items, not also
    # entries (their edits read back wrong when they were both).
    text = f"# Ausfall 14.03.2026\n\n## {heading}\n\n{header}\n|---|---|---|\n{row}\n{row}\n"
    r = postmortem.parse(text)
    assert r.timeline.events == [] and len(r.action_items) == 2


def test_an_action_named_none_alone_in_its_row_is_still_an_item() -> None:
    # Found by the built-report property: the writer's row of an item called "None" has no
    # other cell, so nothing says the row is about something else; it reads back.
    built = postmortem.Report(
        title="A", action_items=[postmortem.ActionItem(description="None", status=S.OPEN)]
    )
    again = postmortem.parse(postmortem.dumps(built))
    assert [(a.description, a.status) for a in again.action_items] == [("None", S.OPEN)]


def test_numbered_headings_over_words_then_lists_or_code_are_the_actions() -> None:
    # drewburr's NFS outage ("#### 1. Add swap" over why and a code block), a Korean ALB
    # report ("#### 1. Cloudflare IP 차단 해제 검토" over a note and a list), webuildanddesign
    # ("### 12.1 Eerst ..." over a lead-in and the facts to send).
    text = (
        "# T\n\n## Action items\n\n### 2.1 Immediate\n\n#### 1. Add swap\n\n"
        "No swap means hard failures.\n\n- fallocate a file\n- swapon\n\n"
        "#### 2. Cap the ZFS ARC\n\nZFS takes the RAM.\n\n```sh\necho 1\n```\n\n"
        "### 2.2 Later\n\n#### 3. Alert on memory pressure\n\n> in Grafana\n\n- page at 90%\n"
    )
    assert [d for d, _ in got(text)] == [
        "Add swap", "Cap the ZFS ARC", "Alert on memory pressure"
    ]  # fmt: skip
    dotted = (
        "# T\n\n## Next steps\n\n### 12.1 Ask the host\n\nOpen a ticket first.\n\n- which vhost\n"
    )
    assert [d for d, _ in got(dotted)] == ["Ask the host"]


@pytest.mark.parametrize(
    "section",
    [
        # A heading straight over its list heads the items listed (review 21).
        "## Prevention\n\n### 1. Monitoring\n\n- Add alert on disk\n- Add alert on memory\n\n"
        "### 2. Process\n\n- Review deploys\n",
        "## Action items\n\n### 12.1 Owners\n\n- Add alert on disk\n- Add alert on memory\n\n"
        "### 12.2 Later\n\n- Review deploys\n",
    ],
)
def test_numbered_headings_straight_over_lists_head_the_items(section: str) -> None:
    assert [d for d, _ in got(f"# T\n\n{section}")] == [
        "Add alert on disk", "Add alert on memory", "Review deploys"
    ]  # fmt: skip


def test_a_numbered_heading_over_a_list_alone_or_naming_a_group_is_not_one_action() -> None:
    alone = "# T\n\n## Action items\n\n### 1. Monitoring\n\n- Add alerts\n- Add a dashboard\n"
    assert [d for d, _ in got(alone)] == ["Add alerts", "Add a dashboard"]
    groups = (
        "# T\n\n## Action items\n\n### 1. Short term\n\nThis week.\n\n- Add alerts\n\n"
        "### 2. Completed\n\n- Rolled back\n"
    )
    assert [d for d, _ in got(groups)] == ["Add alerts", "Rolled back"]


def test_a_numbered_heading_item_keeps_its_place_when_edited() -> None:
    text = (
        "# T\n\n## Action items\n\n### 1. Add canary\n\nWhy.\n\n- detail one\n\n"
        "### 2. Add load tests\n\nWhy.\n\n- detail two\n"
    )
    r = parse(text)
    assert [a.description for a in r.action_items] == ["Add canary", "Add load tests"]
    r.action_items[1].status = S.DONE
    again = parse(postmortem.dumps(r))
    assert [(a.description, a.status) for a in again.action_items][1] == ("Add load tests", S.DONE)
    del r.action_items[0]
    assert [a.description for a in parse(postmortem.dumps(r)).action_items] == ["Add load tests"]


@pytest.mark.parametrize(
    "section",
    [
        # Review 22: a state, a lead-in or a checklist under a numbered heading.
        "### 1. Completed\n\nThese are done:\n\n- Add replica\n\n### 2. Open\n\n"
        "Still to do:\n\n- Add backup\n",
        "### 1. Database\n\nAll owned by the DB team.\n\n- [ ] Add replica\n- [x] Add backup\n",
    ],
)
def test_a_numbered_heading_naming_a_state_or_over_a_lead_in_heads_its_items(section: str) -> None:
    assert [d for d, _ in got(f"# T\n\n## Action items\n\n{section}")] == [
        "Add replica", "Add backup"
    ]  # fmt: skip


@pytest.mark.parametrize("tail", ["\n-", "\n-\n", "- [ ]\n", "\n-\n\n## Next\n\nText.\n"])
def test_a_list_item_with_no_words_is_no_action(tail: str) -> None:
    # FT Origami's report closes with a bare "-" under "What could be done to avoid this in
    # future?" and no final line break: no item. With the line break an edit elsewhere gives
    # the file, it became an item with no words.
    text = f"# Outage\n\n## Action items\n\n- Add a second image host\n{tail}"
    r = postmortem.parse(text)
    assert [a.description for a in r.action_items] == ["Add a second image host"]
    assert postmortem.dumps(r) == text


# -- a label announcing its sub-items; recommendations ----------------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "1. **Enhanced Monitoring**:",  # screeps-gpt's prevention measures
        "1. **Мониторинг**:",  # Fonana's "Рекомендации"
        "- 사전 검증 루틴:",  # SandBox-Infra's recurrence prevention
        "1. **Monitoring:**",
        "1. **Monitoring** (Priority: HIGH):",
    ],
)
def test_a_label_over_sub_items_is_their_category_not_an_item(lead: str) -> None:
    indent = " " * (3 if lead[0].isdigit() else 2)
    text = (
        f"# T\n\n## Action items\n\n{lead}\n{indent}- Add a disk alert\n"
        f"{indent}- Page on memory\n\n"
    )
    r = parse(text)
    label = lead.split(" ", 1)[1].split("(")[0].strip(" *:")
    assert [(a.description, a.category) for a in r.action_items] == [
        ("Add a disk alert", label),
        ("Page on memory", label),
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "1. **Implement request signing**",  # an action over its details (Pollinations)
        "1. **Consider CSI-addons:**",  # an action's verb, with a colon (dapper-cluster)
        "1. **Added npm scripts**:",  # an action done (Agentic QE)
        "1. **Content Policy** - Implement a 55-minute maximum",  # words after the label
        "1. **Zero Trust Architecture**",  # no colon: a name over what it means
    ],
)
def test_an_action_or_a_name_over_details_is_one_item(lead: str) -> None:
    text = f"# T\n\n## Action items\n\n{lead}\n   - one detail\n   - another detail\n"
    assert len(parse(text).action_items) == 1


def test_a_label_over_one_sub_item_or_none() -> None:
    text = "# T\n\n## Action items\n\n- **Registry:**\n  - Pin the registry\n- Add alerts\n"
    assert [(a.description, a.category) for a in parse(text).action_items] == [
        ("Pin the registry", "Registry"),
        ("Add alerts", None),
    ]
    # A label over nothing beside other groups: their items were all deleted.
    text = "# T\n\n## Action items\n\n- **Registry:**\n- **Alerts:**\n  - Page on disk\n"
    assert [d for d, _ in got(text)] == ["Page on disk"]
    # Alone, or beside items, it is an item (review 49: details not indented under it).
    text = "# T\n\n## Action items\n\n1. Runbook for DB failover:\n2. Quarterly restore test:\n"
    assert len(got(text)) == 2


def test_sub_items_of_a_label_take_edits() -> None:
    text = (
        "# T\n\n## Action items\n\n1. **Monitoring**:\n   - Add a disk alert\n   - Page on memory\n"
    )
    r = parse(text)
    r.action_items[1].status = S.DONE
    r.action_items[0].description = "Add a disk and an inode alert"
    again = parse(postmortem.dumps(r))
    assert [(a.description, a.status) for a in again.action_items] == [
        ("Add a disk and an inode alert", S.UNKNOWN),
        ("Page on memory", S.DONE),
    ]
    del again.action_items[0]
    assert [a.description for a in parse(postmortem.dumps(again)).action_items] == [
        "Page on memory"
    ]


@pytest.mark.parametrize(
    "heading",
    ["Recommendations", "6. Recommendations", "Immediate Recommendations", "Рекомендации"],
)
def test_recommendations_are_the_actions_of_a_report_with_no_other(heading: str) -> None:
    # DIA radio's, kevsrobots', PrestaShop's, Pollinations' and Fonana's reports put their
    # follow-ups under "Recommendations" and nowhere else.
    text = f"# T\n\n## Summary\n\nDown.\n\n## {heading}\n\n- Add a disk alert\n- Page on memory\n"
    assert [d for d, _ in got(text)] == ["Add a disk alert", "Page on memory"]


def test_recommendations_beside_action_items_are_not_read() -> None:
    # GOV.UK's platform reports, Merlin2: beside the actions, advice or the same again.
    text = (
        "# T\n\n## Action items\n\n- Add a disk alert\n\n"
        "## Recommendations\n\n- Move to a managed service\n"
    )
    assert [d for d, _ in got(text)] == ["Add a disk alert"]


@pytest.mark.parametrize(
    "body",
    [
        # ESLint's 2018 report: advice to npm maintainers and users.
        "With hindsight, we have a few recommendations for npm package maintainers and users:"
        "\n\n- Package maintainers should enable two-factor authentication\n",
        # scholarship-api's "For User" steps.
        "### For User\n\n1. **Hard refresh** the preview\n2. **Clear browser cache**\n",
        # comdex: a paragraph of advice commits to no item.
        "The team will implement more test cases to find such bugs earlier.\n",
    ],
)
def test_recommendations_to_others_or_in_prose_are_no_actions(body: str) -> None:
    text = f"# T\n\n## Summary\n\nDown.\n\n## Recommendations\n\n{body}"
    assert got(text) == []


def test_recommendations_for_the_system_beside_those_for_users() -> None:
    text = (
        "# T\n\n## Recommendations\n\n### For User\n\n1. Clear the cache\n\n"
        "### For System\n\n- Monitor for more reports\n"
    )
    assert [d for d, _ in got(text)] == ["Monitor for more reports"]


# Review 49: what a label over sub-items is not, and advice read more narrowly.


@pytest.mark.parametrize(
    "lead",
    [
        "- **Rotate all credentials:**",  # an action's verb over its objects
        "- **Добавить мониторинг**:",  # a Russian infinitive
        "- Adding alerts for:",  # leads into its objects
        "- We will add alerts for:",
        "- **Why it was missed:**",  # a note, not a group
        "- **Context:**",
        "- **Is this enough?**",
    ],
)
def test_a_task_note_or_question_over_sub_items_is_no_group(lead: str) -> None:
    text = f"# T\n\n## Action items\n\n{lead}\n  - AWS keys\n  - GitHub tokens\n"
    assert len(parse(text).action_items) <= 1


def test_numbered_steps_under_a_label_are_one_procedure() -> None:
    text = (
        "# T\n\n## Action items\n\n1. **Database failover drill:**\n   1. Promote the replica\n"
        "   2. Point the app at it\n"
    )
    assert len(parse(text).action_items) == 1


def test_sub_items_of_a_label_keep_their_owner_due_day_and_priority() -> None:
    text = (
        "# T\n\n## Action items\n\n- **Monitoring:**\n  - Page on memory - Owner: Bob\n"
        "  - Add a disk alert (owner: alice, due: 2026-03-01)\n"
    )
    items = parse(text).action_items
    assert [(a.description, a.owner) for a in items] == [
        ("Page on memory", "Bob"),
        ("Add a disk alert", "alice"),
    ]
    assert items[1].due == dt.date(2026, 3, 1)
    for name, edit in edits_for(parse(text)):
        assert check(text, name, edit) is None, name


def test_a_label_giving_advice_to_users_is_no_group() -> None:
    text = "# T\n\n## Action items\n\n- **For users:**\n  - Clear the cache\n- Add alerts\n"
    assert [d for d, _ in got(text)] == ["Add alerts"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Only the list a lead-in to others stands over, not the section.
        (
            "- Add a disk alert\n\nNote: these are not recommendations for customers.\n",
            ["Add a disk alert"],
        ),
        (
            "**For customers:**\n\n- Clear the cache\n\n**For us:**\n\n- Add a disk alert\n",
            ["Add a disk alert"],
        ),
        # The team's own developers are no others.
        ("### For the Developer Team\n\n- Add a disk alert\n", ["Add a disk alert"]),
        ("### For our developers\n\n- Add a disk alert\n", ["Add a disk alert"]),
        ("### What you can do\n\n- Clear the cache\n", []),
        ("### Для пользователей\n\n- Очистить кэш\n", []),
        # A table of recommendations: the recommendation is the item.
        (
            "| Area | Recommendation | Priority |\n|---|---|---|\n"
            "| Monitoring | Add a disk alert | High |\n",
            ["Add a disk alert"],
        ),
    ],
)
def test_recommendations_read_narrowly(body: str, expected: list[str]) -> None:
    text = f"# T\n\n## Summary\n\nDown.\n\n## Recommendations\n\n{body}"
    assert [d for d, _ in got(text)] == expected


@pytest.mark.parametrize(
    "taken",
    [
        "## Remediation Actions Taken",
        "## ✅ ACTIONS TAKEN - MALWARE REMOVED",
        "### D) Actions taken",
    ],
)
def test_steps_taken_beside_the_follow_ups_are_the_response(taken: str) -> None:
    # Bahamm's, umans' and clink's security reports: the steps taken in the response, then
    # the follow-ups the report commits to.
    text = (
        f"# Incident\n\n{taken}\n\n1. ✅ Killed the miner\n2. ✅ Rotated the key\n\n"
        "## Follow-up Actions\n\n- [ ] Enable the firewall\n- [ ] Install Fail2Ban\n"
    )
    assert [d for d, _ in got(text)] == ["Enable the firewall", "Install Fail2Ban"]


def test_steps_taken_alone_or_as_a_label_are_still_read() -> None:
    alone = "# Incident\n\n## Actions Taken\n\n- Killed the miner\n- Rotated the key\n"
    assert len(got(alone)) == 2
    # Optimism's lessons: "**Actions planned:**" and "**Actions taken:**" labels side by side.
    labels = (
        "# Incident\n\n## Lessons learned\n\n### Reviews\n\n**Actions planned:**\n\n"
        "- Add a second reviewer\n\n**Actions taken:**\n\n- Wrote a review guide\n"
    )
    assert len(got(labels)) == 2


# Review 50: the steps taken in a response, read narrowly.

_H = "# I\n\n## Summary\n\nDown.\n\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Follow-ups nested in the section of steps taken are follow-ups.
        (
            "## Actions taken\n\n- Restarted the db\n\n### Follow-up items\n\n- Add alerting\n",
            ["Restarted the db", "Add alerting"],
        ),
        # A list of nothing to do is no follow-up.
        (
            "## Actions taken\n\n- Restarted the db\n\n## Action items\n\n- TBD\n",
            ["Restarted the db", "TBD"],
        ),
        # A heading that also names what is to come.
        (
            "## Actions taken / planned\n\n- [x] Restarted the db\n- [ ] Add alerting\n\n"
            "## Action items\n\n- Write runbook\n",
            ["Restarted the db", "Add alerting", "Write runbook"],
        ),
        # What is still open among the steps taken stays.
        (
            "## Remediation Actions Taken\n\n- [x] Restarted the db\n- [ ] Rotate the key\n\n"
            "## Action items\n\n- Write runbook\n",
            ["Rotate the key", "Write runbook"],
        ),
    ],
)
def test_steps_taken_are_dropped_only_beside_real_follow_ups(
    body: str, expected: list[str]
) -> None:
    assert [d for d, _ in got(_H + body)] == expected


def test_russian_category_nouns_are_no_verbs() -> None:
    text = (
        _H + "## Action items\n\n1. **Безопасность**:\n   - Включить 2FA\n   - Сменить пароли\n"
        "2. **Надёжность**:\n   - Добавить реплику\n"
    )
    assert [(a.description, a.category) for a in parse(text).action_items] == [
        ("Включить 2FA", "Безопасность"),
        ("Сменить пароли", "Безопасность"),
        ("Добавить реплику", "Надёжность"),
    ]


def test_an_action_column_beats_a_recommendation_column() -> None:
    text = (
        _H + "## Action items\n\n| Finding | Recommendation | Action | Owner |\n|---|---|---|---|\n"
        "| Lag | Alert on it | Add lag alert | Bob |\n"
    )
    assert [d for d, _ in got(text)] == ["Add lag alert"]


def test_actions_asked_for_under_action_required_are_items() -> None:
    # greenhouse-beach's sensor outage: the steps asked of the owner, numbered.
    text = (
        "# Sensor offline\n\n## Timeline\n\n- 10:00 - sensor stops reporting\n"
        "- 10:30 - noticed\n\n## 🛠️ Action Required\n\n@Nick:\n\n1. Locate the sensor\n"
        "2. Check if it's powered\n3. Power cycle it\n4. Verify it comes back online\n"
    )
    assert [d for d, _ in got(text)] == [
        "Locate the sensor", "Check if it's powered", "Power cycle it",
        "Verify it comes back online",
    ]  # fmt: skip


def test_an_action_label_in_a_timeline_entry_is_the_entrys_words() -> None:
    # WizardSofts' HTTPS retrospective: "- **Action Required**: ..." under a timeline's
    # entry heading; read as an action item, an edit to it landed inside the entry.
    text = (
        "# HTTPS outage\n\n## Timeline\n\n### 09:32 UTC - Final status\n\n- All sites up\n\n"
        "### 09:50 UTC - Temporary fix\n\n- Switched to staging\n"
        "- **Action Required**: User must choose DNS strategy\n\n"
        "## Action Items\n\n- [ ] Fix certificates\n"
    )
    assert [d for d, _ in got(text)] == ["Fix certificates"]
