"""Parsing chunk by chunk gives exactly marko's parse of the whole text.

The parser hands marko one chunk at a time, ending chunks before headings, list items, lines
after a blank line and table rows, to keep memory low (see
``postmortem.parsing.blocks.parse_blocks``); these tests hold it to the one-shot parse, with
chunks as small as they go so that every possible cut is tried, and hold the chunks to their
size whatever they hold. The source reader fed to marko is held to marko's own.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from marko.element import Element
from marko.ext.gfm import gfm
from marko.source import Source

from postmortem._text import SourceText
from postmortem.parsing import blocks as blocks_module
from postmortem.parsing.blocks import _parse_block_structure, _parse_chunk, parse_blocks

from conftest import CORPUS, SEEDS, SHARED, read_exact

DEV = sorted((SHARED / "corpus" / "dev").glob("[0-9]*.md"))

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
    "[", "]", "[x]: /u", "[x]: /u (", "[x]:", "| x |", "x | y", "  | z |", "|-|", "- | a |",
    "\t\tcode", "-\t\tdeep tab", "> \tq", "1.\tone", " \t- mixed",
]  # fmt: skip


@pytest.fixture(autouse=True)
def _smallest_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(blocks_module, "_MIN_CHUNK", 0)


def _same_as_one_parse(text: str) -> None:
    norm = SourceText(text).text
    assert parse_blocks(norm, 0, len(norm)) == _parse_chunk(norm, 0, len(norm)).blocks


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.booleans())
def test_generated_lines_parse_as_one(lines: list[str], final_newline: bool) -> None:
    _same_as_one_parse("\n".join(lines) + ("\n" if final_newline else ""))


def test_the_dev_corpus_is_there() -> None:
    assert len(DEV) >= 50, f"expected the dev corpus in {SHARED / 'corpus' / 'dev'}"


@pytest.mark.parametrize("path", SEEDS + CORPUS + DEV, ids=lambda p: p.name)
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


# --- chunks stay bounded whatever they hold ------------------------------------------------

_REPORT = (
    "## Timeline\n\n"
    "See [the status page][status] and [the thread][thread].\n\n"
    "[status]: https://status.example.com/incidents/1\n"
    "[thread]: https://example.com/t/2 'The thread'\n\n"
    "- 10:00 UTC: alerts fire\n- 10:05 UTC: on-call paged\n\n"
    "```\n[\nlog line\n]\n```\n\n"
    "```text\n[ERROR] disk full\n[\n```\n\n"
    "| time | event |\n|---|---|\n| 10:00 | alert |\n| 10:05 | page |\n\n"
    "Paragraph text that goes on\nover two lines.\n\n"
)


def _chunk_sizes(monkeypatch: pytest.MonkeyPatch, text: str) -> tuple[list[int], int]:
    """Parse ``text`` in chunks; the sizes of the chunks handed to marko, and the target."""
    sizes: list[int] = []
    real = blocks_module._parse_chunk

    def spy(t: str, start: int, end: int, head: Any = None) -> Any:
        sizes.append(end - start)
        return real(t, start, end, head)

    monkeypatch.setattr(blocks_module, "_MIN_CHUNK", 2000)
    monkeypatch.setattr(blocks_module, "_parse_chunk", spy)
    assert parse_blocks(text, 0, len(text)) == real(text, 0, len(text)).blocks
    return sizes, max(2000, len(text) // blocks_module._CHUNKS)


@pytest.mark.parametrize(
    "shape",
    ["report", "link definitions", "lone bracket in a fence", "table", "table without pipes"],
)
def test_chunks_stay_within_a_bounded_multiple_of_the_target(
    monkeypatch: pytest.MonkeyPatch, shape: str
) -> None:
    # Before, a link definition (or a "[" line inside a fence) anywhere in a chunk made every
    # later chunk double in size until the end of the text, and a table was one chunk.
    if shape == "report":
        text = _REPORT * 400
    elif shape == "link definitions":
        text = "[a]: /u\n" + "".join(f"# H{i}\n\ntext {i}\n[d{i}]: /u{i}\n" for i in range(4000))
    elif shape == "lone bracket in a fence":
        text = "```\n[\n```\n" + "".join(f"- item {i}\n" for i in range(8000))
    elif shape == "table":
        text = "| a | b |\n|---|---|\n" + "".join(f"| {i} | x{i} |\n" for i in range(8000))
    else:
        text = "a | b\n--|--\n" + "".join(f"{i} | x{i}\n" for i in range(8000))
    sizes, target = _chunk_sizes(monkeypatch, text)
    assert len(text) > 40 * target / 16
    assert max(sizes) <= 6 * target, (max(sizes), target)
    # Linear: the text is parsed about once, not once per chunk.
    assert sum(sizes) <= 3 * len(text)


def test_a_long_table_is_one_block_with_every_row(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "| a | b |\n|:--|--:|\n" + "".join(f"| {i} | `x{i}` |\n" for i in range(6000))
    sizes, _ = _chunk_sizes(monkeypatch, text)
    assert len(sizes) > 10
    (block,) = parse_blocks(text, 0, len(text))
    rows = block.rows()
    assert len(rows) == 6001
    (_, cells) = rows[4321]
    assert [text[s:e] for s, e in cells] == ["4320", "x4320"]


@pytest.mark.parametrize(
    "text",
    [
        "| a |\n|---|\n| 1 |\n[x]: /u\n| 2 |\n",  # a link definition ends a table
        "| a |\n|---|\n| 1 |\n[x]: /u '\n| 2 |\n'\n| 3 |\n",  # ... read across rows
        "| a |\n|---|\n| 1 |\n[x\n| 2 |\n]: /u\n| 3 |\n",
        "[a] | b\n---|---\n[c] | d\n[e]: /u\n",  # a header that looks like a definition
        "| a |\n|---|\n| 1 |\n    | 2 |\n| 3 |\n",  # indented code ends a table
        "| a |\n|---|\n| 1 |\n2. x\n| 3 |\n",  # so does a list, any number
        "p\n| a |\n|---|\n| 1 |\n2. x\n| 3 |\n# h\n| 4 |\n",  # a table inside a paragraph
        "```\n[\n```\n[x]: /u\n# h\n- [y]: /v\n  'title'\n# k\n",
        "[x]: /u\n'a\n# h\nb'\n# k\n",  # a title across a heading line
        "[x\n\n# h\n]: /u\n# k\n",  # a label across a blank line (marko allows it)
        "```\na\n\nb\n```\n" * 3 + "# h\n",  # fences with blank lines in them
        "~~~~\n```\n\n# no\n~~~\n~~~~~\n# h\n",
        "***\n***\n***\n***\n",  # blocks back to back, no cut line among them
    ],
)
def test_tables_definitions_and_fences_across_chunks(text: str) -> None:
    _same_as_one_parse(text)


_TABLE_LINES = [
    "| a | b |", "|---|---|", "| 1 | 2 |", "x | y", "[x]: /u", "[x]: /u '", "'", "[", "]: /v",
    "", "# h", "- i", "2. j", "    c", "```", "> q", "<div>", "text",
]  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_TABLE_LINES), max_size=30))
def test_generated_tables_parse_as_one(lines: list[str]) -> None:
    _same_as_one_parse("| h | k |\n|---|---|\n" + "\n".join(lines) + "\n")


# --- the source reader is marko's, faster ---------------------------------------------------


def _plain(v: Any) -> Any:
    """Everything marko recorded on an element tree, as plain values to compare."""
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    if isinstance(v, dict):
        return {k: _plain(x) for k, x in v.items()}
    if isinstance(v, Element) or hasattr(v, "__dict__"):
        return type(v).__name__, {k: _plain(x) for k, x in vars(v).items()}
    return v


def _marko_own(text: str) -> Any:
    """marko's own GFM block parse of ``text``: its parser and its source reader."""
    gfm._setup_extensions()
    parser = gfm.parser
    source = Source(text)
    source.parser = parser
    doc = parser.block_elements["Document"]()
    doc.source_span = (0, len(source._buffer))
    with source.under_state(doc):
        doc.children = parser.parse_source(source)
    return doc


def _same_as_marko_reader(text: str) -> None:
    ours, _ = _parse_block_structure(text)
    assert _plain(ours) == _plain(_marko_own(text))


@pytest.mark.parametrize("path", SEEDS + CORPUS + DEV, ids=lambda p: p.name)
def test_the_reader_reads_as_markos_on_the_corpus(path: object) -> None:
    _same_as_marko_reader(SourceText(read_exact(path)).text)  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_the_reader_reads_as_markos_on_generated_text(lines: list[str]) -> None:
    _same_as_marko_reader("\n".join(lines) + "\n")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from([*_TABLE_LINES, "  | z |", " |a", "   |", "    | c |", "\t| t |"]),
                max_size=30))  # fmt: skip
def test_the_reader_reads_tables_as_markos(lines: list[str]) -> None:
    # Each row is tried only with the elements that may match it (``Table.parse``).
    _same_as_marko_reader("| h | k |\n|:--|--:|\n" + "\n".join(lines) + "\n")
    _same_as_marko_reader("- x\n\n  | h |\n  |---|\n" + "\n".join("  " + x for x in lines))
    _same_as_marko_reader("> | h |\n> |---|\n" + "\n".join("> " + x for x in lines) + "\n")


# --- the short cut for tiny blocks (blank lines, headings, plain paragraphs, plain lists) ---

_SIMPLE_PIECES = [
    "x", "ab cd", "é", "x  ", "- x", "- y", "* y", "+ z", "- x |", "-  x", "- [ ] t", "- #",
    "# h", "## h2", "#", "#x", "####### h", "# h #", "", "", "", "  ", "x | y", "| a |",
    "|---|", "===", "---", "    code", "  x", "> q", "1. one", "\u00a0", "x\ty", "\x0b",
    "x\fy", "<div>", "```", "[a]: /u", "[a]", "- x\ty", "> x", "> y z", ">  x", ">", "> - x",
    "> x |", "| a | b |", "|-|", "a - b", "|", "> # h", "|x", "1. x", "2. y", "3) z", "10. t",
    "- [ ] x", "- [x] y", "* [X] z", "1. [ ] w", "- [ ]  x", "- [ ]x", "=", "==", "-", "--", "- ",
    "= x", "1234567890. x", "1.x", "0. x", "**Date:** x", "**x", "*x", "_x", "__x", "`x`",
    "``x", "2023-01-01 x", "10:00 y", "1.5 z", "12. x", "1.", "- **x**", "- `c`", "- 10:00 x",
    "> **q**", "***", "* * *", "**", "*", "_", "`", "1", "- 1. x", "***x", "*\u017f", "\u0661. x",
    # Nested items, at the item's text and off it.
    "  - x", "  * y", "  1. z", "  2. w", "   - v", "    - d", "  - [ ] t", "  - 4:16: x",
    "   1. x", " - x", "  -", "  x", "- 2021-04-13", "1. 2021-04-13", "  01. x", "  - x\ty",
]  # fmt: skip


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_SIMPLE_PIECES), max_size=30), st.booleans())
def test_tiny_blocks_parse_as_one(lines: list[str], final_newline: bool) -> None:
    _same_as_one_parse("\n".join(lines) + ("\n" if final_newline else ""))


@pytest.mark.parametrize(
    "shape",
    [
        "- x\n", "x\n\n", "> x\n", "# h\n", "| a |\n", "- x\n\nx\n\n> x\n\n# h\n\n| a |\n\n",
        "1. x\n", "x\n-\n", "- [ ] x\n", "x\n===\n- [x] y\n\n2) z\n\n",
        "- 2021-04-13\n  - 4:16: x\n  - 4:17: y\n", "1. a\n   - b\n   2. c\n",
    ],
)  # fmt: skip
def test_many_tiny_blocks_parse_as_one(shape: str) -> None:
    _same_as_one_parse(shape * 300)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_SIMPLE_PIECES), max_size=30))
def test_the_reader_reads_as_markos_on_tiny_blocks(lines: list[str]) -> None:
    _same_as_marko_reader("\n".join(lines) + "\n")
