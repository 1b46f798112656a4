"""Report text made safe for where it is shown: terminals and spreadsheets.

Reports come from anywhere, and their text is data. Printed raw, an ESC sequence can clear a
terminal, set its title or hide text; a CSV cell starting with ``=`` is run as a formula by a
spreadsheet (OWASP: CSV injection).
"""

from __future__ import annotations

from typing import Any

# C0 controls but tab and newline, DEL, C1 controls, and the bidirectional overrides and
# isolates that reorder what the reader sees ("Trojan source").
_CONTROL = [c for c in range(0x20) if c not in (0x09, 0x0A)] + list(range(0x7F, 0xA0))
_BIDI = [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_TERMINAL = {c: f"\\x{c:02x}" for c in _CONTROL} | {c: f"\\u{c:04x}" for c in _BIDI}

#: First characters that make a spreadsheet read a cell as a formula (OWASP adds tab and CR).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def terminal_safe(text: str) -> str:
    """``text`` with control characters shown as ``\\xNN`` escapes (tab and newline kept)."""
    return text.translate(_TERMINAL)


def csv_cell(value: Any) -> Any:
    """A CSV cell value that no spreadsheet runs as a formula: such text gets a leading ``'``."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def first_line(text: str | None) -> str:
    """The first line of ``text``; empty for empty or missing text."""
    return next(iter((text or "").splitlines()), "")
