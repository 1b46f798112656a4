"""Each seed template, filled in as a team would: every field lands in the right attribute."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import postmortem
from postmortem import ActionStatus, Horizon, Milestone, Priority, SeverityLevel

from conftest import FIXTURES

UTC = dt.timezone.utc


def load(name: str) -> postmortem.Report:
    return postmortem.load(FIXTURES / "filled" / name)


def test_seed_000_style() -> None:
    r = load("000-checkout-api.md")
    md = r.metadata
    assert r.title == "Post-Mortem Report: Checkout API outage"
    assert md.incident_id == "INC-2024-0412"
    assert md.date == dt.date(2024, 4, 12)
    assert md.severity is not None and md.severity.level is SeverityLevel.HIGH
    assert md.severity.text == "HIGH"
    assert md.started_at == dt.datetime(2024, 4, 12, 9, 14, tzinfo=UTC)
    assert md.ended_at == dt.datetime(2024, 4, 12, 10, 1, tzinfo=UTC)
    assert md.duration == dt.timedelta(minutes=47)
    assert md.affected_services == ["checkout-api", "payments"]
    assert md.prepared_by == "Amir Haddad" and md.approved_by == "Dana Ruiz"
    assert md.next_review == dt.date(2024, 5, 12)
    assert r.summary.text is not None and r.summary.text.startswith("Checkout requests failed")
    assert r.impact.text == "31% of checkout requests failed with HTTP 503"
    # Detection / Response / Resolution subsections of the timeline are key events.
    ev = r.timeline.events
    assert [e.text for e in ev] == ["Detection", "Response", "Resolution"]
    assert [e.milestone for e in ev] == [
        Milestone.DETECTED,
        Milestone.ACKNOWLEDGED,
        Milestone.RESOLVED,
    ]
    assert ev[0].at == dt.datetime(2024, 4, 12, 9, 20, tzinfo=UTC)
    assert r.detection.method == "Error-rate alert on checkout-api"
    assert r.detection.detected_by == "PagerDuty alert to the payments on-call"
    assert r.response.escalation == "Payments on-call paged the database team at 09:31"
    assert r.resolution.method == "Rolled back the pool-size change"
    assert r.resolution.verification == ["Error rate back under 0.1% for 30 minutes"]
    rc = r.root_cause
    assert rc.primary == (
        "The payments service pool size was lowered from 50 to 5 by a typo in the rollout manifest."
    )
    assert rc.contributing_factors == [
        "The manifest change had no review from the database team",
        "Canary traffic was too small to exhaust the pool",
        "No alert on pool saturation",
    ]
    assert rc.why_it_happened is not None and rc.why_it_happened.startswith("Pool settings live")
    imp = r.impact
    assert imp.customer.users_affected == "about 18,000 shoppers"
    assert imp.customer.geographic == "EU and US"
    assert imp.business.revenue == "an estimated 42,000 EUR in delayed orders"
    assert imp.business.compliance == "none"
    assert imp.technical.downtime == "47 minutes of partial outage"
    assert imp.technical.performance == "p99 latency rose from 300 ms to 9 s"
    ll = r.lessons
    assert ll.went_well == [
        "The error-rate alert fired within six minutes",
        "Rollback took under two minutes once chosen",
    ]
    assert len(ll.went_wrong) == 2
    assert ll.improvements == ["Link every alert to the most recent deploys"]
    items = r.action_items
    assert [a.status for a in items] == [ActionStatus.DONE] + [ActionStatus.OPEN] * 3
    assert [a.horizon for a in items] == [
        Horizon.IMMEDIATE,
        Horizon.IMMEDIATE,
        Horizon.SHORT_TERM,
        Horizon.LONG_TERM,
    ]
    assert items[1].description == "Add schema validation for pool settings"
    assert r.prevention.process == ["Require database-team review for pool settings"]
    assert r.prevention.technical == ["Validate manifests in CI"]
    assert r.prevention.monitoring == ["Dashboard of pool usage per service"]
    stated = {s.name: s.duration for s in r.stated_metrics}
    assert stated["Time to Detection (TTD)"] == dt.timedelta(minutes=6)
    assert stated["Time to Resolution (TTR)"] == dt.timedelta(minutes=47)
    assert r.team.incident_commander == "Dana Ruiz"
    assert r.team.technical_lead == "Amir Haddad"
    assert r.team.communications_lead == "Lena Vogel"
    assert r.communication.internal == ["Incident channel and a summary email to engineering"]
    assert len(r.communication.external) == 2
    assert r.follow_up.success_criteria == [
        "No pool misconfiguration reaches production",
        "Pool saturation alerts fire before users see errors",
    ]
    assert r.placeholders == []


def test_seed_001_style() -> None:
    r = load("001-vpn-outage.md")
    md = r.metadata
    assert r.title == "Office VPN gateway outage"
    assert md.date == dt.date(2024, 2, 6)
    assert md.report_date == dt.date(2024, 2, 9)
    assert md.prepared_by == "Marta Kowalski"
    assert md.team == "IT Infrastructure"
    assert md.approved_by == "Ewa Nowak"
    assert md.severity is not None and md.severity.level is SeverityLevel.HIGH  # "Major"
    assert [s.title for s in r.sections] == [
        "1. Executive Summary",
        "2. Incident Description",
        "3. Root Cause Analysis",
        "4. Impact Assessment",
        "5. Response and Resolution",
        "6. Lessons Learned",
        "7. Action Items",
        "8. Appendices",
    ]
    assert r.summary.text is not None and r.summary.text.startswith("On 2024-02-06")
    assert r.summary.key_findings == [
        "The certificate was not in the renewal inventory",
        "The expiry alert went to a retired mailbox",
    ]
    assert len(r.summary.recommendations) == 2
    d = r.details
    assert d.what_happened == "The gateway rejected all new TLS handshakes"
    assert d.where == "Primary VPN gateway in Warsaw"
    assert d.who_affected == "340 remote staff"
    ev = r.timeline.events
    assert len(ev) == 5
    # "When Did It Happen: ... 08:00 to 10:05 CET" is the only zone the report names.
    assert ev[0].at == dt.datetime(2024, 2, 6, 8, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert ev[0].at.utcoffset() == dt.timedelta(hours=1)
    assert ev[-1].text == "VPN service restored"
    assert r.root_cause.trigger == "The gateway certificate expired at 08:00."
    assert r.root_cause.primary is not None and "renewal inventory" in r.root_cause.primary
    assert r.impact.customer.services == "No remote access for two hours"
    assert r.impact.stakeholders == ["Remote staff", "Help desk"]
    assert r.response.actions == [
        "Opened a priority ticket with the certificate authority",
        "Enabled the backup gateway for executives",
    ]
    assert r.detection.time == "08:12" and r.resolution.time == "10:05"
    assert r.lessons.went_wrong == ["Certificate ownership was unclear."]
    assert r.lessons.improvements == [
        "Automate renewal with ACME",
        "Review alert recipients every quarter",
    ]
    a = r.action_items
    assert [(x.description, x.owner, x.due) for x in a] == [
        (
            "Add all gateway certificates to the renewal inventory",
            "Marta Kowalski",
            dt.date(2024, 2, 20),
        ),
        ("Route expiry alerts to the infrastructure channel", "Jonas Berg", dt.date(2024, 2, 13)),
    ]


def test_seed_002_style() -> None:
    r = load("002-search-latency.md")
    md = r.metadata
    assert md.incident_id == "INC-2024-03-07-002"
    assert md.date == dt.date(2024, 3, 7)
    assert md.severity is not None and md.severity.level is SeverityLevel.HIGH
    assert md.duration == dt.timedelta(hours=1, minutes=30)
    assert md.participants == ["Priya Natarajan", "Tom Becker", "Yuki Sato"]
    assert md.status == "Final" and md.last_updated == dt.date(2024, 3, 12)
    assert r.team.incident_commander == "Priya Natarajan"
    assert r.impact.customer.users_affected == "62% of active users"
    assert r.impact.business.revenue == "$18,000"
    assert r.impact.business.sla_credits == "$2,500"
    assert r.impact.customer.internal == ["Support queue doubled", "Marketing paused a campaign"]
    tl = r.timeline
    assert tl.timezone == "UTC"
    assert len(tl.events) == 8
    first = tl.events[1]
    assert first.at == dt.datetime(2024, 3, 7, 14, 15, tzinfo=UTC)
    assert (first.text, first.action, first.actor) == (
        "First alert fired",
        "On-call engineer paged",
        "System",
    )
    assert r.root_cause.primary is not None and r.root_cause.primary.startswith("A new query")
    assert r.root_cause.contributing_factors[1] == "Pool size left at the default of 20"
    assert r.resolution.mitigation == [
        "Raised the pool size from 20 to 80",
        "Shed recommendation traffic",
    ]
    assert r.resolution.permanent_fix == ["Added the missing index", "Rewrote the query to use it"]
    assert r.lessons.technical[0] == "Test queries against production-sized data"
    assert r.lessons.organisational == ["Search and database teams need a shared on-call runbook"]
    assert len(r.lessons.went_well) == 2 and r.lessons.went_well[0].startswith("✅ Fast paging")
    items = r.action_items
    assert [(a.id, a.owner, a.priority, a.due, a.status) for a in items[:3]] == [
        ("1", "Tom Becker", Priority.HIGH, dt.date(2024, 3, 21), ActionStatus.IN_PROGRESS),
        ("2", "Yuki Sato", Priority.HIGH, dt.date(2024, 3, 14), ActionStatus.DONE),
        ("3", "Yuki Sato", Priority.MEDIUM, dt.date(2024, 3, 28), ActionStatus.OPEN),
    ]
    assert items[1].status_text == "Done"
    # "### Action Categories" restates the table's items: it sets their category, adds none.
    assert len(items) == 3
    assert [a.category for a in items] == ["Prevent Recurrence", "Improve Detection", None]
    stated = {s.name: s.duration for s in r.stated_metrics}
    assert stated["Time to Detect"] == dt.timedelta(minutes=15)
    assert stated["Time to Mitigate"] == dt.timedelta(hours=1)


def test_seed_003_style() -> None:
    r = load("003-dns-resolver.md")
    md = r.metadata
    assert r.title == "Postmortem Report: Internal DNS resolver overload"
    assert md.started_at == dt.datetime(2024, 5, 20, 13, 5, tzinfo=UTC)
    assert md.duration == dt.timedelta(hours=1, minutes=10)
    assert md.affected_services == ["internal DNS", "build farm", "artifact cache"]
    assert md.owners == ["Platform team"]
    assert md.severity is not None and md.severity.level is SeverityLevel.MEDIUM
    assert md.next_review == dt.date(2024, 6, 17)
    assert r.summary.text is not None and r.summary.text.startswith("A misbehaving build job")
    assert r.summary.text.endswith("rate limits were added.")
    ev = r.timeline.events
    assert [e.at for e in ev] == [
        dt.datetime(2024, 5, 20, h, mi, tzinfo=UTC)
        for h, mi in ((13, 5), (13, 18), (13, 45), (14, 15))
    ]
    assert r.root_cause.primary == (
        "A build script retried DNS lookups in a tight loop with no backoff."
    )
    assert r.root_cause.contributing_factors == [
        "Resolvers had no per-client rate limit",
        "Build jobs share one resolver pool",
    ]
    assert r.detection.text == "Build failure alert in the platform channel"
    assert r.response.escalation == "Platform on-call pulled in the network team"
    assert r.lessons.went_well == ["The alert fired quickly"]
    assert r.lessons.went_wrong == ["DNS dashboards did not show per-client query rates"]
    assert r.prevention.technical == ["Per-client rate limits on all resolvers"]
    a = r.action_items
    assert [(x.description, x.owner, x.due) for x in a] == [
        ("Add per-client DNS rate limits", "Network team", dt.date(2024, 5, 27)),
        ("Add backoff to the build retry helper", "Build team", dt.date(2024, 5, 24)),
        ("Dashboard of query rates per client", "Platform team", dt.date(2024, 6, 3)),
    ]
    assert r.impact.customer.users_affected == "85 engineers"
    assert r.impact.technical.downtime == "1 hour 10 minutes"


def test_seed_004_style() -> None:
    r = load("004-queue-backlog.md")
    md = r.metadata
    assert r.title == "Order queue backlog after broker upgrade"
    assert md.incident_id == "INCIDENT-2025-01-09-0740"
    assert md.date == dt.date(2025, 1, 9)
    assert md.duration == dt.timedelta(hours=2, minutes=5)
    assert md.severity is not None and md.severity.level is SeverityLevel.CRITICAL
    assert md.status == "Resolved"
    assert [s.kind.value for s in r.sections][:3] == ["summary", "summary", "timeline"]
    assert r.summary.text == (
        "A broker upgrade halved consumer throughput and orders queued for two hours."
    )
    assert r.root_cause.primary is not None and "prefetch" in r.root_cause.primary
    assert r.resolution.why_it_worked == "Consumers fetched enough messages per round trip again."
    assert md.affected_services == ["orders", "notifications"]
    ev = r.timeline.events
    assert [e.phase for e in ev] == ["Discovery"] * 3 + ["Response"] * 2 + ["Recovery"]
    assert ev[0].text == "Queue depth alert" and ev[0].action == "On-call paged"
    assert ev[0].at == dt.datetime(2025, 1, 9, 7, 40)
    rc = r.root_cause
    assert rc.technical == "Consumers did not set prefetch explicitly"
    assert rc.process == "Upgrade checklist had no release-notes step"
    assert rc.human == "The upgrade was done at the end of a long shift"
    assert rc.system == "Staging traffic is 1% of production"
    a = r.action_items
    assert [(x.description, x.owner, x.due, x.status, x.horizon) for x in a] == [
        (
            "Pin prefetch count in consumer config",
            "Sam Okafor",
            dt.date(2025, 1, 10),
            ActionStatus.DONE,
            Horizon.IMMEDIATE,
        ),
        (
            "Add release-notes review to the upgrade checklist",
            "Lea Martin",
            dt.date(2025, 1, 16),
            ActionStatus.OPEN,
            Horizon.SHORT_TERM,
        ),
        (
            "Load test staging at 20% of production traffic",
            "Sam Okafor",
            dt.date(2025, 3, 31),
            ActionStatus.OPEN,
            Horizon.LONG_TERM,
        ),
    ]
    assert r.team.incident_commander == "Sam Okafor"
    assert r.team.scribe == "Noah Fischer"
    assert md.prepared_by == "Lea Martin"


def test_blank_seeds_read_placeholders_as_none() -> None:
    from conftest import SEEDS, read_exact

    for path in SEEDS:
        r = postmortem.parse(read_exact(path))
        assert r.placeholders, path.name
        assert r.metadata.incident_id is None, path.name
        assert all(e.at is None for e in r.timeline.events), path.name
    blank = postmortem.parse(read_exact(SEEDS[0]))
    texts = {p.text for p in blank.placeholders}
    assert "[INCIDENT-ID]" in texts and "[TIMESTAMP]" in texts
    assert blank.metadata.severity is None
