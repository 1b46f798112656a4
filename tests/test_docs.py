"""The notebook tutorial runs end to end and shows its charts and table."""

from __future__ import annotations

import nbformat
from nbclient import NotebookClient

from conftest import ROOT


def test_tutorial_notebook_executes() -> None:
    nb = nbformat.read(ROOT / "docs" / "tutorial.ipynb", as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={
        "metadata": {"path": str(ROOT / "docs")}
    }).execute()  # fmt: skip
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    pngs = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(pngs) >= 2  # the timeline chart and the chart over the collection
    html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert any("MTTR (median" in h for h in html)  # the MTTR table
    assert any("time_to_detect" in h for h in html)  # the report's own display
