"""Timestamps in every form the corpus and seeds use, resolved against their context."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import postmortem
from postmortem.timestamps import (
    Context,
    parse_date,
    parse_day_range,
    parse_duration,
    read_stamp,
    resolve,
    split_stamp,
)

UTC = dt.timezone.utc
LA = ZoneInfo("America/Los_Angeles")
DAY = dt.date(2021, 10, 30)


def at(entry: str, ctx: Context | None = None) -> tuple[dt.datetime | None, str]:
    hit = split_stamp(entry)
    assert hit is not None, entry
    stamp = read_stamp(entry[hit[0] : hit[1]], base_year=DAY.year)
    when, _ = resolve(stamp, ctx or Context(day=DAY))
    return when, entry[hit[2] :]


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("14:15 alert", dt.datetime(2021, 10, 30, 14, 15)),
        ("[13:26] alert", dt.datetime(2021, 10, 30, 13, 26)),
        ("2:54 PM PST: alert", dt.datetime(2021, 10, 30, 14, 54, tzinfo=LA)),
        ("1625: alert", dt.datetime(2021, 10, 30, 16, 25)),
        ("Jan 14, 10:18 AM alert", dt.datetime(2021, 1, 14, 10, 18)),
        ("12:45 PM PST Saturday Oct 30th: alert", dt.datetime(2021, 10, 30, 12, 45, tzinfo=LA)),
        ("02-13-2025 11:00 pm alert", dt.datetime(2025, 2, 13, 23, 0)),
        ("10h47 CEST alert", dt.datetime(2021, 10, 30, 10, 47, tzinfo=ZoneInfo("Europe/Paris"))),
        ("13:14 EDT (17:14 UTC): alert",
         dt.datetime(2021, 10, 30, 13, 14, tzinfo=ZoneInfo("America/New_York"))),
        ("16:37 Denver alert",
         dt.datetime(2021, 10, 30, 16, 37, tzinfo=ZoneInfo("America/Denver"))),
        ("2021-10-30T12:45:00Z alert", dt.datetime(2021, 10, 30, 12, 45, tzinfo=UTC)),
        ("2021-10-30 12:45:07+02:00 alert",
         dt.datetime(2021, 10, 30, 12, 45, 7, tzinfo=dt.timezone(dt.timedelta(hours=2)))),
        ("**June 14th, 2022, 10:00 AM:** alert", dt.datetime(2022, 6, 14, 10, 0)),
        ("`14:15` alert", dt.datetime(2021, 10, 30, 14, 15)),
        # The day's ordinal dot, as "30. Jan" has it: before a time or a year only.
        ("**Jan 30. 02:56** – alert", dt.datetime(2021, 1, 30, 2, 56)),
        ("Mar 5. 2024 04:54 alert", dt.datetime(2024, 3, 5, 4, 54)),
    ],
)  # fmt: skip
def test_forms(entry: str, expected: dt.datetime) -> None:
    when, body = at(entry)
    assert when == expected
    assert when is not None and when.utcoffset() == expected.utcoffset()
    assert body == "alert"


def test_an_ordinal_dot_before_words_ends_the_day() -> None:
    # A day alone (no instant) whose dot is no part of the text, as without the dot.
    hit = split_stamp("Jan 30. The site was down")
    assert hit is not None and hit[2] == len("Jan 30. ")
    assert read_stamp("Jan 30.", base_year=2021).date == dt.date(2021, 1, 30)


def test_unknown_times() -> None:
    for entry in ("[???] alert", "2019-12-03 --:-- alert"):
        when, body = at(entry)
        assert when is None and body == "alert"
    stamp = read_stamp("2019-12-03 --:--")
    assert stamp.date == dt.date(2019, 12, 3) and stamp.unknown


def test_approximate_and_range() -> None:
    st_ = read_stamp("~9:43 AM")
    assert st_.approximate and st_.time == dt.time(9, 43)
    rng = read_stamp("10:01-10:02")
    start, end = resolve(rng, Context(day=DAY))
    assert start == dt.datetime(2021, 10, 30, 10, 1)
    assert end == dt.datetime(2021, 10, 30, 10, 2)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # The end's meridiem is the bare start's (ShelfExecution's "~1:15–1:20 PM IST") ...
        ("~1:15–1:20 PM IST", dt.time(13, 15), dt.time(13, 20)),
        ("9:30 - 11:30 a.m.", dt.time(9, 30), dt.time(11, 30)),
        # ... unless that puts the start after the end: 11:50 in the morning.
        ("11:50-1:20 PM", dt.time(11, 50), dt.time(13, 20)),
        ("11:15-12:10 PM", dt.time(11, 15), dt.time(12, 10)),
        ("1:15pm-1:20pm", dt.time(13, 15), dt.time(13, 20)),
        # A start on the 24-hour clock keeps its hour.
        ("0:15-1:20 PM", dt.time(0, 15), dt.time(13, 20)),
    ],
)
def test_a_ranges_meridiem_applies_to_its_bare_start(
    text: str, start: dt.time, end: dt.time
) -> None:
    st_ = read_stamp(text)
    assert (st_.time, st_.end_time) == (start, end)


@pytest.mark.parametrize(
    ("entry", "start", "end"),
    [
        ("From 09:00 to 10:30 UTC: failover", dt.time(9), dt.time(10, 30)),
        ("Between 13:17 and 14:18: failover", dt.time(13, 17), dt.time(14, 18)),
        ("{{ 2022-01-20 Between 02:00 and 02:30 }} failover", dt.time(2), dt.time(2, 30)),
    ],
)
def test_ranges_written_in_words(entry: str, start: dt.time, end: dt.time) -> None:
    span = split_stamp(entry)
    assert span is not None and entry[span[2] :] == "failover"
    st_ = read_stamp(entry[span[0] : span[1]])
    assert (st_.time, st_.end_time) == (start, end)


@pytest.mark.parametrize(
    ("entry", "start", "end"),
    [
        # LiveOne's log, Open Library's ("19:59 - 20:52 ET"), Oslo's okctl ("12:39 - 15:30"):
        # the end closes the stamp, before a colon or the line's end.
        ("2025-11-17 15:30 - 17:00: failover", dt.time(15, 30), dt.time(17)),
        ("2019-09-12 19:59 – 20:52 ET: failover", dt.time(19, 59), dt.time(20, 52)),
        ("2025-11-16 06:06 PM - 2025-11-17 09:56 AM: failover", dt.time(18, 6), dt.time(9, 56)),
        # A span of days is no entry's range, nor one that ends before it starts, nor one
        # whose next-day end is later than its start (longer than a day): its end is not kept.
        ("2025-11-17 15:30 - 2025-11-20 09:00: failover", dt.time(15, 30), None),
        ("2025-11-17 15:30 - 2025-11-17 14:00: failover", dt.time(15, 30), None),
        ("2025-11-17 15:30 - 2025-11-18 17:00: failover", dt.time(15, 30), None),
        # "From then on": the start is the instant.
        ("2025-11-17 20:30+ failover", dt.time(20, 30), None),
        ("15:49+ UTC - failover", dt.time(15, 49), None),
    ],
)
def test_a_range_or_an_onwards_after_a_time(
    entry: str, start: dt.time, end: dt.time | None
) -> None:
    span = split_stamp(entry)
    assert span is not None and entry[span[2] :] == "failover"
    st_ = read_stamp(entry[span[0] : span[1]])
    assert (st_.time, st_.end_time) == (start, end)


def test_no_range_without_a_time_after_the_dash() -> None:
    for entry, words in (
        ("2025-11-17 15:30 - 2 servers down", "2 servers down"),
        ("2025-11-17 15:30 - 99:99 x", "99:99 x"),
        # Words that open with a time, after the classic style's " - ": no range.
        ("2024-03-05 10:20 - 20:55 level=error", "20:55 level=error"),
        ("2024-03-05 10:20 - 2017-10-10T20:55:36Z level", "2017-10-10T20:55:36Z level"),
    ):
        span = split_stamp(entry)
        assert span is not None and entry[span[2] :] == words
    # A "+" before digits is an offset, not "from then on".
    st_ = read_stamp("2025-11-17 20:30+01:00")
    assert st_.end_time is None and st_.zone is not None
    assert st_.zone.utcoffset(None) == dt.timedelta(hours=1)


def test_a_range_of_days_is_read_from_its_first_day() -> None:
    for text in ("Between 2023-07-10 to 2023-07-16", "2023-07-10 to 2023-07-16"):
        assert read_stamp(text).date == dt.date(2023, 7, 10)


def test_a_joiner_joins_two_stamps_or_none() -> None:
    assert split_stamp("14:00 and 15 users saw errors") == (0, 5, 6)
    assert split_stamp("From the logs, 14:00") is None


@pytest.mark.parametrize(
    ("entry", "stamp", "body"),
    [
        ("13:38 UTC, after the deploy errors rose", "13:38 UTC", "after the deploy errors rose"),
        ("13:38 ET, around the time the cache emptied", "13:38 ET", "around the time the cache"),
        ("2026-05-19 13:38 ET, ~26h after the fault", "2026-05-19 13:38 ET", "~26h after"),
        ("14:05 ~5 users wrote in", "14:05", "~5 users"),
        ("14:00 approx 5% errors", "14:00", "approx 5% errors"),
        ("14:00 approximately 20 users", "14:00", "approximately 20 users"),
        ("14:00 ≈ 5% errors", "14:00", "≈ 5% errors"),
        # Still the stamp's: a word leading into a second time, or closing the first.
        ("10:00 around 11:00 - errors", "10:00 around 11:00", "errors"),
        ("28/09 ~13:00 text", "28/09 ~13:00", "text"),
        ("14:05 approx. the alert", "14:05 approx", "the alert"),
        ("14:10ish foo", "14:10ish", "foo"),
        ("2026-04-16 00:00 頃 障害", "2026-04-16 00:00 頃", "障害"),
    ],
)
def test_a_word_that_leads_into_a_time_is_text_after_one(entry: str, stamp: str, body: str) -> None:
    hit = split_stamp(entry)
    assert hit is not None
    assert entry[hit[0] : hit[1]] == stamp
    assert entry[hit[2] :].startswith(body)


def test_military_time_after_a_date_is_no_year() -> None:
    # "Feb 9 1924 UTC" is 19:24 on Feb 9; "1936 UTC:" takes its zone into the stamp.
    st_ = read_stamp("Feb 9 1924 UTC", base_year=2025)
    assert (st_.date, st_.time, st_.zone) == (dt.date(2025, 2, 9), dt.time(19, 24), UTC)
    entry = "1936 UTC: v22.0.1 is released"
    span = split_stamp(entry)
    assert span is not None and entry[span[2] :] == "v22.0.1 is released"
    assert read_stamp(entry[span[0] : span[1]]).zone == UTC
    assert read_stamp("Jan 5 2024 14:00 UTC").date == dt.date(2024, 1, 5)  # a year stays one
    for text in ("Nov 27, 2025 UTC", "November 28 2025 UTC"):  # a year of 1970-2099 too
        st_ = read_stamp(text)
        assert st_.date is not None and st_.date.year == 2025 and st_.time is None


@pytest.mark.parametrize("text", ["2025-Feb-07", "07-Feb-2025", "2025-FEB-7"])
def test_numeric_day_and_year_around_a_month_name(text: str) -> None:
    assert parse_date(text) == dt.date(2025, 2, 7)
    assert read_stamp(text).date == dt.date(2025, 2, 7)


@pytest.mark.parametrize(
    ("text", "day"),
    [("12月21日", dt.date(2016, 12, 21)), ("１月2日", dt.date(2016, 1, 2)),
     ("2017年1月2日", dt.date(2017, 1, 2))],
)  # fmt: skip
def test_chinese_and_japanese_dates(text: str, day: dt.date) -> None:
    assert read_stamp(text, base_year=2016).date == day
    assert split_stamp(f"{text} サーバが復旧しました") is not None


@pytest.mark.parametrize(
    ("text", "at"),
    [("2021年11月25日午後3時", dt.datetime(2021, 11, 25, 15, 0)),
     ("2021年11月26日午前10時47分", dt.datetime(2021, 11, 26, 10, 47)),
     ("12月21日 下午3点", dt.datetime(2016, 12, 21, 15, 0)),
     ("12月21日 15时30分", dt.datetime(2016, 12, 21, 15, 30)),
     ("2025년 10월 3일 오전 2:27", dt.datetime(2025, 10, 3, 2, 27)),
     ("2025년 10월 3일 오후 3시 20분", dt.datetime(2025, 10, 3, 15, 20))],
)  # fmt: skip
def test_chinese_and_japanese_times(text: str, at: dt.datetime) -> None:
    st = read_stamp(text, base_year=2016)
    assert st.date is not None and st.time is not None
    assert dt.datetime.combine(st.date, st.time) == at


@pytest.mark.parametrize(
    ("text", "day"),
    [("2021/11/25", dt.date(2021, 11, 25)), ("2024.05.12", dt.date(2024, 5, 12)),
     ("11/25", dt.date(2021, 11, 25)), ("**3/14**:", dt.date(2021, 3, 14)),
     # A day and a colon before the entry's words, "around" or "from" after it in Japanese.
     ("8/24: feeds fail", dt.date(2021, 8, 24)),
     ("8/24頃: フィードが取得できない", dt.date(2021, 8, 24)),
     ("8/30以降: 復旧", dt.date(2021, 8, 30))],
)  # fmt: skip
def test_year_first_and_lone_month_day_dates(text: str, day: dt.date) -> None:
    span = split_stamp(text)
    assert span is not None
    st = read_stamp(text[span[0] : span[1]], base_year=2021)
    assert st.date == day
    assert st.approximate == ("頃" in text or "以降" in text)


@pytest.mark.parametrize(
    ("text", "at"),
    [("2026-04-16 00:00 頃", dt.datetime(2026, 4, 16, 0, 0)),
     ("2026-04-16 00:05 ごろ", dt.datetime(2026, 4, 16, 0, 5)),
     # A minute's last digit not known: the start of its ten minutes, approximate.
     ("2026-10-03 13:5x", dt.datetime(2026, 10, 3, 13, 50)),
     ("~2026-10-03 16:1X", dt.datetime(2026, 10, 3, 16, 10)),
     # "±" before the time (GitLab's database outage post-mortem).
     ("2017-01-31 ± 17:20", dt.datetime(2017, 1, 31, 17, 20)),
     # With Zulu right after the "x" (proompteng's lab incidents).
     ("~2026-02-17 06:2xZ", dt.datetime(2026, 2, 17, 6, 20, tzinfo=dt.timezone.utc))],
)  # fmt: skip
def test_approximate_times_after_the_fact(text: str, at: dt.datetime) -> None:
    span = split_stamp(text + " text")
    assert span is not None and (text + " text")[span[2] :] == "text"
    st = read_stamp(text)
    assert st.date is not None and st.time is not None
    assert dt.datetime.combine(st.date, st.time, tzinfo=st.zone) == at
    assert st.approximate


@pytest.mark.parametrize("text", ["16:2", "16:2xy", "1:2x3", "16:2xZed"])
def test_a_ten_minute_time_needs_its_x_alone(text: str) -> None:
    assert read_stamp(text).time != dt.time(16, 20)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [("2025-09-05 14:37 ~ 15:58 (GMT+9)", dt.time(14, 37), dt.time(15, 58)),
     ("2025년 10월 3일 오전 2:27 ~ 오전 4:03 (GMT+9)", dt.time(2, 27), dt.time(4, 3))],
)  # fmt: skip
def test_a_tilde_after_a_time_is_a_range_and_a_zone_in_parentheses_counts(
    text: str, start: dt.time, end: dt.time
) -> None:
    st = read_stamp(text)
    assert (st.time, st.end_time, st.approximate) == (start, end, False)
    assert st.zone is not None and st.zone.utcoffset(None) == dt.timedelta(hours=9)
    assert read_stamp("~9:43 AM").approximate  # before a time it is still "about"


def test_a_fraction_is_no_date() -> None:
    assert split_stamp("1/2 of users saw errors") is None
    assert split_stamp("11/25 text after it") is None
    assert read_stamp("24/7\n", base_year=2021).date is None  # a month-first report's "24/7"


@pytest.mark.parametrize("text", ["3時間後にサービス復旧", "2時間で復旧", "1시간 동안 장애"])
def test_hours_as_a_duration_are_no_clock_time(text: str) -> None:
    assert read_stamp(text).time is None


@pytest.mark.parametrize(
    "text",
    ["see https://blog.example.com/2023/11/05/db-outage/ for more", "pinned certifi 2023.7.22"],
)
def test_a_url_path_or_a_version_is_no_date(text: str) -> None:
    assert parse_date(text) is None


def test_a_tilde_before_a_time_is_about() -> None:
    st = read_stamp("2023-01-05 ~14:00")
    assert st.approximate and st.time == dt.time(14, 0) and st.end_time is None


def test_a_clock_word_belongs_to_the_stamp() -> None:
    entry = "27.08.2022 10:00 Uhr: Dienste laufen wieder"
    span = split_stamp(entry)
    assert span is not None and entry[span[2] :] == "Dienste laufen wieder"
    assert read_stamp(entry[span[0] : span[1]], dayfirst=True).time == dt.time(10, 0)


def test_an_update_label_before_a_heading_stamp() -> None:
    title = "Update 27.08.2022 10:00 Uhr:"
    span = split_stamp(title, labelled=True)
    assert span is not None and title[span[0] : span[1]] == "27.08.2022 10:00 Uhr"
    assert split_stamp(title) is None  # in a list, "Resolved 2023-01-11 15:51" is a field
    assert split_stamp("Resolved 3 issues", labelled=True) is None


def test_impossible_values_are_read_leniently_and_flagged() -> None:
    st_ = read_stamp("13:55 PM PST")
    assert st_.lenient and st_.time == dt.time(13, 55)
    assert not read_stamp("1:55 PM PST").lenient


@pytest.mark.parametrize(
    ("day", "offset"),
    [
        (dt.date(2023, 3, 11), -8),  # the day before US DST starts: PST
        (dt.date(2023, 3, 12), -7),  # DST starts at 02:00; 10:00 is PDT
        (dt.date(2023, 11, 4), -7),
        (dt.date(2023, 11, 5), -8),  # DST ends at 02:00; 10:00 is PST
    ],
)
def test_pst_and_pdt_follow_the_date(day: dt.date, offset: int) -> None:
    # The report may write "PST" all year; the zone, not the letters, sets the offset.
    for written in ("10:00 PST", "10:00 PDT"):
        when, _ = resolve(read_stamp(written), Context(day=day))
        assert when is not None and when.utcoffset() == dt.timedelta(hours=offset)


def test_midnight_and_month_rollover() -> None:
    r = postmortem.parse(
        "# T\n\nDate: 2021-10-31\n\n## Timeline\n\nAll times in UTC\n\n"
        "- 22:10 deploy\n- 23:55 alert\n- 00:20 rollback\n- 07:00 all clear\n"
    )
    assert [e.at for e in r.timeline.events] == [
        dt.datetime(2021, 10, 31, 22, 10, tzinfo=UTC),
        dt.datetime(2021, 10, 31, 23, 55, tzinfo=UTC),
        dt.datetime(2021, 11, 1, 0, 20, tzinfo=UTC),
        dt.datetime(2021, 11, 1, 7, 0, tzinfo=UTC),
    ]


def test_twelve_hour_clock_without_pm() -> None:
    r = postmortem.parse(
        "# T\n\nDate: 2025-03-05\n\n## Timeline\n\n- 11:57: talk\n- 1:17: test shared\n"
    )
    assert [e.at for e in r.timeline.events if e.at] == [
        dt.datetime(2025, 3, 5, 11, 57),
        dt.datetime(2025, 3, 5, 13, 17),
    ]


def test_out_of_order_entries_stay_in_document_order() -> None:
    r = postmortem.parse(
        "# T\n\nDate: 2023-02-14\n\n## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n"
        "| 11:01 | Service restored |\n| 11:08 | Mail sent |\n| 11:07 | Ticket raised |\n"
    )
    assert [e.at.minute for e in r.timeline.events if e.at] == [1, 8, 7]


def test_dates_and_durations() -> None:
    assert parse_date("May 30th, 2019 Prow Flakiness") == dt.date(2019, 5, 30)
    assert parse_date("January 14-19, 2026") == dt.date(2026, 1, 14)
    assert parse_date("03/10/2021", dayfirst=True) == dt.date(2021, 10, 3)
    assert parse_date("01/30/2020") == dt.date(2020, 1, 30)
    assert parse_duration("1 hour 30 minutes") == dt.timedelta(minutes=90)
    assert parse_duration("1h 28m") == dt.timedelta(minutes=88)
    assert parse_duration("at least seven hours") == dt.timedelta(hours=7)
    assert parse_duration("2 days") == dt.timedelta(days=2)
    # "and" is no "an" (one) of days; a unit may run into the next part.
    assert parse_duration("1 hour and 20 minutes") == dt.timedelta(minutes=80)
    assert parse_duration("2 hours and 5 minutes") == dt.timedelta(minutes=125)
    assert parse_duration("1h28m") == dt.timedelta(minutes=88)
    assert parse_duration("half an hour") == dt.timedelta(minutes=30)
    assert parse_duration("N/A") is None


@settings(max_examples=200, deadline=None)
@given(
    st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2030, 12, 31)),
    st.sampled_from(["%H:%M", "%I:%M %p", "%Y-%m-%d %H:%M", "%H%M"]),
)
def test_written_times_read_back(moment: dt.datetime, fmt: str) -> None:
    moment = moment.replace(second=0, microsecond=0)
    text = moment.strftime(fmt) + ": event"
    when, body = at(text, Context(day=moment.date()))
    assert when == moment and body == "event"


@pytest.mark.parametrize(
    ("written", "offset"),
    [("9:56AM EAT", 3), ("10:00 (MSK)", 3), ("10:00 MEZ", 1),
     ("10:00 HKT", 8), ("10:00 SGT", 8), ("10:00 BRT", -3), ("10:00 HST", -10),
     ("18:32 GST:", 4), ("2:10am SAST the", 2)],
)  # fmt: skip
def test_zones_teams_outside_the_us_and_western_europe_write(written: str, offset: int) -> None:
    when, _ = at(f"{written} alerts fire", Context(day=dt.date(2024, 3, 14)))
    assert when is not None and when.utcoffset() == dt.timedelta(hours=offset)


def test_a_zone_that_is_also_a_word_is_a_zone_only_in_capitals() -> None:
    when, body = at("10:00 cat the logs", Context(day=dt.date(2024, 3, 14)))
    assert when is not None and when.tzinfo is None and body == "cat the logs"


@pytest.mark.parametrize(
    "entry", ["09:30 ICT helpdesk alerted", "10:00 SAST scan rerun", "10:00 GST amount fixed"]
)
def test_it_acronyms_after_a_time_are_no_zones(entry: str) -> None:
    when, body = at(entry, Context(day=dt.date(2024, 3, 14)))
    assert when is not None and when.tzinfo is None and body == entry[6:]


def test_impossible_offsets_are_not_zones() -> None:
    from postmortem.timestamps import zone

    assert zone("+70:50") is None and zone("UTC+99") is None
    assert zone("-05:00") == dt.timezone(dt.timedelta(hours=-5))
    postmortem.parse("# T\n\n## Timeline\n\n- 2025-03-05 10:00-70:50 odd offset\n")


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [("July 27–28, 2026", dt.date(2026, 7, 27), dt.date(2026, 7, 28)),
     ("January 30 - February 2, 2026", dt.date(2026, 1, 30), dt.date(2026, 2, 2)),
     ("27-28 July 2026", dt.date(2026, 7, 27), dt.date(2026, 7, 28)),
     ("2023-07-10 to 2023-07-16", dt.date(2023, 7, 10), dt.date(2023, 7, 16))],
)  # fmt: skip
def test_a_range_of_days(text: str, first: dt.date, last: dt.date) -> None:
    assert parse_day_range(text) == (first, last)
    # The range's first day is the date of the text.
    assert parse_date(text) == first


@pytest.mark.parametrize(
    "text", ["July 27, 2026", "10:00-11:00", "July 28-27, 2026", "Feb 30-31, 2026"]
)
def test_no_range_of_days(text: str) -> None:
    assert parse_day_range(text) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [("Frontend incident report - 1/07/13", dt.date(2013, 1, 7)),
     ("Outage of 3/14/23", dt.date(2023, 3, 14)),
     ("root cause found 10/10/17.", dt.date(2017, 10, 10)),
     # Not in a path, a longer number, a version or a fraction.
     ("see v1/07/13/x", None), ("id 1/07/130", None), ("build 1/07/13.2", None), ("1/2/3", None)],
)  # fmt: skip
def test_a_numeric_date_with_two_digits_of_its_year(text: str, day: dt.date | None) -> None:
    # The Guardian's "Frontend incident report - 1/07/13", PowerShell Gallery's "10/10/17",
    # as the stamp reader reads Lepton AI's "8/18/23, 4pm": in a title or a field's value.
    assert parse_date(text, short_years=True) == day
    assert parse_date(text) is None  # in prose, as "16/8/20 (vCPU/GiB/disks)" is a ratio


@pytest.mark.parametrize(
    ("doc", "day"),
    [
        # Review 51: ratios in prose neither date a report nor turn its dates around.
        ("**Date:** 03/04/2024\n\nThe pool was sized 16/8/20 (vCPU/GiB/disks).", (2024, 3, 4)),
        ("Tickets opened (P1/P2/P3): 2/4/11.", None),
        ("**Date:** 4/4/44", None),  # not a year to come
        ("**Date:** 8/22/23", (2023, 8, 22)),  # Lepton AI's field
    ],
)
def test_two_digit_years_in_fields_not_in_prose(doc: str, day: tuple[int, int, int] | None) -> None:
    r = postmortem.parse(f"# Outage\n\n{doc}\n\n## Timeline\n\n- 09:12 alert\n- 09:30 fix\n")
    assert r.metadata.date == (dt.date(*day) if day else None)


def test_a_two_digit_years_date_is_read_in_the_order_the_reports_months_tell() -> None:
    # The Guardian's report: "1/07/13" in its title, "1st July 2013" below.
    doc = (
        "# Frontend incident report - 1/07/13\n\n## Outage\nDate 1st July 2013\n\n"
        "## Summary\nAt about 13:20 the first responders noticed a drop.\n"
    )
    assert postmortem.parse(doc).metadata.date == dt.date(2013, 7, 1)


@pytest.mark.parametrize(
    ("text", "day"),
    [("**Opened:** 07.10.2026, ~19:55 CEST", dt.date(2026, 10, 7)),
     ("**Opened:** 07/10/2026, 19:55", dt.date(2026, 7, 10))],
)  # fmt: skip
def test_a_dotted_date_is_day_first(text: str, day: dt.date) -> None:
    # Dots are how day-first writers separate a date; a slash alone decides nothing.
    doc = f"# Station off air\n\n{text}\n\n## Timeline\n\n- 19:55 Owner reports drops\n"
    assert postmortem.parse(doc).timeline.events[0].at.date() == day


@pytest.mark.parametrize(
    ("text", "day"),
    [("28 Février 2026", dt.date(2026, 2, 28)), ("20 de septiembre de 2025", dt.date(2025, 9, 20)),
     ("06. Juni 2024", dt.date(2024, 6, 6)), ("3 de março de 2024", dt.date(2024, 3, 3)),
     ("12 août 2023", dt.date(2023, 8, 12)), ("21 Ott 2025", dt.date(2025, 10, 21)),
     ("11 Agu 2026", dt.date(2026, 8, 11)), ("3 Ekim 2024", dt.date(2024, 10, 3)),
     ("5 Mayıs 2024", dt.date(2024, 5, 5)), ("9 Desember 2025", dt.date(2025, 12, 9))],
)  # fmt: skip
def test_months_in_other_languages(text: str, day: dt.date) -> None:
    assert parse_date(text) == day
    assert read_stamp(text).date == day


@pytest.mark.parametrize("text", ["Mars 2020 mission", "the mai tai", "Juni"])
def test_a_month_word_alone_is_no_date(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("line", "zone_name"),
    [("All times are approximated to UTC.", "UTC"), ("All times mentioned are in PT.", "PT"),
     ("All times listed in PST", "PST"), ("All times are approximate.", None),
     ("_(All dates and times below are shown in UTC)_", "UTC"),
     ("## 事实时间线（北京时间）", "北京时间"),
     # A city's time in the report's language (NOC Horizon's, VerySwing's).
     ("## Linha do tempo (horário de Brasília)", "horário de Brasília"),
     # A city alone in parentheses names a place, not the report's zone.
     ("### Primary region (Sao Paulo)", None), ("Handled by the São Paulo office.", None),
     ("Heures (heure de Paris)", "Paris"),
     ("The on-call team was reachable at all times from Paris.", None)],
)  # fmt: skip
def test_a_sentence_that_declares_the_reports_zone(line: str, zone_name: str | None) -> None:
    from postmortem.timestamps import declared_zone

    assert declared_zone(line) == zone_name
    r = postmortem.parse(
        f"# T\n\n## Timeline\n\n{line}\n\n| Time | Event |\n| --- | --- |\n"
        "| 2021-11-25 18:59 | A tweet |\n| 2022-05-08 10:00 | The sell-off |\n"
    )
    assert r.timeline.timezone == zone_name


def test_a_dated_entry_on_a_12_hour_clock_without_pm_follows_the_sequence() -> None:
    r = postmortem.parse(
        "# T\n\n## Timeline\n\n* 2015-02-27 11:10 Build restarted\n* 2015-02-27 12:39 Wiped\n"
        "* 2015-02-27 1:50 Rebuilding\n* 2015-02-27 5:51 Incident over\n"
    )
    assert [e.at.hour for e in r.timeline.events if e.at] == [11, 12, 13, 17]
    # A 24-hour log written newest first ("05:00" under "10:00") is no afternoon.
    r = postmortem.parse(
        "# T\n\n## Timeline\n\n### Update 27.08.2022 10:00 Uhr\n\nTests ok.\n\n"
        "### Update 27.08.2022 05:00 Uhr\n\nTestbetrieb.\n"
    )
    assert [e.at.hour for e in r.timeline.events if e.at] == [10, 5]
    # On the calendar's last day there is no afternoon to move to: read as written.
    r = postmortem.parse("# T\n\n## Timeline\n\n* 9999-12-31 12:39 x\n* 9999-12-31 1:50 y\n")
    assert [e.at.hour for e in r.timeline.events if e.at] == [12, 1]


@pytest.mark.parametrize(("entry", "hour"), [("2036 UTC Hypha reports", 20), ("2047 UTC done", 20)])
def test_four_digits_before_a_zone_are_a_time_even_where_they_could_be_a_year(
    entry: str, hour: int
) -> None:
    # Cosmos Hub's retro writes "1936 UTC", "2036 UTC", "2247 UTC" at its entries' heads.
    when, _ = at(entry, Context(day=dt.date(2025, 2, 7)))
    assert when is not None and when.hour == hour and when.tzinfo is not None
    # Where a day comes first, the four digits after it are its year.
    hit = split_stamp("Nov 27, 2025 UTC")
    assert hit is not None and read_stamp("Nov 27, 2025 UTC"[: hit[1]]).date == dt.date(
        2025, 11, 27
    )


@pytest.mark.parametrize(
    ("entry", "hour", "minute"),
    [("23:15 UTC / 16:15 PDT: Degradation begins", 23, 15),
     ("15:30-17:54 UTC / 08:30-10:54 PDT: Timeouts continue", 15, 30)],
)  # fmt: skip
def test_a_second_reading_after_a_slash_is_part_of_the_stamp(
    entry: str, hour: int, minute: int
) -> None:
    when, body = at(entry, Context(day=dt.date(2025, 8, 18)))
    assert when is not None and (when.hour, when.minute) == (hour, minute)
    assert when.utcoffset() == dt.timedelta(0)  # the first reading's zone
    assert "/" not in body and "PDT" not in body


@pytest.mark.parametrize(
    ("stamp", "end", "offset"),
    [("2024-03-05 14:00-15:30 UTC", dt.time(15, 30), dt.timedelta(0)),
     ("2024-03-05T14:00-05:00", None, dt.timedelta(hours=-5)),
     ("2024-03-05 14:00+13:45", None, dt.timedelta(hours=13, minutes=45))],
)  # fmt: skip
def test_a_dash_after_an_iso_time_is_an_offset_only_where_a_zone_can_be(
    stamp: str, end: dt.time | None, offset: dt.timedelta
) -> None:
    # No zone is 15:30 behind UTC: "14:00-15:30" is a range (a status incident's title).
    st = read_stamp(stamp)
    assert st.time == dt.time(14, 0) and st.end_time == end
    assert st.zone is not None and st.zone.utcoffset(None) == offset


@pytest.mark.parametrize("stamp", ["2024-03-05 14:00-13:30", "2024-03-05 10:00-12:30"])
def test_an_offset_no_zone_has_is_no_zone(stamp: str) -> None:
    st = read_stamp(stamp)
    assert st.zone is None or st.end_time is not None  # "10:00-12:30": a range


@pytest.mark.parametrize(
    ("line", "day", "body"),
    [
        # Capchdo's log; Chinese plans and logs write "5月10日下午：" alike.
        ("2025年9月17日上午：无法加载通知 JSON", dt.date(2025, 9, 17), "无法加载通知 JSON"),
        ("2024年4月13日晚上", dt.date(2024, 4, 13), ""),
        ("2024年2月7日中午", dt.date(2024, 2, 7), ""),
        ("2025년 10월 3일 저녁: 점검", dt.date(2025, 10, 3), "점검"),
        ("2024年3月5日：重启后恢复", dt.date(2024, 3, 5), "重启后恢复"),
    ],
)
def test_a_part_of_the_day_after_a_cjk_date_decorates_it(
    line: str, day: dt.date, body: str
) -> None:
    hit = split_stamp(line)
    assert hit is not None
    stamp = read_stamp(line[hit[0] : hit[1]])
    assert (stamp.date, stamp.time, line[hit[2] :]) == (day, None, body)


def test_a_part_of_the_day_before_its_time_is_the_time() -> None:
    stamp = read_stamp("2021年11月25日午後3時")
    assert (stamp.date, stamp.time) == (dt.date(2021, 11, 25), dt.time(15, 0))
    assert split_stamp("上午：会议") is None  # a part of the day alone starts no stamp


def test_about_before_24_hour_digits() -> None:
    line = "~1940: The team decided."
    hit = split_stamp(line)
    assert hit is not None and line[hit[2] :] == "The team decided."
    stamp = read_stamp(line[hit[0] : hit[1]])
    assert (stamp.time, stamp.approximate) == (dt.time(19, 40), True)


@pytest.mark.parametrize(
    ("doc", "day"),
    [
        # A Brazilian team's report: nothing in its dates tells the order, its words do.
        (
            "# Incidente: Mila sem resposta\n\n**Data:** 04/09/2026\n\n## Linha do tempo\n\n"
            "- 15:23 — a Mila para de responder às consultoras e não há alerta para o time.\n"
            "- 16:28 — o serviço foi restabelecido com a correção da chave de API, e os dados "
            "de teste foram removidos pelo time de suporte para que não haja um novo erro na "
            "conta de produção.\n",
            dt.date(2026, 9, 4),
        ),
        # The same in English: month first, as before.
        (
            "# Incident: the assistant stopped answering\n\n**Date:** 04/09/2026\n\n"
            "## Timeline\n\n- 15:23 — the assistant stopped answering and there was no alert "
            "for the team.\n- 16:28 — the service was restored with the fix of the API key.\n",
            dt.date(2026, 4, 9),
        ),
    ],
)
def test_the_language_decides_the_order_of_an_ambiguous_date(doc: str, day: dt.date) -> None:
    from postmortem.metrics import metrics

    assert metrics(postmortem.parse(doc)).incident_date == day


@pytest.mark.parametrize(
    ("cell", "day", "clock"),
    [("24–25/09", dt.date(2026, 9, 24), None), ("24-25/09:", dt.date(2026, 9, 24), None),
     ("24–25/09 10:00", dt.date(2026, 9, 24), dt.time(10, 0)),
     ("28/09 ~13:11", dt.date(2026, 9, 28), dt.time(13, 11)),
     ("28.09. ~13:11", dt.date(2026, 9, 28), dt.time(13, 11))],
)  # fmt: skip
def test_a_short_range_of_days_and_an_approximate_time_after_a_short_date(
    cell: str, day: dt.date, clock: dt.time | None
) -> None:
    stamp = read_stamp(cell, dayfirst=True, base_year=2026)
    assert (stamp.date, stamp.time, stamp.problem) == (day, clock, "")
    assert split_stamp(cell.rstrip(":") + ": text") is not None


@pytest.mark.parametrize("text", ["3-4/5 of the nodes failed", "25-24/09: reversed", "30-31/02:"])
def test_no_short_range_of_days(text: str) -> None:
    assert read_stamp(text, dayfirst=True, base_year=2026).date is None


def test_a_short_range_of_days_only_in_a_day_first_report() -> None:
    # "3-4/5" in a report with no day-first dates is a fraction: no entries, and the
    # report's own day stays its date.
    r = postmortem.parse(
        "# Retro 2026-03-02\n\n## Capacity\n\n- 3-4/5: nodes healthy in eu-west\n"
        "- 1-2/5: nodes healthy in us-east\n- 4-5/5: nodes healthy in ap-south\n"
    )
    assert all(e.date is None for e in r.timeline.events)
    assert read_stamp("3-4/5:", dayfirst=False, base_year=2026).date is None


def test_a_table_of_short_days_ranges_and_approximate_times_is_a_timeline() -> None:
    # NOC Horizon's token exposure: the year in the header table, each row a short day.
    doc = (
        "# Token exposto\n\n| | |\n|---|---|\n| **Data do incidente** | 27/09/2026 |\n\n"
        "## Linha do tempo (horário de Brasília)\n\n| Quando | O que aconteceu |\n|---|---|\n"
        "| 24–25/09 | O painel é publicado na VPS. **Início da exposição.** |\n"
        "| 27/09 21:47 | Revisão de código encontra o token |\n"
        "| 27/09 ~22:30 | Token revogado no Zabbix |\n"
        "| 27/09 22:32–22:44 | Migração. **Fim da exposição.** |\n"
        "| 28/09 ~13:13 | Histórico limpo. **Resolvido.** |\n"
    )
    r = postmortem.parse(doc)
    got = [(e.date, e.time) for e in r.timeline.events]
    assert got == [
        (dt.date(2026, 9, 24), None), (dt.date(2026, 9, 27), dt.time(21, 47)),
        (dt.date(2026, 9, 27), dt.time(22, 30)), (dt.date(2026, 9, 27), dt.time(22, 32)),
        (dt.date(2026, 9, 28), dt.time(13, 13)),
    ]  # fmt: skip
    assert r.timeline.events[1].at.utcoffset() == dt.timedelta(hours=-3)


def test_german_short_days_alone_and_before_a_comma_and_time() -> None:
    # A German homelab's post-mortem: "| **20.07., 11:00** | ... |" and "| **22.07.** | ... |"
    # under "| Wann | Was |", the year from "Zeitraum: 22.07.2026 bis 26.07.2026".
    r = postmortem.parse(
        "# Postmortem\n\n**Zeitraum:** 22.07.2026 bis 26.07.2026\n\n## Zeitverlauf\n\n"
        "| Wann | Was |\n|---|---|\n| **20.07., 11:00** | `postgresql-0` bricht ab. |\n"
        "| **21.07., 18:53** | Erstes `invalid page`. |\n| **22.07.** | Untersuchung beginnt. |\n"
    )
    assert [(e.date, e.time) for e in r.timeline.events] == [
        (dt.date(2026, 7, 20), dt.time(11, 0)), (dt.date(2026, 7, 21), dt.time(18, 53)),
        (dt.date(2026, 7, 22), None),
    ]  # fmt: skip
    # Not a version or a section number among words.
    assert split_stamp("Version 1.2. released") is None


@pytest.mark.parametrize("cell", ["1.1.", "1.2.", "12.31.", "1.25."])
def test_a_section_number_is_no_german_day(cell: str) -> None:
    # Two digits each for a day alone; and German writes no month first.
    assert read_stamp(cell, base_year=2026).date is None


def test_a_range_of_days_whose_first_day_is_no_month_is_read_in_any_report() -> None:
    assert read_stamp("24-25/09", base_year=2026).date == dt.date(2026, 9, 24)


@pytest.mark.parametrize(
    "entry",
    ["Gen 2 functions start returning 503", "2 mag tapes ejected", "3 gen servers",
     "5 lug nuts", "12 agt", "Kasim 3 times restarted", "Mart 2 confirmed", "Ott 5 rolled back"],
)  # fmt: skip
def test_a_month_that_is_also_a_word_needs_its_year(entry: str) -> None:
    # "Gen", "mag", "lug", "Ott", "Mart", "Kasim" are months only before a year ("21 Ott
    # 2025"): an English report's words and names stay its words.
    assert split_stamp(entry) is None
    doc = f"# Outage 2026-03-10\n\n## Timeline (UTC)\n\n- 14:00 {entry}\n- 14:10 Paged\n"
    events = postmortem.parse(doc).timeline.events
    assert events[0].at == dt.datetime(2026, 3, 10, 14, 0, tzinfo=UTC)
    assert events[0].text == entry


@pytest.mark.parametrize(
    "header",
    ["| Data | Ora | Evento |", "| Tanggal | Waktu | Kejadian |", "| Tarih | Saat | Olay |",
     "| Datum | Tijd | Gebeurtenis |"],
)  # fmt: skip
def test_a_date_and_a_time_column_named_in_other_languages(header: str) -> None:
    # Italian, Indonesian, Turkish and Dutch tables give the day and the time in two columns.
    doc = (
        f"# Incidente\n\n## Timeline\n\n{header}\n|---|---|---|\n"
        "| 21 Ott 2025 | 18:54 | Trait cancellato |\n| 22 Ott 2025 | 08:44 | Fatal Error |\n"
    )
    events = postmortem.parse(doc).timeline.events
    assert [e.at for e in events] == [dt.datetime(2025, 10, 21, 18, 54),
                                      dt.datetime(2025, 10, 22, 8, 44)]  # fmt: skip
    # "des" is French ("12 des 15 serveurs"), no month.
    assert parse_date("12 des 15 serveurs") is None


@pytest.mark.parametrize(
    ("heading", "prose"),
    [
        ("Kronologi", "Server ini tidak dapat diakses dan data yang dikirim dari aplikasi untuk "
         "pengguna dengan akun itu hilang, dan tim tidak tahu."),
        ("Zaman çizelgesi", "Bu olay ve bir hata için yazıldı; bu sunucu ve bir veritabanı ile "
         "olarak bu hata bir saat sürdü ve bu değil."),
        ("Chronologia", "Serwer nie odpowiadał, jest to błąd, że oraz przez godzinę nie działał i "
         "się nie uruchomił, nie jest to pierwszy raz, że się tak stało."),
    ],
)  # fmt: skip
def test_a_timeline_in_indonesian_turkish_and_polish(heading: str, prose: str) -> None:
    # Its heading heads the timeline, one entry or more, and its language writes the day
    # first: "03/10/2024" is the 3rd of October.
    doc = f"# Insiden\n\n{prose}\n\n## {heading}\n\n- 03/10/2024 14:00 Server down\n"
    events = postmortem.parse(doc).timeline.events
    assert [e.at for e in events] == [dt.datetime(2024, 10, 3, 14, 0)]
    assert postmortem.parse(doc).sections[0].kind is postmortem.SectionKind.TIMELINE


def test_unicode_hyphens_in_a_stamp_read_as_hyphens() -> None:
    # Non-breaking hyphens (U+2011), as some editors and generators write dates.
    st_ = read_stamp("2026\u201101\u201122 14:27:21")
    assert (st_.date, st_.time) == (dt.date(2026, 1, 22), dt.time(14, 27, 21))
    assert split_stamp("`2026\u201101\u201122 14:27:21` Started node-2") == (1, 20, 22)
