"""Both corpora against their hand-read answer keys (benchmarks/corpus_accuracy.py).

The floors are the accuracy reached so far on each corpus: a change that lowers either one
fails here, so public and dev are always judged side by side.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from conftest import CORPUS_DIR, DEV_DIR, ROOT

# field -> (public floor, dev floor), as shares of the reports the key scores.
FLOORS: dict[str, tuple[float, float]] = {
    "title": (1.0, 1.0),
    "incident_date": (0.89, 0.86),
    "section_headings": (1.0, 1.0),
    "timeline_entries": (1.0, 0.96),
    "first_event": (1.0, 0.94),
    "last_event": (1.0, 0.94),
    "started": (0.90, 0.85),
    "detected": (0.88, 0.75),
    "mitigated": (0.0, 0.55),
    "impact_ended": (0.0, 0.73),
    "resolved": (0.78, 0.86),
    "action_items": (1.0, 0.90),
    "open_action_items": (0.0, 0.90),
    "incidents": (0.0, 1.0),
}


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "corpus_accuracy", ROOT / "benchmarks" / "corpus_accuracy.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tallies() -> dict[str, dict[str, list[int]]]:
    bench = _benchmark()
    return {name: bench.score(path)[0] for name, path in (("public", CORPUS_DIR), ("dev", DEV_DIR))}


@pytest.mark.parametrize("field", sorted(FLOORS))
@pytest.mark.parametrize("corpus", ["public", "dev"])
def test_accuracy_floor(tallies: dict[str, dict[str, list[int]]], corpus: str, field: str) -> None:
    matched, scored = tallies[corpus][field]
    floor = FLOORS[field][0 if corpus == "public" else 1]
    if scored == 0:
        assert floor == 0.0, f"{corpus} has no key for {field}"
        return
    assert matched / scored >= floor - 1e-9, f"{corpus} {field}: {matched}/{scored} < {floor}"


def test_every_report_scored(tallies: dict[str, dict[str, list[int]]]) -> None:
    assert tallies["public"]["title"][1] == 39
    assert tallies["dev"]["title"][1] == 50


def test_keys_are_where_the_benchmark_looks() -> None:
    for folder in (CORPUS_DIR, DEV_DIR):
        assert list(Path(folder).glob("expected-*.json")), folder
