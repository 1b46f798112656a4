"""The edit property on every document we have, and on generated reports.

For each seed, filled fixture, public and dev corpus report: a sample of edits (one of each
kind of record the report has, plus others drawn by the file's name) must read back equal
and change only the edited record's lines (see ``edit_property``). Set
``POSTMORTEM_ALL_EDITS=1`` to run every edit of every document (a few minutes).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import postmortem

from conftest import CORPUS, FILLED, SEEDS, SHARED, read_exact
from edit_property import check, edits_for, sample
from strategies import reports

DEV = sorted((SHARED / "corpus" / "dev").glob("*.md"))
DOCUMENTS = SEEDS + FILLED + CORPUS + DEV
#: Edits per document in CI: enough to cover each kind of record every run, and, across the
#: corpus, every kind of edit; the sample differs by file so the whole set is exercised.
PER_DOCUMENT = 5
ALL = os.environ.get("POSTMORTEM_ALL_EDITS") == "1"


def test_every_document_is_covered() -> None:
    assert len(DEV) >= 50 and len(DOCUMENTS) == len(SEEDS) + len(FILLED) + len(CORPUS) + len(DEV)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_edits_read_back_and_stay_local(path: Path) -> None:
    text = read_exact(path)
    edits = edits_for(postmortem.parse(text))
    chosen = edits if ALL else sample(edits, path.name, PER_DOCUMENT)
    failures = [f for name, edit in chosen if (f := check(text, name, edit)) is not None]
    assert not failures, "\n".join(failures)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports(), st.data())
def test_edits_of_generated_reports(r: postmortem.Report, data: st.DataObject) -> None:
    text = postmortem.dumps(r)
    edits = edits_for(postmortem.parse(text))
    name, edit = data.draw(st.sampled_from(edits), label="edit")
    failure = check(text, name, edit)
    assert failure is None, failure
