"""Several incidents in one document (issue 13, item 6).

The fixtures in ``fixtures/incidents`` are written in the shapes real archives have: a
quarterly operations log (a heading per incident with its window in key lines), a status
page's history (a heading per incident, its updates newest first) and a page gathering
several post-mortems (each with its Summary, Timeline, Root cause and Action items).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from test_cli import run

import postmortem
from postmortem.metrics import aggregate, metrics

from conftest import CORPUS, DEV, FILLED, FIXTURES, SEEDS, read_exact

LOGS = FIXTURES / "incidents"

#: Each incident of each fixture: title, start and resolution, as the pages write them.
EXPECTED = {
    "quarterly-ops-log.md": [
        ("2024-01-09 — Card authorisations declined", "2024-01-09T14:02:00+00:00",
         "2024-01-09T14:51:00+00:00"),
        ("2024-01-23 — Search results stale", "2024-01-23T08:40:00+00:00",
         "2024-01-23T11:15:00+00:00"),
        ("2024-02-14 — Primary database failover", "2024-02-14T09:12:00+00:00",
         "2024-02-14T10:03:00+00:00"),
    ],
    "status-history.md": [
        ("Elevated API error rates", "2024-03-12T15:31:00+00:00", "2024-03-12T16:40:00+00:00"),
        ("Delayed webhook deliveries", "2024-03-04T09:48:00+00:00", "2024-03-04T11:20:00+00:00"),
        ("Dashboard login failures", "2024-02-27T17:36:00+00:00", "2024-02-27T18:02:00+00:00"),
    ],
    "several-postmortems.md": [
        ("Incident 1: Refunds stuck in pending (2024-03-05)", "2024-03-05T10:20:00+00:00",
         "2024-03-05T12:05:00+00:00"),
        ("Incident 2: Payouts delayed (2024-05-17)", "2024-05-17T06:00:00+00:00",
         "2024-05-17T09:40:00+00:00"),
    ],
}  # fmt: skip


def _when(value: object) -> str | None:
    return None if value is None else value.isoformat()  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_incident_with_its_start_and_resolution(name: str) -> None:
    report = postmortem.load(LOGS / name)
    got = []
    for part in report.incidents:
        mt = metrics(part)
        got.append((part.title, _when(mt.started_at.value), _when(mt.resolved_at.value)))
    assert got == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_document_stays_one_document(name: str) -> None:
    text = read_exact(LOGS / name)
    report = postmortem.parse(text)
    assert len(report.incidents) > 1
    assert postmortem.dumps(report) == text  # byte for byte, incidents read or not
    # Each incident's text is the document's own, in order.
    starts = [text.index(part.title or "") for part in report.incidents]
    assert starts == sorted(starts)


def test_incident_timelines_are_not_merged() -> None:
    report = postmortem.load(LOGS / "several-postmortems.md")
    assert len(report.timeline.events) == 8  # the document, read as one, merges them
    assert [len(p.timeline.events) for p in report.incidents] == [4, 4]
    assert [len(p.action_items) for p in report.incidents] == [2, 1]


ORDINARY = SEEDS + FILLED + CORPUS + DEV


@pytest.mark.parametrize("path", ORDINARY, ids=lambda p: p.name)
def test_an_ordinary_postmortem_is_one_incident(path: Path) -> None:
    report = postmortem.parse(read_exact(path))
    assert report.incidents == (report,)
    assert report.incidents[0] is report


def test_a_timeline_by_day_is_one_incident() -> None:
    text = (
        "# Queue backlog\n\n## Summary\n\nJobs queued for two days.\n\n## Timeline\n\n"
        "### 2024-03-04\n\n- 09:00 Backlog alert fires\n- **Impact:** jobs delayed\n"
        "- **Status:** investigating\n\n### 2024-03-05\n\n- 10:00 Workers scaled out\n"
        "- **Impact:** none\n- **Status:** resolved\n\n## Root cause\n\nA stuck consumer.\n"
    )
    assert len(postmortem.parse(text).incidents) == 1


def test_dated_sections_of_one_report_are_one_incident() -> None:
    # Headings with dates and keys, beside the report's own Impact and Root cause sections.
    text = (
        "# Login outage\n\n## Impact\n\nNo logins.\n\n## 2024-03-04 first outage\n\n"
        "**Start time:** 2024-03-04 09:00 UTC\n**Duration:** 20 minutes\n\n"
        "## 2024-03-05 recurrence\n\n**Start time:** 2024-03-05 09:00 UTC\n"
        "**Duration:** 5 minutes\n\n## Root cause\n\nA bad token cache.\n"
    )
    assert len(postmortem.parse(text).incidents) == 1


def test_a_report_built_in_code_is_one_incident() -> None:
    report = postmortem.Report(title="Built in code")
    assert report.incidents == (report,)


def test_load_all_and_aggregate_count_each_incident_once() -> None:
    reports = postmortem.load_all(LOGS)
    assert len(reports) == 8
    assert sorted(reports.names)[0].endswith("quarterly-ops-log.md#1")
    agg = aggregate([postmortem.load(p) for p in sorted(LOGS.glob("*.md"))])
    ttr = agg[None]["time_to_resolve"]
    assert ttr.count == 8 and ttr.missing == 0 and ttr.negative == 0
    assert len(ttr.reports) == 8


def test_cli_metrics_counts_each_incident_once() -> None:
    r = run("metrics", str(LOGS), "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    names = [row["report"] for row in data["reports"]]
    assert len(names) == 8
    assert [n.rsplit("#", 1)[1] for n in names if "status-history" in n] == ["1", "2", "3"]


def test_the_docs_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    import re

    page = (FIXTURES.parent.parent / "docs" / "incidents.md").read_text(encoding="utf-8")
    code = re.search(r"```python\n(.*?)```", page, re.S)
    assert code is not None
    exec(compile(code.group(1), "docs/incidents.md", "exec"), {})  # our own docs, not input
    assert capsys.readouterr().out.splitlines() == [
        "2024-01-09 — Card authorisations declined 49m",
        "2024-02-14 — Primary database failover 51m",
    ]


def test_dated_headings_under_past_incidents_are_incidents() -> None:
    # OpenProject's and Wobscale's status pages: "Past incidents" over a dated heading each,
    # their bodies prose or "(HH:MM UTC)" updates with no keys and no status labels.
    text = (
        "# Cloud status\n\n## Current issues\n\nNone.\n\n## Past incidents\n\n"
        "### Router update (2018-08-14)\n\nAbout 10 minutes of downtime as the router "
        "rebooted.\n\n### April 25th, 2018\n\n(8:15 UTC) Mail notifications restored.\n\n"
        "(7:28 UTC) Mail notifications degraded.\n\n### May 26 - 27th, 2018\n\n"
        "(9:30 UTC) Services operating normally.\n\n(8:00 UTC) A database failed.\n"
    )
    report = postmortem.parse(text)
    assert [i.title for i in report.incidents] == [
        "Router update (2018-08-14)", "April 25th, 2018", "May 26 - 27th, 2018"
    ]  # fmt: skip
    april = metrics(report.incidents[1])
    assert april.started_at.value == dt.datetime(2018, 4, 25, 7, 28, tzinfo=dt.timezone.utc)
    assert april.resolved_at.value == dt.datetime(2018, 4, 25, 8, 15, tzinfo=dt.timezone.utc)
    # A title of days dates its entries from the first; its updates are read oldest first.
    may = report.incidents[2].timeline.chronological()[0]
    assert may.at == dt.datetime(2018, 5, 26, 8, 0, tzinfo=dt.timezone.utc)
    # The same headings under any other heading are no incidents without their evidence.
    assert len(postmortem.parse(text.replace("Past incidents", "Notes")).incidents) == 1


def test_incidents_numbered_after_their_names() -> None:
    # Prysm's testnet post-mortems page: one heading per incident, its number at the end.
    one = (
        "### {name} (Incident #{n})\n\n**Date:** {day}\n\n#### Root Cause\n\nA bug.\n\n"
        "#### Timeline\n\n{day} (all times UTC)\n\n- 04:50 Alert fired\n- 06:10 Fix deployed\n\n"
    )
    text = "## Testnet incident reports\n\n" + "".join(
        one.format(name=name, n=n, day=day)
        for name, n, day in (("Chain stuck", 2, "2019-11-20"), ("Finality gap", 1, "2019-10-27"))
    )
    report = postmortem.parse(text)
    assert [i.title for i in report.incidents] == [
        "Chain stuck (Incident #2)", "Finality gap (Incident #1)"
    ]  # fmt: skip
    assert metrics(report.incidents[1]).started_at.value == dt.datetime(
        2019, 10, 27, 4, 50, tzinfo=dt.timezone.utc
    )
    # A number in parentheses that names no incident names nothing.
    assert len(postmortem.parse(text.replace("Incident #", "PR #")).incidents) == 1


def test_an_incident_log_keyed_in_another_language() -> None:
    # A Korean service's log: a window per heading, its keys the words of report sections
    # ("영향" impact, "원인" cause) or of a length ("지속").
    entry = (
        "#### {day} {a} ~ {b} (GMT+9)\n\n- 지속: {n}분\n- 영향: 로그인 실패\n- 원인: {cause}\n\n"
    )
    text = "# 기록\n\n## 장애\n\n" + "".join(
        entry.format(day=d, a=a, b=b, n=n, cause=c)
        for d, a, b, n, c in (("2025-09-05", "14:37", "15:58", 81, "DoS"),
                              ("2025-09-01", "20:01", "20:38", 37, "설정 오타"))
    )  # fmt: skip
    report = postmortem.parse(text)
    assert [i.title for i in report.incidents] == [
        "2025-09-05 14:37 ~ 15:58 (GMT+9)", "2025-09-01 20:01 ~ 20:38 (GMT+9)"
    ]  # fmt: skip
    # Each incident read alone is dated by its heading's window.
    first = metrics(report.incidents[0])
    gmt9 = dt.timezone(dt.timedelta(hours=9))
    assert first.started_at.value == dt.datetime(2025, 9, 5, 14, 37, tzinfo=gmt9)
    assert first.instants["impact_ended"].value == dt.datetime(2025, 9, 5, 15, 58, tzinfo=gmt9)
    # Keys that name no section and no length are no evidence of an incident.
    other = text.replace("영향", "메모").replace("원인", "비고").replace("지속", "작성")
    assert len(postmortem.parse(other).incidents) == 1


def test_a_log_dated_by_a_month_named_between_dots_or_after_its_year() -> None:
    # KOLIBRI Cloud's status page: "10.Feb.2020" days, its entries keyed as Azure's status
    # history keys them; Lambda Feedback's: "2025 August 27th", each with a post-mortem's
    # own sections below.
    kolibri = "# Status\n\n## Outages\n\n" + "".join(
        f"### {d} from {a}-{b} CET\n\n**Summary of Impact**:\nThe app showed no data.\n\n"
        f"**Preliminary Root Cause**:\nA deployment error.\n\n**Next Steps**:\nNone.\n\n"
        for d, a, b in (("10.Feb.2020", "17:30", "19:00"), ("29.Okt.2019", "17:00", "21:00"))
    )
    report = postmortem.parse(kolibri)
    assert len(report.incidents) == 2
    cet = dt.timezone(dt.timedelta(hours=1))
    assert metrics(report.incidents[1]).started_at.value == dt.datetime(
        2019, 10, 29, 17, tzinfo=cet
    )
    lambda_feedback = "# Status\n\n" + "".join(
        f"## {d}: {what}\n\nText.\n\n### Timeline\n\n{t} Fix began.\n\n### Lessons learned\n\n"
        "- Test more\n\n"
        for d, what, t in (("2025 August 27th", "Functions down", "2025/08/26 17:54"),
                           ("2025 March 28th", "Access blocked", "2025/03/27 09:17"))
    )  # fmt: skip
    assert [i.title for i in postmortem.parse(lambda_feedback).incidents] == [
        "2025 August 27th: Functions down", "2025 March 28th: Access blocked"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("title", "start", "end"),
    [("2024-03-05 14:00-15:30 UTC", (5, 14, 0), (5, 15, 30)),
     ("2025-09-02 01:00 ~ 2025-09-05 19:59 (UTC)", (2, 1, 0), (5, 19, 59))],
)  # fmt: skip
def test_a_title_that_is_a_window_dates_start_and_end(
    title: str, start: tuple[int, int, int], end: tuple[int, int, int]
) -> None:
    mt = metrics(postmortem.parse(f"# {title}\n\nThe API was down.\n"))
    month = 3 if title.startswith("2024") else 9
    year = int(title[:4])
    utc = dt.timezone.utc
    assert mt.started_at.value == dt.datetime(year, month, *start, tzinfo=utc)
    assert mt.instants["impact_ended"].value == dt.datetime(year, month, *end, tzinfo=utc)
    # A title that names the incident beside its day is no window.
    named = metrics(postmortem.parse(f"# {title} API outage\n\nThe API was down.\n"))
    assert named.instants["impact_ended"].value is None


def test_a_log_written_to_one_template_is_one_incident_a_heading() -> None:
    # MHCLG's planning-data log: each dated incident heading over the same parts, whose
    # names are none of a post-mortem's own sections.
    part = (
        "## Outage - {name} - {day}\n\n### Description\n\nThe {name} was down.\n\n"
        "### Running log\n\n- 09:00 Alert raised\n- 09:40 Service restarted\n\n"
        "### Postmortem\n\nA full disk.\n\n"
    )
    text = "# Incident response history\n\n" + "".join(
        part.format(name=n, day=d)
        for n, d in (
            ("Datasette", "2024-08-23"),
            ("Check Service", "2024-07-17"),
            ("Submit Service", "2024-10-08"),
        )
    )
    report = postmortem.parse(text)
    assert [i.title for i in report.incidents] == [
        "Outage - Datasette - 2024-08-23",
        "Outage - Check Service - 2024-07-17",
        "Outage - Submit Service - 2024-10-08",
    ]


def test_days_of_one_incident_with_the_same_parts_stay_one_incident() -> None:
    text = (
        "# Storage outage\n\n## Summary\n\nTwo days of slow disks.\n\n"
        "## March 4th, 2024\n\n### What we saw\n\nSlow disks.\n\n### What we did\n\nRestarts.\n\n"
        "## March 5th, 2024\n\n### What we saw\n\nStill slow.\n\n### What we did\n\nNew disks.\n"
    )
    assert len(postmortem.parse(text).incidents) == 1


def test_entry_keys_written_as_two_names_tell_an_incident() -> None:
    # Cyb3r-Jak3's downtime page: "Reason/Cause" is the cause key.
    entry = (
        "#### Downtime on March {d}, 2019\n- **Time**:\n\t- Down: 15:21 UTC\n\t- Up: 15:38 UTC\n"
        "- **Affected Services**: blog, tor exit.\n- **Reason/Cause**: CPU overload.\n\n"
    )
    text = "Downtime of the services I provide.\n\n" + entry.format(d="3rd") + entry.format(d="4th")
    assert len(postmortem.parse(text).incidents) == 2


TABLE_LOG = (
    "## Interruptions\n\n|ID|Date|Duration|Cause|Info|\n|-|-|-|-|-|\n"
    "|1|2025-12-08 22:15|5min|Blackout of 2x PoE switches|Power supply went blank|\n"
    "|2|2026-02-26 15:10 UTC|10min|DNS names not resolvable|Router disconnected|\n"
)


def test_a_table_of_one_incident_a_row_is_its_incidents() -> None:
    parts = postmortem.parse(TABLE_LOG).incidents
    got = [
        (p.title, metrics(p).instants["started"].value, metrics(p).instants["resolved"].value)
        for p in parts
    ]
    utc = dt.timezone.utc
    assert got == [
        ("Blackout of 2x PoE switches", dt.datetime(2025, 12, 8, 22, 15),
         dt.datetime(2025, 12, 8, 22, 20)),
        ("DNS names not resolvable", dt.datetime(2026, 2, 26, 15, 10, tzinfo=utc),
         dt.datetime(2026, 2, 26, 15, 20, tzinfo=utc)),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "doc",
    [
        # A post-mortem that lists earlier incidents in a table stays one incident.
        "# Outage\n\n## Timeline\n\n- 10:00 Alert fired\n- 10:30 Restored\n\n"
        "## Root cause\n\nA bad deploy.\n\n## Earlier incidents\n\n" + TABLE_LOG[18:],
        # Rows of the timeline are its entries.
        "# Outage\n\n## Timeline\n\n" + TABLE_LOG[18:],
        # A table without an end or a length tells no incident.
        "## Changes\n\n|Date|Cause|\n|-|-|\n|2025-12-08 22:15|A|\n|2026-02-26 15:10|B|\n",
    ],
)
def test_tables_that_are_no_incident_log(doc: str) -> None:
    assert len(postmortem.parse(doc).incidents) == 1


@pytest.mark.parametrize(
    "doc",
    [
        # A post-mortem whose impact table has a start and an end per region.
        "# API outage\n\n## Summary\n\nx\n\n## Impact\n\n|Start|End|Affected|\n|-|-|-|\n"
        "|2024-03-04 10:00|2024-03-04 11:00|EU|\n|2024-03-04 10:05|2024-03-04 11:30|US|\n",
        # A notice that recalls earlier incidents.
        "API outage on 4 March 2024.\n\n## Previous incidents\n\n|Date|Duration|Cause|\n"
        "|-|-|-|\n|2024-01-04 10:00|1h|A|\n|2024-02-04 10:00|2h|B|\n",
        # A maintenance schedule.
        "## Maintenance\n\n|Date|Duration|Service|Description|\n|-|-|-|-|\n"
        "|2024-01-04 10:00|1h|A|x|\n|2024-02-04 10:00|2h|B|y|\n",
    ],
)
def test_tables_of_times_that_are_not_an_incident_log(doc: str) -> None:
    assert len(postmortem.parse(doc).incidents) == 1


def test_an_incident_table_of_lengths_past_any_day_is_no_crash() -> None:
    doc = (
        "## Outages\n\n|Date|Duration|Incident|Cause|\n|-|-|-|-|\n"
        "|2024-03-04 10:00|3000000 days|Homepage down|Power|\n"
        "|2024-03-05 10:00|999999999999 days|API down|DNS|\n"
    )
    parts = postmortem.parse(doc).incidents
    assert [(p.title, p.metadata.ended_at) for p in parts] == [
        ("Homepage down", None), ("API down", None)
    ]  # fmt: skip


def test_a_log_of_days_newest_first_is_one_incident_a_day() -> None:
    # Capchdo's outage log: a heading per day, the newest at the top, months apart; the day
    # with a part of it ("上午", morning) and a full-width colon before the words.
    text = (
        "# 爆炸记录\n\n## 2025年9月17日上午：无法加载通知 JSON\n\n服务器硬盘满了。\n\n"
        "## 2024年4月13日晚上\n\n大约22:40开始504。\n\n## 2024年2月7日中午\n\n13:26重启完就好了。\n"
    )
    report = postmortem.parse(text)
    assert [i.title for i in report.incidents] == [
        "2025年9月17日上午：无法加载通知 JSON", "2024年4月13日晚上", "2024年2月7日中午"
    ]  # fmt: skip
    english = (
        "# Outages\n\n## 2025-09-17: Notifications fail to load\n\nThe disk was full.\n\n"
        "## 2024-04-13\n\nGateway timeouts after a certificate change.\n\n"
        "## 2024-02-07\n\nThe server hung and was rebooted.\n"
    )
    assert len(postmortem.parse(english).incidents) == 3
    # The same days oldest first are the days of one incident; two are not a log.
    days = english.split("\n\n## ")
    oldest_first = days[0] + "".join("\n\n## " + d.rstrip("\n") for d in reversed(days[1:]))
    assert len(postmortem.parse(oldest_first + "\n").incidents) == 1
    assert len(postmortem.parse("\n\n## ".join(days[:3]) + "\n").incidents) == 1


def test_newest_first_updates_with_times_are_one_incident() -> None:
    # A status post's updates newest first carry their times: one incident.
    text = (
        "# Storage outage\n\n## Update 27.08.2022 10:00 Uhr\n\nAlles läuft.\n\n"
        "## Update 26.08.2022 18:00 Uhr\n\nWir arbeiten daran.\n\n"
        "## Update 25.08.2022 09:00 Uhr\n\nStörung bekannt.\n"
    )
    assert len(postmortem.parse(text).incidents) == 1


def test_numbered_incidents_are_incidents_whatever_their_bodies() -> None:
    # screeps-gpt's incident log: "Incident #5" down to "#1", each body in a subsection.
    one = (
        "### Incident #{n}: CPU timeout - October 26, 2025 ({t} UTC)\n\n"
        "#### Incident Details\n\n- Shard3 timed out.\n\n"
    )
    text = "# CPU timeouts\n\n## Incident Log\n\n" + "".join(
        one.format(n=n, t=t) for n, t in ((3, "14:01"), (2, "13:01"), (1, "11:30"))
    )
    assert len(postmortem.parse(text).incidents) == 3
    # One number named twice is one incident told twice.
    assert len(postmortem.parse(text.replace("#2", "#3").replace("#1", "#3")).incidents) == 1


def test_past_exceptions_are_a_log_of_incidents() -> None:
    # UCR's HPC alerts page: "Past exceptions" over a dated heading each.
    text = (
        "# Alerts\n\n## Past exceptions\n\n### 01-Mar-2019: Storage failure\n\nStorage was"
        " down.\n\n### 05-Dec-2017: NFS issues\n\nNFS hung.\n"
    )
    assert len(postmortem.parse(text).incidents) == 2


def test_a_newest_first_log_with_ranges_of_days_and_one_slip() -> None:
    # Wynton's HPC log: ranges of days count by their last day, and one incident filed by
    # its start among those filed by their end is a slip, not another order.
    days = [
        "December 21, 2018", "December 12-20, 2018", "December 18, 2018",
        "November 28-December 19, 2018", "December 12-14, 2018", "November 8, 2018",
        "September 28 - October 11, 2018",
    ]  # fmt: skip
    text = "### Operational summary\n\nUptime was good.\n\n" + "".join(
        f"### {d}\n\n#### Nodes down\n\nSome nodes were down.\n\n" for d in days
    )
    assert len(postmortem.parse(text).incidents) == 7
    # Two slips in six steps are another order: days of one long incident, not a log.
    mixed = text.replace("November 8, 2018", "December 30, 2018")
    assert len(postmortem.parse(mixed).incidents) == 1


@pytest.mark.parametrize(
    "heads",
    [
        # One incident told newest first, a heading a day: updates, or days that follow.
        ["## Update, March 7, 2024", "## Update, March 6, 2024", "## March 5, 2024"],
        ["## Summary\n\nThe database was down.\n\n### 2024-03-07",
         "### 2024-03-06", "### 2024-03-05"],
    ],
)  # fmt: skip
def test_one_incident_told_newest_first_day_by_day_is_one(heads: list[str]) -> None:
    text = "# Database outage\n\n" + "".join(f"{h}\n\nThe database was slow.\n\n" for h in heads)
    assert len(postmortem.parse(text).incidents) == 1


def test_earlier_events_of_a_report_are_not_a_log_of_incidents() -> None:
    # "Earlier events" tells the lead-up of the one incident, dated heading by heading.
    text = (
        "# Outage\n\n## Earlier events\n\n### 2024-03-01: Deploy of v2\n\nA deploy.\n\n"
        "### 2024-02-20: Config change\n\nA change.\n\n## Timeline\n\n"
        "- 2024-03-05 10:00 UTC The site went down.\n- 2024-03-05 11:00 UTC Restored.\n"
    )
    assert len(postmortem.parse(text).incidents) <= 1


def test_a_table_of_outages_known_to_the_day_a_row_is_its_incidents() -> None:
    # SLAC S3DF's status page: "When | Duration | What", days alone, newest first.
    doc = (
        "# Status & Outages\n\n## Outages\n\n### Past\n\n|When\t|Duration | What\t|\n"
        "| --- | --- | --- |\n|Oct 21 2024\t|10 hrs (planned)| Upgrade to all Weka clusters\n"
        "|Oct 3 2024\t|1.5 hrs (unplanned)| Storage issue impacted home directories\n"
        "|Jan 15 2023 | 2 days (unplanned) | One weka server rebooted.|\n"
    )
    report = postmortem.parse(doc)
    assert [i.metadata.date for i in report.incidents] == [
        dt.date(2024, 10, 21), dt.date(2024, 10, 3), dt.date(2023, 1, 15)
    ]  # fmt: skip
    assert report.incidents[1].title == "Storage issue impacted home directories"


def test_a_log_of_numbered_incidents_on_the_first_line_has_no_title() -> None:
    # upcheck's incident log: "## Incident #1 - ..." on the first line is the log's first
    # entry, not its title, when "## Incident #2 - ..." follows at the same rank.
    text = (
        "## Incident #1 - Migration 001 down error\n** Date: 2026-04-09 **\n\nThe down "
        "migration kept the table.\n\n## Incident #2 - ENV File Variable Misname\n"
        "** Date: 2026-04-13 **\n\nThe port had a stray character.\n"
    )
    r = postmortem.parse(text)
    assert r.title is None
    assert [s.title for s in r.sections] == [
        "Incident #1 - Migration 001 down error",
        "Incident #2 - ENV File Variable Misname",
    ]
    assert len(r.incidents) == 2
    # One incident named on the first line over sections of its rank is still the title.
    one = postmortem.parse("## Incident #1 - Migration down error\n\nText.\n\n## Summary\n\nX.\n")
    assert one.title == "Incident #1 - Migration down error"


LOG_TITLED = (
    "# Incident Log — Chat Bot\n\n"
    "## 2026-07-01: Conflict error, the bot did not answer for ~4 hours\n\n"
    "The webhook and the poller both ran. We stopped the poller at 14:10.\n\n"
    "## A note on the restart script\n\nIt restarts both.\n\n"
    "## 2026-07-08: Stories not downloaded\n\nThe downloader's cookies expired; renewed.\n"
)


@pytest.mark.parametrize("title", ["Incident Log — Chat Bot", "Chat Bot — Incident Log"])
def test_a_document_titled_a_log_has_an_incident_per_dated_heading(title: str) -> None:
    # Its bodies are prose, no incident's keys: the title says what the document is.
    text = LOG_TITLED.replace("Incident Log — Chat Bot", title)
    r = postmortem.parse(text)
    assert [i.metadata.date for i in r.incidents] == [dt.date(2026, 7, 1), dt.date(2026, 7, 8)]
    assert postmortem.dumps(r) == text


@pytest.mark.parametrize(
    "text",
    [
        # One dated heading: the log holds one incident.
        LOG_TITLED.split("## A note")[0],
        # Headings of days alone are days of one incident.
        "# Incident Log\n\n## 2026-07-01\n\nDown at 14:00.\n\n## 2026-07-02\n\nBack at 09:00.\n",
        # One incident's log: named after a colon, its headings timed, or told day by day.
        LOG_TITLED.replace("Incident Log — Chat Bot", "Incident log: Chat Bot conflict"),
        "# Incident Log — API\n\n## 2026-07-01 14:00 — Migration started\n\nx\n\n"
        "## 2026-07-01 14:20 — Errors seen in the API\n\ny\n",
        "# Payments – Incident Log\n\n## 2026-07-01 Day 1: payments degrade\n\nx\n\n"
        "## 2026-07-02 Day 2: payments recover\n\ny\n",
        # Dated headings that name a report's parts, and a hyphen inside a word.
        "# Outage history\n\n## 2026-07-01 Timeline of the outage\n\n- 14:00 Down\n\n"
        "## 2026-07-08 Follow-up: root cause analysis\n\nA bad config.\n",
        LOG_TITLED.replace("Incident Log — Chat Bot", "Post-incident log"),
        # A title that only mentions a log is no log's.
        LOG_TITLED.replace("Incident Log — Chat Bot", "Chat Bot incident log review"),
        # "Incident log" as a section is a report's own log.
        "# Bot outage\n\n## Incident log\n\n### 2026-07-01: Conflict error\n\nx\n\n"
        "### 2026-07-02: Still down\n\ny\n",
    ],
)
def test_a_log_title_needs_two_dated_headings_that_say_what_happened(text: str) -> None:
    assert len(postmortem.parse(text).incidents) == 1


def test_an_incident_log_keyed_by_its_fix_and_measures() -> None:
    # litomi's log: an entry whose impact and cause are nested lists has its length, the
    # measures taken ("조치") and the fix ("해결") as keys: two keys, an incident.
    text = (
        "# 기록\n\n## 장애\n\n#### 2025-09-04 22:26 ~ 22:53 (GMT+9)\n\n- 지속: 27분\n"
        "- 내용: Unable to check out process from the pool\n- 원인: ?\n\n"
        "#### 2025-09-01 22:09 ~ 23:16 (GMT+9)\n\n- 지속: 1시간 7분\n"
        "- 내용: Unable to check out process from the pool\n- 영향\n  - 로그인 전부\n"
        "- 조치: Cloudflare Under Attack Mode 활성화\n- 원인\n  - 연결이 닫히지 않음\n"
        "- 해결: Session pooler 방식 삭제\n"
    )
    assert len(postmortem.parse(text).incidents) == 2
