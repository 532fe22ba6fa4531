"""Every earlier schema version upgrades to the latest when the vault is opened, keeping its data."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import FAST_KDF, PASSPHRASE
from vault.errors import NotAVault
from vault.keys.secret import Passphrase
from vault.session import Vault
from vault.storage import migrations, records, schema_search, search, store, upgrade_progress


@pytest.mark.parametrize("old_version", range(1, migrations.LATEST))
def test_a_vault_at_an_earlier_schema_version_upgrades_and_keeps_its_notes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, old_version: int
) -> None:
    folder = tmp_path / f"v{old_version}.fvault"
    with monkeypatch.context() as m:
        m.setattr(migrations, "latest", lambda: old_version)
        vault, _ = Vault.create(folder, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
        assert migrations.version(vault.conn) == old_version
        with store.transaction(vault.conn):
            note = records.create(vault.conn, vault.identity, "note", {"title": "Old", "body": "kept"})
        vault.close()
    upgraded = Vault.open(folder, Passphrase.from_text(PASSPHRASE))
    try:
        assert migrations.version(upgraded.conn) == migrations.LATEST
        assert records.get(upgraded.conn, note.id).body["body"] == "kept"
    finally:
        upgraded.close()


def test_every_step_is_applied_exactly_once_from_an_empty_database(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "new.fvault", Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    try:
        assert migrations.version(vault.conn) == migrations.LATEST == len(migrations.MIGRATIONS)
    finally:
        vault.close()


def test_a_vault_from_a_newer_fieldvault_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "future.fvault"
    vault, _ = Vault.create(folder, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    vault.conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    vault.close()
    with pytest.raises(NotAVault, match="newer Fieldvault"):
        Vault.open(folder, Passphrase.from_text(PASSPHRASE))


def test_photos_and_pdfs_held_before_ocr_existed_are_queued_for_it_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "v6.fvault"
    rows = [("a" * 64, "image/jpeg", None), ("b" * 64, "application/pdf", None),
            ("c" * 64, "text/plain", None), ("d" * 64, "image/png", "the image is damaged")]  # fmt: skip
    with monkeypatch.context() as m:
        m.setattr(migrations, "latest", lambda: 6)
        vault, _ = Vault.create(folder, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
        with store.transaction(vault.conn):
            for sha, media_type, problem in rows:
                vault.conn.execute(
                    "INSERT INTO evidence_examined (sha256, media_type, pipeline, examined_at, problem, "
                    "notes) VALUES (?, ?, 2, '2026-01-01T00:00:00Z', ?, '[]')",
                    (sha, media_type, problem),
                )
        vault.close()
    upgraded = Vault.open(folder, Passphrase.from_text(PASSPHRASE))
    try:
        queued = upgraded.conn.execute("SELECT sha256, holds FROM ocr_queue ORDER BY sha256").fetchall()
        # A photo and a PDF, read behind and not held back from outputs meanwhile (they left as they were
        # before OCR existed); not a text file, not a damaged image.
        assert [tuple(r) for r in queued] == [("a" * 64, 0), ("b" * 64, 0)]
    finally:
        upgraded.close()


def test_a_v7_index_upgrades_to_prefix_indexes_and_keeps_finding_every_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "v7.fvault"
    with monkeypatch.context() as m:
        m.setattr(migrations, "latest", lambda: 7)
        vault, _ = Vault.create(folder, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
        with store.transaction(vault.conn):
            kept = records.create(vault.conn, vault.identity, "note", {"title": "Old", "body": "Kestrel"})
            gone = records.create(vault.conn, vault.identity, "note", {"title": "Gone", "body": "Kestrel"})
            records.delete(vault.conn, vault.identity, gone.id, "duplicate")
        vault.close()
    upgraded = Vault.open(folder, Passphrase.from_text(PASSPHRASE))
    try:
        conn = upgraded.conn
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'search'").fetchone()[0]
        assert "prefix = '2 3 4 5'" in sql
        assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'search_v8'").fetchone() is None
        for typed in ("kes", "kestrel", "old kest"):
            assert [h.id for h in search.find(conn, typed).hits] == [kept.id]
        assert search.indexed_rows(conn) == 1
        with store.transaction(conn):  # and the renamed index takes new rows
            later = records.create(conn, upgraded.identity, "note", {"title": "New", "body": "Kestrel"})
        assert [h.id for h in search.find(conn, "kest").hits] == [later.id, kept.id]
    finally:
        upgraded.close()


def test_the_v8_step_reports_how_many_rows_it_copied_to_whoever_watches_the_opening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # some fifteen minutes for 2,000,000 records: the app shows how far it has gone (counts only)
    folder = tmp_path / "v7.fvault"
    with monkeypatch.context() as m:
        m.setattr(migrations, "latest", lambda: 7)
        vault, _ = Vault.create(folder, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
        with store.transaction(vault.conn):
            made = [
                records.create(vault.conn, vault.identity, "note", {"title": f"N{n}", "body": "Kestrel"})
                for n in range(7)
            ]
        vault.close()
    monkeypatch.setattr(schema_search, "REPORT_EVERY", 3)
    seen: list[tuple[int, int]] = []
    with upgrade_progress.reporting(lambda done, total: seen.append((done, total))):
        upgraded = Vault.open(folder, Passphrase.from_text(PASSPHRASE))
    try:
        assert seen == [(0, 7), (3, 7), (6, 7), (7, 7)]
        assert migrations.version(upgraded.conn) == migrations.LATEST
        assert len(search.find(upgraded.conn, "kest").hits) == len(made)  # the same index built
    finally:
        upgraded.close()
    seen.clear()
    Vault.open(folder, Passphrase.from_text(PASSPHRASE)).close()  # nobody watching, nothing to upgrade
    assert seen == []
