"""Notebook use: rich display (escaped), collections, DataFrames, charts and exports."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import matplotlib
import pytest

import postmortem
from postmortem import SeverityLevel
from postmortem.metrics import aggregate, metrics
from postmortem.notebook import (
    actions_csv,
    actions_frame,
    plot_metric,
    plot_timeline,
    timeline_csv,
    timeline_frame,
)

from conftest import CORPUS_DIR, FILLED, SEEDS

matplotlib.use("Agg")  # tests never open a window

HOSTILE = (
    "# <script>alert(1)</script> outage\n\n**Severity:** <img src=x onerror=alert(2)>\n\n"
    "## Timeline\n\nDate: 2024-01-01\n\n- 10:00 <script>steal()</script> begins\n"
    "- 10:05 alert fired <a href='javascript:x'>x</a>\n\n"
    "## Action Items\n\n- [ ] <b onmouseover=alert(3)>fix</b>\n"
)


def test_html_display_escapes_report_text() -> None:
    html = postmortem.parse(HOSTILE)._repr_html_()
    assert "<script>" not in html and "<img" not in html and "<b onmouseover" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "onerror=alert(2)" in html  # shown as text, inside an escaped tag
    assert "<a href" not in html


def test_markdown_display_escapes_report_text() -> None:
    md = postmortem.parse(HOSTILE)._repr_markdown_()
    assert "<script>" not in md and "<img" not in md and "<b " not in md
    assert "&lt;script&gt;" in md


def test_display_shows_key_facts() -> None:
    r = postmortem.load(FILLED[2])
    html = r._repr_html_()
    for text in ("Post-Mortem Template", "time_to_detect", "First alert fired",
                 "Alert on pool saturation"):  # fmt: skip
        assert text in html
    assert "15m" in html and "| time_to_detect | 15m |" in r._repr_markdown_()


def test_collection_loads_a_directory_and_collects_failures(tmp_path: Path) -> None:
    for p in FILLED:
        (tmp_path / p.name).write_bytes(p.read_bytes())
    (tmp_path / "broken.md").write_bytes(b"\xff\xfe not utf-8")
    (tmp_path / "README.md").write_text("# Incidents\n\nOne file per incident.\n")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "copy.md").write_bytes(FILLED[0].read_bytes())
    reports = postmortem.load_all(tmp_path)
    assert len(reports) == 5 and len(list(reports)) == 5
    assert [Path(p).name for p, _ in reports.failures] == ["broken.md"]
    assert [Path(p).name for p in reports.skipped] == ["README.md"]
    assert "not UTF-8" in reports.failures[0][1]
    html = reports._repr_html_()
    assert "5 reports" in html and "1 not read" in html and "broken.md" in html
    assert "1 skipped" in html
    data = json.loads(reports.to_json())
    assert set(data) == {str(tmp_path / p.name) for p in FILLED}


def test_reports_is_a_sequence() -> None:
    reports = postmortem.load_all(FILLED)
    assert len(reports) == 5
    assert reports[0] is reports.items[0][1] and reports[-1] is reports.items[-1][1]
    part = reports[1:3]
    assert isinstance(part, postmortem.Reports) and part.names == reports.names[1:3]
    assert reports[str(FILLED[2])] is reports[2]
    with pytest.raises(KeyError):
        reports["nope"]
    with pytest.raises(IndexError):
        reports[5]

    def is_high(r: postmortem.Report) -> bool:
        return bool(r.metadata.severity and r.metadata.severity.level is SeverityLevel.HIGH)

    high = reports.filter(is_high)
    assert 0 < len(high) < 5
    levels = [r.metadata.severity.level if r.metadata.severity else None for r in high]
    assert levels == [SeverityLevel.HIGH] * len(high)


def test_aggregate_is_a_dataframe_equal_to_the_api() -> None:
    import pandas as pd

    reports = postmortem.load_all(FILLED)
    frame = reports.aggregate()
    want = aggregate(reports.items)[None]
    assert list(frame.index) == list(want)
    for name, a in want.items():
        row = frame.loc[name]
        assert (row["n"], row["missing"], row["negative"]) == (a.count, a.missing, a.negative)
        assert row["median"] == pd.Timedelta(minutes=a.median)  # type: ignore[arg-type]
    assert str(frame["mean"].dtype).startswith("timedelta64")
    grouped = reports.aggregate(group_by="severity")
    want_g = aggregate(reports.items, group_by="severity")
    assert set(grouped.index.get_level_values("group")) == set(want_g)
    key = next(iter(want_g))
    assert grouped.loc[(key, "time_to_detect"), "n"] == want_g[key]["time_to_detect"].count


def test_dataframes_equal_the_api() -> None:
    import pandas as pd

    r = postmortem.load(FILLED[2])
    tf = timeline_frame(r)
    assert list(tf["text"]) == [e.text for e in r.timeline.events]
    assert str(tf["at"].dtype).endswith(", UTC]")
    assert list(tf["at"]) == [pd.Timestamp(e.at) for e in r.timeline.events]
    af = actions_frame(r)
    assert list(af["status"]) == [a.status.value for a in r.action_items]
    assert list(af["owner"]) == [a.owner for a in r.action_items]
    frame = postmortem.load_all(FILLED).frame()
    assert list(frame.index) == [str(p) for p in FILLED]
    assert str(frame["started_at"].dtype).startswith("datetime64") and "UTC" in str(
        frame["started_at"].dtype
    )
    assert str(frame["time_to_resolve"].dtype).startswith("timedelta64")
    for path in FILLED:
        mt = metrics(postmortem.load(path))
        row = frame.loc[str(path)]
        for name, d in mt.durations.items():
            got = row[name]
            assert (pd.isna(got) and d.value is None) or got == pd.Timedelta(d.value)
        started = mt.started_at.value
        assert started is not None
        if started.tzinfo is None:  # read as UTC wall time, and the zone column says unknown
            assert row["started_at"] == pd.Timestamp(started, tz="UTC") and pd.isna(row["zone"])
        else:
            assert row["started_at"] == started and row["zone"]


def test_naive_instants_are_read_as_utc_with_no_zone() -> None:
    text = "# Outage\n\n## Timeline\n\nDate: 2024-01-01\n\n- 10:00 outage began\n"
    report = postmortem.parse(text)
    assert report.timeline.events[0].at is not None and report.timeline.events[0].at.tzinfo is None
    frame = timeline_frame(report)
    assert frame["zone"].isna().all()
    assert frame["at"].iloc[0].hour == 10 and str(frame["at"].dt.tz) == "UTC"


def test_csv_exports() -> None:
    r = postmortem.load(FILLED[2])
    rows = list(csv.DictReader(io.StringIO(timeline_csv(r))))
    assert [row["text"] for row in rows] == [e.text for e in r.timeline.events]
    assert rows[1]["milestone"] == "detected"
    rows = list(csv.DictReader(io.StringIO(actions_csv(r))))
    assert [row["due"] for row in rows] == [a.due.isoformat() if a.due else "" for a in
                                            r.action_items]  # fmt: skip


def test_json_schema_validates_every_report() -> None:
    schema = postmortem.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    for path in [*FILLED, *SEEDS, *sorted(CORPUS_DIR.glob("[0-9]*.md"))[:10]]:
        jsonschema.validate(postmortem.to_dict(postmortem.load(path)), schema)


def _png(fig: object) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png")  # type: ignore[attr-defined]
    return buf.getvalue()


def test_charts_render_to_png() -> None:
    png = _png(plot_timeline(postmortem.load(FILLED[2])))
    assert png.startswith(b"\x89PNG") and len(png) > 10_000
    corpus = postmortem.load_all(sorted(CORPUS_DIR.glob("[0-9]*.md")))
    for by in ("month", "severity", "year"):
        png = _png(plot_metric(corpus, by=by))
        assert png.startswith(b"\x89PNG")
    with pytest.raises(ValueError, match="stat must be"):
        plot_metric(corpus, stat="mode")


def test_missing_extra_gives_a_clear_message(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real = builtins.__import__

    def no_pandas(name: str, *args: object, **kwargs: object) -> object:
        if name == "pandas":
            raise ImportError("no pandas")
        return real(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_pandas)
    with pytest.raises(ImportError, match=r"pip install \"postmortem-reports\[pandas\]\""):
        timeline_frame(postmortem.load(FILLED[0]))


def test_core_works_without_the_extras() -> None:
    import subprocess
    import sys

    code = (
        "import sys; sys.modules['pandas'] = None; sys.modules['matplotlib'] = None\n"
        "import postmortem\nfrom postmortem.metrics import metrics\n"
        f"r = postmortem.load({str(FILLED[2])!r})\n"
        "assert metrics(r).time_to_detect.minutes == 15\n"
        "assert '<div' in r._repr_html_()\n"
        "try:\n    postmortem.notebook.timeline_frame(r)\nexcept ImportError as e:\n"
        "    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "postmortem-reports[pandas]" in out.stdout
