"""Report text made safe for where it is shown: terminals and spreadsheets.

Reports come from anywhere, and their text is data. Printed raw, an ESC sequence can clear a
terminal, set its title or hide text; a CSV cell starting with ``=`` is run as a formula by a
spreadsheet (OWASP: CSV injection).
"""

from __future__ import annotations

import json
from typing import Any

# C0 controls but tab and newline, DEL, C1 controls, and the bidirectional overrides and
# isolates that reorder what the reader sees ("Trojan source").
_CONTROL = [c for c in range(0x20) if c not in (0x09, 0x0A)] + list(range(0x7F, 0xA0))
_BIDI = [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_TERMINAL = {c: f"\\x{c:02x}" for c in _CONTROL} | {c: f"\\u{c:04x}" for c in _BIDI}

# JSON escapes C0 controls itself; these it writes raw with ``ensure_ascii=False`` (DEL, C1,
# the bidirectional controls). A \\u escape is the same JSON value, so nothing is lost.
_JSON = {c: f"\\u{c:04x}" for c in (*range(0x7F, 0xA0), *_BIDI)}
# GitHub workflow commands: a message ends at a newline, properties at "," and ":", and "%"
# starts an escape (the runner's own escaping, toolkit's escapeData and escapeProperty).
_GITHUB_DATA = {ord("%"): "%25", ord("\r"): "%0D", ord("\n"): "%0A"}
_GITHUB_PROPERTY = _GITHUB_DATA | {ord(":"): "%3A", ord(","): "%2C"}

#: First characters that make a spreadsheet read a cell as a formula (OWASP adds tab and CR).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def terminal_safe(text: str) -> str:
    """``text`` with control characters shown as ``\\xNN`` escapes (tab and newline kept)."""
    return text.translate(_TERMINAL)


def json_text(value: Any, *, indent: int | None = None) -> str:
    """``value`` as JSON text (UTF-8 kept readable) with every control character escaped."""
    return json.dumps(value, indent=indent, ensure_ascii=False).translate(_JSON)


def github_command(kind: str, message: str, **properties: object) -> str:
    """A GitHub Actions workflow command line (``::warning file=...::message``), its text
    escaped so that a report can neither end it early and start a command of its own nor
    write control characters to the log."""
    props = ",".join(
        f"{k}={terminal_safe(str(v)).translate(_GITHUB_PROPERTY)}" for k, v in properties.items()
    )
    return f"::{kind} {props}::{terminal_safe(message).translate(_GITHUB_DATA)}\n"


def csv_cell(value: Any) -> Any:
    """A CSV cell value that no spreadsheet runs as a formula: such text gets a leading ``'``."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def first_line(text: str | None) -> str:
    """The first line of ``text``; empty for empty or missing text."""
    return next(iter((text or "").splitlines()), "")
