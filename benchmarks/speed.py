"""Speed and memory of postmortem next to marko's own parse of the same texts.

Prints, in one run (every time is CPU time, the best of ``--repeat`` runs, marko and
postmortem interleaved so that other load on the machine hits both alike):

- marko's GFM parse and ``postmortem.parse`` of every report of the public and dev corpora:
  the totals, their ratio and the worst ratios of single reports; ``dumps`` and peak memory;
- a scaling table from 10 KB to 5 MB (an archive of the corpus reports, link definitions and
  fenced ``[`` lines included): time against marko, time per MB and peak memory per byte, and
  the memory of one 1 MB table;
- time per MB and peak memory of text made of very many tiny blocks (a list item, a heading,
  a paragraph a line);
- ``import postmortem`` over bare Python, and ``postmortem --help`` wall time;
- bulk metrics over ``--reports`` reports in one process and with ``--workers`` processes.

Ratios are printed beside the bars the project holds itself to (docs/performance.md).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import re
import shutil
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from marko.ext.gfm import gfm

import postmortem
from postmortem import cli
from postmortem.metrics import metrics


def default_jobs() -> int:
    """The CLI's default worker count (the CPU count in versions before it followed load)."""
    jobs = getattr(cli, "default_jobs", None)
    return int(jobs()) if jobs is not None else min(os.cpu_count() or 1, 8)


SIZES = (10_000, 100_000, 1_000_000, 5_000_000)


def cpu(fn: Callable[[], Any]) -> float:
    """CPU seconds ``fn`` takes."""
    start = time.process_time()
    fn()
    return time.process_time() - start


def side_by_side(texts: Sequence[str], repeat: int) -> tuple[list[float], list[float]]:
    """Per text, the best CPU time of marko's GFM parse and of ``postmortem.parse``."""
    norm = [t.replace("\r\n", "\n").replace("\r", "\n") for t in texts]
    marko = [float("inf")] * len(texts)
    ours = [float("inf")] * len(texts)
    for _ in range(repeat):
        for i, (t, n) in enumerate(zip(texts, norm, strict=True)):
            marko[i] = min(marko[i], cpu(lambda n=n: gfm.parse(n)))
            ours[i] = min(ours[i], cpu(lambda t=t: postmortem.parse(t)))
    return marko, ours


def peak_memory(text: str) -> int:
    """Peak bytes allocated while ``text`` is parsed (after a first parse: marko compiles a
    pattern per line prefix into Python's shared regex cache, memory of the process)."""
    _parse_or_refuse(text)
    gc.collect()
    tracemalloc.start()
    _parse_or_refuse(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def shifted(text: str, days: int) -> str:
    """The text with every ISO date moved by ``days`` (a different report, same shape)."""

    def move(m: re.Match[str]) -> str:
        try:
            d = dt.date.fromisoformat(m.group())
        except ValueError:
            return m.group()
        return (d + dt.timedelta(days=days)).isoformat()

    return re.sub(r"\b\d{4}-\d{2}-\d{2}\b", move, text)


def archive(texts: Sequence[str], size: int) -> str:
    """Reports one after the other up to ``size`` characters, cut at a line end."""
    parts: list[str] = []
    total = 0
    i = 0
    while total < size:
        t = texts[i % len(texts)].replace("\r\n", "\n").replace("\r", "\n").rstrip("\n")
        parts.append(t + "\n\n")
        total += len(t) + 2
        i += 1
    text = "".join(parts)[:size]
    return text[: text.rfind("\n") + 1]


def table(size: int) -> str:
    """A timeline table of about ``size`` characters."""
    rows = ["| Time (UTC) | Event | Owner |", "| --- | --- | --- |"]
    total = 0
    i = 0
    while total < size:
        stamp = dt.datetime(2024, 3, 1) + dt.timedelta(minutes=i)
        row = f"| {stamp:%Y-%m-%d %H:%M} | Step {i}: checked replica lag, restarted worker | ops |"
        rows.append(row)
        total += len(row) + 1
        i += 1
    return "# Incident log\n\n## Timeline\n\n" + "\n".join(rows) + "\n"


def _metrics_rows(texts: list[str]) -> int:
    return len([metrics(postmortem.parse(t)).as_row() for t in texts])


def bulk(texts: list[str], workers: int) -> float:
    """Wall seconds of metrics over ``texts`` with ``workers`` processes (1: no pool)."""
    start = time.perf_counter()
    if workers == 1:
        done = _metrics_rows(texts)
    else:
        parts = [texts[i :: workers * 8] for i in range(workers * 8)]
        with ProcessPoolExecutor(max_workers=workers) as pool:
            done = sum(pool.map(_metrics_rows, parts))
    assert done == len(texts)
    return time.perf_counter() - start


def startup(argv: list[str], runs: int) -> tuple[float, float]:
    """The best wall seconds and the best CPU seconds of running ``argv``: on a busy machine
    the CPU time is the steadier figure."""
    wall = used = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        child = subprocess.Popen(argv, stdout=subprocess.DEVNULL)
        if hasattr(os, "wait4"):
            _, status, usage = os.wait4(child.pid, 0)
            child.returncode = os.waitstatus_to_exitcode(status)
            used = min(used, usage.ru_utime + usage.ru_stime)
        else:  # pragma: no cover - Windows
            child.wait()
        wall = min(wall, time.perf_counter() - start)
        if child.returncode != 0:
            raise subprocess.CalledProcessError(child.returncode, argv)
    return wall, used


def corpus_section(files: list[Path], repeat: int) -> None:
    texts = [f.read_bytes().decode("utf-8") for f in files]
    size = sum(len(t.encode("utf-8")) for t in texts)
    marko, ours = side_by_side(texts, repeat)
    m, p = sum(marko), sum(ours)
    print(f"## Corpus: {len(texts)} reports (public + dev), {size / 1e6:.2f} MB\n")
    print(f"marko GFM parse      {m * 1000:8.0f} ms  {size / m / 1e6:5.2f} MB/s")
    print(f"postmortem.parse     {p * 1000:8.0f} ms  {size / p / 1e6:5.2f} MB/s  "
          f"{p / m:.2f}x marko (bar: <= 0.80x)")  # fmt: skip
    ratios = sorted(((o / k, f.name) for f, k, o in zip(files, marko, ours, strict=True)),
                    reverse=True)  # fmt: skip
    over = sum(r > 1.2 for r, _ in ratios)
    print(f"worst single reports (bar: none over 1.20x; {over} over):")
    for r, name in ratios[:5]:
        print(f"  {r:.2f}x  {name}")
    parsed = [postmortem.parse(t) for t in texts]
    t_dumps = min(cpu(lambda: [postmortem.dumps(r) for r in parsed]) for _ in range(repeat))
    print(f"dumps, unedited      {t_dumps * 1000:8.1f} ms  {p / t_dumps:.0f}x faster than "
          "parsing (bar: >= 50x)")  # fmt: skip
    peaks = [(peak_memory(t) / max(len(t.encode("utf-8")), 1), f.name)
             for f, t in zip(files, texts, strict=True)]  # fmt: skip
    worst, name = max(peaks)
    print(
        f"peak memory while parsing: worst single report {worst:.1f}x its size ({name}); "
        f"{sum(r > 20 for r, _ in peaks)} of {len(peaks)} over 20x (bar: <= 20x)\n"
    )


def scaling_section(files: list[Path], repeat: int) -> None:
    texts = [f.read_bytes().decode("utf-8") for f in files]
    print("## Scaling: an archive of the corpus reports, cut to size\n")
    print("| size | marko | postmortem.parse | ratio | per MB | peak memory |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    for size in SIZES:
        text = archive(texts, size)
        runs = repeat if size <= 1_000_000 else 1
        (m,), (p,) = side_by_side([text], runs)
        n = len(text.encode("utf-8"))
        peak = peak_memory(text)
        bar = "  (bars: <= 0.90x, <= 15x)" if size == SIZES[-1] else ""
        print(f"| {n / 1e6:.2f} MB | {m:.2f} s | {p:.2f} s | {p / m:.2f}x | "
              f"{p / (n / 1e6):.2f} s | {peak / n:.1f}x |{bar}")  # fmt: skip
    text = table(1_000_000)
    n = len(text.encode("utf-8"))
    (m,), (p,) = side_by_side([text], 1)
    print(f"\none table of {n / 1e6:.2f} MB: {p / m:.2f}x marko, peak memory "
          f"{peak_memory(text) / n:.1f}x its size (bar: <= 20x)\n")  # fmt: skip


def startup_section(runs: int) -> None:
    py = sys.executable
    bare = startup([py, "-c", "pass"], runs)
    imp = startup([py, "-c", "import postmortem"], runs)
    first = startup([py, "-c", "import postmortem; postmortem.parse"], runs)
    exe = shutil.which("postmortem", path=str(Path(py).parent)) or "postmortem"
    helps = startup([exe, "--help"], runs)
    print(f"## Start-up (best of {runs}; wall, and CPU time)\n")
    print(f"python -c pass                {bare[0] * 1000:6.0f} ms  {bare[1] * 1000:6.0f} ms")
    print(f"import postmortem             {(imp[0] - bare[0]) * 1000:6.0f} ms  "
          f"{(imp[1] - bare[1]) * 1000:6.0f} ms over bare Python (bar: <= 80 ms)")  # fmt: skip
    print(f"import and load the parser    {(first[0] - bare[0]) * 1000:6.0f} ms  "
          f"{(first[1] - bare[1]) * 1000:6.0f} ms over bare Python")  # fmt: skip
    print(f"postmortem --help             {helps[0] * 1000:6.0f} ms  {helps[1] * 1000:6.0f} ms "
          "(bar: <= 150 ms wall)\n")  # fmt: skip


def bulk_section(files: list[Path], reports: int, workers: int) -> None:
    texts = [f.read_bytes().decode("utf-8") for f in files]
    many = [shifted(texts[i % len(texts)], i // len(texts)) for i in range(reports)]
    one = bulk(many, 1)
    print(f"## Bulk metrics over {reports} reports (wall)\n")
    print(f"one process   {one:7.1f} s")
    if workers > 1:
        n = bulk(many, workers)
        print(f"{workers} workers     {n:7.1f} s  {n / one:.2f}x one process")
    print(f"(default workers now: {default_jobs()}, from {os.cpu_count()} cores and the load "
          f"average {os.getloadavg()[0]:.1f})\n")  # fmt: skip


#: Text made of very many tiny blocks: each shape repeated to the size measured.
TINY_SHAPES = {
    "list items": "- x\n",
    "paragraphs": "x\n\n",
    "quote lines": "> x\n",
    "headings": "# h\n",
    "pipe lines": "| a |\n",
    "mixed": "- x\n\nx\n\n> x\n\n# h\n\n| a |\n\n",
    "numbered items": "1. x\n",
    "setext headings": "x\n-\n",
    "task items": "- [ ] x\n",
    "day items over timed items": (
        "- 2021-04-13\n  - 4:16: x\n  - 4:17: y\n- 2021-04-14\n  - 4:16: x\n"
    ),
}
#: What comes before the repeated shape, where it is not at the top of the text.
TINY_HEADS = {"day items over timed items": "# T\n\n## Timeline\n\n"}

#: Text at the record limit (a section, action item or timeline entry per 16 characters), each
#: line a record with a text of its own: what a text may hold of the costliest shapes.
AT_THE_LIMIT = {
    "headings": ("", "# h{:012d}\n"),
    "setext headings": ("", "h{:012d}\n=\n"),
    "task items": ("", "- [ ] x{:08d}\n"),
    "action items": ("# T\n\n## Action items\n\n", "- x{:012d}\n"),
    "timeline items": ("# T\n\n## Timeline\n\n", "- 10:00 x{:06d}\n"),
    "timeline paragraphs": ("# T\n\n## Timeline\n\n", "1:00 x{:08d}\n\n"),
}


def _parse_or_refuse(text: str) -> str:
    try:
        postmortem.parse(text)
    except postmortem.ParseError as e:
        return f"refused at line {e.line}"
    return ""


def tiny_section(repeat: int) -> None:
    """CPU time per MB of ``postmortem.parse`` on 1 MB of each tiny-block shape, and its peak
    memory against the text's size (measured on 200 KB: the ratio does not move with size);
    the same for text at the record limit. Text past the limit is refused: its time and
    memory are those of the refusal."""
    print("## Text of tiny blocks: 1 MB of one shape repeated\n")
    print("| shape | per MB | peak memory | |")
    print("| --- | ---: | ---: | --- |")
    texts = {}
    for name, shape in TINY_SHAPES.items():
        head = TINY_HEADS.get(name, "")
        texts[name] = (head + shape * ((1_000_000 - len(head)) // len(shape)), shape)
    for name, (head, line) in AT_THE_LIMIT.items():
        n = (1_000_000 - len(head)) // 16
        texts[f"{name}, at the limit"] = (head + "".join(line.format(i) for i in range(n)), "")
    for name, (text, shape) in texts.items():
        best = min(cpu(lambda text=text: _parse_or_refuse(text)) for _ in range(repeat))
        small = TINY_HEADS.get(name, "") + shape * (200_000 // len(shape)) if shape else text
        print(f"| {name} | {best / len(text) * 1e6:.1f} s | "
              f"{peak_memory(small) / len(small.encode()):.0f}x | {_parse_or_refuse(text)} |",
              flush=True)  # fmt: skip
    print("\n(bars: at most 5 s per MB and 50x memory)\n")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="speed.py", description=__doc__.split("\n\n")[0] if __doc__ else None
    )
    shared = Path(__file__).resolve().parents[2] / "shared"
    ap.add_argument("--shared", type=Path, default=shared,
                    help="folder of corpus/public and corpus/dev (default: ../shared)")  # fmt: skip
    ap.add_argument("--repeat", type=int, default=3, help="runs per figure, best kept")
    ap.add_argument("--reports", type=int, default=1000, help="reports in the bulk run")
    ap.add_argument("--workers", type=int, default=max(2, default_jobs()),
                    help="bulk run workers (default: the cores free, at least 2)")  # fmt: skip
    ap.add_argument("--only", choices=["corpus", "scaling", "tiny", "startup", "bulk"],
                    action="append",
                    help="run only these parts (repeatable)")  # fmt: skip
    args = ap.parse_args(argv)
    if args.repeat < 1 or args.reports < 1 or args.workers < 1:
        ap.error("--repeat, --reports and --workers must be at least 1")
    files = sorted((args.shared / "corpus" / "public").glob("[0-9]*.md")) + sorted(
        (args.shared / "corpus" / "dev").glob("[0-9]*.md")
    )
    if not files:
        ap.error(f"no corpus reports in {args.shared / 'corpus'} (see --shared)")
    parts = args.only or ["corpus", "scaling", "tiny", "startup", "bulk"]
    # Warm up both sides: first calls load modules and fill caches.
    side_by_side([f.read_text(encoding="utf-8") for f in files[:3]], 1)
    if "corpus" in parts:
        corpus_section(files, args.repeat)
    if "scaling" in parts:
        scaling_section(files, args.repeat)
    if "tiny" in parts:
        tiny_section(args.repeat)
    if "startup" in parts:
        startup_section(max(5, args.repeat * 3))
    if "bulk" in parts:
        bulk_section(files, args.reports, args.workers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
