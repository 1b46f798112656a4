"""postmortem: incident post-mortem reports as typed objects, and back, losslessly.

>>> import postmortem
>>> report = postmortem.load("incident.md")          # doctest: +SKIP
>>> report.action_items[0].status = postmortem.ActionStatus.DONE   # doctest: +SKIP
>>> report.save("incident.md")                        # doctest: +SKIP
"""

from pathlib import Path

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
