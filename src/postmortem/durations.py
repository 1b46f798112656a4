"""Durations users define: a name, two milestones, and the clock to measure with.

In code::

    metrics(report, durations={"time_to_resolve": ("detected", "resolved")})
    metrics(report, durations={"repair": DurationSpec("detected", "impact_ended", "business")},
            calendar=BusinessCalendar(...))

or in ``pyproject.toml`` (found by :func:`load_config` from a folder upwards)::

    [tool.postmortem.durations]
    time_to_resolve = "detected..resolved"
    support_repair = { start = "detected", end = "impact_ended", clock = "business" }

    [tool.postmortem.presets.ourteam]
    time_to_resolve = "detected..resolved"

    [tool.postmortem.calendar]
    zone = "Europe/London"
    hours = "10:00-17:00"
    days = ["mon", "tue", "wed", "thu", "fri"]
    holidays = ["2024-12-25", "2024-12-26"]   # or holidays-file = "holidays.txt"

    [tool.postmortem.metrics]
    max-duration = "30 days"
    strict = false
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from attrs import define, field

from postmortem import model as m
from postmortem.calendar import BusinessCalendar

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

__all__ = [
    "CLOCKS",
    "DurationSpec",
    "MetricsConfig",
    "config_from",
    "load_config",
    "read_config",
    "spec",
    "specs",
]

#: The milestones a duration can run between, in lifecycle order.
MILESTONE_NAMES = tuple(ms.value for ms in m.Milestone)
#: "calendar": wall-clock time; "business": only the calendar's working hours count.
CLOCKS = ("calendar", "business")


@define(frozen=True)
class DurationSpec:
    """A duration between two milestones, measured on a clock ("calendar" or "business")."""

    start: str
    end: str
    clock: str = "calendar"

    def __attrs_post_init__(self) -> None:
        for which in (self.start, self.end):
            if which not in MILESTONE_NAMES:
                raise ValueError(
                    f"unknown milestone {which!r}; choose from {', '.join(MILESTONE_NAMES)}"
                )
        if self.clock not in CLOCKS:
            raise ValueError(f"unknown clock {self.clock!r}; choose from {', '.join(CLOCKS)}")

    def __str__(self) -> str:
        suffix = "" if self.clock == "calendar" else f" ({self.clock} hours)"
        return f"{self.start} -> {self.end}{suffix}"


#: What a caller may give for a duration: a spec, (start, end), (start, end, clock), or
#: "start..end" (with an optional " business" suffix).
SpecLike = DurationSpec | tuple[str, str] | tuple[str, str, str] | str


def spec(value: SpecLike | Mapping[str, Any]) -> DurationSpec:
    """A :class:`DurationSpec` from any of the forms code and ``pyproject.toml`` use."""
    if isinstance(value, DurationSpec):
        return value
    if isinstance(value, str):
        ends, _, clock = value.strip().partition(" ")
        start, sep, end = ends.partition("..")
        if not sep:
            raise ValueError(f"expected 'start..end' (e.g. 'detected..resolved'), got {value!r}")
        return DurationSpec(start.strip(), end.strip(), clock.strip() or "calendar")
    if isinstance(value, Mapping):
        unknown = set(value) - {"start", "end", "clock"}
        if unknown or not {"start", "end"} <= set(value):
            raise ValueError(f"expected {{start, end, clock}}, got {dict(value)!r}")
        return DurationSpec(str(value["start"]), str(value["end"]),
                            str(value.get("clock", "calendar")))  # fmt: skip
    if isinstance(value, (tuple, list)) and len(value) in (2, 3):  # TOML arrays are lists
        return DurationSpec(*(str(v) for v in value))
    raise TypeError(f"a duration is (start, end), 'start..end' or a DurationSpec, got {value!r}")


def specs(values: Mapping[str, SpecLike | Mapping[str, Any]]) -> dict[str, DurationSpec]:
    """Name -> spec for every entry of ``values``."""
    return {str(name): spec(v) for name, v in values.items()}


@define
class MetricsConfig:
    """What ``[tool.postmortem]`` in ``pyproject.toml`` says about metrics."""

    #: Durations added to every preset (a name already in the preset is redefined).
    durations: dict[str, DurationSpec] = field(factory=dict)
    #: Presets of the project's own, by name, beside the built-in ones.
    presets: dict[str, dict[str, DurationSpec]] = field(factory=dict)
    calendar: BusinessCalendar | None = None
    max_duration: dt.timedelta | None = None
    strict: bool | None = None
    #: The file it was read from (None when no file has a ``[tool.postmortem]`` table).
    path: Path | None = None


def load_config(start: str | Path = ".") -> MetricsConfig:
    """The metrics configuration of the nearest ``pyproject.toml`` with a ``[tool.postmortem]``
    table, looking in ``start`` (a folder or a file in it) and then its parents.

    Raises ``ValueError`` naming the file and the key when a value is not what is expected.
    """
    here = Path(start).resolve()
    folder = here if here.is_dir() else here.parent
    for candidate in (folder, *folder.parents):
        path = candidate / "pyproject.toml"
        if not path.is_file():
            continue
        data = tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {}).get("postmortem")
        if isinstance(data, dict):
            return config_from(data, path)
    return MetricsConfig()


def read_config(path: str | Path) -> MetricsConfig:
    """The metrics configuration in the ``[tool.postmortem]`` table of one TOML file (an empty
    configuration when it has none). Raises ``ValueError`` naming the file when it is not
    valid TOML or a value is not what is expected."""
    p = Path(path)
    try:
        doc = tomllib.loads(p.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ValueError(f"{p}: not valid TOML: {e}") from None
    data = doc.get("tool", {}).get("postmortem")
    return config_from(data, p) if isinstance(data, dict) else MetricsConfig(path=p)


def config_from(data: Mapping[str, Any], path: Path | None = None) -> MetricsConfig:
    """A :class:`MetricsConfig` from the ``[tool.postmortem]`` table (``path`` for messages and
    for a holidays file given relative to it)."""
    where = str(path) if path is not None else "[tool.postmortem]"

    def table(key: str) -> Mapping[str, Any]:
        value = data.get(key, {})
        if not isinstance(value, Mapping):
            raise ValueError(f"{where}: [tool.postmortem.{key}] must be a table")
        return value

    def checked(key: str, values: Mapping[str, Any]) -> dict[str, DurationSpec]:
        try:
            return specs(values)
        except (ValueError, TypeError) as e:
            raise ValueError(f"{where}: [tool.postmortem.{key}]: {e}") from None

    cfg = MetricsConfig(path=path)
    cfg.durations = checked("durations", table("durations"))
    for name, values in table("presets").items():
        if not isinstance(values, Mapping):
            raise ValueError(f"{where}: [tool.postmortem.presets.{name}] must be a table")
        cfg.presets[str(name)] = checked(f"presets.{name}", values)
    cal = table("calendar")
    if cal:
        base = path.parent if path is not None else Path(".")
        try:
            cfg.calendar = BusinessCalendar.from_mapping(cal, base=base)
        except (ValueError, KeyError, OSError) as e:
            raise ValueError(f"{where}: [tool.postmortem.calendar]: {e}") from None
    options = table("metrics")
    if "max-duration" in options or "max_duration" in options:
        from postmortem.timestamps import parse_duration

        raw = str(options.get("max-duration", options.get("max_duration")))
        limit = parse_duration(raw)
        if limit is None:
            raise ValueError(f"{where}: max-duration: expected a duration like '30 days', "
                             f"got {raw!r}")  # fmt: skip
        cfg.max_duration = limit
    if "strict" in options:
        cfg.strict = bool(options["strict"])
    return cfg
