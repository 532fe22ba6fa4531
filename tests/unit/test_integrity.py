"""``verify`` finds damage: flipped bytes, deleted rows, edited revisions, altered attachments."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.service import VaultService
from tests.helpers import FAST_KDF, PASSPHRASE
from vault.keys.secret import Passphrase
from vault.session import Vault
from vault.storage import records, revisions, store


@pytest.fixture
def filled(service: VaultService, tmp_path: Path) -> VaultService:
    service.records.add_note("Interview with a port official", "He described the cargo.")
    note = service.records.add_note("Meeting", "draft")
    service.records.edit_record(note.id, {"body": "final"})
    src = tmp_path / "manifest.pdf"
    src.write_bytes(b"%PDF " + bytes(range(256)) * 9000)
    service.evidence.import_files([src])
    return service


def test_a_sound_vault_verifies(filled: VaultService) -> None:
    report = filled.verify()
    assert report.ok, report.problems
    assert len(report.digest) == 64


def test_an_edited_revision_is_found(filled: VaultService) -> None:
    filled._vault.conn.execute(
        "UPDATE revisions SET body = replace(body, 'final', 'FINAL') WHERE body LIKE '%final%'"
    )
    assert any("altered" in p for p in filled.verify().problems)


def test_a_deleted_revision_row_is_found(filled: VaultService) -> None:
    filled._vault.conn.execute("DELETE FROM revisions WHERE body LIKE '%draft%'")
    problems = filled.verify().problems
    assert any("missing from the vault" in p for p in problems)


def test_a_deleted_record_row_is_found(filled: VaultService) -> None:
    filled._vault.conn.execute("DELETE FROM records WHERE kind = 'note' AND title = 'Meeting'")
    assert any("no record entry" in p for p in filled.verify().problems)


def test_an_injected_revision_is_found(filled: VaultService, tmp_path: Path) -> None:
    other, _ = Vault.create(tmp_path / "o.fvault", Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    forged = revisions.make(
        "11111111-2222-3333-4444-555555555555",
        "note",
        filled.key_id,
        other.identity.sign_secret.reveal(),
        "000000000000001.00000",
        (),
        False,
        {"title": "forged", "body": "x"},
    )
    other.close()
    with store.transaction(filled._vault.conn):
        records.apply(filled._vault.conn, forged)
    problems = filled.verify().problems
    assert any("invalid signature" in p for p in problems)
    assert any("not in the audit log" in p for p in problems)


def test_an_altered_attachment_chunk_is_found(filled: VaultService) -> None:
    filled._vault.conn.execute("UPDATE chunks SET data = zeroblob(length(data)) WHERE idx = 1")
    assert any("does not match its SHA-256" in p for p in filled.verify().problems)


def test_a_deleted_attachment_chunk_is_found(filled: VaultService) -> None:
    filled._vault.conn.execute("DELETE FROM chunks WHERE idx = 0")
    assert any("missing chunk 0" in p for p in filled.verify().problems)


def test_a_removed_original_is_found(filled: VaultService) -> None:
    conn = filled._vault.conn
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("DELETE FROM blobs")
    assert any("original" in p and "missing" in p for p in filled.verify().problems)


def test_the_digest_ignores_the_audit_log_but_follows_the_revisions(filled: VaultService) -> None:
    first = filled.verify().digest
    assert filled.verify().digest == first  # verifying (an audit entry) changes no content
    filled.records.add_note("Another", "note")
    assert filled.verify().digest != first


def test_a_flipped_byte_in_a_data_page_fails_page_authentication(
    filled: VaultService, vault_path: Path
) -> None:
    filled.close()
    db = vault_path / "vault.db"
    data = bytearray(db.read_bytes())
    page = 65536
    offset = (len(data) // page - 2) * page + 1000  # inside a late page: attachment data
    data[offset] ^= 0x01
    db.write_bytes(bytes(data))
    vault = Vault.open(vault_path, Passphrase.from_text(PASSPHRASE))
    try:
        report = VaultService(vault).verify()
    finally:
        vault.close()
    assert not report.ok
    assert any("page authentication" in p or "damaged" in p for p in report.problems)
