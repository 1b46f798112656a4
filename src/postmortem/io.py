"""Reading and writing report files: UTF-8 checked, atomic replacement, endings kept."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from postmortem.errors import ReadError
from postmortem.model import Report
from postmortem.parsing import parse
from postmortem.render import dumps

#: Files larger than this are refused (see docs/limits.md).
MAX_FILE_BYTES = 50_000_000


def read_text(path: str | os.PathLike[str]) -> str:
    """The text of a report file, exactly as stored (no newline translation)."""
    p = Path(path)
    name = str(path)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise ReadError("no such file", path=name) from None
    except OSError as e:
        raise ReadError(f"cannot read: {e.strerror}", path=name) from None
    if p.is_dir():
        raise ReadError("is a directory, expected a Markdown file", path=name)
    if size > MAX_FILE_BYTES:
        raise ReadError(f"file is {size} bytes; the limit is {MAX_FILE_BYTES}", path=name)
    try:
        data = p.read_bytes()
    except OSError as e:
        raise ReadError(f"cannot read: {e.strerror}", path=name) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise ReadError(
            f"not UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start}); "
            "expected a UTF-8 Markdown file",
            path=name,
            line=line,
        ) from None


def load(path: str | os.PathLike[str]) -> Report:
    """Read and parse a report file."""
    return parse(read_text(path), path=str(path))


def dump(report: Report, path: str | os.PathLike[str]) -> None:
    """Write a report to ``path`` safely.

    The text goes to a temporary file beside the target, is flushed to disk, and is renamed over
    the target, so a crash leaves either the old file or the new one, never half of either.
    Line endings and a byte-order mark come from the report's source text.
    """
    target = Path(path)
    text = dumps(report)
    directory = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        if target.exists():
            os.chmod(tmp, target.stat().st_mode & 0o7777)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
