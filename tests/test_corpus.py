"""The public corpus against its hand-read answer keys (the issue's accuracy bars)."""

from __future__ import annotations

import importlib.util
import json
from types import ModuleType

import pytest

import postmortem

from conftest import CORPUS_DIR, ROOT


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "corpus_accuracy", ROOT / "benchmarks" / "corpus_accuracy.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def results() -> dict[str, list[bool]]:
    bench = _benchmark()
    keys = []
    for f in sorted(CORPUS_DIR.glob("expected-*.json")):
        keys.extend(json.loads(f.read_text(encoding="utf-8")))
    assert len(keys) == 39
    out: dict[str, list[bool]] = {}
    for key in keys:
        report = postmortem.load(CORPUS_DIR / key["file"])
        for field, ok in bench.check(report, key).items():
            if ok is not None:
                out.setdefault(field, []).append(ok)
    return out


def _share(values: list[bool]) -> float:
    return sum(values) / len(values)


@pytest.mark.parametrize("field", ["title", "section_headings"])
def test_titles_and_headings(results: dict[str, list[bool]], field: str) -> None:
    assert _share(results[field]) >= 0.95


@pytest.mark.parametrize("field", ["timeline_entries", "first_event", "last_event", "action_items"])
def test_timelines_and_actions(results: dict[str, list[bool]], field: str) -> None:
    assert _share(results[field]) >= 0.90


def test_lifecycle_instants(results: dict[str, list[bool]]) -> None:
    instants = results["started"] + results["detected"] + results["resolved"]
    assert len(instants) == 98
    assert _share(instants) >= 0.80
