"""Every notebook display says what a figure rests on: the report's HTML and Markdown, the
collection's HTML, ``Reports.frame()`` and ``Reports.aggregate()`` mark inferred instants,
durations resting on them, and values left out of aggregates as flagged (issue 14)."""

from __future__ import annotations

import pandas as pd
from test_cli_metrics_options import CLEAN, INFERRED, TOO_LONG

import postmortem
from postmortem.notebook import report_html, report_markdown

REPORTS = postmortem.Reports(
    items=[(name, postmortem.parse(text)) for name, text in
           (("inferred", INFERRED), ("too-long", TOO_LONG), ("clean", CLEAN))]
)  # fmt: skip


def _row(html: str, first_cell: str) -> str:
    start = html.index(f"<tr><td>{first_cell}</td>")
    return html[start : html.index("</tr>", start)]


def test_report_html_marks_inferred_flagged_and_disagreeing() -> None:
    html = report_html(REPORTS["inferred"])
    assert "inferred: first timeline entry" in _row(html, "started")
    assert "inferred" not in _row(html, "detected")
    assert "inferred started" in _row(html, "time_to_detect")
    assert "differs from the stated 55 min" in _row(html, "time_to_repair")
    html = REPORTS["too-long"]._repr_html_()
    assert "flagged, left out of aggregates: too long" in _row(html, "time_to_resolve")
    clean = report_html(REPORTS["clean"])
    assert "inferred" not in clean and "flagged" not in clean


def test_report_markdown_marks_the_same() -> None:
    md = report_markdown(REPORTS["inferred"])
    ttd = next(ln for ln in md.splitlines() if ln.startswith("| time_to_detect |"))
    assert ttd == "| time_to_detect | 20m | inferred started |"
    started = next(ln for ln in md.splitlines() if ln.startswith("| started |"))
    assert "inferred: first timeline entry" in started
    md = report_markdown(REPORTS["too-long"])
    ttr = next(ln for ln in md.splitlines() if ln.startswith("| time_to_resolve |"))
    assert "flagged, left out of aggregates: too long" in ttr


def test_frame_has_inferred_flag_and_excluded_columns() -> None:
    frame = REPORTS.frame()
    assert frame.loc["inferred", "inferred"] == "started"
    assert pd.isna(frame.loc["clean", "inferred"])
    assert bool(frame.loc["inferred", "time_to_detect_inferred"]) is True
    assert bool(frame.loc["clean", "time_to_detect_inferred"]) is False
    assert bool(frame.loc["too-long", "time_to_resolve_excluded"]) is True
    assert frame.loc["too-long", "time_to_resolve_flags"].startswith("too long")
    assert bool(frame.loc["clean", "time_to_resolve_excluded"]) is False
    strict = REPORTS.frame(strict=True)
    assert strict.loc["inferred", "time_to_detect_flags"].startswith("inferred: started")
    assert bool(strict.loc["inferred", "time_to_detect_excluded"]) is True


def test_aggregate_frame_counts_inferred_and_excluded() -> None:
    agg = REPORTS.aggregate()
    ttr = agg.loc["time_to_resolve"]
    assert (ttr["n"], ttr["inferred"], ttr["excluded"]) == (2, 1, 1)
    assert ttr["excluded_why"] == "too long: 1"
    assert ttr["max"] == pd.Timedelta(minutes=123)
    strict = REPORTS.aggregate(strict=True).loc["time_to_resolve"]
    assert (strict["n"], strict["inferred"], strict["excluded"]) == (1, 0, 2)
    assert strict["excluded_why"] == "inferred: 1; too long: 1"
    kept = REPORTS.aggregate(include_flagged=True).loc["time_to_resolve"]
    assert (kept["n"], kept["flagged_kept"], kept["excluded"]) == (3, 1, 0)


def test_collection_html_counts_inferred_and_excluded() -> None:
    html = REPORTS._repr_html_()
    assert "<th>of which inferred</th>" in html and "<th>excluded (why)</th>" in html
    row = _row(html, "time_to_resolve")
    cells = [c.split("</td>")[0] for c in row.split("<td>")[1:]]
    assert cells[:5] == ["time_to_resolve", "2", "1", "0", "1 (too long: 1)"]


def test_metric_chart_says_how_many_values_are_inferred_and_left_out() -> None:
    import matplotlib

    from postmortem.notebook import plot_metric

    matplotlib.use("Agg")
    fig = plot_metric(REPORTS, by="severity", durations=("time_to_resolve",))
    notes = " ".join(t.get_text() for t in fig.texts)
    assert "1 of the values rest on an inferred instant" in notes
    assert "1 flagged value(s) left out" in notes
