"""Styles: each seed template is a style; reports convert between styles without losing fields."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

import postmortem
from postmortem.parsing.fields import get_path
from postmortem.styles import STYLES, blank, render_style

from conftest import FILLED, SEEDS, read_exact

SEED_STYLE = {"000": "classic", "001": "memo", "002": "tabular", "003": "concise", "004": "emoji"}


def style_of(path: Path) -> str:
    return SEED_STYLE[path.name[:3]]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_blank_style_is_the_seed_byte_for_byte(seed: Path) -> None:
    assert blank(style_of(seed)) == read_exact(seed)


@pytest.mark.parametrize("style", list(STYLES))
def test_every_style_round_trips(style: str) -> None:
    text = blank(style)
    assert postmortem.dumps(postmortem.parse(text)) == text


def _norm(value: Any) -> Any:
    # Line breaks inside a value may become spaces in a style that has one line for it.
    if isinstance(value, str):
        flat = re.sub(r"\s*\n\s*(?:[-*+]\s+)?", " ", value).strip()
        return re.sub(r"^[-*+]\s+", "", flat)
    if isinstance(value, list):
        return [_norm(v) for v in value]
    return value


def _wall(at: Any) -> Any:
    # A style whose time column declares a zone ("Time (UTC)") gives naive times that zone.
    return None if at is None else at.replace(tzinfo=None)


CASES = [(f, b) for f in FILLED for b in STYLES if b != style_of(f)]


@pytest.mark.parametrize(("path", "other"), CASES, ids=lambda x: getattr(x, "name", x))
def test_convert_there_and_back_keeps_typed_fields(path: Path, other: str) -> None:
    home = style_of(path)
    original = postmortem.load(path)
    there = postmortem.parse(render_style(original, other))
    back = postmortem.parse(render_style(there, home))
    doc = original._source
    assert doc is not None
    holds = None if other == "canonical" else set(postmortem.parse(blank(other))._source.fields)
    # The classic style keeps detection/response/resolution times as its key events.
    key_event_times = {"detection.time", "response.time", "resolution.time"}
    checked = 0
    for field_path in doc.fields:
        if holds is not None and field_path not in holds:
            continue  # the other style has no place for it
        if "classic" in (home, other) and field_path in key_event_times:
            continue
        if "memo" in (home, other) and field_path.startswith("lessons.went_"):
            continue  # memo keeps lessons as plain lines: sub-bullets merge into the line
        want = original.title if field_path == "title" else get_path(original, field_path)
        got = back.title if field_path == "title" else get_path(back, field_path)
        assert _norm(got) == _norm(want), field_path
        checked += 1
    assert checked >= 5
    if "classic" not in (home, other):  # classic's timeline is three key events
        naive = any(e.at is not None and e.at.tzinfo is None for e in original.timeline.events)
        view = _wall if naive else (lambda at: at)
        assert [(view(e.at), e.text) for e in back.timeline.events] == [
            (view(e.at), e.text) for e in original.timeline.events
        ]
    assert [(a.description, a.owner, a.due) for a in back.action_items] == [
        (a.description, a.owner, a.due) for a in original.action_items
    ]


def test_convert_to_canonical_keeps_every_typed_field() -> None:
    for path in FILLED:
        original = postmortem.load(path)
        again = postmortem.parse(render_style(original, "canonical"))
        for name in ("metadata", "summary", "details", "impact", "root_cause", "detection",
                     "response", "lessons", "prevention", "team", "communication"):  # fmt: skip
            assert _norm(postmortem.to_dict(again)[name]) == _norm(
                postmortem.to_dict(original)[name]
            ) or _same_modulo_lines(getattr(again, name), getattr(original, name)), (path, name)


def _same_modulo_lines(a: Any, b: Any) -> bool:
    import attrs

    da, db = attrs.asdict(a), attrs.asdict(b)
    return bool(_deep_norm(da) == _deep_norm(db))


def _deep_norm(x: Any) -> Any:
    if isinstance(x, dict):
        return {k: _deep_norm(v) for k, v in x.items() if k != "text" or v}
    return _norm(x)


def test_new_with_fields_fills_the_template() -> None:
    import datetime as dt

    for style in STYLES:
        r = postmortem.parse(blank(style))
        r.title = "Checkout outage"
        r.metadata.date = dt.date(2024, 5, 1)
        r.metadata.severity = postmortem.Severity(postmortem.SeverityLevel.HIGH)
        again = postmortem.parse(postmortem.dumps(r))
        assert again.title == "Checkout outage", style
        if style != "concise":  # seed 003 has no date or severity of its own
            assert again.metadata.date == dt.date(2024, 5, 1), style
            assert again.metadata.severity is not None, style
            assert again.metadata.severity.level is postmortem.SeverityLevel.HIGH, style
