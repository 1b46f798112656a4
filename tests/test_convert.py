"""Converting corpus reports between styles loses nothing (issue 13, item 5)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import postmortem
from postmortem.styles import STYLES, _untyped, convert

from conftest import CORPUS, SHARED, read_exact

DEV = sorted((SHARED / "corpus" / "dev").glob("*.md"))
SEED_STYLES = [s for s in STYLES if s != "canonical"]


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _cases() -> list[tuple[Path, str]]:
    # Every report to the canonical style, and each to one seed style in turn (all five over
    # the corpus) to keep the run short.
    docs = CORPUS + DEV
    return [(p, "canonical") for p in docs] + [
        (p, SEED_STYLES[i % len(SEED_STYLES)]) for i, p in enumerate(docs)
    ]


@pytest.mark.parametrize(("path", "style"), _cases(), ids=lambda x: getattr(x, "name", x))
def test_convert_keeps_every_sections_text(path: Path, style: str) -> None:
    r = postmortem.parse(read_exact(path))
    out, notes = convert(r, style)
    have = _words(out)
    for sec in r.all_sections():
        for line in _untyped(r, sec).split("\n"):
            assert _words(line) in have, (sec.title, line)
    # What was carried over is said, once per section placed without a slot.
    assert len(notes) == len({n for n in notes})


@pytest.mark.parametrize("style", SEED_STYLES)
def test_a_templates_unfilled_slots_are_not_carried_back(style: str) -> None:
    # A report with no action items, through a seed style and back: the style's own unfilled
    # slots ("- [ ] `[Action 1 - Owner: Name]`", "| 1 | [Specific action] | [Name] | ...") are
    # template text, not the report's, and must not come back as sections or action items.
    text = (
        "# Cache outage\n\n**Date:** 2024-03-05\n\n## Summary\n\nThe cache tier was down for "
        "20 minutes.\n\n## Timeline\n\n- 10:00 Alert fires\n- 10:20 Cache restarted\n"
    )
    r = postmortem.parse(text)
    back = postmortem.parse(convert(postmortem.parse(convert(r, style)[0]), "canonical")[0])
    assert back.action_items == []
    if style != "classic":  # classic holds key events (Detection, Response...), no timeline
        assert [e.text for e in back.timeline.events] == ["Alert fires", "Cache restarted"]
