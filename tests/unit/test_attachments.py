"""Chunked attachments: byte-exact round trips, streaming, deduplication, cancellation."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pytest

from app.service import ImportProgress, VaultService
from vault.errors import Cancelled, InvalidInput, VaultCorrupt
from vault.storage import attachments, store


@pytest.mark.parametrize(
    "size", [0, 1, attachments.CHUNK_SIZE - 1, attachments.CHUNK_SIZE, 3 * attachments.CHUNK_SIZE + 17]
)
def test_an_attachment_round_trips_byte_for_byte(service: VaultService, tmp_path: Path, size: int) -> None:
    data = os.urandom(size)
    src = tmp_path / "photo.jpg"
    src.write_bytes(data)
    report = service.evidence.import_files([src])
    item = report.outcomes[0]
    assert item.error is None
    assert item.sha256 == hashlib.sha256(data).hexdigest()
    out = tmp_path / "out.bin"
    assert service.evidence.export_file(item.id or "", out) == item.sha256
    assert out.read_bytes() == data


def test_the_same_content_is_stored_once_and_linked(service: VaultService, tmp_path: Path) -> None:
    data = os.urandom(100_000)
    (tmp_path / "a.pdf").write_bytes(data)
    (tmp_path / "copy-of-a.pdf").write_bytes(data)
    first, second = service.evidence.import_files([tmp_path / "a.pdf", tmp_path / "copy-of-a.pdf"]).outcomes
    assert not first.duplicate
    assert second.duplicate
    assert first.id == second.id
    conn = service._vault.conn
    assert conn.execute("SELECT count(*) FROM blobs").fetchone()[0] == 1
    intakes = [e for e in service.records.details(first.id or "").custody if e.action == "intake"]
    assert len(intakes) == 2


def test_streaming_reports_progress_chunk_by_chunk(service: VaultService, tmp_path: Path) -> None:
    src = tmp_path / "big.bin"
    src.write_bytes(os.urandom(3 * attachments.CHUNK_SIZE))
    seen: list[ImportProgress] = []
    service.evidence.import_files([src], progress=seen.append)
    # the bytes are stored while a worker examines them; the findings are awaited last
    assert [p.stage for p in seen] == ["storing", "storing", "storing", "examining"]
    stored = [p for p in seen if p.stage == "storing"]
    assert [p.bytes_done for p in stored] == [attachments.CHUNK_SIZE * i for i in (1, 2, 3)]
    assert all(p.bytes_total == 3 * attachments.CHUNK_SIZE for p in seen)


def test_a_cancelled_import_keeps_earlier_files_and_nothing_of_the_interrupted_one(
    service: VaultService, tmp_path: Path
) -> None:
    small, big = tmp_path / "small.txt", tmp_path / "big.bin"
    small.write_bytes(b"kept")
    big.write_bytes(os.urandom(4 * attachments.CHUNK_SIZE))
    big_started: list[int] = []

    def on_progress(p: ImportProgress) -> None:
        if p.index == 1 and p.stage == "storing":
            big_started.append(p.bytes_done)

    # lets the first file through, stops inside the second after its first chunk
    report = service.evidence.import_files(
        [small, big], progress=on_progress, cancelled=lambda: bool(big_started)
    )
    assert report.cancelled
    assert [o.name for o in report.outcomes] == ["small.txt"]
    conn = service._vault.conn
    assert conn.execute("SELECT count(*) FROM blobs").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM chunks").fetchone()[0] == 1
    assert service.verify().ok


def test_a_source_over_the_limit_is_refused_and_rolled_back(service: VaultService) -> None:
    conn = service._vault.conn
    with pytest.raises(InvalidInput, match="size limit"), store.transaction(conn):
        attachments.store_stream(conn, io.BytesIO(b"x" * (3 * 1024 * 1024)), max_bytes=2 * 1024 * 1024)
    assert conn.execute("SELECT count(*) FROM chunks").fetchone()[0] == 0


def test_cancel_raises_inside_a_transaction_and_leaves_no_rows(service: VaultService) -> None:
    conn = service._vault.conn
    with pytest.raises(Cancelled), store.transaction(conn):
        attachments.store_stream(conn, io.BytesIO(b"y" * 10), cancelled=lambda: True)
    assert conn.execute("SELECT count(*) FROM blobs").fetchone()[0] == 0


def test_files_that_cannot_be_read_get_their_own_error_and_the_batch_goes_on(
    service: VaultService, tmp_path: Path
) -> None:
    good = tmp_path / "good.txt"
    good.write_bytes(b"fine")
    folder = tmp_path / "a-folder"
    folder.mkdir()
    report = service.evidence.import_files([tmp_path / "missing.jpg", folder, good])
    assert [o.error for o in report.outcomes] == ["no such file", "not a regular file", None]
    assert report.outcomes[2].id is not None


def test_an_original_that_no_longer_matches_its_hash_is_not_exported(
    service: VaultService, tmp_path: Path
) -> None:
    src = tmp_path / "photo.jpg"
    src.write_bytes(os.urandom(10_000))
    item = service.evidence.import_files([src]).outcomes[0]
    service._vault.conn.execute("UPDATE chunks SET data = zeroblob(length(data))")
    out = tmp_path / "out.jpg"
    with pytest.raises(VaultCorrupt, match="no longer matches"):
        service.evidence.export_file(item.id or "", out)
    assert not out.exists()
    assert not list(tmp_path.glob(".out.jpg.*.partial"))
    assert [e.action for e in service.records.details(item.id or "").custody].count("export") == 0
