"""The edit property on every document we have, and on generated reports.

Every edit of every seed, filled fixture, public and dev corpus report (one of each kind of
record the report has, each field it has a place for, inserts first / middle / last, delete,
a new section) must read back equal and change only the edited record's lines (see
``edit_property``). About 1,750 edits; marked ``slow`` (``-m "not slow"`` leaves it out
while developing), and run in CI.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import postmortem

from conftest import CORPUS, FILLED, SEEDS, SHARED, read_exact
from edit_property import action_owner_removed, check, edits_for
from strategies import dates, name, reports, sentence

DEV = sorted((SHARED / "corpus" / "dev").glob("*.md"))
#: One small report per timeline shape no corpus report writes (HTML tables, status-page
#: updates, day items over nested entries, ...), so every edit is tried on each shape too.
SHAPES = sorted((Path(__file__).parent / "fixtures" / "shapes").glob("*.md"))
DOCUMENTS = SEEDS + FILLED + CORPUS + DEV + SHAPES


def test_every_document_is_covered() -> None:
    assert len(DEV) >= 50 and len(SHAPES) >= 6
    assert len(DOCUMENTS) == len(SEEDS) + len(FILLED) + len(CORPUS) + len(DEV) + len(SHAPES)


@pytest.mark.slow
@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_edits_read_back_and_stay_local(path: Path) -> None:
    text = read_exact(path)
    edits = edits_for(postmortem.parse(text))
    failures = [f for name, edit in edits if (f := check(text, name, edit)) is not None]
    assert not failures, "\n".join(failures)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports(), st.data())
def test_edits_of_generated_reports(r: postmortem.Report, data: st.DataObject) -> None:
    text = postmortem.dumps(r)
    edits = edits_for(postmortem.parse(text))
    name, edit = data.draw(st.sampled_from(edits), label="edit")
    failure = check(text, name, edit)
    assert failure is None, failure


@st.composite
def _action_tables(draw: st.DrawFn) -> str:
    """An action table with no owner column: descriptions holding escaped pipes ("\\|"), in
    code or not, and owners and due dates said after them ("(owner: ..., due: ...)")."""
    rows = []
    for _ in range(draw(st.integers(1, 4))):
        desc = " \\| ".join(draw(st.lists(sentence, min_size=1, max_size=3)))
        if draw(st.booleans()):
            desc = f"`{desc}`"
        said = []
        if draw(st.booleans()):
            said.append(f"owner: {draw(name)}")
        if draw(st.booleans()):
            said.append(f"due: {draw(dates).isoformat()}")
        suffix = f" ({', '.join(said)})" if said else ""
        status = draw(st.sampled_from(["Open", "Done", "In progress", "Won't do"]))
        rows.append(f"| {desc}{suffix} | {status} |\n")
    return "# Report\n\n## Action Items\n\n| Action | Status |\n| --- | --- |\n" + "".join(rows)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_action_tables(), st.data())
def test_edits_of_action_rows_with_pipes_and_owners_said_after(
    text: str, data: st.DataObject
) -> None:
    edits = [(n, e) for n, e in edits_for(postmortem.parse(text)) if n.startswith("action.")]
    edits.append(("action.owner.removed", action_owner_removed))
    name, edit = data.draw(st.sampled_from(edits), label="edit")
    failure = check(text, name, edit)
    assert failure is None, failure
