"""Parsing chunk by chunk gives exactly marko's parse of the whole text.

The parser hands marko one chunk at a time, ending chunks before headings and list items, to
keep memory low (see ``postmortem.parsing.blocks.parse_blocks``); these tests hold it to the
one-shot parse, with chunks as small as they go so that every possible cut is tried.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from postmortem._text import SourceText
from postmortem.parsing import blocks as blocks_module
from postmortem.parsing.blocks import _parse_chunk, parse_blocks

from conftest import CORPUS, SEEDS, read_exact

# Pieces chosen for what can run on over a heading line: open fences, HTML blocks of every
# kind, link definitions with a title on the next line, lazy quotes, list items.
_PIECES = [
    "# Title", "## Timeline", "### Sub", "###### Six", "####### seven", "#", "#notaheading",
    "   # indented", "text line", "- item", "  - nested", "1. first", "- [x] done",
    "> quoted", ">", "```", "~~~", "```python", "    indented code", "<div>", "</div>",
    "<!-- comment", "-->", "<script>", "</script>", "<pre>", "<?php", "?>", "<![CDATA[", "]]>",
    "[foo]: /url", "[foo]: /url '", "'", "[bar]:", "[foo", "]: /u", "- [foo]: /url '",
    "> [foo]: /url \"", "[a\\] b", "'x", "(", ")", "<", "| a | b |", "|---|---|", "| 1 | 2 |",
    "Setext", "===", "---", "", "", "", "- a | b", "- | -", "a | b", "2) two", "* star",
    "-", "1.", "- - -", "  continued", "    deep", "+ plus", "10. ten", "\t- tab", " - one",
    "- [ ] open", "-\tx", "1) one", "<div>x</div>", "> - q",
]  # fmt: skip


@pytest.fixture(autouse=True)
def _smallest_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(blocks_module, "_MIN_CHUNK", 0)


def _same_as_one_parse(text: str) -> None:
    norm = SourceText(text).text
    assert parse_blocks(norm, 0, len(norm)) == _parse_chunk(norm, 0, len(norm))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.booleans())
def test_generated_lines_parse_as_one(lines: list[str], final_newline: bool) -> None:
    _same_as_one_parse("\n".join(lines) + ("\n" if final_newline else ""))


@pytest.mark.parametrize("path", SEEDS + CORPUS, ids=lambda p: p.name)
def test_seeds_and_corpus_parse_as_one(path: object) -> None:
    _same_as_one_parse(read_exact(path))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "```\n# a\n# b\n# c\n```\n# d\n",  # an open fence swallows headings
        "<div>\nx\n# H\ny\n\n# K\n",  # an HTML block runs to the blank line
        "<!--\n# a\n\n# b\n-->\n# c\n",
        "[foo]: /url '\n# Head\n'\n# x\n",  # marko reads a title across the heading line
        "- a\n\n# H\n- b\n\n",  # a list before a heading keeps its own trailing blanks
        "- a\n\n- b\n  more\n- c\n",  # one list carried on across chunks
        "- a\n* b\n- c\n",  # a new bullet starts a new list
        "para\n2) b\n- c\n",  # "2)" cannot interrupt a paragraph: it is text
        "- a\n  ```\n  code\n- b\n",  # a fence in an item ends with the item
    ],
)
def test_constructs_that_run_on_over_a_heading(text: str) -> None:
    _same_as_one_parse(text)


@pytest.mark.parametrize("line", ["# h\n", "- item\n"])
def test_many_cut_lines_inside_an_open_fence_stay_linear(line: str) -> None:
    # 20,000 lines inside a fence that never closes: every chunk would run on, so the chunks
    # grow geometrically; a re-parse per line would take minutes.
    text = "```\n" + line * 20_000
    blocks = parse_blocks(text, 0, len(text))
    assert [b.kind for b in blocks] == ["code"]


def test_a_long_list_is_one_block_with_every_item() -> None:
    text = "".join(f"- item {i}\n  more {i}\n" for i in range(5000))
    (block,) = parse_blocks(text, 0, len(text))
    assert block.kind == "list" and block.span == (0, len(text))
    assert len(block.items) == 5000
    assert text[slice(*block.items[4321].body)] == "item 4321\n  more 4321"
