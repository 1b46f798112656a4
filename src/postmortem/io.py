"""Reading and writing report files: regular files only, bounded reads, safe replacement.

``load`` reads a regular file (never a FIFO or a device, which could block or never end) with a
bounded read, or a text file object. ``dump`` writes through symlinks to the real file, keeps
its mode, owner and hard links, gives new files the umask's mode, and refuses to overwrite a
file that changed on disk since it was loaded (``force=True`` overrides).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import stat
import tempfile
from typing import IO, Any, NamedTuple

from postmortem.errors import FileChangedError, ReadError, WriteError
from postmortem.model import Report
from postmortem.parsing import MAX_CHARS, parse
from postmortem.render import dumps

#: Files larger than this are refused (see docs/limits.md).
MAX_FILE_BYTES = 50_000_000


class _Stamp(NamedTuple):
    """A loaded file: where it is and what it held (to see whether it changed since)."""

    path: str
    dev: int
    ino: int
    size: int
    mtime_ns: int
    digest: bytes


def _is_stream(obj: Any) -> bool:
    return not isinstance(obj, (str, bytes, os.PathLike)) and hasattr(obj, "read")


def _decode(data: bytes, name: str) -> str:
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


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _read_file(name: str) -> tuple[bytes, os.stat_result]:
    # O_NONBLOCK: opening a FIFO with no writer must not hang before fstat can refuse it.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(name, flags)
    except FileNotFoundError:
        raise ReadError("no such file", path=name) from None
    except IsADirectoryError:
        raise ReadError("is a directory, expected a Markdown file", path=name) from None
    except OSError as e:
        raise ReadError(f"cannot read: {e.strerror}", path=name) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise ReadError(f"is {_kind(st.st_mode)}, expected a Markdown file", path=name)
        if st.st_size > MAX_FILE_BYTES:
            raise ReadError(f"file is {st.st_size} bytes; the limit is {MAX_FILE_BYTES}", path=name)
        # Bounded even if the file grows while it is read (the size seen above is no promise).
        chunks = []
        total = 0
        while total <= MAX_FILE_BYTES:
            chunk = os.read(fd, min(1 << 20, MAX_FILE_BYTES + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > MAX_FILE_BYTES:
            raise ReadError(f"file is over the limit of {MAX_FILE_BYTES} bytes", path=name)
        return b"".join(chunks), st
    except OSError as e:
        raise ReadError(f"cannot read: {e.strerror}", path=name) from None
    finally:
        os.close(fd)


def _read_stream(fh: IO[Any]) -> tuple[str, str]:
    name = str(getattr(fh, "name", "<stream>"))
    data = fh.read(MAX_CHARS + 1)
    if isinstance(data, bytes):
        data = _decode(data, name)
    if not isinstance(data, str):
        raise ReadError(f"read() gave {type(data).__name__}, expected str", path=name)
    if len(data) > MAX_CHARS:
        raise ReadError(f"over the limit of {MAX_CHARS} characters", path=name)
    return data, name


def read_text(path: str | os.PathLike[str] | IO[str]) -> str:
    """The text of a report file or text stream, exactly as stored (no newline translation)."""
    if _is_stream(path):
        return _read_stream(path)[0]  # type: ignore[arg-type]
    name = os.fspath(path)  # type: ignore[arg-type]
    return _decode(_read_file(name)[0], name)


def load(source: str | os.PathLike[str] | IO[str]) -> Report:
    """Read and parse a report from a path or a text file object.

    A path must name a regular file of at most :data:`MAX_FILE_BYTES`; FIFOs, devices and
    directories raise :class:`~postmortem.errors.ReadError`. The report remembers the file's
    state, so that :func:`dump` can refuse to overwrite it if it changes on disk meanwhile.
    """
    if _is_stream(source):
        text, name = _read_stream(source)  # type: ignore[arg-type]
        return parse(text, path=name)
    name = os.fspath(source)  # type: ignore[arg-type]
    data, st = _read_file(name)
    report = parse(_decode(data, name), path=name)
    if report._source is not None:
        report._source.loaded_from = _stamp(name, st, data)
    return report


def _stamp(name: str, st: os.stat_result, data: bytes) -> _Stamp:
    return _Stamp(
        os.path.realpath(name),
        st.st_dev,
        st.st_ino,
        st.st_size,
        st.st_mtime_ns,
        hashlib.sha256(data).digest(),
    )


def _changed(was: _Stamp) -> bool:
    try:
        st = os.stat(was.path)
    except FileNotFoundError:
        return False  # deleted since: writing it back loses nothing
    if (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns) == was[1:5]:
        return False
    try:
        data, _ = _read_file(was.path)
    except ReadError:
        return True
    return hashlib.sha256(data).digest() != was.digest  # touched but not edited: unchanged


def _umask() -> int:
    # os.umask can only be read by setting it; /proc tells it without a race where it exists.
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_dir(directory: str) -> None:
    # The rename is only durable once the folder is on disk too (POSIX; a no-op elsewhere).
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def dump(report: Report, target: str | os.PathLike[str] | IO[str], *, force: bool = False) -> None:
    """Write a report to a path or a text file object, safely.

    To a path, the text goes to a temporary file in the real file's folder (through any
    symlinks), is flushed to disk and renamed over the file, and the folder is flushed too: a
    crash leaves either the old file or the new one. The file keeps its mode, and its owner and
    group where the user may set them; a new file gets the mode the umask allows. A file with
    other hard links is rewritten in place (a backup copy beside it until the write is done),
    so every link sees the new text. Line endings and a byte-order mark come from the report's
    source text.

    Raises :class:`~postmortem.errors.FileChangedError` when the file was loaded with
    :func:`load` and changed on disk since (someone else's edit would be undone), unless
    ``force`` is true, and :class:`~postmortem.errors.WriteError` when the target is not a
    regular file.
    """
    text = dumps(report)
    if not isinstance(target, (str, os.PathLike)):
        target.write(text)
        return
    name = os.fspath(target)
    real = os.path.realpath(name)
    doc = report._source
    was = getattr(doc, "loaded_from", None)
    if not force and isinstance(was, _Stamp) and was.path == real and _changed(was):
        raise FileChangedError(
            "changed on disk since it was loaded; saving would undo that change "
            "(load it again, or save with force=True)",
            path=name,
        )
    data = text.encode("utf-8")
    _write(name, real, data)
    if doc is not None:
        doc.loaded_from = _stamp(real, os.stat(real), data)


def write_text(path: str | os.PathLike[str], text: str, *, overwrite: bool = False) -> None:
    """Write ``text`` to a file the way :func:`dump` does (atomic, through symlinks, keeping
    mode, owner and hard links); an existing file is a :class:`~postmortem.errors.WriteError`
    unless ``overwrite`` is true."""
    name = os.fspath(path)
    if not overwrite and os.path.lexists(name):
        raise WriteError("already exists; not overwritten", path=name)
    _write(name, os.path.realpath(name), text.encode("utf-8"))


def _write(name: str, real: str, data: bytes) -> None:
    try:
        st: os.stat_result | None = os.stat(real)
    except FileNotFoundError:
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise WriteError(f"is {_kind(st.st_mode)}, expected a regular file", path=name)
    if st is not None and st.st_nlink > 1:
        _write_in_place(real, data)
    else:
        _replace(real, data, st)


def _replace(real: str, data: bytes, st: os.stat_result | None) -> None:
    directory = os.path.dirname(real) or "."
    fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(real)}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if st is not None:
            if hasattr(os, "chown"):
                # Not permitted (another user's file): the writer owns the new one.
                with contextlib.suppress(OSError):
                    os.chown(tmp, st.st_uid, st.st_gid)
            os.chmod(tmp, stat.S_IMODE(st.st_mode))
        else:
            os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; a new file gets the umask's
        os.replace(tmp, real)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    _fsync_dir(directory)


def _write_in_place(real: str, data: bytes) -> None:
    # Renaming over a hard-linked file would split the link (the other names keep the old
    # text). Write into the same inode instead, with a copy of the old text beside it until
    # the new text is on disk: a crash mid-write leaves that copy to restore from.
    directory = os.path.dirname(real) or "."
    fd, backup = tempfile.mkstemp(
        prefix=f".{os.path.basename(real)}.", suffix=".bak", dir=directory
    )
    os.close(fd)
    shutil.copyfile(real, backup)
    try:
        with open(real, "r+b") as fh:
            fh.write(data)
            fh.truncate()
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as e:
        raise WriteError(
            f"writing in place failed ({e.strerror}); the old text is kept in {backup}",
            path=real,
        ) from None
    os.unlink(backup)
    _fsync_dir(directory)
