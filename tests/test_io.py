"""Files: atomic writes that keep line endings and BOM; clear errors for bad input."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import postmortem
from postmortem import ActionStatus

from conftest import FILLED


def test_dump_keeps_crlf_and_bom(tmp_path: Path) -> None:
    text = FILLED[2].read_bytes().decode()
    crlf = "\ufeff" + text.replace("\n", "\r\n")
    target = tmp_path / "r.md"
    target.write_bytes(crlf.encode())
    r = postmortem.load(target)
    r.action_items[2].status = ActionStatus.DONE
    postmortem.dump(r, target)
    out = target.read_bytes().decode()
    assert out.startswith("\ufeff")
    assert out.count("\r\n") == crlf.count("\r\n")
    assert "\n" not in out.replace("\r\n", "")
    assert postmortem.load(target).action_items[2].status is ActionStatus.DONE


def test_dump_unedited_is_identical(tmp_path: Path) -> None:
    target = tmp_path / "r.md"
    target.write_bytes(FILLED[0].read_bytes())
    postmortem.dump(postmortem.load(target), target)
    assert target.read_bytes() == FILLED[0].read_bytes()


def test_dump_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "r.md"
    original = FILLED[1].read_bytes()
    target.write_bytes(original)
    r = postmortem.load(target)
    r.action_items[0].status = ActionStatus.DONE

    def boom(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        postmortem.dump(r, target)
    assert target.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.md"]


def test_dump_writes_beside_target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[str, str]] = []
    real = os.replace

    def spy(src: str, dst: str) -> None:
        seen.append((str(src), str(dst)))
        real(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    target = tmp_path / "new.md"
    postmortem.dump(postmortem.load(FILLED[0]), target)
    ((src, dst),) = seen
    assert Path(src).parent == tmp_path and dst == str(target)
    assert target.read_bytes() == FILLED[0].read_bytes()


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(postmortem.ReadError) as err:
        postmortem.load(tmp_path / "nope.md")
    assert "nope.md" in str(err.value) and "no such file" in str(err.value)


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(postmortem.ReadError, match="is a directory"):
        postmortem.load(tmp_path)


def test_not_utf8(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.md"
    bad.write_bytes("# Titre\n\nÉté caf\xe9\n".encode("latin-1"))
    with pytest.raises(postmortem.ReadError) as err:
        postmortem.load(bad)
    msg = str(err.value)
    assert "latin1.md:3" in msg and "not UTF-8" in msg and "expected a UTF-8" in msg


def test_parse_rejects_non_str() -> None:
    with pytest.raises(postmortem.ParseError, match="expected str"):
        postmortem.parse(b"# bytes")  # type: ignore[arg-type]


def test_errors_share_a_base() -> None:
    assert issubclass(postmortem.ReadError, postmortem.PostmortemError)
    assert issubclass(postmortem.ParseError, postmortem.PostmortemError)
    assert issubclass(postmortem.RenderError, postmortem.PostmortemError)
