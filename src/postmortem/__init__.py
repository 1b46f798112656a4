"""postmortem: incident post-mortem reports as typed objects, and back, losslessly.

>>> import postmortem
>>> report = postmortem.load("incident.md")          # doctest: +SKIP
>>> report.action_items[0].status = postmortem.ActionStatus.DONE   # doctest: +SKIP
>>> report.save("incident.md")                        # doctest: +SKIP
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from postmortem.errors import ParseError, PostmortemError, ReadError, RenderError

if TYPE_CHECKING:
    from postmortem.io import dump, load
    from postmortem.model import (
        ActionItem,
        ActionStatus,
        Horizon,
        Metadata,
        Milestone,
        Priority,
        Report,
        Section,
        SectionKind,
        Severity,
        SeverityLevel,
        Timeline,
        TimelineEvent,
    )
    from postmortem.notebook import Reports, json_schema, load_all
    from postmortem.parsing import parse
    from postmortem.render import dumps
    from postmortem.serialize import from_dict, to_dict

__version__ = "0.1.0"

#: The bundled example report (a filled-in post-mortem), for trying the library out:
#: ``postmortem.load(postmortem.EXAMPLE)`` or ``postmortem show --example``.
EXAMPLE: Path = Path(__file__).parent / "examples" / "search-latency.md"

# Each public name and the module it comes from, imported on first use (PEP 562): a command
# that prints help or a template needs neither the parser nor cattrs, pandas or matplotlib.
_LAZY = {
    **dict.fromkeys(("dump", "load"), "postmortem.io"),
    **dict.fromkeys(
        (
            "ActionItem",
            "ActionStatus",
            "Horizon",
            "Metadata",
            "Milestone",
            "Priority",
            "Report",
            "Section",
            "SectionKind",
            "Severity",
            "SeverityLevel",
            "Timeline",
            "TimelineEvent",
        ),
        "postmortem.model",
    ),
    **dict.fromkeys(("Reports", "json_schema", "load_all"), "postmortem.notebook"),
    "parse": "postmortem.parsing",
    "dumps": "postmortem.render",
    **dict.fromkeys(("from_dict", "to_dict"), "postmortem.serialize"),
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'postmortem' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # the next access is a plain lookup
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "EXAMPLE",
    "ActionItem",
    "ActionStatus",
    "Horizon",
    "Metadata",
    "Milestone",
    "ParseError",
    "PostmortemError",
    "Priority",
    "ReadError",
    "RenderError",
    "Report",
    "Reports",
    "Section",
    "SectionKind",
    "Severity",
    "SeverityLevel",
    "Timeline",
    "TimelineEvent",
    "dump",
    "dumps",
    "from_dict",
    "json_schema",
    "load",
    "load_all",
    "parse",
    "to_dict",
]
