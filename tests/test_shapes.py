"""Every shape legacy reports use, each with a small fixture of its own."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

import postmortem
from postmortem import ActionStatus, Milestone, SectionKind, SeverityLevel
from postmortem.metrics import metrics

from edit_property import check, edits_for

UTC = dt.timezone.utc
PACIFIC = ZoneInfo("America/Los_Angeles")


def parse(text: str) -> postmortem.Report:
    report = postmortem.parse(text)
    assert postmortem.dumps(report) == text  # every shape round-trips too
    return report


# -- headings ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "titles", "kinds"),
    [
        ("# T\n\n## Summary\n\nx\n\n## Timeline\n", ["Summary", "Timeline"],
         ["summary", "timeline"]),
        ("T\n=\n\nSummary\n-------\n\nx\n", ["Summary"], ["summary"]),
        ("# T\n\n# Impact\n\n# Root Cause\n", ["Impact", "Root Cause"], ["impact", "root_cause"]),
        ("# T\n\n### Lessons Learned:\n\nx\n", ["Lessons Learned"], ["lessons_learned"]),
        ("# T\n\n## 1. Executive Summary\n", ["1. Executive Summary"], ["summary"]),
        ("# T\n\n## 🚨 Incident Summary\n", ["🚨 Incident Summary"], ["summary"]),
        ("# T\n\n## ðŸ” Incident Timeline\n", ["ðŸ” Incident Timeline"], ["timeline"]),
        ("# T\n\n## Timeline of events\n", ["Timeline of events"], ["timeline"]),
        ("<b>Report</b>\n\n<b>2. Root Cause Analysis </b>\n\nx\n", ["2. Root Cause Analysis"],
         ["root_cause"]),
        ("# T\n\n## Corrective and preventative actions\n", ["Corrective and preventative actions"],
         ["action_items"]),
        ("# T\n\n## Something else entirely\n", ["Something else entirely"], ["other"]),
    ],
)  # fmt: skip
def test_heading_shapes(text: str, titles: list[str], kinds: list[str]) -> None:
    r = parse(text)
    assert [s.title for s in r.sections] == titles
    assert [s.kind.value for s in r.sections] == kinds


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Preventive / Follow-up Actions", SectionKind.ACTION_ITEMS),
        ("Corrective and Preventive Measures", SectionKind.ACTION_ITEMS),
        ("What is being done about this?", SectionKind.ACTION_ITEMS),
        ("Plan", SectionKind.ACTION_ITEMS),
        ("☑️ Follow-up tasks", SectionKind.ACTION_ITEMS),
        ("One Week Follow-Up", SectionKind.OTHER),  # a review date, not actions
        ("4:09-4:56 PM: Post-Incident Follow-up actions", SectionKind.OTHER),  # an entry
    ],
)
def test_action_headings_known_by_their_words(heading: str, kind: SectionKind) -> None:
    r = parse(f"# T\n\n## {heading}\n\n1) Record every incoming datapoint\n")
    assert r.sections[0].kind is kind


def test_bold_label_heads_a_subsection() -> None:
    r = parse("# T\n\n## Summary\n\ntext\n\n**Impact**:\n- Users Affected: 30%\n")
    (summary,) = r.sections
    assert [s.title for s in summary.subsections] == ["Impact"]
    assert summary.subsections[0].kind is SectionKind.IMPACT
    assert r.impact.customer.users_affected == "30%"


def test_unknown_text_stays_in_its_section() -> None:
    text = "# T\n\n## Odd\n\n<div>raw html</div>\n\n| a |\n|---|\n| 1 |\n\n> quote\n"
    r = parse(text)
    assert "<div>raw html</div>" in r.sections[0].content
    assert "> quote" in r.sections[0].content


# -- metadata ---------------------------------------------------------------------------------


def test_yaml_front_matter() -> None:
    r = parse("---\ntitle: From YAML\ndate: 2024-02-03\nauthors: [ana, bo]\n---\n\nText\n")
    assert r.title == "From YAML"
    assert r.metadata.date == dt.date(2024, 2, 3)
    assert r.metadata.authors == ["ana", "bo"]
    assert r.front_matter is not None and r.front_matter.format == "yaml"


def test_front_matter_keys_in_any_case_are_read_and_edited_in_place() -> None:
    text = (
        "---\nTitle: 解決済：YQLでフィードが取得できない\nDate: 2017-09-05T09:40:24+09:00\n"
        "---\n\n## 経過\n- 8/24頃: フィードが取得できなくなった。\n"
        "- 8/30以降: フィードが取得できるようになった。\n"
    )
    r = parse(text)
    assert r.title == "解決済：YQLでフィードが取得できない"
    assert r.metadata.date == dt.date(2017, 9, 5)
    assert [e.date for e in r.timeline.events] == [dt.date(2017, 8, 24), dt.date(2017, 8, 30)]
    r.title = "YQL"
    old = "Title: 解決済：YQLでフィードが取得できない"
    assert postmortem.dumps(r) == text.replace(old, "Title: YQL")


@pytest.mark.parametrize(
    "updates",
    [
        # Pasted from a status page as quotes: words, then the day and time alone.
        "> Resolved  \nThis incident has been resolved.\n> Dec 05, 2025 - 09:20 UTC\n\n"
        "> Monitoring    \nA fix has been implemented and we are monitoring.   \n"
        "> Dec 05, 2025 - 09:12 UTC\n",
        # As paragraphs, the time on a hard-broken last line.
        "**Resolved** This incident has been resolved.  \nDec 05, 2025 - 09:20 UTC\n\n"
        "**Monitoring** - A fix has been implemented and we are monitoring.  \n"
        "Dec 05, 2025 - 09:12 UTC\n",
        # The time in inline HTML on its own line (UCSF Wynton's log; Statuspage's markup).
        "**Resolved**: This incident has been resolved.\n"
        '<br><span class="timestamp">Dec 05, 2025 - 09:20 UTC</span>\n\n'
        "**Monitoring**: A fix has been implemented and we are monitoring.\n"
        '<br><span class="timestamp">Dec 05, 2025 - 09:12 UTC</span>\n',
        "<strong>Resolved</strong> - This incident has been resolved.\n"
        "<br><small>Dec 05, 2025 - 09:20 UTC</small>\n\n"
        "<strong>Monitoring</strong> - A fix has been implemented and we are monitoring.\n"
        "<br><small>Dec 05, 2025 - 09:12 UTC</small>\n",
    ],
)
def test_status_updates_with_their_time_on_the_last_line(updates: str) -> None:
    text = f"# Cloudflare outage\n\n## Updates\n\n{updates}\n## Cause\n\nA WAF change.\n"
    r = parse(text)
    ev = r.timeline.events
    assert [e.at for e in ev] == [
        dt.datetime(2025, 12, 5, 9, 20, tzinfo=UTC), dt.datetime(2025, 12, 5, 9, 12, tzinfo=UTC)
    ]  # fmt: skip
    assert not ev[0].text.startswith(">") and "resolved" in ev[0].text
    assert r.timeline.newest_first
    mt = metrics(r)
    assert mt.mitigated_at.value == ev[1].at and mt.resolved_at.value == ev[0].at
    assert postmortem.dumps(r) == text
    ev.append(postmortem.TimelineEvent(dt.datetime(2025, 12, 5, 8, 56, tzinfo=UTC), "Looking"))
    again = parse(postmortem.dumps(r))
    assert [e.at for e in again.timeline.events] == [e.at for e in ev]


@pytest.mark.parametrize(
    "update",
    [
        # sebst's blog notice: the update in italics, its stamp bold within the brackets.
        "*[Update **{stamp}**]: {words}*",
        "[Update **{stamp}**]: {words}",
        "_[Update - {stamp}]: {words}_",
        # An update's word in bold with its stamp, in a paragraph or a list item.
        "**Update {stamp}**: {words}",
        "- **Update {stamp}**: {words}",
        # With the connector the bare label takes.
        "**Update at {stamp}**: {words}",
    ],
)
def test_status_updates_labelled_in_emphasis_or_brackets(update: str) -> None:
    lines = [
        update.format(stamp="2014-09-16 14:18 CEST", words="DNS settings seem correct now."),
        update.format(stamp="2014-09-16 15:40 CEST", words="Mails arrive again."),
    ]
    sep = "\n" if update.startswith("-") else "\n\n"
    text = "# DNS errors\n\nNo mail since this morning.\n\n" + sep.join(lines) + "\n"
    r = parse(text)
    cest = ZoneInfo("Europe/Paris")
    assert [(e.at, e.text) for e in r.timeline.events] == [
        (dt.datetime(2014, 9, 16, 14, 18, tzinfo=cest), "DNS settings seem correct now."),
        (dt.datetime(2014, 9, 16, 15, 40, tzinfo=cest), "Mails arrive again."),
    ]
    # One update left is still the timeline; an edited text stays inside the emphasis.
    del r.timeline.events[1]
    r.timeline.events[0].text = "DNS fixed."
    out = postmortem.dumps(r)
    assert update.format(stamp="2014-09-16 14:18 CEST", words="DNS fixed.") in out
    assert [e.text for e in parse(out).timeline.events] == ["DNS fixed."]


@pytest.mark.parametrize(
    ("update", "end"),
    [
        # Flus's notice: one update atop the post, in italics over two lines, bold label.
        ("_**Edit de 12h15 :** Le nouveau serveur est en place, tout devrait\n"
         "désormais fonctionner à nouveau !_", "_"),
        ("*__Update at 12:15:__ The new mail server is in place and everything\n"
         "is working again.*", "*"),
    ],
)  # fmt: skip
def test_one_update_in_italics_over_lines_is_the_end(update: str, end: str) -> None:
    text = (
        "---\ntitle: Mail server down\ndate: 2021-03-10 09:40\n---\n\n"
        f"{update}\n\n---\n\nThe mail server was shut down after the fire.\n"
    )
    r = parse(text)
    (event,) = r.timeline.events
    assert event.at == dt.datetime(2021, 3, 10, 12, 15)
    assert not event.text.endswith(end)  # the closing mark is markup
    mt = metrics(r)
    assert mt.impact_ended_at.value == dt.datetime(2021, 3, 10, 12, 15)
    # The one entry tells the end: it is no start as well; the report's day is.
    assert (mt.started_at.value, mt.started_at.precision) == (dt.datetime(2021, 3, 10), "day")
    assert postmortem.dumps(r) == text


@pytest.mark.parametrize(
    "note",
    ["**Edit 2024-03-12 09:00:** We fixed a typo in this post.",
     "[Edit: 2024-03-12 09:00] added graphs", "_Edit 2024-03-12: fixed the dates._"],
)  # fmt: skip
def test_an_editors_dated_note_is_no_update(note: str) -> None:
    # "Edit" labels an update before a time alone (Flus); before a day it dates an edit.
    r = parse(
        "# API outage\n\n## Summary\n\nAt 10:00 UTC on 2024-03-10 the API failed. It was "
        f"restored at 10:30 UTC.\n\n{note}\n"
    )
    assert r.timeline.events == []
    if note.startswith("**"):
        # An entry, it moved the resolution to its day. (A day in a later note still dates
        # the prose's "at 10:30 UTC" when it is no entry: left, as before this reading.)
        assert metrics(r).resolved_at.value == dt.datetime(2024, 3, 10, 10, 30, tzinfo=UTC)


def test_an_editors_dated_note_in_bold_is_no_status_update() -> None:
    # Without a time of day, a bold "Update" in a list is a note on the page.
    r = parse("# Outage\n\n## Notes\n\n- **Update 2021-03-10**: added the cause\n"
              "- **Update 2021-03-12**: added the fix\n")  # fmt: skip
    assert r.timeline.events == []


def test_a_quote_without_a_time_on_its_last_line_is_no_entry() -> None:
    r = parse("# T\n\n> 14:05 alice: restart it?\n> 14:06 bob: done\n\n> Some citation.\n")
    assert r.timeline.events == []


def test_a_first_line_heading_of_a_day_and_a_name_is_the_title() -> None:
    r = parse(
        "## 2025-06-12 GCS + CloudFlare outage\n\nBoth providers fail.\n\n### Timeline\n\n"
        "- 18:31 UTC - Builds fail\n- 19:30 UTC - Builds pass\n\n## Lessons Learned\n\nMore.\n"
    )
    assert r.title == "2025-06-12 GCS + CloudFlare outage"
    assert [s.title for s in r.sections] == ["Timeline", "Lessons Learned"]
    # A day alone, or an entry's day and time, heads no report.
    entries = parse("## 2025-06-12\n\n- 18:31 x y\n\n## 2025-06-13\n\n- 09:00 y z\n")
    assert entries.title is None
    timed = parse("## 2025-06-12 18:31 Builds start failing\n\nx\n\n## Lessons\n\ny\n")
    assert timed.title is None


def test_sections_all_at_level_one_under_no_title_have_no_title() -> None:
    # VA.gov's post-mortems and Hachyderm's open with "# Summary" among H1 sections.
    text = "\n# Summary\n\nCheck-in failed.\n\n# Impact\n\nAll users.\n\n# Event Timeline\n\nx\n"
    r = parse(text)
    assert r.title is None
    assert [s.title for s in r.sections] == ["Summary", "Impact", "Event Timeline"]
    assert postmortem.dumps(r) == text
    # An H1 that names the report over H1 sections is still its title.
    named = parse("# Checkin outage\n\nx\n\n# Summary\n\ny\n\n# Impact\n\nz\n")
    assert named.title == "Checkin outage"
    assert [s.title for s in named.sections] == ["Summary", "Impact"]


@pytest.mark.parametrize(
    ("key", "value", "field", "want"),
    [
        # Dr Golly's data-loss report: a key that says it holds a time, a clock time alone.
        ("Discovery Time", "09:56 AM UTC", "detected_at", dt.datetime(2025, 8, 5, 9, 56,
                                                                      tzinfo=dt.timezone.utc)),
        ("Recovery time", "10:20 UTC", "repaired_at", dt.datetime(2025, 8, 5, 10, 20,
                                                                   tzinfo=dt.timezone.utc)),
        # Review 43: a clock-like duration is none.
        ("Recovery Time", "1:45", "repaired_at", None),
        ("Time to Detect", "00:12", "detected_at", None),
        ("Recovery Time Objective", "04:00 UTC", "repaired_at", None),
        # A duration, or a key of no milestone, is no key event.
        ("Response Time", "15 minutes", "detected_at", None),
        ("Time", "11:58 CEST", "detected_at", None),
    ],
)  # fmt: skip
def test_a_key_event_named_as_a_time_takes_a_clock_time_alone(
    key: str, value: str, field: str, want: dt.datetime | None
) -> None:
    doc = f"# Data loss\n\n**Incident Date:** August 5th, 2025  \n**{key}:** {value}  \n\nText.\n"
    r = parse(doc)
    assert getattr(r.metadata, field) == want
    if want is not None:
        setattr(r.metadata, field, want + dt.timedelta(minutes=9))
        assert getattr(parse(postmortem.dumps(r)).metadata, field) == want + dt.timedelta(minutes=9)


def test_data_is_the_date_only_when_its_value_is_one() -> None:
    # A Brazilian team's problem report: "**Data:** 01/12/2025 - 12:00 BRT", day first as
    # Portuguese writes it, its time the start; an English report's "Data:" is what was hit.
    pt = (
        "# Falhas de envio\n\n**Data:** 01/12/2025 - 12:00 BRT\n**Status:** resolvido\n\n"
        "## Resumo\n\nVárias tentativas de envio para o mesmo número de destino deram erro. "
        "As contas com credenciais inválidas foram desativadas, e os erros de envio da "
        "campanha foram resolvidos para todos os números de destino com as contas novas.\n"
    )
    r = parse(pt)
    assert r.metadata.date == dt.date(2025, 12, 1)
    brt = ZoneInfo("America/Sao_Paulo")
    assert metrics(r).started_at.value == dt.datetime(2025, 12, 1, 12, 0, tzinfo=brt)
    en = parse("# Breach\n\n**Data:** 1,200 customer records\n\n## Summary\n\nx\n")
    assert en.metadata.date is None
    # Review 43: a value that only holds a date somewhere is no date.
    held = parse("# Breach\n\n**Data:** records created before 2023-01-01\n\n## S\n\nx\n")
    assert held.metadata.date is None
    assert (
        postmortem.dumps(en) == "# Breach\n\n**Data:** 1,200 customer records\n\n## Summary\n\nx\n"
    )


def test_a_first_heading_repeating_the_front_matter_title_is_the_title() -> None:
    # Python Discord's post-mortems: the title in front matter and again as the first of
    # the H1s, over H1 sections.
    text = (
        '---\ntitle: "2021-01-12: Django site CPU/RAM exhaustion outage"\n---\n\n'
        "# 2021-01-12: Django site CPU/RAM exhaustion outage\n\nAt 03:01 UTC we lost the "
        "database.\n\n# ⚠️ Leadup\n\nA deploy.\n\n# 🥏 Impact\n\nMinutes.\n"
    )
    r = parse(text)
    assert r.title == "2021-01-12: Django site CPU/RAM exhaustion outage"
    assert [s.title for s in r.sections] == ["⚠️ Leadup", "🥏 Impact"]
    assert postmortem.dumps(r) == text
    # Another first heading under a front-matter title is a section, as before.
    other = parse(text.replace("# 2021-01-12: Django", "# Summary of the Django", 1))
    assert other.title == "2021-01-12: Django site CPU/RAM exhaustion outage"
    assert other.sections[0].title.startswith("Summary of the Django")


def test_a_document_framed_by_thematic_breaks_has_no_front_matter() -> None:
    text = (
        "---\n\n# Incident Report: Boot Failure\n\nDate: 2026-06-10\nStatus: Resolved\n\n"
        "## Summary\n\nThe system failed to boot after an update.\n\n## Prevention\n\n"
        "- Rebuild the initramfs after kernel updates\n\n---\n"
    )
    r = parse(text)
    assert r.front_matter is None
    assert r.title == "Incident Report: Boot Failure"
    assert [s.title for s in r.sections] == ["Summary", "Prevention"]
    assert postmortem.dumps(r) == text
    # Front matter with comments and nothing after it is still front matter.
    stub = parse("---\n# disrupted | down\ntitle: API down\ndate: 2024-05-14\n---\n")
    assert stub.front_matter is not None and stub.title == "API down"


def test_toml_front_matter() -> None:
    r = parse('+++\ntitle = "From TOML"\nauthors = ["Pietro"]\n+++\n\n## Summary\n\nx\n')
    assert r.title == "From TOML" and r.metadata.authors == ["Pietro"]


def test_yaml_is_loaded_safely() -> None:
    r = parse("---\ntitle: !!python/object/apply:os.system ['echo hi']\n---\n# H\n")
    assert r.title == "H"  # the tag is refused, nothing is evaluated


@pytest.mark.parametrize(
    "block",
    [
        "**Severity**: High\n**Status**: Resolved\n",
        "**Severity:** High  \n**Status:** Resolved\n",
        "Severity: High\nStatus: Resolved\n",
        "- **Severity:** High\n- **Status:** Resolved\n",
        "* Severity: High\n* Status: Resolved\n",
        "**Severity:** High<br>**Status:** Resolved\n",
        "**Severity**: `High`\n**Status**: `Resolved`\n",
    ],
)
def test_key_value_forms(block: str) -> None:
    r = parse(f"# Title\n\n{block}\n## Summary\n\nx\n")
    assert r.metadata.severity is not None and r.metadata.severity.level is SeverityLevel.HIGH
    assert r.metadata.status == "Resolved"


@pytest.mark.parametrize(
    "line",
    ["**Fecha:** 2025-11-13", "Дата: 2025-11-13", "日期：2025-11-13", "**日付**: 2025-11-13",
     "- 날짜: 2025-11-13", "Fecha del Incidente: 2025-11-13", "**Tarih:** 13 Kasım 2025",
     "**Tarih:** 13.11.2025", "Tanggal: 13 November 2025", "Data incydentu: 13 listopada 2025",
     "**Data:** 13/11/2025"],
)  # fmt: skip
def test_a_date_key_in_other_languages(line: str) -> None:
    r = parse(f"# Title\n\n{line}\n\n## Summary\n\nx\n")
    assert r.metadata.date == dt.date(2025, 11, 13)
    r.metadata.date = dt.date(2025, 11, 14)
    out = postmortem.dumps(r)
    if "2025-11-13" in line:
        assert out == f"# Title\n\n{line.replace('13', '14')}\n\n## Summary\n\nx\n"
    assert parse(out).metadata.date == dt.date(2025, 11, 14)


def test_key_value_edit_keeps_form() -> None:
    text = "# Title\n\n**Severity:** High<br>**Status:** Resolved\n"
    r = parse(text)
    r.metadata.status = "Closed"
    assert postmortem.dumps(r) == "# Title\n\n**Severity:** High<br>**Status:** Closed\n"


def test_key_events_in_words_no_table_lists() -> None:
    r = parse(
        "# T\n\n## Timeline of Events\n\n- **Time of Detection:** 2025-08-18 23:15 UTC\n"
        "- **Service Recovery:** 2025-08-19 00:35 UTC\n"
        "- **Natural Resolution:**    2025-08-19 02:43 UTC\n"
        "- **Planned Restart:** 2025-08-19 00:30 UTC\n"
        "- **Resolution Summary:** resolved at 02:43 UTC on August 19, 2025\n"
    )
    md = r.metadata
    assert md.detected_at == dt.datetime(2025, 8, 18, 23, 15, tzinfo=UTC)
    assert md.repaired_at == dt.datetime(2025, 8, 19, 0, 35, tzinfo=UTC)
    assert md.resolved_at == dt.datetime(2025, 8, 19, 2, 43, tzinfo=UTC)  # the first that says
    assert md.started_at is None  # a restart is no start: "start" is a word of its own


@pytest.mark.parametrize(
    ("line", "field", "want"),
    [
        ("**Störungsbeginn:** 26.09.2026 14:00 UTC", "started_at", (2026, 9, 26, 14, 0)),
        ("**Detección:** 2026-09-26 14:05 UTC", "detected_at", (2026, 9, 26, 14, 5)),
        ("- **Rétablissement :** 2026-09-26 15:10 UTC", "repaired_at", (2026, 9, 26, 15, 10)),
        ("**Fin del incidente:** 2026-09-26 16:00 UTC", "ended_at", (2026, 9, 26, 16, 0)),
        # "Closed" as a Chilean team's status log writes it, and its translations.
        ("**Cierre:** 2026-09-26 16:30 UTC", "resolved_at", (2026, 9, 26, 16, 30)),
        ("- **Clôture :** 2026-09-26 16:30 UTC", "resolved_at", (2026, 9, 26, 16, 30)),
        # Security write-ups' key ("Discovery Date", Kigali Sim's retrospective).
        ("**Discovery Date:** 2026-09-26 14:05 UTC", "detected_at", (2026, 9, 26, 14, 5)),
    ],
)
def test_key_events_in_other_languages(line: str, field: str, want: tuple[int, ...]) -> None:
    r = parse(f"# Incidente\n\n{line}\n\n## Resumen\n\nx\n")
    assert getattr(r.metadata, field) == dt.datetime(*want, tzinfo=UTC)


@pytest.mark.parametrize(
    ("line", "instant"),
    [
        ("**Inicio:** 2026-09-26 (UTC)", "started"),
        ("**Resolved:** 2026-09-26", "resolved"),
        ("**Discovered:** 2026-09-26 by an operator", "detected"),
        ("**Mitigated at:** September 26, 2026", "mitigated"),
    ],
)
def test_a_key_event_given_as_a_day_is_day_evidence(line: str, instant: str) -> None:
    r = parse(f"# Outage\n\n{line}\n\n## Summary\n\nThe site was down.\n")
    got = metrics(r).instants[instant]
    assert (got.value, got.precision) == (dt.datetime(2026, 9, 26), "day")
    assert got.line == 3 and not got.inferred
    assert r.metadata.started_at is None and r.metadata.resolved_at is None  # no time of day
    # Words are no day, and a day in a key no table lists is no key event.
    for other in ("**Resolved:** when the cache was flushed", "**Planned:** 2026-09-26"):
        assert parse(f"# Outage\n\n{other}\n").evidence == []


@pytest.mark.parametrize(
    ("line", "field", "want"),
    [
        ("**Discovered:** 2026-05-19 13:38 UTC, ~26h after the fault", "detected_at", (13, 38)),
        ("**Resolved:** 2026-05-19 14:05 UTC (after the restart)", "resolved_at", (14, 5)),
        ("- Start time: 2026-05-19 09:10 UTC, when the deploy went out", "started_at", (9, 10)),
    ],
)
def test_a_key_event_that_goes_on_in_words_keeps_its_words_when_edited(
    line: str, field: str, want: tuple[int, int]
) -> None:
    text = f"# Outage\n\n{line}\n\n## Summary\n\nThe site was down.\n"
    r = parse(text)
    assert getattr(r.metadata, field) == dt.datetime(2026, 5, 19, *want, tzinfo=UTC)
    setattr(r.metadata, field, dt.datetime(2026, 5, 19, 17, 45, tzinfo=UTC))
    out = postmortem.dumps(r)
    stamp = line.split(":** ", 1)[-1].split(": ", 1)[-1].split(" UTC", 1)[0]
    assert out == text.replace(stamp, "2026-05-19 17:45")  # the instant alone is rewritten
    assert getattr(parse(out).metadata, field) == dt.datetime(2026, 5, 19, 17, 45, tzinfo=UTC)


def test_key_events_in_chinese_and_japanese_keys() -> None:
    r = parse(
        "# 🎉 服务器恢复完成报告\n\n## 执行时间\n- **开始时间**: 2025-12-01 17:30 (UTC+8)\n"
        "- **恢复时间**: 2025-12-01 17:55 (UTC+8)\n- **总耗时**: 约25分钟\n\n"
        "## 日志\n\n```\n12:57:00 UTC worker started\n```\n"
    )
    plus8 = dt.timezone(dt.timedelta(hours=8))
    md = r.metadata
    assert md.started_at == dt.datetime(2025, 12, 1, 17, 30, tzinfo=plus8)
    assert md.repaired_at == dt.datetime(2025, 12, 1, 17, 55, tzinfo=plus8)
    # The zone written beside the fields is not outvoted by a log line's: shown as written.
    got = metrics(r).impact_ended_at.value
    assert got is not None and got.utcoffset() == dt.timedelta(hours=8)
    # A heading over its value, as COCOA's report writes them.
    jp = parse(
        "# 障害報告\n\n### 発生日時\n2021年11月25日午後3時\n\n### 復旧日時\n2021-11-26 10:47\n"
    )
    assert jp.metadata.started_at == dt.datetime(2021, 11, 25, 15, 0)
    assert jp.metadata.repaired_at == dt.datetime(2021, 11, 26, 10, 47)
    assert [s.title for s in jp.sections] == ["発生日時", "復旧日時"]  # still sections


def test_a_status_post_header_opens_and_closes_the_incident() -> None:
    r = parse(
        "Title: Datacenter outage\nDate: 2022-05-15 21:30+0000\n"
        "OutageFinish: 2022-05-15 22:18+0000\nTicket:\n\nAll servers may be down.\n"
    )
    mt = metrics(r)
    assert mt.started_at.value == dt.datetime(2022, 5, 15, 21, 30, tzinfo=UTC)
    assert mt.impact_ended_at.value == dt.datetime(2022, 5, 15, 22, 18, tzinfo=UTC)
    assert r.metadata.started_at is None  # evidence, not a field: nothing to write or clear
    assert (
        postmortem.parse("# T\n\nEstimated resolution: 2025-08-01 09:00 UTC\n").metadata.resolved_at
        is None
    )


@pytest.mark.parametrize(
    "line", ["Maintenance: 02:00 - 04:00 UTC", "Alert rule created: 2025-08-01"]
)
def test_fields_that_are_no_incident_window(line: str) -> None:
    r = parse(f"# T\n\nDate: 2025-08-01\n\n## Summary\n\n{line}\n")
    started = metrics(r).started_at
    # At most the report's date, inferred: nothing from the line.
    assert started.value is None or (started.source, started.inferred) == ("metadata.date", True)


# -- timelines --------------------------------------------------------------------------------


def test_table_with_columns_in_any_order_and_no_outer_pipes() -> None:
    r = parse(
        "# T\n\n## Timeline\n\nWho | Event | Time (UTC)\n--- | --- | ---\n"
        "Ana | Alert fired | 2024-05-01 10:00\nBo | Rolled back | 2024-05-01 10:30\n"
    )
    ev = r.timeline.events
    assert [(e.at, e.text, e.actor) for e in ev] == [
        (dt.datetime(2024, 5, 1, 10, 0, tzinfo=UTC), "Alert fired", "Ana"),
        (dt.datetime(2024, 5, 1, 10, 30, tzinfo=UTC), "Rolled back", "Bo"),
    ]


@pytest.mark.parametrize("after", ["{: .table.table-striped }", "**", "Source: the pager log"])
def test_a_line_without_a_pipe_under_a_table_is_no_row(after: str) -> None:
    # GFM runs a table to the next blank line, so the line under it is a row of one cell. It is
    # no entry, and the column of days stays one: the rows keep their times (UseGalaxy.eu).
    r = parse(
        "# T\n\n## Timeline\n\nDate | Time | State\n---------- | ----- | ---\n"
        "2018-06-15 | 16:20 | Database server becomes unresponsive\n"
        "2018-06-17 | 21:15 | The first jobs run successfully again\n"
        f"{after}\n"
    )
    assert [(e.at, e.text) for e in r.timeline.events] == [
        (dt.datetime(2018, 6, 15, 16, 20), "Database server becomes unresponsive"),
        (dt.datetime(2018, 6, 17, 21, 15), "The first jobs run successfully again"),
    ]
    assert postmortem.dumps(r).endswith(f"{after}\n")


@pytest.mark.parametrize("words", ["Action/Update", "Update", "Notes", "Outdated info"])
def test_a_text_column_whose_heading_holds_date_inside_a_word(words: str) -> None:
    # "upDATE" is no date column: the entries keep their words.
    r = parse(
        f"# T\n\n## Timeline\n\n| Timestamp (UTC) | Actor | {words} |\n|---|---|---|\n"
        "| 2024-03-03 14:02 | PagerDuty | Alert: error rate > 5% |\n"
        "| 2024-03-03 14:40 | Alice | Rolled back release 42 |\n"
    )
    ev = r.timeline.events
    assert [(e.text, e.actor) for e in ev] == [
        ("Alert: error rate > 5%", "PagerDuty"),
        ("Rolled back release 42", "Alice"),
    ]
    assert metrics(r).mitigated_at.value == dt.datetime(2024, 3, 3, 14, 40, tzinfo=UTC)


@pytest.mark.parametrize(
    ("header", "zone"),
    [
        ("| Hora (UTC-3) | Evento |", dt.timezone(dt.timedelta(hours=-3))),
        ("| Heure | Événement |", None),
        ("| 時刻 (UTC+9) | 内容 |", dt.timezone(dt.timedelta(hours=9))),
    ],
)
def test_a_table_whose_header_no_list_names_is_read_by_its_stamps(
    header: str, zone: dt.tzinfo | None
) -> None:
    # Under a heading that names no timeline either: the column of stamps tells.
    r = parse(
        f"# Incidente\n\n**Date:** 2026-01-23\n\n## Cronología\n\n{header}\n|---|---|\n"
        "| 14:51 | 🔗 **Campanha agendada** |\n| ~14:55 | Scheduler inicia campanha |\n"
        "| 18:30 - 19:04 | Mensagens pendentes |\n"
    )
    ev = r.timeline.events
    assert [e.at for e in ev] == [
        dt.datetime(2026, 1, 23, 14, 51, tzinfo=zone),
        dt.datetime(2026, 1, 23, 14, 55, tzinfo=zone),
        dt.datetime(2026, 1, 23, 18, 30, tzinfo=zone),
    ]
    assert ev[1].text == "Scheduler inicia campanha"


@pytest.mark.parametrize(
    ("header", "rows", "zone"),
    [
        # GNS Science's backup report: local first, UTC beside it; the rows are read from the
        # first column of times, in its zone.
        ("| NZST | UTC | Event |", ["| 2026-06-17 09:46 | 2026-06-16 21:46 | Backup fails |",
                                    "| 2026-06-19 ~17:00 | ~05:00 | Health report fires RED |"],
         ZoneInfo("Pacific/Auckland")),
        ("| UTC | Event |", ["| 2026-06-17 09:46 | Backup fails |",
                             "| 2026-06-19 17:00 | Health report fires RED |"], UTC),
        ("| **PDT** | What happened |", ["| 2026-06-17 09:46 | Backup fails |",
                                        "| 2026-06-19 17:00 | Health report fires RED |"],
         ZoneInfo("America/Los_Angeles")),
    ],
)  # fmt: skip
def test_a_column_headed_by_a_zone_alone_holds_times_in_it(
    header: str, rows: list[str], zone: dt.tzinfo
) -> None:
    cols = header.count("|") - 1
    r = parse(
        "# T\n\n## Timeline\n\n" + header + "\n" + "|---" * cols + "|\n" + "\n".join(rows) + "\n"
    )
    ev = r.timeline.events
    assert [e.at for e in ev] == [
        dt.datetime(2026, 6, 17, 9, 46, tzinfo=zone),
        dt.datetime(2026, 6, 19, 17, 0, tzinfo=zone),
    ]
    assert [e.text for e in ev] == ["Backup fails", "Health report fires RED"]
    assert metrics(r).detected_at.value == ev[1].at


def test_a_table_without_a_column_of_stamps_is_no_timeline() -> None:
    r = parse(
        "# T\n\n## Cronología\n\n| Capa | Nivel |\n|---|---|\n| Calico 10:00 | HIGH |\n"
        "| kube-proxy | 14:00 |\n| API | LOW |\n"
    )
    assert r.timeline.events == []


@pytest.mark.parametrize(
    "entry",
    ["- **14:15** - Alert fired", "- `14:15` Alert fired", "- [14:15] Alert fired",
     "* 14:15: Alert fired", "1. 14:15 — Alert fired", "- 2:15 PM: Alert fired"],
)  # fmt: skip
def test_bullet_stamp_forms(entry: str) -> None:
    r = parse(f"# T\n\nDate: 2024-05-01\n\n## Timeline\n\nAll times in UTC\n\n{entry}\n")
    (ev,) = r.timeline.events
    assert ev.at == dt.datetime(2024, 5, 1, 14, 15, tzinfo=UTC)
    assert ev.text == "Alert fired"


def test_day_headings_and_date_lines_group_entries() -> None:
    r = parse(
        "# T\n\n## Timeline (all times PST)\n\n### 2023-03-11\n\n- 23:50 deploy\n\n"
        "2023-03-12\n\n- 09:00 rollback\n"
    )
    assert [e.at for e in r.timeline.events] == [
        dt.datetime(2023, 3, 11, 23, 50, tzinfo=PACIFIC),
        dt.datetime(2023, 3, 12, 9, 0, tzinfo=PACIFIC),
    ]
    # 2023-03-12 is the day DST starts in the US: the two entries have different offsets.
    offsets = [e.at.utcoffset() for e in r.timeline.events if e.at]
    assert offsets == [dt.timedelta(hours=-8), dt.timedelta(hours=-7)]


def test_one_paragraph_per_entry_and_continuations() -> None:
    r = parse(
        "# T\n\n## Timeline\n\n12:45 PM PST Saturday Oct 30th 2021: First wave\n"
        "continues on this line\n\n1:55 PM PST: Alarms fire\n"
    )
    ev = r.timeline.events
    assert [e.text for e in ev] == ["First wave\ncontinues on this line", "Alarms fire"]
    assert ev[1].at == dt.datetime(2021, 10, 30, 13, 55, tzinfo=PACIFIC)


def test_one_heading_per_entry() -> None:
    r = parse("# T\n\n## Timeline\n\n### 2021-06-29 18:30\n\nHotfix ready.\n\n"
              "### 2021-06-29 22:40\n\nDeployed.\n")  # fmt: skip
    assert [(e.at, e.text) for e in r.timeline.events] == [
        (dt.datetime(2021, 6, 29, 18, 30), "Hotfix ready."),
        (dt.datetime(2021, 6, 29, 22, 40), "Deployed."),
    ]


@pytest.mark.parametrize("level", ["##", "###"])
def test_top_level_sections_headed_by_their_stamps_are_entries(level: str) -> None:
    # A status post whose sections are its updates: no timeline heading, no title heading.
    r = parse(
        f"---\ntitle: Campus power outage\n---\n\n{level} Investigating 2025-01-04 9:27a\n\n"
        f"Power is out in the server rooms.\n\n{level} 2025-01-04T18:00:00 - NC ist wieder "
        f"erreichbar\n\nPlugin deaktiviert.\n\n{level} Resolved 2025-01-05 4:00p\n\n"
        "All machines are back.\n"
    )
    ev = r.timeline.events
    # The words after a heading's stamp are no zone (the German "ist" is not IST), and they
    # say what the entry tells ("wieder erreichbar": restored).
    assert [e.at for e in ev] == [
        dt.datetime(2025, 1, 4, 9, 27),
        dt.datetime(2025, 1, 4, 18, 0),
        dt.datetime(2025, 1, 5, 16, 0),
    ]
    assert Milestone.IMPACT_ENDED in ev[1].cues
    assert metrics(r).impact_ended_at.value == dt.datetime(2025, 1, 4, 18, 0)


def test_day_headings_alone_at_the_top_are_no_entries() -> None:
    r = parse("# Log\n\n## December 5, 2023\n\nWe grew.\n\n## December 20, 2022\n\nHello.\n")
    assert r.timeline.events == []


def test_day_headings_with_a_phase_over_untimed_notes_are_entries() -> None:
    # Luanti's incident log: a day and a phase each, over bullets without a time.
    r = parse(
        "# Incidente\n\n## Log del Incidente\n\n### 2026-09-26 — DETECCIÓN\n\n"
        "- Contenedor en crash-loop\n\n### 2026-09-26 — CONTENCIÓN\n\n- Push revertido\n\n"
        "### 2026-09-27 — RESOLUCIÓN\n\n- skins.txt recodificado\n"
    )
    ev = r.timeline.events
    assert [(e.date, e.text) for e in ev] == [
        (dt.date(2026, 9, 26), "- Contenedor en crash-loop"),
        (dt.date(2026, 9, 26), "- Push revertido"),
        (dt.date(2026, 9, 27), "- skins.txt recodificado"),
    ]
    assert [e.cues[:1] for e in ev] == [
        (Milestone.DETECTED,), (Milestone.MITIGATED,), (Milestone.RESOLVED,)
    ]  # fmt: skip
    assert metrics(r).resolved_at.value == dt.datetime(2026, 9, 27)
    # A heading of a day and words over headings of times sets their day (Ethereum's Sepolia
    # post-mortem): it is no entry of its own.
    r = parse(
        "# T\n\n## Timeline\n\n### March 5, 2025: Sepolia Testnet Issue Timeline\n\n"
        "All times UTC.\n\n### ~9:43 AM: Identifying the Issue\n\nBlocks stalled.\n\n"
        "### 10:07 AM: Emergency Coordination\n\nCall opened.\n"
    )
    assert [e.at for e in r.timeline.events] == [
        dt.datetime(2025, 3, 5, 9, 43, tzinfo=UTC),
        dt.datetime(2025, 3, 5, 10, 7, tzinfo=UTC),
    ]
    # Beside headings that carry their own day and time, a heading of a day (a range of days
    # here) and words is an entry among them (screeps-gpt's timeline).
    r = parse(
        "# T\n\n## Timeline\n\n### Nov 17, 2025, 19:51 UTC - Last Healthy State\n\n- Stable\n\n"
        "### Nov 18-20 - Architectural Changes\n\n- Refactors merged\n\n"
        "### Nov 21, 00:00 UTC - Bot Death Event\n\n- Respawned\n"
    )
    assert [e.date for e in r.timeline.events] == [
        dt.date(2025, 11, 17), dt.date(2025, 11, 18), dt.date(2025, 11, 21)
    ]  # fmt: skip


def test_a_date_line_with_the_reports_day_in_another_year_is_a_typo() -> None:
    # IBM Carbon's "2012-04-09 **(all times in UTC)**" in a report dated 2020-04-09.
    r = parse(
        "---\ndate: 2020-04-09\n---\n\n# v10.11.0 Release\n\n## Timeline\n\n"
        "2012-04-09 **(all times in UTC)**\n\n- 17:30 Reports of broken builds\n"
        "- 18:30 Decision to roll back\n"
    )
    assert [e.at for e in r.timeline.events] == [
        dt.datetime(2020, 4, 9, 17, 30, tzinfo=UTC),
        dt.datetime(2020, 4, 9, 18, 30, tzinfo=UTC),
    ]


def test_a_line_dating_the_document_gives_no_day_to_the_entries() -> None:
    r = parse(
        "# Blackout\n\n> *Last Update: May 4, 2025 @ 1945 CEST*\n\n"
        "On April 28, 2025, the grid failed.\n\n_Our best timeline (all times CEST)_\n"
        "- **06:00:00** - Export capacity reduced\n- **12:00:00 or earlier** - Oscillations\n"
        "- **12:19:30.0** - Oscillations worsen\n"
    )
    ev = r.timeline.events
    assert [e.at for e in ev] == [
        dt.datetime(2025, 4, 28, h, m, s, tzinfo=ZoneInfo("Europe/Madrid"))
        for h, m, s in ((6, 0, 0), (12, 0, 0), (12, 19, 30))
    ]
    assert ev[1].text == "Oscillations"  # "or earlier" is a word about the time


def test_status_page_updates_are_in_the_zone_of_its_front_matter() -> None:
    # cState writes its front matter in UTC; Hugo reads a track shortcode's time in the
    # site's zone, UTC by default. A zone named in passing ("ETA 03:30 PT") is not theirs.
    text = (
        "---\ndate: 2024-02-16T09:28:00.000Z\nresolved: true\n"
        "resolvedWhen: 2024-02-16T10:55:00.000Z\n---\n"
        '*Resolved* - Service restored. {{< track "2024-02-16 10:55:45" >}}\n\n'
        "*Monitoring* - The ISP is upgrading. The ETA is 03:30 PT. "
        '{{< track "2024-02-16 09:28:00" >}}\n'
    )
    r = parse(text)
    assert [e.at for e in r.timeline.events] == [
        dt.datetime(2024, 2, 16, 10, 55, 45, tzinfo=UTC),
        dt.datetime(2024, 2, 16, 9, 28, tzinfo=UTC),
    ]
    # Entries that name their zone keep it.
    named = parse(
        text.replace('{{< track "2024-02-16 09:28:00" >}}', "").replace(
            '*Resolved* - Service restored. {{< track "2024-02-16 10:55:45" >}}',
            "* 02:55 Denver - Service restored\n* 03:10 Denver - Verified",
        )
    )
    assert all(e.at is not None and e.at.utcoffset() == dt.timedelta(hours=-7)
               for e in named.timeline.events)  # fmt: skip


def test_a_zone_the_body_names_wins_where_its_entries_fit_the_front_matter() -> None:
    # dddice's cState post-mortem: its front matter in UTC (15:45Z to 17:10Z), its prose
    # "At approximately 10:29am EST" and its entries on the same Eastern clock. Read in UTC
    # they would all fall five hours before the page's own opening.
    text = (
        "---\ntitle: Database Outage\ndate: 2023-02-15T15:45:00.000Z\nresolved: true\n"
        "resolvedWhen: 2023-02-15T17:10:15.086Z\nsection: issue\n---\n"
        "dddice experienced a major database outage.\n\n## Problem\n\n"
        "At approximately 10:29am EST, we reached the free tier's limit.\n\n## Timeline\n\n"
        "* 2023-02-15 10:29 AM - First observed database transaction fails\n"
        "* 2023-02-15 10:56 AM - Incident is filed with support\n"
        "* 2023-02-15 12:09 PM - Last observed database error, dddice is back online\n"
    )
    est = dt.timezone(dt.timedelta(hours=-5))
    assert [e.at for e in parse(text).timeline.events] == [
        dt.datetime(2023, 2, 15, h, m, tzinfo=est) for h, m in ((10, 29), (10, 56), (12, 9))
    ]
    # Entries that fit the front matter's window in UTC keep it, whatever the prose names.
    utc_text = text.replace("10:29 AM", "3:50 PM").replace("10:56 AM", "4:10 PM")
    assert _all_utc(utc_text.replace("12:09 PM", "5:09 PM"))
    page = (
        "---\ntitle: API outage\ndate: 2024-03-05T10:00:00.000Z\nresolved: true\n{}"
        "section: issue\n---\n\nThe API failed. The maintenance planned for 22:00 CET is "
        "postponed.\n\n## Updates\n\n{}"
    )
    # Nor does a page that states its opening alone: a log of some hours fits a window of
    # one instant on a clock an hour or two east as well as on UTC (review 40).
    assert _all_utc(page.format("", (
        "* 2024-03-05 10:00 - API errors reported\n* 2024-03-05 10:40 - Investigating\n"
        "* 2024-03-05 11:30 - Failing over\n* 2024-03-05 12:10 - Replica promoted\n"
    )))  # fmt: skip
    # Nor a page one of whose entries falls at its own opening on UTC, however the rest
    # fall (review 41).
    assert _all_utc(page.format("resolvedWhen: 2024-03-05T11:00:00.000Z\n", (
        "* 2024-03-05 10:00 - API errors reported\n* 2024-03-05 10:55 - Fixed\n"
        "* 2024-03-05 12:30 - Monitoring\n* 2024-03-05 13:00 - Postmortem drafted\n"
    )))  # fmt: skip


def _all_utc(text: str) -> bool:
    """Whether every entry of the text's timeline is read at UTC."""
    events = parse(text).timeline.events
    return bool(events) and all(e.at is not None and e.at.utcoffset() == dt.timedelta(0)
                                for e in events)  # fmt: skip


def test_newest_first_updates_may_repeat_a_time() -> None:
    r = parse(
        "# Ausfall\n\n## Updates\n\n### 2025-01-22T08:00:00\n\nDer Status ist gelöst.\n\n"
        "### 2025-01-22T08:00:00\n\nKeine Auffälligkeiten mehr.\n\n### 2025-01-21T09:30:00\n\n"
        "Der Dienst ist nicht erreichbar.\n"
    )
    assert r.timeline.newest_first
    assert r.timeline.chronological()[0].at == dt.datetime(2025, 1, 21, 9, 30)


@pytest.mark.parametrize(
    "stamp", ["2023-08-15 @ 08:02 AM ET", "Aug 15, 2023 at 8:02 AM ET", "Aug 15 2023 @ 8:02am ET"]
)
def test_a_day_and_its_time_joined_by_at(stamp: str) -> None:
    # VA.gov's post-mortems: "2023-08-15 @ 08:02 AM ET: Issues ... were detected".
    r = parse(
        f"# Check-in down\n\n## Timeline\n\n- {stamp}: Issues were detected in the logs\n"
        "- 2023-08-15 @ 11:00 AM ET: Issue verified fixed in production\n"
    )
    et = ZoneInfo("America/New_York")
    assert [e.at for e in r.timeline.events] == [
        dt.datetime(2023, 8, 15, 8, 2, tzinfo=et),
        dt.datetime(2023, 8, 15, 11, 0, tzinfo=et),
    ]
    assert r.timeline.events[0].text == "Issues were detected in the logs"
    assert metrics(r).impact_ended_at.value == dt.datetime(2023, 8, 15, 11, 0, tzinfo=et)


@pytest.mark.parametrize(
    "header", ["| Date | Time (UTC) | Event |", "| Time (UTC) | Date | Event |"]
)
def test_a_date_column_and_a_time_column_make_one_instant(header: str) -> None:
    # The day is written on the first row of each day, as a day heading would be.
    cells = [("2024-05-01", "14:02", "Checkout alert fired"), ("", "14:40", "Rolled back"),
             ("2024-05-02", "09:00", "Postmortem held")]  # fmt: skip
    if header.startswith("| Time"):
        cells = [(t, d, x) for d, t, x in cells]
    rows = "".join(f"| {a} | {b} | {c} |\n" for a, b, c in cells)
    r = parse(f"# Outage\n\n## Timeline\n\n{header}\n|---|---|---|\n{rows}")
    assert [(e.at, e.text) for e in r.timeline.events] == [
        (dt.datetime(2024, 5, 1, 14, 2, tzinfo=UTC), "Checkout alert fired"),
        (dt.datetime(2024, 5, 1, 14, 40, tzinfo=UTC), "Rolled back"),
        (dt.datetime(2024, 5, 2, 9, 0, tzinfo=UTC), "Postmortem held"),
    ]


@pytest.mark.parametrize("lead", ["At {t}, ", "🔴 {t} ", "⚠️ **{t}** - ", "✅ [{t}] "])
def test_an_entry_led_into_its_stamp_by_at_or_an_icon(lead: str) -> None:
    entries = [("14:02 UTC", "the checkout alert fired."), ("14:40 UTC", "we rolled back.")]
    lines = "".join("- " + lead.format(t=t) + x + "\n" for t, x in entries)
    r = parse(f"# Outage on 2024-05-01\n\n## Timeline\n\n{lines}")
    assert [(e.at, e.text) for e in r.timeline.events] == [
        (dt.datetime(2024, 5, 1, 14, 2, tzinfo=UTC), "the checkout alert fired."),
        (dt.datetime(2024, 5, 1, 14, 40, tzinfo=UTC), "we rolled back."),
    ]


def test_at_leads_only_into_a_time() -> None:
    r = parse("# Notes\n\n## Timeline\n\n- At 5 nodes we saw errors\n- At last it worked\n")
    assert r.timeline.events == []


def test_timeline_nested_in_another_section_and_code_between_entries() -> None:
    r = parse(
        "# T\n\n## Recovery\n\n### Timeline (UTC)\n\n- 2022-02-02 1625: report\n\n"
        "```\nlog line 16:26\n```\n\n- 2022-02-02 1650: huddle\n"
    )
    assert [e.at for e in r.timeline.events] == [
        dt.datetime(2022, 2, 2, 16, 25, tzinfo=UTC),
        dt.datetime(2022, 2, 2, 16, 50, tzinfo=UTC),
    ]


def test_entries_keep_document_order_and_unknown_times() -> None:
    r = parse("# T\n\n## Timeline\n\n- [???] slow decline\n- [13:26] report\n- [13:20] note\n")
    assert [e.text for e in r.timeline.events] == ["slow decline", "report", "note"]
    assert r.timeline.events[0].at is None and r.timeline.events[0].time is None


DAY_GROUPS = (
    "# T\n\n## Timeline\n\n- 2021-04-13\n  - 4:16: CM deploys staging and sees 404\n"
    "  - ~18:30: CM and RT end the call\n- 2021-04-14\n  - 9:50: all services restart\n"
    "    (probably automated maintenance)\n  - 12:09: Traefik deployed, resolving issue\n"
)


def test_day_items_over_nested_timed_items() -> None:
    r = parse(DAY_GROUPS)
    events = r.timeline.events
    assert [e.at for e in events] == [
        dt.datetime(2021, 4, 13, 4, 16),
        dt.datetime(2021, 4, 13, 18, 30),
        dt.datetime(2021, 4, 14, 9, 50),
        dt.datetime(2021, 4, 14, 12, 9),
    ]
    assert events[2].text == "all services restart\n(probably automated maintenance)"
    # Appended in its siblings' shape, it reads back on the last day.
    r.timeline.events.append(
        postmortem.TimelineEvent(at=dt.datetime(2021, 4, 14, 13, 0), text="Postmortem scheduled")
    )
    back = postmortem.parse(postmortem.dumps(r))
    assert [e.at for e in back.timeline.events][-1] == dt.datetime(2021, 4, 14, 13, 0)
    assert postmortem.dumps(r).endswith("  - 13:00: Postmortem scheduled\n")


HTML_TABLE = """# Outage

## Timeline (UTC)

<table>
<thead>
<tr class="header">
<th><strong>Time</strong></th>
<th>Event</th>
</tr>
</thead>
<tbody>
<tr class="odd">
<td><span dir="ltr">2019-08-08 00:39</span></td>
<td>Bug 1738717 report &amp; page</td>
</tr>
<tr class="even">
<td>2019-08-08 02:45</td>
<td><p>Service restored</p></td>
</tr>
</tbody>
</table>
"""


def test_a_timeline_written_as_an_html_table() -> None:
    r = parse(HTML_TABLE)
    events = r.timeline.events
    assert [(e.at, e.text) for e in events] == [
        (dt.datetime(2019, 8, 8, 0, 39, tzinfo=UTC), "Bug 1738717 report & page"),
        (dt.datetime(2019, 8, 8, 2, 45, tzinfo=UTC), "Service restored"),
    ]
    events[0].text = "Bug <1738717> report & page"
    events.append(
        postmortem.TimelineEvent(at=dt.datetime(2019, 8, 8, 3, 0, tzinfo=UTC), text="All clear")
    )
    out = postmortem.dumps(r)
    assert '<td><span dir="ltr">2019-08-08 00:39</span></td>\n<td>Bug &lt;1738717&gt;' in out
    back = postmortem.parse(out).timeline.events
    assert [(e.at, e.text) for e in back] == [(e.at, e.text) for e in events]
    # Only the edited cell and the new row differ from the source.
    assert out.replace("Bug &lt;1738717&gt; report", "Bug 1738717 report").count("\n") == (
        HTML_TABLE.count("\n") + 4
    )


OBJECTS = """# Outage

## Detailed timeline

<TimelineTable
  entries={[
    {
      time: "18:30, Nov 27, 2025",
      event: "A configuration change is deployed.",
    },
    {
      time: "06:08, Nov 28, 2025",
      event:
        "The team notices unusual email activity (\\"alias\\") and begins investigating.",
    },
  ]}
/>
"""


def test_a_timeline_written_as_objects_in_component_data() -> None:
    r = parse(OBJECTS)
    events = r.timeline.events
    assert [(e.at, e.text) for e in events] == [
        (dt.datetime(2025, 11, 27, 18, 30), "A configuration change is deployed."),
        (
            dt.datetime(2025, 11, 28, 6, 8),
            'The team notices unusual email activity ("alias") and begins investigating.',
        ),
    ]
    assert Milestone.DETECTED in events[1].cues
    events[0].text = 'A "mailing list" change is deployed.'
    events.append(postmortem.TimelineEvent(at=dt.datetime(2025, 11, 28, 6, 15), text="Fixed"))
    out = postmortem.dumps(r)
    assert 'event: "A \\"mailing list\\" change is deployed.",' in out
    back = postmortem.parse(out).timeline.events
    assert [(e.at, e.text) for e in back] == [(e.at, e.text) for e in events]


STATUSFY = """---
title: Cluster outage
date: '2019-01-28T09:10:47.335Z'
severity: partial-outage
resolved: true
---
Some workspaces did not start.

::: update Resolved | 2019-01-28T12:15:20.322Z
Workspaces start again; we are watching the cluster.
:::

::: update Monitoring | 2019-01-28T11:02:00.000Z
A fix is deployed.
:::
"""

CSTATE = """+++
title = "API Outage"
date = 2018-03-03T15:27:35.000Z
resolved = true
+++
Our API provider is having connection issues.

**Update**: The provider identified the issue {{< track "2018-03-03T16:38:00.000Z" >}}

**Resolved**: The APIs operate normally again. {{< track "2018-03-03T16:45:00.000Z" >}}
"""


def test_status_page_updates_and_front_matter() -> None:
    r = parse(STATUSFY)
    mt = metrics(r)
    assert r.timeline.newest_first
    assert mt.started_at.value == dt.datetime(2019, 1, 28, 9, 10, 47, 335000, tzinfo=UTC)
    assert mt.mitigated_at.value == dt.datetime(2019, 1, 28, 11, 2, tzinfo=UTC)
    assert mt.resolved_at.value == dt.datetime(2019, 1, 28, 12, 15, 20, 322000, tzinfo=UTC)
    assert r.timeline.events[1].text == "A fix is deployed."
    r.timeline.events[1].text = "A fix is deployed to every cluster."
    back = postmortem.parse(postmortem.dumps(r))
    assert back.timeline.events[1].text == "A fix is deployed to every cluster."
    c = parse(CSTATE)
    mt = metrics(c)
    assert [e.at for e in c.timeline.events] == [
        dt.datetime(2018, 3, 3, 16, 38, tzinfo=UTC),
        dt.datetime(2018, 3, 3, 16, 45, tzinfo=UTC),
    ]
    assert mt.started_at.value == dt.datetime(2018, 3, 3, 15, 27, 35, tzinfo=UTC)
    assert mt.resolved_at.value == dt.datetime(2018, 3, 3, 16, 45, tzinfo=UTC)


def test_a_status_update_in_a_language_without_spaces() -> None:
    r = parse(
        "---\ndate: 2020-12-03T23:46:32.722Z\nresolved: true\n---\n"
        "::: update Resolved | 2020-12-04T02:46:00.000Z\n网关已恢复正常。\n:::\n"
    )
    assert [e.at for e in r.timeline.events] == [dt.datetime(2020, 12, 4, 2, 46, tzinfo=UTC)]
    assert metrics(r).resolved_at.value == dt.datetime(2020, 12, 4, 2, 46, tzinfo=UTC)


def test_update_headings_newest_first() -> None:
    r = parse(
        "# Störung\n\n## Aktualisierungen\n\n### Update 27.08.2022 10:00 Uhr:\n\n"
        "Alle Dienste laufen wieder.\n\n### Update 26.08.2022 18:00 Uhr:\n\n"
        "Wir arbeiten an der Behebung.\n\n### Update 26.08.2022 15:00 Uhr:\n\n"
        "LernSax ist nicht erreichbar.\n"
    )
    timeline = r.timeline
    assert timeline.newest_first
    assert [e.at for e in timeline.chronological()] == [
        dt.datetime(2022, 8, 26, 15, 0),
        dt.datetime(2022, 8, 26, 18, 0),
        dt.datetime(2022, 8, 27, 10, 0),
    ]


def test_a_time_and_action_table_is_a_timeline_not_follow_ups() -> None:
    r = parse(
        "# Cache failure\n\n## Resolution and recovery\n\n### Immediate actions\n\n"
        "| Time (UTC) | Action |\n|------------|--------|\n"
        "| 14:32 | A core member restarted API containers |\n"
        "| 14:36 | Another core member opened an incident thread |\n\n"
        "## Action items\n\n- [ ] Alert on cache wipe loops\n"
    )
    assert [(e.time, e.text) for e in r.timeline.events] == [
        (dt.time(14, 32), "A core member restarted API containers"),
        (dt.time(14, 36), "Another core member opened an incident thread"),
    ]
    assert [a.description for a in r.action_items] == ["Alert on cache wipe loops"]


def test_html_rows_keep_their_spans_whatever_the_letters() -> None:
    text = (
        "# T\n\n## Timeline\n\n<table><tr><th>Time</th><th>Event</th></tr>\n"
        "<tr><td>01:00</td><td>İstanbul region down</td></tr>\n"
        "<tr><td>02:00<td>Gamma happened\n</table>\n"
    )
    r = parse(text)
    assert [(e.time, e.text) for e in r.timeline.events] == [
        (dt.time(1, 0), "İstanbul region down"),
        (dt.time(2, 0), "Gamma happened"),
    ]
    r.timeline.events[0].text = "Changed"
    del r.timeline.events[1]  # a last row without "</tr>" goes without the table's end
    out = postmortem.dumps(r)
    assert out.endswith("<td>Changed</td></tr>\n</table>\n")
    assert [e.text for e in postmortem.parse(out).timeline.events] == ["Changed"]


def test_status_page_updates_are_edited_as_blocks() -> None:
    r = parse(STATUSFY)
    del r.timeline.events[0]  # the whole block goes, its closing ":::" with it
    r.timeline.events.append(
        postmortem.TimelineEvent(at=dt.datetime(2019, 1, 28, 13, 0, tzinfo=UTC), text="All good")
    )
    out = postmortem.dumps(r)
    assert out.count(":::") == 2 * 2  # an opener and a closer for each update
    back = postmortem.parse(out).timeline.events
    assert [(e.at, e.text, e.milestone) for e in back] == [
        (dt.datetime(2019, 1, 28, 11, 2, tzinfo=UTC), "A fix is deployed.", Milestone.MITIGATED),
        (dt.datetime(2019, 1, 28, 13, 0, tzinfo=UTC), "All good", None),
    ]


def test_deleting_a_days_last_entry_leaves_no_entry_behind() -> None:
    r = parse(DAY_GROUPS)
    del r.timeline.events[2:]
    assert len(postmortem.parse(postmortem.dumps(r)).timeline.events) == 2


def test_an_object_without_a_text_is_no_entry() -> None:
    r = parse(
        '# T\n\n## Timeline\n\n<T entries={[\n  { time: "10:00, Nov 27, 2025" },\n'
        '  { event: "A note without a time" },\n'
        '  { time: "11:00, Nov 27, 2025", event: "Fixed" },\n]} />\n'
    )
    assert [(e.time, e.text) for e in r.timeline.events] == [(dt.time(11, 0), "Fixed")]


def test_month_day_items_over_nested_timed_items() -> None:
    # A Japanese report: the day as "11/25" over its times, the year from the date written
    # in the report's fields ("2021年11月25日午後3時").
    r = parse(
        "# 障害について\n\n### 発生日時\n2021年11月25日午後3時\n\n## タイムライン\n"
        " * 11/25\n     * 15:00 - v1.4.0リリース\n         * 確認\n     * 16:17 - Issue投稿\n"
        " * 11/26\n     * 10:47 - iOS版を公開\n"
    )
    assert [e.at for e in r.timeline.events] == [
        dt.datetime(2021, 11, 25, 15, 0),
        dt.datetime(2021, 11, 25, 16, 17),
        dt.datetime(2021, 11, 26, 10, 47),
    ]
    assert postmortem.dumps(r) == postmortem.dumps(parse(postmortem.dumps(r)))


def test_a_day_item_without_timed_items_is_an_entry() -> None:
    r = parse("# T\n\n## Timeline\n\n- 2021-04-13: deploy\n  - detail\n- 2021-04-14: fix\n")
    assert [e.date for e in r.timeline.events] == [dt.date(2021, 4, 13), dt.date(2021, 4, 14)]


# -- action items -----------------------------------------------------------------------------


def test_action_table_with_any_columns() -> None:
    r = parse(
        "# T\n\n## Action Items\n\n| Status | Owner | Item | Bug |\n|---|---|---|---|\n"
        "| DONE | ana | Add alert | #12 |\n| TODO | bo | Write runbook | #13 |\n"
    )
    a = r.action_items
    assert [(x.description, x.owner, x.status, x.tracking) for x in a] == [
        ("Add alert", "ana", ActionStatus.DONE, "#12"),
        ("Write runbook", "bo", ActionStatus.OPEN, "#13"),
    ]


def test_checklists_bullets_nested_and_inline_markers() -> None:
    r = parse(
        "# T\n\n## Follow-ups\n\n- [x] Patch the bug\n- [ ] Add tests\n  - [ ] for parser\n\n"
        "### Other\n\n- **DONE** Rotate keys\n- Review access **(Done as of 2021-06-30)**\n"
        "- Plain item\n  with a continuation\n"
    )
    got = [(x.description, x.status) for x in r.action_items]
    assert got == [
        ("Patch the bug", ActionStatus.DONE),
        ("Add tests", ActionStatus.OPEN),  # "for parser" details it: not an item of its own
        ("Rotate keys", ActionStatus.DONE),
        ("Review access", ActionStatus.DONE),
        ("Plain item\nwith a continuation", ActionStatus.UNKNOWN),
    ]
    assert r.action_items[3].category == "Other"


FACT_TABLE = (
    "# Outage\n\n| | |\n|---|---|\n| Severity | P3 |\n| Category | network |\n"
    "| Detected | 2026-04-19T14:30Z (during the rollout) |\n\n## Impact\n\nSlow.\n"
)


def test_a_table_of_facts_gives_the_report_its_fields() -> None:
    r = parse(FACT_TABLE)
    assert r.metadata.severity is not None and r.metadata.severity.text == "P3"
    assert r.metadata.detected_at == dt.datetime(2026, 4, 19, 14, 30, tzinfo=dt.timezone.utc)
    # Edited in its cell, a pipe escaped, and read back.
    r.metadata.severity = postmortem.Severity(None, "P1|urgent")
    out = postmortem.dumps(r)
    assert "| Severity | P1\\|urgent |" in out
    assert out.replace("| Severity | P1\\|urgent |", "| Severity | P3 |") == FACT_TABLE
    back = parse(out).metadata.severity
    assert back is not None and back.text == "P1|urgent"
    # An instant written ISO with "Z" is rewritten so ("UTC" would become the report's zone),
    # and the words after it stay.
    r.metadata.detected_at = dt.datetime(2026, 4, 19, 15, 37, tzinfo=dt.timezone.utc)
    assert "| Detected | 2026-04-19T15:37Z (during the rollout) |" in postmortem.dumps(r)
    r.metadata.detected_at = dt.datetime(2026, 4, 19, 15, 37, 5, 250000, tzinfo=dt.timezone.utc)
    assert parse(postmortem.dumps(r)).metadata.detected_at == r.metadata.detected_at


@pytest.mark.parametrize(
    "table",
    [
        # A glossary names the fields' words but gives no values.
        "## Glossary\n\n| Term | Meaning |\n|---|---|\n| Severity | How bad an incident is |\n"
        "| Detected | When someone first knew |\n",
        "| Severity | P3 |\n|---|---|\n| Notes | none |\n",  # one known key: not a fact table
    ],
)
def test_other_two_column_tables_give_no_fields(table: str) -> None:
    r = parse("# Outage\n\n" + table)
    assert r.metadata.severity is None and r.metadata.detected_at is None


def test_headings_in_an_html_block_are_sections() -> None:
    text = (
        "---\ntitle: Outage update\n---\n\n"
        '<div class="alert">\n  <h3 class="ds-c-alert__heading">12/27/2019 Update</h3>\n'
        "  <p>The API is back.</p>\n</div>\n\n## What happened?\n\nA bad deploy.\n"
    )
    r = parse(text)
    assert [s.title for s in r.sections] == ["12/27/2019 Update", "What happened?"]
    assert postmortem.dumps(r) == text
    r.sections[0].title = "12/28/2019 Update"
    assert postmortem.dumps(r) == text.replace("12/27/2019", "12/28/2019")
    # A heading with markup inside, or in a code block, is not one.
    assert [s.title for s in parse("<div>\n<h2><a href='x'>Link</a></h2>\n</div>\n").sections] == []


def test_a_title_heading_reads_as_its_words() -> None:
    text = "# **Production freeze**: stuck on `eb15ae0` for [five days](x)\n\ntext\n"
    r = parse(text)
    assert r.title == "Production freeze: stuck on eb15ae0 for five days"
    assert postmortem.dumps(r) == text
    r.title = "Freeze"
    assert postmortem.dumps(r) == "# Freeze\n\ntext\n"


def test_html_headings_in_comments_and_details_are_no_sections() -> None:
    for block in (
        "<!--\n<h2>Root cause</h2>\nTODO: fill in\n-->\n",
        "<details>\n<h3>Raw logs</h3>\nx\n</details>\n",
    ):
        text = f"# T\n\n{block}\n## Real\n\nx\n"
        r = parse(text)
        assert [s.title for s in r.sections] == ["Real"]
        assert postmortem.dumps(r) == text


def test_an_escaped_mark_in_a_title_is_the_character() -> None:
    assert parse("# A \\*star\\* & `x`\n\ntext\n").title == "A *star* & x"


def test_inline_html_in_a_heading_and_a_setext_title_of_two_lines_read_as_words() -> None:
    text = (
        "Recoding \nthe outage\n=====\n\n"
        '## Testnet Halt 95 <a href="#halt" id="halt"></a>\n\n'
        '## The `List<T>` cache\n\n## <span dir="ltr">Overview</span>\n\ntext\n'
    )
    r = parse(text)
    assert r.title == "Recoding the outage"
    assert [s.title for s in r.sections] == ["Testnet Halt 95", "The List<T> cache", "Overview"]
    assert postmortem.dumps(r) == text


def test_updates_each_under_a_stamp_line_newest_first_take_their_days_bottom_up() -> None:
    # A status page's updates: the time alone on a line, the update under it, rules between,
    # newest first; only the first and the midnight ones say their day.
    text = (
        "---\ntitle: Site power issue\ndate: 2023-07-10 22:13:00\n---\n\n"
        "01:15 UTC\n\nWorks are ongoing.\n\n---\n\n"
        "2023-07-11 00:15:00 UTC\n\nNo update from the data center.\n\nMore words.\n\n---\n\n"
        "23:45 UTC\n\nPower work continues.\n\n---\n\n"
        "2023-07-10 22:13:00 UTC\n\nA site power issue rebooted hosts.\n"
    )
    r = parse(text)
    utc = dt.timezone.utc
    assert [(e.at, e.text) for e in r.timeline.chronological()] == [
        (dt.datetime(2023, 7, 10, 22, 13, tzinfo=utc), "A site power issue rebooted hosts."),
        (dt.datetime(2023, 7, 10, 23, 45, tzinfo=utc), "Power work continues."),
        (dt.datetime(2023, 7, 11, 0, 15, tzinfo=utc), "No update from the data center."),
        (dt.datetime(2023, 7, 11, 1, 15, tzinfo=utc), "Works are ongoing."),
    ]
    assert r.timeline.newest_first
    assert postmortem.dumps(r) == text
    r.timeline.events[0].text = "Works resumed."
    again = parse(postmortem.dumps(r))
    assert again == r and "01:15 UTC\n\nWorks resumed.\n" in postmortem.dumps(r)


def test_one_stamp_line_alone_is_no_timeline() -> None:
    r = parse("# T\n\n14:00 UTC\n\nWe restarted the server.\n")
    assert r.timeline.events == []


def test_a_newest_first_log_keeps_the_days_its_headings_give() -> None:
    r = parse(
        "# T\n\n## Timeline (newest first)\n\n### July 12, 2023\n\n- 09:00 UTC Resolved\n"
        "- 08:00 UTC Fix\n\n### July 10, 2023\n\n- 23:00 UTC Alert\n- 22:00 UTC Deploy\n"
    )
    assert [e.at.day for e in r.timeline.events if e.at] == [12, 12, 10, 10]


def test_an_oldest_first_log_over_midnight_is_left_as_read() -> None:
    r = parse(
        "# T\n\n**Date:** 2023-07-10\n\n## Timeline\n\n- 22:00 UTC Deploy\n- 23:30 UTC Alert\n"
        "- 00:15 UTC Rollback\n- 01:10 UTC Resolved\n"
    )
    assert [e.at.day for e in r.timeline.events if e.at] == [10, 10, 11, 11]


def test_an_entry_removed_from_a_newest_first_log_leaves_the_others_days() -> None:
    text = (
        "# T\n\n## Timeline\n\n- 01:10 UTC Resolved\n- 00:45 UTC Fix\n- 00:15 UTC Alert\n"
        "- 2023-07-10 23:30 UTC Deploy\n"
    )
    r = parse(text)
    assert [e.at.day for e in r.timeline.events if e.at] == [11, 11, 11, 10]
    del r.timeline.events[1]
    assert parse(postmortem.dumps(r)) == r


def test_a_table_headed_in_another_language_keeps_rows_without_a_stamp() -> None:
    # "시점" (time) and "사건" (event) name the columns: rows whose time is words ("복구",
    # recovery) are entries too, and "시각은 KST다." (times are KST) declares the zone.
    r = parse(
        "# T\n\n- 날짜: 2026-09-27\n\n## 타임라인\n\n시각은 KST다.\n\n| 시점 | 사건 |\n|---|---|\n"
        "| 13:54 | merge |\n| 14:14 | 재시도 |\n| 16:02 이후 | 기동 실패 |\n| 복구 | DROP |\n"
    )
    kst = ZoneInfo("Asia/Seoul")
    assert len(r.timeline.events) == 4
    assert r.timeline.events[0].at == dt.datetime(2026, 9, 27, 13, 54, tzinfo=kst)
    assert r.timeline.timezone == "KST"


@pytest.mark.parametrize(
    "header",
    ["| Quando | O que aconteceu |", "| Cuándo | Qué pasó |", "| Wann | Was passiert ist |"],
)
def test_a_when_column_in_another_language_keeps_rows_without_a_stamp(header: str) -> None:
    # NOC Horizon's "| Quando | O que aconteceu |": "When" names the column, as in English,
    # so a row whose time is words is still an entry.
    r = parse(
        f"# T\n\nDate: 2026-09-27\n\n{header}\n|---|---|\n| 24 a 25/09 | Painel publicado |\n"
        "| 27/09 21:47 | Revisão encontra o token |\n| logo depois | Token revogado |\n"
        "| 27/09 22:44 | Fim da exposição |\n"
    )
    assert [e.time for e in r.timeline.events] == [None, dt.time(21, 47), None, dt.time(22, 44)]


@pytest.mark.parametrize("heading", ["Événements", "État des lieux"])
def test_a_heading_that_opens_with_an_accented_capital_keeps_it(heading: str) -> None:
    from postmortem.vocabulary import normalize

    assert normalize(heading)[0] == "e"


def test_a_cstate_track_at_the_head_of_a_line_stamps_the_words_after_it() -> None:
    text = (
        '+++\ntitle = "Database Outage"\ndate = 2020-01-19T11:23:00.000Z\nresolved = true\n+++\n'
        "**Issue:** some accounts are empty. We are investigating.\n"
        '{{< track "2020-01-19T11:29:00.000Z" >}}Records were deleted from a key table.\n'
        '{{< track "2020-01-19T14:43:00.000Z" >}}Incident resolved.\n'
    )
    r = parse(text)
    assert [(e.at, e.text) for e in r.timeline.events] == [
        (dt.datetime(2020, 1, 19, 11, 29, tzinfo=UTC), "Records were deleted from a key table."),
        (dt.datetime(2020, 1, 19, 14, 43, tzinfo=UTC), "Incident resolved."),
    ]
    r.timeline.events[1].text = "Resolved; all accounts restored."
    assert parse(postmortem.dumps(r)) == r


def test_a_date_key_as_a_heading_over_its_days_dates_the_report() -> None:
    text = "# Stale chart\n\n## 発生期間\n\n2026/03/14 〜 2026/03/17\n\n## 症状\n\nx\n"
    r = parse(text)
    assert r.metadata.date == dt.date(2026, 3, 14)
    mt = metrics(r)
    assert (mt.started_at.value, mt.impact_ended_at.value) == (
        dt.datetime(2026, 3, 14),
        dt.datetime(2026, 3, 17),
    )
    r.metadata.date = dt.date(2026, 3, 13)
    assert parse(postmortem.dumps(r)).metadata.date == dt.date(2026, 3, 13)
    one = parse("# NIC hang\n\n## Date\n\n2026-01-17\n\n## What happened\n\nx\n")
    assert one.metadata.date == dt.date(2026, 1, 17)


@pytest.mark.parametrize(
    "updates",
    [
        # A heading per update, its "Posted" line over its words (as a status page's own
        # export writes it).
        "## Resolved\n\n*Posted Dec 22, 2022 - 22:20 UTC*\n\nThis incident has been resolved.\n\n"
        "## Monitoring\n\n*Posted Dec 22, 2022 - 14:00 UTC*\n\nA fix has been implemented and "
        "we are monitoring the results.\n\n"
        "## Investigating\n\n*Posted Dec 22, 2022 - 11:09 UTC*\n\nWe are observing issues.\n",
        # Under its words, as the status page shows an update.
        "## Resolved\n\nThis incident has been resolved.\n\nPosted 3 years ago. Dec 22, 2022 - "
        "22:20 UTC\n\n## Monitoring\n\nA fix has been implemented and we are monitoring the "
        "results.\n\nPosted 3 years ago. Dec 22, 2022 - 14:00 UTC\n\n## Investigating\n\n"
        "We are observing issues.\n\nPosted 3 years ago. Dec 22, 2022 - 11:09 UTC\n",
        # The page's text pasted without headings: label, words and "Posted" line together.
        "Resolved\nThis incident has been resolved.\nPosted 3 years ago. Dec 22, 2022 - 22:20 "
        "UTC\n\nMonitoring\nA fix has been implemented and we are monitoring the results.\n"
        "Posted 3 years ago. Dec 22, 2022 - 14:00 UTC\n\nInvestigating\nWe are observing "
        "issues.\nPosted 3 years ago. Dec 22, 2022 - 11:09 UTC\n",
        # A heading per update, its words and "Posted" line one paragraph (Statuspage's
        # export with the line breaks kept).
        "## Resolved\nThis incident has been resolved.\nPosted Dec 22, 2022 - 22:20 UTC\n\n"
        "## Monitoring\nA fix has been implemented and we are monitoring the results.\n"
        "Posted Dec 22, 2022 - 14:00 UTC\n\n"
        "## Investigating\nWe are observing issues.\nPosted Dec 22, 2022 - 11:09 UTC\n",
        # The same without the word "Posted".
        "## Resolved\n\nThis incident has been resolved.\nDec 22, 2022 - 22:20 UTC\n\n"
        "## Monitoring\n\nA fix has been implemented and we are monitoring the results.\n"
        "Dec 22, 2022 - 14:00 UTC\n\n"
        "## Investigating\n\nWe are observing issues.\nDec 22, 2022 - 11:09 UTC\n",
    ],
)
def test_status_page_updates_stamped_by_their_posted_line(updates: str) -> None:
    text = f"# Delayed publishing\n\n{updates}"
    r = parse(text)
    ev = r.timeline.events
    assert [e.at for e in ev] == [
        dt.datetime(2022, 12, 22, h, mi, tzinfo=UTC) for h, mi in ((22, 20), (14, 0), (11, 9))
    ]
    assert [e.text.splitlines()[-1] for e in ev] == [
        "This incident has been resolved.",
        "A fix has been implemented and we are monitoring the results.",
        "We are observing issues.",
    ]
    mt = metrics(r)
    assert (mt.mitigated_at.value, mt.resolved_at.value) == (ev[1].at, ev[0].at)
    ev[0].text = ev[0].text.replace("has been resolved", "is over")
    again = parse(postmortem.dumps(r))
    assert [e.text for e in again.timeline.events] == [e.text for e in ev]


def test_a_posted_line_is_a_stamp_only_when_it_is_the_whole_line() -> None:
    text = (
        "# Notes\n\n*Posted on March 3, 2023 by Jo*\n\nWe moved hosts.\n\n"
        "Posted Mar 3, 2023 - 10:00 UTC to the forum, then\nwe moved hosts.\n"
    )
    assert parse(text).timeline.events == []


def test_a_status_update_without_its_year_takes_the_reports() -> None:
    text = (
        "---\ndate: 2024-03-12\n---\n# API errors\n\n"
        "**Resolved** - This incident has been resolved.\nMar 12, 14:05 UTC\n\n"
        "**Investigating** - We are investigating errors on the API.\nMar 12, 13:02 UTC\n"
    )
    ev = parse(text).timeline.events
    assert [e.at for e in ev] == [
        dt.datetime(2024, 3, 12, 14, 5, tzinfo=UTC), dt.datetime(2024, 3, 12, 13, 2, tzinfo=UTC)
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "at"),
    [
        ("January 13th, 2024 - 21:00 UTC - Bridge traffic rises.",
         dt.datetime(2024, 1, 13, 21, 0, tzinfo=UTC)),
        ("2024-01-13 - 9:05 PM - Bridge traffic rises.", dt.datetime(2024, 1, 13, 21, 5)),
    ],
)  # fmt: skip
def test_a_day_a_dash_and_a_time_are_one_stamp(line: str, at: dt.datetime) -> None:
    text = f"# Reset\n\n## Timeline\n\n* {line}\n* {line.replace('Bridge', 'Disk')}\n"
    ev = parse(text).timeline.events
    assert (ev[0].at, ev[0].text) == (at, "Bridge traffic rises.")
    # A number that is no time stays the entry's words.
    r = parse("# R\n\n## Timeline\n\n* 2024-01-13 - 10 users report errors\n* 2024-01-14 - x\n")
    assert r.timeline.events[0].text == "10 users report errors"


def test_an_entry_of_unknown_time_under_a_day_heading_is_of_that_day() -> None:
    text = (
        "# Listener failure\n\n## Timeline\n\n### 2022-04-20\n* `19:48` - The service fails.\n\n"
        "### 2022-04-21\n* `unknown` - 141 genomes submitted.\n\n"
        "### 2022-04-28\n* `10:34` - BM sends email observing that messages are aging.\n"
    )
    r = parse(text)
    assert [e.date for e in r.timeline.events] == [
        dt.date(2022, 4, 20), dt.date(2022, 4, 21), dt.date(2022, 4, 28)
    ]  # fmt: skip
    assert r.timeline.events[1].at is None
    assert metrics(r).detected_at.value == dt.datetime(2022, 4, 28, 10, 34)
    # Without a day heading an unknown time has no day.
    flat = parse("# P\n\n## Timeline\n\n* [???] IOPS degrade\n* [13:26] Reports on Slack\n")
    assert flat.timeline.events[0].date is None


@pytest.mark.parametrize("line", ["*Date: 13 August, 2021*", "_Date: 13 August 2021_"])
def test_a_field_line_in_italics_is_read_and_edited_in_place(line: str) -> None:
    text = f"# Blank screen\n\n{line}\n\n## What was the problem?\n\nA blank screen.\n"
    r = parse(text)
    assert r.metadata.date == dt.date(2021, 8, 13)
    r.metadata.date = dt.date(2021, 8, 14)
    out = postmortem.dumps(r)
    assert out.splitlines()[2].startswith(line[0] + "Date: ") and out.splitlines()[2][-1] == line[0]
    assert parse(out).metadata.date == dt.date(2021, 8, 14)
    # An italic note is no field.
    assert parse("# T\n\n*Note: the date is approximate*\n").metadata.date is None


def test_a_year_in_the_title_dates_no_sentence_without_a_day() -> None:
    text = (
        "# June 2020 database outage\n\nOn June 17th, 2020 at 18:00 UTC the service went down."
        "\n\n## Details\n\n" + "Vacuuming went on for a while. " * 60 + "\n\n"
        "At 19:52 UTC the decision was made to restore the primary.\n"
    )
    mt = metrics(parse(text))
    assert mt.started_at.value == dt.datetime(2020, 6, 17, 18, 0, tzinfo=UTC)
    assert mt.impact_ended_at.value is None or mt.impact_ended_at.value.month == 6


def test_errors_that_start_to_fade_do_not_start_the_incident() -> None:
    text = (
        "# Reconnections\n\n## Timeline\n\n1. 2023-03-28 Users report constant reconnections.\n"
        "2. 2023-04-04 With the fixes the reconnection errors started to be less frequent.\n"
    )
    mt = metrics(parse(text))
    assert mt.started_at.value is None or mt.started_at.value.date() == dt.date(2023, 3, 28)


def test_wordpress_exported_front_matter_gives_title_and_date() -> None:
    text = (
        "---\nID: 47\npost_title: The Gallery Outage on March 9th\nauthor: The Team\n"
        'post_excerpt: ""\nlayout: post\npublished: true\npost_date: 2012-03-14 00:00:00\n---\n'
        "The gallery was unavailable on March 9th. The team became aware of the problem "
        "around 7:30 A.M.\n\n## What Happened Exactly\n\nA reboot.\n"
    )
    r = parse(text)
    assert r.title == "The Gallery Outage on March 9th"
    assert r.metadata.date == dt.date(2012, 3, 9)  # the day the opening names, not the post's
    r.title = "Gallery outage"
    out = postmortem.dumps(r)
    assert "post_title: Gallery outage\n" in out and parse(out).title == "Gallery outage"


@pytest.mark.parametrize(
    ("entry", "found"),
    [
        ("Issue identified with Discord bridge.", True),
        ("Technical checkout fails; malformed block identified from external validator", True),
        ("Root cause identified: incomplete Docker schema", False),
        ("The outage identified as a new version of package:args", False),
        ("Login service disruption identified", True),
        ("Discovery of data loss", True),
        ("Discovery and investigation of chain halt at block 1,000", True),
        ("Flight discovery tasks running", False),
    ],
)
def test_a_problem_identified_is_its_detection(entry: str, found: bool) -> None:
    text = (
        "# Bridge reset\n\n## Timeline\n\n- 2024-01-13 21:00 UTC - Traffic increases.\n"
        f"- 2024-01-14 06:15 UTC - {entry}\n- 2024-01-14 06:24 UTC - Manual fix applied.\n"
    )
    detected = metrics(parse(text)).detected_at.value
    assert (detected == dt.datetime(2024, 1, 14, 6, 15, tzinfo=UTC)) is found


def test_a_zone_written_with_its_offset_is_the_reports_zone() -> None:
    text = (
        "---\ntitle: Service outage\ndate: 2022-02-02 22:08 GMT+1\n"
        "resolvedDate: 2022-02-02 22:55 GMT+1\n---\n\nOutage on our EU accounts.\n"
    )
    r = parse(text)
    assert r.timeline.timezone == "GMT+1"
    mt = metrics(r)
    gmt1 = dt.timezone(dt.timedelta(hours=1))
    # The instants stay in the zone they were written in, not moved to GMT.
    assert mt.started_at.value == dt.datetime(2022, 2, 2, 22, 8, tzinfo=gmt1)
    assert mt.started_at.value.utcoffset() == dt.timedelta(hours=1)
    assert mt.resolved_at.value.utcoffset() == dt.timedelta(hours=1)


def test_a_dotted_day_a_dash_and_a_time_are_one_stamp() -> None:
    text = (
        "# Ausfall\n\n## Timeline\n\n"
        "- 12.05.2024 - 10:00 - Server down\n- 12.05.2024 - 11:30 - Up\n"
    )
    ev = parse(text).timeline.events
    assert [e.at for e in ev] == [
        dt.datetime(2024, 5, 12, 10, 0), dt.datetime(2024, 5, 12, 11, 30)
    ]  # fmt: skip


def test_a_whole_entry_in_bold_with_a_day_a_dash_and_a_time() -> None:
    text = (
        "# Builds\n\n## Timeline\n\n- **Jan 13, 2024 - 21:00: builds failing**\n"
        "- **Jan 13, 2024 - 22:00: builds fixed**\n"
    )
    ev = parse(text).timeline.events
    assert [(e.at, e.text) for e in ev] == [
        (dt.datetime(2024, 1, 13, 21, 0), "builds failing"),
        (dt.datetime(2024, 1, 13, 22, 0), "builds fixed"),
    ]


def test_a_day_line_whose_weekday_says_the_year_is_one_off() -> None:
    # "Monday, April 3, 2024" after Sunday, April 2, 2023: April 3 was a Monday in 2023.
    r = parse(
        "# Token exposure\n\n## Actions (all times US Pacific Time)\n\n"
        "* **Sunday, April 2, 2023**\n* 11:21: An internal incident was created.\n"
        "* 18:19: Deleted the app to revoke all tokens.\n* **Monday, April 3, 2024**\n"
        "* 08:43: A new app was created to restore the feature.\n"
    )
    pt = ZoneInfo("America/Los_Angeles")
    assert [e.at for e in r.timeline.events] == [
        dt.datetime(2023, 4, 2, 11, 21, tzinfo=pt),
        dt.datetime(2023, 4, 2, 18, 19, tzinfo=pt),
        dt.datetime(2023, 4, 3, 8, 43, tzinfo=pt),
    ]


def test_a_weekday_alone_wrong_leaves_the_day_as_written() -> None:
    # "Tuesday, 2023-01-04" (a Wednesday; 2022-01-04 was a Tuesday): the year is not changed
    # when the day as written is the report's.
    r = parse(
        "# Outage on 2023-01-04\n\n## Timeline\n\n**Tuesday, 2023-01-04**\n\n"
        "- 05:13: The monitor triggered an alert\n- 05:47: The site is back\n"
    )
    assert r.timeline.events[0].at == dt.datetime(2023, 1, 4, 5, 13)


def test_headings_closed_by_a_time_in_parentheses_are_entries() -> None:
    # "### Detection (14:05 UTC)": the heading names the step, the time closes it; two or more
    # such siblings are a timeline, and none of them is the report's Detection section.
    text = (
        "# Outage\n\nDate: 2024-03-05\n\n## Timeline\n\n### Detection (14:05 UTC)\n\n"
        "Alerts fired.\n\n### Mitigation (14:40 UTC)\n\nRolled back.\n\n"
        "### Resolution (15:10 UTC)\n\nAll clear.\n"
    )
    r = parse(text)
    utc = dt.timezone.utc
    assert [(e.at, e.text) for e in r.timeline.events] == [
        (dt.datetime(2024, 3, 5, 14, 5, tzinfo=utc), "Alerts fired."),
        (dt.datetime(2024, 3, 5, 14, 40, tzinfo=utc), "Rolled back."),
        (dt.datetime(2024, 3, 5, 15, 10, tzinfo=utc), "All clear."),
    ]
    assert r.detection.text is None
    mt = metrics(r)
    assert mt.detected_at.value == dt.datetime(2024, 3, 5, 14, 5, tzinfo=utc)
    assert mt.mitigated_at.value == dt.datetime(2024, 3, 5, 14, 40, tzinfo=utc)
    for name, edit in edits_for(r):
        assert check(text, name, edit) is None, name


def test_list_items_closed_by_a_time_in_parentheses_are_entries() -> None:
    # The list twin of the headings above: "- Rolled back (10:30 UTC)", two or more in a list,
    # under a heading that names a timeline (the same reading as items ending "at 10:30").
    text = (
        "# Database incident\n\n## Timeline of events\n\n"
        "- Deploy of v2.3 started (Mon 4 March 2024, 10:00 UTC)\n"
        "- Error rate alert fired (10:12 UTC)\n- Rolled back (10:30 UTC)\n"
        "- Incident closed (11:00 UTC)\n"
    )
    r = parse(text)
    utc = dt.timezone.utc
    assert [(e.at, e.text) for e in r.timeline.events] == [
        (dt.datetime(2024, 3, 4, 10, 0, tzinfo=utc), "Deploy of v2.3 started"),
        (dt.datetime(2024, 3, 4, 10, 12, tzinfo=utc), "Error rate alert fired"),
        (dt.datetime(2024, 3, 4, 10, 30, tzinfo=utc), "Rolled back"),
        (dt.datetime(2024, 3, 4, 11, 0, tzinfo=utc), "Incident closed"),
    ]
    mt = metrics(r)
    assert mt.detected_at.value == dt.datetime(2024, 3, 4, 10, 12, tzinfo=utc)
    assert mt.resolved_at.value == dt.datetime(2024, 3, 4, 11, 0, tzinfo=utc)
    for name, edit in edits_for(r):
        assert check(text, name, edit) is None, name


def test_items_that_end_with_their_time_under_a_timeline_heading_are_entries() -> None:
    # Opsgenie's timeline entries ("Alert acknowledged by Alice at 14:32 UTC.") and hand
    # lists ("- Rolled back - 14:20"): under a heading that names a timeline only.
    text = (
        "# Checkout outage, 2024-03-05\n\n## Timeline\n\n"
        "- Alert acknowledged by Alice at 14:32 UTC.\n- Bad deploy rolled back - 14:50\n"
        "- Service restored at 15:22 UTC.\n- Incident resolved at 15:25 UTC.\n\n"
        "## Follow-up\n\n- Review capacity at the next planning meeting\n"
        "- Daily backups run at 02:00\n"
    )
    r = parse(text)
    utc = dt.timezone.utc
    assert [(e.at, e.text) for e in r.timeline.events] == [
        (dt.datetime(2024, 3, 5, 14, 32, tzinfo=utc), "Alert acknowledged by Alice"),
        (dt.datetime(2024, 3, 5, 14, 50, tzinfo=utc), "Bad deploy rolled back"),
        (dt.datetime(2024, 3, 5, 15, 22, tzinfo=utc), "Service restored"),
        (dt.datetime(2024, 3, 5, 15, 25, tzinfo=utc), "Incident resolved"),
    ]
    assert len(r.action_items) == 2  # the follow-up list's times make no timeline
    mt = metrics(r)
    assert mt.mitigated_at.value == dt.datetime(2024, 3, 5, 14, 50, tzinfo=utc)
    assert mt.impact_ended_at.value == dt.datetime(2024, 3, 5, 15, 22, tzinfo=utc)
    for name, edit in edits_for(r):
        assert check(text, name, edit) is None, name


def test_items_that_end_with_a_time_elsewhere_are_no_timeline() -> None:
    text = (
        "# Backups\n\nDate: 2024-03-05\n\n## Background\n\n- Daily backups run at 02:00\n"
        "- Weekly reports are sent at 06:00\n"
    )
    assert parse(text).timeline.events == []


def test_a_follow_up_of_one_item_is_the_item_not_also_the_sections_text() -> None:
    # One text, one typed view: the item, not follow_up.text too (an edit of one would leave
    # the other stale; found by the edit property).
    r = parse("# X\n\n## Follow-up\n\n- Review capacity at the next planning meeting\n")
    assert [a.description for a in r.action_items] == [
        "Review capacity at the next planning meeting"
    ]
    assert r.follow_up.text is None


def test_a_zone_in_a_fields_key_is_its_values_and_edits_keep_it_there() -> None:
    pt = ZoneInfo("America/Los_Angeles")
    for text in (
        "# Payments errors\n\n- **Start time (UTC):** 2024-03-05 14:05\n"
        "- **Mitigation time (UTC):** 2024-03-05 14:40\n- **End time (UTC):** 2024-03-05 "
        "15:10\n\n## Summary\n\nPayments failed.\n",
        "# Payments errors\n\n| Field | Value |\n|---|---|\n| Started (PT) | 2024-03-05 06:05 |"
        "\n| Resolved (PT) | 2024-03-05 07:10 |\n\n## Summary\n\nPayments failed.\n",
    ):
        r = parse(text)
        start = r.metadata.started_at
        assert start is not None and start.utcoffset() is not None
        assert start.astimezone(dt.timezone.utc) == dt.datetime(
            2024, 3, 5, 14, 5, tzinfo=dt.timezone.utc
        )
        for name, edit in edits_for(r):
            assert check(text, name, edit) is None, name
        # An edit in the key's zone is written as the other values are, without a zone.
        tz = start.tzinfo if "(UTC)" in text else pt
        r.metadata.started_at = dt.datetime(2024, 3, 5, 5, 55, tzinfo=tz)
        out = postmortem.dumps(r)
        assert "2024-03-05 05:55 |" in out or "2024-03-05 05:55\n" in out


def test_a_definition_list_timeline_keeps_no_marker_in_its_text() -> None:
    # Pandoc, kramdown and MkDocs' def_list: the stamp is the term, the entry its definition.
    text = (
        "# Outage 2024-03-05\n\n## Timeline\n\n14:05\n: Alerts fired\n\n"
        "14:20\n: Rolled back\n\n14:45\n:   Service restored\n"
    )
    r = parse(text)
    assert [(e.at, e.text) for e in r.timeline.events] == [
        (dt.datetime(2024, 3, 5, 14, 5), "Alerts fired"),
        (dt.datetime(2024, 3, 5, 14, 20), "Rolled back"),
        (dt.datetime(2024, 3, 5, 14, 45), "Service restored"),
    ]
    for name, edit in edits_for(r):
        assert check(text, name, edit) is None, name


def test_one_item_closed_by_a_time_is_no_entry() -> None:
    # An action item's deadline or a lone aside is not a timeline.
    text = "# Outage 2024-03-04\n\n## Notes\n\n- Review at standup (10:00)\n- Write docs\n"
    assert parse(text).timeline.events == []
    # Nor are items closed by times under another heading: no report in the corpora nor the
    # indexes writes a timeline so, and a list of meetings would be one.
    text = (
        "# Outage 2024-03-04\n\n## Follow-up\n\n- Review at standup (10:00)\n"
        "- Retro with the team (15:30)\n"
    )
    assert parse(text).timeline.events == []


def test_one_heading_closed_by_a_time_is_no_timeline() -> None:
    text = "# Outage\n\n## Timeline\n\n### Impact (14:02-14:37 UTC)\n\nCheckout failed.\n"
    assert parse(text).timeline.events == []


def test_front_matter_incident_date_is_the_day_over_the_posts_date() -> None:
    text = (
        "---\ntitle: API outage\ndate: 2024-03-20\nincident_date: 2024-03-05\n---\n\n"
        "## Timeline\n\n- 14:02 deploy\n- 14:05 alert fired\n"
    )
    r = parse(text)
    assert r.metadata.date == dt.date(2024, 3, 5)
    assert r.timeline.events[0].at == dt.datetime(2024, 3, 5, 14, 2)
    for name, edit in edits_for(r):
        assert check(text, name, edit) is None, name


def test_a_plain_line_naming_a_section_over_a_list_labels_it() -> None:
    # Learning Equality's post-mortem: "Action Items" on a line of its own over the list,
    # inside "## Detection"; persistenceOne's "What Went Well:" over a blank and a list.
    text = (
        "# Expired certificate\n\n## Detection\n\nPeople told us.\n\nAction Items\n"
        "- Set up alerting for expiring certificates\n\n- Host it in the right project\n\n"
        "## Lessons Learned\n\nWhat Went Well:\n\n- Fast fix once someone sat down\n"
    )
    r = parse(text)
    assert len(r.action_items) == 2
    assert r.lessons.went_well == ["Fast fix once someone sat down"]
    assert postmortem.dumps(r) == text
    # As a sentence's first words, or over a paragraph, such a line labels nothing.
    prose = parse(text.replace("Action Items\n- Set up", "Action Items were set up.\n\n- Set up"))
    assert [s.title for s in prose.all_sections()] == ["Detection", "Lessons Learned",
                                                       "What Went Well"]  # fmt: skip
    over_text = parse(text.replace("Action Items\n- Set up", "Action Items\n\nWe will set up"))
    assert "Action Items" not in [s.title for s in over_text.all_sections()]
    # A timeline's phase lines stay its own.
    phases = parse(
        "# T\n\n## Timeline\n\nInvestigation\n- 2024-03-05 10:00 UTC alert fired\n"
        "- 2024-03-05 10:05 UTC paged\n\nResolution\n- 2024-03-05 11:00 UTC fixed\n"
    )
    assert [s.title for s in phases.all_sections()] == ["Timeline"]
    assert len(phases.timeline.events) == 3


def test_a_timeline_led_in_by_a_label_ends_at_the_prose_after_its_list() -> None:
    # MadSciTech's post-mortem: the timed bullets under "**Timeline of Events**:", then a
    # sentence leading into a list of upcoming maintenance days, which are no entries.
    r = parse(
        "+++\ntitle = 'Mail outage'\ndate = 2020-09-10T00:01:15-05:00\n+++\n"
        "The outage was a missed maintenance announcement.\n\n**Timeline of Events**:\n\n"
        "* 12:17A - Live migration of the mail server fails\n"
        "* 12:22A - System Monitoring: Notification that Mail Server is unavailable\n"
        "* 12:35A - Server back online\n\nBelow are the upcoming maintenance windows:\n\n"
        "* September 13, 2020 (CDT) - Hypervisor/Network Upgrades\n"
        "* September 17, 2020 (CDT) - General Data Center Maintenance\n"
    )
    assert [e.time for e in r.timeline.events] == [dt.time(0, 17), dt.time(0, 22), dt.time(0, 35)]


def test_a_table_without_a_text_column_takes_the_one_that_says_most() -> None:
    # ZeroClaw's CI evidence table: links and hashes first, the failure in words last.
    r = parse(
        "# CI runners left main red\n\n## Evidence\n\n"
        "| Time (UTC) | Workflow run | Commit | Failure signature |\n|---|---|---|---|\n"
        "| 2026-03-02T01:25:15Z | https://github.com/o/r/actions/runs/1 | `64a2a27` | "
        "`error: linker` not found on the runner |\n"
        "| 2026-03-02T02:04:42Z | https://github.com/o/r/actions/runs/2 | `4b16ac9` | "
        "No space left on device |\n"
    )
    assert [e.text for e in r.timeline.events] == [
        "`error: linker` not found on the runner",
        "No space left on device",
    ]


def test_of_two_columns_named_for_the_event_the_one_in_words_is_the_text() -> None:
    # GOV.UK's platform reports: "| Time | Event Type | Description |", the type a label.
    r = parse(
        "# Harbor outage\n\n## Timeline\n\n_All times in UTC._\n\n"
        "| Time | Event Type | Description |\n| ---- | ---------- | ----------- |\n"
        "| 2019-02-27 06:45 | `automated` | AWS rebooted the control plane instance. |\n"
        "| 10:49 | `operator` | Noticed the CD pipeline was red. |\n"
    )
    assert [e.text for e in r.timeline.events] == [
        "AWS rebooted the control plane instance.",
        "Noticed the CD pipeline was red.",
    ]
    assert metrics(r).detected_at.value == dt.datetime(2019, 2, 27, 10, 49, tzinfo=dt.timezone.utc)
    # A label column that names milestones keeps naming them, as the entries' phase.
    labelled = parse(
        "# Checkout outage\n\n## Timeline\n\nAll times in UTC.\n\n"
        "| Time | Event | Event details |\n| ---- | ----- | ------------- |\n"
        "| 2024-03-01 09:00 | Deploy | Version 2.3 of the checkout service went out. |\n"
        "| 09:12 | Detected | The on-call engineer was paged by the synthetic probe. |\n"
        "| 09:30 | Mitigated | We moved all checkout traffic over to the us-east region. |\n"
        "| 10:05 | Resolved | The bad config was reverted and the region put back. |\n"
    )
    utc = dt.timezone.utc
    assert metrics(labelled).mitigated_at.value == dt.datetime(2024, 3, 1, 9, 30, tzinfo=utc)
    assert labelled.timeline.events[1].text.startswith("The on-call engineer")


def test_a_line_naming_its_zone_as_an_offset_in_any_language() -> None:
    # Artemiy's homelab log (in Russian): "server time UTC+5 (in brackets, from logs, which
    # are written in UTC)"; the bracketed UTC readings are not the entries' zone.
    r = parse(
        "# 0001 — Переполнение тома\n\nДата: 2026-09-18\n\n## Временная шкала\n\n"
        "Время сервера UTC+5 (в скобках — из логов и событий, которые пишутся в UTC).\n\n"
        "| Время | Событие |\n|---|---|\n| 21:12 (16:12:26 UTC) | кластер в `CrashLoopBackOff` |\n"
        "| 21:16 (16:16:52 UTC) | Под стартовал; кластер `healthy` |\n"
    )
    plus5 = dt.timezone(dt.timedelta(hours=5))
    assert [e.at for e in r.timeline.events] == [
        dt.datetime(2026, 9, 18, 21, 12, tzinfo=plus5),
        dt.datetime(2026, 9, 18, 21, 16, tzinfo=plus5),
    ]


def test_html_stamped_updates_run_together_are_not_one_entry() -> None:
    # Two updates in one paragraph: the last line's time does not stamp both.
    text = (
        "# Outage\n\n## Timeline\n\n**Resolved**: The nodes are back online.\n"
        '<br><span class="timestamp">Dec 20, 2023 16:40 PT</span>\n'
        "**Investigating**: The nodes are unresponsive.\n"
        '<br><span class="timestamp">Dec 20, 2023 09:10 PT</span>\n'
    )
    assert parse(text).timeline.events == []


def test_a_stamp_with_tags_inside_is_not_read_so_an_edit_cannot_break_it() -> None:
    text = (
        "# Outage\n\n**Resolved**: Fixed.\n<br><small>Dec <var>05</var>, 2025 - 09:20 UTC"
        "</small>\n\n**Monitoring**: A fix is out.\n<br><small>Dec <var>05</var>, 2025 - "
        "09:12 UTC</small>\n"
    )
    assert parse(text).timeline.events == []


def test_a_day_without_its_year_takes_the_year_of_the_entry_before() -> None:
    # The report's first date (a later note's) is not the log's year; the entry before is.
    text = (
        "# DNS server\n\n10th of May 2023: the server is retired.\n\n## Outage log\n\n"
        "* 18th of July 2021 17:51 UTC: The router's anti-botnet function melted down.\n"
        "* 23rd of July 21:30 UTC: Setting up DNSCrypt took several attempts.\n"
        "* 9th of January 10:00 UTC: An Ethernet switch began bugging out.\n"
    )
    r = parse(text)
    assert [e.at.date() for e in r.timeline.events if e.at] == [
        dt.date(2021, 7, 18), dt.date(2021, 7, 23), dt.date(2022, 1, 9)
    ]  # fmt: skip
    r.summary.text = "Probe value"
    again = parse(postmortem.dumps(r))
    assert [e.at for e in again.timeline.events] == [e.at for e in r.timeline.events]


@pytest.mark.parametrize(
    ("line", "offset"),
    [
        ("All times are Greenwich Mean Time, and written using the 24 hour clock.", 0),
        ("All times are in Coordinated Universal Time.", 0),
        ("All times in Central European Time.", 1),  # not US Central
        ("All times are British Summer Time.", 1),
    ],
)
def test_a_zone_written_out_is_the_entries_zone(line: str, offset: int) -> None:
    text = (
        f"# Power cuts\n\n## Timeline\n\n{line}\n\n### Thursday 9 March 2023\n\n"
        "- 03:36: Sensors stopped sending data.\n- 03:56: Sensors resume sending data.\n"
    )
    if "Summer" in line:
        text = text.replace("9 March", "9 June")
    at = parse(text).timeline.events[0].at
    assert at is not None and at.utcoffset() == dt.timedelta(hours=offset)


@pytest.mark.parametrize(
    ("line", "offset"),
    [
        ("All times are Pacific.", -8),
        ("_(all times Eastern)_", -5),
        ("All times Central", -6),
        ("All times are Mountain time.", -7),
        ("All times are central to the plan.", None),  # not a zone
    ],
)
def test_a_us_region_alone_above_the_timeline_is_its_zone(line: str, offset: int | None) -> None:
    # "All times are Pacific." is how many US teams state it, without "time".
    r = parse(
        f"# Login errors\n\nDate: January 12, 2023\n\n{line}\n\n## Timeline\n\n"
        "- 1:20 PM: alert fired for the error rate\n- 1:25 PM: on-call acknowledged the page\n"
    )
    at = r.timeline.events[0].at
    assert at is not None and at.hour == 13
    want = None if offset is None else dt.timedelta(hours=offset)
    assert at.utcoffset() == want


@pytest.mark.parametrize(
    ("entries", "days"),
    [
        # Across the new year, the report dated after it.
        ("- Dec 31 23:10 UTC: alerts fired\n- Jan 1 00:40 UTC: rolled back\n",
         [dt.date(2023, 12, 31), dt.date(2024, 1, 1)]),
        # Newest first: December after January is the year before.
        ("- 2 January 2024 10:00 UTC: fixed\n- 31 December 22:00 UTC: broke\n",
         [dt.date(2024, 1, 2), dt.date(2023, 12, 31)]),
    ],
)  # fmt: skip
def test_a_day_without_its_year_across_the_new_year(entries: str, days: list[dt.date]) -> None:
    r = parse(f"# Outage\n\n**Date:** 2024-01-03\n\n## Timeline\n\n{entries}")
    assert [e.at.date() for e in r.timeline.events if e.at] == days


def test_a_zone_written_out_above_the_timeline_is_the_reports() -> None:
    text = (
        "# Power cuts\n\nAll times are Greenwich Mean Time.\n\n## Timeline\n\n"
        "### Thursday 9 March 2023\n\n- 03:36: Sensors stopped.\n- 03:56: Sensors resume.\n"
    )
    r = parse(text)
    assert [e.at.utcoffset() for e in r.timeline.events if e.at] == [dt.timedelta(0)] * 2
    assert r.summary.text is None  # the line only states the zone


def test_a_day_named_in_the_opening_prose_dates_a_post_but_not_a_status_entry() -> None:
    post = (
        "---\ntitle: Outage report\ndate: 2026-07-20\n---\n\n"
        "On the morning of July 14, 2026 our API stopped answering.\n"
    )
    assert parse(post).metadata.date == dt.date(2026, 7, 14)
    # deSEC's status entries: the front matter's date opens the incident ("resolved" beside
    # it); a day the text names is the cause's.
    entry = (
        "---\ntitle: DNSSEC problems\ndate: 2020-06-04 00:00:00\nresolved: true\n"
        "resolvedWhen: 2020-06-04 07:00:00\n---\n\n"
        "Signatures on domains not updated since May 28, 2020, were not refreshed.\n"
    )
    assert parse(entry).metadata.date == dt.date(2020, 6, 4)


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        # Review 24: what review 23's guards refused too, in a post of Wednesday 2024-07-17.
        ("Around 3am on Saturday, our primary database ran out of disk.", 13),
        ("At 23:10 UTC yesterday, our primary database ran out of disk.", 16),
        ("Between 14:02 and 14:40 UTC on Monday, checkout failed for all users.", 15),
        ("# Checkout outage\n\nYesterday at 14:02 UTC checkout failed.", 16),
        ("## Summary\n\nOn Sunday our database went down.", 14),
        ("On Monday, we had an outage that will be familiar to many of you.", 15),
        ("Yesterday at 23:00 UTC checkout failed. We restored it today at 01:30 UTC.", 16),
        ("Yesterday checkout failed. The bug came in a release on 2023-01-05.", 16),
        ("Saturday started like any other day.", 13),
        ("Montag früh fiel der Server aus.", 15),
        ("Vorige week dinsdag was de website niet bereikbaar.", 16),
        ("Lundi dernier, notre service était indisponible.", 15),
        ("Este martes nuestro servicio estuvo caído.", 16),
        ("Monday deploy train shipped a bad config.", 17),
        ("Yesterday, we published our report. Today at 14:02 UTC checkout failed.", 17),
        # Review 25: a weekday opening a habit or a plan in the present is no day.
        ("Sunday is our maintenance day. Checkout failed.", 17),
        ("**Note:** Monday the deploy train is paused.", 17),
        ("Montag früh deployen wir immer.", 17),
        ("Le lundi, nous faisons une maintenance.", 17),
        ("Sunday morning the disk filled up.", 14),
        # Review 26: a subject after the weekday, a present tense after its clause.
        ("Sunday we experienced an outage.", 14),
        ("Monday our checkout service failed for two hours.", 15),
        ("Saturday was a bad day: at 03:00 our DB is full and checkout failed.", 13),
        ("Sunday at 3am the disk filled; it is now fixed.", 14),
        ("Dimanche soir, notre service est tombé en panne.", 14),
        ("El domingo es cuando hacemos mantenimiento.", 17),
        # Review 27: a habit after a comma, and a subject without a verb in the past.
        ("Monday, the deploy train is paused.", 17),
        ("Sunday, our maintenance window is from 02:00 to 04:00.", 17),
        ("Tuesday we deploy to production.", 17),
        ("Lundi notre équipe déploie chaque semaine.", 17),
        ("Lunes nuestro servicio se cayó.", 15),
        ("Monday morning checkout failed because the cache is too small.", 15),
        # Review 28: a later clause's present, and verbs in the past of other shapes.
        ("Sunday our primary database crashed, so checkout is down.", 14),
        ("Friday at 17:00, deploys are frozen.", 17),
        ("Monday our API became unavailable.", 15),
        ("Lundi notre service a planté.", 15),
        ("Monday our checkout service, which handles payments, failed.", 15),
    ],
)
def test_a_day_told_by_the_posts_own_in_the_shapes_posts_open_with(opening: str, day: int) -> None:
    post = f"---\ntitle: Checkout outage\ndate: 2024-07-17\n---\n\n{opening}\n"
    assert parse(post).metadata.date == dt.date(2024, 7, day)


@pytest.mark.parametrize(
    ("published", "opening", "day"),
    [
        # Travis CI's post of January 31: "Yesterday a security vulnerability was detected".
        ("2013-01-31", "Yesterday a security vulnerability was detected.", (2013, 1, 30)),
        # joethor.dev's post of Monday July 15: "Power went out last Sunday morning".
        ("2024-07-15", "Power went out last Sunday morning.", (2024, 7, 14)),
        # 7Days' post of Wednesday May 11: "Dinsdag was de website ... niet bereikbaar".
        ("2022-05-11", "Dinsdag was de website niet bereikbaar.", (2022, 5, 10)),
        # vsolovyov's post of Monday November 8: "it started on Thursday, around 12:30 UTC".
        ("2021-11-08", "Monitoring suggested that it started on Thursday.", (2021, 11, 4)),
        # The post's own weekday is its day; "last" puts it a week back (review 23).
        ("2024-07-15", "On Monday the database filled its disk.", (2024, 7, 15)),
        ("2024-07-15", "Last Monday the database filled its disk.", (2024, 7, 8)),
        # Not a weekday leading into its date, nor a day to come, a habit, or a cause's.
        ("2022-12-20", "On Tuesday, December 13th, 2022 the disk filled.", (2022, 12, 13)),
        ("2024-02-24", "Yesterday (2024-02-21), we aborted the ceremony.", (2024, 2, 21)),
        ("2024-07-15", "We will upgrade next Sunday.", (2024, 7, 15)),
        ("2024-07-15", "Backups run every Sunday night.", (2024, 7, 15)),
        ("2024-07-15", "The site has been slow since Friday.", (2024, 7, 15)),
        ("2024-07-15", "Monday's release broke logins.", (2024, 7, 15)),
        ("2024-07-15", "Yesterday's config change broke logins.", (2024, 7, 15)),
        # Review 23: a weekday qualifying a noun, one to come, a notice's or a cause's day,
        # one in a link or a quote, a day told later than a time or than "today", a date.
        ("2024-07-17", "Our Monday deploy train shipped a bad config.", (2024, 7, 17)),
        ("2024-07-17", "During the Sunday maintenance window the API failed.", (2024, 7, 17)),
        ("2024-07-17", "Black Friday sales overwhelmed the checkout.", (2024, 7, 17)),
        ("2024-07-17", "On Monday we will roll out a fix.", (2024, 7, 17)),
        ("2024-07-17", "Starting Monday, all deploys need approval.", (2024, 7, 17)),
        ("2024-07-17", "As announced yesterday, we migrated the database.", (2024, 7, 17)),
        ("2024-07-17", "A config change deployed yesterday caused errors at 14:02.", (2024, 7, 17)),
        ("2024-07-17", "See [our Monday update](https://x.y/u) for context.", (2024, 7, 17)),
        ("2024-07-17", 'Our CEO said "Monday is always hard". Checkout failed.', (2024, 7, 17)),
        ("2024-07-17", "Checkout failed at 14:02 UTC.\n\nThe team met on Tuesday.", (2024, 7, 17)),
        ("2024-07-17", "Yesterday we wrote a report. Today at 14:02 UTC it failed.", (2024, 7, 17)),
        (
            "2024-07-17",
            "Checkout failed at 14:02 UTC.\n\n## Follow-up\n\nOn Friday.",
            (2024, 7, 17),
        ),
        ("2024-07-17", "Yesterday we said we'd post this. It failed on July 15.", (2024, 7, 15)),
        ("2024-07-17", "The outage lasted from Monday 21:00 to Tuesday 02:00 UTC.", (2024, 7, 15)),
        # A change's day is no incident's (ufo-ai's ENA panic report); a start's is.
        ("2026-07-10", "Jobs had been failing since #44 merged (2026-07-09).", (2026, 7, 10)),
        # A change's day that is the failure's too (review 29), and a day after the change's.
        ("2026-07-10", "A config change deployed on July 9 broke DNS.", (2026, 7, 9)),
        (
            "2026-07-10",
            "Jobs failing since #44 merged (2026-07-05) broke DNS on July 9.",
            (2026, 7, 9),
        ),
        # A summary that opens with a day alone (review 29); an entry's day and time is not.
        ("2024-03-07", "- 2024-03-05: The database failed for 2 hours.", (2024, 3, 5)),
        ("2024-03-07", "| Date | Impact |\n|---|---|\n| 2024-03-05 | API down 2h |", (2024, 3, 5)),
        # Weekdays in sentences told with a past denied, an irregular past, or in other
        # languages' pasts (review 29).
        ("2024-03-07", "On Tuesday, users couldn't log in for two hours.", (2024, 3, 5)),
        ("2024-03-07", "Last Tuesday, users couldn't log in.", (2024, 3, 5)),
        ("2024-03-07", "On Tuesday our database hung.", (2024, 3, 5)),
        ("2024-03-07", "El martes la API no funcionaba.", (2024, 3, 5)),
        ("2024-03-07", "Mardi dernier, nos serveurs sont tombés en panne.", (2024, 3, 5)),
        ("2024-03-07", "Letzten Dienstag haben wir die Datenbank verloren.", (2024, 3, 5)),
        ("2024-03-07", "Na terça-feira o servidor caiu.", (2024, 3, 5)),
        # The post's own weekday said past in other languages: a week back.
        ("2024-07-15", "El lunes pasado los servidores fallaron.", (2024, 7, 8)),
        ("2024-07-15", "Lundi dernier, le site était indisponible.", (2024, 7, 8)),
        ("2024-07-15", "Letzten Montag haben wir die Datenbank verloren.", (2024, 7, 8)),
        ("2024-07-15", "Na segunda-feira passada, a API ficou indisponível.", (2024, 7, 8)),
        ("2024-07-15", "Afgelopen maandag viel de server uit.", (2024, 7, 8)),
        ("2024-03-07", "On Tuesday we paid the price for skipping tests.", (2024, 3, 5)),
        # English sentences in the present or to come whose words end as other languages'
        # pasts do, or hold a verb that is also a noun (review 30).
        ("2024-03-07", "On Friday we'll cut the 2.4 release with the fix.", (2024, 3, 7)),
        ("2024-03-07", "Sharon is on call on Tuesday.", (2024, 3, 7)),
        ("2024-03-07", "On Tuesday Liu ships the fix.", (2024, 3, 7)),
        ("2024-03-07", "On Tuesday the Bayou team deploys the fix.", (2024, 3, 7)),
        ("2024-03-07", "On Tuesday we deploy Alibaba's patch.", (2024, 3, 7)),
        ("2024-03-07", "The fix is stuck in review; it ships on Tuesday.", (2024, 3, 7)),
        # Review 31: "won’t" is no "won", nouns are no pasts, a denied "would" is one.
        ("2024-03-07", "On Friday we won’t deploy anything.", (2024, 3, 7)),
        ("2024-03-07", "On Tuesday we take a screen shot of the dashboards.", (2024, 3, 7)),
        ("2024-03-07", "On Tuesday the spoke network goes into maintenance.", (2024, 3, 7)),
        ("2024-03-07", "On Tuesday the database wouldn't start.", (2024, 3, 5)),
        ("2024-03-07", "Deploying on Friday would not be safe, so we wait.", (2024, 3, 7)),
        # Review 32: pasts that are nouns elsewhere, with what follows them; "would not"
        # of a plan; "stuck" of a condition.
        ("2024-03-07", "On Tuesday a construction crew dug through a fibre cable.", (2024, 3, 5)),
        ("2024-03-07", "On Tuesday CPU usage shot up to 100%.", (2024, 3, 5)),
        ("2024-03-07", "On Tuesday we spoke with AWS support about the outage.", (2024, 3, 5)),
        ("2024-03-07", "We wouldn't deploy on Friday.", (2024, 3, 7)),
        ("2024-03-07", "If jobs are still stuck on Monday, we page the on-call.", (2024, 3, 7)),
        ("2023-03-23", "Starting on March 15th, users received 404s.", (2023, 3, 15)),
        # A timeline row's stamp is an event, maybe a cause weeks before (ufo-ai's
        # secrets report); a metadata row's value is the report's day (NCP's dev blog).
        (
            "2026-08-21",
            "| Time | Event |\n|---|---|\n| 2026-07-07 23:57 | a version is created |\n"
            "| 20:10 | the credentials are blanked |",
            (2026, 8, 21),
        ),
        ("2026-05-15", "| Field | Value |\n|---|---|\n| **Day** | 2026-05-14 |", (2026, 5, 14)),
    ],
)
def test_a_day_the_opening_tells_by_the_posts_own_dates_the_report(
    published: str, opening: str, day: tuple[int, int, int]
) -> None:
    post = f"---\ntitle: Outage\ndate: {published}\n---\n\n{opening}\n"
    assert parse(post).metadata.date == dt.date(*day)


def test_times_told_by_the_posts_own_day_count_from_it_once_the_report_is_moved() -> None:
    # Travis CI's post: the incident began the day before the post; "last night" and
    # "today" in the prose still count from the day the post went out.
    post = (
        "---\ntitle: Build outage\ndate: 2013-01-31\n---\n\n"
        "Yesterday a security vulnerability was detected on RubyGems.org.\n\n"
        "Deployments were disabled as of 18:50 UTC last night. We resumed builds today at "
        "around 14:00 UTC and everything was fully restored at 15:30 UTC today.\n"
    )
    r = parse(post)
    assert r.metadata.date == dt.date(2013, 1, 30)
    utc = dt.timezone.utc
    said = {e.milestone: e.at for e in r.evidence if e.at is not None}
    assert said[Milestone.MITIGATED] == dt.datetime(2013, 1, 30, 18, 50, tzinfo=utc)
    assert said[Milestone.IMPACT_ENDED] == dt.datetime(2013, 1, 31, 15, 30, tzinfo=utc)
    # Rollbar's "Post-mortem from last night's outage", dated the morning after and saying
    # "last night" in its opening too: its entries are one day back, not two.
    rollbar = (
        "---\ntitle: Post-mortem from last night's outage\ndate: 2013-01-11\n---\n\n"
        "From about 9:30pm to 12:30am last night, our website was unreachable.\n\n"
        "## Timeline\n\n- 9:30pm: Alerts fired.\n- 9:47pm: DNS failed over.\n"
    )
    assert [e.at.date() for e in parse(rollbar).timeline.events if e.at] == [
        dt.date(2013, 1, 10)
    ] * 2


@pytest.mark.parametrize(
    "heading",
    [
        "## Timeline (2026-08-31, local)",  # jellebens's home battery review
        "## Timeline (UTC, 2026-08-31)",  # orchestkit's, Eyevinn's
        "## Timeline - Aug 31, 2026",  # Jenkins's
        "## 3. Timeline of Events — August 31, 2026",  # ShelfExecution's
        # Review 24: words after the day, or a version elsewhere, do not stop it.
        "## Timeline (2026-08-31, from deploy until recovery)",
        "## Timeline: v2.4.0 outage on 2026-08-31",
        "## Timeline (2026-08-31, all times UTC, reviewed)",
        # Review 28: the incident's own noun beside the day.
        "## Timeline (since the outage of 2026-08-31)",
        "## Timeline — reviewed: 2026-08-31 outage",
        # Review 26: a refusing word of another phrase before the day.
        "## Timeline — updated runbook, outage on 2026-08-31",
        "## Timeline: before and during the 2026-08-31 outage",
    ],
)
def test_a_timeline_heading_naming_its_day_dates_its_entries_over_the_reports(
    heading: str,
) -> None:
    text = (
        "# Battery deadlock\n\n**Date:** 2026-08-30 → 2026-08-31\n\n"
        f"{heading}\n\n| Time | Event |\n|---|---|\n| 15:50 | Charging suppressed |\n"
        "| 17:15 | Fix deployed |\n"
    )
    got = [e.at.replace(tzinfo=None) for e in parse(text).timeline.events if e.at]
    assert got == [dt.datetime(2026, 8, 31, 15, 50), dt.datetime(2026, 8, 31, 17, 15)]


@pytest.mark.parametrize(
    "heading",
    [
        # Review 23: a day the heading was updated, written or reviewed on, a span's first
        # day, a version's digits, a subsection's follow-up: not the entries' day.
        "## Timeline (updated 2026-09-02)",
        "## Timeline (report written 2026-09-05)",
        "## Timeline since 2026-08-01",
        "## Timeline — week of 2026-08-24",
        "## Timeline (v2.3.2026)",
        "## Timeline (updated at 10:00 on 2026-09-02)",
        # Review 27: a colon or "incident" between the word and the day.
        "## Timeline (updated: 2026-09-02)",
    ],
)
def test_a_timeline_heading_dating_something_else_leaves_the_reports_day(heading: str) -> None:
    text = (
        "# Battery deadlock\n\n**Date:** 2026-08-30\n\n"
        f"{heading}\n\n| Time | Event |\n|---|---|\n| 15:50 | Charging suppressed |\n"
        "| 17:15 | Fix deployed |\n"
    )
    assert {e.at.date() for e in parse(text).timeline.events if e.at} == {dt.date(2026, 8, 30)}


def test_times_written_with_a_dot_open_entries_under_a_day_line() -> None:
    # Wellcome Collection's incident retros: "4 October 2022" over "09.00 User reported ...".
    timeline = (
        "4 October 2022\n\n~02.00 900k messages on the ingestor queue\n\n"
        "09.00 User reported issue with search.\n\n09.25 Cluster claims healthy\n\n"
        "09:42 API seems to be back for me\n\n09.44 NP confirmed that search is fast again\n"
    )
    r = parse(f"# Slow search\n\n## Timeline\n\n{timeline}")
    assert [e.at for e in r.timeline.events] == [
        dt.datetime(2022, 10, 4, h, mi) for h, mi in ((2, 0), (9, 0), (9, 25), (9, 42), (9, 44))
    ]
    assert r.timeline.events[1].text == "User reported issue with search."
    # Without a day line, "10.15 release notes" may be a version: no entries from dots.
    bare = parse("# Notes\n\n## Changes\n\n10.15 release notes\n\n11.02 release notes\n")
    assert bare.timeline.events == []
    # One dotted number among colon times is a version; one before a unit a quantity.
    version = parse(
        "# Upgrade\n\n## Timeline\n\n**2022-10-04**\n\n- 09:00 Started the upgrade\n"
        "- 18.04 hosts were upgraded to 22.04 first\n- 09:40 Errors reported by customers\n"
    )
    assert [e.time for e in version.timeline.events] == [dt.time(9, 0), dt.time(9, 40)]
    size = parse(
        "# Disk\n\n## Timeline\n\n4 October 2022\n\n09.00 Disk alert fired\n\n"
        "12.50 GB of old WAL files were found\n\n09.30 service restored\n"
    )
    assert [e.time for e in size.timeline.events] == [dt.time(9, 0), dt.time(9, 30)]


def test_one_update_whose_bare_time_closes_its_words_is_no_timeline() -> None:
    # A follow-up under "## Update" with its day on its last line: no status log.
    r = parse(
        "# API outage on December 22\n\n## Summary\n\nOn December 22, 2022 the API was "
        "unavailable from 09:00 UTC until 10:30 UTC, when we restored service.\n\n## Update\n\n"
        "We have since replaced the failed load balancer and added an alert.\n"
        "Dec 28, 2022 - 16:00 UTC\n"
    )
    assert r.timeline.events == []
    assert metrics(r).detected_at.value is None


def test_a_bulleted_run_of_dotted_times_under_a_day_line() -> None:
    r = parse(
        "# Search incident\n\n## Timeline\n\n4 October 2022\n\n"
        "- 09.00 User reported issue with search\n- 09.20 Rolled back the deploy\n"
        "- 09.30 Search restored\n"
    )
    assert [e.time for e in r.timeline.events] == [dt.time(9, 0), dt.time(9, 20), dt.time(9, 30)]


def test_a_window_of_days_under_root_cause_is_another_matters() -> None:
    r = parse(
        "# API outage on 14 August 2019\n\n## Summary\n\nThe API returned errors for about "
        "two hours.\n\n## Root cause\n\nBetween 2019-01-01 and 2019-06-30 we migrated every "
        "service affected by the old connection limits.\n"
    )
    assert metrics(r).incident_date == dt.date(2019, 8, 14)


def test_days_under_update_labels_are_entries_newest_first() -> None:
    doc = (
        "# Restoring data from the storage cluster\n\nDaily updates will be posted here.\n\n"
        "## Update 2021-07-15\n\nWe have exported data from the first buckets.\n\n"
        "## Update 2021-07-14\n\nWe have restored metadata for the first buckets.\n\n"
        "## Update 2021-07-13\n\nWe restored a single file as a demonstration.\n"
    )
    timeline = postmortem.parse(doc).timeline
    assert [e.date for e in timeline.chronological()] == [
        dt.date(2021, 7, 13), dt.date(2021, 7, 14), dt.date(2021, 7, 15)
    ]  # fmt: skip
    assert timeline.newest_first


def test_one_update_of_a_day_and_headings_of_days_alone_are_no_timeline() -> None:
    one = "# Notes\n\nSome words here.\n\n## Update 2021-07-15\n\nWe exported data.\n"
    days = (
        "# Notes\n\nSome words here.\n\n## 2021-07-15\n\nWe exported data.\n\n"
        "## 2021-07-14\n\nWe restored metadata.\n"
    )
    assert not postmortem.parse(one).timeline.events
    assert not postmortem.parse(days).timeline.events


_TRACKED_BULLETS = (
    "---\ntitle: Major outage on runtime\ndate: 2023-09-27 09:50:00\n---\n\n\n"
    '- First docker runner checked up and running. {{< track "2023-09-27 09:09:00" >}}\n\n'
    '- Shutting down third runner node. {{< track "2023-09-27 09:50:00" >}}\n\n'
    '- Cluster is back up and running. {{< track "2023-09-27 11:08:00" >}}\n'
)


def test_status_updates_as_list_items_closed_by_their_shortcode() -> None:
    r = postmortem.parse(_TRACKED_BULLETS)
    assert [(e.at, e.text) for e in r.timeline.events] == [
        (dt.datetime(2023, 9, 27, 9, 9), "First docker runner checked up and running."),
        (dt.datetime(2023, 9, 27, 9, 50), "Shutting down third runner node."),
        (dt.datetime(2023, 9, 27, 11, 8), "Cluster is back up and running."),
    ]
    assert [name for name, edit in edits_for(r) if check(_TRACKED_BULLETS, name, edit)] == []


def test_on_a_day_at_a_time_leads_into_an_items_stamp() -> None:
    doc = (
        "# Read-only Repls\n\nAll times in Pacific Time.\n\n## Technical details\n\n"
        "* On Sep 29 2023 at 14:00, the unfinished feature was deployed to production.\n"
        "* At 17:30 we manually repaired the filesystems of official templates.\n"
        "* On Oct 2 2023 at 19:00 a fifth iteration restored 98% of the affected Repls.\n"
        "* On call rotations continue at 09:00 every day.\n"
    )
    r = postmortem.parse(doc)
    pacific = ZoneInfo("America/Los_Angeles")
    assert [e.at for e in r.timeline.events] == [
        dt.datetime(2023, 9, 29, 14, 0, tzinfo=pacific),
        dt.datetime(2023, 9, 29, 17, 30, tzinfo=pacific),
        dt.datetime(2023, 10, 2, 19, 0, tzinfo=pacific),
    ]
    assert r.timeline.events[0].text == "the unfinished feature was deployed to production."
    assert [name for name, edit in edits_for(r) if check(doc, name, edit)] == []


def test_a_headings_attribute_block_is_no_part_of_its_title() -> None:
    # MkDocs' attr_list ("## Summary { #summary }", Vuetify), kramdown and Hugo ("### Timeline
    # {#timeline}", Telekom's advisory), kramdown's "{: .note}", Pandoc's "{-}".
    text = (
        "# Outage { #top }\n\n## Summary { #summary }\n\nThe API was down.\n\n"
        "## Timeline {#timeline}\n\n- 10:00 UTC API down\n- 11:00 UTC API back\n\n"
        "## Notes {: .note}\n\nx\n\n## Lessons {-}\n\ny\n\n## {{ placeholder }}\n"
    )
    r = postmortem.parse(text)
    assert r.title == "Outage"
    assert [s.title for s in r.sections] == [
        "Summary", "Timeline", "Notes", "Lessons", "{{ placeholder }}"
    ]  # fmt: skip
    assert len(r.timeline.events) == 2
    r.sections[0].title = "Overview"
    out = postmortem.dumps(r)
    assert "## Overview { #summary }\n" in out
    assert postmortem.parse(out).sections[0].title == "Overview"


def test_a_script_objects_quoted_properties_are_their_strings() -> None:
    # n0's MDX blog: "export const post = { ..., title: 'Relay down: A post-mortem', }".
    text = (
        "import Image from 'next/image'\n\nexport const post = {\n  draft: false,\n"
        "  date: '2024-11-19',\n  title: 'Relay down: A post-mortem',\n}\n\n## Summary\n\nx\n"
    )
    r = postmortem.parse(text)
    assert r.title == "Relay down: A post-mortem"
    assert r.metadata.date == dt.date(2024, 11, 19)
    r.title = "Relay outage"
    out = postmortem.dumps(r)
    assert "  title: 'Relay outage',\n" in out
    assert postmortem.parse(out).title == "Relay outage"
    assert postmortem.parse('**Title:** "Quoted title"\n').title == "Quoted title"
    # Quotes inside a value stay: only a value that is one quoted string is unwrapped.
    assert postmortem.parse("Title: It's a 'quoted' word\n").title == "It's a 'quoted' word"


def test_a_fence_that_names_its_language() -> None:
    # gray-matter's "---toml" (TDude's status page): TOML between "---toml" and "---".
    text = (
        '---toml\ntitle = "Power Outage"\ndate = "2019-03-06T16:16:39.205Z"\n'
        'severity = "major-outage"\nresolved = true\n---\n'
        "On March 6th at 10:26:29 EST, we were informed by the UPS that it was experiencing a"
        " power outage.\n"
    )
    r = postmortem.parse(text)
    assert r.front_matter is not None and r.front_matter.format == "toml"
    assert r.title == "Power Outage"
    assert postmortem.dumps(r) == text
    r.title = "Power cut"
    out = postmortem.dumps(r)
    assert out.startswith('---toml\ntitle = "Power cut"\n')
    assert postmortem.parse(out).title == "Power cut"
    # The date saved to the millisecond is when the post was written: the start its words
    # date first stands.
    started = metrics(r).instants["started"].value
    assert started == dt.datetime(2019, 3, 6, 10, 26, 29, tzinfo=ZoneInfo("America/New_York"))


def test_a_day_line_with_a_long_note_and_admonition_fences() -> None:
    # Octopus Deploy's timelines: the day line carries its zone note in italics, entries are
    # paragraphs stamped in bold italics, and status-page updates sit in ":::hint" fences.
    r = postmortem.parse(
        "# Outage\n\n## Incident timeline\n\n"
        "Wednesday, January 25, 2023 _(all dates and times below are shown in UTC)_\n\n"
        "**_7:45:_** An engineer noted the portal was down.\n\n"
        ":::hint\n**_8:14_** Status Page updated: An incident was declared.\n:::\n\n"
        "**_11:37:_** The incident was declared resolved.\n"
    )
    utc = dt.timezone.utc
    assert [(e.at, e.text) for e in r.timeline.events] == [
        (dt.datetime(2023, 1, 25, 7, 45, tzinfo=utc), "An engineer noted the portal was down."),
        (dt.datetime(2023, 1, 25, 8, 14, tzinfo=utc),
         "Status Page updated: An incident was declared."),
        (dt.datetime(2023, 1, 25, 11, 37, tzinfo=utc), "The incident was declared resolved."),
    ]  # fmt: skip


def test_a_post_written_in_html_paragraphs() -> None:
    # Old blog engines exported posts as HTML: the Apache Software Foundation's Roller posts
    # ("<p><b><u>UPDATE 7 May 19:27 UTC </u></b>- Drives ...") and freistil's status blog
    # ("<p><strong>UPDATE&nbsp;12:35:</strong>&nbsp;Hetzner ..."). Each paragraph that opens
    # with a stamp is an entry; its words are read without their tags.
    r = postmortem.parse(
        "---\ntitle: Mail outage\ndate: 2014-05-07\n---\n"
        "<p>During the afternoon we began experiencing delays.</p>\n"
        "  <p><b><u>UPDATE 7 May 19:27 UTC </u></b>- Drives have been <i>replaced</i>.&nbsp;</p>\n"
        "  <p><strong>UPDATE&nbsp;20:44:</strong>&nbsp;The array &amp; disks rebuilt.</p>\n"
        "  <pre>19:00 log line</pre>\n"
    )
    utc = dt.timezone.utc
    assert [(e.at, e.text) for e in r.timeline.events] == [
        (dt.datetime(2014, 5, 7, 19, 27, tzinfo=utc), "Drives have been replaced."),
        (dt.datetime(2014, 5, 7, 20, 44, tzinfo=utc), "The array & disks rebuilt."),
    ]
    # Lines after "<br>" are entries of their own; paragraphs in a comment are none.
    br = postmortem.parse(
        "<p>12:00 Alerts fired<br>12:30 Failed over<br>13:00 Service restored</p>"
        "<!-- <p>23:00 Sample entry, resolved</p> --><p>14:00 All clear</p>\n"
    )
    assert [(e.time, e.text) for e in br.timeline.events] == [
        (dt.time(12), "Alerts fired"), (dt.time(12, 30), "Failed over"),
        (dt.time(13), "Service restored"), (dt.time(14), "All clear"),
    ]  # fmt: skip
    # One such paragraph is a line of the post, not a timeline.
    one = postmortem.parse("<p><b>UPDATE 19:27 UTC</b> - Drives replaced.</p>\n")
    assert one.timeline.events == []


def test_field_values_in_html_bold() -> None:
    # The Natural History Museum's Scratchpads service bulletins: "Key: <strong>value</strong>",
    # as "Key: **value**" in Markdown; an edit writes inside the tags.
    text = (
        "# Service bulletin\n\nIssue status: <strong>Closed</strong>\n"
        "Severity: <strong>High - affecting all users</strong>\n"
        "Issue commenced: <strong>2013-05-04 03:20 (GMT +1)</strong>\n"
        "Issue closed:<strong>2013-05-04 14:20 (GMT +1)</strong>\n"
    )
    r = postmortem.parse(text)
    plus1 = dt.timezone(dt.timedelta(hours=1))
    assert r.metadata.started_at == dt.datetime(2013, 5, 4, 3, 20, tzinfo=plus1)
    assert r.metadata.resolved_at == dt.datetime(2013, 5, 4, 14, 20, tzinfo=plus1)
    assert r.metadata.severity is not None
    assert r.metadata.severity.text == "High - affecting all users"
    assert postmortem.dumps(r) == text


def test_a_list_of_key_events_is_the_timeline_of_a_report_with_no_other() -> None:
    # LeaveBot's "Exposure Duration" list, its days without a year (the year is the one the
    # report's full dates share), and NAV's "Feil oppdaget: 22.02.2024 13.00" lines.
    listed = (
        "# Credentials exposed\n\n**Date Resolved:** October 5, 2025\n\n## Impact\n\n"
        "- Exposed: October 5, 21:31 UTC\n- Detected: October 5, 21:35 UTC (~4 minutes)\n"
        "- Resolved: October 5, 21:50 UTC (~15 minutes)\n"
    )
    r = parse(listed)
    assert [e.text for e in r.timeline.events] == ["Exposed", "Detected", "Resolved"]
    assert r.timeline.events[0].at == dt.datetime(2025, 10, 5, 21, 31, tzinfo=UTC)
    # Each line is an entry now, not also a field: its label is the entry's milestone.
    assert r.metadata.detected_at is None
    mt = metrics(r)
    assert mt.detected_at.value == dt.datetime(2025, 10, 5, 21, 35, tzinfo=UTC)
    assert mt.resolved_at.value == dt.datetime(2025, 10, 5, 21, 50, tzinfo=UTC)
    lines = (
        "# Feil ved validering\n\n## Tidslinje\n\nFeil introdusert: 22.02.2024 10.00\n"
        "Feil oppdaget: 22.02.2024 13.00\nFeil rettet: 22.02.2024 14.00\n"
    )
    r = parse(lines)
    assert [e.at for e in r.timeline.events] == [dt.datetime(2024, 2, 22, h) for h in (10, 13, 14)]
    assert metrics(r).detected_at.value == dt.datetime(2024, 2, 22, 13)
    for doc in (listed, lines):
        for name, edit in edits_for(postmortem.parse(doc)):
            assert check(doc, name, edit) is None, name
    # Without its first line the list is still the timeline (review): which reader owns the
    # lines does not turn on one label.
    r = postmortem.parse(listed)
    del r.timeline.events[0]
    again = postmortem.parse(postmortem.dumps(r))
    assert [e.text for e in again.timeline.events] == ["Detected", "Resolved"]


@pytest.mark.parametrize(
    "text",
    [
        # A fuller timeline exists: the key events are fields beside it.
        "# X\n\n- Detected: 2024-03-01 10:05 UTC\n- Resolved: 2024-03-01 11:00 UTC\n\n"
        "## Timeline\n\n- 10:00 UTC Deploy\n- 10:05 UTC Alert fired\n- 11:00 UTC Fixed\n",
        # The document's own dates, no milestone among them.
        "# X\n\n- Created: 2024-03-01 10:05\n- Updated: 2024-03-04 11:00\n",
        # Not every line is a key event.
        "# X\n\n- Detected: 2024-03-01 10:05\n- Owner: Alice\n",
        # Under the title: the report's key fields (review).
        "# X\n\n- Date: 2024-03-01 10:00 UTC\n- Detected: 2024-03-01 10:05 UTC\n"
        "- Published: 2024-03-04 09:00 UTC\n\n## Summary\n\nx\n",
        "# X\n\n- Incident start: 2024-03-01 10:00 UTC\n- Incident end: 2024-03-01 11:00 UTC\n"
        "- Postmortem held: 2024-03-04 15:00 UTC\n\n## Summary\n\nx\n",
        # The document's own dates, a figure, beside a milestone.
        "# X\n\n## Notes\n\n- Created: 2024-03-05 09:00\n- Incident start: 2024-03-01 10:00\n",
        "# X\n\n## Timeline\n\n- Duration: 1:30\n- Detected: 2024-03-01 10:05 UTC\n",
        "# X\n\n## Notes\n\n- MTTD: 0:15\n- Detected: 2024-03-01 10:05 UTC\n",
        "# X\n\n## Key Events\n\n- Detected: 2024-03-01 10:05 UTC\n- Time to detect: 0:12\n",
        # Tasks and their due days.
        "# X\n\n## Action items\n\n- [ ] Improve detection: 2024-04-01\n"
        "- [ ] Faster rollback: 2024-04-15\n",
        "# X\n\n## Impact\n\n- [ ] Detected: 2024-04-01 10:00\n- [ ] Resolved: 2024-04-15 10:00\n",
    ],
)
def test_key_events_that_are_no_timeline(text: str) -> None:
    r = parse(text)
    assert not any(
        e.text in ("Detected", "Created", "Resolved", "Duration", "Date", "Improve detection")
        for e in r.timeline.events
    )


def test_a_key_event_without_its_year_keeps_its_day() -> None:
    # "Detected: Jan 6, 10am" in a report dated Jan 5 is on Jan 6, not the report's day.
    r = parse(
        "# Cart bug\n\nDate: 2024-01-05\n\nNotes:\n\n- Detected: Jan 6, 10am (19 hours later)\n"
    )
    assert r.metadata.detected_at == dt.datetime(2024, 1, 6, 10)


def test_html_paragraphs_each_a_block_of_its_own() -> None:
    # "<p>9:30pm: ..." left unclosed and followed by a blank line is an HTML block of its
    # own (Rollbar's post-mortem as its blog engine kept it): the run is the timeline.
    text = (
        "---\ndate: 2013-01-11 15:57\n---\n\n## Timeline\n\nAll times are PST.\n\n"
        '<div style="padding-left:2em;">\n<p>9:30pm: Cory got an alert from Pingdom.\n\n'
        "<p>Cory and Sergei investigated.\n\n<p>9:47pm: Sergei saw the router issue.\n</div>\n"
    )
    r = parse(text)
    assert [e.text for e in r.timeline.events] == [
        "Cory got an alert from Pingdom.",
        "Sergei saw the router issue.",
    ]
    # One stamped paragraph alone is no timeline.
    assert not parse("# X\n\n<p>9:30pm: Cory got an alert.\n\n<p>Then more.\n").timeline.events


def test_a_post_about_last_night() -> None:
    # A post dated the morning after that says "last night" or "yesterday": its times with
    # no day are the day before's (Rollbar's post, KDE neon's "15:43:14 IST yesterday").
    pst = dt.timezone(dt.timedelta(hours=-8))
    text = (
        '---\ntitle: "Post-mortem from last night\'s outage"\ndate: 2013-01-11 15:57\n---\n\n'
        "> From about 9:30pm to 12:30am last night, our website was unreachable.\n\n"
        "## Timeline\n\nAll times are PST.\n\n- 9:30pm: Cory got an alert from Pingdom.\n"
        "- 12:28am: Dyn fixed the record; the website is back.\n"
    )
    r = parse(text)
    assert r.timeline.events[0].at == dt.datetime(2013, 1, 10, 21, 30, tzinfo=pst)
    assert r.timeline.events[1].at == dt.datetime(2013, 1, 11, 0, 28, tzinfo=pst)
    assert metrics(r).started_at.value == dt.datetime(2013, 1, 10, 21, 30, tzinfo=pst)
    prose = (
        "---\ntitle: CI was down\ndate: 2017-08-04 13:30:00 +05:30\n---\n\n"
        "Some background first.\n\n## What happened\n\n"
        "I started working on this at 15:43 IST yesterday and the outage began.\n"
    )
    started = metrics(parse(prose)).started_at.value
    assert started is not None and started.date() == dt.date(2017, 8, 3)
    # Without such a word the post's date stands.
    same = text.replace("last night's", "the").replace(" last night", "")
    assert parse(same).timeline.events[0].at == dt.datetime(2013, 1, 11, 21, 30, tzinfo=pst)


@pytest.mark.parametrize(
    "text",
    [
        # "yesterday" not of the incident, nor of a time (review).
        "---\ndate: 2024-03-05\n---\n\nA config change deployed yesterday caused checkout "
        "errors this morning.\n\n## Timeline\n\n- 09:00 UTC: Errors start\n"
        "- 09:40 UTC: Rolled back\n",
        "# Post-mortem: DB failover (follow-up to yesterday's status update)\n\n**Date:** "
        "2024-03-05\n\n## Timeline\n\n- 09:00 UTC: Errors start\n- 09:40 UTC: Rolled back\n",
        "# Checkout errors\n\n**Date:** 2024-03-05\n**Author:** Jane Ayer\n\n## Timeline\n\n"
        "- 09:00 UTC: Errors start\n- 09:40 UTC: Rolled back\n",
        "# Checkout errors\n\n**Date:** 2024-03-05\n\n## Summary\n\nThe outage began at 09:00 "
        "UTC, caused by the patch we shipped yesterday. The last night-shift engineer paged "
        "us.\n",
    ],
)
def test_yesterday_that_dates_no_time(text: str) -> None:
    assert metrics(parse(text)).started_at.value.date() == dt.date(2024, 3, 5)


def test_a_vietnamese_report() -> None:
    # Section headings, the timeline table's columns and the action table's columns and
    # statuses in Vietnamese, as a Vietnamese engineer's post-mortems write them.
    text = (
        "---\ndate: 2026-09-25\n---\n\n# Sự cố\n\n## Dòng thời gian\n\n"
        "| Thời gian (UTC) | Sự kiện |\n|---|---|\n"
        "| ~23:29 (ngày hôm trước) | Pod được khởi động lại |\n"
        "| 10:00 | Tác vụ đầu tiên thất bại |\n\n"
        "## Nguyên nhân gốc rễ\n\nWebhook.\n\n## Hạng mục hành động\n\n"
        "| Hành động | Phụ trách | Hạn hoàn thành | Trạng thái |\n|---|---|---|---|\n"
        "| Tắt annotation | Backend | — | ✅ Đã xong |\n"
        "| Thêm cảnh báo | Platform | — | ⏳ Đang chờ |\n"
    )
    r = parse(text)
    kinds = [s.kind for s in r.sections]
    assert kinds[:3] == [SectionKind.TIMELINE, SectionKind.ROOT_CAUSE, SectionKind.ACTION_ITEMS]
    # "(ngày hôm trước)", the day before: the restart was the night before the failure.
    assert [e.at for e in r.timeline.events] == [
        dt.datetime(2026, 9, 24, 23, 29, tzinfo=UTC),
        dt.datetime(2026, 9, 25, 10, 0, tzinfo=UTC),
    ]
    assert [(a.owner, a.status) for a in r.action_items] == [
        ("Backend", ActionStatus.DONE),
        ("Platform", ActionStatus.OPEN),
    ]


def test_a_stamp_noted_as_the_night_before() -> None:
    # DaylightStation's audits: "21:01 (prev. night)" over a morning's entries.
    text = (
        "# Session crash\n\n**Date:** 2026-09-28\n\n## Timeline (PDT)\n\n| Time | Event |\n"
        "|---|---|\n| 21:01 (prev. night) | App container started |\n"
        "| 06:04 | Session starts |\n| 06:17 | Session crashes |\n"
    )
    days = [e.at.date() for e in parse(text).timeline.events if e.at is not None]
    assert days == [dt.date(2026, 9, 27), dt.date(2026, 9, 28), dt.date(2026, 9, 28)]
    # Two such entries are on the same night, and so is an entry after it with no note; the
    # morning's are the next day (review).
    for note in (" (prev. night)", ""):
        two = text.replace("| 06:04 |", f"| 23:10{note} | Backup ran |\n| 06:04 |")
        days = [e.at.date() for e in parse(two).timeline.events if e.at is not None]
        assert days[:3] == [dt.date(2026, 9, 27), dt.date(2026, 9, 27), dt.date(2026, 9, 28)]


def test_a_key_event_across_new_year() -> None:
    r = parse(
        "# Outage\n\n**Date:** 2024-12-31\n\n**Detected:** December 31, 23:40 UTC\n"
        "**Resolved:** January 1, 01:10 UTC\n"
    )
    assert r.metadata.detected_at == dt.datetime(2024, 12, 31, 23, 40, tzinfo=UTC)
    assert r.metadata.resolved_at == dt.datetime(2025, 1, 1, 1, 10, tzinfo=UTC)


def test_an_html_paragraph_with_inline_tags_stays_in_its_run() -> None:
    # "<tt>" in a paragraph is no table (review).
    r = parse(
        "# X\n\nDate: 2024-03-01\n\n## Timeline\n\n<p>9:30pm: Alert fired on <tt>db01</tt>.\n\n"
        "<p>9:47pm: Router fixed.\n\n<p>10:02pm: All clear.\n"
    )
    assert len(r.timeline.events) == 3


def test_a_key_event_label_that_names_a_change() -> None:
    # "updated" in an event's label is no document date (review).
    r = parse(
        "# X\n\n## Key Events\n\n- Incident start: 2024-03-01 10:00 UTC\n"
        "- DNS record updated: 2024-03-01 10:20 UTC\n- Resolved: 2024-03-01 11:00 UTC\n"
    )
    assert [e.text for e in r.timeline.events] == [
        "Incident start",
        "DNS record updated",
        "Resolved",
    ]


def test_phases_closed_by_their_days_are_the_timeline() -> None:
    # Dippy's subnet outage: a response over four days, each phase's heading closed by its
    # day, under a heading that names no timeline. The year is the title's.
    doc = (
        "# Postmortem Jan 18 2025\n\n## Response and Recovery\n\n"
        "### Phase 1: Initial Triage (January 18)\n- Identified the traffic source\n\n"
        "### Phase 2: Service Separation (January 19)\n- Split the API by subnet\n\n"
        "### Phase 3: Full Recovery (January 21)\n- Restored worker processes\n"
    )
    r = postmortem.parse(doc)
    assert [e.date for e in r.timeline.events] == [
        dt.date(2025, 1, 18), dt.date(2025, 1, 19), dt.date(2025, 1, 21)
    ]  # fmt: skip
    assert r.timeline.events[0].text == "- Identified the traffic source"
    # One such heading is no run.
    one = doc.split("### Phase 2")[0]
    assert postmortem.parse(one).timeline.events == []
    for name, edit in edits_for(r):
        assert check(doc, name, edit) is None, name


@pytest.mark.parametrize(
    "children",
    [
        # Plans, meetings, releases, sections and other incidents dated so are no timeline.
        ["Short term (March 8)", "Long term (April 30)"],
        ["Initial review (March 4)", "Follow-up review (March 11)"],
        ["v1.3 (2024-01-10)", "v1.2 (2024-01-05)"],
        ["Detection (January 18)", "Resolution (January 19)"],
        ["Incident #1 (2024-03-01)", "Incident #2 (2024-05-01)"],
        # A count of steps is no day, even of a phase.
        ["Phase 1: Restart the workers (1/3)", "Phase 2: Drain the queue (2/3)"],
        # Times closing headings outside a timeline's heading stay as they were: none.
        ["Detection (14:05 UTC)", "Mitigation (14:30 UTC)"],
    ],
)
def test_headings_closed_by_a_day_that_name_no_phase_are_no_timeline(children: list[str]) -> None:
    doc = "# Outage 2024-06-10\n\n## Notes\n\n" + "".join(
        f"### {c}\n\n- Something said here\n\n" for c in children
    )
    r = postmortem.parse(doc)
    assert r.timeline.events == []
    assert metrics(r).incident_date == dt.date(2024, 6, 10)


def test_weekday_headings_over_prose_after_dated_entries_go_on_from_them() -> None:
    # Equinor Radix's certificate outage: a day of timed headings, then the week told on
    # under weekdays alone, each over prose: each that day's one entry, after the day above.
    r = parse(
        "# Post Mortem\n\n## Timeline\n\n### Wednesday 2019-01-30 - 08:35\n\nErrors seen.\n\n"
        "### 13:30\n\nTicket filed.\n\n### Thursday\n\nMore reports on the forum.\n\n"
        "### Friday\n\nA supplier's DNS trouble reported.\n\n"
        "### Monday\n\nStill failing on a new cluster.\n"
    )
    assert [e.date for e in r.timeline.events] == [
        dt.date(2019, 1, 30), dt.date(2019, 1, 30), dt.date(2019, 1, 31), dt.date(2019, 2, 1),
        dt.date(2019, 2, 4),
    ]  # fmt: skip
    assert r.timeline.events[2].text == "More reports on the forum."


def test_the_phases_of_a_plan_are_no_timeline() -> None:
    doc = (
        "# Outage 2024-03-02\n\n## Action Items\n\n### Phase 1: Quick wins (March 8)\n\n"
        "- [ ] Add disk alerts\n\n### Phase 2: Long term (April 30)\n\n- [ ] Migrate storage\n"
    )
    r = parse(doc)
    assert r.timeline.events == []
    assert metrics(r).incident_date == dt.date(2024, 3, 2)


def test_weekday_headings_alone_with_no_dated_entry_before_stay_as_they_were() -> None:
    # A newest-first week under weekdays alone: no day note is read from them.
    r = parse(
        "# Certificate outage 2019-02-04\n\n## Timeline\n\n### Monday\n\nStill failing.\n\n"
        "### Sunday\n\nReports on the forum.\n"
    )
    assert r.timeline.events == []


def test_a_front_matter_title_of_a_day_leaves_the_heading_the_title() -> None:
    text = (
        '---\ntitle: "2026-03-01"\n---\n\n## Incident Post-Mortem: Summer courses released\n\n'
        "### Summary\n\nReleased early.\n\n### Timeline\n\n- 21:05 Noticed\n- 21:09 Hidden\n"
    )
    r = parse(text)
    assert r.title == "Incident Post-Mortem: Summer courses released"
    assert [s.title for s in r.sections] == ["Summary", "Timeline"]
    assert r.metadata.date == dt.date(2026, 3, 1)  # the day the front matter gives
    assert r.timeline.events[0].at == dt.datetime(2026, 3, 1, 21, 5)
    assert postmortem.dumps(r) == text
    # A title that names the report keeps the lone heading a section, as before.
    named = parse(text.replace('"2026-03-01"', '"Summer courses released"'))
    assert named.title == "Summer courses released"
    assert named.sections[0].title == "Incident Post-Mortem: Summer courses released"


def test_a_key_event_field_dates_entries_that_give_only_a_time() -> None:
    # A generator's front matter (momoy's post-mortems): no "date", but the detection's
    # day and offset; the entries give their times alone.
    text = (
        "---\nid: PM-001\ndetected_at: 2026-09-09T18:40:00-03:00\n"
        "resolved_at: 2026-09-09T18:54:00-03:00\n---\n\n# PM-001: Deploy failed\n\n"
        "## Timeline\n- 08:40 — blueprint declared\n- 18:10 — deploy from main\n"
        "- 18:54 — service live and verified\n"
    )
    r = postmortem.parse(text)
    minus3 = dt.timezone(dt.timedelta(hours=-3))
    assert r.timeline.events[0].at == dt.datetime(2026, 9, 9, 8, 40, tzinfo=minus3)
    assert metrics(r).started_at.value == dt.datetime(2026, 9, 9, 8, 40, tzinfo=minus3)


def test_hyphened_words_tell_an_entry() -> None:
    # webuildanddesign's release log: "Post-switch IPv4", "Verse IPv4-preflight" say
    # something; a data table's "12:50:10 | comdex1c36py" does not.
    rows = [
        ("20:52:29–20:52:45 UTC", "Verse IPv4-preflight"),
        ("20:54:35–20:54:50 UTC", "Post-switch IPv4, oude HTML"),
        ("20:56:52–20:57:33 UTC", "Rollback-validatie"),
    ]
    table = "| Tijd | Gebeurtenis |\n|---|---|\n" + "".join(f"| {a} | {b} |\n" for a, b in rows)
    r = postmortem.parse(f"# Release\n\n**Datum:** 28 juli 2026\n\n## Reconstructie\n\n{table}")
    assert [e.text for e in r.timeline.events] == [b for _, b in rows]
    data = "| Time | Address |\n|---|---|\n| 12:50:10 | comdex1c36py |\n| 12:51:10 | a0bd364 |\n"
    assert postmortem.parse(f"# Blocks\n\n## Data\n\n{data}").timeline.events == []


@pytest.mark.parametrize("colon", ["：", ":"])
def test_a_bold_key_and_a_full_width_colon_is_a_field(colon: str) -> None:
    # Chinese reports (bforecast's SSE storm, a VM freeze on a Chinese engineer's blog).
    text = f"# 事故\n\n- **事故日期**{colon}2026-10-07\n- **故障时间**{colon}2026-04-12 凌晨00:12\n"
    r = postmortem.parse(text)
    assert r.metadata.date == dt.date(2026, 10, 7)
    assert r.metadata.started_at == dt.datetime(2026, 4, 12, 0, 12)
    r.metadata.date = dt.date(2026, 10, 8)
    assert f"- **事故日期**{colon}2026-10-08\n" in postmortem.dumps(r)


def test_a_heading_entry_keeps_its_headings_words_as_its_title() -> None:
    # Saptiva's and Modrinth's timelines: one heading per entry, its words naming it.
    text = (
        "# Data loss\n\n**Date:** 2025-10-09\n\n## Timeline\n\n"
        "### **20:00** - Inicio del Deployment\n- Deployment iniciado\n\n"
        "### **20:17** - Primer Error de Autenticación MongoDB\n```\nAuthentication failed\n```\n\n"
        "### 20:40\n\nNo words in its heading.\n"
    )
    r = postmortem.parse(text)
    evs = r.timeline.events
    assert [e.title for e in evs] == ["Inicio del Deployment",
                                      "Primer Error de Autenticación MongoDB", ""]  # fmt: skip
    assert evs[0].text == "- Deployment iniciado"
    assert [e.headline for e in evs] == [evs[0].title, evs[1].title, "No words in its heading."]
    # The first entry tells no failure, the second does in its title: the start.
    assert metrics(r).started_at.value == dt.datetime(2025, 10, 9, 20, 17)
    # An edited title is written in its heading and reads back; the body is untouched.
    evs[1].title = "First authentication error"
    out = postmortem.dumps(r)
    assert "### **20:17** - First authentication error\n```\n" in out
    assert [e.title for e in postmortem.parse(out).timeline.events][1] == evs[1].title


def test_a_new_heading_entry_writes_its_title_and_copies_no_siblings() -> None:
    text = (
        "# Outage\n\n**Date:** 2025-10-09\n\n## Timeline\n\n"
        "### 20:17 - First auth error\n\nBody.\n\n### 20:40 - Second\n\nMore.\n"
    )
    r = postmortem.parse(text)
    r.timeline.events.append(
        postmortem.TimelineEvent(at=dt.datetime(2025, 10, 9, 20, 50), text="Fixed.", title="Fix")
    )
    r.timeline.events.append(
        postmortem.TimelineEvent(at=dt.datetime(2025, 10, 9, 20, 55), text="Done.")
    )
    out = postmortem.dumps(r)
    assert out.endswith("### 20:50 - Fix\n\nFixed.\n\n### 20:55\n\nDone.\n")
    back = postmortem.parse(out).timeline.events
    assert [(e.title, e.text) for e in back[2:]] == [("Fix", "Fixed."), ("", "Done.")]


@pytest.mark.parametrize(
    ("date", "stamps", "first"),
    [
        # Perfscale's Russian table: day first by its words, its days written month first.
        ("2026-10-01", ("10-01 09:45", "10-02 07:10"), dt.datetime(2026, 10, 1, 9, 45)),
        # A Dutch report of 5 October writes its days day first: kept.
        ("2025-10-05", ("05-10 23:50", "06-10 01:10"), dt.datetime(2025, 10, 5, 23, 50)),
        # Both orders near the report's day: the report's own order stands (day first).
        ("2025-03-03", ("03-04 10:00", "04-04 11:00"), dt.datetime(2025, 4, 3, 10, 0)),
    ],
)
def test_a_numeric_day_without_its_year_is_read_near_the_reports_day(
    date: str, stamps: tuple[str, str], first: dt.datetime
) -> None:
    text = (
        f"# Сбой\n\n**Дата:** {date}\n\nПроизошёл сбой, который был обнаружен при проверке.\n\n"
        f"## Хронология\n\n| Время | Событие |\n|---|---|\n"
        f"| {stamps[0]} | Сервис пересоздан |\n| {stamps[1]} | Проверено, инцидент закрыт |\n"
    )
    r = postmortem.parse(text)
    assert r.timeline.events[0].at == first


_TITLED = (
    "# T\n\n**Date:** 2025-10-09\n\n## Timeline\n\n### 10:00 - First\n\nBody one.\n\n{}\n\n"
    "Body two.\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "### 10:30 - Alert", "### **10:30**", "### `10:30`", "### **10:30** - Rolled back",
        "### 10:30 - **Rolled back**", "### 10:30: Detection", "### 10:30 Alert ###",
        "### __10:30__", "### 10:30 - __init__ crashed",
    ],
)  # fmt: skip
@pytest.mark.parametrize("title", ["Fixed", "", "Line one\nline two", "**bold** fix"])
def test_a_heading_entrys_title_edit_reads_back(heading: str, title: str) -> None:
    text = _TITLED.format(heading)
    r = postmortem.parse(text)
    r.timeline.events[1].title = title
    out = postmortem.dumps(r)
    back = postmortem.parse(out).timeline.events
    assert [(e.title, e.text) for e in back] == [
        ("First", "Body one."), (" ".join(title.split()), "Body two.")
    ]  # fmt: skip
    # Only the edited heading's line changed.
    changed = [a for a, b in zip(text.splitlines(), out.splitlines(), strict=True) if a != b]
    assert changed in ([], [heading])


@pytest.mark.parametrize("heading", ["### 10:30 - Alert", "### **10:30**", "### 10:30 Alert ###"])
@pytest.mark.parametrize("title", ["New thing", ""])
def test_a_new_heading_entry_writes_only_its_own_title(heading: str, title: str) -> None:
    r = postmortem.parse(_TITLED.format(heading))
    r.timeline.events.append(
        postmortem.TimelineEvent(
            at=dt.datetime(2025, 10, 9, 10, 45), text="Body three.", title=title
        )
    )
    back = postmortem.parse(postmortem.dumps(r)).timeline.events
    assert (back[2].title, back[2].text) == (title, "Body three.")


def test_a_title_that_tells_no_failure_leaves_the_body_to_tell_it() -> None:
    # A status post's "Update" over the words that tell the failure.
    text = (
        "# Outage\n\n**Date:** 2024-05-01\n\n## Timeline\n\n### 09:00 - Deploy\n\nRelease 4.2.\n\n"
        "### 09:20 - Update\n\nAPI failing with 500 errors.\n\n### 09:40 - Alert\n\nPaged.\n"
    )
    assert metrics(postmortem.parse(text)).started_at.value == dt.datetime(2024, 5, 1, 9, 20)


def test_entries_before_a_later_key_event_fall_on_the_day_before_it() -> None:
    text = (
        "---\ndetected_at: 2026-09-10T01:10:00-03:00\n---\n\n# Outage\n\n## Timeline\n"
        "- 23:40 — deploy\n- 23:55 — errors start\n- 01:10 — alert fires\n- 02:00 — rolled back\n"
    )
    r = postmortem.parse(text)
    minus3 = dt.timezone(dt.timedelta(hours=-3))
    assert r.timeline.events[0].at == dt.datetime(2026, 9, 9, 23, 40, tzinfo=minus3)
    assert r.timeline.events[2].at == dt.datetime(2026, 9, 10, 1, 10, tzinfo=minus3)
    r.timeline.events[1].text = "errors begin"
    assert postmortem.dumps(r) == text.replace("errors start", "errors begin")


def test_a_title_before_its_time_cannot_be_emptied() -> None:
    # "### Rolled back (10:30)": its words name it; without them the heading, and its
    # siblings, would read as another shape.
    text = (
        "# Outage\n\n**Date:** 2024-05-01\n\n## Timeline\n\n### Alert fired (10:00)\n\n"
        "Body one.\n\n### Rolled back (10:30)\n\nBody two.\n"
    )
    r = postmortem.parse(text)
    assert [e.title for e in r.timeline.events] == ["Alert fired", "Rolled back"]
    r.timeline.events[1].title = ""
    with pytest.raises(postmortem.RenderError, match="Rolled back"):
        postmortem.dumps(r)
    r.timeline.events[1].title = "**Reverted** the deploy"
    back = postmortem.parse(postmortem.dumps(r)).timeline.events
    assert [e.title for e in back] == ["Alert fired", "**Reverted** the deploy"]


def test_a_key_event_day_moves_entries_only_to_meet_the_key_event() -> None:
    text = (
        "---\ndetected_at: 2026-09-10T08:00:00-03:00\n---\n\n# Outage\n\n## Timeline\n"
        "- 09:00 Deploy\n- 09:30 Errors begin\n- 10:00 Alert\n"
    )
    minus3 = dt.timezone(dt.timedelta(hours=-3))
    assert postmortem.parse(text).timeline.events[0].at == dt.datetime(
        2026, 9, 10, 9, 0, tzinfo=minus3
    )


@pytest.mark.parametrize("line", ["Initial discovery of the failing job", "Discovery of data loss"])
def test_a_discovery_opening_an_entry_detects(line: str) -> None:
    text = (
        f"# Outage\n\n**Date:** 2024-05-01\n\n## Timeline\n\n- 09:00 Errors begin\n"
        f"- 09:20 {line}\n- 10:30 Resolved\n"
    )
    assert metrics(postmortem.parse(text)).detected_at.value == dt.datetime(2024, 5, 1, 9, 20)


def test_a_discovery_named_inside_an_entry_is_no_detection() -> None:
    text = (
        "# Outage\n\n## Timeline\n\n- 2024-01-14 09:00 UTC - Deploy of v2 to AWS Cloud Discovery"
        " of instances.\n- 2024-01-14 09:30 UTC - Errors reported by users.\n"
    )
    got = metrics(postmortem.parse(text)).detected_at.value
    assert got == dt.datetime(2024, 1, 14, 9, 30, tzinfo=UTC)


def test_a_table_of_names_with_numbers_is_no_timeline() -> None:
    data = (
        "| Time | Pod | Code |\n|---|---|---|\n"
        "| 10:01:02 | api-7d9f8b-xkzq2 web-5c6d7-abcde | 137 |\n"
        "| 10:02:02 | api-7d9f8b-xkzq3 web-5c6d7-abcdf | 137 |\n"
        "| 10:03:02 | api-7d9f8b-xkzq4 us-east-1 | 137 |\n"
    )
    assert postmortem.parse(f"# Crash loop\n\n## Logs\n\n{data}").timeline.events == []


def test_a_zone_named_by_its_iana_name_in_parentheses_is_the_reports() -> None:
    # search-mcp's incident report: "(Asia/Shanghai)" after its window, times alone below.
    text = (
        "# Incident Report\n\n**Date**: 2026-06-02 ~22:00 – 2026-06-03 00:21 (Asia/Shanghai)\n\n"
        "## Timeline\n\n| Time | Event |\n|---|---|\n| 22:00 | Session starts |\n"
        "| 23:46 | User notices the divergence |\n"
    )
    r = postmortem.parse(text)
    assert r.timeline.events[0].at == dt.datetime(
        2026, 6, 2, 22, 0, tzinfo=ZoneInfo("Asia/Shanghai")
    )


@pytest.mark.parametrize(
    ("said", "iana"),
    [
        # MiMiVibe's pricing incident; Tzlvt's iOS release; Furries PH's status page.
        ("**Duration**: 77 minutes (22:10 - 23:27 Thailand Time)", "Asia/Bangkok"),
        ("On the day, at 9:10 AM Moscow time, we released the update.", "Europe/Moscow"),
        ("Service was back by 6:00 PM Philippine time.", "Asia/Manila"),
        ("It started at 10:00 Hong Kong time.", "Asia/Hong_Kong"),
    ],
)
def test_a_places_time_is_the_reports_zone(said: str, iana: str) -> None:
    text = (
        f"# Incident Report\n\n**Date**: 2025-09-09\n\n{said}\n\n## Timeline\n\n"
        "- **22:10** - Started the rollout\n- **22:20** - Found the bug\n"
    )
    r = postmortem.parse(text)
    assert r.timeline.events[0].at == dt.datetime(2025, 9, 9, 22, 10, tzinfo=ZoneInfo(iana))


@pytest.mark.parametrize(
    "said",
    # A place or a nation's word before "time" that names no clock.
    ["At 10:00 Paris timeouts rose.", "The 10:00 Paris meeting ran late.",
     # Review 51.
     "At 10:00 our 2 Berlin time-series clusters fell behind.",
     "Handoff at 10:00 UK time zone differences hurt."],
)  # fmt: skip
def test_a_place_without_its_time_names_no_zone(said: str) -> None:
    text = (
        f"# Incident Report\n\n**Date**: 2025-09-09\n\n{said}\n\n## Timeline\n\n"
        "- **22:10** - Started the rollout\n- **22:20** - Found the bug\n"
    )
    assert postmortem.parse(text).timeline.events[0].at == dt.datetime(2025, 9, 9, 22, 10)


def test_a_places_time_said_in_passing_gives_way_to_stamps_with_their_offset() -> None:
    # Furries PH's status page: its stamps and front matter in UTC ("Z"), its prose naming
    # the Philippine clock once; the start stays in UTC as written.
    text = (
        "---\ntitle: Platform v2 migration\nstatus: identified\n"
        "startedAt: 2026-09-13T05:35:00Z\n---\n\n## Updates\n\n### 2026-09-13T05:35:00Z\n\n"
        "Services are unavailable. Service is expected to return by 6:00 PM Philippine time.\n"
    )
    r = postmortem.parse(text)
    started = metrics(r).instants["started"].value
    assert started is not None and started.utcoffset() == dt.timedelta(0)
    assert started == dt.datetime(2026, 9, 13, 5, 35, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize(
    ("heading", "title"),
    [("### {{ 10:30 }}", ""), ("### {{ 10:30 }} Alert", "Alert"), ("### [10:30] - Alert", "Alert"),
     ("### (10:30) Alert", "Alert")],
)  # fmt: skip
def test_a_stamp_in_braces_or_brackets_closes_before_the_title(heading: str, title: str) -> None:
    # Berkeley DataHub's "### {{ 06:10 }}" headings: the braces are the stamp's, no title.
    r = postmortem.parse(_TITLED.format(heading))
    assert r.timeline.events[1].title == title


@pytest.mark.parametrize(
    ("heading", "offset"),
    [("## Tijdlijn (2026-07-21, UTC)", 0), ("## Timeline 21.07.2026 (CEST)", 2),
     ("## Timeline (2026-07-21)", None),
     # veta's: a zone in the parentheses of a heading not named a timeline.
     ("## What happened (2026-07-21, timeline, UTC)", 0),
     # Review 22: a zone in the heading's words, not its parentheses, is no zone.
     ("## Timeline 2026-07-21 — CET office closed", None),
     # Review 25: parentheses that name a zone in a phrase, or deny it.
     ("## Timeline (2026-07-21, local time, not UTC)", None),
     ("## Timeline (2026-07-21, for the EST team)", None),
     # Review 26: a zone closing its parentheses after words that say so.
     ("## Timeline (2026-07-21, times are in UTC)", 0),
     ("## Tijdlijn (2026-07-21, tijden in CEST)", 2)],
)  # fmt: skip
def test_a_zone_beside_the_day_in_a_timelines_heading_is_its_entries(
    heading: str, offset: int | None
) -> None:
    # kibana-oo's RCA: the day's digits beside the zone kept the zone from being read.
    r = postmortem.parse(
        f"# T\n\n{heading}\n\n| Tijd | Gebeurtenis |\n|---|---|\n"
        "| 05:58 | Eerste mislukte login |\n| 11:15 | Servicesessie uitgezet |\n"
    )
    at = r.timeline.events[0].at
    assert at is not None and at.date() == dt.date(2026, 7, 21)
    got = at.utcoffset()
    assert (got.total_seconds() / 3600 if got is not None else None) == offset


def test_a_subsections_phrase_naming_a_zone_keeps_the_timelines_zone() -> None:
    # Review 27: "(as seen in PST)" under "## Timeline (UTC)" is no zone of its entries.
    r = postmortem.parse(
        "# T\n\n**Date:** 2026-01-21\n\n## Timeline (UTC)\n\n- 05:58 First failed login\n\n"
        "### Customer view (as seen in PST)\n\n- 11:15 Session disabled\n- 11:30 Users back\n"
    )
    assert {e.at.utcoffset() for e in r.timeline.events if e.at} == {dt.timedelta(0)}


@pytest.mark.parametrize("label", ["Timeline:", "**Timeline:**"])
def test_a_timeline_label_over_a_fenced_block_of_stamped_lines(label: str) -> None:
    # HackerDom's RuCTF post-mortem: a plain "Timeline:" line over a fenced block, as a
    # timeline heading over one is read.
    r = postmortem.parse(
        f"# T\n\n**Date:** 2023-05-20\n\nThe tokens went out wrong.\n\n{label}\n\n```\n"
        "10:00 UTC - cloud open\n10:40 UTC - we realized the mistake, cloud closed\n```\n\n"
        "The conclusion is simple.\n"
    )
    assert [e.at for e in r.timeline.events] == [
        dt.datetime(2023, 5, 20, 10, 0, tzinfo=UTC), dt.datetime(2023, 5, 20, 10, 40, tzinfo=UTC)
    ]  # fmt: skip
    # A fenced log under a paragraph that is no label stays a log.
    log = postmortem.parse(
        "# T\n\n**Date:** 2023-05-20\n\nThe server printed:\n\n```\n"
        "10:00 UTC - cloud open\n10:40 UTC - cloud closed\n```\n"
    )
    assert log.timeline.events == []


@pytest.mark.parametrize(
    ("line", "level"),
    [
        # Spanish, Portuguese and French reports' own keys and levels.
        ("**Severidad**: 🔴 CRÍTICA - Pérdida de Datos en Producción", "critical"),
        ("**Severidade:** Alta  ", "high"),
        ("**Gravité** : Moyenne (secrets exposés mais rapidement révoqués)", "medium"),
        ("**Severidad:** baja", "low"),
        ("**Schweregrad:** hoch", "high"),
        # A note in parentheses naming another level; an English word that is a level
        # elsewhere (review 29).
        ("**Severidad:** Alta (impacto bajo en usuarios)", "high"),
        ("**Severity:** High (media uploads failing)", "high"),
        ("**Severity:** Low — affected media pipeline only", "low"),
        ("**Severidad:** Media", "medium"),
    ],
)
def test_a_severity_keyed_and_graded_in_other_languages(line: str, level: str) -> None:
    sev = parse(f"# Incidente\n\n{line}\n").metadata.severity
    assert sev is not None and sev.level is not None and sev.level.name.lower() == level


@pytest.mark.parametrize("heading", ["The Issue", "Problem", "The Problem", "Symptoms", "Symptom"])
def test_a_heading_that_names_the_failure_is_the_incidents_details(heading: str) -> None:
    # Metakgp's "## The Issue", Danavira's "## Problem", quasarlab's "## Symptom": the
    # failure told, read for its times as "What happened" is.
    r = parse(
        f"# PVE self-fence\n\n**Date:** 2026-04-13, 08:55 PDT\n\n## {heading}\n\n"
        "Around 17:30 PDT, while working on something else, I noticed the trading dashboard "
        "was unreachable.\n"
    )
    assert r.sections[0].kind is SectionKind.DETAILS
    pdt = ZoneInfo("America/Los_Angeles")
    assert metrics(r).instants["detected"].value == dt.datetime(2026, 4, 13, 17, 30, tzinfo=pdt)


@pytest.mark.parametrize(
    ("published", "opening", "day"),
    [
        # CyberMiles' halt, posted the day after; Vonng's review of Alibaba Cloud's outage.
        ("2019-05-27", "2019年5月26日，CyberMiles公链遭遇技术故障，区块链因此暂停运行17小时。",
         (2019, 5, 26)),
        ("2023-11-13", "2023年11月12日，双十一后第一天，阿里云出了一场大翻车。", (2023, 11, 12)),
        ("2019-05-27", "2019 年 5 月 26 日，公链遭遇技术故障。", (2019, 5, 26)),
        ("2019-05-27", "2019년 5월 26일, 서비스 장애가 발생했습니다.", (2019, 5, 26)),
        # Another thing's day (review 29): since, planned for.
        ("2019-05-27", "自2019年4月1日以来我们运行了自己的节点。", (2019, 5, 27)),
        # "From" that day is the failure's start (review 30).
        ("2019-05-27", "2019年5月26日起，公链出现故障，区块停止产生。", (2019, 5, 26)),
        ("2019-05-27", "2019年5月26日から障害が発生しました。", (2019, 5, 26)),
        # Review 31: "ever since" with words between, "from" with no failure after it.
        ("2019-05-27", "自2019年5月20日上线以来一直运行稳定。2019年5月26日，公链出现故障。",
         (2019, 5, 26)),
        ("2019-05-27", "2019年5月1日から新構成で運用。2019年5月26日に障害が発生しました。",
         (2019, 5, 26)),
        ("2019-05-27", "2019年5月1日起我们启用了新集群。2019年5月26日，公链出现故障。",
         (2019, 5, 26)),
        # Review 32: a failure told in other words; a later "since" in the sentence.
        ("2019-05-27", "2019年5月26日起，部分用户无法登录。", (2019, 5, 26)),
        ("2019-05-27", "2019年5月26日10時から、一部のサービスで不具合が発生しました。",
         (2019, 5, 26)),
        ("2019-05-27", "2019년 5월 26일부터 일부 사용자가 접속할 수 없었습니다.", (2019, 5, 26)),
        ("2019-05-27", "自2019年5月26日凌晨起，公链出现故障，这是上线以来首次。", (2019, 5, 26)),
        ("2019-05-27", "我们计划在2019年5月20日合并变更，2019年5月26日发生故障。", (2019, 5, 26)),
    ],
)  # fmt: skip
def test_a_day_written_in_chinese_in_the_opening_dates_the_report(
    published: str, opening: str, day: tuple[int, int, int]
) -> None:
    post = f"---\ntitle: 服务中断事件回溯\ndate: {published}\n---\n\n{opening}\n"
    assert parse(post).metadata.date == dt.date(*day)


def test_an_english_word_that_is_a_level_elsewhere_names_no_level() -> None:
    sev = parse("# X\n\n**Severity:** Social media login broken\n").metadata.severity
    assert sev is not None and sev.level is None


@pytest.mark.parametrize(
    ("value", "level"),
    [
        # A code beside a parenthesis that is a level's word alone takes the word's level
        # (a code's scale varies between teams); a note in words leaves the code's
        # (reviews 30 and 31).
        ("P2 (High)", "high"),
        ("P1 (Critical)", "critical"),
        ("SEV3 (Low)", "low"),
        ("P2 (HIGH) — customer facing", "high"),
        ("P2 (low customer impact)", "medium"),
        ("SEV1 (critical path down, low traffic)", "critical"),
        ("P3 (alta prioridad)", "low"),
    ],
)
def test_a_code_and_a_level_in_parentheses(value: str, level: str) -> None:
    sev = parse(f"# Incident\n\n**Severity:** {value}\n").metadata.severity
    assert sev is not None and sev.level is not None and sev.level.name.lower() == level


@pytest.mark.parametrize(
    "value", ["P1 (Critical) / P2 (High)", "P1 (High) | P2 (Medium)", "P2 (Medium) or P3 (Low)"]
)
def test_a_choice_of_codes_and_levels_is_no_level(value: str) -> None:
    # Review 32: a list of choices names no level.
    sev = parse(f"# Incident\n\n**Severity:** {value}\n").metadata.severity
    assert sev is None or sev.level is None


def test_a_key_event_list_closed_by_its_duration_is_the_timeline() -> None:
    # contributor.info: labelled key events, then the span they make.
    doc = (
        "# Postmortem: Embeddings generation\n\n## Issue Timeline\n"
        "- **Start**: October 8, 2025 ~16:00 UTC - Embeddings generation stopped\n"
        "- **Discovery**: October 9, 2025 05:00 UTC - Issue identified during debugging\n"
        "- **Complete Resolution**: October 9, 2025 06:08 UTC - Full functionality restored\n"
        "- **Duration**: 14+ hours of complete/partial failure\n"
    )
    r = postmortem.parse(doc)
    assert [e.at for e in r.timeline.events] == [
        dt.datetime(2025, 10, 8, 16, 0, tzinfo=dt.timezone.utc),
        dt.datetime(2025, 10, 9, 5, 0, tzinfo=dt.timezone.utc),
        dt.datetime(2025, 10, 9, 6, 8, tzinfo=dt.timezone.utc),
    ]
    assert postmortem.dumps(r) == doc


@pytest.mark.parametrize(
    ("note", "exception"),
    [
        ("All times UTC, 2026-08-08 unless stated.", "| *2026-05-22* | The change merged. |"),
        ("Unless otherwise noted all events happened on 2026-08-08.", "| 2026-05-22 | Merged. |"),
        ("All times UTC, 2026-08-08 unless otherwise noted.", "| 2026-05-22 00:10 | Merged. |"),
    ],
)
def test_the_day_a_note_names_holds_past_an_entry_of_another_day(note: str, exception: str) -> None:
    # "unless stated": an entry of another day (lucos' change merged ten weeks before, as a
    # dated row; docs.rs' "2019-10-20 00:55" before the night of the 21st) is an exception,
    # and the entries after it are on the day the note names.
    r = parse(
        f"# Packet loss\n\n## Timeline\n\n{note}\n\n| Time (UTC) | Event |\n|---|---|\n"
        f"{exception}\n| 00:00:56 | First alert fired. |\n| 12:41 | Clear. |\n"
    )
    first, *rest = r.timeline.events
    assert first.date == dt.date(2026, 5, 22)
    assert [e.at for e in rest] == [
        dt.datetime(2026, 8, 8, 0, 0, 56, tzinfo=UTC),
        dt.datetime(2026, 8, 8, 12, 41, tzinfo=UTC),
    ]


@pytest.mark.parametrize(
    "row", ["| **2026-08-09** | |", "| **2026-08-09** | Day 2 |", "| 2026-08-09 00:10 | Paged. |"]
)
def test_a_later_day_still_moves_the_day_under_a_note(row: str) -> None:
    # A row that is a day and nothing else divides the table into days; so does a later day
    # with words (review 47): the times under it are on that day, not the note's.
    r = parse(
        "# Outage\n\n## Timeline\n\nAll times UTC, 2026-08-08 unless stated.\n\n"
        f"| Time | Event |\n|---|---|\n| 23:50 | Alert fired. |\n{row}\n"
        "| 00:20 | Restored. |\n"
    )
    timed = [e.at for e in r.timeline.events if e.at is not None]
    assert [timed[0], timed[-1]] == [
        dt.datetime(2026, 8, 8, 23, 50, tzinfo=UTC),
        dt.datetime(2026, 8, 9, 0, 20, tzinfo=UTC),
    ]


@pytest.mark.parametrize(
    "note",
    [
        "Published 2024-03-01. All times UTC unless stated.",
        "All times are UTC; updated 2024-03-01.",
    ],
)
def test_the_documents_own_date_in_a_note_is_no_day_of_the_entries(note: str) -> None:
    r = parse(f"# Outage\n\n## Timeline\n\n{note}\n\n- 2024-02-27 10:00 Alert\n- 11:00 Paged\n")
    assert [e.at for e in r.timeline.events] == [
        dt.datetime(2024, 2, 27, 10, tzinfo=UTC),
        dt.datetime(2024, 2, 27, 11, tzinfo=UTC),
    ]


@pytest.mark.parametrize("label", ["**November 23, 2025 UTC**:", "**Nov 23**:", "__Nov 23__:"])
def test_a_bold_day_label_with_its_colon_outside_dates_the_list(label: str) -> None:
    # "**November 23, 2025 UTC**:" (Polydev's lock-out) is "**Nov 23:**" with the colon
    # after the marks, as field labels write it ("**Detected by**: ...").
    r = parse(
        "# X\n\n**Date**: November 24, 2025\n\n## Attack Timeline\n\n"
        f"{label}\n\n- **23:54:00** - Attacker finds the API\n- **23:55:00** - Flood begins\n\n"
        "**November 24, 2025**:\n\n- **21:30:00** - We discovered it\n"
    )
    assert [e.at.date() for e in r.timeline.events if e.at is not None] == [
        dt.date(2025, 11, 23),
        dt.date(2025, 11, 23),
        dt.date(2025, 11, 24),
    ]


def test_a_fenced_timeline_whose_stamps_stand_over_their_words() -> None:
    # Infinite Locus' RCA: under "## 2. Timeline of Events", a fence of stamps each alone on
    # its line, the words indented under it, as cState writes a stamp line over its update.
    text = (
        "# RCA\n\n## 2. Timeline of Events\n\n```\n2026-06-10 09:20 UTC  ← INITIAL COMPROMISE\n"
        "            Attacker uploads a webshell\n\n2026-06-29 02:27 UTC\n"
        "            Backdoor files planted:\n            - plugins/gutenberg/\n```\n"
    )
    r = parse(text)
    assert [(e.at, e.text) for e in r.timeline.events] == [
        (
            dt.datetime(2026, 6, 10, 9, 20, tzinfo=UTC),
            "← INITIAL COMPROMISE\nAttacker uploads a webshell",
        ),
        (
            dt.datetime(2026, 6, 29, 2, 27, tzinfo=UTC),
            "Backdoor files planted:\n- plugins/gutenberg/",
        ),
    ]
    for name, edit in edits_for(r):
        assert check(text, name, edit) is None, name


@pytest.mark.parametrize(
    ("note", "day"),
    [
        # Review 48: a publishing word after the date, an abbreviation's dot, a day the
        # note's sentence gives beside the document's.
        ("Unless otherwise noted all events happened on 2019-10-21 and were reviewed.",
         dt.date(2019, 10, 21)),
        ("All events occurred on 2026-08-08 (timeline revised 2026-08-12).", dt.date(2026, 8, 8)),
        ("All times are UTC. Events on 2026-08-08 unless stated. Published 2026-08-12.",
         dt.date(2026, 8, 8)),
        ("All times UTC, Aug. 8, 2026 unless stated.", dt.date(2026, 8, 8)),
    ],
)  # fmt: skip
def test_the_day_a_note_names_beside_the_documents_own(note: str, day: dt.date) -> None:
    r = parse(
        f"# X\n\n**Date:** 2026-03-03\n\n## Timeline\n\n{note}\n\n- 01:10 Alert\n- 01:20 Paged\n"
    )
    assert [e.date for e in r.timeline.events] == [day, day]


def test_after_an_earlier_exception_the_day_a_heading_moved_to_holds() -> None:
    # Review 48: under the note's 08-08, a heading moved to 08-09; an entry of 08-01 is an
    # exception, and the entry after it is back on 08-09, not on the note's day.
    r = parse(
        "# X\n\n## Timeline\n\nAll times UTC, 2026-08-08 unless stated.\n\n### 2026-08-09\n\n"
        "- 00:20 Rollback\n- 2026-08-01 10:00 Change merged\n- 00:40 Restored\n"
    )
    assert [e.at.date() for e in r.timeline.events if e.at is not None] == [
        dt.date(2026, 8, 9),
        dt.date(2026, 8, 1),
        dt.date(2026, 8, 9),
    ]


def test_a_fence_of_stamps_over_log_lines_is_a_log() -> None:
    # Review 48: stamps alone over indented log lines with their level are a log, as the
    # same lines with the level on the stamp's line are.
    r = parse(
        "# X\n\n## Timeline\n\n```\n"
        + "".join(f"2026-06-29 01:58:0{i}\n    ERROR NullPointer in worker\n" for i in (1, 3, 7))
        + "```\n"
    )
    assert r.timeline.events == []


@pytest.mark.parametrize(
    ("window", "offset"),
    [
        # MarkAI's report: its window, then the same in UTC.
        ("**Window:** 11 Feb 2026, 10:21–10:31 CET (09:21–09:31 UTC)", 1),
        # NYC Mesh's change notices: "on 2019-01-28 at 10:00 EST (15:00 UTC)".
        ("Change period starts: on 2026-02-11 at 10:21 EST (15:21 UTC)", -5),
        ("Started 2026-02-11 10:21 UTC (11:21 CET)", 0),
        # Two zones, neither a conversion of the other: no zone for the entries.
        ("Started 2026-02-11 10:21 CET; the vendor saw it at 09:25 UTC", None),
        # Review 49: a day or a number before the parenthesis is no time written again; a
        # statement of the zone below wins.
        ("Down on 2026-02-11 (10:00 CET), fixed 09:40 UTC", None),
        ("On 2026-02-11 build 42 (10:00 CET) broke; fixed 09:40 UTC", None),
        ("Down 2026-02-11 10:21 CET (09:21 UTC). All times below are UTC.", 0),
        ("On 2026-07-11 at 1:14 PM EDT (5:14 PM UTC) it broke", -4),
    ],
)
def test_times_written_again_in_another_zone_leave_the_reports_zone(
    window: str, offset: int | None
) -> None:
    text = f"# Outage\n\n{window}\n\n## Timeline\n\n- **10:36** - Owner told\n- **10:43** - Fixed\n"
    r = postmortem.parse(text)
    tz = r.timeline.events[0].at.utcoffset()
    assert tz == (None if offset is None else dt.timedelta(hours=offset))


def test_an_appendixs_fields_are_what_it_cites_not_the_reports() -> None:
    # CompPortal's invoice incident: its title dates it, a test case in the appendix lists
    # the dates and state of the event the invoice is for (review 51: its start too).
    text = (
        "# Invoice Calculation Incident - December 6, 2025\n\n**Severity:** P1\n"
        "**Status:** RESOLVED\n\n## Timeline\n\n| Time (EST) | Event |\n|---|---|\n"
        "| 10:00 AM | User reports |\n| 10:50 AM | Fix deployed |\n\n## Appendix\n\n"
        "### A. Test Case\n\n**Invoice Details:**\n- Event: Spring 2026\n"
        "- Date: April 23-26, 2026\n- Started: 2026-04-23 08:00\n- Status: Pending\n"
    )
    r = postmortem.parse(text)
    assert r.metadata.date == dt.date(2025, 12, 6)
    assert r.metadata.started_at is None
    assert r.timeline.events[0].at == dt.datetime(
        2025, 12, 6, 10, 0, tzinfo=ZoneInfo("America/New_York")
    )
    assert r.metadata.status == "RESOLVED"


def test_an_appendix_that_alone_holds_the_reports_fields_gives_them() -> None:
    # Review 51: "## Appendix: Metadata" as a report's only fields; DeltaCrown's footer
    # "**Status**: ..." after its last appendix.
    text = (
        "# DB outage\n\nThe database was down.\n\n## Appendix: Metadata\n\n"
        "- **Incident ID:** INC-7\n- **Date:** 2026-03-02\n- **Severity:** SEV2\n"
        "- **Detected:** 2026-03-02 10:05 UTC\n\n---\n\n**Status**: RESOLVED\n"
    )
    r = postmortem.parse(text)
    assert (r.metadata.incident_id, r.metadata.date) == ("INC-7", dt.date(2026, 3, 2))
    assert r.metadata.detected_at == dt.datetime(2026, 3, 2, 10, 5, tzinfo=dt.timezone.utc)
    assert r.metadata.status == "RESOLVED"


_UNTIMED = (
    "# Switch outage\n\n## Timeline\n\n"
    "- 2022-06-10 22:00 (UTC) - Start of maintenance window\n"
    "- Outage of ~ 10 minutes\n"
    "- 2022-06-11 03:00 (UTC) - End of maintenance window\n"
    "- **Duration**: 5 hours\n"
    "- Review dependencies of those plugins\n"
    "    - Used a local copy to check them\n"
    "- Ops Decision made to wait\n"
)


def test_a_step_without_its_time_in_a_run_of_stamped_items_is_an_entry() -> None:
    # OpenStreetMap's switch outage ("- Outage of ~ 10 minutes" between stamped items),
    # Mozilla's taskcluster DNS outage (dev 047: "- As cached records timed out, ..."),
    # Banodoco's "**Multiple logins from same IP** → ...": every item of the run is an
    # entry (LABELING.md), one without a time has none. Not a field ("**Duration**: 5
    # hours"), nor a label over items of its own (Jenkins' "* Review dependencies ...").
    r = postmortem.parse(_UNTIMED)
    got = [(e.at.hour if e.at else None, e.text) for e in r.timeline.events]
    assert got == [
        (22, "Start of maintenance window"), (None, "Outage of ~ 10 minutes"),
        (3, "End of maintenance window"), (None, "Ops Decision made to wait"),
    ]  # fmt: skip
    assert postmortem.dumps(r) == _UNTIMED


@pytest.mark.parametrize(
    "item",
    # Review 52: a note to the writer, an image, a label in bold alone are no steps.
    ["<!-- add more entries -->", "![graph](g.png)", "**Detection**"],
)
def test_what_is_no_step_without_its_time(item: str) -> None:
    text = (
        f"# X\n\n## Timeline\n\n- 2024-03-05 10:00 UTC - A\n- {item}\n- 2024-03-05 11:00 UTC - B\n"
    )
    assert [e.text for e in postmortem.parse(text).timeline.events] == ["A", "B"]


@pytest.mark.parametrize(
    "words",
    # Review 52: words that would read as a stamp, a day, a field or a placeholder.
    ["10:15 paged again", "2024-03-06 next day", "Paged again at 10:15", "**Note**: paged",
     "Status: paging failed", "Paged again"],
)  # fmt: skip
def test_new_words_of_a_step_without_its_time_read_back(words: str) -> None:
    r = postmortem.parse(_UNTIMED)
    r.timeline.events[1].text = words
    back = postmortem.parse(postmortem.dumps(r))
    assert [(e.at, e.text) for e in back.timeline.events] == [
        (e.at, e.text) for e in r.timeline.events
    ]
    assert back.metadata.status is None


def test_a_time_given_to_a_step_without_one_opens_it() -> None:
    r = postmortem.parse(_UNTIMED)
    ev = r.timeline.events[1]
    ev.at = dt.datetime(2022, 6, 10, 22, 5, tzinfo=dt.timezone.utc)
    ev.time = ev.at.time()
    out = postmortem.dumps(r)
    assert "- 2022-06-10 22:05 UTC - Outage of ~ 10 minutes\n" in out  # dated as its sibling
    back = postmortem.parse(out).timeline.events[1]
    assert (back.at, back.text) == (ev.at, "Outage of ~ 10 minutes")


def test_a_step_without_time_inserted_reads_back_without_one() -> None:
    r = postmortem.parse(_UNTIMED)
    r.timeline.events.insert(2, postmortem.TimelineEvent(at=None, text="Traffic rerouted"))
    back = postmortem.parse(postmortem.dumps(r)).timeline.events
    assert [(e.at, e.text) for e in back][1:3] == [
        (None, "Outage of ~ 10 minutes"), (None, "Traffic rerouted"),
    ]  # fmt: skip


def test_a_time_alone_over_a_list_is_an_entry_with_the_list_as_its_words() -> None:
    # Convergence Protocol's sweeper-bot report: a bold time with a note over the list of what
    # happened then; LiveOne's incident log writes ranges so, SNEHA SAURABHA's RCA one time
    # over numbered steps.
    text = (
        "# Sweeper bot\n\n## What Happened (Timeline)\n\n"
        "**2025-11-23 ~20:00 UTC:**\n- Exposed private keys discovered in git repository\n"
        "- **Initial losses:** $100+ ETH drained\n\n"
        "**2025-11-23 ~22:00 UTC:**\n- Recovery attempt: sent funds to the exposed wallet\n\n"
        "**2025-11-24 00:57 UTC (NOW):**\n- Security audit completed\n"
    )
    r = parse(text)
    utc = dt.timezone.utc
    assert [(e.at, e.text.splitlines()[0]) for e in r.timeline.events] == [
        (dt.datetime(2025, 11, 23, 20, 0, tzinfo=utc),
         "- Exposed private keys discovered in git repository"),
        (dt.datetime(2025, 11, 23, 22, 0, tzinfo=utc),
         "- Recovery attempt: sent funds to the exposed wallet"),
        (dt.datetime(2025, 11, 24, 0, 57, tzinfo=utc), "- Security audit completed"),
    ]  # fmt: skip
    assert metrics(r).instants["detected"].value == dt.datetime(2025, 11, 23, 20, 0, tzinfo=utc)
    assert postmortem.dumps(r) == text
    # New words for an entry, and a new entry, are paragraphs of their own under the stamp.
    for name, edit in edits_for(r):
        assert check(text, name, edit) is None, name


def test_a_time_range_alone_over_a_list_in_a_timeline_phase() -> None:
    # LiveOne's log: phases of ranges over lists; one left alone in its phase stays an entry.
    text = (
        "# Migration\n\n## Timeline\n\n### Discovery Phase\n\n**2025-11-17 ~15:30**\n\n"
        "- User discovers point metadata doesn't match data paths\n\n"
        "### Recovery Phase\n\n**2025-11-17 17:00 - 19:45**\n\n- Created a snapshot\n\n"
        "**2025-11-17 20:30+**\n\n- Triggered a production redeploy\n"
    )
    r = parse(text)
    got = [(e.at, e.end, e.text) for e in r.timeline.events]
    assert got == [
        (dt.datetime(2025, 11, 17, 15, 30), None,
         "- User discovers point metadata doesn't match data paths"),
        (dt.datetime(2025, 11, 17, 17, 0), dt.datetime(2025, 11, 17, 19, 45),
         "- Created a snapshot"),
        (dt.datetime(2025, 11, 17, 20, 30), None, "- Triggered a production redeploy"),
    ]  # fmt: skip
    assert postmortem.dumps(r) == text
    for name, edit in edits_for(r):
        assert check(text, name, edit) is None, name


@pytest.mark.parametrize(
    "text",
    [
        # A day alone over its timed items: the items are the entries.
        "# T\n\n## Timeline\n\n**October 27, 2022**\n\n- 11:58 Irregularities found\n"
        "- 12:36 Cause investigated\n",
        # A checklist under a time is a list of tasks.
        "# T\n\n## Notes\n\n**14:00 UTC**\n\n- [ ] Rotate keys\n\n**15:00 UTC**\n\n"
        "- [ ] Audit logs\n",
    ],
)
def test_a_list_under_a_day_or_of_tasks_is_not_a_time_s_words(text: str) -> None:
    r = parse(text)
    assert all(not e.text.startswith("- ") for e in r.timeline.events)


def test_one_time_over_a_list_outside_a_timeline_is_no_timeline() -> None:
    r = parse("# T\n\n## Notes\n\n**14:00 UTC:**\n- We restarted the server.\n")
    assert r.timeline.events == []


def test_a_table_of_horizons_is_a_plan_not_a_timeline() -> None:
    # Convergence Protocol's "Timeline for Recovery": a column of "NOW", "24 hours", "1 week".
    text = (
        "# T\n\n## Timeline for Recovery\n\n| Timeline | Action | Owner |\n|---|---|---|\n"
        "| **NOW** | Incident stabilized | Done |\n| **24 hours** | Clean git history | DevOps |\n"
        "| **1 week** | Security audit | CTO |\n"
    )
    r = parse(text)
    assert r.timeline.events == []
    # A template's table of slots is still its timeline (its rows are placeholders).
    slots = parse("# T\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| HH:MM | [Event] |\n"
                  "| HH:MM | [Event] |\n")  # fmt: skip
    assert [p.path for p in slots.placeholders] == ["timeline.events"] * 2


def test_a_log_of_days_is_one_timeline() -> None:
    # Mass.gov's CMS status updates: sections headed by a day alone, each over its timed
    # updates, newest first, no timeline heading; UCSF Wynton's incident log writes so too.
    text = (
        "# CMS status updates\n\n## Dec. 12, 2018\n\n"
        "✔ **Dec. 12, 3:38 p.m.** — We fixed the Feedback Manager.\n\n"
        "⛔ **Dec. 12, 9:42 a.m.** — There is an issue with the Feedback Manager.\n\n"
        "## Nov. 15, 2018\n\n✔ **Nov. 15, 4:08 p.m.** — FIXED: all files restored.\n\n"
        "⛔ **Nov. 15, 12:46 p.m.** — UPDATE: the file restoration is in progress.\n"
    )
    r = parse(text)
    assert sorted(e.at for e in r.timeline.events if e.at) == [
        dt.datetime(2018, 11, 15, 12, 46),
        dt.datetime(2018, 11, 15, 16, 8),
        dt.datetime(2018, 12, 12, 9, 42),
        dt.datetime(2018, 12, 12, 15, 38),
    ]
    assert postmortem.dumps(r) == text
    for name, edit in edits_for(r):
        assert check(text, name, edit) is None, name


def test_a_log_of_days_over_prose_is_no_timeline() -> None:
    # Days over an incident's story each, no times (Notional's reports, public 39): a list of
    # incidents, not one timeline of day-only entries.
    r = parse(
        "# Reports\n\n## December 5, 2023\n\nThe validator missed blocks for a day.\n\n"
        "## December 20, 2022\n\nAn upgrade halted the node; it was restarted.\n"
    )
    assert r.timeline.events == []


def test_times_over_lists_in_a_plan_are_due_dates_not_entries() -> None:
    # Review 53: "## Action Items" over "**2025-02-01 17:00**" and the tasks due then.
    text = (
        "# DB failover\n\n## Timeline\n\n- 10:00 Resolved the failover\n\n## Action Items\n\n"
        "**2025-02-01 17:00**\n\n- Add alerting (owner: Bob)\n- Fix retries\n\n"
        "**2025-03-01 17:00**\n\n- Audit config\n"
    )
    r = parse(text)
    assert [e.text for e in r.timeline.events] == ["Resolved the failover"]
    for name, edit in edits_for(r):
        assert check(text, name, edit) is None, name


def test_one_time_over_its_words_in_a_timeline_section_is_an_entry() -> None:
    # Review 53: the one entry of a section, its list replaced by new words, reads back.
    text = "# T\n\n## Timeline\n\n**14:00 UTC**\n\n- We restarted the server.\n"
    r = parse(text)
    assert [e.text for e in r.timeline.events] == ["- We restarted the server."]
    r.timeline.events[0].text = "Probe edit"
    again = parse(postmortem.dumps(r))
    assert [e.text for e in again.timeline.events] == ["Probe edit"]
    assert [e.text for e in parse("# T\n\n## Timeline\n\n**14:00 UTC**\n\nWe restarted.\n")
            .timeline.events] == ["We restarted."]  # fmt: skip


def test_a_time_over_timed_items_is_not_their_words() -> None:
    # Review 53: a day and time over items that carry their own times, the first not.
    r = parse(
        "# T\n\n## Timeline\n\n**2025-01-05 09:00**\n\n- Incident day\n- 09:05 Alert fired\n"
        "- 09:20 Rolled back\n"
    )
    assert not any(e.text.startswith("- ") for e in r.timeline.events)
    assert metrics(r).instants["started"].value != dt.datetime(2025, 1, 5, 9, 0)


@pytest.mark.parametrize(
    "cells",
    [
        ["Early March", "Mid March", "Late March"],
        ["Day 1", "Day 2", "Day 3"],
        ["Monday", "Tuesday", "Wednesday"],
        ["Morning", "Afternoon", "Evening"],
    ],
)
def test_a_timeline_table_of_times_in_words_is_still_read(cells: list[str]) -> None:
    rows = "".join(f"| {c} | Step {i} happened |\n" for i, c in enumerate(cells))
    r = parse(f"# T\n\n## Timeline\n\n| Date | Event |\n|---|---|\n{rows}")
    assert len(r.timeline.events) == 3


def test_one_time_over_numbered_steps_takes_edits() -> None:
    # SNEHA SAURABHA's RCA: one time over the steps of what happened; a new entry after it
    # stands a blank line below the list (not the last step's continuation).
    text = (
        "# RCA\n\n## Timeline of Events\n\n**18 Nov 2025, 14:57 PM**\n"
        "1. Customer initiated payment\n2. Registration not created\n\n---\n\n## Cause\n\nx\n"
    )
    r = parse(text)
    assert [(e.at, e.text) for e in r.timeline.events] == [
        (dt.datetime(2025, 11, 18, 14, 57),
         "1. Customer initiated payment\n2. Registration not created"),
    ]  # fmt: skip
    for name, edit in edits_for(r):
        assert check(text, name, edit) is None, name


def test_a_log_of_days_after_a_timeline_section_is_not_its_timeline() -> None:
    # Review 54: "## Timeline" of one entry, then follow-ups by day: the timeline stays.
    text = (
        "# T\n\n## Timeline\n\n- 2024-03-01 10:00 API down, resolved at 10:40\n\n"
        "## 2024-03-04\n\n- 09:00 Postmortem meeting held\n- 11:00 Fix deployed to staging\n\n"
        "## 2024-03-05\n\n- 10:00 Fix deployed to production\n- 12:00 Runbook updated\n"
    )
    r = parse(text)
    assert [e.at for e in r.timeline.events] == [dt.datetime(2024, 3, 1, 10, 0)]
    assert metrics(r).instants["started"].value == dt.datetime(2024, 3, 1, 10, 0)


PHASES = (
    "# Outage\n\n## Timeline of Events\n\n"
    "### Phase 1: Initial Deployment\n**Time**: ~10:00 AM - 12:00 PM  \n"
    "**Status**: Features working\n\n- Comparison mode implemented\n\n"
    "### Phase 2: First Production Crisis\n**Time**: ~12:00 PM - 1:00 PM  \n"
    "**Status**: Site down\n\nThe bundle failed to load.\n\n"
    "### Phase 3: Restoration\n**Time**: 2:00 PM  \n**Status**: Restored\n\n"
    "**Actions Taken**:\n1. ✅ Restored the deleted files\n2. ✅ Redeployed\n\n"
    "## Action Items\n\n- [ ] Add a smoke test\n"
)


def test_headings_over_a_time_field_line_are_entries() -> None:
    # merlin2's phases ("**Time**: ~12:00 PM - 1:00 PM" over "**Status**: ..."), aifx's
    # incidents ("### Incident 1: Error 10062" over "**Time**: 2025-11-22 21:50:43").
    text = PHASES.replace("# Outage\n", "# Outage\n\n**Date**: 2026-02-20\n")
    r = parse(text)
    assert [(e.at, e.text) for e in r.timeline.events] == [
        (dt.datetime(2026, 2, 20, 10, 0), "Phase 1: Initial Deployment"),
        (dt.datetime(2026, 2, 20, 12, 0), "Phase 2: First Production Crisis"),
        (dt.datetime(2026, 2, 20, 14, 0), "Phase 3: Restoration"),
    ]  # fmt: skip
    # The field's range is the entry's, not a window the prose states.
    assert metrics(r).instants["started"].value == dt.datetime(2026, 2, 20, 10, 0)
    for name, edit in edits_for(r):
        assert check(text, name, edit) is None, name


@pytest.mark.parametrize(
    "field",
    [
        "**Time:** 2 hours  \n**Code:** ~300 lines",  # a plan option's cost (SalfaGPT)
        # A stamped line of its own words: an entry of those words (caseapp's deployment).
        "**Time: 19:17:36 UTC** - Deployment #77 triggered",
    ],
)
def test_a_time_field_that_is_no_time_alone_makes_no_heading_entry(field: str) -> None:
    text = (
        "# T\n\n## Timeline\n\n### Phase 1: Workflow (0-15 minutes)\n\n"
        f"{field}\n\n### Phase 2: Deploy (15-25 minutes)\n\n{field}\n"
    )
    assert not any(e.text.startswith("Phase") for e in parse(text).timeline.events)


@pytest.mark.parametrize("dash", ["-", "–"])
def test_a_range_of_days_without_its_year_is_the_stamp_of_its_entry(dash: str) -> None:
    # FinTechNewsBot's "**Jan 22-26**: Old workflows continue running", Maya's "**Jan
    # 18-24**: Stayed degraded": the range is the stamp, its first day the entry's.
    text = (
        "# Outage\n\n## Timeline\n\n- **Jan 21, 2026 12:02 UTC**: Last attempt\n"
        f"- **Jan 22{dash}26**: Old workflows continue running\n"
        "- **Jan 26, 2026 06:59 UTC**: Old workflows stopped\n"
    )
    r = parse(text)
    assert [e.text for e in r.timeline.events] == [
        "Last attempt", "Old workflows continue running", "Old workflows stopped"
    ]  # fmt: skip
    assert r.timeline.events[1].date == dt.date(2026, 1, 22)
    for name, edit in edits_for(r):
        assert check(text, name, edit) is None, name


@pytest.mark.parametrize(
    ("header", "rows"),
    [
        # Sentia's fix log: a column of lengths after the action.
        ("| Time | Action | Duration | Status |\n|---|---|---|---|\n",
         "| 17:00 | Backend 502 error discovered | - | 🔴 |\n"
         "| 17:05 | Requested deployment logs | 5 min | 🟡 |\n"),
        # Nossa Maternidade's: a column of marks after it.
        ("| Time | Action | Status |\n|---|---|---|\n",
         "| 17:00 | Backend 502 error discovered | ❌ |\n"
         "| 17:05 | Requested deployment logs | ✅ |\n"),
    ],
)  # fmt: skip
def test_a_timeline_tables_action_column_is_its_words(header: str, rows: str) -> None:
    text = f"# Outage\n\n**Date:** 2025-10-20\n\n## Timeline\n\n{header}{rows}"
    r = parse(text)
    assert [e.text for e in r.timeline.events] == [
        "Backend 502 error discovered", "Requested deployment logs"
    ]  # fmt: skip
    assert metrics(r).detected_at.value == dt.datetime(2025, 10, 20, 17, 0)
    for name, edit in edits_for(r):
        assert check(text, name, edit) is None, name


def test_timed_items_under_a_time_field_line_stay_the_entries() -> None:
    # Review 55: a phase's "**Time**:" line over items with times of their own.
    r = parse(
        "# T\n\n## Timeline\n\n### Phase 1: Detection\n**Time**: 10:00 UTC\n\n"
        "- 10:05 UTC pager fired\n- 10:20 UTC engineer acked\n\n### Phase 2: Fix\n"
        "**Time**: 11:00 UTC\n\n- 11:10 UTC rolled back\n- 11:30 UTC error rate normal\n"
    )
    assert [e.text for e in r.timeline.events] == [
        "pager fired", "engineer acked", "rolled back", "error rate normal"
    ]  # fmt: skip


def test_the_prose_of_a_key_event_section_is_still_read() -> None:
    # Review 55: only the key event's time line is the entry's; its prose states the start.
    r = parse(
        "# T\n\n**Date**: 2026-01-10\n\n## Timeline\n\n### Phase 1: Detection\n"
        "**Time**: 10:00 UTC\n\nImpact had begun at 09:40 UTC when the deploy rolled out.\n\n"
        "### Phase 2: Fix\n**Time**: 11:00 UTC\n\nRolled back.\n"
    )
    utc = dt.timezone.utc
    assert metrics(r).started_at.value == dt.datetime(2026, 1, 10, 9, 40, tzinfo=utc)


def test_only_the_key_events_own_time_line_is_left_out_of_its_prose() -> None:
    # A sentence that opens with "When" is prose, though it comes before the "**Time:**" item
    # that makes its section an entry: its start is read.
    r = parse(
        "# T\n\n**Date**: 2026-01-10\n\n## Timeline\n\n### Detection\n\n"
        "When the deploy rolled out at 09:40 UTC, errors began.\n\n"
        "- **Time:** 10:00 UTC\n- **Owner:** Ann\n\n"
        "### Fix\n\n- **Time:** 11:00 UTC\n- **Owner:** Bo\n"
    )
    assert [e.text for e in r.timeline.events] == ["Detection", "Fix"]
    utc = dt.timezone.utc
    assert metrics(r).started_at.value == dt.datetime(2026, 1, 10, 9, 40, tzinfo=utc)


@pytest.mark.parametrize(
    ("header", "rows"),
    [
        # The common "| Time (UTC) | Event | Notes |" log: the notes tell what each step was.
        ("| Time (UTC) | Event | Notes |\n|---|---|---|\n",
         "| 21:30 | Deploy | new image rolled out |\n"
         "| 21:40 | Failover started | Primary detected unresponsive by monitoring |\n"
         "| 21:41 | Failover complete | Service back to normal |\n"),
        # Luckin US's RDS report: "| 时间 (UTC) | 事件 | 说明 |".
        ("| 时间 (UTC) | 事件 | 说明 |\n|---|---|---|\n",
         "| 21:30 | 部署新镜像 | 例行发布 |\n"
         "| 21:40 | Multi-AZ 故障转移启动 | 检测到主实例无响应 |\n"
         "| 21:41 | Multi-AZ 故障转移完成 | 服务恢复正常 |\n"),
    ],
)  # fmt: skip
def test_a_timeline_tables_notes_name_the_entries_milestones(header: str, rows: str) -> None:
    text = f"# Outage\n\n**Date:** 2026-01-31\n\n## Timeline\n\n{header}{rows}"
    r = parse(text)
    assert len(r.timeline.events) == 3
    assert "检测到" not in r.timeline.events[1].text  # the notes are not the entry's words
    got = metrics(r)
    utc = dt.timezone.utc
    assert got.detected_at.value == dt.datetime(2026, 1, 31, 21, 40, tzinfo=utc)
    assert got.mitigated_at.value == dt.datetime(2026, 1, 31, 21, 41, tzinfo=utc)
    for name, edit in edits_for(r):
        assert check(text, name, edit) is None, name
