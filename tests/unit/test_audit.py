"""The audit log: every action chained by hash, no content in it, and tampering found."""

from __future__ import annotations

from pathlib import Path

from app.service import VaultService
from tests import media
from vault import canonical
from vault.storage import audit


def _own_entries(service: VaultService) -> list[audit.Entry]:
    return audit.chain_entries(service._vault.conn, service.key_id)


def test_each_action_appends_an_entry_linked_to_the_previous_one(
    service: VaultService, tmp_path: Path
) -> None:
    note = service.records.add_note("Meeting", "words")
    service.records.edit_record(note.id, {"body": "more words"})
    src = tmp_path / "doc.pdf"
    src.write_bytes(media.pdf(["words"]))  # a PDF the gate reads in full (a damaged one stays in)
    item = service.evidence.import_files([src]).outcomes[0]
    service.evidence.export_file(item.id or "", tmp_path / "out.pdf")
    service.verify()
    entries = _own_entries(service)
    assert [e.action for e in entries] == ["create-vault", "create", "edit", "intake", "export", "verify"]
    assert entries[0].prev == audit.GENESIS
    for before, after in zip(entries, entries[1:], strict=False):
        assert after.prev == before.hash
        assert after.seq == before.seq + 1


def test_audit_entries_hold_no_content(service: VaultService, tmp_path: Path) -> None:
    service.records.add_note("Secret title QX-TITLE", "Secret body QX-BODY")
    src = tmp_path / "QX-FILENAME.jpg"
    src.write_bytes(b"QX-CONTENT")
    service.evidence.import_files([src])
    for e in _own_entries(service):
        text = canonical.dumps_text({"target": e.target, "detail": dict(e.detail), "action": e.action})
        assert "QX-" not in text


def test_an_edited_entry_breaks_the_chain(service: VaultService) -> None:
    service.records.add_note("Meeting", "words")
    conn = service._vault.conn
    conn.execute("UPDATE audit SET action = 'view' WHERE seq = 2 AND chain = ?", (service.key_id,))
    assert any("entry 2 was altered" in p for p in audit.check(conn, service.key_id))


def test_a_removed_entry_is_found(service: VaultService) -> None:
    service.records.add_note("One", "x")
    service.records.add_note("Two", "y")
    conn = service._vault.conn
    conn.execute("DELETE FROM audit WHERE seq = 2 AND chain = ?", (service.key_id,))
    assert any("missing" in p for p in audit.check(conn, service.key_id))


def test_a_removed_first_entry_is_found(service: VaultService) -> None:
    service.records.add_note("One", "x")
    conn = service._vault.conn
    conn.execute("DELETE FROM audit WHERE seq = 1 AND chain = ?", (service.key_id,))
    assert any("before 2 are missing" in p for p in audit.check(conn, service.key_id))
