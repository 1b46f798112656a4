"""Hypothesis strategies for reports built in code (the canonical style's subset of the model)."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

import postmortem
from postmortem import ActionItem, ActionStatus, Priority, Severity, SeverityLevel, TimelineEvent

# Plain words: the property is about the model, not about Markdown escaping (which the
# byte-for-byte round-trip tests cover for arbitrary text).
_word = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJ", min_size=1, max_size=8)
sentence = st.lists(_word, min_size=1, max_size=6).map(" ".join)
name = (
    st.lists(_word, min_size=1, max_size=2).map(" ".join).filter(lambda s: "and" not in s.split())
)
minutes = st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2035, 12, 31)).map(
    lambda d: d.replace(second=0, microsecond=0, tzinfo=dt.timezone.utc)
)
dates = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2035, 12, 31))


@st.composite
def events(draw: st.DrawFn) -> TimelineEvent:
    at = draw(minutes)
    return TimelineEvent(
        at=at,
        text=draw(sentence),
        time=at.time(),
        actor=draw(st.none() | name),
        date=at.date(),
    )


@st.composite
def actions(draw: st.DrawFn) -> ActionItem:
    return ActionItem(
        description=draw(sentence),
        owner=draw(st.none() | name),
        due=draw(st.none() | dates),
        status=draw(st.sampled_from(list(ActionStatus))),
        priority=draw(st.none() | st.sampled_from(list(Priority))),
        id=draw(st.none() | st.integers(1, 999).map(str)),
    )


@st.composite
def reports(draw: st.DrawFn) -> postmortem.Report:
    r = postmortem.Report(title=draw(sentence))
    md = r.metadata
    md.incident_id = draw(st.none() | st.from_regex(r"INC-[0-9]{1,5}", fullmatch=True))
    md.date = draw(st.none() | dates)
    level = draw(st.none() | st.sampled_from(list(SeverityLevel)))
    md.severity = None if level is None else Severity(level)
    md.status = draw(st.none() | _word)
    md.owners = draw(st.lists(name, max_size=3))
    md.participants = draw(st.lists(name, max_size=3))
    md.affected_services = draw(st.lists(_word, max_size=3))
    r.summary.text = draw(st.none() | sentence)
    r.impact.text = draw(st.none() | sentence)
    r.timeline.events = draw(st.lists(events(), max_size=6))
    r.timeline.timezone = "UTC" if r.timeline.events else None
    r.root_cause.primary = draw(st.none() | sentence)
    r.root_cause.contributing_factors = draw(st.lists(sentence, max_size=3))
    r.lessons.went_well = draw(st.lists(sentence, max_size=3))
    r.lessons.went_wrong = draw(st.lists(sentence, max_size=3))
    r.lessons.lucky = draw(st.lists(sentence, max_size=2))
    r.action_items = draw(st.lists(actions(), max_size=5))
    return r
