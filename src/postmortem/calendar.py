"""Business time: support hours on working days, in one IANA zone, minus holidays.

A team that counts repair time in support hours (10:00-17:00 on working days, London time)
cannot compare its figures with wall-clock durations. :class:`BusinessCalendar` measures the
part of a span that falls inside its windows. Windows are built on local calendar days and
compared in UTC, so a DST change shortens or lengthens a window that spans it (an overnight
window 22:00-06:00 is 7 hours on the night the clocks go forward) and never a daytime one.

Hand-written rather than a dependency: the libraries that do this (``businesstimedelta``,
``workalendar``) either lack zone-aware windows or bring country holiday tables a team states
itself anyway; the measure is a loop over days with zoneinfo.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from attrs import define, field

__all__ = ["BusinessCalendar", "read_holidays"]

_DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_UTC = dt.timezone.utc


def _weekdays(value: Iterable[int | str] | str) -> frozenset[int]:
    """Day numbers (0 = Monday) from names ("mon"), numbers, or a range ("mon-fri")."""
    if isinstance(value, str):
        first, sep, last = value.lower().partition("-")
        if sep:
            a, b = _DAY_NAMES.index(first.strip()[:3]), _DAY_NAMES.index(last.strip()[:3])
            return (
                frozenset(range(a, b + 1)) if a <= b else frozenset([*range(a, 7), *range(b + 1)])
            )
        value = [value]
    out: set[int] = set()
    for d in value:
        if isinstance(d, int):
            if not 0 <= d <= 6:
                raise ValueError(f"a weekday number is 0 (Monday) to 6 (Sunday), got {d}")
            out.add(d)
        else:
            key = str(d).strip().lower()[:3]
            if key not in _DAY_NAMES:
                raise ValueError(f"unknown weekday {d!r}; use mon, tue, ... sun")
            out.add(_DAY_NAMES.index(key))
    return frozenset(out)


def _dates(value: Iterable[dt.date]) -> frozenset[dt.date]:
    return frozenset(value)


def _hours(value: str) -> tuple[dt.time, dt.time]:
    start, sep, end = value.partition("-")
    if not sep:
        raise ValueError(f"support hours are 'HH:MM-HH:MM', got {value!r}")
    return dt.time.fromisoformat(start.strip()), dt.time.fromisoformat(end.strip())


def read_holidays(path: str | Path) -> frozenset[dt.date]:
    """Holidays from a text file: one ISO date (2024-12-25) at the start of each line; blank
    lines and ``#`` comments are skipped, and anything after the date is a label."""
    out: set[dt.date] = set()
    p = Path(path)
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        try:
            out.add(dt.date.fromisoformat(text.split()[0].rstrip(",;")))
        except ValueError:
            raise ValueError(f"{p}:{n}: expected a date like 2024-12-25, got {text!r}") from None
    return frozenset(out)


@define(frozen=True)
class BusinessCalendar:
    """Support hours (``start``-``end`` local time; ``end`` at or before ``start`` runs past
    midnight) on ``weekdays`` (0 = Monday) in ``zone``, except ``holidays``.

    A window belongs to the day it opens: a holiday or a non-working day removes the window
    that opens on it.
    """

    zone: str = "UTC"
    start: dt.time = dt.time(9, 0)
    end: dt.time = dt.time(17, 0)
    weekdays: frozenset[int] = field(default=frozenset(range(5)), converter=_weekdays)
    holidays: frozenset[dt.date] = field(factory=frozenset, converter=_dates)

    def __attrs_post_init__(self) -> None:
        ZoneInfo(self.zone)  # fails early, naming the zone, when it does not exist

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], *, base: Path | None = None) -> BusinessCalendar:
        """A calendar from ``[tool.postmortem.calendar]``: ``zone``, ``hours``
        ("10:00-17:00"), ``days`` (["mon", ...] or "mon-fri"), ``holidays`` (ISO dates) and
        ``holidays-file`` (relative to ``base``)."""
        known = {"zone", "hours", "days", "holidays", "holidays-file", "holidays_file"}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown key(s) {', '.join(sorted(unknown))}; "
                             f"expected {', '.join(sorted(known))}")  # fmt: skip
        start, end = _hours(str(data.get("hours", "09:00-17:00")))
        holidays = {dt.date.fromisoformat(str(d)) for d in data.get("holidays", [])}
        file = data.get("holidays-file", data.get("holidays_file"))
        if file:
            holidays |= read_holidays((base or Path(".")) / str(file))
        return cls(str(data.get("zone", "UTC")), start, end,
                   data.get("days", "mon-fri"), frozenset(holidays))  # fmt: skip

    @property
    def tz(self) -> ZoneInfo:
        """The zone as a tzinfo."""
        return ZoneInfo(self.zone)

    def works(self, day: dt.date) -> bool:
        """Whether a support window opens on ``day``."""
        return day.weekday() in self.weekdays and day not in self.holidays

    def window(self, day: dt.date) -> tuple[dt.datetime, dt.datetime]:
        """The support window opening on ``day``, in UTC."""
        tz = self.tz
        close_day = day if self.end > self.start else day + dt.timedelta(days=1)
        opens = dt.datetime.combine(day, self.start, tzinfo=tz)
        closes = dt.datetime.combine(close_day, self.end, tzinfo=tz)
        return opens.astimezone(_UTC), closes.astimezone(_UTC)

    def business_time(self, a: dt.datetime, b: dt.datetime) -> dt.timedelta:
        """The part of ``a``..``b`` inside support windows (zero when ``b`` is not after
        ``a``). Naive instants are taken as local time in the calendar's zone."""
        tz = self.tz
        ua = (a if a.tzinfo else a.replace(tzinfo=tz)).astimezone(_UTC)
        ub = (b if b.tzinfo else b.replace(tzinfo=tz)).astimezone(_UTC)
        total = dt.timedelta(0)
        if ub <= ua:
            return total
        day = ua.astimezone(tz).date() - dt.timedelta(days=1)  # a window may open the day before
        last = ub.astimezone(tz).date()
        while day <= last:
            if self.works(day):
                opens, closes = self.window(day)
                lo, hi = max(opens, ua), min(closes, ub)
                if hi > lo:
                    total += hi - lo
            day += dt.timedelta(days=1)
        return total

    def __str__(self) -> str:
        days = ",".join(_DAY_NAMES[d] for d in sorted(self.weekdays))
        return f"{self.start:%H:%M}-{self.end:%H:%M} {days} {self.zone}"
