"""Business-hours durations: weekends, DST changes, overnight spans and windows, holidays."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import postmortem
from postmortem.calendar import BusinessCalendar
from postmortem.durations import DurationSpec
from postmortem.metrics import metrics

H = dt.timedelta(hours=1)
M = dt.timedelta(minutes=1)
LONDON = ZoneInfo("Europe/London")
SUPPORT = BusinessCalendar("Europe/London", dt.time(10), dt.time(17), "mon-fri")


def ldn(y: int, mo: int, d: int, h: int, mi: int = 0) -> dt.datetime:
    return dt.datetime(y, mo, d, h, mi, tzinfo=LONDON)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (ldn(2024, 3, 6, 10, 30), ldn(2024, 3, 6, 12), 90 * M),  # Wednesday, inside
        (ldn(2024, 3, 6, 8), ldn(2024, 3, 6, 18), 7 * H),  # before opening to after closing
        (ldn(2024, 3, 6, 16), ldn(2024, 3, 7, 11), 2 * H),  # overnight: 1 h + 1 h
        (ldn(2024, 3, 6, 18), ldn(2024, 3, 7, 9), dt.timedelta(0)),  # overnight, all closed
        (ldn(2024, 3, 8, 16), ldn(2024, 3, 11, 11), 2 * H),  # Friday to Monday: no weekend
        (ldn(2024, 3, 9, 9), ldn(2024, 3, 10, 20), dt.timedelta(0)),  # all weekend
        (ldn(2024, 3, 4, 10), ldn(2024, 3, 11, 10), 35 * H),  # a whole week
        (ldn(2024, 3, 6, 12), ldn(2024, 3, 6, 11), dt.timedelta(0)),  # backwards
    ],
)
def test_support_hours_on_working_days(
    a: dt.datetime, b: dt.datetime, expected: dt.timedelta
) -> None:
    assert SUPPORT.business_time(a, b) == expected


def test_holidays_remove_their_window() -> None:
    a, b = ldn(2024, 12, 24, 16), ldn(2024, 12, 27, 11)
    assert SUPPORT.business_time(a, b) == 16 * H  # 1 + 7 + 7 + 1
    xmas = BusinessCalendar("Europe/London", dt.time(10), dt.time(17), "mon-fri",
                            {dt.date(2024, 12, 25), dt.date(2024, 12, 26)})  # fmt: skip
    assert xmas.business_time(a, b) == 2 * H


def test_a_dst_change_leaves_daytime_windows_alone() -> None:
    # The clocks go forward on Sunday 31 March 2024 in London.
    a, b = ldn(2024, 3, 29, 16), ldn(2024, 4, 1, 11)
    assert SUPPORT.business_time(a, b) == 2 * H
    # Wall-clock: 16:00 GMT to 11:00 BST is 66 hours, not the 67 the clock faces suggest.
    r = postmortem.parse("# T\n\nNo timeline.\n")
    mt = metrics(r, overrides={"detected": a, "resolved": b},
                 durations={"wall": ("detected", "resolved"),
                            "support": DurationSpec("detected", "resolved", "business")},
                 calendar=SUPPORT)  # fmt: skip
    assert mt.durations["wall"].value == 66 * H
    assert mt.durations["support"].value == 2 * H
    assert mt.durations["support"].span == 66 * H
    assert mt.durations["support"].clock == "business"


def test_an_overnight_window_is_an_hour_shorter_or_longer_on_dst_nights() -> None:
    nights = BusinessCalendar("Europe/London", dt.time(22), dt.time(6), "mon-sun")
    assert nights.business_time(ldn(2024, 3, 6, 0), ldn(2024, 3, 7, 0)) == 8 * H  # 00-06, 22-24
    assert nights.business_time(ldn(2024, 3, 30, 21), ldn(2024, 3, 31, 7)) == 7 * H  # forward
    assert nights.business_time(ldn(2024, 10, 26, 21), ldn(2024, 10, 27, 7)) == 9 * H  # back
    # A window belongs to the day it opens: no Friday window on a Mon-Thu rota.
    rota = BusinessCalendar("Europe/London", dt.time(22), dt.time(6), "mon-thu")
    assert rota.business_time(ldn(2024, 3, 8, 12), ldn(2024, 3, 9, 12)) == dt.timedelta(0)
    assert rota.business_time(ldn(2024, 3, 7, 12), ldn(2024, 3, 8, 12)) == 8 * H


def test_instants_in_other_zones_and_without_a_zone() -> None:
    ny = BusinessCalendar("America/New_York", dt.time(9), dt.time(17), "mon-fri")
    utc = dt.timezone.utc
    a, b = dt.datetime(2024, 1, 10, 13, tzinfo=utc), dt.datetime(2024, 1, 10, 23, tzinfo=utc)
    assert ny.business_time(a, b) == 8 * H  # 08:00 to 18:00 New York time
    naive = ny.business_time(dt.datetime(2024, 1, 10, 8), dt.datetime(2024, 1, 10, 12))
    assert naive == 3 * H  # taken as New York time


def test_a_business_duration_from_a_report() -> None:
    r = postmortem.parse(
        "# T\n\n## Timeline\n\nAll times Europe/London.\n\n| Time | Event |\n|---|---|\n"
        "| 2024-03-08 16:30 | Alert fired |\n"
        "| 2024-03-11 10:45 | Service restored |\n"
    )
    spec = {"repair": DurationSpec("detected", "impact_ended", "business")}
    mt = metrics(r, durations=spec, calendar=SUPPORT)
    assert mt.durations["repair"].value == 75 * M  # 30 min on Friday, 45 on Monday
    assert "business hours 10:00-17:00 mon,tue,wed,thu,fri Europe/London" in (
        mt.durations["repair"].reason
    )
    missing = metrics(r, durations=spec).durations["repair"]
    assert missing.value is None and "needs a calendar" in missing.reason


def test_a_bad_calendar_says_what_is_wrong() -> None:
    with pytest.raises(Exception, match="Mars"):
        BusinessCalendar("Mars/Olympus")
    with pytest.raises(ValueError, match="weekday"):
        BusinessCalendar(weekdays=["mon", "funday"])


_instants = st.datetimes(
    min_value=dt.datetime(2024, 1, 1), max_value=dt.datetime(2024, 12, 31),
    timezones=st.just(LONDON),
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_instants, min_size=3, max_size=3))
def test_business_time_adds_up_and_never_exceeds_wall_time(points: list[dt.datetime]) -> None:
    a, b, c = sorted(points, key=lambda t: t.astimezone(dt.timezone.utc))
    assert SUPPORT.business_time(a, c) == SUPPORT.business_time(a, b) + SUPPORT.business_time(b, c)
    assert SUPPORT.business_time(a, c) <= c.astimezone(dt.timezone.utc) - a.astimezone(
        dt.timezone.utc
    )
