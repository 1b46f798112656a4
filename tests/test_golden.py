"""Golden files: what the parser reads from each seed and corpus report.

A readable digest per report lives in tests/golden/. After an intended change, regenerate with
``POSTMORTEM_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py`` and review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

import postmortem
from postmortem.metrics import metrics

from conftest import CORPUS, DEV, FILLED, SEEDS, read_exact

GOLDEN = Path(__file__).parent / "golden"


def digest(report: postmortem.Report) -> dict[str, Any]:
    mt = metrics(report)

    def when(v: Any) -> Any:
        return v.isoformat() if v is not None else None

    def tree(sections: list[postmortem.Section]) -> list[Any]:
        return [[s.title, s.kind.value, tree(s.subsections)] if s.subsections else
                [s.title, s.kind.value] for s in sections]  # fmt: skip

    data = postmortem.to_dict(report)
    return {
        "title": report.title,
        "sections": tree(report.sections),
        "metadata": {k: v for k, v in data["metadata"].items() if v not in (None, [], {})},
        "timeline": [
            [when(e.at) or (when(e.date) if e.date else e.time_text), e.text[:70]]
            for e in report.timeline.events
        ],
        "action_items": [
            [a.status.value, a.owner, when(a.due), a.description[:70]] for a in report.action_items
        ],
        "instants": {k: [when(v.value), v.source] for k, v in mt.instants.items() if v.value},
        "durations": {k: d.minutes for k, d in mt.durations.items() if d.value is not None},
        "placeholders": len(report.placeholders),
    }


@pytest.mark.parametrize("path", SEEDS + FILLED + CORPUS + DEV, ids=lambda p: p.name)
def test_golden(path: Path) -> None:
    got = digest(postmortem.parse(read_exact(path)))
    golden = GOLDEN / (path.stem + ".json")
    text = json.dumps(got, indent=1, ensure_ascii=False) + "\n"
    if os.environ.get("POSTMORTEM_UPDATE_GOLDEN"):
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert golden.exists(), f"no golden file for {path.name}; see this module's docstring"
    assert json.loads(golden.read_text(encoding="utf-8")) == json.loads(text)
