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


# -- hostile input (issue 16): shapes that made parsers super-linear --------------------------

_CONTAINER = st.sampled_from(["> ", ">", "- ", "* ", "1. ", "  ", "    ", "\t", "> - ", "- > "])
_LINE_TAIL = st.sampled_from(["x", "", "- x", "[a]: /u '", "| a | b |", "**K:** v", "```"])


@st.composite
def mixed_nesting(draw: st.DrawFn) -> str:
    """Lines opening up to 120 quotes and list items in any order (limits: 100 quotes)."""
    lines = []
    for _ in range(draw(st.integers(1, 6))):
        depth = draw(st.integers(0, 120))
        prefix = "".join(draw(st.lists(_CONTAINER, min_size=depth, max_size=depth)))
        lines.append(prefix + draw(_LINE_TAIL))
    sep = draw(st.sampled_from(["\n", "\n\n"]))
    return "# T\n\n" + sep.join(lines) + "\n"


_RUN_CHARS = st.sampled_from([" ", "|", "[", "*", "#", "7", ":", "\t", "-", "`", ">", "("])
_RUN_CONTEXTS = st.sampled_from([
    "{r}", "x{r}y\n", "- x{r}y\n", "**Key:**{r}x{r}\n", "Key:{r}x{r}\n", "> {r}x\n",
    "| a{r}| b |\n|---|---|\n| 1{r}| 2 |\n", "## Timeline\n\n- 10:00{r}x\n",
    "## Action items\n\n- [ ] fix{r}x - Owner:{r}y\n", "[a]: /u '{r}\n", "{r}\n{r}\n",
    "- detected: 2024-01-01 10:00{r}x\n", "**TODO**{r}x{r}\n",
])  # fmt: skip


@st.composite
def long_runs(draw: st.DrawFn) -> str:
    """A run of up to 30,000 of one character, inside a line shape the parser reads."""
    run = draw(_RUN_CHARS) * draw(st.integers(1000, 30_000))
    return "# T\n\n" + draw(_RUN_CONTEXTS).replace("{r}", run)


@st.composite
def front_matter_long_keys(draw: st.DrawFn) -> str:
    """YAML or TOML front matter with keys of up to 100,000 characters, dotted or plain."""
    toml = draw(st.booleans())
    part = draw(st.sampled_from(["a.", "a", "k_", '"q".', "[", "{"]))
    key = part * draw(st.integers(1, 50_000)) + "b"
    lines = [f"{key} = 1" if toml else f"{key}: 1" for _ in range(draw(st.integers(1, 3)))]
    fence = "+++" if toml else "---"
    return f"{fence}\n" + "\n".join(lines) + f"\n{fence}\n# T\n"
