"""The outbound gate and the places the readers could not read: refused like a name, by name, with the
same remedies; the one exception is a movie's media payload past the raw-bytes budget."""

from __future__ import annotations

import random
import struct
from pathlib import Path

import pytest

from app.service import VaultService
from tests.unit.test_export_fixtures import protected_world
from vault.guard.leakguard import LeakRefused
from vault.readers.files import read_file

MEDIA = Path(__file__).resolve().parents[1] / "data" / "media"
SEVEN_ZIP = b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(200)


def _box(kind: bytes, content: bytes) -> bytes:
    return struct.pack(">I", 8 + len(content)) + kind + content


def _import(service: VaultService, tmp_path: Path, data: bytes, name: str) -> str:
    world = protected_world(service, tmp_path)
    path = tmp_path / name
    path.write_bytes(data)
    [outcome] = service.evidence.import_files([path], investigation=world.investigation).outcomes
    assert outcome.id is not None, outcome.error
    return outcome.id


def test_an_unread_place_refuses_the_export_by_name(service: VaultService, tmp_path: Path) -> None:
    record = _import(service, tmp_path, SEVEN_ZIP, "notes.7z")
    out = tmp_path / "out.7z"
    with pytest.raises(LeakRefused) as refused:
        service.evidence.export_file(record, out)
    assert "could not be read in full" in str(refused.value)
    assert "7z" in str(refused.value)
    assert not out.exists()


def test_reveal_writes_an_original_with_an_unread_place(service: VaultService, tmp_path: Path) -> None:
    record = _import(service, tmp_path, SEVEN_ZIP, "notes.7z")
    out = tmp_path / "out.7z"
    service.evidence.export_file(record, out, reveal=True)
    assert out.read_bytes() == SEVEN_ZIP


def _large_movie(extra: bytes) -> bytes:
    noise = random.Random(7).randbytes(12 * 1024 * 1024)  # noqa: S311 - stands for compressed video
    return (MEDIA / "phone.mp4").read_bytes() + extra + _box(b"mdat", noise)


def test_a_large_movie_whose_structure_was_read_travels(service: VaultService, tmp_path: Path) -> None:
    """12 MiB of media payload: its raw runs pass the budget, and that alone does not keep it in."""
    data = _large_movie(b"")
    reading = read_file(data)
    assert reading.payload
    assert not reading.unread
    record = _import(service, tmp_path, data, "clip.mp4")
    out = tmp_path / "out.mp4"
    service.evidence.export_file(record, out)
    assert out.read_bytes() == data


def test_bytes_outside_the_payload_stay_under_the_strict_budget() -> None:
    """The same movie with 12 MiB of noise in a box no parser knows: that is not payload."""
    noise = random.Random(8).randbytes(12 * 1024 * 1024)  # noqa: S311 - noise
    reading = read_file(_large_movie(_box(b"free", noise)))
    assert any("raw bytes past" in place for place in reading.unread)
