"""Stated figures: what a figure's name means and how precisely its text is written.

"Time to repair: 55 min" means ``time_to_repair`` (detected -> impact ended, or the other end
points its name allows) and is written to the minute; "about 3 hours" is hedged. The words
live in :data:`postmortem.vocabulary.STATED_METRIC_MEANINGS` and
:data:`~postmortem.vocabulary.APPROXIMATE_WORDS`; metrics read the result from the model.
"""

from __future__ import annotations

import datetime as dt

from postmortem import model as m
from postmortem._doc import Document
from postmortem.timestamps import format_duration
from postmortem.vocabulary import STATED_METRIC_MEANINGS, stated_key, stated_precision

__all__ = ["field_figures", "read_stated"]


def read_stated(
    name: str, text: str, duration: dt.timedelta | None = None, *, origin: m.Origin | None = None
) -> m.StatedMetric:
    """A stated figure with its meaning, readings, precision and hedging read from its name
    and text (use it for a figure built in code: metrics compare only figures with a meaning)."""
    key = stated_key(name)
    meaning, readings = next(
        ((target, tuple(r)) for names, target, r in STATED_METRIC_MEANINGS if key in names),
        (None, ()),
    )
    step, hedged = stated_precision(text)
    return m.StatedMetric(
        name, text, duration, meaning=meaning, readings=readings,
        precision=dt.timedelta(seconds=step), approximate=hedged, _origin=origin,
    )  # fmt: skip


def field_figures(report: m.Report, doc: Document) -> list[m.StatedMetric]:
    """The ``Duration`` metadata field as a stated figure, named by the key it is written
    under ("Total Duration" means started -> resolved, "Duration" the impact) and with the
    precision of its text as written ("60 minutes" is not "1h")."""
    value = report.metadata.duration
    fo = doc.fields.get("metadata.duration")
    if value is None or fo is None:
        return []
    text = doc.source.text
    label = _label(text, fo.span[0])
    if stated_key(label) not in {n for names, _, _ in STATED_METRIC_MEANINGS for n in names}:
        label = "Duration"  # a key in markup we do not strip ("PDT<br> Duration")
    raw = text[fo.span[0] : fo.span[1]].strip(" `*_") or format_duration(value)
    origin = m.Origin(fo.span[0], fo.span[1] - fo.span[0], (), ())
    return [read_stated(label, raw, value, origin=origin)]


def _label(text: str, offset: int) -> str:
    """The key written before a field's value on its line ("**Total Duration**: 1h30" ->
    "Total Duration"); only Markdown punctuation is stripped, the words are matched later."""
    prefix = text[text.rfind("\n", 0, offset) + 1 : offset]
    return prefix.strip(" \t-+*_`|:>").strip()
