"""Lossless round-trip: dumps(parse(s)) == s, byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import postmortem

from conftest import CORPUS, FILLED, SEEDS, read_exact

ALL_FILES = SEEDS + FILLED + CORPUS


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: p.name)
def test_unedited_file_round_trips(path: Path) -> None:
    text = read_exact(path)
    assert postmortem.dumps(postmortem.parse(text)) == text


def test_corpus_is_complete() -> None:
    assert len(CORPUS) == 39 and len(SEEDS) == 5 and len(FILLED) == 5


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n",
        "no final newline",
        "# T\r\n\r\n## Timeline\r\n\r\n- 14:00 start\r\n- 15:00 end",
        "# Mixed\r\n\n## Timeline\r- 10:00 a\n- 11:00 b\r\n",
        "\ufeff# BOM\n\n## Summary\n\ntext\n",
        "---\ntitle: Front\n---\n# H\n",
        "+++\ntitle = 'x'\n+++\n## Summary\n",
        "---\nunclosed: front matter\n# H\n",
        "```\nunbalanced fence\n## not a heading\n",
        "<div>\n<b>Html</b>\n</div>\n\n<b>Pseudo</b>\n\ntext\n",
        "\tTabbed\n\t\tcode\n",
        "# T\f\n\x00 nul\n",
        "* [ ] a\n* [x] b\n",
        "| a |\n|---|\n| 1 |",
    ],
)
def test_edge_cases_round_trip(text: str) -> None:
    assert postmortem.dumps(postmortem.parse(text)) == text


_md_atoms = st.sampled_from(
    [
        "# ", "## ", "### ", "- ", "* ", "1. ", "> ", "| ", " |", "|---|", "```", "~~~", "---",
        "+++", "**", "__", "`", "[", "]", "(", ")", "<b>", "</b>", "<!--", "-->", "\n", "\r\n",
        "\r", "\t", "  ", ":", "14:15", "2:54 PM PST", "[13:26]", "2024-01-02", "Timeline",
        "Action Items", "Summary", "Severity", "[ ] ", "[x] ", "\ufeff", "é", "🚨", "Ã©",
    ]
)  # fmt: skip
_md_text = st.lists(st.one_of(_md_atoms, st.text(max_size=8)), max_size=60).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_md_text)
def test_arbitrary_markdown_round_trips(text: str) -> None:
    assert postmortem.dumps(postmortem.parse(text)) == text


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_round_trips(text: str) -> None:
    assert postmortem.dumps(postmortem.parse(text)) == text
