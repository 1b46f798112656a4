"""Speed and memory of postmortem next to marko's own parse of the same texts.

Usage: python benchmarks/speed.py [--reports N] [--repeat R] [SHARED_DIR]

Prints, for the seeds and the public corpus: marko's GFM parse, ``postmortem.parse``,
``dumps`` of unedited reports, ``dumps`` after one edit, ``metrics``; bulk metrics over N reports
(the corpus repeated with shifted dates) in one process and with a pool of 2 workers; and peak
memory per report. Each figure is the best of R runs; ratios are printed beside the bars the
project holds itself to.
"""

from __future__ import annotations

import datetime as dt
import gc
import re
import sys
import time
import tracemalloc
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from marko.ext.gfm import gfm

import postmortem
from postmortem.metrics import metrics


def best(fn: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def shifted(text: str, days: int) -> str:
    """The text with every ISO date moved by ``days`` (a different report, same shape)."""

    def move(m: re.Match[str]) -> str:
        try:
            d = dt.date.fromisoformat(m.group())
        except ValueError:
            return m.group()
        return (d + dt.timedelta(days=days)).isoformat()

    return re.sub(r"\b\d{4}-\d{2}-\d{2}\b", move, text)


def _metrics_row(text: str) -> dict[str, Any]:
    return metrics(postmortem.parse(text)).as_row()


def _chunk(texts: list[str]) -> list[dict[str, Any]]:
    return [_metrics_row(t) for t in texts]


def main(argv: list[str]) -> int:
    reports = 5000
    repeat = 3
    args = list(argv)
    if "--reports" in args:
        i = args.index("--reports")
        reports = int(args[i + 1])
        del args[i : i + 2]
    if "--repeat" in args:
        i = args.index("--repeat")
        repeat = int(args[i + 1])
        del args[i : i + 2]
    shared = Path(args[0]) if args else Path(__file__).resolve().parents[2] / "shared"
    files = sorted((shared / "seeds").glob("*.txt")) + sorted(
        (shared / "corpus" / "public").glob("[0-9]*.md")
    )
    texts = [f.read_bytes().decode("utf-8") for f in files]
    size = sum(len(t) for t in texts)
    normalised = [t.replace("\r\n", "\n").replace("\r", "\n") for t in texts]
    print(f"{len(texts)} reports, {size / 1e6:.2f} MB; best of {repeat} runs\n")

    def marko_all() -> None:
        for t in normalised:
            gfm.parse(t)

    def parse_all() -> None:
        for t in texts:
            postmortem.parse(t)

    # Interleaved, so drift (other load, frequency changes) hits both sides alike.
    t_marko = t_parse = float("inf")
    for _ in range(repeat):
        t_marko = min(t_marko, best(marko_all, 1))
        t_parse = min(t_parse, best(parse_all, 1))
    parsed = [postmortem.parse(t) for t in texts]
    t_dumps = best(lambda: [postmortem.dumps(r) for r in parsed], repeat * 5)

    edited = [postmortem.parse(t) for t in texts]
    for r in edited:
        if r.action_items:
            r.action_items[0].status = postmortem.ActionStatus.DONE
        elif r.timeline.events:
            r.timeline.events[0].text = "edited"
    t_edit = best(lambda: [postmortem.dumps(r) for r in edited], repeat * 5)
    t_metrics = best(lambda: [metrics(r) for r in parsed], repeat)

    def row(label: str, seconds: float, note: str = "") -> None:
        rate = size / seconds / 1e6 if seconds else float("inf")
        print(f"{label:<34} {seconds * 1000:9.1f} ms  {rate:7.2f} MB/s  {note}")

    row("marko GFM parse", t_marko)
    row("postmortem.parse", t_parse, f"{t_parse / t_marko:.2f}x marko   (bar: <= 1.30x)")
    row("dumps, unedited", t_dumps, f"{t_parse / t_dumps:.0f}x faster than parse (bar: >= 50x)")
    row("dumps, one edit each", t_edit, f"{t_parse / t_edit:.0f}x faster than parse")
    row("metrics", t_metrics, f"{t_metrics / t_parse:.2f}x parse")

    # Peak memory while parsing, per report, against its size. Each report is parsed once
    # first: marko compiles a pattern per line prefix into Python's shared regex cache, which
    # is memory of the process, not of the report.
    worst = 0.0
    worst_name = ""
    total_peak = 0
    over = 0
    for path, text in zip(files, texts, strict=True):
        postmortem.parse(text)
        gc.collect()
        tracemalloc.start()
        report = postmortem.parse(text)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        del report
        total_peak += peak
        ratio = peak / max(len(text.encode("utf-8")), 1)
        over += ratio > 20
        if ratio > worst:
            worst, worst_name = ratio, path.name
    mean = total_peak / size
    print(f"\npeak memory while parsing: {mean:.1f}x source size over all reports (bar: <= 20x); "
          f"worst single report {worst:.1f}x ({worst_name}); "
          f"{over} of {len(texts)} reports over 20x")  # fmt: skip

    # Bulk metrics: the corpus repeated with shifted dates.
    bulk = [shifted(texts[i % len(texts)], i // len(texts)) for i in range(reports)]
    start = time.perf_counter()
    one = _chunk(bulk)
    t_one = time.perf_counter() - start
    start = time.perf_counter()
    chunks = [bulk[i::16] for i in range(16)]
    with ProcessPoolExecutor(max_workers=2) as pool:
        two = [r for part in pool.map(_chunk, chunks) for r in part]
    t_two = time.perf_counter() - start
    assert len(one) == len(two) == reports
    print(f"\nbulk metrics over {reports} reports: one process {t_one:.1f} s, "
          f"2 workers {t_two:.1f} s = {t_two / t_one:.2f}x (bar: <= 0.65x)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
