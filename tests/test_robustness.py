"""No input breaks the parser: it returns a report that round-trips, or a documented error."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import postmortem
from postmortem.metrics import metrics

from conftest import CORPUS, read_exact


def holds(text: str) -> None:
    """The contract: a report that round-trips byte for byte, or a PostmortemError."""
    try:
        report = postmortem.parse(text)
    except postmortem.ParseError as e:
        assert str(e)  # a documented error with a message
        return
    assert postmortem.dumps(report) == text
    json.dumps(postmortem.to_dict(report))  # and the model exports


# -- generated Markdown ------------------------------------------------------------------------

_words = st.sampled_from(
    ["Timeline", "Summary", "Action Items", "Root Cause", "alert fired", "rolled back",
     "14:15", "2:54 PM PST", "2024-05-01 10:00", "[13:26]", "**DONE**", "Owner: ana",
     "Severity", "é", "🚨", "Ã©", "<b>x</b>", "`code`", "[link](http://x)", "|", "\\"]
)  # fmt: skip
_inline = st.lists(st.one_of(_words, st.text(max_size=6)), min_size=1, max_size=6).map(" ".join)


@st.composite
def _block(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["h", "p", "ul", "ol", "task", "table", "fence", "html", "quote",
                                 "kv", "setext", "rule"]))  # fmt: skip
    text = draw(_inline).replace("\n", " ")
    if kind == "h":
        return "#" * draw(st.integers(1, 7)) + " " + text
    if kind == "setext":
        return text + "\n" + draw(st.sampled_from(["===", "---"]))
    if kind == "ul":
        return "\n".join(f"{'  ' * draw(st.integers(0, 3))}- {draw(_inline)}" for _ in range(3))
    if kind == "ol":
        return "\n".join(f"{i}. {draw(_inline)}" for i in range(1, 4))
    if kind == "task":
        return "\n".join(f"- [{draw(st.sampled_from(' x'))}] {draw(_inline)}" for _ in range(2))
    if kind == "table":
        cols = draw(st.integers(1, 4))
        rows = ["| " + " | ".join(draw(_inline) for _ in range(cols)) + " |" for _ in range(3)]
        return rows[0] + "\n|" + "---|" * cols + "\n" + "\n".join(rows[1:])
    if kind == "fence":
        return (
            "```" + ("\n" + text) * draw(st.integers(0, 2)) + draw(st.sampled_from(["\n```", ""]))
        )
    if kind == "html":
        return f"<div>\n{text}\n</div>"
    if kind == "quote":
        return "> " * draw(st.integers(1, 3)) + text
    if kind == "kv":
        return f"**{draw(_words)}:** {text}"
    if kind == "rule":
        return "---"
    return text


@st.composite
def markdown(draw: st.DrawFn) -> str:
    blocks = draw(st.lists(_block(), max_size=12))
    text = "\n\n".join(blocks)
    if draw(st.booleans()):
        text = (
            "---\n"
            + draw(st.sampled_from(["title: x", "date: 2024-01-01", "a: [b"]))
            + ("\n---\n" if draw(st.booleans()) else "\n")
            + text
        )
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    text = text.replace("\n", newline)
    if draw(st.booleans()):
        text = "\ufeff" + text
    return text


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markdown())
def test_generated_markdown(text: str) -> None:
    holds(text)


# -- mutated corpus reports ------------------------------------------------------------------

_MUTATIONS: list[Callable[[list[str], random.Random], list[str]]] = [
    lambda ls, rnd: [ln for i, ln in enumerate(ls) if rnd.random() > 0.1],  # delete lines
    lambda ls, rnd: [x for ln in ls for x in ([ln, ln] if rnd.random() < 0.1 else [ln])],
    lambda ls, rnd: _swap(ls, rnd),
    lambda ls, rnd: ls[: rnd.randrange(len(ls) + 1)],  # truncate
    lambda ls, rnd: [
        ln + bytes(rnd.randrange(256) for _ in range(3)).decode("utf-8", "replace")
        if rnd.random() < 0.05 else ln for ln in ls
    ],  # junk bytes decoded leniently
]  # fmt: skip


def _swap(lines: list[str], rnd: random.Random) -> list[str]:
    out = list(lines)
    if not out:  # an earlier mutation may have truncated everything
        return out
    for _ in range(max(1, len(out) // 10)):
        i, j = rnd.randrange(len(out)), rnd.randrange(len(out))
        out[i], out[j] = out[j], out[i]
    return out


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(CORPUS),
    st.lists(st.integers(0, len(_MUTATIONS) - 1), min_size=1, max_size=3),
    st.integers(0, 2**32),
)
def test_mutated_corpus_reports(path: object, which: list[int], seed: int) -> None:
    text = read_exact(path)  # type: ignore[arg-type]
    lines = text.splitlines(keepends=True)
    rnd = random.Random(seed)
    for i in which:
        lines = _MUTATIONS[i](lines, rnd)
    holds("".join(lines))


# -- pathological inputs -----------------------------------------------------------------------


def _timeline_table(n: int) -> str:
    rows = "".join(f"| {i // 60 % 24:02d}:{i % 60:02d} | event {i} |\n" for i in range(n))
    return "# T\n\n## Timeline\n\n| Time | Event |\n|---|---|\n" + rows


def _timeline_bullets(n: int) -> str:
    return "# T\n\n## Timeline\n\n" + "".join(
        f"- {i // 60 % 24:02d}:{i % 60:02d} event {i}\n" for i in range(n)
    )


_LAUGHS = (
    "---\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    + "".join(
        f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n"
        for p, c in zip("abcdefgh", "bcdefghi", strict=True)
    )
    + "title: laughs\n---\n# Report\n"
)


def test_deeply_nested_quotes_are_refused_with_a_line() -> None:
    with pytest.raises(postmortem.ParseError, match=r"<string>:1: block quotes nest more"):
        postmortem.parse("> " * 10_000 + "x\n")


def test_deeply_nested_lists_are_refused_with_a_line() -> None:
    # 10,000 levels on one line ("- - - x"), and indented one column per level.
    with pytest.raises(postmortem.ParseError, match=r"<string>:3: lists nest too deeply"):
        postmortem.parse("# T\n\n" + "- " * 10_000 + "x\n")
    text = "".join(" " * i + "- x\n" for i in range(1_000))
    with pytest.raises(postmortem.ParseError, match=r"<string>:202: lists nest too deeply"):
        postmortem.parse(text)
    nested = "".join("  " * i + "- x\n" for i in range(60))  # deep, but within the limits
    holds(nested)


@pytest.mark.parametrize(
    "text",
    [
        "9999-12-31 3:59<>Jan/restored",  # a day read in the year after 9999
        "# Timeline\n<br>Jan,0:00<br>9999-12-3123:59\n12:00\n#",  # a newest-first day past it
    ],
)
def test_days_past_the_last_year_are_no_crash(text: str) -> None:
    assert postmortem.dumps(postmortem.parse(text)) == text


def test_heading_with_100k_hashes() -> None:
    holds("#" * 100_000 + " x\n")


def test_front_matter_that_never_closes() -> None:
    text = "---\n" + "key: value\n" * 20_000
    report = postmortem.parse(text)
    assert report.front_matter is None
    assert postmortem.dumps(report) == text


def test_billion_laughs_front_matter_is_not_expanded() -> None:
    report = postmortem.parse(_LAUGHS)
    assert report.front_matter is not None
    assert report.title == "laughs"
    assert len(json.dumps(postmortem.to_dict(report))) < 10_000
    assert postmortem.dumps(report) == _LAUGHS


def test_reports_over_the_size_limit_are_refused() -> None:
    from postmortem.parsing import MAX_CHARS

    with pytest.raises(postmortem.ParseError, match="the limit is"):
        postmortem.parse("x" * (MAX_CHARS + 1))


@pytest.mark.slow
def test_one_megabyte_single_line() -> None:
    holds("a" * 1_000_000 + "\n")


@pytest.mark.slow
def test_five_megabyte_report() -> None:
    text = read_exact(CORPUS[23]) * 800
    assert len(text) > 5_000_000
    report = postmortem.parse(text)
    assert postmortem.dumps(report) == text
    assert len(report.timeline.events) == 800 * 34


@pytest.mark.slow
def test_table_with_100k_rows() -> None:
    text = _timeline_table(100_000)
    report = postmortem.parse(text)
    assert len(report.timeline.events) == 100_000
    assert postmortem.dumps(report) == text


@pytest.mark.slow
def test_timeline_with_100k_entries() -> None:
    text = _timeline_bullets(100_000)
    report = postmortem.parse(text)
    assert len(report.timeline.events) == 100_000
    assert postmortem.dumps(report) == text


@pytest.mark.slow
def test_metrics_over_20k_entries_timed_and_known_to_the_day() -> None:
    # Timed entries with day-only entries between them: each day entry finds its timed
    # neighbours by bisection (a scan per entry grew with the square of the entries).
    start = dt.date(2000, 1, 1)
    lines = ["# T\n\n## Timeline\n\n"]
    for i in range(10_000):
        lines.append(f"- {start + dt.timedelta(days=3 * i)} 10:00 UTC checked the disks\n")
        lines.append(f"- {start + dt.timedelta(days=3 * i + 1)} noted again\n")
    report = postmortem.parse("".join(lines))
    assert len(report.timeline.events) == 20_000
    resolved = metrics(report).instants["resolved"]  # the last entry, known to its day
    assert resolved.value == dt.datetime.combine(
        start + dt.timedelta(days=29_998), dt.time(), tzinfo=dt.timezone.utc
    )
    assert resolved.precision == "day"
