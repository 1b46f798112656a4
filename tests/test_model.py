"""Reports built in code: render and re-parse to the same model; plain data and back."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import given, settings

import postmortem

from conftest import CORPUS, FILLED, SEEDS, read_exact
from strategies import reports


@settings(max_examples=150, deadline=None)
@given(reports())
def test_parse_dumps_is_identity_for_built_reports(r: postmortem.Report) -> None:
    assert postmortem.parse(postmortem.dumps(r)) == r


@settings(max_examples=150, deadline=None)
@given(reports())
def test_dict_round_trip_for_built_reports(r: postmortem.Report) -> None:
    data = postmortem.to_dict(r)
    json.dumps(data)  # JSON-ready
    assert postmortem.from_dict(data) == r


def test_dict_round_trip_for_every_file() -> None:
    for path in SEEDS + FILLED + CORPUS:
        r = postmortem.parse(read_exact(path))
        data = postmortem.to_dict(r)
        text = json.dumps(data)
        back = postmortem.from_dict(json.loads(text))
        assert back == r, path.name


def test_iso_formats_in_plain_data() -> None:
    r = postmortem.load(FILLED[0])
    data = postmortem.to_dict(r)
    assert data["metadata"]["started_at"] == "2024-04-12T09:14:00+00:00"
    assert data["metadata"]["duration"] == "PT47M"
    assert data["metadata"]["date"] == "2024-04-12"
    assert data["metadata"]["severity"] == {"level": 3, "text": "HIGH"}
    assert "_origin" not in json.dumps(data)


def test_edit_then_dumps_then_parse_keeps_other_fields() -> None:
    r = postmortem.load(FILLED[2])
    r.action_items[2].owner = "Dana Ruiz"
    r.action_items[2].due = dt.date(2024, 4, 2)
    again = postmortem.parse(postmortem.dumps(r))
    assert again == r
