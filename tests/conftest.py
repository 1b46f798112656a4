"""Shared test helpers: where the seeds, corpus and fixtures are, and a line-diff helper."""

from __future__ import annotations

import datetime as dt
import difflib
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
FILLED = sorted((FIXTURES / "filled").glob("*.md"))
SHARED = Path(os.environ.get("POSTMORTEM_SHARED", ROOT.parent / "shared"))
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))
CORPUS_DIR = SHARED / "corpus" / "public"
CORPUS = sorted(CORPUS_DIR.glob("[0-9]*.md"))
DEV_DIR = SHARED / "corpus" / "dev"
DEV = sorted(DEV_DIR.glob("[0-9]*.md"))


def read_exact(path: Path) -> str:
    """A file's text with its bytes untouched (no newline translation)."""
    return path.read_bytes().decode("utf-8")


def instants(text: str) -> dict[str, dt.datetime | None]:
    """Each milestone's instant that ``metrics`` gives the parsed ``text``."""
    import postmortem
    from postmortem.metrics import metrics

    return {k: i.value for k, i in metrics(postmortem.parse(text)).instants.items()}


def changed_lines(before: str, after: str) -> tuple[set[int], list[int]]:
    """1-based original lines that were replaced or deleted, and where lines were inserted."""
    a = before.splitlines(keepends=True)
    b = after.splitlines(keepends=True)
    changed: set[int] = set()
    inserts: list[int] = []
    for tag, i1, i2, _j1, _j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag in ("replace", "delete"):
            changed.update(range(i1 + 1, i2 + 1))
        elif tag == "insert":
            inserts.append(i1 + 1)
    return changed, inserts


@pytest.fixture(scope="session", autouse=True)
def _shared_present() -> None:
    # The seeds and the corpus live beside the project (../shared); CI has them. Fail loudly
    # rather than silently testing nothing.
    assert len(SEEDS) == 5, f"expected the five seed templates in {SHARED / 'seeds'}"
    assert len(CORPUS) == 39, f"expected the 39 corpus reports in {CORPUS_DIR}"
    assert len(DEV) == 50, f"expected the 50 dev corpus reports in {DEV_DIR}"
