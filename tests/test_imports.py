"""What loads when: heavy modules only when something uses them, so the command starts fast."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from postmortem import cli

from conftest import SEEDS

_HEAVY = ("cattrs", "pandas", "matplotlib", "marko", "postmortem.parsing", "postmortem.metrics")


def _loaded_after(code: str) -> list[str]:
    """The heavy modules loaded once ``code`` has run in a fresh interpreter."""
    probe = (
        f"{code}\nimport sys, json\nprint(json.dumps([m for m in {_HEAVY!r} if m in sys.modules]))"
    )
    r = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    return list(json.loads(r.stdout.strip().splitlines()[-1]))


def test_import_loads_nothing_heavy() -> None:
    assert _loaded_after("import postmortem") == []


def test_help_loads_nothing_heavy() -> None:
    code = "from postmortem.cli import build_parser\nbuild_parser().format_help()"
    assert _loaded_after(code) == []


def test_parse_dumps_and_metrics_load_no_optional_library() -> None:
    code = (
        "import postmortem\nfrom postmortem.metrics import metrics\n"
        f"r = postmortem.parse(open({str(SEEDS[2])!r}, encoding='utf-8').read())\n"
        "postmortem.dumps(r)\nmetrics(r)"
    )
    assert _loaded_after(code) == ["marko", "postmortem.parsing", "postmortem.metrics"]


def test_public_names_resolve_on_first_use() -> None:
    code = "import postmortem\nfor n in postmortem.__all__: getattr(postmortem, n)"
    assert set(_loaded_after(code)) >= {"cattrs", "postmortem.parsing"}


def test_an_unknown_name_is_an_attribute_error() -> None:
    import postmortem

    with pytest.raises(AttributeError, match="no_such_thing"):
        postmortem.no_such_thing  # noqa: B018
    assert "parse" in dir(postmortem)


@pytest.mark.parametrize(
    ("cores", "load", "expected"),
    [(2, 0.0, 2), (2, 1.2, 1), (2, 3.5, 1), (16, 0.4, 8), (8, 5.0, 3), (1, 0.0, 1)],
)
def test_default_workers_follow_the_free_cores(
    monkeypatch: pytest.MonkeyPatch, cores: int, load: float, expected: int
) -> None:
    monkeypatch.setattr(cli.os, "sched_getaffinity", lambda _pid: set(range(cores)), raising=False)
    monkeypatch.setattr(cli.os, "getloadavg", lambda: (load, load, load))
    assert cli.default_jobs() == expected
