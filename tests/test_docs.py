"""The documentation: the site builds strictly with the tutorial executed, the API page lists
the public API only, and the README's examples run on a fresh folder."""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT


@pytest.mark.slow
def test_docs_build_shows_the_executed_tutorial(tmp_path: Path) -> None:
    site = tmp_path / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    r = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d",
                        str(site)], cwd=ROOT, capture_output=True, text=True, env=env,
                       timeout=600)  # fmt: skip
    assert r.returncode == 0, r.stderr
    page = (site / "tutorial" / "index.html").read_text(encoding="utf-8")
    pngs = re.findall(r'<img[^>]+src="data:image/png;base64,', page)
    assert len(pngs) >= 4  # the timeline, the two charts over the collection, MTTR by quarter
    text = html.unescape(page)
    assert "MTTR (median, detected to restored)" in text  # the executed table's header
    assert "strict_n" in text  # the executed MTTR-by-quarter table, read from the CSV
    assert "time_to_detect" in text  # the report's own display
    assert "Traceback" not in text
    assert not (ROOT / ".cache" / "mkdocs-jupyter").exists()  # executed, not read from a cache


def test_api_page_lists_only_public_names() -> None:
    import importlib

    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^::: (\S+)\n((?:    .*\n)*)", text, re.MULTILINE)
    assert len(blocks) >= 8
    for module_name, options in blocks:
        members = re.search(r"members: \[(.*)\]", options)
        assert members, f"{module_name} lists every member; name the public ones"
        module = importlib.import_module(module_name)
        for name in (m.strip() for m in members.group(1).split(",")):
            assert not name.startswith("_"), (module_name, name)
            assert hasattr(module, name), (module_name, name)
            assert getattr(module, name).__doc__ or name.isupper(), (module_name, name)
    assert "Origin," not in text and "SectionOrigin" not in text


def _readme_blocks() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```python\n(.*?)```", text, re.DOTALL)


def test_readme_examples_run_on_the_bundled_example(tmp_path: Path) -> None:
    blocks = _readme_blocks()
    assert len(blocks) >= 3
    for block in blocks:
        r = subprocess.run([sys.executable, "-c", block], cwd=tmp_path, capture_output=True,
                           text=True, timeout=120)  # fmt: skip
        assert r.returncode == 0, (block, r.stderr)
    edited = (tmp_path / "incident.md").read_text(encoding="utf-8")
    import postmortem

    original = postmortem.EXAMPLE.read_text(encoding="utf-8")
    changed = [a for a, b in zip(original.splitlines(), edited.splitlines(), strict=True)
               if a != b]  # fmt: skip
    assert len(changed) == 1  # only the action item's line


def test_readme_quick_start_is_two_commands() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Quick start\n.*?```sh\n(.*?)```", text, re.DOTALL)
    assert block is not None
    commands = block.group(1).strip().splitlines()
    assert commands == [
        'python3 -m venv .venv && .venv/bin/pip install -e ".[dev]" && '
        ".venv/bin/postmortem show --example",
        ".venv/bin/python -m pytest -n auto",
    ]
    # CI runs the README's test command, as it says.
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert commands[1] in ci


def test_mttr_by_quarter_table_is_what_the_command_gives() -> None:
    # The docs' table and CSV are written by the script from `postmortem metrics DIR
    # --group-by quarter`; when the figures change, rerun it (the message says how).
    script = ROOT / "benchmarks" / "mttr_by_quarter.py"
    r = subprocess.run([sys.executable, str(script), "--check"], capture_output=True,
                       text=True, timeout=600)  # fmt: skip
    assert r.returncode == 0, r.stderr
    doc = (ROOT / "docs" / "metrics.md").read_text(encoding="utf-8")
    table = doc.split("<!-- mttr-by-quarter:start -->")[1].split("<!-- mttr-by-quarter:end -->")[0]
    rows = [ln for ln in table.splitlines() if ln.startswith("| public") or ln.startswith("| dev")]
    assert len(rows) > 10 and any("**all**" in ln for ln in rows)
