"""Milestone evidence: what the words of a report say about when it started, was detected,
mitigated, ended and resolved.

The parser attaches this evidence to the model (``TimelineEvent.cues``, ``Report.evidence``);
:mod:`postmortem.metrics` chooses among it and never reads text. The wording itself lives in
:mod:`postmortem.vocabulary` (``MILESTONE_WORDS`` and its neighbours).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import NamedTuple

import attrs

from postmortem import model as m
from postmortem import vocabulary as v
from postmortem.parsing._alternation import alternation
from postmortem.timestamps import (
    CJK_DAY_PART_WORDS,
    OTHER_MONTHS,
    WEEKDAY_NUMBER,
    ZONES,
    Context,
    day_of_month_near,
    parse_date,
    parse_duration,
    read_stamp,
    resolve,
    zone,
)

#: A character of the scripts written without spaces (Chinese, Japanese kana, Korean).
_CJK_CHAR = f"[{v.UNSPACED_SCRIPTS}]"
#: Two of them: a report written in those scripts, not one naming "東京" once.
_CJK_RUN = re.compile(f"{_CJK_CHAR}{{2}}")


class _Patterns(NamedTuple):
    words: list[tuple[m.Milestone, re.Pattern[str]]]
    failed: re.Pattern[str]
    negation: re.Pattern[str]
    purpose: re.Pattern[str]
    intention: re.Pattern[str]
    intention_near: re.Pattern[str]
    begun: re.Pattern[str]
    partial: re.Pattern[str]
    not_detection: re.Pattern[str]
    undetected: re.Pattern[str]
    document: re.Pattern[str]
    anything: re.Pattern[str]


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    # Compiled on first use, not at import: most imports never read a timeline.
    def cjk(alts: tuple[str, ...]) -> str:
        # No word boundary: these scripts write none between words. Behind a lookahead for
        # their characters, so that other text tries them at no cost.
        return rf"|(?={_CJK_CHAR})(?:{'|'.join(alts)})" if alts else ""

    words = [
        (
            m.Milestone(name),
            re.compile(
                r"\b(?:" + "|".join(alts) + ")" + cjk(v.MILESTONE_WORDS_CJK.get(name, ())),
                re.IGNORECASE,
            ),
        )
        for name, alts in v.MILESTONE_WORDS.items()
    ]
    # Every phrase at once: most entries name no milestone, and one search tells.
    phrases = [a for alts in v.MILESTONE_WORDS.values() for a in alts]
    cjk_phrases = tuple(a for alts in v.MILESTONE_WORDS_CJK.values() for a in alts)
    return _Patterns(
        words=words,
        failed=re.compile(
            r"\b(?:" + alternation(v.FAILED_ATTEMPT_WORDS, re.I) + r")\b", re.IGNORECASE
        ),
        negation=re.compile(r"\b(?:" + alternation(v.NEGATION_WORDS, re.I) + r")\b", re.I),
        purpose=re.compile(r"\b(?:" + "|".join(v.PURPOSE_WORDS) + r")\b", re.I),
        intention=re.compile(r"\b(?:" + "|".join(v.INTENTION_WORDS) + r")\b", re.I),
        intention_near=re.compile(
            r"\b(?:"
            + "|".join(v.INTENTION_NEAR_WORDS)
            + r")\s+(?:(?!(?:"
            + "|".join(v.INTENTION_NEAR_BREAKS)
            + r")\b)[\w'-]+\s+){0,3}$",
            re.I,
        ),
        # Right after the phrase, a word at most between: "Key rotation started".
        # Only where that ends the clause, or a time or place follows ("Rollback started on
        # all hosts"): "Service restored and started serving traffic", "Key rotation started
        # and completed" are done.
        begun=re.compile(
            r"[ \t]+(?:(?!(?:and|or|then|but)\b)[\w-]+[ \t]+)?(?:(?:is|was|has|have)[ \t]+)?"
            r"(?:" + "|".join(v.BEGUN_WORDS) + r")\b"
            r"(?=[ \t]*(?:$|[.,;:!?)]|(?:on|at|in|for|across|from|by|around|about)\b))",
            re.I,
        ),
        # Right before the phrase, a word at most between: "partially restored", not "the
        # partial outage was resolved".
        partial=re.compile(r"\b(?:" + "|".join(v.PARTIAL_WORDS) + r")\s+(?:\w+\s+)?\Z", re.I),
        not_detection=re.compile(
            r"\b(?:" + alternation(v.NOT_DETECTION_WORDS, re.I) + r")\b", re.IGNORECASE
        ),
        # Right before the word, at most one word between: "not reporting any errors".
        undetected=re.compile(
            r"(?:" + "|".join(v.UNDETECTED_BEFORE_WORDS) + r")\s+(?:[\w-]+\s+)?\Z", re.I
        ),
        document=re.compile(r"\b(?:" + "|".join(v.REPORT_DOCUMENT_WORDS) + r")\s+\Z", re.I),
        anything=re.compile(
            r"\b(?:" + alternation(phrases, re.IGNORECASE) + r")" + cjk(cjk_phrases), re.IGNORECASE
        ),
    )


@lru_cache(maxsize=1)
def _markers() -> list[tuple[re.Pattern[str], m.Milestone]]:
    return [(re.compile(p), m.Milestone(name)) for p, name in v.MILESTONE_MARKERS]


def marker_milestone(text: str) -> m.Milestone | None:
    """The milestone an explicit marker in the text names (**OUTAGE BEGINS**, ...)."""
    # A marker labels the entry, so it stands at its head: long bodies (logs) are not searched.
    flat = re.sub(r"\s+", " ", html.unescape(text[:400].replace("\\", "")))
    # In capitals, or in bold in any case: "**outage window begins**: /track returns 404"
    # (plyr.fm's retro), "**Outage ends**".
    bold = [mm.group(1).upper() for mm in _BOLD.finditer(flat)] if "**" in flat else []
    for pattern, milestone in _markers():
        # Each bold span on its own: "**Outage** reported by **end** users" names no end.
        if pattern.search(flat) or any(pattern.search(span) for span in bold):
            return milestone
    return None


_BOLD = re.compile(r"\*\*([^*]{3,60})\*\*")


_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_STATUS_LABELS = "|".join(sorted(v.STATUS_UPDATE_MILESTONES, key=len, reverse=True))
#: A status update's label at the head of an entry's text, as status pages and their pastes
#: write it: bold ("**Monitoring:** ...", "**Resolved** - ...", "**Resolved** This ...") or
#: plain before a dash ("Monitoring - A fix has been implemented"). A plain word opens a
#: sentence ("Monitoring the database") or names who tells ("Monitoring: Datadog alert
#: fires"), and is no label.
_LEAD_STATUS = re.compile(
    rf"[ \t]*(?:(?:\*\*|__)(?P<a>{_STATUS_LABELS})[ \t]*:?[ \t]*(?:\*\*|__):?"
    rf"|(?P<b>{_STATUS_LABELS})[ \t]+[\-\u2013\u2014])(?:\s|$)",
    re.IGNORECASE,
)
#: Or alone on the entry's first line, the update under it, as a status page's history is
#: pasted ("Investigating" / "We are currently investigating this issue." / "Posted ...").
_LABEL_LINE = re.compile(rf"[ \t]*(?P<c>{_STATUS_LABELS})[ \t]*\n", re.IGNORECASE)


def cues(text: str) -> tuple[m.Milestone, ...]:
    """Every milestone the wording of an entry names, in lifecycle order.

    Only the first line counts (details below it are not the event), and only the text of
    links. An attempt that failed marks no mitigation, recovery or resolution.
    """
    # A short text is read once: a log repeats its lines ("We restarted at 10:00." 17,000
    # times in a hostile report took 2 s of reading the same words), and a long one is not
    # kept alive by the cache.
    return _short_cues(text) if len(text) <= 200 else _cues(text)


@lru_cache(maxsize=4096)
def _short_cues(text: str) -> tuple[m.Milestone, ...]:
    return _cues(text)


def _cues(text: str) -> tuple[m.Milestone, ...]:
    alone = _LABEL_LINE.match(text)
    if alone is not None:
        label = v.STATUS_UPDATE_MILESTONES[alone.group("c").lower()]
        rest = cues(text[alone.end() :])
        return tuple(ms for ms in m.Milestone if ms.value == label or ms in rest)
    line = _first_paragraph(text)
    line = _LINK_TARGET.sub("", line).replace("[", "").replace("]", "")
    phase = v.PHASE_MILESTONES.get(line.strip(" .:*").lower())
    if phase is not None:
        return (m.Milestone(phase),)  # an entry named after its phase: "Detection"
    lead = _LEAD_STATUS.match(line)
    if lead is not None:
        # A status update's label opening the entry ("**Monitoring:** The host has a hot
        # fix", "Resolved - ..."): the milestone it names, whatever the words after it.
        label = v.STATUS_UPDATE_MILESTONES[(lead.group("a") or lead.group("b")).lower()]
        rest = cues(line[lead.end() :])
        return tuple(ms for ms in m.Milestone if ms.value == label or ms in rest)
    pats = _patterns()
    # Where any phrase starts (a few places): a milestone's phrases are among them, so each
    # milestone is tried there only, not searched for along the whole line again.
    starts: list[int] = []
    hit = pats.anything.search(line)
    while hit is not None:
        starts.append(hit.start())
        hit = pats.anything.search(line, hit.start() + 1)
    if not starts:
        return ()
    failed = bool(pats.failed.search(line))
    found: list[m.Milestone] = []
    ends: list[int] = []  # where the end words found stand
    detections: list[int] = []  # and the detection words
    for milestone, pattern in pats.words:
        at = [p for p in starts if pattern.match(line, p)]
        if not at:
            continue
        if milestone in _ENDINGS and (
            failed
            or all(
                _negated(line, p, pats.negation)
                or _after(line, p, pats.intention)
                or pats.intention_near.search(line, max(0, p - 60), p) is not None
                or _INTENDED.search(line, max(0, p - 120), p)
                or _begun(line, p, pattern, pats.begun)
                for p in at
            )
        ):
            continue  # "would like to re-deploy", "Approval granted to revoke": not done yet
        if milestone in _FULL_ENDINGS and all(
            _qualified(line, p, pats.purpose, pats.partial) for p in at
        ):
            continue  # "partially restored" is a mitigation; "to prevent ... back online" none
        if milestone in _FULL_ENDINGS and (
            all(_some_of(line, p) for p in at) or all(_still_failing(line, p) for p in at)
        ):
            # "Most validators are signing again", "We've restored access to Kitsu but our
            # servers are still recovering": part of the way back, a mitigation.
            if m.Milestone.MITIGATED not in found:
                found.append(m.Milestone.MITIGATED)
            continue
        if milestone is m.Milestone.DETECTED and (
            pats.not_detection.search(line)
            or all(_undetected(line, p, pats.undetected, pats.document) for p in at)
        ):
            continue
        if milestone is m.Milestone.STARTED and all(_REPORTED_THAT.search(line, 0, p) for p in at):
            # "A customer reached out to inform us that their site was down": learnt of
            # then, begun before (the words of a detection, where there are some).
            continue
        found.append(milestone)
        if milestone in _FULL_ENDINGS:
            ends.extend(at)
        elif milestone is m.Milestone.DETECTED:
            detections = at
    if ends and detections:
        # "Google reports to be fully operational", "the alert is resolved", "LB detects new
        # nodes as healthy": what was noticed in the sentence is the end, not the incident.
        # (A sentence that tells both, "Alert fired and the on-call resolved it", loses its
        # detection too: telling the two apart needs its grammar.)
        bounds = {_sentence(line, p) for p in ends}
        if all(_sentence(line, p) in bounds for p in detections):
            found.remove(m.Milestone.DETECTED)
    return tuple(sorted(found, key=_LIFECYCLE.index))


_LIFECYCLE = list(m.Milestone)

#: An act named a few words after "working with ... to", "trying to": still to come.
_INTENDED = re.compile(
    r"\b(?:" + "|".join(v.INTENDED_ACT_LEADS) + r")to"
    # The words between are the act's, no verb of their own: "the original bug they were
    # trying to fix is resolved" is resolved.
    r"(?:\s+(?!(?:is|are|was|were|has|have|had|been|and|but)\b)[\w-]+){0,3}\s+\Z",
    re.IGNORECASE,
)

#: A cause or a reason named where a detection's words are: what was found is no problem.
_A_CAUSE = re.compile(r"\b(?:cause|reason)\b", re.IGNORECASE)


def _detection_clause(mm: re.Match[str]) -> str:
    """The sentence of a prose detection that holds its words: the last of the match when the
    time comes first ("At 21:00 UTC the root cause was discovered"), else the first."""
    parts = re.split(r"[.;]\s+", mm.group(0))
    return parts[0] if mm.group("b") else parts[-1]


_WORDING_CAP = 600
_BLOCK_START = re.compile(r"[ \t]*(?:[-*+>|]|\d+[.)]|```|~~~|$)")


def _first_paragraph(text: str) -> str:
    """The entry's first line with the lines that continue its sentence: a hard-wrapped
    entry ("An email is sent out to all owners of the compromised project\n(...) giving an
    all-clear.") reads as one line. A blank line, a list item, a quote, a table row or a fence
    ends it: what follows is detail, not the event."""
    cut = text.find("\n")
    first = text if cut < 0 else text[:cut]
    if first.lstrip().startswith(("```", "~~~")):
        return ""  # an entry that opens with a code block: log lines, not words
    if cut < 0:
        return first[:_WORDING_CAP]
    lines = [first]
    size = cut
    pos = cut + 1
    while size < _WORDING_CAP and pos < len(text):
        nl = text.find("\n", pos)
        line = text[pos : nl if nl >= 0 else len(text)]
        if _BLOCK_START.match(line):
            break
        lines.append(line)
        size += len(line) + 1
        pos = len(text) if nl < 0 else nl + 1
    # Bounded: the milestone patterns are long alternations, and an entry's wording is said
    # in its first sentences, not in a pasted log line of thousands of characters.
    return " ".join(lines)[:_WORDING_CAP]


def partial_ends(events: list[m.TimelineEvent]) -> None:
    """An end of impact that a later entry calls full was partial: "All SDK Gateways are back
    online" at 01:01 before "Function execution is fully restored" at 05:45 (Inngest) is a
    mitigation. The earlier entries' end cue becomes a mitigation cue; the full one stands."""
    full = [
        i
        for i, e in enumerate(events)
        if m.Milestone.IMPACT_ENDED in e.cues and _whole(_first_paragraph(e.text))
    ]
    if not full:
        return
    for e in events[: full[-1]]:
        if m.Milestone.IMPACT_ENDED in e.cues and not _whole(_first_paragraph(e.text)):
            _end_as_mitigation(e)


def _end_as_mitigation(e: m.TimelineEvent) -> None:
    """The entry's end-of-impact cue, once a later entry shows it partial, as a mitigation."""
    kept = [c for c in e.cues if c is not m.Milestone.IMPACT_ENDED]
    if m.Milestone.MITIGATED not in kept:
        kept.append(m.Milestone.MITIGATED)
    e.cues = tuple(sorted(kept, key=_LIFECYCLE.index))


#: A failure told again after an end (``vocabulary.RELAPSE_WORDS``), and what denies one.
_RELAPSE = re.compile(rf"(?:{'|'.join(v.RELAPSE_WORDS)})", re.IGNORECASE)
_RELAPSE_DENIED = re.compile(rf"(?:{'|'.join(v.RELAPSE_DENIED_WORDS)})", re.IGNORECASE)


def _relapse(text: str) -> bool:
    """Whether the entry's words tell the failure again: a relapse word that no negation or
    prevention before it in its clause denies."""
    line = _first_paragraph(text)
    for mm in _RELAPSE.finditer(line):
        if not _RELAPSE_DENIED.search(line, _clause_start(line, mm.start()), mm.start()):
            return True
    return False


def relapsed_ends(events: list[m.TimelineEvent]) -> None:
    """An end of impact that a later entry undoes was a mitigation: "Seit einigen Minuten ist
    das Login an LernSax wieder möglich" at 16:15 before "Es liegt eine weitere Störung vor"
    at 17:00 (Schullogin), "git ... 目前已经恢复" before "ESXi 主机再次出现了间歇性的网络问题"
    (USTCLUG), "AP node failed again" (cheqd). The ends before the last relapse become
    mitigation cues; an end after it stands."""
    ends = [i for i, e in enumerate(events) if m.Milestone.IMPACT_ENDED in e.cues]
    if not ends:
        return
    # Only a relapse after an end undoes one: the entries after the first end are read, from
    # the last, in their first paragraph as their milestones are (details under an entry, a
    # log or what was checked, tell no relapse of the incident).
    last = next((i for i in range(len(events) - 1, ends[0], -1) if _relapse(events[i].text)), None)
    if last is None:
        return
    for i in ends:
        if i < last:
            _end_as_mitigation(events[i])


_LEAD_IN = re.compile(rf"\b(?:{'|'.join(v.LEAD_IN_WORDS)})\b", re.IGNORECASE)
#: Words of a failure or of what it does ("failing", "latency spikes"): one makes an entry no
#: lead-in, and no quiet one (``_LIKE_FAILURE``).
_FAILURE_LIKE_WORDS = rf"\b(?:{'|'.join(v.SINCE_FAILING_WORDS + v.LEAD_IN_FAILURE_WORDS)})\b"
_LEAD_IN_FAILURE = re.compile(_FAILURE_LIKE_WORDS, re.IGNORECASE)
_LEAD_IN_CLAUSE = re.compile(v.LEAD_IN_CLAUSE, re.IGNORECASE)
#: At most this many lead-in entries before the failure: more is a log of work, not a lead-in.
_MOST_LEAD_INS = 2


def _head(e: m.TimelineEvent) -> str:
    """Where the entry's words tell what it is: the title of the heading it is written under
    ("### **20:17** - Primer error de autenticación") and its text's first line, which tells
    it under a title that does not ("### 09:20 - Update" over "API failing with 500 errors")."""
    first = e.text.split("\n", 1)[0]
    return f"{e.title}. {first}" if e.title else first


def _lead_in(e: m.TimelineEvent) -> bool:
    """An entry that tells a change made or routine work done, alone: no failure, no
    milestone, no clause after it that may tell what it did."""
    head = _head(e)
    return (
        _LEAD_IN.search(head) is not None
        and not _LEAD_IN_FAILURE.search(e.text)
        and not _LEAD_IN_FAILURE.search(e.title)
        and not _LEAD_IN_CLAUSE.search(head)
        and not e.cues
        and e.milestone is None
    )


#: A failure named, or what one looks like: an entry with one may be the failure's first.
_FAILURE = re.compile(
    rf"\b(?:{'|'.join(v.FAILURE_WORDS + v.SYMPTOM_WORDS)})\b"
    rf"|{v.FAILURE_WORDS_CJK}",
    re.IGNORECASE,
)
#: Words of failure too weak to be its first entry ("issue", "problem": as often a report
#: received; "exposure", "spike", "timeout": as often a symptom seen later), but enough to
#: make an entry no quiet one.
_LIKE_FAILURE = re.compile(
    _FAILURE_LIKE_WORDS
    # Work that does not happen: "Users cannot reach the dashboard", "webhooks stop
    # arriving", "hasn't synced", "no longer loads".
    + rf"|\b(?:{'|'.join(v.SINCE_NOT_WORKING_WORDS)})|\b(?:{'|'.join(v.NOT_WORKING_WORDS)})\b",
    re.IGNORECASE,
)
_FAILURE_NEGATION = re.compile(rf"\b(?:{'|'.join(v.FAILURE_NEGATIONS)})\b", re.IGNORECASE)
_POSTED = re.compile(rf"\b(?:{'|'.join(v.REPORT_POSTED_WORDS)})\b", re.IGNORECASE)
#: The entries after a quiet first one in which the failure's first may be told.
_FAILURE_REACH = 3


def _names(pattern: re.Pattern[str], head: str) -> bool:
    """Whether ``head`` names a word of ``pattern`` not negated in its clause ("shows no
    errors", "did not fail", "kein Fehler" name none)."""
    for mm in pattern.finditer(head):
        # The negation near the word, two words at most before it in its clause: "Clients
        # with no retries see errors" names a failure.
        clause = max(head.rfind(c, 0, mm.start()) for c in ",;:.") + 1
        near = max(clause, _words_back(head, mm.start(), 2))
        if _FAILURE_NEGATION.search(head, near, mm.start()) is None:
            return True
    return False


def _words_back(text: str, end: int, count: int) -> int:
    """Where the ``count`` words before ``end`` in ``text`` start."""
    pos = end
    for _ in range(count):
        pos = text.rfind(" ", 0, max(pos - 1, 0))
        if pos < 0:
            return 0
    return pos + 1


def _quiet(e: m.TimelineEvent) -> bool:
    """An entry that tells no failure, nor anything like one, and no milestone: work done or
    a state before the failure ("First document written to the collection")."""
    head = _head(e)
    return (
        not e.cues
        and e.milestone is None
        and not _names(_FAILURE, head)
        and not _names(_LIKE_FAILURE, head)
    )


def _first_failure(events: list[m.TimelineEvent]) -> int:
    """The index of the first entry that tells a failure, after a first entry that tells none
    ("First document written to e9f85bf6 collection" before "contextd startup fails with
    metadata error", Fyrsmith Labs'; "Bot harian push draft article-076" before "Workflow
    ... mulai gagal", HIFDI's); 0 when the first entry tells one, when none of the few
    after it does, or when an entry that is not quiet comes first: a milestone (a failure
    told as it was found is its start too, but not one told as it was mitigated or
    resolved) or a weaker word of failure ("issues")."""
    if not events or not _quiet(events[0]):
        return 0
    for i in range(1, min(len(events), 1 + _FAILURE_REACH)):
        e = events[i]
        found = set(e.cues) <= {m.Milestone.STARTED, m.Milestone.DETECTED}
        if found and e.milestone is None and _names(_FAILURE, _head(e)):
            return i
        if not _quiet(e):
            return 0
    return 0


def _first_of_day(events: list[m.TimelineEvent], day: dt.date | None) -> int:
    """The index of the report's day's first entry, after quiet entries of earlier days only
    ("**Date:** 2026-08-03" over "2026-07-28 23:14 Commit removes the target environment"
    and "2026-08-03 21:15 Push to staging runs the workflow", Digital Aid Seattle's; the
    work weeks before that set the failure up); 0 when the report has no day, when no entry
    falls on it, or when an entry before it is not quiet. Not an entry that tells the report
    posted ("Post-mortem published"), nor one that tells a detection or another milestone."""
    if day is None or not events or events[0].at is None or events[0].at.date() >= day:
        return 0
    for i, e in enumerate(events):
        assert e.at is not None
        if e.at.date() > day:
            return 0
        if e.at.date() == day:
            # Not a detection or any milestone (the report dated by the day the failure was
            # found), nor the report's own posting (dated by the day it was published).
            told = set(e.cues) <= {m.Milestone.STARTED} and e.milestone is None
            return i if told and not _POSTED.search(_head(e)) else 0
        if not _quiet(e):
            return 0
    return 0


def lead_in_start(timeline: m.Timeline, day: dt.date | None = None) -> list[m.Evidence]:
    """The first entry after a timeline's lead-in: a change merged, a rollout begun, a routine
    update or backup, told first and naming no failure ("13:44 – DAST 2025.5 rollout began."
    before "14:04 – Technical support reported CrashLoopBackOff.", PortSwigger's; "Billing
    feature merged and deployed" before "First checkout attempt fails", Bibliomnomnom's);
    else the first that tells a failure after a quiet first entry (``_first_failure``); else
    the first of the report's own ``day`` after quiet entries of earlier days
    (``_first_of_day``). Evidence of where a start inferred from the timeline falls; a start
    the report states or words outranks it (``metrics``)."""
    events = [e for e in timeline.chronological() if e.at is not None and e.flag is None]
    k = 0
    while k < len(events) - 1 and _lead_in(events[k]):
        k += 1
    if k > _MOST_LEAD_INS:
        return []  # a log of work
    k = k or _first_failure(events) or _first_of_day(events, day)
    if k == 0:
        return []  # no lead-in
    after = events[k]
    quote = _head(after)[:80]
    # The entry is found again by its line: an edit of its time does not lose it.
    return [m.Evidence(m.Milestone.STARTED, after.at, "timeline", m.AFTER_LEAD_IN, quote,
                       after.line, 0.4)]  # fmt: skip


def _after_midnight(end: dt.datetime, start: dt.datetime | None) -> dt.datetime:
    """An end on its start's day but before it is on the day after: a window "from 22:10 to
    01:30" runs past midnight. Unchanged otherwise (or at the calendar's end)."""
    if (
        start is None
        or (start.tzinfo is None) != (end.tzinfo is None)
        or end.date() != start.date()
        or end >= start
    ):
        return end
    try:
        return end + dt.timedelta(days=1)
    except OverflowError:
        return end


def _past_midnight(end: m.Evidence, start: dt.datetime | None) -> m.Evidence:
    """An end the prose tells on its start's day but before it ("starting at 23:15 UTC on
    August 18, 2025 ... until natural recovery at 02:43 UTC"): the day after."""
    if end.at is None:
        return end
    at = _after_midnight(end.at, start)
    return end if at == end.at else attrs.evolve(end, at=at)


def since_starts(events: Sequence[m.TimelineEvent], dayfirst: bool = False) -> list[m.Evidence]:
    """A start an entry dates before its own time: "08:45: I noticed that the sensor hadn't
    reported any readings since approximately 9pm the previous evening" (differentpla), "Crate
    builds were failing since 2019-10-20 00:55 UTC" (docs.rs). The time is on the entry's day
    (in the zone the time names), or the day before when words say so or when it is later
    than the entry's own time; the earliest such start of the timeline, as evidence of the
    kind a sentence gives."""
    found: list[m.Evidence] = []
    for e in events:
        if e.at is None:
            continue
        low = e.text.lower()
        # Substrings first: a pattern searched in every entry cost more than the reading.
        if not any(w in low for w in _SINCE_STEMS) or not _SINCE_WORD.search(low):
            continue
        flat = _flat(e.text)
        mm = _prose_patterns()["since"].search(flat)
        if mm is None or not _since_failure(flat, mm.start("s")):
            continue
        st = read_stamp(_AT.sub("", mm.group("s").strip()), dayfirst=dayfirst,
                        base_year=e.at.year)  # fmt: skip
        if st.time is None or (st.zone is not None and e.at.tzinfo is None):
            continue  # no time, or one zoned and one not: no order to tell
        # The entry's moment on the clock the time is written on: "20:00 PST: failing since
        # 03:00 UTC" is the same UTC day, not the entry's Pacific one.
        ref = e.at.astimezone(st.zone) if st.zone is not None else e.at
        try:
            at = dt.datetime.combine(st.date or ref.date(), st.time, tzinfo=ref.tzinfo)
            if st.date is None and (mm.group("prev") or at > ref):
                at -= dt.timedelta(days=1)
        except OverflowError:
            continue  # a day before year 1
        if at < ref:
            found.append(m.Evidence(m.Milestone.STARTED, at.astimezone(e.at.tzinfo)
                                    if e.at.tzinfo is not None else at, "prose", "timeline",
                                    e.text[:80], e.line or None, _SAID_START))  # fmt: skip
    return sorted(found, key=lambda ev: ev.at or dt.datetime.min)[:1]


#: What makes an end of impact whole (``vocabulary.FULL_END_WORDS``).
_FULL_END = re.compile(rf"\b(?:{'|'.join(v.FULL_END_WORDS)})\b", re.IGNORECASE)
#: A word right before it that says the end is not whole yet: "though not yet at full
#: capacity", "still without full functionality".
_NOT_WHOLE = re.compile(
    r"\b(?:not|without|below|yet|reduced|never|partial)\b"
    r"(?:\s+(?!(?:and|but|or)\b)[\w-]+){0,2}\s*\Z",
    re.IGNORECASE,
)


def _whole(text: str) -> bool:
    """Whether ``text`` calls an end whole ("fully restored", "full service resumed")."""
    return any(
        not _NOT_WHOLE.search(text, max(0, mm.start() - 40), mm.start())
        for mm in _FULL_END.finditer(text)
    )


_ENDINGS = (m.Milestone.MITIGATED, m.Milestone.IMPACT_ENDED, m.Milestone.RESOLVED)
_FULL_ENDINGS = (m.Milestone.IMPACT_ENDED, m.Milestone.RESOLVED)
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)|[。！？；]")


def _negated(line: str, pos: int, negation: re.Pattern[str]) -> bool:
    """Whether the sentence around ``pos`` negates it."""
    if _NEGATION_BEFORE.search(line, max(0, pos - 40), pos):
        return True
    # "wasn't restored until 11:40 UTC": not before then, done then.
    if _NOT_BEFORE.search(line, max(0, pos - 40), pos) and not _UNTIL_AFTER.match(line, pos):
        return True
    return negation.search(line, *_sentence(line, pos)) is not None


#: An alert's own word (not "reported", whose report stands: "Customers reported that
#: webhooks did not fire"), then what says it stayed silent ("Alarm does not fire").
_SILENT_AFTER = re.compile(
    r"(?:alert|alarm|pag|monitor|detect|notif)[\w-]*"
    r"(?:\s+[\w-]+){0,2}?\s+(?:"
    + "|".join(v.UNDETECTED_AFTER_WORDS)
    + r")\s+(?:"
    + "|".join(v.UNDETECTED_AFTER_VERBS)
    + r")\b",
    re.IGNORECASE,
)

#: A short negation right before the phrase, a word or two between ("ne parvient pas à").
_NEGATION_BEFORE = re.compile(
    r"(?<!\w)(?:" + "|".join(v.NEGATION_BEFORE_WORDS) + r")\s+(?:[\w'-]+\s+){0,2}$",
    re.IGNORECASE,
)

#: The end's words, then "until" a word or three on: "wasn't restored until 11:40".
_UNTIL_AFTER = re.compile(
    r"[\w'-]+(?:\s+[\w'-]+){0,3}?\s+(?:until|till)\b"
    # Not a time still to come: "was not restored for EU users until later in the day".
    r"(?!\s+(?:later|further|next|tomorrow|after|then)\b)",
    re.IGNORECASE,
)

_NOT_BEFORE = re.compile(
    r"(?<![\w'])(?:" + "|".join(v.NOT_BEFORE_WORDS) + r")\s+"
    r"(?:(?!(?:" + "|".join(v.NOT_ALL_WORDS) + r")(?:\s|$))[\w'-]+\s+){0,2}$",
    re.IGNORECASE,
)


#: An adversary as the subject right before a detection word, adverbs at most between:
#: not "Attacker login triggered alerts" (the attacker's act, the team's alert).
_ADVERSARY_BEFORE = re.compile(
    r"\b(?:" + "|".join(v.ADVERSARY_WORDS) + r")\s+"
    r"(?:(?:" + "|".join(v.ADVERSARY_ADVERBS) + r")\s+){0,2}\Z",
    re.IGNORECASE,
)
#: The adversary's own find: a discovery verb in the present ("discovers", "finds"), or in
#: the past with what was found after it ("found the maintainer's password", "discovered
#: leaked AWS keys"). Not the adversary detected ("Attacker detected by GuardDuty",
#: "Attacker detected at 10:05", "The attacker was detected": "was" is no adverb of
#: ``_ADVERSARY_BEFORE``), nor a report or an alert about them.
_ADVERSARY_FIND = re.compile(
    r"(?:" + "|".join(v.ADVERSARY_FINDS_NOW) + r")\b"
    r"|(?:" + "|".join(v.ADVERSARY_FOUND) + r")\b"
    r"(?![ \t]*(?:$|[.,;:!?)\n]|(?:by|at|via|on|in|from|around|during|after|when|with)\b))",
    re.IGNORECASE,
)


def _undetected(
    line: str, pos: int, undetected: re.Pattern[str], document: re.Pattern[str]
) -> bool:
    """Whether the detection word at ``pos`` says nothing was detected ("despite not
    reporting any errors") or names a document ("a detailed report on the cause")."""
    before = line[max(0, pos - 40) : pos]
    if undetected.search(before) or _SILENT_AFTER.match(line, pos):
        return True
    if _ADVERSARY_BEFORE.search(before) and _ADVERSARY_FIND.match(line, pos):
        return True  # "Attacker discovers open Nomad API": the attacker's find
    # What a cause was found for: "Identified the reason for the alerts: the v2 deploy".
    if _CAUSE_OF.search(line, _clause_start(line, pos), pos):
        return True
    return line[pos : pos + 6].lower() == "report" and document.search(before) is not None


def _clause_start(line: str, pos: int) -> int:
    """Where the clause around ``pos`` starts: its sentence, after its last comma."""
    start, _ = _sentence(line, pos)
    return max(start, line.rfind(",", start, pos) + 1)


#: A cause or a reason and what it is of: the words after it name what failed, not a sighting.
_CAUSE_OF = re.compile(r"\b(?:cause|reason)s?\s+(?:of|for|behind)\b", re.IGNORECASE)


def _qualified(line: str, pos: int, purpose: re.Pattern[str], partial: re.Pattern[str]) -> bool:
    """Whether the end named at ``pos`` is only part of the way back ("partially restored"),
    or what an act is for: a purpose before it in its clause ("to prevent a thundering herd
    when the gateways are brought back online"; after a comma the clause is a new one: "To
    avoid further impact, we failed over")."""
    start, _ = _sentence(line, pos)
    if partial.search(line[max(start, pos - 40) : pos]):
        return True
    ahead = _STILL_AHEAD.search(line, max(start, pos - 60), pos)
    if ahead is not None:
        # Its verb says when: "before service is restored", "before it can be resolved".
        told = line[ahead.start() : pos + 24]
        if _AHEAD_VERB.search(told) and not _DONE_TENSE.search(told):
            return True
        # Or the end's own verb is in the present: "before the queue recovers".
        if _PRESENT_END.match(line, pos) and not _DONE_TENSE.search(told):
            return True
    return _after(line, pos, purpose)


#: "before" a word or three before an end's words: an end still ahead when they are not in a
#: past tense ("more work remains before service is restored", the Apache Software
#: Foundation's mail outage updates). Not "before bringing the service back online" (an act
#: done), "crashed before and service recovered", "Verified the replica before service was
#: restored".
_STILL_AHEAD = re.compile(
    r"\bbefore\s+(?![\w-]+ing\b)(?:(?!(?:and|then|but|or)\b)[\w'-]+\s+){0,3}$", re.I
)
_AHEAD_VERB = re.compile(r"\b(?:is|are|can|could|will|would|gets?|comes|goes|be)\b", re.I)
_DONE_TENSE = re.compile(r"\b(?:was|were|had|has been|have been|got)\b", re.I)
#: An end's verb in the present, third person ("recovers", "resumes", "resolves") or plural
#: ("before jobs run successfully again"): after "before" the end is still ahead. Not
#: "-ss"/"-us" words ("status").
_PRESENT_END = re.compile(r"[\w-]*[^\Wsu]s\b|(?:run|work|come|resume|recover|return)\b", re.I)


#: "but ... still" after an end in its sentence, and what is still failing: "still
#: recovering", "still broken", "still failed", "still not". ("but still without full
#: functionality" qualifies how whole the end is: ``_NOT_WHOLE`` reads that.)
_BUT_STILL = re.compile(
    r"\bbut\b(?:\s+[\w'-]+){0,6}?\s+still\s+(?:being\s+)?"
    # What is failing, not what the team still does ("still investigating", "will still
    # monitor"): those leave the end whole.
    r"(?:not|un(?!der)\w+|broken|down|fail\w*|degraded|slow|offline|missing|recovering|"
    r"catching up|erroring|crashing|timing out|affected|impacted|stuck|backlogged)\b"
    # Or a part that does not work yet, a verb negated after "but": "Node has restored and
    # regained healthy status, but volumes will not mount to the node" (Python Discord),
    # "this had resolved much of the impact ..., but we'd not yet fixed the load issues"
    # (Node.js). Not "but no data was lost", which says nothing is still failing.
    # What does not work is named by its verb: "but customers were not affected" and "but it
    # was not caused by the deploy" leave the end whole.
    r"|\bbut\b(?:\s+[\w'-]+){0,6}?\s+(?:(?:will|would|does|do|did|can|could|is|are|was|were"
    r"|has|have|had)\s+not|(?:wo|ca|does|do|did|is|are|was|were|has|have|had|could|would)n't"
    r"|\w+'d\s+not)\s+(?:yet\s+)?(?:be\s+)?(?:fixed|resolved|restored|back|mount|start|boot|work|"
    r"load|connect|respond|sync|come|run|recover|serve|reachable|available|accessible)\w*\b",
    re.IGNORECASE,
)


#: A part said still down in a sentence of its own after the end: "Community has been
#: successfully restored. The translation platform is still offline" (maicol07's page).
_STILL_DOWN = re.compile(
    r"\b(?:is|are|remains?|stays?)\s+still\s+(?:offline|down|unavailable|unreachable|broken|"
    r"failing|degraded)\b|\bstill\s+(?:offline|down|unavailable|unreachable)\b"
    # Italian: "gli altri servizi sono ancora non disponibili" (MMB's status page), "ancora
    # irraggiungibile"; not "ancora disponibili" (still available).
    r"|\bancora\s+(?:non\s+(?:disponibil|raggiungibil|funzionant|operativ)\w*|"
    r"irraggiungibil\w*|indisponibil\w*|offline|down|in errore)",
    re.IGNORECASE,
)


def _still_failing(line: str, pos: int) -> bool:
    """Whether the sentence of the end named at ``pos`` goes on to say what is still not
    back: "We've restored access to Kitsu but our servers are still recovering" (Kitsu's
    status page), "The original bug ... is resolved, but automatic builds are still broken"
    (USDR), "AP node crash resolved via restart, but identity resolution still failed"
    (cheqd); or leaves a part out ("available again except for HSPC"); or a sentence after
    it says a part is still down: "Community has been successfully restored. The
    translation platform is still offline" (maicol07's page)."""
    _, end = _sentence(line, pos)
    return (
        _BUT_STILL.search(line, pos, end) is not None
        or any(
            # Not a part left out of what is denied: "no data loss other than two jobs".
            _NEGATION.search(line, pos, mm.start()) is None
            for mm in _EXCEPT.finditer(line, pos, min(end, pos + 80))
        )
        or _STILL_DOWN.search(line, pos) is not None
    )


#: A part left out of an end, after its words ("restored to all services except builds").
_EXCEPT = re.compile(r"\b(?:" + "|".join(v.EXCEPT_WORDS) + r")\b", re.IGNORECASE)


def _some_of(line: str, pos: int) -> bool:
    """Whether the clause of the end named at ``pos`` says it holds for some of what failed:
    its subject opens with "most", "some", "several", "a few" ("Most validators are signing
    again", Cosmos Hub's upgrade retro; "Some workflows started succeeding again")."""
    start = _clause_start(line, pos)
    # The end's own clause, after "and" too: "Several fixes were deployed and service is back
    # online" says "several" of the fixes.
    joined = line.rfind(" and ", start, pos)
    if (
        joined >= 0
        and _SAME_SUBJECT.match(line, joined + 5)
        and _STILL_SO.search(line, start, joined)
    ):
        # "A small subset of nodes remain affected and are pending reboots to bring them
        # back online" (Civo): "and" goes on with the subject before, which is still down.
        # Not "The majority of users were affected and are now back online": all of them are.
        joined = -1
    return _SOME.match(line, joined + 4 if joined >= 0 else start, pos) is not None


#: Words opening a clause after "and" that has no subject of its own: the one before goes on.
_SAME_SUBJECT = re.compile(r"(?:are|is|were|was|have|has|had)\b", re.IGNORECASE)
_STILL_SO = re.compile(r"\b(?:remains?|still)\b", re.IGNORECASE)


_SOME = re.compile(
    r"[\s*_>-]*(?:" + "|".join(v.SOME_OF_WORDS) + r")\s+(?!of the time\b)", re.IGNORECASE
)


def _begun(line: str, pos: int, phrase: re.Pattern[str], begun: re.Pattern[str]) -> bool:
    """Whether the phrase at ``pos`` names a step only begun ("Key rotation started"), not
    one its sentence says finished ("was started at 12:00 and finished at 12:30")."""
    mm = phrase.match(line, pos)
    if mm is None or begun.match(line, mm.end()) is None:
        return False
    _, end = _sentence(line, pos)
    return _DONE_LATER.search(line, mm.end(), end) is None


#: A step's end told after its start in the sentence: "started at 12:00 and finished at
#: 12:30", "began, completing at 12:30".
_DONE_LATER = re.compile(
    r"(?<!to )(?<!yet )(?<!was )(?<!were )(?<!be )(?<!will )(?<!not )"
    r"\b(?:complet\w*|finish\w*|done|took effect|succeeded)\b",
    re.I,
)


def _after(line: str, pos: int, words: re.Pattern[str]) -> bool:
    """Whether ``words`` stand before ``pos`` in its clause: in its sentence, with no comma
    between (after a comma the clause is a new one: "To avoid further impact, we failed
    over"; "As proposed, we rolled back")."""
    start, _ = _sentence(line, pos)
    last = None
    for mm in words.finditer(line, start, pos):
        last = mm
    return last is not None and "," not in line[last.end() : pos]


def _sentence(line: str, pos: int) -> tuple[int, int]:
    """The bounds of the sentence (or clause after a semicolon) around ``pos``."""
    start = 0
    for mm in _SENTENCE_END.finditer(line, 0, pos):
        start = mm.end()
    end = _SENTENCE_END.search(line, pos)
    return start, end.end() if end else len(line)


# ---------------------------------------------------------------------------------------------
# Prose: sentences that date the incident ("between 12:17 and 12:30 UTC", "At 14:02 we were
# alerted", "service was restored at 15:40").

#: The English weekdays, as they are capitalised in prose.
_WEEKDAY_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"

#: "About" before a time, in the languages read ("approximately 14:10", "gegen 17 Uhr").
_ABOUT = (
    r"(?:(?:approximately|approx\.|about|around|roughly|~"
    # The same in German, French, Spanish and Portuguese ("seit etwa 14:10", "depuis environ
    # 17h", "desde aproximadamente las 10:00").
    r"|etwa|ca\.|gegen|environ|vers|aproximadamente|cerca de|alrededor de|por volta d[ae]s) ?)?"
)
#: "About" standing for "at about" after an end's words: "The processing delay ended on 24th
#: October about 7:00 PM" (Allegro's queue failure), "the outage ended around 07:18Z".
_ABOUT_ALONE = r"(?=(?:approximately|about|around|roughly) )"
#: An English month's name, as prose writes it after a time ("19.00 Nov 09").
_EN_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
#: A month's day right after a time, with no "on" between them: "from 19.00 Nov 09 to 10.00
#: Nov 10 (GMT)" (NHM Scratchpads), "8:00 pm October 29" (Search.gov), "14:30 UTC Jan 11,
#: 2026" (a Neon data wipe), "at 22:20 UTC May 22" (pgmac).
_DAY_RIGHT_AFTER = rf",? {_EN_MONTH} \d{{1,2}}(?:st|nd|rd|th)?\b(?:,? \d{{4}}\b)?"
#: The dot of "19.00 Nov 09", read as a colon (``_STAMPISH`` takes it only before a day).
_DOTTED_BEFORE_DAY = re.compile(rf"^(~?\d{{1,2}})\.(?=\d\d(?: [A-Z]{{2,4}})?{_DAY_RIGHT_AFTER})")
_STAMPISH = (
    # A day before the time: "May 1st, 2024", "2024-05-01", "18 July 2025" (with its year).
    # Its weekday first: "until Tuesday, December 28, 2021, 6:02:48.533 PM" (Composable).
    rf"(?:(?:(?:{_WEEKDAY_DAYS}),? )?"
    # In numbers, day or month first: "started at 20-01-2026 08:00 CET" (Simple Analytics).
    # Year first with slashes too: "At 2017/01/31 18:00 UTC, we detected" (GitLab).
    r"(?:[A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?,?(?: \d{4})?|\d{4}-\d{2}-\d{2}|\d{4}/\d{2}/\d{2}"
    r"|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}"
    r"|(?:the )?\d{1,2}(?:st|nd|rd|th)? (?:of )?[A-Z][a-z]+\.?,? \d{4}),? )?"
    r"(?:at |@ ?|um |à )?"  # "Sept 30 @ 22:16:01 UTC" (Nibiru), "Jun 12, 2026 at 13:17 UTC"
    + _ABOUT  # "Seit dem 25.07.2019 gegen 17 Uhr" (Freifunk Dresden)
    + r"(?:(?:\d{1,2}[:h]\d{2}"
    # A dotted time only with its day right after it: "19.00 Nov 09"; alone, "19.00" is as
    # often a price or a version.
    # Two digits of hours, no version's dot or letter before: not "upgraded to 2.10 March 3".
    + rf"|(?<![\w.])\d{{2}}\.\d{{2}}(?=(?: [A-Z]{{2,4}})?{_DAY_RIGHT_AFTER}))"
    + r"(?::\d{2}(?:\.\d{1,6})?)?(?: ?[AaPp]\.?[Mm]\.?)?"
    # An hour alone, as German and French write it: "gegen 17 Uhr", "depuis environ 17h"
    # (Flus), "peu avant 10h" (alwaysdata); read as the hour's start (``_BARE_HOUR``).
    r"|\d{1,2} ?[Uu]hr\b|(?<![\d.,])(?:[01]?\d|2[0-3])h(?![\w'’])"
    # "not resolved until midnight UTC on the 17th" (Node.js).
    # Only with its day after it: "restored at midnight" alone may be either midnight, and
    # "the cron job that runs at midnight" is no moment of the incident.
    r"|\d{1,2} ?[AaPp]\.?[Mm]\b\.?|\bmidnight(?=(?: [A-Z]{2,4})?,? on \S))"
    # A zone, with its offset: "UTC-05:00" is one zone, not a window that ends at 05:00.
    # "14:00 UTC-15:30 UTC" is a window: an offset followed by a zone is the next time.
    # A zone's IANA name is a zone too: "from 6:48 to 7:42 US/Pacific" (Google Cloud).
    r"(?: ?(?:(?:US|America|Europe|Asia|Australia)/[A-Z][A-Za-z_]{2,20}"
    # A US zone written out: "6:30 PM Eastern Standard Time", "1:20 PM Eastern Time".
    r"|(?:Eastern|Pacific|Central|Mountain)(?: Standard| Daylight)? [Tt]ime\b"
    # The region alone, ending the clause: "at approximately 6:00 PM Pacific, an attacker"
    # (Guardrails AI), "2024-06-28 7:09 AM Eastern:" (PyPI).
    # Only right after am/pm: "At 11:00 Central and Eastern datacenters" names regions.
    r"|(?:(?<=[AaPp][Mm] )|(?<=[AaPp]\.[Mm]\. ))(?:Eastern|Pacific|Central|Mountain)"
    r"(?=[,;:)]|\.(?:\s|$)|\s+(?:on|to|until)\b)"
    # In parentheses: "from 2022-06-11 20:18 (UTC) until ..." (OpenStreetMap's outage
    # reports), "timestamped 13:17 (UTC)" (Polar).
    r"|\([A-Z]{2,4}(?:[+-]\d{1,2}(?::?\d{2})?)?\)"
    r"|[A-Z]{2,4}(?:[+-]\d{1,2}(?::?\d{2})?(?![\d:])(?! ?[A-Z]{2,4}\b))?"
    r"(?![+-]\d{1,2}(?::?\d{2})?(?![\d:])(?! ?[A-Z]{2,4}\b))))?"
    # "18:30 on November 27, 2025 (UTC)": the day after the time.
    # A numeric day too: "17:41 UTC on 2023-07-19" (crates.io), "18:00 on 15/10/2024" (eplus).
    # A note between them: "01:21:32 (all times are UTC) on the 26th of December 2025".
    r"(?:(?: \([^()\n]{1,40}\))?,? on (?:the )?"
    # Its weekday first: "At 4:00 PM ET on Thursday, June 30, 2022" (VA.gov), "Around 11:00
    # on Wednesday September 12" (Wynton).
    rf"(?:(?:{_WEEKDAY_DAYS}),? (?=[A-Z\d]))?"
    r"(?:[A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?(?:, \d{4})?"
    r"|\d{1,2}(?:st|nd|rd|th)? "
    r"(?:of )?[A-Z][a-z]+(?: \d{4})?"
    r"|\d{4}-\d{2}-\d{2}\b|\d{1,2}[/.]\d{1,2}[/.]\d{4}\b"
    # The day of the month alone: "at approximately 8 PM UTC on the 16th" (Node.js), "At
    # 22:05 on the 27th" (CS++): its month is the one nearest the day written before.
    # Not before a word: "on the 2nd attempt", "on the 4th floor".
    r"|\d{1,2}(?:st|nd|rd|th)\b(?!\s*[A-Za-z]))(?: \([A-Z]{2,4}\))?"
    + rf"|{_DAY_RIGHT_AFTER}(?: \([A-Z]{{2,4}}\))?)?"
    r"|\d{4}(?= and| to)|\d{4} (?:UTC|GMT|[A-Z]{2,4}T)\b"
)
#: A time as Chinese, Japanese and Korean prose writes it, with the day's part before it:
#: "今天下午 14:44", "17:11 分", "晚上10点", "14時44分", "오후 2시 30분" (read by
#: ``read_stamp``, which knows the parts of the day).
#: A zone Chinese and Japanese write before the time ("北京时间 14:00", "美国东部时间凌晨5点").
_CJK_ZONE_NAMES = "|".join(sorted((z for z in ZONES if not z.isascii()), key=len, reverse=True))
_CJK_ZONE_FIRST = re.compile(rf"^({_CJK_ZONE_NAMES})\s*")
_CJK_TODAY = ("今天", "今日", "当天", "當天", "同日", "当日", "당일")
#: The characters such a time can start with, besides a digit.
_CJK_TIME_FIRST = "".join(
    sorted({w[0] for w in (*_CJK_TODAY, *CJK_DAY_PART_WORDS, *_CJK_ZONE_NAMES.split("|"))})
)
_CJK_TIME = (
    # Its first character a digit or of these scripts: tried at each place of a long text,
    # the pattern fails at once at every other (a tenth of a parse otherwise).
    rf"(?=[\d{_CJK_TIME_FIRST}])"
    rf"(?:(?:{_CJK_ZONE_NAMES})\s*)?"
    rf"(?:(?:{'|'.join(_CJK_TODAY)})\s*)?"
    rf"(?:(?:{'|'.join(CJK_DAY_PART_WORDS)})\s*)?"
    r"(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*分)?|\d{1,2}\s*[点點時时시](?![間间간])(?:\s*\d{1,2}\s*[分분])?)"
)
#: No other time between a time and its words ("14:44 … 至 17:11 分恢复" ended at 17:11). A
#: link's target counts as one: "晚上10点，……如[CMT Wallet](https://…)……很快就完全恢复了".
_CJK_UNTIMED = r"(?:\]\([^()\n]*\)|(?!\d{1,2}(?::\d\d|\s*[点點時时시]))[^。；;！？!?\n])"
_CJK_FAILS = "|".join(v.CJK_FAILURE_WORDS)
#: Another incident's words (``vocabulary.CJK_OTHER_INCIDENT_WORDS``): "另一个集群也出现过
#: 同样的问题，至 20:00 恢复了" ends nothing of this one.
_CJK_OTHER = re.compile("|".join(v.CJK_OTHER_INCIDENT_WORDS))
#: The same as ``_CJK_UNTIMED``, nor a plan, a maybe or another incident's words on the way:
#: "凌晨 2:00，计划进行数据库升级，期间可能出现短暂不可用".
_CJK_TOLD = rf"(?:(?!{'|'.join(v.CJK_PLAN_WORDS)}|{_CJK_OTHER.pattern}){_CJK_UNTIMED})"
#: A failure still going on: "仍然出现延迟", "仍然不可用" (not "仍在调查根因").
_CJK_STILL_FAILING = rf"(?:{'|'.join(v.CJK_STILL_WORDS)})[^。；;！!？?\n]{{0,15}}?(?:{_CJK_FAILS})"
#: The same for a start, nor a failure still going on: "15:20，缓存集群恢复正常，但数据库仍然
#: 出现延迟" starts nothing at 15:20.
_CJK_TOLD_START = (
    rf"(?:(?!{'|'.join(v.CJK_PLAN_WORDS)}|{_CJK_OTHER.pattern}|{_CJK_STILL_FAILING})"
    rf"{_CJK_UNTIMED})"
)
#: A recovery the rest of its sentence takes back: "CPU 恢复正常，但服务仍然不可用". Not
#: "服务恢复正常，但我们仍在调查根因" (still investigating).
_CJK_NOT_STILL = (
    rf"(?![^。；;！!？?\n]{{0,40}}?(?:{'|'.join(v.CJK_BUT_WORDS + v.CJK_STILL_WORDS)})"
    rf"[^。；;！!？?\n]{{0,15}}?(?:{_CJK_FAILS}))"
)
_CJK_OCCURS = "|".join(v.CJK_OCCURRED_WORDS)
_CJK_ABOUT = r"\s*(?:左右|前后|前後|頃|ごろ|경)?"
#: What follows a time that opens its clause: a comma or a particle ("14:44 左右，",
#: "14時44分頃、", "17時11分に", "오후 2시에"). Not a table's cell ("| 23:50 | Job 成功、
#: 復旧確認") nor a time inside a list of them ("14:30 ~ 16:00 challenge 기록").
_CJK_LEADS = rf"{_CJK_ABOUT}\s*(?:[，、,]|に|에|(?:より|から|부터)\s*[，、,]?)"
#: A French clock time with its minutes after a French word of time ("de 18h15", "à 14h25"):
#: not a length ("Total downtime was 1h30").
_FRENCH_CLOCK = re.compile(
    # Or after a colon set off as French sets it ("Nouvelle mise à jour : 18h15"), not
    # after "Downtime: 1h45".
    r"(?:\b(?i:à|de|vers|dès|depuis|entre|et|jusqu'à|avant|le|la|jour)\s*:?|\s:)\s+~?\d{1,2}h[0-5]\d\b"
)
#: An entry's stamp that is a French clock time ("17h05").
_FRENCH_STAMP = re.compile(r"~?\d{1,2}h[0-5]\d\b")
#: A French hour alone ("17h").
_FRENCH_HOUR = re.compile(r"(?<![\d:.,])\d{1,2}h(?![\w'’])")
#: An hour written alone, German "17 Uhr" and French "17h", as the clock time it is.
_BARE_HOUR = re.compile(r"(?<![\d:.,])\b(\d{1,2})(?: ?[Uu]hr\b|h(?![\w'’]))")
#: A character of the sentence a time and its words share: a dot inside a word does not end
#: the sentence ("all services hosted on devosmium.xyz became inaccessible", "version 1.4.2
#: was deployed", "api.example.com went down"); one before a blank, a capital or closing
#: marks does ("the change.* The cache crashed", "“We are investigating.” The API").
_CLAUSE = r"(?:[^.|]|\.(?=[a-z0-9/]))"
#: A character of the clause between a time and its words, no other time starting there: "At
#: 09:12 UTC the API went down, and at 09:30 UTC we were alerted" was alerted at 09:30.
_UNTIMED = rf"(?:(?!\d{{1,2}}(?:[:h]\d\d| ?[AaPp]\.?[Mm]\b)){_CLAUSE})"
#: A failure going on since a time (``vocabulary.SINCE_FAILING_WORDS``), in one clause: the
#: time in ``s``, and ``prev`` when words after it put it on the day before.
_SINCE_BODY = (
    rf"\b(?:{'|'.join(v.SINCE_FAILING_WORDS + v.SINCE_NOT_WORKING_WORDS)})\b[^.;|]{{0,80}}?"
    rf"\b(?i:{'|'.join(v.SINCE_WORDS)}) {_ABOUT}(?P<s>{_STAMPISH})"
    rf"(?P<prev>,? (?:{'|'.join(v.SINCE_DAY_BEFORE_WORDS)})\b)?"
)
#: Words that make a time the failure's words follow ("seit 17 Uhr ...") a recovery's.
_SINCE_RECOVERED = re.compile(rf"\b(?:{'|'.join(v.SINCE_RECOVERED_WORDS)})\b", re.IGNORECASE)


def _recovered(text: str, start: int, end: int) -> bool:
    """Whether the sentence tells a recovery not negated ("die Störung ist behoben", not "noch
    nicht behoben")."""
    for mm in _SINCE_RECOVERED.finditer(text, start, end):
        if _FAILURE_NEGATION.search(text, _words_back(text, mm.start(), 2), mm.start()) is None:
            return True
    return False


_SINCE_WORD = re.compile(rf"\b(?:{'|'.join(v.SINCE_WORDS)})\b", re.IGNORECASE)
#: The letters each of those words opens with ("since", "depuis", "desde"): a cheap test first.
_SINCE_STEMS = tuple(re.split(r"\W", w, maxsplit=1)[0] for w in v.SINCE_WORDS)
_SINCE_FAILING = re.compile(rf"\b(?:{'|'.join(v.SINCE_FAILING_WORDS)})\b", re.IGNORECASE)
_SINCE_NOT_WORKING = re.compile(rf"\b(?:{'|'.join(v.SINCE_NOT_WORKING_WORDS)})", re.IGNORECASE)
#: How long before a told start a failure "since" an earlier time may have begun and still
#: start the incident (docs.rs: builds failing 25 hours before the site went down).
_SINCE_REACH = dt.timedelta(hours=48)
#: After a verb of seeing, "that" may go unsaid: "At 17:30 I noticed the dashboard was
#: unreachable" (quasarlab's homelab), "we discovered the disk was full". (Not after one of
#: being told: "we were alerted to errors which had begun at 16:05" dates their start.)
_REPORTED_THAT = re.compile(
    rf"\b(?:(?:{'|'.join(v.REPORTED_THAT_WORDS)})(?: (?:us|me|them|him|her))? that"
    rf"|(?:{'|'.join(v.SAW_THAT_WORDS)}) (?:the|our|a|an)\b[^.;,]{{1,60}}?"
    r"\b(?:was|were|is|are|had)\b)",
    re.IGNORECASE,
)
_UNRELATED = re.compile(rf"\b(?:{'|'.join(v.UNRELATED_WORDS)})\b", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:no|not|never|without|zero|nothing|none)\b|n't\b", re.IGNORECASE)
#: "at" before a time the prose patterns take with it ("at 14:05"): not the stamp's.
_AT = re.compile(r"^at ")
#: How sure a start read from a sentence is (a window's bounds are surer, 0.8).
_SAID_START = 0.6


def _since_failure(text: str, since: int) -> bool:
    """Whether the clause before "since" at ``since`` tells a failure going on: a failure
    not negated ("failing since", not "no errors since" nor "hasn't been down since"), or
    work that has not happened ("hadn't reported any readings since")."""
    start = _clause_start(text, since)
    failing = _SINCE_FAILING.search(text, start, since)
    if failing is not None:
        return _NEGATION.search(text, start, failing.start()) is None
    return _SINCE_NOT_WORKING.search(text, start, since) is not None


@lru_cache(maxsize=2)
def _prose_patterns(cjk: bool = False) -> dict[str, re.Pattern[str]]:
    """The prose readings' patterns; with ``cjk``, also as Chinese, Japanese and Korean
    tell them. Those alternatives start at any digit, so they cost a report written without
    these scripts a tenth of its parse and are left out of its patterns."""

    def alt(words: tuple[str, ...]) -> str:
        return "|".join(words)

    # A time, then the failure said to occur ("14:44 左右，网易云音乐出现不可用故障",
    # "14時44分頃、障害が発生し").
    cjk_started = (
        rf"|(?P<v>{_CJK_TIME}){_CJK_LEADS}{_CJK_TOLD_START}{{0,40}}?"
        rf"(?:(?:{_CJK_OCCURS})[^。；;，,、\n]{{0,12}}?(?:{_CJK_FAILS})"
        rf"|(?:{_CJK_FAILS})[^。；;，,、\n]{{0,6}}?(?:{_CJK_OCCURS}))"
    )
    # "至 17:11 分恢复", "截止到 17:11 分，……已经恢复" (until then, restored), "晚上10点，……完全
    # 恢复了", "17時11分に復旧しました".
    cjk_ended = (
        rf"|(?:至|到|截止到?|截至)\s*(?P<f>{_CJK_TIME}){_CJK_TOLD}{{0,30}}?[恢回][复復]"
        rf"{_CJK_NOT_STILL}"
        rf"|(?P<g>{_CJK_TIME}){_CJK_LEADS}{_CJK_TOLD}{{0,120}}?"
        rf"(?:{alt(v.CJK_RESTORED_WORDS)}){_CJK_NOT_STILL}"
    )
    # "从 17:44 到 21:11", "14時44分から17時11分まで", "14:44부터 17:11까지".
    cjk_window = (
        rf"|(?:从|從)\s*(?P<w>{_CJK_TIME})\s*(?:到|至|~|〜|～)\s*(?P<x>{_CJK_TIME})"
        rf"|(?P<y>{_CJK_TIME}){_CJK_ABOUT}\s*(?:から|부터)\s*(?P<z>{_CJK_TIME}){_CJK_ABOUT}"
        rf"\s*(?:まで|까지)"
    )
    if not cjk:
        cjk_started = cjk_ended = cjk_window = ""

    return {
        "window": re.compile(
            rf"\b(?:{alt(v.WINDOW_OPENERS)})(?: the hours of)? {_ABOUT}(?P<a>{_STAMPISH})"
            # A note on the start before the joiner: "between 12.39UTC (Block #8647535) and
            # 17.17UTC" (Persistence), "from 14:00 UTC (10:00 ET) to 15:00 UTC".
            rf"(?: \([^()\n]{{1,40}}\))?"
            # "from ~8:00-11:00 AM ET": a dash joins them too.
            # "until the 2022-06-12 03:45 (UTC)" (OpenStreetMap): "the" before a day in digits.
            # An arrow too, after the opener: "from 13:16 -> 14:10" (the Guardian's frontend
            # incident reports), "from 00:30 -> 01:15 UTC" (PagerTree).
            rf"(?: (?:{alt(v.WINDOW_JOINERS)}) | ?(?:[-–—]|->|→) ?){_ABOUT}(?:the (?=\d{{4}}-))?"
            rf"(?P<b>{_STAMPISH})"
            # A field whose value is the window: "Date: May 28 2025, 11:30 AM UTC - May 29 2025,
            # 17:30 UTC", "Period: March 12th 2014 18:50 UTC to 19:20".
            # The key's last word is enough ("Incident window:", "Date/Time:"); matched at word
            # starts only, so the long prose of a report costs no more than before.
            rf"|\b(?i:{v.WINDOW_FIELD_WORDS})s?: "
            # The length first, the window in parentheses: "Duration: ~30 minutes (16:15 -
            # 16:45 CET)", "Duration: ~1h 50m (9:30 AM – 11:20 AM PT)".
            # Its ends may be named and joined by an arrow, as under the other keys: "Duration:
            # ~2h (CRD wedged 21:01 UTC → resolved ~23:09 UTC)" (GitOps-Homelab), "~7h 20m
            # (2026-05-13 15:40 UTC start → 23:00 UTC recovery)" (lucos), "~5h45m (2026-06-20
            # 07:46 UTC → 13:18 UTC for most users)" (bibigon14), "~1h active (~12:01 AEST →
            # ~13:01 AEST)" (pgmac).
            rf"(?:~ ?)?(?:[\d.]+ ?[a-z]+,? ?){{1,3}}(?:[a-z]+ )?\("
            rf"(?:[A-Za-z][\w-]* ){{0,3}}"
            rf"{_ABOUT}(?P<e>{_STAMPISH})(?: [a-z]+)? ?(?:[-–—]|->|→|{alt(v.WINDOW_JOINERS)}) ?"
            # Not an end for a part ("07:46 UTC → 13:18 UTC for bridge; ~10 minutes for
            # wc2026bot", bibigon14): the whole ends later.
            rf"(?:[a-z]+ )?{_ABOUT}(?P<f>{_STAMPISH})(?![A-Z]*(?: [A-Z]{{2,4}})? for\b)"
            rf"|\b(?i:{v.WINDOW_FIELD_WORDS})s?: "
            rf"{_ABOUT}(?P<c>{_STAMPISH}) ?"
            # A note on the start here too: "Incident window: approx. 2026-04-03 17:04 PDT
            # (commit 237fca5) through 2026-04-10 20:58 PDT" (oxpulse).
            rf"(?:\([^()\n]{{1,40}}\) )?"
            # Under such a key an arrow joins them too ("Start–End: 14:02 → 14:37 PT"); in
            # prose it converts ("20:00 UTC → 02:00 Dhaka").
            rf"(?:[-–—]|->|→|{alt(v.WINDOW_JOINERS)}) ?{_ABOUT}(?P<d>{_STAMPISH})"
            # A range in parentheses after what it dates: "unavailable for 47 minutes
            # (14:00–14:47 UTC)", "For about two hours on 1 May 2024 (14:00-16:00 UTC)".
            rf"|\({_ABOUT}(?P<g>{_STAMPISH}) ?[-–—] ?(?P<h>{_STAMPISH})\)"
            # Joined as Chinese, Japanese and Korean teams join a window, in either form of
            # parentheses, right after its length (and a word): "失败 14 分钟（17:00:44 至
            # 17:14:46）" (shelken), "~14시간 (02:01 ~ 18:35 KST)", "~50분 명시적 (23:02 ~
            # 23:52 KST)" (jiunbae), "약 10분 (15:43:00 ~ 15:53:00)" (Twodragon). Not any
            # range so written: "計画メンテナンス（02:00〜04:00）", "open (09:00 ~ 18:00)".
            rf"|(?<![\d.])\d{{1,3}}(?:\.\d)? ?(?:{_LENGTH_UNITS})(?: [^\s()（）]{{1,12}})? ?[(（]"
            rf"{_ABOUT}"
            rf"(?P<q>{_STAMPISH}) ?(?:[-–—〜～~]|至|到) ?(?P<r>{_STAMPISH})[)）]"
            # A range right after the impact's word: "Every service was unreachable
            # 03:35–09:17 UTC" (CalCOFI's incident log), "was down 14:00-14:47".
            rf"|\b(?:{alt(v.BARE_WINDOW_WORDS)}),? {_ABOUT}(?P<m>{_STAMPISH}) ?[-–—] ?"
            rf"{_ABOUT}(?P<n>{_STAMPISH})"
            # A day and its time, a wave dash, a time: "2026-03-11 00:58〜01:18 JST に" (SOTAS):
            # the window as Japanese and Korean teams write it ("14:37 ~ 15:58 (GMT+9)" in
            # litomi's log, "20:05頃 〜 20:18頃" in LINE's), with no word before it.
            # Its day also in the Japanese and Chinese form: "2022年10月19日 12:00頃 〜 16:18頃
            # （UTC+9）" (LINE's outage notice), "2025年12月1日 14:00 ~ 16:30".
            rf"|(?P<o>\d(?<!\d\d)\d{{3}}"
            rf"(?:[-/]\d{{1,2}}[-/]\d{{1,2}}[ T]|年\d{{1,2}}月\d{{1,2}}日 ?)"
            rf"\d{{1,2}}:\d{{2}}(?::\d{{2}})?"
            # With its offset, as an edit of the start writes it: "2022-10-19 13:00+09:00 〜".
            rf"(?:[+-]\d\d:?\d\d)?)"
            rf"(?:頃|ごろ)? ?[〜～~] ?(?P<p>(?:{_STAMPISH})"
            # The zone after it, in either form of parentheses: "16:18頃 （UTC+9）".
            rf"(?:(?:頃|ごろ)? ?[(（](?:UTC|GMT) ?[+-]\d{{1,2}}(?::?\d\d)?[)）])?)"
            # "starting at 07:00 UTC and ending at 11:00 UTC", "starting on March 5, 2024 at
            # 22:00 UTC, and ending on March 6, 2024 at 02:00 UTC".
            rf"|\b(?:{alt(v.WINDOW_START_WORDS)}) (?:on )?{_ABOUT}(?P<i>{_STAMPISH}),? and "
            rf"(?:{alt(v.WINDOW_END_WORDS)}) (?:on )?{_ABOUT}(?P<j>{_STAMPISH})"
            # "Starting on 1/23/2024 at 3:00pm ET to 1/24/2024 at 11:12am ET".
            rf"|\b(?:{alt(v.WINDOW_START_WORDS)}) (?:on |from )?{_ABOUT}(?P<k>{_STAMPISH}),? "
            rf"(?:{alt(v.WINDOW_START_JOINERS)}) {_ABOUT}(?P<l>{_STAMPISH})"
            rf"{cjk_window}"
        ),
        "planned": re.compile(rf"\b(?:{alt(v.PLANNED_WORDS)})\b", re.IGNORECASE),
        # The CJK words without word boundaries: their scripts write none.
        "routine": re.compile(
            rf"\b(?:{alt(v.PLANNED_WORDS + v.ROUTINE_WORDS)})\b|{alt(v.ROUTINE_WORDS_CJK)}",
            re.IGNORECASE,
        ),
        "started": re.compile(
            rf"\b(?:[Aa]t|[Aa]round|[Aa]pproximately|roughly|about)\s+"
            rf"(?:roughly |approximately |around )?(?P<a>{_STAMPISH}){_UNTIMED}{{0,120}}?"
            rf"\b(?:{alt(v.PROSE_START_WORDS)})\b"
            rf"|\b(?:{alt(v.PROSE_START_WORDS)}) (?:at|around|about|approximately|roughly|by) "
            rf"{_ABOUT}(?P<b>{_STAMPISH})"
            # A state from a time, with no end joined to it: "The Matrix.org homeserver was
            # unavailable from 2025-09-02 17:45 UTC and full service resumed at ..." (a window
            # with an end is the window reader's). A state only: not "a similar outage from
            # 2025-07-01" (another incident named), nor "Backups failed from 03:00 every night".
            rf"|\b(?:{alt(v.STATE_FROM_WORDS)}) from {_ABOUT}(?P<f>{_STAMPISH})"
            rf"(?![^.;\n]{{0,60}}\b(?:{alt(v.STATE_FROM_NOT_WORDS)})\b)"
            # "At 11:32 we deployed ... Right after the deployment the application was not
            # reachable": a dated change, and failure in the sentence that follows it.
            rf"|\b(?:[Aa]t|[Aa]round) {_ABOUT}(?P<c>{_STAMPISH}){_CLAUSE}{{0,200}}\.\s+"
            rf"(?:{alt(v.PROSE_FOLLOW_ON_WORDS)})\b{_CLAUSE}{{0,150}}?\b(?:{alt(v.PROSE_START_WORDS)})\b"
            rf"|{_SINCE_BODY}"
            # The failure's words after the time: "Seit dem 25.07.2019 gegen 17 Uhr liegt eine
            # großflächige Störung vor" (Freifunk Dresden).
            rf"|\b(?i:{alt(v.SINCE_FIRST_WORDS)}) {_ABOUT}(?P<u>{_STAMPISH}){_UNTIMED}{{0,120}}?"
            rf"\b(?i:{alt(v.SINCE_FAILING_WORDS)})\b"
            rf"{cjk_started}"
        ),
        # Compiled here, not at import: the entries' "since" reading (``since_starts``).
        "since": re.compile(_SINCE_BODY),
        "detected": re.compile(
            rf"\b(?:[Oo]n|[Aa]t) {_ABOUT}(?P<a>{_STAMPISH}){_UNTIMED}{{0,60}}?"
            rf"\b(?:{alt(v.PROSE_DETECT_WORDS)})\b"
            # "discovered and reported internally by 22:50 GMT" (n0's relay outage).
            rf"|\b(?:{alt(v.PROSE_DETECT_WORDS)}){_CLAUSE}{{0,100}}? (?:on|at|by) "
            rf"(?P<b>{_STAMPISH})"
            # "... consensus reached at 10:19 GMT. Shortly thereafter, validators reported
            # errors": a dated moment, and the detection in the sentence that follows it.
            rf"|\b(?:[Aa]t|[Aa]round) {_ABOUT}(?P<c>{_STAMPISH}){_CLAUSE}{{0,200}}\.\s+"
            rf"(?:{alt(v.PROSE_FOLLOW_ON_WORDS)})\b{_CLAUSE}{{0,200}}?"
            # Telling customers after the change is no detection ("we notified customers").
            rf"\b(?:{alt(tuple(w for w in v.PROSE_DETECT_WORDS if not w.startswith('notif')))})\b"
            # Not seen until then: "nobody noticed until roughly 18:00" (QuasarLab), "was not
            # discovered until 09:30" (as openSUSE's OBS writes it of a day).
            rf"|{_NOT_SEEN}[^.;\n]{{0,30}}?\b(?:{alt(v.PROSE_DETECT_WORDS)}|notice|discover)\b"
            rf"[^.;\n\d]{{0,20}}? until {_ABOUT}(?P<u>{_STAMPISH})"
        ),
        # "was resolved the same day, by 8PM": the end word before its time, tried first.
        "impact_ended_after": re.compile(
            # "writes succeeded again from 10:43": the time it holds from.
            rf"\b(?:{alt(v.PROSE_END_WORDS)}){_CLAUSE}{{0,40}}? (?:(?:at|by|from) |{_ABOUT_ALONE})"
            rf"{_ABOUT}(?P<b>{_STAMPISH})"
        ),
        "impact_ended": re.compile(
            rf"\b(?:(?:[Aa]s of|[Aa]t|[Aa]round|approximately|[Bb]y)(?: approximately| around)? "
            # No other time between ("promoted the replica at 2:45pm, and by 3:10pm everything
            # was back to normal" ended at 3:10).
            rf"(?P<a>{_STAMPISH})(?:(?!{alt(v.PROSE_START_WORDS)}|\d{{1,2}}(?:[:h]\d\d| ?[AaPp]"
            rf"\.?[Mm]\b)){_CLAUSE}){{0,120}}?\b(?:{alt(v.PROSE_END_WORDS)})"
            rf"|(?:{alt(v.PROSE_END_WORDS)}){_CLAUSE}{{0,40}}? (?:(?:at|by) |{_ABOUT_ALONE})"
            rf"{_ABOUT}(?P<b>{_STAMPISH})"
            rf"|recovery{_CLAUSE}{{0,40}}?[Uu]ntil (?P<c>{_STAMPISH})"
            # Not back until then: "did not resume production until Tuesday, December 28,
            # 2021, 6:02:48.533 PM" (Composable), "was not fully restored until 17:06"
            # (Cloudflare's outage as others retell it).
            rf"|(?:not|n't) (?:fully |completely )?(?:be )?(?:{alt(v.PROSE_NOT_UNTIL_WORDS)})"
            rf"{_CLAUSE}{{0,40}}? until {_ABOUT}(?P<d>{_STAMPISH})"
            # The failure went on until then: "This persisted until 7:04am ET when we
            # manually terminated the server" (Val Town), "lasted until 3:01pm".
            rf"|\b(?:lasted|lasting|continued|persisted) until {_ABOUT}(?P<e>{_STAMPISH}))"
            rf"{cjk_ended}"
        ),
    }


_YEAR = re.compile(r"\d{4}")
#: The day of the month written alone after a time ("... on the 16th").
_NTH_DAY = re.compile(r",? on (?:the )?(\d{1,2})(?:st|nd|rd|th)$")
_MIDNIGHT = re.compile(r"\bmidnight\b")
#: Where a sentence of several times divides into clauses: ", and", "; ", " and then".
_CLAUSE_CUT = re.compile(r",\s+(?:and\s+|then\s+)?|;\s+|\s+and\s+(?:then\s+)?|[，、；]\s*")
#: A length of impact stated after its start: "for a duration of 54 minutes", "for 47
#: minutes", "lasted approximately 4 hours", "for up to 1 hour and 57 minutes". Not a length
#: given as a range ("for a duration of between 3 hours 19 minutes, and 4 hours 25 minutes").
#: A length in hours or minutes, as a report states one: "47 minutes", "an hour", "1 hour and
#: 20 minutes" (the group ``d``, read by ``parse_duration``).
_LENGTH = (
    r"(?P<d>(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve) ?(?:hours?|hrs?|minutes?|mins?)\b(?:,? (?:and )?\d+ ?(?:minutes?|mins?)\b)?)"
)
_LASTING = re.compile(
    rf"\b(?:{'|'.join(v.PROSE_LENGTH_WORDS)})(?:(?:{'|'.join(v.LENGTH_HEDGES)}) )?{_LENGTH}",
    re.IGNORECASE,
)
#: A length after which the impact ended, told with the end's words in its sentence ("After 46
#: minutes our servers were reachable again"); read only in a start's sentence or the next.
_AFTER_LENGTH = re.compile(
    rf"\b(?:{'|'.join(v.AFTER_LENGTH_WORDS)}) (?:(?:{'|'.join(v.LENGTH_HEDGES)}) )?{_LENGTH}"
)
#: What may stand between a window and the day written after it: "on", "the", a weekday.
_BEFORE_DAY = re.compile(rf"[\s,(]*(?:on )?(?:the )?(?:(?:{_WEEKDAY_DAYS}),? )?(?:the )?")
#: ``vocabulary.NEXT_DAY_WORDS`` between the day written and the time, and
#: ``vocabulary.OF_NEXT_DAY_WORDS`` right after the time.
_NEXT_DAY = re.compile(rf"\b(?:{v.NEXT_DAY_WORDS})", re.IGNORECASE)
_OF_NEXT_DAY = re.compile(rf"[^.]{{0,40}}?\b{v.OF_NEXT_DAY_WORDS}", re.IGNORECASE)
_PREVIOUS_DAY = re.compile(v.PREVIOUS_DAY_WORDS, re.IGNORECASE)
_PREVIOUS_DAY_INCIDENT = re.compile(v.PREVIOUS_DAY_INCIDENT, re.IGNORECASE)
#: What ends the sentence before a time, and the clause after it.
_SENTENCE_STOP = re.compile(r"[;.!?\n]")
_CLAUSE_STOP = re.compile(r"[,;.!?(\n]")


#: ``vocabulary.TODAY_WORDS``: a time of the post's own day ("today at around 14:00 UTC").
TODAY_SAID = re.compile(rf"\b(?:{'|'.join(v.TODAY_WORDS)})\b", re.IGNORECASE)


def previous_day_said(text: str, pos: int, words: re.Pattern[str] = _PREVIOUS_DAY) -> bool:
    """Whether the time at ``pos`` is told on the day before ("at 15:43:14 IST yesterday",
    "Last night, at 9:30pm", "from 9:30pm to 12:30am last night"), or on another day
    ``words`` names: the words a few words before it in its sentence, or after it in its
    clause. Not "at 10:00, caused by the patch we shipped yesterday" nor "10:00 (the deploy
    was yesterday)"."""
    lo = max(0, pos - 40)
    for mm in _SENTENCE_STOP.finditer(text, lo, pos):
        lo = mm.end()
    end = _CLAUSE_STOP.search(text, pos, pos + 60)
    hi = end.start() if end is not None else min(len(text), pos + 60)
    return words.search(text, lo, hi) is not None


def incident_on_previous_day(text: str) -> bool:
    """Whether a title or an opening dates the incident on the day before the post's ("Post-
    mortem from last night's outage")."""
    return _PREVIOUS_DAY_INCIDENT.search(text) is not None


_TAGS = re.compile(r"<[^<>\n]{0,200}>")


#: What every ``_STAMPISH`` time holds ("9:30", "2h05", "4 PM", "1900 UTC", "1900 to"), so that
#: every prose pattern does: a section without one is not searched (four patterns, each slow
#: on long prose). A test holds the evidence to what the patterns alone find.
_STAMP_CORE = re.compile(
    r"\d[:h]\d\d|\d ?[AaPp]\.?[Mm]|\d{4} (?:and|to|[A-Z])|\bmidnight\b|\d ?[Uu]hr\b"
    r"|(?<![\w.])\d\d\.\d\d [A-Z]"  # "19.00 Nov 09": a dotted time only before its day
    # An hour as Chinese, Japanese and Korean write it: "晚上10点", "14時", "2시".
    r"|\d\s?[点點時时시](?![間间간])"
)


#: A fenced code block (to its closing fence, or to the end of a cut section): pasted logs and
#: commands, whose times are the machine's and not sentences of the report. Left out, they
#: also no longer cost the prose patterns their longest searches.
_FENCED = re.compile(
    # A backtick fence's info string holds no backtick: "```kubectl rollout undo``` was run."
    # is inline code in a sentence.
    r"^[ \t]{0,3}(?:(`{3,})[^`\n]*\n.*?(?:^[ \t]{0,3}\1`*[ \t]*$|\Z)"
    r"|(~{3,})[^\n]*\n.*?(?:^[ \t]{0,3}\2~*[ \t]*$|\Z))",
    re.M | re.S,
)


#: A line of a field, its key before a colon or between a table row's first borders: a
#: short key of words, not a sentence whose time has a colon ("During our weekly window the
#: site is unavailable 02:00–04:00 UTC").
_KEYED_LINE = re.compile(
    r"(?m)^[ \t>]*(?:[-*+][ \t]+)?(?:\|[ \t]*)?[*_]*(?P<k>[^:|\n*_\d.]{1,40}?)[*_]*[ \t]*"
    r"(?::[*_]*(?:[ \t]|$)|\|).*$"
)
_WINDOW_KEY = re.compile(rf"(?i)\b(?:{v.WINDOW_FIELD_WORDS}|hours|shift)s?\b")
_OTHER_WINDOW_KEY = re.compile(
    rf"(?i)\b(?:{'|'.join(v.OTHER_WINDOW_KEY_WORDS + v.PLANNED_WORDS + v.ROUTINE_WORDS)})\b"
)
_EARLIER_WINDOW_KEY = re.compile(rf"(?i)\b(?:{'|'.join(v.EARLIER_WINDOW_KEY_WORDS)})\b")
_IMPACT_KEY = re.compile(r"(?i)\b(?:outage|incident|impact|downtime|disruption|failure)s?\b")


#: What opens a sentence, not a field's key: "During the release window: checkout failed
#: ...", "When we deployed the change: ...", "At the end of the migration: ...".
_NOT_A_KEY = re.compile(
    r"(?i)\W*(?:during|when|what|while|at|in|on|after|before|since|until|from|as|the|our|we)\b"
)


def _other_window(mm: re.Match[str]) -> str:
    """A field line whose key names another window than the incident's, without the key's
    window word ("Maintenance window: 02:00 to 04:00 UTC", "| Deploy window | ... |",
    "Previous outage window: ..."), so that no field window reads it; others as they are.
    A key of at most four words, not a sentence's opening. A key naming the impact is the
    incident's ("Backup outage window", "Business impact window"), unless it is an earlier
    one's."""
    key = mm.group("k")
    if (
        len(key.split()) > 4
        or _NOT_A_KEY.match(key)
        or not _WINDOW_KEY.search(key)
        or not (
            _EARLIER_WINDOW_KEY.search(key)
            or (_OTHER_WINDOW_KEY.search(key) and not _IMPACT_KEY.search(key))
        )
    ):
        return mm.group()
    # The key's window word out, the rest kept: its value's day still dates the prose
    # ("Deploy time: 2026-06-07 23:05 UTC. Checkout failed from 23:10 to 23:40 UTC").
    line = mm.group()
    k0 = mm.start("k") - mm.start()
    return line[:k0] + _WINDOW_KEY.sub("", key) + line[k0 + len(key) :]


def _without_other_windows(raw: str) -> str:
    """``raw`` without the field lines that hold another window than the incident's, read
    line by line before the text is flattened: a key is its own line's, not the last
    field's value before it ("**Trigger:** a deploy" over "**Impact window:** ...")."""
    # Only a text with a window's key word and a word of another window goes line by line
    # (the one-line test of ``_other_window`` needs both).
    if not _WINDOW_KEY.search(raw) or not (
        _OTHER_WINDOW_KEY.search(raw) or _EARLIER_WINDOW_KEY.search(raw)
    ):
        return raw
    return _KEYED_LINE.sub(_other_window, raw)


#: A table row of a field and its value ("| **Duration** | ~15 minutes (23:33 UTC to 23:48
#: UTC) |", lucos; "| **Window** | ... |"), read as the line "Duration: ..." is: a metadata
#: table says what a field line does. A first cell that begins with a letter only: not an
#: entry's stamp.
_TABLE_FIELD = re.compile(
    r"(?m)^[ \t]*\|[ \t]*([*_]*[^\W\d][^|\n]{0,40}?)[ \t]*\|[ \t]*([^|\n]*?)[ \t]*\|?[ \t]*$"
)


#: The end of a line not closed by punctuation, before a line that opens with a bold
#: label ("**Date:** ...", "- **Resolved**: ...") or before a blank line.
_BEFORE_LABEL_LINE = re.compile(
    r"(?<=[^.!?:;,\s])[ \t]*\n(?=[ \t]*\n|[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)[^*_\n]{1,40}?"
    r"(?::[ \t]*(?:\*\*|__)|(?:\*\*|__)[ \t]*:))"
)
#: The end of a list item followed by the next: "- **Dimension fix deployed** at 05:58 UTC"
#: and "- **21 stuck jobs cleaned up** and marked as failed" (contributor.info) are two
#: statements. Not a line that leads into the list ("Service was restored for" / "- EU
#: customers at 10:00 UTC", review 45): only an item's end.
_ITEM_MARK = r"[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+"
_BETWEEN_ITEMS = re.compile(rf"(?m)^({_ITEM_MARK}[^\n]*[^.!?:;,\s])[ \t]*\n(?={_ITEM_MARK}\S)")


def _flat(text: str) -> str:
    """Prose on one line, without emphasis marks ("at **11:58** the server was up again") or
    escapes ("\\~17:30")."""
    if "\n" in text and ":" in text:
        # A line of a bold label's field ends the sentence before it: "**Time-to-detect:** ~9
        # hours (noticed by user)" and "**Time-to-remediate:** 2026-04-18" are two fields,
        # not one sentence that dates the detection on the 18th. So does a paragraph's end.
        text = _BEFORE_LABEL_LINE.sub(".\n", text)
    if "\n" in text:
        text = _BETWEEN_ITEMS.sub(r"\1.\n", text)
    text = text.replace("**", "").replace("__", "").replace("`", "").replace("\\", "")
    if "&" in text:
        # HTML's entities as what they stand for: "November 17&ndash;18 of 2018" (Lotus Base),
        # "16:50 SGT.&nbsp;" (GovTech's status log), as a renderer shows them.
        text = html.unescape(text)
    text = re.sub(r"\s+", " ", text)
    return _colon_times(text) if "." in text else text


#: A time of day written with a dot ("at approximately 16.40", a UK host's incident report;
#: "from 12:50 to 20.52", "up to around 19.00", Xoxzo's), read as a time only where what
#: stands around it says so (``_colon_times``): an am/pm, a zone or "Uhr" after it, a word
#: of time before it, or a colon time it is joined to. Else it is a number: "from 18.04 to
#: 20.04" upgrades Ubuntu, "about 12.50 GB" is a size. Found first by its digits alone, and
#: its surroundings looked at only then: a pattern that tried the words before it at every
#: place of every paragraph cost a fifth of a parse.
_DOT_MINUTES = re.compile(r"\.[0-5]\d")
_DOTTED_CORE = re.compile(r"(?<![\w.])(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d%]|[.,]\d)")
#: What after it makes a dotted number a time: am/pm, a zone, "Uhr" ("2.30 hrs" is a length).
#: Lower-case am/pm, or upper-case glued to the minutes ("reported at 3.30PM", cBioPortal's
#: incidents log; "from 6.18PM (JST)", Xoxzo's; "proposed at 1.11PM", VU Amsterdam's, dev
#: 044); not a spaced upper-case one: "merged to prod between 2 AM and 2.30 AM PST" (Berkeley
#: DataHub, dev 028) would become the incident's window, when it is a deploy's.
_TIME_WORD_AFTER = re.compile(
    r"(?:[AP]M\b| ?(?:[ap]\.?m\b|(?:UTC|GMT|BST|CES?T|IST|EES?T|WES?T|JST|KST|[ECMP][SD]T)\b"
    r"|Uhr\b))"
)
_UNIT_AFTER = re.compile(r" ?(?:%|[a-zA-Z]{1,7}\b)")
#: A word of time before it ("at 16.40", "until 19.00", "um 10.30"), not after a verb of a
#: level ("peaked at 12.50", "reached 1.20"); or a colon time joined to it ("12:50 to 20.52").
_LEAD_BEFORE = re.compile(
    r"(?:(?<!peaked )(?<!reached )(?<!stood )(?<!stayed )(?<!remained )(?<!held )(?<!capped )"
    r"\b(?:at|until|till|um|gegen|kl\.?|klo)(?: (?:approximately|around|about|roughly|ca\.))?"
    r"|\d{1,2}:\d{2} ?(?:to|until|till|and|[-–—])) ?$"
)
#: What opens a window before its start: "from 16.40 to 17.30 UTC" (not "version 2.30 until
#: 14:05").
_OPENER_BEFORE = re.compile(r"\b(?:[Ff]rom|[Bb]etween|von|de|entre) ?$")


def _colon_times(text: str) -> str:
    """``text`` with each dotted time that its surroundings make a time written with a
    colon ("20.52" -> "20:52"); the same length, so positions hold."""
    pieces: list[str] = []
    done = 0
    for dot in _DOT_MINUTES.finditer(text):
        # Found by its dot and minutes, a literal a scan skips to; the hour checked after.
        i = dot.start()
        j = i - 1 if i >= 1 and text[i - 1].isdigit() else i
        j = j - 1 if j >= 1 and j < i and text[j - 1].isdigit() else j
        mm = _DOTTED_CORE.match(text, j) if j < i else None
        if mm is None:
            continue
        e = mm.end()
        if not (
            _TIME_WORD_AFTER.match(text, e)
            # The window's start before a time: "from 16.40 to 17.30 UTC", "... to 17:30".
            or (
                _PAIRED_TIME.match(text, e)
                and _OPENER_BEFORE.search(text, max(0, mm.start() - 10), mm.start())
            )
            or (
                _LEAD_BEFORE.search(text, max(0, mm.start() - 40), mm.start())
                and _prose_after(text, e)
            )
        ):
            continue
        pieces += [text[done:i], ":"]
        done = i + 1
    return "".join(pieces) + text[done:] if pieces else text


def _prose_after(text: str, pos: int) -> bool:
    """Whether what follows a dotted number leaves it a time: nothing, punctuation or a word
    of prose ("at 16.40 the power failed"), not a unit ("12.50 GB", "20.04 LTS")."""
    unit = _UNIT_AFTER.match(text, pos)
    return unit is None or unit.group().strip().lower() in _NOT_UNITS


_PAIRED_TIME = re.compile(
    r" ?(?:to|until|till|and|[-–—]) ?\d{1,2}"
    r"(?::\d{2}|\.[0-5]\d ?(?:[ap]\.?m\b|UTC\b|GMT\b|BST\b|CES?T\b|Uhr\b))"
)

#: Words after a dotted number that leave it a time ("at 16.40 the power failed"): words of
#: prose, not units. Any other word after it ("12.50 GB", "20.04 LTS") makes it a number.
_NOT_UNITS = frozenset(
    {"on", "the", "and", "to", "until", "when", "we", "in", "a", "an", "our", "all", "but",
     "with", "that", "this", "it", "was", "were", "power", "service", "services", "there",
     "local", "time", "today", "yesterday", "january", "february", "march", "april", "may",
     "june", "july", "august", "september", "october", "november", "december", "jan", "feb",
     "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "tonight",
     "morning", "afternoon", "evening", "night", "o"}
)  # fmt: skip


#: Sections of what is to be done and learned after: their days are no day of the incident.
#: Not action items, whose kind also holds "Actions taken" and "Immediate actions" (review
#: 58): they tell the response.
_FOLLOW_UPS = (
    m.SectionKind.PREVENTION,
    m.SectionKind.LESSONS_LEARNED,
)
_FOCUS = (
    m.SectionKind.SUMMARY,
    m.SectionKind.BACKGROUND,
    m.SectionKind.DETAILS,
    m.SectionKind.RESOLUTION,
    m.SectionKind.IMPACT,
)


_OWN_TIME_REACH = 40


def _own_time(
    pat: re.Pattern[str],
    text: str,
    mm: re.Match[str],
    before: str,
    after: tuple[str, ...],
    own: re.Pattern[str],
) -> re.Match[str]:
    """The reading whose time comes right after the milestone's words, over one whose time
    comes before them: "At 16:20 UTC we were alerted to errors which had begun at 16:05 UTC"
    began at 16:05; "The outage began at 16:05 UTC and was detected at 16:20 UTC" was
    detected at 16:20. A time before the words is theirs when they carry none, or when words
    of the same milestone (``own``) lead to it in its sentence: "which started with degraded
    performance in some regions around 11:00 GMT and transitioned to a full outage by 17:00
    GMT" started at 11:00 (n0's relay outage)."""
    if not mm.group(before):
        return mm
    lead = max(_sentence(text, mm.start(before))[0], mm.start(before) - 80)
    if own.search(text, lead, mm.start(before)):
        return mm
    nxt = pat.search(text, mm.end(before))
    while nxt is not None and nxt.start() < mm.end():
        got = next((g for g in after if nxt.group(g)), None)
        # Only the words' own time: close after them, no other milestone's words between
        # ("we were alerted to errors which had begun at 16:05" was alerted at the first).
        between = text[mm.end() : nxt.start(got)] if got is not None else ""
        if (
            got is not None
            and len(between) <= _OWN_TIME_REACH
            and not cues(between)
            and not _start_words().search(between)
        ):
            return nxt
        nxt = pat.search(text, nxt.start() + 1)
    return mm


def prose_evidence(
    report: m.Report,
    opening: str = "",
    *,
    dayfirst: bool = False,
    zone_hint: dt.tzinfo | None = None,
    published: dt.date | None = None,
) -> list[m.Evidence]:
    """Start, detection and end of impact stated in the report's prose.

    Summary, background, details, resolution and impact sections are read first for the
    incident window and for start and end sentences, then every section when they say nothing;
    every section is read for a sentence that dates a detection ("notified the channel on Aug
    27 13:09 UTC"). A time in a sentence takes its day from the last date written before it
    (a date without a year takes the report's year). Each piece of evidence keeps its sentence.
    """

    base = report.metadata.date or next(
        (e.at.date() for e in report.timeline.events if e.at is not None), None
    )

    # A French hour alone ("depuis environ 17h") is a clock time only in a report that writes
    # its times so ("17h55", "Mise à jour de 18h15", Flus's): elsewhere "depuis 2h" is as
    # likely "for two hours". German "17 Uhr" is always a clock time.
    # Asked only of a report whose prose has such an hour: most have none.
    @lru_cache(maxsize=1)
    def french_clock() -> bool:
        return (
            _FRENCH_CLOCK.search(opening) is not None
            or any(
                _FRENCH_CLOCK.search(s)
                for s in (sec.content[:3000] for sec in report.all_sections())
            )
            or any(_FRENCH_STAMP.match(e.time_text.strip("*_` ")) for e in report.timeline.events)
        )

    if base is None:
        # No date field and no dated entry: the first full date of the opening or the summary
        # ("On March 3, 2024, search was unavailable for 42 minutes.") is the day the times
        # of the prose after it are on.
        base = _first_full_day(_flat(_TAGS.sub(" ", opening)), dayfirst) or _first_full_day(
            _flat(report.summary.text or ""), dayfirst
        )
        # The same day starts the incident, to the day, where nothing the opening or the
        # summary says has a time of day (then the sentences date it) and it is not a
        # label's value ("**Planned:** 2026-09-26").
        prose_opening = _LABELLED_LINE.sub(" ", f"{opening}\n{report.summary.text or ''}")
        # Not a day another thing is dated by: "Since March 3, 2019 we have run ...", "before
        # 2024-06-30", "Last updated 2024-05-01", a link's words, a day in parentheses.
        prose_opening = _NOT_THE_DAY.sub(" ", prose_opening)
        opening_day = (
            None
            if _PROSE_CLOCK.search(prose_opening)
            else _first_full_day(_flat(_TAGS.sub(" ", prose_opening)), dayfirst)
        )
    else:
        opening_day = None
    base_year = base.year if base else None
    if base is None:
        # A year in the title ("June 2020 database outage") gives days written without one
        # their year, but no day: a time with no date written before it stays undated.
        year = re.search(r"\b(?:19|20)\d{2}\b", report.title or "")
        base_year = int(year.group()) if year else None
    # A day without its year nearer than half a year after this one is in the year before.
    year_ref: dt.date | None = None
    if base_year is None:
        # Else the year the dates written in full in the sections share, when they share one:
        # "did not resume until Tuesday, December 28, 2021" under one heading gives "On
        # Friday, December 17, precisely at 2:55:54 PM" under the next its year (Composable's
        # halt report). Dates of several years leave the days without one undated.
        fulls = [d for sec in report.all_sections()
                 if (d := _first_full_day(_flat(sec.content), dayfirst)) is not None]  # fmt: skip
        if len({d.year for d in fulls}) == 1:
            base_year, year_ref = fulls[0].year, max(fulls)
    # The timeline's zone, else the one the report declares ("all times are US/Pacific") or
    # writes all its times in: a report of prose alone has only the latter.
    tz = zone(report.timeline.timezone) if report.timeline.timezone else zone_hint

    # The day the heading of the section being read dates, or its nearest dated ancestor's
    # ("### Phase 2: Security Discovery (January 18, 2026, ~13:48 GMT)" over "commits between
    # 13:46-14:26 GMT"): a time in its prose with no day written before it is on that day,
    # not on the report's.
    heading_day: dt.date | None = None  # set per piece below; the readers see its value

    def day_before(text: str, pos: int, *, or_base: bool = True) -> dt.date | None:
        # The last date written before ``pos`` in the same stretch of prose, else the base.
        found = None
        found_end = 0
        lo, hi = max(0, pos - 1500), pos + 30
        mentions: list[re.Match[str]] = list(_DAY_MENTION.finditer(text, lo, hi))
        # The days the main pattern leaves to others, searched only where they may be.
        others = [
            *(_CJK_DAY.finditer(text, lo, hi) if _has_any(text, "年년", lo, hi) else ()),
            *(_WEEKDAY_DAY.finditer(text, lo, hi) if text.find("day", lo, hi) >= 0 else ()),
        ]
        if others:
            mentions = sorted([*mentions, *others], key=lambda x: x.start())
        for mm in mentions:
            # A day without its year takes the year of the day written before it, or the
            # next year when that puts it nearer ("December 30th, 2016 ... until January
            # 2nd"; but "Report of 2021-12-20 ... On December 17" is three days before).
            year = found.year if found else base_year
            if (wd := _WEEKDAY_NTH.match(mm.group())) is not None:
                d = _weekday_day(wd, found or base)
                if d is not None:
                    found, found_end = d, mm.end()
                continue
            d = read_stamp(mm.group().replace(" of ", " "), dayfirst=dayfirst, base_year=year).date
            if (
                d is not None
                and found is None
                and year_ref is not None
                and (d - year_ref).days > 183
                and not _YEAR.search(mm.group())
            ):
                # "On December 30" in a report whose only full date is "January 4, 2022" (a
                # fix shipped after): December 30, 2021.
                d = read_stamp(
                    mm.group().replace(" of ", " "), dayfirst=dayfirst, base_year=d.year - 1
                ).date
            if d is not None and found is not None and d < found and not _YEAR.search(mm.group()):
                later = read_stamp(
                    mm.group().replace(" of ", " "), dayfirst=dayfirst, base_year=found.year + 1
                ).date
                if later is not None and (later - found) < (found - d):
                    d = later
            if d is not None:
                found, found_end = d, mm.end()
        if (
            found is not None
            and found_end <= pos
            and (_NEXT_DAY.search(text, found_end, pos) or _OF_NEXT_DAY.match(text, pos))
        ):
            # "On the 15 Mar 2020, around 9pm ... At around 3am UTC of the following night":
            # the day after the one written.
            found += dt.timedelta(days=1)
        if found is None and base is not None and previous_day_said(text, pos):
            # "from about 9:30pm to 12:30am last night" in a post dated the morning after.
            return (published or base) - dt.timedelta(days=1)
        if found is None and published is not None and previous_day_said(text, pos, TODAY_SAID):
            # "today at around 14:00 UTC" in a post whose date is the day before's (Travis CI).
            return published
        return found or (heading_day or base if or_base else None)

    def day_after(text: str, pos: int) -> dt.date | None:
        # "between 12:17 and 12:30 UTC on 2024-03-07": the day written right after a window,
        # its weekday too ("to 3:40pm PDT on Monday, March 4th 2024").
        mm = _DAY_MENTION.search(text, pos, pos + 50)
        if mm is None or not _BEFORE_DAY.fullmatch(text, pos, mm.start()):
            return None
        day = mm.group().replace(" of ", " ")
        return read_stamp(day, dayfirst=dayfirst, base_year=base_year).date

    def when(raw: str, ctx_day: dt.date | None) -> dt.datetime | None:
        raw = _DOTTED_BEFORE_DAY.sub(r"\1:", _AT.sub("", raw.strip()))
        # "美国东部时间晚上10点": the zone read as a word of its own.
        raw = _CJK_ZONE_FIRST.sub(r"\1 ", raw)
        nth = _NTH_DAY.search(raw)
        if nth is not None:
            # "8 PM UTC on the 16th": the 16th nearest the day written before.
            near = ctx_day or base
            ctx_day = (day_of_month_near(int(nth.group(1)), near) if near else None) or near
            raw = raw[: nth.start()]
        # "midnight" is the clock's word (dateutil does not read it), and so are German and
        # French hours alone ("17 Uhr", "17h": the stamps of a log have their minutes).
        if "h" in raw and _FRENCH_HOUR.search(raw) and not french_clock():
            return None
        raw = _BARE_HOUR.sub(r"\1:00", _MIDNIGHT.sub("00:00", raw))
        if re.fullmatch(r"\d{4}(?: \w+)?", raw):  # "1900 UTC", "1900 and"
            raw = raw[:2] + ":" + raw[2:]
        st = read_stamp(raw, dayfirst=dayfirst, base_year=ctx_day.year if ctx_day else base_year)
        at, _ = resolve(st, Context(day=ctx_day, tz=tz))
        return at

    def said(name: str, at: dt.datetime, quote: str, confidence: float) -> m.Evidence:
        return m.Evidence(m.Milestone(name), at, "prose", "summary", quote[:80], None, confidence)

    def window(text: str) -> list[m.Evidence]:
        mm = pats["window"].search(text)
        if mm is None:
            return []
        started = mm.group("i") or mm.group("k")
        if started and pats["planned"].search(text, *_sentence(text, mm.start())):
            return []  # "We will run a drill beginning at 02:00 UTC and ending at 03:00 UTC"
        ends = mm.groupdict()
        if any(ends.get(g) for g in "mowy") and pats["routine"].search(
            text, *_sentence(text, mm.start())
        ):
            return []  # "During our weekly maintenance window the site is unavailable 02:00-04:00"
        raw_a = next(ends[g] for g in "acegikmoqwy" if ends.get(g))
        raw_b = next(ends[g] for g in "bdfhjlnprxz" if ends.get(g))
        # The start's day: written before the window, right after it, or on its end ("Between
        # 9:00 AM PST and 11:23 AM PST on February 22, 2024").
        a = when(
            raw_a,
            day_before(text, mm.start(), or_base=False)
            or day_after(text, mm.end())
            # "between 11:00 and 13:00 UTC on the 14th of December": the end's day.
            or read_stamp(raw_b, dayfirst=dayfirst, base_year=base_year).date
            or heading_day
            or base,
        )
        b = when(raw_b, a.date() if a else base)
        if (
            a is not None and b is not None and a.hour < 12 and b.hour == 0
            and re.search(r"\b12[:.]\d\d ?[Aa]\.?[Mm]", raw_b) and b.date() == a.date()
        ):  # fmt: skip
            # "9:30 AM - 12:30 AM" for a three-hour outage: noon written "AM", a common slip
            # (a window that runs past midnight starts in the evening).
            b += dt.timedelta(hours=12)
        if a is None or b is None:
            return []
        zoned_a, zoned_b = (read_stamp(_AT.sub("", r.strip())).zone for r in (raw_a, raw_b))
        if b.tzinfo is None and a.tzinfo is not None:
            b = b.replace(tzinfo=a.tzinfo)  # "from 16:58 to 18:46 UTC": one zone for both
        if b.tzinfo is not None and (a.tzinfo is None or (zoned_b and not zoned_a)):
            # The zone written on the window's end is its start's too, over the report's
            # zone: "16:00-17:00 CET" in a report whose later entries say UTC.
            a = a.replace(tzinfo=b.tzinfo)
        b = _after_midnight(b, a)  # "from 22:10 to 01:30"
        if b < a:
            return []
        return [said("started", a, mm.group(0), 0.8), said("impact_ended", b, mm.group(0), 0.8)]

    def start_at(text: str, mm: re.Match[str] | None) -> dt.datetime | None:
        got = mm.groupdict() if mm is not None else {}
        if mm is None or (got["s"] and not _since_failure(text, mm.start("s"))):
            return None  # "There have been no errors since 15:05": a recovery
        if got.get("u"):
            # The failure's words are the match's last: a negation before them ("Seit 10 Uhr
            # keine Störung mehr"), not inside them ("nicht erreichbar"), or a recovery told in
            # the sentence ("Seit 17 Uhr läuft alles wieder") make the time a recovery's.
            failing = [f.start() for f in _SINCE_FAILING.finditer(text, mm.end("u"), mm.end())]
            before = failing[-1] if failing else mm.end()
            if _FAILURE_NEGATION.search(text, mm.end("u"), before) or _recovered(
                text, *_sentence(text, mm.start())
            ):
                return None
        raw = (
            got.get("a") or got.get("b") or got.get("c") or got["s"] or got.get("u")
            or got.get("v") or got.get("f")
        )  # fmt: skip
        if not raw:
            return None
        # The day written before the time, or right after it ("starting at 10:05 UTC on 12
        # January 2024").
        day = day_before(text, mm.start()) or day_after(text, mm.end())
        if day is not None and got["prev"]:
            if day == dt.date.min:
                return None
            day -= dt.timedelta(days=1)  # "failing since 23:00 the previous evening"
        return when(raw, day)

    def start(text: str) -> list[m.Evidence]:
        mm = pats["started"].search(text)
        while (
            mm is not None and mm.group("a") and _REPORTED_THAT.search(text, mm.end("a"), mm.end())
        ):
            # "at 10:35 UTC, we were notified that the certificate had expired": the time
            # the failure was learnt of (a detection, read as such), not its start.
            mm = pats["started"].search(text, mm.end())
        if mm is not None:
            mm = _own_time(pats["started"], text, mm, "a", ("b", "f"), _start_words())
        a = start_at(text, mm)
        if mm is None or a is None:
            return []
        if not mm.group("s"):
            # A failure going on since an earlier time, later in the paragraph, started
            # first: "At 2019-10-21 01:38 UTC the docs.rs website went down ... Crate builds
            # were failing since 2019-10-20 00:55 UTC" (docs.rs).
            # Only in the start's sentence or the one after it, within two days before,
            # and not said to be another matter ("unrelated disk issues since 09:00").
            bounds = _sentence_around(text, mm.start(), mm.end(), 400)
            nxt = _sentence_around(text, bounds[1] + 1, bounds[1] + 1, 400) if bounds else None
            upto = (nxt or bounds or (0, mm.end()))[1]
            gap = text.find(" | ", mm.end(), upto)
            since = pats["since"].search(text, mm.end(), gap if gap >= 0 else upto)
            earlier = start_at(text, since)
            if (
                since is not None
                and earlier is not None
                and (earlier.tzinfo is None) == (a.tzinfo is None)
                and a - _SINCE_REACH <= earlier < a
                and not _UNRELATED.search(text, *_sentence(text, since.start()))
            ):
                mm, a = since, earlier
        got = [said("started", a, mm.group(0), _SAID_START)]
        # "beginning at 06:48 US/Pacific, IAM experienced elevated error rates for a duration
        # of 54 minutes", "The incident lasted approximately 4 hours": the end is the start
        # and the length stated in its sentence or the next. (Worded ends are read first.)
        bounds = _sentence_around(text, mm.start(), mm.end(), 400)
        if bounds is not None:
            nxt = _sentence_around(text, bounds[1] + 1, bounds[1] + 1, 400)
            lasting = _LASTING.search(text, bounds[0], nxt[1] if nxt else bounds[1])
            if lasting is None:
                # "At 6:10 PM UTC we had a network outage. We noticed this promptly ... After
                # 46 minutes our servers were reachable again": a length that ends in the
                # words of an end, in the start's sentence or the two after it.
                third = _sentence_around(text, nxt[1] + 1, nxt[1] + 1, 400) if nxt else None
                upto = (third or nxt or bounds)[1]
                lasting = _AFTER_LENGTH.search(text, bounds[0], upto)
                if lasting is not None:
                    # The end's words in the clause the length opens, not later in the
                    # sentence ("After 20 minutes the site was still down, and it was only
                    # restored that evening" ends nothing at 20 minutes).
                    tail = _sentence_around(text, lasting.start(), lasting.end(), 400)
                    rest = text[lasting.end() : tail[1]] if tail else ""
                    cut = _CLAUSE_CUT.search(rest)
                    told = cues(rest[: cut.start()] if cut else rest)
                    if not set(told) & set(_FULL_ENDINGS):
                        lasting = None
            length = parse_duration(lasting.group("d")) if lasting else None
            if lasting is not None and length is not None and length.total_seconds() > 0:
                with contextlib.suppress(OverflowError):  # a start near year 9999
                    got.append(said("impact_ended", a + length, lasting.group(0), 0.5))
        return got

    def end(text: str) -> list[m.Evidence]:
        # The first end the text tells, of either form: "By 10:05 the error rates returned to
        # normal. The incident was closed at 11:00" ended the impact at 10:05.
        before = pats["impact_ended"].search(text)
        while before is not None and (
            (
                before.group("a")
                and _start_words().search(text, max(0, before.start() - 30), before.start())
            )
            or (
                any(before.groupdict().get(g) for g in "fg")
                and _CJK_OTHER.search(text, _sentence(text, before.start())[0], before.end())
            )
        ):
            # "The downtime started around 10AM ... and was resolved the same day, by 8PM":
            # a time the start words lead to is the start, not the end. A time after the
            # end's words is the end's ("failed and was not fully restored until 17:06").
            # Not a recovery in a sentence about another incident: "另一个集群也出现过同样的
            # 问题，至 20:00 恢复了".
            before = pats["impact_ended"].search(text, before.end())
        after = pats["impact_ended_after"].search(text)
        if (
            after is not None
            and before is not None
            and before.start() < after.start() <= before.end()
        ):
            # "renewed the certificate at 16:40 and confirmed recovery at 16:45": the end words
            # come with a time of their own.
            before = None
        found = [x for x in (after, before) if x is not None]
        mm = min(found, key=lambda x: x.start()) if found else None
        if mm is None:
            return []
        name = next((g for g in "abcdefg" if mm.groupdict().get(g)), None)
        raw = mm.group(name) if name else ""
        # The day written nearest before the time, in the sentence too: "... went down on
        # Thursday ... and lasted until Friday, November 18th, at 3:01pm".
        b = when(raw, day_before(text, mm.start(name) if name else mm.start()))
        return [said("impact_ended", b, mm.group(0), 0.6)] if b is not None else []

    def detection(text: str) -> list[m.Evidence]:
        mm = pats["detected"].search(text)
        while mm is not None and (
            (mm.group("c") and set(cues(mm.group(0))) & set(_ENDINGS))
            or _A_CAUSE.search(_detection_clause(mm))
            or (mm.group("a") and _unseen(mm.group(0)))
        ):
            # "At 15:10 we rolled back. Within minutes, error reports stopped": the follow-on
            # sentence tells of the fix working, not of a detection. "At 21:00 UTC the root
            # cause was discovered": a cause found, not the problem.
            mm = pats["detected"].search(text, mm.start() + 1)
        if mm is not None:
            mm = _own_time(pats["detected"], text, mm, "a", ("b",), _detect_words())
        raw = (mm.group("a") or mm.group("b") or mm.group("c") or mm.group("u")) if mm else None
        d = when(raw, day_before(text, mm.start())) if mm and raw else None
        return [said("detected", d, mm.group(0), 0.5)] if mm and d is not None else []

    def timed_sentences(text: str, seen: set[m.Milestone]) -> list[m.Evidence]:
        # A sentence with one time whose words name a milestone, as an entry's would: "Deployment
        # to production was completed at 10:19AM." The first sentence for each milestone counts.
        got: list[m.Evidence] = []
        done_upto = -1
        # From each time's core ("10:19", "4 PM") to its sentence: the full stamp pattern is
        # tried inside the few sentences that hold one, not along the whole text.
        for core in _TIME_CORE.finditer(text):
            if core.start() < done_upto:
                continue
            if all(ms in seen for ms in _TIMED_MILESTONES):
                break
            bounds = _sentence_around(text, core.start(), core.end(), 300)
            if bounds is None:
                continue  # longer than a sentence that dates one moment
            s, e = bounds
            done_upto = e
            times = len(_TIME_CORE.findall(text, s, e))
            if times == 0:
                continue
            if times == 1:
                clauses = [(s, e)]
            elif pats["window"].search(text, s, e):
                continue  # a window: read as one, above
            else:
                # "We identified the cause at 10:50 and rolled back the change at 11:05": each
                # clause with one time is read as a sentence of its own.
                clauses, start = [], s
                for cut in _CLAUSE_CUT.finditer(text, s, e):
                    clauses.append((start, cut.start()))
                    start = cut.end()
                clauses.append((start, e))
                clauses = [c for c in clauses if len(_TIME_CORE.findall(text, *c)) == 1]
            for cs, ce in clauses:
                got.extend(timed_clause(text, cs, ce, seen))
        return got

    def timed_clause(text: str, s: int, e: int, seen: set[m.Milestone]) -> list[m.Evidence]:
        sentence = text[s:e].strip()
        found = [ms for ms in cues(sentence) if ms in _TIMED_MILESTONES and ms not in seen]
        if m.Milestone.STARTED in found and _REPORTED_THAT.search(sentence):
            found.remove(m.Milestone.STARTED)  # "a user told us that the site went down"
        if not found:
            return []
        tm = next(
            (x for x in _PROSE_TIME.finditer(text, s, e) if _TIME_CORE.search(x.group())), None
        )
        if tm is None:
            return []
        at = when(tm.group(), day_before(text, tm.start()))
        if at is None:
            return []
        seen.update(found)
        return [
            m.Evidence(milestone, at, "prose", "summary", sentence[:80], None, 0.4)
            for milestone in found
        ]

    pats = _prose_patterns(
        any(
            _CJK_RUN.search(t)
            for t in (opening, report.title or "", *(sec.content for sec in report.all_sections()))
        )
    )
    # One section at a time, each flattened once: joining a long report's prose and copying
    # it while flattening was most of a parse's peak memory. The first hit of each reading is
    # kept, among the summary-like sections and among all.
    readers: dict[str, Callable[[str], list[m.Evidence]]] = {
        "window": window, "start": start, "end": end, "detection": detection,
    }  # fmt: skip
    focused: dict[str, list[m.Evidence]] = {}
    anywhere: dict[str, list[m.Evidence]] = {}
    summary = report.summary.text
    if summary and opening and summary in opening:
        summary = None  # the summary is the opening prose: read once
    days = _heading_days(report.sections, dayfirst, latest=report.metadata.date)

    def day_of(kind: m.SectionKind) -> dt.date | None:
        # The day of the section a typed part was read from.
        return next((days.get(id(s)) for s in report.all_sections() if s.kind is kind), None)

    pieces: list[tuple[bool | None, str | None, dt.date | None]] = [
        (True, _TAGS.sub(" ", opening), None), (True, summary, day_of(m.SectionKind.SUMMARY))
    ]  # fmt: skip
    pieces.append((True, report.details.what_happened, day_of(m.SectionKind.DETAILS)))
    fm = report.front_matter
    if fm is not None:
        # The post's own summary in its front matter: "summary: On August 11, 2020, some
        # SimpleLogin users have experienced up to 8 hours of email delay", "subtitle: ... to
        # fail on August 16, 2024 UTC" (Inngest), "description: ... on September 26-27"
        # (dotabod): after the body's prose, which tells the same more closely.
        told = [
            val for key, val in fm.data.items()
            if isinstance(val, str) and str(key).lower() in v.FRONT_MATTER_PROSE_KEYS
        ]  # fmt: skip
        if told:
            pieces.append((True, " | ".join(told)[:3000], None))
    # Not the timeline's own section: its entries are read as entries ("Aug 15 at 8:02: Issues
    # detected - 11:00: Issue verified fixed" flattened is no sentence of an end at 8:02).
    # A "timeline" of one entry is a paragraph of prose under that heading ("At 12:15am ET,
    # one of our servers exhausted ... This persisted until 7:04am ET", Val Town): read.
    # Nor the time line of a section that is itself an entry, a key event ("### Phase 2:
    # First Production Crisis" over "**Time**: ~12:00 PM - 1:00 PM"): that time is the
    # entry's, no window. The rest of its prose is read (review 55).
    logged = len(report.timeline.events) >= 2
    keyed = {
        e.line: e.time_text for e in report.timeline.events
        if e._origin is not None and e._origin.shape == "key-event"
    } if logged else {}  # fmt: skip
    # The follow-ups' prose dates what was done after the incident ("✅ Реализовано
    # 2026-06-06: ... алерт владельцу в Telegram", a lesson's done mark, under "Уроки"): no
    # detection and no day of it. A window told there is still the incident's.
    pieces += [
        (
            # In focus (True), a follow-up (None), or other prose (False).
            True if sec.kind in _FOCUS else None if sec.kind in _FOLLOW_UPS else False,
            _without_line(sec.content[:3000], keyed[sec.line])
            if sec.line in keyed
            else sec.content[:3000],
            days.get(id(sec)),
        )
        for sec in report.all_sections()
        if sec.kind is not m.SectionKind.TIMELINE or not logged
    ]
    day_texts: list[str] = []
    found_day_texts: list[str] = []  # the summary-like ones: "We noticed a gap in our
    # alerting" under Lessons is no detection of the incident
    timed_texts: list[str] = []
    focus_texts: list[str] = []  # flattened once, read again for a window of days below
    for in_focus, raw, day in pieces:
        if not raw:
            continue
        heading_day = day
        unfenced = _FENCED.sub("\n", raw) if "``" in raw or "~~" in raw else raw
        if ":" in unfenced or "|" in unfenced:
            unfenced = _without_other_windows(unfenced)
        if "|" in unfenced:
            unfenced = _TABLE_FIELD.sub(r"\1: \2.", unfenced)
        text = _flat(unfenced)
        if in_focus:
            focus_texts.append(text)
        # A section without a time (most of them) matches no reading: none is tried.
        # Its paragraphs apart where one ends without a full stop (Pine.blog's "published:
        # Mon, 17 Feb 2020 at 04:57 AM" metadata over "Pine.blog was down").
        parted = _flat(_PARAGRAPH_BREAK.sub(" | ", unfenced)) if _STAMP_CORE.search(text) else ""
        for name, read in readers.items() if parted else ():
            if name in anywhere and (name in focused or not in_focus):
                continue
            if in_focus is None and name == "detection":
                continue  # a follow-up's alert, set up after the incident
            got = read(parted)
            if got:
                anywhere.setdefault(name, got)
                if in_focus:
                    focused.setdefault(name, got)
        if not report.timeline.events and len(day_texts) < 64 and in_focus is not None:
            day_texts.append(text)
            if in_focus:
                found_day_texts.append(text)
            if in_focus and _STAMP_CORE.search(text):
                # The summary-like sections only: "In last year's drill we rolled back at
                # 17:00" under Lessons learned dates nothing of this incident.
                timed_texts.extend(
                    b for b in _prose_blocks(_FENCED.sub("\n", raw)) if _STAMP_CORE.search(b)
                )
    heading_day = None
    out: list[m.Evidence] = []
    for found in (focused, anywhere):
        starts, ends = found.get("start", []), found.get("end", [])
        if ends:  # a worded end over the start's stated length
            starts = [e for e in starts if e.milestone is not m.Milestone.IMPACT_ENDED]
        out = found.get("window") or starts + ends
        if out:
            break
    if not out and report.title and _STAMP_CORE.search(report.title):
        # A window in the title, when the prose dates neither end: "MEET - Ausfall am
        # 21.04.2020 von 10:04 - 10:24" (Freifunk München), "Outage on 2020-04-21 from 10:04
        # to 10:24". Opened by its word only ("von", "from"): a day and a range beside the
        # incident's name ("2025-09-02 01:00 ~ 2025-09-05 19:59 API outage") heads that day's
        # entry of a log. (A title that is a window alone is the parser's ``_title_window``.)
        flat_title = _flat(report.title)
        opened = pats["window"].search(flat_title)
        if (
            opened is not None
            and opened.group("a")
            and _FAILURE_TITLE.search(flat_title)
            and not pats["routine"].search(flat_title)
        ):
            out = window(flat_title)
    out = out + anywhere.get("detection", [])
    # An end told on the day of the start before it, or of the detection or the start field
    # when the prose gives no start: past midnight.
    anchor = next((e.at for e in out if e.milestone is m.Milestone.STARTED), None) or next(
        (e.at for e in out if e.milestone is m.Milestone.DETECTED), report.metadata.started_at
    )
    out = [_past_midnight(e, anchor) if e.milestone is m.Milestone.IMPACT_ENDED else e
           for e in out]  # fmt: skip
    # Timed and day-only sentences: metrics use them only when the report has no timeline.
    seen = {e.milestone for e in out}
    for text in dict.fromkeys(timed_texts):  # the summary is also its section: read once
        out.extend(timed_sentences(text, seen))
    for text in day_texts:
        out.extend(_day_sentences(text, base_year, seen, dayfirst))
    if found_day_texts and m.Milestone.DETECTED not in seen:
        out.extend(_undated_detection(found_day_texts, base, base_year, dayfirst))
    if report.timeline.events:
        # With a timeline, the summary-like prose may still date the detection to a day
        # before the response the timeline logs ("The issue was detected by our partner on
        # September 09, 2025", over a timeline from September 10; "The problem was
        # discovered on March 17"); metrics decide whether it comes first.
        # Only a verb of finding it ("This report documents two incidents that occurred on
        # August 18-19" names a report, not a detection); in the Detection section too.
        known = seen | (set(_DAY_MILESTONES) - {m.Milestone.DETECTED})
        found_texts = focus_texts + [
            _flat(sec.content[:3000])
            for sec in report.all_sections()
            if sec.kind is m.SectionKind.DETECTION
        ]
        for text in found_texts:
            got = _day_sentences(text, base_year, known, dayfirst, _found_words())
            if got:
                out.extend(got)
                break
    # A window of days in the summary-like prose, with a timeline or without: "The token was
    # exposed from on or about 2025-02-10 through 2025-04-01" starts an exposure weeks before
    # the response the timeline logs.
    # The title last: "Compromised PyTorch-nightly dependency chain between December 25th and
    # December 30th, 2022." is the window its opening tells only as whom it affects.
    # Without a timeline, every section's prose after them, as for other readings: "The
    # mispecification of the schema resulted in 4.1 million documents between 2020-07-04 and
    # 2020-08-20 to be sent to our error stream" (Mozilla's data blog, under "Catching and
    # fixing the error").
    # Sections of headings no table knows only: a window under "Root cause" or "Lessons
    # learned" ("Between 2019-01-01 and 2019-06-30 we migrated ...") is another matter's.
    rest = (
        []
        if report.timeline.events
        else [
            _flat(_FENCED.sub("\n", sec.content[:3000]))
            for sec in report.all_sections()
            if sec.kind is m.SectionKind.OTHER
        ]
    )
    texts = [(t, False) for t in focus_texts] + [(_flat(report.title or ""), True)]
    for text, title in texts + [(t, False) for t in rest]:
        if got := _day_window(text, base_year, dayfirst, title=title):
            timed_start = next(
                (e.at for e in out if e.milestone is m.Milestone.STARTED and e.at), None
            )
            if timed_start is None or got[0].at is None or got[0].at.date() <= timed_start.date():
                out.extend(e for e in got if e.milestone not in seen)
            break
    if opening_day is not None:
        # The day the opening or the summary names first, in a report that gives no date
        # otherwise ("On Jan 23 2020 the Ubuntu repo server had limited reachability", the
        # Prometheus docs' notice; "Over the course of the weekend of November 17-18 of 2018",
        # Lotus Base's): of the least weight, as the report's day is elsewhere.
        out.append(m.Evidence(
            m.Milestone.STARTED, dt.datetime.combine(opening_day, dt.time()), "opening-day",
            "opening", opening_day.isoformat(), None, 0.2, "day",
        ))  # fmt: skip
    return out


def _day_window(
    text: str, base_year: int | None, dayfirst: bool, *, title: bool = False
) -> list[m.Evidence]:
    """The start and end days of a window of days ("Between July 9 and July 16, 2023",
    "from on or about 2025-02-10 through 2025-04-01", "Between 4–7 December"; in a title a
    range of days alone, "Incident Postmortem (Jan 29–31, 2026)"), as day-precision
    evidence."""
    mm = _DAY_WINDOW.search(text)
    rng = (
        None if mm is not None else (_TITLE_DAY_RANGE if title else _DAY_RANGE_WINDOW).search(text)
    )
    if mm is None and rng is None:
        return []
    hit = mm or rng
    assert hit is not None
    bounds = _sentence_around(text, hit.start(), hit.end(), 400)
    sentence = text[bounds[0] : bounds[1]] if bounds else hit.group()
    a: dt.date | None
    b: dt.date | None
    if rng is not None and title and rng.group("i1"):
        days = _title_iso_days(text, rng)
        if days is None:
            return []
        a, b = days
    elif not _window_impact().search(sentence):
        return []  # "We reviewed logs from 2024-01-01 to 2024-03-01": no incident's window
    elif rng is not None:
        # One month and year for both days: "4–7 December", "Jan 29–31, 2026".
        month = rng.group("m1") or rng.group("m2")
        year = int(rng.group("y")) if rng.group("y") else base_year
        first = rng.group("d1") or rng.group("e1")
        last = rng.group("d2") or rng.group("e2")
        a = read_stamp(f"{month} {first}", dayfirst=dayfirst, base_year=year).date
        b = read_stamp(f"{month} {last}", dayfirst=dayfirst, base_year=year).date
    else:
        b = _mention_day(hit.group("b"), dayfirst, base_year)
        a = _mention_day(hit.group("a"), dayfirst, b.year if b is not None else base_year)
    if a is None or b is None or not a <= b:
        return []
    quote = sentence.strip()[:80]
    return [
        m.Evidence(ms, dt.datetime.combine(day, dt.time()), "prose", "summary", quote, None, 0.3,
                   "day")
        for ms, day in ((m.Milestone.STARTED, a), (m.Milestone.IMPACT_ENDED, b))
    ]  # fmt: skip


#: What a range in a title's parentheses may date instead of the incident: "(2026-07-27 →
#: 2026-07-29 logs)", "(... backfill)".
_NOT_THE_RANGES_NOUN = re.compile(
    r"(?i)\b(?:logs?|data|backfill|window|sprint|release|maintenance|deploy\w*)\b"
)
_TITLE_FAILURE = re.compile(rf"(?i)\b(?:{'|'.join(v.FAILURE_TITLE_WORDS)})\b")


def _title_iso_days(title: str, rng: re.Match[str]) -> tuple[dt.date, dt.date] | None:
    """The first and last days of a title's range written year first, or None where it is
    not the incident's. Its place: opening the title, its parentheses or brackets (not
    before a word naming another thing dated, "(... logs)"), or closing the title; beside a
    failure's word ("GPU transcoding outage (2026-07-27 → 2026-07-29)", "2026-07-27 →
    2026-07-29: checkout outage"); not "Sprint 2026-07-27 – 2026-08-09 retro", "(covering
    ...)", "Backfill of 2026-07-01 – 2026-07-26 logs caused outage on 2026-07-27". The end's
    year and month, when it leaves them out, are the start's, or the next year's past
    December ("2026-12-30 → 01-02")."""
    before = title[: rng.start()].rstrip()
    after = title[rng.end() :]
    in_brackets = after.split(")", 1)[0].split("]", 1)[0]
    opens = (before.endswith(("(", "[")) and not _NOT_THE_RANGES_NOUN.search(in_brackets)) or (
        before == "" or before.endswith(("#", ":", "—", "-"))
    )
    if not (opens or not after.strip()) or not _TITLE_FAILURE.search(title):
        return None
    first, end = rng.group("i1"), rng.group("i2")
    a = parse_date(first)
    b = parse_date(end if len(end) == 10 else f"{first[:4]}-{end}")
    if a is not None and b is not None and b < a and len(end) < 10:
        b = parse_date(f"{a.year + 1}-{end}")
    return (a, b) if a is not None and b is not None and a < b else None


#: A year as reports write them, 19xx or 20xx: not "2130" read from "October 5 2130" (a
#: time written without its colon; "2030" for 20:30 still reads as a year).
_CALENDAR_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def shared_year(text: str) -> int | None:
    """The year that every date written with its year in ``text`` shares ("October 5,
    2025", "2025-10-05"), or None when there is none or there are several."""
    years = {
        y.group() for mm in _DAY_MENTION.finditer(text) if (y := _CALENDAR_YEAR.search(mm.group()))
    }  # fmt: skip
    return int(years.pop()) if len(years) == 1 else None


#: A line that is a label and its value ("**Planned:** 2026-09-26", "- Deadline: ..."), not
#: a sentence of the report.
_LABELLED_LINE = re.compile(
    r"(?m)^[ \t>]*(?:[-*+][ \t]+)?[*_]*[^\W\d][\w /()-]{0,40}?[*_]*[ \t]*[:：].*$"
)
#: What dates something else than the incident: a day after a word of vocabulary
#: ``OTHER_DAY_WORDS`` ("since", "before", "updated"), a link's text, a day in parentheses.
#: Each taken out with the words it closes. (A link's text holds brackets one level deep
#: only, "[the report [PDF]]": tried from each "[" of a long run, a text that may hold any
#: looked to the line's end from every one.)
_NOT_THE_DAY = re.compile(
    rf"(?i)\b(?:{'|'.join(v.OTHER_DAY_WORDS)})\b[^.\n]{{0,30}}|\[(?:[^][\n]|\[[^][\n]*\])*\]|\([^()\n]*\)"
)
#: A clock time in prose: "at 7:29 UTC", "14:22".
_PROSE_CLOCK = re.compile(r"(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d])")


#: The units of a length written before its window: "14 分钟", "~14시간", "약 10분", "2 hours".
_LENGTH_UNITS = r"分钟|分鐘|分|小时|小時|時間|시간|분|h|hrs?|hours?|mins?|minutes?"


#: A title that names a failure, for a window in it to be the incident's (vocabulary
#: ``FAILURE_TITLE_WORDS``).
_FAILURE_TITLE = re.compile(
    rf"(?i)\b(?:{'|'.join(v.FAILURE_TITLE_WORDS)})\b|{'|'.join(v.FAILURE_TITLE_WORDS_CJK)}"
)


def _has_any(text: str, chars: str, lo: int, hi: int) -> bool:
    """Whether one of ``chars`` stands in ``text[lo:hi]``."""
    return any(text.find(c, lo, hi) >= 0 for c in chars)


def _without_line(text: str, needle: str) -> str:
    """``text`` without the time field line that holds ``needle``: a key event's time line
    ("**Time**: ~12:00 PM - 1:00 PM") is the entry's stamp, not a window in prose. A sentence
    that repeats the time ("... were paged at 10:00 UTC.") stays (review 56)."""
    from postmortem.parsing.timeline import time_field_line  # the reader of such lines

    at = text.find(needle) if needle else -1
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        line = text[start : end if end >= 0 else len(text)]
        if time_field_line(line.lstrip(" \t-*+")):
            return text[:start] + (text[end + 1 :] if end >= 0 else "")
        at = text.find(needle, at + len(needle))
    return text


#: Words before a heading's day that make it another day than the incident's: "Summary
#: (updated 2026-01-12)", "Follow-ups (due 2026-02-01)", "Action plan — by 2026-03-01",
#: "Revision 2024-03-01" (review 55).
_OTHER_DAY_BEFORE = re.compile(
    r"\b(?:updated?|due|by|revised|revision|as of|until|before|after|since|deadline|target)\b"
    r"[^\w]*$",
    re.IGNORECASE,
)


def _heading_days(
    sections: Sequence[m.Section],
    dayfirst: bool,
    parent: dt.date | None = None,
    latest: dt.date | None = None,
) -> dict[int, dt.date | None]:
    """Each section's day (by ``id``): the first full date its heading writes, else its
    parent's. Not a plan's section, nor a day written as an update's, a due date or a
    revision's, nor one after ``latest`` (the report's date)."""
    out: dict[int, dt.date | None] = {}
    for sec in sections:
        day = None
        if sec.title and sec.kind not in v.PLAN_KINDS:
            title = _flat(sec.title)
            found = _first_full_mention(title, dayfirst)
            if found is not None and not _OTHER_DAY_BEFORE.search(title, 0, found[0].start()):
                day = found[1]
        if day is not None and latest is not None and day > latest:
            day = None  # a day after the report's own: a plan's or an update's
        out[id(sec)] = day or parent
        out.update(_heading_days(sec.subsections, dayfirst, day or parent, latest))
    return out


def _first_full_day(text: str, dayfirst: bool) -> dt.date | None:
    """The first date written with its year in ``text`` (prose flattened), or None."""
    found = _first_full_mention(text, dayfirst)
    return found[1] if found is not None else None


def _first_full_mention(text: str, dayfirst: bool) -> tuple[re.Match[str], dt.date] | None:
    """``_first_full_day`` with where it is written."""
    found: tuple[re.Match[str], dt.date] | None = None
    for mm in _DAY_MENTION.finditer(text[:3000]):
        if _YEAR.search(mm.group()):
            day = read_stamp(mm.group().replace(" of ", " "), dayfirst=dayfirst).date
            if day is not None:
                found = mm, day
                break
    cjk = _CJK_DAY.search(text, 0, found[0].start() if found else 3000)
    if cjk is not None and (day := read_stamp(cjk.group()).date) is not None:
        return cjk, day
    return found


#: A blank line after a paragraph that ends without a full stop (metadata, a heading-like
#: line): the prose patterns stop at "|" as at a sentence's end. A paragraph that ends its
#: sentence, or leads on with a colon ("We saw this error at 14:22:", "**Alert:**"), is read
#: on into the next: "... at 11:32 UTC we deployed release 4.2." over "Shortly after the
#: deployment, the checkout service began returning errors" is one telling.
_PARAGRAPH_BREAK = re.compile(
    r"(?<![.:!?\s])(?<![.:!?][*_)\]\"”’])(?<![.:!?][*_)\]\"”’][*_)\]\"”’])"
    r"[ \t]*\n[ \t]*\n\s*"
)
_PROSE_TIME = re.compile(_STAMPISH)
#: The core of a time in a sentence, as the timed-sentence reading finds them: the same
#: pattern as ``_STAMP_CORE``, which only decides what prose is skipped.
_TIME_CORE = re.compile(_STAMP_CORE.pattern)
#: A line that starts a block of its own: a list item, a quote, a table row, a field
#: ("**Status:** Resolved", "Hora: 23:49"). Its words are not the sentence of the line before.
_BLOCK_HEAD = re.compile(
    r"[ \t]*(?:[-*+>|]|\d+[.)]|(?:\*\*|__)?[^\W\d][\w /()-]{0,30}(?:\*\*|__)?\s?[:：])"
)


def _prose_blocks(text: str) -> list[str]:
    """The text's paragraphs, each on one line: a blank line, a list item or a field starts a
    new one, so that a sentence never runs from one field into the next."""
    blocks: list[list[str]] = [[]]
    for line in text.splitlines():
        if not line.strip() or _BLOCK_HEAD.match(line):
            blocks.append([])
        if line.strip():
            blocks[-1].append(line)
    return [_flat(" ".join(b)) for b in blocks if b]


_TIMED_MILESTONES = (
    m.Milestone.STARTED,
    m.Milestone.DETECTED,
    m.Milestone.MITIGATED,
    m.Milestone.IMPACT_ENDED,
    m.Milestone.RESOLVED,
)


def _sentence_around(text: str, start: int, end: int, limit: int) -> tuple[int, int] | None:
    """The sentence that holds ``text[start:end]``, or None when it runs past ``limit``
    characters. Searched only that far either way: scanning back to the start of a long
    block from every time in it was quadratic."""
    lo = max(0, start - limit)
    cut = max(text.rfind(". ", lo, start), text.rfind("! ", lo, start))
    if cut < 0 and lo > 0:
        return None
    s = cut + 1  # after the full stop, or the text's start
    e = text.find(". ", end, end + limit)
    if e < 0:
        if end + limit < len(text):
            return None
        e = len(text)
    else:
        e += 1
    return (s, e) if e - s <= limit else None


_DAY_MILESTONES = (
    m.Milestone.STARTED,
    m.Milestone.DETECTED,
    m.Milestone.IMPACT_ENDED,
    m.Milestone.RESOLVED,
)


def _day_sentences(
    text: str,
    base_year: int | None,
    known: set[m.Milestone],
    dayfirst: bool = False,
    need: re.Pattern[str] | None = None,
) -> list[m.Evidence]:
    """Milestones that a sentence dates to a day only: "On the 12th of March 2023, a failure
    was observed", "It was fully caught up and verified on July 8". The first sentence for each
    milestone counts; metrics use these only when the report has no timeline."""
    out: list[m.Evidence] = []
    seen = known  # shared across the sections of one report: the first sentence counts
    done_upto = -1
    # From each day named to the sentence around it: far fewer steps than cutting all the
    # prose into sentences.
    for dm in _DAY_MENTION.finditer(text):
        if dm.start() < done_upto:
            continue
        bounds = _sentence_around(text, dm.start(), dm.end(), 400)
        if bounds is None:
            continue  # no sentence at all
        s, e = bounds
        done_upto = e
        sentence = text[s:e].strip()
        if _TIME_CORE.search(sentence):
            # A sentence that also gives times is read by the timed readers or not at all:
            # "Between 14:00 and 15:30 UTC on 2024-05-01, users experienced elevated error
            # rates" dates no detection to the day's midnight.
            continue
        days = list(_DAY_MENTION.finditer(sentence))
        if len(days) == 1:
            units = [(sentence, days[0])]
        elif _DAY_WINDOW.search(sentence):
            continue  # a window of days: read as one (see _day_window)
        else:
            # Several days, each in a clause of its own with its own words: "This was noticed
            # on 2023-09-12 and fixed on 2023-09-13". A clause of two days is a list of days.
            units = []
            for clause in _clauses(sentence, days):
                inside = list(_DAY_MENTION.finditer(clause))
                if len(inside) == 1:
                    units.append((clause, inside[0]))
        for words, mention in units:
            if need is not None and need.search(words) is None:
                continue
            day = _mention_day(mention.group(), dayfirst, base_year)
            if day is None:
                continue
            found = list(cues(words))
            if m.Milestone.STARTED not in found and _start_words().search(words):
                found.insert(0, m.Milestone.STARTED)  # "On June 4, 2024, the site was down"
            if m.Milestone.IMPACT_ENDED not in found and any(
                _day_end_words().search(c) and mention.group() in c
                for c in _clauses(words, [mention])
            ):
                # "fixed on 2023-09-13": the end's word in the day's own clause, not a day
                # that opens a log line ending "... before being identified and fixed".
                found.append(m.Milestone.IMPACT_ENDED)
            for milestone in found:
                if milestone in seen or milestone not in _DAY_MILESTONES:
                    continue
                seen.add(milestone)
                at = dt.datetime.combine(day, dt.time())
                out.append(
                    m.Evidence(milestone, at, "prose", "summary", words[:80], None, 0.3, "day")
                )
    return out


#: A sentence that is a stated figure's field ("Time-to-detect: ~9 hours (noticed by user
#: during normal use)"): the figure's name and its note tell no moment.
_STATED_FIGURE_LINE = re.compile(
    r"\W*(?:"
    + "|".join(
        sorted(
            (n.replace(" ", "[ -]") for names, _, _ in v.STATED_METRIC_MEANINGS for n in names),
            key=len,
            reverse=True,
        )
    )
    + r")\b[^:\n]{0,40}:",
    re.IGNORECASE,
)


def _undated_detection(
    texts: list[str], base: dt.date | None, base_year: int | None, dayfirst: bool
) -> list[m.Evidence]:
    """A problem found in a sentence without a day or a time, dated to the day: the day the
    prose names last before it, else the report's ("In the morning, we noticed that the
    second server had a peak of emails", SimpleLogin's report of August 11; "reopened the
    website and noticed a blank screen", Felvin's; "I didn't actually become aware of the
    site being down until I visited it myself", Bloggulus'). For a report without a
    timeline: a timeline dates its detection by its entries."""
    for text in texts:
        for mm in _found_words().finditer(text):
            bounds = _sentence_around(text, mm.start(), mm.end(), 400)
            if bounds is None:
                continue
            sentence = text[bounds[0] : bounds[1]]
            if _TIME_CORE.search(sentence) or _DAY_MENTION.search(sentence):
                continue  # dated sentences are read by the readers of days and times
            if _STATED_FIGURE_LINE.match(sentence):
                continue
            if (
                m.Milestone.DETECTED not in cues(sentence)
                or _NOT_A_FIND.search(
                    text, max(bounds[0], mm.start() - 30), min(bounds[1], mm.end() + 6)
                )
                or _OTHER_DAY.search(sentence)
            ):
                # "nothing was detected", a finding ("discovered that five users were
                # impacted", "was discovered to be impaired"), a condition ("when issues are
                # detected") or another day ("noticed ... around 2 days ago").
                continue
            before = None
            for dm in _DAY_MENTION.finditer(text, 0, bounds[0]):
                before = dm
            day = _mention_day(before.group(), dayfirst, base_year) if before else base
            if day is None:
                return []
            at = dt.datetime.combine(day, dt.time())
            quote = sentence.strip()[:80]
            found = m.Evidence(
                m.Milestone.DETECTED, at, "prose", "summary", quote, None, 0.3, "day"
            )
            return [found]
    return []


_NOT_A_FIND = re.compile(
    r"\b(?:is|are|was|were|be|been|being|when|if|once|until|ensure|ensures)\s+(?:\w+\s+)?"
    r"(?:detected|discovered|noticed|spotted)\b|\b(?:detected|discovered|noticed) that\b",
    re.IGNORECASE,
)
_OTHER_DAY = re.compile(
    r"\b(?:ago|yesterday|previous|prior|earlier|before|next|following|later)\b", re.IGNORECASE
)


@lru_cache(maxsize=1)
def _found_words() -> re.Pattern[str]:
    """``vocabulary.FOUND_WORDS``: the verbs a sentence finds a problem with."""
    return re.compile(rf"\b(?:{'|'.join(v.FOUND_WORDS)})\b", re.IGNORECASE)


def _mention_day(named: str, dayfirst: bool, base_year: int | None) -> dt.date | None:
    """The day a ``_DAY_MENTION`` names ("12th of March 2023" is read as "12th March 2023")."""
    return read_stamp(named.replace(" of ", " "), dayfirst=dayfirst, base_year=base_year).date


def _clauses(sentence: str, days: list[re.Match[str]]) -> list[str]:
    """A sentence cut where ``_CLAUSE_CUT`` joins its clauses, never inside a day it names
    ("on March 5, 2024, and fixed ..." keeps "March 5, 2024" whole)."""
    out: list[str] = []
    start = 0
    for cut in _CLAUSE_CUT.finditer(sentence):
        if any(d.start() < cut.end() and cut.start() < d.end() for d in days):
            continue
        out.append(sentence[start : cut.start()])
        start = cut.end()
    out.append(sentence[start:])
    return [c for c in out if c.strip()]


@lru_cache(maxsize=1)
def _window_impact() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:" + "|".join((*v.PROSE_START_WORDS, *v.WINDOW_IMPACT_WORDS)) + r")\b",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _day_end_words() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(v.PROSE_END_WORDS) + r")\b")


@lru_cache(maxsize=1)
def _detect_words() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(v.PROSE_DETECT_WORDS) + r")\b")


#: A detection denied: "at about 07:00 UTC and nobody noticed", "was not detected".
_NOT_SEEN = r"(?:\b(?i:nobody|no one|no-one|not|never)\b|(?i:n't)\b)"
_UNSEEN_BEFORE = re.compile(rf"{_NOT_SEEN}\s+(?:[\w'’]+\s+){{0,2}}$")


def _unseen(words: str) -> bool:
    """Whether the last detection word of a time's clause is denied ("At about 07:00 UTC and
    nobody noticed"): no detection at that time."""
    found = list(_detect_words().finditer(words))
    return bool(found) and _UNSEEN_BEFORE.search(words, 0, found[-1].start()) is not None


@lru_cache(maxsize=1)
def _start_words() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(v.PROSE_START_WORDS) + r")\b")


_MONTH_NAMES = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_OTHER_MONTH_NAMES = "|".join(
    sorted({n for names in OTHER_MONTHS for n in names}, key=len, reverse=True)
)
#: A day named in prose: "2024-10-18", "October 18th 2024", "January 9", "12th March 2023";
#: a dotted day-first date ("11.05.2024"), and a day of a month in French, Spanish,
#: Portuguese or German ("12. Mai 2024", "28 février", "20 de septiembre de 2025").
_DAY_MENTION = re.compile(
    rf"\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b{_MONTH_NAMES}\.? \d{{1,2}}(?:st|nd|rd|th)?\b(?:,? \d{{4}})?"
    # Not a time's minutes before a month: "to 20:52 January 27, 2018" (Xoxzo's summary);
    # nor the last day of a range, "4–7 December" (``_DAY_RANGE``).
    rf"|\b(?<![:.])(?<![-–—])(?<![-–—] )\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTH_NAMES}\b"
    rf"(?:,? \d{{4}})?"
    r"|\b\d{1,2}\.\d{1,2}\.\d{4}\b"
    # Slashed, in the order the document writes its days: "On 26/04/2023 at 19:18 (UTC)".
    r"|\b\d{1,2}/\d{1,2}/\d{4}\b"
    # Year first ("At 2017/01/31 18:00 UTC", GitLab), not a path's ("/2017/01/31/slug").
    r"|\b(?<!/)\d{4}/\d{2}/\d{2}(?![/\w])"
    rf"|\b(?<![:.])\d{{1,2}}\.? (?:de )?(?i:{_OTHER_MONTH_NAMES})\b(?:,? (?:de )?\d{{4}})?"
)
#: A day as Japanese, Chinese and Korean write it: "2021年12月9日 10時58分より" (jaoafa's
#: notice), "于2022年10月19日", "2022년 10월 19일". (No "\b": a word of these scripts before
#: the year is a word character too.) Apart from ``_DAY_MENTION``: as one of its
#: alternatives it made every search of it three times as long.
_CJK_DAY = re.compile(r"\d(?<!\d\d)\d{3} ?[年년] ?\d{1,2} ?[月월] ?\d{1,2} ?[日일]")
#: A weekday and the day of the month, the month left to the reader: "Monday 20th at 05:30"
#: (SURFsara's storage notice), "the morning of Thursday 15th" (Inngest). Apart from
#: ``_DAY_MENTION``: only the day before a time asks for it, and only where "day" is written.
_WEEKDAY_DAY = re.compile(
    rf"\b(?:{_WEEKDAY_DAYS}),? (?:the )?\d{{1,2}}(?:st|nd|rd|th)\b(?! (?:of )?{_MONTH_NAMES})"
)


_WEEKDAY_NTH = re.compile(rf"(?P<wd>{_WEEKDAY_DAYS}),? (?:the )?(?P<nth>\d{{1,2}})")


def _weekday_day(mm: re.Match[str], near: dt.date | None) -> dt.date | None:
    """The day a weekday and a day of the month name ("Monday 20th") in the month of ``near``
    or the one either side of it: the one whose weekday agrees, nearest ``near``; None when
    none does (the weekday is the writer's check on the day)."""
    if near is None:
        return None
    weekday = WEEKDAY_NUMBER[mm.group("wd").lower()]
    number = int(mm.group("nth"))
    found: list[dt.date] = []
    for shift in (-1, 0, 1):
        month = near.month + shift
        year = near.year + (month - 1) // 12
        month = (month - 1) % 12 + 1
        try:
            d = dt.date(year, month, number)
        except ValueError:
            continue
        if d.weekday() == weekday:
            found.append(d)
    # Near the day it is read beside: "our usual Friday 13th release freeze" five weeks back
    # is another matter's day.
    found = [d for d in found if abs(d - near) <= _WEEKDAY_REACH]
    return min(found, key=lambda d: abs(d - near)) if found else None


_WEEKDAY_REACH = dt.timedelta(days=14)


#: A range of days in one month, with its year or without: "4–7 December", "4-7 Dec 2025",
#: "December 4th - 7th", "Jan 29–31, 2026".
_DAY_RANGE = (
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?[ \t]?[-–—][ \t]?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?"
    rf" (?:of )?(?P<m1>{_MONTH_NAMES})\.?"
    rf"|(?P<m2>{_MONTH_NAMES})\.? (?P<e1>\d{{1,2}})(?:st|nd|rd|th)?[ \t]?[-–—][ \t]?"
    rf"(?P<e2>\d{{1,2}})(?:st|nd|rd|th)?)(?:,? (?P<y>(?:19|20)\d{{2}}))?(?!\d)"
)
#: The same after "between" or "from" in prose: "Between 4–7 December, the exit engine
#: failed" (a trading bot's post-mortem).
_DAY_RANGE_WINDOW = re.compile(rf"\b(?:{'|'.join(v.WINDOW_OPENERS)}) (?:the )?\b{_DAY_RANGE}")
#: In a title, the range alone: "Incident Postmortem (Jan 29–31, 2026): ... Data Loss", or
#: of days written year first, joined by a dash, a wave or an arrow: "GPU transcoding outage
#: (2026-07-27 → 2026-07-29)" (a home media server's), "CI Cascade Failure (2026-04-08 ~
#: 04-10)" (LingFlow).
_TITLE_DAY_RANGE = re.compile(
    rf"\b{_DAY_RANGE}|\b(?P<i1>(?:19|20)\d{{2}}-\d{{2}}-\d{{2}})"
    rf" ?(?:→|->|[-–—~〜～]|to|until|through) ?"
    rf"(?P<i2>(?:(?:19|20)\d{{2}}-)?\d{{2}}-\d{{2}})(?![\d-])"
)
#: A window of days: "from" or "between", a day, a joiner, a day (``WINDOW_OPENERS`` and
#: ``WINDOW_JOINERS`` of the vocabulary, with the hedges written before a day).
_DAY_WINDOW = re.compile(
    rf"\b(?:{'|'.join(v.WINDOW_OPENERS)}|(?:{'|'.join(v.WINDOW_START_WORDS)}) (?:on|from)) "
    rf"(?:(?:{'|'.join(v.DAY_HEDGES)}) )?"
    rf"(?P<a>{_DAY_MENTION.pattern}),? (?:{'|'.join(v.WINDOW_JOINERS + v.WINDOW_START_JOINERS)}) "
    rf"(?:(?:{'|'.join(v.DAY_HEDGES)}) )?(?P<b>{_DAY_MENTION.pattern})"
)
