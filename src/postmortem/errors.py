"""Exceptions raised by postmortem. Every one names the file (when known), line and problem."""

from __future__ import annotations


class PostmortemError(Exception):
    """Base class of every error this library raises on purpose."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        self.message = message
        self.path = path
        self.line = line
        where = path or "<string>"
        if line is not None:
            where = f"{where}:{line}"
        super().__init__(f"{where}: {message}")


class ReadError(PostmortemError):
    """A report could not be read: missing, not a regular file, not UTF-8, or too large."""


class ParseError(PostmortemError):
    """Text could not be turned into a report (only for limits; ordinary text never fails)."""


class RenderError(PostmortemError):
    """A report could not be written back, for example two edits that overlap."""


class WriteError(PostmortemError):
    """A report was not written: the target exists, or is not a regular file."""


class FileChangedError(WriteError):
    """The file changed on disk since the report was loaded; saving would undo that change.

    Load it again and redo the edit, or pass ``force=True`` to overwrite it anyway.
    """
