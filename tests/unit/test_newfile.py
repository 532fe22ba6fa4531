"""New files appear under their names only when complete, never over an existing file (vault/newfile.py)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from vault import outfile
from vault.errors import UserError
from vault.guard.gate import Clearance, Gate
from vault.guard.leakguard import Guard
from vault.newfile import PendingFile


def cleared(name: str, *pieces: bytes) -> Clearance:
    """The outbound gate's clearance for a file named ``name`` holding ``pieces`` (nothing guarded)."""
    gate = Gate(None, None, "the test", guard=Guard([]))
    for data in pieces:
        gate.data(data, "test piece")
    return gate.clearance(name)


def test_a_file_gets_its_name_only_when_published(tmp_path: Path) -> None:
    out = tmp_path / "bundle.fvb"
    with PendingFile(out, cleared(out.name)) as pending:
        pending.file.write(b"ciphertext")
        assert not out.exists()
        pending.publish()
    assert out.read_bytes() == b"ciphertext"
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert [p.name for p in tmp_path.iterdir()] == ["bundle.fvb"]


def test_an_unpublished_file_leaves_nothing(tmp_path: Path) -> None:
    out = tmp_path / "x.fvb"

    def write_then_fail() -> None:
        with PendingFile(out, cleared(out.name)) as pending:
            pending.file.write(b"half")
            raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError):
        write_then_fail()
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_never_replaced(tmp_path: Path) -> None:
    out = tmp_path / "x.fvb"
    out.write_bytes(b"keep me")
    with pytest.raises(FileExistsError):
        PendingFile(out, cleared(out.name))
    pending = PendingFile(tmp_path / "y.fvb", cleared("y.fvb"))
    (tmp_path / "y.fvb").write_bytes(b"appeared meanwhile")
    with pytest.raises(FileExistsError), pending:
        pending.publish()
    assert (tmp_path / "y.fvb").read_bytes() == b"appeared meanwhile"


def test_without_hard_links_the_file_is_renamed_into_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(src: object, dst: object) -> None:  # FAT and exFAT refuse hard links
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    out = tmp_path / "on-a-usb-stick.fvh"
    with PendingFile(out, cleared(out.name)) as pending:
        pending.file.write(b"package")
        pending.publish()
    assert out.read_bytes() == b"package"
    assert [p.name for p in tmp_path.iterdir()] == ["on-a-usb-stick.fvh"]


def test_a_partial_file_left_by_a_killed_export_does_not_block_the_next_one(tmp_path: Path) -> None:
    (tmp_path / ".draft.pdf.1a2b3c4d.partial").write_bytes(b"left by a killed process")
    outfile.write_new(tmp_path / "draft.pdf", [b"%PDF"], cleared("draft.pdf", b"%PDF"))
    assert (tmp_path / "draft.pdf").read_bytes() == b"%PDF"


def test_a_batch_is_all_or_nothing(tmp_path: Path) -> None:
    def name_twice() -> None:
        with outfile.Batch() as batch:
            batch.add(tmp_path / "a.docx", [b"a"], cleared("a.docx", b"a", b"again"))
            batch.add(tmp_path / "a.docx", [b"again"], cleared("a.docx", b"a", b"again"))

    with pytest.raises(UserError, match="named twice"):
        name_twice()
    assert list(tmp_path.iterdir()) == []
