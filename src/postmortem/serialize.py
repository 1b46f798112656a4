"""Plain data and back through one cattrs converter (JSON-ready: ISO 8601 times and durations).

Private origins and the source text are never serialised; a report rebuilt from data renders
afresh in the canonical style.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import attrs
from cattrs.errors import BaseValidationError
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.preconf.json import make_converter
from cattrs.v import transform_error

from postmortem import model as m
from postmortem.errors import PostmortemError

# Unknown keys are refused: data that is not a report (or a misspelt field) must not come back
# as an empty report.
converter = make_converter(forbid_extra_keys=True)


def _td_to_iso(td: dt.timedelta) -> str:
    total = td.total_seconds()
    sign = "-" if total < 0 else ""
    total = abs(total)
    days, rem = divmod(int(total), 86400)
    hours, rem = divmod(rem, 3600)
    minutes, seconds = divmod(rem, 60)
    frac = total - int(total)
    sec = f"{seconds + frac:g}" if frac else str(seconds)
    out = f"{sign}P" + (f"{days}D" if days else "")
    time = (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
    time += f"{sec}S" if seconds or frac else ""
    if time:
        out += "T" + time
    return out if out not in ("P", "-P") else "PT0S"


_ISO_DUR = re.compile(
    r"(?P<sign>-)?P(?:(?P<d>\d+)D)?(?:T(?:(?P<h>\d+)H)?(?:(?P<m>\d+)M)?(?:(?P<s>[\d.]+)S)?)?"
)


def _iso_to_td(value: Any, _: Any) -> dt.timedelta:
    mm = _ISO_DUR.fullmatch(str(value))
    if not mm:
        raise ValueError(f"not an ISO 8601 duration: {value!r}")
    td = dt.timedelta(
        days=int(mm.group("d") or 0),
        hours=int(mm.group("h") or 0),
        minutes=int(mm.group("m") or 0),
        seconds=float(mm.group("s") or 0),
    )
    return -td if mm.group("sign") else td


converter.register_unstructure_hook(dt.timedelta, _td_to_iso)
converter.register_structure_hook(dt.timedelta, _iso_to_td)
converter.register_unstructure_hook(dt.datetime, lambda v: v.isoformat())
converter.register_structure_hook(dt.datetime, lambda v, _: dt.datetime.fromisoformat(v))
converter.register_unstructure_hook(dt.time, lambda v: v.isoformat())
converter.register_structure_hook(dt.time, lambda v, _: dt.time.fromisoformat(v))
converter.register_unstructure_hook(dt.date, lambda v: v.isoformat())
converter.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(v))


def _has_private(cls: Any) -> bool:
    return attrs.has(cls) and any(a.name.startswith("_") for a in attrs.fields(cls))


def _private(cls: Any) -> dict[str, Any]:
    # Origins and the source text describe where a node came from, not what it says.
    return {a.name: override(omit=True) for a in attrs.fields(cls) if a.name.startswith("_")}


converter.register_unstructure_hook_factory(
    _has_private, lambda cls: make_dict_unstructure_fn(cls, converter, **_private(cls))
)
converter.register_structure_hook_factory(
    _has_private,
    lambda cls: make_dict_structure_fn(
        cls, converter, _cattrs_forbid_extra_keys=True, **_private(cls)
    ),
)


def to_dict(report: m.Report) -> dict[str, Any]:
    """The report as plain, JSON-ready data."""
    data: dict[str, Any] = converter.unstructure(report)
    return data


def from_dict(data: dict[str, Any]) -> m.Report:
    """A report from data made by :func:`to_dict`.

    Raises :class:`~postmortem.errors.PostmortemError` naming each field that is not what a
    report holds (its path, as ``$.timeline.events[0].at``, and the type expected there), for
    unknown fields, and for anything that is not a mapping.
    """
    if not isinstance(data, dict):
        raise PostmortemError(
            f"expected a mapping of report fields (as to_dict makes), got {type(data).__name__}",
            path="<data>",
        )
    try:
        report: m.Report = converter.structure(data, m.Report)
    except Exception as e:
        # cattrs gathers every problem under one exception; transform_error names each field.
        problems = transform_error(e) if isinstance(e, BaseValidationError) else [str(e)]
        raise PostmortemError("not a report: " + "; ".join(problems[:10]), path="<data>") from None
    return report
