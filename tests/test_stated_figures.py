"""The parser reads what a stated figure means and how precisely it is written; metrics use
what the model says (``StatedMetric.meaning``, ``readings``, ``precision``, ``approximate``)
and never the figure's words."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import postmortem
from postmortem.metrics import metrics
from postmortem.model import StatedMetric
from postmortem.parsing import read_stated

M = dt.timedelta(minutes=1)

# Start 10:00, alert 10:05, restored 11:03: detected -> impact ended is 58 minutes.
TIMELINE = (
    "# T\n\n## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n"
    "| 2024-01-02 10:00 | Errors started for users |\n"
    "| 2024-01-02 10:05 | Alert fired |\n"
    "| 2024-01-02 11:03 | Service restored |\n"
)


@pytest.mark.parametrize(
    ("name", "text", "meaning", "precision", "approximate"),
    [
        ("Time to repair", "55 min", "time_to_repair", M, False),
        ("MTTR", "1h", "time_to_repair", 60 * M, False),
        ("Time to Resolution (TTR)", "about 3 hours", "time_to_resolve", 60 * M, True),
        ("Time to Response (TTR)", "1.5 hours", "time_to_acknowledge", 6 * M, False),
        ("Time to mitigate", "~2h", "time_to_mitigate", 60 * M, True),
        ("Time to coffee", "10 minutes", None, M, False),
    ],
)  # fmt: skip
def test_the_parser_reads_meaning_and_precision(
    name: str, text: str, meaning: str | None, precision: dt.timedelta, approximate: bool
) -> None:
    r = postmortem.parse(f"{TIMELINE}\n## Metrics\n\n- {name}: {text}\n")
    (sm,) = r.stated_metrics
    assert (sm.name, sm.text, sm.meaning) == (name, text, meaning)
    assert (sm.precision, sm.approximate) == (precision, approximate)
    assert bool(sm.readings) is (meaning is not None)
    assert read_stated(name, text).meaning == meaning  # the same reading for code


def test_readings_come_from_the_vocabulary_most_likely_first() -> None:
    sm = read_stated("Time to repair", "55 minutes")
    assert sm.readings[0] == ("detected", "impact_ended")
    assert ("started", "impact_ended") in sm.readings


def test_metrics_follow_the_meaning_on_the_model_not_the_name() -> None:
    r = postmortem.parse(TIMELINE)
    # A name no vocabulary knows, with its meaning given: compared with time_to_repair.
    r.stated_metrics.append(attrs.evolve(read_stated("Reparaturzeit", "55 min", 55 * M),
                                         meaning="time_to_repair",
                                         readings=(("detected", "impact_ended"),)))  # fmt: skip
    mt = metrics(r)
    assert mt.time_to_repair.stated is r.stated_metrics[0]
    assert mt.time_to_repair.disagrees and len(mt.disagreements) == 1
    # A known name with no meaning on the model is not compared: metrics do not read names.
    r.stated_metrics[0] = StatedMetric("Time to repair", "55 min", 55 * M)
    mt = metrics(r)
    assert mt.time_to_repair.stated is None and mt.disagreements == ()


def test_metrics_follow_the_precision_on_the_model() -> None:
    r = postmortem.parse(f"{TIMELINE}\n## Metrics\n\n- Time to repair: 55 min\n")
    assert metrics(r).time_to_repair.disagrees  # 58 against 55, +-1 min
    r.stated_metrics[0].approximate = True  # "about 55 min": +-14 min
    d = metrics(r).time_to_repair
    assert not d.disagrees and d.tolerance == dt.timedelta(minutes=13.75)
    r.stated_metrics[0].approximate = False
    r.stated_metrics[0].precision = 60 * M  # written to the hour: +-30 min
    d = metrics(r).time_to_repair
    assert not d.disagrees and d.tolerance == 30 * M


@pytest.mark.parametrize(
    ("key", "meaning"), [("Duration", "impact_duration"), ("Total Duration", "time_to_resolve")]
)
def test_a_duration_field_is_read_as_a_figure_by_the_parser(key: str, meaning: str) -> None:
    r = postmortem.parse(f"# T\n\n**{key}:** 60 minutes\n\n{TIMELINE.split(chr(10), 2)[2]}")
    (f,) = r.stated_fields
    assert (f.name, f.text, f.meaning, f.precision) == (key, "60 minutes", meaning, M)
    mt = metrics(r)
    assert mt.duration(meaning).stated is f
    assert [d.line for d in mt.disagreements] == [3]


def test_a_duration_set_in_code_is_compared_with_the_impact() -> None:
    r = postmortem.parse(TIMELINE)
    r.metadata.duration = dt.timedelta(minutes=30)  # the timeline gives 1h 3m
    mt = metrics(r)
    assert mt.impact_duration.stated is not None and mt.impact_duration.disagrees
