"""A movie too large to examine whole is read from the encrypted database once (each pass decrypts the
whole file: a phone's video of gigabytes), on import and when examined again, with every check the
separate passes made: its outline's digest, the printable runs within their budget, a PDF header at its
start and a zip directory at its very end (vault/intake/stored_reading.py).

The size limit is lowered as in tests/unit/test_intake_large_movie.py (a real case needs 256 MiB); the
stored chunks are counted by wrapping the storage function that reads them from the database."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.service import VaultService
from tests.unit.test_attack1_adversary import SAID, _box, _hidden, _printable_noise
from tests.unit.test_export_fixtures import PROTECTED_NAME, protected_world
from vault.guard.leakguard import LeakRefused
from vault.intake import limits
from vault.readers import files
from vault.storage import attachments, store
from vault.storage.store import Connection

MEDIA = Path(__file__).resolve().parents[1] / "data" / "media"


class _Counted:
    """``attachments.iter_chunks``, counting the chunks it reads from the database."""

    def __init__(self) -> None:
        self.chunks = 0
        self.real = attachments.iter_chunks

    def __call__(self, conn: Connection, sha256: str) -> Iterator[bytes]:
        for chunk in self.real(conn, sha256):
            self.chunks += 1
            yield chunk


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> _Counted:
    monkeypatch.setattr(limits, "MAX_EXAMINE_BYTES", 4096)  # phone.mp4 is 10,874 bytes
    wrapper = _Counted()
    monkeypatch.setattr(attachments, "iter_chunks", wrapper)
    return wrapper


def _chunks_of(size: int) -> int:
    return -(-size // attachments.CHUNK_SIZE)


def _movie(tmp_path: Path, payload: bytes) -> Path:
    path = tmp_path / "clip.mp4"
    path.write_bytes((MEDIA / "phone.mp4").read_bytes() + _box(b"mdat", payload))
    return path


def test_a_large_movie_is_read_from_the_database_once_on_import_and_again_once(
    service: VaultService, tmp_path: Path, counted: _Counted
) -> None:
    world = protected_world(service, tmp_path)
    # printable runs all through (within the budget): separate passes read it all twice, or three times
    path = _movie(tmp_path, _printable_noise(3 * 1024 * 1024) + SAID.encode())
    counted.chunks = 0
    [outcome] = service.evidence.import_files([path], investigation=world.investigation).outcomes
    assert any("examined without its media data" in note for note in outcome.notes)
    assert counted.chunks == _chunks_of(path.stat().st_size) == 4
    with pytest.raises(LeakRefused, match="name of source S-001"):  # the runs were read
        service.evidence.export_file(outcome.id or "", tmp_path / "out.mp4")

    conn, sha256 = service._vault.conn, service.get(outcome.id or "").body["sha256"]
    with store.transaction(conn):  # examined by an older pipeline: examined again, as a bundle's
        conn.execute("UPDATE evidence_examined SET pipeline = 0 WHERE sha256 = ?", (sha256,))
    counted.chunks = 0
    assert service.examine_pending() == 1
    assert counted.chunks == _chunks_of(path.stat().st_size)
    body = service.get(outcome.id or "").body
    assert body["metadata"]["title"] == "Depot walk"  # the outline was examined
    with pytest.raises(LeakRefused, match="name of source S-001"):
        service.evidence.export_file(outcome.id or "", tmp_path / "out.mp4")


def test_a_large_file_that_is_not_a_movie_is_read_once_when_examined_again(
    service: VaultService, tmp_path: Path, counted: _Counted
) -> None:
    world = protected_world(service, tmp_path)
    path = tmp_path / "blob.bin"
    path.write_bytes(bytes(range(256)) * 8192 + _printable_noise(1024 * 1024) + SAID.encode())
    [outcome] = service.evidence.import_files([path], investigation=world.investigation).outcomes
    conn, sha256 = service._vault.conn, service.get(outcome.id or "").body["sha256"]
    with store.transaction(conn):
        conn.execute("UPDATE evidence_examined SET pipeline = 0 WHERE sha256 = ?", (sha256,))
    counted.chunks = 0
    assert service.examine_pending() == 1
    assert counted.chunks == _chunks_of(path.stat().st_size)
    with pytest.raises(LeakRefused, match="name of source S-001"):
        service.evidence.export_file(outcome.id or "", tmp_path / "out.bin")


@pytest.mark.parametrize("again", [False, True])
def test_a_zip_at_the_end_of_a_movie_past_the_strings_budget_cannot_leave(
    service: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, counted: _Counted, again: bool
) -> None:
    # the runs' budget ends long before the end: the zip directory there is still seen (unzip opens it)
    monkeypatch.setattr(files, "MAX_STRINGS_CHARS", 4096)
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as writing:
        writing.writestr("notes.txt", (SAID + "\n") * 40)
    world = protected_world(service, tmp_path)
    path = _movie(tmp_path, _printable_noise(3 * 1024 * 1024) + archive.getvalue())
    data = path.read_bytes()
    _hidden(data)
    assert PROTECTED_NAME in zipfile.ZipFile(io.BytesIO(data)).read("notes.txt").decode()
    [outcome] = service.evidence.import_files([path], investigation=world.investigation).outcomes
    if again:
        conn, sha256 = service._vault.conn, service.get(outcome.id or "").body["sha256"]
        with store.transaction(conn):
            conn.execute("UPDATE evidence_examined SET pipeline = 0 WHERE sha256 = ?", (sha256,))
        assert service.examine_pending() == 1
    with pytest.raises(LeakRefused, match="zip"):
        service.evidence.export_file(outcome.id or "", tmp_path / "out.mp4")
    assert not (tmp_path / "out.mp4").exists()
