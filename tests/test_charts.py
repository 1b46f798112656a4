"""Charts legible on every corpus report: no label on another, plain text, real time axes."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import re
from typing import Any

import matplotlib
import pytest
from matplotlib.dates import num2date
from matplotlib.patches import Rectangle
from matplotlib.text import Text

import postmortem
from postmortem.cli import example_text
from postmortem.notebook import Reports, plot_metric, plot_timeline

from conftest import CORPUS, CORPUS_DIR

matplotlib.use("Agg")  # tests never open a window

DEV = sorted((CORPUS_DIR.parent / "dev").glob("[0-9]*.md"))


def _texts(fig: Any) -> list[tuple[str, Any]]:
    fig.draw_without_rendering()
    renderer = fig.canvas.get_renderer()
    return [(t.get_text(), t.get_window_extent(renderer)) for t in fig.findobj(Text)
            if t.get_visible() and t.get_text().strip()]  # fmt: skip


def _overlaps(fig: Any) -> list[tuple[str, str]]:
    bad = []
    for (a, ba), (b, bb) in itertools.combinations(_texts(fig), 2):
        # Boxes that only touch (within a pixel) do not hide each other.
        if min(ba.x1, bb.x1) - max(ba.x0, bb.x0) > 1 and min(ba.y1, bb.y1) - max(ba.y0, bb.y0) > 1:
            bad.append((a, b))
    return bad


@pytest.mark.slow
def test_no_timeline_chart_has_overlapping_labels() -> None:
    files = [*CORPUS, *DEV]
    assert len(files) == 89
    for path in files:
        fig = plot_timeline(postmortem.load(path))
        png = io.BytesIO()
        fig.savefig(png, format="png", dpi=30)  # renders; a low dpi keeps the test quick
        assert png.getvalue().startswith(b"\x89PNG")
        assert _overlaps(fig) == [], path.name


def test_no_metric_chart_has_overlapping_labels() -> None:
    reports = postmortem.load_all([*CORPUS, *DEV])
    for by in ("month", "year", "severity", "service"):
        for log in (False, True):
            fig = plot_metric(reports, by=by, log=log)
            assert _overlaps(fig) == [], (by, log)


def _load(name: str) -> postmortem.Report:
    return postmortem.load(next(p for p in CORPUS if p.name.startswith(name)))


def test_timeline_axis_is_scaled_to_the_incident_with_date_time_and_zone() -> None:
    report = _load("25-")  # a 13-minute incident among two days of entries
    fig = plot_timeline(report)
    lanes = fig.axes[1]
    lo, hi = (num2date(x) for x in lanes.get_xlim())
    assert hi - lo < dt.timedelta(minutes=30)
    assert lanes.get_xlabel() == "time (UTC)"
    fig.draw_without_rendering()
    assert lanes.xaxis.get_offset_text().get_text() == "2023-Jul-20"
    texts = [t for t, _ in _texts(fig)]
    assert "◀ 1–5 earlier" in texts and "13–16 later ▶" in texts
    zoned = plot_timeline(_load("34-"))
    assert zoned.axes[1].get_xlabel() == "time (America/Chicago)"


def test_labels_are_plain_text_and_every_entry_is_in_the_table() -> None:
    report = _load("25-")
    texts = [t for t, _ in _texts(plot_timeline(report))]
    for markup in ("](", "**", "`", "<http", "<a "):
        assert not any(markup in t for t in texts), markup
    rows = [t for t in texts if re.match(r"^ *\d+  \d{4}-\d\d-\d\d \d\d:\d\d  ", t)]
    assert len(rows) == len(report.timeline.events)
    assert (
        "https://github.com/rust-lang/crates.io/pull/6834 (Migrate remaining Uploaders" in (rows[0])
    )


def test_coinciding_milestones_stay_visible() -> None:
    from postmortem.metrics import metrics

    report = postmortem.parse(example_text())
    # Mitigation, restoration and resolution at one minute, as often written.
    last = report.timeline.events[-1].at
    for event in report.timeline.events[5:]:
        event.at = last
    report = postmortem.parse(postmortem.dumps(report))
    mt = metrics(report)
    same = [k for k in ("mitigated", "impact_ended", "resolved") if mt.instants[k].value == last]
    assert len(same) == 3
    lanes = plot_timeline(report).axes[1]
    labels = [t.get_text() for t in lanes.get_yticklabels()]
    assert {"mitigated", "impact ended", "resolved"} <= set(labels)
    points = {(line.get_xdata()[0], line.get_ydata()[0]) for line in lanes.get_lines()
              if line.get_marker() not in ("None", "")}  # fmt: skip
    assert len(points) == len(mt.instants)  # one marker each, none drawn over another
    at_last = [y for x, y in points if x == max(x for x, _ in points)]
    assert len(at_last) == 3 and len(set(at_last)) == 3


def _monthly() -> Reports:
    # The example moved to January, February and May 2024: March and April have no reports.
    items = []
    for k, month in enumerate([1, 1, 2, 5]):
        r = postmortem.parse(example_text())
        shift = dt.datetime(2024, month, 10 + k, tzinfo=dt.timezone.utc) - r.timeline.events[0].at
        for event in r.timeline.events:
            event.at = event.at + shift
        r.metadata.date = (r.timeline.events[0].at).date()
        if k == 3:
            r.metadata.severity = None
        items.append((f"incident-{k}", postmortem.parse(postmortem.dumps(r))))
    return Reports(items=items)


def test_months_sit_on_a_time_axis_with_gaps_marked_no_data() -> None:
    fig = plot_metric(_monthly(), by="month")
    ax = fig.axes[0]
    bars = [p for c in ax.containers for p in c if isinstance(p, Rectangle)]
    starts = sorted({num2date(b.get_x()).date().replace(day=1) for b in bars})
    assert starts == [dt.date(2024, 1, 1), dt.date(2024, 2, 1), dt.date(2024, 5, 1)]
    texts = [t for t, _ in _texts(fig)]
    assert "no data" in texts
    # Bars are where their months are: May is three months after February, not one slot.
    x = {num2date(b.get_x()).month: b.get_x() for b in bars}
    assert x[5] - x[2] > 2.5 * (x[2] - x[1])


def test_every_bar_shows_its_n_and_log_scale() -> None:
    fig = plot_metric(_monthly(), by="month", log=True)
    ax = fig.axes[0]
    assert ax.get_yscale() == "log"
    bars = [p for c in ax.containers for p in c if isinstance(p, Rectangle)]
    numbers = {(round(t.get_position()[0], 6), t.get_text()) for t in ax.texts}
    for b in bars:
        centre = round(b.get_x() + b.get_width() / 2, 6)
        assert any(x == centre and n.isdigit() for x, n in numbers), b
    assert sorted(int(n) for _, n in numbers if n.isdigit()) == [1, 1, 1, 1, 2, 2]


def test_reports_without_a_severity_get_a_group_of_their_own() -> None:
    fig = plot_metric(_monthly(), by="severity")
    labels = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert "(no severity)" in labels
