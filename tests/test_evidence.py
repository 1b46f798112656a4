"""Evidence in the parser, decisions in metrics: what the words of a report say about its
milestones (timeline wording, prose sentences, front matter) and how metrics choose."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

import postmortem
from postmortem.metrics import metrics
from postmortem.model import Milestone
from postmortem.parsing.evidence import cues

NY = ZoneInfo("America/New_York")
UTC = dt.timezone.utc


@pytest.mark.parametrize(
    ("text", "milestone"),
    [
        ("sheriffs detect infra issue, close trees", Milestone.DETECTED),
        ("A user posted an issue, notifying the ESLint team of the issue", Milestone.DETECTED),
        ("Automated warning from AWS about the load balancer", Milestone.DETECTED),
        ("Both keys are revoked so they are no longer valid credentials", Milestone.MITIGATED),
        ("The pastebin link was taken down", Milestone.MITIGATED),
        # Interventions that stop or lessen the harm, in any team's words.
        ("We bump resource guarantees for the hub", Milestone.MITIGATED),
        ("Migration patch worker scaled to zero, stopping the cache wipe loop",
         Milestone.MITIGATED),
        ("Team halts the pool and pauses the HYPE pool", Milestone.MITIGATED),
        ("Builder was shutdown.", Milestone.MITIGATED),
        ("Hypha instructs validators to revert to 22.0.0", Milestone.MITIGATED),
        ("Alchemy increases capacity on public endpoint", Milestone.MITIGATED),
        ("A PyPI Admin disables the account", Milestone.MITIGATED),
        ("Patch successfully alleviates the 504 errors", Milestone.MITIGATED),
        ("By hand remove all pods spawned by jupyterhub", Milestone.MITIGATED),
        # Told of what was removed, and decided and done at once.
        ("Remaining GitHub access removed from legacy teams", Milestone.MITIGATED),
        ("Manual fix for app.foundries.io deployed.", Milestone.MITIGATED),
        ("All user pods are deleted, which logs everyone out", Milestone.MITIGATED),
        ("Decide to delete the hub pod: `kubectl delete pod hub-7649`", Milestone.MITIGATED),
        ("The hotfix is deployed. Engineers plan to monitor it remotely.", Milestone.MITIGATED),
        # A negation negates its own sentence only.
        ("The pods would not respond to a delete. We rolled back the deployment.",
         Milestone.MITIGATED),
        ("Checks show the deploy did not compromise auth. Rolls back queue deployment.",
         Milestone.MITIGATED),
        ("More than 66% of the validators apply the upgrade and the chain resumes",
         Milestone.IMPACT_ENDED),
        ("recovery of Kroma mainnet (RPC, P2P, validator) completed", Milestone.IMPACT_ENDED),
        ("End of the incident", Milestone.RESOLVED),
        ("v2.0.0 Upgrade error reports begin", Milestone.STARTED),
        # Recovery under way is a mitigation; recovery done ends the impact.
        ("Nacks stop publishing, and the backlog starts to decrease", Milestone.MITIGATED),
        ("VMIs recreated and k3s nodes began to recover", Milestone.MITIGATED),
        ("Network stability confirmed, traffic successfully rerouted", Milestone.MITIGATED),
        ("DHCP lease processing returns to normal operation", Milestone.IMPACT_ENDED),
        ("Packet loss normalized to baseline levels", Milestone.IMPACT_ENDED),
        ("Once the backlog was cleared, reporting was accurate", Milestone.IMPACT_ENDED),
        ("It was fully caught up and verified on July 8", Milestone.IMPACT_ENDED),
        ("All of the services are returning to green.", Milestone.IMPACT_ENDED),
        ("Longhorn volumes for Kafka attached and healthy", Milestone.IMPACT_ENDED),
        ("Alle Dienste sind wieder erreichbar!", Milestone.IMPACT_ENDED),
        ("API queries to FRA1 are responding again", Milestone.IMPACT_ENDED),
        ("le site et le support sont à nouveau accessibles", Milestone.IMPACT_ENDED),
        # Chinese, Japanese and Korean, written without spaces between words.
        ("**発生** — svc-cert.pem が期限切れ到達", Milestone.STARTED),
        ("**検知** — ユーザーが「死んでいる」として報告", Milestone.DETECTED),
        ("ユーザー報告: 「データ消えまくってる」", Milestone.DETECTED),
        ("開発チーム 対応を開始", Milestone.ACKNOWLEDGED),
        ("**緩和策適用** — 8 サービスを restart", Milestone.MITIGATED),
        ("**復旧確認** — BFF ログからエラー 0/分", Milestone.IMPACT_ENDED),
        ("服务已恢复正常", Milestone.IMPACT_ENDED),
        ("서비스 복구 완료", Milestone.IMPACT_ENDED),
        ("障害は解決しました", Milestone.RESOLVED),
        # German, French, Spanish, Portuguese and Russian.
        ("Der Ausfall begann um 07:00", Milestone.STARTED),
        ("Владелец сообщает о провалах звука", Milestone.DETECTED),
        ("Problème signalé par plusieurs clients", Milestone.DETECTED),
        ("Error reportado por usuarios", Milestone.DETECTED),
        ("Início da investigação", Milestone.ACKNOWLEDGED),
        ("Пользователь освобождает около 80 GiB и перезагружает ноду", Milestone.MITIGATED),
        ("Server neu gestartet", Milestone.MITIGATED),
        ("Seit einigen Minuten ist das Login wieder möglich.", Milestone.IMPACT_ENDED),
        ("**Rétablissement Total** : Home Assistant passe en Running", Milestone.IMPACT_ENDED),
        ("Serviço restabelecido", Milestone.IMPACT_ENDED),
        ("Сервис восстановлен", Milestone.IMPACT_ENDED),
        ("Störung behoben", Milestone.RESOLVED),
        # Their short negations count only right before the words, not elsewhere in the sentence.
        ("Сервис восстановлен, ошибок больше не наблюдается", Milestone.IMPACT_ENDED),
        ("Der Dienst läuft wieder, Fehler treten nicht mehr auf", Milestone.IMPACT_ENDED),
        ("Service rétabli, pas de perte de données", Milestone.IMPACT_ENDED),
        ("Serviço restabelecido, não houve perda de dados", Milestone.IMPACT_ENDED),
        ("Incidente resuelto", Milestone.RESOLVED),
        ("Temporary measure put in place to allow our CI to run", Milestone.MITIGATED),
        ("Alchemy pushed a stopgap measure to route more traffic", Milestone.MITIGATED),
        ("The primary database had stopped accepting writes", Milestone.STARTED),
        # Turning unresponsive (UseGalaxy.eu, Titan, Redis, Civo).
        ("Database server becomes unresponsive", Milestone.STARTED),
        ("Redis shard (redis:2) became completely unresponsive", Milestone.STARTED),
        ("Writes succeeded again", Milestone.IMPACT_ENDED),
        # How it works again, said between: UseGalaxy.eu, NYC Mesh, Search.gov.
        ("The first jobs run successfully again", Milestone.IMPACT_ENDED),
        ("We rebooted the sector and it is working normally again", Milestone.IMPACT_ENDED),
        ("We began processing requests normally again", Milestone.IMPACT_ENDED),
        # The check of the whole that closes the response (ananjiani's homelab, DFDS, valen).
        ("All services confirmed healthy", Milestone.RESOLVED),
        ("All systems verified operational", Milestone.RESOLVED),
        ("Confirmed healthy: 17 containers up, all probes green", Milestone.RESOLVED),
        # A status page's history pasted: the label alone over the update.
        ("Monitoring\nWe are keeping an eye on the results.", Milestone.MITIGATED),
        ("Resolved\nThe queue is empty.", Milestone.RESOLVED),
        ("Error rate back to baseline", Milestone.IMPACT_ENDED),
        # Statuspage's all-clear.
        ("All Systems Operational", Milestone.IMPACT_ENDED),
        ("The dashboard is operational again", Milestone.IMPACT_ENDED),
        ("the issue surfaced on the Mainnet, causing the chain to halt", Milestone.STARTED),
        ("Payment processing is up and running again", Milestone.IMPACT_ENDED),
        ("Issue with relay demotion logic patched and deployed.", Milestone.MITIGATED),
        # A test's words in a detection are no report of success.
        ("Alert fired: p99 latency threshold passed", Milestone.DETECTED),
        ("Monitoring detected that the test pass rate dropped", Milestone.DETECTED),
        ("The [issue is closed](https://x.test/27) and everything seems fine", Milestone.RESOLVED),
        # A secret taken out of a repository's reach (key exposures).
        ("Compromised key revocation completed.", Milestone.MITIGATED),
        ("Git history cleaned and force-pushed", Milestone.MITIGATED),
        ("Cleaned history force-pushed", Milestone.MITIGATED),
        ("Incident identified during workflow cleanup", Milestone.DETECTED),
        ("The service is operating normally, but recent data is missing", Milestone.IMPACT_ENDED),
        # A log in the present tense (the fractureiser investigation's).
        ("The team behind this document learns of the malicious files", Milestone.DETECTED),
        ("We learned about the incident from a third party", Milestone.DETECTED),
        # Detection in Italian, Dutch, Polish, Turkish and Indonesian.
        ("🐛 Fatal Error rilevato durante login", Milestone.DETECTED),
        ("Storing gemeld door een klant", Milestone.DETECTED),
        ("Wykryto błąd w API", Milestone.DETECTED),
        ("Hata tespit edildi", Milestone.DETECTED),
        ("Masalah dilaporkan oleh pengguna", Milestone.DETECTED),
        # Restored and resolved in the same languages.
        ("✅ Trait ripristinato", Milestone.IMPACT_ENDED),
        ("Dienst weer bereikbaar", Milestone.IMPACT_ENDED),
        ("Przywrócono działanie serwera", Milestone.IMPACT_ENDED),
        ("Problema risolto", Milestone.RESOLVED),
        # Italian status pages and monitors: working again, the problem subsided.
        ("Il CED è tornato a rispondere correttamente", Milestone.IMPACT_ENDED),
        ("i servizi sono tornati a funzionare", Milestone.IMPACT_ENDED),
        ("Il servizio di ticketing è nuovamente operativo.", Milestone.IMPACT_ENDED),
        ("Il problema è rientrato ed i servizi sono tutti operativi.", Milestone.IMPACT_ENDED),
        ("Storing opgelost", Milestone.RESOLVED),
        ("Rollback uitgevoerd", Milestone.MITIGATED),
        ("Rollback durchgeführt", Milestone.MITIGATED),
        ("Sorun çözüldü", Milestone.RESOLVED),
        # A declaration, not a thought to act on (Eis's status log).
        ("We consider the outage resolved but will keep monitoring.", Milestone.RESOLVED),
    ],
)  # fmt: skip
def test_wording_names_the_milestone(text: str, milestone: Milestone) -> None:
    assert milestone in cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "Added the deprecation warning to the Icon component",  # not a detection
        # A report of success is no detection (Cosmos Hub's upgrade retro).
        "Hypha reports fresh state swap test passes.",
        "Hypha reports sync upgrade with ICS validator on provider testnet passes.",
        "The attacker unpublished the package",  # not a response
        "Our Hosting Provider initiated a server restart to mitigate",  # only an intention
        "We are working on mitigating it and restoring access",  # under way, not done
        "Rollback fails due to a schema change",  # a failed attempt
        "Tried to scale the workers up, but it did not help",  # a failed intervention
        "Restarted the node. It did not help.",  # the outcome, told in the next sentence
        # Interventions' verbs that tell of the failure itself.
        "Requests started to drop at the load balancer",
        "A migration script deleted 3000 records from the users table",
        "The OOM killer killed the worker pods",
        "The autoscaler scaled down the nodes, causing the outage",
        "The database shuts down unexpectedly",
        "TLS verification was disabled by a config change",
        "A bad redeploy of the API started the outage",
        "Disk usage increased the memory pressure",
        "Eine Seite informiert, dass wir bald wieder online sind",  # "soon": still to come
        "We rolled back; the rollback failed.",
        # Negated: what could not be done, and what users could not do.
        "Started deprecating the packages, as unpublishing is not allowed",
        "A report said that two students couldn't start their servers",
        "Power is still out. Services will be restored when power returns",  # still to come
        # Wanted, planned or agreed: not done yet.
        "Primary engineer acknowledges that they would like to re-deploy `prod`",
        "Approval granted to revoke legacy contributor teams",
        "Both teams agree that it's appropriate to release a patch",
        "The vendor proposed a workaround",
        "We are considering rolling back the release",
        # Negated right before the words, in Italian, Polish and Indonesian.
        "Il problema non è stato risolto",
        "Usługa nie przywrócona",
        "Layanan belum dipulihkan",
        "Considering a rollback to v2",
        # A status page's "Identified" update: the mitigation is under way or awaited.
        "Identified the root cause and are working with our upstream provider to mitigate",
        "Waiting on our upstream provider to apply the identified mitigations",
        "Team is trying to roll back the deploy",
        # A metric falling is the failure, not the recovery.
        "The netspace started decreasing and blocks per minute dropped",
        "OVH will take several weeks or more to bring the services online again",
        # Removed as the failure.
        "The user's account was deleted by mistake",
        # An incident reopened is back, not over.
        "re-opening outage because of reports of multiple folks getting greyscreen",
        "We are reopening this incident as errors returned",
        # A temporary measure taken away, or only wanted.
        "Temporary measure removed",
        "We need a temporary fix for the cache",
        # The failure, not a response: Allegro's post-mortem.
        "On 23rd October, at 4:19 AM a wrong server was restarted by mistake.",
        # The state before the failure, or another region's.
        "The system was operating normally until 14:05 when the deploy landed",
        "Other regions continued operating normally",
        "Key rotation started, ETA 30 minutes",
        "Key rotation started at 12:00, not yet completed",
        # A step begun, not taken effect.
        "Key rotation started.",
        "Rollback started on all hosts",
        "Recovery Started",
        # Asked for, not done; a history that is no repository's.
        "Key revocation requested from the vendor",
        "Key revocation pending",
        "Chat history was purged by retention policy",
        "Browser history cleaned",
    ],
)
def test_wording_that_marks_no_ending(text: str) -> None:
    found = cues(text)
    assert Milestone.MITIGATED not in found and Milestone.IMPACT_ENDED not in found
    if "deprecation" in text:
        assert Milestone.DETECTED not in found
    if "greyscreen" in text:
        assert Milestone.DETECTED in found  # the reports that reopened it


@pytest.mark.parametrize(
    ("text", "milestone"),
    [
        # Cosmos Hub's upgrade retro: most of the validators back, not all.
        ("Most validators are signing again. Hypha messages the rest", Milestone.MITIGATED),
        ("Some workflows are working again", Milestone.MITIGATED),
        ("After the restart, several nodes are back online", Milestone.MITIGATED),
        ("All workflows are working again", Milestone.IMPACT_ENDED),
        ("Several fixes were deployed and service is back online", Milestone.IMPACT_ENDED),
        ("We restarted and most nodes are back online", Milestone.MITIGATED),
        ("Nodes are syncing again", Milestone.IMPACT_ENDED),
        ("Most of the time the service was restored quickly", Milestone.IMPACT_ENDED),
        # MMB's status page: one service back, the others still down.
        ("Il servizio CED dovrebbe essere nuovamente funzionante, gli altri servizi sono ancora "
         "non disponibili.", Milestone.MITIGATED),
        ("Il servizio CED è nuovamente funzionante e gli altri sono ancora disponibili.",
         Milestone.IMPACT_ENDED),
        # Review 58: one to come is none.
        ("Il sito sarà nuovamente operativo entro le 18:00", None),
    ],
)  # fmt: skip
def test_a_recovery_of_some_of_what_failed_is_a_mitigation(
    text: str, milestone: Milestone | None
) -> None:
    found = cues(text)
    if milestone is None:
        assert not {Milestone.IMPACT_ENDED, Milestone.MITIGATED} & set(found)
        return
    assert milestone in found
    other = Milestone.IMPACT_ENDED if milestone is Milestone.MITIGATED else Milestone.MITIGATED
    assert other not in found


@pytest.mark.parametrize(
    "text",
    [
        # proompteng's lab: what failed named before the act, not a failed attempt.
        "Manual recovery by deleting failed VMIs; VMIs recreated and k3s nodes began to recover.",
        "Deleted failed pods so the controller would recreate them",
        # passbolt's cloud report: what was rolled back between.
        "Rollback of the release completed",
        # A fix pushed (opsydyn, Optimism); a setting put back (Ministry of Justice, Yivi).
        "Fix pushed (`b568a62`) — `publish = false` removed",
        "A fix is pushed for a bug on the claims backend",
        "DockerHub password changed back to previous value.",
        "Changed the `irma.app` DNS settings back to the old server",
        # The act as the entry's noun (Open Collective's and ikimon's timelines).
        "rollback to latest stable version",
        "Performed rollback to v1.2",
        "Rollback to v1.2 completed, no errors since",
        "**ROLLBACK: `cp site.pre-cutover site && systemctl reload nginx`**",
    ],
)
def test_an_act_on_what_failed_is_a_mitigation(text: str) -> None:
    assert Milestone.MITIGATED in cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "The rollback failed",
        "We tried to restart but it failed",
        "Restart failed again",
        "Rollback to v1.2 failed",
        "Announced rollback of the mainnet on Discord",
        "Record plugin file system times in case rollback needed",
        # Decided, planned, refused or not needed: no rollback done.
        "Decided to rollback to v1.2",
        "Rollback to v1.2 proposed; blocked by the schema migration",
        "Rollback: not needed",
        "ROLLBACK: pending approval",
        "No rollback to the previous version was possible",
        "Plan: rollback to v1.2 scheduled for tomorrow",
        # Pushed for review or not yet; the cause put back.
        "Fix not pushed yet",
        "Fix pushed to a branch for review",
        "Patch pushed to staging only",
        "A deploy changed the DNS back to the old server, breaking resolution",
        "Config was accidentally switched back to the old endpoint",
        "Rollback to v1.2 did nothing, errors continued",
        # A status, or the failure, put back: no mitigation.
        "Status Page update: Incident status changed back to monitoring.",
        "The ASG desired size was set back to 15 by the pipeline",
    ],
)
def test_an_act_that_failed_is_none(text: str) -> None:
    assert Milestone.MITIGATED not in cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "Attacker discovers open Nomad API on 135.181.138.102:4646",
        "The attacker noticed the exposed admin port",
        "Threat actors quickly detected the exposed bucket",
        # Review 48: a find in the past with its object, adverbs before it.
        "Attacker discovered leaked AWS keys in a public repository",
        "The attacker then quickly discovers the bucket",
    ],
)
def test_what_an_attacker_finds_is_no_detection(text: str) -> None:
    assert Milestone.DETECTED not in cues(text)
    # The team's find in the same words is one.
    assert Milestone.DETECTED in cues(
        text.replace("ttacker", "dmin").replace("Threat actors", "We")
    )


@pytest.mark.parametrize(
    "text",
    [
        "The attacker was detected at 10:05 by our IDS",
        "Attacker detected by GuardDuty",
        "Attacker activity reported by a customer",
        "Attacker login triggered alerts",
        "Hacker reported the bug via HackerOne",
        "Attacker detected at 10:05",
    ],
)
def test_an_attacker_found_or_reported_is_a_detection(text: str) -> None:
    # Review 47: the adversary as what was detected, or its act that raised an alert.
    assert Milestone.DETECTED in cues(text)


def test_recovery_begun_is_a_mitigation() -> None:
    assert Milestone.MITIGATED in cues("GitHub Actions began recovering; some workflows succeed")
    assert Milestone.MITIGATED in cues("k3s nodes began to recover")


def test_a_place_reopened_is_back() -> None:
    assert Milestone.IMPACT_ENDED in cues("The store reopened at 10:00")


def test_part_of_the_way_back_and_a_purpose_are_no_end() -> None:
    partly = cues("Disk space cleared. Function execution is partially restored.")
    assert Milestone.MITIGATED in partly and Milestone.IMPACT_ENDED not in partly
    purpose = cues(
        "Executors are scaled down to zero to prevent thundering herd issues when the "
        "gateways are brought back online."
    )
    assert Milestone.IMPACT_ENDED not in purpose and Milestone.MITIGATED in purpose
    # A purpose after the end does not undo it, nor one that opens its own clause, and a
    # purpose never undoes a mitigation.
    assert Milestone.IMPACT_ENDED in cues("Service restored and a limit added to prevent it")
    assert Milestone.MITIGATED in cues("To avoid further impact, we failed over to the standby")
    assert Milestone.MITIGATED in cues("In order to mitigate impact, we rolled back the release")
    assert Milestone.IMPACT_ENDED in cues("So that users could log in, service was restored")
    # An end still ahead (the Apache Software Foundation's mail outage updates), not one
    # before which something else happened in a clause of its own.
    assert Milestone.IMPACT_ENDED not in cues("More work remains before service is restored.")
    assert Milestone.IMPACT_ENDED in cues("Before noon, service was restored.")
    assert Milestone.IMPACT_ENDED in cues("Service was restored before noon.")
    assert Milestone.IMPACT_ENDED not in cues("Several steps remain before it can be resolved.")
    # The end's own verb in the present is still ahead too.
    for ahead in (
        "There is a delay before the queue recovers fully.",
        "We wait for an hour before it comes back online.",
        # Not a run to come (review 46): only "The first jobs run successfully again".
        "More work remains before jobs run successfully again.",
        "We expect jobs to run successfully again by 06:00",
        "Jobs can run successfully again once the patch lands",
        "Pour fonctionner à nouveau, il faut redémarrer le service.",
    ):
        assert Milestone.IMPACT_ENDED not in cues(ahead), ahead
    # An end that came, after "before" (review): past tense, a gerund, "and" between.
    for done in (
        "Verified the replica before service was restored.",
        "Drained the backlog before bringing the service back online.",
        "Restarted the pods that had crashed before and service recovered.",
    ):
        assert Milestone.IMPACT_ENDED in cues(done), done
    assert Milestone.RESOLVED in cues("The fix deployed before the weekend resolved the issue.")
    # "Partial" qualifies only the words right after it.
    assert Milestone.RESOLVED in cues("The partial outage was resolved")
    assert Milestone.IMPACT_ENDED in cues("Service restored, though some of the dashboards lag")


@pytest.mark.parametrize(
    "text",
    [
        "The operation is completed. The issue is resolved and no errors have been reported",
        "@andre suggests to push a v1.0.1 to avoid new discoveries",
        # A detection word inside another word, or negated right before it, or a document.
        "Migration has meant pageload times have dropped",
        "More information to follow",
        "The site was noticeably slower",
        "The storage service, despite not reporting any errors, was unable to attach",
        "We will update this entry with a detailed report on the cause",
        "The job ran without alerting anyone",
        # An alarm that stayed silent: said right after its word.
        "Handler returns statusCode 500. Alarm does not fire.",
        "The volume-spike alert did not fire for a genuine spike",
        "Alerts never triggered during the rollout",
        "The disk alarm failed to go off",
        # Begun, not done: "emergency recovery started".
        "Phase 0 緊急復旧開始: 期限切れ cert を削除",
        # "Page" the noun: a status page, an account page.
        "Our CI status page is active again, service seems to be recovering",
        "We are seeing Kubernetes nodes that were offline return to function",
        "The user's account page on crates.io is removed",
        "Status page is updated to down",
    ],
)
def test_wording_that_marks_no_detection(text: str) -> None:
    assert Milestone.DETECTED not in cues(text)


@pytest.mark.parametrize(
    "whole",
    [
        "Full SDN controller functionality restored and incident resolved",
        "Function execution is fully restored",
        "Full service resumed for every customer",
    ],
)
def test_an_end_a_later_entry_calls_full_was_a_mitigation(whole: str) -> None:
    # r0cketNet's log: the setting restored and the service restarted at 08:30, the service
    # whole again at 09:00; Inngest's and Matrix.org's say it as "fully" and "full service".
    report = postmortem.parse(
        "# T\n\n## Timeline (All times UTC)\n\n**08:00** - Controller alerts triggered  \n"
        "**08:30** - `max_connections` restored to 16000, controller service restarted  \n"
        f"**09:00** - {whole}\n\nDate: 2025-08-01\n"
    )
    mt = metrics(report)
    assert mt.mitigated_at.value == dt.datetime(2025, 8, 1, 8, 30, tzinfo=UTC)
    assert mt.impact_ended_at.value == dt.datetime(2025, 8, 1, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "We are noticing issues with new node and cluster launches in All Regions.",
        "We are noticing errors also on the primary disk. Starting emergency backups.",
        "We are currently seeing elevated response times on the API.",
    ],
)
def test_a_status_posts_present_tense_detects(text: str) -> None:
    assert Milestone.DETECTED in cues(text)


def test_a_detection_beside_a_silent_alarm_still_counts() -> None:
    # The silence negates the alarm's own words only, not the report that came instead.
    assert Milestone.DETECTED in cues("The alert did not fire; a customer reported the outage")
    assert Milestone.DETECTED in cues("Alert fired and did not resolve")


@pytest.mark.parametrize(
    "text",
    ["Joe is paged.", "PagerDuty pages the on-call engineer", "The alert pages the DB team",
     "We page someone from storage", "Bot pages @alice"],
)  # fmt: skip
def test_page_the_verb_is_a_detection(text: str) -> None:
    assert Milestone.DETECTED in cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "Google reports to be fully operational",
        "High transaction failure rate alert is resolved",
        "Cluster image pulling observed to be working again.",
        "It was reported in slack that the student's server was able to start.",
    ],
)
def test_noticing_the_end_is_no_detection(text: str) -> None:
    # What was noticed is the end of the incident, in the same sentence.
    got = cues(text)
    assert Milestone.DETECTED not in got
    assert {Milestone.IMPACT_ENDED, Milestone.RESOLVED} & set(got)


def test_a_detection_in_another_sentence_than_the_end_stays() -> None:
    assert Milestone.DETECTED in cues("Users reported errors. The service was restored.")
    assert Milestone.DETECTED in cues("Block production resumes; new issues detected")


@pytest.mark.parametrize(
    "text",
    [
        "A customer reported errors, though no alarm had fired",
        "No alerts fired; a user reported the outage",
        "We did not notice until the pager went off",
        "The first reports of errors came in",
    ],
)
def test_a_negation_voids_only_the_detection_word_it_stands_before(text: str) -> None:
    assert Milestone.DETECTED in cues(text)


def test_responding_and_engagement_are_no_acknowledgement() -> None:
    assert Milestone.ACKNOWLEDGED not in cues("Service is back online and responding to requests")
    assert Milestone.ACKNOWLEDGED not in cues("Claims backend stops responding to traffic")
    for said in ("The on-call engineer responds", "The provider's team responded",
                 "The team engages in discussions with the provider"):  # fmt: skip
        assert Milestone.ACKNOWLEDGED in cues(said), said


def test_an_event_keeps_its_cues_and_metrics_use_them() -> None:
    report = postmortem.parse(
        "# Outage\n\n## Timeline (UTC)\n\n- 2024-03-07 14:00 Deploy of release 5.2\n"
        "- 2024-03-07 14:05 Alert fired for 5xx rate\n- 2024-03-07 14:20 Release rolled back\n"
        "- 2024-03-07 14:30 Service restored\n"
    )
    events = report.timeline.events
    assert Milestone.DETECTED in events[1].cues
    assert Milestone.MITIGATED in events[2].cues
    mt = metrics(report)
    assert mt.detected_at.events == (1,)
    assert mt.mitigated_at.events == (2,)
    assert mt.impact_ended_at.events == (3,)
    assert mt.started_at.inferred  # only the first entry says when it began
    assert mt.resolved_at.inferred and "end of impact" in mt.resolved_at.reason


def test_edited_wording_is_not_read_by_metrics() -> None:
    # Metrics never read text: an event built in code marks its milestone explicitly.
    report = postmortem.parse("# X\n\n## Timeline\n\n- 2024-03-07 14:00 Deploy\n")
    report.timeline.events.append(
        postmortem.TimelineEvent(at=dt.datetime(2024, 3, 7, 14, 30), text="Service restored")
    )
    # Unmarked, the last entry stands in for the end only as an inference from its position.
    assert metrics(report).impact_ended_at.inferred
    assert "last timeline entry" in metrics(report).impact_ended_at.reason
    report.timeline.events[-1].milestone = Milestone.IMPACT_ENDED
    ended = metrics(report).impact_ended_at
    assert ended.value == dt.datetime(2024, 3, 7, 14, 30) and not ended.inferred


def test_an_incident_window_in_prose() -> None:
    report = postmortem.parse(
        '---\ntitle: Major outage\ndate: "2018-01-11"\n---\n\nOn Tuesday January 9 from 17:09 '
        "EST to approximately 23:42 EST (6 hours and 33 minutes), the platform was unavailable.\n"
    )
    ev = {e.milestone: e for e in report.evidence}
    assert ev[Milestone.STARTED].at == dt.datetime(2018, 1, 9, 17, 9, tzinfo=NY)
    assert ev[Milestone.IMPACT_ENDED].at == dt.datetime(2018, 1, 9, 23, 42, tzinfo=NY)
    assert "17:09 EST" in ev[Milestone.STARTED].quote
    mt = metrics(report)
    assert mt.impact_duration.value == dt.timedelta(hours=6, minutes=33)
    assert mt.started_at.reason.startswith("stated:")


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # Sourcegraph's privacy incident; VA.gov's check-in outage words it passively.
        ("On 2021-10-21 at 21:00 UTC, we identified a bug in our code that logged names.", True),
        ("At 21:00 UTC on 2021-10-21, it was discovered that no check-ins were successful.", True),
        ("On 2021-10-21 at 21:00 UTC, the team became aware of failed check-ins.", True),
        # A cause found is dated, not the detection (TorBox's outage page).
        ("We later discovered the true cause: at 21:00 UTC on 2021-10-21 a cronjob ran.", False),
        ("On 2021-10-21 at 21:00 UTC, we identified the root cause of the failures.", False),
    ],
)
def test_a_sentence_that_finds_the_problem_dates_the_detection(sentence: str, found: bool) -> None:
    report = postmortem.parse(f"# Incident\n\nThe extension logged names.\n\n{sentence}\n")
    detected = metrics(report).detected_at
    want = dt.datetime(2021, 10, 21, 21, 0, tzinfo=UTC) if found else None
    assert detected.value == want


def test_a_window_takes_the_day_written_on_its_end_over_the_reports_date() -> None:
    # Revoke.cash's retrospective, published the day after: the window's day is the one
    # written on its end, "on the 14th of December", not the report's date.
    report = postmortem.parse(
        "---\ntitle: Ledger Connect Kit hack\ndate: 2023-12-15\n---\n\nSome users were "
        "impacted. The only time window in which users could have been impacted was **between "
        "11:00 and 13:00 UTC on the 14th of December**.\n"
    )
    mt = metrics(report)
    assert mt.started_at.value == dt.datetime(2023, 12, 14, 11, 0, tzinfo=UTC)
    assert mt.impact_ended_at.value == dt.datetime(2023, 12, 14, 13, 0, tzinfo=UTC)


def test_times_of_a_narrative_take_the_day_its_opening_names() -> None:
    # No date field, no timeline: the opening's full date is the day of the times the prose
    # gives later, in another section.
    report = postmortem.parse(
        "# Incident report: search outage\n\nOn March 3, 2024, search was unavailable for 42 "
        "minutes.\n\n## What happened\n\nAt 09:12 UTC a configuration change was pushed. Our "
        "monitoring alerted the on-call engineer at 09:20 UTC. The change was reverted at 09:41 "
        "UTC and search traffic recovered by 09:54 UTC. We closed the incident at 10:30 UTC.\n"
    )
    mt = metrics(report)
    assert mt.started_at.value == dt.datetime(2024, 3, 3)  # the day only: no time says when
    assert mt.detected_at.value == dt.datetime(2024, 3, 3, 9, 20, tzinfo=UTC)
    assert mt.mitigated_at.value == dt.datetime(2024, 3, 3, 9, 41, tzinfo=UTC)
    assert mt.resolved_at.value == dt.datetime(2024, 3, 3, 10, 30, tzinfo=UTC)


def test_an_end_that_holds_from_a_time() -> None:
    report = postmortem.parse(
        "# Database failover\n\nDate: 2024-09-12\n\n## Summary\n\nThe primary database had "
        "stopped accepting writes at 10:02 CEST. We promoted the replica at 10:40, and writes "
        "succeeded again from 10:43.\n"
    )
    mt = metrics(report)
    cest = dt.timezone(dt.timedelta(hours=2))
    assert mt.started_at.value == dt.datetime(2024, 9, 12, 10, 2, tzinfo=cest)
    assert mt.mitigated_at.value == dt.datetime(2024, 9, 12, 10, 40, tzinfo=cest)
    assert mt.impact_ended_at.value == dt.datetime(2024, 9, 12, 10, 43, tzinfo=cest)


def test_a_window_said_by_its_length_and_start() -> None:
    report = postmortem.parse(
        "# API incident\n\n## Summary\n\nCustomers were impacted for approximately 1 hour and "
        "20 minutes, starting at 10:05 UTC on 12 January 2024.\n"
    )
    mt = metrics(report)
    assert mt.started_at.value == dt.datetime(2024, 1, 12, 10, 5, tzinfo=UTC)
    assert mt.impact_ended_at.value == dt.datetime(2024, 1, 12, 11, 25, tzinfo=UTC)


def test_a_narrative_without_a_full_date_dates_no_time() -> None:
    report = postmortem.parse(
        "# Search outage\n\nOn March 3 search was down.\n\n## What happened\n\n"
        "Our monitoring alerted the on-call engineer at 09:20 UTC.\n"
    )
    assert metrics(report).detected_at.value is None


@pytest.mark.parametrize("fence", ["```", "~~~", "````"])
def test_a_pasted_log_is_no_sentence_of_the_report(fence: str) -> None:
    # With the log, the prose reads "at 2023-01-11 14:22: failed ..." once flattened: the
    # machine's words, not the report's.
    log = f"{fence}\nfailed to fetch manifest: too many login attempts\n{fence}\n"
    text = (
        "# Login failures\n\n## Summary\n\nWe saw this error at 2023-01-11 14:22:\n\n"
        f"{log}\nUsers could not sign in. It was resolved at 15:10 UTC.\n"
    )
    report = postmortem.parse(text)
    said = {e.milestone: e for e in report.evidence}
    assert Milestone.STARTED not in said
    assert said[Milestone.IMPACT_ENDED].at == dt.datetime(2023, 1, 11, 15, 10, tzinfo=UTC)
    # The same words outside a code block are a sentence.
    plain = postmortem.parse(text.replace(fence + "\n", ""))
    assert Milestone.STARTED in {e.milestone for e in plain.evidence}


def test_log_lines_in_code_decide_neither_the_zone_nor_the_order_of_day_and_month() -> None:
    log = "```\n" + "13/02/2024 10:00:00 PST worker restarted\n" * 3 + "```\n"
    text = (
        "# Worker restarts\n\n## Timeline\n\n- 02/03/2024 10:00 Workers restarted.\n"
        f"- 02/03/2024 10:30 Restarts stopped.\n\n## Logs\n\n{log}"
    )
    report = postmortem.parse(text)
    assert report.timeline.events[0].at == dt.datetime(2024, 2, 3, 10, 0)
    # Written in the report's own words, the same lines decide both.
    said = postmortem.parse(text.replace("```\n", ""))
    assert said.timeline.events[0].at == dt.datetime(
        2024, 3, 2, 10, 0, tzinfo=ZoneInfo("America/Los_Angeles")
    )


def test_a_date_field_that_spans_days_gives_the_first_and_last_day() -> None:
    report = postmortem.parse(
        "# Tailnet DNS outage\n\n**Date:** July 27–28, 2026\n**Status:** Resolved\n\n"
        "## What happened\n\nBrowsing hung while Tailscale was connected.\n"
    )
    assert report.metadata.date == dt.date(2026, 7, 27)
    mt = metrics(report)
    assert (mt.started_at.value, mt.started_at.precision) == (dt.datetime(2026, 7, 27), "day")
    assert mt.resolved_at.value == dt.datetime(2026, 7, 28)
    assert mt.impact_ended_at.value == dt.datetime(2026, 7, 28)
    # A timeline, when there is one, dates the incident instead.
    timed = postmortem.parse(
        "# Outage\n\n**Date:** July 27–28, 2026\n\n## Timeline\n\n"
        "- 2026-07-27 10:00 Errors start.\n- 2026-07-27 11:00 Service restored.\n"
    )
    assert metrics(timed).resolved_at.value == dt.datetime(2026, 7, 27, 11, 0)


def test_a_zone_with_its_offset_is_no_window() -> None:
    # "UTC-05:00" is one zone: not a window from 23:49 UTC to 05:00.
    report = postmortem.parse(
        "# Outage\n\n**Date:** 2025-11-13\n**Time:** 23:49 UTC-05:00\n\nThe API was down.\n"
    )
    assert not [e for e in report.evidence if e.quote.startswith("Time")]
    said = postmortem.parse(
        "# Outage\n\n## Summary\n\nThe API was down from 10:00 UTC+2 to 11:30 UTC+2 on "
        "2024-03-07.\n"
    )
    plus2 = dt.timezone(dt.timedelta(hours=2))
    got = {e.milestone: e.at for e in said.evidence}
    assert got[Milestone.STARTED] == dt.datetime(2024, 3, 7, 10, 0, tzinfo=plus2)
    assert got[Milestone.IMPACT_ENDED] == dt.datetime(2024, 3, 7, 11, 30, tzinfo=plus2)


def test_start_and_end_sentences_take_the_day_written_before_them() -> None:
    report = postmortem.parse(
        "# Down for ten hours\n\nOn Friday October 18th 2024, we experienced downtime. The "
        "downtime started around 10AM after merging changes and was resolved the same day, by "
        "8PM.\n"
    )
    mt = metrics(report)
    assert mt.started_at.value == dt.datetime(2024, 10, 18, 10, 0)
    assert mt.impact_ended_at.value == dt.datetime(2024, 10, 18, 20, 0)


def test_an_end_in_the_same_sentence_takes_the_day_written_with_it() -> None:
    report = postmortem.parse(
        "# Website downtime\n\nOn Thursday, November 17th, 2016 at approximately 12:05pm our "
        "website went down and lasted until Friday, November 18th, at 3:01pm.\n"
    )
    mt = metrics(report)
    assert mt.started_at.value == dt.datetime(2016, 11, 17, 12, 5)
    assert mt.impact_ended_at.value == dt.datetime(2016, 11, 18, 15, 1)


def test_a_day_sentence_that_says_the_service_was_down_dates_the_start() -> None:
    report = postmortem.parse(
        "---\ndate: 2024-06-09\ntitle: Outage\n---\n\nOn June 4, 2024, [Bloggulus](https://b.com)"
        " was down for just under 7 hours.\n"
    )
    got = metrics(report).started_at
    assert (got.value, got.precision) == (dt.datetime(2024, 6, 4), "day")


@pytest.mark.parametrize(
    "work",
    ["began rolling it out", "started investigating", "began to work on a fix", "started recovery"],
)
def test_the_team_starting_its_work_is_no_start_of_the_incident(work: str) -> None:
    # drand's "issued a new version on February 19th ... and began rolling it out".
    report = postmortem.parse(
        "# Security post-mortem\n\nOn February 18th 2025, we received a report of a "
        f"vulnerability.\nThe team issued a new version on February 19th and {work}.\n"
    )
    mt = metrics(report)
    assert mt.detected_at.value == dt.datetime(2025, 2, 18)
    assert mt.started_at.value != dt.datetime(2025, 2, 19)


def test_a_sentence_that_names_only_a_day_gives_a_day_precision_instant() -> None:
    report = postmortem.parse(
        "# Reward distribution failure\n\nOn the 12th of March 2023, a failure was observed "
        "during the distribution of rewards.\n"
    )
    mt = metrics(report)
    assert mt.detected_at.value == dt.datetime(2023, 3, 12)
    assert mt.detected_at.precision == "day"


@pytest.mark.parametrize(
    ("key", "field"),
    [
        ("startedAt", "started_at"),
        ("start_time", "started_at"),
        ("impact_end", "repaired_at"),
        ("resolved_at", "resolved_at"),
        ("Detected At", "detected_at"),
        ("resolved_on", "resolved_at"),
        ("incident_start", "started_at"),
        ("incident_end", "repaired_at"),
        ("outage_end", "repaired_at"),
    ],
)
def test_front_matter_instants(key: str, field: str) -> None:
    report = postmortem.parse(f'---\n"{key}": 2024-03-07T14:05:00Z\n---\n# X\n')
    assert getattr(report.metadata, field) == dt.datetime(2024, 3, 7, 14, 5, tzinfo=UTC)


def test_front_matter_time_in_words_and_zone() -> None:
    report = postmortem.parse('---\nstart: "2024-03-07 14:05 PST"\n---\n# X\n')
    assert report.metadata.started_at == dt.datetime(
        2024, 3, 7, 14, 5, tzinfo=ZoneInfo("America/Los_Angeles")
    )


STATUS_PAGE = """# Elevated API errors

## Updates

[Update - 2023-03-29 16h10 UTC] Resolved: this incident has been resolved.

[Update - 2023-03-29 15h50 UTC] A fix has been implemented and we are monitoring the results.

[Update - 2023-03-29 15h20 UTC] We are investigating reports of elevated error rates.
"""


def test_status_page_updates_are_read_newest_first() -> None:
    report = postmortem.parse(STATUS_PAGE)
    assert postmortem.dumps(report) == STATUS_PAGE
    timeline = report.timeline
    assert timeline.newest_first
    assert [e.at for e in timeline.chronological()] == [
        dt.datetime(2023, 3, 29, 15, 20, tzinfo=UTC),
        dt.datetime(2023, 3, 29, 15, 50, tzinfo=UTC),
        dt.datetime(2023, 3, 29, 16, 10, tzinfo=UTC),
    ]
    mt = metrics(report)
    assert mt.detected_at.events == (2,)
    assert mt.mitigated_at.events == (1,)
    assert mt.resolved_at.events == (0,)
    assert mt.time_to_resolve.value == dt.timedelta(minutes=50)


def test_an_ordinary_timeline_is_not_newest_first() -> None:
    doc = STATUS_PAGE.replace("16h10", "15h00")
    assert not postmortem.parse(doc).timeline.newest_first


def test_a_long_history_newest_first_with_one_step_up_is_newest_first() -> None:
    # OpenProject's cloud status page: incidents and their updates newest first, over years;
    # "(1:00 UTC)" under "May 26 - 27th" is read past midnight, one step up among many down.
    days = [
        ("June 25, 2020", "(10:00 UTC) Elevated response times."),
        (
            "May 26 - 27th, 2018",
            "(7:30 UTC) Services operating normally.\n\n(1:00 UTC) A database failed.",
        ),
        ("April 25th, 2018", "(8:15 UTC) Mail restored.\n\n(7:28 UTC) Mail degraded."),
        (
            "April 16th, 2018",
            "(7:30 UTC) Services operating normally.\n\n(6:30 UTC) Timeouts seen.",
        ),
        ("March 14th, 2018", "(14:25 UTC) Resolved.\n\n(14:07 UTC) Gateway timeouts."),
    ]
    text = "# Cloud status\n\n## Past incidents\n\n" + "".join(
        f"### {d}\n\n{body}\n\n" for d, body in days
    )  # fmt: skip
    tl = postmortem.parse(text).timeline
    assert tl.newest_first
    first = tl.chronological()[0]
    assert first.at == dt.datetime(2018, 3, 14, 14, 7, tzinfo=UTC)
    # Two steps up in a log this short are no slip: it is read in the order written.
    assert not postmortem.parse(text.replace("(8:15 UTC)", "(23:15 UTC)")).timeline.newest_first


@pytest.mark.parametrize(
    "rows",
    [
        "| Time | Event |\n| --- | --- |\n| HH:MM | [When the issue started] |\n"
        "| HH:MM | [When the issue was detected] |\n",
        "| Time | Event | Action |\n| --- | --- | --- |\n"
        "| `[HH:MM]` | `[First detection/alert]` | `[Initial response]` |\n"
        "| `[HH:MM]` | `[Service restored]` | `[Verification actions]` |\n",
        "- [TIMESTAMP] - [Event or observation]\n- [TIMESTAMP] - [Event or observation]\n",
    ],
)
def test_rows_of_template_slots_are_no_events(rows: str) -> None:
    doc = f"# Post-mortem\n\n## Timeline\n\n{rows}"
    report = postmortem.parse(doc)
    assert report.timeline.events == []
    assert report.placeholders  # they stay as slots to fill
    assert postmortem.dumps(report) == doc


def test_a_half_filled_row_is_an_event() -> None:
    doc = "# P\n\n## Timeline\n\n| Time | Event |\n| --- | --- |\n| 14:00 | [Event description] |\n"
    assert len(postmortem.parse(doc).timeline.events) == 1


def test_an_event_added_to_a_template_replaces_its_slot_rows() -> None:
    doc = "# P\n\n## Timeline\n\n| Time | Event |\n| --- | --- |\n| HH:MM | [When it started] |\n"
    report = postmortem.parse(doc)
    report.timeline.events.append(
        postmortem.TimelineEvent(at=dt.datetime(2024, 3, 7, 14, 5), text="Alert fired")
    )
    out = postmortem.dumps(report)
    # The new row replaces the row of slots, in its shape.
    assert out == doc.replace("| HH:MM | [When it started] |", "| 14:05 | Alert fired       |")
    assert [e.text for e in postmortem.parse(out).timeline.events] == ["Alert fired"]


def test_a_list_indented_into_a_code_block_is_still_a_timeline() -> None:
    doc = (
        "# Credentials in logs\n\n## Timeline (UTC)\n\n"
        "    - 11:16 ::::: bstack deploys queue with new logging included\n"
        "    - 11:54 ::::: bstack notices credentials in the logs\n"
    )
    events = postmortem.parse(doc).timeline.events
    assert [e.time for e in events] == [dt.time(11, 16), dt.time(11, 54)]
    assert events[0].text == "bstack deploys queue with new logging included"


@pytest.mark.parametrize(
    "block",
    [
        "```\n- 11:16 deploy\n- 11:54 notice\n```\n",  # fenced: code, whatever it holds
        "    11:16:02 INFO worker started\n    11:16:09 ERROR queue timeout\n",  # log lines
    ],
)
def test_code_is_no_timeline(block: str) -> None:
    assert postmortem.parse(f"# X\n\n## Timeline\n\n{block}").timeline.events == []


def test_a_very_long_heading_costs_no_more_than_its_first_words() -> None:
    from postmortem.vocabulary import section_kind

    # Prefixes are tried only up to the longest phrase of the vocabulary: linear, not quadratic.
    assert section_kind("Timeline of events " + "word " * 20000).value == "timeline"


def test_opening_prose_dates_the_incident() -> None:
    # A blog-style report dates the incident before its first section, in HTML or not, with
    # the day after the time; its metadata lines are fields, not sentences.
    report = postmortem.parse(
        "# Exposure\n\n**Status**: Resolved\n\n<div class='note'>Between **18:30 on November 27,"
        " 2025** and **06:15 on November 28, 2025 (UTC)**, emails went to the wrong list.</div>"
        "\n\n## What happened\n\nA list was misconfigured.\n"
    )
    mt = metrics(report)
    assert mt.started_at.value == dt.datetime(2025, 11, 27, 18, 30, tzinfo=dt.timezone.utc)
    assert mt.impact_ended_at.value == dt.datetime(2025, 11, 28, 6, 15, tzinfo=dt.timezone.utc)
    assert all("Status" not in e.quote for e in report.evidence)


def test_hard_wrapped_entry_is_read_whole() -> None:
    report = postmortem.parse(
        "# X\n\n## Timeline\n\n- 15:18 A key is pushed to a public repository.\n"
        "- 15:40 An email is sent out to all owners of the project\n  giving an all-clear.\n"
        "  - details below the entry are not its wording: service restored\n"
    )
    events = report.timeline.events
    assert Milestone.IMPACT_ENDED in events[1].cues
    assert Milestone.IMPACT_ENDED not in events[0].cues


@pytest.mark.parametrize("said", ["outages beginning from UTC 05:13", "outages from 05:13 UTC"])
def test_a_zone_written_with_prose_times_holds_for_the_timeline(said: str) -> None:
    report = postmortem.parse(
        f"# DoS\n\n## Impact\n\nSeveral {said}.\n\n## Timeline\n\n"
        "*2023-01-04 05:13*: The website monitor triggered an alert.\\\n"
        "*2023-01-04 05:47*: Service restored.\n"
    )
    assert report.timeline.events[0].at == dt.datetime(2023, 1, 4, 5, 13, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize(
    ("said", "region"),
    [("1:20 PM Eastern Time", "America/New_York"), ("10AM Pacific time", "America/Los_Angeles")],
)
def test_a_region_named_with_a_prose_time_holds_for_the_timeline(said: str, region: str) -> None:
    report = postmortem.parse(
        "---\ntitle: Power outage\n---\n\n"
        "2024-04-06 09:59:00 - The site lost power.\n\n"
        f"2024-04-06 10:26:00 - Power should be back at {said}.\n\n"
        "2024-04-06 11:42:00 - Power is restored.\n"
    )
    want = dt.datetime(2024, 4, 6, 9, 59, tzinfo=ZoneInfo(region))
    assert report.timeline.events[0].at == want


def test_metadata_written_as_headings() -> None:
    text = (
        "## INCIDENT REPORT: Reward Distribution Failure\n\n## Date: 12th March 2023\n\n"
        "## Time: 5:13:57 UTC\n\n### Severity: Medium\n\nRewards were not distributed.\n"
    )
    report = postmortem.parse(text)
    assert report.metadata.date == dt.date(2023, 3, 12)
    assert report.metadata.started_at == dt.datetime(2023, 3, 12, 5, 13, 57, tzinfo=dt.timezone.utc)
    assert report.metadata.severity is not None
    assert [s.title for s in report.sections] == ["Date: 12th March 2023", "Time: 5:13:57 UTC"]
    assert postmortem.dumps(report) == text
    report.metadata.date = dt.date(2023, 3, 13)
    edited = postmortem.dumps(report)
    assert edited == text.replace("12th March 2023", "2023-03-13")  # only the value changes
    assert postmortem.parse(edited).metadata.date == dt.date(2023, 3, 13)


def test_key_event_summaries_in_any_wording_and_clock_forms() -> None:
    # Lifecycle points given as fields, whatever their words, with clock times written
    # "1600", "16.12", "16h20" or "17:05": read on the report's day, in its one zone.
    events = (
        "- Fault began: 1600 UTC\n- Team aware: 16.12\n- Incident declared: 16h20\n"
        "- Service restored: 17:05 UTC\n- Incident closed: 17:30\n"
    )
    utc = dt.timezone.utc
    # Under the title they are the report's key fields.
    report = postmortem.parse(f"# Outage of the API\n\n**Date:** 2024-03-07\n\n{events}")
    md = report.metadata
    assert md.started_at == dt.datetime(2024, 3, 7, 16, 0, tzinfo=utc)
    assert md.detected_at == dt.datetime(2024, 3, 7, 16, 12, tzinfo=utc)
    assert md.declared_at == dt.datetime(2024, 3, 7, 16, 20, tzinfo=utc)
    assert md.repaired_at == dt.datetime(2024, 3, 7, 17, 5, tzinfo=utc)
    assert md.resolved_at == dt.datetime(2024, 3, 7, 17, 30, tzinfo=utc)
    mt = metrics(report)
    assert mt.time_to_detect.value == dt.timedelta(minutes=12)
    assert not mt.started_at.inferred and mt.started_at.source == "metadata.started_at"
    # Under a heading of their own, with no other timeline, they are the timeline's entries,
    # each stating its milestone by its label.
    report = postmortem.parse(
        f"# Outage of the API\n\n**Date:** 2024-03-07\n\n## Key events\n\n{events}"
    )
    assert [e.text for e in report.timeline.events][:2] == ["Fault began", "Team aware"]
    mt = metrics(report)
    assert mt.time_to_detect.value == dt.timedelta(minutes=12)
    assert mt.declared_at.value == dt.datetime(2024, 3, 7, 16, 20, tzinfo=utc)
    assert mt.resolved_at.value == dt.datetime(2024, 3, 7, 17, 30, tzinfo=utc)
    assert not mt.started_at.inferred


def test_the_teams_response_starting_is_no_start_of_the_incident() -> None:
    report = postmortem.parse(
        "# Checkout errors\n\n## Timeline\n\n- **Detected**: 2024-03-03 14:02\n"
        "- **Response Started**: 2024-03-03 14:10\n- **Resolved**: 2024-03-03 15:20\n"
    )
    # Under "Timeline" the key events are its entries (there is no other timeline).
    assert [e.text for e in report.timeline.events] == ["Detected", "Response Started", "Resolved"]
    mt = metrics(report)
    assert mt.detected_at.value == dt.datetime(2024, 3, 3, 14, 2)
    assert mt.started_at.value != dt.datetime(2024, 3, 3, 14, 10)
    assert mt.resolved_at.value == dt.datetime(2024, 3, 3, 15, 20)


def test_outage_discovered_and_outage_end_fields() -> None:
    report = postmortem.parse(
        "# Disk full\n\n**Date:** 2026-04-28\n**Outage discovered:** 2026-04-28 12:21 UTC\n"
        "**Outage Start:** 1030 UTC\n**Outage End:** 1052 UTC\n\n## Summary\n\nThe disk filled.\n"
    )
    md, utc = report.metadata, dt.timezone.utc
    assert md.detected_at == dt.datetime(2026, 4, 28, 12, 21, tzinfo=utc)
    assert md.started_at == dt.datetime(2026, 4, 28, 10, 30, tzinfo=utc)
    assert md.repaired_at == dt.datetime(2026, 4, 28, 10, 52, tzinfo=utc)


@pytest.mark.parametrize(
    ("label", "milestone"),
    [("**INCIDENT START:**", Milestone.STARTED), ("**INCIDENT END:**", Milestone.RESOLVED),
     ("**OUTAGE END:**", Milestone.IMPACT_ENDED), ("**OUTAGE START**:", Milestone.STARTED)],
)  # fmt: skip
def test_a_milestone_label_in_capitals_marks_its_entry(label: str, milestone: Milestone) -> None:
    report = postmortem.parse(
        f"# Outage\n\n## Timeline\n\n- **21:00** - Could not reach the host\n"
        f"- **21:15** - {label} Firewall blocks the new IP\n"
    )
    assert report.timeline.events[1].milestone is milestone


def test_a_clock_time_field_without_a_report_day_stays_text() -> None:
    report = postmortem.parse("# Outage\n\n- Fault began: 1600\n")
    assert report.metadata.started_at is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "# Outage\n\n## Summary\n\nOn March 5, 2025, at 7:29 UTC (epoch 222464), the "
            "upgrade was activated on the testnet. Shortly after activation, validators began "
            "experiencing issues.\n",
            dt.datetime(2025, 3, 5, 7, 29, tzinfo=dt.timezone.utc),
        ),
        (
            "---\ndate: 2018-03-23\n---\n# Outage\n\n## What happened\n\nAt **11:32** we "
            "deployed a new version to build.example.org. Right after the deployment the "
            "application was not reachable anymore.\n",
            dt.datetime(2018, 3, 23, 11, 32),
        ),
    ],
)
def test_a_dated_change_followed_at_once_by_failure_is_the_start(
    text: str, want: dt.datetime
) -> None:
    assert metrics(postmortem.parse(text)).started_at.value == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "# Outage\n\n## Summary\n\nOn January 30, 2023 the upgrade height was reached at "
            "10:19 GMT on explorer.example.io. Shortly thereafter, a number of validators "
            "reported errors and timeouts.\n",
            dt.datetime(2023, 1, 30, 10, 19, tzinfo=dt.timezone.utc),
        ),
        (
            "---\ndate: 2018-03-23\n---\n# Outage\n\n## What happened\n\nAt **11:32** we "
            "deployed a new version. Right after the deployment our exception tracker started "
            "to receive a lot of exceptions.\n",
            dt.datetime(2018, 3, 23, 11, 32),
        ),
    ],
)
def test_a_detection_in_the_sentence_after_a_dated_one(text: str, want: dt.datetime) -> None:
    assert metrics(postmortem.parse(text)).detected_at.value == want


@pytest.mark.parametrize(
    "after",
    [
        "Within minutes, error reports stopped and alerts cleared.",
        "Shortly after, we notified customers that service was restored.",
    ],
)
def test_a_fix_told_after_a_dated_change_is_no_detection(after: str) -> None:
    report = postmortem.parse(
        f"# Outage\n\n## Summary\n\nAt 15:10 UTC on 2024-03-07 we rolled back the release. "
        f"{after}\n"
    )
    assert metrics(report).detected_at.value is None


def test_a_day_without_its_year_after_new_year_is_in_the_next_year() -> None:
    report = postmortem.parse(
        "# Holiday outage\n\nOn December 30th, 2016 at approximately 10:00pm our site went "
        "down and lasted until January 2nd at 3:00pm.\n"
    )
    assert metrics(report).impact_ended_at.value == dt.datetime(2017, 1, 2, 15, 0)


def test_a_dated_change_without_failure_after_it_is_no_start() -> None:
    report = postmortem.parse(
        "# Outage\n\n## Summary\n\nOn March 5, 2025, at 7:29 UTC the upgrade was activated. "
        "Shortly after, the team had lunch.\n"
    )
    assert metrics(report).started_at.value is None


def test_an_opening_line_labelled_as_prose_is_still_read() -> None:
    # "Status: Resolved" is a field; "TL;DR: between ..." and "Summary: ..." are sentences.
    report = postmortem.parse(
        "# API outage\n\n**Status**: Resolved\n\nSummary: between 12:17 and 12:30 UTC on "
        "2024-03-07 the API returned errors.\n\n## Details\n\nA bad deploy.\n"
    )
    mt = metrics(report)
    assert mt.started_at.value == dt.datetime(2024, 3, 7, 12, 17, tzinfo=dt.timezone.utc)
    assert mt.impact_ended_at.value == dt.datetime(2024, 3, 7, 12, 30, tzinfo=dt.timezone.utc)


def test_paragraphs_without_digits_still_declare_zones_and_slots() -> None:
    # Paragraphs with no digit are skipped by the timeline reader except for what they can
    # hold: a zone declaration, an unfilled slot time.
    report = postmortem.parse(
        "# X\n\n## Timeline\n\nAll times are in UTC.\n\n2024-03-07 14:00 Deploy\n\n"
        "2024-03-07 14:05 Alert fired\n\n[HH:MM] [What happened next]\n"
    )
    assert report.timeline.timezone == "UTC"
    assert report.timeline.events[0].at == dt.datetime(2024, 3, 7, 14, 0, tzinfo=dt.timezone.utc)
    assert any(p.path == "timeline.events" for p in report.placeholders)


def test_an_acknowledgement_before_any_detection_wording_dates_the_detection() -> None:
    report = postmortem.parse(
        "# Outage\n\n## Timeline (UTC)\n\n- 2024-03-07 14:00 Deploy of release 5.2\n"
        "- 2024-03-07 14:10 @ana started investigating the failing tests\n"
        "- 2024-03-07 14:30 Users reported errors on the checkout page\n"
        "- 2024-03-07 15:00 Release rolled back\n"
    )
    detected = metrics(report).detected_at
    assert detected.value == dt.datetime(2024, 3, 7, 14, 10, tzinfo=UTC)
    assert detected.inferred and "acknowledged" in detected.reason


def test_the_resolution_is_the_last_entry_that_resolves() -> None:
    # An earlier sub-problem "resolved" on the way is not the incident's resolution.
    report = postmortem.parse(
        "# Outage\n\n## Timeline\n\n- **2022-09-07**: The production deploy failed\n"
        "- **2022-09-14**: A blacklist resolved the second issue; v0.0.20 deployed\n"
        "- **2022-09-19**: A second deploy occurred, resolving the outage completely\n"
    )
    resolved = metrics(report).resolved_at
    assert resolved.value is not None and resolved.value.date() == dt.date(2022, 9, 19)


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("**Period:** March 12th 2014 18:50 UTC to 19:20 (30 minutes)",
         (2014, 3, 12, 18, 50), (2014, 3, 12, 19, 20)),
        ("* Date: May 28 2025, 11:30 AM UTC - May 29 2025, \\~17:30 PM UTC",
         (2025, 5, 28, 11, 30), (2025, 5, 29, 17, 30)),
        # Noon written "AM" in a three-hour window; an evening start runs past midnight.
        ("* Date: July 2 2025, 9:30 AM UTC - July 2 2025, 12:30 AM UTC",
         (2025, 7, 2, 9, 30), (2025, 7, 2, 12, 30)),
        ("* Date: July 2 2025, 9:30 PM UTC - 12:30 AM UTC",
         (2025, 7, 2, 21, 30), (2025, 7, 3, 0, 30)),
    ],
)  # fmt: skip
def test_a_field_whose_value_is_the_window(
    line: str, start: tuple[int, ...], end: tuple[int, ...]
) -> None:
    report = postmortem.parse(f"# Outage\n\n## Summary\n\n{line}\n\nThe site was down.\n")
    mt = metrics(report)
    want = (dt.datetime(*start, tzinfo=UTC), dt.datetime(*end, tzinfo=UTC))
    assert (mt.started_at.value, mt.impact_ended_at.value) == want
    assert mt.started_at.source == "summary"


@pytest.mark.parametrize(
    "line",
    [
        "**Duration:** 2025-08-19 14:02 UTC to 2025-08-19 14:37 UTC",
        "- **Duration:** 2025-08-19 14:02 UTC – 2025-08-19 14:37 UTC",
        "**Start–End:** 2025-08-19 14:02 → 14:37 UTC",
        "- **Start/End:** 2025-08-19 14:02 UTC -> 14:37 UTC",
        "Impact window: 2025-08-19 14:02 UTC -> 2025-08-19 14:37 UTC",
        # oxpulse: a note on the start before the joiner.
        "- **Incident window:** approx. 2025-08-19 14:02 UTC (commit `237fca5`) through "
        "2025-08-19 14:37 UTC (commit `a0f4a4a`)",
    ],
)
def test_a_metadata_field_above_the_sections_whose_value_is_the_window(line: str) -> None:
    # Fields of the opening block are read as fields, not prose; one that holds two dated
    # times joined by a dash, a word or (under a window's key) an arrow is the window.
    report = postmortem.parse(f"# Checkout errors\n\n{line}\n\n## Summary\n\nIt failed.\n")
    mt = metrics(report)
    want = (
        dt.datetime(2025, 8, 19, 14, 2, tzinfo=UTC),
        dt.datetime(2025, 8, 19, 14, 37, tzinfo=UTC),
    )
    assert (mt.started_at.value, mt.impact_ended_at.value) == want


def test_an_arrow_in_prose_converts_and_opens_no_window() -> None:
    text = "# Checkout errors\n\nDate: 2025-08-19\n\nThe job runs at 20:00 UTC → 02:00 Dhaka.\n"
    assert metrics(postmortem.parse(text)).impact_ended_at.value is None


def test_the_zone_on_a_windows_end_is_its_starts_over_the_reports_zone() -> None:
    # Later entries say UTC; the window says CET once, at its end, for both ends.
    report = postmortem.parse(
        "# Restart loop\n\n**Date**: November 4, 2025, 16:00-17:00 CET  \n**Status**: done\n\n"
        "## Timeline\n\n- **Nov 4, 16:00** - Alerts\n- **Nov 6, 10:54 UTC** - Fix deployed\n"
    )
    mt = metrics(report)
    cet = dt.timezone(dt.timedelta(hours=1))
    assert mt.started_at.value == dt.datetime(2025, 11, 4, 16, 0, tzinfo=cet)
    assert mt.impact_ended_at.value == dt.datetime(2025, 11, 4, 17, 0, tzinfo=cet)


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [("~30 minutes (16:15 - 16:45 UTC)", (16, 15), (16, 45)),
     ("~10 hours (01:41 UTC - 11:15 UTC)", (1, 41), (11, 15)),
     ("~1h 50m (9:30 AM – 11:20 AM UTC)", (9, 30), (11, 20))],
)  # fmt: skip
def test_a_length_field_with_its_window_in_parentheses(
    value: str, start: tuple[int, int], end: tuple[int, int]
) -> None:
    # An opening metadata field: read as a field, and its window as the incident's.
    report = postmortem.parse(
        f"# Load spike\n\n**Date**: Thursday, Dec 25, 2025\n**Duration**: {value}\n\n"
        "## What happened\n\nThe host was slow.\n"
    )
    mt = metrics(report)
    day = (2025, 12, 25)
    assert mt.started_at.value == dt.datetime(*day, *start, tzinfo=UTC)
    assert mt.impact_ended_at.value == dt.datetime(*day, *end, tzinfo=UTC)


@pytest.mark.parametrize(
    "row",
    [
        # lucos's metadata table: the length, its window in parentheses joined by "to".
        "| **Duration** | ~15 minutes (23:33 UTC to 23:48 UTC) |",
        # iTutor's: a window field with an arrow.
        "| Full outage window | 23:33 → 23:48 UTC |",
        "| Window | 23:33 UTC to 23:48 UTC |",
    ],
)
def test_a_metadata_tables_window_field_is_read_as_its_field_line(row: str) -> None:
    report = postmortem.parse(
        f"# DNS outage\n\n| Field | Value |\n|---|---|\n| **Date** | 2026-06-07 |\n{row}\n\n"
        "## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| 22:53 | Change merged |\n"
        "| 23:34 | Zone not loaded |\n| 23:48 | Service restored |\n"
    )
    mt = metrics(report)
    assert mt.started_at.value == dt.datetime(2026, 6, 7, 23, 33, tzinfo=UTC)
    assert mt.impact_ended_at.value == dt.datetime(2026, 6, 7, 23, 48, tzinfo=UTC)


@pytest.mark.parametrize(
    "row",
    [
        # Review 23: a window field's key that names another window than the incident's.
        "| Maintenance window | 02:00 to 04:00 UTC |",
        "| Deploy window | 22:00 to 23:00 UTC |",
        "| Previous incident | 2026-05-01, 10:00 to 11:00 UTC |",
        "Maintenance window: 02:00 to 04:00 UTC",
    ],
)
def test_a_window_field_naming_another_window_is_not_the_incidents(row: str) -> None:
    report = postmortem.parse(
        f"# DNS outage\n\n| Field | Value |\n|---|---|\n| **Date** | 2026-06-07 |\n{row}\n\n"
        "## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| 22:53 | Change merged |\n"
        "| 23:34 | Zone not loaded, errors |\n| 23:48 | Service restored |\n"
    )
    mt = metrics(report)
    assert mt.started_at.value == dt.datetime(2026, 6, 7, 23, 34, tzinfo=UTC)
    assert mt.impact_ended_at.value == dt.datetime(2026, 6, 7, 23, 48, tzinfo=UTC)


@pytest.mark.parametrize(
    ("meta", "incidents"),
    [
        # Review 24: the key's one word before the window's word decides, not the last
        # field's value before it, nor a key word that names the impact.
        ("**Root cause:** bad DNS change\n**Outage window:** 23:10 to 23:40 UTC", True),
        ("**Trigger:** a deploy\n**Impact window:** 23:10 to 23:40 UTC", True),
        ("**Impact:** Backup job\n**Time:** 23:10 - 23:40 UTC", True),
        ("**Business impact window:** 23:10 to 23:40 UTC", True),
        ("**Backup outage window:** 23:10 to 23:40 UTC", True),
        ("**Rollback window:** 23:10 to 23:40 UTC", False),
        ("**Migration window:** 23:10 to 23:40 UTC", False),
        # Review 25: the key is its own line's, whatever the last field's value says.
        ("**Trigger:** Deploy\n**Time:** 23:10 - 23:40 UTC", True),
        ("**Team:** Support\n**Duration:** 30 minutes (23:10 to 23:40 UTC)", True),
        ("**Previous outage window:** 23:10 to 23:40 UTC", False),
        ("**Release train window:** 23:10 to 23:40 UTC", False),
        # Review 26: a sentence before a colon is no key.
        ("During the release window: checkout failed from 23:10 to 23:40 UTC.", True),
        ("Deploy time: 2026-06-07 23:05 UTC. Checkout failed from 23:10 to 23:40 UTC.", True),
    ],
)
def test_a_window_fields_own_key_says_whose_window_it_is(meta: str, incidents: bool) -> None:
    report = postmortem.parse(
        f"# DNS outage\n\n**Date:** 2026-06-07\n{meta}\n\n## Timeline\n\n"
        "| Time (UTC) | Event |\n|---|---|\n| 22:53 | Change merged |\n"
        "| 23:34 | Zone not loaded, errors |\n| 23:48 | Service restored |\n"
    )
    start = metrics(report).started_at.value
    assert start == dt.datetime(2026, 6, 7, 23, 10 if incidents else 34, tzinfo=UTC)


def test_cstate_updates_joined_by_hard_breaks_are_one_entry_each() -> None:
    text = (
        "---\ntitle: Bot down\ndate: 2020-05-29T10:34:06Z\nresolved: true\n---\n"
        "Both bots are down.\\\n"
        '**Issue identified:** The host failed. {{< track "2020-05-30 14:23:00" >}} \\\n'
        '**Monitoring:** A hot fix is in. {{< track "2020-05-30 18:52:00" >}}\\\n'
        '**Update:** Still watching. {{< track "2020-06-01 09:52:00" >}}\n\n'
        '**Resolved:** Moved to a new container. {{< track "2020-06-08 1:00:00" >}}\n'
    )
    report = postmortem.parse(text)
    # The front matter's times are UTC ("Z"), as cState writes them, and Hugo reads a track
    # shortcode's time in the site's zone, UTC unless configured: the updates are in UTC.
    assert [e.at for e in report.timeline.events] == [
        dt.datetime(2020, 5, 30, 14, 23, tzinfo=UTC), dt.datetime(2020, 5, 30, 18, 52, tzinfo=UTC),
        dt.datetime(2020, 6, 1, 9, 52, tzinfo=UTC), dt.datetime(2020, 6, 8, 1, 0, tzinfo=UTC),
    ]  # fmt: skip
    assert report.timeline.events[1].text.startswith("**Monitoring:** A hot fix is in.")
    assert postmortem.dumps(report) == text


@pytest.mark.parametrize(
    ("label", "milestone"),
    [("Mitigated", Milestone.MITIGATED), ("Solved", Milestone.RESOLVED),
     ("Monitoring", Milestone.MITIGATED), ("Resolved", Milestone.RESOLVED)],
)  # fmt: skip
def test_a_status_update_label_names_its_milestone(label: str, milestone: Milestone) -> None:
    report = postmortem.parse(
        f"---\ntitle: Feeds delayed\ndate: 2020-08-17T14:00:00Z\n---\n\n"
        f"::: update {label} | 2020-08-17T16:48:26.000Z\nThe notes are sent again.\n:::\n\n"
        "::: update Investigating | 2020-08-17T14:38:07.000Z\nWe look into it.\n:::\n"
    )
    assert report.timeline.events[0].milestone is milestone


@pytest.mark.parametrize(
    ("lead", "milestone"),
    [
        ("**Monitoring:** The host has a hot fix.", Milestone.MITIGATED),
        ("**Monitoring**: The host has a hot fix.", Milestone.MITIGATED),
        ("**Mitigated** - Traffic moved away.", Milestone.MITIGATED),
        ("Monitoring - A fix has been implemented.", Milestone.MITIGATED),
        ("__Investigating__ We look into it.", Milestone.ACKNOWLEDGED),
        ("**Resolved** This incident has been resolved.", Milestone.RESOLVED),
        # A word that opens a sentence, and a label that names no milestone, are no label.
        ("Monitoring the database for errors.", None),
        ("**Update:** The host is still at it.", None),
    ],
)
def test_a_status_label_that_opens_an_entry_names_its_milestone(
    lead: str, milestone: Milestone | None
) -> None:
    report = postmortem.parse(
        f"# Bot down\n\n## Timeline\n\n- 2020-05-30 14:23 The bot is down.\n"
        f"- 2020-05-30 18:52 {lead}\n"
    )
    # Wording of the entry: a cue, read again from the text whenever the text changes.
    event = report.timeline.events[1]
    assert (
        (milestone in event.cues)
        if milestone
        else not set(event.cues) & {Milestone.MITIGATED, Milestone.ACKNOWLEDGED, Milestone.RESOLVED}
    )


@pytest.mark.parametrize(
    "updates",
    [
        # Newest first, the opening post a plain statement of the fault (Statusfy pages).
        "::: update Resolved | 2018-03-03T16:45:00Z\nService is back online.\n:::\n\n"
        "::: update Ongoing | 2018-03-03T15:27:00Z\nRequests to the API fail.\n:::\n",
        "Requests to the API fail.\n\n::: update Resolved | 2018-03-03T16:45:00Z\n"
        "A misconfiguration caused the failures; it is fixed.\n:::\n",
    ],
)
def test_a_status_page_incident_is_detected_when_its_page_opened_it(updates: str) -> None:
    report = postmortem.parse(
        "---\ntitle: API outage\ndate: 2018-03-03T15:27:00Z\nresolved: true\n---\n\n" + updates
    )
    got = metrics(report).detected_at
    assert got.value == dt.datetime(2018, 3, 3, 15, 27, tzinfo=UTC)
    assert "status page" in got.reason


@pytest.mark.parametrize(
    ("body", "detected"),
    [
        ("We are investigating reports of API errors.\n", True),
        ("There is an ongoing outage in the datacenter. We are working on fixing things.\n", True),
        ("First DoS ever at mataroa today! Django died.\n", False),  # a retrospective
        # The failure told as going on when posted: EIS's, Hygraph's and HardyPress's pages.
        ("*A Cloudflare outage is affecting our web services making them unreachable.*\n", True),
        ("Our CDN provider is currently facing issues.\n", True),
        ("An outage on a major cloud provider is causing downtime on our API.\n", True),
        ("The outage was causing errors for an hour; this post explains what happened.\n", False),
        ("The bug that caused the outage was affecting only old clients.\n", False),
        # Review 58: the failure must be the subject, told as going on now.
        ("We know that outages like this are affecting your business. Here is Saturday.\n", False),
        ("A memory leak is impacting throughput under load, which took the API down.\n", False),
        ("The new rate limiter is preventing a repeat of Saturday's outage.\n", False),
        ("Nothing is currently affecting our services any more.\n", False),
        ("We are experiencing record growth, and on Saturday the API fell over.\n", False),
        ("After investigating the logs, we found that a migration locked a table.\n", False),
        ("Our engineers are working on a long-term fix for the root cause.\n", False),
        ("We are aware that this outage hurt; this post explains what happened.\n", False),
        # cState's updates stand newest first: the opening post is the last (X4B's AutoSSL
        # issue; a PayPal-delays notice and cynderhost's DNS issue in the search index).
        (
            "*Update* - Looks resolved. We will continue to monitor.\n\n*Investigating* - Issue "
            "seems to have been limited to 13/37k certificates we generate. We believe this was "
            "caused by an increase in errors due to a large number of bad certificate generations "
            "being attempted.\n\nWe have made some changes and are monitoring. Please let us know "
            "if you have any issues.\n\n*Investigating* - We are investigating a potential issue "
            "that might affect the uptime of one of our services.",
            True,
        ),
        (
            "*Resolved* - Fixed.\n\n*Identified* - After investigating the logs, we found the "
            "cause.\n",
            False,
        ),
    ],
)
def test_a_status_post_that_opens_the_incident_dates_the_detection(
    body: str, detected: bool
) -> None:
    report = postmortem.parse(
        "---\ntitle: API outage\ndate: 2018-03-03T15:27:00Z\nresolved: true\n"
        "resolvedWhen: 2018-03-03T16:45:00Z\n---\n" + body
    )
    want = dt.datetime(2018, 3, 3, 15, 27, tzinfo=UTC) if detected else None
    assert metrics(report).detected_at.value == want


# -- found by an independent review ------------------------------------------------------------


def test_a_number_before_a_day_is_no_range_of_days() -> None:
    from postmortem.timestamps import parse_date

    for title in ("Incident 7 - 28 March 2026", "SEV2 – 28 March 2026", "v1.2 - 28 March 2026"):
        assert parse_date(title) == dt.date(2026, 3, 28), title


def test_a_range_of_days_gives_way_to_times_the_prose_gives() -> None:
    report = postmortem.parse(
        "# Slow API\n\n**Date**: July 27–28, 2026\n\n## Summary\n\nThe API was slow from 23:00 "
        "UTC to 01:00 UTC.\n"
    )
    assert all(e.precision == "minute" for e in report.evidence)


def test_inline_code_of_three_backticks_is_no_fence() -> None:
    report = postmortem.parse(
        "# Rollback\n\n## Summary\n\n```kubectl rollout undo``` was run.\n\nThe API was down "
        "from 10:00 UTC to 10:45 UTC on 2026-03-03.\n"
    )
    got = {e.milestone: e.at for e in report.evidence}
    assert got[Milestone.STARTED] == dt.datetime(2026, 3, 3, 10, 0, tzinfo=UTC)


def test_a_window_written_close_with_zones_is_a_window() -> None:
    report = postmortem.parse(
        "# Outage\n\n## Summary\n\nImpact window: 14:00 UTC-15:30 UTC, March 3, 2026\n"
    )
    got = {e.milestone: e.at for e in report.evidence}
    assert got[Milestone.IMPACT_ENDED] == dt.datetime(2026, 3, 3, 15, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    ["Page sent to the primary on-call", "First page fires for high error rate",
     "On-call engineer receives a page"],
)  # fmt: skip
def test_page_the_alert_is_a_detection(text: str) -> None:
    assert Milestone.DETECTED in cues(text)


@pytest.mark.parametrize(
    "text",
    ["復旧完了予定は11:00", "服务仍未恢复正常", "お客様へ状況を報告",
     # Negated in German, French and Russian; a finding is no detection.
     "Der Dienst ist nicht wiederhergestellt", "ArgoCD ne parvient pas à redémarrer",
     "Сервис не восстановлен", "Leider wurde festgestellt, dass das System nicht funktioniert"],
)  # fmt: skip
def test_plans_negations_and_reports_made_mark_nothing(text: str) -> None:
    assert cues(text) == ()


@pytest.mark.parametrize(
    ("text", "milestone"),
    [("System operational", Milestone.IMPACT_ENDED),
     ("Primary engineer declares `prod` hub online", Milestone.IMPACT_ENDED),
     ("Systém se zotavil, SSH funguje", Milestone.IMPACT_ENDED),
     ("The site is operational.", Milestone.IMPACT_ENDED)],
)  # fmt: skip
def test_a_service_named_working_ends_the_impact(text: str, milestone: Milestone) -> None:
    assert milestone in cues(text)


@pytest.mark.parametrize(
    "text",
    ["Systems operational with degraded performance", "Service operational but slow",
     "System operational status: degraded", "API operational metrics show 50% errors",
     "Service operational? Checking", "Declared online voting open",
     "Declared the backup server online as primary"],
)  # fmt: skip
def test_a_partial_state_or_another_sense_of_operational_ends_nothing(text: str) -> None:
    assert Milestone.IMPACT_ENDED not in cues(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [("Guillaume découvre sites inaccessibles", True), ("Storing ontdekt door monitoring", True),
     ("Gangguan ditemukan", True), ("Scoperto il bug", True),
     ("Erreurs remontées par notre système de surveillance", True),
     # A cause found, a fix found, an escalation: no detection.
     ("L'équipe découvre la cause : un certificat expiré", False),
     ("Descobre que o certificado expirou", False), ("Oorzaak ontdekt", False),
     ("Akar masalah ditemukan", False), ("Encontramos a solução", False),
     ("Time descobre o motivo da falha", False), ("Descubrimos el motivo del fallo", False),
     ("De oorzaak werd ontdekt in de config", False), ("Scoperta la causa del guasto", False),
     ("Problème remonté par l'astreinte au fournisseur", False)],
)  # fmt: skip
def test_discovered_in_other_languages_is_a_detection_not_a_cause_found(
    text: str, found: bool
) -> None:
    assert (Milestone.DETECTED in cues(text)) is found


def test_a_plain_monitoring_colon_is_no_status_label() -> None:
    report = postmortem.parse(
        "# Outage\n\n**Date:** 2026-03-03\n\n## Timeline\n\n- 10:00 UTC Deploy\n"
        "- 10:05 UTC Monitoring: Datadog alert fires\n- 10:20 UTC Rolled back\n"
    )
    assert Milestone.MITIGATED not in report.timeline.events[1].cues
    assert metrics(report).mitigated_at.value == dt.datetime(2026, 3, 3, 10, 20, tzinfo=UTC)


@pytest.mark.parametrize(
    ("post", "at"),
    [("Update 02:24 UTC: we found the issue.", dt.datetime(2024, 12, 10, 2, 24, tzinfo=UTC)),
     ("**Update: 09:55** This issue has now been resolved.", dt.datetime(2024, 12, 10, 9, 55))],
)  # fmt: skip
def test_a_status_posts_one_labelled_update_is_its_timeline(post: str, at: dt.datetime) -> None:
    text = f"---\ndate: 2024-12-10\n---\n\nVisits were not counted.\n\n{post}\n"
    report = postmortem.parse(text)
    assert [e.at for e in report.timeline.events] == [at]
    assert postmortem.dumps(report) == text
    # Other labels open key-event fields, not entries.
    assert not postmortem.parse(text.replace("Update", "Resolved")).timeline.events


def test_a_report_without_a_timeline_dates_its_steps_in_sentences() -> None:
    # The entry vocabulary read in a sentence with one time, when no timeline exists.
    report = postmortem.parse(
        "# Power outage\n\nOn March 6th 2019 at 10:26 EST, we were informed by the UPS that "
        "power was out. I rolled back the failover at 11:40 EST. The issue was resolved at "
        "13:05 EST.\n"
    )
    mt = metrics(report)
    est = ZoneInfo("America/New_York")
    assert mt.detected_at.value == dt.datetime(2019, 3, 6, 10, 26, tzinfo=est)
    assert mt.mitigated_at.value == dt.datetime(2019, 3, 6, 11, 40, tzinfo=est)
    assert mt.resolved_at.value == dt.datetime(2019, 3, 6, 13, 5, tzinfo=est)
    assert "rolled back" in mt.mitigated_at.reason


def test_sentences_do_not_speak_over_a_timeline() -> None:
    report = postmortem.parse(
        "# Outage\n\nWe rolled back at 09:00 UTC on 2024-03-07.\n\n## Timeline\n\n"
        "- 2024-03-07 08:00 UTC Errors rise\n- 2024-03-07 08:30 UTC Release reverted\n"
    )
    assert metrics(report).mitigated_at.value == dt.datetime(2024, 3, 7, 8, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "day"),
    [("Am 11.05.2024 fiel der Server aus. Um 20:05 war der Dienst wieder online.",
      dt.date(2024, 5, 11)),
     ("Am 12. Mai 2024 fiel der Server aus. Um 20:05 war der Dienst wieder online.",
      dt.date(2024, 5, 12)),
     ("Le 28 février 2026, le site est tombé en panne. Le service a été rétabli à 20:05.",
      dt.date(2026, 2, 28))],
)  # fmt: skip
def test_a_sentence_takes_its_day_from_a_date_in_the_reports_language(
    text: str, day: dt.date
) -> None:
    # A dotted date is day-first; month names in German and French date the sentence too.
    ended = metrics(postmortem.parse(f"# Ausfall\n\n{text}\n")).impact_ended_at.value
    assert ended == dt.datetime.combine(day, dt.time(20, 5))


def test_a_sentence_does_not_run_across_table_cells() -> None:
    # "at 21:36:32) | | Time to resolve | ... restored" is two cells, not one sentence.
    report = postmortem.parse(
        "# Account expired\n\n| Field | Value |\n| --- | --- |\n"
        "| Detected | 2026-10-02 21:36 UTC (injection at 21:36:32) |\n"
        "| Time to resolve | about 6 min (fault, then restored about 21:42) |\n"
    )
    ended = metrics(report).impact_ended_at.value
    assert ended is None or (ended.hour, ended.minute) != (21, 36)


def test_a_report_with_only_a_date_began_that_day_inferred() -> None:
    mt = metrics(postmortem.parse("# 2021-2-27 Furucombo attack\n\nThe proxy was drained.\n"))
    assert mt.started_at.value == dt.datetime(2021, 2, 27)
    assert mt.started_at.inferred and mt.started_at.precision == "day"


def test_the_reports_date_is_no_start_beside_an_earlier_day() -> None:
    body = "On 2019-12-04 we detected the anomaly."
    mt = metrics(postmortem.parse(f"# Outage\n\n**Date:** 2019-12-16\n\n{body}\n"))
    assert mt.started_at.value is None


def test_the_reports_date_beside_a_time_of_day_starts_it_to_the_day_only() -> None:
    # deSEC's status entry ("date: 2020-06-04 00:00:00", resolved at 07:00), Node.js's
    # incident report (dated, its end a time): the day is known, no duration from midnight.
    text = "# Outage\n\n**Date:** 2019-12-16\n\nThe issue was resolved at 14:00.\n"
    mt = metrics(postmortem.parse(text))
    assert mt.started_at.value == dt.datetime(2019, 12, 16)
    assert mt.started_at.inferred and mt.started_at.precision == "day"
    assert mt.resolved_at.value == dt.datetime(2019, 12, 16, 14, 0)
    assert mt.time_to_resolve.value is None


def test_a_naive_front_matter_time_is_in_the_zone_of_the_timeline() -> None:
    report = postmortem.parse(
        "---\ntitle: Power\ndate: 2023-07-10 22:13:00\nresolvedWhen: 2023-07-11 03:00:00\n---\n\n"
        "## Timeline\n\n- 2023-07-10 22:34 UTC Power lost again\n- 2023-07-10 23:15 UTC Update\n"
    )
    assert metrics(report).started_at.value == dt.datetime(2023, 7, 10, 22, 13, tzinfo=UTC)


@pytest.mark.parametrize(
    "later",
    ["At around 3am UTC of the following night the network halted.",
     "The next morning, at 3am UTC, the network halted."],
)  # fmt: skip
def test_the_following_night_is_the_day_after_the_one_written(later: str) -> None:
    report = postmortem.parse(
        f"# Halt\n\n## Summary\n\nOn the 15 Mar 2020, around 9pm UTC a proposal was sent. {later}\n"
    )
    assert metrics(report).started_at.value == dt.datetime(2020, 3, 16, 3, 0, tzinfo=UTC)


def test_a_timed_sentence_outside_the_summary_like_sections_dates_nothing() -> None:
    report = postmortem.parse(
        "# Power outage on March 6th 2019\n\nThe rack lost power.\n\n## Lessons learned\n\n"
        "In last year's drill we rolled back a release at 17:00 UTC without trouble.\n"
    )
    assert metrics(report).mitigated_at.value is None


def test_a_naive_front_matter_time_takes_the_offset_the_timeline_carries() -> None:
    report = postmortem.parse(
        "---\ntitle: API disruption\ndate: 2021-10-08 10:59:00\nresolved: true\n---\n\n"
        "11:55 GMT+1\n\nAPI queries are responding again.\n\n---\n\n"
        "10:59 GMT+1\n\nWe are aware of an issue with the API.\n"
    )
    plus_one = dt.timezone(dt.timedelta(hours=1))
    assert metrics(report).started_at.value == dt.datetime(2021, 10, 8, 10, 59, tzinfo=plus_one)


PACIFIC = ZoneInfo("America/Los_Angeles")


@pytest.mark.parametrize(
    ("prose", "start", "end", "tz"),
    [
        # Google Cloud's incident reports: a zone's IANA name after the window, and a
        # weekday between a window and its day.
        ("On Wednesday 08 April, 2020 from 6:48 to 7:42 US/Pacific, IAM had an outage.",
         (2020, 4, 8, 6, 48), (2020, 4, 8, 7, 42), PACIFIC),
        ("From approximately 2:15pm to 3:40pm PDT on Monday, March 4th 2024, customers "
         "could not log in.", (2024, 3, 4, 14, 15), (2024, 3, 4, 15, 40), PACIFIC),
        # The day written after the window's end dates its start too.
        ("Between 9:00 AM PST and 11:23 AM PST on February 22, 2024, some customers could "
         "not send messages.", (2024, 2, 22, 9, 0), (2024, 2, 22, 11, 23), PACIFIC),
        # A range in parentheses after what it dates.
        ("On 2024-05-01, the API was unavailable for 47 minutes (14:00–14:47 UTC).",
         (2024, 5, 1, 14, 0), (2024, 5, 1, 14, 47), UTC),
        # A stated length after the start: "for 47 minutes starting at ...".
        ("For 47 minutes starting at 14:00 UTC on May 1st, 2024, the login service was down.",
         (2024, 5, 1, 14, 0), (2024, 5, 1, 14, 47), UTC),
        ("On Wednesday 08 April, 2020 beginning at 06:48 US/Pacific, IAM experienced elevated "
         "error rates for a duration of 54 minutes.", (2020, 4, 8, 6, 48), (2020, 4, 8, 7, 42),
         PACIFIC),
        ("On October 10, 2023, at approximately 2:00 PM UTC, a widespread outage began. The "
         "incident lasted approximately 4 hours.", (2023, 10, 10, 14, 0), (2023, 10, 10, 18, 0),
         UTC),
        # A day written day first, with its year, before the time of a window field.
        ("**GCP Impact Duration:** 18 July 2025 07:50 - 09:47 US/Pacific : 1 hour 57 minutes",
         (2025, 7, 18, 7, 50), (2025, 7, 18, 9, 47), PACIFIC),
    ],
)  # fmt: skip
def test_incident_windows_in_the_forms_status_reports_write(
    prose: str, start: tuple[int, ...], end: tuple[int, ...], tz: dt.tzinfo
) -> None:
    report = postmortem.parse(f"# Outage\n\n## Summary\n\n{prose}\n")
    mt = metrics(report)
    assert mt.started_at.value == dt.datetime(*start, tzinfo=tz)
    assert mt.impact_ended_at.value == dt.datetime(*end, tzinfo=tz)
    assert mt.impact_ended_at.source == "summary"


def test_a_zone_declared_by_its_iana_name_holds_for_prose_times() -> None:
    report = postmortem.parse(
        "# Networking\n\nIncident began at 2019-06-02 11:45 and ended at 2019-06-02 15:40 (all "
        "times are US/Pacific).\n\n## Issue summary\n\nPackets were lost.\n"
    )
    mt = metrics(report)
    assert mt.started_at.value == dt.datetime(2019, 6, 2, 11, 45, tzinfo=PACIFIC)
    assert mt.impact_ended_at.value == dt.datetime(2019, 6, 2, 15, 40, tzinfo=PACIFIC)


def test_a_length_given_as_a_range_ends_nothing() -> None:
    report = postmortem.parse(
        "# Loss\n\n## Summary\n\nOn 2 June 2019 at 11:45 UTC packet loss began, for a duration "
        "of between 3 hours 19 minutes, and 4 hours 25 minutes.\n"
    )
    mt = metrics(report)
    assert mt.started_at.value == dt.datetime(2019, 6, 2, 11, 45, tzinfo=UTC)
    assert mt.impact_ended_at.value is None


def test_the_first_end_the_prose_tells_ends_the_impact() -> None:
    # The end before its time and the time before its end: the first told counts, and a
    # closed incident is its resolution.
    report = postmortem.parse(
        "# Outage\n\nOn Tuesday, June 4, 2024, the API was unavailable. The issue began at "
        "approximately 8:45 AM UTC. By 10:05 AM UTC, the rollback was complete and error rates "
        "returned to normal. The incident was closed at 11:00 AM UTC.\n"
    )
    mt = metrics(report)
    assert mt.impact_ended_at.value == dt.datetime(2024, 6, 4, 10, 5, tzinfo=UTC)
    assert mt.mitigated_at.value == dt.datetime(2024, 6, 4, 10, 5, tzinfo=UTC)
    assert mt.resolved_at.value == dt.datetime(2024, 6, 4, 11, 0, tzinfo=UTC)


def test_a_window_sentence_dates_no_milestone_to_its_midnight() -> None:
    report = postmortem.parse(
        "# Outage\n\n## Summary\n\nBetween 14:00 and 15:30 UTC on 2024-05-01, users "
        "experienced elevated error rates.\n"
    )
    assert metrics(report).detected_at.value is None


@pytest.mark.parametrize(
    ("prose", "want"),
    [
        # A sentence of several times is read clause by clause.
        ("On Sunday, March 3, 2024, we pushed a configuration change at 10:15 UTC. We found it "
         "at 10:50 and rolled back the change at 11:05 UTC. Service was fully restored by 11:20 "
         "UTC.", {"mitigated": (11, 5), "impact_ended": (11, 20)}),
        # The start in a sentence's first words; the end nearest its words; a replica promoted.
        ("On March 3rd, 2024 around 2pm UTC our primary database became unresponsive. We got "
         "paged at 2:07pm. After a failed restart, we promoted the replica at 2:45pm, and by "
         "3:10pm everything was back to normal.",
         {"started": (14, 0), "detected": (14, 7), "mitigated": (14, 45),
          "impact_ended": (15, 10)}),
        # End words with a time of their own, after another clause's time.
        ("On 2024-03-03 at 16:00 UTC a certificate expired. Users started reporting errors at "
         "16:05. We renewed the certificate at 16:40 and confirmed recovery at 16:45.",
         {"started": (16, 0), "detected": (16, 5), "impact_ended": (16, 45)}),
    ],
)  # fmt: skip
def test_a_narrative_without_a_timeline_dates_its_steps(
    prose: str, want: dict[str, tuple[int, int]]
) -> None:
    mt = metrics(postmortem.parse(f"# Outage\n\n## What happened\n\n{prose}\n"))
    for name, (hour, minute) in want.items():
        assert mt.instants[name].value == dt.datetime(2024, 3, 3, hour, minute, tzinfo=UTC), name


def test_an_end_that_a_later_full_end_follows_was_a_mitigation() -> None:
    report = postmortem.parse(
        "# Function execution outage\n\n## Timeline\n\n"
        "- **2024-08-16 00:05 UTC** - Gateways stop fulfilling requests.\n"
        "- **2024-08-16 01:01 UTC** - All gateways are back online.\n"
        "- **2024-08-16 05:45 UTC** - All gateways are rolled out. Function execution is fully "
        "restored.\n"
    )
    ev = report.timeline.events
    assert Milestone.MITIGATED in ev[1].cues and Milestone.IMPACT_ENDED not in ev[1].cues
    mt = metrics(report)
    assert mt.mitigated_at.value == dt.datetime(2024, 8, 16, 1, 1, tzinfo=UTC)
    assert mt.impact_ended_at.value == dt.datetime(2024, 8, 16, 5, 45, tzinfo=UTC)


def test_an_incident_io_export_key_timestamps_and_zone() -> None:
    # incident.io's exported post-mortem: "Key Timestamps" as bold keys with "(UTC)" after the
    # time, and the timeline's zone stated in an aside as "All timestamps in UTC".
    text = (
        "# Post-mortem\n\n### Key Timestamps\n\n"
        "- **Reported:** March 3, 2023 9:36 AM (UTC)\n"
        "- **Impact start:** March 3, 2023 9:30 AM (UTC)\n"
        "- **Fixed:** March 3, 2023 9:45 AM (UTC)\n"
        "- **Closed:** March 3, 2023 10:12 AM (UTC)\n\n"
        "# Incident Timeline\n\n<aside>\n📆 All timestamps in UTC\n\n</aside>\n\n"
        "| Date / Time | Event |\n| --- | --- |\n| 2023-03-03 | |\n"
        "| 09:36:09 | The incident was opened from an alert. |\n"
        "| 10:12:10 | We closed the incident |\n"
    )
    report = postmortem.parse(text)
    assert all(e.at is not None and e.at.tzinfo is not None for e in report.timeline.events)
    mt = metrics(report)
    got = [mt.instants[n].value for n in ("started", "detected", "impact_ended", "resolved")]
    assert got == [
        dt.datetime(2023, 3, 3, 9, 30, tzinfo=UTC),
        dt.datetime(2023, 3, 3, 9, 36, tzinfo=UTC),
        dt.datetime(2023, 3, 3, 9, 45, tzinfo=UTC),
        dt.datetime(2023, 3, 3, 10, 12, tzinfo=UTC),
    ]


def test_a_statuspage_history_with_yearless_days_and_a_year_in_the_title() -> None:
    # Statuspage's incident history, pasted: each update's day without its year on its last
    # line; the title's year dates them. "a fix is being implemented" is no mitigation yet.
    text = (
        "# Elevated API errors (2024)\n\n"
        "**Resolved** - This incident has been resolved.\nMar 14, 17:02 UTC\n\n"
        "**Monitoring** - A fix has been implemented and we are monitoring the results.\n"
        "Mar 14, 16:40 UTC\n\n"
        "**Identified** - The issue has been identified and a fix is being implemented.\n"
        "Mar 14, 16:12 UTC\n\n"
        "**Investigating** - We are currently investigating elevated error rates.\n"
        "Mar 14, 15:58 UTC\n"
    )
    report = postmortem.parse(text)
    assert len(report.timeline.events) == 4
    mt = metrics(report)
    at = lambda h, mi: dt.datetime(2024, 3, 14, h, mi, tzinfo=UTC)  # noqa: E731
    assert mt.started_at.value == at(15, 58)
    assert mt.mitigated_at.value == at(16, 40)
    assert mt.resolved_at.value == at(17, 2)


def test_a_window_of_days_before_the_timeline_starts_the_incident() -> None:
    # conda-forge's token exposure: the timeline logs the response, weeks after the start.
    text = (
        "# Token exposure\n\nThe token was exposed from on or about 2025-02-10 through "
        "2025-04-01.\n\n## Timeline\n\n- 2025-04-01 13:35 UTC: We were notified of the token.\n"
        "- 2025-04-01 14:15 UTC: We disabled the token.\n"
    )
    mt = metrics(postmortem.parse(text))
    started = mt.started_at
    assert started.value == dt.datetime(2025, 2, 10, tzinfo=UTC)
    assert started.precision == "day"
    # Known to the day only, it measures no span against the timeline's minutes, and says so
    # (not "one instant has a zone"): the start is in the timeline's zone.
    assert mt.time_to_detect.value is None
    assert "day" in (mt.time_to_detect.reason or "")
    assert "2025-02-10 through" in started.reason
    # A window whose first day is the timeline's leaves the start to the timeline's time.
    same_day = text.replace("2025-02-10", "2025-04-01")
    assert metrics(postmortem.parse(same_day)).started_at.value == dt.datetime(
        2025, 4, 1, 13, 35, tzinfo=UTC
    )


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [("Between July 9 and July 16, 2023, one of our Redis servers was exposed.",
      dt.date(2023, 7, 9), dt.date(2023, 7, 16)),
     ("Emails were not sent from April 6 to April 11, 2023.",
      dt.date(2023, 4, 6), dt.date(2023, 4, 11)),
     # A range of days in one month, either order, with the year or the report's.
     ("Between 4–7 December 2025, the exit engine failed to manage positions.",
      dt.date(2025, 12, 4), dt.date(2025, 12, 7)),
     ("From Nov 18-21, 2021 we had sporadic outages across our validators.",
      dt.date(2021, 11, 18), dt.date(2021, 11, 21))],
)  # fmt: skip
def test_a_window_of_days_dates_start_and_end_of_a_report_of_prose(
    sentence: str, start: dt.date, end: dt.date
) -> None:
    mt = metrics(postmortem.parse(f"# Exposure\n\n## Summary\n\n{sentence}\n"))
    assert mt.started_at.value == dt.datetime.combine(start, dt.time())
    assert mt.instants["impact_ended"].value == dt.datetime.combine(end, dt.time())


def test_a_range_of_days_in_a_title_is_the_incidents_window() -> None:
    text = "# Incident Postmortem (Jan 29–31, 2026): Sheets Data Loss\n\nRows were lost.\n"
    mt = metrics(postmortem.parse(text))
    assert mt.started_at.value == dt.datetime(2026, 1, 29)
    assert mt.instants["impact_ended"].value == dt.datetime(2026, 1, 31)
    # In prose, a range needs "between" or "from": "released on 4-7 December" is no window.
    prose = "# Sheets\n\n## Summary\n\nThe sync failed on 29–31 January 2026 in places.\n"
    assert metrics(postmortem.parse(prose)).instants["impact_ended"].value is None


@pytest.mark.parametrize(
    ("title", "end"),
    [
        ("# Postmortem — GPU transcoding outage (2026-07-27 → 2026-07-29)", (2026, 7, 29)),
        ("# Incident Report: CI Cascade Failure (2026-07-27 ~ 07-29)", (2026, 7, 29)),
        ("# Outage 2026-07-27 -> 2026-08-02", (2026, 8, 2)),
        ("# CI Cascade Failure (2026-07-27 ~ 08-02)", (2026, 8, 2)),
        # Review 26: the range opening the title, with a note, or before more words.
        ("# 2026-07-27 → 2026-07-29: checkout outage", (2026, 7, 29)),
        ("# Checkout outage (2026-07-27 to 2026-07-29, EU only)", (2026, 7, 29)),
        ("# Checkout degraded [2026-07-27 → 2026-07-29] — postmortem", (2026, 7, 29)),
        ("# GPU outage (2026-07-27 → 2026-07-29 UTC)", (2026, 7, 29)),
    ],
)
def test_a_range_of_days_written_year_first_in_a_title_is_the_incidents_window(
    title: str, end: tuple[int, int, int]
) -> None:
    # A home media server's and LingFlow's titles. The timeline's first entry, a day before
    # (the host booting), is before the window: the window's first day starts it.
    mt = metrics(postmortem.parse(
        f"{title}\n\n## Timeline\n\n| When | Event |\n|---|---|\n"
        "| 2026-07-26 13:53 | Host boots |\n| 2026-07-27 | Health check passes |\n"
        "| 2026-07-29 23:35 | Playback fails |\n"
    ))  # fmt: skip
    assert mt.started_at.value == dt.datetime(2026, 7, 27)
    assert metrics(postmortem.parse(f"{title}\n\nRows were lost.\n")).instants[
        "impact_ended"
    ].value == dt.datetime(*end)


@pytest.mark.parametrize(
    "title",
    [
        # Review 25: a range that is not the incident's, or not the title's only date.
        "# Sprint 2026-07-27 – 2026-08-09 retro: outage",
        "# Outage report (covering 2026-07-01 to 2026-09-30)",
        "# Outage on 2026-07-28 (logs 2026-07-01 → 2026-07-26)",
        "# Outage (2026-07-27 → 2026-07-27)",
        "# Outage postmortem (2026-07-27 → 2026-07-29 logs)",
    ],
)
def test_a_range_of_days_in_a_title_that_is_no_window(title: str) -> None:
    assert (
        metrics(postmortem.parse(f"{title}\n\nRows were lost.\n")).instants["impact_ended"].value
        is None
    )


def test_a_length_after_which_the_impact_ended_ends_it() -> None:
    # Simple Analytics' status page: the start, a sentence between, then "After 46 minutes".
    text = (
        "# Outage\n\nOn July 11th 2019 at 6:10 PM UTC we had a network outage in our data "
        "center. We noticed this promptly with our monitoring. After 46 minutes our servers "
        "were reachable again and the outage was over.\n"
    )
    mt = metrics(postmortem.parse(text))
    assert mt.started_at.value == dt.datetime(2019, 7, 11, 18, 10, tzinfo=UTC)
    assert mt.instants["impact_ended"].value == dt.datetime(2019, 7, 11, 18, 56, tzinfo=UTC)
    # A length followed by no end's words ends nothing.
    noticed = text.replace(
        "our servers were reachable again and the outage was over", "we paged the provider"
    )
    assert metrics(postmortem.parse(noticed)).instants["impact_ended"].value is None


def test_days_in_clauses_of_their_own_each_date_their_own_words() -> None:
    # The dune monorepo benchmark's postmortem log: no timeline, days in one sentence.
    text = (
        "# Postmortems\n\n## Problem\n\nA change broke the benchmark.\n\n## Solution\n\n"
        "This was noticed on 2023-09-12 and fixed on 2023-09-13. The patches were applied.\n"
    )
    mt = metrics(postmortem.parse(text))
    assert mt.instants["detected"].value == dt.datetime(2023, 9, 12)
    assert mt.instants["impact_ended"].value == dt.datetime(2023, 9, 13)
    assert mt.instants["detected"].precision == "day"
    # Two days in one clause are no one moment: they date nothing.
    listed = text.replace(
        "noticed on 2023-09-12 and fixed on 2023-09-13", "noticed on 2023-09-12 or 2023-09-13"
    )
    assert metrics(postmortem.parse(listed)).instants["detected"].value is None
    # An end's word far from the day, in another clause, dates no end (Notional's log line).
    log = (
        "# Validator log\n\nOctober 17, 2021 - Gaia was unable to connect to peers and kept "
        "missing blocks before being identified and fixed.\n"
    )
    assert metrics(postmortem.parse(log)).instants["impact_ended"].value is None


def test_a_report_of_prose_under_a_fact_table_with_a_blank_header() -> None:
    # Osmosis's incident reports: "| &nbsp; | &nbsp; |" over the facts, the halt's time in the
    # Date row, and the end in a sentence with a slashed day-first date.
    text = (
        "# 2023-04-24 testnet chain halt incident report\n\n"
        "| &nbsp;   | &nbsp;   |\n|----|----|\n| Incident | Chain halt |\n"
        "| Date     | 2023-04-24 19:32:57.448021073 (UTC) |\n| Authors  | A, B |\n\n"
        "## Overview\n\nOn 2023-04-24 the testnet halted.\n\n## Recovery\n\n"
        "On 26/04/2023 at 19:18 (UTC), a message was posted to inform integrators that the "
        "testnet functionality had resumed.\n"
    )
    report = postmortem.parse(text)
    assert report.metadata.date == dt.date(2023, 4, 24)
    assert "metadata.date" in report._source.fields  # read from its cell
    mt = metrics(report)
    assert mt.started_at.value is not None
    assert mt.started_at.value.replace(microsecond=0) == dt.datetime(
        2023, 4, 24, 19, 32, 57, tzinfo=UTC
    )
    assert mt.started_at.source == "metadata.date"
    assert mt.instants["impact_ended"].value == dt.datetime(2023, 4, 26, 19, 18, tzinfo=UTC)
    assert postmortem.dumps(report) == text
    # A date field with no time starts nothing but its day.
    daily = text.replace("2023-04-24 19:32:57.448021073 (UTC)", "2023-04-24")
    assert metrics(postmortem.parse(daily)).started_at.value == dt.datetime(2023, 4, 24)


def test_a_fact_table_under_a_caption_dates_the_incident() -> None:
    # COG-UK's reports head their facts with the group's badge and name, not with "Field |
    # Value": two known keys valued with instants make the rows facts all the same.
    text = (
        '| <img src="/assets/dipi.png" alt="DIPI Badge" width="150"> | DIPI Working Group |\n'
        "| -------------- | ----------------- |\n| **Event** | Elan_20210305: A |\n"
        "| **Detected** | 2021-03-05 23:27 |\n| **Resolved** | 2021-03-06 03:34 |\n"
        "| **Team** | SN |\n\n## Summary\n\nOne sequence stopped the pipelines.\n"
    )
    report = postmortem.parse(text)
    mt = metrics(report)
    assert mt.detected_at.value == dt.datetime(2021, 3, 5, 23, 27)
    assert mt.resolved_at.value == dt.datetime(2021, 3, 6, 3, 34)
    assert postmortem.dumps(report) == text
    report.metadata.resolved_at = dt.datetime(2021, 3, 6, 4, 0)
    edited = postmortem.dumps(report)
    assert "| **Resolved** | 2021-03-06 04:00 |" in edited
    assert edited.replace("04:00", "03:34") == text
    # A caption over a glossary of the same words defines them: no facts.
    glossary = text.replace("2021-03-05 23:27", "when the alarm fired").replace(
        "2021-03-06 03:34", "when the pipeline ran again"
    )
    assert metrics(postmortem.parse(glossary)).detected_at.value is None


def test_a_fix_after_the_impact_ended_resolves_the_incident() -> None:
    # Wire's website outage (dev 001): restored at 10:30, the DNS change reverted at 12:02.
    text = (
        "# Website down\n\n## Timeline\n\n- 2022-05-23 06:00 UTC: Outage detected by the team\n"
        "- 2022-05-23 07:23 UTC: We changed DNS to a backup to restore basic functionality\n"
        "- 2022-05-23 10:30 UTC: The provider restored the server\n"
        "- 2022-05-23 12:02 UTC: We reverted the DNS changes\n"
    )
    mt = metrics(postmortem.parse(text))
    assert mt.instants["impact_ended"].value == dt.datetime(2022, 5, 23, 10, 30, tzinfo=UTC)
    assert mt.resolved_at.value == dt.datetime(2022, 5, 23, 12, 2, tzinfo=UTC)
    assert mt.resolved_at.inferred
    # Nothing done after the end: the resolution is the end of impact.
    ended = metrics(postmortem.parse(text.replace("We reverted the DNS changes", "Notes taken")))
    assert ended.resolved_at.value == dt.datetime(2022, 5, 23, 10, 30, tzinfo=UTC)


def test_a_window_of_days_that_dates_no_impact_starts_nothing() -> None:
    text = (
        "# Outage\n\n## Summary\n\nWe reviewed logs from 2024-01-01 to 2024-03-01. The API was "
        "down on 2024-03-05.\n"
    )
    mt = metrics(postmortem.parse(text))
    assert mt.started_at.value == dt.datetime(2024, 3, 5)
    assert mt.instants["impact_ended"].value is None


def test_a_report_written_up_is_no_detection() -> None:
    assert Milestone.DETECTED not in cues("Security report created")
    assert Milestone.DETECTED not in cues("Incident report was written")
    assert Milestone.DETECTED in cues("Received a report from a user about failed logins")
    # A report someone else made is one received.
    assert Milestone.DETECTED in cues("Bug report created by a user: login fails with 500")
    assert Milestone.DETECTED in cues("User report created in Zendesk: cannot log in")
    # What users send in, received (FlowFuse's reports, mybinder's letsencrypt warning).
    assert Milestone.DETECTED in cues("We received two support request from a user")
    assert Milestone.DETECTED in cues("A team member received an email that our SSL expires")
    assert Milestone.DETECTED not in cues("We received a request to extend the deadline")
    # Not what users got, nor none (review).
    for not_sent_in in (
        "We received no reports of errors",
        "Users received error messages",
        "Customers received duplicate emails",
    ):
        assert Milestone.DETECTED not in cues(not_sent_in), not_sent_in
    assert Milestone.DETECTED in cues("We received a support ticket for a login failure")


@pytest.mark.parametrize(
    ("text", "milestone"),
    [
        ("Service restored and started serving traffic normally", Milestone.IMPACT_ENDED),
        ("Fix deployed and started monitoring", Milestone.MITIGATED),
        ("Key rotation started and completed within 5 minutes", Milestone.MITIGATED),
        ("Key rotation was started at 12:00 and finished at 12:30", Milestone.MITIGATED),
        ("Credential rotation began, completing at 12:30", Milestone.MITIGATED),
        ("Failover started serving traffic from EU", Milestone.MITIGATED),
    ],
)
def test_a_step_started_and_done_is_no_step_only_begun(text: str, milestone: Milestone) -> None:
    assert milestone in cues(text)


def test_second_review_wording() -> None:
    # A restart to clear a leak a release caused mitigates; one by mistake does not.
    leak = "The API pods were restarted to clear the memory leak caused by release 5.2"
    assert Milestone.MITIGATED in cues(leak)
    assert Milestone.DETECTED not in cues("The team learns of the upstream bug fix in libfoo 1.2")
    assert Milestone.DETECTED not in cues("Customers learned of the outage from our status page")


@pytest.mark.parametrize(
    ("text", "contains"),
    [
        # Vuetify's infostealer notice, cheqd's testnet retrial: containment mitigates.
        ("Host isolated", True),
        ("cheqd validators isolated.", True),
        ("Quarantined the infected laptop", True),
        ("We isolated the affected hosts", True),
        ("At 10:00, isolated the affected hosts", True),
        # What a partition or a mistake did is the failure.
        ("node-3 became isolated from the rest of the cluster", False),
        ("The node was isolated from the cluster by a partition", False),
        ("A misconfigured ACL isolated the database servers", False),
    ],
)
def test_containment_is_a_mitigation(text: str, contains: bool) -> None:
    assert (Milestone.MITIGATED in cues(text)) is contains


def test_refusing_to_engage_acknowledges_nothing() -> None:
    # Vuetify: "Refused to engage" with an extortionist is no acknowledgement of the incident.
    assert cues("Refused to engage") == ()
    assert Milestone.ACKNOWLEDGED in cues("On-call engaged")
    doc = (
        "# Compromise\n\n## Timeline\n\n| Time (UTC) | Event |\n| - | - |\n"
        "| 2026-06-03 17:06 | Malware executed |\n| 2026-06-03 17:08 | Host isolated |\n"
        "| 2026-06-03 17:25 | Refused to engage |\n| 2026-06-03 18:10 | OAuth revoked |\n"
    )
    got = metrics(postmortem.parse(doc)).instants
    assert got["mitigated"].value == dt.datetime(2026, 6, 3, 17, 8, tzinfo=dt.timezone.utc)
    assert got["acknowledged"].value is None


@pytest.mark.parametrize(
    "text",
    [
        # RDV-Solidarités' log writes the other French order, and the return itself.
        "updown.io indique que le site est accessible à nouveau",
        "email de Nicolas indiquant le retour en ligne",
        "le service est de nouveau disponible",
    ],
)
def test_back_in_french_either_order_ends_the_impact(text: str) -> None:
    assert Milestone.IMPACT_ENDED in cues(text)


@pytest.mark.parametrize(
    ("text", "milestone"),
    [
        # NAV's timelines, in Norwegian.
        ("Deploy til teamdagpenger-namespace, feil begynner å komme", Milestone.STARTED),
        ("Bjørn gjør oss oppmerksom på at vi kan være grunn til feilen", Milestone.DETECTED),
        ("Trudi sier ifra på #produksjonshendelser at søknaden gir feil", Milestone.DETECTED),
        ("Det var mulig å starte ny søknad og tilstanden normaliserte seg.",
         Milestone.IMPACT_ENDED),
        ("Problemet er løst", Milestone.RESOLVED),
    ],
)  # fmt: skip
def test_milestones_in_norwegian(text: str, milestone: Milestone) -> None:
    assert milestone in cues(text)
    assert Milestone.RESOLVED not in cues("Problemet er uløst")
    assert Milestone.RESOLVED not in cues("Problemet er fortsatt ikke løst.")
    assert Milestone.RESOLVED not in cues("Problemet er delvis løst.")


def test_key_events_in_norwegian_fields() -> None:
    # NAV's "## Tidslinje" of three key lines, times written "10.00".
    r = postmortem.parse(
        "# Feil ved validering\n\n## Tidslinje\n\n"
        "Feil introdusert: 22.02.2024 10.00\nFeil oppdaget: 22.02.2024 13.00\n"
        "Feil rettet: 22.02.2024 14.00\n"
    )
    mt = metrics(r)
    assert mt.instants["started"].value == dt.datetime(2024, 2, 22, 10)
    assert mt.instants["detected"].value == dt.datetime(2024, 2, 22, 13)
    assert mt.instants["impact_ended"].value == dt.datetime(2024, 2, 22, 14)
    # English "lost" (the fold of Norwegian "løst") is no resolution key.
    lost = postmortem.parse(
        "# T\n\n- Connection lost: 2024-03-01 10:20 UTC\n- Alert fired: 2024-03-01 10:25 UTC\n"
    )
    assert lost.metadata.resolved_at is None


@pytest.mark.parametrize(
    ("text", "milestone"),
    [
        ("收到 Cloudflare 78% 额度预警。", Milestone.DETECTED),  # bforecast's SSE storm
        ("API Gateway health check 실패 알림", Milestone.DETECTED),  # Twodragon
        ("**实施热修复 1**：将 `GET /mcp` 改为返回 405", Milestone.MITIGATED),
        ("CEO がローテーション実行（旧キーは 2 時間の猶予後に無効）", Milestone.MITIGATED),  # REYZ
        ("임시 조치 적용", Milestone.MITIGATED),
        ("客户端再次运行测试：全部通过，事故彻底解决并闭环。", Milestone.RESOLVED),
    ],
)  # fmt: skip
def test_alerts_fixes_and_ends_in_chinese_japanese_and_korean(
    text: str, milestone: Milestone
) -> None:
    assert milestone in cues(text)


@pytest.mark.parametrize(
    ("text", "milestone"),
    [
        ("사용자 알림 발송 완료", Milestone.DETECTED),  # a notice sent to users
        ("알림 설정 변경 배포", Milestone.DETECTED),  # an alert's settings changed
        ("调整预警阈值", Milestone.DETECTED),  # the alert threshold adjusted
        ("问题尚未彻底解决", Milestone.RESOLVED),  # not yet fully resolved
        ("讨论建立告警闭环机制", Milestone.RESOLVED),  # a closed-loop mechanism discussed
        ("证书被意外吊销，导致所有请求失败", Milestone.MITIGATED),  # revoked: the cause
        ("尝试热修复失败", Milestone.MITIGATED),  # a hotfix tried, failed
        ("开始准备热修复", Milestone.MITIGATED),  # a hotfix readied
        ("임시 조치 방안 검토 시작", Milestone.MITIGATED),  # workarounds reviewed
    ],
)  # fmt: skip
def test_cjk_words_that_name_no_milestone(text: str, milestone: Milestone) -> None:
    # Found by a review of the CJK additions: settings, negations, causes and attempts.
    assert milestone not in cues(text)


def test_milestone_days_named_by_date_keys() -> None:
    # "| **Date detected** | 2026-07-23 |" (Digital Aid Seattle), "**Date Resolved:** October
    # 5, 2025" (LeaveBot): the day a milestone fell on, as "Time detected" gives its time.
    r = postmortem.parse(
        "# T\n\n| | |\n|---|---|\n| **Date of incident** | 2026-07-23 |\n"
        "| **Date detected** | 2026-07-24 |\n\n**Date Resolved:** July 25, 2026\n\n"
        "## Timeline\n\n- 2026-07-23 06:05 UTC Commit pushed\n- 2026-07-23 09:00 UTC Test run\n"
    )
    mt = metrics(r)
    assert mt.instants["detected"].value is not None
    assert mt.instants["detected"].value.date() == dt.date(2026, 7, 24)
    # A day of resolution past the log's last is not taken over the log (review: a
    # "Resolution date" is as often a follow-up's); with no timeline it is the resolution.
    assert mt.instants["resolved"].value is not None
    assert mt.instants["resolved"].value.date() == dt.date(2026, 7, 23)
    alone = metrics(postmortem.parse("# T\n\n**Date Resolved:** July 25, 2026\n"))
    assert alone.instants["resolved"].value is not None
    assert alone.instants["resolved"].value.date() == dt.date(2026, 7, 25)


@pytest.mark.parametrize(
    "field",
    # Tasbihfy's compromise report; Digital Aid Seattle's table of facts.
    ["**Date of Incident:** December 5, 2025, 11:48:41 UTC",
     "| **Date of incident** | 2025-12-05 11:48:41 UTC |\n| **Severity** | High |"],
)  # fmt: skip
def test_a_date_of_incident_with_a_time_starts_it_before_the_timeline(field: str) -> None:
    # The timeline logs the response ten days on; the key names the incident's own date.
    head = "| | |\n|---|---|\n" if field.startswith("|") else ""
    r = postmortem.parse(
        f"# Compromise\n\n{head}{field}\n\n## Timeline\n\n"
        "- 2025-12-15 15:21 UTC Site down\n- 2025-12-15 15:42 UTC Malware removed\n"
    )
    mt = metrics(r)
    assert mt.instants["started"].value == dt.datetime(2025, 12, 5, 11, 48, 41, tzinfo=dt.UTC)
    assert mt.incident_date == dt.date(2025, 12, 5)
    # A time after the timeline's first entry is no start the log missed (review).
    later = postmortem.parse(
        "# Outage\n\n**Incident date:** 2025-12-15, reported 16:30 UTC\n\n## Timeline\n\n"
        "- 2025-12-15 15:21 UTC Site down\n- 2025-12-15 15:42 UTC Malware removed\n"
    )
    assert metrics(later).instants["started"].value == dt.datetime(
        2025, 12, 15, 15, 21, tzinfo=dt.UTC
    )
    # A plain "Date:" (when the post was written) does not.
    plain = postmortem.parse(
        "# Compromise\n\n**Date:** December 17, 2025, 09:00 UTC\n\n## Timeline\n\n"
        "- 2025-12-15 15:21 UTC Site down\n- 2025-12-15 15:42 UTC Malware removed\n"
    )
    assert metrics(plain).instants["started"].value == dt.datetime(
        2025, 12, 15, 15, 21, tzinfo=dt.UTC
    )


def test_a_monitor_reporting_in_german_and_an_outage_time_key_in_korean() -> None:
    # adsapp01's outage: "Grafana meldet `dump1090-fa down`"; eventitta's deadlock report:
    # "장애 일시" (the outage's date and time), as "Date and time" is read.
    # "meldet" is left out (review: "meldet wieder alle Checks grün" is a recovery).
    assert Milestone.DETECTED not in cues("Grafana meldet wieder alle Checks grün")
    from postmortem.parsing.fields import key_event_path

    assert key_event_path("장애 일시", "2025-12-31 13:08:01 ~ 진행 중", False) == (
        "metadata.started_at"
    )


@pytest.mark.parametrize(
    "text",
    [
        # One part checked while investigating, not the whole.
        "Pods confirmed healthy, so not the scheduler",
        "All pods confirmed healthy, so not the scheduler",
        "All services confirmed healthy, but the queue kept failing",
        "Checked all nodes and confirmed healthy disks before the upgrade",
        "Checked the database: confirmed healthy replication lag",
        "We verified the backups were working before the restore",
    ],
)
def test_a_check_of_one_part_is_no_resolution(text: str) -> None:
    assert Milestone.RESOLVED not in cues(text)


@pytest.mark.parametrize(
    ("text", "detected"),
    [
        ("Initial Alertmanager deployment with Slack config", False),
        ("The alertmanager-telegram-bridge pod crashed", False),
        ("Alertmanager config rolled out", False),
        ("Alertmanager sent a page to on-call", True),
        ("Uptime Kuma: ArgoCD/Prometheus/Alertmanager alerts fire", True),
    ],
)
def test_alertmanager_detects_when_it_speaks_not_its_parts(text: str, detected: bool) -> None:
    # lotoos0's Slack integration (its deployment at 08:00 was the detection) and
    # bibigon14's bridge pod: the alerting's own parts, as "alert rules updated" is none.
    assert (Milestone.DETECTED in cues(text)) is detected


@pytest.mark.parametrize(
    ("fields", "start"),
    [
        # AI Readiness's session-timeout report, Altarflow's pool exhaustion, Meaningful
        # Conversations' volume loss: "Time" among the report's fields is the incident's.
        ("**Time:** October 1, 2025, ~10:15 AM\n**Duration:** ~15 minutes",
         dt.datetime(2025, 10, 1, 10, 15)),
        ("**Date:** 2025-11-27\n**Time:** 07:24 UTC  \n**Severity:** High",
         dt.datetime(2025, 11, 27, 7, 24, tzinfo=dt.timezone.utc)),
        # The same field in other languages: gallerapp's "**Hora:** 23:49 UTC-05:00 (Perú)"
        # under a "## 📅 FECHA Y HORA" heading's "**Fecha:**"; German, French.
        ("**Fecha:** 2025-11-13  \n**Hora:** 23:49 UTC-05:00 (Perú)  \n",
         dt.datetime(2025, 11, 13, 23, 49, tzinfo=dt.timezone(dt.timedelta(hours=-5)))),
        ("**Datum:** 2025-11-13  \n**Uhrzeit:** 23:49 UTC  \n",
         dt.datetime(2025, 11, 13, 23, 49, tzinfo=dt.timezone.utc)),
        ("**Date et heure :** 2025-11-13 23:49 UTC\n",
         dt.datetime(2025, 11, 13, 23, 49, tzinfo=dt.timezone.utc)),
    ],
)  # fmt: skip
def test_a_time_field_under_the_title_states_the_start(fields: str, start: dt.datetime) -> None:
    report = postmortem.parse(f"# Login failure\n\n{fields}\n\n## What happened\n\nIt failed.\n")
    assert metrics(report).started_at.value == start
    assert metrics(report).started_at.source == "metadata.started_at"


def test_a_fields_time_is_not_dated_by_a_note_after_it() -> None:
    # artlomo's report: the note's day is another time's, the value's day the report's.
    report = postmortem.parse(
        "# 502 Bad Gateway\n\n**Date:** February 5, 2026\n"
        "**Time:** ~09:22 UTC (error reported as 2026-02-04 22:57:56 UTC, likely timezone"
        " difference)\n**Severity:** Critical\n\n## Summary\n\nThe app failed to start.\n"
    )
    utc = dt.timezone.utc
    assert report.metadata.started_at == dt.datetime(2026, 2, 5, 9, 22, tzinfo=utc)
    # A zone in the note is still the value's: "Start time: 14:00 (UTC)".
    zoned = postmortem.parse("# Outage\n\n**Date:** 2026-02-05\n**Start time:** 14:00 (UTC)\n")
    assert zoned.metadata.started_at == dt.datetime(2026, 2, 5, 14, 0, tzinfo=utc)


@pytest.mark.parametrize(
    ("heading", "item"),
    [
        (
            "Lessons",
            "2. **Billing alerts.** Alert on a low balance. ✅ **Done 2026-06-06:** an "
            "alert to the owner in Telegram.",
        ),
        (
            "Уроки для Евы",
            "2. **Биллинг-мониторинг.** Алерт при низком балансе. ✅ **Реализовано "
            "2026-06-06:** алерт владельцу в Telegram.",
        ),
    ],
)
def test_a_follow_ups_day_is_no_moment_of_the_incident(heading: str, item: str) -> None:
    text = (
        "---\ndate: 2026-04-26\n---\n\n# INC-001: the bot was down\n\n## What happened\n\n"
        "The bot crashed on an empty API balance.\n\n"
        f"## {heading}\n\n1. **One LLM channel.** Validate the model ID at start.\n{item}\n"
    )
    mt = metrics(postmortem.parse(text))
    assert mt.detected_at.value is None
    assert mt.incident_date == dt.date(2026, 4, 26)
    # The same sentence in the report's own prose dates its detection.
    told = text.replace(f"## {heading}\n\n", "")
    assert metrics(postmortem.parse(told)).detected_at.value == dt.datetime(2026, 6, 6)
